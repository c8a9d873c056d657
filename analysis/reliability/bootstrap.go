package reliability

import (
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/groundwork-qda/groundwork/analysis/stats"
)

// bootstrapResult summarises a bootstrap of alpha.
type bootstrapResult struct {
	alphas    []float64 // defined alphas, ascending
	undefined int       // resamples in which alpha was undefined
}

// minDrawsPerWorker is the amount of work (random draws) below which the
// bootstrap runs on a single goroutine.
const minDrawsPerWorker = 200_000

// maxWorkers caps the goroutines used by the bootstrap.
const maxWorkers = 2

// bootstrap resamples the pairable units with replacement samples times
// and evaluates alpha on each resample. Resample i draws from a PCG source
// seeded from (seed, i) alone, so the result is identical for a given seed
// whatever the number of workers. It stops with ctx.Err() when ctx is done.
func (am *alphaModel) bootstrap(ctx context.Context, nCat, samples int, seed uint64, workers int) (bootstrapResult, error) {
	nUnits := am.n
	if samples <= 0 || nUnits == 0 {
		return bootstrapResult{}, nil
	}
	workers = min(workers, samples, max(1, samples*nUnits/minDrawsPerWorker))
	workers = max(workers, 1)

	vals := make([]alphaValue, samples)
	done := ctx.Done()
	var stopped atomic.Bool
	run := func(first int) {
		scratch := am.newScratch(nCat)
		counts := make([]int32, len(am.types))
		w := make([]float64, len(am.types))
		var src rand.PCG
		for i := first; i < samples; i += workers {
			select {
			case <-done:
				stopped.Store(true)
				return
			default:
			}
			src.Seed(sampleSeeds(seed, uint64(i)))
			clear(counts)
			if nUnits >= multinomialFrom {
				am.drawMultinomial(&src, counts)
			} else {
				am.draw(&src, counts)
			}
			for t, n := range counts {
				w[t] = float64(n)
			}
			vals[i] = am.eval(w, scratch)
		}
	}
	if workers == 1 {
		run(0)
	} else {
		var wg sync.WaitGroup
		for k := range workers {
			wg.Go(func() { run(k) })
		}
		wg.Wait()
	}
	if stopped.Load() {
		return bootstrapResult{}, ctx.Err()
	}

	var res bootstrapResult
	res.alphas = make([]float64, 0, samples)
	for _, v := range vals {
		if v.ok {
			res.alphas = append(res.alphas, v.alpha)
		} else {
			res.undefined++
		}
	}
	slices.Sort(res.alphas)
	return res, nil
}

// draw adds one resample of the pairable units to counts, which is
// indexed by unit type.
func (am *alphaModel) draw(src *rand.PCG, counts []int32) {
	n := len(am.unitType)
	if uint64(n) > math.MaxUint32 {
		for range n {
			counts[am.unitType[stats.Uint64N(src, uint64(n))]]++
		}
		return
	}
	// Lemire's method on 32-bit halves: two draws per call to the source.
	n32 := uint32(n)
	thresh := -n32 % n32
	for drawn := 0; drawn < n; {
		x := src.Uint64()
		for _, h := range [2]uint32{uint32(x), uint32(x >> 32)} {
			m := uint64(h) * uint64(n32)
			if uint32(m) < thresh || drawn == n {
				continue
			}
			counts[am.unitType[m>>32]]++
			drawn++
		}
	}
}

// multinomialFrom is the number of pairable units from which a resample
// is drawn as its counts per unit type (one multinomial variate, as
// conditional binomials) rather than unit by unit. The two have the same
// distribution; the first takes time in the number of types, not units:
// an agreement over 280,000 segments × 23 codes has 5 million units and a
// handful of types. Below it the unit-by-unit draw is kept, so results on
// smaller data stay as they were.
const multinomialFrom = 100_000

// drawMultinomial adds one resample of the pairable units to counts,
// indexed by unit type, drawing how many of each type it holds.
func (am *alphaModel) drawMultinomial(src *rand.PCG, counts []int32) {
	left := int64(am.n)
	rest := float64(am.n)
	for t, w := range am.weights {
		if left == 0 {
			return
		}
		if t == len(am.weights)-1 || w >= rest {
			counts[t] += int32(left)
			return
		}
		k := binomial(src, left, w/rest)
		counts[t] += int32(k)
		left -= k
		rest -= w
	}
}

// binomial draws from Binomial(n, p) exactly: by inversion when the mean is
// small, otherwise by Hörmann's transformed rejection with squeeze (BTRS;
// W. Hörmann, "The generation of binomial random variates", J. Statist.
// Comput. Simul. 46, 1993).
func binomial(src *rand.PCG, n int64, p float64) int64 {
	switch {
	case n <= 0 || p <= 0:
		return 0
	case p >= 1:
		return n
	case p > 0.5:
		return n - binomial(src, n, 1-p)
	}
	uniform := func() float64 { return float64(src.Uint64()>>11) / (1 << 53) }
	nf, q := float64(n), 1-p
	if nf*p < 10 {
		// Inversion: walk the probabilities from 0 until u is used up.
		s, a := p/q, (nf+1)*p/q
		for {
			r, u, x := math.Pow(q, nf), uniform(), int64(0)
			for u > r && x < n {
				u -= r
				x++
				r *= a/float64(x) - s
			}
			if u <= r {
				return x
			}
		}
	}
	spq := math.Sqrt(nf * p * q)
	b := 1.15 + 2.53*spq
	a := -0.0873 + 0.0248*b + 0.01*p
	c := nf*p + 0.5
	vr := 0.92 - 4.2/b
	alpha := (2.83 + 5.1/b) * spq
	lpq := math.Log(p / q)
	m := math.Floor((nf + 1) * p)
	h := lgamma(m+1) + lgamma(nf-m+1)
	for {
		u := uniform() - 0.5
		v := uniform()
		us := 0.5 - math.Abs(u)
		k := math.Floor((2*a/us+b)*u + c)
		if k < 0 || k > nf || us <= 0 {
			continue
		}
		if us >= 0.07 && v <= vr {
			return int64(k)
		}
		v = math.Log(v * alpha / (a/(us*us) + b))
		if v <= h-lgamma(k+1)-lgamma(nf-k+1)+(k-m)*lpq {
			return int64(k)
		}
	}
}

func lgamma(x float64) float64 {
	l, _ := math.Lgamma(x)
	return l
}

// defaultWorkers is the number of goroutines the bootstrap may use.
func defaultWorkers() int { return min(maxWorkers, runtime.GOMAXPROCS(0)) }

// sampleSeeds derives the two PCG seed words for resample i by passing
// (seed, i) through the SplitMix64 finaliser, so that neighbouring
// resamples start from unrelated generator states.
func sampleSeeds(seed, i uint64) (uint64, uint64) {
	a := splitmix64(seed ^ splitmix64(i))
	b := splitmix64(a ^ 0x6a09e667f3bcc909)
	return a, b
}

func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// quantile returns the p-quantile of ascending xs by linear interpolation
// between order statistics (Hyndman and Fan type 7). xs must be non-empty.
func quantile(xs []float64, p float64) float64 {
	h := p * float64(len(xs)-1)
	lo := int(math.Floor(h))
	if lo >= len(xs)-1 {
		return xs[len(xs)-1]
	}
	if lo < 0 {
		return xs[0]
	}
	return xs[lo] + (h-float64(lo))*(xs[lo+1]-xs[lo])
}
