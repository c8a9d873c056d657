package analysis

import (
	"context"
	"fmt"
	"strings"

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
	// ListAgreed lists the units and codes every coder who coded the unit's
	// document applied (two coders or more): with the adjudicated
	// disagreements, the consensus coding (Agreement.Agreed).
	ListAgreed bool
}

// Agreed is a unit every coder of its document coded with a code.
type Agreed struct {
	Unit AgreeUnit `json:"unit"`
	Code string    `json:"code"`
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
	// Compared counts the units of documents two coders or more coded, and
	// SameCodes those to which they gave the same codes: percent agreement
	// is pooled over unit × code decisions, most of them "neither applied
	// the code", and reads far higher.
	Compared  int `json:"units_compared"`
	SameCodes int `json:"units_with_the_same_codes"`
	// Agreed lists the units and codes the coders agreed on applying, when
	// AgreeOptions.ListAgreed.
	Agreed []Agreed `json:"agreed,omitempty"`
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
	codes, err := askedCodes(cb, opts.Codes)
	if err != nil {
		return nil, err
	}
	w, err := walkAgreement(ctx, st, opts, codes)
	if err != nil {
		return nil, err
	}
	res := &Agreement{Coders: opts.Coders, Unit: opts.Unit, Units: w.units, Coverage: map[string]int{}, Compared: w.compared, SameCodes: w.compared - w.differing}
	for j, c := range opts.Coders {
		res.Coverage[c] = w.coverage[j]
		if w.coverage[j] == 0 {
			return nil, fmt.Errorf("coder %q has no codings in this project; `groundwork status` lists the coders", c)
		}
	}
	ropts := reliability.Options{Level: reliability.Nominal, Bootstrap: opts.Bootstrap, Seed: opts.Seed}
	// The overall figures are those of every code's rows, code after code.
	all := reliability.NewBinaryTally(opts.Coders)
	codes = w.codeOrder(opts.Codes)
	if !opts.CountOnly {
		res.Disagreements = make([]Disagreement, 0, w.listed(codes))
	}
	for _, code := range codes {
		tc := w.codes[code]
		if err := all.Merge(tc.tally); err != nil {
			return nil, err
		}
		r, err := tallyResult(ctx, tc.tally, ropts)
		if err != nil {
			return nil, fmt.Errorf("code %s: %w", code, err)
		}
		res.Codes = append(res.Codes, CodeAgreement{Code: code, Result: r})
		res.DisagreementCount += tc.disagreements
		res.Disagreements = append(res.Disagreements, tc.listed...)
		res.Agreed = append(res.Agreed, tc.agreed...)
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

// UnitOfID says what unit an AgreeUnit's id is of: a segment ("hf-02#3",
// corpus.SegmentKey), a turn ("hf-02/t4", turnUnitID) or a document.
func UnitOfID(id string) string {
	switch {
	case strings.Contains(id, "#"):
		return UnitSegment
	case strings.Contains(id, "/t"):
		return UnitTurn
	}
	return UnitDocument
}

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

// allApplied reports whether two coders or more gave a unit a code and
// none of the others who coded its document left it out.
func allApplied(row []int8) bool {
	n := 0
	for _, v := range row {
		switch v {
		case reliability.BinaryMissing:
		case reliability.BinaryPresent:
			n++
		default:
			return false
		}
	}
	return n >= 2
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

// askedCodes checks the codes asked for (none: every leaf and every code
// the coders used).
func askedCodes(cb *codebook.Codebook, asked []string) ([]string, error) {
	for _, c := range asked {
		if _, ok := cb.Code(c); !ok {
			return nil, cb.UnknownCode("--code", c)
		}
	}
	if len(asked) > 0 {
		return asked, nil
	}
	var leaves []string
	for _, l := range cb.Leaves() {
		leaves = append(leaves, l.ID)
	}
	return leaves, nil
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
