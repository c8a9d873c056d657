package workbench

import (
	"net/http"

	"github.com/groundwork-qda/groundwork/corpus"
)

type eventView struct {
	corpus.Event
	When, UndoneWhen string
	Mine             bool
}

type historyData struct {
	Events      []eventView
	Coder, Code string
	Mine        bool
	Limit       int
}

// pageHistory lists the changes people made, newest first (?coder=,
// ?code=, ?limit=), with the coder's Undo and Redo.
func (s *Server) pageHistory(w http.ResponseWriter, r *http.Request) {
	l, ok := s.frame(w, r, "history", "History", true)
	if !ok {
		return
	}
	f, err := historyFilter(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	events, err := s.st.History(r.Context(), f)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	data := &historyData{Coder: f.Actor, Code: f.Code, Mine: f.Actor != "" && f.Actor == l.Coder, Limit: f.Limit}
	for _, e := range events {
		ev := eventView{Event: e, When: e.At.Local().Format("2 Jan 2006 15:04:05"), Mine: e.Actor == l.Coder}
		if e.UndoneAt != nil {
			ev.UndoneWhen = e.UndoneAt.Local().Format("2 Jan 15:04")
		}
		data.Events = append(data.Events, ev)
	}
	s.render(w, http.StatusOK, "history", l, data)
}
