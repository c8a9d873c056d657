package codebook

// Editor edits of codes: their fields (SetField, SetFieldText, SetRules),
// and their place (AddCode, MoveCode, RemoveCode, RenameCode).

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// fieldOrder is the order new fields are placed in within a code.
var fieldOrder = [...]string{"id", "label", "definition", "use_when", "do_not_use_when", "examples", "colour", "color", "groups", "parent", "rules", "children"}

func fieldRank(key string) int {
	for i, k := range fieldOrder {
		if k == key {
			return i
		}
	}
	return len(fieldOrder)
}

// ensureBlock rewrites the flow-style part of the file that holds the code
// id ({id: a, ...}, or a flow list of codes) in block style, so that its
// fields can be edited line by line. Only those lines change.
func (e *Editor) ensureBlock(id string) (*codeLoc, error) {
	for range 64 { // each round takes away one level of flow style
		l, err := e.loc(id)
		if err != nil || l.flow == nil {
			return l, err
		}
		if err := e.blockify(l); err != nil {
			return nil, fmt.Errorf("rewriting code %s in block style: %w", id, err)
		}
	}
	return nil, fmt.Errorf("code %s is nested too deep in flow style; edit it by hand", id)
}

// blockify rewrites l.flow in block style.
func (e *Editor) blockify(l *codeLoc) error {
	if l.flowKey == nil { // a flow code in a block list
		start, end, dash, err := e.itemRegion(l.flow)
		if err != nil {
			return err
		}
		lines, err := encodeYAML(dropOuterComments(blockMapping(l.flow)))
		if err != nil {
			return err
		}
		lines = indentLines(lines, dash+2)
		lines[0] = strings.Repeat(" ", dash) + "- " + strings.TrimLeft(lines[0], " ")
		e.replace(start, end, lines)
		return nil
	}
	list := *l.flow
	list.Style &^= yaml.FlowStyle
	for i, it := range list.Content {
		list.Content[i] = blockMapping(it)
	}
	lines, err := encodeYAML(dropOuterComments(&list))
	if err != nil {
		return err
	}
	K, col := e.keyAt(l.flowKey)
	end := e.regionEnd(K, col, true)
	e.replaceKeyed(K, col, end, append([]string{l.flowKey.Value + ":"}, indentLines(lines, col+2)...))
	return nil
}

// blockMapping sets a mapping and the mappings directly in it to block
// style (lists keep theirs).
func blockMapping(n *yaml.Node) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return n
	}
	n.Style &^= yaml.FlowStyle
	for _, c := range n.Content {
		if c.Kind == yaml.MappingNode {
			c.Style &^= yaml.FlowStyle
		}
	}
	return n
}

// dropOuterComments leaves out of n the comments above and below it,
// which yaml.v3 attaches to its first and last nodes but which stand
// outside its lines: they stay where they are in the file.
func dropOuterComments(n *yaml.Node) *yaml.Node {
	for m := n; m != nil; m = edgeChild(m, true) {
		m.HeadComment = ""
	}
	for m := n; m != nil; m = edgeChild(m, false) {
		m.FootComment = ""
	}
	return n
}

// edgeChild returns the first (or the last) node inside n, nil for a
// scalar or an empty collection.
func edgeChild(n *yaml.Node, first bool) *yaml.Node {
	switch {
	case len(n.Content) == 0:
		return nil
	case first:
		return n.Content[0]
	}
	return n.Content[len(n.Content)-1]
}

// encodeYAML encodes a node as YAML lines, indented by two.
func encodeYAML(n *yaml.Node) ([]string, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n"), nil
}

// Field returns the text of a scalar field of a code ("" when absent).
func (e *Editor) Field(id, key string) string {
	l, err := e.loc(id)
	if err != nil {
		return ""
	}
	return scalarValue(mapValue(l.item, key))
}

// SetField sets a text field (label, definition, use_when,
// do_not_use_when, colour, parent, id) of the code id, rewriting only that
// field's lines; a field written as a block scalar (> or |) stays one. An
// empty value removes the field (except definition). A value that reads
// the same as the current one (definition text that differs only in
// surrounding space, #ABC for #aabbcc) changes nothing. It reports whether
// anything changed.
func (e *Editor) SetField(id, key, value string) (changed bool, err error) {
	defer e.undoOnError(&err)()
	l, err := e.loc(id)
	if err != nil {
		return false, err
	}
	key = colourKey(l.item, key)
	kn, vn := mapGet(l.item, key)
	if kn == nil && value == "" || kn != nil && sameValue(key, vn, value) {
		return false, nil
	}
	if value == "" && key != "definition" {
		return true, e.putField(id, key, nil)
	}
	err = e.putField(id, key, func(col int, old *yaml.Node) []string {
		return renderField(key, value, col, old)
	})
	if err != nil {
		return false, err
	}
	now := id
	if key == "id" {
		now = value
	}
	if l, err := e.loc(now); err != nil || !sameValue(key, mapValue(l.item, key), value) {
		return false, fmt.Errorf("internal error: %s of code %s did not read back as written (%v); the edit is refused", key, id, err)
	}
	return true, nil
}

// colourKey is the key the code uses for its colour when key is either
// spelling (colour, color), else key.
func colourKey(item *yaml.Node, key string) string {
	other := map[string]string{"colour": "color", "color": "colour"}[key]
	if k, _ := mapGet(item, key); k == nil && other != "" {
		if k, _ := mapGet(item, other); k != nil {
			return other
		}
	}
	return key
}

