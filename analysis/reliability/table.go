package reliability

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrTable is wrapped by the errors [ParseTable] returns for a table that
// is not well formed.
var ErrTable = errors.New("malformed reliability table")

// CellError reports a cell of a table that does not hold a valid value.
type CellError struct {
	Row    int    // 1-based record number; the header is row 1
	Column int    // 1-based column number, counting any unit column
	Coder  string // the coder named in the column's header
	Value  string // the offending cell text
	Err    error  // the underlying problem
}

// Error implements error.
func (e *CellError) Error() string {
	return fmt.Sprintf("reliability: row %d, column %d (coder %q): %q: %v", e.Row, e.Column, e.Coder, e.Value, e.Err)
}

// Unwrap returns the underlying problem.
func (e *CellError) Unwrap() error { return e.Err }

// ParseTable reads reliability data from a CSV table. The header row names
// the coders, one per column, and each further row is a unit. If the first
// header cell is "unit" or "id" (in any case), the first column holds unit
// labels rather than a coder. Cells are trimmed of white space and an
// empty cell is missing. At the ordinal, interval and ratio levels every
// non-empty cell must be a finite number (and non-negative for ratio); a
// bad cell yields a [*CellError] naming its row and column.
func ParseTable(r io.Reader, level Level) (Data, error) {
	if !level.valid() {
		return Data{}, fmt.Errorf("reliability: %w: %d", ErrUnknownLevel, int(level))
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // checked below, with a clearer message
	cr.ReuseRecord = true

	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return Data{}, fmt.Errorf("reliability: %w: empty table, want a header row naming the coders", ErrTable)
	}
	if err != nil {
		return Data{}, fmt.Errorf("reliability: reading header: %w", err)
	}
	header = append([]string(nil), header...)
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\uFEFF") // spreadsheet byte-order mark
	}
	first := 0
	if len(header) > 0 {
		switch strings.ToLower(strings.TrimSpace(header[0])) {
		case "unit", "id":
			first = 1
		}
	}
	d := Data{Coders: make([]string, 0, len(header)-first)}
	seen := make(map[string]int, len(header))
	for i, h := range header[first:] {
		col := first + i + 1
		name := strings.TrimSpace(h)
		if name == "" {
			return Data{}, fmt.Errorf("reliability: %w: header column %d is empty, want a coder name", ErrTable, col)
		}
		if prev, dup := seen[name]; dup {
			return Data{}, fmt.Errorf("reliability: %w: coder %q named in both header columns %d and %d", ErrTable, name, prev, col)
		}
		seen[name] = col
		d.Coders = append(d.Coders, name)
	}
	if len(d.Coders) == 0 {
		return Data{}, fmt.Errorf("reliability: %w: header names no coders", ErrTable)
	}
	if first == 1 {
		d.UnitIDs = []string{}
	}

	for row := 2; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Data{}, fmt.Errorf("reliability: reading row %d: %w", row, err)
		}
		if len(rec) != len(header) {
			return Data{}, fmt.Errorf("reliability: %w: row %d has %d cells, the header has %d", ErrTable, row, len(rec), len(header))
		}
		if first == 1 {
			d.UnitIDs = append(d.UnitIDs, strings.TrimSpace(rec[0]))
		}
		vals := make([]Value, len(d.Coders))
		for c := range d.Coders {
			cell := strings.TrimSpace(rec[first+c])
			if cell == "" {
				continue
			}
			if !level.numeric() {
				vals[c] = Category(cell)
				continue
			}
			x, err := parseNumber(cell)
			if err == nil && level == Ratio && x < 0 {
				err = errNegativeRatio
			}
			if err != nil {
				return Data{}, &CellError{Row: row, Column: first + c + 1, Coder: d.Coders[c], Value: cell, Err: cellProblem(err, level)}
			}
			vals[c] = Number(x)
		}
		d.Units = append(d.Units, vals)
	}
	return d, nil
}

// cellProblem turns a number-parsing error into a short explanation.
func cellProblem(err error, level Level) error {
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		return fmt.Errorf("not a number (the %s level needs numbers): %w", level, ne.Err)
	}
	return err
}
