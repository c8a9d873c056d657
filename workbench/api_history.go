package workbench

import (
	"cmp"
	"errors"
	"net/http"
	"strconv"

	"github.com/groundwork-qda/groundwork/corpus"
)

// Every change people make in the workbench (codings, reviews, memos, the
// codebook) is an event of the store's history. Undo reverses the current
// coder's latest event, Redo applies again the one they undid last; both
// refuse, saying who, when another change has touched the same coding,
// memo or file since.

// maxReplay bounds how many events one request undoes or redoes.
const maxReplay = 100

func (s *Server) apiUndo(w http.ResponseWriter, r *http.Request) { s.apiReplay(w, r, false) }
func (s *Server) apiRedo(w http.ResponseWriter, r *http.Request) { s.apiReplay(w, r, true) }

// apiReplay undoes (or redoes) the current coder's latest events: body
// {"last": N, "dry_run": true} (both optional).
func (s *Server) apiReplay(w http.ResponseWriter, r *http.Request, redo bool) {
	me, ok := requireCoder(w, r)
	if !ok {
		return
	}
	var req struct {
		Last   int  `json:"last"`
		DryRun bool `json:"dry_run"`
	}
	body, err := readBody(r, &req)
	if err == nil {
		r.Body = body
		err = readJSON(r, &req)
	}
	if err != nil {
		apiError(w, http.StatusBadRequest, "%v", err)
		return
	}
	if req.Last < 0 || req.Last > maxReplay {
		apiError(w, http.StatusBadRequest, "last is 1 to %d events", maxReplay)
		return
	}
	opts := corpus.UndoOptions{Actor: me, By: me, Last: req.Last, DryRun: req.DryRun}
	var events []corpus.Event
	if redo {
		events, err = s.st.Redo(r.Context(), opts)
	} else {
		events, err = s.st.Undo(r.Context(), opts)
	}
	switch {
	case errors.Is(err, corpus.ErrNothingToUndo):
		apiError(w, http.StatusConflict, "nothing of yours (%s) to undo", me)
		return
	case errors.Is(err, corpus.ErrNothingToRedo):
		apiError(w, http.StatusConflict, "nothing of yours (%s) to redo: undo something first", me)
		return
	case err != nil:
		s.apiFail(w, r, err)
		return
	}
	if !req.DryRun {
		s.forgetCodebook()
		s.signalChange()
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": events, "dry_run": req.DryRun, "redo": redo})
}

// apiHistory lists events, newest first: ?coder= ?code= ?limit= (default
// 50, at most 1000).
func (s *Server) apiHistory(w http.ResponseWriter, r *http.Request) {
	f, err := historyFilter(r)
	if err != nil {
		apiError(w, http.StatusBadRequest, "%v", err)
		return
	}
	events, err := s.st.History(r.Context(), f)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, emptyList(events))
}

func historyFilter(r *http.Request) (corpus.HistoryFilter, error) {
	q := r.URL.Query()
	f := corpus.HistoryFilter{Actor: q.Get("coder"), Code: q.Get("code"), Limit: 50}
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 1000 {
			return f, errors.New("limit is 1 to 1000")
		}
		f.Limit = n
	}
	return f, nil
}

// undoLookback is how many of a coder's latest events a page reads to
// name what Undo and Redo would do.
const undoLookback = 50

// undoState says what the coder's Undo and Redo would do, from their
// latest events (listed without what they changed, so this is cheap). ""
// means there is nothing to undo (or redo) among them.
func (s *Server) undoState(r *http.Request, me string) (undo, redo string) {
	if me == "" {
		return "", ""
	}
	events, err := s.st.History(r.Context(), corpus.HistoryFilter{Actor: me, Limit: undoLookback})
	if err != nil {
		return "", ""
	}
	var lastUndone *corpus.Event
	for i, e := range events {
		switch {
		case !e.Undoable:
		case e.UndoneAt == nil:
			if undo == "" {
				undo = e.Summary
			}
		case lastUndone == nil || e.UndoneAt.After(*lastUndone.UndoneAt):
			lastUndone = &events[i]
		}
	}
	if lastUndone != nil {
		redo = lastUndone.Summary
	}
	if len(events) == undoLookback { // older events may still be undone or redone
		undo = cmp.Or(undo, "your latest change")
		redo = cmp.Or(redo, "the change you undid last")
	}
	return undo, redo
}
