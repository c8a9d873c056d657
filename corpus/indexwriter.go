package corpus

import (
	"context"
	"errors"
	"os"
	"strconv"
	"sync"
)

// IndexWriter indexes new documents while they are being stored, so that
// bleve's work overlaps with parsing, segmenting and storing. Add hands a
// document to a goroutine that builds and writes bleve batches; Finish,
// called after the store's transaction committed, flushes and records the
// store's index version. If the index was not current when the writer
// started, the adds are skipped and Finish rebuilds the index instead.
type IndexWriter struct {
	path        string
	ix          *Index
	incremental bool
	docs        chan indexJob
	done        chan struct{}
	mu          sync.Mutex
	err         error
}

type indexJob struct {
	doc  *Document
	segs []Segment
}

// StartIndexWriter opens the index at path for a command that will add
// documents to the store. prevVersion is the store's index version read
// before the command's transaction.
func StartIndexWriter(ctx context.Context, path string, st *Store, prevVersion int64) (*IndexWriter, error) {
	w := &IndexWriter{path: path, docs: make(chan indexJob, 64), done: make(chan struct{})}
	ix, err := openExisting(path)
	switch {
	case errors.Is(err, ErrIndexBusy):
		return nil, err
	case errors.Is(err, os.ErrNotExist) && prevVersion == 0:
		// A new project: an empty index is current.
		idx, err := createIndex(path)
		if err != nil {
			return nil, err
		}
		ix = &Index{idx: idx, path: path}
		w.incremental = true
	case err == nil:
		have, verr := ix.version()
		w.incremental = verr == nil && have == prevVersion && ix.currentLayout()
	}
	w.ix = ix
	if w.incremental {
		// Stale until Finish: an interrupted command leaves it to be rebuilt.
		if err := ix.idx.SetInternal([]byte(versionKey), []byte("-1")); err != nil {
			ix.Close()
			return nil, err
		}
		go w.run(ctx)
	} else {
		close(w.done)
	}
	return w, nil
}

// Add queues a newly stored document's segments for indexing. It never
// blocks for long: bleve works in the writer's goroutine.
func (w *IndexWriter) Add(doc *Document, segs []Segment) {
	if !w.incremental {
		return
	}
	w.docs <- indexJob{doc: doc, segs: segs}
}

func (w *IndexWriter) run(ctx context.Context) {
	defer close(w.done)
	b := w.ix.idx.NewBatch()
	flush := func() {
		if b.Size() == 0 || w.failed() {
			return
		}
		if err := w.ix.idx.Batch(b); err != nil {
			w.fail(err)
		}
		b.Reset()
	}
	for job := range w.docs {
		if ctx.Err() != nil || w.failed() {
			continue // drain
		}
		for i := range job.segs {
			s := &job.segs[i]
			if err := b.Index(SegmentKey(job.doc.ID, s.Seq), NewIndexedSegment(job.doc, s, nil)); err != nil {
				w.fail(err)
				break
			}
			if b.Size() >= batchSize {
				flush()
			}
		}
	}
	flush()
}

func (w *IndexWriter) fail(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
}

func (w *IndexWriter) failed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err != nil
}

// Finish completes indexing after the store committed: documents whose
// codings or text changed in other ways (replaced documents) are re-indexed,
// and the index records the store's version. A writer that could not index
// incrementally rebuilds the index from the store.
func (w *IndexWriter) Finish(ctx context.Context, st *Store, reindex []string) error {
	close(w.docs)
	<-w.done
	if !w.incremental || w.err != nil {
		if w.ix != nil {
			w.ix.Close()
		}
		ix, err := RebuildIndex(ctx, w.path, st, nil)
		if err != nil {
			return err
		}
		return ix.Close()
	}
	want, err := st.IndexVersion(ctx)
	if err == nil {
		err = w.ix.reindex(ctx, st, want, reindex, nil)
	}
	if cerr := w.ix.Close(); err == nil {
		err = cerr
	}
	return err
}

// Abort stops the writer after a failed command, leaving the index marked
// stale so that it is rebuilt when next used.
func (w *IndexWriter) Abort() {
	close(w.docs)
	<-w.done
	if w.ix != nil {
		if w.incremental {
			w.ix.idx.SetInternal([]byte(versionKey), []byte(strconv.Itoa(-1)))
		}
		w.ix.Close()
	}
}
