package workbench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reorg"
)

// The codebook is reorganised with package reorg: each operation edits
// codebook.yaml and the store in one transaction, recorded as one event of
// the coder's history. Every operation takes "dry_run": true, which says
// what it would do (and to how many codings) and changes nothing; the
// pages use it to confirm.

// badRequest is a request the server cannot read (400).
type badRequest struct{ err error }

func (e badRequest) Error() string { return e.err.Error() }
func (e badRequest) Unwrap() error { return e.err }

// maxLabel bounds a code's label, in characters.
const maxLabel = 200

// cleanLabel collapses white space (a label made from a selection may
// span lines) and checks the length.
func cleanLabel(label string) (string, error) {
	label = strings.Join(strings.Fields(label), " ")
	if n := len([]rune(label)); n > maxLabel {
		return "", badRequest{fmt.Errorf("a label has at most %d characters (this one has %d)", maxLabel, n)}
	}
	return label, nil
}

// addCodeRequest is the body of POST /api/codebook/codes.
type addCodeRequest struct {
	// ID is made from the label when empty (see newCodeID).
	ID         string `json:"id,omitempty"`
	Label      string `json:"label"`
	Parent     string `json:"parent,omitempty"`
	Definition string `json:"definition,omitempty"`
	Colour     string `json:"colour,omitempty"`
	DryRun     bool   `json:"dry_run,omitempty"`
}

// reorgAnswer is what a reorganisation answers: what it did (or would
// do), the codebook's new hash, and the code it leaves (if one).
type reorgAnswer struct {
	Result *reorg.Result `json:"result"`
	Hash   string        `json:"hash,omitempty"`
	ID     string        `json:"id,omitempty"`
	Code   *codeJSON     `json:"code,omitempty"`
}

// apiAddCode adds a code (open coding: made while reading).
func (s *Server) apiAddCode(w http.ResponseWriter, r *http.Request) {
	var req addCodeRequest
	me, ok := requireCoderBody(w, r, &req)
	if !ok {
		return
	}
	n, err := s.newCode(req)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	res, err := reorg.Add(r.Context(), s.proj, s.st, n, reorg.Options{Actor: me, DryRun: req.DryRun})
	s.answerReorg(w, r, res, n.ID, err, http.StatusCreated)
}

// newCode fills in what a request to add a code leaves out: the id (from
// the label) and, for a top-level code, a colour of its own.
func (s *Server) newCode(req addCodeRequest) (reorg.NewCode, error) {
	label, err := cleanLabel(req.Label)
	if err != nil {
		return reorg.NewCode{}, err
	}
	id := strings.TrimSpace(req.ID)
	if label == "" && id == "" {
		return reorg.NewCode{}, badRequest{errors.New("give the new code a label")}
	}
	c, err := s.codebook()
	if err != nil {
		return reorg.NewCode{}, err
	}
	if id == "" {
		id = newCodeID(c.cb, label, req.Parent)
	}
	colour := req.Colour
	if colour == "" && req.Parent == "" {
		colour = nextColour(c.cb)
	}
	return reorg.NewCode{ID: id, Label: label, Parent: req.Parent, Definition: strings.TrimSpace(req.Definition), Colour: colour}, nil
}

// answerReorg answers a reorganisation with what it did and the code id
// it leaves (status ok when something changed, 200 for a dry run).
func (s *Server) answerReorg(w http.ResponseWriter, r *http.Request, res *reorg.Result, id string, err error, ok int) {
	if err != nil {
		s.apiFail(w, r, reorgError(err))
		return
	}
	if res.DryRun {
		writeJSON(w, http.StatusOK, reorgAnswer{Result: res, ID: id})
		return
	}
	s.forgetCodebook()
	s.signalChange()
	out := reorgAnswer{Result: res}
	if c, err := s.codebook(); err == nil {
		out.Hash = c.cb.Hash()
		if code, found := c.cb.Code(id); found {
			j := codeToJSON(c, code)
			out.ID, out.Code = id, &j
		}
	}
	writeJSON(w, ok, out)
}

