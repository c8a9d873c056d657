package ingest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// UnredactReport says what restoring rejected replacements did.
type UnredactReport struct {
	Restored  int      `json:"restored"`
	Documents []string `json:"documents"`
	// Attributes counts the attribute values given the original back.
	Attributes int `json:"attribute_values"`
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
	rep := &UnredactReport{}
	err := file.changeInTx(ctx, st, func(tx *corpus.Tx) error {
		*rep = UnredactReport{}
		if err := rejectAll(ctx, st, tx, file, original, rep); err != nil {
			return err
		}
		if !file.rejected(original) {
			file.Rejected = append(file.Rejected, original)
		}
		return nil
	})
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
	// Attributes naming people get the original back too.
	var back [][2]string
	for _, e := range file.Entries {
		if e.Kind == redact.Person && strings.EqualFold(e.Original, original) {
			back = append(back, [2]string{e.Pseudonym, e.Original})
		}
	}
	n, err := swapAttributes(ctx, st, tx, back)
	rep.Attributes += n
	return err
}

// ReviewItem is one replacement with its context, for a person to confirm.
type ReviewItem struct {
	Document  string      `json:"document"`
	Kind      redact.Kind `json:"kind"`
	Pseudonym string      `json:"pseudonym"`
	Original  string      `json:"original"`
	Start     int         `json:"start"`
	Context   string      `json:"context"` // the redacted text around it
	// Uncertain is set on a name the detector was not sure of, until a
	// person accepts it (or rejects it, restoring it).
	Uncertain bool `json:"uncertain,omitempty"`
	// Evidence says why it was taken for a name.
	Evidence string `json:"evidence,omitempty"`
	// Before and After are the redacted text on either side (Context is
	// them around the pseudonym, with white space collapsed).
	Before, After string `json:"-"`
}

// ReviewItems lists every replacement in every document, with context,
// after settling the map with the store: the uncertain ones first, then
// the others, each in document order.
func ReviewItems(ctx context.Context, st *corpus.Store, file *PrivacyFile) ([]ReviewItem, error) {
	if err := file.Reconcile(ctx, st); err != nil {
		return nil, err
	}
	return reviewItems(ctx, st, file, 40)
}

// ReviewQueue is ReviewItems for a reader that changes nothing (the
// workbench): it reads the map at path without settling it with the store
// (a replacement whose text changed since is left out), and gives width
// characters of context on each side. A project never redacted has none.
func ReviewQueue(ctx context.Context, st *corpus.Store, path string, width int) ([]ReviewItem, error) {
	file, err := LoadPrivacy(path)
	if err != nil {
		return nil, err
	}
	return reviewItems(ctx, st, file, width)
}

func reviewItems(ctx context.Context, st *corpus.Store, file *PrivacyFile, width int) ([]ReviewItem, error) {
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
			from, to := max(0, e.NewStart-width), min(len(r), e.NewEnd+width)
			ctxText := strings.Join(strings.Fields(string(r[from:to])), " ")
			out = append(out, ReviewItem{Document: id, Kind: e.Kind, Pseudonym: e.Pseudonym, Original: e.Original, Start: e.NewStart, Context: ctxText,
				Uncertain: e.Uncertain, Evidence: e.Evidence, Before: string(r[from:e.NewStart]), After: string(r[e.NewEnd:to])})
		}
	}
	slices.SortStableFunc(out, func(a, b ReviewItem) int {
		switch {
		case a.Uncertain == b.Uncertain:
			return 0
		case a.Uncertain:
			return -1
		}
		return 1
	})
	return out, nil
}

// AcceptReport says what accepting the uncertain replacements did.
type AcceptReport struct {
	Accepted  int      `json:"accepted"`  // replacements no longer uncertain
	Originals []string `json:"originals"` // their originals, now names of the project
}

// AcceptUncertain confirms every replacement still uncertain (after any
// --reject): each stays replaced, is no longer listed as uncertain, and its
// original becomes one of the project's names, redacted wherever it
// stands. The text does not change; the map does, under the same protocol
// as every other change.
func AcceptUncertain(ctx context.Context, st *corpus.Store, file *PrivacyFile) (*AcceptReport, error) {
	if err := file.Reconcile(ctx, st); err != nil {
		return nil, err
	}
	rep := &AcceptReport{}
	if !file.hasUncertain() {
		return rep, nil
	}
	err := file.changeInTx(ctx, st, func(tx *corpus.Tx) error {
		*rep = AcceptReport{}
		for _, doc := range slices.Sorted(maps.Keys(file.Documents)) {
			edits := file.Documents[doc]
			if !slices.ContainsFunc(edits, func(e redact.Edit) bool { return e.Uncertain }) {
				continue
			}
			file.touch(doc)
			accepted := slices.Clone(edits)
			for i := range accepted {
				if !accepted[i].Uncertain {
					continue
				}
				accepted[i].Uncertain = false
				rep.Accepted++
				if o := accepted[i].Original; !slices.Contains(rep.Originals, o) {
					rep.Originals = append(rep.Originals, o)
				}
			}
			file.Documents[doc] = accepted
		}
		for _, o := range rep.Originals {
			if !slices.Contains(file.Added, o) {
				file.Added = append(file.Added, o)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// hasUncertain reports whether any replacement is still uncertain.
func (f *PrivacyFile) hasUncertain() bool {
	for _, edits := range f.Documents {
		for _, e := range edits {
			if e.Uncertain {
				return true
			}
		}
	}
	return false
}
