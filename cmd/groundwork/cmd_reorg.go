package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/reorg"
)

// reorgOptions are the flags every codebook reorganisation takes.
type reorgOptions struct {
	dryRun bool
	json   bool
	as     string
}

func (o *reorgOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.dryRun, "dry-run", false, "say what would change, and change nothing")
	addJSONFlag(cmd, &o.json, "what was done")
	f.StringVar(&o.as, "as", defaultCoder(), "who makes the change, for the history (default $GROUNDWORK_CODER or your user name)")
}

// common gives a reorganisation's options the flags they share.
func (o *reorgOptions) common() *reorgOptions { return o }

// reorganisation is the options of one codebook reorganisation: the
// reorgOptions they embed, and the change they make, so that runReorg
// runs every one of them the same way.
type reorganisation interface {
	options
	common() *reorgOptions
	reorganise(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error)
}

// runReorg opens the project, runs one reorganisation and says what it
// did.
func runReorg[R reorganisation](ctx context.Context, g *globals, r R) error {
	o := r.common()
	return g.withSession(ctx, func(s *session) error {
		res, err := r.reorganise(ctx, s, reorg.Options{Actor: o.as, DryRun: o.dryRun})
		if err != nil {
			return err
		}
		return printResult(g, o.json, res, func() { writeReorgResult(g.io.Out, res) })
	})
}

// writeReorgResult says what a reorganisation changed, or would have.
func writeReorgResult(out io.Writer, res *reorg.Result) {
	if res.DryRun {
		fmt.Fprintf(out, "Would have %s; nothing was changed (--dry-run).\n", res.Summary)
		return
	}
	fmt.Fprintf(out, "%s%s. `groundwork undo` reverses it.\n", strings.ToUpper(res.Summary[:1]), res.Summary[1:])
}

// reorgCmds are the codebook subcommands that reorganise codes.
func reorgCmds(g *globals) []*cobra.Command {
	return []*cobra.Command{newCodebookAddCmd(g), newCodebookRenameCmd(g), newCodebookMoveCmd(g),
		newCodebookMergeCmd(g), newCodebookSplitCmd(g), newCodebookDeleteCmd(g)}
}

type codebookAddOptions struct {
	reorgOptions
	code reorg.NewCode
}

func (o *codebookAddOptions) addFlags(cmd *cobra.Command) {
	newCodeFlags(cmd, &o.code)
	cmd.Flags().StringVar(&o.code.Parent, "parent", "", "the parent code `ID` (default: top level)")
	o.reorgOptions.addFlags(cmd)
}

func (o *codebookAddOptions) setArgs(args []string) error {
	o.code.ID = args[0]
	return nil
}

func newCodebookAddCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookAddOptions{}, &cobra.Command{
		Use:   "add ID --label LABEL [--parent P]",
		Short: "Add a code to the codebook",
		Long: `Add a code to codebook.yaml (at the end of its parent's children, or of the
top-level codes). Without --definition it is defined as "to be defined", for
codes made while reading; give it a definition later (the workbench's Codebook
page, or by editing the file). The rest of the file is left as it is.`,
		Example: `  groundwork codebook add respite --label "A break from caring" --parent support
  groundwork codebook add isolation.rural --label "Rural isolation" --parent isolation --definition "Isolation because of distance." --dry-run`,
		Args: exactArgs(1),
	}, runReorg)
}

func (o *codebookAddOptions) reorganise(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
	return reorg.Add(ctx, s.proj, s.store, o.code, ro)
}

func newCodeFlags(cmd *cobra.Command, n *reorg.NewCode) {
	f := cmd.Flags()
	f.StringVar(&n.Label, "label", "", "the code's label (default: its id)")
	f.StringVar(&n.Definition, "definition", "", "what the code means")
	f.StringVar(&n.Colour, "colour", "", "a colour as #rrggbb")
}

type codebookRenameOptions struct {
	reorgOptions
	from, to string
}

