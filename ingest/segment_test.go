package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/ingest/parse"
)

// TestSegmentsNeverExceedMaxWords: a turn transcribed without punctuation
// (one "sentence" of any length) is still cut into segments of at most
// max_words words, each exactly its span of the canonical text.
func TestSegmentsNeverExceedMaxWords(t *testing.T) {
	const max = 20
	sg, err := NewSegmenter(max)
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"and", "then", "café", "we’d", "walk", "😊", "self-care", "to", "the", "allotment"}
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 50 {
		var b strings.Builder
		n := 1 + rng.IntN(400)
		for i := range n {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(words[rng.IntN(len(words))])
			if trial%3 == 0 && rng.IntN(30) == 0 {
				b.WriteString(".") // some sentences, mostly none
			}
		}
		text := b.String()
		built := sg.Build(&parse.Transcript{Turns: []parse.Turn{{Speaker: "Interviewer", Text: "Go on."}, {Speaker: "P", Text: text}}},
			func(s string) bool { return s == "Interviewer" })
		runes := []rune(built.Text)
		total := 0
		for _, s := range built.Segments {
			if s.Words > max {
				t.Fatalf("trial %d: segment %d has %d words, more than %d", trial, s.Seq, s.Words, max)
			}
			if got := string(runes[s.Start:s.End]); got != s.Text {
				t.Fatalf("trial %d: segment %d text %q, its span %q", trial, s.Seq, s.Text, got)
			}
			total += s.Words
		}
		if want := CountWords(text); total != want {
			t.Fatalf("trial %d: segments hold %d words, the turn %d", trial, total, want)
		}
	}
}

// BenchmarkSplitLongLine splits a 1 MB turn with no punctuation: linear in
// its length (it was quadratic in the number of segments).
func BenchmarkSplitLongLine(b *testing.B) {
	sg, err := NewSegmenter(120)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("we talked about the walking group ", 30000)
	tr := &parse.Transcript{Turns: []parse.Turn{{Speaker: "P", Text: text}}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		sg.Build(tr, func(string) bool { return false })
	}
}
