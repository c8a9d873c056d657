// Package redact finds identifiers (people's names, phone numbers, e-mail
// addresses, street addresses, full dates, URLs and ID numbers) in canonical
// transcript text, replaces them with consistent per-project pseudonyms such
// as "[PERSON 3]", keeps rune offsets of codings right across the
// replacement, undoes chosen replacements, and checks any output file for
// originals that leaked.
//
// All positions are rune (Unicode code point) offsets, 0-based, end
// exclusive, into the text given, like everywhere else in groundwork.
//
// The package never logs or returns text other than the identifiers it was
// asked to find: a Leak carries the entry and a line number, not context.
package redact

import (
	"fmt"
	"sort"
	"sync"

	"github.com/jdkato/prose/v2"
)

// Kind is the kind of an identifier.
type Kind string

// The kinds of identifier the Detector finds.
const (
	Person  Kind = "PERSON"  // a person's name (titles such as "Dr." stay outside the span)
	Phone   Kind = "PHONE"   // UK, US and other international telephone numbers
	Email   Kind = "EMAIL"   // e-mail addresses, written or spoken ("jo dot smith at gmail dot com")
	Address Kind = "ADDRESS" // street addresses (UK and US), street names, postcodes, ZIP codes with a state
	Date    Kind = "DATE"    // full dates with day, month and year; never a bare year, month or weekday
	URL     Kind = "URL"     // web addresses, with or without a scheme
	ID      Kind = "ID"      // NHS numbers (mod-11 checked), US SSNs, MRNs / hospital numbers, NI numbers
)

// Kinds lists every Kind in a stable order.
func Kinds() []Kind { return []Kind{Person, Phone, Email, Address, Date, URL, ID} }

// Identifier is one identifier found in a text. Start and End are rune
// offsets; Text is exactly the runes [Start,End) of the text.
type Identifier struct {
	Kind       Kind
	Start, End int
	Text       string
	// Uncertain is set on a name the evidence does not settle ("Hope" at
	// the start of a sentence, a word no list knows): it is replaced like
	// the others, and listed first for a person to confirm or reject.
	Uncertain bool `json:",omitempty"`
	// Evidence says why a name was taken for one, for review.
	Evidence string `json:",omitempty"`
}

// Options configures a Detector.
type Options struct {
	// Names is the project's list of names to redact wherever they occur
	// (capitalised), including multi-word names; each part of a multi-word
	// name is also redacted on its own.
	Names []string
	// Speakers are the speaker labels of the documents. Labels that look like
	// names ("Sarah", "Dr. Smith", "Abd Rabou") are treated as people; role
	// labels (Interviewer, Participant, Q, R, P1, Mother...) are ignored and
	// never taken for names. A label made of English words ("Lovely",
	// "Sunday") is a person only in a document where it opens two turns or
	// more and is said as a name elsewhere (a heading, "Summary:", is not).
	Speakers []string
	// NotNames are words and phrases never treated as names (programme and
	// course names, places, local jargon). Matched case-insensitively; a
	// multi-word entry protects the whole phrase wherever it occurs.
	NotNames []string
	// Found are names found in the project before (the originals of its
	// pseudonyms): they are looked for as names found elsewhere are, and
	// weighed where they are also words ("Hope").
	Found []string
	// UseNER asks prose's named-entity recogniser about the names the
	// other evidence leaves uncertain, on their sentences only: a name it
	// recognises is no longer uncertain, one it does not is more so. It
	// halves detection speed (about 450k words per CPU second without it)
	// and building its model costs about 0.3 s, so it is off by default.
	UseNER bool
}

// DefaultOptions returns the Options groundwork uses by default (no NER).
func DefaultOptions() Options { return Options{} }

// Detector finds identifiers. Build it once with NewDetector; it is safe for
// concurrent use and shares one prose model (built lazily on first use)
// across goroutines.
type Detector struct {
	opts Options

	known     *nameSet        // Names and name-like Speakers
	capsNames map[string]bool // folded keys of speakers' labels in capitals that are names ("YOLI")
	// accentNames are speakers' one-word labels spelt with accents whose
	// folded form is an English word that is no name ("Mỹ", folded
	// "my"): a name only where it is spelt with its accents.
	accentNames map[string]bool
	found       *nameSet        // Found
	speakers    map[string]bool // words of role-like speaker labels ("Carer", "HCP")
	// wordLabels are name-shaped speaker labels whose words are all
	// English words ("Lovely", "Bless", "Overall"): a person's name in a
	// document where the label opens turns (see turnLabelRuns), a
	// heading's words elsewhere.
	wordLabels [][]string
	notNames   map[string]bool // folded single words
	notPhrase  [][]string      // folded multi-word phrases

	// ner runs the recogniser (nerPersons; tests put a failing one here).
	ner func(*prose.Model, string) ([]nerToken, error)

	gaz *gazetteer // the embedded lists

	modelOnce sync.Once
	model     *prose.Model
	modelErr  error
}

