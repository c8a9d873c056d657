package redact

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Addresses and references whose shape one country gives them and no
// other: found by that shape, wherever they are said.

// cepRE is a Brazilian postcode (CEP): five digits, a hyphen, three
// ("57057-340"); no phone or date is written so.
var cepRE = lazyRE(`\b\d{5}-\d{3}\b`)

// codeBeforeRE is a word that makes five and three digits a code, a
// score or a range rather than a CEP: "the form 12345-678", "Order
// 54321-987", "the score was 15000-200".
var codeBeforeRE = lazyRE(`(?i)\b(?:form|order|ticket|score|number|no\.|ref|reference|code|invoice|count|range|model|serial|batch|lot)(?:[ \t\x{00A0}]+(?:was|is|no\.?|number))?[ \t\x{00A0}]*#?[ \t\x{00A0}]*$`)

// colonyAddressRE is a Mexican or Central American house: a street of
// one to three capitalised words (often without a kind: "Jacarandas",
// "Río Pánuco"), its number, a compass point or not, and the colonia,
// fraccionamiento or barrio after a comma ("Jacarandas 207, Colonia
// Moderna"); or a Monterrey street with its compass point ("Río
// Guadalquivir 330 Oriente"). Group 1 is the address, group 2 its first
// word.
var colonyAddressRE = lazyRE(`(?:^|[^\p{L}])((\p{Lu}[\p{L}.]+)(?:[ \t\x{00A0}]\p{Lu}\p{L}+){0,2}[ \t\x{00A0}]\d{1,5}(?:(?:[ \t\x{00A0}](?:Oriente|Poniente|Norte|Sur|Ote\.|Pte\.))?,[ \t\x{00A0}]+(?:Colonia|Col\.|Fraccionamiento|Fracc\.|Barrio)[ \t\x{00A0}]+(?:(?:del|de|la|las|los|el)[ \t\x{00A0}]+)?\p{Lu}\p{L}+(?:[ \t\x{00A0}](?:(?:del|de|la|las|los|el)[ \t\x{00A0}]+)?\p{Lu}\p{L}+){0,3}|[ \t\x{00A0}](?:Oriente|Poniente)\b))`)

// notColonyStreetFirst are words that begin a phrase before a number and a
// colonia but name no street: "In 2015, Barrio Obrero flooded", "Week 3,
// Barrio Adentro doctors", "Torre 2 Poniente" (a hospital's wing).
var notColonyStreetFirst = setOf(`in since by around after before until during from week weeks session sessions bed room line torre piso group chapter ward level floor phase year years day days month months page unit building`)

// swahiliAddressRE is a house as Tanzanians and Kenyans write it: its
// number after "Nyumba Na." (house number) or "Kiwanja Na." (plot), with
// the street ("Mtaa wa Mvuleni") or the quarter said before or after it.
var swahiliAddressRE = lazyRE(`(?:Mtaa[ \t\x{00A0}]+wa[ \t\x{00A0}]+\p{Lu}\p{L}+,[ \t\x{00A0}]+)?\b(?:Nyumba|Kiwanja)[ \t\x{00A0}]+Na\.?[ \t\x{00A0}]*\d{1,5}[A-Za-z]?(?:,[ \t\x{00A0}]+(?:Mtaa[ \t\x{00A0}]+wa[ \t\x{00A0}]+)?\p{Lu}\p{L}+)?`)

// cnjNumberRE is a Brazilian court case's unified number (NNNNNNN-DD.
// AAAA.J.TR.OOOO): "0806745-21.2020.4.05.8000".
var cnjNumberRE = lazyRE(`\b\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}\b`)

// frenchPostcodeRE is a French postcode of five digits said alone after
// "in" or "from", as a town's or a quarter's: "in 63100, in the
// Croix-de-Neyrat", "from 69008 to here".
var frenchPostcodeRE = lazyRE(`\b(?:[Ii]n|[Ff]rom)[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?((?:0[1-9]|[1-8]\d|9[0-5]|97)\d{3})\b`)

// southAsianLocalityRE is a quarter or lane as Pakistani and north Indian
// addresses give them, with the parts after it: "Mohallah Banr, Matta",
// "Gali Qasaban, Mohallah Bohar Bazaar", "Gali No. 5"; or a village and
// its post office ("Village Malach, P.O. Nathia Gali").
var southAsianLocalityRE = lazyRE(`\b(?:(?:Mohallah|Mohalla|Muhalla|Muhallah)[ \t\x{00A0}]+\p{Lu}\p{L}+(?:[ \t\x{00A0}]\p{Lu}\p{L}+){0,2}|Gali[ \t\x{00A0}]+(?:No\.?[ \t\x{00A0}]*\d{1,3}|\p{Lu}\p{L}+)|Village[ \t\x{00A0}]+\p{Lu}\p{L}+,[ \t\x{00A0}]+P\.[ \t\x{00A0}]?O\.[ \t\x{00A0}]+\p{Lu}\p{L}+(?:[ \t\x{00A0}]\p{Lu}\p{L}+)?)(?:,[ \t\x{00A0}]+(?:(?:Mohallah|Mohalla|Muhalla)[ \t\x{00A0}]+)?\p{Lu}\p{L}+(?:[ \t\x{00A0}]\p{Lu}\p{L}+){0,2})?`)

