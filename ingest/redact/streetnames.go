package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Streets by their names: a street named with its kind but without a
// house number ("on Belgrave Road", findStreetNames), and a house given
// by its street's name and number without the kind (findNamedHouses in
// streetforms.go, judged here).

// plainStreetSuffixes are the suffixes that make a street name without a
// cue before it ("at the centre, Sanderstead Road"): those that seldom end
// the name of a place or a thing ("Kew Gardens", "Trafalgar Square").
var plainStreetSuffixes = setOf(`street road lane avenue drive close crescent terrace boulevard`)

// onStreetCues are the words that put what follows on a street rather
// than in a place: "off Carrow Way", not "at Trafalgar Square".
var onStreetCues = setOf(`on off along down up onto`)

// notStreets are first words of "streets" that are rather shows, sayings,
// organisations or apps ("Coronation Street", "down Memory Lane", "the Red
// Crescent", "Downing Street said", "Google Drive").
var notStreets = setOf(`coronation sesame wall memory fast slow silk red downing fleet easy civvy google open`)

// findStreetNames finds street names without a house number. After a cue
// ("on", "down the") any suffix will do; without one only the plainer
// suffixes, or any street's with its town after a comma ("Sapper Way, Half
// Tree Hollow"; not a square's or a park's), and only when the name
// stands alone: not inside a longer capitalised name ("Mill Lane
// Surgery") and not a saying.
func findStreetNames(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(streetNameRE(), text, wins, func(m []int) {
		s, e := m[4], m[5]
		name := text[s:e]
		first, _, _ := strings.Cut(name, " ")
		if notStreets[strings.ToLower(first)] || questionOpeners[strings.ToLower(first)] || strings.HasSuffix(name, "Red Crescent") {
			return // "the Syrian Arab Red Crescent": the society
		}
		// "the High Street", "the Main Road": a town's shops, not an address.
		if m[2] >= 0 && strings.Contains(text[m[2]:m[3]], "the") && (first == "High" || first == "Main") {
			return
		}
		// "Cedar Avenue South": a compass point after, then the clause ends.
		if m := compassAfterRE().FindStringIndex(text[e:min(len(text), e+12)]); m != nil && (clauseEnds(text, e+m[1]) || m[1] <= 3) {
			e += m[1]
		}
		// Followed by a capitalised word: the name of a surgery, a
		// school, a centre.
		if rest := strings.TrimLeft(text[e:], " \t"); len(rest) < len(text[e:]) && rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return
			}
		}
		plainSuffix := plainStreetSuffixes[strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])]
		// A house number before it, in digits or words, is the best cue.
		if h := houseNumberRE().FindStringIndex(text[max(0, s-24):s]); h != nil && !isDigitByte(name[0]) {
			out = append(out, candidate{kind: Address, start: max(0, s-24) + h[0], end: e})
			return
		}
		switch town := townSaidAfter(text, e); {
		case town > e && !isDigitByte(name[0]) && !capitalisedBefore(text, s) && !nameOfAPlace(text, s, name):
			// "Sapper Way, Half Tree Hollow", "Fisherman's Row, Herm": a
			// street with its town after it, without a house or a cue.
			e = town
		case m[2] < 0:
			if !plainSuffix || isDigitByte(name[0]) && !strings.ContainsAny(first, "NSEW") || capitalisedBefore(text, s) {
				return
			}
		case !plainSuffix:
			// "at Trafalgar Square", "near Kew Gardens": places; "off
			// Carrow Way", "on Mercer Walk": streets.
			cue, _, _ := strings.Cut(text[m[2]:m[3]], " ")
			if !onStreetCues[strings.ToLower(cue)] {
				return
			}
		}
		out = append(out, candidate{kind: Address, start: s, end: e})
	})
	return out
}

