package ingest

import (
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/ingest/demo"
)

// benchTranscript joins demo transcripts, without their front matter, into
// one of at least words words: the first version and the edited one
// (edit makes the second from a source).
func benchTranscript(b *testing.B, words int, edit func(src string) (string, string)) (oldText, newText string) {
	b.Helper()
	names, err := demo.Transcripts()
	if err != nil {
		b.Fatal(err)
	}
	var olds, news []string
	n := 0
	for i := 0; n < words; i++ {
		src, err := demo.ReadFile(names[i%len(names)])
		if err != nil {
			b.Fatal(err)
		}
		v1, v2 := edit(string(src))
		_, p1 := splitSource(v1)
		_, p2 := splitSource(v2)
		olds, news = append(olds, joinSource("", p1)), append(news, joinSource("", p2))
		n += CountWords(joinSource("", p1))
	}
	return strings.Join(olds, "\n"), strings.Join(news, "\n")
}

// benchCodings codes count spans of text evenly: one or three sentences of
// participant paragraphs, or whole paragraphs (several codes on each).
func benchCodings(text string, count int, whole bool) [][2]int {
	var spans [][2]int
	pos := 0 // runes before the paragraph
	for _, para := range strings.Split(text, "\n\n") {
		label := labelRE.FindString(para)
		if label != "" && !strings.Contains(label, "Interviewer") {
			at := pos + len([]rune(label))
			if whole {
				spans = append(spans, [2]int{at, pos + len([]rune(para))})
			}
			for _, s := range splitSentences(para[len(label):]) {
				if whole {
					break
				}
				n := len([]rune(strings.TrimSpace(s)))
				spans = append(spans, [2]int{at, at + n})
				at += len([]rune(s))
			}
		}
		pos += len([]rune(para)) + 2
	}
	var out [][2]int
	step := max(1, len(spans)/count)
	for i := 0; len(out) < count; i += step {
		sp := spans[i%len(spans)]
		if !whole && len(out)%3 == 2 && i+2 < len(spans) && spans[i+2][0] > sp[0] {
			sp[1] = spans[i+2][1] // three sentences, perhaps across turns
		}
		out = append(out, sp)
	}
	return out
}

// BenchmarkReanchor re-anchors 300 codings on a transcript of over 10,000
// words: after the demo edits (most codings found exactly), and after a typo
// fixed in every seventh long word of every participant turn (every coding
// aligned), of sentences or of whole turns (alignment costs grow with the
// square of a coding's length, the text's length does not enter).
func BenchmarkReanchor(b *testing.B) {
	allTypos := func(src string) (string, string) {
		front, paras := splitSource(src)
		first := append([]paragraph(nil), paras...)
		for i, p := range first {
			if p.label != "" && !p.interviewer() {
				first[i].text = misspell(p.text)
			}
		}
		return joinSource(front, first), src
	}
	for _, bc := range []struct {
		name  string
		edit  func(string) (string, string)
		whole bool
	}{
		{"demo-edits", editVersions, false},
		{"typos-everywhere", allTypos, false},
		{"typos-everywhere-whole-turns", allTypos, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			oldText, newText := benchTranscript(b, 10000, bc.edit)
			codings := benchCodings(oldText, 300, bc.whole)
			old := []rune(oldText)
			placed := 0
			b.ResetTimer()
			for b.Loop() {
				a := NewAnchorer(oldText, newText)
				placed = 0
				for _, c := range codings {
					if _, _, ok := a.Place(c[0], c[1], string(old[c[0]:c[1]])); ok {
						placed++
					}
				}
			}
			b.ReportMetric(float64(placed), "placed")
			b.ReportMetric(float64(len(codings)), "codings")
			b.ReportMetric(float64(CountWords(oldText)), "words")
			b.ReportMetric(meanLength(codings), "runes/coding")
		})
	}
}

func meanLength(spans [][2]int) float64 {
	n := 0
	for _, s := range spans {
		n += s[1] - s[0]
	}
	return float64(n) / float64(len(spans))
}
