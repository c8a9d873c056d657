package reports

import (
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/analysis/reliability"
)

// TestAgreementSummaryReadsTheInterval: the summary called a pooled
// α = 0.84 "reliable by Krippendorff's standard of 0.8" although its 95%
// interval reached down to 0.79 and some codes were far below 0.667. It
// says what the interval allows and names the codes below 0.667, in the
// summary and in the methods appendix.
func TestAgreementSummaryReadsTheInterval(t *testing.T) {
	num := func(v float64) *float64 { return &v }
	code := func(id string, alpha float64) analysis.CodeAgreement {
		return analysis.CodeAgreement{Code: id, Result: reliability.Result{PairableUnits: 89, KrippendorffAlpha: num(alpha)}}
	}
	tests := []struct {
		overall   float64
		ci        *[2]float64
		codes     []analysis.CodeAgreement
		want      []string
		notWanted string
	}{
		{0.84, &[2]float64{0.786, 0.882}, []analysis.CodeAgreement{code("a", 0.9), code("b", 0.552), code("c", 0)},
			[]string{"95% interval 0.786 to 0.882", "the interval does not", "tentative conclusions need", "Below the 0.667", "Beta (α = 0.552) and Gamma (α = 0.000)"}, "Alpha (α"},
		{0.84, &[2]float64{0.81, 0.88}, []analysis.CodeAgreement{code("a", 0.9)},
			[]string{"all of it at or above Krippendorff's standard of 0.8"}, "Below the 0.667"},
		{0.84, &[2]float64{0.6, 0.9}, nil, []string{"below even the 0.667"}, "all of it"},
		{0.7, &[2]float64{0.6, 0.8}, nil, []string{"95% interval 0.600 to 0.800: enough for tentative conclusions only"}, "reliable by"},
		{0.84, nil, nil, []string{"reliable by Krippendorff's standard of 0.8"}, "interval"},
	}
	ds := fixture(t, nil)
	for _, tt := range tests {
		overall := code("", tt.overall)
		overall.KrippendorffAlphaCI95 = tt.ci
		overall.PercentAgreement = num(0.97)
		r := &Report{labels: map[string]string{"a": "Alpha", "b": "Beta", "c": "Gamma"},
			Agreement: &analysis.Agreement{Coders: []string{"amara", "ben"}, Unit: "segment", Overall: overall, Codes: tt.codes}}
		r.Summary = summarise(r)
		var row string
		for _, a := range appendix(ds, r, Options{}) {
			if a.Item == "Intercoder agreement" {
				row = a.Report
			}
		}
		for _, text := range []string{r.Summary.Agreement.Text, row} {
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("α %.2f, interval %v: %q does not say %q", tt.overall, tt.ci, text, w)
				}
			}
			if strings.Contains(text, tt.notWanted) {
				t.Errorf("α %.2f, interval %v: %q says %q", tt.overall, tt.ci, text, tt.notWanted)
			}
		}
	}
}
