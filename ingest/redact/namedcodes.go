package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reference numbers said straight after the name of what they number:
// "the act number is Π-118/2024", "the reference was BuT-2024-117-0386",
// "the dispensary card, UT/0883", "insurance number, 船 0614-2253". Said
// there, a code of letters (of any script) and digits in groups is the
// number named, whatever the scheme; the other finders want capitals in
// Latin letters, six digits, or a cue they know by name.

// namedCodeRE is a code: up to four letters of any script or "No." (group
// 1), then digits in groups joined by "-" or "/" (group 2). The letters
// may stand apart ("乳 0726-118") or be joined ("R5-0217", "UT/0883").
var namedCodeRE = lazyRE(`(?:^|[\s(,:])((?:\p{L}{1,4}\.?(?:[ \t\x{00A0}]|[\-/])?)?)(\d{1,10}(?:[\-/]\d{1,10}){0,4})`)

// codeNamedBeforeRE is the name of what a code numbers, just before it:
// "number is", "the reference was", "card,", "health insurance,". Group 1
// is the word before "number", which may make it a phone's ("my number").
var codeNamedBeforeRE = lazyRE(`(?i)(?:\b(\p{L}+)[ \t\x{00A0}]+)?\b(?:number|no\.|reference|ref\.?|card|insurance|certificate|permit|licen[cs]e|passport|file|account|policy|membership|registration)(?:[ \t\x{00A0}]+(?:is|was|reads|said|says))?[ \t\x{00A0}]*[,:—–]?[ \t\x{00A0}]*$`)

// ownerRightBeforeRE says whose a code is, just before it: "Mine is, um,
// HC 0417-22", "his was". Only a code with letters is taken after it: a
// number alone there may be a phone.
var ownerRightBeforeRE = lazyRE(`(?i)\b(?:mine|his|hers|theirs|yours)(?:['’]s|[ \t\x{00A0}]+(?:is|was))[ \t\x{00A0}]*[,:]?(?:[ \t\x{00A0}]*(?:um|uh|erm|er)[,.]?)?[ \t\x{00A0}]*$`)

// ownedSchemeBeforeRE is a scheme's acronym said as someone's just before
// its number: "Yva's RANI is", "my NIS was". Group 1 is the acronym.
var ownedSchemeBeforeRE = lazyRE(`(?:\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Tt]heir)|\b\p{Lu}\p{Ll}+['’]s)[ \t\x{00A0}]+(\p{Lu}{2,6})(?:[ \t\x{00A0}]+(?:is|was))?[ \t\x{00A0}]*[,:]?[ \t\x{00A0}]*$`)

// ownedSchemeNamed reports whether lead ends in a scheme's acronym said as
// someone's, not a reading's or a sum's ("my BP was", "her TSH is").
func ownedSchemeNamed(lead string) bool {
	m := ownedSchemeBeforeRE().FindStringSubmatch(lead)
	if m == nil {
		return false
	}
	k := m[1]
	return !unitSuffixes[k] && !measureCodes[k] && !currencyCodes[k] && !currencyWords[k]
}

// schemeNumberShaped reports whether a code said after a scheme's acronym
// is a number of the scheme rather than a result or a date: its first
// group three digits at least, not a date ("004517/2021"; not "My CST was
// 1/2500", odds, nor "My ECG was 2024-03-12").
func schemeNumberShaped(code string) bool {
	first := strings.IndexAny(code, "-/")
	return (first < 0 || first >= 3) && !wholeMatch(dateISO(), code) && !wholeMatch(dateNum(), code)
}

