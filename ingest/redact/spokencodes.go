package redact

import "strings"

// Codes read aloud letter by letter and digit by digit: "K, eight-oh-four,
// one-one-seven, three-nine-two", "A-D zero five one two, seven seven
// four", "T, M, K, stroke, W, Z, stroke, zero one four one",
// "four-five-seven-seven-one-two-eight-three, G". findSpokenNumbers reads
// the digits; the letters between them break its runs, and the digits of
// each piece are too few to judge. Said so, with letters among the
// digits, nothing but a code is read out: no cue is asked for.

// codePart is a piece of a code read aloud: a letter, a separator said as
// a word, or a number's word or digits.
type codePart struct {
	start, end int
	letter     bool
	separator  bool
	tok        spokenTok
}

// findSpokenCodes finds codes read aloud with letters among their digits:
// a run of capitals (one or two, set off by a comma or a hyphen), digits
// said or written, and separators said as words, with four digits or more
// and a letter at least; not digits counting up or down ("A, B, one, two,
// three, four").
func findSpokenCodes(text string) []candidate {
	var out []candidate
	var run []codePart
	flush := func() {
		if c, ok := spokenCode(text, run); ok {
			out = append(out, c)
		}
		run = run[:0]
	}
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) && !isDigitByte(text[i]) {
			i++
			continue
		}
		p, ok := readCodePart(text, i)
		if !ok {
			flush()
			i = p.end
			continue
		}
		if n := len(run); n > 0 && !codeGap(text[run[n-1].end:p.start]) {
			flush()
		}
		run = append(run, p)
		i = p.end
	}
	flush()
	return out
}

// readCodePart reads the word or digits at i as a piece of a code read
// aloud: a letter only where a comma, a hyphen or the sentence's end
// follows it, or a hyphen precedes it ("K, eight", "I-six", "seven, G.";
// not "In 2022, I moved").
func readCodePart(text string, i int) (codePart, bool) {
	j := i
	for j < len(text) && (isASCIILetter(text[j]) || isDigitByte(text[j])) {
		j++
	}
	w := text[i:j]
	p := codePart{start: i, end: j}
	switch {
	case (len(w) == 1 || len(w) == 2) && strings.ToUpper(w) == w && isASCIILetter(w[0]) && (len(w) == 1 || isASCIILetter(w[1])):
		p.letter = codeLetter(text, i, j)
		return p, p.letter
	case strings.EqualFold(w, "stroke") || saidSeparator(w):
		p.separator = true
		return p, true
	}
	t, ok := spokenToken(text, i)
	if !ok || t.repeat > 0 || t.hundred {
		return codePart{start: i, end: t.end}, false
	}
	p.tok, p.end = t, t.end
	return p, true
}

// pronounOne reports whether p is "one" said for a thing after a word
// that picks it out ("the old one, B-1180, 3900 Nuuk"), not a digit.
func pronounOne(text string, p codePart) bool {
	if p.letter || p.separator || !strings.EqualFold(text[p.start:p.end], "one") {
		return false
	}
	f := strings.Fields(text[max(0, p.start-16):p.start])
	return len(f) > 0 && oneTakers[strings.ToLower(f[len(f)-1])]
}

// oneTakers are the words before "one" said for a thing.
var oneTakers = setOf(`the a an old new this that which each every no any another other same last first next right wrong good only big small little`)

// codeLetter reports whether the capitals text[i:j] are a code's letter:
// set off by a comma, a hyphen or the sentence's end after them, or a
// hyphen before; not a common acronym ("GP,", "OK,", "TV,"); "I" only
// joined to what follows ("I-six", not "I- I", a stammer, nor "I," the
// speaker); a letter before a full stop only where no letter follows it
// ("…, G.", "…six seven V."; not "ten-thirty A.M."); not "A" of
// "A-and-E".
func codeLetter(text string, i, j int) bool {
	w := text[i:j]
	before, after := text[max(0, i-1):i], text[j:min(len(text), j+1)]
	switch {
	case commonAcronyms[w] || spokenAcronyms[w]:
		return false
	case w == "I":
		return after == "-" && j+1 < len(text) && isASCIILetter(text[j+1])
	case after == ".":
		return j+1 >= len(text) || !isASCIILetter(text[j+1])
	case after == "-" && strings.HasPrefix(text[j:], "-and"):
		return false
	}
	return after == "," || after == "-" || after == "" || before == "-"
}

// spokenAcronyms are capitals said in interviews beside numbers that name
// no code: "OK,", "the GP,", "the TV,", "ASAP".
var spokenAcronyms = setOf(`OK GP TV AM PM ER AE BP OD BD TDS QDS PRN UK US EU`)

// collapseRepeats drops each digit that repeats the one before it: a list
// said with its last number twice ("five, six, seven, eight-A, eight-B")
// counts as one said once.
func collapseRepeats(d string) string {
	var b strings.Builder
	for i := 0; i < len(d); i++ {
		if i == 0 || d[i] != d[i-1] {
			b.WriteByte(d[i])
		}
	}
	return b.String()
}

// btoi is 1 for true.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// codeGap reports whether the text between two pieces of a code joins
// them: spaces, a comma, a hyphen or a dash, as spokenGap allows.
func codeGap(g string) bool {
	return g != "" && spokenGap(g)
}

// spokenCode judges a run of pieces: a code when it has a letter and is
// read digit by digit, as codes are: four single digits or more (not the
// second digit of "fifty-two") with a run of three together somewhere, at
// most two numbers said as tens or teens ("L-A-V-L, five-five, five-one,
// twenty-two fourteen"), some said in words (written digits with a letter
// are the other finders' to judge: "DS-2019", a form), and digits that do
// not count: not a game's or a ward's letter-and-number pairs ("D-four,
// D-five, C-four"), readings, ages or years ("B-twelve, two-fifty",
// "fifty-two, fifty-three"). Digits that make a phone with a letter beside
// them are taken whole as a code ("K, eight-oh-four, one-one-seven,
// three-nine-two"): hidden either way.
func spokenCode(text string, run []codePart) (candidate, bool) {
	for len(run) > 0 && (run[0].separator || pronounOne(text, run[0])) {
		run = run[1:]
	}
	for len(run) > 0 && run[len(run)-1].separator {
		run = run[:len(run)-1]
	}
	letters, words, singles, tensTeens, block, longest := 0, 0, 0, 0, 0, 0
	var toks []spokenTok
	for k, p := range run {
		if p.letter || p.separator {
			letters += btoi(p.letter)
			block = 0
			continue
		}
		toks = append(toks, p.tok)
		words += btoi(p.tok.word)
		joined := k > 0 && run[k-1].tok.tens && text[run[k-1].end:p.start] == "-"
		singles += btoi(len(p.tok.digits) == 1 && !joined)
		tensTeens += btoi(p.tok.tens || p.tok.teen)
		block++
		longest = max(longest, block)
	}
	if letters == 0 || words == 0 || singles < 4 || tensTeens > 2 || longest < 3 {
		return candidate{}, false
	}
	if d := readSpoken(text, toks).digits; len(d) < 4 || counting(collapseRepeats(d)) {
		return candidate{}, false
	}
	return candidate{kind: ID, start: run[0].start, end: run[len(run)-1].end}, true
}
