package redact

import (
	"context"
	"errors"
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

func ids(tb testing.TB, d *Detector, text string) []string {
	var out []string
	for _, id := range mustDetect(tb, d, text) {
		out = append(out, string(id.Kind)+"|"+id.Text)
	}
	return out
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
	got, err := plain(t).DetectAll(context.Background(), texts, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range texts {
		var g []string
		for _, id := range got[i] {
			g = append(g, string(id.Kind)+"|"+id.Text)
		}
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

func TestDetectPhone(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"ring me on 07700 900123 tonight", []string{"PHONE|07700 900123"}},
		{"mobile 07700900123.", []string{"PHONE|07700900123"}},
		{"from +44 7700 900123", []string{"PHONE|+44 7700 900123"}},
		{"call +44 (0)20 7946 0958 or 020 7946 0958", []string{"PHONE|+44 (0)20 7946 0958", "PHONE|020 7946 0958"}},
		{"the line is 0161 496 0012, any time", []string{"PHONE|0161 496 0012"}},
		{"office 01632 960 111", []string{"PHONE|01632 960 111"}},
		{"call (555) 201-3344 now", []string{"PHONE|(555) 201-3344"}},
		{"cell 555-201-3344", []string{"PHONE|555-201-3344"}},
		{"at 555.342.1187 if", []string{"PHONE|555.342.1187"}},
		{"+1 312 555 0147", []string{"PHONE|+1 312 555 0147"}},
		{"billing at 1-800-555-0199.", []string{"PHONE|1-800-555-0199"}},
		{"in France +33 6 12 34 56 78", []string{"PHONE|+33 6 12 34 56 78"}},
		{"back in 2019 07700 900123 was her number", []string{"PHONE|07700 900123"}},
		// not phones
		{"the 3 4 5 thing, every three hours", nil},
		{"furosemide 40 mg and 2.5 mg", nil},
		{"Ward 12, bed 4, level 3", nil},
		{"10,000 steps, 1 in 3 people, 24/7", nil},
		{"blood pressure 140 over 90 at 12:30", nil},
		{"it cost £1,200 in 2019 and 2020", nil},
		{"ring 111 or 999", nil},
		{"1 2 3 4 5 6 7 8 9 10", nil},
		{"HbA1c went from 53 to 78", nil},
	})
}

func TestDetectEmailURL(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"email priya.shah@example.org.", []string{"EMAIL|priya.shah@example.org"}},
		{"write to a_b+c@nhs.net, please", []string{"EMAIL|a_b+c@nhs.net"}},
		{"it's grace dot obi at gmail dot com, she said", []string{"EMAIL|grace dot obi at gmail dot com"}},
		{"jsmith at hotmail dot co dot uk", []string{"EMAIL|jsmith at hotmail dot co dot uk"}},
		{"have a look at bbc dot co dot uk", nil},
		{"her e-mail is vernice underscore smith at logic dot bm. Phone", []string{"EMAIL|vernice underscore smith at logic dot bm"}},
		{"her grandson set up seniorsclub.bm, that's a start", []string{"URL|seniorsclub.bm"}},
		{"email me, it's fatou b jallow at gmail dot com. All one word", []string{"EMAIL|fatou b jallow at gmail dot com"}},
		{"email me, it’s awa n ceesay at gmail dot com.", []string{"EMAIL|awa n ceesay at gmail dot com"}},
		{"Send it to mama grace auma at yahoo dot com. She", []string{"EMAIL|mama grace auma at yahoo dot com"}},
		{"I looked it up at gmail dot com and we were at yahoo dot com", nil},
		{"see https://example.org/a?b=1.", []string{"URL|https://example.org/a?b=1"}},
		{"on www.nhs.uk or bit.ly/abc12", []string{"URL|www.nhs.uk", "URL|bit.ly/abc12"}},
		{"the site heart2heartleeds.org.uk has dates", []string{"URL|heart2heartleeds.org.uk"}},
		{"(see www.example.com)", []string{"URL|www.example.com"}},
		{"e.g. this, i.e. that, 3.5 kg, St. Luke's", nil},
	})
}

func TestDetectDate(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"on 12 March 2024 I", []string{"DATE|12 March 2024"}},
		{"March 12, 2024", []string{"DATE|March 12, 2024"}},
		{"12/03/2024 and 2024-03-12", []string{"DATE|12/03/2024", "DATE|2024-03-12"}},
		{"born 07/01/1954.", []string{"DATE|07/01/1954"}},
		{"the 12th of March, 2024", []string{"DATE|the 12th of March, 2024"}},
		{"Sept 5, 1971 and 5 Apr 2024", []string{"DATE|Sept 5, 1971", "DATE|5 Apr 2024"}},
		{"14.02.2023, 1/9/2024, 12/03/24", []string{"DATE|14.02.2023", "DATE|1/9/2024", "DATE|12/03/24"}},
		{"Tuesday 3 June 2022", []string{"DATE|Tuesday 3 June 2022"}},
		// not full dates
		{"back in 2019, in March, March 2024, on Tuesday", nil},
		{"on the 5th, 3/4 of them, 24/7", nil},
		{"12/45/2020 and 32 March 2024", nil},
		{"may 2020 be better", nil},
	})
}

func TestDetectID(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"NHS number 943 476 5919.", []string{"ID|943 476 5919"}},
		{"her number is 9434765919", []string{"ID|9434765919"}},
		{"NHS no. 485-777-3457", []string{"ID|485-777-3457"}},
		{"SSN 423-71-0584", []string{"ID|423-71-0584"}},
		{"social security number 423 71 0584", []string{"ID|423 71 0584"}},
		{"MRN 1234567 and MRN: AB123456", []string{"ID|1234567", "ID|AB123456"}},
		{"hospital number is RX4471920", []string{"ID|RX4471920"}},
		{"NI number JT 48 21 93 B, or JT482193B", []string{"ID|JT 48 21 93 B", "ID|JT482193B"}},
		// not IDs
		{"GB 12 34 56 A and 000-12-3456", nil},
		{"943 476 5918", []string{"PHONE|943 476 5918"}}, // fails mod 11; US phone shape
	})
}

func TestDetectAddress(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"at 14 Elm Grove, Leeds LS6 2AB.", []string{"ADDRESS|14 Elm Grove, Leeds LS6 2AB"}},
		{"Flat 3, 22 Victoria Road is", []string{"ADDRESS|Flat 3, 22 Victoria Road"}},
		{"10 Downing Street.", []string{"ADDRESS|10 Downing Street"}},
		{"postcode SW1A 1AA", []string{"ADDRESS|SW1A 1AA"}},
		{"1234 Maple Street, Springfield, IL 62704", []string{"ADDRESS|1234 Maple Street, Springfield, IL 62704"}},
		{"401 N. Lincoln Blvd, Apt 5B.", []string{"ADDRESS|401 N. Lincoln Blvd, Apt 5B"}},
		{"88 Oak Ave., Dayton, OH 45402", []string{"ADDRESS|88 Oak Ave., Dayton, OH 45402"}},
		{"my zip code is 60614", []string{"ADDRESS|60614"}},
		{"he lives on Hawthorn Road", []string{"ADDRESS|Hawthorn Road"}},
		// not addresses
		{"Ward 7, the Heart Failure Clinic, the Rose Garden Room", nil},
		{"I walked 5 miles and took 2 tablets", nil},
	})
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
