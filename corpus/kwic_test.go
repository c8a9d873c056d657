package corpus

import (
	"strings"
	"testing"
)

func TestKWIC(t *testing.T) {
	text := "First we met. She rang me late at night, café talk mostly. Then nothing for weeks."
	runeAt := func(sub string) [2]int {
		i := strings.Index(text, sub)
		s := len([]rune(text[:i]))
		return [2]int{s, s + len([]rune(sub))}
	}
	h := Hit{Text: text, Matches: [][2]int{runeAt("night"), runeAt("café"), runeAt("weeks")}}
	var b strings.Builder
	for _, p := range KWIC(h) {
		if p.Mark {
			b.WriteString("[" + p.Text + "]")
		} else {
			b.WriteString(p.Text)
		}
	}
	if got, want := b.String(), "… She rang me late at [night], [café] talk mostly. …"; got != want {
		t.Errorf("KWIC = %q, want %q (the sentence of the first match, its matches marked)", got, want)
	}
}

// BenchmarkKWICLongSegment: a megabyte-long segment with a match every few
// words is cut in time linear in the context, not the segment.
func BenchmarkKWICLongSegment(b *testing.B) {
	text := strings.Repeat("we talked about the walking group ", 30000)
	var m [][2]int
	for i := 0; i < len(text); i += 34 {
		m = append(m, [2]int{i + 16, i + 23})
	}
	h := Hit{Text: text, Matches: m}
	for b.Loop() {
		KWIC(h)
	}
}
