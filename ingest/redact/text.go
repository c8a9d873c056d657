package redact

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// runeIndex converts byte offsets of a text to rune offsets.
type runeIndex struct {
	ascii bool
	idx   []int32 // idx[b] = runes in text[:b], for every byte offset b
}

func newRuneIndex(text string) runeIndex {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return runeIndex{ascii: true}
	}
	idx := make([]int32, len(text)+1)
	n := int32(0)
	for b := 0; b < len(text); {
		_, size := utf8.DecodeRuneInString(text[b:])
		for k := 0; k < size; k++ {
			idx[b+k] = n
		}
		n++
		b += size
	}
	idx[len(text)] = n
	return runeIndex{idx: idx}
}

func (ix runeIndex) rune(b int) int {
	if ix.ascii {
		return b
	}
	return int(ix.idx[b])
}

// Fold is the key the embedded lists are stored under; data/gen.go builds
// them with it, so that a list entry and a word of a transcript compare
// alike.
func Fold(s string) string { return fold(s) }

// accented reports whether w has a letter outside ASCII, an accent's or
// another script's ("Mỹ", "Sơn"): then it is not the English word its
// folded form spells.
func accented(w string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// fold is the comparison key of a word or phrase: NFKD, combining marks
// removed, lower case, curly apostrophes straightened, runs of white space
// collapsed to one space.
func fold(s string) string {
	if ascii := asciiFold(s); ascii != "" || s == "" {
		return ascii
	}
	s = norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case r == '‐' || r == '‑' || r == '–':
			r = '-'
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// asciiFold is fold for printable ASCII without white space; it returns ""
// for anything else.
func asciiFold(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c <= ' ' {
			return ""
		}
		upper = upper || ('A' <= c && c <= 'Z')
	}
	if !upper {
		return s
	}
	return asciiLower(s)
}

// word is one word of a document, in byte offsets. A trailing possessive
// "'s" is not part of the word.
type word struct {
	start, end int
	text       string
	key        string // fold(text)
	upper      bool   // starts with an upper-case letter
	allCaps    bool   // two or more letters, none lower case
	letters    bool   // letters (and connectors) only, no digits
	sentStart  bool   // first word of a sentence, line, turn or quotation
	possessive bool   // followed by 's
	dotAfter   bool   // immediately followed by "."
	commaAfter bool   // followed by "," (after an optional possessive)
	stopAfter  bool   // followed by sentence-ending punctuation or a line end
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isConnector(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‐' || r == 'ʼ'
}

func isOpenQuote(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '['
}

// abbrevBeforeDot are words after which a "." does not end a sentence.
var abbrevBeforeDot = setOf("dr dra mr mrs ms mx prof st mt jr sr sra srta rev revd capt cllr vs etc approx e.g i.e n s e w ne nw se sw ave apt blvd rd ln ct pl ext tel")

// tokenize splits text into words and marks sentence starts.
func tokenize(text string) []word {
	var words []word
	boundary := true // a sentence boundary was seen since the last word
	// An aside in brackets at a sentence start ("[laughs] Fair enough")
	// leaves the sentence start after it.
	asideAtStart := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			switch {
			case r == '[' || r == '(':
				asideAtStart = boundary
			case (r == ']' || r == ')') && asideAtStart:
				boundary = true
			case r == '\n':
				boundary = true
			case r == '.' || r == '!' || r == '?' || r == ':' || r == ';' || r == '…':
				boundary = true
				if r == '.' && len(words) > 0 && words[len(words)-1].end == i && abbrevBeforeDot[words[len(words)-1].key] {
					// "Dr." "St." "N." do not end a sentence: undo, unless
					// this dot is followed by a line end.
					boundary = false
				}
			}
			i += size
			continue
		}
		start := i
		end := i + size
		for end < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if isWordRune(r2) {
				end += s2
				continue
			}
			if isConnector(r2) && end+s2 < len(text) {
				r3, _ := utf8.DecodeRuneInString(text[end+s2:])
				if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
					end += s2
					continue
				}
			}
			break
		}
		w := word{start: start, end: end}
		// Possessive 's / ’s: keep it out of the word.
		if n := end - start; n > 2 {
			tail := text[:end]
			if strings.HasSuffix(tail, "'s") || strings.HasSuffix(tail, "'S") {
				w.end = end - 2
				w.possessive = true
			} else if strings.HasSuffix(tail, "’s") && n > 4 {
				w.end = end - len("’s")
				w.possessive = true
			}
		}
		w.text = text[w.start:w.end]
		w.key = fold(w.text)
		first, size := utf8.DecodeRuneInString(w.text)
		if first == 'ʻ' && size < len(w.text) {
			// A glottal stop opening a Polynesian name is part of it, but
			// the name is capitalised after it: "ʻAna", "ʻOfa".
			first, _ = utf8.DecodeRuneInString(w.text[size:])
			w.key = strings.TrimPrefix(w.key, "ʻ")
		}
		w.upper = unicode.IsUpper(first) || unicode.IsTitle(first)
		if w.key == "jesus" && strings.ContainsRune(w.text, 'ú') {
			// "Jesús" with its accent is a Spanish given name ("Jesús
			// Barraza"), not the "Jesus" the lists hold as no name.
			w.key = "jesús"
		}
		letters, lower, digits := 0, 0, 0
		for _, c := range w.text {
			switch {
			case unicode.IsLetter(c):
				letters++
				if unicode.IsLower(c) {
					lower++
				}
			case unicode.IsDigit(c):
				digits++
			}
		}
		w.allCaps = letters >= 2 && lower == 0
		w.letters = digits == 0 && letters > 0
		w.sentStart = boundary || opensQuote(text, start)
		if end < len(text) {
			w.dotAfter = text[end] == '.'
		}
		j := end
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j < len(text) {
			w.commaAfter = text[j] == ','
			w.stopAfter = text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '\n' || text[j] == ':' || text[j] == ';'
		} else {
			w.stopAfter = true
		}
		words = append(words, w)
		boundary = false
		i = end
	}
	return words
}

