package analysis

import (
	"context"
	"fmt"
	"hash/fnv"
	"maps"
	"math/rand/v2"
	"slices"
	"sort"
)

// Cross-validation by documents: the documents with examples are dealt
// into folds (seeded), so that an interview's segments are never split
// between training and testing; each fold is scored by a model trained on
// the others, and the threshold is chosen on those out-of-fold scores.

// folds is the number of cross-validation folds (fewer when there are
// fewer documents).
const folds = 5

// foldOf deals the documents of the examples into k folds.
func foldOf(docs []string, k int, seed uint64) map[string]int {
	uniq := map[string]bool{}
	for _, d := range docs {
		uniq[d] = true
	}
	// Sorted before the shuffle, so that the folds depend on the seed and
	// the documents, not on the order the examples came in.
	list := slices.Sorted(maps.Keys(uniq))
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
	out := make(map[string]int, len(list))
	for i, d := range list {
		out[d] = i % k
	}
	return out
}

// onOneFold is how many examples a code needs for its penalty to be
// chosen on one fold's held-out documents alone: a fifth of them, 2,000
// segments or more, tell the penalties apart as well as every fold does,
// and the other folds then fit only the penalty chosen, which halves a
// large code's fitting. Fewer examples are scored at every penalty on
// every fold.
const onOneFold = 10000

// crossValidated is a code's out-of-fold scores at the penalties it was
// scored at on every fold (all of them, or the one chosen on one fold).
type crossValidated struct {
	penalties []float64
	scores    [][]float64
}

// crossValidateAll cross-validates codes whose examples are the same
// segments (rows, from docs), labelled ys[c] for code c: each fold's
// training rows are laid out once, and every code is fitted on them. Each
// example is scored by models that did not see its document, at every
// penalty or, with many examples, at the penalty that does best on the
// first fold (the best F1, or the best recall at the precision
// precisions[c] asks for), judged on the examples calibs[c] marks (see calibration; a nil
// list or mask: all). It returns nil when the examples come from one
// document.
func crossValidateAll(ctx context.Context, pool fitPool, rows []example, ys, calibs [][]bool, docs []string, dealt func(string) bool, seed uint64, vocab, extras int, precisions []float64) ([]*crossValidated, error) {
	fold, k := dealFolds(docs, seed, dealt)
	if k < 2 {
		return nil, nil // one document: nothing to hold out
	}
	cvs := make([]*crossValidated, len(ys))
	for c := range cvs {
		cvs[c] = &crossValidated{penalties: lambdas, scores: make([][]float64, len(lambdas))}
		for l := range lambdas {
			cvs[c].scores[l] = make([]float64, len(rows))
		}
	}
	f := foldFitting{pool: pool, rows: rows, ys: ys, docs: docs, fold: fold, vocab: vocab, extras: extras}
	if len(rows) < onOneFold {
		return cvs, f.score(ctx, allFolds(k), cvs)
	}
	if err := f.score(ctx, []int{0}, cvs); err != nil {
		return nil, err
	}
	var held []int // the first fold's examples
	for i := range rows {
		if fold[docs[i]] == 0 {
			held = append(held, i)
		}
	}
	for c, cv := range cvs {
		var calib []bool
		if calibs != nil {
			calib = calibs[c]
		}
		cvs[c] = onePenalty(cv, calibratedHeld(held, calib, ys[c]), ys[c], precisions[c])
	}
	return cvs, f.score(ctx, allFolds(k)[1:], cvs)
}

// calibratedHeld returns the examples of held that calib marks (nil: all),
// or all of held when those hold fewer than two positives, too few to
// choose a penalty on.
func calibratedHeld(held []int, calib, y []bool) []int {
	if calib == nil {
		return held
	}
	var out []int
	pos := 0
	for _, i := range held {
		if calib[i] {
			out = append(out, i)
			if y[i] {
				pos++
			}
		}
	}
	if pos < 2 {
		return held
	}
	return out
}

