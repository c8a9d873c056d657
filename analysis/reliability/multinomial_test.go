package reliability

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// binomial must draw from Binomial(n, p) on both of its paths (inversion
// for small means, BTRS otherwise): the sample mean and variance agree with
// np and np(1−p), and for moderate n the histogram fits the probabilities.
func TestBinomialDistribution(t *testing.T) {
	for _, tc := range []struct {
		n int64
		p float64
	}{{5, 0.5}, {50, 0.1}, {1_000_000, 1e-6}, {40, 0.3}, {1000, 0.45}, {5_000_000, 0.3}, {200, 0.9}} {
		src := rand.NewPCG(uint64(tc.n), 99)
		const draws = 200_000
		var sum, sumSq float64
		hist := map[int64]int{}
		for range draws {
			k := binomial(src, tc.n, tc.p)
			if k < 0 || k > tc.n {
				t.Fatalf("Binomial(%d, %v) drew %d", tc.n, tc.p, k)
			}
			x := float64(k)
			sum += x
			sumSq += x * x
			hist[k]++
		}
		nf := float64(tc.n)
		mean, variance := nf*tc.p, nf*tc.p*(1-tc.p)
		gotMean := sum / draws
		gotVar := sumSq/draws - gotMean*gotMean
		if se := math.Sqrt(variance / draws); math.Abs(gotMean-mean) > 5*se {
			t.Errorf("Binomial(%d, %v): mean %v, want %v ± %v", tc.n, tc.p, gotMean, mean, 5*se)
		}
		if math.Abs(gotVar-variance) > 0.05*variance+1e-9 {
			t.Errorf("Binomial(%d, %v): variance %v, want %v", tc.n, tc.p, gotVar, variance)
		}
		if tc.n > 2000 {
			continue
		}
		// Chi-square over the cells with an expected count of 5 or more.
		var chi2 float64
		cells := 0
		for k := int64(0); k <= tc.n; k++ {
			lp := lgamma(nf+1) - lgamma(float64(k)+1) - lgamma(nf-float64(k)+1) + float64(k)*math.Log(tc.p) + (nf-float64(k))*math.Log1p(-tc.p)
			e := draws * math.Exp(lp)
			if e < 5 {
				continue
			}
			d := float64(hist[k]) - e
			chi2 += d * d / e
			cells++
		}
		// 99.99th percentile of chi-square with cells−1 degrees of freedom,
		// by the Wilson–Hilferty approximation.
		df := float64(cells - 1)
		limit := df * math.Pow(1-2/(9*df)+3.719*math.Sqrt(2/(9*df)), 3)
		if chi2 > limit {
			t.Errorf("Binomial(%d, %v): chi-square %.1f over %d cells, above %.1f", tc.n, tc.p, chi2, cells, limit)
		}
	}
}

// The multinomial draw used for large data gives the same interval as the
// unit-by-unit draw, up to the noise of the resampling.
func TestBootstrapDrawsAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	d := randomBinary(rng, 120_000, 2, 0.05, 0.7)
	p, err := prepare(d, Nominal)
	if err != nil {
		t.Fatal(err)
	}
	am := groupUnits(p, math.MaxInt) // every unit's type, for the unit-by-unit draw
	if am.n < multinomialFrom {
		t.Fatalf("%d pairable units: too few for the multinomial draw", am.n)
	}
	unitByUnit := func(src *rand.PCG, counts []int32) { am.draw(src, counts) }
	byType := func(src *rand.PCG, counts []int32) { am.drawMultinomial(src, counts) }
	var ci [2][2]float64
	for i, draw := range []func(*rand.PCG, []int32){unitByUnit, byType} {
		scratch := am.newScratch(p.nCat)
		counts := make([]int32, len(am.types))
		w := make([]float64, len(am.types))
		var alphas []float64
		for s := range 300 {
			src := rand.NewPCG(sampleSeeds(11, uint64(s)))
			clear(counts)
			draw(src, counts)
			var total int32
			for t, n := range counts {
				w[t] = float64(n)
				total += n
			}
			if int(total) != am.n {
				t.Fatalf("draw %d resampled %d units, want %d", i, total, am.n)
			}
			if v := am.eval(w, scratch); v.ok {
				alphas = append(alphas, v.alpha)
			}
		}
		slices.Sort(alphas)
		ci[i] = [2]float64{quantile(alphas, 0.025), quantile(alphas, 0.975)}
	}
	for j := range 2 {
		if math.Abs(ci[0][j]-ci[1][j]) > 0.01 {
			t.Errorf("interval unit by unit %v, by type %v", ci[0], ci[1])
		}
	}
}

