package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Addresses, numbers and phones of the Balkans, Russia's east, Nigeria and
// Uganda that the forms before do not meet: a Bulgarian housing estate by
// its block and entrance ("kvartal Vazrazhdane, blok 14, vhod A"); a home
// by the landmark opposite it and its road ("opposite Ughelli Main Market,
// Isoko Road", "Swali Market Jetty, off Tombia Road"); a road between two
// towns ("Moroto–Tapac Road"); a Bulgarian landline with its area code
// ("0308 2 31 44"); a Nigerian mobile said digit by digit in groups
// ("0-8-1-0, 7-7-2, 4-0-5-8"); Russian papers numbered in Cyrillic or with
// "№" ("БЦРБ-5517", "21-ИФ-04783", "MK-9 № 0452217"); Greek ones, their
// series in Greek capitals ("ΑΕ 731045").

// blokRE is a Bulgarian estate's block, entrance, floor and flat.
var blokRE = lazyRE(`\b(?:kvartal|kv\.|zhk|zh\.k\.)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?,[ \t\x{00A0}]+blok[ \t\x{00A0}]+\d{1,3}[A-Za-z]?(?:,[ \t\x{00A0}]+vhod[ \t\x{00A0}]+[A-Z0-9])?(?:,[ \t\x{00A0}]+(?:et\.|etazh)[ \t\x{00A0}]+\d{1,2})?(?:,[ \t\x{00A0}]+ap\.[ \t\x{00A0}]+\d{1,3})?`)

