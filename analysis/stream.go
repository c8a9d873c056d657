package analysis

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/groundwork-qda/groundwork/corpus"
)

// DocCodings is one document's share of a dataset, as EachDocCodings
// streams it: the document, its text, and the codings the selection counts
// in it, in the dataset's order (by start, end, code and id).
type DocCodings struct {
	Doc     *corpus.Document
	Text    string
	Codings []corpus.CodingRef
	turns   []turnSpan
}

// Speaker returns the speaker of the turn holding rune offset pos, as
// Dataset.Speaker does.
func (dc *DocCodings) Speaker(pos int) string {
	i := sort.Search(len(dc.turns), func(i int) bool { return dc.turns[i].end > pos })
	if i < len(dc.turns) && dc.turns[i].start <= pos {
		return dc.turns[i].speaker
	}
	return ""
}

// streamChunk is how many documents' codings EachDocCodings reads in one
// query: enough to keep the number of queries small, few enough that the
// codings held at once do not grow with the corpus.
const streamChunk = 200

// EachDocCodings calls fn once for every document of the store that has a
// coding sel counts (and that keep, when not nil, keeps), in ingestion
// order, with the same codings, in the same order, as Load(…, sel) holds
// for it. It holds one chunk of documents' codings at a time, so that
// memory stays flat however large the corpus: for commands that go through
// the codings once (an export), where Load would hold them all.
func EachDocCodings(ctx context.Context, st *corpus.Store, sel Selection, keep func(corpus.CodingRef) bool, fn func(*DocCodings) error) error {
	return st.EachDocumentPage(ctx, streamChunk, func(chunk []*corpus.Document) error {
		return eachInChunk(ctx, st, sel, keep, chunk, fn)
	})
}

// eachInChunk reads the selected codings of chunk's documents in one query
// and calls fn for each document that has any.
func eachInChunk(ctx context.Context, st *corpus.Store, sel Selection, keep func(corpus.CodingRef) bool, chunk []*corpus.Document, fn func(*DocCodings) error) error {
	ids := make([]string, len(chunk))
	for i, d := range chunk {
		ids[i] = d.ID
	}
	byDoc := map[string][]corpus.CodingRef{}
	f := corpus.CodingFilter{DocIDs: ids, Coders: sel.Coders, Statuses: sel.statuses()}
	err := st.EachCodingRef(ctx, f, func(c corpus.CodingRef) error {
		if sel.keeps(c) && (keep == nil || keep(c)) {
			byDoc[c.DocID] = append(byDoc[c.DocID], c)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, d := range chunk {
		cs := byDoc[d.ID]
		if len(cs) == 0 {
			continue
		}
		dc, err := docCodings(ctx, st, d, cs, sel)
		if err != nil {
			return err
		}
		if err := fn(dc); err != nil {
			return err
		}
	}
	return nil
}

// docCodings puts one document's codings in the dataset's order and reads
// its text and turns.
func docCodings(ctx context.Context, st *corpus.Store, d *corpus.Document, cs []corpus.CodingRef, sel Selection) (*DocCodings, error) {
	slices.SortFunc(cs, func(a, b corpus.CodingRef) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Code, b.Code), cmp.Compare(a.ID, b.ID))
	})
	if sel.Reviewed || sel.Pending {
		cs = oncePerCoderRefs(cs)
	}
	full, err := st.Document(ctx, d.ID)
	if err != nil {
		return nil, fmt.Errorf("reading the text of %s: %w", d.ID, err)
	}
	turns, err := st.Turns(ctx, d.ID)
	if err != nil {
		return nil, fmt.Errorf("reading the turns of %s: %w", d.ID, err)
	}
	ts := make([]turnSpan, len(turns))
	for i, t := range turns {
		ts[i] = turnSpan{t.Seq, t.Start, t.End, t.Speaker}
	}
	slices.SortFunc(ts, func(a, b turnSpan) int { return cmp.Compare(a.start, b.start) })
	return &DocCodings{Doc: d, Text: full.Text, Codings: cs, turns: ts}, nil
}
