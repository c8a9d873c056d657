package analysis

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sync"
)

// trainAll trains the codes that need it (see startTraining).
func trainAll(ctx context.Context, d *corpusData, runs []*codeRun, opts LearnOptions) error {
	return startTraining(ctx, d, runs, opts, false).waitAll()
}

// training is the codes' training under way.
type training struct {
	done     []chan struct{} // closed when the run has trained (or need not)
	errs     []error
	all      sync.WaitGroup
	prog     Progress
	finished chan struct{} // closed when every run has trained and the progress is done
	showing  bool          // the storing progress is shown (training is over)
}

// startTraining trains, in the background, the codes that need it. Codes
// whose examples are the same segments (with no rejections, every code's:
// the segments of the documents people coded) train together, fold by
// fold, on one layout of each fold's rows (see crossValidateAll). Every
// fit (a code's penalties on a fold, or its final model) is a task of one
// pool as wide as the machine, so that one code learning alone uses every
// core as eighteen learning together do, and no more fits are held at
// once than cores; and no more groups are in training at once than cores
// either, since each holds its examples and their cross-validated scores
// until it is done. With suggest, each code trained also finds its
// suggestions (for store).
func startTraining(ctx context.Context, d *corpusData, runs []*codeRun, opts LearnOptions, suggest bool) *training {
	tr := &training{done: make([]chan struct{}, len(runs)), errs: make([]error, len(runs)), prog: opts.progress("learning codes"),
		finished: make(chan struct{})}
	n := 0
	for i, r := range runs {
		tr.done[i] = make(chan struct{})
		if r.unchanged {
			close(tr.done[i])
		} else {
			n++
		}
	}
	if n == 0 {
		close(tr.finished)
		return tr
	}
	tr.prog.Start(n)
	pool, inTraining := newFitPool(), newFitPool()
	g := groupTraining{d: d, pool: pool, opts: opts, suggest: suggest,
		// With fewer codes to train than cores, a core would wait while
		// the last folds are fitted: each code's final model is fitted
		// ahead.
		ahead: n < cap(pool),
		trained: func(i int, err error) {
			tr.errs[i] = err
			close(tr.done[i])
			tr.prog.Add(1)
		}}
	for _, group := range sameExamples(runs, togetherAtMost*cap(pool)) {
		tr.all.Add(1)
		go func() {
			defer tr.all.Done()
			err := inTraining.run(ctx, func() error { return g.train(ctx, runs, group) })
			for _, i := range group { // those not trained when it failed
				select {
				case <-tr.done[i]:
				default:
					g.trained(i, err)
				}
			}
		}()
	}
	go func() {
		tr.all.Wait()
		tr.prog.Done()
		close(tr.finished)
	}()
	return tr
}

// togetherAtMost is how many codes train together for each core: enough
// to share each fold's layout among several, few enough that the first
// codes are trained, and stored while the others train, early in the run
// (codes trained together are all trained at about the same time).
const togetherAtMost = 2

// sameExamples groups the runs to train by their examples, at most most
// runs a group: each group's runs have the same segments as examples, in
// order.
func sameExamples(runs []*codeRun, most int) [][]int {
	var groups [][]int
	for i, r := range runs {
		if r.unchanged {
			continue
		}
		k := slices.IndexFunc(groups, func(g []int) bool { return len(g) < most && slices.Equal(runs[g[0]].idx, r.idx) })
		if k < 0 {
			groups = append(groups, []int{i})
		} else {
			groups[k] = append(groups[k], i)
		}
	}
	return groups
}

// wait waits for run i to have trained and returns its error.
func (tr *training) wait(i int) error {
	<-tr.done[i]
	return tr.errs[i]
}

// waitAll waits for every run to have trained and returns the first error.
func (tr *training) waitAll() error {
	<-tr.finished
	return firstError(tr.errs)
}

// stored counts run i as stored on the storing progress, which is shown
// once training is over (the two are not drawn at once).
func (tr *training) stored(prog Progress, i int) {
	if !tr.showing {
		select {
		case <-tr.finished: // the training's progress is done with the line
		default:
			return
		}
		tr.showing = true
		prog.Start(len(tr.done))
		prog.Add(i)
	}
	prog.Add(1)
}

// groupTraining trains groups of codes with the same examples.
type groupTraining struct {
	d       *corpusData
	pool    fitPool
	opts    LearnOptions
	suggest bool
	ahead   bool
	// trained is told, once, that run i has trained (or failed).
	trained func(i int, err error)
}

