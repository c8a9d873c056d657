package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/reports"
)

type reportOptions struct {
	out     string
	formats []string
	sel     analysis.Selection
	title   string
}

func newReportCmd(g *globals) *cobra.Command {
	opts := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Write the cross-programme theme report",
		Long: `Write the theme report into DIR (default: reports/ in the project):

  report.html  one self-contained file to open in a browser or print
  report.md    the same as Markdown tables and quotes
  report.json  every number in the report (disagreements between coders are
               counted; groundwork agree --disagreements lists them)
  matrix.csv   programme × code prevalence
  codings.csv  the codings the report was built from
  report.xlsx  the framework matrix workbook: a sheet per family, programmes ×
               codes with prevalence and a typical quote, and the statistics
  *.png        the figures (heatmap, prevalence by role, saturation curves)

The report has an overview, the framework matrix (programmes × codes, each cell
the share of informants whose interview has the code), a section per code with
exemplar quotes, the challenges with the organisational responses found in the
same interviews, and a methods note. By default it counts accepted codings and
pending suggestions (auto-coder included); --status accepted is the strict view.`,
		Example: `  groundwork report
  groundwork report --status accepted --out strict/
  groundwork report --format md,json --coder alice --coder bob`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReport(cmd.Context(), g, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.out, "out", "", "the `DIR` to write into (default: reports/ in the project)")
	f.StringSliceVar(&opts.formats, "format", nil, "formats to write: html,md,json,csv,xlsx (default all)")
	f.StringSliceVar(&opts.sel.Coders, "coder", nil, "count only this coder's codings (repeatable)")
	f.StringSliceVar(&opts.sel.Statuses, "status", nil, "count only codings with this status: accepted, suggested (repeatable)")
	f.StringVar(&opts.title, "title", "", "the report's title (default: the project name)")
	return cmd
}

func runReport(ctx context.Context, g *globals, opts *reportOptions) error {
	s, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	paths, err := writeReport(ctx, g, s, opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.io.Out, "Wrote the report:\n")
	for _, p := range paths {
		fmt.Fprintf(g.io.Out, "  %s\n", p)
	}
	return nil
}

// writeReport builds and writes the report, telling the user on stderr what
// it could not include (a figure that failed to draw).
func writeReport(ctx context.Context, g *globals, s *session, opts *reportOptions) ([]string, error) {
	if err := checkStatuses(opts.sel.Statuses); err != nil {
		return nil, err
	}
	cb, err := s.codebook()
	if err != nil {
		return nil, err
	}
	// The report reads the store many times; a snapshot keeps its numbers,
	// quotes and codings.csv consistent while other commands write.
	snap, err := s.store.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	defer snap.Close()
	ds, err := analysis.Load(ctx, snap, cb, opts.sel)
	if err != nil {
		return nil, err
	}
	ropts := reports.Options{Title: opts.title}
	if coders := analysis.PeopleCoders(ds); len(coders) >= 2 {
		a, err := analysis.Agree(ctx, snap, cb, analysis.AgreeOptions{Coders: coders, Seed: 1})
		if err != nil {
			return nil, err
		}
		ropts.Agreement = a
	}
	r, err := reports.Build(ctx, s.proj.Config.Name, ds, ropts)
	if err != nil {
		return nil, err
	}
	for _, w := range r.Warnings {
		g.io.Warnf("%s", w)
	}
	dir := opts.out
	if dir == "" {
		dir = filepath.Join(s.proj.Dir, "reports")
	}
	return reports.Write(ctx, dir, r, ds, opts.formats)
}

func checkStatuses(statuses []string) error {
	for _, st := range statuses {
		switch st {
		case "accepted", "suggested", "rejected":
		default:
			return fmt.Errorf("unknown status %q; use accepted, suggested or rejected", st)
		}
	}
	return nil
}
