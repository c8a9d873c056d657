package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// freshIndex is a complete index built beside the one it will replace.
// It is written in batches, as an index updated in place is: bleve
// analyses a batch's documents on every core, where its offline builder
// analyses them one at a time (a new project's ingest took 1.3× as long
// with it); sealing merges the batches' segments into one.
type freshIndex struct {
	dir   string // the temporary folder holding it
	built string // the index inside dir
	path  string // where it goes
	ix    *Index // open while it is written
}

// startFresh creates an empty index in a new temporary folder beside
// path. The caller holds the writer lock, so what killed rebuilds left
// there is cleared first.
func startFresh(path string, st *Store) (*freshIndex, error) {
	clearLeftovers(path)
	dir, err := os.MkdirTemp(filepath.Dir(path), filepath.Base(path)+".new-")
	if err != nil {
		return nil, fmt.Errorf("creating the search index: %w", err)
	}
	f := &freshIndex{dir: dir, built: filepath.Join(dir, "index"), path: path}
	idx, err := bleve.New(f.built, IndexMapping())
	if err != nil {
		f.discard()
		return nil, fmt.Errorf("creating the search index: %w", err)
	}
	f.ix = &Index{idx: idx, path: f.built, st: st}
	return f, nil
}

// buildFresh builds an index of the whole store in a new temporary folder
// beside path, sealed and ready to install.
func buildFresh(ctx context.Context, path string, st *Store, p Progress) (*freshIndex, error) {
	version, err := st.IndexVersion(ctx)
	if err != nil {
		return nil, err
	}
	f, err := startFresh(path, st)
	if err != nil {
		return nil, err
	}
	w := newBatcher(f.ix.idx)
	err = indexAll(ctx, st, w.add, p)
	if err == nil {
		err = w.flush()
	}
	if err == nil {
		err = f.seal(ctx, version)
	}
	if err != nil {
		w.wait() // nothing is left writing into the folder about to go
		f.discard()
		return nil, err
	}
	return f, nil
}

// seal stamps the fresh index with its layout and the store's version,
// merges it into one segment and closes it.
func (f *freshIndex) seal(ctx context.Context, version int64) error {
	idx := f.ix.idx
	err := idx.SetInternal([]byte(layoutKey), []byte(layout))
	if err == nil {
		err = idx.SetInternal([]byte(versionKey), []byte(formatVersion(version)))
	}
	if err == nil {
		err = f.ix.mergeToOne(ctx)
	}
	if cerr := f.ix.Close(); err == nil {
		err = cerr
	}
	f.ix = nil
	return err
}

// install swaps the sealed index in for the one at its path; nothing may
// have that one open.
func (f *freshIndex) install() error { return swapIn(f.built, f.path) }

// discard closes the index if it is still open and removes the temporary
// folder (and the old index swapped into it).
func (f *freshIndex) discard() {
	if f.ix != nil {
		f.ix.Close()
	}
	os.RemoveAll(f.dir)
}

// batcher writes documents into an index in batches of batchSize, one
// batch written while the next fills: bleve analyses a batch on every core
// but builds its segment on one.
type batcher struct {
	idx     bleve.Index
	b       *bleve.Batch // the batch filling
	written chan error   // the outcome of the batch being written, if one is
	err     error        // the first batch that failed
}

func newBatcher(idx bleve.Index) *batcher { return &batcher{idx: idx, b: idx.NewBatch()} }

// add queues a document, handing the batch to be written when it is full.
func (w *batcher) add(id string, data any) error {
	if err := w.b.Index(id, data); err != nil {
		return err
	}
	if w.b.Size() >= batchSize {
		return w.send()
	}
	return nil
}

// send hands the batch filling to be written, once the one before it is,
// and starts a new one.
func (w *batcher) send() error {
	if err := w.wait(); err != nil {
		return err
	}
	full, written := w.b, make(chan error, 1)
	w.b, w.written = w.idx.NewBatch(), written
	go func() { written <- w.idx.Batch(full) }()
	return nil
}

// wait waits until the batch being written is, and reports the first
// batch that failed.
func (w *batcher) wait() error {
	if w.written != nil {
		if err := <-w.written; err != nil && w.err == nil {
			w.err = fmt.Errorf("writing the search index: %w", err)
		}
		w.written = nil
	}
	return w.err
}

