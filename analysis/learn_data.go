package analysis

import (
	"context"
	"slices"
	"sort"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// corpusData is what learning reads from the store: every participant
// segment, as a feature vector, with its document, role and the codes whose
// rules fire on it; and, per code, the segments people coded with it (in
// the documents they coded) and those they rejected it on.
type corpusData struct {
	sw    indexStops
	vocab *vocabulary
	// extras name the binary features after the vocabulary's columns:
	// "role: R" for each role, "rule: ID" for each rule.
	extras []string
	segs   []segment
	// byDoc lists each document's segments in order.
	byDoc map[string][]int
	// coded are the documents the selected people coded.
	coded map[string]bool
	// positive and rejected, per code, are segment indices.
	positive, rejected map[string]map[int]bool
	extraIndex         map[string]int32
	// revision is each document's revision, role its speaker's role;
	// docOrder the documents in segment order.
	revision map[string]int64
	role     map[string]string
	docOrder []string
}

// segment is a participant segment as learning sees it.
type segment struct {
	doc             string
	seq, start, end int
	// x is its tf-idf vector, or, where x is nil, p holds it packed (see
	// vector): only the segments that can be examples are held unpacked,
	// the others being scored one at a time.
	x *sparse
	p packed
	// extras are the extra features that hold (its role, the rules that
	// fire on it), as indices into corpusData.extras.
	extras []int32
}

// loadCorpus reads every participant segment (its place and role, not its
// text) and people's codings of the codes (nil: all). The features, which
// take most of learning's time and memory, are computed by featurise: a
// run with nothing to train does without them.
func loadCorpus(ctx context.Context, st *corpus.Store, coders, codes []string) (*corpusData, error) {
	d := &corpusData{sw: newIndexStops(), byDoc: map[string][]int{}, coded: map[string]bool{}, revision: map[string]int64{}, role: map[string]string{},
		positive: map[string]map[int]bool{}, rejected: map[string]map[int]bool{}, extraIndex: map[string]int32{}}
	// The five reads are independent: they run at once, each on its own
	// connection (at 1,000 interviews they are most of re-learning's
	// loading).
	var docs []*corpus.Document
	spans := map[string][]corpus.SegmentSpan{}
	n := 0
	var accepted, rejected []corpus.CodingRef
	collect := func(into *[]corpus.CodingRef) func(corpus.CodingRef) error {
		return func(c corpus.CodingRef) error { *into = append(*into, c); return nil }
	}
	err := all(
		func() (err error) { docs, err = st.Documents(ctx); return err },
		func() error {
			return st.EachSegmentPlace(ctx, func(s corpus.SegmentSpan) error {
				spans[s.DocID] = append(spans[s.DocID], s)
				n++
				return nil
			})
		},
		func() (err error) { d.coded, err = st.DocumentsCodedByPeople(ctx, coders); return err },
		func() error {
			return st.EachCodingRef(ctx, corpus.CodingFilter{Statuses: []string{corpus.StatusAccepted}, Coders: coders, Codes: codes}, collect(&accepted))
		},
		func() error {
			return st.EachCodingRef(ctx, corpus.CodingFilter{Statuses: []string{corpus.StatusRejected}, Codes: codes}, collect(&rejected))
		},
	)
	if err != nil {
		return nil, err
	}
	d.segs = make([]segment, 0, n)
	for _, doc := range docs { // in the order they were stored
		d.revision[doc.ID] = doc.Revision
		if len(spans[doc.ID]) == 0 {
			continue
		}
		d.docOrder = append(d.docOrder, doc.ID)
		role := doc.Attr("role")
		d.role[doc.ID] = role
		var roleFeature []int32
		if role != "" {
			roleFeature = []int32{d.feature("role: " + role)}
		}
		idx := make([]int, 0, len(spans[doc.ID]))
		for _, s := range spans[doc.ID] {
			idx = append(idx, len(d.segs))
			// Each segment's extras start as its own copy: the rules'
			// features are appended to them.
			d.segs = append(d.segs, segment{doc: s.DocID, seq: s.Seq, start: s.Start, end: s.End,
				extras: slices.Clip(slices.Clone(roleFeature))})
		}
		d.byDoc[doc.ID] = idx
	}
	for _, c := range accepted {
		if !corpus.IsSuggester(c.Coder) {
			d.mark(c, d.positive)
		}
	}
	for _, c := range rejected {
		d.mark(c, d.rejected)
	}
	return d, nil
}

// feature numbers an extra feature by its name.
func (d *corpusData) feature(name string) int32 {
	return numberOf(d.extraIndex, &d.extras, name)
}

// featurise vectorises every segment and gives it the rules that fire on
// it (withRules), from the documents' stored readings where they stand and
// by reading the others (storing those readings when store is set).
func (d *corpusData) featurise(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, withRules, store bool, prog Progress) error {
	rs, err := d.loadReadings(ctx, st, readerKey(cb))
	if err != nil {
		return err
	}
	var vocab *vocabulary
	var col []int32
	// A damaged stored reading is dropped and its document read again.
	for damaged := true; damaged; {
		if err := d.readStale(ctx, st, cb, rs, prog); err != nil {
			return err
		}
		if store {
			if err := saveReadings(ctx, st, rs); err != nil {
				return err
			}
			rs.fresh = nil
		}
		vocab, col, damaged = vocabularyOf(rs, d.docOrder)
	}
	rs.terms = nil // the vocabulary keeps the terms it uses: the rest may go
	d.vocab = vocab
	ruleFeature := map[string]int32{}
	if withRules {
		// Numbered before the documents are vectorised on every core, in
		// the codebook's order, so that the numbers do not depend on which
		// core met a rule first.
		for _, c := range cb.Codes() {
			for _, r := range c.Rules {
				ruleFeature[r.ID] = d.feature("rule: " + r.ID)
			}
		}
	}
	blobs := make([][]byte, len(d.docOrder))
	for i, doc := range d.docOrder {
		blobs[i] = rs.docs[doc]
	}
	rs.docs = nil
	example := d.exampleSegments()
	return parallel(ctx, len(d.docOrder), func(k int) error {
		idx := d.byDoc[d.docOrder[k]]
		var buf []byte
		var in []colCount
		i := 0
		err := decodeReading(blobs[k], withRules, func(r *segReading) error {
			s := &d.segs[idx[i]]
			in = countsOf(r, col, in[:0])
			if example[idx[i]] {
				x := tfidf(in, vocab.idf)
				s.x = &x
			} else {
				buf, s.p = pack(in, vocab.idf, buf)
			}
			for _, rule := range r.rules {
				if f, ok := ruleFeature[rule]; ok {
					s.extras = append(s.extras, f)
				}
			}
			i++
			return nil
		})
		blobs[k] = nil // read once: not held beside the vectors
		d.ownPacked(idx, buf)
		return err
	})
}

// exampleSegments marks the segments that can be a code's examples (see
// examples): those of the documents people coded, and those a person
// applied a code to, or rejected its suggestion on, in any document.
func (d *corpusData) exampleSegments() []bool {
	out := make([]bool, len(d.segs))
	for i, s := range d.segs {
		out[i] = d.coded[s.doc]
	}
	for _, marked := range []map[string]map[int]bool{d.positive, d.rejected} {
		for _, segs := range marked {
			for i := range segs {
				out[i] = true
			}
		}
	}
	return out
}

// ownPacked moves the packed vectors of a document's segments, encoded
// into buf, into memory of their own, of buf's length: buf grew as it
// was written and may be several times that.
func (d *corpusData) ownPacked(idx []int, buf []byte) {
	own := slices.Clone(buf)
	at := 0
	for _, i := range idx {
		s := &d.segs[i]
		if n := len(s.p.enc); n > 0 {
			s.p.enc = own[at : at+n : at+n]
			at += n
		}
	}
}

// vector returns segment i's tf-idf vector: its own, or its packed one
// unpacked into buf.
func (d *corpusData) vector(i int, buf *sparse) *sparse {
	s := &d.segs[i]
	switch {
	case s.x != nil:
		return s.x
	case len(s.p.enc) > 0:
		s.p.unpack(d.vocab.idf, buf)
	default: // no term of the vocabulary
		buf.cols, buf.vals = buf.cols[:0], buf.vals[:0]
	}
	return buf
}

// key is the segment's key in the store (DOC#SEQ).
func (s *segment) key() string { return corpus.SegmentKey(s.doc, s.seq) }

// mark records a coding on the segments it overlaps, as into's code's.
func (d *corpusData) mark(c corpus.CodingRef, into map[string]map[int]bool) {
	if into[c.Code] == nil {
		into[c.Code] = map[int]bool{}
	}
	for _, i := range d.overlapping(c.DocID, c.Start, c.End) {
		into[c.Code][i] = true
	}
}

// overlapping returns the segments of doc that [start, end) overlaps.
func (d *corpusData) overlapping(doc string, start, end int) []int {
	idx := d.byDoc[doc]
	i := sort.Search(len(idx), func(k int) bool { return d.segs[idx[k]].end > start })
	var out []int
	for ; i < len(idx) && d.segs[idx[i]].start < end; i++ {
		out = append(out, idx[i])
	}
	return out
}

// examples returns the labelled segments of code: in the documents people
// coded, positive where they applied it and negative elsewhere; in any
// document, negative where someone rejected a suggestion of it (a rejection
// teaches), unless a person applied it there.
func (d *corpusData) examples(code string) (idx []int, y []bool) {
	pos, rej := d.positive[code], d.rejected[code]
	for i, s := range d.segs {
		switch {
		case pos[i]:
			idx, y = append(idx, i), append(y, true)
		case d.coded[s.doc] || rej[i]:
			idx, y = append(idx, i), append(y, false)
		}
	}
	return idx, y
}