func (o *codebookRenameOptions) setArgs(args []string) error {
	o.from, o.to = args[0], args[1]
	return nil
}

func newCodebookRenameCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookRenameOptions{}, &cobra.Command{
		Use:   "rename OLD NEW",
		Short: "Give a code a new id; its codings, memos, rules and groups follow",
		Long: `Give a code a new id. Every coding and memo of the code, its place in groups,
the parent: of codes in flat style and the ids of its rules that begin with
the old id follow, in one change that groundwork undo reverses.`,
		Example: `  groundwork codebook rename isolated cut_off
  groundwork codebook rename isolated cut_off --dry-run --json`,
		Args: exactArgs(2),
	}, runReorg)
}

func (o *codebookRenameOptions) reorganise(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
	return reorg.Rename(ctx, s.proj, s.store, o.from, o.to, ro)
}

type codebookMoveOptions struct {
	reorgOptions
	id, parent  string
	parentGiven func() bool // whether --parent was given: --parent "" is the top level
}

func (o *codebookMoveOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.parent, "parent", "", "the new parent code `ID` (\"\": top level)")
	o.parentGiven = func() bool { return cmd.Flags().Changed("parent") }
	o.reorgOptions.addFlags(cmd)
}

func (o *codebookMoveOptions) setArgs(args []string) error {
	if !o.parentGiven() {
		return fmt.Errorf("--parent is required (--parent \"\" for the top level)")
	}
	o.id = args[0]
	return nil
}

func newCodebookMoveCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookMoveOptions{}, &cobra.Command{
		Use:   "move ID --parent P",
		Short: "Move a code (with its children) under another parent",
		Long:  `Move a code, with its children, under another code; --parent "" makes it top level. Codings do not change.`,
		Example: `  groundwork codebook move respite --parent support
  groundwork codebook move respite --parent ""`,
		Args: exactArgs(1),
	}, runReorg)
}

func (o *codebookMoveOptions) reorganise(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
	return reorg.Move(ctx, s.proj, s.store, o.id, o.parent, ro)
}

type codebookMergeOptions struct {
	reorgOptions
	sources []string
	into    string
}

func (o *codebookMergeOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.into, "into", "", "the code `DST` the others merge into")
	o.reorgOptions.addFlags(cmd)
}

func (o *codebookMergeOptions) setArgs(args []string) error {
	if o.into == "" {
		return fmt.Errorf("--into DST is required")
	}
	o.sources = args
	return nil
}

func newCodebookMergeCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookMergeOptions{}, &cobra.Command{
		Use:   "merge SRC... --into DST",
		Short: "Merge codes into another: their codings become its codings",
		Long: `Merge codes into another. Their codings become codings of DST (a passage a
coder coded with both keeps one coding); their memos and children move to DST;
their rules and examples are appended to DST's under a comment that records
the merge and their definitions; and they leave the codebook.`,
		Example: `  groundwork codebook merge lonely isolated_feeling --into isolation
  groundwork codebook merge lonely --into isolation --dry-run`,
		Args: minArgs(1),
	}, runReorg)
}

func (o *codebookMergeOptions) reorganise(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
	return reorg.Merge(ctx, s.proj, s.store, o.sources, o.into, ro)
}

type codebookSplitOptions struct {
	reorgOptions
	id          string
	code        reorg.NewCode // the new code: --into and its label, definition and colour
	sel         reorg.Selection
	codingsFile string
}

func (o *codebookSplitOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.code.ID, "into", "", "the id of the `NEW` code")
	newCodeFlags(cmd, &o.code)
	f.StringVar(&o.code.Parent, "parent", "", "make the new code under `P` (ID itself, for a sub-code; default: beside ID)")
	f.StringVar(&o.codingsFile, "codings", "", "a `FILE` of the coding ids to move")
	f.StringVar(&o.sel.Document, "document", "", "move the codings in this document `D`")
	f.StringVar(&o.sel.Quote, "quote", "", "move the codings whose quote holds `TEXT`")
	o.reorgOptions.addFlags(cmd)
}

