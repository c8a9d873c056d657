package analysis

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// LearnedFigures returns what the learned suggester's stored models say of
// themselves, one per code that has a model: its examples, cross-validated
// precision, recall and F1, and threshold, as `code learn` printed them
// when it trained the model. They are in the codebook's order (a code the
// codebook no longer has comes last, by id), so that the workbench and the
// report list them as the codebook does.
func LearnedFigures(ctx context.Context, st *corpus.Store, cb *codebook.Codebook) ([]CodeLearning, error) {
	models, err := st.LearnedModels(ctx)
	if err != nil {
		return nil, err
	}
	order := map[string]int{}
	if cb != nil {
		for i, c := range cb.Codes() {
			order[c.ID] = i + 1
		}
	}
	out := make([]CodeLearning, 0, len(models))
	for code, m := range models {
		var cl CodeLearning
		if err := json.Unmarshal(m.Report, &cl); err != nil {
			return nil, fmt.Errorf("reading the learned model of %s: %w; run `groundwork code learn --code %s --all` to train it again", code, err, code)
		}
		cl.Code = code
		out = append(out, cl)
	}
	rank := func(code string) int {
		if r, ok := order[code]; ok {
			return r
		}
		return len(order) + 1
	}
	sort.Slice(out, func(i, j int) bool {
		if a, b := rank(out[i].Code), rank(out[j].Code); a != b {
			return a < b
		}
		return out[i].Code < out[j].Code
	})
	return out, nil
}

// CountsLearned reports whether the dataset counts any coding the learned
// suggester made: its pending suggestions, or those people accepted.
func (ds *Dataset) CountsLearned() bool {
	for c := range ds.Codings() {
		if c.Origin == corpus.OriginLearned || c.Coder == corpus.LearnedCoder {
			return true
		}
	}
	return false
}

// LearnedOutcome counts what became of the learned suggester's
// suggestions, whatever a report counts: the fairest measure of the
// models a project has is how its people judged them.
type LearnedOutcome struct {
	Accepted int `json:"accepted"`
	// Recoded suggestions were rejected and their passages given another
	// code; Rejected counts the others rejected.
	Recoded  int `json:"recoded"`
	Rejected int `json:"rejected"`
	Pending  int `json:"pending"`
}

// Reviewed is how many suggestions people decided on.
func (o LearnedOutcome) Reviewed() int { return o.Accepted + o.Recoded + o.Rejected }

// LearnedOutcome counts the learned suggester's suggestions by what people
// made of them, in the store the dataset was loaded from.
func (ds *Dataset) LearnedOutcome(ctx context.Context) (LearnedOutcome, error) {
	var o LearnedOutcome
	if ds.store == nil {
		return o, nil
	}
	recoded := map[span]bool{} // where people gave a suggestion's passage another code
	err := ds.store.EachCodingRef(ctx, corpus.CodingFilter{RecodesOf: []string{corpus.LearnedCoder}}, func(c corpus.CodingRef) error {
		recoded[span{c.DocID, c.Start, c.End}] = true
		return nil
	})
	if err == nil {
		err = ds.store.EachCodingRef(ctx, corpus.CodingFilter{Suggesters: []string{corpus.LearnedCoder}}, func(c corpus.CodingRef) error {
			switch {
			case c.Status == corpus.StatusSuggested:
				o.Pending++
			case c.Status == corpus.StatusAccepted:
				o.Accepted++
			case recoded[span{c.DocID, c.Start, c.End}]:
				o.Recoded++
			default:
				o.Rejected++
			}
			return nil
		})
	}
	if err != nil {
		return o, fmt.Errorf("counting the learned suggestions people reviewed: %w", err)
	}
	return o, nil
}

// LearnedFigures returns the figures of the learned models (see the
// function LearnedFigures) from the store the dataset was loaded from.
func (ds *Dataset) LearnedFigures(ctx context.Context) ([]CodeLearning, error) {
	if ds.store == nil {
		return nil, nil
	}
	return LearnedFigures(ctx, ds.store, ds.Codebook)
}
