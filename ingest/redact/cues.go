package redact

import (
	"strings"
	"unicode/utf8"
)

// partOfOtherName reports whether the words [i,j) are part of the name of
// a place or an organisation: followed by "Court", "Garden", "Foundation",
// an acronym ("Lung UK"), or preceded by a capitalised non-name ("British
// Lung", "St Mary").
func (d *Detector) partOfOtherName(doc *document, i, j int) bool {
	ws := doc.words
	if restated(doc, i, j) {
		return false
	}
	if j-i == 1 && monthBeforeYear(doc, i) {
		return true // "in Nisan 2019": a month of another language or calendar
	}
	if j-i > 1 && (orgWords[ws[j-1].key] || placeWords[ws[j-1].key]) && !d.plainGiven(ws[i].key) && !romanisedGiven(ws[i].key) {
		return true // "Willow Court", "Rose Garden"; not "Anne Hill", "Min-jun Park"
	}
	if i > 0 && ws[i-1].possessive && ws[i-1].upper && strings.TrimLeft(doc.text[ws[i-1].end:ws[i].start], "'’sS") == " " && !d.plainGiven(ws[i].key) {
		p := ws[i-1].key
		// "Who's Penny?", "It's Penny": "'s" there is "is", no possessive.
		if !functionWords[p] && (calendarWords[p] || otherNonNames[p] || d.gaz.isThing(p) || (d.gaz.isWord(p) && d.gaz.name(p) == 0)) {
			return true // "Valentine's Day", "Mother's Day"
		}
	}
	if feastDayBefore(doc, i) {
		return true // "Día de la Candelaria", "Día de los Muertos": a feast
	}
	if i > 0 && stormWords[ws[i-1].key] && ws[i-1].upper && doc.adjacent(i-1) {
		return true // "Typhoon Mawar", "Hurricane Katrina": a storm's name
	}
	if i > 0 && (ws[i-1].key == "st" || ws[i-1].key == "saint" || saintWords[ws[i-1].key]) && ws[i-1].upper {
		if g := doc.text[ws[i-1].end:ws[i].start]; g == " " || g == ". " {
			return true // "St. Luke's", "San Nicola"
		}
	}
	if j-i == 1 && ws[i].key == "guy" && i > 0 && doc.adjacent(i-1) && ws[i-1].upper && !ws[i-1].sentStart && d.gaz.common.has(ws[i-1].key) && !d.plainGiven(ws[i-1].key) &&
		!titleWords[ws[i-1].key] && !honorifics[ws[i-1].key] && !surnameTitles[ws[i-1].key] && !nameTitles[ws[i-1].key] {
		return true // "Mr Good Guy", "the Fall Guy": a phrase, not Guy
	}
	if j-i == 1 && orgWords[ws[i].key] && i > 0 && doc.adjacent(i-1) && ws[i-1].upper {
		return true // "Services" of "Social Services"
	}
	if j < len(ws) && doc.adjacent(j-1) {
		n := &ws[j]
		if n.upper && (placeWords[n.key] || (n.allCaps && n.letters)) {
			return true
		}
	}
	if i > 0 && doc.adjacent(i-1) && !ws[i].sentStart {
		p := &ws[i-1]
		roleLabel := roleWords[p.key] && opensTurn(doc, i-1, j-i+1) // "Interpreter Lan: …", the speaker's role and name
		if p.upper && !titleWords[p.key] && !nameTitles[p.key] && !roleLabel && !d.kinGivenBefore(doc, i) && (otherNonNames[p.key] || calendarWords[p.key] || roleWords[p.key] || placeFirst[p.key] && !saintWords[p.key] || p.allCaps && p.letters && len(p.key) > 1) &&
			!(calendarWords[p.key] && j-i == 1 && j < len(ws) && (personVerbs[ws[j].key] || deedVerbs[ws[j].key]) && !d.gaz.isWord(ws[i].key) && !d.gaz.isPlace(doc.keyOf(i-1, j))) {
			return true // "Fort Sam Houston"; not "At Christmas Mirela brought the cake": she did; "New Zealand has" stays a place
		}
	}
	return false
}

// protected returns the spans of NotNames phrases in doc.
func (d *Detector) protected(doc *document) spanSet {
	var cs []candidate
	ws := doc.words
	phrases := append(append([][]string(nil), d.notPhrase...), protectedPhrases...)
	for _, p := range phrases {
		for i := 0; i+len(p) <= len(ws); i++ {
			match := true
			for k := range p {
				if ws[i+k].key != p[k] {
					match = false
					break
				}
			}
			if match {
				cs = append(cs, candidate{start: ws[i].start, end: ws[i+len(p)-1].end})
			}
		}
	}
	return spansOf(cs)
}

// namingCueAt reports whether the naming cue stands at word i and names
// what follows it: not a thing called something ("a group called…"), not
// a sentence's end after it ("I just called. Old number, …"), not a people
// said after "says" ("Everyone says Lebanese").
func (d *Detector) namingCueAt(doc *document, i int, cue []string) bool {
	ws := doc.words
	if i+len(cue) > len(ws) || !matchCue(ws[i:], cue) {
		return false
	}
	if (cue[0] == "called" || cue[0] == "named") && d.thingBefore(doc, i) {
		return false
	}
	if k := i + len(cue); k < len(ws) && (ws[k].sentStart || cue[len(cue)-1] == "says" && d.gaz.isPeopleWord(ws[k].key)) {
		return false
	}
	return true
}

