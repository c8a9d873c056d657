package reports

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/xuri/excelize/v2"
)

// WriteXLSX writes the framework-matrix workbook: an overview sheet, one
// sheet per family with programmes as rows and codes as columns (each cell
// the prevalence and a typical quote), and a sheet of statistics.
func WriteXLSX(w io.Writer, r *Report) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", "Overview"); err != nil {
		return err
	}
	if err := overviewSheet(f, st, r); err != nil {
		return err
	}
	for i, name := range familySheetNames(r) {
		if err := familySheet(f, st, r, r.Families[i], name); err != nil {
			return err
		}
	}
	if r.Comparison != nil {
		if err := statisticsSheet(f, st, r.Comparison); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

// xlsxStyles are the workbook's cell styles.
type xlsxStyles struct{ bold, wrap int }

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Fill: excelize.Fill{Type: "pattern", Color: []string{"#E8EEF5"}, Pattern: 1}})
	if err != nil {
		return xlsxStyles{}, err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	return xlsxStyles{bold: bold, wrap: wrap}, err
}

func overviewSheet(f *excelize.File, st xlsxStyles, r *Report) error {
	rows := [][]any{{r.Title}, {fmt.Sprintf("%d interviews, %d words, %d programmes", r.Overview.Interviews, r.Overview.Words, len(r.Overview.Programmes))},
		{fmt.Sprintf("Codebook %s v%s (%s)", r.Codebook.Name, orUnknown(r.Codebook.Version), r.Codebook.Hash)}, {r.Counting.Description}, {},
		{"Programme", "Interviews", "Words", "Roles"}}
	for _, p := range r.Overview.Programmes {
		rows = append(rows, []any{p.Name, p.Interviews, p.Words, countsText(p.Roles)})
	}
	return writeSheet(f, "Overview", rows, st.bold, [2]string{"A6", "D6"}, colWidth{"A", "A", 30}, colWidth{"D", "D", 60})
}

// familySheet writes one family's sheet: programmes as rows, its codes as
// columns.
func familySheet(f *excelize.File, st xlsxStyles, r *Report, fam Family, sheet string) error {
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
	last, err1 := excelize.CoordinatesToCellName(len(header), len(rows))
	lastHeader, err2 := excelize.CoordinatesToCellName(len(header), 1)
	lastCol, err3 := excelize.ColumnNumberToName(len(header))
	if err := errors.Join(err1, err2, err3); err != nil {
		return err
	}
	if err := writeSheet(f, sheet, rows, st.bold, [2]string{"A1", lastHeader}, colWidth{"A", "A", 26}, colWidth{"C", lastCol, 42}); err != nil {
		return err
	}
	return errors.Join(
		f.SetCellStyle(sheet, "A2", last, st.wrap),
		f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 2, YSplit: 1, TopLeftCell: "C2", ActivePane: "bottomRight"}))
}

func statisticsSheet(f *excelize.File, st xlsxStyles, c *analysis.Comparison) error {
	if _, err := f.NewSheet("Statistics"); err != nil {
		return err
	}
	rows := [][]any{{"code", "chi2", "df", "p", "p (BH)", "method", "Cramér's V", "over (+) / under (−)", "notes"}}
	for _, cc := range c.Codes {
		rows = append(rows, []any{cc.Code, optNum(cc.Chi2), optInt(cc.DF), optNum(cc.PValue), optNum(cc.PAdjusted), cc.Method, optNum(cc.CramersV), cc.Marked(), strings.Join(cc.Notes, " ")})
	}
	return writeSheet(f, "Statistics", rows, st.bold, [2]string{"A1", "I1"}, colWidth{"A", "A", 30}, colWidth{"I", "I", 80})
}

// colWidth sets the width of the columns from to to.
type colWidth struct {
	from, to string
	width    float64
}

// writeSheet writes rows to a sheet, with the header cells (a range) in
// bold and the widths of some columns set.
func writeSheet(f *excelize.File, sheet string, rows [][]any, bold int, header [2]string, widths ...colWidth) error {
	if err := setRows(f, sheet, rows); err != nil {
		return err
	}
	errs := []error{f.SetCellStyle(sheet, header[0], header[1], bold)}
	for _, w := range widths {
		errs = append(errs, f.SetColWidth(sheet, w.from, w.to, w.width))
	}
	return errors.Join(errs...)
}

func setRows(f *excelize.File, sheet string, rows [][]any) error {
	for i, row := range rows {
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		if err != nil {
			return err
		}
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	return nil
}

// familySheetNames names each family's sheet after its label, so that no
// two sheets share a name (Excel ignores case): a name already taken, by
// another family or the Overview and Statistics sheets, gets " (2)",
// " (3)"; excelize would otherwise write the second into the first.
func familySheetNames(r *Report) []string {
	used := map[string]bool{"overview": true}
	if r.Comparison != nil {
		used["statistics"] = true
	}
	out := make([]string, len(r.Families))
	for i, fam := range r.Families {
		base := sheetName(fam.Label)
		name := base
		for n := 2; used[strings.ToLower(name)]; n++ {
			suffix := fmt.Sprintf(" (%d)", n)
			name = firstRunes(base, maxSheetName-len(suffix)) + suffix
		}
		used[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}

// maxSheetName is the longest sheet name Excel accepts, in characters.
const maxSheetName = 31

func firstRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// sheetName makes a family label a valid sheet name: at most 31
// characters, none of : \ / ? * [ ], not starting or ending with a
// quote, not blank.
func sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, s)
	s = strings.Trim(firstRunes(s, maxSheetName), "'")
	if strings.TrimSpace(s) == "" {
		return "Family"
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
