package analysis

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"

	"github.com/groundwork-qda/groundwork/codebook"
)

// The learned suggester reads a segment as the search index does: the
// Porter stems of its words (codebook.Tokenize, which a test holds equal
// to the index's analysis), leaving out English stop words, and the pairs
// of stems next to each other; each weighted by tf-idf (sublinear term
// frequency, smoothed inverse document frequency) and the vector scaled to
// length one.

// indexStops is the index's English stop-word list.
type indexStops map[string]bool

func newIndexStops() indexStops {
	sw := indexStops{}
	sc := bufio.NewScanner(bytes.NewReader(en.EnglishStopWords))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "|")
		for _, w := range strings.Fields(line) {
			sw[w] = true
		}
	}
	return sw
}

// terms calls fn with each feature of text: its non-stop stems and the
// pairs of consecutive ones ("stem1 stem2").
func (sw indexStops) terms(text string, fn func(term string)) {
	sw.termSpans(text, func(term string, _, _ int) { fn(term) })
}

// termSpans is terms with the byte span of text each term was said in: a
// stem's word, a pair's words from the first to the second.
func (sw indexStops) termSpans(text string, fn func(term string, start, end int)) {
	prev, prevStart := "", 0
	codebook.EachWordStem(text, sw.keep, func(start, end int, stem []byte) {
		if len(stem) == 0 {
			return
		}
		s := string(stem)
		fn(s, start, end)
		if prev != "" {
			fn(prev+" "+s, prevStart, end)
		}
		prev, prevStart = s, start
	})
}

// keep accepts a lower-case word that is not a stop word.
func (sw indexStops) keep(lower []byte) bool {
	return !sw[string(bytes.TrimSuffix(lower, []byte("'s")))]
}

// vocabulary numbers the features seen in at least minDF segments.
type vocabulary struct {
	index map[string]int32
	terms []string
	idf   []float32
}

// minDF is how many segments a feature must appear in to be kept: rarer
// ones cannot generalise and only cost memory.
const minDF = 2

// newVocabulary builds the vocabulary of the texts, counting each feature
// once per text.
func newVocabulary(sw indexStops, texts func(fn func(text string))) *vocabulary {
	df := map[string]int{}
	n := 0
	texts(func(text string) {
		n++
		seen := map[string]bool{}
		sw.terms(text, func(term string) {
			if !seen[term] {
				seen[term] = true
				df[term]++
			}
		})
	})
	v := &vocabulary{index: map[string]int32{}}
	for term, d := range df {
		if d >= minDF {
			v.terms = append(v.terms, term)
		}
	}
	sort.Strings(v.terms) // deterministic columns
	v.idf = make([]float32, len(v.terms))
	for i, term := range v.terms {
		v.index[term] = int32(i)
		v.idf[i] = float32(math.Log(float64(n+1)/float64(df[term]+1)) + 1)
	}
	return v
}

// sparse is a feature vector: sorted columns and their values.
type sparse struct {
	cols []int32
	vals []float32
}

// vector turns a text into its tf-idf vector, scaled to length one.
func (v *vocabulary) vector(sw indexStops, text string) sparse {
	tf := map[int32]uint32{}
	sw.terms(text, func(term string) {
		if c, ok := v.index[term]; ok {
			tf[c]++
		}
	})
	in := make([]colCount, 0, len(tf))
	for c, n := range tf {
		in = append(in, colCount{c, n})
	}
	return tfidf(in, v.idf)
}

// colCount is a column and how many times its term occurs.
type colCount struct {
	col   int32
	count uint32
}

// tfidf weighs the counts (sublinear term frequency times idf) and scales
// the vector to length one.
func tfidf(in []colCount, idf []float32) sparse {
	inv := sortAndScale(in, idf)
	s := sparse{cols: make([]int32, len(in)), vals: make([]float32, len(in))}
	for i, cc := range in {
		s.cols[i], s.vals[i] = cc.col, termWeight(cc.count, idf[cc.col])*inv
	}
	return s
}

// sortAndScale sorts the counts by column and returns what scales their
// weights to a vector of length one.
func sortAndScale(in []colCount, idf []float32) float32 {
	slices.SortFunc(in, func(a, b colCount) int { return int(a.col - b.col) })
	var norm float64
	for _, cc := range in {
		w := termWeight(cc.count, idf[cc.col])
		norm += float64(w) * float64(w)
	}
	if norm == 0 {
		return 1
	}
	return float32(1 / math.Sqrt(norm))
}

// termWeight is a term's weight in a segment before scaling: sublinear
// term frequency times idf.
func termWeight(count uint32, idf float32) float32 {
	if count == 1 {
		return idf // 1 + log 1 is exactly 1
	}
	return (1 + float32(math.Log(float64(count)))) * idf
}

// packed is a tf-idf vector held compactly, for the segments learning only
// scores: its columns as gaps and its counts (varints: a gap is doubled,
// plus one when a count other than one follows), and the factor scaling
// it to length one. unpack works its values out again exactly as tfidf
// does, to the bit, from a quarter of the memory.
type packed struct {
	enc []byte
	inv float32
}

// pack sorts the counts and packs their tf-idf vector, appending its
// encoding to buf.
func pack(in []colCount, idf []float32, buf []byte) ([]byte, packed) {
	inv := sortAndScale(in, idf)
	start := len(buf)
	prev := int32(0)
	for _, cc := range in {
		gap := uint64(cc.col-prev) << 1
		prev = cc.col
		if cc.count != 1 {
			buf = binary.AppendUvarint(buf, gap|1)
			buf = binary.AppendUvarint(buf, uint64(cc.count))
			continue
		}
		buf = binary.AppendUvarint(buf, gap)
	}
	if len(buf) == start {
		return buf, packed{inv: inv} // no term of the vocabulary: nothing to hold
	}
	return buf, packed{enc: buf[start:len(buf):len(buf)], inv: inv}
}

// unpack writes the packed vector into s (reusing its slices).
func (p packed) unpack(idf []float32, s *sparse) {
	s.cols, s.vals = s.cols[:0], s.vals[:0]
	col := uint64(0)
	for pos := 0; pos < len(p.enc); {
		v, n := binary.Uvarint(p.enc[pos:])
		pos += n
		col += v >> 1
		count := uint64(1)
		if v&1 != 0 {
			count, n = binary.Uvarint(p.enc[pos:])
			pos += n
		}
		s.cols = append(s.cols, int32(col))
		s.vals = append(s.vals, termWeight(uint32(count), idf[col])*p.inv)
	}
}

// dot is the product of a sparse vector with dense weights.
func (s sparse) dot(w []float64) float64 {
	var sum float64
	for i, c := range s.cols {
		sum += float64(s.vals[i]) * w[c]
	}
	return sum
}

// cosine is the product of two vectors of length one.
func (s sparse) cosine(o sparse) float64 {
	var sum float64
	i, j := 0, 0
	for i < len(s.cols) && j < len(o.cols) {
		switch {
		case s.cols[i] == o.cols[j]:
			sum += float64(s.vals[i]) * float64(o.vals[j])
			i++
			j++
		case s.cols[i] < o.cols[j]:
			i++
		default:
			j++
		}
	}
	return sum
}
