package redact

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// groupedNumberRE is a number in three to five groups of digits, an area
// code in brackets first or not: "4 38 22 41", "982 58 11 34", "79.21.55",
// "(951) 571 02 36", or set apart by a slash with its trunk "0" ("030 /
// 689 34 417", as Germany writes it); or in two fours, as Malta writes
// them ("2144 0211"); or an area code with its trunk "0" and the line
// after a dash ("08-271906"), or spaced in groups of one to three
// ("023 38 5 27 91").
var groupedNumberRE = lazyRE(`(?:\(\d{1,4}\)[ \t]?|\b0\d{1,4}[ \t]?/[ \t]?)?\b\d{1,4}(?:[ .\-]\d{2,4}){2,4}\b|\b\d{4} \d{4}\b|\b0\d{1,3}-\d{5,8}\b|\b0\d{2,4}(?: \d{1,3}){3,4}\b`)

// findPhonesBesidePhones finds, in a document where a phone was found,
// more numbers of six to eleven digits in groups, each standing as a
// clause of its own ("Or the office, 4 38 22 41, ask for me", "The
// health centre, 982 58 11 34."): people who give one number give the
// others the same way, and the cue of the first is far behind. A number
// found as something else (a date, an ID), an amount in thousands or a
// number followed by what it counts is none.
func findPhonesBesidePhones(text string, digitWins []span, found []candidate) []candidate {
	if !slices.ContainsFunc(found, func(c candidate) bool { return c.kind == Phone && len(digitsOf(text[c.start:c.end])) != 5 }) {
		return nil // a landline of five digits says little of the numbers beside it
	}
	var out []candidate
	eachMatch(groupedNumberRE(), text, digitWins, func(m []int) {
		s, e := m[0], m[1]
		raw := text[s:e]
		d := digitsOf(raw)
		if len(d) < 6 || len(d) > 11 || !numberBoundary(text, s, e) || !clauseEnds(text, e) || !clauseBefore(text, s) ||
			strings.HasSuffix(raw, "000") || countAfterRE().MatchString(text[e:min(len(text), e+16)]) || yearGroup(raw) ||
			readingSaidRE().MatchString(sentenceTail(text, s, 64)) {
			return
		}
		if slices.ContainsFunc(found, func(c candidate) bool {
			return c.start < e && s < c.end && !(c.kind == Phone && s <= c.start && c.end <= e)
		}) {
			return // a date ("1959-11-03"), an ID or the phone itself (but a phone found without its first group: "9 7713 0058")
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
// digit before the bracketed area code or inside the bracket ("8 (41136)
// 3-22-71", "0 (3222) 5-47-18", "(8 37) 40 12 34").
func trunkBracketed(raw string) bool {
	trunk, in, _ := strings.Cut(raw, "(")
	trunk = strings.TrimRight(trunk, " ")
	return (trunk == "8" || trunk == "0" || trunk == "" && (strings.HasPrefix(in, "8 ") || strings.HasPrefix(in, "0 "))) && bracketedLandline(raw)
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
// before or not ("(677) 22 815", with the island's one-digit area code
// "(+672 3) 23 561", or of four digits after a Pacific island's code,
// "(690) 3127"); of six in pairs, as Saint Pierre and Miquelon writes them
// ("41 06 52"), or five read one by one ("7 2 5 0 9"); or of seven to ten digits in pairs
// after the first one or two, as the Seychelles, France and Cuba write
// them ("4 23 29 08", "53-87-14-06").
var shortLineRE = lazyRE(`\(\+?\d{3}(?: \d)?\)[ \t]?\d{2} \d{3}\b|\(\+?6[7-9]\d\)[ \t]?\d{4}\b|\b\d{2} \d{3}\b|\b\d{2} \d{2} \d{2}\b|\b\d(?: \d){4}\b|\b\d{1,2}(?: \d{2}){3,4}\b|\b\d{1,2}(?:-\d{2}){3,4}\b`)

// shortLineCueRE is a verb of phoning or a phone's noun, then the rest of
// its clause up to the comma or colon the number follows ("Ring Sister
// Rhoda at the clinic, 40 127", "I rang them, 21 498", "the clinic
// number, 60 224", "my number when they leave, it's 2 58 14 70"); a
// phone's noun, then "is" or "was" ("her mobile, it's 2 52 77 30", "the
// clinic number is 21 498", "the office number's 41 06 52"; not "the number they gave me for my sugar is
// …", and the sentence's words must not say it is counted); or a
// mobile's or landline's noun just before it ("or the mobile
// 53-87-14-06"); or someone to be reached on it ("reach me on 51 207").
var shortLineCueRE = lazyRE(`(?i)\b(?:ring|rang|rung|call|phone|phoned|number|line|landline|mobile|tel)\b([^.!?;\n\d]{0,32})(?:[,:]|,[ \t]*it['’]s)[ \t]*$|\b(?:number|line|mobile|landline|phone|tel|cell)(?:\b()(?:,[ \t]*)?[ \t](?:is|it['’]s|was)|['’]s())[ \t]*$|\b(?:the|my|his|her|our|their)[ \t]+(?:mobile|landline|cell)()[ \t]+$|\b(?:reach|ring|call|text|phone)[ \t]+(?:me|us|him|her|them)()[ \t]+on[ \t]+$`)

// findShortLines finds phones of five digits, or of short groups, set off
// as a clause of their own just after a verb of phoning or a phone's
// noun. Such numbers are a count, an amount or a list as often as a
// phone, so the cue must be in the same clause and the number must end
// it; a number in thousands ("90 000") is none, nor is one the sentence
// says is counted or paid ("the number of people, 21 498", "the phone
// bill came: 12 345", "he phoned about the rent, 18 750").
func findShortLines(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(shortLineRE(), text, digitWins, func(m []int) {
		s, e := m[0], m[1]
		if !numberBoundary(text, s, e) || !clauseEnds(text, e) || strings.HasSuffix(text[s:e], "00") || countAfterRE().MatchString(text[e:min(len(text), e+16)]) {
			return
		}
		before := text[max(0, s-64):s]
		if gs := splitGroups(text[s:e]); (len(gs) == 3 || len(gs) == 5) && !strings.HasPrefix(text[s:e], "(") {
			// Pairs or single digits: not a count, a rating or a series
			// ("3 4 5 2 1", "12 24 36"), nor a lock's or a shirt's number.
			if counting(digitsOf(text[s:e])) || rising(gs) || scoreWordsRE().MatchString(before) || notLineWordsRE().MatchString(before) || notLineWordsRE().MatchString(text[e:min(len(text), e+24)]) {
				return
			}
		}
		c := shortLineCueRE().FindStringSubmatch(before)
		if c == nil || strings.HasPrefix(strings.TrimSpace(c[1]), "of ") || notPhoningRE().MatchString(c[1]) || amountSaidRE().MatchString(phoneOfPlaceRE().ReplaceAllString(sentenceTail(text, s, 64), "")) {
			return
		}
		out = append(out, candidate{kind: Phone, start: s, end: e})
	})
	return out
}

// notPhoningRE is what, said after a verb of phoning, makes the number
// after it something else than the line rung: "phoned about the price",
// "rang up the total", "called out the number", "the phone says".
var notPhoningRE = lazyRE(`^[ \t]*(?:about|up|out|it|says|said)\b|^[ \t]*at[ \t]+(?:\d|half|quarter|noon|midnight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\bbottom line\b`)

// amountSaidRE is a word of money, of counting or of measuring, which
// makes the number its sentence ends with an amount, a count or a reading.
var amountSaidRE = lazyRE(`(?i)\b(?:cost|costs|bill|bills|price|prices|rent|total|budget|cap|threshold|count|counts|steps?|score|scores|lottery|lucky|platelets?|cells?|load|fees?|salary|pay|paid|amount|sum|balance|debt|loan|owe|owed|money|pesos|dollars|rupees|shillings|euros|pounds|francs|rand|naira|cedis|weight|weighs|grams|kilos|readings?|levels?|results?|visits|people|members|sugar|glucose|insulin|dose|doses|pressure|bp|heights?|ward|bed|room|queue|list|case|data|app|chart|dates?)\b`)

// brazilMobileRE is a Brazilian mobile without its area code: a 9, then
// two groups of four digits.
var brazilMobileRE = lazyRE(`^9[ \t\x{00A0}]?\d{4}[ \-]\d{4}$`)

// areaCodeNoBracketsRE is an area code of two digits just before a number.
var areaCodeNoBracketsRE = lazyRE(`(?:^|[^\p{L}\p{N}+])([1-9]\d)[ \t\x{00A0}]$`)

// mobileAreaCodeBefore returns where a Brazilian mobile at text[s:e]
// starts with its area code of two digits said before it, unbracketed
// ("55 9 9971 3028"), or s.
func mobileAreaCodeBefore(text string, s, e int) int {
	if !brazilMobileRE().MatchString(text[s:e]) {
		return s
	}
	if m := areaCodeNoBracketsRE().FindStringSubmatchIndex(text[max(0, s-4):s]); m != nil {
		return max(0, s-4) + m[2]
	}
	return s
}

// readingSaidRE is a word of a reading or a measure, which makes the
// numbers its sentence ends with readings: "My pressure this morning,
// 130 85 72", "Heights: 152 160 171".
var readingSaidRE = lazyRE(`(?i)\b(?:pressure|bp|readings?|heights?|weights?|sugar|glucose|dose|doses|scores?|lucky|results?|levels?)\b`)

// phoneOfPlaceRE is a ward's or a room's phone, whose words are no
// reading's ("the ward phone, 40 127").
var phoneOfPlaceRE = lazyRE(`(?i)\b(?:ward|room|bed)[ \t]+(?:phone|line|landline)\b`)

// yearGroup reports whether a group of a number is a year ("12 03 2019",
// a date).
func yearGroup(raw string) bool {
	return slices.ContainsFunc(splitGroups(raw), func(g string) bool { return len(g) == 4 && isYear(g) })
}

// kitOrAccountBeforeRE is the word of a reference, a kit or an account in
// the clause before a number: "The kit number was 00 290 5 2871" is no
// phone.
var kitOrAccountBeforeRE = lazyRE(`(?i)\b(?:kit|job|ref|reference|tracking|account|order|batch|case|claim|policy|parcel|serial)\b[^.!?;]*$`)

// notLineWordsRE is what, said before or after them, makes pairs or
// single digits after a number's noun something else than a line: a
// lock, a locker, a shirt, a sort code, ratings, dice.
var notLineWordsRE = lazyRE(`(?i)\b(?:lock|locker|combination|safe|shirt|sort[ \t]+code|rat(?:e|ed|ings?)|dice|rolls|numbers|times)\b`)

// rising reports whether the groups of digits, all of one length, each
// is larger than the one before: a series ("12 24 36", "10 15 20"), not a
// line.
func rising(gs []string) bool {
	for i := 1; i < len(gs); i++ {
		if len(gs[i]) != len(gs[i-1]) || gs[i] <= gs[i-1] {
			return false
		}
	}
	return len(gs) > 1
}

// reachedAtAfterRE is where a number said just before it rings: "8 (46)
// 38 41 52 at home".
var reachedAtAfterRE = lazyRE(`^[ \t,]*(?:at|in)[ \t]+(?:home|the[ \t]+office|work)\b`)

// allSame reports whether two groups or more are all the same: "10 10 10".
func allSame(gs []string) bool {
	for i := 1; i < len(gs); i++ {
		if gs[i] != gs[i-1] {
			return false
		}
	}
	return len(gs) > 1
}

// seriesWordsRE names what numbers in a row are when they are no phone:
// results, sets and reps, ages, scores.
var seriesWordsRE = lazyRE(`(?i)\b(?:results?|sets|reps|ages|aged|scored|scores?|readings?|visits|weeks|levels?)\b`)

// localPhoneRE is a phone of seven or eight digits in two groups ("555
// 1234", "9123 8840"): Singapore's and Hong Kong's numbers, a US number
// without its area code; or of eight digits or more in pairs, as French
// speakers say them ("6 77 21 43 09"). Only beside a phone's cue: so
// written, it is as often a count or a reference.
var localPhoneRE = lazyRE(`\b\d{3,4}[ \-]\d{4}\b|\b\d{1,3}(?: \d{2}){3,4}\b`)

// wordedPhoneRE is seven to ten digits in any grouping ("99 418 725",
// "200 75432", "54012378", "02-322514", "064/218-35-07", "(06 1) 342
// 7780", "8 (7222)
// 52-14-07", "03733 / 42 18 77", "0118 - 634 219", "0151 / 42 99 07 13",
// a Chilean landline's "45 2 345 678", a Russian or Belarusian number
// with its trunk 8, "8 044 577 31 60"): a phone when a word that names a
// phone stands just before or after, or the speaker gives it as theirs
// ("call me, …"); the Kyrgyz "0 (3222) 5-47-18", a Lithuanian landline
// with its trunk inside the bracket or before it ("(8 441) 5 23 17", "8
// (46) 38 41 52", no list of numbers) and a Papua New Guinean
// mobile, "7023.5519", too.
var wordedPhoneRE = lazyRE(`(?:\b\d[ \t]?)?\((?:[08] \d{1,5}|\d{2,5}(?: \d{1,2})?)\)[ \t]?\d{1,4}(?:[ \-]\d{2,4}){1,3}\b|\b[5-9]\d{2,3}\.\d{4}\b|\b\d{7,10}\b|\b\d{2}[ ]\d[ ]\d{3}[ ]\d{3,4}\b|\b\d{3,5}[ ][/\-–][ ]\d{2,4}(?:[ ]\d{2,4}){1,3}\b|\b8[ ]\d{3,4}(?:[ ]\d{2,3}){3}\b|\b\d{1,5}(?:(?:[ \-/]|[ ][/\-–][ ])\d{2,7}){1,3}\b`)

// phoneAskRE is a speaker giving their phone, or someone's: "call me,",
// "my number,", "I'm on", "call him," ("Or call me, 25 603 118", "My
// number, 064/218-35-07", "I'm on 458 02 716", "Or call him, 8 914 621 05
// 77", "You call her — (8 441) 5 23 17").
var phoneAskRE = lazyRE(`(?i)\b(?:(?:call|ring|text|phone|whatsapp)[ \t]+(?:me|us|him|her|them)(?:[ \t]+on)?|(?:i['’]m|i[ \t]+am|we['’]re)[ \t]+on|my[ \t]+(?:mobile[ \t]+|cell[ \t]+|phone[ \t]+)?number(?:[ \t]+is|['’]s)?)[ \t]*[,:—–]?[ \t]*$`)

var phoneCueRE = lazyRE(`(?i)\b(?:phone|phones|line|call|ring|rang|mobile|cell|handphone|hp|whatsapp|text|tel|landline|helpline|hotline|number|` + carriers + `)\b`)

// carriers are mobile networks people name with their number ("that's
// Digicel", "that is MTN").
const carriers = `digicel|mtn|airtel|vodafone|safaricom|glo|tigo|vodacom|econet|telcel|bmobile|ncell|ntc|unitel|halotel|zamtel|tnm|africell|emtel|nexttel|camtel|qcell|gamcel|comium|lonestar|ooredoo|dhiraagu|telstra|optus|jio|grameenphone|banglalink|mytel|mobitel|celtel|movitel|lumitel`

// findLocalPhones finds phones of seven or eight digits, or said in
// pairs, after a phone's cue in the 80 bytes (a sentence or so) before, or
// with one just after ("772 1940, that's Digicel").
func findLocalPhones(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(localPhoneRE(), text, wins, func(m []int) {
		s, e := m[0], m[1]
		raw := text[s:e]
		pairs := strings.Count(raw, " ") >= 3
		if !numberBoundary(text, s, e) || !pairs && listOrCount(raw) || pairs && len(digitsOf(raw)) < 8 || countAfterRE().MatchString(text[e:min(len(text), e+16)]) {
			return
		}
		if !phoneCueRE().MatchString(text[max(0, s-80):s]) && !phoneCueRE().MatchString(text[e:min(len(text), e+30)]) {
			return
		}
		out = append(out, candidate{kind: Phone, start: s, end: e})
	})
	eachMatch(wordedPhoneRE(), text, windowsWith(text, wins, phoneWordsOrTrunk), func(m []int) {
		s, e := m[0], m[1]
		raw := text[s:e]
		trunk := trunkBracketed(raw) && !seriesWordsRE().MatchString(sentenceAround(text, s, e)) && !allSame(groupsAfterBracket(raw))
		if d := len(digitsOf(raw)); d < 7 || d > 11 && !spacedAreaCode(raw) || d > 12 || !numberBoundary(text, s, e) || listOrCount(raw) && !trunk || wholeMatch(dateNum(), raw) || countAfterRE().MatchString(text[e:min(len(text), e+16)]) ||
			strings.HasSuffix(raw, " 000") || !bracketedLandline(raw) && (!clauseEnds(text, e) || oneDigitAfterBracket(raw)) {
			return // "64 000 000", "1500 2000 times": an amount or a count
		}
		if trunk && (longAreaCode(raw) || reachedAtAfterRE().MatchString(text[e:min(len(text), e+16)])) || phoneWordRE().MatchString(text[max(0, s-48):s]) || landlineRE().MatchString(text[max(0, s-30):s]) ||
			phoneAskRE().MatchString(text[max(0, s-30):s]) || phoneWordRE().MatchString(text[e:min(len(text), e+24)]) {
			out = append(out, candidate{kind: Phone, start: s, end: e})
		}
	})
	return append(out, findShortLines(text, wins)...)
}

// spacedAreaCode reports whether a number's area code is set apart by a
// spaced slash or dash ("0151 / 42 99 07 13"): a German or Dutch mobile
// may then have twelve digits.
func spacedAreaCode(raw string) bool {
	return strings.Contains(raw, " / ") || strings.Contains(raw, " - ") || strings.Contains(raw, " – ")
}

// phoneWords are what phoneWordRE, landlineRE and phoneAskRE look for, lower case: a
// window must hold one for wordedPhoneRE to run on it.
var phoneWords = append(strings.Split(phoneNouns+"|"+carriers, "|"), "at home", "office", "telephone", "call me", "ring me", "text me", "call her", "call him", "call us", "call them", "ring her", "ring him", "my number", "i'm on", "i’m on", "i am on", "we're on", "we’re on")

// phoneWordsOrTrunk are phoneWords and a trunk digit before a bracketed
// area code or inside the bracket, which needs no word (trunkBracketed).
var phoneWordsOrTrunk = append(slices.Clip(phoneWords), "8 (", "0 (", "(8 ", "(0 ")

// countAfterRE is a word that makes the number before it a count or an
// amount: "on the phone 1500 2000 times".
var countAfterRE = lazyRE(`^[ \t]+(?:times|people|calls|steps|minutes|hours|days|weeks|months|years|pounds|dollars|euros|shillings|rupees|naira|cedis|kwacha|rand|pesos|points|cells|metres|meters)\b`)

// landlineRE is more words that name a phone just before its number.
var landlineRE = lazyRE(`(?i)\b(?:landline|rang me at home|ring me at home|telephone|office number|office line)\b|(?i:\boffice),?[ \t]*$`)

// longAreaCode reports whether a bracketed number's area code, inside the
// bracket, has three digits or more ("8 (441)", "(8 441)"): with a trunk
// digit, a phone that needs no word said for it; "8 (10) 12 14 16" is
// scores.
func longAreaCode(raw string) bool {
	_, in, ok := strings.Cut(raw, "(")
	in, _, _ = strings.Cut(in, ")")
	f := strings.Fields(in)
	return ok && len(f) > 0 && len(f[len(f)-1]) >= 3
}

// slashedPhone classifies a number with a slash after its area code
// (numberRE takes no other): "0664/8812745", as Austrian and German
// numbers are written, is a phone; "0700/1900", two times, is not.
func slashedPhone(text string, s int, raw string) (Kind, bool) {
	if slashedLayout(splitGroups(raw)) && !idCue(text, s) {
		return Phone, true
	}
	return "", false
}

// slashedLayout reports whether the two groups a slash parts are an area
// code of three digits or more (not from "00") and a line of five or more,
// thirteen digits at most in all.
func slashedLayout(gs []string) bool {
	return len(gs) == 2 && len(gs[0]) >= 3 && len(gs[1]) >= 5 && gs[0][1] != '0' && len(gs[0])+len(gs[1]) <= 13
}

// trunkDashedRE is an area code with its trunk "0", said in one to three
// groups, and a dash between spaces after it (group 1 the area code).
var trunkDashedRE = lazyRE(`^(0\d{0,4}(?:[ \t]\d{1,4}){0,2})[ \t][-–—][ \t]\d`)

// trunkDashed reports whether a number is an area code of three digits or
// more with its trunk "0", a dash, and the line's number: in groups, or
// one of five digits or more, not from "0" ("0 – 100 000", "000 – 1000",
// a scale; "01067 – 01099", a range of postcodes); not two times of day
// ("0800 – 1700").
func trunkDashed(raw string) bool {
	m := trunkDashedRE().FindStringSubmatchIndex(raw)
	if m == nil {
		return false
	}
	area, line := digitsOf(raw[m[2]:m[3]]), raw[m[3]:]
	lineDigits := digitsOf(line)
	lineGroups := splitGroups(line)
	switch {
	case len(area) < 3 || area[1] == '0' || len(lineDigits) < 4 || lineDigits[0] == '0':
		return false
	case len(lineGroups) == 1 && len(lineDigits) < 5:
		return false
	case timeOfDay(area) && timeOfDay(lineDigits):
		return false
	}
	return true
}

// timeOfDay reports whether four digits are a time on the 24-hour clock
// ("0800", "1730").
func timeOfDay(d string) bool {
	return len(d) == 4 && d[:2] <= "23" && d[2:] <= "59"
}

// nationalLayoutPhone reports whether a number is written as a phone of a
// country whose layout phoneShape does not know: a German area code set
// apart by a dash or followed by the line in small groups, a Brazilian
// mobile with its 9 said apart. marked says a "+" or a bracket opens it.
func nationalLayoutPhone(text string, s int, raw, d string, gs []string, marked bool) bool {
	if marked {
		return false
	}
	// "04681 – 24 19", "0176 – 21 08 44 37": an area code with its trunk
	// "0" set apart by a dash is a phone's, however long the rest, as
	// German numbers are written.
	if len(d) >= 7 && len(d) <= 12 && trunkDashed(raw) && !idCueRightBefore(text, s) {
		return true
	}
	// "038377 4 12 63": a long area code with its trunk "0", then the
	// line's number spaced in small groups, as German numbers are
	// written (not "0800 1 15 30", times).
	if len(d) >= 9 && len(d) <= 12 && d[1] != '0' && len(gs) >= 3 && len(gs[0]) >= 5 && len(gs[0]) <= 6 && gs[0][0] == '0' &&
		!slices.ContainsFunc(gs[1:], func(g string) bool { return len(g) > 3 }) && !idCue(text, s) {
		return true
	}
	// "22540 91207", "22450 41 519": a Greek landline, its area code of
	// five digits from 2 and the line's five, in one group or two; not a
	// round sum or a count ("25000 30000").
	if len(d) == 10 && d[0] == '2' && len(gs[0]) == 5 && (len(gs) == 2 || len(gs) == 3 && min(len(gs[1]), len(gs[2])) >= 2) &&
		!roundLine(gs[0], d[5:]) && !sumOrCountAround(text, s, s+len(raw)) && !idCue(text, s) {
		return true
	}
	// "71 9 9630 1158": a Brazilian mobile, its area code (11 to 99), the 9
	// said apart and the line in two fours, a mobile's from 6 to 9; not
	// counts, sums or years ("10 9 1000 2000", "15 9 2019 2020"), nor a
	// number named as someone's ("Meu RG é 12 9 1234 5678").
	if len(gs) == 4 && len(gs[0]) == 2 && gs[0] >= "11" && gs[1] == "9" && len(gs[2]) == 4 && len(gs[3]) == 4 &&
		gs[2][0] >= '6' && !isYear(gs[3]) && !idCue(text, s) {
		return true
	}
	// "81 99245 6610": the same with the 9 joined to the line's first
	// four, as most people write it. Without the 9 said apart, two, five
	// and four digits are as often a count, a sum or numbers listed: not
	// after an area code no Brazilian one is (none ends in 0), nor a
	// round line ("12 96000 4500", "14 96500 1200"), nor beside a sum's
	// sign or unit ("R$ 15 97000 1500", "15 97500 2500 reais"), nor after
	// numbers named ("the lottery numbers were 45 98123 1234").
	return len(gs) == 3 && len(gs[0]) == 2 && gs[0] >= "11" && gs[0][1] != '0' && len(gs[1]) == 5 && gs[1][0] == '9' && gs[1][1] >= '6' && len(gs[2]) == 4 &&
		!isYear(gs[2]) && !roundLine(gs[1], gs[2]) && !sumOrCountAround(text, s, s+len(raw)) && !idCue(text, s)
}

// roundLine reports whether a line's two groups end as counts and sums
// do: one in three noughts, or both in two.
func roundLine(a, b string) bool {
	return strings.HasSuffix(a, "000") || strings.HasSuffix(b, "000") || strings.HasSuffix(a, "00") && strings.HasSuffix(b, "00")
}

// sumOrCountAround reports whether the number at text[s:e] is a sum or
// a count by the words beside it: a currency's sign, code or a word of
// paying before, numbers named just before, a unit or a count's noun
// after.
func sumOrCountAround(text string, s, e int) bool {
	before := text[max(0, s-30):s]
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " \t\u00a0"))
	return strings.ContainsRune("$€£₲₱", r) || currencyCodeBeforeRE().MatchString(before) || moneyBeforeRE().MatchString(before) ||
		notLineWordsRE().MatchString(before) || measuredAfter(text, e)
}
