package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/analysis/stats"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reports"
)

type compareOptions struct {
	analysis.CompareOptions
	counting
	json bool
}

func (o *compareOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.By, "by", "programme", "the document attribute to compare: programme, role, or any attribute")
	f.StringSliceVar(&o.Codes, "code", nil, "only this code `ID` (repeatable; default every code)")
	f.StringVar(&o.Level, "level", "informant", "informant (interviews with the code) or segment (coded segments)")
	f.Uint64Var(&o.Seed, "seed", 1, "seed for Monte Carlo p-values")
	f.IntVar(&o.Replicates, "replicates", reports.Replicates, "Monte Carlo permutations `N` (the default is the report's, so the p-values are the report's; more give finer p-values)")
	addJSONFlag(cmd, &o.json, "the statistics")
	o.counting.addFlags(cmd)
}

func newCompareCmd(g *globals) *cobra.Command {
	return newCommand(g, &compareOptions{}, &cobra.Command{
		Use:   "compare --by ATTR",
		Short: "Test where codes differ between programmes, roles or any attribute",
		Long: `For each code, the contingency table of ATTR × code: at the informant level
(default) whether each interview has the code, at the segment level the coded
segments. Per group: the prevalence with a Wilson 95% interval and the adjusted
standardised residual (beyond ±1.96: over- or under-represented). Per code: a
chi-square test of independence, or Fisher's exact test (2×2) or a Monte Carlo
p-value when expected counts are below 5 (the method is named), Cramér's V, and
Benjamini–Hochberg adjusted p-values across the codes compared. Undefined tests
(a code nobody or everybody has, a single group) say why instead of printing NaN.

` + countingHelp,
		Example: `  groundwork compare --by programme
  groundwork compare --by programme --replicates 10000   # finer Monte Carlo p-values than the report's
  groundwork compare --by role --code boundaries --code matching --json
  groundwork compare --by setting --level segment`,
		Args: exactArgs(0),
	}, runCompare)
}

func runCompare(ctx context.Context, g *globals, opts *compareOptions) error {
	if err := checkAtLeast("groundwork compare", "replicates", opts.Replicates, 1, "Monte Carlo permutations"); err != nil {
		return err
	}
	return g.withCounted(ctx, &opts.counting, func(ds *analysis.Dataset) error {
		cmp, err := analysis.Compare(ctx, ds, opts.CompareOptions)
		if err != nil {
			return err
		}
		return printResult(g, opts.json, cmp, func() {
			writeComparison(g, cmp)
			writeComparisonCaveats(g, opts)
		})
	})
}

// writeComparisonCaveats says when the figures are not the report's, or
// claim more than the data allow.
func writeComparisonCaveats(g *globals, opts *compareOptions) {
	if len(opts.Codes) > 0 {
		fmt.Fprintln(g.io.Out, "\nnote: p (BH) is adjusted over the codes compared here; the report adjusts over every code it tests, so its adjusted p-values are larger.")
	}
	if opts.Level == analysis.LevelSegment {
		fmt.Fprintln(g.io.Out, "\nnote: at the segment level the passages of one interview are counted as if independent, which they are not: these p-values are too small. Report the informant level (the default).")
	}
}

func writeComparison(g *globals, cmp *analysis.Comparison) {
	out := g.io.Out
	fmt.Fprintf(out, "Codes by %s (%s level), %s\n\n", cmp.By, cmp.Level, count(len(cmp.Groups), "group"))
	tw := newTable(out)
	fmt.Fprintln(tw, "code\tχ²\tdf\tp\tp (BH)\tmethod\tCramér's V\tover (+) / under (−)")
	for _, c := range cmp.Codes {
		df := "–"
		if c.DF != nil {
			df = fmt.Sprint(*c.DF)
		}
		method := c.Method
		if method == "" {
			method = "undefined"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Code, reports.F2(c.Chi2), df, reports.PValue(c.PValue), reports.PValue(c.PAdjusted), method, reports.F2(c.CramersV), c.Marked())
	}
	tw.Flush()
	fmt.Fprintln(out, "\nPrevalence (count/n, Wilson 95% interval):")
	for _, c := range cmp.Codes {
		var cells []string
		for _, cell := range c.Cells {
			cells = append(cells, fmt.Sprintf("%s %d/%d [%.2f–%.2f]", orDash(cell.Group), cell.Count, cell.N, cell.CI95[0], cell.CI95[1]))
		}
		fmt.Fprintf(out, "  %s: %s\n", c.Code, strings.Join(cells, "; "))
		for _, n := range c.Notes {
			fmt.Fprintf(out, "    note: %s\n", n)
		}
	}
}

