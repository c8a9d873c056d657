package corpus

import (
	"context"
	"fmt"
)

// This file holds what the local web workbench (reports/web, `groundwork
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
// the store, as UpdateIndex does for an index on disk. When the index was
// current at prevVersion (read before the one transaction that made the
// change) only the documents named in changed are re-indexed; otherwise (a
// negative prevVersion, or other processes changed the store meanwhile) the
// whole index is rebuilt beside the open one and swapped in, and ix then
// refers to the new index.
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

// rebuildInPlace closes the open index, rebuilds it from the store and
// reopens it under the same path. If the rebuild fails, the old index is
// reopened so that ix stays usable.
func (ix *Index) rebuildInPlace(ctx context.Context, st *Store) error {
	if err := ix.idx.Close(); err != nil {
		return fmt.Errorf("closing the search index: %w", err)
	}
	fresh, err := RebuildIndex(ctx, ix.path, st, nil)
	if err != nil {
		if old, oerr := openExisting(ix.path); oerr == nil {
			ix.idx = old.idx
		}
		return err
	}
	ix.idx = fresh.idx
	return nil
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
	rows, err := s.rd.QueryContext(ctx, `SELECT doc_id, coder, status, COUNT(*) FROM codings WHERE orphan = 0
		GROUP BY doc_id, coder, status ORDER BY doc_id, coder, status`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DocumentCodingCount
	for rows.Next() {
		var c DocumentCodingCount
		if err := rows.Scan(&c.DocID, &c.Coder, &c.Status, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
