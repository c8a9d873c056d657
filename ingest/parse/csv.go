package parse

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/safecsv"
)

// CSVOptions name the columns of a CSV file that holds one interview per
// row. Column names are matched ignoring case and surrounding spaces.
type CSVOptions struct {
	// TextColumn holds each interview's text. "" looks for a column named
	// text, transcript, dialogue, interview, content or body.
	TextColumn string
	// IDColumn identifies each interview. "" looks for a column named id,
	// transcript_id, interview_id, encounter_id, participant_id or
	// respondent_id, and falls back to the row number ("row-2").
	IDColumn string
}

var (
	defaultTextColumns = []string{"text", "transcript", "dialogue", "interview", "content", "body"}
	defaultIDColumns   = []string{"id", "transcript_id", "interview_id", "encounter_id", "participant_id", "respondent_id"}
)

// CSV reads a CSV file with one interview per row and a header row. Each
// row's text cell is read like a .txt transcript (see Text); every other
// column becomes Meta, keyed by its header name. Row numbers count the
// header as row 1, as spreadsheets do; Turn.Line and MetaLines give the
// row. The delimiter is a comma, or a tab or semicolon when the header uses
// those instead. Rows whose cells are all empty are skipped.
func CSV(name string, data []byte, copts CSVOptions, opts Options) ([]*Transcript, error) {
	if err := refuse(name, data); err != nil {
		return nil, err
	}
	text := cleanInput(data)
	// A researcher's own file: cells are taken as written.
	r := safecsv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	r.Comma = sniffDelimiter(name, text)
	header, _, err := r.Read()
	if err == io.EOF {
		return nil, errorf(name, 0, "a CSV file needs a header row and one row per interview", "the CSV file is empty")
	}
	if err != nil {
		return nil, csvError(name, 1, err)
	}
	cs, err := newCSVColumns(name, header, copts)
	if err != nil {
		return nil, err
	}
	var out []*Transcript
	row := 1
	err = r.Each(func(rec []string, line int) error {
		row++
		t, err := cs.transcript(name, rec, row, line, opts)
		if t != nil {
			out = append(out, t)
		}
		return err
	})
	var re *safecsv.ReadError
	if errors.As(err, &re) {
		return nil, csvError(name, row+1, re.Err)
	}
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errorf(name, 0, "a CSV file needs a header row and one row per interview", "the CSV file has no rows after its header")
	}
	return out, nil
}

// csvColumns are the header of a one-interview-per-row CSV file and the
// columns found in it.
type csvColumns struct {
	header  []string
	textCol int
	idCol   int // -1: rows are named by number
	seenIDs map[string]int
}

func newCSVColumns(name string, header []string, copts CSVOptions) (*csvColumns, error) {
	cols := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.TrimFunc(h, isSpace)
		if h == "" {
			h = "column " + strconv.Itoa(i+1)
		}
		header[i] = h
		key := strings.ToLower(h)
		if _, dup := cols[key]; dup {
			return nil, errorf(name, 1, "rename one of them", "column %q appears twice in the header", h)
		}
		cols[key] = i
	}
	cs := &csvColumns{header: header, idCol: -1, seenIDs: map[string]int{}}
	var err error
	if cs.textCol, err = findColumn(name, header, cols, copts.TextColumn, defaultTextColumns, "text"); err != nil {
		return nil, err
	}
	if copts.IDColumn != "" || hasAny(cols, defaultIDColumns) {
		if cs.idCol, err = findColumn(name, header, cols, copts.IDColumn, defaultIDColumns, "ID"); err != nil {
			return nil, err
		}
	}
	return cs, nil
}

// transcript reads one row (row numbers count the header as row 1; line
// is where the row begins in the file). A row of empty cells gives nil.
func (cs *csvColumns) transcript(name string, rec []string, row, line int, opts Options) (*Transcript, error) {
	header := cs.header
	if allEmpty(rec) {
		return nil, nil
	}
	if len(rec) != len(header) {
		return nil, errorf(name, line, "check the quoting in that row: a cell with commas, quotes or line breaks must be in double quotes, with quotes inside doubled",
			"row %d has %d cells but the header has %d", row, len(rec), len(header))
	}
	id := "row-" + strconv.Itoa(row)
	if cs.idCol >= 0 {
		id = strings.TrimFunc(rec[cs.idCol], isSpace)
		if id == "" {
			return nil, errorf(name, line, "give every row an ID, or choose another ID column",
				"row %d has an empty %q cell", row, header[cs.idCol])
		}
		if prev, dup := cs.seenIDs[id]; dup {
			return nil, errorf(name, line, "give every row its own ID, or choose another ID column",
				"row %d has the same %s as row %d (%q)", row, header[cs.idCol], prev, id)
		}
		cs.seenIDs[id] = row
	}
	cell := rec[cs.textCol]
	if isBlank(cell) {
		return nil, errorf(name, line, "fill it in or delete the row",
			"row %d has an empty %q cell", row, header[cs.textCol])
	}
	src := make([]srcLine, 0, strings.Count(cell, "\n")+1)
	for _, l := range splitLines(cell) {
		src = append(src, srcLine{text: l, num: row})
	}
	t, err := textTurns(name, src, false, opts, "row")
	if err != nil {
		return nil, err
	}
	t.ID = id
	for i, h := range header {
		if i != cs.textCol {
			setMeta(t, h, rec[i], row)
		}
	}
	return t, nil
}

// sniffDelimiter picks the delimiter the header line uses most: comma,
// tab or semicolon (a .tsv file is tab-separated).
func sniffDelimiter(name, text string) rune {
	if strings.EqualFold(filepath.Ext(name), ".tsv") {
		return '\t'
	}
	head, _, _ := strings.Cut(text, "\n")
	best, n := ',', strings.Count(head, ",")
	for _, d := range []rune{'\t', ';'} {
		if c := strings.Count(head, string(d)); c > n {
			best, n = d, c
		}
	}
	return best
}

// findColumn finds the named column, or the first of the defaults.
func findColumn(name string, header []string, cols map[string]int, want string, defaults []string, what string) (int, error) {
	if want != "" {
		if i, ok := cols[strings.ToLower(strings.TrimSpace(want))]; ok {
			return i, nil
		}
		return -1, errorf(name, 1, "choose one of the columns there are: "+quoteList(header),
			"the CSV file has no %s column %q", what, want)
	}
	for _, d := range defaults {
		if i, ok := cols[d]; ok {
			return i, nil
		}
	}
	return -1, errorf(name, 1, "name the "+what+" column; the columns are: "+quoteList(header),
		"the CSV file has no %s column (none is called %s)", what, strings.Join(defaults, ", "))
}

func hasAny(cols map[string]int, names []string) bool {
	for _, n := range names {
		if _, ok := cols[n]; ok {
			return true
		}
	}
	return false
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

func allEmpty(rec []string) bool {
	for _, f := range rec {
		if !isBlank(f) {
			return false
		}
	}
	return true
}

// csvError turns an encoding/csv error into one naming the file and line.
func csvError(name string, row int, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		where := ""
		if pe.Line != pe.StartLine {
			where = fmt.Sprintf(" (noticed on line %d)", pe.Line)
		}
		return errorf(name, pe.StartLine, "a cell with commas, quotes or line breaks must be in double quotes, with quotes inside doubled",
			"row %d is not valid CSV: %v%s", row, pe.Err, where)
	}
	return errorf(name, 0, "", "row %d could not be read: %v", row, err)
}
