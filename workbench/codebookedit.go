package workbench

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// CodeEdit changes one code of the codebook. A nil field is left as it is.
type CodeEdit struct {
	Label        *string `json:"label,omitempty"`
	Definition   *string `json:"definition,omitempty"`
	UseWhen      *string `json:"use_when,omitempty"`
	DoNotUseWhen *string `json:"do_not_use_when,omitempty"`
	Colour       *string `json:"colour,omitempty"`
	// Rules is the YAML text of the code's rules list, as rulesText gives
	// it ("" removes the rules).
	Rules *string `json:"rules,omitempty"`
	// Base is the hash of the codebook file the edit was made on
	// (Codebook.Hash); when set and the file has changed since, the edit is
	// refused rather than overwriting someone else's change.
	Base string `json:"base,omitempty"`
}

// errStale is returned when the codebook changed since the editor opened.
var errStale = errors.New("the codebook file has changed since you opened it (edited elsewhere?); reload and make your change again")

// fieldOrder is the order of a code's keys, which a key the code does not
// have yet is inserted in (a constant, so that the package has no mutable
// state).
const fieldOrder = "id label definition use_when do_not_use_when examples colour color groups parent rules children"

// fieldRank is the place of key in fieldOrder (-1 when it is not there).
func fieldRank(key string) int { return slices.Index(strings.Fields(fieldOrder), key) }

// editField is one key to set in the code's mapping.
type editField struct {
	key   string
	value string // for rules: the YAML text of the list
	rules bool
}

// editCodebook applies e to code id of the codebook source src, keeping
// everything else of the file as it was, byte for byte (comments, wrapping,
// quoting): the code's mapping is found in the yaml.v3 node tree and only
// the lines of the changed keys are rewritten. (A code written in flow
// style, {id: ..., label: ...}, is edited in the node tree and the file
// re-encoded.) The result is validated with codebook.Parse and checked to
// hold the new values; any problem returns an error and no source.
func editCodebook(filename string, src []byte, id string, e CodeEdit) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("the codebook does not parse: %v", err)
	}
	code := findCode(&doc, id)
	if code == nil {
		return nil, fmt.Errorf("no code %q in the codebook: %w", id, corpus.ErrNotFound)
	}
	// Fields that keep their value are left alone, so that saving a form
	// with one change rewrites one field.
	current := map[string]string{}
	if cb, err := codebook.Parse(filename, src); err == nil {
		if c, ok := cb.Code(id); ok {
			current = map[string]string{"label": c.Label, "definition": c.Definition, "use_when": c.UseWhen,
				"do_not_use_when": c.DoNotUseWhen, "colour": c.Colour, "color": c.Colour, "rules": rulesText(src, id)}
		}
	}
	unchanged := func(key, val string) bool {
		cur, ok := current[key]
		if key == "colour" || key == "color" {
			return ok && strings.EqualFold(cur, expandColour(val))
		}
		return ok && strings.TrimSpace(cur) == val
	}
	var fields []editField
	add := func(key string, v *string, required bool) error {
		if v == nil {
			return nil
		}
		val := strings.TrimSpace(strings.ReplaceAll(*v, "\r\n", "\n"))
		if required && val == "" {
			return fmt.Errorf("the %s must not be empty", strings.ReplaceAll(key, "_", " "))
		}
		if !unchanged(key, val) {
			fields = append(fields, editField{key: key, value: val})
		}
		return nil
	}
	if err := errors.Join(add("label", e.Label, false), add("definition", e.Definition, true),
		add("use_when", e.UseWhen, false), add("do_not_use_when", e.DoNotUseWhen, false)); err != nil {
		return nil, err
	}
	if e.Colour != nil {
		key := "colour"
		if keyNode(code, "colour") == nil && keyNode(code, "color") != nil {
			key = "color"
		}
		if err := add(key, e.Colour, false); err != nil {
			return nil, err
		}
	}
	if e.Rules != nil {
		text := dedent(strings.ReplaceAll(*e.Rules, "\r\n", "\n"))
		if err := checkRulesText(text); err != nil {
			return nil, err
		}
		if !unchanged("rules", text) {
			fields = append(fields, editField{key: "rules", value: text, rules: true})
		}
	}
	if len(fields) == 0 {
		return src, nil
	}
	var out []byte
	var err error
	if code.Style&yaml.FlowStyle != 0 {
		out, err = editTree(&doc, code, fields)
	} else {
		out, err = editLines(src, code, fields)
	}
	if err != nil {
		return nil, err
	}
	cb, err := codebook.Parse(filename, out)
	if err != nil {
		return nil, err
	}
	if err := checkEdited(cb, id, e, fields); err != nil {
		return nil, err
	}
	return out, nil
}

