package codebook

// Editor edits of groups: which codes a group lists.

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// groupList returns the key and the value of the list of codes of the
// group g (a group is a list, one id, or a mapping with codes:): the key
// is the group's own key k when the group is the list.
func groupList(k, g *yaml.Node) (key, list *yaml.Node) {
	if g != nil && g.Kind == yaml.MappingNode {
		return mapGet(g, "codes")
	}
	return k, g
}

// listHas reports whether list (a sequence, or one scalar) holds value.
func listHas(list *yaml.Node, value string) bool {
	if list == nil {
		return false
	}
	if scalarValue(list) == value {
		return true
	}
	return slices.ContainsFunc(list.Content, func(it *yaml.Node) bool { return scalarValue(it) == value })
}

// listItems returns the values of list (a sequence, or one scalar).
func listItems(list *yaml.Node) []string {
	switch {
	case list == nil:
		return nil
	case list.Kind == yaml.SequenceNode:
		var out []string
		for _, it := range list.Content {
			out = append(out, scalarValue(it))
		}
		return out
	case scalarValue(list) != "":
		return []string{list.Value}
	}
	return nil
}

// GroupHas reports whether the group lists the code, on the group or in the
// code's own groups.
func (e *Editor) GroupHas(group, id string) bool {
	if l, err := e.loc(id); err == nil && listHas(mapValue(l.item, "groups"), group) {
		return true
	}
	root, err := e.top()
	if err != nil {
		return false
	}
	k, g := mapGet(mapValue(root, "groups"), group)
	_, list := groupList(k, g)
	return listHas(list, id)
}

// AddGroupMember adds the code id to the group (creating the group, with
// the description, when there is none). It reports whether anything
// changed.
//
// An empty id creates the group with no codes when it does not exist.
func (e *Editor) AddGroupMember(group, description, id string) (changed bool, err error) {
	defer e.undoOnError(&err)()
	if id != "" && e.GroupHas(group, id) {
		return false, nil
	}
	root, err := e.top()
	if err != nil {
		return false, err
	}
	gk, groups := mapGet(root, "groups")
	if gk == nil || groups.Kind == yaml.ScalarNode && groups.Tag == "!!null" ||
		groups.Kind == yaml.MappingNode && len(groups.Content) == 0 {
		e.addGroupsKey(root, gk, newGroup(group, description, id, 2))
		return true, nil
	}
	if groups.Kind != yaml.MappingNode || groups.Style&yaml.FlowStyle != 0 {
		return false, fmt.Errorf("line %d: groups must be a block mapping to add a group to it", gk.Line)
	}
	k, g := mapGet(groups, group)
	switch {
	case k != nil && id == "":
		return false, nil
	case k == nil:
		last := groups.Content[len(groups.Content)-2]
		K, col := e.keyAt(last)
		e.insert(e.regionEnd(K, col, false)+1, newGroup(group, description, id, col))
		return true, nil
	}
	return true, e.appendMember(group, k, g, id)
}

// newGroup renders a group with its key at column col.
func newGroup(group, description, id string, col int) []string {
	lines := []string{strings.Repeat(" ", col) + yamlScalar(group) + ":"}
	if description != "" {
		lines = append(lines, renderField("description", description, col+2, nil)...)
	}
	var ids []string
	if id != "" {
		ids = []string{id}
	}
	return append(lines, renderList("codes", ids, col+2)...)
}

// addGroupsKey writes groups: with the lines of one group, in place of the
// empty groups: key gk, or before codes: (where groups usually are).
func (e *Editor) addGroupsKey(root, gk *yaml.Node, group []string) {
	lines := append([]string{"groups:"}, group...)
	if gk != nil {
		K := gk.Line - 1
		e.replace(K, e.regionEnd(K, 0, false), lines)
		return
	}
	at := len(e.lines)
	if ck, _ := mapGet(root, "codes"); ck != nil {
		at = ck.Line - 1
	}
	e.insert(at, append(lines, ""))
}

