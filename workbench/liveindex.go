package workbench

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/groundwork-qda/groundwork/corpus"
)

// LiveIndex is the search index the workbench holds open for as long as it
// runs (bleve lets one process open an index at a time). It is the store's
// IndexKeeper, so the workbench's own transactions keep it up to date, and
// Refresh catches it up with what commands in other processes changed.
type LiveIndex struct {
	mu sync.RWMutex // searches read the index; updates may replace it
	ix *corpus.Index
}

// errNoIndex is returned before Hold.
var errNoIndex = errors.New("the workbench holds no search index")

// Hold makes l serve ix; l closes it.
func (l *LiveIndex) Hold(ix *corpus.Index) {
	l.mu.Lock()
	l.ix = ix
	l.mu.Unlock()
}

// Close closes the index held.
func (l *LiveIndex) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ix == nil {
		return nil
	}
	return l.ix.Close()
}

// read runs fn with the index, shared with other readers.
func (l *LiveIndex) read(fn func(ix *corpus.Index) error) error {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.ix == nil {
		return errNoIndex
	}
	return fn(l.ix)
}

// update runs fn with the index alone; the caller holds the store's
// writer lock (lock order: writer lock, then l.mu).
func (l *LiveIndex) update(fn func(ix *corpus.Index) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ix == nil {
		return errNoIndex
	}
	return fn(l.ix)
}

// Begin implements corpus.IndexKeeper.
func (l *LiveIndex) Begin(ctx context.Context, st *corpus.Store, prev int64) corpus.IndexSync {
	return &liveSync{l: l, prev: prev}
}

// liveSync re-indexes, after the commit, the documents a transaction of
// the workbench changed.
type liveSync struct {
	l    *LiveIndex
	prev int64
}

func (*liveSync) Removed(string)                            {}
func (*liveSync) Stored(*corpus.Document, []corpus.Segment) {}
func (*liveSync) Abort()                                    {}

func (s *liveSync) Commit(ctx context.Context, st *corpus.Store, changed []string) {
	// The store has changed: finish even if the browser went away, so the
	// index does not stay half-updated (an unfinished one is rebuilt).
	uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Minute)
	defer cancel()
	s.l.update(func(ix *corpus.Index) error { return ix.Update(uctx, st, s.prev, changed) })
}

// Refresh rebuilds the index when another process changed the store (a
// command cannot update an index the workbench holds).
func (l *LiveIndex) Refresh(ctx context.Context, st *corpus.Store) error {
	fresh := false
	err := l.read(func(ix *corpus.Index) error {
		var err error
		fresh, err = ix.Fresh(ctx, st)
		return err
	})
	if err != nil || fresh {
		return err
	}
	return st.Locked(ctx, func() error {
		return l.update(func(ix *corpus.Index) error { return ix.Update(ctx, st, -1, nil) })
	})
}
