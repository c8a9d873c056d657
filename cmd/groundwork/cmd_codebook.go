package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/codebook"
)

func newCodebookCmd(g *globals) *cobra.Command {
	return parentCmd("codebook", "Validate, show, reorganise, export and import the codebook",
		append([]*cobra.Command{newCodebookValidateCmd(g), newCodebookShowCmd(g), newCodebookExportCmd(g), newCodebookImportCmd(g)},
			reorgCmds(g)...)...)
}

// codebookOptions name the codebook a codebook command reads: file, else
// the project's.
type codebookOptions struct {
	file string
}

// addFlags declares nothing: validate and show take only the file.
func (o *codebookOptions) addFlags(*cobra.Command) {}

func (o *codebookOptions) setArgs(args []string) error {
	if len(args) == 1 {
		o.file = args[0]
	}
	return nil
}

func newCodebookValidateCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookOptions{}, &cobra.Command{
		Use:   "validate [FILE]",
		Short: "Check a codebook and report every problem with file:line:column",
		Long: `Check a codebook (default: the project's) for duplicate ids, unknown parents,
cycles, bad colours, unknown keys, empty definitions and bad rules. Every problem
is reported as file:line:column; the exit status is non-zero when there are any.`,
		Example: `  groundwork codebook validate
  groundwork codebook validate drafts/codebook-v2.yaml`,
		Args: maxArgs(1),
	}, runCodebookValidate)
}

// runCodebookValidate loads the codebook, which reports every problem, and
// prints its size.
func runCodebookValidate(_ context.Context, g *globals, opts *codebookOptions) error {
	path, cb, err := loadCodebook(g, opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.io.Out, "%s: ok, %s (%s), %s\n", path, count(len(cb.Codes()), "code"), plural(len(cb.Leaves()), "leaf", "leaves"), count(len(cb.Groups()), "group"))
	return nil
}

func newCodebookShowCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookOptions{}, &cobra.Command{
		Use:     "show [FILE]",
		Short:   "Print the code tree with definitions",
		Example: `  groundwork codebook show`,
		Args:    maxArgs(1),
	}, runCodebookShow)
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
	path, err := codebookPath(g, opts.file)
	if err != nil {
		return "", nil, err
	}
	cb, err := codebook.Load(path)
	return path, cb, err
}

// codebookPath is file when it is named, else the project's codebook.
func codebookPath(g *globals, file string) (string, error) {
	if file != "" {
		return file, nil
	}
	p, err := g.openProject()
	if err != nil {
		return "", err
	}
	return p.CodebookPath(), nil
}
