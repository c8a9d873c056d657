package redact

import (
	"slices"
	"strconv"
	"strings"
)

// Addresses, numbers and phones as some countries write them, which the
// forms before do not meet: a Ghanaian digital address with the place or
// landmark said before it ("Zaare, near the borehole, UB-0188-6021"); a
// Philippine sitio or purok with its barangay, and streets at a corner
// ("San Jose Street corner Rizal Street", "Calle Sargento Gauto c/ Fortín
// Boquerón"); a Bangladeshi hamlet by its para, ward, union and post office;
// Russian streets kind first in lower case with the village before them
// ("selo Chirkey, ulitsa Tsentralnaya 30"); Burkinabè grid addresses
// ("secteur 15, rue 15.32, porte 48"); an Argentine postcode with the
// street and flat before it ("Yerbal 2381, 5° B, C1406GLN").

// digitalAddressRE is a GhanaPostGPS address (region letters, district
// and place digits), and before it the place and a landmark it is near, each
// closed by a comma.
var digitalAddressRE = lazyRE(`(?:` + capWord + `,[ \t\x{00A0}]+)?(?:(?:near|behind|opposite|beside|off)[ \t\x{00A0}]+the[ \t\x{00A0}]+(?:\p{L}+[ \t\x{00A0}]+){0,2}\p{L}+,[ \t\x{00A0}]+)?\b[A-Z]{2}-\d{3,4}-\d{4}\b`)

// sitioAloneRE is a sitio without the barangay's word: the barangay and
// the town after it must run on from it, or a postcode end it ("Sitio
// Bocos, Poitan, Banaue 3601"; not "Sitio Oficial, Google").
var sitioAloneRE = lazyRE(`\bSitio[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?`)

