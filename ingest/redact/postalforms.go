package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Addresses said by the post's own conventions rather than by a street:
// mail sent in care of someone ("c/o Ahau Government Station, Rotuma",
// "c/- Methodist Mission, Motusa, Rotuma", as Australia and the Pacific
// write it), a government's private mail bag ("Private Mail Bag,
// Vunisea, Kadavu"), the house numbers Greenland's towns give instead of
// streets ("B-1338, 3913 Tasiilaq"), and an address written out in
// quotation marks where houses have no street ("Qalansiyah, Souq Street,
// the green house after the school"). The words themselves say it is an
// address; what follows is the addressee's place and its town, a
// capitalised name and the parts after commas. And a postcode said with
// its town as an address of its own ("go to 40100 Kisumu", "10000
// Prishtinë").

// careOfRE is "c/o" or "c/-" and the capitalised name after it: a place,
// an office, a mission, a council.
var careOfRE = lazyRE(`(?:^|[\s(“"'‘])((?i:c/o|c/-|care[ \t\x{00A0}]+of)[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?` + postalName + `)`)

// postedBeforeRE says that what follows in its sentence is where post
// goes: "send it ", "the office address is ", "post goes to ", "the
// letters went ". In health talk "c/o" is "complains of" ("c/o SOB"),
// and "care of" someone is who paid ("lunch was c/o Rotary").
var postedBeforeRE = lazyRE(`(?i)\b(?:send|sends|sent|post|posted|posts|postal|write|writes|wrote|written|letters?|mail|mailed|address|addressed|parcels?|box|boxes|deliver(?:s|ed|y)?|courier(?:ed)?|forward(?:s|ed)?)\b[^.!?]{0,60}$`)

// privateBagRE is a private (mail) bag, its number said or not.
var privateBagRE = lazyRE(`\b(Private[ \t\x{00A0}]+(?:Mail[ \t\x{00A0}]+)?Bag(?:[ \t\x{00A0}]+(?:No\.?[ \t\x{00A0}]*)?\d{1,5})?)`)

// postalName is a capitalised name of one to five words, joined by the
// small words names of places and offices have ("Island Council of
// Rotuma", "Casa da Cultura").
var postalName = capWord + `(?:[ \t\x{00A0}]+(?:(?:of|the|and|de|da|do|du|la|le|des|del)[ \t\x{00A0}]+){0,2}` + capWord + `){0,4}`

// postalPartRE is one more part of a postal address after a comma: a town,
// an island, a postcode.
var postalPartRE = lazyRE(`^,[ \t\x{00A0}]+(?:` + postalName + `(?:[ \t\x{00A0}]+\d{3,6})?|\d{3,6})`)

// houseBRE is a Greenlandic house by its number, "B-" and two to four
// digits (not a vitamin: B-12 and B-6 have fewer or are twelve).
var houseBRE = lazyRE(`\bB-(\d{2,4})\b`)

// houseBCueRE says that a B-number just after it is where someone lives
// or is written to: "the old house, ", "lives up at ", "address is ".
var houseBCueRE = lazyRE(`(?i)\b(?:house|houses|home|address|lives?|living|lived|moved|stays?|staying|letters|post)\b[^.!?]{0,40}$`)

// postcodeTownAfterRE is a postcode of four digits and a town after a
// house's number: ", 3913 Tasiilaq".
var postcodeTownAfterRE = lazyRE(`^,[ \t\x{00A0}]+\d{4}[ \t\x{00A0}]+\p{Lu}`)

// notHouseBRE puts a B-number among vitamins, injections and tests, or
// aircraft, buses, wards, rooms and forms: "B-12 shots", "flew in a
// B-24", "ward B-14", "gate B-22".
var notHouseBRE = lazyRE(`(?i)\b(?:vitamins?|vit|injections?|shots?|jabs?|deficien\w*|levels?|tablets?|complex|supplements?|blood|tests?|mcg|dose|flew|fly|flying|flight|planes?|aircraft|bombers?|war|museum|bus|buses|route|ward|bay|bed|room|gate|seat|form|platform|terminal|wing|floor|parking|lot)\b`)

