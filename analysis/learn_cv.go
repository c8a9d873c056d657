package analysis

import (
	"context"
	"math/rand/v2"
	"sort"
	"sync"
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
	var list []string
	for _, d := range docs {
		if !uniq[d] {
			uniq[d] = true
			list = append(list, d)
		}
	}
	sort.Strings(list)
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
	out := make(map[string]int, len(list))
	for i, d := range list {
		out[d] = i % k
	}
	return out
}

// outOfFold scores every example, for each penalty, with a model that did
// not see its document, fitting each fold's models in the pool. It
// returns nil when the examples come from one document.
func outOfFold(ctx context.Context, pool fitPool, ex []example, docs []string, seed uint64, vocab, extras int) ([][]float64, error) {
	k := folds
	n := len(foldOf(docs, 1, seed))
	if n < k {
		k = n
	}
	if k < 2 {
		return nil, nil // one document: nothing to hold out
	}
	scores := make([][]float64, len(lambdas))
	for i := range scores {
		scores[i] = make([]float64, len(ex))
	}
	fold := foldOf(docs, k, seed)
	errs := make([]error, k)
	var wg sync.WaitGroup
	for f := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[f] = pool.run(ctx, func() error {
				var train []example
				for i, e := range ex {
					if fold[docs[i]] != f {
						train = append(train, e)
					}
				}
				ms, err := fitPath(ctx, train, vocab, extras, lambdas)
				if err != nil {
					return err
				}
				for i, e := range ex {
					if fold[docs[i]] == f {
						for l, m := range ms {
							scores[l][i] = m.score(e.x, e.extras)
						}
					}
				}
				return nil
			})
		}()
	}
	wg.Wait()
	if err := firstError(errs); err != nil {
		return nil, err
	}
	return scores, nil
}

// Figures are precision, recall and F1 at a threshold.
type Figures struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// figuresOf computes the figures from the counts of true positives, false
// positives and false negatives.
func figuresOf(tp, fp, fn float64) Figures {
	f := Figures{}
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