// personalCue reports whether the naming cue at i names a person, not a
// thing or a service: it ends in "him", "her" or "me" ("we call him"), is
// someone's name ("his name's"), or gives the name a person goes by
// besides their own ("…, but everybody says").
func personalCue(ws []word, i int, cue []string) bool {
	switch last := cue[len(cue)-1]; {
	case last == "him" || last == "her" || last == "me":
		return true
	case cue[0] == "name's" || cue[0] == "name":
		return true
	case cue[0] == "everyone" || cue[0] == "everybody":
		return i > 0 && ws[i-1].key == "but"
	}
	return false
}

// initialsNamed reports whether w is initials a person may go by: two
// capitals, no common acronym ("everybody says TB"); three are an
// organisation's more often than a person's ("they called EPA").
func initialsNamed(w *word) bool {
	return w.allCaps && w.letters && utf8.RuneCountInString(w.text) == 2 && !commonAcronyms[w.text] && !notIDPrefixes[w.text]
}

// cueRuns finds names introduced by a title ("Dr. Nguyen", "Mrs Whitcombe",
// "Sister Agnes Brennan"), a naming phrase ("a lady called Joy", "her
// name's Ngozi") or a person noun ("my buddy Priya", "my care coordinator,
// Oluwaseun,", "the nurse on the ward, Siobhán,").
func (d *Detector) cueRuns(doc *document) []wordRun {
	ws := doc.words
	var out []wordRun
	// takeAs takes the name at i; kin says a kin word stands just before
	// it ("my daughter Tuni"), after which a place's name is a person's
	// too; naming, that a naming phrase does ("we call him Bhutani").
	takeAs := func(i, max int, kin, naming bool) {
		if i >= len(ws) {
			return
		}
		if calendarNames[ws[i].key] && ws[i].upper && !ws[i].sentStart && !numberFollows(doc, i) {
			// "my daughter June", "a nurse called April": after a cue a
			// month's or a season's name is a person's, unless a date
			// follows ("my son, June 2019").
			out = append(out, wordRun{i, i + 1})
			return
		}
		if j := d.nameRun(doc, i, max); j > i {
			if max == 4 {
				j = d.trimPlainWordsAfter(doc, i, j) // "Rosa Lopez Community Health": the plain words at the end are no name
			}
			k := ws[i].key
			noOne := d.namesNoOne(k) || !naming && d.plainDemonym(k) // not "we call him Bhutani"
			if j-i == 1 && (ambiguousNames[k] && ws[i].sentStart || noOne && !kin && !(kinApposed(doc, i) && !(d.plainDemonym(k) && i > 0 && notFamily[ws[i-1].key])) || d.demonymAfterCopula(doc, i)) {
				return
			}
			out = append(out, wordRun{i, j})
		}
	}
	take := func(i, max int, kin bool) { takeAs(i, max, kin, false) }
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if r, ok := d.titledRun(doc, i); ok {
			out = append(out, r) // "Ms Phạm Thị Ngọc Anh": runs on below
			continue
		}
		if j, ok := d.middleNamedRun(doc, i); ok {
			out = append(out, wordRun{i, j})
			i = j - 1
			continue
		}
		if d.prefixOpensName(doc, i) {
			if j := d.nameRun(doc, i+1, 3); j > i+1 {
				out = append(out, wordRun{i, j})
				continue
			}
		}
		// Naming phrases.
		for _, cue := range directCues {
			if !d.namingCueAt(doc, i, cue) {
				continue
			}
			if k := i + len(cue); k < len(ws) && initialsNamed(&ws[k]) {
				// "we call him AJ", "Dil Bahadur Rai, but everybody says
				// DB": initials a person goes by, only after a cue that
				// names a person ("I called HR", "known as ME" do not).
				if personalCue(ws, i, cue) {
					out = append(out, wordRun{k, k + 1})
				}
				continue
			}
			takeAs(i+len(cue), cueNameWords(cue), kinAfter[cue[len(cue)-1]], true)
		}
		// Vocatives: "Thank you, Stan.", "Go ahead, Lamar.", "She said, Stan, if..."
		for _, cue := range vocativeCues {
			if !matchCue(ws[i:], cue) {
				continue
			}
			last := &ws[i+len(cue)-1]
			k := i + len(cue)
			if k < len(ws) && !ws[k].sentStart && strings.TrimSpace(doc.text[last.end:ws[k].start]) == "," {
				if j := d.nameRun(doc, k, 3); j > k && (j >= len(ws) || ws[j-1].commaAfter || ws[j-1].stopAfter) {
					take(k, 3, false)
				}
			}
		}
		// Words that only refer to people follow the name: "Grace, who sits
		// next to me", "Bill Hargreaves, he used to be a miner", "Deb
		// Kaminski. She's the one who...".
		if w.upper && !w.allCaps && (i == 0 || !ws[i-1].upper || ws[i-1].sentStart || !doc.adjacent(i-1)) && !d.placeOrThingBefore(doc, i) {
			if j := d.nameRun(doc, i, 3); j > i && j < len(ws) && !ws[j-1].possessive && (j-i > 1 || !d.namesNoOne(w.key) && !d.demonymAfterCopula(doc, i) && !d.thingOrPeople(w.key)) {
				g := strings.TrimSpace(doc.text[ws[j-1].end:ws[j].start])
				n := ws[j].key
				switch {
				case (g == "," || g == "") && (n == "who" || n == "who's" || n == "whose"):
					out = append(out, wordRun{i, j})
				case g == "," && !ws[j].upper && personPronouns[n]:
					out = append(out, wordRun{i, j})
				case g == "." && w.sentStart && ws[j].upper && personPronouns[n] && (j-i > 1 || !ambiguousNames[w.key]):
					out = append(out, wordRun{i, j})
				case g == "," && (d.gaz.name(w.key).given() || !d.gaz.isWord(w.key)) && !sayToWords[w.key] && !interjections[w.key] && !greetings[w.key] && thatsMyPerson(doc, j):
					out = append(out, wordRun{i, j}) // "Rusty, that's my husband", "Patience, that's my name"
				}
			}
		}
		// "Who's Chela?": the word asked about is a person's name, when
		// the lists know it as one (not "Who's Oxfam?").
		if k := askedWho(doc, i); k > 0 && d.gaz.name(ws[k].key) != 0 {
			out = append(out, wordRun{k, k + 1})
		}
		// Person nouns.
		if roleCues[w.key] && (!w.upper || w.sentStart) {
			d.roleCue(doc, i, take)
		}
	}
	return d.runOnMiddleNames(doc, out)
}

