package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/reports"
)

// defaultCoder is the person running the command: $GROUNDWORK_CODER, else
// the login name.
func defaultCoder() string {
	if c := os.Getenv("GROUNDWORK_CODER"); c != "" {
		return c
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "coder"
}

func newCodingsSheetCmd(g *globals) *cobra.Command {
	var opts reports.SheetOptions
	var out string
	cmd := &cobra.Command{
		Use:   "sheet --coder NAME -o FILE.xlsx|FILE.csv",
		Short: "Write a coding sheet for a coder to fill in",
		Long: `Write a coding sheet: one row per participant segment (segment id, document,
programme, role, speaker, text) and a "codes" column to fill with code ids,
several separated by ";". The XLSX form has the codebook on a second sheet with
definitions, and a drop-down of code ids. Read it back with ` + "`groundwork codings import`" + `.`,
		Example: `  groundwork codings sheet --coder alice -o alice.xlsx
  groundwork codings sheet --coder bob --documents hf-01,hf-02 -o bob.csv`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if out == "" {
				return &usageError{cmd: cmd.CommandPath(), err: fmt.Errorf("-o FILE.xlsx or FILE.csv is required")}
			}
			opts.Format = strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
			s, cb, err := g.openWithCodebook(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			var n int
			err = writeOutput(g, out, func(w io.Writer) error {
				var err error
				n, err = reports.WriteCodingSheet(ctx, w, s.store, cb, opts)
				return err
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(g.io.Out, "Wrote %s: %d segments for %s to code\n", out, n, opts.Coder)
			return nil
		},
	}
	cmd.Flags().StringVar(&opts.Coder, "coder", defaultCoder(), "who the sheet is for")
	cmd.Flags().StringSliceVar(&opts.Documents, "documents", nil, "only these document ids (comma-separated)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "the sheet to write: FILE.xlsx or FILE.csv")
	return cmd
}

func newCodingsImportCmd(g *globals) *cobra.Command {
	var coder string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "import FILE --coder NAME",
		Short: "Read codings from a coding sheet, quotes, or an adjudicated sheet",
		Long: `Read codings made by a coder from:

  a coding sheet      as written by ` + "`groundwork codings sheet`" + `, with the codes column filled
  quotes (CSV/XLSX)   document, quote, code [, occurrence | start, end]: codings made in any tool
  an adjudicated      the disagreements sheet of ` + "`groundwork agree --disagreements`" + ` with its
  disagreements sheet consensus column filled yes/no (import it as --coder consensus)

Every row is checked first. Unknown codes, unknown segments or documents, quotes
that are not found and a sheet made for another project are reported by row and
cell, and then nothing is imported. Importing the same rows again adds nothing.`,
		Example: `  groundwork codings import alice.xlsx --coder alice
  groundwork codings import nvivo-quotes.csv --coder bob
  groundwork codings import adjudicated.csv --coder consensus`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			s, cb, err := g.openWithCodebook(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			rep, err := ingest.ImportCodings(ctx, s.store, cb, args[0], coder)
			if err != nil {
				return err
			}
			if asJSON {
				return printJSON(g.io.Out, rep)
			}
			fmt.Fprintf(g.io.Out, "Imported %s for %s: %d codings added, %d already there\n", rep.Kind, coder, rep.Added, rep.Existing)
			return nil
		},
	}
	cmd.Flags().StringVar(&coder, "coder", "", "whose codings these are (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print what was imported as JSON")
	return cmd
}

type reviewFilter struct {
	code, document, rule string
	reviewer             string
}

func (f *reviewFilter) addFlags(cmd *cobra.Command, codeRequired bool) {
	usage := "only suggestions of this code `ID` (and its children)"
	if codeRequired {
		usage = "the code `ID` whose suggestions to settle (and its children)"
	}
	cmd.Flags().StringVar(&f.code, "code", "", usage)
	cmd.Flags().StringVar(&f.document, "document", "", "only this document")
	cmd.Flags().StringVar(&f.rule, "rule", "", "only suggestions made by this rule id")
	cmd.Flags().StringVar(&f.reviewer, "coder", defaultCoder(), "the reviewer, whose codings accepted suggestions become")
}

func (f *reviewFilter) suggestions(ctx context.Context, st *corpus.Store, cb *codebook.Codebook) ([]*corpus.Coding, error) {
	cf := corpus.CodingFilter{Coders: []string{corpus.AutoCoder}, Statuses: []string{corpus.StatusSuggested}}
	if f.code != "" {
		if _, ok := cb.Code(f.code); !ok {
			return nil, fmt.Errorf("--code %s: no such code in %s", f.code, cb.File)
		}
		cf.Codes = []string{f.code}
		for _, d := range cb.Descendants(f.code) {
			cf.Codes = append(cf.Codes, d.ID)
		}
	}
	if f.document != "" {
		if _, err := st.Document(ctx, f.document); err != nil {
			return nil, err
		}
		cf.DocIDs = []string{f.document}
	}
	if f.rule != "" {
		cf.Rules = []string{f.rule}
	}
	return st.Codings(ctx, cf)
}

func newCodingsBulkCmd(g *globals, accept bool) *cobra.Command {
	f := &reviewFilter{}
	verb, does := "reject", "Reject suggestions in bulk (remembered: the rules will not make them again)"
	if accept {
		verb, does = "accept", "Accept suggestions in bulk: they become the reviewer's codings"
	}
	cmd := &cobra.Command{
		Use:     verb + " --code ID [--document D] [--rule R]",
		Short:   does,
		Example: fmt.Sprintf("  groundwork codings %s --code isolation.reduced --document cp-03\n  groundwork codings %s --code boundaries --rule boundaries.personal_contact/after-hours", verb, verb),
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.code == "" {
				return &usageError{cmd: cmd.CommandPath(), err: fmt.Errorf("--code is required, so that a bulk %s is deliberate", verb)}
			}
			ctx := cmd.Context()
			s, cb, err := g.openWithCodebook(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			todo, err := f.suggestions(ctx, s.store, cb)
			if err != nil {
				return err
			}
			err = s.store.Tx(ctx, func(tx *corpus.Tx) error {
				for _, c := range todo {
					var err error
					if accept {
						_, err = tx.Accept(c, f.reviewer)
					} else {
						err = tx.Reject(c)
					}
					if err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(g.io.Out, "%sed %d suggestions\n", strings.TrimSuffix(strings.ToUpper(verb[:1])+verb[1:], "e"), len(todo))
			return nil
		},
	}
	f.addFlags(cmd, true)
	return cmd
}

func newCodingsReviewCmd(g *globals) *cobra.Command {
	f := &reviewFilter{}
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Walk the auto-coder's suggestions one at a time in the terminal",
		Long: `Show each pending suggestion with its segment, the rule that fired and the
code's definition, and settle it: a accept (it becomes your coding), r reject
(remembered), c recode (reject, and give the passage another code), s skip,
q quit. Each answer is saved at once, so quitting keeps what you did.`,
		Example: `  groundwork codings review
  groundwork codings review --code matching --coder alice`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReview(cmd.Context(), g, f)
		},
	}
	f.addFlags(cmd, false)
	return cmd
}

func runReview(ctx context.Context, g *globals, f *reviewFilter) error {
	s, cb, err := g.openWithCodebook(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	todo, err := f.suggestions(ctx, s.store, cb)
	if err != nil {
		return err
	}
	if len(todo) == 0 {
		fmt.Fprintln(g.io.Out, "No suggestions to review.")
		return nil
	}
	in := bufio.NewScanner(g.io.In)
	out := g.io.Out
	var accepted, rejected, recoded, skipped int
	defer func() {
		fmt.Fprintf(out, "\nAccepted %d, rejected %d, recoded %d, skipped %d.\n", accepted, rejected, recoded, skipped)
	}()
	for i, c := range todo {
		code, _ := cb.Code(c.Code)
		fmt.Fprintf(out, "\n[%d/%d] %s  %s  [%d,%d)\n", i+1, len(todo), c.Code, c.DocID, c.Start, c.End)
		if code != nil {
			fmt.Fprintf(out, "  %s: %s\n", code.Label, code.Definition)
		}
		fmt.Fprintf(out, "  rule %s fired on: %s\n\n  %s\n\n", c.Rule, c.Evidence, clip(c.Quote, 600))
	ask:
		fmt.Fprint(out, "[a]ccept [r]eject re[c]ode [s]kip [q]uit? ")
		if !in.Scan() {
			return in.Err()
		}
		switch strings.ToLower(strings.TrimSpace(in.Text())) {
		case "a", "accept":
			err = s.store.Tx(ctx, func(tx *corpus.Tx) error { _, err := tx.Accept(c, f.reviewer); return err })
			accepted++
		case "r", "reject":
			err = s.store.Tx(ctx, func(tx *corpus.Tx) error { return tx.Reject(c) })
			rejected++
		case "c", "recode":
			fmt.Fprint(out, "code id? ")
			if !in.Scan() {
				return in.Err()
			}
			id := strings.TrimSpace(in.Text())
			if _, ok := cb.Code(id); !ok {
				fmt.Fprintf(out, "no code %q in the codebook\n", id)
				goto ask
			}
			err = s.store.Tx(ctx, func(tx *corpus.Tx) error { _, err := tx.Recode(c, f.reviewer, id); return err })
			recoded++
		case "s", "skip", "":
			skipped++
		case "q", "quit":
			return nil
		default:
			goto ask
		}
		if err != nil {
			return err
		}
	}
	return nil
}
