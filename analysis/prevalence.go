package analysis

import (
	"context"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

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
}

// Prevalence computes, for every value of attr and every code, the share of
// interviews with the code (informant-level prevalence, as qualitative
// studies report it) and the number of codings.
func Prevalence(ds *Dataset, attr string, codes []string) []Cell {
	var out []Cell
	for _, g := range ds.Groups(attr) {
		docs := ds.DocsIn(attr, g)
		for _, code := range codes {
			cell := Cell{Group: g, Code: code, N: len(docs)}
			for _, d := range docs {
				if n := ds.Has(d.ID, code); n > 0 {
					cell.Informants++
					cell.Segments += n
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

// Quote is an exemplar passage for a code.
type Quote struct {
	Document  string `json:"document"`
	Programme string `json:"programme"`
	Role      string `json:"role"`
	Speaker   string `json:"speaker"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	// Typicality is the cosine similarity of the passage's words to all
	// passages coded with the code: the higher, the more typical.
	Typicality float64 `json:"typicality"`
}

// Exemplars picks up to perGroup quotes of code for each value of attr,
// chosen for being typical of everything coded with it (closest to the
// centroid of the coded passages' stemmed words), each from a different
// interview where possible.
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
		out[g] = pickDistinctDocs(qs, perGroup)
	}
	return out, nil
}

// span is a stretch of a document: rune offsets [start, end).
type span struct {
	doc        string
	start, end int
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
	texts, err := ds.spanTexts(ctx, spans)
	if err != nil {
		return err
	}
	vectors, err := termVectors(ctx, spans, texts)
	if err != nil {
		return err
	}
	if ds.ranked == nil {
		ds.ranked = map[string][]Quote{}
	}
	for _, c := range todo {
		ds.ranked[c] = ds.rank(samples[c], texts, vectors)
	}
	return nil
}

// rank orders a code's passages by cosine similarity to their centroid.
func (ds *Dataset) rank(spans []span, texts map[span]string, vectors map[span]map[string]float64) []Quote {
	centroid := map[string]float64{}
	for _, sp := range spans {
		for t, w := range vectors[sp] {
			centroid[t] += w
		}
	}
	norm := vectorNorm(centroid)
	qs := make([]Quote, 0, len(spans))
	for _, sp := range spans {
		d := ds.Docs[ds.docIndex[sp.doc]]
		qs = append(qs, Quote{Document: d.ID, Programme: d.Attr("programme"), Role: d.Attr("role"),
			Speaker: ds.Speaker(d.ID, sp.start), Start: sp.start, End: sp.end, Text: texts[sp],
			Typicality: cosineWith(vectors[sp], centroid, norm)})
	}
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
	return qs
}

// spanTexts reads the text of every span, one document at a time. The
// texts are copies: a quote must not keep its whole transcript in memory.
func (ds *Dataset) spanTexts(ctx context.Context, spans []span) (map[span]string, error) {
	byDoc := map[string][]span{}
	for _, sp := range spans {
		byDoc[sp.doc] = append(byDoc[sp.doc], sp)
	}
	out := make(map[span]string, len(spans))
	var rt corpus.RuneText
	err := ds.store.EachText(ctx, func(doc, text string) error {
		if len(byDoc[doc]) == 0 {
			return nil
		}
		rt.Reset(text)
		for _, sp := range byDoc[doc] {
			out[sp] = strings.Clone(rt.Slice(sp.start, sp.end))
		}
		return nil
	})
	return out, err
}

// termVectors computes the passages' term vectors on every core.
func termVectors(ctx context.Context, spans []span, texts map[span]string) (map[span]map[string]float64, error) {
	vecs := make([]map[string]float64, len(spans))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				vecs[i] = termVector(texts[spans[i]])
			}
		}()
	}
	var err error
	for i := range spans {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	out := make(map[span]map[string]float64, len(spans))
	for i, sp := range spans {
		out[sp] = vecs[i]
	}
	return out, nil
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
	type passages struct {
		progs  []string
		byProg map[string][]span
		last   span
	}
	want := map[string]*passages{}
	for _, c := range codes {
		want[c] = &passages{byProg: map[string][]span{}}
	}
	ancestors := map[string][]string{}
	for _, c := range ds.Codings {
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
			p := ds.Docs[ds.docIndex[c.DocID]].Attr("programme")
			if _, ok := ps.byProg[p]; !ok {
				ps.progs = append(ps.progs, p)
			}
			ps.byProg[p] = append(ps.byProg[p], sp)
		}
	}
	out := map[string][]span{}
	for c, ps := range want {
		var all []span
		for _, p := range ps.progs {
			all = append(all, evenSample(ps.byProg[p], maxPassagesPerProgramme)...)
		}
		out[c] = all
	}
	return out
}

// evenSample takes n of spans spread evenly over them (all when fewer).
func evenSample(spans []span, n int) []span {
	if len(spans) <= n {
		return spans
	}
	out := make([]span, n)
	for i := range out {
		out[i] = spans[i*len(spans)/n]
	}
	return out
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
