package codebook

// Writing codebook YAML: Editor changes a codebook file line by line (only
// the lines of the codes and groups it touches change, so comments, folded
// text, flow lists and blank lines stay exactly as written), RenderDraft
// writes a fresh codebook, and ImportExchange applies a REFI-QDA codebook
// to a codebook file (merge or replace) with either.

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// CodeSpec is a code to add to, or to change in, a codebook file.
type CodeSpec struct {
	ID           string
	ParentID     string
	Label        string
	Definition   string
	UseWhen      string
	DoNotUseWhen string
	Examples     []string
	Colour       string

	// extra are field lines copied verbatim from another codebook file
	// (rules, guidance, examples), dedented so that their keys are at
	// column 0.
	extra []string
}

// GroupSpec is a group of a fresh codebook.
type GroupSpec struct {
	Name        string
	Description string
	Codes       []string
}

// lineWidth is the width long text is folded to.
const lineWidth = 80

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

// Editor edits a codebook file in place. Each change rewrites only the
// lines of the field, code or group it touches; the rest of the file,
// comments included, stays byte for byte. Bytes returns the result; callers
// should check it with Parse before writing it (ImportExchange does).
type Editor struct {
	lines []string
	crlf  bool
	bom   bool
	root  *yaml.Node // the top-level mapping; nil when the lines changed
}

// NewEditor starts editing the codebook file data. The file must be YAML
// whose top level is a mapping (an empty file is a new codebook).
func NewEditor(data []byte) (*Editor, error) {
	e := &Editor{}
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		e.bom = true
		data = data[3:]
	}
	s := string(data)
	if strings.Contains(s, "\r\n") {
		e.crlf = true
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	s = strings.TrimSuffix(s, "\n")
	if s != "" {
		e.lines = strings.Split(s, "\n")
	}
	if _, err := e.top(); err != nil {
		return nil, err
	}
	return e, nil
}

// Bytes returns the edited file.
func (e *Editor) Bytes() []byte {
	nl := "\n"
	if e.crlf {
		nl = "\r\n"
	}
	var b strings.Builder
	if e.bom {
		b.WriteString("\ufeff")
	}
	for _, l := range e.lines {
		b.WriteString(l)
		b.WriteString(nl)
	}
	return []byte(b.String())
}

