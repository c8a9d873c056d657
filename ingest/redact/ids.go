package redact

// Reference and ID numbers written as codes: capitals and digits in
// groups, found anywhere when they are clearly codes and near a cue when
// they are shorter (see findPatterns).

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// notIDPrefixes are capitals before a number that are no part of it: the
// cue itself ("NHS 943 476 5919"), a pronoun, a country.
var notIDPrefixes = setOf(`I A NHS MRN SSN ID NI CHI REF NO UK US USA GP TEL PIN DOB ER AE`)

// notIDPrefix reports whether capitals before a number are no part of it:
// a cue, a pronoun, a country, or a currency's code ("UGX 3457250").
func notIDPrefix(letters string) bool {
	u := strings.ToUpper(letters)
	return notIDPrefixes[u] || currencyCodes[u]
}

// findAlnumIDs finds reference numbers of letters and digits with six
// digits or more. Letters run straight into the digits ("K0987654",
// "RR8 2049173") make one anywhere; letters standing apart ("K 774 0192")
// only after an ID cue.
func findAlnumIDs(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(alnumIDRE(), text, wins, func(m []int) {
		if notIDPrefix(text[m[2]:m[3]]) || digitCount(text[m[6]:m[7]]) < 6 {
			return
		}
		if !numberBoundary(text, m[0], m[1]) {
			return
		}
		if m[4] != m[5] && !idCue(text, m[0]) {
			return
		}
		out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
	})
	return out
}

// codeIDRE() is a code of capitals and digits, in groups joined by "/", "-"
// or "." ("PIP/04/77316-K", "MC-447-1829X", "7823416WA"), with up to two
// letters spaced after it ("8841203 K H"): group 1 the code, group 2 the
// spaced letters.
var codeIDRE = lazyRE(`\b([A-Z0-9]+(?:[/\-.][\p{Lu}0-9]+){0,5})((?: [A-Z]){1,2}\b)?`)

// unitSuffixes are units written after a number, in capitals: "4000IU" is
// a dose, not a code.
var unitSuffixes = setOf(`MG MCG UG ML IU KG G MM CM KM M MPH AM PM GB MB KB HZ MMOL L K`)

// findCodeIDs finds reference numbers by their shape alone, whatever the
// scheme: a code that mixes capitals with six digits or more is an
// identifier anywhere, since nothing else people say looks like it (doses,
// wards, models and postcodes have fewer digits); after an ID cue, or in
// a code of three groups or more ("RHD-CWM-04417"), five digits will do. Codes of digits alone are left to findNumbers, except
// an Irish PPS-like number with its letters spaced after a cue.
func findCodeIDs(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(codeIDRE(), text, wins, func(m []int) {
		s, e := m[2], m[3]
		code := text[s:e]
		if !numberBoundary(text, s, e) && !(m[4] >= 0 && e < len(text) && text[e] == ' ') {
			return
		}
		digits, letters := digitCount(code), 0
		for i := 0; i < len(code); i++ {
			if 'A' <= code[i] && code[i] <= 'Z' {
				letters++
			}
		}
		passport := mixedPassport(text, s, code, digits, letters) || schemeCode(text, s, code, digits, letters)
		if digits < 5 && !passport {
			return
		}
		if letters == 0 {
			switch {
			case m[4] >= 0 && digits == len(code) && digits >= 6 && digits <= 9 && idCue(text, s) && spacedLettersEnd(text, m[5]):
				// "8841203 K H": digits, then the letters said one by one.
				out = append(out, candidate{kind: ID, start: s, end: m[5]})
			case strings.Contains(code, "/") && digits >= 7 && numberBoundary(text, s, e) && !countLike(code) && !dateNum().MatchString(code) && (idCue(text, s) || protocolSaidRE().MatchString(text[max(0, s-24):s])):
				// "2024/118834": findNumbers takes no slashes, which
				// mostly make dates and years ("2023/24").
				out = append(out, candidate{kind: ID, start: s, end: e})
			}
			return
		}
		// A pronoun's letter run into the digits is the code's ("A801234567012").
		if p := strings.TrimRight(code, "0123456789"); !numberBoundary(text, s, e) || unitSuffixes[strings.TrimLeft(code, "0123456789")] || notIDPrefixes[p] && len(p) > 1 {
			return
		}
		if digits >= 6 || idCue(text, s) || strings.Count(code, "-")+strings.Count(code, "/") >= 2 || passport {
			out = append(out, candidate{kind: ID, start: s, end: e})
		}
	})
	return out
}

// mixedPassport reports whether a code of eight or nine capitals and
// digits, three of each at least, is a passport's or a card's number said
// right after the word for it ("his passport, NX7R2KP84", as Dutch
// passports are numbered).
func mixedPassport(text string, s int, code string, digits, letters int) bool {
	return passportShaped(digits, letters, len(code)) && documentRightBeforeRE().MatchString(text[max(0, s-24):s])
}

// schemeCode reports whether a code of seven capitals and digits,
// interleaved, is a personal number said right after its scheme's
// initials ("the FIN, 3TM9K1P", "the child's FIN is 5HK2R7Q", as
// Azerbaijan's personal codes are; not a batch's "ABV5300" after "the
// AZ", nor a code after initials that name no scheme, "the WIFI is
// 4GH7K2M").
func schemeCode(text string, s int, code string, digits, letters int) bool {
	if !schemeCodeShaped(digits, letters, len(code)) || !interleaved(code) {
		return false
	}
	m := schemeRightBeforeRE().FindStringSubmatch(text[max(0, s-24):s])
	return m != nil && !notSchemeInitials[m[1]]
}

// notSchemeInitials are initials said before codes that are no one's
// number: services, tests, wards, vaccines and networks. (Not
// notIDPrefixes, the capitals a code begins with: "MRN" and "PIN" name
// schemes here, "His MRN was 4KP72TX".)
var notSchemeInitials = setOf(`OK AZ NHS GP BBC DWP PCR ICU WIFI MRI CT ECG EEG ER UK US EU TV PC IT HR NGO UN WHO`)

// interleaved reports whether a code's letters and digits alternate in
// four runs or more ("3TM9K1P"), not letters then digits ("ABC1234").
func interleaved(code string) bool {
	runs := 0
	for i := range len(code) {
		if i == 0 || isDigitByte(code[i]) != isDigitByte(code[i-1]) {
			runs++
		}
	}
	return runs >= 4
}

// schemeCodeShaped reports whether a code of n characters is seven
// capitals and digits, three of each at least ("3TM9K1P").
func schemeCodeShaped(digits, capitals, n int) bool {
	return n == 7 && digits >= 3 && capitals >= 3 && digits+capitals == n
}

// schemeRightBeforeRE is a scheme's initials just before its number, with
// "is" or "was" or a comma between or not: "FIN is", "the FIN,".
var schemeRightBeforeRE = lazyRE(`\b(\p{Lu}{2,5})(?:[ \t\x{00A0}]+(?:is|was))?[ \t\x{00A0}]*[,:]?[ \t\x{00A0}]*$`)

