package workbench

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

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
	LeftForCode int // of them, of the filtered code and the codes below it
	Codes       []codeCount
}

// nextSuggestion finds the first pending suggestion (the rules' or the
// learned models', or only the suggester's the request's ?suggester=
// names) after the coding after, of code (or one below it) when code is
// not "", in the order `codings review` walks them
// (corpus.SortForReview: surest first, then document order), wrapping round.
func (s *Server) nextSuggestion(r *http.Request, after int64, code string) (*queue, error) {
	suggesters := []string{corpus.AutoCoder, corpus.LearnedCoder}
	if sg := r.URL.Query().Get("suggester"); sg != "" {
		if !corpus.IsSuggester(sg) {
			return nil, badRequest{fmt.Errorf("no suggester %q: the suggesters are %s and %s", sg, corpus.AutoCoder, corpus.LearnedCoder)}
		}
		suggesters = []string{sg}
	}
	all, err := s.st.Codings(r.Context(), corpus.CodingFilter{Coders: suggesters})
	if err != nil {
		return nil, err
	}
	// Settled suggestions keep their confidence, so the one just reviewed
	// keeps its place and "after it" stays where it was.
	corpus.SortForReview(all)
	inFilter := s.codeFamily(code)
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
			if inFilter(c.Code) {
				q.LeftForCode++
			}
		}
	}
	for k := 0; k < len(all); k++ {
		c := all[(from+k)%len(all)]
		if c.Status == corpus.StatusSuggested && inFilter(c.Code) {
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

// codeFamily reports whether a code is the code filtered on or one below
// it in the codebook; every code passes an empty filter.
func (s *Server) codeFamily(code string) func(string) bool {
	if code == "" {
		return func(string) bool { return true }
	}
	codes := []string{code}
	if c, err := s.codebook(); err == nil {
		codes = c.cb.WithDescendants(code)
	}
	return func(id string) bool { return slices.Contains(codes, id) }
}

type suggestionData struct {
	Q               *queue
	CodeFilter      string
	SuggesterFilter string
	Doc             *corpus.Document
	Speaker         string
	Question        string
	Before          string
	Passage         template.HTML
	After           string
	Code            codeInfo
	RuleText        string
	Interviewer     bool
	// Learned explains a learned suggestion (nil for a rule's).
	Learned *analysis.LearnedExplanation
	// Models are the figures of the learned models, by code.
	Models []modelRow
}

// modelRow is a learned model's figures with its code's label.
type modelRow struct {
	analysis.CodeLearning
	Label string
}

// learnedModels lists the stored learned models' figures, labelled.
func (s *Server) learnedModels(ctx context.Context) ([]modelRow, error) {
	cbc, err := s.codebook()
	if err != nil {
		return nil, err
	}
	figs, err := analysis.LearnedFigures(ctx, s.st, cbc.cb)
	if err != nil {
		return nil, err
	}
	out := make([]modelRow, len(figs))
	for i, f := range figs {
		out[i] = modelRow{CodeLearning: f, Label: s.codeInfo(cbc, f.Code).Label}
	}
	return out, nil
}

// nearestShown is how many of the passages people coded most like a
// learned suggestion the workbench shows with it.
const nearestShown = 3

func (s *Server) pageSuggestions(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "suggestions", "Suggestions", true)
	if !ok {
		return
	}
	ctx := r.Context()
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	data := &suggestionData{CodeFilter: r.URL.Query().Get("code"), SuggesterFilter: r.URL.Query().Get("suggester")}
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
	if data.Models, err = s.learnedModels(ctx); err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	if c := q.Current; c != nil {
		if c.Coder == corpus.LearnedCoder {
			if data.Learned, err = analysis.ExplainLearned(ctx, s.st, c, nearestShown); err != nil {
				s.fail(w, r, statusOf(err), err)
				return
			}
		}
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
