package codebook

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []string // "Text/Lower/Stem/Sentence"
		check bool     // also check offsets (always done)
	}{
		{
			name: "apostrophes and possessives",
			text: "Don't worry, it's Mum’s café",
			want: []string{"Don't/don't/don't/0", "worry/worry/worri/0", "it's/it's/it/0", "Mum’s/mum's/mum/0", "café/café/café/0"},
		},
		{
			name: "quotes and plural possessive",
			text: "'hello' in the parents' room",
			want: []string{"hello/hello/hello/0", "in/in/in/0", "the/the/the/0", "parents/parents/parent/0", "room/room/room/0"},
		},
		{
			name: "stems",
			text: "Boundaries boundary listened volunteering",
			want: []string{"Boundaries/boundaries/boundari/0", "boundary/boundary/boundari/0", "listened/listened/listen/0", "volunteering/volunteering/volunt/0"},
		},
		{
			name: "hyphens and numbers",
			text: "one-to-one 24/7 3.5",
			// As the index splits words (Unicode word boundaries): 3.5 is one.
			want: []string{"one/one/on/0", "to/to/to/0", "one/one/on/0", "24/24/24/0", "7/7/7/0", "3.5/3.5/3.5/0"},
		},
		{
			name: "sentences",
			text: "Dr. Smith came. Then e.g. this? Yes! Well… ok. “Quoted.” Next\n\nNew para",
			want: []string{"Dr/dr/dr/0", "Smith/smith/smith/0", "came/came/came/0",
				"Then/then/then/1", "e.g/e.g/e.g/1", "this/this/thi/1",
				"Yes/yes/ye/2", "Well/well/well/3", "ok/ok/ok/4",
				"Quoted/quoted/quot/5", "Next/next/next/6", "New/new/new/7", "para/para/para/7"},
		},
		{
			name: "I at the end of a sentence",
			text: "It was me and I. Then more",
			want: []string{"It/it/it/0", "was/was/wa/0", "me/me/me/0", "and/and/and/0", "I/i/i/0", "Then/then/then/1", "more/more/more/1"},
		},
		{
			name: "emoji and marks",
			text: "😀 naïve ❤️ Zoë's e\u0301te",
			want: []string{"naïve/naïve/naïv/0", "Zoë's/zoë's/zoë/0", "e\u0301te/e\u0301te/e\u0301t/0"},
		},
		{
			name: "empty",
			text: "  ... ?!  ",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			var got []string
			runes := []rune(tt.text)
			for _, tk := range toks {
				got = append(got, fmt.Sprintf("%s/%s/%s/%d", tk.Text, tk.Lower, tk.Stem, tk.Sentence))
				if s := string(runes[tk.Start:tk.End]); s != tk.Text {
					t.Errorf("runes[%d:%d] = %q, want %q", tk.Start, tk.End, s, tk.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "“Bien sûr,” she said — c’est ça! 😀😀 Ünïcödé… and Mrs. O’Brien’s dog."
	toks := Tokenize(text)
	runes := []rune(text)
	prev := -1
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(runes) {
			t.Fatalf("bad offsets %+v", tk)
		}
		prev = tk.End
		if got := string(runes[tk.Start:tk.End]); got != tk.Text {
			t.Errorf("span %d:%d = %q, Text = %q", tk.Start, tk.End, got, tk.Text)
		}
	}
	var words []string
	for _, tk := range toks {
		words = append(words, tk.Text)
	}
	want := "Bien sûr she said c’est ça Ünïcödé and Mrs O’Brien’s dog"
	if strings.Join(words, " ") != want {
		t.Errorf("words = %q", strings.Join(words, " "))
	}
}

// TestStemGuard checks the property the matcher's trie relies on: a word
// begins with stemGuard of its stem.
func TestStemGuard(t *testing.T) {
	var words []string
	for _, name := range TemplateNames() {
		data, _ := Template(name)
		for _, tk := range Tokenize(string(data)) {
			words = append(words, tk.Lower)
		}
	}
	words = append(words, "relational", "conditional", "happily", "hopping", "hoping",
		"possibly", "agreeable", "ability", "sensibility", "rationalization",
		"generalizations", "operator", "feudalism", "decisiveness", "hopefulness",
		"callousness", "formality", "sensitivity", "triplicate", "formative",
		"formalize", "electricity", "electrical", "hopeful", "goodness", "revival",
		"allowance", "inference", "airliner", "gyroscopic", "adjustable",
		"defensible", "irritant", "replacement", "adjustment", "dependent",
		"adoption", "homologou", "communism", "activate", "angulariti", "homologous",
		"effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll",
		"ied", "ies", "bly", "ably", "ency", "ancy", "izer", "ation", "abli", "ator",
		"enci", "anci", "iviti", "biliti", "alism", "ousli", "entli", "eli", "alli",
		"logy", "bling", "ized", "at", "y", "yy", "ye", "sky", "dying", "lying",
		"disability", "ability", "probability", "sensibility", "troubling",
		"visibility", "mobility", "stability", "nobility", "liability")
	for _, w := range words {
		lower := stripPossessive([]byte(w))
		var st stemmer
		ascii := utf8.ValidString(w) && len(w) == utf8.RuneCountInString(w)
		stem := string(st.stem(lower, ascii))
		if g := stemGuard(stem); !strings.HasPrefix(string(lower), g) {
			t.Errorf("word %q stem %q guard %q is not a prefix", lower, stem, g)
		}
	}
}

// TestEachWordStemCachedIsEachWordStem: with one cache kept across texts
// (so that most words are looked up), and past the cache's bound, the
// words, offsets and stems are EachWordStem's.
func TestEachWordStemCachedIsEachWordStem(t *testing.T) {
	texts := []string{
		"Mum's friend's boundaries; the coordinator's coordinators. I'd say it's been through it.",
		"Café’s naïve KELVIN \u212a\u212aelvin İstanbul ʼtis ＇twas DON’T don't Don＇t e-mail 3.5 x y zz",
		"ÉTÉ été Straße STRASSE ǅemal Ǆ ǆ ﬁne ﬁnest \u0301accent a\u0301b",
	}
	for _, name := range TemplateNames() {
		data, _ := Template(name)
		texts = append(texts, string(data))
	}
	var words strings.Builder
	for i := range maxCachedStems + 5000 { // past the bound
		n := i
		words.WriteString("w")
		for ; n > 0; n /= 26 {
			words.WriteByte(byte('a' + n%26))
		}
		words.WriteString("ings ")
	}
	texts = append(texts, words.String())
	texts = append(texts, texts...) // the second time round, from the cache
	type word struct {
		start, end int
		stem       string
	}
	var c StemCache
	for _, text := range texts {
		var want, got []word
		EachWordStem(text, func([]byte) bool { return true }, func(start, end int, stem []byte) {
			want = append(want, word{start, end, string(stem)})
		})
		EachWordStemCached(text, &c, func(start, end int, stem []byte) {
			got = append(got, word{start, end, string(stem)})
		})
		if !slices.Equal(got, want) {
			t.Fatalf("%.60q: cached %v\nwant %v", text, got[:min(len(got), 20)], want[:min(len(want), 20)])
		}
	}
	if n := len(c.m[0]) + len(c.m[1]); n > 2*maxCachedStems || len(c.m[1]) != maxCachedStems {
		t.Errorf("cache holds %d + %d stems", len(c.m[0]), len(c.m[1]))
	}
}

func FuzzEachWordStemCached(f *testing.F) {
	f.Add("Mum's coordinator’s KELVIN \u212aelvin naïve")
	var c StemCache // kept across inputs
	f.Fuzz(func(t *testing.T, text string) {
		var want, got []string
		EachWordStem(text, func([]byte) bool { return true }, func(start, end int, stem []byte) {
			want = append(want, fmt.Sprint(start, end, string(stem)))
		})
		EachWordStemCached(text, &c, func(start, end int, stem []byte) {
			got = append(got, fmt.Sprint(start, end, string(stem)))
		})
		if !slices.Equal(got, want) {
			t.Fatalf("%q: cached %v, want %v", text, got, want)
		}
	})
}
