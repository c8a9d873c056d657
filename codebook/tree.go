package codebook

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// treeWidth is the line width WriteTree wraps text to.
const treeWidth = 80

// WriteTree writes the codebook as a human-readable tree, as shown by
// "groundwork codebook show": each code's id and label indented by depth,
// its colour, wrapped definition, use when / do not use when, groups,
// examples and a summary of its rules, then the groups with their resolved
// codes.
func WriteTree(w io.Writer, cb *Codebook) error {
	bw := bufio.NewWriter(w)
	title := cb.Name
	if title == "" {
		title = "Codebook"
	}
	if cb.Version != "" {
		title += " (version " + cb.Version + ")"
	}
	fmt.Fprintln(bw, title)
	if cb.Description != "" {
		writeWrapped(bw, "  ", "", cb.Description)
	}
	fmt.Fprintf(bw, "%d codes, %d rules\n", len(cb.codes), len(cb.Rules()))
	for _, c := range cb.codes {
		fmt.Fprintln(bw)
		ind := strings.Repeat("  ", c.Depth)
		head := ind + c.ID
		if c.Label != "" {
			head += " — " + c.Label
		}
		if c.Colour != "" {
			head += "  " + c.Colour
		}
		fmt.Fprintln(bw, head)
		body := ind + "    "
		writeWrapped(bw, body, "", c.Definition)
		if c.UseWhen != "" {
			writeWrapped(bw, body, "Use when: ", c.UseWhen)
		}
		if c.DoNotUseWhen != "" {
			writeWrapped(bw, body, "Do not use when: ", c.DoNotUseWhen)
		}
		if len(c.Groups) > 0 {
			writeWrapped(bw, body, "Groups: ", strings.Join(c.Groups, ", "))
		}
		for i, ex := range c.Examples {
			label := "Example: "
			if len(c.Examples) > 1 {
				label = fmt.Sprintf("Example %d: ", i+1)
			}
			writeWrapped(bw, body, label, "“"+strings.TrimSpace(ex)+"”")
		}
		if len(c.Rules) > 0 {
			var rs []string
			for _, r := range c.Rules {
				rs = append(rs, fmt.Sprintf("%s (%s)", strings.TrimPrefix(r.ID, c.ID+"/"), ruleSummary(r)))
			}
			writeWrapped(bw, body, "Rules: ", strings.Join(rs, ", "))
		}
	}
	if len(cb.groups) > 0 {
		fmt.Fprintln(bw)
		fmt.Fprintln(bw, "Groups")
		for _, g := range cb.groups {
			head := "  " + g.Name
			if g.Description != "" {
				head += " — " + g.Description
			}
			writeWrapped(bw, "  ", "", strings.TrimPrefix(head, "  "))
			var ids []string
			for _, c := range cb.GroupCodes(g.Name) {
				ids = append(ids, c.ID)
			}
			writeWrapped(bw, "      ", "", strings.Join(ids, ", "))
		}
	}
	return bw.Flush()
}

// writeWrapped writes label+text wrapped to treeWidth, every line starting
// with indent and continuation lines aligned after the label. Newlines in
// text start new lines.
func writeWrapped(w io.Writer, indent, label, text string) {
	hang := indent + strings.Repeat(" ", len([]rune(label)))
	prefix := indent + label
	for _, para := range strings.Split(strings.TrimSpace(text), "\n") {
		line := prefix
		empty := true
		for _, word := range strings.Fields(para) {
			if !empty && len([]rune(line))+1+len([]rune(word)) > treeWidth {
				fmt.Fprintln(w, line)
				line, empty = hang, true
			}
			if !empty {
				line += " "
			}
			line += word
			empty = false
		}
		fmt.Fprintln(w, line)
		prefix = hang
	}
}

// ruleSummary describes a rule in a few words: "12 terms", "near within 4",
// "query".
func ruleSummary(r *Rule) string {
	var s string
	switch r.Kind() {
	case QueryRule:
		s = "query"
	case NearRule:
		s = fmt.Sprintf("near, %d+%d terms within %d", len(r.Near[0]), len(r.Near[1]), r.Within)
	default:
		s = fmt.Sprintf("%d terms", len(r.Terms))
		if len(r.Terms) == 1 {
			s = "1 term"
		}
	}
	if len(r.Unless) > 0 {
		s += fmt.Sprintf(", %d unless", len(r.Unless))
	}
	if len(r.Scope.Roles)+len(r.Scope.Speakers) > 0 {
		s += ", scoped"
	}
	return s
}
