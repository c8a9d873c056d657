package stats

import (
	"fmt"
	"strings"
	"testing"
)

// interviewsFromCounts builds interviews named I1, I2, … where interview k
// introduces newPer[k] new codes and repeats every earlier code, so the
// curve has exactly those new counts.
func interviewsFromCounts(newPer []int) []Interview {
	var ivs []Interview
	next := 0
	var all []string
	for k, m := range newPer {
		codes := append([]string(nil), all...)
		for range m {
			c := fmt.Sprintf("c%03d", next)
			next++
			codes = append(codes, c)
			all = append(all, c)
		}
		ivs = append(ivs, Interview{Name: fmt.Sprintf("I%d", k+1), Codes: codes})
	}
	return ivs
}

// The worked example of Guest, Namey & Chen (2020): a base of four
// interviews with 37 unique themes, runs of two, and a first run
// (interviews 5–6) adding 7 new themes, 7/37 = 19% new information. The
// later per-interview counts are our own continuation, computed by hand:
//
//	run 5–6: 4+3 = 7 → 18.9%   run 6–7: 3+2 = 5 → 13.5%
//	run 7–8: 2+1 = 3 →  8.1%   run 8–9: 1+1 = 2 →  5.4%
//	run 9–10: 1+0 = 1 → 2.7% ≤ 5% → saturation at 8+2 (confirmed by I10)
//	run 10–11: 0+0 = 0 → the first run at the 0% threshold → 9+2 (I11).
func TestSaturationPaperExample(t *testing.T) {
	ivs := interviewsFromCounts([]int{20, 8, 5, 4, 4, 3, 2, 1, 1, 0, 0, 1, 0})
	res := Saturation(ivs, 4, 2, 0.05)
	if res.BaseCodes != 37 {
		t.Fatalf("base codes = %d, want 37", res.BaseCodes)
	}
	if len(res.Runs) == 0 || res.Runs[0].From != 5 || res.Runs[0].To != 6 || res.Runs[0].New != 7 || !near(res.Runs[0].Ratio, 7.0/37, 1e-15) {
		t.Fatalf("first run = %+v, want 5–6 with 7 new (18.9%%)", res.Runs[0])
	}
	if fmt.Sprintf("%.0f%%", 100*res.Runs[0].Ratio) != "19%" {
		t.Errorf("first run ratio %.4f does not round to the paper's 19%%", res.Runs[0].Ratio)
	}
	want := SatResult{Reached: true, SaturatedAt: 8, AtIndex: 9, AtInterview: "I10", Label: "8+2"}
	if res.Reached != want.Reached || res.SaturatedAt != want.SaturatedAt || res.AtIndex != want.AtIndex ||
		res.AtInterview != want.AtInterview || res.Label != want.Label || !near(res.Ratio, 1.0/37, 1e-15) {
		t.Errorf("got %+v", res)
	}
	wantRuns := []struct{ from, new int }{{5, 7}, {6, 5}, {7, 3}, {8, 2}, {9, 1}, {10, 0}, {11, 1}, {12, 1}}
	if len(res.Runs) != len(wantRuns) {
		t.Fatalf("%d runs, want %d (sliding by one interview)", len(res.Runs), len(wantRuns))
	}
	for i, w := range wantRuns {
		r := res.Runs[i]
		if r.From != w.from || r.To != w.from+1 || r.New != w.new || r.Saturated != (w.new <= 1) {
			t.Errorf("run %d = %+v, want from %d new %d", i, r, w.from, w.new)
		}
	}

	zero := Saturation(ivs, 4, 2, 0)
	if zero.Label != "9+2" || zero.AtInterview != "I11" || zero.Ratio != 0 {
		t.Errorf("0%% threshold: %s at %s ratio %v, want 9+2 at I11 ratio 0", zero.Label, zero.AtInterview, zero.Ratio)
	}
}

