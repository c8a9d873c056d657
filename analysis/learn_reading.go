package analysis

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Reading a corpus (stemming every word, running every rule) is most of
// what learning one code again costs, and the documents rarely change
// between two runs: so each document's reading (its segments' terms,
// counted, and the rules that fire on them) is stored, numbered by a term
// list kept beside it, and a run reads again only the documents stored or
// changed since, or all of them when the rules or the reader changed. The
// vocabulary and the vectors are then built from the readings alone, and
// come out exactly as reading the texts afresh would make them.

// readerVersion changes whenever what a reading holds changes meaning (the
// stop list, the stemming, the pairs): every stored reading is then stale.
const readerVersion = "terms+pairs+rules/1"

// readerKey names how documents are read under cb: the reader's version
// and the rules of every code that has rules.
func readerKey(cb *codebook.Codebook) string {
	h := sha256.New()
	for _, c := range codesWithRules(cb) {
		fmt.Fprintf(h, "%s %s\n", c.ID, c.RulesHash())
	}
	return fmt.Sprintf("%s %x", readerVersion, h.Sum(nil)[:12])
}

// codesWithRules returns the codes that have rules, in the codebook's
// order: those whose rules a reading runs.
func codesWithRules(cb *codebook.Codebook) []*codebook.Code {
	var out []*codebook.Code
	for _, c := range cb.Codes() {
		if len(c.Rules) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// segReading is one segment's reading: its terms (numbers into the term
// list, ascending) with their counts, and the ids of the rules that fire.
type segReading struct {
	terms  []uint32
	counts []uint32
	rules  []string
}

// termList numbers the terms of the readings.
type termList struct {
	terms  []string
	index  map[string]uint32 // built when a document is read
	stored int               // how many of terms the store holds
	mu     sync.Mutex
}

// numberOne returns the number of a term, numbering it if it is new.
func (tl *termList) numberOne(term string) uint32 {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	return tl.numberLocked(term)
}

// numberPair returns the number of the pair of the terms numbered a and b
// ("stem1 stem2"), numbering it if it is new.
func (tl *termList) numberPair(a, b uint32) uint32 {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	return tl.numberLocked(tl.terms[a] + " " + tl.terms[b])
}

func (tl *termList) numberLocked(term string) uint32 {
	if tl.index == nil {
		tl.index = make(map[string]uint32, len(tl.terms))
		for i, t := range tl.terms {
			tl.index[t] = uint32(i)
		}
	}
	return numberOf(tl.index, &tl.terms, term)
}

// numberOf returns name's number in index, numbering it next, and adding
// it to the names, if it has none.
func numberOf[N ~int32 | ~uint32](index map[string]N, names *[]string, name string) N {
	n, ok := index[name]
	if !ok {
		n = N(len(*names))
		index[name] = n
		*names = append(*names, name)
	}
	return n
}

// termReader counts one segment's terms at a time, as numbers of the
// term list, the way indexStops.terms finds them (a stem, and it with the
// stem before). It remembers the numbers of the stems and stem pairs it
// has met, so that a term's string is made, and the shared list locked,
// only the first time one core meets it. One a core.
type termReader struct {
	tl     *termList
	stems  map[string]uint32
	pairs  map[uint64]uint32
	counts map[uint32]uint32 // the segment's
	prev   int64             // the segment's last stem's number, or -1
}

func newTermReader(tl *termList) *termReader {
	return &termReader{tl: tl, stems: map[string]uint32{}, pairs: map[uint64]uint32{}, counts: map[uint32]uint32{}}
}

// start begins a segment.
func (tr *termReader) start() {
	clear(tr.counts)
	tr.prev = -1
}

// stem counts a stem of the segment and its pair with the stem before.
func (tr *termReader) stem(b []byte) {
	if len(b) == 0 {
		return
	}
	n, ok := tr.stems[string(b)]
	if !ok {
		s := string(b)
		n = tr.tl.numberOne(s)
		tr.stems[s] = n
	}
	tr.counts[n]++
	if tr.prev >= 0 {
		key := uint64(tr.prev)<<32 | uint64(n)
		p, ok := tr.pairs[key]
		if !ok {
			p = tr.tl.numberPair(uint32(tr.prev), n)
			tr.pairs[key] = p
		}
		tr.counts[p]++
	}
	tr.prev = int64(n)
}

// readings are the corpus's documents as read, encoded, by document.
type readings struct {
	key   string
	terms *termList
	docs  map[string][]byte
	fresh []*corpus.LearnedReading // read in this run: to store
}

// loadReadings returns the stored readings that still stand: of the
// document's current revision, read the current way, with the segments
// the document has now.
func (d *corpusData) loadReadings(ctx context.Context, st *corpus.Store, key string) (*readings, error) {
	var terms []string
	var stored []*corpus.LearnedReading
	err := all(
		func() (err error) { terms, err = st.LearnedTerms(ctx); return err },
		func() error {
			return st.EachLearnedReading(ctx, func(r *corpus.LearnedReading) error {
				if r.Reader == key && r.Revision == d.revision[r.DocID] {
					stored = append(stored, r)
				}
				return nil
			})
		},
	)
	if err != nil {
		return nil, err
	}
	rs := &readings{key: key, terms: &termList{terms: terms, stored: len(terms)}, docs: map[string][]byte{}}
	for _, r := range stored {
		if d.sameSegments(r.DocID, r.Segments, len(terms)) {
			rs.docs[r.DocID] = r.Segments
		}
	}
	return rs, nil
}

// sameSegments reports whether an encoded reading is of doc's segments as
// they are (their spans hash the same) and numbered within the term list.
func (d *corpusData) sameSegments(doc string, enc []byte, nterms int) bool {
	h, err := readHeader(enc)
	return err == nil && h.spans == d.spansHash(doc) && h.nseg == len(d.byDoc[doc]) && h.maxTerm < nterms
}

// spansHash hashes the spans of doc's segments, in order.
func (d *corpusData) spansHash(doc string) uint64 {
	h := fnv.New64a()
	var b []byte
	for _, i := range d.byDoc[doc] {
		b = binary.AppendUvarint(b[:0], uint64(d.segs[i].start))
		b = binary.AppendUvarint(b, uint64(d.segs[i].end))
		h.Write(b)
	}
	return h.Sum64()
}

// readStale reads the documents that have no standing reading, on every
// core: their texts are stemmed and the rules run on them.
func (d *corpusData) readStale(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, rs *readings, prog Progress) error {
	var stale []string
	isStale := map[string]bool{} // read while the workers write rs.docs
	for doc := range d.byDoc {
		if _, ok := rs.docs[doc]; !ok {
			stale = append(stale, doc)
			isStale[doc] = true
		}
	}
	if len(stale) == 0 {
		return nil
	}
	sort.Strings(stale)
	m, err := rulesMatcher(cb)
	if err != nil {
		return err
	}
	filter := corpus.SegmentFilter{DocIDs: stale}
	if len(stale) == len(d.byDoc) || len(stale) > 500 {
		filter = corpus.SegmentFilter{} // reading every text beats a long IN list
	}
	prog.Start(len(stale))
	defer prog.Done()
	type docTexts struct {
		id    string
		texts []string
	}
	work := make(chan docTexts, 4)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tr := newTermReader(rs.terms)
			for dt := range work {
				r := d.readDocument(dt.id, dt.texts, m, tr)
				mu.Lock()
				rs.docs[dt.id] = r.Segments
				rs.fresh = append(rs.fresh, r)
				mu.Unlock()
				prog.Add(1)
			}
		}()
	}
	cur := docTexts{}
	send := func() {
		if cur.id != "" {
			work <- cur
		}
	}
	err = st.EachSegment(ctx, filter, func(s *corpus.Segment) error {
		if !isStale[s.DocID] {
			return nil // read before (the unfiltered scan passes every document)
		}
		if s.DocID != cur.id {
			send()
			cur = docTexts{id: s.DocID}
		}
		cur.texts = append(cur.texts, s.Text)
		return nil
	})
	send()
	close(work)
	wg.Wait()
	if err != nil {
		return err
	}
	return ctx.Err()
}