// oppositeRoadRE is a home or a workplace by the landmark it is opposite,
// behind or beside, or a place off a road, and the road: "opposite Ughelli
// Main Market, Isoko Road", "Swali Market Jetty, off Tombia Road".
var oppositeRoadRE = lazyRE(`(?:\b(?:opposite|behind|beside)[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3},[ \t\x{00A0}]+(?:off[ \t\x{00A0}]+)?|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3},[ \t\x{00A0}]+off[ \t\x{00A0}]+)` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+(?:Road|Street|Expressway|Way)\b`)

// betweenTownsRoadRE is a road named for the two towns it joins, with an
// en dash: "Moroto–Tapac Road".
var betweenTownsRoadRE = lazyRE(`\b\p{Lu}\p{Ll}+–\p{Lu}\p{Ll}+[ \t\x{00A0}]+Road\b`)

// findBalkanForms finds the addresses above, and the phones and numbers
// of findBalkanNumbers.
func findBalkanForms(text string, digitWins []span) []candidate {
	var out found
	add := out.as(Address)
	eachMatch(blokRE(), text, windowsAround(text, indexAllOf(text, ", blok "), 48, 64), add)
	eachMatch(oppositeRoadRE(), text, windowsWith(text, windowsAround(text, indexAllOf(text, "opposite ", "behind ", "beside ", ", off "), 64, 64), []string{" road", " street", " expressway", " way"}), func(m []int) {
		if roadNamed(text[m[0]:m[1]]) && (homeCueRE().MatchString(text[max(0, m[0]-60):m[0]]) || houseAfterRE().MatchString(text[m[1]:min(len(text), m[1]+16)])) && !openerFirst(text[m[0]:m[1]]) {
			add(m) // not "opposite the Stadium, Kumasi Road" at a crusade, "Okay, off Ikorodu Road"
		}
	})
	eachMatch(betweenTownsRoadRE(), text, windowsAround(text, indexAllOf(text, "–"), 24, 24), func(m []int) {
		if townsNamed(text[m[0]:m[1]]) {
			add(m) // not "Mother–Baby Road", "Trans–Canada Road"
		}
	})
	return append(out, findBalkanNumbers(text, digitWins)...)
}

// houseAfterRE is a house's number after a place: ", house 14B".
var houseAfterRE = lazyRE(`^,[ \t\x{00A0}]+(?:house|plot|compound)[ \t\x{00A0}]+\d`)

// openerFirst reports whether a match begins with an answer's opener or an
// interjection ("Okay, off Ikorodu Road", "Thank God, off Enugu Road").
func openerFirst(s string) bool {
	first, _, _ := strings.Cut(s, ",")
	k := fold(strings.TrimSpace(first))
	return interjections[k] || fillerWords[k] || k == "thank god" || k == "honestly" || k == "sorry"
}

// townsNamed reports whether both towns of a betweenTownsRoadRE match
// are no English words and no prefix ("Mother–Baby Road", "Trans–Canada").
func townsNamed(s string) bool {
	g, err := loadGazetteer()
	if err != nil {
		return false
	}
	a, rest, _ := strings.Cut(s, "–")
	b, _, _ := strings.Cut(rest, " ")
	for _, w := range []string{a, b} {
		if k := fold(w); g.isWord(k) || k == "trans" || k == "pan" {
			return false
		}
	}
	return true
}

// roadNamed reports whether the road of an oppositeRoadRE match is named
// by no English word: "Isoko Road", not "Main Road" or "High Street".
func roadNamed(s string) bool {
	f := splitWords(s)
	return !wordOrDay(fold(f[len(f)-2]))
}

// bulgarianLandlineRE is a Bulgarian landline with its area code, the
// local number in small groups: "0308 2 31 44".
var bulgarianLandlineRE = lazyRE(`\b0[2-9]\d{1,3}[ \t\x{00A0}]\d{1,2}[ \t\x{00A0}]\d{2}[ \t\x{00A0}]\d{2}\b`)

// dashedDigitsPhoneRE is a Nigerian mobile said digit by digit with
// dashes, in three groups, from its network's prefix (070, 080, 081, 090,
// 091): "0-8-1-0, 7-7-2, 4-0-5-8" (not a regimen, "0-0-1-0, 1-0-1").
var dashedDigitsPhoneRE = lazyRE(`\b0-(?:[79]-[01]|8-[01])-\d,?[ \t\x{00A0}]+\d(?:-\d){2},?[ \t\x{00A0}]+\d(?:-\d){3}\b`)

// cyrillicCodeRE is a paper's number of Cyrillic letters and digits
// (group 1): "БЦРБ-5517", "ОХ-03-0271", "21-ИФ-04783", "К-118"; or a scheme's
// number after "№" ("MK-9 № 0452217", "KUSP № 4127").
var cyrillicCodeRE = lazyRE(`(?:^|[^\p{L}\p{N}])((?:\d{2}-)?[А-ЯЁ]{1,5}(?:-\d{2})?-\d{3,6}|[A-ZА-ЯЁ]{2,5}(?:-\d{1,2})?[ \t\x{00A0}]+№[ \t\x{00A0}]*\d{4,7})(?:[^\p{L}\p{N}]|$)`)

// landlineCueRE, just before a landline, says a number to call is coming:
// a phone's word, or the home, office or clinic it rings in.
var landlineCueRE = lazyRE(`(?i)\b(?:call|ring|phone|number|landline|line|home|house|office|clinic|polyclinic|reception|municipality)\b[^.!?]*$`)

// cyrillicPaper reports whether a cyrillicCodeRE match is a paper's
// number: no vehicle, aircraft, law, standard or medicine's registration
// ("ВАЗ-2107", "ТУ-154", "ФЗ-323", "ГОСТ-12345", "ЛСР-007563", "ISO №
// 9001"), no year, and a single letter's code only after a number's word.
func cyrillicPaper(text string, m []int) bool {
	code := text[m[2]:m[3]]
	letters := strings.FieldsFunc(code, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(letters) == 0 || notPaperPrefixes[strings.ToUpper(letters[0])] {
		return false
	}
	digits := strings.FieldsFunc(code, func(r rune) bool { return !unicode.IsDigit(r) })
	if isYear(digits[len(digits)-1]) {
		return false
	}
	if utf8.RuneCountInString(letters[0]) == 1 {
		return numberWordBeforeRE().MatchString(text[max(0, m[2]-80):m[2]])
	}
	return true
}

// notPaperPrefixes begin codes of things, not of papers.
var notPaperPrefixes = setOf(`ВАЗ ГАЗ УАЗ ЗИЛ ЗАЗ ПАЗ КАМАЗ МТЗ ТУ АН ИЛ ЯК СУ МИГ ФЗ ГОСТ ЛСР ЛП ЛС МУ БДС ПЦР ИФА ЭР ОСТ СНИП СП ISO REF LOT PCR GOST EN IEC BD IFA SKU`)

// numberWordBeforeRE is a number's word just before a code.
var numberWordBeforeRE = lazyRE(`(?i)\b(?:number|no\.?|card|file|certificate|номер|карта)\b[^.!?]*$|№[ \t\x{00A0}]*$`)

// findBalkanNumbers finds the phones and numbers above, and the Greek
// papers' numbers below.
func findBalkanNumbers(text string, digits []span) []candidate {
	var out found
	eachMatch(bulgarianLandlineRE(), text, digits, func(m []int) {
		if d := text[m[0]:m[1]]; !countAfter(text, m[1]) && landlineCueRE().MatchString(text[max(0, m[0]-48):m[0]]) && !strings.HasPrefix(d, "0700") && !strings.HasPrefix(d, "0800") {
			out.add(Phone, m[0], m[1]) // not "shifts were 0800 1 15 30", "Batch 0425 1 22 33"
		}
	})
	eachMatch(dashedDigitsPhoneRE(), text, digits, out.as(Phone))
	eachMatch(cyrillicCodeRE(), text, digits, func(m []int) {
		if cyrillicPaper(text, m) {
			out.add(ID, m[2], m[3])
		}
	})
	eachMatch(greekLetteredIDRE(), text, digits, func(m []int) {
		if greekLetteredID(text, m) {
			out.add(ID, m[2], m[3])
		}
	})
	return out
}

// greekLetteredIDRE is a Greek identity or reference number, its series in
// Greek capitals before the digits ("ΑΕ 731045", a police ID; "Σ-4417-0728",
// "ΕΛΓΑ 24/ΛΗΜ/00813", "ΕΘ-ΠΥΡ 2219"). Group 1 is the number, group 2 what
// follows the series: the digits, with a second series between them
// ("24/ΛΗΜ/00813").
var greekLetteredIDRE = lazyRE(`(?:^|[^\p{L}\p{N}])([Α-Ω]{1,4}(?:-[Α-Ω]{1,4})?[ \t\x{00A0}\-]?((?:\d{2}/[Α-Ω]{2,4}/)?\d(?:[\d/\-]*\d)?))`)

// greekLetteredID reports whether greekLetteredIDRE's match m is a paper's
// number: four digits at least, not a year, and not a Greek word said
// before a number in capitals, as signs and forms write them: a sum
// ("ΕΥΡΩ 1250"), an hour or a year ("ΩΡΑ 1830", "ΕΤΟΣ 2019-2020"), a law
// or its gazette, public and no one's ("Ν 4387/2016", "ΦΕΚ Β 1234/2019"),
// a postcode, left to the address's rules ("ΤΚ 54622"), a room ("ΑΙΘ
// 1204"); nor a round sum or a range of them ("ΝΑΙ 1000", "1800-2000").
func greekLetteredID(text string, m []int) bool {
	body := text[m[4]:m[5]]
	if digitCount(body) < 4 || isYear(body) || !numberBoundary(text, m[2], m[3]) {
		return false
	}
	series, _, _ := strings.Cut(strings.TrimRight(text[m[2]:m[4]], " \t\u00a0-"), "-")
	before := strings.Fields(text[max(0, m[2]-16):m[2]])
	if greekWordsNoSeries[series] || len(before) > 0 && greekWordsNoSeries[before[len(before)-1]] {
		return false
	}
	if gs := strings.Split(body, "-"); len(gs) == 2 && (roundLine(gs[0], gs[1]) || isYear(gs[0]) && isYear(gs[1])) {
		return false
	}
	return strings.ContainsAny(body, "-/") || len(body) > 5 || !strings.HasSuffix(body, "000")
}

// greekWordsNoSeries are Greek words and abbreviations written in capitals
// before a number that is no one's paper: sums, hours and years, laws and
// their gazette, postcodes, rooms, and the little words a sign says
// before a number ("ΑΠΟ", "ΕΩΣ", "ΓΙΑ").
var greekWordsNoSeries = setOf(`ΕΥΡΩ ΕΥΡΟ ΔΡΧ ΦΠΑ ΩΡΑ ΩΡΕΣ ΕΤΟΣ ΕΤΗ ΕΤΩΝ Ν ΝΟΜ ΠΔ ΚΥΑ ΥΑ ΦΕΚ ΤΚ ΑΙΘ
ΝΑΙ ΟΧΙ ΑΠΟ ΕΩΣ ΓΙΑ ΚΑΙ ΜΕ ΣΕ ΣΤΟ ΣΤΗ ΣΤΗΝ ΣΤΑ ΣΤΙΣ ΤΟ ΤΑ ΤΗΝ ΤΟΝ ΤΗΣ ΤΟΥ ΤΩΝ ΠΕΡΙ`)
