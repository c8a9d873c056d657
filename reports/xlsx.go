package reports

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// WriteXLSX writes the framework-matrix workbook: an overview sheet, one
// sheet per family with programmes as rows and codes as columns (each cell
// the prevalence and a typical quote), and a sheet of statistics.
func WriteXLSX(w io.Writer, r *Report) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Fill: excelize.Fill{Type: "pattern", Color: []string{"#E8EEF5"}, Pattern: 1}})
	wrap, _ := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})

	if err := f.SetSheetName("Sheet1", "Overview"); err != nil {
		return err
	}
	rows := [][]any{{r.Title}, {fmt.Sprintf("%d interviews, %d words, %d programmes", r.Overview.Interviews, r.Overview.Words, len(r.Overview.Programmes))},
		{fmt.Sprintf("Codebook %s v%s (%s)", r.Codebook.Name, orUnknown(r.Codebook.Version), r.Codebook.Hash)}, {r.Counting.Description}, {},
		{"Programme", "Interviews", "Words", "Roles"}}
	for _, p := range r.Overview.Programmes {
		rows = append(rows, []any{p.Name, p.Interviews, p.Words, countsText(p.Roles)})
	}
	if err := setRows(f, "Overview", rows); err != nil {
		return err
	}
	f.SetCellStyle("Overview", "A6", "D6", bold)
	f.SetColWidth("Overview", "A", "A", 30)
	f.SetColWidth("Overview", "D", "D", 60)

	for _, fam := range r.Families {
		sheet := sheetName(fam.Label)
		if _, err := f.NewSheet(sheet); err != nil {
			return err
		}
		header := []any{"Programme", "n"}
		for _, c := range fam.Codes {
			header = append(header, c)
		}
		rows := [][]any{header}
		for _, row := range r.Matrix {
			line := []any{row.Programme, row.Interviews}
			for _, c := range fam.Codes {
				cell := cellOf(row.Cells, c)
				text := fmt.Sprintf("%s (%d/%d)", pct(cell.Prevalence), cell.Informants, cell.N)
				if q := typicalQuote(r, c, row.Programme); q != "" {
					text += "\n“" + q + "”"
				}
				line = append(line, text)
			}
			rows = append(rows, line)
		}
		if err := setRows(f, sheet, rows); err != nil {
			return err
		}
		last, _ := excelize.CoordinatesToCellName(len(header), len(rows))
		lastHeader, _ := excelize.CoordinatesToCellName(len(header), 1)
		f.SetCellStyle(sheet, "A1", lastHeader, bold)
		f.SetCellStyle(sheet, "A2", last, wrap)
		f.SetColWidth(sheet, "A", "A", 26)
		lastCol, _ := excelize.ColumnNumberToName(len(header))
		f.SetColWidth(sheet, "C", lastCol, 42)
		f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 2, YSplit: 1, TopLeftCell: "C2", ActivePane: "bottomRight"})
	}

	if c := r.Comparison; c != nil {
		if _, err := f.NewSheet("Statistics"); err != nil {
			return err
		}
		rows := [][]any{{"code", "chi2", "df", "p", "p (BH)", "method", "Cramér's V", "over (+) / under (−)", "notes"}}
		for _, cc := range c.Codes {
			rows = append(rows, []any{cc.Code, optNum(cc.Chi2), optInt(cc.DF), optNum(cc.PValue), optNum(cc.PAdjusted), cc.Method, optNum(cc.CramersV), cc.Marked(), strings.Join(cc.Notes, " ")})
		}
		if err := setRows(f, "Statistics", rows); err != nil {
			return err
		}
		f.SetCellStyle("Statistics", "A1", "I1", bold)
		f.SetColWidth("Statistics", "A", "A", 30)
		f.SetColWidth("Statistics", "I", "I", 80)
	}
	f.SetActiveSheet(0)
	_, err := f.WriteTo(w)
	return err
}

func setRows(f *excelize.File, sheet string, rows [][]any) error {
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	return nil
}

// sheetName makes a family label a valid sheet name (at most 31
// characters, none of : \ / ? * [ ]).
func sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	return s
}

func typicalQuote(r *Report, code, programme string) string {
	for _, s := range r.Codes {
		if s.ID != code {
			continue
		}
		for _, g := range s.Quotes {
			if g.Programme == programme && len(g.Quotes) > 0 {
				return strings.Join(strings.Fields(g.Quotes[0].Text), " ")
			}
		}
	}
	return ""
}

func optNum(v *float64) any {
	if v == nil {
		return ""
	}
	return *v
}

func optInt(v *int) any {
	if v == nil {
		return ""
	}
	return *v
}
