package redact

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The structured identifiers as people say them run on past the part the
// patterns know: a weekday before a date ("Tues 4/7/2023"), the town,
// region and postcode after a street ("41 Sheffield Road, Philippi,
// 7785"), the scheme's letters before a reference number and its check
// letter after ("PIP 7730 1152 A"). Replacing only the middle leaves the
// rest to identify the person, so each candidate is offered again widened
// to what belongs to it (resolve prefers the longer). And reference
// numbers come in every country's shape: after a word that introduces a
// number, or with a scheme's capitals before it, a run of digit groups is
// one, whatever its scheme.

// widenStructured returns cs with the widened candidates added.
func widenStructured(text string, cs []candidate) []candidate {
	n := len(cs)
	for i := range n {
		c := cs[i]
		s, e := c.start, c.end
		switch c.kind {
		case Date:
			s = articleBeforeDate(text, feastBefore(text, weekdayBefore(text, s)))
			e = yearMarkAfter(text, e)
			if from := startBefore(numberBeforeDateRE(), text, s, 8); from < s {
				// "The number is 2281/14.03.2023": a decision's number and
				// its date, one reference.
				cs = append(cs, candidate{kind: ID, start: from, end: e})
				continue
			}
		case Email:
			s = spokenWordsBefore(text, s, e)
		case Address:
			e = addressRunOn(text, numberAfterStreet(text, postcodeTail(text, e)))
			s = houseMarkBefore(text, buildingBefore(text, partsBeforeCue(text, capitalPartsBefore(text, regionBefore(text, s, e), e), e)))
			s, e = frenchPartsAround(text, s, e)
		case ID:
			s = referenceWordBefore(text, sexDigitBefore(text, signedBefore(text, letterBeforeNumber(text, areaCodeBefore(text, schemeBefore(text, dottedDigitsBefore(text, s))))), e))
			e = seriesAfter(text, spokenCheckAfter(text, groupAfter(text, checkLetterAfter(text, e))))
		case Phone:
			s, e = mobileAreaCodeBefore(text, areaCodeBefore(text, s), e), groupAfter(text, e)
			if from := signedBefore(text, s); from < s && !phoneAfterSign(text, from, digitsOf(text[s:e])) {
				// "CNAM n° 07-224-1985": a number's sign makes a reference
				// of a number in a phone's shape.
				cs = append(cs, candidate{kind: ID, start: from, end: e})
				continue
			}
			if from, to := dottedRun(text, s, e); to-from > e-s && !phoneWordRE().MatchString(text[max(0, from-60):from]) {
				// "the number is long, 1.1.02.4417.82290.01": a card's
				// number in dotted groups, of which a phone's shape was
				// only the middle.
				cs = append(cs, candidate{kind: ID, start: from, end: to})
				continue
			}
			if from := shortGroupBefore(text, s); from < s && nationalIDBeforeRE().MatchString(sentenceTail(text, from, 160)) && !phoneCueRE().MatchString(text[max(0, from-60):from]) && !phoneAskRE().MatchString(text[max(0, from-30):from]) {
				// "the national ID … the boy 06 030 088 1142": an identity
				// number in a phone's shape, its first group before it.
				cs = append(cs, candidate{kind: ID, start: from, end: e})
				continue
			}
			if from := schemeBefore(text, s); from < s && !saidAsPhone(text, from, s, e) {
				// "NSS 022-45-71893": a scheme's number in a phone's shape.
				cs = append(cs, candidate{kind: ID, start: from, end: e})
				continue
			}
		}
		if s != c.start || e != c.end {
			cs = append(cs, candidate{kind: c.kind, start: s, end: e})
		}
	}
	return cs
}

// dottedDigitsBeforeRE is single digits, each with a dot, just before a
// dotted number: the "1.1." of "1.1.02.4417.82290.01".
var dottedDigitsBeforeRE = lazyRE(`(?:^|[^\p{L}\p{N}.])((?:\d\.){1,3})$`)

// dottedDigitsBefore returns where a dotted number at s starts with the
// single dotted digits before it, or s.
func dottedDigitsBefore(text string, s int) int {
	if s == 0 || text[s-1] != '.' {
		return s
	}
	return groupStartBefore(dottedDigitsBeforeRE(), text, s, 8)
}

// nationalIDBeforeRE names a national identity number before one, in its
// sentence: "the national ID for everyone, Saeed's for example is ".
var nationalIDBeforeRE = lazyRE(`(?i)\bnational[ \t\-]?id(?:entity)?\b`)

// dottedAfterRE is dotted groups of digits just after a number.
var dottedAfterRE = lazyRE(`^(?:\.\d{1,6})+\b`)

// dottedRun returns the dotted number that [s,e) is the middle of, with
// the dotted digits before and after it, when it has six groups or more;
// else s and e.
func dottedRun(text string, s, e int) (int, int) {
	from, to := dottedDigitsBefore(text, s), e
	if m := dottedAfterRE().FindStringIndex(text[e:min(len(text), e+24)]); m != nil {
		to = e + m[1]
	}
	if strings.Count(text[from:to], ".") < 5 {
		return s, e
	}
	return from, to
}

// shortGroupBeforeRE is a group of one or two digits just before a
// number, a space between.
var shortGroupBeforeRE = lazyRE(`(?:^|[^\p{L}\p{N}+(\-/.,])(\d{1,2})[ ]$`)

// shortGroupBefore returns where a number at s starts with the short
// group said just before it, or s.
func shortGroupBefore(text string, s int) int {
	return groupStartBefore(shortGroupBeforeRE(), text, s, 4)
}

// spokenWordBeforeRE is one word of a spoken e-mail's local part said
// before the part found: lower-case letters, a letter said alone, or a
// number said in words ("slow tide dot busan at daum dot net", "s w park
// fifty-eight at naver dot com").
var spokenWordBeforeRE = lazyRE(`(?:^|[ \t])(\p{Ll}[\p{Ll}\-]{0,14})[ \t]+$`)

// spokenWordsBefore returns where a spoken e-mail at text[s:e] really
// starts: back over up to three words of its local part said before it,
// and any letters spelled one by one among them ("tony m e d e i r o s 61
// at …"), up to a clause's start or a word that introduces it ("is",
// "email").
func spokenWordsBefore(text string, s, e int) int {
	if strings.Contains(text[s:e], "@") {
		return s
	}
	spelling := false // the word taken last was a letter said alone
	for words, n := 0, 0; words < 3 && n < maxSpelledLetters; n++ {
		m := spokenWordBeforeRE().FindStringSubmatchIndex(text[max(0, s-20):s])
		if m == nil {
			return s
		}
		at := max(0, s-20) + m[2]
		w := text[at : max(0, s-20)+m[3]]
		letter := utf8.RuneCountInString(w) == 1
		if (functionWords[w] || mailCues[w] || fillerWords[w]) && !(letter && spelling) {
			return s // "i" and "a" among letters spelled are letters
		}
		if !letter {
			words++
		}
		spelling = letter
		s = at
	}
	return s
}

// maxSpelledLetters bounds how far back spokenWordsBefore goes: a local
// part spelled out is rarely longer.
const maxSpelledLetters = 24

// saidAsPhone reports whether a number in a phone's shape at text[s:e],
// with a scheme's capitals from "from", is said as a phone all the same:
// a phone's cue between them ("NHS 111 line"), a verb of phoning before
// ("Call MSF 0161 496 0012") or a word naming a phone after ("the ADHD
// 0161 496 0012 line").
func saidAsPhone(text string, from, s, e int) bool {
	return phoneCueRE().MatchString(text[from:s]) || phoneVerbBeforeRE().MatchString(text[max(0, from-40):from]) ||
		phoneNounAfterRE().MatchString(text[e:min(len(text), e+12)])
}

// startBefore returns where a match of re, ending at s and starting within
// reach bytes before it, starts; or s when there is none. re must end in $.
func startBefore(re *regexp.Regexp, text string, s, reach int) int {
	from := max(0, s-reach)
	if m := re.FindStringIndex(text[from:s]); m != nil {
		return from + m[0]
	}
	return s
}