// onePenalty keeps, of a code's first fold's scores at every penalty,
// those at the penalty that does best on its examples held (the weakest
// when none reaches the precision), for the other folds to be scored at it
// alone.
func onePenalty(cv *crossValidated, held []int, y []bool, precision float64) *crossValidated {
	var heldY []bool
	for _, i := range held {
		heldY = append(heldY, y[i])
	}
	onFirst := make([][]float64, len(cv.penalties))
	for l := range cv.penalties {
		for _, i := range held {
			onFirst[l] = append(onFirst[l], cv.scores[l][i])
		}
	}
	best, _, _ := bestPenalty(onFirst, heldY, precision)
	if best < 0 {
		best = len(cv.penalties) - 1 // none reaches the precision: the weakest, as if tied
	}
	return &crossValidated{penalties: []float64{cv.penalties[best]}, scores: [][]float64{cv.scores[best]}}
}

// bestPenalty returns which penalty's out-of-fold scores do best at their
// own threshold (the best F1, or the best recall at the precision asked
// for), the weakest of equals, with that threshold and its figures; -1
// when no threshold reaches the precision.
func bestPenalty(scores [][]float64, y []bool, precision float64) (best int, t float64, f Figures) {
	best = -1
	for l := len(scores) - 1; l >= 0; l-- { // weakest first: it keeps ties
		if lt, lf := chooseThreshold(scores[l], y, precision); lt > 0 && (best < 0 || better(lf, f, precision)) {
			best, t, f = l, lt, lf
		}
	}
	return best, t, f
}

// dealFolds deals the examples' documents into folds: folds of them, or
// one a document when there are fewer. Only the documents dealt says (nil:
// all) are dealt, evenly; the others, those whose examples are reviewed
// suggestions alone, each go to the fold their id hashes to, so that a
// session of review, which adds such documents, leaves every document's
// fold as it was (dealing them too would reshuffle every fold, and with
// them the thresholds, at each review).
func dealFolds(docs []string, seed uint64, dealt func(doc string) bool) (map[string]int, int) {
	distinct := map[string]bool{}
	var deal, hashed []string
	for _, d := range docs {
		if distinct[d] {
			continue
		}
		distinct[d] = true
		if dealt == nil || dealt(d) {
			deal = append(deal, d)
		} else {
			hashed = append(hashed, d)
		}
	}
	if len(deal) < 2 { // nothing (or one document) to deal: deal them all
		deal, hashed = append(deal, hashed...), nil
	}
	k := min(folds, len(deal))
	if k < 2 {
		return nil, k
	}
	fold := foldOf(deal, k, seed)
	for _, d := range hashed {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d %s", seed, d)
		fold[d] = int(h.Sum64() % uint64(k))
	}
	return fold, k
}

func allFolds(k int) []int {
	out := make([]int, k)
	for i := range out {
		out[i] = i
	}
	return out
}

// foldFitting is the fitting of codes whose examples are the same rows,
// fold by fold.
type foldFitting struct {
	pool          fitPool
	rows          []example
	ys            [][]bool
	docs          []string
	fold          map[string]int
	vocab, extras int
}

// score scores the examples of each fold of which, for each code and each
// of its penalties, with models trained on the other folds. A fold's
// training rows are laid out once (on a core of the pool), and then each
// code's path over its penalties is a task of the pool; the next fold is
// laid out while they run.
func (f foldFitting) score(ctx context.Context, which []int, cvs []*crossValidated) error {
	var fits []<-chan error
	for _, k := range which {
		var x *design
		var trainIdx []int
		err := f.pool.run(ctx, func() error {
			var train []example
			for i, e := range f.rows {
				if f.fold[f.docs[i]] != k {
					train, trainIdx = append(train, e), append(trainIdx, i)
				}
			}
			x = newDesign(train, f.vocab)
			return nil
		})
		if err != nil {
			return firstError(append(wait(fits), err))
		}
		for c, cv := range cvs {
			fits = append(fits, f.pool.start(ctx, func() error {
				y := make([]bool, len(trainIdx))
				for j, i := range trainIdx {
					y[j] = f.ys[c][i]
				}
				ms, err := fitPath(ctx, x, y, f.vocab, f.extras, cv.penalties)
				if err != nil {
					return err
				}
				for i, e := range f.rows {
					if f.fold[f.docs[i]] == k {
						for l, m := range ms {
							cv.scores[l][i] = m.score(e.x, e.extras)
						}
					}
				}
				return nil
			}))
		}
	}
	return firstError(wait(fits))
}

