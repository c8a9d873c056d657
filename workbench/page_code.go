package workbench

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reorg"
)

// A code's page reads all its passages side by side, for constant
// comparison: grouped by programme (or any attribute), each with who said
// it and a sentence either side, filterable by coder and status, beside
// the code's definition and memos. The compare page sets two or more
// codes side by side, or lists the passages of one code that another
// overlaps (A and B) or does not (A and not B).

// passagesPerPage is how many passages a code's page shows at once;
// perCell how many each cell of a comparison shows.
const (
	passagesPerPage = 100
	perCell         = 25
)

type passageView struct {
	analysis.Passage
	Link       string
	Class      string
	Label      string
	Memos      []memoView
	Suggestion bool // a pending suggestion: accept or reject it here
	Restorable bool // a rejected suggestion: restore it
	// SpaceBefore and SpaceAfter say whether the context is set apart from
	// the passage by a space (not before a comma, say).
	SpaceBefore, SpaceAfter bool
}

// groupView is the passages of one value of the grouping attribute, one
// cell per code compared.
type groupView struct {
	Value, Anchor string
	Count         int
	Cells         []cellView
}

type cellView struct {
	Passages []passageView
	More     int    // passages not shown
	MoreURL  string // where they are
}

// codeMain is the code a code's page is about.
type codeMain struct {
	codeInfo
	Parent      *codeInfo
	Children    []codeInfo
	ToBeDefined bool
	Rules       int
}

type codePageData struct {
	Compare  bool
	Codes    []string // the codes compared, in order
	Main     *codeMain
	Columns  []codeInfo
	Combine  string
	Title    string
	By       string
	Attrs    []string
	In       string
	AllURL   string // the page without ?in= and ?page=
	Sub      bool
	Coders   []string
	Coder    string
	Statuses map[string]bool
	Groups   []groupView
	Total    int
	From, To int
	Prev     string
	Next     string
	Memos    []memoView
	AllCodes []codeInfo
}

func codeURL(id string) string { return "/code/" + url.PathEscape(id) }

// anchorID is the HTML id of a group of passages.
func anchorID(value string) string {
	if value == "" {
		return "g--none"
	}
	return "g-" + strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return '-'
	}, value)
}

func (s *Server) pageCode(w http.ResponseWriter, r *http.Request) {
	l, c, code, ok := s.codeFrame(w, r, "", " (renamed or merged? see the History page)")
	if !ok {
		return
	}
	data, err := s.codePage(r, c, code)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	l.Title = data.Main.Label
	s.render(w, http.StatusOK, "code", l, data)
}

// codePage reads the passages of one code (with its sub-codes' when ?sub=1).
func (s *Server) codePage(r *http.Request, c *cachedCodebook, code *codebook.Code) (*codePageData, error) {
	ctx := r.Context()
	data, err := s.passageFilters(r, c)
	if err != nil {
		return nil, err
	}
	data.Main = s.mainCode(c, code)
	data.Columns = []codeInfo{data.Main.codeInfo}
	codes := []string{code.ID}
	if data.Sub {
		codes = c.cb.WithDescendants(code.ID)
	}
	data.Coders, err = s.codersOf(r, codes)
	if err != nil {
		return nil, err
	}
	res, err := analysis.Retrieve(ctx, s.st, data.retrieveOptions(codes, analysis.Each))
	if err != nil {
		return nil, err
	}
	if err := s.pageOfPassages(r, c, data, res); err != nil {
		return nil, err
	}
	memos, err := s.memoViews(ctx, "code", code.ID)
	data.Memos = memos[code.ID]
	return data, err
}

// mainCode describes the code a page is about, with its family.
func (s *Server) mainCode(c *cachedCodebook, code *codebook.Code) *codeMain {
	m := &codeMain{codeInfo: s.codeInfo(c, code.ID), ToBeDefined: code.Definition == reorg.ToBeDefined, Rules: len(code.Rules)}
	if p := code.Parent(); p != nil {
		pi := s.codeInfo(c, p.ID)
		m.Parent = &pi
	}
	for _, ch := range code.Children() {
		m.Children = append(m.Children, s.codeInfo(c, ch.ID))
	}
	return m
}

// passageFilters reads the filters the code and compare pages share:
// ?by= (attribute), ?in= (one of its values), ?coder=, ?status=, ?sub=1.
func (s *Server) passageFilters(r *http.Request, c *cachedCodebook) (*codePageData, error) {
	q := r.URL.Query()
	data := &codePageData{By: q.Get("by"), In: q.Get("in"), Sub: q.Get("sub") == "1", Coder: q.Get("coder"), Statuses: map[string]bool{}}
	if data.By == "" {
		data.By = "programme"
	}
	all := r.URL.Query()
	all.Del("in")
	all.Del("page")
	data.AllURL = r.URL.Path + "?" + all.Encode()
	for _, st := range listParam(r, "status") {
		if st != corpus.StatusAccepted && st != corpus.StatusSuggested && st != corpus.StatusRejected {
			return nil, badRequest{fmt.Errorf("unknown status %q: use accepted, suggested or rejected", st)}
		}
		data.Statuses[st] = true
	}
	if len(data.Statuses) == 0 {
		data.Statuses[corpus.StatusAccepted], data.Statuses[corpus.StatusSuggested] = true, true
	}
	docs, err := s.st.Documents(r.Context())
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, d := range docs {
		for k := range d.Attrs {
			if !seen[k] {
				seen[k] = true
				data.Attrs = append(data.Attrs, k)
			}
		}
	}
	corpus.SortAttributeNames(data.Attrs)
	for _, code := range c.cb.Codes() {
		data.AllCodes = append(data.AllCodes, s.codeInfo(c, code.ID))
	}
	return data, nil
}