// rulesMatcher compiles the rules of every code that has them (nil when
// none does).
func rulesMatcher(cb *codebook.Codebook) (*codebook.Matcher, error) {
	var ids []string
	for _, c := range codesWithRules(cb) {
		ids = append(ids, c.ID)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	return codebook.Compile(cb, ids...)
}

// readDocument reads one document's segments (texts, in order).
func (d *corpusData) readDocument(doc string, texts []string, m *codebook.Matcher, tr *termReader) *corpus.LearnedReading {
	var body []byte
	maxTerm := -1
	for _, text := range texts {
		tr.start()
		var hits []codebook.Hit
		if m != nil {
			hits = m.MatchStems(codebook.Input{Text: text, Role: d.role[doc]}, d.sw.keep, tr.stem)
		} else {
			codebook.EachStem(text, d.sw.keep, tr.stem)
		}
		r := segReading{terms: make([]uint32, 0, len(tr.counts)), counts: make([]uint32, 0, len(tr.counts))}
		for t, n := range tr.counts {
			r.terms, r.counts = append(r.terms, t), append(r.counts, n)
			maxTerm = max(maxTerm, int(t))
		}
		for _, h := range hits {
			r.rules = append(r.rules, h.Rule)
		}
		body = appendSegReading(body, &r)
	}
	enc := binary.AppendUvarint(nil, uint64(len(texts)))
	enc = binary.LittleEndian.AppendUint64(enc, d.spansHash(doc))
	enc = binary.AppendUvarint(enc, uint64(maxTerm+1))
	return &corpus.LearnedReading{DocID: doc, Revision: d.revision[doc], Segments: append(enc, body...)}
}

// appendSegReading encodes a segment's reading: its terms in ascending
// order (as gaps) with their counts, and its rules.
func appendSegReading(enc []byte, r *segReading) []byte {
	order := make([]int, len(r.terms))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return r.terms[order[a]] < r.terms[order[b]] })
	enc = binary.AppendUvarint(enc, uint64(len(order)))
	prev := uint32(0)
	for _, k := range order {
		enc = binary.AppendUvarint(enc, uint64(r.terms[k]-prev))
		enc = binary.AppendUvarint(enc, uint64(r.counts[k]))
		prev = r.terms[k]
	}
	enc = binary.AppendUvarint(enc, uint64(len(r.rules)))
	for _, rule := range r.rules {
		enc = binary.AppendUvarint(enc, uint64(len(rule)))
		enc = append(enc, rule...)
	}
	return enc
}

