package corpus

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
)

// UndoOptions says which events to undo or redo.
type UndoOptions struct {
	// Last is how many events (default 1): the most recent ones (for
	// redo, the most recently undone).
	Last int
	// Actor limits them to one coder's or person's events.
	Actor string
	// By is who undoes (or redoes) them.
	By string
	// DryRun says what would happen without changing anything.
	DryRun bool
}

// ErrNothingToUndo and ErrNothingToRedo are returned when no event
// matches.
var (
	ErrNothingToUndo = errors.New("nothing to undo")
	ErrNothingToRedo = errors.New("nothing to redo")
)

// ConflictError says an event cannot be undone (or redone) because what
// it changed has been changed since.
type ConflictError struct {
	Event Event
	What  string // the coding, memo or file
	Since *Event // the later event that changed it, if the history knows
	Redo  bool
}

func (e *ConflictError) Error() string {
	verb := "undone"
	if e.Redo {
		verb = "redone"
	}
	msg := fmt.Sprintf("event %d (%s by %s: %s) cannot be %s: %s was changed after it", e.Event.ID, e.Event.Action, e.Event.Actor, e.Event.Summary, verb, e.What)
	if e.Since != nil {
		msg += fmt.Sprintf(" by %s (event %d, %s: %s); undo that first, or change it by hand", e.Since.Actor, e.Since.ID, e.Since.Action, e.Since.Summary)
	} else {
		msg += " (by a command that keeps no history, such as code auto, or by hand); change it by hand"
	}
	return msg + ". Nothing was changed."
}

// Undo reverses the most recent events (see UndoOptions), newest first, in
// one transaction: each coding, memo, rule state and file goes back to
// what it was before, provided nobody changed it since; otherwise nothing
// is changed and a *ConflictError says who did. It returns the events
// undone.
func (s *Store) Undo(ctx context.Context, opts UndoOptions) ([]Event, error) {
	return s.replay(ctx, opts, false)
}

// Redo applies again the most recently undone events, provided what they
// changed is as the undo left it.
func (s *Store) Redo(ctx context.Context, opts UndoOptions) ([]Event, error) {
	return s.replay(ctx, opts, true)
}

