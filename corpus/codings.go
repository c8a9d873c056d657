package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/groundwork-qda/groundwork/codebook"
)

// Coding origins.
const (
	OriginRule    = "rule"
	OriginManual  = "manual"
	OriginImport  = "import"
	OriginLearned = "learned"
)

// Coding statuses.
const (
	StatusSuggested = "suggested"
	StatusAccepted  = "accepted"
	StatusRejected  = "rejected"
)

// AutoCoder is the coder name of the rule-based auto-coder.
const AutoCoder = "auto"

// LearnedCoder is the coder name of the suggester that learns from
// people's coding.
const LearnedCoder = "learned"

// IsSuggester reports whether coder is a machine that makes suggestions,
// not a person.
func IsSuggester(coder string) bool { return coder == AutoCoder || coder == LearnedCoder }

// Coding is one code applied to a span of a document by one coder. Its
// JSON (codings orphans --json) has the keys of the workbench's codings.
type Coding struct {
	ID       int64  `json:"id"`
	DocID    string `json:"document"`
	Start    int    `json:"start"` // rune offsets into the document's canonical text
	End      int    `json:"end"`
	Code     string `json:"code"`
	Coder    string `json:"coder"`
	Origin   string `json:"origin"`             // rule, manual, import
	Status   string `json:"status"`             // suggested, accepted, rejected
	Rule     string `json:"rule,omitempty"`     // the rule that fired, for origin rule
	Evidence string `json:"evidence,omitempty"` // the words that fired it
	Quote    string `json:"quote"`              // the coded text, exactly the span
	Orphan   bool   `json:"orphan"`             // could not be re-anchored after a transcript edit
	// CreatedAt and UpdatedAt are when it was made and last changed.
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	// SuggestedBy names the suggester (auto, learned) whose suggestion a
	// person accepted: the coding is the person's, its provenance kept.
	SuggestedBy string `json:"suggested_by,omitempty"`
	// Confidence is a learned suggestion's probability (nil otherwise).
	Confidence *float64 `json:"confidence,omitempty"`
	// Rev counts the changes made to the coding (1 when made).
	Rev int64 `json:"rev"`
}

