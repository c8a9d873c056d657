package main

import "testing"

// TestCountAgreeSentence: a count takes the singular of its noun (and of
// the word that goes with it) only when it is one; a clause made a
// sentence starts with a capital letter and ends with one full stop.
func TestCountAgreeSentence(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{count(0, "leak"), "0 leaks"},
		{count(1, "leak"), "1 leak"},
		{count(2, "orphaned coding"), "2 orphaned codings"},
		{count(1, "file") + " " + agree(1, "was", "were"), "1 file was"},
		{count(3, "file") + " " + agree(3, "was", "were"), "3 files were"},
		{sentence("too few interviews: a base of 4 needs 6, have 1"), " Too few interviews: a base of 4 needs 6, have 1."},
		{sentence("ends with a stop."), " Ends with a stop."},
		{sentence("érudit"), " Érudit."},
		{sentence("  "), ""},
	} {
		if tc.got != tc.want {
			t.Errorf("%q, want %q", tc.got, tc.want)
		}
	}
}
