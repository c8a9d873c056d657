package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/groundwork-qda/groundwork/ingest/parse"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// count reads every transcript under dir in any format groundwork
// ingests (each CSV row a transcript), detects over them as one project
// and prints how many identifiers of each kind it found, with a
// fingerprint of what was found (file, kind and text, sorted and hashed):
// two detectors that print the same fingerprint found the same things,
// and no transcript text is printed. Files no parser reads are counted
// and passed over.
func count(dir string) error {
	var names, texts []string
	skipped := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		got, ok := transcriptsOf(p)
		if !ok {
			skipped++
			return nil
		}
		for k, t := range got {
			names = append(names, fmt.Sprintf("%s#%d", p, k))
			texts = append(texts, t)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	det, err := redact.NewDetector(redact.Options{})
	if err != nil {
		return err
	}
	found, err := det.DetectAll(context.Background(), texts, 0, nil)
	if err != nil {
		return err
	}
	kinds := map[redact.Kind]int{}
	var lines []string
	for i, ids := range found {
		for _, id := range ids {
			kinds[id.Kind]++
			lines = append(lines, names[i]+"\t"+string(id.Kind)+"\t"+id.Text)
		}
	}
	slices.Sort(lines)
	total := len(lines)
	fmt.Printf("%s: %d transcripts (%d files passed over), %d identifiers:", dir, len(texts), skipped, total)
	for _, k := range slices.Sorted(maps.Keys(kinds)) {
		fmt.Printf(" %s %d", k, kinds[k])
	}
	fmt.Printf("\nfingerprint %x\n", sha256.Sum256([]byte(strings.Join(lines, "\n"))))
	return nil
}

// transcriptsOf returns the texts of the transcripts in file p, its
// turns joined by blank lines, and whether any parser read it.
func transcriptsOf(p string) ([]string, bool) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	var ts []*parse.Transcript
	if strings.EqualFold(filepath.Ext(p), ".csv") {
		ts, err = parse.CSV(p, data, parse.CSVOptions{}, parse.Options{})
	} else {
		var t *parse.Transcript
		t, err = parse.Parse(p, data, parse.Options{})
		ts = []*parse.Transcript{t}
	}
	if err != nil {
		return nil, false
	}
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		var b strings.Builder
		for _, tu := range t.Turns {
			b.WriteString(tu.Text)
			b.WriteString("\n\n")
		}
		out = append(out, b.String())
	}
	return out, true
}
