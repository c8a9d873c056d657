package corpus

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/groundwork-qda/groundwork/codebook"
)

// A quoted phrase finds its words in this order, every one of them. The
// index leaves English stop words out ("at", "the", "not": half of what
// people say, left out to keep the index small and fast), and bleve's
// phrase query over it cannot see them: "at night" was a search for
// "night", and "late at night" matched "late that night". A phrase with a
// stop word is therefore searched in two steps inside bleve's search, so
// that totals, counts by programme and role, and pages are those of the
// true hits: bleve's phrase query over the words the index holds (a stop
// word a gap of one position) finds candidates, and a candidate is kept
// only if its stored text has the whole phrase there, its words read as the
// codebook's rules read them (codebook.EachWordStem, which a test holds to
// the index's analysis). Only the few words around each place bleve found
// are read. A phrase of stop words alone ("been through it") has no word
// in the index to find candidates by: every segment's text is read, those
// without the phrase's words skipped before any is split into words, and
// the others split only around their longest word (1.3 s at 10,000
// generated interviews; with another word, as in "been through it" nurse,
// only that word's segments are read). A field of adjacent stop-word
// pairs made such a phrase take 45 ms, but indexing it cost two fifths
// more time at ingest (a second pass of word segmentation over every
// text): not kept.

// phraseQuery returns the query for a quoted phrase of the text field; an
// is the index's analyser.
func phraseQuery(phrase string, an analysis.Analyzer) query.Query {
	words := codebook.Tokenize(phrase)
	var indexed analysis.TokenStream
	if an != nil {
		indexed = an.Analyze([]byte(phrase))
	}
	if len(words) == 0 || len(indexed) == len(words) {
		q := bleve.NewMatchPhraseQuery(phrase) // every word is in the index: bleve's phrase is exact
		q.SetField("text")
		return q
	}
	p := &checkedPhrase{phrase: phrase}
	for i, w := range words {
		p.stems = append(p.stems, []byte(w.Stem))
		if n := needle(w.Stem); len(n) > 0 {
			if len(n) > len(p.anchor) {
				p.anchor, p.anchorWord = n, i
			}
			p.needles = append(p.needles, n)
		}
	}
	sort.Slice(p.needles, func(i, j int) bool { return len(p.needles[i]) > len(p.needles[j]) }) // likeliest missing first
	if len(indexed) > 0 {
		// As bleve's match phrase query: a slot per word from the first
		// the index holds to the last, empty for a stop word. A token's
		// position is its word's, counted from 1.
		first, last := indexed[0].Position, indexed[len(indexed)-1].Position
		p.terms = make([][]string, last-first+1)
		for _, t := range indexed {
			p.terms[t.Position-first] = append(p.terms[t.Position-first], string(t.Term))
		}
		p.lead = first - 1
		for _, slot := range p.terms {
			if len(slot) > 0 {
				p.indexed++ // bleve gives a place's words a location each, a stop word none
			}
		}
	}
	return p
}

// needle is what the lower-case text of any word whose stem is stem has
// in it: the stem without its last letter. The Porter stemmer keeps the
// start of a word and changes at most its stem's last letter ("happy"
// "happi", "nobility" "nobl"); a test holds this on every word of the
// demo study and of the real transcripts, and a fuzz test on any text.
func needle(stem string) []byte {
	if utf8.RuneCountInString(stem) < 2 {
		return nil
	}
	_, n := utf8.DecodeLastRuneInString(stem)
	return []byte(stem[:len(stem)-n])
}

// checkedPhrase is a phrase with a stop word: bleve finds candidates, and
// their stored text is checked.
type checkedPhrase struct {
	phrase  string
	stems   [][]byte // each word's stem, stop words included
	needles [][]byte // what the lower-case text must have (needle), longest first
	// anchor is the longest needle, of word anchorWord of the phrase:
	// where it is in a text is where the phrase can be.
	anchor     []byte
	anchorWord int
	// terms is bleve's phrase of the words the index holds (nil: none),
	// the first of them word lead of the phrase; indexed counts the
	// slots of terms that have a word.
	terms         [][]string
	lead, indexed int
}

// Field names the field a checkedPhrase searches (query.FieldableQuery).
func (q *checkedPhrase) Field() string { return "text" }

