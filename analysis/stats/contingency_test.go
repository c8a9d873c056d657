package stats

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func hasNote(r Result, sub string) bool {
	for _, n := range r.Notes {
		if strings.Contains(n, sub) {
			return true
		}
	}
	return false
}

func matrixNear(t *testing.T, name string, got, want [][]float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", name, len(got), len(want))
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Fatalf("%s: row %d has %d cells, want %d", name, i, len(got[i]), len(want[i]))
		}
		for j := range want[i] {
			if !near(got[i][j], want[i][j], tol) {
				t.Errorf("%s[%d][%d] = %.12g, want %.12g", name, i, j, got[i][j], want[i][j])
			}
		}
	}
}

// scipy.stats.chi2_contingency documentation, "a two-way example (2 x 3)".
func TestChiSquareScipyExample(t *testing.T) {
	res, err := ChiSquareTest(context.Background(), [][]int{{10, 10, 20}, {20, 20, 20}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Defined || res.Method != MethodChiSquare {
		t.Fatalf("Defined %v, Method %q; want chi-square", res.Defined, res.Method)
	}
	if !near(res.Chi2, 2.7777777777777777, 1e-12) {
		t.Errorf("chi2 = %.16g, want 2.7777777777777777", res.Chi2)
	}
	if !near(res.PValue, 0.24935220877729619, 1e-12) {
		t.Errorf("p = %.17g, want 0.24935220877729619", res.PValue)
	}
	if res.DF != 2 {
		t.Errorf("df = %d, want 2", res.DF)
	}
	matrixNear(t, "expected", res.Expected, [][]float64{{12, 12, 16}, {18, 18, 24}}, 1e-12)
	// Adjusted residuals by hand: cell (0,0) is (10−12)/sqrt(12·0.6·0.7).
	r := -2 / 2.244994432064365
	matrixNear(t, "residuals", res.AdjustedResiduals,
		[][]float64{{r, r, 5.0 / 3}, {-r, -r, -5.0 / 3}}, 1e-12)
	// V = sqrt(χ²/(N·(min(r,c)−1))) = sqrt(2.7778/100) = 1/6.
	if !near(res.CramersV, 1.0/6, 1e-12) {
		t.Errorf("V = %v, want 1/6", res.CramersV)
	}
	if res.N != 100 || res.SparseCells != 0 || res.MinExpected != 12 {
		t.Errorf("N %v, sparse %d, min expected %v; want 100, 0, 12", res.N, res.SparseCells, res.MinExpected)
	}
}

// scipy.stats.chi2_contingency documentation, 2×2 aspirin example (Physicians'
// Health Study), with scipy's default Yates correction: statistic
// 6.892569132546561, p 0.008655478161175739.
func TestChiSquareYatesScipyExample(t *testing.T) {
	table := [][]int{{176, 230}, {21035, 21018}}
	res, err := ChiSquareTest(context.Background(), table, Options{Yates: true})
	if err != nil {
		t.Fatal(err)
	}
	if !near(res.Chi2, 6.892569132546561, 1e-9) || !near(res.PValue, 0.008655478161175739, 1e-12) {
		t.Errorf("Yates chi2 = %.16g, p = %.16g; want 6.892569132546561, 0.008655478161175739", res.Chi2, res.PValue)
	}
	if !hasNote(res, "Yates") {
		t.Errorf("notes %q do not mention Yates", res.Notes)
	}
	plain, _ := ChiSquareTest(context.Background(), table, Options{})
	if plain.Chi2 <= res.Chi2 || hasNote(plain, "Yates") {
		t.Errorf("default must not apply Yates: plain chi2 %v, corrected %v", plain.Chi2, res.Chi2)
	}
	if plain.CramersV != res.CramersV {
		t.Errorf("Cramér's V differs with Yates: %v vs %v", plain.CramersV, res.CramersV)
	}
}

// scipy.stats.contingency.association documentation: Cramér's V of the 4×2
// table is 0.18617813077483678 (χ² = 84.0560687186196 recomputed with mpmath).
func TestCramersVScipyExample(t *testing.T) {
	res, err := ChiSquareTest(context.Background(), [][]int{{100, 150}, {203, 322}, {420, 700}, {320, 210}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !near(res.CramersV, 0.18617813077483678, 1e-12) {
		t.Errorf("V = %.17g, want 0.18617813077483678", res.CramersV)
	}
	if !near(res.Chi2, 84.0560687186196, 1e-9) || res.DF != 3 {
		t.Errorf("chi2 = %v, df %d; want 84.0560687186196, 3", res.Chi2, res.DF)
	}
}

func TestFisherExact(t *testing.T) {
	tests := []struct {
		name   string
		table  [][]int
		method string
		want   float64
	}{
		// R: fisher.test(TeaTasting) two-sided p-value = 0.4857 (= 34/70).
		{"tea tasting", [][]int{{3, 1}, {1, 3}}, "", 34.0 / 70},
		// R: fisher.test(Convictions) two-sided p-value = 0.0005367
		// (0.000536724119143436 by exact enumeration). The smallest expected
		// count is 5.2, so Fisher must be asked for.
		{"convictions", [][]int{{2, 10}, {15, 3}}, MethodFisher, 0.0005367241191434358},
		// Symmetric tables have p = 1.
		{"no association", [][]int{{2, 2}, {2, 2}}, "", 1},
		// A group of one interview: only the observed table (probability
		// 4/13) is as unlikely as itself.
		{"group of one", [][]int{{1, 0}, {3, 9}}, "", 4.0 / 13},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ChiSquareTest(context.Background(), tt.table, Options{Method: tt.method})
			if err != nil {
				t.Fatal(err)
			}
			if res.Method != MethodFisher {
				t.Fatalf("method %q, want fisher-exact (notes %q)", res.Method, res.Notes)
			}
			if !near(res.PValue, tt.want, 1e-10) {
				t.Errorf("p = %.16g, want %.16g", res.PValue, tt.want)
			}
			if !hasNote(res, "Fisher") {
				t.Errorf("notes %q do not name the method", res.Notes)
			}
		})
	}
}

func TestMonteCarlo(t *testing.T) {
	tests := []struct {
		name  string
		table [][]int
		exact float64 // exact permutation p-value, enumerated with Python
	}{
		{"3×2", [][]int{{3, 1}, {1, 4}, {0, 5}}, 0.05094905094905095},
		{"7×2, 43 interviews", benchTable, 0.13723865520239428},
		{"group of one interview", [][]int{{1, 0}, {2, 6}, {3, 5}}, 0.4298642533936652},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{Seed: 42}
			res, err := ChiSquareTest(context.Background(), tt.table, opts)
			if err != nil {
				t.Fatal(err)
			}
			if res.Method != MethodMonteCarlo || !res.Defined {
				t.Fatalf("method %q, defined %v; want monte-carlo", res.Method, res.Defined)
			}
			if res.Replicates != DefaultReplicates || res.Seed != 42 {
				t.Errorf("replicates %d seed %d", res.Replicates, res.Seed)
			}
			// B = 10,000: the standard error is at most 0.005; allow 4 SE.
			if !near(res.PValue, tt.exact, 0.02) {
				t.Errorf("p = %v, exact permutation p = %v", res.PValue, tt.exact)
			}
			again, _ := ChiSquareTest(context.Background(), tt.table, opts)
			if again.PValue != res.PValue {
				t.Errorf("same seed gave %v then %v", res.PValue, again.PValue)
			}
			if !hasNote(res, "Monte Carlo") || !hasNote(res, "below 5") {
				t.Errorf("notes %q", res.Notes)
			}
		})
	}
}

