package ingest

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/corpus"
)

// MinQuoteSimilarity is the least similarity to its old quote that the text
// a coding moves to must have, similarity being 1 - (edit distance / length
// of the longer of the two). 0.8 lets a fixed typo, a changed word or a
// short aside through, and refuses text that only shares part of the quote:
// such a coding is orphaned for a person to place.
const MinQuoteSimilarity = 0.8

const (
	// minFuzzyQuote: shorter quotes are placed only where they occur
	// exactly. A word or two that nearly matches is as likely to be another
	// word as the coded one.
	minFuzzyQuote = 8
	// longQuote: longer quotes are aligned by their first and last
	// edgeRunes runes only, then checked whole within the band of edits the
	// threshold allows, so that no alignment grows with the square of a
	// long coding's length.
	longQuote = 1500
	edgeRunes = 200
	// seedRunes is the length of the pieces of a quote looked up across the
	// whole text to find where a passage moved to.
	seedRunes = 12
	// maxSeedWindows bounds the places, besides the expected one, where a
	// moved passage is aligned.
	maxSeedWindows = 4
	// shingleWords is the length of the word sequences that pin old
	// positions to new ones when they occur once in each text.
	shingleWords = 4
)

// Anchorer re-places codings on a changed transcript. A coding moves to the
// occurrence of its exact quote nearest to where its old place went; failing
// that, to the span of the new text around that place (or around where
// pieces of the quote now occur) that aligns best with the quote, its
// start and end chosen by the alignment, if that span is at least
// MinSimilarity similar to the quote. Either way the new span must stay
// within the turns the old one was in (a coding inside one participant
// turn stays inside one participant turn's text, never running into an
// interviewer turn) and start and end between words where the old one
// did. Otherwise the coding cannot be placed and is orphaned.
type Anchorer struct {
	old, new []rune
	newStr   string
	// runeAt maps a byte offset of newStr to its rune offset (nil: ASCII).
	runeAt             []int32
	oldTurns, newTurns []turnSpan
	anchors            []anchorPair
	// MinSimilarity is the least similarity a fuzzy match needs
	// (MinQuoteSimilarity unless changed).
	MinSimilarity float64
	// prev and cur are the alignment's rows, reused.
	prev, cur []int
}

// turnSpan is where a turn is: its label runs from `from` (the end of the
// previous turn) to start, its text from start to end.
type turnSpan struct {
	from, start, end int
	interviewer      bool
}

// anchorPair pins an old rune offset to a new one.
type anchorPair struct{ old, new int }

// NewAnchorer prepares re-anchoring from oldText to newText, finding the
// turns in the texts themselves: blocks separated by a blank line, each
// opened by a "Speaker: " label. Use NewTurnAnchorer when the turns are
// known.
func NewAnchorer(oldText, newText string) *Anchorer {
	old, nw := []rune(oldText), []rune(newText)
	return newAnchorer(old, nw, newText, textTurns(old), textTurns(nw))
}

// NewTurnAnchorer prepares re-anchoring from oldText to newText, whose
// turns are oldTurns and newTurns (rune offsets, as stored). A text with no
// turns given has its turns found as NewAnchorer finds them.
func NewTurnAnchorer(oldText, newText string, oldTurns, newTurns []corpus.Turn) *Anchorer {
	old, nw := []rune(oldText), []rune(newText)
	ot, nt := storedTurns(oldTurns, len(old)), storedTurns(newTurns, len(nw))
	if len(ot) == 0 {
		ot = textTurns(old)
	}
	if len(nt) == 0 {
		nt = textTurns(nw)
	}
	return newAnchorer(old, nw, newText, ot, nt)
}

func newAnchorer(old, nw []rune, newText string, oldTurns, newTurns []turnSpan) *Anchorer {
	a := &Anchorer{old: old, new: nw, newStr: newText, oldTurns: oldTurns, newTurns: newTurns,
		MinSimilarity: MinQuoteSimilarity}
	if len(newText) != len(nw) {
		a.runeAt = make([]int32, len(newText)+1)
		r := int32(0)
		for b := range newText {
			a.runeAt[b] = r
			r++
		}
		a.runeAt[len(newText)] = r
	}
	a.anchors = buildAnchors(old, nw)
	return a
}

