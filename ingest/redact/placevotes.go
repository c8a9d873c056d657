package redact

import (
	"maps"
	"strings"
)

// cueEvidence is the evidence of a name a cue introduced.
const cueEvidence = "introduced as a person"

// placeVotes counts, for each capitalised word, how often the project says
// it as a place ("in Chicoutimi", "went to Arlon") and how often a cue says
// it is a person ("my friend Arlon"). A word said as a place twice or more
// and never introduced as a person is a place wherever it stands: the
// lists cannot know every village, and "in X" alone is weak evidence.
type placeVotes struct {
	place, person map[string]int
	// in counts the place votes of a preposition ("in", "outside"), not
	// of "went to", which a person is gone to as well.
	in map[string]int
	// inOnly counts the votes of "in" alone, not after a verb one puts in
	// a person ("trust in", "confide in"): "into", "towards", "via" and
	// "across" a person are said as often as a place.
	inOnly map[string]int
}

func newPlaceVotes() placeVotes {
	return placeVotes{place: map[string]int{}, person: map[string]int{}, in: map[string]int{}, inOnly: map[string]int{}}
}

func (v placeVotes) merge(o placeVotes) {
	for k, n := range o.place {
		v.place[k] += n
	}
	for k, n := range o.person {
		v.person[k] += n
	}
	for k, n := range o.in {
		v.in[k] += n
	}
	for k, n := range o.inOnly {
		v.inOnly[k] += n
	}
}

// places returns the words the votes make places, leaving out the names
// the project knows. A given name is one only when the lists know it as a
// place too and two of its votes are a preposition's ("in Cairo",
// "outside Cairo"), or when three are "in" alone ("in Kem", "in
// Altagracia": towns the lists lack are named after saints and people):
// "I go to Jordan" may be going to see her, and "ran into Grace", "via
// Kofi" and "trust in Kwame" are said of people.
func (d *Detector) places(v placeVotes) map[string]bool {
	out := map[string]bool{}
	for k, n := range v.place {
		if n >= 2 && v.person[k] == 0 && !d.known.parts[k] && !d.found.parts[k] && (!d.gaz.name(k).given() || (d.gaz.isPlace(k) || d.gaz.isTown(k)) && v.in[k] >= 2 || v.inOnly[k] >= 3) {
			out[k] = true
		}
	}
	return out
}

// countPlaces adds the document's votes: a single capitalised word after
// a preposition of place, or after "to" after a verb of motion, in the same
// clause and not possessive ("in Mary's kitchen" is Mary's).
func (d *Detector) countPlaces(doc *document, cues []wordRun, v placeVotes) {
	ws := doc.words
	for _, r := range cues {
		for k := r.i; k < r.j; k++ {
			v.person[ws[k].key]++
		}
	}
	for i := 1; i < len(ws); i++ {
		w, p := &ws[i], &ws[i-1]
		if !w.upper || !w.letters {
			continue
		}
		// "Maria said sorry": a person's verb after it is a vote for a
		// person, wherever it stands.
		if i+1 < len(ws) && doc.adjacent(i) && !w.possessive && strongPersonVerbs[ws[i+1].key] {
			v.person[w.key]++
		}
		if w.sentStart || w.possessive || p.upper || !doc.adjacent(i-1) {
			continue
		}
		if i+1 < len(ws) && ws[i+1].upper && doc.adjacent(i) {
			continue // "in New Cross": a run, weighed as one
		}
		to := p.key == "to" && wordTwoBefore(doc, i, travelVerbs)
		if placeVotePrepositions[p.key] {
			v.place[w.key]++
			v.in[w.key]++
			if p.key == "in" && !wordTwoBefore(doc, i, inPersonVerbs) {
				v.inOnly[w.key]++
			}
		} else if to {
			v.place[w.key]++
		}
	}
}

// placeVotePrepositions say that a place follows: not "at", "near",
// "around" or "past", which stand before people as often ("angry at
// Rutendo", "sat near Maria").
var placeVotePrepositions = setOf(`in into inside outside within throughout towards toward via beyond across`)

// wordTwoBefore reports whether the word two before word i, said next to
// the one between, is in set: the verb before a preposition.
func wordTwoBefore(doc *document, i int, set map[string]bool) bool {
	return i >= 2 && doc.adjacent(i-2) && set[doc.words[i-2].key]
}

// inPersonVerbs put "in" before a person as well as a place: "confide
// in Joy", "trust in Kwame", "believe in Hope".
var inPersonVerbs = setOf(`confide confided confiding trust trusted trusting believe believed believing faith interest interested involved invest invested joined join`)

// travelVerbs before "to" say that a place follows ("went to Arlon"); not
// "up to", "back to", "over to", which stand before people too.
var travelVerbs = setOf(`went go goes going moved move moving drove drive driving flew fly flying travelled traveled travel
returned return emigrated relocated trip flight flights`)

// dropPlaces removes the names that places says are places from a
// document's first pass: its candidates of one word, unless a cue
// introduced them, and its sets of names.
func dropPlaces(s *scanned, text string, places map[string]bool) {
	if len(places) == 0 {
		return
	}
	keep := s.cands[:0]
	for _, c := range s.cands {
		if c.kind == Person && places[fold(text[c.start:c.end])] && c.why != cueEvidence {
			continue
		}
		keep = append(keep, c)
	}
	s.cands = keep
	for _, set := range []*nameSet{s.sure, s.flag} {
		if set != nil {
			set.dropSingle(places)
		}
	}
}

// dropSingle removes the one-word names in drop, keeping them as parts
// of the longer names that hold them ("Mary" of "Mary Ncube").
func (ns *nameSet) dropSingle(drop map[string]bool) {
	inLonger := map[string]bool{}
	for k := range ns.full {
		if strings.Contains(k, " ") {
			for _, w := range strings.Fields(k) {
				if drop[w] {
					inLonger[w] = true
				}
			}
		}
	}
	maps.DeleteFunc(ns.full, func(k string, _ bool) bool { return drop[k] })
	maps.DeleteFunc(ns.parts, func(k string, _ bool) bool { return drop[k] && !inLonger[k] })
}