// reorgError classifies an error of package reorg: what it refuses (an
// unknown code, a code with children, a codebook that would not be valid)
// is the request's fault (422); a busy or failing store is not.
func reorgError(err error) error {
	var ve *codebook.ValidationError
	switch {
	case errors.As(err, &ve), errors.As(err, new(badRequest)), errors.Is(err, corpus.ErrLockTimeout),
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	}
	return badEdit{err}
}

// reorgOp runs one reorganisation of code id with the request's body; it
// returns the id of the code the page should show afterwards.
type reorgOp func(s *Server, ctx context.Context, r *http.Request, id string, o reorg.Options) (*reorg.Result, string, error)

var reorgOps = map[string]reorgOp{
	"rename": (*Server).renameCode,
	"move":   (*Server).moveCode,
	"merge":  (*Server).mergeCode,
	"split":  (*Server).splitCode,
	"delete": (*Server).deleteCode,
}

// apiReorg renames, moves, merges, splits or deletes code {id}.
func (s *Server) apiReorg(w http.ResponseWriter, r *http.Request) {
	me, ok := requireCoder(w, r)
	if !ok {
		return
	}
	op, found := reorgOps[r.PathValue("op")]
	if !found {
		apiError(w, http.StatusNotFound, "unknown change %q: use rename, move, merge, split or delete", r.PathValue("op"))
		return
	}
	var dry struct {
		DryRun bool `json:"dry_run"`
	}
	body, err := readBody(r, &dry)
	if err != nil {
		apiError(w, http.StatusBadRequest, "%v", err)
		return
	}
	r.Body = body
	res, next, err := op(s, r.Context(), r, r.PathValue("id"), reorg.Options{Actor: me, DryRun: dry.DryRun})
	s.answerReorg(w, r, res, next, err, http.StatusOK)
}

func (s *Server) renameCode(ctx context.Context, r *http.Request, id string, o reorg.Options) (*reorg.Result, string, error) {
	var req struct {
		To     string `json:"to"`
		DryRun bool   `json:"dry_run"`
	}
	if err := readJSON(r, &req); err != nil {
		return nil, "", badRequest{err}
	}
	to := strings.TrimSpace(req.To)
	if to == "" {
		return nil, "", badRequest{errors.New(`give the new id: {"to": "new.id"}`)}
	}
	res, err := reorg.Rename(ctx, s.proj, s.st, id, to, o)
	return res, to, err
}

func (s *Server) moveCode(ctx context.Context, r *http.Request, id string, o reorg.Options) (*reorg.Result, string, error) {
	var req struct {
		Parent *string `json:"parent"`
		DryRun bool    `json:"dry_run"`
	}
	if err := readJSON(r, &req); err != nil {
		return nil, "", badRequest{err}
	}
	if req.Parent == nil {
		return nil, "", badRequest{errors.New(`say where to: {"parent": "ID"} ("" for the top level)`)}
	}
	res, err := reorg.Move(ctx, s.proj, s.st, id, *req.Parent, o)
	return res, id, err
}

func (s *Server) mergeCode(ctx context.Context, r *http.Request, id string, o reorg.Options) (*reorg.Result, string, error) {
	var req struct {
		Into   string `json:"into"`
		DryRun bool   `json:"dry_run"`
	}
	if err := readJSON(r, &req); err != nil {
		return nil, "", badRequest{err}
	}
	if req.Into == "" {
		return nil, "", badRequest{errors.New(`say which code to merge into: {"into": "ID"}`)}
	}
	res, err := reorg.Merge(ctx, s.proj, s.st, []string{id}, req.Into, o)
	return res, req.Into, err
}

// splitRequest is the body of POST /api/codebook/codes/{id}/split: the new
// code (id made from the label when empty) and the codings to move to it.
type splitRequest struct {
	Into       string  `json:"into,omitempty"`
	Label      string  `json:"label"`
	Definition string  `json:"definition,omitempty"`
	Codings    []int64 `json:"codings,omitempty"`
	Document   string  `json:"document,omitempty"`
	Quote      string  `json:"quote,omitempty"`
	DryRun     bool    `json:"dry_run,omitempty"`
}