// Slice returns the new text's runes [s,e).
func (a *Anchorer) Slice(s, e int) string { return string(a.new[s:e]) }

// Place returns the new span of a coding that covered [start,end) of the
// old text with the given quote (the old span's text when quote is empty),
// or false when it cannot be placed.
func (a *Anchorer) Place(start, end int, quote string) (int, int, bool) {
	known := start >= 0 && end <= len(a.old) && start < end
	q := []rune(quote)
	if len(q) == 0 {
		if !known {
			return 0, 0, false
		}
		q = a.old[start:end]
	}
	p := a.profileOf(start, end, known)
	expS, expE := a.expected(start, end, len(q), known)
	if s, ok := a.nearestExact(q, p, expS); ok {
		return s, s + len(q), true
	}
	if len(q) < minFuzzyQuote {
		return 0, 0, false
	}
	var m match
	if len(q) > longQuote {
		m = a.fuzzyLong(q, p, expS, expE)
	} else {
		m = a.fuzzy(q, p, expS, expE)
	}
	if !m.ok || m.sim < a.minSim() {
		return 0, 0, false
	}
	return m.s, m.e, true
}

// profile is what a new span must keep of the old one.
type profile struct {
	// inTurn: the old span lay inside one turn's text, so the new one must
	// too, in a turn of the same kind (interviewer or not).
	inTurn      bool
	interviewer bool // of that turn; otherwise: the old span touched one
	// turns is how many turns (with their labels) the old span touched.
	turns int
	// cleanStart, cleanEnd: the old span did not cut a word there.
	cleanStart, cleanEnd bool
}

func (a *Anchorer) profileOf(start, end int, known bool) profile {
	if !known {
		// Nothing to go by: hold the coding to the strictest shape.
		return profile{inTurn: true, interviewer: false, turns: 1, cleanStart: true, cleanEnd: true}
	}
	p := profile{cleanStart: !cutsWord(a.old, start), cleanEnd: !cutsWord(a.old, end)}
	if t, ok := turnHolding(a.oldTurns, start, end); ok {
		p.inTurn, p.interviewer, p.turns = true, t.interviewer, 1
		return p
	}
	p.turns, p.interviewer = touched(a.oldTurns, start, end)
	return p
}

// fits says whether a new span [s,e) keeps the old span's shape.
func (a *Anchorer) fits(p profile, s, e int) bool {
	if s < 0 || e > len(a.new) || s >= e {
		return false
	}
	if p.cleanStart && cutsWord(a.new, s) || p.cleanEnd && cutsWord(a.new, e) {
		return false
	}
	if p.inTurn {
		t, ok := turnHolding(a.newTurns, s, e)
		return ok && t.interviewer == p.interviewer
	}
	n, interviewer := touched(a.newTurns, s, e)
	return n <= p.turns && (!interviewer || p.interviewer)
}

// turnHolding returns the turn whose text holds [s,e).
func turnHolding(turns []turnSpan, s, e int) (turnSpan, bool) {
	i := sort.Search(len(turns), func(i int) bool { return turns[i].end >= e })
	if i < len(turns) && turns[i].start <= s {
		return turns[i], true
	}
	return turnSpan{}, false
}

// touched counts the turns whose label or text [s,e) overlaps, and says
// whether one of them is an interviewer's.
func touched(turns []turnSpan, s, e int) (n int, interviewer bool) {
	i := sort.Search(len(turns), func(i int) bool { return turns[i].end > s })
	for ; i < len(turns) && turns[i].from < e; i++ {
		n++
		interviewer = interviewer || turns[i].interviewer
	}
	return n, interviewer
}