func TestMonteCarloSeedAndReplicates(t *testing.T) {
	a, _ := ChiSquareTest(context.Background(), benchTable, Options{Seed: 1, Replicates: 999})
	b, _ := ChiSquareTest(context.Background(), benchTable, Options{Seed: 2, Replicates: 999})
	if a.PValue == b.PValue {
		t.Logf("different seeds happened to give the same p = %v", a.PValue)
	}
	// p is (1 + k)/(B + 1) for an integer k.
	for _, r := range []Result{a, b} {
		k := r.PValue*1000 - 1
		if !near(k, float64(int(k+0.5)), 1e-9) || r.Replicates != 999 {
			t.Errorf("p = %v is not (1+k)/1000", r.PValue)
		}
	}
	// The observed table itself is always counted, so p ≥ 1/(B+1), and a
	// table at independence has p = 1.
	res, _ := ChiSquareTest(context.Background(), [][]int{{1, 1}, {1, 1}, {1, 1}}, Options{Method: MethodMonteCarlo, Replicates: 200})
	if res.PValue != 1 {
		t.Errorf("p at independence = %v, want 1", res.PValue)
	}
}

func TestForcedMethods(t *testing.T) {
	res, err := ChiSquareTest(context.Background(), [][]int{{3, 1}, {1, 3}}, Options{Method: MethodChiSquare})
	if err != nil {
		t.Fatal(err)
	}
	if res.Method != MethodChiSquare || !hasNote(res, "may be inaccurate") {
		t.Errorf("forced chi-square: method %q notes %q", res.Method, res.Notes)
	}
	// χ² = 2 on 1 df: p = 0.157299207050285.
	if !near(res.PValue, 0.157299207050285, 1e-12) {
		t.Errorf("p = %v", res.PValue)
	}
	// Fisher on a large 2×2 table when asked.
	res, err = ChiSquareTest(context.Background(), [][]int{{30, 10}, {10, 30}}, Options{Method: MethodFisher})
	if err != nil || res.Method != MethodFisher {
		t.Errorf("forced Fisher: %v, %q", err, res.Method)
	}
	if _, err := ChiSquareTest(context.Background(), [][]int{{3, 1, 2}, {1, 3, 2}}, Options{Method: MethodFisher}); err == nil {
		t.Error("Fisher on 2×3: no error")
	}
	if _, err := ChiSquareTest(context.Background(), [][]float64{{3.5, 1}, {1, 3}}, Options{Method: MethodMonteCarlo}); err == nil {
		t.Error("Monte Carlo on fractional counts: no error")
	}
	if _, err := ChiSquareTest(context.Background(), [][]int{{3, 1}, {1, 3}}, Options{Method: "bayes"}); err == nil {
		t.Error("unknown method: no error")
	}
}

