package redact

import (
	"testing"
)

// The review of the issue-19 tuning: its notes and its sentences are in
// testdata/cases/review20.cases; here what a project of documents needs.

// Rule 1: a word said twice after a preposition of place, never cued as a
// person, is a place everywhere. (Its sentences alone are in
// testdata/cases/review20.cases.)
func TestReview20PlaceVotes(t *testing.T) {
	// Said once as a place and once otherwise: the lists cannot tell.
	runProject(t, []string{
		"P: I was so angry at Rutendo that day.",
		"P: We laughed at Rutendo, she fell off the bench.",
		"P: Rutendo said she would bring the forms.",
		"P: It's up to Farai, really.",
		"P: Everything was up to Farai after that.",
		"P: Farai drove me home.",
		"P: We lived in Kwekwezi for years. The clinic in Kwekwezi closed.",
		"P: Kwekwezi people are kind. I'm from Kwekwezi.",
	}, [][]string{
		{"PERSON|Rutendo"}, {"PERSON|Rutendo"}, {"PERSON|Rutendo"},
		{"PERSON|Farai"}, {"PERSON|Farai"}, {"PERSON|Farai"},
		nil, nil,
	})
	runProject(t, []string{
		"P: I waved at Maria across the ward.",
		"P: The nurse shouted at Maria for being late.",
		"P: Maria brought tea. Maria is the best.",
	}, [][]string{{"PERSON|Maria"}, {"PERSON|Maria"}, {"PERSON|Maria", "PERSON|Maria"}})
}
