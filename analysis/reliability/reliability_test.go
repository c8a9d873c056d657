package reliability

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// krippendorff2011 is the 4 coders × 12 units example with missing values
// of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
// section C. Rows are coders A–D; "" is missing.
var krippendorff2011 = [][]string{
	{"1", "2", "3", "3", "2", "1", "4", "1", "2", "", "", ""},
	{"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", "", "3"},
	{"", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", ""},
	{"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", ""},
}

// transpose turns a coders × units table into Data (units × coders).
func transpose(t *testing.T, coderRows [][]string) Data {
	t.Helper()
	coders := make([]string, len(coderRows))
	rows := make([][]string, len(coderRows[0]))
	for c, cr := range coderRows {
		coders[c] = string(rune('A' + c))
		for u, v := range cr {
			rows[u] = append(rows[u], v)
		}
	}
	d, err := NewData(coders, rows)
	if err != nil {
		t.Fatalf("NewData: %v", err)
	}
	return d
}

// round3 rounds to three decimals, as published values are.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func compute(t *testing.T, d Data, opts Options) Result {
	t.Helper()
	r, err := Compute(context.Background(), d, opts)
	if err != nil {
		t.Fatalf("Compute: %v", err)
	}
	checkNoNaN(t, r)
	return r
}

func checkNoNaN(t testing.TB, r Result) {
	t.Helper()
	for name, p := range map[string]*float64{
		"percent agreement": r.PercentAgreement, "cohen": r.CohenKappa,
		"fleiss": r.FleissKappa, "alpha": r.KrippendorffAlpha,
	} {
		if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
			t.Errorf("%s = %v, want finite or nil", name, *p)
		}
	}
	if ci := r.KrippendorffAlphaCI95; ci != nil {
		if math.IsNaN(ci[0]) || math.IsNaN(ci[1]) || ci[0] > ci[1] {
			t.Errorf("ci = %v", *ci)
		}
	}
	if r.Notes == nil {
		t.Error("Notes is nil, want a non-nil slice")
	}
}

func TestAlphaPublished(t *testing.T) {
	binary := [][]string{ // Krippendorff (2011), section A: two observers, binary data
		{"0", "1", "0", "0", "0", "0", "0", "0", "1", "0"},
		{"1", "1", "1", "0", "0", "1", "0", "0", "0", "0"},
	}
	wikipedia := [][]string{ // en.wikipedia.org "Krippendorff's alpha", computational example
		{"", "", "", "", "", "3", "4", "1", "2", "1", "1", "3", "3", "", "3"},
		{"1", "", "2", "1", "3", "3", "4", "3", "", "", "", "", "", "", ""},
		{"", "", "2", "1", "3", "4", "4", "", "2", "1", "1", "3", "3", "", "4"},
	}
	tests := []struct {
		name  string
		data  [][]string
		level Level
		want  float64
	}{
		{"2011 nominal", krippendorff2011, Nominal, 0.743},
		{"2011 ordinal", krippendorff2011, Ordinal, 0.815},
		{"2011 interval", krippendorff2011, Interval, 0.849},
		{"2011 ratio", krippendorff2011, Ratio, 0.797},
		{"2011 binary nominal", binary, Nominal, 0.095},
		{"2011 binary interval", binary, Interval, 0.095},
		{"wikipedia nominal", wikipedia, Nominal, 0.691},
		{"wikipedia interval", wikipedia, Interval, 0.811},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := compute(t, transpose(t, tt.data), Options{Level: tt.level, Bootstrap: -1})
			if r.KrippendorffAlpha == nil {
				t.Fatalf("alpha = nil, notes %q", r.Notes)
			}
			if got := round3(*r.KrippendorffAlpha); got != tt.want {
				t.Errorf("alpha = %.6f, rounds to %.3f, want %.3f", *r.KrippendorffAlpha, got, tt.want)
			}
		})
	}
}

func TestKrippendorff2011Counts(t *testing.T) {
	r := compute(t, transpose(t, krippendorff2011), Options{Bootstrap: -1})
	// Unit 12 has a single value; the paper's n is 40 pairable values
	// in 11 units.
	if r.Units != 12 || r.Coders != 4 || r.PairableUnits != 11 || r.PairableValues != 40 {
		t.Errorf("units %d coders %d pairable units %d values %d, want 12 4 11 40",
			r.Units, r.Coders, r.PairableUnits, r.PairableValues)
	}
	if !containsNote(r.Notes, "1 of 12 units have fewer than two values") {
		t.Errorf("notes %q lack the unpairable-unit note", r.Notes)
	}
}

