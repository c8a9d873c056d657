package workbench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"os"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// layout is what every page's frame needs.
type layout struct {
	Title    string
	Nav      string
	Project  string
	Coder    string
	CSRF     string
	CodesCSS string
}

// page is the data a page template gets: the frame and the page's own.
type page struct {
	L layout
	D any
}

// pageNames are the page templates, each with base.tmpl.
const pageNames = "documents transcript suggestions codebook codeedit search report agreement coder error"

func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"docURL": docURL,
		"pct": func(p float64) string {
			return strconv.Itoa(int(p*100+0.5)) + "%"
		},
		"num": func(p *float64) string {
			if p == nil {
				return "—"
			}
			return strconv.FormatFloat(*p, 'f', 2, 64)
		},
		"plural": func(n int, noun string) string {
			if n == 1 {
				return "1 " + noun
			}
			return strconv.Itoa(n) + " " + noun + "s"
		},
		"join":  strings.Join,
		"lines": func(s string) []string { return strings.Split(s, "\n") },
	}
	out := map[string]*template.Template{}
	for _, name := range strings.Fields(pageNames) {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/base.tmpl", "templates/"+name+".tmpl")
		if err != nil {
			return nil, fmt.Errorf("workbench: parsing %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

func docURL(id string) string { return "/doc/" + url.PathEscape(id) }

// frame prepares a page's frame: the CSRF cookie, and the coder, whom a
// page asks for first (needsCoder) before anything else.
func (s *Server) frame(w http.ResponseWriter, r *http.Request, nav, title string, needsCoder bool) (layout, bool) {
	l := layout{Title: title, Nav: nav, Project: s.proj.Config.Name, Coder: coder(r), CSRF: csrfToken(w, r), CodesCSS: "/assets/codes.css"}
	if needsCoder && l.Coder == "" {
		http.Redirect(w, r, "/coder?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return l, false
	}
	if c, err := s.codebook(); err == nil {
		l.CodesCSS += "?v=" + c.cb.Hash()[:12]
	}
	return l, true
}

// render executes a page template into a buffer, so that a failure is
// reported as an error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, status int, name string, l layout, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "base", page{L: l, D: data}); err != nil {
		s.logf("error: rendering %s: %v", name, err)
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// fail shows an error page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	if status >= 500 {
		s.logf("error: %s: %v", r.URL.Path, err)
	}
	l := layout{Title: http.StatusText(status), Project: s.proj.Config.Name, Coder: coder(r), CodesCSS: "/assets/codes.css"}
	s.render(w, status, "error", l, map[string]any{"Status": status, "Message": err.Error()})
}

func statusOf(err error) int {
	var ve *codebook.ValidationError
	var be badEdit
	switch {
	case errors.Is(err, corpus.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, errStale):
		return http.StatusConflict
	case errors.As(err, &ve), errors.As(err, &be):
		return http.StatusUnprocessableEntity
	}
	return http.StatusInternalServerError
}

// codesCSS is the stylesheet of code colours: one class per code, setting
// the colour its highlights and chips are drawn in.
func (s *Server) codesCSS(w http.ResponseWriter, r *http.Request) {
	c, err := s.codebook()
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	if err != nil {
		w.Write([]byte("/* the codebook has problems: see the Codebook page */\n"))
		return
	}
	var b strings.Builder
	for _, code := range c.cb.Codes() {
		fmt.Fprintf(&b, ".%s{--c:%s}\n", c.classes[code.ID], colour(c.cb, code.ID))
	}
	w.Header().Set("Cache-Control", "private, max-age=86400")
	w.Write([]byte(b.String()))
}

// ---- Documents -------------------------------------------------------

type attrFilter struct {
	Name, Param, Selected string
	Values                []string
}

type coderCount struct {
	Accepted, Suggested, Rejected int
}

func (c coderCount) Total() int { return c.Accepted + c.Suggested + c.Rejected }

type docRow struct {
	ID, Programme, Role string
	Extra               []string
	Words               int
	Progress            []coderCount // per coder, as docsData.Coders
}

type docsData struct {
	Filters    []attrFilter
	ExtraNames []string
	Coders     []string
	Rows       []docRow
	Total      int
}

// documentList lists the documents matching the request's filters, with
// coding counts per coder.
func (s *Server) documentList(r *http.Request) (*docsData, error) {
	ctx := r.Context()
	docs, err := s.st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	counts, err := s.st.CodingCountsByDocument(ctx)
	if err != nil {
		return nil, err
	}
	names := slices.Clone(s.proj.Config.AttributeNames())
	values := map[string]map[string]bool{}
	for _, d := range docs {
		for k, v := range d.Attrs {
			if !slices.Contains(names, k) {
				names = append(names, k)
			}
			if values[k] == nil {
				values[k] = map[string]bool{}
			}
			values[k][v] = true
		}
	}
	data := &docsData{Total: len(docs)}
	q := r.URL.Query()
	want := map[string]string{}
	for _, n := range names {
		param := "a." + n
		if n == "programme" || n == "role" {
			param = n
		}
		f := attrFilter{Name: n, Param: param, Selected: q.Get(param)}
		for v := range values[n] {
			f.Values = append(f.Values, v)
		}
		sort.Strings(f.Values)
		if f.Selected != "" {
			want[n] = f.Selected
		}
		if len(f.Values) > 0 {
			data.Filters = append(data.Filters, f)
		}
		if n != "programme" && n != "role" && len(values[n]) > 0 {
			data.ExtraNames = append(data.ExtraNames, n)
		}
	}
	coders := map[string]bool{}
	byDoc := map[string]map[string]*coderCount{}
	for _, c := range counts {
		coders[c.Coder] = true
		m := byDoc[c.DocID]
		if m == nil {
			m = map[string]*coderCount{}
			byDoc[c.DocID] = m
		}
		cc := m[c.Coder]
		if cc == nil {
			cc = &coderCount{}
			m[c.Coder] = cc
		}
		switch c.Status {
		case corpus.StatusAccepted:
			cc.Accepted += c.Count
		case corpus.StatusSuggested:
			cc.Suggested += c.Count
		case corpus.StatusRejected:
			cc.Rejected += c.Count
		}
	}
	for c := range coders {
		data.Coders = append(data.Coders, c)
	}
	sortCoders(data.Coders)
	for _, d := range docs {
		ok := true
		for k, v := range want {
			if d.Attr(k) != v {
				ok = false
			}
		}
		if !ok {
			continue
		}
		row := docRow{ID: d.ID, Programme: d.Attr("programme"), Role: d.Attr("role"), Words: d.Words}
		for _, n := range data.ExtraNames {
			row.Extra = append(row.Extra, d.Attr(n))
		}
		for _, c := range data.Coders {
			var cc coderCount
			if p := byDoc[d.ID][c]; p != nil {
				cc = *p
			}
			row.Progress = append(row.Progress, cc)
		}
		data.Rows = append(data.Rows, row)
	}
	return data, nil
}

// sortCoders puts the auto-coder first and people after it, by name.
func sortCoders(cs []string) {
	sort.Slice(cs, func(i, j int) bool {
		if (cs[i] == corpus.AutoCoder) != (cs[j] == corpus.AutoCoder) {
			return cs[i] == corpus.AutoCoder
		}
		return cs[i] < cs[j]
	})
}

func (s *Server) pageDocuments(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "documents", "Documents", true)
	if !ok {
		return
	}
	data, err := s.documentList(r)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	s.render(w, http.StatusOK, "documents", l, data)
}

// ---- Transcript ------------------------------------------------------

type memoView struct {
	Author, Text, When string
}

type chip struct {
	ID                          int64
	Code, Label, Class          string
	Coder, Status, Origin, Rule string
	Own, Suggestion             bool
	Memos                       []memoView
}

type turnView struct {
	Seq         int
	Speaker     string
	Interviewer bool
	Start       int // rune offset of the turn's text
	Start16     int // the same in UTF-16 units
	Time        string
	HTML        template.HTML
	Chips       []chip
}

type legendItem struct {
	Code, Label, Class string
	Count              int
}

type transcriptData struct {
	Doc       *corpus.Document
	Attrs     [][2]string
	Turns     []turnView
	Legend    []legendItem
	Coders    []string
	Only      string
	Rejected  bool
	Codings   int
	Prev      string
	Next      string
	Hit       bool
	CBProblem string
}

func (s *Server) pageTranscript(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "documents", "", true)
	if !ok {
		return
	}
	data, err := s.transcript(r, l.Coder)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	l.Title = data.Doc.ID
	s.render(w, http.StatusOK, "transcript", l, data)
}

