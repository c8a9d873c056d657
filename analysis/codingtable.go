package analysis

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"

	"github.com/groundwork-qda/groundwork/corpus"
)

// codingTable holds a dataset's codings compactly: a row is 40 bytes where
// a CodingRef is 120, the strings codings repeat (codes, coders, origins,
// statuses, rules) are kept once, and a document is its place in the
// dataset's Docs. A report at 10,000 interviews holds about 900,000
// codings; as CodingRefs they were half of its memory.
type codingTable struct {
	rows  []codingRow
	names []string
	index map[string]uint32
	docs  []*corpus.Document // the dataset's documents, by place
}

type codingRow struct {
	id                                int64
	doc, start, end                   int32
	code, coder, origin, status, rule uint32
}

func newCodingTable(docs []*corpus.Document) *codingTable {
	return &codingTable{index: map[string]uint32{}, docs: docs}
}

func (t *codingTable) name(s string) uint32 {
	if i, ok := t.index[s]; ok {
		return i
	}
	i := uint32(len(t.names))
	t.names = append(t.names, s)
	t.index[s] = i
	return i
}

// add appends c, coded in the document at place doc of the dataset.
func (t *codingTable) add(c corpus.CodingRef, doc int) error {
	// A damaged span (start after end) is kept as it is, as before: the
	// report quotes it as empty and `groundwork check` names it.
	if c.Start < math.MinInt32 || c.Start > math.MaxInt32 || c.End < math.MinInt32 || c.End > math.MaxInt32 {
		return fmt.Errorf("coding %d of %s: span [%d, %d) is out of range", c.ID, c.DocID, c.Start, c.End)
	}
	t.rows = append(t.rows, codingRow{id: c.ID, doc: int32(doc), start: int32(c.Start), end: int32(c.End),
		code: t.name(c.Code), coder: t.name(c.Coder), origin: t.name(c.Origin), status: t.name(c.Status), rule: t.name(c.Rule)})
	return nil
}

func (t *codingTable) ref(r codingRow) corpus.CodingRef {
	return corpus.CodingRef{ID: r.id, DocID: t.docs[r.doc].ID, Start: int(r.start), End: int(r.end),
		Code: t.names[r.code], Coder: t.names[r.coder], Origin: t.names[r.origin], Status: t.names[r.status], Rule: t.names[r.rule]}
}

// sort orders the rows by document (in the dataset's order), start, end,
// code and id.
func (t *codingTable) sort() {
	slices.SortFunc(t.rows, func(a, b codingRow) int {
		return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end),
			cmp.Compare(t.names[a.code], t.names[b.code]), cmp.Compare(a.id, b.id))
	})
}

// all yields every coding in the table's order.
func (t *codingTable) all() iter.Seq[corpus.CodingRef] {
	return func(yield func(corpus.CodingRef) bool) {
		for _, r := range t.rows {
			if !yield(t.ref(r)) {
				return
			}
		}
	}
}

// keep drops the codings keep refuses, keeping the order.
func (t *codingTable) keep(keep func(corpus.CodingRef) bool) {
	t.rows = slices.DeleteFunc(t.rows, func(r codingRow) bool { return !keep(t.ref(r)) })
}

// Codings yields the selected codings of the dataset's documents, in
// document order, then by start, end, code and id. KeepCodings keeps that
// order; EachQuoted relies on it.
func (ds *Dataset) Codings() iter.Seq[corpus.CodingRef] { return ds.codings.all() }

// NumCodings is the number of codings the dataset holds.
func (ds *Dataset) NumCodings() int { return len(ds.codings.rows) }

// KeepCodings narrows the dataset to the codings keep accepts, and counts
// again what it has (Has, DocCodes, the passages it ranks).
func (ds *Dataset) KeepCodings(keep func(corpus.CodingRef) bool) {
	ds.codings.keep(keep)
	ds.has, ds.codes, ds.reviewedHas = map[string]map[string]int{}, map[string][]string{}, nil
	ds.ranked, ds.centroids = nil, nil
	ds.countSpans()
}
