package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/analysis/reliability"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/reports"
	"github.com/groundwork-qda/groundwork/sheet"
)

type agreeOptions struct {
	analysis.AgreeOptions
	table         string
	level         string
	disagreements string
	json          bool
}

func (o *agreeOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringSliceVar(&o.Coders, "coders", nil, "the coders to compare (comma-separated)")
	f.StringSliceVar(&o.Codes, "code", nil, "only this code `ID` (repeatable; default every leaf code)")
	f.StringVar(&o.Unit, "unit", "segment", "unit of comparison: segment, turn or document")
	f.IntVar(&o.Bootstrap, "bootstrap", reliability.DefaultBootstrap, "bootstrap samples for alpha's interval (0: no interval)")
	f.Uint64Var(&o.Seed, "seed", 1, "bootstrap seed (same seed, same interval)")
	f.StringVar(&o.table, "table", "", "reliability data `FILE.csv`: one row per unit, one column per coder")
	f.StringVar(&o.level, "level", "nominal", "with --table: nominal, ordinal, interval or ratio")
	f.StringVar(&o.disagreements, "disagreements", "", "write the units coders disagree on to `FILE.csv` for adjudication")
	addJSONFlag(cmd, &o.json, "the statistics")
}

func newAgreeCmd(g *globals) *cobra.Command {
	return newCommand(g, &agreeOptions{}, &cobra.Command{
		Use:   "agree --coders A,B[,C...] | --table FILE.csv",
		Short: "Measure intercoder agreement: percent, Cohen's and Fleiss' kappa, Krippendorff's alpha",
		Long: `Measure how far coders agree, per code and overall, on units of comparison
(participant segments, turns or whole documents): each coder applied the code
to a unit or not; units of documents a coder never coded are missing for that
coder. Reports units compared, percent agreement, Cohen's kappa (two coders),
Fleiss' kappa and Krippendorff's alpha (nominal) with a bootstrap 95% interval.
The auto-coder is a coder like any other: --coders auto,alice shows how far the
rules agree with a person.

--disagreements FILE.csv writes each unit where coders differ, with its text and
who applied what, for adjudication: fill its consensus column with yes or no and
import it with ` + "`groundwork codings import FILE.csv --coder consensus`" + `.

--table FILE.csv computes the same statistics for reliability data coded
anywhere: a header row naming the coders (optionally a first "unit" column), one
row per unit, a cell per coder's value, an empty cell missing. --level nominal,
ordinal, interval or ratio (numbers for the last three).`,
		Example: `  groundwork agree --coders alice,bob
  groundwork agree --coders auto,alice --unit turn --code matching.criteria
  groundwork agree --coders alice,bob,carol --disagreements to-adjudicate.csv
  groundwork agree --table ratings.csv --level ordinal --json`,
		Args: exactArgs(0),
	}, runAgree)
}

// runAgree measures the agreement between coders in the project, or in
// reliability data coded elsewhere (--table).
func runAgree(ctx context.Context, g *globals, opts *agreeOptions) error {
	if err := opts.settleBootstrap(); err != nil {
		return err
	}
	if opts.table != "" {
		return runAgreeTable(ctx, g, opts)
	}
	if len(opts.Coders) < 2 {
		return &usageError{cmd: "groundwork agree", err: fmt.Errorf("name at least two coders with --coders A,B, or give --table FILE.csv")}
	}
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		agreeOpts := opts.AgreeOptions
		agreeOpts.CountOnly = !opts.json && opts.disagreements == "" // the text says how many
		res, err := analysis.Agree(ctx, s.store, cb, agreeOpts)
		if err != nil {
			return err
		}
		if opts.disagreements != "" {
			// The disagreements sheet, for an adjudicator to settle and
			// `codings import` to read back.
			if err := writeOutput(g, opts.disagreements, func(w io.Writer) error { return sheet.WriteAdjudication(w, res) }); err != nil {
				return err
			}
		}
		res.Disagreements = orEmpty(res.Disagreements)
		return printResult(g, opts.json, res, func() { printAgreement(g.io.Out, res, opts.disagreements) })
	})
}

