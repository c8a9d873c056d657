package ingest

import (
	"sort"
	"strings"
)

// Anchorer re-places codings on a changed transcript. A coding moves to the
// occurrence of its exact quote nearest its old place; failing that, to the
// span that best matches the quote (a typo fixed inside it, a word added),
// if it is similar enough; otherwise it cannot be placed and is orphaned.
type Anchorer struct {
	old, new []rune
	// MinSimilarity is the least similarity (1 - edit distance / length)
	// a fuzzy match needs.
	MinSimilarity float64
}

// NewAnchorer prepares re-anchoring from oldText to newText.
func NewAnchorer(oldText, newText string) *Anchorer {
	return &Anchorer{old: []rune(oldText), new: []rune(newText), MinSimilarity: 0.8}
}

// Slice returns the new text's runes [s,e).
func (a *Anchorer) Slice(s, e int) string { return string(a.new[s:e]) }

// Place returns the new span of a coding that covered [start,end) of the
// old text with the given quote.
func (a *Anchorer) Place(start, end int, quote string) (int, int, bool) {
	q := []rune(quote)
	if len(q) == 0 {
		if start >= 0 && end <= len(a.old) && start < end {
			q = a.old[start:end]
		} else {
			return 0, 0, false
		}
	}
	// Where the old position falls in the new text, scaled by the change in
	// length: a good guess for "nearest" when text was inserted or removed.
	guess := start
	if len(a.old) > 0 {
		guess = start * len(a.new) / len(a.old)
	}
	if s, ok := a.nearestExact(q, start, guess); ok {
		return s, s + len(q), true
	}
	return a.fuzzy(q, guess)
}

func (a *Anchorer) nearestExact(q []rune, start, guess int) (int, bool) {
	occ := indexAll(a.new, q, 0)
	if len(occ) == 0 {
		return 0, false
	}
	best, bestD := -1, 0
	for _, o := range occ {
		d := abs(o - guess)
		if d2 := abs(o - start); d2 < d {
			d = d2
		}
		if best < 0 || d < bestD {
			best, bestD = o, d
		}
	}
	return best, true
}

// fuzzy finds candidate starts from occurrences of short pieces of the quote,
// then keeps the most similar candidate span.
func (a *Anchorer) fuzzy(q []rune, guess int) (int, int, bool) {
	k := 8
	if len(q) < 2*k {
		k = len(q) / 2
	}
	if k < 4 {
		return 0, 0, false
	}
	type cand struct{ s, e int }
	var cands []cand
	seen := map[cand]bool{}
	var ends []int // candidate ends from the quote's last piece
	for _, o := range indexAll(a.new, q[len(q)-k:], 0) {
		ends = append(ends, o+k)
	}
	for _, off := range []int{0, len(q) / 4, len(q) / 2, 3 * len(q) / 4} {
		if off+k > len(q) {
			continue
		}
		for _, o := range indexAll(a.new, q[off:off+k], 0) {
			s := o - off
			if s < 0 {
				s = 0
			}
			options := []int{s + len(q)}
			for _, e := range ends {
				if e > s && abs((e-s)-len(q)) <= len(q)/3+2 {
					options = append(options, e)
				}
			}
			for _, e := range options {
				if e > len(a.new) {
					e = len(a.new)
				}
				c := cand{s, e}
				if !seen[c] && c.e > c.s {
					seen[c] = true
					cands = append(cands, c)
				}
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool { return abs(cands[i].s-guess) < abs(cands[j].s-guess) })
	if len(cands) > 40 {
		cands = cands[:40]
	}
	best, bestScore := cand{}, -1.0
	for _, c := range cands {
		score := similarity(q, a.new[c.s:c.e])
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	if bestScore < a.MinSimilarity {
		return 0, 0, false
	}
	return best.s, best.e, true
}

func indexAll(hay, needle []rune, from int) []int {
	if len(needle) == 0 {
		return nil
	}
	h, n := string(hay[from:]), string(needle)
	var out []int
	runePos, bytePos := from, 0
	for {
		i := strings.Index(h[bytePos:], n)
		if i < 0 {
			return out
		}
		runePos += len([]rune(h[bytePos : bytePos+i]))
		out = append(out, runePos)
		// advance one rune past the match start
		_, size := firstRune(h[bytePos+i:])
		bytePos += i + size
		runePos++
	}
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i > 0 {
			return r, i
		}
	}
	return 0, len(s)
}

// similarity is 1 minus the edit distance over the longer length.
func similarity(a, b []rune) float64 {
	n := len(a)
	if len(b) > n {
		n = len(b)
	}
	if n == 0 {
		return 1
	}
	return 1 - float64(levenshtein(a, b))/float64(n)
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