// theLandmarkCommaRE is a landmark named with "the" just before a comma:
// what follows it names the landmark's road, not an address.
var theLandmarkCommaRE = lazyRE(`\bthe[ \t]+(?:\p{Lu}[\p{L}'’\-]*[ \t]+){0,3}\p{Lu}[\p{L}'’\-]*,$`)

// questionOpeners begin a question or a clause, and no street's name:
// "Interviewer: Does Sunny Terrace help…", "And Ice Road is…".
var questionOpeners = setOf(`and but or so does do did is are was were can could will would should has have had then if when what where who why how it's it’s that's that’s there's there’s here's here’s this that it there here`)

// capitalisedBefore reports whether the word just before s (on the same
// sentence, no punctuation between) is capitalised: s is then inside a
// longer name.
func capitalisedBefore(text string, s int) bool {
	p := strings.TrimRight(text[:s], " \t")
	if len(p) == len(text[:s]) || p == "" || strings.ContainsAny(p[len(p)-1:], ".:!?") {
		return false // "Lwazi: Bongweni Street": a speaker's label, then the street
	}
	if strings.HasSuffix(p, ",") && !theLandmarkCommaRE().MatchString(p[max(0, len(p)-40):]) {
		return false // "in Derna, Al-Bahr Street": the town, then its street; not "opposite the Stadium, Kumasi Road"
	}
	k := strings.LastIndexAny(p, " \t\n")
	r, _ := utf8.DecodeRuneInString(p[k+1:])
	return unicode.IsUpper(r)
}

// A home in much of Europe, Latin America and the former Soviet Union is
// given as its street's name and the house number, with no word for the
// street's kind ("Egnatia 128", "Kirova 23", "Durazno 1301"). What tells
// the address from "Apollo 11" is how it is said: after a word that
// places it ("we lived on Zavodskaya 18", "from Dimonaktos 6 to the school"),
// after its town and a comma ("in Chania, Kalergon 14"), or as a sentence
// of its own where the talk is of a place ("Come to my house. Kirova 23,
// with the blue fence.").

// houseCue returns what places the street's name and number matched by
// namedHouseRE (m), folded: a comma, a word ("on", "from"), or the end of
// the sentence before ("." for any of .!?:]—), and where the name starts.
// A capitalised cue the expression took as the name's first word ("On
// Liverpool 152") is the cue.
func houseCue(text string, m []int) (string, int) {
	cue, s := strings.ToLower(text[m[2]:m[3]]), m[4]
	if strings.ContainsAny(cue, ".!?:]—") {
		cue = "."
	}
	for range 2 {
		w, rest, ok := strings.Cut(text[s:m[5]], " ")
		if !ok || !houseCueWords[strings.ToLower(w)] && !functionWords[fold(w)] {
			break
		}
		cue, s = strings.ToLower(w), s+len(w)+1+len(rest)-len(strings.TrimLeft(rest, " "))
	}
	return cue, s
}

// houseCueWords place the street's name and number said after them.
var houseCueWords = setOf(`at in to on from off near behind opposite past`)

// houseSaidAsPlace reports whether the street's name and number at [s,e),
// after cue, are said as a place. After a comma the clause must end and a
// place be given before it; after a word, the sentence may go on ("lives
// at Vojvođanska 9 in Nikšić"), and when the name is no word or name at
// all, in any way but with a measure ("in Sala 3 days"); as a sentence of
// its own, where the door is or its town must follow, or the talk before
// it be of a place.
func houseSaidAsPlace(g *gazetteer, text, cue string, s, e int) bool {
	switch cue {
	case ",":
		return houseNumberEnds(text, e) && venueBeforeRE().MatchString(text[max(0, s-62):s])
	case "at", "in", "to", "on":
	default:
		if !ownStreetName(g, text[s:e]) {
			return false // "from Distrito 8", "Flat 3.": a district or a flat, told with the rest of the address or not at all
		}
	}
	switch cue {
	case ".":
		if houseTailRE().MatchString(text[e:min(len(text), e+40)]) {
			return true
		}
		return houseNumberEnds(text, e) && holdsAny(text[max(0, s-200):s], placeTalkWords)
	}
	if houseNumberGoesOn(text, e) || houseTailRE().MatchString(text[e:min(len(text), e+40)]) {
		return true
	}
	return foreignName(g, text[s:e]) && !measureAfter(text, e) && !judgedAfterHouse(text, cue, e)
}