func (d *codePageData) retrieveOptions(codes []string, how analysis.Combine) analysis.RetrieveOptions {
	o := analysis.RetrieveOptions{Codes: codes, Combine: how, By: d.By}
	if d.Coder != "" {
		o.Coders = []string{d.Coder}
	}
	for _, st := range []string{corpus.StatusAccepted, corpus.StatusSuggested, corpus.StatusRejected} {
		if d.Statuses[st] {
			o.Statuses = append(o.Statuses, st)
		}
	}
	return o
}

// codersOf lists who has coded with the codes (people first, then the
// suggesters), for the coder filter.
func (s *Server) codersOf(r *http.Request, codes []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	err := s.st.EachCodingRef(r.Context(), corpus.CodingFilter{Codes: codes}, func(ref corpus.CodingRef) error {
		if !seen[ref.Coder] {
			seen[ref.Coder] = true
			out = append(out, ref.Coder)
		}
		return nil
	})
	sortCoders(out)
	return out, err
}

// pageOfPassages puts one page of a retrieval's passages (of the group
// ?in= when given) into data.Groups, one column.
func (s *Server) pageOfPassages(r *http.Request, c *cachedCodebook, data *codePageData, res *analysis.Retrieved) error {
	groups := res.Groups
	if _, ok := r.URL.Query()["in"]; ok {
		groups = slices.DeleteFunc(slices.Clone(groups), func(g analysis.PassageGroup) bool { return g.Value != data.In })
	}
	for _, g := range groups {
		data.Total += len(g.Passages)
	}
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	page = max(page, 1)
	first := (page - 1) * passagesPerPage
	if first >= data.Total && data.Total > 0 {
		return badRequest{fmt.Errorf("page %d is past the last (%d passages, %d a page)", page, data.Total, passagesPerPage)}
	}
	main := ""
	if len(data.Columns) == 1 {
		main = data.Columns[0].ID
	}
	look, err := s.passageLook(r, c)
	if err != nil {
		return err
	}
	n := 0
	for _, g := range groups {
		gv := groupView{Value: g.Value, Anchor: anchorID(g.Value), Count: len(g.Passages), Cells: []cellView{{}}}
		for _, p := range g.Passages {
			if n >= first && n < first+passagesPerPage {
				gv.Cells[0].Passages = append(gv.Cells[0].Passages, look(p, main))
			}
			n++
		}
		if len(gv.Cells[0].Passages) > 0 {
			data.Groups = append(data.Groups, gv)
		}
	}
	data.From, data.To = min(first+1, data.Total), min(first+passagesPerPage, data.Total)
	if page > 1 {
		data.Prev = withParam(r.URL, "page", strconv.Itoa(page-1))
	}
	if data.To < data.Total {
		data.Next = withParam(r.URL, "page", strconv.Itoa(page+1))
	}
	return nil
}

// passageLook returns a function that dresses a passage for the page: its
// code's colour and label, its link into the transcript and its memos.
// A passage of the code of its column (main) is not labelled with it.
func (s *Server) passageLook(r *http.Request, c *cachedCodebook) (func(p analysis.Passage, main string) passageView, error) {
	memos, err := s.codingMemos(r.Context())
	if err != nil {
		return nil, err
	}
	return func(p analysis.Passage, main string) passageView {
		ci := s.codeInfo(c, p.Code)
		if p.Code == main {
			ci.Label = ""
		}
		return passageView{Passage: p, Link: fmt.Sprintf("%s?hl=%d-%d#hit", docURL(p.Document), p.Start, p.End),
			Class: ci.Class, Label: ci.Label, Memos: memos[strconv.FormatInt(p.Coding, 10)],
			Suggestion:  corpus.IsSuggester(p.Coder) && p.Status == corpus.StatusSuggested,
			Restorable:  corpus.IsSuggester(p.Coder) && p.Status == corpus.StatusRejected,
			SpaceBefore: !strings.ContainsAny(lastRune(p.Before), "([{“‘\"'"),
			SpaceAfter:  !strings.ContainsAny(firstRune(p.After), ".,;:!?)]}…”’\"'")}
	}, nil
}

// uniq keeps the first of each string, in order.
func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

// withParam is u's path and query with one parameter set.
func withParam(u *url.URL, name, value string) string {
	q := u.Query()
	q.Set(name, value)
	return u.Path + "?" + q.Encode()
}

