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
// Crescent", "Downing Street said", "Google Drive", "On Death Row", "Penny
// Lane", a song).
var notStreets = setOf(`coronation sesame wall memory fast slow silk red downing fleet easy civvy google open death skid milky penny rodeo`)

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

// initialBefore reports whether p ends with a name's initial: "Q.",
// "J.P.", "K.".
func initialBefore(p string) bool {
	w := p[strings.LastIndexAny(p, " \t\n")+1:]
	return strings.HasSuffix(w, ".") && len(w) <= 4 && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.") == ""
}

// theLandmarkCommaRE is a landmark named with "the" just before a comma:
// what follows it names the landmark's road, not an address.
var theLandmarkCommaRE = lazyRE(`\b[Tt]he[ \t]+(?:\p{Lu}[\p{L}'’\-]*[ \t]+){0,3}\p{Lu}[\p{L}'’\-]*,$`)

// questionOpeners begin a question or a clause, and no street's name:
// "Interviewer: Does Sunny Terrace help…", "And Ice Road is…".
var questionOpeners = setOf(`and but or so does do did is are was were can could will would should has have had then if when what where who why how it's it’s that's that’s there's there’s here's here’s this that it there here`)

// capitalisedBefore reports whether the word just before s is
// capitalised, with no punctuation between but a comma after anything
// but a landmark: s is then inside a longer name ("Mill Lane Surgery",
// "Tom. Baker Street" read as one). After a speaker's label (":"), a
// name's initial ("J.P.") or a place and a comma the street stands alone.
func capitalisedBefore(text string, s int) bool {
	p := strings.TrimRight(text[:s], " \t")
	if len(p) == len(text[:s]) || p == "" || strings.HasSuffix(p, ":") || initialBefore(p) {
		return false // "Lwazi: Bongweni Street": a speaker's label, then the street; "J.P. Rizal Street": an initial of the name
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
// after a place and a comma ("at the union hall, Perito Moreno 1450"), or as a sentence
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
	if i := strings.IndexAny(text[s:m[5]], " \t\u00a0"); i > 0 && houseCueWords[strings.ToLower(text[s:s+i])] {
		cue, s = strings.ToLower(text[s:s+i]), s+i
		for s < m[5] && (text[s] == ' ' || text[s] == '\t' || strings.HasPrefix(text[s:], "\u00a0")) {
			_, size := utf8.DecodeRuneInString(text[s:])
			s += size
		}
	}
	return cue, s
}

// numbersAfterCapitals returns, in the windows, where a run of digits
// starts right after a capitalised word and a space: where namedHouseRE
// may match.
func numbersAfterCapitals(text string, wins []span) []int {
	var at []int
	for _, w := range wins {
		for i := w.start; i < w.end; i++ {
			if !isDigitByte(text[i]) || i > 0 && isDigitByte(text[i-1]) {
				continue
			}
			p := strings.TrimRightFunc(text[max(0, i-40):i], unicode.IsSpace)
			if len(p) == len(text[max(0, i-40):i]) {
				continue // no space before: "A4", "12"
			}
			word := p
			if k := strings.LastIndexFunc(p, unicode.IsSpace); k >= 0 {
				_, size := utf8.DecodeRuneInString(p[k:])
				word = p[k+size:]
			}
			if isCapitalised(word) {
				at = append(at, i)
			}
		}
	}
	return at
}

// houseCues place the street's name and number said after them, in
// namedHouseRE and as houseCueWords.
const houseCues = `at|in|to|on|from|off|near|behind|opposite|past|live|lives|lived|living`

var houseCueWords = setOf(strings.ReplaceAll(houseCues, "|", " "))

// houseSaidAsPlace reports whether the street's name and number at [s,e),
// after cue, are said as a place. After a comma the clause must end and a
// place be given before it; after a word, the sentence may go on ("lives
// at Vojvođanska 9 in Nikšić"), and when the name is no word or name at
// all, in any way but with a measure ("in Sala 3 days"); as a sentence of
// its own, where the door is or its town must follow, or the talk before
// it be of a place. unsure says that only the name's being no word makes
// it a street: after a comma with no place named before it, where a
// brand's, a drug's or a score's name is as likely ("For the sugar,
// Glycomet 500", "Killip 2"), for a person to confirm.
func houseSaidAsPlace(g *gazetteer, text, cue string, s, e int) (place, unsure bool) {
	own, unlisted := streetNameWords(g, text[s:e])
	if cue == "," {
		before := text[max(0, s-62):s]
		if !houseNumberEnds(text, e) {
			return false, false
		}
		if venueBeforeRE().MatchString(before) {
			return true, false
		}
		return own && unlisted && !measuredAfter(text, e) && !medicineSaid(before), true
	}
	return houseSaidAfterWord(text, cue, s, e, own, unlisted), false
}

// houseSaidAfterWord is houseSaidAsPlace after a word or a sentence's end.
func houseSaidAfterWord(text, cue string, s, e int, own, unlisted bool) bool {
	switch cue {
	case "at", "in", "to", "on":
		// the cues before this rule, which take kinds of street too
	default:
		if !own {
			return false // "from Distrito 8", "Flat 3.": a district or a flat, told with the rest of the address or not at all
		}
	}
	if measuredAfter(text, e) {
		return false // "lost to Dinamo 2 nil", "in Sala 3 days"
	}
	tail := houseTailRE().MatchString(text[e:min(len(text), e+40)])
	if cue == "." {
		return tail || houseNumberEnds(text, e) && placeTalkRE().MatchString(text[max(0, s-200):s])
	}
	if tail || houseNumberGoesOn(text, e) {
		return true
	}
	return own && unlisted && !judgedAfterHouse(text, cue, e)
}

// medicineSaid reports whether s names a medicine's form: a name and a
// number after it are a medicine's and its strength ("the medicines we
// paid, Dolo 650").
func medicineSaid(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if medicineNouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// judgedAfterHouse reports whether the word after a house's number is one
// houseNumberGoesOn weighs ("to", "and", "with", "for", "when"): its
// answer stands ("on Balmoral 3 to the end" is a ward's bay, "on Avenida 6
// while…" a grid town's street), but for "to" after "from" or "past": the
// way from one place to another ("from Dimonaktos 6 to the school").
func judgedAfterHouse(text, cue string, e int) bool {
	w := wordAfter(text, e)
	return w == "to" && cue != "from" && cue != "past" || w == "and" || w == "with" || w == "for" || clauseWhenWords[w]
}

// placeTalkRE, in the talk before a sentence that is only a street's name
// and number, makes it an address: a home, an address or a meeting place
// named.
var placeTalkRE = lazyRE(`(?i)\b(?:house|home|flat|address|street|live|lives|lived|living|post|letters?|meet|meeting place|come to|office|shop|door)\b`)

// houseTailRE is what follows a house's number in an address: where the
// door is ("near the university", "the green gate", "upstairs", "first
// floor", "in the back of"), the town ("in Hato"), or the postcode and
// the town (", 2015 Strovolos").
var houseTailRE = lazyRE(`^[,.]?[ \t\x{00A0}]+(?:(?i:near|opposite|next to|behind|beside|across from|upstairs|downstairs|ground floor|first floor|second floor|third floor|fourth floor|top floor|off the|by the|in the back|at the back)\b|\d{3,5}[ \t\x{00A0}]+\p{Lu}\p{L}+|the[ \t\x{00A0}]+(?:\p{Ll}+[ \t\x{00A0}]+)?(?:gate|door|fence)\b|in[ \t\x{00A0}]+\p{Lu}\p{L}+(?:[ \t\x{00A0}]*[,.]|$))`)

// streetNameWords reports, of the words of a street's name before the
// number at the end of span, whether one is the street's own (no English
// word, given name or kind of street, district or dwelling: "Kirova", not
// "Flat", "Zone" or "Distrito"), and whether none is a word, name or
// place the lists hold.
func streetNameWords(g *gazetteer, span string) (own, unlisted bool) {
	f := strings.Fields(span) // namedHouseRE gives a name and a number
	return streetNameParts(g, f[:len(f)-1])
}

// streetNameParts is streetNameWords of the name's words alone.
func streetNameParts(g *gazetteer, words []string) (own, unlisted bool) {
	unlisted = true
	for _, w := range words {
		k := fold(strings.Trim(w, ",."))
		word, cls := g.isWord(k), g.name(k)
		if !word && cls&givenCommon == 0 && !addressPartWords[k] && !locatorNames[k] && !districtKinds[k] {
			own = true
		}
		if word || cls != 0 || g.isPlaceOrTown(k) {
			unlisted = false
		}
	}
	return own, unlisted
}

// districtKinds name a district, a zone or a block by its number in other
// languages ("Distrito 8", "Zona 3", "Kebele 07").
var districtKinds = setOf(`distrito zona zone sector sektor setor bairro barrio colonia kebele woreda purok sitio rayon mikrorayon kvartal blok bloco manzana lote quadra`)
