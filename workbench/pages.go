package workbench

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

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
	// Undo and Redo say what the coder's Undo and Redo would do ("":
	// nothing to undo or redo).
	Undo, Redo string
}

// page is the data a page template gets: the frame and the page's own.
type page struct {
	L layout
	D any
}

// pageNames are the page templates, each with base.tmpl.
const pageNames = "documents transcript suggestions next codebook codeedit search report agreement coder error"

// groundedPages are the pages of grounded-theory work (see grounded.go).
const groundedPages = "code history"

func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"docURL":   docURL,
		"codeURL":  codeURL,
		"anchorID": anchorID,
		"pct": func(p float64) string {
			return strconv.Itoa(int(p*100+0.5)) + "%"
		},
		"num": func(p *float64) string {
			if p == nil {
				return "—"
			}
			return strconv.FormatFloat(*p, 'f', 2, 64)
		},
		"plural": plural,
		"join":   strings.Join,
		"lines":  func(s string) []string { return strings.Split(s, "\n") },
	}
	out := map[string]*template.Template{}
	for _, name := range strings.Fields(pageNames + " " + groundedPages) {
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
	l.Undo, l.Redo = s.undoState(r, l.Coder)
	return l, true
}

// servePage answers a page that shows what build reads for the request
// and nothing else: its frame (a coder is asked for first), then the page
// named nav, or what kept build from reading.
func servePage[T any](s *Server, w http.ResponseWriter, r *http.Request, nav, title string, build func(*http.Request) (T, error)) {
	l, ok := s.frame(w, r, nav, title, true)
	if !ok {
		return
	}
	data, err := build(r)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	s.render(w, http.StatusOK, nav, l, data)
}

// codebookFrame is frame for a page that shows the codebook: it answers
// the request itself (ok false) when there is no coder or the codebook
// cannot be read.
func (s *Server) codebookFrame(w http.ResponseWriter, r *http.Request, nav, title string) (layout, *cachedCodebook, bool) {
	l, ok := s.frame(w, r, nav, title, true)
	if !ok {
		return l, nil, false
	}
	c, err := s.codebook()
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return l, nil, false
	}
	return l, c, true
}

// codeFrame is codebookFrame for a page about code {id}: it answers 404,
// saying the codebook has no such code followed by hint, when there is none.
func (s *Server) codeFrame(w http.ResponseWriter, r *http.Request, title, hint string) (layout, *cachedCodebook, *codebook.Code, bool) {
	l, c, ok := s.codebookFrame(w, r, "codebook", title)
	if !ok {
		return l, nil, nil, false
	}
	id := r.PathValue("id")
	code, ok := c.cb.Code(id)
	if !ok {
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no code %q in the codebook%s", id, hint))
		return l, nil, nil, false
	}
	return l, c, code, true
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
	var ce *corpus.ConflictError
	switch {
	case errors.Is(err, corpus.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, errStale), errors.As(err, &ce), errors.Is(err, corpus.ErrNothingToUndo), errors.Is(err, corpus.ErrNothingToRedo):
		return http.StatusConflict
	case errors.As(err, &ve), errors.As(err, &be):
		return http.StatusUnprocessableEntity
	case errors.As(err, new(badRequest)):
		return http.StatusBadRequest
	case errors.Is(err, corpus.ErrLockTimeout):
		return http.StatusServiceUnavailable
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

// plural writes a count with its noun in the right number: "1 code",
// "2 codes".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
