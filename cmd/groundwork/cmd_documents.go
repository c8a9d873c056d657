package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
)

func newDocumentsCmd(g *globals) *cobra.Command {
	return parentCmd("documents", "Manage the project's documents", newDocumentsRemoveCmd(g))
}

type documentsRemoveOptions struct {
	corpus.RemoveOptions
	ids  []string
	json bool
}

func (o *documentsRemoveOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.WithCodings, "with-codings", false, "also remove documents people coded or wrote memos on, with those codings and memos")
	f.BoolVar(&o.DryRun, "dry-run", false, "say what would be removed, changing nothing")
	f.StringVar(&o.By, "as", defaultCoder(), "who removes them, for the history (default $GROUNDWORK_CODER or your user name)")
	addJSONFlag(cmd, &o.json, "what was removed")
}

func (o *documentsRemoveOptions) setArgs(args []string) error {
	o.ids = args
	return nil
}

func newDocumentsRemoveCmd(g *globals) *cobra.Command {
	return newCommand(g, &documentsRemoveOptions{}, &cobra.Command{
		Use:   "remove ID... [--with-codings] [--dry-run]",
		Short: "Remove documents (ingested by mistake, or withdrawn) with their segments, suggestions and memos",
		Long: `Remove documents from the project: their text, turns and segments, the
suggestions on them, and their place in the search index, in one transaction.
A document people coded or wrote memos on is refused unless --with-codings,
which removes those codings and memos too. The history records the removal;
it cannot be undone (ingest the transcript again to bring it back), and earlier
changes to its codings can no longer be undone either. The transcript files
themselves are not touched.`,
		Example: `  groundwork documents remove sci-0042 --dry-run
  groundwork documents remove sci-0042 sci-0043
  groundwork documents remove hf-07 --with-codings`,
		Args: minArgs(1),
	}, runDocumentsRemove)
}

// runDocumentsRemove removes the documents named, or says what it would.
func runDocumentsRemove(ctx context.Context, g *globals, opts *documentsRemoveOptions) error {
	return g.withSession(ctx, func(s *session) error {
		r, err := s.store.RemoveDocuments(ctx, opts.ids, opts.RemoveOptions)
		if err != nil {
			return err
		}
		return printResult(g, opts.json, r, func() { printRemoval(g, r) })
	})
}

func printRemoval(g *globals, r *corpus.Removal) {
	verb := "Removed"
	if r.DryRun {
		verb = "Would remove"
	}
	fmt.Fprintf(g.io.Out, "%s %s (%s): %s people made, %s, %s\n", verb, count(len(r.Documents), "document"), strings.Join(r.Documents, ", "),
		count(r.PeoplesCodings, "coding"), count(r.Suggestions, "suggestion"), count(r.Memos, "memo"))
	if r.Sealed > 0 {
		g.io.Warnf("%s to their codings can no longer be undone", plural(r.Sealed, "earlier change", "earlier changes"))
	}
}
