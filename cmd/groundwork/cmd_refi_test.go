package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunREFI runs the REFI-QDA commands without cobra: the codebook out
// as .qdc and back in unchanged, the project out as .qdpx and in as a new
// project, and what is refused.
func TestRunREFI(t *testing.T) {
	g, out, errOut := testProject(t)
	ctx := context.Background()
	dir := t.TempDir()
	qdc, qdpx, notQDC := filepath.Join(dir, "c.qdc"), filepath.Join(dir, "p.qdpx"), filepath.Join(dir, "page.qdc")
	if err := os.WriteFile(notQDC, []byte("<html/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	copyDir := filepath.Join(dir, "copy")
	tests := []struct {
		name    string
		run     func() error
		wantOut string
		wantErr string
	}{
		{"codebook export", func() error {
			return runCodebookExport(ctx, g, &codebookExportOptions{format: "qdc", out: qdc})
		}, "Wrote " + qdc + ": 23 codes, 2 groups", ""},
		{"codebook import of its own export", func() error {
			return runCodebookImport(ctx, g, &codebookImportOptions{file: qdc, dryRun: true})
		}, "(merge): 0 added, 0 changed, 0 dropped, 23 unchanged", ""},
		{"codebook import of a web page", func() error {
			return runCodebookImport(ctx, g, &codebookImportOptions{file: notQDC})
		}, "", "the root element is <html>, not <CodeBook>"},
		{"export qdpx", func() error {
			return runExportQDPX(ctx, g, &exportQDPXOptions{path: qdpx})
		}, "Exported " + qdpx + ": 1 source, 23 codes", ""},
		{"import qdpx", func() error {
			return runImportQDPX(ctx, g, &importQDPXOptions{src: qdpx, into: copyDir, maxSizeMB: 50})
		}, "Imported " + qdpx + " (groundwork) into " + copyDir + ": 1 source, 23 codes", ""},
		{"import qdpx into a project", func() error {
			return runImportQDPX(ctx, g, &importQDPXOptions{src: qdpx, into: copyDir, maxSizeMB: 50})
		}, "", "is not empty; import into a new directory"},
	}
	for _, tt := range tests {
		out.Reset()
		err := tt.run()
		checkRun(t, tt.name, err, out.String(), tt.wantOut, tt.wantErr)
	}
	if want := "warning: auto-coding rules of"; !strings.Contains(errOut.String(), want) {
		t.Errorf("standard error %q lacks %q", errOut.String(), want)
	}
}
