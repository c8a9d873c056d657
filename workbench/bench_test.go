package workbench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/groundwork-qda/groundwork/corpus"
)

// bigTranscript is an interview of about 10,000 words: 50 questions and 50
// long answers, with accents and emoji here and there.
func bigTranscript() string {
	r := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields(`the group helped me a lot because she had been through it and I could ring her late at night when
		things were bad and we would talk about the tablets the clinic the nurse my husband the children the café
		naïve résumé 😀 support boundaries training volunteer felt alone lonely isolated peer mentor listen heard`)
	var b strings.Builder
	b.WriteString("---\nid: big-01\nprogramme: HeartMates\nrole: patient\n---\n")
	for q := 0; q < 50; q++ {
		fmt.Fprintf(&b, "Interviewer: Question %d, what happened next?\n\nParticipant:", q+1)
		for w := 0; w < 195; w++ {
			b.WriteString(" " + words[r.IntN(len(words))])
			if w%15 == 14 {
				b.WriteString(".")
			}
		}
		b.WriteString(".\n\n")
	}
	return b.String()
}

// bigFixture serves a project holding the big transcript with 300
// overlapping codings by three coders.
func bigFixture(t testing.TB) *fixture {
	t.Helper()
	proj, st := newProject(t, map[string]string{"big-01.txt": bigTranscript()})
	ctx := context.Background()
	doc, err := st.Document(ctx, "big-01")
	if err != nil {
		t.Fatal(err)
	}
	turns, _ := st.Turns(ctx, "big-01")
	codes := []string{"benefits.informational", "benefits.psychosocial", "isolation.reduced", "boundaries.personal_contact", "matching.process", "organisational.training"}
	r := rand.New(rand.NewPCG(3, 4))
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		for i := 0; i < 300; i++ {
			turn := turns[1+2*r.IntN(len(turns)/2)]
			s := turn.Start + r.IntN(turn.End-turn.Start-20)
			e := min(turn.End, s+20+r.IntN(400))
			c := &corpus.Coding{DocID: "big-01", Start: s, End: e, Code: codes[r.IntN(len(codes))], Coder: []string{"alice", "bob", corpus.AutoCoder}[i%3],
				Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: string([]rune(doc.Text)[s:e])}
			if c.Coder == corpus.AutoCoder {
				c.Origin, c.Status, c.Rule = corpus.OriginRule, corpus.StatusSuggested, c.Code+"/1"
			}
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return serve(t, proj, "")
}

// get serves one page to alice without the network and returns the time
// the server took.
func (f *fixture) timeGet(t testing.TB, path string) time.Duration {
	t.Helper()
	req := httptest.NewRequest("GET", "http://127.0.0.1"+path, nil)
	req.AddCookie(&http.Cookie{Name: coderCookie, Value: "alice"})
	rec := httptest.NewRecorder()
	start := time.Now()
	f.srv.ServeHTTP(rec, req)
	d := time.Since(start)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d %.200s", path, rec.Code, rec.Body.String())
	}
	return d
}

func median(ds []time.Duration) time.Duration {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2]
}

func BenchmarkTranscriptPage(b *testing.B) {
	f := bigFixture(b)
	words := 0
	if d, err := f.st.Document(context.Background(), "big-01"); err == nil {
		words = d.Words
	}
	b.ReportMetric(float64(words), "words")
	for b.Loop() {
		f.timeGet(b, "/doc/big-01")
	}
}

// TestBigTranscriptPage renders the 10,000-word transcript with 300
// codings and checks that the page is well nested, with a chip for every
// coding. How fast it is, BenchmarkTranscriptPage measures (the goal is
// 100 ms).
func TestBigTranscriptPage(t *testing.T) {
	f := bigFixture(t)
	c := f.client("alice")
	page := c.get("/doc/big-01", 200)
	if o, cl := strings.Count(page, `<span class="h `), strings.Count(page, "</span>"); o == 0 || o > cl {
		t.Errorf("%d highlight spans opened, %d spans closed", o, cl)
	}
	if n := strings.Count(page, `<li class="chip `); n < 300 {
		t.Errorf("%d chips in the margin, want at least one per coding", n)
	}
}

// TestDemoPageTimes serves every page of the demo study, each answering
// 200, and logs the server time of each (the goal is under 100 ms: logged
// for the eye, not asserted, which a busy machine would fail).
func TestDemoPageTimes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the demo study")
	}
	proj, st := demoProject(t)
	// alice reviews the first 40 suggestions, so that agreement has two coders.
	ctx := context.Background()
	sugs, err := st.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.AutoCoder}})
	if err != nil {
		t.Fatal(err)
	}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		for i, c := range sugs[:40] {
			var err error
			if i%4 == 3 {
				err = tx.Reject(c)
			} else {
				_, err = tx.Accept(c, "alice")
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	f := serve(t, proj, "")
	f.timeGet(t, "/report/view") // build the report once, as Run does in the background
	pages := []string{"/", "/?programme=HeartMates", "/doc/np-01", "/doc/cp-02", "/suggestions", "/codebook",
		"/codebook/edit/boundaries.personal_contact", "/search?q=" + url.QueryEscape(`"late at night" phone`), "/report", "/report/view",
		"/agreement?coders=auto&coders=alice", "/code/isolation.reduced", "/code/benefits?sub=1",
		"/compare?code=isolation.reduced&code=isolation.experienced", "/compare?code=isolation.reduced&code=benefits.shared_experience&combine=and",
		"/history", "/search?code=isolation.reduced", "/api/documents", "/api/documents/np-01/codings", "/api/codebook", "/api/suggestions",
		"/api/search?q=lonely"}
	var report []string
	for _, p := range pages {
		var ds []time.Duration
		for range 5 {
			ds = append(ds, f.timeGet(t, p))
		}
		m := median(ds)
		report = append(report, fmt.Sprintf("%-52s %6.1f ms", p, float64(m.Microseconds())/1000))
	}
	t.Logf("server time per page, median of 5:\n%s", strings.Join(report, "\n"))
}
