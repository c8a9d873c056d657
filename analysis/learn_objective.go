package analysis

import (
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"
)

// objective is what a fit minimises: the class-weighted mean log-loss of
// a design's examples plus the L2 penalty (not on the bias), with its
// gradient. L-BFGS asks for the loss and then the gradient at the same
// weights: both are computed in one pass over the examples (most of the
// work) and kept for the second call.
type objective struct {
	x          *design
	y          []bool // the rows' labels
	dims       int
	lambda     float64
	wPos, wNeg float64 // the classes' weights
	n          float64 // the number of examples
	at         []float64
	loss       float64
	grad       []float64
	// d is each example's derivative of its weighted loss by its score
	// (over n), lost its weighted loss, at the weights of the last pass.
	d, lost []float64
}

func newObjective(x *design, y []bool, extras int, lambda float64) *objective {
	var pos int
	for _, l := range y {
		if l {
			pos++
		}
	}
	n := float64(len(y))
	dims := len(x.used) + extras + 1
	return &objective{x: x, y: y, dims: dims, lambda: lambda, n: n,
		wPos: n / (2 * math.Max(float64(pos), 1)), wNeg: n / (2 * math.Max(n-float64(pos), 1)),
		grad: make([]float64, dims), d: make([]float64, len(y)), lost: make([]float64, len(y))}
}

// problem is the objective as gonum's optimiser takes it.
func (o *objective) problem() optimize.Problem {
	return optimize.Problem{
		Func: func(w []float64) float64 {
			o.eval(w)
			return o.loss
		},
		Grad: func(g, w []float64) {
			o.eval(w)
			copy(g, o.grad)
		},
	}
}

// eval computes the loss and gradient at w, unless they were last
// computed there.
func (o *objective) eval(w []float64) {
	if o.at != nil && floats.Equal(o.at, w) {
		return
	}
	clear(o.grad)
	o.rows(w)
	o.finish(w)
	o.at = append(o.at[:0], w...)
}

// rows scores every example at w, setting its d and lost, and adds its
// terms of the gradient but the bias's. The losses are summed apart, in
// order (finish), which measured faster than one running sum; the
// conversions to float64 keep each product rounded on its own (never fused
// into the sum that follows), so that the figures are the same on every
// machine.
func (o *objective) rows(w []float64) {
	x, grad := o.x, o.grad
	bias := w[o.dims-1]
	for i, y := range o.y {
		a, b, e := x.start[i], x.split[i], x.start[i+1]
		// The row's words and extra features as slices of their own, so
		// that the loops index them without a bounds check each.
		cols, vals, more := x.cols[a:b], x.vals[a:b], x.cols[b:e]
		vals = vals[:len(cols)]
		var z float64
		for k, c := range cols {
			z += float64(vals[k]) * w[c]
		}
		z += bias
		for _, c := range more {
			z += w[c]
		}
		p := sigmoid(z)
		d, c := p, o.wNeg
		if y {
			o.lost[i] = float64(o.wPos * math.Log(atLeast(p, 1e-12)))
			d, c = p-1, o.wPos
		} else {
			o.lost[i] = float64(o.wNeg * math.Log(atLeast(1-p, 1e-12)))
		}
		d *= c / o.n
		o.d[i] = d
		for k, c := range cols {
			grad[c] += d * float64(vals[k])
		}
		for _, c := range more {
			grad[c] += d
		}
	}
}

// finish sums the examples' losses and derivatives, in order, into the
// loss and the bias's gradient, and adds the penalty's.
func (o *objective) finish(w []float64) {
	var loss, bias float64
	for i, l := range o.lost {
		loss -= l
		bias += o.d[i]
	}
	o.grad[o.dims-1] = bias
	for i := 0; i < o.dims-1; i++ {
		o.grad[i] += o.lambda * w[i]
	}
	o.loss = loss/o.n + o.lambda/2*l2(w[:o.dims-1])
}