// fleissData expands a subjects × categories table of rater counts into
// Data with one column per rater.
func fleissData(t *testing.T, counts [][]int) Data {
	t.Helper()
	raters := 0
	for _, n := range counts[0] {
		raters += n
	}
	coders := make([]string, raters)
	for i := range coders {
		coders[i] = "r" + strconv.Itoa(i+1)
	}
	var rows [][]string
	for _, row := range counts {
		var cells []string
		for cat, n := range row {
			for range n {
				cells = append(cells, strconv.Itoa(cat+1))
			}
		}
		for len(cells) < raters {
			cells = append(cells, "")
		}
		rows = append(rows, cells)
	}
	d, err := NewData(coders, rows)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFleissKappa(t *testing.T) {
	// en.wikipedia.org "Fleiss' kappa", worked example: 14 raters,
	// 10 subjects, 5 categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
	wiki := [][]int{
		{0, 0, 0, 0, 14},
		{0, 2, 6, 4, 2},
		{0, 0, 3, 5, 6},
		{0, 3, 9, 2, 0},
		{2, 2, 8, 1, 1},
		{7, 7, 0, 0, 0},
		{3, 2, 6, 3, 0},
		{2, 5, 3, 2, 2},
		{6, 5, 2, 1, 0},
		{0, 2, 2, 3, 7},
	}
	tests := []struct {
		name          string
		counts        [][]int
		kappa, agreed float64
		nilKappa      bool
	}{
		{name: "wikipedia", counts: wiki, kappa: 0.210, agreed: 0.378},
		{name: "perfect", counts: [][]int{{3, 0}, {0, 3}, {3, 0}}, kappa: 1, agreed: 1},
		{name: "one category", counts: [][]int{{3, 0}, {3, 0}}, agreed: 1, nilKappa: true},
		// Every unit splits 1:1; P̄ = 0, P̄e = 0.5, κ = −1.
		{name: "maximal disagreement", counts: [][]int{{1, 1}, {1, 1}}, kappa: -1, agreed: 0},
		// Varying raters: unit 1 has 3 raters all agreeing (P=1), unit 2
		// has 2 raters disagreeing (P=0): P̄ = 0.5; p = (4/5, 1/5),
		// P̄e = 0.68, κ = (0.5−0.68)/(0.32) = −0.5625.
		{name: "varying raters", counts: [][]int{{3, 0}, {1, 1}}, kappa: -0.5625, agreed: 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := compute(t, fleissData(t, tt.counts), Options{Bootstrap: -1})
			if tt.nilKappa {
				if r.FleissKappa != nil {
					t.Errorf("fleiss = %v, want nil", *r.FleissKappa)
				}
				if !containsNote(r.Notes, "Fleiss' kappa is undefined") {
					t.Errorf("notes %q lack an explanation", r.Notes)
				}
			} else if r.FleissKappa == nil {
				t.Errorf("fleiss = nil, notes %q", r.Notes)
			} else if got := round3(*r.FleissKappa); got != round3(tt.kappa) {
				t.Errorf("fleiss = %.6f, want %.3f", *r.FleissKappa, tt.kappa)
			}
			if r.PercentAgreement == nil || round3(*r.PercentAgreement) != tt.agreed {
				t.Errorf("percent agreement = %v, want %.3f", fmtPtr(r.PercentAgreement), tt.agreed)
			}
		})
	}
}

