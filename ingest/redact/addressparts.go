package redact

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The parts of an address that run on after the part a pattern found, or
// stand before it: towns, postcodes, flats and floors, districts.

// addressPartRE is one more part of an address after a street or a
// postcode: a town or region of capitalised words ("Khar West", "Co.
// Cork"), a province or state's capitals ("ON"), or a postcode of digits,
// or of capitals and digits ("P31 XK82", "M1E 4K7"), with a postcode after
// a town ("Auckland 2024"), an Indian PIN code after its word ("pin
// 764036"), a Brazilian CEP with its mark ("CEP 96015-420"), or a house at
// the back or front of its plot ("fundos"), upstairs ("altos"), on the
// ground floor ("bajo", "baix"), in the attic ("àtic") or the mezzanine
// ("entresuelo").
var addressPartRE = lazyRE(`^(?:,[ \t\x{00A0}]*|[ \t\x{00A0}]+)(?:` + initialledLocality + `|` + locatorPart + `|` + districtFirst + `|` + namedDivision + `|` + capWord + `[ \t\x{00A0}]ward\b|` + numberedStreetPart + `|` + townWords + `[ \t\x{00A0}]+` + postcodeToken + `|` + postcodeToken + `(?:[ \t\x{00A0}]+` + townWords + `)?|Col\.[ \t\x{00A0}]+` + townWords + `|C\.P\.[ \t\x{00A0}]*\d{5}\b|CEP[ \t\x{00A0}]\d{5}-\d{3}\b|(?:fundos|frente|altos|bajos|bajo|baix|baixos|àtic|ático|entresuelo|entresòl)\b|` + townWords + `|\(` + townWords + `\)(?:[ \t\x{00A0}]+` + postcodeToken + `)?|C\.?P\.?[ \t\x{00A0}]*\d{5}\b|` + ordinalPart + `|` + crossStreets + `|` + offStreet + `|` + vietDivision + `|` + streetPart + `|(?i:pin)(?:[ \t\x{00A0}]code)?[ \t\x{00A0}:]*\d{6}\b)`)

// initialledLocality is a locality of an Indian town named by initials
// before its kind: "K.K. Nagar", "R.S. Puram", "T. Nagar".
const initialledLocality = `(?:\p{Lu}\.[ \t\x{00A0}]?){1,3}(?:Nagar|Puram|Colony|Layout|Road|Salai|Street)\b`

// namedDivision is a division of a town named before its kind: "Kabada
// quarter", "Kalinin district", a Mongolian town's "Jinst bag" or
// "Erdeneburen soum centre", a Latvian parish, "Kombuļu pagasts". (A ward
// is one only after a street, see addressPartRE: before a house it is a
// hospital's, "the Maternity ward, building 2".)
var namedDivision = capWord + `(?:[ \t\x{00A0}]` + capWord + `)?[ \t\x{00A0}](?i:district|province|quarter|commune|sangkat|khan|village|mahallasi|mahallesi|mahalle|rayonu|kəndi|qəsəbəsi|cell|division|residential area|bag|khoroo|soum centre|soum center|soum|pagasts|novads)\b`

// vietDivision is a division of a Vietnamese town or province, its kind
// first in lower case: "phường Thạch Thang", "quận Hải Châu", "tổ 3", "tổ
// dân phố 7" (a town's residents' group), "bản Nà Khum" (a village).
var vietDivision = `(?:phường|quận|xã|huyện|tổ[ \t\x{00A0}]+dân[ \t\x{00A0}]+phố|tổ|thôn|bản|xóm|khu[ \t\x{00A0}]+phố|ấp|tỉnh|thị[ \t\x{00A0}]+xã|thị[ \t\x{00A0}]+trấn|thành[ \t\x{00A0}]+phố)[ \t\x{00A0}]+(?:\d{1,3}\b|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3})`

// offStreet is the road a house stands off or near, said as a part of its
// address: "No. 14, Adeyemi Close, off Awolowo Avenue, Bodija".
var offStreet = `(?:off|near|behind|opposite)[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?(?:` + capWord + `[ \t\x{00A0}]+){1,3}(?:` + streetNameSuffix + `)\b`

// locatorPart is a locator and its number as one part of an address: "Flat
// 9", "Appt 9" (appartement), "maison 34", "fence 112" (a Mongolian
// plot), "n.º 1148" (número), "m. 3" (a Polish flat, mieszkanie), "number
// 18" (after a street: "rue du Commerce, number 18"), a Nordic or Baltic
// flat ("lgh 1203", lägenhet; "as. 12", asunto; "krt 4", korter; "dz. 7",
// dzīvoklis; "bt. 15", butas).
const locatorPart = `(?:m\.[ \t\x{00A0}]?\d{1,4}\b|\d{1,2}F\b|(?:` + nordicFlat + `|(?i:house|plot|flat|unit|lot|stand|apartment|apt|appt|imm|immeuble|maison|building|block|fence|room|door|street|rue|rua|number|numéro|office|basement|khashaa|ev|mənzil)\.?[ \t\x{00A0}]+(?:(?i:number|no\.?)[ \t\x{00A0}]+)?|(?i:n\.?º|n°|lote|casa|manzana|mz|depto|dpto|kv|micro-district|microdistrict|mkr|villa|dar)\.?[ \t\x{00A0}]?(?:(?i:número|numero|no\.?)[ \t\x{00A0}]+)?)\d{1,5}[A-Za-z]?(?:/[A-Za-z0-9]{1,3})?\b|` + otherLocator + `[ \t\x{00A0}]+(?:\d{1,5}(?:\.\d{1,4})?(?:e?r[ao]|[dtv][ao]|[A-Za-z])?|[A-Z]\d{0,3})\b|\d{1,4}-(?i:uy|xonadon|mavze|kvartal)\b|\d{1,2}[ \t\x{00A0}]+(?i:mikrorayon|microdistrict|mkr\.?)|` + floorOrdinal + `)`

// nordicFlat is a Nordic or Baltic word for a flat before its number.
const nordicFlat = `(?:(?i:lgh|lägenhet|leil|leilighet|asunto|krt|korter|butas|dzīvoklis)\.?|(?i:as|dz|bt)\.)[ \t\x{00A0}]?`

// numberedStreetPart is a street named by its number, with a letter or
// not, as one part of an address: "12B Street", "3 Road".
const numberedStreetPart = `\d{1,3}[A-Z]?[ \t\x{00A0}]+(?:Street|Road|Avenue)\b`

// otherLocator is a locator as addresses of other languages give it, in
// lower case, before its number or letter: "piso 3", "bloc C", "bl. 3, sc.
// B, ap. 12", "porte 46", "mənzil 48", "Mahalla 312, Zuqaq 14", "oficina 3",
// "murabba 6" (a Sudanese town's square).
const otherLocator = `(?i:moo|nahia|kucha|murabba|murabaa|manzana|block|scala|interno|app\.|ln\.|aly\.|sec\.|byt|vlez|pasaje|îlot|ilot|quarteirão|quarteirao|dz\.|boîte|boite|número|numero|calle|local|sala|loja|tower|flat|dom|podyezd|podezd|korpus|korp\.|oficina|ofic\.|despacho|mahalla|mahalle|zuqaq|zuqaaq|lejlighed|leilighet|lägenhet|carré|carre|pelak|vahed|vh\.|vkh\.|depto\.?|dpto\.?|piso|bloc|bloque|bloco|talhão|talhao|quadra|blok|bl\.|sc\.|scara|entrance|entrada|immeuble|pallati|pallat|shkalla|kvartira|ap\.|apartamento|apartament|apartamentul|maison|apto\.?|et\.|etaj|etajul|porte|puerta|pta\.?|solar|secteur|sector|torre|interior|int\.|escalera|esc\.|mənzil|menzil|kat|daire|ulaz|stan|appartement|bâtiment|batiment|bât\.|entrée|entree)`

