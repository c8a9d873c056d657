package analysis

import "testing"

func TestRuneTextSlice(t *testing.T) {
	tests := []struct {
		text       string
		start, end int
		want       string
	}{
		{"plain ascii text", 6, 11, "ascii"},
		{"café, naïve 😀 peer", 0, 4, "café"},
		{"café, naïve 😀 peer", 6, 11, "naïve"},
		{"café, naïve 😀 peer", 12, 13, "😀"},
		{"café, naïve 😀 peer", 14, 18, "peer"},
		{"café", 2, 99, "fé"}, // clamped to the text
		{"café", 3, 1, ""},    // inverted
		{"", 0, 3, ""},
	}
	var rt runeText
	for _, tt := range tests {
		rt.reset(tt.text)
		if got := rt.slice(tt.start, tt.end); got != tt.want {
			t.Errorf("%q[%d:%d] = %q, want %q", tt.text, tt.start, tt.end, got, tt.want)
		}
	}
}

func TestEvenSample(t *testing.T) {
	var spans []span
	for i := range 250 {
		spans = append(spans, span{"d", i, i + 1})
	}
	got := evenSample(spans, 100)
	if len(got) != 100 || got[0].start != 0 || got[1].start != 2 || got[99].start != 247 {
		t.Errorf("evenSample took %d spans: first %v, second %v, last %v", len(got), got[0], got[1], got[99])
	}
	if got := evenSample(spans[:7], 100); len(got) != 7 {
		t.Errorf("fewer spans than the bound: got %d, want all 7", len(got))
	}
}
