package redact

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Addresses given by locators: "Plot 9", "Blk 12 Lot 8", "Moo 5", "quarteirão
// 9, casa 27", with the parts said before them ("Delap, Lot 47") and after
// them (addressRunOn), and the other address forms findLocatedAddresses
// gathers (wards, boxes, streets named kind first).

// locatorRE is a place given by a locator and its number, as addresses
// are in many countries: "Plot 9", "Blk 190", "House 27", "No. 18",
// "Purok 3", a Mongolian yard's "khashaa 118", "P.O. Box 4481-00200", "01 BP 2231" (a West African box with
// its town's number), "H/No. 14" (a house's), "Door No. 27-14-9" (an
// Andhra house's), "Plot C-118", "villa 47", an Uzbek "8-mavze" or
// "14-uy", a Norfolk Island or South African land "Portion 38a"; with one or two capitals before the number, spaced or slashed
// ("H/No. C 47/3", "House No. AB/21", "P.O. Box KS 8842", "Plot BC
// 1142"), not a roman numeral's ("Phase II 2019", "Unit IV 3", "flat TV
// 42"), and two digits at least after a space ("Section B 2"). It names
// an address when more of one runs on after it (addressRunOn), and is one
// with them.
var locatorRE = lazyRE(`(?:\b(?:(?i:flat|unit|plot|block|house|building|apartment|apt|appt|imm|maison|chambre|fence|door|lote|casa|manzana|depto|dpto|kv|micro-district|microdistrict|villa|khashaa|hashaa)\.?|Blk|(?:H/)?No[.:]|Lot|lot|Stand|Erf|Portion|Purok|Gali|Sector|Section|Compound|Woreda|Kebele|Phase|Street|Rue|rue|Rua|rua|P\.?[ ]?O\.?[ ]?Box|(?:\d{2}[ ])?B\.?[ ]?P\.?|S\.L\.P\.|Private Bag|` + otherLocator + `)[ \t\x{00A0}]+(?:(?i:number|no\.?)[ \t\x{00A0}]+)?|#)(?:[A-Z]-?\d{1,5}|[A-HJ-UWYZ]{1,2}(?:/\d{1,5}|[ \-]?\d{2,5})|\d{1,5})(?:e?r[ao]|[dtv][ao]|[A-Za-z])?(?:(?:[\-/.]\d{1,6}){1,2}|[/\-][A-Z]\b|[ \t\x{00A0}]+(?:bis|ter)\b)?\b|\b\d{1,4}-(?i:mavze|uy|xonadon|kvartal)\b`)

// placeBeforeRE is a place's name just before a locator, with or without
// a comma, and a quarter's number after it or not: "Delap, Lot 47",
// "Gudele Block 7", "Khartoum 2, street 41".
var placeBeforeRE = lazyRE(`(?:^|[ \t])((?:\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}+)?[ \t]){0,2}(?:\p{Lu}\p{Ll}{2,}|\p{Lu}\p{Ll}*-\p{Lu}\p{Ll}+)(?:[ \t]\d{1,2})?),?[ \t]+$`)

// placeBefore returns where a place named before a locator at s starts,
// or s: a capitalised word in mid-sentence that is no word of a clause.
func placeBefore(text string, s int) int { return placeBeforeOpening(text, s, false) }

// openingWord reports whether a word opening a sentence before a place
// is the sentence's and not the place's: an interjection ("Wallahi, house
// 7, …") or a common English word that names no kind of place ("Write
// Nahia 7, …"; not "District 4, …"; a place's own common word is lost
// too: "Wad Nubawi" gives "Nubawi").
func openingWord(word string) bool {
	g, err := loadGazetteer()
	k := fold(word)
	return interjections[k] || err == nil && g.common.has(k) && !addressKindWords[k] && !divisionWords[k]
}

// divisionWords name a division of a town or a camp, capitalised before
// its number: "District 4", "Sector 7" (addressKindWords has "block" and
// "ward").
var divisionWords = setOf(`district sector zone area quarter camp phase section`)

// placeBeforeOpening is placeBefore; opening says the place may be a
// sentence's first words even where they are English words, as when a
// house's parts follow it ("Wad Nubawi, block 3, house 118." said as an
// answer).
func placeBeforeOpening(text string, s int, opening bool) int {
	from := max(0, s-40)
	m := placeBeforeRE().FindStringSubmatchIndex(text[from:s])
	if m == nil {
		return s
	}
	at, end := from+m[2], from+m[3]
	// "In Delap, Lot 47": a sentence's first word, or a word of a clause,
	// is no part of the place; the words after it may be.
	for at < end {
		word, _, _ := strings.Cut(text[at:end], " ")
		if !notAddressParts[word] && !functionWords[strings.ToLower(word)] && !(opening && openingWord(word)) {
			break
		}
		at += len(word)
		for at < end && (text[at] == ' ' || text[at] == '\t') {
			at++
		}
	}
	if at >= end {
		return s
	}
	before := strings.TrimRight(text[max(0, at-3):at], " \t")
	if (before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:\n")) && !opening && !unknownWord(text[at:end]) {
		return s // a sentence's first word, unless no English word ("Arabkir, 31st street, …")
	}
	if m := divisionBeforeRE().FindStringSubmatchIndex(text[max(0, at-16):at]); m != nil {
		at = max(0, at-16) + m[2] // "barrio La Matriz, calle 24 de Mayo": the kind of place too
	}
	return at
}

// divisionBeforeRE is the kind of a neighbourhood said in lower case
// before its name.
var divisionBeforeRE = lazyRE(`(?:^|[ \t])(barrio|barriada|sector|zona|colonia|ciudadela|vereda|bairro|quartier)[ \t]+$`)

// partBeforeRE is one more part of an address said before the part found,
// with its comma: a locator and its number, a subdivision by its ordinal,
// a named district ("Bayanzürkh district, 3rd khoroo, building 14"), or a
// street of one word and the house's number ("Onas 1451, depto 3 B").
var partBeforeRE = lazyRE(`(?:^|[ \t\x{00A0}])(` + locatorPart + `|\p{Lu}\p{Ll}{2,}[ \t\x{00A0}]\d{2,5}|` + ordinalPart + `|` + namedDivision + `|` + districtFirst + `|(?:\d{5}|0\d{3}|1[0-8]\d{2}|2[1-9]\d{2}|[3-9]\d{3})[ \t\x{00A0}]` + capWord + `),[ \t\x{00A0}]+$`)