// flush writes what is queued and waits until it is written.
func (w *batcher) flush() error {
	if w.b.Size() > 0 {
		if err := w.send(); err != nil {
			return err
		}
	}
	return w.wait()
}

// maxSegments is how many segments an index updated in place may keep
// before it is merged into one.
const maxSegments = 8

// compactIfFragmented merges the index into one segment when it has more
// than maxSegments.
func (ix *Index) compactIfFragmented(ctx context.Context) error {
	if segments(ix.idx) <= maxSegments {
		return nil
	}
	return ix.mergeToOne(ctx)
}

// mergeToOne merges every segment of the index into one (searches slow
// down with every segment), then waits up to cleanupWait for bleve to
// delete the files the merge replaced; what it has not deleted by then
// goes when the index is next opened to be changed. A merge that fails or is interrupted is an
// error: the index is then left as it was, in several segments.
func (ix *Index) mergeToOne(ctx context.Context) error {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	// bleve's single-segment plan merges ten segments a task, which leaves
	// two or more from more than ten; one task takes them all.
	plan := mergeplan.SingleSegmentMergePlanOptions
	plan.SegmentsPerMergeTask = 1 << 20
	// ForceMerge returns nil when the merge is done, and also when it is
	// cancelled or the index closes; the merge's own outcome is sent on the
	// channel a request's context holds under bleve's key "mergeDone" (a
	// failed merge is then not retried, and ForceMerge returns only when
	// the index closes).
	outcome := make(chan error, 1)
	//lint:ignore SA1029 the key is bleve's, an untyped string constant
	mctx := context.WithValue(ctx, "mergeDone", outcome)
	forced := make(chan error, 1)
	go func() { forced <- s.ForceMerge(mctx, &plan) }()
	select {
	case err = <-outcome:
		if err == nil {
			err = <-forced
		}
	case err = <-forced:
		if err == nil {
			select {
			case err = <-outcome: // sent just before ForceMerge returned
			default:
				err = errors.New("the index closed before it was merged")
			}
		}
	}
	if cerr := ctx.Err(); cerr != nil {
		return cerr
	}
	if err != nil {
		return fmt.Errorf("merging the search index: %w", err)
	}
	ix.awaitCleanup(cleanupWait)
	return nil
}

// cleanupWait is how long a merge waits at most for bleve to delete the
// files it replaced: a few milliseconds on a quiet machine, seconds when
// other work keeps every core busy (2 s was too short beside other jobs: a
// rebuild kept seven files for one segment).
const cleanupWait = 15 * time.Second

// awaitCleanup waits, up to limit, until the index's folder holds no more
// segment files than the index uses.
func (ix *Index) awaitCleanup(limit time.Duration) {
	store := filepath.Join(ix.path, "store")
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		files, err := filepath.Glob(filepath.Join(store, "*.zap"))
		if err != nil || len(files) <= segments(ix.idx) {
			return
		}
	}
}

// segments counts the index's file segments (0 when bleve does not say).
func segments(idx bleve.Index) int {
	stats, _ := idx.StatsMap()["index"].(map[string]interface{})
	switch n := stats["num_root_filesegments"].(type) {
	case uint64:
		return int(n)
	case int:
		return n
	}
	return 0
}

// swapIn replaces the index folder at path by the one at built: the old
// one is renamed aside (a unique name) before the new one takes its place.
func swapIn(built, path string) error {
	old := filepath.Join(filepath.Dir(built), "old")
	if err := os.Rename(path, old); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("replacing the search index: %w", err)
	}
	if err := os.Rename(built, path); err != nil {
		os.Rename(old, path)
		return fmt.Errorf("replacing the search index: %w", err)
	}
	return nil
}

// clearLeftovers removes what killed rebuilds left beside the index (their
// temporary folders, and the fixed names older versions used).
func clearLeftovers(path string) {
	base := filepath.Base(path)
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return
	}
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, base+".new") || strings.HasPrefix(n, base+".old") {
			os.RemoveAll(filepath.Join(filepath.Dir(path), n))
		}
	}
}