// institutionAfterRE is an institution's word in a locality's name:
// "Mohalla Clinic", "Mohallah Committee", "Gali Scheme".
var institutionAfterRE = lazyRE(`\b(?:Clinic|Clinics|Committee|Committees|Scheme|Sabha|Council|School|Hospital)\b`)

// estateNamedRE is a Spanish or Latin American housing estate by its name
// ("Urbanización Los Dolses", "Urb. Alta Vista", "Conjunto Parque das
// Árvores"): an address when its block, floor or flat follows.
var estateNamedRE = lazyRE(`\b(?:Urbanizaci[óo]n|Urb\.|Conjunto|Residencial)[ \t\x{00A0}]+(?:(?:de|del|das|dos|da|do|la|las|los|el)[ \t\x{00A0}]+)?\p{Lu}\p{L}+(?:[ \t\x{00A0}](?:(?:de|del|das|dos|da|do|la|las|los|el)[ \t\x{00A0}]+)?\p{Lu}\p{L}+){0,3}`)

// estateUnitRE is a block, floor or flat of an estate: "Bloque 3",
// "Torre 3, Apto 502", "2º B"; not a year ("Residencial Los Pinos, 2019").
var estateUnitRE = lazyRE(`(?i)\b(?:bloque|bloco|torre|apto|apt|piso|casa|apartamento|block|flat|house|lote|manzana|mz|quadra)\b|\d[º°ª]`)

// germanArticleStreetRE is a German street named with an article after
// its kind, and its number: "Allee der Kosmonauten 140", "Platz der
// Republik 3".
var germanArticleStreetRE = lazyRE(`\b(?:Allee|Platz|Straße|Strasse|Ring|Damm|Ufer|Weg)[ \t\x{00A0}]+(?:der|des|am|an[ \t\x{00A0}]der|zum|zur|vom)[ \t\x{00A0}]+\p{Lu}\p{L}+[ \t\x{00A0}]+\d{1,3}[a-z]?\b`)

// timesRE is two times of day with a slash: shifts, "0700/1900".
var timesRE = lazyRE(`^(?:[01]\d|2[0-3])[0-5]\d[ \t\x{00A0}]?/[ \t\x{00A0}]?(?:[01]\d|2[0-3])[0-5]\d\b`)

// nhiRE is a New Zealand National Health Index number: three letters
// (no I or O), then four digits or, in the newer form, two digits and two
// letters ("PQK 3391", "ZTM 88WK").
var nhiRE = lazyRE(`\b[A-HJ-NP-Z]{3}[ \t\x{00A0}]?(?:\d{4}|\d{2}[A-HJ-NP-Z]{2})\b`)

// nhiRightBeforeRE is "nhi" in any case just before a number ("my nhi is
// ZAB 1234").
var nhiRightBeforeRE = lazyRE(`(?i)\bnhi(?:[ \t]+(?:number|no\.?))?(?:[ \t]+is|:|,)?[ \t]*$`)

// nieRE is a Spanish foreigner's identity number (NIE): X, Y or Z, seven
// digits and a letter, said or written in groups ("Y 6128 394 H").
var nieRE = lazyRE(`\b[XYZ][ \t\x{00A0}-]?\d{3,4}[ \t\x{00A0}-]?\d{3,4}[ \t\x{00A0}-]?[A-Z]\b`)

// mailBoxRE is a US military or private mail box, as Guam, Saipan and
// the forces abroad give an address: "PSC 455 Box 2187, FPO AP 96540",
// "PMB 418 Box 10001".
var mailBoxRE = lazyRE(`\b(?:(?:PSC|CMR|UPR)[ \t\x{00A0}]+\d{1,5},?[ \t\x{00A0}]+Box[ \t\x{00A0}]+\d{1,5}|PMB[ \t\x{00A0}]+\d{1,5},?[ \t\x{00A0}]+Box[ \t\x{00A0}]+\d{1,6})(?:,?[ \t\x{00A0}]+(?:APO|FPO|DPO)[ \t\x{00A0}]+(?:AE|AP|AA)[ \t\x{00A0}]+\d{5}\b)?|\bUnit[ \t\x{00A0}]+\d{1,5},?[ \t\x{00A0}]+Box[ \t\x{00A0}]+\d{1,5},?[ \t\x{00A0}]+(?:APO|FPO|DPO)[ \t\x{00A0}]+(?:AE|AP|AA)[ \t\x{00A0}]+\d{5}\b`)