// findPostalForms finds addresses given in care of someone and private
// mail bags, with the parts said after them, Greenland's house numbers
// and addresses written out in quotation marks.
func findPostalForms(text string, near func(words []string, before, after int) []span) []candidate {
	var out []candidate
	eachMatch(careOfRE(), text, near([]string{"c/o", "c/-", "care of"}, 2, 120), func(m []int) {
		if postedBeforeRE().MatchString(text[max(0, m[2]-80):m[2]]) {
			out = append(out, candidate{kind: Address, start: m[2], end: postalRunOn(text, m[3])})
		}
	})
	eachMatch(privateBagRE(), text, near([]string{"private bag", "private mail bag"}, 0, 120), func(m []int) {
		// A bag is an address with its number, or with its town after it
		// where post is sent (not "my pills in the Private Bag, Gucci").
		if e := postalRunOn(text, m[3]); digitCount(text[m[2]:m[3]]) > 0 || e > m[3] && postedBeforeRE().MatchString(text[max(0, m[2]-80):m[2]]) {
			out = append(out, candidate{kind: Address, start: m[2], end: e})
		}
	})
	out = append(out, findHouseBNumbers(text)...)
	return append(out, findQuotedAddresses(text)...)
}

// quotedRE is a short quotation on one line, in straight double, curly
// double or curly single quotation marks, each closed by its own (group
// 1, 2 or 3): "…", “…”, ‘…’ (an apostrophe inside one is no closing
// mark).
var quotedRE = lazyRE(`"([^"\s][^"\n]{7,99}?)[.,]?"|“([^“”\n]{8,100}?)[.,]?”|‘([^‘\n]{8,100}?)[.,]?’(?:[^\p{L}]|$)`)

// addressWrittenBeforeRE says that a quotation after it is what is
// written on a letter or a form: "we write, like, ", "I put ", "a letter?
// To ", "my address is ".
var addressWrittenBeforeRE = lazyRE(`(?i)\b(?:write|writes|wrote|written|put|address|addresses|letters?|envelope|parcel|send|sent|post|posted|deliver\w*)\b[^"“‘]{0,120}$`)

// notLetterBeforeRE names, before a quotation, what it was written on or
// as when that is no letter or form: a banner, a card, a song, a text, a
// file (the words "the whole street" or "near the lifts" written there are
// no address).
var notLetterBeforeRE = lazyRE(`(?i)\b(?:banner|poster|sign|signs|card|cards|photo|picture|diary|box|file|notes?|chart|cv|status|noticeboard|board|census|song|text|message|chat|slip|label|fridge|door|wall|cake|shirt|t-shirt|placard)\b[^"“‘]{0,40}$`)

// placedRE is what places a house where streets have no names or
// numbers: a preposition and the landmark after it ("behind the big
// bakery", "near the old well", "the green house after the school"), or
// a numbered house, camp, plot, block, street, building or flat ("house
// 14", "Camp 3", "Street 60").
var placedRE = lazyRE(`(?i)\b(?:behind|near|opposite|beside|after|next[ \t]+to|across[ \t]+from|by)[ \t]+(?:the|a|our|his|her|their)\b|\b(?:house|camp|plot|block|street|building|flat|compound|zone|sector|ward)[ \t]+(?:no\.?[ \t]*)?\d{1,4}[a-z]?\b`)

// quotedYearRE is a year in a quotation: "Grandma, the old house by the
// sea, 1952" is a photo's caption.
var quotedYearRE = lazyRE(`\b(?:19|20)\d{2}\b`)

// speechWords in a quotation make it something said, not an address
// written: "Go behind the house, near the well."
var speechWords = setOf(`i you we he she they is are was were go come said says tell told please don't do did can will would`)

// placeKindFirst are the words an address written out may open with
// though they are words: "Block C, …", "West quarter, …", "Camp 3, …".
var placeKindFirst = setOf(`block camp plot ward zone sector quarter house compound street road flat building village hamlet north south east west upper lower old new al el san santa saint st hay hai`)

// findQuotedAddresses finds addresses written out in quotation marks,
// as people give them where houses have no street or number: "So we
// write, like, "Qalansiyah, Souq Street, the green house after the
// school."", "A letter? To "Kilmia side, the third house after the
// school."". The quotation must follow a word for writing or posting (not
// a banner's, a card's or a song's), run to parts after a comma, start
// with a place's name or a number, place a house by a landmark or a
// number, and say nothing as speech does, no day and no year (nor end
// with "!" or "?").
func findQuotedAddresses(text string) []candidate {
	if strings.IndexByte(text, '"') < 0 && !strings.Contains(text, "“") && !strings.Contains(text, "‘") {
		return nil // ContainsAny decodes every rune: a tenth of a second on a corpus
	}
	g, err := loadGazetteer()
	if err != nil {
		return nil
	}
	var out []candidate
	for _, m := range quotedRE().FindAllStringSubmatchIndex(text, -1) {
		for k := 4; m[2] < 0 && k+1 < len(m); k += 2 {
			m[2], m[3] = m[k], m[k+1] // the group of the marks that matched
		}
		q, before := text[m[2]:m[3]], text[max(0, m[0]-160):m[0]]
		if !strings.Contains(q, ", ") || strings.HasSuffix(q, "!") || strings.HasSuffix(q, "?") || !addressWrittenBeforeRE().MatchString(before) ||
			notLetterBeforeRE().MatchString(before) || !writtenAddress(g, q) {
			continue
		}
		out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
	}
	return out
}