// trimPlainWordsAfter returns the end of the name [i,j) without the words
// at its end that are no name: English words no list of names has (a
// surname that is a word stays: "Andre Whitlow"), and things ("Rosa Lopez
// Community Health" is Rosa Lopez's).
func (d *Detector) trimPlainWordsAfter(doc *document, i, j int) int {
	for j > i+1 {
		k := doc.words[j-1].key
		// A town is kept: many surnames are towns too ("Gwarzo", "Agbor").
		if !(d.gaz.isWord(k) && d.gaz.name(k) == 0 || d.gaz.isThing(k) || orgWords[k] || placeWords[k] || roleWords[k]) {
			break
		}
		j--
	}
	return j
}

// cueNameWords is how many words a name after a naming cue may have:
// four after "my name is" ("Fatima Zahra El Amrani", a full name given
// whole), three after the others.
func cueNameWords(cue []string) int {
	if cue[0] == "name" || cue[0] == "name's" {
		return 4
	}
	return 3
}

// runOnMiddleNames runs each name a cue found on over a Hmong or
// Vietnamese middle name and the given names after it ("my neighbour
// Giàng A Lử", "Ms Phạm Thị Ngọc Anh").
func (d *Detector) runOnMiddleNames(doc *document, runs []wordRun) []wordRun {
	for k, r := range runs {
		if j, ok := d.middleNamedRun(doc, r.i); ok && j > r.j {
			runs[k].j = j
		}
	}
	return runs
}

// devotionalSenhor reports whether "Senhor" at i is the Lord, not a man
// addressed: "Nosso Senhor", "the Senhor dos Passos", "Festa do Senhor do
// Bonfim", "Senhor Jesus", "Senhor Santo Cristo" (not "Senhor dos Santos",
// "o Senhor Costa": surnames and the polite form).
func devotionalSenhor(doc *document, i int) bool {
	ws := doc.words
	if i > 0 && lordBefore[ws[i-1].key] {
		return true
	}
	return i+1 < len(ws) && lordAfter[ws[i+1].key]
}

// lowerTitled returns the name after a title as speech recognisers write
// both, in lower case: "ms. cooper", "dr. flores", "mr ward" (medical
// dialogue transcribed by machine has no capitals). The word after the
// title must be a name the lists know, and not a word of a spelled-out
// address ("dr dot oliveira at gmail"); "miss" is left out, a verb too
// ("i miss them").
func (d *Detector) lowerTitled(doc *document, i int) (wordRun, bool) {
	ws := doc.words
	if i+1 >= len(ws) || !lowerAbbrevTitles[ws[i].text] {
		return wordRun{}, false
	}
	n := &ws[i+1]
	gap := doc.text[ws[i].end:n.start]
	if n.upper || !n.letters || functionWords[n.key] || spelledMailJoins[n.key] || d.gaz.name(n.key) == 0 || gap != " " && gap != ". " {
		return wordRun{}, false
	}
	return wordRun{i + 1, i + 2}, true
}

// lowerAbbrevTitles are the titles a name follows in lower-case text.
var lowerAbbrevTitles = setOf(`mr mrs ms dr`)

// lordBefore and lordAfter are the words around "Senhor" that make it the
// Lord's title.
var lordBefore, lordAfter = setOf(`nosso do ao the festa`), setOf(`jesus santo bom`)

