package analysis

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
)

// thresholdByTrying is chooseThreshold as it was first written: every
// distinct score tried in turn, each counted over all the scores (n²).
func thresholdByTrying(scores []float64, y []bool, precision float64) (float64, Figures) {
	cands := append([]float64(nil), scores...)
	sort.Float64s(cands)
	var best float64
	var bestF Figures
	found := false
	for i, t := range cands {
		if i > 0 && t == cands[i-1] {
			continue
		}
		var tp, fp, fn float64
		for k, s := range scores {
			switch {
			case s >= t && y[k]:
				tp++
			case s >= t:
				fp++
			case y[k]:
				fn++
			}
		}
		f := figuresOf(tp, fp, fn)
		better := f.F1 > bestF.F1
		if precision > 0 {
			better = f.Precision >= precision && (!found || f.Recall > bestF.Recall)
		}
		if better {
			best, bestF, found = t, f, true
		}
	}
	if !found {
		return 0, Figures{}
	}
	return best, bestF
}

// The sweep chooses exactly the threshold (and figures) that trying every
// score does, ties, rare positives and unreachable precisions included.
func TestChooseThresholdSweepsAsTryingEveryScore(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 1))
	for trial := range 400 {
		n := 1 + rng.IntN(300)
		scores, y := make([]float64, n), make([]bool, n)
		rate := []float64{0.02, 0.1, 0.5, 0.9, 1}[trial%5]
		levels := []float64{5, 20, 1000}[trial%3] // few levels: many ties
		for i := range scores {
			y[i] = rng.Float64() < rate
			s := rng.Float64()
			if y[i] {
				s = math.Sqrt(s) // positives score higher, as a model's do
			}
			scores[i] = math.Round(s*levels) / levels
		}
		for _, p := range []float64{0, 0.5, 0.8, 0.99, 1} {
			wantT, wantF := thresholdByTrying(scores, y, p)
			gotT, gotF := chooseThreshold(scores, y, p)
			if gotT != wantT || gotF != wantF {
				t.Fatalf("trial %d, precision %g: sweep chose %g %+v, trying every score %g %+v", trial, p, gotT, gotF, wantT, wantF)
			}
		}
	}
}

// benchScores are the benchmarks' 20,000 random scores, 5% of them
// positive, the same each run.
func benchScores() ([]float64, []bool) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 20000
	scores, y := make([]float64, n), make([]bool, n)
	for i := range scores {
		y[i] = rng.Float64() < 0.05
		scores[i] = rng.Float64()
	}
	return scores, y
}

func BenchmarkChooseThreshold(b *testing.B) {
	scores, y := benchScores()
	for b.Loop() {
		chooseThreshold(scores, y, 0)
	}
}

func BenchmarkThresholdByTrying(b *testing.B) {
	scores, y := benchScores()
	for b.Loop() {
		thresholdByTrying(scores, y, 0)
	}
}