// transcript builds the transcript view: each turn's text with its
// codings as nested highlights, and a margin of the codes on it.
func (s *Server) transcript(r *http.Request, me string) (*transcriptData, error) {
	ctx := r.Context()
	id := r.PathValue("id")
	doc, err := s.st.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	turns, err := s.st.Turns(ctx, id)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	data := &transcriptData{Doc: doc, Only: q.Get("coder"), Rejected: q.Get("rejected") == "1"}
	statuses := []string{corpus.StatusAccepted, corpus.StatusSuggested}
	if data.Rejected {
		statuses = append(statuses, corpus.StatusRejected)
	}
	all, err := s.st.Codings(ctx, corpus.CodingFilter{DocIDs: []string{id}, Statuses: statuses})
	if err != nil {
		return nil, err
	}
	var cb *codebook.Codebook
	classes := map[string]string{}
	if c, err := s.codebook(); err == nil {
		cb, classes = c.cb, c.classes
	} else {
		data.CBProblem = err.Error()
	}
	memos, err := s.st.Memos(ctx, "coding", "")
	if err != nil {
		return nil, err
	}
	memosOf := map[string][]memoView{}
	for _, m := range memos {
		memosOf[m.Target] = append(memosOf[m.Target], memoView{Author: m.Author, Text: m.Text, When: m.CreatedAt.Local().Format("2 Jan 2006 15:04")})
	}
	seenCoder := map[string]bool{}
	var codings []*corpus.Coding
	for _, c := range all {
		if !seenCoder[c.Coder] {
			seenCoder[c.Coder] = true
			data.Coders = append(data.Coders, c.Coder)
		}
		if data.Only == "" || c.Coder == data.Only {
			codings = append(codings, c)
		}
	}
	sortCoders(data.Coders)
	data.Codings = len(codings)

	label := func(code string) string {
		if cb != nil {
			if c, ok := cb.Code(code); ok && c.Label != "" {
				return c.Label
			}
		}
		return code
	}
	class := func(c *corpus.Coding) string {
		k := classes[c.Code]
		if k == "" {
			k = "cx"
		}
		if c.Status == corpus.StatusSuggested {
			k += " s"
		} else if c.Status == corpus.StatusRejected {
			k += " x"
		}
		return k
	}
	marks := make([]mark, 0, len(codings)+1)
	legend := map[string]*legendItem{}
	for _, c := range codings {
		marks = append(marks, mark{Start: c.Start, End: c.End, ID: c.ID, Class: class(c)})
		li := legend[c.Code]
		if li == nil {
			li = &legendItem{Code: c.Code, Label: label(c.Code), Class: classes[c.Code]}
			legend[c.Code] = li
		}
		li.Count++
	}
	if hs, he, ok := parseRange(q.Get("hl")); ok {
		marks = append(marks, mark{Start: hs, End: he, Hit: true})
		data.Hit = true
	}
	assignLanes(marks)
	for _, li := range legend {
		data.Legend = append(data.Legend, *li)
	}
	sort.Slice(data.Legend, func(i, j int) bool {
		return data.Legend[i].Count > data.Legend[j].Count || data.Legend[i].Count == data.Legend[j].Count && data.Legend[i].Code < data.Legend[j].Code
	})

	ti := newTextIndex(doc.Text)
	var b strings.Builder
	ci := 0 // codings are sorted by start: the first that may still overlap
	for _, t := range turns {
		tv := turnView{Seq: t.Seq, Speaker: t.Speaker, Interviewer: t.Interviewer, Start: t.Start, Start16: ti.utf16Of(t.Start)}
		if t.HasTime {
			tv.Time = fmtDuration(t.TimeStart)
		}
		b.Reset()
		if t.End > len(ti.runes) || t.Start > t.End {
			return nil, fmt.Errorf("turn %d of %s lies outside the text", t.Seq, id)
		}
		renderMarked(&b, ti, t.Start, t.End, marks)
		tv.HTML = template.HTML(b.String())
		for ci < len(codings) && codings[ci].End <= t.Start {
			ci++
		}
		for _, c := range codings[ci:] {
			if c.Start >= t.End {
				break
			}
			if c.End <= t.Start {
				continue
			}
			tv.Chips = append(tv.Chips, chip{ID: c.ID, Code: c.Code, Label: label(c.Code), Class: class(c),
				Coder: c.Coder, Status: c.Status, Origin: c.Origin, Rule: c.Rule,
				Own: c.Coder == me, Suggestion: c.Coder == corpus.AutoCoder && c.Status == corpus.StatusSuggested,
				Memos: memosOf[strconv.FormatInt(c.ID, 10)]})
		}
		data.Turns = append(data.Turns, tv)
	}
	for _, k := range sortedKeys(doc.Attrs) {
		data.Attrs = append(data.Attrs, [2]string{k, doc.Attrs[k]})
	}
	docs, err := s.st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	for i, d := range docs {
		if d.ID == id {
			if i > 0 {
				data.Prev = docs[i-1].ID
			}
			if i+1 < len(docs) {
				data.Next = docs[i+1].ID
			}
		}
	}
	return data, nil
}

