package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/safecsv"
)

type codingsShowOptions struct {
	analysis.RetrieveOptions
	and, not []string
	include  []string
	format   string
	out      string
}

func (o *codingsShowOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringSliceVar(&o.Codes, "code", nil, "the code `ID` (repeatable)")
	f.StringSliceVar(&o.and, "and", nil, "only passages that this code `ID` also covers")
	f.StringSliceVar(&o.not, "not", nil, "only passages that this code `ID` does not cover")
	f.StringVar(&o.By, "by", "", "group by this document `ATTR`ibute (default programme)")
	f.StringSliceVar(&o.Coders, "coder", nil, "only this coder's codings (repeatable)")
	f.StringSliceVar(&o.Statuses, "status", nil, "only codings with exactly this status: accepted, suggested, rejected (repeatable; replaces the default)")
	f.StringSliceVar(&o.include, "include", nil, "also show `suggested`: pending suggestions beside people's codings")
	f.StringVar(&o.format, "format", "md", "md, csv or json")
	addOutputFlag(cmd, &o.out)
}

func newCodingsShowCmd(g *globals) *cobra.Command {
	return newCommand(g, &codingsShowOptions{}, &cobra.Command{
		Use:   "show --code ID [--code ID2] [--and ID | --not ID] [--by ATTR]",
		Short: "Every passage of a code, grouped by programme, with context: for constant comparison",
		Long: `Print every passage coded with a code (or a code below it), grouped by
programme (or --by any attribute), each with the interview, the speaker and
role, the coder, and one sentence of context on either side. Several --code
print their passages one code after another. As the report counts: the
codings people made or accepted (the pending suggestions, as a draft, while
nobody has reviewed anything); --include suggested adds the pending
suggestions, --status shows exactly the statuses named. --and B keeps the passages of
the code that a passage of B (or of a code below B) overlaps, --not B those
that none does. --format md is for reading and
papers, csv for spreadsheets (its first column is the coding id, which
codebook split --codings takes), json for scripts.`,
		Example: `  groundwork codings show --code isolation.reduced
  groundwork codings show --code matching.mismatch --by role --format md -o mismatch.md
  groundwork codings show --code boundaries --and organisational.supervision
  groundwork codings show --code isolation --not benefits.psychosocial --format csv`,
		Args: exactArgs(0),
	}, runCodingsShow)
}

func runCodingsShow(ctx context.Context, g *globals, o *codingsShowOptions) error {
	if len(o.Codes) == 0 {
		return &usageError{cmd: "groundwork codings show", err: fmt.Errorf("--code ID is required")}
	}
	switch {
	case len(o.and) > 0 && len(o.not) > 0:
		return &usageError{cmd: "groundwork codings show", err: fmt.Errorf("--and and --not exclude each other")}
	case len(o.and) > 0:
		o.Combine, o.Codes = analysis.Both, append(o.Codes[:1], o.and...)
	case len(o.not) > 0:
		o.Combine, o.Codes = analysis.Without, append(o.Codes[:1], o.not...)
	}
	if o.format != "md" && o.format != "csv" && o.format != "json" {
		return &usageError{cmd: "groundwork codings show", err: fmt.Errorf("--format %q: use md, csv or json", o.format)}
	}
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		for _, c := range o.Codes {
			if _, ok := cb.Code(c); !ok {
				return &usageError{cmd: "groundwork codings show", err: unknownCodeError(ctx, s.store, cb, c)}
			}
		}
		if err := s.store.CheckCoders(ctx, o.Coders); err != nil {
			return err
		}
		if err := checkGroupedBy(ctx, s, o.By); err != nil {
			return err
		}
		o.Codebook = cb // a code's passages include those of the codes below it
		r, err := retrievePassages(ctx, g, s.store, o)
		if err != nil {
			return err
		}
		return writeOutput(g, o.out, func(w io.Writer) error {
			switch o.format {
			case "json":
				r.Groups = orEmpty(r.Groups)
				return printJSON(w, r)
			case "csv":
				return writePassagesCSV(w, r)
			}
			label := func(id string) string {
				if c, ok := cb.Code(id); ok && c.Label != "" {
					return c.Label
				}
				return id
			}
			return writePassagesMD(w, r, label)
		})
	})
}

// retrievePassages reads the passages asked for. By default they are those
// the report counts: people's codings, or the pending suggestions as a
// draft while nobody has reviewed any; it says on stderr what it leaves out.
func retrievePassages(ctx context.Context, g *globals, st *corpus.Store, o *codingsShowOptions) (*analysis.Retrieved, error) {
	suggestions, err := includesSuggestions(o.include, o.Statuses)
	if err != nil {
		return nil, err
	}
	switch {
	case len(o.Statuses) > 0:
		return analysis.Retrieve(ctx, st, o.RetrieveOptions)
	case suggestions:
		o.Statuses = []string{corpus.StatusAccepted, corpus.StatusSuggested}
		return analysis.Retrieve(ctx, st, o.RetrieveOptions)
	}
	people, err := st.People(ctx)
	if err != nil {
		return nil, err
	}
	if len(people) == 0 {
		g.io.Warnf("nobody has reviewed any codings yet: showing the pending suggestions (a draft)")
		o.Statuses = []string{corpus.StatusSuggested}
		return analysis.Retrieve(ctx, st, o.RetrieveOptions)
	}
	pending := o.RetrieveOptions
	pending.Statuses = []string{corpus.StatusSuggested}
	left, err := analysis.Retrieve(ctx, st, pending)
	if err != nil {
		return nil, err
	}
	if left.Total > 0 {
		g.io.Warnf("%s not shown (--include suggested shows them)", count(left.Total, "pending suggestion"))
	}
	o.Statuses = []string{corpus.StatusAccepted}
	return analysis.Retrieve(ctx, st, o.RetrieveOptions)
}