// top parses the current lines (when they changed) and returns the
// top-level mapping.
func (e *Editor) top() (*yaml.Node, error) {
	if e.root != nil {
		return e.root, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(strings.Join(e.lines, "\n")), &doc); err != nil {
		return nil, fmt.Errorf("the codebook is not valid YAML: %v", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		// An empty file: start a mapping.
		e.lines = append(e.lines, "codes:")
		return e.top()
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode || root.Style&yaml.FlowStyle != 0 {
		return nil, errors.New("the codebook's top level must be a block mapping (name:, codes:, ...)")
	}
	e.root = root
	return root, nil
}

func (e *Editor) changed() { e.root = nil }

// codeLoc is where a code sits in the file.
type codeLoc struct {
	item   *yaml.Node // the code's mapping
	list   *yaml.Node // the sequence holding it
	parent *yaml.Node // the mapping of the enclosing code; nil at the top
}

func mapGet(m *yaml.Node, key string) (k, v *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

func scalarValue(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

// index finds every code mapping of the file by id.
func (e *Editor) index() (map[string]*codeLoc, error) {
	root, err := e.top()
	if err != nil {
		return nil, err
	}
	out := map[string]*codeLoc{}
	var walk func(list, parent *yaml.Node)
	walk = func(list, parent *yaml.Node) {
		if list == nil || list.Kind != yaml.SequenceNode {
			return
		}
		for _, it := range list.Content {
			if it.Kind != yaml.MappingNode {
				continue
			}
			_, idn := mapGet(it, "id")
			if id := scalarValue(idn); id != "" {
				if _, dup := out[id]; !dup {
					out[id] = &codeLoc{item: it, list: list, parent: parent}
				}
			}
			_, ch := mapGet(it, "children")
			walk(ch, it)
		}
	}
	_, codes := mapGet(root, "codes")
	walk(codes, nil)
	return out, nil
}

// Has reports whether the file defines a code with this id.
func (e *Editor) Has(id string) bool {
	idx, err := e.index()
	return err == nil && idx[id] != nil
}

func (e *Editor) loc(id string) (*codeLoc, error) {
	idx, err := e.index()
	if err != nil {
		return nil, err
	}
	l := idx[id]
	if l == nil {
		return nil, fmt.Errorf("no code %q in the codebook", id)
	}
	return l, nil
}

// ---------------------------------------------------------------------------
// Lines

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

func blankLine(l string) bool { return strings.TrimSpace(l) == "" }

// byteCol converts a 1-based yaml column (in characters) on line l to a
// byte offset.
func byteCol(l string, col int) int {
	i, n := 0, 1
	for i < len(l) && n < col {
		_, size := utf8.DecodeRuneInString(l[i:])
		i += size
		n++
	}
	return i
}

// regionEnd returns the last line of the block that starts on line start
// at column col (0-based): the following lines that are blank or indented
// deeper, and with dashAtCol also "- " items at col (a sequence written at
// the same indentation as its key). Trailing blank lines are not part of it.
func (e *Editor) regionEnd(start, col int, dashAtCol bool) int {
	last := start
	for i := start + 1; i < len(e.lines); i++ {
		l := e.lines[i]
		if blankLine(l) {
			continue
		}
		ind := indentOf(l)
		if ind > col || dashAtCol && ind == col && strings.HasPrefix(l[ind:], "-") {
			last = i
			continue
		}
		break
	}
	return last
}

// itemStart returns the line (0-based) and the column of the "-" of the
// sequence item whose content node is n.
func (e *Editor) itemStart(n *yaml.Node) (int, int, error) {
	L := n.Line - 1
	if L < 0 || L >= len(e.lines) {
		return 0, 0, errors.New("internal error: a node outside the file")
	}
	l := e.lines[L]
	pre := strings.TrimRight(l[:byteCol(l, n.Column)], " ")
	if strings.HasSuffix(pre, "-") && strings.TrimSpace(pre) == "-" {
		return L, len(pre) - 1, nil
	}
	if strings.TrimSpace(pre) == "" {
		// "-" alone on an earlier line.
		for i := L - 1; i >= 0; i-- {
			t := strings.TrimSpace(e.lines[i])
			if t == "" || strings.HasPrefix(t, "#") {
				continue
			}
			if t == "-" {
				return i, indentOf(e.lines[i]), nil
			}
			break
		}
	}
	return 0, 0, fmt.Errorf("line %d: a list item in a layout groundwork cannot edit; edit it by hand", n.Line)
}

func (e *Editor) replace(from, to int, repl []string) {
	out := make([]string, 0, len(e.lines)-(to-from+1)+len(repl))
	out = append(out, e.lines[:from]...)
	out = append(out, repl...)
	out = append(out, e.lines[to+1:]...)
	e.lines = out
	e.changed()
}

func (e *Editor) insert(at int, repl []string) {
	out := make([]string, 0, len(e.lines)+len(repl))
	out = append(out, e.lines[:at]...)
	out = append(out, repl...)
	out = append(out, e.lines[at:]...)
	e.lines = out
	e.changed()
}

func indentLines(lines []string, n int) []string {
	pad := strings.Repeat(" ", n)
	out := make([]string, len(lines))
	for i, l := range lines {
		if blankLine(l) {
			out[i] = ""
		} else {
			out[i] = pad + l
		}
	}
	return out
}

// dedent removes n columns of indentation (fewer where a line has less).
func dedent(lines []string, n int) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		k := min(indentOf(l), n)
		out[i] = l[k:]
		if blankLine(out[i]) {
			out[i] = ""
		}
	}
	return out
}

// ---------------------------------------------------------------------------
// Rendering values

// inlineScalar renders s as a one-line YAML scalar (plain or quoted), or ""
// when it cannot be one line.
func inlineScalar(s string) string {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.ContainsAny(s, "\n\r") {
		n.Style = yaml.DoubleQuotedStyle
	}
	out, err := yaml.Marshal(n)
	if err != nil {
		return strconvQuote(s)
	}
	r := strings.TrimSuffix(string(out), "\n")
	if strings.HasPrefix(r, "'") || strings.Contains(r, "\n") {
		n.Style = yaml.DoubleQuotedStyle
		out, err = yaml.Marshal(n)
		if err != nil {
			return strconvQuote(s)
		}
		r = strings.TrimSuffix(string(out), "\n")
	}
	return r
}

func strconvQuote(s string) string {
	b, _ := yaml.Marshal(map[string]string{"v": s})
	return strings.TrimSuffix(strings.TrimPrefix(string(b), "v: "), "\n")
}

// renderField renders "key: value" with its key at column col: one line
// when it fits, long text folded (>-) at word boundaries, text with line
// breaks as a literal block (|-). Every rendering is checked by reading it
// back; when that fails the value is written double-quoted on one line.
func renderField(key, value string, col int) []string {
	pad := strings.Repeat(" ", col)
	one := pad + key + ": " + inlineScalar(value)
	if !strings.Contains(value, "\n") && utf8.RuneCountInString(one) <= lineWidth {
		return []string{one}
	}
	var block []string
	if strings.Contains(value, "\n") {
		block = literalBlock(key, value, col)
	} else {
		block = foldedBlock(key, value, col)
	}
	if block != nil && readsBack(block, col, key, value) {
		return block
	}
	if !strings.Contains(value, "\n") {
		return []string{one}
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: value, Style: yaml.DoubleQuotedStyle}
	out, _ := yaml.Marshal(n)
	return []string{pad + key + ": " + strings.ReplaceAll(strings.TrimSuffix(string(out), "\n"), "\n", " ")}
}

func safeBlockText(s string) bool {
	for _, r := range s {
		if r != '\n' && (unicode.IsControl(r) || r == '\ufeff') {
			return false
		}
	}
	return true
}

func foldedBlock(key, value string, col int) []string {
	if value != strings.TrimSpace(value) || !safeBlockText(value) {
		return nil
	}
	pad := strings.Repeat(" ", col+2)
	width := max(lineWidth-col-2, 40)
	out := []string{strings.Repeat(" ", col) + key + ": >-"}
	rs := []rune(value)
	line := 0 // start of the current line in rs
	lastBreak := -1
	for i := 0; i < len(rs); i++ {
		// A break may replace a single space between two non-spaces.
		if rs[i] == ' ' && i > 0 && i+1 < len(rs) && rs[i-1] != ' ' && rs[i+1] != ' ' {
			if i-line > width && lastBreak > line {
				out = append(out, pad+string(rs[line:lastBreak]))
				line = lastBreak + 1
			}
			lastBreak = i
		}
	}
	if len(rs)-line > width && lastBreak > line {
		out = append(out, pad+string(rs[line:lastBreak]))
		line = lastBreak + 1
	}
	out = append(out, pad+string(rs[line:]))
	return out
}

func literalBlock(key, value string, col int) []string {
	if !safeBlockText(value) || strings.HasPrefix(value, " ") || strings.HasPrefix(value, "\n") {
		return nil
	}
	v := strings.TrimRight(value, "\n")
	if v != value {
		return nil
	}
	pad := strings.Repeat(" ", col+2)
	out := []string{strings.Repeat(" ", col) + key + ": |-"}
	for _, l := range strings.Split(v, "\n") {
		if strings.HasSuffix(l, " ") || strings.HasSuffix(l, "\t") {
			return nil
		}
		if l == "" {
			out = append(out, "")
		} else {
			out = append(out, pad+l)
		}
	}
	return out
}

func readsBack(block []string, col int, key, value string) bool {
	var m map[string]string
	if err := yaml.Unmarshal([]byte(strings.Join(dedent(block, col), "\n")+"\n"), &m); err != nil {
		return false
	}
	return m[key] == value
}

func renderList(key string, items []string, col int) []string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = inlineScalar(it)
	}
	one := strings.Repeat(" ", col) + key + ": [" + strings.Join(parts, ", ") + "]"
	if utf8.RuneCountInString(one) <= lineWidth || len(items) == 0 {
		return []string{one}
	}
	out := []string{strings.Repeat(" ", col) + key + ":"}
	for _, p := range parts {
		out = append(out, strings.Repeat(" ", col+2)+"- "+p)
	}
	return out
}

