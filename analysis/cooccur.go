package analysis

import (
	"context"
	"fmt"
	"sort"

	"github.com/groundwork-qda/groundwork/analysis/stats"
	"github.com/groundwork-qda/groundwork/codebook"
)

// Cooccurrence is a code × code matrix of how often codes occur together.
type Cooccurrence struct {
	Within  string      `json:"within"` // segment, turn or document
	Units   int         `json:"units"`
	Codes   []string    `json:"codes"`
	Counts  [][]int     `json:"counts"`  // units with both codes; the diagonal: units with the code
	Jaccard [][]float64 `json:"jaccard"` // both / either
}

// Cooccur counts co-occurring codes within segments (overlapping the same
// segment), turns or documents.
func Cooccur(ds *Dataset, within string, codes []string) (*Cooccurrence, error) {
	if within == "" {
		within = UnitDocument
	}
	keep := map[string]bool{}
	for _, c := range codes {
		if _, ok := ds.Codebook.Code(c); !ok {
			return nil, fmt.Errorf("--codes %s: no such code in %s", c, ds.Codebook.File)
		}
		keep[c] = true
	}
	unitOf := func(doc string, start int) (string, error) {
		switch within {
		case UnitDocument:
			return doc, nil
		case UnitTurn:
			return fmt.Sprintf("%s/t%d", doc, ds.TurnAt(doc, start)), nil
		case UnitSegment:
			return fmt.Sprintf("%s@%d", doc, start), nil
		}
		return "", fmt.Errorf("unknown --within %q; use segment, turn or document", within)
	}
	sets := map[string]map[string]bool{}
	var order []string
	for _, c := range ds.Codings {
		if len(keep) > 0 && !keep[c.Code] {
			continue
		}
		u, err := unitOf(c.DocID, c.Start)
		if err != nil {
			return nil, err
		}
		if sets[u] == nil {
			sets[u] = map[string]bool{}
			order = append(order, u)
		}
		sets[u][c.Code] = true
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
	Challenge  string     `json:"challenge"`
	Label      string     `json:"label"`
	Interviews int        `json:"interviews"`
	Responses  []Response `json:"responses"`
}

// Response is an organisational response co-occurring with a challenge.
type Response struct {
	Code       string   `json:"code"`
	Label      string   `json:"label"`
	Interviews []string `json:"interviews"` // interviews with both codes
	Programmes []string `json:"programmes"`
	Quote      *Quote   `json:"quote,omitempty"` // the most typical response passage in those interviews
}

// ChallengesAndResponses pairs each challenge code (codebook group
// "challenges") with the organisational responses (group "responses")
// found in the same interviews, by programme, with a quote.
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
			c.Responses = append(c.Responses, Response{Code: resp.ID, Label: resp.Label, Interviews: docs,
				Programmes: programmesOf(ds, docs), Quote: typicalIn(ds, resp.ID, docs)})
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

// typicalIn returns the most typical quote of code from the given
// interviews (among its ranked passages).
func typicalIn(ds *Dataset, code string, docs []string) *Quote {
	in := map[string]bool{}
	for _, d := range docs {
		in[d] = true
	}
	for _, q := range ds.ranked[code] {
		if in[q.Document] {
			q := q
			return &q
		}
	}
	return nil
}
