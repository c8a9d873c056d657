package redact

import "strings"

// Lists of people: a word said in a list with given names, or with "me",
// is weighed as a name.

// listedWithNames reports whether the word at i stands in a list of given
// names, no place among them, parted by commas or "and": between two
// ("Jógvan, Sámal, Hanna Maria": Samal is an island too; "Cleiton and
// Wellington and Thiago"), or last after two ("Emine, Hatice, Memo —";
// "Rita, Duarte and Xico").
func (d *Detector) listedWithNames(doc *document, i int) bool {
	left := d.listedBefore(doc, i)
	if left < 0 {
		return false
	}
	// "and" before the word closes the list, whatever follows it.
	return d.listedAfter(doc, i) >= 0 || d.listedBefore(doc, left) >= 0 && (left == i-2 || !listGoesOn(doc, i))
}

// listedWithMe reports whether the capitalised word at i stands in a list
// of three or more single words parted by commas or "and" that holds "me"
// (or "him", "her", "us", "I" and "myself" after "and"): a list of people,
// whatever the words would be alone ("me, Golf, Pond, Nilar"; "Somkiat,
// Prasit and me"). Kin stand in such lists but are no names ("me, Mum and
// Pond"). A list holding a place, a people or a thing is no list of people
// ("us, Pasifika and Maori"; "me, Duolingo and YouTube"); nor is a
// pronoun that is no item of its own ("her pills") or an aside's
// ("believe me, Grab and Foodpanda").
func (d *Detector) listedWithMe(doc *document, i int) bool {
	w := &doc.words[i]
	if !w.upper || d.isKin(w.key) || d.placePeopleOrThing(w.key) {
		return false
	}
	if i > 0 && doc.adjacent(i-1) && listPlacePrepositions[doc.words[i-1].key] {
		// "two more from Karamoja, me and Lokwi": a place the lists lack;
		// "on Messenger, me and Hazel": a thing.
		return false
	}
	items, me := 1, false
	for _, dir := range []int{-1, 1} {
		for k, steps := i, 0; steps < maxListWalk; steps++ {
			via := k
			if k = listItemBeside(doc, k, dir); k < 0 {
				break
			}
			// Reached by "and" itself, not by a comma and an "and" after it:
			// ", and I …" opens a clause more often than it ends a list.
			plainAnd := k == via+2*dir
			if k = overOxfordAnd(doc, via, k, dir); k < 0 {
				break
			}
			o := &doc.words[k]
			switch {
			case listPronoun(doc, k, plainAnd):
				// Before the word, a pronoun counts when it heads the list
				// or the list goes on before it ("Golf, me, Pond").
				if dir > 0 || pronounOpensList(doc, k) || listItemBeside(doc, k, -1) >= 0 {
					items, me = items+1, true
				}
			case !o.upper:
				steps = maxListWalk
			case d.placePeopleOrThing(o.key):
				return false
			default:
				items++
			}
		}
	}
	return me && items >= 3
}

// placePeopleOrThing reports whether the lists know key as a place, a
// people or a thing: no person in a list of people, nor in one with it.
func (d *Detector) placePeopleOrThing(key string) bool {
	return d.gaz.isPlaceOrTown(key) || d.gaz.isPeopleWord(key) || d.gaz.isThing(key)
}

// listPlacePrepositions put a place or a thing after them, not a person
// in a list.
var listPlacePrepositions = setOf(`from in at on to into via`)

// maxListWalk is how many items a list is walked on each side of a word.
const maxListWalk = 6

// listPronoun reports whether the word at k is a pronoun standing as an
// item of a list ("me", "him", "her", "us"; "I" and "myself" only after
// "and", afterAnd): not a "her" a word follows without a comma ("her
// pills").
func listPronoun(doc *document, k int, afterAnd bool) bool {
	w := &doc.words[k]
	if !(listPronouns[w.key] && (!w.upper || w.sentStart) || afterAnd && (w.key == "i" || w.key == "myself")) {
		return false
	}
	return w.key != "her" || k+1 >= len(doc.words) || !doc.adjacent(k) || doc.words[k+1].key == "and"
}

// listPronouns stand for people in a list ("me, Golf and Pond").
var listPronouns = setOf(`me him her us`)

// pronounOpensList reports whether a pronoun first in a list heads it:
// opening its sentence, or after a word that brings a list on ("it was me,
// Pond and Nilar", "just us, Dove and Ash"), not in an aside ("believe me,
// Grab and Foodpanda"; "for me, Work and Income").
func pronounOpensList(doc *document, k int) bool {
	if doc.words[k].sentStart {
		return true
	}
	if k == 0 {
		return false
	}
	p := &doc.words[k-1]
	if p.possessive { // "it's me": the "'s" stands between the words
		gap := strings.TrimPrefix(strings.TrimPrefix(doc.text[p.end:doc.words[k].start], "'s"), "’s")
		return contractedIntroducers[p.key] && strings.TrimSpace(gap) == ""
	}
	return doc.adjacent(k-1) && listIntroducers[p.key]
}