// titledRun returns the name a title at i introduces: "Dr. Nguyen", "Mrs
// Whitcombe", lower-case "nurse Jones", "Dr de Smet", "Tita Baby".
func (d *Detector) titledRun(doc *document, i int) (wordRun, bool) {
	ws := doc.words
	w := &ws[i]
	if r, ok := d.lowerTitled(doc, i); ok {
		return r, true
	}
	viet := vietnameseTitle(w)
	if !(titleWords[w.key] || givenNameTitles[w.key] || viet || nameTitles[w.key] && !w.sentStart) || i+1 >= len(ws) || !(w.upper || viet || lowerTitles[w.key]) || officeWords[ws[i+1].key] && !(honorifics[w.key] && wordSurnames[ws[i+1].key]) {
		return wordRun{}, false
	}
	if w.key == "senhor" && devotionalSenhor(doc, i) {
		return wordRun{}, false
	}
	if grandparentBeing(w.key, ws[i+1].key) {
		return wordRun{}, false // "Grandmother Moon", "the Seven Grandfather Teachings": beings of teachings and ceremonies, a clock
	}
	gap := doc.text[w.end:ws[i+1].start]
	dotted := abbrevBeforeDot[w.key] && (gap == ". " || gap == ".\u00a0")
	if gap != " " && gap != "\u00a0" && !dotted {
		return wordRun{}, false
	}
	if n := &ws[i+1]; nounTitles[w.key] && (d.gaz.common.has(n.key) || d.gaz.isWord(n.key) && d.gaz.name(n.key)&surname == 0) {
		return wordRun{}, false // "Teacher Training", "Boss Baby": a noun's compound, not "Boss Lo"
	}
	if n := &ws[i+1]; kinTitles[w.key] && (d.gaz.isThing(n.key) || d.gaz.isPlace(n.key) || d.gaz.isTown(n.key)) && d.gaz.name(n.key) == 0 {
		return wordRun{}, false // "Babcia Wigilia dinner", "Yiayia Panadol for everything"
	}
	if j := d.nameRun(doc, i+1, 3); j > i+1 {
		if d.gaz.name(w.key).given() && selfIntroduced(doc, i) {
			return wordRun{i, j}, true // "my name is Lady Johana Ospina"
		}
		return wordRun{i + 1, j}, true
	}
	// "chị Thu Hằng", "Mrs May Lin": a word of the calendar opening the
	// name after the title, with more of the name after it.
	if n := &ws[i+1]; (calendarNames[n.key] || dayGivenNames[n.key]) && n.upper && !n.allCaps && i+2 < len(ws) && doc.adjacent(i+1) && (d.nameLike(&ws[i+2]) || accented(ws[i+2].text)) {
		if j := d.nameRun(doc, i+2, 2); j > i+2 {
			return wordRun{i + 1, j}, true
		}
	}
	// "Dr de Smet", "Mr van der Berg": a surname's particles after the
	// title are part of it.
	if k := particlesAfter(doc, i+1); k > i+1 {
		if j := d.nameRun(doc, k, 2); j > k {
			return wordRun{i + 1, j}, true
		}
	}
	// "Bu Made", "Pak Ketut": a Balinese name of birth order after a
	// title, though "Made" is an English word too.
	if n := &ws[i+1]; (nameTitles[w.key] || indonesianTitles[w.key]) && balineseOrderNames[n.key] && n.upper && !n.allCaps {
		j := i + 2
		if j < len(ws) && doc.adjacent(i+1) && d.nameish(&ws[j]) {
			j++
		}
		return wordRun{i + 1, j}, true
	}
	// "Tita Baby", "Mama Precious": a word that is a given name too,
	// capitalised after a title, is one.
	if n := &ws[i+1]; n.upper && !n.allCaps && commonWordNames[n.key] {
		return wordRun{i + 1, i + 2}, true
	}
	// "Mr Ha", "Mrs Ok", "Dr Oh": after an honorific, or after "Dr" or
	// "Prof", a surname the lists know is one, though a filler too; not a
	// common word ("Mr Right"), nor an exclamation ("Dr Oh my God"). After
	// "Doctor" or "Nurse" written out, which a speaker says to someone,
	// only with a given name or a verb after it ("Nurse Oh Ji-won", "Sister
	// Oh came"; not "the Doctor Um I forget", "Nurse Yeah okay").
	if n := &ws[i+1]; (honorifics[w.key] || surnameTitles[w.key] && w.upper) && n.upper && !n.allCaps && n.letters && d.gaz.name(n.key)&surname != 0 &&
		!d.gaz.isThing(n.key) && !d.gaz.isPlace(n.key) && !functionWords[n.key] && (len(n.key) <= 2 || !d.gaz.common.has(n.key)) {
		given := i+2 < len(ws) && doc.adjacent(i+1) && d.givenAfterSurname(&ws[i+2])
		switch {
		case given:
			return wordRun{i + 1, i + 3}, true // "Dr Ha Eun-ji"
		case honorifics[w.key]:
			return wordRun{i + 1, i + 2}, true
		case (w.key == "dr" || w.key == "prof") && !exclaimedAfter(doc, i+1):
			return wordRun{i + 1, i + 2}, true
		case i+2 < len(ws) && doc.adjacent(i+1) && personVerbs[ws[i+2].key] && ws[i+2].key != "and":
			return wordRun{i + 1, i + 2}, true // "Sister Oh came with the tea"
		}
	}
	// "Mr Ward", "Mrs Hope", "Dr Church": a surname that is an English word too.
	if n := &ws[i+1]; (honorifics[w.key] || surnameTitles[w.key] && !(i+2 < len(ws) && doc.adjacent(i+1) && ws[i+2].upper)) && !w.allCaps && n.upper && !n.allCaps && wordSurnames[n.key] {
		return wordRun{i + 1, i + 2}, true
	}
	// "Mr B": a man called by his initial; not "MS I think" (the
	// illness), nor "Mr X", a placeholder.
	if n := &ws[i+1]; honorifics[w.key] && !w.allCaps && n.upper && len(n.key) == 1 && n.letters && !strings.Contains("iax", n.key) {
		return wordRun{i + 1, i + 2}, true
	}
	// "Colonel al-Jabouri", "Dr el-Masri": a family name with its article.
	if n := &ws[i+1]; articledName(doc.text[n.start:n.end]) && (i+2 >= len(ws) || !institutionAfter[ws[i+2].key]) {
		return wordRun{i + 1, i + 2}, true // not "the Imam al-Kadhim shrine"
	}
	return wordRun{}, false
}

