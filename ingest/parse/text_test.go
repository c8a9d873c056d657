package parse

import (
	"errors"
	"reflect"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		in    string
		opts  Options
		want  []string // Speaker|Line|Text, Line as a decimal
		meta  map[string]string
		warns []string // substrings, one per warning
	}{
		{
			name: "conventional labels and paragraphs",
			file: "a.txt",
			in: "Interviewer: How did you first hear about it?\n\n" +
				"Participant: My nurse told me.   \nI was unsure.\n\n\nThen I went.\n",
			want: []string{
				"Interviewer|1|How did you first hear about it?",
				"Participant|3|My nurse told me.\nI was unsure.\n\nThen I went.",
			},
		},
		{
			name: "false labels inside an answer",
			file: "a.txt",
			in: "Interviewer: What helped?\n\n" +
				"Participant: A few things.\n\n" +
				"What helped most: just having someone ring.\n\n" +
				"Initial steps:\n- a call\n\n" +
				"Initial Steps:\n- a visit\n\n" +
				"Interviewer: Thanks.\n",
			want: []string{
				"Interviewer|1|What helped?",
				"Participant|3|A few things.\n\nWhat helped most: just having someone ring.\n\nInitial steps:\n- a call\n\nInitial Steps:\n- a visit",
				"Interviewer|13|Thanks.",
			},
		},
		{
			name: "names used twice are speakers, used once are not",
			file: "a.txt",
			in:   "Maria: Hello.\nAbd Rabou: Hi.\nNote: this is text.\nMaria: Bye.\nAbd Rabou: Bye.\n",
			want: []string{
				"Maria|1|Hello.",
				"Abd Rabou|2|Hi.\nNote: this is text.",
				"Maria|4|Bye.",
				"Abd Rabou|5|Bye.",
			},
		},
		{
			name: "note lines are never speakers",
			file: "a.txt",
			in:   "I: a\n\nR: b\n\nNote: x\n\nNote: y\n",
			want: []string{"I|1|a", "R|3|b\n\nNote: x\n\nNote: y"},
		},
		{
			name: "declared speaker overrides the stop list",
			file: "a.txt",
			in:   "Note: a\n\nR: b\n",
			opts: Options{KnownSpeakers: []string{"**Note:**"}},
			want: []string{"Note|1|a", "R|3|b"},
		},
		{
			name: "known speaker used once",
			file: "a.txt",
			in:   "Jo: Hello.\n\nSam: Hi.\n\nSam: Yes.\n",
			opts: Options{KnownSpeakers: []string{"jo"}},
			want: []string{"Jo|1|Hello.", "Sam|3|Hi.", "Sam|5|Yes."},
		},
		{
			name: "honorific single use and upper case labels",
			file: "a.txt",
			in:   "MR. ZIENTS: Good afternoon.\n\nDR. WALENSKY: Thanks.\n\nMR. ZIENTS: Next.\n\nSURGEON GENERAL MURTHY: Hi.\n",
			want: []string{"MR. ZIENTS|1|Good afternoon.", "DR. WALENSKY|3|Thanks.", "MR. ZIENTS|5|Next.", "SURGEON GENERAL MURTHY|7|Hi."},
		},
		{
			name: "press briefing Q without colon",
			file: "a.md",
			in:   "MS. JEAN-PIERRE:\u00a0 Hey.\n  \nQ\u00a0\u00a0 \u00a0Hello.  \nSecond line.\n \nMS. JEAN-PIERRE:  Hi.\n",
			want: []string{"MS. JEAN-PIERRE|1|Hey.", "Q|3|Hello.\nSecond line.", "MS. JEAN-PIERRE|6|Hi."},
		},
		{
			name: "q with one space is prose",
			file: "a.txt",
			in:   "Interviewer: Hi.\nQ is a letter.\n",
			want: []string{"Interviewer|1|Hi.\nQ is a letter."},
		},
		{
			name: "markdown bold labels and escapes",
			file: "a.md",
			in: "**Mireille B. Reece, Psy.D:** Hello \\[laughs\\].\n\n" +
				"**Adam Stacoviak**: \\[04:17\\] Hi -- there.\n\n" +
				"\\[05:00\\] More.\n\n" +
				"**Elisha Goldstein, PhD:** Once.\n\n" +
				"**Adam Stacoviak:** Bye.\n",
			want: []string{
				"Mireille B. Reece, Psy.D|1|Hello [laughs].",
				"Adam Stacoviak|3|[04:17] Hi -- there.\n\n[05:00] More.",
				"Elisha Goldstein, PhD|7|Once.",
				"Adam Stacoviak|9|Bye.",
			},
		},
		{
			name: "underscore bold",
			file: "a.md",
			in:   "__Interviewer:__ Hi.\n\n__Participant:__ Hello.\n",
			want: []string{"Interviewer|1|Hi.", "Participant|3|Hello."},
		},
		{
			name: "bracketed ids",
			file: "a.txt",
			in:   "[id1] hello.\n\n[id2] hi.\n\n[laughs] ok.\n\n[id1] bye.\n\n[id3] once.\n",
			want: []string{"id1|1|hello.", "id2|3|hi.\n\n[laughs] ok.", "id1|7|bye.", "id3|9|once."},
		},
		{
			name: "aci bench one turn per line",
			file: "a.txt",
			in:   "[doctor] hi , brian .\n[patient] hey .\n[patient_guest] hello .\n[doctor] ok .",
			want: []string{"doctor|1|hi , brian .", "patient|2|hey .", "patient_guest|3|hello .", "doctor|4|ok ."},
		},
		{
			name: "markdown links are not labels",
			file: "a.md",
			in:   "Interviewer: see\n[the site](http://x) and [a][b] more\n",
			want: []string{"Interviewer|1|see\n[the site](http://x) and [a][b] more"},
		},
		{
			name:  "no labels",
			file:  "a.txt",
			in:    "\n\nJust some notes.\nAnother line: with a colon.\n\n",
			want:  []string{"|3|Just some notes.\nAnother line: with a colon."},
			warns: []string{"no speaker labels found; ingested as one unlabelled turn"},
		},
		{
			name:  "preamble before first label",
			file:  "a.txt",
			in:    "Via Teleconference\n(December 10, 2021)\n\n3:34 P.M. EST\n\nP1: Hello.\n",
			want:  []string{"|1|Via Teleconference\n(December 10, 2021)\n\n3:34 P.M. EST", "P1|6|Hello."},
			warns: []string{"text before the first speaker label (lines 1-4) ingested as an unlabelled turn"},
		},
		{
			name: "heading becomes title, not a turn",
			file: "a.md",
			in:   "# My *Interview* #\n\n## Part 1\n\nI: Hi.\n\n## Part 2\n\nR: Yes.\n",
			want: []string{"I|5|Hi.\n\n## Part 2", "R|9|Yes."},
		},
		{
			name:  "heading is text in plain text",
			file:  "a.txt",
			in:    "# Notes\nI: Hi.\n",
			want:  []string{"|1|# Notes", "I|2|Hi."},
			warns: []string{"text before the first speaker label (line 1)"},
		},
		{
			name: "header block goes to meta",
			file: "a.txt",
			in:   "Interviewer: Jane Smith\nDate: 2024-03-01\nPlace: Leeds,\n   Room 4\n\nInterviewer: Hello.\n\nParticipant: Hi.\n",
			want: []string{"Interviewer|6|Hello.", "Participant|8|Hi."},
			meta: map[string]string{"Interviewer": "Jane Smith", "Date": "2024-03-01", "Place": "Leeds,; Room 4"},
		},
		{
			name: "conversation without a blank line is not a header",
			file: "a.txt",
			in:   "Interviewer: Hello.\nParticipant: Hi, I'm Jo.\n\nInterviewer: So.\n",
			want: []string{"Interviewer|1|Hello.", "Participant|2|Hi, I'm Jo.", "Interviewer|4|So."},
		},
		{
			name:  "key lines late in a text stay text",
			file:  "a.txt",
			in:    "a\n\nb\n\nc\n\nd\n\ne\n\nf\n\ng\n\nDate: today\nPlace: here\n",
			want:  []string{"|1|a\n\nb\n\nc\n\nd\n\ne\n\nf\n\ng\n\nDate: today\nPlace: here"},
			warns: []string{"no speaker labels found"},
		},
		{
			name: "hanging indents",
			file: "a.txt",
			in:   "Hassan:     Could you\n            tell me?\n\n Abd Rabou:   Sure.\n\nHassan: Ok.\n\nAbd Rabou: Yes.\n",
			want: []string{"Hassan|1|Could you\ntell me?", "Abd Rabou|4|Sure.", "Hassan|6|Ok.", "Abd Rabou|8|Yes."},
		},
		{
			name: "label alone on its line",
			file: "a.txt",
			in:   "INTERVIEWER:\nHow are you?\n\nRESPONDENT:\n\nFine.\n",
			want: []string{"INTERVIEWER|1|How are you?", "RESPONDENT|4|Fine."},
		},
		{
			name: "times and urls are not labels",
			file: "a.txt",
			in:   "Interviewer: at\n10:30 we met\nhttps://example.org is it\n",
			want: []string{"Interviewer|1|at\n10:30 we met\nhttps://example.org is it"},
		},
		{
			name: "sentences are not labels",
			file: "a.txt",
			in:   "I: Well?\n\nR: Fine.\n\nThanks. I think so: yes.\n\nThanks. I think so: no.\n",
			want: []string{"I|1|Well?", "R|3|Fine.\n\nThanks. I think so: yes.\n\nThanks. I think so: no."},
		},
		{
			name: "crlf, bom and invalid utf-8",
			file: "a.txt",
			in:   "\ufeffI: Hi.\r\nR: Ho\xff.\r\n",
			want: []string{"I|1|Hi.", "R|2|Ho\ufffd."},
		},
		{
			name: "speaker numbers",
			file: "a.txt",
			in:   "Speaker 1: a\nSpeaker 2: b\nP12: c\n",
			want: []string{"Speaker 1|1|a", "Speaker 2|2|b", "P12|3|c"},
		},
		{
			name: "markdown hard break backslash",
			file: "a.md",
			in:   "I: one\\\ntwo \\\\\n",
			want: []string{"I|1|one\ntwo \\"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustParse(t, Text, tt.file, []byte(tt.in), tt.opts)
			checkParsed(t, got, renderTurns(got), tt.want, tt.meta, tt.warns)
		})
	}
}