// NewDetector compiles the options. The prose model is built on the first
// Detect that needs it (about 225 ms), once per Detector.
func NewDetector(opts Options) (*Detector, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	d := &Detector{opts: opts, speakers: map[string]bool{}, notNames: map[string]bool{}, capsNames: map[string]bool{}, accentNames: map[string]bool{}, ner: nerPersons, gaz: g}
	for _, n := range opts.NotNames {
		ws := splitWords(n)
		switch len(ws) {
		case 0:
		case 1:
			d.notNames[fold(ws[0])] = true
		default:
			phrase := make([]string, len(ws))
			for i, w := range ws {
				phrase[i] = fold(w)
			}
			d.notPhrase = append(d.notPhrase, phrase)
			// "Mercy Porch" for the programme "Mercy Porch Families":
			// people drop the word that says what kind of group it is.
			if len(phrase) > 2 && groupKindWords[phrase[len(phrase)-1]] {
				d.notPhrase = append(d.notPhrase, phrase[:len(phrase)-1])
			}
		}
	}
	d.known = newNameSet()
	d.found = newNameSet()
	for _, n := range opts.Found {
		if ws := stripTitles(splitWords(n)); len(ws) > 0 {
			d.found.add(ws, d.isStopName)
		}
	}
	for _, n := range opts.Names {
		ws := stripTitles(splitWords(n))
		if len(ws) == 0 {
			return nil, fmt.Errorf("redact: name %q has no words", n)
		}
		d.known.add(ws, d.isStopName)
	}
	family := familyLabels(opts.Speakers)
	for _, s := range labelParts(opts.Speakers) {
		if ws, ok := speakerName(s); ok && !d.wordsOnly(ws) && !(family && kinNames[fold(s)]) {
			d.known.add(ws, d.isStopName)
			continue
		} else if ws, ok := d.wordLabelName(s); ok {
			d.wordLabels = append(d.wordLabels, ws)
		}
		if k, ok := accentedLabelName(s); ok {
			d.accentNames[k] = true
			continue
		}
		if k, ok := d.capitalsName(s); ok {
			d.known.add([]string{k}, d.isStopName)
			d.capsNames[k] = true
			continue
		}
		for _, w := range splitWords(s) {
			d.speakers[fold(w)] = true
		}
	}
	return d, nil
}

// Model returns the shared prose model, building it on first use.
func (d *Detector) Model() (*prose.Model, error) {
	d.modelOnce.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				d.modelErr = fmt.Errorf("redact: building the prose model: %v", r)
			}
		}()
		d.model = prose.ModelFromData("en")
	})
	return d.model, d.modelErr
}

// candidate is a span found by one detector, in byte offsets.
type candidate struct {
	kind       Kind
	start, end int
	uncertain  bool   // replaced, but for a person to confirm
	why        string // the evidence, for review
}

// spansOf returns the union of the candidates' spans as sorted, disjoint
// intervals.
func spansOf(cs []candidate) spanSet {
	ss := make([]span, 0, len(cs))
	for _, c := range cs {
		ss = append(ss, span{c.start, c.end})
	}
	sort.Slice(ss, func(i, j int) bool { return ss[i].start < ss[j].start })
	var out spanSet
	for _, s := range ss {
		if n := len(out); n > 0 && s.start < out[n-1].end {
			if s.end > out[n-1].end {
				out[n-1].end = s.end
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

type span struct{ start, end int }

// spanSet is a sorted list of disjoint spans.
type spanSet []span

// overlaps reports whether [s,e) overlaps any span in the set.
func (ss spanSet) overlaps(s, e int) bool {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].end > s })
	return i < len(ss) && ss[i].start < e
}

// insert adds [s,e), which must not overlap the set.
func (ss *spanSet) insert(s, e int) {
	i := sort.Search(len(*ss), func(i int) bool { return (*ss)[i].start >= e })
	*ss = append(*ss, span{})
	copy((*ss)[i+1:], (*ss)[i:])
	(*ss)[i] = span{s, e}
}

// specificity orders kinds when spans compete: more structured kinds first.
var specificity = map[Kind]int{Email: 7, URL: 6, ID: 5, Phone: 4, Date: 3, Address: 2, Person: 1}

// resolve picks non-overlapping candidates: structured kinds before PERSON,
// then longer spans, then more specific kinds, then earlier ones.
func resolve(cs []candidate) []candidate {
	cs = append(cs, unions(cs, Address)...)
	cs = append(cs, unions(cs, Date)...)
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if (a.kind == Person) != (b.kind == Person) {
			return b.kind == Person
		}
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return la > lb
		}
		if specificity[a.kind] != specificity[b.kind] {
			return specificity[a.kind] > specificity[b.kind]
		}
		return a.start < b.start
	})
	var chosen []candidate
	var taken spanSet
	for _, c := range cs {
		if c.end <= c.start || taken.overlaps(c.start, c.end) {
			continue
		}
		chosen = append(chosen, c)
		taken.insert(c.start, c.end)
	}
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].start < chosen[j].start })
	return chosen
}

