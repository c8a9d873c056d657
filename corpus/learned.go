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

// RenameLearnedModel files the model of code from under code to (a code
// renamed), unless to has one of its own.
func (tx *Tx) RenameLearnedModel(from, to string) error {
	_, err := tx.tx.ExecContext(tx.ctx, `UPDATE learned_models SET code = ? WHERE code = ? AND NOT EXISTS (SELECT 1 FROM learned_models WHERE code = ?)`, to, from, to)
	if err != nil {
		return fmt.Errorf("renaming the learned model of %s: %w", from, err)
	}
	return nil
}

// DeleteLearnedModel forgets a code's model.
func (tx *Tx) DeleteLearnedModel(code string) error {
	_, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM learned_models WHERE code = ?`, code)
	return err
}

// ForgetLearnedFeatures forgets the words the learned models were
// explained by (their strongest features, stems of the transcripts'
// words) and its readings of the documents: redaction calls it, since the words may include names it
// replaced. The models' figures stay; the next `code learn` trains them
// again, the documents having changed.
func (tx *Tx) ForgetLearnedFeatures() error {
	for _, q := range []string{`UPDATE learned_models SET model = '[]'`, `DELETE FROM learned_readings`, `DELETE FROM learned_terms`} {
		if _, err := tx.tx.ExecContext(tx.ctx, q); err != nil {
			return fmt.Errorf("forgetting the learned suggester's features: %w", err)
		}
	}
	return nil
}

// LearnedReading is the learned suggester's reading of one document at one
// revision. The corpus does not read Segments: it is the suggester's.
type LearnedReading struct {
	DocID    string
	Revision int64
	Reader   string
	Segments []byte
}

// LearnedTerms returns the terms the stored readings are numbered by, in
// order of their numbers.
func (s *Store) LearnedTerms(ctx context.Context) ([]string, error) {
	terms, err := queryList(ctx, s.rd, scanString, `SELECT term FROM learned_terms ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("reading the learned suggester's terms: %w", err)
	}
	return terms, nil
}

// EachLearnedReading calls fn with every stored reading.
func (s *Store) EachLearnedReading(ctx context.Context, fn func(*LearnedReading) error) error {
	err := eachRow(ctx, s.rd, func(sc scanner) error {
		r := &LearnedReading{}
		if err := sc.Scan(&r.DocID, &r.Revision, &r.Reader, &r.Segments); err != nil {
			return err
		}
		return fn(r)
	}, `SELECT doc_id, revision, reader, segments FROM learned_readings`)
	if err != nil {
		return fmt.Errorf("reading the learned suggester's readings: %w", err)
	}
	return nil
}

// AddLearnedTerms numbers new terms from first on (the count of the terms
// stored: numbers are dense).
func (tx *Tx) AddLearnedTerms(first int, terms []string) error {
	st, err := tx.tx.PrepareContext(tx.ctx, `INSERT INTO learned_terms (id, term) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for i, t := range terms {
		if _, err := st.ExecContext(tx.ctx, first+i, t); err != nil {
			return fmt.Errorf("storing the learned suggester's terms: %w", err)
		}
	}
	return nil
}

// SetLearnedReading stores a document's reading (replacing the one before).
func (tx *Tx) SetLearnedReading(r *LearnedReading) error {
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO learned_readings (doc_id, revision, reader, segments)
		VALUES (?, ?, ?, ?) ON CONFLICT(doc_id) DO UPDATE SET revision = excluded.revision,
		reader = excluded.reader, segments = excluded.segments`, r.DocID, r.Revision, r.Reader, r.Segments)
	if err != nil {
		return fmt.Errorf("storing the learned suggester's reading of %s: %w", r.DocID, err)
	}
	return nil
}