// opensQuote reports whether start is just after a quote mark or bracket
// that opens a quotation (it follows a space, a line start or punctuation).
func opensQuote(text string, start int) bool {
	q, qs := utf8.DecodeLastRuneInString(text[:start])
	if qs == 0 || !isOpenQuote(q) {
		return false
	}
	before := text[:start-qs]
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// splitWords returns the words of a short string such as a name.
func splitWords(s string) []string {
	ws := tokenize(s)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = s[w.start:w.end]
	}
	return out
}

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
		// Words are looked up by their folded key: "enquêtrice" is kept
		// as "enquetrice" too; not a short word, whose folded form may be
		// a name ("tía" is no title before "Tia").
		if f := fold(w); f != w && len(f) >= 5 && !strings.ContainsAny(f, " ") {
			m[f] = true
		}
	}
	return m
}

// document is a text prepared for detection.
type document struct {
	text  string
	words []word
	// placeOpeners are the first words of the places of more than one
	// word, joined by a particle, that the document names (computed on
	// first use by Detector.opensPlace).
	placeOpeners map[string]bool
	// institutions are the names of hospitals and clinics the document
	// gives, and institutionWords the words where it gives them (computed
	// on first use by institutionNamed).
	institutions     map[string]bool
	institutionWords map[int]bool
	// conditionNames are the capitalised words the document puts before
	// "syndrome" or "disease" (computed on first use by namesCondition).
	conditionNames map[string]bool
	// lowerWords are the words the document says in lower case, and
	// midWords those it capitalises in mid-sentence (computed on first use
	// by onlyOpensOrLower).
	lowerWords, midWords map[string]bool
}

// onlyOpensOrLower reports whether the document says key in lower case
// somewhere (not as a part of an e-mail spelled out, "cel underscore
// delacruz at…") and capitalises it only opening a sentence: a word of
// the speaker's language, not a name, which is capitalised in
// mid-sentence too ("thank you, Joy").
func (doc *document) onlyOpensOrLower(key string) bool {
	if doc.lowerWords == nil {
		doc.lowerWords, doc.midWords = map[string]bool{}, map[string]bool{}
		for k := range doc.words {
			w := &doc.words[k]
			switch {
			case !w.letters:
			case w.upper && !w.sentStart:
				doc.midWords[w.key] = true
			case !w.upper && !(k+1 < len(doc.words) && spelledMailJoins[doc.words[k+1].key]):
				doc.lowerWords[w.key] = true
			}
		}
	}
	return doc.lowerWords[key] && !doc.midWords[key]
}

// spelledMailJoins join the parts of an e-mail address said aloud.
var spelledMailJoins = map[string]bool{"underscore": true, "dot": true, "at": true, "dash": true, "hyphen": true}

func newDocument(text string) *document {
	return &document{text: text, words: tokenize(text)}
}

// lazyRE compiles expr when the pattern is first used, not when the
// program starts: every groundwork command links this package, and
// compiling its patterns at start cost each one 5-19 ms.
func lazyRE(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// forLines calls fn with the start and end (before the newline) of each
// line of text, in order; memory stays bounded by the caller's work per line.
func forLines(text string, fn func(ls, le int)) {
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		fn(ls, le)
		ls = le + 1
	}
}

// allCapsWord reports whether w is written in capitals only ("IU", "YOLI").
func allCapsWord(w string) bool { return strings.ToUpper(w) == w }

// holdsAny reports whether s holds one of subs, ASCII case folded.
func holdsAny(s string, subs []string) bool {
	low := asciiLower(s)
	for _, sub := range subs {
		if strings.Contains(low, sub) {
			return true
		}
	}
	return false
}

// runOnAfterDigit returns where something ending in a digit at e ends with
// what re (anchored) matches within reach bytes after it, or e.
func runOnAfterDigit(text string, e int, re *regexp.Regexp, reach int) int {
	if e == 0 || !isDigitByte(text[e-1]) {
		return e
	}
	if m := re.FindStringIndex(text[e:min(len(text), e+reach)]); m != nil {
		return e + m[1]
	}
	return e
}
