package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Streets said the way other countries write them, beyond the forms of
// widen.go: a house number followed by more of the sentence ("Avenida
// Brasil 2340 last year", "Kirkegata 14 in Tromsø"), a street whose kind
// is glued to its name or stands before it, named without a number after
// "on" or "in" ("on Gudrunstraße", "on rue de la Sous-Préfecture"), and
// numbered roads ("1142 Route 12", "Carr. 111 Km 9.4").

// houseNumberGoesOn reports whether a house number that ends a street
// named kind first or glued to its kind ends at e: where houseNumberEnds
// says so, or where a preposition of place or time goes on ("in Tromsø",
// "last year", "since 2019"), or "and"/"with" and a new clause or a
// person ("and the pharmacy", "with my sister"), or "for" after a number
// set off by a comma ("Rua Voluntários da Pátria, 3480 for forty years"),
// or "to" and another place or someone's home ("to Perumahan…", "to my
// mother's"); not "2 and a half hours" or "Hwy 1 for hours", which go on with a
// count. Such a street is an address whatever follows; an English street
// ("Elm Street 5 minutes") is not judged by this.
func houseNumberGoesOn(text string, e int) bool {
	if houseNumberEnds(text, e) {
		return true
	}
	rest := text[e:]
	if rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return false
	}
	word, more, _ := strings.Cut(strings.TrimLeft(rest, " \t\u00a0"), " ")
	if word == "to" {
		// "from Jalan Pramuka No. 12 to Perumahan…", "from Təbriz küçəsi
		// 8 to my mother's": another place; not "12 to 14", a range, nor
		// "Route 8 to the coast", a road's number.
		r, _ := utf8.DecodeRuneInString(more)
		next, _, _ := strings.Cut(more, " ")
		return unicode.IsUpper(r) || placeDeterminers[strings.ToLower(next)] && homeAfter(more) && !roadNumberBefore(text, e)
	}
	if word == "and" || word == "with" {
		// "53 and the pharmacy", "12 with my sister"; not "2 and a half
		// hours", "2 and sometimes 3 times".
		next, _, _ := strings.Cut(more, " ")
		next = strings.ToLower(strings.TrimRight(next, ",.;:!?"))
		// "on Mtaa wa Lumumba and said": a person goes on doing something.
		return clauseStarts[next] || word == "and" && personVerbs[next] && next != "and"
	}
	if word == "for" {
		// "Rua Voluntários da Pátria, 3480 for forty years": a house
		// number after a comma; not "on Hwy 1 for hours".
		i := numberStart(text, e)
		return i < e && strings.HasSuffix(text[:i], ", ")
	}
	if clauseWhenWords[word] {
		// "Pasaje Tehuelches 1570 when the wind…"; not "I was in Calle 50
		// when the shooting happened", a street of a grid town by its
		// number alone.
		return namedBeforeNumber(text, e)
	}
	return afterHouseNumber[word]
}

// clauseWhenWords may follow a house number and begin a clause of when
// or where.
var clauseWhenWords = setOf(`when whenever while where`)

// namedBeforeNumber reports whether the word before the number that ends
// at e is a capitalised name, not a street's kind ("Tehuelches 1570", not
// "Calle 50").
func namedBeforeNumber(text string, e int) bool {
	w := strings.TrimRight(wordBeforeNumber(text, e, 24), ",")
	return w != "" && isCapitalised(w) && !slices.Contains(prefixStreetWords, strings.ToLower(w)) && !gridKindWords[strings.ToLower(w)]
}

// numberStart returns where the digits that end at e begin.
func numberStart(text string, e int) int {
	i := e
	for i > 0 && isDigitByte(text[i-1]) {
		i--
	}
	return i
}

