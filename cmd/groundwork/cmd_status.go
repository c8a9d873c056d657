package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
)

func newStatusCmd(g *globals) *cobra.Command {
	return newCommand(g, &jsonOptions{what: "the counts"}, &cobra.Command{
		Use:   "status",
		Short: "Count documents, turns, segments and words; codings per coder",
		Long: `Print what the project holds: documents, turns, segments and words per
programme and role, codings per coder and status, and the attributes the
documents carry (what compare, saturation and codings show can group by
with --by) with how many documents carry each.`,
		Example: `  groundwork status
  groundwork status --json | jq .codings
  groundwork status --json | jq '.attributes[].name'`,
		Args: exactArgs(0),
	}, runStatus)
}

// runStatus counts what the project holds.
func runStatus(ctx context.Context, g *globals, opts *jsonOptions) error {
	return g.withSession(ctx, func(s *session) error {
		st, err := s.store.Status(ctx)
		if err != nil {
			return err
		}
		statusJSON := struct {
			Project string `json:"project"`
			Dir     string `json:"dir"`
			*corpus.Status
		}{s.proj.Config.Name, s.proj.Dir, st}
		return printResult(g, opts.json, statusJSON, func() { writeStatus(g, s.proj, st) })
	})
}

// writeStatus prints the counts as tables.
func writeStatus(g *globals, p *corpus.Project, st *corpus.Status) {
	out := g.io.Out
	fmt.Fprintf(out, "Project %s (%s)\n\n", p.Config.Name, p.Dir)
	if st.Documents == 0 {
		fmt.Fprintln(out, "No documents yet. Add some with `groundwork ingest FILES...`.")
		return
	}
	tw := newTable(out)
	fmt.Fprintln(tw, "programme\trole\tdocuments\tturns\tsegments\twords\t")
	for _, gr := range st.Groups {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t\n", orDash(gr.Programme), orDash(gr.Role), gr.Documents, gr.Turns, gr.Segments, gr.Words)
	}
	fmt.Fprintf(tw, "total\t\t%d\t%d\t%d\t%d\t\n", st.Documents, st.Turns, st.Segments, st.Words)
	tw.Flush()
	fmt.Fprintln(out)
	if len(st.Codings) == 0 {
		fmt.Fprintln(out, "No codings yet. Suggest some with `groundwork code auto`.")
	} else {
		tw = newTable(out)
		fmt.Fprintln(tw, "coder\tstatus\tcodings\t")
		for _, c := range st.Codings {
			fmt.Fprintf(tw, "%s\t%s\t%d\t\n", c.Coder, c.Status, c.Count)
		}
		tw.Flush()
	}
	writeAttributes(out, st.Attributes)
	if st.Orphans > 0 {
		fmt.Fprintf(out, "\n%s %s a person (see `groundwork codings orphans`).\n", count(st.Orphans, "orphaned coding"), agree(st.Orphans, "needs", "need"))
	}
}

// writeAttributes lists the attributes the documents carry, with how
// many carry each: what --by can group by.
func writeAttributes(out io.Writer, attrs []corpus.AttributeCount) {
	fmt.Fprintln(out)
	if len(attrs) == 0 {
		fmt.Fprintln(out, "No document carries an attribute (programme, role...): give them in the transcripts' front matter or a manifest.")
		return
	}
	parts := make([]string, len(attrs))
	for i, a := range attrs {
		parts[i] = fmt.Sprintf("%s %d", a.Name, a.Documents)
	}
	fmt.Fprintf(out, "Attributes, with the documents that carry each (--by groups by one): %s\n", strings.Join(parts, ", "))
}