// writtenAddress reports whether a quotation reads as an address: its
// first part a place's name (no word the lists hold but a kind of place)
// or a number, a house placed by a landmark or a number in it, and no word
// of speech, no day and no year.
func writtenAddress(g *gazetteer, q string) bool {
	first, _, _ := strings.Cut(q, ",")
	r, _ := utf8.DecodeRuneInString(first)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) || len(strings.Fields(first)) > 4 || !placedRE().MatchString(q) || quotedYearRE().MatchString(q) {
		return false
	}
	if w := strings.ToLower(strings.Fields(first)[0]); !unicode.IsDigit(r) && g.isWord(fold(w)) && !placeKindFirst[w] && !g.isPlaceOrTown(fold(w)) {
		return false // "Mothers, sisters, …", "Support group, …"
	}
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		k := strings.ToLower(w)
		if speechWords[k] || weekdayRE().MatchString(w) || k == "daily" {
			return false
		}
	}
	return true
}

// findHouseBNumbers finds Greenland's house numbers after a word for a
// home or the post, in a list of them ("B-312, B-315, B-317"), or with a
// postcode and a town after them, and runs on to the parts said after;
// not among vitamins, aircraft, wards or rooms.
func findHouseBNumbers(text string) []candidate {
	var out []candidate
	eachMatch(houseBRE(), text, windowsAround(text, indexAll(text, "B-", false), 60, 60), func(m []int) {
		if text[m[2]:m[3]] == "12" {
			return
		}
		if !houseBCueRE().MatchString(text[max(0, m[0]-60):m[0]]) && !listedBNumber(text, m[0], m[1]) && !postcodeTownAfterRE().MatchString(text[m[1]:min(len(text), m[1]+12)]) {
			return
		}
		if notHouseBRE().MatchString(sentenceAround(text, m[0], m[1])) {
			return
		}
		out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
	})
	return out
}

// listedBNumber reports whether the B-number at [s,e) has another just
// before or after it, parted by a comma: "B-312, B-315".
func listedBNumber(text string, s, e int) bool {
	return bListAfterRE().MatchString(text[e:min(len(text), e+16)]) || bListBeforeRE().MatchString(text[max(0, s-16):s])
}

// bListAfterRE and bListBeforeRE are another B-number after or before one,
// in a list.
var bListAfterRE, bListBeforeRE = lazyRE(`^,[ \t\x{00A0}]+(?:and[ \t\x{00A0}]+)?B-\d{2,4}\b`), lazyRE(`\bB-\d{2,4},[ \t\x{00A0}]+(?:and[ \t\x{00A0}]+)?$`)

// postalRunOn returns where a postal address that reaches e ends: after
// up to three parts said after commas, each a capitalised name or a
// postcode, as long as the clause ends after the last ("c/- Rotuma
// Island Council, Ahau, Rotuma", not "c/o the clinic, Monday mornings").
func postalRunOn(text string, e int) int {
	return runOnParts(text, e, postalPartRE(), 80, 3, func(_ string, end int) bool { return clauseEnds(text, end) })
}

// postcodeTownRE is a postcode of four or five digits (with a country's
// letters before, "L-4131", or the Dutch letters after, "3074 JM"), or
// in Poland's or Portugal's two groups ("15-424", "4490-519") or Greece's
// and Sweden's ("858 00", "113 51"), and its town, said as an address of
// its own: "10000 Prishtinë", "8000 Aarhus C", "15-424 Białystok", "58019
// Porto Santo Stefano", "858 00 Kasos".
var postcodeTownRE = lazyRE(`(?:^|[ \t\x{00A0}—–:,(])((?:[A-Z]{1,2}-)?(\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \t\x{00A0}]\d{2})(?:[ \t\x{00A0}][A-Z]{2})?[ \t\x{00A0}]+(` + capWord + `(?:[ \t\x{00A0}]` + capWord + `){0,2})(?:[ \t\x{00A0}][A-Z]\b|/(` + capWord + `))?)`)

// addressWordBeforeRE is a word about post or an address, said before a
// postcode whose town the lists do not know.
var addressWordBeforeRE = lazyRE(`(?i)\b(?:address|post|postal|letters?|write|send|mail|office|lives?|live|house|street|road|postcode|flat|shifted|moved|stay|stays|sokak|sokağı|caddesi|mahallesi|rue|strasse|straße|calle|odos|odós)\b`)

