package workbench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/demo"
	"github.com/groundwork-qda/groundwork/sheet"
)

// learnCode is the code the tests learn: ben coded it on 17 passages of
// his nine interviews, enough to learn from.
const learnCode = "benefits.shared_experience"

// benProject is the demo, auto-coded, with ben's coding of nine
// interviews as the only people's coding: the other interviews are left
// for the learned models to suggest in.
func benProject(t *testing.T) *fixture {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the demo and learns a code")
	}
	proj, st := demoProject(t)
	cb, err := codebook.Load(proj.CodebookPath())
	if err != nil {
		t.Fatal(err)
	}
	data, err := demo.ReadFile("second-reading.csv")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ben.csv")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sheet.Import(context.Background(), st, cb, path, "ben"); err != nil {
		t.Fatal(err)
	}
	return serve(t, proj, "")
}

// learn starts learning learnCode through the API and waits for it.
func (c *client) learn() learnStatus {
	c.f.t.Helper()
	var st learnStatus
	c.json("POST", "/api/learn", map[string]any{"codes": []string{learnCode}}, 202, &st)
	if !st.Running {
		c.f.t.Fatalf("POST /api/learn: not running: %+v", st)
	}
	c.f.srv.learn.wg.Wait()
	c.json("GET", "/api/learn", nil, 200, &st)
	return st
}

// Learning runs in the background from the API; its figures are then
// served by code, and a second run cannot start while one runs.
func TestLearnAPI(t *testing.T) {
	f := benProject(t)
	alice, nobody := f.client("alice"), f.client("")
	var figs struct{ Codes []analysis.CodeLearning }
	alice.json("GET", "/api/learned", nil, 200, &figs)
	if len(figs.Codes) != 0 {
		t.Fatalf("models before learning: %+v", figs.Codes)
	}
	nobody.json("POST", "/api/learn", map[string]any{}, 403, nil)
	alice.json("POST", "/api/learn", map[string]any{"codes": []string{"nope"}}, 422, nil)
	alice.json("POST", "/api/learn", map[string]any{"frobs": 1}, 400, nil)

	st := alice.learn()
	if st.Running || st.Error != "" || st.Result == nil || len(st.Result.Codes) != 1 || st.Result.Codes[0].Status != "learned" || st.Coder != "alice" {
		t.Fatalf("learning: %+v", st)
	}
	if added := st.Result.Codes[0].Added; added == 0 || !strings.Contains(st.Message, fmt.Sprintf("%d suggestions added", added)) {
		t.Errorf("message %q does not say the %d suggestions added", st.Message, added)
	}
	alice.json("GET", "/api/learned", nil, 200, &figs)
	if len(figs.Codes) != 1 || figs.Codes[0].Code != learnCode || figs.Codes[0].CV == nil || figs.Codes[0].Positives != 17 || figs.Codes[0].Threshold <= 0 {
		t.Fatalf("figures after learning: %+v", figs.Codes)
	}

	// One run at a time.
	f.srv.learn.mu.Lock()
	f.srv.learn.status.Running = true
	f.srv.learn.mu.Unlock()
	alice.json("POST", "/api/learn", map[string]any{}, 409, nil)
	if res, _ := alice.do("POST", "/learn", nil, nil); res.StatusCode != 303 || res.Header.Get("Location") != "/next" {
		t.Errorf("POST /learn while learning: %d to %q, want 303 to /next", res.StatusCode, res.Header.Get("Location"))
	}
	if page := alice.get("/next", 200); !strings.Contains(page, `id="learning"`) || !strings.Contains(page, `id="learn" disabled`) {
		t.Error("the Code next page does not say that learning runs")
	}
}

