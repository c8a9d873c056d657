package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/reports"
)

type reportOptions struct {
	out     string
	formats []string
	counting
	title    string
	commands []string // that reproduce the report, for its methods appendix
}

func (o *reportOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "", "the `DIR` to write into (default: reports/ in the project)")
	f.StringSliceVar(&o.formats, "format", nil, "formats to write: html,md,json,csv,xlsx (default all)")
	f.StringVar(&o.title, "title", "", "the report's title (default: the project name)")
	o.counting.addFlags(cmd)
}

func newReportCmd(g *globals) *cobra.Command {
	return newCommand(g, &reportOptions{}, &cobra.Command{
		Use:   "report",
		Short: "Write the cross-programme theme report",
		Long: `Write the theme report into DIR (default: reports/ in the project):

  report.html  one self-contained file to open in a browser or print: a
               contents sidebar, a summary first, each code's section
               collapsible; prints to A4 with the code sections folded
  report.md    the same as Markdown tables and quotes
  report.json  every number in the report ("draft": true when nobody has
               reviewed the codings it counts)
  matrix.csv   programme × code prevalence, with each code's label
  codings.csv  the codings the report was built from
  report.xlsx  the framework matrix workbook: the matrix as a long table, a
               sheet per family with a quote beside each share, the quotes,
               the statistics and the agreement, numbers stored as numbers
  *.png *.svg  the figures (framework matrix, families by role, saturation),
               PNG at 300 dpi

The report counts the codings people made or accepted (coded by hand,
imported, or suggestions accepted). A project where nobody has reviewed
anything yet gets a draft of the pending suggestions instead, marked DRAFT
at the top of every file. --include suggested counts pending suggestions
beside people's codings on purpose; each matrix cell then says how many of
its interviews rest on suggestions alone. Saturation is assessed on
people's codings only.`,
		Example: `  groundwork report
  groundwork report --include suggested --out mixed/
  groundwork report --format md,json --coder alice --coder bob`,
		Args: exactArgs(0),
	}, runReport)
}

func runReport(ctx context.Context, g *globals, opts *reportOptions) error {
	return g.withSession(ctx, func(s *session) error {
		if err := g.warnPrivacy(ctx, s); err != nil {
			return err
		}
		paths, err := writeReport(ctx, g, s, opts)
		if err != nil {
			return err
		}
		fmt.Fprintf(g.io.Out, "Wrote the report:\n")
		for _, p := range paths {
			fmt.Fprintf(g.io.Out, "  %s\n", p)
		}
		return nil
	})
}

// writeReport builds and writes the report, telling the user on stderr what
// it could not include (a figure that failed to draw).
func writeReport(ctx context.Context, g *globals, s *session, opts *reportOptions) ([]string, error) {
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
	ds, leftOut, err := opts.counting.load(ctx, snap, cb)
	if err != nil {
		return nil, err
	}
	commands := opts.commands
	if len(commands) == 0 {
		commands = []string{reportCommand(opts)}
	}
	ropts := reports.Options{Title: opts.title, LeftOut: leftOut, Commands: commands, Counting: opts.counting.args()}
	r, err := reports.BuildCounted(ctx, snap, cb, s.proj.Config.Name, ds, ropts)
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

// reportCommand is the command that reproduces a report, for its methods
// appendix.
func reportCommand(opts *reportOptions) string {
	return strings.Join(append([]string{"groundwork report"}, opts.counting.args()...), " ")
}
