// Command blevebase is the bare-bleve baseline for groundwork's ingest and
// index: it reads a project's segments from the store, exactly as
// groundwork's index does (Store.EachSegment, with each document's
// programme and role), and bleve-indexes them as corpus.IndexedSegment
// values with corpus.IndexMapping() (the lean mapping groundwork uses: no
// _all field, start stored but not indexed, term vectors only on text) into
// a fresh directory. Nothing else: no codes, no per-document queries, no
// version bookkeeping, no parsing or storing.
//
//	go run ./bench/blevebase -project bench/out/p-1000 -out bench/out/blevebase-1000 [-builder]
//
// Two ways of writing, so that the baseline is the best bare bleve can do:
//
//   - the default: an index opened with bleve.New and written in batches of
//     -batch segments, one written while the next fills, then closed (as
//     groundwork writes a new project's index, before merging it);
//   - -builder: bleve.NewBuilder, bleve's offline builder, which writes
//     segments to a temporary folder and merges them into one at Close
//     (groundwork used it until 6 December 2026: it analyses on one core).
//
// It prints one line of key=value pairs (seconds, counts, the index's
// segments and size on disk) for bench/run.
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/groundwork-qda/groundwork/corpus"
)

func main() {
	projDir := flag.String("project", ".", "the groundwork project `DIR`")
	out := flag.String("out", "", "the `DIR` to build the index in (removed first)")
	batchSize := flag.Int("batch", 1000, "segments per bleve batch (without -builder)")
	builder := flag.Bool("builder", false, "write with bleve.NewBuilder (one segment) instead of batches into an open index")
	flag.Parse()
	// The same collector target as groundwork's ingest: the baseline is
	// the best-configured bleve.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: blevebase -project DIR -out DIR [-builder]")
		os.Exit(2)
	}
	if err := run(*projDir, *out, *batchSize, *builder); err != nil {
		fmt.Fprintln(os.Stderr, "blevebase:", err)
		os.Exit(1)
	}
}

// writer is what both ways of writing offer: add a document, finish.
type writer struct {
	index func(id string, data any) error
	close func() error
}

func run(projDir, out string, batchSize int, useBuilder bool) error {
	ctx := context.Background()
	_, st, err := corpus.OpenProjectStore(ctx, projDir)
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
	w, err := open(out, batchSize, useBuilder)
	if err != nil {
		return err
	}
	var n, bytes int
	err = st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error {
		n++
		bytes += len(s.Text)
		return w.index(s.Key(), corpus.NewIndexedSegment(byID[s.DocID], s))
	})
	if cerr := w.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	total := time.Since(start)

	segs, docCount, err := inspect(out)
	if err != nil {
		return err
	}
	// The store read alone, for reference.
	r0 := time.Now()
	err = st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error { return nil })
	if err != nil {
		return err
	}
	mode := "batch"
	if useBuilder {
		mode = "builder"
	}
	fmt.Printf("blevebase mode=%s segments=%d text_bytes=%d total_s=%.3f store_read_s=%.3f index_segments=%d index_docs=%d index_mb=%.1f\n",
		mode, n, bytes, total.Seconds(), time.Since(r0).Seconds(), segs, docCount, float64(dirSize(out))/1e6)
	return nil
}

// open starts an index at out, written by the builder or in batches.
func open(out string, batchSize int, useBuilder bool) (*writer, error) {
	if useBuilder {
		tmp, err := os.MkdirTemp(filepath.Dir(out), filepath.Base(out)+".build-")
		if err != nil {
			return nil, err
		}
		b, err := bleve.NewBuilder(out, corpus.IndexMapping(), map[string]interface{}{"buildPathPrefix": tmp})
		if err != nil {
			os.RemoveAll(tmp)
			return nil, err
		}
		return &writer{index: b.Index, close: func() error {
			defer os.RemoveAll(tmp)
			return b.Close()
		}}, nil
	}
	idx, err := bleve.New(out, corpus.IndexMapping())
	if err != nil {
		return nil, err
	}
	// A full batch is written while the next one fills, as groundwork's
	// index does (corpus's batcher, written again here on purpose so that
	// the baseline is bare bleve): bleve analyses a batch on every core but
	// builds its segment on one.
	b := idx.NewBatch()
	var inFlight sync.WaitGroup
	var werr error
	return &writer{
		index: func(id string, data any) error {
			if err := b.Index(id, data); err != nil {
				return err
			}
			if b.Size() >= batchSize {
				inFlight.Wait()
				if werr != nil {
					return werr
				}
				inFlight.Add(1)
				go func(full *bleve.Batch) {
					defer inFlight.Done()
					werr = idx.Batch(full)
				}(b)
				b = idx.NewBatch()
			}
			return nil
		},
		close: func() error {
			inFlight.Wait()
			err := werr
			if b.Size() > 0 && err == nil {
				err = idx.Batch(b)
			}
			if cerr := idx.Close(); err == nil {
				err = cerr
			}
			return err
		},
	}, nil
}

// inspect opens the finished index read-only and counts its file segments
// and documents.
func inspect(path string) (segments int, docs uint64, err error) {
	idx, err := bleve.OpenUsing(path, map[string]interface{}{"read_only": true})
	if err != nil {
		return 0, 0, err
	}
	defer idx.Close()
	stats, _ := idx.StatsMap()["index"].(map[string]interface{})
	switch v := stats["num_root_filesegments"].(type) {
	case uint64:
		segments = int(v)
	case int:
		segments = v
	}
	docs, err = idx.DocCount()
	return segments, docs, err
}

// dirSize is the size in bytes of the files under dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
