package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
)

func newMemoCmd(g *globals) *cobra.Command {
	return parentCmd("memo", "Write and list memos on codes, documents, codings or the project",
		newMemoAddCmd(g), newMemoListCmd(g))
}

type memoTarget struct {
	code, document, coding string
}

// addTargetFlags declares --code, --document and --coding.
func (t *memoTarget) addTargetFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&t.code, "code", "", "a memo on this code `ID`")
	cmd.Flags().StringVar(&t.document, "document", "", "a memo on this document")
	cmd.Flags().StringVar(&t.coding, "coding", "", "a memo on this coding `ID` (the first column of `codings show --format csv`)")
}

func (t *memoTarget) kind() (string, string) {
	switch {
	case t.code != "":
		return "code", t.code
	case t.document != "":
		return "document", t.document
	case t.coding != "":
		return "coding", t.coding
	}
	return "", ""
}

type memoAddOptions struct {
	memoTarget
	author string
	text   string
}

func (o *memoAddOptions) addFlags(cmd *cobra.Command) {
	o.addTargetFlags(cmd)
	cmd.Flags().StringVar(&o.author, "author", defaultCoder(), "who wrote it")
}

func (o *memoAddOptions) setArgs(args []string) error {
	o.text = args[0]
	return nil
}

func newMemoAddCmd(g *globals) *cobra.Command {
	return newCommand(g, &memoAddOptions{}, &cobra.Command{
		Use:   `add (--code ID | --document D | --coding ID) "TEXT"`,
		Short: "Write a memo",
		Long: `Write a memo (a grounded-theory habit: what you notice while coding). With no
target the memo is on the project. Memos appear in reports and exports.`,
		Example: `  groundwork memo add --code matching.mismatch "Mismatch talk clusters in carers' interviews; age gap?"
  groundwork memo add --document dc-04 "Interview cut short; carer called away."`,
		Args: exactArgs(1),
	}, runMemoAdd)
}

// runMemoAdd checks that the memo's target exists and writes the memo.
func runMemoAdd(ctx context.Context, g *globals, opts *memoAddOptions) error {
	return g.withSession(ctx, func(s *session) error {
		kind, target := opts.kind()
		if kind == "" {
			kind = "project"
		} else if err := checkMemoTarget(ctx, s, kind, target); err != nil {
			return err
		}
		if strings.TrimSpace(opts.text) == "" {
			return fmt.Errorf("the memo is empty")
		}
		m := &corpus.Memo{TargetKind: kind, Target: target, Text: opts.text, Author: opts.author}
		if err := s.store.Tx(ctx, func(tx *corpus.Tx) error {
			tx.Record(m.Author, "memo", "wrote a memo on "+memoOn(kind, target))
			return tx.InsertMemo(m)
		}); err != nil {
			return err
		}
		fmt.Fprintf(g.io.Out, "Memo %d on %s\n", m.ID, memoOn(kind, target))
		return nil
	})
}

// memoOn names what a memo is on: "the project", "code isolation.reduced".
func memoOn(kind, target string) string {
	if kind == "project" || target == "" {
		return "the " + kind
	}
	return kind + " " + target
}

// checkMemoTarget checks that the code, document or coding a memo is on
// exists.
func checkMemoTarget(ctx context.Context, s *session, kind, target string) error {
	switch kind {
	case "code":
		cb, err := s.codebook()
		if err != nil {
			return err
		}
		if _, ok := cb.Code(target); !ok {
			return fmt.Errorf("--code %s: %w", target, unknownCodeError(ctx, s.store, cb, target))
		}
	case "document":
		if _, err := s.store.Document(ctx, target); err != nil {
			return err
		}
	case "coding":
		id, err := strconv.ParseInt(target, 10, 64)
		if err != nil {
			return fmt.Errorf("--coding %q: a coding id is a number", target)
		}
		if _, err := s.store.Coding(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

type memoListOptions struct {
	memoTarget
	json bool
}

func (o *memoListOptions) addFlags(cmd *cobra.Command) {
	o.addTargetFlags(cmd)
	addJSONFlag(cmd, &o.json, "memos")
}

func newMemoListCmd(g *globals) *cobra.Command {
	return newCommand(g, &memoListOptions{}, &cobra.Command{
		Use:     "list",
		Short:   "List memos",
		Example: "  groundwork memo list\n  groundwork memo list --code matching.mismatch --json",
		Args:    exactArgs(0),
	}, runMemoList)
}

func runMemoList(ctx context.Context, g *globals, opts *memoListOptions) error {
	kind, target := opts.kind()
	return g.withSession(ctx, func(s *session) error {
		memos, err := s.store.Memos(ctx, kind, target)
		if err != nil {
			return err
		}
		return printList(g, memos, opts.json, "No memos.", func(m *corpus.Memo) string {
			return fmt.Sprintf("#%d  %s  by %s, %s\n  %s", m.ID, memoOn(m.TargetKind, m.Target), m.Author, m.CreatedAt.Format("2006-01-02"), m.Text)
		})
	})
}

// printList prints items as a JSON array (never null), or one item a line
// (or none when there are none).
func printList[T any](g *globals, items []T, asJSON bool, none string, line func(T) string) error {
	return printResult(g, asJSON, orEmpty(items), func() {
		if len(items) == 0 {
			fmt.Fprintln(g.io.Out, none)
		}
		for _, it := range items {
			fmt.Fprintln(g.io.Out, line(it))
		}
	})
}