// barangayRE is a Philippine barangay by its abbreviation, or by its
// number: "Brgy. 12 Quiling Sur", "Bgy. San Roque", "Barangay 176".
var barangayRE = lazyRE(`\b(?:(?:Brgy|Bgy)\.?[ \t\x{00A0}]+(?:\d{1,3}[A-Z]?[ \t\x{00A0}]+)?\p{Lu}\p{L}+(?:[ \t\x{00A0}]+\p{Lu}\p{L}+){0,2}|Barangay[ \t\x{00A0}]+\d{1,3}[A-Z]?\b(?:[ \t\x{00A0}]+\p{Lu}\p{L}+){0,2})`)

// frenchResidenceRE is a French housing estate or a hamlet by its name,
// where no street number is: "résidence Les Arbousiers", "lieu-dit
// Sant'Andria"; the building and flat after it are its parts.
var frenchResidenceRE = lazyRE(`\b(?:[Rr]ésidence|[Ll]otissement|[Ll]ieu-dit)[ \t\x{00A0}]+(?:(?:Les|Le|La|L['’]|Du|Des)[ \t\x{00A0}]*)?\p{Lu}[\p{L}'’]+(?:[ \t\x{00A0}-]\p{Lu}[\p{L}'’]+){0,2}`)

// tahitiAddressRE is an address in French Polynesia, by its lane
// ("Servitude Vairai") or by the kilometre point on the coast road and
// its side ("PK 6,5 côté mer"); or a post box whose number is said in
// groups, with the islands' postcode after it ("BP 380 522, 98718"), not a
// blood pressure ("BP 180 110").
var tahitiAddressRE = lazyRE(`\bServitude[ \t\x{00A0}]+\p{Lu}\p{L}+|\bPK[ \t\x{00A0}]?\d{1,2}(?:[,.]\d{1,2})?[ \t\x{00A0}]+c[ôo]t[ée][ \t\x{00A0}]+(?:mer|montagne)\b|\b(?:BP|B\.P\.)[ \t\x{00A0}]?\d{2,3}[ \t\x{00A0}]\d{3},?[ \t\x{00A0}]+98[78]\d{2}\b`)

// thaiAddressRE is a house in Thailand by its number, the slash and the
// plot, then its lane or village ("22/5 Soi 4", "15/1 Moo 2"), or a lane
// off a named road ("Nimmanhaemin Soi 13").
var thaiAddressRE = lazyRE(`\b\d{1,4}/\d{1,3}[ \t\x{00A0}]+(?:Soi|Moo|Mu)[ \t\x{00A0}]+\d{1,3}\b|\b\p{Lu}\p{L}+[ \t\x{00A0}]+Soi[ \t\x{00A0}]+\d{1,3}\b`)

// dottedPairsRE is a phone number of eight digits written in pairs with
// dots, as French Polynesia and New Caledonia write them: with its
// country code in brackets ("(689) 40.82.63.17"), or after a phone's word
// ("my mobile, 87.23.54.90"); not scores or versions.
var dottedPairsRE = lazyRE(`(?:\(\d{2,3}\)[ \t\x{00A0}]?)?\b\d{2}\.\d{2}\.\d{2}\.\d{2}\b`)

// numeroStreetRE is a house by "n°" before its number and street, as
// Congolese and other French-speaking Africans write it: "n° 9, avenue
// Ituri", "n° 58 rue Mbochis".
var numeroStreetRE = lazyRE(`\b[Nn][°º][ \t\x{00A0}]?\d{1,4}[A-Za-z]?,?[ \t\x{00A0}]+(?:rue|avenue|av\.|boulevard|route|impasse|allée|Rue|Avenue|Boulevard|Route)[ \t\x{00A0}]+(?:(?:de|du|des|de la|d['’])[ \t\x{00A0}]*)?\p{Lu}[\p{L}'’\-]+(?:[ \t\x{00A0}]\p{Lu}[\p{L}'’\-]+){0,2}`)

// shariaStreetRE is an Egyptian street by "Sharia" (street), its house
// number before it or not: "4 Sharia El-Kanisa", "Sharia El-Nahda".
var shariaStreetRE = lazyRE(`\b(?:\d{1,4}[ \t\x{00A0}]+)?(?:Sharia|Shari['’]a|Shareh)[ \t\x{00A0}]+(?:(?:[Aa]l|[Ee]l)-)?\p{Lu}\p{L}+(?:[ \t\x{00A0}]\p{Lu}\p{L}+)?`)

// germanPhoneRE is a number with its area code before a slash, as Germans
// and Serbs write it: "0221 / 96 45 33 81", "0421/69 33 20 14", "011/
// 324-5678".
var germanPhoneRE = lazyRE(`\b0\d{2,4}[ \t\x{00A0}]?/[ \t\x{00A0}]?\d{2,4}(?:[ \t\x{00A0}-]\d{2,4}){0,3}\b`)

