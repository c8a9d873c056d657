package workbench

import (
	"context"
	"fmt"
	"net/http"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

type cachedReport struct {
	key  string
	html []byte
}

type reportData struct {
	Status string
	Built  bool
}

func (s *Server) pageReport(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "report", "Report", true)
	if !ok {
		return
	}
	st := r.URL.Query().Get("status")
	if st != corpus.StatusAccepted {
		st = ""
	}
	s.render(w, http.StatusOK, "report", l, &reportData{Status: st})
}

// reportHTML builds the theme report (analysis.Load, reports.Build,
// reports.WriteHTML), again only when the codings or the codebook changed
// or rebuild is asked for.
func (s *Server) reportHTML(ctx context.Context, status string, rebuild bool) ([]byte, error) {
	c, err := s.codebook()
	if err != nil {
		return nil, err
	}
	v, err := s.st.IndexVersion(ctx)
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("%d|%s|%s", v, c.cb.Hash(), status)
	s.repMu.Lock()
	defer s.repMu.Unlock()
	if s.rep != nil && s.rep.key == key && !rebuild {
		return s.rep.html, nil
	}
	sel := analysis.Selection{}
	if status != "" {
		sel.Statuses = []string{status}
	}
	html, err := buildReport(ctx, s.st, c.cb, s.proj.Config.Name, sel)
	if err != nil {
		return nil, err
	}
	s.rep = &cachedReport{key: key, html: html}
	return html, nil
}

// reportCSP lets the report's own inline styles through and nothing else:
// it has no scripts.
const reportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

func (s *Server) reportView(w http.ResponseWriter, r *http.Request) {
	if coder(r) == "" {
		http.Redirect(w, r, "/coder?next=/report", http.StatusSeeOther)
		return
	}
	st := r.URL.Query().Get("status")
	if st != corpus.StatusAccepted {
		st = ""
	}
	html, err := s.reportHTML(r.Context(), st, r.URL.Query().Get("rebuild") == "1")
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	w.Header().Set("Content-Security-Policy", reportCSP)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(html)
}
