package corpus

import (
	"context"
	"crypto/rand"
	"database/sql"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver, pure Go
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the project's system of record: a SQLite database.
type Store struct {
	db *sql.DB
	// rd runs the reads: db itself, or the read transaction of a snapshot.
	rd       reader
	snap     *sql.Tx
	borrowed bool // a snapshot taken of a snapshot: the same one, closed by its owner
	path     string
	// writeSem serialises this process's writers before they take the
	// writer lock that serialises processes (see lock.go).
	writeSem chan struct{}
	lockOpts LockOptions
	// keeper brings the search index up to date after each transaction
	// (nil: the index is left to be rebuilt when next opened).
	keeper IndexKeeper
}

// reader is what *sql.DB and *sql.Tx have in common for reading.
type reader interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Snapshot returns a read-only view of the store as it is now: every read
// through it sees the same state, whatever other commands (or the
// workbench) commit meanwhile, until it is closed. A long read that writes
// one file from many queries (a report, an export) reads through one.
func (s *Store) Snapshot(ctx context.Context) (*Store, error) {
	if s.snap != nil {
		return &Store{db: s.db, rd: s.rd, snap: s.snap, borrowed: true, path: s.path, writeSem: s.writeSem}, nil
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("starting a read transaction: %w", err)
	}
	// SQLite takes the snapshot at the first read of a deferred transaction.
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("starting a read transaction: %w", err)
	}
	return &Store{db: s.db, rd: tx, snap: tx, path: s.path, writeSem: s.writeSem}, nil
}

// StoreOption sets how an opened store behaves.
type StoreOption func(*Store)

// WithLock sets how the store waits for the project's writer lock.
func WithLock(o LockOptions) StoreOption { return func(s *Store) { s.lockOpts = o } }

// WithIndex makes every transaction keep the search index up to date
// through k (without it, the index is rebuilt when next opened).
func WithIndex(k IndexKeeper) StoreOption { return func(s *Store) { s.keeper = k } }

