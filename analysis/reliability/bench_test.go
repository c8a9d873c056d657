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
	d := randomBinary(rand.New(rand.NewPCG(1, 1)), 10_000, 5, 0.1, 0.8)
	opts := Options{Level: Nominal, Bootstrap: 1000, Seed: 1}
	for b.Loop() {
		if _, err := Compute(context.Background(), d, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAlphaBootstrapInterval is BenchmarkAlphaBootstrap with interval
// data drawn from 1,000 distinct values, so most units are of their own
// type.
func BenchmarkAlphaBootstrapInterval(b *testing.B) {
	d := randomData(rand.New(rand.NewPCG(2, 2)), 10_000, 5, 1000, 0.1, 0.5)
	opts := Options{Level: Interval, Bootstrap: 1000, Seed: 1}
	for b.Loop() {
		if _, err := Compute(context.Background(), d, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAlphaBootstrapOrdinal uses a 7-point scale, for which mid-ranks
// are recomputed in every resample.
func BenchmarkAlphaBootstrapOrdinal(b *testing.B) {
	d := randomData(rand.New(rand.NewPCG(3, 3)), 10_000, 5, 7, 0.1, 1)
	opts := Options{Level: Ordinal, Bootstrap: 1000, Seed: 1}
	for b.Loop() {
		if _, err := Compute(context.Background(), d, opts); err != nil {
			b.Fatal(err)
		}
	}
}