// renderCode renders a code as a list item whose "-" is at column dash,
// without children.
func renderCode(s CodeSpec, dash int) []string {
	k := dash + 2
	var body []string
	body = append(body, renderField("id", s.ID, k)...)
	if s.Label != "" {
		body = append(body, renderField("label", s.Label, k)...)
	}
	body = append(body, renderField("definition", s.Definition, k)...)
	if s.UseWhen != "" {
		body = append(body, renderField("use_when", s.UseWhen, k)...)
	}
	if s.DoNotUseWhen != "" {
		body = append(body, renderField("do_not_use_when", s.DoNotUseWhen, k)...)
	}
	if len(s.Examples) > 0 {
		body = append(body, strings.Repeat(" ", k)+"examples:")
		for _, ex := range s.Examples {
			body = append(body, strings.Repeat(" ", k+2)+"- "+inlineScalar(ex))
		}
	}
	if s.Colour != "" {
		body = append(body, renderField("colour", s.Colour, k)...)
	}
	body = append(body, indentLines(s.extra, k)...)
	body[0] = strings.Repeat(" ", dash) + "- " + strings.TrimLeft(body[0], " ")
	return body
}

// ---------------------------------------------------------------------------
// Editing codes

// ensureBlock rewrites a code written as a flow mapping ({id: a, ...}) as a
// block mapping, so that its fields can be edited line by line.
func (e *Editor) ensureBlock(id string) (*codeLoc, error) {
	l, err := e.loc(id)
	if err != nil {
		return nil, err
	}
	if l.item.Style&yaml.FlowStyle == 0 {
		return l, nil
	}
	start, dash, err := e.itemStart(l.item)
	if err != nil {
		return nil, err
	}
	end := e.regionEnd(start, dash, false)
	var conv func(n *yaml.Node)
	conv = func(n *yaml.Node) {
		if n.Kind == yaml.MappingNode {
			n.Style &^= yaml.FlowStyle
		}
		for _, c := range n.Content {
			if c.Kind == yaml.MappingNode {
				conv(c)
			}
		}
	}
	conv(l.item)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(l.item); err != nil {
		return nil, fmt.Errorf("rewriting code %s: %w", id, err)
	}
	enc.Close()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	lines = indentLines(lines, dash+2)
	lines[0] = strings.Repeat(" ", dash) + "- " + strings.TrimLeft(lines[0], " ")
	e.replace(start, end, lines)
	return e.loc(id)
}

// Field returns the text of a scalar field of a code ("" when absent).
func (e *Editor) Field(id, key string) string {
	l, err := e.loc(id)
	if err != nil {
		return ""
	}
	_, v := mapGet(l.item, key)
	return scalarValue(v)
}