func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		ri, rj := attrRank(out[i]), attrRank(out[j])
		return ri < rj || ri == rj && out[i] < out[j]
	})
	return out
}

func attrRank(n string) int {
	switch n {
	case "programme":
		return 0
	case "role":
		return 1
	}
	return 2
}

func fmtDuration(d interface{ Seconds() float64 }) string {
	t := int(d.Seconds())
	return fmt.Sprintf("%d:%02d:%02d", t/3600, t/60%60, t%60)
}

// ---- Suggestions -----------------------------------------------------

type codeInfo struct {
	ID, Label, Definition, UseWhen, DoNotUseWhen, Class string
}

func (s *Server) codeInfo(c *cachedCodebook, id string) codeInfo {
	ci := codeInfo{ID: id, Label: id, Class: "cx"}
	if c == nil {
		return ci
	}
	if code, ok := c.cb.Code(id); ok {
		ci.Label, ci.Definition, ci.UseWhen, ci.DoNotUseWhen, ci.Class = code.Label, code.Definition, code.UseWhen, code.DoNotUseWhen, c.classes[id]
		if ci.Label == "" {
			ci.Label = id
		}
	}
	return ci
}

type codeCount struct {
	Code, Label string
	Count       int
}

// queue is the state of the review queue at one suggestion.
type queue struct {
	Current     *corpus.Coding
	Left        int // suggestions still to review
	LeftForCode int // of them, of the filtered code
	Codes       []codeCount
}

