package analysis

import "testing"

// TestLearnSummary: the history's line for a learning run says how many
// codes learned, stood unchanged and were skipped, and why, rather than
// counting every code it looked at as learned.
func TestLearnSummary(t *testing.T) {
	learned := CodeLearning{Status: "learned", Positives: 20, Negatives: 80}
	few := CodeLearning{Status: "skipped", Positives: 2, Negatives: 9}
	allPositive := CodeLearning{Status: "skipped", Positives: 12}
	useless := CodeLearning{Status: "skipped", Positives: 12, Negatives: 40}
	unchanged := CodeLearning{Status: "unchanged", Positives: 30, Negatives: 70}
	for _, tc := range []struct {
		name string
		outs []CodeLearning
		want string
	}{
		{"no code", nil, "learned 0 codes; 0 new suggestions"},
		{"every code too few", []CodeLearning{few, few, allPositive}, "learned 0 codes, 3 skipped (too few examples); 0 new suggestions"},
		{"one learned", []CodeLearning{withAdded(learned, 1)}, "learned 1 code; 1 new suggestion"},
		{"nothing of use", []CodeLearning{learned, useless}, "learned 1 code, 1 skipped (nothing of use learned); 0 new suggestions"},
		{"all kinds", []CodeLearning{withAdded(learned, 7), withAdded(learned, 5), unchanged, few, useless},
			"learned 2 codes, 1 unchanged, 2 skipped (1 with too few examples, 1 with nothing of use learned); 12 new suggestions"},
	} {
		if got := learnSummary(tc.outs, 8); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func withAdded(c CodeLearning, n int) CodeLearning {
	c.Added = n
	return c
}
