package workbench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/querylang"
)

// apiError writes {"error": message}.
func apiError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, map[string]string{"error": fmt.Sprintf(format, args...)})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		http.Error(w, `{"error":"encoding the answer failed"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// emptyList returns list, or an empty list when it is nil, so that the
// answer's JSON holds [] rather than null for the clients to range over.
func emptyList[T any](list []T) []T {
	if list == nil {
		return []T{}
	}
	return list
}

// readJSON decodes a request body, refusing unknown fields.
func readJSON(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return errors.New("send the request body as application/json")
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("bad request body: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("bad request body: more than one JSON value")
	}
	return nil
}

// decode reads a request body into v, or answers 400 (ok false).
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := readJSON(r, v); err != nil {
		apiError(w, http.StatusBadRequest, "%v", err)
		return false
	}
	return true
}

func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	if status >= 500 && status != http.StatusServiceUnavailable {
		s.logf("error: %s %s: %v", r.Method, r.URL.Path, err)
		apiError(w, status, "internal error: %v", err)
		return
	}
	var ve *codebook.ValidationError
	if errors.As(err, &ve) {
		writeJSON(w, status, map[string]any{"error": "the codebook would not be valid", "problems": problems(err)})
		return
	}
	var be badEdit
	if errors.As(err, &be) {
		writeJSON(w, status, map[string]any{"error": err.Error(), "problems": problems(err)})
		return
	}
	apiError(w, status, "%v", err)
}

// requireCoder returns the current coder, or answers 403.
func requireCoder(w http.ResponseWriter, r *http.Request) (string, bool) {
	c := coder(r)
	if c == "" {
		apiError(w, http.StatusForbidden, "choose who is coding first (the gw_coder cookie; the /coder page sets it)")
		return "", false
	}
	return c, true
}

// requireCoderBody begins a change asked for by the current coder: it
// answers 403 when nobody has chosen who is coding, 400 when the JSON body
// cannot be read into v, and otherwise returns the coder.
func requireCoderBody(w http.ResponseWriter, r *http.Request, v any) (string, bool) {
	me, ok := requireCoder(w, r)
	if !ok || !decode(w, r, v) {
		return "", false
	}
	return me, true
}

// ---- JSON shapes -----------------------------------------------------

type memoJSON struct {
	ID        int64  `json:"id"`
	Kind      string `json:"kind,omitempty"`
	Target    string `json:"target,omitempty"`
	Author    string `json:"author"`
	Text      string `json:"text"`
	CreatedAt string `json:"created_at"`
}

type codingJSON struct {
	ID       int64  `json:"id"`
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Code     string `json:"code"`
	Coder    string `json:"coder"`
	Origin   string `json:"origin"`
	Status   string `json:"status"`
	Rule     string `json:"rule,omitempty"`
	Evidence string `json:"evidence,omitempty"`
	Quote    string `json:"quote"`
	// SuggestedBy names the suggester whose suggestion the coder accepted.
	SuggestedBy string `json:"suggested_by,omitempty"`
	// Confidence is a learned suggestion's probability.
	Confidence *float64   `json:"confidence,omitempty"`
	Memos      []memoJSON `json:"memos,omitempty"`
	// Trimmed says a new coding's span was narrowed to the participant's
	// words (the selection began or ended in an interviewer's turn).
	Trimmed bool `json:"trimmed,omitempty"`
}

func toJSON(c *corpus.Coding) codingJSON {
	evidence := c.Evidence
	if c.Confidence != nil { // a learned model's: its terms in the passage's words
		evidence = analysis.EvidenceInWords(evidence, c.Quote)
	}
	return codingJSON{ID: c.ID, Document: c.DocID, Start: c.Start, End: c.End, Code: c.Code, Coder: c.Coder,
		Origin: c.Origin, Status: c.Status, Rule: c.Rule, Evidence: evidence, Quote: c.Quote, SuggestedBy: c.SuggestedBy, Confidence: c.Confidence}
}

// ---- Documents and turns ---------------------------------------------

type docJSON struct {
	ID      string                    `json:"id"`
	Attrs   map[string]string         `json:"attributes"`
	Words   int                       `json:"words"`
	Codings map[string]map[string]int `json:"codings,omitempty"` // coder -> status -> count
	Text    string                    `json:"text,omitempty"`
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	data, err := s.documentList(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	docs, err := s.st.Documents(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	byID := map[string]*corpus.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	out := []docJSON{}
	for _, row := range data.Rows {
		d := byID[row.ID]
		dj := docJSON{ID: d.ID, Attrs: d.Attrs, Words: d.Words, Codings: map[string]map[string]int{}}
		for i, c := range data.Coders {
			p := row.Progress[i]
			if p.Total() == 0 {
				continue
			}
			dj.Codings[c] = map[string]int{corpus.StatusAccepted: p.Accepted, corpus.StatusSuggested: p.Suggested, corpus.StatusRejected: p.Rejected}
		}
		out = append(out, dj)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.st.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, docJSON{ID: d.ID, Attrs: d.Attrs, Words: d.Words, Text: d.Text})
}

type turnJSON struct {
	Seq         int    `json:"seq"`
	Speaker     string `json:"speaker"`
	Interviewer bool   `json:"interviewer"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Start16     int    `json:"start_utf16"`
	End16       int    `json:"end_utf16"`
	Text        string `json:"text"`
}