// passportShaped reports whether a code of n characters, digits and
// capitals, is shaped as a passport of both mixed: eight or nine long,
// three of each at least ("NX7R2KP84").
func passportShaped(digits, capitals, n int) bool {
	return digits >= 3 && capitals >= 3 && digits+capitals == n && n >= 8 && n <= 9
}

// spacedLettersEnd reports whether the letters spaced after a number end
// there: at punctuation or the end of the line, not before more words ("K
// H." but not "A lot").
func spacedLettersEnd(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	return strings.ContainsRune(".,;!?)\n", rune(text[e]))
}

// notMailLocals are words said before "at ... dot ..." that are no part
// of an address: "look at nhs dot uk", "find us at carers dot ie".
var notMailLocals = setOf(`look looking looked it that this them us me him her you we one go went online work working worked
email mail site website page there here all home school uni check see find found find them everything is was are`)

// sentenceDomain reports whether the domain of an e-mail said aloud, its
// words before the first "dot", is a stretch of a sentence ("at a startup
// in the dot com boom"), not a name said in words ("at blanket and lamp
// dot org").
func sentenceDomain(domain string) bool {
	for _, w := range strings.Fields(strings.ToLower(domain)) {
		if domainStopWords[w] {
			return true
		}
	}
	return false
}

// domainStopWords never stand in a domain said in words.
var domainStopWords = setOf(`a an the in on at of during my his her their our your this that is was`)

// spokenMailLocal reports whether the local part of an e-mail said aloud
// (at byte s) is one: a dot, digits, a number word or an underscore in it,
// or a single word that is no common word said before "at" ("look at nhs
// dot uk" is a web site, whoever the provider).
func spokenMailLocal(text string, s int, local string) bool {
	if spokenDotRE().MatchString(local) || strings.ContainsAny(local, "._0123456789") || strings.Contains(local, "underscore") ||
		strings.Contains(local, " dash ") || strings.Contains(local, " hyphen ") {
		return true
	}
	if strings.ContainsAny(local, " \t\n") {
		return true // a number said in words after the name
	}
	if s > 0 && strings.ContainsRune("'’", rune(text[s-1])) || s > 2 && text[s-3:s] == "’" {
		return false // "we're at": a contraction
	}
	return !notMailLocals[local] && !functionWords[local]
}

// codeTriggers returns the starts of the words that may be codes for
// findCodeIDs: runs of letters, digits, "/", "-" and "." with five digits
// or more and a capital or a "/" among them, or six to nine digits with a
// capital spaced after them ("8841203 K H"), or seven capitals and
// digits mixed (mixedPassport's, "3TM9K1P"). A loop over the bytes is far
// cheaper than running codeIDRE() around every digit.
func codeTriggers(text string) []int {
	var at []int
	for i := 0; i < len(text); {
		if !isCodeByte(text[i]) {
			i++
			continue
		}
		j, digits, caps, slash := i, 0, 0, false
		for ; j < len(text) && isCodeByte(text[j]); j++ {
			switch c := text[j]; {
			case isDigitByte(c):
				digits++
			case 'A' <= c && c <= 'Z':
				caps++
			case c == '/':
				slash = true
			}
		}
		spaced := caps == 0 && digits >= 6 && j+1 < len(text) && text[j] == ' ' && 'A' <= text[j+1] && text[j+1] <= 'Z'
		// A full stop after a passport's number ends the sentence, not the code.
		n := len(strings.TrimRight(text[i:j], "./-"))
		if digits >= 5 && (caps > 0 || slash) || spaced || passportShaped(digits, caps, n) || schemeCodeShaped(digits, caps, n) {
			at = append(at, i)
		}
		i = j
	}
	return at
}

func isCodeByte(c byte) bool {
	return isASCIILetter(c) || isDigitByte(c) || c == '/' || c == '-' || c == '.'
}

// digitsReadRE is a number read out one digit at a time: six single digits
// or more ("2 3 1 0 4 4 8 7 1 9 2"), after the group or the letters it
// starts with or not ("22520 3 1 4 7 7", "CHI 0 4 7 7 3 2 1"), its groups
// parted by spaced dashes or commas or not ("9 9 8 - 2 1 - 4 3", "9 9 8 –
// 2 1 – 4 3", "9 6 3, 4 1 8, 2 0 5": a group after a comma has two digits
// or more, so that a number is not run on into "…, 3 letters before it").
var digitsReadRE = lazyRE(`\b(?:[A-Z]{2,4}[ \t](?:[A-Z][ \t])?|\d{2,5}[ \t])?\d(?:(?:[ \t][-–—])?[ \t]\d|,[ \t]\d[ \t]\d){5,15}\b`)

// seriesNumberRE is an identity card's series and number as Romanian and
// Moldovan cards give them ("seria MS nr. 482177").
var seriesNumberRE = lazyRE(`(?i:\bseria)[ \t\x{00A0}]+[A-Z]{2}[ \t\x{00A0}]*(?:(?i:nr\.?|număr|numar|no\.?)[ \t\x{00A0}]*)?\d{6}\b`)

// findDigitsRead finds numbers read digit by digit where a number was
// asked for or named in the 160 bytes before ("And your number? — 0 7 4 4
// 1 8"), at the end of a clause; counting ("1 2 3 4 5 6") is no number.
// A phone's word before makes it a phone.
func findDigitsRead(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(digitsReadRE(), text, windowsAround(text, singleDigitsRuns(text), 12, 40), func(m []int) {
		d := digitsOf(text[m[0]:m[1]])
		if counting(d) || paired(d) || singlesListed(text[m[0]:m[1]]) || !clauseEnds(text, m[1]) {
			return
		}
		before := asciiLower(text[max(0, m[0]-160):m[0]])
		near := text[max(0, m[0]-80):m[0]]
		phone := phoneCueRE().MatchString(near)
		if !strings.Contains(before, "number") && !strings.Contains(before, " no.") && !idCue(text, m[0]) && !phone || scoreWordsRE().MatchString(before) {
			return // "the numbers in my sugar diary: 7 8 6 9 7 8" are scores
		}
		kind := ID
		if d[0] == '0' && len(d) >= 10 && len(d) <= 11 || phone && !strings.Contains(asciiLower(near), "number") {
			kind = Phone // "0 7 7 3 1 4 5 5 2 9", a mobile read out
		}
		out = append(out, candidate{kind: kind, start: m[0], end: m[1]})
	})
	eachMatch(seriesNumberRE(), text, windowsWith(text, wins, []string{"seria"}), func(m []int) {
		out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
	})
	eachMatch(seriesNoRE(), text, windowsWith(text, wins, []string{"no", "№"}), func(m []int) {
		if first, _, _ := strings.Cut(text[m[0]:m[1]], " "); len(first) == 4 && isYear(first) && (m[0] == 0 || text[m[0]-1] != '-') {
			return // "in 2019 No 4567890 came": a year
		}
		out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
	})
	return out
}