// districtFirst is a neighbourhood named kind first, as Latin American and
// Francophone addresses begin: "Colonia López Arellano", "Barrio
// Guamilito", "quartier Makomeno", "microdistrict Samal-2".
var districtFirst = `(?:(?:[Mm]icrodistrict|[Mm]ikrorayon|Colonia|Col\.|Perumahan|Barangay|Brgy\.|Tambon|Amphoe|Khet|Khwaeng|Zona|zona|Barrio|barrio|Bairro|bairro|Ciudadela|ciudadela|Vereda|vereda|colonia|[Ss]ector|[Bb]arriada|[Cc]aserío|[Cc]orregimiento|[Pp]arroquia|Urbanización|Urbanizacion|Residencial|Quartier|quartier|Secteur|Cité|Lotissement|Résidence|Residence|zh\.k\.|Zh\.k\.|Khiaban(?:-e)?|Kuche(?:-ye)?|Kucheh(?:-ye)?|Meydan(?:-e)?|Bolvar(?:-e)?)[ \t\x{00A0}]+(?:(?:` + streetParticle + `)[ \t\x{00A0}]+){0,2}(?:` + capWord + `\d{0,3}|\d{1,4})(?:[ \t\x{00A0}]+(?:(?:` + streetParticle + `)[ \t\x{00A0}]+){0,2}(?:` + capWord + `|\d{1,3}\b)){0,2}` + `|[Cc]ommune[ \t\x{00A0}]+(?:de[ \t\x{00A0}]+|d['’])?` + capWord + `)`

// streetParticle joins the words of a street's or district's name in the
// Romance languages: "Calle Real de Guadalupe", "Via dei Mulini", "Barrio
// de Guadalupe", with the Balearic articles after "de" ("Carrer de ses
// Moreres"; the Italian "a": "Vico San Pietro a Maiella"; not the Tagalog
// "sa", "in", alone).
const streetParticle = `(?:de[ \t\x{00A0}]+(?:ses|sa)|de|del|la|las|los|le|les|da|das|do|dos|di|dei|degli|delle|della|du|des|e|y|lui|a)`

// streetPart is a street named kind first, in lower case, as one part of
// an address: "route de Gremda km 3", "rue des Palmiers".
var streetPart = `(?:route|rue|avenue|chemin|calle|avenida|rua|strada|carrera)[ \t\x{00A0}]+(?:(?:de|du|des|de la|del|da|do|dos|das)[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+(?:km[ \t\x{00A0}]*)?\d{1,4}[A-Za-z]?\b)?`

// addressRunBefore returns where an address that starts at s really
// starts: back over up to three parts said before it, each followed by a
// comma.
func addressRunBefore(text string, s int) int {
	for range 3 {
		from := max(0, s-48)
		m := partBeforeRE().FindStringSubmatchIndex(text[from:s])
		if m == nil {
			return s
		}
		s = from + m[2]
	}
	return s
}

// placeAnchored reports whether an address given by locators names a place
// too: a capitalised word that is no locator, day or month, a postcode's
// five digits or more, or a post box. "block 4, room 12" and "the clinic,
// room 3, building 2" are where someone sat in a hospital.
func placeAnchored(span string) bool {
	for _, w := range strings.FieldsFunc(span, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\u00a0' }) {
		w = strings.Trim(w, ".()")
		if w == "" {
			continue
		}
		k := fold(w)
		switch {
		case k == "box" || k == "bag" || k == "b.p":
			return true
		case isCapitalised(w) && !locatorNames[k] && !notAddressParts[w] && !calendarWords[k]:
			return true
		case digitCount(w) >= 5:
			return true
		}
	}
	return false
}

// homePartRE is a part of an address that only a home has: three of them
// make an address without the town ("microdistrict 26, house 9, apartment
// 41", an Iraqi "mahalla 211, zuqaq 14, dar 9"), where "block 4, room 12" is a hospital's and "house 3, flat 2"
// says too little.
var homePartRE = lazyRE(`\b(?i:house|flat|apartment|apt|kv|microdistrict|micro-district|casa|depto|dpto|apto|mahalla|zuqaq|dar|nahia|kucha|dom|podyezd|korpus)\.?[ \t\x{00A0}]+\d|\b\d{1,4}-(?i:uy|xonadon|mavze)\b|\b\d{1,2}[ \t\x{00A0}]+(?i:mikrorayon|microdistrict)\b`)

// postIndexRE is a post-Soviet postal index said after "index" alone
// ("Karakol, index 722200", "the index is 230100") or before it ("230100
// is our index"): six digits, or Azerbaijan's letters and four ("the
// index is AZ1065").
var postIndexRE = lazyRE(`(?i:\bindex)(?:[ \t\x{00A0}]+is)?[ \t\x{00A0}]*[:,]?[ \t\x{00A0}]+(\d{6}|AZ[ \t\x{00A0}]?\d{4})\b|\b(\d{6})[ \t\x{00A0}]+(?:is|was)[ \t\x{00A0}]+(?:our|my|the|their|her|his)[ \t\x{00A0}]+(?:post(?:al)?[ \t\x{00A0}]+)?index\b`)

// japanPostcodeRE is a Japanese postcode with its mark ("〒430-0906").
var japanPostcodeRE = lazyRE(`〒[ \t\x{00A0}]?\d{3}-?\d{4}\b`)

// hamletBeforeRE is an Indonesian or Malay hamlet or village named just
// before its neighbourhood's RT and RW, or the street: "Dusun Krajan",
// "Kampung Pukat,", "Jalan Kelapa Lima".
var hamletBeforeRE = lazyRE(`\b(?:Dusun|Desa|Dukuh|Kampung|Kampong|Kelurahan|Jalan|Jl\.|Gang|Kompleks)[ \t\x{00A0}]+\p{Lu}\p{L}+(?:[ \t\x{00A0}]+\p{Lu}\p{L}+){0,2},?[ \t\x{00A0}]+$`)

// rtRwRE is an Indonesian neighbourhood and hamlet ("RT 04 RW 01", "RT
// 3/RW 7"): with the village or ward said after it.
var rtRwRE = lazyRE(`\bRT[ .\x{00A0}]?\d{1,3}[ \t\x{00A0}]*[/,]?[ \t\x{00A0}]*RW[ .\x{00A0}]?\d{1,3}\b`)

// dateStreetRE is a street named for a date without its kind, with its
// house number, as Uruguayan and Argentine addresses give them ("18 de
// Julio 345"): the month capitalised, the number no year.
var dateStreetRE = lazyRE(`\b\d{1,2}[ \t\x{00A0}]+de[ \t\x{00A0}]+(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre)[ \t\x{00A0}]+(\d{1,4})\b`)