// cohenData builds two-coder yes/no data from a 2×2 table
// (yes/yes, yes/no, no/yes, no/no).
func cohenData(t *testing.T, yy, yn, ny, nn int) Data {
	t.Helper()
	var rows [][]string
	add := func(n int, a, b string) {
		for range n {
			rows = append(rows, []string{a, b})
		}
	}
	add(yy, "yes", "yes")
	add(yn, "yes", "no")
	add(ny, "no", "yes")
	add(nn, "no", "no")
	d, err := NewData([]string{"A", "B"}, rows)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCohenKappa(t *testing.T) {
	tests := []struct {
		name           string
		d              Data
		kappa, percent float64
	}{
		// en.wikipedia.org "Cohen's kappa": 50 grant proposals.
		{"wikipedia 50 proposals", cohenData(t, 20, 5, 10, 15), 0.4, 0.7},
		// Same article, "similar agreement, different kappa" examples.
		{"wikipedia balanced", cohenData(t, 45, 15, 25, 15), 0.1304, 0.6},
		{"wikipedia unbalanced", cohenData(t, 25, 35, 5, 35), 0.2593, 0.6},
		{"perfect", cohenData(t, 3, 0, 0, 4), 1, 1},
		// Three categories, p_o = 0.7, p_e = (4·3 + 3·4 + 3·3)/100 = 0.33.
		{"three categories", mustData(t, []string{"A", "B"}, [][]string{
			{"a", "a"}, {"a", "a"}, {"a", "a"}, {"a", "b"},
			{"b", "b"}, {"b", "b"}, {"b", "c"},
			{"c", "c"}, {"c", "c"}, {"c", "b"},
		}), (0.7 - 0.33) / (1 - 0.33), 0.7},
		// Missing cells: only units coded by both count.
		{"missing cells", mustData(t, []string{"A", "B"}, [][]string{
			{"yes", "yes"}, {"no", "no"}, {"yes", ""}, {"", "no"}, {"yes", "no"}, {"no", "no"},
		}), 0.5, 0.75},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := compute(t, tt.d, Options{Bootstrap: -1})
			if r.CohenKappa == nil {
				t.Fatalf("cohen = nil, notes %q", r.Notes)
			}
			if math.Abs(*r.CohenKappa-tt.kappa) > 5e-5 {
				t.Errorf("cohen = %.6f, want %.4f", *r.CohenKappa, tt.kappa)
			}
			if r.PercentAgreement == nil || math.Abs(*r.PercentAgreement-tt.percent) > 1e-12 {
				t.Errorf("percent agreement = %v, want %v", fmtPtr(r.PercentAgreement), tt.percent)
			}
		})
	}
}

