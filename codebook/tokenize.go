package codebook

import (
	"strings"
	"unicode"
	"unicode/utf8"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
	"github.com/blevesearch/segment"
)

// Token is one word of a text as the matcher sees it.
type Token struct {
	// Text is the word as written in the input.
	Text string
	// Lower is Text in lower case, with the apostrophes ’ ＇ ʼ written as '.
	Lower string
	// Stem is the Porter stem of Lower after removing a possessive 's, as
	// bleve's "en" analyser computes it ("boundaries" and "boundary" both
	// give "boundari"; "Mum's" gives "mum").
	Stem string
	// Start and End are rune offsets of Text in the input, end exclusive.
	Start, End int
	// Sentence counts sentences from 0. It goes up after . ? ! or … that
	// end a sentence (not after abbreviations such as Dr. Mrs. e.g. or a
	// decimal point) and after a blank line.
	Sentence int
}

// Tokenize splits text into words exactly as the search index does (bleve's
// unicode tokenizer: Unicode word boundaries, UAX #29), so that a rule and a
// search for the same word agree: "don't" and "3.5" are one word, "self-care"
// two; a test in package corpus holds the two to the same terms on real
// transcripts and on fuzzed text.
func Tokenize(text string) []Token {
	var out []Token
	var st stemmer
	var lower []byte
	sc := newScanner(text)
	for sc.next() {
		w := text[sc.bStart:sc.bEnd]
		lower = appendLower(lower[:0], w, sc.ascii)
		stem := st.stem(stripPossessive(lower), sc.ascii)
		out = append(out, Token{
			Text:     w,
			Lower:    string(lower),
			Stem:     string(stem),
			Start:    sc.rStart,
			End:      sc.rEnd,
			Sentence: sc.sentence,
		})
	}
	return out
}

// EachStem calls fn with the Porter stem (as Token.Stem) of every word of
// text whose lower-case form keep accepts. Both slices are valid only
// during the call: unlike Tokenize, it allocates nothing per word, for
// callers that only count stems.
func EachStem(text string, keep func(lower []byte) bool, fn func(stem []byte)) {
	EachWordStem(text, keep, func(_, _ int, stem []byte) { fn(stem) })
}

// EachWordStem is EachStem with each word's byte offsets in text, so that
// a stem can be shown as the word it was said as ("sai" as "said").
func EachWordStem(text string, keep func(lower []byte) bool, fn func(start, end int, stem []byte)) {
	var st stemmer
	var lower []byte
	sc := newScanner(text)
	for sc.next() {
		lower = appendLower(lower[:0], text[sc.bStart:sc.bEnd], sc.ascii)
		if keep(lower) {
			fn(sc.bStart, sc.bEnd, st.stem(stripPossessive(lower), sc.ascii))
		}
	}
}

// StemCache remembers the stems EachWordStemCached has worked out, for a
// caller that reads the same few words again and again (a phrase checked
// around each of its places in thousands of texts: stemming "coordinator"
// was a sixth of such a search). The zero value is ready to use; it keeps
// at most maxCachedStems words.
type StemCache struct {
	st stemmer
	m  [2]map[string][]byte // by whether the word is ASCII, as stemmer.stem is told
}

// maxCachedStems bounds a StemCache: past it, words are stemmed as they come.
const maxCachedStems = 1 << 16

// stem is stemmer.stem, looked up first.
func (c *StemCache) stem(w []byte, ascii bool) []byte {
	if ascii && len(w) <= 2 {
		return w // stemmer.stem's own shortcut
	}
	k := 0
	if ascii {
		k = 1
	}
	if s, ok := c.m[k][string(w)]; ok {
		return s
	}
	s := c.st.stem(w, ascii)
	if c.m[k] == nil {
		c.m[k] = map[string][]byte{}
	}
	if len(c.m[k]) < maxCachedStems {
		c.m[k][string(w)] = append([]byte(nil), s...)
	}
	return s
}

// EachWordStemCached is EachWordStem of every word, the stems looked up in
// (and added to) c: the same words, offsets and stems. A stem is valid only
// during the call and must not be changed.
func EachWordStemCached(text string, c *StemCache, fn func(start, end int, stem []byte)) {
	var lower []byte
	sc := newScanner(text)
	for sc.next() {
		lower = appendLower(lower[:0], text[sc.bStart:sc.bEnd], sc.ascii)
		fn(sc.bStart, sc.bEnd, c.stem(stripPossessive(lower), sc.ascii))
	}
}

// scanner walks a text word by word, with the word boundaries of Unicode
// text segmentation, keeping byte and rune offsets and the sentence and
// paragraph (blank-line separated block) of each word.
type scanner struct {
	text string
	seg  *segment.Segmenter
	pos  int // byte offset of the next unread segment
	rpos int // rune offset of the next unread segment

	started            bool
	pendSent, pendPara bool
	lastStart, lastEnd int // byte offsets of the previous word

	// A run of sentence terminators (. ? ! …) seen since the last word,
	// and the closing quotes and brackets after it.
	inRun, runClosed bool
	runAfterWord     bool
	dots, others     int
	// newlines counts the newlines of a run of white space begun by one.
	newlines  int
	inNewline bool

	// The current word.
	bStart, bEnd   int
	rStart, rEnd   int
	sentence, para int
	ascii          bool
}

func newScanner(text string) scanner {
	return scanner{text: text, seg: segment.NewWordSegmenterDirect([]byte(text))}
}

// next advances to the next word and reports whether there is one.
func (s *scanner) next() bool {
	for s.seg.Segment() {
		b := s.seg.Bytes()
		start, rstart := s.pos, s.rpos
		s.pos += len(b)
		s.rpos += runeCount(b)
		if s.seg.Type() == segment.None {
			s.gap(b, start)
			continue
		}
		s.word(start, rstart)
		return true
	}
	return false
}

