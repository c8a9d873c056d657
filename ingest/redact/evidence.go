package redact

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Evidence for and against a run of capitalised words being a person's
// name, in points (log-odds, roughly). A run scoring sureAt or more is a
// name; one scoring flagAt or more is replaced too, but flagged for a
// person to review; below that it is left alone. The weights were set on
// the labelled sets in testdata (see testdata/README.md), never on the
// blind set.
const (
	sureAt = 3.0
	flagAt = 1.5
)

// evidence is a score with the reasons for it, for review.
type evidence struct {
	score float64
	why   []string
}

func (e *evidence) add(points float64, why string) {
	e.score += points
	if why != "" {
		e.why = append(e.why, why)
	}
}

// String lists the reasons, for a person reviewing the candidate.
func (e *evidence) String() string { return strings.Join(e.why, "; ") }

// lexical scores one word by what the lists know of it.
func (d *Detector) lexical(w *word, e *evidence) {
	g, k := d.gaz, w.key
	cls := g.name(k)
	isWord := g.isWord(k)
	switch {
	case d.knownFull(w) || d.known.parts[k]:
		e.add(4, "a name the project knows")
		return
	case w.upper && gluedHonorific(k):
		e.add(3, "before a glued honorific (\"Kudō-san\")")
		return
	case g.isThing(k) || otherNonNames[k]:
		e.add(-4, "names a thing (medicine, organisation, festival...)")
		return
	case romanisedGiven(k):
		e.add(3, "a Korean or Cantonese given name by its syllables (\"Eun-ha\", \"Ka-man\")")
		return
	case strings.HasPrefix(k, "sant'") || strings.HasPrefix(k, "sant’"):
		e.add(-4, "a saint's name, a church's or a feast's (\"Sant'Efisio\")")
		return
	case cls == 0 && (g.isPeople(k) || strings.HasSuffix(k, "s") && (g.isThing(k[:len(k)-1]) || g.isDemonym(k[:len(k)-1]))):
		e.add(-4, "names a people (\"Syrians\", \"Buddhists\")") // a cue still makes it a name ("my husband, Adrians")
		return
	case cls&givenCommon == 0 && g.isPeopleWord(k):
		e.add(-3, "named for a place or a people (\"Qatari\", \"Venezuelan\", \"Chuukese\")")
		return
	case cls == 0 && demonymsJoined(g, k):
		e.add(-4, "peoples joined (\"Korean-Argentine\", \"Chinese-Peruvian\")")
		return
	case cls.given() && commonWordNames[k]: // all English words but a few French ones ("Espoir")
		e.add(0.5, "a given name that is also a common word")
	case cls&givenCommon != 0 && !isWord:
		e.add(3, "a given name")
	case cls&givenCommon != 0 && isWord && !g.wordFirst(k):
		e.add(2.5, "a given name (also a rare word)")
	case cls&givenRare != 0 && !isWord:
		e.add(1.5, "a rarer given name")
	case cls&(surname|namePart) != 0 && !isWord:
		e.add(1.2, "a family name")
	case cls != 0:
		e.add(-1, "a word that is sometimes a name")
	case !isWord:
		e.add(0.5, "not a dictionary word")
	default:
		e.add(-2, "a dictionary word")
	}
	if g.isPlace(k) && cls&givenCommon == 0 {
		e.add(-2.5, "a place")
	} else if g.isTown(k) && cls == 0 {
		e.add(-1.5, "a town") // less: towns bear families' names ("Moyo")
	} else if g.isPlace(k) && !commonWordNames[k] {
		e.add(-1.5, "also a place")
	}
}

