package analysis

import (
	"context"
	"fmt"
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
	codings, err := coderCodings(ctx, st, opts.Coders)
	if err != nil {
		return nil, err
	}
	codes, err := agreeCodes(cb, opts.Codes, codings)
	if err != nil {
		return nil, err
	}
	cover := coverage(opts.Coders, codings)
	applied := appliedUnits(units, codings) // coder -> code -> unit index -> true
	res := &Agreement{Coders: opts.Coders, Unit: opts.Unit, Units: len(units), Coverage: map[string]int{}}
	for _, c := range opts.Coders {
		res.Coverage[c] = len(cover[c])
		if len(cover[c]) == 0 {
			return nil, fmt.Errorf("coder %q has no codings in this project; `groundwork status` lists the coders", c)
		}
	}
	ropts := reliability.Options{Level: reliability.Nominal, Bootstrap: opts.Bootstrap, Seed: opts.Seed}
	// Rows are tallied rather than kept: over every code, 280,000 segments
	// make 6 million units of a handful of distinct rows.
	all := reliability.NewBinaryTally(opts.Coders)
	var disagreeAt []int // unit of each disagreement
	row := make([]int8, len(opts.Coders))
	for _, code := range codes {
		tally := reliability.NewBinaryTally(opts.Coders)
		for i, u := range units {
			for j, coder := range opts.Coders {
				row[j] = reliability.BinaryMissing
				if cover[coder][u.Document] {
					row[j] = reliability.BinaryCell(true, applied[coder][code][i])
				}
			}
			if err := tally.Add(row); err != nil {
				return nil, err
			}
			if err := all.Add(row); err != nil {
				return nil, err
			}
			if disagree(row) {
				res.Disagreements = append(res.Disagreements, disagreement(u, code, opts.Coders, row))
				disagreeAt = append(disagreeAt, i)
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
	if err := disagreementTexts(ctx, st, opts.Unit, units, res.Disagreements, disagreeAt); err != nil {
		return nil, err
	}
	return res, nil
}

// disagreementTexts gives each disagreement the text of its unit, reading
// only those units' text.
func disagreementTexts(ctx context.Context, st *corpus.Store, unit string, units []AgreeUnit, ds []Disagreement, at []int) error {
	if len(ds) == 0 || unit == UnitDocument {
		return nil
	}
	need := map[string]bool{}
	for _, i := range at {
		need[units[i].ID] = true
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
	for j, i := range at {
		ds[j].Text = texts[units[i].ID]
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

// agreeUnits lists the units of comparison, without their text:
// participant segments, the participant turns they belong to, or whole
// documents.
func agreeUnits(ctx context.Context, st *corpus.Store, unit string) ([]AgreeUnit, error) {
	var units []AgreeUnit
	switch unit {
	case UnitSegment:
		err := st.EachSegmentSpan(ctx, func(s corpus.SegmentSpan) error {
			units = append(units, AgreeUnit{ID: corpus.SegmentKey(s.DocID, s.Seq), Document: s.DocID, Start: s.Start, End: s.End})
			return nil
		})
		return units, err
	case UnitTurn:
		var last *AgreeUnit
		err := st.EachSegmentSpan(ctx, func(s corpus.SegmentSpan) error {
			id := turnUnitID(s.DocID, s.TurnSeq)
			if last != nil && last.ID == id {
				last.End = s.End
				return nil
			}
			units = append(units, AgreeUnit{ID: id, Document: s.DocID, Start: s.Start, End: s.End})
			last = &units[len(units)-1]
			return nil
		})
		return units, err
	case UnitDocument:
		docs, err := st.Documents(ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			units = append(units, AgreeUnit{ID: d.ID, Document: d.ID, Start: 0, End: 1 << 30})
		}
		return units, nil
	}
	return nil, fmt.Errorf("unknown unit %q; use segment, turn or document", unit)
}

// coderCodings returns each coder's codings. A suggester's (auto, learned)
// are everything it suggested, whatever people decided (they measure the
// rules or the model): its pending and rejected suggestions and those people
// accepted; a person's rejected codings do not count.
func coderCodings(ctx context.Context, st *corpus.Store, coders []string) (map[string][]corpus.CodingRef, error) {
	out := map[string][]corpus.CodingRef{}
	for _, c := range coders {
		f := corpus.CodingFilter{Coders: []string{c}, Statuses: []string{corpus.StatusAccepted, corpus.StatusSuggested}}
		if corpus.IsSuggester(c) {
			f = corpus.CodingFilter{Suggesters: []string{c}}
		}
		err := st.EachCodingRef(ctx, f, func(r corpus.CodingRef) error { out[c] = append(out[c], r); return nil })
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func agreeCodes(cb *codebook.Codebook, asked []string, codings map[string][]corpus.CodingRef) ([]string, error) {
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
	for _, cs := range codings {
		for _, c := range cs {
			if !seen[c.Code] {
				seen[c.Code] = true
				extra = append(extra, c.Code)
			}
		}
	}
	sort.Strings(extra)
	return append(out, extra...), nil
}

// coverage is, per coder, the set of documents the coder coded at all.
func coverage(coders []string, codings map[string][]corpus.CodingRef) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, c := range coders {
		out[c] = map[string]bool{}
		for _, k := range codings[c] {
			out[c][k.DocID] = true
		}
	}
	return out
}

// appliedUnits marks, per coder and code, the units a coding overlaps.
func appliedUnits(units []AgreeUnit, codings map[string][]corpus.CodingRef) map[string]map[string]map[int]bool {
	byDoc := map[string][]int{}
	for i, u := range units {
		byDoc[u.Document] = append(byDoc[u.Document], i)
	}
	out := map[string]map[string]map[int]bool{}
	for coder, cs := range codings {
		out[coder] = map[string]map[int]bool{}
		for _, c := range cs {
			m := out[coder][c.Code]
			if m == nil {
				m = map[int]bool{}
				out[coder][c.Code] = m
			}
			for _, i := range byDoc[c.DocID] {
				if u := units[i]; c.Start < u.End && u.Start < c.End {
					m[i] = true
				}
			}
		}
	}
	return out
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
