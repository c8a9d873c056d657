package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
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
			checkPlaced(t, a.Slice(s, e), ok, tt.want)
		})
	}
}

// checkPlaced checks where an anchorer placed a coding: on the text want,
// or nowhere (an orphan) when want is "".
func checkPlaced(t *testing.T, placed string, ok bool, want string) {
	t.Helper()
	switch {
	case want == "" && ok:
		t.Errorf("placed on %q; want an orphan", placed)
	case want != "" && !ok:
		t.Errorf("orphaned; want %q", want)
	case ok && placed != want:
		t.Errorf("placed on %q, want %q", placed, want)
	}
}

// TestAnchorerKeepsShape re-places codings after the edits that moved them
// onto the wrong text: the new span's length comes from the alignment, it
// stays inside the turn it was in (never running into the interviewer's),
// and it starts and ends between words; otherwise the coding is orphaned.
func TestAnchorerKeepsShape(t *testing.T) {
	tests := []struct {
		name, old, quote, new string
		want                  string // the text the coding covers afterwards; "" = orphan
	}{
		{
			name:  "typo fix shortens the span at the end of a turn",
			old:   "P: She rang me at midnight every nigght.\n\nInterviewer: And then?",
			quote: "She rang me at midnight every nigght.",
			new:   "P: She rang me at midnight every night.\n\nInterviewer: And then?",
			want:  "She rang me at midnight every night.",
		},
		{
			name:  "end of a turn cut: the coding does not run into the interviewer",
			old:   "P: Honestly the training was thin and nobody followed it up with us at all.\n\nInterviewer: Right. Why was that?",
			quote: "the training was thin and nobody followed it up with us at all.",
			new:   "P: Honestly the training was thin and nobody followed it up with us.\n\nInterviewer: Right. Why was that?",
			want:  "the training was thin and nobody followed it up with us.",
		},
		{
			name:  "words added inside: the span grows",
			old:   "P: The coordinator stepped in and we talked it through properly.\n\nInterviewer: Good.",
			quote: "The coordinator stepped in and we talked it through properly.",
			new:   "P: The coordinator stepped in straight away and we talked it through properly.\n\nInterviewer: Good.",
			want:  "The coordinator stepped in straight away and we talked it through properly.",
		},
		{
			name:  "sentence inserted inside: the span keeps its first sentence",
			old:   "P: I do, along with everything else. I'm the manager, there's me and a part-time admin, and about forty volunteers across everything, twenty-odd on the one-to-one.",
			quote: "I do, along with everything else. I'm the manager, there's me and a part-time admin, and about forty volunteers across everything, twenty-odd on the one-to-one.",
			new:   "P: I do, along with everything else. I mean that, honestly, I really do. I'm the manager, there's me and a part-time admin, and about forty volunteers across everything, twenty-odd on the one-to-one.",
			want:  "I do, along with everything else. I mean that, honestly, I really do. I'm the manager, there's me and a part-time admin, and about forty volunteers across everything, twenty-odd on the one-to-one.",
		},
		{
			name:  "never ends inside a word",
			old:   "P: The volunteers are brilliant, they know whom to ring, they know what to say, and they know whom to naem.\n\nInterviewer: Thanks.",
			quote: "The volunteers are brilliant, they know whom to ring, they know what to say, and they know whom to naem.",
			new:   "P: The volunteers are really brilliant, they know whom to ring, they know what to say, and they know whom to name.\n\nInterviewer: Thanks.",
			want:  "The volunteers are really brilliant, they know whom to ring, they know what to say, and they know whom to name.",
		},
		{
			name:  "turn split inside the coding: orphaned, not stretched over the interviewer",
			old:   "P: We ring every Tuesday without fail. They know it is us.\n\nInterviewer: Why Tuesday?",
			quote: "We ring every Tuesday without fail. They know it is us.",
			new:   "P: We ring every Tuesday without fail.\n\nInterviewer: Mm.\n\nP: They know it is us.\n\nInterviewer: Why Tuesday?",
			want:  "",
		},
		{
			name:  "the interviewer's echo is not the participant's text",
			old:   "P: I felt completely alone with it all, for months.\n\nInterviewer: You said: I felt completely alone with it all. Why?",
			quote: "I felt completely alone with it all",
			new:   "P: I felt so completely alone with it all, for months.\n\nInterviewer: You said: I felt completely alone with it all. Why?",
			want:  "I felt so completely alone with it all",
		},
		{
			name:  "a coding across an exchange still crosses it, fixed typo and all",
			old:   "P: It was hard. Realy hard.\n\nInterviewer: How so?\n\nP: Nobody came.",
			quote: "Realy hard.\n\nInterviewer: How so?\n\nP: Nobody came.",
			new:   "P: It was hard. Really hard.\n\nInterviewer: How so?\n\nP: Nobody came.",
			want:  "Really hard.\n\nInterviewer: How so?\n\nP: Nobody came.",
		},
		{
			name:  "exactly at the threshold: 2 edits in 10 runes",
			old:   "P: She rang at 10 every night.\n\nInterviewer: Every night?",
			quote: "rang at 10",
			new:   "P: She rung at 11 every night.\n\nInterviewer: Every night?",
			want:  "rung at 11",
		},
		{
			name:  "a short quote that no longer occurs is orphaned",
			old:   "P: Yes.\n\nInterviewer: Sure?",
			quote: "Yes.",
			new:   "P: Yeah.\n\nInterviewer: Sure?",
			want:  "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := len([]rune(tt.old[:strings.Index(tt.old, tt.quote)]))
			a := NewAnchorer(tt.old, tt.new)
			s, e, ok := a.Place(start, start+len([]rune(tt.quote)), tt.quote)
			checkPlaced(t, a.Slice(s, e), ok, tt.want)
		})
	}
}