// groupStartBefore returns where group 1 of re, matched in the reach
// bytes before s, starts, when a word starts there; or s. re must end in
// $.
func groupStartBefore(re *regexp.Regexp, text string, s, reach int) int {
	from := max(0, s-reach)
	if m := re.FindStringSubmatchIndex(text[from:s]); m != nil && wordStartsAt(text, from+m[2]) {
		return from + m[2]
	}
	return s
}

// referenceWordBeforeRE is the abbreviation of a file's or case's
// reference written with its number: "Proc. 2019/4471" (processo), "Exp.
// 0089-2231" (expediente), "Prot. n. 4417/C27" (protocollo), "nr.
// 1187/2021", "No 3130 2190 0571". The reference is the two together; a
// word said before a number ("expediente", "MRN") is its cue, and stays.
var referenceWordBeforeRE = lazyRE(`\b(?:(?i:proc|exp|nr|proc\.[ \t\x{00A0}]?n|prot\.[ \t\x{00A0}]?n)\.[ \t\x{00A0}]?(?:[°º][ \t\x{00A0}]?)?|No\.?[ \t\x{00A0}])$`)

// referenceWordBefore returns where an ID at s starts with the word of its
// reference before it, or s.
func referenceWordBefore(text string, s int) int {
	return startBefore(referenceWordBeforeRE(), text, s, 16)
}

// numberSignBeforeRE is a number's sign said or written before it: "n°
// 7503004517", "№ 031774".
var numberSignBeforeRE = lazyRE(`(?:\b[nN]\.?[°º]|№)[ \t\x{00A0}]?$`)

// numberSignBefore returns where an ID at s starts with its number's sign.
func numberSignBefore(text string, s int) int { return startBefore(numberSignBeforeRE(), text, s, 6) }

// legalActBeforeRE is a law or decree named before its number's sign:
// "loi n° 2002-303", "décret n° 2016-1234" number no person.
var legalActBeforeRE = lazyRE(`(?i)\b(?:loi|décret|decret|decreto|lei|ley|law|decree|act|arrêté|arrete|circulaire|ordonnance|règlement|reglement|résolution|resolution|article|art\.)[ \t\x{00A0}]*$`)

// phoneWordBeforeRE is a word naming a phone just before a number's sign,
// or a verb of phoning and a word or two: "my mobile n° 07700 900123",
// "portable n° 06 12 34 56 78", "call me on n° 0612 345 678". (Earlier in
// the sentence it is no evidence: "a photo on my phone — BI nº 0 871 442".)
var phoneWordBeforeRE = lazyRE(`(?i)(?:\b(?:phone|mobile|cell|handphone|whatsapp|tel|landline|helpline|hotline|portable|téléphone|telephone|telefone|teléfono|telefono|celular|móvil|movil)\b\.?|\b(?:call|ring|dial|text|reach)\b(?:[ \t\x{00A0}]+\p{L}{1,8}){0,3})[ \t\x{00A0}]*$`)

// phoneAfterSign reports whether the digits d after a number's sign at
// byte from are a phone all the same: named as one just before, or a
// free number ("SOS n° 0800 23 13 13").
func phoneAfterSign(text string, from int, d string) bool {
	return phoneWordBeforeRE().MatchString(text[max(0, from-30):from]) || strings.HasPrefix(d, "080") && len(d) == 10
}

// signedBefore returns where a number at s starts with its number's sign
// and the scheme's capitals before the sign ("CNAM n° 07-224-1985", "BI
// nº 0 871 442"), or s when no sign stands before it.
func signedBefore(text string, s int) int {
	if from := numberSignBefore(text, s); from < s {
		return schemeBefore(text, from)
	}
	return s
}

// nationalNumberRE is a Belgian national number ("83.11.07-226.41") or a
// French social security number ("2 79 05 99 145 287 36").
var nationalNumberRE = lazyRE(`\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b|\b[12][ \t]\d{2}[ \t]\d{2}[ \t](?:\d{2}|2[AB])[ \t]\d{3}[ \t]\d{3}(?:[ \t]\d{2})?\b`)

// areaCodeBeforeRE is an area code in brackets just before a number:
// "(66) 233-15-42", or a country's code with its plus: "(+973) 1733 4410";
// a single digit in brackets numbers a list.
var areaCodeBeforeRE = lazyRE(`\((?:\d{2,5}|\+\d{1,3})\)[ \t\x{00A0}]?$`)

// phoneNounAfterRE is a word naming a phone said just after a number: "The
// ADHD 0161 496 0012 line".
var phoneNounAfterRE = lazyRE(`(?i)^[ \t]*(?:line|helpline|hotline|phone)\b`)

// phoneVerbBeforeRE is a verb of phoning earlier in the sentence: "Call
// MSF 0161 496 0012" gives an organisation's phone, not its reference.
var phoneVerbBeforeRE = lazyRE(`(?i)\b(?:call|calls|called|calling|ring|rings|rang|phone|phoned|dial|dialled|dialed|text|texted|whatsapp)\b[^.!?\n]*$`)

// seriesAfterRE is a document's series said after its number, as a
// Brazilian work card's is: "CTPS 4418207 série 0031-MA".
var seriesAfterRE = lazyRE(`^[ \t\x{00A0}]+(?i:s[ée]rie|series)[ \t\x{00A0}]+[A-Z0-9]{2,6}(?:-[A-Z0-9]{1,4})?\b`)

// seriesAfter returns where an ID at text[:e] ends with its series said
// after it, or e.
func seriesAfter(text string, e int) int {
	if m := seriesAfterRE().FindStringIndex(text[e:min(len(text), e+24)]); m != nil {
		return e + m[1]
	}
	return e
}

// areaCodeBefore returns where a number at s starts with the area code
// said in brackets before it, or s.
func areaCodeBefore(text string, s int) int { return startBefore(areaCodeBeforeRE(), text, s, 8) }

// sexDigitBeforeRE is the digit a French social security number begins
// with (1 or 2, the sex), spaced from the rest.
var sexDigitBeforeRE = lazyRE(`(?:^|[^\p{L}\p{N}])([12])[ \t\x{00A0}]$`)

// sexDigitBefore returns where a reference number of twelve digits or more
// at text[s:e] starts with a lone 1 or 2 before it, as a French social
// security number is written ("1 44 02 972 209 118 53"), or s.
func sexDigitBefore(text string, s, e int) int {
	if len(digitsOf(text[s:e])) < 12 {
		return s
	}
	if m := sexDigitBeforeRE().FindStringSubmatchIndex(text[max(0, s-3):s]); m != nil {
		return max(0, s-3) + m[2]
	}
	return s
}

// groupAfterRE is one more group of digits after a number, spaced.
var groupAfterRE = lazyRE(`^[ \t\x{00A0}]\d{2,4}\b`)

// groupAfter returns where a phone or reference number that ends at e
// really ends, with one more group of digits said after it when the
// clause ends there: "4517 8823 901." is one number, not a phone and 901.
func groupAfter(text string, e int) int {
	m := groupAfterRE().FindStringIndex(text[e:min(len(text), e+6)])
	if m == nil || !houseNumberEnds(text, e+m[1]) {
		return e
	}
	return e + m[1]
}

// letterBeforeRE is one capital standing before a number: "A 212 345 678"
// (an A-number).
var letterBeforeRE = lazyRE(`(?:^|[ \t(])([A-HJ-Z])[ \t]$`)

// letterBeforeNumber returns where a reference number at s starts with a
// capital said before it, or s.
func letterBeforeNumber(text string, s int) int {
	if m := letterBeforeRE().FindStringSubmatchIndex(text[max(0, s-3):s]); m != nil {
		return max(0, s-3) + m[2]
	}
	return s
}

// spokenCheckRE is a check digit said after a number said aloud: ",
// dash six".
var spokenCheckRE = lazyRE(`^,?[ \t]+(?:dash|hyphen)[ \t]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)\b`)

// spokenCheckAfter returns where a number said aloud that ends at e really
// ends, with its check digit.
func spokenCheckAfter(text string, e int) int {
	if m := spokenCheckRE().FindStringIndex(text[e:min(len(text), e+16)]); m != nil {
		return e + m[1]
	}
	return e
}

// numberAfterRE is a house number said after its street, as in much of
// Europe and Central Asia: "Tsinandali Street 12".
var numberAfterRE = lazyRE(`^[ \t\x{00A0}]+\d{1,4}[A-Za-z]?\b`)

