package redact

import (
	"strings"
)

// nameSet holds names as fold()ed word sequences, plus their single parts.
type nameSet struct {
	full   map[string]bool // "priya shah", "priya"
	parts  map[string]bool // "priya", "shah"
	maxLen int             // longest name in words
}

func newNameSet() *nameSet {
	return &nameSet{full: map[string]bool{}, parts: map[string]bool{}}
}

// add adds a name given as words. Single-word names are kept whatever they
// are; parts of multi-word names are kept unless stop says they are noise.
func (ns *nameSet) add(ws []string, stop func(string) bool) {
	if len(ws) == 0 {
		return
	}
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = fold(w)
	}
	ns.full[strings.Join(keys, " ")] = true
	if len(keys) > ns.maxLen {
		ns.maxLen = len(keys)
	}
	if len(keys) == 1 {
		ns.parts[keys[0]] = true
		return
	}
	for _, k := range keys {
		if len([]rune(k)) >= 2 && !nameParticles[k] && !stop(k) {
			ns.parts[k] = true
		}
	}
}

func (ns *nameSet) merge(o *nameSet) {
	for k := range o.full {
		ns.full[k] = true
	}
	for k := range o.parts {
		ns.parts[k] = true
	}
	if o.maxLen > ns.maxLen {
		ns.maxLen = o.maxLen
	}
}

// stripTitles removes leading forms of address ("Dr.", "Mrs") from a name.
func stripTitles(ws []string) []string {
	for len(ws) > 1 && titleWords[fold(ws[0])] {
		ws = ws[1:]
	}
	return ws
}

// speakerName returns the name words of a speaker label that looks like a
// person's name ("Sarah", "Dr. Smith", "Abd Rabou"), and false for role
// labels ("Interviewer", "P1", "Q", "Mother", "Speaker 2").
func speakerName(label string) ([]string, bool) {
	if i := strings.IndexAny(label, "(["); i >= 0 {
		label = label[:i]
	}
	ws := splitWords(label)
	if len(ws) == 0 || len(ws) > 4 {
		return nil, false
	}
	hadTitle := len(ws) > 1 && titleWords[fold(ws[0])]
	ws = stripTitles(ws)
	for _, w := range ws {
		k := fold(w)
		tw := tokenize(w)
		if len(tw) != 1 || !tw[0].letters || !tw[0].upper || (tw[0].allCaps && !hadTitle) {
			return nil, false
		}
		if len([]rune(k)) < 2 && !nameParticles[k] {
			return nil, false
		}
		if roleWords[k] || fillerWords[k] || functionWords[k] || otherNonNames[k] || calendarWords[k] || titleWords[k] {
			return nil, false
		}
	}
	return ws, true
}

// isStopName reports whether a word key can never be a name part.
func (d *Detector) isStopName(key string) bool {
	return isNoise(key) || functionWords[key] || d.notNames[key] || d.speakers[key]
}

// nameish reports whether word w could be (part of) a name.
func (d *Detector) nameish(w *word) bool {
	if !w.upper || !w.letters || len(w.key) < 2 {
		return false
	}
	if w.allCaps {
		return false
	}
	if d.known.full[w.key] { // the project says so
		return true
	}
	return !d.isStopName(w.key)
}

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

