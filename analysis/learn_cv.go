package analysis

import (
	"context"
	"math/rand/v2"
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

// outOfFold scores every example with a model that did not see its
// document.
func outOfFold(ctx context.Context, ex []example, docs []string, seed uint64, vocab, extras int, lambda float64) ([]float64, error) {
	k := folds
	n := len(foldOf(docs, 1, seed))
	if n < k {
		k = n
	}
	scores := make([]float64, len(ex))
	if k < 2 {
		return nil, nil // one document: nothing to hold out
	}
	fold := foldOf(docs, k, seed)
	for f := range k {
		var train []example
		for i, e := range ex {
			if fold[docs[i]] != f {
				train = append(train, e)
			}
		}
		m, err := fit(ctx, train, vocab, extras, lambda)
		if err != nil {
			return nil, err
		}
		for i, e := range ex {
			if fold[docs[i]] == f {
				scores[i] = m.score(e.x, e.extras)
			}
		}
	}
	return scores, nil
}

// Figures are precision, recall and F1 at a threshold.
type Figures struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func figures(scores []float64, y []bool, t float64) Figures {
	var tp, fp, fn float64
	for i, s := range scores {
		switch {
		case s >= t && y[i]:
			tp++
		case s >= t:
			fp++
		case y[i]:
			fn++
		}
	}
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
// the best F1, or (precision > 0) the one with the best recall among those
// that reach the precision; it returns 0 when none does.
func chooseThreshold(scores []float64, y []bool, precision float64) (float64, Figures) {
	cands := append([]float64(nil), scores...)
	sort.Float64s(cands)
	var best float64
	var bestF Figures
	found := false
	for i, t := range cands {
		if i > 0 && t == cands[i-1] {
			continue
		}
		f := figures(scores, y, t)
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
