package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"time"
)

// The history: every change people make to codings, their statuses, memos
// and the codebook is one event in the store, recording who, when, what,
// and each row (or file) before and after, so that it can be undone and
// redone. A transaction records an event when Tx.Record is called in it;
// the machine's runs (code auto) are recorded as events that cannot be
// undone (their suggestions are made again by running them again).

// Kinds of change an event records.
const (
	kindCoding   = "coding"
	kindMemo     = "memo"
	kindRuleHash = "rule_state"
	kindFile     = "file"
)

// change is one row or file before and after an event (nil: absent).
type change struct {
	Kind   string          `json:"kind"`
	ID     int64           `json:"id,omitempty"`
	Key    string          `json:"key,omitempty"` // a rule_state code, a file's path in the project
	Before json.RawMessage `json:"before,omitempty"`
	After  json.RawMessage `json:"after,omitempty"`
}

// event is an event being recorded by a transaction. Its row is written
// with its first change, and each change as it is made (event_changes):
// what an event changed is never all held in memory.
type event struct {
	actor, action, summary string
	undoable               bool
	codes                  map[string]bool
	id                     int64     // the event's row, once written
	n                      int       // the changes written
	insert                 *sql.Stmt // writes a change
}

// Record makes the transaction one event of the history, by actor (the
// coder or person), of action (e.g. "code", "accept", "codebook rename"),
// described by summary. Every change to codings, memos, rule states and
// files (Tx.WriteFile) in the transaction is recorded, so that the event
// can be undone.
func (tx *Tx) Record(actor, action, summary string) {
	tx.event = &event{actor: actor, action: action, summary: summary, undoable: true, codes: map[string]bool{}}
}

// Note records the transaction as an event of the history that cannot be
// undone (a machine's run), without its changes.
func (tx *Tx) Note(actor, action, summary string) {
	tx.event = &event{actor: actor, action: action, summary: summary, codes: map[string]bool{}}
}

// Summarise replaces the summary of the event being recorded (once its
// size is known).
func (tx *Tx) Summarise(summary string) {
	if tx.event != nil {
		tx.event.summary = summary
	}
}