// placeAfterRE is what follows a postcode said as a place: another place
// ("from 69008 to here", "in 63100, in the Croix-de-Neyrat", "— near the
// market").
var placeAfterRE = lazyRE(`^(?:[ \t\x{00A0}]+to[ \t\x{00A0}]+(?:here|there|\p{Lu})|,?[ \t\x{00A0}]*(?:in|near|by|à)[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?\p{Lu}|[ \t\x{00A0}]*[,—–-][ \t\x{00A0}]*(?:in|near)\b)`)

// saidAsPlace reports whether a five-digit number at [s,e) after "in" or
// "from" (starting at from) is said as where someone is: another place
// follows, or the clause ends there ("She works in 75011.") but for an
// amount's or odds' words before ("one in 10000", "went from 50000 to
// undetectable").
func saidAsPlace(text string, from, e int) bool {
	if placeAfterRE().MatchString(text[e:min(len(text), e+24)]) {
		return true
	}
	return clauseEnds(text, e) && !amountBeforeRE().MatchString(text[max(0, from-40):from])
}

// amountBeforeRE is what, before "in" or "from" and five digits, makes
// them an amount, a count or odds: "one in 10000", "the risk… in
// 20000", "went up from 45000".
var amountBeforeRE = lazyRE(`(?i)\b(?:one|1|went|go|goes|gone|rose|risen|fell|up|down|increased|decreased|risk|chance|odds|load|count|platelets|fees|score|steps|cases|followers|salary|price|cost|costs)\b[^.!?\n]{0,24}$`)

// campShelterRE is a refugee or displacement camp's block and shelter, as
// people living there give it: "Camp 8W, Block B-12, Shelter 44",
// "Baharka camp, Block D, shelter 117".
var campShelterRE = lazyRE(`(?i:\bcamp[ \t\x{00A0}]+[0-9]{1,3}[A-Z]?|\b\p{Lu}\p{L}+[ \t\x{00A0}]+camp),[ \t\x{00A0}]+(?i:block)[ \t\x{00A0}]+[A-Z0-9][A-Z0-9\-]{0,5},[ \t\x{00A0}]+(?i:shelter|tent|house|caravan)[ \t\x{00A0}]+\d{1,5}\b`)

// campGridRE is a caravan or tent in a camp's grid, given without the
// camp's name, as people living there say it: "sector 4, row 11, caravan
// 23", "district 5, street 12, caravan 3", "block C, row 7, tent 14".
var campGridRE = lazyRE(`(?i)\b(?:sector|district|block|zone|phase)[ \t\x{00A0}]+[A-Z0-9][A-Z0-9\-]{0,3},?[ \t\x{00A0}]+(?:row|street|line|lane)[ \t\x{00A0}]+\d{1,3},?[ \t\x{00A0}]+(?:caravan|tent|shelter|container)[ \t\x{00A0}]+\d{1,5}\b`)

// arabicQuarterRE is a quarter as Sudanese, Iraqi and Levantine speakers
// give it, "Hai" (or "Hay", "Hayy") and its name: an address when its
// block, square or house follows ("Hai al-Qubba, murabba 6, house 241").
var arabicQuarterRE = lazyRE(`\b(?:Hai|Hay|Hayy)[ \t\x{00A0}]+(?:(?:[Aa]l|[Ee]l)-)?\p{Lu}\p{L}+(?:[ \t\x{00A0}]\p{Lu}\p{L}+)?`)

// slavicAdjectiveStreetRE is a street named by an adjective, as Serbian,
// Bosnian and Croatian name them ("Novosadska 212", "Dunavska 18a",
// "Vidovdanska 41"), with its number after.
var slavicAdjectiveStreetRE = lazyRE(`\b\p{Lu}\p{Ll}+(?:ska|ška|čka|ćka)[ \t\x{00A0}]+\d{1,4}[a-z]?\b`)

// vietAddressRE is an address as Vietnamese writes it, each part's kind
// first in lower case (group 1): a house's number ("số 17", "số nhà 31")
// before its street, lane or village, or the street or village alone
// ("số 17 đường Thác Bạc", "đường Nậm Rốm", "thôn Hầu Thào", "bản Nà
// Khum", "tổ 14"; "số 56 đường 30 Tháng 4" and "số 31 đường 1/4", streets
// named for a date), the parts said one after another ("ngách 12/3 ngõ
// 88 phố Vọng", "Thôn Liên Hòa, xã Phù Long"), a flat by its number, block
// and building ("Căn 1504, tòa B2, chung cư Sao Biển"). The words are
// Vietnamese only, with their marks; a house's number, a flat or a
// village may open a sentence ("Số 12, ngõ 45, đường Lê Lợi").
var vietAddressRE = lazyRE(`(?:^|[^\p{L}])((?:[sS]ố[ \t\x{00A0}]+(?:nhà[ \t\x{00A0}]+)?\d{1,4}[A-Za-z]?(?:/\d{1,3})?,?[ \t\x{00A0}]+)?` + vietPart + `(?:,?[ \t\x{00A0}]+` + vietPart + `)*|số[ \t\x{00A0}]+nhà[ \t\x{00A0}]+\d{1,4}[A-Za-z]?(?:/\d{1,3})?)`)