// numberAfterStreet returns where a street that ends at e really ends,
// with the house number said after it (when the clause ends there: not
// "Elm Street 5 minutes away").
func numberAfterStreet(text string, e int) int {
	m := numberAfterRE().FindStringIndex(text[e:min(len(text), e+8)])
	if m == nil || !houseNumberEnds(text, e+m[1]) || yearRE().MatchString(strings.TrimSpace(text[e+m[0]:e+m[1]])) {
		return e
	}
	return e + m[1]
}

// houseNumberEnds reports whether a house number said at the end of an
// address ends at e: the clause ends there, and not with a time, a range
// or an amount ("5:30", "2-3 hours", "2,000", "2.5", "1990s").
func houseNumberEnds(text string, e int) bool {
	if !clauseEnds(text, e) {
		return false
	}
	rest := text[e:]
	if rest != "" && strings.ContainsRune("-–/:s", rune(rest[0])) {
		return false
	}
	return !(len(rest) > 1 && (rest[0] == ',' || rest[0] == '.') && isDigitByte(rest[1]))
}

// yearRE is a year said alone.
var yearRE = lazyRE(`^(?:19|20)\d\ds?$`)

// numberBeforeDateRE is a document's number written before its date,
// with a slash: "2281/" of "2281/14.03.2023".
var numberBeforeDateRE = lazyRE(`\b\d{1,6}/$`)

// weekdayBeforeRE is a weekday, in full or short, said before a date.
var weekdayBeforeRE = lazyRE(`\b(?:Mon|Monday|Tue|Tues|Tuesday|Wed|Weds|Wednesday|Thu|Thur|Thurs|Thursday|Fri|Friday|Sat|Saturday|Sun|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|maanantaina?|tiistaina?|keskiviikkona?|torstaina?|perjantaina?|lauantaina?|sunnuntaina?|dydd[ \t\x{00A0}]+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)))\.?,?[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?$`)

// weekdayBefore returns where a weekday said before a date at s starts
// ("Tues 4/7/2023", "Weds, 14th June 2023"), or s.
func weekdayBefore(text string, s int) int { return startBefore(weekdayBeforeRE(), text, s, 16) }

// buildingBeforeRE is a flat or house, in a named building or not, before a
// street: "Flat 12, Sai Krupa, " before "14th Road", "Flat 2, " before "9
// Heol y Nant", "Block D, " before "11 Orogun Road", "Flat B, 22/F, Wing
// On Building, " (Hong Kong), "Unit 305 - " or "#308 - " before "8188
// Westminster Hwy" (Canada), "Level 1, " before "22 Main Road" (an office's
// floor, as Australia writes it, with its capital: not a pain's "level 8,").
var buildingBeforeRE = lazyRE(`(?:\b(?:(?i:flat|apartment|apt\.?|appt\.?|unit|house|room|shop|suite|imm\.?|maison|block)|Level|Bât\.|\bH\.[ \t\x{00A0}]*No\.?)[ \t\x{00A0}]+(?:\d{1,4}(?:[/-][A-Za-z0-9]{1,3})?[A-Za-z]?|[A-Z](?:-\d{1,4})?)(?:,[ \t\x{00A0}]+(?:(?:(?:` + capWord + `[ \t\x{00A0}]+){0,2}` + capWord + `|` + floorToken + `),[ \t\x{00A0}]+){0,2}|[ \t\x{00A0}]+[-–][ \t\x{00A0}]+)|` + locatorBefore + `[ \t\x{00A0}]+|(?:(?i:apt\.?|unit|suite|flat)[ \t\x{00A0}]*)?#\d{1,5}[A-Za-z]?[ \t\x{00A0}]*[-–][ \t\x{00A0}]*)$`)

// locatorBefore is a locator said straight before a house number, whose
// number it is: "Unit 4/27 Brunswick St", "LP 112, Coffee Street" (a
// light pole's number, as addresses in Trinidad are given).
const locatorBefore = `(?:Flat|Apartment|Apt\.?|Unit|Suite|Room|Shop|House|Lot|Plot|Stand|LP|No\.?)`

// houseMarkBeforeRE is what an Indian address writes before a house's
// number ("H. No. 112", "Qr. No. 2/117": house, quarters) or before its
// village ("At/Po Badagada": at and post office, the same place).
var houseMarkBeforeRE = lazyRE(`\b(?:(?:H|Hse|Qr|Qtr|Qrs)\.[ \t\x{00A0}]*|At[/-]P\.?[Oo]\.?[ \t\x{00A0}]+|At[ \t\x{00A0}]*&[ \t\x{00A0}]*P\.?[Oo]\.?[ \t\x{00A0}]+)$`)

// houseMarkBefore returns where an address at s starts with the mark of
// its house or village before it, or s.
func houseMarkBefore(text string, s int) int {
	if from := startBefore(houseMarkBeforeRE(), text, s, 12); from < s && (strings.HasPrefix(text[s:], "No") || strings.HasPrefix(text[from:], "At")) {
		return from
	}
	return s
}

// buildingBefore returns where a flat or house said before an address at
// s starts, or s.
func buildingBefore(text string, s int) int { return startBefore(buildingBeforeRE(), text, s, 48) }

// schemeBeforeRE is a scheme's capitals just before a reference number
// ("MRN 00-4471-223", "UBRN 4408 2217 6630", "GR No. 2019/4471"), in any
// alphabet ("SÍ-2023-061145", "BVĐV-24-00871"), with a small letter among
// them or not ("CNaPS 0412 887 305", Madagascar's social security).
var schemeBeforeRE = lazyRE(`(?:(?:^|[^\p{L}\p{N}])(?:\p{Lu}{2,6}|\p{Lu}{2,3}\p{Ll}\p{Lu}{1,2})(?:[\-/]\p{Lu}{1,5})?|\b(?:[A-Z]\.){2,4})(?:(?:[ \t\x{00A0}]+No\.?)?[ \t\x{00A0}]+|-)$`)

// notSchemes are capitals before a number that are words, not schemes.
var notSchemes = setOf(`I A AM PM OK TV GP AND THE OR ON IN AT TO OF MY BY UP CEP`)

// schemeBefore returns where a scheme's capitals before a reference number
// at s start, or s.
func schemeBefore(text string, s int) int {
	if a := lettersJustBefore(text, s); a < s {
		return a // "АР75031214": a scheme's letters of another script, run into the number
	}
	from := max(0, s-18)
	m := schemeBeforeRE().FindStringIndex(text[from:s])
	if m == nil {
		return s
	}
	at := from + m[0]
	if r, size := utf8.DecodeRuneInString(text[at:]); !unicode.IsUpper(r) {
		at += size // the character before the scheme's letters
	}
	word, _, _ := strings.Cut(strings.TrimRight(text[at:s], "- \t\u00a0"), " ")
	if word == "MRN" {
		// The record's name goes with its number ("MRN 4471902"), as
		// people mark it, and so does the hospital's before it ("UHL MRN
		// 0847712").
		return schemeBefore(text, at)
	}
	if notSchemes[word] || notIDPrefixes[word] || monthOrWeekday(word) {
		return s // a word, or the cue itself ("NHS 943 476 5919"), not the scheme's letters
	}
	return at
}

// lettersJustBefore returns where one to three capitals run straight into
// byte s start, when a space or the line's start is before them, or s.
func lettersJustBefore(text string, s int) int {
	a, n := s, 0
	for a > 0 && n < 4 {
		r, size := utf8.DecodeLastRuneInString(text[:a])
		if !unicode.IsUpper(r) {
			break
		}
		a -= size
		n++
	}
	if n == 0 || n > 3 {
		return s
	}
	if a > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:a]); !unicode.IsSpace(r) {
			return s
		}
	}
	return a
}

// checkAfterRE is a check digit or letter in brackets after a number
// ("K765432(3)"), after a hyphen ("CNPS 22814-B"), a check letter and the two digits of a district after
// it ("63-2154878 K 47"), or a department's two capitals ("4872315 LP",
// Bolivia's identity cards).
var checkAfterRE = lazyRE(`^(?:-[A-Z]\b|[ \t\x{00A0}][A-Z]{2}\d\b|\([0-9A-Z]\)|[ \t\x{00A0}][A-Z][ \t\x{00A0}]\d{2}\b|[ \t\x{00A0}](?:LP|CB|SC|OR|PT|CH|TJ|BE|PD)\b)`)

