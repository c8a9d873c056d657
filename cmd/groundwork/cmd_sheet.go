package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/sheet"
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

type codingsSheetOptions struct {
	sheet.Options
	out string
}

func (o *codingsSheetOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.Coder, "coder", defaultCoder(), "who the sheet is for")
	cmd.Flags().StringSliceVar(&o.Documents, "documents", nil, "only these document ids (comma-separated)")
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "the sheet to write: FILE.xlsx or FILE.csv")
}

func newCodingsSheetCmd(g *globals) *cobra.Command {
	return newCommand(g, &codingsSheetOptions{}, &cobra.Command{
		Use:   "sheet --coder NAME -o FILE.xlsx|FILE.csv",
		Short: "Write a coding sheet for a coder to fill in",
		Long: `Write a coding sheet: one row per participant segment (segment id, document,
programme, role, speaker, text) and a "codes" column to fill with code ids,
several separated by ";". The XLSX form has the codebook on a second sheet with
definitions, and a drop-down of code ids. Read it back with ` + "`groundwork codings import`" + `.`,
		Example: `  groundwork codings sheet --coder alice -o alice.xlsx
  groundwork codings sheet --coder bob --documents hf-01,hf-02 -o bob.csv`,
		Args: exactArgs(0),
	}, runCodingsSheet)
}

func runCodingsSheet(ctx context.Context, g *globals, opts *codingsSheetOptions) error {
	if opts.out == "" {
		return &usageError{cmd: "groundwork codings sheet", err: fmt.Errorf("-o FILE.xlsx or FILE.csv is required")}
	}
	sopts := opts.Options
	sopts.Format = strings.TrimPrefix(strings.ToLower(filepath.Ext(opts.out)), ".")
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		var n int
		err := writeOutput(g, opts.out, func(w io.Writer) error {
			var err error
			n, err = sheet.Write(ctx, w, s.store, cb, sopts)
			return err
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(g.io.Out, "Wrote %s: %s for %s to code\n", opts.out, count(n, "segment"), sopts.Coder)
		return nil
	})
}

type codingsImportOptions struct {
	path   string
	coder  string
	asJSON bool
}

func (o *codingsImportOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.coder, "coder", "", "whose codings these are (required)")
	addJSONFlag(cmd, &o.asJSON, "what was imported")
}

func (o *codingsImportOptions) setArgs(args []string) error {
	o.path = args[0]
	return nil
}

func newCodingsImportCmd(g *globals) *cobra.Command {
	return newCommand(g, &codingsImportOptions{}, &cobra.Command{
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
	}, runCodingsImport)
}

func runCodingsImport(ctx context.Context, g *globals, opts *codingsImportOptions) error {
	if err := corpus.CheckReviewer(opts.coder); err != nil {
		return &usageError{cmd: "groundwork codings import", err: err}
	}
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		rep, err := sheet.Import(ctx, s.store, cb, opts.path, opts.coder)
		if err != nil {
			return err
		}
		return printResult(g, opts.asJSON, rep, func() {
			fmt.Fprintf(g.io.Out, "Imported %s for %s: %d codings added, %d already there\n", rep.Kind, opts.coder, rep.Added, rep.Existing)
		})
	})
}

// reviewFilter selects the suggestions (the rules' and the learned
// suggester's) to settle, and names the reviewer: the options of codings
// review, accept and reject.
type reviewFilter struct {
	code, document, rule string
	suggester            string
	reviewer             string
}

// addFilterFlags declares the filter's flags; codeRequired says --code
// must be given (accept and reject).
func (f *reviewFilter) addFilterFlags(cmd *cobra.Command, codeRequired bool) {
	usage := "only suggestions of this code `ID` (and its children)"
	if codeRequired {
		usage = "the code `ID` whose suggestions to settle (and its children)"
	}
	cmd.Flags().StringVar(&f.code, "code", "", usage)
	cmd.Flags().StringVar(&f.document, "document", "", "only this document")
	cmd.Flags().StringVar(&f.rule, "rule", "", "only suggestions made by this rule id")
	cmd.Flags().StringVar(&f.suggester, "suggester", "", "only this suggester's: auto (the rules) or learned (default both)")
	cmd.Flags().StringVar(&f.reviewer, "coder", defaultCoder(), "the reviewer, whose codings accepted suggestions become")
}

