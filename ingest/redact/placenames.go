package redact

import "strings"

// The names of places and things that a run of capitalised words may be:
// by the lists, by the word a place's name opens or ends with, by a
// Spanish article.

// isPlaceOrThing reports whether the run [i,j) of two or more words is a
// listed place or thing ("Milton Keynes", "Universal Credit").
func (d *Detector) isPlaceOrThing(doc *document, i, j int) bool {
	if j-i < 2 {
		return false
	}
	k := doc.keyOf(i, j)
	if d.gaz.isPlace(k) || d.gaz.isThing(k) || placeFirst[doc.words[i].key] || doc.words[i].text == "Día" || kindThenParticle(doc, i, j) || landNamed(doc, i) {
		return true // "Día de Reyes" (accented: "Dia dos Santos" may be a person)
	}
	if (kindFirst[doc.words[i].key] || doc.words[i].text == "Río") && !d.personNamedKindFirst(doc, i, j) {
		return true // "Río Grande", "Lago Fagnano", "Banco Santa Cruz" ("Rio Ferdinand" may be a person)
	}
	if last := d.gaz.name(doc.words[j-1].key); saintFirst[doc.words[i].key] && (last&surname == 0 || last&givenCommon != 0) {
		return true
	}
	if d.articlePlace(doc, i) {
		return true
	}
	// "Rodney Bay" is a place, "Michael Bay" a person: a given name first
	// keeps the run a name (a place left flagged is the lesser harm).
	first, last := &doc.words[i], doc.words[j-1].key
	if last == "park" && (romanisedGiven(first.key) || strings.ContainsRune(first.text, '-')) {
		return false // "Min-jun Park": Park is the family name of Korean given names
	}
	if localityLast[last] {
		// After a given name only where a place is said: "in Govind Nagar".
		return !d.gaz.name(first.key).given() || i > 0 && (placeVotePrepositions[doc.words[i-1].key] || doc.words[i-1].key == "at" || doc.words[i-1].key == "from")
	}
	return placeLast[last] && !d.gaz.name(first.key).given()
}

// kindThenParticle reports whether the run [i,j) is a title of the
// Virgin Mary, her feast or her shrine, or a land, named with a particle
// after its first word ("Virgen de Guadalupe", "Virgen del Rocío",
// "Tierra del Fuego"); "Virgen Morales" and "Tierra Johnson" are women.
func kindThenParticle(doc *document, i, j int) bool {
	ws := doc.words
	return j-i > 2 && (ws[i].key == "virgen" || ws[i].key == "tierra") && !ws[i+1].upper && nameParticles[ws[i+1].key]
}

// landNamed reports whether the run at i is a land or a town named
// "Tierra" and an adjective, or said as a place: "Tierra Blanca", "in
// Tierra Amarilla"; "Tierra Johnson" is a woman.
func landNamed(doc *document, i int) bool {
	ws := doc.words
	if ws[i].key != "tierra" || i+1 >= len(ws) || personWordBefore(doc, i) || saidToBeSomeone(doc, i+2) {
		return false // "My daughter Tierra Grande", "Tierra Roja is my friend"
	}
	return spanishPlaceAdjectives[ws[i+1].key] || i > 0 && placeVotePrepositions[ws[i-1].key]
}

// spanishPlaceAdjectives follow "Tierra" in the names of places.
var spanishPlaceAdjectives = setOf(`blanca amarilla colorada roja negra nueva alta baja santa grande verde firme`)

// kindFirst are the first words of places and bodies named kind first in
// Spanish and Portuguese (a lake, a cove, a bank, an office), and of
// places of French Creole islands; the same words are people's names now
// and then ("Dr Laguna Reyes", "my friend Lago Silva").
var kindFirst = setOf(`anse pointe sainte lago laguna caleta bahia cerro bairro banco caja oficina panaderia`)