// twoCapitalsAfterRE is two capitals after a number, spaced.
var twoCapitalsAfterRE = lazyRE(`^[ \t\x{00A0}]([A-Z]{2})\b`)

// checkLetterAfter returns where a reference number ends with the check
// letter said after it ("7730 1152 A", "204 381 657K", "K765432(3)", "63-2154878 K 47"), or e.
func checkLetterAfter(text string, e int) int {
	if m := checkAfterRE().FindStringIndex(text[e:min(len(text), e+8)]); m != nil && clauseEnds(text, e+m[1]) {
		return e + m[1]
	}
	if m := twoCapitalsAfterRE().FindStringSubmatchIndex(text[e:min(len(text), e+4)]); m != nil && clauseEnds(text, e+m[1]) && !notSchemes[text[e+m[2]:e+m[3]]] {
		return e + m[1] // "CHB 40917736 JK": two check letters, as a British benefit's reference ends
	}
	i := e
	if i < len(text) && text[i] == ' ' {
		i++
	}
	if i >= len(text) || text[i] < 'A' || text[i] > 'Z' || text[i] == 'I' {
		return e
	}
	if i+1 < len(text) && (isASCIILetter(text[i+1]) || isDigitByte(text[i+1])) {
		return e
	}
	if !clauseEnds(text, i+1) {
		return e
	}
	return i + 1
}

// cuedNumberRE is a run of digit groups, with a check letter run into it
// (group 1): "4408 2217 6630", "204 381 657K", "2019/4471", "12 804 377 /
// 06".
var cuedNumberRE = lazyRE(`\b\d{1,20}(?:(?:[ \-/]| / )\d{1,10}){0,9}([A-Z])?\b`)

// cardRightBeforeRE is a card, an account or a reference named just
// before a number, with a comma or a colon or not: "card, ", "reference: ".
var cardRightBeforeRE = lazyRE(`(?i)\b(?:card|id|ref|reference|account)[ \t]*[:,]?[ \t]*$`)

// numberCueRE is a word that introduces a personal number, in general
// ("number", "code", "card", "mine's") or by a scheme's name in one of the
// countries people speak English in.
var numberCueRE = lazyRE(`(?i)\b(?:number|no\.|id|code|card|ref|reference|chart|file|account|folio|licence|license|membership|mine's|mine is|mine|\p{L}*nummer|historia clínica|número|numero|numéro|broj|numărul|numarul|dossier|expediente|afiliado|prontuário|prontuario|matricule|matrícula|matricula|cidadão|cidadao|aadhaar|uhid|pan|crn|sin|ird|tfn|ohip|medicare|medicaid|nhi|ubrn|pps|ppsn|bsn|ssn|nino|phin|phn|ramq|msp|by heart|memori[sz]ed|carnet|cédula|cedula|kennitala|pesel|snils|hawiyya|hawiya|hawiyeh|teudat zehut|sijil|iqama)\b|\b(?-i:DNI|DPI|CNI|NIC|CNIC|NIK|BPJS|CCCD|CMND|BHYT|NIU|NIF|NUIT|CPF|CURP|RUT|RFC|NID|EGN|JMBG|OIB|TCKN|INN|CIN|CUIL|CUIT|NIR|CNP|NIN|NINU|NSSF|UR|URN)\b`)

// dottedNumberRE is a number of seven digits or more with its thousands
// parted by dots, as identity numbers are written in Latin America
// ("1.001.456.782", "4.118.392"), and amounts too.
var dottedNumberRE = lazyRE(`\b\d{1,3}(?:\.\d{3}){2,4}(?:-[\dkK]\b)?\b`)

// identityCueRE names an identity document, whose number is written with
// dotted thousands in Latin America; an account's or a card's number so
// written is as often an amount ("my account had 2.300.000").
var identityCueRE = lazyRE(`(?i)\b(?:id|identity|identidad|cédula|cedula|dni|documento?|passport|pasaporte|rut|run|nit|cpf|rg|cuit|cuil|carnet|ci|bsn|burgerservicenummer)\b`)

// identityCueWords are what identityCueRE looks for, lower case, to pick
// the windows worth running dottedNumberRE on (a loose filter).
var identityCueWords = []string{"bsn", "burgerservicenummer", "id", "cédula", "cedula", "dni", "document", "passport", "pasaporte", "rut", "run", "nit", "cpf", "rg", "cuit", "cuil", "carnet", "ci"}

// amountAfterRE is a currency, a unit or a count after a number: "1.500.000
// guaraníes", "2.000.000 people", "12.000.000%".
var amountAfterRE = lazyRE(`^[ \t\x{00A0}]*(?:%|\$|€|(\p{L}+))`)

// currencyCodeBeforeRE is a currency's code just before an amount: "COP
// 1.500.000".
var currencyCodeBeforeRE = lazyRE(`\b(?:COP|USD|PYG|ARS|CLP|MXN|BRL|PEN|BOB|UYU|EUR|GBP|DOP|CRC|GTQ|HNL|THB|MYR|PHP|IDR|VND|UZS|ALL|GHS|NGN|XOF|XAF|KES|RON|RSD|TRY|KZT|AZN|LAK|KRW|TND|LBP)[ \t\x{00A0}]*$`)

// wordAfterID are words that may follow an identity number in the same
// clause ("… 1.001.456.782 and my wife's", "… from Bogotá").
var wordAfterID = setOf(`and but or so from in at on since until then too also y e de la el es lo et`)

// ownedNumber reports whether a number at text[s:e], written with dotted
// thousands, is a person's identity number: an identity document named
// before it in the sentence, no amount's sign, currency or word of paying
// before it, and no word after it but one that goes on the clause.
func ownedNumber(text string, s, e int) bool {
	before := text[max(0, s-60):s]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 && i < len(before)-1 && before[i] != '.' {
		before = before[i+1:]
	}
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " \t")); strings.ContainsRune("$€£₲₱", r) || currencyCodeBeforeRE().MatchString(before) {
		return false
	}
	if m := amountAfterRE().FindStringSubmatch(text[e:min(len(text), e+16)]); m != nil && !wordAfterID[strings.ToLower(m[1])] {
		return false
	}
	return identityCueRE().MatchString(before) && !moneyBeforeRE().MatchString(before)
}

// moneyBeforeRE is a word of paying said before a number: "the ID card
// costs 1.500.000".
var moneyBeforeRE = lazyRE(`(?i)\b(?:cost|costs|paid|pay|pays|price|fee|fees|charge|charged|worth|spent|spend|owe|owed|cuesta|pagué|pague|paga|costo|precio)\b`)

// numberedDecisionRE is a file's number with its abbreviation, as
// Serbian, Romanian and Portuguese decisions are numbered, Roman numerals
// among the groups: "br. 182-II-4417/2022", "nr. 1234/2021".
var numberedDecisionRE = lazyRE(`\b(?:br|nr|No|Nº|nº)\.?[ \t\x{00A0}]*\d{1,6}(?:[\-/](?:[IVX]{1,4}|\d{1,6})){2,4}\b`)

// numberCueWords are what numberCueRE looks for, lower case, to pick the
// windows worth running cuedCodeRE on (a loose filter: "id" is in "said").
var numberCueWords = []string{"number", "no.", "id", "code", "card", "ref", "chart", "file", "account", "folio", "licen", "mine",
	"número", "numero", "numéro", "broj", "numărul", "numarul", "dossier", "expediente", "afiliado", "prontu", "matricul", "matrícula", "cidad", "cin", "cuil", "cuit", "nir", "cnp", "nin", "nssf",
	"aadhaar", "uhid", "pan", "crn", "sin", "ird", "tfn", "ohip", "medic", "nhi", "ubrn", "pps", "bsn", "ssn", "nino",
	"phin", "phn", "ramq", "msp", "heart", "memori", "carnet", "cédula", "cedula", "dni", "dpi", "ci", "cin", "cni", "nic", "nik", "bpjs", "cccd",
	"cmnd", "bhyt", "kennitala", "niu", "nif", "nuit", "cpf", "curp", "rut", "rfc", "nid", "pesel", "egn", "jmbg", "oib", "tckn", "inn", "snils"}

