package analysis

import "testing"

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
