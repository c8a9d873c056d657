package stats

import (
	"context"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// near reports whether got is within tol of want.
func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

func TestWilson(t *testing.T) {
	tests := []struct {
		name           string
		x, n           int
		conf           float64
		wantLo, wantHi float64
		tol            float64
	}{
		// Newcombe (1998), Stat Med 17:857, Table I: 81/263 → 0.2553–0.3662,
		// 15/148 → 0.0624–0.1605, 0/10 → 0–0.2775. The full-precision values
		// were recomputed with mpmath (z = 1.959963984540054).
		{"Newcombe 81/263", 81, 263, 0.95, 0.255288519878274, 0.366209576982800, 1e-12},
		{"Newcombe 15/148", 15, 148, 0.95, 0.0623863995307363, 0.160487241723308, 1e-12},
		{"Newcombe 0/10", 0, 10, 0.95, 0, 0.277532799862889, 1e-12},
		{"all successes 10/10", 10, 10, 0.95, 1 - 0.277532799862889, 1, 1e-12},
		// x = n = 1: the lower bound simplifies to 1/(1+z²).
		{"1/1 at 95%", 1, 1, 0.95, 1 / (1 + 1.959963984540054*1.959963984540054), 1, 1e-12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi, ok := Wilson(tt.x, tt.n, tt.conf)
			if !ok {
				t.Fatal("ok = false")
			}
			if !near(lo, tt.wantLo, tt.tol) || !near(hi, tt.wantHi, tt.tol) {
				t.Errorf("Wilson(%d, %d, %v) = (%.15f, %.15f), want (%.15f, %.15f)", tt.x, tt.n, tt.conf, lo, hi, tt.wantLo, tt.wantHi)
			}
		})
	}
}

func TestWilsonInvalid(t *testing.T) {
	tests := []struct {
		name string
		x, n int
		conf float64
	}{
		{"n zero", 0, 0, 0.95},
		{"n negative", 0, -3, 0.95},
		{"successes above n", 5, 4, 0.95},
		{"negative successes", -1, 4, 0.95},
		{"confidence 0", 1, 4, 0},
		{"confidence 1", 1, 4, 1},
		{"confidence NaN", 1, 4, math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi, ok := Wilson(tt.x, tt.n, tt.conf)
			if ok || lo != 0 || hi != 0 {
				t.Errorf("Wilson = (%v, %v, %v), want (0, 0, false)", lo, hi, ok)
			}
		})
	}
}

func TestWilsonHigherConfidenceIsWider(t *testing.T) {
	lo95, hi95, _ := Wilson(12, 40, 0.95)
	lo99, hi99, _ := Wilson(12, 40, 0.99)
	if !(lo99 < lo95 && hi99 > hi95) {
		t.Errorf("99%% (%v, %v) not wider than 95%% (%v, %v)", lo99, hi99, lo95, hi95)
	}
}

func TestBenjaminiHochberg(t *testing.T) {
	tests := []struct {
		name string
		p    []float64
		want []float64
	}{
		// R: p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "BH") → all 0.05.
		{"R equal spacing", []float64{0.01, 0.02, 0.03, 0.04, 0.05}, []float64{0.05, 0.05, 0.05, 0.05, 0.05}},
		// By hand, m = 6, ascending 0.005 0.01 0.03 0.04 0.04 0.2:
		// m·p/rank = 0.03 0.03 0.06 0.06 0.048 0.2; running minimum from the
		// top: 0.03 0.03 0.048 0.048 0.048 0.2. Ties share a value and the
		// input order is kept.
		{"mixed with ties", []float64{0.01, 0.04, 0.03, 0.005, 0.2, 0.04}, []float64{0.03, 0.048, 0.048, 0.03, 0.2, 0.048}},
		// Capped at 1.
		{"cap", []float64{0.9, 0.8}, []float64{0.9, 0.9}},
		{"single", []float64{0.3}, []float64{0.3}},
		{"empty", []float64{}, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BenjaminiHochberg(tt.p)
			if len(got) != len(tt.want) {
				t.Fatalf("len = %d, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if !near(got[i], tt.want[i], 1e-12) {
					t.Errorf("got %v, want %v", got, tt.want)
					break
				}
			}
		})
	}
}

// The 15 p-values of Benjamini & Hochberg (1995), JRSS B 57:289, section 4:
// controlling the FDR at 0.05 rejects the four smallest.
func TestBenjaminiHochbergPaperExample(t *testing.T) {
	p := []float64{0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
		0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000}
	want := []float64{0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0638571428571429,
		0.0638571428571429, 0.0645, 0.0765, 0.486, 0.581181818181818, 0.714875,
		0.753230769230769, 0.813214285714286, 1}
	got := BenjaminiHochberg(p)
	rejected := 0
	for i := range got {
		if !near(got[i], want[i], 1e-12) {
			t.Errorf("q[%d] = %v, want %v", i, got[i], want[i])
		}
		if got[i] <= 0.05 {
			rejected++
		}
	}
	if rejected != 4 {
		t.Errorf("rejected %d at FDR 0.05, paper rejects 4", rejected)
	}
}

