package redact

import (
	"slices"
	"strings"
)

// groupedNumberRE is a number in three to five groups of digits, an area
// code in brackets first or not: "4 38 22 41", "982 58 11 34", "79.21.55",
// "(951) 571 02 36", or set apart by a slash with its trunk "0" ("030 /
// 689 34 417", as Germany writes it).
var groupedNumberRE = lazyRE(`(?:\(\d{1,4}\)[ \t]?|\b0\d{1,4}[ \t]?/[ \t]?)?\b\d{1,4}(?:[ .\-]\d{2,4}){2,4}\b`)

// findPhonesBesidePhones finds, in a document where a phone was found,
// more numbers of six to eleven digits in groups, each standing as a
// clause of its own ("Or the office, 4 38 22 41, ask for me", "The
// health centre, 982 58 11 34."): people who give one number give the
// others the same way, and the cue of the first is far behind. A number
// found as something else (a date, an ID), an amount in thousands or a
// number followed by what it counts is none.
func findPhonesBesidePhones(text string, digitWins []span, found []candidate) []candidate {
	if !slices.ContainsFunc(found, func(c candidate) bool { return c.kind == Phone }) {
		return nil
	}
	var out []candidate
	eachMatch(groupedNumberRE(), text, digitWins, func(m []int) {
		s, e := m[0], m[1]
		raw := text[s:e]
		d := digitsOf(raw)
		if len(d) < 6 || len(d) > 11 || !numberBoundary(text, s, e) || !clauseEnds(text, e) || !clauseBefore(text, s) ||
			strings.HasSuffix(raw, "000") || countAfterRE().MatchString(text[e:min(len(text), e+16)]) {
			return
		}
		if slices.ContainsFunc(found, func(c candidate) bool { return c.start < e && s < c.end }) {
			return // a date ("1959-11-03"), an ID or the phone itself
		}
		out = append(out, candidate{kind: Phone, start: s, end: e})
	})
	return out
}

// clauseBefore reports whether a clause starts at s: a comma, a colon, a
// dash or the start of a line or sentence before it, or "is".
func clauseBefore(text string, s int) bool {
	before := strings.TrimRight(text[max(0, s-8):s], " \t\u00a0")
	if before == "" || strings.ContainsAny(before[len(before)-1:], ",:—–.!?\n") {
		return true
	}
	return strings.HasSuffix(before, " is") || strings.HasSuffix(before, " was")
}

// bracketedLandline reports whether a number has its area code in
// brackets and the rest in three groups or more, the last two of two
// digits, as landlines of the former Soviet Union are written ("0 (3222)
// 5-47-18", "(69) 227-14-53"): a phone even where the sentence goes on,
// where "(120) 80-90" and "(350) 420-510" are readings.
func bracketedLandline(raw string) bool {
	gs := groupsAfterBracket(raw)
	return len(gs) >= 3 && len(gs[len(gs)-1]) == 2 && len(gs[len(gs)-2]) == 2
}

// trunkBracketed reports whether a landline is written whole, its trunk
// digit before the bracketed area code ("8 (41136) 3-22-71", "0 (3222)
// 5-47-18"): a phone with no word for it said.
func trunkBracketed(raw string) bool {
	trunk, _, _ := strings.Cut(raw, "(")
	return (strings.TrimRight(trunk, " ") == "8" || strings.TrimRight(trunk, " ") == "0") && bracketedLandline(raw)
}

// oneDigitAfterBracket reports whether a single digit follows the
// bracketed area code ("(3222) 5-47-18").
func oneDigitAfterBracket(raw string) bool {
	gs := groupsAfterBracket(raw)
	return len(gs) > 0 && len(gs[0]) == 1
}

// groupsAfterBracket returns the digit groups after a bracketed area
// code, or none where there is no bracket.
func groupsAfterBracket(raw string) []string {
	if _, rest, ok := strings.Cut(raw, ")"); ok {
		return splitGroups(rest)
	}
	return nil
}

// shortLineRE is a landline of five digits, two then three, as small
// island states write them ("40 127"), its country's code in brackets
// before or not ("(677) 22 815").
var shortLineRE = lazyRE(`\(\d{3}\)[ \t]?\d{2} \d{3}\b|\b\d{2} \d{3}\b`)

// shortLineCueRE is a verb of phoning or a phone's noun, then the rest of
// its clause up to the comma or colon the number follows: "Ring Sister
// Rhoda at the clinic, 40 127", "I rang them, 21 498", "the clinic
// number, 60 224".
var shortLineCueRE = lazyRE(`(?i)\b(?:ring|rang|rung|call|phone|phoned|number|line|landline|tel)\b[^.!?;\n\d]{0,32}[,:][ \t]*$`)

// findShortLines finds phones of five digits set off as a clause of their
// own just after a verb of phoning or a phone's noun. Five digits are a
// count or an amount as often as a phone, so the cue must be in the same
// clause and the number must end it.
func findShortLines(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(shortLineRE(), text, digitWins, func(m []int) {
		s, e := m[0], m[1]
		if !numberBoundary(text, s, e) || !clauseEnds(text, e) || countAfterRE().MatchString(text[e:min(len(text), e+16)]) ||
			!shortLineCueRE().MatchString(text[max(0, s-64):s]) {
			return
		}
		out = append(out, candidate{kind: Phone, start: s, end: e})
	})
	return out
}
