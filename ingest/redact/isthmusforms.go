package redact

import "strings"

// Homes, numbers and phones as Panama, Indonesia and Poland say them: a
// house by the landmark in front of it or beside it ("Puerto Lara, casa
// 22, frente a la cancha", "Calle Principal de Yaviza, al lado del
// puerto"), a Panamanian identity card with its check digits ("5-709-2211
// DV 14") and a mobile of eight digits ("6657-3029"); an Indonesian alley
// by its neighbourhood units ("Gang Sawo No. 9, RT 004/RW 07, Johar Baru")
// and estate ("Perumahan Salonsa Blok F No. 12"), health and welfare
// cards ("0001 2290 5518 3", "PKH 7372 0314 0008 21"), a religious court's
// case ("187/Pdt.P/2023/PA.Nnk") and a mobile written with dots; a Polish
// street shortened "ul." with its flat ("ul. Słonimska 28 lok. 6").

// landmarkHomeRE is a Panamanian or Colombian home by its place, street or
// road and its house, and the landmark it faces or stands beside.
var landmarkHomeRE = lazyRE(`(?:\b(?:Barrio|Sector|Urbanización|Colonia)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2}|\b(?:[Vv]ía|[Cc]alle|[Cc]amino)[ \t\x{00A0}]+(?:[Pp]rincipal[ \t\x{00A0}]+)?(?:de[ \t\x{00A0}]+|del[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?,[ \t\x{00A0}]+(?:casa|vivienda|local)[ \t\x{00A0}]+\d{1,4}|\b(?:casa|vivienda|local)[ \t\x{00A0}]+\d{1,4})(?:,[ \t\x{00A0}]+(?:casa|vivienda|local)[ \t\x{00A0}]+\d{1,4})?,[ \t\x{00A0}]+` + landmarkPart)

// landmarkPart is a landmark a home faces or stands beside: "frente a la
// cancha de béisbol", "al lado del puerto".
const landmarkPart = `(?:frente[ \t\x{00A0}]+(?:a|al)|al[ \t\x{00A0}]+lado[ \t\x{00A0}]+(?:de|del)|detrás[ \t\x{00A0}]+(?:de|del))(?:[ \t\x{00A0}]+(?:la|el|los|las))?[ \t\x{00A0}]+\p{L}+(?:[ \t\x{00A0}]+(?:de|del)[ \t\x{00A0}]+\p{L}+|[ \t\x{00A0}]+\p{Lu}\p{L}+)?`

// numberedHomeRE is a home by its street or house's number and the house
// or building after it: "calle 3, vivienda 47", "vía principal de Tortí,
// casa 108"; a street numbered as an ordinal, as Panama and Honduras
// write them, the ordinal after the kind or before it ("Calle 9na, casa
// 9-14", "4ta calle, casa 9", "Calle 5ta Avenida, casa 12"), and a
// building by its name with its floor or flat ("Calle 5ta, edificio Boyd,
// apartamento 2B", "edificio El Dorado").
var numberedHomeRE = lazyRE(`\b(?:` + numberedStreet + `|[Vv]ía[ \t\x{00A0}]+principal[ \t\x{00A0}]+de[ \t\x{00A0}]+` + capWord + `),[ \t\x{00A0}]+(?:(?:casa|vivienda)[ \t\x{00A0}]+\d{1,4}(?:-(?:\d{1,3}|[A-Z]))?[A-Z]?\b|[Ee]dificio[ \t\x{00A0}]+` + buildingName + `(?:,[ \t\x{00A0}]+(?:apartamento|apto\.?|piso|oficina|cuarto)[ \t\x{00A0}]+[0-9][0-9A-Z]{0,3}\b){0,2})`)

