package workbench

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

// count counts the passages (articles) on a code or compare page.
func countPassages(page string) int { return strings.Count(page, `<article class="passage`) }

func TestCodePage(t *testing.T) {
	f, alice, cs := reorgFixture(t)
	f.suggest("isolation.reduced", "We met at the café every week")
	alice.json("POST", "/api/memos", map[string]any{"kind": "code", "target": "isolation.reduced", "text": "Belonging <b>not</b> just company."}, 201, nil)
	alice.json("POST", fmt.Sprintf("/api/codings/%d/memos", cs["a-lonely"].ID), map[string]any{"text": "after the first call"}, 201, nil)

	page := alice.get("/code/isolation.reduced", 200)
	// Every passage, grouped by programme, with its speaker, role, document,
	// coder and status, a sentence of context either side, and a link that
	// opens the transcript at it.
	if n := countPassages(page); n != 4 {
		t.Errorf("the code page shows %d passages, want 4 (3 codings and a suggestion)", n)
	}
	for _, want := range []string{
		`<h2 id="g-heartmates">HeartMates <small class="muted">2 passages</small></h2>`,
		`<h2 id="g-open-door-peer-support">Open Door Peer Support <small class="muted">2 passages</small></h2>`,
		`<span class="ctx">Le café était très bon 😀 and the naïve peer said she&#39;d ring me late at night.</span> <mark class="p">I felt less alone after that.</mark>`,
		"· Participant · patient · <span class=\"coder\">alice</span>",
		`<span class="status suggested">suggested</span>`, `data-act="accept"`,
		fmt.Sprintf(`href="/doc/acc-01?hl=%d-%d#hit"`, cs["a-lonely"].Start, cs["a-lonely"].End),
		"Belonging &lt;b&gt;not&lt;/b&gt; just company.", "after the first call",
		"Feeling less alone", // the definition
		`<a href="/codebook#isolation.reduced">Codebook</a> › <a href="/code/isolation">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("code page lacks %s", want)
		}
	}
	// Filters: coder, status, one group; another attribute; sub-codes.
	if n := countPassages(alice.get("/code/isolation.reduced?coder=bob", 200)); n != 1 {
		t.Errorf("bob's passages: %d", n)
	}
	if n := countPassages(alice.get("/code/isolation.reduced?status=suggested", 200)); n != 1 {
		t.Errorf("suggested passages: %d", n)
	}
	in := alice.get("/code/isolation.reduced?in=HeartMates", 200)
	if n := countPassages(in); n != 2 || !strings.Contains(in, `id="all-groups"`) {
		t.Errorf("one programme's passages: %d", n)
	}
	if byRole := alice.get("/code/isolation.reduced?by=role", 200); !strings.Contains(byRole, `<h2 id="g-peer-supporter">peer supporter`) {
		t.Error("grouping by role does not group by role")
	}
	if n := countPassages(alice.get("/code/isolation", 200)); n != 0 {
		t.Errorf("a parent without codings of its own shows %d passages", n)
	}
	if n := countPassages(alice.get("/code/isolation?sub=1", 200)); n != 4 {
		t.Errorf("a parent with its sub-codes shows %d passages, want 4", n)
	}
	alice.get("/code/nope", 404)
	alice.get("/code/isolation.reduced?status=maybe", 400)
	alice.get("/code/isolation.reduced?page=9", 400)

	// The codebook's counts and the transcript's chips link to the page.
	cb := alice.get("/codebook", 200)
	for _, want := range []string{`href="/code/isolation.reduced?in=HeartMates"`, `href="/code/isolation?sub=1" class="total"`} {
		if !strings.Contains(cb, want) {
			t.Errorf("codebook lacks the link %s", want)
		}
	}
	if tr := alice.get("/doc/acc-01", 200); !strings.Contains(tr, `<a class="lbl" href="/code/isolation.reduced"`) || !strings.Contains(tr, `<a class="tag`) {
		t.Error("the transcript's chips and legend do not link to the code's page")
	}
}

func TestCodePagePaging(t *testing.T) {
	f := newFixture(t)
	// 130 codings of one code: two pages.
	f.suggest("isolation.reduced", slices.Repeat([]string{"I felt less alone after that."}, 130)...)
	c := f.client("alice")
	p1 := c.get("/code/isolation.reduced", 200)
	if n := countPassages(p1); n != passagesPerPage || !strings.Contains(p1, "showing 1–100") || !strings.Contains(p1, `rel="next"`) {
		t.Fatalf("page 1 shows %d passages", n)
	}
	next := regexp.MustCompile(`href="([^"]+)" rel="next"`).FindStringSubmatch(p1)
	p2 := c.get(strings.ReplaceAll(next[1], "&amp;", "&"), 200)
	if n := countPassages(p2); n != 30 || !strings.Contains(p2, `rel="prev"`) || strings.Contains(p2, `rel="next"`) {
		t.Errorf("page 2 shows %d passages", n)
	}
}

