package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The streets whose kind is said after their name: as a word of its own
// ("Pikk tänav", "Atatürk Caddesi 45", "Alazani Avenue 31") or as the end
// of the name's one word ("Hafnarstræti 94", "Georg-Wilhelm-Straße 17").

// nameKindStreetRE is a street named before its kind, with its number
// after, as Azerbaijani, Uzbek, Turkish, Slavic and German addresses give
// it: "Azadlıq prospekti 112", "Atatürk Caddesi 45", "Berger Straße 211",
// a Viennese flat's staircase and door after its house ("Brünner Straße
// 34/5/2"), a Basque "kalea" or a Latvian "laukums".
var nameKindStreetRE = lazyRE(`\p{Lu}\p{L}+(?:['’]\p{L}+)?(?:[ \t\x{00A0}]\p{Lu}\p{L}+(?:['’]\p{L}+)?)?[ \t\x{00A0}]+(?i:` + nameKinds + `|straße|strasse|str\.|gasse|allee|platz|chaussee|weg|tér|gata|gøta|vegur|vej|plac)[ \t\x{00A0}]+(?:No[.:]?[ \t\x{00A0}]*)?\d{1,4}[A-Za-z]?(?:-\d{1,4}|(?:/\d{1,3}){1,2})?(?:\.[ \t\x{00A0}]\d{1,2}/\d{1,3})?\b`)

// lowerKindStreetRE is a street named before an English kind in lower
// case, as a Russian or Ukrainian street is given in English
// ("Novotorzhskaya street, 8", "Partizanskaya street, 70", an Armenian
// "Tigran Mets avenue 52"): the number
// after it, with a comma or not. English streets write the kind
// capitalised.
var lowerKindStreetRE = lazyRE(`\p{Lu}\p{L}+(?:[ \t\x{00A0}\-]\p{Lu}\p{L}+)?[ \t\x{00A0}]+(?:street|avenue|lane|prospect|embankment|boulevard|square),?[ \t\x{00A0}]+\d{1,4}[A-Za-z]?(?:/\d{1,3})?\b`)

// numberAfterKindRE is a street with an English kind and its house number
// after it, as English is written in the Caucasus and Central Asia:
// "Alazani Avenue 31" (three digits at most: "Main Street 1990s" is a
// decade).
var numberAfterKindRE = lazyRE(`\p{Lu}\p{L}+(?:[ \t\x{00A0}]\p{Lu}\p{L}+)?[ \t\x{00A0}]+(?:Avenue|Street|Road|Boulevard)[ \t\x{00A0}]+\d{1,3}(?:[-/]\d{1,3})?\b`)

// numberedStreetRE is a Turkish street named by its number, with its
// quarter before it or not: "Kaynartepe Mahallesi, 812. Sokak No 7".
var numberedStreetRE = lazyRE(`(?:\p{Lu}\p{L}+[ \t\x{00A0}]+(?:Mahallesi|Mah\.),?[ \t\x{00A0}]+)?\b\d{1,4}\.[ \t\x{00A0}]+(?:Sokak|Sokağı|Sk\.|Cadde|Caddesi|Cad\.)(?:[ \t\x{00A0}]+No[.:]?[ \t\x{00A0}]*\d{1,4}[A-Za-z]?(?:/\d{1,3})?)?`)

// nameKinds are the kinds of street said after the street's name as a
// word of their own, in the languages that name streets so (Estonian
// "Pikk tänav", Slovak "Hviezdoslavovo námestie", Serbian "Vizantijski
// bulevar", Uzbek "Islom Xo'ja ko'chasi"), where no number is needed
// after a word that puts one on the street (cuedNameKindRE). Longer kinds
// come before the kinds they begin with ("prospektas" before "prospekt"):
// cuedNameKindRE takes the first that matches.
const nameKinds = `prospekti|weg|küçəsi|kucesi|sahili|döngəsi|dalanı|meydanı|şossesi|ko['’]chasi|kuchasi|caddesi|sokağı|sokak|bulvarı|bulvari|bulevar|bulevard|ulitsa|ulica|ulice|utca|iela|třída|trida|gatvė|gatve|prospektas|alėja|út|körút|tänav|maantee|puiestee|tee|cesta|bulvāris|bulvaris|námestie|náměstí|trg|sugárút|aleja|aleje|naberezhna|naberezhnaya|naberezhnaia|prospekt|prospect|kalea|laukums`

// nameKindWords are what nameKindStreetRE looks for, lower case.
var nameKindWords = []string{"prospekt", "küçə", "kucesi", "sahili", "döngə", "dalanı", "meydanı", "şosse", "chasi", "caddesi", "sokağı", "sokak", "bulvar", "bulevar", "ulitsa", "ulica", "ulice", "utca", "iela", "třída", "trida", "gatv", "tér", "út", "körút", "straße", "strasse", "str.", "gasse", "allee", "platz", "chaussee", "weg",
	"tänav", "maantee", "puiestee", "námestie", "náměstí", "trg", "aleja", "aleje", "gata", "gøta", "vegur", "vej", "plac", "tee", "cesta", "bulv", "naberezhn", "kalea", "laukums"}