// scoreRun weighs the run [i,j) of capitalised words.
func (d *Detector) scoreRun(doc *document, i, j int, known bool) evidence {
	var e evidence
	ws := doc.words
	for k := i; k < j; k++ {
		var we evidence
		d.lexical(&ws[k], &we)
		if k == i || we.score > 0 {
			e.add(we.score, "")
			e.why = append(e.why, we.why...)
		}
	}
	if j-i > 1 {
		first, last := d.gaz.name(ws[i].key), d.gaz.name(ws[j-1].key)
		if first.given() && (d.nameLike(&ws[i]) || d.nameLike(&ws[j-1])) && (last&(surname|namePart) != 0 || !d.gaz.isWord(ws[j-1].key)) {
			e.add(2, "a given name and a family name")
		}
	}
	if j-i == 1 && nameTitles[ws[i].key] && d.gaz.name(ws[i].key) == 0 && !known {
		e.add(-3, "a title said alone (\"Pak\", \"Ibu\")")
	}
	if j-i == 1 && i > 0 && doc.adjacent(i-1) && grandparentBeing(ws[i-1].key, ws[i].key) && !known {
		e.add(-6, "a being of teachings and stories after \"Grandfather\" (\"Grandfather Rock\", \"Grandmother Moon\")")
	}
	if j-i >= 3 && ws[i].text == "Te" && !known && slices.ContainsFunc(ws[i+1:j], func(w word) bool { return maoriBodyWords[w.key] }) {
		// The Māori article before the words of places and bodies ("Te
		// Marae Ora", "Te Whatu Ora", "Te Ara Piko"); not a person's name
		// ("Te Ariki Tamatea").
		e.add(-6, "a Māori name of a place or a body (\"Te Marae Ora\")")
	}
	if !ws[i].sentStart {
		e.add(1.5, "capitalised in mid-sentence")
		if j-i == 1 && commonWordNames[ws[i].key] && d.gaz.name(ws[i].key).given() {
			e.add(1, "a common word, yet capitalised")
		}
	}
	saidName := d.knownFull(&ws[i]) // the project's own name: no word's evidence outweighs it
	if j-i == 1 && !saidName && saidAsLanguageOrPeople(doc, i) {
		e.add(-4, "a language or a people, by the words beside it (\"speaks Malay\", \"the Malay families\")")
	}
	if j-i == 1 && !saidName && monthOfADate(doc, i) {
		e.add(-6, "a month after a day's number and \"de\" (\"12 de Octubre\")")
	}
	if j-i == 1 && d.gaz.name(ws[i].key)&givenCommon == 0 && !saidName && (d.besideMedicine(doc, i) || medicineNounBefore(doc, i) || doseAfter(doc, i)) {
		e.add(-3, "named beside a medicine (\"amlodipine, Amlor\")")
	}
	if j-i == 1 && i+1 < len(ws) && slices.Contains(setPhrases[ws[i].key], ws[i+1].key) && doc.adjacent(i) && !saidName {
		e.add(-5, "a set phrase (\"Kia ora\", \"De nada\")")
	}
	if j-i == 1 && ws[i].sentStart && interjections[ws[i].key] && (d.gaz.name(ws[i].key)&givenCommon == 0 || plainInterjections[ws[i].key]) && (ws[i].commaAfter || ws[i].stopAfter) && !saidName {
		e.add(-3, "an interjection (\"Ja, that.\")")
	}
	if j-i == 1 && greetings[ws[i].key] && (ws[i].sentStart || !ws[i].upper) && (ws[i].commaAfter && !surnameGreetings[ws[i].key] || ws[i].stopAfter || j < len(ws) && greetings[ws[j].key]) && !saidName {
		e.add(-5, "a greeting (\"Bula vinaka\", \"Mālō, thank you\")")
	}
	if j-i == 1 && !saidName && d.placeListedBeside(doc, i) {
		e.add(-3, "a place listed with a place (\"Toronto or Montreal\")")
	}
	if countedAfterNumber(doc, i) && !saidName {
		e.add(-3, "counted (\"30000 Tutsis\")")
	}
	if j-i == 1 && d.gaz.name(ws[i].key) != 0 && !afterPreposition(doc, i) && saidToBeSomeone(doc, j) {
		e.add(3, "said to be someone (\"Goodwill is the old man\", \"Gift is her sister\")")
	}
	if j-i == 1 && !saidName && d.namesAGroup(doc, i) {
		e.add(-4, "a people's or a country's name before a group of people (\"the Solomon workers\")")
	}
	if j-i == 1 && !saidName && d.listedWithPlace(doc, i) {
		e.add(-2, "in a list with a place")
	}
	if j-i == 1 && !ws[i].sentStart && d.listedWithNames(doc, i) {
		e.add(2, "in a list with names")
	}
	if j-i == 1 && !saidName && d.listedWithMe(doc, i) {
		e.add(3, "in a list of people with \"me\" (\"me, Golf, Pond\", \"Somkiat, Prasit and me\")")
	}
	if k := ws[i].key; j-i == 1 && ws[i].sentStart && !d.gaz.common.has(k) && (d.gaz.name(k) != 0 || !d.gaz.isWord(k)) && d.listedAfter(doc, i) == i+2 && !d.gaz.common.has(ws[i+2].key) {
		e.add(2, "opening a sentence, then \"and\" and a given name (\"Kasun and Iresha\")")
	}
	if !ws[j-1].possessive && d.eventCueBefore(doc, i) {
		e.add(-4, "after \""+ws[i-1].key+"\" (a festival or an event)")
	}
	if j-i == 1 && ws[i].sentStart && utf8.RuneCountInString(ws[i].key) <= 3 && !saidName && doc.onlyOpensOrLower(ws[i].key) {
		e.add(-3, "a short word the document says in lower case, and capitalised only opening a sentence (\"Mi\", Patois for \"I\")")
	}
	if j-i == 1 && ws[i].sentStart && d.gaz.wordFirst(ws[i].key) && saidAgainAsWord(doc, i) {
		e.add(-3, "said again in lower case, as the word (\"Joy, real joy, is…\")")
	}
	if j-i == 1 && d.joinedToGivenName(doc, i) {
		e.add(2, "after a given name and \"and\" (\"Facundo and Chela\")")
	}
	if j-i == 1 && askedBack(doc, i) {
		e.add(1.5, "asked back, a turn of its own (\"Interviewer: Memo?\")")
	}
	if j-i == 1 && !saidName && d.opensPlace(doc, ws[i].key) {
		e.add(-5, "short for a place the document names (\"Dar\" of Dar es Salaam)")
	}
	if j-i == 1 && namesCondition(doc, i) {
		e.add(-6, "the name of a condition the document gives (\"Angelman syndrome\", \"Paget's disease\")")
	}
	if institutionNamed(doc, i, j) {
		e.add(-20, "the name of a hospital the document gives (\"Hospital de Santo André\", \"Amato Lusitano, the hospital\")")
	}
	if d.inPlaceName(doc, i, j) {
		e.add(-4, "part of a place's name (\"Hospital de Niños\", \"Vila do Conde\")")
	}
	d.before(doc, i, j, &e)
	d.after(doc, i, j, known, &e)
	return e
}

// joinedToGivenName reports whether the word at i, capitalised in
// mid-sentence and no common word, place, people or thing, follows "and"
// and a given name that is no place or people either: "Facundo and
// Chela"; not "Shannon and Nenagh", "English and Greek".
func (d *Detector) joinedToGivenName(doc *document, i int) bool {
	ws := doc.words
	k := ws[i].key
	if ws[i].sentStart || d.gaz.common.has(k) || d.gaz.isPlaceOrTown(k) || d.thingOrPeople(k) || d.gaz.isPeopleWord(k) || d.gaz.name(k) == 0 && d.gaz.isWord(k) {
		return false
	}
	// listedBefore says -1 for no name, which is i-2 for the second word:
	// "And Chela said no" has no word before its "And".
	left := d.listedBefore(doc, i)
	return left >= 0 && left == i-2 && ws[i-1].key == "and" && !d.gaz.isPlaceOrTown(ws[left].key) && !d.gaz.isPeopleWord(ws[left].key)
}

// besideMedicine reports whether the word at i stands in a list or an
// apposition with a medicine, in the same sentence: "the amlodipine,
// Amlor", "Xyrem, Wakix, modafinil", "Circadin, the melatonin". A brand
// the lists lack is said beside its generic name or another medicine.
func (d *Detector) besideMedicine(doc *document, i int) bool {
	ws := doc.words
	// "Tell Moyo, the metformin is finished": Moyo is told; only an "or"
	// joins a person's object to a medicine ("switched me to Tenolam, or
	// the efavirenz").
	told := i > 0 && !ws[i].sentStart && personBeforeWords[ws[i-1].key]
	for _, step := range []int{-1, 1} {
		linked, or := false, false
		for k, n := i+step, 0; k >= 0 && k < len(ws) && n < 3; k, n = k+step, n+1 {
			lo, hi := min(k, k-step), max(k, k-step)
			if ws[hi].sentStart {
				break
			}
			gap := doc.text[ws[lo].end:ws[hi].start]
			linked = linked || strings.ContainsAny(gap, ",(—–")
			if d.isMedicine(&ws[k]) {
				return linked && (step < 0 || !told || or)
			}
			or = or || ws[k].key == "or"
			linked = linked || ws[k].key == "or" || ws[k].key == "and"
			if !medicineLinkWords[ws[k].key] {
				break
			}
		}
	}
	return false
}

