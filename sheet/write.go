package sheet

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/safecsv"
)

// Options control a coding sheet.
type Options struct {
	Coder     string
	Documents []string // empty: every document
	Format    string   // xlsx or csv
}

// eachRowFunc hands the sheet's rows to fn, one at a time.
type eachRowFunc func(fn func(row []string) error) error

// Write writes a coding sheet: one row per participant segment with its
// document, programme, role, speaker and text, and a column for codes.
// Rows carry the project's id so that a sheet cannot be imported into
// another project. The XLSX form adds the codebook on a second sheet with
// definitions and a drop-down of code ids. It returns the number of rows.
func Write(ctx context.Context, w io.Writer, st *corpus.Store, cb *codebook.Codebook, opts Options) (int, error) {
	projectID, err := st.ProjectID(ctx)
	if err != nil {
		return 0, err
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		return 0, err
	}
	byID := map[string]*corpus.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	for _, id := range opts.Documents {
		if byID[id] == nil {
			return 0, fmt.Errorf("--documents: no document %q in the project", id)
		}
	}
	each := func(fn func(row []string) error) error {
		return st.EachSegment(ctx, corpus.SegmentFilter{DocIDs: opts.Documents}, func(s *corpus.Segment) error {
			d := byID[s.DocID]
			return fn([]string{s.Key(), s.DocID, d.Attr("programme"), d.Attr("role"), s.Speaker, s.Text, "", projectID})
		})
	}
	// Rows are written as the segments are read: at 10,000 interviews a
	// sheet has 280,000 of them.
	switch opts.Format {
	case "csv":
		return writeCSV(w, CodingColumns(), each)
	case "xlsx":
		return writeXLSX(w, each, cb, opts.Coder)
	}
	return 0, fmt.Errorf("unknown sheet format %q; name the file .xlsx or .csv", opts.Format)
}

// writeCSV writes a header and the rows each gives, every cell a
// spreadsheet would take for a formula escaped.
func writeCSV(w io.Writer, header []string, each eachRowFunc) (int, error) {
	cw := safecsv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return 0, err
	}
	n := 0
	if err := each(func(row []string) error { n++; return cw.Write(row) }); err != nil {
		return n, err
	}
	cw.Flush()
	return n, cw.Error()
}

const (
	codingSheet   = "Coding"
	codebookSheet = "Codebook"
)

// xlsxStyles are the styles of both sheets of an XLSX coding sheet.
type xlsxStyles struct{ header, wrap int }

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	var s xlsxStyles
	var err error
	s.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Color: []string{"#E8EEF5"}, Pattern: 1}})
	if err != nil {
		return s, err
	}
	s.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	return s, err
}

func writeXLSX(w io.Writer, each eachRowFunc, cb *codebook.Codebook, coder string) (int, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", codingSheet); err != nil {
		return 0, err
	}
	styles, err := newXLSXStyles(f)
	if err != nil {
		return 0, err
	}
	codes := cb.Codes()
	n, err := writeCodingRows(f, each, styles, len(codes))
	if err != nil {
		return n, err
	}
	if err := writeCodebookSheet(f, codes, styles); err != nil {
		return n, err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: "groundwork coding sheet", Creator: "groundwork", Subject: "coder " + coder}); err != nil {
		return n, err
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return n, err
}

// writeCodingRows streams the rows onto the coding sheet (excelize keeps
// what exceeds 16 MB in a temporary file, 0600, removed by Close) under a
// frozen header, with a drop-down of the nCodes code ids on the codes
// column.
func writeCodingRows(f *excelize.File, each eachRowFunc, styles xlsxStyles, nCodes int) (int, error) {
	sw, err := f.NewStreamWriter(codingSheet)
	if err != nil {
		return 0, err
	}
	// Widths and panes come before the rows.
	for _, cw := range []struct {
		from, to int
		width    float64
	}{{1, 2, 12}, {3, 5, 18}, {6, 6, 80}, {7, 7, 30}, {8, 8, 10}} {
		if err := sw.SetColWidth(cw.from, cw.to, cw.width); err != nil {
			return 0, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return 0, err
	}
	var cells []any
	for _, c := range CodingColumns() {
		cells = append(cells, excelize.Cell{StyleID: styles.header, Value: c})
	}
	if err := sw.SetRow("A1", cells); err != nil {
		return 0, err
	}
	textCol := codingColumn(colText)
	n := 0
	err = each(func(row []string) error {
		n++
		cells = cells[:0]
		for i, v := range row {
			c := excelize.Cell{Value: v}
			if i == textCol {
				c.StyleID = styles.wrap
			}
			cells = append(cells, c)
		}
		cell, err := excelize.CoordinatesToCellName(1, n+1)
		if err != nil {
			return err
		}
		return sw.SetRow(cell, cells)
	})
	if err != nil {
		return n, err
	}
	// The drop-down goes on the sheet before the stream is flushed.
	if err := addCodesDropDown(f, n, nCodes); err != nil {
		return n, err
	}
	return n, sw.Flush()
}

// addCodesDropDown offers the code ids of the Codebook sheet in the codes
// cells of rows 2 to rows+1. Several codes go in one cell separated by
// ";", so other values are allowed with a reminder rather than refused.
func addCodesDropDown(f *excelize.File, rows, nCodes int) error {
	col, err := excelize.ColumnNumberToName(codingColumn(colCodes) + 1)
	if err != nil {
		return err
	}
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(col + "2:" + col + strconv.Itoa(rows+1))
	dv.SetSqrefDropList(fmt.Sprintf("%s!$A$2:$A$%d", codebookSheet, nCodes+1))
	dv.SetError(excelize.DataValidationErrorStyleInformation, "Several codes?", "Separate code ids with ; — every id must be on the Codebook sheet.")
	dv.SetInput("Codes", "Pick a code id, or type several separated by ;")
	return f.AddDataValidation(codingSheet, dv)
}

// writeCodebookSheet lists the codes with their definitions, for the coder
// to read beside the coding sheet.
func writeCodebookSheet(f *excelize.File, codes []*codebook.Code, styles xlsxStyles) error {
	if _, err := f.NewSheet(codebookSheet); err != nil {
		return err
	}
	cols := []string{"id", "label", "definition", "use when", "do not use when"}
	if err := f.SetSheetRow(codebookSheet, "A1", &cols); err != nil {
		return err
	}
	if err := f.SetCellStyle(codebookSheet, "A1", "E1", styles.header); err != nil {
		return err
	}
	for i, c := range codes {
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		row := []string{c.ID, c.Label, c.Definition, c.UseWhen, c.DoNotUseWhen}
		if err := f.SetSheetRow(codebookSheet, cell, &row); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(codebookSheet, "A", "B", 28); err != nil {
		return err
	}
	if err := f.SetColWidth(codebookSheet, "C", "E", 60); err != nil {
		return err
	}
	return f.SetCellStyle(codebookSheet, "C2", "E"+strconv.Itoa(len(codes)+1), styles.wrap)
}
