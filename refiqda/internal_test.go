package refiqda

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/groundwork-qda/groundwork/ingest/parse"
)

// writeCodingsFile streams what json.Encoder would write; the two must agree
// byte for byte.
func TestWriteSidecarMatchesEncoder(t *testing.T) {
	full := CodingsFile{Version: 1, Codings: map[string]CodingState{
		"b-guid": {Status: "suggested", Origin: "rule", Rule: "isolation#1", Evidence: `lonely, "on my own" <b>&`},
		"a-guid": {Status: "accepted", Origin: "manual"},
		"c-guid": {Status: "accepted", Origin: "import", Evidence: "très bon 😀\nline"},
	}, Withheld: []WithheldCoding{
		{Document: "hf-01", Start: 3, End: 9, Code: "x", Coder: "auto", CodingState: CodingState{Status: "rejected", Origin: "rule"},
			Quote: "naïve\tpeer", Created: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
		{Document: "hf-02", Code: "y", Coder: "Zoë"},
	}}
	for name, s := range map[string]CodingsFile{
		"full":          full,
		"no withheld":   {Version: 1, Codings: full.Codings},
		"empty":         {Version: 1, Codings: map[string]CodingState{}},
		"only withheld": {Version: 1, Codings: map[string]CodingState{}, Withheld: full.Withheld},
	} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", " ")
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if err := writeCodingsFile(&got, &s); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: writeCodingsFile wrote\n%s\nwant\n%s", name, got.String(), want.String())
		}
	}
}

