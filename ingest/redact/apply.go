package redact

import (
	"sort"
	"strings"
)

// Edit records one replacement: the rune span [Start,End) of the original
// text became [NewStart,NewEnd) of the redacted text.
type Edit struct {
	Start, End       int // rune span in the original text
	NewStart, NewEnd int // rune span in the redacted text
	Original         string
	Pseudonym        string
	Kind             Kind
}

// Apply replaces the identifiers in text by their pseudonyms. ids are rune
// spans into text (as Detect returns them); spans that are out of bounds,
// empty or that overlap an earlier one are skipped, and the original is
// always taken from the text itself. A nil p gets a fresh Pseudonymizer.
// The edits are in text order.
func Apply(text string, ids []Identifier, p *Pseudonymizer) (string, []Edit) {
	if p == nil {
		p = NewPseudonymizer(nil)
	}
	runes := []rune(text)
	sorted := append([]Identifier(nil), ids...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var b strings.Builder
	b.Grow(len(text))
	var edits []Edit
	pos, out := 0, 0 // rune positions in runes and in the output
	for _, id := range sorted {
		if id.Start < pos || id.End > len(runes) || id.Start >= id.End {
			continue
		}
		b.WriteString(string(runes[pos:id.Start]))
		out += id.Start - pos
		orig := string(runes[id.Start:id.End])
		pseudo := p.Pseudonym(Identifier{Kind: id.Kind, Start: id.Start, End: id.End, Text: orig})
		n := len([]rune(pseudo))
		b.WriteString(pseudo)
		edits = append(edits, Edit{Start: id.Start, End: id.End, NewStart: out, NewEnd: out + n, Original: orig, Pseudonym: pseudo, Kind: id.Kind})
		out += n
		pos = id.End
	}
	b.WriteString(string(runes[pos:]))
	return b.String(), edits
}

// MapOffset maps a rune offset of the original text to the redacted text
// described by edits (sorted, as Apply and Restore return them). An offset
// inside a replaced span maps to the start of its pseudonym, or to its end
// when isEnd is set, so a coded span that cut into an identifier covers the
// whole pseudonym.
func MapOffset(edits []Edit, pos int, isEnd bool) int {
	// First edit that ends after pos.
	i := sort.Search(len(edits), func(i int) bool { return edits[i].End > pos })
	delta := 0
	if i > 0 {
		e := edits[i-1]
		delta = e.NewEnd - e.End
	}
	if i < len(edits) && edits[i].Start < pos {
		if isEnd {
			return edits[i].NewEnd
		}
		return edits[i].NewStart
	}
	return pos + delta
}

// Restore undoes the replacements that keep rejects (keep == nil keeps
// none) in redacted, the text Apply (or an earlier Restore) returned with
// edits. It returns the new text and the edits that remain, with their
// NewStart/NewEnd moved to the new text (Start/End still refer to the
// original text, so MapOffset keeps working). Edits whose span does not lie
// within redacted are dropped and the text there is left as it is.
func Restore(redacted string, edits []Edit, keep func(Edit) bool) (string, []Edit) {
	runes := []rune(redacted)
	sorted := append([]Edit(nil), edits...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].NewStart < sorted[j].NewStart })
	var b strings.Builder
	b.Grow(len(redacted))
	var kept []Edit
	pos, out := 0, 0
	for _, e := range sorted {
		if e.NewStart < pos || e.NewEnd > len(runes) || e.NewStart > e.NewEnd {
			continue
		}
		b.WriteString(string(runes[pos:e.NewStart]))
		out += e.NewStart - pos
		if keep != nil && keep(e) {
			n := e.NewEnd - e.NewStart
			b.WriteString(string(runes[e.NewStart:e.NewEnd]))
			e.NewStart, e.NewEnd = out, out+n
			kept = append(kept, e)
			out += n
		} else {
			b.WriteString(e.Original)
			out += len([]rune(e.Original))
		}
		pos = e.NewEnd
	}
	b.WriteString(string(runes[pos:]))
	return b.String(), kept
}
