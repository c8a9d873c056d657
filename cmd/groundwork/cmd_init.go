package main

import (
	"context"
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

func (o *initOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.template, "template", "peer-support", "project template: peer-support or blank")
	cmd.Flags().StringVar(&o.name, "name", "", "the project's name, shown in reports (default: the directory's name)")
}

func (o *initOptions) setArgs(args []string) error {
	o.dir = "."
	if len(args) == 1 {
		o.dir = args[0]
	}
	return nil
}

func newInitCmd(g *globals) *cobra.Command {
	return newCommand(g, &initOptions{}, &cobra.Command{
		Use:   "init [DIR]",
		Short: "Create a project: groundwork.yaml, codebook.yaml and the store",
		Long: `Create a groundwork project in DIR (default: the working directory).

groundwork.yaml holds the project name, the codebook path, the attributes that
documents carry (text, category, date or number) and the speaker labels that are
interviewers. codebook.yaml is the codebook. The store lives in .groundwork/.

Templates: peer-support (the peer support evaluation codebook and attributes)
and blank (no codes yet: make them while coding, in the workbench or with
groundwork codebook add).`,
		Example: `  groundwork init my-study
  groundwork init my-study --template blank`,
		Args: maxArgs(1),
	}, runInit)
}

func runInit(ctx context.Context, g *globals, opts *initOptions) error {
	cb, err := codebook.Template(opts.template)
	if err != nil {
		return &usageError{cmd: "groundwork init", err: err}
	}
	p, err := corpus.Init(ctx, opts.dir, opts.template, opts.name, cb)
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