func TestFractionalSparseFallsBackToChiSquare(t *testing.T) {
	res, err := ChiSquareTest(context.Background(), [][]float64{{2.5, 1}, {1, 3}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Method != MethodChiSquare || !hasNote(res, "not whole numbers") {
		t.Errorf("method %q notes %q", res.Method, res.Notes)
	}
}

func TestFloatAndIntTablesAgree(t *testing.T) {
	a, _ := ChiSquareTest(context.Background(), [][]int{{10, 10, 20}, {20, 20, 20}}, Options{})
	b, _ := ChiSquareTest(context.Background(), [][]float64{{10, 10, 20}, {20, 20, 20}}, Options{})
	if a.Chi2 != b.Chi2 || a.PValue != b.PValue {
		t.Errorf("int %v/%v, float %v/%v", a.Chi2, a.PValue, b.Chi2, b.PValue)
	}
}

func TestUndefinedTables(t *testing.T) {
	tests := []struct {
		name string
		has  []int
		n    []int
		note string
	}{
		{"code nobody has", []int{0, 0, 0}, []int{5, 6, 7}, "no variation: no interview has this code"},
		{"code everyone has", []int{5, 6, 7}, []int{5, 6, 7}, "no variation: every interview has this code"},
		{"single group", []int{2}, []int{5}, "only one group: nothing to compare"},
		{"single non-empty group", []int{0, 2}, []int{0, 5}, "only one group (1) has observations"},
		{"no groups", nil, nil, "empty table"},
		{"no interviews", []int{0, 0}, []int{0, 0}, "no observations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := CodeByGroup(context.Background(), tt.has, tt.n, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Defined {
				t.Fatalf("Defined = true: %+v", res)
			}
			if !hasNote(res, tt.note) {
				t.Errorf("notes %q lack %q", res.Notes, tt.note)
			}
			if res.Chi2 != 0 || res.PValue != 0 || res.CramersV != 0 || res.AdjustedResiduals != nil || res.Method != "" {
				t.Errorf("undefined result carries statistics: %+v", res)
			}
		})
	}
}

func TestUndefinedGenericWording(t *testing.T) {
	tests := []struct {
		name  string
		table [][]int
		note  string
	}{
		{"no columns", [][]int{{}, {}}, "empty table"},
		{"one column", [][]int{{3}, {4}}, "only one column"},
		{"all in one column", [][]int{{0, 3, 0}, {0, 4, 0}}, "every observation is in column 1"},
		{"one row", [][]int{{1, 2, 3}}, "only one row"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ChiSquareTest(context.Background(), tt.table, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Defined || !hasNote(res, tt.note) {
				t.Errorf("Defined %v, notes %q; want undefined with %q", res.Defined, res.Notes, tt.note)
			}
		})
	}
}