type cooccurOptions struct {
	within string
	codes  []string
	counting
	json bool
}

func (o *cooccurOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.within, "within", "document", "unit: segment, turn or document")
	cmd.Flags().StringSliceVar(&o.codes, "codes", nil, "only these code ids (comma-separated)")
	addJSONFlag(cmd, &o.json, "the matrix and the challenges view")
	o.counting.addFlags(cmd)
}

func newCooccurCmd(g *globals) *cobra.Command {
	return newCommand(g, &cooccurOptions{}, &cobra.Command{
		Use:   "cooccur",
		Short: "Which codes occur together, and which responses go with which challenges",
		Long: `A code × code matrix of co-occurrence counts and Jaccard similarity, within
segments (codings on the same segment), turns or documents (default); then the
challenges × responses view: for each challenge code (codebook group
"challenges"), the organisational responses (group "responses") in the same
interviews, by programme, with a quote.

` + countingHelp,
		Example: `  groundwork cooccur
  groundwork cooccur --within segment --codes matching.mismatch,organisational.supervision --json`,
		Args: exactArgs(0),
	}, runCooccur)
}

func runCooccur(ctx context.Context, g *globals, opts *cooccurOptions) error {
	return g.withCounted(ctx, &opts.counting, func(ds *analysis.Dataset) error {
		co, err := analysis.Cooccur(ctx, ds, opts.within, opts.codes)
		if err != nil {
			return err
		}
		cr, err := reports.ChallengeLinks(ctx, ds)
		if err != nil {
			return err
		}
		co.Codes = orEmpty(co.Codes)
		cooccurJSON := struct {
			*analysis.Cooccurrence
			Challenges []reports.Challenge `json:"challenges"`
		}{co, orEmpty(cr)}
		return printResult(g, opts.json, cooccurJSON, func() { writeCooccur(g, co, cr) })
	})
}

