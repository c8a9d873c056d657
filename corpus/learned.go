package corpus

import (
	"context"
	"fmt"
)

// LearnedModel is what the learned suggester keeps of one code's model.
// The corpus does not read Model or Report: they are the suggester's.
type LearnedModel struct {
	Code         string
	ExamplesHash string
	Report       []byte
	Model        []byte
	TrainedAt    string
}

// LearnedModels returns the stored models, by code.
func (s *Store) LearnedModels(ctx context.Context) (map[string]*LearnedModel, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT code, examples_hash, report, model, trained_at FROM learned_models`)
	if err != nil {
		return nil, fmt.Errorf("reading the learned models: %w", err)
	}
	defer rows.Close()
	out := map[string]*LearnedModel{}
	for rows.Next() {
		m := &LearnedModel{}
		if err := rows.Scan(&m.Code, &m.ExamplesHash, &m.Report, &m.Model, &m.TrainedAt); err != nil {
			return nil, err
		}
		out[m.Code] = m
	}
	return out, rows.Err()
}

// SetLearnedModel stores a code's model (replacing the one before).
func (tx *Tx) SetLearnedModel(m *LearnedModel) error {
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO learned_models (code, examples_hash, report, model, trained_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET examples_hash = excluded.examples_hash,
		report = excluded.report, model = excluded.model, trained_at = excluded.trained_at`,
		m.Code, m.ExamplesHash, m.Report, m.Model, now())
	return err
}

// DeleteLearnedModel forgets a code's model.
func (tx *Tx) DeleteLearnedModel(code string) error {
	_, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM learned_models WHERE code = ?`, code)
	return err
}

// ForgetLearnedFeatures forgets the words the learned models were
// explained by (their strongest features, stems of the transcripts'
// words): redaction calls it, since the words may include names it
// replaced. The models' figures stay; the next `code learn` trains them
// again, the documents having changed.
func (tx *Tx) ForgetLearnedFeatures() error {
	_, err := tx.tx.ExecContext(tx.ctx, `UPDATE learned_models SET model = '[]'`)
	return err
}
