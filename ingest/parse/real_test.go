package parse

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// speakersOf returns the distinct non-empty speakers in order of first
// appearance.
func speakersOf(tr *Transcript) []string {
	seen := map[string]bool{}
	var out []string
	for _, tu := range tr.Turns {
		if tu.Speaker != "" && !seen[tu.Speaker] {
			seen[tu.Speaker] = true
			out = append(out, tu.Speaker)
		}
	}
	return out
}

// readReal reads a file of the shared real-transcript corpus, skipping the
// test when the corpus is not there.
func readReal(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(realDir, rel))
	if os.IsNotExist(err) {
		t.Skipf("real transcript corpus not present: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// realFiles pins what the parsers make of every data file of the shared
// corpus (see its SOURCES.md). The counts were checked by eye and against
// grep: e.g. the White House 2021 briefing has 20+6+6+6+5 labelled official
// turns, 7 reporter "Q" turns and an unlabelled "Via Teleconference ... 3:34
// P.M. EST" preamble; the Anthropic CSVs have 125 "Assistant:" turns and
// 1160/1259 each of "AI:" and "User:" and no turn for their "Initial
// Steps:"-style lines; Yasmine's header block (Interviewer, Narrator, Date,
// Place, Prof., Date completed, Persons Present) goes to Meta.
var realFiles = []struct {
	file        string
	format      Format
	transcripts int      // CSV rows read; 1 for other files
	turns       int      // over all transcripts
	speakers    []string // distinct, sorted; unlabelled turns not counted
	warnings    int      // over all transcripts
	err         string   // when the file is refused: a substring of the error
}{
	{file: "anthropic-interviewer/scientists_transcripts.csv", format: FormatCSV, transcripts: 125, turns: 2445,
		speakers: []string{"AI", "Assistant", "User"}},
	{file: "anthropic-interviewer/creatives_transcripts.csv", format: FormatCSV, transcripts: 125, turns: 2643,
		speakers: []string{"AI", "Assistant", "User"}},
	{file: "aci-bench/valid.csv", format: FormatCSV, transcripts: 20, turns: 1051,
		speakers: []string{"doctor", "patient", "patient_guest"}},
	{file: "aci-bench/valid_metadata.csv", format: FormatCSV,
		err: `valid_metadata.csv:1: the CSV file has no text column (none is called text, transcript, dialogue, interview, content, body) (name the text column; the columns are: "dataset", "encounter_id", "id"`},
	{file: "primock57/day1_consultation01_doctor.TextGrid",
		err: "day1_consultation01_doctor.TextGrid: looks like a Praat TextGrid, which is not a transcript format groundwork reads"},
	{file: "primock57/day1_consultation01_patient.TextGrid",
		err: "day1_consultation01_patient.TextGrid: looks like a Praat TextGrid, which is not a transcript format groundwork reads"},
	{file: "changelog-brain-science/brain-science-5.md", format: FormatMarkdown, transcripts: 1, turns: 149,
		speakers: []string{"Adam Stacoviak", "Mireille B. Reece, Psy.D"}},
	{file: "changelog-brain-science/brain-science-32.md", format: FormatMarkdown, transcripts: 1, turns: 105,
		speakers: []string{"Adam Stacoviak", "Elisha Goldstein, PhD", "Mireille Reece, PsyD"}},
	{file: "whitehouse-briefings/2021-12-13-press-briefing-by-white-house-covid-19-response-team-and-public-health-officials-72.md",
		format: FormatMarkdown, transcripts: 1, turns: 51, warnings: 1,
		speakers: []string{"DR. FAUCI", "DR. WALENSKY", "MODERATOR", "MR. ZIENTS", "Q", "SURGEON GENERAL MURTHY"}},
	{file: "whitehouse-briefings/2023-07-25-press-briefing-by-press-secretary-karine-jean-pierre-45.md",
		format: FormatMarkdown, transcripts: 1, turns: 174, warnings: 1, speakers: []string{"MS. JEAN-PIERRE", "Q"}},
	{file: "vttjs-fixtures/cycle-collector-talk.vtt", format: FormatVTT, transcripts: 1, turns: 3,
		speakers: []string{"Chris Pearce", "Kyle Huey"}},
	{file: "vttjs-fixtures/spec-example.vtt", format: FormatVTT, transcripts: 1, turns: 5,
		speakers: []string{"Neil deGrasse Tyson", "Roger Bingham"}},
	{file: "vttjs-fixtures/many-comments.vtt", format: FormatVTT, transcripts: 1, turns: 1, warnings: 1},
	{file: "vttjs-fixtures/multiple_languages.vtt", format: FormatVTT, transcripts: 1, turns: 1, warnings: 1},
	{file: "vttjs-fixtures/webvtt-with-bom.vtt", format: FormatVTT, transcripts: 1, turns: 1, warnings: 1},
	{file: "webvtt-py-fixtures/captions_with_bom.vtt", format: FormatVTT, transcripts: 1, turns: 1, warnings: 1},
	{file: "webvtt-py-fixtures/comments.vtt", format: FormatVTT, transcripts: 1, turns: 1, warnings: 1},
	{file: "webvtt-py-fixtures/youtube_dl.vtt", format: FormatVTT, transcripts: 1, turns: 1, warnings: 1},
	{file: "webvtt-py-fixtures/sample.srt", format: FormatSRT, transcripts: 1, turns: 1, warnings: 1},
	{file: "webvtt-py-fixtures/missing_timeframe.srt", format: FormatSRT, transcripts: 1, turns: 1, warnings: 2},
	{file: "qualcoder-examples/ID1.docx", format: FormatDocx, transcripts: 1, turns: 1, warnings: 1},
	{file: "qualcoder-examples/transcript.txt", format: FormatText, transcripts: 1, turns: 7,
		speakers: []string{"id1", "id2", "id3"}},
	{file: "textreadr-docx/Yasmine_Interview_Transcript.docx", format: FormatDocx, transcripts: 1, turns: 16, warnings: 1,
		speakers: []string{"Abd Rabou", "Hassan"}},
	// Licence texts: no speakers, one unlabelled turn and a warning.
	{file: "primock57/LICENSE.md", format: FormatMarkdown, transcripts: 1, turns: 1, warnings: 1},
	{file: "qualcoder-examples/LICENSE.txt", format: FormatText, transcripts: 1, turns: 1, warnings: 1},
}

func TestRealFiles(t *testing.T) {
	if _, err := os.Stat(realDir); err != nil {
		t.Skipf("real transcript corpus not present: %v", err)
	}
	for _, tt := range realFiles {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			data := readReal(t, tt.file)
			name := filepath.Base(tt.file)
			var (
				trs []*Transcript
				err error
			)
			format, detectErr := Detect(name, data)
			switch {
			case detectErr != nil:
				err = detectErr
			case format == FormatCSV:
				trs, err = CSV(name, data, CSVOptions{}, Options{})
			default:
				var tr *Transcript
				if tr, err = Parse(name, data, Options{}); err == nil {
					trs = []*Transcript{tr}
				}
			}
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error = %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if format != tt.format {
				t.Errorf("format = %q, want %q", format, tt.format)
			}
			turns, warnings := 0, 0
			seen := map[string]bool{}
			for _, tr := range trs {
				checkTranscript(t, tr, lineCount(data))
				turns += len(tr.Turns)
				warnings += len(tr.Warnings)
				for _, s := range speakersOf(tr) {
					seen[s] = true
				}
			}
			var speakers []string
			for s := range seen {
				speakers = append(speakers, s)
			}
			sort.Strings(speakers)
			if len(trs) != tt.transcripts || turns != tt.turns || warnings != tt.warnings ||
				!reflect.DeepEqual(speakers, tt.speakers) && !(len(speakers) == 0 && len(tt.speakers) == 0) {
				t.Errorf("got %d transcripts, %d turns, %d warnings, speakers %q; want %d, %d, %d, %q",
					len(trs), turns, warnings, speakers, tt.transcripts, tt.turns, tt.warnings, tt.speakers)
			}
		})
	}
}

