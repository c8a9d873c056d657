package redact

import (
	"slices"
	"strings"
)

// unitRunRE is an address said unit first: a room, shop, flat, house,
// plot or camp by its number, then, each after a comma, the block,
// building, bazaar or area it stands in ("Shop 7, Main Bazaar", "Camp 7,
// Al Quoz Industrial Area 3", "Room 214, Boys' Hostel No. 3"), or a tea
// estate's line room ("Line 7, Room 11, Glenmorgan Estate, Upper
// Division"). Group 1 is the parts after the unit.
var unitRunRE = lazyRE(`\b(?:Room|Shop|Flat|House|Plot|Camp|Stall|Villa|Line)[ \t\x{00A0}]+(?:[A-Z]-?)?\d{1,4}[A-Z]?((?:,[ \t\x{00A0}]+` + unitPlacePart + `){1,3})`)

// unitPlacePart is one part of unitRunRE after its unit: capitalised
// words with a number or "No. 3" after them, or a block's letter.
var unitPlacePart = `(?:(?:Block|Blk\.?|Wing|Sector|Phase)[ \t\x{00A0}]+[A-Z0-9]{1,3}\b|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,4}(?:[ \t\x{00A0}]+(?:No\.?[ \t\x{00A0}]*)?\d{1,3}\b)?)`

// unitPlaceWords are the words of which a part after a unit must hold
// one to make the run an address: "Room 4, Mary" is a list.
var unitPlaceWords = setOf(`block blk blk. wing sector bazaar market apartments apartment flats hostel area colony road street lane building tower towers complex plaza estate lines town compound mansions residency heights court`)

// roomPlaceWords are the words that make a room or a line room by its
// number a home, in place of unitPlaceWords: a hostel, a workers' camp, an
// estate's lines (a room in a block or building is as often a hospital's).
var roomPlaceWords = setOf(`hostel camp accommodation lines compound dormitory flats apartments mansions residency estate division colony bhawan bhavan nagar mohalla`)

// findUnitRuns finds the addresses unitRunRE describes; a ward or a bed
// by its number is no address, and is left out of the kinds.
func findUnitRuns(text string) []candidate {
	var out []candidate
	wins := windowsAround(text, indexAllOf(text, "Room ", "Shop ", "Flat ", "House ", "Plot ", "Camp ", "Stall ", "Villa ", "Line "), 0, 120)
	eachMatch(unitRunRE(), text, wins, func(m []int) {
		words := unitPlaceWords
		if unit := text[m[0]:m[2]]; strings.HasPrefix(unit, "Room") || strings.HasPrefix(unit, "Line") {
			words = roomPlaceWords // "Room 12, Oncology Building", "Room 4, Block C" are in a hospital
		}
		parts := strings.Split(text[m[2]:m[3]], ",")[1:]
		for _, part := range parts {
			w := lastWordOf(part) // "Central Market", not "Market Day"
			if f := strings.Fields(part); len(f) == 2 && strings.EqualFold(f[0], "block") {
				w = "block" // "Block C"
			}
			if words[w] || w == "block" && len(parts) >= 2 && unitPlaceWords[lastWordOf(parts[len(parts)-1])] {
				// a room by its block only with the road or estate after
				// it: "Room 4, Block C, Thitsar Road", not "Room 4, Block C"
				out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
				return
			}
		}
	})
	return out
}

// lowerStreetRE is a street whose kind is said in lower case after its
// name, as many write it: "from Abay street 7", "On Chistopolskaya
// street," (group 1), with its number after or not.
var lowerStreetRE = lazyRE(`\b(?:[Oo]n|[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Oo]ff|[Aa]long|[Nn]ear)[ \t\x{00A0}]+(` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+(?:street|avenue|prospekt|prospect|ulitsa)(?:[ \t\x{00A0}]+\d{1,4}[A-Za-z]?\b)?)`)

// findLowerStreets finds the streets lowerStreetRE describes where the
// clause ends after them or a house number is said: not "the Ring road"
// in a sentence that goes on, nor "High street" (a town's shops).
func findLowerStreets(text string) []candidate {
	var out []candidate
	wins := windowsAround(text, indexAllOf(text, " street", " avenue", " prospekt", " prospect", " ulitsa"), 48, 16)
	eachMatch(lowerStreetRE(), text, wins, func(m []int) {
		street := text[m[2]:m[3]]
		first, _, _ := strings.Cut(street, " ")
		if notStreets[strings.ToLower(first)] || first == "High" || first == "Main" || first == "Ring" || englishName(first) {
			return // "Easy street", "Wall street", "Recovery avenue"
		}
		if digitCount(street) > 0 || clauseEnds(text, m[3]) {
			out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
		}
	})
	return out
}

// routeRE is a French road named by where it goes, with its particle:
// "on Route de la Corniche", "Route de Djoièzi" (group 1).
var routeRE = lazyRE(`(?:^|[^\p{L}])((?:Route|route)[ \t\x{00A0}]+(?:(?:de|du|des)(?:[ \t\x{00A0}]+(?:la|les))?[ \t\x{00A0}]+|d['’]|de[ \t\x{00A0}]+l['’])` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?)`)

