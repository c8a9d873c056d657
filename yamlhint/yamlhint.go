// Package yamlhint finds what a YAML syntax error is most likely about.
//
// yaml.v3 reports a syntax error where its parser gave up, which for an
// unclosed flow sequence ("label: [Peer") or quote is often many lines
// after the mistake, and sometimes before it. Unclosed opens on one line,
// followed by a line that starts a new key, are what people write by
// mistake, and they can be found by reading the lines.
package yamlhint

import (
	"bytes"
	"fmt"
	"regexp"
)

// keyLine is a line that starts a mapping key or a list item.
var keyLine = regexp.MustCompile(`^\s*(?:-\s|[A-Za-z_][\w.-]*\s*:(?:\s|$))`)

// Unclosed returns the first line (from 1) that opens a bracket or a quote
// it does not close, where the next line that is not blank or a comment
// starts a new key or item, and says what is open; ok is false when there
// is none.
func Unclosed(src []byte) (line int, problem string, ok bool) {
	lines := bytes.Split(src, []byte("\n"))
	block := -1 // the indentation a block scalar's lines are deeper than
	for i, l := range lines {
		ind := indent(l)
		if block >= 0 {
			if len(bytes.TrimSpace(l)) == 0 || ind > block {
				continue // text of a block scalar ("definition: |")
			}
			block = -1
		}
		if blockHeader.Match(l) {
			block = ind
			continue
		}
		open := unclosedOn(l)
		if open == "" || !nextStartsKey(lines[i+1:]) {
			continue
		}
		return i + 1, fmt.Sprintf("%s opened on this line is not closed on it", open), true
	}
	return 0, "", false
}

// blockHeader is a line whose value is a block scalar: "key: |", "- >-".
var blockHeader = regexp.MustCompile(`(?:^\s*-|:)\s*[|>][-+0-9]*\s*(?:#.*)?$`)

// indent is the number of spaces a line starts with.
func indent(l []byte) int { return len(l) - len(bytes.TrimLeft(l, " ")) }

// unclosedOn returns what a line leaves open ("a '['", "a '\"'"), outside
// comments and quoted text, or "".
func unclosedOn(l []byte) string {
	var stack []byte
	var quote byte
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case quote == '"' && c == '\\':
			i++
		case quote != 0:
			if c == quote {
				if quote == '\'' && i+1 < len(l) && l[i+1] == '\'' {
					i++ // '' is a quote inside single quotes
					continue
				}
				quote = 0
			}
		case c == '#' && (i == 0 || l[i-1] == ' ' || l[i-1] == '\t'):
			return openText(stack, quote)
		case (c == '"' || c == '\'') && startsScalar(l, i, len(stack) > 0):
			quote = c
		case c == '[' || c == '{':
			stack = append(stack, c)
		case (c == ']' || c == '}') && len(stack) > 0:
			stack = stack[:len(stack)-1]
		}
	}
	return openText(stack, quote)
}

// startsScalar reports whether a quote at i opens a quoted scalar: after a
// key's colon, an item's dash, a flow bracket or comma, or at the line's
// start (an apostrophe inside plain text, "don't", opens nothing).
func startsScalar(l []byte, i int, inFlow bool) bool {
	j := i - 1
	for j >= 0 && (l[j] == ' ' || l[j] == '\t') {
		j--
	}
	if j < 0 {
		return true
	}
	switch l[j] {
	case ':', '-', '[', '{', '?':
		return true
	case ',':
		return inFlow
	}
	return false
}

func openText(stack []byte, quote byte) string {
	switch {
	case quote != 0:
		return fmt.Sprintf("a %q", quote)
	case len(stack) > 0:
		return fmt.Sprintf("a %q", stack[len(stack)-1])
	}
	return ""
}

// nextStartsKey reports whether the first line of rest that is not blank
// or a comment starts a new key or item (or there is none).
func nextStartsKey(rest [][]byte) bool {
	for _, l := range rest {
		t := bytes.TrimSpace(l)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		return keyLine.Match(l)
	}
	return true
}
