package reliability

import (
	"math"
)

// alphaModel holds everything needed to evaluate Krippendorff's alpha on
// the original data or on any bootstrap resample of its units.
//
// Only pairable units (at least two values) enter alpha. Units with the
// same multiset of values contribute identically to the coincidence
// matrix, so they are grouped into types; a resample is then fully
// described by how many units of each type it drew, and alpha is a
// function of those counts. For binary data with five coders there are at
// most 18 types however many units there are.
//
// The computation never materialises the coincidence matrix o_ck. Its
// marginals are n_c = Σ_u n_uc (the raw counts of values in pairable
// units), and the observed disagreement Σ_ck o_ck δ_ck is a sum of
// per-unit terms Σ_ck n_uc n_uk δ_ck / (m_u − 1). Hence
//
//	alpha = 1 − (n − 1) Σ_u d_u / Σ_ck n_c n_k δ_ck,
//
// with d_u fixed per type for the nominal, interval and ratio metrics. The
// ordinal metric of Krippendorff (2011),
//
//	δ_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²,
//
// equals (r_c − r_k)² for the mid-ranks r_c = Σ_{g<c} n_g + n_c/2, i.e. it
// is the interval metric applied to mid-ranks; since these depend on the
// marginals, d_u is recomputed for each resample from them.
type alphaModel struct {
	level  Level
	values []float64 // category values scaled into (−1, 1); interval and ratio only
	types  []unitType
	// n is the number of pairable units.
	n int
	// unitType[i] is the type of the i-th pairable unit; kept only below
	// multinomialFrom units, where the bootstrap draws unit by unit (above
	// it, 47 million units of an agreement over 100,000 interviews would
	// take 190 MB for nothing).
	unitType []int32
	// weights[t] is the number of pairable units of type t in the data.
	weights []float64
}

// unitType is one distinct multiset of values in a pairable unit.
type unitType struct {
	cats   []int32
	counts []float64
	m      float64
	d      float64 // Σ_ck n_c n_k δ_ck / (m − 1); unused for ordinal
}

// newAlphaModel groups the pairable units of p into types.
func newAlphaModel(p *prepared) *alphaModel { return groupUnits(p, multinomialFrom) }

// groupUnits groups the pairable units of p into types, keeping each
// unit's type only while there are fewer than keep units.
func groupUnits(p *prepared, keep int) *alphaModel {
	am := &alphaModel{level: p.level}
	if p.level == Interval || p.level == Ratio {
		am.values = scaleValues(p.values)
	}
	byKey := make(map[string]int32)
	var key []byte
	for u, uc := range p.units {
		if uc.m < 2 {
			continue
		}
		key = key[:0]
		for i, c := range uc.cats {
			key = appendUvarint(key, uint64(c))
			key = appendUvarint(key, uint64(uc.counts[i]))
		}
		t, ok := byKey[string(key)]
		if !ok {
			t = int32(len(am.types))
			byKey[string(key)] = t
			am.types = append(am.types, am.newType(uc))
			am.weights = append(am.weights, 0)
		}
		for range p.count(u) {
			am.weights[t]++
			am.n++
			if am.n <= keep {
				am.unitType = append(am.unitType, t)
			}
		}
	}
	if am.n >= keep {
		am.unitType = nil
	}
	return am
}

func appendUvarint(b []byte, x uint64) []byte {
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}

