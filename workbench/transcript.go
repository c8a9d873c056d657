package workbench

import (
	"fmt"
	"html"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// textIndex maps between the two units a transcript position comes in:
// runes (Unicode code points), groundwork's unit everywhere, and UTF-16
// code units, what a browser's strings count.
type textIndex struct {
	runes []rune
	u16   []int // u16[i] is the number of UTF-16 units before rune i; len(runes)+1 entries
}

func newTextIndex(text string) *textIndex {
	rs := []rune(text)
	u := make([]int, len(rs)+1)
	n := 0
	for i, r := range rs {
		u[i] = n
		n += utf16Len(r)
	}
	u[len(rs)] = n
	return &textIndex{runes: rs, u16: u}
}

func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// utf16Of returns the UTF-16 offset of rune offset r.
func (t *textIndex) utf16Of(r int) int {
	if r < 0 {
		return 0
	}
	if r >= len(t.runes) {
		return t.u16[len(t.runes)]
	}
	return t.u16[r]
}

// runeOf returns the rune offset of UTF-16 offset u; ok is false when u is
// outside the text or falls between the two halves of a surrogate pair
// (an emoji, say).
func (t *textIndex) runeOf(u int) (int, bool) {
	if u < 0 || u > t.u16[len(t.runes)] {
		return 0, false
	}
	i := sort.SearchInts(t.u16, u)
	return i, i < len(t.u16) && t.u16[i] == u
}

// slice returns the text of runes [s, e).
func (t *textIndex) slice(s, e int) string { return string(t.runes[s:e]) }

// trim narrows [s, e) to leave out white space at either end.
func (t *textIndex) trim(s, e int) (int, int) {
	for s < e && unicode.IsSpace(t.runes[s]) {
		s++
	}
	for e > s && unicode.IsSpace(t.runes[e-1]) {
		e--
	}
	return s, e
}

// utf16Count is the length of s in UTF-16 units.
func utf16Count(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Len(r)
	}
	return n
}

// mark is one highlight over a transcript: a coding, or a search hit.
type mark struct {
	Start, End int    // rune offsets into the document
	ID         int64  // the coding's id; 0 for a search hit
	Class      string // CSS classes (the code's colour class, suggestion)
	Hit        bool   // a search hit, drawn as <mark>
	lane       int
}

// maxLane is the deepest underline drawn; deeper overlaps share it.
const maxLane = 5

// assignLanes gives each mark a lane, the lowest one free at its start,
// so that overlapping codings are drawn as underlines stacked at different
// depths and a coding keeps its depth along its whole span. Marks are
// sorted by start (longer first).
func assignLanes(ms []mark) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	var laneEnd []int // per lane, where its last mark ends
	for i := range ms {
		if ms[i].Hit {
			continue
		}
		lane := -1
		for l, e := range laneEnd {
			if e <= ms[i].Start {
				lane = l
				break
			}
		}
		if lane < 0 {
			lane = len(laneEnd)
			laneEnd = append(laneEnd, 0)
		}
		laneEnd[lane] = ms[i].End
		ms[i].lane = lane
	}
}

// renderMarked writes the text of runes [from, to) as HTML with the marks
// overlapping it as properly nested elements: one sweep over the marks'
// boundaries cuts the text into pieces, and at each boundary the elements
// of marks that end are closed (and those above them reopened). The text is
// escaped; the element attributes hold only numbers and class names.
func renderMarked(b *strings.Builder, t *textIndex, from, to int, marks []mark) {
	type iv struct {
		s, e int
		m    *mark
	}
	var ivs []iv
	bounds := []int{from, to}
	for i := range marks {
		m := &marks[i]
		s, e := max(m.Start, from), min(m.End, to)
		if s >= e {
			continue
		}
		ivs = append(ivs, iv{s, e, m})
		bounds = append(bounds, s, e)
	}
	sort.Ints(bounds)
	var stack []int
	on := make([]bool, len(ivs))
	hitOpened := false
	var open []int
	closeTag := func(i int) {
		if ivs[i].m.Hit {
			b.WriteString("</mark>")
		} else {
			b.WriteString("</span>")
		}
		on[i] = false
	}
	for bi := 0; bi+1 < len(bounds); bi++ {
		a, z := bounds[bi], bounds[bi+1]
		if a == z {
			continue
		}
		keep := 0
		for keep < len(stack) && ivs[stack[keep]].e > a {
			keep++
		}
		for j := len(stack) - 1; j >= keep; j-- {
			closeTag(stack[j])
		}
		stack = stack[:keep]
		open = open[:0]
		for i, v := range ivs {
			if !on[i] && v.s <= a && a < v.e {
				open = append(open, i)
			}
		}
		sort.Slice(open, func(x, y int) bool {
			p, q := ivs[open[x]], ivs[open[y]]
			if p.e != q.e {
				return p.e > q.e
			}
			if p.m.Hit != q.m.Hit {
				return !p.m.Hit
			}
			return p.m.lane < q.m.lane
		})
		for _, i := range open {
			m := ivs[i].m
			if m.Hit {
				if !hitOpened {
					b.WriteString(`<mark class="hit" id="hit">`)
					hitOpened = true
				} else {
					b.WriteString(`<mark class="hit">`)
				}
			} else {
				fmt.Fprintf(b, `<span class="h %s l%d" data-id="%d">`, m.Class, min(m.lane, maxLane), m.ID)
			}
			on[i] = true
			stack = append(stack, i)
		}
		b.WriteString(html.EscapeString(string(t.runes[a:z])))
	}
	for j := len(stack) - 1; j >= 0; j-- {
		closeTag(stack[j])
	}
}

// parseRange reads "START-END" (rune offsets).
func parseRange(s string) (int, int, bool) {
	a, z, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, false
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(z)
	return x, y, err1 == nil && err2 == nil && 0 <= x && x < y
}
