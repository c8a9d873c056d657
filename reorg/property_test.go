package reorg_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reorg"
)

// TestRandomReorganisationsUndoExactly applies random sequences of what a
// researcher does while building a codebook (add, rename, move, merge,
// split and delete codes, interleaved with coding, accepting and
// rejecting), undoes them one by one, checking after each undo that the
// project (every coding column, memos, codebook.yaml byte for byte) is
// exactly as before that step, then redoes them all and checks the end
// state again.
func TestRandomReorganisationsUndoExactly(t *testing.T) {
	for seed := range 20 {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			f := study(t)
			rng := rand.New(rand.NewPCG(uint64(seed), 11))
			states := []string{f.state(t)}
			var steps []string
			for i := range 6 + rng.IntN(10) {
				what, err := f.randomStep(t, rng, i)
				if err != nil {
					continue // a refusal (e.g. deleting a code with children) changes nothing
				}
				f.checkCodingsHaveCodes(t, what)
				if now := f.state(t); now != states[len(states)-1] {
					states = append(states, now)
					steps = append(steps, what)
				} else {
					t.Fatalf("step %q succeeded but changed nothing", what)
				}
			}
			for k := len(states) - 1; k > 0; k-- {
				if _, err := f.st.Undo(f.ctx, corpus.UndoOptions{By: "alice"}); err != nil {
					t.Fatalf("undoing %q: %v", steps[k-1], err)
				}
				if got := f.state(t); got != states[k-1] {
					t.Fatalf("after undoing %q (steps %q) the project differs from before it:\n--- got\n%s--- want\n%s", steps[k-1], steps, got, states[k-1])
				}
			}
			for k := 1; k < len(states); k++ {
				if _, err := f.st.Redo(f.ctx, corpus.UndoOptions{By: "alice"}); err != nil {
					t.Fatalf("redoing %q: %v", steps[k-1], err)
				}
			}
			if got := f.state(t); got != states[len(states)-1] {
				t.Fatalf("after redoing everything (steps %q) the project differs:\n--- got\n%s--- want\n%s", steps, got, states[len(states)-1])
			}
		})
	}
}

// checkCodingsHaveCodes asserts that no step leaves a coding of a code the
// codebook no longer has.
func (f *fixture) checkCodingsHaveCodes(t *testing.T, step string) {
	t.Helper()
	cb := f.parsed(t)
	cs, err := f.st.Codings(f.ctx, corpus.CodingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if _, ok := cb.Code(c.Code); !ok {
			t.Fatalf("after %q coding %d is of %s, which the codebook no longer has", step, c.ID, c.Code)
		}
	}
}

// state is everything a step can change: the codings (every column that
// matters to a user), the memos and the codebook file.
func (f *fixture) state(t *testing.T) string {
	t.Helper()
	var lines []string
	for _, orphans := range []bool{false, true} {
		cs, err := f.st.Codings(f.ctx, corpus.CodingFilter{Orphans: orphans})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			lines = append(lines, fmt.Sprintf("coding %d %s [%d,%d) %s %s %s %s %q %v %s", c.ID, c.DocID, c.Start, c.End,
				c.Code, c.Coder, c.Origin, c.Status, c.Quote, c.Orphan, c.SuggestedBy))
		}
	}
	ms, err := f.st.Memos(f.ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		lines = append(lines, fmt.Sprintf("memo %d %s:%s %q", m.ID, m.TargetKind, m.Target, m.Text))
	}
	slices.Sort(lines)
	cb, err := os.ReadFile(f.proj.CodebookPath())
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n") + "\n" + string(cb)
}

// randomStep makes one change; it returns what it tried and the error of
// a refused change.
func (f *fixture) randomStep(t *testing.T, rng *rand.Rand, i int) (string, error) {
	t.Helper()
	cb := f.parsed(t)
	var ids, leaves []string
	for _, c := range cb.Codes() {
		ids = append(ids, c.ID)
		if c.IsLeaf() {
			leaves = append(leaves, c.ID)
		}
	}
	any := func(from []string) string { return from[rng.IntN(len(from))] }
	opts := reorg.Options{Actor: "alice"}
	fresh := fmt.Sprintf("code%d", i)
	var err error
	switch rng.IntN(9) {
	case 0:
		parent := ""
		if rng.IntN(2) == 0 {
			parent = any(ids)
		}
		_, err = reorg.Add(f.ctx, f.proj, f.st, reorg.NewCode{ID: fresh, Label: "Code " + fresh, Parent: parent}, opts)
		return "add " + fresh + " under " + parent, err
	case 1:
		old := any(ids)
		_, err = reorg.Rename(f.ctx, f.proj, f.st, old, fresh, opts)
		return "rename " + old + " " + fresh, err
	case 2:
		id, parent := any(ids), any(append(ids, ""))
		_, err = reorg.Move(f.ctx, f.proj, f.st, id, parent, opts)
		return "move " + id + " to " + parent, err
	case 3:
		src, dst := any(leaves), any(leaves)
		_, err = reorg.Merge(f.ctx, f.proj, f.st, []string{src}, dst, opts)
		return "merge " + src + " into " + dst, err
	case 4:
		id := any(leaves)
		_, err = reorg.Split(f.ctx, f.proj, f.st, id, reorg.NewCode{ID: fresh, Label: "Split " + fresh}, reorg.Selection{Document: "c1"}, opts)
		return "split " + id, err
	case 5:
		id := any(ids)
		d := reorg.DeleteOptions{DropCodings: rng.IntN(2) == 0}
		if !d.DropCodings {
			d.MoveCodingsTo = any(leaves)
		}
		_, err = reorg.Delete(f.ctx, f.proj, f.st, id, d, opts)
		return fmt.Sprintf("delete %s %+v", id, d), err
	default:
		return f.randomCoding(rng, any(leaves), i)
	}
}

// randomCoding codes a passage, or accepts, rejects or removes a coding.
func (f *fixture) randomCoding(rng *rand.Rand, code string, i int) (string, error) {
	var what string
	err := f.st.Tx(f.ctx, func(tx *corpus.Tx) error {
		tx.Record("alice", "code", "coding step")
		cs, err := tx.Codings(corpus.CodingFilter{})
		if err != nil {
			return err
		}
		if len(cs) == 0 || rng.IntN(2) == 0 {
			s := rng.IntN(40)
			coder, status := "alice", corpus.StatusAccepted
			if rng.IntN(2) == 0 {
				coder, status = corpus.AutoCoder, corpus.StatusSuggested
			}
			what = fmt.Sprintf("code %s by %s", code, coder)
			return tx.InsertCoding(&corpus.Coding{DocID: "c1", Start: s, End: s + 7 + i, Code: code, Coder: coder,
				Origin: corpus.OriginManual, Status: status, Quote: "q"})
		}
		c := cs[rng.IntN(len(cs))]
		switch {
		case c.Status == corpus.StatusSuggested && rng.IntN(2) == 0:
			what = "accept"
			_, err := tx.Accept(c, "alice")
			return err
		case c.Status == corpus.StatusSuggested:
			what = "reject"
			return tx.Reject(c)
		default:
			what = "remove a coding"
			return tx.DeleteCoding(c.ID)
		}
	})
	return what, err
}
