package reports

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/groundwork-qda/groundwork/analysis"
)

// WriteXLSX writes the framework-matrix workbook for analysts: an overview,
// the matrix as one long table (a row per programme and code), a sheet per
// family (programmes × codes, each share beside its quote), the quotes, the
// statistics and the agreement. Numbers are stored as numbers with number
// formats (shares as percentages, p-values to three decimals); every data
// sheet has a note in its first row (saying "DRAFT" when nobody has
// reviewed the codings), its header in the second, frozen, with filters.
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
	names := familySheetNames(r)
	sheets := []func() error{func() error { return matrixSheet(f, st, r) }}
	for i := range r.Families {
		sheets = append(sheets, func() error { return familySheet(f, st, r, r.Families[i], names[i]) })
	}
	sheets = append(sheets, func() error { return quotesSheet(f, st, r) })
	if r.Comparison != nil || r.RoleComparison != nil {
		sheets = append(sheets, func() error { return statisticsSheet(f, st, r) })
	}
	if r.Agreement != nil {
		sheets = append(sheets, func() error { return agreementSheet(f, st, r) })
	}
	for _, s := range sheets {
		if err := s(); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

// xlsxStyles are the workbook's cell styles.
type xlsxStyles struct{ bold, note, wrap, percent, p, dec2, dec3, int int }

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	top := &excelize.Alignment{Vertical: "top"}
	wrapTop := &excelize.Alignment{WrapText: true, Vertical: "top"}
	fmtOf := func(s string) *string { return &s }
	specs := []*excelize.Style{
		{Font: &excelize.Font{Bold: true}, Alignment: wrapTop, Fill: excelize.Fill{Type: "pattern", Color: []string{"#E8EEF5"}, Pattern: 1}},
		{Font: &excelize.Font{Bold: true, Color: "#7A1F1A"}},
		{Alignment: wrapTop},
		{NumFmt: 9, Alignment: top}, // 0%
		{CustomNumFmt: fmtOf("0.000"), Alignment: top},
		{CustomNumFmt: fmtOf("0.00"), Alignment: top},
		{CustomNumFmt: fmtOf("0.000"), Alignment: top},
		{NumFmt: 1, Alignment: top}, // 0
	}
	ids := make([]int, len(specs))
	for i, s := range specs {
		id, err := f.NewStyle(s)
		if err != nil {
			return xlsxStyles{}, err
		}
		ids[i] = id
	}
	return xlsxStyles{bold: ids[0], note: ids[1], wrap: ids[2], percent: ids[3], p: ids[4], dec2: ids[5], dec3: ids[6], int: ids[7]}, nil
}

// basisNote is the first row of every data sheet: what it holds and what
// the numbers count, and when people have coded only some interviews, that
// the others count as having no code.
func basisNote(r *Report, what string) string {
	switch r.Counting.Basis {
	case BasisDraft:
		return "DRAFT: " + what + ". No coding has been reviewed by a person: these are suggestions, not findings."
	case BasisMixed:
		return what + ". Includes suggestions nobody has reviewed (see the unreviewed column)."
	}
	return what + ". Codings people made or accepted." + prefixSpace(strings.Join(coverageWarnings(r), " "))
}