// findCode returns the mapping node of the code id, searching the codes:
// list and the children: lists below it.
func findCode(doc *yaml.Node, id string) *yaml.Node {
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	var walk func(list *yaml.Node) *yaml.Node
	walk = func(list *yaml.Node) *yaml.Node {
		if list == nil || list.Kind != yaml.SequenceNode {
			return nil
		}
		for _, it := range list.Content {
			if it.Kind != yaml.MappingNode {
				continue
			}
			if v := valueNode(it, "id"); v != nil && v.Value == id {
				return it
			}
			if c := walk(valueNode(it, "children")); c != nil {
				return c
			}
		}
		return nil
	}
	return walk(valueNode(doc, "codes"))
}

func keyNode(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i]
		}
	}
	return nil
}

func valueNode(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// checkRulesText checks that text is a YAML list (or nothing), giving the
// YAML error with lines counted in the text as the user sees it.
func checkRulesText(text string) error {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	if strings.Contains(text, "\t") {
		return errors.New("rules: use spaces, not tabs, to indent")
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(text), &n); err != nil {
		return fmt.Errorf("rules: %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(n.Content) == 0 {
		return nil
	}
	if k := n.Content[0]; k.Kind != yaml.SequenceNode && !(k.Kind == yaml.ScalarNode && k.Tag == "!!null") {
		return errors.New("rules must be a list, each rule starting with \"- \" (for example \"- terms: [peer support]\")")
	}
	return nil
}

// lineRegion is the lines [start, end) (0-based) that a key and its value
// take in the source.
type lineRegion struct{ start, end int }

// editLines rewrites only the lines of the changed keys.
func editLines(src []byte, code *yaml.Node, fields []editField) ([]byte, error) {
	lines := splitLines(src)
	indentCol := -1 // the column (0-based) of the mapping's keys
	for i := 0; i+1 < len(code.Content); i += 2 {
		indentCol = code.Content[i].Column - 1
		break
	}
	if indentCol < 0 {
		return nil, errors.New("the code has no keys")
	}
	region := func(k *yaml.Node) (lineRegion, error) {
		start := k.Line - 1
		if start < 0 || start >= len(lines) || k.Column-1 != indentCol {
			return lineRegion{}, errors.New("the code's keys are not laid out one per line")
		}
		end := start + 1
		for end < len(lines) {
			l := lines[end]
			if strings.TrimSpace(l) != "" && indentOf(l) <= indentCol {
				break
			}
			end++
		}
		for end > start+1 && strings.TrimSpace(lines[end-1]) == "" {
			end--
		}
		return lineRegion{start, end}, nil
	}
	type splice struct {
		at, end int
		order   int
		lines   []string
	}
	var splices []splice
	for fi, f := range fields {
		k := keyNode(code, f.key)
		var newLines []string
		if f.value != "" {
			var err error
			newLines, err = renderField(f, strings.Repeat(" ", indentCol), valueNode(code, f.key))
			if err != nil {
				return nil, err
			}
		}
		if k != nil {
			r, err := region(k)
			if err != nil {
				return nil, err
			}
			if len(newLines) > 0 {
				// Keep what stands before the key on its line ("- " of a
				// list item).
				prefix := lines[r.start][:min(indentCol, len(lines[r.start]))]
				if strings.Trim(prefix, " -") != "" {
					return nil, errors.New("the code's keys are not laid out one per line")
				}
				newLines[0] = prefix + strings.TrimLeft(newLines[0], " ")
			} else if r.start == code.Line-1 && code.Content[0] == k {
				return nil, fmt.Errorf("%s is the first key of the code; it cannot be removed here", f.key)
			}
			splices = append(splices, splice{r.start, r.end, fi, newLines})
			continue
		}
		if len(newLines) == 0 {
			continue // absent and stays absent
		}
		// Insert after the last key that comes before it in fieldOrder.
		pos := fieldRank(f.key)
		var after *yaml.Node
		for i := 0; i+1 < len(code.Content); i += 2 {
			if kp := fieldRank(code.Content[i].Value); kp >= 0 && kp < pos {
				after = code.Content[i]
			}
		}
		at := 0
		if after != nil {
			r, err := region(after)
			if err != nil {
				return nil, err
			}
			at = r.end
		} else {
			r, err := region(code.Content[0])
			if err != nil {
				return nil, err
			}
			at = r.end
		}
		splices = append(splices, splice{at, at, fi, newLines})
	}
	// Apply from the bottom up so that earlier line numbers stay valid;
	// of two inserts at one place, the later field goes in first so that it
	// ends up below.
	sort := func(a, b splice) int {
		if a.at != b.at {
			return b.at - a.at
		}
		return b.order - a.order
	}
	slices.SortStableFunc(splices, sort)
	for _, sp := range splices {
		lines = slices.Concat(lines[:sp.at], sp.lines, lines[sp.end:])
	}
	return []byte(strings.Join(lines, "")), nil
}

// splitLines splits src into lines that keep their "\n"; a last line
// without one gets one.
func splitLines(src []byte) []string {
	s := string(src)
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s+"\n")
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// renderField writes key: value at indent, as lines ending in "\n". Text
// fields keep a block style the file used (folded > or literal |), long
// text is folded at 80 columns, and the rules list is the user's YAML
// re-indented under the key.
func renderField(f editField, indent string, old *yaml.Node) ([]string, error) {
	if f.rules {
		out := []string{indent + "rules:\n"}
		for _, l := range strings.Split(strings.TrimRight(f.value, "\n"), "\n") {
			if strings.TrimSpace(l) == "" {
				out = append(out, "\n")
				continue
			}
			out = append(out, indent+"  "+l+"\n")
		}
		return out, nil
	}
	block := old != nil && old.Kind == yaml.ScalarNode && old.Style&(yaml.FoldedStyle|yaml.LiteralStyle) != 0
	long := len(indent)+len(f.key)+2+len(f.value) > 80
	isText := f.key == "definition" || f.key == "use_when" || f.key == "do_not_use_when"
	if isText && (block || long) && plainParagraphs(f.value) {
		if strings.Contains(f.value, "\n") {
			out := []string{indent + f.key + ": |\n"}
			for _, l := range strings.Split(f.value, "\n") {
				if l == "" {
					out = append(out, "\n")
				} else {
					out = append(out, indent+"  "+l+"\n")
				}
			}
			return out, nil
		}
		out := []string{indent + f.key + ": >\n"}
		for _, l := range wrapWords(f.value, 80-len(indent)-2) {
			out = append(out, indent+"  "+l+"\n")
		}
		return out, nil
	}
	// A single scalar: let yaml.v3 choose plain or quoted.
	m := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Value: f.key},
		{Kind: yaml.ScalarNode, Value: f.value},
	}}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	enc.Close()
	var out []string
	for _, l := range splitLines(buf.Bytes()) {
		out = append(out, indent+l)
	}
	return out, nil
}

