package workbench

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/corpus"
)

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
