package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// SkippedFile is a file found in a folder given to ingest that was not
// taken as a transcript, and why. Files named on the command line are
// never skipped; hidden files and folders (".git", ".DS_Store") are left
// out without a word.
type SkippedFile struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Why a file in a folder is not taken as a transcript (SkippedFile.Reason).
const (
	// SkipNotTranscript: a licence, readme, changelog or list of sources
	// (LICENSE*, COPYING*, README*, CHANGELOG*, SOURCES*), whatever its
	// extension.
	SkipNotTranscript = "licence, readme, changelog or list of sources"
	// SkipCSV: a CSV file, whose rows are interviews only when said so.
	SkipCSV = ".csv: read only when named, with --text-column and --id-column"
	// SkipFormat: a file of a format ingest does not read (PDF, TextGrid,
	// audio), after its extension: ".pdf: not a format ingest reads".
	SkipFormat = "not a format ingest reads"
)

// notTranscriptNames are the names (upper case) of the files beside
// transcripts in a folder that are not transcripts: a file whose name is
// one of them, alone or followed by anything but a letter ("LICENSE.md",
// "COPYING-GPL-3", "README_fr.txt"), is skipped.
var notTranscriptNames = []string{"LICENSE", "LICENCE", "COPYING", "README", "CHANGELOG", "SOURCES"}

// notTranscriptName says whether a file's name is that of a licence,
// readme, changelog or list of sources.
func notTranscriptName(name string) bool {
	upper := strings.ToUpper(name)
	for _, n := range notTranscriptNames {
		rest, ok := strings.CutPrefix(upper, n)
		if !ok {
			continue
		}
		if r := []rune(rest); len(r) == 0 || !unicode.IsLetter(r[0]) {
			return true
		}
	}
	return false
}

// skipReason says why a file found in a folder is not a transcript to
// ingest, or "" if it is one.
func skipReason(name string) string {
	ext := filepath.Ext(name)
	switch {
	case notTranscriptName(name):
		return SkipNotTranscript
	case transcriptExt(name):
		return ""
	case strings.EqualFold(ext, ".csv"):
		return SkipCSV
	case ext == "":
		return "no extension: " + SkipFormat
	}
	return ext + ": " + SkipFormat
}

// collect expands folders into the transcript files under them, in a stable
// order, and lists the files found in them that it leaves out, with why.
// Files named explicitly are always tried (and refused with a reason if
// they are not transcripts); files found in folders are taken only when
// their extension is a transcript format and their name is not that of a
// licence, readme or the like. The manifest (a path, or "") is not a file
// skipped.
func collect(paths []string, manifest string) ([]string, []SkippedFile, error) {
	if len(paths) == 0 {
		return nil, nil, errors.New("no files given; name transcript files or folders, e.g. `groundwork ingest interviews/`")
	}
	var out []string
	var skipped []SkippedFile
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	// A file named is not skipped when a folder given holds it too.
	named := map[string]bool{}
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			named[filepath.Clean(p)] = true
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		root := WalkRoot(p)
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != root && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			why := skipReason(name)
			switch {
			case why == "":
				add(path)
			case !named[filepath.Clean(path)] && !seen[path] && !sameFile(path, manifest):
				seen[path] = true // a folder given twice, or inside another
				skipped = append(skipped, SkippedFile{Path: path, Reason: why})
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	if len(out) == 0 {
		msg := fmt.Sprintf("no transcript files in %s (looked for %s)", strings.Join(paths, ", "), strings.Join(extensions(), " "))
		if len(skipped) > 0 {
			msg += fmt.Sprintf("; skipped %d other %s:\n%s", len(skipped), inNumber(len(skipped), "file", "files"), strings.Join(SkippedLines(skipped, 5), "\n"))
		}
		return nil, nil, errors.New(msg)
	}
	return out, skipped, nil
}

// sameFile says whether path is the file named (a path, or "").
func sameFile(path, named string) bool {
	if named == "" {
		return false
	}
	a, err1 := os.Stat(path)
	b, err2 := os.Stat(named)
	return err1 == nil && err2 == nil && os.SameFile(a, b)
}

// SkippedLines describes skipped files for people, a line for each reason
// in the order first met: why, how many, and the first few paths (at most
// show; "and N more").
func SkippedLines(skipped []SkippedFile, show int) []string {
	var reasons []string
	byReason := map[string][]string{}
	for _, s := range skipped {
		if byReason[s.Reason] == nil {
			reasons = append(reasons, s.Reason)
		}
		byReason[s.Reason] = append(byReason[s.Reason], s.Path)
	}
	lines := make([]string, len(reasons))
	for i, why := range reasons {
		ps := byReason[why]
		names := strings.Join(ps[:min(len(ps), show)], ", ")
		if len(ps) > show {
			names += fmt.Sprintf(" and %d more", len(ps)-show)
		}
		lines[i] = fmt.Sprintf("  %s (%d): %s", why, len(ps), names)
	}
	return lines
}

// inNumber is the word for n things: one when n is 1, many otherwise (not
// the count with it, as the commands' plural writes).
func inNumber(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// WalkRoot is the folder p as filepath.WalkDir should be given it: a link
// to a folder (a researcher's interviews linked into place) is walked
// through, where WalkDir would see one link and no files. Links inside it
// are not followed.
func WalkRoot(p string) string {
	if fi, err := os.Lstat(p); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		return p + string(filepath.Separator)
	}
	return p
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// extensions are the file types taken from folders. CSV files are left
// out: they need --text-column and --id-column, so they are named one by one.
func extensions() []string {
	return []string{".txt", ".md", ".markdown", ".vtt", ".srt", ".docx"}
}

func transcriptExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range extensions() {
		if e == ext {
			return true
		}
	}
	return false
}
