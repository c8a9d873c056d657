package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
)

type orphansOptions struct {
	place string // ID=DOC:START-END
	drop  string // ID
	json  bool
}

func (o *orphansOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.place, "place", "", "re-place orphan `ID=DOC:START-END` (rune offsets)")
	cmd.Flags().StringVar(&o.drop, "drop", "", "drop orphan `ID`")
	cmd.Flags().BoolVar(&o.json, "json", false, "list orphans as JSON")
}

func newCodingsOrphansCmd(g *globals) *cobra.Command {
	return newCommand(g, &orphansOptions{}, &cobra.Command{
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
	}, runOrphans)
}

// runOrphans drops or re-places an orphaned coding, or lists them.
func runOrphans(ctx context.Context, g *globals, opts *orphansOptions) error {
	return g.withSession(ctx, func(s *session) error {
		switch {
		case opts.drop != "":
			return dropOrphan(ctx, g, s, opts.drop)
		case opts.place != "":
			return placeOrphan(ctx, g, s, opts.place)
		}
		return listOrphans(ctx, g, s, opts.json)
	})
}

func dropOrphan(ctx context.Context, g *globals, s *session, id string) error {
	c, err := orphan(ctx, s, id)
	if err != nil {
		return err
	}
	if err := s.store.Tx(ctx, func(tx *corpus.Tx) error {
		tx.Record(defaultCoder(), "drop orphan", fmt.Sprintf("dropped orphaned coding %d (%s)", c.ID, c.Code))
		return tx.DeleteCoding(c.ID)
	}); err != nil {
		return err
	}
	fmt.Fprintf(g.io.Out, "Dropped orphaned coding %d (%s by %s)\n", c.ID, c.Code, c.Coder)
	return nil
}

// orphanPlace is where --place puts an orphan: a span of a document's text.
type orphanPlace struct {
	id         string
	doc        string
	start, end int // rune offsets
}

// parsePlace reads --place ID=DOC:START-END.
func parsePlace(place string) (orphanPlace, error) {
	id, span, ok := strings.Cut(place, "=")
	doc, rng, ok2 := strings.Cut(span, ":")
	from, to, ok3 := strings.Cut(rng, "-")
	start, err1 := strconv.Atoi(from)
	end, err2 := strconv.Atoi(to)
	if !ok || !ok2 || !ok3 || err1 != nil || err2 != nil {
		return orphanPlace{}, fmt.Errorf("--place %q: write ID=DOC:START-END, e.g. 42=hf-02:1310-1392", place)
	}
	return orphanPlace{id: id, doc: doc, start: start, end: end}, nil
}

func placeOrphan(ctx context.Context, g *globals, s *session, place string) error {
	at, err := parsePlace(place)
	if err != nil {
		return err
	}
	c, err := orphan(ctx, s, at.id)
	if err != nil {
		return err
	}
	d, err := s.store.Document(ctx, at.doc)
	if err != nil {
		return err
	}
	runes := []rune(d.Text)
	if at.start < 0 || at.end > len(runes) || at.start >= at.end {
		return fmt.Errorf("--place: [%d,%d) is not a span of %s (0 to %d)", at.start, at.end, at.doc, len(runes))
	}
	c.DocID, c.Start, c.End, c.Quote, c.Orphan = at.doc, at.start, at.end, string(runes[at.start:at.end]), false
	if err := s.store.Tx(ctx, func(tx *corpus.Tx) error {
		tx.Record(defaultCoder(), "place orphan", fmt.Sprintf("placed orphaned coding %d (%s) on %s", c.ID, c.Code, c.DocID))
		return tx.UpdateCoding(c)
	}); err != nil {
		return err
	}
	fmt.Fprintf(g.io.Out, "Placed coding %d on %s [%d,%d): %q\n", c.ID, at.doc, at.start, at.end, clip(c.Quote, 80))
	return nil
}

func listOrphans(ctx context.Context, g *globals, s *session, asJSON bool) error {
	orphans, err := s.store.Codings(ctx, corpus.CodingFilter{Orphans: true})
	if err != nil {
		return err
	}
	return printList(g, orphans, asJSON, "No orphaned codings.", func(c *corpus.Coding) string {
		return fmt.Sprintf("%d  %s  %s by %s (%s), was [%d,%d)\n  %q", c.ID, c.DocID, c.Code, c.Coder, c.Status, c.Start, c.End, clip(c.Quote, 200))
	})
}

func orphan(ctx context.Context, s *session, id string) (*corpus.Coding, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%q is not a coding id", id)
	}
	c, err := s.store.Coding(ctx, n)
	if err != nil {
		return nil, err
	}
	if !c.Orphan {
		return nil, fmt.Errorf("coding %d is not an orphan", n)
	}
	return c, nil
}
