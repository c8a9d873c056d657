package redact

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Edit records one replacement: the rune span [Start,End) of the original
// text became [NewStart,NewEnd) of the redacted text.
type Edit struct {
	Start, End       int // rune span in the original text
	NewStart, NewEnd int // rune span in the redacted text
	Original         string
	Pseudonym        string
	Kind             Kind
	// Uncertain and Evidence come from the Identifier: a replacement the
	// detector was not sure of waits for a person to confirm it.
	Uncertain bool   `json:",omitempty"`
	Evidence  string `json:",omitempty"`
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
		edits = append(edits, Edit{Start: id.Start, End: id.End, NewStart: out, NewEnd: out + n, Original: orig, Pseudonym: pseudo, Kind: id.Kind,
			Uncertain: id.Uncertain, Evidence: id.Evidence})
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
		// The edit's end in redacted is where copying resumes; it must be
		// read before the edit is moved to the new text's coordinates.
		pos = e.NewEnd
		if keep != nil && keep(e) {
			n := e.NewEnd - e.NewStart
			b.WriteString(string(runes[e.NewStart:e.NewEnd]))
			e.NewStart, e.NewEnd = out, out+n
			kept = append(kept, e)
			out += n
		} else {
			b.WriteString(e.Original)
			out += utf8.RuneCountInString(e.Original)
		}
	}
	b.WriteString(string(runes[pos:]))
	return b.String(), kept
}

// Extend applies ids to text, which already holds the replacements in
// existing (positioned in text, as Apply, Extend or Restore left them). An
// identifier that overlaps an existing pseudonym is skipped: a pseudonym is
// never redacted again, and two edits never share a rune. It returns the
// new text, every replacement (the existing ones moved, and the new ones)
// positioned in it in text order, and the new edits alone, whose Start/End
// are in text, so that MapOffset(added, ...) maps text's offsets to the new
// text's.
func Extend(text string, existing []Edit, ids []Identifier, p *Pseudonymizer) (newText string, all, added []Edit) {
	old := append([]Edit(nil), existing...)
	sort.SliceStable(old, func(i, j int) bool { return old[i].NewStart < old[j].NewStart })
	var fresh []Identifier
	for _, id := range ids {
		if !overlapsEdit(old, id.Start, id.End) {
			fresh = append(fresh, id)
		}
	}
	newText, added = Apply(text, fresh, p)
	all = make([]Edit, 0, len(old)+len(added))
	for _, e := range old {
		e.NewStart, e.NewEnd = MapOffset(added, e.NewStart, false), MapOffset(added, e.NewEnd, true)
		all = append(all, e)
	}
	all = append(all, added...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].NewStart < all[j].NewStart })
	return newText, all, added
}

// overlapsEdit reports whether [s,e) shares a rune with the pseudonym of an
// edit in sorted (by NewStart, not overlapping).
func overlapsEdit(sorted []Edit, s, e int) bool {
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i].NewEnd > s })
	return i < len(sorted) && sorted[i].NewStart < e
}

// UnmapOffset maps a rune offset of a redacted text to the text Restore
// makes of it when it undoes the edits in restored (positioned in the
// redacted text, as Restore was given them). An offset inside a restored
// pseudonym maps to the start of its original, or to its end when isEnd is
// set, so a span that cut into the pseudonym covers the whole original.
func UnmapOffset(restored []Edit, pos int, isEnd bool) int {
	// restored is short (the replacements of one original in one
	// document), so a scan in text order is enough.
	sorted := append([]Edit(nil), restored...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].NewStart < sorted[j].NewStart })
	delta := 0
	for _, e := range sorted {
		n := utf8.RuneCountInString(e.Original)
		switch {
		case pos >= e.NewEnd:
			delta += n - (e.NewEnd - e.NewStart)
		case pos > e.NewStart:
			if isEnd {
				return e.NewStart + delta + n
			}
			return e.NewStart + delta
		default:
			return pos + delta
		}
	}
	return pos + delta
}

// Check reports whether edits are positioned in text: each pseudonym lies
// within it, holds its Pseudonym, and no two overlap. A list that fails
// was written for another version of the text (a lost or older map, or a
// document changed since), and Restore or Extend with it would damage the
// text; the error names the first edit that does not fit, by position,
// never by its original.
func Check(text string, edits []Edit) error {
	runes := []rune(text)
	sorted := append([]Edit(nil), edits...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].NewStart < sorted[j].NewStart })
	end := 0
	for _, e := range sorted {
		switch {
		case e.NewStart < end:
			return fmt.Errorf("the replacement %s at rune %d overlaps the one before it", e.Pseudonym, e.NewStart)
		case e.NewStart < 0 || e.NewEnd > len(runes) || e.NewStart > e.NewEnd:
			return fmt.Errorf("the replacement %s at runes %d-%d lies outside the text (%d runes)", e.Pseudonym, e.NewStart, e.NewEnd, len(runes))
		case string(runes[e.NewStart:e.NewEnd]) != e.Pseudonym:
			return fmt.Errorf("the text at runes %d-%d is not the pseudonym %s", e.NewStart, e.NewEnd, e.Pseudonym)
		}
		end = e.NewEnd
	}
	return nil
}