// nextSuggestion finds the first pending auto suggestion after the coding
// after (in document order, wrapping round), of code when code is not "".
func (s *Server) nextSuggestion(r *http.Request, after int64, code string) (*queue, error) {
	all, err := s.st.Codings(r.Context(), corpus.CodingFilter{Coders: []string{corpus.AutoCoder}})
	if err != nil {
		return nil, err
	}
	q := &queue{}
	counts := map[string]int{}
	from := 0
	for i, c := range all {
		if c.ID == after {
			from = i + 1
		}
		if c.Status == corpus.StatusSuggested {
			q.Left++
			counts[c.Code]++
			if code == "" || c.Code == code {
				q.LeftForCode++
			}
		}
	}
	for k := 0; k < len(all); k++ {
		c := all[(from+k)%len(all)]
		if c.Status == corpus.StatusSuggested && (code == "" || c.Code == code) {
			q.Current = c
			break
		}
	}
	for k, n := range counts {
		q.Codes = append(q.Codes, codeCount{Code: k, Count: n})
	}
	sort.Slice(q.Codes, func(i, j int) bool { return q.Codes[i].Code < q.Codes[j].Code })
	return q, nil
}

type suggestionData struct {
	Q           *queue
	CodeFilter  string
	Doc         *corpus.Document
	Speaker     string
	Question    string
	Before      string
	Passage     template.HTML
	After       string
	Code        codeInfo
	RuleText    string
	Interviewer bool
}

