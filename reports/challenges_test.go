package reports

import (
	"strings"
	"testing"
)

// TestChallengeQuoteCodedWithBoth: a challenge and a response in the same
// interview are co-occurrence, not the response to the challenge. The
// summary says "coded in the same interviews" and how many passages have
// both codes, and the quote under the pair is the passage coded with both
// even when a passage merely near the challenge is more typical of the
// response; its attribution says so.
func TestChallengeQuoteCodedWithBoth(t *testing.T) {
	const (
		near    = "My coordinator's debrief on Fridays helped me a lot."
		contact = "She rang me at midnight and supervision said to stop answering."
		both    = "supervision said to stop answering."
	)
	docs := []testDoc{
		{"hm-01", "HeartMates", "peer supporter", near + " " + contact,
			map[string]string{"boundaries.personal_contact": contact, "organisational.supervision": near}},
		{"hm-02", "HeartMates", "peer supporter", "My coordinator's debrief on Fridays helped.",
			map[string]string{"organisational.supervision": "My coordinator's debrief on Fridays helped."}},
	}
	extra := []suggestion{{"hm-01", "organisational.supervision", both, "alice", "accepted"}}
	ds, _ := fixtureScope(t, testCodebook, docs, extra, Scope{})
	r := mustBuild(t, "Pairs", ds, Options{NoCharts: true})

	if len(r.Challenges) != 1 || len(r.Challenges[0].Responses) != 1 {
		t.Fatalf("challenges = %+v", r.Challenges)
	}
	link := r.Challenges[0].Responses[0]
	if link.Passages != 1 {
		t.Errorf("passages coded with both = %d, want 1", link.Passages)
	}
	q := link.Quote
	start := strings.Index(docs[0].text, both)
	if q == nil || q.Coded[0] != start {
		t.Fatalf("quote = %+v, want the supervision passage coded with personal contact too (at %d)", q, start)
	}
	if !strings.Contains(q.About, "coded with personal contact too") {
		t.Errorf("the quote does not say it is coded with both: %q", q.About)
	}
	out := renderAll(t, r)
	for _, name := range []string{"report.md", "report.html"} {
		for _, want := range []string{"coded in the same interviews most often", "1 passage is coded with both", "Passages coded with both"} {
			if !strings.Contains(out[name], want) {
				t.Errorf("%s does not say %q", name, want)
			}
		}
		if strings.Contains(out[name], "spoken of together") {
			t.Errorf("%s still says the pair is spoken of together", name)
		}
	}
}