// findCuedNumbers finds reference numbers of any country's shape: seven
// digits or more, not a phone, a date, a count or years, that a scheme's
// capitals stand before ("UBRN 4408 2217 6630", "GR No. 2019/4471") or a
// number's cue shortly before; or, anywhere, twelve digits or more, or
// nine or more not spaced ("19600417033", "284715/10/1", "50-21887-0-3"):
// no phone, count or amount is said so. Codes of capitals and digits
// after a cue ("PHK4721", "W4K 9TR 2XH") too.
func findCuedNumbers(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(cuedNumberRE(), text, wins, func(m []int) {
		s, e := m[0], m[1]
		raw := text[s:e]
		if m[2] >= 0 {
			raw = text[s:m[2]]
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); s > 0 && (isASCIILetter(text[s-1]) || strings.ContainsRune("/.,£$€", r)) {
			return // part of a word, a longer number or an amount
		}
		if e < len(text) && (text[e] == '/' || text[e] == '%' ||
			strings.ContainsRune(".,:", rune(text[e])) && e+1 < len(text) && isDigitByte(text[e+1])) {
			return
		}
		d := digitsOf(raw)
		if from := signedBefore(text, s); from < s {
			// Right after a number's sign: a reference of six digits or
			// more whatever its groups ("n° 1 234 567", "№ 031774"), not
			// a law's number nor a phone said as one.
			if len(d) >= 6 && !legalActBeforeRE().MatchString(text[max(0, from-24):from]) && !phoneAfterSign(text, from, d) && !wholeMatch(dateNum(), raw) {
				out = append(out, candidate{kind: ID, start: from, end: e})
			}
			return
		}
		short := len(d) >= 5 && strings.ContainsAny(raw, "-/") && !rangeOrYears(raw) && referenceCueRE().MatchString(text[max(0, s-40):s])
		if len(d) < 7 && !short || wholeMatch(dateNum(), raw) || wholeMatch(dateISO(), raw) || listOrCount(raw) {
			return
		}
		from := schemeBefore(text, s)
		// Joined without spaces, a long number that is no phone as a whole
		// is one number, whatever phone its tail looks like: "41-01-72-03318".
		joined := !strings.ContainsAny(raw, " \t") && longNumber(raw) && !phoneShape(d, splitGroups(raw), false)
		gs := splitGroups(raw)
		// "Mine is 001-1578342-9": dashes and a check digit at the end
		// make a national number, not a phone, whatever its first digits.
		checked := strings.Contains(raw, "-") && len(gs) >= 3 && len(gs[len(gs)-1]) == 1 && len(d) >= 9 && numberCueBefore(text, s)
		cuedZeros := checked || strings.HasPrefix(d, "00") && len(d) >= 11 && !phoneShape(d[2:], gs, true) && numberCueBefore(text, s)
		// "mine is 001186012345": after a cue, twelve digits from "00" that
		// make no phone dialled abroad are a number (Vietnam's identity
		// cards begin so).
		// "her mutuelle card, 1403 0218 0044 07": twelve digits or more
		// straight after a card's, an account's or a reference's name are
		// one number, a phone's shape in its tail or not.
		carded := len(d) >= 12 && cardRightBeforeRE().MatchString(text[max(0, s-24):s])
		if !cuedZeros && !carded && (from == s && strings.HasPrefix(d, "00") || holdsPhone(raw) && !joined) {
			return // a phone, or one said after other digits: findNumbers' to judge
		}
		if strings.Contains(raw, "/") && from == s && shortGroups(raw) && !short {
			return // mostly dates and years ("2023/24"), not "2023/04512" or "№ 4471/2021"
		}
		if from == s && !(longNumber(raw) || numberCueBefore(text, s) || memberNumber(text, s, raw)) {
			return
		}
		out = append(out, candidate{kind: ID, start: from, end: e})
	})
	eachMatch(germanInsuranceRE(), text, windowsWith(text, wins, insuranceCueWords), func(m []int) {
		out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
	})
	eachMatch(nationalNumberRE(), text, wins, func(m []int) {
		out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
	})
	eachMatch(numberedDecisionRE(), text, wins, func(m []int) {
		if numberCueBefore(text, m[0]) {
			out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
		}
	})
	out = append(out, findCourtCases(text, wins)...)
	eachMatch(dottedNumberRE(), text, windowsWith(text, wins, identityCueWords), func(m []int) {
		if ownedNumber(text, m[0], m[1]) {
			out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
		}
	})
	// Codes are looked for where a number's cue is, or a scheme said as
	// someone's ("my TRN").
	var codeWins []span
	for _, w := range wins {
		if holdsAny(text[w.start:w.end], numberCueWords) || ownedSchemeRE().MatchString(text[w.start:w.end]) {
			codeWins = append(codeWins, w)
		}
	}
	eachMatch(cuedCodeRE(), text, codeWins, func(m []int) {
		code := text[m[0]:m[1]]
		if g := splitGroups(code); len(g) > 0 && isYear(g[len(g)-1]) && strings.Count(code, "-") >= 2 {
			return // "ONS-UK-2021", "CBT-ED-2023": a study and its year
		}
		dashed := lettersDashDigitsRE().MatchString(code)
		if dashed && (isYear(code[strings.IndexByte(code, '-')+1:]) || !recordCueRE().MatchString(text[max(0, m[0]-48):m[0]])) {
			return // "your DS-2019", "ISO-9001": a form or a standard, not a person's file
		}
		if (mixedCode(code) || dashed) && (numberCueBefore(text, m[0]) || ownedSchemeBefore(text[max(0, m[0]-60):m[0]])) {
			out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
		}
	})
	return out
}

// wholeMatch reports whether re matches all of s: "41-01-72-03318" holds
// a date's shape but is none.
func wholeMatch(re *regexp.Regexp, s string) bool {
	m := re.FindStringIndex(s)
	return m != nil && m[0] == 0 && m[1] == len(s)
}

// longNumber reports whether digit groups are one number too long to be
// anything but an identifier: twelve digits or more, or nine or more
// written without spaces.
func longNumber(raw string) bool {
	d := len(digitsOf(raw))
	return d >= 12 || d >= 9 && !strings.ContainsAny(raw, " \t")
}

// cuedCodeRE is a short code of capitals and digits: three capitals and
// four digits run together ("PHK4721"), seven to twelve of them mixed
// ("LXT9D7RN"), or three groups of three that mix them ("W4K 9TR 2XH").
var cuedCodeRE = lazyRE(`\b(?:\p{Lu}{1,4}-\d{4,6}|\p{Lu}{2,4}(?:-\p{Lu}{2,4}){1,2}-\d{3,6}|\p{Lu}{1,4}-(?:19|20)\d{2}-\d{4,8}|\d{4}/[A-Z]{2,4}/\d{3,6}|[A-Z]{3}\d{4}|[A-Z0-9]{7,12}|(?:[A-Z]\d[A-Z]|\d[A-Z]{2}|[A-Z]{2}\d|[A-Z]\d{2}|\d[A-Z]\d)(?:[ \-](?:[A-Z]\d[A-Z]|\d[A-Z]{2}|[A-Z]{2}\d|[A-Z]\d{2}|\d[A-Z]\d)){2})\b`)

// memberNumber reports whether raw, said straight after "member", is a
// number with its check digit after a dash, as a health insurer's members
// are numbered: "member 0418852-3" (not "each member paid 1500000").
func memberNumber(text string, s int, raw string) bool {
	return checkDigitNumberRE().MatchString(raw) && memberRightBeforeRE().MatchString(text[max(0, s-24):s])
}

var (
	checkDigitNumberRE  = lazyRE(`^\d{3}-?\d{3,5}-\d$`)
	memberRightBeforeRE = lazyRE(`(?i)\bmember(?:ship)?(?:[ \t]+(?:number|no\.?))?[ \t]*[:,]?[ \t]*$`)
)

// lettersDashDigitsRE is a file's code of a few capitals, a dash and four
// digits or more: "HSV-20931", "L-04471". Standards, forms, routes and
// models are written so too ("ISO-9001", "SH-0420"): such a code is a
// person's only after a record's name (recordCueRE).
var lettersDashDigitsRE = lazyRE(`^\p{Lu}{1,4}-\d{4,6}$`)

