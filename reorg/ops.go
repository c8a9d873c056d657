package reorg

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// ToBeDefined is the definition of a code made while coding, before the
// researcher writes one (the codebook requires a definition).
const ToBeDefined = "To be defined (a code made while coding)."

// NewCode describes a code to add.
type NewCode struct {
	ID, Label, Parent, Definition, Colour string
}

// Add adds a code (open coding: a code made while reading, often in the
// informant's words).
func Add(ctx context.Context, proj *corpus.Project, st *corpus.Store, n NewCode, opts Options) (*Result, error) {
	return run(ctx, proj, st, opts, "codebook add", func(tx *corpus.Tx, e *codebook.Editor, cb *codebook.Codebook, res *Result) error {
		if n.Parent != "" {
			if _, err := need(cb, n.Parent); err != nil {
				return fmt.Errorf("--parent: %w", err)
			}
		}
		label := n.Label
		if label == "" {
			label = n.ID
		}
		def := n.Definition
		if def == "" {
			def = ToBeDefined
		}
		if err := e.AddCode(codebook.CodeSpec{ID: n.ID, ParentID: n.Parent, Label: label, Definition: def, Colour: n.Colour}); err != nil {
			return err
		}
		res.Summary = fmt.Sprintf("added code %s (%s)", n.ID, label)
		if n.Parent != "" {
			res.Summary += " under " + n.Parent
		}
		return nil
	})
}

// Rename gives a code a new id: every coding, memo, rule state and group
// membership follows, and the ids of its rules that start with the old id.
func Rename(ctx context.Context, proj *corpus.Project, st *corpus.Store, old, new string, opts Options) (*Result, error) {
	return run(ctx, proj, st, opts, "codebook rename", func(tx *corpus.Tx, e *codebook.Editor, cb *codebook.Codebook, res *Result) error {
		if _, err := need(cb, old); err != nil {
			return err
		}
		if err := e.RenameCode(old, new); err != nil {
			return err
		}
		if rules := e.Rules(new); strings.Contains(rules, old+"/") {
			if _, err := e.SetRules(new, strings.ReplaceAll(rules, "id: "+old+"/", "id: "+new+"/")); err != nil {
				return err
			}
		}
		if err := recode(tx, corpus.CodingFilter{Codes: []string{old}}, new, res); err != nil {
			return err
		}
		if err := moveMemos(tx, st, ctx, old, new, res); err != nil {
			return err
		}
		if err := moveRuleState(ctx, tx, st, old, new); err != nil {
			return err
		}
		// The learned model follows, with the precision it was asked to
		// reach: its examples are the same codings, so code learn keeps it.
		if err := tx.RenameLearnedModel(old, new); err != nil {
			return err
		}
		res.Summary = fmt.Sprintf("renamed %s to %s (%s, %s)", old, new, plural(res.Codings, "coding", "codings"), plural(res.Memos, "memo", "memos"))
		return nil
	})
}

// moveRuleState keeps what the auto-coder recorded of old under new, so a
// rename does not make it re-code (the rules are the same).
func moveRuleState(ctx context.Context, tx *corpus.Tx, st *corpus.Store, old, new string) error {
	hashes, err := st.RuleHashes(ctx)
	if err != nil {
		return err
	}
	h, ok := hashes[old]
	if !ok {
		return nil
	}
	if err := tx.SetRuleHash(old, ""); err != nil {
		return err
	}
	return tx.SetRuleHash(new, h)
}

// Move puts a code (with its children) under another parent ("": the top
// level). Codings are not changed.
func Move(ctx context.Context, proj *corpus.Project, st *corpus.Store, id, parent string, opts Options) (*Result, error) {
	return run(ctx, proj, st, opts, "codebook move", func(tx *corpus.Tx, e *codebook.Editor, cb *codebook.Codebook, res *Result) error {
		if _, err := need(cb, id); err != nil {
			return err
		}
		if parent != "" {
			if _, err := need(cb, parent); err != nil {
				return fmt.Errorf("--parent: %w", err)
			}
		}
		if err := e.MoveCode(id, parent); err != nil {
			return err
		}
		where := "to the top level"
		if parent != "" {
			where = "under " + parent
		}
		res.Summary = fmt.Sprintf("moved %s %s", id, where)
		return nil
	})
}

// Merge folds codes into another: their codings become its codings (a
// passage a coder coded with both keeps one coding), their children and
// memos move to it, their rules and examples are appended to its own under
// a comment recording the merge, and they leave the codebook.
func Merge(ctx context.Context, proj *corpus.Project, st *corpus.Store, srcs []string, dst string, opts Options) (*Result, error) {
	return run(ctx, proj, st, opts, "codebook merge", func(tx *corpus.Tx, e *codebook.Editor, cb *codebook.Codebook, res *Result) error {
		into, err := need(cb, dst)
		if err != nil {
			return fmt.Errorf("--into: %w", err)
		}
		for _, src := range srcs {
			c, err := need(cb, src)
			if err != nil {
				return err
			}
			if src == dst {
				return fmt.Errorf("cannot merge %s into itself", src)
			}
			if isAncestor(c, into) {
				return fmt.Errorf("cannot merge %s into %s, which is under it; move %s out first", src, dst, dst)
			}
			if err := mergeOne(ctx, tx, st, e, cb, c, dst, opts.Actor, res); err != nil {
				return err
			}
		}
		res.Summary = fmt.Sprintf("merged %s into %s (%s recoded, %s dropped as doubles, %s)", strings.Join(srcs, ", "), dst,
			plural(res.Codings, "coding", "codings"), plural(res.Dropped, "coding", "codings"), plural(res.Memos, "memo", "memos"))
		return nil
	})
}

