package safecsv

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
)

// Reader reads CSV records with the line each begins on. A byte order mark
// at the start of the input is dropped: Excel writes one in front of "CSV
// UTF-8", and left in place it would become part of the first header name.
//
// Errors are those of encoding/csv (a *csv.ParseError for bad quoting or a
// wrong number of fields), so that each caller can word them for its file.
type Reader struct {
	// Comma is the field delimiter (default ','). Comma and
	// FieldsPerRecord are read before the first record.
	Comma rune
	// FieldsPerRecord is as in csv.Reader: 0 holds every record to the
	// first one's number of fields, a negative number allows any.
	FieldsPerRecord int

	csv      *csv.Reader
	unescape bool
	started  bool
}

var bom = []byte("\xef\xbb\xbf")

// NewReader returns a Reader of a researcher's own CSV file (a manifest,
// interviews one per row): cells are read exactly as written, an
// apostrophe at the start of a cell included.
func NewReader(r io.Reader) *Reader {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(len(bom)); bytes.Equal(head, bom) {
		br.Discard(len(bom))
	}
	return &Reader{Comma: ',', csv: csv.NewReader(br)}
}

// NewSheetReader returns a Reader of a file groundwork may have written (a
// coding or disagreements sheet, perhaps edited since): each cell loses
// the apostrophe Escape gave it.
func NewSheetReader(r io.Reader) *Reader {
	sr := NewReader(r)
	sr.unescape = true
	return sr
}

// Read returns the next record and the line it begins on; io.EOF after
// the last.
func (r *Reader) Read() (record []string, line int, err error) {
	if !r.started {
		// Set once: with FieldsPerRecord 0, csv.Reader then remembers
		// the first record's number of fields.
		r.csv.Comma, r.csv.FieldsPerRecord = r.Comma, r.FieldsPerRecord
		r.started = true
	}
	record, err = r.csv.Read()
	if err != nil {
		return nil, 0, err
	}
	line, _ = r.csv.FieldPos(0)
	if r.unescape {
		for i, c := range record {
			record[i] = Unescape(c)
		}
	}
	return record, line, nil
}

// ReadError is an error reading the input (bad quoting, a wrong number of
// fields, a failed read), as Each returns it: apart from the errors its
// fn returns, which come back as they are.
type ReadError struct {
	Err error // a *csv.ParseError, or the error of the underlying reader
}

func (e *ReadError) Error() string { return e.Err.Error() }

// Unwrap returns the error of encoding/csv or of the underlying reader.
func (e *ReadError) Unwrap() error { return e.Err }

// Each calls fn with every record left and the line it begins on. It stops
// at the end of the input (returning nil), at the first error reading (a
// *ReadError), or at the first error fn returns.
func (r *Reader) Each(fn func(record []string, line int) error) error {
	for {
		rec, line, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return &ReadError{Err: err}
		}
		if err := fn(rec, line); err != nil {
			return err
		}
	}
}
