package workbench

import (
	"context"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/demo"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
)

// accentDoc has accents and an emoji (a character outside the BMP, two
// UTF-16 units) before the passages the tests code.
const accentDoc = `---
id: acc-01
programme: HeartMates
role: patient
condition: heart failure
---
Interviewer: Tell me about the café.

Participant: Le café était très bon 😀 and the naïve peer said she'd ring me late at night. I felt less alone after that.

Interviewer: And then? <script>alert(1)</script>

Participant: We met at the café every week; she showed me how to keep a little chart on the fridge for my weights.
`

const plainDoc = `---
id: od-01
programme: Open Door Peer Support
role: peer supporter
---
Interviewer: What do you do?

Participant: I listen, mostly. People ring me when they feel alone, and we talk it through. The training helped me keep boundaries.
`

// fixture is a small project served by a test server.
type fixture struct {
	t    testing.TB
	proj *corpus.Project
	st   *corpus.Store
	live *LiveIndex
	srv  *Server
	ts   *httptest.Server
}

// newProject creates a peer-support project in a temporary directory and
// ingests the given transcripts (name -> text).
func newProject(t testing.TB, files map[string]string) (*corpus.Project, *corpus.Store) {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, name := range slices.Sorted(maps.Keys(files)) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	proj, st, _ := ingesttest.Project(t, "Web test", paths...)
	return proj, st
}

// demoProject builds the demo study as `groundwork demo` does (ingest,
// index, auto-code), plus the accented test document.
func demoProject(t testing.TB) (*corpus.Project, *corpus.Store) {
	t.Helper()
	ctx := context.Background()
	proj, st := newProject(t, map[string]string{"acc-01.txt": accentDoc})
	paths, err := demo.WriteTranscripts(filepath.Join(proj.Dir, "demo"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Ingest(ctx, proj, st, paths, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := corpus.RebuildIndex(ctx, proj.IndexPath(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := codebook.Load(proj.CodebookPath())
	if err != nil {
		ix.Close()
		t.Fatal(err)
	}
	_, err = analysis.AutoCode(ctx, st, cb, func(ctx context.Context, q string) (map[string]bool, error) {
		return ix.SegmentsMatching(ctx, q)
	}, analysis.AutoOptions{})
	ix.Close()
	if err != nil {
		t.Fatal(err)
	}
	return proj, st
}

// serve opens the project's store and index as `groundwork serve` does
// (its transactions keeping the index the server holds) and serves the
// project on a loopback test server.
func serve(t testing.TB, proj *corpus.Project, token string) *fixture {
	t.Helper()
	ctx := context.Background()
	live := &LiveIndex{}
	st, err := corpus.OpenStore(ctx, proj.StorePath(), corpus.WithIndex(live))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := corpus.OpenIndexForWriting(ctx, proj.IndexPath(), st, nil, nil)
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	live.Hold(ix)
	srv, err := New(Config{Project: proj, Store: st, Index: live, Token: token, Logf: func(f string, a ...any) {
		if strings.HasPrefix(f, "error") || strings.HasPrefix(f, "warning") {
			t.Logf(f, a...)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(func() {
		ts.Close()
		srv.learn.wg.Wait() // background work ends before the store closes
		srv.next.wg.Wait()
		live.Close()
		st.Close()
	})
	return &fixture{t: t, proj: proj, st: st, live: live, srv: srv, ts: ts}
}

func newFixture(t testing.TB) *fixture {
	proj, _ := newProject(t, map[string]string{"acc-01.txt": accentDoc, "od-01.txt": plainDoc})
	return serve(t, proj, "")
}

// client is a browser-like client: a cookie jar with the CSRF cookie, and
// a coder when one is named.
type client struct {
	f    *fixture
	hc   *http.Client
	csrf string
}

func (f *fixture) client(coderName string) *client {
	f.t.Helper()
	jar, _ := cookiejar.New(nil)
	hc := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	u, _ := url.Parse(f.ts.URL)
	if coderName != "" {
		jar.SetCookies(u, []*http.Cookie{{Name: coderCookie, Value: url.QueryEscape(coderName), Path: "/"}})
	}
	c := &client{f: f, hc: hc}
	var me struct{ Coder, CSRF string }
	c.json("GET", "/api/coder", nil, 200, &me)
	c.csrf = me.CSRF
	if c.csrf == "" {
		f.t.Fatal("no CSRF token")
	}
	return c
}

// do sends a request with the CSRF header and returns the response and body.
func (c *client) do(method, path string, body io.Reader, hdr map[string]string) (*http.Response, string) {
	c.f.t.Helper()
	req, err := http.NewRequest(method, c.f.ts.URL+path, body)
	if err != nil {
		c.f.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set(csrfHeader, c.csrf)
	for k, v := range hdr {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	res, err := c.hc.Do(req)
	if err != nil {
		c.f.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// json sends a JSON request, checks the status and decodes the answer.
func (c *client) json(method, path string, in any, want int, out any) string {
	c.f.t.Helper()
	var body io.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = strings.NewReader(string(b))
	}
	res, text := c.do(method, path, body, nil)
	if res.StatusCode != want {
		c.f.t.Fatalf("%s %s: status %d, want %d: %s", method, path, res.StatusCode, want, text)
	}
	if out != nil {
		if err := json.Unmarshal([]byte(text), out); err != nil {
			c.f.t.Fatalf("%s %s: decoding %q: %v", method, path, text, err)
		}
	}
	return text
}

func (c *client) get(path string, want int) string {
	c.f.t.Helper()
	res, text := c.do("GET", path, nil, nil)
	if res.StatusCode != want {
		c.f.t.Fatalf("GET %s: status %d, want %d: %.300s", path, res.StatusCode, want, text)
	}
	return text
}

// searchTotal is how many segments GET /api/search?query finds.
func (c *client) searchTotal(query string) uint64 {
	c.f.t.Helper()
	var res corpus.SearchResult
	c.json("GET", "/api/search?"+query, nil, 200, &res)
	return res.Total
}

// utf16Span returns the UTF-16 offsets of the first occurrence of sub in text.
func utf16Span(t testing.TB, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return utf16Count(text[:i]), utf16Count(text[:i+len(sub)])
}

// runeSpan returns the rune offsets of the first occurrence of sub in text.
func runeSpan(t testing.TB, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	s := len([]rune(text[:i]))
	return s, s + len([]rune(sub))
}
