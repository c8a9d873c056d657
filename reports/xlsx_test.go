package reports

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/groundwork-qda/groundwork/analysis"
)

// TestXLSXSheetNames checks that every family gets a sheet of its own
// whatever its label, named within Excel's 31 characters at a word
// boundary: excelize writes a second sheet of the same name into the
// first, and refuses names that are blank or quoted.
func TestXLSXSheetNames(t *testing.T) {
	tests := []struct {
		labels     []string
		comparison bool
		want       string
	}{
		{[]string{"Benefits", "Matching"}, true, "Overview,Matrix,Benefits,Matching,Quotes,Statistics"},
		{[]string{"Same", "same"}, false, "Overview,Matrix,Same,same (2),Quotes"},
		{[]string{"Overview", "Quotes"}, false, "Overview,Matrix,Overview (2),Quotes (2),Quotes"},
		{[]string{"Statistics"}, true, "Overview,Matrix,Statistics (2),Quotes,Statistics"},
		{[]string{"Statistics"}, false, "Overview,Matrix,Statistics,Quotes"},
		{[]string{"'Quoted'", " "}, false, "Overview,Matrix,Quoted,Family,Quotes"},
		{[]string{"What: the [first] one/two?", "Maintaining relationship boundaries", "Maintaining relationship boundaries well"},
			false, "Overview,Matrix,What- the -first- one-two-,Maintaining relationship…,Maintaining relationship… (2),Quotes"},
		{[]string{"Supercalifragilisticexpialidociousness"}, false, "Overview,Matrix,Supercalifragilisticexpialidoc…,Quotes"},
	}
	for _, tt := range tests {
		r := &Report{Title: "x", Matrix: []MatrixRow{{Programme: "A", Interviews: 1}}}
		for i, l := range tt.labels {
			r.Families = append(r.Families, Family{ID: string(rune('a' + i)), Label: l, Codes: []string{"c"}})
		}
		if tt.comparison {
			r.Comparison = &analysis.Comparison{}
		}
		var b bytes.Buffer
		if err := WriteXLSX(&b, r); err != nil {
			t.Errorf("%q: %v", tt.labels, err)
			continue
		}
		f, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		got := f.GetSheetList()
		if strings.Join(got, ",") != tt.want {
			t.Errorf("%q: sheets %s, want %s", tt.labels, strings.Join(got, ","), tt.want)
		}
		for _, name := range got {
			if n := len([]rune(name)); n > maxSheetName {
				t.Errorf("sheet %q has %d characters; Excel takes %d", name, n, maxSheetName)
			}
		}
		f.Close()
	}
}

// TestXLSXWorkbook reads the small study's workbook as an analyst would:
// shares are numbers formatted as percentages, each quote in a column of
// its own, the header frozen with filters on.
func TestXLSXWorkbook(t *testing.T) {
	f := workbook(t, mustBuild(t, "x", smallStudy(t), Options{}))
	if got := strings.Join(f.GetSheetList(), ","); got != "Overview,Matrix,Relationship boundaries,Organisational responses,Quotes,Statistics" {
		t.Errorf("sheets = %s", got)
	}
	const sheet = "Relationship boundaries"
	header, _ := f.GetRows(sheet)
	if len(header) < 4 || strings.Join(header[1], "|") != "Programme|Interviews|Relationship boundaries: share of interviews|Personal contact: share of interviews|Personal contact: typical quote" {
		t.Fatalf("%s header = %q", sheet, header)
	}
	if v := numericCell(t, f, sheet, "D3", 9); v != 1 {
		t.Errorf("HeartMates personal contact share = %v, want 1 (100%%)", v)
	}
	if q, _ := f.GetCellValue(sheet, "E3"); !strings.HasPrefix(q, "She rang me at midnight") && !strings.HasPrefix(q, "Honestly I'd text him") {
		t.Errorf("HeartMates personal contact quote = %q, want a quote of its own", q)
	}
	for _, name := range f.GetSheetList()[1:] {
		panes, err := f.GetPanes(name)
		if err != nil || !panes.Freeze || panes.YSplit != 2 {
			t.Errorf("%s: panes %+v (%v), want the note and header rows frozen", name, panes, err)
		}
	}
	if got := filteredSheets(f); len(got) != len(f.GetSheetList())-1 {
		t.Errorf("filters on %v, want every data sheet", got)
	}
	if v := numericCell(t, f, "Statistics", "F3", -1); v < 0 || v > 1 {
		t.Errorf("Statistics p = %v", v)
	}
	if style := cellNumFmt(t, f, "Statistics", "F3"); style != "0.000" {
		t.Errorf("p-value format = %q, want 0.000", style)
	}
}