// SetField is part of query.FieldableQuery; a phrase searches the text.
func (q *checkedPhrase) SetField(string) {}

// String is the phrase, as bleve shows a query when it explains a hit.
func (q *checkedPhrase) String() string { return fmt.Sprintf("%q", q.phrase) }

// Searcher implements query.Query.
func (q *checkedPhrase) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	inner, err := q.candidates().Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	return &phraseChecker{inner: inner, q: q, text: newStoredText(r), locations: opts.IncludeTermVectors}, nil
}

// candidates is the query whose hits may have the phrase: bleve's phrase
// of its indexed words, or, for a phrase of stop words alone, every
// segment.
func (q *checkedPhrase) candidates() query.Query {
	if q.terms != nil {
		return query.NewMultiPhraseQuery(q.terms, "text")
	}
	return bleve.NewMatchAllQuery()
}

// phraseChecker passes on its inner searcher's matches whose text has the
// phrase.
type phraseChecker struct {
	inner     search.Searcher
	q         *checkedPhrase
	text      *storedText
	locations bool // give the phrase's words as the match's term locations

	words []phraseWord // the words of the text read last
	stems codebook.StemCache
	lower []byte
	at    []int32 // where each byte of lower is in the text; nil when the same
	// nearAt is where the last place matchNear found begins (-1: none).
	nearAt int
	found  []search.FieldTermLocation
}

// phraseWord is a word of a text: its byte span and stem.
type phraseWord struct {
	start, end int
	stem       []byte
}

func (s *phraseChecker) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for {
		dm, err := s.inner.Next(ctx)
		if dm == nil || err != nil {
			return nil, err
		}
		if ok, err := s.keep(ctx, dm); ok || err != nil {
			return dm, err
		}
	}
}

func (s *phraseChecker) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.inner.Advance(ctx, id)
	if dm == nil || err != nil {
		return nil, err
	}
	if ok, err := s.keep(ctx, dm); ok || err != nil {
		return dm, err
	}
	return s.Next(ctx)
}

// keep reports whether dm's text has the phrase; a match it does not keep
// goes back to the pool.
func (s *phraseChecker) keep(ctx *search.SearchContext, dm *search.DocumentMatch) (bool, error) {
	text, err := s.text.of(dm.IndexInternalID)
	if err != nil {
		return false, fmt.Errorf("reading a segment's text to check a phrase: %w", err)
	}
	s.found = s.found[:0]
	var ok bool
	if s.q.terms != nil && len(dm.FieldTermLocations) > 0 && len(dm.FieldTermLocations)%s.q.indexed == 0 {
		ok = s.matchAround(text, dm.FieldTermLocations)
	} else {
		ok = s.matchAll(text)
	}
	if ok {
		if s.locations {
			dm.Locations = nil
			dm.FieldTermLocations = append(dm.FieldTermLocations[:0], s.found...)
		}
		return true, nil
	}
	if ctx != nil && ctx.DocumentMatchPool != nil {
		ctx.DocumentMatchPool.Put(dm)
	}
	return false, nil
}

// matchAround checks the places bleve found the phrase's indexed words
// (locs: the words of each place in turn, in the phrase's order), reading
// only the text around each.
func (s *phraseChecker) matchAround(text string, locs []search.FieldTermLocation) bool {
	m := s.q.indexed
	for p := 0; p+m <= len(locs); p += m {
		first, last := int(locs[p].Location.Start), int(locs[p+m-1].Location.End)
		if first < 0 || last > len(text) || first > last || locs[p].Location.Pos == 0 {
			return s.matchAll(text)
		}
		pos := int(locs[p].Location.Pos) - s.q.lead // the phrase's first word, counted from 1
		if pos < 1 {
			continue // the phrase would begin before the text
		}
		if !s.matchPlace(text, first, last, pos) {
			return s.matchAll(text)
		}
	}
	return len(s.found) > 0
}

