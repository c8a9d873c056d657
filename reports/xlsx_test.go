package reports

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/groundwork-qda/groundwork/analysis"
)

// TestXLSXSheetNames checks that every family gets a sheet of its own
// whatever its label: excelize writes a second sheet of the same name into
// the first, and refuses names that are blank or quoted.
func TestXLSXSheetNames(t *testing.T) {
	tests := []struct {
		labels     []string
		comparison bool
		want       string
	}{
		{[]string{"Benefits", "Matching"}, true, "Overview,Benefits,Matching,Statistics"},
		{[]string{"Same", "same"}, false, "Overview,Same,same (2)"},
		{[]string{"Overview"}, false, "Overview,Overview (2)"},
		{[]string{"Statistics"}, true, "Overview,Statistics (2),Statistics"},
		{[]string{"Statistics"}, false, "Overview,Statistics"},
		{[]string{"'Quoted'", " "}, false, "Overview,Quoted,Family"},
		{[]string{"What: the [first] one/two?", "A label far longer than thirty-one characters", "A label far longer than thirty-one characters too"},
			false, "Overview,What- the -first- one-two-,A label far longer than thirty-,A label far longer than thi (2)"},
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
		if got := strings.Join(f.GetSheetList(), ","); got != tt.want {
			t.Errorf("%q: sheets %s, want %s", tt.labels, got, tt.want)
		}
		f.Close()
	}
}
