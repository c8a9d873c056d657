package redact

import (
	"strings"
	"unicode"
)

// calendarNames are words of the calendar that are given names too, and
// stand inside a full name ("Phạm Thu Trang", "Alice May Jones"); a
// festival's name does not ("Merry Christmas Mary").
var calendarNames = setOf(`thu may june april august summer autumn`)

// abbreviatedMonthNames are months' short names that are given names too
// (Chinese, Korean and Japanese "Jun", Dutch and Polish "Jan").
var abbreviatedMonthNames = setOf(`jun jan`)

// dayAfterRE is a day or a year after a month's name, in digits or words,
// a verb that makes the month the subject ("Jan was the worst"), or a
// word that joins it to another month ("Jan and Feb", "Jan to March").
var dayAfterRE = lazyRE(`(?i)^(?:\.?[ \t\x{00A0}]*\d|[ \t\x{00A0},]*(?:\d|the\b|` + dayWord + `\b|` + cardinalDay + `|(?:was|is|and|or|to|till|until)\b))`)

// turnLabelRuns returns where the speaker labels made of English words
// that open two turns or more of the document, and are said elsewhere in
// it as a name is (or open three or more and are given names by the
// lists), stand as labels: people named with words ("Lovely:", "Bless:");
// a heading taken for a label opens one turn ("Overall:"), or is never
// said as a name ("Summary:", "Question:"). Once taken, the
// name is found wherever else it stands, as any name found is.
func (d *Detector) turnLabelRuns(doc *document) []wordRun {
	var out []wordRun
	for _, ls := range d.wordLabels {
		var labels []wordRun
		said := false
		for i := 0; i+len(ls) <= len(doc.words); i++ {
			switch {
			case !wordsAre(doc, i, ls):
			case opensTurn(doc, i, len(ls)):
				labels = append(labels, wordRun{i: i, j: i + len(ls)})
			case doc.words[i].allCaps && initialsSaidAsName(doc, i) || !doc.words[i].allCaps && saidAsNameAt(doc, i, len(ls)):
				said = true
			}
		}
		if len(labels) >= 2 && said || len(labels) >= 3 && d.givenWords(ls) {
			out = append(out, labels...)
		}
	}
	return out
}

// givenWords reports whether every word of a label is a given name by
// the lists ("Lovely", "Fortune"): such a label opening three turns or
// more is a person's though the document never says it otherwise (a
// heading, "Summary:", "Note:", is no given name; a day, "Monday:", or a
// transcriber's note, "Silence:", is none either).
func (d *Detector) givenWords(ls []string) bool {
	for _, l := range ls {
		if k := fold(l); !d.gaz.name(k).given() || calendarWords[k] || transcriptNotes[k] {
			return false
		}
	}
	return true
}

// transcriptNotes are words a transcriber heads a line with, as a speaker
// is labelled: "Silence: [5 seconds]".
var transcriptNotes = setOf(`silence laughter pause crosstalk inaudible note notes comment summary music`)

// saidAsNameAt reports whether the n words at i are said as a name is:
// capitalised in mid-sentence ("Mèsi, Lovely.", "they call me Bless"), or
// opening a sentence as one speaks to someone ("Memory, can you start?");
// not as the day ("on Sunday").
func saidAsNameAt(doc *document, i, n int) bool {
	ws := doc.words
	return (!ws[i].sentStart || ws[i+n-1].commaAfter) && !weekdayCueBefore(doc, i)
}

// initialsSaidAsName reports whether initials at i are said as a name
// is, not as an acronym: after a cue that names a person ("but everybody
// says DB", "we call him DB", "his name's DB"; not "I called HR") or
// spoken to, asked to speak ("DB, tell about your form"; not "PT, OT,
// speech, all came").
func initialsSaidAsName(doc *document, i int) bool {
	ws := doc.words
	for _, cue := range directCues {
		if k := i - len(cue); k >= 0 && matchCue(ws[k:], cue) && personalCue(ws, k, cue) {
			return true
		}
	}
	return ws[i].sentStart && ws[i].commaAfter && i+1 < len(ws) && askedToSpeak[ws[i+1].key]
}

// askedToSpeak are the words that open what one asks someone by name:
// "DB, tell us", "DB, can you say".
var askedToSpeak = setOf(`tell can could would will what how do did please say talk you your go come`)

// weekdayCueBefore reports whether word i, a day's or month's name, is
// said as the day ("on Sunday", "every Sunday", "last May"), not as a
// person named so.
func weekdayCueBefore(doc *document, i int) bool {
	return calendarWords[doc.words[i].key] && i > 0 && weekdayCues[doc.words[i-1].key]
}

// weekdayCues say the calendar word after them is the day or month.
var weekdayCues = setOf(`on every last next this that each by until till since from of a in before after`)

// wordsAre reports whether the words from i are ls, as written.
func wordsAre(doc *document, i int, ls []string) bool {
	for k, l := range ls {
		if doc.words[i+k].text != l {
			return false
		}
	}
	return true
}