// numberedStreet is a street by its number, the number said plainly or
// as an ordinal, after the kind or before it: "calle 3", "Calle 9na",
// "Calle 12 Este", "Avenida 3ra", "4ta calle", "Calle 5ta Avenida".
const numberedStreet = `(?:[Cc]alle|[Aa]venida)[ \t\x{00A0}]+\d{1,3}(?:` + spanishOrdinalEnd + `)?(?:[ \t\x{00A0}]+(?:[Ee]ste|[Oo]este|[Nn]orte|[Ss]ur|[Aa]venida))?|\d{1,2}(?:` + spanishOrdinalEnd + `)[ \t\x{00A0}]+(?:[Cc]alle|[Aa]venida)`

// spanishOrdinalEnd ends a number said as an ordinal in Spanish: "1ra",
// "2do", "3ra", "5ta", "7ma", "8va", "9na", "3ª".
const spanishOrdinalEnd = `(?:ra|ro|da|do|ta|to|na|no|ma|mo|va|vo|ª|º)`

// buildingName is a building's name: up to three capitalised words, with
// the particles of Spanish names between them ("El Dorado", "Torre Azul",
// "Plaza de la Paz").
var buildingName = capWord + `(?:[ \t\x{00A0}]+(?:(?:de|del|la|las|los|el)[ \t\x{00A0}]+)*` + capWord + `){0,2}`

// notBuildingNames after "edificio" say the speaker does not name it ("I
// forget the name", "Nobody lives there"): no building's name.
var notBuildingNames = setOf(`i it we they he she you the a nobody no`)

// namedBuilding reports whether a numberedHomeRE match names a house or a
// building, not a pronoun or an article after "edificio".
func namedBuilding(s string) bool {
	k := strings.Index(strings.ToLower(s), "edificio ")
	if k < 0 {
		return true
	}
	f := strings.Fields(s[k+len("edificio "):])
	return len(f) > 0 && !notBuildingNames[strings.ToLower(strings.TrimRight(f[0], ","))]
}

// kampungRE is an Indonesian home by its alley, street or estate and its
// number, with its neighbourhood units (RT/RW) and quarter after it or not.
var kampungRE = lazyRE(`\b(?:(?:Gang|Gg\.|Jl\.|Jalan)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?(?:,[ \t\x{00A0}]+Lorong[ \t\x{00A0}]+\d{1,3})?|Perumahan[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+Blok[ \t\x{00A0}]+[A-Z0-9]{1,3})[ \t\x{00A0}]+No\.[ \t\x{00A0}]*\d{1,4}[A-Z]?(?:,[ \t\x{00A0}]+RT[ \t\x{00A0}]*\d{1,3}/RW[ \t\x{00A0}]*\d{1,3}(?:,[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?)?)?`)

