package redact

import (
	"sort"
	"strings"
	"sync"
)

// The names a project knows (its list, its speakers' labels) and the
// names found in it, as sets of words, and a person found in part made
// whole by them.

// nameSet holds names as fold()ed word sequences, plus their single parts.
type nameSet struct {
	full   map[string]bool // "priya shah", "priya"
	parts  map[string]bool // "priya", "shah"
	maxLen int             // longest name in words

	shortOnce sync.Once
	short     map[string]bool // the parts' short forms: "nav" of "navdeep"
}

// shortForms returns the beginnings of the set's longer name parts, three
// letters or more and two fewer than the part at least, that friends
// shorten a name to ("Nav" of "Navdeep", "Gwen" of "Gwenllian"). It is
// computed once, when the set is complete.
func (ns *nameSet) shortForms() map[string]bool {
	ns.shortOnce.Do(func() {
		ns.short = map[string]bool{}
		for p := range ns.parts {
			r := []rune(p)
			for n := 3; n <= len(r)-2; n++ {
				ns.short[string(r[:n])] = true
			}
		}
	})
	return ns.short
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

// completeKnownNames extends a person found in part to the whole of a
// name the project knows that holds it: on from where it starts (the
// speaker "Tin Maung Oo" where the rules stopped before "Oo", a filler
// word elsewhere), or back from where it ends ("Eh Doh" where they found
// "Doh" alone, "eh" being a hesitation).
func (d *Detector) completeKnownNames(doc *document, cands []candidate) {
	ws := doc.words
	for c := range cands {
		if cands[c].kind != Person {
			continue
		}
		i := sort.Search(len(ws), func(k int) bool { return ws[k].start >= cands[c].start })
		if i == len(ws) || ws[i].start != cands[c].start {
			continue
		}
		if end := d.fullNameAt(doc, i, d.known); end > 0 && ws[end-1].end > cands[c].end {
			cands[c].end = ws[end-1].end
		}
		// "Eh Doh", a speaker's name whose first word is a filler too:
		// the rules stopped at "Doh", and the name the project knows
		// starts before it.
		for s := max(0, i-d.known.maxLen+1); s < i; s++ {
			if end := d.fullNameAt(doc, s, d.known); end > i && ws[end-1].end >= cands[c].end {
				cands[c].start, cands[c].end = ws[s].start, ws[end-1].end
				break
			}
		}
	}
}

// fullNameAt returns the end of the longest multi-word name of set that
// starts at word i (capitalised words, separated by spaces), or 0.
func (d *Detector) fullNameAt(doc *document, i int, set *nameSet) int {
	ws := doc.words
	if !ws[i].upper {
		return 0
	}
	for n := min(set.maxLen, len(ws)-i); n >= 2; n-- {
		ok := true
		for k := i; k < i+n; k++ {
			if ws[k].allCaps || (k < i+n-1 && !doc.adjacent(k)) {
				ok = false
				break
			}
		}
		if ok && set.full[doc.keyOf(i, i+n)] {
			return i + n
		}
	}
	return 0
}
