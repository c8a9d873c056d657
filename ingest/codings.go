package ingest

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/safecsv"
)

// Kinds of codings file ImportCodings reads.
const (
	SheetCoding       = "coding sheet" // segment, ..., codes, project
	SheetQuotes       = "quotes"       // document, quote, code [, occurrence | start, end]
	SheetAdjudication = "adjudication" // unit, document, start, end, code, coders..., text, consensus
)

// ImportReport says what an import did.
type ImportReport struct {
	Kind     string `json:"kind"`
	Rows     int    `json:"rows"`
	Added    int    `json:"added"`
	Existing int    `json:"existing"` // already there: a re-import adds nothing twice
}

// table is a sheet read into rows, with a way to name a cell in errors.
type table struct {
	name   string
	xlsx   bool
	header []string
	rows   [][]string
	line   []int // source line (CSV) or row number (XLSX) of each row
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

// where names row i (and column col, if >= 0) for an error message.
func (t *table) where(i, col int) string {
	if col < 0 {
		return fmt.Sprintf("%s: row %d", t.name, t.line[i])
	}
	ref, _ := excelize.CoordinatesToCellName(col+1, t.line[i])
	return fmt.Sprintf("%s: row %d, column %s (%s)", t.name, t.line[i], t.header[col], ref)
}

func readTable(path string) (*table, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	t := &table{name: path}
	var all [][]string
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		t.xlsx = true
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: not a readable .xlsx file: %v", path, err)
		}
		defer f.Close()
		sheets := f.GetSheetList()
		sheet := sheets[0]
		for _, s := range sheets {
			if s == "Coding" {
				sheet = s
			}
		}
		all, err = f.GetRows(sheet)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		for i := range all {
			t.line = append(t.line, i+1)
		}
	} else {
		if !utf8.Valid(data) {
			return nil, fmt.Errorf("%s: invalid UTF-8; save the sheet as CSV UTF-8", path)
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
		r.FieldsPerRecord = -1
		for {
			rec, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					return nil, fmt.Errorf("%s:%d: %v", path, pe.Line, pe.Err)
				}
				return nil, fmt.Errorf("%s: %v", path, err)
			}
			line, _ := r.FieldPos(0)
			for i, c := range rec {
				rec[i] = safecsv.Unescape(c) // groundwork's own sheets escape formulas
			}
			all = append(all, rec)
			t.line = append(t.line, line)
		}
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("%s: the sheet is empty", path)
	}
	t.header, t.rows, t.line = all[0], all[1:], t.line[1:]
	for i, row := range t.rows {
		if len(row) > len(t.header) {
			return nil, fmt.Errorf("%s has %d cells but the header has %d columns", t.where(i, -1), len(row), len(t.header))
		}
	}
	return t, nil
}

func (t *table) kind() (string, error) {
	switch {
	case t.col("segment") >= 0 && t.col("codes") >= 0:
		return SheetCoding, nil
	case t.col("unit") >= 0 && t.col("consensus") >= 0:
		return SheetAdjudication, nil
	case t.col("document") >= 0 && t.col("quote") >= 0 && t.col("code") >= 0:
		return SheetQuotes, nil
	}
	return "", fmt.Errorf("%s: not a codings sheet: its header is %q; expected a coding sheet (segment ... codes), quotes (document, quote, code) or an adjudicated disagreements sheet (unit ... consensus)",
		t.name, strings.Join(t.header, ","))
}

// ImportCodings reads codings made by coder from a coding sheet (as
// `codings sheet` writes, filled in), rows of document/quote/code, or an
// adjudicated disagreements sheet (for coder "consensus"). Every row is
// checked first; if any row has a problem, each is reported by row and cell
// and nothing is imported. Importing the same rows again adds nothing.
func ImportCodings(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, path, coder string) (*ImportReport, error) {
	if strings.TrimSpace(coder) == "" {
		return nil, errors.New("--coder is required: whose codings are these?")
	}
	t, err := readTable(path)
	if err != nil {
		return nil, err
	}
	kind, err := t.kind()
	if err != nil {
		return nil, err
	}
	im := &importer{ctx: ctx, st: st, cb: cb, t: t, coder: coder, docs: map[string]*corpus.Document{}}
	var codings []*corpus.Coding
	switch kind {
	case SheetCoding:
		codings, err = im.codingSheet()
	case SheetQuotes:
		codings, err = im.quotes()
	case SheetAdjudication:
		codings, err = im.adjudication()
	}
	if err != nil {
		return nil, err
	}
	rep := &ImportReport{Kind: kind, Rows: len(t.rows)}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		existing, err := tx.Codings(corpus.CodingFilter{Coders: []string{coder}})
		if err != nil {
			return err
		}
		have := map[[4]string]bool{}
		for _, c := range existing {
			have[codingKey(c)] = true
		}
		for _, c := range codings {
			if have[codingKey(c)] {
				rep.Existing++
				continue
			}
			have[codingKey(c)] = true
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
			rep.Added++
		}
		return nil
	})
	return rep, err
}

