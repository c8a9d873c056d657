package codebook

import (
	"fmt"
	"sort"
	"strings"
)

// Nearest returns up to n of known that look most like v (ignoring case):
// those that contain it or that it contains, then those within a few
// edits, nearest first. It is for "did you mean" in error messages.
func Nearest(v string, known []string, n int) []string {
	lv := strings.ToLower(v)
	type cand struct {
		s    string
		dist int
	}
	var cs []cand
	limit := max(2, len([]rune(lv))/3)
	for _, k := range known {
		lk := strings.ToLower(k)
		d := EditDistance(lv, lk)
		near := d <= limit
		if lv != "" && lk != "" && (strings.Contains(lk, lv) || strings.Contains(lv, lk)) {
			near = true
		}
		if p := commonPrefix(lv, lk); p >= 4 || p >= 3 && p == len([]rune(lv)) {
			near = true // "carer" and "caregiver"
		}
		if near {
			cs = append(cs, cand{k, d})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		return cs[i].dist < cs[j].dist || cs[i].dist == cs[j].dist && cs[i].s < cs[j].s
	})
	var out []string
	for i := 0; i < len(cs) && i < n; i++ {
		out = append(out, cs[i].s)
	}
	return out
}

// NearestCodes returns up to n of the codes of cb whose ids look most like
// id (see Nearest), for "did you mean" when id is not one of them.
func (cb *Codebook) NearestCodes(id string, n int) []string {
	var ids []string
	for _, c := range cb.Codes() {
		ids = append(ids, c.ID)
	}
	return Nearest(id, ids, n)
}

// UnknownCode is the error for a code id given with flag (--code) that the
// codebook lacks: it names the file and the nearest ids.
func (cb *Codebook) UnknownCode(flag, id string) error {
	msg := fmt.Sprintf("%s %s: no such code in %s", flag, id, cb.File)
	if near := cb.NearestCodes(id, 3); len(near) > 0 {
		return fmt.Errorf("%s; did you mean %s?", msg, strings.Join(near, " or "))
	}
	return fmt.Errorf("%s; `groundwork codebook show` lists them", msg)
}

// EditDistance is the Levenshtein distance between a and b, in runes: the
// fewest insertions, deletions and substitutions that turn one into the
// other.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// commonPrefix counts the runes a and b begin with alike.
func commonPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}
