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
		rejected: map[string]map[int]bool{"c": {2: true}}, positive: map[string]map[int]bool{"c": {3: true}}}
	d.segs = []segment{{doc: "a"}, {doc: "b"}, {doc: "b"}, {doc: "b"}}
	example := d.exampleSegments()
	if !slices.Equal(example, []bool{true, false, true, true}) {
		t.Fatalf("examples %v, want the coded document's, the rejected one and the one a person coded", example)
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

// A suggestion's evidence weighs each feature where it stands in the
// segment, as its score did, even when a damaged reading repeats a column.
func TestEvidenceWeighsEachEntry(t *testing.T) {
	x := sparse{cols: []int32{0, 1, 1}, vals: []float32{0.5, 0.25, 0.75}}
	d := &corpusData{vocab: &vocabulary{terms: []string{"alone", "group"}}, extras: []string{"role: patient"}}
	d.segs = []segment{{doc: "a", x: &x, extras: []int32{0}}}
	r := &codeRun{model: &model{w: []float64{0.4, 0.8, 0.1, 0}, vocab: 2, extras: 1}}
	found := r.suggest(d)
	if len(found) != 1 {
		t.Fatalf("%d suggestions, want 1", len(found))
	}
	got := r.evidence(d, &found[0], &sparse{})
	if want := "group (+0.60), alone (+0.20), group (+0.20), role: patient (+0.10)"; got != want {
		t.Errorf("evidence %q, want %q", got, want)
	}
}