func overviewSheet(f *excelize.File, st xlsxStyles, r *Report) error {
	first := r.Title
	if r.Draft {
		first = "DRAFT: " + draftBanner(r)
	}
	rows := [][]any{{first}}
	for _, w := range r.Warnings {
		rows = append(rows, []any{"Warning: " + w})
	}
	notes := len(rows)
	rows = append(rows, []any{fmt.Sprintf("%s, %s, %s", plural(r.Overview.Interviews, "interview"), r.Overview.WordsText(), plural(len(r.Overview.Programmes), "programme"))},
		[]any{fmt.Sprintf("Codebook %s, version %s (%s)", r.Codebook.Name, orUnknown(r.Codebook.Version), r.Codebook.Hash)}, []any{r.Counting.Description}, []any{},
		[]any{"Programme", "Interviews", "Words", "Roles"})
	header := len(rows)
	for _, p := range r.Overview.Programmes {
		rows = append(rows, []any{orUnknown(p.Name), p.Interviews, p.Words, countsText(p.Roles)})
	}
	if err := setRows(f, "Overview", rows); err != nil {
		return err
	}
	style := st.bold
	if r.Draft {
		style = st.note
	}
	errs := []error{f.SetCellStyle("Overview", "A1", "A1", style), f.SetCellStyle("Overview", "A"+strconv.Itoa(header), "D"+strconv.Itoa(header), st.bold),
		f.SetColWidth("Overview", "A", "A", 30), f.SetColWidth("Overview", "D", "D", 70)}
	if notes > 1 {
		errs = append(errs, f.SetCellStyle("Overview", "A2", "A"+strconv.Itoa(notes), st.note))
	}
	return errors.Join(errs...)
}

// column is one column of a data sheet.
type column struct {
	header string
	width  float64
	style  int // the data cells' style (0: none)
}

// writeTable writes a data sheet: a note in row 1, the header in row 2
// (frozen, with filters), the rows below with their columns' styles.
func writeTable(f *excelize.File, st xlsxStyles, sheet, note string, cols []column, rows [][]any) error {
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = c.header
	}
	if err := setRows(f, sheet, append([][]any{{note}, header}, rows...)); err != nil {
		return err
	}
	lastCol, err := excelize.ColumnNumberToName(len(cols))
	if err != nil {
		return err
	}
	errs := []error{f.SetCellStyle(sheet, "A1", "A1", st.note), f.SetCellStyle(sheet, "A2", lastCol+"2", st.bold)}
	for i, c := range cols {
		name, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if c.width > 0 {
			errs = append(errs, f.SetColWidth(sheet, name, name, c.width))
		}
		if c.style != 0 && len(rows) > 0 {
			errs = append(errs, f.SetCellStyle(sheet, fmt.Sprintf("%s3", name), fmt.Sprintf("%s%d", name, len(rows)+2), c.style))
		}
	}
	lastRow := max(3, len(rows)+2)
	errs = append(errs,
		f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}),
		f.AutoFilter(sheet, fmt.Sprintf("A2:%s%d", lastCol, lastRow), nil))
	return errors.Join(errs...)
}

// matrixSheet is the framework matrix as one long table, one row per
// programme and code, for filters and pivot tables.
func matrixSheet(f *excelize.File, st xlsxStyles, r *Report) error {
	cols := []column{{"Family", 26, 0}, {"Code", 32, 0}, {"Code id", 24, 0}, {"Programme", 26, 0}, {"Interviews with the code", 12, st.int},
		{"Interviews", 11, st.int}, {"Share of interviews", 11, st.percent}, {"Coded passages", 11, st.int}, {"Interviews on unreviewed suggestions only", 14, st.int},
		{"Typical quote", 70, st.wrap}, {"Quoted from", 34, st.wrap}, {"Interviews nobody has coded yet (counted as without the code)", 16, st.int}}
	family := map[string]string{}
	for _, fam := range r.Families {
		for _, c := range fam.Codes {
			family[c] = fam.Label
		}
	}
	var rows [][]any
	for _, fam := range r.Families {
		for _, code := range fam.Codes {
			for _, row := range r.Matrix {
				c := cellOf(row.Cells, code)
				q := typicalQuote(r, code, row.Programme)
				from := ""
				if q != nil {
					from = attribution(q.Quote)
				}
				rows = append(rows, []any{family[code], r.label(code), code, orUnknown(row.Programme), c.Informants, c.N, c.Prevalence, c.Segments, c.Unreviewed, quoteText(q), from, row.Uncoded})
			}
		}
	}
	return writeTable(f, st, "Matrix", basisNote(r, "Framework matrix, one row per programme and code"), cols, rows)
}