// countItemBeforeRE is a list's item ending in a number just before: the
// "28000, " of "Nagaland 28000, Manipur 35000".
var countItemBeforeRE = lazyRE(`\d[\d,.]*[ \t]*,[ \t\x{00A0}]*$`)

// amountCodes are currencies and lab values said before a number: "Ksh
// 150000", "Plt 150000" are no town and postcode.
var amountCodes = setOf(`ksh kes tsh tzs ush ugx rs inr rp idr ngn ghs zar rwf mwk zmw plt hb wbc rbc mcv hct esr crp`)

// clockTime reports whether four digits are a time on the 24-hour clock.
func clockTime(d string) bool {
	return len(d) == 4 && (d[0] < '2' || d[0] == '2' && d[1] < '4') && d[2] < '6'
}

// postcodeTownCues may stand just before a postcode said with its town.
var postcodeTownCues = setOf(`to is it's its address post letters at in write send`)

// findPostcodeTowns finds a postcode and its town said alone, at the end
// of a clause, after a comma or dash or a word that introduces an address,
// where the town is a place the lists know or no English word.
func findPostcodeTowns(text string, wins []span) []candidate {
	return findWithLists(postcodeTownRE(), text, wins, func(g *gazetteer, m []int, out *found) {
		s, e := m[2], m[3]
		digits, town := text[m[4]:m[5]], fold(text[m[6]:m[7]])
		if !clauseEnds(text, e) || s == m[4] && isYear(digits) {
			return
		}
		before := strings.TrimRight(text[max(0, s-12):s], " \t\u00a0")
		prev := strings.ToLower(before[strings.LastIndexAny(before, " \t\u00a0")+1:])
		sent := prev == "to" || prev == "at" && len(digits) == 5 // "go to 40100 Kisumu", "is at 40204 Kondele"
		if !sent && measureWordsRE().MatchString(text[max(0, s-60):s]) {
			return // "The rent is 1500 Pula."
		}
		if g.isDemonym(town) || g.isPeople(town) {
			return // "40000 Somali"
		}
		known := g.knownTown(town) // "Aarhus C"
		if dutchAfterStreet(text, s, e) {
			out.add(Address, s, e) // "Saparuastraat 7. 2841 GH Moordrecht."
			return
		}
		if m[8] >= 0 {
			// "47100 Artuklu/Mardin": the district, then its province
			known = known || g.knownTown(fold(text[m[8]:m[9]]))
		}
		if !known && (g.isWord(town) || g.isThing(town) || calendarWords[town] || allCapsWord(text[m[6]:m[7]]) ||
			strings.HasSuffix(town, "s") && !strings.ContainsAny(digits, " \t\u00a0") || !sent && !addressWordBeforeRE().MatchString(text[max(0, s-80):s])) {
			return // "1500 Pula", "30000 Tutsis", "1000 Keppra": amounts and counts (a count is not grouped as "858 00 Kasos")
		}
		// A town of three words the lists do not know has no English word
		// among them: "58019 Porto Santo Stefano" (Porto is known), not
		// "to 1500 Euro Bank Limited", a sum and its payee.
		if words := strings.Fields(town); !known && len(words) >= 3 && slices.ContainsFunc(words, g.isWord) {
			return
		}
		last, _ := utf8.DecodeLastRuneInString(before)
		// "…Sokak No: 6, Daire 2. 72060 Batman.": the town and postcode
		// as a sentence of their own, after the street's.
		ownSentence := last == '.' && known && addressWordBeforeRE().MatchString(text[max(0, s-80):s])
		if before == "" || !strings.ContainsRune(",—–:(", last) && !postcodeTownCues[prev] && !ownSentence {
			return
		}
		if (prev == "at" || prev == "by" || prev == "until") && s == m[4] && clockTime(digits) {
			return // "the flight lands at 2145 Lusaka"
		}
		out.add(Address, s, e)
	})
}

// dutchPostcodeRE is a Dutch postcode and its town: four digits, the two
// letters, a capitalised name.
var dutchPostcodeRE = lazyRE(`^[1-9]\d{3}[ \x{00A0}][A-Z]{2}[ \x{00A0}]+\p{Lu}`)

