package codebook

// The Editor: comment-preserving edits of a codebook file. It finds what
// to change in the yaml.v3 node tree and rewrites only the lines of the
// field, code or group it touches, by the nodes' line and column, so that
// comments, folded text, flow lists and blank lines elsewhere stay exactly
// as written. Edits of codes are in edit_codes.go, of groups in
// edit_groups.go; the text they write comes from yamltext.go.

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Editor edits a codebook file in place. Each change rewrites only the
// lines of the field, code or group it touches; the rest of the file,
// comments included, stays byte for byte. An edit that fails changes
// nothing. Result returns the new file checked with Parse.
type Editor struct {
	lines   []string
	crlf    bool
	bom     bool
	root    *yaml.Node // the top-level mapping; nil when the lines changed
	changed bool       // whether any edit changed the lines
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

// Bytes returns the edited file, with the line endings and byte-order mark
// of the original.
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

// Changed reports whether any edit changed the file.
func (e *Editor) Changed() bool { return e.changed }

// Result returns the edited file checked with Parse (filename names it in
// the problems), and the codebook it holds. A file that does not validate
// is an error that lists its problems; the caller writes nothing.
func (e *Editor) Result(filename string) ([]byte, *Codebook, error) {
	out := e.Bytes()
	cb, err := Parse(filename, out)
	if err != nil {
		return nil, nil, err
	}
	return out, cb, nil
}

// undoOnError is deferred by each edit, called at its start: when the
// edit returns an error, the lines are put back as they were, so that a
// failed edit changes nothing and the edits before it stand.
func (e *Editor) undoOnError(err *error) func() {
	lines, changed := e.lines, e.changed
	return func() {
		if *err != nil {
			e.lines, e.changed, e.root = lines, changed, nil
		}
	}
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
		e.changed = true
		return e.top()
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode || root.Style&yaml.FlowStyle != 0 {
		return nil, errors.New("the codebook's top level must be a block mapping (name:, codes:, ...)")
	}
	e.root = root
	return root, nil
}

// codeLoc is where a code sits in the file.
type codeLoc struct {
	item   *yaml.Node // the code's mapping
	list   *yaml.Node // the sequence holding it
	parent *yaml.Node // the mapping of the enclosing code; nil at the top
	// flow is the outermost node in flow style that holds the code (a flow
	// list of codes, or the code itself), nil when it is all block style;
	// flowKey is the key of flow when flow is a list.
	flow, flowKey *yaml.Node
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

// index finds every code mapping of the file by id (the first, when an id
// is given twice).
func (e *Editor) index() (map[string]*codeLoc, error) {
	root, err := e.top()
	if err != nil {
		return nil, err
	}
	out := map[string]*codeLoc{}
	var walk func(key, list, parent, flow, flowKey *yaml.Node)
	walk = func(key, list, parent, flow, flowKey *yaml.Node) {
		if list == nil || list.Kind != yaml.SequenceNode {
			return
		}
		if flow == nil && list.Style&yaml.FlowStyle != 0 {
			flow, flowKey = list, key
		}
		for _, it := range list.Content {
			if it.Kind != yaml.MappingNode {
				continue
			}
			l := &codeLoc{item: it, list: list, parent: parent, flow: flow, flowKey: flowKey}
			if l.flow == nil && it.Style&yaml.FlowStyle != 0 {
				l.flow = it
			}
			if id := scalarValue(mapValue(it, "id")); id != "" && out[id] == nil {
				out[id] = l
			}
			ck, ch := mapGet(it, "children")
			walk(ck, ch, it, l.flow, l.flowKey)
		}
	}
	ck, codes := mapGet(root, "codes")
	walk(ck, codes, nil, nil, nil)
	return out, nil
}

func mapValue(m *yaml.Node, key string) *yaml.Node {
	_, v := mapGet(m, key)
	return v
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

// keyAt returns the 0-based line of the key node k and the byte column it
// starts at.
func (e *Editor) keyAt(k *yaml.Node) (int, int) {
	K := k.Line - 1
	return K, byteCol(e.lines[K], k.Column)
}

// fieldEnd returns the last line of the field whose key is k and value v.
func (e *Editor) fieldEnd(k, v *yaml.Node) int {
	K, col := e.keyAt(k)
	return e.regionEnd(K, col, v != nil && v.Kind == yaml.SequenceNode)
}

// regionEnd returns the last line of the block that starts on line start
// at column col (0-based): the following lines that are blank or indented
// deeper, the closing bracket of a flow collection at col, and with
// dashAtCol also "- " items at col (a sequence written at the same
// indentation as its key). Trailing blank lines are not part of it.
func (e *Editor) regionEnd(start, col int, dashAtCol bool) int {
	last := start
	for i := start + 1; i < len(e.lines); i++ {
		l := e.lines[i]
		if blankLine(l) {
			continue
		}
		ind := indentOf(l)
		if ind > col || ind == col && (dashAtCol && strings.HasPrefix(l[ind:], "-") || strings.ContainsAny(l[ind:ind+1], "]}")) {
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

// itemRegion returns the first and last lines of the list item n and the
// column of its "-".
func (e *Editor) itemRegion(n *yaml.Node) (start, end, dash int, err error) {
	start, dash, err = e.itemStart(n)
	if err != nil {
		return 0, 0, 0, err
	}
	return start, e.regionEnd(start, dash, false), dash, nil
}

// replace puts repl in place of the lines from to to (inclusive).
func (e *Editor) replace(from, to int, repl []string) {
	out := make([]string, 0, len(e.lines)-(to-from+1)+len(repl))
	out = append(out, e.lines[:from]...)
	out = append(out, repl...)
	out = append(out, e.lines[to+1:]...)
	e.lines = out
	e.root = nil
	e.changed = true
}

// insert puts lines before line at.
func (e *Editor) insert(at int, lines []string) { e.replace(at, at-1, lines) }

// replaceKeyed replaces the lines from the key at line K, column col, to
// end with repl, whose first line starts at column 0 of the key: what
// stands before the key on its line ("- " of a list item) stays.
func (e *Editor) replaceKeyed(K, col, end int, repl []string) {
	if len(repl) > 0 {
		repl[0] = e.lines[K][:col] + strings.TrimLeft(repl[0], " ")
	}
	e.replace(K, end, repl)
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

// dedentText removes the indentation common to the non-blank lines of
// text, the spaces at the ends of lines, and blank lines at its start and
// end: YAML text as a person typed it into a form, ready to be placed
// under a key.
func dedentText(text string) string {
	lines := strings.Split(strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), " \n"), "\n")
	common := -1
	for _, l := range lines {
		if !blankLine(l) && (common < 0 || indentOf(l) < common) {
			common = indentOf(l)
		}
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	lines = dedent(lines, max(common, 0))
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	return strings.Join(lines, "\n")
}

// setScalar writes value in place of the one-line scalar n (a list item,
// or a value after its key), in a flow collection when flow is set; the
// rest of its line stays.
func (e *Editor) setScalar(n *yaml.Node, value string, flow bool) error {
	L := n.Line - 1
	l := e.lines[L]
	from := byteCol(l, n.Column)
	to := scalarEnd(l, from, n.Style, flow)
	var got string
	if to < 0 || yaml.Unmarshal([]byte(l[from:to]), &got) != nil || got != n.Value {
		return fmt.Errorf("line %d: %q is written over more than one line or in a layout groundwork cannot edit; edit it by hand", n.Line, n.Value)
	}
	text := yamlScalar(value)
	if flow && strings.ContainsAny(value, ",[]{}") {
		text = QuoteYAML(value)
	}
	e.replace(L, L, []string{l[:from] + text + l[to:]})
	return nil
}

// scalarEnd returns the byte offset where the scalar that starts at from
// on line l ends, or -1 when it does not end on the line.
func scalarEnd(l string, from int, style yaml.Style, flow bool) int {
	switch {
	case style&yaml.DoubleQuotedStyle != 0:
		for i := from + 1; i < len(l); i++ {
			switch l[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return -1
	case style&yaml.SingleQuotedStyle != 0:
		for i := from + 1; i < len(l); i++ {
			if l[i] == '\'' {
				if i+1 < len(l) && l[i+1] == '\'' {
					i++
					continue
				}
				return i + 1
			}
		}
		return -1
	}
	end := len(l)
	if i := strings.Index(l[from:], " #"); i >= 0 {
		end = from + i
	}
	if i := strings.IndexAny(l[from:end], ",]}"); flow && i >= 0 {
		end = from + i
	}
	return from + len(strings.TrimRight(l[from:end], " "))
}