// streetSuffixWords are what suffixStreetRE looks for, lower case.
var streetSuffixWords = []string{"stræti", "hlíð", "stígur", "tie", "väylä", "kuja", "polku", "raitti", "gata", "stråket", "gränd", "torget", "backen", "stigen", "allén", "allee", "damm", "gøta", "vegur", "vej", "gade", "stræde", "vænget", "vängen", "vägen", "veien", "braut", "straße", "strasse", "gasse", "straat", "gracht", "laan", "weg", "plein", "kade", "singel", "dijk", "lei", "dreef", "steenweg", "sebaan", "steeg", "katu", "utca", "gatvė", "ulica", "str."}

// givenNameBefore returns where a street whose kind ends its word starts
// when it is named for someone by their given name and surname, as Dutch
// streets are ("Jacob Catsstraat 112", "Willem Beukelszoonstraat 3"), or
// after a place, as German ones are ("Möllner Landstraße 12"): the word
// just before it; else s.
func givenNameBefore(text string, s int) int {
	if s < 3 || text[s-1] != ' ' {
		return s
	}
	i := s - 1
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	word := text[i : s-1]
	if r, _ := utf8.DecodeRuneInString(word); len(word) < 3 || !unicode.IsUpper(r) || i > 0 && !strings.ContainsRune(" \t\u00a0—–(", rune(text[i-1])) {
		return s
	}
	g, err := loadGazetteer()
	if err != nil || functionWords[strings.ToLower(word)] {
		return s
	}
	k := fold(word)
	placeAdjective := strings.HasSuffix(word, "er") && !g.isWord(k) // "Billstedter Hauptstraße 38"
	if !g.name(k).given() && !placeAdjective {
		return s
	}
	return i
}

// suffixStreetRE is a street whose kind ends its one word, as in the
// Nordic, German, Dutch, Finnish, Hungarian and Baltic languages, with its
// number after: "Hafnarstræti 94", "Lækjargata 7", "Vestergade 38",
// "Hauptstraße 12"; or
// a German street named for someone, its kind after a hyphen:
// "Georg-Wilhelm-Straße 17"; a Finnish staircase's letter and the flat
// may follow the house ("Isokatu 27 B 12"), a Belgian box ("Kouter 9
// bus 3"), or an Austrian stair and flat ("Schörgelgasse 22/Top 7",
// "Lindengasse 14/3/12").
var suffixStreetRE = lazyRE(`\p{Lu}\p{L}{2,}(?:(?:-\p{Lu}\p{L}+)*-(?:Straße|Strasse|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer)|stræti|hlíð|stígur|tie|väylä|kuja|polku|raitti|gata|gatan|stråket|gränd|gränden|torget|backen|stigen|allén|gøta|vegur|vej|gade|stræde|vænget|vängen|vägen|veien|braut|straße|strasse|gasse|allee|damm|straat|gracht|laan|weg|plein|kade|singel|dijk|lei|dreef|steenweg|sebaan|steeg|katu|utca|gatvė|ulica|str\.)[ \t\x{00A0}]+\d{1,4}[A-Za-z]?(?:-[A-Za-z0-9]{1,3}|[ \t\x{00A0}][A-H](?:[ \t\x{00A0}]\d{1,3})?|[ \t\x{00A0}]bus[ \t\x{00A0}]\d{1,3}|(?:/(?:Top[ \t\x{00A0}]?)?\d{1,3}){1,2})?\b`)

// romanianStreetRE is a street as Romanians and Moldovans write it, its
// kind abbreviated first and the number after: "bd. Moscova 14/2", "str.
// Mihai Eminescu nr. 5", "bd. Ștefan cel Mare 123", "Calea Victoriei 12".
// Group 1 is the street, group 2 (or 3) its name's first word.
var romanianStreetRE = lazyRE(`(?:^|[^\p{L}])((?i:bd|bul|str|șos|şos|sos)\.[ \t\x{00A0}]*(\p{Lu}\p{L}+)(?:[ \t\x{00A0}\-](?:(?:cel|lui|de)[ \t\x{00A0}])?\p{Lu}\p{L}+){0,2},?[ \t\x{00A0}]+(?:nr\.?[ \t\x{00A0}]*)?\d{1,4}[A-Za-z]?(?:/\d{1,3})?|(?:Calea|Aleea|Strada|Bulevardul)[ \t\x{00A0}]+(\p{Lu}\p{L}+)(?:[ \t\x{00A0}\-](?:(?:cel|lui|de)[ \t\x{00A0}])?\p{Lu}\p{L}+){0,2},?[ \t\x{00A0}]+(?:nr\.?[ \t\x{00A0}]*)?\d{1,4}[A-Za-z]?(?:/\d{1,3})?)\b`)

