package redact

import "strings"

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
	cs = append(cs, myanmarNames(text)...)
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

// shanNameRE is a Shan name, its prefix ("Sai" for a man, "Nang" for a
// woman, "Sao" for nobility) and up to three syllables after it: "Sai Tun
// Kyaw", "Nang Hseng". burmeseNameRE is a Burmese name after its title
// ("Daw San San Yi", "Ma Thandar Oo", "U Tun Kyaw"), the title left out
// (group 1 the name).
var (
	shanNameRE    = lazyRE(`(?:^|[^\p{L}\p{N}'’])((?:Sai|Nang|Sao) [\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]+){0,2})\b`)
	burmeseNameRE = lazyRE(`(?:^|[^\p{L}\p{N}'’])(?:Daw|U|Ma|Ko|Maung|Mi|Naw|Saw) ([\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]+){0,3})\b`)
)

// myanmarSyllables are the syllables Burmese and Shan names are made of;
// many are English words too ("Pan", "Tun", "Win", "Tin", "Su").
var myanmarSyllables = setOf(`aung aye chan chit cho ei hla hlaing hnin htay htet htun htwe khaing khin kyaw kyi kyu lay lin lwin
maung may min moe mon mya myat myint myo naing nandar nanda nay nilar nu nwe nyein nyunt oo phyo phyu pyae pyay san sandar
sein shwe soe su swe than thandar thant thaung thein thet thida thin thu thuzar tin tun wai win yadanar yamin ye yi yin zaw
zin zar kham pan mong leng seng hseng noom lao harn hom ngern zarm lu hkun nyi`)

// oneSyllableName reports whether a name of one syllable after a title is
// one: after "Daw", "Ko" or "Maung" (not "U", "Saw", "Ma", "Mi" or "Naw",
// which are "you", the verb, "my" or "mum" and "no" as often: "see U
// Mon", "Saw Pan's Labyrinth"), and no English word or day ("Ko Pan").
func oneSyllableName(before, name string) bool {
	title := strings.Fields(before)
	return len(title) > 0 && oneSyllableTitles[title[len(title)-1]] && !wordOrDay(fold(name))
}

// oneSyllableTitles may stand before a Burmese name of one syllable.
var oneSyllableTitles = map[string]bool{"Daw": true, "Ko": true, "Maung": true}

// myanmarNames finds Shan names after their prefix, the prefix with them,
// and Burmese names after a title, every syllable one of
// myanmarSyllables, and the Shan name's syllables after the first ones
// only while they are ("Sai Pan. Also" stops at "Pan").
func myanmarNames(text string) []candidate {
	var out []candidate
	syllables := func(name string, from int) int { // how many words from the first are syllables
		n := 0
		for i, w := range strings.Fields(name) {
			if i >= from && !myanmarSyllables[fold(w)] {
				break
			}
			n++
		}
		return n
	}
	wins := windowsAround(text, indexAllOf(text, "Sai ", "Nang ", "Sao ", "Daw ", "U ", "Ma ", "Ko ", "Maung ", "Mi ", "Naw ", "Saw "), 0, 48)
	eachMatch(shanNameRE(), text, wins, func(m []int) {
		least := 2
		if strings.HasPrefix(text[m[2]:], "Sao ") {
			least = 3 // "Sao Lin", a shop
		}
		if n := syllables(text[m[2]:m[3]], 1); n >= least && !strings.HasSuffix(text[max(0, m[2]-3):m[2]], "Da ") {
			out = append(out, candidate{kind: Person, start: m[2], end: m[2] + len(strings.Join(strings.Fields(text[m[2]:m[3]])[:n], " ")), why: `a Shan name after its prefix ("Sai", "Nang")`})
		}
	})
	eachMatch(burmeseNameRE(), text, wins, func(m []int) {
		name := text[m[2]:m[3]]
		if n := syllables(name, 0); n == len(strings.Fields(name)) && (n >= 2 || oneSyllableName(text[m[0]:m[2]], name)) {
			out = append(out, candidate{kind: Person, start: m[2], end: m[3], why: "a Burmese name after its title, its syllables Burmese"})
		}
	})
	return out
}

