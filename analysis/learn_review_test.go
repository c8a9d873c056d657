package analysis_test

import (
	"fmt"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// The review simulated by TestLearnedSuggestionsUnderReview: sessions of
// reviewEach suggestions each.
const reviewSessions, reviewEach = 3, 40

// TestLearnedSuggestionsUnderReview measures issue 17's promise that a
// researcher "gets better suggestions after each session of review".
//
// People's coding at the start is the demo's gold coding of the four
// training programmes (learnProject); the other three programmes are
// uncoded and receive learned suggestions. The demo's gold coding of those
// three is the oracle. Each session a reviewer ("rev") takes the reviewEach
// surest pending learned suggestions, in the workbench's order
// (corpus.SortForReview), accepts those the oracle agrees with (it coded
// that code on a span overlapping the suggestion's) and rejects the
// others; then the suggester learns again with the default options, as the
// researcher would run it.
//
// Every score is at participant-turn level against the oracle on the
// three unseen programmes: macro-F1 over the codes with gold there, and
// micro precision and recall.
//   - "shown": the learned suggestions as the researcher sees them (pending,
//     plus those accepted from the learned suggester; not the rejected).
//     Reviewing alone raises it, without any learning: what was accepted
//     stays right and what was rejected goes. So the same review is also
//     run without learning again ("no relearn"), and only the difference
//     between the two is what learning from the reviews adds.
//   - "never reviewed": only the turns on which no session reviewed any
//     suggestion (the same turns in every row, fixed after the last
//     session). No reviewed item counts there, so only what the model
//     learned from the reviews can move it (without learning again it does
//     not move at all).
//   - per session, on the turns not reviewed up to and including it: the
//     suggestions before and after learning from that session's review.
//
// Measured (default seed), in the order shown / never reviewed / no
// relearn, once the thresholds were chosen on the coded interviews'
// examples only and reviewed interviews stopped reshuffling the folds
// (before that: 0.645 / 0.392 / 0.679 after session 3):
//
//	session 0 (none reviewed):          0.647 / 0.499 / 0.647
//	session 1 (40: 29 accepted):        0.641 / 0.499 / 0.649
//	session 2 (80: 58 accepted):        0.653 / 0.488 / 0.660
//	session 3 (120: 84 accepted):       0.671 / 0.464 / 0.679
//
// and per session on what was not yet reviewed, before → after learning
// again: 0.607 → 0.600, 0.542 → 0.540, 0.488 → 0.464. Over seeds 1–8
// (which deal the folds) "never reviewed" went from 0.433 to 0.450 on
// average after three sessions, up on five seeds of eight (it went from
// 0.435 to 0.428 before those two changes), and "shown" ended at 0.663
// against 0.662 for "no relearn". So learning from the reviews adds little
// here yet, and not at every seed: a session adds one to four examples to
// a code, most of them positives the model was already sure of, beside
// twenty to thirty from the coded interviews. What improves what the
// researcher is shown is mostly the reviewing itself.
//
// So the test holds what is true, not the promise: the reviews reach the
// learner (each accepted suggestion is one more positive example of its
// code, each rejected one more negative, and accepting does not make an
// interview coded), and what the researcher is shown after the sessions is
// no worse than before by more than 0.03 macro-F1 (measured +0.024). When
// learning from review is made to pay, raise the second check to require
// a gain over "no relearn".
func TestLearnedSuggestionsUnderReview(t *testing.T) {
	if testing.Short() {
		t.Skip("learns every code of the demo four times, and simulates review twice")
	}
	cb, gold, rows, reviewedBy := simulateReview(t, true)
	_, _, still, _ := simulateReview(t, false)

	// The fixed "never reviewed" turns: none of the sessions touched them.
	never := reviewedBy[len(reviewedBy)-1]
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "session\treviewed\taccepted\trejected\tshown F1\tP\tR\tnever reviewed F1\tP\tR\tno relearn F1\tP\tR\t")
	shown := make([]turnScores, len(rows))
	for i, r := range rows {
		shown[i] = scoreTurns(cb, gold, r.shown, nil)
		n, s := scoreTurns(cb, gold, r.shown, never), scoreTurns(cb, gold, still[i].shown, nil)
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", i, r.reviewed, r.accepted, r.rejected,
			shown[i].macro, shown[i].p, shown[i].r, n.macro, n.p, n.r, s.macro, s.p, s.r)
	}
	tw.Flush()
	t.Logf("learned suggestions on the three unseen programmes after each session of review (%d surest pending each), participant turns; %d of the %d gold turn-codes are on never-reviewed turns:\n%s",
		reviewEach, len(restrict(gold, never)), len(gold), b.String())
	for i := 1; i < len(rows); i++ {
		before := scoreTurns(cb, gold, rows[i-1].shown, reviewedBy[i-1])
		after := scoreTurns(cb, gold, rows[i].shown, reviewedBy[i-1])
		t.Logf("session %d, on the %d gold turn-codes not reviewed yet: macro-F1 %.3f → %.3f after learning from it (P %.3f → %.3f, R %.3f → %.3f)",
			i, len(restrict(gold, reviewedBy[i-1])), before.macro, after.macro, before.p, after.p, before.r, after.r)
	}

	// The reviews reach the learner: every accepted suggestion is one more
	// positive example of its code, every rejected one one more negative,
	// and no interview counts as coded by people for it.
	for i := 1; i < len(rows); i++ {
		was, now := rows[i-1], rows[i]
		if got, want := now.positives-was.positives, now.accepted-was.accepted; got != want {
			t.Errorf("session %d: %d more positive examples after %d accepted suggestions", i, got, want)
		}
		if got, want := now.negatives-was.negatives, now.rejected-was.rejected; got != want {
			t.Errorf("session %d: %d more negative examples after %d rejected suggestions", i, got, want)
		}
		if now.coded != was.coded {
			t.Errorf("session %d: %d interviews coded by people, %d before: accepting suggestions coded interviews", i, now.coded, was.coded)
		}
	}
	// What the researcher is shown after the sessions is no worse than
	// before (measured 0.647 → 0.671; see above for how much of that is
	// the reviewing itself).
	if first, last := shown[0].macro, shown[len(shown)-1].macro; last < first-0.03 {
		t.Errorf("after %d sessions of review the learned suggestions score macro-F1 %.3f, before %.3f: review made them worse", reviewSessions, last, first)
	}
}

