package stats

import (
	"context"
	"math"
	"math/bits"
	"math/rand/v2"
)

// fisher2x2 returns the two-sided p-value of Fisher's exact test for the
// table [[a, b], [c, d]]: the total hypergeometric probability (margins
// fixed) of all tables whose probability does not exceed that of the
// observed one. Like R's fisher.test it allows a relative tolerance of 1e-7
// when comparing probabilities, so that tables as likely as the observed one
// are not lost to rounding.
func fisher2x2(a, b, c, d int) float64 {
	r1 := a + b
	c1 := a + c
	n := a + b + c + d
	lo := max(0, c1-(n-r1))
	hi := min(r1, c1)
	logp := make([]float64, hi-lo+1)
	maxLog := math.Inf(-1)
	for k := lo; k <= hi; k++ {
		// log of C(c1, k)·C(n−c1, r1−k); the common denominator C(n, r1)
		// cancels in the normalisation below.
		lp := lchoose(c1, k) + lchoose(n-c1, r1-k)
		logp[k-lo] = lp
		maxLog = math.Max(maxLog, lp)
	}
	var total, tail float64
	cut := logp[a-lo] + math.Log1p(1e-7)
	for _, lp := range logp {
		p := math.Exp(lp - maxLog)
		total += p
		if lp <= cut {
			tail += p
		}
	}
	return math.Min(1, tail/total)
}

// lchoose returns log C(n, k) for 0 ≤ k ≤ n.
func lchoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

// monteCarloP returns the Monte Carlo p-value of Pearson's chi-square
// statistic for the integer table t (all row and column totals positive),
// conditional on both margins. Each replicate randomly permutes the column
// labels of the N individuals over the fixed row memberships, which draws
// tables from the multiple hypergeometric distribution exactly. The p-value
// is (1 + #{χ²* ≥ χ²}) / (B + 1), comparing with a relative tolerance so
// that replicates equal to the observed table count as "at least as
// extreme". The generator is PCG seeded with seed, so results are
// reproducible. It stops with ctx.Err() when ctx is done.
func monteCarloP(ctx context.Context, t [][]int, replicates int, seed uint64) (float64, error) {
	nr, nc := len(t), len(t[0])
	rowSum := make([]int, nr)
	colSum := make([]int, nc)
	n := 0
	for i, row := range t {
		for j, v := range row {
			rowSum[i] += v
			colSum[j] += v
			n += v
		}
	}
	// Expected counts and their inverses, row-major.
	exp := make([]float64, nr*nc)
	invE := make([]float64, nr*nc)
	for i := range nr {
		for j := range nc {
			e := float64(rowSum[i]) * float64(colSum[j]) / float64(n)
			exp[i*nc+j], invE[i*nc+j] = e, 1/e
		}
	}
	counts := make([]int, nr*nc)
	stat := func() float64 {
		var s float64
		for k, o := range counts {
			d := float64(o) - exp[k]
			s += d * d * invE[k]
		}
		return s
	}
	for i, row := range t {
		copy(counts[i*nc:], row)
	}
	observed := stat()
	cut := observed - 1e-10*math.Max(1, observed)

	labels := make([]int, 0, n)
	for j, c := range colSum {
		for range c {
			labels = append(labels, j)
		}
	}
	rowOf := make([]int, 0, n) // row offset into counts, per individual
	for i, r := range rowSum {
		for range r {
			rowOf = append(rowOf, i*nc)
		}
	}
	src := rand.NewPCG(seed, 0x9e3779b97f4a7c15)
	atLeast := 0
	// A look at ctx costs about as much as shuffling a few individuals:
	// small tables look every 64 replicates, large ones every replicate.
	every := 64
	if n >= 1<<12 {
		every = 1
	}
	done := ctx.Done()
	for i := range replicates {
		if i%every == 0 {
			select {
			case <-done:
				return 0, ctx.Err()
			default:
			}
		}
		// Fisher–Yates shuffle of the labels.
		for k := n - 1; k > 0; k-- {
			m := int(Uint64N(src, uint64(k+1)))
			labels[k], labels[m] = labels[m], labels[k]
		}
		clear(counts)
		for k, j := range labels {
			counts[rowOf[k]+j]++
		}
		if stat() >= cut {
			atLeast++
		}
	}
	return float64(1+atLeast) / float64(replicates+1), nil
}

// Uint64N returns a uniform integer in [0, n) drawn from src, using
// Lemire's multiply-shift method with rejection; n must be positive. It is
// written out here, rather than taken from math/rand/v2, so that the stream
// for a seed (Monte Carlo p-values, bootstrap intervals) is fixed by this
// package.
func Uint64N(src *rand.PCG, n uint64) uint64 {
	hi, lo := bits.Mul64(src.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(src.Uint64(), n)
		}
	}
	return hi
}
