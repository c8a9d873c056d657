package corpus

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
	var rt RuneText
	for _, tt := range tests {
		rt.Reset(tt.text)
		if got := rt.Slice(tt.start, tt.end); got != tt.want {
			t.Errorf("%q[%d:%d] = %q, want %q", tt.text, tt.start, tt.end, got, tt.want)
		}
	}
}
