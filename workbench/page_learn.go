package workbench

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/groundwork-qda/groundwork/analysis"
)

// The learned suggester in the workbench: the "Code next" page lists the
// passages `code next` would (analysis.Next), and a button learns the codes
// from people's coding (analysis.Learn) in the background, as `code learn`
// does; the Suggestions page shows the learned suggestions and the models'
// figures.

// learnState is the background learning: at most one run at a time, and
// what the last one did.
type learnState struct {
	mu     sync.Mutex
	status learnStatus
	// wg waits for a run to finish (tests, and a server shutting down).
	wg sync.WaitGroup
}

// learnStatus is what GET /api/learn answers.
type learnStatus struct {
	Running  bool                  `json:"running"`
	Coder    string                `json:"coder,omitempty"`
	Started  string                `json:"started,omitempty"`
	Finished string                `json:"finished,omitempty"`
	Result   *analysis.LearnResult `json:"result,omitempty"`
	Error    string                `json:"error,omitempty"`
	// Message says in a sentence what the run did (or is doing).
	Message string `json:"message,omitempty"`
}

func (l *learnState) get() learnStatus {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.status
}

// startLearning learns in the background for coder me, unless a run is
// under way (false). It checks the codes asked for first, so that a wrong
// one is an error of the request, not of the run.
func (s *Server) startLearning(me string, codes []string) (bool, error) {
	c, err := s.codebookWith(codes)
	if err != nil {
		return false, err
	}
	l := &s.learn
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.status.Running {
		return false, nil
	}
	l.status = learnStatus{Running: true, Coder: me, Started: time.Now().UTC().Format(time.RFC3339),
		Message: "Learning from people's coding…"}
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		// The run outlives the request that started it (the researcher may
		// leave the page while it learns), not the workbench.
		res, err := analysis.Learn(s.bg, s.st, c.cb, analysis.LearnOptions{Codes: codes})
		st := learnStatus{Coder: me, Started: l.get().Started, Finished: time.Now().UTC().Format(time.RFC3339), Result: res}
		if err != nil {
			s.logf("error: learning from people's coding: %v", err)
			st.Error = err.Error()
			st.Message = "Learning failed: " + err.Error()
		} else {
			st.Message = learnMessage(res)
			s.signalChange()
			s.forgetNext()
		}
		l.mu.Lock()
		l.status = st
		l.mu.Unlock()
	}()
	return true, nil
}

// learnMessage says what a learning run did, as code learn's last line.
func learnMessage(res *analysis.LearnResult) string {
	var learned, unchanged, skipped, added, removed int
	for _, c := range res.Codes {
		switch c.Status {
		case "learned":
			learned++
		case "unchanged":
			unchanged++
		default:
			skipped++
		}
		added += c.Added
		removed += c.Removed
	}
	return fmt.Sprintf("Learned %s from %s people coded (%d unchanged, %d not learned: the Code next page says why): %s added, %d removed.",
		plural(learned, "code"), plural(res.Coded, "interview"), unchanged, skipped, plural(added, "suggestion"), removed)
}

// nextData is the Code next page.
type nextData struct {
	Learn learnStatus
	// Working says the queue is being worked out; Asof when it was.
	Working  bool
	Asof     string
	Error    string
	Passages []nextRow
	Models   []modelRow
	// NotLearned are the codes that learned nothing, each with why (and
	// how many more codings would let it learn); AnyLearned, that some
	// code did.
	NotLearned []modelRow
	AnyLearned bool
	// Codes are the codes the models learned, for the filter.
	Codes      []codeCount
	CodeFilter string
	N          int
}

// nextRow is a passage to code next, with its text and code's label.
type nextRow struct {
	analysis.NextPassage
	Label string
	Text  string
}

// nextOptions reads ?n= (default 20, at most 200) and ?code=.
func (s *Server) nextOptions(r *http.Request) (analysis.NextOptions, error) {
	c, err := s.codebook()
	if err != nil {
		return analysis.NextOptions{}, err
	}
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	if n <= 0 || n > 200 {
		n = 20
	}
	opts := analysis.NextOptions{N: n}
	if code := r.URL.Query().Get("code"); code != "" {
		if _, ok := c.cb.Code(code); !ok {
			return opts, badRequest{fmt.Errorf("no code %q in the codebook", code)}
		}
		opts.Codes = []string{code}
	}
	return opts, nil
}

// nextState is the Code next page's queue, worked out in the background
// (analysis.Next learns every code, which takes minutes on a large
// project) and kept until learning runs again or the researcher asks for
// it afresh.
type nextState struct {
	mu       sync.Mutex
	key      string // the options it was worked out for
	running  bool
	at       time.Time
	passages []analysis.NextPassage
	codes    []analysis.CodeLearning // what learning did for each code
	err      string
	wg       sync.WaitGroup
}

func nextKey(o analysis.NextOptions) string { return fmt.Sprintf("%d %v", o.N, o.Codes) }