// appendMember adds id to the codes of the existing group (key k, value g).
func (e *Editor) appendMember(group string, k, g *yaml.Node, id string) error {
	listKey, list := groupList(k, g)
	if listKey == nil { // a group mapping without codes:
		lastK, lastV := g.Content[len(g.Content)-2], g.Content[len(g.Content)-1]
		e.insert(e.fieldEnd(lastK, lastV)+1, renderList("codes", []string{id}, e.firstKeyCol(g)))
		return nil
	}
	if list.Kind == yaml.SequenceNode && list.Style&yaml.FlowStyle == 0 && len(list.Content) > 0 {
		_, end, dash, err := e.itemRegion(list.Content[len(list.Content)-1])
		if err != nil {
			return err
		}
		e.insert(end+1, []string{strings.Repeat(" ", dash) + "- " + yamlScalar(id)})
		return nil
	}
	e.rewriteList(listName(group, k, listKey), listKey, append(listItems(list), id))
	return nil
}

// rewriteList writes the list whose key is key (written name:) as items,
// in flow style when it fits on a line.
func (e *Editor) rewriteList(name string, key *yaml.Node, items []string) {
	K, col := e.keyAt(key)
	e.replaceKeyed(K, col, e.regionEnd(K, col, true), renderList(name, items, col))
}

// listName is how the key of a group's list is written: the group's name
// when the group is the list (its key k), else codes.
func listName(group string, k, key *yaml.Node) string {
	if key == k {
		return yamlScalar(group)
	}
	return "codes"
}

// addEmptyGroup adds a group with no codes.
func (e *Editor) addEmptyGroup(name, description string) error {
	_, err := e.AddGroupMember(name, description, "")
	return err
}

// RemoveGroupMember takes the code id out of the group: out of the group's
// codes and out of the code's own groups:. It reports whether anything
// changed.
func (e *Editor) RemoveGroupMember(group, id string) (changed bool, err error) {
	defer e.undoOnError(&err)()
	if l, err := e.loc(id); err == nil {
		if k, list := mapGet(l.item, "groups"); listHas(list, group) {
			if err := e.dropItem("groups", k, list, group); err != nil {
				return false, err
			}
			changed = true
		}
	}
	root, err := e.top()
	if err != nil {
		return false, err
	}
	k, g := mapGet(mapValue(root, "groups"), group)
	key, list := groupList(k, g)
	if !listHas(list, id) {
		return changed, nil
	}
	return true, e.dropItem(listName(group, k, key), key, list, id)
}

// dropItem removes value from list, the value of key (written name:): the
// item's lines from a block list, else the list written again without it.
func (e *Editor) dropItem(name string, key, list *yaml.Node, value string) error {
	items := slices.DeleteFunc(listItems(list), func(s string) bool { return s == value })
	if list.Kind != yaml.SequenceNode || list.Style&yaml.FlowStyle != 0 || len(items) == 0 {
		e.rewriteList(name, key, items)
		return nil
	}
	// Bottom up, so that the lines of the items above stay where they are.
	for i := len(list.Content) - 1; i >= 0; i-- {
		if scalarValue(list.Content[i]) != value {
			continue
		}
		start, end, _, err := e.itemRegion(list.Content[i])
		if err != nil {
			return err
		}
		e.replace(start, end, nil)
	}
	return nil
}

// renameMember changes the id old to new in the codes of every group.
func (e *Editor) renameMember(old, new string) error {
	root, err := e.top()
	if err != nil {
		return err
	}
	type member struct {
		n    *yaml.Node
		flow bool
	}
	var ms []member
	groups := mapValue(root, "groups")
	for i := 0; groups != nil && groups.Kind == yaml.MappingNode && i+1 < len(groups.Content); i += 2 {
		_, list := groupList(groups.Content[i], groups.Content[i+1])
		flow := groups.Style&yaml.FlowStyle != 0 || groups.Content[i+1].Style&yaml.FlowStyle != 0
		if scalarValue(list) == old {
			ms = append(ms, member{list, flow})
			continue
		}
		for _, it := range listContent(list) {
			if scalarValue(it) == old {
				ms = append(ms, member{it, flow || list.Style&yaml.FlowStyle != 0})
			}
		}
	}
	// Last first, so that the columns of the others on a line stay right.
	slices.SortFunc(ms, func(a, b member) int {
		return cmp.Or(cmp.Compare(b.n.Line, a.n.Line), cmp.Compare(b.n.Column, a.n.Column))
	})
	for _, m := range ms {
		if err := e.setScalar(m.n, new, m.flow); err != nil {
			return err
		}
	}
	return nil
}

func listContent(list *yaml.Node) []*yaml.Node {
	if list == nil || list.Kind != yaml.SequenceNode {
		return nil
	}
	return list.Content
}