// wordBeforeNumber returns the word said before the digits that end at e,
// looking back reach bytes at most, or "".
func wordBeforeNumber(text string, e, reach int) string {
	i := numberStart(text, e)
	f := strings.Fields(text[max(0, i-reach):i])
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// gridKindWords are the kinds of the streets of grid towns, named by
// their number.
var gridKindWords = setOf(`carrera calle avenida avenue street road diagonal transversal`)

// placeDeterminers begin, after "to", the place someone went to next.
var placeDeterminers = setOf(`the my her his their our your`)

// homeAfter reports whether the words after "to" and its determiner name
// a home: someone's ("my mother's", "her sister's flat") or a dwelling
// ("the new flat"); not "to the end", "to the day he died", "to the
// window bed" (a ward named after a place, and its bed).
func homeAfter(words string) bool {
	f := strings.Fields(words)
	for _, w := range f[min(1, len(f)):min(4, len(f))] {
		w = strings.ToLower(strings.TrimRight(w, ",.;:!?"))
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || homeNouns[w] {
			return true
		}
	}
	return false
}

// homeNouns are the places people live in.
var homeNouns = setOf(`house flat home place apartment bungalow cottage caravan hostel shelter`)

// roadNumberBefore reports whether the number ending at e numbers a road
// or a route, not a house: "Route 8", "Hwy 1", "Km 9", "Autopista 9".
func roadNumberBefore(text string, e int) bool {
	w := strings.ToLower(strings.TrimRight(wordBeforeNumber(text, e, 16), "."))
	return w != "" && (slices.Contains(numberedRoadWords, w) || roadWordsBeforeNumber[w])
}

// roadWordsBeforeNumber name roads by their number, as numberedRoadWords
// do, in other languages.
var roadWordsBeforeNumber = setOf(`ruta autopista autovía autovia autoroute autostrada interstate`)

// clauseStarts are words that, after "and" or "with", begin what the
// sentence goes on with rather than a count.
var clauseStarts = setOf(`the my her his their our your we i she he they it i'm i’m we're we’re they're they’re she's she’s he's he’s it's it’s i've i’ve we've we’ve`)

// afterHouseNumber are words that may follow a house number and begin
// the rest of the sentence.
var afterHouseNumber = setOf(`every in at on up near by behind opposite next beside last this since until till before after instead casi esquina entre`)

// gluedStreetRE is a street whose kind is glued to its name, named after
// "on", "in" or "along", with or without its number and a word before
// it: "on Gudrunstraße", "in der Lindengasse", "on Große Kirchgasse 16",
// "on the Möllner Landstraße" (not after "to": "referred to
// Vandersteeg").
var gluedStreetRE = lazyRE(`\b(?:[Oo]n|[Ii]n|off|along|onto|auf|an|in[ \t\x{00A0}]+der|an[ \t\x{00A0}]+der|auf[ \t\x{00A0}]+der)(?:[ \t\x{00A0}]+the)?[ \t\x{00A0}]+((?:\p{Lu}\p{L}+[ \t\x{00A0}]+)?(?:\p{Lu}\p{L}{2,}(?:-d[oō]ori|-d[oō]ri|-daero|-ro|-gil|straße|strasse|gasse|allee|damm|chaussee|stræti|gatan|gata|stråket|gränd|gränden|torget|vägen|veien|straat|weg|laan|dijk|dijkje|lei|dreef|plein|kade|gracht|singel|steenweg|sebaan|katu|utca)|(?:\p{Lu}\p{L}+-)+(?:Straße|Strasse|Gasse))(?:[ \t\x{00A0}]+\d{1,4}[a-z]?\b)?)`)

// gluedStreetWords are what gluedStreetRE looks for, lower case.
var gluedStreetWords = []string{"-dori", "-dōri", "-doori", "-dōori", "-daero", "-ro", "-gil", "straße", "strasse", "gasse", "allee", "damm", "chaussee", "stråket", "gränd", "torget", "stræti", "gatan", "gata", "weg", "laan", "vägen", "veien", "straat", "dijk", "lei", "dreef", "plein", "kade", "gracht", "singel", "steenweg", "sebaan", "katu", "utca"}

// dutchStreetKinds end the names of Dutch and Flemish streets, and of
// Dutch towns and regions as often.
var dutchStreetKinds = []string{"dijk", "dijkje", "lei", "dreef", "plein", "kade", "gracht", "singel"}

// inDutchTown reports whether a name ending as a Dutch or Flemish street's
// kind, said without a number after a bare "in", is more likely a town or
// a region: "in Kralendijk", "in Jonglei" (a street is "on the Pleinweg").
func inDutchTown(cue, name string) bool {
	if c := strings.ToLower(strings.TrimSpace(cue)); c != "in" {
		return false
	}
	for _, k := range dutchStreetKinds {
		if strings.HasSuffix(name, k) {
			return true
		}
	}
	return false
}

// cuedKindFirstRE is a street named kind first, in lower or upper case,
// without a number, after "on", "in", "off", "along", "near", "is" or
// "of" (after "the" only in lower case, "on the rue de l'Alzette":
// capitalised, it names a town's main street as a place, "on the Avenida
// Norte"; not "at", before a shop's name: "at Plaza Pharmacy"; not
// squares, which are places: "in Piazza Navona"; a quay after "the" in
// capitals, moored on, "on the Quai Antoine"), with a French ordinal for
// a number or not ("Quai Albert 1er"): "on rue de la
// Sous-Préfecture", "near Avenue des FAR", or after a comma when a place
// is being given ("the parish room, rue de l'Abbé-Martin"; group 1 is the
// comma); a Swahili street, "on Mtaa wa Lumumba"; a Hebrew one, "on
// Rehov HaShikma". Its clause must end
// after it. ("via" stands for the Italian street only with a number, see
// numberedKindFirstRE: "via London" is a route.)
var cuedKindFirstRE = lazyRE(`(?:\b(?:on|off|along|in|near|is|of)(?:[ \t\x{00A0}]+the)?|(,)|[.!?—–])[ \t\x{00A0}]+((?:[Rr]ue|[Qq]uai|[Cc]haussée|[Aa]venue|[Cc]hemin|[Aa]venida|[Cc]alle|[Rr]ua|[Cc]arrer|[Cc]orso|[Vv]iale|[Ii]mpasse|[Aa]llée|[Tt]riq|[Jj]alan|[Jj]l\.|[Uu]lica|[Uu]litsa|[Vv]ulytsia|[Rr]ruga|[Ss]okak|[Cc]alea|[Ss]trada|[Dd]erb|[Șș]oseaua|[Ss]oseaua|[Bb]ulevardul|[Bb]d\.|[Aa]leea|[Ss]plaiul|[Ii]ntrarea|[Pp]asaje|[Tt]ravessa|[Tt]ravesía|[Cc]allejón|[Cc]amino|[Aa]vinguda|[Ee]strada|[Mm]taa|[Kk]hiaban-e|[Kk]ucheh?-ye|[Rr]ehov)[ \t\x{00A0}]+(?:(?:` + streetParticle + `)[ \t\x{00A0}]+|[dl]['’]|wa[ \t\x{00A0}]+)*` + capWord + `(?:[ \t\x{00A0}]+(?:(?:` + streetParticle + `)[ \t\x{00A0}]+)?` + capWord + `){0,2}(?:,?[ \t\x{00A0}]+(?:(?i:nr|no|n)\.[ \t\x{00A0}]?|n[°º][ \t\x{00A0}]?)?(?:\d{1,2}(?:er|re)|\d{1,4}[A-Za-z]?(?:/\d{1,3})?)\b)?)`)

// cuedKindWords are the kinds cuedKindFirstRE looks for, lower case.
var cuedKindWords = []string{"mtaa ", "rue ", "quai ", "chaussée ", "avenue ", "chemin ", "avenida ", "calle ", "rua ", "carrer ", "corso ", "viale ", "impasse ", "allée ", "triq ", "jalan ", "jl. ", "ulica ", "ulitsa ", "vulytsia ", "rruga ", "sokak ", "calea ", "strada ", "derb ", "oseaua ", "bulevardul ", "bd. ", "aleea ", "splaiul ", "intrarea ", "pasaje ", "travessa ", "travesía ", "callejón ", "camino ", "avinguda ", "estrada ", "khiaban-e ", "kucheh-ye ", "kuche-ye ", "rehov "}

// cuedNameKindRE is a street named before its kind, as a word of its own,
// without a number, after a word that puts someone on it: "on Pikk
// tänav", "along Islom Xo'ja ko'chasi", "from Knooper Weg" (after "from"
// a kind of another language only), an English kind in lower case
// ("on Ruska street"), or a path, crescent or terrace ("on Hung Tin
// Path", "at Kacharigaon Path"; not a drive or a lane: "on Google
// Drive", "down Memory Lane"), a Bhutanese road ("on Norzin Lam"),
// or a German street whose kind stands apart, "the" before it or not
// ("on the Große Straße", "in the Apenrader Straße"; group 1 is "the").
// Its clause must end after it.
var cuedNameKindRE = lazyRE(`\b(?:on|off|along|onto|in|from|at|near)[ \t\x{00A0}]+(the[ \t\x{00A0}]+)?((?:\p{Lu}\p{L}+(?:[-'’]\p{L}+)*[ \t\x{00A0}]+){1,3}(?:(?i:` + nameKinds + `)|street|road|avenue|Path|Crescent|Terrace|Lam|` + germanKindsApart + `))`)

// germanKindsApart are the kinds of German streets that may stand as a
// word of their own after the name ("Große Straße").
const germanKindsApart = `Straße|Strasse|Gasse|Allee|Chaussee`

// germanKindApartRE is such a kind ending a street's name.
var germanKindApartRE = lazyRE(`[ \t\x{00A0}](?:` + germanKindsApart + `)$`)

// englishStreetKind reports whether a street's name ends in an English
// kind of street, or in an English word that is a kind elsewhere ("Golf
// Tee", the Estonian "tee"; "Prospect", the Russian "prospekt" written
// in English).
func englishStreetKind(name string) bool {
	switch strings.ToLower(lastField(name)) {
	case "street", "road", "avenue", "path", "crescent", "terrace", "tee", "prospect":
		return true
	}
	return false
}

// plainEnglishKind reports whether a street's name ends in an English
// kind that also names a place or a way to it (a road, a crescent), which
// "at" or "near" do not make an address.
func plainEnglishKind(name string) bool {
	switch strings.ToLower(lastField(name)) {
	case "path", "tee", "prospect":
		return false
	}
	return englishStreetKind(name)
}

// germanTitleStarts, articles and possessives, begin a title rather than
// a street: "Der Weg", "Mein Weg".
var germanTitleStarts = setOf(`der die das den dem ein eine mein dein sein unser kein`)

// manzanaLoteRE is a Peruvian house by its block's letter and its lot:
// "Mz. F Lt. 12", "Mz. B Lote 7"; or a Brazilian one by its block
// ("quadra") and its house or lot, where the street has no name: "Quadra
// C, casa 7", "Qd. 12 Lt. 5"; or a Highland croft by its number and its
// township after it, "Croft 6, Cleadale" (not "Dr Croft 3 times", "Lara
// Croft 2 hours": after a family's name a number is no croft's). Group 1,
// only a croft's, ends before its township, which addressRunOn takes.
var manzanaLoteRE = lazyRE(`\b(Croft[ \t\x{00A0}]+\d{1,3}[A-Z]?),[ \t\x{00A0}]+\p{Lu}\p{Ll}|\bMz\.?[ \t\x{00A0}]?[A-Z]\d?[ \t\x{00A0},]+(?:Lt\.?|Lote)[ \t\x{00A0}]?\d{1,3}\b|\b(?:Quadra|Qd\.)[ \t\x{00A0}]?(?:[A-Z]|\d{1,3}[A-Z]?)[ \t\x{00A0}]*,?[ \t\x{00A0}]+(?:[Cc]asa|[Ll]ote|Lt\.)[ \t\x{00A0}]?\d{1,3}[A-Z]?\b`)

// argentineCPARE is an Argentine postcode in full, the province's letter,
// four digits and three letters ("M5501ACD"): nothing else is written so.
var argentineCPARE = lazyRE(`\b[A-HJ-NP-Z]\d{4}[A-Z]{3}\b`)

// azerbaijaniPostcodeWords are what azerbaijaniPostcodeRE looks for,
// lower case.
var azerbaijaniPostcodeWords = []string{"az"}

// azerbaijaniPostcodeRE is an Azerbaijani postcode, "AZ" and four digits
// ("AZ7000", "AZ 1001"), with the town or street said after it ("AZ 2000,
// Gəncə").
var azerbaijaniPostcodeRE = lazyRE(`\bAZ[ \x{00A0}]?\d{4}\b`)

// findAzerbaijaniPostcodes finds Azerbaijani postcodes with their town
// or street after them; not a state and a year ("Phoenix, AZ 2019"), a
// flight ("AZ 1041") or a batch.
func findAzerbaijaniPostcodes(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(azerbaijaniPostcodeRE(), text, windowsWith(text, digitWins, azerbaijaniPostcodeWords), func(m []int) {
		if e := addressRunOn(text, m[1]); e > m[1] && !flightBeforeRE().MatchString(text[max(0, m[0]-24):m[0]]) {
			out = append(out, candidate{kind: Address, start: m[0], end: e})
		}
	})
	return out
}

// flightBeforeRE is a flight or an airline just before a code.
var flightBeforeRE = lazyRE(`(?i)\b(?:flights?|flew|fly|flying|airline|alitalia|ita|boarding)\b[^.!?;]*$`)

// slavicStreetRE is a street named kind first as South Slavic addresses
// are, its name's words in either case, then its number: "Bulevar
// oslobođenja 45", "Ulica Narodnog fronta 23", "Trg slobode 4", with
// the kind abbreviated or in another language and the number marked
// ("ul. Partizanski odredi br. 72", "bul. Ilinden 88", a Russian "ul.
// Lyublinskaya, d. 141", "Bulevardul Tomis
// nr. 254", "třída Svobody 31"); a road ("Put") only with a capitalised
// name, maybe after a numeral: "Put Supavla 14", "Put I Bokeljske
// brigade 41" (not "Put it in 2"); a Lithuanian street, its kind
// abbreviated after the name: "Vilniaus g. 188-14".
var slavicStreetRE = lazyRE(`(?:\b(?:Bulevar|Bulevardul|Ulica|Trg|[Tt]řída)[ \t\x{00A0}]+|(?:[Uu]l|[Bb]ul)\.[ \t\x{00A0}]*)(?:\p{L}{2,}[ \t\x{00A0}]+){0,2}\p{L}{2,},?[ \t\x{00A0}]+(?:(?:br|nr|č|d)\.[ \t\x{00A0}]*)?\d{1,4}[A-Za-z]?\b|\bPut[ \t\x{00A0}]+(?:[IVX]{1,4}[ \t\x{00A0}]+)?\p{Lu}\p{L}+[ \t\x{00A0}]+(?:\p{L}{2,}[ \t\x{00A0}]+){0,2}\d{1,4}[A-Za-z]?\b|\b\p{Lu}\p{L}+[ \t\x{00A0}]g\.[ \t\x{00A0}]\d{1,4}(?:-\d{1,4})?\b`)

// landmarkAddressRE is a street or a quarter named kind first, then the
// landmark it is by, as addresses are given in Francophone Africa:
// "quartier Ngouéma, près du château d'eau", "Carrefour Mokolo, face
// pharmacie du Soleil", "Rue Akoakam, derrière l'église Saint-Charles".
var landmarkAddressRE = lazyRE(`(?:\b[Qq]uartier|\b[Cc]arrefour|\b[Rr]ue|\b[Aa]venue|\b[Bb]oulevard|\b[Rr]oute)[ \t\x{00A0}]+(?:(?:` + streetParticle + `)[ \t\x{00A0}]+|[dl]['’])?\p{Lu}[\p{L}\-]+(?:[ \t\x{00A0}]+\p{Lu}[\p{L}\-]+){0,2},[ \t\x{00A0}]+(?:près[ \t\x{00A0}]+d|derrière|devant|(?:en[ \t\x{00A0}]+)?face|à[ \t\x{00A0}]+côté[ \t\x{00A0}]+d)[^.,;:!?\n]{2,48}`)

// countryPostcodeRE is a European postcode written with its country's
// letters: "LT-76352", "PL-00-950", "SE-903 26".
var countryPostcodeRE = lazyRE(`\b(?:LT|LV|EE|PL|CZ|SK|HU|RO|BG|HR|SI|MK|RS|BA|ME|AL|GR|CY|LU|BE|NL|DE|AT|CH|FR|IT|ES|PT|SE|FI|DK|NO|IS)-(?:\d{2}-\d{3}|\d{3} \d{2}|\d{4,5})\b`)

// kmRoadRE is a place given by its kilometre on a named road, as rural
// addresses in Latin America are: "Km 148 Carretera Panamericana Norte",
// "km 12 Rodovia BR-116".
var kmRoadRE = lazyRE(`\b[Kk]m\.?[ \t\x{00A0}]?\d{1,4}(?:[.,]\d{1,3})?[ \t\x{00A0}]+(?:Carretera|Carr\.|Ruta|Rodovia|Estrada|Autopista|Route|Highway)(?:[ \t\x{00A0}]+(?:` + streetParticle + `[ \t\x{00A0}]+)?(?:\p{Lu}[\p{L}\-]*\d*|\d{1,3}))+`)

// estateBlockRE is a house in an Indonesian or Malaysian housing estate,
// by the estate's name and the block: "Perumahan Griya Paniki Indah Blok
// C/14", "Taman Sri Muda Blok B2".
var estateBlockRE = lazyRE(`\b(?:Perumahan|Komplek|Kompleks|Taman|Cluster)[ \t\x{00A0}]+(?:\p{Lu}\p{L}+[ \t\x{00A0}]+){1,4}(?:Blok|Blk\.?|Block)[ \t\x{00A0}]+[A-Z]{1,2}\d{0,2}(?:[/\-]\d{1,4})?\b`)

// numberedLowerKindRE is a house number and a street's capitalised name
// with its kind in lower case, as people write a street of another
// language: "27 Lạch Tray street" (not "12 Chinese street food", whose
// clause goes on).
var numberedLowerKindRE = lazyRE(`\b\d{1,4}[A-Za-z]?[ \t\x{00A0}]+(?:\p{Lu}\p{L}+[ \t\x{00A0}]+){1,3}(?:street|road|avenue|lane)\b`)

// withoutNumberRE is a house "without a number" (bez broja) as Balkan
// addresses write it, after its street's or village's name: "Dobrota bb".
var withoutNumberRE = lazyRE(`\b(\p{Lu}\p{L}+(?:[ \t\x{00A0}]+\p{Lu}\p{L}+){0,2}[ \t\x{00A0}]+(?:bb|b\.b\.))(?:[^\p{L}\p{N}]|$)`)

// cornerRE is a house at the corner of two streets named with their kinds:
// "corner Fife Street and 8th Avenue" (Bulawayo's grid).
var cornerRE = lazyRE(`\b[Cc]orner(?:[ \t\x{00A0}]+of)?[ \t\x{00A0}]+(?:` + capWord + `[ \t\x{00A0}]+){1,2}(?:Street|Road|Avenue|St|Rd|Ave)\.?[ \t\x{00A0}]+(?:and|&)[ \t\x{00A0}]+(?:\d{1,2}(?:st|nd|rd|th)|` + capWord + `)(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+(?:Street|Road|Avenue|St|Rd|Ave)\b`)

// codedStreetFirstRE is a street named by its district's letters and a
// number, as in Guinean towns ("rue KA-114", "rue RA-047"), or a
// microdistrict by its ordinal, which begins an address only when more of
// one follows ("12th microdistrict, building 9, flat 41").
var codedStreetFirstRE = lazyRE(`\b(?:[Rr]ue|[Aa]venue)[ \t\x{00A0}]+[A-Z]{1,3}-\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)[ \t\x{00A0}]+(?i:microdistrict|micro-district|khoroo)\b`)

// cuedNameKindWords are what cuedNameKindRE looks for, lower case.
var cuedNameKindWords = append(slices.Clip(nameKindWords), " street", " road", " avenue", " path", " crescent", " terrace", " lam")

// russianStreet returns the address a match of russianStreetRE makes:
// the street with its house's number, or with a house's parts after it.
func russianStreet(text string, m []int) (candidate, bool) {
	s, end := m[0], m[1]
	if first, _, _ := strings.Cut(text[s:m[3]], " "); streetLeadWords[first] {
		s += len(first) + 1 // "On Nevsky prospekt": the street begins after "On"
	}
	if m[4] >= 0 && (isYear(text[m[4]:m[5]]) || countAfter(text, m[5]) || !clauseEnds(text, m[5]) || strings.HasPrefix(text[m[5]:], "-")) {
		end = m[3] // "Nevsky prospekt, 20 minutes", "microdistrict, 2010 was": no house's number
	}
	e := addressRunOn(text, end)
	return candidate{kind: Address, start: s, end: e}, e > end || end > m[3]
}

// streetLeadWords, capitalised, may open a sentence before a street's
// name without being part of it.
var streetLeadWords = setOf(`In On At My The Our His Her Along From To Near And So Then After Yes But When Now Also Well`)

// wordWindows returns a function giving the windows about each place one
// of words (lower case) stands in text, from before bytes before it to
// after bytes after: the text is lower-cased once for all the street
// forms, not once a form.
func wordWindows(text string) func(words []string, before, after int) []span {
	lower := asciiLower(text)
	return func(words []string, before, after int) []span {
		return windowsAround(text, placesOf(lower, words), before, after)
	}
}

// russianStreetRE is a Russian street with its kind after its name, or a
// line of Vasilievsky Island by its number ("Profsoyuznaya ulitsa", "7-ya
// liniya"), or a Central Asian town's microdistrict ("Ak-Tilek
// microdistrict"), before a house's parts ("house 92, korpus 3", "dom
// 40") or with the house's number ("Ryazanskiy prospekt, 75").
var russianStreetRE = lazyRE(`\b((?:\p{Lu}[\p{L}\-]+(?:[ \t\x{00A0}]\p{Lu}\p{L}+)?[ \t\x{00A0}]+(?:ulitsa|ulica|prospekt|pereulok|shosse|microdistrict|mikrorayon)|\d{1,2}-(?:ya|ja)[ \t\x{00A0}]+liniya)\b)(?:,?[ \t\x{00A0}]+(?:d\.|dom|house)?[ \t\x{00A0}]*(\d{1,4}[A-Za-z]?)\b)?`)

// gridCoordinateRE is a house on the grid of a Utah or Idaho town, given
// by its distances from the centre: "1060 N 1000 W", "3547 S 2700 W".
var gridCoordinateRE = lazyRE(`\b\d{1,5}[ \t\x{00A0}]+[NSEW][ \t\x{00A0}]+\d{1,5}[ \t\x{00A0}]+[NSEW]\b`)

// numberedEstateRE is an Algerian or Moroccan housing estate named by its
// number of flats: "Cité AADL 1200 Logements", "cité 1000 logements".
var numberedEstateRE = lazyRE(`\b[Cc]ité[ \t\x{00A0}]+(?:[A-Z]{2,6}[ \t\x{00A0}]+)?\d{2,5}[ \t\x{00A0}]+[Ll]ogements\b`)

// hungarianStreetRE is a Hungarian address: the postcode and town first
// or not, the street before its kind, often abbreviated, the house number
// and then, after a dot, the floor and door ("1077 Budapest, Wesselényi u.
// 17. I. em.", "7621 Pécs, Király u. 31. 2/4", "Piac utca 45").
var hungarianStreetRE = lazyRE(`(?:\b\d{4}[ \t\x{00A0}]+\p{Lu}\p{L}+,[ \t\x{00A0}]+)?\p{Lu}\p{L}+(?:[ \t\x{00A0}\-]\p{Lu}\p{L}+)?[ \t\x{00A0}]+(?:u\.|utca|út|útja|tér|krt\.|körút|köz|sor)[ \t\x{00A0}]+\d{1,4}(?:/[A-Za-z])?(?:\.?[ \t\x{00A0}]+(?:(?:[IVX]{1,4}|\d{1,2})\.[ \t\x{00A0}]*(?:em\.|emelet)(?:[ \t\x{00A0}]+\d{1,3}\.?(?:[ \t\x{00A0}]*ajtó)?)?|\d{1,2}/\d{1,3}\b|fszt\.(?:[ \t\x{00A0}]*\d{1,3}\.?)?))?`)

// numberedKindFirstRE is a street named kind first, its kind in lower
// case, with a house number after (and a comma or not): "via Umberto I,
// 41", "rue Victor Hugo 12", "avenue de l'Indépendance no 27", or a road
// by its kilometre ("avenida Petrolera, kilómetro 6"). A king's or pope's
// numeral may follow the name.
var numberedKindFirstRE = lazyRE(`\b(?:via|viale|piazza|corso|rue|calle|avenida|rua|carrer|chemin|avenue|boulevard|ulica|vulica|ulitsa|vulytsia)[ \t\x{00A0}]+(?:(?:` + streetParticle + `)[ \t\x{00A0}]+|[dl]['’])*` + capWord + `(?:[ \t\x{00A0}]+(?:` + capWord + `|[IVX]{1,4}\b)){0,3},?[ \t\x{00A0}]+(?:(?i:n\.?º|n°|no\.?|nr\.?|n\.|numéro|numero|km\.?|kilómetro|kilometro)[ \t\x{00A0}]?)?\d{1,4}[A-Za-z]?\b`)

// numberedKindFirstWords are what numberedKindFirstRE looks for.
var numberedKindFirstWords = []string{"via ", "viale ", "piazza ", "corso ", "rue ", "calle ", "avenida ", "rua ", "carrer ", "chemin ", "avenue ", "boulevard ", "ulica ", "vulica ", "ulitsa ", "vulytsia "}

// numberedRoadRE is a house on a numbered road or route: "1142 Route
// 12", "5109 N. Mile 7 Rd", "8400 County Road 12", "Carr. 111 Km 9.4"
// (Puerto Rico: the highway and the kilometre).
var numberedRoadRE = lazyRE(`\b\d{1,5}[ \t\x{00A0}]+(?:[NSEW]\.?[ \t\x{00A0}]+)?(?:(?:(?:County|State|US|U\.S\.|Farm|Ranch|Navajo|Tribal|FM)[ \t\x{00A0}]+)?(?:Route|Rte\.?|Road|Rd\.?|Highway|Hwy\.?)[ \t\x{00A0}]+\d{1,4}[A-Z]?|Mile[ \t\x{00A0}]+\d{1,2}(?:[ \t\x{00A0}]+1/2)?[ \t\x{00A0}]+(?:Rd\.?|Road))|\b(?:Carr\.|Carretera)[ \t\x{00A0}]*\d{1,4},?[ \t\x{00A0}]+(?:Km\.?|KM|km)[ \t\x{00A0}]*\d{1,3}(?:[.,]\d{1,2})?\b`)

// numberedRoadWords are what numberedRoadRE looks for, lower case.
var numberedRoadWords = []string{"route", "rte", "road", "rd", "highway", "hwy", "carr", "km"}

// plaqueRE is a house of a Colombian grid town: its street by kind and
// number, then "#" or "No." and the cross street's number with the
// house's after a dash ("Calle 38 Sur # 43-12", "Carrera 65 No. 8B-91",
// "Cra. 7 Bis # 12-30", "Cra. 80 # 42 Sur-15").
var plaqueRE = lazyRE(`\b(?:Calle|Carrera|Cra\.|Cr\.|Cl\.|Avenida|Av\.|Diagonal|Dg\.|Transversal|Tv\.|Circular)[ \t\x{00A0}]+\d{1,3}[A-Z]?(?:[ \t\x{00A0}]+(?:Bis|Sur|Norte|Este|Oeste|[A-Z]))*[ \t\x{00A0}]*(?:#|No\.?|N[°º])[ \t\x{00A0}]*\d{1,3}[A-Z]{0,2}(?:[ \t\x{00A0}]+(?:Sur|Norte|Este))?[ \t\x{00A0}]*-[ \t\x{00A0}]*\d{1,3}\b`)

// plaqueWords are what plaqueRE looks for, lower case.
var plaqueWords = []string{"#", "no.", "no ", "n°", "nº"}

// locatedBefore reports whether the word before s says where someone is
// or writes to ("at", "on", "to", "is", "live"): a house number, not a
// year, a time or a speed ("In 2018 Route 9", "doing 70 Highway 5").
func locatedBefore(text string, s int) bool {
	before := strings.TrimRight(text[max(0, s-16):s], " \t\u00a0")
	if strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",") {
		return true
	}
	w := before[strings.LastIndexAny(before, " \t\u00a0\n")+1:]
	return locatingWords[strings.ToLower(w)]
}

