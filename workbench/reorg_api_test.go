package workbench

import (
	"context"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/internal/textdiff"
	"github.com/groundwork-qda/groundwork/reorg"
)

// code codes the first occurrence of quote in doc for c's coder and
// returns the coding.
func (c *client) code(doc, quote, code string) codingJSON {
	c.f.t.Helper()
	d, err := c.f.st.Document(context.Background(), doc)
	if err != nil {
		c.f.t.Fatal(err)
	}
	s, e := runeSpan(c.f.t, d.Text, quote)
	var got codingJSON
	c.json("POST", "/api/codings", map[string]any{"document": doc, "start": s, "end": e, "code": code}, 201, &got)
	return got
}

func (f *fixture) codebookText() string {
	f.t.Helper()
	b, err := os.ReadFile(f.proj.CodebookPath())
	if err != nil {
		f.t.Fatal(err)
	}
	return string(b)
}

func (f *fixture) loadCodebook() *codebook.Codebook {
	f.t.Helper()
	cb, err := codebook.Load(f.proj.CodebookPath())
	if err != nil {
		f.t.Fatal(err)
	}
	return cb
}

func TestNewCodeWhileCoding(t *testing.T) {
	f := newFixture(t)
	alice := f.client("alice")
	before := f.codebookText()

	// A dry run says what would happen and changes nothing.
	var dry reorgAnswer
	alice.json("POST", "/api/codebook/codes", map[string]any{"label": "ring me late at night", "dry_run": true}, 200, &dry)
	if !dry.Result.DryRun || dry.ID != "ring_me_late_at_night" || !strings.Contains(dry.Result.Summary, "added code ring_me_late_at_night") {
		t.Fatalf("dry run = %+v", dry)
	}
	if f.codebookText() != before {
		t.Fatal("a dry run changed the codebook")
	}

	// An in-vivo code: the id is made from the words, the label keeps them,
	// the definition waits, and a top-level code gets a colour of its own.
	var made reorgAnswer
	alice.json("POST", "/api/codebook/codes", map[string]any{"label": "  ring me\nlate at night "}, 201, &made)
	if made.Code == nil || made.Code.ID != "ring_me_late_at_night" || made.Code.Label != "ring me late at night" ||
		made.Code.Definition != reorg.ToBeDefined || made.Code.Parent != "" {
		t.Fatalf("made %+v", made.Code)
	}
	if made.Code.Colour == "#757575" || made.Hash == "" {
		t.Errorf("a new top-level code has no colour of its own: %+v", made)
	}
	coding := alice.code("acc-01", "ring me late at night", made.Code.ID)
	if coding.Code != "ring_me_late_at_night" {
		t.Errorf("coded %+v", coding)
	}
	// Under a parent: the id follows the parent's; a taken id is numbered.
	alice.json("POST", "/api/codebook/codes", map[string]any{"label": "Peer contact", "parent": "benefits"}, 201, &made)
	if made.Code.ID != "benefits.peer_contact" || made.Code.Parent != "benefits" {
		t.Errorf("under a parent: %+v", made.Code)
	}
	alice.json("POST", "/api/codebook/codes", map[string]any{"label": "Peer contact!", "parent": "benefits"}, 201, &made)
	if made.Code.ID != "benefits.peer_contact_2" {
		t.Errorf("a second code of the same name: %+v", made.Code)
	}
	// The file changed only by the new codes: every line of it is kept.
	after := f.codebookText()
	removed, added := textdiff.Lines(before, after)
	if len(removed) != 0 || len(added) == 0 {
		t.Errorf("adding codes removed %q", removed)
	}

	// Refused: no label, an unknown parent, an invalid id, no coder.
	var e struct{ Error string }
	alice.json("POST", "/api/codebook/codes", map[string]any{"label": "  "}, 400, &e)
	alice.json("POST", "/api/codebook/codes", map[string]any{"label": "x", "parent": "benefts"}, 422, &e)
	if !strings.Contains(e.Error, "did you mean benefits") {
		t.Errorf("unknown parent: %q", e.Error)
	}
	alice.json("POST", "/api/codebook/codes", map[string]any{"label": "x", "id": "has space"}, 422, nil)
	alice.json("POST", "/api/codebook/codes", map[string]any{"label": strings.Repeat("x", 201)}, 400, nil)
	f.client("").json("POST", "/api/codebook/codes", map[string]any{"label": "x"}, 403, nil)
	if f.codebookText() != after {
		t.Error("a refused code changed the codebook")
	}
}

