package reliability

import (
	"context"
	"math/rand/v2"
	"testing"
)

// BenchmarkAlphaBootstrap times Compute, including a 1,000-resample
// bootstrap, on 10,000 units × 5 coders of binary nominal data with about
// 10% of cells missing.
func BenchmarkAlphaBootstrap(b *testing.B) {
	benchCompute(b, randomBinary(rand.New(rand.NewPCG(1, 1)), 10_000, 5, 0.1, 0.8), Nominal)
}

// BenchmarkAlphaBootstrapInterval is BenchmarkAlphaBootstrap with interval
// data drawn from 1,000 distinct values, so most units are of their own
// type.
func BenchmarkAlphaBootstrapInterval(b *testing.B) {
	benchCompute(b, randomData(rand.New(rand.NewPCG(2, 2)), 10_000, 5, 1000, 0.1, 0.5), Interval)
}

// BenchmarkAlphaBootstrapOrdinal uses a 7-point scale, for which mid-ranks
// are recomputed in every resample.
func BenchmarkAlphaBootstrapOrdinal(b *testing.B) {
	benchCompute(b, randomData(rand.New(rand.NewPCG(3, 3)), 10_000, 5, 7, 0.1, 1), Ordinal)
}

// benchCompute times Compute on d at level, with a 1,000-resample
// bootstrap of alpha.
func benchCompute(b *testing.B, d Data, level Level) {
	opts := Options{Level: level, Bootstrap: 1000, Seed: 1}
	for b.Loop() {
		if _, err := Compute(context.Background(), d, opts); err != nil {
			b.Fatal(err)
		}
	}
}