// wait waits for the tasks started and returns their errors.
func wait(started []<-chan error) []error {
	errs := make([]error, len(started))
	for i, done := range started {
		errs[i] = <-done
	}
	return errs
}

// Figures are precision, recall and F1 at a threshold.
type Figures struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Found and Suggested are the counts behind Precision (Found of the
	// Suggested out-of-fold passages had the code) and Recall (Found of
	// the positive examples): a figure resting on two passages reads as
	// one resting on two hundred unless they are given. Zero in models
	// stored before they were kept.
	Found     int `json:"found"`
	Suggested int `json:"suggested"`
	// Coded is the number of positive examples, Recall's denominator.
	Coded int `json:"coded"`
}

// PrecisionText is the precision with the passages behind it, "0.80
// (4/5)" (the figure alone for a model stored without them).
func (f Figures) PrecisionText() string {
	return proportionText(f.Precision, f.Found, f.Suggested, f.Suggested > 0)
}

// RecallText is the recall with the passages behind it, "0.24 (4/17)".
func (f Figures) RecallText() string { return proportionText(f.Recall, f.Found, f.Coded, f.Coded > 0) }

func proportionText(v float64, num, den int, counted bool) string {
	if !counted {
		return fmt.Sprintf("%.2f", v)
	}
	return fmt.Sprintf("%.2f (%d/%d)", v, num, den)
}

// RoughBelow is the number of suggested passages under which the
// cross-validated figures are called rough: one passage more or less
// moves a precision by a tenth or more.
const RoughBelow = 10

// Rough reports whether the figures rest on fewer than RoughBelow
// suggested passages (and were counted).
func (f Figures) Rough() bool { return f.Suggested > 0 && f.Suggested < RoughBelow }

// figuresOf computes the figures from the counts of true positives, false
// positives and false negatives.
func figuresOf(tp, fp, fn float64) Figures {
	f := Figures{Found: int(tp), Suggested: int(tp + fp), Coded: int(tp + fn)}
	if tp+fp > 0 {
		f.Precision = tp / (tp + fp)
	}
	if tp+fn > 0 {
		f.Recall = tp / (tp + fn)
	}
	if f.Precision+f.Recall > 0 {
		f.F1 = 2 * f.Precision * f.Recall / (f.Precision + f.Recall)
	}
	return f
}

// chooseThreshold picks, among the out-of-fold scores, the threshold with
// the best F1 (the lowest such), or (precision > 0) the one with the best
// recall among those that reach the precision; it returns 0 when none
// does. It sweeps the scores in order once, moving one example at a time
// out of the predicted positives, so that it takes n log n steps, not n².
func chooseThreshold(scores []float64, y []bool, precision float64) (float64, Figures) {
	order := make([]int, len(scores))
	var tp, fp float64 // at the lowest threshold, every example is predicted positive
	for i := range order {
		order[i] = i
		if y[i] {
			tp++
		} else {
			fp++
		}
	}
	positives := tp
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] < scores[order[b]] })
	var best float64
	var bestF Figures
	found := false
	for k, i := range order {
		t := scores[i]
		if k == 0 || t != scores[order[k-1]] {
			f := figuresOf(tp, fp, positives-tp)
			better := f.F1 > bestF.F1
			if precision > 0 {
				better = f.Precision >= precision && (!found || f.Recall > bestF.Recall)
			}
			if better {
				best, bestF, found = t, f, true
			}
		}
		// Above t, example i is predicted negative.
		if y[i] {
			tp--
		} else {
			fp--
		}
	}
	if !found {
		return 0, Figures{}
	}
	return best, bestF
}