// locatingWords may stand before an address's house number.
var locatingWords = setOf(`at on to from is was address live lives lived living moved`)

// findCuedNameKinds finds the streets of cuedNameKindRE in the windows
// wins: after "from" a kind of another language only, where the clause
// ends or a house's number goes on.
func findCuedNameKinds(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(cuedNameKindRE(), text, wins, func(m []int) {
		e := m[5]
		if m[2] >= 0 && !germanKindApartRE().MatchString(text[m[4]:e]) {
			return // "on the Silk Road": after "the", a German street's kind only
		}
		if strings.HasPrefix(text[m[0]:], "from") && (englishStreetKind(text[m[4]:e]) || germanTitleStarts[strings.ToLower(strings.Fields(text[m[4]:e])[0])]) {
			return // "a man from Wall Street", "from Der Weg" (a book): after "from", a kind of another language only ("I come from Knooper Weg")
		}
		if r, _ := utf8.DecodeRuneInString(text[e:]); unicode.IsLetter(r) {
			return // "in Rome trials": a word runs on
		}
		if cue := text[m[0] : m[0]+2]; (cue == "at" || cue == "ne") && plainEnglishKind(text[m[4]:e]) {
			return // "at Red Crescent", "near Chester road": a place or a way there; "at Kacharigaon Path", "near Chamkhar Lam" are streets
		}
		if streetSaidEnds(text, e) || houseNumberGoesOn(text, e) {
			out = append(out, candidate{kind: Address, start: m[4], end: addressRunOn(text, e)})
		}
	})
	return out
}