// judgedAfterHouse reports whether the word after a house's number is one
// houseNumberGoesOn weighs ("to", "and", "with", "for", "when"): its
// answer stands ("on Balmoral 3 to the end" is a ward's bay, "on Avenida 6
// while…" a grid town's street), but for "to" after "from": the way from
// one place to another ("from Dimonaktos 6 to the school").
func judgedAfterHouse(text, cue string, e int) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(text[e:min(len(text), e+16)], " \t\u00a0"), " ")
	return w == "to" && cue != "from" || w == "and" || w == "with" || w == "for" || clauseWhenWords[w]
}

// placeTalkWords, lower case, in the talk before a sentence that is only
// a street's name and number, make it an address.
var placeTalkWords = []string{"house", "home", "flat", "address", "street", "live", "post", "letter", "meet", "come to", "office", "shop", "door", "where"}

// houseTailRE is what follows a house's number in an address: where the
// door is ("near the university", "the green gate", "upstairs", "first
// floor"), or the town ("in Hato").
var houseTailRE = lazyRE(`^[,.]?[ \t\x{00A0}]+(?:(?i:near|opposite|next to|behind|beside|across from|upstairs|downstairs|ground floor|first floor|second floor|third floor|fourth floor|top floor|off the|by the)\b|the[ \t\x{00A0}]+(?:\p{Ll}+[ \t\x{00A0}]+)?(?:gate|door|fence)\b|in[ \t\x{00A0}]+\p{Lu}\p{L}+(?:[ \t\x{00A0}]*[,.]|$))`)

// foreignName reports whether the words of a street's name before its
// number are neither English words nor names the lists hold.
func foreignName(g *gazetteer, span string) bool {
	f := strings.Fields(span)
	for _, w := range f[:len(f)-1] {
		k := fold(strings.Trim(w, ",."))
		if g.isWord(k) || g.name(k) != 0 || g.isPlaceOrTown(k) {
			return false
		}
	}
	return len(f) > 1
}

// ownStreetName reports whether the words before the number at the end
// of span hold a street's own name: a word that is no English word, no
// given name and no kind of street, district or dwelling ("Kirova", not
// "Flat", "Zone" or "Distrito").
func ownStreetName(g *gazetteer, span string) bool {
	f := strings.Fields(span)
	for _, w := range f[:len(f)-1] {
		k := fold(strings.Trim(w, ",."))
		if !g.isWord(k) && g.name(k)&givenCommon == 0 && !addressPartWords[k] && !locatorNames[k] && !districtKinds[k] {
			return true
		}
	}
	return false
}

// districtKinds name a district, a zone or a block by its number in other
// languages ("Distrito 8", "Zona 3", "Kebele 07").
var districtKinds = setOf(`distrito zona zone sector sektor setor bairro barrio colonia kebele woreda purok sitio rayon mikrorayon kvartal blok bloco manzana lote quadra`)

// measureAfter reports whether the number ending at e counts or measures
// something ("3 days", "50 mg").
func measureAfter(text string, e int) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(text[e:min(len(text), e+16)], " \t\u00a0"), " ")
	w = strings.ToLower(strings.TrimRight(w, ".,;:!?"))
	return measureUnits[w]
}

// measureUnits are words after a number that make it a count or a
// measure.
var measureUnits = setOf(`years year yrs months month weeks week days day hours hour minutes minute mins min seconds times people percent per mg ml mcg g kg km m cm mm am pm x pounds dollars euros kids children sessions pills tablets units points goals`)