// sameValue reports whether the scalar v reads as value does.
func sameValue(key string, v *yaml.Node, value string) bool {
	if v == nil || v.Kind != yaml.ScalarNode {
		return false
	}
	old := scalarValue(v)
	switch {
	case old == value:
		return true
	case trimmedKeys[key]:
		return strings.TrimSpace(old) == strings.TrimSpace(value)
	case key == "colour" || key == "color":
		a, okA := normColour(old)
		b, okB := normColour(value)
		return okA && okB && a == b
	}
	return false
}

// putField replaces the field key of the code id with the lines render
// gives for the key's column and the old value (nil for a new field), or
// removes it when render is nil. A new field goes after the last field
// that comes before it in fieldOrder.
func (e *Editor) putField(id, key string, render func(col int, old *yaml.Node) []string) error {
	l, err := e.ensureBlock(id)
	if err != nil {
		return err
	}
	kn, vn := mapGet(l.item, key)
	if kn == nil {
		if render == nil {
			return nil
		}
		e.insertField(l.item, render(e.firstKeyCol(l.item), nil), fieldRank(key))
		return nil
	}
	K, col := e.keyAt(kn)
	end := e.fieldEnd(kn, vn)
	if render == nil {
		if l.item.Content[0] == kn {
			return fmt.Errorf("code %s: cannot remove its first field %s; edit it by hand", id, key)
		}
		e.replace(K, end, nil)
		return nil
	}
	e.replaceKeyed(K, col, end, render(col, vn))
	return nil
}

// firstKeyCol is the byte column of the first key of a block mapping.
func (e *Editor) firstKeyCol(m *yaml.Node) int {
	_, col := e.keyAt(m.Content[0])
	return col
}

// insertField inserts the lines of a new field of rank rank after the last
// field of m that ranks before it (or after the first field).
func (e *Editor) insertField(m *yaml.Node, lines []string, rank int) {
	after := 0
	for i := 0; i+1 < len(m.Content); i += 2 {
		if fieldRank(m.Content[i].Value) < rank {
			after = i
		}
	}
	e.insert(e.fieldEnd(m.Content[after], m.Content[after+1])+1, lines)
}

// FieldText returns the YAML text of a field of the code id as the file
// has it, comments included, dedented to column 0 ("" when the code has no
// such field). A value in flow style comes back in block style.
func (e *Editor) FieldText(id, key string) string {
	l, err := e.loc(id)
	if err != nil {
		return ""
	}
	kn, vn := mapGet(l.item, key)
	if kn == nil {
		return ""
	}
	if l.flow != nil || vn.Style&yaml.FlowStyle != 0 {
		v := *vn
		v.Style &^= yaml.FlowStyle
		lines, err := encodeYAML(&v)
		if err != nil {
			return ""
		}
		return strings.Join(lines, "\n")
	}
	K, col := e.keyAt(kn)
	body := slices.Clone(e.lines[K+1 : e.fieldEnd(kn, vn)+1])
	rest := e.lines[K][col:]
	if i := strings.Index(rest, ":"); i >= 0 {
		rest = strings.TrimSpace(rest[i+1:])
	}
	if rest != "" {
		body = append([]string{strings.Repeat(" ", col+2) + rest}, body...)
	}
	return dedentText(strings.Join(body, "\n"))
}

// SetFieldText sets a field of the code id to YAML text (a list or a
// mapping, comments included), placed under the key as written; empty text
// removes the field. Text that is the field's text already (FieldText)
// changes nothing. It reports whether anything changed.
func (e *Editor) SetFieldText(id, key, text string) (changed bool, err error) {
	defer e.undoOnError(&err)()
	text = dedentText(text)
	if _, err := yamlText(key, text); err != nil {
		return false, err
	}
	if !e.Has(id) {
		return false, fmt.Errorf("no code %q in the codebook", id)
	}
	if text == e.FieldText(id, key) {
		return false, nil
	}
	if text == "" {
		return true, e.putField(id, key, nil)
	}
	return true, e.putField(id, key, func(col int, _ *yaml.Node) []string {
		return renderBlockValue(key, text, col)
	})
}

// yamlText parses text given for the field key, with errors that count
// lines in the text as the person who typed it sees it.
func yamlText(key, text string) (*yaml.Node, error) {
	for i, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimLeft(l, " -"), "\t") {
			return nil, fmt.Errorf("%s: line %d: use spaces, not tabs, to indent", key, i+1)
		}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		return nil, fmt.Errorf("%s: %s", key, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// Rules returns the YAML text of the rules of the code id as the file has
// them, comments included ("" when it has none).
func (e *Editor) Rules(id string) string { return e.FieldText(id, "rules") }

// SetRules sets the rules of the code id to the YAML text of a list of
// rules, comments included ("" removes them). It reports whether anything
// changed.
func (e *Editor) SetRules(id, text string) (bool, error) {
	n, err := yamlText("rules", dedentText(text))
	if err != nil {
		return false, err
	}
	if n != nil && n.Kind != yaml.SequenceNode && !(n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return false, errors.New("rules must be a list, each rule starting with \"- \" (for example \"- terms: [peer support]\")")
	}
	return e.SetFieldText(id, "rules", text)
}

// fieldLines returns the lines of a field of the code id, dedented to
// column 0, or nil when the code has no such field.
func (e *Editor) fieldLines(id, key string) []string {
	l, err := e.loc(id)
	if err != nil || l.flow != nil {
		return nil
	}
	kn, vn := mapGet(l.item, key)
	if kn == nil {
		return nil
	}
	K, col := e.keyAt(kn)
	lines := slices.Clone(e.lines[K : e.fieldEnd(kn, vn)+1])
	lines[0] = strings.Repeat(" ", col) + lines[0][col:]
	return dedent(lines, col)
}
