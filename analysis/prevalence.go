package analysis

import (
	"math"
	"sort"
	"strings"

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
func Exemplars(ds *Dataset, code, attr string, perGroup int) map[string][]Quote {
	byGroup := map[string][]Quote{}
	attrOf := map[string]string{}
	for _, d := range ds.Docs {
		attrOf[d.ID] = d.Attr(attr)
	}
	for _, q := range ds.rankedQuotes(code) {
		g := attrOf[q.Document]
		byGroup[g] = append(byGroup[g], q)
	}
	out := map[string][]Quote{}
	for g, qs := range byGroup {
		out[g] = pickDistinctDocs(qs, perGroup)
	}
	return out
}

// rankedQuotes returns every distinct passage coded with code (or a
// descendant), most typical first. It is computed once per code and
// dataset: a report asks for the same code's quotes many times.
func (ds *Dataset) rankedQuotes(code string) []Quote {
	if qs, ok := ds.ranked[code]; ok {
		return qs
	}
	type passage struct {
		c   *corpus.Coding
		vec map[string]float64
	}
	docs := map[string]*corpus.Document{}
	for _, d := range ds.Docs {
		docs[d.ID] = d
	}
	var ps []passage
	centroid := map[string]float64{}
	for _, c := range ds.samplePassages(code, docs) {
		v := ds.vector(spanKey{c.DocID, c.Start, c.End, ""}, c.Quote)
		ps = append(ps, passage{c, v})
		for t, w := range v {
			centroid[t] += w
		}
	}
	norm := vectorNorm(centroid)
	var qs []Quote
	for _, p := range ps {
		d := docs[p.c.DocID]
		if d == nil {
			continue
		}
		qs = append(qs, Quote{Document: d.ID, Programme: d.Attr("programme"), Role: d.Attr("role"),
			Speaker: ds.Speaker(d.ID, p.c.Start), Start: p.c.Start, End: p.c.End, Text: p.c.Quote,
			Typicality: cosineWith(p.vec, centroid, norm)})
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
	if ds.ranked == nil {
		ds.ranked = map[string][]Quote{}
	}
	ds.ranked[code] = qs
	return qs
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
	for _, t := range codebook.Tokenize(text) {
		if len(t.Lower) < 3 || stopWords[t.Lower] {
			continue
		}
		v[t.Stem]++
	}
	return v
}

// maxPassagesPerProgramme bounds the passages of one code and programme
// that typicality is computed over. A study has far fewer; at 10,000
// interviews it keeps the report's time and memory in bounds, and a
// programme's exemplars are still the most typical of an even sample of it.
const maxPassagesPerProgramme = 100

// samplePassages returns the distinct passages coded with code, at most
// maxPassagesPerProgramme per programme, taken evenly across each
// programme's interviews (deterministic: in document order).
func (ds *Dataset) samplePassages(code string, docs map[string]*corpus.Document) []*corpus.Coding {
	seen := map[spanKey]bool{}
	byProg := map[string][]*corpus.Coding{}
	var progs []string
	for _, c := range ds.CodingsOf(code) {
		k := spanKey{c.DocID, c.Start, c.End, ""}
		if seen[k] {
			continue
		}
		seen[k] = true
		p := ""
		if d := docs[c.DocID]; d != nil {
			p = d.Attr("programme")
		}
		if _, ok := byProg[p]; !ok {
			progs = append(progs, p)
		}
		byProg[p] = append(byProg[p], c)
	}
	var out []*corpus.Coding
	for _, p := range progs {
		cs := byProg[p]
		if n := len(cs); n > maxPassagesPerProgramme {
			sample := make([]*corpus.Coding, maxPassagesPerProgramme)
			for i := range sample {
				sample[i] = cs[i*n/maxPassagesPerProgramme]
			}
			cs = sample
		}
		out = append(out, cs...)
	}
	return out
}

// vector returns a passage's term vector, computed once per span: a
// passage coded with several codes is ranked under each of them.
func (ds *Dataset) vector(k spanKey, text string) map[string]float64 {
	if v, ok := ds.vectors[k]; ok {
		return v
	}
	if ds.vectors == nil {
		ds.vectors = map[spanKey]map[string]float64{}
	}
	v := termVector(text)
	ds.vectors[k] = v
	return v
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