// floorOrdinal is a floor with its side as Portuguese addresses give it,
// its door as Spanish ones do, or its storey as German ones do: "2.º
// Esq.", "3º Dto", "2º B", "1ºA", "2º izda.", "1.º esquerdo", "2. OG", "bajo",
// "ático B", a Catalan "3r 2a", a Basque "5. B" or "4. ezkerra", a Faroese
// "1. hædd".
const floorOrdinal = `(?:bajo|entresuelo|ático|atico)(?:[ \t\x{00A0}]+[A-Z])?\b|\d{1,2}(?:r|n|t|è|º)[ \t\x{00A0}]+\d{1,2}[aª]\b|\d{1,2}\.[ \t\x{00A0}]+(?:[A-H]|(?i:ezkerra|eskuma|eskuina|ezk|esk))\b|\d{1,2}\.[ \t\x{00A0}]*(?:OG|EG|UG|DG|Stock|Etage)\b|\d{1,2}\.[ \t\x{00A0}]+(?:tv|th|mf|hædd|hæd)\.?|\d{1,2}\.?[º°ª](?:[ \t\x{00A0}]*(?i:esquerdo|esquerda|direito|direita|izquierda|derecha|izda|izq|dcha|dch|esq|dto|dt|drt|frente|andar)\.?(?:[ \t\x{00A0}]+[A-Z]\b)?|[ \t\x{00A0}]*[A-Z]\b|\.)?`

// ordinalPart is a subdivision given by its ordinal first: "3rd khoroo"
// (an Ulaanbaatar subdistrict), "4th bag" (a Mongolian town's), "7th street", "2nd floor", "8e
// arrondissement", "2e étage".
const ordinalPart = `(?i:ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top)[ \t\x{00A0}]+floor\b|\d{1,2}(?:st|nd|rd|th)[ \t\x{00A0}]+(?i:khoroo|bag|street|lane|road|avenue|cross|block|sector|district|ward|floor|micro-district|microdistrict)\b|\d{1,2}(?:e|er|ème|eme)[ \t\x{00A0}]+(?i:arrondissement|arr\.|étage|etage)`

// crossStreets places a house between or at the corner of two streets, as
// addresses in Mandalay and many grid towns are given: "between 33rd and
// 34th Streets" (not "between Christmas and Easter": the streets are
// named), or as Cuban and Paraguayan ones are, after the house: "entre
// Morales Lemus y Narciso López", "entre 4 y 5 Este", "856 casi Independencia" (at the corner
// of), or as Mérida's are, by the numbered streets it stands between
// ("Calle 60 número 485 por 55 y 57", "Calle 21 x 14").
var crossStreets = `(?:por|x)[ \t\x{00A0}]+\d{1,3}[A-Z]?(?:[ \t\x{00A0}]+y[ \t\x{00A0}]+\d{1,3}[A-Z]?)?\b|(?:casi|esquina|esq\.)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3}|entre[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3}[ \t\x{00A0}]+(?:y|e)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3}|entre[ \t\x{00A0}]+\d{1,3}[ \t\x{00A0}]+y[ \t\x{00A0}]+\d{1,3}(?:[ \t\x{00A0}]+(?:Este|Oeste|Norte|Sur))?\b|(?i:between)[ \t\x{00A0}]+\d{1,3}(?:st|nd|rd|th)[ \t\x{00A0}]+and[ \t\x{00A0}]+\d{1,3}(?:st|nd|rd|th)\b(?:[ \t\x{00A0}]+(?i:streets|roads|avenues))?|(?i:between|corner of)[ \t\x{00A0}]+(?:\d{1,3}(?:st|nd|rd|th)|` + capWord + `)[ \t\x{00A0}]+and[ \t\x{00A0}]+(?:\d{1,3}(?:st|nd|rd|th)|` + capWord + `)[ \t\x{00A0}]+(?i:streets|roads|avenues)`

// townWords are a town's or region's capitalised words ("Khar West",
// "Co. Cork"). A postcode, after them or alone, is tried first: "ON M1E
// 4K7" is a province and its postcode, not a town "ON M", and "D14 XY82"
// a postcode, not a town "D".
var townWords = `(?:(?:(?:Co\.|County)[ \t\x{00A0}]+)?` + townWord + `(?:[ \t\x{00A0}]+(?:(?:de|da|do|dos|das|del|di|du|des)[ \t\x{00A0}]+(?:(?:la|las|los|le|les)[ \t\x{00A0}]+)?)?(?:` + townWord + `|\d{1,3}[A-Za-z]?\b)){0,4}|#\d{1,3}-\d{1,5}|` + floorToken + `)`

// townWord is one word of a place's name, with a particle run into it
// ("il-Kbira", "ir-Repubblika", "al-Nahda"), a postal district's number
// ("Dhaka-1216"), its province after a slash ("Kepez/Antalya"), or a
// saint's or mount's abbreviation before it ("St. Paul").
var townWord = `(?:(?:St|Ste|Sta|Sto|Mt|Ft|Pt)\.[ \t\x{00A0}]+)?(?:[a-z]{1,3}-|[dl]['’])?` + capWord + `(?:\d{3,6}\b|/` + capWord + `)?`

// floorToken is a floor as Hong Kong and Singapore write it, "15/F", or
// by its ordinal, "5th Floor".
const floorToken = `(?:\d{1,2}/F\b|\d{1,2}(?:st|nd|rd|th)[ \t\x{00A0}]+Floor\b)`

// postcodeToken is a postcode of another country: four to six digits,
// Portugal's "4490-519", Argentina's "S2000ABC" (or "A4400"), Greece's
// and Slovakia's "851 00", or capitals and digits in one or two groups
// with a digit among them.
const postcodeToken = `(?:[A-Z]{2}\d{4}\b|\d{5}-\d{3}\b|\d{4}-\d{3}\b|\d{3}-\d{4}\b|\d{2}-\d{3}\b|[A-Z]\d{2}[A-Z]\d[A-Z]\d\b|[A-Z]{2}-\d{4}\b|\d{4,6}|[A-Z]\d{4}[A-Z]{3}\b|[A-Z]\d{4}\b|\d{3} \d{3}\b|\d{3} \d{2}\b|[A-Z][0-9][0-9A-Z]{0,2}(?:[ \t\x{00A0}][0-9][A-Z0-9]{2}|[ \t\x{00A0}][A-Z0-9]{4})?)`

// notAddressParts are capitalised words that end an address rather than
// continue it: days, months, pronouns, the start of the next sentence.
var notAddressParts = setOf(`I The And But So Then If When Yes No Okay OK Oh Well Thanks Thank Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December Facilitator Interviewer
Address Postcode Post Phone Dr Mr Mrs Ms Miss Doctor`)

