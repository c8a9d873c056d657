package codebook

// Editor edits of the tree of codes: adding a code, moving it (with its
// children) under another parent, removing it, renaming it.

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// AddCode adds a new code: at the end of the top-level codes, or at the end
// of its parent's children (adding children: when the parent has none).
func (e *Editor) AddCode(s CodeSpec) (err error) {
	defer e.undoOnError(&err)()
	if e.Has(s.ID) {
		return fmt.Errorf("code %q already exists", s.ID)
	}
	return e.addItem(s.ParentID, func(dash int) []string { return renderCode(s, dash) })
}

// addItem appends a list item, rendered by render at a given dash column,
// to the top-level codes (parent "") or to the children of parent.
func (e *Editor) addItem(parent string, render func(dash int) []string) error {
	root, err := e.top()
	if err != nil {
		return err
	}
	m, key := root, "codes"
	if parent != "" {
		l, err := e.ensureBlock(parent)
		if err != nil {
			return err
		}
		m, key = l.item, "children"
	}
	kn, vn := mapGet(m, key)
	switch {
	case kn == nil && m == root:
		at := len(e.lines)
		for at > 0 && blankLine(e.lines[at-1]) {
			at--
		}
		e.insert(at, append([]string{"", "codes:"}, render(2)...))
		return nil
	case kn == nil:
		_, end, _, err := e.itemRegion(m)
		if err != nil {
			return err
		}
		col := e.firstKeyCol(m)
		e.insert(end+1, append([]string{strings.Repeat(" ", col) + "children:"}, render(col+2)...))
		return nil
	case vn.Kind == yaml.SequenceNode && vn.Style&yaml.FlowStyle == 0 && len(vn.Content) > 0:
		return e.appendItem(vn, render)
	case vn.Kind == yaml.SequenceNode && len(vn.Content) > 0:
		return fmt.Errorf("line %d: %s is written as a flow list; write it as a block list (one \"- id:\" per code) to add to it", kn.Line, key)
	case vn.Kind == yaml.SequenceNode || vn.Kind == yaml.ScalarNode && vn.Tag == "!!null":
		K, col := e.keyAt(kn)
		e.replaceKeyed(K, col, e.regionEnd(K, col, true), append([]string{key + ":"}, render(col+2)...))
		return nil
	}
	return fmt.Errorf("line %d: %s must be a list of codes", kn.Line, key)
}

// appendItem appends an item to the block list, keeping its spacing: a
// blank line between items if it has them.
func (e *Editor) appendItem(list *yaml.Node, render func(dash int) []string) error {
	_, end, dash, err := e.itemRegion(list.Content[len(list.Content)-1])
	if err != nil {
		return err
	}
	lines := render(dash)
	if len(list.Content) > 1 {
		fs, _, err1 := e.itemStart(list.Content[0])
		s2, _, err2 := e.itemStart(list.Content[1])
		if err1 == nil && err2 == nil && s2 > 0 && blankLine(e.lines[s2-1]) && s2-1 > fs {
			lines = append([]string{""}, lines...)
		}
	}
	e.insert(end+1, lines)
	return nil
}

// MoveCode moves a code, with its children, under a new parent ("" for the
// top level), as its last child. A code in flat style (parent: id) gets
// its parent: changed.
func (e *Editor) MoveCode(id, parent string) (err error) {
	defer e.undoOnError(&err)()
	if err := e.checkMove(id, parent); err != nil {
		return err
	}
	l, err := e.ensureBlock(id)
	if err != nil {
		return err
	}
	if pk, _ := mapGet(l.item, "parent"); pk != nil {
		if l.parent == nil {
			_, err := e.SetField(id, "parent", parent)
			return err
		}
		if _, err := e.SetField(id, "parent", ""); err != nil {
			return err
		}
	}
	block, err := e.cutCode(id)
	if err != nil {
		return err
	}
	return e.addItem(parent, func(d int) []string { return indentLines(block, d) })
}

// checkMove refuses a move under a code that is not there, or under the
// code itself or one of its descendants.
func (e *Editor) checkMove(id, parent string) error {
	idx, err := e.index()
	if err != nil {
		return err
	}
	if idx[id] == nil {
		return fmt.Errorf("no code %q in the codebook", id)
	}
	for p := parent; p != ""; {
		l := idx[p]
		if l == nil {
			return fmt.Errorf("no code %q in the codebook to move %s under", p, id)
		}
		if p == id {
			return fmt.Errorf("cannot move code %s under itself or one of its children (%s)", id, parent)
		}
		p = scalarValue(mapValue(l.parent, "id"))
	}
	return nil
}

// RemoveCode removes the code id with the codes nested under it
// (children:), and a children: list it leaves empty. Codes that name it as
// their parent: and groups that list it are left as they are: Parse
// reports them, so a caller moves or removes them too.
func (e *Editor) RemoveCode(id string) (err error) {
	defer e.undoOnError(&err)()
	_, err = e.cutCode(id)
	return err
}

// cutCode removes the lines of the code id (with its children) and returns
// them dedented to the column of its "-".
func (e *Editor) cutCode(id string) ([]string, error) {
	l, err := e.ensureBlock(id)
	if err != nil {
		return nil, err
	}
	start, end, dash, err := e.itemRegion(l.item)
	if err != nil {
		return nil, err
	}
	block := dedent(slices.Clone(e.lines[start:end+1]), dash)
	oldParentID := scalarValue(mapValue(l.parent, "id"))
	from := start
	if from > 0 && blankLine(e.lines[from-1]) && (end+1 >= len(e.lines) || blankLine(e.lines[end+1])) {
		from-- // do not leave two blank lines
	}
	e.replace(from, end, nil)
	if oldParentID != "" {
		// A children: list left empty goes.
		if pl, err := e.loc(oldParentID); err == nil {
			if kn, vn := mapGet(pl.item, "children"); kn != nil && vn.Kind == yaml.ScalarNode && vn.Tag == "!!null" {
				K, col := e.keyAt(kn)
				e.replace(K, e.regionEnd(K, col, true), nil)
			}
		}
	}
	return block, nil
}

// RenameCode gives the code id the id newID, and changes every place in
// the file that names it: the parent: of codes in flat style and the codes
// of groups. (Rule ids and the ids of its children stay as they are.)
func (e *Editor) RenameCode(id, newID string) (err error) {
	defer e.undoOnError(&err)()
	if msg := checkID(newID); msg != "" {
		return fmt.Errorf("cannot rename %s: %s", id, msg)
	}
	if e.Has(newID) {
		return fmt.Errorf("cannot rename %s to %s: code %s exists", id, newID, newID)
	}
	if _, err := e.SetField(id, "id", newID); err != nil {
		return err
	}
	idx, err := e.index()
	if err != nil {
		return err
	}
	var flat []string
	for child, l := range idx {
		if scalarValue(mapValue(l.item, "parent")) == id {
			flat = append(flat, child)
		}
	}
	slices.Sort(flat)
	for _, child := range flat {
		if _, err := e.SetField(child, "parent", newID); err != nil {
			return err
		}
	}
	return e.renameMember(id, newID)
}
