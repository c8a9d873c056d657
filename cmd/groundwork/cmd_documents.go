package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
)

func newDocumentsCmd(g *globals) *cobra.Command {
	return parentCmd("documents", "List, read and remove the project's documents",
		newDocumentsListCmd(g), newDocumentsShowCmd(g), newDocumentsRemoveCmd(g))
}

type documentsListOptions struct {
	programme, role string
	json            bool
}

func (o *documentsListOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.programme, "programme", "", "only the documents of this programme")
	f.StringVar(&o.role, "role", "", "only the documents of informants with this role")
	addJSONFlag(cmd, &o.json, "the documents with their attributes")
}

func newDocumentsListCmd(g *globals) *cobra.Command {
	return newCommand(g, &documentsListOptions{}, &cobra.Command{
		Use:   "list [--programme NAME] [--role ROLE]",
		Short: "List the documents: id, programme, role, words, format and the file each came from",
		Long: `List the project's documents in the order they were ingested, with their
programme, role, length and source file; --json gives every attribute too.`,
		Example: `  groundwork documents list
  groundwork documents list --programme HeartMates --json`,
		Args: exactArgs(0),
	}, runDocumentsList)
}

// documentJSON is a document as list and show print it for scripts.
type documentJSON struct {
	ID         string            `json:"id"`
	Path       string            `json:"path"`
	Format     string            `json:"format"`
	Words      int               `json:"words"`
	IngestedAt time.Time         `json:"ingested_at"`
	Attributes map[string]string `json:"attributes"`
	Turns      []turnJSON        `json:"turns,omitempty"`
}

