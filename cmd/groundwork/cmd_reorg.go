package main

import (
	"bufio"
	"context"
	"fmt"
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

func (o *reorgOptions) flags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.dryRun, "dry-run", false, "say what would change, and change nothing")
	f.BoolVar(&o.json, "json", false, "print what was done as JSON")
	f.StringVar(&o.as, "as", defaultCoder(), "who makes the change, for the history (default $GROUNDWORK_CODER or your user name)")
}

// runReorg opens the project and runs one reorganisation.
func runReorg(ctx context.Context, g *globals, o *reorgOptions, do func(context.Context, *session, reorg.Options) (*reorg.Result, error)) error {
	s, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := do(ctx, s, reorg.Options{Actor: o.as, DryRun: o.dryRun})
	if err != nil {
		return err
	}
	if o.json {
		return printJSON(g.io.Out, res)
	}
	if res.DryRun {
		fmt.Fprintf(g.io.Out, "Would have %s; nothing was changed (--dry-run).\n", res.Summary)
		return nil
	}
	fmt.Fprintf(g.io.Out, "%s%s. `groundwork undo` reverses it.\n", strings.ToUpper(res.Summary[:1]), res.Summary[1:])
	return nil
}

// reorgCmds are the codebook subcommands that reorganise codes.
func reorgCmds(g *globals) []*cobra.Command {
	return []*cobra.Command{newCodebookAddCmd(g), newCodebookRenameCmd(g), newCodebookMoveCmd(g),
		newCodebookMergeCmd(g), newCodebookSplitCmd(g), newCodebookDeleteCmd(g)}
}

func newCodebookAddCmd(g *globals) *cobra.Command {
	o := &reorgOptions{}
	var n reorg.NewCode
	cmd := &cobra.Command{
		Use:   "add ID --label LABEL [--parent P]",
		Short: "Add a code to the codebook",
		Long: `Add a code to codebook.yaml (at the end of its parent's children, or of the
top-level codes). Without --definition it is defined as "to be defined", for
codes made while reading; give it a definition later (the workbench's Codebook
page, or by editing the file). The rest of the file is left as it is.`,
		Example: `  groundwork codebook add respite --label "A break from caring" --parent support
  groundwork codebook add isolation.rural --label "Rural isolation" --parent isolation --definition "Isolation because of distance." --dry-run`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			n.ID = args[0]
			return runReorg(cmd.Context(), g, o, func(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
				return reorg.Add(ctx, s.proj, s.store, n, ro)
			})
		},
	}
	newCodeFlags(cmd, &n)
	cmd.Flags().StringVar(&n.Parent, "parent", "", "the parent code `ID` (default: top level)")
	o.flags(cmd)
	return cmd
}

func newCodeFlags(cmd *cobra.Command, n *reorg.NewCode) {
	f := cmd.Flags()
	f.StringVar(&n.Label, "label", "", "the code's label (default: its id)")
	f.StringVar(&n.Definition, "definition", "", "what the code means")
	f.StringVar(&n.Colour, "colour", "", "a colour as #rrggbb")
}

func newCodebookRenameCmd(g *globals) *cobra.Command {
	o := &reorgOptions{}
	cmd := &cobra.Command{
		Use:   "rename OLD NEW",
		Short: "Give a code a new id; its codings, memos, rules and groups follow",
		Long: `Give a code a new id. Every coding and memo of the code, its place in groups,
the parent: of codes in flat style and the ids of its rules that begin with
the old id follow, in one change that groundwork undo reverses.`,
		Example: `  groundwork codebook rename isolated cut_off
  groundwork codebook rename isolated cut_off --dry-run --json`,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReorg(cmd.Context(), g, o, func(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
				return reorg.Rename(ctx, s.proj, s.store, args[0], args[1], ro)
			})
		},
	}
	o.flags(cmd)
	return cmd
}

func newCodebookMoveCmd(g *globals) *cobra.Command {
	o := &reorgOptions{}
	var parent string
	cmd := &cobra.Command{
		Use:   "move ID --parent P",
		Short: "Move a code (with its children) under another parent",
		Long:  `Move a code, with its children, under another code; --parent "" makes it top level. Codings do not change.`,
		Example: `  groundwork codebook move respite --parent support
  groundwork codebook move respite --parent ""`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("parent") {
				return &usageError{cmd: cmd.CommandPath(), err: fmt.Errorf("--parent is required (--parent \"\" for the top level)")}
			}
			return runReorg(cmd.Context(), g, o, func(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
				return reorg.Move(ctx, s.proj, s.store, args[0], parent, ro)
			})
		},
	}
	cmd.Flags().StringVar(&parent, "parent", "", "the new parent code `ID` (\"\": top level)")
	o.flags(cmd)
	return cmd
}

