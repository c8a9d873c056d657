// Package safecsv writes CSV files that are safe to open in a spreadsheet.
//
// Transcript quotes, programme names and coder names are free text; a cell
// that begins with =, +, -, @, a tab or a carriage return is run as a
// formula by Excel, LibreOffice and Google Sheets (CSV or formula
// injection). As OWASP recommends, such a cell is written with a leading
// apostrophe, which spreadsheets show as text; Unescape takes it off again
// when groundwork reads its own files back.
package safecsv

import (
	"encoding/csv"
	"io"
	"strings"
)

// Writer is a csv.Writer that neutralises formulas.
type Writer struct {
	*csv.Writer
	buf []string
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{Writer: csv.NewWriter(w)} }

// Write writes one record, escaping every cell that a spreadsheet would
// take for a formula.
func (w *Writer) Write(record []string) error {
	w.buf = w.buf[:0]
	for _, c := range record {
		w.buf = append(w.buf, Escape(c))
	}
	return w.Writer.Write(w.buf)
}

// WriteAll writes records and flushes.
func (w *Writer) WriteAll(records [][]string) error {
	for _, r := range records {
		if err := w.Write(r); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

// Escape returns cell as a spreadsheet will show it as text.
func Escape(cell string) string {
	if risky(cell) {
		return "'" + cell
	}
	return cell
}

// Unescape undoes Escape: a cell read back from a file groundwork wrote
// (and a person may have edited) loses the apostrophe it was given.
func Unescape(cell string) string {
	if strings.HasPrefix(cell, "'") && risky(cell[1:]) {
		return cell[1:]
	}
	return cell
}

// risky reports whether a spreadsheet would evaluate cell. A number such
// as -3 or +44 is only a number, and stays as it is.
func risky(cell string) bool {
	if cell == "" {
		return false
	}
	switch cell[0] {
	case '=', '@', '\t', '\r':
		return true
	case '+', '-':
		return !isNumber(cell[1:])
	}
	return false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return true
}