// routeKmRE is a place on a road given by the road's number and the
// kilometre ("Ruta 26, kilómetro 212", "Carretera 45 km 12").
var routeKmRE = lazyRE(`\b(?:Ruta|Carretera|Rodovia)[ \t\x{00A0}]+\d{1,4}[A-Z]?,?[ \t\x{00A0}]+(?i:kilómetro|kilometro|km\.?)[ \t\x{00A0}]?\d{1,4}(?:[.,]\d)?\b`)

// directionsRE is the way to a house from a landmark, as addresses are
// given in Nicaragua, Costa Rica and Honduras: blocks (cuadras), varas or
// metres towards a compass point, the lake, up or down ("dos cuadras al
// norte y media al este", "300 varas arriba", "doscientos metros al este y
// cincuenta al sur"). The landmark after "de"/"del" before it is part of
// the address.
var directionsRE = lazyRE(`(?i)\b(?:` + directionCount + `)[ \t\x{00A0}]+(?:` + directionUnit + `)[ \t\x{00A0}]+` + directionTo + `(?:,?[ \t\x{00A0}]+(?:y[ \t\x{00A0}]+)?(?:` + directionCount + `)(?:[ \t\x{00A0}]+(?:` + directionUnit + `))?[ \t\x{00A0}]+` + directionTo + `)*`)

// The counts, units and ways of directionsRE: blocks written "c." too
// ("3 c. al volcán"), a compass point with "al" or without, as Costa Rica
// gives them ("400 metros oeste"; wayEnds judges those), and towards the
// lake, the volcano, the sea or the river.
const (
	directionCount = `\d{1,4}|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|media|cien|ciento|cincuenta|doscientos|trescientos|cuatrocientos|quinientos`
	directionUnit  = `cuadras?|c\.|varas|metros`
	directionTo    = `(?:al[ \t\x{00A0}]+(?:norte|sur|este|oeste|lago|volc[aá]n|mar|r[ií]o)|norte|sur|este|oeste|arriba|abajo)\b`
)

// bareCompassEndRE is a way that ends in a compass point without "al":
// "este" is also "this" ("400 metros este año"), "sur" French "on".
var bareCompassEndRE = lazyRE(`(?i)(?:[^l]|[^a]l)[ \t\x{00A0}]+(?:norte|sur|este|oeste)$`)

// wayEnds reports whether a way from a landmark that ends in a compass
// point without "al" ends there: a clause's end or the landmark's name,
// the house or what else is said of the address follows ("400 metros
// oeste, bodega 3", "100 metros norte de la escuela"), not a noun ("este
// año", "sur la gauche").
func wayEnds(text string, e int) bool {
	if clauseEnds(text, e) {
		return true
	}
	switch wordAfter(text, e) {
	case "de", "del", "y", "hasta", "frente", "casa", "mano":
		return true
	}
	return false
}

// findDirections finds addresses given as the way from a landmark, with
// the landmark and what runs on after the way ("De la Texaco Vieja, dos
// cuadras al lago, media cuadra arriba, Barrio El Calvario"); a way with no
// landmark is none. The counts may be words, so it looks wherever the
// units are said, not only near digits.
func findDirections(text string) []candidate {
	var out []candidate
	eachMatch(directionsRE(), text, windowsAround(text, indexAllOf(text, "cuadra", "varas", "metros", " c. ", " C. "), 40, 160), func(m []int) {
		if bareCompassEndRE().MatchString(text[max(0, m[1]-12):m[1]]) && !wayEnds(text, m[1]) {
			return // "la final de 400 metros este año"
		}
		l := landmarkBeforeRE().FindStringIndex(text[max(0, m[0]-60):m[0]])
		if l == nil {
			return // a way with no landmark to start from ("the bus went tres cuadras al norte")
		}
		s := placeBefore(text, addressRunBefore(text, max(0, m[0]-60)+l[0]))
		out = append(out, candidate{kind: Address, start: s, end: addressRunOn(text, m[1])})
	})
	return out
}

// landmarkBeforeRE is the landmark a way is given from ("De la Texaco
// Vieja, ", "del Parque Darío ", "de la escuela ").
var landmarkBeforeRE = lazyRE(`\b[Dd]el?[ \t\x{00A0}]+(?:(?:la|el|los|las)[ \t\x{00A0}]+)?(?:\p{L}+[ \t\x{00A0}]+){0,4}\p{L}+,?[ \t\x{00A0}]+$`)

// japanBlockRE is a Japanese address by its block numbers and its town
// or ward ("2-11-5 Minamiyamate-machi", "2-14-9 Tsukiji-cho"); koreanUnitRE
// a Korean flat by its building and number, with its complex's name or
// not ("104-dong 1203-ho", "Haedoji Apartment 103-dong 1204-ho"); and
// postcodeAfterRE a postcode said before its name ("84140 is the
// postcode").
var (
	// japanTownFirstRE is a Japanese address written town first: its
	// city, town or village with the suffix, the district, and the lot's
	// numbers ("Tsushima-shi Izuhara-machi Tabuchi 1023-4",
	// "Mitsushima-machi Kechi 410").
	japanTownFirstRE = lazyRE(`\b(?:\p{Lu}\p{Ll}+-(?:shi|machi|cho|chō|mura|son|gun|ku)[ \t\x{00A0}]+){1,3}\p{Lu}\p{Ll}+[ \t\x{00A0}]+\d{1,4}(?:-\d{1,4}){0,2}\b`)
	japanBlockRE     = lazyRE(`\b\d{1,2}-\d{1,2}(?:-\d{1,3})?[ \t\x{00A0}]+\p{Lu}\p{Ll}+-(?:machi|cho|chō|dori|dōri|ku)\b`)
	koreanUnitRE     = lazyRE(`\b(?:\p{Lu}\p{Ll}+[ \t\x{00A0}]+(?:Apartments?|APT)[ \t\x{00A0}]+)?\d{1,4}-dong[ \t\x{00A0}]+\d{1,5}-ho\b`)
	// japanChomeRE is a Japanese address by its three block numbers
	// (chōme, banchi, gō) and its town, whatever the town's name ends in
	// ("2-6-8 Nagamachi", "4-8-21 Kamijima"), or the town first, as
	// romaji is often written ("Sanarudai 3-14-8"); koreanLotRE a Korean
	// address by its lot number and its neighbourhood ("23-4 Pungnam-dong
	// 3-ga", "Hapjeong-dong 382-14").
	japanChomeRE    = lazyRE(`\b\d{1,2}-\d{1,3}-\d{1,3}[ \t\x{00A0}]+\p{Lu}\p{L}+(?:-\p{L}+)?|\b\p{Lu}\p{Ll}+(?:-\p{Ll}+)?[ \t\x{00A0}]+\d{1,2}-\d{1,3}-\d{1,3}\b`)
	koreanLotRE     = lazyRE(`\b(?:\d{1,4}(?:-\d{1,4})?[ \t\x{00A0}]+\p{Lu}\p{Ll}+-dong(?:[ \t\x{00A0}]+\d{1,2}-ga)?|\p{Lu}\p{Ll}+-dong[ \t\x{00A0}]+\d{1,4}(?:-\d{1,4})?)\b`)
	postcodeAfterRE = lazyRE(`\b(\d{4,6})[ \t\x{00A0}]+is[ \t\x{00A0}]+(?:the|my|our)[ \t\x{00A0}]+(?i:postcode|post code|postal code|zip code|zip)\b`)
)