// articledNameRE is an Arabic family name written with its article in
// lower case: "al-Jabouri", "el-Masri".
var articledNameRE = lazyRE(`^(?:al|el|ul)[-‑]\p{Lu}\p{Ll}{2,}$`)

// articledName reports whether a word is a family name with its article.
func articledName(word string) bool { return articledNameRE().MatchString(word) }

// wordSurnames are English surnames that are words too, a person's after
// "Mr" or "Mrs" ("Mr Ward"); not "Mr Right", "Mr Big" or "Mr Men".
var wordSurnames = setOf(`ward hope frank will rose bell king white young long hall fox cook love may wood hill green brown black grey gray
stone rice page day ray lamb bird field lane house baker mason porter hunter fisher shepherd butler turner walker knight bishop
cross moss marsh nash rich hart hood hay wells burns banks brooks church chapel fall winter spring`)

// thatsMyPerson reports whether the words from j say whose the name
// before them is: "that's my husband", "that's my name", "that's my
// buddy".
func thatsMyPerson(doc *document, j int) bool {
	ws := doc.words
	switch {
	case j+1 < len(ws) && (ws[j].key == "that" && ws[j].possessive || ws[j].key == "thats"):
		j++
	case j+2 < len(ws) && ws[j].key == "that" && ws[j+1].key == "is":
		j += 2
	default:
		return false
	}
	if j+1 >= len(ws) || ws[j].key != "my" || ws[j+1].possessive {
		return false
	}
	k := ws[j+1].key
	return k == "name" || kinAfter[k] || roleCues[k]
}

// sayToWords are said to someone as a name is, but are none: "Darling,
// that's my daughter", "Chief, that's my boss".
var sayToWords = setOf(`salaam salam shalom hola hello hi hey darling babe sweetie sweetheart dear kiddo dude chief officer boss sir madam mate buddy pal bro sis doc wait listen look gosh`)

// feastDayBefore reports whether "Día" and its particles stand just
// before word i: the feast "Día de la Candelaria", "Día del Niño".
func feastDayBefore(doc *document, i int) bool {
	ws := doc.words
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ws[k].text == "Día" {
			return true
		}
		if !nameParticles[ws[k].key] || !doc.adjacent(k) {
			return false
		}
	}
	return false
}

// stormWords name a storm by the name after them.
var stormWords = setOf(`typhoon hurricane cyclone storm tropical`)

// titledWordSurname reports whether run r is one of wordSurnames right
// after an honorific ("Mr Ward", "Mrs Church"): a person, though the word
// names a thing of hospitals or faith as well.
func titledWordSurname(doc *document, r wordRun) bool {
	ws := doc.words
	return r.j == r.i+1 && r.i > 0 && ws[r.i-1].upper && (honorifics[ws[r.i-1].key] || surnameTitles[ws[r.i-1].key]) && wordSurnames[ws[r.i].key]
}

// indonesianTitles, with nameTitles, go before a Balinese or Javanese
// name ("Mbak Made", "Bli Ketut").
var indonesianTitles = setOf(`mbak mas bli`)

// balineseOrderNames are the names Balinese give by birth order.
var balineseOrderNames = setOf(`wayan made nyoman ketut putu gede kadek komang`)

// dayGivenNames are words of the calendar that are given names too, as
// West Africans and Poles give them ("Pastor Sunday Adeyemi", "Ms Jan
// Kowalski").
var dayGivenNames = setOf(`sunday monday friday jan`)

// surnameTitles, like honorifics, go before a surname: "Dr Ward", "Nurse
// Church", "Doctor Fall".
var surnameTitles = setOf(`dr doctor nurse sister prof professor`)

// kinTitles are words for kin said before a name as a title ("Yiayia
// Eleni", "Teta Samira", "Akka Meena").
var kinTitles = setOf(`teta yiayia giagia babcia akka`)

// institutionAfter are the words after a name that make it a place's:
// "the Imam al-Kadhim shrine", "Dr al-Ain clinic".
var institutionAfter = setOf(`shrine mosque clinic hospital centre center school university college street road square foundation`)

// nounTitles are titles that are nouns of their own, whose capitalised
// compounds are no names: "Teacher Training", "Teacher Day", "Coach Trip".
// ("Doctor Park" and "Nurse Lopes" are names after titles more often.)
var nounTitles = setOf(`teacher boss coach`)

// honorifics are the titles said only before a person's surname or name.
var honorifics = setOf(`mr mrs ms miss mx signor signora señor señora senhor sr sra srta herr frau monsieur madame mme`)