// checkGroupedBy refuses --by an attribute no document carries, which
// would put every passage in one group of none; without --by the passages
// are grouped by programme, whether the documents carry it or not.
func checkGroupedBy(ctx context.Context, s *session, by string) error {
	if by == "" {
		return nil
	}
	have, err := s.store.AttributeCounts(ctx)
	if err != nil {
		return err
	}
	return analysis.CheckAttribute(by, have)
}

func writePassagesMD(w io.Writer, r *analysis.Retrieved, label func(string) string) error {
	var names []string
	for _, c := range r.Codes {
		names = append(names, label(c))
	}
	title := strings.Join(names, ", ")
	switch r.Combine {
	case analysis.Both:
		title = names[0] + " with " + strings.Join(names[1:], " and ")
	case analysis.Without:
		title = names[0] + " without " + strings.Join(names[1:], " or ")
	}
	fmt.Fprintf(w, "# %s\n\n%s, by %s.\n", title, plural(r.Total, "passage", "passages"), r.By)
	for _, gr := range r.Groups {
		v := gr.Value
		if v == "" {
			v = "(no " + r.By + ")"
		}
		fmt.Fprintf(w, "\n## %s (%d)\n", v, len(gr.Passages))
		for _, p := range gr.Passages {
			fmt.Fprintf(w, "\n> %s\n>\n> — %s, %s, %s (coding %d: %s by %s, %s)\n",
				inContext(p.Before, p.Text, p.After), orDash(p.Speaker), orDash(p.Role), p.Document,
				p.Coding, label(p.Code), p.Coder, p.Status)
		}
	}
	return nil
}

// inContext is a passage in bold between the sentences around it, on one
// line.
func inContext(before, text, after string) string {
	var b strings.Builder
	if f := strings.Join(strings.Fields(before), " "); f != "" {
		b.WriteString(f + " ")
	}
	b.WriteString("**" + strings.Join(strings.Fields(text), " ") + "**")
	if f := strings.Join(strings.Fields(after), " "); f != "" {
		b.WriteString(" " + f)
	}
	return b.String()
}

func writePassagesCSV(w io.Writer, r *analysis.Retrieved) error {
	cw := safecsv.NewWriter(w)
	cw.Write([]string{"coding", "code", r.By, "document", "role", "speaker", "coder", "status", "start", "end", "before", "quote", "after"})
	for _, gr := range r.Groups {
		for _, p := range gr.Passages {
			cw.Write([]string{strconv.FormatInt(p.Coding, 10), p.Code, gr.Value, p.Document, p.Role, p.Speaker, p.Coder, p.Status,
				strconv.Itoa(p.Start), strconv.Itoa(p.End), p.Before, p.Text, p.After})
		}
	}
	cw.Flush()
	return cw.Error()
}

type codingsRestoreOptions struct {
	ids []int64
	as  string
}

func (o *codingsRestoreOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.as, "as", defaultCoder(), "who restores them, for the history")
}

func (o *codingsRestoreOptions) setArgs(args []string) error {
	for _, a := range args {
		id, err := strconv.ParseInt(strings.TrimPrefix(a, "#"), 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a coding id", a)
		}
		o.ids = append(o.ids, id)
	}
	return nil
}

func newCodingsRestoreCmd(g *globals) *cobra.Command {
	return newCommand(g, &codingsRestoreOptions{}, &cobra.Command{
		Use:   "restore ID...",
		Short: "Put rejected suggestions back among the pending ones",
		Long: `Give rejected suggestions (of the rules or the learned suggester) back their
pending status, to be reviewed again. A coding's id is the first column of
codings show --format csv (--status rejected lists the rejected ones).`,
		Example: `  groundwork codings restore 4812
  groundwork codings show --code isolation --status rejected --format csv   # the ids
  groundwork codings restore 4812 4813 --as alice`,
		Args: minArgs(1),
	}, runCodingsRestore)
}

func runCodingsRestore(ctx context.Context, g *globals, o *codingsRestoreOptions) error {
	return g.withSession(ctx, func(s *session) error {
		if err := s.store.Tx(ctx, func(tx *corpus.Tx) error { return restoreSuggestions(tx, o) }); err != nil {
			return err
		}
		fmt.Fprintf(g.io.Out, "Restored %s to pending.\n", plural(len(o.ids), "suggestion", "suggestions"))
		return nil
	})
}

// restoreSuggestions gives the rejected suggestions o names back their
// pending status, refusing ids of anything else.
func restoreSuggestions(tx *corpus.Tx, o *codingsRestoreOptions) error {
	tx.Record(o.as, "restore", fmt.Sprintf("restored %s", plural(len(o.ids), "rejected suggestion", "rejected suggestions")))
	cs, err := tx.Codings(corpus.CodingFilter{IDs: o.ids, Statuses: []string{corpus.StatusRejected}})
	if err != nil {
		return err
	}
	if len(cs) != len(o.ids) {
		return fmt.Errorf("%s given, %d of them rejected suggestions: give only ids of rejected suggestions (`groundwork codings show --code CODE --status rejected --format csv` lists a code's, the id first)",
			plural(len(o.ids), "coding", "codings"), len(cs))
	}
	for _, c := range cs {
		if !corpus.IsSuggester(c.Coder) {
			return fmt.Errorf("coding %d is %s's, not a suggestion", c.ID, c.Coder)
		}
		c.Status = corpus.StatusSuggested
		if err := tx.UpdateCoding(c); err != nil {
			return err
		}
	}
	return nil
}