// countedAfterNumber reports whether the word at i follows a number of
// four digits or more that is no year or time, with only a space between:
// "8000 Hryvnias", "30000 Tutsis" are counted, not people ("by 1030
// Rutendo had left", "extension 204 Rutendo" are not).
func countedAfterNumber(doc *document, i int) bool {
	s := doc.words[i].start
	before := strings.TrimRight(doc.text[max(0, s-12):s], " \t\u00a0")
	if len(before) == len(doc.text[max(0, s-12):s]) {
		return false
	}
	k := len(before)
	for k > 0 && isDigitByte(before[k-1]) {
		k--
	}
	d := before[k:]
	return len(d) >= 4 && (k == 0 || before[k-1] == ' ') && !isYear(d) && !clockTime(d)
}

// medicineNouns name a medicine's form: a brand said after one, with a
// comma, is the medicine's ("the syrup, Levipil", "the new shot,
// Beyfortus").
var medicineNouns = setOf(`syrup syrups tablet tablets pill pills shot shots jab jabs injection injections vaccine vaccines cream creams
ointment drops inhaler inhalers patch patches capsule capsules medicine medicines medication medications drug drugs antibiotic antibiotics
painkiller painkillers gel spray`)

// medicineNounBefore reports whether a medicine's form is named just
// before the word at i, with a comma between, and the brand goes on with
// a comma or a dose: "the syrup, Levipil, two times".
func medicineNounBefore(doc *document, i int) bool {
	ws := doc.words
	if i == 0 || ws[i].sentStart || !medicineNouns[ws[i-1].key] || !ws[i].commaAfter && !doseAfter(doc, i) {
		return false // "your pills, Mufaro?", "the antibiotics, Chiedza made sure"
	}
	return strings.TrimSpace(doc.text[ws[i-1].end:ws[i].start]) == ","
}

// dayDeBeforeRE is a day's number and "de" before a month's name, as
// Spanish and Portuguese say a date, and name a street, a hospital or a
// feast after one ("12 de Octubre", "the 5 de Julho party").
// Not "do": no date is said with it, but English says it after a number
// ("at 10 do Marta's dressings") and Portuguese before a man ("o quarto
// 12 do Marco").
var dayDeBeforeRE = lazyRE(`(?:^|[^\d])(?:[1-9]|[12]\d|3[01])[ \t\x{00A0}]+(?i:de)[ \t\x{00A0}]+$`)

// iberianMonthWords are the months said after a day's number and "de":
// Spanish, Portuguese, Catalan and the Lusophone creoles. Not the months
// of other tongues, which never follow "de" and are names as often
// ("Marta", "Maja", "Kasim", "Mei").
var iberianMonthWords = setOf(`enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro gener febrer maig juny juliol agost setembre desembre janeiru fevereiru marsu maiu junhu julhu agostu setembru outubru novembru dezembru`)

// monthOfADate reports whether the word at i is a month's name said after
// a day's number and "de": "Julio" is a name elsewhere, not there. Not
// one said with "'s" ("the 3 de Marta's friends"), nor "Marco" without its
// cedilla, a man's name.
func monthOfADate(doc *document, i int) bool {
	w := &doc.words[i]
	if !iberianMonthWords[w.key] || w.possessive || w.key == "marco" && !strings.ContainsAny(w.text, "çÇ") {
		return false
	}
	return dayDeBeforeRE().MatchString(doc.text[max(0, w.start-12):w.start])
}

// doseRE is a dose said after a medicine's name, by its unit ("Zentra 20
// mg", "Ponstan, five hundred milligrams"); not tablets or times, which
// follow people too ("gave Tinotenda two tablets", "phoned Rutendo five
// times").
var doseRE = lazyRE(`(?i)^[ ,]*(?:(?:one|two|three|four|five|six|ten|twenty|\d+(?:\.\d+)?)(?:[ \t-]+(?:hundred|thousand|fifty))?[ \t]*(?:mg|ml|mcg|milligrams?|millilitres?|milliliters?|units)\b)`)

// doseAfter reports whether a dose follows the word at i.
func doseAfter(doc *document, i int) bool {
	e := doc.words[i].end
	rest := doc.text[e:min(len(doc.text), e+40)]
	return doseRE().MatchString(rest) || countedDoseRE().MatchString(rest)
}

// countedDoseRE is a count of tablets or times set off by a comma after a
// medicine's name: "Glucorin, two tablets" (but "gave Tinotenda two
// tablets" is someone given them).
var countedDoseRE = lazyRE(`(?i)^,[ \t]*(?:one|two|three|four|half|\d+)[ \t]+(?:tablets?|pills?|capsules?|puffs|drops|times)\b`)

// eventCueBefore reports whether the run at i follows a word that puts
// an event, not a person, after it: "during Ileya", "every Loy Krathong",
// "the week before Matariki", "the day after Toussaint" (not "after
// Maria", who may come after someone). A name the project knows stays one.
func (d *Detector) eventCueBefore(doc *document, i int) bool {
	ws := doc.words
	if i == 0 || ws[i].sentStart || !doc.adjacent(i-1) || d.known.full[ws[i].key] {
		return false
	}
	switch ws[i-1].key {
	case "during", "every", "throughout":
		return true
	case "before", "after", "until", "till":
		return i > 1 && doc.adjacent(i-2) && eventSpans[ws[i-2].key]
	}
	return false
}

// eventSpans are spans of time said before "before" or "after" an event:
// "the week before Matariki".
var eventSpans = setOf(`week weeks day days month months night nights eve weekend time`)

// saidAgainAsWord reports whether the word at i is said again in lower
// case within the next few words: "Joy, real joy, is when…", "Patience —
// patience is the hardest thing", "Joy? That is not joy".
func saidAgainAsWord(doc *document, i int) bool {
	ws := doc.words
	after := doc.text[ws[i].end:]
	if strings.HasPrefix(after, ":") || strings.HasPrefix(after, " by name") {
		return false // a speaker's label; "Sunny by name, not always sunny by nature"
	}
	for k := i + 1; k < min(len(ws), i+9); k++ {
		if strings.ContainsRune(doc.text[ws[k-1].end:ws[k].start], '\n') {
			return false // the turn ends
		}
		if !ws[k].upper && ws[k].key == ws[i].key && !inAddress(doc.text, ws[k]) {
			return true
		}
	}
	return false
}

