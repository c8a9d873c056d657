package analysis_test

import (
	"context"
	"strings"
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

// Accepting a suggestion is a person's coding of that passage, not of the
// interview: the interview's other passages do not become examples against
// every code, and the suggestions pending there stay for review.
func TestAcceptingASuggestionDoesNotMarkTheInterviewCoded(t *testing.T) {
	if testing.Short() {
		t.Skip("learns every code of the demo")
	}
	ctx, st, _, learn := learnProject(t)
	first := learn()
	sugs, err := st.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}, Statuses: []string{corpus.StatusSuggested}})
	if err != nil || len(sugs) == 0 {
		t.Fatal("no learned suggestions", err)
	}
	acc := sugs[0]
	pendingElse := func() map[int64]bool { // the pending suggestions of other codes in acc's interview
		t.Helper()
		out := map[int64]bool{}
		cs, err := st.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}, DocIDs: []string{acc.DocID}, Statuses: []string{corpus.StatusSuggested}})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Code != acc.Code {
				out[c.ID] = true
			}
		}
		return out
	}
	before := pendingElse()
	if len(before) == 0 {
		t.Fatalf("%s has no other pending suggestions to keep", acc.DocID)
	}
	if err := st.Tx(ctx, func(tx *corpus.Tx) error { _, err := tx.Accept(acc, "amara"); return err }); err != nil {
		t.Fatal(err)
	}
	again := learn()
	if again.Coded != first.Coded {
		t.Errorf("coded interviews %d → %d after accepting one suggestion", first.Coded, again.Coded)
	}
	for _, c := range again.Codes {
		if c.Code == acc.Code {
			if c.Status != "learned" || c.Positives != first.Codes[indexOfCode(first, c.Code)].Positives+1 {
				t.Errorf("%s after its suggestion was accepted: %s with %d positives, want learned with one more", c.Code, c.Status, c.Positives)
			}
		} else if c.Status == "learned" {
			t.Errorf("%s learned again after a suggestion of %s was accepted", c.Code, acc.Code)
		}
	}
	after := pendingElse()
	for id := range before {
		if !after[id] {
			t.Errorf("suggestion %d in %s was dropped after a suggestion of %s there was accepted", id, acc.DocID, acc.Code)
		}
	}
}

func indexOfCode(res *analysis.LearnResult, code string) int {
	for i, c := range res.Codes {
		if c.Code == code {
			return i
		}
	}
	return -1
}

// A dry run counts the suggestions a real run would remove, those of codes
// that no longer learn included.
func TestDryRunCountsWhatARunRemoves(t *testing.T) {
	if testing.Short() {
		t.Skip("learns every code of the demo")
	}
	ctx, st, cb, learn := learnProject(t)
	learn()
	removed := func(dry bool) (n, skipped int) {
		t.Helper()
		res, err := analysis.Learn(ctx, st, cb, analysis.LearnOptions{Precision: 0.97, DryRun: dry})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range res.Codes {
			n += c.Removed
			if c.Status == "skipped" {
				skipped++
			}
		}
		return n, skipped
	}
	dry, skipped := removed(true)
	real, _ := removed(false)
	if skipped == 0 || real == 0 || dry != real {
		t.Errorf("at precision 0.97 (%d codes skipped): the dry run says %d removed, the run removed %d", skipped, dry, real)
	}
}

// The passages an explanation calls nearest are those coded by the people
// the model learned from, and never the explained passage itself.
func TestNearestPassagesAreTheModelsCodersOthers(t *testing.T) {
	if testing.Short() {
		t.Skip("learns every code of the demo")
	}
	ctx, st, cb, _ := learnProject(t)
	if _, err := analysis.Learn(ctx, st, cb, analysis.LearnOptions{Coders: []string{"gold"}}); err != nil {
		t.Fatal(err)
	}
	sugs, err := st.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}})
	if err != nil || len(sugs) == 0 {
		t.Fatal("no learned suggestions", err)
	}
	sug := sugs[0]
	gold, err := st.Codings(ctx, corpus.CodingFilter{Coders: []string{"gold"}, Codes: []string{sug.Code}})
	if err != nil || len(gold) == 0 {
		t.Fatal("no gold coding of", sug.Code, err)
	}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		// The explained passage coded by gold, and a gold passage coded
		// again by someone the model did not learn from.
		same := &corpus.Coding{DocID: sug.DocID, Start: sug.Start, End: sug.End, Code: sug.Code, Coder: "gold", Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: sug.Quote}
		other := &corpus.Coding{DocID: gold[0].DocID, Start: gold[0].Start, End: gold[0].End, Code: sug.Code, Coder: "zed", Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: gold[0].Quote}
		if err := tx.InsertCoding(same); err != nil {
			return err
		}
		return tx.InsertCoding(other)
	})
	if err != nil {
		t.Fatal(err)
	}
	ex, err := analysis.ExplainLearned(ctx, st, sug, 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Nearest) == 0 {
		t.Fatal("no nearest passages")
	}
	for _, p := range ex.Nearest {
		if p.Coder != "gold" {
			t.Errorf("nearest passage %s [%d,%d) by %s, whom the model did not learn from", p.Document, p.Start, p.End, p.Coder)
		}
		if p.Document == sug.DocID && p.Start < sug.End && sug.Start < p.End {
			t.Errorf("the explained passage %s [%d,%d) is called nearest to itself", p.Document, p.Start, p.End)
		}
	}
}

// Whom the models learned from is remembered whole (a name may hold a
// comma), and a run that would learn from remembered coders who have no
// codings now is refused rather than removing every suggestion.
func TestRememberedCoders(t *testing.T) {
	if testing.Short() {
		t.Skip("learns every code of the demo")
	}
	ctx, st, cb, _ := learnProject(t)
	gold, err := st.Codings(ctx, corpus.CodingFilter{Coders: []string{"gold"}})
	if err != nil || len(gold) == 0 {
		t.Fatal("no gold coding", err)
	}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, c := range gold {
			c.Coder = "Smith, J"
			if err := tx.UpdateCoding(c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	first, err := analysis.Learn(ctx, st, cb, analysis.LearnOptions{Coders: []string{"Smith, J"}})
	if err != nil {
		t.Fatal(err)
	}
	again, err := analysis.Learn(ctx, st, cb, analysis.LearnOptions{})
	if err != nil || !again.AsLast || len(again.Coders) != 1 || again.Coders[0] != "Smith, J" || again.Coded != first.Coded {
		t.Fatalf("learning again: coders %q (as last: %v), %d coded interviews, want %q as before (%d): %v", again.Coders, again.AsLast, again.Coded, "Smith, J", first.Coded, err)
	}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		_, err := tx.DeleteCodings(corpus.CodingFilter{Coders: []string{"Smith, J"}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := st.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}, Statuses: []string{corpus.StatusSuggested}})
	if _, err := analysis.Learn(ctx, st, cb, analysis.LearnOptions{}); err == nil || !strings.Contains(err.Error(), "--everyone") {
		t.Errorf("learning from remembered coders who have no codings now: %v, want a refusal naming --everyone", err)
	}
	after, _ := st.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}, Statuses: []string{corpus.StatusSuggested}})
	if len(after) != len(before) || len(before) == 0 {
		t.Errorf("%d learned suggestions before the refused run, %d after", len(before), len(after))
	}
}
