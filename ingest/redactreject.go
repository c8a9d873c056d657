package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// UnredactReport says what restoring rejected replacements did.
type UnredactReport struct {
	Restored  int      `json:"restored"`
	Documents []string `json:"documents"`
}

// RejectIdentifier restores every replacement of an original (named by the
// original or its pseudonym) in every document, and remembers that it is
// not an identifier. It changes nothing when a document's text no longer
// fits the map (*StaleError) or the map does not belong with the store
// (*MismatchError).
func RejectIdentifier(ctx context.Context, st *corpus.Store, file *PrivacyFile, which string) (*UnredactReport, error) {
	if err := file.Reconcile(ctx, st); err != nil {
		return nil, err
	}
	original := file.originalOf(which)
	if original == "" {
		return nil, fmt.Errorf("%q is neither a pseudonym nor an identifier in this project; `groundwork redact --review` lists them", which)
	}
	if err := file.begin(); err != nil {
		return nil, err
	}
	rep := &UnredactReport{}
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		*rep = UnredactReport{}
		if err := rejectAll(ctx, st, tx, file, original, rep); err != nil {
			return err
		}
		if !file.rejected(original) {
			file.Rejected = append(file.Rejected, original)
		}
		return file.commitInTx(ctx, st, tx)
	})
	if ferr := file.finish(ctx, st); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// originalOf finds the original a pseudonym or an original names ("" when
// none). A pseudonym shared by several originals names the first.
func (f *PrivacyFile) originalOf(which string) string {
	var original string
	for _, e := range f.Entries {
		if strings.EqualFold(e.Pseudonym, which) {
			return e.Original
		}
		if original == "" && strings.EqualFold(e.Original, which) {
			original = e.Original
		}
	}
	return original
}

// rejectAll restores the replacements of original in every document, in
// document order, after checking that every document concerned fits the
// map.
func rejectAll(ctx context.Context, st *corpus.Store, tx *corpus.Tx, file *PrivacyFile, original string, rep *UnredactReport) error {
	match := func(e redact.Edit) bool { return strings.EqualFold(e.Original, original) }
	var docs []string
	for doc, edits := range file.Documents {
		if slices.ContainsFunc(edits, match) {
			docs = append(docs, doc)
		}
	}
	slices.Sort(docs)
	texts := map[string]*corpus.Document{}
	var stale []string
	for _, doc := range docs {
		d, err := st.Document(ctx, doc)
		if errors.Is(err, corpus.ErrNotFound) {
			continue // removed from the project: nothing to restore
		}
		if err != nil {
			return err
		}
		if !file.fits(doc, d.Text) {
			stale = append(stale, doc)
		}
		texts[doc] = d
	}
	if len(stale) > 0 {
		return &StaleError{Docs: stale}
	}
	for _, doc := range docs {
		d := texts[doc]
		if d == nil {
			continue
		}
		edits := file.Documents[doc]
		restore := slices.DeleteFunc(slices.Clone(edits), func(e redact.Edit) bool { return !match(e) })
		newText, kept := redact.Restore(d.Text, edits, func(e redact.Edit) bool { return !match(e) })
		mapPos := func(pos int, isEnd bool) int { return redact.UnmapOffset(restore, pos, isEnd) }
		var swaps [][2]string
		for _, e := range restore {
			swaps = append(swaps, [2]string{e.Pseudonym, e.Original})
		}
		if err := rewriteDocument(ctx, st, tx, d, newText, mapPos, swaps); err != nil {
			return err
		}
		file.setDocument(doc, newText, kept)
		rep.Restored += len(restore)
		rep.Documents = append(rep.Documents, doc)
	}
	return nil
}

// ReviewItem is one replacement with its context, for a person to confirm.
type ReviewItem struct {
	Document  string      `json:"document"`
	Kind      redact.Kind `json:"kind"`
	Pseudonym string      `json:"pseudonym"`
	Original  string      `json:"original"`
	Start     int         `json:"start"`
	Context   string      `json:"context"` // the redacted text around it
}

// ReviewItems lists every replacement in every document, with context,
// after settling the map with the store.
func ReviewItems(ctx context.Context, st *corpus.Store, file *PrivacyFile) ([]ReviewItem, error) {
	if err := file.Reconcile(ctx, st); err != nil {
		return nil, err
	}
	var docs []string
	for d := range file.Documents {
		docs = append(docs, d)
	}
	slices.Sort(docs)
	var out []ReviewItem
	for _, id := range docs {
		d, err := st.Document(ctx, id)
		if errors.Is(err, corpus.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		r := []rune(d.Text)
		for _, e := range file.Documents[id] {
			if e.NewStart < 0 || e.NewStart > e.NewEnd || e.NewEnd > len(r) || string(r[e.NewStart:e.NewEnd]) != e.Pseudonym {
				continue // the document changed since (see StaleError)
			}
			from, to := max(0, e.NewStart-40), min(len(r), e.NewEnd+40)
			ctxText := strings.Join(strings.Fields(string(r[from:to])), " ")
			out = append(out, ReviewItem{Document: id, Kind: e.Kind, Pseudonym: e.Pseudonym, Original: e.Original, Start: e.NewStart, Context: ctxText})
		}
	}
	return out, nil
}
