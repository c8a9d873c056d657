package workbench

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/groundwork-qda/groundwork/corpus"
)

type coderData struct {
	Name, Next, Error string
	Known             []string
}

func (s *Server) pageCoder(w http.ResponseWriter, r *http.Request) {
	l, _ := s.frame(w, r, "coder", "Who is coding?", false)
	data := &coderData{Name: l.Coder, Next: safeNext(r.URL.Query().Get("next"))}
	if st, err := s.st.Status(r.Context()); err == nil {
		for _, c := range st.Codings {
			if !corpus.IsSuggester(c.Coder) && !slices.Contains(data.Known, c.Coder) {
				data.Known = append(data.Known, c.Coder)
			}
		}
	}
	s.render(w, http.StatusOK, "coder", l, data)
}

func (s *Server) postCoder(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PostFormValue("name"))
	next := safeNext(r.PostFormValue("next"))
	if err := validCoder(name); err != nil {
		l, _ := s.frame(w, r, "coder", "Who is coding?", false)
		s.render(w, http.StatusUnprocessableEntity, "coder", l, &coderData{Name: name, Next: next, Error: err.Error()})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: coderCookie, Value: url.QueryEscape(name), Path: "/", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, MaxAge: 400 * 24 * 3600})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// safeNext keeps a redirect target on this server.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}