func TestNewCodeID(t *testing.T) {
	cb, err := codebook.Parse("t.yaml", []byte("codes:\n  - id: lonely\n    definition: d\n  - id: a\n    definition: d\n    children:\n      - id: a.b\n        definition: d\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ label, parent, want string }{
		{"Lonely", "", "lonely_2"},
		{"Ring me late at night", "", "ring_me_late_at_night"},
		{"Très bien — vraiment", "", "très_bien_vraiment"},
		{"b", "a", "a.b_2"},
		{"😀!!", "", "code"},
		{"one two three four five six seven eight nine ten", "", "one_two_three_four_five_six"},
		{strings.Repeat("x", 50), "", strings.Repeat("x", 32)},
	} {
		if got := newCodeID(cb, tc.label, tc.parent); got != tc.want {
			t.Errorf("newCodeID(%q, %q) = %q, want %q", tc.label, tc.parent, got, tc.want)
		}
	}
}

// reorgFixture is a project with codings by alice and bob to reorganise.
func reorgFixture(t *testing.T) (*fixture, *client, map[string]codingJSON) {
	f := newFixture(t)
	alice, bob := f.client("alice"), f.client("bob")
	cs := map[string]codingJSON{
		"a-lonely":  alice.code("acc-01", "I felt less alone after that.", "isolation.reduced"),
		"a-night":   alice.code("acc-01", "ring me late at night", "boundaries.personal_contact"),
		"b-night":   bob.code("acc-01", "ring me late at night", "boundaries.personal_contact"),
		"a-chart":   alice.code("acc-01", "keep a little chart on the fridge", "benefits.informational"),
		"b-listen":  bob.code("od-01", "I listen, mostly.", "isolation.reduced"),
		"a-alone-2": alice.code("od-01", "People ring me when they feel alone", "isolation.reduced"),
	}
	return f, alice, cs
}

func TestReorganiseThroughTheAPI(t *testing.T) {
	f, alice, cs := reorgFixture(t)
	ctx := context.Background()
	codeOf := func(id int64) string {
		c, err := f.st.Coding(ctx, id)
		if err != nil {
			t.Fatalf("coding %d: %v", id, err)
		}
		return c.Code
	}
	var info codeInfoJSON
	alice.json("GET", "/api/codebook/codes/isolation.reduced", nil, 200, &info)
	if info.Total != 3 || info.Codings["accepted"] != 3 {
		t.Errorf("code info = %+v", info)
	}
	alice.json("GET", "/api/codebook/codes/isolation", nil, 200, &info)
	if info.Total != 0 || info.Below != 3 || len(info.Children) != 2 {
		t.Errorf("parent's info = %+v", info)
	}

	cases := []struct {
		name, path string
		body       map[string]any
		summary    string // the dry run's and the change's
		check      func()
	}{
		{"rename", "/api/codebook/codes/boundaries.personal_contact/rename", map[string]any{"to": "boundaries.late_calls"},
			"renamed boundaries.personal_contact to boundaries.late_calls (2 codings, 0 memos)", func() {
				if codeOf(cs["a-night"].ID) != "boundaries.late_calls" || codeOf(cs["b-night"].ID) != "boundaries.late_calls" {
					t.Error("the codings did not follow the rename")
				}
			}},
		{"move", "/api/codebook/codes/boundaries.late_calls/move", map[string]any{"parent": "isolation"},
			"moved boundaries.late_calls under isolation", func() {
				if c, _ := f.loadCodebook().Code("boundaries.late_calls"); c == nil || c.ParentID != "isolation" {
					t.Error("not moved")
				}
			}},
		{"merge", "/api/codebook/codes/boundaries.late_calls/merge", map[string]any{"into": "isolation.reduced"},
			"merged boundaries.late_calls into isolation.reduced (2 codings recoded, 0 codings dropped as doubles, 0 memos)", func() {
				if codeOf(cs["a-night"].ID) != "isolation.reduced" {
					t.Error("the codings did not follow the merge")
				}
			}},
		{"split", "/api/codebook/codes/isolation.reduced/split", map[string]any{"label": "Phone calls", "codings": []int64{cs["a-night"].ID, cs["b-night"].ID}},
			"split isolation.phone_calls off isolation.reduced (2 codings)", func() {
				if codeOf(cs["b-night"].ID) != "isolation.phone_calls" || codeOf(cs["a-lonely"].ID) != "isolation.reduced" {
					t.Error("the split moved the wrong codings")
				}
			}},
		{"delete", "/api/codebook/codes/isolation.phone_calls/delete", map[string]any{"move_codings_to": "isolation.experienced"},
			"deleted isolation.phone_calls (2 codings moved to isolation.experienced)", func() {
				if _, ok := f.loadCodebook().Code("isolation.phone_calls"); ok || codeOf(cs["a-night"].ID) != "isolation.experienced" {
					t.Error("not deleted, or the codings not moved")
				}
			}},
	}
	for _, tc := range cases {
		before := f.codebookText()
		dryBody := map[string]any{"dry_run": true}
		for k, v := range tc.body {
			dryBody[k] = v
		}
		var dry, done reorgAnswer
		alice.json("POST", tc.path, dryBody, 200, &dry)
		if !dry.Result.DryRun || dry.Result.Summary != tc.summary {
			t.Errorf("%s: dry run says %q, want %q", tc.name, dry.Result.Summary, tc.summary)
		}
		if f.codebookText() != before {
			t.Fatalf("%s: the dry run changed the codebook", tc.name)
		}
		alice.json("POST", tc.path, tc.body, 200, &done)
		if done.Result.DryRun || done.Result.Summary != tc.summary || done.Hash == "" {
			t.Errorf("%s: did %+v", tc.name, done.Result)
		}
		tc.check()
	}

	// Refusals say why, and change nothing.
	before := f.codebookText()
	var e struct{ Error string }
	alice.json("POST", "/api/codebook/codes/isolation.reduced/delete", map[string]any{}, 422, &e)
	if !strings.Contains(e.Error, "has 3 codings") {
		t.Errorf("deleting a code with codings: %q", e.Error)
	}
	alice.json("POST", "/api/codebook/codes/isolation/delete", map[string]any{"drop_codings": true}, 422, &e)
	if !strings.Contains(e.Error, "has codes under it") {
		t.Errorf("deleting a code with children: %q", e.Error)
	}
	alice.json("POST", "/api/codebook/codes/isolation/merge", map[string]any{"into": "isolation.reduced"}, 422, nil)
	alice.json("POST", "/api/codebook/codes/isolation/move", map[string]any{}, 400, nil)
	alice.json("POST", "/api/codebook/codes/isolation/rename", map[string]any{"to": "benefits"}, 422, nil)
	alice.json("POST", "/api/codebook/codes/nope/rename", map[string]any{"to": "x"}, 422, nil)
	alice.json("POST", "/api/codebook/codes/isolation/frobnicate", map[string]any{}, 404, nil)
	alice.json("POST", "/api/codebook/codes/isolation/delete", map[string]any{"drop_codings": true, "move_codings_to": "benefits"}, 400, nil)
	alice.json("POST", "/api/codebook/codes/isolation/rename", map[string]any{"to": "x", "extra": 1}, 400, nil)
	alice.json("GET", "/api/codebook/codes/nope", nil, 404, nil)
	if f.codebookText() != before {
		t.Error("a refused change changed the codebook")
	}
	// Dropping the codings removes them.
	alice.json("POST", "/api/codebook/codes/isolation.reduced/delete", map[string]any{"drop_codings": true}, 200, nil)
	if _, err := f.st.Coding(ctx, cs["b-listen"].ID); err == nil {
		t.Error("the codings were not dropped")
	}
}

// TestWritesNeedCSRF holds every new write of the workbench to the CSRF
// check and to a coder.
func TestWritesNeedCSRF(t *testing.T) {
	f := newFixture(t)
	c := f.client("alice")
	anon := f.client("")
	writes := []struct{ method, path, body string }{
		{"POST", "/api/codebook/codes", `{"label":"x"}`},
		{"POST", "/api/codebook/codes/benefits/rename", `{"to":"x"}`},
		{"POST", "/api/codebook/codes/benefits/move", `{"parent":""}`},
		{"POST", "/api/codebook/codes/benefits/merge", `{"into":"isolation"}`},
		{"POST", "/api/codebook/codes/benefits/split", `{"label":"x","quote":"a"}`},
		{"POST", "/api/codebook/codes/benefits/delete", `{}`},
		{"POST", "/api/undo", `{}`},
		{"POST", "/api/redo", `{}`},
		{"POST", "/api/memos", `{"kind":"project","text":"x"}`},
		{"PATCH", "/api/memos/1", `{"text":"x"}`},
		{"DELETE", "/api/memos/1", ``},
		{"POST", "/api/suggestions/1/restore", ``},
	}
	for _, w := range writes {
		res, text := c.do(w.method, w.path, strings.NewReader(w.body), map[string]string{csrfHeader: ""})
		if res.StatusCode != http.StatusForbidden || !strings.Contains(text, "CSRF") {
			t.Errorf("%s %s without the CSRF token: %d %s", w.method, w.path, res.StatusCode, text)
		}
		res, text = anon.do(w.method, w.path, strings.NewReader(w.body), nil)
		if res.StatusCode != http.StatusForbidden || !strings.Contains(text, "who is coding") {
			t.Errorf("%s %s without a coder: %d %s", w.method, w.path, res.StatusCode, text)
		}
	}
	if cb := f.loadCodebook(); len(cb.Codes()) == 0 {
		t.Fatal("no codebook")
	}
	if n, _ := f.st.History(context.Background(), corpus.HistoryFilter{}); len(n) != 0 {
		t.Errorf("refused writes left %d events", len(n))
	}
}