// recordCueRE names a person's record, or says the number is someone's,
// before its code: "my historia clínica at San Vicente is", "his file, ",
// "tenant number", "mine was".
var recordCueRE = lazyRE(`(?i)\b(?:historia|clínica|clinica|file|record|records|legajo|expediente|ficha|dossier|prontuário|prontuario|patient|mrn|hospital number|case|(?:my|his|her|their|your) number|mine(?:'s| is| was)|employee|staff|tenant|member|student)\b`)

// mixedCode reports whether a code mixes capitals and digits, two of each
// at least: "LXT9D7RN", not "COVID19" or "3000000".
func mixedCode(code string) bool {
	digits := digitCount(code)
	letters := len(strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r
		}
		return -1
	}, code))
	return digits >= 2 && letters >= 2 && (digits >= 3 || letters >= 3) && !strings.HasPrefix(code, "COVID")
}

// holdsPhone reports whether some run of a number's groups is a phone
// ("2019 07700 900123" is a year and a phone).
func holdsPhone(raw string) bool {
	gs := splitGroups(raw)
	for i := range gs {
		for j := i + 1; j <= len(gs); j++ {
			if phoneShape(strings.Join(gs[i:j], ""), gs[i:j], false) {
				return true
			}
		}
	}
	return false
}

// referenceCueRE is a reference number's name just before it, which makes
// even a short number with a dash or a slash one: "process number, mine
// is 14/5578", "протокол № 4471/2021", "my historia clínica is HC
// 24-0711".
var referenceCueRE = lazyRE(`(?i)(?:\b(?:number|no\.|nº|n°|expediente|dossier|file|record|historia clínica|process|processo|protocol|protocolo|reference|ref|case)\b[^.!?\n]{0,25}|№[ \t\x{00A0}]*)$`)

// rangeOrYears reports whether a short number of two groups is a range, a
// reading or years rather than a reference: "135-145", "120/80",
// "2020/21", "1998/99".
func rangeOrYears(raw string) bool {
	gs := splitGroups(raw)
	if len(gs) != 2 {
		return false
	}
	a, b := gs[0], gs[1]
	return len(a) <= 3 && len(b) <= 3 || isYear(a) && (len(b) <= 2 || isYear(b))
}

// germanInsuranceRE is a German social insurance number: "65 120396 Y 512".
var germanInsuranceRE = lazyRE(`\b\d{2}[ \t\x{00A0}]?\d{6}[ \t\x{00A0}]?[A-Z][ \t\x{00A0}]?\d{3}\b`)

// insuranceCueWords name a social insurance number, one of which must be
// near germanInsuranceRE's (not a lot number on a pen's box).
var insuranceCueWords = []string{"nummer", "versicherung", "insurance", "social security", "sv-"}

// shortGroups reports whether every group of digits in raw has four
// digits or fewer.
func shortGroups(raw string) bool {
	for _, g := range splitGroups(raw) {
		if len(g) > 4 {
			return false
		}
	}
	return true
}

// numberCueBefore reports whether a number's cue stands in the 60 bytes
// before s, in the same sentence or the one before.
func numberCueBefore(text string, s int) bool {
	if numberCueRE().MatchString(text[max(0, s-60):s]) {
		return true
	}
	m := ownedSchemeRightBeforeRE().FindStringSubmatch(text[max(0, s-24):s])
	return m != nil && ownedSchemeBefore(m[0])
}

// ownedSchemeRightBeforeRE is a scheme's capitals said as someone's just
// before its number, with "is", a colon or a comma: "her BIR, ", "my TRN
// is " (not "my VL was", "our NGO raised").
var ownedSchemeRightBeforeRE = lazyRE(`\b` + ownerWord + `[ \t\x{00A0}]+\p{Lu}{2,5}(?:,|:|[ \t\x{00A0}]+is)[ \t\x{00A0}]*$`)

// ownedSchemeRE is a scheme's capitals said as someone's: "my TRN is",
// "her NIE" (group 1).
var ownedSchemeRE = lazyRE(`\b` + ownerWord + `[ \t\x{00A0}]+(\p{Lu}{2,5})\b`)

// ownerWord is a possessive that says whose a scheme's number is.
const ownerWord = `(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)`

// ownedSchemeBefore reports whether before names a scheme as someone's
// (see ownedSchemeRE), its capitals no word, condition or doctor ("my GP",
// "my ADHD"): a cue for a code of capitals and digits, which no count or
// amount is ("my VL was 1200000" is one).
func ownedSchemeBefore(before string) bool {
	for _, m := range ownedSchemeRE().FindAllStringSubmatch(before, -1) {
		if !notSchemes[m[1]] && !notIDPrefixes[m[1]] && !ownedNotSchemes[m[1]] {
			return true
		}
	}
	return false
}

// ownedNotSchemes are capitals said as someone's that name no scheme of
// numbers: a doctor, a condition, a thing.
var ownedNotSchemes = setOf(`GP GPS PC CV MP PA DNA HIV AIDS ADHD ADD OCD PTSD COPD MS ME IBS BP PT OT IT HR ECG EKG MRI CT BMI PIN WIFI SIM`)

// listOrCount reports whether digit groups are rather a list, years or an
// amount than one number: two to six groups of one or two digits ("3 4
// 5"), years
// ("2019-2020"), or thousands of up to seven digits ("250 000",
// "1 500 000"; "527 183 904" is too long to be said as a count).
func listOrCount(raw string) bool {
	gs := splitGroups(raw)
	short, years, thousands := true, len(gs) > 1, len(gs) > 1 && len(gs[0]) <= 3 && !strings.Contains(raw, "-") && len(digitsOf(raw)) <= 7
	for i, g := range gs {
		if len(g) > 2 {
			short = false
		}
		if !isYear(g) {
			years = false
		}
		if i > 0 && len(g) != 3 {
			thousands = false
		}
	}
	return len(gs) > 1 && len(gs) < 7 && short || years || thousands // seven digits read one by one are a number
}

// ordinalRoadRE is a road named by its number ("14th Road", "5th Cross",
// "2nd Main"), as streets are in Indian cities and American ones, or by a
// day of the year ("18th November Street").
var ordinalRoadRE = lazyRE(`\b\d{1,3}(?:st|nd|rd|th)[ \t\x{00A0}]+(?:` + fullMonthName + `[ \t\x{00A0}]+)?(?:Road|Street|Avenue|Lane|Cross|Main|Block|Sector)\b`)

// monthOrWeekday reports whether capitals are rather a month or a weekday
// written in capitals ("JUNE 2023"): not a scheme.
func monthOrWeekday(word string) bool {
	switch word {
	case "JAN", "FEB", "MAR", "APR", "MAY", "JUNE", "JULY", "AUG", "SEPT", "OCT", "NOV", "DEC", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN":
		return true
	}
	return false
}

// prefixStreetRE is a street whose kind comes before its name, as in
// Welsh, Malay, Spanish, French or Filipino ("9 Heol y Nant", "No. 18,
// Lorong Kulit 3", "Barangay Lahug"): a house number, then the kind and a
// capitalised name.
var prefixStreetRE = lazyRE(`\b\d{1,5}[A-Za-z]?(?:[\-/][A-Za-z0-9]{1,3})?,?[ \t\x{00A0}]+(?:Heol|Ffordd|Stryd|Lôn|Jalan|Jln\.?|Lorong|Lebuh|Persiaran|Calle|Carrer|Avenida|Rue|Via|Rua|Barangay|Mohalla|Triq|Sqaq|Strada|Ulica|Rruga|Sokak|Soi|Thanon|Avenue|Boulevard|Chemin|Impasse|Allée|Route|rue|rua|chemin|avenue|route|impasse|allée|boulevard|quai|Quai|cours|Cours|traverse|Traverse|montée|Montée|esplanade|Esplanade)[ \t\x{00A0}]+(?:No[.:]?[ \t\x{00A0}]*\d{1,5}[A-Za-z]?\b|(?:(?:y|yr|de|del|la|le|las|los|da|do|das|dos|des|du)[ \t\x{00A0}]+){0,2}` + townWord + `(?:[ \t\x{00A0}]+(?:(?:des|du|de|la|le|les|las|los|del|da|do|das|dos)[ \t\x{00A0}]+){0,2}(?:` + capWord + `|\d{1,3}))*)`)

