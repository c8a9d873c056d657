package analysis

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis/stats"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Levels of comparison.
const (
	LevelInformant = "informant"
	LevelSegment   = "segment"
)

// ErrNoGroups is wrapped by the error Compare returns when no document has
// the attribute to compare by, and by CheckAttribute's.
var ErrNoGroups = errors.New("no document has the attribute")

// CheckAttribute returns an error, wrapping ErrNoGroups, when attr is none
// of the attributes the documents carry (have, as corpus.AttributeCounts
// or corpus.CountAttributes count them), naming those they do carry: what
// a command grouping by attr says rather than put every document in one
// group of none.
func CheckAttribute(attr string, have []corpus.AttributeCount) error {
	names := make([]string, 0, len(have))
	for _, a := range have {
		if a.Name == attr {
			return nil
		}
		names = append(names, a.Name)
	}
	carried := "no document carries any attribute"
	if len(names) > 0 {
		carried = "the documents carry " + strings.Join(names, ", ")
	}
	return fmt.Errorf("%w %q; %s (`groundwork status` counts them)", ErrNoGroups, attr, carried)
}

// CompareOptions control a comparison of groups.
type CompareOptions struct {
	By    string   // a document attribute: programme, role, ...
	Codes []string // empty: every code in the codebook
	Level string   // informant (default) or segment
	Seed  uint64   // for Monte Carlo p-values
	// Replicates is the number of Monte Carlo samples (0: 10,000).
	Replicates int
}

// CompareCell is one group's share of a code.
type CompareCell struct {
	Group      string     `json:"group"`
	Count      int        `json:"count"`
	N          int        `json:"n"`
	Prevalence float64    `json:"prevalence"`
	CI95       [2]float64 `json:"ci95"`
	// Residual is the adjusted standardised residual of the group's count;
	// beyond ±1.96 the group has the code more (or less) than independence
	// would give. Nil when the test is undefined.
	Residual *float64 `json:"residual"`
}

// CodeComparison is the test of one code across groups.
type CodeComparison struct {
	Code      string        `json:"code"`
	Label     string        `json:"label"`
	Chi2      *float64      `json:"chi2"`
	DF        *int          `json:"df"`
	PValue    *float64      `json:"p_value"`
	PAdjusted *float64      `json:"p_adjusted"` // Benjamini–Hochberg over the codes compared
	Method    string        `json:"method"`
	CramersV  *float64      `json:"cramers_v"`
	Cells     []CompareCell `json:"cells"`
	Notes     []string      `json:"notes"`
}

// Comparison is a comparison of groups on many codes.
type Comparison struct {
	By     string           `json:"by"`
	Level  string           `json:"level"`
	Groups []string         `json:"groups"`
	Codes  []CodeComparison `json:"codes"`
}

// Compare tests, for each code, whether its prevalence differs between the
// groups of a document attribute: a chi-square test of independence (or an
// exact / Monte Carlo p-value when expected counts are small), Cramér's V,
// adjusted residuals, Wilson intervals per group, and Benjamini–Hochberg
// adjusted p-values across codes. The Monte Carlo p-values stop with
// ctx.Err() when ctx is done.
func Compare(ctx context.Context, ds *Dataset, opts CompareOptions) (*Comparison, error) {
	if opts.By == "" {
		opts.By = "programme"
	}
	if opts.Level == "" {
		opts.Level = LevelInformant
	}
	if opts.Level != LevelInformant && opts.Level != LevelSegment {
		return nil, fmt.Errorf("unknown level %q; use informant or segment", opts.Level)
	}
	codes, err := resolveCodes(ds, opts.Codes)
	if err != nil {
		return nil, err
	}
	if len(ds.Docs) > 0 {
		if err := CheckAttribute(opts.By, corpus.CountAttributes(ds.Docs)); err != nil {
			return nil, err
		}
	}
	groups := ds.Groups(opts.By)
	cmp := &Comparison{By: opts.By, Level: opts.Level, Groups: groups, Codes: []CodeComparison{}}
	if groups == nil { // no documents
		cmp.Groups = []string{}
	}
	var ps []float64
	var defined []int
	for _, code := range codes {
		cc, err := compareCode(ctx, ds, code, opts, groups)
		if err != nil {
			return nil, err
		}
		if cc.PValue != nil {
			ps = append(ps, *cc.PValue)
			defined = append(defined, len(cmp.Codes))
		}
		cmp.Codes = append(cmp.Codes, cc)
	}
	for i, adj := range stats.BenjaminiHochberg(ps) {
		a := adj
		cmp.Codes[defined[i]].PAdjusted = &a
	}
	return cmp, nil
}