// TestTurnAnchorerUsesStoredTurns: the stored turns, not lines that look
// like speaker labels, say where turns are. A paragraph that looks labelled
// ("First thing: ...") belongs to the turn before it, and when an
// interviewer line is inserted before it, it is the interviewer's.
func TestTurnAnchorerUsesStoredTurns(t *testing.T) {
	const (
		old      = "Interviewer: How do you train them?\n\nP: There's a prcoess.\n\nFirst thing: the training, four sessions."
		fixed    = "Interviewer: How do you train them?\n\nP: There's a process.\n\nFirst thing: the training, four sessions."
		inserted = "Interviewer: How do you train them?\n\nP: There's a process.\n\nInterviewer: Sorry?\n\nFirst thing: the training, four sessions."
	)
	// turns makes one turn of each labelled paragraph, with the paragraphs
	// that follow it up to the next label ("First thing:" is not one).
	turns := func(text string) []corpus.Turn {
		var out []corpus.Turn
		for _, label := range []string{"Interviewer: ", "P: "} {
			for at := 0; ; {
				i := strings.Index(text[at:], label)
				if i < 0 {
					break
				}
				start := at + i + len(label)
				end := len(text)
				for _, next := range []string{"\n\nInterviewer: ", "\n\nP: "} {
					if k := strings.Index(text[start:], next); k >= 0 {
						end = min(end, start+k)
					}
				}
				out = append(out, corpus.Turn{Interviewer: label == "Interviewer: ", Start: start, End: end})
				at = end
			}
		}
		return out
	}
	tests := []struct {
		name, new, quote, want string
	}{
		{"paragraphs of one turn", fixed, "There's a prcoess.\n\nFirst thing: the training", "There's a process.\n\nFirst thing: the training"},
		{"now the interviewer's", inserted, "the training, four sessions.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := strings.Index(old, tt.quote)
			a := NewTurnAnchorer(old, tt.new, turns(old), turns(tt.new))
			s, e, ok := a.Place(start, start+len(tt.quote), tt.quote)
			checkPlaced(t, a.Slice(s, e), ok, tt.want)
		})
	}
}

// TestAnchorerLongQuote places a coding longer than the aligner takes whole.
func TestAnchorerLongQuote(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 3*longQuote; i++ {
		fmt.Fprintf(&b, "Sentence number %d says something about volunteering. ", i)
	}
	body := strings.TrimSpace(b.String())
	old := "Interviewer: Go on.\n\nP: " + body + "\n\nInterviewer: Thanks."
	edited := strings.Replace(body, "number 7 says", "number 7 sayss", 1)
	edited = strings.Replace(edited, "Sentence number 20 ", "An aside. Sentence number 20 ", 1)
	nw := "Interviewer: Go on.\n\nP: " + edited + "\n\nInterviewer: Thanks."
	start := len([]rune(old[:strings.Index(old, body)]))
	a := NewAnchorer(old, nw)
	s, e, ok := a.Place(start, start+len([]rune(body)), body)
	if !ok || a.Slice(s, e) != edited {
		t.Errorf("placed = %v, span [%d,%d); want the whole edited turn", ok, s, e)
	}
}

