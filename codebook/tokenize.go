package codebook

import (
	"unicode"
	"unicode/utf8"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
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

// Tokenize splits text into words: runs of Unicode letters and digits (with
// combining marks), keeping apostrophes inside words (don't, it's,
// o'clock). Everything else separates words.
func Tokenize(text string) []Token {
	var out []Token
	var st stemmer
	var lower []byte
	sc := scanner{text: text}
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
	var st stemmer
	var lower []byte
	sc := scanner{text: text}
	for sc.next() {
		lower = appendLower(lower[:0], text[sc.bStart:sc.bEnd], sc.ascii)
		if keep(lower) {
			fn(st.stem(stripPossessive(lower), sc.ascii))
		}
	}
}

// scanner walks a text word by word, keeping byte and rune offsets and the
// sentence and paragraph (blank-line separated block) of each word.
type scanner struct {
	text string
	pos  int // byte offset of the next unread rune
	rpos int // rune offset of the next unread rune

	started            bool
	pendSent, pendPara bool
	lastStart, lastEnd int // byte offsets of the previous word

	// The current word.
	bStart, bEnd   int
	rStart, rEnd   int
	sentence, para int
	ascii          bool
}

// next advances to the next word and reports whether there is one.
func (s *scanner) next() bool {
	for s.pos < len(s.text) {
		c := s.text[s.pos]
		if c < utf8.RuneSelf {
			switch {
			case isASCIIWord(c):
				s.word()
				return true
			case c == '.' || c == '?' || c == '!':
				s.terminator()
			case c == '\n':
				s.newlines()
			default:
				s.pos++
				s.rpos++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s.text[s.pos:])
		switch {
		case isWordStart(r):
			s.word()
			return true
		case r == '…':
			s.terminator()
		default:
			s.pos += n
			s.rpos++
		}
	}
	return false
}

func (s *scanner) word() {
	s.bStart, s.rStart = s.pos, s.rpos
	ascii := true
	for s.pos < len(s.text) {
		c := s.text[s.pos]
		if c < utf8.RuneSelf {
			if isASCIIWord(c) || (c == '\'' && s.wordAt(s.pos+1)) {
				s.pos++
				s.rpos++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s.text[s.pos:])
		if isWordRune(r) || (isApostrophe(r) && s.wordAt(s.pos+n)) {
			ascii = false
			s.pos += n
			s.rpos++
			continue
		}
		break
	}
	s.bEnd, s.rEnd = s.pos, s.rpos
	s.ascii = ascii
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

// wordAt reports whether a word starts at byte offset p.
func (s *scanner) wordAt(p int) bool {
	if p >= len(s.text) {
		return false
	}
	c := s.text[p]
	if c < utf8.RuneSelf {
		return isASCIIWord(c)
	}
	r, _ := utf8.DecodeRuneInString(s.text[p:])
	return isWordStart(r)
}

// terminator consumes a run of . ? ! … and the closing quotes and brackets
// after it, and notes a sentence boundary unless the run is the dot of an
// abbreviation or is followed directly by a word (3.5, e.g).
func (s *scanner) terminator() {
	afterWord := s.started && s.pos == s.lastEnd
	dots, others := 0, 0
run:
	for s.pos < len(s.text) {
		r, n := utf8.DecodeRuneInString(s.text[s.pos:])
		switch r {
		case '.':
			dots++
		case '?', '!', '…':
			others++
		default:
			break run
		}
		s.pos += n
		s.rpos++
	}
	for s.pos < len(s.text) {
		r, n := utf8.DecodeRuneInString(s.text[s.pos:])
		if !isCloser(r) {
			break
		}
		s.pos += n
		s.rpos++
	}
	if s.wordAt(s.pos) {
		return
	}
	if dots == 1 && others == 0 && afterWord && isAbbrev(s.text[s.lastStart:s.lastEnd]) {
		return
	}
	s.pendSent = true
}

// newlines consumes a run of white space starting at a newline and notes a
// paragraph (and so sentence) boundary when it holds a blank line.
func (s *scanner) newlines() {
	n := 0
ws:
	for s.pos < len(s.text) {
		switch s.text[s.pos] {
		case '\n':
			n++
		case ' ', '\t', '\r', '\v', '\f':
		default:
			break ws
		}
		s.pos++
		s.rpos++
	}
	if n >= 2 {
		s.pendSent, s.pendPara = true, true
	}
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isWordStart reports whether r can start a word.
func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isWordRune reports whether r can continue a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
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
// a few common short forms, and single letters other than "I" (initials,
// the letters of e.g. and i.e.).
func isAbbrev(w string) bool {
	if len(w) == 1 {
		return w != "I"
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
	for _, r := range word {
		if isApostrophe(r) {
			dst = append(dst, '\'')
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// stripPossessive removes a final 's, as bleve's possessive_en filter does.
func stripPossessive(lower []byte) []byte {
	n := len(lower)
	if n > 2 && lower[n-1] == 's' && lower[n-2] == '\'' {
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
