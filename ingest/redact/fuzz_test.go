package redact

import (
	"testing"
)

// FuzzDetect checks that Detect never panics and always returns sorted,
// non-overlapping spans within the text whose Text matches, and that
// Apply + Restore give the text back. Seeds: testdata/fuzz/FuzzDetect.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"",
		"Participant: My buddy Priya rang from 07700 900123 on 12 March 2024.",
		"Dr. Abd Rabou: her name’s Siobhán, “Will” said — MRN: AB123456, NHS 943 476 5919",
		"grace dot obi at gmail dot com www.example.org/x?y=1 14 Elm Grove, Leeds LS6 2AB",
		"It's, like, y'know... I... “quoted” &rsquo; \xff\xfe",
		"+44 (0)20 7946 0958 1-800-555-0199 (555) 201-3344 3 4 5 40 mg",
	} {
		f.Add(s)
	}
	d := sharedNER(f)
	f.Fuzz(func(t *testing.T, text string) {
		ids := mustDetect(t, d, text)
		checkSpans(t, text, ids)
		red, edits := Apply(text, ids, nil)
		for _, e := range edits {
			if e.NewEnd > len([]rune(red)) {
				t.Fatalf("edit beyond the redacted text")
			}
		}
		if back, _ := Restore(red, edits, nil); back != string([]rune(text)) {
			t.Fatalf("Apply+Restore does not round-trip")
		}
	})
}