// findRoutes finds the roads routeRE describes said as where something
// is: after a preposition of place, or where the clause ends after them.
func findRoutes(text string) []candidate {
	var out []candidate
	eachMatch(routeRE(), text, windowsAround(text, indexAllOf(text, "Route ", "route "), 16, 64), func(m []int) {
		if street := text[m[2]:m[3]]; !namesAVenue(street) && (clauseEnds(text, m[3]) || placePrepositionBefore(text, m[2])) {
			out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
		}
	})
	return out
}

// kindedPartsRE is an address of the South Asian countryside said part by
// part, each part its kind and name, two parts or more each after a comma:
// "Village Sonoghur, Post Office Mastuj, District Upper Chitral",
// "Mohalla Kashmiri, Tehsil Daska, District Sialkot", and an Indonesian
// village, hamlet and ward ("Desa Wairbleler, Dusun Wolorega RT 05",
// "Kampung Tarung, RT 02/RW 01, Kel. Sobawawi").
var kindedPartsRE = lazyRE(`\b` + kindedPart + `(?:,[ \t\x{00A0}]+` + kindedPart + `){1,4}`)

// rtRW is an Indonesian neighbourhood and its ward by their numbers:
// "RT 007/RW 003", "RT 05".
const rtRW = `RT[ \t\x{00A0}]*\d{1,3}(?:[ \t\x{00A0}]*/?[ \t\x{00A0}]*RW[ \t\x{00A0}]*\d{1,3})?\b`

// kindedPart is one part of kindedPartsRE.
var kindedPart = `(?:(?:Village|Vill\.|Mohalla|Mauza|Post[ \t\x{00A0}]+Office|P\.O\.|Tehsil|Taluk|Taluka|District|Dist\.|Union[ \t\x{00A0}]+Council|Gewog|Dzongkhag|Desa|Dusun|Kampung|Kel\.|Kelurahan|Kec\.|Kecamatan)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2}(?:[ \t\x{00A0}]+` + rtRW + `)?|` + rtRW + `)`

// findKindedParts finds the addresses kindedPartsRE describes.
func findKindedParts(text string) []candidate {
	var out []candidate
	wins := windowsAround(text, indexAllOf(text, "Village ", "Vill. ", "Mohalla ", "Mauza ", "Post Office ", "P.O. ", "Tehsil ", "Taluk", "District ", "Dist. ", "Union Council ", "Gewog ", "Dzongkhag ", "Desa ", "Dusun ", "Kampung ", "Kel. ", "Kelurahan ", "Kec. ", "Kecamatan "), 0, 200)
	eachMatch(kindedPartsRE(), text, wins, func(m []int) {
		for _, part := range strings.Split(text[m[0]:m[1]], ",") {
			if w := lastWordOf(part); englishName(w) && w != "rt" && w != "rw" {
				return // "District Nurse, District Physio": services, not places
			}
		}
		out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
	})
	return out
}

// urduRoadRE is a road named in Urdu's way, kind first joined by "-e-":
// "Shahrah-e-Faisal", "Shahrah-e-Quaid-e-Azam".
var urduRoadRE = lazyRE(`\b(?:Shahrah|Shahra|Khayaban|Khiyaban)-e-` + capWord)

// findUnitForms finds the addresses said unit first, the streets with
// their kind in lower case, French routes, parts said kind first, and
// Urdu roads, and the forms of findLatinForms.
func findUnitForms(text string) []candidate {
	var roads []candidate
	eachMatch(urduRoadRE(), text, windowsAround(text, indexAllOf(text, "Shahra", "Khayaban", "Khiyaban"), 0, 64), func(m []int) {
		roads = append(roads, candidate{kind: Address, start: m[0], end: m[1]})
	})
	return slices.Concat(findUnitRuns(text), findLowerStreets(text), findRoutes(text), findKindedParts(text), roads, findLatinForms(text), findQuarters(text))
}