// unions returns, for each run of candidates of kind that overlap one
// another, one candidate spanning them all: two patterns that each found
// part of an address ("Karl-Marx-Straße 7a" and "Straße 7a, 66333
// Völklingen") found one address, and two that found a date said twice
// ("2 de agosto de 2021, the second of August") one date.
func unions(cs []candidate, kind Kind) []candidate {
	var same []candidate
	for _, c := range cs {
		if c.kind == kind && c.end > c.start {
			same = append(same, c)
		}
	}
	sort.Slice(same, func(i, j int) bool { return same[i].start < same[j].start })
	var out []candidate
	for i := 0; i < len(same); {
		u, n := same[i], 1
		for i+n < len(same) && same[i+n].start < u.end {
			u.end = max(u.end, same[i+n].end)
			n++
		}
		if n > 1 {
			out = append(out, u)
		}
		i += n
	}
	return out
}

// capitalsName returns the folded key of a speaker's label written in
// capitals that is a name ("YOLI:" for Yoli): one word of four letters or
// more that the lists know as a given name and as no English word, role
// or title. Other capitals are abbreviations ("INTV", "FACIL", "ENT"),
// roles in other languages ("ENFERMERA") or kin ("ABUELA"), and stay out
// of every name.
func (d *Detector) capitalsName(label string) (string, bool) {
	ws := splitWords(label)
	if len(ws) != 1 || !allCapsWord(ws[0]) {
		return "", false
	}
	k := fold(ws[0])
	if len([]rune(k)) < 4 || !d.gaz.name(k).given() || d.gaz.isWord(k) || roleWords[k] || titleWords[k] || otherNonNames[k] {
		return "", false
	}
	return k, true
}

// wordLabelName returns the words of a label that may be a person named
// with words ("Lovely", "Bless", "Patience"): one or two capitalised words
// of letters, three letters or more, none a title or a role (but a role
// that is a given name too, "Guy"), or initials a person goes by ("DB:";
// not a role's, "IV:", nor a common acronym). Whether it
// is a name is decided where it opens turns (a day's name, "Sunday:", as
// for any: the document must say it as a name, not "on Sunday").
func (d *Detector) wordLabelName(label string) ([]string, bool) {
	ws := splitWords(label)
	if len(ws) == 0 || len(ws) > 2 {
		return nil, false
	}
	if len(ws) == 1 && initialsLabel(ws[0]) {
		return ws, true
	}
	for _, w := range ws {
		k := fold(w)
		tw := tokenize(w)
		// A role that is a given name too ("Guy:") may be a person's
		// label; turnLabelRuns asks that it be said as a name as well.
		if len(tw) != 1 || !tw[0].letters || !tw[0].upper || tw[0].allCaps || len([]rune(k)) < 3 || isRoleLabel(k) && !d.gaz.name(k).given() || titleWords[k] {
			return nil, false
		}
	}
	return ws, true
}

// initialsLabel reports whether a label's one word is initials: two
// capitals, no role's letters nor a common acronym.
func initialsLabel(w string) bool {
	tw := tokenize(w)
	return len(tw) == 1 && initialsNamed(&tw[0]) && !isRoleLabel(tw[0].key)
}

// accentedLabelName returns the folded key of a speaker's label of one
// capitalised word spelt with accents whose folded form is a function
// word or a filler ("Mỹ:", "Hà:").
func accentedLabelName(label string) (string, bool) {
	ws := splitWords(label)
	if len(ws) != 1 || !accented(ws[0]) {
		return "", false
	}
	tw := tokenize(ws[0])
	k := fold(ws[0])
	if len(tw) != 1 || !tw[0].letters || !tw[0].upper || tw[0].allCaps || !functionWords[k] && !otherNonNames[k] && !fillerWords[k] {
		return "", false
	}
	return k, true
}

// accentedKnown reports whether w is one of accentNames, spelt with its
// accents.
func (d *Detector) accentedKnown(w *word) bool {
	return d.accentNames[w.key] && accented(w.text)
}

// knownFull reports whether w is a whole name the project knows.
func (d *Detector) knownFull(w *word) bool { return d.known.full[w.key] || d.accentedKnown(w) }

// wordsOnly reports whether a speaker label's words are all English words
// that are no names ("Overall", "Next Steps"): a heading taken for a label,
// or a role.
func (d *Detector) wordsOnly(ws []string) bool {
	for _, w := range ws {
		k := fold(w)
		if d.gaz.name(k) != 0 || !d.gaz.isWord(k) {
			return false
		}
	}
	return true
}