func TestComparePage(t *testing.T) {
	f, alice, _ := reorgFixture(t)
	// isolation.reduced: acc-01 "less alone", od-01 x2; experienced
	// overlapping one of them.
	bob := f.client("bob")
	bob.code("acc-01", "I felt less alone", "isolation.experienced")
	side := alice.get("/compare?code=isolation.reduced&code=isolation.experienced", 200)
	if !strings.Contains(side, "Side by side: Reduced isolation · Experienced isolation") || !strings.Contains(side, `class="grid cols2"`) {
		t.Error("side by side has no two columns")
	}
	if n := countPassages(side); n != 4 {
		t.Errorf("side by side shows %d passages, want 4", n)
	}
	and := alice.get("/compare?code=isolation.reduced&code=isolation.experienced&combine=and", 200)
	if n := countPassages(and); n != 1 || !strings.Contains(and, "I felt less alone after that.") {
		t.Errorf("A and B shows %d passages, want 1", n)
	}
	not := alice.get("/compare?code=isolation.reduced&code=isolation.experienced&combine=not", 200)
	if n := countPassages(not); n != 2 || strings.Contains(not, "I felt less alone after that.") {
		t.Errorf("A and not B shows %d passages, want 2", n)
	}
	three := alice.get("/compare?code=isolation.reduced&code=isolation.experienced&code=benefits&code=isolation.reduced", 200)
	if !strings.Contains(three, `class="grid cols3"`) || strings.Count(three, `<input type="hidden" name="code"`) != 3 {
		t.Error("three codes (one named twice) are not three columns")
	}
	alice.get("/compare?code=isolation.reduced", 400)
	alice.get("/compare?code=isolation.reduced&code=isolation.reduced", 400)
	alice.get("/compare?code=isolation.reduced&code=nope", 404)
	alice.get("/compare?code=isolation.reduced&code=benefits&combine=or", 400)

	var res analysis.Retrieved
	alice.json("GET", "/api/retrieve?code=isolation.reduced&code=isolation.experienced&combine=and", nil, 200, &res)
	if res.Total != 1 || res.Groups[0].Passages[0].Speaker != "Participant" || res.Groups[0].Passages[0].Before == "" {
		t.Errorf("retrieve = %+v", res)
	}
	alice.json("GET", "/api/retrieve?code=isolation.reduced&by=role&coder=bob", nil, 200, &res)
	if res.Total != 1 || res.By != "role" || res.Groups[0].Value != "peer supporter" {
		t.Errorf("retrieve by role = %+v", res)
	}
	alice.json("GET", "/api/retrieve", nil, 400, nil)
	alice.json("GET", "/api/retrieve?code=isolation&combine=and", nil, 400, nil)
	alice.json("GET", "/api/retrieve?code=nope", nil, 404, nil)
}

func TestSearchListsAndPages(t *testing.T) {
	f := newFixture(t)
	f.suggest("isolation.reduced", slices.Repeat([]string{"I felt less alone after that."}, 3)...)
	alice := f.client("alice")
	alice.code("od-01", "I listen, mostly.", "isolation.reduced")
	// A code filter with an empty query lists every segment with the code:
	// people's codings, as the report counts; include=suggested counts the
	// pending suggestions too.
	var res corpus.SearchResult
	alice.json("GET", "/api/search?code=isolation.reduced", nil, 200, &res)
	if res.Total != 1 || res.Hits[0].Document != "od-01" {
		t.Errorf("code filter without words: %d hits, want od-01's alone (a person's coding)", res.Total)
	}
	alice.json("GET", "/api/search?code=isolation.reduced&include=suggested", nil, 200, &res)
	if res.Total != 2 {
		t.Errorf("code filter with include=suggested: %d hits, want 2", res.Total)
	}
	alice.json("GET", "/api/search?code=isolation.reduced&include=rejected", nil, 400, nil)
	page := alice.get("/search?code=isolation.reduced&include=suggested", 200)
	if !strings.Contains(page, `<p class="muted" id="hit-count">2 matching segments.`) || strings.Count(page, `<p class="kwic">`) != 2 {
		t.Error("the search page with only a code filter does not list the code's segments")
	}
	if !strings.Contains(page, `value="suggested" checked`) {
		t.Error("the search page does not keep its box for pending suggestions ticked")
	}
	if !strings.Contains(page, `<a href="/code/isolation.reduced">Read the passages of Reduced isolation`) {
		t.Error("the search page does not point to the code's page")
	}
	if page := alice.get("/search?code=isolation.reduced", 200); !strings.Contains(page, `<p class="muted" id="hit-count">1 matching segments.`) {
		t.Error("the search page's code filter counts pending suggestions without being asked")
	}
	// Paging: offset in the API, pages on the page.
	seen := map[string]bool{}
	for off := 0; off < 2; off++ {
		alice.json("GET", fmt.Sprintf("/api/search?code=isolation.reduced&include=suggested&limit=1&offset=%d", off), nil, 200, &res)
		if len(res.Hits) != 1 || res.Total != 2 {
			t.Fatalf("offset %d: %d hits of %d", off, len(res.Hits), res.Total)
		}
		seen[res.Hits[0].Document] = true
	}
	if len(seen) != 2 {
		t.Errorf("two pages of one hit gave %v, not both documents", seen)
	}
	alice.json("GET", "/api/search?q=alone&offset=-1", nil, 400, nil)

	// Syntax errors explained in words, with the place marked.
	bad := alice.get("/search?q="+url.QueryEscape(`"late at`), 200)
	if !strings.Contains(bad, "Groundwork could not read this search") || !strings.Contains(bad, `<p class="qmark"><code>`) || !strings.Contains(bad, "How to write a search") {
		t.Error("a syntax error is not explained")
	}
	var e struct {
		Error    string
		Reason   string
		Position *int
	}
	alice.json("GET", "/api/search?q="+url.QueryEscape(`(alone`), nil, 400, &e)
	if e.Reason == "" || e.Position == nil {
		t.Errorf("the API's syntax error has no reason or position: %+v", e)
	}
	unknown := alice.get("/search?q=alone&role=nobody", 200)
	if !strings.Contains(unknown, "No document has role &#34;nobody&#34;") {
		t.Error("an unknown role is not explained")
	}
}

