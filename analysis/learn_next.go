package analysis

import (
	"context"
	"math"
	"sort"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// NextOptions say which passages to propose for coding next.
type NextOptions struct {
	LearnOptions
	// N is how many passages (default 20).
	N int
}

// NextPassage is an uncoded passage whose coding would teach the models
// most: the one they are least sure of.
type NextPassage struct {
	Segment   string  `json:"segment"`
	Document  string  `json:"document"`
	Programme string  `json:"programme"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Code      string  `json:"code"`
	Score     float64 `json:"score"`
	Threshold float64 `json:"threshold"`
	// Uncertainty is 1 at the threshold and 0 where the model is sure.
	Uncertainty float64 `json:"uncertainty"`
}

// Next learns the codes (storing nothing) and returns the uncoded passages
// nearest a code's threshold, spread across programmes and documents: a
// researcher's next hour of coding, where it teaches most.
func Next(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, opts NextOptions) ([]NextPassage, []CodeLearning, error) {
	if opts.N <= 0 {
		opts.N = 20
	}
	if err := opts.LearnOptions.check(); err != nil {
		return nil, nil, err
	}
	lo := opts.LearnOptions.withDefaults()
	codes, err := learnCodes(cb, lo.Codes)
	if err != nil {
		return nil, nil, err
	}
	if lo.Coders, _, err = lo.resolveCoders(ctx, st); err != nil {
		return nil, nil, err
	}
	data, err := loadCorpus(ctx, st, lo.Coders, lo.Codes)
	if err != nil {
		return nil, nil, err
	}
	if err := data.featurise(ctx, st, cb, !lo.WordsOnly, false, corpus.NoProgress{}); err != nil {
		return nil, nil, err
	}
	stored, err := st.LearnedModels(ctx)
	if err != nil {
		return nil, nil, err
	}
	runs := make([]*codeRun, len(codes))
	for i, code := range codes {
		runs[i] = newCodeRun(data, code, lo.forCode(stored[code])) // at the precision code learn would use
	}
	if err := trainAll(ctx, data, runs, lo); err != nil {
		return nil, nil, err
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, nil, err
	}
	programme := map[string]string{}
	for _, d := range docs {
		programme[d.ID] = d.Attr("programme")
	}
	var out []CodeLearning
	best := map[int]NextPassage{} // per segment, its most uncertain code
	var buf sparse
	for _, r := range runs {
		out = append(out, r.out)
		if r.model == nil {
			continue
		}
		for i := range data.segs {
			s := &data.segs[i]
			if data.coded[s.doc] {
				continue
			}
			p := r.model.score(data.vector(i, &buf), s.extras)
			u := uncertainty(p, r.out.Threshold)
			if cur, ok := best[i]; !ok || u > cur.Uncertainty {
				best[i] = NextPassage{Segment: s.key(), Document: s.doc, Programme: programme[s.doc], Start: s.start, End: s.end,
					Code: r.code, Score: round3(p), Threshold: round3(r.out.Threshold), Uncertainty: round3(u)}
			}
		}
	}
	return spread(best, opts.N), out, nil
}

// uncertainty is 1 at the threshold and falls linearly to 0 at 0 and 1.
func uncertainty(p, t float64) float64 {
	if p >= t {
		return 1 - (p-t)/math.Max(1-t, 1e-9)
	}
	return 1 - (t-p)/math.Max(t, 1e-9)
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// spread picks n passages, most uncertain first, taking in turn from each
// programme and at most one per document until every document has given one.
func spread(cands map[int]NextPassage, n int) []NextPassage {
	var all []NextPassage
	for _, p := range cands {
		all = append(all, p)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Uncertainty != all[j].Uncertainty {
			return all[i].Uncertainty > all[j].Uncertainty
		}
		return all[i].Segment < all[j].Segment
	})
	byProg := map[string][]NextPassage{}
	var progs []string
	for _, p := range all {
		if byProg[p.Programme] == nil {
			progs = append(progs, p.Programme)
		}
		byProg[p.Programme] = append(byProg[p.Programme], p)
	}
	var out []NextPassage
	usedDoc := map[string]bool{}
	for round := 0; len(out) < n && round < 2; round++ {
		progress := true
		for progress && len(out) < n {
			progress = false
			for _, prog := range progs {
				for k, p := range byProg[prog] {
					if round == 0 && usedDoc[p.Document] {
						continue
					}
					out = append(out, p)
					usedDoc[p.Document] = true
					byProg[prog] = append(byProg[prog][:k:k], byProg[prog][k+1:]...)
					progress = true
					break
				}
				if len(out) >= n {
					break
				}
			}
		}
	}
	return out
}