// opensTurn reports whether the n words at i open a turn as its label:
// first on their line, a colon straight after.
func opensTurn(doc *document, i, n int) bool {
	ws, text := doc.words, doc.text
	if s := ws[i].start; s > 0 && text[s-1] != '\n' {
		return false
	}
	e := ws[i+n-1].end
	return e < len(text) && text[e] == ':'
}

// selfNamedTitles returns where a title that is also a given name, given
// by a speaker as the first word of their own name ("my name is Lady
// Johana Ospina"), stands alone as that person's speaker label ("Lady:")
// or said to them between a comma and the clause's end ("No, Lady,
// please", "Thank you, Lady.").
func (d *Detector) selfNamedTitles(doc *document) []wordRun {
	ws := doc.words
	named := map[string]bool{}
	for i := 0; i+1 < len(ws); i++ {
		if titleWords[ws[i].key] && ws[i].upper && ws[i+1].upper && doc.adjacent(i) && d.gaz.name(ws[i].key).given() && selfIntroduced(doc, i) {
			named[ws[i].key] = true
		}
	}
	if len(named) == 0 {
		return nil
	}
	var out []wordRun
	for k := range ws {
		w := &ws[k]
		if !named[w.key] || !w.upper || k+1 < len(ws) && doc.adjacent(k) && ws[k+1].upper {
			continue // "Lady Johana" is taken as a full name; "Lady Luck" is no one
		}
		commaBefore := k > 0 && !w.sentStart && strings.TrimSpace(doc.text[ws[k-1].end:w.start]) == ","
		if opensTurn(doc, k, 1) || commaBefore && (w.commaAfter || w.stopAfter) {
			out = append(out, wordRun{k, k + 1})
		}
	}
	return out
}

// isStopName reports whether a word key can never be a name part.
func (d *Detector) isStopName(key string) bool {
	return isNoise(key) || functionWords[key] || d.notNames[key] || d.speakers[key]
}

// partStop reports whether a word of a name of several words is no name
// of its own elsewhere: a stop name, or a thing or a people's adjective
// that the lists know as no name at all ("Peruvian" of "Peruvian Sign
// Language"; not "Luo", a people and a surname).
func (d *Detector) partStop(key string) bool {
	return d.isStopName(key) || (d.gaz.isThing(key) || d.gaz.isDemonym(key)) && d.gaz.name(key) == 0
}

// nameish reports whether word w could be (part of) a name.
func (d *Detector) nameish(w *word) bool {
	if !w.upper || !w.letters || len(w.key) < 2 || accentedNoNames[w.text] {
		return false
	}
	if w.allCaps {
		return d.capsNames[w.key] // "YOLI:", a label in capitals; not "TIA" for a Tia, "ED" for an Ed
	}
	if d.knownFull(w) { // the project says so
		return true
	}
	if !w.sentStart && (functionWords[w.key] || isNoise(w.key)) && !nameParticles[w.key] && !titleWords[w.key] && !otherNonNames[w.key] && accented(w.text) {
		return nameShaped(w.text) // "Bé", "Mận": spelt so, no English word
	}
	return !d.isStopName(w.key) && (nameShaped(w.text) || d.hyphenedGiven(w) || honorificGlued(w))
}

// honorificGlued reports whether w is a capitalised name with an
// honorific joined by a hyphen: "Keiko-madam", "Muniyandi-anna".
func honorificGlued(w *word) bool {
	h := strings.LastIndexByte(w.text, '-')
	return h > 0 && gluedHonorific(w.key) && nameShaped(w.text[:h])
}

// nameShaped reports whether a capitalised word is written as names are:
// each part after a hyphen capitalised ("Jean-Pierre", not "AI-generated"),
// and no capital inside a part but after a prefix of names ("McKay",
// "DeShawn", "O'Brien"; not "ChatGPT", "TVs", "PowerPoint").
func nameShaped(text string) bool {
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == '-' || r == '‐' }) {
		rs := []rune(part)
		if len(rs) > 1 && rs[0] == 'ʻ' {
			rs = rs[1:] // "ʻAna": a glottal stop before the capital
		}
		if len(rs) == 0 || !unicode.IsUpper(rs[0]) && !unicode.IsTitle(rs[0]) {
			return false
		}
		for k := 1; k < len(rs); k++ {
			if !unicode.IsUpper(rs[k]) {
				continue
			}
			prefix := strings.ToLower(string(rs[:k]))
			if !namePrefixes[prefix] && rs[k-1] != '\'' && rs[k-1] != '’' {
				return false
			}
		}
	}
	return true
}

