package stats

import (
	"math"
	"sort"
)

// BenjaminiHochberg returns Benjamini–Hochberg (1995) adjusted p-values
// (q-values controlling the false discovery rate) in the order of the input.
//
// It uses the step-up procedure: sorted in decreasing order, the i-th
// smallest p-value becomes min over j ≥ i of m·p(j)/j, capped at 1, so the
// adjusted values are monotone in the raw ones and tied p-values receive the
// same adjusted value. This matches R's p.adjust(p, "BH").
//
// NaN entries are treated as missing, as R does with NA: they stay NaN in
// the output and are not counted in m. The input slice is not modified.
func BenjaminiHochberg(p []float64) []float64 {
	out := make([]float64, len(p))
	idx := make([]int, 0, len(p))
	for i, v := range p {
		if math.IsNaN(v) {
			out[i] = math.NaN()
			continue
		}
		idx = append(idx, i)
	}
	m := len(idx)
	if m == 0 {
		return out
	}
	// Decreasing order of p; ties keep input order (irrelevant to the result).
	sort.SliceStable(idx, func(a, b int) bool { return p[idx[a]] > p[idx[b]] })
	running := math.Inf(1)
	for k, i := range idx {
		rank := m - k // rank of p[i] in increasing order, 1-based
		v := p[i] * float64(m) / float64(rank)
		if v < running {
			running = v
		}
		out[i] = math.Min(1, running)
	}
	return out
}