func (s *Server) pageCompare(w http.ResponseWriter, r *http.Request) {
	l, c, ok := s.codebookFrame(w, r, "codebook", "Compare codes")
	if !ok {
		return
	}
	data, err := s.comparePage(r, c)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	l.Title = data.Title
	s.render(w, http.StatusOK, "code", l, data)
}

// comparePage reads ?code= (two or more) and ?combine= (side, and, not).
func (s *Server) comparePage(r *http.Request, c *cachedCodebook) (*codePageData, error) {
	data, err := s.passageFilters(r, c)
	if err != nil {
		return nil, err
	}
	data.Compare = true
	codes := uniq(listParam(r, "code"))
	data.Codes = codes
	if len(codes) < 2 {
		return nil, badRequest{fmt.Errorf("name two codes or more to compare: /compare?code=A&code=B")}
	}
	var labels []string
	for _, id := range codes {
		if _, ok := c.cb.Code(id); !ok {
			return nil, corpusNotFound(fmt.Sprintf("no code %q in the codebook", id))
		}
		ci := s.codeInfo(c, id)
		data.Columns = append(data.Columns, ci)
		labels = append(labels, ci.Label)
	}
	if data.Coders, err = s.codersOf(r, codes); err != nil {
		return nil, err
	}
	data.Combine = r.URL.Query().Get("combine")
	switch data.Combine {
	case "", "side":
		data.Combine, data.Title = "side", strings.Join(labels, " · ")
		return data, s.sideBySide(r, c, data, codes)
	case "and", "not":
		how, join := analysis.Both, " and "
		if data.Combine == "not" {
			how, join = analysis.Without, " and not "
		}
		data.Title = labels[0] + join + strings.Join(labels[1:], join)
		res, err := analysis.Retrieve(r.Context(), s.st, data.retrieveOptions(codes, how))
		if err != nil {
			return nil, err
		}
		data.Columns = data.Columns[:1]
		return data, s.pageOfPassages(r, c, data, res)
	}
	return nil, badRequest{fmt.Errorf("unknown combine %q: use side, and or not", data.Combine)}
}

// corpusNotFound is a not-found error with a message of its own.
func corpusNotFound(msg string) error { return fmt.Errorf("%s: %w", msg, corpus.ErrNotFound) }

// sideBySide puts each code's passages in a column of its own, grouped in
// rows by the attribute, so that programmes (or codes) can be compared.
func (s *Server) sideBySide(r *http.Request, c *cachedCodebook, data *codePageData, codes []string) error {
	look, err := s.passageLook(r, c)
	if err != nil {
		return err
	}
	rows := map[string]*groupView{}
	var order []string
	for i, id := range codes {
		res, err := analysis.Retrieve(r.Context(), s.st, data.retrieveOptions([]string{id}, analysis.Each))
		if err != nil {
			return err
		}
		for _, g := range res.Groups {
			if _, ok := r.URL.Query()["in"]; ok && g.Value != data.In {
				continue
			}
			row := rows[g.Value]
			if row == nil {
				row = &groupView{Value: g.Value, Anchor: anchorID(g.Value), Cells: make([]cellView, len(codes))}
				rows[g.Value] = row
				order = append(order, g.Value)
			}
			row.Count += len(g.Passages)
			data.Total += len(g.Passages)
			cell := &row.Cells[i]
			for k, p := range g.Passages {
				if k == perCell {
					cell.More = len(g.Passages) - perCell
					cell.MoreURL = codeURL(id) + "?" + url.Values{"by": {data.By}, "in": {g.Value}}.Encode()
					break
				}
				cell.Passages = append(cell.Passages, look(p, id))
			}
		}
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
	for _, v := range order {
		data.Groups = append(data.Groups, *rows[v])
	}
	data.From, data.To = min(1, data.Total), data.Total
	return nil
}

// apiRetrieve is the code page's data: ?code= (one or more), ?combine=
// (each, and, not), ?by=, ?coder=, ?status=.
func (s *Server) apiRetrieve(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	opts := analysis.RetrieveOptions{Codes: listParam(r, "code"), Combine: analysis.Combine(q.Get("combine")), By: q.Get("by"),
		Coders: listParam(r, "coder"), Statuses: listParam(r, "status")}
	switch opts.Combine {
	case "", analysis.Each:
	case analysis.Both, analysis.Without:
		if len(opts.Codes) < 2 {
			apiError(w, http.StatusBadRequest, "combine=%s needs two codes or more", opts.Combine)
			return
		}
	default:
		apiError(w, http.StatusBadRequest, "unknown combine %q: use each, and or not", opts.Combine)
		return
	}
	if len(opts.Codes) == 0 {
		apiError(w, http.StatusBadRequest, "name at least one code: ?code=ID")
		return
	}
	c, ok := s.requireCodebook(w, r)
	if !ok {
		return
	}
	for _, id := range opts.Codes {
		if _, ok := c.cb.Code(id); !ok {
			apiError(w, http.StatusNotFound, "no code %q in the codebook", id)
			return
		}
	}
	res, err := analysis.Retrieve(r.Context(), s.st, opts)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	res.Groups = emptyList(res.Groups)
	writeJSON(w, http.StatusOK, res)
}
