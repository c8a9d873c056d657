package workbench

import (
	"bytes"
	"context"
	"fmt"
	"net/http"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reports"
)

type cachedReport struct {
	key  string
	html []byte
}

type reportData struct {
	WithSuggestions bool // counting pending suggestions beside people's codings
}

func (s *Server) pageReport(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "report", "Report", true)
	if !ok {
		return
	}
	s.render(w, http.StatusOK, "report", l, &reportData{WithSuggestions: withSuggestions(r)})
}

// reportHTML builds the theme report as `groundwork report` does (people's
// codings, or with pending suggestions too), again only when the codings or
// the codebook changed or rebuild is asked for.
func (s *Server) reportHTML(ctx context.Context, withSuggestions, rebuild bool) ([]byte, error) {
	c, err := s.codebook()
	if err != nil {
		return nil, err
	}
	v, err := s.st.IndexVersion(ctx)
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("%d|%s|%t", v, c.cb.Hash(), withSuggestions)
	s.repMu.Lock()
	defer s.repMu.Unlock()
	if s.rep != nil && s.rep.key == key && !rebuild {
		return s.rep.html, nil
	}
	html, err := buildReport(ctx, s.st, c.cb, s.proj.Config.Name, reports.Scope{Suggestions: withSuggestions})
	if err != nil {
		return nil, err
	}
	s.rep = &cachedReport{key: key, html: html}
	return html, nil
}

// buildReport renders the theme report as HTML, from one snapshot of the
// store so its numbers and quotes agree while coders write.
func buildReport(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, name string, scope reports.Scope) ([]byte, error) {
	snap, err := st.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	defer snap.Close()
	ds, leftOut, err := reports.LoadDataset(ctx, snap, cb, scope)
	if err != nil {
		return nil, err
	}
	rep, err := reports.BuildCounted(ctx, snap, cb, name, ds, reports.Options{LeftOut: leftOut})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := reports.WriteHTML(&buf, rep); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// withSuggestions says whether a report page asks to count pending
// suggestions beside people's codings (?include=suggested).
func withSuggestions(r *http.Request) bool {
	return r.URL.Query().Get("include") == corpus.StatusSuggested
}

// reportCSP lets the report's own inline styles through and nothing else:
// it has no scripts.
const reportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

func (s *Server) reportView(w http.ResponseWriter, r *http.Request) {
	if coder(r) == "" {
		http.Redirect(w, r, "/coder?next=/report", http.StatusSeeOther)
		return
	}
	html, err := s.reportHTML(r.Context(), withSuggestions(r), r.URL.Query().Get("rebuild") == "1")
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	w.Header().Set("Content-Security-Policy", reportCSP)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(html)
}
