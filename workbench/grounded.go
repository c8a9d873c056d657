package workbench

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"unicode"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Grounded theory builds the codebook while reading: codes are made while
// coding (often in the informant's words), reorganised (renamed, moved,
// merged, split, deleted), their passages read side by side, and every
// step can be undone. These are the routes of that work; the handlers are
// in api_reorg.go, api_history.go, api_memos.go and page_code.go.
func (s *Server) groundedRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /code/{id}", s.pageCode)
	mux.HandleFunc("GET /compare", s.pageCompare)
	mux.HandleFunc("GET /history", s.pageHistory)

	mux.HandleFunc("GET /api/codebook/codes/{id}", s.apiCodeInfo)
	mux.HandleFunc("POST /api/codebook/codes", s.apiAddCode)
	mux.HandleFunc("POST /api/codebook/codes/{id}/{op}", s.apiReorg)
	mux.HandleFunc("GET /api/retrieve", s.apiRetrieve)
	mux.HandleFunc("GET /api/history", s.apiHistory)
	mux.HandleFunc("POST /api/undo", s.apiUndo)
	mux.HandleFunc("POST /api/redo", s.apiRedo)
	mux.HandleFunc("GET /api/memos", s.apiMemos)
	mux.HandleFunc("POST /api/memos", s.apiNewMemo)
	mux.HandleFunc("PATCH /api/memos/{id}", s.apiEditMemo)
	mux.HandleFunc("DELETE /api/memos/{id}", s.apiDeleteMemo)
}

// record runs fn in one store transaction recorded as one event of the
// history, by actor, so that it can be undone (Store.Undo).
func (s *Server) record(ctx context.Context, actor, action, summary string, fn func(tx *corpus.Tx) error) error {
	return s.write(ctx, func(tx *corpus.Tx) error {
		tx.Record(actor, action, summary)
		return fn(tx)
	})
}

// palette gives top-level codes made in the workbench a colour of their
// own (Tableau 10); codes under them take their family's.
var palette = [...]string{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"}

// nextColour is the first colour of the palette no top-level code has.
func nextColour(cb *codebook.Codebook) string {
	used := map[string]bool{}
	n := 0
	for _, c := range cb.Codes() {
		if c.Depth == 0 {
			used[strings.ToLower(c.Colour)] = true
			n++
		}
	}
	for _, p := range palette {
		if !used[p] {
			return p
		}
	}
	return palette[n%len(palette)]
}

// maxIDRunes bounds a code id made from a label (an in-vivo label may be a
// whole phrase).
const maxIDRunes = 32

// newCodeID makes a code id from a label: its words in lower case joined
// by _, under the parent's id (parent.words) as the codebook's own codes
// are, and numbered when the id is taken.
func newCodeID(cb *codebook.Codebook, label, parent string) string {
	var words []string
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if n > 0 && n+1+len([]rune(w)) > maxIDRunes {
			break
		}
		words = append(words, w)
		n += len([]rune(w)) + 1
	}
	base := strings.Join(words, "_")
	if r := []rune(base); len(r) > maxIDRunes {
		base = string(r[:maxIDRunes])
	}
	if base == "" {
		base = "code"
	}
	if parent != "" {
		base = parent + "." + base
	}
	id := base
	for i := 2; ; i++ {
		if _, taken := cb.Code(id); !taken {
			return id
		}
		id = base + "_" + strconv.Itoa(i)
	}
}