// filter is the store's filter for the suggestions f selects.
func (f *reviewFilter) filter(ctx context.Context, st *corpus.Store, cb *codebook.Codebook) (corpus.CodingFilter, error) {
	cf := corpus.CodingFilter{Coders: []string{corpus.AutoCoder, corpus.LearnedCoder}, Statuses: []string{corpus.StatusSuggested}}
	switch f.suggester {
	case "":
	case corpus.AutoCoder, corpus.LearnedCoder:
		cf.Coders = []string{f.suggester}
	default:
		return cf, fmt.Errorf("--suggester %q: use auto or learned", f.suggester)
	}
	if f.code != "" {
		if _, ok := cb.Code(f.code); !ok {
			return cf, fmt.Errorf("--code %s: no such code in %s", f.code, cb.File)
		}
		cf.Codes = cb.WithDescendants(f.code)
	}
	if f.document != "" {
		if _, err := st.Document(ctx, f.document); err != nil {
			return cf, err
		}
		cf.DocIDs = []string{f.document}
	}
	if f.rule != "" {
		cf.Rules = []string{f.rule}
	}
	return cf, nil
}

// checkRule says an unknown --rule is unknown, when it selected nothing
// (a learned suggestion's rule, learned/CODE, is not the codebook's).
func (f *reviewFilter) checkRule(cb *codebook.Codebook, found int) error {
	if _, known := cb.Rule(f.rule); f.rule != "" && !known && found == 0 && !strings.HasPrefix(f.rule, "learned/") {
		return fmt.Errorf("--rule %s: no such rule in %s (a rule's id is its code, a slash and its name, as in matching.criteria/preferences; `groundwork codebook show` names each code's rules)", f.rule, cb.File)
	}
	return nil
}

// suggestions lists the suggestions f selects, surest first.
func (f *reviewFilter) suggestions(ctx context.Context, st *corpus.Store, cb *codebook.Codebook) ([]*corpus.Coding, error) {
	cf, err := f.filter(ctx, st, cb)
	if err != nil {
		return nil, err
	}
	cs, err := st.Codings(ctx, cf)
	if err != nil {
		return nil, err
	}
	if err := f.checkRule(cb, len(cs)); err != nil {
		return nil, err
	}
	corpus.SortForReview(cs)
	return cs, nil
}

