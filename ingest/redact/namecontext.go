package redact

// What the words around a capitalised word say of it: that it is someone
// ("Goodwill is the old man"), or whose a group of people is ("the
// Solomon workers"), not a person named.

// saidToBeSomeone reports whether the words from j say the run before
// them is a person: "is" or "was", perhaps "also", a determiner and an
// adjective of age, then a word for a person ("Goodwill is the old man",
// "Gift is her sister", "Lovely is also carer"; not "Patience is a
// virtue", "Hope is the best medicine", "Medicine is a woman's business").
func saidToBeSomeone(doc *document, j int) bool {
	ws := doc.words
	if j >= len(ws) || ws[j].key != "is" && ws[j].key != "was" || !doc.adjacent(j-1) || notSomeone[ws[j-1].key] {
		return false
	}
	k := j + 1
	for _, skip := range []map[string]bool{copulaAdverbs, whoFollows, determinersOfSomeone, ageAdjectives} {
		if k < len(ws) && skip[ws[k].key] && doc.adjacent(k-1) {
			k++
		}
	}
	if k >= len(ws) || !doc.adjacent(k-1) || !roleCues[ws[k].key] || ws[k].possessive || abstractWords[ws[j-1].key] && figurativeRoles[ws[k].key] {
		return false
	}
	// The word for a person ends its clause, or the clause goes on with
	// no noun after it ("Hope was the midwife who…", "Sultan was our coach
	// when we were boys"); not "the mother of all virtues", "a friend to
	// me", "a nurse thing".
	if clauseEndsAfter(doc, k) || k+1 >= len(ws) {
		return true
	}
	n := &ws[k+1]
	return n.key != "of" && n.key != "to" && (n.upper || functionWords[n.key] || personVerbs[n.key] || personAfterRole[n.key])
}

// afterPreposition reports whether the word at i follows a preposition in
// its sentence: the object of it, not the subject of what follows ("Yonas
// from Asmara is the coordinator").
func afterPreposition(doc *document, i int) bool {
	return i > 0 && !doc.words[i].sentStart && (placeVotePrepositions[doc.words[i-1].key] || articleCueWords[doc.words[i-1].key] || doc.words[i-1].key == "of" || doc.words[i-1].key == "with" || doc.words[i-1].key == "for")
}

// notSomeone are words that are given names too but are said of a baby, a
// rank or an illness; abstractWords are virtues and comforts said
// figuratively to be a friend, a mother or a doctor ("Patience is the
// mother of all virtues", "Prayer is my friend").
var (
	notSomeone      = setOf(`baby junior king prince princess bishop cancer`)
	abstractWords   = setOf(`hope faith love patience trust prayer music joy charity destiny chance grace peace mercy`)
	figurativeRoles = setOf(`friend mother father doctor nurse teacher mate`)
	personAfterRole = setOf(`who from in at and with that`)
)

// copulaAdverbs, determinersOfSomeone and ageAdjectives may stand between
// "is" and the word for a person.
var (
	copulaAdverbs        = setOf(`also just still now only`)
	determinersOfSomeone = setOf(`the a an`)
	ageAdjectives        = setOf(`old young little big eldest oldest youngest elder younger older other new`)
)

// namesAGroup reports whether the word at i stands between a word that
// counts or picks out people and a plural noun of people: "the Solomon
// workers", "three hundred Solomon students", "you Solomon people". A
// given name is not said so after "you" ("I told you Sarah people were
// coming"), nor a name the document gives in full. A family's name is,
// before its kin ("the Gahnström boys", "two Loemba women"): before a noun
// of kin, sex or age the word must be a place or a people the lists know
// ("the Uist men", "the Chamorro women").
func (d *Detector) namesAGroup(doc *document, i int) bool {
	ws := doc.words
	if i == 0 || i+1 >= len(ws) || ws[i].sentStart || ws[i].possessive || !doc.adjacent(i-1) || !doc.adjacent(i) || ws[i+1].upper {
		return false
	}
	p, k, n := &ws[i-1], ws[i].key, ws[i+1].key
	if p.upper || !groupPickers[p.key] && !numberWords[p.key] && (p.key == "" || !isDigitByte(p.key[0])) || p.key == "you" && d.gaz.name(k).given() || d.inFullName(doc, k) {
		return false
	}
	return groupNouns[n] || n == "families" && d.gaz.name(k)&surname == 0 ||
		kinNouns[n] && (d.gaz.isPlace(k) || d.gaz.isTown(k) || d.gaz.isPeopleWord(k) || d.gaz.isThing(k))
}

// inFullName reports whether the document says the word key elsewhere as
// part of a full name, beside another name ("the Kelly people, Mary
// Kelly's family", "Kaiting Mro"); not of a place or a thing ("Solomon
// Islands", "Aden General", "Karen New Year").
func (d *Detector) inFullName(doc *document, key string) bool {
	ws := doc.words
	nameBeside := func(n int) bool {
		w := &ws[n]
		return w.upper && !placeWords[w.key] && !orgWords[w.key] && !calendarWords[w.key] && (d.gaz.name(w.key) != 0 || !d.gaz.isWord(w.key))
	}
	for m := range ws {
		if ws[m].key != key {
			continue
		}
		if m > 0 && doc.adjacent(m-1) && !ws[m].sentStart && nameBeside(m-1) || m+1 < len(ws) && doc.adjacent(m) && nameBeside(m+1) {
			return true
		}
	}
	return false
}

// groupPickers, before a capitalised word and a plural noun of people,
// make the word say whose the people are.
var groupPickers = setOf(`the a all other our your you these those many some few most several hundreds thousands dozens`)

// groupNouns are plural nouns of people (and a night of theirs) that a
// people's or a country's name is put before; kinNouns are those a
// family's name is put before as well.
var (
	groupNouns = setOf(`people students workers community communities nurses elders youth churches night nights migrants seasonals`)
	kinNouns   = setOf(`boys girls women men kids mothers fathers families ladies lads`)
)

// originSaid reports whether "from" before the run [i,j) says where a
// person is from ("I'm from Dominica", "she came from Flores"), not who
// sent a thing ("the referral came from Kowalczyk", "I'm from
// Ogunbanjo's clinic").
func (d *Detector) originSaid(doc *document, i, j int, pp string) bool {
	ws := doc.words
	if ws[j-1].possessive {
		return false
	}
	return selfOrigin[pp] || originVerbs[pp] && i >= 3 && !ws[i-2].sentStart && personSubjects[ws[i-3].key]
}

// selfOrigin before "from" put the speaker or someone in it: "I'm from",
// "originally from"; originVerbs do after a person: "she came from".
var (
	selfOrigin     = setOf(`i'm im we're you're they're he's she's originally`)
	originVerbs    = setOf(`am are is was were come came comes coming`)
	personSubjects = setOf(`i we you they he she`)
)