// streetSaidEnds reports whether a street named without a number ends at
// i: its clause ends, or the sentence goes on with a word that opens a
// clause or says where ("on Rue du Port they wanted", "on Hauptstraße
// was", "on Avenue Lamine Guèye maybe ten times"); not "and", "for",
// "to" or "with", after which a person's name goes on as well ("rely on
// Calle Berg for", "from Rua Tane and").
func streetSaidEnds(text string, i int) bool {
	if clauseEnds(text, i) {
		return true
	}
	words := strings.Fields(text[i:min(len(text), i+12)])
	return len(words) > 0 && afterStreetWords[words[0]]
}

// afterStreetWords go on a sentence after a street's name, in lower case,
// and seldom after a person's.
var afterStreetWords = setOf(`they we she he you it i is was are were maybe where which when every near across at by opposite behind beside next`)

// findStreetForms finds the streets of this file's forms: the numbered
// ones in the windows about digits, the cued ones without a number
// anywhere.
func findStreetForms(text string, digitWins []span) []candidate {
	var out []candidate
	g, gerr := loadGazetteer()
	near := wordWindows(text)
	// runOn adds a match as an address, with what runs on after it.
	runOn := func(m []int) { out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])}) }
	eachMatch(gluedStreetRE(), text, near(gluedStreetWords, 24, 40), func(m []int) {
		e := m[3]
		if !houseNumberGoesOn(text, e) && (strings.ContainsAny(text[m[2]:e], "0123456789") || !streetSaidEnds(text, e)) {
			return // a street without a number may go on as a sentence does: "on Hauptstraße is"
		}
		if name := text[m[2]:e]; !strings.ContainsAny(name, " 0123456789") && (gerr != nil || g.isPlace(fold(name)) || g.isTown(fold(name)) || inDutchTown(text[m[0]:m[2]], name)) {
			return // "in Niigata": a town whose name ends as a street's kind
		}
		out = append(out, candidate{kind: Address, start: m[2], end: addressRunOn(text, e)})
	})
	eachMatch(cuedKindFirstRE(), text, near(cuedKindWords, 12, 80), func(m []int) {
		if m[2] >= 0 && !venueBeforeRE().MatchString(text[max(0, m[2]-60):m[2]]) {
			return // "cheese, rue de la Paix and more": no place is being given
		}
		if m[2] < 0 && strings.HasSuffix(strings.TrimRight(text[m[0]:m[4]], " \t\u00a0"), "the") && !unicode.IsLower(rune(text[m[4]])) && !strings.HasPrefix(text[m[4]:], "Quai ") {
			return // "on the Avenida Norte": a town's main street, a place (a quay is moored on: "on the Quai Antoine")
		}
		if street := text[m[4]:m[5]]; len(street) > 4 && strings.EqualFold(street[:4], "derb") && !strings.ContainsAny(street, "0123456789") {
			return // "in Derb Omar": a Moroccan quarter, a place, without a house in it
		}
		// "on Rue du Commerce at the little maquis": a place named after
		// the street goes on as after a house number.
		if e := m[5]; streetSaidEnds(text, e) || houseNumberGoesOn(text, e) {
			out = append(out, candidate{kind: Address, start: m[4], end: addressRunOn(text, e)})
		}
	})
	eachMatch(slavicStreetRE(), text, windowsWith(text, digitWins, []string{"bulevar", "ulica", "trg", "put ", "ul.", "třída", " g. "}), func(m []int) {
		if wordStartsAt(text, m[0]) && houseNumberGoesOn(text, m[1]) { // "ul." begins a word, not "Paul."
			runOn(m)
		}
	})
	eachMatch(landmarkAddressRE(), text, near([]string{"près ", "derrière ", "devant ", "face ", "côté "}, 80, 60), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
	})
	eachMatch(countryPostcodeRE(), text, windowsWith(text, digitWins, []string{"-"}), runOn)
	eachMatch(russianStreetRE(), text, near([]string{"ulitsa", "ulica", "prospekt", "pereulok", "liniya", "shosse", "microdistrict", "mikrorayon"}, 40, 16), func(m []int) {
		if c, ok := russianStreet(text, m); ok {
			out = append(out, c)
		}
	})
	eachMatch(gridCoordinateRE(), text, digitWins, func(m []int) {
		out = append(out, candidate{kind: Address, start: buildingBefore(text, m[0]), end: addressRunOn(text, m[1])})
	})
	eachMatch(numberedEstateRE(), text, near([]string{"logements"}, 40, 8), runOn)
	eachMatch(hungarianStreetRE(), text, windowsWith(text, digitWins, []string{" u. ", "utca ", "út ", "tér ", "krt. ", "köz ", "sor "}), runOn)
	eachMatch(kmRoadRE(), text, windowsWith(text, digitWins, []string{"km"}), runOn)
	eachMatch(estateBlockRE(), text, windowsWith(text, digitWins, []string{"blok", "blk", "block"}), runOn)
	eachMatch(numberedLowerKindRE(), text, windowsWith(text, digitWins, []string{" street", " road", " avenue", " lane"}), func(m []int) {
		if clauseEnds(text, m[1]) || houseNumberGoesOn(text, m[1]) {
			runOn(m)
		}
	})
	eachMatch(withoutNumberRE(), text, near([]string{" bb", " b.b."}, 60, 6), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
	})
	eachMatch(cornerRE(), text, near([]string{"corner"}, 2, 80), runOn)
	eachMatch(romanianStreetRE(), text, windowsWith(text, digitWins, []string{"bd.", "bul.", "str.", "șos", "şos", "sos.", "calea ", "aleea "}), func(m []int) {
		s, name := m[2], m[4:6]
		if name[0] < 0 {
			name = m[6:8] // "Calea Victoriei 12"
		}
		if !doseBeforeRE().MatchString(text[max(0, s-24):s]) && !streetNameIsWord(g, text[name[0]:name[1]]) {
			out = append(out, candidate{kind: Address, start: s, end: addressRunOn(text, m[3])})
		}
	})
	eachMatch(gridAvenueRE(), text, windowsWith(text, digitWins, []string{" avenue", " street", " ave", " st"}), func(m []int) {
		if clauseEnds(text, m[1]) {
			runOn(m)
		}
	})
	eachMatch(manzanaLoteRE(), text, windowsWith(text, digitWins, []string{"mz", "quadra", "qd.", "croft "}), func(m []int) {
		if m[2] >= 0 {
			m = m[2:4] // a croft: its township is run on to
		}
		runOn(m)
	})
	eachMatch(argentineCPARE(), text, digitWins, func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
	})
	out = append(out, findAzerbaijaniPostcodes(text, digitWins)...)
	eachMatch(codedStreetFirstRE(), text, near([]string{"rue ", "avenue ", "microdistrict", "micro-district", "khoroo"}, 8, 40), func(m []int) {
		e := addressRunOn(text, m[1])
		if !isDigitByte(text[m[0]]) || e > m[1] { // a coded street, or an ordinal with more after it
			out = append(out, candidate{kind: Address, start: m[0], end: e})
		}
	})
	out = append(out, findCuedNameKinds(text, near(cuedNameKindWords, 60, 12))...)
	eachMatch(numberedKindFirstRE(), text, windowsWith(text, digitWins, numberedKindFirstWords), func(m []int) {
		kind, rest, _ := strings.Cut(text[m[0]:m[1]], " ")
		if kind == "via" && (gerr != nil || viaRoute(g, rest, viaHoused(text, m[0], m[1]))) {
			return
		}
		if houseNumberGoesOn(text, m[1]) {
			runOn(m)
		}
	})
	out = append(out, findJapaneseAddresses(text, digitWins)...)
	eachMatch(plaqueRE(), text, windowsWith(text, digitWins, plaqueWords), runOn)
	eachMatch(numberedRoadRE(), text, windowsWith(text, digitWins, numberedRoadWords), func(m []int) {
		housed := isDigitByte(text[m[0]]) // a house number first, not "Carr. 111 Km 9.4"
		if houseNumberGoesOn(text, m[1]) && (!housed || locatedBefore(text, m[0]) && !isYear(strings.Fields(text[m[0]:m[1]])[0])) {
			runOn(m)
		}
	})
	out = append(out, findPostalForms(text, near)...)
	return append(out, findRegionalForms(text, digitWins, near)...)
}