func runeCount(b []byte) int {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return utf8.RuneCount(b)
		}
	}
	return len(b)
}

// word makes the segment just read the current word, first settling what
// the gap before it said about sentences and paragraphs.
func (s *scanner) word(start, rstart int) {
	if s.inRun {
		// Terminators (and closers) directly followed by a word: no
		// boundary.
		s.inRun, s.runClosed, s.dots, s.others = false, false, 0, 0
	}
	s.inNewline = false
	s.bStart, s.bEnd, s.rStart, s.rEnd = start, s.pos, rstart, s.rpos
	s.ascii = true
	for i := start; i < s.pos; i++ {
		if s.text[i] >= utf8.RuneSelf {
			s.ascii = false
			break
		}
	}
	if s.started {
		if s.pendSent {
			s.sentence++
		}
		if s.pendPara {
			s.para++
		}
	}
	s.started = true
	s.pendSent, s.pendPara = false, false
	s.lastStart, s.lastEnd = s.bStart, s.bEnd
}

// gap reads a segment between words: sentence terminators, closing
// punctuation, white space and anything else.
func (s *scanner) gap(b []byte, start int) {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		at := start + i
		i += n
		switch {
		case r == '.' || r == '?' || r == '!' || r == '…':
			if !s.inRun || s.runClosed {
				s.endRun()
				s.inRun, s.runAfterWord = true, s.started && at == s.lastEnd
			}
			if r == '.' {
				s.dots++
			} else {
				s.others++
			}
			s.inNewline = false
		case s.inRun && isCloser(r):
			s.runClosed = true
		default:
			s.endRun()
			s.runClosed = false
			s.whiteSpace(r)
		}
	}
}

// endRun settles a run of terminators that a word did not follow
// directly: a sentence ends, unless the run is the one dot of an
// abbreviation (Dr. Mrs. e.g).
func (s *scanner) endRun() {
	if !s.inRun {
		return
	}
	abbrev := s.dots == 1 && s.others == 0 && s.runAfterWord && isAbbrev(s.text[s.lastStart:s.lastEnd])
	if !abbrev {
		s.pendSent = true
	}
	s.inRun, s.runClosed, s.dots, s.others = false, false, 0, 0
}

// whiteSpace notes a paragraph (and so sentence) boundary at a blank line:
// a run of white space, begun by a newline, holding two.
func (s *scanner) whiteSpace(r rune) {
	switch r {
	case '\n':
		if !s.inNewline {
			s.inNewline, s.newlines = true, 0
		}
		s.newlines++
		if s.newlines >= 2 {
			s.pendSent, s.pendPara = true, true
		}
	case ' ', '\t', '\r', '\v', '\f':
	default:
		s.inNewline = false
	}
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '＇' || r == 'ʼ'
}

// isCloser reports whether r may close a sentence after its full stop.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '’', '”', '»', '›', '＇':
		return true
	}
	return false
}

// isAbbrev reports whether a word followed by a single dot is an
// abbreviation rather than the end of a sentence: titles (Dr, Mrs, Prof),
// a few common short forms, single letters other than "I" (initials), and
// words with inner dots (e.g, i.e, Ph.D).
func isAbbrev(w string) bool {
	if len(w) == 1 {
		return w != "I"
	}
	if strings.Contains(w, ".") {
		return true // e.g. i.e. Ph.D. U.S.: one word with its inner dots
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) {
		return unicode.IsLetter(r)
	}
	if len(w) > 6 {
		return false
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "st", "sr", "jr",
		"vs", "cf", "approx", "dept", "fig", "hon", "capt", "sgt", "lt",
		"gen", "gov", "mt", "ft", "no", "nos", "vol", "pp", "ed", "eds",
		"ca", "est", "inc", "ltd":
		return true
	}
	return false
}

// appendLower appends the lower-case form of word to dst, writing the
// apostrophes ’ ＇ ʼ as '.
func appendLower(dst []byte, word string, ascii bool) []byte {
	if ascii {
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	for i, r := range word {
		if isApostrophe(r) {
			dst = append(dst, '\'')
			continue
		}
		l := unicode.ToLower(r)
		if l == 'σ' && i+utf8.RuneLen(r) == len(word) {
			l = 'ς' // a final sigma, as bleve's to_lower writes it
		}
		dst = utf8.AppendRune(dst, l)
	}
	return dst
}

// stripPossessive removes a final 's, as bleve's possessive_en filter does.
func stripPossessive(lower []byte) []byte {
	n := len(lower)
	if n >= 2 && lower[n-1] == 's' && lower[n-2] == '\'' {
		return lower[:n-2]
	}
	return lower
}

// stemmer applies the Porter stemmer to lower-case words, reusing its
// buffers between calls. The zero value is ready to use.
type stemmer struct {
	runes []rune
	out   []byte
}

// stem returns the Porter stem of the lower-case word w. The result is
// valid until the next call.
func (st *stemmer) stem(w []byte, ascii bool) []byte {
	if ascii && len(w) <= 2 {
		return w
	}
	st.runes = st.runes[:0]
	if ascii {
		for _, c := range w {
			st.runes = append(st.runes, rune(c))
		}
	} else {
		for i := 0; i < len(w); {
			r, n := utf8.DecodeRune(w[i:])
			st.runes = append(st.runes, r)
			i += n
		}
	}
	res := porterstemmer.StemWithoutLowerCasing(st.runes)
	st.out = st.out[:0]
	for _, r := range res {
		if r < utf8.RuneSelf {
			st.out = append(st.out, byte(r))
		} else {
			st.out = utf8.AppendRune(st.out, r)
		}
	}
	return st.out
}
