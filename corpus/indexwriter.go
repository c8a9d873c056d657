package corpus

import (
	"context"
	"errors"
	"os"
	"sync"
)

// IndexKeeper keeps a search index in step with the store. Store.Tx asks
// it, under the writer lock, for an IndexSync to follow each transaction.
type IndexKeeper interface {
	// Begin starts following a transaction; prev is the store's index
	// version before it.
	Begin(ctx context.Context, st *Store, prev int64) IndexSync
}

// IndexSync follows one transaction's changes to documents. Problems are
// its own to report: they lose nothing, since an index that is not
// current is rebuilt from the store when next opened.
type IndexSync interface {
	// Removed says a document and its segments were deleted.
	Removed(doc string)
	// Stored says a document was stored with these segments (their
	// Speaker filled in).
	Stored(doc *Document, segs []Segment)
	// Commit is called after the transaction committed; changed lists
	// every document it removed or stored.
	Commit(ctx context.Context, st *Store, changed []string)
	// Abort is called after the transaction rolled back.
	Abort()
}

// IndexAt is the IndexKeeper of a command: it writes the documents a
// transaction stores into the index at Path while the transaction runs, so
// that bleve's work overlaps with parsing and storing, and finishes after
// the commit. An index that was not current before the transaction is
// rebuilt instead. While another process holds the index (the workbench),
// it is left for that process to catch up. Problems are told to Warn
// (which may be nil).
type IndexAt struct {
	Path     string
	Progress Progress
	Warn     func(format string, args ...any)
}

// Begin implements IndexKeeper.
func (k IndexAt) Begin(ctx context.Context, st *Store, prev int64) IndexSync {
	return &indexStream{keeper: k, ctx: ctx, st: st, prev: prev}
}

func (k IndexAt) warn(format string, args ...any) {
	if k.Warn != nil {
		k.Warn(format, args...)
	}
}

// indexStream is an IndexAt following one transaction. It opens the index
// when the first document changes, and indexes in a goroutine of its own.
type indexStream struct {
	keeper IndexAt
	ctx    context.Context
	st     *Store
	prev   int64

	opened      bool
	busy        bool // another process holds the index
	incremental bool // the index was current: write the changes into it
	ix          *Index
	// fresh is a new project's whole index, written beside where it
	// goes (ix is its index) and swapped in at the commit.
	fresh *freshIndex
	jobs  chan indexJob
	done  chan struct{}
	// staged are the keys of each document in the batch not yet written,
	// so that a document removed after it was stored loses them too.
	staged map[string][]string

	mu  sync.Mutex
	err error
}

type indexJob struct {
	remove string // a document to remove, or
	doc    *Document
	segs   []Segment
}

// open opens the index on first use and decides how to keep it.
func (w *indexStream) open() {
	if w.opened {
		return
	}
	w.opened = true
	ix, err := openExisting(w.keeper.Path, w.st, forWriting)
	switch {
	case errors.Is(err, ErrIndexBusy):
		w.busy = true
		return
	case errors.Is(err, os.ErrNotExist) && w.prev == 0:
		// A new project: its first documents are the whole index.
		w.startFresh()
		return
	case err != nil:
		return // missing or damaged: rebuilt at commit
	default:
		have, verr := ix.version()
		if verr != nil || have != w.prev || !ix.currentLayout() {
			ix.Close()
			return
		}
	}
	// Stale until Commit: an interrupted command leaves it to be rebuilt.
	if err := ix.idx.SetInternal([]byte(versionKey), []byte("-1")); err != nil {
		ix.Close()
		return
	}
	w.ix, w.incremental = ix, true
	w.start()
}

func (w *indexStream) start() {
	w.jobs, w.done = make(chan indexJob, 64), make(chan struct{})
	w.staged = map[string][]string{}
	go w.run()
}