// viaRoute reports whether what follows a lower-case "via" names a route,
// not an Italian street: a capitalised word that is an English word, a
// place or initials ("via Channel 4", "via Dubai, 2 in the morning", "via
// NHS 111", "via Heathrow Terminal 5"); a king's numeral is none ("via
// Umberto I, 41"), nor, when housed (viaHoused), a town's name with its
// house number ("via Cavour 41").
func viaRoute(g *gazetteer, rest string, housed bool) bool {
	return slices.ContainsFunc(strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' }), func(w string) bool {
		if !isCapitalised(w) || romanNumeralRE().MatchString(w) {
			return false
		}
		k := fold(w)
		return g.isWord(k) || allCapsWord(w) || !housed && (g.isPlace(k) || g.isTown(k))
	})
}

// viaHoused reports whether a lower-case "via" at text[s:e], a name and
// a number, is the Italian street named after a town or a man with a
// house on it ("the office is on via Cavour 41"): no comma between the
// name and the number, no journey before it ("flew via Dubai 2…") and no
// time or count after it ("via Crewe 2 at night").
func viaHoused(text string, s, e int) bool {
	return !strings.Contains(text[s:e], ",") && !journeyBeforeRE().MatchString(text[max(0, s-40):s]) && !timeOrCountAfterRE().MatchString(text[e:min(len(text), e+24)])
}