// InsertCoding stores a new coding and sets its ID.
func (tx *Tx) InsertCoding(c *Coding) error {
	return tx.insertCodingWith(&tx.insertCoding, c, `INSERT INTO codings
		(doc_id, start, end, code, coder, origin, status, rule, evidence, quote, orphan, created_at, updated_at, suggested_by, confidence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, c.Quote)
}

// InsertSegmentCoding stores a new coding of one whole segment and sets its
// ID; its quote is the segment's text as the store holds it (c.Quote is not
// read), so that a suggester coding segments need not read every
// document's text again to quote them. It fails if no segment of the
// document has exactly the coding's span.
//
// The quote is a scalar subquery of a one-row INSERT … VALUES rather than
// an INSERT … SELECT: SQLite gives a statement that may write many rows a
// statement journal, copying every page it changes first, which made
// storing a first learning's 420,000 suggestions write 2.3 million pages
// to a temporary file. A one-row insert fails whole (here on the quote's
// NOT NULL when no segment has the span) and needs none.
func (tx *Tx) InsertSegmentCoding(c *Coding) error {
	err := tx.insertCodingWith(&tx.insertSegmentCoding, c, `INSERT INTO codings
		(doc_id, start, end, code, coder, origin, status, rule, evidence, quote, orphan, created_at, updated_at, suggested_by, confidence)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
			(SELECT s.text FROM segments s WHERE s.doc_id = ?1 AND s.start = ?2 AND s.end = ?3 LIMIT 1),
			?11, ?12, ?13, ?14, ?15)`, nil)
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_NOTNULL {
		return fmt.Errorf("storing coding of %s: no segment spans [%d,%d) (was the document replaced while the codings were made? run the command again)", c.DocID, c.Start, c.End)
	}
	return err
}

// insertCodingWith inserts c by the statement query, prepared once per
// transaction in *stmt (code auto and code learn insert hundreds of
// thousands of rows), with quote as the query's tenth parameter.
func (tx *Tx) insertCodingWith(stmt **sql.Stmt, c *Coding, query string, quote any) error {
	if c.Start < 0 || c.End <= c.Start {
		return fmt.Errorf("coding of %s has an empty or inverted span [%d,%d)", c.DocID, c.Start, c.End)
	}
	if c.Status == "" {
		c.Status = StatusAccepted
	}
	ts := now()
	created := ts
	if !c.CreatedAt.IsZero() { // an import keeps the original date
		created = c.CreatedAt.UTC().Format(time.RFC3339)
	}
	if *stmt == nil {
		prepared, err := tx.tx.PrepareContext(tx.ctx, query)
		if err != nil {
			return err
		}
		*stmt = prepared
	}
	res, err := (*stmt).ExecContext(tx.ctx,
		c.DocID, c.Start, c.End, c.Code, c.Coder, c.Origin, c.Status, c.Rule, c.Evidence, quote, c.Orphan, created, ts,
		c.SuggestedBy, c.Confidence)
	if err != nil {
		return fmt.Errorf("storing coding of %s: %w", c.DocID, err)
	}
	c.ID, _ = res.LastInsertId()
	c.Rev = 1
	return recordRow(tx, kindCoding, tx.codingRow, c.ID, nil)
}

// CodingFilter selects codings. Empty fields select everything.
type CodingFilter struct {
	DocIDs   []string
	Codes    []string
	Coders   []string
	Statuses []string
	Origins  []string
	Rules    []string
	// Suggesters selects the codings a suggester made, whoever has them
	// now: its own (any status) and those people accepted from it (not a
	// person's recode of one: its code is the person's).
	Suggesters []string
	// RecodesOf selects people's recodes of these suggesters' suggestions
	// (see Tx.Recode).
	RecodesOf []string
	// IDs selects these codings.
	IDs []int64
	// Orphans selects orphaned codings only; by default they are left out.
	Orphans bool
	// NoQuotes leaves Quote empty: at scale the quotes are most of what
	// codings weigh, and a caller that has the documents' text can cut them
	// from it (a quote is exactly its span).
	NoQuotes bool
}

func (f CodingFilter) where() (string, []any) {
	var conds []string
	var args []any
	in := func(col string, vals []string) {
		if len(vals) == 0 {
			return
		}
		conds = append(conds, col+" IN ("+placeholders(len(vals))+")")
		for _, v := range vals {
			args = append(args, v)
		}
	}
	in("c.doc_id", f.DocIDs)
	in("c.code", f.Codes)
	in("c.coder", f.Coders)
	in("c.status", f.Statuses)
	in("c.origin", f.Origins)
	in("c.rule", f.Rules)
	if len(f.Suggesters) > 0 {
		ph := placeholders(len(f.Suggesters))
		conds = append(conds, "(c.coder IN ("+ph+") OR c.suggested_by IN ("+ph+") AND c.origin <> '"+OriginManual+"')")
		for range 2 {
			for _, v := range f.Suggesters {
				args = append(args, v)
			}
		}
	}
	if len(f.RecodesOf) > 0 {
		conds = append(conds, "c.suggested_by IN ("+placeholders(len(f.RecodesOf))+") AND c.origin = '"+OriginManual+"'")
		for _, v := range f.RecodesOf {
			args = append(args, v)
		}
	}
	if len(f.IDs) > 0 {
		conds = append(conds, "c.id IN ("+placeholders(len(f.IDs))+")")
		for _, id := range f.IDs {
			args = append(args, id)
		}
	}
	if f.Orphans {
		conds = append(conds, "c.orphan = 1")
	} else {
		conds = append(conds, "c.orphan = 0")
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

const codingColumns = `c.id, c.doc_id, c.start, c.end, c.code, c.coder, c.origin, c.status, c.rule, c.evidence, c.quote, c.orphan, c.created_at, c.updated_at, c.suggested_by, c.confidence, c.rev`

func scanCoding(sc interface{ Scan(...any) error }) (*Coding, error) {
	var c Coding
	var ca, ua string
	var conf sql.NullFloat64
	if err := sc.Scan(&c.ID, &c.DocID, &c.Start, &c.End, &c.Code, &c.Coder, &c.Origin, &c.Status,
		&c.Rule, &c.Evidence, &c.Quote, &c.Orphan, &ca, &ua, &c.SuggestedBy, &conf, &c.Rev); err != nil {
		return nil, err
	}
	if conf.Valid {
		c.Confidence = &conf.Float64
	}
	c.CreatedAt, _ = time.Parse(time.RFC3339, ca)
	c.UpdatedAt, _ = time.Parse(time.RFC3339, ua)
	return &c, nil
}

// EachCoding calls fn for every coding matching f, ordered by document
// (ingestion order), start, code and id.
func (s *Store) EachCoding(ctx context.Context, f CodingFilter, fn func(*Coding) error) error {
	where, args := f.where()
	cols := codingColumns
	if f.NoQuotes {
		cols = strings.Replace(cols, "c.quote", "''", 1)
	}
	rows, err := s.rd.QueryContext(ctx, `SELECT `+cols+` FROM codings c
		LEFT JOIN documents d ON d.id = c.doc_id`+where+` ORDER BY COALESCE(d.seq, 0), c.doc_id, c.start, c.end, c.code, c.id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanCoding(rows)
		if err != nil {
			return err
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// CodingRef is a coding without its text, evidence and dates: what the
// analyses count. Its strings are shared between the refs that hold the
// same value, so that a corpus's codings fit in memory at scale; the text
// of a span is the document's (rune offsets [Start, End)).
type CodingRef struct {
	ID                                int64
	DocID                             string
	Start, End                        int
	Code, Coder, Origin, Status, Rule string
	// SuggestedBy names the suggester whose suggestion a person accepted,
	// or recoded (see Coding.SuggestedBy); empty for a person's own coding.
	SuggestedBy string
	// Confidence is the learned suggester's confidence in [0,1] (nil: a
	// coding no model scored).
	Confidence *float64
}

// DocumentsCodedByPeople returns the documents people (those of coders, or
// anyone but the suggesters) coded by hand: in which they made or imported
// a coding of their own, not only accepted suggestions. Accepting one
// suggestion in an interview is not reading it through: its other passages
// are not known to lack the codes. One row per document, where reading
// their codings would be one per coding.
func (s *Store) DocumentsCodedByPeople(ctx context.Context, coders []string) (map[string]bool, error) {
	where, args := CodingFilter{Coders: coders, Statuses: []string{StatusAccepted}}.where()
	// The codings_code index finds the people's accepted codings without
	// walking codings_doc; only their rows are read, for suggested_by.
	docs, err := queryList(ctx, s.rd, scanString, `SELECT DISTINCT c.doc_id FROM codings c INDEXED BY codings_code`+where+
		` AND c.coder NOT IN (?, ?) AND c.suggested_by = ''`, append(args, AutoCoder, LearnedCoder)...)
	if err != nil {
		return nil, fmt.Errorf("reading which documents people coded: %w", err)
	}
	out := make(map[string]bool, len(docs))
	for _, d := range docs {
		out[d] = true
	}
	return out, nil
}

// People returns the coders, sorted, who have accepted codings that still
// stand on their text: the people (the suggesters are not), leaving out
// one whose codings were all orphaned by an edited transcript.
func (s *Store) People(ctx context.Context) ([]string, error) {
	people, err := queryList(ctx, s.rd, scanString, `SELECT DISTINCT coder FROM codings WHERE status = ? AND orphan = 0 AND coder NOT IN (?, ?) ORDER BY coder`,
		StatusAccepted, AutoCoder, LearnedCoder)
	if err != nil {
		return nil, fmt.Errorf("reading who has coded: %w", err)
	}
	return people, nil
}

// CheckCoders returns an error naming the first of coders who has no
// coding in the project, of any status, with the coders nearest in
// spelling that have: a mistyped --coder would otherwise count nothing,
// and a report would say with confidence that nothing was coded.
func (s *Store) CheckCoders(ctx context.Context, coders []string) error {
	if len(coders) == 0 {
		return nil
	}
	known, err := queryList(ctx, s.rd, scanString, `SELECT DISTINCT coder FROM codings ORDER BY coder`)
	if err != nil {
		return fmt.Errorf("reading who has coded: %w", err)
	}
	for _, c := range coders {
		if slices.Contains(known, c) {
			continue
		}
		msg := fmt.Sprintf("coder %q has no codings in this project", c)
		if near := codebook.Nearest(c, known, 2); len(near) > 0 {
			msg += "; did you mean " + quoteList(near) + "?"
		}
		return fmt.Errorf("%s (`groundwork status` lists the coders)", msg)
	}
	return nil
}

// EachCodingRef calls fn for every coding matching f, in no particular
// order, reading only the columns a CodingRef holds.
func (s *Store) EachCodingRef(ctx context.Context, f CodingFilter, fn func(CodingRef) error) error {
	return eachCodingRef(ctx, s.rd, f, fn)
}

// CountCodings returns how many codings match f: a caller that collects
// them can allocate once instead of growing (at 100,000 interviews the
// growth of a report's table of codings was twice its size again).
func (s *Store) CountCodings(ctx context.Context, f CodingFilter) (int, error) {
	where, args := f.where()
	var n int
	if err := s.rd.QueryRowContext(ctx, `SELECT COUNT(*) FROM codings c`+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting codings: %w", err)
	}
	return n, nil
}

// CodingRefs returns the codings matching f as seen inside the
// transaction, without their text (see CodingRef), in no particular order.
func (tx *Tx) CodingRefs(f CodingFilter) ([]CodingRef, error) {
	var out []CodingRef
	err := eachCodingRef(tx.ctx, tx.tx, f, func(c CodingRef) error { out = append(out, c); return nil })
	return out, err
}

func eachCodingRef(ctx context.Context, db reader, f CodingFilter, fn func(CodingRef) error) error {
	where, args := f.where()
	rows, err := db.QueryContext(ctx, `SELECT `+codingRefColumns+` FROM codings c`+where, args...)
	if err != nil {
		return err
	}
	return scanCodingRefs(rows, nil, nil, func(_ int, c CodingRef) error { return fn(c) })
}

// codingRefColumns are the columns a CodingRef is scanned from.
const codingRefColumns = `c.id, c.doc_id, c.start, c.end, c.code, c.coder, c.origin, c.status, c.rule, c.suggested_by, c.confidence`

// scanCodingRefs calls fn with each row of codingRefColumns (after a
// document's place, when seq is not nil), making the document's id with
// docID (nil: interned as the other strings are), and closes rows.
func scanCodingRefs(rows *sql.Rows, seq *int, docID func([]byte) string, fn func(seq int, c CodingRef) error) error {
	defer rows.Close()
	in := interner{}
	if docID == nil {
		docID = in.get
	}
	var c CodingRef
	var doc, code, coder, origin, status, rule, suggestedBy sql.RawBytes
	var conf sql.NullFloat64
	dest := []any{&c.ID, &doc, &c.Start, &c.End, &code, &coder, &origin, &status, &rule, &suggestedBy, &conf}
	if seq != nil {
		dest = append([]any{seq}, dest...)
	} else {
		seq = new(int)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		c.DocID, c.Code, c.Coder = docID(doc), in.get(code), in.get(coder)
		c.Origin, c.Status, c.Rule, c.SuggestedBy = in.get(origin), in.get(status), in.get(rule), in.get(suggestedBy)
		c.Confidence = nil
		if conf.Valid {
			v := conf.Float64
			c.Confidence = &v
		}
		if err := fn(*seq, c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachCodingRefByDocument calls fn for the codings matching f (as
// EachCodingRef), document by document in the order EachSegmentSpan gives
// the segments, by start within a document, with the document's place in
// that order: a caller can walk the two side by side and hold one
// document's codings at a time, whatever the corpus's size.
func (s *Store) EachCodingRefByDocument(ctx context.Context, f CodingFilter, fn func(docSeq int, c CodingRef) error) error {
	where, args := f.where()
	// A person's codings are found by the codings_code index and sorted;
	// a suggester's are in nearly every document, and walking the documents
	// in order (documents_seq) with each one's codings (codings_doc) sorts
	// only within a document (CROSS JOIN keeps that plan): measured at
	// 10,000 interviews, 0.33 s against 0.45 s for 47,000 codings of a
	// person, 1.27 s against 1.67 s for 524,000 of the rules'.
	from := ` FROM codings c JOIN documents d ON d.id = c.doc_id`
	if len(f.Suggesters) > 0 {
		from = ` FROM documents d INDEXED BY documents_seq CROSS JOIN codings c INDEXED BY codings_doc ON c.doc_id = d.id`
	}
	rows, err := s.rd.QueryContext(ctx, `SELECT d.seq, `+codingRefColumns+from+where+` ORDER BY d.seq, c.start`, args...)
	if err != nil {
		return fmt.Errorf("reading codings by document: %w", err)
	}
	var seq int
	var last lastString
	return scanCodingRefs(rows, &seq, last.get, fn)
}

// lastString makes a string of rows grouped by it (a document's id) once a
// group, holding only the last: an interner would keep every document's.
type lastString struct{ s string }

func (l *lastString) get(b []byte) string {
	if string(b) != l.s { // no allocation for the comparison
		l.s = string(b)
	}
	return l.s
}

// interner keeps one copy of each distinct string.
type interner map[string]string

func (in interner) get(b []byte) string {
	if s, ok := in[string(b)]; ok { // no allocation for the lookup
		return s
	}
	s := string(b)
	in[s] = s
	return s
}

// Codings returns every coding matching f.
func (s *Store) Codings(ctx context.Context, f CodingFilter) ([]*Coding, error) {
	var out []*Coding
	err := s.EachCoding(ctx, f, func(c *Coding) error { out = append(out, c); return nil })
	return out, err
}

// Coding returns one coding by id.
func (s *Store) Coding(ctx context.Context, id int64) (*Coding, error) {
	row := s.rd.QueryRowContext(ctx, `SELECT `+codingColumns+` FROM codings c WHERE c.id = ?`, id)
	c, err := scanCoding(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("coding %d: %w", id, ErrNotFound)
	}
	return c, err
}

// Codings returns the codings matching f as seen inside the transaction.
func (tx *Tx) Codings(f CodingFilter) ([]*Coding, error) {
	where, args := f.where()
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT `+codingColumns+` FROM codings c`+where+` ORDER BY c.doc_id, c.start, c.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Coding
	for rows.Next() {
		c, err := scanCoding(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// DeleteCoding removes one coding.
func (tx *Tx) DeleteCoding(id int64) error {
	return deleteRow(tx, `DELETE FROM codings WHERE id = ?`, "coding", kindCoding, tx.codingRow, id)
}

// DeleteCodings removes every coding f selects (orphans included when
// f.Orphans) and returns how many.
func (tx *Tx) DeleteCodings(f CodingFilter) (int, error) {
	if tx.event != nil {
		cs, err := tx.Codings(f)
		if err != nil {
			return 0, err
		}
		for _, c := range cs {
			if err := tx.DeleteCoding(c.ID); err != nil {
				return 0, err
			}
		}
		return len(cs), nil
	}
	where, args := f.where()
	res, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM codings AS c`+where, args...)
	if err != nil {
		return 0, fmt.Errorf("removing codings: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// UpdateCoding rewrites a coding's span, code, coder, status, rule,
// evidence, quote, orphan flag and provenance, and counts the change (Rev).
func (tx *Tx) UpdateCoding(c *Coding) error {
	before, err := rowBefore(tx, tx.codingRow, c.ID)
	if err != nil {
		return err
	}
	_, err = tx.tx.ExecContext(tx.ctx, `UPDATE codings SET doc_id = ?, start = ?, end = ?, code = ?, coder = ?,
		status = ?, rule = ?, evidence = ?, quote = ?, orphan = ?, suggested_by = ?, updated_at = ?, rev = rev + 1 WHERE id = ?`,
		c.DocID, c.Start, c.End, c.Code, c.Coder, c.Status, c.Rule, c.Evidence, c.Quote, c.Orphan, c.SuggestedBy, now(), c.ID)
	if err != nil {
		return fmt.Errorf("updating coding %d: %w", c.ID, err)
	}
	if before != nil {
		c.Rev = before.Rev + 1
	} else {
		c.Rev++
	}
	return recordRow(tx, kindCoding, tx.codingRow, c.ID, before)
}

// RuleHashes returns, per code, the hash of the rules that produced its
// current auto codings.
func (s *Store) RuleHashes(ctx context.Context) (map[string]string, error) {
	return queryMap[string, string](ctx, s.rd, `SELECT code, rules_hash FROM rule_state`)
}

// SetRuleHash records the rules hash a code's auto codings were made with
// ("" forgets it).
func (tx *Tx) SetRuleHash(code, hash string) error {
	var before string
	if tx.recording() {
		var err error
		if before, err = tx.ruleHash(code); err != nil {
			return err
		}
	}
	var err error
	if hash == "" {
		_, err = tx.tx.ExecContext(tx.ctx, `DELETE FROM rule_state WHERE code = ?`, code)
	} else {
		_, err = tx.tx.ExecContext(tx.ctx, `INSERT INTO rule_state (code, rules_hash, applied_at) VALUES (?, ?, ?)
		ON CONFLICT(code) DO UPDATE SET rules_hash = excluded.rules_hash, applied_at = excluded.applied_at`, code, hash, now())
	}
	if err != nil {
		return err
	}
	return tx.recordRuleHash(code, before, hash)
}

// Memo is a researcher's note on the project, a code, a document or a
// coding. Its JSON (memo list --json) has the keys of the workbench's
// memos.
type Memo struct {
	ID         int64     `json:"id"`
	TargetKind string    `json:"kind"` // project, code, document, coding
	Target     string    `json:"target"`
	Text       string    `json:"text"`
	Author     string    `json:"author"`
	CreatedAt  time.Time `json:"created_at"`
}

// InsertMemo stores a memo and sets its ID.
func (tx *Tx) InsertMemo(m *Memo) error {
	created := now()
	if !m.CreatedAt.IsZero() { // an import keeps the original date
		created = m.CreatedAt.UTC().Format(time.RFC3339)
	}
	res, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO memos (target_kind, target, text, author, created_at)
		VALUES (?, ?, ?, ?, ?)`, m.TargetKind, m.Target, m.Text, m.Author, created)
	if err != nil {
		return fmt.Errorf("storing memo: %w", err)
	}
	m.ID, _ = res.LastInsertId()
	return recordRow(tx, kindMemo, tx.memoRow, m.ID, nil)
}

// UpdateMemo rewrites a memo's target and text.
func (tx *Tx) UpdateMemo(m *Memo) error {
	before, err := rowBefore(tx, tx.memoRow, m.ID)
	if err != nil {
		return err
	}
	if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE memos SET target_kind = ?, target = ?, text = ? WHERE id = ?`,
		m.TargetKind, m.Target, m.Text, m.ID); err != nil {
		return fmt.Errorf("updating memo %d: %w", m.ID, err)
	}
	return recordRow(tx, kindMemo, tx.memoRow, m.ID, before)
}

// DeleteMemo removes a memo.
func (tx *Tx) DeleteMemo(id int64) error {
	return deleteRow(tx, `DELETE FROM memos WHERE id = ?`, "memo", kindMemo, tx.memoRow, id)
}

// Memos lists memos, optionally only those on one kind of target.
func (s *Store) Memos(ctx context.Context, kind, target string) ([]*Memo, error) {
	q := `SELECT id, target_kind, target, text, author, created_at FROM memos WHERE 1=1`
	var args []any
	if kind != "" {
		q += ` AND target_kind = ?`
		args = append(args, kind)
	}
	if target != "" {
		q += ` AND target = ?`
		args = append(args, target)
	}
	rows, err := s.rd.QueryContext(ctx, q+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Memo
	for rows.Next() {
		var m Memo
		var ca string
		if err := rows.Scan(&m.ID, &m.TargetKind, &m.Target, &m.Text, &m.Author, &ca); err != nil {
			return nil, err
		}
		m.CreatedAt, _ = time.Parse(time.RFC3339, ca)
		out = append(out, &m)
	}
	return out, rows.Err()
}

// Accept settles a suggestion as right: it becomes the reviewer's coding,
// accepted, keeping where it came from (SuggestedBy, the rule and its
// evidence). One decision, one coding: the suggester's record of it is
// the provenance, so the rules do not make the suggestion again.
func (tx *Tx) Accept(s *Coding, reviewer string) (*Coding, error) {
	if s.Status != StatusSuggested {
		return nil, fmt.Errorf("coding %d is %s, not a suggestion", s.ID, s.Status)
	}
	if err := CheckReviewer(reviewer); err != nil {
		return nil, err
	}
	s.SuggestedBy = s.suggester()
	s.Coder, s.Status = reviewer, StatusAccepted
	return s, tx.UpdateCoding(s)
}

// suggester names who suggested the suggestion s: its provenance if it has
// one (a coding restored or imported), else its coder.
func (s *Coding) suggester() string {
	if s.SuggestedBy != "" {
		return s.SuggestedBy
	}
	return s.Coder
}

// FromSuggester reports whether the coding is the suggester's: its own
// suggestion, or one a person accepted from it; not a person's recode of
// one, whose code is the person's.
func (c *Coding) FromSuggester(suggester string) bool {
	return c.Coder == suggester || c.SuggestedBy == suggester && c.Origin != OriginManual
}

// LearnedRule is the rule a learned suggestion of code is stored under:
// its model's, named after the code.
func LearnedRule(code string) string { return "learned/" + code }

// CheckReviewer refuses a suggester's name as a reviewer's: the coding
// would be taken for the suggester's own and never learned from.
func CheckReviewer(reviewer string) error {
	if IsSuggester(strings.ToLower(reviewer)) {
		return fmt.Errorf("%q is a suggester's name: suggestions are accepted by a person; give your own name (--coder NAME)", reviewer)
	}
	return nil
}

// Reject settles a suggestion as wrong. The rejection is kept, so the
// rules do not make the suggestion again.
func (tx *Tx) Reject(s *Coding) error {
	if s.Status != StatusSuggested {
		return fmt.Errorf("coding %d is %s, not a suggestion", s.ID, s.Status)
	}
	s.Status = StatusRejected
	return tx.UpdateCoding(s)
}

// Recode rejects a suggestion and gives its span another code, as the
// reviewer's coding, made on the suggester's proposal (SuggestedBy).
func (tx *Tx) Recode(s *Coding, reviewer, code string) (*Coding, error) {
	if err := CheckReviewer(reviewer); err != nil {
		return nil, err
	}
	if err := tx.Reject(s); err != nil {
		return nil, err
	}
	// The new coding keeps the suggester as its provenance: a recode is a
	// decision on a suggestion, as an acceptance is, and does not make its
	// interview one a person coded through (DocumentsCodedByPeople), where
	// every passage left uncoded would teach the models its codes are absent.
	c := &Coding{DocID: s.DocID, Start: s.Start, End: s.End, Code: code, Coder: reviewer, Origin: OriginManual,
		Status: StatusAccepted, Quote: s.Quote, SuggestedBy: s.suggester()}
	return c, tx.InsertCoding(c)
}