// locatorNames are the words of locators that name a room or a building as
// well as an address, folded: no place by themselves. (A district's kind,
// "Woreda 5", "Purok 3", "Sector 7", is one.)
var locatorNames = setOf(`flat unit plot block blk house no no. lot stand phase street rue building apartment apt appt imm immeuble maison fence room n.º nº n° number lote casa manzana mz depto dpto kv ev mənzil`)

// houseBeforeMooRE is a Thai house number just before its village's
// "Moo".
var houseBeforeMooRE = lazyRE(`(?:^|[ \t\x{00A0}])(\d{1,4}(?:/\d{1,3})?)[ \t\x{00A0}]+$`)

// houseBeforeMoo returns where the house number before a "Moo" at s
// starts, or s when there is none.
func houseBeforeMoo(text string, s int) int {
	from := max(0, s-12)
	if m := houseBeforeMooRE().FindStringSubmatchIndex(text[from:s]); m != nil {
		return from + m[2]
	}
	return s
}

// wordStartsAt reports whether a word starts at s: no letter or digit
// just before it. Go's \b knows only ASCII letters, so an expression that
// must see a name begin with "Š", "Ø" or "Ö" ("— Šmeralova 12",
// "Ørstedsvej 3") leaves it out and asks this instead.
func wordStartsAt(text string, s int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:s])
	return s == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// boxRE is a post-office box said without "P.O.": an address only with
// its town and postcode after it.
var boxRE = lazyRE(`\bBox[ \t\x{00A0}]+\d{1,6}\b`)

// boxPostcodeRE is the postcode a box's town is given with: digits, or a
// Canadian or British postcode.
var boxPostcodeRE = lazyRE(`\b(?:\d{4,6}|[A-Z]\d[A-Z][ \t\x{00A0}]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t\x{00A0}]?\d[A-Z]{2})\b`)

// wardRE is a town and its ward's number, as addresses in Nepal begin
// ("Pokhara-17, Birauta, Kaski"): an address when more of one runs on.
var wardRE = lazyRE(`\b\p{Lu}\p{Ll}+-\d{1,2}\b`)

// wardPlaceBeforeRE is the tole or street said before a town and its ward
// (group 1), ending the clause: "Hasanpur, Dhangadhi-5.", "Sahajpur Road,
// Dhangadhi-4".
var wardPlaceBeforeRE = lazyRE(`(?:^|[ \t\x{00A0}])(\p{Lu}\p{Ll}+(?:[ \t\x{00A0}]\p{Lu}\p{Ll}+){0,2},[ \t\x{00A0}]+)$`)

// wardTown reports whether the town of a town and ward ("Dhangadhi-5",
// "Bhimdatta-5") may be a town: a place the lists know or no English word,
// and no thing ("Covid-19").
func wardTown(tw string) bool {
	g, err := loadGazetteer()
	town, _, _ := strings.Cut(tw, "-")
	k := fold(town)
	return err == nil && !g.isThing(k) && (g.isPlace(k) || g.isTown(k) || !g.isWord(k))
}

// findGenitiveStreets finds the streets named for someone in the
// genitive: Russian ones without their kind ("Pirogova 10") and Norwegian
// ones before a lower-case "gate" or "vei" ("Fredrik Langes gate 20").
func findGenitiveStreets(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(genitiveStreetRE(), text, windowsWith(text, wins, genitiveStreetWords), func(m []int) {
		if e := addressRunOn(text, m[1]); houseNumberGoesOn(text, m[1]) && genitiveStreet(text, m[0], m[1], e) {
			out = append(out, candidate{kind: Address, start: m[0], end: e})
		}
	})
	eachMatch(norwegianStreetRE(), text, windowsWith(text, wins, []string{" gate ", " vei ", " plass "}), func(m []int) {
		// The genitive is no English word: "Departures gate 12",
		// "Ryanair gate 5" are an airport's.
		if start, ok := norwegianStreetStart(text, m[0], m[2], m[3]); ok {
			out = append(out, candidate{kind: Address, start: start, end: addressRunOn(text, m[1])})
		}
	})
	return out
}

// norwegianStreetStart returns where a Norwegian street found at s, its
// genitive at [gs,ge), starts, and whether it is one: the genitive no
// English word or common given name ("Departures gate 12", "Thomas gate 4"
// are none), and a word before it kept only when no English word ("At
// Christmas gate 3").
func norwegianStreetStart(text string, s, gs, ge int) (int, bool) {
	g, err := loadGazetteer()
	gk := fold(text[gs:ge])
	if err != nil || g.isWord(gk) || g.name(gk)&givenCommon != 0 || calendarWords[gk] || otherNonNames[gk] || g.isThing(gk) || !wordStartsAt(text, s) {
		return 0, false
	}
	if s < gs {
		first := fold(strings.TrimSpace(text[s:gs]))
		if g.isWord(first) || functionWords[first] || notAddressParts[strings.TrimSpace(text[s:gs])] {
			return gs, true
		}
	}
	return s, true
}

// genitiveStreet reports whether a word in the genitive and a number at
// [s,m), with parts to e after it, is a Russian street and its house: said
// where someone lives or is ("I live on Lenina 5", "the registration —
// Petra Alekseeva 64/2, kvartira 11"), and no given name or place
// ("Marina 12", "Argentina 3", "Sertralina 50" said with no such cue).
func genitiveStreet(text string, s, m, e int) bool {
	g, err := loadGazetteer()
	if err != nil || !wordStartsAt(text, s) {
		return false
	}
	f := strings.Fields(text[s:m])
	k := fold(f[len(f)-2])
	if g.name(k).given() || g.isPlace(k) || g.isTown(k) || g.isThing(k) {
		return false
	}
	return e > m || placePrepositionBefore(text, s) || livesCueBeforeRE().MatchString(text[max(0, s-60):s])
}

