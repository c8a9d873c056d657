package workbench

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/querylang"
)

// hitsPerPage is how many hits the Search page shows at once.
const hitsPerPage = 50

type hitView struct {
	corpus.Hit
	Parts []corpus.KWICPart
	Link  string
}

// searchProblem explains, in the page's own words, why a search could not
// be run; a syntax error shows the query with the place marked.
type searchProblem struct {
	Message           string
	Before, At, After string // the query around the problem
	Marked, Help      bool
}

type searchData struct {
	Q, Programme, Role, Code string
	Suggested                bool // a code filter counts pending suggestions too
	CodeLabel                string
	Programmes, Roles        []string
	Codes                    []codeInfo
	Result                   *corpus.SearchResult
	Hits                     []hitView
	Problem                  *searchProblem
	From, To                 int
	Paged                    bool // not every hit is on the page
	Prev, Next               string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "search", "Search", true)
	if !ok {
		return
	}
	q := r.URL.Query()
	data := &searchData{Q: q.Get("q"), Programme: q.Get("programme"), Role: q.Get("role"), Code: q.Get("code")}
	data.Suggested, _ = includeSuggested(q)
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
		data.CodeLabel = s.codeInfo(c, data.Code).Label
	}
	// An empty query with a filter lists every segment that passes it (a
	// code's passages, say); with neither there is nothing to do yet.
	if strings.TrimSpace(data.Q) != "" || data.Programme != "" || data.Role != "" || data.Code != "" {
		s.runSearch(r, data)
	}
	s.render(w, http.StatusOK, "search", l, data)
}

// runSearch runs the page's search, one page of hits (?page=).
func (s *Server) runSearch(r *http.Request, data *searchData) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	page = max(page, 1)
	req := corpus.SearchRequest{Query: data.Q, Programme: data.Programme, Role: data.Role, Code: data.Code,
		Suggested: data.Suggested, Limit: hitsPerPage, Offset: (page - 1) * hitsPerPage}
	res, err := s.search(r.Context(), req)
	if err != nil {
		data.Problem = explainSearch(err)
		if data.Problem == nil {
			s.logf("error: search: %v", err)
			data.Problem = &searchProblem{Message: "The search failed: " + err.Error()}
		}
		return
	}
	data.Result = res
	for _, h := range res.Hits {
		hv := hitView{Hit: h, Parts: corpus.KWIC(h), Link: docURL(h.Document)}
		if len(h.Matches) > 0 {
			hv.Link += fmt.Sprintf("?hl=%d-%d#hit", h.Start+h.Matches[0][0], h.Start+h.Matches[0][1])
		} else {
			hv.Link += fmt.Sprintf("?hl=%d-%d#hit", h.Start, h.Start+len([]rune(h.Text)))
		}
		data.Hits = append(data.Hits, hv)
	}
	total := int(res.Total)
	data.From, data.To = min(req.Offset+1, total), min(req.Offset+len(res.Hits), total)
	data.Paged = data.From > 1 || data.To < total
	if page > 1 {
		data.Prev = withParam(r.URL, "page", strconv.Itoa(page-1))
	}
	if data.To < total {
		data.Next = withParam(r.URL, "page", strconv.Itoa(page+1))
	}
}

// includeSuggested reads include=suggested, which makes a search's code
// filter count the pending suggestions beside people's codings (as the
// report's --include suggested does); any other value is an error.
func includeSuggested(q url.Values) (bool, error) {
	for _, v := range q["include"] {
		if v != corpus.StatusSuggested {
			return false, fmt.Errorf("include=%q: only suggested (pending suggestions) can be included", v)
		}
	}
	return len(q["include"]) > 0, nil
}

// explainSearch says what is wrong with a search in words, or returns nil
// when the error is not the search's fault.
func explainSearch(err error) *searchProblem {
	var qe *querylang.Error
	var ue *corpus.UnknownValueError
	switch {
	case errors.As(err, &qe):
		rs := []rune(qe.Query)
		pos := min(max(qe.Pos, 0), len(rs))
		p := &searchProblem{Message: "Groundwork could not read this search: " + qe.Reason + ".", Marked: true, Help: true,
			Before: string(rs[:pos])}
		if pos < len(rs) {
			p.At, p.After = string(rs[pos:pos+1]), string(rs[pos+1:])
		}
		return p
	case errors.As(err, &ue):
		return &searchProblem{Message: sentence(ue.Error())}
	case errors.Is(err, corpus.ErrEmptyQuery):
		return &searchProblem{Message: "Type words to search for, or choose a programme, role or code to list every passage that has it.", Help: true}
	}
	return nil
}

// sentence starts s with a capital and ends it with a full stop.
func sentence(s string) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) == 0 {
		return ""
	}
	rs[0] = unicode.ToUpper(rs[0])
	if !strings.ContainsRune(".?!", rs[len(rs)-1]) {
		rs = append(rs, '.')
	}
	return string(rs)
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
