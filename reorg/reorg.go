// Package reorg reorganises a codebook together with its codings, as
// grounded theory does while reading: codes are added (open coding, often
// in the informant's words), renamed, moved, merged, split and deleted
// (axial coding). Each operation edits codebook.yaml with the codebook's
// comment-preserving editor (so the file stays clean for git) and changes
// the store in the same transaction — every coding, memo and rule state
// follows — as one event of the history, which `groundwork undo` reverses.
// A change that would make the codebook invalid is refused with the
// problems `codebook validate` would list.
package reorg

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Options say who reorganises, and whether to change anything.
type Options struct {
	// Actor is the person making the change, for the history.
	Actor string
	// DryRun works out what would change and changes nothing.
	DryRun bool
}

// Result says what an operation did (or would do).
type Result struct {
	Action  string `json:"action"`
	Summary string `json:"summary"`
	// Codings counts codings given another code; Dropped those removed.
	Codings int `json:"codings"`
	Dropped int `json:"dropped"`
	// Memos counts memos moved to another code (or dropped with it).
	Memos  int  `json:"memos"`
	DryRun bool `json:"dry_run"`
}

// errDryRun rolls a dry run's transaction back.
var errDryRun = errors.New("dry run")

// op is one reorganisation: it edits the codebook with e and changes the
// store with tx, filling res.
type op func(tx *corpus.Tx, e *codebook.Editor, cb *codebook.Codebook, res *Result) error

// run applies an operation under the writer lock, in one transaction that
// also writes codebook.yaml and records the event.
func run(ctx context.Context, proj *corpus.Project, st *corpus.Store, opts Options, action string, fn op) (*Result, error) {
	res := &Result{Action: action, DryRun: opts.DryRun}
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		tx.Record(opts.Actor, action, action)
		path := proj.CodebookPath()
		src, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("reading the codebook: %w", err)
		}
		cb, err := codebook.Parse(path, src)
		if err != nil {
			return fmt.Errorf("the codebook has problems already; fix them first (`groundwork codebook validate`): %w", err)
		}
		e, err := codebook.NewEditor(src)
		if err != nil {
			return err
		}
		if err := fn(tx, e, cb, res); err != nil {
			return err
		}
		out, _, err := e.Result(path)
		if err != nil {
			return fmt.Errorf("%s would leave the codebook invalid, so nothing was changed: %w", action, err)
		}
		tx.Summarise(res.Summary)
		if err := tx.WriteFile(proj.Config.Codebook, out); err != nil {
			return err
		}
		if opts.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

// need returns the code id of cb, or an error naming the nearest codes.
func need(cb *codebook.Codebook, id string) (*codebook.Code, error) {
	if c, ok := cb.Code(id); ok {
		return c, nil
	}
	var ids []string
	for _, c := range cb.Codes() {
		ids = append(ids, c.ID)
	}
	msg := fmt.Sprintf("no code %q in the codebook", id)
	if near := codebook.Nearest(id, ids, 3); len(near) > 0 {
		msg += fmt.Sprintf("; did you mean %s?", strings.Join(near, " or "))
	}
	return nil, errors.New(msg)
}

// recode gives the codings of code matching f the code to. A coder who
// already has a coding of the same span with to keeps that one: the other
// is removed (one coding per coder and passage).
func recode(tx *corpus.Tx, f corpus.CodingFilter, to string, res *Result) error {
	cs, err := tx.Codings(f)
	if err != nil {
		return err
	}
	f.Orphans = true
	orphans, err := tx.Codings(f)
	if err != nil {
		return err
	}
	cs = append(cs, orphans...)
	have, err := spans(tx, to)
	if err != nil {
		return err
	}
	for _, c := range cs {
		k := spanOf(c)
		if have[k] {
			if err := tx.DeleteCoding(c.ID); err != nil {
				return err
			}
			res.Dropped++
			continue
		}
		if c.Rule == corpus.LearnedRule(c.Code) {
			c.Rule = corpus.LearnedRule(to) // a learned suggestion is its code's model's
		}
		c.Code = to
		if err := tx.UpdateCoding(c); err != nil {
			return err
		}
		have[k] = true
		res.Codings++
	}
	return nil
}

type span struct {
	doc, coder, status string
	start, end         int
}

func spanOf(c *corpus.Coding) span { return span{c.DocID, c.Coder, c.Status, c.Start, c.End} }

// spans returns the passages already coded with code, per coder.
func spans(tx *corpus.Tx, code string) (map[span]bool, error) {
	cs, err := tx.Codings(corpus.CodingFilter{Codes: []string{code}})
	if err != nil {
		return nil, err
	}
	out := map[span]bool{}
	for _, c := range cs {
		out[spanOf(c)] = true
	}
	return out, nil
}

// moveMemos gives the memos on code from the code to ("" drops them).
func moveMemos(tx *corpus.Tx, st *corpus.Store, ctx context.Context, from, to string, res *Result) error {
	ms, err := st.Memos(ctx, "code", from)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if to == "" {
			if err := tx.DeleteMemo(m.ID); err != nil {
				return err
			}
		} else {
			m.Target = to
			if err := tx.UpdateMemo(m); err != nil {
				return err
			}
		}
		res.Memos++
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
