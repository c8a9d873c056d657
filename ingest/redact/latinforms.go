package redact

import (
	"slices"
	"strconv"
	"strings"
)

// Addresses said as countries far from the first lists say them: Italian
// streets named kind first ("via Santa Caterina", "Via Madonna dell'Alto
// 14") and rural districts ("Contrada Strasatti"); Turkish streets with
// their quarter and number ("Ortaköy, Gazi Caddesi No: 41"); Honduran homes
// by their barrio and the street, house or landmark after it ("Barrio
// Cristales, calle principal, casa 9"); Baltic streets with no word for a
// street ("on Kalevi 5a"); Swahili, Portuguese, Swedish, Greek, Turkmen and
// Uzbek streets; East African plots and blocks ("Sokoni estate, house
// 14").

// italianStreetRE is a street or district named kind first in Italian,
// its name of capitalised words and particles ("dell'", "di"), with the
// house number after it or not (group 1 the name's end).
var italianStreetRE = lazyRE(`\b(?:[Vv]ia|Viale|viale|Vicolo|vicolo|Contrada|contrada)[ \t\x{00A0}]+` + italianNamePart + `(?:[ \t\x{00A0}]+` + italianNamePart + `){0,3}()(?:[ \t\x{00A0}]+(\d{1,4})[A-Za-z]?\b)?`)

// italianNamePart is one word of an Italian street's name: a capitalised
// word, or a particle and the capitalised word it is joined to.
const italianNamePart = `(?:(?:di|del|della|dei|delle|degli|dello)[ \t\x{00A0}]+|dell['’]|d['’]|all['’])?[\p{Lu}][\p{L}'’\-]*`

// italianStreetWords begin Italian streets' names though the lists hold
// them as words or places: "via Roma", "via Santa Caterina", "via
// Madonna dell'Alto".
var italianStreetWords = setOf(`roma santa santo san madonna don monte porta piazza corso vittorio garibaldi`)

// italianStreetName reports whether first, the first word after "Via"
// or "Contrada", may begin an Italian street's name: no English word or
// place the lists know but those streets are named for, nor capitals
// ("Via Rail", "Via Hope", "via NHS", "via Milan"; "Via Roma" is a street).
func italianStreetName(g *gazetteer, first string) bool {
	k := fold(first)
	return !allCapsWord(first) && (!g.isWord(k) && !g.isPlace(k) || italianStreetWords[k])
}

// findItalianStreets finds the streets italianStreetRE describes where a
// house number follows, or a preposition of place comes before: "we flew
// via Rome" is no address.
func findItalianStreets(text string) []candidate {
	wins := windowsAround(text, indexAllOf(text, "via ", "Via ", "viale ", "Viale ", "vicolo ", "Vicolo ", "Contrada ", "contrada "), 16, 80)
	return findWithLists(italianStreetRE(), text, wins, func(g *gazetteer, m []int, out *found) {
		if !italianStreetName(g, strings.Fields(text[m[0]:m[2]])[1]) {
			return // "via NHS 111", "via Channel 4", "via Milan"
		}
		placed := placePrepositionBefore(text, m[0])
		afterComma := strings.HasSuffix(strings.TrimRight(text[max(0, m[0]-4):m[0]], " \t"), ",")
		// "we flew via Heathrow Terminal 5" is the way, not the street
		numbered := m[4] >= 0 && !isYear(text[m[4]:m[5]]) && !countAfter(text, m[5]) && (text[m[0]] != 'v' || afterComma || placed)
		switch {
		case numbered && clauseEnds(text, m[1]):
			out.add(Address, m[0], m[1])
		case !numbered && placed:
			out.add(Address, m[0], m[2])
		} // "Via Crucis 14 times": numbered, but the clause goes on
	})
}

