package reliability

// agreement holds the per-unit agreement used by percent agreement and
// Fleiss' kappa, both computed over the units with at least two values.
type agreement struct {
	units      int     // units with at least two values
	meanAgree  float64 // mean over those units of the share of agreeing pairs (Fleiss' P̄)
	expected   float64 // Σ_j p_j², p_j the share of category j among their values (Fleiss' P̄e)
	categories int     // distinct categories among their values
	varying    bool    // whether those units have differing numbers of values
}

// pairwiseAgreement computes Fleiss' P̄ and P̄e over the units of p with
// at least two values. With a constant number of values per unit these
// are exactly the quantities of Fleiss (1971); otherwise each unit's
// P_i = Σ_j n_ij(n_ij − 1) / (n_i(n_i − 1)) uses its own n_i and p_j pools
// all values, the usual generalisation to varying numbers of raters.
func pairwiseAgreement(p *prepared) agreement {
	var a agreement
	catTotals := make([]float64, p.nCat)
	total := 0.0
	sum := 0.0
	firstM := -1
	for u, uc := range p.units {
		if uc.m < 2 {
			continue
		}
		if firstM < 0 {
			firstM = uc.m
		} else if uc.m != firstM {
			a.varying = true
		}
		w := float64(p.count(u))
		a.units += p.count(u)
		agreeing := 0.0
		for i, c := range uc.cats {
			n := float64(uc.counts[i])
			agreeing += n * (n - 1)
			catTotals[c] += n * w
		}
		m := float64(uc.m)
		sum += w * agreeing / (m * (m - 1))
		total += m * w
	}
	if a.units == 0 {
		return a
	}
	a.meanAgree = sum / float64(a.units)
	for _, t := range catTotals {
		if t > 0 {
			a.categories++
			q := t / total
			a.expected += q * q
		}
	}
	return a
}

// fleissKappa returns (P̄ − P̄e) / (1 − P̄e), or false when it is undefined
// (no unit with two values, or a single category in use, so P̄e = 1).
func (a agreement) fleissKappa() (float64, bool) {
	if a.units == 0 || a.categories < 2 {
		return 0, false
	}
	return (a.meanAgree - a.expected) / (1 - a.expected), true
}

// cohen holds the two-coder contingency summary for Cohen's kappa.
type cohen struct {
	units  int64 // units coded by both coders
	agree  int64 // of which both assigned the same category
	chance int64 // Σ_c rows_c · cols_c
}

// cohenTable tabulates coders a and b over the units both coded.
func cohenTable(p *prepared, a, b int) cohen {
	rows := make([]int64, p.nCat)
	cols := make([]int64, p.nCat)
	var t cohen
	for u, cells := range p.cells {
		x, y := cells[a], cells[b]
		if x < 0 || y < 0 {
			continue
		}
		w := int64(p.count(u))
		t.units += w
		rows[x] += w
		cols[y] += w
		if x == y {
			t.agree += w
		}
	}
	for c := range rows {
		t.chance += rows[c] * cols[c]
	}
	return t
}

// kappa returns Cohen's kappa (p_o − p_e) / (1 − p_e), evaluated as
// (N·agree − chance) / (N² − chance) in exact integer arithmetic, or false
// when it is undefined (no units coded by both, or p_e = 1 because both
// coders used one and the same category throughout).
func (t cohen) kappa() (float64, bool) {
	n2 := t.units * t.units
	if t.units == 0 || n2 == t.chance {
		return 0, false
	}
	return float64(t.units*t.agree-t.chance) / float64(n2-t.chance), true
}