var errBadReading = errors.New("a stored reading is damaged")

// readingHeader is what an encoded reading says of itself: how many
// segments, the hash of their spans, and one more than the highest term
// number it uses.
type readingHeader struct {
	nseg    int
	spans   uint64
	maxTerm int
	size    int // of the header, in bytes
}

func readHeader(enc []byte) (readingHeader, error) {
	nseg, n := binary.Uvarint(enc)
	if n <= 0 || len(enc) < n+8 || nseg > uint64(len(enc)) {
		return readingHeader{}, errBadReading
	}
	h := readingHeader{nseg: int(nseg), spans: binary.LittleEndian.Uint64(enc[n:])}
	top, m := binary.Uvarint(enc[n+8:])
	if m <= 0 || top > math.MaxInt32 {
		return readingHeader{}, errBadReading
	}
	h.maxTerm, h.size = int(top)-1, n+8+m
	return h, nil
}

// readingDecoder reads the varints of an encoded reading, remembering the
// first error.
type readingDecoder struct {
	enc []byte
	pos int
	bad bool
}

func (dec *readingDecoder) next() uint64 {
	v, n := binary.Uvarint(dec.enc[dec.pos:])
	if n <= 0 {
		dec.bad = true
		dec.pos = len(dec.enc)
		return 0
	}
	dec.pos += n
	return v
}