func (s *Server) pageSuggestions(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "suggestions", "Suggestions", true)
	if !ok {
		return
	}
	ctx := r.Context()
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	data := &suggestionData{CodeFilter: r.URL.Query().Get("code")}
	q, err := s.nextSuggestion(r, after, data.CodeFilter)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	data.Q = q
	cbc, _ := s.codebook()
	for i := range q.Codes {
		q.Codes[i].Label = s.codeInfo(cbc, q.Codes[i].Code).Label
	}
	if c := q.Current; c != nil {
		doc, err := s.st.Document(ctx, c.DocID)
		if err != nil {
			s.fail(w, r, statusOf(err), err)
			return
		}
		turns, err := s.st.Turns(ctx, c.DocID)
		if err != nil {
			s.fail(w, r, statusOf(err), err)
			return
		}
		data.Doc = doc
		data.Code = s.codeInfo(cbc, c.Code)
		if cbc != nil {
			if rule, ok := cbc.cb.Rule(c.Rule); ok {
				data.RuleText = rule.String()
			}
		}
		ti := newTextIndex(doc.Text)
		for i, t := range turns {
			if t.Start <= c.Start && c.Start < t.End || i == len(turns)-1 {
				data.Speaker = t.Speaker
				for j := i - 1; j >= 0; j-- {
					if turns[j].Interviewer {
						data.Question = ti.slice(turns[j].Start, turns[j].End)
						break
					}
				}
				s0, e0 := max(min(c.Start, len(ti.runes)), 0), max(min(c.End, len(ti.runes)), 0)
				ts, te := min(t.Start, s0), max(t.End, e0)
				data.Before = ti.slice(ts, s0)
				var b strings.Builder
				renderMarked(&b, ti, s0, e0, []mark{{Start: s0, End: e0, ID: c.ID, Class: data.Code.Class}})
				data.Passage = template.HTML(b.String())
				data.After = ti.slice(e0, te)
				break
			}
		}
	}
	s.render(w, http.StatusOK, "suggestions", l, data)
}

// ---- Codebook --------------------------------------------------------

type codeRow struct {
	ID, Label, Definition, UseWhen, DoNotUseWhen, Class, Colour string
	Depth                                                       int
	Rules                                                       []string
	Examples                                                    []string
	Groups                                                      []string
	Counts                                                      []int // per programme
	Total                                                       int
}

type codebookData struct {
	Name, Version, Description, Hash, File string
	Programmes                             []string
	Codes                                  []codeRow
	Groups                                 []*codebook.Group
	Problems                               []string
	Saved                                  string
	Recoded                                string // what re-applying the rules did
	RecodedCode                            string // to which code ("" for all)
}

func (s *Server) pageCodebook(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "codebook", "Codebook", true)
	if !ok {
		return
	}
	q := r.URL.Query()
	data := &codebookData{Saved: q.Get("saved"), Recoded: q.Get("recoded"), RecodedCode: q.Get("code"), File: s.proj.CodebookPath()}
	c, err := s.codebook()
	if err != nil {
		var ve *codebook.ValidationError
		if !errors.As(err, &ve) {
			s.fail(w, r, statusOf(err), err)
			return
		}
		for _, p := range ve.Problems {
			data.Problems = append(data.Problems, p.String())
		}
		s.render(w, http.StatusOK, "codebook", l, data)
		return
	}
	ctx := r.Context()
	docs, err := s.st.Documents(ctx)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	progOf := map[string]string{}
	progIdx := map[string]int{}
	for _, d := range docs {
		p := d.Attr("programme")
		progOf[d.ID] = p
		if _, ok := progIdx[p]; !ok {
			progIdx[p] = 0
			data.Programmes = append(data.Programmes, p)
		}
	}
	sort.Strings(data.Programmes)
	for i, p := range data.Programmes {
		progIdx[p] = i
	}
	counts := map[string][]int{}
	err = s.st.EachCoding(ctx, corpus.CodingFilter{Statuses: []string{corpus.StatusAccepted, corpus.StatusSuggested}}, func(k *corpus.Coding) error {
		p, ok := progOf[k.DocID]
		if !ok {
			return nil
		}
		v := counts[k.Code]
		if v == nil {
			v = make([]int, len(data.Programmes))
			counts[k.Code] = v
		}
		v[progIdx[p]]++
		return nil
	})
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	cb := c.cb
	data.Name, data.Version, data.Description, data.Hash, data.Groups = cb.Name, cb.Version, cb.Description, cb.Hash(), cb.Groups()
	for _, code := range cb.Codes() {
		row := codeRow{ID: code.ID, Label: code.Label, Definition: code.Definition, UseWhen: code.UseWhen,
			DoNotUseWhen: code.DoNotUseWhen, Class: c.classes[code.ID], Colour: colour(cb, code.ID), Depth: code.Depth,
			Examples: code.Examples, Groups: code.Groups, Counts: make([]int, len(data.Programmes))}
		for _, rule := range code.Rules {
			row.Rules = append(row.Rules, rule.ID+": "+rule.String())
		}
		// A code's count includes its descendants', as the report counts.
		for _, id := range append([]string{code.ID}, codeIDs(cb.Descendants(code.ID))...) {
			for i, n := range counts[id] {
				row.Counts[i] += n
				row.Total += n
			}
		}
		data.Codes = append(data.Codes, row)
	}
	s.render(w, http.StatusOK, "codebook", l, data)
}

