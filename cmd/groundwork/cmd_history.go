package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
)

type historyOptions struct {
	filter corpus.HistoryFilter
	json   bool
}

func (o *historyOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.filter.Actor, "coder", "", "only this coder's or person's changes")
	f.StringVar(&o.filter.Code, "code", "", "only changes touching this code `ID`")
	f.IntVar(&o.filter.Limit, "limit", 50, "at most `N` changes (0: all)")
	addJSONFlag(cmd, &o.json, "the history")
}

func newHistoryCmd(g *globals) *cobra.Command {
	return newCommand(g, &historyOptions{}, &cobra.Command{
		Use:   "history [--coder NAME] [--code ID]",
		Short: "List the changes people made: coding, reviewing, memos, the codebook",
		Long: `List the history of the project, newest first: every change people made to
codings, suggestions' statuses, memos and the codebook, with who and when;
the runs of the auto-coder are listed too (they are not undone: run them
again). Undone changes are marked. groundwork undo reverses the latest.`,
		Example: `  groundwork history
  groundwork history --coder alice --limit 20
  groundwork history --code isolation --json`,
		Args: exactArgs(0),
	}, runHistory)
}

func runHistory(ctx context.Context, g *globals, o *historyOptions) error {
	if err := checkAtLeast("groundwork history", "limit", o.filter.Limit, 0, "0 lists every change"); err != nil {
		return err
	}
	return g.withSession(ctx, func(s *session) error {
		events, err := s.store.History(ctx, o.filter)
		if err != nil {
			return err
		}
		return printResult(g, o.json, orEmpty(events), func() { writeEvents(g, events) })
	})
}

func writeEvents(g *globals, events []corpus.Event) {
	if len(events) == 0 {
		fmt.Fprintln(g.io.Out, "No changes recorded yet.")
		return
	}
	tw := newTable(g.io.Out)
	fmt.Fprintln(tw, "#\twhen\twho\twhat")
	for _, e := range events {
		what := e.Summary
		switch {
		case e.UndoneAt != nil:
			what += fmt.Sprintf("  (undone by %s)", e.UndoneBy)
		case e.Sealed:
			what += "  (not undoable: its documents were since redacted or removed)"
		case !e.Undoable && e.Action == corpus.ActionRemoveDocuments:
			what += "  (not undoable: ingest the transcripts again)"
		case !e.Undoable:
			what += "  (not undoable: run it again)"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", e.ID, localTime(e.At), e.Actor, what)
	}
	tw.Flush()
}

type undoOptions struct {
	corpus.UndoOptions
	json bool
	redo bool // redo applies undone changes again; undo reverses changes
}

func (o *undoOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.IntVar(&o.Last, "last", 1, "how many changes")
	f.StringVar(&o.Actor, "coder", "", "only this coder's or person's changes")
	f.BoolVar(&o.DryRun, "dry-run", false, "say what would be reversed, and change nothing")
	addJSONFlag(cmd, &o.json, "the changes")
}

func newUndoCmd(g *globals) *cobra.Command { return newReplayCmd(g, false) }
func newRedoCmd(g *globals) *cobra.Command { return newReplayCmd(g, true) }

func newReplayCmd(g *globals, redo bool) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "undo [--last N] [--coder NAME]",
		Short: "Reverse the latest changes (codings, reviews, memos, the codebook)",
		Long: `Reverse the most recent changes in the history (groundwork history lists
them), newest first: codings, accepted and rejected suggestions, memos and
codebook reorganisations all go back to what they were, codebook.yaml too.
An undo is refused, changing nothing, if someone changed the same thing
since; it says who, so that change can be undone first. groundwork redo
applies undone changes again.`,
		Example: `  groundwork undo
  groundwork undo --last 3 --coder alice
  groundwork undo --dry-run`,
		Args: exactArgs(0),
	}
	if redo {
		cmd.Use = "redo [--last N] [--coder NAME]"
		cmd.Short = "Apply undone changes again"
		cmd.Long = `Apply again the changes most recently undone (groundwork history marks them),
provided what they changed is as the undo left it.`
		cmd.Example = "  groundwork redo\n  groundwork redo --last 2"
	}
	return newCommand(g, &undoOptions{redo: redo}, cmd, runReplay)
}

func runReplay(ctx context.Context, g *globals, o *undoOptions) error {
	cmd, what := "groundwork undo", "how many changes to undo"
	if o.redo {
		cmd, what = "groundwork redo", "how many changes to redo"
	}
	if err := checkAtLeast(cmd, "last", o.Last, 1, what); err != nil {
		return err
	}
	return g.withSession(ctx, func(s *session) error {
		o.By = defaultCoder()
		replay, verb, dry, nothing := s.store.Undo, "Undid", "Would undo", "Nothing to undo."
		if o.redo {
			replay, verb, dry, nothing = s.store.Redo, "Redid", "Would redo", "Nothing to redo."
		}
		events, err := replay(ctx, o.UndoOptions)
		var conflict *corpus.ConflictError
		switch {
		case errors.Is(err, corpus.ErrNothingToUndo), errors.Is(err, corpus.ErrNothingToRedo):
			return printResult(g, o.json, []corpus.Event{}, func() { fmt.Fprintln(g.io.Out, nothing) })
		case errors.As(err, &conflict):
			return err
		case err != nil:
			return err
		}
		if o.DryRun {
			verb = dry
		}
		return printResult(g, o.json, events, func() {
			for _, e := range events {
				fmt.Fprintf(g.io.Out, "%s #%d: %s (%s, %s)\n", verb, e.ID, e.Summary, e.Actor, localTime(e.At))
			}
		})
	})
}