func codingKey(c *corpus.Coding) [4]string {
	return [4]string{c.DocID, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Code}
}

type importer struct {
	ctx      context.Context
	st       *corpus.Store
	cb       *codebook.Codebook
	t        *table
	coder    string
	docs     map[string]*corpus.Document
	problems []error
}

func (im *importer) problem(i, col int, format string, args ...any) {
	im.problems = append(im.problems, fmt.Errorf("%s: %s", im.t.where(i, col), fmt.Sprintf(format, args...)))
}

func (im *importer) done(codings []*corpus.Coding) ([]*corpus.Coding, error) {
	if len(im.problems) == 0 {
		return codings, nil
	}
	lines := make([]string, len(im.problems))
	for i, p := range im.problems {
		lines[i] = p.Error()
	}
	noun := "problems"
	if len(lines) == 1 {
		noun = "problem"
	}
	return nil, fmt.Errorf("%s\n%d %s; nothing was imported", strings.Join(lines, "\n"), len(lines), noun)
}

func (im *importer) document(id string) *corpus.Document {
	if d, ok := im.docs[id]; ok {
		return d
	}
	d, err := im.st.Document(im.ctx, id)
	if err != nil {
		d = nil
	}
	im.docs[id] = d
	return d
}

func (im *importer) checkCode(i, col int, code string) bool {
	if _, ok := im.cb.Code(code); !ok {
		im.problem(i, col, "unknown code %q; the codebook's ids are listed by `groundwork codebook show`", code)
		return false
	}
	return true
}

func (im *importer) codingSheet() ([]*corpus.Coding, error) {
	t := im.t
	projectID, err := im.st.ProjectID(im.ctx)
	if err != nil {
		return nil, err
	}
	segCol, codesCol, projCol := t.col("segment"), t.col("codes"), t.col("project")
	var out []*corpus.Coding
	for i, row := range t.rows {
		if p := t.cell(row, projCol); p != "" && p != projectID {
			im.problem(i, projCol, "this sheet was made for another project (%s); make a sheet for this one with `groundwork codings sheet`", p)
			continue
		}
		codes := splitCodes(t.cell(row, codesCol))
		if len(codes) == 0 {
			continue
		}
		key := t.cell(row, segCol)
		doc, seq, ok := corpus.ParseSegmentKey(key)
		if !ok {
			im.problem(i, segCol, "%q is not a segment id (DOC#N)", key)
			continue
		}
		seg, err := im.st.Segment(im.ctx, doc, seq)
		if err != nil {
			im.problem(i, segCol, "unknown segment %s; the sheet does not match the project's documents (re-ingested since?)", key)
			continue
		}
		for _, code := range codes {
			if im.checkCode(i, codesCol, code) {
				out = append(out, &corpus.Coding{DocID: doc, Start: seg.Start, End: seg.End, Code: code, Coder: im.coder,
					Origin: corpus.OriginImport, Status: corpus.StatusAccepted, Quote: seg.Text})
			}
		}
	}
	return im.done(out)
}