// findWardAddresses finds the addresses of Nepal's wards: a town and its
// ward's number with more parts after it, or a tole before it ("Hasanpur,
// Dhangadhi-5."), and a ward by its number before its village.
func findWardAddresses(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(wardRE(), text, windowsWith(text, wins, []string{"-"}), func(m []int) {
		if e := addressRunOn(text, m[1]); e > m[1] {
			out = append(out, candidate{kind: Address, start: m[0], end: e})
		} else if p := wardPlaceBeforeRE().FindStringSubmatchIndex(text[max(0, m[0]-48):m[0]]); p != nil && clauseEnds(text, m[1]) && wardTown(text[m[0]:m[1]]) && !plainWordPart(text[max(0, m[0]-48)+p[2]:m[0]]) {
			out = append(out, candidate{kind: Address, start: max(0, m[0]-48) + p[2], end: m[1]})
		}
	})
	eachMatch(wardFirstRE(), text, windowsWith(text, wins, []string{"ward "}), func(m []int) {
		// A hospital's ward is none ("Ward 4, Civil Hospital", "Ward 5,
		// Surgical"): a village's ward is said where someone lives.
		if clauseEnds(text, m[1]) && !locatorNames[fold(text[m[2]:m[3]])] && !namesAVenue(text[m[0]:m[1]]) && livesCueBeforeRE().MatchString(text[max(0, m[0]-60):m[0]]) {
			out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
		}
	})
	return out
}

// livesCueBeforeRE is a word that says where someone lives or comes from,
// shortly before a place.
var livesCueBeforeRE = lazyRE(`(?i)\b(?:live|lives|living|lived|stay|stays|staying|stayed|house|home|address|from|village|registration|registered|shelter|flat|place|tole)\b[^.!?\n]{0,40}$`)

// plainWordPart reports whether a part said before an address begins
// with an English word that is no place: "Cars, Paddington-2" is a list.
func plainWordPart(part string) bool {
	g, err := loadGazetteer()
	first, _, _ := strings.Cut(strings.TrimRight(part, ", \t\u00a0"), " ")
	k := fold(first)
	return err != nil || g.isWord(k) && !g.isPlace(k) && !g.isTown(k)
}

// wardFirstRE is a municipal ward by its number and the village or tole
// in it, as Nepali and Indian addresses give them: "Ward 6, Rampur
// Bilaspur" (group 1, the place's first word).
var wardFirstRE = lazyRE(`\bWard[ \t\x{00A0}]+(?:No\.?[ \t\x{00A0}]*)?\d{1,2},[ \t\x{00A0}]+(\p{Lu}\p{Ll}+)(?:[ \t\x{00A0}]\p{Lu}\p{Ll}+){0,2}`)

// locatedAddress returns the address a locator found at [ls, le) is part
// of, with the place said before it and the parts after it, if it is one.
func locatedAddress(text string, ls, le int) (candidate, bool) {
	before := addressRunBefore(text, ls)
	s, e := placeBefore(text, before), addressRunOn(text, le)
	if s == ls && e > le && homePartRE().MatchString(text[ls:e]) {
		s = placeBeforeOpening(text, before, true) // "Khartoum 2, street 41, house 9."
	}
	if s == ls && strings.EqualFold(text[ls:min(len(text), ls+4)], "moo ") {
		s = houseBeforeMoo(text, s) // "215 Moo 3", "99/4 Moo 5": a Thai house in its village
	}
	// "Delap, Lot 47, by the church" and "Gudele Block 7, Plot 112",
	// not "Oncology Unit 4 weeks ago" or "Pfizer Phase 3 trial".
	placed := s < ls && strings.Contains(text[s:ls], ",") && clauseEnds(text, le)
	if (e > le || placed) && (placeAnchored(text[s:e]) || len(homePartRE().FindAllStringIndex(text[s:e], 3)) == 3) {
		return candidate{kind: Address, start: s, end: e}, true
	}
	return candidate{}, false
}

// koreanNumberFirstRE is a Korean road address with the building's
// number said first, as in English, and the districts after it ("117
// Bongnae-naru-ro, Yeongdo-gu"); a road, not a lane: "-gil" ends given
// names ("bed 4 Dong-gil") and walks counted ("14 Olle-gil").
var koreanNumberFirstRE = lazyRE(`\b\d{1,4}(?:-\d{1,3})?[ \t\x{00A0}]+\p{Lu}\p{Ll}+(?:-\p{Ll}+)*-(?:ro|daero)\b(?:,[ \t\x{00A0}]+\p{Lu}\p{Ll}+(?:-\p{Ll}+)?-(?:gu|si|gun|dong|eup|myeon)\b)*`)

// findJapaneseKoreanAddresses finds addresses by their block or lot
// numbers, as Japan and Korea give them.
func findJapaneseKoreanAddresses(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(koreanRoadRE(), text, windowsWith(text, wins, []string{"-ro ", "-gil ", "-daero "}), func(m []int) {
		if first := strings.Fields(text[m[0]:m[1]])[0]; !strings.Contains(first, "-") && (!unknownWord(first) || calendarWords[fold(first)] || countAfter(text, m[1]) || !clauseEnds(text, m[1])) {
			return // a village's lane: not "Olle 7-gil 15 kilometres", "April 4-gil 9"
		}
		out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
	})
	eachMatch(koreanNumberFirstRE(), text, windowsWith(text, wins, []string{"-ro", "-daero"}), func(m []int) {
		if clauseEnds(text, m[1]) && !countAfter(text, m[1]) {
			out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
		}
	})
	eachMatch(japanBlockRE(), text, windowsWith(text, wins, []string{"-machi", "-cho", "-chō", "-dori", "-dōri", "-ku"}), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
	})
	eachMatch(japanTownFirstRE(), text, windowsWith(text, wins, []string{"-shi", "-machi", "-cho", "-chō", "-mura", "-son", "-gun", "-ku"}), func(m []int) {
		if houseNumberGoesOn(text, m[1]) && japaneseWords(text[m[0]:m[1]]) {
			out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
		}
	})
	eachMatch(koreanUnitRE(), text, windowsWith(text, wins, []string{"-dong"}), func(m []int) {
		s := m[0]
		if first := strings.Fields(text[s:m[1]])[0]; !isDigitByte(first[0]) && (!unknownWord(first) || calendarWords[fold(first)] || notAddressParts[first]) {
			s += strings.IndexFunc(text[s:m[1]], unicode.IsDigit) // "Sunday Apartment 103-dong…": the flat alone
		}
		out = append(out, candidate{kind: Address, start: s, end: m[1]})
	})
	eachMatch(koreanLotRE(), text, windowsWith(text, wins, []string{"-dong"}), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
	})
	eachMatch(japanChomeRE(), text, windowsWith(text, wins, []string{"-"}), func(m []int) {
		town := fold(strings.TrimLeft(text[m[0]:m[1]], "0123456789- \t\u00a0"))
		numbers := [2]int{m[0], m[0] + strings.IndexAny(text[m[0]:], " \t\u00a0")}
		if !isDigitByte(text[m[0]]) { // the town first
			sp := strings.LastIndexAny(text[m[0]:m[1]], " \t\u00a0")
			town, numbers = fold(text[m[0]:m[0]+sp]), [2]int{m[0] + sp + 1, m[1]}
		}
		if numberBoundary(text, numbers[0], numbers[1]) && unknownWord(town) {
			out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
		}
	})
	return out
}

