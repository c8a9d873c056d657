package redact

import (
	"testing"
)

// The review of the false-name tuning on blind22 and blind23: its notes
// and its sentences are in testdata/cases/review23.cases; here what needs
// a project of documents.

// Rule 4: a sure name that is a thing too is replaced wherever it stands.
// (A name said once, without a cue elsewhere, is in
// testdata/cases/review23.cases.)
func TestReview23ThingNames(t *testing.T) {
	// A surname that is also a language or a vaccine: only the person.
	runProject(t, []string{
		"P: Dr Janssen explained the trial to me.",
		"P: I had the Janssen vaccine in 2021, one dose.",
	}, [][]string{{"PERSON|Janssen"}, nil})
	// A name that is a thing, found with a cue once: every occurrence.
	runProject(t, []string{
		"P: My niece Durga comes on Saturdays.",
		"P: Durga said the new tablets are smaller.",
	}, [][]string{{"PERSON|Durga"}, {"PERSON|Durga"}})
	runProject(t, []string{
		"P: My son, Thai, was born in Hanoi.",
		"P: Thai takes me to dialysis now.",
	}, [][]string{{"PERSON|Thai"}, {"PERSON|Thai"}})
	runProject(t, []string{
		"P: My cousin Roma Das is a nurse.",
		"P: Roma told me about the camp.",
	}, [][]string{{"PERSON|Roma Das"}, {"PERSON|Roma"}})
}
