package reports

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

// SheetColumns are the columns of a coding sheet, in order. A coder fills
// "codes" with code ids separated by ";".
func SheetColumns() []string {
	return []string{"segment", "document", "programme", "role", "speaker", "text", "codes", "project"}
}

// SheetOptions control a coding sheet.
type SheetOptions struct {
	Coder     string
	Documents []string // empty: every document
	Format    string   // xlsx or csv
}

// WriteCodingSheet writes a coding sheet: one row per participant segment
// with its document, programme, role, speaker and text, and a column for
// codes. Rows carry the project's id so that a sheet cannot be imported into
// another project. The XLSX form adds the codebook on a second sheet with
// definitions and a drop-down of code ids.
func WriteCodingSheet(ctx context.Context, w io.Writer, st *corpus.Store, cb *codebook.Codebook, opts SheetOptions) (int, error) {
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
		cw := safecsv.NewWriter(w)
		cw.Write(SheetColumns())
		n := 0
		err := each(func(row []string) error { n++; return cw.Write(row) })
		if err != nil {
			return n, err
		}
		cw.Flush()
		return n, cw.Error()
	case "xlsx":
		return writeXLSXSheet(w, each, cb, opts.Coder)
	}
	return 0, fmt.Errorf("unknown sheet format %q; name the file .xlsx or .csv", opts.Format)
}

const (
	codingSheet   = "Coding"
	codebookSheet = "Codebook"
)

func writeXLSXSheet(w io.Writer, each func(func([]string) error) error, cb *codebook.Codebook, coder string) (int, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", codingSheet); err != nil {
		return 0, err
	}
	header, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Color: []string{"#E8EEF5"}, Pattern: 1}})
	wrap, _ := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	// The coding sheet is streamed (excelize keeps what exceeds 16 MB in a
	// temporary file, 0600, removed by Close); widths and panes come first.
	sw, err := f.NewStreamWriter(codingSheet)
	if err != nil {
		return 0, err
	}
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
	for _, c := range SheetColumns() {
		cells = append(cells, excelize.Cell{StyleID: header, Value: c})
	}
	if err := sw.SetRow("A1", cells); err != nil {
		return 0, err
	}
	n := 0
	err = each(func(row []string) error {
		n++
		cells = cells[:0]
		for i, v := range row {
			c := excelize.Cell{Value: v}
			if i == 5 { // the text wraps
				c.StyleID = wrap
			}
			cells = append(cells, c)
		}
		cell, _ := excelize.CoordinatesToCellName(1, n+1)
		return sw.SetRow(cell, cells)
	})
	if err != nil {
		return n, err
	}
	last := strconv.Itoa(n + 1)

	// A drop-down of code ids; several codes go in one cell separated by
	// ";", so other values are allowed with a reminder rather than refused.
	// It goes on the sheet before the stream is flushed.
	codes := cb.Codes()
	dv := excelize.NewDataValidation(true)
	dv.SetSqref("G2:G" + last)
	dv.SetSqrefDropList(fmt.Sprintf("%s!$A$2:$A$%d", codebookSheet, len(codes)+1))
	dv.SetError(excelize.DataValidationErrorStyleInformation, "Several codes?", "Separate code ids with ; — every id must be on the Codebook sheet.")
	dv.SetInput("Codes", "Pick a code id, or type several separated by ;")
	if err := f.AddDataValidation(codingSheet, dv); err != nil {
		return n, err
	}
	if err := sw.Flush(); err != nil {
		return n, err
	}

	if _, err := f.NewSheet(codebookSheet); err != nil {
		return n, err
	}
	cbCols := []string{"id", "label", "definition", "use when", "do not use when"}
	f.SetSheetRow(codebookSheet, "A1", &cbCols)
	f.SetCellStyle(codebookSheet, "A1", "E1", header)
	for i, c := range codes {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		row := []string{c.ID, c.Label, c.Definition, c.UseWhen, c.DoNotUseWhen}
		f.SetSheetRow(codebookSheet, cell, &row)
	}
	f.SetColWidth(codebookSheet, "A", "B", 28)
	f.SetColWidth(codebookSheet, "C", "E", 60)
	f.SetCellStyle(codebookSheet, "C2", "E"+strconv.Itoa(len(codes)+1), wrap)

	f.SetDocProps(&excelize.DocProperties{Title: "groundwork coding sheet", Creator: "groundwork", Subject: "coder " + coder})
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return n, err
}