// listIntroducers bring on a list of people: "it was me, …", "just us, …";
// contractedIntroducers with "'s" ("it's me, …", "that's us, …").
var (
	listIntroducers       = setOf(`was is were just only with including and`)
	contractedIntroducers = setOf(`it that there here`)
)

// overOxfordAnd steps over the "and" of a comma before it ("Pond, Fern,
// and me"): the word listed after it, or k itself when k is no such "and"
// (-1 when the list stops there).
func overOxfordAnd(doc *document, via, k, dir int) int {
	if doc.words[k].key != "and" || k == via+2*dir {
		return k
	}
	m := k + dir
	if m < 0 || m >= len(doc.words) || !doc.adjacent(min(k, m)) {
		return -1
	}
	return m
}

// isKin reports whether key is a word for kin, said as a name would be
// ("Mum", "Ammi", "Lola").
func (d *Detector) isKin(key string) bool {
	return kinAfter[key] || kinNames[key] || kinTitles[key] || kinWords[key]
}

// kinWords are words for kin the other lists lack.
var kinWords = setOf(`pa ma nan pop mama papa ammi abbu amma appa oma opa`)

// listItemBeside returns the word listed beside the word at k on the side
// dir (-1 before, 1 after), by a comma (the word after it, which may be
// "and") or by "and" (the word after that), or -1.
func listItemBeside(doc *document, k, dir int) int {
	ws := doc.words
	n := k + dir
	if n < 0 || n >= len(ws) {
		return -1
	}
	lo, hi := min(k, n), max(k, n)
	if strings.TrimSpace(doc.text[ws[lo].end:ws[hi].start]) == "," {
		return n
	}
	if ws[n].key == "and" && doc.adjacent(lo) {
		if m := n + dir; m >= 0 && m < len(ws) && doc.adjacent(min(n, m)) {
			return m
		}
	}
	return -1
}

// listedBefore returns the word of the given name listed just before the
// word at i, by a comma or "and", or -1.
func (d *Detector) listedBefore(doc *document, i int) int {
	return d.listedNameBeside(doc, i, -1)
}

// listedAfter returns the word of the given name listed just after the
// word at i, by a comma or "and", or -1.
func (d *Detector) listedAfter(doc *document, i int) int {
	return d.listedNameBeside(doc, i, 1)
}

// listedNameBeside returns the word listed beside the word at i on the
// side dir when it is a given name and no place, or -1.
func (d *Detector) listedNameBeside(doc *document, i, dir int) int {
	if k := listItemBeside(doc, i, dir); k >= 0 && d.listedNameWord(doc, k) {
		return k
	}
	return -1
}

// listedNameWord reports whether the word at k is a capitalised given
// name, and no place.
func (d *Detector) listedNameWord(doc *document, k int) bool {
	w := &doc.words[k]
	cls := d.gaz.name(w.key)
	return w.upper && (cls.given() || d.known.parts[w.key]) && !(d.gaz.isPlace(w.key) && cls&givenCommon == 0)
}

// saidAsLanguageOrPeople reports whether the word at i, one of
// peoplesAlsoNames, is said as a language or a people by the words beside
// it: after a verb of speech or learning, "in" or "the" ("speaks Malay",
// "in Malay", "the Malay side"), or before a noun of a people or a
// language ("Malay families", "Malay food"). Said otherwise it is weighed
// as the given name it also is ("I told Malay", "Malay Chowdhury").
func saidAsLanguageOrPeople(doc *document, i int) bool {
	ws := doc.words
	if !peoplesAlsoNames[ws[i].key] {
		return false
	}
	if i > 0 && !ws[i].sentStart && doc.adjacent(i-1) && languageCues[ws[i-1].key] {
		return true
	}
	return i+1 < len(ws) && doc.adjacent(i) && !ws[i+1].upper && peopleNouns[ws[i+1].key]
}

// peoplesAlsoNames are peoples and languages that are given names too
// ("Malay Chowdhury", a Bengali name), so things.txt, whose words are never
// names alone, cannot hold them.
var peoplesAlsoNames = setOf(`malay`)

// peoplesAlsoSurnames are peoples of things.txt that are family names too
// ("Martin Amis", "Jean Amis"): after a given name they end a person's
// name, not a thing's ("Amis families", "among Amis, Paiwan").
var peoplesAlsoSurnames = setOf(`amis`)

// languageCues before a word make it a language or a people: "speaks
// Malay", "in Malay", "the Malay side".
var languageCues = setOf(`speak speaks spoke speaking learn learning learnt learned understand understands read write in the`)

// peopleNouns after a word make it a people's: "Malay families", "Malay
// food".
var peopleNouns = setOf(`family families people community communities side sisters brothers boys girls women men kids children food language word words culture village villages school schools`)
