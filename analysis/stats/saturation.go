package stats

import (
	"fmt"
	"math"
	"sort"
)

// Defaults for Saturation, the values Guest, Namey & Chen (2020) recommend.
const (
	DefaultSatBase      = 4
	DefaultSatRun       = 2
	DefaultSatThreshold = 0.05
)

// Interview is one coded interview: its name and the codes applied to it.
// Duplicate and empty code names are ignored.
type Interview struct {
	Name  string   `json:"name"`
	Codes []string `json:"codes"`
}

// SatPoint is one point of the code-accumulation curve.
type SatPoint struct {
	// Position is the 1-based position of the interview in the sequence.
	Position int    `json:"position"`
	Name     string `json:"name"`
	// NewCodes are the codes first seen in this interview, sorted.
	NewCodes []string `json:"new_codes"`
	// NewCount is len(NewCodes).
	NewCount int `json:"new_count"`
	// Cumulative is the number of distinct codes seen up to and including
	// this interview.
	Cumulative int `json:"cumulative"`
}

// SatRun is one run of consecutive interviews after the base.
type SatRun struct {
	// From and To are the 1-based positions of the first and last interview
	// of the run.
	From int `json:"from"`
	To   int `json:"to"`
	// New is the number of codes first seen within the run.
	New int `json:"new"`
	// Ratio is New divided by the number of distinct codes in the base.
	Ratio float64 `json:"ratio"`
	// Saturated reports Ratio ≤ threshold.
	Saturated bool `json:"saturated"`
}

// SatResult is a saturation assessment after Guest, Namey & Chen (2020).
type SatResult struct {
	// Reached reports whether some run's new-information ratio is at or
	// below the threshold.
	Reached bool `json:"reached"`
	// Base, Run and Threshold are the parameters used (after defaults).
	Base      int     `json:"base"`
	Run       int     `json:"run"`
	Threshold float64 `json:"threshold"`
	// BaseCodes is the number of distinct codes in the first Base
	// interviews: the denominator of every ratio.
	BaseCodes int `json:"base_codes"`
	// SaturatedAt is the number of interviews after which saturation is
	// declared: the interviews before the first run that meets the
	// threshold. It is the first number of Label. Zero if not reached.
	SaturatedAt int `json:"saturated_at"`
	// AtIndex is the 0-based index into the input of the last interview of
	// that run (the interview that confirms saturation), and AtInterview its
	// name. AtIndex is −1 when saturation is not reached.
	AtIndex     int    `json:"at_index"`
	AtInterview string `json:"at_interview"`
	// Ratio is the new-information ratio of the first run that meets the
	// threshold; when saturation is not reached it is the ratio of the last
	// complete run (zero if there is none).
	Ratio float64 `json:"ratio"`
	// Label is the paper's notation SaturatedAt+Run, for example "4+2" when
	// the first run after a base of four meets the threshold; "not reached"
	// otherwise.
	Label string `json:"label"`
	// Reason explains why saturation could not be assessed (too few
	// interviews, no codes in the base); empty otherwise.
	Reason string `json:"reason,omitempty"`
	// Curve has one point per interview, in input order.
	Curve []SatPoint `json:"curve"`
	// Runs lists every complete run, starting right after the base and
	// advancing one interview at a time.
	Runs []SatRun `json:"runs"`
}

// Saturation assesses thematic saturation over interviews in the order
// given, following Guest, Namey & Chen (2020), "A simple method to assess
// and report thematic saturation in qualitative research", PLoS ONE 15(5):
// e0232076.
//
// The base is the set of distinct codes in the first base interviews. A run
// is run consecutive interviews; the first run starts right after the base
// and each later run starts one interview later (interviews base+1…base+run,
// then base+2…base+run+1, and so on). A run's new information is the number
// of codes first seen within it (not seen in any earlier interview), and its
// ratio is that number divided by the number of codes in the base.
// Saturation is reached at the first run whose ratio is at or below
// threshold, and reported as k+run, where k is the number of interviews
// before that run: "4+2" means the two interviews after the first four added
// no more than the threshold's share of new codes.
//
// A base or run that is not positive is replaced by 4 or 2, and a negative
// or NaN threshold by 0.05 (the paper's defaults); a threshold of 0 asks for
// runs with no new code at all. The curve is always filled in; Reason says
// why saturation could not be assessed when there are fewer than base+run
// interviews or no code in the base.
func Saturation(interviews []Interview, base, run int, threshold float64) SatResult {
	if base <= 0 {
		base = DefaultSatBase
	}
	if run <= 0 {
		run = DefaultSatRun
	}
	if threshold < 0 || math.IsNaN(threshold) {
		threshold = DefaultSatThreshold
	}
	res := SatResult{
		Base: base, Run: run, Threshold: threshold,
		AtIndex: -1, Label: "not reached",
		Curve: make([]SatPoint, len(interviews)),
	}

	seen := make(map[string]bool)
	for k, iv := range interviews {
		var fresh []string
		for _, c := range iv.Codes {
			if c == "" || seen[c] {
				continue
			}
			seen[c] = true
			fresh = append(fresh, c)
		}
		sort.Strings(fresh)
		res.Curve[k] = SatPoint{
			Position: k + 1, Name: iv.Name,
			NewCodes: fresh, NewCount: len(fresh), Cumulative: len(seen),
		}
	}
	if len(interviews) > 0 {
		res.BaseCodes = res.Curve[min(base, len(interviews))-1].Cumulative
	}

	switch {
	case len(interviews) < base+run:
		res.Reason = fmt.Sprintf("too few interviews: a base of %d and a run of %d need at least %d, have %d",
			base, run, base+run, len(interviews))
		return res
	case res.BaseCodes == 0:
		res.Reason = fmt.Sprintf("no codes in the first %d interviews: the new-information ratio is undefined", base)
		return res
	}

	for s := base; s+run <= len(interviews); s++ {
		fresh := 0
		for k := s; k < s+run; k++ {
			fresh += res.Curve[k].NewCount
		}
		r := SatRun{From: s + 1, To: s + run, New: fresh, Ratio: float64(fresh) / float64(res.BaseCodes)}
		r.Saturated = r.Ratio <= threshold
		res.Runs = append(res.Runs, r)
		if r.Saturated && !res.Reached {
			res.Reached = true
			res.SaturatedAt = s
			res.AtIndex = s + run - 1
			res.AtInterview = interviews[res.AtIndex].Name
			res.Ratio = r.Ratio
			res.Label = fmt.Sprintf("%d+%d", s, run)
		}
	}
	if !res.Reached {
		res.Ratio = res.Runs[len(res.Runs)-1].Ratio
	}
	return res
}
