package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/demo"
	"github.com/groundwork-qda/groundwork/sheet"
)

type demoOptions struct {
	out string
}

func (o *demoOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.out, "out", "groundwork-demo", "the `DIR` to create the demo project in")
}

func newDemoCmd(g *globals) *cobra.Command {
	return newCommand(g, &demoOptions{}, &cobra.Command{
		Use:   "demo",
		Short: "Create the demo peer-support study and run the whole pipeline on it",
		Long: `Create a project from the embedded demo study (43 fictional key-informant
interviews across 7 peer support programmes), ingest and index it, import two
researchers' coding of it (amara coded every interview; ben coded nine of them
independently, so that their agreement is measured), add the codebook's rule
suggestions beside it for review, and write the theme report, which counts the
researchers' coding.`,
		Example: `  groundwork demo
  groundwork demo --out /tmp/peer-study`,
		Args: exactArgs(0),
	}, runDemo)
}

func runDemo(ctx context.Context, g *globals, opts *demoOptions) error {
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
	if err := importDemoCodings(ctx, g, st, cbk, proj.Dir); err != nil {
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
	fmt.Fprintf(g.io.Out, "Suggested by the codebook's rules, for review: %d codings of %d codes\n", added, len(res.Changes))
	paths, err = writeReport(ctx, g, sess, &reportOptions{commands: []string{"groundwork demo", "groundwork report"}})
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
	fmt.Fprintf(g.io.Out, "\nThe report is in %s: open report.html in a browser (report.md for papers).\n", filepath.Dir(paths[0]))
	fmt.Fprint(g.io.Out, demoNextSteps(opts.out))
	return nil
}

// importDemoCodings imports the researchers' coding of the demo study:
// each coder's quote files are written into the project's codings/ folder
// (so that the user sees what was imported) and imported as that coder's.
func importDemoCodings(ctx context.Context, g *globals, st *corpus.Store, cb *codebook.Codebook, dir string) error {
	codings, err := demo.Codings()
	if err != nil {
		return err
	}
	folder := filepath.Join(dir, "codings")
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return err
	}
	for _, c := range codings {
		path := filepath.Join(folder, c.Coder+".csv")
		if err := writeDemoCoding(path, c.Files); err != nil {
			return err
		}
		rep, err := sheet.Import(ctx, st, cb, path, c.Coder)
		if err != nil {
			return fmt.Errorf("importing the demo's coding by %s: %w", c.Coder, err)
		}
		fmt.Fprintf(g.io.Out, "Imported %s's coding: %d codings (%s)\n", c.Coder, rep.Added, filepath.Join("codings", c.Coder+".csv"))
	}
	return nil
}

// writeDemoCoding joins quote files (each with its header) into one.
func writeDemoCoding(path string, files []string) error {
	var out []byte
	for i, f := range files {
		data, err := demo.ReadFile(f)
		if err != nil {
			return err
		}
		if i > 0 { // the header once
			if _, rest, ok := strings.Cut(string(data), "\n"); ok {
				data = []byte(rest)
			}
		}
		if len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		out = append(out, data...)
	}
	return os.WriteFile(path, out, 0o644)
}

// demoNextSteps are commands to try on the demo project that work as
// printed where they are printed: with groundwork installed, from this
// repository with go run, or else with the binary that ran the demo.
func demoNextSteps(dir string) string {
	gw := "groundwork"
	var b strings.Builder
	_, installed := exec.LookPath("groundwork")
	_, inRepo := os.Stat(filepath.Join("cmd", "groundwork", "main.go"))
	self, selfErr := os.Executable()
	switch {
	case installed == nil:
		b.WriteString("\nTry:\n")
	case inRepo == nil:
		gw = "go run ./cmd/groundwork"
		b.WriteString("\ngroundwork is not installed (go install ./cmd/groundwork installs it); from this repository, try:\n")
	case selfErr == nil && !strings.Contains(self, "go-build"):
		gw = shellQuote(self)
		b.WriteString("\ngroundwork is not on your PATH; try:\n")
	default:
		b.WriteString("\ngroundwork is not installed: `go install ./cmd/groundwork` in its repository installs it; then try:\n")
	}
	project := "--project " + shellQuote(dir)
	for _, c := range []string{"status", "agree --coders amara,ben", "codings review --coder amara", "code learn --coders ben", "search '\"at night\" phone'", "report --include suggested --out mixed-report"} {
		fmt.Fprintf(&b, "  %s %s %s\n", gw, project, c)
	}
	return b.String()
}

// shellQuote quotes a path for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
