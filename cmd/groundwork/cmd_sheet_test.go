package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
)

// The sheet, import, bulk and agree commands run without cobra: each is
// its options and a runX function.
func TestSheetCommandsWithoutCobra(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "study")
	var out, errb strings.Builder
	for _, args := range [][]string{
		{"init", dir},
		append([]string{"ingest", "--project", dir}, ingesttest.Demo(t, "")[:3]...),
		{"code", "auto", "--project", dir},
	} {
		if code := run(ctx, args, nil, &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], code, errb.String())
		}
	}
	g := &globals{io: &IOStreams{Out: &out, Err: &errb}, project: dir}
	sheetPath := filepath.Join(dir, "alice.csv")
	disPath := filepath.Join(dir, "dis.csv")
	tests := []struct {
		name  string
		run   func() error
		usage string // the usage error's command; "" for none
		want  string // a pattern of the output, or of the error
	}{
		{"sheet without -o", func() error { return runCodingsSheet(ctx, g, &codingsSheetOptions{}) },
			"groundwork codings sheet", `^-o FILE\.xlsx or FILE\.csv is required$`},
		{"sheet", func() error {
			opts := &codingsSheetOptions{out: sheetPath}
			opts.Coder = "alice"
			return runCodingsSheet(ctx, g, opts)
		}, "", `^Wrote .*alice\.csv: [1-9]\d* segments for alice to code\n$`},
		{"import, unfilled", func() error {
			return runCodingsImport(ctx, g, &codingsImportOptions{path: sheetPath, coder: "alice"})
		}, "", `^Imported coding sheet for alice: 0 codings added, 0 already there\n$`},
		{"import as JSON", func() error {
			return runCodingsImport(ctx, g, &codingsImportOptions{path: sheetPath, coder: "alice", asJSON: true})
		}, "", `"kind": "coding sheet"`},
		{"reject without --code", func() error { return runCodingsBulk(ctx, g, &codingsBulkOptions{}) },
			"groundwork codings reject", `^--code is required, so that a bulk reject is deliberate$`},
		{"accept", func() error {
			return runCodingsBulk(ctx, g, &codingsBulkOptions{accept: true, reviewFilter: reviewFilter{code: "isolation", reviewer: "rev"}})
		}, "", `^Accepting \d+ suggestions of isolation\.\.\.\nAccepted [1-9]\d* suggestions\. `},
		{"reject what is left", func() error {
			return runCodingsBulk(ctx, g, &codingsBulkOptions{reviewFilter: reviewFilter{code: "isolation", reviewer: "rev"}})
		}, "", `^Rejecting 0 suggestions of isolation\.\.\.\nRejected 0 suggestions\. `},
		{"agree with one coder", func() error {
			return runAgree(ctx, g, &agreeOptions{AgreeOptions: analysis.AgreeOptions{Coders: []string{"rev"}}})
		}, "groundwork agree", `at least two coders`},
		{"agree, disagreements for adjudication", func() error {
			return runAgree(ctx, g, &agreeOptions{disagreements: disPath,
				AgreeOptions: analysis.AgreeOptions{Coders: []string{"auto", "rev"}, Unit: analysis.UnitSegment, Seed: 1}})
		}, "", `\d+ disagreements written to .*dis\.csv \(fill the consensus column`},
	}
	for _, tt := range tests {
		out.Reset()
		err := tt.run()
		var ue *usageError
		switch {
		case tt.usage != "":
			if !errors.As(err, &ue) || ue.cmd != tt.usage || !regexp.MustCompile(tt.want).MatchString(err.Error()) {
				t.Errorf("%s: error %v; want a usage error of %s matching %s", tt.name, err, tt.usage, tt.want)
			}
		case err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case !regexp.MustCompile(tt.want).MatchString(out.String()):
			t.Errorf("%s: output %q; want it to match %s", tt.name, out.String(), tt.want)
		}
	}
	if data, err := os.ReadFile(disPath); err != nil || !strings.HasPrefix(string(data), "unit,document,start,end,code,auto,rev,text,consensus\n") {
		t.Errorf("disagreements sheet: %v\n%.200s", err, data)
	}
}