// sitioRE is a Philippine sitio, purok or zone, by its name or number, and
// the barangay it belongs to ("Zone 3, Barangay Igang").
var sitioRE = lazyRE(`\b(?:Sitio|Purok|Zone)[ \t\x{00A0}]+(?:` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?|\d{1,2})[ \t\x{00A0}]*,[ \t\x{00A0}]+(?:Barangay|Brgy\.?)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?`)

// streetCornerRE is a street and the one it meets, as the Philippines and
// Paraguay say where a place is: "Velasquez Street corner Tayuman",
// "Calle Sargento Gauto c/ Fortín Boquerón".
var streetCornerRE = lazyRE(`(?:\b(?:Calle|Avenida|Avda\.)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3}[ \t\x{00A0}]+c/|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2}[ \t\x{00A0}]+(?:Street|St\.|Avenue|Ave\.|Road)[ \t\x{00A0}]+corner)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3}`)

// hamletRE is a Bangladeshi address, from the homestead (bari), hamlet
// (para) or holding to the union, upazila or post office and town, its
// parts joined by commas: "Menring Para, Ward 4, Noapatang Union,
// Rowangchhari 4610", "Uzani Para, Rajbila Union, Bandarban Sadar", "Mia
// Bari, Ward No. 4, Magdhara Union". Group 1 is a part's last word where
// the kind is a name's.
var hamletRE = lazyRE(`(?:\bHolding[ \t\x{00A0}]+\d{1,4}|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+(Para|Bazar|Bari)|` + capWord + `,[ \t\x{00A0}]+` + capWord + `[ \t\x{00A0}]+(?:Sadar|Upazila))(?:,[ \t\x{00A0}]+` + hamletPart + `)+`)

// hamletPart is one part of hamletRE after the first.
var hamletPart = `(?:Ward(?:[ \t\x{00A0}]+No\.?)?[ \t\x{00A0}]+\d{1,2}|Post[ \t\x{00A0}]+Office[ \t\x{00A0}]+` + capWord + `|` + capWord + `[ \t\x{00A0}]+(?:Union|Sadar|Upazila|Road|Para)|` + capWord + `[ \t\x{00A0}]+\d{4}\b)`

// russianKindFirstRE is a Russian street said kind first in lower case, with
// the district and village before it or not: "ulitsa Sovetskaya 52",
// "pereulok Shkolny, 4", "Buynaksk district, selo Chirkey, ulitsa
// Tsentralnaya 30".
var russianKindFirstRE = lazyRE(`(?:` + capWord + `[ \t\x{00A0}]+district,[ \t\x{00A0}]+)?(?:\b(?:selo|aul|derevnya|posyolok|stanitsa|khutor)[ \t\x{00A0}]+` + capWord + `,[ \t\x{00A0}]+)?\b(?:[Uu]litsa|[Pp]ereulok|prospekt|proyezd|shosse|naberezhnaya|bulvar|ploshchad|ploshtad|bulevard)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?,?[ \t\x{00A0}]+\d{1,4}[a-z]?\b(?:,[ \t\x{00A0}]+\d{4}[ \t\x{00A0}]+` + capWord + `)?`)

// gridAddressRE is a West African town's grid address, two or more
// numbered parts: "secteur 15, rue 15.32, porte 48", "avenue 16, rue 21".
var gridAddressRE = lazyRE(`\b` + gridPart + `(?:,[ \t\x{00A0}]+` + gridPart + `)+`)

const gridPart = `(?:[Ss]ecteur|[Aa]venue|[Rr]ue|[Pp]orte|[Pp]arcelle|[Ll]ot|[Îî]lot)[ \t\x{00A0}]+\d{1,3}(?:\.\d{1,3})?\b`

// frenchBuildingRE is a street and the building on it, in French: "rue
// Makdissi, immeuble Nasr".
var frenchBuildingRE = lazyRE(`\b(?:rue|Rue|avenue|Avenue)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?,[ \t\x{00A0}]+(?:immeuble|Immeuble|résidence|Résidence|bâtiment|Bâtiment)[ \t\x{00A0}]+` + capWord)

// campRE is a farm camp by its road and kilometre post: "campement
// Kouassikro, route de Buyo, PK 14".
var campRE = lazyRE(`\b[Cc]ampement[ \t\x{00A0}]+` + capWord + `(?:,[ \t\x{00A0}]+route[ \t\x{00A0}]+(?:de|d['’])[ \t\x{00A0}]*` + capWord + `)?,[ \t\x{00A0}]+(?:PK|km)[ \t\x{00A0}]*\d{1,3}\b`)

// argentinePostcodeRE is an Argentine postcode (CPA), with the street and
// number, and the floor and flat, before it.
var argentinePostcodeRE = lazyRE(`(?:` + capWord + `[ \t\x{00A0}]+\d{1,5},[ \t\x{00A0}]+(?:\d{1,2}°[ \t\x{00A0}]*[A-Z],[ \t\x{00A0}]+)?)?\b[A-HJ-NP-Z]\d{4}[A-Z]{3}\b`)

// frenchNumberFirstRE is a French address with the number first, a kind
// of street that is an English word too, and the postcode and town after
// it: "5 place Guichard, 69003 Lyon".
var frenchNumberFirstRE = lazyRE(`\b\d{1,4}(?:[ \t\x{00A0}]?(?:bis|ter))?,?[ \t\x{00A0}]+(?:place|quai|cours|impasse|allée|square|passage|boulevard|chemin)[ \t\x{00A0}]+(?:(?:de|du|des|de[ \t\x{00A0}]+la)[ \t\x{00A0}]+|[dl]['’])?` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2},[ \t\x{00A0}]+\d{5}[ \t\x{00A0}]+` + capWord)

// postBoxTownRE is a West African post box and its town: "BP 412
// Ferkessédougou" (group 1 the town).
var postBoxTownRE = lazyRE(`\bB\.?[ ]?P\.?[ \t\x{00A0}]+\d{1,5}[ \t\x{00A0}]+(` + capWord + `)`)

// routeKilometreRE is a place on a highway by its kilometre: "Ruta
// Transchaco km 538", "Ruta 9 km 12".
var routeKilometreRE = lazyRE(`\b(?:Ruta|Route|Rodovia|Carretera)[ \t\x{00A0}]+(?:\d{1,3}|[A-Z]{2}-\d{2,3}|` + capWord + `)[ \t\x{00A0}]+(?:km|KM|Km)\.?[ \t\x{00A0}]*\d{1,4}\b`)

// indianTailRE is an Indian address of parts joined by commas that ends
// in its town (or the word "PIN") and PIN: "Line No. 4, Bogapani T.E., P.O. Doom Dooma,
// Tinsukia 786151", "Samaguri, P.O. Kamalabari, Majuli 785106".
var indianTailRE = lazyRE(`\b(?:` + indianPart + `,[ \t\x{00A0}]+){1,4}(?:PIN|\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ \t\x{00A0}]+` + capWord + `)?)[ \t\x{00A0}]+\d{3}[ \t\x{00A0}]?\d{3}\b`)

// indianPart is a part of an Indian address: a numbered line, quarter or
// house, a post office, a lane, or a name (of a tea estate, "T.E.").
var indianPart = `(?:(?:Line|Quarter|Qtr\.?|Bungalow|House|Flat|Plot|Holding)[ \t\x{00A0}]+No\.?[ \t\x{00A0}]*[A-Z0-9][A-Z0-9/\-]*|P\.[ ]?O\.[ \t\x{00A0}]*` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2}|Lane[ \t\x{00A0}]+\d{1,3}|` + capWord + `(?:[ \t\x{00A0}]+(?:` + capWord + `|T\.E\.)){0,3})`

// numberedQuarterRE is a home by its numbered line, quarter or bungalow
// and the lane, colony or hill after it: "Bungalow No. 3, Lane 2, Tank
// Hill, Digboi", "Quarter No. B/112, Oil India Colony".
var numberedQuarterRE = lazyRE(`\b(?:Line|Quarter|Qtr\.?|Bungalow)[ \t\x{00A0}]+No\.?[ \t\x{00A0}]*[A-Z0-9][A-Z0-9/\-]*(?:,[ \t\x{00A0}]+(?:Lane[ \t\x{00A0}]+\d{1,3}|` + capWord + `(?:[ \t\x{00A0}]+(?:` + capWord + `|T\.E\.)){0,3})){1,4}`)

// danishFloorRE is a flat as Denmark and Greenland write it, the street
// and number and then the floor and side ("Issortarfimmut 9, st. th.",
// "Qernertunnguit 17, 1. sal", "Qullilerfik 2, lejl. 503"), and a farm by
// its postcode and town ("Tasiusaq farm, 3921 Narsaq").
var danishFloorRE = lazyRE(`\b` + capWord + `[ \t\x{00A0}]+\d{1,3}[A-Za-z]?,[ \t\x{00A0}]+(?:(?:st\.|kld\.)(?:[ \t\x{00A0}]*(?:th\.|tv\.|mf\.))?|\d{1,2}\.[ \t\x{00A0}]*(?:th\.|tv\.|mf\.|sal\b)|lejl\.[ \t\x{00A0}]*\d{1,4}\b)|\b` + capWord + `[ \t\x{00A0}]+farm,[ \t\x{00A0}]+\d{4}[ \t\x{00A0}]+` + capWord)

// campTentRE is a shelter in a camp by its site, block and tent: "site de
// Socoura, bloc C, tente 112", "Sharya camp, sector C, tent 41", "Ashti 2
// camp, caravan 212" (a block and a tent alone may be a joke, "Block C,
// tent 17. Not an address!").
var campTentRE = lazyRE(`\bsite[ \t\x{00A0}]+de[ \t\x{00A0}]+` + capWord + `,[ \t\x{00A0}]+(?:bloc|block|Bloc|Block)[ \t\x{00A0}]+[A-Z0-9]{1,3},[ \t\x{00A0}]+(?:tente|tent|abri|shelter)[ \t\x{00A0}]+\d{1,4}\b|\b` + capWord + `(?:[ \t\x{00A0}]+\d{1,2})?[ \t\x{00A0}]+camp,[ \t\x{00A0}]+(?:(?:sector|block|zone|phase)[ \t\x{00A0}]+[A-Z0-9]{1,3},[ \t\x{00A0}]+)?(?:tent|caravan|shelter|container)[ \t\x{00A0}]+\d{1,4}\b`)

// pastAddressee returns where an address from s to e begins once the
// parts before it that name its addressee are left out: "To Rekha Naik,
// Aquem Baixo, Margao 403601", "Mrs Lakshmi, Kovilpatti 628501".
func pastAddressee(text string, s, e int) int {
	for {
		part, _, ok := strings.Cut(text[s:e], ", ")
		if !ok {
			return s
		}
		first, rest, _ := strings.Cut(part, " ")
		k := fold(strings.TrimSuffix(first, "."))
		initialled := s >= 3 && isUpperASCII(text[s-3]) && text[s-2] == '.' && text[s-1] == ' ' // "S. Kulkarni"
		if !(namesSomeone(part) || initialled || titleWords[k] || functionWords[k] && namesSomeone(rest)) {
			return s
		}
		s += len(part) + 2
	}
}

// townIsWord reports whether the word before an address's last number is
// an English word: a reading ("Fasting 110 120"), not a town.
func townIsWord(s string) bool {
	f := strings.Fields(s)
	k := len(f) - 2
	if k > 0 && strings.Trim(f[k], "0123456789") == "" {
		k-- // the PIN was said in two halves
	}
	if k >= 0 && f[k] == "PIN" {
		return false
	}
	g, err := loadGazetteer()
	return err != nil || k < 0 || g.isWord(fold(strings.TrimSuffix(f[k], ",")))
}

// sixDigitEnds returns where a run of six digits (or three and three)
// ends: the end of an Indian PIN.
func sixDigitEnds(text string) []int {
	var at []int
	for i := 0; i < len(text); i++ {
		if !isDigitByte(text[i]) || i > 0 && isDigitByte(text[i-1]) {
			continue
		}
		e := digitRunEnd(text, i)
		if e-i == 3 && e+1 < len(text) && text[e] == ' ' {
			if e2 := digitRunEnd(text, e+1); e2-e-1 == 3 {
				e = e2
			}
		}
		if d := e - i; d == 6 || d == 7 && text[i+3] == ' ' {
			at = append(at, e)
		}
		i = e
	}
	return at
}

// afterNumber keeps the positions that follow a number (and "bis" or
// "ter", or a comma, after it): "5 place", "12 bis, quai".
func afterNumber(text string, at []int) []int {
	var out []int
	for _, p := range at {
		b := strings.TrimRight(text[max(0, p-8):p], ", ")
		b = strings.TrimSuffix(strings.TrimSuffix(b, "bis"), "ter")
		b = strings.TrimRight(b, " ")
		if b != "" && isDigitByte(b[len(b)-1]) {
			out = append(out, p)
		}
	}
	return out
}

// postcodeEnds reports whether an address ends in a four-digit postcode
// (not a year: "Christmas Bazar, December 2022").
func postcodeEnds(s string) bool {
	last := lastField(s)
	return len(last) == 4 && strings.Trim(last, "0123456789") == "" && !isYear(last)
}

// lastField returns the last word of s.
func lastField(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

// englishUnionOrOffice reports whether a hamletRE match has a union or a
// post office named by an English word: "Mothers Union", "Post Office
// Savings".
func englishUnionOrOffice(s string) bool {
	g, err := loadGazetteer()
	if err != nil {
		return true
	}
	f := strings.Fields(strings.ReplaceAll(s, ",", " "))
	for i, w := range f {
		switch {
		case w == "Union" && i > 0 && g.isWord(fold(f[i-1])):
			return true
		case w == "Office" && i > 0 && f[i-1] == "Post" && i+1 < len(f) && g.isWord(fold(f[i+1])):
			return true
		}
	}
	return false
}

// hospitalWardAfter reports whether a hospital follows an address that
// ends at e: "Ward 7 of the medical college hospital".
func hospitalWardAfter(text string, e int) bool {
	after := strings.ToLower(text[e:min(len(text), e+48)])
	return strings.HasPrefix(after, " of ") || strings.Contains(after, "hospital") || strings.Contains(after, "patients")
}

// boxTown reports whether a postBoxTownRE match is a post box and its
// town: the town a listed place and no given name, and the number none
// a blood pressure reads ("My BP 150 Lisinopril", "BP 160 Kwame").
func boxTown(text string, m []int) bool {
	g, err := loadGazetteer()
	if err != nil {
		return false
	}
	town := fold(text[m[2]:m[3]])
	if !(g.isPlace(town) || g.isTown(town)) || g.name(town) != 0 || g.isWord(town) {
		return false
	}
	f := strings.Fields(text[m[0]:m[2]])
	n, _ := strconv.Atoi(f[len(f)-1])
	return text[m[0]+1] == '.' || n < 40 || n > 260
}

// allEnglish reports whether every word of s but the given kinds is an
// English word.
func allEnglish(s string, kinds ...string) bool {
	g, err := loadGazetteer()
	if err != nil {
		return true
	}
	for _, w := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		if !slices.Contains(kinds, w) && !g.isWord(fold(w)) {
			return false
		}
	}
	return true
}

// cornerIsWord reports whether a streetCornerRE match ends in one word
// after "corner" that is an English word or a day: "High Street corner
// Shop", "Main Street corner Tuesday".
func cornerIsWord(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || f[len(f)-2] != "corner" {
		return false
	}
	return wordOrDay(fold(f[len(f)-1]))
}

// wordOrDay reports whether key is an English word or a day, a month or a
// feast (calendarWords): a word a place's or a person's name is not. The
// lists unread, every key is taken for a word.
func wordOrDay(key string) bool {
	g, err := loadGazetteer()
	return err != nil || g.isWord(key) || calendarWords[key]
}

// findLocalForms finds the forms above, and the numbers and phones of
// findLocalNumbers.
func findLocalForms(text string, digitWins []span) []candidate {
	var out found
	add := out.as(Address)
	eachMatch(digitalAddressRE(), text, windowsAround(text, lettersDash(text), 64, 16), add)
	eachMatch(sitioRE(), text, windowsAround(text, indexAllOf(text, "Sitio ", "Purok ", "Zone "), 0, 80), func(m []int) {
		if !holdsRole(text[m[0]:m[1]]) && !allEnglish(text[m[0]:m[1]], "Sitio", "Purok", "Zone", "Barangay", "Brgy.", "Brgy") {
			out.add(Address, m[0], addressRunOn(text, m[1])) // not "Purok Meeting, Barangay Assembly Day"
		}
	})
	eachMatch(sitioAloneRE(), text, windowsAround(text, indexAllOf(text, "Sitio "), 0, 48), func(m []int) {
		if e := addressRunOn(text, m[1]); e > m[1] && !allEnglish(text[m[0]:m[1]], "Sitio") && (strings.Count(text[m[1]:e], ",") >= 2 || endsInDigits(text[m[0]:e])) {
			out.add(Address, m[0], e) // "Sitio Bocos, Poitan, Banaue 3601"; not the sitio alone
		}
	})
	eachMatch(streetCornerRE(), text, windowsAround(text, indexAllOf(text, " corner ", " c/ "), 48, 48), func(m []int) {
		if !cornerIsWord(text[m[0]:m[1]]) {
			add(m) // not "High Street corner Shop"
		}
	})
	eachMatch(hamletRE(), text, windowsAround(text, indexAllOf(text, " Para,", " Bazar,", " Bari,", "Holding ", " Sadar,", " Upazila,"), 40, 120), func(m []int) {
		if m[2] >= 0 && !postcodeEnds(text[m[0]:m[1]]) {
			if m[0] = hamletStart(text, m); m[0] < 0 {
				return
			}
		}
		if englishUnionOrOffice(text[m[0]:m[1]]) || strings.Contains(text[m[0]:m[1]], "Ward ") && hospitalWardAfter(text, m[1]) || isYear(lastField(text[m[0]:m[1]])) {
			return // "Diwali Bazar, Mothers Union", "Ward 7 of the medical college", "Tokyo Para, London 2012"
		}
		e := addressRunOn(text, m[1])
		if m[2] >= 0 && text[m[2]:m[3]] == "Bari" && (medicalWordRE().MatchString(text[m[1]:e]) || e == m[1] && wardsOnlyRE().MatchString(text[m[3]:m[1]])) {
			return // "Abdul Bari, Ward 5 member", "Policlinico Bari, Ward 7, oncology", "Abdul Bari, Ward 3, Dhaka Medical College": a man or a city's hospital, not a homestead
		}
		out.add(Address, m[0], e) // and the village or union after: "…, Ward No. 7, Purbo Sarikait"
	})
	eachMatch(russianKindFirstRE(), text, windowsAround(text, indexAllOf(text, "litsa ", "ereulok ", "prospekt ", "proyezd ", "shosse ", "naberezhnaya ", "bulvar ", "ploshchad ", "ploshtad ", "bulevard "), 64, 64), func(m []int) {
		if !countAfter(text, m[1]) && !isYear(strings.TrimRight(lastField(text[m[0]:m[1]]), "abcdefghijklmnopqrstuvwxyz")) {
			add(m) // not "bulevard Vitosha 3 times", "ploshtad Nezavisimost 2 years ago"
		}
	})
	eachMatch(gridAddressRE(), text, windowsAround(text, indexAllOf(text, " rue ", "(rue ", "Rue ", "arcelle "), 40, 40), func(m []int) {
		if k := strings.ToLower(text[m[0]:m[1]]); strings.Contains(k, "rue ") || strings.Contains(k, "parcelle ") {
			add(m) // "secteur 4, lot 2 of the trial", "secteur 3, porte 12 de l'hôpital" are none
		}
	})
	eachMatch(frenchBuildingRE(), text, windowsAround(text, indexAllOf(text, "mmeuble ", "ésidence ", "âtiment "), 48, 32), add)
	eachMatch(campRE(), text, windowsAround(text, indexAllOf(text, "ampement "), 0, 64), add)
	eachMatch(argentinePostcodeRE(), text, windowsAround(text, capitalDigits(text), 32, 12), add)
	eachMatch(frenchNumberFirstRE(), text, windowsAround(text, afterNumber(text, indexAllOf(text, " place ", " quai ", " cours ", " impasse ", " allée ", " square ", " passage ", " boulevard ", " chemin ")), 12, 80), add)
	eachMatch(postBoxTownRE(), text, windowsAround(text, indexAllOf(text, "BP ", "B.P. "), 0, 40), func(m []int) {
		if boxTown(text, m) {
			add(m)
		}
	})
	findIndianAndNordicHomes(text, add)
	eachMatch(routeKilometreRE(), text, windowsAround(text, indexAllOf(text, "Ruta ", "Route ", "Rodovia ", "Carretera "), 0, 64), func(m []int) {
		if !countAfter(text, m[1]) && !(strings.HasPrefix(text[m[0]:], "Route ") && !isDigitByte(text[m[0]+6])) {
			add(m) // not "Route 10 km 5 times", "Route Blue km 3"
		}
	})
	return append(out, findLocalNumbers(text, digitWins)...)
}

// findIndianAndNordicHomes finds Indian addresses by their PIN or their
// numbered quarter, Danish and Greenlandic flats and farms, and camps' tents.
func findIndianAndNordicHomes(text string, add func(m []int)) {
	eachMatch(indianTailRE(), text, windowsAround(text, sixDigitEnds(text), 160, 0), func(m []int) {
		if s := pastAddressee(text, m[0], m[1]); indianAddress(text, s, m[1]) {
			add([]int{s, m[1]})
		}
	})
	eachMatch(numberedQuarterRE(), text, windowsAround(text, indexAllOf(text, " No. ", " No "), 16, 120), func(m []int) {
		if e := beforeTrailingWords(text, m[0], m[1]); placeKindIn(text[m[0]:e]) {
			add([]int{m[0], e}) // not "Line No. 4, I think", "Quarter No. 2, April"
		}
	})
	eachMatch(danishFloorRE(), text, windowsAround(text, indexAllOf(text, ", st.", ". sal", "lejl.", ", kld.", " th.", " tv.", " mf.", " farm, "), 48, 24), func(m []int) {
		if danishHome(text, m) {
			add(m)
		}
	})
	eachMatch(campTentRE(), text, windowsAround(text, indexAllOf(text, "site de ", " camp, "), 24, 80), func(m []int) {
		if first, _, _ := strings.Cut(text[m[0]:m[1]], " "); first == "site" || !allEnglish(first) && !countAfter(text, m[1]) {
			add(m) // not "Summer camp, tent 4", "Ward 3 camp, tent 2"
		}
	})
}

// indianAddress reports whether text[s:e], an indianTailRE match without
// its addressee, is an address: one of its parts has an address's word
// (or "PIN" is said), no count follows it, its PIN is no round amount and
// its town no day ("Metformin, Glimepiride, Amlodipine 500 500", "Jorhat,
// Dibrugarh, Tinsukia 150 200 rupees", "Dubai, Qatar 150000" are none).
func indianAddress(text string, s, e int) bool {
	a := text[s:e]
	pin := strings.Contains(a, "PIN")
	digits := strings.ReplaceAll(lastField(a), " ", "")
	if f := strings.Fields(a); len(f) >= 2 && len(f[len(f)-1]) == 3 && len(f[len(f)-2]) == 3 {
		digits = f[len(f)-2] + f[len(f)-1]
		if !pin {
			return false // "150 200": two amounts
		}
	}
	return (pin || indianMarkerRE().MatchString(a)) && !countAfter(text, e) && !strings.HasSuffix(digits, "000") && !townIsWord(a)
}

// indianMarkerRE is a word of an Indian address's parts.
var indianMarkerRE = lazyRE(`\b(?:No\.|P\.[ ]?O\.|T\.E\.|Dist\.|(?:Line|Post|Lane|Road|Colony|Ward|District|Path|Village|Nagar|Sector|Gaon|Para|Ali|Camp|Estate|Bazar|Bazaar|Chowk|Marg)\b)`)

// placeKindIn reports whether s has a part of a place's kind: a
// numbered lane, a colony, a hill, a tea estate.
func placeKindIn(s string) bool {
	return placeKindRE().MatchString(s)
}

var placeKindRE = lazyRE(`\b(?:T\.E\.|(?:Lane[ ]\d+|Colony|Hill|Road|Estate|Nagar|Lines|Camp|Bazar|Para|Garden|Gardens|Quarters|Township|Complex)\b)`)

// beforeTrailingWords returns where a run of parts from s to e ends once
// trailing parts that are a pronoun, a day or a month, a title or a
// person are left out: "Bungalow No. 3, Lane 2, Tank Hill, Mohan".
func beforeTrailingWords(text string, s, e int) int {
	for {
		i := strings.LastIndex(text[s:e], ", ")
		if i < 0 {
			return e
		}
		part := text[s+i+2 : e]
		first, _, _ := strings.Cut(part, " ")
		k := fold(first)
		if !(functionWords[k] || calendarWords[k] || titleWords[k] || namesSomeone(part)) {
			return e
		}
		e = s + i
	}
}

// danishHome reports whether a danishFloorRE match is a flat or a farm:
// its street no room, ward, chapter or list of a building or a text
// ("Afsnit 7, 2. sal", "Kapitel 3, 2. sal", "Lista 2, 1. sal, 2. azúcar"),
// and a farm's postcode no year ("Jensen farm, 2019 October").
func danishHome(text string, m []int) bool {
	first, _, _ := strings.Cut(text[m[0]:m[1]], " ")
	k := fold(first)
	if nordicRooms[k] {
		return false
	}
	if g, err := loadGazetteer(); err != nil || g.isWord(k) {
		return false
	}
	if f := strings.Fields(text[m[0]:m[1]]); slices.Contains(f, "farm,") {
		return !isYear(f[len(f)-2])
	}
	return !numberedListAfterRE().MatchString(text[m[1]:min(len(text), m[1]+8)])
}

// nordicRooms are the parts of buildings and texts that Danish and its
// neighbours number as a street is: "Afsnit 7", "Stue 4", "Kapitel 3".
var nordicRooms = setOf(`afsnit afdeling sengeafsnit stue bygning lokale etage plan klasse kapitel side hold floj blok lista dieta session rom romnr avdelning`)

// numberedListAfterRE is a list going on after a numbered point: ", 2.".
var numberedListAfterRE = lazyRE(`^,?[ \t]*\d{1,2}\.`)

// barangayRoles are the offices of a purok or barangay: "the Purok Leader,
// Barangay Captain Santos" is no address.
var barangayRoles = setOf(`leader captain chairman chairwoman president kagawad councilor councillor secretary treasurer official officials hall office health worker workers council tanod`)

// holdsRole reports whether s has a word of barangayRoles.
func holdsRole(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\u00a0' }) {
		if barangayRoles[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// hamletStart returns where a hamletRE match that begins with a named
// para or bazar begins its name, past a capitalised English word before
// it ("Write Ghilachari Para"), or -1 when the name is English words ("Fish
// Bazar" is a market).
func hamletStart(text string, m []int) int {
	g, err := loadGazetteer()
	if err != nil {
		return -1
	}
	start := m[0]
	for _, w := range strings.Fields(text[m[0]:m[2]]) {
		if !g.isWord(fold(w)) {
			return start
		}
		start = strings.Index(text[start:], w) + start + len(w)
		for start < m[2] && isSpaceByte(text[start]) {
			start++
		}
	}
	return -1
}

// lettersDash returns where two capital letters and a dash stand before a
// digit: the start of a digital address.
func lettersDash(text string) []int {
	var at []int
	for i := 2; i+1 < len(text); i++ {
		if text[i] == '-' && isDigitByte(text[i+1]) && isUpperASCII(text[i-1]) && isUpperASCII(text[i-2]) {
			at = append(at, i-2)
		}
	}
	return at
}

// capitalDigits returns where a capital letter stands just before four
// digits: the start of an Argentine postcode.
func capitalDigits(text string) []int {
	var at []int
	for i := 0; i+4 < len(text); i++ {
		if isUpperASCII(text[i]) && isDigitByte(text[i+1]) && isDigitByte(text[i+4]) {
			at = append(at, i)
		}
	}
	return at
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// nationalGroupsRE is a number a scheme writes in groups of four letters
// and digits after its name: "NIN 3MW7 X90B".
var nationalGroupsRE = lazyRE(`\b\p{Lu}{2,5}[ \t\x{00A0}]+((?:[A-Z0-9]{4}[ \t\x{00A0}]){1,2}[A-Z0-9]{4})\b`)

// numberedPaperRE is a document's number after its name: a birth
// certificate's series ("series V No. 4417820"), a personnel number ("tab.
// No. 44817"), a court case ("Case No. 214/2023"), a Spanish certificate
// ("acta de defunción 04-2208-113").
var numberedPaperRE = lazyRE(`\b(?:[Ss]eries[ \t\x{00A0}]+\p{Lu}{1,3}[ \t\x{00A0}]+No\.?[ \t\x{00A0}]*\d{6,7}|tab\.[ \t\x{00A0}]+No\.?[ \t\x{00A0}]*\d{3,7}|Case[ \t\x{00A0}]+No\.?[ \t\x{00A0}]*\d{1,6}/\d{2,4}|(?:acta|partida|certificado)[ \t\x{00A0}]+de[ \t\x{00A0}]+\p{L}+[ \t\x{00A0}]+\d{2,4}(?:-\d{2,6}){1,3})\b`)

// lettersAroundDigitsRE is a code of letters, digits and letters: a
// worker's or member's number ("EMP-0417-SWG").
var lettersAroundDigitsRE = lazyRE(`\b[A-Z]{2,5}-\d{3,6}-[A-Z]{2,5}\b`)

// russianLandlineRE is a Russian number dialled from afar, the trunk
// prefix 8, the district's code and the local number in pairs: "8 87240
// 4-12-77".
var russianLandlineRE = lazyRE(`\b8[ \t\x{00A0}]+\d{4,5}[ \t\x{00A0}]+\d{1,3}-\d{2}-\d{2}\b`)

// slashedLabNumberRE is a hospital's or laboratory's number, its letters
// and a number in two parts: "LMQ 55/2104", "KoGH 22/7781" (group 1 the
// letters, group 2 the number after the slash).
var slashedLabNumberRE = lazyRE(`\b(\p{Lu}[\p{Lu}\p{Ll}]{1,4})[ \t\x{00A0}]+\d{1,4}/(\d{4,6})\b`)

// voterCardRE is a number of a letter and three groups of digits: "V 0123
// 4567 89".
var voterCardRE = lazyRE(`\b[A-Z][ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{4}[ \t\x{00A0}]\d{2}\b`)

// danishNumberRE is a Danish paper's number after its short name (group 1;
// "stuenr.", a room, and "batchnr.", a batch, are none): a case,
// a pupil, a waiting list ("sagsnr. 2024-017745", "elevnr. 40218",
// "ventelistenr. 7741093"), a hunter's licence ("fangerbevis nr.
// 3911-0288"), a Greenlandic personal number ("p-tal 150690-142"), a bank
// account ("reg. 6471 konto 1203 5587 41").
var danishNumberRE = lazyRE(`(?:^|[^\p{L}])((?:(?:sags|elev|venteliste|journal|patient|medlems|kunde|cpr|person|konto|kort|pas|sygesikrings|klient|borger)nr\.[ \t\x{00A0}]*\d[\d\-]{2,12}(?:[ ]\d{3})?|fangerbevis(?:[ \t\x{00A0}]+nr\.?)?[ \t\x{00A0}]+\d{4}-\d{4}|p-tal[ \t\x{00A0}]+\d{6}-\d{3,4}|reg\.?[ \t\x{00A0}]+\d{4}[ \t\x{00A0}]+konto(?:[ \t\x{00A0}]+nr\.?)?[ \t\x{00A0}]+\d{4}(?:[ ]?\d{2,4}){1,3})\b)`)

// voterNumberRE is a French-speaking country's voter or identity card and
// its number: "carte d'électeur 11 42 0098 7761".
var voterNumberRE = lazyRE(`\bcarte[ \t\x{00A0}]+d['’](?:électeur|electeur|identité|identite)[ \t\x{00A0}]+(?:n°[ \t\x{00A0}]*)?\d[\d ]{5,18}\d\b`)

// cardNumber reports whether a voterNumberRE match is a card's number:
// eight digits or more, no group of "000", no count after it and no two
// years ("carte d'identité 150 000 francs", "carte d'électeur 2015 2020").
func cardNumber(text string, m []int) bool {
	f := strings.Fields(text[m[0]:m[1]])
	var groups []string
	for _, w := range f {
		if strings.Trim(w, "0123456789") == "" {
			groups = append(groups, w)
		}
	}
	n := len(strings.Join(groups, ""))
	years := len(groups) == 2 && isYear(groups[0]) && isYear(groups[1])
	return n >= 8 && !slices.Contains(groups, "000") && !years && !countAfter(text, m[1])
}

// trunkMobileRE is an Indian mobile number dialled with the trunk 0:
// "0 94354 81127".
var trunkMobileRE = lazyRE(`\b0[ \t\x{00A0}][6-9]\d{4}[ \t\x{00A0}]\d{5}\b`)

// findLocalNumbers finds the IDs and phones above.
func findLocalNumbers(text string, digits []span) []candidate {
	var out found
	eachMatch(nationalGroupsRE(), text, digits, func(m []int) {
		if groupsMixed(text[m[2]:m[3]]) && !notIDPrefixes[strings.Fields(text[m[0]:m[2]])[0]] && groupsCueBefore(text, m[0]) {
			out.add(ID, m[0], m[1])
		}
	})
	eachMatch(numberedPaperRE(), text, windowsAround(text, indexAllOf(text, " series ", "Series ", "tab. ", "Case No", "acta de ", "partida de ", "certificado de "), 0, 64), func(m []int) {
		if paperNumbered(text[m[0]:m[1]]) {
			out.add(ID, m[0], m[1])
		}
	})
	eachMatch(lettersAroundDigitsRE(), text, digits, func(m []int) {
		if p := strings.Split(text[m[0]:m[1]], "-"); len(p[1]) >= 4 && !isYear(p[1]) && !releaseSuffixes[p[2]] && !standardPrefixes[p[0]] {
			out.add(ID, m[0], m[1]) // not "WHO-2021-TB", "MET-500-XR", "ISO-9001-QMS"
		}
	})
	eachMatch(slashedLabNumberRE(), text, digits, func(m []int) {
		letters, after := text[m[2]:m[3]], text[m[4]:m[5]]
		if capitals(letters) >= 2 && !isYear(after) && !notIDPrefixes[letters] && strings.Trim(after[1:], "0") != "" &&
			!currencyCodes[strings.ToUpper(letters)] && !rateAbbreviations[strings.ToUpper(letters)] {
			out.add(ID, m[0], m[1]) // not "COVID 19/2020", "IMR 45/1000", "KSh 200/1500"
		}
	})
	eachMatch(voterCardRE(), text, digits, func(m []int) {
		out.add(ID, m[0], m[1])
	})
	eachMatch(danishNumberRE(), text, windowsAround(text, indexAllOf(text, "nr.", "p-tal", "fangerbevis", "konto"), 40, 40), func(m []int) {
		out.add(ID, m[2], m[3])
	})
	eachMatch(voterNumberRE(), text, windowsAround(text, indexAllOf(text, "carte d"), 0, 64), func(m []int) {
		if cardNumber(text, m) {
			out.add(ID, m[0], m[1])
		}
	})
	eachMatch(trunkMobileRE(), text, digits, func(m []int) {
		out.add(Phone, m[0], m[1])
	})
	eachMatch(russianLandlineRE(), text, digits, func(m []int) {
		out.add(Phone, m[0], m[1])
	})
	return out
}

// releaseSuffixes end a medicine's or a station's name, not a number's:
// "MET-500-XR", "JOY-997-FM".
var releaseSuffixes = setOf(`XR SR ER CR MR LA HFA FM AM PM DR XL`)

// standardPrefixes begin a standard's name: "ISO-9001-QMS".
var standardPrefixes = setOf(`ISO IEC EN BS DIN ANSI IEEE ASTM GOST SAE IPC RAL`)

// rateAbbreviations are rates and measures said over a number ("IMR
// 45/1000"), and currencies the list of codes spells otherwise.
var rateAbbreviations = setOf(`IMR NMR MMR TFR CBR CDR HIV TB FEV PEF CD KSH TSH USH`)

// unitGroup is a group of groupsMixed that is a dose, a weight or an
// ordinal: "60MG", "12TH".
var unitGroupRE = lazyRE(`^\d+(?:MG|ML|KG|MCG|UG|TH|ST|ND|RD|HR|MM|CM|GB|MB)$`)

// groupsCueBefore reports whether a number is said as one just before at:
// "the number is", "mine is", "her national ID,".
func groupsCueBefore(text string, at int) bool {
	return groupsCueRE().MatchString(text[max(0, at-40):at])
}

var groupsCueRE = lazyRE(`(?i)\b(?:number|no\.?|id|card|national|identity|is|mine|hers|his|was)\b[^.!?]{0,24}$`)

// paperNumbered reports whether a numberedPaperRE match is a paper's
// number: a personnel number of five digits or more (not "tab. No. 100"
// of tablets), a case numbered by its year ("Case No. 214/2023", not a
// score "Case No. 7/10"), a certificate of birth, death or marriage whose
// number is no year or date.
func paperNumbered(s string) bool {
	f := strings.Fields(s)
	last := f[len(f)-1]
	switch {
	case strings.HasPrefix(s, "tab."):
		return len(last) >= 5
	case strings.HasPrefix(s, "Case"):
		p := strings.Split(last, "/")
		return len(p) == 2 && isYear(p[1])
	case strings.HasPrefix(s, "acta") || strings.HasPrefix(s, "partida") || strings.HasPrefix(s, "certificado"):
		return paperKinds[fold(f[2])] && !isYear(strings.Split(last, "-")[0])
	}
	return true
}

// paperKinds are the civil papers whose number is an identifier.
var paperKinds = setOf(`nacimiento defuncion matrimonio bautismo nacido residencia`)

// groupsMixed reports whether every group of a nationalGroupsRE number has
// a digit and some group a letter: "3MW7 X90B", not "2024 2025" or "WORD".
func groupsMixed(s string) bool {
	letter := false
	for _, g := range strings.Fields(s) {
		if !strings.ContainsAny(g, "0123456789") || unitGroupRE().MatchString(g) {
			return false
		}
		letter = letter || strings.ContainsFunc(g, func(r rune) bool { return r >= 'A' && r <= 'Z' })
	}
	return letter
}

// capitals counts the ASCII capital letters of s.
func capitals(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isUpperASCII(s[i]) {
			n++
		}
	}
	return n
}

// yCornerRE is a corner given by its two streets joined by "y", as
// Ecuador and Bolivia give an address (streetCornerRE joins them by
// "corner" or "c/"): "calle Soasti y 10 de Agosto", "Calle Juan
// León Mera y Olmedo", "calle Juan de la Cruz y Guamote".
var yCornerRE = lazyRE(`\b(?:[Cc]alle|[Aa]venida|Av\.)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+(?:(?:de|del|la|los|las)[ \t\x{00A0}]+){0,2}` + capWord + `){0,3}[ \t\x{00A0}]+y[ \t\x{00A0}]+(?:\d{1,2}[ \t\x{00A0}]+de[ \t\x{00A0}]+\p{Lu}\p{Ll}+|` + capWord + `(?:[ \t\x{00A0}]+(?:(?:de|del|la)[ \t\x{00A0}]+)?` + capWord + `){0,2})`)

// findYCorners finds corners of two named streets joined by "y" whose
// clause ends with them.
func findYCorners(text string) []candidate {
	var out []candidate
	eachMatch(yCornerRE(), text, windowsAround(text, indexAllOf(text, " y "), 80, 40), func(m []int) {
		if houseNumberGoesOn(text, m[1]) || clauseEnds(text, m[1]) {
			out = append(out, candidate{kind: Address, start: placeBefore(text, m[0]), end: addressRunOn(text, m[1])})
		}
	})
	return out
}

// endsInDigits reports whether s ends in a digit: a postcode.
func endsInDigits(s string) bool {
	return s != "" && isDigitByte(s[len(s)-1])
}

// wardsOnlyRE is what follows a homestead's "Bari" when it is wards alone.
var wardsOnlyRE = lazyRE(`^(?:,[ \t\x{00A0}]+Ward(?:[ \t\x{00A0}]+No\.?)?[ \t\x{00A0}]+\d{1,2})+$`)

// medicalWordRE is a word of a hospital's, in a part after a ward.
var medicalWordRE = lazyRE(`\b(?i:medical|college|hospital|clinic|unit|surgery|surgical|medicine)\b`)