// journeyBeforeRE is a word of travelling in the clause before "via".
var journeyBeforeRE = lazyRE(`(?i)\b(?:fl[eyi]w?|flying|flights?|plane|travel(?:l?ed|l?ing)?|went|go|goes|going|came|come|coming|drove|drive|driving|got|get|took|take|taking|routed|connecting|changed?|sent|send|sending|posted|shipped|delivered|trains?|bus|coach|ferry|journey|trip|back|home)\b[^.!?;]*$`)

// timeOrCountAfterRE is a time of day or a count after a number.
var timeOrCountAfterRE = lazyRE(`(?i)^[ \t]*(?:in[ \t]+the[ \t]+(?:morning|afternoon|evening|night)|at[ \t]+night|a\.?m\b|p\.?m\b|o['’]clock|hours?\b|days?\b|times\b|nights?\b|weeks?\b|on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)`)

// romanNumeralRE is a king's or pope's numeral after a name.
var romanNumeralRE = lazyRE(`^[IVX]{1,4}$`)

// isCapitalised reports whether w starts with a capital.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// namedHouseRE is a street's name and its house number said as an address
// is in much of the world, with no kind of street, after a word or a
// comma that places it ("the union hall, Perito Moreno 1450.", "at
// Levinsky 42, apartment 6", "a café on Obrenovićeva 42, upstairs",
// "lives at Vojvođanska 9 in Nikšić", "from Dimonaktos 6 to the school")
// or after a sentence's end and a space ("… my house. Kirova 23, with
// the blue fence"). Group 1
// is what places it (houseCue, houseSaidAsPlace), group 2
// the name, group 3 the number (of four digits at most: "Nagaland 28000"
// is a count).
var namedHouseRE = lazyRE(`(,|\b(?i:` + houseCues + `)|[.!?:\]—])[ \t\x{00A0}]+((?:` + capWord + `[ \t\x{00A0}]+){0,2}` + capWord + `)[ \t\x{00A0}]+(\d{1,4}(?:[-/]\d{1,4}[A-Za-z]?){0,2}[A-Za-z]?)\b`)

// venueBeforeRE is a word in the sentence before a comma that says a place
// is being given: "the union hall, …", "our own flat, …".
var venueBeforeRE = lazyRE(`(?i)\b(?:address|live|lives|living|lived|hall|office|centre|center|association|house|flat|home|clinic|church|parish|mosque|temple|café|cafe|shop|room|station|school|moved|meet|met|post|send|sent)\b[^.!?\n]*$`)

// findHousesAndCorners finds streets by their names: with a house number
// after them (findNamedHouses) or before them (findVietStreets), or at a
// corner with another (findYCorners).
func findHousesAndCorners(text string, digitWins []span) []candidate {
	return slices.Concat(findNamedHouses(text, digitWins), findVietStreets(text, digitWins), findYCorners(text))
}

// findNamedHouses finds a street's name and a house number where the
// name is no English word, given name, drug or month ("Type 2.", "Stage
// 4,", "Metformin 500,", "Tom 12,"), the number no year, and what is said
// around them makes them a place (houseSaidAsPlace): after a comma, a
// place being given before ("write it down, Glucobay 50, after meals" is
// a dose).
func findNamedHouses(text string, digitWins []span) []candidate {
	return findWithLists(namedHouseRE(), text, windowsAround(text, numbersAfterCapitals(text, digitWins), 72, 16), func(g *gazetteer, m []int, out *found) {
		cue, s := houseCue(text, m)
		name, number := text[s:m[5]], text[m[6]:m[7]]
		if yearRE().MatchString(number) || !g.streetName(strings.Fields(name)) {
			return
		}
		place, unsure := houseSaidAsPlace(g, text, cue, s, m[7])
		if !place {
			return
		}
		c := candidate{kind: Address, start: s, end: addressRunOn(text, m[7])}
		if unsure {
			c.uncertain, c.why = true, "a name and a number after a comma, no place named before: a street's, or a medicine's, a product's or a score's"
		}
		*out = append(*out, c)
	})
}

// streetName reports whether words may name a street: no word is a
// clause's, a day's or a month's, a title or a place in a hospital, and
// one at least is neither an English word nor a given name nor a thing
// (a drug, a brand), unless it is a street's kind ("Peace Avenue").
func (g *gazetteer) streetName(words []string) bool {
	named := false
	for _, w := range words {
		k := fold(w)
		if notAddressParts[w] || functionWords[k] || calendarWords[k] || titleWords[k] || notAddressWords[k] || g.isThing(k) || allCapsWord(w) {
			return false
		}
		if addressPartWords[k] || !g.isWord(k) && g.name(k)&givenCommon == 0 {
			named = true
		}
	}
	return named
}

// villageAddressRE is an address of the Indian countryside, parts of
// capitalised words each closed by a comma, then the PIN of six digits
// (after a dash or not): "Gram Dungri Talli, Post Thalisain, District
// Pauri Garhwal, 246285", "Thekkepurackal House, Payyampally P.O.,
// Mananthavady, Wayanad – 670646". Group 1 is the run of parts.
var villageAddressRE = lazyRE(`\b((?:` + capWord + `(?:[ \t\x{00A0}]+(?:` + capWord + `|P\.O\.|ki|ka|ke|No\.[ \t\x{00A0}]?\d{1,4}))*,[ \t\x{00A0}]+){2,5})(?:[–\-][ \t\x{00A0}]*)?\d{6}\b`)

// villageWords are the words of which an address of villageAddressRE must
// hold one: its post office, district, village or house.
var villageWords = setOf(`post p.o. district dist. tehsil taluk taluka gram village vill. house mandal block ward`)

// findVillageAddresses finds the addresses of villageAddressRE: a run of
// names before six digits is a list, a count or a sum unless one of its
// words says it is an address.
func findVillageAddresses(text string, digits []int) []candidate {
	var pins []int // runs of six digits: the parts may stand far before them
	for _, at := range digits {
		if e := at + 6; e <= len(text) && digitCount(text[at:e]) == 6 && (e == len(text) || !isDigitByte(text[e])) {
			pins = append(pins, at)
		}
	}
	var out []candidate
	eachMatch(villageAddressRE(), text, windowsAround(text, pins, 160, 8), func(m []int) {
		for _, w := range strings.Fields(strings.ReplaceAll(text[m[2]:m[3]], ",", " ")) {
			if villageWords[strings.ToLower(w)] {
				out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
				return
			}
		}
	})
	return out
}

// namedStreetRE is a street named kind first without a number, or with
// its number after "no" or "numéro", said as where something is: "On Rua
// do Pinhal Manso, every March", "we meet in Calle de Alcalá.", "the café
// on quai de la Fosse.", "the foyer on Avenue Kasongo no 18", "in Stryd
// Llyn", "up at Contrada Frassino", "on Bóthar na Mban" (group 1). Kinds that name a square, a road out of town or a
// route are left out: they are landmarks as often as addresses; but a
// French square written in lower case with its particle is where someone
// is, as an address is written ("on place de l'Église").
var namedStreetRE = lazyRE(`\b(?:[Oo]n|[Ii]n|[Aa]t|[Aa]long|from)[ \t\x{00A0}]+((?:Rua|Avenida|Calle|Carrer|Travessa|Alameda|Ladeira|Beco|Rue|Via|Viale|Corso|Vicolo|Strada|Contrada|Calea|Ulica|Bóthar|Sráid|Avenue|Boulevard|Quai|Chemin|Allée|Impasse|Stryd|Heol|Ffordd|Triq|rue|quai|allée|impasse|chemin|traverse|avenue|boulevard|place[ \t\x{00A0}]+(?:du|des|de))[ \t\x{00A0}]+(?:(?:de|do|da|dos|das|del|du|des|di|della|dei|la|le|les|y|yr|na|an)[ \t\x{00A0}]+|[dl]['’]|` + malteseArticle + `){0,2}` + capWord + `(?:[ \t\x{00A0}]+(?:(?:de|del|des|du|la|le)[ \t\x{00A0}]+){0,2}(?:[dl]['’])?` + capWord + `){0,2}` + numberSaidAfter + `?)`)

// numberSaidAfter is a house number said after its street with "no" or
// "numéro" before it: "avenue Kituku no 8", "avenue du Lac, no 3".
const numberSaidAfter = `(?:,?[ \t\x{00A0}]+(?:[Nn]o\.?|[Nn]°|[Nn]º|numéro|numero|number)[ \t\x{00A0}]*\d{1,4}[A-Za-z]?\b)`

