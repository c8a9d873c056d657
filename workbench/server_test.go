package workbench

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

func TestPagesNeedACoder(t *testing.T) {
	f := newFixture(t)
	anon := f.client("")
	res, _ := anon.do("GET", "/", nil, nil)
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/coder?next=") {
		t.Fatalf("GET / without a coder: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	anon.get("/coder", 200)
	// Choosing a name sets the cookie and goes back.
	form := url.Values{"csrf": {anon.csrf}, "name": {"Zoë"}, "next": {"/doc/acc-01"}}
	res, _ = anon.do("POST", "/coder", strings.NewReader(form.Encode()), map[string]string{"Content-Type": "application/x-www-form-urlencoded", csrfHeader: ""})
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/doc/acc-01" {
		t.Fatalf("POST /coder: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	if page := anon.get("/doc/acc-01", 200); !strings.Contains(page, "coding as <a href=\"/coder\" id=\"coder-name\">Zoë</a>") {
		t.Errorf("the page does not name the coder")
	}
	// The suggesters' names and odd names are refused; an open redirect too.
	for _, name := range []string{"auto", "Learned", "", "<b>", strings.Repeat("x", 41)} {
		form := url.Values{"csrf": {anon.csrf}, "name": {name}}
		res, _ := anon.do("POST", "/coder", strings.NewReader(form.Encode()), map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
		if res.StatusCode != http.StatusUnprocessableEntity {
			t.Errorf("coder %q: status %d", name, res.StatusCode)
		}
	}
	if safeNext("//evil.example/x") != "/" || safeNext("https://evil.example") != "/" || safeNext("/search?q=a") != "/search?q=a" {
		t.Error("safeNext lets a redirect leave the server")
	}
}

func TestDocuments(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	err := f.st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, c := range []*corpus.Coding{
			{DocID: "acc-01", Start: 60, End: 80, Code: "isolation.reduced", Coder: corpus.AutoCoder, Origin: corpus.OriginRule, Status: corpus.StatusSuggested, Quote: "x"},
			{DocID: "acc-01", Start: 60, End: 80, Code: "isolation.reduced", Coder: "alice", Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: "x"},
		} {
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c := f.client("alice")
	page := c.get("/", 200)
	for _, want := range []string{`href="/doc/acc-01"`, `href="/doc/od-01"`, "Open Door Peer Support", `<th class="coder">auto</th>`, `<th class="coder">alice</th>`, `<option value="heart failure"`} {
		if !strings.Contains(page, want) {
			t.Errorf("documents page lacks %s", want)
		}
	}
	page = c.get("/?programme=HeartMates", 200)
	if !strings.Contains(page, "acc-01") || strings.Contains(page, `href="/doc/od-01"`) {
		t.Error("the programme filter does not filter")
	}
	page = c.get("/?a.condition=heart+failure", 200)
	if !strings.Contains(page, "acc-01") || strings.Contains(page, `href="/doc/od-01"`) {
		t.Error("the attribute filter does not filter")
	}
	var docs []docJSON
	c.json("GET", "/api/documents?role=patient", nil, 200, &docs)
	if len(docs) != 1 || docs[0].ID != "acc-01" || docs[0].Codings["alice"]["accepted"] != 1 || docs[0].Codings["auto"]["suggested"] != 1 {
		t.Errorf("/api/documents?role=patient = %+v", docs)
	}
}

func TestTranscriptPage(t *testing.T) {
	f := newFixture(t)
	c := f.client("alice")
	doc, err := f.st.Document(context.Background(), "acc-01")
	if err != nil {
		t.Fatal(err)
	}
	s1, e1 := runeSpan(t, doc.Text, "très bon 😀 and the naïve peer")
	s2, e2 := runeSpan(t, doc.Text, "naïve peer said")
	err = f.st.Tx(context.Background(), func(tx *corpus.Tx) error {
		if err := tx.InsertCoding(&corpus.Coding{DocID: "acc-01", Start: s1, End: e1, Code: "benefits.psychosocial", Coder: "alice", Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: "q"}); err != nil {
			return err
		}
		return tx.InsertCoding(&corpus.Coding{DocID: "acc-01", Start: s2, End: e2, Code: "isolation.reduced", Coder: corpus.AutoCoder, Origin: corpus.OriginRule, Status: corpus.StatusSuggested, Rule: "isolation.reduced/1", Quote: "q"})
	})
	if err != nil {
		t.Fatal(err)
	}
	page := c.get("/doc/acc-01", 200)
	if !strings.Contains(page, `<section class="turn iv" id="t1">`) || !strings.Contains(page, `<section class="turn" id="t2">`) {
		t.Error("interviewer and participant turns are not told apart")
	}
	if strings.Contains(page, "<script>alert(1)</script>") || !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("transcript text is not escaped")
	}
	// The two codings overlap: the suggestion's span is nested in the
	// accepted one, on a lane of its own.
	re := regexp.MustCompile(`<span class="h c\d+ l0" data-id="1">très bon 😀 and the <span class="h c\d+ s l1" data-id="2">naïve peer</span></span><span class="h c\d+ s l1" data-id="2"> said</span>`)
	if !re.MatchString(page) {
		i := strings.Index(page, "très")
		t.Errorf("overlapping codings are not nested spans:\n%s", page[i-60:i+400])
	}
	// Each turn's text carries its start in runes and in UTF-16 units.
	ti := newTextIndex(doc.Text)
	turns, _ := f.st.Turns(context.Background(), "acc-01")
	want := fmt.Sprintf(`data-s="%d" data-u="%d"`, turns[3].Start, ti.utf16Of(turns[3].Start))
	if !strings.Contains(page, want) || ti.utf16Of(turns[3].Start) != turns[3].Start+1 {
		t.Errorf("turn 4 lacks %s", want)
	}
	// The margin lists both codes, with accept/reject on the suggestion and
	// change/remove on alice's own coding.
	for _, want := range []string{`data-act="accept"`, `data-act="delete"`, "Emotional and psychosocial", `class="legend"`} {
		if !strings.Contains(page, want) {
			t.Errorf("transcript page lacks %s", want)
		}
	}
	// A search hit is marked.
	if page := c.get(fmt.Sprintf("/doc/acc-01?hl=%d-%d", s2, e2), 200); !strings.Contains(page, `<mark class="hit" id="hit">`) {
		t.Error("the search hit is not marked")
	}
	c.get("/doc/nope", 404)
	c.get("/doc/acc-01?coder=alice", 200)
}

func TestCodingsWithRuneOffsets(t *testing.T) {
	f := newFixture(t)
	alice := f.client("alice")
	doc, _ := f.st.Document(context.Background(), "acc-01")
	quote := "très bon 😀 and the naïve"
	s16, e16 := utf16Span(t, doc.Text, quote)
	rs, re := runeSpan(t, doc.Text, quote)
	if e16-s16 == re-rs {
		t.Fatal("the test needs a quote whose UTF-16 and rune lengths differ")
	}
	var got codingJSON
	alice.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": s16, "end": e16, "units": "utf16", "code": "benefits.psychosocial", "quote": quote}, 201, &got)
	if got.Start != rs || got.End != re || got.Quote != quote || got.Coder != "alice" || got.Status != "accepted" || got.Origin != "manual" {
		t.Fatalf("created %+v, want [%d,%d) %q", got, rs, re, quote)
	}
	// The same coding again is not stored twice.
	var again codingJSON
	alice.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": rs, "end": re, "code": "benefits.psychosocial"}, 200, &again)
	if again.ID != got.ID {
		t.Error("a duplicate coding was stored")
	}
	// Rune offsets, with white space at the ends trimmed.
	rs2, re2 := runeSpan(t, doc.Text, " late at night. ")
	var trimmed codingJSON
	alice.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": rs2, "end": re2, "code": "boundaries.personal_contact"}, 201, &trimmed)
	if trimmed.Quote != "late at night." {
		t.Errorf("quote = %q", trimmed.Quote)
	}
	// Half an emoji, a stale quote, an unknown code, a bad span.
	emoji16, _ := utf16Span(t, doc.Text, "😀")
	alice.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": emoji16 + 1, "end": emoji16 + 5, "units": "utf16", "code": "benefits.psychosocial"}, 400, nil)
	alice.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": s16, "end": e16, "units": "utf16", "code": "benefits.psychosocial", "quote": "tres bon"}, 409, nil)
	alice.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": s16, "end": e16, "units": "utf16", "code": "no.such"}, 422, nil)
	alice.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": 5, "end": 5, "code": "benefits.psychosocial"}, 400, nil)
	alice.json("POST", "/api/codings", map[string]any{"document": "nope", "start": 0, "end": 5, "code": "benefits.psychosocial"}, 404, nil)
	alice.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": 0, "end": 5, "code": "benefits.psychosocial", "extra": 1}, 400, nil)

	// The store holds rune offsets and the exact quote.
	stored, err := f.st.Coding(context.Background(), got.ID)
	if err != nil || stored.Start != rs || stored.End != re || []rune(doc.Text)[stored.Start] != 't' || stored.Quote != quote {
		t.Fatalf("stored %+v, %v", stored, err)
	}
	var list []codingJSON
	alice.json("GET", "/api/documents/acc-01/codings", nil, 200, &list)
	if len(list) != 2 {
		t.Errorf("listed %d codings, want 2", len(list))
	}

	// Change the code, add a memo; bob may do neither change nor remove.
	var changed codingJSON
	alice.json("PATCH", fmt.Sprintf("/api/codings/%d", got.ID), map[string]any{"code": "benefits.shared_experience"}, 200, &changed)
	if changed.Code != "benefits.shared_experience" {
		t.Errorf("changed to %q", changed.Code)
	}
	alice.json("POST", fmt.Sprintf("/api/codings/%d/memos", got.ID), map[string]any{"text": "Joy, not just information."}, 201, nil)
	memos, _ := f.st.Memos(context.Background(), "coding", fmt.Sprint(got.ID))
	if len(memos) != 1 || memos[0].Author != "alice" {
		t.Errorf("memos = %+v", memos)
	}
	// Her memo on the coding can be removed from the transcript's page, as
	// a memo on the interview can; nobody else's.
	removable := fmt.Sprintf(`<li data-memo="%d"><b>alice</b>`, memos[0].ID)
	if _, page := alice.do("GET", "/doc/acc-01", nil, nil); !strings.Contains(page, removable) || !strings.Contains(page[strings.Index(page, removable):], `data-act="delete-memo">remove</button><br>Joy, not just information.`) {
		t.Errorf("the coding's memo has no remove button for its author")
	}
	if _, page := f.client("bob").do("GET", "/doc/acc-01", nil, nil); strings.Contains(page, `data-act="delete-memo">remove</button><br>Joy`) {
		t.Errorf("the coding's memo can be removed by someone else")
	}
	bob := f.client("bob")
	bob.json("DELETE", fmt.Sprintf("/api/codings/%d", got.ID), nil, 403, nil)
	bob.json("PATCH", fmt.Sprintf("/api/codings/%d", got.ID), map[string]any{"code": "benefits.psychosocial"}, 403, nil)
	f.client("").json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": 0, "end": 5, "code": "benefits.psychosocial"}, 403, nil)
	alice.json("DELETE", fmt.Sprintf("/api/codings/%d", got.ID), nil, 204, nil)
	if _, err := f.st.Coding(context.Background(), got.ID); err == nil {
		t.Error("the coding was not removed")
	}
	alice.json("DELETE", "/api/codings/999999", nil, 404, nil)
}

func TestSuggestionsReview(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	doc, _ := f.st.Document(ctx, "acc-01")
	s1, e1 := runeSpan(t, doc.Text, "I felt less alone after that.")
	s2, e2 := runeSpan(t, doc.Text, "she showed me how to keep a little chart")
	var ids []int64
	err := f.st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, c := range []*corpus.Coding{
			{DocID: "acc-01", Start: s1, End: e1, Code: "isolation.reduced", Rule: "isolation.reduced/1", Evidence: "alone"},
			{DocID: "acc-01", Start: s2, End: e2, Code: "benefits.informational", Rule: "benefits.informational/practical", Evidence: "showed me how"},
			{DocID: "od-01", Start: 40, End: 60, Code: "boundaries", Rule: "boundaries/1", Evidence: "boundaries"},
		} {
			c.Coder, c.Origin, c.Status, c.Quote = corpus.AutoCoder, corpus.OriginRule, corpus.StatusSuggested, "q"
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
			ids = append(ids, c.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	alice := f.client("alice")
	var q suggestionJSON
	alice.json("GET", "/api/suggestions", nil, 200, &q)
	if q.Left != 3 || q.Suggestion == nil || q.Suggestion.ID != ids[0] || q.Code == nil || q.Code.Definition == "" {
		t.Fatalf("queue = %+v", q)
	}
	page := alice.get("/suggestions", 200)
	for _, want := range []string{`data-id="` + fmt.Sprint(ids[0]) + `"`, "isolation.reduced/1", "Fired on <q class=\"evidence\">alone</q>", "Tell me about the café.", "<kbd>a</kbd> accept", `<b id="left">3</b>`} {
		if !strings.Contains(page, want) {
			t.Errorf("suggestions page lacks %s", want)
		}
	}
	// Accept the first: alice gets the coding, the suggestion is settled.
	var acc map[string]codingJSON
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/accept", ids[0]), nil, 200, &acc)
	if acc["coding"].Coder != "alice" || acc["coding"].Start != s1 || acc["suggestion"].Status != "accepted" {
		t.Errorf("accept = %+v", acc)
	}
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/accept", ids[0]), nil, 409, nil)
	// Skip goes on past the current one; reject; recode.
	alice.json("GET", fmt.Sprintf("/api/suggestions?after=%d", ids[1]), nil, 200, &q)
	if q.Left != 2 || q.Suggestion.ID != ids[2] {
		t.Errorf("after skipping: %+v", q)
	}
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/reject", ids[1]), nil, 200, nil)
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/recode", ids[2]), map[string]string{"code": "nope"}, 422, nil)
	var rec map[string]codingJSON
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/recode", ids[2]), map[string]string{"code": "boundaries.role_scope"}, 200, &rec)
	if rec["coding"].Code != "boundaries.role_scope" || rec["suggestion"].Status != "rejected" {
		t.Errorf("recode = %+v", rec)
	}
	alice.json("GET", "/api/suggestions", nil, 200, &q)
	if q.Left != 0 || q.Suggestion != nil {
		t.Errorf("queue after review = %+v", q)
	}
	if page := alice.get("/suggestions", 200); !strings.Contains(page, "No suggestions left") {
		t.Error("the empty queue does not say so")
	}
	alice.json("POST", fmt.Sprintf("/api/suggestions/%d/frobnicate", ids[0]), nil, 404, nil)
	// The index knows alice's new coding.
	if n := alice.searchTotal("q=alone&code=isolation.reduced"); n != 1 {
		t.Errorf("search by the accepted code: %d hits", n)
	}
}

func TestSearch(t *testing.T) {
	f := newFixture(t)
	c := f.client("alice")
	var res corpus.SearchResult
	c.json("GET", "/api/search?q=caf%C3%A9", nil, 200, &res)
	if res.Total != 2 || len(res.Hits) != 2 || res.Hits[0].Segment != "acc-01#2" {
		t.Fatalf("search café: %+v", res)
	}
	h := res.Hits[0]
	doc, _ := f.st.Document(context.Background(), h.Document)
	rs, re := runeSpan(t, doc.Text, "café every week")
	if got := []rune(h.Text)[h.Matches[0][0]:h.Matches[0][1]]; string(got) != "café" || h.Start+h.Matches[0][0] != rs {
		t.Errorf("hit match %q at %d, want café at %d", string(got), h.Start+h.Matches[0][0], rs)
	}
	_ = re
	c.json("GET", "/api/search?q=alone&programme=HeartMates", nil, 200, &res)
	if res.Total != 1 || res.Hits[0].Document != "acc-01" {
		t.Errorf("programme filter: %+v", res)
	}
	// An unknown role is a mistake to point out, not "no matches".
	var e struct{ Error string }
	c.json("GET", "/api/search?q=alone&role=nobody", nil, 400, &e)
	if !strings.Contains(e.Error, `no document has role "nobody"`) || !strings.Contains(e.Error, "peer supporter") {
		t.Errorf("unknown role: %q", e.Error)
	}
	c.json("GET", "/api/search?q=%22unclosed", nil, 400, nil)
	page := c.get("/search?q=caf%C3%A9", 200)
	link := fmt.Sprintf(`href="/doc/acc-01?hl=%d-%d#hit"`, rs, rs+4)
	if !strings.Contains(page, "<mark>café</mark>") || !strings.Contains(page, link) {
		t.Errorf("search page lacks the marked hit and the link %s", link)
	}
	c.get("/search?q=%22unclosed", 200)

	// A coding made through the API is in the index at once (code filter).
	s16, e16 := utf16Span(t, doc.Text, "We met at the café every week")
	c.json("POST", "/api/codings", map[string]any{"document": "acc-01", "start": s16, "end": e16, "units": "utf16", "code": "benefits.shared_experience"}, 201, nil)
	if n := c.searchTotal("q=week&code=benefits.shared_experience"); n != 1 {
		t.Errorf("the index did not learn the new coding: %d hits", n)
	}
	// A change by another process (the command line) is noticed too.
	err := f.st.Tx(context.Background(), func(tx *corpus.Tx) error {
		return tx.InsertCoding(&corpus.Coding{DocID: "od-01", Start: 30, End: 60, Code: "matching", Coder: "cli", Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: "q"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := c.searchTotal("q=listen&code=matching"); n != 1 {
		t.Errorf("the index did not catch up with the store: %d hits", n)
	}
}

func TestCSRF(t *testing.T) {
	f := newFixture(t)
	c := f.client("alice")
	body := `{"document":"acc-01","start":60,"end":70,"code":"benefits"}` // participant words
	cases := []struct {
		name string
		hdr  map[string]string
	}{
		{"no token", map[string]string{csrfHeader: ""}},
		{"wrong token", map[string]string{csrfHeader: strings.Repeat("0", 32)}},
		{"cross-site", map[string]string{"Sec-Fetch-Site": "cross-site"}},
		{"other origin", map[string]string{"Origin": "http://evil.example"}},
	}
	for _, tc := range cases {
		res, text := c.do("POST", "/api/codings", strings.NewReader(body), tc.hdr)
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("%s: status %d: %s", tc.name, res.StatusCode, text)
		}
	}
	// A form post without the field; the codebook editor too.
	res, _ := c.do("POST", "/codebook/edit/benefits", strings.NewReader("definition=x"), map[string]string{"Content-Type": "application/x-www-form-urlencoded", csrfHeader: ""})
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("form without csrf: %d", res.StatusCode)
	}
	// Without the cookie, the header alone does not do.
	bare := &http.Client{}
	req, _ := http.NewRequest("DELETE", f.ts.URL+"/api/codings/1", nil)
	req.Header.Set(csrfHeader, c.csrf)
	req.AddCookie(&http.Cookie{Name: coderCookie, Value: "alice"})
	resp, err := bare.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("header without cookie: %d", resp.StatusCode)
	}
	// Same origin with the token works.
	res, text := c.do("POST", "/api/codings", strings.NewReader(body), map[string]string{"Origin": f.ts.URL, "Sec-Fetch-Site": "same-origin"})
	if res.StatusCode != http.StatusCreated {
		t.Errorf("same-origin with token: %d %s", res.StatusCode, text)
	}
}

func TestTokenAndHost(t *testing.T) {
	proj, _ := newProject(t, map[string]string{"acc-01.txt": accentDoc})
	f := serve(t, proj, "s3cret-token-0123456789")
	hc := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(path string, hdr map[string]string) *http.Response {
		req, _ := http.NewRequest("GET", f.ts.URL+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		res, err := hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	if res := get("/", nil); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("no token: %d", res.StatusCode)
	}
	if res := get("/api/documents", nil); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("API without token: %d", res.StatusCode)
	}
	if res := get("/assets/app.js", nil); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("asset without token: %d", res.StatusCode)
	}
	if res := get("/?token=wrong", nil); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong token: %d", res.StatusCode)
	}
	res := get("/search?q=x&token=s3cret-token-0123456789", nil)
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/search?q=x" {
		t.Errorf("token in the address: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	var cookie *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == tokenCookie {
			cookie = c
		}
	}
	if cookie == nil || !cookie.HttpOnly {
		t.Fatal("the token is not remembered in an HttpOnly cookie")
	}
	if res := get("/api/documents", map[string]string{"Cookie": tokenCookie + "=" + cookie.Value}); res.StatusCode != http.StatusOK {
		t.Errorf("token cookie: %d", res.StatusCode)
	}
	if res := get("/api/documents", map[string]string{"Authorization": "token s3cret-token-0123456789"}); res.StatusCode != http.StatusOK {
		t.Errorf("token header: %d", res.StatusCode)
	}
	// With a token, any Host may be used (the server is meant for the network).
	if res := get("/api/documents", map[string]string{"Authorization": "Bearer s3cret-token-0123456789", "Host": "workstation.lan:7777"}); res.StatusCode != http.StatusOK {
		t.Errorf("token with another host: %d", res.StatusCode)
	}

	// Without a token only loopback host names are answered (DNS rebinding).
	g := newFixture(t)
	req, _ := http.NewRequest("GET", g.ts.URL+"/api/documents", nil)
	req.Host = "evil.example:80"
	r2, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r2.Body.Close()
	if r2.StatusCode != http.StatusForbidden {
		t.Errorf("foreign Host without a token: %d", r2.StatusCode)
	}
	for addr, want := range map[string]bool{"127.0.0.1:7777": true, "localhost:0": true, "[::1]:80": true, "0.0.0.0:7777": false, ":7777": false, "192.168.1.5:80": false} {
		if IsLoopback(addr) != want {
			t.Errorf("IsLoopback(%s) = %v", addr, !want)
		}
	}
}

func TestPathTraversalAndHeaders(t *testing.T) {
	f := newFixture(t)
	c := f.client("alice")
	secret := "max_words" // in groundwork.yaml
	for _, p := range []string{
		"/assets/../groundwork.yaml", "/assets/..%2fgroundwork.yaml", "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
		"/assets/..%2f..%2f..%2f..%2fetc%2fpasswd", "/doc/..%2f..%2fgroundwork.yaml", "/doc/%2e%2e", "/assets/codebook.yaml",
		"/api/documents/..%2F..%2Fetc%2Fpasswd", "/report/view/../../groundwork.yaml", "/assets//etc/passwd",
	} {
		req, _ := http.NewRequest("GET", f.ts.URL+p, nil)
		req.URL.RawPath = "" // send exactly as written
		req.URL.Opaque = "//" + strings.TrimPrefix(f.ts.URL, "http://") + p
		res, err := c.hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 1<<16)
		n, _ := res.Body.Read(buf)
		res.Body.Close()
		body := string(buf[:n])
		if res.StatusCode == http.StatusOK || strings.Contains(body, secret) || strings.Contains(body, "root:") {
			t.Errorf("GET %s: %d, %.80q", p, res.StatusCode, body)
		}
	}
	res, text := c.do("GET", "/assets/app.js", nil, nil)
	if res.StatusCode != 200 || !strings.Contains(text, "textContent") {
		t.Errorf("app.js: %d", res.StatusCode)
	}
	for _, p := range []string{"/", "/api/documents", "/assets/app.css"} {
		res, _ := c.do("GET", p, nil, nil)
		h := res.Header
		if !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") || h.Get("X-Content-Type-Options") != "nosniff" ||
			strings.Contains(h.Get("Content-Security-Policy"), "unsafe-inline") {
			t.Errorf("%s: headers %v", p, h)
		}
	}
	res, _ = c.do("GET", "/api/nothing", nil, nil)
	if res.StatusCode != 404 {
		t.Errorf("/api/nothing: %d", res.StatusCode)
	}
	// Pages name their icon (none), so the browser asks for no
	// /favicon.ico, which is not served and logged an error on every page.
	if _, page := c.do("GET", "/", nil, nil); !strings.Contains(page, `<link rel="icon" href="data:,">`) {
		t.Errorf("the page names no icon")
	}
}

func TestCodebookEditKeepsTheFileValid(t *testing.T) {
	f := newFixture(t)
	c := f.client("alice")
	path := f.proj.CodebookPath()
	before, _ := os.ReadFile(path)
	var cbj struct {
		Hash  string
		Codes []codeJSON
	}
	c.json("GET", "/api/codebook", nil, 200, &cbj)
	if len(cbj.Codes) < 10 || cbj.Hash == "" {
		t.Fatalf("codebook = %d codes", len(cbj.Codes))
	}
	// Through the API: a new label and definition.
	label, def := "Sharing practical know-how", "Practical information from a peer — tips, know-how — about living with the condition: “what to expect”, day to day."
	var out struct {
		Hash string
		Code codeJSON
	}
	c.json("PUT", "/api/codebook/codes/benefits.informational", CodeEdit{Label: &label, Definition: &def, Base: cbj.Hash}, 200, &out)
	if out.Code.Label != label || out.Code.Definition != def {
		t.Errorf("edited code = %+v", out.Code)
	}
	after, _ := os.ReadFile(path)
	if _, err := codebook.Parse(path, after); err != nil {
		t.Fatalf("the written codebook is invalid: %v", err)
	}
	if !strings.Contains(string(after), "# Peer support in health and social care: study codebook") ||
		!strings.Contains(string(after), "# Benefits (greens)") {
		t.Error("comments were lost")
	}
	if n := changedLines(string(before), string(after)); n > 12 {
		t.Errorf("%d lines changed for a label and a definition", n)
	}
	// The old base is now stale.
	c.json("PUT", "/api/codebook/codes/benefits.informational", CodeEdit{Label: &label, Base: cbj.Hash}, 409, nil)
	// Invalid rules are refused and the file stays as it was.
	bad := "- terms: [ok]\n  within: 3\n"
	text := c.json("PUT", "/api/codebook/codes/benefits.informational", CodeEdit{Rules: &bad}, 422, nil)
	if !strings.Contains(text, "within applies only to near") {
		t.Errorf("problem not reported: %s", text)
	}
	notYAML := "- terms: [unclosed\n"
	c.json("PUT", "/api/codebook/codes/benefits.informational", CodeEdit{Rules: &notYAML}, 422, nil)
	empty := ""
	c.json("PUT", "/api/codebook/codes/benefits.informational", CodeEdit{Definition: &empty}, 422, nil)
	c.json("PUT", "/api/codebook/codes/no.such", CodeEdit{Label: &label}, 404, nil)
	if now, _ := os.ReadFile(path); string(now) != string(after) {
		t.Error("a refused edit changed the file")
	}
	// Through the form: new rules, kept with their comment.
	page := c.get("/codebook/edit/boundaries.personal_contact", 200)
	if !strings.Contains(page, "rang me at") || !strings.Contains(page, "id: boundaries.personal_contact/channels") {
		t.Error("the editor does not show the rules")
	}
	cur, _ := codebook.Load(path)
	rules := "# after double-coding\n- terms: [personal number, \"texted me at*\", friend request, whatsapp]\n- near: [[phone, ring], [night, midnight]]\n  within: 6\n"
	form := url.Values{"csrf": {c.csrf}, "base": {cur.Hash()}, "label": {"Personal contact"}, "definition": {"Contact outside the agreed channels or hours."},
		"use_when": {""}, "do_not_use_when": {""}, "colour": {"#C62"}, "rules": {rules}}
	res, body := c.do("POST", "/codebook/edit/boundaries.personal_contact", strings.NewReader(form.Encode()), map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("form edit: %d %s", res.StatusCode, body)
	}
	cb, err := codebook.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	code, _ := cb.Code("boundaries.personal_contact")
	if code.Label != "Personal contact" || code.Colour != "#cc6622" || len(code.Rules) != 2 || code.Rules[0].Terms[3] != "whatsapp" || code.UseWhen != "" {
		t.Errorf("after the form: %+v", code)
	}
	final, _ := os.ReadFile(path)
	if !strings.Contains(string(final), "    # after double-coding\n") {
		t.Error("the comment in the rules was not kept")
	}
	if page := c.get("/codebook?saved=boundaries.personal_contact", 200); !strings.Contains(page, "Personal contact") || !strings.Contains(page, "Saved") {
		t.Error("the codebook page does not show the edit")
	}
}

// changedLines counts lines of b not in a, roughly.
func changedLines(a, b string) int {
	have := map[string]int{}
	for _, l := range strings.Split(a, "\n") {
		have[l]++
	}
	n := 0
	for _, l := range strings.Split(b, "\n") {
		if have[l] > 0 {
			have[l]--
		} else {
			n++
		}
	}
	return n
}

func TestReportAndAgreement(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	err := f.st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, c := range []*corpus.Coding{
			{DocID: "acc-01", Start: 60, End: 120, Code: "isolation.reduced", Coder: "alice"},
			{DocID: "acc-01", Start: 60, End: 120, Code: "isolation.reduced", Coder: "bob"},
			{DocID: "od-01", Start: 40, End: 80, Code: "boundaries.role_scope", Coder: "alice"},
			{DocID: "od-01", Start: 40, End: 80, Code: "organisational.training", Coder: "bob"},
		} {
			c.Origin, c.Status, c.Quote = corpus.OriginManual, corpus.StatusAccepted, "q"
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
		}
		return tx.InsertCoding(&corpus.Coding{DocID: "od-01", Start: 0, End: 30, Code: "matching.mismatch", Coder: "auto",
			Origin: corpus.OriginRule, Status: corpus.StatusSuggested, Quote: "q"})
	})
	if err != nil {
		t.Fatal(err)
	}
	c := f.client("alice")
	c.get("/report", 200)
	res, html := c.do("GET", "/report/view", nil, nil)
	if res.StatusCode != 200 || !strings.Contains(html, "Web test") || !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Errorf("report: %d, CSP %q", res.StatusCode, res.Header.Get("Content-Security-Policy"))
	}
	// As `groundwork report`: people's codings, the pending suggestion left
	// out and said so, and the two coders' agreement.
	for _, want := range []string{"1 suggestion that nobody has reviewed yet is left out", "Agreement between coders"} {
		if !strings.Contains(html, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if mixed := c.get("/report/view?rebuild=1&include=suggested", 200); strings.Contains(mixed, "left out") || !strings.Contains(mixed, "rest on unreviewed suggestions alone") {
		t.Error("with include=suggested the report does not count the pending suggestion")
	}
	if !strings.Contains(c.get("/report?include=suggested", 200), "<b>with pending suggestions</b>") {
		t.Error("the report page does not say it counts pending suggestions")
	}
	page := c.get("/agreement?coders=alice&coders=bob", 200)
	if !strings.Contains(page, "Krippendorff") || !strings.Contains(page, "isolation.reduced") {
		t.Error("the agreement page lacks its table")
	}
	var ag struct {
		Coders []string
		Codes  []struct {
			Code              string
			KrippendorffAlpha *float64 `json:"krippendorff_alpha"`
		}
	}
	c.json("GET", "/api/agreement?coders=alice,bob", nil, 200, &ag)
	if len(ag.Coders) != 2 || len(ag.Codes) == 0 {
		t.Errorf("agreement = %+v", ag)
	}
	c.json("GET", "/api/agreement?coders=alice", nil, 400, nil)
	c.get("/codebook", 200)
	var turns []turnJSON
	c.json("GET", "/api/documents/acc-01/turns", nil, 200, &turns)
	if len(turns) != 4 || !turns[0].Interviewer || turns[3].Start16 != turns[3].Start+1 {
		t.Errorf("turns = %+v", turns)
	}
}

func TestApplyRules(t *testing.T) {
	f := newFixture(t)
	c := f.client("alice")
	rules := "- id: isolation.reduced/cafe\n  terms: [café]\n"
	c.json("PUT", "/api/codebook/codes/isolation.reduced", CodeEdit{Rules: &rules}, 200, nil)
	var res struct {
		Segments int
		Changes  []struct {
			Code        string
			Added, Kept int
			Reason      string
		}
	}
	c.json("POST", "/api/autocode", map[string]any{"codes": []string{"isolation.reduced"}}, 200, &res)
	if len(res.Changes) != 1 || res.Changes[0].Added != 2 {
		t.Fatalf("autocode = %+v", res)
	}
	var q suggestionJSON
	c.json("GET", "/api/suggestions?code=isolation.reduced", nil, 200, &q)
	if q.LeftForCode != 2 || q.Suggestion.Rule != "isolation.reduced/cafe" || q.Suggestion.Evidence == "" {
		t.Errorf("queue = %+v", q)
	}
	// Search finds the new suggestions when asked to count them (a code
	// filter counts people's codings, as the report does), or by suggested:.
	if n := c.searchTotal("q=week&code=isolation.reduced&include=suggested"); n != 1 {
		t.Errorf("search by the new suggestions' code: %d hits", n)
	}
	if n := c.searchTotal("q=" + url.QueryEscape("week suggested:isolation.reduced")); n != 1 {
		t.Errorf("search for the new suggestions with suggested: %d hits", n)
	}
	if n := c.searchTotal("q=week&code=isolation.reduced"); n != 0 {
		t.Errorf("a code filter counts %d segments only suggested, want 0 as the report counts", n)
	}
	// The form button does the same (nothing left to do now).
	form := url.Values{"csrf": {c.csrf}, "code": {"isolation.reduced"}}
	r, _ := c.do("POST", "/codebook/autocode", strings.NewReader(form.Encode()), map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
	if r.StatusCode != http.StatusSeeOther || !strings.Contains(r.Header.Get("Location"), "recoded=") {
		t.Errorf("form: %d %s", r.StatusCode, r.Header.Get("Location"))
	}
	c.json("POST", "/api/autocode", map[string]any{"codes": []string{"nope"}}, 422, nil)
}

// TestConcurrentUse codes, searches and reads at once (run with -race).
func TestConcurrentUse(t *testing.T) {
	f := newFixture(t)
	doc, _ := f.st.Document(context.Background(), "acc-01")
	s16, e16 := utf16Span(t, doc.Text, "We met at the café")
	codes := []string{"benefits.informational", "benefits.psychosocial", "isolation.reduced", "matching", "boundaries", "organisational"}
	done := make(chan error, len(codes))
	for i, code := range codes {
		c := f.client(fmt.Sprintf("coder%d", i))
		go func() {
			var err error
			defer func() { done <- err }()
			for range 3 {
				body := fmt.Sprintf(`{"document":"acc-01","start":%d,"end":%d,"units":"utf16","code":%q}`, s16, e16, code)
				if res, text := c.do("POST", "/api/codings", strings.NewReader(body), nil); res.StatusCode >= 300 {
					err = fmt.Errorf("create: %d %s", res.StatusCode, text)
					return
				}
				if res, _ := c.do("GET", "/api/search?q=caf%C3%A9", nil, nil); res.StatusCode != 200 {
					err = fmt.Errorf("search: %d", res.StatusCode)
					return
				}
				if res, _ := c.do("GET", "/doc/acc-01", nil, nil); res.StatusCode != 200 {
					err = fmt.Errorf("page: %d", res.StatusCode)
					return
				}
			}
		}()
	}
	for range codes {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	if n := f.client("x").searchTotal("q=week&code=organisational"); n != 1 {
		t.Errorf("after concurrent coding the index has %d hits for the last code", n)
	}
}

// TestRunKeepsReady checks the background work: the report is built and
// the index catches up with a document another process stored.
func TestRunKeepsReady(t *testing.T) {
	proj, other := newProject(t, map[string]string{"acc-01.txt": accentDoc, "od-01.txt": plainDoc})
	f := serve(t, proj, "")
	text := "Participant: The allotment kept me going."
	err := other.Tx(context.Background(), func(tx *corpus.Tx) error {
		doc := &corpus.Document{ID: "new-01", Path: "n", Format: "txt", Hash: "n", Text: text, Words: 5, Attrs: map[string]string{"programme": "P"}}
		return tx.PutDocument(doc, []corpus.Turn{{Seq: 1, Speaker: "Participant", Start: 13, End: len(text)}},
			[]corpus.Segment{{Seq: 1, TurnSeq: 1, Start: 13, End: len(text), Words: 5, Text: text[13:]}})
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	go func() {
		f.srv.Run(ctx)
		close(ran)
	}()
	deadline := time.Now().Add(20 * time.Second)
	for {
		fresh := false
		f.live.read(func(ix *corpus.Index) error {
			fresh, _ = ix.Fresh(context.Background(), f.st)
			return nil
		})
		f.srv.repMu.Lock()
		built := f.srv.rep != nil
		f.srv.repMu.Unlock()
		if fresh && built {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 20s: index fresh %v, report built %v", fresh, built)
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case <-ran:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop")
	}
	if n := f.client("x").searchTotal("q=allotment"); n != 1 {
		t.Errorf("the document stored by the other process is not found: %d hits", n)
	}
}