// findMarkedPostcodes finds postcodes said with a word or a mark that
// names them: "10027 is my zip code", "index 722200", "230100 is our index",
// "〒430-0906".
func findMarkedPostcodes(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(postcodeAfterRE(), text, windowsWith(text, wins, []string{"code", "zip"}), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
	})
	eachMatch(postIndexRE(), text, windowsWith(text, wins, []string{"index"}), func(m []int) {
		if m[2] < 0 {
			m = m[2:] // the index said first
		}
		out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
	})
	eachMatch(japanPostcodeRE(), text, windowsWith(text, wins, []string{"〒"}), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
	})
	return out
}

// capitalisedAfter reports whether a capitalised word follows e after a
// space, or after "in": a town ("108 Reykjavík", "108 in Reykjavík").
func capitalisedAfter(text string, e int) bool {
	after := text[e:min(len(text), e+12)]
	rest := strings.TrimLeft(after, " \t\u00a0")
	if len(rest) == len(after) {
		return false
	}
	return isCapitalised(rest) || strings.HasPrefix(rest, "in ") && isCapitalised(rest[3:])
}

// homeSuffixEnd returns where the locator at text[s:e] ends: with its
// "bis" or "ter" after a home's locator ("lot 17 bis", "flat 4 bis"), not
// after a unit's, a section's or a room's ("Section 12 bis", "Unit 3 bis
// Unit 5", the German "until").
func homeSuffixEnd(text string, s, e int) int {
	if !strings.HasSuffix(text[s:e], " bis") && !strings.HasSuffix(text[s:e], " ter") {
		return e
	}
	if first := strings.ToLower(strings.TrimRight(strings.Fields(text[s:e])[0], ".")); homeLocators[first] || strings.HasPrefix(text[s:e], "#") {
		return e
	}
	return e - len(" bis") // " ter" alike
}

// homeLocators number a home or its plot, and may take "bis" or "ter".
var homeLocators = setOf(`lot lote plot flat maison villa house casa no`)

// germanAtStreetRE is a German street named by where it is, "at the"
// something, with its number: "Am Fischmarkt 6", "An der Kirche 3", "Zum
// Hafen 12" (group 1 the name's first word); cottagesRE a row of cottages
// by its number, "4 Gearach Cottages" (group 1 the name).
var (
	germanAtStreetRE = lazyRE(`\b(?:Am|An[ \t\x{00A0}]+der|Auf[ \t\x{00A0}]+der|Zum|Zur)[ \t\x{00A0}]+(\p{Lu}\p{L}{2,})(?:[ \t\x{00A0}]+\p{Lu}\p{L}+)?[ \t\x{00A0}]+\d{1,3}[a-z]?\b`)
	cottagesRE       = lazyRE(`\b\d{1,3}[ \t\x{00A0}]+(\p{Lu}\p{L}+)[ \t\x{00A0}]+Cottages\b`)
)

// findNamedRowsAndPlaces finds the addresses of germanAtStreetRE where
// the clause ends after the number (not "Am Montag 3 Termine", German
// speech), of houseFirstRE after a word that places someone there, and of
// cottagesRE named by a word of no English ("3 Holiday Cottages" is a
// count).
func findNamedRowsAndPlaces(text string, wins []span) []candidate {
	var out []candidate
	g, gerr := loadGazetteer()
	eachMatch(germanAtStreetRE(), text, windowsWith(text, wins, []string{"am ", "an der ", "auf der ", "zum ", "zur "}), func(m []int) {
		if clauseEnds(text, m[1]) && !calendarWords[fold(text[m[2]:m[3]])] && !germanCalendarWords[fold(text[m[2]:m[3]])] {
			out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
		}
	})
	eachMatch(houseFirstRE(), text, windowsWith(text, wins, []string{" avenue ", " rue ", " boulevard "}), func(m []int) {
		if m[2] < 0 || placedAtWords[strings.ToLower(text[m[2]:m[3]])] {
			out = append(out, candidate{kind: Address, start: m[4], end: m[5]})
		}
	})
	eachMatch(cottagesRE(), text, windowsWith(text, wins, []string{" cottages"}), func(m []int) {
		if gerr == nil && !g.isWord(fold(text[m[2]:m[3]])) {
			out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
		}
	})
	return out
}

// houseFirstRE is a house given number first and then its street, the
// kind in lower case, and the quarter after it or not, as Congolese and
// other French-speaking towns give it: "number 7, avenue Kitumba, quartier
// Nyawera", "No. 4, avenue de l'Hôpital" (group 1 the word before).
var houseFirstRE = lazyRE(`(?:\b(\p{L}+['’]?\p{L}*)[ \t\x{00A0}]+)?\b((?:[Nn]umber|No\.|N[°º])[ \t\x{00A0}]?\d{1,4}[A-Za-z]?,[ \t\x{00A0}]+(?:avenue|rue|boulevard)[ \t\x{00A0}]+(?:(?:de|du|des|la|le)[ \t\x{00A0}]+|[dl]['’])*` + capWord + `(?:,[ \t\x{00A0}]+(?:quartier|commune|cellule)[ \t\x{00A0}]+` + capWord + `)?)`)

// placedAtWords, before "number", put someone or something at a house:
// "a depot at number 7, avenue …", "that's number 4, rue …"; not "bus
// number 12", "track number 4".
var placedAtWords = setOf(`at that's is it's in to on from live lives lived stay stays stayed was`)

// germanCalendarWords are German days, months and words for a time
// ("Anfang", "Ende"), which follow "Am" as when it happened: "Am Montag 3
// Termine".
var germanCalendarWords = setOf(`montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag wochenende anfang ende januar februar marz april mai juni juli august september oktober november dezember`)

