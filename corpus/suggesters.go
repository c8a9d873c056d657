package corpus

import (
	"context"
	"fmt"
)

// A suggester (the rules' auto-coder, the learned model) records which
// revision of each document it last coded, so that a run codes only the
// documents stored or changed since.

// SuggesterRevisions returns, per document, the revision suggester last
// coded.
func (s *Store) SuggesterRevisions(ctx context.Context, suggester string) (map[string]int64, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT doc_id, revision FROM suggester_docs WHERE suggester = ?`, suggester)
	if err != nil {
		return nil, fmt.Errorf("reading what %s coded: %w", suggester, err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var doc string
		var rev int64
		if err := rows.Scan(&doc, &rev); err != nil {
			return nil, err
		}
		out[doc] = rev
	}
	return out, rows.Err()
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
