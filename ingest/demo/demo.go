// Package demo holds the demo study embedded in the binary: 43 fictional
// key-informant interviews across 7 peer support programmes, and a gold
// coding made by reading them as a researcher would.
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
	entries, err := fs.ReadDir(study, "study")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if ext := path.Ext(e.Name()); ext == ".txt" || ext == ".md" {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// ReadFile reads one file of the study (a transcript or a gold file).
func ReadFile(name string) ([]byte, error) { return study.ReadFile("study/" + name) }

// GoldFiles lists the gold coding files (CSV: document, quote, code).
func GoldFiles() ([]string, error) {
	entries, err := fs.ReadDir(study, "study")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "gold") && strings.HasSuffix(e.Name(), ".csv") {
			out = append(out, e.Name())
		}
	}
	return out, nil
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