// hyphenedGiven reports whether w is a given name of syllables joined by
// hyphens, the later ones in lower case, as Korean names are romanised
// ("Jun-ho", "Seo-yeon", "Seong-ho"): the first part a name or a short
// syllable that is no English word, the later ones short and names or no
// English words, and the whole no English word ("Follow-up", "Self-care"
// stay).
func (d *Detector) hyphenedGiven(w *word) bool {
	if romanisedGiven(w.key) && nameShaped(w.text[:strings.IndexByte(w.text, '-')]) {
		return true // "Eun-ha": "ha" is a laugh too, but not after "Eun-"
	}
	parts := strings.Split(w.key, "-")
	h := strings.IndexByte(w.text, '-')
	if len(parts) < 2 || h < 0 || d.gaz.isWord(w.key) || !nameShaped(w.text[:h]) {
		return false
	}
	if parts[0] == "a" {
		// The Taiwanese familiar "A-" before a syllable of the given
		// name ("A-ying", "A-lung"), not an English compound ("A-level").
		return len(parts) == 2 && len(parts[1]) >= 2 && len(parts[1]) <= 5 && !aCompounds[parts[1]]
	}
	for k, p := range parts {
		// A syllable of three letters after the hyphen may be a word too,
		// or a month's abbreviation ("Min-jun", "Ji-won"), not a longer one
		// ("Self-care").
		if p == "" || k == 0 && d.gaz.name(p) == 0 && (len(p) > 6 || d.gaz.isWord(p) || d.isStopName(p) || wordPrefixes[p]) ||
			k == len(parts)-1 && koreanPlaceEnds[p] || k > 0 && (len(p) > 5 || d.isStopName(p) && !calendarWords[p] || d.gaz.name(p) == 0 && d.gaz.isWord(p) && len(p) > 3) {
			return false
		}
	}
	return true
}

// aCompounds follow "A-" in English words ("A-level", "A-list", "A-ha",
// "A-fib", "A-neg") and in the Taiwanese words for kin ("A-ma",
// grandmother; "A-kong", grandfather; "A-pa", father; "A-yi", aunt;
// "A-peh", uncle).
var aCompounds = setOf(`level levels list lister team frame side sides grade grades line bomb game road roads star stars ok okay plus minus ha ah one type fib
neg pos positive negative
ma mah ba pa bu kong gong po yi hia che tsi peh pe jiu ku shu tso kim mu sao so tsim hiann`)

// wordPrefixes begin hyphened English words ("Pre-op", "Co-op", "Ex-wife"),
// never a given name's first syllable.
var wordPrefixes = setOf(`pre post non anti co re sub semi mid multi self ex pro bi tri de un inter intra over under out up`)

// koreanPlaceEnds end Korean places' romanised names ("Suwon-si",
// "Mapo-gu", "Jeju-do"), not given names.
var koreanPlaceEnds = setOf(`si gu dong do eup myeon ri gun`)

// arabicTail returns where a name ending before word j really ends: past
// the lower-case parts of an Arabic name that follow it, an article joined
// to a capital ("al-Kathiri", "el-Masri") or "bin", "bint", "ibn" before a
// capitalised name ("Aisha bint Said al-Hinai").
func arabicTail(doc *document, j int) int {
	ws := doc.words
	for j < len(ws) && doc.adjacent(j-1) {
		switch w := &ws[j]; {
		case arabicArticleRE().MatchString(w.text):
			j++
		case arabicLinks[w.key] && j+1 < len(ws) && doc.adjacent(j) && ws[j+1].upper && nameShaped(ws[j+1].text):
			j += 2
		default:
			return j
		}
	}
	return j
}

// arabicArticleRE is an Arabic article joined to a capitalised name.
var arabicArticleRE = lazyRE(`^(?:al|el|ad|ar|as|at|az|an|ash|ath|ul)[\-‐]\p{Lu}\p{Ll}+$`)

// arabicLinks join the parts of an Arabic name in lower case.
var arabicLinks = setOf(`bin bint ibn binti`)

// namePrefixes may stand before a capital inside a name: "McKay",
// "MacLeod", "NicEachairn", "DeShawn", "LaToya", "DiMaggio", "VanDyke", "FitzGerald".
var namePrefixes = setOf(`mc mac nic de di da du la le van von fitz st`)

// adjacent reports whether words i and i+1 are separated by spaces only.
func (doc *document) adjacent(i int) bool {
	if i+1 >= len(doc.words) {
		return false
	}
	a, b := doc.words[i], doc.words[i+1]
	if a.possessive {
		return false
	}
	gap := doc.text[a.end:b.start]
	return gap != "" && strings.Trim(gap, " \t\u00a0") == ""
}

// marianTails end Portuguese and Spanish Marian names after "do", "da",
// "dos" or "das" ("Maria do Céu", "Maria da Luz", "Maria das Dores"),
// words of the lists or none.
var marianTails = setOf(`ceu carmo rosario socorro conceicao luz graca anjos dores fatima gloria remedios assuncao natividade piedade pilar`)

// nameAfterParticle reports whether n, after the particle w, goes on a
// name: a name word, or the end of a Marian name ("Maria do Céu"); after
// "do" only a name the lists know and no thing ("Maria do Carmo", not
// "Grace do Pilates").
func (d *Detector) nameAfterParticle(w, n *word) bool {
	if marianTails[n.key] {
		return n.upper || d.nameish(n)
	}
	return d.nameish(n) && (w.key != "do" || d.gaz.name(n.key) != 0 && !d.gaz.isThing(n.key))
}

