package stats

import (
	"fmt"
	"sort"
)

// Jaccard returns the Jaccard similarity |A∩B| / |A∪B| of two codes, where a
// and b are the numbers of units (interviews or segments) with each code and
// both the number with both. ok is false when no unit has either code (the
// union is empty) or the counts are inconsistent (negative, or both greater
// than a or b).
func Jaccard(a, b, both int) (float64, bool) {
	if a < 0 || b < 0 || both < 0 || both > a || both > b {
		return 0, false
	}
	union := a + b - both
	if union == 0 {
		return 0, false
	}
	return float64(both) / float64(union), true
}

// CoOccurrence counts how often codes occur together. units holds the codes
// of each unit (for example each interview); duplicates and empty names
// within a unit are ignored. It returns the distinct codes in sorted order
// and a symmetric matrix whose entry [i][j] is the number of units having
// both codes[i] and codes[j]; the diagonal holds the number of units having
// codes[i].
func CoOccurrence(units [][]string) (codes []string, counts [][]int) {
	index := make(map[string]int)
	for _, u := range units {
		for _, c := range u {
			if c == "" {
				continue
			}
			if _, ok := index[c]; !ok {
				index[c] = 0
				codes = append(codes, c)
			}
		}
	}
	sort.Strings(codes)
	for i, c := range codes {
		index[c] = i
	}
	counts = make([][]int, len(codes))
	for i := range counts {
		counts[i] = make([]int, len(codes))
	}
	ids := make([]int, 0)
	mark := make([]int, len(codes)) // last unit (1-based) in which a code was counted
	for u, unit := range units {
		ids = ids[:0]
		for _, c := range unit {
			if c == "" {
				continue
			}
			i := index[c]
			if mark[i] == u+1 {
				continue
			}
			mark[i] = u + 1
			ids = append(ids, i)
		}
		for _, i := range ids {
			for _, j := range ids {
				counts[i][j]++
			}
		}
	}
	return codes, counts
}

// JaccardMatrix turns a co-occurrence matrix as returned by CoOccurrence
// into Jaccard similarities, using the diagonal as the per-code counts.
// Pairs whose union is empty (two codes no unit has) get 0 and are listed in
// undefined as [i, j] pairs with i ≤ j, so the caller can tell them from a
// true 0. It fails if counts is not square or not consistent.
func JaccardMatrix(counts [][]int) (sim [][]float64, undefined [][2]int, err error) {
	n := len(counts)
	sim = make([][]float64, n)
	for i := range counts {
		if len(counts[i]) != n {
			return nil, nil, fmt.Errorf("stats: co-occurrence matrix is not square: row %d has %d entries, want %d", i, len(counts[i]), n)
		}
		sim[i] = make([]float64, n)
	}
	for i := range n {
		for j := i; j < n; j++ {
			if counts[i][j] != counts[j][i] {
				return nil, nil, fmt.Errorf("stats: co-occurrence matrix is not symmetric at [%d][%d]", i, j)
			}
			v, ok := Jaccard(counts[i][i], counts[j][j], counts[i][j])
			if !ok {
				if counts[i][j] < 0 || counts[i][j] > counts[i][i] || counts[i][j] > counts[j][j] {
					return nil, nil, fmt.Errorf("stats: co-occurrence [%d][%d] = %d exceeds a code count", i, j, counts[i][j])
				}
				undefined = append(undefined, [2]int{i, j})
			}
			sim[i][j], sim[j][i] = v, v
		}
	}
	return sim, undefined, nil
}
