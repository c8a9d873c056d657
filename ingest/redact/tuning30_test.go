package redact

// Rules tuned on the misses and false names of blind20-blind29 before
// blind30 was written (4 December 2026). The tables for a detector
// without options are in testdata/cases/tuning30.cases and
// testdata/cases/streetforms.cases.

import "testing"

// TestInterviewerLabelsOfOtherLanguages: the interviewer's or moderator's
// label in another language, opening turn after turn, is a role, not a
// person; the participant's label beside it stays a name.
func TestInterviewerLabelsOfOtherLanguages(t *testing.T) {
	d := withSpeakers(t, "Kérdező", "Интервьюер", "Haastattelija", "Moderatorka", "Anna", "Olga", "Aino", "Basia")
	runCases(t, d, []detectCase{
		{"Kérdező: Mióta jár a csoportba?\nAnna: Two years.", []string{"PERSON|Anna"}},
		{"Интервьюер: Как вы узнали о группе?\nOlga: From my neighbour.", []string{"PERSON|Olga"}},
		{"Haastattelija: Kerro ryhmästä.\nAino: It was my sister's idea.", []string{"PERSON|Aino"}},
		{"Moderatorka: Kto chce zacząć?\nBasia: Me, I'll start.", []string{"PERSON|Basia"}},
	})
}