// nameRun returns the end (exclusive) of the run of name words starting at
// word i, at most max name words long, or i if word i is not a name word.
// Lower-case particles ("bin", "van", "da") may sit inside the run, and do
// not count; once one has, the run may be two words longer ("Ana Paula
// dos Santos Pereira").
func (d *Detector) nameRun(doc *document, i, max int) int {
	ws := doc.words
	if i >= len(ws) || !d.nameish(&ws[i]) && !d.programmeWordNamed(doc, i) {
		return i
	}
	j, particles, limit := i+1, 0, max
	for j < len(ws) && j-i-particles < limit && doc.adjacent(j-1) {
		w := &ws[j]
		if d.nameish(w) || d.programmeWordNamed(doc, j) {
			j++
			continue
		}
		// "Niamh Ó Súilleabháin", "Sean O Brien": the Irish "Ó" is one
		// letter, too short to be a name word, and written capitalised.
		if (nameParticles[w.key] && !w.upper || w.key == "o" && w.upper) && j+1 < len(ws) && doc.adjacent(j) && d.nameAfterParticle(w, &ws[j+1]) {
			j += 2
			particles++
			limit = max + 2
			continue
		}
		// "Cheikh Tidiane Fall": a season ends a name as a family name,
		// after a given name.
		if seasonSurnames[w.key] && w.upper && !w.allCaps && d.plainGiven(ws[j-1].key) {
			j++
			break
		}
		// "Phạm Thu Trang", "Lê Thu Hà": a word of the calendar between
		// two names is a name too (the second a name the lists know, or
		// spelt with accents as no English word is).
		if n := &ws[min(j+1, len(ws)-1)]; calendarNames[w.key] && w.upper && !w.allCaps && j+1 < len(ws) && doc.adjacent(j) &&
			d.nameish(n) && (d.gaz.name(n.key) != 0 && !d.gaz.isWord(n.key) || accented(n.text)) {
			j += 2
			continue
		}
		// "Wang Jun, he came first": a month's short name after a name,
		// with no day after it, is part of it.
		if abbreviatedMonthNames[w.key] && w.upper && !w.allCaps && !dayAfterRE().MatchString(doc.text[w.end:min(len(doc.text), w.end+16)]) {
			j++
			continue // "Pieter Jan Smit", "Li Jun Wei"
		}
		// "Mounira Said Omar": a word the lists know as a name too,
		// capitalised between two names, is one of them.
		if n := &ws[min(j+1, len(ws)-1)]; w.upper && !w.allCaps && j+1 < len(ws) && doc.adjacent(j) && d.nameish(n) &&
			d.gaz.name(w.key) != 0 && d.gaz.name(n.key) != 0 && !calendarWords[w.key] {
			j += 2
			continue
		}
		break
	}
	return j
}

// keyOf joins the keys of words [i,j).
func (doc *document) keyOf(i, j int) string {
	ks := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		ks = append(ks, doc.words[k].key)
	}
	return strings.Join(ks, " ")
}

// wordRun is a run [i,j) of word indices.
type wordRun struct{ i, j int }

// personScan is what the first pass found of people in one document.
type personScan struct {
	cands []candidate // names, each with its evidence
	sure  *nameSet    // names found with confidence
	flag  *nameSet    // names found, but uncertain
	votes placeVotes  // words said as places, and as people
}

func (ps *personScan) add(doc *document, i, j int, e evidence, uncertain bool, stop func(string) bool) {
	ws := doc.words
	ps.cands = append(ps.cands, candidate{kind: Person, start: ws[i].start, end: ws[j-1].end, uncertain: uncertain, why: e.String()})
	names := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		names = append(names, ws[k].text)
	}
	if uncertain {
		ps.flag.add(names, stop)
	} else {
		ps.sure.add(names, stop)
	}
}

// afterGivenNameTitle returns where a name of words [i,j) starts once
// a title that is a given name too opens it before more of the name
// ("They call me Mang Andoy": Andoy), unless a title stands before it
// ("Dr. Mang Li" is named Mang). Left in, the title would be taken for
// a name everywhere else it is said.
func afterGivenNameTitle(doc *document, i, j int) int {
	ws := doc.words
	if j-i > 1 && givenNameTitles[ws[i].key] && !(i > 0 && (titleWords[ws[i-1].key] || honorifics[ws[i-1].key])) {
		return i + 1
	}
	return i
}