// personNamedKindFirst reports whether the run [i,j), opening with a word
// of kindFirst, is a person's name all the same: after a title or a word
// for a person ("Nurse Laguna Diaz", "my friend Lago Silva"), or two
// words, the first a given name too and the second a family name only,
// not where a place is said ("Laguna Santos is my grandmother"; not
// "Caleta Olivia", "Bairro Ferreira", "in Río Grande").
func (d *Detector) personNamedKindFirst(doc *document, i, j int) bool {
	ws := doc.words
	if personWordBefore(doc, i) || saidToBeSomeone(doc, j) || j < len(ws) && actingVerbs[ws[j].key] {
		return true // "Lago Kowalczyk is my friend", "Sainte Kowalczyk helped me"
	}
	if i > 0 && (placeVotePrepositions[ws[i-1].key] || articleCueWords[ws[i-1].key]) {
		return false
	}
	last := d.gaz.name(ws[j-1].key)
	return j-i == 2 && d.gaz.name(ws[i].key).given() && !d.gaz.isTown(doc.keyOf(i, j)) &&
		last&surname != 0 && !last.given() && !d.gaz.isPlace(ws[j-1].key) && !d.gaz.isWord(ws[j-1].key)
}

// personWordBefore reports whether a title or a word for a person stands
// just before the word at i ("Nurse Laguna Diaz", "my daughter Tierra").
func personWordBefore(doc *document, i int) bool {
	return i > 0 && (titleWords[doc.words[i-1].key] || roleCues[doc.words[i-1].key])
}

// goneTo are the words of going before "to" and a place: "went to".
var goneTo = setOf(`went go goes going gone drove drive moved move came come back travelled traveled flew walked returned`)

// articlePlace reports whether the run at i opens with a Spanish article:
// "Los" or "Las" anywhere ("Los Palos Grandes"); "La" after a word that
// says a place follows ("from La Paz", "in La Victoria"); "El" there too,
// but before a word that is no given name ("in El Paraíso"), since West
// African names open with it ("to El Hadji Diouf"); an Arabic place's
// first word there too ("from Deir Hafer").
func (d *Detector) articlePlace(doc *document, i int) bool {
	ws := doc.words
	cued := i > 0 && i+1 < len(ws) && doc.adjacent(i-1) && articleCueWords[ws[i-1].key]
	switch ws[i].text {
	case "Los", "Las":
		return true
	case "La":
		return cued
	case "El":
		return cued && !d.gaz.name(ws[i+1].key).given()
	case "Tell", "Deir", "Kafr", "Beit", "Khirbet", "Jebel", "Jabal":
		// "went to Deir Hafer", "from Kafr Nabl": an Arabic place's hill,
		// monastery, village or mountain; not "talked to …". ("Tal" and
		// "Wadi" open places too, but are given names: "from Tal Shapira",
		// "from Wadi Qassis" are people, and stay so.)
		return cued && (ws[i-1].key != "to" || i > 1 && goneTo[ws[i-2].key]) && !ws[i+1].possessive
	}
	return false
}

// articleCueWords are the words after which "El" or "La" opens a place.
var articleCueWords = setOf(`in into from to near at outside inside behind across towards toward`)

// placeFirst and placeLast are words that make a run of capitalised words
// a place: "San Ignacio", "Port Vila", "Rodney Bay", "Vieux Fort".
var (
	placeFirst = setOf(`kuala pulau sungai tanjung kampung bukit maternidade maternité policlínica policlinico san sao são saint sankt sint sveti sveta sfântul port puerto porto fort mount mt lake cape ciudad point marché université doi wat place porta nossa festa fiesta inish oileán baile`)
	// saintFirst open a place's name too ("Santa Marta", "Santo André",
	// "Serra da Estrela"), but a person's as well: before a family name
	// alone, the run is a person ("Santo Rivera").
	saintFirst = setOf(`santa santo serra`)
	// saintWords make the name after them a saint's, a church's or a
	// feast's ("San Rocco", "São Jorge", "Saint Pierre"); "Santa" and
	// "Santo" are family names too, and "Sant" a Punjabi given name ("Sant
	// Kaur"): Catalonia's towns and feasts named "Sant" are in places.txt.
	saintWords = setOf(`san são sao saint sainte sankt sint sveti sveta sfântul`)
	// localityLast end the name of a town's quarter in South Asia, even
	// after a given name when a place is said ("in Govind Nagar", "at
	// Bangali Tola"); "Ravi Nagar" alone is a man.
	localityLast = setOf(`nagar colony tola chowk mohalla bazaar bazar ganj`)
	placeLast    = setOf(`bay town city harbour harbor island islands beach creek falls village estate district province county region park
day eve puja kut festival`)  // "Independence Day", "Christmas Eve": a day, not a Miss Day
)