func codeIDs(cs []*codebook.Code) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

type codeEditData struct {
	ID, Label, Definition, UseWhen, DoNotUseWhen, Colour, Rules, Base, File string
	Problems                                                                []string
}

func (s *Server) pageCodeEdit(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "codebook", "Edit code", true)
	if !ok {
		return
	}
	c, err := s.codebook()
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	id := r.PathValue("id")
	code, ok := c.cb.Code(id)
	if !ok {
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no code %q in the codebook", id))
		return
	}
	data := &codeEditData{ID: id, Label: code.Label, Definition: code.Definition, UseWhen: code.UseWhen,
		DoNotUseWhen: code.DoNotUseWhen, Colour: code.Colour, Rules: rulesText(c.src, id), Base: c.cb.Hash(), File: s.proj.CodebookPath()}
	l.Title = "Edit " + id
	s.render(w, http.StatusOK, "codeedit", l, data)
}

func (s *Server) postCodeEdit(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "codebook", "Edit code", true)
	if !ok {
		return
	}
	id := r.PathValue("id")
	f := func(k string) *string { v := r.PostFormValue(k); return &v }
	e := CodeEdit{Label: f("label"), Definition: f("definition"), UseWhen: f("use_when"), DoNotUseWhen: f("do_not_use_when"),
		Colour: f("colour"), Rules: f("rules"), Base: r.PostFormValue("base")}
	if err := s.editCode(r.Context(), id, e); err != nil {
		data := &codeEditData{ID: id, Label: *e.Label, Definition: *e.Definition, UseWhen: *e.UseWhen, DoNotUseWhen: *e.DoNotUseWhen,
			Colour: *e.Colour, Rules: *e.Rules, Base: e.Base, File: s.proj.CodebookPath()}
		data.Problems = problems(err)
		l.Title = "Edit " + id
		s.render(w, statusOf(err), "codeedit", l, data)
		return
	}
	http.Redirect(w, r, "/codebook?saved="+url.QueryEscape(id)+"#"+url.QueryEscape(id), http.StatusSeeOther)
}

