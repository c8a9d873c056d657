package ingest

import (
	"context"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
)

func TestAnchorer(t *testing.T) {
	old := "Interviewer: Hi.\n\nP: She rang me at midnight every nihgt, and I let her.\n\nInterviewer: And then?\n\nP: Then the coordinator stepped in. We talked."
	quote := "She rang me at midnight every nihgt, and I let her."
	start := len([]rune(old[:strings.Index(old, quote)]))
	end := start + len([]rune(quote))
	tests := []struct {
		name, new string
		want      string // the text the coding should cover afterwards; "" = orphan
	}{
		{"unchanged", old, quote},
		{"typo fixed inside the span", strings.Replace(old, "nihgt", "night", 1), "She rang me at midnight every night, and I let her."},
		{"paragraph inserted before", strings.Replace(old, "Interviewer: Hi.", "Interviewer: Hi.\n\nP: Hello! Lovely to meet you, come in, sit down.", 1), quote},
		{"passage deleted", strings.Replace(old, quote, "", 1), ""},
		{"turns re-ordered", "Interviewer: And then?\n\nP: Then the coordinator stepped in. We talked.\n\nInterviewer: Hi.\n\nP: " + quote, quote},
		{"accented text before", "Interviewer: Ça va? Café? Très bien.\n\n" + old, quote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAnchorer(old, tt.new)
			s, e, ok := a.Place(start, end, quote)
			if tt.want == "" {
				if ok {
					t.Errorf("placed at %q; want an orphan", a.Slice(s, e))
				}
				return
			}
			if !ok {
				t.Fatalf("not placed; want %q", tt.want)
			}
			if got := a.Slice(s, e); got != tt.want {
				t.Errorf("placed on %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAnchorerPrefersNearestOccurrence(t *testing.T) {
	old := "P: yes. Something else entirely. P: yes. More text here."
	a := NewAnchorer(old, "Inserted. "+old)
	// The second "yes." was coded; it must stay the second.
	second := strings.LastIndex(old, "yes.")
	s, _, ok := a.Place(second, second+4, "yes.")
	if !ok || s != second+len("Inserted. ") {
		t.Errorf("placed at %d, want %d", s, second+len("Inserted. "))
	}
}

// TestReplaceKeepsCodings re-ingests an edited transcript: the coding on
// a fixed typo moves with it, a coding on a deleted passage becomes an
// orphan, and nothing is lost.
func TestReplaceKeepsCodings(t *testing.T) {
	ctx := context.Background()
	p, st := newProject(t)
	dir := t.TempDir()
	v1 := "Interviewer: Tell me.\n\nP: She rang me at midnight every nihgt.\n\nInterviewer: Anything else?\n\nP: The training was thin, honestly.\n"
	f := write(t, dir, "hf-01.txt", v1)
	if _, err := Ingest(ctx, p, st, []string{f}, Options{}); err != nil {
		t.Fatal(err)
	}
	doc, _ := st.Document(ctx, "hf-01")
	code := func(q, c string) {
		i := len([]rune(doc.Text[:strings.Index(doc.Text, q)]))
		err := st.Tx(ctx, func(tx *corpus.Tx) error {
			return tx.InsertCoding(&corpus.Coding{DocID: "hf-01", Start: i, End: i + len([]rune(q)), Code: c, Coder: "alice", Origin: corpus.OriginManual, Quote: q})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	code("She rang me at midnight every nihgt.", "boundaries.personal_contact")
	code("The training was thin, honestly.", "organisational.training")

	v2 := "Interviewer: Hello again.\n\nInterviewer: Tell me.\n\nP: She rang me at midnight every night.\n\nInterviewer: Anything else?\n\nP: No.\n"
	write(t, dir, "hf-01.txt", v2)
	if _, err := Ingest(ctx, p, st, []string{f}, Options{}); err == nil || !strings.Contains(err.Error(), "--replace") {
		t.Fatalf("a changed file was accepted without --replace: %v", err)
	}
	rep, err := Ingest(ctx, p, st, []string{f}, Options{Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Reanchored != 1 || rep.Orphaned != 1 {
		t.Errorf("re-anchored %d, orphaned %d; want 1 and 1", rep.Reanchored, rep.Orphaned)
	}
	live, _ := st.Codings(ctx, corpus.CodingFilter{})
	doc, _ = st.Document(ctx, "hf-01")
	if len(live) != 1 || string([]rune(doc.Text)[live[0].Start:live[0].End]) != "She rang me at midnight every night." || live[0].Quote != "She rang me at midnight every night." {
		t.Errorf("re-anchored coding = %+v", live)
	}
	orphans, _ := st.Codings(ctx, corpus.CodingFilter{Orphans: true})
	if len(orphans) != 1 || orphans[0].Quote != "The training was thin, honestly." {
		t.Errorf("orphans = %+v", orphans)
	}
}