// listedWithPlace reports whether the word at i stands in a comma list
// beside a place the lists know and no given name: "North Sikkim,
// Lachung, Lachen", "Pineville, Mullens, Oceana" (placeListedBeside weighs
// places joined by "or" and "and").
func (d *Detector) listedWithPlace(doc *document, i int) bool {
	ws := doc.words
	if !listAfterPlaceWord(doc, i) {
		return false // "My cousins: Rufaro, Harare, Tinotenda": not a list of places
	}
	place := false
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(ws) || !ws[k].upper {
			continue
		}
		lo, hi := min(i, k), max(i, k)
		gap := strings.TrimSpace(doc.text[ws[lo].end:ws[hi].start])
		if gap != "," {
			continue
		}
		cls := d.gaz.name(ws[k].key)
		if cls.given() || d.known.parts[ws[k].key] {
			return false
		}
		place = place || d.gaz.isPlaceOrTown(ws[k].key) && cls&givenCommon == 0
	}
	return place
}

// listAfterPlaceWord reports whether the comma list holding the word at i
// follows a word that says places come: "go to North Sikkim, Lachung",
// "folks from Pineville, Mullens".
func listAfterPlaceWord(doc *document, i int) bool {
	ws := doc.words
	k := i
	for k > 0 && ws[k].upper && !ws[k].sentStart {
		gap := strings.TrimSpace(doc.text[ws[k-1].end:ws[k].start])
		if gap != "," && gap != "" {
			return false
		}
		k--
		if !ws[k].upper {
			return placeVotePrepositions[ws[k].key] || listPlaceWords[ws[k].key]
		}
	}
	return false
}

// listPlaceWords before a list of places: "from X, Y", "to X, Y".
var listPlaceWords = setOf(`from to at near around between through visited visit`)

// placeListedBeside reports whether the word i, a place, is joined by "or"
// or "and" to another place that is no common given name, in the same
// sentence: "Saint John's or Montreal", "Toronto or Montreal" (not
// "Jordan and Chelsea", two people). listedWithPlace weighs comma lists.
func (d *Detector) placeListedBeside(doc *document, i int) bool {
	g, ws := d.gaz, doc.words
	if k := ws[i].key; !g.isPlaceOrTown(k) {
		return false
	}
	// A common given name itself ("Victoria and Albany did the walk")
	// must be where someone goes or is: "went to Toronto or Montreal".
	given := g.name(ws[i].key)&givenCommon != 0
	for _, o := range [2][2]int{{i - 2, i - 1}, {i + 2, i + 1}} {
		p, c := o[0], o[1]
		if p < 0 || p >= len(ws) || (ws[c].key != "or" && ws[c].key != "and") || !ws[p].upper {
			continue
		}
		if strings.ContainsAny(doc.text[ws[min(i, p)].end:ws[max(i, p)].start], ".!?;:\n") {
			continue // "Toronto. Or Montreal…": another sentence
		}
		first := min(i, p)
		if k := ws[p].key; !g.isPlaceOrTown(k) || g.name(k)&givenCommon != 0 {
			if first = placeStartsBefore(g, ws, p); p > i || first < 0 {
				continue
			}
		}
		if !given || first > 0 && (placePrepositions[ws[first-1].key] || journeyPrepositions[ws[first-1].key]) {
			return true
		}
	}
	return false
}

// journeyPrepositions take someone to or from a place ("went to Toronto
// or Montreal").
var journeyPrepositions = setOf(`to from between`)

// placeStartsBefore returns where two or three capitalised words ending
// at word p, naming a place, begin ("Saint John's", "Port of Spain"), or
// -1.
func placeStartsBefore(g *gazetteer, ws []word, p int) int {
	key := ws[p].key
	for q := p - 1; q >= max(0, p-2) && ws[q].upper; q-- {
		key = ws[q].key + " " + key
		if g.isPlaceOrTown(key) {
			return q
		}
	}
	return -1
}
