package analysis

import (
	"context"
	"errors"
	"iter"
	"math"
	"sort"

	"github.com/groundwork-qda/groundwork/analysis/reliability"
	"github.com/groundwork-qda/groundwork/corpus"
)

// agreementWalk tallies agreement document by document: the units of one
// document and each coder's codings of it are all it holds, so its memory
// does not grow with the corpus (at 100,000 interviews there are 2.8
// million segments). Rows are tallied rather than kept: over every code
// they make millions of units of a handful of distinct rows.
type agreementWalk struct {
	coders []string
	unit   string
	list   bool // list the disagreements, not only count them
	// listAgreed lists the units and codes the coders agreed on applying.
	listAgreed bool
	// codes holds a tally for every code met so far, in order met: the
	// first preset of them given before the walk, the others met in it.
	codes  map[string]*codeTally
	order  []*codeTally
	preset int
	// baseline is the tally of a code no one applied, over the units so
	// far: a code first met in a later document starts from it. Nil when
	// the codes are fixed (asked for).
	baseline *reliability.BinaryTally
	units    int
	// compared counts the units of documents two coders or more coded,
	// differing those on which they disagree about one code or more.
	compared, differing int
	coverage            []int // per coder: documents coded
	// byHand[j] holds the documents person j coded by hand (nil for a
	// suggester); coded[j] says whether j coded the current document.
	byHand []map[string]bool
	coded  []bool

	row []int8
	// applied is scratch: per coder, per code (by place in order), per
	// unit of the document, whether the coder applied the code there;
	// touched lists the codes marked.
	applied [][][]bool
	touched [][]int
}

// codeTally is one code's rows and disagreements.
type codeTally struct {
	code          string
	place         int // in agreementWalk.order
	tally         *reliability.BinaryTally
	disagreements int
	listed        []Disagreement
	agreed        []Agreed
}

// docUnits is one document's units of comparison.
type docUnits struct {
	id    string
	seq   int // the document's place in ingestion order
	spans []unitSpan
}

// unitSpan is a unit: its segment or turn number and its span.
type unitSpan struct{ seq, start, end int }

// walkAgreement tallies every unit of every document for each code
// (codes, and when none were asked for, every other code the coders used).
func walkAgreement(ctx context.Context, st *corpus.Store, opts AgreeOptions, codes []string) (*agreementWalk, error) {
	w := &agreementWalk{
		coders: opts.Coders, unit: opts.Unit, list: !opts.CountOnly, listAgreed: opts.ListAgreed,
		codes: map[string]*codeTally{}, coverage: make([]int, len(opts.Coders)),
		row: make([]int8, len(opts.Coders)), applied: make([][][]bool, len(opts.Coders)), touched: make([][]int, len(opts.Coders)),
	}
	if len(opts.Codes) == 0 {
		w.baseline = reliability.NewBinaryTally(opts.Coders)
	}
	for _, c := range codes {
		if w.codes[c] == nil {
			w.add(c)
		}
	}
	w.preset = len(w.order)
	if err := w.readByHand(ctx, st); err != nil {
		return nil, err
	}
	cursors := make([]*codingCursor, len(opts.Coders))
	for j, c := range opts.Coders {
		cursors[j] = openCodingCursor(ctx, st, c)
		defer cursors[j].stop()
	}
	refs := make([][]corpus.CodingRef, len(opts.Coders))
	err := eachDocUnits(ctx, st, opts.Unit, func(d *docUnits) error {
		for j, cur := range cursors {
			refs[j] = cur.take(d, refs[j][:0], w.meet)
		}
		return w.document(d, refs)
	})
	if err != nil {
		return nil, err
	}
	for _, cur := range cursors {
		cur.take(&docUnits{seq: math.MaxInt}, nil, w.meet)
		if cur.err != nil {
			return nil, cur.err
		}
	}
	return w, nil
}

// readByHand reads the documents each coder coded by hand (byHandDocs).
func (w *agreementWalk) readByHand(ctx context.Context, st *corpus.Store) error {
	var err error
	w.byHand, err = byHandDocs(ctx, st, w.coders)
	w.coded = make([]bool, len(w.coders))
	return err
}

// byHandDocs returns, for each coder who is a person, the documents they
// coded by hand. Accepting a suggestion in an interview is not coding it
// through: its other units are not known to lack the codes, so a person
// who coded some interviews and accepted two suggestions in others is a
// coder of the first only (as `code learn` counts them). A suggester codes
// every document it ran on, and so does, for want of anything else, a
// person who only reviewed suggestions (compared with the suggester, say):
// their entry is nil.
func byHandDocs(ctx context.Context, st *corpus.Store, coders []string) ([]map[string]bool, error) {
	out := make([]map[string]bool, len(coders))
	for j, c := range coders {
		if corpus.IsSuggester(c) {
			continue
		}
		docs, err := st.DocumentsCodedByPeople(ctx, []string{c})
		if err != nil {
			return nil, err
		}
		if len(docs) > 0 {
			out[j] = docs
		}
	}
	return out, nil
}