func isAncestor(a, b *codebook.Code) bool {
	for p := b.Parent(); p != nil; p = p.Parent() {
		if p.ID == a.ID {
			return true
		}
	}
	return false
}

// mergeOne merges src into dst.
func mergeOne(ctx context.Context, tx *corpus.Tx, st *corpus.Store, e *codebook.Editor, cb *codebook.Codebook, src *codebook.Code, dst, actor string, res *Result) error {
	for _, ch := range src.Children() {
		if err := e.MoveCode(ch.ID, dst); err != nil {
			return err
		}
	}
	if err := appendRecord(e, src, dst, actor); err != nil {
		return err
	}
	for _, g := range groupsOf(cb, src.ID) {
		if _, err := e.RemoveGroupMember(g, src.ID); err != nil {
			return err
		}
	}
	if err := e.RemoveCode(src.ID); err != nil {
		return err
	}
	if err := recode(tx, corpus.CodingFilter{Codes: []string{src.ID}}, dst, res); err != nil {
		return err
	}
	if err := moveMemos(tx, st, ctx, src.ID, dst, res); err != nil {
		return err
	}
	return tx.SetRuleHash(src.ID, "")
}

// appendRecord appends src's rules and examples to dst's, under comment
// lines that record the merge and src's definition (so the file keeps what
// the merged code meant).
func appendRecord(e *codebook.Editor, src *codebook.Code, dst, actor string) error {
	record := []string{fmt.Sprintf("# Merged from %s (%s) on %s by %s.", src.ID, src.Label, time.Now().Format("2006-01-02"), orSomeone(actor))}
	for _, l := range wrap("Its definition: "+src.Definition, 96) {
		record = append(record, "# "+l)
	}
	field := "rules"
	if strings.TrimSpace(e.Rules(src.ID)) == "" {
		field = "examples"
	}
	head := strings.Join(record, "\n")
	mine, theirs := strings.TrimSpace(e.FieldText(dst, field)), strings.TrimSpace(e.FieldText(src.ID, field))
	if theirs == "" {
		theirs = "[]"
		if mine != "" {
			theirs = ""
		}
	}
	text := strings.TrimSpace(strings.Join([]string{mine, head, theirs}, "\n"))
	_, err := e.SetFieldText(dst, field, text)
	return err
}

func orSomeone(s string) string {
	if s == "" {
		return "someone"
	}
	return s
}