func TestSearchPaging(t *testing.T) {
	f := bigFixture(t)
	c := f.client("alice")
	p1 := c.get("/search?q=support+OR+group+OR+nurse", 200)
	m := regexp.MustCompile(`id="hit-count">(\d+) matching segments, showing 1–50\.`).FindStringSubmatch(p1)
	if m == nil || !strings.Contains(p1, `rel="next"`) {
		t.Fatalf("page 1 does not say it shows 1–50 of the total: %.600s", p1[strings.Index(p1, "id=\"hit-count\""):])
	}
	p2 := c.get("/search?q=support+OR+group+OR+nurse&page=2", 200)
	if !strings.Contains(p2, "showing 51–100.") || !strings.Contains(p2, `<ol class="hits" start="51">`) || !strings.Contains(p2, `rel="prev"`) {
		t.Error("page 2 is not the next 50")
	}
}

func TestMemosOnCodesAndDocuments(t *testing.T) {
	f := newFixture(t)
	alice, bob := f.client("alice"), f.client("bob")
	var m memoJSON
	alice.json("POST", "/api/memos", map[string]any{"kind": "document", "target": "acc-01", "text": "Interview in a café; noisy <i>recording</i>."}, 201, &m)
	if m.Author != "alice" || m.Kind != "document" || m.Target != "acc-01" {
		t.Errorf("memo = %+v", m)
	}
	alice.json("POST", "/api/memos", map[string]any{"kind": "code", "target": "isolation", "text": "Two sides: felt and reduced."}, 201, nil)
	alice.json("POST", "/api/memos", map[string]any{"kind": "project", "text": "Saturation after ten interviews?"}, 201, nil)
	var list []memoJSON
	alice.json("GET", "/api/memos?kind=document&target=acc-01", nil, 200, &list)
	if len(list) != 1 || list[0].Text != m.Text {
		t.Errorf("memos on acc-01: %+v", list)
	}
	tr := alice.get("/doc/acc-01", 200)
	if !strings.Contains(tr, "Interview in a café; noisy &lt;i&gt;recording&lt;/i&gt;.") || !strings.Contains(tr, `data-kind="document" data-target="acc-01"`) {
		t.Error("the transcript does not show (escaped) memos on the document")
	}
	if cp := alice.get("/code/isolation", 200); !strings.Contains(cp, "Two sides: felt and reduced.") {
		t.Error("the code page does not show memos on the code")
	}
	// Only the author changes or removes a memo.
	path := fmt.Sprintf("/api/memos/%d", m.ID)
	bob.json("PATCH", path, map[string]any{"text": "mine now"}, 403, nil)
	bob.json("DELETE", path, nil, 403, nil)
	alice.json("PATCH", path, map[string]any{"text": "Noisy café."}, 200, &m)
	if m.Text != "Noisy café." {
		t.Errorf("edited memo = %+v", m)
	}
	alice.json("DELETE", path, nil, 204, nil)
	alice.json("DELETE", path, nil, 404, nil)
	alice.json("POST", "/api/undo", nil, 200, nil) // the memo is back
	alice.json("GET", "/api/memos?kind=document", nil, 200, &list)
	if len(list) != 1 || list[0].Text != "Noisy café." {
		t.Errorf("after undoing the removal: %+v", list)
	}
	// Refused: unknown kinds and targets, empty text.
	for _, bad := range []struct {
		body map[string]any
		want int
	}{
		{map[string]any{"kind": "idea", "target": "x", "text": "t"}, 400},
		{map[string]any{"kind": "code", "target": "nope", "text": "t"}, 404},
		{map[string]any{"kind": "document", "target": "nope", "text": "t"}, 404},
		{map[string]any{"kind": "coding", "target": "x", "text": "t"}, 400},
		{map[string]any{"kind": "coding", "target": "99999", "text": "t"}, 404},
		{map[string]any{"kind": "project", "target": "x", "text": "t"}, 400},
		{map[string]any{"kind": "code", "target": "isolation", "text": "  "}, 400},
	} {
		alice.json("POST", "/api/memos", bad.body, bad.want, nil)
	}
	alice.json("GET", "/api/memos?kind=idea", nil, 400, nil)
}
