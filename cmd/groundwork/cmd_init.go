package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

type initOptions struct {
	dir      string
	template string
	name     string
}

func newInitCmd(g *globals) *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Create a project: groundwork.yaml, codebook.yaml and the store",
		Long: `Create a groundwork project in DIR (default: the working directory).

groundwork.yaml holds the project name, the codebook path, the attributes that
documents carry (text, category, date or number) and the speaker labels that are
interviewers. codebook.yaml is the codebook. The store lives in .groundwork/.

Templates: peer-support (the peer support evaluation codebook and attributes)
and blank (one example code).`,
		Example: `  groundwork init my-study
  groundwork init my-study --template blank`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.dir = "."
			if len(args) == 1 {
				opts.dir = args[0]
			}
			return runInit(cmd, g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.template, "template", "peer-support", "project template: peer-support or blank")
	cmd.Flags().StringVar(&opts.name, "name", "", "the project's name, shown in reports (default: the directory's name)")
	return cmd
}

func runInit(cmd *cobra.Command, g *globals, opts *initOptions) error {
	cb, err := codebook.Template(opts.template)
	if err != nil {
		return &usageError{cmd: cmd.CommandPath(), err: err}
	}
	p, err := corpus.Init(cmd.Context(), opts.dir, opts.template, opts.name, cb)
	if err != nil {
		return err
	}
	rel := opts.dir
	if abs, err := filepath.Abs(opts.dir); err == nil {
		rel = abs
	}
	fmt.Fprintf(g.io.Out, "Created a %s project in %s\n", opts.template, rel)
	fmt.Fprintf(g.io.Out, "  %s  project settings\n  %s  the codebook\n", corpus.ConfigFile, filepath.Base(p.CodebookPath()))
	fmt.Fprintf(g.io.Out, "Next: groundwork ingest FILES... (in %s, or with --project %s)\n", rel, rel)
	return nil
}