// addressRunOn returns where an address that ends at e really ends: over
// up to four more parts, each followed by the end of the clause (a comma,
// a full stop, a dash, a bracket, the end of the line; or ending in its
// abbreviation's stop, "2.º Dto. Four of us"): a part followed by more
// words is the sentence going on ("12 Elm Street, Leeds is nice").
func addressRunOn(text string, e int) int {
	return runOnParts(text, e, addressPartRE(), 48, 4, func(part string, end int) bool {
		return clauseEnds(text, end) || strings.HasSuffix(part, ".") || unitPartRE().MatchString(part) || postcodePart(part)
	})
}

// runOnParts returns where an address that reaches e ends: after up to
// most parts that part matches within reach bytes each, as long as each
// part is no day or word of time ("…, Thursdays": when, not where) and
// goesOn accepts it (the part, trimmed, and where it ends).
func runOnParts(text string, e int, part *regexp.Regexp, reach, most int, goesOn func(part string, end int) bool) int {
	for range most {
		m := part.FindStringIndex(text[e:min(len(text), e+reach)])
		if m == nil {
			return e
		}
		p := strings.TrimLeft(text[e:e+m[1]], ", \t\u00a0")
		if first, _, _ := strings.Cut(p, " "); notAddressParts[first] || weekdayRE().MatchString(first) {
			return e
		}
		end := e + m[1]
		if !goesOn(p, end) {
			return e
		}
		e = end
	}
	return e
}

// weekdayRE is a day of the week, or days: "Thursdays".
var weekdayRE = lazyRE(`^` + weekdayName + `s?,?$`)

// postcodePart reports whether an address's part is a postcode of digits,
// alone or after its town, which ends the address whatever the sentence
// goes on with ("PO Box 209, Libode, 5160 and sometimes …"); not a year.
func postcodePart(part string) bool {
	if loc := townPostcodeRE().FindStringIndex(part); loc != nil && loc[0] == 0 && loc[1] == len(part) {
		return townNoWord(strings.Fields(part)[0]) // "…, Barangay Janagdong, Mogpog 4901 at four-thirty"
	}
	return postcodeDigitsRE().MatchString(part) && !isYear(part)
}

// townNoWord reports whether a word before four digits may be a town:
// one the lists know, or no English word; "Flight 1127", "Rent 1500",
// "Route 1101" and "Globe 0917" (a network's prefix) are not a town and
// its postcode.
func townNoWord(word string) bool {
	g, err := loadGazetteer()
	k := fold(word)
	return err == nil && (g.knownTown(k) || !g.isWord(k) && !g.common.has(k))
}

var postcodeDigitsRE = lazyRE(`^(?:\d{4,6}|\d{2}-\d{3}|\d{5}-\d{3})$`)

// unitPartRE is a flat's or a house's number as a whole part ("depto
// 304", "flat 4"): an address's part even where the sentence goes on
// after it ("in Avenida Matta 512, depto 304 with six people").
var unitPartRE = lazyRE(`^(?:` + nordicFlat + `|(?i:flat|apartment|apt\.?|appt\.?|depto\.?|dpto\.?|unit|room|building|block|korpus|kvartira|kv\.?|piso|apto\.?|numéro|numero|número|no\.|nr\.|app\.)[ \t\x{00A0}]+)\d{1,5}[A-Za-z]?$`)

// clauseEnds reports whether a clause ends at i: punctuation, a dash or
// the end of the line or text follows.
func clauseEnds(text string, i int) bool {
	rest := strings.TrimLeft(text[i:min(len(text), i+4)], " \t\u00a0")
	if rest == "" {
		return true
	}
	if strings.ContainsRune(",.;:!?()]\n—–-", []rune(rest)[0]) {
		return true
	}
	if closingQuote(text, i) {
		return true
	}
	// "She lives at Fatafehi Road, Kolofo'ou now with her daughter."; "We're
	// on Profsoyuznaya now." at a turn's end, the line break after it.
	words := strings.Fields(text[i:min(len(text), i+12)])
	return len(words) > 0 && clauseAdverbs[strings.TrimRight(words[0], ",.;:!?")]
}