// TestRealFilesCovered fails when a data file is added to the shared
// corpus without a row in realFiles.
func TestRealFilesCovered(t *testing.T) {
	pinned := map[string]bool{}
	for _, f := range realFiles {
		pinned[f.file] = true
	}
	matches, _ := filepath.Glob(filepath.Join(realDir, "*", "*"))
	if len(matches) == 0 {
		t.Skip("real transcript corpus not present")
	}
	for _, m := range matches {
		rel, _ := filepath.Rel(realDir, m)
		base := filepath.Base(m)
		if strings.HasPrefix(base, "LICENSE") || strings.HasPrefix(base, "COPYING") {
			continue
		}
		if !pinned[filepath.ToSlash(rel)] {
			t.Errorf("%s has no row in realFiles", rel)
		}
	}
}

// TestTextRealDetails checks a few turns of the real files in detail.
func TestTextRealDetails(t *testing.T) {
	data := readReal(t, "whitehouse-briefings/2021-12-13-press-briefing-by-white-house-covid-19-response-team-and-public-health-officials-72.md")
	tr := mustParse(t, Text, "briefing.md", data, Options{})
	wantTitle := "Press Briefing by White\u00a0House COVID-\u206019 Response Team and Public Health\u00a0Officials"
	if tr.Meta["title"] != wantTitle || tr.MetaLines["title"] != 7 || tr.Meta["date"] != "2021-12-13" {
		t.Errorf("meta = %q lines %v", tr.Meta, tr.MetaLines)
	}
	first := tr.Turns[0]
	if first.Speaker != "" || first.Line != 11 || first.Text != "Via Teleconference\n(December 10, 2021)\n\n3:34 P.M. EST" {
		t.Errorf("preamble turn = %+v", first)
	}
	zients := tr.Turns[1]
	if zients.Speaker != "MR. ZIENTS" || zients.Line != 16 ||
		zients.Text[:len("Good afternoon, and thanks for joining us.\n\nToday, we’ll start")] != "Good afternoon, and thanks for joining us.\n\nToday, we’ll start" {
		t.Errorf("first labelled turn = %q line %d %q", zients.Speaker, zients.Line, zients.Text[:60])
	}

	tr = mustParse(t, Text, "brain-science-32.md", readReal(t, "changelog-brain-science/brain-science-32.md"), Options{})
	continued := 0
	for _, tu := range tr.Turns {
		if tu.Text == "" {
			t.Errorf("line %d: empty turn", tu.Line)
		}
		for i := 0; i+1 < len(tu.Text); i++ {
			if tu.Text[i] == '\\' && tu.Text[i+1] == '[' {
				t.Fatalf("line %d: escaped bracket left in %q", tu.Line, tu.Text)
			}
		}
		continued += countParagraphs(tu.Text) - 1
	}
	// SOURCES.md: "Episode 32 has 51 unlabelled continuation paragraphs."
	if continued != 51 {
		t.Errorf("continuation paragraphs = %d, want 51", continued)
	}
}

