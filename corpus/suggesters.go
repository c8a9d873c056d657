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