// frenchKindFirstRE is a street named kind first in lower case by a kind
// English seldom says so before a capital, where the clause ends after it
// or a preposition of place comes before it: "on rue Pascal waving", "our
// street, rue des Pins, twelve houses", "montée Sandy Beach, G4X 2K1"
// (group 1), its particles within the name too ("rue du Bas de la
// Rivière", "Chemin de la Ravine des Cabris"); not "bread, rue de Lille
// postcards".
var frenchKindFirstRE = lazyRE(`(?:^|[^\p{L}])((?:rue|montée|allée|quai|chemin|Chemin|impasse|Impasse|traverse)[ \t\x{00A0}]+(?:(?:de|du|des|la|le|les)[ \t\x{00A0}]+|[dl]['’]){0,2}` + capWord + `(?:[ \t\x{00A0}]+(?:(?:de|du|des|la|le|les)[ \t\x{00A0}]+|[dl]['’]){0,2}` + capWord + `){0,2})`)

// englishVerbKind reports whether a street's kind in lower case is an
// English word too, with no French particle after it: "to traverse
// London", "an impasse Sarah" (not "traverse du Moulin").
func englishVerbKind(street string) bool {
	f := strings.Fields(street)
	return len(f) > 1 && (f[0] == "traverse" || f[0] == "impasse") && !frenchParticles[f[1]] && !strings.HasPrefix(f[1], "d'") && !strings.HasPrefix(f[1], "d’")
}

// frenchParticles join a French street's kind to its name.
var frenchParticles = setOf(`de du des la le les`)

// whenAfterKind reports whether the word after a street's kind is a day,
// a month or a feast: "they'll rue Monday", "I still rue Christmas".
func whenAfterKind(street string) bool {
	f := strings.Fields(street)
	return len(f) > 1 && calendarWords[fold(f[1])]
}

// placePrepositionBefore reports whether a preposition of place ends just
// before byte s: "on ", "at ", "in ", "along ", "from ", "near ".
func placePrepositionBefore(text string, s int) bool {
	f := strings.Fields(text[max(0, s-8):s])
	return len(f) > 0 && streetPrepositions[strings.ToLower(f[len(f)-1])]
}

// streetPrepositions say where, before a street.
var streetPrepositions = setOf(`on at in along from near off`)

// directedStreetRE is a Montréal street by its name and its side of the
// city, said as where something is: "the bakery on Jean-Talon Est"
// (group 1).
var directedStreetRE = lazyRE(`\b(?:[Oo]n|[Aa]long|[Oo]ff)[ \t\x{00A0}]+(` + capWord + `(?:[ \t\x{00A0}]` + capWord + `)?[ \t\x{00A0}]+(?:Est|Ouest))\b`)

// ordinalAvenueRE is an avenue by its ordinal, as Bujumbura's and
// Kinshasa's are numbered, with its house number after: "12ème avenue,
// numéro 30", "7e avenue no 14"; or before, as in Québec: "1401, 18e Rue".
var ordinalAvenueRE = lazyRE(`\b\d{1,2}(?:e|ème|eme|è)[ \t\x{00A0}]+(?:avenue|Avenue|rue|Rue)` + numberSaidAfter + `|\b\d{1,5},?[ \t\x{00A0}]+\d{1,2}(?:e|ème)[ \t\x{00A0}]+(?:Avenue|Rue|avenue|rue)\b`)

// letteredAvenueRE is an avenue named by a letter, said as where
// something is: "on Avenue P South" (Saskatoon), "at Avenue J" (group 1).
var letteredAvenueRE = lazyRE(`\b(?:[Oo]n|[Ii]n|[Aa]t|[Aa]long|[Oo]ff)[ \t\x{00A0}]+(Avenue[ \t\x{00A0}]+[A-Z](?:[ \t\x{00A0}]+(?:North|South|East|West))?)\b`)

// namedStreetWords find the windows namedStreetRE is run over.
var namedStreetWords = []string{"traverse ", "avenue ", "boulevard ", "rue ", "quai ", "allée ", "impasse ", "chemin ", "Avenue ", "Boulevard ", "Quai ", "Chemin ", "Allée ", "Impasse ", "Stryd ", "Heol ", "Ffordd ", "Rua ", "Avenida ", "Calle ", "Carrer ", "Travessa ", "Alameda ", "Ladeira ", "Beco ", "Rue ", "Via ", "Viale ", "Corso ", "Vicolo ", "Strada ", "Contrada ", "Bóthar ", "Sráid ", "Calea ", "Ulica ", "Triq ", "place du ", "place de ", "place des "}

// malteseArticle is the Maltese article glued to the word after it, as
// street names have it: "Triq il-Merkanti", "Triq iż-Żonqor", "Triq tal-Barrani".
const malteseArticle = `(?:i[lnrstxzżċdg]|l|tal|tad|tar|tas|tat|tax|taż|taċ)-`

// squareAnAddress reports whether a French square in lower case after its
// preposition is where someone is: not a landmark known to all ("at place
// de la Concorde", "place de la République"), nor English's "in place of"
// said with French's "de" before a person or a town ("in place de Jean",
// "in place de Paris").
func squareAnAddress(prep, street string) bool {
	f := strings.Fields(street)
	last := fold(strings.ReplaceAll(strings.Trim(f[len(f)-1], ".,"), "’", "'"))
	if _, after, ok := strings.Cut(last, "'"); ok {
		last = after // "l'Étoile"
	}
	if landmarkSquares[last] {
		return false
	}
	if len(f) == 3 && f[1] == "de" && strings.EqualFold(strings.TrimSpace(prep), "in") {
		g, err := loadGazetteer()
		w := fold(strings.Trim(f[2], ".,"))
		return err != nil || !g.name(w).given() && !g.isPlaceOrTown(w)
	}
	return true
}

// landmarkSquares are the last words of squares known to all, landmarks
// more than addresses: "place de la Concorde", "place de l'Étoile".
var landmarkSquares = setOf(`concorde république republique bastille étoile etoile trocadéro trocadero nation vendôme vendome opéra opera vosges tertre capitole bourse italie`)

// namesAVenue reports whether a street's name holds a word of a business
// or a service named after it: "Avenue Surgery", "Boulevard Bistro".
func namesAVenue(street string) bool {
	for _, w := range strings.Fields(street)[1:] {
		if venueWords[fold(strings.Trim(w, ".,"))] {
			return true
		}
	}
	return false
}

// venueWords name a business or a service, not a street.
var venueWords = setOf(`surgery medical centre center clinic hospital health practice dental pharmacy chemist bistro café cafe restaurant bar pub
hotel magazine school college church mosque chapel shop store stores market mall cinema theatre theater gym studio salon bakery books press`)

// findNamedStreets finds the streets namedStreetRE describes, where the
// clause ends after the name or a house number follows it ("avenue du Lac,
// no 3 in Himbi"); not businesses named after a street.
func findNamedStreets(text string) []candidate {
	var out []candidate
	wins := windowsAround(text, indexAllOf(text, namedStreetWords...), 8, 64)
	g, gerr := loadGazetteer()
	eachMatch(namedStreetRE(), text, wins, func(m []int) {
		street := text[m[2]:m[3]]
		if strings.HasPrefix(street, "place") && !squareAnAddress(text[m[0]:m[2]], street) {
			return
		}
		if f := strings.Fields(street); f[0] == "Via" && (gerr != nil || !italianStreetName(g, f[1])) {
			return // "on Via Rail", "at Via Hope": a service's name
		}
		if numbered := digitCount(street) > 0; (numbered || streetSaidEnds(text, m[3])) && !namesAVenue(street) {
			out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
		}
	})
	eachMatch(letteredAvenueRE(), text, wins, func(m []int) { out = append(out, candidate{kind: Address, start: m[2], end: m[3]}) })
	eachMatch(frenchKindFirstRE(), text, windowsAround(text, indexAllOf(text, "rue ", "montée ", "allée ", "quai ", "chemin ", "Chemin ", "impasse ", "Impasse ", "traverse "), 16, 64), func(m []int) {
		if street := text[m[2]:m[3]]; !namesAVenue(street) && !whenAfterKind(street) && (clauseEnds(text, m[3]) || placePrepositionBefore(text, m[2])) && !englishVerbKind(street) {
			out = append(out, candidate{kind: Address, start: m[2], end: m[3]})
		}
	})
	directed := windowsAround(text, indexAllOf(text, " Est", " Ouest"), 48, 8)
	eachMatch(directedStreetRE(), text, directed, func(m []int) {
		first := strings.Fields(text[m[2]:m[3]])[0]
		if g, err := loadGazetteer(); err == nil && !g.name(fold(first)).given() {
			out = append(out, candidate{kind: Address, start: m[2], end: m[3]}) // not "counted on Marie Est"
		}
	})
	ordinals := windowsAround(text, indexAllOf(text, " avenue", " Avenue", " rue", " Rue"), 8, 40)
	eachMatch(ordinalAvenueRE(), text, ordinals, func(m []int) { out = append(out, candidate{kind: Address, start: m[0], end: m[1]}) })
	return out
}