// wrap breaks text into lines of at most width runes, at spaces.
func wrap(text string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > width {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

// groupsOf lists the groups whose codes include id.
func groupsOf(cb *codebook.Codebook, id string) []string {
	var names []string
	for _, g := range cb.Groups() {
		for _, c := range cb.GroupCodes(g.Name) {
			if c.ID == id {
				names = append(names, g.Name)
				break
			}
		}
	}
	return names
}

// Selection picks codings of a code to split off: by id, by document, or
// by words in their quote (any that is set; at least one must be).
type Selection struct {
	IDs      []int64
	Document string
	Quote    string
}

// Split moves some codings of a code to a new code, made beside it (same
// parent) unless the new code names its parent (a sub-code of the code
// split, say).
func Split(ctx context.Context, proj *corpus.Project, st *corpus.Store, id string, n NewCode, sel Selection, opts Options) (*Result, error) {
	return run(ctx, proj, st, opts, "codebook split", func(tx *corpus.Tx, e *codebook.Editor, cb *codebook.Codebook, res *Result) error {
		c, err := need(cb, id)
		if err != nil {
			return err
		}
		if len(sel.IDs) == 0 && sel.Document == "" && sel.Quote == "" {
			return fmt.Errorf("say which codings of %s to split off: --codings FILE, --document D or --quote TEXT", id)
		}
		switch p := c.Parent(); {
		case n.Parent != "":
			if _, err := need(cb, n.Parent); err != nil {
				return fmt.Errorf("--parent: %w", err)
			}
		case p != nil:
			n.Parent = p.ID
		}
		label := n.Label
		if label == "" {
			label = n.ID
		}
		def := n.Definition
		if def == "" {
			def = "Split from " + id + "."
		}
		if err := e.AddCode(codebook.CodeSpec{ID: n.ID, ParentID: n.Parent, Label: label, Definition: def, Colour: n.Colour}); err != nil {
			return err
		}
		ids, err := selected(tx, id, sel)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return fmt.Errorf("no coding of %s matches the selection; nothing to split off", id)
		}
		if err := recode(tx, corpus.CodingFilter{IDs: ids}, n.ID, res); err != nil {
			return err
		}
		res.Summary = fmt.Sprintf("split %s off %s (%s)", n.ID, id, plural(res.Codings, "coding", "codings"))
		return nil
	})
}

// selected returns the codings of code the selection picks, refusing ids
// that are not codings of the code.
func selected(tx *corpus.Tx, code string, sel Selection) ([]int64, error) {
	f := corpus.CodingFilter{Codes: []string{code}, IDs: sel.IDs}
	if sel.Document != "" {
		f.DocIDs = []string{sel.Document}
	}
	cs, err := tx.Codings(f)
	if err != nil {
		return nil, err
	}
	if len(sel.IDs) > 0 && len(cs) < len(sel.IDs) {
		found := map[int64]bool{}
		for _, c := range cs {
			found[c.ID] = true
		}
		for _, id := range sel.IDs {
			if !found[id] {
				return nil, fmt.Errorf("coding %d is not a coding of %s (or does not exist); `groundwork codings show --code %s` lists them", id, code, code)
			}
		}
	}
	var out []int64
	q := strings.ToLower(sel.Quote)
	for _, c := range cs {
		if q == "" || strings.Contains(strings.ToLower(c.Quote), q) {
			out = append(out, c.ID)
		}
	}
	return out, nil
}

// DeleteOptions say what becomes of a deleted code's codings.
type DeleteOptions struct {
	// MoveCodingsTo gives them (and the code's memos) to another code.
	MoveCodingsTo string
	// DropCodings removes them (and the memos).
	DropCodings bool
}

// Delete removes a code from the codebook. It is refused while the code
// has codings, unless they are moved or dropped, and while it has children.
func Delete(ctx context.Context, proj *corpus.Project, st *corpus.Store, id string, d DeleteOptions, opts Options) (*Result, error) {
	return run(ctx, proj, st, opts, "codebook delete", func(tx *corpus.Tx, e *codebook.Editor, cb *codebook.Codebook, res *Result) error {
		c, err := need(cb, id)
		if err != nil {
			return err
		}
		if len(c.Children()) > 0 {
			return fmt.Errorf("%s has codes under it (%s); move them (`groundwork codebook move`) or delete them first", id, childIDs(c))
		}
		n, err := countCodings(tx, id)
		if err != nil {
			return err
		}
		switch {
		case d.MoveCodingsTo == id:
			return fmt.Errorf("cannot move %s's codings to itself: name another code with --move-codings-to, or --drop-codings", id)
		case d.MoveCodingsTo != "":
			if _, err := need(cb, d.MoveCodingsTo); err != nil {
				return fmt.Errorf("--move-codings-to: %w", err)
			}
			if err := recode(tx, corpus.CodingFilter{Codes: []string{id}}, d.MoveCodingsTo, res); err != nil {
				return err
			}
			if err := moveMemos(tx, st, ctx, id, d.MoveCodingsTo, res); err != nil {
				return err
			}
		case d.DropCodings:
			if err := drop(tx, id, res); err != nil {
				return err
			}
			if err := moveMemos(tx, st, ctx, id, "", res); err != nil {
				return err
			}
		case n > 0:
			return fmt.Errorf("%s has %s; give --move-codings-to ID to keep them under another code, or --drop-codings to remove them", id, plural(n, "coding", "codings"))
		}
		for _, g := range groupsOf(cb, id) {
			if _, err := e.RemoveGroupMember(g, id); err != nil {
				return err
			}
		}
		if err := e.RemoveCode(id); err != nil {
			return err
		}
		if err := tx.SetRuleHash(id, ""); err != nil {
			return err
		}
		res.Summary = fmt.Sprintf("deleted %s", id)
		switch {
		case d.MoveCodingsTo != "":
			res.Summary += fmt.Sprintf(" (%s moved to %s)", plural(res.Codings+res.Dropped, "coding", "codings"), d.MoveCodingsTo)
		case d.DropCodings:
			res.Summary += fmt.Sprintf(" (%s dropped)", plural(res.Dropped, "coding", "codings"))
		}
		return nil
	})
}

func childIDs(c *codebook.Code) string {
	var ids []string
	for _, ch := range c.Children() {
		ids = append(ids, ch.ID)
	}
	return strings.Join(ids, ", ")
}

func countCodings(tx *corpus.Tx, code string) (int, error) {
	n := 0
	for _, orphans := range []bool{false, true} {
		cs, err := tx.CodingRefs(corpus.CodingFilter{Codes: []string{code}, Orphans: orphans})
		if err != nil {
			return 0, err
		}
		n += len(cs)
	}
	return n, nil
}

func drop(tx *corpus.Tx, code string, res *Result) error {
	for _, orphans := range []bool{false, true} {
		n, err := tx.DeleteCodings(corpus.CodingFilter{Codes: []string{code}, Orphans: orphans})
		if err != nil {
			return err
		}
		res.Dropped += n
	}
	return nil
}
