package stats

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Wilson returns the Wilson score interval for a binomial proportion with
// the given number of successes out of n trials, at the given two-sided
// confidence level (for example 0.95).
//
// ok is false, and lo and hi are zero, when n is not positive, successes is
// outside [0, n], or confidence is not strictly between 0 and 1.
//
// The interval is clamped to [0, 1]; it is exactly 0 at the lower end when
// successes is 0 and exactly 1 at the upper end when successes equals n.
func Wilson(successes, n int, confidence float64) (lo, hi float64, ok bool) {
	if n <= 0 || successes < 0 || successes > n || !(confidence > 0 && confidence < 1) {
		return 0, 0, false
	}
	z := distuv.UnitNormal.Quantile(1 - (1-confidence)/2)
	nf := float64(n)
	p := float64(successes) / nf
	z2 := z * z
	denom := 1 + z2/nf
	centre := (p + z2/(2*nf)) / denom
	half := z / denom * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf))
	lo, hi = centre-half, centre+half
	if successes == 0 || lo < 0 {
		lo = 0
	}
	if successes == n || hi > 1 {
		hi = 1
	}
	return lo, hi, true
}