// OpenStore opens (creating and migrating if needed) the store at path.
// The store's folder is made readable by its owner only (0700) and the
// database files 0600: they hold transcripts of health interviews.
func OpenStore(ctx context.Context, path string, opts ...StoreOption) (*Store, error) {
	if err := privateFiles(path); err != nil {
		return nil, err
	}
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" +
		"&_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	s := &Store{db: db, rd: db, path: path, writeSem: make(chan struct{}, 1)}
	for _, o := range opts {
		o(s)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	if err := s.ensureProjectID(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// OpenProjectStore opens the project at dir and then its store, the first
// steps of a tool that reads a project; the caller closes the store.
func OpenProjectStore(ctx context.Context, dir string) (*Project, *Store, error) {
	proj, err := Open(dir)
	if err != nil {
		return nil, nil, err
	}
	st, err := OpenStore(ctx, proj.StorePath())
	if err != nil {
		return nil, nil, err
	}
	return proj, st, nil
}

// ensureProjectID gives the store a random identity on first use, so that
// a coding sheet made for one project is not imported into another.
func (s *Store) ensureProjectID(ctx context.Context) error {
	if id, err := s.Meta(ctx, "project_id"); err != nil || id != "" {
		return err
	}
	unlock, err := s.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	if id, err := s.Meta(ctx, "project_id"); err != nil || id != "" {
		return err // another process gave it one meanwhile
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return err
	}
	return s.tx(ctx, nil, func(tx *Tx) error { return tx.SetMeta("project_id", hex.EncodeToString(b[:])) })
}

// ProjectID is the project's random identity.
func (s *Store) ProjectID(ctx context.Context) (string, error) { return s.Meta(ctx, "project_id") }

// Close closes the store.
// Close closes the store (or ends a snapshot, leaving the store open).
func (s *Store) Close() error {
	switch {
	case s.borrowed:
		return nil
	case s.snap != nil:
		return s.snap.Rollback()
	}
	return s.db.Close()
}

func (s *Store) migrate(ctx context.Context) error { return s.migrateTo(ctx, -1) }

// migrateTo applies the migrations up to version upTo (-1: all).
func (s *Store) migrateTo(ctx context.Context, upTo int) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	if upTo >= 0 && upTo < len(names) {
		names = names[:upTo]
	}
	// Most opens find the store current: they read without taking the
	// writer lock, so a read-only command never waits for a writer.
	if current, err := s.SchemaVersion(ctx); err == nil && current == len(names) {
		return nil
	}
	unlock, err := s.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	return s.tx(ctx, nil, func(tx *Tx) error {
		if _, err := tx.tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
			return err
		}
		var current int
		if err := tx.tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
			return err
		}
		if current > len(names) {
			return fmt.Errorf("the store has schema version %d but this groundwork knows only %d; upgrade groundwork", current, len(names))
		}
		for i, name := range names {
			v := i + 1
			if v <= current {
				continue
			}
			body, err := migrations.ReadFile(name)
			if err != nil {
				return err
			}
			if _, err := tx.tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
			if _, err := tx.tx.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (?, ?)`, v, now()); err != nil {
				return err
			}
		}
		return nil
	})
}

// SchemaVersion returns the store's schema version.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.rd.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// Tx is one write transaction. Every command that changes the project does
// all its writes in one Tx, so a failure or an interrupt leaves the project
// exactly as it was.
type Tx struct {
	tx  *sql.Tx
	ctx context.Context
	// changed records the documents stored or removed: the index version
	// is bumped once at commit.
	changed map[string]bool
	// nextSeq is the next document sequence number (0: not looked up yet).
	nextSeq int
	// nextRev is the next document revision (0: not looked up yet).
	nextRev int64
	// insertCoding and insertSegmentCoding are prepared on first use.
	insertCoding, insertSegmentCoding *sql.Stmt
	// sync follows the transaction for the index keeper (nil: none).
	sync IndexSync
	// event is the history event the transaction records (nil: none).
	event *event
	// store is the store the transaction writes.
	store *Store
	// pending are the files staged to be written at the commit, and
	// staged their contents by path (what the transaction sees).
	pending   []string
	staged    map[string][]byte
	pendingOf map[string]string
}

// touch records that what the index holds for doc changed.
func (tx *Tx) touch(doc string) {
	if tx.changed == nil {
		tx.changed = map[string]bool{}
	}
	tx.changed[doc] = true
}

// Tx runs fn in a write transaction under the project's writer lock,
// committing when fn returns nil and rolling back otherwise (including
// when ctx is cancelled). Documents stored or removed are handed to the
// store's IndexKeeper as they change, and the index is brought up to date
// after the commit before the lock is released, so no other writer ever
// sees it half-done.
func (s *Store) Tx(ctx context.Context, fn func(*Tx) error) error {
	return s.txFollowed(ctx, s.keeper, fn)
}

// TxLeavingIndex runs fn as Tx does, but the search index does not follow
// the transaction: it is left behind, not current, to be rebuilt. For a
// change to most of the corpus after which the caller rebuilds the index
// anyway (redaction rewrites the texts, then rebuilds the index so that no
// original survives in it): following it would index every text twice.
// An index left behind is rebuilt by whoever opens it next.
func (s *Store) TxLeavingIndex(ctx context.Context, fn func(*Tx) error) error {
	return s.txFollowed(ctx, nil, fn)
}

// txFollowed is Tx with the index followed by keeper (none if nil).
func (s *Store) txFollowed(ctx context.Context, keeper IndexKeeper, fn func(*Tx) error) error {
	if s.snap != nil {
		return errors.New("a snapshot of the store is read-only")
	}
	unlock, err := s.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	var sync IndexSync
	if keeper != nil {
		prev, err := s.IndexVersion(ctx)
		if err != nil {
			return err
		}
		sync = keeper.Begin(ctx, s, prev)
	}
	var changed []string
	err = s.tx(ctx, sync, func(tx *Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		for doc := range tx.changed {
			changed = append(changed, doc)
		}
		return nil
	})
	switch {
	case sync == nil:
	case err != nil:
		sync.Abort()
	case len(changed) > 0:
		sort.Strings(changed)
		sync.Commit(ctx, s, changed)
	default:
		sync.Abort() // nothing changed: nothing to finish
	}
	if err != nil {
		return err
	}
	// Files staged by the transaction are written now it has committed.
	return s.finishPending(context.WithoutCancel(ctx))
}

// discardPending removes the files a failed transaction staged.
func (tx *Tx) discardPending() {
	for _, name := range tx.pending {
		os.Remove(name)
	}
	tx.pending = nil
}

// tx runs one transaction; the caller holds the writer lock.
func (s *Store) tx(ctx context.Context, sync IndexSync, fn func(*Tx) error) (err error) {
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting a transaction: %w", err)
	}
	tx := &Tx{tx: sqlTx, ctx: ctx, sync: sync, store: s}
	defer func() {
		for _, stmt := range []*sql.Stmt{tx.insertCoding, tx.insertSegmentCoding} {
			if stmt != nil {
				stmt.Close()
			}
		}
		if err != nil {
			sqlTx.Rollback()
		}
	}()
	if err := fn(tx); err != nil {
		tx.discardPending()
		return err
	}
	if err := ctx.Err(); err != nil {
		tx.discardPending()
		return err
	}
	if err := tx.insertEvent(); err != nil {
		tx.discardPending()
		return err
	}
	if len(tx.changed) > 0 {
		if _, err := sqlTx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES ('index_version', '1')
			ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`); err != nil {
			return err
		}
	}
	return sqlTx.Commit()
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// IndexVersion is a counter bumped by every transaction that changes what the
// search index holds; the index records the version it was built from.
func (s *Store) IndexVersion(ctx context.Context) (int64, error) {
	v, err := s.Meta(ctx, "index_version")
	if err != nil || v == "" {
		return 0, err
	}
	return strconv.ParseInt(v, 10, 64)
}

// Meta returns a value from the store's key-value table ("" when unset).
func (s *Store) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := s.rd.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetMeta sets a value in the store's key-value table.
func (tx *Tx) SetMeta(key, value string) error {
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO meta(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

// Document is one ingested transcript.
type Document struct {
	ID         string
	Seq        int
	Path       string
	Format     string
	Hash       string
	Text       string // canonical text; empty when listed without text
	Words      int
	IngestedAt time.Time
	Attrs      map[string]string
	// Revision is a project-wide counter given to each version stored:
	// a document replaced (or redacted) gets a new one.
	Revision int64
}

// Attr returns an attribute value ("" when absent).
func (d *Document) Attr(name string) string { return d.Attrs[name] }

// Turn is one speaker turn of a document.
type Turn struct {
	DocID       string
	Seq         int
	Speaker     string
	Interviewer bool
	Start, End  int // rune offsets of the turn's text
	Words       int
	TimeStart   time.Duration
	TimeEnd     time.Duration
	HasTime     bool
}

// Clock writes a time into a recording as h:mm:ss, as turns show it.
func Clock(d time.Duration) string {
	t := int(d / time.Second)
	return fmt.Sprintf("%d:%02d:%02d", t/3600, t/60%60, t%60)
}

// Segment is a codable, searchable unit: a participant turn or a window of
// sentences of a long one.
type Segment struct {
	ID         int64
	DocID      string
	Seq        int
	TurnSeq    int
	Start, End int
	Words      int
	Text       string
	// Speaker is the label of the segment's turn (filled by EachSegment).
	Speaker string
}

// Key is the segment's stable, readable name: DOC#SEQ.
func (s *Segment) Key() string { return SegmentKey(s.DocID, s.Seq) }

// SegmentKey names segment seq of document doc.
func SegmentKey(doc string, seq int) string { return doc + "#" + strconv.Itoa(seq) }

// ParseSegmentKey splits DOC#SEQ.
func ParseSegmentKey(key string) (doc string, seq int, ok bool) {
	i := strings.LastIndexByte(key, '#')
	if i <= 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(key[i+1:])
	if err != nil || n < 1 {
		return "", 0, false
	}
	return key[:i], n, true
}

// PutDocument inserts a new document with its turns and segments. The
// document id must not exist yet (see DeleteDocument for replacement).
func (tx *Tx) PutDocument(d *Document, turns []Turn, segs []Segment) error {
	ctx := tx.ctx
	if tx.nextSeq == 0 {
		if err := tx.tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM documents`).Scan(&tx.nextSeq); err != nil {
			return err
		}
	}
	if d.Seq == 0 {
		d.Seq = tx.nextSeq
		tx.nextSeq++
	} else if d.Seq >= tx.nextSeq {
		tx.nextSeq = d.Seq + 1
	}
	if d.IngestedAt.IsZero() {
		d.IngestedAt = time.Now().UTC()
	}
	if err := tx.newRevision(d); err != nil {
		return err
	}
	_, err := tx.tx.ExecContext(ctx, `INSERT INTO documents (id, seq, path, format, hash, text, words, ingested_at, revision)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.ID, d.Seq, d.Path, d.Format, d.Hash, d.Text, d.Words, d.IngestedAt.Format(time.RFC3339), d.Revision)
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE constraint failed") {
			return fmt.Errorf("document id %q already exists", d.ID)
		}
		return fmt.Errorf("storing document %s: %w", d.ID, err)
	}
	if err := tx.insertAttrs(d); err != nil {
		return err
	}
	if err := tx.insertTurns(d.ID, turns); err != nil {
		return err
	}
	if err := tx.insertSegments(d.ID, segs); err != nil {
		return err
	}
	tx.touch(d.ID)
	if tx.sync != nil {
		tx.sync.Stored(d, withSpeakers(segs, turns))
	}
	return nil
}

// newRevision gives d the project's next document revision; the counter
// is kept in meta (not taken from the documents, whose highest revision may
// be the one just deleted).
func (tx *Tx) newRevision(d *Document) error {
	if tx.nextRev == 0 {
		var v sql.NullString
		err := tx.tx.QueryRowContext(tx.ctx, `SELECT value FROM meta WHERE key = 'doc_revision'`).Scan(&v)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		n, _ := strconv.ParseInt(v.String, 10, 64)
		tx.nextRev = n + 1
	}
	d.Revision = tx.nextRev
	tx.nextRev++
	return tx.SetMeta("doc_revision", strconv.FormatInt(d.Revision, 10))
}

// withSpeakers returns segs with each segment's Speaker taken from its turn.
func withSpeakers(segs []Segment, turns []Turn) []Segment {
	speaker := make(map[int]string, len(turns))
	for _, t := range turns {
		speaker[t.Seq] = t.Speaker
	}
	out := make([]Segment, len(segs))
	for i, s := range segs {
		s.Speaker = speaker[s.TurnSeq]
		out[i] = s
	}
	return out
}

// formatVersion writes an index version as the index records it.
func formatVersion(v int64) string { return strconv.FormatInt(v, 10) }

func (tx *Tx) insertAttrs(d *Document) error {
	stmt, err := tx.tx.PrepareContext(tx.ctx, `INSERT INTO attributes (doc_id, name, value) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for k, v := range d.Attrs {
		if _, err := stmt.ExecContext(tx.ctx, d.ID, k, v); err != nil {
			return fmt.Errorf("storing attribute %s of %s: %w", k, d.ID, err)
		}
	}
	return nil
}

func (tx *Tx) insertTurns(doc string, turns []Turn) error {
	stmt, err := tx.tx.PrepareContext(tx.ctx, `INSERT INTO turns
		(doc_id, seq, speaker, interviewer, start, end, words, t_start_ms, t_end_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, t := range turns {
		var ts, te any
		if t.HasTime {
			ts, te = t.TimeStart.Milliseconds(), t.TimeEnd.Milliseconds()
		}
		if _, err := stmt.ExecContext(tx.ctx, doc, t.Seq, t.Speaker, t.Interviewer, t.Start, t.End, t.Words, ts, te); err != nil {
			return fmt.Errorf("storing turn %d of %s: %w", t.Seq, doc, err)
		}
	}
	return nil
}

func (tx *Tx) insertSegments(doc string, segs []Segment) error {
	stmt, err := tx.tx.PrepareContext(tx.ctx, `INSERT INTO segments
		(doc_id, seq, turn_seq, start, end, words, text) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i := range segs {
		s := &segs[i]
		res, err := stmt.ExecContext(tx.ctx, doc, s.Seq, s.TurnSeq, s.Start, s.End, s.Words, s.Text)
		if err != nil {
			return fmt.Errorf("storing segment %d of %s: %w", s.Seq, doc, err)
		}
		s.ID, _ = res.LastInsertId()
		s.DocID = doc
	}
	return nil
}

// DocumentText returns a document's canonical text as seen inside the
// transaction.
func (tx *Tx) DocumentText(id string) (string, error) {
	var text string
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT text FROM documents WHERE id = ?`, id).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	return text, err
}

// DeleteDocument removes a document with its turns and segments; its codings
// stay (the caller re-anchors or orphans them).
func (tx *Tx) DeleteDocument(id string) error {
	if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM documents WHERE id = ?`, id); err != nil {
		return fmt.Errorf("removing document %s: %w", id, err)
	}
	tx.touch(id)
	if tx.sync != nil {
		tx.sync.Removed(id)
	}
	return nil
}

// Turns returns a document's turns in order.
func (s *Store) Turns(ctx context.Context, doc string) ([]Turn, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT seq, speaker, interviewer, start, end, words, t_start_ms, t_end_ms
		FROM turns WHERE doc_id = ? ORDER BY seq`, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Turn
	for rows.Next() {
		t := Turn{DocID: doc}
		var ts, te sql.NullInt64
		if err := rows.Scan(&t.Seq, &t.Speaker, &t.Interviewer, &t.Start, &t.End, &t.Words, &ts, &te); err != nil {
			return nil, err
		}
		if ts.Valid {
			t.HasTime = true
			t.TimeStart = time.Duration(ts.Int64) * time.Millisecond
			t.TimeEnd = time.Duration(te.Int64) * time.Millisecond
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// EachTurnSpan calls fn with the document, sequence number, speaker and
// span of every turn of every document, in no particular order: one query
// instead of one per document when a whole corpus is read.
func (s *Store) EachTurnSpan(ctx context.Context, fn func(doc string, seq int, speaker string, start, end int) error) error {
	rows, err := s.rd.QueryContext(ctx, `SELECT doc_id, seq, speaker, start, end FROM turns`)
	if err != nil {
		return err
	}
	defer rows.Close()
	in := interner{}
	var doc, speaker sql.RawBytes
	for rows.Next() {
		var seq, start, end int
		if err := rows.Scan(&doc, &seq, &speaker, &start, &end); err != nil {
			return err
		}
		if err := fn(in.get(doc), seq, in.get(speaker), start, end); err != nil {
			return err
		}
	}
	return rows.Err()
}

// DocumentLengths returns the length of every document's text in runes.
// They are counted here: SQLite's length() stops at a NUL character.
func (s *Store) DocumentLengths(ctx context.Context) (map[string]int, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT id, text FROM documents`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	var text sql.RawBytes
	for rows.Next() {
		var id string
		if err := rows.Scan(&id, &text); err != nil {
			return nil, err
		}
		out[id] = utf8.RuneCount(text)
	}
	return out, rows.Err()
}

// EachText calls fn with the canonical text of every document, in
// ingestion order, one document at a time.
func (s *Store) EachText(ctx context.Context, fn func(doc, text string) error) error {
	rows, err := s.rd.QueryContext(ctx, `SELECT id, text FROM documents ORDER BY seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, text string
		if err := rows.Scan(&id, &text); err != nil {
			return err
		}
		if err := fn(id, text); err != nil {
			return err
		}
	}
	return rows.Err()
}

// SegmentFilter selects segments.
type SegmentFilter struct {
	DocIDs []string // empty: all documents
}

// EachSegment calls fn for every segment matching f, in document and
// segment order, streaming rows so that memory does not grow with the corpus.
func (s *Store) EachSegment(ctx context.Context, f SegmentFilter, fn func(*Segment) error) error {
	q := `SELECT s.id, s.doc_id, s.seq, s.turn_seq, s.start, s.end, s.words, s.text, COALESCE(t.speaker, '')
		FROM segments s JOIN documents d ON d.id = s.doc_id
		LEFT JOIN turns t ON t.doc_id = s.doc_id AND t.seq = s.turn_seq`
	var args []any
	if len(f.DocIDs) > 0 {
		q += ` WHERE s.doc_id IN (` + placeholders(len(f.DocIDs)) + `)`
		for _, id := range f.DocIDs {
			args = append(args, id)
		}
	}
	q += ` ORDER BY d.seq, s.seq`
	rows, err := s.rd.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var sg Segment
		if err := rows.Scan(&sg.ID, &sg.DocID, &sg.Seq, &sg.TurnSeq, &sg.Start, &sg.End, &sg.Words, &sg.Text, &sg.Speaker); err != nil {
			return err
		}
		if err := fn(&sg); err != nil {
			return err
		}
	}
	return rows.Err()
}

// SegmentSpan is where a segment is, without its text.
type SegmentSpan struct {
	DocID        string
	Seq, TurnSeq int
	Start, End   int
	// DocSeq is the document's place in ingestion order (from
	// EachSegmentSpan; 0 from the others).
	DocSeq int
}

// EachDocumentPlace calls fn with every document's id and place in
// ingestion order (Document.Seq), in that order, reading nothing else.
func (s *Store) EachDocumentPlace(ctx context.Context, fn func(id string, seq int) error) error {
	rows, err := s.rd.QueryContext(ctx, `SELECT id, seq FROM documents ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("listing documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var seq int
		if err := rows.Scan(&id, &seq); err != nil {
			return err
		}
		if err := fn(id, seq); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachSegmentSpan calls fn for every segment in document and segment order,
// reading no text: a whole corpus's segments, cheaply. Documents come in
// ingestion order, as EachCodingRefByDocument gives their codings.
func (s *Store) EachSegmentSpan(ctx context.Context, fn func(SegmentSpan) error) error {
	return s.eachSpan(ctx, `SELECT s.doc_id, d.seq, s.seq, s.turn_seq, s.start, s.end
		FROM segments s JOIN documents d ON d.id = s.doc_id ORDER BY d.seq, s.seq`, fn)
}

// EachSegmentPlace calls fn for every segment, in document id and segment
// order, with its place but not its turn (TurnSeq is 0): the spans index
// holds all of it, so the segments' rows (their text) are not read, which
// at scale is several times faster than EachSegmentSpan.
func (s *Store) EachSegmentPlace(ctx context.Context, fn func(SegmentSpan) error) error {
	return s.eachSpan(ctx, `SELECT doc_id, 0, seq, 0, start, end FROM segments INDEXED BY segments_span ORDER BY doc_id, start`, fn)
}

// eachSpan runs a query of (document, document's place, seq, turn, start,
// end) rows, grouped by document.
func (s *Store) eachSpan(ctx context.Context, query string, fn func(SegmentSpan) error) error {
	rows, err := s.rd.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	var doc sql.RawBytes
	var last lastString
	for rows.Next() {
		var sp SegmentSpan
		if err := rows.Scan(&doc, &sp.DocSeq, &sp.Seq, &sp.TurnSeq, &sp.Start, &sp.End); err != nil {
			return err
		}
		sp.DocID = last.get(doc)
		if err := fn(sp); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachSegmentText calls fn with the text of every segment want accepts, in
// document (id) and segment order; the text of the others is not copied.
func (s *Store) EachSegmentText(ctx context.Context, want func(SegmentSpan) bool, fn func(SegmentSpan, string) error) error {
	rows, err := s.rd.QueryContext(ctx, `SELECT doc_id, seq, turn_seq, start, end, text FROM segments ORDER BY doc_id, seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	in := interner{}
	var doc, text sql.RawBytes
	for rows.Next() {
		var sp SegmentSpan
		if err := rows.Scan(&doc, &sp.Seq, &sp.TurnSeq, &sp.Start, &sp.End, &text); err != nil {
			return err
		}
		sp.DocID = in.get(doc)
		if !want(sp) {
			continue
		}
		if err := fn(sp, string(text)); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Segment returns one segment by document and sequence number.
func (s *Store) Segment(ctx context.Context, doc string, seq int) (*Segment, error) {
	var sg Segment
	err := s.rd.QueryRowContext(ctx, `SELECT id, doc_id, seq, turn_seq, start, end, words, text
		FROM segments WHERE doc_id = ? AND seq = ?`, doc, seq).
		Scan(&sg.ID, &sg.DocID, &sg.Seq, &sg.TurnSeq, &sg.Start, &sg.End, &sg.Words, &sg.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("segment %s: %w", SegmentKey(doc, seq), ErrNotFound)
	}
	return &sg, err
}

// SegmentAt returns the segment of doc that contains rune offset pos.
func (s *Store) SegmentAt(ctx context.Context, doc string, pos int) (*Segment, error) {
	var sg Segment
	err := s.rd.QueryRowContext(ctx, `SELECT id, doc_id, seq, turn_seq, start, end, words, text
		FROM segments WHERE doc_id = ? AND start <= ? AND ? < end`, doc, pos, pos).
		Scan(&sg.ID, &sg.DocID, &sg.Seq, &sg.TurnSeq, &sg.Start, &sg.End, &sg.Words, &sg.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("no participant segment of %s contains position %d: %w", doc, pos, ErrNotFound)
	}
	return &sg, err
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