// matchPlace checks the place whose first indexed word starts at byte
// first and last ends at last, pos the position of the phrase's first word
// there, reading the words around it: a few bytes for each word wanted
// either side, more if that was too few. It reports false if it could not
// tell (bleve's place is not where the rules read a word).
func (s *phraseChecker) matchPlace(text string, first, last, pos int) bool {
	n := len(s.q.stems)
	before, after := s.q.lead, n-s.q.lead-len(s.q.terms)
	for reach := 16; ; reach *= 4 {
		// A space or line break always ends a word and begins the next:
		// the words read between two are those of the whole text.
		a, b := spaceBefore(text, first-reach*before), spaceAfter(text, last+reach*after)
		s.read(text, a, b)
		i := sort.Search(len(s.words), func(i int) bool { return s.words[i].start >= first })
		if i == len(s.words) || s.words[i].start != first {
			return false
		}
		start := i - s.q.lead
		if start < 0 && a > 0 || start+n > len(s.words) && b < len(text) {
			continue // too few words read
		}
		if start >= 0 && start+n <= len(s.words) {
			s.matchAt(start, pos)
		}
		return true
	}
}

// matchAll checks the whole text. Its words are read only around the
// places its anchor is (the phrase's longest needle, which is in the word
// it stands for): splitting whole long turns into words was most of the
// time of a phrase of stop words alone.
func (s *phraseChecker) matchAll(text string) bool {
	s.found = s.found[:0]
	if len(s.q.needles) > 0 {
		s.lower, s.at = lowerTextAt(s.lower[:0], s.at[:0], text)
		for _, nd := range s.q.needles {
			if !bytes.Contains(s.lower, nd) {
				return false
			}
		}
	}
	if len(s.q.anchor) < minAnchor {
		s.read(text, 0, len(text))
		for i := 0; i+len(s.q.stems) <= len(s.words); i++ {
			s.matchAt(i, i+1)
		}
		return len(s.found) > 0
	}
	s.nearAt = -1
	for off := 0; ; {
		i := bytes.Index(s.lower[off:], s.q.anchor)
		if i < 0 {
			return len(s.found) > 0
		}
		off += i
		at := off
		if s.at != nil {
			at = int(s.at[off])
		}
		s.matchNear(text, at)
		off++
	}
}

// minAnchor is the shortest anchor worth reading around: a shorter one
// ("i" for "it") is in nearly every word, and the whole text is read.
const minAnchor = 3

// matchNear adds the phrase where its anchor word would be the word of
// text that has byte at, reading the words around it: a few bytes for
// each word wanted either side, more if that was too few.
func (s *phraseChecker) matchNear(text string, at int) {
	n, k := len(s.q.stems), s.q.anchorWord
	for reach := 16; ; reach *= 4 {
		a, b := spaceBefore(text, at-reach*k), spaceAfter(text, at+reach*(n-k))
		s.read(text, a, b)
		j := sort.Search(len(s.words), func(j int) bool { return s.words[j].end > at })
		if j == len(s.words) || s.words[j].start > at {
			return // not in a word
		}
		start := j - k
		if start < 0 && a > 0 || start+n > len(s.words) && b < len(text) {
			continue // too few words read
		}
		if start >= 0 && start+n <= len(s.words) && s.words[start].start != s.nearAt {
			s.nearAt = s.words[start].start // an anchor twice in a word is one place
			s.matchAt(start, 0)
		}
		return
	}
}

// matchAt adds the phrase at word i of the words read, if it is there;
// pos is the word's position in the text, counted from 1 (0: not known,
// and the locations say none; what is shown of a hit needs only where
// its words are).
func (s *phraseChecker) matchAt(i, pos int) {
	for k, st := range s.q.stems {
		if !bytes.Equal(s.words[i+k].stem, st) {
			return
		}
	}
	for k, st := range s.q.stems {
		w := s.words[i+k]
		loc := search.Location{Start: uint64(w.start), End: uint64(w.end)}
		if pos > 0 {
			loc.Pos = uint64(pos + k)
		}
		s.found = append(s.found, search.FieldTermLocation{Field: "text", Term: string(st), Location: loc})
	}
}

// read puts the words of text[a:b] in s.words, as the rules read them
// (codebook.EachWordStem; the same few words are read around every place,
// and their stems are looked up).
func (s *phraseChecker) read(text string, a, b int) {
	s.words = s.words[:0]
	codebook.EachWordStemCached(text[a:b], &s.stems, func(start, end int, stem []byte) {
		if len(s.words) < cap(s.words) {
			s.words = s.words[:len(s.words)+1]
		} else {
			s.words = append(s.words, phraseWord{})
		}
		w := &s.words[len(s.words)-1]
		w.start, w.end, w.stem = a+start, a+end, append(w.stem[:0], stem...)
	})
}

