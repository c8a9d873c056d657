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
const landmarkPart = `(?:frente[ \t\x{00A0}]+(?:a|al)|al[ \t\x{00A0}]+lado[ \t\x{00A0}]+(?:de|del)|detrás[ \t\x{00A0}]+(?:de|del)|cerca[ \t\x{00A0}]+(?:de|del))(?:[ \t\x{00A0}]+(?:la|el|los|las))?[ \t\x{00A0}]+\p{L}+(?:[ \t\x{00A0}]+(?:de|del)[ \t\x{00A0}]+\p{L}+|[ \t\x{00A0}]+\p{Lu}\p{L}+)?`

// numberedHomeRE is a home by its street or house's number and the house
// after it: "calle 3, vivienda 47", "vía principal de Tortí, casa 108".
var numberedHomeRE = lazyRE(`\b(?:calle[ \t\x{00A0}]+\d{1,3}|[Vv]ía[ \t\x{00A0}]+principal[ \t\x{00A0}]+de[ \t\x{00A0}]+` + capWord + `),[ \t\x{00A0}]+(?:casa|vivienda)[ \t\x{00A0}]+\d{1,4}\b`)

// kampungRE is an Indonesian home by its alley, street or estate and its
// number, with its neighbourhood units (RT/RW) and quarter after it or not.
var kampungRE = lazyRE(`\b(?:(?:Gang|Gg\.|Jl\.|Jalan)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?(?:,[ \t\x{00A0}]+Lorong[ \t\x{00A0}]+\d{1,3})?|Perumahan[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+Blok[ \t\x{00A0}]+[A-Z0-9]{1,3})[ \t\x{00A0}]+No\.[ \t\x{00A0}]*\d{1,4}[A-Z]?(?:,[ \t\x{00A0}]+RT[ \t\x{00A0}]*\d{1,3}/RW[ \t\x{00A0}]*\d{1,3}(?:,[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?)?)?`)

// polishStreetRE is a Polish street shortened "ul." with its number and
// flat ("ul. Słonimska 28 lok. 6"), or a street named for a date ("ulica 3
// Maja").
var polishStreetRE = lazyRE(`\bul\.[ \t\x{00A0}]*` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+\d{1,4}[a-z]?(?:(?:/|[ \t\x{00A0}]+(?:lok\.|m\.)[ \t\x{00A0}]*)\d{1,4})?\b|\bulic[ay][ \t\x{00A0}]+\d{1,2}[ \t\x{00A0}]+(?:Maja|Listopada|Stycznia|Lutego|Marca|Kwietnia|Czerwca|Lipca|Sierpnia|Września|Października|Grudnia)\b`)

// findIsthmusForms finds the homes above, and the numbers and phones of
// findIsthmusNumbers.
func findIsthmusForms(text string) []candidate {
	var out []candidate
	add := func(m []int) { out = append(out, candidate{kind: Address, start: m[0], end: m[1]}) }
	eachMatch(landmarkHomeRE(), text, windowsAround(text, indexAllOf(text, "frente a", "al lado de", "detrás de", "cerca de"), 80, 64), add)
	eachMatch(numberedHomeRE(), text, windowsAround(text, indexAllOf(text, ", casa ", ", vivienda "), 48, 16), add)
	eachMatch(kampungRE(), text, windowsAround(text, indexAllOf(text, "Gang ", "Gg. ", "Jl. ", "Jalan ", "Perumahan "), 0, 120), add)
	eachMatch(polishStreetRE(), text, windowsAround(text, indexAllOf(text, "ul.", "ulica ", "ulicy "), 0, 64), add)
	return append(out, findIsthmusNumbers(text)...)
}

// cedulaRE is a Panamanian identity card or taxpayer's number with its
// check digits: "5-709-2211 DV 14".
var cedulaRE = lazyRE(`\b\d{1,2}-\d{1,4}-\d{1,6}[ \t\x{00A0}]+DV[ \t\x{00A0}]*\d{1,2}\b`)

// cedulaAfterRE is a Panamanian card's number after its name: "cédula
// 5-14-2271".
var cedulaAfterRE = lazyRE(`(?i:\bc[ée]dula)(?:[ \t\x{00A0}]+(?:n[uú]mero|no\.?))?[ \t\x{00A0}]+(\d{1,2}-\d{1,4}-\d{1,6})\b`)

// isthmusMobileRE is a Panamanian mobile, eight digits from 6 in two
// fours, written or said digit by digit: "6657-3029", "6-2-4-1 8-8-0-6".
var isthmusMobileRE = lazyRE(`\b6\d{3}-\d{4}\b|\b6(?:-\d){3},?[ \t\x{00A0}]+\d(?:-\d){3}\b`)

// cardGroupsRE is an Indonesian health or welfare card's number: BPJS's
// thirteen digits from 000 ("0001 2290 5518 3"), or a scheme's letters and
// four groups ("PKH 7372 0314 0008 21").
var cardGroupsRE = lazyRE(`\b000\d[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d\b|\b\p{Lu}{2,5}[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{2}\b`)

// courtCaseRE is an Indonesian court's case number: its number, the kind
// of case, the year and the court ("187/Pdt.P/2023/PA.Nnk").
var courtCaseRE = lazyRE(`\b\d{1,5}/[A-Z][a-z]{1,4}\.[A-Z]{1,3}/(?:19|20)\d{2}/[A-Z]{2}\.[A-Z][a-z]{1,4}\b`)

// dottedMobileRE is an Indonesian mobile written with dots: "0821.9345.6612".
var dottedMobileRE = lazyRE(`\b08\d{2}\.\d{4}\.\d{3,4}\b`)

// findIsthmusNumbers finds the IDs and phones above.
func findIsthmusNumbers(text string) []candidate {
	var out []candidate
	digits := windowsAround(text, digitRuns(text), 24, 24)
	addAs := func(k Kind) func(m []int) {
		return func(m []int) { out = append(out, candidate{kind: k, start: m[0], end: m[1]}) }
	}
	eachMatch(cedulaRE(), text, digits, addAs(ID))
	eachMatch(cedulaAfterRE(), text, windowsAround(text, indexAllOf(strings.ToLower(text), "dula"), 8, 40), func(m []int) {
		out = append(out, candidate{kind: ID, start: m[2], end: m[3]})
	})
	eachMatch(isthmusMobileRE(), text, digits, func(m []int) {
		if d := text[m[0]:m[1]]; !countAfter(text, m[1]) && !(strings.HasSuffix(d, "00") && strings.Contains(d, "00-")) {
			out = append(out, candidate{kind: Phone, start: m[0], end: m[1]}) // not "6000-7000 dollars", "6500-8000 steps"
		}
	})
	eachMatch(cardGroupsRE(), text, digits, addAs(ID))
	eachMatch(courtCaseRE(), text, digits, addAs(ID))
	eachMatch(dottedMobileRE(), text, digits, addAs(Phone))
	return out
}
