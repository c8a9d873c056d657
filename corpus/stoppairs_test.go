package corpus

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestStopPairs: the pairs field holds each two adjacent words that are
// both stop words, as their stems, across punctuation as a phrase reads
// words; a word that is not a stop word breaks the run.
func TestStopPairs(t *testing.T) {
	an := IndexMapping().AnalyzerNamed(PairsAnalyser)
	if an == nil {
		t.Fatal("no pairs analyser in the index mapping")
	}
	var got []string
	for _, tk := range an.Analyze([]byte("I’ve been through it, on my own. Nurses were there for me")) {
		got = append(got, string(tk.Term))
	}
	want := []string{"i'v been", "been through", "through it", "it on", "on my", "my own", "were there", "there for", "for me"}
	if !slices.Equal(got, want) {
		t.Errorf("pairs %q, want %q", got, want)
	}
}

// TestStopWordPhraseCandidates: a phrase of stop words alone finds its
// candidates by its pairs, not by reading every segment.
func TestStopWordPhraseCandidates(t *testing.T) {
	m := IndexMapping()
	q, ok := phraseQuery("been through it", m.AnalyzerNamed(Analyser), m.AnalyzerNamed(PairsAnalyser)).(*checkedPhrase)
	if !ok {
		t.Fatal("a phrase of stop words is not checked against the text")
	}
	if !slices.Equal(q.pairs, []string{"been through", "through it"}) {
		t.Errorf("pairs %q", q.pairs)
	}
	if _, ok := q.candidates().(*query.ConjunctionQuery); !ok {
		t.Errorf("candidates are %T, want the segments with every pair", q.candidates())
	}
}
