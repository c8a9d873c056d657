// Command blevebase is the bare-bleve baseline for groundwork's ingest and
// index: it reads a project's segments from the store, exactly as
// groundwork's index does (Store.EachSegment, with each document's
// programme and role), and bleve-indexes them as corpus.IndexedSegment
// values with corpus.IndexMapping() into a fresh directory, in batches of
// 1000, then closes the index. Nothing else: no codes lookup, no per-document
// queries, no version bookkeeping.
//
//	go run ./bench/blevebase -project bench/out/p-1000 -out bench/out/blevebase-1000
//
// It prints one line of key=value pairs (seconds, counts) for bench/run.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/groundwork-qda/groundwork/corpus"
)

func main() {
	projDir := flag.String("project", ".", "the groundwork project `DIR`")
	out := flag.String("out", "", "the `DIR` to build the index in (removed first)")
	batchSize := flag.Int("batch", 1000, "segments per bleve batch")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: blevebase -project DIR -out DIR")
		os.Exit(2)
	}
	if err := run(*projDir, *out, *batchSize); err != nil {
		fmt.Fprintln(os.Stderr, "blevebase:", err)
		os.Exit(1)
	}
}

func run(projDir, out string, batchSize int) error {
	ctx := context.Background()
	proj, err := corpus.Open(projDir)
	if err != nil {
		return err
	}
	st, err := corpus.OpenStore(ctx, proj.StorePath())
	if err != nil {
		return err
	}
	defer st.Close()
	if err := os.RemoveAll(out); err != nil {
		return err
	}

	start := time.Now()
	docs, err := st.Documents(ctx)
	if err != nil {
		return err
	}
	byID := make(map[string]*corpus.Document, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	idx, err := bleve.New(out, corpus.IndexMapping())
	if err != nil {
		return err
	}
	b := idx.NewBatch()
	var n, bytes int
	var readOnly time.Duration
	err = st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error {
		d := byID[s.DocID]
		is := corpus.NewIndexedSegment(d, s)
		n++
		bytes += len(s.Text)
		if err := b.Index(s.Key(), is); err != nil {
			return err
		}
		if b.Size() >= batchSize {
			if err := idx.Batch(b); err != nil {
				return err
			}
			b.Reset()
		}
		return nil
	})
	if err != nil {
		idx.Close()
		return err
	}
	if b.Size() > 0 {
		if err := idx.Batch(b); err != nil {
			idx.Close()
			return err
		}
	}
	indexed := time.Since(start)
	if err := idx.Close(); err != nil {
		return err
	}
	total := time.Since(start)

	// The store read alone, for reference.
	r0 := time.Now()
	err = st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error { return nil })
	readOnly = time.Since(r0)
	if err != nil {
		return err
	}
	fmt.Printf("blevebase segments=%d text_bytes=%d index_s=%.3f total_s=%.3f store_read_s=%.3f\n",
		n, bytes, indexed.Seconds(), total.Seconds(), readOnly.Seconds())
	return nil
}
