// Command matchfloor is the floor of `code auto`: the least work any rule
// matcher must do over a project's segments. It reads the same segment text
// from the store as `code auto` does (Store.EachSegment, in document
// order), splits every segment into words and stems them exactly as the
// codebook's matcher does (codebook.EachStem: Unicode word boundaries,
// lower case, possessive stripped, Porter stem), and looks each stem up in a
// map of the stems of the codebook's rule terms. Nothing else: no phrases,
// no near windows, no vetoes, no scopes, no suggestions stored.
//
//	go run ./bench/matchfloor -project bench/out/p-1000
//
// It prints one line of key=value pairs (seconds, counts) for bench/run.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

func main() {
	projDir := flag.String("project", ".", "the groundwork project `DIR`")
	flag.Parse()
	if err := run(*projDir); err != nil {
		fmt.Fprintln(os.Stderr, "matchfloor:", err)
		os.Exit(1)
	}
}

func run(projDir string) error {
	ctx := context.Background()
	proj, err := corpus.Open(projDir)
	if err != nil {
		return err
	}
	cb, err := codebook.Load(proj.CodebookPath())
	if err != nil {
		return err
	}
	terms := ruleStems(cb)
	st, err := corpus.OpenStore(ctx, proj.StorePath())
	if err != nil {
		return err
	}
	defer st.Close()

	start := time.Now()
	var segs, bytes, words, hits int
	all := func([]byte) bool { return true }
	err = st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error {
		segs++
		bytes += len(s.Text)
		codebook.EachStem(s.Text, all, func(stem []byte) {
			words++
			if _, ok := terms[string(stem)]; ok { // no allocation: the compiler looks up []byte keys in place
				hits++
			}
		})
		return nil
	})
	if err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	fmt.Printf("matchfloor segments=%d text_bytes=%d words=%d term_stems=%d hits=%d seconds=%.3f mb_per_s=%.1f\n",
		segs, bytes, words, len(terms), hits, secs, float64(bytes)/1e6/secs)
	return nil
}

// ruleStems returns the stems of every word of the codebook's term, near
// and unless lists (a wildcard's prefix stemmed as a word, a lone * left
// out), the words the matcher looks for.
func ruleStems(cb *codebook.Codebook) map[string]struct{} {
	out := map[string]struct{}{}
	add := func(term string) {
		for _, w := range strings.Fields(term) {
			w = strings.TrimSuffix(w, "*")
			if w == "" {
				continue
			}
			codebook.EachStem(w, func([]byte) bool { return true }, func(stem []byte) { out[string(stem)] = struct{}{} })
		}
	}
	for _, r := range cb.Rules() {
		for _, t := range r.AllTerms() {
			add(t)
		}
	}
	return out
}
