package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
)

type indexOptions struct {
	rebuild bool
}

func (o *indexOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&o.rebuild, "rebuild", false, "recreate the index from the store")
}

func newIndexCmd(g *globals) *cobra.Command {
	return newCommand(g, &indexOptions{}, &cobra.Command{
		Use:   "index",
		Short: "Check or rebuild the search index",
		Long: `The search index is a cache of the store. It is brought up to date
automatically; this command checks it, rebuilding it when it is missing (as a
command interrupted before it built the index leaves it), damaged or out of
date, and says which it did. --rebuild recreates it from the store from
scratch.`,
		Example: `  groundwork index
  groundwork index --rebuild`,
		Args: exactArgs(0),
	}, runIndex)
}

// runIndex brings the search index up to date, or rebuilds it, and counts
// what it holds.
func runIndex(ctx context.Context, g *globals, opts *indexOptions) error {
	defer collectLess(ctx)()
	return g.withSession(ctx, func(s *session) error {
		var ix *corpus.Index
		var err error
		rebuilt := opts.rebuild
		if opts.rebuild {
			ix, err = corpus.RebuildIndex(ctx, s.proj.IndexPath(), s.store, g.io.progress("indexing documents"))
		} else {
			// Told why when it is rebuilt (missing, damaged, out of date).
			ix, err = corpus.OpenIndex(ctx, s.proj.IndexPath(), s.store, func(why string) {
				rebuilt = true
				fmt.Fprintln(g.io.Err, why)
			}, g.io.progress("indexing documents"))
		}
		if err != nil {
			return err
		}
		defer ix.Close()
		n, err := ix.Count()
		if err != nil {
			return err
		}
		verb := "up to date"
		if rebuilt {
			verb = "rebuilt"
		}
		fmt.Fprintf(g.io.Out, "Search index %s: %s\n", verb, count(int(n), "segment"))
		return nil
	})
}
