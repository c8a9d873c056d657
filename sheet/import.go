package sheet

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
)

// ImportReport says what an import did.
type ImportReport struct {
	Kind     string `json:"kind"`
	Rows     int    `json:"rows"`
	Added    int    `json:"added"`
	Existing int    `json:"existing"` // already there: a re-import adds nothing twice
}

// kind tells a sheet's kind by its header.
func (t *table) kind() (string, error) {
	switch {
	case t.col(colSegment) >= 0 && t.col(colCodes) >= 0:
		return KindCoding, nil
	case t.col(colUnit) >= 0 && t.col(colConsensus) >= 0:
		return KindAdjudication, nil
	case t.col(colDocument) >= 0 && t.col(colQuote) >= 0 && t.col(colCode) >= 0:
		return KindQuotes, nil
	}
	return "", fmt.Errorf("%s: not a codings sheet: its header is %q; expected a coding sheet (segment ... codes), quotes (document, quote, code) or an adjudicated disagreements sheet (unit ... consensus)",
		t.name, strings.Join(t.header, ","))
}

// Import reads codings made by coder from a coding sheet (as Write writes
// it, filled in), rows of document/quote/code, or an adjudicated
// disagreements sheet (for coder "consensus"). Every row is checked first;
// if any row has a problem, each is reported by row and cell and nothing
// is imported. Importing the same rows again adds nothing.
func Import(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, path, coder string) (*ImportReport, error) {
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
	case KindCoding:
		codings, err = im.codingSheet()
	case KindQuotes:
		codings, err = im.quotes()
	case KindAdjudication:
		codings, err = im.adjudication()
	}
	if err != nil {
		return nil, err
	}
	rep := &ImportReport{Kind: kind, Rows: len(t.rows)}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		tx.Record(coder, "import codings", "")
		if err := insertNew(tx, coder, codings, rep); err != nil {
			return err
		}
		tx.Summarise(fmt.Sprintf("imported %d codings from %s", rep.Added, filepath.Base(path)))
		return nil
	})
	return rep, err
}

// insertNew inserts the codings coder does not have yet, counting in rep
// those added and those already there.
func insertNew(tx *corpus.Tx, coder string, codings []*corpus.Coding, rep *ImportReport) error {
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
}

func codingKey(c *corpus.Coding) [4]string {
	return [4]string{c.DocID, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Code}
}

// importer turns a sheet's rows into codings, collecting every problem.
type importer struct {
	ctx      context.Context
	st       *corpus.Store
	cb       *codebook.Codebook
	t        *table
	coder    string
	docs     map[string]*corpus.Document
	docIDs   []string // the project's document ids, read when one is unknown
	problems []error
}

func (im *importer) problem(i, col int, format string, args ...any) {
	im.problems = append(im.problems, fmt.Errorf("%s: %s", im.t.where(i, col), fmt.Sprintf(format, args...)))
}

// done returns the codings, or every problem and nothing to import.
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
	if code == "" {
		im.problem(i, col, "the code is empty; write a code id (`groundwork codebook show` lists them)")
		return false
	}
	if _, ok := im.cb.Code(code); !ok {
		if near := im.cb.NearestCodes(code, 3); len(near) > 0 {
			im.problem(i, col, "unknown code %q; did you mean %s?", code, strings.Join(near, " or "))
		} else {
			im.problem(i, col, "unknown code %q; the codebook's ids are listed by `groundwork codebook show`", code)
		}
		return false
	}
	return true
}

// unknownDocument reports a document id the project lacks, with the
// nearest ids it has.
func (im *importer) unknownDocument(i, col int, id string) {
	if im.docIDs == nil {
		im.docIDs = []string{}
		_ = im.st.EachDocumentPlace(im.ctx, func(doc string, _ int) error {
			im.docIDs = append(im.docIDs, doc)
			return nil
		})
	}
	if near := codebook.Nearest(id, im.docIDs, 3); len(near) > 0 {
		im.problem(i, col, "unknown document %q; did you mean %s?", id, strings.Join(near, " or "))
		return
	}
	im.problem(i, col, "unknown document %q", id)
}

// nearQuote finds quote in text as people paste it from a word processor:
// curly quotation marks for straight ones, runs of spaces for one. It
// returns the text's own words there, for the error to show.
func nearQuote(text []rune, quote string) (string, bool) {
	flat, at := flatten(text)
	q, _ := flatten([]rune(strings.TrimSpace(quote)))
	hits := ingest.QuoteOffsets(flat, q)
	if len(hits) == 0 {
		return "", false
	}
	return string(text[at[hits[0]] : at[hits[0]+len(q)-1]+1]), true
}

// flatten straightens quotation marks and makes each run of white space
// one space, returning where each rune it keeps stands in text.
func flatten(text []rune) (flat []rune, at []int) {
	for k, r := range text {
		switch r {
		case '‘', '’', '‛', '′':
			r = '\''
		case '“', '”', '„', '″':
			r = '"'
		case '\u00a0', '\t', '\n', '\r':
			r = ' '
		}
		if r == ' ' && len(flat) > 0 && flat[len(flat)-1] == ' ' {
			continue
		}
		flat, at = append(flat, r), append(at, k)
	}
	return flat, at
}

