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
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"unicode/utf8"

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
	// never taken for names.
	Speakers []string
	// NotNames are words and phrases never treated as names (programme and
	// course names, places, local jargon). Matched case-insensitively; a
	// multi-word entry protects the whole phrase wherever it occurs.
	NotNames []string
	// UseNER runs prose's named-entity recogniser for PERSON in addition to
	// the lists and the cue heuristics. It is the default (see
	// DefaultOptions); note that the zero Options has it off. With NER,
	// detection runs at about 9-10k words per CPU second (prose's tagger
	// and maxent NER are ~97% of it); without it at about 250k words/s.
	UseNER bool
}

// DefaultOptions returns Options with NER on.
func DefaultOptions() Options { return Options{UseNER: true} }

// Detector finds identifiers. Build it once with NewDetector; it is safe for
// concurrent use and shares one prose model (built lazily on first use)
// across goroutines.
type Detector struct {
	opts Options

	known     *nameSet        // Names and name-like Speakers
	speakers  map[string]bool // words of role-like speaker labels ("Carer", "HCP")
	notNames  map[string]bool // folded single words
	notPhrase [][]string      // folded multi-word phrases

	// ner runs the recogniser (nerPersons; tests put a failing one here).
	ner func(*prose.Model, string) ([]nerToken, error)

	modelOnce sync.Once
	model     *prose.Model
	modelErr  error
}

// NewDetector compiles the options. The prose model is built on the first
// Detect that needs it (about 225 ms), once per Detector.
func NewDetector(opts Options) (*Detector, error) {
	d := &Detector{opts: opts, speakers: map[string]bool{}, notNames: map[string]bool{}, ner: nerPersons}
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
		}
	}
	d.known = newNameSet()
	for _, n := range opts.Names {
		ws := stripTitles(splitWords(n))
		if len(ws) == 0 {
			return nil, fmt.Errorf("redact: name %q has no words", n)
		}
		d.known.add(ws, d.isStopName)
	}
	for _, s := range opts.Speakers {
		if ws, ok := speakerName(s); ok {
			d.known.add(ws, d.isStopName)
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

// Detect returns the identifiers in text, sorted by Start and not
// overlapping. When spans compete the structured kinds (e-mail, URL, ID,
// phone, date, address) win over PERSON, and otherwise the longer span wins.
// If NER is on and the model cannot be built or fails on the text, Detect
// returns an error (wrapping ErrNER for a failure on the text) and no
// identifiers: a caller that went on would leave every name unredacted.
func (d *Detector) Detect(text string) ([]Identifier, error) {
	if text == "" {
		return nil, nil
	}
	if !utf8.ValidString(text) {
		// One U+FFFD per invalid byte: rune offsets stay those of
		// []rune(text), and Text matches them.
		text = string([]rune(text))
	}
	ix := newRuneIndex(text)
	doc := newDocument(text)
	var cands []candidate
	cands = append(cands, findPatterns(text)...)
	masked := spansOf(cands)
	persons, err := d.findPersons(doc, masked)
	if err != nil {
		return nil, err
	}
	cands = append(cands, persons...)
	chosen := resolve(cands)
	out := make([]Identifier, 0, len(chosen))
	for _, c := range chosen {
		out = append(out, Identifier{Kind: c.kind, Start: ix.rune(c.start), End: ix.rune(c.end), Text: text[c.start:c.end]})
	}
	return out, nil
}

// DetectAll runs Detect over texts on up to workers goroutines (0 means
// GOMAXPROCS), sharing the one model. progress, if not nil, is called with
// the number of documents done so far (from the worker goroutines, one call
// at a time). It stops early and returns ctx.Err() when ctx is cancelled,
// and the first error of Detect, with nothing else, when one fails.
func (d *Detector) DetectAll(ctx context.Context, texts []string, workers int, progress func(done int)) ([][]Identifier, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers > len(texts) {
		workers = len(texts)
	}
	if d.opts.UseNER {
		if _, err := d.Model(); err != nil {
			return nil, err
		}
	}
	out := make([][]Identifier, len(texts))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var next atomic.Int64
	var done int
	var firstErr error
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(texts) {
					return
				}
				ids, err := d.Detect(texts[i])
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = fmt.Errorf("document %d of %d: %w", i+1, len(texts), err)
					cancel() // the others stop: nothing is redacted
				}
				out[i] = ids
				done++
				if progress != nil && err == nil {
					progress(done)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// candidate is a span found by one detector, in byte offsets.
type candidate struct {
	kind       Kind
	start, end int
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
