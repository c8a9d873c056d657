package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/groundwork-qda/groundwork/safecsv"
)

// table is a sheet read into rows, with a way to name a cell in errors.
type table struct {
	name   string
	header []string
	rows   [][]string
	// row is each row's number as a spreadsheet shows it (the header is
	// row 1); line is the line of the file it begins on (CSV), which
	// differs once a quoted cell above it spans several lines, or 0.
	row, line []int
}

func (t *table) col(name string) int {
	for i, h := range t.header {
		if strings.EqualFold(strings.TrimSpace(h), name) {
			return i
		}
	}
	return -1
}

func (t *table) cell(row []string, col int) string {
	if col < 0 || col >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[col])
}

// where names row i (and column col, if >= 0) for an error message: the
// row and cell as a spreadsheet shows them, and the line of a CSV file
// when a text editor would show the row on another one.
func (t *table) where(i, col int) string {
	row := t.row[i]
	var line string
	if t.line[i] != 0 && t.line[i] != row {
		line = fmt.Sprintf("line %d of the file", t.line[i])
	}
	if col < 0 {
		if line != "" {
			line = " (" + line + ")"
		}
		return fmt.Sprintf("%s: row %d%s", t.name, row, line)
	}
	ref, _ := excelize.CoordinatesToCellName(col+1, row)
	if line != "" {
		line = ", " + line
	}
	return fmt.Sprintf("%s: row %d, column %s (%s%s)", t.name, row, t.header[col], ref, line)
}

// whereRows names rows (indices into t.rows, in order) and their cells in
// column col for an error message that says one thing of them all: "row
// 3, column project (H3)", or "rows 2–488 (487 rows), column project
// (H2:H488)"; runs of rows as ranges, the first few of them.
func (t *table) whereRows(idx []int, col int) string {
	if len(idx) == 1 {
		return t.where(idx[0], col)
	}
	const shown = 5
	var rows, cells []string
	for k := 0; k < len(idx); {
		first := t.row[idx[k]]
		last := first
		for k++; k < len(idx) && t.row[idx[k]] == last+1; k++ {
			last++
		}
		if len(rows) == shown {
			rows, cells = append(rows, "…"), append(cells, "…")
			break
		}
		a, _ := excelize.CoordinatesToCellName(col+1, first)
		if first == last {
			rows, cells = append(rows, fmt.Sprint(first)), append(cells, a)
			continue
		}
		b, _ := excelize.CoordinatesToCellName(col+1, last)
		rows, cells = append(rows, fmt.Sprintf("%d–%d", first, last)), append(cells, a+":"+b)
	}
	return fmt.Sprintf("%s: rows %s (%d rows), column %s (%s)", t.name, strings.Join(rows, ", "), len(idx), t.header[col], strings.Join(cells, ", "))
}

// readTable reads a sheet: the Coding sheet of an .xlsx file (else its
// first), or a CSV file in UTF-8.
func readTable(path string) (*table, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) { // the path is said once, below
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var all [][]string
	var rows, lines []int
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		all, rows, err = readXLSX(path, data)
		lines = make([]int, len(rows))
	} else {
		all, rows, lines, err = readCSV(path, data)
	}
	if err != nil {
		return nil, err
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("%s: the sheet is empty", path)
	}
	t := &table{name: path, header: all[0], rows: all[1:], row: rows[1:], line: lines[1:]}
	for i, row := range t.rows {
		if len(row) > len(t.header) {
			return nil, fmt.Errorf("%s has %d cells but the header has %d columns", t.where(i, -1), len(row), len(t.header))
		}
	}
	return t, nil
}

func readXLSX(path string, data []byte) ([][]string, []int, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: not a readable .xlsx file: %v", path, err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, nil, nil // a workbook without worksheets is an empty sheet
	}
	sheet := sheets[0]
	for _, s := range sheets {
		if s == codingSheet {
			sheet = s
		}
	}
	all, err := f.GetRows(sheet)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	lines := make([]int, len(all))
	for i := range all {
		lines[i] = i + 1
	}
	return all, lines, nil
}

// readCSV reads a CSV sheet. It may be one groundwork wrote, so cells lose
// the apostrophe that kept a spreadsheet from running them as formulas.
// It returns each record's row as a spreadsheet shows it and the line of
// the file it begins on: a quoted cell with line breaks is one row in a
// spreadsheet but several lines in the file, while an empty line is a row
// in both.
func readCSV(path string, data []byte) (all [][]string, rows, lines []int, err error) {
	if !utf8.Valid(data) {
		return nil, nil, nil, fmt.Errorf("%s: invalid UTF-8; save the sheet as CSV UTF-8", path)
	}
	r := safecsv.NewSheetReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	inCells := 0 // line breaks inside the cells of the records read so far
	err = r.Each(func(rec []string, line int) error {
		all = append(all, rec)
		rows = append(rows, line-inCells)
		lines = append(lines, line)
		for _, c := range rec {
			inCells += strings.Count(c, "\n")
		}
		return nil
	})
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return nil, nil, nil, fmt.Errorf("%s:%d: %v", path, pe.Line, pe.Err)
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	return all, rows, lines, nil
}