// nameRun returns the end (exclusive) of the run of name words starting at
// word i, at most max words long, or i if word i is not a name word.
// Lower-case particles ("bin", "van") may sit inside the run.
func (d *Detector) nameRun(doc *document, i, max int) int {
	ws := doc.words
	if i >= len(ws) || !d.nameish(&ws[i]) {
		return i
	}
	j := i + 1
	for j < len(ws) && j-i < max && doc.adjacent(j-1) {
		w := &ws[j]
		if d.nameish(w) {
			j++
			continue
		}
		if nameParticles[w.key] && !w.upper && j+1 < len(ws) && doc.adjacent(j) && d.nameish(&ws[j+1]) {
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

// findPersons finds person names in doc. masked holds the spans already
// taken by structured kinds.
func (d *Detector) findPersons(doc *document, masked spanSet) ([]candidate, error) {
	ws := doc.words
	if len(ws) == 0 {
		return nil, nil
	}
	protect := d.protected(doc)
	free := func(i, j int) bool {
		s, e := ws[i].start, ws[j-1].end
		return !masked.overlaps(s, e) && !protect.overlaps(s, e)
	}

	var direct []wordRun  // found by evidence: reported as they are
	found := newNameSet() // names found in this document, for propagation
	var weak []wordRun    // NER at a sentence start only: need support
	addFound := func(i, j int) {
		if d.partOfOtherName(doc, i, j) {
			return
		}
		direct = append(direct, wordRun{i, j})
		names := make([]string, 0, j-i)
		for k := i; k < j; k++ {
			names = append(names, ws[k].text)
		}
		found.add(names, d.isStopName)
	}

	// 1. Cues: titles, "called"/"named"/"her name's", role nouns.
	for _, r := range d.cueRuns(doc) {
		if free(r.i, r.j) {
			addFound(r.i, r.j)
		}
	}

	// 2. NER.
	if d.opts.UseNER {
		m, err := d.Model()
		if err != nil {
			return nil, err
		}
		toks, err := d.ner(m, doc.text)
		if err != nil {
			return nil, err
		}
		for _, r := range d.nerRuns(doc, toks) {
			if !free(r.i, r.j) {
				continue
			}
			if ws[r.i].sentStart && r.j-r.i == 1 {
				weak = append(weak, r)
				continue
			}
			if r.j-r.i == 1 && ambiguousNames[ws[r.i].key] && !d.ambiguousIsName(doc, r.i) {
				continue
			}
			addFound(r.i, r.j)
		}
	}

	// 3. Weak NER finds count when the word is also capitalised in the
	// middle of a sentence elsewhere, or is followed by a verb of people.
	if len(weak) > 0 {
		midCaps := map[string]bool{}
		for k := range ws {
			if ws[k].upper && !ws[k].sentStart && !ws[k].allCaps {
				midCaps[ws[k].key] = true
			}
		}
		for _, r := range weak {
			w := &ws[r.i]
			next := ""
			if r.j < len(ws) {
				next = ws[r.j].key
			}
			if found.parts[w.key] || d.known.parts[w.key] || midCaps[w.key] ||
				(!ambiguousNames[w.key] && (w.possessive || (personVerbs[next] && doc.adjacent(r.i)))) {
				addFound(r.i, r.j)
			}
		}
	}

	// 4. Every occurrence of a known or found name, and of its parts.
	names := newNameSet()
	names.merge(d.known)
	names.merge(found)
	var out []candidate
	for _, r := range direct {
		out = append(out, candidate{Person, ws[r.i].start, ws[r.j-1].end})
	}
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if !w.upper || !w.letters {
			continue
		}
		// Longest full name first.
		end := 0
		for n := names.maxLen; n >= 2; n-- {
			if i+n > len(ws) {
				continue
			}
			ok := true
			for k := i; k < i+n; k++ {
				if ws[k].allCaps || (k < i+n-1 && !doc.adjacent(k)) {
					ok = false
					break
				}
			}
			if ok && names.full[doc.keyOf(i, i+n)] {
				end = i + n
				break
			}
		}
		if end == 0 && (names.full[w.key] || names.parts[w.key]) && !w.allCaps {
			if ambiguousNames[w.key] && !d.ambiguousIsName(doc, i) {
				continue
			}
			if !d.known.full[w.key] && !found.full[w.key] && d.isStopName(w.key) {
				continue
			}
			end = i + 1
		}
		if end > 0 && free(i, end) && !d.partOfOtherName(doc, i, end) {
			out = append(out, candidate{Person, ws[i].start, ws[end-1].end})
			i = end - 1
		}
	}
	return out, nil
}

// partOfOtherName reports whether the words [i,j) are part of the name of
// a place or an organisation: followed by "Court", "Garden", "Foundation",
// an acronym ("Lung UK"), or preceded by a capitalised non-name ("British
// Lung", "St Mary").
func (d *Detector) partOfOtherName(doc *document, i, j int) bool {
	ws := doc.words
	if j-i > 1 && orgWords[ws[j-1].key] {
		return true
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
		if p.upper && !titleWords[p.key] && (otherNonNames[p.key] || calendarWords[p.key] || roleWords[p.key] || p.allCaps && p.letters && len(p.key) > 1) {
			return true
		}
	}
	return false
}

// ambiguousIsName decides whether word i, a first name that is also a word
// (Will, Hope, Grace, Mark, Rose), is used as a name here. The caller has
// already tried full names, so a capitalised neighbour is not a surname.
func (d *Detector) ambiguousIsName(doc *document, i int) bool {
	ws := doc.words
	w := &ws[i]
	var next *word
	if i+1 < len(ws) && doc.adjacent(i) {
		next = &ws[i+1]
	}
	// "the Rose Garden", "a Will": a determiner before makes it a word.
	if i > 0 && !w.sentStart {
		switch ws[i-1].key {
		case "the", "a", "an":
			return false
		}
	}
	// "Rose Garden Room", "Hope Street": part of another proper noun.
	if next != nil && next.upper && !w.possessive && !next.allCaps {
		return false
	}
	if !w.sentStart || w.possessive {
		return true
	}
	// At a sentence start: "Will said", "Hope and I", "Grace, who..." are
	// names; "Will you", "Hope so", "Mark my words" are not.
	if next == nil && i+1 < len(ws) && ws[i+1].key == "who" && strings.TrimSpace(doc.text[w.end:ws[i+1].start]) == "," {
		return true
	}
	return next != nil && personVerbs[next.key] && !followNonName[next.key]
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

// cueRuns finds names introduced by a title ("Dr. Nguyen", "Mrs Whitcombe",
// "Sister Agnes Brennan"), a naming phrase ("a lady called Joy", "her
// name's Ngozi") or a person noun ("my buddy Priya", "my care coordinator,
// Oluwaseun,", "the nurse on the ward, Siobhán,").
func (d *Detector) cueRuns(doc *document) []wordRun {
	ws := doc.words
	var out []wordRun
	take := func(i, max int) {
		if i >= len(ws) {
			return
		}
		if j := d.nameRun(doc, i, max); j > i {
			if j-i == 1 && ambiguousNames[ws[i].key] && ws[i].sentStart {
				return
			}
			out = append(out, wordRun{i, j})
		}
	}
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		// Titles: Dr / Dr. / Mrs / Sister + capitalised name; lower-case
		// "nurse Jones" too.
		if titleWords[w.key] && i+1 < len(ws) && (w.upper || w.key == "nurse" || w.key == "doctor") {
			gap := doc.text[w.end:ws[i+1].start]
			if gap == " " || gap == ". " || gap == ".\u00a0" || gap == "\u00a0" {
				if j := d.nameRun(doc, i+1, 3); j > i+1 {
					out = append(out, wordRun{i + 1, j})
					continue
				}
			}
		}
		// Naming phrases.
		for _, cue := range directCues {
			if i+len(cue) > len(ws) {
				continue
			}
			if !matchCue(ws[i:], cue) {
				continue
			}
			if cue[0] == "called" || cue[0] == "named" {
				if d.thingBefore(doc, i) {
					continue
				}
			}
			take(i+len(cue), 3)
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
					take(k, 3)
				}
			}
		}
		// Words that only refer to people follow the name: "Grace, who sits
		// next to me", "Bill Hargreaves, he used to be a miner", "Deb
		// Kaminski. She's the one who...".
		if w.upper && !w.allCaps && (i == 0 || !ws[i-1].upper || ws[i-1].sentStart || !doc.adjacent(i-1)) {
			if j := d.nameRun(doc, i, 3); j > i && j < len(ws) && !ws[j-1].possessive {
				g := strings.TrimSpace(doc.text[ws[j-1].end:ws[j].start])
				n := ws[j].key
				switch {
				case (g == "," || g == "") && (n == "who" || n == "who's" || n == "whose"):
					out = append(out, wordRun{i, j})
				case g == "," && !ws[j].upper && personPronouns[n]:
					out = append(out, wordRun{i, j})
				case g == "." && w.sentStart && ws[j].upper && personPronouns[n] && (j-i > 1 || !ambiguousNames[w.key]):
					out = append(out, wordRun{i, j})
				}
			}
		}
		// Person nouns.
		if roleCues[w.key] && (!w.upper || w.sentStart) {
			d.roleCue(doc, i, take)
		}
	}
	return out
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
func (d *Detector) roleCue(doc *document, i int, take func(i, max int)) {
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
			take(i+1, 3)
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
				take(k, 3)
			} else if j > k && j+1 < len(ws) && ws[j].key == "and" && doc.adjacent(j-1) && doc.adjacent(j) {
				// "the other mums, Chloe and Bethany, ..."
				if j2 := d.nameRun(doc, j+1, 3); j2 > j+1 && (j2 >= len(ws) || ws[j2-1].commaAfter || ws[j2-1].stopAfter) {
					take(k, 3)
					take(j+1, 3)
				}
			}
			return
		}
	}
}

// nerRuns turns prose PERSON tokens into runs of name words.
func (d *Detector) nerRuns(doc *document, toks []nerToken) []wordRun {
	ws := doc.words
	var out []wordRun
	wi := 0
	for ti := 0; ti < len(toks); {
		// Group consecutive PERSON tokens (an I- continues the entity).
		s, e := toks[ti].start, toks[ti].end
		tj := ti + 1
		for tj < len(toks) && !toks[tj].begin && toks[tj].start-e <= 2 {
			e = toks[tj].end
			tj++
		}
		ti = tj
		// Words overlapping [s,e).
		for wi < len(ws) && ws[wi].end <= s {
			wi++
		}
		k := wi
		for k < len(ws) && ws[k].start < e {
			if j := d.nameRun(doc, k, 4); j > k {
				// Keep only the part inside the entity.
				for j > k && ws[j-1].start >= e {
					j--
				}
				if j > k {
					out = append(out, wordRun{k, j})
					k = j
					continue
				}
			}
			k++
		}
	}
	return out
}
