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
	addOutputFlag(cmd, &o.out)
}

func newCodingsExportCmd(g *globals) *cobra.Command {
	return newCommand(g, &codingsExportOptions{}, &cobra.Command{
		Use:   "export",
		Short: "Write codings as CSV or JSON",
		Long: `Write one row per coding with the columns
document, programme, role, speaker, start, end, code, coder, status, rule,
confidence, quote. start and end are rune (Unicode code point) offsets into
the document's canonical text, and quote is exactly that span of it;
confidence is a learned suggestion's, in [0,1] (empty for other codings).`,
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
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		if err := g.warnPrivacy(ctx, s); err != nil {
			return err
		}
		if err := s.store.CheckCoders(ctx, opts.sel.Coders); err != nil {
			return err
		}
		snap, err := s.store.Snapshot(ctx) // the export streams from the store
		if err != nil {
			return err
		}
		defer snap.Close()
		keep, err := keepCodes(cb, opts.codes)
		if err != nil {
			return err
		}
		// Streamed one chunk of documents at a time: an export of a large
		// project must not hold all its codings.
		return writeOutput(g, opts.out, func(w io.Writer) error {
			return reports.StreamCodings(ctx, w, snap, opts.sel, keep, opts.format)
		})
	})
}

// keepCodes keeps the codings of the codes named and the codes below them
// (nil, keeping every coding, when none is named).
func keepCodes(cb *codebook.Codebook, ids []string) (func(corpus.CodingRef) bool, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	codes := map[string]bool{}
	for _, id := range ids {
		if _, ok := cb.Code(id); !ok {
			return nil, fmt.Errorf("--code %s: no such code in %s", id, cb.File)
		}
		for _, c := range cb.WithDescendants(id) {
			codes[c] = true
		}
	}
	return func(c corpus.CodingRef) bool { return codes[c.Code] }, nil
}

// addOutputFlag declares -o/--output, the file that writeOutput writes a
// command's output to instead of standard output.
func addOutputFlag(cmd *cobra.Command, path *string) {
	cmd.Flags().StringVarP(path, "output", "o", "", "write to `FILE` instead of standard output")
}

// writeOutput writes to a file (atomically) or to standard output.
func writeOutput(g *globals, path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(g.io.Out)
	}
	return corpus.WriteFileWith(path, 0o644, fn)
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