// SetField sets a text field (label, definition, use_when,
// do_not_use_when, colour, parent) of the code id, rewriting only that
// field's lines. An empty value removes the field (except definition). It
// reports whether anything changed.
func (e *Editor) SetField(id, key, value string) (bool, error) {
	l, err := e.ensureBlock(id)
	if err != nil {
		return false, err
	}
	kn, vn := mapGet(l.item, key)
	if kn == nil && (key == "colour" || key == "color") {
		other := map[string]string{"colour": "color", "color": "colour"}[key]
		if kn, vn = mapGet(l.item, other); kn != nil {
			key = other
		}
	}
	if kn != nil && vn.Kind == yaml.ScalarNode && scalarValue(vn) == value {
		return false, nil
	}
	if kn == nil && value == "" {
		return false, nil
	}
	if kn != nil {
		K := kn.Line - 1
		col := byteCol(e.lines[K], kn.Column)
		end := e.regionEnd(K, col, vn.Kind == yaml.SequenceNode)
		if value == "" && key != "definition" {
			if l.item.Content[0] == kn {
				return false, fmt.Errorf("code %s: cannot remove its first field %s; edit it by hand", id, key)
			}
			e.replace(K, end, nil)
			return true, nil
		}
		repl := renderField(key, value, col)
		repl[0] = e.lines[K][:col] + strings.TrimLeft(repl[0], " ")
		e.replace(K, end, repl)
		return true, nil
	}
	// Insert after the last field that comes before it in fieldOrder.
	rank := fieldRank(key)
	var after *yaml.Node
	var afterVal *yaml.Node
	for i := 0; i+1 < len(l.item.Content); i += 2 {
		k := l.item.Content[i]
		if fieldRank(k.Value) < rank {
			after, afterVal = k, l.item.Content[i+1]
		}
	}
	first := l.item.Content[0]
	col := byteCol(e.lines[first.Line-1], first.Column)
	if after == nil {
		after, afterVal = first, l.item.Content[1]
	}
	K := after.Line - 1
	at := e.regionEnd(K, byteCol(e.lines[K], after.Column), afterVal.Kind == yaml.SequenceNode) + 1
	e.insert(at, renderField(key, value, col))
	return true, nil
}

// AddCode adds a new code: at the end of the top-level codes, or at the end
// of its parent's children (adding children: when the parent has none).
func (e *Editor) AddCode(s CodeSpec) error {
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
	var m *yaml.Node
	key := "codes"
	if parent == "" {
		m = root
	} else {
		l, err := e.ensureBlock(parent)
		if err != nil {
			return err
		}
		m, key = l.item, "children"
	}
	kn, vn := mapGet(m, key)
	switch {
	case kn == nil:
		if m == root {
			at := len(e.lines)
			for at > 0 && blankLine(e.lines[at-1]) {
				at--
			}
			e.insert(at, append([]string{"", "codes:"}, render(2)...))
			return nil
		}
		start, dash, err := e.itemStart(m)
		if err != nil {
			return err
		}
		end := e.regionEnd(start, dash, false)
		first := m.Content[0]
		col := byteCol(e.lines[first.Line-1], first.Column)
		e.insert(end+1, append([]string{strings.Repeat(" ", col) + "children:"}, render(col+2)...))
		return nil
	case vn.Kind == yaml.SequenceNode && vn.Style&yaml.FlowStyle == 0 && len(vn.Content) > 0:
		last := vn.Content[len(vn.Content)-1]
		start, dash, err := e.itemStart(last)
		if err != nil {
			return err
		}
		end := e.regionEnd(start, dash, false)
		lines := render(dash)
		// Keep the list's spacing: a blank line between items if it has them.
		first := vn.Content[0]
		if fs, _, err := e.itemStart(first); err == nil && len(vn.Content) > 1 {
			if s2, _, err := e.itemStart(vn.Content[1]); err == nil && s2 > 0 && blankLine(e.lines[s2-1]) && s2-1 > fs {
				lines = append([]string{""}, lines...)
			}
		}
		e.insert(end+1, lines)
		return nil
	case vn.Kind == yaml.SequenceNode && len(vn.Content) > 0:
		return fmt.Errorf("line %d: %s is written as a flow list; write it as a block list (one \"- id:\" per code) to import into it", kn.Line, key)
	case vn.Kind == yaml.SequenceNode || vn.Kind == yaml.ScalarNode && vn.Tag == "!!null":
		K := kn.Line - 1
		col := byteCol(e.lines[K], kn.Column)
		end := e.regionEnd(K, col, true)
		repl := append([]string{e.lines[K][:col] + key + ":"}, render(col+2)...)
		e.replace(K, end, repl)
		return nil
	}
	return fmt.Errorf("line %d: %s must be a list of codes", kn.Line, key)
}

// MoveCode moves a code, with its children, under a new parent ("" for the
// top level). A code in flat style (parent: id) gets its parent: changed.
func (e *Editor) MoveCode(id, parent string) error {
	l, err := e.ensureBlock(id)
	if err != nil {
		return err
	}
	if pk, _ := mapGet(l.item, "parent"); pk != nil {
		if l.parent == nil {
			if parent == "" {
				_, err := e.SetField(id, "parent", "")
				return err
			}
			_, err := e.SetField(id, "parent", parent)
			return err
		}
		if _, err := e.SetField(id, "parent", ""); err != nil {
			return err
		}
		if l, err = e.loc(id); err != nil {
			return err
		}
	}
	start, dash, err := e.itemStart(l.item)
	if err != nil {
		return err
	}
	end := e.regionEnd(start, dash, false)
	block := dedent(slices.Clone(e.lines[start:end+1]), dash)
	oldParent := l.parent
	var oldParentID string
	if oldParent != nil {
		_, idn := mapGet(oldParent, "id")
		oldParentID = scalarValue(idn)
	}
	from, to := start, end
	if from > 0 && blankLine(e.lines[from-1]) && (to+1 >= len(e.lines) || blankLine(e.lines[to+1])) {
		from-- // do not leave two blank lines
	}
	e.replace(from, to, nil)
	if oldParentID != "" {
		// A children: list left empty goes.
		if pl, err := e.loc(oldParentID); err == nil {
			if kn, vn := mapGet(pl.item, "children"); kn != nil && (vn.Kind == yaml.ScalarNode && vn.Tag == "!!null") {
				K := kn.Line - 1
				e.replace(K, e.regionEnd(K, byteCol(e.lines[K], kn.Column), true), nil)
			}
		}
	}
	return e.addItem(parent, func(d int) []string { return indentLines(block, d) })
}