// plainParagraphs reports whether text can be written as a block scalar
// that reads back exactly: no leading or trailing spaces on its lines, no
// runs of spaces, no tabs.
func plainParagraphs(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		if l != strings.TrimSpace(l) || strings.Contains(l, "  ") || strings.ContainsAny(l, "\t\r") {
			return false
		}
	}
	return true
}

// wrapWords breaks text at spaces into lines of at most width bytes (a
// longer word stands on its own line).
func wrapWords(text string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
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

// dedent removes the indentation common to all non-blank lines and
// trailing blank lines.
func dedent(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \n"), "\n")
	common := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if n := indentOf(l); common < 0 || n < common {
			common = n
		}
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			lines[i] = ""
		} else {
			lines[i] = strings.TrimRight(l[common:], " ")
		}
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	return strings.Join(lines, "\n")
}

// rulesText returns the text of a code's rules list as it stands in the
// file, comments included and dedented, for the editor.
func rulesText(src []byte, id string) string {
	var doc yaml.Node
	if yaml.Unmarshal(src, &doc) != nil {
		return ""
	}
	code := findCode(&doc, id)
	k := keyNode(code, "rules")
	if k == nil {
		return ""
	}
	v := valueNode(code, "rules")
	if code.Style&yaml.FlowStyle != 0 || v.Style&yaml.FlowStyle != 0 {
		var buf bytes.Buffer
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		v2 := *v
		v2.Style = 0
		enc.Encode(&v2)
		return strings.TrimRight(buf.String(), "\n")
	}
	lines := splitLines(src)
	start, col := k.Line-1, k.Column-1
	if start >= len(lines) {
		return ""
	}
	first := lines[start]
	rest := ""
	if cut := col + len("rules:"); cut <= len(first) {
		rest = strings.TrimSpace(first[cut:])
	}
	var body []string
	if rest != "" {
		body = append(body, rest)
	}
	for i := start + 1; i < len(lines); i++ {
		l := lines[i]
		if strings.TrimSpace(l) != "" && indentOf(l) <= col {
			break
		}
		body = append(body, strings.TrimRight(l, "\n"))
	}
	return dedent(strings.Join(body, "\n"))
}

