// Package textdiff compares texts line by line, for tests to say how what
// they got differs from what they want.
package textdiff

import (
	"fmt"
	"strings"
)

// Lines is a line diff of a and b by a longest common subsequence of
// lines: the lines only a has (removed) and those only b has (added), each
// in order.
func Lines(a, b string) (removed, added []string) {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	// lcs[i][j] is the length of the longest common subsequence of al[i:]
	// and bl[j:].
	lcs := make([][]int32, len(al)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(bl)+1)
	}
	for i := len(al) - 1; i >= 0; i-- {
		for j := len(bl) - 1; j >= 0; j-- {
			if al[i] == bl[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(al) || j < len(bl) {
		switch {
		case i < len(al) && j < len(bl) && al[i] == bl[j]:
			i++
			j++
		case j < len(bl) && (i == len(al) || lcs[i][j+1] >= lcs[i+1][j]):
			added = append(added, bl[j])
			j++
		default:
			removed = append(removed, al[i])
			i++
		}
	}
	return removed, added
}

// First describes the first line where got differs from want (a missing
// line reads as empty), or says "(same)".
func First(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d: want %q\n          got  %q", i+1, a, b)
		}
	}
	return "(same)"
}