func TestTextFrontMatter(t *testing.T) {
	in := "---\n" +
		"title: \"White\\_House \\\n  Briefing\"\n" +
		"date: 2024-03-12\n" +
		"tags: [a, b]\n" +
		"people:\n  - Ann\n  - Bob\n" +
		"empty:\n" +
		"---\n" +
		"# Ignored heading title\n\n" +
		"I: Hi.\n"
	got := mustParse(t, Text, "interview.md", []byte(in), Options{})
	wantMeta := map[string]string{
		"title":  "White\u00a0House Briefing",
		"date":   "2024-03-12",
		"tags":   "a; b",
		"people": "Ann; Bob",
		"empty":  "",
	}
	if !reflect.DeepEqual(got.Meta, wantMeta) {
		t.Errorf("Meta = %q, want %q", got.Meta, wantMeta)
	}
	wantLines := map[string]int{"title": 2, "date": 4, "tags": 5, "people": 6, "empty": 9}
	if !reflect.DeepEqual(got.MetaLines, wantLines) {
		t.Errorf("MetaLines = %v, want %v", got.MetaLines, wantLines)
	}
	if want := []string{"I|13|Hi."}; !reflect.DeepEqual(renderTurns(got), want) {
		t.Errorf("turns = %q, want %q", renderTurns(got), want)
	}

	// A heading gives the title when the front matter has none.
	got = mustParse(t, Text, "x.md", []byte("---\ndate: 2024-01-01\n---\n# The Title\nI: Hi.\n"), Options{})
	if got.Meta["title"] != "The Title" || got.MetaLines["title"] != 4 || got.Meta["date"] != "2024-01-01" {
		t.Errorf("Meta = %q, MetaLines = %v", got.Meta, got.MetaLines)
	}
}

func TestTextErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // the whole error message
	}{
		{
			name: "invalid yaml",
			in:   "---\ntitle: a\nkey: [unclosed\n---\nI: hi\n",
			want: "interview.txt:3: front matter is not valid YAML: did not find expected ',' or ']' (fix the block between the --- lines)",
		},
		{
			name: "nested map",
			in:   "---\ntitle: a\nwho:\n  name: Ann\n---\nI: hi\n",
			want: "interview.txt:3: front matter key who must be a single value (write it as one value or a list of values)",
		},
		{
			name: "list of maps",
			in:   "---\nwho:\n  - name: Ann\n---\nI: hi\n",
			want: "interview.txt:2: front matter key who must be a single value (write it as one value or a list of values)",
		},
		{
			name: "not a mapping",
			in:   "---\n- a\n- b\n---\nI: hi\n",
			want: "interview.txt:2: front matter must be a list of \"key: value\" lines (fix the block between the --- lines)",
		},
		{
			name: "duplicate key",
			in:   "---\na: 1\nb: 2\na: 3\n---\nI: hi\n",
			want: "interview.txt:4: front matter key a is given twice (also on line 2) (fix the block between the --- lines)",
		},
		{
			name: "unclosed",
			in:   "---\ntitle: a\nI: hi\n",
			want: "interview.txt:1: front matter opened with --- is never closed (add a closing --- line after the front matter, or remove the opening ---)",
		},
		{
			name: "empty",
			in:   "\n  \n",
			want: "interview.txt: no transcript text found (check that this is the right file)",
		},
		{
			name: "front matter only",
			in:   "---\na: 1\n---\n",
			want: "interview.txt: no transcript text found (check that this is the right file)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Text("interview.txt", []byte(tt.in), Options{})
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
			var pe *Error
			if !errors.As(err, &pe) || pe.File != "interview.txt" {
				t.Errorf("error %T does not unwrap to *Error for the file", err)
			}
		})
	}
}

func TestLabelShape(t *testing.T) {
	tests := []struct {
		label         string
		shape, isName bool
	}{
		{"Interviewer", true, true},
		{"Abd Rabou", true, true},
		{"DR. SMITH", true, true},
		{"Mireille B. Reece, Psy.D", true, true},
		{"Elisha Goldstein, PhD", true, true},
		{"Ludwig van Beethoven", true, true},
		{"Brené", true, true},
		{"张伟", true, true},
		{"Initial steps", true, false},
		{"Initial Steps", true, true},
		{"Here's my final question", true, false},
		{"What helped most", true, false},
		{"Thanks. I", false, false},
		{"2. Harmonics study", false, false},
		{"one two three four five six", false, false},
		{"Why?", false, false},
		{"A very long label that goes on and on and on", false, false},
	}
	for _, tt := range tests {
		if got := labelShape(tt.label); got != tt.shape {
			t.Errorf("labelShape(%q) = %v, want %v", tt.label, got, tt.shape)
		}
		if got := nameLike(tt.label); got != tt.isName {
			t.Errorf("nameLike(%q) = %v, want %v", tt.label, got, tt.isName)
		}
	}
}