// vietPart is one part of a Vietnamese address: its kind, then its number
// or name.
var vietPart = `(?:đường|phố|ngõ|ngách|hẻm|kiệt|[tT]hôn|bản|xóm|ấp|xã|phường|[cC]ăn|tòa|toà|chung[ \t\x{00A0}]+cư|tổ[ \t\x{00A0}]+dân[ \t\x{00A0}]+phố|tổ)[ \t\x{00A0}]+(?:\d{1,4}(?:/\d{1,3})?\b|[A-Z]\d{1,2}\b|` + capWord + `)(?:[ \t\x{00A0}]+(?:` + capWord + `|\d{1,2}\b))*`

// vietAddressSaid reports whether the address vietAddressRE found at
// [s,m), with parts after it to e, is one: "thành phố" is a city's word,
// "tiểu đường" diabetes; "bản" is a copy too ("bản 2", "bản Cam Kết") and
// "tổ" a team ("tổ Tư Vấn"), so a village or group alone is an address
// where a house's number comes before it, a division after it, or a word
// of where someone lives before it.
func vietAddressSaid(text string, s, m, e int) bool {
	before := strings.ToLower(text[max(0, s-12):s])
	if strings.HasSuffix(before, "thành ") || strings.HasSuffix(before, "tiểu ") || strings.HasSuffix(before, "lượng ") {
		return false
	}
	kind, rest, _ := strings.Cut(strings.ToLower(text[s:m]), " ") // "Căn 1504", "Thôn Liên Hòa" open a sentence
	bare := rest != "" && isDigitByte(rest[0])                    // "bản 2", "đường 2 năm": a number, no name
	parts := e > m || vietKinds(text[s:m]) >= 2                   // parts after it, or another kind's joined to it
	switch kind {
	case "bản":
		return !bare && (parts || livesCueBeforeRE().MatchString(text[max(0, s-60):s]))
	case "tổ":
		return parts
	case "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt":
		return !bare || parts // "ngách 12/3 ngõ 88 phố Vọng"
	case "căn", "tòa", "toà", "xã", "phường", "chung":
		return parts // a flat with its building, a commune with its village
	}
	return true // "số" (a house's number first), "thôn", "xóm", "ấp"
}

// vietKinds counts the different kinds of part an address found by
// vietAddressRE names: "ngách 12/3 ngõ 88 phố Vọng" three, "tổ 1, tổ 2"
// one (a list of groups), "đường 7 9 11" one (sugar readings).
func vietKinds(addr string) int {
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(addr), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\u00a0' }) {
		if vietKindWords[w] {
			seen[w] = true
		}
	}
	return len(seen)
}

// vietKindWords are the kinds of part vietPart opens with, lower case
// ("chung cư" by its second word).
var vietKindWords = setOf(`đường phố ngõ ngách hẻm kiệt thôn bản xóm ấp xã phường căn tòa toà cư tổ`)

// albanianStreetRE is an Albanian street, its kind first and its
// particle after, with its number or the parts after it ("Rruga e Ujit
// 14", "Bulevardi i Pavarësisë 33", "Rr. e Durrësit nr. 5", "Rruga e
// Kavajës, pallati 45").
var albanianStreetRE = lazyRE(`\b(?:Rruga|Rr\.|Bulevardi|Sheshi)[ \t\x{00A0}]+(?:e|i|së)[ \t\x{00A0}]+\p{Lu}\p{L}+(?:[ \t\x{00A0}]+\p{Lu}\p{L}+){0,2}(?:,?[ \t\x{00A0}]+(?:nr\.?[ \t\x{00A0}]*)?\d{1,4}[A-Za-z]?\b)?`)

// faroesePostcodeRE is a Faroese postcode with its country's letters
// ("FO-380"; the town after it, "Sørvágur", is a part run on).
var faroesePostcodeRE = lazyRE(`\bFO-\d{3}\b`)

// datedAvenueRE is a French street named for a date: "Avenue du 11 Août",
// "rue du 1er Mai" (a date without a year is no date to hide; the street
// is an address); "Place" capitalised only ("à la place du 14 juillet" is
// "instead of").
var datedAvenueRE = lazyRE(`\b(?:[Aa]venue|[Rr]ue|[Bb]oulevard|Place)[ \t\x{00A0}]+du[ \t\x{00A0}]+\d{1,2}(?:er)?[ \t\x{00A0}]+(?:[Jj]anvier|[Ff]évrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]oût|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd]écembre)\b`)

// nordicStreetAloneRE is a Nordic or Finnish street said by its name
// alone, one word that ends in its kind, after a word of where (group 1):
// "the youth club on Klaksvíksvegur", "a basement flat on Tjarnargøta",
// "the neuvola, on Tuirantie".
var nordicStreetAloneRE = lazyRE(`\b(?:[Oo]n|[Aa]t|[Ii]n|[Oo]ff|[Aa]long|[Nn]ear)[ \t\x{00A0}]+(\p{Lu}\p{L}+(?:` + strings.Join(nordicStreetEnds, "|") + `|` + strings.Join(finnishStreetEnds, "|") + `))\b`)