// CodedByHand keeps the people who coded an interview by hand: one who
// only reviewed suggestions coded no interview through, and agreement with
// them would measure the suggester, not the coding.
func CodedByHand(ctx context.Context, st *corpus.Store, people []string) ([]string, error) {
	docs, err := byHandDocs(ctx, st, people)
	if err != nil {
		return nil, err
	}
	var out []string
	for j, p := range people {
		if docs[j] != nil {
			out = append(out, p)
		}
	}
	return out, nil
}

// meet gives a code met in the coders' codings its tally, unless the
// codes were asked for.
func (w *agreementWalk) meet(code string) {
	if _, ok := w.codes[code]; ok || w.baseline == nil {
		return
	}
	w.add(code)
}

// add gives code a tally: the baseline's rows, the units before it.
func (w *agreementWalk) add(code string) {
	t := reliability.NewBinaryTally(w.coders)
	if w.baseline != nil {
		t.Merge(w.baseline) // the same coders: cannot fail
	}
	tc := &codeTally{code: code, place: len(w.order), tally: t}
	w.codes[code] = tc
	w.order = append(w.order, tc)
}

// document tallies one document's units for every code.
func (w *agreementWalk) document(d *docUnits, refs [][]corpus.CodingRef) error {
	for j := range w.coders {
		w.coded[j] = len(refs[j]) > 0 && (w.byHand[j] == nil || w.byHand[j][d.id])
		if w.coded[j] {
			w.coverage[j]++
		}
		w.mark(j, d.spans, refs[j])
	}
	differs := make([]bool, len(d.spans))
	for _, tc := range w.order {
		for i, u := range d.spans {
			w.fillRow(tc.place, i)
			if err := tc.tally.Add(w.row); err != nil {
				return err
			}
			if w.listAgreed && allApplied(w.row) {
				tc.agreed = append(tc.agreed, Agreed{Unit: w.agreeUnit(d, u), Code: tc.code})
			}
			if disagree(w.row) {
				differs[i] = true
				tc.disagreements++
				if w.list {
					tc.listed = append(tc.listed, disagreement(w.agreeUnit(d, u), tc.code, w.coders, w.row))
				}
			}
		}
	}
	if w.baseline != nil {
		w.fillRow(-1, 0) // no code applied: the same row for every unit
		for range d.spans {
			if err := w.baseline.Add(w.row); err != nil {
				return err
			}
		}
	}
	w.units += len(d.spans)
	if w.codedBy() >= 2 {
		w.compared += len(d.spans)
		for _, x := range differs {
			if x {
				w.differing++
			}
		}
	}
	return nil
}

// codedBy counts the coders who coded the current document.
func (w *agreementWalk) codedBy() int {
	n := 0
	for _, c := range w.coded {
		if c {
			n++
		}
	}
	return n
}

// fillRow sets w.row to unit i's cells for the code at place (none: -1):
// missing for a coder who did not code the document, else whether the
// coder applied the code there.
func (w *agreementWalk) fillRow(place, i int) {
	for j := range w.coders {
		w.row[j] = reliability.BinaryMissing
		if w.coded[j] {
			applied := place >= 0 && len(w.applied[j][place]) > 0 && w.applied[j][place][i]
			w.row[j] = reliability.BinaryCell(true, applied)
		}
	}
}

// mark records which units of the document coder j applied each code to,
// clearing what it recorded for the last document.
func (w *agreementWalk) mark(j int, spans []unitSpan, refs []corpus.CodingRef) {
	applied := w.applied[j]
	for len(applied) < len(w.order) {
		applied = append(applied, nil)
	}
	for _, k := range w.touched[j] {
		applied[k] = applied[k][:0]
	}
	w.touched[j] = w.touched[j][:0]
	for _, r := range refs {
		tc := w.codes[r.Code]
		if tc == nil { // not asked for
			continue
		}
		k := tc.place
		if len(applied[k]) == 0 {
			for range spans {
				applied[k] = append(applied[k], false)
			}
			w.touched[j] = append(w.touched[j], k)
		}
		for i, u := range spans {
			if r.Start < u.end && u.start < r.End {
				applied[k][i] = true
			}
		}
	}
	w.applied[j] = applied
}

