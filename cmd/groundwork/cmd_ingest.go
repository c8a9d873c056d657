package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/ingest"
)

type ingestOptions struct {
	ingest.Options
	maxSizeMB int
	json      bool
	redact    bool
}

func newIngestCmd(g *globals) *cobra.Command {
	opts := &ingestOptions{}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read transcripts into the project",
		Long: `Read transcript files, or folders of them (recursively), into the project.

Formats: plain text and Markdown with "Name:" speaker labels and optional YAML
front matter (id, programme, role, date and any attribute); WebVTT; SRT; Word
.docx; Otter-style text; timestamped text; CSV with one interview per row.

Metadata comes from front matter, then a --manifest CSV (a column naming the
file, then id, programme, role, any attribute), then --programme/--role; the
first wins. Everything is stored in one transaction: if any file has a problem,
every problem is listed and nothing is ingested. Re-ingesting an unchanged file
does nothing; a changed file needs --replace, which keeps its codings and
re-anchors them to the new text.`,
		Example: `  groundwork ingest interviews/
  groundwork ingest site-b/*.txt --programme "HeartMates" --role patient
  groundwork ingest export.csv --text-column text --id-column id
  groundwork ingest interviews/ --manifest interviews/manifest.csv`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd, g, opts, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Programme, "programme", "", "programme of files that do not name one")
	f.StringVar(&opts.Role, "role", "", "role of files that do not name one")
	f.StringVar(&opts.Manifest, "manifest", "", "CSV `FILE` of metadata: file, then id, programme, role, any attribute")
	f.BoolVar(&opts.Replace, "replace", false, "replace documents whose file changed (their codings are re-anchored)")
	f.StringVar(&opts.Encoding, "encoding", "", "source encoding: "+strings.Join(ingest.Encodings(), ", ")+" (default utf-8)")
	f.IntVar(&opts.maxSizeMB, "max-size", int(ingest.DefaultMaxBytes>>20), "refuse files larger than this many `MB`")
	f.StringVar(&opts.TextColumn, "text-column", "text", "CSV column holding each interview's text")
	f.StringVar(&opts.IDColumn, "id-column", "", "CSV column holding each interview's id (default: id, or the first column)")
	f.StringVar(&opts.Format, "format", "", "force a format instead of detecting it")
	f.BoolVar(&opts.json, "json", false, "print what was done as JSON")
	f.BoolVar(&opts.redact, "redact", false, "replace identifiers with pseudonyms before storing (default: privacy.redact in groundwork.yaml)")
	return cmd
}

func runIngest(cmd *cobra.Command, g *globals, opts *ingestOptions, paths []string) error {
	ctx := cmd.Context()
	s, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	opts.MaxBytes = int64(opts.maxSizeMB) << 20
	opts.Progress = g.io.progress("reading")
	if opts.redact || s.proj.Config.Privacy.Redact {
		file, err := ingest.OpenPrivacy(ctx, s.proj.IdentifiersPath(), s.store)
		if err != nil {
			return err
		}
		if opts.Redact, err = ingest.NewRedactor(s.proj, file, nil, ingestNotNames(opts.Options)); err != nil {
			return err
		}
		opts.PrivacyPath = s.proj.IdentifiersPath()
	}
	rep, err := ingest.Ingest(ctx, s.proj, s.store, paths, opts.Options)
	if err != nil {
		return err
	}
	for _, w := range rep.Warnings {
		g.io.Warnf("%s", w)
	}
	if opts.json {
		return printJSON(g.io.Out, rep)
	}
	fmt.Fprintf(g.io.Out, "Ingested %d new, %d replaced, %d unchanged: %d turns, %d segments, %d words\n",
		len(rep.Added), len(rep.Replaced), len(rep.Unchanged), rep.Turns, rep.Segments, rep.Words)
	if rep.Redacted > 0 {
		fmt.Fprintf(g.io.Out, "Redacted %d identifiers (review with `groundwork redact --review`)\n", rep.Redacted)
	}
	if rep.Reanchored+rep.Orphaned > 0 {
		fmt.Fprintf(g.io.Out, "Codings of replaced documents: %d re-anchored, %d orphaned (see `groundwork codings orphans`)\n", rep.Reanchored, rep.Orphaned)
	}
	return nil
}

// ingestNotNames are attribute values given on the command line, which
// must not be taken for people's names (a programme called "Grace House").
func ingestNotNames(o ingest.Options) []string {
	var out []string
	for _, v := range []string{o.Programme, o.Role} {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
