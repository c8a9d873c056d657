package analysis_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

const rulesV1 = `name: t
codes:
  - id: isolation
    label: Isolation
    definition: Loneliness.
    rules:
      - terms: [lonely, "on my own"]
  - id: contact
    label: Contact
    definition: Contact outside hours.
    rules:
      - near: [[rang, phone*], [midnight, night]]
        within: 4
        unless: [football]
`

// tempStore opens an empty store in a temporary directory, closed when
// the test ends.
func tempStore(t *testing.T) *corpus.Store {
	t.Helper()
	st, err := corpus.OpenStore(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func smallStore(t *testing.T) *corpus.Store {
	t.Helper()
	ctx := context.Background()
	st := tempStore(t)
	texts := []string{
		"I was so lonely after the diagnosis, on my own all day.",
		"Naïve me — she rang me at midnight again.",
		"He phoned at night about the football match.",
		"The nurse explained the tablets.",
	}
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		for i, text := range texts {
			id := "d" + string(rune('1'+i))
			n := len([]rune(text))
			doc := &corpus.Document{ID: id, Path: id, Format: "txt", Hash: id, Text: text, Words: 5,
				Attrs: map[string]string{"role": "patient"}}
			if err := tx.PutDocument(doc, []corpus.Turn{{Seq: 1, Speaker: "P", End: n}},
				[]corpus.Segment{{Seq: 1, TurnSeq: 1, End: n, Text: text}}); err != nil {
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

// autoCodedSmallStore is smallStore with the suggestions of rulesV1's
// rules made; it returns the store and the codebook.
func autoCodedSmallStore(t *testing.T) (*corpus.Store, *codebook.Codebook) {
	t.Helper()
	st := smallStore(t)
	cb := parseCB(t, rulesV1)
	if _, err := analysis.AutoCode(context.Background(), st, cb, nil, analysis.AutoOptions{}); err != nil {
		t.Fatal(err)
	}
	return st, cb
}

// replaceDocument replaces document id of smallStore, as ingest --replace
// does, by one of a single turn of text by speaker: a participant's turn
// is one segment, the interviewer's none.
func replaceDocument(t *testing.T, st *corpus.Store, id, speaker, text string) {
	t.Helper()
	n := len([]rune(text))
	turn := corpus.Turn{Seq: 1, Speaker: speaker, Interviewer: speaker == "Interviewer", End: n}
	var segs []corpus.Segment
	if !turn.Interviewer {
		segs = []corpus.Segment{{Seq: 1, TurnSeq: 1, End: n, Text: text}}
	}
	err := st.Tx(context.Background(), func(tx *corpus.Tx) error {
		if err := tx.DeleteDocument(id); err != nil {
			return err
		}
		return tx.PutDocument(&corpus.Document{ID: id, Path: id, Format: "txt", Hash: id + "b", Text: text, Words: 6,
			Attrs: map[string]string{"role": "patient"}}, []corpus.Turn{turn}, segs)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// autoCodeAllChangesNothing runs the rules over every document (--all) of
// a smallStore whose suggestions are up to date: it must read all four and
// change no suggestion.
func autoCodeAllChangesNothing(t *testing.T, st *corpus.Store, cb *codebook.Codebook) *analysis.AutoResult {
	t.Helper()
	res, err := analysis.AutoCode(context.Background(), st, cb, nil, analysis.AutoOptions{All: true})
	if err != nil || res.Documents != 4 {
		t.Fatalf("--all: %+v, %v; want all 4 documents read", res, err)
	}
	if added, removed := res.Total(); added != 0 || removed != 0 {
		t.Errorf("--all on a coded project changed %d/%d suggestions", added, removed)
	}
	return res
}

func parseCB(t *testing.T, y string) *codebook.Codebook {
	t.Helper()
	cb, err := codebook.Parse("codebook.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return cb
}

func codings(t *testing.T, st *corpus.Store, f corpus.CodingFilter) []*corpus.Coding {
	t.Helper()
	cs, err := st.Codings(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func TestAutoCode(t *testing.T) {
	ctx := context.Background()
	st := smallStore(t)
	cb := parseCB(t, rulesV1)

	// A dry run writes nothing.
	res, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 2 || res.Changes[0].Added != 1 || res.Changes[1].Added != 1 {
		t.Fatalf("dry run changes = %+v", res.Changes)
	}
	if n := len(codings(t, st, corpus.CodingFilter{})); n != 0 {
		t.Fatalf("dry run wrote %d codings", n)
	}

	// The real run: "unless" vetoes the football sentence.
	if _, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{}); err != nil {
		t.Fatal(err)
	}
	auto := codings(t, st, corpus.CodingFilter{Coders: []string{"auto"}})
	if len(auto) != 2 {
		t.Fatalf("auto codings = %d, want 2 (d1 isolation, d2 contact)", len(auto))
	}
	for _, c := range auto {
		if c.Status != corpus.StatusSuggested || c.Origin != corpus.OriginRule || c.Rule == "" || c.Evidence == "" {
			t.Errorf("auto coding lacks status, origin, rule or evidence: %+v", c)
		}
		// Each document is one segment here, so the quote is its whole text.
		if d, err := st.Document(ctx, c.DocID); err != nil || c.Quote != d.Text {
			t.Errorf("auto coding of %s quotes %q, want the segment's text (%v)", c.DocID, c.Quote, err)
		}
		if c.DocID == "d3" {
			t.Error("the unless veto did not stop the football sentence")
		}
	}

	// A person codes d4 and rejects the isolation suggestion on d1.
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		if err := tx.InsertCoding(&corpus.Coding{DocID: "d4", Start: 0, End: 9, Code: "isolation", Coder: "alice",
			Origin: corpus.OriginManual, Quote: "The nurse"}); err != nil {
			return err
		}
		for _, c := range auto {
			if c.Code == "isolation" {
				c.Status = corpus.StatusRejected
				return tx.UpdateCoding(c)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// Unchanged rules: nothing to do.
	res, err = analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{})
	if err != nil || len(res.Changes) != 0 {
		t.Fatalf("re-run with unchanged rules: %+v, %v", res, err)
	}

	// Edit only the contact rules: only contact is re-coded.
	cb2 := parseCB(t, strings.Replace(rulesV1, "within: 4", "within: 8", 1))
	res, err = analysis.AutoCode(ctx, st, cb2, nil, analysis.AutoOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 1 || res.Changes[0].Code != "contact" || res.Changes[0].Reason != "rules changed" || res.Changes[0].Kept != 1 {
		t.Fatalf("changes after editing contact = %+v", res.Changes)
	}

	// Re-coding isolation on demand does not re-suggest the rejection, and
	// the human coding is untouched.
	res, err = analysis.AutoCode(ctx, st, cb2, nil, analysis.AutoOptions{Codes: []string{"isolation"}})
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Changes[0]; c.Added != 0 || c.Skipped != 1 {
		t.Errorf("re-coding isolation: %+v, want the rejected suggestion skipped", c)
	}
	if n := len(codings(t, st, corpus.CodingFilter{Coders: []string{"alice"}})); n != 1 {
		t.Errorf("human codings = %d, want 1", n)
	}
	if n := len(codings(t, st, corpus.CodingFilter{Statuses: []string{corpus.StatusRejected}})); n != 1 {
		t.Errorf("the rejection was not kept: %d rejected codings", n)
	}

	// Removing a code's rules removes its pending suggestions only.
	cb3 := parseCB(t, rulesV1[:strings.Index(rulesV1, "    rules:\n      - near")])
	res, err = analysis.AutoCode(ctx, st, cb3, nil, analysis.AutoOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 1 || res.Changes[0].Reason != "rules removed" || res.Changes[0].Removed != 1 {
		t.Errorf("after removing contact's rules: %+v", res.Changes)
	}

	// An unknown code is an error naming the codebook.
	if _, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{Codes: []string{"nope"}}); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("unknown --code: err = %v", err)
	}
}

// TestAutoCodeIsIncremental: after a document is replaced (ingest
// --replace, redaction), a plain run codes exactly that document, with
// every code; a run with nothing new reads nothing; --all reads all.
func TestAutoCodeIsIncremental(t *testing.T) {
	ctx := context.Background()
	st := smallStore(t)
	cb := parseCB(t, rulesV1)
	res, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{})
	if err != nil || res.Documents != 4 || res.Changed != 4 {
		t.Fatalf("first run: %+v, %v; want all 4 documents read, all changed", res, err)
	}
	res, err = analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{})
	if err != nil || res.Documents != 0 || len(res.Changes) != 0 {
		t.Fatalf("nothing changed: %+v, %v; want nothing read", res, err)
	}
	// d4 is replaced by a text that the rules code.
	replaceDocument(t, st, "d4", "P", "Lonely, and he rang at midnight.")
	res, err = analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{})
	if err != nil {
		t.Fatal(err)
	}
	added, _ := res.Total()
	if res.Documents != 1 || res.Changed != 1 || added != 2 {
		t.Errorf("after replacing d4: %+v; want 1 document read, 2 suggestions added (isolation, contact)", res)
	}
	if n := len(codings(t, st, corpus.CodingFilter{DocIDs: []string{"d4"}, Coders: []string{"auto"}})); n != 2 {
		t.Errorf("d4 has %d auto codings, want 2", n)
	}
	autoCodeAllChangesNothing(t, st, cb)
}

// TestAutoCodeDocumentWithoutSegments: a document replaced by one with no
// participant segment (the middle one of the listing, between documents
// the run does not read) loses its stale suggestions, and the others
// keep theirs; a full run reads it too.
func TestAutoCodeDocumentWithoutSegments(t *testing.T) {
	ctx := context.Background()
	st, cb := autoCodedSmallStore(t)
	before := len(codings(t, st, corpus.CodingFilter{Coders: []string{"auto"}}))
	if n := len(codings(t, st, corpus.CodingFilter{DocIDs: []string{"d2"}, Coders: []string{"auto"}})); n != 1 {
		t.Fatalf("d2 has %d auto codings after the first run, want 1 (contact)", n)
	}
	replaceDocument(t, st, "d2", "Interviewer", "Interviewer: Did she ring at midnight?")
	res, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if added, removed := res.Total(); res.Documents != 1 || res.Segments != 0 || added != 0 || removed != 1 {
		t.Errorf("after d2 lost its participant: %+v (+%d -%d); want d2 alone read, its one suggestion removed", res, added, removed)
	}
	if n := len(codings(t, st, corpus.CodingFilter{Coders: []string{"auto"}})); n != before-1 {
		t.Errorf("%d auto codings left, want %d", n, before-1)
	}
	if res := autoCodeAllChangesNothing(t, st, cb); res.Segments != 3 {
		t.Errorf("--all read %d segments, want 3", res.Segments)
	}
}

// TestAcceptedSuggestionIsOneCoding: accepting a suggestion makes it the
// reviewer's coding (one, with its provenance), and the rules do not
// suggest it again.
func TestAcceptedSuggestionIsOneCoding(t *testing.T) {
	ctx := context.Background()
	st, cb := autoCodedSmallStore(t)
	sug := codings(t, st, corpus.CodingFilter{Coders: []string{"auto"}, Codes: []string{"isolation"}})[0]
	err := st.Tx(ctx, func(tx *corpus.Tx) error { _, err := tx.Accept(sug, "alice"); return err })
	if err != nil {
		t.Fatal(err)
	}
	all := codings(t, st, corpus.CodingFilter{DocIDs: []string{sug.DocID}, Codes: []string{"isolation"}})
	if len(all) != 1 || all[0].Coder != "alice" || all[0].Status != corpus.StatusAccepted || all[0].SuggestedBy != "auto" || all[0].Rule == "" {
		t.Fatalf("after accepting: %+v; want one coding, alice's, accepted, suggested by auto with its rule", all)
	}
	res, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if added, _ := res.Total(); added != 0 {
		t.Errorf("a re-run suggested %d codings again", added)
	}
	if n := len(codings(t, st, corpus.CodingFilter{DocIDs: []string{sug.DocID}, Codes: []string{"isolation"}})); n != 1 {
		t.Errorf("%d codings after the re-run, want 1", n)
	}
}
