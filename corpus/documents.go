package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"
)

// Reading documents: one, by id or hash, or all of them in ingestion
// order, at once, one at a time or a page at a time.

const docColumns = `id, seq, path, format, hash, words, ingested_at, revision`

// scanDocument reads a row of docColumns, then the text when withText is
// set, then into more.
func scanDocument(sc interface{ Scan(...any) error }, withText bool, more ...any) (*Document, error) {
	d := &Document{Attrs: map[string]string{}}
	var at string
	dest := []any{&d.ID, &d.Seq, &d.Path, &d.Format, &d.Hash, &d.Words, &at, &d.Revision}
	if withText {
		dest = append(dest, &d.Text)
	}
	if err := sc.Scan(append(dest, more...)...); err != nil {
		return nil, err
	}
	d.IngestedAt, _ = time.Parse(time.RFC3339, at)
	return d, nil
}

// ErrNotFound is returned when a named document, segment or coding does not exist.
var ErrNotFound = errors.New("not found")

// Document returns one document with its text and attributes.
func (s *Store) Document(ctx context.Context, id string) (*Document, error) {
	row := s.rd.QueryRowContext(ctx, `SELECT `+docColumns+`, text FROM documents WHERE id = ?`, id)
	d, err := scanDocument(row, true)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	attrs, err := s.attrs(ctx, id)
	if err != nil {
		return nil, err
	}
	d.Attrs = attrs
	return d, nil
}

// DocumentByHash returns the document ingested from a file with this content hash.
func (s *Store) DocumentByHash(ctx context.Context, hash string) (*Document, error) {
	row := s.rd.QueryRowContext(ctx, `SELECT `+docColumns+` FROM documents WHERE hash = ? LIMIT 1`, hash)
	d, err := scanDocument(row, false)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return d, err
}

func (s *Store) attrs(ctx context.Context, id string) (map[string]string, error) {
	return queryMap[string, string](ctx, s.rd, `SELECT name, value FROM attributes WHERE doc_id = ?`, id)
}

// CountDocuments returns how many documents the store holds.
func (s *Store) CountDocuments(ctx context.Context) (int, error) {
	var n int
	err := s.rd.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&n)
	return n, err
}

// Documents lists every document, in ingestion order, with attributes but
// without text.
func (s *Store) Documents(ctx context.Context) ([]*Document, error) {
	var docs []*Document
	// Values repeat across documents (every interview has a programme,
	// most share theirs): held together, each is kept once.
	in := interner{}
	err := s.EachDocument(ctx, false, func(d *Document) error {
		for k, v := range d.Attrs {
			d.Attrs[k] = in.get([]byte(v))
		}
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// EachDocument calls fn with every document, in ingestion order, with its
// attributes, and with its text when withText is set: one document in
// memory at a time, however many the project has.
func (s *Store) EachDocument(ctx context.Context, withText bool, fn func(*Document) error) error {
	cols := docColumns
	if withText {
		cols += `, text`
	}
	// One row a document, its attributes gathered into a JSON object, so
	// that its text is read once.
	rows, err := s.rd.QueryContext(ctx, `SELECT `+cols+`, `+attrsColumn+` FROM documents ORDER BY seq`)
	if err != nil {
		return err
	}
	return eachDocumentRow(rows, withText, nil, fn)
}

// attrsColumn is a document's attributes as one JSON object, a column of
// a query on documents.
const attrsColumn = `(SELECT json_group_object(name, value) FROM attributes WHERE doc_id = documents.id)`

// eachDocumentRow calls fn with the document of each of rows, whose
// columns are docColumns, the text when withText is set, attrsColumn,
// then more, and closes rows.
func eachDocumentRow(rows *sql.Rows, withText bool, more []any, fn func(*Document) error) error {
	defer rows.Close()
	var attrs sql.RawBytes
	dest := append([]any{&attrs}, more...)
	for rows.Next() {
		d, err := scanDocument(rows, withText, dest...)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(attrs, &d.Attrs); err != nil {
			return fmt.Errorf("reading the attributes of %s: %w", d.ID, err)
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachDocumentPage calls fn with the documents (with their attributes,
// without text), n at a time, in ingestion order: a page is read, and
// its query done, before fn sees it, so fn may query the store, and a
// large project is listed holding one page in memory, where Documents
// holds them all.
func (s *Store) EachDocumentPage(ctx context.Context, n int, fn func([]*Document) error) error {
	// Pages continue after the last (seq, rowid) seen: the order of the
	// documents_seq index, the order Documents lists them in.
	lastSeq, lastRow := int64(math.MinInt64), int64(math.MinInt64)
	for {
		docs, row, err := s.documentPage(ctx, lastSeq, lastRow, n)
		if err != nil || len(docs) == 0 {
			return err
		}
		lastSeq, lastRow = int64(docs[len(docs)-1].Seq), row
		if err := fn(docs); err != nil {
			return err
		}
	}
}

// documentPage reads at most n documents after (seq, rowid) (afterSeq,
// afterRow), and returns them with the last one's rowid.
func (s *Store) documentPage(ctx context.Context, afterSeq, afterRow int64, n int) (docs []*Document, lastRow int64, err error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT `+docColumns+`, `+attrsColumn+`, rowid
		FROM documents WHERE (seq, rowid) > (?, ?) ORDER BY seq, rowid LIMIT ?`, afterSeq, afterRow, n)
	if err != nil {
		return nil, 0, fmt.Errorf("listing documents: %w", err)
	}
	var row int64
	err = eachDocumentRow(rows, false, []any{&row}, func(d *Document) error {
		docs, lastRow = append(docs, d), row
		return nil
	})
	return docs, lastRow, err
}

// InterviewerLabels returns the speaker labels of the interviewers' turns
// stored, as they stand in the text (pseudonyms, in a redacted project),
// sorted: how the project read its transcripts, for an export to carry.
func (s *Store) InterviewerLabels(ctx context.Context) ([]string, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT DISTINCT speaker FROM turns WHERE interviewer = 1 AND speaker <> '' ORDER BY speaker`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// EachAttribute calls fn with every document attribute stored, by document
// and name.
func (s *Store) EachAttribute(ctx context.Context, fn func(doc, name, value string) error) error {
	rows, err := s.rd.QueryContext(ctx, `SELECT doc_id, name, value FROM attributes ORDER BY doc_id, name`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var doc, name, value string
		if err := rows.Scan(&doc, &name, &value); err != nil {
			return err
		}
		if err := fn(doc, name, value); err != nil {
			return err
		}
	}
	return rows.Err()
}

// SetAttribute changes the value of a document's attribute (a redaction
// replacing the name in a narrator's attribute, say).
func (tx *Tx) SetAttribute(doc, name, value string) error {
	if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE attributes SET value = ? WHERE doc_id = ? AND name = ?`, value, doc, name); err != nil {
		return fmt.Errorf("changing attribute %s of %s: %w", name, doc, err)
	}
	return nil
}
