package redact

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

var (
	nerOnce     sync.Once
	nerDetector *Detector
)

// sharedNER returns one NER detector for all tests (the model costs ~225 ms).
func sharedNER(t testing.TB) *Detector {
	t.Helper()
	nerOnce.Do(func() {
		d, err := NewDetector(Options{
			UseNER:   true,
			Speakers: []string{"Interviewer", "Participant", "P1", "Q", "R", "Dr. Okafor", "Sarah"},
			NotNames: []string{"Breathe Easy", "Hope and Resilience", "Heart to Heart"},
		})
		if err != nil {
			panic(err)
		}
		nerDetector = d
	})
	return nerDetector
}

type detectCase struct {
	text string
	want []string // "KIND|text" in order; nil = nothing at all
}

// mustDetect runs Detect and fails the test on an error.
func mustDetect(tb testing.TB, d *Detector, text string) []Identifier {
	tb.Helper()
	found, err := d.Detect(text)
	if err != nil {
		tb.Fatalf("Detect: %v", err)
	}
	return found
}

// mustDetectAll runs DetectAll over texts, as one project, with two
// workers, and fails the test on an error.
func mustDetectAll(t *testing.T, d *Detector, texts []string) [][]Identifier {
	t.Helper()
	found, err := d.DetectAll(context.Background(), texts, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// kindTexts returns the identifiers as "KIND|text", in order.
func kindTexts(found []Identifier) []string {
	var out []string
	for _, id := range found {
		out = append(out, string(id.Kind)+"|"+id.Text)
	}
	return out
}

// textsOf returns the identifiers' texts, in order.
func textsOf(found []Identifier) []string {
	var out []string
	for _, id := range found {
		out = append(out, id.Text)
	}
	return out
}

// countText counts the identifiers whose text is text.
func countText(found []Identifier, text string) int {
	n := 0
	for _, id := range found {
		if id.Text == text {
			n++
		}
	}
	return n
}

func ids(tb testing.TB, d *Detector, text string) []string {
	return kindTexts(mustDetect(tb, d, text))
}

func runCases(t *testing.T, d *Detector, cases []detectCase) {
	t.Helper()
	for _, c := range cases {
		got := ids(t, d, c.text)
		checkSpans(t, c.text, mustDetect(t, d, c.text))
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("Detect(%q)\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}

// runProject runs DetectAll over texts, as one project, and compares each
// document's identifiers with want.
func runProject(t *testing.T, texts []string, want [][]string) {
	t.Helper()
	got := mustDetectAll(t, plain(t), texts)
	for i := range texts {
		g := kindTexts(got[i])
		if strings.Join(g, "; ") != strings.Join(want[i], "; ") {
			t.Errorf("DetectAll doc %d %q\n got  %q\n want %q", i, texts[i], g, want[i])
		}
	}
}

func plain(t *testing.T) *Detector {
	d, err := NewDetector(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// withSpeakers is a detector told the documents' speaker labels.
func withSpeakers(t *testing.T, labels ...string) *Detector {
	t.Helper()
	d, err := NewDetector(Options{Speakers: labels})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// withNotNames is a detector told a project's words that are no names
// (its programmes' names), as the project's settings give them.
func withNotNames(t *testing.T, words ...string) *Detector {
	t.Helper()
	d, err := NewDetector(Options{NotNames: NotNamesOf(words)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDetectPerson(t *testing.T) {
	d := sharedNER(t)
	runCases(t, d, []detectCase{
		{"Participant: My buddy Priya rang me.", []string{"PERSON|Priya"}},
		{"Participant: My GP, Dr. Abd Rabou, sent me.", []string{"PERSON|Abd Rabou"}},
		{"Participant: The worker there, her name's Siobhán, she was great.", []string{"PERSON|Siobhán"}},
		{"Participant: There was a lad called Ollie in the group.", []string{"PERSON|Ollie"}},
		{"Participant: Mrs Kowalczyk stopped coming.", []string{"PERSON|Kowalczyk"}},
		{"Participant: My husband Mark was sceptical. Mark is a fixer.", []string{"PERSON|Mark", "PERSON|Mark"}},
		{"Participant: My mentor Will Ashworth came. Will said it gets better. Will you come?", []string{"PERSON|Will Ashworth", "PERSON|Will"}},
		{"Participant: My sister, Grace, came. By the grace of God.", []string{"PERSON|Grace"}},
		{"Sarah: Thank you, Stan.", []string{"PERSON|Sarah", "PERSON|Stan"}},
		{"Dr. Okafor: Hello everyone.", []string{"PERSON|Okafor"}},
		{"Participant: Kerry’s folder. Nikolai, he rang on Sundays. Kerry said so.", []string{"PERSON|Kerry", "PERSON|Nikolai", "PERSON|Kerry"}},
		// noise that must not be names
		{"INTERVIEWER: Um, yeah. Okay. Erm, right.", nil},
		{"Participant: Honestly, I went on Dr Google at 2am.", nil},
		{"Participant: Mum and Dad came at Christmas. God knows why. Tuesday is fine.", nil},
		{"Participant: I hope so. Mark my words. Will it help?", nil},
		{"Participant: She has Parkinson's and Alzheimer's, and he has Crohn's.", nil},
		{"Participant: I go to Breathe Easy and the Hope and Resilience course.", nil},
		{"Participant: We met in the Rose Garden Room at St Mary's Hospital.", nil},
		{"HEART FAILURE PEER SUPPORT EVALUATION", nil},
		{"Q: And then? R: The Macmillan nurse came. P1: Yeah.", nil},
	})
}

func TestDetectNamesOption(t *testing.T) {
	d, err := NewDetector(Options{Names: []string{"Priya Shah", "Hope", "Jean-Pierre Dubois"}, Speakers: []string{"Abd Rabou", "Interviewer"}})
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, d, []detectCase{
		{"Priya Shah rang. Then Shah wrote, and Priya came.", []string{"PERSON|Priya Shah", "PERSON|Shah", "PERSON|Priya"}},
		{"Hope came, I hope.", []string{"PERSON|Hope"}},
		{"Jean-Pierre and Mr Dubois", []string{"PERSON|Jean-Pierre", "PERSON|Dubois"}},
		{"Abd Rabou: Hello. Interviewer: Hi, Rabou.", []string{"PERSON|Abd Rabou", "PERSON|Rabou"}},
		{"PRIYA SHAH in capitals is a heading", nil},
	})
}

func TestDetectEdgeCases(t *testing.T) {
	d := sharedNER(t)
	for _, text := range []string{"", " ", "\n\n", "a", "Ab", "{{", "\xff\xfe", "Dr.", "Dr. ", "called", "my buddy", "MRN", "+44", "0", "07700 900123\xff"} {
		checkSpans(t, text, mustDetect(t, d, text))
	}
	// Rune offsets with multi-byte text before the span.
	text := "Siobhán’s café — ring 07700 900123"
	got := mustDetect(t, d, text)
	checkSpans(t, text, got)
	if len(got) == 0 || got[len(got)-1].Kind != Phone || got[len(got)-1].Start != 22 {
		t.Errorf("rune offsets: got %+v", got)
	}
}

func TestDetectAll(t *testing.T) {
	d := sharedNER(t)
	texts := []string{
		"Participant: My buddy Priya rang from 07700 900123.",
		"Participant: Nothing here.",
		"Participant: Email me at jo@example.org on 12 March 2024.",
	}
	var calls atomic.Int32
	got, err := d.DetectAll(context.Background(), texts, 2, func(done int) { calls.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || len(got[0]) != 2 || len(got[1]) != 0 || len(got[2]) != 2 {
		t.Fatalf("DetectAll: %+v", got)
	}
	if calls.Load() != 3 {
		t.Errorf("progress called %d times, want 3", calls.Load())
	}
	for i, text := range texts {
		want := mustDetect(t, d, text)
		if len(want) != len(got[i]) {
			t.Errorf("text %d: DetectAll and Detect differ", i)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.DetectAll(ctx, texts, 2, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled DetectAll: err = %v", err)
	}
	if got, err := d.DetectAll(context.Background(), nil, 0, nil); err != nil || len(got) != 0 {
		t.Errorf("empty DetectAll: %v %v", got, err)
	}
}

func TestSpeakerName(t *testing.T) {
	for _, c := range []struct {
		label string
		want  string // joined name words, "" = not a name
	}{
		{"Sarah", "Sarah"}, {"Dr. Smith", "Smith"}, {"Abd Rabou", "Abd Rabou"}, {"Siobhán", "Siobhán"},
		{"Mrs Kowalczyk (carer)", "Kowalczyk"}, {"Jean-Pierre", "Jean-Pierre"},
		{"Interviewer", ""}, {"Participant", ""}, {"P1", ""}, {"Q", ""}, {"R", ""}, {"Mother", ""},
		{"Speaker 2", ""}, {"INTERVIEWER", ""}, {"Facilitator", ""}, {"Unknown Speaker", ""}, {"", ""},
		{"Interviewer (JS)", ""}, {"P07a", ""}, {"Moderator", ""}, {"Dr.", ""},
		// a season is a surname beside other names, not a label alone
		{"Khady Summer", "Khady Summer"}, {"Spring", ""}, {"Daw Thida", "Thida"},
		// a kinship title that is a nickname too is a name alone, a title before one
		{"Tito", "Tito"}, {"Lola", "Lola"}, {"Tito Ben", "Ben"}, {"Mama", ""},
		{"Baba", "Baba"}, {"Koro", "Koro"}, {"Baba Bakary", "Bakary"},
		// a role before a name is the speaker's role; the name is theirs
		{"Interpreter Lan", "Lan"}, {"Nurse Hope", "Hope"}, {"Peer Supporter", ""}, {"Participant Seven", ""},
		// a particle between names is part of the name, not at its ends
		{"Maria do Céu", "Maria do Céu"}, {"Ana da Silva", "Ana da Silva"}, {"da Silva", ""}, {"Maria do", ""},
	} {
		ws, ok := speakerName(c.label)
		got := ""
		if ok {
			got = strings.Join(ws, " ")
		}
		if got != c.want {
			t.Errorf("speakerName(%q) = %q, want %q", c.label, got, c.want)
		}
	}
}

func TestNewDetectorOptions(t *testing.T) {
	if _, err := NewDetector(Options{Names: []string{"  "}}); err == nil {
		t.Error("a blank name should be an error")
	}
	if DefaultOptions().UseNER {
		t.Error("DefaultOptions should leave NER off: it is slow, and the other evidence does as well")
	}
	d, err := NewDetector(Options{Names: []string{"Tariq", "Macmillan"}, NotNames: []string{"Macmillan", "Tariq Centre"}})
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, d, []detectCase{
		// A listed name is redacted; a NotNames phrase protects its words.
		{"Tariq came to the Tariq Centre.", []string{"PERSON|Tariq"}},
		// Names wins over NotNames for the exact single word listed in both.
		{"Macmillan rang.", []string{"PERSON|Macmillan"}},
	})
}

// TestKinLabelBesideFamilyLabels: a speaker labelled "Baba" alone is a man
// called Baba, unless another speaker is labelled by a form of address
// that is no name ("Mama"): then the two are the parents.
func TestKinLabelBesideFamilyLabels(t *testing.T) {
	text := "Baba: We came in 2019.\n\nInterviewer: Thank you, Baba."
	runCases(t, withSpeakers(t, "Baba", "Interviewer"), []detectCase{{text, []string{"PERSON|Baba", "PERSON|Baba"}}})
	runCases(t, withSpeakers(t, "Baba", "Mama", "Interviewer"), []detectCase{{text, nil}})
}

// TestLabelDegreeIsNoName: a degree after a comma in a speaker's label
// ("Elisha Goldstein, PhD") is not a name the project knows; "PhD" in the
// text stays, the name is found.
func TestLabelDegreeIsNoName(t *testing.T) {
	text := "Elisha Goldstein, PhD: Welcome to the show.\n\nGuest: Thanks. I did my PhD in Leeds.\n\nElisha Goldstein, PhD: And then?\n\nGuest: A PhD is long.\n"
	d := withSpeakers(t, "Elisha Goldstein, PhD", "Guest")
	ids, err := d.Detect(text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, id := range ids {
		if id.Text == "PhD" {
			t.Errorf("%q taken for a name (%s)", id.Text, id.Evidence)
		}
		found = found || id.Text == "Elisha Goldstein"
	}
	if !found {
		t.Errorf("the speaker's name was not found: %+v", ids)
	}
}

// TestLowerCaseTitledNames: a speech recogniser's lower-case "ms. cooper"
// is a name after a title, as "Ms. Cooper" is; "my ms is worse", "i miss
// them", "dr. visit" and a spelled-out "dr dot oliveira" hold none.
func TestLowerCaseTitledNames(t *testing.T) {
	d, err := NewDetector(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	ids, err := d.Detect("[doctor] hi ms. cooper , how are you ? i saw dr. flores and mr ward . my ms is worse . i miss them . the dr. visit was ok . it's dr dot oliveira at gmail .")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, id := range ids {
		got = append(got, id.Text)
	}
	if want := []string{"cooper", "flores", "ward"}; !slices.Equal(got, want) {
		t.Errorf("found %q, want %q", got, want)
	}
}
