package analysis

import (
	"context"
	"fmt"
	"sort"

	"github.com/groundwork-qda/groundwork/analysis/stats"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Cooccurrence is a code × code matrix of how often codes occur together.
type Cooccurrence struct {
	Within  string      `json:"within"` // segment, turn or document
	Units   int         `json:"units"`
	Codes   []string    `json:"codes"`
	Counts  [][]int     `json:"counts"`  // units with both codes; the diagonal: units with the code
	Jaccard [][]float64 `json:"jaccard"` // both / either
}

// Cooccur counts co-occurring codes within segments (codes whose codings
// overlap the same participant segment), turns or documents.
func Cooccur(ctx context.Context, ds *Dataset, within string, codes []string) (*Cooccurrence, error) {
	if within == "" {
		within = UnitDocument
	}
	keep := map[string]bool{}
	for _, c := range codes {
		if _, ok := ds.Codebook.Code(c); !ok {
			return nil, ds.Codebook.UnknownCode("--codes", c)
		}
		keep[c] = true
	}
	unitsOf, err := ds.unitsOf(ctx, within)
	if err != nil {
		return nil, err
	}
	sets := map[string]map[string]bool{}
	var order []string
	for c := range ds.Codings() {
		if len(keep) > 0 && !keep[c.Code] {
			continue
		}
		for _, u := range unitsOf(c) {
			if sets[u] == nil {
				sets[u] = map[string]bool{}
				order = append(order, u)
			}
			sets[u][c.Code] = true
		}
	}
	units := make([][]string, 0, len(order))
	for _, u := range order {
		var cs []string
		for c := range sets[u] {
			cs = append(cs, c)
		}
		units = append(units, cs)
	}
	names, counts := stats.CoOccurrence(units)
	jac, _, err := stats.JaccardMatrix(counts)
	if err != nil {
		return nil, err
	}
	return &Cooccurrence{Within: within, Units: len(units), Codes: names, Counts: counts, Jaccard: jac}, nil
}

// ChallengeResponse is one challenge code with the organisational responses
// that appear in the same interviews.
type ChallengeResponse struct {
	Challenge  string            `json:"challenge"`
	Label      string            `json:"label"`
	Interviews int               `json:"interviews"`
	Responses  []ResponseOverlap `json:"responses"`
}

// ResponseOverlap is a response code and the interviews in which it is
// coded with a challenge; the report adds its own figures and quote to it.
type ResponseOverlap struct {
	Code       string   `json:"code"`
	Label      string   `json:"label"`
	Interviews []string `json:"interviews"` // interviews with both codes
	Programmes []string `json:"programmes"`
}

// ChallengesAndResponses pairs each challenge code (codebook group
// "challenges") with the organisational responses (group "responses")
// found in the same interviews, by programme, and ranks the responses'
// passages for quoting (reports.ChallengeLinks quotes them).
func ChallengesAndResponses(ctx context.Context, ds *Dataset) ([]ChallengeResponse, error) {
	cb := ds.Codebook
	var out []ChallengeResponse
	responses := leaves(cb.GroupCodes("responses"))
	var ids []string
	for _, r := range responses {
		ids = append(ids, r.ID)
	}
	if err := ds.RankPassages(ctx, ids); err != nil {
		return nil, err
	}
	for _, ch := range leaves(cb.GroupCodes("challenges")) {
		c := ChallengeResponse{Challenge: ch.ID, Label: ch.Label}
		for _, d := range ds.Docs {
			if ds.Has(d.ID, ch.ID) > 0 {
				c.Interviews++
			}
		}
		for _, resp := range responses {
			docs := CooccurringDocs(ds, ch.ID, resp.ID)
			if len(docs) == 0 {
				continue
			}
			c.Responses = append(c.Responses, ResponseOverlap{Code: resp.ID, Label: resp.Label, Interviews: docs, Programmes: programmesOf(ds, docs)})
		}
		sort.SliceStable(c.Responses, func(i, j int) bool { return len(c.Responses[i].Interviews) > len(c.Responses[j].Interviews) })
		out = append(out, c)
	}
	return out, nil
}

func leaves(codes []*codebook.Code) []*codebook.Code {
	var out []*codebook.Code
	for _, c := range codes {
		if c.IsLeaf() {
			out = append(out, c)
		}
	}
	return out
}

func programmesOf(ds *Dataset, docs []string) []string {
	in := map[string]bool{}
	for _, id := range docs {
		in[id] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, d := range ds.Docs {
		if p := d.Attr("programme"); in[d.ID] && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// unitsOf returns what gives the units of co-occurrence a coding falls in:
// its document, the turn it starts in, or every participant segment it
// overlaps (a coding may span several; one in an interviewer's turn
// overlaps none).
func (ds *Dataset) unitsOf(ctx context.Context, within string) (func(c corpus.CodingRef) []string, error) {
	switch within {
	case UnitDocument:
		return func(c corpus.CodingRef) []string { return []string{c.DocID} }, nil
	case UnitTurn:
		return func(c corpus.CodingRef) []string {
			return []string{turnUnitID(c.DocID, ds.TurnAt(c.DocID, c.Start))}
		}, nil
	case UnitSegment:
		segs := map[string][]corpus.SegmentSpan{}
		err := ds.store.EachSegmentPlace(ctx, func(s corpus.SegmentSpan) error { // each document's in order
			segs[s.DocID] = append(segs[s.DocID], s)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading the segments: %w", err)
		}
		return func(c corpus.CodingRef) []string {
			ss := segs[c.DocID]
			i := sort.Search(len(ss), func(i int) bool { return ss[i].End > c.Start })
			var out []string
			for ; i < len(ss) && ss[i].Start < c.End; i++ {
				out = append(out, corpus.SegmentKey(c.DocID, ss[i].Seq))
			}
			return out
		}, nil
	}
	return nil, fmt.Errorf("unknown --within %q; use segment, turn or document", within)
}