// fieldLines returns the lines of a field of the code id, dedented to
// column 0, or nil when the code has no such field.
func (e *Editor) fieldLines(id, key string) []string {
	l, err := e.loc(id)
	if err != nil || l.item.Style&yaml.FlowStyle != 0 {
		return nil
	}
	kn, vn := mapGet(l.item, key)
	if kn == nil {
		return nil
	}
	K := kn.Line - 1
	col := byteCol(e.lines[K], kn.Column)
	end := e.regionEnd(K, col, vn.Kind == yaml.SequenceNode)
	lines := slices.Clone(e.lines[K : end+1])
	lines[0] = strings.Repeat(" ", col) + lines[0][col:]
	return dedent(lines, col)
}

// ---------------------------------------------------------------------------
// Groups

// GroupHas reports whether the group lists the code, on the group or in the
// code's own groups.
func (e *Editor) GroupHas(group, id string) bool {
	if l, err := e.loc(id); err == nil {
		_, gs := mapGet(l.item, "groups")
		if gs != nil {
			if scalarValue(gs) == group {
				return true
			}
			for _, it := range gs.Content {
				if scalarValue(it) == group {
					return true
				}
			}
		}
	}
	root, err := e.top()
	if err != nil {
		return false
	}
	_, groups := mapGet(root, "groups")
	_, g := mapGet(groups, group)
	if g == nil {
		return false
	}
	list := g
	if g.Kind == yaml.MappingNode {
		_, list = mapGet(g, "codes")
	}
	if list == nil {
		return false
	}
	if scalarValue(list) == id {
		return true
	}
	for _, it := range list.Content {
		if scalarValue(it) == id {
			return true
		}
	}
	return false
}

// AddGroupMember adds the code id to the group (creating the group, with
// the description, when there is none). It reports whether anything
// changed.
//
// An empty id creates the group with no codes when it does not exist.
func (e *Editor) AddGroupMember(group, description, id string) (bool, error) {
	if id != "" && e.GroupHas(group, id) {
		return false, nil
	}
	root, err := e.top()
	if err != nil {
		return false, err
	}
	gk, groups := mapGet(root, "groups")
	newGroup := func(col int) []string {
		lines := []string{strings.Repeat(" ", col) + inlineScalar(group) + ":"}
		if description != "" {
			lines = append(lines, renderField("description", description, col+2)...)
		}
		var ids []string
		if id != "" {
			ids = []string{id}
		}
		return append(lines, renderList("codes", ids, col+2)...)
	}
	if gk == nil || groups.Kind == yaml.ScalarNode && groups.Tag == "!!null" ||
		groups.Kind == yaml.MappingNode && len(groups.Content) == 0 {
		lines := append([]string{"groups:"}, newGroup(2)...)
		if gk != nil {
			K := gk.Line - 1
			e.replace(K, e.regionEnd(K, 0, false), lines)
			return true, nil
		}
		// Before codes:, where groups usually are.
		at := len(e.lines)
		if ck, _ := mapGet(root, "codes"); ck != nil {
			at = ck.Line - 1
		}
		e.insert(at, append(lines, ""))
		return true, nil
	}
	if groups.Kind != yaml.MappingNode || groups.Style&yaml.FlowStyle != 0 {
		return false, fmt.Errorf("line %d: groups must be a block mapping to import into it", gk.Line)
	}
	k, g := mapGet(groups, group)
	if k != nil && id == "" {
		return false, nil
	}
	if k == nil {
		last := groups.Content[len(groups.Content)-2]
		K := last.Line - 1
		col := byteCol(e.lines[K], last.Column)
		end := e.regionEnd(K, col, false)
		e.insert(end+1, newGroup(col))
		return true, nil
	}
	K := k.Line - 1
	col := byteCol(e.lines[K], k.Column)
	listKey, list, keyNode := "", g, k
	if g.Kind == yaml.MappingNode {
		ck, cv := mapGet(g, "codes")
		if ck == nil {
			first := g.Content[0]
			fc := byteCol(e.lines[first.Line-1], first.Column)
			lastK := g.Content[len(g.Content)-2]
			LK := lastK.Line - 1
			end := e.regionEnd(LK, byteCol(e.lines[LK], lastK.Column), g.Content[len(g.Content)-1].Kind == yaml.SequenceNode)
			e.insert(end+1, renderList("codes", []string{id}, fc))
			return true, nil
		}
		listKey, list, keyNode = "codes", cv, ck
	}
	var items []string
	switch {
	case list.Kind == yaml.SequenceNode && list.Style&yaml.FlowStyle == 0 && len(list.Content) > 0:
		last := list.Content[len(list.Content)-1]
		start, dash, err := e.itemStart(last)
		if err != nil {
			return false, err
		}
		end := e.regionEnd(start, dash, false)
		e.insert(end+1, []string{strings.Repeat(" ", dash) + "- " + inlineScalar(id)})
		return true, nil
	case list.Kind == yaml.SequenceNode:
		for _, it := range list.Content {
			items = append(items, scalarValue(it))
		}
	case list.Kind == yaml.ScalarNode && list.Tag != "!!null":
		items = []string{list.Value}
	}
	items = append(items, id)
	KK := keyNode.Line - 1
	kc := byteCol(e.lines[KK], keyNode.Column)
	end := e.regionEnd(KK, kc, true)
	var repl []string
	if listKey == "" {
		repl = renderList(inlineScalar(group), items, col)
	} else {
		repl = renderList("codes", items, kc)
	}
	repl[0] = e.lines[KK][:kc] + strings.TrimLeft(repl[0], " ")
	e.replace(KK, end, repl)
	return true, nil
}