// thingOrPeople reports whether key names only a thing or a people
// ("Alhamdulillah. She broke…", "Japanese, she…"): no one, whatever pronoun
// follows. A given name too ("Shona", "Sky") may still be someone's, and a
// word named for a place is a family name as often ("Parisi, he's my
// cousin", "Bihari").
func (d *Detector) thingOrPeople(key string) bool {
	return (d.gaz.isThing(key) || otherNonNames[key] || d.gaz.isPeople(key)) && !d.gaz.name(key).given()
}

// selfIntroduced reports whether the speaker gives their own name just
// before word i ("my name is", "I'm", "I am"): a title there that is also
// a given name ("Lady", "Major") is the name's first word.
func selfIntroduced(doc *document, i int) bool {
	ws := doc.words
	switch {
	case i >= 2 && ws[i-2].key == "name" && ws[i-1].key == "is", i >= 2 && ws[i-2].key == "i" && ws[i-1].key == "am":
		return true
	case i >= 1 && (ws[i-1].key == "i'm" || ws[i-1].key == "i’m" || ws[i-1].key == "name's" || ws[i-1].key == "name’s"):
		return true
	}
	return false
}

// lowerTitles are titles written in lower case before a name: "nurse
// Jones", "doamna Sălăjan" (Romanian, Mrs).
var lowerTitles = setOf(`nurse doctor doamna doamnă domnul pani pan pane paní panie anh`)

// vietnameseTitles are Vietnamese titles before a name, in either case,
// looked up as written: their folded keys ("co", "ba", "chi") are other
// words.
var vietnameseTitles = setOf(`chị cô chú bác ông bà`)

// vietnameseTitle reports whether w is one of vietnameseTitles: a short
// word whose marks folding took away, so that most words are passed over
// without lower-casing them.
func vietnameseTitle(w *word) bool {
	return len(w.key) <= 3 && w.key != w.text && vietnameseTitles[strings.ToLower(w.text)]
}

// askedWho returns the index of the one capitalised word asked about in
// "Who's X?" or "Who is X?" starting at i, or 0.
func askedWho(doc *document, i int) int {
	ws := doc.words
	if ws[i].key != "who" {
		return 0
	}
	k := i + 1
	if !ws[i].possessive {
		if k >= len(ws) || ws[k].key != "is" || !doc.adjacent(i) {
			return 0
		}
		k++
	}
	if k >= len(ws) || !ws[k].upper || ws[k].allCaps || ws[k].sentStart || ws[k].possessive ||
		strings.TrimSpace(doc.text[ws[k].end:min(len(doc.text), ws[k].end+2)]) != "?" {
		return 0
	}
	return k
}

// notFamily are the people of kinAfter who are no family: after them a
// people's adjective is said of the person ("my neighbour, Senegalese,
// lovely woman"), not as a name.
var notFamily = setOf(`friend neighbour neighbor uncle aunt auntie aunty`)

// kinApposed reports whether the word at i stands in apposition to a
// person's kin just before it, set off by punctuation on both sides: "my
// son, Moha — Mohamed, …" names the son even where Moha is also a town.
func kinApposed(doc *document, i int) bool {
	ws := doc.words
	if i == 0 || !kinAfter[ws[i-1].key] || ws[i-1].possessive || strings.TrimSpace(doc.text[ws[i-1].end:ws[i].start]) != "," {
		return false
	}
	after := strings.TrimLeft(doc.text[ws[i].end:min(len(doc.text), ws[i].end+8)], " \t\u00a0")
	return strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, ",")
}

// namesNoOne reports whether a word the lists know names a place and no
// person: a cue before it ("daily workers, Leeds") does not make it a
// name. A thing's name may be a person's ("my nephew Vishu"), and so may
// a people's ("my husband, Adrians," is a Latvian name).
func (d *Detector) namesNoOne(key string) bool {
	return d.gaz.name(key) == 0 && (d.gaz.isPlace(key) || d.gaz.isTown(key))
}

// demonymAfterCopula reports whether the word at i is a place's adjective
// said of someone: "she's Okinawan", "I'm Venezuelan" (but "my cousin
// Parisi", "her name's Tehrani": surnames made from places).
func (d *Detector) demonymAfterCopula(doc *document, i int) bool {
	k := doc.words[i].key
	if i == 0 || strings.HasSuffix(k, "s") || d.gaz.name(k)&givenCommon != 0 && !d.gaz.isPeople(k) && !d.gaz.isThing(k) {
		return false // a people the lists name is one even when a given name too ("she's Thai")
	}
	if p := &doc.words[i-1]; !copulas[p.key] && !(p.possessive && copulaPronouns[p.key]) {
		return false
	}
	return d.gaz.isPeopleWord(k) || d.gaz.isThing(k) // "she's Malawian", "he is Cajun", "he's Chuukese"
}

// peopleNotGiven reports whether key is a people's word that no list
// holds as a given name, though one may as a surname ("Russian").
func (d *Detector) peopleNotGiven(key string) bool {
	return d.gaz.isPeopleWord(key) && !d.gaz.name(key).given()
}

// plainDemonym reports whether key is a people's adjective that is no
// given name ("Ukrainian guys", "girl, Lebanese"): a cue before it names
// where someone is from, not who.
func (d *Detector) plainDemonym(key string) bool {
	return !strings.HasSuffix(key, "s") && d.gaz.name(key) == 0 && d.gaz.isPeopleWord(key)
}

