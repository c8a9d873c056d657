package corpus

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/custom" // the "custom" analyser type
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// The index analyses text exactly as the codebook's rules do
// (codebook.Tokenize): Unicode word boundaries, apostrophes written alike,
// a possessive 's dropped, lower case, and the Porter stem; the index also
// drops English stop words. A test holds the two to the same terms.

// Analyser is the name of the analyser of the text field.
const Analyser = "groundwork_en"

// apostropheFilter is the name of the token filter that writes the
// apostrophes ’ ＇ ʼ as ', so that "I’m" in a transcript and "I'm" in a
// search or a rule are the same word. It changes terms only, never their
// offsets, which a character filter would.
const apostropheFilter = "groundwork_apostrophe"

// Registering in bleve's registry is how bleve is extended: once per process.
func init() {
	registry.RegisterTokenFilter(apostropheFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return apostrophes{}, nil
	})
}

type apostrophes struct{}

func (apostrophes) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = normaliseApostrophes(t.Term)
	}
	return in
}

// normaliseApostrophes writes ’ ＇ ʼ as ' (in place: ' is shorter).
func normaliseApostrophes(b []byte) []byte {
	ascii := true
	for _, c := range b {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return b
	}
	out := b[:0]
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == '’' || r == '＇' || r == 'ʼ' {
			out = append(out, '\'')
		} else {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

// analyserFilters are the analyser's token filters, in order; withStops
// includes the stop-word filter (the index's analyser does).
func analyserFilters(withStops bool) []interface{} {
	f := []interface{}{apostropheFilter, en.PossessiveName, lowercase.Name}
	if withStops {
		f = append(f, en.StopName)
	}
	return append(f, porter.Name)
}

// analyserConfig is the custom analyser's definition for an index mapping.
func analyserConfig(withStops bool) map[string]interface{} {
	return map[string]interface{}{
		"type":          "custom",
		"tokenizer":     unicode.Name,
		"token_filters": analyserFilters(withStops),
	}
}
