package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
)

// Documents whose speakers take turns with none an interviewer's are told
// of once for the run, with their speakers; a document with an
// interviewer, or with fewer than two speakers, is not.
func TestNoInterviewerWarning(t *testing.T) {
	doc := func(name string, speakers ...string) *prepared {
		p := &prepared{src: source{display: name}, built: &Built{}}
		for _, s := range speakers {
			interviewer := strings.HasPrefix(s, "!")
			p.built.Turns = append(p.built.Turns, corpus.Turn{Speaker: strings.TrimPrefix(s, "!"), Interviewer: interviewer})
		}
		return p
	}
	const todo = "; if one of them asks the questions, list it under `interviewers:` in groundwork.yaml, then ingest them again with --replace"
	var many []*prepared
	for i := 2; i <= 6; i++ {
		many = append(many, doc(fmt.Sprintf("ai.csv:row %d", i), "Assistant", "User", "AI", "User"))
	}
	many = append(many, doc("host.md", "Adam", "Jerod", "Guest 1", "Guest 2", "Guest 3"))
	tests := []struct {
		name string
		docs []*prepared
		want string
	}{
		{"an interviewer", []*prepared{doc("a.txt", "!Interviewer", "Participant", "!Interviewer")}, ""},
		{"one speaker", []*prepared{doc("diary.txt", "Ann", "Ann")}, ""},
		{"unlabelled", []*prepared{doc("notes.txt", "")}, ""},
		{"one speaker and unlabelled", []*prepared{doc("memo.txt", "", "Ann", "")}, ""},
		{"one document", []*prepared{doc("a.txt", "!Interviewer", "P"), doc("b.csv:row 2", "Assistant", "User", "Assistant")},
			`b.csv:row 2: no speaker is an interviewer ("Assistant", "User"), so all its turns are coded as participants'` + todo},
		{"many", many,
			"6 documents have no speaker who is an interviewer, so all their turns are coded as participants' (ai.csv:row 2, ai.csv:row 3, ai.csv:row 4 and 3 more); " +
				`their speakers: "AI" (in 5), "Assistant" (in 5), "User" (in 5), "Adam" (in 1), "Guest 1" (in 1) and 3 more` + todo},
	}
	for _, tt := range tests {
		var n noInterviewer
		for _, p := range tt.docs {
			n.add(p)
		}
		if got := n.warning(); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
