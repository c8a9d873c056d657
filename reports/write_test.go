package reports

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"testing"
)

// An interrupted report leaves the old one whole: no file of the new run
// replaces its old version unless every file was written.
func TestWriteInterruptedLeavesOldReport(t *testing.T) {
	r, ds := demoReport(t)
	dir := t.TempDir()
	if _, err := Write(context.Background(), dir, r, ds, nil); err != nil {
		t.Fatal(err)
	}
	before := filesIn(t, dir)
	if len(before) < 8 {
		t.Fatalf("the report wrote %d files", len(before))
	}
	changed := *r
	changed.Title = "A study renamed"
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Write(ctx, dir, &changed, ds, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted write: err %v, want context.Canceled", err)
	}
	after := filesIn(t, dir)
	if !maps.Equal(before, after) {
		for name := range after {
			if after[name] != before[name] {
				t.Errorf("%s changed or appeared", name)
			}
		}
		for name := range before {
			if _, ok := after[name]; !ok {
				t.Errorf("%s is gone", name)
			}
		}
	}

	// Not interrupted, every file is the new report's.
	if _, err := Write(context.Background(), dir, &changed, ds, []string{"md", "json"}); err != nil {
		t.Fatal(err)
	}
	now := filesIn(t, dir)
	for _, name := range []string{"report.md", "report.json"} {
		if now[name] == before[name] {
			t.Errorf("%s was not rewritten", name)
		}
	}
	if now["report.xlsx"] != before["report.xlsx"] {
		t.Error("report.xlsx changed though its format was not asked for")
	}
}

// filesIn maps each file of dir to its content.
func filesIn(t *testing.T, dir string) map[string]string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(data)
	}
	return out
}