// turkishStreetRE is a Turkish street by its name or number and its kind,
// the quarter before it after a comma or not, and the house number and
// postcode after it or not: "Ortaköy, Gazi Caddesi No: 41", "Bağlar,
// 825. Sokak No: 12, 21090", "Salamis Yolu".
var turkishStreetRE = lazyRE(`(?:` + capWord + `(?:[ \t\x{00A0}]+Mahallesi)?,[ \t\x{00A0}]+)?(?:` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?|\d{1,5}\.(?:[ \t\x{00A0}]+` + capWord + `)?)[ \t\x{00A0}]+(?:Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı|Yolu)(?:[ \t\x{00A0}]+No[ \t\x{00A0}]*:?[ \t\x{00A0}]*\d{1,4}[A-Z]?\b)?(?:,[ \t\x{00A0}]+\d{5}\b)?`)

// ordinalNamedRE is a number with a dot before a street's name: an
// ordinal street ("2. Gaziler Sokak") only after its quarter, else a
// sentence's end (group 1 the name).
var ordinalNamedRE = lazyRE(`\d{1,5}\.[ \t\x{00A0}]+(\p{Lu})`)

// turkishStreetKind reports whether s begins with a Turkish street's kind:
// "825. Sokak" is a street numbered so, not a sentence's end.
func turkishStreetKind(s string) bool {
	for _, k := range []string{"Caddesi", "Cad.", "Sokak", "Sokağı", "Sk.", "Bulvarı", "Yolu"} {
		if strings.HasPrefix(s, k) {
			return true
		}
	}
	return false
}

// findTurkishStreets finds the streets turkishStreetRE describes.
func findTurkishStreets(text string) []candidate {
	var out []candidate
	wins := windowsAround(text, indexAllOf(text, " Caddesi", " Cad.", " Sokak", " Sokağı", " Sk.", " Bulvarı", " Yolu"), 48, 40)
	eachMatch(turkishStreetRE(), text, wins, func(m []int) {
		if strings.HasSuffix(text[m[0]:m[1]], "Yolu") && !placePrepositionBefore(text, m[0]) && !strings.Contains(text[m[0]:m[1]], ",") {
			return // "Kuzey Yolu", "Ipek Yolu": a title or the Silk Road
		}
		s := m[0]
		if o := ordinalNamedRE().FindStringSubmatchIndex(text[m[0]:m[1]]); o != nil && !strings.Contains(text[m[0]:m[1]], "Mahallesi") && !turkishStreetKind(text[m[0]+o[2]:]) {
			s = m[0] + o[2] // "in 2019. Bağdat Caddesi": a year ends the sentence before the street
		}
		out = append(out, candidate{kind: Address, start: s, end: m[1]})
	})
	return out
}

// barrioRE is a Central American home by its barrio, colonia or village,
// then the street, house or landmark after it, each after a comma:
// "Barrio La Isla, 4 calle, casa 210", "Barrio Jericó, frente a la
// cancha", "Colonia Suyapa, casa 8".
var barrioRE = lazyRE(`\b(?:Barrio|Colonia|Aldea|Caserío|Residencial|Reparto)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+(?:de|del|la|las|los|el)?[ \t\x{00A0}]*` + capWord + `){0,3}(?:,[ \t\x{00A0}]+` + barrioPart + `){1,3}`)

// barrioPart is one part of barrioRE after the barrio: a street by its
// ordinal or kind, a house by its number, or a landmark it faces.
const barrioPart = `(?:(?:\d{1,2}a?|primera|segunda|tercera|cuarta|quinta|sexta)[ \t\x{00A0}]+(?:calle|avenida)|(?:calle|avenida)(?:[ \t\x{00A0}]+(?:(?:al|a|de|del|principal|la|el|las|los)\b|[\p{Ll}\p{Lu}][\p{L}]*|\d{1,2}\b)){0,4}|casa[ \t\x{00A0}]+\d{1,4}|frente[ \t\x{00A0}]+(?:a|al)(?:[ \t\x{00A0}]+(?:la|el|los|las))?[ \t\x{00A0}]+\p{L}+)`

// carreteraRE is a home or office by the road out of a town and its
// kilometre or house: "Carretera a Trujillo, kilómetro 4", "Camino a
// Lagunón, casa 12".
var carreteraRE = lazyRE(`\b(?:Carretera|Camino)[ \t\x{00A0}]+(?:a|al|hacia)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?,?[ \t\x{00A0}]+(?:(?:kilómetro|kilometro|km\.?)[ \t\x{00A0}]*\d{1,3}|casa[ \t\x{00A0}]+\d{1,4})\b`)

// findBarrioAddresses finds the homes barrioRE and carreteraRE describe.
func findBarrioAddresses(text string) []candidate {
	var out []candidate
	add := func(m []int) { out = append(out, candidate{kind: Address, start: m[0], end: m[1]}) }
	eachMatch(barrioRE(), text, windowsAround(text, indexAllOf(text, "Barrio ", "Colonia ", "Aldea ", "Caserío ", "Residencial ", "Reparto "), 0, 160), func(m []int) {
		add([]int{m[0], spanishEnd(text, m[0], m[1])})
	})
	eachMatch(carreteraRE(), text, windowsAround(text, indexAllOf(text, "Carretera ", "Camino "), 0, 80), add)
	return out
}

// findLatinForms finds the Italian, Turkish, Central American, Baltic,
// Swahili, Portuguese, Catalan, Swedish, Greek, Turkic and East African
// forms.
func findLatinForms(text string) []candidate {
	digits := digitRuns(text)
	threeTwo := threeTwoDigits(text, digits)
	// The later forms' numbers are sought around every run of digits:
	// the windows are made once for all four.
	digitWins := windowsAround(text, digits, 24, 24)
	return slices.Concat(findItalianStreets(text), findTurkishStreets(text), findBarrioAddresses(text), findBalticStreets(text, digits),
		findEastAfricanAndLusophone(text, threeTwo), findCatalanForms(text), findLanesAndIslandCodes(text), findGreekForms(text, threeTwo), findTurkicAndPlotForms(text),
		findLocalForms(text, digitWins), findIsthmusForms(text, digitWins), findBalkanForms(text, digitWins), findHouseForms(text, digits, digitWins))
}

// balticStreetRE is a street said as the Baltic states write it, the name
// and the house number (and the flat after a dash) with no word for a
// street, or with its kind shortened after the name: "on Kalevi 5a",
// "Tiimanni 12-31", "Tallinna mnt 6b", a Lithuanian highway's "Šilutės
// pl. 52-118" (group 1 the name, group 2 the number).
var balticStreetRE = lazyRE(`(?:^|[ \t\x{00A0}(])(` + capWord + `)(?:[ \t\x{00A0}]+(?:mnt|tn|pst|maantee|tänav|puiestee|iela|gatvė|g\.|pr\.|pl\.|plentas|al\.|alėja|skg\.|aikštė))?[ \t\x{00A0}]+(\d{1,3}(?:[a-z]\b|-\d{1,3}\b|\b))`)

// balticStreetCues may stand just before such a street: a preposition of
// place ("is" and "in" stand before a stage, a class, a ward as often).
var balticStreetCues = setOf(`on at`)

// findBalticStreets finds the streets balticStreetRE describes: with the
// street's kind shortened after the name, or a flat after a dash ("12-31")
// or a letter after the number, after "on" or "at" or where the clause
// ends; or a plain number after "on" or "at" where the clause ends. The
// name is no English word, thing or name of a month ("on Ward 9", "at Gate
// 12", "on Metformin 500" stay). digits are the starts of text's runs of
// digits.
func findBalticStreets(text string, digits []int) []candidate {
	return findWithLists(balticStreetRE(), text, windowsAround(text, numbersAfterWords(text, digits), 24, 12), func(g *gazetteer, m []int, out *found) {
		name, num := text[m[2]:m[3]], text[m[4]:m[5]]
		k := fold(name)
		if g.isWord(k) || g.isThing(k) || calendarWords[k] || functionWords[k] || titleWords[k] || allCapsWord(name) {
			return
		}
		if rest := text[m[5]:min(len(text), m[5]+2)]; len(rest) == 2 && strings.ContainsRune("-/.", rune(rest[0])) && isDigitByte(rest[1]) || countAfter(text, m[5]) {
			return // "SSN 423-71-0584", "Pärnu maantee 5 minutes from here"
		}
		kinded := m[3] < m[4]-1 && !isSpaceByte(text[m[3]+1])
		shaped := strings.ContainsAny(num, "-abcdefghijklmnopqrstuvwxyz")
		f := strings.Fields(text[max(0, m[2]-12):m[2]])
		cued := len(f) > 0 && balticStreetCues[strings.ToLower(f[len(f)-1])]
		plain := cued && clauseEnds(text, m[5]) && len(num) <= 2 && !g.name(k).given() // not "is Maria 12"
		if kinded || shaped && (cued || clauseEnds(text, m[5])) || plain {
			out.add(Address, m[2], m[5])
		}
	})
}

// swahiliStreetRE is a street, road or hamlet named in Swahili, its kind
// first and joined to its name ("Barabara ya Uhuru", "Mtaa wa Jamhuri",
// "Kitongoji cha Mkubiru"), with the house's number before it or not
// ("Nyumba Na. 8, Kitongoji cha Namalembo", "Plot 9, Mtaa wa Jamhuri"), or
// its quarter before it and the house after it ("Kimara Bonyokwa, Mtaa
// wa Golani, House No. 9").
var swahiliStreetRE = lazyRE(`(?:\b(?:Nyumba|Plot|House)[ \t\x{00A0}]+(?:(?:Na|No)\.?[ \t\x{00A0}]*)?\d{1,4}[A-Z]?,[ \t\x{00A0}]+|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?,[ \t\x{00A0}]+)?` + swahiliKind + `(?:,[ \t\x{00A0}]+` + swahiliKind + `)?(?:,[ \t\x{00A0}]+(?:Nyumba|Plot|House)[ \t\x{00A0}]+(?:(?:Na|No)\.?[ \t\x{00A0}]*)?\d{1,4}[A-Z]?\b)?`)

// swahiliKind is one street, road, hamlet or village named in Swahili.
const swahiliKind = `\b(?:Barabara[ \t\x{00A0}]+ya|Mtaa[ \t\x{00A0}]+wa|Kitongoji[ \t\x{00A0}]+cha|Kijiji[ \t\x{00A0}]+cha)[ \t\x{00A0}]+[\p{Lu}][\p{L}'’\-]*(?:[ \t\x{00A0}]+[\p{Lu}][\p{L}'’\-]*)?`

// portugueseNumberedRE is a street named kind first in Portuguese with
// its house number after a comma, and the floor after it or not: "Rua
// Hoji Ya Henda, 33-B", "Avenida da Praia do Bonfim, 214, 1.º andar",
// "Rua Dr. Leopoldino Silva, número 118", "Rua Ensaio, 77, fundos".
var portugueseNumberedRE = lazyRE(`\b(?:Rua|Avenida|Av\.|Travessa|Praceta|Largo|Estrada|Alameda|Praça|Calçada)[ \t\x{00A0}]+(?:(?:da|do|das|dos|de|Dr\.|Dra\.)[ \t\x{00A0}]+)?[\p{Lu}][\p{L}'’\-]*(?:[ \t\x{00A0}]+(?:(?:da|do|das|dos|de|Ya|ya)[ \t\x{00A0}]+)?[\p{Lu}][\p{L}'’\-]*){0,3},[ \t\x{00A0}]+(?:n[úu]mero[ \t\x{00A0}]+|n\.?º[ \t\x{00A0}]*)?\d{1,4}(?:-?[A-Z])?\b(?:,[ \t\x{00A0}]+\d{1,2}\.?[ \t\x{00A0}]?[ºo°][ \t\x{00A0}]+andar|,[ \t\x{00A0}]+(?:fundos|frente))?`)

// swedishPostcodeTownRE is a Swedish postcode, three digits and two, and
// its town: "621 48 Visby".
var swedishPostcodeTownRE = lazyRE(`\b\d{3} \d{2} [\p{Lu}][\p{Ll}åäö]+\b`)

// twoWordStreetRE is a Nordic street whose kind is a word of its own
// after the name, with its number: "Norra Vägen 17", "Stora Gatan 4".
var twoWordStreetRE = lazyRE(`\b[\p{Lu}][\p{L}]+[ \t\x{00A0}]+(?:Vägen|Gatan|Vegen|Gata|Gade|Vej|Tie|Katu)[ \t\x{00A0}]+\d{1,4}[A-Za-z]?\b`)

// findEastAfricanAndLusophone finds the Swahili, Portuguese, Swedish and
// Nordic forms above; threeTwo are the starts of three digits and two.
func findEastAfricanAndLusophone(text string, threeTwo []int) []candidate {
	g, err := loadGazetteer()
	if err != nil {
		return nil
	}
	var out []candidate
	add := func(m []int) { out = append(out, candidate{kind: Address, start: m[0], end: m[1]}) }
	eachMatch(swahiliStreetRE(), text, windowsAround(text, indexAllOf(text, "Barabara ya", "Mtaa wa", "Kitongoji cha", "Kijiji cha"), 40, 100), add)
	eachMatch(portugueseNumberedRE(), text, windowsAround(text, indexAllOf(text, "Rua ", "Avenida ", "Av. ", "Travessa ", "Praceta ", "Largo ", "Estrada ", "Alameda ", "Praça ", "Calçada "), 0, 120), func(m []int) {
		if clauseEnds(text, m[1]) {
			add(m)
		}
	})
	eachMatch(swedishPostcodeTownRE(), text, windowsAround(text, threeTwo, 0, 30), func(m []int) {
		town := fold(text[strings.LastIndexByte(text[:m[1]], ' ')+1 : m[1]])
		if (g.isPlace(town) || g.isTown(town)) && !pressureLike(text[m[0]:m[0]+6]) {
			add(m)
		}
	})
	eachMatch(twoWordStreetRE(), text, windowsAround(text, indexAllOf(text, " Vägen ", " Gatan ", " Vegen ", " Gata ", " Gade ", " Vej ", " Tie ", " Katu "), 24, 12), add)
	return out
}

// greekPostcodeRE is a Greek postcode, three digits and two, with its
// town after it or before it, after "T.K." or not: "821 31 Chios",
// "Platanias 730 14", "Karlovasi, 832 00", "T.K. 730 11 Chora Sfakion".
// Group 1 is a town before, group 2 the digits, group 3 a town after.
var greekPostcodeRE = lazyRE(`(?:(` + capWord + `),?[ \t\x{00A0}]+)?(?:T\.?[ \t\x{00A0}]?K\.?[ \t\x{00A0}]*)?\b(\d{3} \d{2})\b(?:[ \t\x{00A0}]+(` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?))?`)

// greekStreetRE is a Greek street named kind first, its name after a
// date's ordinal or not, and its number: "Odos 25is Martiou 40",
// "Leoforos Knossou".
var greekStreetRE = lazyRE(`\b(?:Odos|Odós|Leoforos|Leofóros|Plateia|Plateía)[ \t\x{00A0}]+(?:\d{1,2}(?:is|hs|ης)[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?(?:[ \t\x{00A0}]+\d{1,4}[A-Za-z]?\b)?`)

// findGreekForms finds Greek postcodes with a town the lists know, or
// after "T.K.", and Greek streets named kind first; threeTwo are the
// starts of three digits and two.
func findGreekForms(text string, threeTwo []int) []candidate {
	g, err := loadGazetteer()
	if err != nil {
		return nil
	}
	var out []candidate
	known := func(s, e int) bool { return s >= 0 && g.knownTown(fold(text[s:e])) }
	eachMatch(greekPostcodeRE(), text, windowsAround(text, threeTwo, 32, 40), func(m []int) {
		s, e := m[0], m[1]
		if rest := text[m[5]:min(len(text), m[5]+2)]; len(rest) == 2 && rest[0] == ' ' && isDigitByte(rest[1]) {
			return // "Yerevan, 010 56 34 12": a phone's groups
		}
		lead := m[0] // where "T.K." may stand: after the town before, if any
		if m[2] >= 0 {
			lead = m[3]
		}
		t := strings.IndexByte(text[lead:m[4]], 'T')
		tk := t >= 0
		before, after := known(m[2], m[3]), known(m[6], m[7])
		if !before && m[2] >= 0 {
			s = m[4] // the word before is no town: from the digits, or "T.K."
			if tk {
				s = lead + t
			}
		}
		if !after && m[6] >= 0 {
			e = m[5]
		}
		if (before || after) && !tk && pressureLike(text[m[4]:m[5]]) && !addressWordBeforeRE().MatchString(text[max(0, m[0]-60):m[0]]) {
			return // "In Athens, 120 80 was normal": a blood pressure
		}
		if before || after || tk {
			out = append(out, candidate{kind: Address, start: s, end: len(strings.TrimRight(text[:e], " \t"))})
		}
	})
	eachMatch(greekStreetRE(), text, windowsAround(text, indexAllOf(text, "Odos ", "Odós ", "Leoforos ", "Leofóros ", "Plateia ", "Plateía "), 0, 80), func(m []int) {
		e := m[1]
		if k := strings.LastIndexByte(text[m[0]:e], ' '); k >= 0 && isYear(text[m[0]+k+1:e]) {
			e = m[0] + k // "Plateia Syntagmatos 2011": a year, not a house
		}
		out = append(out, candidate{kind: Address, start: m[0], end: e})
	})
	return out
}

// turkicStreetRE is a Turkmen or Uzbek street or avenue, its kind after
// its name in lower case, with the house, flat and room after it, the
// town before it and the postcode after it or not: "Azatlyk köçesi, jaý
// 27, öý 14", "Daşoguz, Bagtyýarlyk köçesi 88, otag 417", "Garaşsyzlyk
// şaýoly 41", "Lebap köçesi 12, 746100".
var turkicStreetRE = lazyRE(`(?:` + capWord + `,[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+(?:` + capWord + `|ýoly|bazar))?[ \t\x{00A0}]+(?:köçesi|şaýoly|ko['‘’]chasi|kochasi|shoh[ \t\x{00A0}]ko['‘’]chasi)(?:[ \t\x{00A0}]+\d{1,4}[a-zA-Z]?\b)?(?:,[ \t\x{00A0}]+(?:jaý|öý|otag|uy|xonadon|kv\.?)[ \t\x{00A0}]*\d{1,4}\b){0,3}(?:,[ \t\x{00A0}]+\d{6}\b)?`)

// plotRunRE is a home in an East African town or camp by the place, then
// its plot, house, block or zone by number (the landmark after it, "behind
// Nomads Hotel", is left as said): "Township, plot 334", "Sokoni estate,
// house 14", "Kakuma 3, Zone 2, Block 9", "Block 7, house 42".
var plotRunRE = lazyRE(`\b(?:` + capWord + `(?:[ \t\x{00A0}]+(?:estate|Estate|` + capWord + `))?(?:[ \t\x{00A0}]+\d{1,3})?|Block[ \t\x{00A0}]+\d{1,3})(?:,[ \t\x{00A0}]+(?:[Pp]lot|[Hh]ouse|[Bb]lock|[Zz]one)[ \t\x{00A0}]+\d{1,4}[A-Z]?\b){1,3}`)

// findTurkicAndPlotForms finds the forms turkicStreetRE and plotRunRE
// describe.
func findTurkicAndPlotForms(text string) []candidate {
	var out []candidate
	add := func(m []int) { out = append(out, candidate{kind: Address, start: m[0], end: m[1]}) }
	eachMatch(turkicStreetRE(), text, windowsAround(text, indexAllOf(text, " köçesi", " şaýoly", "chasi"), 48, 60), add)
	eachMatch(plotRunRE(), text, windowsAround(text, indexAllOf(text, ", plot ", ", Plot ", ", house ", ", House ", ", block ", ", Block ", ", zone ", ", Zone "), 40, 80), func(m []int) {
		first, _, _ := strings.Cut(text[m[0]:m[1]], ",")
		w := strings.Fields(first)[0]
		if k := fold(w); !interjections[k] && !greetings[k] && !functionWords[k] && (w == "Block" || !englishName(w)) {
			add(m) // not "Wallahi, house 7", "Phase 1, block 2", "Mum, house 7"
		}
	})
	return out
}

// numbersAfterWords returns the starts, of digits, of the runs of digits
// that follow a word and a space ("Kalevi 5a", "mnt 6b"): where
// balticStreetRE may end.
func numbersAfterWords(text string, digits []int) []int {
	var at []int
	for _, i := range digits {
		if i >= 2 && text[i-1] == ' ' && (isASCIILetter(text[i-2]) || text[i-2] == '.' || text[i-2] >= 0x80) {
			at = append(at, i)
		}
	}
	return at
}

// threeTwoDigits returns the starts, of digits, of three digits, a space
// and two digits standing alone ("821 31", "621 48"): Greek and Swedish
// postcodes.
func threeTwoDigits(text string, digits []int) []int {
	var at []int
	for _, i := range digits {
		if e := i + 6; e <= len(text) && digitCount(text[i:i+3]) == 3 && text[i+3] == ' ' && digitCount(text[i+4:e]) == 2 && (e == len(text) || !isDigitByte(text[e])) {
			at = append(at, i)
		}
	}
	return at
}

// spanishEnd returns where a barrio's address ending at e really ends:
// before the English words the pattern took after "calle" ("calle al río
// because it was", "calle 5 was the film").
func spanishEnd(text string, s, e int) int {
	g, err := loadGazetteer()
	if err != nil {
		return e
	}
	for {
		k := strings.LastIndexAny(text[s:e], " \t\u00a0")
		if k < 0 {
			return e
		}
		w := fold(text[s+k+1 : e])
		if !g.isWord(w) || spanishWords[w] || digitCount(w) > 0 {
			return e
		}
		e = s + k
	}
}

// spanishWords are Spanish words of an address that English has too.
var spanishWords = setOf(`a al de del el la las los casa calle principal avenida real central`)

// pressureLike reports whether three digits and two could be a blood
// pressure read out ("120 80", "160 95").
func pressureLike(d string) bool {
	hi, lo, _ := strings.Cut(d, " ")
	a, _ := strconv.Atoi(hi)
	b, _ := strconv.Atoi(lo)
	return a >= 80 && a <= 250 && b >= 40 && b <= 140
}