// familySheet writes one family's sheet: programmes as rows; for each of
// its codes, the share of interviews and, in the next column, a quote.
func familySheet(f *excelize.File, st xlsxStyles, r *Report, fam Family, sheet string) error {
	cols := []column{{"Programme", 26, 0}, {"Interviews", 11, st.int}}
	for _, c := range fam.Codes {
		cols = append(cols, column{r.label(c) + ": share of interviews", 12, st.percent})
		if !isHeading(r, c) {
			cols = append(cols, column{r.label(c) + ": typical quote", 48, st.wrap})
		}
	}
	var rows [][]any
	for _, row := range r.Matrix {
		line := []any{orUnknown(row.Programme), row.Interviews}
		for _, c := range fam.Codes {
			line = append(line, cellOf(row.Cells, c).Prevalence)
			if !isHeading(r, c) {
				line = append(line, quoteText(typicalQuote(r, c, row.Programme)))
			}
		}
		rows = append(rows, line)
	}
	return writeTable(f, st, sheet, basisNote(r, "Framework matrix: "+fam.Label), cols, rows)
}

// isHeading reports whether code's section is only a heading over its
// sub-codes (Report.Heading), which have the quotes; a code the report
// has no section for is one too.
func isHeading(r *Report, code string) bool {
	for _, s := range r.Codes {
		if s.ID == code {
			return r.Heading(s)
		}
	}
	return true
}

// quotesSheet lists every quote of the report with where it is from.
func quotesSheet(f *excelize.File, st xlsxStyles, r *Report) error {
	cols := []column{{"Code", 32, 0}, {"Programme", 26, 0}, {"Role", 18, 0}, {"Interview", 12, 0}, {"Quote", 90, st.wrap}, {"Start", 9, st.int}, {"End", 9, st.int}}
	var rows [][]any
	for _, s := range r.Codes {
		for _, g := range s.Quotes {
			for _, q := range g.Quotes {
				if q.SeeAlso == "" {
					rows = append(rows, []any{s.Label, orUnknown(q.Programme), orUnknown(q.Role), q.Document, q.Text, q.Start, q.End})
				}
			}
		}
	}
	return writeTable(f, st, "Quotes", basisNote(r, "Typical quotes, one per code and programme; start and end are character offsets into the transcript"), cols, rows)
}

func statisticsSheet(f *excelize.File, st xlsxStyles, r *Report) error {
	cols := []column{{"Compared by", 12, 0}, {"Code", 32, 0}, {"Code id", 24, 0}, {"χ²", 9, st.dec2}, {"df", 6, st.int}, {"p", 9, st.p},
		{"Adjusted p (Benjamini–Hochberg)", 14, st.p}, {"Test", 22, 0}, {"Cramér's V", 10, st.dec2}, {"More than expected", 28, st.wrap}, {"Less than expected", 28, st.wrap}, {"Notes", 60, st.wrap}}
	var rows [][]any
	for _, cmp := range []*analysis.Comparison{r.Comparison, r.RoleComparison} {
		if cmp == nil {
			continue
		}
		for _, cc := range cmp.Codes {
			more, less := overUnder(cc)
			rows = append(rows, []any{cmp.By, r.label(cc.Code), cc.Code, optNum(cc.Chi2), optInt(cc.DF), optNum(cc.PValue), optNum(cc.PAdjusted),
				methodText(cc.Method), optNum(cc.CramersV), strings.Join(more, ", "), strings.Join(less, ", "), strings.Join(cc.Notes, " ")})
		}
	}
	return writeTable(f, st, "Statistics", basisNote(r, "Differences between programmes and between roles"), cols, rows)
}

