package workbench

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/internal/textdiff"
)

type replayAnswer struct {
	Events []corpus.Event
	DryRun bool `json:"dry_run"`
}

// snapshot is what a test compares before and after undoing: the codings
// (every field people see), the memos and the codebook file.
func (f *fixture) snapshot() string {
	f.t.Helper()
	ctx := context.Background()
	var b strings.Builder
	for _, orphans := range []bool{false, true} {
		cs, err := f.st.Codings(ctx, corpus.CodingFilter{Orphans: orphans})
		if err != nil {
			f.t.Fatal(err)
		}
		for _, c := range cs {
			fmt.Fprintf(&b, "coding %d %s %d-%d %s %s %s %s %s\n", c.ID, c.DocID, c.Start, c.End, c.Code, c.Coder, c.Status, c.SuggestedBy, c.Quote)
		}
	}
	ms, err := f.st.Memos(ctx, "", "")
	if err != nil {
		f.t.Fatal(err)
	}
	for _, m := range ms {
		fmt.Fprintf(&b, "memo %d %s %s %s %s\n", m.ID, m.TargetKind, m.Target, m.Author, m.Text)
	}
	return b.String() + f.codebookText()
}

// suggest stores auto-coder suggestions of quotes in acc-01.
func (f *fixture) suggest(code string, quotes ...string) []int64 {
	f.t.Helper()
	ctx := context.Background()
	doc, _ := f.st.Document(ctx, "acc-01")
	var ids []int64
	err := f.st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, q := range quotes {
			s, e := runeSpan(f.t, doc.Text, q)
			c := &corpus.Coding{DocID: "acc-01", Start: s, End: e, Code: code, Coder: corpus.AutoCoder, Origin: corpus.OriginRule,
				Status: corpus.StatusSuggested, Rule: code + "/1", Quote: q}
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
			ids = append(ids, c.ID)
		}
		return nil
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return ids
}

// TestUndoEveryKindOfChange makes one change of each kind the workbench
// makes, then undoes them one by one, each undo giving back exactly the
// state before its change; then redoes them all.
func TestUndoEveryKindOfChange(t *testing.T) {
	f := newFixture(t)
	sug := f.suggest("isolation.reduced", "I felt less alone after that.", "We met at the café every week", "keep a little chart")
	alice := f.client("alice")
	var made codingJSON
	steps := []struct {
		name string
		do   func()
	}{
		{"code", func() { made = alice.code("acc-01", "ring me late at night", "boundaries.personal_contact") }},
		{"recode", func() {
			alice.json("PATCH", fmt.Sprintf("/api/codings/%d", made.ID), map[string]any{"code": "boundaries"}, 200, nil)
		}},
		{"memo on a coding", func() {
			alice.json("POST", fmt.Sprintf("/api/codings/%d/memos", made.ID), map[string]any{"text": "late calls"}, 201, nil)
		}},
		{"memo on a code", func() {
			alice.json("POST", "/api/memos", map[string]any{"kind": "code", "target": "boundaries", "text": "blurred lines"}, 201, nil)
		}},
		{"accept", func() { alice.json("POST", fmt.Sprintf("/api/suggestions/%d/accept", sug[0]), nil, 200, nil) }},
		{"reject", func() { alice.json("POST", fmt.Sprintf("/api/suggestions/%d/reject", sug[1]), nil, 200, nil) }},
		{"recode a suggestion", func() {
			alice.json("POST", fmt.Sprintf("/api/suggestions/%d/recode", sug[2]), map[string]any{"code": "benefits.informational"}, 200, nil)
		}},
		{"restore", func() { alice.json("POST", fmt.Sprintf("/api/suggestions/%d/restore", sug[1]), nil, 200, nil) }},
		{"edit a definition", func() {
			alice.json("PUT", "/api/codebook/codes/boundaries", map[string]any{"definition": "Where the role ends."}, 200, nil)
		}},
		{"add a code", func() { alice.json("POST", "/api/codebook/codes", map[string]any{"label": "Late calls"}, 201, nil) }},
		{"delete the coding", func() { alice.json("DELETE", fmt.Sprintf("/api/codings/%d", made.ID), nil, 204, nil) }},
	}
	states := []string{f.snapshot()}
	for _, s := range steps {
		s.do()
		states = append(states, f.snapshot())
		if states[len(states)-1] == states[len(states)-2] {
			t.Fatalf("%s changed nothing", s.name)
		}
	}
	// A dry run says what would be undone and changes nothing.
	var ans replayAnswer
	alice.json("POST", "/api/undo", map[string]any{"dry_run": true}, 200, &ans)
	if len(ans.Events) != 1 || !ans.DryRun || f.snapshot() != states[len(steps)] {
		t.Fatalf("dry run: %+v", ans)
	}
	for i := len(steps) - 1; i >= 0; i-- {
		alice.json("POST", "/api/undo", nil, 200, &ans)
		if len(ans.Events) != 1 || ans.Events[0].Actor != "alice" {
			t.Fatalf("undoing %s: %+v", steps[i].name, ans)
		}
		if got := f.snapshot(); got != states[i] {
			t.Fatalf("undoing %s did not restore the state before it:\n%s", steps[i].name, textdiff.First(states[i], got))
		}
	}
	var e struct{ Error string }
	alice.json("POST", "/api/undo", nil, 409, &e)
	if !strings.Contains(e.Error, "nothing of yours") {
		t.Errorf("nothing to undo: %q", e.Error)
	}
	for i := range steps {
		alice.json("POST", "/api/redo", nil, 200, &ans)
		if got := f.snapshot(); got != states[i+1] {
			t.Fatalf("redoing %s did not make its change again:\n%s", steps[i].name, textdiff.First(states[i+1], got))
		}
	}
	alice.json("POST", "/api/redo", nil, 409, nil)
	// Several at once (deleting the coding and adding a code).
	alice.json("POST", "/api/undo", map[string]any{"last": 2}, 200, &ans)
	if len(ans.Events) != 2 || f.snapshot() != states[len(steps)-2] {
		t.Errorf("undoing 2: %d events", len(ans.Events))
	}
	alice.json("POST", "/api/undo", map[string]any{"last": 1000}, 400, nil)
}