func workbook(t *testing.T, r *Report) *excelize.File {
	t.Helper()
	var b bytes.Buffer
	if err := WriteXLSX(&b, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// numericCell returns a cell's value, failing unless it is stored as a
// number (and, when numFmt ≥ 0, has that built-in number format).
func numericCell(t *testing.T, f *excelize.File, sheet, cell string, numFmt int) float64 {
	t.Helper()
	raw, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	typ, _ := f.GetCellType(sheet, cell)
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("%s!%s = %q is stored as text, not a number", sheet, cell, raw)
		return -1
	}
	if numFmt >= 0 {
		id, _ := f.GetCellStyle(sheet, cell)
		st, err := f.GetStyle(id)
		if err != nil || st.NumFmt != numFmt {
			t.Errorf("%s!%s has number format %v, want %d", sheet, cell, st, numFmt)
		}
	}
	return v
}

func cellNumFmt(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, _ := f.GetCellStyle(sheet, cell)
	st, err := f.GetStyle(id)
	if err != nil || st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

// filteredSheets lists the sheets with an autofilter.
func filteredSheets(f *excelize.File) []string {
	var out []string
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			out = append(out, dn.Scope)
		}
	}
	return out
}

// TestXLSXCarriesCoverage: when people have coded only some interviews,
// the workbook says so as report.md does (the Overview and every data
// sheet's note) and the Matrix sheet, like matrix.csv, counts each
// programme's interviews nobody has coded yet: read from the workbook, a
// share of 0 was coding not yet done taken for a theme absent.
func TestXLSXCarriesCoverage(t *testing.T) {
	r := mustBuild(t, "x", smallStudy(t), Options{NoCharts: true})
	const warning = "People have coded 2 of the 3 interviews so far"
	if !strings.Contains(strings.Join(r.Warnings, " "), warning) {
		t.Fatalf("warnings = %q, want the small study's coverage", r.Warnings)
	}
	f := workbook(t, r)
	overview, err := f.GetRows("Overview")
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, row := range overview {
		text = append(text, strings.Join(row, " "))
	}
	if !strings.Contains(strings.Join(text, "\n"), warning) {
		t.Errorf("the Overview sheet does not warn of the uncoded interview:\n%s", strings.Join(text, "\n"))
	}
	for _, sheet := range f.GetSheetList()[1:] {
		if v, _ := f.GetCellValue(sheet, "A1"); !strings.Contains(v, warning) {
			t.Errorf("sheet %s's note %q does not warn of the uncoded interview", sheet, v)
		}
	}
	rows, err := f.GetRows("Matrix")
	if err != nil {
		t.Fatal(err)
	}
	last := len(rows[1]) - 1
	if !strings.HasPrefix(rows[1][last], "Interviews nobody has coded yet") {
		t.Fatalf("Matrix's last column is %q", rows[1][last])
	}
	for _, row := range rows[2:] {
		want := "0"
		if row[3] == "NICU Parent Buddies" {
			want = "1"
		}
		if row[last] != want {
			t.Errorf("Matrix row %q: %s not yet coded, want %s", row[:4], row[last], want)
		}
	}
}
