package workbench

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reorg"
)

type codeRow struct {
	ID, Label, Definition, UseWhen, DoNotUseWhen, Class, Colour string
	Depth                                                       int
	Rules                                                       []string
	Examples                                                    []string
	Groups                                                      []string
	Counts                                                      []int // per programme
	Total                                                       int
	// Sub says the code has codes under it, whose codings its counts
	// include (and its page shows, with ?sub=1).
	Sub         bool
	ToBeDefined bool
	Parent      string
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
			Examples: code.Examples, Groups: code.Groups, Counts: make([]int, len(data.Programmes)),
			Sub: !code.IsLeaf(), ToBeDefined: code.Definition == reorg.ToBeDefined, Parent: code.ParentID}
		for _, rule := range code.Rules {
			row.Rules = append(row.Rules, rule.ID+": "+rule.String())
		}
		// A code's count includes its descendants', as the report counts.
		for _, id := range cb.WithDescendants(code.ID) {
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
	l, c, code, ok := s.codeFrame(w, r, "Edit code", "")
	if !ok {
		return
	}
	id := r.PathValue("id")
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
	if err := s.editCode(r.Context(), l.Coder, id, e); err != nil {
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
	msg := fmt.Sprintf("Rules applied over %s: %s added, %d removed.", plural(res.Segments, "segment"), plural(added, "suggestion"), removed)
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

// editCode changes one code in codebook.yaml for coder me: the edit is
// made on the file's current text, validated, and written in a store
// transaction recorded as one event of the history (so that it can be
// undone).
func (s *Server) editCode(ctx context.Context, me, id string, e CodeEdit) error {
	defer s.forgetCodebook()
	return s.record(ctx, me, "codebook edit", "edited code "+id, func(tx *corpus.Tx) error {
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
			return nil // nothing changed (and nothing is recorded)
		}
		tx.Summarise("edited " + strings.Join(changedFields(path, src, id, e), ", ") + " of code " + id)
		return tx.WriteFile(s.proj.Config.Codebook, out)
	})
}
