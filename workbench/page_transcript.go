package workbench

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

type memoView struct {
	ID                 int64
	Author, Text, When string
}

type chip struct {
	ID                          int64
	Code, Label, Class          string
	Coder, Status, Origin, Rule string
	SuggestedBy                 string
	Own, Suggestion, Restorable bool
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
	DocMemos  []memoView
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
	codings, err := s.transcriptCodings(ctx, data)
	if err != nil {
		return nil, err
	}
	look := s.codeLook(data)
	memosOf, err := s.codingMemos(ctx)
	if err != nil {
		return nil, err
	}
	marks := data.markCodings(codings, look)
	if hs, he, ok := parseRange(q.Get("hl")); ok {
		marks = append(marks, mark{Start: hs, End: he, Hit: true})
		data.Hit = true
	}
	assignLanes(marks)
	if err := data.renderTurns(doc, turns, codings, marks, look, memosOf, me); err != nil {
		return nil, err
	}
	for _, k := range sortedKeys(doc.Attrs) {
		data.Attrs = append(data.Attrs, [2]string{k, doc.Attrs[k]})
	}
	docMemos, err := s.memoViews(ctx, "document", id)
	if err != nil {
		return nil, err
	}
	data.DocMemos = docMemos[id]
	data.Prev, data.Next, err = s.neighbours(ctx, id)
	return data, err
}

// transcriptCodings reads the document's codings shown (with the coders
// who made any) into data, and returns those of the coder asked for.
func (s *Server) transcriptCodings(ctx context.Context, data *transcriptData) ([]*corpus.Coding, error) {
	statuses := []string{corpus.StatusAccepted, corpus.StatusSuggested}
	if data.Rejected {
		statuses = append(statuses, corpus.StatusRejected)
	}
	all, err := s.st.Codings(ctx, corpus.CodingFilter{DocIDs: []string{data.Doc.ID}, Statuses: statuses})
	if err != nil {
		return nil, err
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
	return codings, nil
}

// codeLook gives codes' labels and CSS classes from the codebook (a
// codebook with problems shows codes by id, and says so in data).
type codeLook struct {
	cb      *codebook.Codebook
	classes map[string]string
}

func (s *Server) codeLook(data *transcriptData) codeLook {
	c, err := s.codebook()
	if err != nil {
		data.CBProblem = err.Error()
		return codeLook{classes: map[string]string{}}
	}
	return codeLook{cb: c.cb, classes: c.classes}
}

func (l codeLook) label(code string) string {
	if l.cb != nil {
		if c, ok := l.cb.Code(code); ok && c.Label != "" {
			return c.Label
		}
	}
	return code
}

// class is a coding's CSS classes: its code's, and s (suggested) or x
// (rejected).
func (l codeLook) class(c *corpus.Coding) string {
	k := l.classes[c.Code]
	if k == "" {
		k = "cx"
	}
	switch c.Status {
	case corpus.StatusSuggested:
		k += " s"
	case corpus.StatusRejected:
		k += " x"
	}
	return k
}

// codingMemos returns the memos on codings, by coding id.
func (s *Server) codingMemos(ctx context.Context) (map[string][]memoView, error) {
	return s.memoViews(ctx, "coding", "")
}

// markCodings returns a highlight per coding and fills the legend.
func (data *transcriptData) markCodings(codings []*corpus.Coding, look codeLook) []mark {
	marks := make([]mark, 0, len(codings)+1)
	legend := map[string]*legendItem{}
	for _, c := range codings {
		marks = append(marks, mark{Start: c.Start, End: c.End, ID: c.ID, Class: look.class(c)})
		li := legend[c.Code]
		if li == nil {
			li = &legendItem{Code: c.Code, Label: look.label(c.Code), Class: look.classes[c.Code]}
			legend[c.Code] = li
		}
		li.Count++
	}
	for _, li := range legend {
		data.Legend = append(data.Legend, *li)
	}
	sort.Slice(data.Legend, func(i, j int) bool {
		return data.Legend[i].Count > data.Legend[j].Count || data.Legend[i].Count == data.Legend[j].Count && data.Legend[i].Code < data.Legend[j].Code
	})
	return marks
}

// renderTurns renders each turn's text with its highlights, and the chips
// of the codings on it in the margin.
func (data *transcriptData) renderTurns(doc *corpus.Document, turns []corpus.Turn, codings []*corpus.Coding, marks []mark, look codeLook, memosOf map[string][]memoView, me string) error {
	ti := newTextIndex(doc.Text)
	var b strings.Builder
	ci := 0 // codings are sorted by start: the first that may still overlap
	for _, t := range turns {
		tv := turnView{Seq: t.Seq, Speaker: t.Speaker, Interviewer: t.Interviewer, Start: t.Start, Start16: ti.utf16Of(t.Start)}
		if t.HasTime {
			tv.Time = corpus.Clock(t.TimeStart)
		}
		b.Reset()
		if t.End > len(ti.runes) || t.Start > t.End {
			return fmt.Errorf("turn %d of %s lies outside the text", t.Seq, doc.ID)
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
			tv.Chips = append(tv.Chips, chip{ID: c.ID, Code: c.Code, Label: look.label(c.Code), Class: look.class(c),
				Coder: c.Coder, Status: c.Status, Origin: c.Origin, Rule: c.Rule, SuggestedBy: c.SuggestedBy,
				Own: c.Coder == me, Suggestion: corpus.IsSuggester(c.Coder) && c.Status == corpus.StatusSuggested,
				Restorable: corpus.IsSuggester(c.Coder) && c.Status == corpus.StatusRejected,
				Memos:      memosOf[strconv.FormatInt(c.ID, 10)]})
		}
		data.Turns = append(data.Turns, tv)
	}
	return nil
}

// neighbours returns the documents before and after id, in ingestion order.
func (s *Server) neighbours(ctx context.Context, id string) (prev, next string, err error) {
	docs, err := s.st.Documents(ctx)
	if err != nil {
		return "", "", err
	}
	for i, d := range docs {
		if d.ID == id {
			if i > 0 {
				prev = docs[i-1].ID
			}
			if i+1 < len(docs) {
				next = docs[i+1].ID
			}
		}
	}
	return prev, next, nil
}

// sortedKeys returns the attribute names of m in the order the reports
// and the workbench show them (corpus.SortAttributeNames).
func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	corpus.SortAttributeNames(out)
	return out
}
