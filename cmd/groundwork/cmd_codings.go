package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reports"
)

func newCodingsCmd(g *globals) *cobra.Command {
	return parentCmd("codings", "Export, explain and manage codings",
		newCodingsExportCmd(g), newCodingsExplainCmd(g), newCodingsSheetCmd(g), newCodingsImportCmd(g),
		newCodingsBulkCmd(g, true), newCodingsBulkCmd(g, false), newCodingsReviewCmd(g), newCodingsOrphansCmd(g),
		newCodingsShowCmd(g), newCodingsRestoreCmd(g))
}

type codingsExportOptions struct {
	sel    analysis.Selection
	codes  []string
	format string
	out    string
}

func (o *codingsExportOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringSliceVar(&o.sel.Coders, "coder", nil, "only this coder's codings (repeatable)")
	f.StringSliceVar(&o.sel.Statuses, "status", nil, "only codings with this status (repeatable; default accepted and suggested)")
	f.StringSliceVar(&o.codes, "code", nil, "only this code `ID` and its children (repeatable)")
	f.StringVar(&o.format, "format", "csv", "csv or json")
	f.StringVarP(&o.out, "output", "o", "", "write to `FILE` instead of standard output")
}

func newCodingsExportCmd(g *globals) *cobra.Command {
	return newCommand(g, &codingsExportOptions{}, &cobra.Command{
		Use:   "export",
		Short: "Write codings as CSV or JSON",
		Long: `Write one row per coding with the columns
document, programme, role, speaker, start, end, code, coder, status, rule, quote.
start and end are rune (Unicode code point) offsets into the document's
canonical text, and quote is exactly that span of it.`,
		Example: `  groundwork codings export -o codings.csv
  groundwork codings export --coder alice --status accepted --format json`,
		Args: exactArgs(0),
	}, runCodingsExport)
}

func runCodingsExport(ctx context.Context, g *globals, opts *codingsExportOptions) error {
	if opts.format != "csv" && opts.format != "json" {
		return fmt.Errorf("unknown --format %q; use csv or json", opts.format)
	}
	if err := checkStatuses(opts.sel.Statuses); err != nil {
		return err
	}
	s, cb, err := g.openWithCodebook(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	snap, err := s.store.Snapshot(ctx) // the export streams from the store
	if err != nil {
		return err
	}
	defer snap.Close()
	ds, err := analysis.Load(ctx, snap, cb, opts.sel)
	if err != nil {
		return err
	}
	if len(opts.codes) > 0 {
		keep := map[string]bool{}
		for _, id := range opts.codes {
			if _, ok := cb.Code(id); !ok {
				return fmt.Errorf("--code %s: no such code in %s", id, cb.File)
			}
			keep[id] = true
			for _, d := range cb.Descendants(id) {
				keep[d.ID] = true
			}
		}
		var kept []corpus.CodingRef
		for _, c := range ds.Codings {
			if keep[c.Code] {
				kept = append(kept, c)
			}
		}
		ds.Codings = kept
	}
	return writeOutput(g, opts.out, func(w io.Writer) error { return reports.WriteCodings(ctx, w, ds, opts.format) })
}

// writeOutput writes to a file (atomically) or to standard output.
func writeOutput(g *globals, path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(g.io.Out)
	}
	return corpus.WriteFileWith(path, 0o644, fn)
}

// codingsExplainOptions name the segment to explain: DOC#N or DOC:START.
type codingsExplainOptions struct {
	ref string
}

// addFlags declares nothing: explain takes only the segment.
func (o *codingsExplainOptions) addFlags(*cobra.Command) {}

func (o *codingsExplainOptions) setArgs(args []string) error {
	o.ref = args[0]
	return nil
}

func newCodingsExplainCmd(g *globals) *cobra.Command {
	return newCommand(g, &codingsExplainOptions{}, &cobra.Command{
		Use:   "explain SEGMENT|DOC:START",
		Short: "Show which rules fire on a segment, and why",
		Long: `Show the segment (DOC#N, as search and exports print it, or DOC:START, a rune
offset inside it), every rule that fires on it with the words that fired it,
and the codings stored on it.`,
		Example: `  groundwork codings explain hf-02#4
  groundwork codings explain hf-02:1375`,
		Args: exactArgs(1),
	}, runCodingsExplain)
}

func runCodingsExplain(ctx context.Context, g *globals, opts *codingsExplainOptions) error {
	s, cb, err := g.openWithCodebook(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	seg, err := findSegment(ctx, s.store, opts.ref)
	if err != nil {
		return err
	}
	doc, err := s.store.Document(ctx, seg.DocID)
	if err != nil {
		return err
	}
	speaker := ""
	if turns, err := s.store.Turns(ctx, seg.DocID); err == nil && seg.TurnSeq >= 1 && seg.TurnSeq <= len(turns) {
		speaker = turns[seg.TurnSeq-1].Speaker
	}
	out := g.io.Out
	fmt.Fprintf(out, "%s  [%d,%d)  %s · %s · %s\n", seg.Key(), seg.Start, seg.End, orDash(doc.Attr("programme")), orDash(doc.Attr("role")), orDash(speaker))
	fmt.Fprintf(out, "  %s\n\n", clip(seg.Text, 400))
	m, err := codebook.Compile(cb)
	if err != nil {
		return err
	}
	hits := m.Match(codebook.Input{Text: seg.Text, Role: doc.Attr("role"), Speaker: speaker})
	if len(hits) == 0 {
		fmt.Fprintln(out, "No rule fires on this segment.")
	} else {
		fmt.Fprintln(out, "Rules that fire:")
		for _, h := range hits {
			fmt.Fprintf(out, "  %s\n", codebook.Explain(h))
		}
	}
	if q := m.QueryRules(); len(q) > 0 {
		fmt.Fprintf(out, "(%d query rules are run against the search index by `code auto`, not shown here.)\n", len(q))
	}
	codings, err := s.store.Codings(ctx, corpus.CodingFilter{DocIDs: []string{seg.DocID}})
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "\nCodings stored on it:")
	n := 0
	for _, c := range codings {
		if c.Start < seg.End && seg.Start < c.End {
			n++
			fmt.Fprintf(out, "  %s  by %s, %s (%s)", c.Code, c.Coder, c.Status, c.Origin)
			if c.Rule != "" {
				fmt.Fprintf(out, ": rule %s on %s", c.Rule, c.Evidence)
			}
			fmt.Fprintln(out)
		}
	}
	if n == 0 {
		fmt.Fprintln(out, "  none")
	}
	return nil
}

// findSegment resolves DOC#N or DOC:START.
func findSegment(ctx context.Context, st *corpus.Store, ref string) (*corpus.Segment, error) {
	if doc, seq, ok := corpus.ParseSegmentKey(ref); ok {
		return st.Segment(ctx, doc, seq)
	}
	if i := strings.LastIndexByte(ref, ':'); i > 0 {
		if pos, err := strconv.Atoi(ref[i+1:]); err == nil {
			seg, err := st.SegmentAt(ctx, ref[:i], pos)
			if errors.Is(err, corpus.ErrNotFound) {
				if _, derr := st.Document(ctx, ref[:i]); derr != nil {
					return nil, derr
				}
			}
			return seg, err
		}
	}
	return nil, fmt.Errorf("%q is not a segment: write DOC#N (e.g. hf-02#4) or DOC:START (a rune offset, e.g. hf-02:1375)", ref)
}