// agreeUnit is unit u of document d as the analysis reports it.
func (w *agreementWalk) agreeUnit(d *docUnits, u unitSpan) AgreeUnit {
	out := AgreeUnit{Document: d.id, Start: u.start, End: u.end}
	switch w.unit {
	case UnitSegment:
		out.ID = corpus.SegmentKey(d.id, u.seq)
	case UnitTurn:
		out.ID = turnUnitID(d.id, u.seq)
	default:
		out.ID = d.id
	}
	return out
}

// codeOrder is the order codes are reported in: those asked for (as
// asked), or the codes given before the walk (every leaf of the codebook)
// and then the other codes used, sorted.
func (w *agreementWalk) codeOrder(asked []string) []string {
	if len(asked) > 0 {
		return asked
	}
	var out, extra []string
	for _, tc := range w.order[:w.preset] {
		out = append(out, tc.code)
	}
	for _, tc := range w.order[w.preset:] {
		extra = append(extra, tc.code)
	}
	sort.Strings(extra)
	return append(out, extra...)
}

// listed counts the disagreements listed for codes.
func (w *agreementWalk) listed(codes []string) int {
	n := 0
	for _, c := range codes {
		n += len(w.codes[c].listed)
	}
	return n
}

// eachDocUnits calls fn with each document's units, documents in
// ingestion order: participant segments, the participant turns they
// belong to, or whole documents.
func eachDocUnits(ctx context.Context, st *corpus.Store, unit string, fn func(*docUnits) error) error {
	switch unit {
	case UnitSegment, UnitTurn:
		d := &docUnits{}
		err := st.EachSegmentSpan(ctx, func(s corpus.SegmentSpan) error {
			if s.DocID != d.id && len(d.spans) > 0 {
				if err := fn(d); err != nil {
					return err
				}
				d.spans = d.spans[:0]
			}
			d.id, d.seq = s.DocID, s.DocSeq
			if n := len(d.spans); unit == UnitTurn && n > 0 && d.spans[n-1].seq == s.TurnSeq {
				d.spans[n-1].end = s.End
				return nil
			}
			seq := s.Seq
			if unit == UnitTurn {
				seq = s.TurnSeq
			}
			d.spans = append(d.spans, unitSpan{seq: seq, start: s.Start, end: s.End})
			return nil
		})
		if err != nil || len(d.spans) == 0 {
			return err
		}
		return fn(d)
	case UnitDocument:
		d := &docUnits{spans: []unitSpan{{start: 0, end: 1 << 30}}}
		return st.EachDocumentPlace(ctx, func(id string, seq int) error {
			d.id, d.seq = id, seq
			return fn(d)
		})
	}
	return errors.New("unknown unit " + unit + "; use segment, turn or document")
}

// codingCursor walks one coder's codings document by document, beside the
// units.
type codingCursor struct {
	next func() (int, corpus.CodingRef, bool)
	stop func()
	seq  int
	ref  corpus.CodingRef
	ok   bool
	err  error
}

var errStopCursor = errors.New("stopped")

// openCodingCursor reads coder's codings: a suggester's (auto, learned)
// are everything it suggested, whatever people decided (they measure the
// rules or the model): its pending and rejected suggestions and those people
// accepted; a person's rejected codings do not count.
func openCodingCursor(ctx context.Context, st *corpus.Store, coder string) *codingCursor {
	f := corpus.CodingFilter{Coders: []string{coder}, Statuses: []string{corpus.StatusAccepted, corpus.StatusSuggested}}
	if corpus.IsSuggester(coder) {
		f = corpus.CodingFilter{Suggesters: []string{coder}}
	}
	c := &codingCursor{}
	var all iter.Seq2[int, corpus.CodingRef] = func(yield func(int, corpus.CodingRef) bool) {
		err := st.EachCodingRefByDocument(ctx, f, func(seq int, r corpus.CodingRef) error {
			if !yield(seq, r) {
				return errStopCursor
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStopCursor) {
			c.err = err
		}
	}
	c.next, c.stop = iter.Pull2(all)
	c.advance()
	return c
}

func (c *codingCursor) advance() {
	c.seq, c.ref, c.ok = c.next()
}

// take appends to out the codings of document d, passing over those of
// documents before it that have no units; every code met is given to meet.
func (c *codingCursor) take(d *docUnits, out []corpus.CodingRef, meet func(string)) []corpus.CodingRef {
	for c.ok && c.seq <= d.seq {
		meet(c.ref.Code)
		if c.seq == d.seq && c.ref.DocID == d.id {
			out = append(out, c.ref)
		}
		c.advance()
	}
	return out
}