func splitCodes(s string) []string {
	var out []string
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '\n' }) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// quotes places each row's quote in its document: the n-th occurrence
// (occurrence column, default the only one), or an explicit start,end in
// rune offsets that must hold the quote.
func (im *importer) quotes() ([]*corpus.Coding, error) {
	t := im.t
	docCol, quoteCol, codeCol := t.col("document"), t.col("quote"), t.col("code")
	occCol, startCol, endCol := t.col("occurrence"), t.col("start"), t.col("end")
	var out []*corpus.Coding
	for i, row := range t.rows {
		id, quote, code := t.cell(row, docCol), t.cell(row, quoteCol), t.cell(row, codeCol)
		if id == "" && quote == "" && code == "" {
			continue
		}
		d := im.document(id)
		if d == nil {
			im.problem(i, docCol, "unknown document %q", id)
			continue
		}
		if !im.checkCode(i, codeCol, code) {
			continue
		}
		if quote == "" {
			im.problem(i, quoteCol, "the quote is empty")
			continue
		}
		start, ok := im.placeQuote(i, d.Text, quote, t.cell(row, occCol), t.cell(row, startCol), t.cell(row, endCol), occCol, startCol)
		if !ok {
			continue
		}
		out = append(out, &corpus.Coding{DocID: id, Start: start, End: start + utf8.RuneCountInString(quote), Code: code,
			Coder: im.coder, Origin: corpus.OriginImport, Status: corpus.StatusAccepted, Quote: quote})
	}
	return im.done(out)
}

func (im *importer) placeQuote(i int, text, quote, occ, start, end string, occCol, startCol int) (int, bool) {
	runes := []rune(text)
	if start != "" || end != "" {
		s, err1 := strconv.Atoi(start)
		e, err2 := strconv.Atoi(end)
		if err1 != nil || err2 != nil || s < 0 || e > len(runes) || s >= e {
			im.problem(i, startCol, "start,end %q,%q are not a span of the document (0 ≤ start < end ≤ %d, rune offsets)", start, end, len(runes))
			return 0, false
		}
		if string(runes[s:e]) != quote {
			im.problem(i, startCol, "the text at [%d,%d) is %q, not the quote", s, e, string(runes[s:e]))
			return 0, false
		}
		return s, true
	}
	hits := indexAll(runes, []rune(quote), 0)
	if len(hits) == 0 {
		im.problem(i, -1, "quote not found in the document: %q", clip(quote, 60))
		return 0, false
	}
	n := 1
	if occ != "" {
		v, err := strconv.Atoi(occ)
		if err != nil || v < 1 {
			im.problem(i, occCol, "occurrence %q must be a whole number from 1", occ)
			return 0, false
		}
		n = v
	} else if len(hits) > 1 {
		im.problem(i, -1, "the quote occurs %d times; add an occurrence column (1 to %d) or start,end", len(hits), len(hits))
		return 0, false
	}
	if n > len(hits) {
		im.problem(i, occCol, "occurrence %d asked for, but the quote occurs %d times", n, len(hits))
		return 0, false
	}
	return hits[n-1], true
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// adjudication reads a disagreements sheet whose consensus column an
// adjudicator filled with yes or no; each yes becomes a coding by coder
// (normally "consensus") on the unit's span.
func (im *importer) adjudication() ([]*corpus.Coding, error) {
	t := im.t
	docCol, startCol, endCol, codeCol, consCol := t.col("document"), t.col("start"), t.col("end"), t.col("code"), t.col("consensus")
	var out []*corpus.Coding
	for i, row := range t.rows {
		verdict := strings.ToLower(t.cell(row, consCol))
		switch verdict {
		case "":
			im.problem(i, consCol, "no verdict; write yes or no")
			continue
		case "yes", "y", "1", "true", "no", "n", "0", "false":
		default:
			im.problem(i, consCol, "verdict %q; write yes or no", verdict)
			continue
		}
		code := t.cell(row, codeCol)
		if !im.checkCode(i, codeCol, code) {
			continue
		}
		d := im.document(t.cell(row, docCol))
		if d == nil {
			im.problem(i, docCol, "unknown document %q", t.cell(row, docCol))
			continue
		}
		s, err1 := strconv.Atoi(t.cell(row, startCol))
		e, err2 := strconv.Atoi(t.cell(row, endCol))
		runes := []rune(d.Text)
		if e > len(runes) {
			e = len(runes)
		}
		if err1 != nil || err2 != nil || s < 0 || s >= e {
			im.problem(i, startCol, "start,end are not a span of the document")
			continue
		}
		if verdict == "yes" || verdict == "y" || verdict == "1" || verdict == "true" {
			out = append(out, &corpus.Coding{DocID: d.ID, Start: s, End: e, Code: code, Coder: im.coder,
				Origin: corpus.OriginImport, Status: corpus.StatusAccepted, Quote: string(runes[s:e])})
		}
	}
	return im.done(out)
}