// polishStreetRE is a Polish street shortened "ul." with its number and
// flat ("ul. Słonimska 28 lok. 6"), or a street named for a date ("ulica 3
// Maja").
var polishStreetRE = lazyRE(`\bul\.[ \t\x{00A0}]*` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+\d{1,4}[a-z]?(?:(?:/|[ \t\x{00A0}]+(?:lok\.|m\.)[ \t\x{00A0}]*)\d{1,4})?\b|\bulic[ay][ \t\x{00A0}]+\d{1,2}[ \t\x{00A0}]+(?:Maja|Listopada|Stycznia|Lutego|Marca|Kwietnia|Czerwca|Lipca|Sierpnia|Września|Października|Grudnia)\b`)

// housed reports whether a landmarkHomeRE match names a house by its
// number ("casa 22", "vivienda 47"): a home, whatever is said before it.
func housed(s string) bool {
	return strings.Contains(s, "casa ") || strings.Contains(s, "vivienda ")
}

// homeCueRE, just before a street, barrio or shop by its landmark, says a
// home or an office is there: "she lives Barrio Bella Vista, frente a…",
// "in the Centro de Salud de Yaviza, Calle Principal…".
var homeCueRE = lazyRE(`(?i)\b(?:vivo|vive|viven|vivimos|live|lives|living|lived|stay|stays|mi casa|su casa|house|home|address|dirección|direccion|mudamos|moved|office|oficina|clinic|clínica|centro|shop|tienda|knock)\b[^.!?]*$`)

// polishStreet reports whether a polishStreetRE match is a street: "ul."
// after no amount ("50 ul." is microlitres) and before no English word
// ("ul. Then 2").
func polishStreet(text string, m []int) bool {
	before := strings.TrimRight(text[max(0, m[0]-4):m[0]], " ")
	if before != "" && isDigitByte(before[len(before)-1]) {
		return false
	}
	f := strings.Fields(strings.TrimPrefix(text[m[0]:m[1]], "ul."))
	g, err := loadGazetteer()
	return err == nil && !g.isWord(fold(f[0]))
}

// findIsthmusForms finds the homes above, and the numbers and phones of
// findIsthmusNumbers.
func findIsthmusForms(text string, digitWins []span) []candidate {
	var out found
	add := out.as(Address)
	eachMatch(landmarkHomeRE(), text, windowsAround(text, indexAllOf(text, "frente a", "al lado de", "detrás de"), 80, 64), func(m []int) {
		if housed(text[m[0]:m[1]]) || homeCueRE().MatchString(text[max(0, m[0]-60):m[0]]) {
			add(m) // not "Nos reunimos en la Calle Central, frente a la iglesia"
		}
	})
	numbered := func(m []int) {
		if namedBuilding(text[m[0]:m[1]]) {
			add(m)
		}
	}
	eachMatch(numberedHomeRE(), text, windowsAround(text, indexAllOf(text, ", casa ", ", vivienda "), 48, 16), numbered)
	eachMatch(numberedHomeRE(), text, windowsAround(text, indexAllOf(text, ", edificio ", ", Edificio "), 48, 72), numbered)
	eachMatch(kampungRE(), text, windowsAround(text, indexAllOf(text, "Gang ", "Gg. ", "Jl. ", "Jalan ", "Perumahan "), 0, 120), func(m []int) {
		if a := text[m[0]:m[1]]; !strings.HasPrefix(a, "Gang ") || strings.Contains(a, "RT") {
			add(m) // not "the Gang Starr No. 1 album"
		}
	})
	eachMatch(polishStreetRE(), text, windowsAround(text, indexAllOf(text, " ul.", "(ul.", "ulica ", "ulicy "), 0, 64), func(m []int) {
		if polishStreet(text, m) {
			add(m)
		}
	})
	return append(out, findIsthmusNumbers(text, digitWins)...)
}

// cedulaRE is a Panamanian identity card or taxpayer's number with its
// check digits: "5-709-2211 DV 14".
var cedulaRE = lazyRE(`\b\d{1,2}-\d{1,4}-\d{1,6}[ \t\x{00A0}]+DV[ \t\x{00A0}]*\d{1,2}\b`)

// cedulaAfterRE is a Panamanian card's number after its name: "cédula
// 5-14-2271".
var cedulaAfterRE = lazyRE(`(?i:\bc[ée]dula)(?:[ \t\x{00A0}]+(?:n[uú]mero|no\.?))?[ \t\x{00A0}]+(\d{1,2}-\d{1,4}-\d{1,6})\b`)

// cedulaNumber reports whether a number after "cédula" is a card's: its
// entry three digits or more, not all zeros (an example, "0-000-0000")
// and no date ("Saqué la cédula 15-03-2018").
func cedulaNumber(n string) bool {
	p := strings.Split(n, "-")
	date := isYear(p[2]) && len(p[1]) <= 2 && p[1] <= "12" && len(p[0]) <= 2
	return len(p[2]) >= 3 && strings.Trim(n, "0-") != "" && !date
}

// isthmusMobileRE is a Panamanian mobile, eight digits from 6 in two
// fours, written or said digit by digit: "6657-3029", "6-2-4-1 8-8-0-6".
var isthmusMobileRE = lazyRE(`\b6\d{3}-\d{4}\b|\b6(?:-\d){3},?[ \t\x{00A0}]+\d(?:-\d){3}\b`)

// cardGroupsRE is an Indonesian health or welfare card's number: BPJS's
// thirteen digits from 000 ("0001 2290 5518 3"), or a scheme's letters and
// four groups ("PKH 7372 0314 0008 21").
var cardGroupsRE = lazyRE(`\b000\d[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d\b|\b\p{Lu}{2,5}[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{2}\b`)

// courtCaseRE is an Indonesian court's case number: its number, the kind
// of case, the year and the court ("187/Pdt.P/2023/PA.Nnk").
var courtCaseRE = lazyRE(`\b\d{1,5}/(?:Pdt|Pid)\.[A-Z][a-z]{0,2}(?:\.[A-Z][a-z]{1,3})?/(?:19|20)\d{2}/(?:PA|PN|PT|PTA|PTUN|MS)\.[A-Z][a-z]{1,4}\b`)

// dottedMobileRE is an Indonesian mobile written with dots, from an
// operator's prefix: "0821.9345.6612" (not the hours "0800.1400.2000").
var dottedMobileRE = lazyRE(`\b08(?:1[1-9]|2[1-3]|3[1-8]|5[1-3]|7[78]|8[1-9]|9[5-9])\.\d{4}\.\d{3,4}\b`)

// mobileCueRE, just before a Panamanian mobile, says a number to call is
// coming: "They send me a message, 6657-3029", "My cell, 6-7-3-0…".
var mobileCueRE = lazyRE(`(?i)\b(?:call|calls|ring|text|message|mensaje|llama|llamar|llámame|llamame|número|numero|number|cel|cell|celular|móvil|movil|mobile|phone|teléfono|telefono|whatsapp|contact|contacto)\b[^.!?]*$`)

// citizenshipCardRE is a Myanmar citizenship card's number: the state's
// number, the township's letters, the card's kind and the number
// ("13/LaShaNa(N)104552", "13/MaSaNa(N)045 118", "13/ThiPaNa-0921").
var citizenshipCardRE = lazyRE(`\b\d{1,2}/(?:[A-Z][a-z]{1,3}){3}(?:\([A-Z]\)|-[A-Z]{2}[ \t\x{00A0}]?|-)\d{3,4}(?:[ \t\x{00A0}]?\d{3})?\b`)

// cardCueRE, just before a number, says it is a card's.
var cardCueRE = lazyRE(`(?i)\b(?:card|nrc|citizenship|number|id)\b[^.!?]*$`)

// islandBoxRE is a Bahamian post box with its island's letters: "P.O. Box
// EX-29156".
var islandBoxRE = lazyRE(`\bP\.?[ \t\x{00A0}]?O\.?[ \t\x{00A0}]+Box[ \t\x{00A0}]+[A-Z]{2}-\d{4,6}\b`)

// findIsthmusNumbers finds the IDs and phones above.
func findIsthmusNumbers(text string, digits []span) []candidate {
	var out found
	eachMatch(cedulaRE(), text, digits, out.as(ID))
	eachMatch(cedulaAfterRE(), text, windowsAround(text, indexAllOf(text, "dula", "DULA"), 8, 40), func(m []int) {
		if cedulaNumber(text[m[2]:m[3]]) {
			out.add(ID, m[2], m[3])
		}
	})
	eachMatch(isthmusMobileRE(), text, digits, func(m []int) {
		if mobileCueRE().MatchString(text[max(0, m[0]-40):m[0]]) {
			out.add(Phone, m[0], m[1]) // not "6450-7350 pasos", "Resolución 6345-2019"
		}
	})
	eachMatch(cardGroupsRE(), text, digits, out.as(ID))
	eachMatch(courtCaseRE(), text, digits, out.as(ID))
	eachMatch(citizenshipCardRE(), text, digits, func(m []int) {
		if strings.Contains(text[m[0]:m[1]], "(") || cardCueRE().MatchString(text[max(0, m[0]-40):m[0]]) {
			out.add(ID, m[0], m[1]) // not "1/JanFebMar-2024"
		}
	})
	eachMatch(islandBoxRE(), text, digits, out.as(Address))
	eachMatch(dottedMobileRE(), text, digits, out.as(Phone))
	return out
}