// startFresh starts writing a new project's index beside where it will
// go.
func (w *indexStream) startFresh() {
	f, err := startFresh(w.keeper.Path, w.st)
	if err != nil {
		return // rebuilt at commit
	}
	w.fresh, w.ix, w.incremental = f, f.ix, true
	w.start()
}

func (w *indexStream) Removed(doc string) {
	w.open()
	if w.incremental {
		w.jobs <- indexJob{remove: doc}
	}
}

func (w *indexStream) Stored(doc *Document, segs []Segment) {
	w.open()
	if w.incremental {
		w.jobs <- indexJob{doc: doc, segs: segs}
	}
}

func (w *indexStream) run() {
	defer close(w.done)
	bw := newBatcher(w.ix.idx)
	for job := range w.jobs {
		if w.ctx.Err() != nil || w.failed() {
			continue // drain
		}
		if job.remove != "" {
			for _, key := range w.staged[job.remove] {
				bw.b.Delete(key)
			}
			delete(w.staged, job.remove)
			// Its segments written already must be found to be deleted.
			if err := bw.wait(); err != nil {
				w.fail(err)
			} else if err := w.ix.deleteDoc(w.ctx, job.remove, bw.b); err != nil {
				w.fail(err)
			}
			continue
		}
		for i := range job.segs {
			s := &job.segs[i]
			key := SegmentKey(job.doc.ID, s.Seq)
			w.staged[job.doc.ID] = append(w.staged[job.doc.ID], key)
			err := bw.add(key, NewIndexedSegment(job.doc, s))
			if bw.b.Size() == 0 {
				clear(w.staged) // the batch was handed to be written
			}
			if err != nil {
				w.fail(err)
				break
			}
		}
	}
	if w.failed() {
		bw.wait() // nothing is left writing into an index about to close
	} else if err := bw.flush(); err != nil {
		w.fail(err)
	}
}

func (w *indexStream) fail(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
}

func (w *indexStream) failed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err != nil
}

// stop waits for the indexing goroutine to write what it was given.
func (w *indexStream) stop() {
	if w.incremental {
		close(w.jobs)
		<-w.done
	}
}

func (w *indexStream) Commit(ctx context.Context, st *Store, changed []string) {
	w.open()
	w.stop()
	if w.busy {
		w.keeper.warn("the search index is in use (by the workbench, which catches up in a few seconds, or a search); it is brought up to date when next used")
		return
	}
	if w.incremental && w.err == nil {
		if w.err = w.finish(ctx, st); w.err == nil {
			return
		}
	}
	w.closeAll()
	ix, err := rebuildIndex(ctx, w.keeper.Path, st, w.keeper.Progress, forReading)
	if err != nil {
		w.keeper.warn("the search index was not updated (%v); it will be rebuilt when next used", err)
		return
	}
	ix.Close()
}

// finish completes what the transaction wrote: the new project's index is
// sealed and swapped in; an index updated in place records the store's
// version, and is merged into one segment when the updates have left it in
// many (searches slow down with every segment).
func (w *indexStream) finish(ctx context.Context, st *Store) error {
	want, err := st.IndexVersion(ctx)
	if err != nil {
		return err
	}
	if f := w.fresh; f != nil {
		w.fresh = nil
		defer f.discard()
		if err := f.seal(ctx, want); err != nil {
			return err
		}
		return f.install()
	}
	err = w.ix.idx.SetInternal([]byte(versionKey), []byte(formatVersion(want)))
	if err == nil {
		err = w.ix.compactIfFragmented(ctx)
	}
	if cerr := w.ix.Close(); err == nil {
		err = cerr
	}
	return err
}

// closeAll closes what the stream opened, leaving any index it changed
// marked stale.
func (w *indexStream) closeAll() {
	if w.fresh != nil {
		w.fresh.discard()
		w.fresh = nil
	}
	if w.ix != nil {
		w.ix.Close()
	}
}

// Abort leaves an index it changed marked stale, to be rebuilt when next
// used.
func (w *indexStream) Abort() {
	w.stop()
	w.closeAll()
}
