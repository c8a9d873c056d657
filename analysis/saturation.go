package analysis

import (
	"fmt"
	"slices"
	"sort"

	"github.com/groundwork-qda/groundwork/analysis/stats"
)

// SaturationOptions control a saturation assessment.
type SaturationOptions struct {
	By    string // a document attribute to assess per group too ("" for none)
	Order string // date (default) or name
	Base  int    // interviews in the base (default 4)
	Run   int    // interviews per run (default 2)
	// Threshold is the new-information threshold, a share of the base's
	// codes from 0 to 1 (nil: 0.05): a pointer so that 0, a run that
	// adds no code at all, can be asked for.
	Threshold *float64
	// Reviewed counts only people's decisions (IsReviewed), over the
	// interviews people have coded: suggestions are what a rule or a model
	// finds, and the codes they add say nothing about the data's saturation.
	Reviewed bool
}

// GroupSaturation is the assessment for one group of interviews.
type GroupSaturation struct {
	Group string `json:"group"`
	stats.SatResult
}

// Saturation is the saturation assessment, overall and per group.
type Saturation struct {
	Order   string            `json:"order"`
	Overall stats.SatResult   `json:"overall"`
	Groups  []GroupSaturation `json:"groups,omitempty"`
	// Undated is how many of the interviews assessed have no date when
	// they are ordered by date: those come first, by name, so an order
	// "by date" where most have none is mostly an order by name.
	Undated int `json:"undated,omitempty"`
	// FirstBy names, per code, the interview that first brought it.
	FirstBy map[string]string `json:"first_by"`
}

// AssessSaturation counts the distinct codes over interviews in order and
// applies Guest, Namey and Chen's (2020) base/run/threshold method: with a
// base of b interviews and runs of r, saturation is reached at the first run
// whose new codes are at most the threshold share of the base's codes, and
// reported as "b+r" (or "not reached").
func AssessSaturation(ds *Dataset, opts SaturationOptions) (*Saturation, error) {
	if opts.Order == "" {
		opts.Order = "date"
	}
	if opts.Base == 0 {
		opts.Base = stats.DefaultSatBase
	}
	if opts.Run == 0 {
		opts.Run = stats.DefaultSatRun
	}
	threshold := stats.DefaultSatThreshold
	if opts.Threshold != nil {
		threshold = *opts.Threshold
	}
	if opts.Base < 1 || opts.Run < 1 || !(threshold >= 0 && threshold <= 1) {
		return nil, fmt.Errorf("saturation with base %d, run %d, threshold %g: the base and the run need 1 interview or more each, and the threshold is a share from 0 to 1",
			opts.Base, opts.Run, threshold)
	}
	docs, err := orderDocs(ds, opts.Order)
	if err != nil {
		return nil, err
	}
	codesOf := ds.DocCodes
	if opts.Reviewed {
		codesOf = reviewedCodes(ds)
	}
	interviews := func(filter func(attr string) bool) []stats.Interview {
		var out []stats.Interview
		for _, d := range docs {
			if filter != nil && !filter(d.Attr(opts.By)) {
				continue
			}
			codes := codesOf(d.ID)
			if opts.Reviewed && len(codes) == 0 {
				continue // not coded by anyone yet
			}
			out = append(out, stats.Interview{Name: d.ID, Codes: codes})
		}
		return out
	}
	all := interviews(nil)
	s := &Saturation{Order: opts.Order, FirstBy: map[string]string{}}
	if opts.Order == "date" {
		dated := map[string]bool{}
		for _, d := range docs {
			dated[d.ID] = d.Attr("date") != ""
		}
		for _, iv := range all {
			if !dated[iv.Name] {
				s.Undated++
			}
		}
	}
	s.Overall = stats.Saturation(all, opts.Base, opts.Run, threshold)
	for _, p := range s.Overall.Curve {
		for _, c := range p.NewCodes {
			s.FirstBy[c] = p.Name
		}
	}
	if opts.By != "" {
		for _, g := range ds.Groups(opts.By) {
			res := stats.Saturation(interviews(func(v string) bool { return v == g }), opts.Base, opts.Run, threshold)
			s.Groups = append(s.Groups, GroupSaturation{Group: g, SatResult: res})
		}
	}
	return s, nil
}

// OrderText says in words the order the interviews were taken in: "date
// order", "name order", or, when some have no date, which and where.
func (s *Saturation) OrderText() string {
	n := len(s.Overall.Curve)
	switch {
	case s.Order != "date":
		return "name order"
	case s.Undated == 0:
		return "date order"
	case s.Undated == n:
		return "name order (none of them has a date)"
	case s.Undated == 1:
		return fmt.Sprintf("date order (1 of the %d has no date and comes first)", n)
	}
	return fmt.Sprintf("date order (%d of the %d have no date and come first, by name)", s.Undated, n)
}

// reviewedCodes returns a function listing the distinct codes people
// applied in a document.
func reviewedCodes(ds *Dataset) func(doc string) []string {
	byDoc := map[string][]string{}
	for c := range ds.Codings() {
		if IsReviewed(c) && !slices.Contains(byDoc[c.DocID], c.Code) {
			byDoc[c.DocID] = append(byDoc[c.DocID], c.Code)
		}
	}
	return func(doc string) []string { return byDoc[doc] }
}

// orderDocs sorts the interviews by date (then id), or by id.
func orderDocs(ds *Dataset, order string) ([]*docRef, error) {
	out := make([]*docRef, len(ds.Docs))
	for i, d := range ds.Docs {
		out[i] = &docRef{ID: d.ID, attrs: d.Attrs}
	}
	switch order {
	case "date":
		missing := 0
		for _, d := range out {
			if d.Attr("date") == "" {
				missing++
			}
		}
		if missing == len(out) && len(out) > 0 {
			return nil, fmt.Errorf("no interview has a date; order by name (--order name) or add `date:` to the documents")
		}
		sort.SliceStable(out, func(i, j int) bool {
			a, b := out[i].Attr("date"), out[j].Attr("date")
			if a != b {
				return a < b
			}
			return out[i].ID < out[j].ID
		})
	case "name":
		sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	default:
		return nil, fmt.Errorf("unknown --order %q; use date or name", order)
	}
	return out, nil
}

type docRef struct {
	ID    string
	attrs map[string]string
}

func (d *docRef) Attr(k string) string { return d.attrs[k] }
