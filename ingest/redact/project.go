package redact

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Detect returns the identifiers in text, sorted by Start and not
// overlapping. When spans compete the structured kinds (e-mail, URL, ID,
// phone, date, address) win over PERSON, and otherwise the longer span wins.
// A name found once is found wherever else it stands in the text. If NER is
// on and the model cannot be built or fails on the text, Detect returns an
// error (wrapping ErrNER for a failure on the text) and no identifiers: a
// caller that went on would leave every name unredacted.
func (d *Detector) Detect(text string) ([]Identifier, error) {
	s, err := d.scan(text)
	if err != nil {
		return nil, err
	}
	dropPlaces(s, validText(text), d.places(s.votes))
	return d.finish(text, s, s.sure, s.flag), nil
}

// MarkNames finds, in texts, the occurrences of names found elsewhere in
// the project (sure, and uncertain ones), as the second pass of DetectAll
// does: for documents redacted before, when a new document names someone
// they name too. Only PERSON identifiers are returned.
func (d *Detector) MarkNames(texts []string, sure, uncertain []string) [][]Identifier {
	m := d.NameMarker(sure, uncertain)
	out := make([][]Identifier, len(texts))
	for i, t := range texts {
		out[i] = m.Mark(t)
	}
	return out
}

// A NameMarker finds the occurrences of given names in one text at a time
// (MarkNames, for documents read one by one). It is safe for concurrent
// use.
type NameMarker struct {
	d          *Detector
	sure, flag *nameSet
}

// NameMarker returns a marker of the names sure and uncertain.
func (d *Detector) NameMarker(sure, uncertain []string) *NameMarker {
	m := &NameMarker{d: d, sure: newNameSet(), flag: newNameSet()}
	for _, n := range sure {
		m.sure.add(splitWords(n), d.isStopName)
	}
	for _, n := range uncertain {
		m.flag.add(splitWords(n), d.isStopName)
	}
	return m
}

// Mark returns the occurrences of the marker's names in text.
func (m *NameMarker) Mark(text string) []Identifier {
	return m.d.finish(text, &scanned{masked: spansOf(findPatterns(validText(text)))}, m.sure, m.flag)
}

// scanned is the first pass over one document: the structured identifiers
// and the names found, with the names' keys for the second pass.
type scanned struct {
	cands      []candidate
	masked     spanSet // spans of the structured identifiers
	sure, flag *nameSet
	votes      placeVotes
}

// scan is the first pass over one document.
func (d *Detector) scan(text string) (*scanned, error) {
	text = validText(text)
	doc := newDocument(text)
	prot := d.protected(doc)
	pats := unprotected(prot, findPatterns(text))
	masked := spansOf(pats)
	ps, err := d.scanPersons(doc, masked, prot)
	if err != nil {
		return nil, err
	}
	d.mailNames(text, pats, ps)
	return &scanned{cands: append(pats, ps.cands...), masked: masked, sure: ps.sure, flag: ps.flag, votes: ps.votes}, nil
}

// unprotected drops the addresses that lie inside a phrase that is never
// an identifier, a programme's name among them ("Mercy Road", "Willow
// Court Club").
func unprotected(prot spanSet, pats []candidate) []candidate {
	if len(prot) == 0 {
		return pats
	}
	return slices.DeleteFunc(pats, func(c candidate) bool {
		return c.kind == Address && slices.ContainsFunc(prot, func(p span) bool { return p.start <= c.start && c.end <= p.end })
	})
}

// finish is the second pass: the names of sure and flag wherever they
// stand in text, then the identifiers in rune offsets.
func (d *Detector) finish(text string, s *scanned, sure, flag *nameSet) []Identifier {
	if text == "" {
		return nil
	}
	text = validText(text)
	doc := newDocument(text)
	if len(d.found.full) > 0 {
		merged := newNameSet()
		merged.merge(sure)
		merged.merge(d.found)
		sure = merged
	}
	cands := d.prefixedNames(text, d.markNames(doc, s.masked, s.cands, sure, flag))
	chosen := resolve(cands)
	ix := newRuneIndex(text)
	out := make([]Identifier, 0, len(chosen))
	for _, c := range chosen {
		out = append(out, Identifier{Kind: c.kind, Start: ix.rune(c.start), End: ix.rune(c.end), Text: text[c.start:c.end],
			Uncertain: c.uncertain, Evidence: c.why})
	}
	return out
}

