package corpus

import (
	"context"
	"database/sql"
	"fmt"
	"iter"
)

// A suggester (the rules' auto-coder, the learned model) records which
// revision of each document it last coded, so that a run codes only the
// documents stored or changed since.

// SuggesterRevisions returns, per document, the revision suggester last
// coded.
func (s *Store) SuggesterRevisions(ctx context.Context, suggester string) (map[string]int64, error) {
	revs, err := queryMap[string, int64](ctx, s.rd, `SELECT doc_id, revision FROM suggester_docs WHERE suggester = ?`, suggester)
	if err != nil {
		return nil, fmt.Errorf("reading what %s coded: %w", suggester, err)
	}
	return revs, nil
}

// SetSuggesterRevision records that suggester coded revision rev of doc.
func (tx *Tx) SetSuggesterRevision(suggester, doc string, rev int64) error {
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO suggester_docs (suggester, doc_id, revision) VALUES (?, ?, ?)
		ON CONFLICT(suggester, doc_id) DO UPDATE SET revision = excluded.revision`, suggester, doc, rev)
	return err
}

// ForgetGoneDocuments drops what suggesters recorded of documents no
// longer in the store.
func (tx *Tx) ForgetGoneDocuments() error {
	_, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM suggester_docs WHERE doc_id NOT IN (SELECT id FROM documents)`)
	return err
}

// DocumentStamp is what a suggester's run needs to know of a document
// without reading it.
type DocumentStamp struct {
	ID       string
	Revision int64
	Role     string
	// Suggested is the revision the suggester last coded (0: never).
	Suggested int64
}

// DocumentStamps yields every document's stamp for suggester, in
// ingestion order (the order of EachSegment), streaming rows: a run over
// 100,000 interviews holds one stamp at a time.
func (s *Store) DocumentStamps(ctx context.Context, suggester string) iter.Seq2[*DocumentStamp, error] {
	return func(yield func(*DocumentStamp, error) bool) {
		rows, err := s.rd.QueryContext(ctx, `SELECT d.id, d.revision, COALESCE(a.value, ''), COALESCE(g.revision, 0)
			FROM documents d LEFT JOIN attributes a ON a.doc_id = d.id AND a.name = 'role'
			LEFT JOIN suggester_docs g ON g.doc_id = d.id AND g.suggester = ?
			ORDER BY d.seq`, suggester)
		if err != nil {
			yield(nil, err)
			return
		}
		defer rows.Close()
		in := interner{}
		var role sql.RawBytes
		for rows.Next() {
			var d DocumentStamp
			if err := rows.Scan(&d.ID, &d.Revision, &role, &d.Suggested); err != nil {
				yield(nil, err)
				return
			}
			d.Role = in.get(role)
			if !yield(&d, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(nil, err)
		}
	}
}

// DocumentsToSuggest counts the documents stored or changed since
// suggester last coded them, and lists them when there are at most most.
func (s *Store) DocumentsToSuggest(ctx context.Context, suggester string, most int) (int, []string, error) {
	const changed = `FROM documents d LEFT JOIN suggester_docs g ON g.doc_id = d.id AND g.suggester = ?
		WHERE g.revision IS NULL OR g.revision != d.revision`
	var n int
	if err := s.rd.QueryRowContext(ctx, `SELECT COUNT(*) `+changed, suggester).Scan(&n); err != nil {
		return 0, nil, fmt.Errorf("counting what %s has not coded: %w", suggester, err)
	}
	if n == 0 || n > most {
		return n, nil, nil
	}
	ids, err := queryList(ctx, s.rd, scanString, `SELECT d.id `+changed+` ORDER BY d.seq`, suggester)
	return n, ids, err
}
