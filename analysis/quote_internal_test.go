package analysis

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
)

func TestSentenceSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"People dying. We've lost three this winter. It's hard.", []string{"People dying.", "We've lost three this winter.", "It's hard."}},
		{"Dr. Patel rang. I said yes.", []string{"Dr. Patel rang.", "I said yes."}},
		{`She said "no." Then she left.`, []string{`She said "no."`, "Then she left."}},
		{"It was at 10 a.m. and nobody came.", []string{"It was at 10 a.m. and nobody came."}},
		{"Is it normal? I asked her.\n\nAnd she said yes… Then we talked", []string{"Is it normal?", "I asked her.", "And she said yes…", "Then we talked"}},
		{"   ", nil},
	}
	for _, tt := range tests {
		r := []rune(tt.text)
		var got []string
		for _, s := range sentenceSpans(r) {
			got = append(got, string(r[s[0]:s[1]]))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentenceSpans(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTrimQuote: a quote keeps whole sentences up to MaxQuoteWords, the
// run closest to the code's words, with an ellipsis where it was cut; a
// single sentence longer than that is cut at the words.
func TestTrimQuote(t *testing.T) {
	filler := strings.Repeat("and then we went on with the day as usual ", 4) // 40 words
	cen := centroid{v: termVector("supervision debrief coordinator")}
	cen.norm = vectorNorm(cen.v)
	ds := &Dataset{centroids: map[string]centroid{"sup": cen}}
	text := "We went to the shop " + filler + "first. My coordinator's debrief in supervision helped me. " + "Then " + filler + "home."
	q := Quote{Start: 100, End: 100 + len([]rune(text)), Coded: [2]int{100, 100 + len([]rune(text))}, Text: text}
	got := ds.TrimQuote("sup", q)
	if n := countWords(strings.ReplaceAll(got.Text, "…", "")); n > MaxQuoteWords {
		t.Errorf("trimmed to %d words: %q", n, got.Text)
	}
	if !strings.Contains(got.Text, "My coordinator's debrief in supervision helped me.") {
		t.Errorf("the trimmed quote lost the sentence about the code: %q", got.Text)
	}
	if !strings.HasPrefix(got.Text, "… ") && !strings.HasSuffix(got.Text, " …") {
		t.Errorf("a cut quote has no ellipsis: %q", got.Text)
	}
	runes := []rune(text)
	plain := strings.TrimSuffix(strings.TrimPrefix(got.Text, "… "), " …")
	if string(runes[got.Start-100:got.End-100]) != plain {
		t.Errorf("the quote's span [%d,%d) is not its text", got.Start, got.End)
	}

	long := strings.Repeat("word ", 150) + "end."
	lq := Quote{Start: 0, End: len([]rune(long)), Coded: [2]int{50, 80}, Text: long}
	cut := ds.TrimQuote("sup", lq)
	if n := countWords(strings.ReplaceAll(cut.Text, "…", "")); n != MaxQuoteWords {
		t.Errorf("a long sentence cut to %d words, want %d", n, MaxQuoteWords)
	}
	if !strings.HasPrefix(cut.Text, "… ") || !strings.HasSuffix(cut.Text, " …") || cut.Start != 50 {
		t.Errorf("a sentence cut from its coding on: start %d, %q", cut.Start, cut.Text)
	}

	short := Quote{Text: "Short and sweet.", Start: 3, End: 19}
	if got := ds.TrimQuote("sup", short); got.Text != short.Text || got.Start != 3 || got.End != 19 {
		t.Errorf("a short quote changed: %+v", got)
	}
	if again := ds.TrimQuote("sup", got); again != got {
		t.Errorf("trimming twice changes a quote: %q, then %q", got.Text, again.Text)
	}
}

// TestPassageOfWidensToSentences: a coded phrase is quoted as the whole
// sentences holding it, within its turn.
func TestPassageOfWidensToSentences(t *testing.T) {
	text := "Interviewer: And then?\n\nP: Ruth rang me the day after. She didn't let me find out some other way. I was grateful."
	start := strings.Index(text, "Ruth")
	runOn := "P: and " + strings.Repeat("then we went on and on, ", 40) + "and she rang me at midnight, " + strings.Repeat("and on and on, ", 40) + "the end."
	ds := withTurns(t, map[string][]turnSpan{"d": {{1, 13, 22, "Interviewer"}, {2, start, len(text), "P"}}, "r": {{1, 3, len(runOn), "P"}}})
	var rt corpus.RuneText
	rt.Reset(text)
	phrase := strings.Index(text, "let me find")
	p := ds.passageOf(&rt, span{"d", phrase, phrase + len("let me find")})
	if p.text != "She didn't let me find out some other way." || p.coded != "let me find" {
		t.Errorf("passage %q (coded %q)", p.text, p.coded)
	}
	whole := ds.passageOf(&rt, span{"d", start, start + 4})
	if whole.text != "Ruth rang me the day after." {
		t.Errorf("a phrase at the turn's start widens to %q", whole.text)
	}

	// A sentence that runs on past the reach is quoted from the coding,
	// and the quote says so.
	from := strings.Index(runOn, "she rang")
	rt.Reset(runOn)
	p2 := ds.passageOf(&rt, span{"r", from, from + len("she rang me at midnight")})
	if !p2.cutBefore || !p2.cutAfter || p2.text != "she rang me at midnight" {
		t.Errorf("a run-on sentence gives %q (cut before %v, after %v)", p2.text, p2.cutBefore, p2.cutAfter)
	}
	q := ds.TrimQuote("x", Quote{Start: from, End: from + 23, Text: p2.text, cutBefore: true, cutAfter: true})
	if q.Text != "… she rang me at midnight …" {
		t.Errorf("the quote of a run-on sentence is %q", q.Text)
	}
}

// TestOncePerCoder: a coder's duplicate coding of a passage counts once;
// another coder's coding of it stays.
func TestOncePerCoder(t *testing.T) {
	c := func(coder string, start int) corpus.CodingRef {
		return corpus.CodingRef{DocID: "d", Start: start, End: start + 5, Code: "x", Coder: coder}
	}
	got := oncePerCoderRefs([]corpus.CodingRef{c("a", 0), c("b", 0), c("a", 0), c("a", 0), c("a", 9), c("b", 9), c("b", 9)})
	var names []string
	for _, g := range got {
		names = append(names, g.Coder)
	}
	if strings.Join(names, ",") != "a,b,a,b" {
		t.Errorf("kept %v, want a,b on each passage", names)
	}
}

// TestSelectionKeeps: a reviewed selection never counts a suggester's own
// row, accepted or not, and always a person's accepted coding.
func TestSelectionKeeps(t *testing.T) {
	sel := Selection{Reviewed: true}
	for _, tt := range []struct {
		coder, status string
		want          bool
	}{
		{"alice", corpus.StatusAccepted, true},
		{corpus.AutoCoder, corpus.StatusAccepted, false},
		{corpus.LearnedCoder, corpus.StatusAccepted, false},
	} {
		c := corpus.CodingRef{Coder: tt.coder, Status: tt.status}
		if got := sel.keeps(c) && IsReviewed(c); got != tt.want {
			t.Errorf("%s %s counted %v, want %v", tt.coder, tt.status, got, tt.want)
		}
	}
	if got := sel.statuses(); strings.Join(got, ",") != corpus.StatusAccepted {
		t.Errorf("a reviewed selection reads statuses %v", got)
	}
	if got := (Selection{Reviewed: true, Pending: true}).statuses(); strings.Join(got, ",") != "accepted,suggested" {
		t.Errorf("the mixed selection reads statuses %v", got)
	}
}

// withTurns is a dataset of the documents turns names, holding those turns
// (in any order).
func withTurns(t *testing.T, turns map[string][]turnSpan) *Dataset {
	t.Helper()
	ds := &Dataset{docIndex: map[string]int{}}
	var sizes []int
	for _, id := range slices.Sorted(maps.Keys(turns)) {
		ds.docIndex[id] = len(ds.Docs)
		ds.Docs = append(ds.Docs, &corpus.Document{ID: id})
		sizes = append(sizes, len(turns[id]))
	}
	ds.turns.size(sizes)
	for id, ts := range turns {
		for _, tn := range ts {
			if err := ds.turns.add(ds.docIndex[id], tn.seq, tn.speaker, tn.start, tn.end); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := ds.turns.index(); err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestTurnAt: a position is attributed to the turn holding it, in its own
// document only, whatever order the turns were read in; a gap between
// turns, a position past the last turn, a document without turns and an
// unknown one have none.
func TestTurnAt(t *testing.T) {
	ds := withTurns(t, map[string][]turnSpan{
		"a":     {{3, 50, 80, "P"}, {1, 0, 20, "Interviewer"}, {2, 22, 50, "P2"}},
		"c":     {{1, 0, 10, "Q"}},
		"empty": nil,
	})
	for _, tc := range []struct {
		doc     string
		pos     int
		seq     int
		speaker string
	}{
		{"a", 0, 1, "Interviewer"}, {"a", 19, 1, "Interviewer"}, {"a", 20, 0, ""}, {"a", 22, 2, "P2"},
		{"a", 50, 3, "P"}, {"a", 79, 3, "P"}, {"a", 80, 0, ""}, {"c", 5, 1, "Q"}, {"c", 60, 0, ""},
		{"empty", 0, 0, ""}, {"unknown", 0, 0, ""},
	} {
		if seq, sp := ds.TurnAt(tc.doc, tc.pos), ds.Speaker(tc.doc, tc.pos); seq != tc.seq || sp != tc.speaker {
			t.Errorf("%s at %d: turn %d of %q, want %d of %q", tc.doc, tc.pos, seq, sp, tc.seq, tc.speaker)
		}
	}
}

// TestTurnTableRefusesMoreTurnsThanCounted: turns that change between the
// count and the reading are an error, not a write past a document's room.
func TestTurnTableRefusesMoreTurnsThanCounted(t *testing.T) {
	var tt turnTable
	tt.size([]int{1, 1})
	if err := tt.add(0, 1, "P", 0, 5); err != nil {
		t.Fatal(err)
	}
	if err := tt.add(0, 2, "P", 5, 9); err == nil {
		t.Error("a second turn where one was counted was placed")
	}
	if err := tt.index(); err == nil {
		t.Error("a document with fewer turns than counted was indexed")
	}
}
