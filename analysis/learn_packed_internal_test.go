package analysis

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// A packed vector unpacks to the bits tfidf makes of the same counts:
// learning scores a packed segment exactly as it would the vector.
func TestPackedIsTfidfToTheBit(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	idf := make([]float32, 90_000)
	for i := range idf {
		idf[i] = float32(1 + 9*rng.Float64())
	}
	var buf []byte
	var got sparse
	for trial := range 2000 {
		seen := map[int32]bool{}
		var in []colCount
		for range rng.IntN(120) {
			c := int32(rng.IntN(len(idf)))
			if trial%7 == 0 {
				c = int32(rng.IntN(40)) // small gaps, column 0 among them
			}
			if seen[c] {
				continue
			}
			seen[c] = true
			n := uint32(1)
			if rng.Float64() < 0.2 {
				n = 2 + uint32(rng.IntN(300)) // counts past a byte too
			}
			in = append(in, colCount{c, n})
		}
		want := tfidf(slices.Clone(in), idf)
		var p packed
		buf, p = pack(slices.Clone(in), idf, buf[:0])
		p.unpack(idf, &got)
		if !slices.Equal(got.cols, want.cols) || len(got.vals) != len(want.vals) {
			t.Fatalf("trial %d: columns %v, want %v", trial, got.cols, want.cols)
		}
		for i := range want.vals {
			if math.Float32bits(got.vals[i]) != math.Float32bits(want.vals[i]) {
				t.Fatalf("trial %d: column %d value %v, want %v", trial, want.cols[i], got.vals[i], want.vals[i])
			}
		}
	}
}

// Only the segments that cannot be examples are packed, and every segment
// gives back the vector tfidf made of it.
func TestOnlyScoredSegmentsArePacked(t *testing.T) {
	d := &corpusData{vocab: &vocabulary{idf: []float32{1.5, 2, 3}}, coded: map[string]bool{"a": true},
		rejected: map[string]map[int]bool{"c": {2: true}}}
	d.segs = []segment{{doc: "a"}, {doc: "b"}, {doc: "b"}}
	example := d.exampleSegments()
	if !slices.Equal(example, []bool{true, false, true}) {
		t.Fatalf("examples %v, want the coded document's and the rejected one", example)
	}
	in := []colCount{{2, 3}, {0, 1}}
	var buf []byte
	buf, d.segs[1].p = pack(slices.Clone(in), d.vocab.idf, buf)
	d.ownPacked([]int{1, 2}, buf)
	x := tfidf(slices.Clone(in), d.vocab.idf)
	d.segs[0].x = &x
	want := tfidf(slices.Clone(in), d.vocab.idf)
	for i := range 2 {
		got := d.vector(i, &sparse{})
		if !slices.Equal(got.cols, want.cols) || !slices.Equal(got.vals, want.vals) {
			t.Errorf("segment %d: %v %v, want %v %v", i, got.cols, got.vals, want.cols, want.vals)
		}
	}
}