func TestSelectionName(t *testing.T) {
	long := strings.Repeat("word ", 30)
	for _, tt := range []struct{ in, want string }{
		{"  short\n\ttext  ", "short text"},
		{long, shorten(strings.TrimSpace(long), 60)},
		{strings.Repeat("a", 60), strings.Repeat("a", 60)},
		{strings.Repeat("a", 61), strings.Repeat("a", 59) + "…"},
		{"x" + strings.Repeat(" ", 500) + "y", "x y"},
		{"très bon 😀   and\n\nthe naïve peer said she’d ring me at midnight every single night", "très bon 😀 and the naïve peer said she’d ring me at midnigh…"},
	} {
		if got := selectionName([]rune(tt.in)); got != tt.want {
			t.Errorf("selectionName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		// The old definition: all the text's fields, joined, then cut.
		if old := shorten(strings.Join(strings.Fields(tt.in), " "), 60); old != tt.want {
			t.Errorf("case %q: want %q disagrees with the definition %q", tt.in, tt.want, old)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Health care":           "health_care",
		"  cow's milk  ":        "cows_milk",
		"full-fat Coke":         "full-fat_coke",
		"A.B:C":                 "a_b_c",
		"Ça m’a aidé":           "ça_ma_aidé",
		"!!!":                   "code",
		strings.Repeat("x", 99): strings.Repeat("x", 60),
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// elementSize, which bounds what decoding project.qde keeps, is the size of
// the struct each element decodes into.
func TestElementSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("the sizes are a 64-bit system's")
	}
	for _, tc := range []struct {
		names []string
		size  uintptr
	}{
		{[]string{"TextSource", "Note", "Transcript", "Representation", "TextDescription"}, unsafe.Sizeof(xTextSource{})},
		{[]string{"PlainTextSelection"}, unsafe.Sizeof(xSelection{})},
		{[]string{"TranscriptSelection"}, unsafe.Sizeof(xTranscriptSelection{})},
		{[]string{"Case"}, unsafe.Sizeof(xCase{})},
		{[]string{"PictureSource", "AudioSource", "VideoSource"}, unsafe.Sizeof(xMediaSource{})},
		{[]string{"PDFSource"}, unsafe.Sizeof(xPDFSource{})},
		{[]string{"PictureSelection", "AudioSelection", "VideoSelection", "PDFSelection"}, unsafe.Sizeof(xRegion{})},
		{[]string{"Coding"}, unsafe.Sizeof(xCoding{})},
		{[]string{"VariableValue"}, unsafe.Sizeof(xValue{})},
		{[]string{"Link"}, unsafe.Sizeof(xLink{})},
		{[]string{"User"}, unsafe.Sizeof(xUser{})},
		{[]string{"Variable"}, unsafe.Sizeof(xVariable{})},
		{[]string{"Code"}, unsafe.Sizeof(xCode{})},
		{[]string{"Set"}, unsafe.Sizeof(xSet{})},
		{[]string{"Graph"}, unsafe.Sizeof(xGraph{})},
		{[]string{"SyncPoint"}, unsafe.Sizeof(xSyncPoint{})},
		{[]string{"NoteRef", "CodeRef", "SourceRef", "SelectionRef", "VariableRef", "MemberCode", "MemberSource", "MemberNote"}, unsafe.Sizeof(xRef{})},
	} {
		for _, n := range tc.names {
			if got := elementSize[n]; got != int64(tc.size) {
				t.Errorf("elementSize[%q] = %d, but the struct it decodes into takes %d bytes", n, got, tc.size)
			}
		}
	}
}

// The turns of an imported text start at the speaker labels ingest would
// find in it: findTurns uses parse's label matcher, so the two agree on
// every label shape, including the ones the import once matched by a copy
// of its own (a "Q" followed by an em space; a bracketed label of four
// words, which parse does not take for a label).
func TestFindTurnsAgreesWithParse(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"colon labels", "Interviewer: How was it?\nParticipant: Fine.\n\nIt was lovely."},
		{"bold labels", "**Ann:** Hello.\n**Bob**: Hi.\n__Ann__: Bye."},
		{"bracketed labels", "[doctor] How are you?\n[patient] Better.\n[doctor]: Good."},
		{"Q and A with an em space", "Q\u2003How did it start?\nA\u2003With a call.\nQ\u2003And then?\nA\u2003A visit."},
		{"four bracketed words", "Anna Lee Smith Jones: One.\nAnna Lee Smith Jones: Two.\n[Anna Lee Smith Jones] Three."},
		{"Q and A with NBSP and tab", "Q\u00a0\u00a0Question?\nA\tAnswer."},
		{"text before the first label", "Before any label.\nInterviewer: Then a question?\nParticipant: An answer."},
	} {
		text := tc.text
		tr, err := parse.Text("t.txt", []byte(text), parse.Options{Format: string(parse.FormatText)})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, turn := range tr.Turns {
			want = append(want, turn.Speaker)
		}
		var got []string
		for _, rt := range findTurns(text, speakerLabels(text, nil)) {
			got = append(got, rt.speaker)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: turns by %q, parse finds %q", tc.name, got, want)
		}
	}
}

// The export keeps its coding states in a spill on disk rather than a map;
// codings.json must come out byte for byte as from the map, including
// GUIDs that share a bucket, GUIDs shorter than a bucket's prefix, and a
// GUID given a second state (the map keeps the last).
func TestStateSpillWritesAsMap(t *testing.T) {
	states := []struct {
		guid string
		st   CodingState
	}{
		{"b1-guid", CodingState{Status: "suggested", Origin: "rule", Rule: "isolation#1", Evidence: `lonely, "on my own" <b>&`}},
		{"a0-guid", CodingState{Status: "accepted", Origin: "manual"}},
		{"b0-guid", CodingState{Status: "accepted", Origin: "import", Evidence: "très bon 😀\nline"}},
		{"x", CodingState{Status: "accepted", Origin: "manual"}},
		{"b1-guid", CodingState{Status: "accepted", Origin: "rule", Rule: "isolation#2"}},
		{"a0-guie", CodingState{Status: "rejected", Origin: "rule"}},
	}
	withheld := []WithheldCoding{{Document: "hf-02", Code: "y", Coder: "Zoë"}}
	for _, n := range []int{0, 1, len(states)} {
		want := CodingsFile{Version: 1, Codings: map[string]CodingState{}, Withheld: withheld}
		spill, err := newStateSpill()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range states[:n] {
			want.Codings[s.guid] = s.st
			spill.add(s.guid, s.st)
		}
		var got, wantBuf bytes.Buffer
		if err := writeCodingsFile(&wantBuf, &want); err != nil {
			t.Fatal(err)
		}
		if err := writeCodingsFrom(&got, 1, spill.each, withheld); err != nil {
			t.Fatal(err)
		}
		if err := spill.close(); err != nil {
			t.Fatal(err)
		}
		if got.String() != wantBuf.String() {
			t.Errorf("%d states: the spill wrote\n%s\nwant\n%s", n, got.String(), wantBuf.String())
		}
	}
}

// A source's name gives its document id: accents written with combining
// marks (as macOS names files) stay on their letters.
func TestDocIDKeepsAccents(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Mabe\u0302l 2ie\u0300me.docx", "Mabêl_2ième"},
		{"Mabêl 2ième.docx", "Mabêl_2ième"},
		{"Interview #3 (final).txt", "Interview_3_final"},
	} {
		c := &converter{xp: &xProject{Origin: "NVivo"}, docIDs: map[string]bool{}}
		if got := c.docID(tc.name); got != tc.want {
			t.Errorf("docID(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
