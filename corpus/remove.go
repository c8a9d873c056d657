package corpus

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Removing documents: a transcript ingested by mistake, or a participant
// who withdrew consent, is taken out of the project with everything
// attached to it.

// RemoveOptions says how RemoveDocuments removes.
type RemoveOptions struct {
	// By is who removes them, for the history.
	By string
	// WithCodings removes documents people coded or wrote memos on, with
	// those codings and memos; without it such documents are refused.
	WithCodings bool
	// DryRun says what would be removed, changing nothing.
	DryRun bool
}

// Removal is what removing documents took out (or would, on a dry run).
type Removal struct {
	Documents []string `json:"documents"`
	// PeoplesCodings are codings people made or accepted; Suggestions
	// are the suggesters' (pending or rejected).
	PeoplesCodings int `json:"peoples_codings"`
	Suggestions    int `json:"suggestions"`
	// Memos are memos on the documents and on their codings.
	Memos int `json:"memos"`
	// Sealed counts earlier changes to their codings that can no longer be
	// undone.
	Sealed int  `json:"sealed"`
	DryRun bool `json:"dry_run"`
}

// ActionRemoveDocuments is the history's action of a removal.
const ActionRemoveDocuments = "remove documents"

// CodedDocumentsError refuses to remove documents that hold people's work
// without RemoveOptions.WithCodings.
type CodedDocumentsError struct {
	Removal *Removal
}

func (e *CodedDocumentsError) Error() string {
	r := e.Removal
	what := []string{}
	if r.PeoplesCodings > 0 {
		what = append(what, fmt.Sprintf("%d %s people made", r.PeoplesCodings, pluralOf(r.PeoplesCodings, "coding")))
	}
	if r.Memos > 0 {
		what = append(what, fmt.Sprintf("%d %s", r.Memos, pluralOf(r.Memos, "memo")))
	}
	return fmt.Sprintf("%s hold %s, which removing them would delete: add --with-codings to remove those too, or keep the documents",
		strings.Join(r.Documents, ", "), strings.Join(what, " and "))
}

// pluralOf is noun for one, nouns otherwise.
func pluralOf(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}

// RemoveDocuments removes documents, their turns, segments, codings and
// memos in one transaction, and the search index follows; the history
// records it (it cannot be undone), and earlier changes to their codings,
// which could no longer be undone sensibly, are sealed. Unknown ids are
// refused before anything changes.
func (s *Store) RemoveDocuments(ctx context.Context, ids []string, opts RemoveOptions) (*Removal, error) {
	var unknown []string
	for _, id := range ids {
		if _, err := s.Document(ctx, id); errors.Is(err, ErrNotFound) {
			unknown = append(unknown, id)
		} else if err != nil {
			return nil, err
		}
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("no document %s in this project (`groundwork status --json` lists them)", strings.Join(unknown, ", "))
	}
	r := &Removal{Documents: ids, DryRun: opts.DryRun}
	err := s.Tx(ctx, func(tx *Tx) error {
		if err := tx.countAttached(ids, r); err != nil {
			return err
		}
		if !opts.WithCodings && (r.PeoplesCodings > 0 || r.Memos > 0) {
			return &CodedDocumentsError{Removal: r}
		}
		if opts.DryRun {
			return errDryRun
		}
		tx.Note(opts.By, ActionRemoveDocuments, fmt.Sprintf("removed %s (%d codings, %d memos)", strings.Join(ids, ", "), r.PeoplesCodings+r.Suggestions, r.Memos))
		sealed, err := tx.SealHistory(ids)
		if err != nil {
			return err
		}
		r.Sealed = sealed
		for _, id := range ids {
			if err := tx.removeAttached(id); err != nil {
				return err
			}
			if err := tx.DeleteDocument(id); err != nil {
				return err
			}
		}
		return tx.ForgetGoneDocuments()
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}

// countAttached counts the codings and memos of the documents ids.
func (tx *Tx) countAttached(ids []string, r *Removal) error {
	for _, id := range ids {
		var people, suggestions, memos int
		err := tx.tx.QueryRowContext(tx.ctx, `SELECT
			COALESCE(SUM(coder NOT IN (?, ?)), 0), COALESCE(SUM(coder IN (?, ?)), 0)
			FROM codings WHERE doc_id = ?`, AutoCoder, LearnedCoder, AutoCoder, LearnedCoder, id).Scan(&people, &suggestions)
		if err != nil {
			return fmt.Errorf("counting the codings of %s: %w", id, err)
		}
		err = tx.tx.QueryRowContext(tx.ctx, `SELECT COUNT(*) FROM memos WHERE target_kind = 'document' AND target = ?
			OR target_kind = 'coding' AND target IN (SELECT CAST(id AS TEXT) FROM codings WHERE doc_id = ?)`, id, id).Scan(&memos)
		if err != nil {
			return fmt.Errorf("counting the memos of %s: %w", id, err)
		}
		r.PeoplesCodings += people
		r.Suggestions += suggestions
		r.Memos += memos
	}
	return nil
}

// removeAttached deletes a document's memos, its codings' memos and its
// codings.
func (tx *Tx) removeAttached(id string) error {
	if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM memos WHERE target_kind = 'document' AND target = ?
		OR target_kind = 'coding' AND target IN (SELECT CAST(id AS TEXT) FROM codings WHERE doc_id = ?)`, id, id); err != nil {
		return fmt.Errorf("removing the memos of %s: %w", id, err)
	}
	if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM codings WHERE doc_id = ?`, id); err != nil {
		return fmt.Errorf("removing the codings of %s: %w", id, err)
	}
	return nil
}
