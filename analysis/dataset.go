package analysis

import (
	"context"
	"sort"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Selection says which codings count.
type Selection struct {
	// Coders counts only these coders' codings (empty: every coder).
	Coders []string
	// Statuses counts only codings with these statuses (empty: accepted
	// and suggested, i.e. everything but rejections).
	Statuses []string
}

// Statuses returns the statuses the selection counts.
func (s Selection) statuses() []string {
	if len(s.Statuses) > 0 {
		return s.Statuses
	}
	return []string{corpus.StatusAccepted, corpus.StatusSuggested}
}

// Dataset is the coded corpus as the analyses see it: documents in
// ingestion order and the codings the selection counts.
type Dataset struct {
	Codebook  *codebook.Codebook
	Docs      []*corpus.Document
	Codings   []*corpus.Coding
	Selection Selection
	Memos     []*corpus.Memo
	// Speakers maps a document to its turns, for attributing quotes.
	turns map[string][]corpus.Turn
	// codes[doc] lists the distinct codes applied in doc, sorted.
	codes map[string][]string
	// segments[doc] is the number of participant segments of doc.
	segments map[string]int
	// ranked caches each code's passages by typicality, and vectors each
	// passage's term vector.
	ranked  map[string][]Quote
	vectors map[spanKey]map[string]float64
	// byCode indexes the codings of each code and its ancestors (built on
	// first use: change Codings before asking for them, not after).
	byCode map[string][]*corpus.Coding
	// has[doc][code] is the number of distinct spans coded with code (or a
	// descendant) in doc.
	has map[string]map[string]int
}

// Load reads the documents and selected codings from the store.
func Load(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, sel Selection) (*Dataset, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	codings, err := st.Codings(ctx, corpus.CodingFilter{Coders: sel.Coders, Statuses: sel.statuses(), SharedQuotes: true})
	if err != nil {
		return nil, err
	}
	segs, err := st.SegmentCounts(ctx)
	if err != nil {
		return nil, err
	}
	memos, err := st.Memos(ctx, "", "")
	if err != nil {
		return nil, err
	}
	ds := &Dataset{Codebook: cb, Docs: docs, Codings: codings, Selection: sel, segments: segs, Memos: memos,
		turns: map[string][]corpus.Turn{}, has: map[string]map[string]int{}, codes: map[string][]string{}}
	for _, d := range docs {
		t, err := st.Turns(ctx, d.ID)
		if err != nil {
			return nil, err
		}
		ds.turns[d.ID] = t
		ds.has[d.ID] = map[string]int{}
	}
	// Count distinct coded spans, so that two coders (or two child codes)
	// on one segment count it once.
	seen := map[spanKey]bool{}
	for _, c := range codings {
		m := ds.has[c.DocID]
		if m == nil {
			continue
		}
		if k := (spanKey{c.DocID, -1, -1, c.Code}); !seen[k] {
			seen[k] = true
			ds.codes[c.DocID] = append(ds.codes[c.DocID], c.Code)
		}
		for _, id := range ds.withAncestors(c.Code) {
			k := spanKey{c.DocID, c.Start, c.End, id}
			if !seen[k] {
				seen[k] = true
				m[id]++
			}
		}
	}
	for _, cs := range ds.codes {
		sort.Strings(cs)
	}
	return ds, nil
}

// Segments is the number of participant segments of doc.
func (ds *Dataset) Segments(doc string) int { return ds.segments[doc] }

// DocCodes lists the distinct codes applied in doc (not their ancestors).
func (ds *Dataset) DocCodes(doc string) []string { return ds.codes[doc] }

// withAncestors returns code and its ancestors in the codebook (just code
// when the codebook does not know it).
func (ds *Dataset) withAncestors(code string) []string {
	out := []string{code}
	if ds.Codebook == nil {
		return out
	}
	c, ok := ds.Codebook.Code(code)
	for ok && c.Parent() != nil {
		c = c.Parent()
		out = append(out, c.ID)
	}
	return out
}

// Has reports how many distinct spans of doc are coded with code or its
// descendants.
func (ds *Dataset) Has(doc, code string) int { return ds.has[doc][code] }

// Speaker returns the speaker of the turn holding rune offset pos of doc.
func (ds *Dataset) Speaker(doc string, pos int) string {
	for _, t := range ds.turns[doc] {
		if t.Start <= pos && pos < t.End {
			return t.Speaker
		}
	}
	return ""
}

// TurnAt returns the sequence number of the turn holding pos (0 if none).
func (ds *Dataset) TurnAt(doc string, pos int) int {
	for _, t := range ds.turns[doc] {
		if t.Start <= pos && pos < t.End {
			return t.Seq
		}
	}
	return 0
}

// Groups returns the distinct values of a document attribute in order of
// first appearance, sorted, with documents lacking it under "".
func (ds *Dataset) Groups(attr string) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range ds.Docs {
		v := d.Attr(attr)
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

// DocsIn returns the documents whose attr is value.
func (ds *Dataset) DocsIn(attr, value string) []*corpus.Document {
	var out []*corpus.Document
	for _, d := range ds.Docs {
		if d.Attr(attr) == value {
			out = append(out, d)
		}
	}
	return out
}

// CodingsOf returns the codings of code or any of its descendants.
func (ds *Dataset) CodingsOf(code string) []*corpus.Coding {
	if ds.byCode == nil {
		// One pass indexes every code and its ancestors; a report asks for
		// each code in turn.
		ds.byCode = map[string][]*corpus.Coding{}
		for _, c := range ds.Codings {
			for _, id := range ds.withAncestors(c.Code) {
				ds.byCode[id] = append(ds.byCode[id], c)
			}
		}
	}
	return ds.byCode[code]
}

// Coders lists the coders whose codings the dataset holds, sorted.
func (ds *Dataset) Coders() []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range ds.Codings {
		if !seen[c.Coder] {
			seen[c.Coder] = true
			out = append(out, c.Coder)
		}
	}
	sort.Strings(out)
	return out
}
