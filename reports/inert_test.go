package reports

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"
)

// TestOutputsAreInert: names and quotes come from people; a report must
// not let them run as HTML in report.md or as formulas in a spreadsheet
// opening the CSV files.
func TestOutputsAreInert(t *testing.T) {
	quote := "=HYPERLINK(\"http://x\") she rang <img src=x onerror=alert(1)>"
	ds := fixture(t, []testDoc{
		{"hm-01", "<script>alert(1)</script>", "@peer", quote,
			map[string]string{"boundaries.personal_contact": quote}},
		{"hm-02", "+Programme", "-role", "She rang me at midnight, every night.",
			map[string]string{"boundaries.personal_contact": "She rang me at midnight, every night."}},
	})
	r := mustBuild(t, "Study", ds, Options{QuotesPerProgramme: 3})
	var md bytes.Buffer
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	for _, raw := range []string{"<script", "<img"} {
		if strings.Contains(md.String(), raw) {
			t.Errorf("report.md carries raw HTML %q", raw)
		}
	}
	var matrix, codings bytes.Buffer
	if err := WriteMatrixCSV(&matrix, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteCodings(context.Background(), &codings, ds, "csv"); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string]*bytes.Buffer{"matrix.csv": &matrix, "codings.csv": &codings} {
		rows, err := csv.NewReader(b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) && !isNum(cell) {
					t.Errorf("%s: cell %q would run as a formula", name, cell)
				}
			}
		}
	}
}

func isNum(s string) bool {
	for _, r := range s[1:] {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return len(s) > 1
}