func countParagraphs(s string) int {
	n := 1
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '\n' && s[i+1] == '\n' {
			n++
		}
	}
	return n
}

// TestRealDetails checks a few non-text real files in detail.
func TestRealDetails(t *testing.T) {
	data := readReal(t, "textreadr-docx/Yasmine_Interview_Transcript.docx")
	tr, err := Docx("yasmine.docx", data, Options{}, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	wantMeta := map[string]string{
		"Interviewer":     "Yasmine Hassan",
		"Narrator":        "Ahmad Abd Rabou",
		"Date":            "16/10/2014",
		"Place":           "Narrator’s office; 2001 Department of Political Science; Prince Alwaleed Bin Talal Bin Abdulaziz Alsaud Hall; The American University in Cairo, New Cairo Campus; Cairo, Egypt.",
		"Prof.":           "Professor Kim Fox",
		"Date completed":  "20/10/2014",
		"Persons Present": "Yasmine Hassan - I; Ahmad Abd Rabou - S",
	}
	if !reflect.DeepEqual(tr.Meta, wantMeta) {
		t.Errorf("Yasmine meta = %q", tr.Meta)
	}
	if tu := tr.Turns[2]; tu.Speaker != "Abd Rabou" || tu.Line != 35 ||
		!strings.HasPrefix(tu.Text, "My name is Ahmad Abd Rabou. I’m assistant professor of comparative politics at\nboth Cairo University") {
		t.Errorf("Yasmine turn 2 = %q line %d", tu.Speaker, tu.Line)
	}

	tr = mustParse(t, VTT, "youtube_dl.vtt", readReal(t, "webvtt-py-fixtures/youtube_dl.vtt"), Options{})
	if got := tr.Turns[0].Text; got != "yeah what this will happen is I'm telling" {
		t.Errorf("youtube text = %q", got)
	}

	tr = mustParse(t, VTT, "spec-example.vtt", readReal(t, "vttjs-fixtures/spec-example.vtt"), Options{})
	if tu := tr.Turns[1]; tu.Speaker != "Neil deGrasse Tyson" || tu.Start != 30500*time.Millisecond || tu.End != 32500*time.Millisecond || tu.Line != 30 {
		t.Errorf("spec-example turn 1 = %+v", tu)
	}

	tr = mustParse(t, SRT, "missing_timeframe.srt", readReal(t, "webvtt-py-fixtures/missing_timeframe.srt"), Options{})
	if tr.Warnings[0] != "line 5: cue 2 has no timing line; skipped" {
		t.Errorf("warnings = %q", tr.Warnings)
	}

	data = readReal(t, "aci-bench/valid.csv")
	trs, err := CSV("valid.csv", data, CSVOptions{TextColumn: "dialogue", IDColumn: "encounter_id"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if trs[0].ID != "D2N068" || trs[0].Meta["dataset"] != "virtassist" || trs[0].Turns[0].Speaker != "doctor" || trs[0].Turns[0].Line != 2 {
		t.Errorf("valid.csv first row = %q %q %+v", trs[0].ID, trs[0].Meta["dataset"], trs[0].Turns[0].Speaker)
	}
}
