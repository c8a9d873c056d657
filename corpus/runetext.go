package corpus

import "unicode/utf8"

// RuneText cuts spans given in rune offsets (groundwork's unit for
// positions) out of one text, as substrings of it: the byte offset of each
// rune is computed once per text, and not at all for ASCII, most
// transcripts. The zero value is ready for Reset; Reset reuses its buffer.
type RuneText struct {
	s     string
	ascii bool
	bytes []int // bytes[r] is the byte offset of rune r; len(runes)+1 entries
}

// Reset makes t cut from s.
func (t *RuneText) Reset(s string) {
	t.s, t.ascii = s, true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			t.ascii = false
			break
		}
	}
	if t.ascii {
		return
	}
	t.bytes = t.bytes[:0]
	for b := range s {
		t.bytes = append(t.bytes, b)
	}
	t.bytes = append(t.bytes, len(s))
}

// Slice returns runes [start, end) of the text, clamped to it. The result
// shares the text's memory: copy it (strings.Clone) to keep a short quote
// without its whole transcript.
func (t *RuneText) Slice(start, end int) string {
	n := len(t.s)
	if !t.ascii {
		n = len(t.bytes) - 1
	}
	start, end = max(0, min(start, n)), max(0, min(end, n))
	if start > end {
		return ""
	}
	if t.ascii {
		return t.s[start:end]
	}
	return t.s[t.bytes[start]:t.bytes[end]]
}