func (s *Server) apiTurns(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	d, err := s.st.Document(ctx, r.PathValue("id"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	turns, err := s.st.Turns(ctx, d.ID)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	ti := newTextIndex(d.Text)
	out := []turnJSON{}
	for _, t := range turns {
		e := min(t.End, len(ti.runes))
		s0 := min(t.Start, e)
		out = append(out, turnJSON{Seq: t.Seq, Speaker: t.Speaker, Interviewer: t.Interviewer, Start: t.Start, End: t.End,
			Start16: ti.utf16Of(s0), End16: ti.utf16Of(e), Text: ti.slice(s0, e)})
	}
	writeJSON(w, http.StatusOK, out)
}

// ---- Codings ---------------------------------------------------------

func (s *Server) codingsJSON(ctx context.Context, f corpus.CodingFilter) ([]codingJSON, error) {
	cs, err := s.st.Codings(ctx, f)
	if err != nil {
		return nil, err
	}
	memos, err := s.st.Memos(ctx, "coding", "")
	if err != nil {
		return nil, err
	}
	byTarget := map[string][]memoJSON{}
	for _, m := range memos {
		byTarget[m.Target] = append(byTarget[m.Target], memoToJSON(m))
	}
	out := make([]codingJSON, 0, len(cs))
	for _, c := range cs {
		j := toJSON(c)
		j.Memos = byTarget[strconv.FormatInt(c.ID, 10)]
		out = append(out, j)
	}
	return out, nil
}

func (s *Server) apiDocCodings(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.st.Document(r.Context(), id); err != nil {
		s.apiFail(w, r, err)
		return
	}
	out, err := s.codingsJSON(r.Context(), corpus.CodingFilter{DocIDs: []string{id}, Statuses: statusesParam(r)})
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// statusesParam reads ?status= (repeatable or comma separated); the
// default is accepted and suggested.
func statusesParam(r *http.Request) []string {
	out := listParam(r, "status")
	if len(out) == 0 {
		return []string{corpus.StatusAccepted, corpus.StatusSuggested}
	}
	return out
}

func listParam(r *http.Request, name string) []string {
	var out []string
	for _, v := range r.URL.Query()[name] {
		for _, x := range strings.Split(v, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
	}
	return out
}

func (s *Server) apiCodings(w http.ResponseWriter, r *http.Request) {
	f := corpus.CodingFilter{DocIDs: listParam(r, "doc"), Codes: listParam(r, "code"), Coders: listParam(r, "coder"), Statuses: statusesParam(r)}
	out, err := s.codingsJSON(r.Context(), f)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// createCoding is the body of POST /api/codings.
type createCoding struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	// Units of Start and End: "rune" (default; groundwork's unit) or
	// "utf16" (what a browser counts), converted here.
	Units string `json:"units,omitempty"`
	Code  string `json:"code"`
	// Quote, when given, must be exactly the text of [Start, End) as the
	// client saw it; a mismatch means the client's text is out of date.
	Quote *string `json:"quote,omitempty"`
}

func (s *Server) apiCreateCoding(w http.ResponseWriter, r *http.Request) {
	var req createCoding
	me, ok := requireCoderBody(w, r, &req)
	if !ok {
		return
	}
	c, trimmed, status, err := s.createCoding(r.Context(), me, req)
	if err != nil {
		if status == 0 {
			s.apiFail(w, r, err)
		} else {
			apiError(w, status, "%v", err)
		}
		return
	}
	j := toJSON(c)
	j.Trimmed = trimmed
	writeJSON(w, status, j)
}

// createCoding stores a coding by coder me; it returns the HTTP status to
// answer with (0 with an error: derive it from the error), and whether the
// span was narrowed to the participant's words.
func (s *Server) createCoding(ctx context.Context, me string, req createCoding) (*corpus.Coding, bool, int, error) {
	cbc, err := s.codebook()
	if err != nil {
		return nil, false, 0, err
	}
	if _, ok := cbc.cb.Code(req.Code); !ok {
		return nil, false, http.StatusUnprocessableEntity, fmt.Errorf("no code %q in the codebook", req.Code)
	}
	doc, err := s.st.Document(ctx, req.Document)
	if err != nil {
		return nil, false, 0, err
	}
	ti := newTextIndex(doc.Text)
	start, end, status, err := requestedSpan(ti, req)
	if err != nil {
		return nil, false, status, err
	}
	turns, err := s.st.Turns(ctx, doc.ID)
	if err != nil {
		return nil, false, 0, err
	}
	ps, pe, ok := participantSpan(turns, start, end)
	if !ok {
		return nil, false, http.StatusUnprocessableEntity, errors.New("the selection holds no participant's words: interviewer turns are not coded; select what the participant said")
	}
	ps, pe = ti.trim(ps, pe)
	trimmed := ps != start || pe != end
	start, end = ps, pe
	if start >= end {
		return nil, false, http.StatusBadRequest, errors.New("the selection holds only white space")
	}
	c := &corpus.Coding{DocID: doc.ID, Start: start, End: end, Code: req.Code, Coder: me, Origin: corpus.OriginManual,
		Status: corpus.StatusAccepted, Quote: ti.slice(start, end)}
	existing, err := s.st.Codings(ctx, corpus.CodingFilter{DocIDs: []string{doc.ID}, Codes: []string{req.Code}, Coders: []string{me}, Statuses: []string{corpus.StatusAccepted}})
	if err != nil {
		return nil, false, 0, err
	}
	for _, e := range existing {
		if e.Start == start && e.End == end {
			return e, trimmed, http.StatusOK, nil
		}
	}
	summary := fmt.Sprintf("coded %s %d-%d as %s", doc.ID, start, end, req.Code)
	if err := s.record(ctx, me, "code", summary, func(tx *corpus.Tx) error { return tx.InsertCoding(c) }); err != nil {
		return nil, false, 0, err
	}
	return c, trimmed, http.StatusCreated, nil
}

// requestedSpan converts a request's span to rune offsets and checks it
// (and its quote) against the text; white space at its ends is left out.
func requestedSpan(ti *textIndex, req createCoding) (int, int, int, error) {
	start, end := req.Start, req.End
	switch req.Units {
	case "", "rune", "runes":
	case "utf16":
		var ok1, ok2 bool
		start, ok1 = ti.runeOf(req.Start)
		end, ok2 = ti.runeOf(req.End)
		if !ok1 || !ok2 {
			return 0, 0, http.StatusBadRequest, fmt.Errorf("UTF-16 offsets [%d,%d) are outside the text or split a character", req.Start, req.End)
		}
	default:
		return 0, 0, http.StatusBadRequest, fmt.Errorf("unknown units %q: use rune or utf16", req.Units)
	}
	if start < 0 || end > len(ti.runes) || start >= end {
		return 0, 0, http.StatusBadRequest, fmt.Errorf("span [%d,%d) is empty or outside the document (%d characters)", start, end, len(ti.runes))
	}
	if req.Quote != nil && strings.ReplaceAll(*req.Quote, "\r\n", "\n") != ti.slice(start, end) {
		return 0, 0, http.StatusConflict, errors.New("the selected text does not match the transcript at that place; reload the page")
	}
	start, end = ti.trim(start, end)
	if start >= end {
		return 0, 0, http.StatusBadRequest, errors.New("the selection holds only white space")
	}
	return start, end, 0, nil
}

// participantSpan narrows [start, end) to the participants' turns it
// covers: interviewer turns are not coded, so a selection that starts in
// an interviewer's question starts at the next participant's words, and
// one that ends in a question ends with the participant's words before
// it. ok is false when no participant's words are left. (A document
// without turns keeps the span.)
func participantSpan(turns []corpus.Turn, start, end int) (int, int, bool) {
	if len(turns) == 0 {
		return start, end, true
	}
	s, e := -1, -1
	for _, t := range turns {
		if t.Interviewer || t.End <= start || t.Start >= end || t.Start >= t.End {
			continue
		}
		if s < 0 {
			s = max(start, t.Start)
		}
		e = min(end, t.End)
	}
	return s, e, s >= 0 && s < e
}

// ownCoding loads coding {id} and checks that the current coder made it.
func (s *Server) ownCoding(w http.ResponseWriter, r *http.Request) (*corpus.Coding, string, bool) {
	me, ok := requireCoder(w, r)
	if !ok {
		return nil, "", false
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		apiError(w, http.StatusBadRequest, "coding ids are numbers")
		return nil, "", false
	}
	c, err := s.st.Coding(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return nil, "", false
	}
	if c.Coder != me {
		msg := fmt.Sprintf("coding %d is %s's; only they can change or remove it", c.ID, c.Coder)
		if c.Coder == corpus.AutoCoder {
			msg = fmt.Sprintf("coding %d is an auto-coder suggestion: accept, reject or recode it instead", c.ID)
		}
		apiError(w, http.StatusForbidden, "%s", msg)
		return nil, "", false
	}
	return c, me, true
}

// decodeRecode reads the body of a recoding, {"code": ID}, and returns
// the code, or answers 422 when the codebook has no such code.
func (s *Server) decodeRecode(w http.ResponseWriter, r *http.Request) (string, bool) {
	var req struct {
		Code string `json:"code"`
	}
	if !decode(w, r, &req) {
		return "", false
	}
	cbc, ok := s.requireCodebook(w, r)
	if !ok {
		return "", false
	}
	if _, ok := cbc.cb.Code(req.Code); !ok {
		apiError(w, http.StatusUnprocessableEntity, "no code %q in the codebook", req.Code)
		return "", false
	}
	return req.Code, true
}

func (s *Server) apiChangeCoding(w http.ResponseWriter, r *http.Request) {
	c, me, ok := s.ownCoding(w, r)
	if !ok {
		return
	}
	code, ok := s.decodeRecode(w, r)
	if !ok {
		return
	}
	summary := fmt.Sprintf("recoded %s %d-%d from %s to %s", c.DocID, c.Start, c.End, c.Code, code)
	c.Code = code
	if err := s.record(r.Context(), me, "recode", summary, func(tx *corpus.Tx) error { return tx.UpdateCoding(c) }); err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, toJSON(c))
}

func (s *Server) apiDeleteCoding(w http.ResponseWriter, r *http.Request) {
	c, me, ok := s.ownCoding(w, r)
	if !ok {
		return
	}
	summary := fmt.Sprintf("removed the coding of %s %d-%d as %s", c.DocID, c.Start, c.End, c.Code)
	if err := s.record(r.Context(), me, "uncode", summary, func(tx *corpus.Tx) error { return tx.DeleteCoding(c.ID) }); err != nil {
		s.apiFail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) apiAddMemo(w http.ResponseWriter, r *http.Request) {
	s.addMemo(w, r, "coding", r.PathValue("id"), nil)
}

// ---- Suggestions -----------------------------------------------------

type suggestionJSON struct {
	Suggestion  *codingJSON `json:"suggestion"`
	Left        int         `json:"left"`
	LeftForCode int         `json:"left_for_code"`
	Code        *codeJSON   `json:"code,omitempty"`
	Rule        string      `json:"rule,omitempty"`
	// Learned explains a learned suggestion: its model's figures, the
	// words that pushed it up and down, the nearest passages people coded.
	Learned *analysis.LearnedExplanation `json:"learned,omitempty"`
}

func (s *Server) apiSuggestions(w http.ResponseWriter, r *http.Request) {
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	q, err := s.nextSuggestion(r, after, r.URL.Query().Get("code"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := suggestionJSON{Left: q.Left, LeftForCode: q.LeftForCode}
	if q.Current != nil {
		j := toJSON(q.Current)
		out.Suggestion = &j
		if cbc, err := s.codebook(); err == nil {
			if code, ok := cbc.cb.Code(q.Current.Code); ok {
				cj := codeToJSON(cbc, code)
				out.Code = &cj
			}
			if rule, ok := cbc.cb.Rule(q.Current.Rule); ok {
				out.Rule = rule.String()
			}
		}
		if q.Current.Coder == corpus.LearnedCoder {
			if out.Learned, err = analysis.ExplainLearned(r.Context(), s.st, q.Current, nearestShown); err != nil {
				s.apiFail(w, r, err)
				return
			}
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// apiReview settles a suggestion: accept, reject or recode (body
// {"code"}); restore puts a rejected suggestion back in the queue.
func (s *Server) apiReview(w http.ResponseWriter, r *http.Request) {
	me, ok := requireCoder(w, r)
	if !ok {
		return
	}
	action := r.PathValue("action")
	if action != "accept" && action != "reject" && action != "recode" && action != "restore" {
		apiError(w, http.StatusNotFound, "unknown action %q: use accept, reject, recode or restore", action)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		apiError(w, http.StatusBadRequest, "coding ids are numbers")
		return
	}
	var code string
	if action == "recode" {
		if code, ok = s.decodeRecode(w, r); !ok {
			return
		}
	}
	ctx := r.Context()
	sug, err := s.st.Coding(ctx, id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if msg := reviewable(sug, action); msg != "" {
		apiError(w, http.StatusConflict, "%s", msg)
		return
	}
	made, err := s.review(ctx, me, action, sug, code)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := map[string]any{"suggestion": toJSON(sug)}
	if made != nil {
		out["coding"] = toJSON(made)
	}
	writeJSON(w, http.StatusOK, out)
}

// reviewable says why a coding cannot be reviewed with action ("" when it
// can): only pending suggestions are settled, only rejected ones restored.
func reviewable(c *corpus.Coding, action string) string {
	if action == "restore" {
		if !corpus.IsSuggester(c.Coder) || c.Status != corpus.StatusRejected {
			return fmt.Sprintf("coding %d is not a rejected suggestion (it is %s's, %s)", c.ID, c.Coder, c.Status)
		}
		return ""
	}
	if !corpus.IsSuggester(c.Coder) || c.Status != corpus.StatusSuggested {
		return fmt.Sprintf("coding %d is not a pending suggestion (it is %s's, %s)", c.ID, c.Coder, c.Status)
	}
	return ""
}

// review settles (or restores) suggestion sug as one event of me's
// history; it returns the coding made (accept, recode).
func (s *Server) review(ctx context.Context, me, action string, sug *corpus.Coding, code string) (*corpus.Coding, error) {
	where := fmt.Sprintf("%s %d-%d", sug.DocID, sug.Start, sug.End)
	summary := map[string]string{
		"accept":  "accepted the suggestion of " + sug.Code + " at " + where,
		"reject":  "rejected the suggestion of " + sug.Code + " at " + where,
		"recode":  "recoded the suggestion of " + sug.Code + " at " + where + " as " + code,
		"restore": "restored the rejected suggestion of " + sug.Code + " at " + where,
	}[action]
	event := action
	if action == "recode" {
		event = "recode suggestion" // "recode" is changing a coding's code
	}
	var made *corpus.Coding
	err := s.record(ctx, me, event, summary, func(tx *corpus.Tx) error {
		var err error
		switch action {
		case "accept":
			made, err = tx.Accept(sug, me)
		case "reject":
			err = tx.Reject(sug)
		case "recode":
			made, err = tx.Recode(sug, me, code)
		case "restore":
			sug.Status = corpus.StatusSuggested
			err = tx.UpdateCoding(sug)
		}
		return err
	})
	return made, err
}

// ---- Codebook --------------------------------------------------------

type ruleJSON struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

type codeJSON struct {
	ID           string     `json:"id"`
	Label        string     `json:"label"`
	Definition   string     `json:"definition"`
	UseWhen      string     `json:"use_when,omitempty"`
	DoNotUseWhen string     `json:"do_not_use_when,omitempty"`
	Colour       string     `json:"colour"`
	Class        string     `json:"class"`
	Parent       string     `json:"parent,omitempty"`
	Depth        int        `json:"depth"`
	Leaf         bool       `json:"leaf"`
	Rules        []ruleJSON `json:"rules,omitempty"`
	Examples     []string   `json:"examples,omitempty"`
}

func codeToJSON(c *cachedCodebook, code *codebook.Code) codeJSON {
	j := codeJSON{ID: code.ID, Label: code.Label, Definition: code.Definition, UseWhen: code.UseWhen, DoNotUseWhen: code.DoNotUseWhen,
		Colour: colour(c.cb, code.ID), Class: c.classes[code.ID], Parent: code.ParentID, Depth: code.Depth, Leaf: code.IsLeaf(), Examples: code.Examples}
	for _, r := range code.Rules {
		j.Rules = append(j.Rules, ruleJSON{ID: r.ID, Text: r.String()})
	}
	return j
}

func (s *Server) apiCodebook(w http.ResponseWriter, r *http.Request) {
	c, ok := s.requireCodebook(w, r)
	if !ok {
		return
	}
	out := struct {
		Name    string     `json:"name"`
		Version string     `json:"version"`
		Hash    string     `json:"hash"`
		Codes   []codeJSON `json:"codes"`
	}{Name: c.cb.Name, Version: c.cb.Version, Hash: c.cb.Hash(), Codes: []codeJSON{}}
	for _, code := range c.cb.Codes() {
		out.Codes = append(out.Codes, codeToJSON(c, code))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiEditCode(w http.ResponseWriter, r *http.Request) {
	var e CodeEdit
	me, ok := requireCoderBody(w, r, &e)
	if !ok {
		return
	}
	if err := s.editCode(r.Context(), me, r.PathValue("id"), e); err != nil {
		s.apiFail(w, r, err)
		return
	}
	c, ok := s.requireCodebook(w, r)
	if !ok {
		return
	}
	code, _ := c.cb.Code(r.PathValue("id"))
	writeJSON(w, http.StatusOK, map[string]any{"hash": c.cb.Hash(), "code": codeToJSON(c, code)})
}

// badEdit is an edit of the codebook that cannot be made as asked.
type badEdit struct{ err error }

func (e badEdit) Error() string { return e.err.Error() }
func (e badEdit) Unwrap() error { return e.err }

// apiAutocode applies the codebook's rules: body {"codes": [...]} (empty:
// every code whose rules changed).
func (s *Server) apiAutocode(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Codes []string `json:"codes"`
	}
	if _, ok := requireCoderBody(w, r, &req); !ok {
		return
	}
	res, err := s.autocode(r.Context(), req.Codes)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	res.Changes = emptyList(res.Changes)
	writeJSON(w, http.StatusOK, res)
}

// ---- Search, agreement, coder ----------------------------------------

// apiSearch searches: ?q= (may be empty with a filter), ?programme=,
// ?role=, ?code=, ?limit= (default 50, at most 1000), ?offset= (paging).
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, _ := strconv.Atoi(q.Get("limit"))
	if limit <= 0 || limit > 1000 {
		limit = 50
	}
	offset, err := strconv.Atoi(q.Get("offset"))
	if q.Get("offset") != "" && (err != nil || offset < 0) {
		apiError(w, http.StatusBadRequest, "offset is a number of hits to skip, 0 or more")
		return
	}
	suggested, err := includeSuggested(q)
	if err != nil {
		apiError(w, http.StatusBadRequest, "%v", err)
		return
	}
	res, err := s.search(r.Context(), corpus.SearchRequest{Query: q.Get("q"), Programme: q.Get("programme"), Role: q.Get("role"), Code: q.Get("code"),
		Suggested: suggested, Limit: limit, Offset: offset})
	if err != nil {
		var qe *querylang.Error
		switch {
		case errors.As(err, &qe):
			writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error(), "reason": qe.Reason, "position": qe.Pos})
		case explainSearch(err) != nil:
			apiError(w, http.StatusBadRequest, "%v", err)
		default:
			s.apiFail(w, r, err)
		}
		return
	}
	res.Hits = emptyList(res.Hits)
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) apiAgreement(w http.ResponseWriter, r *http.Request) {
	data, err := s.agreement(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if data.Error != "" {
		apiError(w, http.StatusBadRequest, "%s", data.Error)
		return
	}
	if data.Result == nil {
		apiError(w, http.StatusBadRequest, "name two or more coders: ?coders=alice,bob (the project has: %s)", strings.Join(data.Coders, ", "))
		return
	}
	writeJSON(w, http.StatusOK, data.Result)
}

func (s *Server) apiCoder(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"coder": coder(r), "csrf": csrfToken(w, r)})
}
