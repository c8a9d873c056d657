package analysis

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/optimize"
)

// randomExamples are n labelled examples over a vocabulary of vocab
// columns and extras extra features, positives rarer and wordier in some
// columns, as a code's are.
func randomExamples(rng *rand.Rand, n, vocab, extras int) []example {
	ex := make([]example, n)
	for i := range ex {
		y := rng.Float64() < 0.15
		seen := map[int32]bool{}
		var s sparse
		for range 5 + rng.IntN(40) {
			c := int32(rng.IntN(vocab))
			if y && rng.Float64() < 0.3 {
				c = int32(rng.IntN(vocab / 20)) // the code's words
			}
			if !seen[c] {
				seen[c] = true
				s.cols = append(s.cols, c)
			}
		}
		slices.Sort(s.cols)
		for range s.cols {
			s.vals = append(s.vals, float32(rng.Float64()))
		}
		var ext []int32
		for e := range extras {
			if rng.Float64() < 0.2 {
				ext = append(ext, int32(e))
			}
		}
		ex[i] = example{x: &s, extras: ext, y: y}
	}
	return ex
}

// The fit's own gradient test stops L-BFGS exactly where gonum's
// GradientThreshold did: the same weights, along a warm-started path.
func TestFitStopsAsGradientThresholdDid(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 2))
	ctx := context.Background()
	for trial := range 6 {
		vocab, extras := 200+rng.IntN(2000), 1+rng.IntN(6)
		ex := randomExamples(rng, 50+rng.IntN(800), vocab, extras)
		x, y := newDesign(ex, vocab), labels(ex)
		var got, want []float64
		for _, lambda := range lambdas {
			w, err := x.fit(ctx, y, extras, lambda, got)
			if err != nil {
				t.Fatal(err)
			}
			got = w
			w0 := want
			if w0 == nil {
				w0 = make([]float64, len(x.used)+extras+1)
			}
			res, err := optimize.Minimize(newObjective(x, y, extras, lambda).problem(), w0,
				&optimize.Settings{MajorIterations: maxIterations, GradientThreshold: gradientTolerance}, &optimize.LBFGS{})
			if err != nil && res == nil {
				t.Fatal(err)
			}
			want = res.X
			if !slices.Equal(got, want) {
				t.Fatalf("trial %d, penalty %g: the weights differ from GradientThreshold's", trial, lambda)
			}
		}
	}
}