func (s *Store) replay(ctx context.Context, opts UndoOptions, redo bool) ([]Event, error) {
	if opts.Last <= 0 {
		opts.Last = 1
	}
	var done []Event
	err := s.Tx(ctx, func(tx *Tx) error {
		events, err := tx.replayable(opts, redo)
		if err != nil {
			return err
		}
		for _, e := range events {
			if err := tx.replayEvent(e, redo); err != nil {
				return err
			}
			if err := tx.markUndone(e.ID, opts.By, redo); err != nil {
				return err
			}
			done = append(done, e)
		}
		if opts.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	return done, err
}

// errDryRun rolls back a dry run's transaction.
var errDryRun = errors.New("dry run")

// replayable picks the events to undo (newest first) or redo (most
// recently undone first), reading no more of them than it needs.
func (tx *Tx) replayable(opts UndoOptions, redo bool) ([]Event, error) {
	var events []Event
	var err error
	if redo {
		events, err = tx.toRedo(opts)
	} else {
		events, err = history(tx.ctx, tx.tx, HistoryFilter{Actor: opts.Actor, Limit: opts.Last}, ` AND undoable = 1 AND undone_at IS NULL`)
	}
	if err != nil {
		return nil, err
	}
	if len(events) == 0 {
		if redo {
			return nil, ErrNothingToRedo
		}
		return nil, ErrNothingToUndo
	}
	return events, nil
}

// toRedo returns the last opts.Last undone events, most recently undone
// first; an undo of several undid them newest first, so redo takes them
// oldest first within one undo. The order is worked out on the brief
// events, and only those redone are read whole.
func (tx *Tx) toRedo(opts UndoOptions) ([]Event, error) {
	const undone = ` AND undoable = 1 AND undone_at IS NOT NULL`
	brief, err := history(tx.ctx, tx.tx, HistoryFilter{Actor: opts.Actor, brief: true}, undone)
	if err != nil || len(brief) == 0 {
		return nil, err
	}
	sortByUndone(brief)
	if len(brief) > opts.Last {
		brief = brief[:opts.Last]
	}
	out := make([]Event, 0, len(brief))
	for _, b := range brief {
		whole, err := history(tx.ctx, tx.tx, HistoryFilter{}, fmt.Sprintf(` AND id = %d`, b.ID))
		if err != nil {
			return nil, err
		}
		out = append(out, whole...)
	}
	return out, nil
}

func sortByUndone(events []Event) {
	slices.SortFunc(events, func(a, b Event) int {
		if c := b.UndoneAt.Compare(*a.UndoneAt); c != 0 {
			return c // most recently undone first
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

func (tx *Tx) markUndone(id int64, by string, redo bool) error {
	var err error
	if redo {
		_, err = tx.tx.ExecContext(tx.ctx, `UPDATE events SET undone_at = NULL, undone_by = NULL WHERE id = ?`, id)
	} else {
		_, err = tx.tx.ExecContext(tx.ctx, `UPDATE events SET undone_at = ?, undone_by = ? WHERE id = ?`,
			time.Now().UTC().Format(time.RFC3339Nano), by, id)
	}
	return err
}

// replayEvent puts every change of e back to before (undo) or after
// (redo), last change first for an undo. An event recorded before changes
// had their own table holds them in its JSON; later ones in event_changes.
func (tx *Tx) replayEvent(e Event, redo bool) error {
	replay := func(c change) error {
		want, to := c.After, c.Before
		if redo {
			want, to = c.Before, c.After
		}
		return tx.replayChange(e, c, want, to, redo)
	}
	n := len(e.changes)
	for k := range n {
		i := n - 1 - k
		if redo {
			i = k
		}
		if err := replay(e.changes[i]); err != nil {
			return err
		}
	}
	return tx.eachChange(e.ID, !redo, replay)
}

// replayRow checks that row id, read now, is still as want says (but for
// its field ignore, which any write changes), then makes it as to says.
func replayRow[T any](read func(int64) (*T, error), put func(int64, json.RawMessage) error,
	id int64, want, to json.RawMessage, ignore string, conflict func() error) error {
	cur, err := read(id)
	if err != nil {
		return err
	}
	if !sameJSON(marshal(cur), want, ignore) {
		return conflict()
	}
	return put(id, to)
}

// replayChange checks that what c changed is still as want says, then
// makes it as to says.
func (tx *Tx) replayChange(e Event, c change, want, to json.RawMessage, redo bool) error {
	conflict := func(what string) error {
		since, _ := tx.changedSince(e.ID, c)
		return &ConflictError{Event: e, What: what, Since: since, Redo: redo}
	}
	switch c.Kind {
	case kindCoding:
		if len(want) == 0 && len(to) > 0 {
			if err := tx.notCodedAgain(e, c, to, redo); err != nil {
				return err
			}
		}
		return replayRow(tx.codingRow, tx.putCoding, c.ID, want, to, "updated", func() error {
			return conflict(fmt.Sprintf("coding %d", c.ID))
		})
	case kindMemo:
		return replayRow(tx.memoRow, tx.putMemo, c.ID, want, to, "", func() error {
			return conflict(fmt.Sprintf("memo %d", c.ID))
		})
	case kindRuleHash:
		return tx.putRuleHash(c.Key, to)
	case kindFile:
		cur, err := tx.readFile(c.Key)
		var have *fileRow
		if err == nil {
			have = &fileRow{Text: string(cur)}
		}
		if !sameJSON(marshal(have), want, "") {
			return conflict(c.Key)
		}
		var f fileRow
		if len(to) == 0 {
			return fmt.Errorf("undoing event %d would delete %s; that is not supported", e.ID, c.Key)
		}
		if err := json.Unmarshal(to, &f); err != nil {
			return err
		}
		return tx.stageFile(c.Key, []byte(f.Text))
	}
	return fmt.Errorf("event %d: unknown change %q", e.ID, c.Kind)
}

// notCodedAgain refuses to bring back a coding (undoing its deletion,
// redoing its insertion) when the same coder has coded the same passage
// with the same code again since, under another id: an import undone,
// imported again and redone would otherwise hold every coding twice. Ids
// only grow (AUTOINCREMENT), so a coding of a larger id came after this
// one; one of a smaller id was there beside it before, as it is again.
func (tx *Tx) notCodedAgain(e Event, c change, to json.RawMessage, redo bool) error {
	var r codingRow
	if err := json.Unmarshal(to, &r); err != nil {
		return fmt.Errorf("event %d: reading coding %d: %w", e.ID, c.ID, err)
	}
	var other int64
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT id FROM codings WHERE doc_id = ? AND start = ? AND end = ? AND code = ? AND coder = ? AND id > ? LIMIT 1`,
		r.DocID, r.Start, r.End, r.Code, r.Coder, c.ID).Scan(&other)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("event %d: looking for coding %d's passage: %w", e.ID, c.ID, err)
	}
	since, _ := tx.changedSince(e.ID, change{Kind: kindCoding, ID: other})
	what := fmt.Sprintf("coding %d (%s of %s [%d,%d) by %s), coded again as coding %d,", c.ID, r.Code, r.DocID, r.Start, r.End, r.Coder, other)
	return &ConflictError{Event: e, What: what, Since: since, Redo: redo}
}

// sameJSON compares two rows, ignoring the field skip (a time that a
// re-insert cannot reproduce exactly is still compared by rev).
func sameJSON(a, b json.RawMessage, skip string) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	var ma, mb map[string]any
	if json.Unmarshal(a, &ma) != nil || json.Unmarshal(b, &mb) != nil {
		return bytes.Equal(a, b)
	}
	if skip != "" {
		delete(ma, skip)
		delete(mb, skip)
	}
	ja, _ := json.Marshal(ma)
	jb, _ := json.Marshal(mb)
	return bytes.Equal(ja, jb)
}

// putRow makes a row exactly as raw says: absent (raw is empty) by
// deleteQuery on key, present by upsert; the kinds of row differ only in
// their SQL.
func putRow[T any](tx *Tx, raw json.RawMessage, deleteQuery string, key any, upsert func(*T) error) error {
	if len(raw) == 0 {
		_, err := tx.tx.ExecContext(tx.ctx, deleteQuery, key)
		return err
	}
	var r T
	if err := json.Unmarshal(raw, &r); err != nil {
		return err
	}
	return upsert(&r)
}

// putCoding makes coding id exactly row (nil: absent).
func (tx *Tx) putCoding(id int64, row json.RawMessage) error {
	return putRow(tx, row, `DELETE FROM codings WHERE id = ?`, id, func(r *codingRow) error {
		_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO codings (id, doc_id, start, end, code, coder, origin, status, rule,
		evidence, quote, orphan, created_at, updated_at, suggested_by, confidence, rev)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET doc_id = excluded.doc_id, start = excluded.start, end = excluded.end,
		code = excluded.code, coder = excluded.coder, origin = excluded.origin, status = excluded.status,
		rule = excluded.rule, evidence = excluded.evidence, quote = excluded.quote, orphan = excluded.orphan,
		created_at = excluded.created_at, updated_at = excluded.updated_at, suggested_by = excluded.suggested_by,
		confidence = excluded.confidence, rev = excluded.rev`,
			r.ID, r.DocID, r.Start, r.End, r.Code, r.Coder, r.Origin, r.Status, r.Rule, r.Evidence, r.Quote, r.Orphan,
			r.CreatedAt, r.UpdatedAt, r.SuggestedBy, r.Confidence, r.Rev)
		return err
	})
}

func (tx *Tx) putMemo(id int64, row json.RawMessage) error {
	return putRow(tx, row, `DELETE FROM memos WHERE id = ?`, id, func(m *memoRow) error {
		_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO memos (id, target_kind, target, text, author, created_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET target_kind = excluded.target_kind,
		target = excluded.target, text = excluded.text, author = excluded.author, created_at = excluded.created_at`,
			m.ID, m.TargetKind, m.Target, m.Text, m.Author, m.CreatedAt)
		return err
	})
}

func (tx *Tx) putRuleHash(code string, row json.RawMessage) error {
	return putRow(tx, row, `DELETE FROM rule_state WHERE code = ?`, code, func(r *ruleHashRow) error {
		_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO rule_state (code, rules_hash, applied_at) VALUES (?, ?, ?)
		ON CONFLICT(code) DO UPDATE SET rules_hash = excluded.rules_hash`, code, r.Hash, now())
		return err
	})
}

// changedSince finds the first event after id that changed what c changed.
func (tx *Tx) changedSince(id int64, c change) (*Event, error) {
	later, err := history(tx.ctx, tx.tx, HistoryFilter{}, fmt.Sprintf(` AND id > %d AND undone_at IS NULL`, id))
	if err != nil {
		return nil, err
	}
	for i := len(later) - 1; i >= 0; i-- {
		for _, lc := range later[i].changes {
			if lc.Kind == c.Kind && lc.ID == c.ID && lc.Key == c.Key {
				return &later[i], nil
			}
		}
	}
	var first sql.NullInt64
	err = tx.tx.QueryRowContext(tx.ctx, `SELECT MIN(c.event_id) FROM event_changes c JOIN events e ON e.id = c.event_id
		WHERE c.kind = ? AND c.row_id = ? AND c.key = ? AND c.event_id > ? AND e.undone_at IS NULL`, c.Kind, c.ID, c.Key, id).Scan(&first)
	if err != nil || !first.Valid {
		return nil, err
	}
	for i := range later {
		if later[i].ID == first.Int64 {
			return &later[i], nil
		}
	}
	return nil, nil
}