type turnJSON struct {
	Seq         int    `json:"turn"`
	Speaker     string `json:"speaker"`
	Interviewer bool   `json:"interviewer"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Time        string `json:"time,omitempty"`
	Text        string `json:"text"`
}

func newDocumentJSON(d *corpus.Document) documentJSON {
	return documentJSON{ID: d.ID, Path: d.Path, Format: d.Format, Words: d.Words, IngestedAt: d.IngestedAt, Attributes: d.Attrs}
}

// runDocumentsList prints the documents, a row at a time (a project may
// hold 100,000).
func runDocumentsList(ctx context.Context, g *globals, opts *documentsListOptions) error {
	return g.withSession(ctx, func(s *session) error {
		var all []documentJSON
		tw := newTable(g.io.Out)
		if !opts.json {
			fmt.Fprintln(tw, "ID\tPROGRAMME\tROLE\tWORDS\tFORMAT\tFILE")
		}
		n := 0
		err := s.store.EachDocument(ctx, false, func(d *corpus.Document) error {
			if opts.programme != "" && !strings.EqualFold(d.Attr("programme"), opts.programme) ||
				opts.role != "" && !strings.EqualFold(d.Attr("role"), opts.role) {
				return nil
			}
			n++
			if opts.json {
				all = append(all, newDocumentJSON(d))
				return nil
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", d.ID, orDash(d.Attr("programme")), orDash(d.Attr("role")), d.Words, d.Format, d.Path)
			return nil
		})
		if err != nil {
			return err
		}
		if opts.json {
			return printJSON(g.io.Out, orEmpty(all))
		}
		if n == 0 {
			return fmt.Errorf("no documents%s: `groundwork status` counts them by programme and role", filterText(opts))
		}
		return tw.Flush()
	})
}

func filterText(opts *documentsListOptions) string {
	var f []string
	if opts.programme != "" {
		f = append(f, "of programme "+opts.programme)
	}
	if opts.role != "" {
		f = append(f, "with role "+opts.role)
	}
	if len(f) == 0 {
		return " in the project"
	}
	return " " + strings.Join(f, " and ")
}

type documentsShowOptions struct {
	id   string
	json bool
}

func (o *documentsShowOptions) addFlags(cmd *cobra.Command) {
	addJSONFlag(cmd, &o.json, "the document, its attributes and turns")
}

func (o *documentsShowOptions) setArgs(args []string) error {
	o.id = args[0]
	return nil
}

func newDocumentsShowCmd(g *globals) *cobra.Command {
	return newCommand(g, &documentsShowOptions{}, &cobra.Command{
		Use:   "show ID",
		Short: "Show a document: its attributes and its turns, as stored (redacted when the project is)",
		Long: `Show one document as the project holds it: where it came from, its
attributes, and its turns with their speakers, positions (rune offsets, as
codings give them) and times. In a redacted project this is the redacted text.`,
		Example: `  groundwork documents show hf-02
  groundwork documents show hf-02 --json`,
		Args: exactArgs(1),
	}, runDocumentsShow)
}

// runDocumentsShow prints one document with its turns.
func runDocumentsShow(ctx context.Context, g *globals, opts *documentsShowOptions) error {
	return g.withSession(ctx, func(s *session) error {
		d, err := s.store.Document(ctx, opts.id)
		if errors.Is(err, corpus.ErrNotFound) {
			return fmt.Errorf("no document %s in this project: `groundwork documents list` lists the ids", opts.id)
		}
		if err != nil {
			return err
		}
		turns, err := s.store.Turns(ctx, d.ID)
		if err != nil {
			return err
		}
		out := newDocumentJSON(d)
		text := []rune(d.Text)
		for _, t := range turns {
			tj := turnJSON{Seq: t.Seq, Speaker: t.Speaker, Interviewer: t.Interviewer, Start: t.Start, End: t.End,
				Text: string(text[min(t.Start, len(text)):min(t.End, len(text))])}
			if t.HasTime {
				tj.Time = corpus.Clock(t.TimeStart)
			}
			out.Turns = append(out.Turns, tj)
		}
		return printResult(g, opts.json, out, func() { printDocument(g, out) })
	})
}

func printDocument(g *globals, d documentJSON) {
	w := g.io.Out
	fmt.Fprintf(w, "%s (%s, %s, %d words)\n", d.ID, d.Path, d.Format, d.Words)
	names := make([]string, 0, len(d.Attributes))
	for k := range d.Attributes {
		names = append(names, k)
	}
	corpus.SortAttributeNames(names)
	for _, k := range names {
		fmt.Fprintf(w, "  %s: %s\n", k, d.Attributes[k])
	}
	for _, t := range d.Turns {
		at := fmt.Sprintf("[%d-%d]", t.Start, t.End)
		if t.Time != "" {
			at = "[" + t.Time + "] " + at
		}
		fmt.Fprintf(w, "\n%s %s: %s\n", at, t.Speaker, t.Text)
	}
}

type documentsRemoveOptions struct {
	corpus.RemoveOptions
	ids  []string
	json bool
}

func (o *documentsRemoveOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.WithCodings, "with-codings", false, "also remove documents people coded or wrote memos on, with those codings and memos")
	f.BoolVar(&o.DryRun, "dry-run", false, "say what would be removed, changing nothing")
	f.StringVar(&o.By, "as", defaultCoder(), "who removes them, for the history (default $GROUNDWORK_CODER or your user name)")
	addJSONFlag(cmd, &o.json, "what was removed")
}

func (o *documentsRemoveOptions) setArgs(args []string) error {
	o.ids = args
	return nil
}

func newDocumentsRemoveCmd(g *globals) *cobra.Command {
	return newCommand(g, &documentsRemoveOptions{}, &cobra.Command{
		Use:   "remove ID... [--with-codings] [--dry-run]",
		Short: "Remove documents (ingested by mistake, or withdrawn) with their segments, suggestions and memos",
		Long: `Remove documents from the project: their text, turns and segments, the
suggestions on them, and their place in the search index, in one transaction.
A document people coded or wrote memos on is refused unless --with-codings,
which removes those codings and memos too. The history records the removal;
it cannot be undone (ingest the transcript again to bring it back), and earlier
changes to its codings can no longer be undone either. The transcript files
themselves are not touched.`,
		Example: `  groundwork documents remove sci-0042 --dry-run
  groundwork documents remove sci-0042 sci-0043
  groundwork documents remove hf-07 --with-codings`,
		Args: minArgs(1),
	}, runDocumentsRemove)
}

// runDocumentsRemove removes the documents named, or says what it would.
func runDocumentsRemove(ctx context.Context, g *globals, opts *documentsRemoveOptions) error {
	return g.withSession(ctx, func(s *session) error {
		r, err := s.store.RemoveDocuments(ctx, opts.ids, opts.RemoveOptions)
		if err != nil {
			return err
		}
		return printResult(g, opts.json, r, func() { printRemoval(g, r) })
	})
}

func printRemoval(g *globals, r *corpus.Removal) {
	verb := "Removed"
	if r.DryRun {
		verb = "Would remove"
	}
	fmt.Fprintf(g.io.Out, "%s %s (%s): %s people made, %s, %s\n", verb, count(len(r.Documents), "document"), strings.Join(r.Documents, ", "),
		count(r.PeoplesCodings, "coding"), count(r.Suggestions, "suggestion"), count(r.Memos, "memo"))
	if r.Sealed > 0 {
		g.io.Warnf("%s to their codings can no longer be undone", plural(r.Sealed, "earlier change", "earlier changes"))
	}
}