func (s *Server) splitCode(ctx context.Context, r *http.Request, id string, o reorg.Options) (*reorg.Result, string, error) {
	var req splitRequest
	if err := readJSON(r, &req); err != nil {
		return nil, "", badRequest{err}
	}
	c, err := s.codebook()
	if err != nil {
		return nil, "", err
	}
	code, ok := c.cb.Code(id)
	if !ok {
		return nil, "", badEdit{fmt.Errorf("no code %q in the codebook", id)}
	}
	label, err := cleanLabel(req.Label)
	if err != nil {
		return nil, "", err
	}
	into := strings.TrimSpace(req.Into)
	if into == "" {
		if label == "" {
			return nil, "", badRequest{errors.New("give the new code a label")}
		}
		into = newCodeID(c.cb, label, code.ParentID)
	}
	n := reorg.NewCode{ID: into, Label: label, Definition: strings.TrimSpace(req.Definition)}
	sel := reorg.Selection{IDs: req.Codings, Document: req.Document, Quote: req.Quote}
	res, err := reorg.Split(ctx, s.proj, s.st, id, n, sel, o)
	return res, into, err
}

func (s *Server) deleteCode(ctx context.Context, r *http.Request, id string, o reorg.Options) (*reorg.Result, string, error) {
	var req struct {
		MoveCodingsTo string `json:"move_codings_to,omitempty"`
		DropCodings   bool   `json:"drop_codings,omitempty"`
		DryRun        bool   `json:"dry_run"`
	}
	if err := readJSON(r, &req); err != nil {
		return nil, "", badRequest{err}
	}
	if req.MoveCodingsTo != "" && req.DropCodings {
		return nil, "", badRequest{errors.New("either move the codings to another code or drop them, not both")}
	}
	res, err := reorg.Delete(ctx, s.proj, s.st, id, reorg.DeleteOptions{MoveCodingsTo: req.MoveCodingsTo, DropCodings: req.DropCodings}, o)
	return res, req.MoveCodingsTo, err
}

// codeInfoJSON is what GET /api/codebook/codes/{id} answers: the code and
// how much hangs on it, for the pages' confirmations.
type codeInfoJSON struct {
	Code codeJSON `json:"code"`
	// Codings counts the code's own codings by status (orphans included).
	Codings map[string]int `json:"codings"`
	Total   int            `json:"total"`
	// Below counts the codings of the codes under it.
	Below    int      `json:"below"`
	Memos    int      `json:"memos"`
	Children []string `json:"children"`
}

func (s *Server) apiCodeInfo(w http.ResponseWriter, r *http.Request) {
	c, ok := s.requireCodebook(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	code, ok := c.cb.Code(id)
	if !ok {
		apiError(w, http.StatusNotFound, "no code %q in the codebook", id)
		return
	}
	ctx := r.Context()
	out := codeInfoJSON{Code: codeToJSON(c, code), Codings: map[string]int{}, Children: codeIDs(code.Children())}
	below := map[string]bool{}
	for _, d := range c.cb.Descendants(id) {
		below[d.ID] = true
	}
	count := func(ref corpus.CodingRef) error {
		if ref.Code == id {
			out.Codings[ref.Status]++
			out.Total++
		} else if below[ref.Code] {
			out.Below++
		}
		return nil
	}
	for _, orphans := range []bool{false, true} {
		if err := s.st.EachCodingRef(ctx, corpus.CodingFilter{Codes: c.cb.WithDescendants(id), Orphans: orphans}, count); err != nil {
			s.apiFail(w, r, err)
			return
		}
	}
	memos, err := s.st.Memos(ctx, "code", id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out.Memos = len(memos)
	writeJSON(w, http.StatusOK, out)
}

// readBody reads a request's body and decodes v from it leniently (the
// fields every operation shares), and gives the body back to be read
// again, strictly, by the operation. An empty body reads as {}.
func readBody(r *http.Request, v any) (io.ReadCloser, error) {
	b, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, fmt.Errorf("reading the request: %w", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		b = []byte("{}")
	}
	if err := json.Unmarshal(b, v); err != nil {
		return nil, fmt.Errorf("bad request body: %v", err)
	}
	return io.NopCloser(bytes.NewReader(b)), nil
}
