package reports

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
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
	var rows [][]string
	err = st.EachSegment(ctx, corpus.SegmentFilter{DocIDs: opts.Documents}, func(s *corpus.Segment) error {
		d := byID[s.DocID]
		rows = append(rows, []string{s.Key(), s.DocID, d.Attr("programme"), d.Attr("role"), s.Speaker, s.Text, "", projectID})
		return nil
	})
	if err != nil {
		return 0, err
	}
	switch opts.Format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(SheetColumns())
		cw.WriteAll(rows)
		return len(rows), cw.Error()
	case "xlsx":
		return len(rows), writeXLSXSheet(w, rows, cb, opts.Coder)
	}
	return 0, fmt.Errorf("unknown sheet format %q; name the file .xlsx or .csv", opts.Format)
}

const (
	codingSheet   = "Coding"
	codebookSheet = "Codebook"
)

func writeXLSXSheet(w io.Writer, rows [][]string, cb *codebook.Codebook, coder string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", codingSheet); err != nil {
		return err
	}
	header, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Color: []string{"#E8EEF5"}, Pattern: 1}})
	wrap, _ := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	cols := SheetColumns()
	if err := f.SetSheetRow(codingSheet, "A1", &cols); err != nil {
		return err
	}
	f.SetCellStyle(codingSheet, "A1", "H1", header)
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(codingSheet, cell, &r); err != nil {
			return err
		}
	}
	last := strconv.Itoa(len(rows) + 1)
	f.SetColWidth(codingSheet, "A", "B", 12)
	f.SetColWidth(codingSheet, "C", "E", 18)
	f.SetColWidth(codingSheet, "F", "F", 80)
	f.SetColWidth(codingSheet, "G", "G", 30)
	f.SetColWidth(codingSheet, "H", "H", 10)
	f.SetCellStyle(codingSheet, "F2", "F"+last, wrap)
	f.SetPanes(codingSheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})

	if _, err := f.NewSheet(codebookSheet); err != nil {
		return err
	}
	cbCols := []string{"id", "label", "definition", "use when", "do not use when"}
	f.SetSheetRow(codebookSheet, "A1", &cbCols)
	f.SetCellStyle(codebookSheet, "A1", "E1", header)
	codes := cb.Codes()
	for i, c := range codes {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		row := []string{c.ID, c.Label, c.Definition, c.UseWhen, c.DoNotUseWhen}
		f.SetSheetRow(codebookSheet, cell, &row)
	}
	f.SetColWidth(codebookSheet, "A", "B", 28)
	f.SetColWidth(codebookSheet, "C", "E", 60)
	f.SetCellStyle(codebookSheet, "C2", "E"+strconv.Itoa(len(codes)+1), wrap)

	// A drop-down of code ids; several codes go in one cell separated by
	// ";", so other values are allowed with a reminder rather than refused.
	dv := excelize.NewDataValidation(true)
	dv.SetSqref("G2:G" + last)
	dv.SetSqrefDropList(fmt.Sprintf("%s!$A$2:$A$%d", codebookSheet, len(codes)+1))
	dv.SetError(excelize.DataValidationErrorStyleInformation, "Several codes?", "Separate code ids with ; — every id must be on the Codebook sheet.")
	dv.SetInput("Codes", "Pick a code id, or type several separated by ;")
	if err := f.AddDataValidation(codingSheet, dv); err != nil {
		return err
	}
	f.SetDocProps(&excelize.DocProperties{Title: "groundwork coding sheet", Creator: "groundwork", Subject: "coder " + coder})
	f.SetActiveSheet(0)
	_, err := f.WriteTo(w)
	return err
}