// seriesNoRE is a document's series, then "No." and its number, as
// Russian, Belarusian and Armenian permits and certificates are given:
// "77 No. 2304518862", "MSE-2019 No. 0478213", "23 №2300145782", "4619 No
// 0827731".
var seriesNoRE = lazyRE(`\b(?:\d{2}|\d{4}|[A-Z]{2,5}(?:-\d{2,4})?)[ \t\x{00A0}]+(?:No\.?[ \t\x{00A0}]?|№[ \t\x{00A0}]?)\d{6,10}\b`)

// scoreWordsRE names scores, counts and measurements read out digit by
// digit: "pain scale", "sugar diary", "number of tablets".
var scoreWordsRE = lazyRE(`(?i)\b(?:numbers|scale|scores?|diary|pain|sugar|readings?|tablets|pills|doses?|level|levels|rate|rating|out of|each day|every day|per day|number of)\b`)

// singlesListed reports whether digits read out and parted by commas are
// too few for a phone or an identity number: readings, scores and rooms
// read in groups ("1 4 0, 9 0, 7 2", "4 7, 4 8, 4 9"); a number read in
// groups has nine digits or more ("9 6 3, 4 1 8, 2 0 5").
func singlesListed(raw string) bool {
	return strings.Contains(raw, ",") && len(digitsOf(raw)) < 9
}

// paired reports whether digits come only in runs of two or more of one
// digit: "2 2 4 4 6 6", "3 3 3 3 3 3", "2 2 2 8 8 8" are a routine's
// counts, no number.
func paired(d string) bool {
	run := 1
	for i := 1; i <= len(d); i++ {
		if i < len(d) && d[i] == d[i-1] {
			run++
			continue
		}
		if run < 2 {
			return false
		}
		run = 1
	}
	return len(d) > 0
}

// counting reports whether digits rise or fall by one each time.
func counting(d string) bool {
	up, down := true, true
	for i := 1; i < len(d); i++ {
		up = up && d[i] == d[i-1]+1
		down = down && d[i] == d[i-1]-1
	}
	return up || down
}

// singleDigitsRuns returns the starts of runs of six single digits or
// more, spaced: where digitsReadRE may match.
func singleDigitsRuns(text string) []int {
	var at []int
	n, start := 0, 0
	for i := 0; i < len(text); i++ {
		single := isDigitByte(text[i]) && (i == 0 || !isDigitByte(text[i-1])) && (i+1 == len(text) || !isDigitByte(text[i+1]))
		switch {
		case single:
			if n == 0 {
				start = i
			}
			n++
			if n == 6 {
				at = append(at, start)
			}
		case text[i] == ' ' || text[i] == '\t' || text[i] == '-' && i > 0 && text[i-1] == ' ' || text[i] == ',' && i+1 < len(text) && text[i+1] == ' ':
		case i > 0 && text[i-1] == ' ' && (strings.HasPrefix(text[i:], "–") || strings.HasPrefix(text[i:], "—")):
			i += len("–") - 1 // a spaced dash between the groups
		default:
			n = 0
		}
	}
	return at
}

// spacedSchemeIDRE is a scheme's one to four capitals standing apart
// before a number of five digits or more, in one group or joined by
// dashes or in two groups of three: "FH 230517", "PSH 33871", "HC
// 118-447", "KE 041 772", "B 419237" (one capital before six digits at
// least), or in thousands with dots, as Dutch hospitals write theirs
// ("MUMC 2.318.447"); or joined by a dash ("D-221 487"). Group 1 is the
// capitals.
var spacedSchemeIDRE = lazyRE(`\b(\p{Lu}{1,4})[ \t\x{00A0}\-](\d{5,9}|\d{2,4}-\d{2,4}(?:-\d{1,4})?|\d{3}[ \t\x{00A0}]\d{3}|\d{1,3}\.\d{3}\.\d{3})\b`)

// sentenceIDCueRE is a word in the sentence before a number that says a
// reference is given: "Docket number was FH 230517", "My passport, the
// foreign one, FT 448201", "his clinical record at the hospital, HC
// 214-557", "Onke's clinic folder is SB 0044-19".
var sentenceIDCueRE = lazyRE(`(?i)\b(?:number|no\.|nº|n°|passport|card|file|folder|docket|code|id|permit|registration|chart|record|licence|license)\b[^.!?\n]*$`)

// documentsLetters reports whether capitals that are also a word, an
// abbreviation or a unit ("A", "I", "AE", "AM") are a passport's or a
// card's series: right after the word for the document, seven digits or
// more after a capital alone, six in one group after two ("her passport,
// A 4410982", "the new permit is AM 0417762", "the tautotita, is AE
// 019374"; not "the number was UK 250 000", a country's count).
func documentsLetters(text string, m []int) bool {
	letters, num := text[m[2]:m[3]], text[m[4]:m[5]]
	switch {
	case len(letters) == 2 && (digitCount(num) < 6 || digitCount(num) != len(num)):
		return false
	case len(letters) == 1 && (letters != "A" && letters != "I" || digitCount(num) < 7):
		return false
	case len(letters) > 2:
		return false
	}
	return documentRightBeforeRE().MatchString(text[max(0, m[0]-24):m[0]])
}

// documentRightBeforeRE is the word for a document, or "number", just
// before its number.
var documentRightBeforeRE = lazyRE(`(?i)\b(?:passport|card|permit|id|policy|number|no\.|tautotita|taftotita)(?:,?[ \t\x{00A0}]+(?:is|was))?[ \t\x{00A0}]*[,:]?[ \t\x{00A0}]*$`)

// acronymIDCueRE is a scheme's acronym said as someone's before "is":
// "My NIS is B 419237", "her TRN was …".
var acronymIDCueRE = lazyRE(`\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Tt]he)[ \t\x{00A0}]+\p{Lu}{2,5}[ \t\x{00A0}]+(?:is|was|number)[ \t\x{00A0}:]*$`)

// findSpacedSchemeIDs finds a scheme's capitals and its number after a
// word in the sentence that says a reference is given, and the short
// codes of small schemes (findShortSchemeCodes).
func findSpacedSchemeIDs(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(spacedSchemeIDRE(), text, wins, func(m []int) {
		letters := text[m[2]:m[3]]
		before := text[max(0, m[0]-80):m[0]]
		acronymCue := acronymIDCueRE().MatchString(before) // "My CIN is L 439281": a unit's letter is the card's
		ownLetters := documentsLetters(text, m)
		if (notIDPrefixes[letters] || notSchemes[letters] || currencyCodes[letters]) && !ownLetters || countAfter(text, m[1]) || monthOrWeekday(letters) || unitSuffixes[letters] && !acronymCue && !ownLetters ||
			digitCount(text[m[4]:m[5]]) < 5 || !numberBoundary(text, m[0], m[1]) || yearRange(text[m[4]:m[5]]) ||
			text[m[3]] == '-' && strings.HasSuffix(digitsOf(text[m[4]:m[5]]), "000") || // "TB 2019-2020", "R-250 000": years, an amount
			!sentenceIDCueRE().MatchString(before) && !acronymCue {
			return
		}
		if utf8.RuneCountInString(letters) == 1 && digitCount(text[m[4]:m[5]]) < 6 {
			return // a capital alone needs six digits
		}
		out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
	})
	return append(out, findShortSchemeCodes(text, wins)...)
}