// copulas say what someone is.
var copulas = setOf(`i'm im he's she's we're they're you're is am are was were`)

// copulaPronouns are the pronouns whose "'s" is "is" ("he's", the
// tokenizer's "he" with a possessive mark).
var copulaPronouns = setOf(`he she it that`)

// placeOrThingBefore reports whether the word before i makes the run at i,
// a place or a thing the lists know, or a word no list of names has, no
// person: "she's from Jaffna, she had", "the Lasix, he was on" (but "near
// Hargreaves, he kept talking").
func (d *Detector) placeOrThingBefore(doc *document, i int) bool {
	if i == 0 || doc.words[i-1].upper {
		return false
	}
	k := doc.words[i].key
	placeOrThing := d.gaz.isPlace(k) || d.gaz.isTown(k) || d.gaz.isThing(k)
	switch p := doc.words[i-1].key; {
	case p == "the" || p == "a" || p == "an":
		return placeOrThing || d.gaz.name(k) == 0
	case placePrepositions[p] || p == "from":
		return placeOrThing && d.gaz.name(k)&givenCommon == 0 || d.gaz.name(k) == 0
	}
	return false
}

// matchCue reports whether ws starts with the words of cue; a cue word
// ending in "'s" matches a word followed by a possessive ("name's").
func matchCue(ws []word, cue []string) bool {
	if len(ws) < len(cue) {
		return false
	}
	for k, c := range cue {
		if strings.HasSuffix(c, "'s") {
			if !ws[k].possessive || ws[k].key != strings.TrimSuffix(c, "'s") {
				return false
			}
			continue
		}
		if ws[k].key != c || (k < len(cue)-1 && ws[k].possessive) {
			return false
		}
	}
	return true
}

// thingBefore reports whether one of the three words before i is a noun of
// things ("a group called ...").
func (d *Detector) thingBefore(doc *document, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if thingNouns[doc.words[k].key] {
			return true
		}
		if doc.words[k].sentStart {
			break
		}
	}
	return false
}

// roleCue looks for a name right after the person noun at i ("my buddy
// Priya", "my husband, Bartholomew,") or in apposition within a few words
// after a comma ("the nurse on the Oncology ward, Siobhán, she...").
func (d *Detector) roleCue(doc *document, i int, take func(i, max int, kin bool)) {
	ws := doc.words
	w := &ws[i]
	if i+1 >= len(ws) {
		return
	}
	next := &ws[i+1]
	// Directly: "buddy Priya" or "buddy, Priya".
	gap := doc.text[w.end:next.start]
	if w.possessive {
		return // "Mum's Macmillan nurse": the possessor is not named here
	}
	if strings.Trim(gap, " \t") == "" || strings.Trim(gap, " \t") == "," {
		if next.upper && !next.sentStart {
			if strings.Trim(gap, " \t") == "," && (d.gaz.isThing(next.key) || !kinAfter[w.key] && d.thingOrPeople(next.key)) && (d.gaz.name(next.key) == 0 || !kinAfter[w.key] && d.peopleNotGiven(next.key)) {
				return // "Tan Bee Leng, physiotherapist, Hokkien, born…", "Kalmyk women, Russian —": who they are, not a name
			}
			take(i+1, 3, kinAfter[w.key] && strings.Trim(gap, " \t") == "") // not "My son, Moha is far from here"
			return
		}
	}
	// In apposition: up to five words on the same sentence, then ", Name".
	for k := i + 1; k < len(ws) && k <= i+6; k++ {
		if ws[k].sentStart {
			return
		}
		g := doc.text[ws[k-1].end:ws[k].start]
		if strings.ContainsAny(g, ".!?;:\n\"“”") {
			return
		}
		if strings.Contains(g, ",") && ws[k].upper {
			j := d.nameRun(doc, k, 3)
			if j > k && (j >= len(ws) || ws[j-1].commaAfter || ws[j-1].stopAfter || ws[j-1].possessive) {
				take(k, 3, false)
			} else if j > k && j+1 < len(ws) && ws[j].key == "and" && doc.adjacent(j-1) && doc.adjacent(j) {
				// "the other mums, Chloe and Bethany, ..."
				if j2 := d.nameRun(doc, j+1, 3); j2 > j+1 && (j2 >= len(ws) || ws[j2-1].commaAfter || ws[j2-1].stopAfter) {
					take(k, 3, false)
					take(j+1, 3, false)
				}
			}
			return
		}
	}
}

// plainGiven reports whether key is a given name that is no common word.
func (d *Detector) plainGiven(key string) bool {
	return d.gaz.name(key).given() && !d.gaz.wordFirst(key) || d.known.full[key]
}

// restated reports whether the run [i,j) of two or more words is a full
// name said as a sentence of its own right after its first word ended the
// sentence before ("it was Jun-seo. Jun-seo Park."): a speaker giving the
// whole name, whatever its last word means ("Park", "Hill").
func restated(doc *document, i, j int) bool {
	ws := doc.words
	return j-i > 1 && i > 0 && ws[i].sentStart && ws[i-1].key == ws[i].key && ws[i-1].stopAfter && ws[j-1].stopAfter
}