// ---------------------------------------------------------------------------
// Fresh codebooks

// Draft is a codebook to render from scratch.
type Draft struct {
	// Comment lines for the top of the file (without "#").
	Comment     []string
	Name        string
	Version     string
	Description string
	Groups      []GroupSpec
	// Codes in depth-first order: a parent before its children.
	Codes []CodeSpec
}

// RenderDraft renders a fresh codebook file: the comment, name, version and
// description, the groups, and the codes nested with children:.
func RenderDraft(d *Draft) []byte {
	var lines []string
	for _, c := range d.Comment {
		if c == "" {
			lines = append(lines, "#")
		} else {
			lines = append(lines, "# "+c)
		}
	}
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	if d.Name != "" {
		lines = append(lines, renderField("name", d.Name, 0)...)
	}
	if d.Version != "" {
		lines = append(lines, "version: "+inlineScalarString(d.Version))
	}
	if d.Description != "" {
		lines = append(lines, renderField("description", d.Description, 0)...)
	}
	if len(d.Groups) > 0 {
		lines = append(lines, "", "groups:")
		for _, g := range d.Groups {
			lines = append(lines, "  "+inlineScalar(g.Name)+":")
			if g.Description != "" {
				lines = append(lines, renderField("description", g.Description, 4)...)
			}
			lines = append(lines, renderList("codes", g.Codes, 4)...)
		}
	}
	children := map[string][]CodeSpec{}
	for _, c := range d.Codes {
		children[c.ParentID] = append(children[c.ParentID], c)
	}
	var render func(parent string, dash int)
	render = func(parent string, dash int) {
		for _, c := range children[parent] {
			lines = append(lines, renderCode(c, dash)...)
			if len(children[c.ID]) > 0 {
				lines = append(lines, strings.Repeat(" ", dash+2)+"children:")
				render(c.ID, dash+4)
			}
		}
	}
	lines = append(lines, "", "codes:")
	render("", 2)
	return []byte(strings.Join(lines, "\n") + "\n")
}

