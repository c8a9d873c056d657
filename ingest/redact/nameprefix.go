package redact

// Names said with a particle before them that is part of how the person is
// called: the Cantonese and Hokkien "Ah" ("Ah Fang", "Auntie Ah Sue"), and
// the "Ta" that Lao and Khmu speakers put before an old man's name ("Ta
// Koeng"). Left outside the span, the particle stays in the text beside
// the pseudonym and tells a reader who was named. A title found as a name
// by itself goes with the name after it the same way ("Pak Wahyudi").

// ahNameRE is "Ah" and a capitalised word after it, a space between: how
// Cantonese and Hokkien speakers call one another.
var ahNameRE = lazyRE(`(?:^|[^\p{L}\p{N}'’])(Ah [\p{Lu}][\p{Ll}]+)\b`)

// notAfterAh are the capitalised words "Ah" stands before as an
// exclamation, not as part of a name: "Ah Jesus", "Ah Mum", "Ah OK".
var notAfterAh = setOf(`well yes yeah yep no nope ok okay god jesus christ lord right sorry thanks thank so now then
mum mom mam mummy mommy mama dad daddy papa doctor nurse sister brother auntie aunty uncle granny grandma grandad
sure good great fine bless hello hi hey wait look listen see come go oh ah eh um er
ma mah po gong yeh pa ba poh kong mui hmm wow gosh jeez damn shit crap bugger bollocks heck cool whatever dear da`)

// prefixedNames widens the people found in cs over a particle said just
// before them, joins titles to the names after them (titlesIntoNames), and
// adds the names said after "Ah" that nothing found.
func (d *Detector) prefixedNames(text string, cs []candidate) []candidate {
	for i := range cs {
		c := &cs[i]
		if c.kind != Person {
			continue
		}
		for _, p := range []string{"Ah ", "Ta "} {
			if p == "Ta " && d.gaz.name(fold(text[c.start:c.end])) != 0 {
				continue // "Ta Sarah": thanks, in British speech
			}
			if s := c.start - len(p); s >= 0 && text[s:c.start] == p && wordStartsAt(text, s) {
				c.start = s
			}
		}
	}
	cs = titlesIntoNames(text, cs)
	wins := windowsAround(text, indexAll(text, "Ah ", false), 0, 40)
	eachMatch(ahNameRE(), text, wins, func(m []int) {
		w := fold(text[m[2]+3 : m[3]])
		if d.gaz.isWord(w) && (d.gaz.name(w) == 0 || d.gaz.wordFirst(w)) && !cantoneseSyllables[w] && !hokkienSyllables[w] {
			return // "Ah Cancer", "Ah Really": an exclamation before a word
		}
		if notAfterAh[w] || functionWords[w] || titleWords[w] || roleWords[w] || calendarWords[w] || otherNonNames[w] ||
			d.gaz.isPlace(w) || d.gaz.isTown(w) || d.gaz.isThing(w) || d.gaz.isPeople(w) || d.gaz.isDemonym(w) {
			return
		}
		cs = append(cs, candidate{kind: Person, start: m[2], end: m[3], why: `said after "Ah", as Cantonese and Hokkien speakers call one another`})
	})
	return cs
}

// titlesIntoNames joins a title found as a name by itself ("Pak", "Ibu",
// "Pater") to the name found just after it ("Pak Rahman"): the title
// alone is no one, and with the name it is replaced with it.
func titlesIntoNames(text string, cs []candidate) []candidate {
	at := make(map[int]int, len(cs)) // a person's start → its index
	for i, c := range cs {
		if c.kind == Person {
			at[c.start] = i
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if k := fold(text[c.start:c.end]); c.kind == Person && (nameTitles[k] || titleWords[k]) && c.end < len(text) && text[c.end] == ' ' {
			if j, ok := at[c.end+1]; ok && cs[j].start == c.end+1 {
				cs[j].start = c.start
				continue
			}
		}
		out = append(out, c)
	}
	return out
}
