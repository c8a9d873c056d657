package corpus

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSegmentsCodedOverlaps: a coding marks every segment it overlaps,
// wherever it starts (in a segment, in the gap an interviewer's turn
// leaves between two, before the first), and only live codings count:
// people's (made, imported, accepted) by default, as a report counts them,
// pending suggestions when asked for, and never a suggester's own row of a
// suggestion accepted (the person's copy counts) or a rejection.
func TestSegmentsCodedOverlaps(t *testing.T) {
	st := overlapFixture(t)
	ctx := context.Background()
	for _, tt := range []struct {
		codes           []string
		people, pending bool
		want            []int
	}{
		{[]string{"exact"}, true, false, []int{2}},
		{[]string{"inside"}, true, false, nil}, // a pending suggestion
		{[]string{"inside"}, false, true, []int{3}},
		{[]string{"inside"}, true, true, []int{3}},
		{[]string{"exact"}, false, true, nil},
		{[]string{"across"}, true, false, []int{1, 2, 3}},
		{[]string{"gap"}, true, true, nil},
		{[]string{"from-gap"}, true, false, []int{3, 4}},
		{[]string{"tail"}, true, false, []int{4}},
		{[]string{"rejected"}, true, true, nil},
		{[]string{"auto-accepted"}, true, true, nil},
		{[]string{"exact", "inside"}, true, false, []int{2}},
		{[]string{"exact", "inside"}, true, true, []int{2, 3}},
		{[]string{"exact"}, false, false, nil},
	} {
		keys, err := st.SegmentsCoded(ctx, tt.people, tt.pending, tt.codes...)
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, k := range keys {
			doc, seq, ok := ParseSegmentKey(k)
			if !ok || doc != "seg-01" {
				t.Fatalf("%v: key %q", tt.codes, k)
			}
			got = append(got, seq)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("SegmentsCoded(people %v, pending %v, %v) = segments %v, want %v", tt.people, tt.pending, tt.codes, got, tt.want)
		}
	}
}

// overlapFixture is a store holding one document, seg-01, of four segments
// ([0,20) [20,40), a gap [40,50), [50,70) [70,90)) and codings that overlap
// them in every way.
func overlapFixture(t *testing.T) *Store {
	t.Helper()
	st, _ := fixture(t)
	ctx := context.Background()
	text := strings.Repeat("x", 100)
	// Segments [0,20) [20,40), a gap [40,50), [50,70) [70,90).
	segs := []Segment{{Seq: 1, TurnSeq: 1, Start: 0, End: 20}, {Seq: 2, TurnSeq: 1, Start: 20, End: 40},
		{Seq: 3, TurnSeq: 3, Start: 50, End: 70}, {Seq: 4, TurnSeq: 3, Start: 70, End: 90}}
	for i := range segs {
		segs[i].Text = text[segs[i].Start:segs[i].End]
	}
	turns := []Turn{{Seq: 1, Speaker: "P", End: 40}, {Seq: 2, Speaker: "I", Start: 40, End: 50}, {Seq: 3, Speaker: "P", Start: 50, End: 100}}
	err := st.Tx(ctx, func(tx *Tx) error {
		if err := tx.PutDocument(&Document{ID: "seg-01", Path: "s", Format: "txt", Hash: "s", Text: text, Words: 4}, turns, segs); err != nil {
			return err
		}
		for _, c := range []struct {
			code       string
			start, end int
			status     string
			coder      string
		}{
			{"exact", 20, 40, StatusAccepted, ""},
			{"inside", 55, 60, StatusSuggested, AutoCoder},
			{"auto-accepted", 25, 30, StatusAccepted, AutoCoder}, // a suggester's own row of one accepted
			{"across", 15, 55, StatusAccepted, ""},               // 1, 2 and 3
			{"gap", 42, 48, StatusAccepted, ""},                  // no segment
			{"from-gap", 45, 75, StatusAccepted, ""},             // 3 and 4
			{"tail", 89, 100, StatusAccepted, ""},                // 4, and past the last
			{"rejected", 0, 20, StatusRejected, ""},
		} {
			coder := cmp.Or(c.coder, "alice")
			err := tx.InsertCoding(&Coding{DocID: "seg-01", Start: c.start, End: c.end, Code: c.code, Coder: coder, Origin: "manual", Status: c.status})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestCodesOfSegmentsManyKeys: the codes of a page of thousands of hits
// (search --limit 5000) are read, where one query of them all was refused
// by SQLite as too deep.
func TestCodesOfSegmentsManyKeys(t *testing.T) {
	st := overlapFixture(t)
	var keys []string
	for i := range 5000 {
		keys = append(keys, SegmentKey(fmt.Sprintf("other-%04d", i), 1))
	}
	// seg-01#4 first and last (apart until the keys are sorted) still has
	// each code once.
	keys = append([]string{SegmentKey("seg-01", 4)}, keys...)
	keys = append(keys, SegmentKey("seg-01", 1), SegmentKey("seg-01", 4))
	got, err := st.CodesOfSegments(context.Background(), keys)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"seg-01#1": {"across"}, "seg-01#4": {"from-gap", "tail"}}
	if len(got) != len(want) || !slices.Equal(got["seg-01#1"], want["seg-01#1"]) || !slices.Equal(got["seg-01#4"], want["seg-01#4"]) {
		t.Errorf("CodesOfSegments = %v, want %v", got, want)
	}
}