// scanPersons is the first pass: names introduced by a cue ("Mr", "my
// husband", "called"), then every run of capitalised words, weighed.
func (d *Detector) scanPersons(doc *document, masked, prot spanSet) (*personScan, error) {
	ps := &personScan{sure: newNameSet(), flag: newNameSet(), votes: newPlaceVotes()}
	ws := doc.words
	if len(ws) == 0 {
		return ps, nil
	}
	taken := append(spanSet(nil), prot...)
	for _, s := range masked {
		if !taken.overlaps(s.start, s.end) {
			taken.insert(s.start, s.end)
		}
	}
	free := func(i, j int) bool { return !taken.overlaps(ws[i].start, ws[j-1].end) }
	take := func(i, j int, e evidence, uncertain bool) {
		i = afterGivenNameTitle(doc, i, j)
		if t := arabicTail(doc, j); t > j && free(j, t) {
			j = t // "Fatma al-Kathiri"
		}
		if i > 0 && d.kinGivenBefore(doc, i) && free(i-1, i) {
			i-- // "Nana Kvitsiani": a given name that is a kin word too, before a surname
		}
		ps.add(doc, i, j, e, uncertain, d.partStop)
		taken.insert(ws[i].start, ws[j-1].end)
		// "his name. Gift. Gift Mutasa.": the word said alone before the
		// full name is that name.
		if restated(doc, i, j) && free(i-1, i) {
			ps.add(doc, i-1, i, evidence{why: []string{"said again with the surname"}}, uncertain, d.isStopName)
			taken.insert(ws[i-1].start, ws[i-1].end)
		} else if k := openedBefore(doc, i, j); k >= 0 && free(k, k+1) {
			// "Ken started it. Ken Ashworth.", "Blessing. The nurse.
			// Blessing Adeyemi.": the word that opened a sentence just
			// before is the name given in full after.
			ps.add(doc, k, k+1, evidence{why: []string{"said again with the surname a sentence later"}}, uncertain, d.isStopName)
			taken.insert(ws[k].start, ws[k].end)
		}
	}
	for _, r := range append(d.turnLabelRuns(doc), d.selfNamedTitles(doc)...) {
		if free(r.i, r.j) {
			take(r.i, r.j, evidence{why: []string{"a speaker's label, opening two turns or more"}}, false)
		}
	}
	cues := append(d.cueRuns(doc), d.answerRuns(doc)...)
	d.countPlaces(doc, cues, ps.votes)
	for _, r := range cues {
		if free(r.i, r.j) && (titledWordSurname(doc, r) || !d.partOfOtherName(doc, r.i, r.j) && !d.isPlaceOrThing(doc, r.i, r.j) && !d.plainWordAlone(doc, r.i, r.j) && !d.placeAfterPreposition(doc, r.i, r.j)) {
			take(r.i, r.j, evidence{why: []string{cueEvidence}}, false)
		}
	}
	for i := 0; i < len(ws); {
		j := d.nameRun(doc, i, 4)
		if j == i {
			i++
			continue
		}
		s, e := d.trimRun(doc, i, j)
		if s < e && free(s, e) && !d.partOfOtherName(doc, s, e) && !d.isPlaceOrThing(doc, s, e) && !d.isPlaceOrThing(doc, i, j) {
			ev := d.scoreRun(doc, s, e, false)
			if ev.score >= flagAt && ev.score < sureAt && d.opts.UseNER {
				if err := d.askNER(doc, s, e, &ev); err != nil {
					return nil, err
				}
			}
			if ev.score >= flagAt {
				take(s, e, ev, ev.score < sureAt)
			}
		}
		i = j
	}
	for _, r := range d.echoedLabelRuns(doc) {
		if free(r.i+1, r.j) {
			take(r.i, r.j, evidence{why: []string{"the rest of a full name said after the speaker's label, the name's first word"}}, false)
		}
	}
	for _, r := range d.shortFormRuns(doc) {
		if !free(r.i-1, r.i) && free(r.i, r.j) { // the name before it was taken
			take(r.i, r.j, evidence{why: []string{"the first letters of the name just before it, between dashes or in brackets"}}, false)
		}
	}
	return ps, nil
}

// kinGivenNames are words of kin that are given names too ("Nana" is a
// grandmother in England, a woman's name in Georgia, a title in Ghana):
// alone they are no name, before a surname they are part of one.
var kinGivenNames = setOf(`nana`)

// kinGivenBefore reports whether the word before i is such a word,
// capitalised, just before a name at i that is no given name and no
// English word ("Nana Kvitsiani"; not "my Nana Joan").
func (d *Detector) kinGivenBefore(doc *document, i int) bool {
	p, w := &doc.words[i-1], &doc.words[i]
	return kinGivenNames[p.key] && p.upper && !p.allCaps && doc.adjacent(i-1) && !w.sentStart && !d.gaz.name(w.key).given() && !d.gaz.isWord(w.key)
}

// trimRun drops a dictionary word that is no name from the start of a run
// that begins a sentence ("Poor Maureen"). It returns an empty run when the
// run is the name of a thing: led, in mid-sentence, by a word of a thing
// ("Salvation Army", "Boxing Day"), or ended by a word that is no name
// ("Heart Failure").
func (d *Detector) trimRun(doc *document, i, j int) (int, int) {
	ws := doc.words
	neg := func(k int) bool {
		key := ws[k].key
		if d.known.full[key] || d.known.parts[key] {
			return false
		}
		return (d.gaz.name(key) == 0 && d.gaz.isWord(key)) || d.gaz.isThing(key)
	}
	if j-i > 1 && neg(j-1) && !(peoplesAlsoSurnames[ws[j-1].key] && d.gaz.name(ws[j-2].key).given()) {
		return i, i
	}
	if neg(i) && (!ws[i].sentStart || d.gaz.isThing(ws[i].key)) {
		return i, i
	}
	if neg(i) {
		i++
	}
	return i, j
}

