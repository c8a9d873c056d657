package analysis_test

import (
	"context"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
)

// learnProject is the demo with the gold coding of its first four
// programmes as a person's.
func learnProject(t *testing.T) (context.Context, *corpus.Store, *codebook.Codebook, func() *analysis.LearnResult) {
	t.Helper()
	ctx := context.Background()
	_, st, cb := ingesttest.Project(t, "demo", ingesttest.Demo(t, "")...)
	importTrainingGold(t, st)
	return ctx, st, cb, func() *analysis.LearnResult {
		t.Helper()
		res, err := analysis.Learn(ctx, st, cb, analysis.LearnOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
}

func TestLearnIsIncrementalAndLearnsFromRejections(t *testing.T) {
	if testing.Short() {
		t.Skip("learns every code of the demo")
	}
	ctx, st, _, learn := learnProject(t)
	first := learn()
	learned := 0
	for _, c := range first.Codes {
		if c.Status == "learned" {
			learned++
			if c.CV == nil || c.Threshold <= 0 || c.Added == 0 {
				t.Errorf("%s: learned without figures, threshold or suggestions: %+v", c.Code, c)
			}
		}
	}
	if learned < 10 {
		t.Fatalf("only %d codes learned", learned)
	}
	// Nothing changed: nothing is learned again.
	for _, c := range learn().Codes {
		if c.Status == "learned" {
			t.Errorf("%s learned again although nothing changed", c.Code)
		}
	}
	// A person rejects one learned suggestion: only its code learns again,
	// and the rejection is not suggested again.
	sugs, err := st.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}})
	if err != nil || len(sugs) == 0 {
		t.Fatal("no learned suggestions", err)
	}
	rej := sugs[0]
	if rej.Confidence == nil || *rej.Confidence <= 0 || rej.Evidence == "" {
		t.Errorf("a learned suggestion without confidence or evidence: %+v", rej)
	}
	if err := st.Tx(ctx, func(tx *corpus.Tx) error { return tx.Reject(rej) }); err != nil {
		t.Fatal(err)
	}
	again := learn()
	for _, c := range again.Codes {
		if (c.Status == "learned") != (c.Code == rej.Code) && c.Status != "skipped" {
			t.Errorf("%s: %s after a rejection of %s", c.Code, c.Status, rej.Code)
		}
	}
	still, _ := st.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}, DocIDs: []string{rej.DocID}, Codes: []string{rej.Code}})
	for _, c := range still {
		if c.Start == rej.Start && c.End == rej.End && c.Status == corpus.StatusSuggested {
			t.Error("the rejected suggestion was made again")
		}
	}
}

func TestNextSpreadsAcrossDocuments(t *testing.T) {
	if testing.Short() {
		t.Skip("learns every code of the demo")
	}
	ctx, st, cb, _ := learnProject(t)
	next, _, err := analysis.Next(ctx, st, cb, analysis.NextOptions{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(next) != 10 {
		t.Fatalf("%d passages, want 10", len(next))
	}
	docs := map[string]bool{}
	for _, p := range next {
		if trainProgrammes[p.Programme] {
			t.Errorf("%s is in a coded programme", p.Segment)
		}
		docs[p.Document] = true
		if p.Uncertainty <= 0 || p.Uncertainty > 1 {
			t.Errorf("%s: uncertainty %v", p.Segment, p.Uncertainty)
		}
	}
	if len(docs) < 8 {
		t.Errorf("10 passages from only %d documents: not spread", len(docs))
	}
}