// expected returns where the old span's start and end went in the new text.
func (a *Anchorer) expected(start, end, n int, known bool) (int, int) {
	if !known {
		g := 0
		if len(a.old) > 0 && start > 0 {
			g = min(start*len(a.new)/len(a.old), len(a.new))
		}
		return g, min(g+n, len(a.new))
	}
	return a.mapPos(start), a.mapPos(end)
}

// mapPos maps an old offset to the new text through the nearest anchor
// before it, never past the next anchor.
func (a *Anchorer) mapPos(x int) int {
	as := a.anchors
	if len(as) == 0 {
		if len(a.old) == 0 {
			return 0
		}
		return min(x*len(a.new)/len(a.old), len(a.new))
	}
	i := sort.Search(len(as), func(i int) bool { return as[i].old > x }) - 1
	if i < 0 {
		return max(0, as[0].new-(as[0].old-x))
	}
	y := as[i].new + (x - as[i].old)
	if i+1 < len(as) {
		y = min(y, as[i+1].new)
	}
	return min(y, len(a.new))
}

// nearestExact returns the occurrence of q that keeps the coding's shape
// nearest to exp.
func (a *Anchorer) nearestExact(q []rune, p profile, exp int) (int, bool) {
	// Most codings sit on text no edit touched: found where expected,
	// nothing can be nearer, and the whole text need not be searched.
	if exp >= 0 && exp+len(q) <= len(a.new) && slices.Equal(a.new[exp:exp+len(q)], q) && a.fits(p, exp, exp+len(q)) {
		return exp, true
	}
	best, found := 0, false
	a.eachOccurrence(string(q), func(s int) {
		if a.fits(p, s, s+len(q)) && (!found || abs(s-exp) < abs(best-exp)) {
			best, found = s, true
		}
	})
	return best, found
}

// eachOccurrence calls fn with the rune offset of every occurrence of
// needle in the new text.
func (a *Anchorer) eachOccurrence(needle string, fn func(int)) {
	if needle == "" {
		return
	}
	for b := 0; b <= len(a.newStr); {
		i := strings.Index(a.newStr[b:], needle)
		if i < 0 {
			return
		}
		b += i
		if a.runeAt == nil {
			fn(b)
		} else {
			fn(int(a.runeAt[b]))
		}
		_, size := utf8.DecodeRuneInString(a.newStr[b:])
		b += size
	}
}

// match is a candidate span, its alignment score and its similarity to
// the quote.
type match struct {
	s, e  int
	score int
	sim   float64
	ok    bool
}

// better says whether m beats n: similar enough to the quote when n is
// not, then a higher alignment score, then nearer to exp.
func (a *Anchorer) better(m, n match, exp int) bool {
	if m.ok != n.ok {
		return m.ok
	}
	if !m.ok {
		return false
	}
	if mp, np := m.sim >= a.minSim(), n.sim >= a.minSim(); mp != np {
		return mp
	}
	if m.score != n.score {
		return m.score > n.score
	}
	return abs(m.s-exp) < abs(n.s-exp)
}

// fuzzy aligns q in bounded windows around where the coding is expected
// and returns the best span that keeps the coding's shape; only when none
// there is similar enough does it look around the places pieces of q now
// occur (a passage moved, and edited too).
func (a *Anchorer) fuzzy(q []rune, p profile, expS, expE int) match {
	m := len(q)
	slack := m/4 + 16
	span := int(float64(m)/a.minSim()) + 1 // the longest a match can be
	near := []window{{expS - slack, expS + span + slack}}
	if expE-expS > span {
		near = append(near, window{expE - span - slack, expE + slack})
	}
	near = mergeWindows(near, len(a.new))
	best := a.bestOf(q, p, near, expS)
	if best.ok && best.sim >= a.minSim() {
		return best
	}
	var far []window
	for _, s := range a.seedStarts(q, expS) {
		if w := (window{s - slack, s + span + slack}); !covered(near, w, len(a.new)) {
			far = append(far, w)
		}
		if len(far) == maxSeedWindows {
			break
		}
	}
	if m := a.bestOf(q, p, mergeWindows(far, len(a.new)), expS); a.better(m, best, expS) {
		best = m
	}
	return best
}

