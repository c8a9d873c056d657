// Command redacteval checks a labelled test set for de-identification and
// scores groundwork's detector on it, per kind of identifier:
//
//	go run ./ingest/redact/redacteval -check DIR   # check the files only
//	go run ./ingest/redact/redacteval DIR [DIR...]  # check, then score
//
// A set is a folder of .txt transcripts with every identifier marked
// inline as {{KIND|text}}; ingest/redact/testdata/README.md describes the
// format and the scoring rule. Each folder is scored as one project: the
// detector sees all its files together, with the speaker labels and the
// front-matter values (programme names) groundwork would give it.
//
// -misses FILE writes every identifier missed and every false positive,
// with context, to FILE: for synthetic sets only, since it copies text.
//
// -count reads unlabelled transcripts in any format groundwork ingests
// (the real ones in ../shared/real-transcripts) and prints how many
// identifiers of each kind it finds and a fingerprint of them, so that a
// change to the detector can be checked to find the same things there
// without printing their text:
//
//	go run ./ingest/redact/redacteval -count ../shared/real-transcripts
package main

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/groundwork-qda/groundwork/ingest/redact"
	"github.com/groundwork-qda/groundwork/ingest/redact/labelset"
)

func main() {
	check := flag.Bool("check", false, "only check that the files are well formed")
	counting := flag.Bool("count", false, "count the identifiers found in every transcript under each DIR, in any format groundwork reads, and print a fingerprint of them (no transcript text)")
	ner := flag.Bool("ner", false, "ask prose's recogniser about uncertain names, as `groundwork redact --ner`")
	misses := flag.String("misses", "", "write the misses and false positives, with context, to this `file`")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: redacteval [-check] [-ner] [-misses FILE] DIR...\n       redacteval -count DIR...   # e.g. ../shared/real-transcripts")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	failed := false
	for _, dir := range flag.Args() {
		if *counting {
			if err := count(dir); err != nil {
				fmt.Fprintln(os.Stderr, err)
				failed = true
			}
			continue
		}
		if err := run(dir, *check, *ner, *misses); err != nil {
			fmt.Fprintln(os.Stderr, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

func run(dir string, check, ner bool, missesPath string) error {
	docs, err := labelset.LoadDir(dir)
	if err != nil {
		return fmt.Errorf("%s does not pass its checks; nothing was scored:\n%w", dir, err)
	}
	if check {
		n := map[string]int{}
		for _, d := range docs {
			for _, g := range d.Gold {
				n[g.Kind]++
			}
		}
		var parts []string
		for _, k := range append(labelset.Kinds, labelset.Keep) {
			parts = append(parts, fmt.Sprintf("%s %d", k, n[k]))
		}
		fmt.Printf("%s: %d files pass their checks; marked: %s\n", dir, len(docs), strings.Join(parts, ", "))
		return nil
	}
	var texts, values []string
	for _, d := range docs {
		texts = append(texts, d.Text)
		for _, v := range d.Attrs {
			values = append(values, v)
		}
	}
	det, err := redact.NewDetector(redact.Options{Speakers: redact.SpeakerLabels(texts...), NotNames: redact.NotNamesOf(values), UseNER: ner})
	if err != nil {
		return err
	}
	found, err := det.DetectAll(context.Background(), texts, 0, nil)
	if err != nil {
		return err
	}
	res := &labelset.Result{}
	var redacted []string
	names := map[string]bool{}
	pseud := redact.NewPseudonymizer(nil)
	for i, d := range docs {
		ids := found[i]
		spans := make([]labelset.Span, len(ids))
		for k, id := range ids {
			spans[k] = labelset.Span{Kind: string(id.Kind), Start: id.Start, End: id.End, Text: id.Text, Uncertain: id.Uncertain}
		}
		res.Score(d, spans, func(k int) string { return ids[k].Evidence })
		red, _ := redact.Apply(d.Text, ids, pseud)
		redacted = append(redacted, red)
		for _, g := range d.Gold {
			if g.Kind == "PERSON" {
				names[g.Text] = true
			}
		}
	}
	left := redact.NamesLeft(redacted, slices.Sorted(maps.Keys(names)))
	fmt.Printf("%s\n%s", dir, res.Table())
	missed := map[string]bool{}
	for _, m := range res.Misses {
		if m.Span.Kind == "PERSON" {
			missed[m.Span.Text] = true
		}
	}
	fmt.Printf("distinct names: %d, of them with an occurrence left unredacted: %d\n", len(names), len(missed))
	fmt.Printf("of them found by `privacy check`'s matcher in the redacted text: %d (it also counts a one-word name standing capitalised as a word: \"Will you\", \"Mark my words\")\n", len(left))
	if missesPath != "" {
		return os.WriteFile(missesPath, []byte(res.Listing()), 0o600)
	}
	return nil
}
