package codebook

// Writing YAML text: scalars (QuoteYAML, yamlScalar) and the fields of a
// codebook (renderField, renderList, renderBlockValue), each rendering
// checked by reading it back. The Editor and RenderDraft write with these,
// and so does every other package that writes YAML by hand (QuoteYAML).

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// lineWidth is the width long text is folded to.
const lineWidth = 80

// QuoteYAML returns s as a YAML double-quoted scalar on one line, which
// reads back as s in any YAML context (a value, a key, a list item).
// Printable characters are written as they are; line breaks, tabs, control
// characters and the byte-order mark are escaped. It is the one way
// groundwork quotes a string in YAML it writes by hand.
func QuoteYAML(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		if esc, ok := yamlEscapes[r]; ok {
			b.WriteString(esc)
			continue
		}
		switch {
		case r == utf8.RuneError, unicode.IsPrint(r), r == ' ', r == '\u00a0':
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02X`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			fmt.Fprintf(&b, `\U%08X`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// yamlEscapes are the characters QuoteYAML escapes by name: the quote and
// backslash, and those YAML readers treat as line breaks or whitespace.
var yamlEscapes = map[rune]string{
	'"': `\"`, '\\': `\\`, 0: `\0`, '\a': `\a`, '\b': `\b`, '\t': `\t`, '\n': `\n`, '\v': `\v`,
	'\f': `\f`, '\r': `\r`, 0x1b: `\e`, 0x85: `\N`, 0x2028: `\L`, 0x2029: `\P`, 0xfeff: `\uFEFF`,
}

// yamlScalar renders s as a one-line YAML scalar: plain where yaml.v3
// would write it plain (and so reads it back as the same string), else
// double-quoted by QuoteYAML.
func yamlScalar(s string) string {
	if s != "" && !strings.ContainsAny(s, "\n\r") {
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
		if out, err := yaml.Marshal(n); err == nil {
			r := strings.TrimSuffix(string(out), "\n")
			if !strings.ContainsAny(r[:1], `"'`) && !strings.Contains(r, "\n") {
				return r
			}
		}
	}
	return QuoteYAML(s)
}

// trimmedKeys are the fields whose text Parse trims, so that a block
// scalar's final line break may stay.
var trimmedKeys = map[string]bool{"definition": true, "use_when": true, "do_not_use_when": true}

// renderField renders "key: value" with its key at column col: one line
// when it fits, long text folded (>-) at word boundaries, text with line
// breaks as a literal block (|-). A field that was written as a block
// scalar (old, nil for a new field) stays one, with its chomping, so that
// the least changes. Every block is checked by reading it back; when that
// fails the value is written on one line.
func renderField(key, value string, col int, old *yaml.Node) []string {
	pad := strings.Repeat(" ", col)
	one := pad + key + ": " + yamlScalar(value)
	if b := keptBlock(key, value, col, old); b != nil {
		return b
	}
	if !strings.Contains(value, "\n") && utf8.RuneCountInString(one) <= lineWidth {
		return []string{one}
	}
	if b := blockField(key, value, col, "-", false); b != nil {
		return b
	}
	return []string{one}
}

// keptBlock renders a new value of a field that was a block scalar in the
// same way (nil when it was not, or the value cannot be one).
func keptBlock(key, value string, col int, old *yaml.Node) []string {
	if old == nil || old.Kind != yaml.ScalarNode || old.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
		return nil
	}
	chomp := "-"
	if trimmedKeys[key] && strings.HasSuffix(old.Value, "\n") {
		chomp = ""
	}
	literal := old.Style&yaml.LiteralStyle != 0 && utf8.RuneCountInString(value) <= lineWidth-col-2
	return blockField(key, value, col, chomp, literal)
}

// blockField renders value as a block scalar with the chomping indicator
// chomp ("" or "-"): literal when it has line breaks (or literal is set),
// else folded; nil when the block would not read back as value.
func blockField(key, value string, col int, chomp string, literal bool) []string {
	var block []string
	if literal || strings.Contains(value, "\n") {
		block = literalBlock(key, value, col, chomp)
	} else {
		block = foldedBlock(key, value, col, chomp)
	}
	want := value
	if chomp == "" {
		want += "\n"
	}
	if block == nil || !readsBack(block, col, key, want) {
		return nil
	}
	return block
}

func safeBlockText(s string) bool {
	for _, r := range s {
		if r != '\n' && (unicode.IsControl(r) || r == '\ufeff') {
			return false
		}
	}
	return true
}

func foldedBlock(key, value string, col int, chomp string) []string {
	if value != strings.TrimSpace(value) || !safeBlockText(value) {
		return nil
	}
	pad := strings.Repeat(" ", col+2)
	width := max(lineWidth-col-2, 40)
	out := []string{strings.Repeat(" ", col) + key + ": >" + chomp}
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
	return append(out, pad+string(rs[line:]))
}

func literalBlock(key, value string, col int, chomp string) []string {
	if !safeBlockText(value) || strings.HasPrefix(value, " ") || strings.HasPrefix(value, "\n") ||
		strings.HasSuffix(value, "\n") {
		return nil
	}
	pad := strings.Repeat(" ", col+2)
	out := []string{strings.Repeat(" ", col) + key + ": |" + chomp}
	for _, l := range strings.Split(value, "\n") {
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

// renderList renders "key: [a, b]" at column col, or a block list when
// that is too long.
func renderList(key string, items []string, col int) []string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = yamlScalar(it)
		if strings.ContainsAny(it, ",[]{}") {
			parts[i] = QuoteYAML(it) // plain text would end at a comma in a flow list
		}
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

// renderBlockValue renders "key:" at column col with the YAML text below
// it, indented by two more columns, as written (comments included).
func renderBlockValue(key, text string, col int) []string {
	out := []string{strings.Repeat(" ", col) + key + ":"}
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	return append(out, indentLines(lines, col+2)...)
}

// renderCode renders a code as a list item whose "-" is at column dash,
// without children.
func renderCode(s CodeSpec, dash int) []string {
	k := dash + 2
	var body []string
	body = append(body, renderField("id", s.ID, k, nil)...)
	if s.Label != "" {
		body = append(body, renderField("label", s.Label, k, nil)...)
	}
	body = append(body, renderField("definition", s.Definition, k, nil)...)
	if s.UseWhen != "" {
		body = append(body, renderField("use_when", s.UseWhen, k, nil)...)
	}
	if s.DoNotUseWhen != "" {
		body = append(body, renderField("do_not_use_when", s.DoNotUseWhen, k, nil)...)
	}
	if len(s.Examples) > 0 {
		body = append(body, strings.Repeat(" ", k)+"examples:")
		for _, ex := range s.Examples {
			body = append(body, strings.Repeat(" ", k+2)+"- "+yamlScalar(ex))
		}
	}
	if s.Colour != "" {
		body = append(body, renderField("colour", s.Colour, k, nil)...)
	}
	body = append(body, indentLines(s.extra, k)...)
	body[0] = strings.Repeat(" ", dash) + "- " + strings.TrimLeft(body[0], " ")
	return body
}
