package analysis

import (
	"context"
	"math"

	"gonum.org/v1/gonum/floats"
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
// log-loss) a code's model may have: each code takes the one whose
// cross-validated F1 is best.
var lambdas = [...]float64{1e-3, 3e-3, 1e-2}

// maxIterations bounds L-BFGS: logistic regression converges in tens.
const maxIterations = 60

// fit trains a model on the examples.
func fit(ctx context.Context, ex []example, vocab, extras int, lambda float64) (*model, error) {
	m := &model{w: make([]float64, vocab+extras+1), vocab: vocab, extras: extras}
	var pos int
	for _, e := range ex {
		if e.y {
			pos++
		}
	}
	n := float64(len(ex))
	wPos, wNeg := n/(2*math.Max(float64(pos), 1)), n/(2*math.Max(n-float64(pos), 1))
	// L-BFGS asks for the loss and then the gradient at the same weights:
	// the examples' probabilities, most of the work, are computed once
	// for both.
	probs := make([]float64, len(ex))
	var at []float64 // the weights probs were computed at
	score := func(w []float64) {
		if at != nil && floats.Equal(at, w) {
			return
		}
		m.w = w
		for i, e := range ex {
			probs[i] = m.score(e.x, e.extras)
		}
		at = append(at[:0], w...)
	}
	f := func(w []float64) float64 {
		score(w)
		var loss float64
		for i, e := range ex {
			if e.y {
				loss -= wPos * math.Log(atLeast(probs[i], 1e-12))
			} else {
				loss -= wNeg * math.Log(atLeast(1-probs[i], 1e-12))
			}
		}
		return loss/n + lambda/2*l2(w[:len(w)-1])
	}
	grad := func(g, w []float64) {
		score(w)
		for i := range g {
			g[i] = 0
		}
		for i, e := range ex {
			p := probs[i]
			d := p
			c := wNeg
			if e.y {
				d, c = p-1, wPos
			}
			d *= c / n
			for k, col := range e.x.cols {
				g[col] += d * float64(e.x.vals[k])
			}
			for _, x := range e.extras {
				g[vocab+int(x)] += d
			}
			g[len(g)-1] += d
		}
		for i := 0; i < len(w)-1; i++ {
			g[i] += lambda * w[i]
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res, err := optimize.Minimize(optimize.Problem{Func: f, Grad: grad}, make([]float64, len(m.w)),
		&optimize.Settings{MajorIterations: maxIterations, GradientThreshold: 1e-6}, &optimize.LBFGS{})
	if err != nil && res == nil {
		return nil, err
	}
	m.w = append([]float64(nil), res.X...)
	return m, nil
}

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
