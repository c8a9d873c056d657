package workbench

import (
	"bytes"
	"html/template"
	"net/http"
	"sync"

	"github.com/groundwork-qda/groundwork/ingest"
)

// The privacy page shows the redaction's review queue as `groundwork
// redact --review` lists it: the names the detector was not sure of
// first, with their evidence, then every other replacement, each with the
// passage around it (from the redacted text). Settling them stays with the
// command line, which also scrubs the store and the index afterwards.

var (
	privacyOnce sync.Once
	privacyTmpl *template.Template
	privacyErr  error
)

// privacyData is the page's data.
type privacyData struct {
	Redacted  bool // the project has a map of replacements
	Uncertain []ingest.ReviewItem
	Replaced  []ingest.ReviewItem
}

func (s *Server) pagePrivacy(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "privacy", "Privacy review", false)
	if !ok {
		return
	}
	items, err := ingest.ReviewQueue(r.Context(), s.st, s.proj.IdentifiersPath(), 160)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	d := privacyData{Redacted: len(items) > 0}
	for _, it := range items {
		if it.Uncertain {
			d.Uncertain = append(d.Uncertain, it)
		} else {
			d.Replaced = append(d.Replaced, it)
		}
	}
	privacyOnce.Do(func() {
		privacyTmpl, privacyErr = template.New("privacy").Funcs(template.FuncMap{"docURL": docURL}).
			ParseFS(templateFS, "templates/base.tmpl", "templates/privacy.tmpl")
	})
	if privacyErr != nil {
		s.fail(w, r, http.StatusInternalServerError, privacyErr)
		return
	}
	var buf bytes.Buffer
	if err := privacyTmpl.ExecuteTemplate(&buf, "base", page{L: l, D: d}); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}
