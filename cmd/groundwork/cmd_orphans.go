package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
)

func newCodingsOrphansCmd(g *globals) *cobra.Command {
	var place, drop string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "orphans [--place ID=DOC:START-END | --drop ID]",
		Short: "List codings a transcript edit left without a place, and re-place or drop them",
		Long: `When a changed transcript is re-ingested, each coding moves to where its quote
now is; a coding whose quote cannot be found (at least 80% similar, within the
turns it was in, never in an interviewer's turn) is kept as an orphan with its
old quote, never silently lost. List them, then re-place one on
a span of the new text (rune offsets) or drop it.`,
		Example: `  groundwork codings orphans
  groundwork codings orphans --place 42=hf-02:1310-1392
  groundwork codings orphans --drop 42`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			s, err := g.open(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			switch {
			case drop != "":
				c, err := orphan(cmd, s, drop)
				if err != nil {
					return err
				}
				if err := s.store.Tx(ctx, func(tx *corpus.Tx) error { return tx.DeleteCoding(c.ID) }); err != nil {
					return err
				}
				fmt.Fprintf(g.io.Out, "Dropped orphaned coding %d (%s by %s)\n", c.ID, c.Code, c.Coder)
				return nil
			case place != "":
				id, span, ok := strings.Cut(place, "=")
				doc, rng, ok2 := strings.Cut(span, ":")
				from, to, ok3 := strings.Cut(rng, "-")
				start, err1 := strconv.Atoi(from)
				end, err2 := strconv.Atoi(to)
				if !ok || !ok2 || !ok3 || err1 != nil || err2 != nil {
					return fmt.Errorf("--place %q: write ID=DOC:START-END, e.g. 42=hf-02:1310-1392", place)
				}
				c, err := orphan(cmd, s, id)
				if err != nil {
					return err
				}
				d, err := s.store.Document(ctx, doc)
				if err != nil {
					return err
				}
				runes := []rune(d.Text)
				if start < 0 || end > len(runes) || start >= end {
					return fmt.Errorf("--place: [%d,%d) is not a span of %s (0 to %d)", start, end, doc, len(runes))
				}
				c.DocID, c.Start, c.End, c.Quote, c.Orphan = doc, start, end, string(runes[start:end]), false
				if err := s.store.Tx(ctx, func(tx *corpus.Tx) error { return tx.UpdateCoding(c) }); err != nil {
					return err
				}
				fmt.Fprintf(g.io.Out, "Placed coding %d on %s [%d,%d): %q\n", c.ID, doc, start, end, clip(c.Quote, 80))
				return nil
			}
			orphans, err := s.store.Codings(ctx, corpus.CodingFilter{Orphans: true})
			if err != nil {
				return err
			}
			if asJSON {
				if orphans == nil {
					orphans = []*corpus.Coding{}
				}
				return printJSON(g.io.Out, orphans)
			}
			if len(orphans) == 0 {
				fmt.Fprintln(g.io.Out, "No orphaned codings.")
			}
			for _, c := range orphans {
				fmt.Fprintf(g.io.Out, "%d  %s  %s by %s (%s), was [%d,%d)\n  %q\n", c.ID, c.DocID, c.Code, c.Coder, c.Status, c.Start, c.End, clip(c.Quote, 200))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&place, "place", "", "re-place orphan `ID=DOC:START-END` (rune offsets)")
	cmd.Flags().StringVar(&drop, "drop", "", "drop orphan `ID`")
	cmd.Flags().BoolVar(&asJSON, "json", false, "list orphans as JSON")
	return cmd
}

func orphan(cmd *cobra.Command, s *session, id string) (*corpus.Coding, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%q is not a coding id", id)
	}
	c, err := s.store.Coding(cmd.Context(), n)
	if err != nil {
		return nil, err
	}
	if !c.Orphan {
		return nil, fmt.Errorf("coding %d is not an orphan", n)
	}
	return c, nil
}