func TestBandedLevenshtein(t *testing.T) {
	words := []string{"", "a", "night", "nihgt", "kitten", "sitting", "the training was thin", "training was thin, honestly"}
	for _, x := range words {
		for _, y := range words {
			want := codebook.EditDistance(x, y)
			for limit := 0; limit <= 12; limit++ {
				d, ok := bandedLevenshtein([]rune(x), []rune(y), limit)
				if ok != (want <= limit) || ok && d != want {
					t.Errorf("bandedLevenshtein(%q, %q, %d) = %d, %v; want %d", x, y, limit, d, ok, want)
				}
			}
		}
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
// orphan, and so does a rejected suggestion there (a person's decision);
// only a suggestion nobody reviewed is dropped.
func TestReplaceKeepsCodings(t *testing.T) {
	ctx := context.Background()
	p, st := newProject(t)
	dir := t.TempDir()
	v1 := "Interviewer: Tell me.\n\nP: She rang me at midnight every nihgt.\n\nInterviewer: Anything else?\n\nP: The training was thin, honestly.\n"
	f := write(t, dir, "hf-01.txt", v1)
	mustIngest(t, p, st, []string{f}, Options{})
	doc, _ := st.Document(ctx, "hf-01")
	codeBy := func(q, c, coder, origin, status string) {
		i := len([]rune(doc.Text[:strings.Index(doc.Text, q)]))
		err := st.Tx(ctx, func(tx *corpus.Tx) error {
			return tx.InsertCoding(&corpus.Coding{DocID: "hf-01", Start: i, End: i + len([]rune(q)), Code: c, Coder: coder, Origin: origin, Status: status, Quote: q})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	code := func(q, c string) { codeBy(q, c, "alice", corpus.OriginManual, corpus.StatusAccepted) }
	code("She rang me at midnight every nihgt.", "boundaries.personal_contact")
	code("The training was thin, honestly.", "organisational.training")
	codeBy("The training was thin, honestly.", "organisational.supervision", corpus.AutoCoder, corpus.OriginRule, corpus.StatusSuggested)
	codeBy("The training was thin, honestly.", "organisational.policies", corpus.LearnedCoder, corpus.OriginLearned, corpus.StatusRejected)

	v2 := "Interviewer: Hello again.\n\nInterviewer: Tell me.\n\nP: She rang me at midnight every night.\n\nInterviewer: Anything else?\n\nP: No.\n"
	write(t, dir, "hf-01.txt", v2)
	if _, err := Ingest(ctx, p, st, []string{f}, Options{}); err == nil || !strings.Contains(err.Error(), "--replace") {
		t.Fatalf("a changed file was accepted without --replace: %v", err)
	}
	rep := mustIngest(t, p, st, []string{f}, Options{Replace: true})
	if rep.Reanchored != 1 || rep.Orphaned != 2 || rep.Dropped != 1 {
		t.Errorf("re-anchored %d, orphaned %d, dropped %d; want 1, 2 and 1", rep.Reanchored, rep.Orphaned, rep.Dropped)
	}
	live, _ := st.Codings(ctx, corpus.CodingFilter{})
	doc, _ = st.Document(ctx, "hf-01")
	if len(live) != 1 || string([]rune(doc.Text)[live[0].Start:live[0].End]) != "She rang me at midnight every night." || live[0].Quote != "She rang me at midnight every night." {
		t.Errorf("re-anchored coding = %+v", live)
	}
	orphans, _ := st.Codings(ctx, corpus.CodingFilter{Orphans: true})
	var kept []string
	for _, o := range orphans {
		kept = append(kept, o.Coder+" "+o.Status+" "+o.Quote)
	}
	slices.Sort(kept)
	if want := []string{"alice accepted The training was thin, honestly.", "learned rejected The training was thin, honestly."}; !slices.Equal(kept, want) {
		t.Errorf("orphans = %q, want %q", kept, want)
	}
}

// FuzzAnchorerPlace: whatever the texts and the coding, Place does not
// panic, and a span it returns lies in the new text and keeps the old
// span's turns and word boundaries.
func FuzzAnchorerPlace(f *testing.F) {
	f.Add("P: She rang me every nihgt.\n\nInterviewer: Why?", "P: She rang me every night.\n\nInterviewer: Why?", 3, 27, "She rang me every nihgt.")
	f.Add("P: Ça va? Très bien, merci.", "Interviewer: Hi.\n\nP: Ça va? Très bien.", 3, 10, "")
	f.Add("", "x", -1, 5, "\xff\xfe")
	f.Fuzz(func(t *testing.T, old, nw string, start, end int, quote string) {
		a := NewAnchorer(old, nw)
		s, e, ok := a.Place(start, end, quote)
		if !ok {
			return
		}
		newR := []rune(nw)
		if s < 0 || e > len(newR) || s >= e {
			t.Fatalf("span [%d,%d) outside a text of %d runes", s, e, len(newR))
		}
		oldR := []rune(old)
		if start >= 0 && end <= len(oldR) && start < end {
			if !cutsWord(oldR, start) && cutsWord(newR, s) || !cutsWord(oldR, end) && cutsWord(newR, e) {
				t.Fatalf("[%d,%d) cuts a word the old span [%d,%d) did not", s, e, start, end)
			}
			if !a.fits(a.profileOf(start, end, true), s, e) {
				t.Fatalf("[%d,%d) leaves the old span's turns", s, e)
			}
		}
	})
}
