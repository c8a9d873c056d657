package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

// learnedDemo makes the demo project and learns one code from ben's coding
// (nine interviews), so that the other interviews get learned suggestions.
// It returns globals on the project and a learned suggestion.
func learnedDemo(t *testing.T) (*globals, *strings.Builder, *corpus.Coding) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the demo and learns a code")
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "demo")
	var o, e strings.Builder
	if code := run(ctx, []string{"demo", "--out", dir}, nil, &o, &e); code != 0 {
		t.Fatalf("demo: %d %s", code, e.String())
	}
	if code := run(ctx, []string{"--project", dir, "code", "learn", "--coders", "ben", "--code", "benefits.shared_experience"}, nil, &o, &e); code != 0 {
		t.Fatalf("code learn: %d %s", code, e.String())
	}
	out := &strings.Builder{}
	g := &globals{io: &IOStreams{Out: out, Err: &e}, project: dir}
	s, err := g.open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	learned, err := s.store.Codings(ctx, corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}})
	if err != nil || len(learned) == 0 {
		t.Fatalf("no learned suggestion (%v)", err)
	}
	return g, out, learned[0]
}

// A learned suggestion is explained: its confidence, its model's
// cross-validated figures, the words that pushed it up, and the passages
// people coded with the code that are most like it; in text and JSON.
func TestExplainLearnedSuggestion(t *testing.T) {
	g, _, sug := learnedDemo(t)
	ctx := context.Background()
	ref := fmt.Sprintf("%s:%d", sug.DocID, sug.Start)
	explain := func(args ...string) string {
		t.Helper()
		var o, e strings.Builder
		if code := run(ctx, append([]string{"--project", g.project, "codings", "explain", ref}, args...), nil, &o, &e); code != 0 {
			t.Fatalf("explain %v: %d %s", args, code, e.String())
		}
		return o.String()
	}
	tests := []struct {
		args []string
		want []string
	}{
		{nil, []string{
			fmt.Sprintf("benefits.shared_experience  by learned, suggested (learned), confidence %.2f", *sug.Confidence),
			"cross-validated precision 0.", "pushed up by: " + pushedUpInWords(t, sug), "held down by:", "log-odds",
			"nearest passages people coded with it (likeness",
		}},
		{[]string{"--json", "--near", "2"}, []string{`"learned": {`, `"nearest": [`, `"cv": {`}},
	}
	var out string
	for _, tt := range tests {
		out = explain(tt.args...)
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("explain %v: output lacks %q:\n%s", tt.args, w, out)
			}
		}
	}
	// The model's figures come with the passages behind them, and no
	// passage that shares no word with the suggestion is called near.
	text := explain()
	if !regexp.MustCompile(`precision \d\.\d\d \(\d+/\d+\), recall \d\.\d\d \(\d+/\d+\)`).MatchString(text) || strings.Contains(text, "  0.00  ") {
		t.Errorf("explain's model figures lack their counts, or it lists a passage of likeness 0.00:\n%s", text)
	}
	// Decoded as a script would, with only the fields it reads.
	var ex struct {
		Codings []struct {
			ID      int64 `json:"id"`
			Coder   string
			Learned *struct {
				Confidence float64
				Model      *struct {
					Positives int
					CV        *struct{ F1 float64 }
				}
				Nearest []struct{ Document string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &ex); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range ex.Codings {
		switch {
		case c.ID == sug.ID:
			found = true
			l := c.Learned
			if l == nil || l.Model == nil || l.Model.CV == nil || l.Model.Positives == 0 || l.Confidence != *sug.Confidence || len(l.Nearest) != 2 {
				t.Errorf("the learned suggestion is not explained fully: %+v", l)
			}
		case c.Learned != nil:
			t.Errorf("coding %d by %s is explained as a learned suggestion", c.ID, c.Coder)
		}
	}
	if !found {
		t.Errorf("the learned suggestion %d is not among the segment's codings: %+v", sug.ID, ex.Codings)
	}
}

// pushedUpInWords is a learned suggestion's stored evidence with the
// passage's words for its terms, as explain shows it; it fails the test
// unless some term is shown otherwise than stored (a stem as its word).
func pushedUpInWords(t *testing.T, sug *corpus.Coding) string {
	t.Helper()
	shown := analysis.EvidenceInWords(sug.Evidence, sug.Quote)
	if shown == sug.Evidence {
		t.Fatalf("evidence %q shown as stored: no stem put in the passage's words", sug.Evidence)
	}
	return shown
}
