package redact

import (
	"strings"
	"unicode"
)

// Homes by their lot, house, compound or site and the numbers and phones
// of the places they were met in: Antananarivo's lots ("Lot II A 67 bis
// Ampanofana"); Hebrew streets ("rehov Masalant 9, Tel Aviv 6685609");
// Kazakh microdistricts by building and flat ("14th microdistrict,
// 35-88"); Chilean streets with their town and postcode ("Calle Bolívar
// 1345, Antofagasta 1240000"), without a number ("calle Huaytiquina
// s/n") and camps by their block and site ("Campamento Los Arenales,
// manzana D, sitio 11"); Eritrean homes by a place, a landmark or road and
// the house's or compound's number ("Taulud, behind the old Banco
// d'Italia, house 43").

// malagasyLotRE is a lot of Antananarivo's register and its quarter.
var malagasyLotRE = lazyRE(`\bLot[ \t\x{00A0}]+(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[ \t\x{00A0}]+[A-Z][ \t\x{00A0}]*\d{1,4}(?:[ \t\x{00A0}]*(?:bis|ter|[A-Z]))?[ \t\x{00A0}]+` + capWord)

// hebrewStreetRE is an Israeli street, "rehov" first or "St" after, with
// its number and the town and postcode after it or not.
var hebrewStreetRE = lazyRE(`(?:\b[Rr]ehov[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+St)[ \t\x{00A0}]+\d{1,4}\b(?:,[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+\d{7}\b)?`)

// microdistrictFlatRE is a home in a Central Asian microdistrict by its
// building and flat: "14th microdistrict, 35-88", "Arai microdistrict,
// 2-14".
var microdistrictFlatRE = lazyRE(`(?:\b\d{1,2}(?:st|nd|rd|th)|` + capWord + `)[ \t\x{00A0}]+(?:microdistrict|mikrorayon),[ \t\x{00A0}]+\d{1,3}-\d{1,3}\b`)

