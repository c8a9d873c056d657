package redact

import (
	"context"
	"slices"
	"testing"
)

// namesWithLabels returns, for each line, the names a detector that knows
// the lines' speaker labels finds in it.
func namesWithLabels(t *testing.T, lines []string) [][]string {
	t.Helper()
	d, err := NewDetector(Options{Speakers: SpeakerLabels(lines...)})
	if err != nil {
		t.Fatal(err)
	}
	found, err := d.DetectAll(context.Background(), lines, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]string, len(lines))
	for i := range lines {
		for _, id := range found[i] {
			if id.Kind == Person {
				out[i] = append(out[i], id.Text)
			}
		}
	}
	return out
}

// checkNamesWithLabels checks, line by line, that the names found by
// namesWithLabels are want's (nil: none).
func checkNamesWithLabels(t *testing.T, lines []string, want [][]string) {
	t.Helper()
	for i, names := range namesWithLabels(t, lines) {
		if !slices.Equal(names, want[i]) {
			t.Errorf("%q: names %q, want %q", lines[i], names, want[i])
		}
	}
}

// TestKnownNameStartingWithAFiller checks that a speaker's name whose
// first word is a filler too ("Eh Doh", a Karen name; "eh" is a
// hesitation) is hidden whole, as a label and in the text, where the
// rules alone stop at "Doh".
func TestKnownNameStartingWithAFiller(t *testing.T) {
	lines := []string{
		"Interviewer: So, Eh Doh, you worked with the elephants?",
		"Eh Doh: Thirty-two years. Forest department.",
		"Interviewer: Thank you, Eh Doh.",
		"Eh Doh: And a bus. Write it.",
	}
	eh := []string{"Eh Doh"}
	checkNamesWithLabels(t, lines, [][]string{eh, eh, eh, eh})
}