// Streets of a grid town in Mexico, Panama or Cuba, said with the streets
// that cross them, by their ordinal, or a plot by its block and lot.
var (
	// betweenStreetsRE is a house given by its street and the two that
	// cross it on either side, as Yucatán's addresses give it: "Calle 65
	// between 60 and 62", "Avenida 7 entre 24 y 26", "Calle 11 Sur
	// number 340, between 20 and 25 Avenida".
	betweenStreetsRE = lazyRE(`\b(?:Calle|Avenida|Carrera)[ \t\x{00A0}]+\d{1,3}[A-Za-z]?(?:[ \t\x{00A0}]+(?:Norte|Sur|Oriente|Poniente|Bis))?(?:[ \t\x{00A0}]+(?i:number|número|no\.|#)[ \t\x{00A0}]*\d{1,4}[A-Za-z]?)?,?[ \t\x{00A0}]+(?:between|entre)[ \t\x{00A0}]+(?:(?:Calles?|Avenidas?|calles?|avenidas?)[ \t\x{00A0}]+)?\d{1,3}[ \t\x{00A0}]+(?:and|y)[ \t\x{00A0}]+\d{1,3}(?:[ \t\x{00A0}]+(?:Calle|Avenida))?\b`)
	// ordinalCalleRE is a street named by its ordinal, as in Bocas del
	// Toro, Panama City or Cuba, its house's number or the corner after it
	// or not: "Calle 4ta", "Avenida 3ra Norte", "Calle 5ta No. 114", "Calle
	// 2da esquina a Calle Real".
	ordinalCalleRE = lazyRE(`\b(?:Calle|Avenida)[ \t\x{00A0}]+\d{1,2}(?:ra|da|ta|na|va|ma|ro|do|to|vo|mo|no|er)\b(?:[ \t\x{00A0}]+(?:Norte|Sur|Este|Oeste))?(?:,?[ \t\x{00A0}]+(?:No\.|#|número)[ \t\x{00A0}]*\d{1,4}[A-Za-z]?\b|[ \t\x{00A0}]+esquina[ \t\x{00A0}]+(?:a[ \t\x{00A0}]+)?(?:(?:Calle|Avenida)[ \t\x{00A0}]+)?(?:` + capWord + `|\d{1,2}(?:ra|da|ta|na|va|ma|ro|do|to|vo|mo|no|er)?\b))?`)
	// blockLotRE is a plot by its block and lot, its super-block
	// before them or not, as Cancún's addresses give it: "SM 227,
	// Manzana 14, Lote 9", "Manzana 42, Lote 7".
	blockLotRE = lazyRE(`\b(?:(?:SM|Supermanzana|Región|Region)[ \t\x{00A0}]+\d{1,3},?[ \t\x{00A0}]+)?Manzana[ \t\x{00A0}]+\d{1,3}[A-Z]?,?[ \t\x{00A0}]+Lote[ \t\x{00A0}]+\d{1,3}[A-Z]?\b`)
)

// japaneseWords reports whether an address of japanTownFirstRE is
// Japanese: its towns' names before their suffixes and its district no
// English words ("Father-son Cup 2019", "Sendai-shi Marathon 2019"), its
// number no year.
func japaneseWords(addr string) bool {
	g, err := loadGazetteer()
	f := strings.Fields(addr)
	if err != nil || len(f) < 2 || isYear(strings.Split(f[len(f)-1], "-")[0]) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		stem, _, _ := strings.Cut(w, "-")
		if g.isWord(fold(stem)) {
			return false
		}
	}
	return true
}

// findNeighbourhoods finds Indonesian neighbourhoods by their RT and RW,
// with the hamlet they are in.
func findNeighbourhoods(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(rtRwRE(), text, windowsWith(text, wins, []string{"rw"}), func(m []int) {
		s := addressRunBefore(text, m[0])
		if h := hamletBeforeRE().FindStringIndex(text[max(0, s-60):s]); h != nil {
			s = max(0, s-60) + h[0] // "Dusun Krajan RT 02 RW 05": the hamlet the neighbourhood is in
		}
		out = append(out, candidate{kind: Address, start: s, end: addressRunOn(text, m[1])})
	})
	return out
}

