package redact

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jdkato/prose/v2"
)

// ErrNER is the error (wrapped) when prose's name recogniser fails on a
// text: redaction must stop rather than go on as if the text named nobody.
var ErrNER = errors.New("the name recogniser (prose), asked about uncertain names (--ner), failed; nothing was redacted. Run `groundwork redact` without --ner, and please report this with the groundwork version")

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
// prose panics on some internal errors; a panic or an error is returned as
// an error, never as "no names": redaction that silently found no names
// would publish every name in the text.
func nerPersons(m *prose.Model, text string) (out []nerToken, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("%w: it panicked: %v", ErrNER, r)
		}
	}()
	doc, err := prose.NewDocument(text,
		prose.WithSegmentation(false),
		prose.WithTokenization(true),
		prose.WithTagging(true),
		prose.WithExtraction(true),
		prose.UsingModel(m))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNER, err)
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
	return out, nil
}

// askNER adds prose's opinion of the run [i,j), which the other evidence
// leaves uncertain, running the recogniser on its sentence alone (it is
// too slow to run on everything: ~14k words/s).
func (d *Detector) askNER(doc *document, i, j int, e *evidence) error {
	m, err := d.Model()
	if err != nil {
		return err
	}
	ws := doc.words
	s, t := i, j
	for s > 0 && !ws[s].sentStart {
		s--
	}
	for t < len(ws) && !ws[t].sentStart {
		t++
	}
	from, to := ws[s].start, ws[t-1].end
	toks, err := d.ner(m, doc.text[from:to])
	if err != nil {
		return err
	}
	for _, tok := range toks {
		if from+tok.start < ws[j-1].end && ws[i].start < from+tok.end {
			e.add(1.5, "the name recogniser (NER) says so")
			return nil
		}
	}
	e.add(-0.5, "")
	return nil
}
