package redact

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A number given once is often said again a few lines on: the interviewer
// reads a postcode back, a reference is repeated to be sure ("Postcode —
// is it 610041? — 610041, yes"). The repetition carries no cue of its
// own, but it is the same identifier, so every other place the document
// says it, standing on its own, is hidden as well.

// How many digits an identifier must hold for its repetitions to be
// taken as the same identifier: five when it is digits alone (fewer, and
// the same figures could be a year, a count or a price: "The postcode
// here is 2000. I came in 2000."), four with letters or separators too.
const (
	repeatDigits      = 5
	repeatDigitsMixed = 4
)

// addRepeats returns cs with, for each structured identifier of enough
// digits, the other places text says it on its own.
func addRepeats(text string, cs []candidate) []candidate {
	seen := map[string]bool{}
	n := len(cs)
	for i := range n {
		c := cs[i]
		v := text[c.start:c.end]
		if d := digitCount(v); c.kind == Person || seen[v] || d < repeatDigitsMixed || d < repeatDigits && d == len(v) {
			continue
		}
		seen[v] = true
		for s, e := range occurrences(text, v) {
			if s != c.start && standsAlone(text, s, e) && !countAfter(text, e) && !moneyBeforeRE().MatchString(text[max(0, s-30):s]) {
				cs = append(cs, candidate{kind: c.kind, start: s, end: e, uncertain: c.uncertain, why: c.why})
			}
		}
	}
	return cs
}

// streetBeforeNumberRE is the street an address opens with, one to four
// capitalised words (particles between them or not) before the house's
// number: "Río Pánuco" of "Río Pánuco 512, Colonia Mitras Centro",
// "Patision" of "Patision 210, 112 56".
var streetBeforeNumberRE = lazyRE(`^(\p{Lu}[\p{L}'’\-]*(?:[ \t\x{00A0}]+(?:(?:de|del|da|do|dos|das|la|las|los|y)[ \t\x{00A0}]+)?\p{Lu}[\p{L}'’\-]*){0,3}),?[ \t\x{00A0}]+(?:(?:No\.?|n\.?º|#)[ \t\x{00A0}]*)?\d`)

// addStreetRepeats returns cs with, for each address that opens with a
// street and its number, the other places text names the street on its
// own after "on" ("On Río Pánuco, yes, by the pharmacy"): a street a
// person lives on identifies them as the address does. (After "in" or
// "at" the same words are as often a town's quarter the address named
// first: "Santa Cruz 22" is a house in Santa Cruz. Nor where the
// sentence speaks of a feast: a street named for a saint or a day is
// said of it as often, "on San Juan, the 24th, the procession".)
func addStreetRepeats(text string, cs []candidate) []candidate {
	seen := map[string]bool{}
	for _, c := range cs[:len(cs):len(cs)] {
		m := streetBeforeNumberRE().FindStringSubmatchIndex(text[c.start:c.end])
		if c.kind != Address || m == nil {
			continue
		}
		name := text[c.start+m[2] : c.start+m[3]]
		first, _, twoWords := strings.Cut(name, " ")
		if seen[name] || notStreetFirst[fold(first)] || !twoWords && !ownName(name) {
			continue
		}
		// A street named for a saint or a day is said of the feast far
		// more often: again only where the sentence gives a place ("The
		// clinic is on Santa Rosa"; not "On San Juan we eat tamales").
		saintly := saintWords[fold(first)] || saintFirst[fold(first)] || namesDay(name)
		seen[name] = true
		for s, e := range occurrences(text, name) {
			if s != c.start && wordStartsAt(text, s) && !wordGoesOn(text, e) && onStreetRE().MatchString(text[max(0, s-8):s]) && !feastSaidRE().MatchString(sentenceAround(text, s, e)) &&
				!dependsOnRE().MatchString(text[max(0, s-24):s]) && (!saintly || venueBeforeRE().MatchString(sentenceTail(text, s, 80))) && !covered(cs, s, e) {
				r := candidate{kind: Address, start: s, end: e, uncertain: c.uncertain}
				if c.uncertain {
					r.why = "the street of an uncertain address, said again after \"on\""
				}
				cs = append(cs, r)
			}
		}
	}
	return cs
}

// ownName reports whether a single word can name only a street here: it
// is no English word, given name, place or town, nor an abbreviation
// ("Patision"; not "Jordan" or "Santos", which may be said of a town or a
// person, nor the state of "NJ 07501").
func ownName(w string) bool {
	g, err := loadGazetteer()
	if err != nil {
		return false
	}
	own, unlisted := streetNameParts(g, []string{w})
	return own && unlisted && !allCapsWord(w)
}

// onStreetRE is what says a street is named next: "on", "along", "off"
// (not "got onto", to contact).
var onStreetRE = lazyRE(`\b(?i:on|along|off)[ \t\x{00A0}]+$`)

// feastSaidRE is a word of a feast or a day: a street named for a saint
// or a date is said of its feast as often ("on Santa Rosa day", "on
// Primero de Mayo, the holiday").
var feastSaidRE = lazyRE(`(?i)\b(?:day|feast|procession|holiday|fiesta|festival|mass|novena|pilgrimage|parade)\b`)

// dependsOnRE is a verb that takes "on" with no place after it: "rely
// on", "count on", "spent it all on".
var dependsOnRE = lazyRE(`(?i)\b(?:rel(?:y|ies|ied)|count(?:s|ed)?|depend(?:s|ed)?|spen[dt]s?|spending)\b[^.!?\n]{0,12}\bon[ \t\x{00A0}]+$`)

// namesDay reports whether a street's name holds a month's or a
// weekday's name ("Primero de Mayo", "18 de Julio").
func namesDay(name string) bool {
	for _, w := range strings.Fields(name) {
		if k := fold(w); calendarWords[k] || foreignMonthWords[k] {
			return true
		}
	}
	return false
}

// wordGoesOn reports whether a letter or a digit follows e.
func wordGoesOn(text string, e int) bool {
	r, _ := utf8.DecodeRuneInString(text[e:])
	return e < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// covered reports whether a candidate of cs holds [s,e).
func covered(cs []candidate, s, e int) bool {
	return slices.ContainsFunc(cs, func(c candidate) bool { return c.start <= s && e <= c.end })
}

// occurrences yields the start and end of every place text says v,
// left to right, without overlap.
func occurrences(text, v string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for from := 0; ; {
			k := strings.Index(text[from:], v)
			if k < 0 {
				return
			}
			s, e := from+k, from+k+len(v)
			from = e
			if !yield(s, e) {
				return
			}
		}
	}
}