// gridAvenueRE is a house on a street named by its number and a letter, as
// the grids of Surrey, Edmonton or Calgary give them: "13472 72A Avenue",
// "10235 124 Street".
var gridAvenueRE = lazyRE(`\b\d{3,6}[ \t\x{00A0}]+\d{1,3}[A-Za-z]?[ \t\x{00A0}]+(?:Avenue|Street|Ave\.?|St\.?)(?:[ \t\x{00A0}]+(?:NW|NE|SW|SE|N|S|E|W))?\b`)

// doseBeforeRE is a dose just before "bd." (twice a day, on a
// prescription): "metformin 500 mg bd.", "Tramadol 50 bd.".
var doseBeforeRE = lazyRE(`(?i)(?:\d[ \t\x{00A0}]*(?:mg|mcg|µg|g|ml|units?|tabs?|tablets?|caps?|sachets?|puffs?|drops?)?|\b(?:dose|take|takes|taking|prn|od|tds|qds|nocte|mane))[ \t\x{00A0}]*$`)

// streetNameIsWord reports whether the first word of a street's name is a
// medicine, a thing or a common English word ("str. Rest 2 weeks"), which
// no Romanian street is named with.
func streetNameIsWord(g *gazetteer, word string) bool {
	if g == nil {
		return false
	}
	k := fold(word)
	return g.isThing(k) || g.common.has(k)
}

// genitiveStreetRE is a street named for someone in the genitive and
// given without its kind, as people in Russia say it: "Pirogova 10",
// "Petra Alekseeva 64/2" (see genitiveStreet). The number must end the
// address where it stands (houseNumberGoesOn): "Ivanova 3 times" is no
// street.
var genitiveStreetRE = lazyRE(`(?:\p{Lu}\p{Ll}+[ \t\x{00A0}])?\p{Lu}\p{Ll}+(?:ova|eva|ina|ogo|ego|skaya|skoy)[ \t\x{00A0}]\d{1,3}(?:/\d{1,2})?\b`)

// genitiveStreetWords are what genitiveStreetRE looks for, lower case.
var genitiveStreetWords = []string{"ova ", "eva ", "ina ", "ogo ", "ego ", "aya ", "oy "}

// norwegianStreetRE is a Norwegian street named for someone, the kind in
// lower case after the name in the genitive, and its number: "Fredrik
// Langes gate 20", "Thorvald Meyers gate 52", "Welhavens gate 61".
// Group 1 is the word before the kind.
var norwegianStreetRE = lazyRE(`(?:\p{Lu}\p{L}+[ \t\x{00A0}])?(\p{Lu}\p{L}+s)[ \t\x{00A0}]+(?:gate|vei|plass)[ \t\x{00A0}]+\d{1,4}[A-Za-z]?\b`)

// yearPrepositionRE is a word that puts a year after it: "since 2019".
var yearPrepositionRE = lazyRE(`(?i)\b(?:in|since|by|until|till|around|from|after|before|of)[ \t\x{00A0}]+$`)

// countedAfterStreet are plural nouns a street's name is put before when
// its people or places are counted: "40 Rua dos Pescadores families".
var countedAfterStreet = setOf(`houses homes residents families people children kids pharmacies clinics shops schools women men households`)

// yearOrCountStreet reports whether the number a street follows at
// text[s:e] is rather a year ("Since 2019 Rua das Flores has had no
// water") or a count ("About 40 Rua dos Pescadores families came").
func yearOrCountStreet(text string, s, e int) bool {
	n := s
	for n < e && isDigitByte(text[n]) {
		n++
	}
	if isYear(text[s:n]) && yearPrepositionRE().MatchString(text[max(0, s-8):s]) {
		return true
	}
	next, _, _ := strings.Cut(strings.TrimLeft(text[e:min(len(text), e+24)], " \t\u00a0"), " ")
	return countedAfterStreet[strings.TrimRight(next, ",.;:!?")]
}

// openPlaceSuffixes end the names of squares, parks and other open places
// people meet at, rather than streets they live on.
var openPlaceSuffixes = setOf(`square sq park green gardens gdns hill heights view vale meadows wharf quay esplanade embankment parade circle broadway place`)

// nameOfAPlace reports whether a street's name at text[s:] names a place
// people go to rather than a street they live on: a square or a park
// ("Journal Square, Bayonne"), a market place, or a name said with "the"
// ("the Pilgrims Way, Canterbury", "The Meeting Place, Hull").
func nameOfAPlace(text string, s int, name string) bool {
	if f := strings.Fields(text[max(0, s-5):s]); strings.HasPrefix(name, "The ") || len(f) > 0 && strings.EqualFold(f[len(f)-1], "the") {
		return true
	}
	return openPlaceSuffixes[strings.ToLower(lastField(name))]
}

// townSaidAfter returns where the address parts said after a street's
// name ending at e, with a comma before them, end (its town, postcode or
// another part: "Sapper Way, Half Tree Hollow"), or e when none is.
func townSaidAfter(text string, e int) int {
	if !strings.HasPrefix(text[e:], ",") {
		return e
	}
	return addressRunOn(text, e)
}
