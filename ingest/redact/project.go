package redact

import (
	"context"
	"fmt"
	"runtime"
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
	return d.finish(text, s, s.sure, s.flag), nil
}

// MarkNames finds, in texts, the occurrences of names found elsewhere in
// the project (sure, and uncertain ones), as the second pass of DetectAll
// does: for documents redacted before, when a new document names someone
// they name too. Only PERSON identifiers are returned.
func (d *Detector) MarkNames(texts []string, sure, uncertain []string) [][]Identifier {
	ss, fs := newNameSet(), newNameSet()
	for _, n := range sure {
		ss.add(splitWords(n), d.isStopName)
	}
	for _, n := range uncertain {
		fs.add(splitWords(n), d.isStopName)
	}
	out := make([][]Identifier, len(texts))
	for i, t := range texts {
		out[i] = d.finish(t, &scanned{masked: spansOf(findPatterns(validText(t)))}, ss, fs)
	}
	return out
}

// scanned is the first pass over one document: the structured identifiers
// and the names found, with the names' keys for the second pass.
type scanned struct {
	cands      []candidate
	masked     spanSet // spans of the structured identifiers
	sure, flag *nameSet
}

// scan is the first pass over one document.
func (d *Detector) scan(text string) (*scanned, error) {
	text = validText(text)
	doc := newDocument(text)
	pats := findPatterns(text)
	masked := spansOf(pats)
	ps, err := d.scanPersons(doc, masked)
	if err != nil {
		return nil, err
	}
	d.mailNames(text, pats, ps)
	return &scanned{cands: append(pats, ps.cands...), masked: masked, sure: ps.sure, flag: ps.flag}, nil
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
	cands := d.markNames(doc, s.masked, s.cands, sure, flag)
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
	if d.opts.UseNER && len(texts) > 0 {
		if _, err := d.Model(); err != nil {
			return nil, err
		}
	}
	scans := make([]*scanned, len(texts))
	var mu sync.Mutex
	done := 0
	err := parallel(ctx, len(texts), workers, func(i int) error {
		s, err := d.scan(texts[i])
		if err != nil {
			return err
		}
		scans[i] = s
		mu.Lock()
		defer mu.Unlock()
		done++
		if progress != nil {
			progress(done)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sure, flag := newNameSet(), newNameSet()
	for _, s := range scans {
		sure.merge(s.sure)
		flag.merge(s.flag)
	}
	out := make([][]Identifier, len(texts))
	err = parallel(ctx, len(texts), workers, func(i int) error {
		out[i] = d.finish(texts[i], scans[i], sure, flag)
		scans[i] = nil
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
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