// collapse folds identical rows of d into one with a count, in order of
// first appearance.
func collapse(d Data) Data {
	out := Data{Coders: d.Coders}
	at := map[string]int{}
	for _, row := range d.Units {
		key := fmt.Sprint(row)
		if i, ok := at[key]; ok {
			out.Counts[i]++
			continue
		}
		at[key] = len(out.Units)
		out.Units = append(out.Units, row)
		out.Counts = append(out.Counts, 1)
	}
	return out
}

// Rows collapsed with their counts give the statistics of the rows written
// out, the bootstrap interval included once the data are large.
func TestCountsEqualRepeatedRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	for _, tc := range []struct {
		units, coders int
		opts          Options
	}{
		{300, 2, Options{Bootstrap: -1}},
		{300, 4, Options{Bootstrap: -1}},
		{250_000, 2, Options{Bootstrap: 200, Seed: 9}}, // over multinomialFrom pairable units
	} {
		d := randomBinary(rng, tc.units, tc.coders, 0.2, 0.75)
		c := collapse(d)
		if len(c.Units) >= len(d.Units) {
			t.Fatalf("%d rows collapsed only to %d", len(d.Units), len(c.Units))
		}
		want := compute(t, d, tc.opts)
		got := compute(t, c, tc.opts)
		near := func(name string, a, b *float64) {
			if (a == nil) != (b == nil) || a != nil && math.Abs(*a-*b) > 1e-9 {
				t.Errorf("%d units, %d coders: %s %v collapsed, %v written out", tc.units, tc.coders, name, fmtPtr(b), fmtPtr(a))
			}
		}
		near("alpha", want.KrippendorffAlpha, got.KrippendorffAlpha)
		near("percent agreement", want.PercentAgreement, got.PercentAgreement)
		near("Fleiss' kappa", want.FleissKappa, got.FleissKappa)
		near("Cohen's kappa", want.CohenKappa, got.CohenKappa)
		if got.Units != want.Units || got.PairableUnits != want.PairableUnits || got.PairableValues != want.PairableValues {
			t.Errorf("counts: collapsed %d/%d/%d, written out %d/%d/%d", got.Units, got.PairableUnits, got.PairableValues,
				want.Units, want.PairableUnits, want.PairableValues)
		}
		if (want.KrippendorffAlphaCI95 == nil) != (got.KrippendorffAlphaCI95 == nil) ||
			want.KrippendorffAlphaCI95 != nil && *want.KrippendorffAlphaCI95 != *got.KrippendorffAlphaCI95 {
			t.Errorf("interval: collapsed %v, written out %v", got.KrippendorffAlphaCI95, want.KrippendorffAlphaCI95)
		}
		if strings.Join(got.Notes, "|") != strings.Join(want.Notes, "|") {
			t.Errorf("notes: collapsed %q, written out %q", got.Notes, want.Notes)
		}
	}
	if _, err := Compute(context.Background(), Data{Coders: []string{"a", "b"}, Units: [][]Value{{Number(1), Number(1)}}, Counts: []int{0}}, Options{}); err == nil {
		t.Error("a count of 0 was accepted")
	}
}