// crossingRE is a corner given by the two numbered streets that cross
// there, as Colombia, Ecuador and Venezuela give one ("calle 13 y avenida
// 24", "calle 26 entre avenidas 3 y 4", "Av. 5 de Julio con calle 72").
var crossingRE = lazyRE(`\b(?i:calle|carrera|cra\.|avenida|av\.)[ \t\x{00A0}]+\d{1,3}[A-Za-z]?(?:[ \t\x{00A0}]+de[ \t\x{00A0}]+\p{Lu}\p{Ll}+)?[ \t\x{00A0}]+(?:y|con|entre)[ \t\x{00A0}]+(?i:calles?|carreras?|avenidas?)[ \t\x{00A0}]+\d{1,3}[A-Za-z]?(?:[ \t\x{00A0}]+y[ \t\x{00A0}]+\d{1,3}[A-Za-z]?)?\b`)

// crossGridRE is a house given by the two streets of a grid town that
// cross there, as Honduran addresses give it: "6 avenida, 8 calle N.O.".
var crossGridRE = lazyRE(`\b\d{1,2}(?:a\.?)?[ \t\x{00A0}]+(?i:avenida|calle)[ \t\x{00A0}]*,?[ \t\x{00A0}]+\d{1,2}(?:a\.?)?[ \t\x{00A0}]+(?i:avenida|calle)\b(?:[ \t\x{00A0}]+[NS]\.?[EO]\.?)?`)

// streetPostcodeRE is a street and number, then a postcode of four or five
// digits (Poland's "43-400", a country's letter before: "L-4131") and a
// town, as most of Europe writes an address: "Kolubarska 12, 11550
// Lazarevac", "Hauptstraße 5, 10115 Berlin", "Głęboka 15, 43-400 Cieszyn",
// "Odos Kazouli 12, 851 00 Rhodes",
// "Kontulankaari 7 C, 00940 Helsinki", "Pólgata 2, 400 Ísafjörður"; a
// German town may be named by its river or island ("25938 Wyk auf Föhr",
// "Frankfurt am Main").
var streetPostcodeRE = lazyRE(`(?:(?:via|rue|calle|avenida|rua|ul\.)[ \t\x{00A0}]+)?(\p{Lu}\p{L}+)(?:[ \t\x{00A0}]\p{Lu}\p{L}+){0,2}[ \t\x{00A0}]+\d{1,4}(?:[ \t\x{00A0}]?[A-Za-z])?,[ \t\x{00A0}]+((?:[A-Z]{1,2}-)?\d{3,5}|\d{2}-\d{3}|\d{3} \d{2})[ \t\x{00A0}]+(\p{Lu}\p{L}+(?:-\p{L}+){0,3}(?:[ \t\x{00A0}]+(?:auf|am|im|an[ \t\x{00A0}]+der|in[ \t\x{00A0}]+der|ob[ \t\x{00A0}]+der|bei)[ \t\x{00A0}]+\p{Lu}\p{L}+)?)`)

// notStreetFirst are capitalised words before a number that name no
// street: "During Covid 19, 1500 …", "Chapter 12, …", "Room 12, …".
var notStreetFirst = setOf(`during after before covid war world vitamin chapter week level room ward terminal page bed bay floor unit
day year grade stage step phase type section part class season episode volume gate platform bus route line table`)

// postcodeCueRE is a postcode said after its name, in English or another
// language: "the código postal is S2000ABC", "post code FO 900", "the postal
// code, which nobody uses, 20001", "the postcode, which nobody knows, I
// had to look it up, 110104", "for post, the code is 54001", a Mexican
// "C.P. 83249", "Postcode — what is it — 720040", "the post index.
// [laughs] 140100".
var postcodeCueRE = lazyRE(`(?i:\b(?:código postal|codigo postal|code postal|c\.p\.|cep|post ?code|postal code|post index|postal index|zip ?code|posta kodu|poštanski broj|postanski broj|cod poștal|cod postal|zona postal|mikud)|\bpost,[ \t\x{00A0}]+the[ \t\x{00A0}]+code)(?:[ \t\x{00A0}]+for[ \t\x{00A0}]+the[ \t\x{00A0}]+\p{L}+)?(?:,[ \t\x{00A0}]+(?:which|for|if)[^,.;\n]{1,24}(?:,[ \t\x{00A0}]+[^,.;\n]{1,24})?,)?(?:[ \t\x{00A0}]+(?:also|too|there|here))?(?:[ \t\x{00A0}]+(?:is|es|é|est|was))?(?:,?[ \t\x{00A0}]+(?:um|uh|erm|er|ah),)?(?:[ \t\x{00A0}]*[—–][^—–\n.]{1,24}[—–]|\.[ \t\x{00A0}]+\[[^\]\n]{1,20}\])?[ \t\x{00A0}]*[:,]?[ \t\x{00A0}]+(\d{7}\b|[A-Z]{2}[ \t\x{00A0}\-]\d{3,5}\b|` + postcodeToken + `|\d{3}\b)`)

