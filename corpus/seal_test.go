package corpus

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// Sealing a document's history forgets the words its events recorded and
// makes them permanent; the events of other documents stay undoable.
func TestSealHistory(t *testing.T) {
	ctx := context.Background()
	st, _ := projectStore(t)
	for _, doc := range []string{"a", "b"} {
		err := st.Tx(ctx, func(tx *Tx) error {
			tx.Record("ann", "code", "coded "+doc)
			return tx.InsertCoding(&Coding{DocID: doc, Start: 0, End: 7, Code: "x", Coder: "ann", Origin: OriginManual,
				Status: StatusAccepted, Quote: "one two"})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	var sealed int
	err := st.Tx(ctx, func(tx *Tx) (err error) {
		sealed, err = tx.SealHistory([]string{"a"})
		return err
	})
	if err != nil || sealed != 1 {
		t.Fatalf("sealed %d events (%v), want 1", sealed, err)
	}
	var raw string
	if err := st.rd.QueryRowContext(ctx, `SELECT changes FROM events WHERE summary = 'coded a'`).Scan(&raw); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(raw, "one two") {
		t.Errorf("the sealed event still holds the words: %s", raw)
	}
	events, err := st.History(ctx, HistoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		a := e.Summary == "coded a"
		if e.Sealed != a || e.Undoable == a {
			t.Errorf("%q: sealed %v undoable %v", e.Summary, e.Sealed, e.Undoable)
		}
	}
	undone, err := st.Undo(ctx, UndoOptions{Last: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(undone) != 1 || undone[0].Summary != "coded b" {
		t.Errorf("undid %v, want only the unsealed event", undone)
	}
}

// TestChangesTouch reads events recorded the old way, as one JSON list.
func TestChangesTouch(t *testing.T) {
	docs := map[string]bool{"d2": true}
	for _, c := range []struct {
		raw     string
		want    bool
		wantErr bool
	}{
		{`[]`, false, false},
		{`[{"kind":"coding","id":1,"before":null,"after":{"id":1,"doc":"d1","quote":"x"}}]`, false, false},
		{`[{"kind":"coding","id":1,"before":{"doc":"d1"},"after":null},{"kind":"coding","id":2,"before":{"doc":"d2"},"after":{"doc":"d2"}}]`, true, false},
		{`[{"kind":"memo","id":3,"before":{"doc":"d2"},"after":null}]`, false, false},
		{`[{"kind":"coding","id":1,"after":{"doc":"d1"}},`, false, true},
		{`{"kind":"coding"}`, false, true},
	} {
		got, err := changesTouch(c.raw, docs)
		if got != c.want || (err != nil) != c.wantErr {
			t.Errorf("changesTouch(%s) = %v, %v; want %v, error %v", c.raw, got, err, c.want, c.wantErr)
		}
	}
}

// FuzzChangesTouch: reading an old event's changes as a stream agrees
// with decoding them whole, and never panics.
func FuzzChangesTouch(f *testing.F) {
	f.Add(`[{"kind":"coding","id":1,"before":{"doc":"d2"},"after":null}]`)
	f.Add(`[{"kind":"memo","after":{"doc":"d2"}},{"kind":"coding","after":{"doc":"d1"}}]`)
	f.Add(`[]`)
	f.Add(`null`)
	f.Add(`[{"kind":"coding","before":{"doc":"d2"}`)
	f.Fuzz(func(t *testing.T, raw string) {
		docs := map[string]bool{"d2": true}
		got, err := changesTouch(raw, docs)
		var whole []struct {
			Kind          string `json:"kind"`
			Before, After *struct {
				DocID string `json:"doc"`
			}
		}
		if json.Unmarshal([]byte(raw), &whole) != nil || !strings.HasPrefix(strings.TrimSpace(raw), "[") {
			return // not a list: the stream may stop at a touching change first, or refuse it
		}
		want := false
		for _, c := range whole {
			want = want || c.Kind == kindCoding && (c.Before != nil && docs[c.Before.DocID] || c.After != nil && docs[c.After.DocID])
		}
		if err != nil || got != want {
			t.Errorf("changesTouch(%q) = %v, %v; decoded whole: %v", raw, got, err, want)
		}
	})
}