// A tally gives exactly the results of Binary over the rows added, interval
// included, whether it keeps the pairable rows (few) or collapses them all.
func TestBinaryTallyEqualsBinary(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	for _, n := range []int{3000, 250_000} {
		coders := []string{"a", "b", "c"}
		var cells [][]int8
		tally := NewBinaryTally(coders)
		for range n {
			row := make([]int8, len(coders))
			for j := range row {
				switch r := rng.Float64(); {
				case r < 0.5: // mostly missing: many rows have fewer than two values
					row[j] = BinaryMissing
				case r < 0.8:
					row[j] = BinaryAbsent
				default:
					row[j] = BinaryPresent
				}
			}
			cells = append(cells, row)
			if err := tally.Add(row); err != nil {
				t.Fatal(err)
			}
		}
		full, err := Binary(coders, cells)
		if err != nil {
			t.Fatal(err)
		}
		d, err := tally.Data()
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Units) >= n {
			t.Errorf("%d units: the tally kept %d rows", n, len(d.Units))
		}
		opts := Options{Bootstrap: 200, Seed: 4}
		want, got := compute(t, full, opts), compute(t, d, opts)
		// Alpha and its interval exactly; sums in another order may move
		// percent agreement and Fleiss' kappa in the last digits.
		if fmt.Sprint(*want.KrippendorffAlpha, *want.KrippendorffAlphaCI95, want.Units, want.PairableUnits, want.PairableValues, want.Notes) !=
			fmt.Sprint(*got.KrippendorffAlpha, *got.KrippendorffAlphaCI95, got.Units, got.PairableUnits, got.PairableValues, got.Notes) {
			t.Errorf("%d units: tally alpha %v %v, units %d/%d, notes %q; rows %v %v, %d/%d, %q", n,
				*got.KrippendorffAlpha, *got.KrippendorffAlphaCI95, got.Units, got.PairableUnits, got.Notes,
				*want.KrippendorffAlpha, *want.KrippendorffAlphaCI95, want.Units, want.PairableUnits, want.Notes)
		}
		if math.Abs(*want.PercentAgreement-*got.PercentAgreement) > 1e-9 || math.Abs(*want.FleissKappa-*got.FleissKappa) > 1e-9 {
			t.Errorf("%d units: percent agreement %v / %v, Fleiss %v / %v", n, *got.PercentAgreement, *want.PercentAgreement, *got.FleissKappa, *want.FleissKappa)
		}
	}
	if err := NewBinaryTally([]string{"a", "b"}).Add([]int8{1, 2}); err == nil {
		t.Error("a cell of 2 was accepted")
	}
}

// A tally merged from parts is the tally of all the rows added in order:
// its data (and so every figure and bootstrap interval) is the same, below
// and across the point where rows give way to counts.
func TestBinaryTallyMerge(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	coders := []string{"a", "b"}
	for _, sizes := range [][]int{{0, 5}, {40, 0, 3000}, {60_000, 30_000, 20_000}, {120_000, 10}} {
		whole := NewBinaryTally(coders)
		merged := NewBinaryTally(coders)
		for _, n := range sizes {
			part := NewBinaryTally(coders)
			for range n {
				row := []int8{BinaryCell(rng.Float64() < 0.9, rng.Float64() < 0.3), BinaryCell(true, rng.Float64() < 0.3)}
				if err := whole.Add(row); err != nil {
					t.Fatal(err)
				}
				if err := part.Add(row); err != nil {
					t.Fatal(err)
				}
			}
			if err := merged.Merge(part); err != nil {
				t.Fatal(err)
			}
		}
		want, err := whole.Data()
		if err != nil {
			t.Fatal(err)
		}
		got, err := merged.Data()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("parts %v: the merged tally's data differs from the whole's (%d and %d units)", sizes, len(got.Units), len(want.Units))
		}
	}
	if err := NewBinaryTally([]string{"a"}).Merge(NewBinaryTally([]string{"b"})); err == nil {
		t.Error("tallies of other coders were merged")
	}
}