// nordicStreetEnds and finnishStreetEnds end a street's name, one word,
// in the Nordic languages and in Finnish.
var (
	nordicStreetEnds  = []string{"vegur", "gøta", "gata", "gatan", "vegen", "veien", "vej", "gade", "vägen", "stræti", "braut", "gränd"}
	finnishStreetEnds = []string{"tie", "katu", "kuja", "polku", "raitti", "väylä"}
)

// digitGroupBeside reports whether another group of digits stands just
// before or after [s,e), with a space or a slash between: the six digits
// are then the end of a longer number ("0341 / 2 46 81 35").
func digitGroupBeside(text string, s, e int) bool {
	before := strings.TrimRight(text[max(0, s-4):s], " /")
	after := strings.TrimLeft(text[e:min(len(text), e+4)], " /")
	return len(before) > 0 && isDigitByte(before[len(before)-1]) || len(after) > 0 && isDigitByte(after[0])
}

// nordicStreetName reports whether a word ending as Nordic streets do is
// one: no place, town or name the lists know ("in Niigata", "at
// Nagata's"), and a plain "-gata" only with a Nordic letter in it
// ("Tjarnargøta", "Storgata"; not "Hanagata").
func nordicStreetName(w string) bool {
	g, err := loadGazetteer()
	k := fold(w)
	if err != nil || g.isPlace(k) || g.isTown(k) || g.name(k) != 0 {
		return false
	}
	if finnishStreetEnd(w) && strings.ContainsAny(strings.ToLower(w), "wqxzcbf") {
		return false // Finnish writes none of these: "Whakatu" is Māori
	}
	if stem, ok := strings.CutSuffix(w, "tie"); ok {
		// A Finnish road's name before "tie" is a word of five letters
		// or more ending in a vowel or the genitive's "n" ("Majakkatie",
		// "Tuirantie"); not "Bowtie", "Necktie".
		r, _ := utf8.DecodeLastRuneInString(stem)
		return utf8.RuneCountInString(stem) >= 5 && strings.ContainsRune("aeiouyäön", r)
	}
	return !strings.HasSuffix(w, "gata") || strings.ContainsAny(w, "æøåðþÆØÅÐÞáíóúýÁÍÓÚÝäöÄÖ") || strings.HasSuffix(w, "storgata")
}

// finnishStreetEnd reports whether w ends as a Finnish road's name does.
func finnishStreetEnd(w string) bool {
	return slices.ContainsFunc(finnishStreetEnds, func(end string) bool { return strings.HasSuffix(w, end) })
}

// phoneRightBeforeRE is a phone's word said right before its number: "her
// mobile is", "the landline:", "ring her on" (not "my phone battery went").
var phoneRightBeforeRE = lazyRE(`(?i)(?:\b(?:phone|mobile|cell|landline|number)(?:[ \t]+(?:number|no\.?))?(?:[ \t]+(?:is|was|'s))?[ \t]*[:,—–-]?|\b(?:ring|call|text|phone)[ \t]+(?:her|him|me|us|them)[ \t]+on)[ \t]*$`)

// sixDigitPhoneRE is a Faroese phone, six digits said in pairs: "21 63 48".
var sixDigitPhoneRE = lazyRE(`\b\d{2} \d{2} \d{2}\b`)

// findNordicForms finds the Faroese and other Nordic forms above: a
// Faroese postcode, a street said by its one-word name, a phone of six
// digits in pairs.
func findNordicForms(text string, digitWins []span, near func(words []string, before, after int) []span) []candidate {
	var out []candidate
	eachMatch(faroesePostcodeRE(), text, digitWins, func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
	})
	eachMatch(nordicStreetAloneRE(), text, near(slices.Concat(nordicStreetEnds, finnishStreetEnds), 40, 8), func(m []int) {
		if w := text[m[2]:m[3]]; nordicStreetName(w) && (!finnishStreetEnd(w) || !capitalisedAfter(text, m[3])) { // not "at Revalidatie Friesland"
			out = append(out, candidate{kind: Address, start: m[2], end: addressRunOn(text, m[3])})
		}
	})
	eachMatch(sixDigitPhoneRE(), text, digitWins, func(m []int) {
		// Six digits in pairs are a phone only right after a phone's word:
		// "her work mobile is 21 63 48", "from 37 14 22, the landline".
		if numberBoundary(text, m[0], m[1]) && !digitGroupBeside(text, m[0], m[1]) && !countAfterRE().MatchString(text[m[1]:min(len(text), m[1]+16)]) &&
			(phoneRightBeforeRE().MatchString(text[max(0, m[0]-32):m[0]]) || landlineRE().MatchString(text[m[1]:min(len(text), m[1]+16)])) {
			out = append(out, candidate{kind: Phone, start: m[0], end: m[1]})
		}
	})
	return out
}