// openedBefore returns the word, within openedReach words before the full
// name [i,j) opening a sentence, that opened a sentence and is the name's
// first word ("Ken started it. Ken Ashworth."), or -1.
func openedBefore(doc *document, i, j int) int {
	ws := doc.words
	if j-i < 2 || !ws[i].sentStart {
		return -1
	}
	for k := i - 2; k >= max(0, i-openedReach); k-- {
		if ws[k].key == ws[i].key && ws[k].sentStart && ws[k].upper {
			if doc.adjacent(k) && ws[k+1].upper {
				return -1 // "Leyla Khanum runs it. Leyla Azizi": a run of its own
			}
			return k
		}
	}
	return -1
}

// openedReach is how far back openedBefore looks: a short sentence or two.
const openedReach = 8

// familiarName reports whether w, after a Cantonese "Ah", is a name the
// lists know, or a word they do not know at all, and no place: "Ah Fong",
// "Ah Keong", not "Ah Kowloon" or "Ah Mandarin".
func (d *Detector) familiarName(w *word) bool {
	n := d.gaz.name(w.key)
	unknown := n == 0 && !d.gaz.isWord(w.key) && !w.allCaps
	if hokkienSyllables[w.key] || cantoneseSyllables[w.key] {
		return true // "Ah Hock", "Ah Keong": a syllable of a Chinese given name, an English word or not
	}
	return (n.given() || n&surname != 0 || unknown) && !d.gaz.isPlace(w.key) && !d.gaz.isTown(w.key) && !otherNonNames[w.key] && !d.gaz.wordFirst(w.key)
}

// particlesAfter returns the word after up to two lower-case particles of
// a surname starting at word i ("de", "van der"), each followed by a
// space, or i when there are none.
func particlesAfter(doc *document, i int) int {
	ws := doc.words
	k := i
	for k < len(ws) && k < i+2 && nameParticles[ws[k].key] && !ws[k].upper && doc.adjacent(k) {
		k++
	}
	return k
}

// numberFollows reports whether a number follows the word at i: "June
// 2019", "May 12th".
func numberFollows(doc *document, i int) bool {
	rest := strings.TrimLeft(doc.text[doc.words[i].end:min(len(doc.text), doc.words[i].end+4)], " ,")
	return rest != "" && isDigitByte(rest[0])
}

// hokkienSyllables are syllables of Hokkien and Teochew given names as
// Malaysia and Singapore romanise them, said after the familiar "Ah".
var hokkienSyllables = setOf(`hock huat seng keong kiat beng choon leong boon chye eng guan kee kok kwee liang meng peng soon swee teck thiam wee chai heng`)

// monthBeforeYear reports whether word i is a month of the Syriac
// calendar said just before a year, after a word of time ("in Nisan
// 2019", "since Haziran 2022"); "Nisan 2019 came to the group" is a
// person, as are the children "Julio 2008" and "Marta 2012".
func monthBeforeYear(doc *document, i int) bool {
	ws := doc.words
	if i == 0 || i+1 >= len(ws) || !timeBefore[ws[i-1].key] || !doc.adjacent(i) || !isYear(ws[i+1].text) || ws[i+1].letters {
		return false
	}
	return syriacMonths[ws[i].key]
}

// syriacMonths are the one-word months of levantineMonth.
var syriacMonths = setOf(syriacMonthNames)

// timeBefore are the words that put a time after them.
var timeBefore = setOf(`in since from until till to by before after of during`)

// grandparentBeings are what "Grandfather" and "Grandmother" name in
// Indigenous teachings and ceremonies, in stories and in a hall, where
// before a name they are a person's title ("Grandmother Rose").
var grandparentBeings = setOf(`moon sun earth sky star stars drum spider rock stone frost clock clocks teachings teaching water fire wind thunder
tree bear eagle turtle buffalo sea ocean river mountain cedar sage tobacco`)

// grandparentBeing reports whether title and next are "Grandfather" or
// "Grandmother" and one of grandparentBeings after it.
func grandparentBeing(title, next string) bool {
	return (title == "grandfather" || title == "grandmother") && grandparentBeings[next]
}

// givenAfterSurname reports whether w, after a surname, is a given name
// of the lists or a romanised one ("Ha Eun-ji", "Ha Jung-woo"); not a
// place, a thing or a common word ("Mr Ha Hanoi", "Dr Oh Dental").
func (d *Detector) givenAfterSurname(w *word) bool {
	if !w.upper || w.allCaps || calendarWords[w.key] || d.gaz.isPlace(w.key) || d.gaz.isTown(w.key) || d.gaz.isThing(w.key) {
		return false
	}
	return romanisedGiven(w.key) || d.hyphenedGiven(w) || d.gaz.name(w.key).given() && !d.gaz.common.has(w.key)
}

// exclaimedAfter reports whether the word after word k goes on as an
// exclamation or a new clause does, not as a sentence about a person named
// k: "Dr Oh my God", "Dr Yeah he was".
func exclaimedAfter(doc *document, k int) bool {
	if k+1 >= len(doc.words) || !doc.adjacent(k) {
		return false // "Dr Ha, she is very kind": set off by a comma, a name
	}
	return exclamationGoesOn[doc.words[k+1].key]
}

// exclamationGoesOn are words that go on after an exclamation.
var exclamationGoesOn = setOf(`my god gosh i he she it we you they what okay ok well yes no so`)