// The Suggestions page walks the rules' suggestions and the learned ones
// surest first, as codings review does, explains a learned one (its
// confidence, figures, words, nearest coded passages) and shows the
// models' figures.
func TestLearnedSuggestionsQueue(t *testing.T) {
	f := benProject(t)
	alice := f.client("alice")
	alice.learn()
	pending, err := f.st.Codings(context.Background(), corpus.CodingFilter{Codes: []string{learnCode},
		Coders: []string{corpus.AutoCoder, corpus.LearnedCoder}, Statuses: []string{corpus.StatusSuggested}})
	if err != nil {
		t.Fatal(err)
	}
	learned := 0
	for _, c := range pending {
		if c.Coder == corpus.LearnedCoder {
			learned++
		}
	}
	if learned == 0 || learned == len(pending) {
		t.Fatalf("%d pending suggestions of %s, %d of them learned: want both kinds", len(pending), learnCode, learned)
	}
	// Skip through the whole queue of the code.
	seen := map[int64]bool{}
	last, after, firstLearned := 2.0, int64(0), int64(0)
	for range pending {
		var q suggestionJSON
		alice.json("GET", fmt.Sprintf("/api/suggestions?code=%s&after=%d", learnCode, after), nil, 200, &q)
		c := q.Suggestion
		if c == nil || seen[c.ID] {
			t.Fatalf("after %d suggestions: %+v", len(seen), c)
		}
		seen[c.ID] = true
		conf := 1.0
		if c.Confidence != nil {
			conf = *c.Confidence
		}
		if conf > last {
			t.Fatalf("suggestion %d (%s, confidence %.3f) comes after one of confidence %.3f", c.ID, c.Coder, conf, last)
		}
		if (c.Coder == corpus.LearnedCoder) != (q.Learned != nil) || (q.Learned != nil && q.Learned.Model == nil) {
			t.Fatalf("suggestion %d by %s explained as %+v", c.ID, c.Coder, q.Learned)
		}
		if c.Coder == corpus.LearnedCoder && firstLearned == 0 {
			page := alice.get(fmt.Sprintf("/suggestions?code=%s&after=%d", learnCode, after), 200)
			for _, want := range []string{`data-id="` + fmt.Sprint(c.ID) + `"`, `id="learned-why"`, fmt.Sprintf(`<b class="confidence">%.2f</b>`, conf),
				"cross-validated by interview: precision", "Pushed up by:", "Held down by:",
				`id="learned-models"`, `<tr data-code="` + learnCode + `">`} {
				if !strings.Contains(page, want) {
					t.Errorf("the page of learned suggestion %d lacks %s", c.ID, want)
				}
			}
			// The passages people coded with the code most like it, or a word
			// that none shares a word with it.
			if !strings.Contains(page, "the passages people coded with it most like this one") && !strings.Contains(page, "No passage a person coded with it shares a word") {
				t.Errorf("the page of learned suggestion %d says nothing of the passages people coded with its code", c.ID)
			}
			// The figures come with the passages behind them: "0.62 (5/8)".
			if !regexp.MustCompile(`cross-validated by interview: precision \d\.\d\d \(\d+/\d+\), recall \d\.\d\d \(\d+/\d+\)`).MatchString(page) {
				t.Errorf("the page of learned suggestion %d gives no counts behind its model's precision and recall", c.ID)
			}
			// The names offered to a coder are people's, not the suggesters'
			// (which the page refuses).
			if page := alice.get("/coder", 200); strings.Contains(page, `<option value="learned">`) || !strings.Contains(page, `<option value="`) {
				t.Error("the coder page offers the learned suggester's name, or no name at all")
			}
			firstLearned = c.ID
		}
		last, after = conf, c.ID
	}
	if len(seen) != len(pending) || firstLearned == 0 {
		t.Errorf("the queue showed %d of %d pending suggestions (first learned: %d)", len(seen), len(pending), firstLearned)
	}
	// Only the learned models' suggestions, surest first: the first is the
	// first learned one of the mixed queue, and the page keeps the filter.
	var q suggestionJSON
	alice.json("GET", "/api/suggestions?suggester=learned&code="+learnCode, nil, 200, &q)
	if q.Suggestion == nil || q.Suggestion.ID != firstLearned || q.Left != learned {
		t.Errorf("learned suggestions only: the first is %+v with %d left, want %d with %d left", q.Suggestion, q.Left, firstLearned, learned)
	}
	page := alice.get("/suggestions?suggester=learned&code="+learnCode, 200)
	if !strings.Contains(page, fmt.Sprintf(`data-id="%d"`, firstLearned)) || !strings.Contains(page, `data-suggester="learned"`) {
		t.Error("the Suggestions page filtered to the learned models does not show their surest first, or forgets the filter")
	}
	alice.json("GET", "/api/suggestions?suggester=bob", nil, 400, nil)
}