// printAgreement prints the statistics per code and overall, and says
// where the disagreements went (disagreements: the sheet written, if any).
func printAgreement(out io.Writer, res *analysis.Agreement, disagreements string) {
	fmt.Fprintf(out, "Agreement between %s on %d %ss", strings.Join(res.Coders, ", "), res.Units, res.Unit)
	var cover []string
	for _, c := range res.Coders {
		cover = append(cover, fmt.Sprintf("%s %d", c, res.Coverage[c]))
	}
	fmt.Fprintf(out, " (documents coded: %s); a unit is compared where two of them or more coded its document\n\n", strings.Join(cover, ", "))
	tw := newTable(out)
	writeStatsHeader(tw)
	for _, c := range res.Codes {
		writeStatsRow(tw, c.Code, c.Result)
	}
	writeStatsRow(tw, res.Overall.Code, res.Overall.Result)
	tw.Flush()
	if t := reports.SameCodesText(res); t != "" {
		fmt.Fprintf(out, "\n%s\n", t)
	}
	fmt.Fprintf(out, "\n%s", count(res.DisagreementCount, "disagreement"))
	if disagreements != "" {
		fmt.Fprintf(out, " written to %s (fill the consensus column, then `groundwork codings import %s --coder consensus`)", disagreements, disagreements)
	} else if res.DisagreementCount > 0 {
		fmt.Fprint(out, " (--disagreements FILE.csv writes them out for adjudication)")
	}
	fmt.Fprintln(out)
	writeNotes(out, res.Overall.Notes)
}

// settleBootstrap turns --bootstrap into the resamples the statistics
// take: 0 on the command line asks for no interval (the library reads 0 as
// its default), and a negative or too large number is a usage error.
func (o *agreeOptions) settleBootstrap() error {
	switch {
	case o.Bootstrap < 0 || o.Bootstrap > reliability.MaxBootstrap:
		return &usageError{cmd: "groundwork agree", err: fmt.Errorf("--bootstrap %d: give the number of resamples for alpha's interval, from 1 to %d, or 0 for no interval", o.Bootstrap, reliability.MaxBootstrap)}
	case o.Bootstrap == 0:
		o.Bootstrap = -1
	}
	return nil
}

// runAgreeTable measures agreement in reliability data from a CSV file.
func runAgreeTable(ctx context.Context, g *globals, opts *agreeOptions) error {
	level, err := reliability.ParseLevel(opts.level)
	if err != nil {
		return err
	}
	f, err := os.Open(opts.table)
	if err != nil {
		return err
	}
	defer f.Close()
	data, err := reliability.ParseTable(f, level)
	if err != nil {
		return fmt.Errorf("%s: %w", opts.table, err)
	}
	res, err := reliability.Compute(ctx, data, reliability.Options{Level: level, Bootstrap: opts.Bootstrap, Seed: opts.Seed})
	if err != nil {
		return err
	}
	return printResult(g, opts.json, res, func() { printTableAgreement(g.io.Out, res, data.Coders) })
}

// printTableAgreement prints the statistics of reliability data from a
// table (coders: the table's coders).
func printTableAgreement(out io.Writer, res reliability.Result, coders []string) {
	tw := newTable(out)
	fmt.Fprintf(tw, "%s, %s (%s), level %s\n", count(res.Units, "unit"), count(res.Coders, "coder"), strings.Join(coders, ", "), res.Level)
	writeStatsHeader(tw)
	writeStatsRow(tw, "table", res)
	tw.Flush()
	writeNotes(out, res.Notes)
}

func writeStatsHeader(w io.Writer) {
	fmt.Fprintln(w, "code\tcompared\tagreement\tCohen κ\tFleiss κ\tKrippendorff α\t95% CI")
}

func writeStatsRow(w io.Writer, name string, r reliability.Result) {
	ci := "-"
	if r.KrippendorffAlphaCI95 != nil {
		ci = fmt.Sprintf("[%.3f, %.3f]", r.KrippendorffAlphaCI95[0], r.KrippendorffAlphaCI95[1])
	}
	fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\t%s\t%s\n", name, r.PairableUnits, reports.F3(r.PercentAgreement), reports.F3(r.CohenKappa), reports.F3(r.FleissKappa), reports.F3(r.KrippendorffAlpha), ci)
}

func writeNotes(w io.Writer, notes []string) {
	for _, n := range notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
}