// chileanStreetRE is a Chilean street and number with its town and
// postcode of seven digits ("Pasaje Licancabur 14, San Pedro de
// Atacama, 1410000"), or a street without a number, "s/n" or "sin número",
// named or numbered ("Calle 10 sin número").
var chileanStreetRE = lazyRE(`\b(?:` + capWord + `(?:[ \t\x{00A0}]+(?:de[ \t\x{00A0}]+)?` + capWord + `){0,3}[ \t\x{00A0}]+\d{1,5},[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+(?:de[ \t\x{00A0}]+)?` + capWord + `){0,3},?[ \t\x{00A0}]+\d{7}|[Cc]alle[ \t\x{00A0}]+(?:` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?|\d{1,3})[ \t\x{00A0}]+(?:s/n|sin[ \t\x{00A0}]+n[úu]mero))\b`)

// campSiteRE is a home in a camp or an Andean community by its block and
// site: "Campamento Los Arenales, manzana D, sitio 11", "Ayllu de Solor,
// sitio 27".
var campSiteRE = lazyRE(`\b(?:Campamento|Ayllu|Población|Toma)[ \t\x{00A0}]+(?:de[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?(?:,[ \t\x{00A0}]+manzana[ \t\x{00A0}]+[A-Z0-9]{1,3})?,[ \t\x{00A0}]+sitio[ \t\x{00A0}]+\d{1,4}\b`)

// placeHouseRE is a home by its place, then a landmark it is near or
// behind or the road it is on, then the house's or compound's number:
// "Ghinda, Kebabi Dengolo road, house number 58", "Foro village, near
// the water point, compound 14", "Hay al-Muthanna, near the Al-Rahma
// mosque, house 77"; or the place and the house and the
// landmark after it ("Edaga, house 117 near the Sheikh Hamal mosque").
var placeHouseRE = lazyRE(`\b(?:(?:al|el|an|ar|as|ash|ad|az)-)?` + capWord + `(?:[ \t\x{00A0}]+village)?,[ \t\x{00A0}]+(?:(?:(?:near|behind|beside|opposite)[ \t\x{00A0}]+the[ \t\x{00A0}]+(?:(?:\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)+|\p{L}+['’]?\p{L}*)[ \t\x{00A0}]+){0,3}(?:\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)+|\p{L}+['’]?\p{L}*)|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2}[ \t\x{00A0}]+road),[ \t\x{00A0}]+(?:house|compound)(?:[ \t\x{00A0}]+number)?[ \t\x{00A0}]+\d{1,4}\b|house[ \t\x{00A0}]+\d{1,4}[ \t\x{00A0}]+(?:near|behind|beside|opposite)[ \t\x{00A0}]+the[ \t\x{00A0}]+(?:` + capWord + `[ \t\x{00A0}]+){0,3}(?:mosque|church|school|market|clinic|well|bridge)\b)`)

// findHouseForms finds the homes above, and the numbers, phones and
// dates of findHouseNumbers.
func findHouseForms(text string, digits []int, digitWins []span) []candidate {
	var out found
	eachMatch(malagasyLotRE(), text, windowsAround(text, indexAllOf(text, "Lot "), 0, 48), func(m []int) {
		if !lastIsWord(text[m[0]:m[1]]) && !batchBeforeRE().MatchString(text[max(0, m[0]-40):m[0]]) {
			out.add(Address, m[0], m[1]) // not "Lot II A 12 Pfizer", "Lot X A 3 Saturday"
		}
	})
	eachMatch(hebrewStreetRE(), text, windowsAround(text, indexAllOf(text, "ehov ", " St "), 40, 48), func(m []int) {
		a := text[m[0]:m[1]]
		if (strings.HasPrefix(strings.ToLower(a), "rehov") || endsInSevenDigits(a)) && !countAfter(text, m[1]) && clauseGoesOn(text, m[1]) {
			out.add(Address, m[0], m[1]) // not "Church St 3 times", "rehov Herzl 3 times"
		}
	})
	eachMatch(microdistrictFlatRE(), text, windowsAround(text, indexAllOf(text, "microdistrict,", "mikrorayon,"), 24, 16), func(m []int) {
		if !determinerBeforeRE().MatchString(text[m[0]:m[1]]) && !countAfter(text, m[1]) && !strings.HasSuffix(text[m[0]:m[1]], "-0") {
			out.add(Address, m[0], m[1]) // not "Our microdistrict, 20-30", "5th microdistrict, 2-3 families"
		}
	})
	eachMatch(chileanStreetRE(), text, windowsAround(text, append(sevenDigitEnds(text, digits), indexAllOf(text, " s/n", " sin número", " sin numero")...), 96, 16), func(m []int) {
		if !lastIsCount(text, m) && !firstIsWord(text[m[0]:m[1]]) && !numberOfSomething(text, m[1]) {
			out.add(Address, m[0], m[1]) // not "Room 12, Hospital Regional, 1500000 pesos", "Calle Mayor sin número de teléfono"
		}
	})
	eachMatch(campSiteRE(), text, windowsAround(text, indexAllOf(text, "Campamento ", "Ayllu "), 0, 96), func(m []int) {
		if name, _, _ := strings.Cut(text[m[0]:m[1]], ","); len(strings.Fields(name)) > 2 || !lastIsWord(name) {
			out.add(Address, m[0], m[1]) // not "Campamento Base, sitio 2"
		}
	})
	eachMatch(placeHouseRE(), text, windowsAround(text, indexAllOf(text, ", house ", ", compound ", " house "), 96, 64), func(m []int) {
		if placeHouse(text, m) {
			out.add(Address, m[0], m[1])
		}
	})
	out = append(out, findHomesByKind(text)...)
	return append(out, findHouseNumbers(text, digitWins)...)
}

// ordinalGridStreetRE is a Guatemalan street or avenue by its ordinal,
// with its zone or after a word that places it: "4a. Calle, Zona 1", "on
// 2a. Avenida".
var ordinalGridStreetRE = lazyRE(`(?:\b(?:on|in|at|to|from)[ \t\x{00A0}]+)?\b\d{1,2}a\.?[ \t\x{00A0}]+(?:Calle|Avenida)\b(?:,?[ \t\x{00A0}]+[Zz]ona[ \t\x{00A0}]+\d{1,2}\b)?`)

// keralaHouseRE is a house by its name, as Kerala names its houses and
// villas, and the road or the post office it is on: "Kunnummal House,
// Perambra Road", "Puthenparambil House, Thakazhy South".
var keralaHouseRE = lazyRE(`\b` + capWord + `[ \t\x{00A0}]+(?:House|Villa|Bhavan|Bhavanam|Nivas|Nilayam|Manzil|Veedu),[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+(?:(?:Road|South|North|East|West|Junction)\b|P\.O\.)`)

// homeNamedRE is a house by its name said after someone's word for a home
// or its people, as Kerala and Lakshadweep name their houses: "his house,
// Puthiyapura House", "my neighbour, Thekkeyil House", "my mother's
// home, Kannampilly Villa" (not "a care home, Abbeyfield House", "the
// office address, Mencap House"). Group 1 is the house's name.
var homeNamedRE = lazyRE(`\b(?i:my|his|her|our|their|your)(?:[ \t\x{00A0}]+\p{L}+['’]s)?[ \t\x{00A0}]+(?i:house|home|neighbour|neighbor|address),[ \t\x{00A0}]+(` + capWord + `)[ \t\x{00A0}]+(?:House|Villa|Bhavan|Bhavanam|Nivas|Nilayam|Manzil|Veedu)\b`)

// placeNamed reports whether a word is a place or a town of the lists.
func placeNamed(w string) bool {
	g, err := loadGazetteer()
	return err == nil && g.isPlaceOrTown(fold(w))
}

// quotedStreetRE is a street whose name is quoted after its kind's
// abbreviation, as Bulgaria writes it, with the house's number or not:
// "ul. \"Hristo Botev\" 8", "bul. \"Skobelev\" 41", "zh.k. \"Dabnika\"".
var quotedStreetRE = lazyRE(`\b(?:ul|bul|pl|zh\.k|kv)\.[ \t\x{00A0}]*["“„«]\p{Lu}[^"”“»\n]{1,40}["”“»](?:[ \t\x{00A0}]+\d{1,4}[A-Za-z]?\b)?`)

// findHomesByKind finds the homes of ordinalGridStreetRE, keralaHouseRE,
// homeNamedRE and quotedStreetRE, with the parts that run on after them.
func findHomesByKind(text string) []candidate {
	var out found
	eachMatch(ordinalGridStreetRE(), text, windowsAround(text, indexAllOf(text, "a. Calle", "a. Avenida", "a Calle", "a Avenida"), 16, 24), func(m []int) {
		if a := text[m[0]:m[1]]; strings.Contains(a, "ona ") || !unicode.IsDigit(rune(a[0])) && clauseEnds(text, m[1]) {
			s := strings.IndexFunc(a, unicode.IsDigit)
			out.add(Address, m[0]+s, addressRunOn(text, m[1]))
		}
	})
	eachMatch(keralaHouseRE(), text, windowsAround(text, indexAllOf(text, " House, ", " Villa, ", " Bhavan, ", " Nivas, ", " Manzil, "), 40, 48), func(m []int) {
		if name, _, _ := strings.Cut(text[m[0]:m[1]], " "); !allEnglish(name) && clauseEnds(text, m[1]) {
			out.add(Address, m[0], addressRunOn(text, m[1])) // not "Green House, North West Wales"
		}
	})
	eachMatch(homeNamedRE(), text, windowsAround(text, indexAllOf(text, " House", " Villa", " Bhavan", " Nivas", " Manzil", " Veedu", " Nilayam"), 48, 16), func(m []int) {
		if name := text[m[2]:m[3]]; !allEnglish(name) && !placeNamed(name) {
			out.add(Address, m[2], addressRunOn(text, m[1])) // not "my home, Rose Villa", "her house, Brighton House"
		}
	})
	eachMatch(quotedStreetRE(), text, windowsAround(text, indexAllOf(text, "ul.", "bul.", "pl.", "zh.k.", "kv."), 0, 64), func(m []int) {
		out.add(Address, m[0], addressRunOn(text, m[1]))
	})
	return out
}

// batchBeforeRE is a batch's or a sale's word before a lot.
var batchBeforeRE = lazyRE(`(?i)\b(?:batch|vaccine|auction|sale|expiry|expires)\b`)

// determinerBeforeRE begins a match with a determiner: "Our
// microdistrict", "This microdistrict".
var determinerBeforeRE = lazyRE(`^(?:Our|This|Every|The|My|His|Her|Each|That|Their|Your)\b`)

// lastIsWord reports whether the last word of s is an English word, a
// day, a thing the lists know or a function word: no place's name.
func lastIsWord(s string) bool {
	k := fold(lastField(s))
	g, err := loadGazetteer()
	return wordOrDay(k) || err != nil || g.isThing(k) || functionWords[k]
}

// firstIsWord reports whether the first word of s is an English word or
// a function word: "Room 12, …", "In 2019, …".
func firstIsWord(s string) bool {
	g, err := loadGazetteer()
	first, _, _ := strings.Cut(s, " ")
	k := fold(first)
	return err != nil || g.isWord(k) || functionWords[k]
}

// endsInSevenDigits reports whether s ends in a postcode of seven digits.
func endsInSevenDigits(s string) bool {
	last := lastField(s)
	return len(last) == 7 && strings.Trim(last, "0123456789") == ""
}

// clauseGoesOn reports whether what follows an address at e ends it: a
// comma, the sentence's end, or nothing.
func clauseGoesOn(text string, e int) bool {
	rest := strings.TrimLeft(text[e:min(len(text), e+4)], " ")
	return rest == "" || strings.ContainsAny(rest[:1], ",.;:!?)\n—")
}

// lastIsCount reports whether a chileanStreetRE match's seven digits count
// something ("1500000 pesos") or its first number is a year.
func lastIsCount(text string, m []int) bool {
	if countAfter(text, m[1]) || sevenCountRE().MatchString(text[m[1]:min(len(text), m[1]+16)]) {
		return true
	}
	f := strings.Fields(text[m[0]:m[1]])
	return len(f) > 1 && isYear(strings.TrimSuffix(f[1], ","))
}

var sevenCountRE = lazyRE(`^[ \t]+(?i:pesos|people|personas|cases|casos|habitantes|steps|pasos|dollars|dólares|tons|toneladas)\b`)

// placeHouse reports whether a placeHouseRE match is a home: its place no
// opener or day ("Honestly, behind the scenes, house 2"), its landmark
// no figure of speech ("near the end", "beside the point"), no count
// after it ("house 5 people"), and a compound no trial's.
func placeHouse(text string, m []int) bool {
	a := text[m[0]:m[1]]
	first, _, _ := strings.Cut(a, ",")
	first, _, _ = strings.Cut(first, " ")
	k := fold(first)
	if answerOpeners[k] || interjections[k] || fillerWords[k] || functionWords[k] || calendarWords[k] || discourseWords[k] {
		return false
	}
	if figureRE().MatchString(a) || countAfter(text, m[1]) || strings.Contains(a, "compound") && trialNearRE().MatchString(text[max(0, m[0]-60):min(len(text), m[1]+60)]) {
		return false
	}
	return true
}

// discourseWords open a sentence as a comma's worth of talk.
var discourseWords = setOf(`honestly actually look anyway sadly mostly right then no yes well okay ok so luckily basically`)

var (
	figureRE    = lazyRE(`\b(?:near|behind|beside|opposite)[ \t]+the[ \t]+(?:end|start|point|scenes|numbers|times|line|curve)\b`)
	trialNearRE = lazyRE(`(?i)\b(?:trial|phase|baseline|dose|drug|placebo)\b`)
)

// sevenDigitEnds returns where each run of exactly seven digits ends (of
// the runs starting at digits): an Israeli's or a Chilean's postcode.
func sevenDigitEnds(text string, digits []int) []int {
	var at []int
	for _, s := range digits {
		if e := digitRunEnd(text, s); e-s == 7 {
			at = append(at, e)
		}
	}
	return at
}

// folioRE is a Chilean file's number in groups after "folio": "folio 48
// 227 901"; receiptRE a Malagasy receipt's ("récépissé 047/2023/DIST-SBV").
var (
	folioRE   = lazyRE(`\b[Ff]olio[ \t\x{00A0}]+\d{2}[ \t\x{00A0}]\d{3}[ \t\x{00A0}]\d{3}\b`)
	receiptRE = lazyRE(`(?i:\brécépissé|\brecepisse)(?:[ \t\x{00A0}]+n[°º])?[ \t\x{00A0}]+\d{2,4}/(?:19|20)\d{2}/[A-Z][A-Z\-]{1,14}\b`)
)

// chileMobileRE is a Chilean mobile with its country's code and the 9 in
// brackets: "+56 (9) 8410 2267".
var chileMobileRE = lazyRE(`\+56[ \t\x{00A0}]*\(9\)[ \t\x{00A0}]*\d{4}[ \t\x{00A0}]?\d{4}\b`)

// spacedLandlineRE is a landline of an area code and small groups said
// after a line's word: "52 2 489 207" (Chile), "8 72934 3 14 56"
// (Kazakhstan).
var spacedLandlineRE = lazyRE(`\b(?:\d{2}[ \t\x{00A0}]2[ \t\x{00A0}]\d{3}[ \t\x{00A0}]\d{3}|8[ \t\x{00A0}]\d{4,5}[ \t\x{00A0}]\d{1,2}[ \t\x{00A0}]\d{2}[ \t\x{00A0}]\d{2})\b`)

// dayMonthEthiopianRE is a date of Ethiopia's calendar, day first: "12
// Hamle 2015".
var dayMonthEthiopianRE = lazyRE(`\b` + dayOfMonth + `[ \t\x{00A0}]+` + ethiopianMonth + `[ \t\x{00A0}]+(?:19|20)\d{2}\b`)

// readingWordRE is a reading's or a score's word between a line's cue and
// the number: "the readings were 12 2 140 160".
var readingWordRE = lazyRE(`(?i)\b(?:readings?|scores?|results?|steps|sugars?|values?|levels?)\b`)

// ambiguousEthiopianMonths are months of Ethiopia's calendar that name
// other things as often.
var ambiguousEthiopianMonths = setOf(`Tir Ter Sene`)

// findHouseNumbers finds the numbers, phones and dates above.
func findHouseNumbers(text string, digits []span) []candidate {
	var out found
	eachMatch(folioRE(), text, digits, out.as(ID))
	eachMatch(receiptRE(), text, digits, out.as(ID))
	eachMatch(chileMobileRE(), text, digits, out.as(Phone))
	eachMatch(spacedLandlineRE(), text, digits, func(m []int) {
		if before := text[max(0, m[0]-20):m[0]]; landlineCueRE().MatchString(before) && !readingWordRE().MatchString(before) && !countAfter(text, m[1]) {
			out.add(Phone, m[0], m[1])
		}
	})
	eachMatch(dayMonthEthiopianRE(), text, digits, func(m []int) {
		if f := strings.Fields(text[m[0]:m[1]]); !ambiguousEthiopianMonths[f[1]] {
			out.add(Date, m[0], m[1]) // "Tir" is Persian's too, "Ter" and "Sene" words elsewhere
		}
	})
	return out
}

// numberOfSomething reports whether "sin número" ending at e is without a
// number of something else: "sin número de teléfono", "sin número para
// llamar".
func numberOfSomething(text string, e int) bool {
	if !strings.HasSuffix(text[:e], "mero") {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimLeft(text[e:], " \t\u00a0"), " ")
	return w == "de" || w == "del" || w == "para"
}