// plainWordAlone reports whether a cue's run is one common English word
// that no list knows as a name, said where a sentence starts ("Healthier,
// she says", "Irregular."): an answer or a remark, not a person, unless
// "he" or "she" goes on to say what the person did or is ("Witness, he
// drove me", "Tender. She's our peer supporter"). A rarer word may be a
// nickname ("Deco").
func (d *Detector) plainWordAlone(doc *document, i, j int) bool {
	w := &doc.words[i]
	return j-i == 1 && w.sentStart && d.gaz.common.has(w.key) && d.gaz.name(w.key) == 0 && !d.known.full[w.key] && !personFollows(doc, j)
}

// placeAfterPreposition reports whether a cue's run is one word the lists
// know as a place, said after a word that puts someone somewhere ("she
// studies in Cairo, she lives…"): the place, not a person the cue
// introduces.
func (d *Detector) placeAfterPreposition(doc *document, i, j int) bool {
	w := &doc.words[i]
	return j-i == 1 && i > 0 && placeVotePrepositions[doc.words[i-1].key] && (d.gaz.isPlace(w.key) || d.gaz.isTown(w.key)) && !d.known.full[w.key]
}

// personFollows reports whether the words from j say who the person the
// word before them is: "he" or "she", a copula and whose ("Witness, he
// was my driver", "Tender. She's our peer supporter", "Enough. She is my
// sister's daughter"); not what someone did ("Drunk, he drove me home"),
// nor an adverb ("Seriously, he…").
func personFollows(doc *document, j int) bool {
	ws := doc.words
	if j+2 >= len(ws) || ws[j].key != "he" && ws[j].key != "she" || strings.HasSuffix(ws[j-1].key, "ly") {
		return false
	}
	gap := strings.TrimSpace(doc.text[ws[j-1].end:ws[j].start])
	if gap != "," && gap != "." {
		return false
	}
	if ws[j].possessive { // "She's our…"
		return whoFollows[ws[j+1].key]
	}
	if ws[j+1].key != "is" && ws[j+1].key != "was" {
		return false
	}
	return whoFollows[ws[j+2].key] || oneWhoForSpeaker(doc, j+2)
}

// oneWhoForSpeaker reports whether the words from k are "the one who" and
// what that person did for the speaker: "Witness, he was the one who
// drove me"; not "Pregnant, she was the one who suffered".
func oneWhoForSpeaker(doc *document, k int) bool {
	ws := doc.words
	if k+2 >= len(ws) || ws[k].key != "the" || ws[k+1].key != "one" || ws[k+2].key != "who" {
		return false
	}
	for m := k + 3; m < len(ws) && m <= k+7; m++ {
		if ws[m].key == "me" || ws[m].key == "us" || ws[m].key == "my" || ws[m].key == "our" {
			return true
		}
	}
	return false
}

// whoFollows begin the words that say whose someone is: "my sister's
// daughter", "our peer supporter".
var whoFollows = setOf(`my our his her their your`)

// fillerSaid reports whether the one word at i is a filler said as one,
// opening its sentence before a comma or a stop ("Oh, you get that too?"),
// where a surname found elsewhere is spelt the same ("Mr Oh").
func fillerSaid(doc *document, i, end int) bool {
	w := &doc.words[i]
	return end-i == 1 && fillerWords[w.key] && w.sentStart && (w.commaAfter || w.stopAfter)
}

// markNames is the second pass: every occurrence of the names found (in
// this document or, from DetectAll, in any document of the project) that
// no candidate covers yet, in every form: whole or in part, possessive,
// and in lower case where the name is no English word. A name that is
// also a word ("Hope", "Jack") is weighed again where it stands.
func (d *Detector) markNames(doc *document, masked spanSet, cands []candidate, sure, flag *nameSet) []candidate {
	ws := doc.words
	names := newNameSet()
	names.merge(d.known)
	names.merge(sure)
	all := newNameSet()
	all.merge(names)
	all.merge(flag)
	d.completeKnownNames(doc, cands)
	taken := d.protected(doc)
	for _, s := range append(append(spanSet(nil), masked...), spansOf(cands)...) {
		if !taken.overlaps(s.start, s.end) {
			taken.insert(s.start, s.end)
		}
	}
	short := sure.shortForms()
	out := cands
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if taken.overlaps(w.start, w.end) || !w.letters {
			continue
		}
		end := d.fullNameAt(doc, i, all)
		if end == 0 && (all.full[w.key] || all.parts[w.key]) && d.mayBeName(w) {
			end = i + 1
		}
		if end == 0 && short[w.key] && d.shortFormWord(doc, i) {
			out = append(out, candidate{kind: Person, start: w.start, end: w.end, uncertain: true, why: "a short form of a name found elsewhere"})
			taken.insert(w.start, w.end)
			continue
		}
		if end == 0 && spelledName(w, all) {
			out = append(out, candidate{kind: Person, start: w.start, end: w.end, why: "a name found elsewhere, spelled letter by letter"})
			taken.insert(w.start, w.end)
			continue
		}
		if end == 0 && d.longFormNear(doc, i, sure) {
			out = append(out, candidate{kind: Person, start: w.start, end: w.end, uncertain: true, why: "a longer form of a name said beside it"})
			taken.insert(w.start, w.end)
			continue
		}
		if end == 0 || taken.overlaps(ws[i].start, ws[end-1].end) || d.partOfOtherName(doc, i, end) || monthSaid(doc, i, end) || d.wordOfPlaceOrThing(doc, i, end) {
			continue
		}
		c, ok := d.occurrence(doc, i, end, names, all)
		if !ok {
			continue
		}
		before := i > 0 && d.unlistedNamePart(doc, i-1, taken) && doc.adjacent(i-1)
		after := end < len(ws) && d.unlistedNamePart(doc, end, taken) && doc.adjacent(end-1)
		if i > 0 && familyArticles[ws[i-1].key] && !d.gaz.isPlace(doc.keyOf(i-1, end)) {
			before = false // "Los Ramírez": the family, by its surname; not "Los Angeles"
		}
		if before && d.isPlaceOrThing(doc, i-1, end) || after && d.isPlaceOrThing(doc, i, end+1) {
			continue // "Hong" of "Wing Hong" found, but "Hong Kong" is a place
		}
		if before {
			c.start = ws[i-1].start // "Ssemakula Mukasa": the rest of the full name
		}
		if after {
			c.end = ws[end].end
			end++
		}
		if t := arabicTail(doc, end); t > end && !taken.overlaps(ws[end].start, ws[t-1].end) {
			c.end, end = ws[t-1].end, t
		}
		out = append(out, c)
		taken.insert(c.start, c.end)
		i = end - 1
	}
	return out
}

