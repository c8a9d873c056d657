package corpus_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/demo"
)

// analysers returns the index's analyser and the same without its stop
// words, built from the index mapping as bleve builds them.
func analysers(t testing.TB) (withStops, all analysis.Analyzer) {
	t.Helper()
	im := corpus.IndexMapping()
	withStops = im.AnalyzerNamed(corpus.Analyser)
	m := bleve.NewIndexMapping()
	err := m.AddCustomAnalyzer("nostops", map[string]interface{}{
		"type": "custom", "tokenizer": unicode.Name,
		"token_filters": []interface{}{"groundwork_apostrophe", en.PossessiveName, lowercase.Name, porter.Name},
	})
	if err != nil {
		t.Fatal(err)
	}
	all = m.AnalyzerNamed("nostops")
	if withStops == nil || all == nil {
		t.Fatal("the analysers could not be built")
	}
	return withStops, all
}

// sameTerms reports where the rules' tokenizer and the index's analyser
// (without stop words) disagree on text: the same words at the same
// places with the same stems, and the index's stop words among them.
func sameTerms(text string, withStops, all analysis.Analyzer) error {
	toks := codebook.Tokenize(text)
	bl := all.Analyze([]byte(text))
	if len(toks) != len(bl) {
		return fmt.Errorf("%d words for the rules, %d for the index", len(toks), len(bl))
	}
	byteAt := runeToByte(text)
	for i, tk := range toks {
		b := bl[i]
		if byteAt[tk.Start] != b.Start || byteAt[tk.End] != b.End || tk.Stem != string(b.Term) {
			return fmt.Errorf("word %d: the rules read %q as %q, the index %q as %q",
				i, tk.Text, tk.Stem, text[b.Start:b.End], b.Term)
		}
	}
	kept := map[int]string{}
	for _, b := range withStops.Analyze([]byte(text)) {
		kept[b.Start] = string(b.Term)
	}
	for _, b := range bl {
		if s, ok := kept[b.Start]; ok && s != string(b.Term) {
			return fmt.Errorf("the stop-word filter changed %q", b.Term)
		}
	}
	return nil
}

func runeToByte(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

func TestRulesAnalyseAsTheIndex(t *testing.T) {
	withStops, all := analysers(t)
	names, err := demo.Transcripts()
	if err != nil {
		t.Fatal(err)
	}
	words := 0
	for _, n := range names {
		b, err := demo.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		words += len(all.Analyze(b))
		if err := sameTerms(string(b), withStops, all); err != nil {
			t.Errorf("demo %s: %v", n, err)
		}
	}
	t.Logf("demo study: %d words read alike", words)
}

// TestRulesAnalyseAsTheIndexOnRealTranscripts runs over every real
// transcript in ../shared (skipped, as a whole, when it is absent).
func TestRulesAnalyseAsTheIndexOnRealTranscripts(t *testing.T) {
	files, _ := filepath.Glob("../../shared/real-transcripts/*/*")
	if len(files) == 0 {
		t.Skip("../shared/real-transcripts is not beside the repository")
	}
	withStops, all := analysers(t)
	words := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || !utf8.Valid(b) {
			continue // binary files (docx, TextGrid in UTF-16) are read by their parsers
		}
		words += len(all.Analyze(b))
		if err := sameTerms(string(b), withStops, all); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	t.Logf("%d files, %d words read alike", len(files), words)
}

func FuzzRulesAnalyseAsTheIndex(f *testing.F) {
	for _, s := range []string{"I’m Mum's friend. Dr. Smith, e.g. 3.5 self-care", "ΣΊΣΥΦΟΣ café naïve ʼs", "don't'' ’s' x'", "a_b c.d 1,000 U.S. align:start"} {
		f.Add(s)
	}
	withStops, all := analysers(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // canonical texts are valid UTF-8
		}
		if err := sameTerms(s, withStops, all); err != nil {
			t.Fatal(err)
		}
	})
}
