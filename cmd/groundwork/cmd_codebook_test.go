package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
)

// TestRunCodebook runs codebook validate and show without cobra, on a
// named file: a valid one is summed up and drawn, an invalid one gives
// every problem with its line.
func TestRunCodebook(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	for path, text := range map[string]string{
		good: "name: t\ncodes:\n  - id: a\n    label: Alpha\n    definition: The a code.\n    children:\n      - id: a.b\n        definition: B.\n",
		bad:  "name: t\ncodes:\n  - id: a\n    definition: A.\n  - id: a\n",
	} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name string
		run  func(context.Context, *globals, *codebookOptions) error
		file string
		want string // in the output, or in the error when wantErr
		bad  bool
	}{
		{"validate", runCodebookValidate, good, "good.yaml: ok, 2 codes (1 leaf), 0 groups", false},
		{"show", runCodebookShow, good, "Alpha", false},
		{"validate a bad file", runCodebookValidate, bad, "bad.yaml:5:", true},
		{"show a bad file", runCodebookShow, bad, "duplicate", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			g := &globals{io: &IOStreams{Out: &out, Err: &bytes.Buffer{}}, project: dir}
			err := tc.run(context.Background(), g, &codebookOptions{file: tc.file})
			var ve *codebook.ValidationError
			switch {
			case tc.bad && (!errors.As(err, &ve) || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want a validation error with %q", err, tc.want)
			case !tc.bad && (err != nil || !strings.Contains(out.String(), tc.want)):
				t.Errorf("output %q (%v), want %q", out.String(), err, tc.want)
			}
		})
	}
}