// unlistedNamePart reports whether word k, beside an occurrence of a name
// found elsewhere, is another part of that person's name: capitalised,
// name-shaped, and no English word, place or thing the lists know.
func (d *Detector) unlistedNamePart(doc *document, k int, taken spanSet) bool {
	w := &doc.words[k]
	if taken.overlaps(w.start, w.end) || !d.nameish(w) || w.possessive {
		return false
	}
	return !d.gaz.isWord(w.key) && !d.gaz.isPlace(w.key) && !d.gaz.isThing(w.key) && !commonWordNames[w.key]
}

// shortFormWord reports whether word i, the short form of a name found
// elsewhere, may be that name: capitalised in mid-sentence, no common
// word, place, thing or word of the calendar the lists know, and standing
// alone, not in a run of capitals.
func (d *Detector) shortFormWord(doc *document, i int) bool {
	w := &doc.words[i]
	k := w.key
	if !w.upper || w.allCaps || !w.letters || d.gaz.common.has(k) || d.gaz.isPlace(k) || d.gaz.isTown(k) || d.gaz.isThing(k) || isNoise(k) || commonWordNames[k] || d.gaz.isPeople(k) {
		return false
	}
	if i+1 < len(doc.words) && doc.adjacent(i) && doc.words[i+1].upper || i > 0 && !w.sentStart && doc.adjacent(i-1) && doc.words[i-1].upper {
		return false // "Pchum Ben": part of a run of capitals
	}
	// Not at a sentence's start, where interjections stand ("Och, I
	// forgot", "Cor, that hurt"), but for a vocative, nor where a place
	// does ("lives in Aus").
	if w.sentStart {
		// "Xali, the women said": said to someone, a short form of four
		// letters or more that is no word at all.
		return w.commaAfter && len([]rune(k)) >= 4 && !d.gaz.isWord(k)
	}
	return !placeVotePrepositions[doc.words[i-1].key] && !travelVerbs[doc.words[i-1].key] && doc.words[i-1].key != "to" && doc.words[i-1].key != "from"
}

// spelledName reports whether w spells, letter by letter with dashes, a
// name of set: "D-E-R-E-J-E" after "Dereje Tadesse".
func spelledName(w *word, set *nameSet) bool {
	k := w.key
	if len(k) < 5 || strings.Count(k, "-")*2+1 != len(k) {
		return false
	}
	letters := strings.ReplaceAll(k, "-", "")
	return set.parts[letters] || set.full[letters]
}

// longFormReach is how many words either side of a nickname its full
// form is looked for.
const longFormReach = 20

// longFormNear reports whether word i is the full form of a nickname found
// a few words away ("Peeter — we call him Peets", "Raimonds. Everybody
// says Raimis"): five letters or more, the nickname's first four its
// first four, and no word, place or thing the lists know.
func (d *Detector) longFormNear(doc *document, i int, sure *nameSet) bool {
	w := &doc.words[i]
	k := w.key
	r := []rune(k)
	if !w.upper || w.allCaps || !w.letters || w.possessive || len(r) < 5 || d.gaz.isWord(k) || d.gaz.isPlace(k) || d.gaz.isTown(k) ||
		d.gaz.isThing(k) || d.gaz.isPeople(k) || isNoise(k) || commonWordNames[k] || d.isStopName(k) || strings.ContainsRune(k, '-') {
		return false
	}
	if i+1 < len(doc.words) && doc.adjacent(i) && doc.words[i+1].upper || i > 0 && !w.sentStart && doc.adjacent(i-1) && doc.words[i-1].upper {
		return false // "Seguro Campesino", "Semana Santa": a run of capitals
	}
	if i > 0 && !w.sentStart && (placeVotePrepositions[doc.words[i-1].key] || travelVerbs[doc.words[i-1].key]) {
		return false // "a salon in Nakawa"
	}
	stem := string(r[:4])
	for j := max(0, i-longFormReach); j < min(len(doc.words), i+longFormReach+1); j++ {
		n := doc.words[j].key
		if j != i && n != k && doc.words[j].upper && sure.parts[n] && strings.HasPrefix(n, stem) && len([]rune(n)) >= 4 {
			return true
		}
	}
	return false
}