// saidSlashIDRE is a reference of a scheme's capitals and numbers with
// its slashes said aloud: "PR slash 2024 slash 0318", "CL 2022 slash 881
// 4409".
var saidSlashIDRE = lazyRE(`\b[A-Z]{2,4}(?:[ \t\x{00A0}]+slash)?[ \t\x{00A0}]+\d{2,6}(?:[ \t\x{00A0}]+slash[ \t\x{00A0}]+\d{2,6}(?:[ \t\x{00A0}]\d{2,6})?)+\b`)

// spacedNIRRE is a French social security number written in its seven
// groups: sex, year, month, department (three digits overseas, "974";
// Corsica's "2A"), commune, order and key ("2 41 05 974 11 072 58", "1 85
// 05 78 006 084 36"): no count, phone or date is grouped so.
var spacedNIRRE = lazyRE(`\b[12] \d{2} (?:0[1-9]|1[0-2]|[2-9]\d) (?:9[78]\d \d{2}|(?:\d{2}|2[AB]) \d{3}) \d{3} \d{2}\b`)

// koreanCaseRE is a Korean court's case number: the year, the kind of
// case, romanised or in Hangul, and the number ("2019 Go-jeong 4471",
// "2019 Gojeong 4471", "2021가단51234").
var koreanCaseRE = lazyRE(`\b(?:19|20)\d{2}[ \t\x{00A0}]*(?:(?:Ga|Go|Gu|Deu|Na|Da|Ka|Ko|Ku)-?(?:dan|hap|so|jeong|yak|gi|myeong)|고정|고단|고합|고약|가단|가합|가소|구합|구단|드단|드합|카단|카합)[ \t\x{00A0}]*\d{2,7}\b`)

// findShapedIDs finds the identity numbers whose shape alone says what
// they are, wherever they are said.
func findShapedIDs(text string, digitWins []span) []candidate {
	var out []candidate
	add := func(m []int) { out = append(out, candidate{kind: ID, start: m[0], end: m[1]}) }
	// bounded adds a match that no digit runs on from, either side.
	bounded := func(m []int) {
		if numberBoundary(text, m[0], m[1]) {
			add(m)
		}
	}
	dashWins := windowsWith(text, digitWins, []string{"-"})
	eachMatch(nrcRE(), text, windowsWith(text, digitWins, []string{")"}), add)
	eachMatch(saidSlashIDRE(), text, windowsWith(text, digitWins, []string{" slash "}), bounded)
	eachMatch(birthNumberRE(), text, windowsWith(text, digitWins, []string{"/"}), func(m []int) {
		if birthDateDigits(text[m[0] : m[0]+6]) {
			bounded(m)
		}
	})
	eachMatch(zimbabweIDRE(), text, dashWins, add)
	eachMatch(spacedNIRRE(), text, digitWins, bounded)
	eachMatch(dottedCheckedRE(), text, dashWins, bounded)
	dotWins := windowsAround(text, dotsBetweenDigits(text), 40, 24)
	eachMatch(brazilDocRE(), text, dotWins, bounded)
	eachMatch(koreanCaseRE(), text, digitWins, bounded)
	eachMatch(ahvNumberRE(), text, dotWins, bounded)
	eachMatch(pensionNumberRE(), text, digitWins, func(m []int) {
		if sentenceIDCueRE().MatchString(text[max(0, m[0]-80):m[0]]) && !lotBeforeRE().MatchString(text[max(0, m[0]-12):m[0]]) {
			bounded(m)
		}
	})
	eachMatch(dottedRefRE(), text, dotWins, func(m []int) {
		before := text[max(0, m[0]-6):m[0]]
		if digitCount(text[m[0]:m[1]]) >= 9 && numberBoundary(text, m[0], m[1]) && !strings.ContainsAny(before, "$€£¥") && // "R$" too
			!countAfterRE().MatchString(text[m[1]:min(len(text), m[1]+16)]) {
			add(m)
		}
	})
	eachMatch(dashedCodeRE(), text, dashWins, func(m []int) {
		if num := text[strings.LastIndexByte(text[:m[1]], '-')+1 : m[1]]; !isYear(num) { // not a trial's "CBT-ED-2023"
			bounded(m)
		}
	})
	eachMatch(panRE(), text, digitWins, add)
	eachMatch(sovietSeriesRE(), text, dashWins, bounded)
	eachMatch(npwpRE(), text, dotWins, bounded)
	eachMatch(tesseraRE(), text, digitWins, bounded)
	eachMatch(mexicoNSSRE(), text, digitWins, bounded)
	eachMatch(spainNUSSRE(), text, digitWins, bounded)
	eachMatch(portugueseCitizenCardRE(), text, digitWins, bounded)
	eachMatch(residencePermitRE(), text, digitWins, func(m []int) {
		if before := text[max(0, m[0]-120):m[0]]; permitSaidBeforeRE().MatchString(before) && !batchBeforeRE().MatchString(text[max(0, m[0]-48):m[0]]) {
			bounded(m) // not a model's, a batch's or a locker's code
		}
	})
	return out
}

// residencePermitRE is an Italian residence permit's number: "I", "0", a
// capital and seven digits, spaced as read or not ("I 0A 948 3317",
// "I0A4431287").
var residencePermitRE = lazyRE(`\bI[ \t\x{00A0}]?0[A-Z][ \t\x{00A0}]?\d{3}[ \t\x{00A0}]?\d{4}\b`)

// permitSaidBeforeRE is a residence permit's word said before its
// number.
var permitSaidBeforeRE = lazyRE(`(?i)\b(?:permit|permesso|soggiorno|questura|residence|protection|card)\b`)

// portugueseCitizenCardRE is a Portuguese citizen card's number as printed: eight
// digits, a check digit, the version's two capitals (counted down from
// "ZZ") and a digit ("10834562 7 ZX3"); not a batch's "45127789 3 BX4".
var portugueseCitizenCardRE = lazyRE(`\b\d{8}[ \t\x{00A0}]\d[ \t\x{00A0}]Z[A-Z]\d\b`)

// dashedCodeRE is a personal reference made of two groups of capitals or
// more and a number, joined by dashes: "LHW-SKR-0417" (a health worker's
// registration), "NHIA-OY-0448172". A product or a standard is named so
// rarely in an interview.
var dashedCodeRE = lazyRE(`\b[A-Z]{2,5}(?:-[A-Z]{2,5})+-\d{3,8}\b`)

