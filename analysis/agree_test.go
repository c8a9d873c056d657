package analysis_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/analysis/reliability"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Agreement walked document by document (holding one document at a time)
// gives every figure, interval and disagreement that tallying every unit
// of every code in turn gives: with coders who coded different documents,
// codes the codebook lacks (one only in a document with no segments),
// rejected codings, and suggestions people accepted (which make an
// interview one a person coded only where they also coded by hand).
func TestAgreeEqualsRows(t *testing.T) {
	st := agreeStore(t)
	cb := parseCB(t, "codes:\n  - id: a\n    definition: A\n  - id: b\n    definition: B\n  - id: c\n    definition: C\n")
	var leaves []string
	for _, l := range cb.Leaves() {
		leaves = append(leaves, l.ID)
	}
	for _, tc := range []struct {
		coders []string
		unit   string
		codes  []string
	}{
		{[]string{"alice", "bob"}, analysis.UnitSegment, nil},
		{[]string{"alice", "bob", "auto"}, analysis.UnitSegment, nil},
		{[]string{"auto", "alice"}, analysis.UnitTurn, nil},
		{[]string{"bob", "alice"}, analysis.UnitDocument, nil},
		{[]string{"alice", "bob"}, analysis.UnitSegment, []string{"c", "a"}},
	} {
		name := fmt.Sprint(tc.coders, tc.unit, tc.codes)
		got, err := analysis.Agree(context.Background(), st, cb, analysis.AgreeOptions{Coders: tc.coders, Unit: tc.unit, Codes: tc.codes, Bootstrap: 200, Seed: 5})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		perCode, overall, disagreements := agreeByRows(t, st, tc.coders, tc.unit, tc.codes, leaves)
		var order []string
		for _, c := range got.Codes {
			order = append(order, c.Code)
			if !reflect.DeepEqual(c.Result, perCode[c.Code]) {
				t.Errorf("%s, code %s: %+v, want %+v", name, c.Code, c.Result, perCode[c.Code])
			}
		}
		if len(order) != len(perCode) {
			t.Errorf("%s: codes %v, want %d of them", name, order, len(perCode))
		}
		if !reflect.DeepEqual(got.Overall.Result, overall) {
			t.Errorf("%s, overall: %+v, want %+v", name, got.Overall.Result, overall)
		}
		var listed []string
		for _, d := range got.Disagreements {
			row := make([]int8, len(tc.coders))
			for j, c := range tc.coders {
				row[j] = reliability.BinaryMissing
				if applied, ok := d.Applied[c]; ok {
					row[j] = reliability.BinaryCell(true, applied)
				}
			}
			listed = append(listed, fmt.Sprintf("%s %s %v", d.Code, d.Unit.ID, row))
		}
		if !slices.Equal(listed, disagreements) || got.DisagreementCount != len(disagreements) {
			t.Errorf("%s: %d disagreements listed (%d counted), want %d:\n%s\nwant\n%s", name, len(listed), got.DisagreementCount,
				len(disagreements), strings.Join(listed, "\n"), strings.Join(disagreements, "\n"))
		}
		if tc.codes == nil && slices.Contains(tc.coders, "bob") && !slices.Contains(order, "y") {
			t.Errorf("%s: code y, used only in a document with no segments, is not reported: %v", name, order)
		}
	}
}