// kindFirstStreetRE is a street named kind first, without a house number
// before it, its particles one or two ("Avenida de la Albufera 151"): with
// its number after ("Rua da Resistência, n.º 1148",
// "Jirón Bolognesi 318", "prospekt Zhibek Zholu 311", "Jl. Kaliurang Km
// 9,5", "Route de Gremda km 4", "Vico Lungo San Matteo 14"), or named
// after a date ("Avenida 24 de Julho", "Avenida 25 de Abril, 61", group
// 1). Group 2 is the number, with the letter of its quarter in Quito and
// Cochabamba ("Calle Los Nogales N78-112 y Diego de Vásquez", "Calle
// Jordán E-0345"), a letter after a dash ("Avenida Arena 14-B"), the house
// said as one ("Trilha do Bonete, casa 7"), none ("sin número", "s/n"), or
// a Mexican block and lot ("Calle Delfín Mz 3 Lt 12"); the name is the
// fewest words before one. Without a number, a street is located by the one
// it meets at a corner ("Calle Igualdad esquina con Calle Langosta").
var kindFirstStreetRE = lazyRE(`\b(?:Avenida|Avda\.|Av\.|C/|Rua|Rúa|Caminho|Calle|Callejón|Callejon|Paseo|Calzada|Privada|Cerrada|Andador|Via|Viale|Lungo|Lungomare|Lungotevere|Lungarno|Piazza|Plaza|Praça|Praceta|Travessa|Servidão|Passagem|Beco|Trilha|Alameda|Ladeira|Rodovia|Estrada|Bairro|Chaussée|Corso|Vicolo|Vico|Largo|Banchina|Calata|Salita|Discesa|Rampa|Corniche|Route[ \t\x{00A0}]+(?:de|du|des)|Carrer|Rue|rue|calle|avenida|[Vv]ulytsia|[Vv]ul\.|[Kk]uchai|[Aa]venue|Bv\.|Bvd\.|Bulevar|Boulevard|[Ss]tr\.|[Oo]s\.|Jr\.|Strada|strada|Calea|Aleea|Bd\.|Şos\.|Șos\.|Caddesi|Cad\.|Sok\.|Jalan|Jl\.|Jln\.|Lorong|Triq|Ulica|Ulitsa|ul\.|Rruga|Kale|Rehov|Sokak|Thanon|Soi|Heol|Stryd|Chemin|Impasse|Allée|Jirón|Pasaje|Psje\.|[Pp]rospekt|[Uu]litsa|[Kk]uchasi|[Kk]öçəsi|Odos|Odós|Leoforos|Leof\.|Agiou|Agias|Agion|Platia|Plateia)[ \t\x{00A0}]+(?:(?:y|yr|de|del|la|las|los|le|da|do|das|dos|des|du|dei|degli|delle|della|dello|di)[ \t\x{00A0}]+|[dl]['’]|` + malteseArticle + `){0,2}(?:(\d{1,2}[ \t\x{00A0}]+de[ \t\x{00A0}]+\p{Lu}\p{Ll}+(?:[ \t\x{00A0}]+[Ss]/[Nn]\b|[ \t\x{00A0}]+(?:y|esquina)[ \t\x{00A0}]+` + capWord + `|,?[ \t\x{00A0}]+\d{1,3}[A-Za-z]?\b)?)|` + capWord + `(?:[ \t\x{00A0}]+(?:` + streetParticle + `[ \t\x{00A0}]+){0,2}` + capWord + `){0,2}?,?[ \t\x{00A0}]+(?:(?i:gg\.?)[ \t\x{00A0}]?(?:\d{1,3}|[IVX]{1,4})[ \t\x{00A0}]+(?i:no\.?)[ \t\x{00A0}]?|(?i:n\.?º|n°|no\.|nr\.?|número|km\.?|casa)[ \t\x{00A0}]?|#[ \t\x{00A0}]?)?((?:[NESO]-?)?\d{1,5}(?:[,.]\d)?[A-Za-z]?(?:/\d{1,4}[A-Za-z]?|-\d{1,4}|-[A-Z])?\b|[Ss]/[Nn]\b|s(?:in|em)[ \t\x{00A0}]+n[úu]mero\b|(?:Mz|Manzana)\.?[ \t\x{00A0}]?\d{1,3},?[ \t\x{00A0}]+(?:Lt|Lote)\.?[ \t\x{00A0}]?\d{1,3}\b)(?:[ \t\x{00A0}]+(?:Poniente|Oriente|Norte|Sur)\b)?(?:[ \t\x{00A0}]+(?:y|esquina)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+(?:` + streetParticle + `[ \t\x{00A0}]+){0,2}` + capWord + `){0,2})?|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2}(?:[ \t\x{00A0}]+esquina(?:[ \t\x{00A0}]+(?:con|com|de|a|y)(?:[ \t\x{00A0}]+(?:a|o))?)?[ \t\x{00A0}]+(?:(?:Calle|Avenida|Av\.|Rua|Travessa)[ \t\x{00A0}]+(?:(?:de|del|la|las|los|da|do|das|dos)[ \t\x{00A0}]+){0,2})?` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2})?)`)

// gridStreetRE is an address of a grid town, its street by ordinal and the
// house by the cross street's number: "4a. Avenida 3-27" (Guatemala).
var gridStreetRE = lazyRE(`\b\d{1,2}(?:a\.?)?[ \t\x{00A0}]+(?:Avenida|Calle|avenida|calle)[ \t\x{00A0}]+\d{1,3}-\d{1,3}\b`)

// gridNumberRE is a street of a Colombian grid town by its kind and
// number alone: "Carrera 27", "Calle 5 Sur", with the house's number or
// not ("Calle 13 Sur No. 402").
var gridNumberRE = lazyRE(`\b(?:Carrera|Cra\.|Calle|Diagonal|Transversal)[ \t\x{00A0}]+\d{1,3}[A-Z]?(?:[ \t\x{00A0}]+(?:Bis|Sur|Norte|Este|Oeste))?\b(?:[ \t\x{00A0}]+(?:No\.|Nº|N°|#)[ \t\x{00A0}]*\d{1,5}\b)?`)

// koreanRoadRE is a Korean road address: a road ("-ro", "-daero") or a
// lane off it ("25-gil", "12beon-gil") and the building's number, then
// the districts after it ("Sinchon-ro 25-gil 12, Seodaemun-gu", "Imun-ro
// 107, Dongdaemun-gu"), or a village's numbered lane, as islands and
// small towns name them ("Jeodong 3-gil 14-2", "Cheonbu 3-gil 22").
var koreanRoadRE = lazyRE(`\b\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:-(?:ro|daero|gil)(?:[ \t\x{00A0}]+\d{1,3}(?:beon)?-gil)?|[ \t\x{00A0}]+\d{1,3}(?:beon)?-gil)[ \t\x{00A0}]+\d{1,4}(?:-\d{1,3})?\b(?:,[ \t\x{00A0}]+\p{Lu}\p{Ll}+(?:-\p{Ll}+)?-(?:gu|si|gun|dong|eup|myeon)\b)*`)

// gridRoadRE is a street of a grid town by its number alone, as
// Surrey and Edmonton name theirs, after "on" or "along": "on 120 Street",
// "along 72 Avenue" (its clause ending after it: not "on 5 Street
// cleaners' wages").
var gridRoadRE = lazyRE(`\b(?:on|along|off)[ \t\x{00A0}]+(\d{2,3}[ \t\x{00A0}]+(?:Street|Avenue))\b`)

// alleyRE is an address in a Vietnamese town: an alley by its number on a
// street ("số 12, ngõ 45 phố Kim Mã", "ngõ 178 Thái Hà").
var alleyRE = lazyRE(`(?:(?i:\b(?:số|so)[ \t\x{00A0}]+)?\b\d{1,4}[A-Za-z]?,?[ \t\x{00A0}]+)?\b(?i:ngõ|ngách|hẻm|kiệt)[ \t\x{00A0}]+\d{1,4}(?:/\d{1,4})*(?:[ \t\x{00A0}]+(?i:phố|đường))?(?:[ \t\x{00A0}]+` + capWord + `){1,3}`)

// unknownWord reports whether every word of s is one the lists hold as
// no English word.
func unknownWord(s string) bool {
	g, err := loadGazetteer()
	if err != nil {
		return false
	}
	for _, w := range strings.Fields(s) {
		if g.isWord(fold(w)) || functionWords[fold(w)] || interjections[fold(w)] {
			return false
		}
	}
	return true
}

// The words a window must hold, lower case, for locatorRE, prefixStreetRE
// and ordinalRoadRE to be worth running on it.
var (
	locatorWords = []string{"khashaa", "mahalla", "chambre", "door", "pasaje", "îlot", "ilot", "moo ", "quarteir", "mahalle", "zuqaq", "carré", "carre", "pelak", "vahed", "vh.", "flat", "unit", "plot", "block", "blk", "house", "no.", "lot", "stand", "erf", "portion", "purok", "gali", "sector", "section", "compound", "woreda", "kebele", "building", "phase", "box", "bag", "b.p", "bp ", "#",
		"apartment", "apt", "appt", "imm", "maison", "fence", "street", "rue", "rua ", "lote", "casa", "manzana", "depto", "dpto", "kv", "district",
		"piso", "local", "sala", "loja", "tower", "villa", "dom ", "podyezd", "podezd", "korpus", "korp.", "-uy", "xonadon", "mavze", "kvartal", "mikrorayon", "mkr", "bloc", "blok", "bl.", "sc.", "ap.", "apto", "et.", "etaj", "porte", "puerta", "secteur", "torre", "interior", "int.", "escalera", "esc.", "mənzil", "menzil", "kat", "daire", "ulaz", "stan", "appartement", "bâtiment", "batiment", "entrée", "entree", "no:"}
	prefixStreetWords = []string{"banchina", "calata", "salita", "discesa", "rampa", "caminho", "esplanade", "odos", "odós", "leoforos", "leof.", "agiou", "agias", "agion", "platia", "plateia", "callejón", "callejon", "paseo", "calzada", "privada", "cerrada", "andador", "vulytsia", "vul.", "kuchai", "av.", "bv.", "bvd.", "bulevar", "str.", "calea", "aleea", "bd.", "şos.", "șos.", "caddesi", "cad.", "sok.", "avda", "c/ ", "jl.", "jirón", "jr.", "pasaje", "psje", "prospekt", "prospect", "ulitsa", "ul.", "kuchasi", "köçəsi", "os.", "heol", "ffordd", "stryd", "lôn", "jalan", "jln", "lorong", "lebuh", "persiaran", "calle", "carrer", "avenida", "rue", "via", "viale", "lungo", "lungomare", "lungotevere", "lungarno", "piazza", "corso", "vicolo", "largo", "rua", "rúa", "barangay", "mohalla",
		"triq", "sqaq", "strada", "ulica", "rruga", "sokak", "soi", "thanon", "avenue", "boulevard", "chemin", "impasse", "allée", "route", "kale", "rehov", "quai", "cours", "vico", "corniche", "plaza", "praça", "travessa", "passagem", "beco", "alameda", "ladeira", "trilha", "rodovia", "estrada", "bairro", "chaussée", "traverse", "montée"}
	postcodeCueWords = []string{"postal", "post, the code", "c.p.", "cep", "post code", "postcode", "post index", "zip", "posta kodu", "poštanski", "postanski", "poștal", "mikud"}
	ordinalRoadWords = []string{"road", "street", "avenue", "lane", "cross", "main", "block", "sector"}
)
