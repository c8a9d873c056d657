package workbench

import (
	"net/http"
	"slices"
	"sort"

	"github.com/groundwork-qda/groundwork/corpus"
)

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
	servePage(s, w, r, "documents", "Documents", s.documentList)
}
