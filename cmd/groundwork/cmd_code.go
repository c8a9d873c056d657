package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

func newCodeCmd(g *globals) *cobra.Command {
	return parentCmd("code", "Suggest codings: by the codebook's rules, or learned from people's coding",
		newCodeAutoCmd(g), newCodeLearnCmd(g), newCodeNextCmd(g))
}

type codeAutoOptions struct {
	analysis.AutoOptions
	json bool
}

func (o *codeAutoOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringSliceVar(&o.Codes, "code", nil, "re-code only this code `ID` and its children (repeatable)")
	f.BoolVar(&o.All, "all", false, "re-code every code in every document")
	f.BoolVar(&o.DryRun, "dry-run", false, "show what would change without writing")
	addJSONFlag(cmd, &o.json, "the changes")
}

func newCodeAutoCmd(g *globals) *cobra.Command {
	return newCommand(g, &codeAutoOptions{}, &cobra.Command{
		Use:   "auto",
		Short: "Suggest codings by the codebook's rules (coder auto, status suggested)",
		Long: `Apply the codebook's rules to the participant segments and store each match
as a suggestion by coder "auto", recording the rule and the words that fired it.

A run is incremental: codes whose rules changed since the last run are
re-coded in every document, and every code in the documents ingested,
replaced (ingest --replace) or redacted since; --code re-codes the codes named
everywhere, --all everything. Only pending suggestions are replaced: accepted
and rejected suggestions and every human coding stay as they are, and a
rejected suggestion is not made again. --dry-run shows what would change. The
run says what it covered.`,
		Example: `  groundwork code auto
  groundwork code auto --dry-run
  groundwork code auto --all
  groundwork code auto --code boundaries.personal_contact --json`,
		Args: exactArgs(0),
	}, runCodeAuto)
}

func (s *session) codebook() (*codebook.Codebook, error) {
	return codebook.Load(s.proj.CodebookPath())
}

func runCodeAuto(ctx context.Context, g *globals, opts *codeAutoOptions) error {
	defer collectLess(ctx)()
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		runQuery := func(ctx context.Context, q string) (map[string]bool, error) {
			ix, err := g.openIndex(ctx, s)
			if err != nil {
				return nil, err
			}
			defer ix.Close()
			return ix.SegmentsMatching(ctx, q)
		}
		opts.Progress = g.io.progress("coding segments")
		res, err := analysis.AutoCode(ctx, s.store, cb, runQuery, opts.AutoOptions)
		if err != nil {
			return err
		}
		res.Changes = orEmpty(res.Changes)
		return printResult(g, opts.json, res, func() { writeAutoResult(g, res, len(cb.Rules()) > 0) })
	})
}

// writeAutoResult says what a run of the rules changed; hasRules says
// whether the codebook has any rules to run.
func writeAutoResult(g *globals, res *analysis.AutoResult, hasRules bool) {
	out := g.io.Out
	if !hasRules && len(res.Changes) == 0 {
		fmt.Fprintln(out, "No code has rules yet, so there is nothing to suggest: add rules: to a code in codebook.yaml (see its comments), or let people's coding teach the suggestions (groundwork code learn).")
		return
	}
	if len(res.Changes) == 0 {
		fmt.Fprintln(out, "Auto codings are up to date: no code's rules and no document changed since the last run (--code ID or --all re-codes).")
		return
	}
	verb := "Re-coded"
	if res.DryRun {
		verb = "Would re-code"
	}
	fmt.Fprintf(out, "%s %s in %s (%s)", verb, plural(len(res.Changes), "code", "codes"),
		plural(res.Documents, "document", "documents"), plural(res.Segments, "segment", "segments"))
	if res.Changed > 0 {
		fmt.Fprintf(out, ", %d of them new or changed since the last run", res.Changed)
	}
	fmt.Fprintln(out, ":")
	tw := newTable(out)
	fmt.Fprintln(tw, "code\treason\tadded\tremoved\tkept\tskipped (reviewed)")
	quiet := 0
	for _, c := range res.Changes {
		// Codes re-run only over changed documents are listed when they
		// changed something; the others are counted.
		if c.Reason == "documents changed" && c.Added+c.Removed+c.Kept+c.Skipped == 0 {
			quiet++
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\n", c.Code, c.Reason, c.Added, c.Removed, c.Kept, c.Skipped)
	}
	tw.Flush()
	if quiet > 0 {
		fmt.Fprintf(out, "(%s found nothing in the changed documents.)\n", plural(quiet, "other code", "other codes"))
	}
	added, removed := res.Total()
	if res.DryRun {
		fmt.Fprintf(out, "Dry run: %s would be added and %d removed; nothing was written.\n", count(added, "suggestion"), removed)
	} else {
		fmt.Fprintf(out, "%s added, %d removed (coder %s, status %s).\n", count(added, "suggestion"), removed, corpus.AutoCoder, corpus.StatusSuggested)
	}
}
