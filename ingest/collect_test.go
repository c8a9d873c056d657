package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A file in a folder is a transcript by its extension, unless its name is
// that of a licence, readme, changelog or list of sources.
func TestSkipReason(t *testing.T) {
	tests := []struct{ name, want string }{
		{"hf-01.txt", ""},
		{"Interview 3.DOCX", ""},
		{"talk.vtt", ""},
		{"licenses-of-drivers.md", ""}, // a word that begins like one
		{"readmission-01.txt", ""},
		{"Sourcesof support.txt", ""},
		{"LICENSE", SkipNotTranscript},
		{"LICENSE.md", SkipNotTranscript},
		{"license.txt", SkipNotTranscript},
		{"Licence.txt", SkipNotTranscript},
		{"COPYING-GPL-3", SkipNotTranscript},
		{"copying.txt", SkipNotTranscript},
		{"README.md", SkipNotTranscript},
		{"readme_fr.txt", SkipNotTranscript},
		{"CHANGELOG.md", SkipNotTranscript},
		{"ChangeLog", SkipNotTranscript},
		{"SOURCES.md", SkipNotTranscript},
		{"sources-2024.txt", SkipNotTranscript},
		{"valid.csv", SkipCSV},
		{"VALID.CSV", SkipCSV},
		{"slides.pdf", ".pdf: " + SkipFormat},
		{"day1_doctor.TextGrid", ".TextGrid: " + SkipFormat},
		{"notes", "no extension: " + SkipFormat},
	}
	for _, tt := range tests {
		if got := skipReason(tt.name); got != tt.want {
			t.Errorf("skipReason(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// collect takes the transcripts of a folder and lists what else it holds
// (hidden files aside, and the manifest); a file named is taken whatever
// it is, and not listed as skipped when its folder is given too.
func TestCollectSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.md", "LICENSE.md", "sub/README", "sub/c.vtt", "x.pdf", "y.pdf", "rows.csv", "manifest.csv", ".hidden.txt", ".git/config"} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("Interviewer: Hello?\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	at := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, n))
		}
		return out
	}
	files, skipped, err := collect([]string{dir, filepath.Join(dir, "sub")}, filepath.Join(dir, "manifest.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if want := at("a.txt", "b.md", "sub/c.vtt"); !slices.Equal(files, want) {
		t.Errorf("files %q, want %q", files, want)
	}
	want := []SkippedFile{
		{at("LICENSE.md")[0], SkipNotTranscript},
		{at("rows.csv")[0], SkipCSV},
		{at("sub/README")[0], SkipNotTranscript},
		{at("x.pdf")[0], ".pdf: " + SkipFormat},
		{at("y.pdf")[0], ".pdf: " + SkipFormat},
	}
	if !slices.Equal(skipped, want) {
		t.Errorf("skipped %q, want %q", skipped, want)
	}
	wantLines := []string{
		"  " + SkipNotTranscript + " (2): " + at("LICENSE.md")[0] + " and 1 more",
		"  " + SkipCSV + " (1): " + at("rows.csv")[0],
		"  .pdf: " + SkipFormat + " (2): " + at("x.pdf")[0] + " and 1 more",
	}
	if got := SkippedLines(skipped, 1); !slices.Equal(got, wantLines) {
		t.Errorf("SkippedLines:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantLines, "\n"))
	}
	wantLines[0] = "  " + SkipNotTranscript + " (2): " + strings.Join(at("LICENSE.md", "sub/README"), ", ")
	if got := SkippedLines(skipped, 2)[:1]; !slices.Equal(got, wantLines[:1]) {
		t.Errorf("SkippedLines:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantLines, "\n"))
	}

	files, skipped, err = collect([]string{dir, filepath.Join(dir, "LICENSE.md")}, "")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(files, at("LICENSE.md")[0]) || slices.ContainsFunc(skipped, func(s SkippedFile) bool { return s.Path == at("LICENSE.md")[0] }) {
		t.Errorf("LICENSE.md named: files %q, skipped %q; want it taken", files, skipped)
	}
	if !slices.ContainsFunc(skipped, func(s SkippedFile) bool { return s.Path == at("manifest.csv")[0] }) {
		t.Errorf("manifest.csv not a manifest here: want it skipped, got %q", skipped)
	}
}
