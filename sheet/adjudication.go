package sheet

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

// WriteAdjudication writes the disagreements of an agreement analysis as a
// CSV sheet for an adjudicator: a row per unit and code the coders differ
// on, with its text, each coder's yes or no, and an empty consensus column
// to fill with yes or no. Import reads it back.
func WriteAdjudication(w io.Writer, res *analysis.Agreement) error {
	i := 0
	each := func(fn func(row []string) error) error {
		for ; i < len(res.Disagreements); i++ {
			if err := fn(AdjudicationRow(res.Disagreements[i], res.Coders)); err != nil {
				return err
			}
		}
		return nil
	}
	_, err := writeCSV(w, AdjudicationColumns(res.Coders), each)
	return err
}

// AdjudicationRow renders one disagreement for the sheet: each coder's
// column says yes, no or blank (did not code the document); consensus is
// left for the adjudicator (yes or no).
func AdjudicationRow(d analysis.Disagreement, coders []string) []string {
	row := []string{d.Unit.ID, d.Unit.Document, strconv.Itoa(d.Unit.Start), strconv.Itoa(d.Unit.End), d.Code}
	for _, c := range coders {
		v, ok := d.Applied[c]
		switch {
		case !ok:
			row = append(row, "")
		case v:
			row = append(row, "yes")
		default:
			row = append(row, "no")
		}
	}
	return append(row, strings.TrimSpace(d.Text), "")
}

// verdicts are the answers an adjudicator may write, and what they mean.
var verdicts = map[string]bool{"yes": true, "y": true, "1": true, "true": true, "no": false, "n": false, "0": false, "false": false}

// adjudication reads a disagreements sheet whose consensus column an
// adjudicator filled with yes or no; each yes becomes a coding by coder
// (normally "consensus") on the unit's span, and so does every unit and
// code the sheet's coders agreed on (agreedCodings): the coder then holds
// the adjudicated coding whole, what `report --coder consensus` counts.
func (im *importer) adjudication() ([]*corpus.Coding, error) {
	t := im.t
	docCol, startCol, endCol, codeCol, consCol := t.col(colDocument), t.col(colStart), t.col(colEnd), t.col(colCode), t.col(colConsensus)
	var out []*corpus.Coding
	for i, row := range t.rows {
		verdict := strings.ToLower(t.cell(row, consCol))
		yes, ok := verdicts[verdict]
		switch {
		case verdict == "":
			im.problem(i, consCol, "no verdict; write yes or no")
			continue
		case !ok:
			im.problem(i, consCol, "verdict %q; write yes or no", verdict)
			continue
		}
		code := t.cell(row, codeCol)
		if !im.checkCode(i, codeCol, code) {
			continue
		}
		d := im.document(t.cell(row, docCol))
		if d == nil {
			im.unknownDocument(i, docCol, t.cell(row, docCol))
			continue
		}
		s, err1 := strconv.Atoi(t.cell(row, startCol))
		e, err2 := strconv.Atoi(t.cell(row, endCol))
		runes := []rune(d.Text)
		// A document unit ends past the text; it covers the whole of it.
		e = min(e, len(runes))
		if err1 != nil || err2 != nil || s < 0 || s >= e {
			im.problem(i, startCol, "start,end are not a span of the document")
			continue
		}
		if yes {
			out = append(out, im.coding(d.ID, s, e, code, string(runes[s:e])))
		}
	}
	if len(im.problems) == 0 && len(t.rows) > 0 {
		agreed, err := im.agreedCodings(analysis.UnitOfID(t.cell(t.rows[0], t.col(colUnit))))
		if err != nil {
			return nil, err
		}
		out = append(out, agreed...)
	}
	return im.done(out)
}

// sheetCoders are the coders whose columns a disagreements sheet has:
// those between its code and text columns.
func (t *table) sheetCoders() []string {
	from, to := t.col(colCode), t.col(colText)
	if from < 0 || to <= from+1 {
		return nil
	}
	var out []string
	for _, h := range t.header[from+1 : to] {
		out = append(out, strings.TrimSpace(h))
	}
	return out
}

// agreedCodings are the codings of every unit and code that the sheet's
// coders agreed on applying, measured as the sheet was made.
func (im *importer) agreedCodings(unit string) ([]*corpus.Coding, error) {
	coders := im.t.sheetCoders()
	if len(coders) < 2 {
		return nil, nil
	}
	res, err := analysis.Agree(im.ctx, im.st, im.cb, analysis.AgreeOptions{Coders: coders, Unit: unit, CountOnly: true, ListAgreed: true, Bootstrap: -1})
	if err != nil {
		return nil, fmt.Errorf("finding the passages %s agreed on: %w", strings.Join(coders, " and "), err)
	}
	var out []*corpus.Coding
	for _, a := range res.Agreed {
		d := im.document(a.Unit.Document)
		if d == nil {
			continue
		}
		runes := []rune(d.Text)
		s, e := a.Unit.Start, min(a.Unit.End, len(runes))
		if s < 0 || s >= e {
			continue
		}
		out = append(out, im.coding(d.ID, s, e, a.Code, string(runes[s:e])))
	}
	return out, nil
}
