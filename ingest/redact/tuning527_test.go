package redact

import "testing"

// TestAccentedLabelWordFoldingToAFunctionWord checks that a speaker's
// name of two words, one of which folds to an English function word once
// its accents are taken off ("Sô Phal": "so"), is a person's name, as a
// label and in the text, and that such a word alone is still no label.
func TestAccentedLabelWordFoldingToAFunctionWord(t *testing.T) {
	lines := []string{
		"Interviewer: Can you each introduce yourself?",
		"Sô Phal: My name is Thạch Sô Phal. Sixty-one.",
		"Interviewer: And then the family?",
		"Sô Phal: Then the nurse said, everybody in the house.",
	}
	want := [][]string{nil, {"Sô Phal", "Thạch Sô Phal"}, nil, {"Sô Phal"}}
	checkNamesWithLabels(t, lines, want)
	for _, label := range []string{"So", "So Far"} {
		if ws, ok := speakerName(label); ok {
			t.Errorf("speakerName(%q) = %q, want no name", label, ws)
		}
	}
}