// mayBeName reports whether a word with the key of a known name may be
// that name as written: capitalised (not a heading in capitals), or in
// lower case when the name is no English word, place or thing.
func (d *Detector) mayBeName(w *word) bool {
	if w.allCaps || len([]rune(w.key)) < 2 || accentedNoNames[w.text] {
		return false
	}
	if w.upper {
		return true
	}
	k := w.key
	listed := d.gaz.name(k) != 0 || d.known.full[k] || d.known.parts[k]
	return listed && len([]rune(k)) >= 3 && !d.gaz.isWord(k) && !d.gaz.isPlace(k) && !d.gaz.isThing(k) && !d.isStopName(k) && !commonWordNames[k]
}

// occurrence decides an occurrence [i,end) of a name found elsewhere: it
// is weighed where it stands, with the finding elsewhere as strong
// evidence, and more so for a name that is no English word ("at
// Anthropic", "the Thames" and "Will you" stay; "Tendai was" does not).
func (d *Detector) occurrence(doc *document, i, end int, sure, all *nameSet) (candidate, bool) {
	ws := doc.words
	c := candidate{kind: Person, start: ws[i].start, end: ws[end-1].end}
	key := doc.keyOf(i, end)
	isSure := sure.full[key] || sure.parts[key]
	k := ws[i].key
	if d.isPlaceOrThing(doc, i, end) || weekdayCueBefore(doc, i) || d.articlePlace(doc, i) && end < len(ws) && ws[end].upper || fillerSaid(doc, i, end) ||
		honorificAfterName(doc, i, end) {
		// "São João", the feast, said where the name was found too; "on
		// Sunday"; "in La Paz" by its article; "Oh, you…", a filler;
		// "Sushila didi", the honorific after a name ("Didi" found as one).
		return c, false
	}
	word := end-i == 1 && (d.gaz.isWord(k) || d.gaz.isPlace(k) || d.gaz.isThing(k) || commonWordNames[k] || d.isStopName(k))
	e := d.scoreRun(doc, i, end, true)
	if !d.known.full[key] && !d.known.parts[key] {
		bonus := 3.0
		switch {
		case !isSure:
			bonus = 1.5
		case word:
			bonus = 2
		}
		e.add(bonus, "the same name was found elsewhere")
	}
	if word && !d.gaz.common.has(k) && !(i > 0 && ws[i-1].key == "the") && labelsTurn(doc, k) {
		// "Kheda:", a rarer word (and a town) as a speaker's label: said
		// in the same document, it is the speaker (not after "the": "on
		// the Tarn").
		e.add(2, "the label of a speaker of this document")
	}
	if end-i > 1 && d.known.full[key] && opensTurn(doc, i, end-i) {
		// "Aye Aye Mon:", the speaker's label itself, whatever its words
		// mean in English.
		e.add(3, "a speaker's label")
	}
	if isSure && end-i == 1 && d.gaz.isThing(k) && !d.gaz.isWord(k) {
		// "Shona", a language too, found as a person's name: the thing's
		// weight ("never a name by itself") yields to the finding.
		e.add(2, "")
	}
	if e.score < flagAt {
		return c, false
	}
	c.uncertain = e.score < sureAt
	c.why = e.String()
	return c, true
}

// labelsTurn reports whether the word key opens a turn of the document
// as its speaker's label.
func labelsTurn(doc *document, key string) bool {
	for m := range doc.words {
		if doc.words[m].key == key && opensTurn(doc, m, 1) {
			return true
		}
	}
	return false
}

// mailNames adds to ps the names that e-mail addresses written in the
// text spell out ("dov.lieberman@..."), so that the surname said alone
// elsewhere ("Lieberman with an ie") is found too: a part of the local
// part that the lists know as a name, or any part that is no English word
// beside a given name ("first.last").
func (d *Detector) mailNames(text string, pats []candidate, ps *personScan) {
	for _, c := range pats {
		at := strings.IndexByte(text[c.start:c.end], '@')
		if c.kind != Email || at < 0 {
			continue
		}
		parts := strings.FieldsFunc(strings.ToLower(text[c.start:c.start+at]), func(r rune) bool { return r < 'a' || r > 'z' })
		given := false
		for _, p := range parts {
			given = given || d.gaz.name(p).given() && !d.gaz.isWord(p)
		}
		for _, p := range parts {
			if len(p) < 3 || d.gaz.isWord(p) || d.isStopName(p) || d.gaz.isPlace(p) || d.gaz.isThing(p) {
				continue
			}
			if d.gaz.name(p) != 0 || given {
				ps.sure.add([]string{p}, d.isStopName)
			}
		}
	}
}