// window is a range [lo,hi) of the new text.
type window struct{ lo, hi int }

// bestOf returns the best match of q in any of ws.
func (a *Anchorer) bestOf(q []rune, p profile, ws []window, exp int) match {
	var best match
	for _, w := range ws {
		if m := a.alignWindow(q, p, w, exp); a.better(m, best, exp) {
			best = m
		}
	}
	return best
}

// covered says whether w, clipped to a text of n runes, lies within one of
// ws.
func covered(ws []window, w window, n int) bool {
	lo, hi := max(w.lo, 0), min(w.hi, n)
	for _, v := range ws {
		if v.lo <= lo && hi <= v.hi {
			return true
		}
	}
	return false
}

func (a *Anchorer) minSim() float64 {
	if a.MinSimilarity <= 0 {
		return MinQuoteSimilarity
	}
	return a.MinSimilarity
}

// seedStarts returns where q would start, judging by exact occurrences of
// pieces of it that agree (two different pieces put the start within a few
// runes of each other: one common phrase alone is not a moved passage),
// nearest to exp first.
func (a *Anchorer) seedStarts(q []rune, exp int) []int {
	k := min(seedRunes, len(q)/2)
	if k < 4 {
		return nil
	}
	type hit struct{ start, piece int }
	var hits []hit
	for piece, off := range []int{0, len(q) / 4, len(q) / 2, 3 * len(q) / 4, len(q) - k} {
		if off+k > len(q) {
			continue
		}
		a.eachOccurrence(string(q[off:off+k]), func(o int) { hits = append(hits, hit{o - off, piece}) })
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	near := len(q)/8 + 8 // how far edits between two pieces can shift one
	var starts []int
	for i, h := range hits {
		agreed := false
		for j := i - 1; j >= 0 && h.start-hits[j].start <= near && !agreed; j-- {
			agreed = hits[j].piece != h.piece
		}
		for j := i + 1; j < len(hits) && hits[j].start-h.start <= near && !agreed; j++ {
			agreed = hits[j].piece != h.piece
		}
		// Starts within a few runes are one place: one window serves.
		if agreed && (len(starts) == 0 || h.start-starts[len(starts)-1] > near) {
			starts = append(starts, h.start)
		}
	}
	sort.Slice(starts, func(i, j int) bool { return abs(starts[i]-exp) < abs(starts[j]-exp) })
	return starts
}

// mergeWindows clips windows to the text and joins those that overlap.
func mergeWindows(ws []window, n int) []window {
	for i := range ws {
		ws[i].lo, ws[i].hi = max(0, ws[i].lo), min(n, ws[i].hi)
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].lo < ws[j].lo })
	var out []window
	for _, w := range ws {
		if w.lo >= w.hi {
			continue
		}
		if k := len(out) - 1; k >= 0 && w.lo <= out[k].hi {
			out[k].hi = max(out[k].hi, w.hi)
			continue
		}
		out = append(out, w)
	}
	return out
}

// alignWindow aligns q within w, turn by turn when the coding must stay
// inside one turn's text, and returns the best span that keeps its shape.
func (a *Anchorer) alignWindow(q []rune, p profile, w window, exp int) match {
	var best match
	for _, piece := range a.pieces(p, w) {
		m := a.align(q, piece, p.cleanStart, p.cleanEnd, exp)
		if m.ok && a.fits(p, m.s, m.e) && a.better(m, best, exp) {
			best = m
		}
	}
	return best
}

// pieces cuts a window into the parts a coding of shape p may lie in.
func (a *Anchorer) pieces(p profile, w window) []window {
	if !p.inTurn {
		return []window{w}
	}
	var out []window
	i := sort.Search(len(a.newTurns), func(i int) bool { return a.newTurns[i].end > w.lo })
	for ; i < len(a.newTurns) && a.newTurns[i].start < w.hi; i++ {
		t := a.newTurns[i]
		if t.interviewer == p.interviewer {
			if lo, hi := max(w.lo, t.start), min(w.hi, t.end); lo < hi {
				out = append(out, window{lo, hi})
			}
		}
	}
	return out
}

