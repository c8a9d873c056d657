package corpus

import (
	"context"
	"errors"
	"fmt"
)

// This file holds what the local web workbench (package workbench, `groundwork
// serve`) needs from the corpus: keeping an index it holds open up to date,
// and coding counts per document.

// Fresh reports whether the open index was built from the store's current
// version.
func (ix *Index) Fresh(ctx context.Context, st *Store) (bool, error) {
	want, err := st.IndexVersion(ctx)
	if err != nil {
		return false, err
	}
	have, verr := ix.version()
	return verr == nil && have == want, nil
}

// Update brings an index that is already open up to date after a change to
// the store, as the keeper of a command does for an index on disk; the
// caller holds the writer lock (see Store.Locked).
// When the index was current at prevVersion (read before the one
// transaction that made the change) only the documents named in changed
// are re-indexed; otherwise (a negative prevVersion, or other processes
// changed the store meanwhile) a whole new index is built beside the open
// one and swapped in, and ix then refers to it.
//
// The caller must make sure nothing else uses ix while Update runs.
func (ix *Index) Update(ctx context.Context, st *Store, prevVersion int64, changed []string) error {
	want, err := st.IndexVersion(ctx)
	if err != nil {
		return err
	}
	have, verr := ix.version()
	if verr == nil && have == want {
		return nil
	}
	// A transaction bumps the version by exactly one: anything more means
	// another process wrote too, and its changes are not in changed.
	if verr == nil && prevVersion >= 0 && have == prevVersion && want == prevVersion+1 {
		return ix.reindex(ctx, st, want, changed, nil)
	}
	return ix.rebuildInPlace(ctx, st)
}

// rebuildInPlace builds a new index beside the open one, then closes the
// open one, swaps the new one in and opens it. If the new one cannot be
// opened (a command may hold it for a moment), ix is left closed: its
// methods then return an error and the next Update rebuilds again. The
// caller holds the writer lock.
func (ix *Index) rebuildInPlace(ctx context.Context, st *Store) error {
	fresh, err := buildFresh(ctx, ix.path, st, nil)
	if err != nil {
		return err
	}
	defer fresh.discard()
	if err := ix.Close(); err != nil {
		return fmt.Errorf("closing the search index: %w", err)
	}
	if err := fresh.install(); err != nil {
		ix.reopen(st)
		return err
	}
	return ix.reopen(st)
}

// reopen opens the index at ix's path again, trying for a few seconds
// while another process has it open.
func (ix *Index) reopen(st *Store) error {
	var err error
	for range 3 {
		var opened *Index
		if opened, err = openExisting(ix.path, st, forWriting); err == nil {
			ix.idx = opened.idx
			return nil
		}
		if !errors.Is(err, ErrIndexBusy) {
			break
		}
	}
	return fmt.Errorf("reopening the search index: %w", err)
}

// DocumentCodingCount counts the codings of one document by one coder with
// one status.
type DocumentCodingCount struct {
	DocID  string `json:"document"`
	Coder  string `json:"coder"`
	Status string `json:"status"`
	Count  int    `json:"count"`
}

// CodingCountsByDocument counts the codings (orphans left out) of every
// document by coder and status, ordered by document, coder and status.
func (s *Store) CodingCountsByDocument(ctx context.Context) ([]DocumentCodingCount, error) {
	return queryList(ctx, s.rd, func(sc scanner) (DocumentCodingCount, error) {
		var c DocumentCodingCount
		err := sc.Scan(&c.DocID, &c.Coder, &c.Status, &c.Count)
		return c, err
	}, `SELECT doc_id, coder, status, COUNT(*) FROM codings WHERE orphan = 0
		GROUP BY doc_id, coder, status ORDER BY doc_id, coder, status`)
}
