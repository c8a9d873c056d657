package corpus

import "strings"

// KWICPart is a piece of a keyword-in-context line: text, marked when it is
// a match.
type KWICPart struct {
	Text string `json:"text"`
	Mark bool   `json:"mark,omitempty"`
}

// kwicReach is how far, in runes, a context line reaches either side of
// its first match when it looks for the sentence's ends.
const kwicReach = 200

// KWIC cuts a hit's text down to the sentence around its first match (at
// most about kwicReach runes either side), with every match inside it
// marked, spaces collapsed, and "…" where text was cut. A hit without
// matches gives its first 240 runes.
func KWIC(h Hit) []KWICPart {
	text := []rune(h.Text)
	if len(h.Matches) == 0 {
		n := min(len(text), 240)
		return []KWICPart{{Text: squash(string(text[:n])) + ellipsisIf(n < len(text), " …")}}
	}
	first := h.Matches[0]
	start, end := sentenceAround(text, first[0], first[1])
	var parts []KWICPart
	if start > 0 {
		parts = append(parts, KWICPart{Text: "… "})
	}
	pos := start
	for _, m := range h.Matches {
		if m[0] < pos || m[1] > end || m[0] >= m[1] {
			continue
		}
		if m[0] > pos {
			parts = append(parts, KWICPart{Text: string(text[pos:m[0]])})
		}
		parts = append(parts, KWICPart{Text: string(text[m[0]:m[1]]), Mark: true})
		pos = m[1]
	}
	parts = append(parts, KWICPart{Text: string(text[pos:end]) + ellipsisIf(end < len(text), " …")})
	for i := range parts {
		parts[i].Text = squash(parts[i].Text)
	}
	return parts
}

// squash collapses runs of white space (line breaks too) into one space,
// keeping a leading and a trailing one.
func squash(s string) string {
	f := strings.Join(strings.Fields(s), " ")
	if f == "" {
		if s != "" {
			return " "
		}
		return ""
	}
	if s[0] == ' ' || s[0] == '\n' || s[0] == '\t' {
		f = " " + f
	}
	if c := s[len(s)-1]; c == ' ' || c == '\n' || c == '\t' {
		f += " "
	}
	return f
}

func ellipsisIf(b bool, s string) string {
	if b {
		return s
	}
	return ""
}

// sentenceAround widens [s,e) to the sentence holding it, reaching at most
// kwicReach runes either way.
func sentenceAround(text []rune, s, e int) (int, int) {
	start := s
	for start > 0 && s-start < kwicReach {
		if isSentenceEnd(text, start-1) {
			break
		}
		start--
	}
	end := e
	for end < len(text) && end-e < kwicReach {
		if isSentenceEnd(text, end) {
			end++
			break
		}
		end++
	}
	for start < s && text[start] == ' ' {
		start++
	}
	return start, end
}

func isSentenceEnd(text []rune, i int) bool {
	switch text[i] {
	case '.', '?', '!', '\n':
		return i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n'
	}
	return false
}