// postAutocode re-applies the rules of one code (or of every code whose
// rules changed, when code is empty) and goes back to the codebook.
func (s *Server) postAutocode(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.frame(w, r, "codebook", "", true); !ok {
		return
	}
	id := r.PostFormValue("code")
	var codes []string
	if id != "" {
		codes = []string{id}
	}
	res, err := s.autocode(r.Context(), codes)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	added, removed := 0, 0
	for _, c := range res.Changes {
		added += c.Added
		removed += c.Removed
	}
	msg := fmt.Sprintf("Rules applied over %d segments: %d suggestions added, %d removed.", res.Segments, added, removed)
	if len(res.Changes) == 0 {
		msg = "The auto-coder's suggestions are up to date with the rules."
	}
	to := "/codebook?recoded=" + url.QueryEscape(msg)
	if id != "" {
		to += "&code=" + url.QueryEscape(id) + "#" + url.QueryEscape(id)
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

func problems(err error) []string {
	var ve *codebook.ValidationError
	if errors.As(err, &ve) {
		var out []string
		for _, p := range ve.Problems {
			q := p
			q.File = path.Base(q.File)
			out = append(out, q.String())
		}
		return out
	}
	return []string{err.Error()}
}

// editCode changes one code in codebook.yaml: the edit is made on the
// file's current text, validated, and written atomically.
func (s *Server) editCode(ctx context.Context, id string, e CodeEdit) error {
	return s.st.Locked(ctx, func() error { return s.editCodeLocked(id, e) })
}

func (s *Server) editCodeLocked(id string, e CodeEdit) error {
	path := s.proj.CodebookPath()
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading the codebook: %w", err)
	}
	if e.Base != "" {
		cur, err := codebook.Parse(path, src)
		if err == nil && cur.Hash() != e.Base {
			return errStale
		}
	}
	out, err := editCodebook(path, src, id, e)
	if err != nil {
		var ve *codebook.ValidationError
		if errors.As(err, &ve) || errors.Is(err, corpus.ErrNotFound) {
			return err
		}
		return badEdit{err}
	}
	if string(out) == string(src) {
		return nil // nothing changed
	}
	mode := fileMode(path)
	if err := corpus.WriteFileAtomic(path, out, mode); err != nil {
		return fmt.Errorf("writing the codebook: %w", err)
	}
	s.forgetCodebook()
	return nil
}

// ---- Search ----------------------------------------------------------

type hitView struct {
	corpus.Hit
	Parts []corpus.KWICPart
	Link  string
}

type searchData struct {
	Q, Programme, Role, Code string
	Programmes, Roles        []string
	Codes                    []codeInfo
	Result                   *corpus.SearchResult
	Hits                     []hitView
	Error                    string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "search", "Search", true)
	if !ok {
		return
	}
	q := r.URL.Query()
	data := &searchData{Q: q.Get("q"), Programme: q.Get("programme"), Role: q.Get("role"), Code: q.Get("code")}
	docs, err := s.st.Documents(r.Context())
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	data.Programmes, data.Roles = distinct(docs, "programme"), distinct(docs, "role")
	if c, err := s.codebook(); err == nil {
		for _, code := range c.cb.Codes() {
			data.Codes = append(data.Codes, s.codeInfo(c, code.ID))
		}
	}
	if strings.TrimSpace(data.Q) != "" {
		limit, _ := strconv.Atoi(q.Get("limit"))
		if limit <= 0 || limit > 500 {
			limit = 50
		}
		res, err := s.search(r.Context(), corpus.SearchRequest{Query: data.Q, Programme: data.Programme, Role: data.Role, Code: data.Code, Limit: limit})
		if err != nil {
			data.Error = err.Error()
		} else {
			data.Result = res
			for _, h := range res.Hits {
				hv := hitView{Hit: h, Parts: corpus.KWIC(h), Link: docURL(h.Document)}
				if len(h.Matches) > 0 {
					hv.Link += fmt.Sprintf("?hl=%d-%d#hit", h.Start+h.Matches[0][0], h.Start+h.Matches[0][1])
				}
				data.Hits = append(data.Hits, hv)
			}
		}
	}
	s.render(w, http.StatusOK, "search", l, data)
}

func distinct(docs []*corpus.Document, attr string) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		if v := d.Attr(attr); v != "" && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

// ---- Report ----------------------------------------------------------

type cachedReport struct {
	key  string
	html []byte
}

type reportData struct {
	Status string
	Built  bool
}

func (s *Server) pageReport(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "report", "Report", true)
	if !ok {
		return
	}
	st := r.URL.Query().Get("status")
	if st != corpus.StatusAccepted {
		st = ""
	}
	s.render(w, http.StatusOK, "report", l, &reportData{Status: st})
}

// reportHTML builds the theme report (analysis.Load, reports.Build,
// reports.WriteHTML), again only when the codings or the codebook changed
// or rebuild is asked for.
func (s *Server) reportHTML(ctx context.Context, status string, rebuild bool) ([]byte, error) {
	c, err := s.codebook()
	if err != nil {
		return nil, err
	}
	v, err := s.st.IndexVersion(ctx)
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("%d|%s|%s", v, c.cb.Hash(), status)
	s.repMu.Lock()
	defer s.repMu.Unlock()
	if s.rep != nil && s.rep.key == key && !rebuild {
		return s.rep.html, nil
	}
	sel := analysis.Selection{}
	if status != "" {
		sel.Statuses = []string{status}
	}
	html, err := buildReport(ctx, s.st, c.cb, s.proj.Config.Name, sel)
	if err != nil {
		return nil, err
	}
	s.rep = &cachedReport{key: key, html: html}
	return html, nil
}

// reportCSP lets the report's own inline styles through and nothing else:
// it has no scripts.
const reportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

