package analysis

import (
	"context"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Cell is the prevalence of one code in one group of documents.
type Cell struct {
	Group string `json:"group"`
	Code  string `json:"code"`
	// Informants is the number of the group's interviews that have the code;
	// N is the number of interviews in the group.
	Informants int `json:"informants"`
	N          int `json:"n"`
	// Prevalence is Informants / N (0 when N is 0).
	Prevalence float64 `json:"prevalence"`
	// Segments counts the coded segments (codings) in the group.
	Segments int `json:"segments"`
	// Unreviewed counts the interviews of Informants that have the code
	// only through suggestions nobody has reviewed (a dataset that mixes
	// both; zero otherwise).
	Unreviewed int `json:"unreviewed,omitempty"`
}

// Prevalence computes, for every value of attr and every code, the share of
// interviews with the code (informant-level prevalence, as qualitative
// studies report it) and the number of codings.
func Prevalence(ds *Dataset, attr string, codes []string) []Cell {
	reviewed := ds.reviewedCounts()
	var out []Cell
	for _, g := range ds.Groups(attr) {
		docs := ds.DocsIn(attr, g)
		for _, code := range codes {
			cell := Cell{Group: g, Code: code, N: len(docs)}
			for _, d := range docs {
				if n := ds.Has(d.ID, code); n > 0 {
					cell.Informants++
					cell.Segments += n
					if reviewed != nil && ds.countOf(reviewed, d.ID, code) == 0 {
						cell.Unreviewed++
					}
				}
			}
			if cell.N > 0 {
				cell.Prevalence = float64(cell.Informants) / float64(cell.N)
			}
			out = append(out, cell)
		}
	}
	return out
}

// Mixed reports whether the dataset counts both people's decisions and
// suggestions nobody has reviewed.
func (ds *Dataset) Mixed() bool {
	var people, pending bool
	for c := range ds.Codings() {
		if IsReviewed(c) {
			people = true
		} else {
			pending = true
		}
		if people && pending {
			return true
		}
	}
	return false
}

// reviewedCounts returns, for a dataset that mixes people's decisions with
// suggestions, the distinct spans per document and code (or ancestor) that
// people decided on; nil for any other dataset.
func (ds *Dataset) reviewedCounts() spanCounts {
	if ds.reviewedHas != nil || !ds.Mixed() {
		return ds.reviewedHas
	}
	has := make(spanCounts, len(ds.Docs))
	type docCode struct {
		doc  int32
		code uint32
	}
	seen := map[docCode][3]int32{}
	ancestors := ds.ancestry()
	t := ds.codings
	for _, r := range t.rows {
		if !IsReviewed(t.ref(r)) {
			continue
		}
		sp := [3]int32{1, r.start, r.end} // never the zero value
		for _, id := range ancestors(r.code) {
			// Codings are in span order: one span counts once per code.
			if k := (docCode{r.doc, id}); seen[k] != sp {
				seen[k] = sp
				has.inc(int(r.doc), id)
			}
		}
	}
	ds.reviewedHas = has
	return has
}

// MaxQuoteWords is the longest exemplar, in words: a quote is cut at
// sentence boundaries to at most this many, an ellipsis marking what was
// left out.
const MaxQuoteWords = 60

// Quote is an exemplar passage for a code.
type Quote struct {
	Document  string `json:"document"`
	Programme string `json:"programme"`
	Role      string `json:"role"`
	Speaker   string `json:"speaker"`
	// Start and End are the rune span of the quoted text in the document
	// (Text without its ellipses).
	Start int `json:"start"`
	End   int `json:"end"`
	// Coded is the span of the coding the quote comes from: the quote is
	// the whole sentences holding it, cut to MaxQuoteWords.
	Coded [2]int `json:"coded"`
	Text  string `json:"text"`
	// Typicality is the cosine similarity of the coded passage's words to
	// all passages coded with the code: the higher, the more typical.
	Typicality float64 `json:"typicality"`

	// cutBefore and cutAfter say that Text starts or ends inside a
	// sentence (one too long to finish); trimmed, that TrimQuote has cut
	// it and written the ellipses into Text.
	cutBefore, cutAfter, trimmed bool
}

// Exemplars picks up to perGroup quotes of code for each value of attr,
// chosen for being typical of everything coded with it (closest to the
// centroid of the coded passages' stemmed words), each from a different
// interview where possible, each cut to at most MaxQuoteWords.
func Exemplars(ctx context.Context, ds *Dataset, code, attr string, perGroup int) (map[string][]Quote, error) {
	if err := ds.RankPassages(ctx, []string{code}); err != nil {
		return nil, err
	}
	byGroup := map[string][]Quote{}
	attrOf := map[string]string{}
	for _, d := range ds.Docs {
		attrOf[d.ID] = d.Attr(attr)
	}
	for _, q := range ds.ranked[code] {
		g := attrOf[q.Document]
		byGroup[g] = append(byGroup[g], q)
	}
	out := map[string][]Quote{}
	for g, qs := range byGroup {
		picked := pickDistinctDocs(qs, perGroup)
		for i := range picked {
			picked[i] = ds.TrimQuote(code, picked[i])
		}
		out[g] = picked
	}
	return out, nil
}

// Ranked returns the passages coded with code (or a descendant), most
// typical first, as RankPassages ranked them: whole sentences, not yet cut
// to MaxQuoteWords (TrimQuote cuts the ones shown).
func (ds *Dataset) Ranked(code string) []Quote { return ds.ranked[code] }

// Words are a passage's stemmed content words with their counts: what
// typicality compares.
type Words map[string]float64

// ContentWords returns text's Words.
func ContentWords(text string) Words { return termVector(text) }

// Typicality is how close words are to the passages coded with code
// (cosine similarity to their centroid), once RankPassages has ranked
// code; 0 otherwise.
func (ds *Dataset) Typicality(code string, w Words) float64 {
	cen, ok := ds.centroids[code]
	if !ok {
		return 0
	}
	return cosineWith(w, cen.v, cen.norm)
}

// span is a stretch of a document: rune offsets [start, end).
type span struct {
	doc        string
	start, end int
}

// passage is what a quote is made of: the coded text, and the whole
// sentences of its turn that hold it.
type passage struct {
	start, end int // the sentences, in the document
	text       string
	coded      string
	// cutBefore and cutAfter: the sentence runs on beyond the reach.
	cutBefore, cutAfter bool
}

// centroid is the summed term vector of a code's passages.
type centroid struct {
	v    map[string]float64
	norm float64
}

// RankPassages ranks by typicality the passages coded with each of codes
// (or a descendant) that it has not ranked yet, reading their text from
// the store in one pass. Exemplars ranks the code it is asked for; a report
// ranks every code it quotes at once, which reads the store only once.
func (ds *Dataset) RankPassages(ctx context.Context, codes []string) error {
	var todo []string
	for _, c := range codes {
		if _, ok := ds.ranked[c]; !ok && !slices.Contains(todo, c) {
			todo = append(todo, c)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	samples := ds.samplePassages(todo)
	var spans []span
	seen := map[span]bool{}
	for _, c := range todo {
		for _, sp := range samples[c] {
			if !seen[sp] {
				seen[sp] = true
				spans = append(spans, sp)
			}
		}
	}
	texts, err := ds.passages(ctx, spans)
	if err != nil {
		return err
	}
	vectors, err := termVectors(ctx, spans, texts)
	if err != nil {
		return err
	}
	if ds.ranked == nil {
		ds.ranked, ds.centroids = map[string][]Quote{}, map[string]centroid{}
	}
	centroidOf := make([]float64, len(vectors.terms))
	for _, c := range todo {
		ds.ranked[c], ds.centroids[c] = ds.rank(samples[c], texts, vectors, centroidOf)
	}
	return nil
}

// rank orders a code's passages by cosine similarity to their centroid,
// summed in sum (as long as the vectors' terms, all zero; left so).
func (ds *Dataset) rank(spans []span, texts map[span]passage, vectors *passageVectors, sum []float64) ([]Quote, centroid) {
	for _, sp := range spans {
		for _, tc := range vectors.of[sp] {
			sum[tc.term] += float64(tc.count)
		}
	}
	cen := centroid{v: map[string]float64{}}
	for id, w := range sum {
		if w != 0 {
			cen.v[vectors.terms[id]] = w
		}
	}
	cen.norm = vectorNorm(cen.v)
	typicality := func(sp span) float64 {
		var dot, na float64
		for _, tc := range vectors.of[sp] {
			w := float64(tc.count)
			dot += w * sum[tc.term]
			na += w * w
		}
		if na == 0 || cen.norm == 0 {
			return 0
		}
		return dot / (math.Sqrt(na) * cen.norm)
	}
	qs := make([]Quote, 0, len(spans))
	for _, sp := range spans {
		d := ds.Docs[ds.docIndex[sp.doc]]
		p := texts[sp]
		qs = append(qs, Quote{Document: d.ID, Programme: d.Attr("programme"), Role: d.Attr("role"),
			Speaker: ds.Speaker(d.ID, sp.start), Start: p.start, End: p.end, Coded: [2]int{sp.start, sp.end}, Text: p.text,
			Typicality: typicality(sp), cutBefore: p.cutBefore, cutAfter: p.cutAfter})
	}
	clear(sum)
	sort.SliceStable(qs, func(i, j int) bool {
		if qs[i].Typicality != qs[j].Typicality {
			return qs[i].Typicality > qs[j].Typicality
		}
		if qs[i].Document != qs[j].Document {
			return qs[i].Document < qs[j].Document
		}
		return qs[i].Start < qs[j].Start
	})
	for i := range qs {
		qs[i].Typicality = math.Round(qs[i].Typicality*1e4) / 1e4 // a score to rank by, not a measurement
	}
	return qs, cen
}

// sentenceReach bounds how far a quote reaches beyond its coded span to
// finish a sentence, in runes (about 50 words); a sentence that runs on
// further is quoted from (or to) the coding, with an ellipsis.
const sentenceReach = 300

// passages reads, one document at a time, each span's text and the whole
// sentences of its turn that hold it. The texts are copies: a quote must
// not keep its whole transcript in memory.
func (ds *Dataset) passages(ctx context.Context, spans []span) (map[span]passage, error) {
	byDoc := map[string][]span{}
	for _, sp := range spans {
		byDoc[sp.doc] = append(byDoc[sp.doc], sp)
	}
	out := make(map[span]passage, len(spans))
	var rt corpus.RuneText
	err := ds.store.EachText(ctx, func(doc, text string) error {
		if len(byDoc[doc]) == 0 {
			return nil
		}
		rt.Reset(text)
		for _, sp := range byDoc[doc] {
			out[sp] = ds.passageOf(&rt, sp)
		}
		return nil
	})
	return out, err
}

// passageOf widens a coded span to the sentences holding it, within its
// turn (a span outside any turn is quoted as it is). Only the stretches
// just before and after the span are searched for the sentences' ends.
func (ds *Dataset) passageOf(rt *corpus.RuneText, sp span) passage {
	t, ok := ds.turnAt(sp.doc, sp.start)
	if !ok {
		coded := strings.Clone(rt.Slice(sp.start, sp.end))
		return passage{start: sp.start, end: sp.end, text: coded, coded: coded}
	}
	end := min(sp.end, t.end)
	p := passage{start: sp.start, end: end}
	// Before: the last sentence start at or before the coding's start.
	const peek = 40 // runes of the coding a boundary test looks at
	bs := max(t.start, sp.start-sentenceReach)
	before := []rune(rt.Slice(bs, min(end, sp.start+peek)))
	at := sp.start - bs
	for i, sen := range sentenceSpans(before) {
		if sen[0] > at {
			break
		}
		// The window's first sentence may have begun before it.
		p.start, p.cutBefore = bs+sen[0], i == 0 && bs > t.start
	}
	// After: the first sentence end at or after the coding's end.
	as := max(sp.start, end-peek)
	we := min(t.end, end+sentenceReach)
	after := sentenceSpans([]rune(rt.Slice(as, we)))
	for i, sen := range after {
		if as+sen[1] >= end {
			// The window's last sentence may run on after it.
			p.end, p.cutAfter = as+sen[1], i == len(after)-1 && we < t.end
			break
		}
	}
	if p.cutBefore {
		p.start = sp.start
	}
	if p.cutAfter {
		p.end = end
	}
	p.text = strings.Clone(rt.Slice(p.start, p.end))
	p.coded = codedIn(rt, p, sp)
	return p
}

// codedIn returns the coded span's text, as a part of the passage's copy
// where the passage holds it: a report ranks a hundred thousand passages
// at 10,000 interviews, and a second copy of each coded span was a fifth
// of its memory.
func codedIn(rt *corpus.RuneText, p passage, sp span) string {
	off, n := len(rt.Slice(p.start, sp.start)), len(rt.Slice(sp.start, sp.end))
	if p.start > sp.start || sp.end > p.end || off+n > len(p.text) {
		return strings.Clone(rt.Slice(sp.start, sp.end)) // a span the passage does not hold, or a damaged one
	}
	return p.text[off : off+n]
}

// TrimQuote cuts a ranked passage of code to at most MaxQuoteWords: the
// run of whole sentences closest in words to the code's passages, or, when
// one sentence is longer than that, its first words from the coding on.
// An ellipsis marks where text was left out.
func (ds *Dataset) TrimQuote(code string, q Quote) Quote {
	if q.trimmed {
		return q
	}
	out := q
	out.trimmed = true
	text := []rune(q.Text)
	lead, trail := q.cutBefore, q.cutAfter
	if countWords(q.Text) > MaxQuoteWords {
		best := ds.bestWindow(code, q, text)
		out.Start, out.End = q.Start+best[0], q.Start+best[1]
		out.Text = string(text[best[0]:best[1]])
		lead, trail = lead || best[0] > 0, trail || best[1] < len(text)
	}
	if lead {
		out.Text = "… " + out.Text
	}
	if trail {
		out.Text += " …"
	}
	return out
}

// bestWindow is the run of whole sentences of text, at most MaxQuoteWords,
// closest in words to code's passages; or, when every sentence is longer,
// the first MaxQuoteWords words from the coding on.
func (ds *Dataset) bestWindow(code string, q Quote, text []rune) [2]int {
	sens := sentenceSpans(text)
	cen := ds.centroids[code]
	best, bestScore := [2]int{-1, -1}, -1.0
	for a := range sens {
		for b := a; b < len(sens); b++ {
			if countWords(string(text[sens[a][0]:sens[b][1]])) > MaxQuoteWords {
				break
			}
			score := cosineWith(termVector(string(text[sens[a][0]:sens[b][1]])), cen.v, cen.norm)
			if score > bestScore {
				best, bestScore = [2]int{sens[a][0], sens[b][1]}, score
			}
		}
	}
	if best[0] >= 0 {
		return best
	}
	from := 0
	if c := q.Coded[0] - q.Start; c > 0 && c < len(text) {
		from = c
	}
	return firstWords(text, from, MaxQuoteWords)
}

// firstWords returns the span of the first n words of text from rune
// offset from (moved back to the start of its word).
func firstWords(text []rune, from, n int) [2]int {
	for from > 0 && !unicode.IsSpace(text[from-1]) {
		from--
	}
	for from < len(text) && unicode.IsSpace(text[from]) {
		from++
	}
	end, words, inWord := from, 0, false
	for ; end < len(text); end++ {
		space := unicode.IsSpace(text[end])
		if !space && !inWord {
			if words == n {
				break
			}
			words++
		}
		inWord = !space
	}
	for end > from && unicode.IsSpace(text[end-1]) {
		end--
	}
	return [2]int{from, end}
}

func countWords(s string) int { return len(strings.Fields(s)) }

// sentenceSpans splits text into sentences, as rune spans without the
// space between them: a sentence ends at . ? ! or … (with any closing
// quotes or brackets) before a space and a capital, a digit or a quote, at a line
// break, or at the end of the text. "Dr." and the like do not end one.
func sentenceSpans(text []rune) [][2]int {
	var out [][2]int
	start := 0
	add := func(end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(text[s]) {
			s++
		}
		for e > s && unicode.IsSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch r := text[i]; {
		case r == '\n':
			add(i)
		case r == '.' || r == '?' || r == '!' || r == '…':
			j := i + 1
			for j < len(text) && strings.ContainsRune(`"'”’)]`, text[j]) {
				j++
			}
			if j == len(text) {
				continue // the text's end closes it
			}
			if !unicode.IsSpace(text[j]) || r == '.' && abbreviation(text[:i]) {
				continue
			}
			k := j
			for k < len(text) && text[k] == ' ' {
				k++
			}
			if k == len(text) || text[k] == '\n' || unicode.IsUpper(text[k]) || unicode.IsDigit(text[k]) || strings.ContainsRune(`"'“‘([`, text[k]) {
				add(j)
			}
		}
	}
	add(len(text))
	return out
}

// abbreviation reports whether text ends with a title or abbreviation
// whose full stop does not end a sentence.
func abbreviation(text []rune) bool {
	i := len(text)
	for i > 0 && (unicode.IsLetter(text[i-1]) || text[i-1] == '.') {
		i--
	}
	switch strings.ToLower(string(text[i:])) {
	case "dr", "mr", "mrs", "ms", "st", "prof", "e.g", "i.e", "etc", "vs", "approx":
		return true
	}
	return false
}

// termVectors computes the passages' term vectors, of their coded text, on
// every core.
func termVectors(ctx context.Context, spans []span, texts map[span]passage) (*passageVectors, error) {
	pv := &passageVectors{of: make(map[span][]termCount, len(spans))}
	vocab := map[string]uint32{}
	const chunk = 4096
	maps := make([]map[string]float64, chunk)
	for from := 0; from < len(spans); from += chunk {
		part := spans[from:min(from+chunk, len(spans))]
		err := parallel(ctx, len(part), func(i int) error {
			maps[i] = termVector(texts[part[i]].coded)
			return nil
		})
		if err != nil {
			return nil, err
		}
		for i, sp := range part {
			v := make([]termCount, 0, len(maps[i]))
			for t, n := range maps[i] {
				id, ok := vocab[t]
				if !ok {
					id = uint32(len(pv.terms))
					vocab[t] = id
					pv.terms = append(pv.terms, t)
				}
				v = append(v, termCount{id, float32(n)})
			}
			pv.of[sp], maps[i] = v, nil
		}
	}
	return pv, nil
}

// passageVectors are the term vectors of passages, compact: each
// passage's stems as places in terms, with their counts. A report ranks
// about 130,000 passages at 10,000 interviews; as maps, their vectors were
// a quarter of its memory.
type passageVectors struct {
	terms []string
	of    map[span][]termCount
}

type termCount struct {
	term  uint32
	count float32 // a count of words: exact
}

// pickDistinctDocs takes the first n quotes, preferring one per interview.
func pickDistinctDocs(qs []Quote, n int) []Quote {
	var out []Quote
	used := map[string]bool{}
	for _, q := range qs {
		if len(out) == n {
			return out
		}
		if !used[q.Document] {
			used[q.Document] = true
			out = append(out, q)
		}
	}
	for _, q := range qs {
		if len(out) == n {
			break
		}
		dup := false
		for _, o := range out {
			if o.Document == q.Document && o.Start == q.Start {
				dup = true
			}
		}
		if !dup {
			out = append(out, q)
		}
	}
	return out
}

// termVector is a passage's stemmed content words with counts, leaving out
// stop words and fillers so that typicality rests on what was said.
func termVector(text string) map[string]float64 {
	v := map[string]float64{}
	codebook.EachStem(text, isContentWord, func(stem []byte) {
		if n, ok := v[string(stem)]; ok {
			v[string(stem)] = n + 1
		} else {
			v[string(stem)] = 1
		}
	})
	return v
}

func isContentWord(lower []byte) bool { return len(lower) >= 3 && !stopWords[string(lower)] }

// maxPassagesPerProgramme bounds the passages of one code and programme
// that typicality is computed over. A study has far fewer; at 10,000
// interviews it keeps the report's time and memory in bounds, and a
// programme's exemplars are still the most typical of an even sample of it.
const maxPassagesPerProgramme = 100

// samplePassages returns, for each of codes, the distinct passages coded
// with it or a descendant, at most maxPassagesPerProgramme per programme,
// taken evenly across each programme's interviews (deterministic: in
// document order).
func (ds *Dataset) samplePassages(codes []string) map[string][]span {
	// Two passes over the codings, so that only the sample is held: the
	// first counts each code's passages per programme, the second keeps
	// those at the sample's places (at 100,000 interviews a code's
	// passages run to millions).
	type passages struct {
		progs []string
		count map[string]int // passages per programme
		seen  map[string]int // passages per programme met in the second pass
		keep  map[string][]span
		last  span
	}
	want := map[string]*passages{}
	for _, c := range codes {
		want[c] = &passages{count: map[string]int{}, seen: map[string]int{}, keep: map[string][]span{}}
	}
	ancestors := map[string][]string{}
	each := func(fn func(ps *passages, prog string, sp span)) {
		for _, ps := range want {
			ps.last = span{}
		}
		for c := range ds.Codings() {
			with, ok := ancestors[c.Code]
			if !ok {
				with = ds.withAncestors(c.Code)
				ancestors[c.Code] = with
			}
			sp := span{c.DocID, c.Start, c.End}
			for _, id := range with {
				ps := want[id]
				if ps == nil || ps.last == sp { // a span's codings are adjacent
					continue
				}
				ps.last = sp
				fn(ps, ds.Docs[ds.docIndex[c.DocID]].Attr("programme"), sp)
			}
		}
	}
	each(func(ps *passages, prog string, _ span) {
		if _, ok := ps.count[prog]; !ok {
			ps.progs = append(ps.progs, prog)
		}
		ps.count[prog]++
	})
	each(func(ps *passages, prog string, sp span) {
		k := ps.seen[prog]
		ps.seen[prog]++
		if sampledAt(k, ps.count[prog], perProgramme(len(ps.progs)), len(ps.keep[prog])) {
			ps.keep[prog] = append(ps.keep[prog], sp)
		}
	})
	out := map[string][]span{}
	for c, ps := range want {
		var all []span
		for _, p := range ps.progs {
			all = append(all, ps.keep[p]...)
		}
		out[c] = all
	}
	return out
}

// maxPassagesPerCode bounds a code's sample over all programmes: at
// 100,000 interviews in 500 programmes, a hundred passages from each made
// a report hold over a million passages' text.
const maxPassagesPerCode = 6000

// perProgramme is how many passages of a code are sampled from each of
// progs programmes: maxPassagesPerProgramme, fewer when there are so many
// programmes that the code's sample would pass maxPassagesPerCode (but
// never fewer than ten).
func perProgramme(progs int) int {
	return min(maxPassagesPerProgramme, max(10, maxPassagesPerCode/max(progs, 1)))
}

// sampledAt reports whether the k-th of n passages (from 0) belongs to an
// even sample of per of them, kept of which are taken already: all when
// n <= per, else those at the places i*n/per.
func sampledAt(k, n, per, kept int) bool {
	return n <= per || kept < per && k == kept*n/per
}

func vectorNorm(v map[string]float64) float64 {
	var n float64
	for _, w := range v {
		n += w * w
	}
	return math.Sqrt(n)
}

// cosineWith is the cosine similarity of a to b, whose norm is bNorm.
func cosineWith(a, b map[string]float64, bNorm float64) float64 {
	var dot, na float64
	for t, w := range a {
		dot += w * b[t]
		na += w * w
	}
	if na == 0 || bNorm == 0 {
		return 0
	}
	return dot / (math.Sqrt(na) * bNorm)
}

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and but for not you your yours she her hers him his they them their
		this that these those there then than with from into onto about what when where which who whom why how
		are was were been being have has had having does did doing just like yeah yes okay um uh erm mean know
		really very quite sort kind thing things bit lot would could should will shall can may might must
		our ours out off over under again all any both each few more most other some such only own same too
		its it's i'm i've i'd you're don't didn't wasn't isn't can't won't that's there's gonna got get
		one two also even well much many way because though through`) {
		m[w] = true
	}
	return m
}()

// CooccurringDocs returns the documents that have both code a and code b.
func CooccurringDocs(ds *Dataset, a, b string) []string {
	var out []string
	for _, d := range ds.Docs {
		if ds.Has(d.ID, a) > 0 && ds.Has(d.ID, b) > 0 {
			out = append(out, d.ID)
		}
	}
	return out
}
