package corpus

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// A phrase of stop words alone ("been through it", "on my own", "there
// for me") has no word in the text field to find its segments by, and
// reading every segment's text for it took 1.6 s at 10,000 interviews. So
// the index also holds, in the field "pairs", each two adjacent words of a
// segment that are both stop words, as one term of their two stems
// ("been through", "through it"). Such a phrase's candidates are the
// segments that have all its pairs; their text is then checked as any
// phrase's is (phrase.go), since the pairs can be in another order. The
// field stores nothing and keeps no positions: it only finds candidates.
//
// A word counts as a stop word here when its stem is the stem of one, so
// that every word the check would take for a phrase's stop word (the same
// stem) is paired in the text as it is in the phrase: the candidates are
// never fewer than the true hits.

// PairsAnalyser is the name of the analyser of the pairs field.
const PairsAnalyser = "groundwork_en_stop_pairs"

// pairsField is the field of adjacent stop-word pairs.
const pairsField = "pairs"

// stopPairsFilter is the name of the token filter that turns a stream of
// stems into the pairs of adjacent stop words.
const stopPairsFilter = "groundwork_stop_pairs"

// stopPairs is the stop-pairs token filter: stems holds the stems of
// bleve's English stop words.
type stopPairs struct{ stems map[string]bool }

func newStopPairs() (stopPairs, error) {
	words := analysis.NewTokenMap()
	if err := words.LoadBytes(en.EnglishStopWords); err != nil {
		return stopPairs{}, fmt.Errorf("reading bleve's English stop words: %w", err)
	}
	stemmer := porter.NewPorterStemmer()
	p := stopPairs{stems: make(map[string]bool, len(words))}
	for w := range words {
		for _, t := range stemmer.Filter(analysis.TokenStream{{Term: []byte(w)}}) {
			p.stems[string(t.Term)] = true
		}
	}
	return p, nil
}

// Filter returns a term for each two adjacent tokens whose stems are both
// stop words' stems: the two stems with a space between.
func (p stopPairs) Filter(in analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream
	for i := 0; i+1 < len(in); i++ {
		a, b := in[i], in[i+1]
		if b.Position != a.Position+1 || !p.stems[string(a.Term)] || !p.stems[string(b.Term)] {
			continue
		}
		term := make([]byte, 0, len(a.Term)+1+len(b.Term))
		term = append(append(append(term, a.Term...), ' '), b.Term...)
		out = append(out, &analysis.Token{Term: term, Start: a.Start, End: b.End,
			Position: len(out) + 1, Type: a.Type})
	}
	return out
}

// pairsConfig is the pairs analyser's definition for an index mapping:
// the text analyser's words and stems, stop words kept, then paired.
func pairsConfig() map[string]interface{} {
	return map[string]interface{}{
		"type":          "custom",
		"tokenizer":     unicode.Name,
		"token_filters": append(analyserFilters(false), stopPairsFilter),
	}
}
