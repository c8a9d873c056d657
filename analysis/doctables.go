package analysis

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
)

// turnTable holds the turns of a dataset's documents compactly: a row is
// 16 bytes, a speaker's name is kept once, and a document's turns are a
// stretch of rows found by its place in the dataset's Docs. At 100,000
// interviews there are about 4.3 million turns; as a map of slices of
// structs with a string each they were, after the codings, the largest
// thing a report held.
type turnTable struct {
	rows []turnRow
	// first[i] is where document i's turns begin in rows, in order of
	// start; first[len(docs)] is len(rows).
	first    []int32
	filled   []int32 // while loading: the rows of each document placed
	speakers interned
}

type turnRow struct {
	seq, start, end int32
	speaker         uint32
}

// size makes room for counts[i] turns of the document at place i.
func (t *turnTable) size(counts []int) {
	t.first, t.filled = make([]int32, len(counts)+1), make([]int32, len(counts))
	n := 0
	for i, c := range counts {
		t.first[i] = int32(n)
		n += c
	}
	t.first[len(counts)] = int32(n)
	t.rows = make([]turnRow, n)
}

// add places a turn of the document at place doc, in the room size made.
func (t *turnTable) add(doc, seq int, speaker string, start, end int) error {
	at := t.first[doc] + t.filled[doc]
	if !fitsInt32(seq, start, end) || at >= t.first[doc+1] {
		return fmt.Errorf("turn %d of document %d: span [%d, %d) is out of range, or the turns changed while they were read: run it again", seq, doc, start, end)
	}
	t.rows[at] = turnRow{int32(seq), int32(start), int32(end), t.speakers.name(speaker)}
	t.filled[doc]++
	return nil
}

// index orders each document's turns by start, once all are added.
func (t *turnTable) index() error {
	for doc := range t.filled {
		ts := t.rows[t.first[doc]:t.first[doc+1]]
		if int(t.filled[doc]) != len(ts) {
			return fmt.Errorf("document %d has %d turns where %d were counted: the turns changed while they were read: run it again", doc, t.filled[doc], len(ts))
		}
		if !slices.IsSortedFunc(ts, byStart) {
			slices.SortFunc(ts, byStart)
		}
	}
	t.filled = nil
	return nil
}

func byStart(a, b turnRow) int { return cmp.Compare(a.start, b.start) }

// at returns the turn of the document at place doc holding rune offset pos.
func (t *turnTable) at(doc, pos int) (turnSpan, bool) {
	if doc < 0 || doc+1 >= len(t.first) {
		return turnSpan{}, false
	}
	ts := t.rows[t.first[doc]:t.first[doc+1]]
	i := sort.Search(len(ts), func(i int) bool { return int(ts[i].end) > pos })
	if i < len(ts) && int(ts[i].start) <= pos {
		r := ts[i]
		return turnSpan{int(r.seq), int(r.start), int(r.end), t.speakers.names[r.speaker]}, true
	}
	return turnSpan{}, false
}

func fitsInt32(ns ...int) bool {
	for _, n := range ns {
		if n < math.MinInt32 || n > math.MaxInt32 {
			return false
		}
	}
	return true
}

// spanCounts counts, per document (by place) and code (by its number in
// the dataset's coding table), the distinct spans coded with the code or a
// descendant. A document holds a short list rather than a map: it has a
// few dozen codes at most, and 100,000 maps were a tenth of a report's
// memory.
type spanCounts [][]codeCount

type codeCount struct {
	code uint32
	n    int32
}

// get returns document doc's count of code.
func (s spanCounts) get(doc int, code uint32) int {
	if doc < 0 || doc >= len(s) {
		return 0
	}
	for _, c := range s[doc] {
		if c.code == code {
			return int(c.n)
		}
	}
	return 0
}

// inc counts one more span of code in document doc.
func (s spanCounts) inc(doc int, code uint32) {
	for i := range s[doc] {
		if s[doc][i].code == code {
			s[doc][i].n++
			return
		}
	}
	s[doc] = append(s[doc], codeCount{code, 1})
}