// TestUndoAfterAnotherCoder: an undo that would overwrite what another
// coder changed since is refused, saying who, and changes nothing.
func TestUndoAfterAnotherCoder(t *testing.T) {
	f := newFixture(t)
	alice, bob := f.client("alice"), f.client("bob")
	mine := alice.code("acc-01", "ring me late at night", "boundaries.personal_contact")
	// Bob renames the code: alice's coding follows, in bob's event.
	bob.json("POST", "/api/codebook/codes/boundaries.personal_contact/rename", map[string]any{"to": "boundaries.late_calls"}, 200, nil)
	before := f.snapshot()
	var e struct{ Error string }
	alice.json("POST", "/api/undo", nil, 409, &e)
	if !strings.Contains(e.Error, fmt.Sprintf("coding %d was changed after it by bob", mine.ID)) || !strings.Contains(e.Error, "Nothing was changed") {
		t.Errorf("the refusal does not say who changed it: %q", e.Error)
	}
	if f.snapshot() != before {
		t.Error("a refused undo changed something")
	}
	// Bob's undo is his own to make; then alice's goes through.
	bob.json("POST", "/api/undo", nil, 200, nil)
	alice.json("POST", "/api/undo", nil, 200, nil)
	if _, err := f.st.Coding(context.Background(), mine.ID); err == nil {
		t.Error("alice's coding is still there after her undo")
	}
}

func TestRestoreARejectedSuggestion(t *testing.T) {
	f := newFixture(t)
	ids := f.suggest("isolation.reduced", "I felt less alone after that.")
	alice := f.client("alice")
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/restore", ids[0]), nil, 409, nil) // not rejected
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/reject", ids[0]), nil, 200, nil)
	var q suggestionJSON
	alice.json("GET", "/api/suggestions", nil, 200, &q)
	if q.Left != 0 {
		t.Fatalf("after rejecting, %d left", q.Left)
	}
	// The transcript with rejected suggestions offers to restore it.
	page := alice.get("/doc/acc-01?rejected=1", 200)
	if !regexp.MustCompile(fmt.Sprintf(`(?s)data-id="%d".*?data-act="restore"`, ids[0])).MatchString(page) {
		t.Error("the rejected suggestion's chip has no restore button")
	}
	var ans map[string]codingJSON
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/restore", ids[0]), nil, 200, &ans)
	if ans["suggestion"].Status != corpus.StatusSuggested || ans["suggestion"].Coder != corpus.AutoCoder {
		t.Errorf("restored: %+v", ans)
	}
	alice.json("GET", "/api/suggestions", nil, 200, &q)
	if q.Left != 1 || q.Suggestion == nil || q.Suggestion.ID != ids[0] {
		t.Errorf("the restored suggestion is not back in the queue: %+v", q)
	}
	mine := alice.code("acc-01", "ring me late at night", "boundaries")
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/restore", mine.ID), nil, 409, nil) // a person's coding
}

// TestAcceptedSuggestionIsOneCoding: accepting makes one coding, so the
// margin shows one chip and the counts count it once.
func TestAcceptedSuggestionIsOneCoding(t *testing.T) {
	f := newFixture(t)
	ids := f.suggest("isolation.reduced", "I felt less alone after that.")
	alice := f.client("alice")
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/accept", ids[0]), nil, 200, nil)
	page := alice.get("/doc/acc-01", 200)
	chips := regexp.MustCompile(`<li class="chip [^"]*" data-id="\d+" data-code="isolation.reduced"`).FindAllString(page, -1)
	if len(chips) != 1 || !strings.Contains(page, "from auto") {
		t.Errorf("the margin shows %d chips for one accepted suggestion (want 1, marked from auto)", len(chips))
	}
	if !strings.Contains(page, `<dt>codings</dt><dd>1</dd>`) {
		t.Error("the transcript counts the accepted suggestion twice")
	}
	cb := alice.get("/codebook", 200)
	if !regexp.MustCompile(`(?s)id="isolation.reduced".*?class="total"[^>]*><b>1</b>`).MatchString(cb) {
		t.Error("the codebook counts the accepted suggestion other than once")
	}
}

