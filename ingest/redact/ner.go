package redact

import (
	"strings"

	"github.com/jdkato/prose/v2"
)

// nerToken is a PERSON token from prose, placed back in the original text.
type nerToken struct {
	start, end int // byte offsets in the original text
	tag        string
	begin      bool // B-PERSON (else I-PERSON)
}

// sanitizePairs are the replacements prose's tokenizer makes before
// splitting (tokenize.go: sanitizer); tokens are substrings of the result.
var sanitizePairs = [...]struct{ old, new string }{
	{"\u201c", `"`}, {"\u201d", `"`}, {"\u2018", "'"}, {"\u2019", "'"}, {"&rsquo;", "'"},
}

// sanitize applies prose's replacements and returns the result with, for
// every byte offset of it (and its end), the byte offset in text.
func sanitize(text string) (string, []int) {
	var b strings.Builder
	b.Grow(len(text))
	orig := make([]int, 0, len(text)+1)
outer:
	for i := 0; i < len(text); {
		if c := text[i]; c == 0xe2 || c == '&' {
			for _, p := range sanitizePairs {
				if strings.HasPrefix(text[i:], p.old) {
					b.WriteString(p.new)
					for k := 0; k < len(p.new); k++ {
						orig = append(orig, i)
					}
					i += len(p.old)
					continue outer
				}
			}
		}
		b.WriteByte(text[i])
		orig = append(orig, i)
		i++
	}
	orig = append(orig, len(text))
	return b.String(), orig
}

// nerPersons runs prose NER over text (no sentence segmentation: it costs
// ~10 ms a call and is not needed) and returns the PERSON tokens with their
// offsets, found by searching forward from a cursor in the sanitised text.
// prose panics on internal errors; those are turned into "no tokens".
func nerPersons(m *prose.Model, text string) (out []nerToken) {
	defer func() {
		if r := recover(); r != nil {
			out = nil
		}
	}()
	doc, err := prose.NewDocument(text,
		prose.WithSegmentation(false),
		prose.WithTokenization(true),
		prose.WithTagging(true),
		prose.WithExtraction(true),
		prose.UsingModel(m))
	if err != nil {
		return nil
	}
	clean, orig := sanitize(text)
	cursor := 0
	for _, tok := range doc.Tokens() {
		t := tok.Text
		if t == "" {
			continue
		}
		for cursor < len(clean) && (clean[cursor] == ' ' || clean[cursor] == '\n' || clean[cursor] == '\t' || clean[cursor] == '\r') {
			cursor++
		}
		var s int
		if strings.HasPrefix(clean[cursor:], t) {
			s = cursor
		} else if k := strings.Index(clean[cursor:], t); k >= 0 {
			s = cursor + k
		} else {
			continue // a token we cannot place (should not happen): skip it
		}
		e := s + len(t)
		cursor = e
		if tok.Label == "B-PERSON" || tok.Label == "I-PERSON" {
			out = append(out, nerToken{start: orig[s], end: orig[e], tag: tok.Tag, begin: tok.Label == "B-PERSON"})
		}
	}
	return out
}