// Alignment scores. A match earns, an edit costs, and a quote character
// left out costs as much as a new character taken in. Rewarding matches
// (rather than only counting edits, as the similarity does) is what keeps a
// coding whole when a sentence is inserted inside it: the span with the
// insertion keeps every matched character of the quote, while a shorter
// span starting inside the inserted sentence would be as "similar" by edit
// distance but match far less of the quote. A substitution costs less than
// a deletion and an insertion, so a fixed typo aligns as one.
const (
	scoreMatch    = 2
	scoreMismatch = -3
	scoreGap      = -2
)

// The alignment keeps each cell's score and the start of its best path in
// one int: score<<startBits | start. The larger of two cells is then the
// higher score and, on equal scores, the later start (the shorter span),
// with no branch for the tie.
const (
	startBits   = 24
	startMask   = 1<<startBits - 1
	cellMatch   = scoreMatch << startBits
	cellMiss    = scoreMismatch << startBits
	cellGap     = scoreGap << startBits
	unreachable = -1 << 60
)

// align finds the span of the new text within w that aligns best with q,
// semi-globally: all of q against any substring of w. Start and end come
// from the alignment, each restricted to positions between words when clean
// says so; among equal scores the span starting nearer exp wins. The
// result's similarity is the edit-distance similarity of q and the span,
// 0 when below the anchorer's threshold. The cost is len(q) × the window's
// length, and windows are bounded by the quote's length.
func (a *Anchorer) align(q []rune, w window, cleanStart, cleanEnd bool, exp int) match {
	text := a.new[w.lo:w.hi]
	n := len(text)
	if n == 0 || n > startMask {
		return match{}
	}
	a.prev, a.cur = grow(a.prev, n+1), grow(a.cur, n+1)
	prev, cur := a.prev, a.cur
	for j := 0; j <= n; j++ {
		prev[j] = j
		if cleanStart && cutsWord(a.new, w.lo+j) {
			prev[j] = unreachable
		}
	}
	for i := 1; i <= len(q); i++ {
		qc := q[i-1]
		cur[0] = prev[0] + cellGap
		left := cur[0]
		for j, tc := range text {
			d := prev[j] + cellMiss
			if tc == qc {
				d = prev[j] + cellMatch
			}
			left = max(d, prev[j+1]+cellGap, left+cellGap)
			cur[j+1] = left
		}
		prev, cur = cur, prev
	}
	best, bestScore := match{}, unreachable
	for j := 1; j <= n; j++ {
		v := prev[j]
		if v < unreachable/2 || cleanEnd && cutsWord(a.new, w.lo+j) {
			continue
		}
		sc, s := v>>startBits, v&startMask
		if j <= s {
			continue
		}
		if sc > bestScore || sc == bestScore && abs(w.lo+s-exp) < abs(best.s-exp) {
			best, bestScore = match{s: w.lo + s, e: w.lo + j, ok: true}, sc
		}
	}
	if best.ok {
		best.score = bestScore
		best.sim = a.similarity(q, a.new[best.s:best.e])
	}
	return best
}

// similarity is 1 - edit distance / the longer length of q and t, or 0
// when that is below the anchorer's threshold (the edit distance is then
// not computed in full).
func (a *Anchorer) similarity(q, t []rune) float64 {
	longer := max(len(q), len(t))
	if longer == 0 {
		return 1
	}
	// The epsilon keeps a span exactly at the threshold (1 - 0.8 is not
	// exactly 0.2 in floating point).
	d, ok := bandedLevenshtein(q, t, int(float64(longer)*(1-a.minSim())+1e-9))
	if !ok {
		return 0
	}
	return 1 - float64(d)/float64(longer)
}

