// Package demo holds the demo study embedded in the binary: 43 fictional
// key-informant interviews across 7 peer support programmes, a gold coding
// made by reading them as a researcher would, and a second, independent
// reading of nine of them (see CODINGS.md), so that the demo's report
// rests on people's coding and its agreement is real.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

//go:embed study
var study embed.FS

// Transcripts returns the names of the demo transcripts (relative to the study).
func Transcripts() ([]string, error) {
	return studyFiles(func(name string) bool {
		ext := path.Ext(name)
		return ext == ".txt" || ext == ".md"
	})
}

// studyFiles lists the names of the study's files that keep accepts, in
// name order: transcripts and gold files share one folder.
func studyFiles(keep func(name string) bool) ([]string, error) {
	entries, err := fs.ReadDir(study, "study")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if keep(e.Name()) {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// ReadFile reads one file of the study (a transcript or a gold file).
func ReadFile(name string) ([]byte, error) { return study.ReadFile("study/" + name) }

// GoldFiles lists the gold coding files (CSV: document, quote, code).
func GoldFiles() ([]string, error) {
	return studyFiles(func(name string) bool {
		return strings.HasPrefix(name, "gold") && strings.HasSuffix(name, ".csv")
	})
}

// Coding is one researcher's coding of the demo study, as the demo
// imports it.
type Coding struct {
	Coder string   // the coder name it is imported under
	Files []string // quote files in the study (document, quote, code)
}

// Codings returns the researchers' codings the demo imports: amara's
// reading of all 43 interviews (the gold coding, GoldFiles) and ben's
// independent reading of nine interviews across the seven programmes
// (second-reading.csv), made from the codebook's definitions without
// looking at amara's coding of them. Where the two overlap, agreement
// between coders is measured.
func Codings() ([]Coding, error) {
	gold, err := GoldFiles()
	if err != nil {
		return nil, err
	}
	return []Coding{{Coder: "amara", Files: gold}, {Coder: "ben", Files: []string{"second-reading.csv"}}}, nil
}

// WriteTranscripts writes the demo transcripts into dir, returning their paths.
func WriteTranscripts(dir string) ([]string, error) {
	names, err := Transcripts()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for _, n := range names {
		data, err := ReadFile(n)
		if err != nil {
			return nil, err
		}
		p := filepath.Join(dir, n)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return nil, fmt.Errorf("writing %s: %w", p, err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}