func TestEmptyGroupIsLeftOut(t *testing.T) {
	// Group 1 has no interviews: it is left out, and the rest is the
	// scipy 2×3 example transposed (3×2, df 2).
	res, err := ChiSquareTest(context.Background(), [][]int{{10, 20}, {0, 0}, {10, 20}, {20, 20}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Defined || res.DF != 2 || !near(res.Chi2, 2.7777777777777777, 1e-12) {
		t.Fatalf("defined %v df %d chi2 %v", res.Defined, res.DF, res.Chi2)
	}
	if !hasNote(res, "row 1 has no observations") {
		t.Errorf("notes %q", res.Notes)
	}
	if res.Expected[1][0] != 0 || res.AdjustedResiduals[1][1] != 0 || len(res.Expected) != 4 {
		t.Errorf("empty row: expected %v residuals %v", res.Expected, res.AdjustedResiduals)
	}
}

func TestInvalidTables(t *testing.T) {
	if _, err := ChiSquareTest(context.Background(), [][]int{{1, 2}, {3}}, Options{}); err == nil {
		t.Error("ragged: no error")
	}
	if _, err := ChiSquareTest(context.Background(), [][]int{{1, -2}, {3, 4}}, Options{}); err == nil {
		t.Error("negative: no error")
	}
	if _, err := CodeByGroup(context.Background(), []int{6}, []int{5}, Options{}); err == nil {
		t.Error("has > n: no error")
	}
	if _, err := CodeByGroup(context.Background(), []int{1, 2}, []int{5}, Options{}); err == nil {
		t.Error("length mismatch: no error")
	}
}

func TestCodeByGroupMatchesTable(t *testing.T) {
	has := []int{6, 4, 2, 3, 1, 2, 0}
	n := []int{8, 7, 6, 6, 6, 5, 5}
	a, err := CodeByGroup(context.Background(), has, n, Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ChiSquareTest(context.Background(), benchTable, Options{Seed: 7})
	if a.PValue != b.PValue || a.Chi2 != b.Chi2 || a.Method != b.Method {
		t.Errorf("CodeByGroup %v/%v/%s, table %v/%v/%s", a.Chi2, a.PValue, a.Method, b.Chi2, b.PValue, b.Method)
	}
	if !near(a.Chi2, 9.796264550264551, 1e-12) || a.DF != 6 {
		t.Errorf("chi2 = %v df %d, want 9.796264550264551, 6", a.Chi2, a.DF)
	}
}

// benchTable is 7 programmes × (has code, has not), 43 interviews.
var benchTable = [][]int{{6, 2}, {4, 3}, {2, 4}, {3, 3}, {1, 5}, {2, 3}, {0, 5}}

func BenchmarkChiSquare(b *testing.B) {
	table := [][]int{{60, 20}, {40, 30}, {20, 40}, {30, 30}, {10, 50}, {20, 30}, {15, 50}}
	for b.Loop() {
		if _, err := ChiSquareTest(context.Background(), table, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMonteCarlo(b *testing.B) {
	for b.Loop() {
		res, err := ChiSquareTest(context.Background(), benchTable, Options{Seed: 1})
		if err != nil || res.Method != MethodMonteCarlo {
			b.Fatal(err, res.Method)
		}
	}
}

func BenchmarkFisher(b *testing.B) {
	for b.Loop() {
		if _, err := ChiSquareTest(context.Background(), [][]int{{2, 10}, {15, 3}}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestChiSquareTestCancelled checks that a Monte Carlo test stops when its
// context is done, and that the tests that need no simulation still answer.
func TestChiSquareTestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name    string
		table   [][]int
		method  string
		stopped bool
	}{
		{"monte carlo", benchTable, MethodMonteCarlo, true},
		{"monte carlo, automatic", [][]int{{3, 1, 2}, {1, 3, 2}}, "", true},
		{"fisher", [][]int{{3, 1}, {1, 3}}, MethodFisher, false},
		{"chi-square", [][]int{{30, 10}, {10, 30}}, MethodChiSquare, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ChiSquareTest(ctx, tt.table, Options{Method: tt.method, Seed: 1})
			if stopped := errors.Is(err, context.Canceled); stopped != tt.stopped {
				t.Fatalf("err = %v, want stopped %v", err, tt.stopped)
			}
			if !tt.stopped && (err != nil || !res.Defined) {
				t.Errorf("without simulation: %+v, %v", res, err)
			}
		})
	}
	if _, err := CodeByGroup(ctx, []int{6, 4, 2}, []int{8, 7, 6}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("CodeByGroup with a Monte Carlo p-value: err = %v, want context.Canceled", err)
	}
}
