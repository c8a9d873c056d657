package analysis

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"

	"github.com/groundwork-qda/groundwork/corpus"
)

// codingTable holds a dataset's codings compactly: a row is 32 bytes where
// a CodingRef is 120, the strings codings repeat (codes, coders, origins,
// statuses, rules) are kept once, and a document is its place in the
// dataset's Docs. A report at 10,000 interviews holds about 900,000
// codings, at 100,000 over five million; as CodingRefs they were half of
// its memory.
type codingTable struct {
	rows []codingRow
	interned
	docs []*corpus.Document // the dataset's documents, by place
	// first[i] is where document i's rows begin (see locateDocs).
	first []int32
}

// interned keeps each of a table's repeated strings once, numbering them.
type interned struct {
	names []string
	index map[string]uint32
}

// name returns s's number, numbering it when it is new.
func (n *interned) name(s string) uint32 {
	if i, ok := n.index[s]; ok {
		return i
	}
	if n.index == nil {
		n.index = map[string]uint32{}
	}
	i := uint32(len(n.names))
	n.names = append(n.names, s)
	n.index[s] = i
	return i
}

type codingRow struct {
	id                                int64
	doc, start, end                   int32
	code, coder, origin, status, rule uint16 // numbers in names
	suggestedBy                       uint16
}

// maxNames is how many distinct codes, coders, origins, statuses and rules
// a table tells apart, together: hundreds in any codebook.
const maxNames = math.MaxUint16 + 1

func newCodingTable(docs []*corpus.Document) *codingTable {
	return &codingTable{docs: docs}
}

// add appends c, coded in the document at place doc of the dataset.
func (t *codingTable) add(c corpus.CodingRef, doc int) error {
	// A damaged span (start after end) is kept as it is, as before: the
	// report quotes it as empty and `groundwork check` names it.
	if !fitsInt32(c.Start, c.End) {
		return fmt.Errorf("coding %d of %s: span [%d, %d) is out of range", c.ID, c.DocID, c.Start, c.End)
	}
	code, coder, origin, status, rule, by := t.name(c.Code), t.name(c.Coder), t.name(c.Origin), t.name(c.Status), t.name(c.Rule), t.name(c.SuggestedBy)
	if len(t.names) > maxNames {
		return fmt.Errorf("coding %d of %s: more than %d distinct codes, coders and rules to count at once; report on fewer coders (--coder)", c.ID, c.DocID, maxNames)
	}
	t.rows = append(t.rows, codingRow{id: c.ID, doc: int32(doc), start: int32(c.Start), end: int32(c.End),
		code: uint16(code), coder: uint16(coder), origin: uint16(origin), status: uint16(status), rule: uint16(rule), suggestedBy: uint16(by)})
	return nil
}

func (t *codingTable) ref(r codingRow) corpus.CodingRef {
	return corpus.CodingRef{ID: r.id, DocID: t.docs[r.doc].ID, Start: int(r.start), End: int(r.end),
		Code: t.names[r.code], Coder: t.names[r.coder], Origin: t.names[r.origin], Status: t.names[r.status], Rule: t.names[r.rule],
		SuggestedBy: t.names[r.suggestedBy]}
}

// sort orders the rows by document (in the dataset's order), start, end,
// code and id.
func (t *codingTable) sort() {
	slices.SortFunc(t.rows, func(a, b codingRow) int {
		return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end),
			cmp.Compare(t.names[a.code], t.names[b.code]), cmp.Compare(a.id, b.id))
	})
}

// locateDocs notes where each document's rows begin, once they are sorted.
func (t *codingTable) locateDocs() {
	t.first = make([]int32, len(t.docs)+1)
	r := 0
	for d := range t.first {
		for r < len(t.rows) && int(t.rows[r].doc) < d {
			r++
		}
		t.first[d] = int32(r)
	}
}

// ofDoc returns the rows of the document at place i.
func (t *codingTable) ofDoc(i int) []codingRow { return t.rows[t.first[i]:t.first[i+1]] }

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
	ds.reviewedHas = nil
	ds.ranked, ds.centroids = nil, nil
	ds.countSpans()
}