// inAddress reports whether a word is part of an e-mail or web address:
// glued by a dot, "@" or "_" to what follows ("patience.owusu@…"), or
// followed by "dot", "point" or "at" said aloud.
func inAddress(text string, w word) bool {
	rest := text[w.end:]
	if rest != "" && strings.ContainsRune(".@_-", rune(rest[0])) && len(rest) > 1 && rest[1] != ' ' {
		return true
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	switch strings.ToLower(next) {
	case "dot", "point", "at", "arobase", "underscore":
		return true
	}
	return false
}

// askedBack reports whether the word at i is a whole turn, asked as a
// question after a speaker's label, and was said in the turn before:
// someone asks back the name just said ("… Memo brings the fathers.
// Interviewer: Memo?"), not a word offered ("how do you say —
// Interviewer: Collaterals?").
func askedBack(doc *document, i int) bool {
	w := doc.words[i]
	after := doc.text[w.end:]
	if !strings.HasPrefix(after, "?") {
		return false
	}
	after = strings.TrimLeft(after[1:], " \t")
	if after != "" && after[0] != '\n' && after[0] != '\r' {
		return false
	}
	ls := strings.LastIndexByte(doc.text[:w.start], '\n') + 1
	line := doc.text[ls:w.start]
	if !answerLabelRE().MatchString(line) || strings.TrimSpace(line[strings.IndexByte(line, ':')+1:]) != "" {
		return false
	}
	for k := i - 1; k >= 0 && doc.words[k].end > ls-300; k-- {
		if doc.words[k].key == w.key && doc.words[k].upper {
			return true
		}
	}
	return false
}

// listGoesOn reports whether a comma follows the word at i: the list
// goes on with something that is not a name.
func listGoesOn(doc *document, i int) bool {
	return i+1 < len(doc.words) && strings.TrimSpace(doc.text[doc.words[i].end:doc.words[i+1].start]) == ","
}

// opensPlace reports whether key is the first word of a place of more
// than one word, its parts joined by a short lower-case particle ("Dar es
// Salaam", "Vila do Conde"), that the document names somewhere: said
// alone, it is short for that place.
func (d *Detector) opensPlace(doc *document, key string) bool {
	if doc.placeOpeners == nil {
		doc.placeOpeners = map[string]bool{}
		ws := doc.words
		for i := 0; i+2 < len(ws); i++ {
			p := &ws[i+1]
			if !ws[i].upper || p.upper || len(p.key) > 3 || !doc.adjacent(i) || !doc.adjacent(i+1) || !ws[i+2].upper {
				continue
			}
			if d.gaz.isPlace(ws[i].key + " " + p.key + " " + ws[i+2].key) {
				doc.placeOpeners[ws[i].key] = true
			}
		}
	}
	return doc.placeOpeners[key]
}

// medicineLinkWords may stand between a medicine and its other name.
var medicineLinkWords = setOf(`the a or and not also plus like called`)

// personBeforeWords, just before a word, make it someone spoken to or of:
// "tell Moyo", "to Nyarai", "thanks Chiedza".
var personBeforeWords = setOf(`tell told ask asked give gave to with for thank thanks call called ring rang text texted remind reminded
show showed help helped let meet met see saw and`)

// isMedicine reports whether w is a medicine the lists know, or a generic
// name in lower case with a stem of the International Nonproprietary
// Names ("clopidogrel", "everolimus", "levocarnitine").
func (d *Detector) isMedicine(w *word) bool {
	if d.gaz.medicines[w.key] {
		return true
	}
	if w.upper || len(w.key) < 7 || d.gaz.common.has(w.key) {
		return false
	}
	for _, stem := range innStems {
		if strings.HasSuffix(w.key, stem) {
			return true
		}
	}
	return false
}

// innStems end the generic names of many medicines (WHO INN stems).
var innStems = strings.Fields(`pine pril sartan olol statin mab nib azole cillin mycin cycline floxacin vir gliptin gliflozin formin
azepam olone sone cort profen tropin limus carnitine pidem grel semide thiazide parin xaban tidine setron triptan oxetine
pramine afil caine tonin codone morphine glutide`)

// placeKindWords begin the names of places in Spanish, Portuguese,
// French and Italian, joined to the rest by a particle: "Hospital de
// Niños", "Parque de la Independencia", "Vila do Conde".
var placeKindWords = setOf(`hospital parque plaza praça praca vila villa centro clínica clinica colegio escuela universidad
instituto barrio colonia ciudad puerto calle avenida rua museo iglesia igreja catedral mercado estación estacion santuario
póvoa povoa tierra virgen hôpital hopital place quartier cité cite lycée lycee école ecole piazza ospedale`)

// inPlaceName reports whether the run [i,j) stands in the name of a place
// joined by a particle: after "Hospital de" or "Póvoa de", or a place's
// kind itself before "de X".
func (d *Detector) inPlaceName(doc *document, i, j int) bool {
	ws := doc.words
	placey := func(w *word) bool {
		return w.upper && (placeKindWords[w.key] || placeFirst[w.key] || d.gaz.isPlace(w.key) && d.gaz.name(w.key)&givenCommon == 0)
	}
	k := i - 1
	for n := 0; n < 2 && k >= 0 && !ws[k].upper && nameParticles[ws[k].key] && doc.adjacent(k); n++ {
		k--
	}
	if k < i-1 && k >= 0 && doc.adjacent(k) && placey(&ws[k]) {
		return true
	}
	return j-i == 1 && j+1 < len(ws) && placeKindWords[ws[i].key] && !ws[j].upper && nameParticles[ws[j].key] && doc.adjacent(i) && ws[j+1].upper
}

// before weighs the words before the run at i.
func (d *Detector) before(doc *document, i, j int, e *evidence) {
	if i == 0 || ws0(doc, i).sentStart {
		return
	}
	ws := doc.words
	p := &ws[i-1]
	gap := doc.text[p.end:ws[i].start]
	comma := strings.Contains(gap, ",")
	if strings.ContainsAny(gap, ".!?;:\n") {
		return
	}
	pp := ""
	if i >= 2 && !ws[i-1].sentStart {
		pp = ws[i-2].key
	}
	placey := j-i == 1 && (d.gaz.isPlace(ws[i].key) || d.gaz.isTown(ws[i].key))
	plain := j-i == 1 && d.plainGiven(ws[i].key) && !placey
	switch {
	case monthSaid(doc, i, j):
		e.add(-4, "the month, after \""+p.key+"\"") // "in Ramazan"; "Ramazan came" is a man
	case !comma && j-i == 1 && p.key == "the" && rulerTitles[ws[i].key]:
		e.add(-4, "a ruler's title, after \"the\"") // "the Emir of Qatar"; "Emir was born" is a boy
	case !comma && (p.key == "and" || p.key == "&") && (pp == "me" || pp == "him" || pp == "her" || pp == "them" || pp == "us"):
		e.add(3, "after \""+pp+" and\"")
	case !comma && p.key == "to" && speechVerbs[pp]:
		e.add(2.5, "after \""+pp+" to\"")
	case !comma && (p.key == "with" || p.key == "and") && speechVerbs[pp]:
		e.add(2, "after \""+pp+" "+p.key+"\"")
	case !comma && p.key == "with" && motionVerbs[pp]:
		e.add(1.5, "after \""+pp+" with\"")
	case !comma && personObjectVerbs[p.key]:
		e.add(2, "after \""+p.key+"\"")
	case !comma && (p.key == "my" || p.key == "our") && d.gaz.name(ws[i].key).given() && j-i == 1:
		e.add(2.5, "after \""+p.key+"\"")
	case !comma && (p.key == "where's" || p.key == "wheres"):
		e.add(1.5, "after \"where's\"")
	case !comma && p.key == "to" && motionVerbs[pp]:
		e.add(placeWeight(plain, placey, -2), "a destination")
	case !comma && placePrepositions[p.key] && !ws[i].possessive:
		e.add(placeWeight(plain, placey, -2), "after \""+p.key+"\" (a place?)")
	case !comma && p.key == "from" && d.originSaid(doc, i, j, pp):
		e.add(placeWeight(plain, placey, -3), "where someone is from (\"I'm from Dominica\")")
	case !comma && p.key == "from":
		e.add(placeWeight(plain, placey, -1), "after \"from\"")
	case !comma && !p.possessive && (p.key == "the" || p.key == "a" || p.key == "an"):
		e.add(-2.5, "after \""+p.key+"\"")
	case !comma && !p.possessive && (p.key == "this" || p.key == "these" || p.key == "those") && !plain:
		e.add(-1.5, "after \""+p.key+"\"")
	case !comma && p.key == "on":
		e.add(-1, "")
	case comma && d.thingBefore(doc, i) && !listOpeners[p.key]:
		e.add(-3, "in apposition to a thing (\"the new drug, X\")")
	}
}

// nameLike reports whether a word is, by the lists, rather a name than a
// word: a given name that is no common word, or no English word at all.
func (d *Detector) nameLike(w *word) bool {
	return d.plainGiven(w.key) || !d.gaz.isWord(w.key) || d.known.parts[w.key]
}

// placeWeight is the weight of a cue of places ("in", "went to"): small
// before a given name that is no place, larger before a listed place.
func placeWeight(plain, place bool, w float64) float64 {
	switch {
	case plain:
		return -0.5
	case place:
		return w - 1
	}
	return w
}

// ws0 returns word i.
func ws0(doc *document, i int) *word { return &doc.words[i] }

// after weighs the words after the run [i,j).
func (d *Detector) after(doc *document, i, j int, known bool, e *evidence) {
	ws := doc.words
	last := &ws[j-1]
	if j >= len(ws) {
		d.vocative(doc, i, j, "", known, e)
		return
	}
	n := &ws[j]
	gap := doc.text[last.end:n.start]
	if last.possessive {
		gap = strings.TrimLeft(gap, "'’sS")
		switch {
		case strings.TrimSpace(gap) == "" && kinAfter[n.key]:
			e.add(2, "before \"'s "+n.key+"\"") // "Pawlu's son"
		case known || d.plainGiven(last.key) || d.known.parts[last.key]:
			e.add(1, "possessive")
		default:
			e.add(0.5, "possessive")
		}
	}
	g := strings.TrimSpace(gap)
	switch {
	case g == "" && (n.key == "is" || n.key == "was") && !last.possessive && calledSo(doc, j+1):
		e.add(3, "before \"is what everyone calls\" (a nickname)") // "Happy is just what everyone calls him"
	case g == "" && ws[i].sentStart && j-i == 1 && (!last.possessive && (n.key == "is" || n.key == "was") && wordsPredicate(doc, j+1) || last.possessive && wordsPredicate(doc, j)) && d.gaz.wordFirst(ws[i].key):
		e.add(-3, "before \""+n.key+"…\", saying what a word is (\"Patience is what…\", \"Dawn's the worst time\")")
	case g == "" && ws[i].sentStart && j-i == 1 && !last.possessive && adjectiveNames[ws[i].key] && !n.upper && nounAfterAdjective(d, doc, j):
		e.add(-3, "before \""+n.key+"\" (an adjective: \"Sunny days\", \"Frank answer\")")
	case g == "," && ws[i].sentStart && j-i == 1 && !last.possessive && n.key == "that" && n.possessive && j+1 < len(ws) && cleftWords[ws[j+1].key] && d.gaz.wordFirst(ws[i].key):
		e.add(-3, "before \", that's "+ws[j+1].key+"\" (\"Patience, that's what…\")")
	case g == "" && !n.upper && strongPersonVerbs[n.key]:
		e.add(2.5, "before \""+n.key+"\"")
	case g == "" && !n.upper && deedVerbs[n.key] && d.doer(doc, i, j, known) && !placeSaidBefore(doc, i) && !(ws[i].sentStart && j-i == 1 && d.gaz.wordFirst(ws[i].key)):
		e.add(2.5, "before \""+n.key+"\"")
	case g == "" && (n.key == "was" || n.key == "is") && j+1 < len(ws) && (strongPersonVerbs[strings.TrimSuffix(ws[j+1].key, "ing")+"s"] || ws[j+1].key == "born" && d.bornAsPerson(doc, j-1, j+2)):
		e.add(2.5, "before \""+n.key+" "+ws[j+1].key+"\"")
	case g == "" && !n.upper && personVerbs[n.key] && n.key != "and" && !last.possessive && (known || d.nameLike(&ws[j-1])) && (!makerVerbs[n.key] || d.doer(doc, i, j, known)):
		e.add(1, "before \""+n.key+"\"")
	case g == "" && ws[i].sentStart && j-i == 1 && !last.possessive && followNonName[n.key] && d.gaz.wordFirst(ws[i].key):
		e.add(-3, "before \""+n.key+"\"")
	case g == "" && n.key == "and" && j+1 < len(ws) && (ws[j+1].key == "i" || ws[j+1].key == "me" || ws[j+1].key == "myself"):
		e.add(3, "before \"and "+ws[j+1].key+"\"")
	case g == "" && n.key == "and" && j-i == 1 && j+2 < len(ws) && ws[j+1].upper && !ws[j+1].possessive && doc.adjacent(j) && doc.adjacent(j+1) &&
		personVerbs[ws[j+2].key] && d.nameLike(last) && d.nameLike(&ws[j+1]) && !d.gaz.isPlace(ws[j+1].key) && !d.gaz.isPlace(last.key) &&
		(i == 0 || !placeVotePrepositions[ws[i-1].key]):
		// "Letchumi and Selvarani came twice"; not "the women in Matta and
		// Khwazakhela can see".
		e.add(2.5, "before \"and\" and a name that "+ws[j+2].key)
	case g == "" && (n.key == "mg" || n.key == "tablets" || n.key == "injection" || n.key == "inhaler" || medicineFormsAfter[n.key] && !d.gaz.name(last.key).given()):
		e.add(-3, "a medicine")
	case g == "" && honorificsAfter[n.key] && !(kinAfter[n.key] && (n.upper || !d.gaz.name(last.key).given())): // "Zulekha auntie"; not "Call Aunty Blossom", "Waakye auntie"
		e.add(3, "before \""+n.key+"\" (an honorific)") // "Park seonsaengnim", "Tanaka-san"
	case (g == "" || g == "," || g == "—" || g == "–") && n.key == "with" && !last.possessive && spelledWith(doc, j):
		e.add(3, "spelt (\"with one L\")") // "Halawani with one L"
	case g == "" && j-i == 1 && familyNouns[n.key] && i > 0 && ws[i-1].key == "the" && !d.gaz.isPlace(last.key) && !d.gaz.isThing(last.key) && !d.gaz.isWord(last.key):
		e.add(3, "before \""+n.key+"\" (a family's name)") // "the Leavasa family", "the Leavasa boy"
	case g == "," && (n.key == "my" || n.key == "our") && j+1 < len(ws) && kinAfter[ws[j+1].key] && !ws[j+1].possessive && kinEndsApposition(doc, j+1) &&
		!(socialKin[ws[j+1].key] && ws[i].sentStart && (d.gaz.common.has(ws[i].key) || d.gaz.isPlace(ws[i].key))): // not "Wait, my friend, I will tell you"
		e.add(3, "before \", "+n.key+" "+ws[j+1].key+",\"") // "Dieunel, my son, he is nine"; "Ask Armindo, my brother."
	case (g == "—" || g == "–" || g == "-") && !last.possessive && !d.gaz.common.has(last.key) && kinAfterDash(doc, j):
		e.add(3, "before a dash and who the person is (\"Cardoso — that's my husband\")")
	case (g == "—" || g == "–" || g == "-") && !last.possessive && !d.gaz.common.has(last.key) && !placeSaidBefore(doc, i) && d.maker(doc, i, j) && pronounAfterDash(doc, j):
		e.add(2.5, "before a dash and \""+ws[j].key+"'s\" (\"Hawre — he's one of ours\")")
	case g == "," && !last.possessive && !placeSaidBefore(doc, i) && d.maker(doc, i, j) && calledByOthers(doc, j):
		e.add(3, "before \", they call me\" (a nickname)") // "Tšepi, they call me, the young ones"
	case (g == "—" || g == "–" || g == "-" || g == "." && ws[i].sentStart) && !last.possessive && !d.gaz.common.has(last.key) && nicknameFollows(doc, j):
		e.add(3, "before what people call them (\"Lakhwinder — we call him Lucky\")")
	case g == "," && j-i == 1 && (n.key == "a" || n.key == "an" || n.key == "the") && j+1 < len(ws) && appositionNouns[ws[j+1].key] && kinEndsApposition(doc, j+1) &&
		!d.gaz.isPlace(last.key) && !d.gaz.isThing(last.key):
		e.add(2.5, "before \", "+n.key+" "+ws[j+1].key+",\"") // "Mart, a teacher, very quiet"; "Kaarel, the youngest."
	}
	d.vocative(doc, i, j, g, known, e)
}

// demonymsJoined reports whether key is two or more demonyms joined by
// hyphens: "korean-argentine", "japanese-bolivian".
func demonymsJoined(g *gazetteer, key string) bool {
	parts := strings.Split(key, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !g.isDemonym(p) {
			return false
		}
	}
	return true
}

// adjectiveNames are given names that are first adjectives, or nouns said
// as one: opening a sentence before a noun, they are the adjective
// ("Sunny days", "Precious little help", "Frank answer?", "Baby steps").
var adjectiveNames = setOf(`sunny precious frank rusty sandy merry happy bright earnest baby`)

// nounAfterAdjective reports whether the word at j, after an adjective
// that is also a name, reads as the noun it qualifies rather than what a
// person does: a dictionary word that is no verb a person is said to do,
// no pronoun or function word, and no past tense ("Frank asked"); ending
// in "s", only where a plural noun's sentence goes on ("Sunny days are",
// "Sunny days, he", "Sunny afternoons I"), not a verb's ("Sunny lines up
// everything").
func nounAfterAdjective(d *Detector, doc *document, j int) bool {
	w := &doc.words[j]
	k := w.key
	if !d.gaz.isWord(k) || personVerbs[k] || strongPersonVerbs[k] || followNonName[k] || functionWords[k] || strings.HasSuffix(k, "ed") {
		return false
	}
	next := j+1 < len(doc.words) && strings.TrimSpace(doc.text[w.end:doc.words[j+1].start]) == ""
	if !strings.HasSuffix(k, "s") {
		// "Sunny bought a standing desk": a verb with its object after it.
		return !next || !objectStarts[doc.words[j+1].key]
	}
	if !next {
		return true // "Sunny days, he takes them": punctuation after the noun
	}
	return afterPluralNoun[doc.words[j+1].key]
}

// objectStarts begin what a verb takes after it, not what follows a noun:
// "Sunny bought a desk", "Frank took me home".
var objectStarts = setOf(`a an the my his her their our your me him us them it this that some`)

// afterPluralNoun are words that go on after a plural noun opening a
// sentence, and not after a verb in "s".
var afterPluralNoun = setOf(`are were have do in on and i we he she they you when that at`)

// wordsPredicate reports whether what follows "is", "was" or "'s" at k
// says what a word is, not a person: "what", "when" and the like, maybe
// after "also" or "not" ("Patience is also what you need"), or a thing it
// is ("Patience is the main thing", "a big word", "Dawn's the worst
// time").
func wordsPredicate(doc *document, k int) bool {
	ws := doc.words
	for n := 0; n < predicateAdverbsMax && k < len(ws) && predicateAdverbs[ws[k].key]; n++ {
		k++
	}
	if k >= len(ws) {
		return false
	}
	if cleftWords[ws[k].key] {
		return true
	}
	if ws[k].key != "the" && ws[k].key != "a" {
		return false
	}
	for m := k + 1; m < min(len(ws), k+4) && !ws[m].upper; m++ {
		if personNouns[ws[m].key] {
			return false
		}
		if abstractNouns[ws[m].key] {
			return true
		}
	}
	return false
}

// predicateAdverbs may stand between "is" and what it says.
var predicateAdverbs = setOf(`also really just exactly not always still`)

// predicateAdverbsMax is how many of them may stand there: "is not really".
const predicateAdverbsMax = 2

// abstractNouns are what a word, not a person, is said to be: "Patience
// is the main thing", "Faith is the only medicine", "Joy is a big word",
// "Dawn is the worst time".
var abstractNouns = setOf(`thing things skill medicine lesson word key secret answer cure way part rule gift time times hour hours moment season`)

// personNouns are what a person is said to be: "Patience is the main
// person", "Grace is the only nurse who…".
var personNouns = setOf(`person woman man lady girl boy nurse leader coordinator mother father sister brother friend volunteer`)

// maoriBodyWords are the words of Māori names of places, bodies and
// events, after "Te": health, paths, seas, schools, councils.
var maoriBodyWords = setOf(`ora whatu ara marae awa tai tokerau wananga runanga kura whare hauora kohanga reo maeva puni rito tiriti pounamu tongarewa`)

// accentedNoNames are words that are no names as written with their
// accents, though folded they would be given names ("Mae", "Avo", "Dia"):
// Portuguese words for kin, said to them as names are ("Mãe, you have a
// boyfriend?"), the Spanish "Día" that names a feast ("Día de la
// Candelaria"), and the Sámi people ("Sami" is a given name).
var accentedNoNames = setOf(`Mãe Mamãe Vovó Vovô Avó Avô Día Sámi`)

// appositionNouns, after a name and "a" or "the" between commas, say who
// the person is: a trade, a stage of life, a place in the family.
var appositionNouns = setOf(`teacher nurse driver fisherman farmer welder cook cleaner carpenter doctor midwife mechanic builder electrician plumber baker
butcher shopkeeper tailor student pensioner widow widower retiree miner soldier policeman postman priest pastor imam engineer accountant
bookkeeper hairdresser seamstress waitress waiter chef janitor caretaker carer porter labourer laborer trucker shepherd herder
youngest oldest eldest twin neighbour neighbor cousin grandmother grandfather granddaughter grandson daughter son niece nephew`)

// cleftWords, after "is" or "was", say what a word opening the sentence
// is, which a person is not: "Patience is what you need", "Dawn is when
// we leave".
var cleftWords = setOf(`what when where how why`)

// kinEndsApposition reports whether the kin word at k closes an
// apposition: a comma after it ("Dieunel, my son, he is nine"), or the
// sentence's end ("Ask Armindo, my brother.").
func kinEndsApposition(doc *document, k int) bool {
	ws := doc.words
	if k+1 >= len(ws) {
		return strings.HasPrefix(strings.TrimSpace(doc.text[ws[k].end:]), ".")
	}
	gap := strings.TrimSpace(doc.text[ws[k].end:ws[k+1].start])
	return gap == "," || gap == "." || gap == "!"
}

// medicineFormsAfter follow a medicine's name: "Fucidine cream", "Volini
// gel" ("tablets", "injection" and "inhaler" are tested beside them).
var medicineFormsAfter = setOf(`cream gel ointment drops syrup spray patch patches capsules pills sachet sachets suppositories lotion`)

// gluedHonorific reports whether a word is a name of three letters or more
// with a Japanese, Korean or Indian honorific joined by a hyphen:
// "Kudō-san", "Sasaki-sensei", "Min-ji-ssi", "Selvi-akka",
// "Keiko-madam"; not a word said twice ("Sama-sama", Malay for "you're
// welcome").
func gluedHonorific(key string) bool {
	h := strings.LastIndexByte(key, '-')
	return h >= 3 && gluedHonorifics[key[h+1:]] && key[:h] != key[h+1:]
}

// romanisedGiven reports whether key is two romanised Korean syllables joined
// by a hyphen, as Korean given names are written ("eun-ha", "ji-sung",
// "seo-yeon"), or two Cantonese ones, as Hong Kong names are ("ka-man",
// "wai-ling"): each syllable one the romanisations of given names use.
func romanisedGiven(key string) bool {
	a, b, ok := strings.Cut(key, "-")
	return ok && a != b && (koreanSyllables[a] && koreanSyllables[b] || cantoneseSyllables[a] && cantoneseSyllables[b])
}

// cantoneseSyllables are the syllables of Cantonese given names as Hong
// Kong romanises them.
var cantoneseSyllables = setOf(`chi ching chun fai fung hei hin hiu hoi hong fang fat kam ka kei keung kin kit kwai kwan kwok lai lam lan leung ling lok lung man mei ming nga oi pak pui sai san sau shan shing shu siu suk sum sze tak tin ting tsz tsun wah wai wan wing wun yan yat yau yee yin ying yiu yuen yuk`)

// koreanSyllables are the syllables of Korean given names, romanised as
// people write them in English (Revised Romanisation and the older forms).
var koreanSyllables = setOf(`a ae ah an bae beom bin bo bok bom bong byung byeong chae chan chang cheol chul chun da dae dal dam dan deok do dong du duk eui eun geon geum gi gil gwang gyu ha hae han hee heon hi ho hoon hun hwa hwan hyang hye hyeok hyeon hyun hyuk hyo hyung il in ja jae jang je jeong jin ji jo joo ju jun jung keum ki kwang kyu kyung kyeong mi min mo mun myeong myung na nam nan ni ok pil rae ran ri rim rin ro rok ryeong ryung sa sang se seo seob seok seon seong seul si sik sin so sol som son soo sook su suk sun sung ta tae u ui uk un won woo wook woong ya yang ye yeol yeon yeong yi yo yong yoo yoon young yu yul yun`)

// gluedHonorifics are the honorifics gluedHonorific knows.
var gluedHonorifics = setOf(`san sama kun chan sensei senpai ssi nim madam doctor anna akka amma appa didi bhai bhaiya ji dada aunty uncle
eonni unni oppa hyung hyeong noona nuna sunbae seonbae ah ya`)

// honorificsAfter follow a name in Korean, Japanese and Mongolian speech:
// "Park seonsaengnim", "Kim ssi", "Tanaka san", "Tsetsegmaa bagsh" (a
// teacher); and in Sinhala, Nepali and Bengali, where an elder is called
// by kin: "Gami aiya" (elder brother), "Baby achchi" (grandmother),
// "Bishnu dai", "Rina apa"; and in Urdu, Hindi and Punjabi: "Khan sahib",
// "Sharma ji"; in Uzbek, Kyrgyz, Kazakh and Turkish, where an elder is
// called by kin or respect: "Rano opa" (elder sister), "Gulnara eje",
// "Ayşe abla", "Mehmet amca", "Leyla hanım" (not Uzbek "aka", which is
// English "also known as" too: "Subutex aka bupe").
var honorificsAfter = setOf(`sajangnim seonsaengnim sonsaengnim ssi nim sunbae hyung oppa unnie noona eonni san sama sensei kun chan bagsh guai
aiya ayya akka achchi aachchi malli nangi dai didi bhai bhaiya apa apu sahib saheb sahab saab ji jee bhaijan baji auntie aunty uncle
opa xola buvi eje baike baeke apke abla abi ağabey agabey amca teyze dayı hanım hanim`)

// honorificAfterName reports whether the word at [i,end) is an honorific
// in lower case right after a capitalised word: "Sushila didi", "Bishnu
// dai" call an elder so, whoever is named "Didi" elsewhere.
func honorificAfterName(doc *document, i, end int) bool {
	w := &doc.words[i]
	return end-i == 1 && !w.upper && honorificsAfter[w.key] && i > 0 && doc.words[i-1].upper && doc.adjacent(i-1)
}

// familyNouns after "the" and a capitalised word make the word a family's
// name.
var familyNouns = setOf(`family families boy boys girl girls kids children household clan twins`)

// vocative finds a name said to someone: "She told me, Tendai, you
// cannot", "Thank you, Stan.", "Maureen, you know".
func (d *Detector) vocative(doc *document, i, j int, gapAfter string, known bool, e *evidence) {
	ws := doc.words
	commaBefore := i > 0 && !ws[i].sentStart && strings.TrimSpace(doc.text[ws[i-1].end:ws[i].start]) == ","
	endAfter := j >= len(ws) || strings.ContainsAny(gapAfter, ".!?") || ws[j].sentStart
	youAfter := strings.HasPrefix(gapAfter, ",") && j < len(ws) && addressWords[ws[j].key]
	switch {
	case commaBefore && (endAfter || youAfter):
		e.add(2.5, "said to someone (vocative)")
	case ws[i].sentStart && youAfter && j-i == 1 && (known || d.nameLike(&ws[i])):
		e.add(2.5, "said to someone (vocative)")
	case commaBefore && strings.HasPrefix(gapAfter, ","):
		e.add(0.5, "")
	}
}

// commonWordNames are given names that are also everyday English words:
// capitalised at the start of a sentence they say nothing, and they are
// names only with further evidence. (Names that are rare words, such as
// John or Harry, are not here.) The last line holds French words that are
// given names in Francophone Africa ("Espoir, that is what the group gave
// me").
var commonWordNames = setOf(`
will hope grace mark rose faith joy may june april august bill pat sue ray rich frank jack iris lily daisy
holly ivy penny dawn summer autumn sky river sunny earl dean hunter mason page chase drew
gene guy art bob rob cliff dale glen heath lance neil nick peg rusty sandy sonny wade cat crystal
amber ruby pearl jade honor honour patience prudence charity mercy harmony melody heather robin jay
don bud buck dash cash king sterling miles carol hazel angel max grant chance sage junior justice fern
reed diamond heaven baby royal prince princess queen major miracle legend ace cherry ginger willow
brook brooks ford noble winter liberty ward genesis trinity destiny lane case forest meadow crew reign
happy lovely precious sincere unique essence bonnie duke earnest ernest dusty candy misty ebony ivory
olive violet jasmine marina coral amber scarlet sunny storm rain star angel gay dick wren rocky
telly tiny lucky bunny chip chuck cliff colt hank josh matt pierce sol sonny tanner turner walker miller
cooper porter hunter mason carter fisher baker archer parker
espoir gloire bienvenu merveille merci
`)

// nameFirst are given names that are also common words but, capitalised,
// far more often names.
var nameFirst = setOf(`emir peter harry martin maria sally derrick warren mike victor lee sherry patty rosemary
eddy gary larry barry jerry kelly kerry terry tony jimmy billy bobby`)

// speechVerbs before "to"/"with" make what follows a person ("I was saying
// to Gaz", "talking with Anjali").
var speechVerbs = setOf(`saying said say says talking talked talk talks spoke speak speaking speaks chatting chatted chat
chats told telling explained explaining mentioned mentioning complained complaining moaning moaned
whispered shouting shouted wrote writing write writes texting texted messaging messaged emailing emailed
sent sending send listen listened listening met meeting`)

// personObjectVerbs take a person as their object: "I rang Maureen".
var personObjectVerbs = setOf(`rang phoned texted messaged emailed asked told thanked hugged married met
ring phone text message email ask tell thank hug marry meet rings phones texts asks tells thanks hugs
marries meets ringing phoning texting messaging asking telling thanking hugging marrying meeting
dear`)

// motionVerbs before "to" make what follows a place ("we moved to Leeds").
var motionVerbs = setOf(`went go goes going moved move moving drove drive driving flew fly flying came come
coming back up down over round across got get gets travelled traveled travel returned return walked walk
emigrated relocated transferred sent taken took out way visit visited visiting visits holiday holidays trip
flight flights flew`)

// placePrepositions before a capitalised word make it likely a place.
var placePrepositions = setOf(`in at near around outside inside into towards toward via past beyond round across throughout within
visit visited visiting visits`)

// strongPersonVerbs after a name show it is a person's: "Maureen said".
var strongPersonVerbs = setOf(`said says told tells rang rings phoned phones texted texts asked asks laughed laughs
cried cries reckons reckoned replied replies answered answers agreed agrees promised promises explained explains
smiled smiles shouted shouts whispered whispers died dies passed hugged hugs married marries visited visits
thinks thought knows knew wants wanted feels felt loves loved hates hated remembers remembered
wrote writes sent sends helped helps looked looks sat sits brought brings took takes gave gives
messaged emailed called calls decided decides admitted admits insisted insists suggested suggests`)

// deedVerbs after a given name or a name found elsewhere show it is a
// person's, unless a place was said just before it or the name is a word
// opening its sentence: "Naif spent six months", not "from Kayes stayed",
// "Faith keeps you going", "Dettol kept the place clean".
var deedVerbs = setOf(`spent keeps kept moved stayed cooked prayed`)

// kinAfter are the people a person has, said after the person's name and
// "'s": "Pawlu's son", "Gift's mum".
var kinAfter = setOf(`son sons daughter daughters husband wife partner boyfriend girlfriend mum mom mother dad father
brother brothers sister sisters kids kid children child baby boy boys girl girls grandson granddaughter
grandchildren nephew niece cousin cousins fiance fiancé fiancee fiancée family kuya
uncle aunt auntie aunty grandmother grandfather grandma grandpa grandad granddad friend neighbour neighbor`)

// addressWords after "Name," show the name is said to someone: "Tendai,
// you cannot", "Maureen, I said".
var addressWords = setOf(`you you're you've you'll you'd your i i'm i've i'll we we're let's listen look come
please can could would will don't do are is stop wait hang hold`)