func newCodebookMergeCmd(g *globals) *cobra.Command {
	o := &reorgOptions{}
	var into string
	cmd := &cobra.Command{
		Use:   "merge SRC... --into DST",
		Short: "Merge codes into another: their codings become its codings",
		Long: `Merge codes into another. Their codings become codings of DST (a passage a
coder coded with both keeps one coding); their memos and children move to DST;
their rules and examples are appended to DST's under a comment that records
the merge and their definitions; and they leave the codebook.`,
		Example: `  groundwork codebook merge lonely isolated_feeling --into isolation
  groundwork codebook merge lonely --into isolation --dry-run`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if into == "" {
				return &usageError{cmd: cmd.CommandPath(), err: fmt.Errorf("--into DST is required")}
			}
			return runReorg(cmd.Context(), g, o, func(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
				return reorg.Merge(ctx, s.proj, s.store, args, into, ro)
			})
		},
	}
	cmd.Flags().StringVar(&into, "into", "", "the code `DST` the others merge into")
	o.flags(cmd)
	return cmd
}

func newCodebookSplitCmd(g *globals) *cobra.Command {
	o := &reorgOptions{}
	var n reorg.NewCode
	var sel reorg.Selection
	var codingsFile string
	cmd := &cobra.Command{
		Use:   "split ID --into NEW (--codings FILE | --document D | --quote TEXT)",
		Short: "Move some codings of a code to a new code beside it",
		Long: `Make a new code beside ID (same parent) and move to it the codings of ID
named in FILE (coding ids, one per line or the first column of a CSV, as
codings show --format csv lists them), those in document D, or those whose
quote holds TEXT (ignoring case).`,
		Example: `  groundwork codebook split isolation --into isolation.rural --quote "bus"
  groundwork codebook split support --into support.practical --codings practical.txt --label "Practical support"`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if n.ID == "" {
				return &usageError{cmd: cmd.CommandPath(), err: fmt.Errorf("--into NEW is required")}
			}
			if codingsFile != "" {
				ids, err := readCodingIDs(codingsFile)
				if err != nil {
					return err
				}
				sel.IDs = ids
			}
			return runReorg(cmd.Context(), g, o, func(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
				return reorg.Split(ctx, s.proj, s.store, args[0], n, sel, ro)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&n.ID, "into", "", "the id of the `NEW` code")
	newCodeFlags(cmd, &n)
	f.StringVar(&codingsFile, "codings", "", "a `FILE` of the coding ids to move")
	f.StringVar(&sel.Document, "document", "", "move the codings in this document `D`")
	f.StringVar(&sel.Quote, "quote", "", "move the codings whose quote holds `TEXT`")
	o.flags(cmd)
	return cmd
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

func newCodebookDeleteCmd(g *globals) *cobra.Command {
	o := &reorgOptions{}
	var d reorg.DeleteOptions
	cmd := &cobra.Command{
		Use:   "delete ID [--move-codings-to ID | --drop-codings]",
		Short: "Remove a code; refused while it has codings unless they are moved or dropped",
		Long: `Remove a code from the codebook and its groups. It is refused while the code
has codings (people's or suggestions) unless --move-codings-to gives them (and
its memos) to another code or --drop-codings removes them, and while codes sit
under it (move or delete them first). groundwork undo brings it all back.`,
		Example: `  groundwork codebook delete lonely --move-codings-to isolation
  groundwork codebook delete draft_code --drop-codings --dry-run`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if d.MoveCodingsTo != "" && d.DropCodings {
				return &usageError{cmd: cmd.CommandPath(), err: fmt.Errorf("--move-codings-to and --drop-codings exclude each other")}
			}
			return runReorg(cmd.Context(), g, o, func(ctx context.Context, s *session, ro reorg.Options) (*reorg.Result, error) {
				return reorg.Delete(ctx, s.proj, s.store, args[0], d, ro)
			})
		},
	}
	cmd.Flags().StringVar(&d.MoveCodingsTo, "move-codings-to", "", "give the codings and memos to this code `ID`")
	cmd.Flags().BoolVar(&d.DropCodings, "drop-codings", false, "remove the codings and memos")
	o.flags(cmd)
	return cmd
}