// findRegionalForms finds the addresses and numbers above. near gives the
// windows around words in text (wordWindows).
func findRegionalForms(text string, digitWins []span, near func(words []string, before, after int) []span) []candidate {
	var out []candidate
	put := func(kind Kind, m []int) { out = append(out, candidate{kind: kind, start: m[0], end: m[1]}) }
	add := func(kind Kind) func(m []int) {
		return func(m []int) { put(kind, m) }
	}
	// runOn adds an address with the parts said after it ("n° 9, avenue
	// Ituri, commune Makiso").
	runOn := func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
	}
	// withParts adds an address that some number's part runs on after
	// (and that unit, when wants is set, says): "Hai al-Jir, block 11".
	withParts := func(wants func(parts string) bool) func(m []int) {
		return func(m []int) {
			if e := addressRunOn(text, m[1]); e > m[1] && digitCount(text[m[1]:e]) > 0 && (wants == nil || wants(text[m[1]:e])) {
				out = append(out, candidate{kind: Address, start: m[0], end: e})
			}
		}
	}
	eachMatch(cepRE(), text, windowsWith(text, digitWins, []string{"-"}), func(m []int) {
		if standsAlone(text, m[0], m[1]) && !countAfter(text, m[1]) && !codeBeforeRE().MatchString(text[max(0, m[0]-24):m[0]]) {
			put(Address, m)
		}
	})
	eachMatch(colonyAddressRE(), text, windowsWith(text, digitWins, []string{"colonia", "col.", "fracc", "barrio", "oriente", "poniente", "ote.", "pte."}), func(m []int) {
		if !notColonyStreetFirst[strings.ToLower(text[m[4]:m[5]])] {
			out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
		}
	})
	eachMatch(swahiliAddressRE(), text, windowsWith(text, digitWins, []string{"nyumba", "kiwanja"}), add(Address))
	eachMatch(cnjNumberRE(), text, windowsWith(text, digitWins, []string{"."}), add(ID))
	eachMatch(southAsianLocalityRE(), text, near([]string{"mohall", "muhall", "gali ", "village "}, 8, 120), func(m []int) {
		// Delhi's "Mohalla Clinic", a committee, a children's programme
		// ("Gali Gali Sim Sim") name no lane.
		if !institutionAfterRE().MatchString(text[m[0]:m[1]]) && !strings.HasPrefix(text[m[0]:m[1]], "Gali Gali") {
			put(Address, m)
		}
	})
	eachMatch(estateNamedRE(), text, near([]string{"urbaniza", "urb.", "conjunto", "residencial"}, 8, 120), withParts(estateUnitRE().MatchString))
	eachMatch(campShelterRE(), text, near([]string{"camp"}, 8, 120), add(Address))
	eachMatch(campGridRE(), text, near([]string{"caravan", "tent", "shelter", "container"}, 48, 16), add(Address))
	eachMatch(arabicQuarterRE(), text, near([]string{"hai ", "hay ", "hayy "}, 8, 120), withParts(nil))
	out = append(out, findPuroks(text, near)...)
	eachMatch(slavicAdjectiveStreetRE(), text, windowsWith(text, digitWins, []string{"ska ", "ška ", "čka ", "ćka "}), func(m []int) {
		if !countAfter(text, m[1]) {
			runOn(m)
		}
	})
	eachMatch(germanArticleStreetRE(), text, windowsWith(text, digitWins, []string{" der ", " des ", " am ", " zum ", " zur ", " vom "}), func(m []int) {
		if !countAfter(text, m[1]) { // not "Weg zur Arbeit 30 minutes"
			put(Address, m)
		}
	})
	eachMatch(mailBoxRE(), text, near([]string{"box", "pmb"}, 24, 40), runOn)
	eachMatch(numeroStreetRE(), text, windowsWith(text, digitWins, []string{"n°", "nº", "N°", "Nº"}), runOn)
	eachMatch(shariaStreetRE(), text, near([]string{"sharia", "shari'a", "shari’a", "shareh"}, 8, 60), runOn)
	eachMatch(frenchResidenceRE(), text, near([]string{"résidence", "lotissement", "lieu-dit"}, 0, 80), runOn)
	eachMatch(tahitiAddressRE(), text, near([]string{"servitude", "pk", "bp", "b.p."}, 0, 60), runOn)
	eachMatch(thaiAddressRE(), text, windowsWith(text, digitWins, []string{"soi ", "moo ", "mu "}), func(m []int) {
		if !strings.HasPrefix(text[m[0]:m[1]], "24/7") {
			runOn(m)
		}
	})
	eachMatch(dottedPairsRE(), text, windowsWith(text, digitWins, []string{"."}), func(m []int) {
		coded := text[m[0]] == '('
		if !(m[1] < len(text)-1 && text[m[1]] == '.' && isDigitByte(text[m[1]+1])) && !(m[0] > 0 && text[m[0]-1] == '.') &&
			(coded || phoneWordRE().MatchString(text[max(0, m[0]-60):m[0]])) {
			put(Phone, m)
		}
	})
	eachMatch(barangayRE(), text, near([]string{"brgy", "bgy", "barangay"}, 0, 80), runOn)
	out = append(out, findNordicForms(text, digitWins, near)...)
	eachMatch(albanianStreetRE(), text, near([]string{"rruga", "rr.", "bulevardi", "sheshi"}, 0, 80), func(m []int) {
		if e := addressRunOn(text, m[1]); e > m[1] || digitCount(text[m[0]:m[1]]) > 0 {
			out = append(out, candidate{kind: Address, start: m[0], end: e})
		}
	})
	eachMatch(datedAvenueRE(), text, near([]string{"avenue du", "rue du", "boulevard du", "place du"}, 0, 60), runOn)
	eachMatch(vietAddressRE(), text, near([]string{"số ", "đường ", "phố ", "ngõ ", "ngách ", "hẻm ", "kiệt ", "thôn ", "bản ", "xóm ", "ấp ", "tổ ", "căn ", "xã "}, 8, 120), func(m []int) {
		if e := addressRunOn(text, m[3]); vietAddressSaid(text, m[2], m[3], e) {
			out = append(out, candidate{kind: Address, start: m[2], end: e})
		}
	})
	// "NHI" and "NIE" in capitals: "Nhi" is a Vietnamese given name,
	// "nie" a Polish word.
	eachMatch(nhiRE(), text, near([]string{"nhi"}, 120, 120), func(m []int) {
		if strings.Contains(text[max(0, m[0]-120):min(len(text), m[1]+40)], "NHI") || nhiRightBeforeRE().MatchString(text[max(0, m[0]-24):m[0]]) {
			put(ID, m)
		}
	})
	eachMatch(nieRE(), text, near([]string{"nie"}, 0, 120), func(m []int) {
		if digitCount(text[m[0]:m[1]]) == 7 && strings.Contains(text[max(0, m[0]-120):m[0]], "NIE") {
			put(ID, m)
		}
	})
	eachMatch(germanPhoneRE(), text, windowsWith(text, digitWins, []string{"/"}), func(m []int) {
		if n := digitCount(text[m[0]:m[1]]); n >= 9 && n <= 12 && standsAlone(text, m[0], m[1]) && !timesRE().MatchString(text[m[0]:m[1]]) {
			put(Phone, m)
		}
	})
	eachMatch(frenchPostcodeRE(), text, digitWins, func(m []int) {
		s, e := m[2], m[3]
		if standsAlone(text, s, e) && !countAfter(text, e) && saidAsPlace(text, m[0], e) && !moneyWordsRE().MatchString(text[max(0, s-60):s]) {
			out = append(out, candidate{kind: Address, start: s, end: e})
		}
	})
	return out
}

