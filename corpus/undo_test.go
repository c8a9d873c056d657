package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// projectStore opens a store inside dir/.groundwork, as a project's, with
// a codebook.yaml beside it.
func projectStore(t *testing.T) (*Store, string) {
	t.Helper()
	st, dir := tempStore(t, filepath.Join(DataDir, "project.db"))
	if err := os.WriteFile(filepath.Join(dir, "codebook.yaml"), []byte("codes: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := st.Tx(context.Background(), func(tx *Tx) error {
		for _, id := range []string{"a", "b"} {
			text := "one two three four five six seven eight nine ten"
			doc := &Document{ID: id, Path: id, Format: "txt", Hash: id, Text: text, Words: 10}
			if err := tx.PutDocument(doc, []Turn{{Seq: 1, End: len(text)}}, []Segment{{Seq: 1, TurnSeq: 1, End: len(text), Text: text}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return st, dir
}

// dump writes everything the history can change: codings (every column),
// memos and the codebook file.
func dump(t *testing.T, st *Store, dir string) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	cs, err := st.Codings(ctx, CodingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	orphans, err := st.Codings(ctx, CodingFilter{Orphans: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range append(cs, orphans...) {
		conf := "-"
		if c.Confidence != nil {
			conf = fmt.Sprint(*c.Confidence)
		}
		fmt.Fprintf(&b, "coding %d %s [%d,%d) %s %s %s %s %q %q %v %s %s %s rev%d\n", c.ID, c.DocID, c.Start, c.End, c.Code,
			c.Coder, c.Origin, c.Status, c.Rule, c.Quote, c.Orphan, c.SuggestedBy, conf, c.UpdatedAt.Format("15:04:05"), c.Rev)
	}
	ms, err := st.Memos(ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		fmt.Fprintf(&b, "memo %d %s:%s %q %s\n", m.ID, m.TargetKind, m.Target, m.Text, m.Author)
	}
	cb, _ := os.ReadFile(filepath.Join(dir, "codebook.yaml"))
	fmt.Fprintf(&b, "codebook %q\n", cb)
	return b.String()
}

// TestUndoRestoresExactly applies random sequences of changes people make
// (code, recode, accept, reject, remove, memos, codebook edits), then
// undoes them one by one, checking after each undo that the project is
// exactly as it was before that change, and redoes them all, checking it
// comes back exactly.
func TestUndoRestoresExactly(t *testing.T) {
	for seed := range 25 {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			undoRedoSequence(t, uint64(seed), false)
		})
	}
}

// Events recorded before changes had their own table keep them as JSON in
// events.changes: a project that has them still undoes and redoes them.
func TestUndoRestoresEventsRecordedTheOldWay(t *testing.T) {
	for seed := range 5 {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			undoRedoSequence(t, uint64(seed), true)
		})
	}
}

// recordTheOldWay moves every event's changes from event_changes into the
// event's JSON, as events were recorded before migration 0009.
func recordTheOldWay(t *testing.T, st *Store) {
	t.Helper()
	err := st.Tx(context.Background(), func(tx *Tx) error {
		byEvent := map[int64][]change{}
		err := eachRow(tx.ctx, tx.tx, func(sc scanner) error {
			var id int64
			var c change
			var before, after sql.NullString
			if err := sc.Scan(&id, &c.Kind, &c.ID, &c.Key, &before, &after); err != nil {
				return err
			}
			if before.Valid {
				c.Before = json.RawMessage(before.String)
			}
			if after.Valid {
				c.After = json.RawMessage(after.String)
			}
			byEvent[id] = append(byEvent[id], c)
			return nil
		}, `SELECT event_id, kind, row_id, key, before, after FROM event_changes ORDER BY event_id, seq`)
		if err != nil {
			return err
		}
		for id, cs := range byEvent {
			raw, _ := json.Marshal(cs)
			if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE events SET changes = ? WHERE id = ?`, string(raw), id); err != nil {
				return err
			}
		}
		_, err = tx.tx.ExecContext(tx.ctx, `DELETE FROM event_changes`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func undoRedoSequence(t *testing.T, seed uint64, oldWay bool) {
	ctx := context.Background()
	st, dir := projectStore(t)
	rng := rand.New(rand.NewPCG(seed, 7))
	codes := []string{"isolation", "matching", "boundaries"}
	// states[k] is the project after the k-th event (states[0]: before any).
	states := []string{dump(t, st, dir)}
	for i := range 5 + rng.IntN(15) {
		err := st.Tx(ctx, func(tx *Tx) error {
			tx.Record("alice", "step", fmt.Sprint("step ", i))
			return randomChange(tx, rng, codes, i)
		})
		if err != nil {
			t.Fatal(err)
		}
		if now := dump(t, st, dir); now != states[len(states)-1] {
			states = append(states, now) // a step that changed nothing records no event
		}
	}
	if oldWay {
		recordTheOldWay(t, st)
	}
	n := len(states) - 1
	for k := n; k > 0; k-- {
		undone, err := st.Undo(ctx, UndoOptions{By: "alice"})
		if err != nil {
			t.Fatalf("undoing event %d of %d: %v", k, n, err)
		}
		if got := dump(t, st, dir); got != states[k-1] {
			t.Fatalf("after undoing %q the project differs from before it:\n--- got\n%s--- want\n%s", undone[0].Summary, got, states[k-1])
		}
	}
	if _, err := st.Undo(ctx, UndoOptions{By: "alice"}); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("undo with nothing left: %v", err)
	}
	for k := 1; k <= n; k++ {
		if _, err := st.Redo(ctx, UndoOptions{By: "alice"}); err != nil {
			t.Fatalf("redoing event %d of %d: %v", k, n, err)
		}
		if got := dump(t, st, dir); got != states[k] {
			t.Fatalf("after redoing event %d the project differs:\n--- got\n%s--- want\n%s", k, got, states[k])
		}
	}
}

// randomChange makes one change a person might make.
func randomChange(tx *Tx, rng *rand.Rand, codes []string, step int) error {
	existing, err := tx.Codings(CodingFilter{})
	if err != nil {
		return err
	}
	pick := func() *Coding { return existing[rng.IntN(len(existing))] }
	switch k := rng.IntN(7); {
	case k <= 1 || len(existing) == 0:
		doc := []string{"a", "b"}[rng.IntN(2)]
		s := rng.IntN(20)
		status, coder := StatusAccepted, "alice"
		if rng.IntN(2) == 0 {
			status, coder = StatusSuggested, AutoCoder
		}
		return tx.InsertCoding(&Coding{DocID: doc, Start: s, End: s + 5, Code: codes[rng.IntN(len(codes))],
			Coder: coder, Origin: OriginManual, Status: status, Quote: "q"})
	case k == 2:
		c := pick()
		c.Code = codes[rng.IntN(len(codes))]
		return tx.UpdateCoding(c)
	case k == 3:
		c := pick()
		if c.Status == StatusSuggested {
			if rng.IntN(2) == 0 {
				_, err := tx.Accept(c, "alice")
				return err
			}
			return tx.Reject(c)
		}
		return tx.DeleteCoding(c.ID)
	case k == 4:
		return tx.InsertMemo(&Memo{TargetKind: "code", Target: codes[rng.IntN(len(codes))], Text: fmt.Sprint("memo ", step), Author: "alice"})
	case k == 5:
		ms, err := tx.store.Memos(tx.ctx, "", "")
		if err != nil || len(ms) == 0 {
			return err
		}
		return tx.DeleteMemo(ms[rng.IntN(len(ms))].ID)
	default:
		return tx.WriteFile("codebook.yaml", []byte(fmt.Sprintf("codes: []\n# edit %d\n", step)))
	}
}

// TestUndoRefusesAfterAnotherChange: an undo never overwrites what someone
// changed since; it says who.
func TestUndoRefusesAfterAnotherChange(t *testing.T) {
	ctx := context.Background()
	st, _ := projectStore(t)
	var c Coding
	err := st.Tx(ctx, func(tx *Tx) error {
		tx.Record("alice", "code", "alice codes a")
		c = Coding{DocID: "a", Start: 0, End: 3, Code: "isolation", Coder: "alice", Origin: OriginManual, Quote: "one"}
		return tx.InsertCoding(&c)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = st.Tx(ctx, func(tx *Tx) error {
		tx.Record("bob", "recode", "bob recodes it")
		c.Code = "matching"
		return tx.UpdateCoding(&c)
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = st.Undo(ctx, UndoOptions{Actor: "alice", By: "alice"})
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.Since == nil || ce.Since.Actor != "bob" || !strings.Contains(err.Error(), "undo that first") {
		t.Fatalf("undo after bob's change: %v, want a conflict naming bob", err)
	}
	if got, _ := st.Coding(ctx, c.ID); got == nil || got.Code != "matching" {
		t.Errorf("the refused undo changed the coding: %+v", got)
	}
	if _, err := st.Undo(ctx, UndoOptions{By: "bob"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Undo(ctx, UndoOptions{Actor: "alice", By: "alice"}); err != nil {
		t.Errorf("after bob's change was undone, alice's undo: %v", err)
	}
	if _, err := st.Coding(ctx, c.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("alice's coding survived her undo: %v", err)
	}
}

// TestStagedFileSurvivesACrash: a file staged by a committed transaction
// whose writer died before writing it is written by the next writer; one
// from a transaction that did not commit is thrown away.
func TestStagedFileSurvivesACrash(t *testing.T) {
	ctx := context.Background()
	st, dir := projectStore(t)
	path := filepath.Join(dir, "codebook.yaml")
	// A commit whose file was never written: stage it as Tx does, commit,
	// and skip finishPending.
	err := st.tx(ctx, nil, func(tx *Tx) error { return tx.stageFile("codebook.yaml", []byte("committed\n")) })
	if err != nil {
		t.Fatal(err)
	}
	// A transaction that never committed left its pending file.
	err = st.tx(ctx, nil, func(tx *Tx) error {
		if err := tx.stageFile("codebook.yaml", []byte("rolled back\n")); err != nil {
			return err
		}
		tx.pending = nil // as if killed: nobody removes it
		return errors.New("killed")
	})
	if err == nil {
		t.Fatal("the transaction should have failed")
	}
	if b, _ := os.ReadFile(path); string(b) != "codes: []\n" {
		t.Fatalf("the file changed before anyone finished it: %q", b)
	}
	if err := st.Locked(ctx, func() error { return nil }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "committed\n" {
		t.Errorf("after the next writer: %q, want the committed content", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, DataDir, pendingPrefix+"*")); len(left) != 0 {
		t.Errorf("pending files left: %v", left)
	}
}

// TestUndoSeveralFileChangesAtOnce: undoing (and redoing) two events that
// both rewrote codebook.yaml, in one undo, is not taken for a conflict
// (the second sees the content the first staged, not the file on disk).
func TestUndoSeveralFileChangesAtOnce(t *testing.T) {
	ctx := context.Background()
	st, dir := projectStore(t)
	before := dump(t, st, dir)
	for i := range 2 {
		err := st.Tx(ctx, func(tx *Tx) error {
			tx.Record("alice", "codebook edit", fmt.Sprint("edit ", i))
			return tx.WriteFile("codebook.yaml", []byte(fmt.Sprintf("codes: []\n# edit %d\n", i)))
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	after := dump(t, st, dir)
	if undone, err := st.Undo(ctx, UndoOptions{By: "alice", Last: 2}); err != nil || len(undone) != 2 {
		t.Fatalf("undo --last 2: %d events, %v", len(undone), err)
	}
	if got := dump(t, st, dir); got != before {
		t.Fatalf("after undoing both:\n%s\nwant\n%s", got, before)
	}
	if redone, err := st.Redo(ctx, UndoOptions{By: "alice", Last: 2}); err != nil || len(redone) != 2 {
		t.Fatalf("redo --last 2: %d events, %v", len(redone), err)
	}
	if got := dump(t, st, dir); got != after {
		t.Fatalf("after redoing both:\n%s\nwant\n%s", got, after)
	}
}

// People are the coders with accepted codings that still stand on their
// text: a coder whose codings were all orphaned by an edited transcript
// has nothing to learn from, and code learn must not take them for one.
func TestPeopleLeavesOutOrphans(t *testing.T) {
	ctx := context.Background()
	st, _ := projectStore(t)
	insertCodings(t, st,
		Coding{DocID: "a", Start: 0, End: 3, Code: "x", Coder: "alice", Origin: OriginManual, Status: StatusAccepted},
		Coding{DocID: "a", Start: 4, End: 7, Code: "x", Coder: "bob", Origin: OriginManual, Status: StatusAccepted, Orphan: true},
		Coding{DocID: "b", Start: 0, End: 3, Code: "x", Coder: AutoCoder, Origin: OriginRule, Status: StatusAccepted},
	)
	people, err := st.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(people) != "[alice]" {
		t.Errorf("People = %v, want [alice] (bob's only coding is an orphan, auto is a suggester)", people)
	}
}
