package codebook

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that no input makes Parse panic, and that a codebook it
// accepts is consistent: every code reachable from the roots, compilable
// rules, a tree that can be written. Seeds are in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add([]byte(treeYAML))
	f.Add([]byte(rulesYAML))
	f.Add([]byte("codes:\n  - id: a\n    definition: A.\n    rules:\n      - near: [[a*, 'b * c'], [d]]\n        within: 2\n        unless: [e]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cb, err := Parse("fuzz.yaml", data)
		if err != nil {
			if cb != nil {
				t.Fatal("codebook returned with an error")
			}
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		seen := 0
		var walk func(c *Code, depth int)
		walk = func(c *Code, depth int) {
			seen++
			if c.Depth != depth || seen > len(cb.Codes()) {
				t.Fatalf("bad tree at %s", c.ID)
			}
			for _, ch := range c.Children() {
				if ch.Parent() != c || ch.ParentID != c.ID {
					t.Fatalf("bad parent link %s -> %s", ch.ID, c.ID)
				}
				walk(ch, depth+1)
			}
		}
		for _, r := range cb.Roots() {
			walk(r, 0)
		}
		if seen != len(cb.Codes()) {
			t.Fatalf("%d codes reachable of %d", seen, len(cb.Codes()))
		}
		for _, c := range cb.Codes() {
			if got, ok := cb.Code(c.ID); !ok || got != c || cb.Family(c.ID) == nil {
				t.Fatalf("lookup of %q fails", c.ID)
			}
		}
		for _, g := range cb.Groups() {
			cb.GroupCodes(g.Name)
		}
		m, err := Compile(cb)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, string(data), m.Match(Input{Text: string(data)}))
		if err := WriteTree(&bytes.Buffer{}, cb); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzMatch checks the tokenizer's offsets and sentences, the stem prefix
// property the matcher relies on, and that hits' spans cover exactly their
// words, on any text.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"Nobody to talk to. She rang me at midnight!",
		"😀 “Café” — she’s naïve carers’ friend… I don’t know. Dr. Who e.g. 3.5",
		"volunteer volunteering\n\nboundaries football match",
		"it's it’s it＇s itʼs 's '' ' x'y",
		"\xff\xfe broken \xc3 utf8",
	} {
		f.Add(s)
	}
	peer, _ := Compile(peerSupport(f))
	rules, err := Parse("rules.yaml", []byte(rulesYAML))
	if err != nil {
		f.Fatal(err)
	}
	small, _ := Compile(rules)
	f.Fuzz(func(t *testing.T, text string) {
		runes := []rune(text)
		toks := Tokenize(text)
		prevEnd, prevSent := 0, 0
		// Rune offsets are defined for valid UTF-8, all a project holds
		// (ingest refuses anything else): in invalid bytes the word
		// boundaries may cut where []rune does not.
		valid := utf8.ValidString(text)
		for _, tk := range toks {
			if tk.Start < prevEnd || tk.End <= tk.Start || (valid && tk.End > len(runes)) {
				t.Fatalf("bad offsets %+v after %d", tk, prevEnd)
			}
			if valid && string(runes[tk.Start:tk.End]) != tk.Text {
				t.Fatalf("runes[%d:%d] = %q, Text %q", tk.Start, tk.End, string(runes[tk.Start:tk.End]), tk.Text)
			}
			if tk.Sentence < prevSent {
				t.Fatalf("sentence went back at %+v", tk)
			}
			if utf8.ValidString(tk.Lower) {
				strip := strings.TrimSuffix(tk.Lower, "'s")
				if strip == "" || len(tk.Lower) <= 2 {
					strip = tk.Lower
				}
				if g := stemGuard(tk.Stem); !strings.HasPrefix(strip, g) {
					t.Fatalf("word %q stem %q: guard %q is not a prefix", strip, tk.Stem, g)
				}
			}
			prevEnd, prevSent = tk.End, tk.Sentence
		}
		// EachStem sees the same words and stems as Tokenize.
		i := 0
		EachStem(text, func(lower []byte) bool {
			if i >= len(toks) || string(lower) != toks[i].Lower {
				t.Fatalf("EachStem word %d is %q; Tokenize has %d words", i, lower, len(toks))
			}
			return true
		}, func(stem []byte) {
			if string(stem) != toks[i].Stem {
				t.Fatalf("EachStem stem %q, Tokenize %q", stem, toks[i].Stem)
			}
			i++
		})
		if i != len(toks) {
			t.Fatalf("EachStem saw %d words, Tokenize %d", i, len(toks))
		}
		for _, m := range []*Matcher{peer, small} {
			hits := m.Match(Input{Text: text, Role: "peer supporter", Speaker: "Maureen"})
			if utf8.ValidString(text) {
				checkSpans(t, text, hits)
			}
			for _, h := range hits {
				if h.Pattern == "" || h.Code == "" || h.Rule == "" {
					t.Fatalf("incomplete hit %+v", h)
				}
			}
			checkMatchStems(t, m, Input{Text: text, Role: "peer supporter", Speaker: "Maureen"}, hits, toks)
		}
	})
}

// checkMatchStems holds MatchStems to Match's hits and to the stems of
// the words its keep accepts (every other word here, by position).
func checkMatchStems(t *testing.T, m *Matcher, in Input, hits []Hit, toks []Token) {
	t.Helper()
	var want []string
	for i, tk := range toks {
		if i%2 == 0 {
			want = append(want, tk.Stem)
		}
	}
	var got []string
	word := 0
	keep := func([]byte) bool { word++; return word%2 == 1 }
	gotHits := m.MatchStems(in, keep, func(stem []byte) { got = append(got, string(stem)) })
	if fmt.Sprint(gotHits) != fmt.Sprint(hits) {
		t.Fatalf("MatchStems(%q) hits %v, Match %v", in.Text, gotHits, hits)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("MatchStems(%q) stems %q, want %q", in.Text, got, want)
	}
}