// reviewRow is the state after a session of simulated review (row 0:
// before any).
type reviewRow struct {
	reviewed, accepted, rejected int
	// shown are the learned suggestions on the unseen programmes the
	// researcher sees (pending or accepted), per turn.
	shown map[turnCode]bool
	// positives and negatives are the examples of every code summed, and
	// coded the interviews coded by people, as the last learning saw them
	// (in a run that does not learn again, those of the first learning).
	positives, negatives, coded int
}

// docTurn is a participant turn of a document.
type docTurn struct {
	doc  string
	turn int
}

// simulateReview learns from the gold coding of the training programmes
// (learnProject) and reviews the learned suggestions for reviewSessions
// sessions against the gold coding of the other programmes, learning again
// after each when relearn is set. It returns the codebook, the gold turn
// codes of the unseen programmes, the state before and after each session,
// and the turns reviewed up to each session (index 0: after session 1).
func simulateReview(t *testing.T, relearn bool) (*codebook.Codebook, map[turnCode]bool, []reviewRow, []map[docTurn]bool) {
	t.Helper()
	ctx, st, cb, learn := learnProject(t)
	train := trainDocuments(t, st)
	all := mustLoad(t, st, cb, analysis.Selection{})
	gold := map[turnCode]bool{}
	for k := range goldTurns(t, st, all) {
		if !train[k.doc] {
			gold[k] = true
		}
	}
	oracle := map[string][]goldSpan{}
	err := eachGoldSpan(t, func(doc string) bool { return !train[doc] }, func(doc string) (string, error) {
		d, err := st.Document(ctx, doc)
		if err != nil {
			return "", err
		}
		return d.Text, nil
	}, func(g goldSpan) error {
		oracle[g.doc] = append(oracle[g.doc], g)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	agrees := func(c *corpus.Coding) bool {
		for _, g := range oracle[c.DocID] {
			if g.code == c.Code && g.start < c.End && c.Start < g.end {
				return true
			}
		}
		return false
	}
	shown := func() map[turnCode]bool {
		t.Helper()
		cs, err := st.Codings(ctx, corpus.CodingFilter{Suggesters: []string{corpus.LearnedCoder}})
		if err != nil {
			t.Fatal(err)
		}
		out := map[turnCode]bool{}
		for _, c := range cs {
			if !train[c.DocID] && c.Status != corpus.StatusRejected {
				out[turnCode{c.DocID, all.TurnAt(c.DocID, c.Start), c.Code}] = true
			}
		}
		return out
	}
	examples := func(row *reviewRow, res *analysis.LearnResult) {
		row.positives, row.negatives, row.coded = 0, 0, res.Coded
		for _, c := range res.Codes {
			row.positives += c.Positives
			row.negatives += c.Negatives
		}
	}

	rows := []reviewRow{{shown: nil}}
	examples(&rows[0], learn())
	rows[0].shown = shown()
	var reviewedBy []map[docTurn]bool
	reviewed := map[docTurn]bool{}
	for s := 1; s <= reviewSessions; s++ {
		pending, err := st.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}, Statuses: []string{corpus.StatusSuggested}})
		if err != nil {
			t.Fatal(err)
		}
		if len(pending) < reviewEach {
			t.Fatalf("session %d: only %d learned suggestions pending", s, len(pending))
		}
		corpus.SortForReview(pending)
		row := rows[s-1]
		err = st.Tx(ctx, func(tx *corpus.Tx) error {
			for _, c := range pending[:reviewEach] {
				reviewed[docTurn{c.DocID, all.TurnAt(c.DocID, c.Start)}] = true
				if agrees(c) {
					row.accepted++
					if _, err := tx.Accept(c, "rev"); err != nil {
						return err
					}
				} else {
					row.rejected++
					if err := tx.Reject(c); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		row.reviewed += reviewEach
		through := map[docTurn]bool{}
		for k := range reviewed {
			through[k] = true
		}
		reviewedBy = append(reviewedBy, through)
		if relearn {
			examples(&row, learn())
		}
		row.shown = shown()
		rows = append(rows, row)
	}
	return cb, gold, rows, reviewedBy
}

// turnScores are macro-F1 over the codes with gold, and micro precision
// and recall.
type turnScores struct{ macro, p, r float64 }

// scoreTurns scores suggested against gold, leaving out the turns in
// without.
func scoreTurns(cb *codebook.Codebook, gold, suggested map[turnCode]bool, without map[docTurn]bool) turnScores {
	sc := score(cb, restrict(gold, without), restrict(suggested, without))
	micro := sc[len(sc)-1]
	return turnScores{macro(sc), micro.precision, micro.recall}
}

// restrict returns the turn codes of m on turns not in without.
func restrict(m map[turnCode]bool, without map[docTurn]bool) map[turnCode]bool {
	out := map[turnCode]bool{}
	for k := range m {
		if !without[docTurn{k.doc, k.turn}] {
			out[k] = true
		}
	}
	return out
}