// suggestionIDs lists the ids of the suggestions f selects: a bulk
// settles hundreds of thousands at scale, and holds only their ids.
func (f *reviewFilter) suggestionIDs(ctx context.Context, st *corpus.Store, cb *codebook.Codebook) ([]int64, error) {
	cf, err := f.filter(ctx, st, cb)
	if err != nil {
		return nil, err
	}
	var ids []int64
	err = st.EachCodingRef(ctx, cf, func(c corpus.CodingRef) error {
		ids = append(ids, c.ID)
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(ids)
	return ids, f.checkRule(cb, len(ids))
}

// codingsBulkOptions are those of codings accept (accept true) and codings
// reject.
type codingsBulkOptions struct {
	reviewFilter
	accept bool
	dryRun bool
}

func (o *codingsBulkOptions) verb() string {
	if o.accept {
		return "accept"
	}
	return "reject"
}

// openSuggestions opens the project and lists the suggestions f selects;
// the caller closes the session.
func (f *reviewFilter) openSuggestions(ctx context.Context, g *globals) (*session, *codebook.Codebook, []*corpus.Coding, error) {
	s, cb, err := g.openWithCodebook(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	todo, err := f.suggestions(ctx, s.store, cb)
	if err != nil {
		s.Close()
		return nil, nil, nil, err
	}
	return s, cb, todo, nil
}

func (o *codingsBulkOptions) addFlags(cmd *cobra.Command) {
	o.addFilterFlags(cmd, true)
	cmd.Flags().BoolVar(&o.dryRun, "dry-run", false, "say how many suggestions it would settle, and change nothing")
}

func newCodingsBulkCmd(g *globals, accept bool) *cobra.Command {
	opts := &codingsBulkOptions{accept: accept}
	verb, does := opts.verb(), "Reject suggestions in bulk (remembered: the rules will not make them again)"
	if accept {
		does = "Accept suggestions in bulk: they become the reviewer's codings"
	}
	return newCommand(g, opts, &cobra.Command{
		Use:     verb + " --code ID [--document D] [--rule R]",
		Short:   does,
		Example: fmt.Sprintf("  groundwork codings %s --code isolation.reduced --document cp-03\n  groundwork codings %s --code boundaries --rule boundaries.personal_contact/after-hours", verb, verb),
		Args:    exactArgs(0),
	}, runCodingsBulk)
}

// runCodingsBulk accepts or rejects every suggestion the filter selects,
// all in one transaction, reading them a batch at a time.
func runCodingsBulk(ctx context.Context, g *globals, opts *codingsBulkOptions) error {
	verb := opts.verb()
	if opts.code == "" {
		return &usageError{cmd: "groundwork codings " + verb, err: fmt.Errorf("--code is required, so that a bulk %s is deliberate", verb)}
	}
	if err := corpus.CheckReviewer(opts.reviewer); err != nil {
		return &usageError{cmd: "groundwork codings " + verb, err: err}
	}
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		ids, err := opts.suggestionIDs(ctx, s.store, cb)
		if err != nil {
			return err
		}
		what := fmt.Sprintf("%s of %s", plural(len(ids), "suggestion", "suggestions"), opts.code)
		if opts.dryRun {
			fmt.Fprintf(g.io.Out, "Would %s %s; nothing was changed (--dry-run).\n", verb, what)
			return nil
		}
		fmt.Fprintf(g.io.Out, "%s %s...\n", strings.ToUpper(verb[:1])+verb[1:]+"ing", what)
		if err := s.store.Tx(ctx, func(tx *corpus.Tx) error {
			tx.Record(opts.reviewer, verb, fmt.Sprintf("%sed %s", strings.TrimSuffix(verb, "e"), what))
			return opts.settle(tx, ids)
		}); err != nil {
			return err
		}
		fmt.Fprintf(g.io.Out, "%sed %s. `groundwork undo` reverses it.\n", strings.TrimSuffix(strings.ToUpper(verb[:1])+verb[1:], "e"), plural(len(ids), "suggestion", "suggestions"))
		return nil
	})
}

// settle accepts or rejects the suggestions ids in tx, reading them a
// batch at a time: a bulk settles hundreds of thousands at scale.
func (o *codingsBulkOptions) settle(tx *corpus.Tx, ids []int64) error {
	const batch = 1000
	for i := 0; i < len(ids); i += batch {
		cs, err := tx.Codings(corpus.CodingFilter{IDs: ids[i:min(i+batch, len(ids))]})
		if err != nil {
			return err
		}
		for _, c := range cs {
			if o.accept {
				_, err = tx.Accept(c, o.reviewer)
			} else {
				err = tx.Reject(c)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// addFlags declares the options of codings review.
func (f *reviewFilter) addFlags(cmd *cobra.Command) { f.addFilterFlags(cmd, false) }

func newCodingsReviewCmd(g *globals) *cobra.Command {
	return newCommand(g, &reviewFilter{}, &cobra.Command{
		Use:   "review",
		Short: "Walk the auto-coder's suggestions one at a time in the terminal",
		Long: `Show each pending suggestion with its segment, the rule that fired and the
code's definition, and settle it: a accept (it becomes your coding), r reject
(remembered), c recode (reject, and give the passage another code), s skip,
q quit. Each answer is saved at once, so quitting keeps what you did.`,
		Example: `  groundwork codings review
  groundwork codings review --code matching --coder alice`,
		Args: exactArgs(0),
	}, runReview)
}

func runReview(ctx context.Context, g *globals, f *reviewFilter) error {
	if err := corpus.CheckReviewer(f.reviewer); err != nil {
		return &usageError{cmd: "groundwork codings review", err: err}
	}
	s, cb, todo, err := f.openSuggestions(ctx, g)
	if err != nil {
		return err
	}
	defer s.Close()
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
		if c.Confidence != nil { // a learned model's, not a rule's
			fmt.Fprintf(out, "  learned, confidence %.2f; pushed up by: %s\n\n  %s\n\n", *c.Confidence, analysis.EvidenceInWords(c.Evidence, c.Quote), clip(c.Quote, 600))
		} else {
			fmt.Fprintf(out, "  rule %s fired on: %s\n\n  %s\n\n", c.Rule, c.Evidence, clip(c.Quote, 600))
		}
	ask:
		fmt.Fprint(out, "[a]ccept [r]eject re[c]ode [s]kip [q]uit? ")
		if !in.Scan() {
			return in.Err()
		}
		switch strings.ToLower(strings.TrimSpace(in.Text())) {
		case "a", "accept":
			err = s.store.Tx(ctx, func(tx *corpus.Tx) error {
				tx.Record(f.reviewer, "accept", fmt.Sprintf("accepted %s on %s", c.Code, c.DocID))
				_, err := tx.Accept(c, f.reviewer)
				return err
			})
			accepted++
		case "r", "reject":
			err = s.store.Tx(ctx, func(tx *corpus.Tx) error {
				tx.Record(f.reviewer, "reject", fmt.Sprintf("rejected %s on %s", c.Code, c.DocID))
				return tx.Reject(c)
			})
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
			err = s.store.Tx(ctx, func(tx *corpus.Tx) error {
				tx.Record(f.reviewer, "recode", fmt.Sprintf("recoded %s as %s on %s", c.Code, id, c.DocID))
				_, err := tx.Recode(c, f.reviewer, id)
				return err
			})
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