func (tx *Tx) recordChange(c change) error {
	if !tx.recording() {
		return nil
	}
	e := tx.event
	if e.id == 0 {
		res, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO events (at, actor, action, summary, codes, changes, undoable)
			VALUES (?, ?, ?, ?, '', '[]', 1)`, time.Now().UTC().Format(time.RFC3339Nano), e.actor, e.action, e.summary)
		if err != nil {
			return fmt.Errorf("recording the change in the history: %w", err)
		}
		if e.id, err = res.LastInsertId(); err != nil {
			return err
		}
		if e.insert, err = tx.tx.PrepareContext(tx.ctx, `INSERT INTO event_changes
			(event_id, seq, kind, row_id, key, doc_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`); err != nil {
			return err
		}
	}
	doc := ""
	for _, raw := range []json.RawMessage{c.Before, c.After} {
		var row struct {
			Code  string
			DocID string `json:"doc"`
		}
		if len(raw) > 0 && json.Unmarshal(raw, &row) == nil {
			if row.Code != "" {
				e.codes[row.Code] = true
			}
			if doc == "" {
				doc = row.DocID
			}
		}
	}
	if c.Kind == kindRuleHash {
		e.codes[c.Key] = true
	}
	if _, err := e.insert.ExecContext(tx.ctx, e.id, e.n, c.Kind, c.ID, c.Key, doc, nullJSON(c.Before), nullJSON(c.After)); err != nil {
		return fmt.Errorf("recording the change in the history: %w", err)
	}
	e.n++
	return nil
}

// nullJSON stores an absent row as NULL.
func nullJSON(raw json.RawMessage) any {
	if len(raw) == 0 {
		return nil
	}
	return string(raw)
}

// codingRow is a coding as the history keeps it.
type codingRow struct {
	ID          int64    `json:"id"`
	DocID       string   `json:"doc"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Code        string   `json:"code"`
	Coder       string   `json:"coder"`
	Origin      string   `json:"origin"`
	Status      string   `json:"status"`
	Rule        string   `json:"rule,omitempty"`
	Evidence    string   `json:"evidence,omitempty"`
	Quote       string   `json:"quote"`
	Orphan      bool     `json:"orphan,omitempty"`
	CreatedAt   string   `json:"created"`
	UpdatedAt   string   `json:"updated"`
	SuggestedBy string   `json:"suggested_by,omitempty"`
	Confidence  *float64 `json:"confidence,omitempty"`
	Rev         int64    `json:"rev"`
}

// codingRow reads a coding (nil when there is none) within the transaction.
func (tx *Tx) codingRow(id int64) (*codingRow, error) {
	var r codingRow
	var conf sql.NullFloat64
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT id, doc_id, start, end, code, coder, origin, status, rule, evidence, quote,
		orphan, created_at, updated_at, suggested_by, confidence, rev FROM codings WHERE id = ?`, id).Scan(
		&r.ID, &r.DocID, &r.Start, &r.End, &r.Code, &r.Coder, &r.Origin, &r.Status, &r.Rule, &r.Evidence, &r.Quote,
		&r.Orphan, &r.CreatedAt, &r.UpdatedAt, &r.SuggestedBy, &conf, &r.Rev)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading coding %d: %w", id, err)
	}
	if conf.Valid {
		r.Confidence = &conf.Float64
	}
	return &r, nil
}

// recording reports whether the transaction records its changes.
func (tx *Tx) recording() bool { return tx.event != nil && tx.event.undoable }

// rowBefore reads row id (a coding or memo, by read) before a change,
// when the change is recorded: only then is what it was needed.
func rowBefore[T any](tx *Tx, read func(int64) (*T, error), id int64) (*T, error) {
	if !tx.recording() {
		return nil, nil
	}
	return read(id)
}

// deleteRow runs del (a DELETE of row id) and records what the row was, so
// that the deletion can be undone; what names the row in errors.
func deleteRow[T any](tx *Tx, del, what, kind string, read func(int64) (*T, error), id int64) error {
	before, err := rowBefore(tx, read, id)
	if err != nil {
		return err
	}
	if _, err := tx.tx.ExecContext(tx.ctx, del, id); err != nil {
		return fmt.Errorf("removing %s %d: %w", what, id, err)
	}
	return tx.recordChange(change{Kind: kind, ID: id, Before: marshal(before)})
}

// recordRow records row id's change (of kind) from before to what read
// finds it is now.
func recordRow[T any](tx *Tx, kind string, read func(int64) (*T, error), id int64, before *T) error {
	if !tx.recording() {
		return nil
	}
	after, err := read(id)
	if err != nil {
		return err
	}
	return tx.recordChange(change{Kind: kind, ID: id, Before: marshal(before), After: marshal(after)})
}

// marshal writes a row as JSON (nil for a nil pointer).
func marshal[T any](v *T) json.RawMessage {
	if v == nil {
		return nil
	}
	b, _ := json.Marshal(v)
	return b
}

type memoRow struct {
	ID         int64  `json:"id"`
	TargetKind string `json:"target_kind"`
	Target     string `json:"target"`
	Text       string `json:"text"`
	Author     string `json:"author"`
	CreatedAt  string `json:"created"`
}

func (tx *Tx) memoRow(id int64) (*memoRow, error) {
	var m memoRow
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT id, target_kind, target, text, author, created_at FROM memos WHERE id = ?`, id).
		Scan(&m.ID, &m.TargetKind, &m.Target, &m.Text, &m.Author, &m.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading memo %d: %w", id, err)
	}
	return &m, nil
}

type ruleHashRow struct {
	Hash string `json:"hash"`
}

// ruleHash reads a code's rules hash ("" when it has none).
func (tx *Tx) ruleHash(code string) (string, error) {
	var h string
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT rules_hash FROM rule_state WHERE code = ?`, code).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return h, err
}

func (tx *Tx) recordRuleHash(code, before, after string) error {
	row := func(h string) json.RawMessage {
		if h == "" {
			return nil
		}
		return marshal(&ruleHashRow{Hash: h})
	}
	return tx.recordChange(change{Kind: kindRuleHash, Key: code, Before: row(before), After: row(after)})
}

type fileRow struct {
	Text string `json:"text"`
}

// WriteFile replaces a file of the project (path relative to the project
// folder: codebook.yaml) as part of the transaction: the new content is
// written only if the transaction commits, and survives a crash between
// the commit and the write (see pending files). It is recorded in the
// event, so an undo puts the old content back.
func (tx *Tx) WriteFile(path string, content []byte) error {
	if tx.store == nil {
		return errors.New("writing a file needs the store's transaction")
	}
	before, err := tx.readFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if err := tx.stageFile(path, content); err != nil {
		return err
	}
	var b, a *fileRow
	if err == nil {
		b = &fileRow{Text: string(before)}
	}
	a = &fileRow{Text: string(content)}
	return tx.recordChange(change{Kind: kindFile, Key: path, Before: marshal(b), After: marshal(a)})
}

// insertEvent stores the event the transaction recorded: its row, or,
// when its changes wrote it already, its summary, codes and time.
func (tx *Tx) insertEvent() error {
	e := tx.event
	if e == nil {
		return nil
	}
	if e.insert != nil {
		e.insert.Close()
	}
	if e.undoable && e.n == 0 {
		return nil // nothing changed: nothing to remember
	}
	var codes []string
	for c := range e.codes {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	at := time.Now().UTC().Format(time.RFC3339Nano)
	var err error
	if e.id != 0 {
		_, err = tx.tx.ExecContext(tx.ctx, `UPDATE events SET at = ?, summary = ?, codes = ? WHERE id = ?`,
			at, e.summary, strings.Join(codes, " "), e.id)
	} else {
		_, err = tx.tx.ExecContext(tx.ctx, `INSERT INTO events (at, actor, action, summary, codes, changes, undoable)
			VALUES (?, ?, ?, ?, ?, '[]', ?)`, at, e.actor, e.action, e.summary, strings.Join(codes, " "), e.undoable)
	}
	if err != nil {
		return fmt.Errorf("recording the change in the history: %w", err)
	}
	return nil
}

// eachChange calls fn with the changes event id wrote to event_changes, in
// the order they were made (backwards: last first), a batch at a time.
func (tx *Tx) eachChange(id int64, backwards bool, fn func(change) error) error {
	const batch = 512
	q := `SELECT seq, kind, row_id, key, COALESCE(before, ''), COALESCE(after, '') FROM event_changes
		WHERE event_id = ? AND seq > ? ORDER BY seq LIMIT ?`
	from := int64(-1)
	if backwards {
		q = `SELECT seq, kind, row_id, key, COALESCE(before, ''), COALESCE(after, '') FROM event_changes
			WHERE event_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?`
		from = math.MaxInt64
	}
	for {
		var cs []change
		err := eachRow(tx.ctx, tx.tx, func(sc scanner) error {
			var c change
			var before, after string
			if err := sc.Scan(&from, &c.Kind, &c.ID, &c.Key, &before, &after); err != nil {
				return err
			}
			if before != "" {
				c.Before = json.RawMessage(before)
			}
			if after != "" {
				c.After = json.RawMessage(after)
			}
			cs = append(cs, c)
			return nil
		}, q, id, from, batch)
		if err != nil {
			return fmt.Errorf("reading history event %d: %w", id, err)
		}
		for _, c := range cs {
			if err := fn(c); err != nil {
				return err
			}
		}
		if len(cs) < batch {
			return nil
		}
	}
}

// Event is one entry of the history.
type Event struct {
	ID       int64      `json:"id"`
	At       time.Time  `json:"at"`
	Actor    string     `json:"actor"`
	Action   string     `json:"action"`
	Summary  string     `json:"summary"`
	Codes    []string   `json:"codes"`
	Undoable bool       `json:"undoable"`
	UndoneAt *time.Time `json:"undone_at,omitempty"`
	UndoneBy string     `json:"undone_by,omitempty"`
	// Sealed events were made permanent by a redaction of the documents
	// they changed (see Tx.SealHistory).
	Sealed  bool `json:"sealed,omitempty"`
	changes []change
}

// HistoryFilter selects events.
type HistoryFilter struct {
	Actor string // only this actor's
	Code  string // only events touching this code
	Limit int    // at most this many, newest first (0: all)
	// brief leaves out what each event changed (enough to list them, not
	// to undo them); History's always are.
	brief bool
}

// History lists events, newest first. What each changed is not read: only
// Undo and Redo need it, and a codebook change holds the file twice.
func (s *Store) History(ctx context.Context, f HistoryFilter) ([]Event, error) {
	f.brief = true
	return history(ctx, s.rd, f, "")
}

func history(ctx context.Context, db reader, f HistoryFilter, extra string) ([]Event, error) {
	changesCol := "changes"
	if f.brief {
		changesCol = "'null'"
	}
	q := `SELECT id, at, actor, action, summary, codes, ` + changesCol + `, undoable, undone_at, COALESCE(undone_by, ''), sealed FROM events WHERE 1=1`
	var args []any
	if f.Actor != "" {
		q += ` AND actor = ?`
		args = append(args, f.Actor)
	}
	if f.Code != "" {
		q += ` AND (' ' || codes || ' ') LIKE ?`
		args = append(args, "% "+f.Code+" %")
	}
	q += extra + ` ORDER BY id DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("reading the history: %w", err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var at, codes, changes string
		var undone sql.NullString
		if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.Summary, &codes, &changes, &e.Undoable, &undone, &e.UndoneBy, &e.Sealed); err != nil {
			return nil, err
		}
		e.At, _ = time.Parse(time.RFC3339Nano, at)
		e.Codes = strings.Fields(codes)
		if undone.Valid {
			t, _ := time.Parse(time.RFC3339Nano, undone.String)
			e.UndoneAt = &t
		}
		if err := json.Unmarshal([]byte(changes), &e.changes); err != nil {
			return nil, fmt.Errorf("history event %d: %w", e.ID, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