// agreeStore is a project of 30 documents of 1–3 turns of 1–2 segments,
// and two documents with no participant segments, coded at random by
// alice (documents 0–19), bob (10–31) and the rules (every one): codes a,
// b and c of the codebook, and x and y, which it lacks (y only in a
// document with no segments); alice rejected some codings and accepted
// some of the rules'.
func agreeStore(t *testing.T) *corpus.Store {
	t.Helper()
	ctx := context.Background()
	st := tempStore(t)
	rng := rand.New(rand.NewPCG(3, 7))
	type span struct{ start, end int }
	spans := map[string][]span{}
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		for d := range 32 {
			id := fmt.Sprintf("doc%02d", d)
			var text strings.Builder
			var turns []corpus.Turn
			var segs []corpus.Segment
			for ti := range 1 + d%3 {
				if d >= 30 {
					break // no participant segments
				}
				turn := corpus.Turn{Seq: ti + 1, Speaker: "P", Start: text.Len()}
				for range 1 + rng.IntN(2) {
					start := text.Len()
					text.WriteString("Some words said here. ")
					segs = append(segs, corpus.Segment{Seq: len(segs) + 1, TurnSeq: ti + 1, Start: start, End: text.Len(), Text: text.String()[start:]})
					spans[id] = append(spans[id], span{start, text.Len()})
				}
				turn.End = text.Len()
				turns = append(turns, turn)
			}
			if d >= 30 {
				text.WriteString("Interviewer only.")
			}
			doc := &corpus.Document{ID: id, Path: id, Format: "txt", Hash: id, Text: text.String(), Words: 3}
			if err := tx.PutDocument(doc, turns, segs); err != nil {
				return err
			}
		}
		code := func(doc, coder, code, status, by string, s span) error {
			return tx.InsertCoding(&corpus.Coding{DocID: doc, Start: s.start, End: s.end, Code: code, Coder: coder,
				Origin: "manual", Status: status, SuggestedBy: by})
		}
		for d := range 32 {
			id := fmt.Sprintf("doc%02d", d)
			ss := spans[id]
			if len(ss) == 0 {
				ss = []span{{0, 5}}
			}
			pick := func() span {
				s := ss[rng.IntN(len(ss))]
				if rng.IntN(3) == 0 { // across two units, or part of one
					s.end = ss[len(ss)-1].end
				}
				return s
			}
			for _, c := range []string{"a", "b", "c", "x"} {
				if rng.IntN(2) == 0 {
					if err := code(id, "auto", c, corpus.StatusSuggested, "", pick()); err != nil {
						return err
					}
				}
				if d < 20 && rng.IntN(3) > 0 {
					status := corpus.StatusAccepted
					if rng.IntN(5) == 0 {
						status = corpus.StatusRejected
					}
					by := ""
					if rng.IntN(4) == 0 {
						by = "auto"
					}
					if err := code(id, "alice", c, status, by, pick()); err != nil {
						return err
					}
				}
				if d >= 10 && c != "x" && rng.IntN(2) == 0 {
					if err := code(id, "bob", c, corpus.StatusAccepted, "", pick()); err != nil {
						return err
					}
				}
			}
			if d == 31 {
				if err := code(id, "bob", "y", corpus.StatusAccepted, "", ss[0]); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// agreeByRows is agreement the plain way: every unit of every document,
// every coder's codings, code after code, each row added to the tallies.
func agreeByRows(t *testing.T, st *corpus.Store, coders []string, unit string, asked, leaves []string) (map[string]reliability.Result, reliability.Result, []string) {
	t.Helper()
	ctx := context.Background()
	type u struct {
		doc, id    string
		start, end int
	}
	var units []u
	if unit == analysis.UnitDocument {
		docs, err := st.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			units = append(units, u{d.ID, d.ID, 0, 1 << 30})
		}
	} else {
		err := st.EachSegmentSpan(ctx, func(s corpus.SegmentSpan) error {
			if n := len(units); unit == analysis.UnitTurn && n > 0 && units[n-1].id == fmt.Sprintf("%s/t%d", s.DocID, s.TurnSeq) {
				units[n-1].end = s.End
				return nil
			}
			id := corpus.SegmentKey(s.DocID, s.Seq)
			if unit == analysis.UnitTurn {
				id = fmt.Sprintf("%s/t%d", s.DocID, s.TurnSeq)
			}
			units = append(units, u{s.DocID, id, s.Start, s.End})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	covered := map[string]map[string]bool{}
	codingsOf := map[string][]*corpus.Coding{}
	used := map[string]bool{}
	for _, c := range coders {
		f := corpus.CodingFilter{Coders: []string{c}, Statuses: []string{corpus.StatusAccepted, corpus.StatusSuggested}}
		if corpus.IsSuggester(c) {
			f = corpus.CodingFilter{Suggesters: []string{c}}
		}
		covered[c] = map[string]bool{}
		codingsOf[c] = codings(t, st, f)
		anyCoding := corpus.IsSuggester(c) || !slices.ContainsFunc(codingsOf[c], func(k *corpus.Coding) bool {
			return k.Status == corpus.StatusAccepted && k.SuggestedBy == ""
		})
		for _, k := range codingsOf[c] {
			used[k.Code] = true
			// A person codes an interview by coding in it by hand, not by
			// accepting a suggestion there, unless they coded nothing by
			// hand at all; a suggester, by suggesting.
			if anyCoding || k.Status == corpus.StatusAccepted && k.SuggestedBy == "" {
				covered[c][k.DocID] = true
			}
		}
	}
	codes := asked
	if len(codes) == 0 {
		codes = slices.Clone(leaves)
		var extra []string
		for c := range used {
			if !slices.Contains(leaves, c) {
				extra = append(extra, c)
			}
		}
		slices.Sort(extra)
		codes = append(codes, extra...)
	}
	opts := reliability.Options{Level: reliability.Nominal, Bootstrap: 200, Seed: 5}
	all := reliability.NewBinaryTally(coders)
	perCode := map[string]reliability.Result{}
	var disagreements []string
	for _, code := range codes {
		tally := reliability.NewBinaryTally(coders)
		for _, un := range units {
			row := make([]int8, len(coders))
			for j, c := range coders {
				row[j] = reliability.BinaryMissing
				if covered[c][un.doc] {
					applied := false
					for _, k := range codingsOf[c] {
						applied = applied || (k.DocID == un.doc && k.Code == code && k.Start < un.end && un.start < k.End)
					}
					row[j] = reliability.BinaryCell(true, applied)
				}
			}
			if err := tally.Add(row); err != nil {
				t.Fatal(err)
			}
			if err := all.Add(row); err != nil {
				t.Fatal(err)
			}
			if slices.Contains(row, reliability.BinaryPresent) && slices.Contains(row, reliability.BinaryAbsent) {
				disagreements = append(disagreements, fmt.Sprintf("%s %s %v", code, un.id, row))
			}
		}
		perCode[code] = compute(t, tally, opts)
	}
	return perCode, compute(t, all, opts), disagreements
}

func compute(t *testing.T, tally *reliability.BinaryTally, opts reliability.Options) reliability.Result {
	t.Helper()
	d, err := tally.Data()
	if err != nil {
		t.Fatal(err)
	}
	r, err := reliability.Compute(context.Background(), d, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
