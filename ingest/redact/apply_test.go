package redact

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// runeSlice returns the runes [s,e) of text.
func runeSlice(text string, s, e int) string { return string([]rune(text)[s:e]) }

// checkRewritten checks what Apply or Restore (named by step) gave: the
// text want, and n edits, each pseudonym where its edit says.
func checkRewritten(t *testing.T, step, got, want string, edits []Edit, n int) {
	t.Helper()
	if got != want {
		t.Fatalf("%s:\n got  %q\n want %q", step, got, want)
	}
	if len(edits) != n {
		t.Fatalf("%s: %d edits, want %d", step, len(edits), n)
	}
	for _, e := range edits {
		if runeSlice(got, e.NewStart, e.NewEnd) != e.Pseudonym {
			t.Errorf("%s: edit %+v does not match the text", step, e)
		}
	}
}

func TestApplyMapOffsetRestore(t *testing.T) {
	text := "Siobhán’s buddy Priya (tél. 07700 900123) met Zoë — then Priya e-mailed zoë@example.org ✓."
	find := func(sub string, nth int) (int, int) {
		b := 0
		for k := 0; ; k++ {
			i := strings.Index(text[b:], sub)
			if i < 0 {
				t.Fatalf("%q not found", sub)
			}
			if k == nth {
				s := utf8.RuneCountInString(text[:b+i])
				return s, s + utf8.RuneCountInString(sub)
			}
			b += i + len(sub)
		}
	}
	var ids []Identifier
	for _, x := range []struct {
		k   Kind
		sub string
		nth int
	}{
		{Person, "Siobhán", 0}, {Person, "Priya", 0}, {Phone, "07700 900123", 0},
		{Person, "Zoë", 0}, {Person, "Priya", 1}, {Email, "zoë@example.org", 0},
	} {
		s, e := find(x.sub, x.nth)
		ids = append(ids, Identifier{Kind: x.k, Start: s, End: e, Text: x.sub})
	}
	p := NewPseudonymizer(nil)
	red, edits := Apply(text, ids, p)
	want := "[PERSON 1]’s buddy [PERSON 2] (tél. [PHONE 1]) met [PERSON 3] — then [PERSON 2] e-mailed [EMAIL 1] ✓."
	checkRewritten(t, "Apply", red, want, edits, 6)
	for _, e := range edits {
		if runeSlice(text, e.Start, e.End) != e.Original {
			t.Errorf("edit %+v does not match the original text", e)
		}
	}

	// A coding on "buddy" keeps its text; one cutting into the phone number
	// grows to the whole pseudonym; one over "met Zoë —" maps around it.
	for _, c := range []struct{ sub, want string }{
		{"buddy", "buddy"},
		{"tél. 07700", "tél. [PHONE 1]"},
		{"900123) met", "[PHONE 1]) met"},
		{"met Zoë —", "met [PERSON 3] —"},
		{"✓.", "✓."},
		{"Siobhán’s", "[PERSON 1]’s"},
	} {
		s, e := find(c.sub, 0)
		ns, ne := MapOffset(edits, s, false), MapOffset(edits, e, true)
		if got := runeSlice(red, ns, ne); got != c.want {
			t.Errorf("MapOffset %q -> %q, want %q", c.sub, got, c.want)
		}
	}
	if MapOffset(edits, 0, false) != 0 || MapOffset(edits, utf8.RuneCountInString(text), true) != utf8.RuneCountInString(red) {
		t.Errorf("MapOffset at the ends")
	}

	// Reject the e-mail and the second Priya: they come back; the rest stay.
	back, kept := Restore(red, edits, func(e Edit) bool {
		return !(e.Kind == Email || (e.Original == "Priya" && e.Start > 20))
	})
	want2 := "[PERSON 1]’s buddy [PERSON 2] (tél. [PHONE 1]) met [PERSON 3] — then Priya e-mailed zoë@example.org ✓."
	checkRewritten(t, "Restore", back, want2, kept, 4)
	// MapOffset with the kept edits maps the original to the new text.
	for _, sub := range []string{"then Priya e-mailed", "zoë@example.org", "buddy"} {
		s, e := find(sub, 0)
		if got := runeSlice(back, MapOffset(kept, s, false), MapOffset(kept, e, true)); got != sub {
			t.Errorf("after Restore, %q maps to %q", sub, got)
		}
	}
	// Restoring everything gives the original text back and no edits.
	all, none := Restore(back, kept, nil)
	if all != text || len(none) != 0 {
		t.Errorf("full restore: %q, %d edits", all, len(none))
	}
	// Restoring everything in one go from the first redaction, too.
	if all2, _ := Restore(red, edits, func(Edit) bool { return false }); all2 != text {
		t.Errorf("full restore from Apply: %q", all2)
	}
}

func TestApplyDefensive(t *testing.T) {
	text := "abc Ünïcode déf"
	ids := []Identifier{
		{Kind: Person, Start: 4, End: 11, Text: "wrong text"}, // text taken from the span
		{Kind: Person, Start: 6, End: 9},                      // overlaps: skipped
		{Kind: Person, Start: 12, End: 99},                    // out of bounds: skipped
		{Kind: Person, Start: 3, End: 3},                      // empty: skipped
	}
	red, edits := Apply(text, ids, nil)
	if red != "abc [PERSON 1] déf" || len(edits) != 1 || edits[0].Original != "Ünïcode" {
		t.Errorf("Apply: %q %+v", red, edits)
	}
	if red2, e2 := Apply(text, nil, nil); red2 != text || len(e2) != 0 {
		t.Errorf("Apply without ids changed the text")
	}
	// Restore ignores edits that do not fit the text.
	bad := []Edit{{Start: 0, End: 1, NewStart: 50, NewEnd: 60, Original: "x"}}
	if got, kept := Restore("short", bad, nil); got != "short" || len(kept) != 0 {
		t.Errorf("Restore with a bad edit: %q %v", got, kept)
	}
}

func TestDetectApplyRoundTrip(t *testing.T) {
	d := sharedNER(t)
	for _, doc := range loadLabelled(t) {
		ids := mustDetect(t, d, doc.text)
		red, edits := Apply(doc.text, ids, NewPseudonymizer(nil))
		back, kept := Restore(red, edits, nil)
		if back != doc.text || len(kept) != 0 {
			t.Errorf("%s: Apply+Restore does not round-trip", doc.name)
		}
		for _, e := range edits {
			if runeSlice(red, e.NewStart, e.NewEnd) != e.Pseudonym {
				t.Fatalf("%s: edit offsets wrong", doc.name)
			}
		}
	}
}
