package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/ingest"
)

type ingestOptions struct {
	ingest.Options
	paths     []string // files and folders to read
	maxSizeMB int
	json      bool
	redact    bool
	// redactGiven says whether --redact was given (--redact=false stores
	// a redacted project's new transcripts as they are).
	redactGiven func() bool
}

func (o *ingestOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.Programme, "programme", "", "programme of files that do not name one")
	f.StringVar(&o.Role, "role", "", "role of files that do not name one")
	f.StringVar(&o.Manifest, "manifest", "", "CSV `FILE` of metadata: file, then id, programme, role, any attribute")
	f.BoolVar(&o.Replace, "replace", false, "replace documents whose file changed (their codings are re-anchored)")
	f.StringVar(&o.Encoding, "encoding", "", "source encoding: "+strings.Join(ingest.Encodings(), ", ")+" (default utf-8)")
	f.IntVar(&o.maxSizeMB, "max-size", int(ingest.DefaultMaxBytes>>20), "refuse files larger than this many `MB`")
	f.StringVar(&o.TextColumn, "text-column", "text", "CSV column holding each interview's text")
	f.StringVar(&o.IDColumn, "id-column", "", "CSV column holding each interview's id (default: id, or the first column)")
	f.StringVar(&o.Format, "format", "", "force a format instead of detecting it")
	addJSONFlag(cmd, &o.json, "what was done")
	f.BoolVar(&o.redact, "redact", false, "replace identifiers with pseudonyms before storing (default: privacy.redact in groundwork.yaml, or yes once the project has been redacted)")
	o.redactGiven = func() bool { return f.Changed("redact") }
}

func (o *ingestOptions) setArgs(args []string) error {
	o.paths = args
	return nil
}

func newIngestCmd(g *globals) *cobra.Command {
	return newCommand(g, &ingestOptions{}, &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read transcripts into the project",
		Long: `Read transcript files, or folders of them (recursively), into the project.
From a folder, files of the formats below are read (CSV files only when named);
the others, and licences, readmes, changelogs and lists of sources (LICENSE*,
COPYING*, README*, CHANGELOG*, SOURCES*), are skipped and named on standard
error. A file named on the command line is always read.

Formats: plain text and Markdown with "Name:" speaker labels and optional YAML
front matter (id, programme, role, date and any attribute); WebVTT; SRT; Word
.docx; Otter-style text; timestamped text; CSV with one interview per row.

Metadata comes from front matter, then a --manifest CSV (a column naming the
file, then id, programme, role, any attribute), then --programme/--role; the
first wins. Everything is stored in one transaction: if any file has a problem,
every problem is listed and nothing is ingested. Re-ingesting an unchanged file
does nothing; a changed file needs --replace, which keeps its codings and
re-anchors them to the new text.

Once a project has been redacted (groundwork redact), the transcripts ingested
into it are redacted too, with the same pseudonyms, so that nothing shown
afterwards holds an original; --redact=false stores them as they are.`,
		Example: `  groundwork ingest interviews/
  groundwork ingest site-b/*.txt --programme "HeartMates" --role patient
  groundwork ingest export.csv --text-column text --id-column id
  groundwork ingest interviews/ --manifest interviews/manifest.csv`,
		Args: minArgs(1),
	}, runIngest)
}

func runIngest(ctx context.Context, g *globals, opts *ingestOptions) error {
	defer collectLess(ctx)()
	return g.withSession(ctx, func(s *session) error {
		opts.MaxBytes = int64(opts.maxSizeMB) << 20
		opts.Progress = g.io.progress("reading")
		opts.Skipped = func(skipped []ingest.SkippedFile) { warnSkipped(g, skipped) }
		implied, err := prepareRedaction(ctx, s, opts)
		if err != nil {
			return err
		}
		rep, err := ingest.Ingest(ctx, s.proj, s.store, opts.paths, opts.Options)
		if err != nil {
			return err
		}
		if implied && len(rep.Added)+len(rep.Replaced) > 0 {
			g.io.Warnf("this project has been redacted: the new transcripts are redacted too, with the same pseudonyms (--redact=false stores them as they are)")
		}
		for _, w := range rep.Warnings {
			g.io.Warnf("%s", w)
		}
		return printResult(g, opts.json, rep, func() { writeIngestReport(g, rep) })
	})
}

// prepareRedaction sets opts up to redact what the ingest stores: when
// asked (--redact, privacy.redact), or when the project has been redacted
// and --redact=false was not given. implied says it is the latter, which
// the user is told of when the ingest stores a transcript.
func prepareRedaction(ctx context.Context, s *session, opts *ingestOptions) (implied bool, err error) {
	redactNow := opts.redact || s.proj.Config.Privacy.Redact
	if !redactNow && opts.redactGiven() {
		return false, nil
	}
	path := s.proj.IdentifiersPath()
	file, err := ingest.LoadPrivacy(path) // an empty map when there is none
	if err != nil {
		return false, err
	}
	if !redactNow && !file.ProjectRedacted() {
		return false, nil
	}
	if err := file.Reconcile(ctx, s.store); err != nil {
		return false, err
	}
	if opts.Redact, err = ingest.NewRedactor(s.proj, file, nil, ingestNotNames(opts.Options)); err != nil {
		return false, err
	}
	opts.PrivacyPath = path
	return !redactNow, nil
}

// warnSkipped names the files of the folders given that ingest did not
// take as transcripts, by reason, the first few of each.
func warnSkipped(g *globals, skipped []ingest.SkippedFile) {
	g.io.Warnf("skipped %s in the folders given, not taken as transcripts (name a file on the command line to ingest it anyway):\n%s",
		plural(len(skipped), "file", "files"), strings.Join(ingest.SkippedLines(skipped, 5), "\n"))
}

// writeIngestReport says what an ingest stored, redacted and re-anchored.
func writeIngestReport(g *globals, rep *ingest.Report) {
	fmt.Fprintf(g.io.Out, "Ingested %d new, %d replaced, %d unchanged: %s, %s, %s\n",
		len(rep.Added), len(rep.Replaced), len(rep.Unchanged), count(rep.Turns, "turn"), count(rep.Segments, "segment"), count(rep.Words, "word"))
	if rep.Sealed > 0 {
		g.io.Warnf("%s to the replaced documents' codings can no longer be undone: the history keeps who made them and when, not the words they held", plural(rep.Sealed, "earlier change", "earlier changes"))
	}
	if rep.Redacted > 0 {
		uncertain := ""
		if rep.Uncertain > 0 {
			uncertain = fmt.Sprintf(", %d of them uncertain", rep.Uncertain)
		}
		fmt.Fprintf(g.io.Out, "Redacted %s%s (review with `groundwork redact --review`)\n", plural(rep.Redacted, "identifier", "identifiers"), uncertain)
	}
	if rep.Reanchored+rep.Orphaned+rep.Dropped > 0 {
		fmt.Fprintf(g.io.Out, "Codings of replaced documents: %d re-anchored, %d orphaned (see `groundwork codings orphans`)\n", rep.Reanchored, rep.Orphaned)
	}
	if rep.Dropped > 0 {
		fmt.Fprintf(g.io.Out, "Pending suggestions that no longer fit the new text: %d dropped (nobody had reviewed them; `groundwork code auto` and `code learn` suggest again on the new text)\n", rep.Dropped)
	}
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