// Code next lists uncertain passages, each linking to its place in the
// transcript; the page's button learns.
func TestCodeNext(t *testing.T) {
	f := benProject(t)
	alice := f.client("alice")
	var next struct {
		Passages []analysis.NextPassage
		Codes    []analysis.CodeLearning
	}
	alice.json("GET", "/api/next?n=5&code="+learnCode, nil, 200, &next)
	if len(next.Passages) != 5 || len(next.Codes) != 1 {
		t.Fatalf("next: %+v", next)
	}
	for _, p := range next.Passages {
		if p.Code != learnCode || p.Document == "" || p.End <= p.Start {
			t.Errorf("passage %+v", p)
		}
	}
	alice.json("GET", "/api/next?code=nope", nil, 400, nil)
	// The page works the queue out in the background, and shows it once
	// it is there.
	if page := alice.get("/next?n=5&code="+learnCode, 200); !strings.Contains(page, `id="next-working"`) {
		t.Error("the Code next page does not say it is working the queue out")
	}
	f.srv.next.wg.Wait()
	page := alice.get("/next?n=5&code="+learnCode, 200)
	if strings.Contains(page, `id="next-working"`) || !strings.Contains(page, `id="next-fresh"`) {
		t.Error("the Code next page still works the queue out, or offers no way to work it out again")
	}
	p := next.Passages[0]
	if want := fmt.Sprintf(`href="/doc/%s?hl=%d-%d#hit"`, p.Document, p.Start, p.End); !strings.Contains(page, want) {
		t.Errorf("the Code next page lacks the link %s", want)
	}
	if !strings.Contains(page, `id="learn"`) || strings.Contains(page, `id="learn" disabled`) {
		t.Error("the Code next page lacks an enabled Learn button")
	}
	res, _ := alice.do("POST", "/learn", nil, nil)
	if res.StatusCode != 303 {
		t.Fatalf("POST /learn: %d", res.StatusCode)
	}
	f.srv.learn.wg.Wait()
	page = alice.get("/next", 200)
	if !strings.Contains(page, `id="learned"`) || !strings.Contains(page, "suggestions added") {
		t.Errorf("the Code next page does not show what learning did:\n%s", page)
	}
	// Learning changed the models: the queue is worked out again.
	if page := alice.get("/next?n=5&code="+learnCode, 200); !strings.Contains(page, `id="next-working"`) {
		t.Error("after learning, the Code next page shows the queue of the models before")
	}
	f.srv.next.wg.Wait()
	// Every code: those ben coded too seldom are listed, with how many
	// more codings would let each learn.
	alice.get("/next", 200)
	f.srv.next.wg.Wait()
	if page := alice.get("/next", 200); !strings.Contains(page, `id="not-learned"`) || !strings.Contains(page, "would let it learn") {
		t.Errorf("the Code next page does not list the codes not learned, with why:\n%s", page)
	}
}

// A learning run's message counts one in the singular ("Learned 1 codes"
// before).
func TestLearnMessageCountsOne(t *testing.T) {
	res := &analysis.LearnResult{Coded: 1, Codes: []analysis.CodeLearning{{Status: "learned", Added: 1}, {Status: "skipped"}}}
	want := "Learned 1 code from 1 interview people coded (0 unchanged, 1 not learned: the Code next page says why): 1 suggestion added, 0 removed."
	if got := learnMessage(res); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
