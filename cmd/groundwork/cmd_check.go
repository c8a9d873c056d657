package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
)

func newCheckCmd(g *globals) *cobra.Command {
	return newCommand(g, &jsonOptions{what: "the problems"}, &cobra.Command{
		Use:   "check",
		Short: "Check that the project is whole: store, codings, index and pseudonym map",
		Long: `Check the project for damage: SQLite's integrity and foreign-key checks on
the store; every turn, segment and coding inside its document, with each
coding's quote equal to its span; every coding's code in codebook.yaml (a
code's id changed there by hand leaves its codings behind); the search index
present (a command interrupted before it built the index leaves none), current
and holding every segment; and, in a redacted project, every pseudonym in the text present in
the map .groundwork/identifiers.json, which must be readable by you only.

Each problem is printed with the command that fixes it, and the exit status
is 1 when there is any. Nothing is changed.`,
		Example: `  groundwork check
  groundwork check --json`,
		Args: exactArgs(0),
	}, runCheck)
}

// checkReport is what `check --json` prints.
type checkReport struct {
	OK       bool             `json:"ok"`
	Problems []corpus.Problem `json:"problems"`
}

func runCheck(ctx context.Context, g *globals, opts *jsonOptions) error {
	return g.withSession(ctx, func(s *session) error {
		probs, err := projectProblems(ctx, s)
		if err != nil {
			return err
		}
		report := checkReport{OK: len(probs) == 0, Problems: orEmpty(probs)}
		err = printResult(g, opts.json, report, func() { writeProblems(g.io.Out, probs) })
		if err == nil && len(probs) > 0 {
			err = silentError{errors.New("the project has problems")}
		}
		return err
	})
}

// writeProblems prints each problem with the command that fixes it.
func writeProblems(out io.Writer, probs []corpus.Problem) {
	if len(probs) == 0 {
		fmt.Fprintln(out, "The project is whole: store, codings, search index and pseudonym map agree.")
		return
	}
	for _, p := range probs {
		fmt.Fprintf(out, "problem: %s\n", p.What)
		if p.Fix != "" {
			fmt.Fprintf(out, "  fix: %s\n", p.Fix)
		}
	}
}

// projectProblems runs every check on an open project.
func projectProblems(ctx context.Context, s *session) ([]corpus.Problem, error) {
	probs, err := s.store.Check(ctx)
	if err != nil {
		return nil, err
	}
	ixProbs, err := corpus.CheckIndex(ctx, s.proj.IndexPath(), s.store)
	if err != nil {
		return nil, err
	}
	privProbs, err := ingest.CheckPrivacy(ctx, s.proj, s.store)
	if err != nil {
		return nil, err
	}
	codeProbs, err := codeProblems(ctx, s)
	if err != nil {
		return nil, err
	}
	return slices.Concat(probs, codeProbs, ixProbs, privProbs), nil
}

// codeProblems are the codings whose code the codebook does not have, or
// that the codebook cannot be read to tell.
func codeProblems(ctx context.Context, s *session) ([]corpus.Problem, error) {
	cb, err := s.codebook()
	if err != nil {
		return []corpus.Problem{{What: "codebook.yaml cannot be read, so the codings' codes could not be checked against it",
			Fix: "`groundwork codebook validate` lists its problems"}}, nil
	}
	return s.store.CheckCodes(ctx, cb)
}
