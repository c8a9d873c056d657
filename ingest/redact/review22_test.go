package redact

import (
	"testing"
)

// The review of the blind22 tuning: its notes and its sentences are in
// testdata/cases/review22.cases; here the programmes' names, which need a
// detector told them.

// Rule 3: a programme's name given as not-a-name words is no address; a
// real street of the same name, or one beside it, still is. A programme's
// name said without the word for what kind of group it is ("Mercy Porch"
// for "Mercy Porch Families") is still the programme's; a person of the
// first word's name is still a person.
func TestReview22Programmes(t *testing.T) {
	d := withNotNames(t, "Mercy Road", "Willow Court", "Station Road Peers", "Mercy Porch Families", "Rich Tea Circle")
	runCases(t, d, []detectCase{
		{"P: I've been with Mercy Road since 2019, 4 years now.", nil},
		{"P: Willow Court 2, the second group, started in May.", nil},
		{"P: I joined Station Road Peers, 20 of us.", nil},
		{"P: I go to Mercy Road on 14 Church Road every week.", []string{"ADDRESS|14 Church Road"}},
		{"P: I live at 4 Mercy Road, Leeds LS6 2AB.", []string{"ADDRESS|4 Mercy Road, Leeds LS6 2AB"}},
		{"P: She lives on Mercy Road, Leeds LS6 2AB.", []string{"ADDRESS|Mercy Road, Leeds LS6 2AB"}},
		{"P: My flat is 3 Willow Court, Hull HU5 2QT.", []string{"ADDRESS|3 Willow Court, Hull HU5 2QT"}},
		{"P: I live at Willow Court, Flat 9, Hull.", []string{"ADDRESS|Willow Court, Flat 9, Hull"}},
		{"P: Station Road Peers meets at 20 Station Road, Bristol BS1 4QA.", []string{"ADDRESS|20 Station Road, Bristol BS1 4QA"}},
		{"P: There's a young man at Mercy Porch, and Mercy Porch hold me.", nil},
		{"P: We had tea at Rich Tea, the biscuits were good.", nil},
		{"P: My cousin Mercy came to see me.", []string{"PERSON|Mercy"}},
	})
}