// spaceBefore is the offset just after the last space or line break at or
// before i (0 if none): a word starts there. Bytes below 0x80 are never
// part of a longer UTF-8 sequence.
func spaceBefore(text string, i int) int {
	for i = max(0, min(i, len(text))); i > 0; i-- {
		if c := text[i-1]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			return i
		}
	}
	return 0
}

// spaceAfter is the offset of the first space or line break at or after i
// (the text's length if none): a word ends there.
func spaceAfter(text string, i int) int {
	for i = max(0, i); i < len(text); i++ {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			return i
		}
	}
	return len(text)
}

// lowerText appends text in lower case, with the apostrophes written
// alike, as the rules read a word (codebook.Token.Lower), to dst.
func lowerText(dst []byte, text string) []byte {
	dst, _ = lowerTextAt(dst, nil, text)
	return dst
}

// lowerTextAt is lowerText that also appends to at, for each byte
// appended to dst, the offset in text of the character it was written
// from; at is returned nil when every byte is where it was (ASCII text).
func lowerTextAt(dst []byte, at []int32, text string) ([]byte, []int32) {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			for k := range i {
				at = append(at, int32(k))
			}
			for off, r := range text[i:] {
				if r == '’' || r == '＇' || r == 'ʼ' {
					r = '\''
				}
				n := len(dst)
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
				for range len(dst) - n {
					at = append(at, int32(i+off))
				}
			}
			return dst, at
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, nil
}

func (s *phraseChecker) Close() error               { return s.inner.Close() }
func (s *phraseChecker) Weight() float64            { return s.inner.Weight() }
func (s *phraseChecker) SetQueryNorm(n float64)     { s.inner.SetQueryNorm(n) }
func (s *phraseChecker) Count() uint64              { return s.inner.Count() } // at most this many
func (s *phraseChecker) Min() int                   { return s.inner.Min() }
func (s *phraseChecker) DocumentMatchPoolSize() int { return s.inner.DocumentMatchPoolSize() }
func (s *phraseChecker) Size() int                  { return s.inner.Size() }

// storedText reads the stored text of segments by their number in the
// index. With bleve's scorch index it reads the text straight from the
// file segment that holds it; otherwise (or should that fail) by the
// segment's key, as bleve loads a hit's fields.
type storedText struct {
	r    index.IndexReader
	segs []*scorch.SegmentSnapshot
	offs []uint64 // the number of each file segment's first document
}

func newStoredText(r index.IndexReader) *storedText {
	t := &storedText{r: r}
	if is, ok := r.(*scorch.IndexSnapshot); ok {
		// As scorch numbers documents: each file segment's, deleted ones
		// included, after those of the segments before it.
		var next uint64
		for _, s := range is.Segments() {
			t.segs = append(t.segs, s)
			t.offs = append(t.offs, next)
			next += s.Segment().Count()
		}
	}
	return t
}

// of returns the text of the document numbered id.
func (t *storedText) of(id index.IndexInternalID) (string, error) {
	if len(t.segs) > 0 {
		n := id.Value()
		i := sort.Search(len(t.offs), func(i int) bool { return t.offs[i] > n }) - 1
		text, found := "", false
		err := t.segs[i].VisitDocument(n-t.offs[i], func(field string, _ byte, v []byte, _ []uint64) bool {
			if field == "text" {
				text, found = string(v), true
				return false
			}
			return true
		})
		if err == nil && found {
			return text, nil
		}
	}
	return t.byKey(id)
}

// byKey reads the text through bleve's public reader: the document's key,
// then its stored fields.
func (t *storedText) byKey(id index.IndexInternalID) (string, error) {
	key, err := t.r.ExternalID(id)
	if err != nil {
		return "", err
	}
	doc, err := t.r.Document(key)
	if err != nil || doc == nil {
		return "", err
	}
	var text string
	doc.VisitFields(func(f index.Field) {
		if f.Name() == "text" {
			text = string(f.Value())
		}
	})
	return text, nil
}