// scaleValues divides values by a power of two so that all lie in (−1, 1).
// Interval and ratio alphas are invariant under this scaling, which is
// exact in floating point and prevents overflow when squaring.
func scaleValues(values []float64) []float64 {
	maxAbs := 0.0
	for _, v := range values {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	out := make([]float64, len(values))
	if maxAbs == 0 {
		return out
	}
	_, exp := math.Frexp(maxAbs)
	for i, v := range values {
		out[i] = math.Ldexp(v, -exp)
	}
	return out
}

func (am *alphaModel) newType(uc unitCounts) unitType {
	t := unitType{
		cats:   uc.cats,
		counts: make([]float64, len(uc.counts)),
		m:      float64(uc.m),
	}
	for i, n := range uc.counts {
		t.counts[i] = float64(n)
	}
	switch am.level {
	case Nominal:
		sumSq := 0.0
		for _, n := range t.counts {
			sumSq += n * n
		}
		t.d = (t.m*t.m - sumSq) / (t.m - 1)
	case Interval, Ratio:
		s := 0.0
		for i, ci := range t.cats {
			for j := i + 1; j < len(t.cats); j++ {
				s += t.counts[i] * t.counts[j] * am.delta(ci, t.cats[j])
			}
		}
		t.d = 2 * s / (t.m - 1)
	}
	return t
}

// delta is the squared difference between categories c and k for the
// interval and ratio metrics.
func (am *alphaModel) delta(c, k int32) float64 {
	a, b := am.values[c], am.values[k]
	if am.level == Ratio {
		if a+b == 0 {
			return 0 // both zero
		}
		r := (a - b) / (a + b)
		return r * r
	}
	return (a - b) * (a - b)
}

// alphaScratch holds per-goroutine buffers for alphaModel.eval.
type alphaScratch struct {
	marg   []float64 // marginal n_c per category
	active []int32   // categories with n_c > 0
	rank   []float64 // ordinal mid-ranks per category
}

func (am *alphaModel) newScratch(nCat int) *alphaScratch {
	s := &alphaScratch{marg: make([]float64, nCat)}
	if am.level == Ordinal {
		s.rank = make([]float64, nCat)
	}
	return s
}

// alphaValue is the result of evaluating alpha on one set of type weights.
type alphaValue struct {
	alpha float64
	n     float64 // number of pairable values
	ok    bool    // false when alpha is undefined (fewer than two distinct values)
}

// eval computes alpha when type t occurs w[t] times.
func (am *alphaModel) eval(w []float64, s *alphaScratch) alphaValue {
	clear(s.marg)
	for t, wt := range w {
		if wt == 0 {
			continue
		}
		ty := &am.types[t]
		for i, c := range ty.cats {
			s.marg[c] += wt * ty.counts[i]
		}
	}
	s.active = s.active[:0]
	n := 0.0
	for c, nc := range s.marg {
		if nc > 0 {
			s.active = append(s.active, int32(c))
			n += nc
		}
	}
	if len(s.active) < 2 {
		return alphaValue{n: n}
	}

	var observed, expected float64 // Σ o_ck δ_ck and Σ n_c n_k δ_ck
	switch am.level {
	case Nominal:
		sumSq := 0.0
		for _, c := range s.active {
			sumSq += s.marg[c] * s.marg[c]
		}
		expected = n*n - sumSq
		observed = am.fixedObserved(w)
	case Interval:
		expected = spreadMarginal(s.active, s.marg, am.values, n)
		observed = am.fixedObserved(w)
	case Ratio:
		for i, c := range s.active {
			for _, k := range s.active[i+1:] {
				expected += s.marg[c] * s.marg[k] * am.delta(c, k)
			}
		}
		expected *= 2
		observed = am.fixedObserved(w)
	case Ordinal:
		below := 0.0
		for _, c := range s.active {
			s.rank[c] = below + s.marg[c]/2
			below += s.marg[c]
		}
		expected = spreadMarginal(s.active, s.marg, s.rank, n)
		for t, wt := range w {
			if wt == 0 {
				continue
			}
			ty := &am.types[t]
			observed += wt * spreadUnit(ty, s.rank) / (ty.m - 1)
		}
	}
	if !(expected > 0) {
		return alphaValue{n: n}
	}
	a := 1 - (n-1)*observed/expected
	if math.IsNaN(a) || math.IsInf(a, 0) {
		return alphaValue{n: n}
	}
	return alphaValue{alpha: a, n: n, ok: true}
}

// fixedObserved returns Σ_t w_t d_t for metrics whose per-unit
// disagreement does not depend on the marginals.
func (am *alphaModel) fixedObserved(w []float64) float64 {
	s := 0.0
	for t, wt := range w {
		s += wt * am.types[t].d
	}
	return s
}

// spreadMarginal returns Σ_c Σ_k n_c n_k (x_c − x_k)² over the active
// categories, with n_c = marg[c] and n = Σ n_c, using the numerically
// stable identity Σ_c Σ_k n_c n_k (x_c − x_k)² = 2 n Σ_c n_c (x_c − x̄)².
func spreadMarginal(active []int32, marg, x []float64, n float64) float64 {
	mean := 0.0
	for _, c := range active {
		mean += marg[c] * x[c]
	}
	mean /= n
	ss := 0.0
	for _, c := range active {
		dx := x[c] - mean
		ss += marg[c] * dx * dx
	}
	return 2 * n * ss
}

// spreadUnit is spreadMarginal for the values of one unit type.
func spreadUnit(ty *unitType, x []float64) float64 {
	mean := 0.0
	for i, c := range ty.cats {
		mean += ty.counts[i] * x[c]
	}
	mean /= ty.m
	ss := 0.0
	for i, c := range ty.cats {
		dx := x[c] - mean
		ss += ty.counts[i] * dx * dx
	}
	return 2 * ty.m * ss
}