// inlineScalarString renders a string that must stay a string ("1.0" is
// not a number).
func inlineScalarString(s string) string {
	r := inlineScalar(s)
	var v any
	if err := yaml.Unmarshal([]byte(r), &v); err == nil {
		if _, ok := v.(string); ok {
			return r
		}
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
	out, _ := yaml.Marshal(n)
	return strings.TrimSuffix(string(out), "\n")
}

// ---------------------------------------------------------------------------
// Importing a REFI-QDA codebook

// ImportMode says how ImportExchange treats the codes already in the file.
type ImportMode int

const (
	// Merge keeps every code of the file; imported codes that match one
	// update its label, definition, colour and place, and the others are
	// added. Comments, rules and guidance stay.
	Merge ImportMode = iota
	// Replace makes the codebook the imported one: codes not in it are
	// dropped. Codes that match one of the file keep what REFI-QDA cannot
	// carry (use_when, do_not_use_when, examples, rules).
	Replace
)

// ImportOptions control ImportExchange.
type ImportOptions struct {
	Mode ImportMode
	// Source names the imported file, for the comment of a fresh codebook
	// and for placeholders.
	Source string
	// Name is the name of a fresh codebook ("" uses Source).
	Name string
}

// CodeChange is one changed code and the fields that changed.
type CodeChange struct {
	ID     string   `json:"id"`
	Fields []string `json:"fields"`
}

// ImportResult is what ImportExchange did.
type ImportResult struct {
	// YAML is the new codebook file; it has been checked with Parse.
	YAML []byte `json:"-"`
	// IDs maps each imported code's GUID (normalised) to its code id.
	IDs map[string]string `json:"-"`
	// Added, Changed and Dropped are code ids; Unchanged counts the
	// imported codes that matched an existing code exactly.
	Added     []string     `json:"added"`
	Changed   []CodeChange `json:"changed"`
	Dropped   []string     `json:"dropped"`
	Unchanged int          `json:"unchanged"`
	// GroupsAdded names groups created; GroupsChanged groups that got
	// members; GroupsDropped groups that went (Replace).
	GroupsAdded   []string `json:"groups_added"`
	GroupsChanged []string `json:"groups_changed"`
	GroupsDropped []string `json:"groups_dropped"`
	Warnings      []string `json:"warnings"`
}

// planned is an imported code with its id.
type planned struct {
	x        *ExchangeCode
	id       string
	parentID string
	match    *Code // the existing code it matched, if any
}

// ImportExchange applies a REFI-QDA codebook to a codebook file. existing
// is the current file ("" / nil: there is none, and a fresh codebook is
// rendered). Imported codes are matched to existing ones by GUID (a
// codebook exported by groundwork has CodeGUID(id)), then by the id derived
// from their name, then by label under the same parent; the rest get ids
// from their names (Slug, dotted under the parent's id, made unique). The
// result is validated with Parse.
func ImportExchange(existing []byte, existingName string, x *Exchange, opts ImportOptions) (*ImportResult, error) {
	if x == nil || x.Len() == 0 {
		return nil, errors.New("the imported codebook has no codes")
	}
	var cb *Codebook
	if len(bytes.TrimSpace(existing)) > 0 {
		var err error
		if cb, err = Parse(existingName, existing); err != nil {
			return nil, fmt.Errorf("the current codebook has problems; fix them before importing:\n%w", err)
		}
	}
	res := &ImportResult{IDs: map[string]string{}, Warnings: slices.Clone(x.Warnings)}
	plan := assignIDs(x, cb, res)

	var out []byte
	if cb == nil || opts.Mode == Replace {
		out = renderImported(existing, existingName, cb, x, plan, opts, res)
	} else {
		var err error
		if out, err = mergeImported(existing, cb, x, plan, res); err != nil {
			return nil, err
		}
	}
	name := existingName
	if name == "" {
		name = "codebook.yaml"
	}
	if _, err := Parse(name, out); err != nil {
		return nil, fmt.Errorf("internal error: the imported codebook does not validate (nothing was written):\n%w", err)
	}
	res.YAML = out
	return res, nil
}

// assignIDs matches imported codes to existing ones and gives the others
// ids, depth first.
func assignIDs(x *Exchange, cb *Codebook, res *ImportResult) []*planned {
	byGUID := map[string]*Code{}
	taken := map[string]bool{} // ids in use: existing ones and new ones
	if cb != nil {
		for _, c := range cb.codes {
			byGUID[CodeGUID(c.ID)] = c
			taken[c.ID] = true
		}
	}
	claimed := map[*Code]bool{}
	var plan []*planned
	var walk func(list []*ExchangeCode, parentID string)
	walk = func(list []*ExchangeCode, parentID string) {
		for _, xc := range list {
			slug := Slug(xc.Name)
			derived := slug
			if parentID != "" {
				derived = parentID + "." + slug
			}
			p := &planned{x: xc, parentID: parentID}
			claim := func(c *Code) bool {
				if c == nil || claimed[c] {
					return false
				}
				claimed[c] = true
				p.match, p.id = c, c.ID
				return true
			}
			switch {
			case cb != nil && claim(byGUID[xc.GUID]):
			case cb != nil && claim(cb.byID[derived]):
			case cb != nil && claim(labelMatch(cb, xc.Name, parentID, claimed)):
			default:
				// An id whose GUID is the imported one (a groundwork export
				// of a code whose id is its name) is kept as it is.
				id := derived
				for _, cand := range []string{xc.Name, derived} {
					if checkID(cand) == "" && CodeGUID(cand) == xc.GUID && !taken[cand] {
						id = cand
					}
				}
				if taken[id] {
					for n := 2; ; n++ {
						if c := fmt.Sprintf("%s_%d", id, n); !taken[c] {
							id = c
							break
						}
					}
				}
				p.id = id
			}
			taken[p.id] = true
			if _, dup := res.IDs[xc.GUID]; !dup {
				res.IDs[xc.GUID] = p.id
			}
			plan = append(plan, p)
			walk(xc.Children, p.id)
		}
	}
	walk(x.Codes, "")
	return plan
}

func labelMatch(cb *Codebook, name, parentID string, claimed map[*Code]bool) *Code {
	for _, c := range cb.codes {
		if !claimed[c] && c.ParentID == parentID && strings.EqualFold(strings.TrimSpace(CodeName(c)), name) {
			return c
		}
	}
	return nil
}

func definitionFor(xc *ExchangeCode, origin string) string {
	if xc.Description != "" {
		return xc.Description
	}
	from := ""
	if origin != "" {
		from = " (from " + origin + ")"
	}
	if xc.Folder {
		return "A folder of imported codes" + from + "; the file gave it no description."
	}
	return "Imported" + from + " without a definition; write one."
}

func importedSpec(p *planned, origin string) CodeSpec {
	return CodeSpec{ID: p.id, ParentID: p.parentID, Label: p.x.Name,
		Definition: definitionFor(p.x, origin), Colour: p.x.Colour}
}

// setMembers resolves the imported sets to code ids.
func setMembers(x *Exchange, res *ImportResult) []GroupSpec {
	var out []GroupSpec
	seen := map[string]int{}
	missing := 0
	for _, s := range x.Sets {
		g := GroupSpec{Name: s.Name, Description: s.Description}
		for _, m := range s.Codes {
			id, ok := res.IDs[m]
			if !ok {
				missing++
				continue
			}
			if !slices.Contains(g.Codes, id) {
				g.Codes = append(g.Codes, id)
			}
		}
		if i, dup := seen[g.Name]; dup {
			for _, id := range g.Codes {
				if !slices.Contains(out[i].Codes, id) {
					out[i].Codes = append(out[i].Codes, id)
				}
			}
			continue
		}
		seen[g.Name] = len(out)
		out = append(out, g)
	}
	if missing > 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s of sets name codes the codebook does not have; left out", plural(missing, "member")))
	}
	return out
}

