package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/codebook"
)

func newCodebookCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "codebook",
		Short: "Validate, show, export and import the codebook",
	}
	cmd.AddCommand(newCodebookValidateCmd(g), newCodebookShowCmd(g), newCodebookExportCmd(g), newCodebookImportCmd(g))
	return cmd
}

// codebookOptions name the codebook a codebook command reads: file, else
// the project's.
type codebookOptions struct {
	file string
}

func codebookArgs(args []string) *codebookOptions {
	opts := &codebookOptions{}
	if len(args) == 1 {
		opts.file = args[0]
	}
	return opts
}

func newCodebookValidateCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "validate [FILE]",
		Short: "Check a codebook and report every problem with file:line:column",
		Long: `Check a codebook (default: the project's) for duplicate ids, unknown parents,
cycles, bad colours, unknown keys, empty definitions and bad rules. Every problem
is reported as file:line:column; the exit status is non-zero when there are any.`,
		Example: `  groundwork codebook validate
  groundwork codebook validate drafts/codebook-v2.yaml`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCodebookValidate(cmd.Context(), g, codebookArgs(args))
		},
	}
}

// runCodebookValidate loads the codebook, which reports every problem, and
// prints its size.
func runCodebookValidate(_ context.Context, g *globals, opts *codebookOptions) error {
	path, cb, err := loadCodebook(g, opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.io.Out, "%s: ok, %d codes (%d leaves), %d groups\n", path, len(cb.Codes()), len(cb.Leaves()), len(cb.Groups()))
	return nil
}

func newCodebookShowCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "show [FILE]",
		Short:   "Print the code tree with definitions",
		Example: `  groundwork codebook show`,
		Args:    maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCodebookShow(cmd.Context(), g, codebookArgs(args))
		},
	}
}

// runCodebookShow prints the code tree.
func runCodebookShow(_ context.Context, g *globals, opts *codebookOptions) error {
	_, cb, err := loadCodebook(g, opts)
	if err != nil {
		return err
	}
	return codebook.WriteTree(g.io.Out, cb)
}

// loadCodebook loads the codebook opts name, and says which file it is.
func loadCodebook(g *globals, opts *codebookOptions) (string, *codebook.Codebook, error) {
	var args []string
	if opts.file != "" {
		args = []string{opts.file}
	}
	path, err := codebookPath(g, args)
	if err != nil {
		return "", nil, err
	}
	cb, err := codebook.Load(path)
	return path, cb, err
}

// codebookPath is the named file, else the project's codebook.
func codebookPath(g *globals, args []string) (string, error) {
	if len(args) == 1 {
		return args[0], nil
	}
	p, err := g.openProject()
	if err != nil {
		return "", err
	}
	return p.CodebookPath(), nil
}