// A run vectorises the corpus only when some code will train: one whose
// examples changed and that has enough of them, both kinds.
func TestNeedsFeatures(t *testing.T) {
	run := func(unchanged bool, pos, neg int) *codeRun {
		return &codeRun{unchanged: unchanged, out: CodeLearning{Positives: pos, Negatives: neg}}
	}
	opts := LearnOptions{MinExamples: 8}
	tests := []struct {
		name string
		runs []*codeRun
		want bool
	}{
		{"nothing changed", []*codeRun{run(true, 20, 100), run(true, 9, 50)}, false},
		{"a change, too few positives", []*codeRun{run(true, 20, 100), run(false, 7, 50)}, false},
		{"a change, no negatives", []*codeRun{run(false, 30, 0)}, false},
		{"a change to learn from", []*codeRun{run(true, 20, 100), run(false, 8, 1)}, true},
	}
	for _, tt := range tests {
		if got := needsFeatures(tt.runs, opts); got != tt.want {
			t.Errorf("%s: needsFeatures = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// The words that held a learned suggestion down are the model's negative
// features the passage holds (as stems and stem pairs), most negative first.
func TestHeldDown(t *testing.T) {
	fs := []Feature{{Term: "alon", Weight: 0.9}, {Term: "group", Weight: -0.2}, {Term: "train", Weight: -0.7}, {Term: "rule: x/y", Weight: -1}, {Term: "felt alon", Weight: -0.1}, {Term: "cake", Weight: -0.5}}
	got := heldDown(fs, "We trained as a group, and I felt alone.")
	want := []string{"train", "group", "felt alon"}
	if len(got) != len(want) {
		t.Fatalf("heldDown = %+v, want %v", got, want)
	}
	for i, f := range got {
		if f.Term != want[i] || f.Weight >= 0 {
			t.Errorf("heldDown[%d] = %+v, want %s", i, f, want[i])
		}
	}
}

// With many examples the penalty is chosen on the first fold alone: the
// one whose held-out scores there have the best F1; every example is then
// scored at it by a model that did not see its document, the first fold's
// by the model that chose it.
func TestPenaltyChosenOnOneFoldWithManyExamples(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 17))
	vocab, extras := 2000, 3
	ex := randomExamples(rng, onOneFold+500, vocab, extras)
	docs := make([]string, len(ex))
	for i := range ex {
		docs[i] = fmt.Sprintf("doc-%03d", rng.IntN(200))
	}
	ctx := context.Background()
	cv, err := crossValidate(ctx, newFitPool(), ex, docs, 1, vocab, extras, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(cv.penalties) != 1 || len(cv.scores) != 1 {
		t.Fatalf("with %d examples, scored at penalties %v, want the one chosen", len(ex), cv.penalties)
	}
	fold, k := dealFolds(docs, 1, nil)
	var train []example
	var held []int
	for i, e := range ex {
		if fold[docs[i]] == 0 {
			held = append(held, i)
		} else {
			train = append(train, e)
		}
	}
	ms, err := fitPath(ctx, newDesign(train, vocab), labels(train), vocab, extras, lambdas)
	if err != nil {
		t.Fatal(err)
	}
	bestF1, best := -1.0, 0.0
	for l := len(lambdas) - 1; l >= 0; l-- {
		var s []float64
		var y []bool
		for _, i := range held {
			s, y = append(s, ms[l].score(ex[i].x, ex[i].extras)), append(y, ex[i].y)
		}
		if _, f := chooseThreshold(s, y, 0); f.F1 > bestF1 {
			bestF1, best = f.F1, lambdas[l]
		}
	}
	if cv.penalties[0] != best {
		t.Errorf("penalty %g chosen, want %g (best F1 on the first fold, %.3f)", cv.penalties[0], best, bestF1)
	}
	for _, i := range held {
		l := slices.Index(lambdas, best)
		if got, want := cv.scores[0][i], ms[l].score(ex[i].x, ex[i].extras); got != want {
			t.Fatalf("example %d of the first fold scored %g, want %g", i, got, want)
		}
	}
	for i, s := range cv.scores[0] {
		if !(s > 0 && s < 1) {
			t.Fatalf("example %d (fold %d of %d) has no out-of-fold score: %g", i, fold[docs[i]], k, s)
		}
	}
}

// crossValidate cross-validates one code's examples, labelled as they
// are (see crossValidateAll); nil when they come from one document.
func crossValidate(ctx context.Context, pool fitPool, ex []example, docs []string, seed uint64, vocab, extras int, precision float64) (*crossValidated, error) {
	cvs, err := crossValidateAll(ctx, pool, ex, [][]bool{labels(ex)}, nil, docs, nil, seed, vocab, extras, []float64{precision})
	if err != nil || cvs == nil {
		return nil, err
	}
	return cvs[0], nil
}

// A code whose labels have nothing to do with the passages' words learns
// nothing: it is skipped, saying so, rather than suggested on every
// passage; the same passages with labels the words carry learn.
func TestNoBetterThanEverywhereIsSkipped(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	vocab := 1500
	ex := randomExamples(rng, 900, vocab, 2)
	d := &corpusData{vocab: &vocabulary{terms: make([]string, vocab)}, extras: make([]string, 2)}
	var idx []int
	for i, e := range ex {
		d.segs = append(d.segs, segment{doc: fmt.Sprintf("doc-%03d", rng.IntN(60)), x: e.x, extras: e.extras})
		idx = append(idx, i)
	}
	noise, words := &codeRun{code: "noise", idx: idx}, &codeRun{code: "words", idx: idx}
	for _, e := range ex {
		noise.y = append(noise.y, rng.Float64() < 0.4)
		words.y = append(words.y, e.y)
	}
	for _, r := range []*codeRun{noise, words} {
		for _, y := range r.y {
			if y {
				r.out.Positives++
			} else {
				r.out.Negatives++
			}
		}
	}
	if err := trainAll(context.Background(), d, []*codeRun{noise, words}, LearnOptions{MinExamples: 8, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if noise.out.Status != "skipped" || noise.model != nil || !strings.Contains(noise.out.Note, "no better than suggesting it on every passage") {
		t.Errorf("labels unrelated to the words: %s (%q), want skipped as no better than everywhere", noise.out.Status, noise.out.Note)
	}
	if words.out.Status != "learned" || words.model == nil {
		t.Errorf("labels the words carry: %s (%q), want learned", words.out.Status, words.out.Note)
	}
}

// Documents whose examples are reviewed suggestions alone keep their
// folds, and leave the dealt documents' folds as they were, when more of
// them are added: a session of review does not reshuffle the folds.
func TestReviewedDocumentsLeaveTheFoldsAsTheyWere(t *testing.T) {
	var coded, reviewed []string
	for i := range 30 {
		coded = append(coded, fmt.Sprintf("coded-%02d", i))
		reviewed = append(reviewed, fmt.Sprintf("other-%02d", i))
	}
	isCoded := func(d string) bool { return strings.HasPrefix(d, "coded-") }
	alone, k := dealFolds(coded, 1, isCoded)
	before, _ := dealFolds(append(slices.Clone(coded), reviewed[:10]...), 1, isCoded)
	after, k2 := dealFolds(append(slices.Clone(coded), reviewed...), 1, isCoded)
	if k != folds || k2 != folds {
		t.Fatalf("%d and %d folds, want %d", k, k2, folds)
	}
	perFold := make([]int, k)
	for _, d := range coded {
		if before[d] != alone[d] || after[d] != alone[d] {
			t.Errorf("%s moved from fold %d to %d and %d as reviewed documents were added", d, alone[d], before[d], after[d])
		}
		perFold[alone[d]]++
	}
	for f, n := range perFold {
		if n != len(coded)/k {
			t.Errorf("fold %d holds %d coded documents, want %d (dealt evenly)", f, n, len(coded)/k)
		}
	}
	for _, d := range reviewed[:10] {
		if after[d] != before[d] {
			t.Errorf("%s moved from fold %d to %d as more reviewed documents were added", d, before[d], after[d])
		}
	}
	if all, _ := dealFolds(append(slices.Clone(coded), reviewed...), 1, nil); slices.Equal(foldsOf(all, coded), foldsOf(after, coded)) {
		t.Error("dealing every document gave the coded ones the same folds: the test shows nothing")
	}
}

func foldsOf(fold map[string]int, docs []string) []int {
	out := make([]int, len(docs))
	for i, d := range docs {
		out[i] = fold[d]
	}
	return out
}

// A code's threshold is chosen on the examples of the interviews people
// coded by hand when there are reviewed suggestions beside them, and on
// every example otherwise.
func TestCalibrationOnCodedInterviews(t *testing.T) {
	d := &corpusData{coded: map[string]bool{"a": true, "b": true}}
	for _, doc := range []string{"a", "a", "b", "b", "c", "c"} {
		d.segs = append(d.segs, segment{doc: doc})
	}
	idx := []int{0, 1, 2, 3, 4, 5}
	y := []bool{true, false, true, false, true, true}
	if got := calibration(d, idx, y); !slices.Equal(got, []bool{true, true, true, true, false, false}) {
		t.Errorf("calibration %v, want the coded interviews' examples", got)
	}
	if got := calibration(d, idx[:4], y[:4]); got != nil {
		t.Errorf("every example coded: calibration %v, want nil (all)", got)
	}
	if got := calibration(d, idx, []bool{true, false, false, false, true, true}); got != nil {
		t.Errorf("one positive in the coded interviews: calibration %v, want nil (all)", got)
	}
	r := &codeRun{y: y, calib: calibration(d, idx, y)}
	scores, ys := r.calibrated([][]float64{{.1, .2, .3, .4, .5, .6}})
	if !slices.Equal(scores[0], []float64{.1, .2, .3, .4}) || !slices.Equal(ys, y[:4]) {
		t.Errorf("calibrated %v %v, want the first four", scores, ys)
	}
}

// A code with many examples chooses its penalty on the first fold alone,
// and there on the examples its threshold is chosen on (the coded
// interviews'), not on the reviewed suggestions beside them, which the
// model was surest of.
func TestOnePenaltyOnCodedInterviews(t *testing.T) {
	y := []bool{true, false, true, false, true, false, true, false, true, false}
	calib := []bool{true, true, true, true, false, false, false, false, false, false}
	cv := &crossValidated{penalties: []float64{1, 0.1}, scores: [][]float64{
		{.9, .1, .9, .1, .1, .9, .1, .9, .1, .9}, // right on the coded interviews
		{.6, .7, .4, .3, .9, .1, .9, .1, .9, .1}, // right on the reviewed
	}}
	held := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	if got := onePenalty(cv, calibratedHeld(held, calib, y), y, 0).penalties; !slices.Equal(got, []float64{1}) {
		t.Errorf("chosen on the coded interviews: penalty %v, want [1]", got)
	}
	if got := onePenalty(cv, held, y, 0).penalties; !slices.Equal(got, []float64{0.1}) {
		t.Errorf("chosen on every example: penalty %v, want [0.1] (else the test shows nothing)", got)
	}
	if got := calibratedHeld(held, []bool{true, true, false, false, false, false, false, false, false, false}, y); !slices.Equal(got, held) {
		t.Errorf("one positive among the marked: %v, want every held example", got)
	}
}

// An explanation shows a passage's words for its terms: a stem as the word
// it was said as, a pair as the words from the first to the second (the
// stop words between them too); the rules' and roles' names stay.
func TestEvidenceInWords(t *testing.T) {
	words := wordsOfTerms("She says she wanted to talk, and I felt alone.")
	for term, want := range map[string]string{"sai": "says", "want talk": "wanted to talk", "alon": "alone", "felt alon": "felt alone"} {
		if got := words[term]; got != want {
			t.Errorf("words of %q = %q, want %q", term, got, want)
		}
	}
	got := evidenceInWords("rule: isolation.reduced/alone (+3.10), role: patient (+0.20), want talk (+0.08), sai (+0.05), xyz (+0.01)", words)
	want := "rule: isolation.reduced/alone (+3.10), role: patient (+0.20), wanted to talk (+0.08), says (+0.05), xyz (+0.01)"
	if got != want {
		t.Errorf("evidenceInWords = %q, want %q", got, want)
	}
}