// prefixOpensName reports whether the word at i is a prefix that is part
// of the name after it, and no filler here: a kunya, "Umm Yousef", "Abu
// Nizar", a familiar "Ah Fong", or the prefix of an Ê Đê, Jarai or K'Ho
// name, "Y Đoan", "H Linh", "Ka Sô Liễng".
func (d *Detector) prefixOpensName(doc *document, i int) bool {
	ws := doc.words
	w := &ws[i]
	if w.upper && namePrefixWords[w.key] && i+1 < len(ws) && doc.adjacent(i) && ws[i+1].upper && (w.key != "ah" || d.familiarName(&ws[i+1])) && !(w.key == "saw" && d.gaz.name(ws[i+1].key)&givenCommon != 0) {
		return true
	}
	return d.highlandPrefix(doc, i)
}

// highlandPrefix reports whether the word at i is the prefix that opens
// a name of the peoples of Vietnam's Central Highlands, before the rest
// of it: "Y" of an Ê Đê or Jarai man ("Y Đoan", "Y Rin"), "H" of a woman
// ("H Linh"), "Kpă", "Ka" and "A" of Jarai, K'Ho and Bahnar names ("Kpă Y
// Hlơi", "Ka Sô Liễng", "A Pếch"). "Y" and "H" stand before a word no list
// knows as a word or a place ("Y Chromosome", "H Block" are none), and
// "Ka" too; "A", an article too, before a word written with Vietnamese
// marks.
func (d *Detector) highlandPrefix(doc *document, i int) bool {
	ws := doc.words
	if i+1 >= len(ws) || !doc.adjacent(i) || !ws[i+1].upper || ws[i+1].allCaps && len(ws[i+1].key) > 1 {
		return false
	}
	next := &ws[i+1]
	unlisted := !d.gaz.isWord(next.key) && !d.gaz.isPlace(next.key) && !d.gaz.isThing(next.key)
	if highlandPrefixes[ws[i].text] {
		return unlisted && !isNoise(next.key)
	}
	if ws[i].text != "A" || !unlisted || !vietnameseMarked(next.text) {
		return false
	}
	// "A Pếch came later"; not "A Đà Lạt doctor", "A Tết gift", "Grade A
	// Đà Nẵng rice": a place or a thing, or a noun after the run.
	end := d.nameRun(doc, i+1, 3)
	return (end <= i+1 || !d.gaz.isPlace(doc.keyOf(i+1, end)) && !d.gaz.isThing(doc.keyOf(i+1, end))) &&
		(i == 0 || !ws[i-1].upper || ws[i].sentStart) && !nounAfter(doc, end)
}

// highlandPrefixes open the names of the peoples of Vietnam's Central
// Highlands before a word no list knows, in speech and in a speaker's
// label ("Y Đoan:", "H Linh:"), as written.
var highlandPrefixes = map[string]bool{"Y": true, "H": true, "Kpă": true, "Ka": true}

// nounAfter reports whether the word at e, just after a run, is a
// lower-case word that is no verb of a person and no clause's end: the
// run is then a noun's modifier ("A Phở shop", "A Đà Lạt trip").
func nounAfter(doc *document, e int) bool {
	ws := doc.words
	return e > 0 && e < len(ws) && doc.adjacent(e-1) && !ws[e].upper && !personVerbs[ws[e].key] && !functionWords[ws[e].key]
}

// vietnameseMarked reports whether a word is written with a letter or a
// tone mark only Vietnamese uses: "Đoan", "Liễng", "Hlơi", "Pếch".
func vietnameseMarked(w string) bool {
	return strings.ContainsAny(w, "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ")
}