// sovietSeriesRE is a certificate's series and number as the Soviet
// forms and the states after them print it: a Roman numeral, a dash, two
// or three letters of the Cyrillic alphabet in Latin (one may be two
// letters, "Yu"), then six or seven digits, with "No" between or not:
// "II-MYu 604218", "I-KK No 0456712" (a birth certificate), the letters
// Cyrillic or not ("I-ХК 584213").
var sovietSeriesRE = lazyRE(`\b(?:I|II|III|IV|V|VI|VII|VIII|IX|X)-\p{Lu}(?:\p{Lu}|\p{Lu}\p{Ll}|\p{Lu}{2}){1,2}[ \t\x{00A0}]+(?:(?:No\.?|№|N)[ \t\x{00A0}]*)?\d{6,7}\b`)

// npwpRE is an Indonesian tax number as its card prints it:
// "71.482.610.5-921.000".
var npwpRE = lazyRE(`\b\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}\b`)

// tesseraRE is an Italian health card's number as the card groups it, the
// country's code, the region's, then the card's own: "80380 00400
// 12894471" (the last group eight to ten digits as people copy it).
var tesseraRE = lazyRE(`\b\d{5} \d{5} \d{8,10}\b`)

// mexicoNSSRE is a Mexican social security number as its card groups it: the
// office, the year of joining, the year of birth, the serial and a check
// digit ("31 98 54 0227 6"). Nothing else is grouped so.
var mexicoNSSRE = lazyRE(`\b\d{2} \d{2} \d{2} \d{4} \d\b`)

// panRE is an Indian permanent account number (for tax): five capitals,
// four digits and a capital, the fourth capital telling the holder's kind
// ("BQXPR4417K": P, a person). Nothing else is written so.
var panRE = lazyRE(`\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b`)

// spainNUSSRE is a Spanish social security number as its card writes it: the
// province's two digits, eight, and two check digits ("18 04739281 62",
// "28/12345678/90"). No phone is grouped so.
var spainNUSSRE = lazyRE(`\b\d{2}(?:[ \t\x{00A0}]\d{8}[ \t\x{00A0}]|/\d{8}/)\d{2}\b`)

// dottedCheckedRE is an identity number written with its thousands
// dotted and a check digit or letter after a dash, as Uruguay's cédula and
// Chile's RUT are ("3.812.447-6", "12.845.330-K", a newcomer's
// "100.245.882-3"): no amount is written so.
var dottedCheckedRE = lazyRE(`\b\d{1,3}\.\d{3}\.\d{3}-[\dkK]\b`)

// dotsBetweenDigits returns where a dot stands between two digits: where a
// number is written with dots between its groups. A loop over the bytes
// is far cheaper than looking for each digit after a dot in every window.
func dotsBetweenDigits(text string) []int {
	var at []int
	for i := 1; i+1 < len(text); i++ {
		if text[i] == '.' && isDigitByte(text[i-1]) && isDigitByte(text[i+1]) {
			at = append(at, i)
		}
	}
	return at
}

// pensionNumberRE is a German pension insurance number ("53 120559 Y
// 047": the office, the birth date, the surname's letter, a serial and
// check digit), after a word that says a reference is given (a medicine's
// lot is written so too: "lot 21 100423 B 001"); ahvNumberRE a Swiss AHV
// number ("756.4821.0937.12"), which nothing else is written like.
var (
	pensionNumberRE = lazyRE(`\b\d{2}[ \t\x{00A0}]?\d{6}[ \t\x{00A0}]?[A-Z][ \t\x{00A0}]?\d{3}\b`)
	ahvNumberRE     = lazyRE(`\b756\.\d{4}\.\d{4}\.\d{2}\b`)
)

// lotBeforeRE is a medicine's lot or batch named just before its number.
var lotBeforeRE = lazyRE(`(?i)\b(?:lot|batch|ch\.-b\.|charge)[ \t\x{00A0}:]*$`)

// brazilDocRE is a Brazilian document's number in its written shape: a
// CPF ("214.508.376-62", or its first dot a dash, "441-200.903-87"), a
// PIS or NIS ("170.88213.44-6"), a CNPJ ("12.345.678/0001-90"). No amount
// or date is written so.
var brazilDocRE = lazyRE(`\b(?:\d{3}[.\-]\d{3}\.\d{3}-\d{2}|\d{3}\.\d{5}\.\d{2}-\d|\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2})\b`)

// dottedRefRE is a reference of nine digits or more with its thousands
// dotted, as Brazilian and Portuguese offices number their files, maybe
// after its office's capitals or the word for it: "Protocolo
// 1.442.907.315", "OUV-PE 2024.118.772". An amount that large is said with
// its currency or its unit (see findShapedIDs).
var dottedRefRE = lazyRE(`(?:\b(?:Protocolo|Processo|Protocol)[ \t\x{00A0}]+|\b\p{Lu}{2,6}(?:-\p{Lu}{2,3})?[ \t\x{00A0}]+)?\b\d{1,4}(?:\.\d{3}){2,3}\b`)

// birthNumberRE is a Czech or Slovak birth number, six digits of the birth
// date, a slash and three or four more ("055613/4472"): no date or sum is
// written so.
var birthNumberRE = lazyRE(`\b\d{6}/\d{3,4}\b`)