// validText replaces each invalid byte with U+FFFD, so that rune offsets
// stay those of []rune(text) and Text matches them.
func validText(text string) string {
	if utf8.ValidString(text) {
		return text
	}
	return string([]rune(text))
}

// DetectAll finds the identifiers of a project's texts on up to workers
// goroutines (0 means GOMAXPROCS), in two passes: each text on its own,
// then every name found in any text wherever it stands in the others
// (where it is a word too, "Hope", weighed again there). progress, if not
// nil, is called with the number of documents done so far in the first,
// slow, pass (from the worker goroutines, one call at a time). It stops
// early and returns ctx.Err() when ctx is cancelled, and the first error of
// a document, with nothing else, when one fails.
func (d *Detector) DetectAll(ctx context.Context, texts []string, workers int, progress func(done int)) ([][]Identifier, error) {
	s, err := d.ScanAll(ctx, len(texts), func(i int) (string, error) { return texts[i], nil }, workers, progress)
	if err != nil {
		return nil, err
	}
	out := make([][]Identifier, len(texts))
	err = parallel(ctx, len(texts), workers, func(i int) error {
		out[i] = s.Finish(i, texts[i])
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Scans is the first pass of DetectAll over a project's documents, which
// keeps no text: a caller with more documents than it wants in memory at
// once reads each text for ScanAll and again for Finish.
type Scans struct {
	d          *Detector
	docs       []*scanned
	sure, flag *nameSet
	votes      placeVotes
	places     map[string]bool // words the project says only as places
}

// ScanAll is the first pass of DetectAll over n documents, text(i) giving
// the i-th document's text (called once for each, from up to workers
// goroutines at once). Progress, cancellation and errors are as for
// DetectAll.
func (d *Detector) ScanAll(ctx context.Context, n int, text func(i int) (string, error), workers int, progress func(done int)) (*Scans, error) {
	if d.opts.UseNER && n > 0 {
		if _, err := d.Model(); err != nil {
			return nil, err
		}
	}
	s := &Scans{d: d, docs: make([]*scanned, n), sure: newNameSet(), flag: newNameSet(), votes: newPlaceVotes()}
	var mu sync.Mutex
	done := 0
	err := parallel(ctx, n, workers, func(i int) error {
		t, err := text(i)
		if err != nil {
			return err
		}
		sc, err := d.scan(t)
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		// The names join the project's at once: a document's own sets
		// would cost more than its text.
		s.sure.merge(sc.sure)
		s.flag.merge(sc.flag)
		s.votes.merge(sc.votes)
		sc.sure, sc.flag, sc.votes = nil, nil, placeVotes{}
		s.docs[i] = sc
		done++
		if progress != nil {
			progress(done)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.places = d.places(s.votes)
	s.sure.dropSingle(s.places)
	s.flag.dropSingle(s.places)
	return s, nil
}

// Finish is the second pass over document i, whose text must be the one
// ScanAll was given: its identifiers, with the names found in any
// document. Each document is finished once (its scan is then dropped);
// documents may be finished concurrently.
func (s *Scans) Finish(i int, text string) []Identifier {
	dropPlaces(s.docs[i], validText(text), s.places)
	ids := s.d.finish(text, s.docs[i], s.sure, s.flag)
	s.docs[i] = nil
	return ids
}

// parallel runs fn(0..n-1) on up to workers goroutines (0: GOMAXPROCS).
// It stops at the first error, returned with the document's number, or
// when ctx is cancelled.
func parallel(ctx context.Context, n, workers int, fn func(i int) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var next atomic.Int64
	var firstErr error
	var once sync.Once
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if err := fn(i); err != nil {
					once.Do(func() {
						firstErr = fmt.Errorf("document %d of %d: %w", i+1, n, err)
						cancel() // the others stop: nothing is redacted
					})
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	return ctx.Err()
}