// renderImported renders a fresh codebook from the imported codes; codes
// that match a code of the current file keep its guidance, examples and
// rules (copied as written).
func renderImported(existing []byte, existingName string, cb *Codebook, x *Exchange, plan []*planned, opts ImportOptions, res *ImportResult) []byte {
	d := &Draft{Name: opts.Name}
	src := opts.Source
	if src == "" {
		src = "a REFI-QDA codebook"
	}
	d.Comment = []string{"Codebook imported from " + src + " by groundwork."}
	if x.Origin != "" {
		d.Comment = append(d.Comment, "Exported by: "+x.Origin)
	}
	d.Comment = append(d.Comment, "", "Check it with `groundwork codebook show`; add use_when, examples and rules as needed.")
	var ed *Editor
	if cb != nil {
		d.Name, d.Version, d.Description = cb.Name, cb.Version, cb.Description
		d.Comment = nil
		ed, _ = NewEditor(existing)
	}
	if d.Name == "" {
		d.Name = src
	}
	kept := map[string]bool{}
	for _, p := range plan {
		s := importedSpec(p, x.Origin)
		if p.match != nil {
			kept[p.match.ID] = true
			if ed != nil {
				for _, key := range []string{"use_when", "do_not_use_when", "examples", "rules"} {
					s.extra = append(s.extra, ed.fieldLines(p.id, key)...)
				}
			}
			if ch := diffCode(p.match, p, x.Origin); len(ch) > 0 {
				res.Changed = append(res.Changed, CodeChange{ID: p.id, Fields: ch})
			} else {
				res.Unchanged++
			}
		} else {
			res.Added = append(res.Added, p.id)
		}
		d.Codes = append(d.Codes, s)
	}
	d.Groups = setMembers(x, res)
	if cb != nil {
		for _, c := range cb.codes {
			if !kept[c.ID] {
				res.Dropped = append(res.Dropped, c.ID)
			}
		}
		newGroups := map[string]bool{}
		for _, g := range d.Groups {
			newGroups[g.Name] = true
			if _, ok := cb.byName[g.Name]; ok {
				res.GroupsChanged = append(res.GroupsChanged, g.Name)
			} else {
				res.GroupsAdded = append(res.GroupsAdded, g.Name)
			}
		}
		for _, g := range cb.groups {
			if !newGroups[g.Name] {
				res.GroupsDropped = append(res.GroupsDropped, g.Name)
			}
		}
	} else {
		for _, g := range d.Groups {
			res.GroupsAdded = append(res.GroupsAdded, g.Name)
		}
	}
	return RenderDraft(d)
}

// diffCode lists the fields an imported code would change on an existing one.
func diffCode(c *Code, p *planned, origin string) []string {
	var ch []string
	if p.x.Name != CodeName(c) && p.x.Name != c.Label {
		ch = append(ch, "label")
	}
	if p.x.Description != "" && p.x.Description != strings.TrimSpace(c.Definition) {
		ch = append(ch, "definition")
	}
	if p.x.Colour != "" && p.x.Colour != c.Colour {
		ch = append(ch, "colour")
	}
	if p.parentID != c.ParentID {
		ch = append(ch, "parent")
	}
	return ch
}

// mergeImported edits the current file: matched codes change, new codes
// are added, nothing is removed.
func mergeImported(existing []byte, cb *Codebook, x *Exchange, plan []*planned, res *ImportResult) ([]byte, error) {
	ed, err := NewEditor(existing)
	if err != nil {
		return nil, err
	}
	for _, p := range plan {
		if p.match == nil {
			if err := ed.AddCode(importedSpec(p, x.Origin)); err != nil {
				return nil, fmt.Errorf("adding code %s: %w", p.id, err)
			}
			res.Added = append(res.Added, p.id)
			continue
		}
		fields := diffCode(p.match, p, x.Origin)
		for _, f := range fields {
			var err error
			switch f {
			case "label":
				_, err = ed.SetField(p.id, "label", p.x.Name)
			case "definition":
				_, err = ed.SetField(p.id, "definition", p.x.Description)
			case "colour":
				_, err = ed.SetField(p.id, "colour", p.x.Colour)
			case "parent":
				err = ed.MoveCode(p.id, p.parentID)
			}
			if err != nil {
				return nil, fmt.Errorf("changing code %s: %w", p.id, err)
			}
		}
		if len(fields) > 0 {
			res.Changed = append(res.Changed, CodeChange{ID: p.id, Fields: fields})
		} else {
			res.Unchanged++
		}
	}
	for _, g := range setMembers(x, res) {
		_, existed := cb.byName[g.Name]
		changed := false
		if len(g.Codes) == 0 && !existed {
			// An empty set still becomes a group.
			if err := ed.addEmptyGroup(g.Name, g.Description); err != nil {
				return nil, err
			}
			changed = true
		}
		for _, id := range g.Codes {
			ok, err := ed.AddGroupMember(g.Name, g.Description, id)
			if err != nil {
				return nil, fmt.Errorf("group %s: %w", g.Name, err)
			}
			changed = changed || ok
		}
		switch {
		case changed && existed:
			res.GroupsChanged = append(res.GroupsChanged, g.Name)
		case changed:
			res.GroupsAdded = append(res.GroupsAdded, g.Name)
		}
	}
	return ed.Bytes(), nil
}

// addEmptyGroup adds a group with no codes.
func (e *Editor) addEmptyGroup(name, description string) error {
	_, err := e.AddGroupMember(name, description, "")
	return err
}
