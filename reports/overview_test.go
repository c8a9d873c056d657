package reports

import (
	"context"
	"strings"
	"testing"
)

// The overview counts the words participants said apart from the
// interviewers': the methods appendix's length is of what was said to the
// study, not of the questions.
func TestOverviewParticipantWords(t *testing.T) {
	r, _ := demoReport(t)
	ctx := context.Background()
	want := 0
	for _, p := range r.Overview.Programmes {
		if p.ParticipantWords <= 0 || p.ParticipantWords >= p.Words {
			t.Errorf("%s: %d participants' words of %d", p.Name, p.ParticipantWords, p.Words)
		}
	}
	docs, err := demoBuilt.st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		turns, err := demoBuilt.st.Turns(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, tu := range turns {
			if !tu.Interviewer {
				want += tu.Words
			}
		}
	}
	if r.Overview.ParticipantWords != want {
		t.Errorf("participants' words %d, want %d (the participants' turns)", r.Overview.ParticipantWords, want)
	}
	var md strings.Builder
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "of them said by participants") {
		t.Error("the overview does not say how many words participants said")
	}
}
