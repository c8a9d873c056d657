package analysis

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// goldenLearning is what learning makes of generated examples at a fixed
// seed, hashed: every penalty's out-of-fold scores, the threshold chosen
// on each, and the final model's weights at the penalty chosen. The
// hashes are of commit a201dbd's results: a change to how learning is
// computed (its order of work, the optimiser's stopping test, the cores
// it runs on) must leave them as they are.
func goldenLearning(t *testing.T, seed uint64) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 17))
	vocab, extras := 3000, 5
	ex := randomExamples(rng, 1500, vocab, extras)
	docs := make([]string, len(ex))
	y := make([]bool, len(ex))
	for i := range ex {
		docs[i] = fmt.Sprintf("doc-%02d", rng.IntN(40))
		y[i] = ex[i].y
	}
	h := sha256.New()
	put := func(v float64) { h.Write(binary.LittleEndian.AppendUint64(nil, math.Float64bits(v))) }
	ctx := context.Background()
	cv, err := crossValidate(ctx, newFitPool(), ex, docs, 1, vocab, extras, 0)
	if err != nil {
		t.Fatal(err)
	}
	var best, lambda float64
	var bestF Figures
	for i := len(cv.penalties) - 1; i >= 0; i-- {
		for _, s := range cv.scores[i] {
			put(s)
		}
		th, f := chooseThreshold(cv.scores[i], y, 0)
		put(th)
		put(f.F1)
		if th > 0 && (best == 0 || f.F1 > bestF.F1) {
			best, bestF, lambda = th, f, cv.penalties[i]
		}
	}
	m, err := fit(ctx, newDesign(ex, vocab), y, vocab, extras, lambda)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range m.w {
		put(w)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// goldenVectors hashes tf-idf vectors of generated counts.
func goldenVectors() string {
	rng := rand.New(rand.NewPCG(3, 17))
	idf := make([]float32, 5000)
	for i := range idf {
		idf[i] = 1 + 5*rng.Float32()
	}
	h := sha256.New()
	for range 2000 {
		var in []colCount
		for _, c := range rng.Perm(len(idf))[:1+rng.IntN(60)] {
			in = append(in, colCount{int32(c), uint32(1 + rng.IntN(4))})
		}
		s := tfidf(in, idf)
		for i, c := range s.cols {
			h.Write(binary.LittleEndian.AppendUint32(nil, uint32(c)))
			h.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(s.vals[i])))
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestLearningIsAsItWas(t *testing.T) {
	want := map[uint64]string{1: "ba4496b480ec325d8d27c9cca64379f1a72b57155f106e3a5ccff27a48565d1d", 2: "9111fb83687de0fa76d2b92060dd1df3df802d86675821313169e92945680e3c"}
	for seed, w := range want {
		if got := goldenLearning(t, seed); got != w {
			t.Errorf("seed %d: learning's results hash to %s, want %s", seed, got, w)
		}
	}
	if got, w := goldenVectors(), "3fd810037f39a2c79757ad2243bee366bb92a2149b3ecdb590e14cd19641eae3"; got != w {
		t.Errorf("tf-idf vectors hash to %s, want %s", got, w)
	}
}

// A code's final model fitted ahead of its folds (when cores would
// otherwise wait) is the model fitted after them: the same weights and
// threshold, whichever penalty is chosen.
func TestFinalModelFittedAheadIsTheSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 17))
	vocab, extras := 2000, 4
	// (Trials 0 and 2 choose the weakest penalty, 1 and 3 another.)
	for trial, precision := range []float64{0, 0.9, 0, 0.95} {
		ex := randomExamples(rng, 600+1800*(trial%2), vocab/(1+trial), extras)
		if trial%2 == 0 { // an extra feature tells the classes apart: every penalty ties
			for i, e := range ex {
				ex[i].extras = slices.DeleteFunc(slices.Clone(e.extras), func(c int32) bool { return c == int32(extras-1) })
				if e.y {
					ex[i].extras = append(ex[i].extras, int32(extras-1))
				}
			}
		}
		d := &corpusData{vocab: &vocabulary{terms: make([]string, vocab/(1+trial))}, extras: make([]string, extras)}
		r := &codeRun{code: "c"}
		for i, e := range ex {
			d.segs = append(d.segs, segment{doc: fmt.Sprintf("doc-%02d", rng.IntN(30)), x: e.x, extras: e.extras})
			r.idx, r.y = append(r.idx, i), append(r.y, e.y)
			if e.y {
				r.out.Positives++
			} else {
				r.out.Negatives++
			}
		}
		opts := LearnOptions{MinExamples: 8, Seed: 1, Precision: precision}
		after, ahead := *r, *r
		for _, run := range []struct {
			r     *codeRun
			ahead bool
		}{{&after, false}, {&ahead, true}} {
			g := groupTraining{d: d, pool: newFitPool(), opts: opts, ahead: run.ahead, trained: func(int, error) {}}
			if err := g.train(context.Background(), []*codeRun{run.r}, []int{0}); err != nil {
				t.Fatal(err)
			}
		}
		if after.out.Threshold != ahead.out.Threshold || (after.model == nil) != (ahead.model == nil) ||
			(after.model != nil && !slices.Equal(after.model.w, ahead.model.w)) {
			t.Errorf("trial %d, precision %g: the model fitted ahead differs (thresholds %g, %g)", trial, precision, after.out.Threshold, ahead.out.Threshold)
		}
	}
}