// decodeReading calls fn with each segment of an encoded reading. The
// segReading and its slices are reused between calls; with withRules
// unset, its rules are not read.
func decodeReading(enc []byte, withRules bool, fn func(*segReading) error) error {
	h, err := readHeader(enc)
	if err != nil {
		return err
	}
	dec := readingDecoder{enc: enc, pos: h.size}
	var r segReading
	for range h.nseg {
		nt := dec.next()
		if nt > uint64(len(enc)) {
			return errBadReading
		}
		r.terms, r.counts, r.rules = r.terms[:0], r.counts[:0], r.rules[:0]
		term := uint64(0)
		for range nt {
			gap := dec.next()
			if gap > uint64(h.maxTerm+1) || term+gap > uint64(h.maxTerm+1) {
				return errBadReading // beyond the header's promise (checked before adding: no wrapping)
			}
			term += gap
			r.terms, r.counts = append(r.terms, uint32(term)), append(r.counts, uint32(dec.next()))
		}
		if dec.bad || len(r.terms) > 0 && int(r.terms[len(r.terms)-1]) > h.maxTerm {
			return errBadReading
		}
		nr := dec.next()
		for i := uint64(0); i < nr && !dec.bad; i++ {
			l := dec.next()
			if l > uint64(len(enc)-dec.pos) {
				return errBadReading
			}
			if withRules {
				r.rules = append(r.rules, string(enc[dec.pos:dec.pos+int(l)]))
			}
			dec.pos += int(l)
		}
		if dec.bad {
			return errBadReading
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	if dec.pos != len(enc) {
		return errBadReading
	}
	return nil
}

// saveReadings stores the readings made in this run, and the terms they
// numbered.
func saveReadings(ctx context.Context, st *corpus.Store, rs *readings) error {
	if len(rs.fresh) == 0 {
		return nil
	}
	slices.SortFunc(rs.fresh, func(a, b *corpus.LearnedReading) int { return strings.Compare(a.DocID, b.DocID) })
	return st.Tx(ctx, func(tx *corpus.Tx) error {
		if err := tx.AddLearnedTerms(rs.terms.stored, rs.terms.terms[rs.terms.stored:]); err != nil {
			return err
		}
		for _, r := range rs.fresh {
			r.Reader = rs.key
			if err := tx.SetLearnedReading(r); err != nil {
				return err
			}
		}
		return nil
	})
}

// vocabularyOf builds the vocabulary from the readings of the documents
// (in order): the terms in at least minDF segments, sorted, with their idf,
// as newVocabulary does from the texts. It returns the column of each
// term number (-1: not in the vocabulary). Its index is left empty: a
// corpus's vectors are made from readings, not by vector. A damaged
// reading is dropped from rs and nothing is built (damaged is set): its
// document is to be read again.
func vocabularyOf(rs *readings, order []string) (v *vocabulary, col []int32, damaged bool) {
	df, n, bad := countTerms(rs, order)
	for _, doc := range bad {
		delete(rs.docs, doc)
	}
	if len(bad) > 0 {
		return nil, nil, true
	}
	var kept []int32
	for t, c := range df {
		if c >= minDF {
			kept = append(kept, int32(t))
		}
	}
	names := rs.terms.terms
	sort.Slice(kept, func(a, b int) bool { return names[kept[a]] < names[kept[b]] })
	v = &vocabulary{terms: make([]string, len(kept)), idf: make([]float32, len(kept))}
	col = make([]int32, len(names))
	for i := range col {
		col[i] = -1
	}
	for i, t := range kept {
		col[t] = int32(i)
		v.terms[i] = names[t]
		v.idf[i] = float32(math.Log(float64(n+1)/float64(df[t]+1)) + 1)
	}
	return v, col, false
}

// countsOf appends to in the counts of a segment's reading in the
// vocabulary's columns (col numbers the reading's terms), from which
// tfidf and pack make its vector as vector does from its text.
func countsOf(r *segReading, col []int32, in []colCount) []colCount {
	for k, t := range r.terms {
		if c := col[t]; c >= 0 {
			in = append(in, colCount{c, r.counts[k]})
		}
	}
	return in
}

// countTerms counts, on every core, the segments each term is in and the
// segments, over the readings of the documents; bad lists the documents
// whose readings are damaged.
func countTerms(rs *readings, order []string) (df []int32, n int, bad []string) {
	workers := runtime.GOMAXPROCS(0)
	dfs := make([][]int32, workers)
	ns := make([]int, workers)
	bads := make([][]string, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dfs[w] = make([]int32, len(rs.terms.terms))
			for i := w; i < len(order); i += workers {
				err := decodeReading(rs.docs[order[i]], false, func(r *segReading) error {
					ns[w]++
					for _, t := range r.terms {
						dfs[w][t]++
					}
					return nil
				})
				if err != nil {
					bads[w] = append(bads[w], order[i])
				}
			}
		}()
	}
	wg.Wait()
	df = dfs[0]
	for w := 1; w < workers; w++ {
		for t, c := range dfs[w] {
			df[t] += c
		}
	}
	for w := range workers {
		n += ns[w]
		bad = append(bad, bads[w]...)
	}
	return df, n, bad
}
