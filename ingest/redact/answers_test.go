package redact

import "testing"

// TestNamesWhereOnlyNamesStand: the answer to a question asking who, a
// quoted name where names are the subject, a short form "to her friends";
// and what must stay (an answer that is a word, a greeting in quotes).
func TestNamesWhereOnlyNamesStand(t *testing.T) {
	d := plain(t)
	runCases(t, d, []detectCase{
		{"Interviewer: And who drives you?\n\nP: Tauvaga. Every Tuesday.", []string{"PERSON|Tauvaga"}},
		{"Interviewer: What was his name?\n\nP: Oisinn, I think.", []string{"PERSON|Oisinn"}},
		{"P: Everyone calls her \"Ngozika\" at home.", []string{"PERSON|Ngozika"}},
		{"P: Her name is long. Siobhra to her friends.", []string{"PERSON|Siobhra"}},
		{"Interviewer: Who came?\n\nP: Everybody. The whole street.", nil},
		{"Interviewer: What's the group called?\n\nP: Sunrise. We chose it.", nil},
		{"P: We say \"Hello\" and \"Bonjour\", both.", nil},
	})
}