func TestBenjaminiHochbergNaN(t *testing.T) {
	in := []float64{0.02, math.NaN(), 0.04}
	got := BenjaminiHochberg(in)
	if !math.IsNaN(got[1]) || !near(got[0], 0.04, 1e-15) || !near(got[2], 0.04, 1e-15) {
		t.Errorf("got %v, want [0.04 NaN 0.04] (NaN is missing, m = 2)", got)
	}
	if in[0] != 0.02 || in[2] != 0.04 {
		t.Error("input modified")
	}
}

func TestJaccard(t *testing.T) {
	tests := []struct {
		name       string
		a, b, both int
		want       float64
		ok         bool
	}{
		{"half", 3, 3, 2, 0.5, true},
		{"identical", 4, 4, 4, 1, true},
		{"disjoint", 2, 5, 0, 0, true},
		{"one empty", 0, 5, 0, 0, true},
		{"both empty", 0, 0, 0, 0, false},
		{"inconsistent", 2, 5, 3, 0, false},
		{"negative", -1, 5, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Jaccard(tt.a, tt.b, tt.both)
			if ok != tt.ok || !near(got, tt.want, 1e-15) {
				t.Errorf("Jaccard(%d, %d, %d) = %v, %v; want %v, %v", tt.a, tt.b, tt.both, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestCoOccurrenceAndJaccardMatrix(t *testing.T) {
	units := [][]string{
		{"peer", "trust", "peer"}, // duplicate ignored
		{"trust", "stigma", ""},   // empty ignored
		{"peer", "trust"},
		{},
	}
	codes, counts := CoOccurrence(units)
	wantCodes := []string{"peer", "stigma", "trust"}
	wantCounts := [][]int{
		{2, 0, 2},
		{0, 1, 1},
		{2, 1, 3},
	}
	if strings.Join(codes, ",") != strings.Join(wantCodes, ",") {
		t.Fatalf("codes = %v, want %v", codes, wantCodes)
	}
	for i := range wantCounts {
		for j := range wantCounts[i] {
			if counts[i][j] != wantCounts[i][j] {
				t.Fatalf("counts = %v, want %v", counts, wantCounts)
			}
		}
	}
	sim, undef, err := JaccardMatrix(counts)
	if err != nil {
		t.Fatal(err)
	}
	wantSim := [][]float64{
		{1, 0, 2.0 / 3},
		{0, 1, 1.0 / 3},
		{2.0 / 3, 1.0 / 3, 1},
	}
	for i := range wantSim {
		for j := range wantSim[i] {
			if !near(sim[i][j], wantSim[i][j], 1e-15) {
				t.Fatalf("sim = %v, want %v", sim, wantSim)
			}
		}
	}
	if len(undef) != 0 {
		t.Errorf("undefined = %v, want none", undef)
	}
}

func TestJaccardMatrixErrorsAndUndefined(t *testing.T) {
	if _, _, err := JaccardMatrix([][]int{{1, 0}}); err == nil {
		t.Error("non-square: no error")
	}
	if _, _, err := JaccardMatrix([][]int{{1, 1}, {0, 1}}); err == nil {
		t.Error("asymmetric: no error")
	}
	if _, _, err := JaccardMatrix([][]int{{1, 2}, {2, 3}}); err == nil {
		t.Error("pair count above code count: no error")
	}
	sim, undef, err := JaccardMatrix([][]int{{0, 0}, {0, 2}})
	if err != nil {
		t.Fatal(err)
	}
	if len(undef) != 1 || undef[0] != [2]int{0, 0} || sim[0][0] != 0 {
		t.Errorf("undefined = %v, sim = %v; want [[0 0]] with 0", undef, sim)
	}
}

func TestResultJSONNeverNaN(t *testing.T) {
	res, err := CodeByGroup(context.Background(), []int{0, 0, 0}, []int{5, 6, 7}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"defined":false`, `"chi2":null`, `"p_value":null`, `"cramers_v":null`, `"df":null`, "no interview has this code"} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON %s lacks %s", s, want)
		}
	}
	res, _ = ChiSquareTest(context.Background(), [][]int{{10, 10, 20}, {20, 20, 20}}, Options{})
	b, err = json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"chi2":2.77777777777777`) || !strings.Contains(string(b), `"df":2`) {
		t.Errorf("defined JSON %s lacks the statistics", b)
	}
}