// frenchPartBeforeRE is a part of an address said just before a street or
// estate found, as French addresses and Dutch names of streets have them:
// the number and its "bis" ("22 bis rue des Aluku"), a lot, a house or a
// building by its number ("lot 31, lotissement Bellevue"), "cité" before
// the estate's name, or the first words of a street named for a person
// ("Lodewijk van Deysselstraat") or its initials ("W.G. Buncamper Road 73").
var frenchPartBeforeRE = lazyRE(`(?:\b\d{1,4}[ \t\x{00A0}]+(?:bis|ter|quater)[ \t\x{00A0}]+|\b(?:lot|case|bâtiment|bât\.|porte|appartement|appt\.?)[ \t\x{00A0}]+\d{1,4}[A-Z]?,[ \t\x{00A0}]+|\b(?:cité|Cité|résidence|Résidence)[ \t\x{00A0}]+|\b` + capWord + `[ \t\x{00A0}]+(?:van|de|der|den|ten|ter)[ \t\x{00A0}]+|\b(?:[A-Z]\.){1,3}[ \t\x{00A0}]?)$`)

// frenchPartsAfterRE is what may follow an address found as French
// addresses have it: the house, building, door or workshop by its number
// after commas, and the postcode and town ("lotissement Les Balatas, case
// 9, 97316 Papaïchton", "Route de Guellala, atelier 12"), or the "bis"
// after a house number ("Kanaalweg 18 bis").
var frenchPartsAfterRE = lazyRE(`^(?:[ \t\x{00A0}]+(?:bis|ter)\b|(?:,[ \t\x{00A0}]+(?:case|bâtiment|bât\.|porte|atelier|appartement|appt\.?|lot|escalier|étage|parcelle|parcela)[ \t\x{00A0}]+\d{1,4}[A-Z]?\b){1,3}(?:,[ \t\x{00A0}]+\d{5}[ \t\x{00A0}]+` + capWord + `)?)`)

// frenchPartsAround returns the span of an address found at [s,e) widened
// over the parts frenchPartBeforeRE and frenchPartsAfterRE describe.
func frenchPartsAround(text string, s, e int) (int, int) {
	s = startBefore(frenchPartBeforeRE(), text, s, 40)
	if m := frenchPartsAfterRE().FindStringIndex(text[e:min(len(text), e+90)]); m != nil {
		e += m[1]
	}
	return s, e
}

// quarterRE is a housing estate or quarter of a Maghreb town by its name:
// "Cité Ennasr", "Cité El Mahrajène", "Hay al-Andalus" (group 1).
var quarterRE = lazyRE(`(?:^|[^\p{L}])((?:Cité|cité)[ \t\x{00A0}]+(?:(?:El|el|Al|al|Ouled|Les|les|des|de|du)[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+(?:Bou|Ben|El|Al)?[ \t\x{00A0}]*` + capWord + `)?|Hay[ \t\x{00A0}]+(?:al|el|Al|El)[\-\x{2010} \t\x{00A0}]` + capWord + `)`)

// findQuarters finds the quarters quarterRE describes said as where
// someone lives or something is: after a preposition of place, or where
// the clause ends after them (a list of a town's quarters is no address
// either way).
func findQuarters(text string) []candidate {
	var out []candidate
	eachMatch(quarterRE(), text, windowsAround(text, indexAllOf(text, "Cité ", "cité ", "Hay "), 16, 64), func(m []int) {
		if placePrepositionBefore(text, m[2]) || clauseEnds(text, m[3]) && addressWordBeforeRE().MatchString(text[max(0, m[2]-60):m[2]]) {
			out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
		}
	})
	return out
}

// lastWordOf returns the last word of a part of an address in lower case,
// past a number or "No." after it ("Industrial Area 3" gives "area").
func lastWordOf(part string) string {
	f := strings.Fields(part)
	for len(f) > 0 && (digitCount(f[len(f)-1]) > 0 || strings.EqualFold(f[len(f)-1], "no.") || strings.EqualFold(f[len(f)-1], "no")) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// englishName reports whether a capitalised word is an English word the
// lists know and no place: "Easy", "Sesame", "Recovery".
func englishName(w string) bool {
	g, err := loadGazetteer()
	k := fold(w)
	return err == nil && g.isWord(k) && !g.isPlace(k) && !g.isTown(k)
}
