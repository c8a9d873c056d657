package analysis

import (
	"context"
	"math"

	"gonum.org/v1/gonum/optimize"
)

// A learned model is an L2-regularised logistic regression over a
// segment's tf-idf features, which of the codebook's rules fire on it, and
// the speaker's role, fitted with L-BFGS (gonum). Positive and negative examples
// are weighted to count equally, since a code is usually rare. Fitting is
// deterministic: the same examples give the same weights.

// example is one labelled segment.
type example struct {
	x *sparse
	// extras are the binary features that hold: the speaker's role and the
	// rules that fire (indices after the vocabulary's columns).
	extras []int32
	y      bool
}

// model is a fitted logistic regression. Weights are laid out as the
// vocabulary's columns, then the extra features, then the bias.
type model struct {
	w             []float64
	vocab, extras int
}

func (m *model) bias() float64 { return m.w[len(m.w)-1] }

// score returns the probability the model gives the code on a segment.
func (m *model) score(x *sparse, extras []int32) float64 {
	z := x.dot(m.w) + m.bias()
	for _, e := range extras {
		z += m.w[m.vocab+int(e)]
	}
	return sigmoid(z)
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// lambdas are the strengths of the L2 penalty (on the mean, class-weighted
// log-loss) a code's model may have, strongest first: each code takes the
// one whose cross-validated F1 is best (the weakest, of equals).
var lambdas = []float64{1e-2, 3e-3, 1e-3}

// maxIterations bounds L-BFGS: logistic regression converges in tens.
const maxIterations = 60

// gradientTolerance ends a fit when no component of the gradient is as
// large.
const gradientTolerance = 1e-5

// gradientConverged ends a fit when every component of the gradient is
// below tol, the test gonum makes for Settings.GradientThreshold (the
// largest component, by floats.Norm's infinity norm) but without its
// math.Max, whose care for NaN and signed zeros made the test, run twice
// at every step, a tenth of fitting; it stops at the first component that
// is not below tol, and a NaN is not. It then defers to gonum's default
// converger (which a Converger in Settings replaces), so that a fit stops
// exactly where it did with GradientThreshold.
type gradientConverged struct {
	tol  float64
	next optimize.Converger
}

func newGradientConverged(tol float64) *gradientConverged {
	// gonum's default (optimize.defaultFunctionConverge).
	return &gradientConverged{tol: tol, next: &optimize.FunctionConverge{Absolute: 1e-10, Iterations: 100}}
}

// Init implements optimize.Converger.
func (c *gradientConverged) Init(dim int) { c.next.Init(dim) }

// Converged implements optimize.Converger.
func (c *gradientConverged) Converged(loc *optimize.Location) optimize.Status {
	if loc.Gradient != nil && below(loc.Gradient, c.tol) {
		return optimize.GradientThreshold
	}
	return c.next.Converged(loc)
}

// below reports whether every |g[i]| < tol.
func below(g []float64, tol float64) bool {
	for _, v := range g {
		if !(math.Abs(v) < tol) {
			return false
		}
	}
	return true
}

// fit trains a model on the design's rows, labelled y, at one penalty. A
// column no example has keeps its weight at zero (its gradient is the
// penalty's, and that is zero at zero), so the optimiser works over the
// columns the examples have (the design's): the same weights, at a
// fraction of the vector work (a code's examples come from the coded
// documents, whose words are a part of the corpus's).
func fit(ctx context.Context, x *design, y []bool, vocab, extras int, lambda float64) (*model, error) {
	ms, err := fitPath(ctx, x, y, vocab, extras, []float64{lambda})
	if err != nil {
		return nil, err
	}
	return ms[0], nil
}

// labels returns the examples' labels.
func labels(ex []example) []bool {
	y := make([]bool, len(ex))
	for i, e := range ex {
		y[i] = e.y
	}
	return y
}

// fitPath trains a model on the design's rows, labelled y, for each
// penalty, from the strongest to the weakest, each fit starting from the
// weights of the one before (they are close, and the optimiser gets there
// in fewer steps). Penalties must be given strongest first.
func fitPath(ctx context.Context, x *design, y []bool, vocab, extras int, penalties []float64) ([]*model, error) {
	var w []float64
	out := make([]*model, len(penalties))
	for i, lambda := range penalties {
		var err error
		if w, err = x.fit(ctx, y, extras, lambda, w); err != nil {
			return nil, err
		}
		m := &model{w: make([]float64, vocab+extras+1), vocab: vocab, extras: extras}
		for k, c := range x.used {
			m.w[c] = w[k]
		}
		copy(m.w[vocab:], w[len(x.used):])
		out[i] = m
	}
	return out, nil
}

// design is a fit's examples laid out in one run of memory, over the
// columns they have (renumbered in order) and then the extra features: a
// pass over it, which every step of the optimiser makes, reads memory in
// order instead of chasing each segment's vectors. It holds no labels:
// codes whose examples are the same segments share one design.
type design struct {
	used []int32 // the vocabulary column of each of the design's
	// Row i's words are entries start[i]:split[i], its extra features
	// split[i]:start[i+1] (their value is one).
	start, split []int32
	cols         []int32
	vals         []float32 // beside cols (one for an extra feature); float32 as the vectors hold them
}

func newDesign(ex []example, vocab int) *design {
	newCol := make([]int32, vocab)
	nnz := 0
	for _, e := range ex {
		for _, c := range e.x.cols {
			newCol[c] = 1
		}
		nnz += len(e.x.cols) + len(e.extras)
	}
	x := &design{start: make([]int32, 0, len(ex)+1), split: make([]int32, 0, len(ex)),
		cols: make([]int32, 0, nnz), vals: make([]float32, 0, nnz)}
	for c, u := range newCol {
		if u != 0 {
			newCol[c] = int32(len(x.used))
			x.used = append(x.used, int32(c))
		}
	}
	for _, e := range ex {
		x.start = append(x.start, int32(len(x.cols)))
		for k, c := range e.x.cols {
			x.cols = append(x.cols, newCol[c])
			x.vals = append(x.vals, e.x.vals[k])
		}
		x.split = append(x.split, int32(len(x.cols)))
		for _, c := range e.extras {
			x.cols, x.vals = append(x.cols, int32(len(x.used))+c), append(x.vals, 1)
		}
	}
	x.start = append(x.start, int32(len(x.cols)))
	return x
}

// fit returns the weights (the design's columns, the extra features, the
// bias) minimising the class-weighted log-loss of its rows, labelled y,
// plus the penalty, starting from w0 (nil: zero).
func (x *design) fit(ctx context.Context, y []bool, extras int, lambda float64, w0 []float64) ([]float64, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	o := newObjective(x, y, extras, lambda)
	if w0 == nil {
		w0 = make([]float64, o.dims)
	}
	res, err := optimize.Minimize(o.problem(), w0, fitSettings(), newLBFGS())
	if err != nil && res == nil {
		return nil, err
	}
	return res.X, nil
}

// fitSettings are L-BFGS's settings for a fit. gonum's own gradient test
// (GradientThreshold) is switched off (NaN) for gradientConverged's, which
// stops at the same step.
func fitSettings() *optimize.Settings {
	return &optimize.Settings{MajorIterations: maxIterations, GradientThreshold: math.NaN(), Converger: newGradientConverged(gradientTolerance)}
}

// newLBFGS is the optimiser of a fit. Its own test of the gradient (an
// infinity norm, by math.Max, at every step: 3% of fitting) is switched
// off: it stops below 1e-12, where gradientConverged has stopped the fit
// already.
func newLBFGS() *optimize.LBFGS { return &optimize.LBFGS{GradStopThreshold: math.NaN()} }

// atLeast is max(v, lo) for the probabilities of the loss, which are never
// NaN: math.Max's care for NaN and signed zeros cost a tenth of training.
func atLeast(v, lo float64) float64 {
	if v < lo {
		return lo
	}
	return v
}

func l2(w []float64) float64 {
	var s float64
	for _, v := range w {
		s += v * v
	}
	return s
}