// closingQuote reports whether a double quotation mark closes a quotation
// at i: joined to what it closes, and no word running on after it (write,
// like, "Caminho do Farol, casa 32", or …). Not an opening mark after a
// space ("245 750 "all in""), nor an apostrophe ("Unit 4’s").
func closingQuote(text string, i int) bool {
	if i >= len(text) || i == 0 || text[i-1] == ' ' {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != '"' && r != '”' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return i+n == len(text) || !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// sentenceEndsAt reports whether a sentence ends at e: a full stop, a
// question or an exclamation mark, or the line's end.
func sentenceEndsAt(text string, e int) bool {
	rest := strings.TrimLeft(text[e:min(len(text), e+16)], " \t\u00a0")
	return rest == "" || strings.ContainsRune(".!?\n", rune(rest[0]))
}

// clauseAdverbs may follow an address before the sentence goes on.
var clauseAdverbs = setOf(`now then too also since already still anymore nowadays because but so`)

// capitalPartBeforeRE is one part of an address said before a part found,
// with its comma: capitalised words, particles between them, and a house
// number before or after them ("4 Cnoc an Ròin, ", "Rue de la Hougue, ",
// "Isle of Muck, ",
// "ul. Mickiewicza 3/5, ", "ul. Wielicka 118 m. 12, ", "Taikos pr. 45-12, ",
// "Back, ").
var capitalPartBeforeRE = lazyRE(`(?:^|[ \t\x{00A0}])(\d{1,5}[A-Za-z]?|(?:\d{1,4}(?:/\d{1,4})?[A-Za-z]?[ \t\x{00A0}]+|[A-Z]\.[ \t\x{00A0}]*|(?:ul|al|pl|os|str|av|avda|Co)\.[ \t\x{00A0}]+|(?:near|behind|opposite|beside|next to)[ \t\x{00A0}]+|P\.O\.[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+(?:(?:an|na|nan|y|yr|de|del|la|le|les|du|des|do|da|dos|das|di|van|von|der|den|am|im|of)[ \t\x{00A0}]+){0,2}` + capWord + `){0,3}(?:[ \t\x{00A0}]+P\.O\.)?(?:[ \t\x{00A0}]+(?:(?i:br|nr|no|d|pr)\.[ \t\x{00A0}]*)?(?:[A-Z]-)?\d{1,4}(?:[-/](?:\d{1,4}|[A-Z]))?[A-Za-z]?(?:[ \t\x{00A0}]+m\.[ \t\x{00A0}]*\d{1,4})?)?|[A-Z]-\d{3,5}|H\.[ \t\x{00A0}]*No\.[ \t\x{00A0}]*\d{1,5}(?:/[A-Z0-9]{1,3})?),[ \t\x{00A0}]+$`)

// ofPlaceHeads are the words before "of" in the name of a place, an
// island's or a town's, said as one part of an address ("Isle of Muck",
// "City of San Fernando", "Port of Spain", "Bu of Noltland", an Orkney
// farm's).
var ofPlaceHeads = setOf(`isle isles city port bu mull kyle vale bay sound rhins ross braes howe holm town county borough`)

// postcodeSaid are the English words that say a postcode follows.
const postcodeSaid = `postal code|post code|postcode|post index|postal index|zip code|pin code`

// postcodeAnchorRE is a postcode in an address: one said as such
// ("postal code 19130"), a British one ("HS2 0LB", "GY5 7DN"), a Canadian
// one ("Y0B 1G0"), an Irish Eircode ("F92 T6D3"), or digits before a town
// ("20250 Corte", "00-950 Warszawa", "1100-053 Lisboa", "9051 PL
// Stiens"), or an Indian PIN after its town ("Thrissur 680732",
// "Dibrugarh 786 010"), or a Baltic or Moldovan one with its country
// ("LV-5662", "MD-3801"), or a Greek one, three digits and two, found
// alone ("832 00" after "Kanari 4, Karlovasi, ").
var postcodeAnchorRE = lazyRE(`\b(?:LV|LT|MD)-\d{4,5}\b|(?i:` + postcodeSaid + `|zip|pin)[ \t\x{00A0}]*:?[ \t\x{00A0}]*\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]?[ \t\x{00A0}]\d[A-Z]{2}\b|\b[A-Z]\d[A-Z][ \t\x{00A0}]\d[A-Z]\d\b|\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t\x{00A0}][0-9AC-FHKNPRTV-Y]{4}\b|\b(?:TKCA|ASCN|STHL|TDCU|BIQQ|FIQQ|SIQQ|BBND|PCRN) ?1ZZ\b|(?:\b\d{4,5}|\b\d{2}-\d{3}|\b\d{4}-\d{3})[ \t\x{00A0}]+\p{Lu}|\p{Lu}\p{L}+[ \t\x{00A0}]+(?:\d{5,6}|\d{3} \d{3})\b|^\d{3} \d{2}$`)

// capitalPartsBefore returns where an address that starts at s and holds
// a postcode really starts: back over up to three parts of capitalised
// words said before it, each followed by a comma ("Les Blanches, Rue de la
// Hougue, Castel, GY5 7DN"). A postcode makes the run before it an
// address; without one, "Maureen, Tendai, 14 Elm Street" is a list.
func capitalPartsBefore(text string, s, e int) int {
	if !postcodeAnchorRE().MatchString(text[s:e]) {
		return s
	}
	for range 3 {
		from := max(0, s-60)
		m := capitalPartBeforeRE().FindStringSubmatchIndex(text[from:s])
		if m == nil {
			m = partBeforeRE().FindStringSubmatchIndex(text[from:s])
		}
		if m == nil {
			if q := quotedPartBeforeRE().FindStringSubmatchIndex(text[from:s]); q != nil {
				return from + q[2] // a farmstead's name, the first part: "\"Lejas Kalniņi\", Kombuļu pagasts"
			}
			return s
		}
		part := text[from+m[2] : from+m[3]]
		if i := strings.LastIndex(part, " of "); i >= 0 && !ofPlaceHeads[lastWordOf(part[:i])] {
			// "Bank of Ireland, D02 X285", "Mary of Galway, BT1 5GS": "of"
			// after no place's word joins an organisation's or a person's
			// name, not an address's; the part is the words after it.
			m[2] += i + len(" of ")
			part = part[i+len(" of "):]
		}
		first, _, _ := strings.Cut(strings.TrimLeft(part, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ "), " ")
		if digitCount(part) == 0 {
			first, _, _ = strings.Cut(part, " ")
		}
		at := from + m[2]
		if w, rest, ok := strings.Cut(part, " "); ok && functionWords[fold(w)] {
			if w == "The" && buildingWords(rest) {
				s = at // "Flat 1, The Old Barracks, Middlequarter, H71 FN29": a building's name
				continue
			}
			if namesSomeone(rest) {
				return s // "To Rekha Naik, Aquem Baixo, …": a person's name
			}
			return at + len(w) + len(part) - len(w) - len(rest) - 1 + 1 // "It's Dorpsweg 8, …": from "Dorpsweg"
		}
		lead := strings.TrimRight(text[:at], " \t\u00a0")
		sentenceStart := lead == "" || strings.ContainsAny(lead[len(lead)-1:], ".!?:\n")
		if notAddressParts[first] && !postOfficePart(part) || titleWords[fold(first)] || roleWords[fold(first)] || sentenceStart && interjections[fold(first)] || namesSomeone(part) || sentToSomeone(text, at, part) {
			return s
		}
		s = at
	}
	return s
}

// buildingWords reports whether the words after a capitalised "The" name
// a building or a place in an address: "Old Barracks", "Mill House".
func buildingWords(words string) bool {
	for _, w := range strings.Fields(words) {
		if k := fold(strings.Trim(w, ".,")); addressKindWords[k] || placeWords[k] || harbourWords[k] {
			return true
		}
	}
	return false
}

// postOfficePart reports whether an address's part names the post office
// that serves it, as Indian addresses do: "Post Bissam Cuttack" (not "Post
// Office" or "Post Box", nor "Post" alone).
func postOfficePart(part string) bool {
	w, rest, ok := strings.Cut(part, " ")
	if !ok || w != "Post" {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) && next != "Office" && next != "Box"
}

// quotedPartBeforeRE is a house's or a farmstead's name in quotation marks
// said before the rest of its address, as Latvian rural addresses give it
// ("\"Lejas Kalniņi\", Kombuļu pagasts, LV-5662"; „Lejas Kalniņi“ as Latvian
// writes the quotation marks).
var quotedPartBeforeRE = lazyRE(`(?:^|[ \t\x{00A0}])(["“„«][ \x{00A0}]?` + capWord + `(?:[ \t\x{00A0}]` + capWord + `){0,2}[ \x{00A0}]?["”“»]),[ \t\x{00A0}]+$`)

// sentToSomeone reports whether a part of one word, no place the lists
// know, follows a word that names a person after it: "I sent it to
// Mukonoweshuro, 8000 Aarhus C" was sent to a person.
func sentToSomeone(text string, at int, part string) bool {
	if strings.ContainsAny(part, " 0123456789") {
		return false
	}
	g, err := loadGazetteer()
	if err != nil || g.isPlace(fold(part)) || g.isTown(fold(part)) {
		return false
	}
	before := strings.Fields(text[max(0, at-12):at])
	return len(before) > 0 && personBeforeWords[strings.ToLower(before[len(before)-1])]
}

// namesSomeone reports whether a part said before an address is rather a
// person's name: no digit, no word of a street or building, and a given
// name among its words ("Thank you, Maria, 14 Rue des Lilas, …").
func namesSomeone(part string) bool {
	if digitCount(part) > 0 {
		return false
	}
	g, err := loadGazetteer()
	if err != nil {
		return false
	}
	given := false
	ws := strings.Fields(part)
	for i, w := range ws {
		k := fold(strings.Trim(w, ".,"))
		if addressKindWords[k] || placeKindWords[k] || placeWords[k] || locatorNames[k] || harbourWords[k] && i == len(ws)-1 {
			return false // "T. Nagar", "Rosa Residency", "Cleggan Pier"
		}
		given = given || !placeArticles[k] && g.name(k).given() && !g.isPlace(k)
	}
	return given || initialThenNameRE().MatchString(part) // "S. Kulkarni"
}

// placeArticles begin places' names in French and Spanish ("Les
// Vergers", "La Hougue"): no given names there.
var placeArticles = setOf(`les le la el los las l' mon mont north south east west upper lower new old`)

// initialThenNameRE is an initial and a name: "S. Kulkarni".
var initialThenNameRE = lazyRE(`^\p{Lu}\.[ \t\x{00A0}]*\p{Lu}\p{Ll}+$`)

// addressKindWords name a street, building or district in an address.
var addressKindWords = setOf(`road rd street st lane ln avenue ave drive dr close court ct way place square crescent terrace gardens garden
house estate bazaar market rue chemin route allée quartier cité village colony nagar p.o po block flat building tower hall farm
residency residence apartments complex towers enclave villa heights plaza mansion society ward lodge cottage
contrada località localita san santa santo sant frazione borgo salai marg chowk
calle carrer rua via strada stryd heol tea`)

// harbourWords name a pier or a quay, or barracks, after its name
// ("Cleggan Pier", "The Old Barracks"); first, they are given names as
// often ("Pier Giorgio", "Jetty Murphy"), so they are kept apart from
// addressKindWords, which name a place wherever they stand.
var harbourWords = setOf(`pier quay wharf jetty slipway barracks`)

// postTownRE is a postcode of digits and its town said after a comma,
// ending the clause: the last part of an address whose first parts are
// capitalised words ("Quartier Séguineau, 97214 Le Lorrain"), or a town
// and its Indian PIN ("Mala P.O., Thrissur 680732").
var postTownRE = lazyRE(`,[ \t\x{00A0}]+((?:\d{5}|\d{2}-\d{3}|\d{4}-\d{3})[ \t\x{00A0}]+` + townWords + `|` + capWord + `,?[ \t\x{00A0}]+(?:\d{5,6}|\d{3} \d{3})\b)`)

// indianPINRE is a town and its six-digit PIN.
var indianPINRE = lazyRE(`^\p{Lu}\p{L}+,?[ \t\x{00A0}]+(?:\d{6}|\d{3} \d{3})$`)

// findPostTownAddresses finds addresses that end in a postcode and a town
// with capitalised parts before them, where no street pattern matched.
func findPostTownAddresses(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(postTownRE(), text, wins, func(m []int) {
		s, e := m[2], m[3]
		if !clauseEnds(text, e) || isYear(text[s:s+4]) && text[s+4] == ' ' {
			return
		}
		g, err := loadGazetteer()
		if err != nil {
			return
		}
		cued := addressWordBeforeRE().MatchString(text[max(0, s-80):s])
		if countItemBeforeRE().MatchString(text[max(0, s-24):s]) && !cued {
			return // "Nagaland 28000, Manipur 35000": counts by state
		}
		town := ""
		for _, f := range strings.Fields(text[s:e]) {
			if f = strings.Trim(f, ",."); digitCount(f) == 0 {
				town = fold(f)
				break
			}
		}
		if !g.isPlace(town) && !g.isTown(town) && (!cued || g.isWord(town) || measureWordsRE().MatchString(town)) || amountCodes[town] {
			return // "60000 Nuer, 20000 Dinka": counts; "Platelets 150000": a result
		}
		from := capitalPartsBefore(text, s, e)
		if from < s || cued && indianPINRE().MatchString(text[s:e]) {
			out = append(out, candidate{kind: Address, start: from, end: e}) // "Leh, 194101" is one on its own
		}
	})
	return out
}

// ruralRouteRE is an American rural address: a route and a box ("Rt. 3
// Box 118", "RR 2, Box 45", "HC-02 Box 7345"); the town and state run on
// after it.
var ruralRouteRE = lazyRE(`\b(?:Rt\.?|Rte\.?|Route|RR|R\.R\.|HC)[\- \t\x{00A0}]*\d{1,4},?[ \t\x{00A0}]+Box[ \t\x{00A0}]+\d{1,5}\b`)

// postcodeCueBeforeRE is the words that say a postcode follows, just
// before it: "Rahimabad, Mingora, postal code 19130".
var postcodeCueBeforeRE = lazyRE(`(?i)\b(?:` + postcodeSaid + `)(?:[ \t\x{00A0}]+is)?:?[ \t\x{00A0}]*$`)

// partsBeforeCue returns where an address that is a postcode at s starts
// when parts of it are said before the words saying a postcode follows
// ("Rahimabad, Mingora, postal code 19130"), or s: the words alone are
// no part of it ("my zip code is 60614").
func partsBeforeCue(text string, s, e int) int {
	if s < len(text) && !isDigitByte(text[s]) {
		return s
	}
	cue := startBefore(postcodeCueBeforeRE(), text, s, 20)
	if cue == s {
		return s
	}
	if from := capitalPartsBefore(text, cue, e); from < cue {
		return from
	}
	return s
}

// postcodeTailRE is the second group of a postcode in two ("14156-43719").
var postcodeTailRE = lazyRE(`^-\d{3,5}\b`)

// postcodeTail returns where a postcode that ends at e really ends, over
// its second group, or e.
func postcodeTail(text string, e int) int { return runOnAfterDigit(text, e, postcodeTailRE(), 8) }

// regionBeforeRE is a province or state said just before its postcode,
// by its capitals or its name: "YT Y0B 1G0", "Nunavut X0A 0R0".
var regionBeforeRE = lazyRE(`(?:^|[ \t\x{00A0}])([A-Z]{2}|\p{Lu}\p{Ll}{3,})[ \t\x{00A0}]+$`)

// postTownBeforeRE is a post town of one or two capitalised words said
// just before a British postcode: "Port Talbot SA13 1TE".
var postTownBeforeRE = lazyRE(`(?:^|[ \t\x{00A0}])(\p{Lu}\p{Ll}{2,}(?:[ \t\x{00A0}]\p{Lu}\p{Ll}{2,})?)[ \t\x{00A0}]+$`)

// ukPostcodeAloneRE is a British postcode and nothing else.
var ukPostcodeAloneRE = lazyRE(`^` + ukPostcode + `$`)

// regionBefore returns where an address that is a postcode alone at
// text[s:e] starts when a region is said before it ("YT Y0B 1G0"), or a
// British post town ("Caernarfon LL55 1AT"), or s. Parts said before
// those, each with its comma, are capitalPartsBefore's.
func regionBefore(text string, s, e int) int {
	re := regionBeforeRE()
	switch {
	case strings.ContainsAny(text[s:e], ","):
		return s
	case ukPostcodeAloneRE().MatchString(text[s:e]):
		re = postTownBeforeRE()
	case !otherPostcodeRE().MatchString(text[s:e]):
		return s
	}
	from := max(0, s-32)
	m := re.FindStringSubmatchIndex(text[from:s])
	if m == nil {
		return s
	}
	at := from + m[2]
	if !townBefore(text[at : from+m[3]]) {
		return s
	}
	return at
}

// townBefore reports whether words said just before a postcode may be its
// town: no function, title or post word, no given name (a person's, "Gareth
// Jones CF10 3AT"), and not only common words ("Sorry", "Universal
// Credit"), unless the lists know the town.
func townBefore(words string) bool {
	g, err := loadGazetteer()
	if err != nil {
		return false
	}
	fs := strings.Fields(words)
	if k := fold(strings.Join(fs, " ")); g.isPlace(k) || g.isTown(k) {
		return true
	}
	common := 0
	for _, w := range fs {
		k := fold(w)
		if notAddressParts[w] || functionWords[k] || titleWords[k] || roleWords[k] || addressWordBeforeRE().MatchString(w) || g.name(k).given() && !g.isPlace(k) && !g.isTown(k) {
			return false
		}
		if g.common.has(k) {
			common++
		}
	}
	return common < len(fs)
}

// townPinRE is a town and an Indian PIN code after it, as Indian
// addresses end: "Shimla 171001", "Ernakulam 682030", "Kochi - 682 011".
var townPinRE = lazyRE(`(\p{Lu}\p{L}+)(?:[ \t\x{00A0}]*[-–][ \t\x{00A0}]*|[ \t\x{00A0}]+)([1-8]\d{2}[ ]?\d{3})\b`)

// findTownPins finds a town and its PIN code at the end of a clause, with
// the parts of the address said before them, a locality and a landmark
// ("Krishna Nagar, near the lift, Shimla 171001"). findPostTownAddresses
// finds a PIN after a comma whose town the lists know; this one needs no
// comma, and takes parts in lower case ("near the lift") that
// capitalPartsBefore does not.
func findTownPins(text string, wins []span) []candidate {
	return findWithLists(townPinRE(), text, wins, func(g *gazetteer, m []int, out *found) {
		town := fold(text[m[2]:m[3]])
		if !wordStartsAt(text, m[0]) || !clauseEnds(text, m[1]) || notStreetFirst[town] || amountCodes[town] || calendarWords[town] ||
			!(g.isPlace(town) || g.isTown(town) || !g.isWord(town) && !g.isThing(town) && !g.isPeople(town)) {
			return
		}
		// An address said with its parts before it, or where one is being
		// given; not "the cases were, Kerala 125000, Tamil Nadu 98000".
		s := addressPartsBefore(g, text, m[0])
		if s == m[0] && !addressWordBeforeRE().MatchString(text[max(0, m[0]-80):m[0]]) || countItemBeforeRE().MatchString(text[max(0, s-16):s]) {
			return
		}
		out.add(Address, s, m[1])
	})
}

// landmarkPartRE is a part of an address that places it by a landmark:
// "near the lift", "behind the Sai Baba temple".
var landmarkPartRE = lazyRE(`^(?:near|behind|opposite|beside|next to)(?:[ \t\x{00A0}]+\p{L}+){1,5}$`)

// namedPartRE is a part of an address that names a locality, or ends
// naming one after the preposition that puts someone there: "Krishna
// Nagar", "Civil Station", "the community hall in Krishna Lanka".
var namedPartRE = lazyRE(`(?:^|(?:^|[ \t\x{00A0}])(?:in|at|on|to|from)[ \t\x{00A0}]+)((?:\p{Lu}[\p{L}.'’\-]*[ \t\x{00A0}]*){1,4})$`)

// addressPartsBefore returns where the address ending in a town at s
// starts: over up to three parts before it, each followed by a comma, that
// name a locality or a landmark, within the sentence; not a person's name
// ("Tashi Dolma, Choglamsar, Leh 194101"): a part opening with a given
// name must hold a locality's word ("Krishna Nagar").
func addressPartsBefore(g *gazetteer, text string, s int) int {
	for range 3 {
		before := strings.TrimRight(text[:s], " \t\u00a0")
		if !strings.HasSuffix(before, ",") {
			return s
		}
		before = before[:len(before)-1]
		from := strings.LastIndexAny(before, ",.;:!?\n—–") + 1
		part := strings.TrimSpace(before[from:])
		partStart := from + strings.Index(before[from:], part)
		switch {
		case part == "":
			return s
		case landmarkPartRE().MatchString(part):
			s = partStart
		default:
			m := namedPartRE().FindStringSubmatchIndex(part)
			if m == nil {
				return s
			}
			named := part[m[2]:]
			first, _, _ := strings.Cut(named, " ")
			if lower := strings.ToLower(first); notAddressParts[first] || orgFirstWords[lower] || functionWords[lower] || titleWords[fold(strings.TrimSuffix(first, "."))] ||
				g.name(fold(first)).given() && !slices.ContainsFunc(strings.Fields(named), func(w string) bool { return localityWords[fold(w)] }) {
				return s
			}
			s = partStart + m[2]
		}
	}
	return s
}

// localityWords name a locality of an Indian town: "Krishna Nagar",
// "Civil Station", "Lal Bazar". (namesSomeone's addressKindWords would
// take "Rosa Residency" for a place and run on over the person before
// it: "S. Kulkarni, Rosa Residency, …".)
var localityWords = setOf(`nagar colony station bazar bazaar layout puram pet peta ganj gunj mohalla basti wadi pada palayam chowk enclave vihar`)

// orgFirstWords begin an organisation's name, not a locality's: "the
// Labour Department, Civil Station, …" starts at Civil Station.
var orgFirstWords = setOf(`labour department office ministry hospital clinic`)

// A postcode is often asked for or named and then given a few words, or a
// turn, later: "what's the postcode? Megan: 650500", "the postcode for
// Pokhara is 33700", "The postcode, my son wrote it — 020105". The first
// number said after the words, within a short reach and before any other
// number, is taken when it has a postcode's shape.

// postcodeWords are where the words naming a postcode may start, lower case.
var postcodeWords = []string{"post", "zip", "pin", "index"}

// postcodeNamedRE is the words that name a postcode, in English and as
// the forms of other countries print them. An index (group 1) may be a
// body's or a chart's ("the index is 1200"): a post index after it has a
// Russian or Central Asian six digits or a Moldovan "MD-2068". A PIN
// (group 2) may be a card's ("my pin code, 1234, was wrong"): an Indian
// postcode after it has its six digits.
var postcodeNamedRE = lazyRE(`(?i)\b(?:postal code|post code|postcode|post index|postal index|postal zone|postal[ \t\x{00A0}]+is|zip code|zip|código postal|code postal|post box|(index)|(pin)(?:[ \t\x{00A0}]?code)?)\b`)

// saidPostcodeRE is a postcode given after its name: digits alone or in
// two groups, or a country's capitals and digits ("ZBR 1014", "HT1110",
// "CP 50000", "A4530", "9741 RT").
var saidPostcodeRE = lazyRE(`^(?:[A-Z]{1,3}[ \x{00A0}-]?\d{3,5}|\d{3}[ \x{00A0}-]\d{2,4}|\d{4}-\d{3}|\d{5}-\d{3,4}|\d{4}[ \x{00A0}]?[A-Z]{2}|\d{4,6})\b`)

// postcodeReach is how far after its name a postcode may be given.
const postcodeReach = 80

// findLonePostcodes finds the postcodes said without a street: after the
// words naming one, spelt out ("postcode B-S-one…") or given a few words
// later, and after the suburb they serve ("in Punchbowl now, 2196").
func findLonePostcodes(text string) []candidate {
	out := findSpokenPostcodes(text, windowsAround(text, indexAll(text, "post", true), 0, 80))
	out = append(out, findSaidPostcodes(text, windowsAround(text, placesOf(asciiLower(text), postcodeWords), 0, 24))...)
	out = append(out, findSuburbPostcodes(text, windowsAround(text, commaFourDigits(text), 60, 6))...)
	return append(out, findPlacePostcodes(text)...)
}

// placePostcodeRE is a place and, after a comma, a postcode of four to six
// digits (or three and two) said alone, the clause ending after it, as
// people add the code to where they live: "La Ceiba, 31101.", "Aswan,
// 81511.", "in Kypseli, 112 57." (group 1 the place, group 2 the code).
var placePostcodeRE = lazyRE(`(\p{Lu}\p{Ll}+(?:[ \t\x{00A0}]\p{Lu}\p{Ll}+)?),[ \t\x{00A0}]+(?:code[ \t\x{00A0}]+)?(\d{4,6}|\d{3}[ \t\x{00A0}]\d{2})\b`)

// countCueBeforeRE is a word that makes a number after a place a count:
// "the population of Trevelin, 10000", "my followers on TikTok, 12000".
var countCueBeforeRE = lazyRE(`(?i)\b(?:population|viral|load|count|followers|subscribers|steps|views|likes|score|total|cases|deaths|people|patients|members|salary|pension|rent)\b[^.!?\n]*$`)

// findPlacePostcodes finds the postcodes placePostcodeRE describes: after
// a place the lists know, or words no list has (no English word, thing or
// people, and no name said alone: "Kofi, 20031"); never a count, an amount
// or the start of a longer number.
func findPlacePostcodes(text string) []candidate {
	return findWithLists(placePostcodeRE(), text, windowsAround(text, commaNumbers(text), 80, 16), func(g *gazetteer, m []int, out *found) {
		place, s, e := text[m[2]:m[3]], m[4], m[5]
		first, _, _ := strings.Cut(place, " ")
		k, fk := fold(place), fold(first)
		if !wordStartsAt(text, m[2]) || notAddressParts[first] || interjections[fk] || countCueBeforeRE().MatchString(text[max(0, m[0]-40):m[0]]) {
			return // "TikTok, 12000", "the viral load at Chitungwiza, 40000"
		}
		known := g.isPlace(k) || g.isTown(k)
		if !known && (g.isWord(fk) || g.isThing(fk) || g.isPeopleWord(fk) || !strings.Contains(place, " ") && g.name(fk) != 0) {
			return // a person, a brand or a people before a number: "Kofi, 20031", "Migros, 12000"
		}
		if e-s == 4 && (isYear(text[s:e]) || timeOrSolarYear(text[s:e])) {
			return // "in Kabul, 1376", "Leeds, 1998."
		}
		if standsAlone(text, s, e) && clauseEnds(text, e) && !countAfter(text, e) && !moneyWordsRE().MatchString(text[max(0, m[0]-60):m[0]]) {
			out.add(Address, s, e)
		}
	})
}

// suburbPostcodeRE is a suburb or town said where someone is, and its
// postcode of four digits after a comma, as Australians give it: "in
// Punchbowl now, 2196", "in a share house in Salisbury, 5108". The
// four digits are no time ("at Central, 1730") nor a year of the solar
// calendar ("in Kabul, 1376"); Austria's and Denmark's postcodes are
// said so too ("out to Puntigam, 8055").
var suburbPostcodeRE = lazyRE(`\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear)[ \t\x{00A0}]+\p{Lu}\p{Ll}+(?:[ \t\x{00A0}]\p{Lu}\p{Ll}+)?(?:[ \t\x{00A0}]+(?:now|then|in[ \t\x{00A0}]+\p{Lu}\p{Ll}+))?,[ \t\x{00A0}]+(\d{4})\b`)

// findSuburbPostcodes finds the postcodes said after their suburb: not a
// year, a count or a number that runs on.
func findSuburbPostcodes(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(suburbPostcodeRE(), text, wins, func(m []int) {
		s, e := m[2], m[3]
		if !recentYear(text[s:e]) && !timeOrSolarYear(text[s:e]) && standsAlone(text, s, e) && !countAfter(text, e) && clauseEnds(text, e) && !moneyWordsRE().MatchString(text[max(0, m[0]-60):m[0]]) {
			out = append(out, candidate{kind: Address, start: s, end: e})
		}
	})
	return out
}

// commaNumbers returns where the commas stand that a number follows, or
// "code" and a number: where findPlacePostcodes looks.
func commaNumbers(text string) []int {
	var at []int
	for i, c := range []byte(text) {
		if c != ',' {
			continue
		}
		rest := strings.TrimLeft(text[i+1:min(len(text), i+8)], " \t\u00a0")
		rest = strings.TrimPrefix(rest, "code ")
		if rest != "" && isDigitByte(rest[0]) {
			at = append(at, i)
		}
	}
	return at
}

// commaFourDigits returns the starts of the runs of four digits said
// after a comma.
func commaFourDigits(text string) []int {
	var at []int
	for i := 2; i+4 <= len(text); i++ {
		if text[i-2] == ',' && text[i-1] == ' ' && isDigitByte(text[i]) && isDigitByte(text[i+1]) && isDigitByte(text[i+2]) && isDigitByte(text[i+3]) && (i+4 == len(text) || !isDigitByte(text[i+4])) {
			at = append(at, i)
		}
	}
	return at
}

// findSaidPostcodes finds the postcodes given shortly after the words
// that name one. wins are the windows around those words.
func findSaidPostcodes(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(postcodeNamedRE(), text, wins, func(m []int) {
		s, e := firstPostcodeAfter(text, m[1])
		if e > s && (m[2] < 0 || indexShapeRE().MatchString(text[s:e])) && (m[4] < 0 || pinDigitsRE().MatchString(text[s:e])) {
			out = append(out, candidate{kind: Address, start: saidTownStart(text, m[1], s), end: e})
		}
	})
	return out
}

// firstPostcodeAfter returns the span of the first number said after i
// when it is a postcode: within reach, in the same turn or the next, and
// neither a year, an amount, a time nor the start of a longer number.
func firstPostcodeAfter(text string, i int) (int, int) {
	end := min(len(text), i+postcodeReach)
	lines, atBreak := 0, false
	for j := i; j < end; j++ {
		c := text[j]
		if c == '\n' {
			// The blank line between turns is one break with the newline
			// before it: the answer to "And postcode?" is in the next turn.
			if !atBreak {
				if lines++; lines > 1 {
					return 0, 0
				}
			}
			atBreak = true
			continue
		}
		if c != ' ' && c != '\t' && c != '\r' {
			atBreak = false
		}
		if !isDigitByte(c) && (c < 'A' || c > 'Z' || j > 0 && isASCIILetter(text[j-1])) {
			continue
		}
		if k := labelEnd(text, j); k > j {
			j = k - 1 // a speaker's label, "P3: ", is no number
			continue
		}
		m := saidPostcodeRE().FindStringIndex(text[j:min(len(text), j+12)])
		if m == nil {
			if isDigitByte(c) {
				return 0, 0 // another number comes first
			}
			continue
		}
		s, e := j, j+m[1]
		if !standsAlone(text, s, e) || isYear(text[s:e]) || digitCount(text[s:e]) < 3 || countAfter(text, e) || !givingWords(text[i:s]) || currencyLetters(text[s:e]) || currencyBefore(text[i:s]) {
			return 0, 0
		}
		return s, e
	}
	return 0, 0
}

// standsAlone reports whether the number text[s:e] is said on its own: not
// an amount, a time, a measure or part of a longer number or word.
func standsAlone(text string, s, e int) bool {
	if s > 0 && (isASCIILetter(text[s-1]) || strings.ContainsRune("$£€#+/.,:-", rune(text[s-1]))) {
		return false
	}
	if e < len(text) && (isASCIILetter(text[e]) || strings.ContainsRune("%/:-", rune(text[e]))) {
		return false
	}
	if e+1 < len(text) && strings.ContainsRune(" .,", rune(text[e])) && isDigitByte(text[e+1]) {
		return false
	}
	return true
}

// countAfterWords are what a number counts or measures when said after it:
// a postcode is followed by its town, or by nothing.
var countAfterWords = setOf(`mg g grams gram ml iu kg photos points visits beds cells copies rubles roubles lei som tenge manat pounds pound rupees rupee dollars dollar euros euro shillings naira rand pesos dinars people persons households families members patients users years months weeks days hours minutes times views km kilometres kilometers metres meters miles steps calories units doses tablets`)

// countAfter reports whether the number ending at e counts, measures or
// is paid ("1500 a year", "1500 owing").
func countAfter(text string, e int) bool {
	return countAfterWords[wordAfter(text, e)] || perTimeRE().MatchString(restAfter(text, e))
}

// measuredAfter reports whether the number ending at e counts, measures
// or scores something ("3 days", "50 mg", "2 nil", "1200 patients"): a
// house's, a phone's or an ID's number is none. countAfter, beside it,
// weighs a postcode's.
func measuredAfter(text string, e int) bool {
	after := text[e:min(len(text), e+16)]
	return countAfterRE().MatchString(after) || unitAfterRE().MatchString(after) || measureWords[wordAfter(text, e)]
}

// measureWords are words after a number, beyond countAfterRE's and
// unitAfterRE's, that make it a count, a measure, a sum or a score.
var measureWords = setOf(`year yrs month week day hour minute mins min seconds percent per mcg am pm x kids children sessions pills tablets units goals nil love members patients students pupils dong kip rupiah riel baht som soms tenge lari dram manat birr leones francs cfa shillings reais`)

// restAfter is the lower-cased text of the 24 bytes after e, from its
// first word on.
func restAfter(text string, e int) string {
	return strings.ToLower(strings.TrimLeft(text[e:min(len(text), e+24)], " \t\u00a0"))
}

// wordAfter is the first word after e (within 24 bytes), lower-cased and
// without the punctuation after it; the turn may end after it.
func wordAfter(text string, e int) string {
	word, _, _ := strings.Cut(restAfter(text, e), " ")
	word, _, _ = strings.Cut(word, "\n")
	return strings.TrimRight(word, ",.;:!?")
}

// perTimeRE is an amount's period after it: "a year", "per month".
var perTimeRE = lazyRE(`^(?:a|an|per|each|every)[ \t]+(?:year|month|week|day|quarter|night|hour)\b|^owing\b|^owed\b`)

// pinDigitsRE is an Indian postcode's digits: six, spaced after three or
// not.
var pinDigitsRE = lazyRE(`^[1-9]\d{2} ?\d{3}$`)

// saidTownRE is a town said just before its postcode.
var saidTownRE = lazyRE(`(?:^|[ \t\x{00A0}])(\p{Lu}\p{Ll}{2,}[ \t\x{00A0}]+)$`)

// saidTownStart returns where a postcode at s starts with its town said
// just before it and after the words naming it at cue ("the post box is
// Basra 61002"), or s.
func saidTownStart(text string, cue, s int) int {
	if m := saidTownRE().FindStringSubmatchIndex(text[cue:s]); m != nil && !interjections[strings.ToLower(strings.TrimSpace(text[cue+m[2]:cue+m[3]]))] && !answerOpeners[strings.ToLower(strings.TrimSpace(text[cue+m[2]:cue+m[3]]))] {
		return cue + m[2]
	}
	return s
}

// notGivingWords are the words that, between a postcode's name and a
// number, show the number is something else said later: a new clause
// ("the postcode and the ward said bed 1204"), an estimate ("about
// 4500"), a time ("broke at 1430"), a call ("rang NHS 111"), or what the
// number counts ("my room is 1016", "number 1200 on the list").
var notGivingWords = setOf(`and but because about around roughly nearly almost approximately over under than at near call called calling rang ring ringing dial dialled
number bed ward room dose weight level score points caller queue band rent tax cost costs paid pay price fee owe owed bill
had has have got gets get took take went rose fell increased decreased`)

// givingWords reports whether the words between a postcode's name and a
// number (gap) are those of giving it ("the postcode for Pokhara is",
// "what's the postcode? Megan:", "the post code they wanted,", "my son
// wrote it —"): a dozen words at most, none of notGivingWords, stage
// directions and speakers' labels aside.
func givingWords(gap string) bool {
	inBrackets, n := false, 0
	for _, f := range strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' }) {
		if strings.HasPrefix(f, "[") {
			inBrackets = true
		}
		if inBrackets {
			inBrackets = !strings.Contains(f, "]")
			continue
		}
		w := strings.Trim(f, ",.;:!?—–-\"'“”()")
		if w == "" || strings.HasSuffix(f, ":") {
			continue
		}
		if n++; n > 12 || notGivingWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// currencyLetters reports whether a code of capitals and digits is an
// amount in a currency said by its letters ("R 1500", "KSh 1500").
func currencyLetters(code string) bool {
	letters := strings.TrimRight(strings.TrimRight(code, "0123456789"), " -\u00a0")
	return currencyAbbrevs[strings.ToUpper(letters)]
}

// currencyAbbrevs are currencies said by letters before an amount.
var currencyAbbrevs = setOf(`R K P N RS KSH TSH USH GHS RM TK LE Q L`)

// labelEnd returns where a speaker's label starting at j ends ("P3: ",
// "R2: "), or j.
func labelEnd(text string, j int) int {
	if m := shortLabelRE().FindStringIndex(text[j:min(len(text), j+12)]); m != nil && (j == 0 || !isASCIILetter(text[j-1]) && !isDigitByte(text[j-1])) {
		return j + m[1]
	}
	return j
}

// shortLabelRE is a speaker's short label: letters and a digit, a colon.
var shortLabelRE = lazyRE(`^[A-Z]{1,3}\d{0,2}:[ \t\x{00A0}]`)

// recentYear reports whether four digits are a year people speak of,
// 1900 to 2030 (Sydney's postcodes run on to 2234).
func recentYear(d string) bool {
	return len(d) == 4 && (d[:2] == "19" || d >= "2000" && d <= "2030")
}

// moneyWordsRE is what makes a number said after a place an amount or a
// score: "sending money to Mum in Manila, 5000".
var moneyWordsRE = lazyRE(`(?i)\b(?:money|raised|rent|owe|owed|owing|salary|wages?|score|scored|cost|costs|paid|pay|price|bill|fine|dollars|bucks|fees|tuition|debt|earned|loan|sold)\b`)

// currencyBefore reports whether the last word of gap is a currency said
// by its letters ("a post box is KSh 1500").
func currencyBefore(gap string) bool {
	fs := strings.Fields(gap)
	return len(fs) > 0 && currencyAbbrevs[strings.ToUpper(strings.Trim(fs[len(fs)-1], ".,"))]
}

// timeOrSolarYear reports whether four digits after a place are a time of
// day (from 0 or 1, as "0900" or "1730"), or a year of the Persian or
// Afghan solar calendar or of the Hijri one (13xx, 14xx).
func timeOrSolarYear(d string) bool {
	if d[0] == '0' && d[1] != '8' || d[0] == '1' && (d[1] == '3' || d[1] == '4') {
		return true
	}
	return d[0] == '1' && d[:2] <= "23" && d[2:] <= "59"
}

// indexShapeRE is a post index's shape: six digits, or Moldova's "MD"
// and four digits.
var indexShapeRE = lazyRE(`^(?:\d{6}|MD-?\d{4})$`)
