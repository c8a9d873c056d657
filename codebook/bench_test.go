package codebook

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// syntheticSegments builds deterministic interview-like text: segments of
// about segWords words, made of common words with codebook vocabulary
// sprinkled in, in sentences with punctuation. It returns the segments and
// their total number of words.
func syntheticSegments(totalWords, segWords int) ([]string, int) {
	common := strings.Fields(`I you he she it we they the a an and but or so
		because that this there was were is are be been have had has do did
		don't didn't it's I'm you know like just really well um yeah think said
		went got came home time week day people one thing things bit lot about
		with for from at on in to of up out when what who how then now again
		mum dad husband wife daughter son nurse doctor ward hospital phone
		Thursday morning night coffee tea kitchen car shop church group`)
	special := strings.Fields(`support supported listened listening lonely
		isolated alone matched matching volunteer volunteers training trained
		supervision debrief boundaries confidential policy guidance mobile
		texted midnight friendship rewarding purpose tablets medication inhaler
		oxygen forms benefits allowance appointment professional nurses
		been through understood encouraged hope reassured grief burnout
		swapped mismatch café naïve Zoë`)
	r := rand.New(rand.NewPCG(1, 2))
	var segs []string
	var b strings.Builder
	words, inSeg, inSent := 0, 0, 0
	for words < totalWords {
		var w string
		if r.IntN(12) == 0 {
			w = special[r.IntN(len(special))]
		} else {
			w = common[r.IntN(len(common))]
		}
		if inSent == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		words++
		inSeg++
		inSent++
		if inSent > 4 && r.IntN(10) == 0 {
			b.WriteString([]string{".", ".", "?", "!", ",", "…"}[r.IntN(6)])
			if b.String()[b.Len()-1] != ',' {
				inSent = 0
				b.WriteByte(' ')
			}
		}
		if inSeg >= segWords {
			b.WriteByte('.')
			segs = append(segs, b.String())
			b.Reset()
			inSeg, inSent = 0, 0
		}
	}
	if b.Len() > 0 {
		segs = append(segs, b.String())
	}
	return segs, words
}

func benchMatcher(b *testing.B) *Matcher {
	b.Helper()
	m, err := Compile(peerSupport(b))
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkMatch runs the peer-support rules over about 100k words of
// synthetic text in segments of 100 words and reports words per second.
func BenchmarkMatch(b *testing.B) {
	m := benchMatcher(b)
	segs, words := syntheticSegments(100_000, 100)
	b.ResetTimer()
	hits := 0
	for b.Loop() {
		for _, s := range segs {
			hits += len(m.Match(Input{Text: s, Role: "patient"}))
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if hits == 0 {
		b.Fatal("no hits")
	}
}

// BenchmarkMatchOneText matches the same words as one long text.
func BenchmarkMatchOneText(b *testing.B) {
	m := benchMatcher(b)
	segs, words := syntheticSegments(100_000, 100)
	text := strings.Join(segs, "\n\n")
	b.ResetTimer()
	for b.Loop() {
		m.Match(Input{Text: text})
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	segs, words := syntheticSegments(100_000, 100)
	text := strings.Join(segs, "\n\n")
	for b.Loop() {
		Tokenize(text)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