// findNamedCodes finds codes said straight after the name of what they
// number, five digits at least: a code of digits alone in two groups or
// more that are no range ("1000-1500"), times, a month and year
// ("03/2027") or a phone's ("my number, 0176-2108443"); a code with
// letters of one group only with its letters joined to it ("R5-0217", not
// "KES 50000").
func findNamedCodes(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(namedCodeRE(), text, wins, func(m []int) {
		s, ds, e := m[2], m[4], m[5]
		prefix, code := text[s:ds], text[ds:e]
		lettered := prefix != ""
		if lettered && !codePrefix(prefix) {
			s, lettered = ds, false // "is 2045-887", "IU 50000", "NHS 943476": a word, a unit or the cue, not the code's letters
		}
		if !codeEnds(text, e) || !strings.ContainsAny(code, "-/") && !lettered {
			return
		}
		lead := text[max(0, s-48):s]
		cue := codeNamedBeforeRE().FindStringSubmatch(lead)
		if cue == nil && ownedSchemeNamed(lead) {
			if !schemeNumberShaped(code) {
				return
			}
			cue = []string{"", ""}
		}
		if cue == nil && !(lettered && ownerRightBeforeRE().MatchString(lead)) {
			return
		}
		digits := digitCount(code)
		if rangeOrYears(code) {
			return // "BP 140/90", "FY 2023-2024"
		}
		if lettered {
			// Not "ward number AMU 3012", "bus number SH-0420"; letters
			// said apart from a number of one group are a currency's or a
			// measure's ("KES 50000", "VL 40000").
			if digits < 5 || spacedPrefix(prefix) && !strings.ContainsAny(code, "-/") {
				return
			}
		} else if digits < 5 || phoneOwnerWords[strings.ToLower(cue[1])] || phoneSaidBefore(text, s) || numericRange(code) || timeRange(code) || monthYear(code) || dateNum().MatchString(code) || phoneWritten(code) {
			return
		}
		out = append(out, candidate{kind: ID, start: s, end: e})
	})
	return out
}

// codePrefix reports whether letters before a code's digits are its own:
// capitals, a capital inside them, letters of a script without case
// ("HC", "BuT", "Π", "対馬") or "No."; not a word, capitalised or not
// ("is", "Was"), a unit ("IU") or a number's name ("NHS").
func codePrefix(p string) bool {
	if strings.HasPrefix(p, "No.") {
		return true
	}
	if k := strings.ToUpper(strings.TrimRight(p, " \t\u00a0-/.")); unitSuffixes[k] || notIDPrefixes[k] || currencyCodes[k] || currencyWords[k] || measureCodes[k] {
		return false
	}
	for i, r := range p {
		if unicode.IsLetter(r) && !unicode.IsLower(r) && !unicode.IsUpper(r) || unicode.IsUpper(r) && (i > 0 || allUpper(p)) {
			return true
		}
	}
	return false
}

// currencyWords are currencies' short forms before an amount that
// currencyCodes lacks ("KSh 50000", "Rs 2000", "R 15000"), and
// measureCodes readings written after their name ("BP 140/90", "VL
// 40000").
var (
	currencyWords = setOf(`KSH SH SHS TSH RS R N CUP`)
	measureCodes  = setOf(`BP VL HB HBA HR WBC CD RBC PLT INR BMI FY AY SY TB PSA EGFR GFR`)
)

// allUpper reports whether every letter of s is a capital.
func allUpper(s string) bool {
	return !strings.ContainsFunc(s, unicode.IsLower)
}

// codeEnds reports whether a code ends at e: no letter or digit runs on,
// nor a decimal.
func codeEnds(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[e:])
	if unicode.IsLetter(r) && !unicode.Is(unicode.Han, r) || unicode.IsDigit(r) || r == '%' {
		return false
	}
	return !(r == '.' || r == ',') || e+1 >= len(text) || !isDigitByte(text[e+1])
}

// spacedPrefix reports whether a code's letters stand apart from its
// digits ("HC 0417-22", not "R5-0217").
func spacedPrefix(p string) bool {
	return strings.TrimRightFunc(p, unicode.IsSpace) != p
}

// timeRange reports whether a code is two times of day ("0830-0930").
func timeRange(code string) bool {
	gs := splitGroups(code)
	return len(gs) == 2 && timeOfDay(gs[0]) && timeOfDay(gs[1])
}

// phoneWritten reports whether digits in groups are written as a phone is
// ("07700-900123", "0664/8812745"): findNumbers' to judge, as a phone.
func phoneWritten(code string) bool {
	if strings.Contains(code, "/") {
		return slashedLayout(splitGroups(code))
	}
	return phoneShape(digitsOf(code), splitGroups(code), false)
}

// numericRange reports whether two groups of digits of one length are a
// range, the second greater ("1000-1500"); a leading zero makes them a
// code ("0041-2287").
func numericRange(code string) bool {
	gs := splitGroups(code)
	return len(gs) == 2 && len(gs[0]) == len(gs[1]) && gs[0][0] != '0' && gs[0] < gs[1]
}

// monthYear reports whether a code is a month and a year ("03/2027", a
// card's expiry), which names nobody.
func monthYear(code string) bool {
	gs := splitGroups(code)
	return len(gs) == 2 && len(gs[0]) <= 2 && isYear(gs[1])
}
