package redact

// Numbers of seven digits or more said in one run, with no cue: read off
// a card, a letter or a phone.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bareReference returns the kind of a number of seven digits or more said
// in one run and standing alone ("the historia, 00583391, and", "the
// late-stage one — 38140926."): a number read off a card or a letter, or
// a phone's when a phone is named. What counts, costs or measures is said
// with its noun after it ("1340517 copies", "3457250 Ugandan shillings"),
// its currency before it ("₦2450750"), or a word of paying, counting or
// measuring shortly before ("the viral load was 1340517, and"); a sum is
// often round ("1500000"), and no count opens with "0". A run counting up
// ("12345678") is made up; a batch's number names no one; a postcode is an
// address's (see postcodeCueRE).
func bareReference(text string, s, e int, d string, gs []string, dialled bool) (Kind, bool) {
	if dialled || len(gs) != 1 || len(d) < 7 || len(d) > 20 || counting(d) || measuredAfter(text, e) {
		return "", false
	}
	before := text[max(0, s-48):s]
	if quantityBeforeRE().MatchString(before) || currencyJustBefore(before) {
		return "", false
	}
	if d[0] != '0' && (strings.HasSuffix(d, "00") || !standsAloneAfter(text, e)) {
		return "", false
	}
	switch {
	case phoneSaidBefore(text, s) || phoneNamedAfter(text, e):
		return Phone, true
	case compactDate(d):
		return Date, true
	}
	return ID, true
}

// compactDate reports whether eight digits are a date written year, month
// and day run together ("20230415").
func compactDate(d string) bool {
	if len(d) != 8 || !isYear(d[:4]) {
		return false
	}
	m, day := atoi2(d[4:6]), atoi2(d[6:8])
	return m >= 1 && m <= 12 && day >= 1 && day <= 31
}

// atoi2 is the value of two digits.
func atoi2(s string) int { return int(s[0]-'0')*10 + int(s[1]-'0') }

// standsAloneAfter reports whether what follows a number ends it or is
// more of it: a punctuation mark, the end of the line, digits or check
// letters, or a word that names nothing ("and", "that's", "on"), not a
// noun of what it counts or measures.
func standsAloneAfter(text string, e int) bool {
	rest := strings.TrimLeft(text[e:], " \t\u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.IsLetter(r) {
		return true // punctuation, the line's end, or more digits of the number
	}
	word := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }); i >= 0 {
		word = rest[:i]
	}
	if len(word) <= 3 && strings.ToUpper(word) == word && !unitSuffixes[word] {
		return true // the number's check letters ("2215874 R", "20114583 VO")
	}
	return wordsAfterANumber[strings.ToLower(word)]
}

// wordsAfterANumber are the words said after a number that stands alone:
// conjunctions, verbs of being, pronouns, prepositions of where it is.
var wordsAfterANumber = setOf(`and or but is was it's it’s that's that’s that which so then on at in from with to the my his her our their its i i'm he she we they you yes no please okay ok when because if as too also again now there here`)

// quantityBeforeRE is a postcode's name before a number, or a word of
// paying, counting or measuring, or a batch's name, in the same stretch of
// the clause ("the viral load was 1340517"; not "the first batch,
// 38140926"): it says what the number is.
var quantityBeforeRE = lazyRE(`(?i)(?:\b(?:postal|post ?code|zip|cep|mikud)\b[^.;!?\n]{0,24}|\b(?:batch|lot (?:number|no)|the lot|paid|pay|pays|paying|cost|costs|costing|price|prices|bill|bills|fee|fees|charge|charged|charges|owe|owed|owes|spent|spend|earn|earns|earned|salary|wage|wages|loan|debt|savings|saved|budget|worth|total|sum|amount|population|census|inhabitants|count|load|level|levels|score|scores|model|jackpot|prize|lottery|views|million|billion)\b[^,.;!?\n]{0,24})$`)

// currencyJustBefore reports whether a currency's sign or code stands just
// before a number ("₦2450750", "US$ 1247350", "UGX 3457250").
func currencyJustBefore(before string) bool {
	b := strings.TrimRight(before, " \t\u00a0")
	r, _ := utf8.DecodeLastRuneInString(b)
	if unicode.Is(unicode.Sc, r) {
		return true
	}
	fs := strings.Fields(b)
	return len(fs) > 0 && (currencyCodes[strings.Trim(fs[len(fs)-1], ".,:")] || currencyBefore(b))
}