// findLocatedAddresses finds addresses given by a locator and what runs
// on after it, a town's ward and what runs on after it, streets named
// kind first, and Japanese and Korean addresses.
func findLocatedAddresses(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(locatorRE(), text, windowsWith(text, wins, locatorWords), func(m []int) {
		if c, ok := locatedAddress(text, m[0], homeSuffixEnd(text, m[0], m[1])); ok {
			out = append(out, c)
		}
	})
	eachMatch(boxRE(), text, windowsWith(text, wins, []string{"box"}), func(m []int) {
		// "Box 2287, Yellowknife NT X1A 2P7"; not "Box 3, Section 2" of a form.
		if e := addressRunOn(text, m[1]); e > m[1] && boxPostcodeRE().MatchString(text[m[1]:e]) {
			out = append(out, candidate{kind: Address, start: m[0], end: e})
		}
	})
	eachMatch(dateStreetRE(), text, windowsWith(text, wins, []string{" de "}), func(m []int) {
		if !isYear(text[m[2]:m[3]]) && houseNumberGoesOn(text, m[1]) {
			out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
		}
	})
	eachMatch(routeKmRE(), text, windowsWith(text, wins, []string{"k"}), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
	})
	out = append(out, findJapaneseKoreanAddresses(text, wins)...)
	out = append(out, findNamedRowsAndPlaces(text, wins)...)
	out = append(out, findMarkedPostcodes(text, wins)...)
	out = append(out, findNeighbourhoods(text, wins)...)
	out = append(out, findWardAddresses(text, wins)...)
	out = append(out, findGenitiveStreets(text, wins)...)
	eachMatch(numberedStreetRE(), text, windowsWith(text, wins, []string{"sokak", "sokağı", "sk.", "cadde"}), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
	})
	eachMatch(prefixStreetRE(), text, windowsWith(text, wins, prefixStreetWords), func(m []int) {
		if m[0] > 0 && text[m[0]-1] == '-' {
			return // "+55 43 99812-6604, Rua Pernambuco 1140": a phone's last digits
		}
		if yearOrCountStreet(text, m[0], m[1]) {
			return
		}
		out = append(out, candidate{kind: Address, start: addressRunBefore(text, m[0]), end: m[1]})
	})
	for _, p := range []struct {
		re    *regexp.Regexp
		words []string // a window must hold one (nil: any window)
	}{{suffixStreetRE(), streetSuffixWords}, {gridStreetRE(), nil}, {alleyRE(), nil}, {nameKindStreetRE(), nameKindWords}, {numberAfterKindRE(), []string{"avenue", "street", "road", "boulevard"}}, {lowerKindStreetRE(), []string{"street", "avenue", "lane", "prospect", "embankment", "boulevard", "square"}}, {crossGridRE(), []string{"avenida", "calle"}}, {crossingRE(), []string{" y ", " con ", " entre "}}, {betweenStreetsRE(), []string{" between ", " entre "}}, {ordinalCalleRE(), []string{"calle ", "avenida "}}, {blockLotRE(), []string{"manzana "}}, {gridNumberRE(), []string{"carrera", "cra.", "calle", "diagonal", "transversal"}}} {
		ws := wins
		if p.words != nil {
			ws = windowsWith(text, wins, p.words)
		}
		eachMatch(p.re, text, ws, func(m []int) {
			if !wordStartsAt(text, m[0]) || p.re == suffixStreetRE() && englishSuffixWord(text[m[0]:m[1]]) {
				return
			}
			// "Calle 60 número 485, …": the parts after the street may end
			// it where the street alone does not.
			e := addressRunOn(text, m[1])
			if houseNumberGoesOn(text, m[1]) || e > m[1] && houseNumberGoesOn(text, e) {
				s := m[0]
				if p.re == suffixStreetRE() {
					s = givenNameBefore(text, s)
				}
				out = append(out, candidate{kind: Address, start: addressRunBefore(text, s), end: e})
			}
		})
	}
	g, gerr := loadGazetteer()
	eachMatch(streetPostcodeRE(), text, wins, func(m []int) {
		if !wordStartsAt(text, m[0]) {
			return
		}
		town := fold(text[m[6]:m[7]])
		placeLike := gerr == nil && (g.isPlace(town) || g.isTown(town) || !g.isWord(town) && !g.isPeople(town))
		if !isYear(text[m[4]:m[5]]) && !notStreetFirst[fold(text[m[2]:m[3]])] && placeLike && !allCapsWord(text[m[6]:m[7]]) {
			out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
		}
	})
	eachMatch(postcodeCueRE(), text, windowsWith(text, wins, postcodeCueWords), func(m []int) {
		s := m[2]
		if mark := text[m[0]:min(len(text), m[0]+11)]; strings.EqualFold(mark[:min(len(mark), 4)], "c.p.") || text[m[0]:m[2]] == "CEP " || strings.EqualFold(mark, "zona postal") {
			s = m[0] // "C.P. 83249", "CEP 91790-410", "Zona Postal 4002": the mark is written with the code
		}
		v := text[m[2]:m[3]]
		if len(v) == 3 && digitCount(v) == 3 && !clauseEnds(text, m[3]) && !capitalisedAfter(text, m[3]) {
			return // "the postal code, 300 letters a day": three digits are a postcode only alone or before the town
		}
		if digitCount(v) >= 3 {
			out = append(out, candidate{kind: Address, start: s, end: m[3]})
		}
	})
	eachMatch(kindFirstStreetRE(), text, windowsWith(text, wins, prefixStreetWords), func(m []int) {
		if !kindFirstIsStreet(text, m) {
			return
		}
		if end := m[1]; strings.HasPrefix(text[m[0]:], "Av.") && m[2] < 0 {
			if m[4] >= 0 {
				end = m[4]
			}
			if len(strings.Fields(text[m[0]+3:end])) < 2 && !unknownWord(strings.TrimSpace(text[m[0]+3:end])) {
				return // "Av. Age 45": an average, not "Av. Los Próceres 1120" or "Av. Centenario 1240"
			}
		}
		if f := strings.Fields(text[m[0]:m[1]]); len(f) > 1 && fold(f[0]) == "via" && allCapsWord(strings.Trim(f[1], ",")) {
			return // "Via NHS 111 at night": a route, by a service's initials
		}
		numbered := m[4] >= 0 && houseNumberGoesOn(text, m[1]) || m[2] >= 0 || strings.Contains(text[m[0]:m[1]], " esquina ")
		e := addressRunOn(text, m[1])
		if !numbered && m[4] >= 0 && e > m[1] && strings.HasPrefix(text[m[1]:], " m.") {
			numbered = true // "ul. Lipowa 14 m. 3": a flat after the house
		} else if !numbered && m[4] >= 0 {
			// "Chemin de Baliri, 20250 Corte": the number was the
			// postcode, with its town after it.
			e = addressRunOn(text, len(strings.TrimRight(text[:m[4]], ", \t\u00a0")))
			numbered = e > m[1]
		}
		if numbered || m[4] < 0 && e > m[1] {
			out = append(out, candidate{kind: Address, start: placeBefore(text, m[0]), end: e})
		}
	})
	return out
}

// kindFirstIsStreet reports whether a kindFirstStreetRE match m names a
// street: a Caminho only with its house's number ("Caminho de Santiago,
// 2019", "in Caminho Neocatecumenal": a pilgrimage, a movement), a Soi only
// as soiLane says.
func kindFirstIsStreet(text string, m []int) bool {
	if strings.HasPrefix(text[m[0]:], "Caminho") {
		return m[4] >= 0 && !isYear(text[m[4]:m[5]])
	}
	return soiLane(text, m)
}

// soiLane reports whether a kindFirstStreetRE match m that starts with
// "Soi" and has a number is a Thai lane ("Soi Khlong Nin 4"), not a person
// of that name with an age after a comma ("Soi Thong, 34") or by a family
// name ("Soi Kim 45 and her husband"), nor a place and a year ("Soi Nana,
// 2014"). Any other match is let be.
func soiLane(text string, m []int) bool {
	if !strings.HasPrefix(text[m[0]:], "Soi ") || m[4] < 0 {
		return true
	}
	lane, number := text[m[0]:m[4]], text[m[4]:m[5]]
	if isYear(number) || strings.HasSuffix(strings.TrimRight(lane, " \t\u00a0"), ",") {
		return false
	}
	f := strings.Fields(lane)
	if len(f) == 2 {
		g, err := loadGazetteer()
		w := fold(f[1])
		return err != nil || g.name(w)&surname == 0 || g.isPlaceOrTown(w)
	}
	return true
}

// englishSuffixWord reports whether a street found by its suffix is an
// English word with its number: "Brigade 6", "Renegade 2" end as
// "Vestergade 38" does.
func englishSuffixWord(street string) bool {
	w, _, _ := strings.Cut(street, " ")
	g, err := loadGazetteer()
	return err == nil && g.isWord(fold(w)) && !g.isPlaceOrTown(fold(w))
}