// findPuroks finds Philippine puroks by their names, and towns' centres,
// with the barangay and town after them.
func findPuroks(text string, near func(words []string, before, after int) []span) []candidate {
	var out []candidate
	eachMatch(purokNamedRE(), text, near([]string{"purok ", "poblacion, "}, 8, 120), func(m []int) {
		// With the barangay or town after it: "Purok Bagong Silang,
		// Mariki", "Poblacion, Sitangkai, Tawi-Tawi 7506"; not a purok's
		// officers or fiesta, nor a list of puroks, and a poblacion only
		// with a town's postcode, not a year or an amount after it.
		e := addressRunOn(text, m[1])
		parts := text[m[1]:e]
		if e == m[1] || strings.Contains(parts, "Purok") || strings.Contains(parts, "Barangay") {
			return
		}
		if purok := strings.HasPrefix(text[m[0]:], "Purok"); purok && !purokNotPlace[strings.ToLower(strings.Fields(text[m[0]:m[1]])[1])] || !purok && townPostcodeRE().MatchString(parts) {
			out = append(out, candidate{kind: Address, start: m[0], end: e})
		}
	})
	return out
}

// purokNamedRE is a Philippine purok (a barangay's zone) by its name, or
// a town's centre, "Poblacion", where an address begins: "Purok
// Mabuhay", "Purok Bagong Silang", "Poblacion".
var purokNamedRE = lazyRE(`\bPurok[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2}|\bPoblacion\b`)

// purokNotPlace follow "Purok" to name its people or its doings, not a
// zone: "Purok Officers", "Purok Fiesta".
var purokNotPlace = setOf(`leader leaders president chairman chair officers officer system meeting meetings assembly watch fiesta clean mothers unity health council hall zero`)

// townPostcodeRE is a town with its postcode of four digits, not a year:
// "Tawi-Tawi 7506".
var townPostcodeRE = lazyRE(`\p{Lu}[\p{L}'’-]*[ \t\x{00A0}]+(?:0\d{3}|1[0-8]\d{2}|2[1-9]\d{2}|[3-9]\d{3})\b`)
