package analysis

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/groundwork-qda/groundwork/analysis/reliability"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Units of agreement.
const (
	UnitSegment  = "segment"
	UnitTurn     = "turn"
	UnitDocument = "document"
)

// AgreeOptions control an agreement analysis.
type AgreeOptions struct {
	Coders    []string
	Codes     []string // empty: every code any of the coders used, plus every leaf
	Unit      string   // segment (default), turn or document
	Bootstrap int
	Seed      uint64
	// CountOnly counts the disagreements without listing them or reading
	// their text (Agreement.Disagreements stays empty): what a summary
	// needs. At 100,000 interviews two coders can disagree on 900,000
	// units.
	CountOnly bool
}

// CodeAgreement is the agreement on one code (or overall).
type CodeAgreement struct {
	Code string `json:"code"`
	reliability.Result
}

// AgreeUnit is one unit of comparison.
type AgreeUnit struct {
	ID       string `json:"id"` // DOC#N for segments, DOC/tN for turns, DOC for documents
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"-"`
}

// Disagreement is a unit on which coders differ about a code.
type Disagreement struct {
	Unit     AgreeUnit       `json:"unit"`
	Code     string          `json:"code"`
	Applied  map[string]bool `json:"applied"` // coder -> applied the code (absent: did not code the document)
	Text     string          `json:"text"`
	Coders   []string        `json:"-"`
	Document string          `json:"-"`
}

// Agreement is the result of an agreement analysis.
type Agreement struct {
	Coders        []string        `json:"coders"`
	Unit          string          `json:"unit"`
	Units         int             `json:"units"`
	Overall       CodeAgreement   `json:"overall"`
	Codes         []CodeAgreement `json:"codes"`
	Disagreements []Disagreement  `json:"disagreements"`
	// DisagreementCount is how many units and codes the coders disagree
	// on, listed in Disagreements unless AgreeOptions.CountOnly.
	DisagreementCount int `json:"-"`
	// Coverage counts the documents each coder coded; units in other
	// documents are missing data for that coder, not "absent".
	Coverage map[string]int `json:"coverage"`
}

// Agree measures how far coders agree on each code: per unit (segment,
// turn or document) each coder either applied the code or did not; units of
// documents a coder never coded are missing for that coder.
func Agree(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, opts AgreeOptions) (*Agreement, error) {
	if len(opts.Coders) < 2 {
		return nil, fmt.Errorf("agreement needs at least two coders (--coders alice,bob)")
	}
	if opts.Unit == "" {
		opts.Unit = UnitSegment
	}
	// Units are read without their text, which only the disagreements
	// show: at 10,000 interviews there are 280,000 segments.
	units, err := agreeUnits(ctx, st, opts.Unit)
	if err != nil {
		return nil, err
	}
	marks, err := markCodings(ctx, st, opts.Coders, units)
	if err != nil {
		return nil, err
	}
	codes, err := agreeCodes(cb, opts.Codes, marks.used)
	if err != nil {
		return nil, err
	}
	res := &Agreement{Coders: opts.Coders, Unit: opts.Unit, Units: len(units.spans), Coverage: map[string]int{}}
	for _, c := range opts.Coders {
		res.Coverage[c] = len(marks.cover[c])
		if len(marks.cover[c]) == 0 {
			return nil, fmt.Errorf("coder %q has no codings in this project; `groundwork status` lists the coders", c)
		}
	}
	ropts := reliability.Options{Level: reliability.Nominal, Bootstrap: opts.Bootstrap, Seed: opts.Seed}
	// Rows are tallied rather than kept: over every code, 280,000 segments
	// make 6 million units of a handful of distinct rows.
	all := reliability.NewBinaryTally(opts.Coders)
	row := make([]int8, len(opts.Coders))
	covered := make([][]bool, len(opts.Coders)) // coder -> unit's document coded
	for j, coder := range opts.Coders {
		covered[j] = make([]bool, len(units.docs))
		for d, doc := range units.docs {
			covered[j][d] = marks.cover[coder][doc]
		}
	}
	for _, code := range codes {
		tally := reliability.NewBinaryTally(opts.Coders)
		applied := make([]bitset, len(opts.Coders))
		for j, coder := range opts.Coders {
			applied[j] = marks.applied[coder][code]
		}
		for i, u := range units.spans {
			for j := range opts.Coders {
				row[j] = reliability.BinaryMissing
				if covered[j][u.doc] {
					row[j] = reliability.BinaryCell(true, applied[j].has(i))
				}
			}
			if err := tally.Add(row); err != nil {
				return nil, err
			}
			if err := all.Add(row); err != nil {
				return nil, err
			}
			if disagree(row) {
				res.DisagreementCount++
				if !opts.CountOnly {
					res.Disagreements = append(res.Disagreements, disagreement(units.unit(i), code, opts.Coders, row))
				}
			}
		}
		r, err := tallyResult(ctx, tally, ropts)
		if err != nil {
			return nil, fmt.Errorf("code %s: %w", code, err)
		}
		res.Codes = append(res.Codes, CodeAgreement{Code: code, Result: r})
	}
	overall, err := tallyResult(ctx, all, ropts)
	if err != nil {
		return nil, err
	}
	res.Overall = CodeAgreement{Code: "all codes", Result: overall}
	if err := disagreementTexts(ctx, st, opts.Unit, res.Disagreements); err != nil {
		return nil, err
	}
	return res, nil
}

// disagreementTexts gives each disagreement the text of its unit, reading
// only those units' text.
func disagreementTexts(ctx context.Context, st *corpus.Store, unit string, ds []Disagreement) error {
	if len(ds) == 0 || unit == UnitDocument {
		return nil
	}
	need := map[string]bool{}
	for _, d := range ds {
		need[d.Unit.ID] = true
	}
	id := func(sp corpus.SegmentSpan) string {
		if unit == UnitTurn {
			return turnUnitID(sp.DocID, sp.TurnSeq)
		}
		return corpus.SegmentKey(sp.DocID, sp.Seq)
	}
	texts := map[string]string{}
	err := st.EachSegmentText(ctx, func(sp corpus.SegmentSpan) bool { return need[id(sp)] }, func(sp corpus.SegmentSpan, text string) error {
		k := id(sp)
		if t, ok := texts[k]; ok { // a turn of several segments
			text = t + " " + text
		}
		texts[k] = text
		return nil
	})
	if err != nil {
		return err
	}
	for j := range ds {
		ds[j].Text = texts[ds[j].Unit.ID]
		ds[j].Unit.Text = ds[j].Text
	}
	return nil
}

func turnUnitID(doc string, turn int) string { return fmt.Sprintf("%s/t%d", doc, turn) }

func tallyResult(ctx context.Context, t *reliability.BinaryTally, opts reliability.Options) (reliability.Result, error) {
	d, err := t.Data()
	if err != nil {
		return reliability.Result{}, err
	}
	return reliability.Compute(ctx, d, opts)
}

func disagree(row []int8) bool {
	seen := int8(-2)
	for _, v := range row {
		if v == reliability.BinaryMissing {
			continue
		}
		if seen != -2 && v != seen {
			return true
		}
		seen = v
	}
	return false
}

func disagreement(u AgreeUnit, code string, coders []string, row []int8) Disagreement {
	d := Disagreement{Unit: u, Code: code, Applied: map[string]bool{}, Text: u.Text, Coders: coders, Document: u.Document}
	for j, c := range coders {
		if row[j] != reliability.BinaryMissing {
			d.Applied[c] = row[j] == reliability.BinaryPresent
		}
	}
	return d
}

// unitList holds the units of comparison compactly: at 100,000 interviews
// there are 2.8 million segments, and an AgreeUnit (with its id) is made
// only for the few that show a disagreement.
type unitList struct {
	kind  string
	docs  []string       // by place
	from  []int          // by place: the document's first unit
	spans []unitSpan     // in document order
	place map[string]int // a document's place in docs
}

// unitsOf returns the range [from, to) of doc's units (empty when it has
// none).
func (l *unitList) unitsOf(doc string) (int, int) {
	p, ok := l.place[doc]
	if !ok {
		return 0, 0
	}
	if p+1 < len(l.from) {
		return l.from[p], l.from[p+1]
	}
	return l.from[p], len(l.spans)
}

// unitSpan is a unit: its document's place in docs, its segment or turn
// number, and its span.
type unitSpan struct{ doc, seq, start, end int32 }

// unit returns unit i as the analysis reports it.
func (l *unitList) unit(i int) AgreeUnit {
	u := l.spans[i]
	doc := l.docs[u.doc]
	out := AgreeUnit{Document: doc, Start: int(u.start), End: int(u.end)}
	switch l.kind {
	case UnitSegment:
		out.ID = corpus.SegmentKey(doc, int(u.seq))
	case UnitTurn:
		out.ID = turnUnitID(doc, int(u.seq))
	default:
		out.ID = doc
	}
	return out
}

func (l *unitList) add(doc string, seq, start, end int) {
	if n := len(l.docs); n == 0 || l.docs[n-1] != doc {
		l.place[doc] = len(l.docs)
		l.docs, l.from = append(l.docs, doc), append(l.from, len(l.spans))
	}
	l.spans = append(l.spans, unitSpan{doc: int32(len(l.docs) - 1), seq: int32(seq), start: int32(start), end: int32(min(end, math.MaxInt32))})
}

// agreeUnits lists the units of comparison, without their text:
// participant segments, the participant turns they belong to, or whole
// documents.
func agreeUnits(ctx context.Context, st *corpus.Store, unit string) (*unitList, error) {
	l := &unitList{kind: unit, place: map[string]int{}}
	switch unit {
	case UnitSegment:
		err := st.EachSegmentSpan(ctx, func(s corpus.SegmentSpan) error {
			l.add(s.DocID, s.Seq, s.Start, s.End)
			return nil
		})
		return l, err
	case UnitTurn:
		err := st.EachSegmentSpan(ctx, func(s corpus.SegmentSpan) error {
			if n := len(l.spans); n > 0 && l.docs[l.spans[n-1].doc] == s.DocID && int(l.spans[n-1].seq) == s.TurnSeq {
				l.spans[n-1].end = int32(s.End)
				return nil
			}
			l.add(s.DocID, s.TurnSeq, s.Start, s.End)
			return nil
		})
		return l, err
	case UnitDocument:
		docs, err := st.Documents(ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			l.add(d.ID, 0, 0, 1<<30)
		}
		return l, nil
	}
	return nil, fmt.Errorf("unknown unit %q; use segment, turn or document", unit)
}

// bitset is a set of unit indexes.
type bitset []uint64

func (b bitset) has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

func (b *bitset) set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}

// codingMarks is what agreement needs of the coders' codings: per coder,
// the documents coded at all and, per code, the units a coding overlaps;
// and the codes used. The codings themselves are not kept.
type codingMarks struct {
	cover   map[string]map[string]bool
	applied map[string]map[string]bitset
	used    map[string]bool
}

// markCodings reads each coder's codings. A suggester's (auto, learned)
// are everything it suggested, whatever people decided (they measure the
// rules or the model): its pending and rejected suggestions and those people
// accepted; a person's rejected codings do not count.
func markCodings(ctx context.Context, st *corpus.Store, coders []string, units *unitList) (*codingMarks, error) {
	m := &codingMarks{cover: map[string]map[string]bool{}, applied: map[string]map[string]bitset{}, used: map[string]bool{}}
	for _, c := range coders {
		f := corpus.CodingFilter{Coders: []string{c}, Statuses: []string{corpus.StatusAccepted, corpus.StatusSuggested}}
		if corpus.IsSuggester(c) {
			f = corpus.CodingFilter{Suggesters: []string{c}}
		}
		cover, applied := map[string]bool{}, map[string]bitset{}
		m.cover[c], m.applied[c] = cover, applied
		err := st.EachCodingRef(ctx, f, func(r corpus.CodingRef) error {
			cover[r.DocID], m.used[r.Code] = true, true
			b := applied[r.Code]
			from, to := units.unitsOf(r.DocID)
			for i := from; i < to; i++ {
				if u := units.spans[i]; r.Start < int(u.end) && int(u.start) < r.End {
					b.set(i)
				}
			}
			applied[r.Code] = b
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return m, nil
}

func agreeCodes(cb *codebook.Codebook, asked []string, used map[string]bool) ([]string, error) {
	if len(asked) > 0 {
		for _, c := range asked {
			if _, ok := cb.Code(c); !ok {
				return nil, fmt.Errorf("--code %s: no such code in %s", c, cb.File)
			}
		}
		return asked, nil
	}
	seen := map[string]bool{}
	var out []string
	for _, l := range cb.Leaves() {
		seen[l.ID] = true
		out = append(out, l.ID)
	}
	var extra []string
	for c := range used {
		if !seen[c] {
			extra = append(extra, c)
		}
	}
	sort.Strings(extra)
	return append(out, extra...), nil
}

// PeopleCoders lists the coders whose agreement a report shows: every coder
// in the dataset but the suggesters (rules, learned) and the adjudicated
// consensus.
func PeopleCoders(ds *Dataset) []string {
	var out []string
	for _, c := range ds.Coders() {
		if !corpus.IsSuggester(c) && c != ConsensusCoder {
			out = append(out, c)
		}
	}
	return out
}

// ConsensusCoder is the coder name adjudicated disagreements are imported as.
const ConsensusCoder = "consensus"