// findNamedForms finds the addresses whose words, not a house number
// first, say what they are: streets named kind first, Taipei's lanes and
// alleys, lettered lots, Indonesian streets with their "nomor", and the
// forms of findUnitForms.
func findNamedForms(text string) []candidate {
	return slices.Concat(findNamedStreets(text), findLaneAddresses(text), findLettersLots(text), findJalanAddresses(text), findUnitForms(text))
}

// laneAddressRE is a run of an address's parts in Taiwan's way, each
// after a comma or not: a floor, a number ("number seven", "No. 12"), a
// lane or alley by its number, and a road with its section or not ("Third
// floor, number seven, Alley 4, Lane 155, Dunhua South Road", "Lane 60,
// Ximen Road Section 3, number eleven").
var laneAddressRE = lazyRE(`(?:` + lanePart + `,?[ \t\x{00A0}]+){0,5}` + lanePart)

// lanePart is one part of laneAddressRE.
var lanePart = `(?:(?:\d{1,2}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Tt]op)[ \t\x{00A0}]+[Ff]loor|[Ff]loor[ \t\x{00A0}]+\d{1,2}|(?:[Nn]umber|No\.)[ \t\x{00A0}]*(?:\d{1,4}(?:-\d{1,3})?\b|(?:` + teenWord + `|one|two|three|four|five|six|seven|eight|nine)\b)|(?:Lane|Alley)[ \t\x{00A0}]+\d{1,4}\b|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2}(?:[ \t\x{00A0}]+[NSEW]\.)?[ \t\x{00A0}]+(?:Road|Street|Rd\.)(?:[ \t\x{00A0}]+(?:Section|Sec\.)[ \t\x{00A0}]*\d\b)?)`

// findLaneAddresses finds the runs laneAddressRE describes that hold a
// road and a lane, an alley or the road's section: a lane alone is no
// address ("Lane 3, number 4 was free" at the pool), and "Lane" is a given
// name too.
func findLaneAddresses(text string) []candidate {
	var out []candidate
	wins := windowsAround(text, indexAllOf(text, "Lane ", "Alley ", "Section ", "Sec. "), 120, 80)
	eachMatch(laneAddressRE(), text, wins, func(m []int) {
		run := text[m[0]:m[1]]
		laned := laneWordRE().MatchString(run)
		roaded := strings.Contains(run, "Road") || strings.Contains(run, "Street") || strings.Contains(run, "Rd.")
		sectioned := strings.Contains(run, "Section") || strings.Contains(run, "Sec.")
		if wordStartsAt(text, m[0]) && (laned || sectioned) && roaded {
			out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
		}
	})
	return out
}

// laneWordRE is a lane or alley by its number.
var laneWordRE = lazyRE(`\b(?:Lane|Alley)[ \t\x{00A0}]+\d`)

// lettersLotRE is a lot by its letters and number, as Antananarivo's and
// Fianarantsoa's houses are known, with "Bis" or "Ter", its quarter and
// the town and postcode after it or not: "Lot IVG 118 Bis Andavamamba",
// "Lot 0214 FA/14 Tsianolondroa, Fianarantsoa 301".
var lettersLotRE = lazyRE(`\bLot[ \t\x{00A0}]+(?:[A-Z]{1,4}[ \t\x{00A0}]+\d{1,4}[A-Z]{0,2}|\d{1,4}[ \t\x{00A0}]?[A-Z]{1,3}/\d{1,3})\b(?:[ \t\x{00A0}]+(?:[Bb]is|[Tt]er)\b)?(?:[ \t\x{00A0}]+` + capWord + `(?:,[ \t\x{00A0}]+` + capWord + `[ \t\x{00A0}]+\d{3}\b)?)?`)

// findLettersLots finds the lots lettersLotRE describes.
func findLettersLots(text string) []candidate {
	var out []candidate
	eachMatch(lettersLotRE(), text, windowsAround(text, indexAllOf(text, "Lot "), 0, 80), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
	})
	return out
}

// jalanRE is an Indonesian address said in full: "Jalan" (or "Jl.") and
// the street's name, its lane, block or kilometre, the house's number
// after "nomor", and the neighbourhood's RT and RW: "Jalan Muara Baru
// Ujung, Blok D nomor 7, RT 011 RW 017", "Jalan Kaliurang Km 5, Gang
// Pandega Marta nomor 8A", "Jalan Dr. Kayadoe, Lorong Durian No. 9" (a
// street named after a doctor), with its ward and district after it or
// not ("Jl. Kenanga No. 14, RT 007/RW 003, Kel. Kambajawa"). (kindFirstStreetRE finds the shorter "Jl.
// Kaliurang Km 9,5" and prefixStreetRE "12 Jalan Ampang".)
var jalanRE = lazyRE(`\b(?:Jalan|Jl\.|Jln\.?)[ \t\x{00A0}]+(?:(?:Dr|Prof|Ir|KH|H)\.?[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3}(?:,?[ \t\x{00A0}]+(?:Gang|Gg\.|Blok|Km|Lorong|Lr\.)[ \t\x{00A0}]+(?:[A-Z0-9]{1,4}|` + capWord + `)(?:[ \t\x{00A0}]+` + capWord + `){0,3}){0,3},?[ \t\x{00A0}]+(?:nomor|No\.?|no\.?)[ \t\x{00A0}]*\d{1,4}[A-Z]?\b(?:,?[ \t\x{00A0}]+RT[ \t\x{00A0}]+\d{1,3}[ \t\x{00A0}]*/?[ \t\x{00A0}]*RW[ \t\x{00A0}]+\d{1,3}\b)?(?:,[ \t\x{00A0}]+(?:Kel\.|Kelurahan|Kec\.|Kecamatan|Desa|Dusun)[ \t\x{00A0}]+` + capWord + `){0,2}`)

// findJalanAddresses finds the addresses jalanRE describes, with the
// parts said after them, and the village addresses desaRE describes.
func findJalanAddresses(text string) []candidate {
	var out []candidate
	eachMatch(jalanRE(), text, windowsAround(text, indexAllOf(text, "Jalan ", "Jl. ", "Jln"), 0, 120), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
	})
	eachMatch(desaRE(), text, windowsAround(text, indexAllOf(text, "Ohoi ", "Desa ", "Dusun "), 0, 120), func(m []int) {
		out = append(out, candidate{kind: Address, start: m[0], end: addressRunOn(text, m[1])})
	})
	return out
}

// desaUnit is a unit of an Indonesian village address: the village (Desa,
// or Ohoi in the Kei Islands), its hamlet (Dusun), ward or district, each
// with its name.
var desaUnit = `(?:Ohoi|Desa|Dusun|Kel\.|Kelurahan|Kec\.|Kecamatan)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2}`

// desaRE is an Indonesian village address with no street, the units said
// one after another or with the neighbourhood's RT and RW: "Dusun Tiga,
// Ohoi Banda Eli", "Ohoi Ohoidertawun, RT 03/RW 01", "Ohoi Ngilngof, Dusun
// Dua". A unit alone is a place ("from Desa Sukamaju"), not an address.
var desaRE = lazyRE(`\b` + desaUnit + `(?:,?[ \t\x{00A0}]+(?:RT[ \t\x{00A0}]*\d{1,3}[ \t\x{00A0}]*/?[ \t\x{00A0}]*RW[ \t\x{00A0}]*\d{1,3}\b|` + desaUnit + `))+`)

// vietStreetRE is a Vietnamese house's number, with its alley's or not,
// before its street's name, at the start of a clause or after a word that
// places it: "at 14 Phù Đổng Thiên Vương", "28 Trần Phú, second floor",
// "45/7 Hai Bà Trưng", "số 7 Phạm Văn Đồng".
var vietStreetRE = lazyRE(`(?:^|[,.!?:]|\b(?:at|in|to|on|is))[ \t\x{00A0}]+((?:[Ss]ố[ \t\x{00A0}]+)?\d{1,4}(?:/\d{1,3})?[A-Z]?[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){1,3})`)

// findVietStreets finds Vietnamese streets numbered first: the street's
// name is written with Vietnamese marks (most are named after people,
// "Trần Phú", "Hai Bà Trưng", so the name alone would be a person's) and
// its clause ends with it.
func findVietStreets(text string, digitWins []span) []candidate {
	return findWithLists(vietStreetRE(), text, digitWins, func(g *gazetteer, m []int, out *found) {
		s, e := m[2], m[3]
		if !vietnameseMarked(text[s:e]) || !houseNumberGoesOn(text, e) {
			return
		}
		number, name, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(text[s:e], "số "), "Số "), " ")
		if k := fold(name); isYear(number) || g.isPlace(k) || g.isTown(k) || readingSaidRE().MatchString(sentenceTail(text, s, 64)) {
			return // "in 2019 Hội An", "12 Đà Nẵng, 8 Huế", "The dose is 5 Đơn Vị"
		}
		out.add(Address, s, addressRunOn(text, e))
	})
}
