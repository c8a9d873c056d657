package workbench

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/groundwork-qda/groundwork/corpus"
)

// Memos are a researcher's notes on the project, a code, a document or a
// coding. Each change to one is an event of its author's history.

// memoKinds are the things a memo can be on.
var memoKinds = map[string]bool{"project": true, "code": true, "document": true, "coding": true}

// maxMemo bounds a memo's text (in bytes).
const maxMemo = 20000

func memoToJSON(m *corpus.Memo) memoJSON {
	return memoJSON{ID: m.ID, Kind: m.TargetKind, Target: m.Target, Author: m.Author, Text: m.Text, CreatedAt: m.CreatedAt.Format(time.RFC3339)}
}

// memoText checks and tidies a memo's text.
func memoText(text string) (string, error) {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	if text == "" || len(text) > maxMemo {
		return "", fmt.Errorf("a memo needs 1 to %d characters of text", maxMemo)
	}
	return text, nil
}

// checkMemoTarget says whether a memo can be put on target of kind: the
// coding, document or code must exist (a code in the codebook).
func (s *Server) checkMemoTarget(ctx context.Context, kind, target string) (int, error) {
	switch kind {
	case "project":
		if target != "" {
			return http.StatusBadRequest, fmt.Errorf("a memo on the project has no target")
		}
	case "coding":
		id, err := strconv.ParseInt(target, 10, 64)
		if err != nil {
			return http.StatusBadRequest, fmt.Errorf("coding ids are numbers")
		}
		if _, err := s.st.Coding(ctx, id); err != nil {
			return statusOf(err), fmt.Errorf("coding %d: %w", id, err)
		}
	case "document":
		if _, err := s.st.Document(ctx, target); err != nil {
			return statusOf(err), fmt.Errorf("document %q: %w", target, err)
		}
	case "code":
		c, err := s.codebook()
		if err != nil {
			return statusOf(err), err
		}
		if _, ok := c.cb.Code(target); !ok {
			return http.StatusNotFound, fmt.Errorf("no code %q in the codebook", target)
		}
	default:
		return http.StatusBadRequest, fmt.Errorf("a memo is on a project, code, document or coding, not %q", kind)
	}
	return 0, nil
}

// addMemo stores a memo on target of kind by the current coder; text is
// read from the body ({"text"}) unless given.
func (s *Server) addMemo(w http.ResponseWriter, r *http.Request, kind, target string, text *string) {
	me, ok := requireCoder(w, r)
	if !ok {
		return
	}
	if text == nil {
		var req struct {
			Text string `json:"text"`
		}
		if !decode(w, r, &req) {
			return
		}
		text = &req.Text
	}
	ctx := r.Context()
	if status, err := s.checkMemoTarget(ctx, kind, target); err != nil {
		apiError(w, status, "%v", err)
		return
	}
	t, err := memoText(*text)
	if err != nil {
		apiError(w, http.StatusBadRequest, "%v", err)
		return
	}
	m := &corpus.Memo{TargetKind: kind, Target: target, Text: t, Author: me}
	on := kind + " " + target
	if kind == "project" {
		on = "the project"
	}
	if err := s.record(ctx, me, "memo", "wrote a memo on "+on, func(tx *corpus.Tx) error { return tx.InsertMemo(m) }); err != nil {
		s.apiFail(w, r, err)
		return
	}
	m.CreatedAt = time.Now()
	writeJSON(w, http.StatusCreated, memoToJSON(m))
}

// apiMemos lists memos: ?kind= and ?target= select them.
func (s *Server) apiMemos(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	kind, target := q.Get("kind"), q.Get("target")
	if kind != "" && !memoKinds[kind] {
		apiError(w, http.StatusBadRequest, "a memo is on a project, code, document or coding, not %q", kind)
		return
	}
	ms, err := s.st.Memos(r.Context(), kind, target)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := []memoJSON{}
	for _, m := range ms {
		out = append(out, memoToJSON(m))
	}
	writeJSON(w, http.StatusOK, out)
}

// apiNewMemo stores a memo: {"kind","target","text"}.
func (s *Server) apiNewMemo(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Kind   string `json:"kind"`
		Target string `json:"target"`
		Text   string `json:"text"`
	}
	if !decode(w, r, &req) {
		return
	}
	s.addMemo(w, r, req.Kind, req.Target, &req.Text)
}

// ownMemo loads memo {id} and checks that the current coder wrote it.
func (s *Server) ownMemo(w http.ResponseWriter, r *http.Request) (*corpus.Memo, string, bool) {
	me, ok := requireCoder(w, r)
	if !ok {
		return nil, "", false
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		apiError(w, http.StatusBadRequest, "memo ids are numbers")
		return nil, "", false
	}
	ms, err := s.st.Memos(r.Context(), "", "")
	if err != nil {
		s.apiFail(w, r, err)
		return nil, "", false
	}
	for _, m := range ms {
		if m.ID != id {
			continue
		}
		if m.Author != me {
			apiError(w, http.StatusForbidden, "memo %d is %s's; only they can change or remove it", id, m.Author)
			return nil, "", false
		}
		return m, me, true
	}
	apiError(w, http.StatusNotFound, "no memo %d", id)
	return nil, "", false
}

// apiEditMemo rewrites one of your memos: {"text"}.
func (s *Server) apiEditMemo(w http.ResponseWriter, r *http.Request) {
	m, me, ok := s.ownMemo(w, r)
	if !ok {
		return
	}
	var req struct {
		Text string `json:"text"`
	}
	if !decode(w, r, &req) {
		return
	}
	t, err := memoText(req.Text)
	if err != nil {
		apiError(w, http.StatusBadRequest, "%v", err)
		return
	}
	m.Text = t
	summary := fmt.Sprintf("edited memo %d on %s %s", m.ID, m.TargetKind, m.Target)
	if err := s.record(r.Context(), me, "memo edit", summary, func(tx *corpus.Tx) error { return tx.UpdateMemo(m) }); err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, memoToJSON(m))
}

// apiDeleteMemo removes one of your memos.
func (s *Server) apiDeleteMemo(w http.ResponseWriter, r *http.Request) {
	m, me, ok := s.ownMemo(w, r)
	if !ok {
		return
	}
	summary := fmt.Sprintf("removed memo %d on %s %s", m.ID, m.TargetKind, m.Target)
	if err := s.record(r.Context(), me, "memo delete", summary, func(tx *corpus.Tx) error { return tx.DeleteMemo(m.ID) }); err != nil {
		s.apiFail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// memoViews returns the memos on targets of kind, by target, for pages.
func (s *Server) memoViews(ctx context.Context, kind, target string) (map[string][]memoView, error) {
	ms, err := s.st.Memos(ctx, kind, target)
	if err != nil {
		return nil, err
	}
	out := map[string][]memoView{}
	for _, m := range ms {
		out[m.Target] = append(out[m.Target], memoView{ID: m.ID, Author: m.Author, Text: m.Text, When: m.CreatedAt.Local().Format("2 Jan 2006 15:04")})
	}
	return out, nil
}
