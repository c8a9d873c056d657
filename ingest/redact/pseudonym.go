package redact

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Entry is one original and its pseudonym in a project's mapping.
type Entry struct {
	Kind      Kind
	Pseudonym string // "[PERSON 3]"
	Original  string // as first seen ("Priya Shah")
}

// Pseudonymizer hands out consistent pseudonyms for a project: the same
// original always gets the same pseudonym, compared case-insensitively,
// accent-insensitively and with white space normalised (phone numbers and
// IDs by their digits and letters only). Pseudonyms are numbered per kind in
// order of first appearance: "[PERSON 1]", "[PERSON 2]", "[PHONE 1]".
//
// For people, a one-word mention ("Priya") of a part of exactly one
// multi-word name already seen ("Priya Shah") gets that name's pseudonym,
// and a full name whose first name was seen alone before takes over the
// first name's pseudonym (unless it belongs to another full name already).
//
// A Pseudonymizer is safe for concurrent use; for numbering to follow the
// order of the documents, feed it one document at a time.
type Pseudonymizer struct {
	mu      sync.Mutex
	byKey   map[string]*Entry // kind + "\x00" + key -> entry
	next    map[Kind]int      // last number used per kind
	entries []*Entry          // every original, in order of first appearance
	// owner of a person pseudonym: the full (multi-word) key it belongs to.
	fullOf map[string]string
}

// NewPseudonymizer starts a mapping, continuing from existing entries (as
// saved from Entries; the map's keys are not used). Numbering continues
// after the highest number found in the existing pseudonyms of each kind.
func NewPseudonymizer(existing map[string]Entry) *Pseudonymizer {
	p := &Pseudonymizer{byKey: map[string]*Entry{}, next: map[Kind]int{}, fullOf: map[string]string{}}
	keys := make([]string, 0, len(existing))
	for k := range existing {
		keys = append(keys, k)
	}
	// Stable order: by kind, then pseudonym number, then original.
	sort.Slice(keys, func(i, j int) bool {
		a, b := existing[keys[i]], existing[keys[j]]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		na, nb := pseudonymNumber(a.Pseudonym), pseudonymNumber(b.Pseudonym)
		if na != nb {
			return na < nb
		}
		return a.Original < b.Original
	})
	for _, k := range keys {
		e := existing[k]
		if e.Original == "" {
			e.Original = k
		}
		if e.Kind == "" || e.Pseudonym == "" {
			continue
		}
		key := string(e.Kind) + "\x00" + normKey(e.Kind, e.Original)
		if _, dup := p.byKey[key]; dup {
			continue
		}
		ec := e
		p.byKey[key] = &ec
		p.entries = append(p.entries, &ec)
		if n := pseudonymNumber(e.Pseudonym); n > p.next[e.Kind] {
			p.next[e.Kind] = n
		}
		if e.Kind == Person && strings.Contains(normKey(Person, e.Original), " ") {
			p.fullOf[e.Pseudonym] = normKey(Person, e.Original)
		}
	}
	return p
}

var pseudonymNumRE = lazyRE(`(\d+)\]?\s*$`)

func pseudonymNumber(s string) int {
	m := pseudonymNumRE().FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// normKey is the comparison key of an original of a kind.
func normKey(k Kind, s string) string {
	switch k {
	case Phone:
		d := digitsOf(s)
		if strings.HasPrefix(strings.TrimSpace(s), "+44") {
			d = "0" + strings.TrimPrefix(strings.TrimPrefix(d, "44"), "0")
		} else if strings.HasPrefix(strings.TrimSpace(s), "+1") || (len(d) == 11 && d[0] == '1') {
			d = strings.TrimPrefix(d, "1")
		}
		if d != "" {
			return d
		}
	case ID:
		var b strings.Builder
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToUpper(r))
			}
		}
		if b.Len() > 0 {
			return b.String()
		}
	case URL:
		u := strings.ToLower(strings.TrimSpace(s))
		for _, pre := range []string{"https://", "http://", "www."} {
			u = strings.TrimPrefix(u, pre)
		}
		return strings.TrimRight(u, "/")
	case Person:
		// Titles and possessives are not part of the name.
		ws := splitWords(s)
		ws = stripTitles(ws)
		return fold(strings.Join(ws, " "))
	}
	return fold(s)
}

// Pseudonym returns the pseudonym of an identifier, creating it on first
// sight.
func (p *Pseudonymizer) Pseudonym(id Identifier) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pseudonym(id.Kind, id.Text)
}

func (p *Pseudonymizer) pseudonym(kind Kind, original string) string {
	nk := normKey(kind, original)
	key := string(kind) + "\x00" + nk
	if e, ok := p.byKey[key]; ok {
		return e.Pseudonym
	}
	pseudo := ""
	if kind == Person && nk != "" {
		pseudo = p.personAlias(nk)
	}
	if pseudo == "" {
		p.next[kind]++
		pseudo = fmt.Sprintf("[%s %d]", kind, p.next[kind])
	}
	e := &Entry{Kind: kind, Pseudonym: pseudo, Original: original}
	p.byKey[key] = e
	p.entries = append(p.entries, e)
	if kind == Person && strings.Contains(nk, " ") {
		if _, owned := p.fullOf[pseudo]; !owned {
			p.fullOf[pseudo] = nk
		}
	}
	return pseudo
}

// personAlias finds the pseudonym a new person key should share: for one
// word, the only full name having it as a part; for a full name, the
// pseudonym of its first name seen alone, if no other full name owns it.
func (p *Pseudonymizer) personAlias(nk string) string {
	parts := strings.Fields(nk)
	if len(parts) == 1 {
		found := ""
		for pseudo, full := range p.fullOf {
			for _, part := range strings.Fields(full) {
				if part == nk {
					if found != "" && found != pseudo {
						return "" // ambiguous: two full names share this part
					}
					found = pseudo
				}
			}
		}
		return found
	}
	// Full name: does a one-word entry for one of its parts exist that no
	// other full name owns?
	for _, part := range parts {
		e, ok := p.byKey[string(Person)+"\x00"+part]
		if !ok {
			continue
		}
		if owner, owned := p.fullOf[e.Pseudonym]; owned && owner != nk {
			continue
		}
		return e.Pseudonym
	}
	return ""
}

// Entries returns every original seen or loaded with its pseudonym, in
// order of first appearance (loaded entries first), for saving. Several
// originals may share a pseudonym ("Priya Shah", "Priya").
func (p *Pseudonymizer) Entries() []Entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Entry, len(p.entries))
	for i, e := range p.entries {
		out[i] = *e
	}
	return out
}

// Reserve makes the pseudonyms of kind that are handed out from now on be
// numbered after n: numbers already in a text, whose originals the map no
// longer holds, must not be given to someone else.
func (p *Pseudonymizer) Reserve(kind Kind, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n > p.next[kind] {
		p.next[kind] = n
	}
}