// TestInterviewerWordsAreNotCoded: a selection that starts in an
// interviewer's question starts at the participant's words; one with no
// participant's words is refused.
func TestInterviewerWordsAreNotCoded(t *testing.T) {
	f := newFixture(t)
	alice := f.client("alice")
	doc, _ := f.st.Document(context.Background(), "acc-01")
	span := func(from, to string) (int, int) {
		s, _ := utf16Span(t, doc.Text, from)
		_, e := utf16Span(t, doc.Text, to)
		return s, e
	}
	cases := []struct {
		name, from, to, want string
		status               int
		trimmed              bool
	}{
		{"starts in a question", "about the café.", "Le café était", "Le café était", 201, true},
		{"ends in a question", "I felt less alone", "And then?", "I felt less alone after that.", 201, true},
		{"across a question", "after that.", "We met", "after that.\n\nInterviewer: And then? <script>alert(1)</script>\n\nParticipant: We met", 201, false},
		{"participant only", "Le café", "très bon", "Le café était très bon", 201, false},
		{"only a question", "Tell me", "the café.", "", 422, false},
	}
	for _, tc := range cases {
		s, e := span(tc.from, tc.to)
		var got codingJSON
		var fail struct{ Error string }
		out := any(&got)
		if tc.status != 201 {
			out = &fail
		}
		alice.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": s, "end": e, "units": "utf16", "code": "benefits"}, tc.status, out)
		if tc.status != 201 {
			if !strings.Contains(fail.Error, "interviewer turns are not coded") {
				t.Errorf("%s: %q", tc.name, fail.Error)
			}
			continue
		}
		if got.Quote != tc.want || got.Trimmed != tc.trimmed {
			t.Errorf("%s: coded %q (trimmed %v), want %q (trimmed %v)", tc.name, got.Quote, got.Trimmed, tc.want, tc.trimmed)
		}
	}
}

func TestParticipantSpan(t *testing.T) {
	turns := []corpus.Turn{{Start: 0, End: 10, Interviewer: true}, {Start: 12, End: 30}, {Start: 32, End: 40, Interviewer: true}, {Start: 42, End: 60}}
	for _, tc := range []struct{ s, e, ws, we int }{
		{0, 20, 12, 20}, {5, 35, 12, 30}, {14, 50, 14, 50}, {31, 45, 42, 45}, {0, 60, 12, 60},
		{0, 10, -1, -1}, {33, 41, -1, -1}, {30, 32, -1, -1},
	} {
		s, e, ok := participantSpan(turns, tc.s, tc.e)
		if ok != (tc.ws >= 0) || ok && (s != tc.ws || e != tc.we) {
			t.Errorf("participantSpan(%d, %d) = %d, %d, %v; want %d, %d", tc.s, tc.e, s, e, ok, tc.ws, tc.we)
		}
	}
	if s, e, ok := participantSpan(nil, 3, 9); !ok || s != 3 || e != 9 {
		t.Error("a document without turns loses its span")
	}
}

func TestHistoryPageAndAPI(t *testing.T) {
	f := newFixture(t)
	alice, bob := f.client("alice"), f.client("bob")
	alice.code("acc-01", "ring me late at night", "boundaries")
	bob.code("od-01", "I listen, mostly.", "isolation.reduced")
	alice.json("POST", "/api/undo", nil, 200, nil)
	var events []corpus.Event
	alice.json("GET", "/api/history", nil, 200, &events)
	if len(events) != 2 || events[0].Actor != "bob" || events[1].UndoneAt == nil || events[1].UndoneBy != "alice" {
		t.Fatalf("history = %+v", events)
	}
	alice.json("GET", "/api/history?coder=bob&code=isolation.reduced&limit=5", nil, 200, &events)
	if len(events) != 1 {
		t.Errorf("filtered history: %d events", len(events))
	}
	alice.json("GET", "/api/history?limit=0", nil, 400, nil)
	page := alice.get("/history", 200)
	for _, want := range []string{"coded acc-01", "undone by alice", `<tr class="undone mine"`, `href="/code/isolation.reduced"`, `data-act="redo">Redo: coded acc-01`} {
		if !strings.Contains(page, want) {
			t.Errorf("history page lacks %s", want)
		}
	}
	// Every page's Undo says what it would undo.
	if page := bob.get("/", 200); !strings.Contains(page, `title="Undo (Ctrl+Z): coded od-01`) {
		t.Error("the Undo button does not say what it undoes")
	}
}