// editTree applies the fields to the node tree and re-encodes the file
// (for codes written in flow style, whose lines cannot be edited alone).
func editTree(doc *yaml.Node, code *yaml.Node, fields []editField) ([]byte, error) {
	for _, f := range fields {
		var v *yaml.Node
		if f.value != "" {
			if f.rules {
				var n yaml.Node
				if err := yaml.Unmarshal([]byte(f.value), &n); err != nil {
					return nil, err
				}
				v = n.Content[0]
			} else {
				v = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: f.value}
			}
		}
		i := 0
		for ; i+1 < len(code.Content); i += 2 {
			if code.Content[i].Value == f.key {
				break
			}
		}
		switch {
		case i+1 < len(code.Content) && v != nil:
			code.Content[i+1] = v
		case i+1 < len(code.Content):
			code.Content = slices.Delete(code.Content, i, i+2)
		case v != nil:
			code.Content = append(code.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: f.key}, v)
		}
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	enc.Close()
	return buf.Bytes(), nil
}

// checkEdited makes sure the edited file says what was asked for.
func checkEdited(cb *codebook.Codebook, id string, e CodeEdit, fields []editField) error {
	c, ok := cb.Code(id)
	if !ok {
		return fmt.Errorf("code %q is missing after the edit", id)
	}
	for _, f := range fields {
		var got string
		switch f.key {
		case "label":
			got = c.Label
		case "definition":
			got = c.Definition
		case "use_when":
			got = c.UseWhen
		case "do_not_use_when":
			got = c.DoNotUseWhen
		case "colour", "color":
			got = c.Colour
			if f.value != "" && !strings.EqualFold(got, expandColour(f.value)) {
				return fmt.Errorf("colour %q was not kept; use #RRGGBB", f.value)
			}
			continue
		default:
			continue
		}
		if strings.TrimSpace(got) != f.value {
			return fmt.Errorf("internal error: %s did not read back as written; the codebook was not changed", f.key)
		}
	}
	return nil
}

func expandColour(s string) string {
	if len(s) == 4 && s[0] == '#' {
		return string([]byte{'#', s[1], s[1], s[2], s[2], s[3], s[3]})
	}
	return s
}