// coding is a coding by the importing coder, accepted as a person's are.
func (im *importer) coding(doc string, start, end int, code, quote string) *corpus.Coding {
	return &corpus.Coding{DocID: doc, Start: start, End: end, Code: code, Coder: im.coder,
		Origin: corpus.OriginImport, Status: corpus.StatusAccepted, Quote: quote}
}

// codingSheet reads a filled coding sheet: each code of a row's codes
// cell becomes a coding of the row's segment.
func (im *importer) codingSheet() ([]*corpus.Coding, error) {
	t := im.t
	projectID, err := im.st.ProjectID(im.ctx)
	if err != nil {
		return nil, err
	}
	segCol, codesCol, projCol := t.col(colSegment), t.col(colCodes), t.col(colProject)
	var out []*corpus.Coding
	// Rows made for another project, by its id: said once for each id,
	// first, rather than once a row.
	foreign := map[string][]int{}
	var foreignIDs []string
	for i, row := range t.rows {
		if p := t.cell(row, projCol); p != "" && p != projectID {
			if foreign[p] == nil {
				foreignIDs = append(foreignIDs, p)
			}
			foreign[p] = append(foreign[p], i)
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
				out = append(out, im.coding(doc, seg.Start, seg.End, code, seg.Text))
			}
		}
	}
	var first []error
	for _, p := range foreignIDs {
		first = append(first, fmt.Errorf("%s: this sheet was made for another project (%s); make a sheet for this one with `groundwork codings sheet`", t.whereRows(foreign[p], projCol), p))
	}
	im.problems = append(first, im.problems...)
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
	docCol, quoteCol, codeCol := t.col(colDocument), t.col(colQuote), t.col(colCode)
	occCol, startCol, endCol := t.col(colOccurrence), t.col(colStart), t.col(colEnd)
	var out []*corpus.Coding
	for i, row := range t.rows {
		id, quote, code := t.cell(row, docCol), t.cell(row, quoteCol), t.cell(row, codeCol)
		if id == "" && quote == "" && code == "" {
			continue
		}
		d := im.document(id)
		if d == nil {
			im.unknownDocument(i, docCol, id)
			continue
		}
		if !im.checkCode(i, codeCol, code) {
			continue
		}
		if quote == "" {
			im.problem(i, quoteCol, "the quote is empty")
			continue
		}
		at := quoteAt{occ: t.cell(row, occCol), start: t.cell(row, startCol), end: t.cell(row, endCol), occCol: occCol, startCol: startCol}
		start, ok := im.placeQuote(i, d.Text, quote, at)
		if !ok {
			continue
		}
		out = append(out, im.coding(id, start, start+utf8.RuneCountInString(quote), code, quote))
	}
	return im.done(out)
}

// quoteAt is where a row says its quote is: an occurrence, or start,end;
// the columns are named in errors.
type quoteAt struct {
	occ, start, end  string
	occCol, startCol int
}

func (im *importer) placeQuote(i int, text, quote string, at quoteAt) (int, bool) {
	runes := []rune(text)
	if at.start != "" || at.end != "" {
		s, err1 := strconv.Atoi(at.start)
		e, err2 := strconv.Atoi(at.end)
		if err1 != nil || err2 != nil || s < 0 || e > len(runes) || s >= e {
			im.problem(i, at.startCol, "start,end %q,%q are not a span of the document (0 ≤ start < end ≤ %d, rune offsets)", at.start, at.end, len(runes))
			return 0, false
		}
		if string(runes[s:e]) != quote {
			im.problem(i, at.startCol, "the text at [%d,%d) is %q, not the quote", s, e, string(runes[s:e]))
			return 0, false
		}
		return s, true
	}
	hits := ingest.QuoteOffsets(runes, []rune(quote))
	if len(hits) == 0 {
		if near, ok := nearQuote(runes, quote); ok {
			im.problem(i, -1, "quote not found in the document: %q; the document has %q (quotation marks or spaces differ): copy the quote from there", clip(quote, 60), clip(near, 60))
			return 0, false
		}
		im.problem(i, -1, "quote not found in the document: %q", clip(quote, 60))
		return 0, false
	}
	n := 1
	if at.occ != "" {
		v, err := strconv.Atoi(at.occ)
		if err != nil || v < 1 {
			im.problem(i, at.occCol, "occurrence %q must be a whole number from 1", at.occ)
			return 0, false
		}
		n = v
	} else if len(hits) > 1 {
		im.problem(i, -1, "the quote occurs %d times; add an occurrence column (1 to %d) or start,end", len(hits), len(hits))
		return 0, false
	}
	if n > len(hits) {
		im.problem(i, at.occCol, "occurrence %d asked for, but the quote occurs %d times", n, len(hits))
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