// Codes whose examples are the same segments train together on one
// layout of each fold's rows: each code's figures, threshold and model are
// those it gets training alone, with few examples (every penalty on every
// fold) and with many (the penalty chosen on the first fold), and a code
// with other examples (a rejection elsewhere) trains beside them.
func TestCodesTrainedTogetherAsAlone(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 17))
	vocab, extras := 1500, 3
	for _, n := range []int{900, onOneFold + 300} {
		ex := randomExamples(rng, n, vocab, extras)
		d := &corpusData{vocab: &vocabulary{terms: make([]string, vocab)}, extras: make([]string, extras)}
		var idx []int
		for i, e := range ex {
			d.segs = append(d.segs, segment{doc: fmt.Sprintf("doc-%03d", rng.IntN(60)), x: e.x, extras: e.extras})
			idx = append(idx, i)
		}
		var runs []*codeRun
		for c := range 4 {
			r := &codeRun{code: fmt.Sprintf("c%d", c), idx: idx}
			for _, e := range ex {
				// Each code its own labels: the examples' own, or
				// those of the code's words drawn anew.
				y := e.y
				if c > 0 {
					y = slices.ContainsFunc(e.x.cols, func(col int32) bool { return int(col)%(40+c) == 0 }) && rng.Float64() < 0.8
				}
				r.y = append(r.y, y)
				if y {
					r.out.Positives++
				} else {
					r.out.Negatives++
				}
			}
			runs = append(runs, r)
		}
		runs[3].idx, runs[3].y = idx[1:], runs[3].y[1:] // another set of examples
		runs[3].out.Positives, runs[3].out.Negatives = 0, 0
		for _, y := range runs[3].y {
			if y {
				runs[3].out.Positives++
			} else {
				runs[3].out.Negatives++
			}
		}
		if got := sameExamples(runs, 3); !slices.EqualFunc(got, [][]int{{0, 1, 2}, {3}}, slices.Equal) {
			t.Fatalf("grouped as %v, want [[0 1 2] [3]]", got)
		}
		if got := sameExamples(runs, 2); !slices.EqualFunc(got, [][]int{{0, 1}, {2}, {3}}, slices.Equal) {
			t.Fatalf("two at most grouped as %v, want [[0 1] [2] [3]]", got)
		}
		opts := LearnOptions{MinExamples: 8, Seed: 1}
		together := make([]*codeRun, len(runs))
		for i, r := range runs {
			c := *r
			together[i] = &c
		}
		if err := trainAll(context.Background(), d, together, opts); err != nil {
			t.Fatal(err)
		}
		for i, r := range runs {
			alone := *r
			g := groupTraining{d: d, pool: newFitPool(), opts: opts, trained: func(int, error) {}}
			if err := g.train(context.Background(), []*codeRun{&alone}, []int{0}); err != nil {
				t.Fatal(err)
			}
			tg := together[i]
			if alone.out.Status != "learned" || tg.out.Status != alone.out.Status || tg.out.Threshold != alone.out.Threshold ||
				*tg.out.CV != *alone.out.CV || !slices.Equal(tg.model.w, alone.model.w) {
				t.Errorf("%d examples, code %d: trained together %s at %g, alone %s at %g, or the weights differ", n, i,
					tg.out.Status, tg.out.Threshold, alone.out.Status, alone.out.Threshold)
			}
		}
	}
}