func writeCooccur(g *globals, co *analysis.Cooccurrence, cr []reports.Challenge) {
	out := g.io.Out
	fmt.Fprintf(out, "Co-occurrence within %ss (%s with codings): count (Jaccard)\n\n", co.Within, count(co.Units, "unit"))
	// Not newTable: a matrix of numbers reads best right-aligned and close.
	tw := tabwriter.NewWriter(out, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "\t")
	for i := range co.Codes {
		fmt.Fprintf(tw, "%d\t", i+1)
	}
	fmt.Fprintln(tw)
	for i, c := range co.Codes {
		fmt.Fprintf(tw, "%d %s\t", i+1, c)
		for j := range co.Codes {
			fmt.Fprintf(tw, "%d (%.2f)\t", co.Counts[i][j], co.Jaccard[i][j])
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	if len(cr) == 0 {
		return
	}
	fmt.Fprintln(out, "\nChallenges and the organisational responses coded in the same interviews (which does not make one the response to the other; \"with both\": passages coded with both):")
	for _, c := range cr {
		fmt.Fprintf(out, "\n%s (%s)\n", c.Code, count(c.Interviews, "interview"))
		for _, r := range c.Responses {
			fmt.Fprintf(out, "  %-28s %2d interviews, %2d with both  %s\n", r.Code, len(r.Interviews), r.Passages, strings.Join(r.Programmes, ", "))
			if q := r.Quote; q != nil {
				fmt.Fprintf(out, "    “%s” (%s, %s, %s): %s\n", clip(q.Text, 160), orDash(q.Role), orDash(q.Programme), q.Document, q.About)
			}
		}
	}
}

type saturationOptions struct {
	analysis.SaturationOptions
	threshold float64 // --threshold, given to the analysis as Threshold
	counting
	json bool
}

func (o *saturationOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.By, "by", "", "also assess per group of this attribute (e.g. programme)")
	f.StringVar(&o.Order, "order", "date", "interview order: date or name")
	f.IntVar(&o.Base, "base", stats.DefaultSatBase, "interviews in the base")
	f.IntVar(&o.Run, "run", stats.DefaultSatRun, "interviews per run")
	f.Float64Var(&o.threshold, "threshold", stats.DefaultSatThreshold, "new-information threshold (share of the base's codes, 0 to 1)")
	addJSONFlag(cmd, &o.json, "the curve and the assessment")
	o.counting.addFlags(cmd)
}

func newSaturationCmd(g *globals) *cobra.Command {
	return newCommand(g, &saturationOptions{}, &cobra.Command{
		Use:   "saturation",
		Short: "Measure thematic saturation (Guest, Namey and Chen 2020)",
		Long: `Count the distinct codes over interviews in order (by date, or by name), overall
and per group, naming the interview that first brought each code, and apply the
method of Guest, Namey and Chen (2020, PLoS ONE, "A simple method to assess and
report thematic saturation in qualitative research"): with a base of --base
interviews and runs of --run, saturation is reached at the first run whose new
codes are at most --threshold of the base's codes, reported as "base+run", or
"not reached". --threshold 0 asks for a run that adds no code at all.

As in the report, saturation is assessed on people's codings only, over the
interviews they coded (an interview nobody counted has coded is left out,
not taken for one that added no new code); with fewer than --base plus
--run such interviews it could not be assessed, and says so. Interviews
without a date come first, by name, when ordering by date: it says how many.

` + countingHelp,
		Example: `  groundwork saturation
  groundwork saturation --by programme --order date --base 4 --run 2 --threshold 0.05 --json`,
		Args: exactArgs(0),
	}, runSaturation)
}

func runSaturation(ctx context.Context, g *globals, opts *saturationOptions) error {
	if err := checkSaturationFlags(opts); err != nil {
		return err
	}
	opts.Threshold = &opts.threshold
	return g.withCounted(ctx, &opts.counting, func(ds *analysis.Dataset) error {
		if opts.By != "" {
			if err := analysis.CheckAttribute(opts.By, corpus.CountAttributes(ds.Docs)); err != nil {
				return err
			}
		}
		sat, why, err := reports.AssessSaturation(ds, opts.SaturationOptions)
		if err != nil {
			return err
		}
		if sat == nil {
			sat = notAssessed(opts, why)
		}
		return printResult(g, opts.json, satJSON(sat), func() { writeSaturation(g, sat) })
	})
}

// notAssessed is the assessment of no interview, saying why.
func notAssessed(opts *saturationOptions, why string) *analysis.Saturation {
	return &analysis.Saturation{Order: opts.Order, FirstBy: map[string]string{},
		Overall: stats.SatResult{Base: opts.Base, Run: opts.Run, Threshold: opts.threshold, AtIndex: -1,
			Label: "not assessed", Reason: why}}
}

// checkSaturationFlags refuses a base or run of no interview and a
// threshold that is no share, each naming its flag and what it takes
// (rather than the analysis putting its default in the place of 0).
func checkSaturationFlags(o *saturationOptions) error {
	const cmd = "groundwork saturation"
	if err := checkAtLeast(cmd, "base", o.Base, 1, "the interviews in the base"); err != nil {
		return err
	}
	if err := checkAtLeast(cmd, "run", o.Run, 1, "the interviews in a run"); err != nil {
		return err
	}
	if !(o.threshold >= 0 && o.threshold <= 1) {
		return &usageError{cmd: cmd, err: fmt.Errorf("--threshold %g: give a share of the base's codes from 0 to 1 (0.05 is 5%%; 0, a run with no new code)", o.threshold)}
	}
	return nil
}

// satJSON shapes a saturation assessment as the documented JSON: curve
// (per interview: document, new codes, cumulative) and saturation (reached,
// base, run, at_interview, ratio).
func satJSON(s *analysis.Saturation) any {
	type point struct {
		Document   string   `json:"document"`
		NewCodes   []string `json:"new_codes"`
		New        int      `json:"new"`
		Cumulative int      `json:"cumulative"`
	}
	type assessment struct {
		Reached     bool    `json:"reached"`
		Label       string  `json:"label"`
		Base        int     `json:"base"`
		Run         int     `json:"run"`
		Threshold   float64 `json:"threshold"`
		BaseCodes   int     `json:"base_codes"`
		AtInterview *string `json:"at_interview"`
		Ratio       float64 `json:"ratio"`
		Reason      string  `json:"reason,omitempty"`
	}
	type group struct {
		Group      string     `json:"group"`
		Curve      []point    `json:"curve"`
		Saturation assessment `json:"saturation"`
	}
	conv := func(r stats.SatResult) ([]point, assessment) {
		pts := []point{}
		for _, p := range r.Curve {
			nc := p.NewCodes
			if nc == nil {
				nc = []string{}
			}
			pts = append(pts, point{p.Name, nc, p.NewCount, p.Cumulative})
		}
		a := assessment{Reached: r.Reached, Label: r.Label, Base: r.Base, Run: r.Run, Threshold: r.Threshold,
			BaseCodes: r.BaseCodes, Ratio: r.Ratio, Reason: r.Reason}
		if r.Reached {
			at := r.AtInterview
			a.AtInterview = &at
		}
		return pts, a
	}
	curve, overall := conv(s.Overall)
	out := struct {
		Order      string            `json:"order"`
		Undated    int               `json:"undated,omitempty"`
		Curve      []point           `json:"curve"`
		Saturation assessment        `json:"saturation"`
		FirstBy    map[string]string `json:"first_by"`
		Groups     []group           `json:"groups,omitempty"`
	}{Order: s.Order, Undated: s.Undated, Curve: curve, Saturation: overall, FirstBy: s.FirstBy}
	for _, gs := range s.Groups {
		c, a := conv(gs.SatResult)
		out.Groups = append(out.Groups, group{gs.Group, c, a})
	}
	return out
}

func writeSaturation(g *globals, s *analysis.Saturation) {
	out := g.io.Out
	o := s.Overall
	switch {
	case o.Reached:
		fmt.Fprintf(out, "Saturation reached at %s: base of %s with %s, runs of %d, threshold %.0f%%; the run ending with %s added %.1f%%.\n",
			o.Label, count(o.Base, "interview"), count(o.BaseCodes, "code"), o.Run, o.Threshold*100, o.AtInterview, o.Ratio*100)
	case o.Reason != "":
		fmt.Fprintf(out, "Saturation could not be assessed (base %d, runs of %d, threshold %.0f%%): %s.\n", o.Base, o.Run, o.Threshold*100, strings.TrimSuffix(o.Reason, "."))
	default:
		fmt.Fprintf(out, "Saturation not reached (base %d, runs of %d, threshold %.0f%%).\n", o.Base, o.Run, o.Threshold*100)
	}
	if len(o.Curve) > 0 {
		fmt.Fprintf(out, "\nInterviews people coded, in %s:\n", s.OrderText())
		tw := newTable(out)
		fmt.Fprintln(tw, "#\tinterview\tnew\tcumulative\tnew codes")
		for _, p := range o.Curve {
			fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%s\n", p.Position, p.Name, p.NewCount, p.Cumulative, strings.Join(p.NewCodes, ", "))
		}
		tw.Flush()
	}
	for _, gs := range s.Groups {
		n := 0
		if len(gs.Curve) > 0 {
			n = gs.Curve[len(gs.Curve)-1].Cumulative
		}
		label := "saturation " + gs.Label
		if gs.Reason != "" {
			label = "saturation could not be assessed (" + gs.Reason + ")"
		}
		fmt.Fprintf(out, "\n%s: %s, %s, %s", orDash(gs.Group), count(len(gs.Curve), "interview"), count(n, "code"), label)
	}
	if len(s.Groups) > 0 {
		fmt.Fprintln(out)
	}
}