func agreementSheet(f *excelize.File, st xlsxStyles, r *Report) error {
	a := r.Agreement
	cols := []column{{"Code", 32, 0}, {"Code id", 24, 0}, {"Units", 9, st.int}, {"Percent agreement", 12, st.dec3}, {"Cohen's κ", 10, st.dec3},
		{"Fleiss' κ", 10, st.dec3}, {"Krippendorff's α", 12, st.dec3}, {"α 95% interval, low", 12, st.dec3}, {"α 95% interval, high", 12, st.dec3}}
	var rows [][]any
	for _, c := range append(append([]analysis.CodeAgreement{}, a.Codes...), a.Overall) {
		name := r.label(c.Code)
		if c.Code == a.Overall.Code {
			name = "All codes (" + a.Unit + " × code decisions)"
		}
		lo, hi := any(""), any("")
		if ci := c.KrippendorffAlphaCI95; ci != nil {
			lo, hi = ci[0], ci[1]
		}
		rows = append(rows, []any{name, c.Code, c.PairableUnits, optNum(c.PercentAgreement), optNum(c.CohenKappa), optNum(c.FleissKappa), optNum(c.KrippendorffAlpha), lo, hi})
	}
	return writeTable(f, st, "Agreement", fmt.Sprintf("Agreement between %s, by %s", andList(a.Coders), a.Unit), cols, rows)
}

func overUnder(cc analysis.CodeComparison) (more, less []string) {
	for _, c := range cc.Cells {
		switch {
		case c.Residual == nil:
		case *c.Residual > 1.96:
			more = append(more, orUnknown(c.Group))
		case *c.Residual < -1.96:
			less = append(less, orUnknown(c.Group))
		}
	}
	return more, less
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

// familySheetNames names each family's sheet after its label, cut at a word
// boundary to fit Excel's 31 characters, so that no two sheets share a
// name (Excel ignores case): a name already taken, by another family or
// another sheet, gets " (2)", " (3)"; excelize would otherwise write the
// second into the first.
func familySheetNames(r *Report) []string {
	used := map[string]bool{"overview": true, "matrix": true, "quotes": true}
	if r.Comparison != nil || r.RoleComparison != nil {
		used["statistics"] = true
	}
	if r.Agreement != nil {
		used["agreement"] = true
	}
	out := make([]string, len(r.Families))
	for i, fam := range r.Families {
		name := sheetName(fam.Label, maxSheetName)
		for n := 2; used[strings.ToLower(name)]; n++ {
			suffix := fmt.Sprintf(" (%d)", n)
			name = sheetName(fam.Label, maxSheetName-len(suffix)) + suffix
		}
		used[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}

// maxSheetName is the longest sheet name Excel accepts, in characters.
const maxSheetName = 31

// sheetName makes a family label a valid sheet name of at most n
// characters: none of : \ / ? * [ ], not starting or ending with a quote,
// not blank; a longer label is cut after its last whole word that fits,
// with an ellipsis.
func sheetName(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, s)
	s = strings.TrimSpace(strings.Trim(s, "'"))
	if r := []rune(s); len(r) > n {
		cut := string(r[:n-1])
		if i := strings.LastIndexByte(cut, ' '); i > 0 && i >= (n-1)/2 {
			cut = cut[:i]
		}
		s = strings.TrimRight(strings.TrimSpace(cut), ",;-–") + "…"
	}
	if strings.TrimSpace(s) == "" {
		return "Family"
	}
	return s
}

// typicalQuote is the first quote the report gives a code for a programme.
func typicalQuote(r *Report, code, programme string) *Exemplar {
	for _, s := range r.Codes {
		if s.ID != code {
			continue
		}
		for _, g := range s.Quotes {
			if g.Programme == programme {
				for i := range g.Quotes {
					if g.Quotes[i].SeeAlso == "" {
						return &g.Quotes[i]
					}
				}
			}
		}
	}
	return nil
}

func quoteText(q *Exemplar) string {
	if q == nil {
		return ""
	}
	return strings.Join(strings.Fields(q.Text), " ")
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
