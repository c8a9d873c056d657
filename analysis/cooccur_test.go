package analysis_test

import (
	"context"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Codes co-occur within a segment when their codings overlap the same
// participant segment, wherever in it they start; a coding spanning two
// segments is in both.
func TestCooccurWithinSegments(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t)
	text := "I was lonely after the diagnosis. My buddy rang every week and I felt less alone."
	cut := len([]rune("I was lonely after the diagnosis. "))
	n := len([]rune(text))
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		doc := &corpus.Document{ID: "d1", Path: "d1", Format: "txt", Hash: "d1", Text: text, Words: 16,
			Attrs: map[string]string{"role": "patient"}}
		segs := []corpus.Segment{{Seq: 1, TurnSeq: 1, End: cut, Text: text[:cut]}, {Seq: 2, TurnSeq: 1, Start: cut, End: n, Text: text[cut:]}}
		if err := tx.PutDocument(doc, []corpus.Turn{{Seq: 1, Speaker: "P", End: n}}, segs); err != nil {
			return err
		}
		for _, c := range []struct {
			code       string
			start, end int
		}{
			{"a", 0, 12},       // segment 1
			{"b", 6, 32},       // segment 1, starting elsewhere in it
			{"c", 22, cut + 8}, // both segments
			{"d", cut + 9, n},  // segment 2
		} {
			r := []rune(text)
			if err := tx.InsertCoding(&corpus.Coding{DocID: "d1", Start: c.start, End: c.end, Code: c.code, Coder: "ann",
				Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: string(r[c.start:c.end])}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	cb := parseCB(t, "codes:\n  - {id: a, label: A, definition: x}\n  - {id: b, label: B, definition: x}\n  - {id: c, label: C, definition: x}\n  - {id: d, label: D, definition: x}\n")
	ds := mustLoad(t, st, cb, analysis.Selection{})
	co, err := analysis.Cooccur(ctx, ds, analysis.UnitSegment, nil)
	if err != nil {
		t.Fatal(err)
	}
	if co.Units != 2 {
		t.Errorf("%d units, want the 2 segments", co.Units)
	}
	at := map[string]int{}
	for i, c := range co.Codes {
		at[c] = i
	}
	for _, w := range []struct {
		x, y string
		want int
	}{{"a", "b", 1}, {"a", "c", 1}, {"b", "c", 1}, {"c", "d", 1}, {"a", "d", 0}, {"c", "c", 2}} {
		if got := co.Counts[at[w.x]][at[w.y]]; got != w.want {
			t.Errorf("%s with %s in %d segments, want %d", w.x, w.y, got, w.want)
		}
	}
}