func resolveCodes(ds *Dataset, asked []string) ([]string, error) {
	if len(asked) == 0 {
		var out []string
		for _, c := range ds.Codebook.Codes() {
			out = append(out, c.ID)
		}
		return out, nil
	}
	for _, id := range asked {
		if _, ok := ds.Codebook.Code(id); !ok {
			return nil, ds.Codebook.UnknownCode("--code", id)
		}
	}
	return asked, nil
}

// compareCode tests one code across the groups. A test the data do not
// allow is noted; the error is only ctx's.
func compareCode(ctx context.Context, ds *Dataset, code string, opts CompareOptions, groups []string) (CodeComparison, error) {
	cc := CodeComparison{Code: code}
	if c, ok := ds.Codebook.Code(code); ok {
		cc.Label = c.Label
	}
	has := make([]int, len(groups))
	n := make([]int, len(groups))
	for i, g := range groups {
		for _, d := range ds.DocsIn(opts.By, g) {
			k := ds.Has(d.ID, code)
			if opts.Level == LevelSegment {
				n[i] += ds.Segments(d.ID)
				has[i] += k
			} else {
				n[i]++
				if k > 0 {
					has[i]++
				}
			}
		}
	}
	res, err := stats.CodeByGroup(ctx, has, n, stats.Options{Seed: opts.Seed, Replicates: opts.Replicates})
	if ctxErr := ctx.Err(); ctxErr != nil {
		return cc, ctxErr
	}
	if err != nil {
		cc.Notes = append(cc.Notes, err.Error())
	}
	cc.Notes = append(cc.Notes, res.Notes...)
	if res.Defined {
		chi2, df, p, v := res.Chi2, res.DF, res.PValue, res.CramersV
		cc.Chi2, cc.DF, cc.PValue, cc.CramersV, cc.Method = &chi2, &df, &p, &v, res.Method
	}
	for i, g := range groups {
		cell := CompareCell{Group: g, Count: has[i], N: n[i]}
		if n[i] > 0 {
			cell.Prevalence = float64(has[i]) / float64(n[i])
			lo, hi, _ := stats.Wilson(has[i], n[i], 0.95)
			cell.CI95 = [2]float64{lo, hi}
		}
		if res.Defined && i < len(res.AdjustedResiduals) {
			r := res.AdjustedResiduals[i][0]
			cell.Residual = &r
		}
		cc.Cells = append(cc.Cells, cell)
	}
	return cc, nil
}

// MostDifferent returns the comparisons with a defined test, smallest
// adjusted p-value first (ties by Cramér's V), at most n of them.
func (c *Comparison) MostDifferent(n int) []CodeComparison {
	var out []CodeComparison
	for _, cc := range c.Codes {
		if cc.PAdjusted != nil {
			out = append(out, cc)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if *out[i].PAdjusted != *out[j].PAdjusted {
			return *out[i].PAdjusted < *out[j].PAdjusted
		}
		return *out[i].CramersV > *out[j].CramersV
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// Marked names the groups whose adjusted residual is beyond ±1.96, with a
// sign: "+HeartMates" is over-represented, "−COPD" under.
func (cc CodeComparison) Marked() string {
	var parts []string
	for _, c := range cc.Cells {
		if c.Residual == nil {
			continue
		}
		switch {
		case *c.Residual > 1.96:
			parts = append(parts, "+"+c.Group)
		case *c.Residual < -1.96:
			parts = append(parts, "−"+c.Group)
		}
	}
	return strings.Join(parts, ", ")
}