func (s *Server) reportView(w http.ResponseWriter, r *http.Request) {
	if coder(r) == "" {
		http.Redirect(w, r, "/coder?next=/report", http.StatusSeeOther)
		return
	}
	st := r.URL.Query().Get("status")
	if st != corpus.StatusAccepted {
		st = ""
	}
	html, err := s.reportHTML(r.Context(), st, r.URL.Query().Get("rebuild") == "1")
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	w.Header().Set("Content-Security-Policy", reportCSP)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(html)
}

// ---- Agreement -------------------------------------------------------

type agreeRow struct {
	analysis.CodeAgreement
	Label string
}

type agreementData struct {
	Coders   []string
	Selected map[string]bool
	Unit     string
	Result   *analysis.Agreement
	Rows     []agreeRow
	Error    string
}

func (s *Server) pageAgreement(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "agreement", "Agreement", true)
	if !ok {
		return
	}
	data, err := s.agreement(r)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	s.render(w, http.StatusOK, "agreement", l, data)
}

func (s *Server) agreement(r *http.Request) (*agreementData, error) {
	ctx := r.Context()
	st, err := s.st.Status(ctx)
	if err != nil {
		return nil, err
	}
	data := &agreementData{Selected: map[string]bool{}, Unit: r.URL.Query().Get("unit")}
	seen := map[string]bool{}
	for _, c := range st.Codings {
		if !seen[c.Coder] {
			seen[c.Coder] = true
			data.Coders = append(data.Coders, c.Coder)
		}
	}
	sortCoders(data.Coders)
	var chosen []string
	for _, v := range r.URL.Query()["coders"] {
		for _, c := range strings.Split(v, ",") {
			if c = strings.TrimSpace(c); c != "" && !data.Selected[c] {
				data.Selected[c] = true
				chosen = append(chosen, c)
			}
		}
	}
	if data.Unit == "" {
		data.Unit = analysis.UnitSegment
	}
	if len(chosen) == 0 && len(r.URL.Query()["coders"]) == 0 {
		// One click from the menu: compare the people who code, or the one
		// person with the auto-coder.
		var people []string
		for _, c := range data.Coders {
			if c != corpus.AutoCoder {
				people = append(people, c)
			}
		}
		switch {
		case len(people) >= 2:
			chosen = people
		case len(people) == 1 && len(data.Coders) == 2:
			chosen = data.Coders
		}
		for _, c := range chosen {
			data.Selected[c] = true
		}
	}
	if len(chosen) == 0 {
		return data, nil
	}
	c, err := s.codebook()
	if err != nil {
		return nil, err
	}
	res, err := analysis.Agree(ctx, s.st, c.cb, analysis.AgreeOptions{Coders: chosen, Unit: data.Unit, Bootstrap: -1})
	if err != nil {
		data.Error = err.Error()
		return data, nil
	}
	data.Result = res
	for _, ca := range res.Codes {
		data.Rows = append(data.Rows, agreeRow{CodeAgreement: ca, Label: s.codeInfo(c, ca.Code).Label})
	}
	return data, nil
}

// ---- Coder -----------------------------------------------------------

type coderData struct {
	Name, Next, Error string
	Known             []string
}

func (s *Server) pageCoder(w http.ResponseWriter, r *http.Request) {
	l, _ := s.frame(w, r, "coder", "Who is coding?", false)
	data := &coderData{Name: l.Coder, Next: safeNext(r.URL.Query().Get("next"))}
	if st, err := s.st.Status(r.Context()); err == nil {
		for _, c := range st.Codings {
			if c.Coder != corpus.AutoCoder && !slices.Contains(data.Known, c.Coder) {
				data.Known = append(data.Known, c.Coder)
			}
		}
	}
	s.render(w, http.StatusOK, "coder", l, data)
}

func (s *Server) postCoder(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PostFormValue("name"))
	next := safeNext(r.PostFormValue("next"))
	if err := validCoder(name); err != nil {
		l, _ := s.frame(w, r, "coder", "Who is coding?", false)
		s.render(w, http.StatusUnprocessableEntity, "coder", l, &coderData{Name: name, Next: next, Error: err.Error()})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: coderCookie, Value: url.QueryEscape(name), Path: "/", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, MaxAge: 400 * 24 * 3600})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// safeNext keeps a redirect target on this server.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}
