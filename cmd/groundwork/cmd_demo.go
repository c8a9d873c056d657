package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/demo"
)

type demoOptions struct {
	out string
}

func newDemoCmd(g *globals) *cobra.Command {
	opts := &demoOptions{}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Create the demo peer-support study and run the whole pipeline on it",
		Long: `Create a project from the embedded demo study (43 fictional key-informant
interviews across 7 peer support programmes), ingest and index it, auto-code it
with the codebook's rules, and write the theme report.`,
		Example: `  groundwork demo
  groundwork demo --out /tmp/peer-study`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd, g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.out, "out", "groundwork-demo", "the `DIR` to create the demo project in")
	return cmd
}

func runDemo(cmd *cobra.Command, g *globals, opts *demoOptions) error {
	ctx := cmd.Context()
	if _, err := os.Stat(filepath.Join(opts.out, corpus.ConfigFile)); err == nil {
		return fmt.Errorf("%s already holds a project; remove it or pass another --out DIR", opts.out)
	}
	cb, err := codebook.Template("peer-support")
	if err != nil {
		return err
	}
	proj, err := corpus.Init(ctx, opts.out, "peer-support", "Peer support programmes: demo evaluation", cb)
	if err != nil {
		return err
	}
	paths, err := demo.WriteTranscripts(filepath.Join(proj.Dir, "transcripts"))
	if err != nil {
		return err
	}
	st, err := g.openStore(ctx, proj, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	sess := &session{proj: proj, store: st}
	rep, err := ingest.Ingest(ctx, proj, st, paths, ingest.Options{Progress: g.io.progress("reading")})
	if err != nil {
		return err
	}
	fmt.Fprintf(g.io.Out, "Ingested %d interviews: %d turns, %d segments, %d words\n", len(rep.Added), rep.Turns, rep.Segments, rep.Words)
	ix, err := g.openIndex(ctx, sess)
	if err != nil {
		return err
	}
	n, _ := ix.Count()
	fmt.Fprintf(g.io.Out, "Indexed %d participant segments\n", n)
	cbk, err := codebook.Load(proj.CodebookPath())
	if err != nil {
		ix.Close()
		return err
	}
	res, err := analysis.AutoCode(ctx, st, cbk, func(ctx context.Context, q string) (map[string]bool, error) {
		return ix.SegmentsMatching(ctx, q)
	}, analysis.AutoOptions{Progress: g.io.progress("coding segments")})
	ix.Close()
	if err != nil {
		return err
	}
	added := 0
	for _, c := range res.Changes {
		added += c.Added
	}
	fmt.Fprintf(g.io.Out, "Auto-coded: %d suggestions for %d codes\n", added, len(res.Changes))
	paths, err = writeReport(ctx, g, sess, &reportOptions{})
	if err != nil {
		return err
	}
	probs, err := projectProblems(ctx, sess)
	if err != nil {
		return err
	}
	if len(probs) > 0 {
		return fmt.Errorf("the demo project fails `groundwork check`: %s", probs[0].What)
	}
	fmt.Fprintln(g.io.Out, "Checked: store, codings and search index agree (groundwork check).")
	fmt.Fprintf(g.io.Out, "\nThe report is in %s (open report.html in a browser; report.md for papers).\n", filepath.Dir(paths[0]))
	fmt.Fprintf(g.io.Out, "The demo project is in %s. Try:\n  cd %s\n  groundwork status\n  groundwork search '\"late at night\"'\n  groundwork codings explain hf-02#3\n", proj.Dir, opts.out)
	return nil
}