func mustData(t *testing.T, coders []string, rows [][]string) Data {
	t.Helper()
	d, err := NewData(coders, rows)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func fmtPtr(p *float64) string {
	if p == nil {
		return "nil"
	}
	return strconv.FormatFloat(*p, 'g', 6, 64)
}

func containsNote(notes []string, substr string) bool {
	return slices.ContainsFunc(notes, func(n string) bool { return strings.Contains(n, substr) })
}

func TestEdgeCases(t *testing.T) {
	type want struct {
		alpha, cohen, fleiss, percent *float64 // nil: expect nil
		notes                         []string // substrings that must appear
	}
	f := ptr
	tests := []struct {
		name   string
		coders []string
		rows   [][]string
		level  Level
		want   want
	}{
		{
			name: "one unit, disagreement", coders: []string{"A", "B", "C"},
			rows: [][]string{{"x", "x", "y"}},
			// n = 3, o_xy = o_yx = 1, n_x = 2, n_y = 1:
			// alpha = 1 − 2·2/(2·2·1) = 0; P̄ = 1/3, P̄e = 5/9.
			want: want{alpha: f(0), fleiss: f((1.0/3 - 5.0/9) / (1 - 5.0/9)), percent: f(1.0 / 3),
				notes: []string{"Cohen's kappa needs exactly two coders, not 3", "degenerate"}},
		},
		{
			name: "one unit, agreement", coders: []string{"A", "B"},
			rows: [][]string{{"x", "x"}},
			want: want{percent: f(1), notes: []string{
				"Krippendorff's alpha is undefined: all values in pairable units are identical",
				"Cohen's kappa is undefined", "Fleiss' kappa is undefined"}},
		},
		{
			name: "all agree, several categories", coders: []string{"A", "B", "C"},
			rows: [][]string{{"1", "1", "1"}, {"2", "2", ""}, {"3", "3", "3"}},
			want: want{alpha: f(1), fleiss: f(1), percent: f(1)},
		},
		{
			name: "all values identical", coders: []string{"A", "B", "C"},
			rows:  [][]string{{"4", "4", "4"}, {"4", "4", ""}, {"4", "", ""}},
			level: Interval,
			want: want{percent: f(1), notes: []string{
				"expected disagreement is 0", "reported only at the nominal level"}},
		},
		{
			name: "coder who coded nothing", coders: []string{"A", "B", "C"},
			rows: [][]string{{"1", "1", ""}, {"2", "2", ""}, {"1", "2", ""}},
			// Same as two-coder data: o_11 = 2, o_22 = 2, o_12 = o_21 = 1,
			// n = 6: alpha = 1 − 5·2/(2·3·3) = 4/9; kappa = 1/3.
			want: want{alpha: f(4.0 / 9), fleiss: f(1.0 / 3), percent: f(2.0 / 3),
				notes: []string{`coder "C" coded no units`, "needs exactly two coders"}},
		},
		{
			name: "no pairable units", coders: []string{"A", "B"},
			rows: [][]string{{"1", ""}, {"", "2"}, {"", ""}},
			want: want{notes: []string{"no unit has values from two or more coders",
				"no unit was coded by both coders", "3 of 3 units have fewer than two values"}},
		},
		{
			name: "no units", coders: []string{"A", "B"},
			want: want{notes: []string{"alpha is undefined"}},
		},
		{
			name: "single coder", coders: []string{"A"},
			rows: [][]string{{"1"}, {"2"}},
			want: want{notes: []string{"only 1 coder(s)", "alpha is undefined"}},
		},
		{
			name: "two coders, ordinal: no cohen", coders: []string{"A", "B"},
			rows: [][]string{{"1", "1"}, {"2", "3"}, {"3", "3"}}, level: Ordinal,
			// n_1 = 2, n_2 = 1, n_3 = 3; mid-ranks 1, 2.5, 4.5; δ_23 = 4,
			// observed = 2·4 = 8; expected = 2·6·Σ n_c (r_c − 3)² = 12·15;
			// alpha = 1 − 5·8/180.
			want: want{alpha: f(1 - 40.0/180), percent: f(2.0 / 3),
				notes: []string{"Cohen's kappa is reported only at the nominal level"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := compute(t, mustData(t, tt.coders, tt.rows), Options{Level: tt.level, Bootstrap: 50})
			check := func(name string, got, want *float64) {
				t.Helper()
				switch {
				case want == nil && got != nil:
					t.Errorf("%s = %v, want nil", name, *got)
				case want != nil && got == nil:
					t.Errorf("%s = nil, want %v (notes %q)", name, *want, r.Notes)
				case want != nil && math.Abs(*got-*want) > 1e-12:
					t.Errorf("%s = %v, want %v", name, *got, *want)
				}
			}
			check("alpha", r.KrippendorffAlpha, tt.want.alpha)
			check("cohen", r.CohenKappa, tt.want.cohen)
			check("fleiss", r.FleissKappa, tt.want.fleiss)
			check("percent agreement", r.PercentAgreement, tt.want.percent)
			if (r.KrippendorffAlpha == nil) != (r.KrippendorffAlphaCI95 == nil) {
				t.Errorf("alpha %s but interval %v", fmtPtr(r.KrippendorffAlpha), r.KrippendorffAlphaCI95)
			}
			for _, n := range tt.want.notes {
				if !containsNote(r.Notes, n) {
					t.Errorf("notes %q lack %q", r.Notes, n)
				}
			}
		})
	}
}

// TestUnusedCategories checks that values nobody paired do not matter:
// a gap in the ordinal scale, or a category that occurs only in an
// unpairable unit, leaves alpha unchanged.
func TestUnusedCategories(t *testing.T) {
	base := transpose(t, krippendorff2011)
	for _, level := range []Level{Nominal, Ordinal, Interval, Ratio} {
		t.Run(level.String(), func(t *testing.T) {
			want := *compute(t, base, Options{Level: level, Bootstrap: -1}).KrippendorffAlpha
			// Unit 12 (coder B only) gets a value no one else used.
			extra := transpose(t, krippendorff2011)
			extra.Units[11][1] = Number(99)
			if got := *compute(t, extra, Options{Level: level, Bootstrap: -1}).KrippendorffAlpha; math.Abs(got-want) > 1e-12 {
				t.Errorf("with an unpaired category alpha = %v, want %v", got, want)
			}
		})
	}
	// Ordinal alpha depends only on order: relabel 5 → 50 (a gap).
	gapped := transpose(t, krippendorff2011)
	for _, row := range gapped.Units {
		for c, v := range row {
			if v.String() == "5" {
				row[c] = Number(50)
			}
		}
	}
	a := *compute(t, gapped, Options{Level: Ordinal, Bootstrap: -1}).KrippendorffAlpha
	if round3(a) != 0.815 {
		t.Errorf("ordinal alpha with a gap = %v, want 0.815", a)
	}
}

// naiveAlpha computes alpha straight from Krippendorff's (2011)
// definitions: the coincidence matrix from ordered pairs of values within
// units, and the four difference functions written out in full.
func naiveAlpha(d Data, level Level) (float64, bool) {
	type pair struct{ c, k string }
	o := map[pair]float64{}
	num := map[string]float64{}
	for _, row := range d.Units {
		var vals []string
		for _, v := range row {
			if !v.IsMissing() {
				s := v.String()
				if level != Nominal {
					x, _ := v.Float()
					s = strconv.FormatFloat(x, 'g', -1, 64)
					num[s] = x
				}
				vals = append(vals, s)
			}
		}
		m := float64(len(vals))
		for i := range vals {
			for j := range vals {
				if i != j {
					o[pair{vals[i], vals[j]}] += 1 / (m - 1)
				}
			}
		}
	}
	nc := map[string]float64{}
	n := 0.0
	for p, x := range o {
		nc[p.c] += x
		n += x
	}
	cats := make([]string, 0, len(nc))
	for c := range nc {
		cats = append(cats, c)
	}
	slices.SortFunc(cats, func(a, b string) int {
		if level == Nominal {
			return strings.Compare(a, b)
		}
		return cmpFloat(num[a], num[b])
	})
	pos := map[string]int{}
	for i, c := range cats {
		pos[c] = i
	}
	delta := func(c, k string) float64 {
		switch level {
		case Nominal:
			if c == k {
				return 0
			}
			return 1
		case Ordinal:
			lo, hi := min(pos[c], pos[k]), max(pos[c], pos[k])
			s := 0.0
			for g := lo; g <= hi; g++ {
				s += nc[cats[g]]
			}
			s -= (nc[c] + nc[k]) / 2
			return s * s
		case Interval:
			return (num[c] - num[k]) * (num[c] - num[k])
		default:
			if num[c]+num[k] == 0 {
				return 0
			}
			r := (num[c] - num[k]) / (num[c] + num[k])
			return r * r
		}
	}
	var do, de float64
	for _, c := range cats {
		for _, k := range cats {
			do += o[pair{c, k}] * delta(c, k)
			de += nc[c] * nc[k] * delta(c, k)
		}
	}
	if de == 0 {
		return 0, false
	}
	return 1 - (n-1)*do/de, true
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// randomData returns units × coders data with values in [0, k) (scaled by
// scale) and the given share of missing cells.
func randomData(rng *rand.Rand, units, coders, k int, missing, scale float64) Data {
	d := Data{Coders: make([]string, coders), Units: make([][]Value, units)}
	for c := range d.Coders {
		d.Coders[c] = fmt.Sprintf("c%d", c+1)
	}
	for u := range d.Units {
		row := make([]Value, coders)
		for c := range row {
			if rng.Float64() >= missing {
				row[c] = Number(float64(rng.IntN(k)) * scale)
			}
		}
		d.Units[u] = row
	}
	return d
}

func TestAlphaMatchesDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		units := 1 + rng.IntN(30)
		coders := 2 + rng.IntN(5)
		k := 2 + rng.IntN(7)
		d := randomData(rng, units, coders, k, rng.Float64()*0.5, 1)
		// Alpha is invariant under these rescalings at every level; the
		// extreme ones would overflow or underflow a naive computation.
		scale := []float64{1, 0.1, 1e200, 1e-200, 3}[trial%5]
		scaled := Data{Coders: d.Coders, Units: make([][]Value, len(d.Units))}
		for u, row := range d.Units {
			scaled.Units[u] = make([]Value, len(row))
			for c, v := range row {
				if x, ok := v.Float(); ok {
					scaled.Units[u][c] = Number(x * scale)
				}
			}
		}
		for _, level := range []Level{Nominal, Ordinal, Interval, Ratio} {
			want, wantOK := naiveAlpha(d, level)
			r := compute(t, scaled, Options{Level: level, Bootstrap: -1})
			switch {
			case !wantOK && r.KrippendorffAlpha != nil:
				t.Fatalf("trial %d %s: alpha = %v, want undefined", trial, level, *r.KrippendorffAlpha)
			case wantOK && r.KrippendorffAlpha == nil:
				t.Fatalf("trial %d %s: alpha = nil, want %v (notes %q)", trial, level, want, r.Notes)
			case wantOK && math.Abs(*r.KrippendorffAlpha-want) > 1e-9*max(1, math.Abs(want)):
				t.Fatalf("trial %d %s (scale %g): alpha = %.12f, want %.12f", trial, level, scale, *r.KrippendorffAlpha, want)
			}
		}
	}
}

// TestAlphaScaleInvariance checks that interval and ratio alpha survive
// values so large or small that squaring them would overflow or underflow.
func TestAlphaScaleInvariance(t *testing.T) {
	for _, level := range []Level{Interval, Ratio} {
		want := *compute(t, transpose(t, krippendorff2011), Options{Level: level, Bootstrap: -1}).KrippendorffAlpha
		for _, scale := range []float64{1e300, 1e-300, math.MaxFloat64 / 5} {
			d := transpose(t, krippendorff2011)
			for _, row := range d.Units {
				for c, v := range row {
					if x, ok := v.Float(); ok {
						row[c] = Number(x * scale)
					}
				}
			}
			r := compute(t, d, Options{Level: level, Bootstrap: -1})
			if r.KrippendorffAlpha == nil || math.Abs(*r.KrippendorffAlpha-want) > 1e-9 {
				t.Errorf("%s ×%g: alpha = %s, want %v", level, scale, fmtPtr(r.KrippendorffAlpha), want)
			}
		}
	}
}

func TestBootstrap(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	d := randomBinary(rng, 400, 4, 0.1, 0.8)
	opts := Options{Seed: 42, Bootstrap: 500}
	a := compute(t, d, opts)
	b := compute(t, d, opts)
	if a.KrippendorffAlphaCI95 == nil {
		t.Fatalf("no interval; notes %q", a.Notes)
	}
	if *a.KrippendorffAlphaCI95 != *b.KrippendorffAlphaCI95 {
		t.Errorf("same seed, different intervals: %v vs %v", *a.KrippendorffAlphaCI95, *b.KrippendorffAlphaCI95)
	}
	ci := *a.KrippendorffAlphaCI95
	if alpha := *a.KrippendorffAlpha; !(ci[0] < alpha && alpha < ci[1]) {
		t.Errorf("alpha %v outside its interval %v", alpha, ci)
	}
	if w := ci[1] - ci[0]; w <= 0 || w > 0.3 {
		t.Errorf("interval %v has implausible width %v", ci, w)
	}
	if a.BootstrapSamples != 500 || a.Confidence != 0.95 {
		t.Errorf("samples %d confidence %v, want 500 0.95", a.BootstrapSamples, a.Confidence)
	}
	c := compute(t, d, Options{Seed: 43, Bootstrap: 500})
	if *c.KrippendorffAlphaCI95 == ci {
		t.Errorf("different seeds gave identical intervals %v", ci)
	}
	narrow := compute(t, d, Options{Seed: 42, Bootstrap: 500, Confidence: 0.5})
	if n := *narrow.KrippendorffAlphaCI95; !(n[0] > ci[0] && n[1] < ci[1]) {
		t.Errorf("50%% interval %v not inside 95%% interval %v", n, ci)
	}
}

// TestBootstrapWorkers checks that the resamples do not depend on how
// they are spread over goroutines.
func TestBootstrapWorkers(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, level := range []Level{Nominal, Ordinal, Interval, Ratio} {
		d := randomData(rng, 300, 3, 5, 0.2, 1)
		p, err := prepare(d, level)
		if err != nil {
			t.Fatal(err)
		}
		am := newAlphaModel(p)
		one, err1 := am.bootstrap(context.Background(), p.nCat, 2000, 9, 1)
		two, err2 := am.bootstrap(context.Background(), p.nCat, 2000, 9, 2)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !slices.Equal(one.alphas, two.alphas) || one.undefined != two.undefined {
			t.Errorf("%s: results differ between 1 and 2 workers", level)
		}
	}
}

// TestBootstrapUndefinedResamples uses data where many resamples contain
// only agreeing units of one category.
func TestBootstrapUndefinedResamples(t *testing.T) {
	d := mustData(t, []string{"A", "B"}, [][]string{{"x", "x"}, {"x", "x"}, {"x", "y"}})
	r := compute(t, d, Options{Bootstrap: 200, Seed: 1})
	if r.KrippendorffAlpha == nil || r.KrippendorffAlphaCI95 == nil {
		t.Fatalf("alpha %s interval %v", fmtPtr(r.KrippendorffAlpha), r.KrippendorffAlphaCI95)
	}
	if r.BootstrapSamples >= 200 || !containsNote(r.Notes, "bootstrap resamples had no variation") {
		t.Errorf("samples %d, notes %q: want some resamples left out, with a note", r.BootstrapSamples, r.Notes)
	}
}

func randomBinary(rng *rand.Rand, units, coders int, missing, agree float64) Data {
	d := Data{Coders: make([]string, coders), Units: make([][]Value, units)}
	for c := range d.Coders {
		d.Coders[c] = fmt.Sprintf("c%d", c+1)
	}
	for u := range d.Units {
		truth := float64(rng.IntN(2))
		row := make([]Value, coders)
		for c := range row {
			if rng.Float64() < missing {
				continue
			}
			v := truth
			if rng.Float64() > agree {
				v = float64(rng.IntN(2))
			}
			row[c] = Number(v)
		}
		d.Units[u] = row
	}
	return d
}

// TestComputeErrors: Compute refuses options out of range and data it
// cannot read; want is what the error must say ("" where any error will do).
func TestComputeErrors(t *testing.T) {
	good := transpose(t, krippendorff2011)
	tests := []struct {
		name string
		d    Data
		opts Options
		want string
	}{
		{"bad level", good, Options{Level: Level(9)}, ""},
		{"confidence 1", good, Options{Confidence: 1}, ""},
		{"negative confidence", good, Options{Confidence: -0.5}, ""},
		{"NaN confidence", good, Options{Confidence: math.NaN()}, ""},
		{"too many resamples", good, Options{Bootstrap: MaxBootstrap + 1}, ""},
		{"ragged", Data{Coders: []string{"A", "B"}, Units: [][]Value{{Number(1)}}}, Options{Level: Nominal}, "unit 1 has 1 cells"},
		{"ids", Data{Coders: []string{"A"}, UnitIDs: []string{"u1", "u2"}, Units: [][]Value{{Number(1)}}}, Options{Level: Nominal}, "2 unit IDs for 1 units"},
		{"label at interval", Data{Coders: []string{"A", "B"}, UnitIDs: []string{"u1"}, Units: [][]Value{{Category("x"), Number(1)}}},
			Options{Level: Interval}, `unit 1 ("u1"), coder "A": interval level: "x" is not a number`},
		{"NaN", Data{Coders: []string{"A", "B"}, Units: [][]Value{{Number(1), Number(math.NaN())}}}, Options{Level: Ordinal}, `coder "B"`},
		{"negative ratio", Data{Coders: []string{"A", "B"}, Units: [][]Value{{Number(1), Number(-2)}}}, Options{Level: Ratio}, "must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compute(context.Background(), tt.d, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestResultJSON(t *testing.T) {
	r := compute(t, mustData(t, []string{"A", "B", "C"}, [][]string{{"1", "1", "2"}, {"2", "2", "2"}}), Options{Seed: 1})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"units", "coders", "level", "percent_agreement", "krippendorff_alpha",
		"krippendorff_alpha_ci95", "fleiss_kappa", "cohen_kappa", "notes"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON %s lacks key %q", b, k)
		}
	}
	if m["cohen_kappa"] != nil {
		t.Errorf("cohen_kappa = %v, want null", m["cohen_kappa"])
	}
	if ci, ok := m["krippendorff_alpha_ci95"].([]any); !ok || len(ci) != 2 {
		t.Errorf("krippendorff_alpha_ci95 = %v, want a two-number array", m["krippendorff_alpha_ci95"])
	}
	if m["level"] != "nominal" {
		t.Errorf("level = %v", m["level"])
	}
}

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in      string
		want    Level
		wantErr bool
	}{
		{"nominal", Nominal, false},
		{" Ordinal ", Ordinal, false},
		{"INTERVAL", Interval, false},
		{"ratio", Ratio, false},
		{"metric", 0, true},
		{"", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseLevel(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	var l Level
	if err := l.UnmarshalText([]byte("ratio")); err != nil || l != Ratio {
		t.Errorf("UnmarshalText: %v, %v", l, err)
	}
	if b, err := Interval.MarshalText(); err != nil || string(b) != "interval" {
		t.Errorf("MarshalText: %s, %v", b, err)
	}
	if s := Level(7).String(); s != "Level(7)" {
		t.Errorf("String = %q", s)
	}
}

func TestBinary(t *testing.T) {
	tests := []struct {
		coded, applied bool
		want           int8
	}{
		{true, true, BinaryPresent},
		{true, false, BinaryAbsent},
		{false, false, BinaryMissing},
		{false, true, BinaryPresent},
	}
	for _, tt := range tests {
		if got := BinaryCell(tt.coded, tt.applied); got != tt.want {
			t.Errorf("BinaryCell(%v, %v) = %d, want %d", tt.coded, tt.applied, got, tt.want)
		}
	}
	// The two-observer binary example of Krippendorff (2011).
	a := []int8{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}
	b := []int8{1, 1, 1, 0, 0, 1, 0, 0, 0, 0}
	cells := make([][]int8, len(a))
	for i := range a {
		cells[i] = []int8{a[i], b[i]}
	}
	cells = append(cells, []int8{BinaryMissing, BinaryPresent}) // unpairable
	d, err := Binary([]string{"A", "B"}, cells)
	if err != nil {
		t.Fatal(err)
	}
	r := compute(t, d, Options{Bootstrap: -1})
	if r.KrippendorffAlpha == nil || round3(*r.KrippendorffAlpha) != 0.095 {
		t.Errorf("alpha = %s, want 0.095", fmtPtr(r.KrippendorffAlpha))
	}
	if _, err := Binary([]string{"A", "B"}, [][]int8{{0, 2}}); err == nil {
		t.Error("Binary accepted cell value 2")
	}
	if _, err := Binary([]string{"A", "B"}, [][]int8{{0}}); err == nil {
		t.Error("Binary accepted a short row")
	}
}

func TestDisagreements(t *testing.T) {
	d := mustData(t, []string{"A", "B", "C"}, [][]string{
		{"1", "1", "1"},   // agree
		{"1", "2", ""},    // disagree
		{"3", "", ""},     // single value
		{"", "", ""},      // empty
		{"2", "2.0", "2"}, // equal only as numbers
	})
	d.UnitIDs = []string{"u1", "u2", "u3", "u4", "u5"}
	tests := []struct {
		level Level
		want  []int
	}{
		{Nominal, []int{1, 4}},
		{Interval, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.level.String(), func(t *testing.T) {
			got, err := Disagreements(d, tt.level)
			if err != nil {
				t.Fatal(err)
			}
			var units []int
			for _, g := range got {
				units = append(units, g.Unit)
				if g.UnitID != d.UnitIDs[g.Unit] || len(g.Values) != 3 {
					t.Errorf("disagreement %+v", g)
				}
			}
			if !slices.Equal(units, tt.want) {
				t.Errorf("units %v, want %v", units, tt.want)
			}
		})
	}
	got, _ := Disagreements(d, Nominal)
	b, err := json.Marshal(got[0])
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"unit":1,"unit_id":"u2","values":["1","2",null]}`; string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
	if _, err := Disagreements(mustData(t, []string{"A"}, [][]string{{"x"}}), Ordinal); err == nil {
		t.Error("Disagreements accepted a label at the ordinal level")
	}
}

func TestValue(t *testing.T) {
	tests := []struct {
		v       Value
		str     string
		json    string
		missing bool
		num     float64
		numOK   bool
	}{
		{Missing(), "", "null", true, 0, false},
		{Category(""), "", "null", true, 0, false},
		{Category("yes"), "yes", `"yes"`, false, 0, false},
		{Category("2.5"), "2.5", `"2.5"`, false, 2.5, true},
		{Number(3), "3", "3", false, 3, true},
		{Number(math.Inf(1)), "+Inf", "null", false, math.Inf(1), false},
	}
	for _, tt := range tests {
		if got := tt.v.String(); got != tt.str {
			t.Errorf("String = %q, want %q", got, tt.str)
		}
		if b, _ := json.Marshal(tt.v); string(b) != tt.json {
			t.Errorf("%q: JSON %s, want %s", tt.str, b, tt.json)
		}
		if tt.v.IsMissing() != tt.missing {
			t.Errorf("%q: IsMissing = %v", tt.str, !tt.missing)
		}
		if x, ok := tt.v.Float(); ok != tt.numOK || (ok && x != tt.num) {
			t.Errorf("%q: Float = %v, %v; want %v, %v", tt.str, x, ok, tt.num, tt.numOK)
		}
	}
}

// TestComputeCancelled checks that the bootstrap stops when its context is
// done, on one worker or several, and that the statistics without a
// bootstrap are still computed.
func TestComputeCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := randomData(rand.New(rand.NewPCG(5, 6)), 300, 3, 4, 0.1, 1)
	if _, err := Compute(ctx, d, Options{Seed: 1}); !errors.Is(err, context.Canceled) {
		t.Errorf("Compute with a bootstrap: err = %v, want context.Canceled", err)
	}
	if r, err := Compute(ctx, d, Options{Bootstrap: -1}); err != nil || r.KrippendorffAlpha == nil {
		t.Errorf("Compute without a bootstrap: alpha %v, err %v", r.KrippendorffAlpha, err)
	}
	p, err := prepare(d, Nominal)
	if err != nil {
		t.Fatal(err)
	}
	am := newAlphaModel(p)
	for _, workers := range []int{1, 2} {
		if _, err := am.bootstrap(ctx, p.nCat, 5000, 1, workers); !errors.Is(err, context.Canceled) {
			t.Errorf("%d workers: err = %v, want context.Canceled", workers, err)
		}
	}
}