func grow(b []int, n int) []int {
	if cap(b) < n {
		return make([]int, n)
	}
	return b[:n]
}

// fuzzyLong places a long quote: its first runes are aligned near the
// expected start, its last runes near the expected end, and the span
// between is kept if the whole is similar enough, which is checked
// within a band of edits (a banded edit distance costs length × band, not
// length squared).
func (a *Anchorer) fuzzyLong(q []rune, p profile, expS, expE int) match {
	head, tail := q[:edgeRunes], q[len(q)-edgeRunes:]
	headP, tailP := p, p
	headP.cleanEnd, tailP.cleanStart = false, false
	slack := edgeRunes/4 + 16
	span := int(float64(edgeRunes)/a.minSim()) + 1
	h := a.bestIn(head, headP, window{expS - slack, expS + span + slack}, expS)
	t := a.bestIn(tail, tailP, window{expE - span - slack, expE + slack}, expE-edgeRunes)
	if !h.ok || !t.ok || t.e <= h.s || !a.fits(p, h.s, t.e) {
		return match{}
	}
	return match{s: h.s, e: t.e, sim: a.similarity(q, a.new[h.s:t.e]), ok: true}
}

// bestIn aligns part of a quote in one window, cut into the pieces its
// shape allows. The part's own ends need not fit the whole's shape, so
// only the turn pieces and the word boundaries asked for apply.
func (a *Anchorer) bestIn(q []rune, p profile, w window, exp int) match {
	ws := mergeWindows([]window{w}, len(a.new))
	if len(ws) == 0 {
		return match{}
	}
	var best match
	for _, piece := range a.pieces(p, ws[0]) {
		if m := a.align(q, piece, p.cleanStart, p.cleanEnd, exp); a.better(m, best, exp) {
			best = m
		}
	}
	return best
}

// bandedLevenshtein returns the edit distance of a and b if it is at most
// limit, computing only the cells within limit of the diagonal: the cost is
// len(a) × limit, not len(a) × len(b).
func bandedLevenshtein(a, b []rune, limit int) (int, bool) {
	if limit < 0 || abs(len(a)-len(b)) > limit {
		return 0, false
	}
	inf := limit + 1 // any distance past the limit is as good as infinite
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = min(j, inf)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-limit), min(len(b), i+limit)
		cur[lo-1] = inf
		if lo == 1 {
			cur[0] = min(i, inf)
		}
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			d := prev[j-1]
			if a[i-1] != b[j-1] {
				d++
			}
			// prev[hi] lies outside the previous row's band when hi grew.
			up := inf
			if j < i-1+limit+1 {
				up = prev[j]
			}
			d = min(d, up+1, cur[j-1]+1, inf)
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if rowMin >= inf {
			return 0, false
		}
		prev, cur = cur, prev
	}
	if d := prev[len(b)]; d <= limit {
		return d, true
	}
	return 0, false
}

// cutsWord says whether offset i of r falls inside a word.
func cutsWord(r []rune, i int) bool {
	return i > 0 && i < len(r) && isWordRune(r[i-1]) && isWordRune(r[i])
}

func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\''
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c) || c == '’'
}

// storedTurns converts stored turns to spans, each label running from the
// end of the turn before.
func storedTurns(turns []corpus.Turn, n int) []turnSpan {
	ts := append([]corpus.Turn(nil), turns...)
	sort.Slice(ts, func(i, j int) bool { return ts[i].Start < ts[j].Start })
	out := make([]turnSpan, 0, len(ts))
	from := 0
	for _, t := range ts {
		s, e := max(t.Start, from), min(t.End, n)
		if s > e {
			continue
		}
		out = append(out, turnSpan{from: from, start: s, end: e, interviewer: t.Interviewer})
		from = e
	}
	return out
}