// dutchAfterStreet reports whether text[s:e] is a Dutch postcode and town
// said as a sentence of its own right after a street and its number
// ("Saparuastraat 7. 2841 GH Moordrecht."): the letters after the digits
// and the house number before make it an address, whatever the town.
func dutchAfterStreet(text string, s, e int) bool {
	if !dutchPostcodeRE().MatchString(text[s:e]) {
		return false
	}
	before := strings.TrimRight(text[max(0, s-40):s], " \t\u00a0")
	if !strings.HasSuffix(before, ".") {
		return false
	}
	before = strings.TrimSuffix(before, ".")
	before = strings.TrimRight(before, "abcdefghABCDEFGH") // "3a"
	return before != "" && isDigitByte(before[len(before)-1]) && houseNumberAfterStreetRE().MatchString(before)
}

// houseNumberAfterStreetRE is a street's name ending in a number, at the
// end of what was said: "Saparuastraat 7", "Kerkweg 3".
var houseNumberAfterStreetRE = lazyRE(`\p{Lu}\p{Ll}+[ \x{00A0}]\d{1,4}$`)

// postcodeTownTriggers returns the starts of the runs of four or five
// digits followed by a space and a capital (with the Dutch letters or a
// hyphen's group between), and before a town's six-digit PIN: where a
// postcode and its town may stand.
func postcodeTownTriggers(text string, digits []int) []int {
	var at []int
	for _, i := range digits {
		j := digitRunEnd(text, i)
		if j+1 < len(text) && text[j] == '-' && isDigitByte(text[j+1]) {
			j = digitRunEnd(text, j+1)
		}
		if n := j - i; (n >= 4 && n <= 8) && j+1 < len(text) && text[j] == ' ' && 'A' <= text[j+1] && text[j+1] <= 'Z' || j+1 < len(text) && text[j] == ' ' && text[j+1] >= 0x80 {
			at = append(at, i)
		}
		// "858 00 Kasos": three digits and two, then the town.
		if j-i == 3 && j+4 < len(text) && text[j] == ' ' && isDigitByte(text[j+1]) && isDigitByte(text[j+2]) && text[j+3] == ' ' && 'A' <= text[j+4] && text[j+4] <= 'Z' {
			at = append(at, i)
		}
		// An Indian PIN after its town: the window starts at the town.
		if n := j - i; (n == 6 || n == 5 || n == 3 && strings.HasPrefix(text[j:], " ") && len(text) >= j+4 && isDigitByte(text[j+1])) && i >= 2 && text[i-1] == ' ' && (isASCIILetter(text[i-2]) || text[i-2] == ',') {
			at = append(at, max(0, i-30))
		}
	}
	return at
}

// findZIPs finds ZIP codes after their state or the word for them.
func findZIPs(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(zipRE(), text, digitWins, func(m []int) {
		from := max(0, m[0]-24)
		if v := virginIslandsBeforeRE().FindStringIndex(text[from:m[0]]); v != nil && strings.HasPrefix(text[m[0]:m[1]], "008") {
			out = append(out, candidate{kind: Address, start: from + v[0], end: m[1]})
			return
		}
		if b := zipBeforeRE().FindStringSubmatchIndex(text[from:m[0]]); b != nil {
			s := m[0]
			if b[2] >= 0 {
				s = from + b[2] // the state with the ZIP
			}
			out = append(out, candidate{kind: Address, start: s, end: m[1]})
		}
	})
	return out
}

// virginIslandsBeforeRE is "VI" said before a ZIP of the US Virgin
// Islands (the ZIP's "008" is checked apart).
var virginIslandsBeforeRE = lazyRE(`\bVI,?[ \t\x{00A0}]+$`)

// findVirginIslandsPostcodes finds the British Virgin Islands' postcodes
// after their island, with the settlement said before it: "Long Look,
// Tortola VG1120", "The Settlement, Anegada VG1140" (not "Since March
// 2019, Tortola VG1110": a part with a number or a month is no place's).
func findVirginIslandsPostcodes(text string) []candidate {
	var out []candidate
	eachMatch(virginIslandsPostcodeRE(), text, windowsAround(text, indexAllOf(text, "VG11"), 80, 8), func(m []int) {
		s, from := m[0], max(0, m[0]-40)
		if p := settlementBeforeRE().FindStringSubmatchIndex(text[from:s]); p != nil && !calendarWords[fold(strings.Fields(text[from+p[2] : from+p[3]])[0])] {
			s = from + p[2]
		}
		out = append(out, candidate{kind: Address, start: s, end: m[1]})
	})
	return out
}

// settlementBeforeRE is a place of one to three capitalised words and a
// comma just before an island's name (group 1).
var settlementBeforeRE = lazyRE(`\b(\p{Lu}\p{L}+(?:[ \t\x{00A0}]+\p{Lu}\p{L}+){0,2}),[ \t\x{00A0}]+$`)
