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
		before, after := text[max(0, i-1):i], text[j:min(len(text), j+1)]
		p.letter = after == "," || after == "-" || after == "." || after == "" || before == "-"
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

// codeGap reports whether the text between two pieces of a code joins
// them: spaces, a comma, a hyphen or a dash, as spokenGap allows.
func codeGap(g string) bool {
	return g != "" && spokenGap(g)
}

// spokenCode judges a run of pieces: a code when it has a letter, four
// digits or more, some said in words (written digits with a letter are
// the other finders' to judge: "DS-2019", a form), and its digits do not
// count.
func spokenCode(text string, run []codePart) (candidate, bool) {
	for len(run) > 0 && (run[0].separator || pronounOne(text, run[0])) {
		run = run[1:]
	}
	for len(run) > 0 && run[len(run)-1].separator {
		run = run[:len(run)-1]
	}
	letters, words := 0, 0
	var toks []spokenTok
	for _, p := range run {
		switch {
		case p.letter:
			letters++
		case !p.separator:
			toks = append(toks, p.tok)
			if p.tok.word {
				words++
			}
		}
	}
	if letters == 0 || words == 0 {
		return candidate{}, false
	}
	d := readSpoken(text, toks).digits
	if len(d) < 4 || counting(d) {
		return candidate{}, false
	}
	return candidate{kind: ID, start: run[0].start, end: run[len(run)-1].end}, true
}