// textTurns finds turns in a canonical text: blocks separated by blank
// lines, each opened by a "Speaker: " label; a turn is an interviewer's
// when its label starts with "Interviewer".
func textTurns(r []rune) []turnSpan {
	var out []turnSpan
	from := 0
	for i := 0; i < len(r); {
		end := blockEnd(r, i)
		start := i + labelLen(r[i:end])
		out = append(out, turnSpan{from: from, start: start, end: end,
			interviewer: strings.HasPrefix(strings.ToLower(strings.Trim(string(r[i:start]), "* ")), "interviewer")})
		from = end
		i = end
		for i < len(r) && r[i] == '\n' {
			i++
		}
	}
	return out
}

func blockEnd(r []rune, i int) int {
	for j := i; j+1 < len(r); j++ {
		if r[j] == '\n' && r[j+1] == '\n' {
			return j
		}
	}
	return len(r)
}

// labelLen is the length of a block's "Speaker: " label, 0 if it has none.
func labelLen(block []rune) int {
	for j := 0; j+1 < len(block) && j < 40; j++ {
		switch block[j] {
		case '.', '?', '!', '\n':
			return 0
		case ':':
			if block[j+1] == ' ' {
				return j + 2
			}
		}
	}
	return 0
}

// buildAnchors pins old offsets to new ones: the word sequences that occur
// exactly once in each text, kept in an order both texts agree on (the
// longest increasing run), so that a passage moved elsewhere does not
// drag its neighbours' positions with it.
func buildAnchors(old, nw []rune) []anchorPair {
	oldAt := uniqueShingles(old)
	newAt := uniqueShingles(nw)
	var pairs []anchorPair
	for h, o := range oldAt {
		if o < 0 {
			continue
		}
		if n, ok := newAt[h]; ok && n >= 0 {
			pairs = append(pairs, anchorPair{o, n})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].old < pairs[j].old })
	return increasing(pairs)
}

// uniqueShingles maps the hash of each run of shingleWords words to where it
// starts, or -1 when it occurs more than once.
func uniqueShingles(r []rune) map[uint64]int {
	var starts, ends []int
	for i := 0; i < len(r); {
		for i < len(r) && !isWordRune(r[i]) {
			i++
		}
		if i == len(r) {
			break
		}
		s := i
		for i < len(r) && isWordRune(r[i]) {
			i++
		}
		starts, ends = append(starts, s), append(ends, i)
	}
	out := make(map[uint64]int, len(starts))
	for k := 0; k+shingleWords <= len(starts); k++ {
		// FNV-1a over the runes: a collision only costs an anchor.
		key := uint64(14695981039346656037)
		for _, c := range r[starts[k]:ends[k+shingleWords-1]] {
			key = (key ^ uint64(c)) * 1099511628211
		}
		if _, dup := out[key]; dup {
			out[key] = -1
		} else {
			out[key] = starts[k]
		}
	}
	return out
}

// increasing returns the longest run of pairs (sorted by old offset) whose
// new offsets increase too.
func increasing(pairs []anchorPair) []anchorPair {
	var tails []int // tails[k]: index of the smallest end of a run of length k+1
	parent := make([]int, len(pairs))
	for i, p := range pairs {
		k := sort.Search(len(tails), func(k int) bool { return pairs[tails[k]].new >= p.new })
		parent[i] = -1
		if k > 0 {
			parent[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([]anchorPair, len(tails))
	for i, k := tails[len(tails)-1], len(tails)-1; k >= 0; i, k = parent[i], k-1 {
		out[k] = pairs[i]
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// QuoteOffsets returns the rune offsets of every occurrence of quote in
// text, overlapping ones included: a coding sheet's quotes are placed with
// it.
func QuoteOffsets(text, quote []rune) []int { return indexAll(text, quote, 0) }

// indexAll returns the rune offsets of every occurrence of needle in hay
// at or after from (codings and redaction look quotes and names up with it).
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
		runePos += utf8.RuneCountInString(h[bytePos : bytePos+i])
		out = append(out, runePos)
		// Overlapping occurrences count: step one rune past the match start.
		_, size := utf8.DecodeRuneInString(h[bytePos+i:])
		bytePos += i + size
		runePos++
	}
}