// birthDateDigits reports whether six digits are a birth number's date:
// a month of 1 to 12 (plus 50 for women, plus 20 for numbers given since
// 2004) and a day of 1 to 31.
func birthDateDigits(d string) bool {
	month := int(d[2]-'0')*10 + int(d[3]-'0')
	day := int(d[4]-'0')*10 + int(d[5]-'0')
	month %= 50
	if month > 20 {
		month -= 20
	}
	return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// zimbabweIDRE is a Zimbabwean national ID: the district's two digits, a
// dash, six or seven digits, the check letter and the home district's two
// digits ("08-2245671 K 21"). Nothing else is written so.
var zimbabweIDRE = lazyRE(`\b\d{2}-\d{6,7}[ \t\x{00A0}]?[A-Z][ \t\x{00A0}]?\d{2}\b`)

// nrcRE is a national registration number as Myanmar writes it: the
// state's number, the township's letters, the citizen's kind in brackets,
// six digits ("9/MaHaMa(N)045123"). Nothing else is written so.
var nrcRE = lazyRE(`\b\d{1,2}/[A-Za-z]{3,12}\([A-Z]{1,3}\)\d{5,6}\b`)

// wordedIDRE is a reference number said as one big number in words, in
// English or Spanish, as Chilean RUTs and Bolivian and Venezuelan cédulas
// are ("twenty-seven million, four hundred two thousand, one hundred
// eighteen, dash K"; "doce millones ochocientos cuarenta y cinco mil
// trescientos treinta, guion K"): millions, thousands and more after them
// (a round amount, "one million two hundred thousand toman", is none),
// with its check character or department (group 1) or not.
var wordedIDRE = lazyRE(`(?i)\b(?:` + bigNumberWord + `)(?:[ ,\-]+(?:` + bigNumberWord + `))*[ ,]+(?:millions?|mill[oó]n|millones)(?:[ ,\-]+(?:` + bigNumberWord + `))*[ ,]+(?:thousand|mil)(?:[ ,\-]+(?:` + bigNumberWord + `))+\b(,?[ \t]+(?:dash|hyphen|guion|guión)[ \t]+(?:[a-z]|one|two|three|four|five|six|seven|eight|nine|zero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|cero)\b|,[ \t]+[A-Z]-[A-Z]\b)?`)

const bigNumberWord = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veinti\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos|y`

// wordedIDCueRE is what introduces an identity number said in words.
var wordedIDCueRE = lazyRE(`(?i)\b(?:carnet|c[ée]dula|rut|run|dni|ci|id|identity|number|n[uú]mero|documento)\b`)

// findWordedIDs finds reference numbers said as one big number in words:
// with a check character or department after them, or an identity
// document named just before.
func findWordedIDs(text string) []candidate {
	var out []candidate
	eachMatch(wordedIDRE(), text, windowsAround(text, indexAllOf(text, "million", "millón", "millon"), 60, 200), func(m []int) {
		if m[2] >= 0 || wordedIDCueRE().MatchString(text[max(0, m[0]-30):m[0]]) {
			out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
		}
	})
	return out
}

// personalLoginRE is a student's, a member's or a user's number written
// in lower case, letters then digits, after what names it: "my student
// number, au682214", "her user ID: ks40912" (not "the library code"); and a number
// written in Japanese, "第04829号", after a word for number or a
// certificate's (not a newsletter's issue, "会報第1052号"); and a login
// in lower case, letters then digits: "the school login — it's yusu4721".
var personalLoginRE = lazyRE(`(?i:\b(?:my|your|his|her|their|our|the)[ \t\x{00A0}]+(?:student|staff|employee|member|membership|patient|user|login|matriculation|enrolment|enrollment)[ \t\x{00A0}]+(?:number|no\.?|id)(?:[ \t\x{00A0}]+(?:is|was)|['’]s)?[,:]?[ \t\x{00A0}]+)([a-z]{1,3}\d{5,10})\b|(?:(?i:number|no\.?)[ \t\x{00A0},:]*|番号[ \t\x{00A0}:：]*|証|手帳)(第[0-9]{4,10}号)|(?i:\blogin\b[ \t\x{00A0},:—–-]*(?:(?:it['’]s|it[ \t\x{00A0}]+is|is|was)[ \t\x{00A0}]+)?)([a-z]{2,6}\d{3,8})\b`)

// findPersonalLogins finds the numbers personalLoginRE describes.
func findPersonalLogins(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(personalLoginRE(), text, windowsWith(text, digitWins, []string{"number", " no", " id", "第", "login"}), func(m []int) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				if g == 6 && sharedLogin(text[m[6]:m[7]]) { // group 3, a login after "login"
					return // "the login is admin123": everyone's, no one's
				}
				out = append(out, candidate{kind: ID, start: m[g], end: m[g+1]})
				return
			}
		}
	})
	return out
}

// sharedLogin reports whether a login is a shared or generic one, its
// letters a word or a credential's stem ("admin123", "guest2023",
// "wifi2024", "nhs111").
func sharedLogin(login string) bool {
	letters := strings.TrimRightFunc(login, unicode.IsDigit)
	if genericLogins[letters] {
		return true
	}
	g, err := loadGazetteer()
	return err == nil && len(letters) > 2 && g.isWord(letters)
}

// genericLogins are the stems of logins that many share.
var genericLogins = setOf(`admin guest user test demo pass wifi staff step nhs mmol login root temp`)

// findMRNs finds the numbers said after a medical record's or a
// reference's cue (mrnRE), unless they read as a count; after a medical
// record's own cue a number in threes is one all the same ("her UR number
// at the Royal is 611 904"), but not a round count ("250 000") nor one
// followed by what it counts ("123 456 visitors").
func findMRNs(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(mrnRE(), text, windowsWith(text, digitWins, mrnTriggers), func(m []int) {
		v := text[m[2]:m[3]]
		if n := len(v); n > 2 && (v[n-2] == ' ' || v[n-2] == '-') && isDigitByte(v[n-1]) {
			v = v[:n-2] // a check digit after the groups ("0072 3319 4"), no count
		}
		record := medicalRecordCueRE().MatchString(text[m[0]:m[2]]) && recordThrees(v) && !countAfter(text, m[3]) && !measuredAfter(text, m[3])
		counted := !record && digitCount(v) == len(strings.ReplaceAll(strings.ReplaceAll(v, " ", ""), "-", "")) && countLike(v)
		if digitCount(v) >= 5 && !counted {
			out = append(out, candidate{kind: ID, start: m[2], end: m[3]})
		}
	})
	return out
}

// medicalRecordCues are a medical record's own cues among mrnRE's: what
// follows one numbers a patient, not a count.
const medicalRecordCues = `MRN|medical record(?: number| no\.?)?|hospital (?:number|no\.?)|record number|patient (?:id|number|no\.?)|unit number|UR number|(?-i:URN)|chi number|health and care number`

// medicalRecordCueRE is one of medicalRecordCues at the start of an mrnRE
// match.
var medicalRecordCueRE = lazyRE(`(?i)^(?:` + medicalRecordCues + `)`)

// recordThrees reports whether v, which countLike reads as thousands, is
// rather a record's number in threes: "611 904", not a round count nor a
// smaller one ("the patient number was 250 000", "record number is 12 500").
func recordThrees(v string) bool {
	gs := splitGroups(v)
	return len(gs) > 1 && len(gs[0]) == 3 && !strings.HasSuffix(v, "000")
}

// schemeGroupsIDRE is a reference number after two or more groups of a
// scheme's capitals, parted by slashes or dashes: "NSMC/TANGA/0193",
// "SMD/MNP/0447", "BLC-KHL 2231", "GRRH/OPD/2017/04417". An office's
// letters and a file's place in them make a person's file, whatever the
// country.
var schemeGroupsIDRE = lazyRE(`\b\p{Lu}{2,6}(?:[/\-]\p{Lu}{1,6}){1,3}[/\- ](?:\d{2,4}[/\-])?\d{4,8}\b`)

// findSchemeGroupIDs finds the numbers schemeGroupsIDRE describes, but
// not a year alone after the letters ("HIV/AIDS 2023").
func findSchemeGroupIDs(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(schemeGroupsIDRE(), text, digitWins, func(m []int) {
		raw := text[m[0]:m[1]]
		if i := strings.LastIndexAny(raw, "/- "); isYear(raw[i+1:]) && digitCount(raw) == 4 {
			return // "HIV/AIDS 2023", "the CBT-ED-2023 trial": a year
		}
		if numberBoundary(text, m[0], m[1]) {
			out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
		}
	})
	return out
}

// currencyCodes are the codes of currencies said before an amount ("the
// licence fee was PKR 25000"): no scheme's capitals.
var currencyCodes = setOf(`USD EUR GBP AUD NZD CAD INR PKR BDT LKR NPR ZAR KES UGX TZS MWK ZMW NGN GHS XOF XAF TTD JMD SRD GYD XCD BZD MNT PGK FJD SBD PHP MYR IDR THB VND KZT UZS KGS RUB UAH TRY IQD SYP LBP JOD EGP MAD DZD TND OMR AED SAR QAR CNY HKD TWD KRW JPY MXN BRL ARS COP PEN CLP BOB PYG UYU
CHF MK MZN RWF ETB SOS SDG CFA FCFA AFN IRR KWD BHD YER MMK KHR LAK SGD RMB GTQ HNL NIO CRC DOP HTG`)

// yearRange reports whether a number is a span of years: "2019-2020",
// "2018-19".
func yearRange(raw string) bool {
	gs := splitGroups(raw)
	return len(gs) == 2 && isYear(gs[0]) && (len(gs[1]) == 2 || isYear(gs[1]))
}

// schemeAcronymBefore reports whether a person's scheme, named by its
// capitals (three to six letters, not a common abbreviation), stands just
// before byte s in the same sentence, owned: "her NUIT is", "the CNSS,
// it's my father's,". "The UNICEF report said 12 345 678" is a count.
func schemeAcronymBefore(text string, s int) bool {
	before := text[max(0, s-40):s]
	if i := strings.LastIndexAny(before, ".!?]\n"); i >= 0 {
		before = before[i+1:] // another sentence, or a note in brackets
	}
	words := strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != ':' })
	for i, f := range words {
		if n := len(f); n < 3 || n > 6 || strings.ToUpper(f) != f || !isASCIILetters(f) || commonAcronyms[f] {
			continue
		}
		for _, w := range words[max(0, i-1):] {
			if ownerWords[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}

// ownerWords make a scheme's number a person's.
var ownerWords = setOf(`my his her their our your mine`)

// isASCIILetters reports whether s is ASCII letters only.
func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

// shortSchemeCodeRE is a scheme's two or three capitals and four digits,
// joined by a dash, a slash or a space: "NF-2231", "NKU/2211", "TPS 0417".
var shortSchemeCodeRE = lazyRE(`\b([A-Z]{2,3})[-/ ](\d{4})\b`)

// numberSaidBeforeRE is someone's number, or a personal scheme's, said
// earlier in the sentence: "my public service number, TPS 0417", "the
// Nukunonu number is NKU/2211", "the fishing licence number is on it
// too, NF-2231".
var numberSaidBeforeRE = lazyRE(`(?:\b(?i:my|his|her|our|their|your)(?:[ \t\x{00A0}]+[\p{L}'’-]+){0,3}|\b(?i:hospital|patient|case|claim|reference|membership|staff|client|tenancy|prisoner|pension|service|licence|license)|\b\p{Lu}\p{L}+)[ \t\x{00A0}]+(?:\p{L}+[ \t\x{00A0}]+)?(?i:number)\b[^.!?;]*$`)

// notSchemeNumberRE is a number of a thing, not of a person: "the ward
// number", "the batch number", "the number of beds".
var notSchemeNumberRE = lazyRE(`(?i)\b(?:ward|bed|room|course|module|batch|lot|model|part|serial|form|standard|guideline|locker|test|train|bus|flight|seat|table|page|item|order)[ \t\x{00A0}]+number\b|\bnumber[ \t\x{00A0}]+(?:of|on|for)\b`)

// findShortSchemeCodes finds the short codes of small schemes said as
// someone's number: after someone's or a personal scheme's number in the
// same sentence (not a ward's, a batch's or a model's), ending their
// clause; not a year ("ACC 2019"), a flight ("BA 2490") or the
// capitals that begin other things.
func findShortSchemeCodes(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(shortSchemeCodeRE(), text, wins, func(m []int) {
		s, e := m[0], m[1]
		before := text[max(0, s-64):s]
		if isYear(text[m[4]:m[5]]) || notIDPrefixes[text[m[2]:m[3]]] || !numberSaidBeforeRE().MatchString(before) || notSchemeNumberRE().MatchString(before) || flightBeforeRE().MatchString(before) || !clauseEnds(text, e) {
			return
		}
		out = append(out, candidate{kind: ID, start: s, end: e})
	})
	return out
}

// namedIDNumberRE is an identifier's number said straight after the name
// of what it numbers, in any country: "my employee number was 27745",
// "student number is 22817", "the ficha number: 48213", "member no.
// 0457", "registration number KvK 17734", "badge number, A7734-NT",
// "chart number 0-27-4419", "NHF number is N-2047 1338 6". Four digits
// are enough there, where alone they would be a count or a sum. Group 1
// is a scheme's capitals said as the cue ("NHF"), group 2 the number,
// with its scheme's letters.
var namedIDNumberRE = lazyRE(`(?:\b(?i:employee|staff|student|pupil|badge|member|membership|patient|client|case|file|record|registration|beneficiary|pension|insurance|customer|account|card|licen[cs]e|permit|payroll|service|enrolment|enrollment|roll|admission|dossier|folder|chart|claim|policy|passport|visa|id|identity|voter|tax|benefit|household|ration|matricule|matricola|ficha|folio|worker|union|driver|social|security|health|hospital|certificate|book|booking|ticket|reference|ref)[ \t\x{00A0}]+(?i:number|no\.?|n[°º]|#)|\b([A-Z]{2,6})[ \t\x{00A0}]+(?:number|Number|NUMBER|No\.|NO\.|N[°º]))(?:[ \t\x{00A0}]+(?i:is|was))?[ \t\x{00A0}]*[:,]?[ \t\x{00A0}]*((?:[A-Z][A-Za-z]{0,4}[ \-])?[A-Z0-9]*\d[A-Z0-9]*(?:[\-/][A-Z0-9]+|\.\d+|[ \t\x{00A0}]\d{1,6}){0,3})\b`)

// letteredCodeRE is a code of two to four capitals, a dash and four
// digits ("SDC-0091", "KHC-0839", "ZSP-4112"): a card's, a file's or a
// register's number when its digits start with a nought or it is said
// as one (findNamedIDNumbers takes a check letter after it, "CIU-0473-F").
var letteredCodeRE = lazyRE(`\b[A-Z]{2,4}-(\d{4})\b`)

// thingCodeBeforeRE names, in the clause before a code, what the code
// numbers when that is no person's file: a bus, a flight, a model, a
// form, a colour ("The bus was SH-0420", "We flew KQ-0101", "the RAL
// colour").
var thingCodeBeforeRE = lazyRE(`(?i)\b(?:bus|route|flight|flew|train|line|platform|gate|model|form|colou?r|paint|card reader|graphics|tv|standard)\b[^.!?\n]{0,16}$`)

// personalCodeBeforeRE says, in the clause before a code whose digits do
// not start with a nought, that it is someone's: "is", a number's name,
// a card or a file.
var personalCodeBeforeRE = lazyRE(`(?i)\b(?:is|was|number|no|card|file|registration|register|id|mine|his|hers)\b[^.!?\n]{0,12}$`)

// numberWordsBeforeDigits returns, of the digit runs at digits, those
// with "number", "no" (in any word), "n°", "nº" or "#" in the
// twenty-four bytes before them: where namedIDNumberRE may match.
func numberWordsBeforeDigits(text string, digits []int) []int {
	var at []int
	for _, d := range digits {
		if holdsAny(text[max(0, d-24):d], idNumberWords) {
			at = append(at, d)
		}
	}
	return at
}

// idNumberWords are what numberWordsBeforeDigits looks for, lower case.
var idNumberWords = []string{"number", "no", "n°", "nº", "#"}

// notSchemeAcronyms are capitals said before "number" that name no
// scheme of personal numbers: a count's, a score's, an index's, a
// player's.
var notSchemeAcronyms = setOf(`FTSE SAT UN NBA NFL FIFA TOTAL HOUSE ER IT GDP PIN OTP ISBN SKU`)

// plausibleDate reports whether v is a date by dateNum's shape with a
// day and a month that can be ("12.03.2021"; not "0-27-4419").
func plausibleDate(v string) bool {
	if !wholeMatch(dateNum(), v) {
		return false
	}
	m := dateNum().FindStringSubmatch(v)
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	return dayAndMonth(a, b)
}

// romanMonths are the months written in Roman numerals, as in
// "21-IX-2021": no code's letters.
var romanMonths = setOf(`II III IV VI VII VIII IX XI XII`)

// findNamedIDNumbers finds the short numbers of namedIDNumberRE and the
// codes of letteredCodeRE. A number that goes on ("06853 220 574", a
// phone), is a year or a measure, or a code that is a postcode ("LV-1011",
// "MD-3801": two capitals, no leading nought), a Roman month
// ("21-IX-2021") or part of a longer code ("VH-0124-4817") is none.
func findNamedIDNumbers(text string, digits []int, digitWins []span) []candidate {
	var out []candidate
	goesOn := func(e int) bool {
		return e+1 < len(text) && strings.ContainsRune("-/.,: ", rune(text[e])) && isDigitByte(text[e+1])
	}
	eachMatch(namedIDNumberRE(), text, windowsAround(text, numberWordsBeforeDigits(text, digits), 72, 40), func(m []int) {
		cue, v := "", text[m[4]:m[5]]
		if m[2] >= 0 {
			if cue = text[m[2]:m[3]]; commonAcronyms[cue] || notSchemeAcronyms[cue] {
				return // "The COVID number was 4471", "NBA number 2324"
			}
		}
		d, lettered := digitsOf(v), strings.ContainsFunc(v, unicode.IsLetter)
		if len(d) < 4 || goesOn(m[5]) || !lettered && (isYear(d) || roundAmount(d)) || measuredAfter(text, m[5]) {
			return // "the union number was 45000", "clinic number was 1200 patients"
		}
		if strings.ContainsAny(v, "-/.") && (rangeOrYears(v) || plausibleDate(v) || wholeMatch(dateISO(), v)) {
			return // "case number 2023/24", a date
		}
		if !lettered && holdsPhone(v) {
			return // "the hospital number, 0161 496 0012": a phone
		}
		s := m[4]
		if w, _, ok := strings.Cut(v, " "); ok && (strings.EqualFold(w, cue) || notIDPrefixes[w] && len(w) > 1 && w != "NO") {
			// "the health number, NHS 943476", "the NSSF number is NSSF
			// 4471": a cue said again. "No" stays, as findCuedNumbers keeps
			// it with a reference ("No 3130 2190 0571").
			s += len(w) + 1
		}
		out = append(out, candidate{kind: ID, start: s, end: m[5]})
	})
	eachMatch(letteredCodeRE(), text, windowsWith(text, digitWins, []string{"-"}), func(m []int) {
		d, letters := text[m[2]:m[3]], text[m[0]:m[2]-1]
		before := text[max(0, m[0]-40):m[0]]
		if goesOn(m[1]) || isYear(d) || romanMonths[letters] || len(letters) == 2 && d[0] != '0' ||
			standardPrefixes[letters] || thingCodeBeforeRE().MatchString(before) || d[0] != '0' && !personalCodeBeforeRE().MatchString(before) {
			return
		}
		e := m[1]
		if strings.HasPrefix(text[e:], "-") {
			if e+2 > len(text) || text[e+1] < 'A' || text[e+1] > 'Z' || e+2 < len(text) && (isASCIILetter(text[e+2]) || isDigitByte(text[e+2])) {
				return // "ISO-9001-QMS", a longer code; "KRS-2231-Łódź"
			}
			e += 2 // a check letter: "CIU-0473-F"
		}
		out = append(out, candidate{kind: ID, start: m[0], end: e})
	})
	return out
}

// checkCharRE is a check character in brackets after a number, as Hong
// Kong's identity cards and hospital numbers give it: "C 118 407 (3)",
// "HN 0938 2271 (A)".
var checkCharRE = lazyRE(`^[ \t\x{00A0}]?\([0-9A-Z]\)`)

// withCheckCharacters runs each ID in cands on over the check character
// in brackets after it, where the clause ends after that: not a list's
// next mark ("20048817 (B) 20048818"), a blood group ("(O) negative"), a
// count or an aside ("(3) of them", "(2) I think").
func withCheckCharacters(text string, cands []candidate) {
	for i := range cands {
		if c := &cands[i]; c.kind == ID {
			if m := checkCharRE().FindStringIndex(text[c.end:min(len(text), c.end+5)]); m != nil && clauseEnds(text, c.end+m[1]) {
				c.end += m[1]
			}
		}
	}
}

// slashedCodeRE is an office's reference written as its parts joined by
// slashes, letters first and a serial last: "MoE/TR/EXP/2024/0412",
// "KMC/REG/2021/5567".
var slashedCodeRE = lazyRE(`\b\p{Lu}[\p{L}]{1,5}(?:/\p{Lu}[\p{L}]{0,5}){1,4}(?:/\d{2,6}){1,3}\b`)

// findSlashedCodes finds the references of slashedCodeRE with a serial
// of three digits or more, four digits in all; not "A/B/12" nor a unit
// such as "Km/H/100".
func findSlashedCodes(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(slashedCodeRE(), text, windowsWith(text, digitWins, []string{"/"}), func(m []int) {
		code := text[m[0]:m[1]]
		last := code[strings.LastIndexByte(code, '/')+1:]
		if len(last) >= 3 && digitCount(code) >= 4 && numberBoundary(text, m[0], m[1]) {
			out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
		}
	})
	return out
}