func TestSaturationCurve(t *testing.T) {
	ivs := []Interview{
		{"A", []string{"trust", "peer", "trust", ""}},
		{"B", []string{"peer", "stigma", "access"}},
		{"C", nil},
		{"D", []string{"trust"}},
	}
	res := Saturation(ivs, 2, 1, 0.05)
	want := []SatPoint{
		{1, "A", []string{"peer", "trust"}, 2, 2},
		{2, "B", []string{"access", "stigma"}, 2, 4},
		{3, "C", nil, 0, 4},
		{4, "D", nil, 0, 4},
	}
	for i, w := range want {
		g := res.Curve[i]
		if g.Position != w.Position || g.Name != w.Name || strings.Join(g.NewCodes, ",") != strings.Join(w.NewCodes, ",") ||
			g.NewCount != w.NewCount || g.Cumulative != w.Cumulative {
			t.Errorf("curve[%d] = %+v, want %+v", i, g, w)
		}
	}
	// Base = A, B (4 codes); run C alone adds 0 → saturation at 2+1, at C.
	if !res.Reached || res.Label != "2+1" || res.AtIndex != 2 || res.AtInterview != "C" || res.BaseCodes != 4 {
		t.Errorf("got %+v", res)
	}
}

func TestSaturationCases(t *testing.T) {
	tests := []struct {
		name      string
		newPer    []int
		base, run int
		threshold float64
		reached   bool
		label     string
		atIndex   int
		ratio     float64
		reason    string
	}{
		// Base 10 codes; run 5–6 adds nothing: saturation right after the base.
		{"first run", []int{4, 3, 2, 1, 0, 0}, 4, 2, 0.05, true, "4+2", 5, 0, ""},
		// Base 20; run 5–6 adds exactly 1 = 5%: at the threshold counts.
		{"exactly at threshold", []int{10, 5, 3, 2, 1, 0}, 4, 2, 0.05, true, "4+2", 5, 0.05, ""},
		// Base 19; 1/19 = 5.26% > 5%, then run 6–7 adds 0.
		{"just above threshold", []int{10, 5, 3, 1, 1, 0, 0}, 4, 2, 0.05, true, "5+2", 6, 0, ""},
		// Never at or below 5%: ratio is that of the last run, 2/10.
		{"not reached", []int{4, 3, 2, 1, 1, 1, 1, 1}, 4, 2, 0.05, false, "not reached", -1, 0.2, ""},
		// Runs of three, base of six: base 21, run 7–9 adds 3 (14%), run 8–10
		// adds 1 (4.8%) → 7+3 confirmed by interview 10.
		{"base 6 run 3", []int{6, 5, 4, 3, 2, 1, 2, 1, 0, 0}, 6, 3, 0.05, true, "7+3", 9, 1.0 / 21, ""},
		// Defaults: base 4, run 2, threshold 5%.
		{"defaults", []int{4, 3, 2, 1, 0, 0}, 0, 0, -1, true, "4+2", 5, 0, ""},
		{"too few interviews", []int{4, 3, 2, 1, 0}, 4, 2, 0.05, false, "not reached", -1, 0, "too few interviews"},
		{"no interviews", nil, 4, 2, 0.05, false, "not reached", -1, 0, "too few interviews"},
		{"no codes in base", []int{0, 0, 0, 0, 1, 0}, 4, 2, 0.05, false, "not reached", -1, 0, "no codes in the first 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Saturation(interviewsFromCounts(tt.newPer), tt.base, tt.run, tt.threshold)
			if res.Reached != tt.reached || res.Label != tt.label || res.AtIndex != tt.atIndex || !near(res.Ratio, tt.ratio, 1e-15) {
				t.Errorf("reached %v label %q at %d ratio %v; want %v %q %d %v (runs %+v)",
					res.Reached, res.Label, res.AtIndex, res.Ratio, tt.reached, tt.label, tt.atIndex, tt.ratio, res.Runs)
			}
			if tt.reason == "" && res.Reason != "" || !strings.Contains(res.Reason, tt.reason) {
				t.Errorf("reason %q, want %q", res.Reason, tt.reason)
			}
			if len(res.Curve) != len(tt.newPer) {
				t.Errorf("curve has %d points, want %d", len(res.Curve), len(tt.newPer))
			}
			if tt.reached && res.AtInterview != fmt.Sprintf("I%d", tt.atIndex+1) {
				t.Errorf("AtInterview %q", res.AtInterview)
			}
		})
	}
}

func TestSaturationDefaultsRecorded(t *testing.T) {
	res := Saturation(nil, 0, 0, -1)
	if res.Base != DefaultSatBase || res.Run != DefaultSatRun || res.Threshold != DefaultSatThreshold {
		t.Errorf("parameters %d %d %v", res.Base, res.Run, res.Threshold)
	}
}