// nextQueue returns the queue worked out for opts, starting to work it out
// (again, when fresh) if there is none; working says it is under way.
func (s *Server) nextQueue(opts analysis.NextOptions, fresh bool) (q *nextState, working bool) {
	st := &s.next
	st.mu.Lock()
	defer st.mu.Unlock()
	key := nextKey(opts)
	if st.running || st.key == key && !fresh {
		return st, st.running
	}
	st.key, st.running, st.passages, st.codes, st.err = key, true, nil, nil, ""
	c, err := s.codebook()
	if err != nil {
		st.running, st.err = false, err.Error()
		return st, false
	}
	st.wg.Add(1)
	go func() {
		defer st.wg.Done()
		next, codes, err := analysis.Next(s.bg, s.st, c.cb, opts)
		st.mu.Lock()
		defer st.mu.Unlock()
		st.running, st.at, st.passages, st.codes = false, time.Now().UTC(), next, codes
		if err != nil {
			s.logf("error: working out what to code next: %v", err)
			st.err = err.Error()
		}
	}()
	return st, true
}

// forgetNext drops the queue: learning changed the models it came from.
func (s *Server) forgetNext() {
	s.next.mu.Lock()
	defer s.next.mu.Unlock()
	if !s.next.running {
		s.next.key = ""
	}
}

func (s *Server) pageNext(w http.ResponseWriter, r *http.Request) {
	l, cbc, ok := s.codebookFrame(w, r, "suggestions", "Code next")
	if !ok {
		return
	}
	ctx := r.Context()
	opts, err := s.nextOptions(r)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	data := &nextData{Learn: s.learn.get(), CodeFilter: r.URL.Query().Get("code"), N: opts.N}
	if data.Models, err = s.learnedModels(ctx); err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	for _, m := range data.Models {
		data.Codes = append(data.Codes, codeCount{Code: m.Code, Label: m.Label})
	}
	q, working := s.nextQueue(opts, r.URL.Query().Get("fresh") != "")
	q.mu.Lock()
	next, codes, errText, at := q.passages, q.codes, q.err, q.at
	q.mu.Unlock()
	data.Working, data.Error = working, errText
	for _, c := range codes {
		if c.Status == "skipped" {
			data.NotLearned = append(data.NotLearned, modelRow{CodeLearning: c, Label: s.codeInfo(cbc, c.Code).Label})
		} else {
			data.AnyLearned = true
		}
	}
	if !working {
		data.Asof = at.Format("15:04:05 UTC")
	}
	texts := map[string]*textIndex{}
	for _, p := range next {
		ti := texts[p.Document]
		if ti == nil {
			doc, err := s.st.Document(ctx, p.Document)
			if err != nil {
				s.fail(w, r, statusOf(err), err)
				return
			}
			ti = newTextIndex(doc.Text)
			texts[p.Document] = ti
		}
		start, end := max(min(p.Start, len(ti.runes)), 0), max(min(p.End, len(ti.runes)), 0)
		data.Passages = append(data.Passages, nextRow{NextPassage: p, Label: s.codeInfo(cbc, p.Code).Label, Text: clipRunes(ti.slice(start, end), 300)})
	}
	s.render(w, http.StatusOK, "next", l, data)
}

// clipRunes cuts s to at most n runes, marking the cut.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + " …"
}

// postLearn starts learning from the Code next page's button.
func (s *Server) postLearn(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "suggestions", "", true)
	if !ok {
		return
	}
	if _, err := s.startLearning(l.Coder, nil); err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	// Already running: the page shows that run, which is what was asked.
	http.Redirect(w, r, "/next", http.StatusSeeOther)
}

// apiLearned answers the stored learned models' figures, by code.
func (s *Server) apiLearned(w http.ResponseWriter, r *http.Request) {
	c, ok := s.requireCodebook(w, r)
	if !ok {
		return
	}
	figs, err := analysis.LearnedFigures(r.Context(), s.st, c.cb)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"codes": figs, "learning": s.learn.get()})
}

// apiNext answers the passages to code next: ?n= (default 20), ?code=.
// It learns the codes while the request waits, as `code next` does.
func (s *Server) apiNext(w http.ResponseWriter, r *http.Request) {
	opts, err := s.nextOptions(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	c, ok := s.requireCodebook(w, r)
	if !ok {
		return
	}
	next, learned, err := analysis.Next(r.Context(), s.st, c.cb, opts)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"passages": emptyList(next), "codes": learned})
}

// apiLearn starts learning in the background: body {"codes": [...]} (empty:
// every code). It answers 202 with the run's status, or 409 when a run is
// under way; GET /api/learn says how it went.
func (s *Server) apiLearn(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Codes []string `json:"codes"`
	}
	me, ok := requireCoderBody(w, r, &req)
	if !ok {
		return
	}
	started, err := s.startLearning(me, req.Codes)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	st := s.learn.get()
	if !started {
		writeJSON(w, http.StatusConflict, map[string]any{"error": "learning is already running (started by " + st.Coder + " at " + st.Started + "); GET /api/learn says when it is done", "learning": st})
		return
	}
	writeJSON(w, http.StatusAccepted, st)
}

// apiLearnStatus answers how the last learning run went, or that one runs.
func (s *Server) apiLearnStatus(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.learn.get())
}