func (o *codebookSplitOptions) setArgs(args []string) error {
	if o.code.ID == "" {
		return fmt.Errorf("--into NEW is required")
	}
	o.id = args[0]
	return nil
}

func newCodebookSplitCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookSplitOptions{}, &cobra.Command{
		Use:   "split ID --into NEW (--codings FILE | --document D | --quote TEXT)",
		Short: "Move some codings of a code to a new code beside it or under it",
		Long: `Make a new code beside ID (same parent), or under the code --parent names
(ID itself for a sub-code), and move to it the codings of ID
named in FILE (coding ids, one per line or the first column of a CSV, as
codings show --format csv lists them), those in document D, or those whose
quote holds TEXT (ignoring case).`,
		Example: `  groundwork codebook split isolation --into isolation.rural --quote "bus" --parent isolation
  groundwork codebook split isolation --into transport --quote "bus"
  groundwork codebook split support --into support.practical --codings practical.txt --label "Practical support"`,
		Args: exactArgs(1),
	}, runCodebookSplit)
}

func runCodebookSplit(ctx context.Context, g *globals, o *codebookSplitOptions) error {
	if o.codingsFile != "" {
		ids, err := readCodingIDs(o.codingsFile)
		if err != nil {
			return err
		}
		o.sel.IDs = ids
	}
	return runReorg(ctx, g, o)
}

func (o *codebookSplitOptions) reorganise(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
	return reorg.Split(ctx, s.proj, s.store, o.id, o.code, o.sel, ro)
}

// readCodingIDs reads coding ids: one per line, or the first column of a
// CSV (a header line that is not a number is skipped).
func readCodingIDs(path string) ([]int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ids []int64
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		field := strings.TrimSpace(strings.SplitN(sc.Text(), ",", 2)[0])
		if field == "" {
			continue
		}
		id, err := strconv.ParseInt(strings.Trim(field, `"`), 10, 64)
		if err != nil {
			if line == 1 {
				continue // a header
			}
			return nil, fmt.Errorf("%s:%d: %q is not a coding id; give one id per line", path, line, field)
		}
		ids = append(ids, id)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("%s holds no coding ids", path)
	}
	return ids, nil
}

type codebookDeleteOptions struct {
	reorgOptions
	id string
	reorg.DeleteOptions
}

func (o *codebookDeleteOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.MoveCodingsTo, "move-codings-to", "", "give the codings and memos to this code `ID`")
	cmd.Flags().BoolVar(&o.DropCodings, "drop-codings", false, "remove the codings and memos")
	o.reorgOptions.addFlags(cmd)
}

func (o *codebookDeleteOptions) setArgs(args []string) error {
	if o.MoveCodingsTo != "" && o.DropCodings {
		return fmt.Errorf("--move-codings-to and --drop-codings exclude each other")
	}
	o.id = args[0]
	return nil
}

func newCodebookDeleteCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookDeleteOptions{}, &cobra.Command{
		Use:   "delete ID [--move-codings-to ID | --drop-codings]",
		Short: "Remove a code; refused while it has codings unless they are moved or dropped",
		Long: `Remove a code from the codebook and its groups. It is refused while the code
has codings (people's or suggestions) unless --move-codings-to gives them (and
its memos) to another code or --drop-codings removes them, and while codes sit
under it (move or delete them first). groundwork undo brings it all back.`,
		Example: `  groundwork codebook delete lonely --move-codings-to isolation
  groundwork codebook delete draft_code --drop-codings --dry-run`,
		Args: exactArgs(1),
	}, runReorg)
}

func (o *codebookDeleteOptions) reorganise(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
	return reorg.Delete(ctx, s.proj, s.store, o.id, o.DeleteOptions, ro)
}