// train cross-validates the group's runs together, chooses each one's
// penalty and threshold, and fits each one's final model, telling trained
// of each run as soon as it has its model (and its suggestions) or is
// skipped, in the order of the group. Ahead, each run's final model at the
// weakest penalty (the one most often chosen, since it keeps ties) is
// fitted before the folds, on a core that would otherwise wait for the
// last of them, and kept if that penalty is chosen: the same model as one
// fitted after.
func (g groupTraining) train(ctx context.Context, runs []*codeRun, group []int) error {
	var live []int
	for _, i := range group {
		if runs[i].tooFew(g.opts) {
			g.trained(i, nil)
		} else {
			live = append(live, i)
		}
	}
	if len(live) == 0 {
		return nil
	}
	first := runs[live[0]]
	ex := make([]example, len(first.idx))
	docs := make([]string, len(first.idx))
	for k, seg := range first.idx {
		s := &g.d.segs[seg]
		x := s.x
		if x == nil { // examples are never packed (see exampleSegments); were one, it is unpacked for the group
			x = g.d.vector(seg, &sparse{})
		}
		ex[k] = example{x: x, extras: s.extras}
		docs[k] = s.doc
	}
	ys, calibs, precisions := make([][]bool, len(live)), make([][]bool, len(live)), make([]float64, len(live))
	for k, i := range live {
		ys[k], calibs[k], precisions[k] = runs[i].y, runs[i].calib, runs[i].out.PrecisionAsked
	}
	vocab, extras := len(g.d.vocab.terms), len(g.d.extras)
	full := sync.OnceValue(func() *design { return newDesign(ex, vocab) })
	early := make([]*model, len(live))
	var fitted []<-chan error
	if g.ahead {
		for k := range live {
			fitted = append(fitted, g.pool.start(ctx, func() (err error) {
				early[k], err = fit(ctx, full(), ys[k], vocab, extras, lambdas[len(lambdas)-1])
				return err
			}))
		}
	}
	coded := func(doc string) bool { return g.d.coded[doc] }
	cvs, err := crossValidateAll(ctx, g.pool, ex, ys, calibs, docs, coded, g.opts.Seed, vocab, extras, precisions)
	if err = firstError(append(wait(fitted), err)); err != nil {
		return err
	}
	var finals []<-chan error
	for k, i := range live {
		r := runs[i]
		lambda, ok := r.choose(cvs, k, r.out.PrecisionAsked)
		if !ok {
			g.trained(i, nil)
			continue
		}
		finals = append(finals, g.pool.start(ctx, func() (err error) {
			m := early[k]
			if lambda != lambdas[len(lambdas)-1] || m == nil {
				if m, err = fit(ctx, full(), ys[k], vocab, extras, lambda); err != nil {
					return err
				}
			}
			r.model, r.out.Status = m, "learned"
			// Scored and explained here, on a core of the training,
			// not on the one storing codes before it.
			if g.suggest {
				r.found = r.suggest(g.d)
			}
			g.trained(i, nil)
			return nil
		}))
	}
	return firstError(wait(finals))
}

// shareOf is the part of the examples labelled y that have the code: the
// precision of suggesting it on every passage.
func shareOf(y []bool) float64 { return float64(countTrue(y)) / float64(len(y)) }

func countTrue(y []bool) int {
	n := 0
	for _, v := range y {
		if v {
			n++
		}
	}
	return n
}

// beatsEverywhere reports whether cross-validated figures f (of a code
// with positives examples) are more precise than putting the code on every
// passage by more than chance would make them: by two standard errors of a
// precision over as many suggestions. A model that has learned nothing
// chooses a threshold below (almost) every score, suggesting the code
// everywhere at about its share.
func beatsEverywhere(f Figures, positives int, share float64) bool {
	if f.Precision <= 0 {
		return false
	}
	suggested := f.Recall * float64(positives) / f.Precision
	return f.Precision-share >= 2*math.Sqrt(share*(1-share)/suggested)
}

// tooFew reports, and notes, that the run has too few examples of either
// kind to learn from.
func (r *codeRun) tooFew(opts LearnOptions) bool {
	switch {
	case r.out.Positives < opts.MinExamples:
		r.out.Status = "skipped"
		more := opts.MinExamples - r.out.Positives
		r.out.Note = fmt.Sprintf("%d positive %s; %d more %s coded with it would let it learn", r.out.Positives, pluralWord(r.out.Positives, "example"), more, pluralWord(more, "passage"))
	case r.out.Negatives == 0:
		r.out.Status, r.out.Note = "skipped", "every example is positive: nothing to tell it from"
	default:
		return false
	}
	return true
}

// choose takes the run's penalty and threshold from its cross-validated
// scores (cvs[k]), or notes why it learns nothing.
func (r *codeRun) choose(cvs []*crossValidated, k int, precision float64) (lambda float64, ok bool) {
	if cvs == nil {
		r.out.Status, r.out.Note = "skipped", "its examples come from one interview: nothing to cross-validate on"
		return 0, false
	}
	scores, y := r.calibrated(cvs[k].scores)
	best, t, f := bestPenalty(scores, y, precision)
	if best < 0 {
		r.out.Status = "skipped"
		r.out.Note = fmt.Sprintf("no threshold reaches a cross-validated precision of %.2f", precision)
		return 0, false
	}
	if share := shareOf(y); !beatsEverywhere(f, countTrue(y), share) {
		r.out.Status = "skipped"
		r.out.Note = fmt.Sprintf("cross-validated precision %.2f is no better than suggesting it on every passage (%.2f of the examples have it): "+
			"it has not learned what sets the code apart; more coded interviews may let it", f.Precision, share)
		return 0, false
	}
	r.out.Threshold, r.out.CV = t, &f
	return cvs[k].penalties[best], true
}

// pluralWord is word, with an s unless n is one.
func pluralWord(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
