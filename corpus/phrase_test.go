package corpus

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/ingest/demo"
)

// phraseStore is an index of texts written in several transactions, one
// of them replacing a document, so that it has several file segments and
// deleted documents among them (as a project's index has after edits).
func phraseStore(t *testing.T, texts map[string]string) *Index {
	t.Helper()
	ctx := context.Background()
	st, path := keptStore(t)
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range texts {
			if !yield(id) {
				return
			}
		}
	})
	for chunk := range slices.Chunk(ids, max(1, len(ids)/12)) {
		err := st.Tx(ctx, func(tx *Tx) error {
			for _, id := range chunk {
				if err := putText(ctx, tx, id, texts[id]); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	err := st.Tx(ctx, func(tx *Tx) error { // a replaced document leaves a deleted one behind
		if err := tx.DeleteDocument(ids[0]); err != nil {
			return err
		}
		return putText(ctx, tx, ids[0], texts[ids[0]])
	})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := OpenIndex(ctx, path, st, func(m string) { t.Errorf("rebuilt: %s", m) }, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func hitKeys(res *SearchResult) []string {
	var keys []string
	for _, h := range res.Hits {
		keys = append(keys, strings.TrimSuffix(h.Segment, "#1"))
	}
	sort.Strings(keys)
	return keys
}

// TestPhraseWithStopWords: a quoted phrase finds its words in this order,
// stop words included, wherever they stand in it; the stop words the index
// leaves out are not wild cards, nor dropped from its ends.
func TestPhraseWithStopWords(t *testing.T) {
	ctx := context.Background()
	ix := phraseStore(t, map[string]string{
		"a": "She rang me late at night about her boundaries.",
		"b": "We talked the night through, late that night.",
		"c": "Every night at the club we met.",
		"d": "We are on the phone Tuesdays, and in the middle of the night you're alone.",
		"e": "I phone her at night.",
		"f": "It was not a doctor, it was a friend.",
		"g": "Nights at home were long.",
		"h": "Late, at night, the house is quiet.",
	})
	tests := []struct{ query, want string }{
		{`"at night"`, "a e h"},    // a stop word first
		{`"night at"`, "c g"},      // last (and "Nights at": words in any form, as plain words)
		{`"late at night"`, "a h"}, // inside: "late that night" is not it; punctuation between words is
		{`"the night"`, "b d"},
		{`"at night" phone`, "e"}, // d has the phone and "the night"
		{`"late at noon"`, ""},    // absent
		{`"at the night"`, ""},    // absent, every word present
		{`"it was"`, "f"},         // stop words alone
		{`"not a doctor"`, "f"},
		{`night`, "a b c d e g h"}, // plain words as before
		{`"the nights at"`, ""},    // would begin before g's text
		{`"late night"`, ""},       // no stop word: bleve's phrase, as before
		{`"phone her"`, "e"},       // "her" is a stop word
		{`night -"at night"`, "b c d g"},
		{`"at night" OR "night at"`, "a c e g h"},
		{`-"at night"`, "b c d f g"},
	}
	for _, tt := range tests {
		res, err := ix.Search(ctx, SearchRequest{Query: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(hitKeys(res), " ")
		if got != tt.want {
			t.Errorf("%s: %q, want %q", tt.query, got, tt.want)
		}
		if res.Total != uint64(len(res.Hits)) {
			t.Errorf("%s: total %d for %d hits", tt.query, res.Total, len(res.Hits))
		}
		n := 0
		for _, f := range res.Facets["programme"] {
			n += f.Count
		}
		if n != len(res.Hits) {
			t.Errorf("%s: the counts by programme add up to %d for %d hits", tt.query, n, len(res.Hits))
		}
		keys, err := ix.SegmentsMatching(ctx, tt.query) // a codebook's query rules
		if err != nil {
			t.Fatal(err)
		}
		var ruleKeys []string
		for k := range keys {
			ruleKeys = append(ruleKeys, strings.TrimSuffix(k, "#1"))
		}
		sort.Strings(ruleKeys)
		if got := strings.Join(ruleKeys, " "); got != tt.want {
			t.Errorf("%s as a query rule: %q, want %q", tt.query, got, tt.want)
		}
	}
	// The phrase is marked, every word of it, and nothing else.
	res, err := ix.Search(ctx, SearchRequest{Query: `"late at night"`, Limit: 1})
	if err != nil || len(res.Hits) == 0 {
		t.Fatal(res, err)
	}
	h := res.Hits[0]
	var marked []string
	for _, m := range h.Matches {
		marked = append(marked, string([]rune(h.Text)[m[0]:m[1]]))
	}
	if got := strings.Join(marked, " "); got != "late at night" && got != "Late at night" {
		t.Errorf("%s: marked %q in %q", h.Segment, got, h.Text)
	}
}

// TestPhrasesMatchBruteForce: over a random text of few words, many of
// them stop words, in an index of several file segments, every phrase of
// two to four words finds exactly the segments whose words, read as the
// rules read them, have the phrase's in a row; totals agree, and pages of
// seven tile the hits with none short.
func TestPhrasesMatchBruteForce(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewSource(7))
	vocab := []string{"at", "the", "night", "late", "a", "phone", "it", "was", "not", "calls", "of", "Nights",
		"It’s", "its", "CAFÉ", "happy", "happiness", "self-care", "The",
		"through", "Through", "there", "There’s", "myself", "about"} // long stop words: phrases of them alone are read around their longest word
	seps := []string{" ", " ", " ", " ", ", ", ". ", "\n\n", " — ", " (", ") "}
	texts := map[string]string{}
	for i := range 120 {
		var b strings.Builder
		for k := range 3 + rng.Intn(12) + rng.Intn(2)*rng.Intn(80) { // some longer than the window read around a place
			if k > 0 {
				b.WriteString(seps[rng.Intn(len(seps))])
			}
			b.WriteString(vocab[rng.Intn(len(vocab))])
		}
		texts[fmt.Sprintf("s%03d", i)] = b.String()
	}
	ix := phraseStore(t, texts)
	stems := map[string][]string{}
	for id, text := range texts {
		for _, w := range codebook.Tokenize(text) {
			stems[id] = append(stems[id], w.Stem)
		}
	}
	has := func(words, phrase []string) bool {
		for i := 0; i+len(phrase) <= len(words); i++ {
			if slices.Equal(words[i:i+len(phrase)], phrase) {
				return true
			}
		}
		return false
	}
	for range 200 {
		phrase := make([]string, 2+rng.Intn(3))
		for k := range phrase {
			phrase[k] = vocab[rng.Intn(len(vocab))]
		}
		q := `"` + strings.Join(phrase, " ") + `"`
		var want []string
		var pstems []string
		for _, w := range codebook.Tokenize(q) {
			pstems = append(pstems, w.Stem)
		}
		for id := range texts {
			if has(stems[id], pstems) {
				want = append(want, id)
			}
		}
		sort.Strings(want)
		res, err := ix.Search(ctx, SearchRequest{Query: q, Limit: 200})
		if err != nil {
			t.Fatal(err)
		}
		if got := hitKeys(res); !slices.Equal(got, want) || res.Total != uint64(len(want)) {
			t.Fatalf("%s: %d hits (total %d) %v, want %d %v", q, len(got), res.Total, got, len(want), want)
		}
		var paged []string
		for off := 0; off < len(want); off += 7 {
			page, err := ix.Search(ctx, SearchRequest{Query: q, Limit: 7, Offset: off})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Hits) != min(7, len(want)-off) || page.Total != uint64(len(want)) {
				t.Fatalf("%s: page at %d has %d hits of %d, want %d of %d", q, off, len(page.Hits), page.Total, min(7, len(want)-off), len(want))
			}
			paged = append(paged, hitKeys(page)...)
		}
		sort.Strings(paged)
		if !slices.Equal(paged, want) {
			t.Fatalf("%s: pages show %v, want %v", q, paged, want)
		}
	}
}

// TestStoredTextByNumber: reading a segment's text straight from its file
// segment (how scorch numbers documents, which bleve does not export) gives
// what bleve's public reader gives, for every document of an index with
// several file segments and deleted documents.
func TestStoredTextByNumber(t *testing.T) {
	idx, err := bleve.NewUsing("", IndexMapping(), scorch.Name, scorch.Name, nil) // scorch in memory merges nothing: a segment per batch
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	const n = 40
	for batch := range 5 {
		b := idx.NewBatch()
		for i := batch; i < n; i += 5 {
			text := fmt.Sprintf("text number %d, at night", i)
			if i%3 == 0 {
				text = strings.Repeat("long ", 20*batch) + text // stored texts of several lengths
			}
			if err := b.Index(fmt.Sprintf("t%02d", i), IndexedSegment{Text: text}); err != nil {
				t.Fatal(err)
			}
		}
		if batch > 0 { // replacing a document leaves a deleted one in an older segment
			if err := b.Index(fmt.Sprintf("t%02d", batch-1), IndexedSegment{Text: fmt.Sprintf("replaced in batch %d", batch)}); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Batch(b); err != nil {
			t.Fatal(err)
		}
	}
	adv, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	is, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		t.Fatalf("the reader is a %T, not scorch's: storedText reads every text by key", r)
	}
	if k := len(is.Segments()); k < 3 {
		t.Fatalf("the index has %d segments, want several", k)
	}
	st := newStoredText(r)
	ids, err := r.DocIDReaderAll()
	if err != nil {
		t.Fatal(err)
	}
	defer ids.Close()
	read := 0
	for {
		id, err := ids.Next()
		if err != nil {
			t.Fatal(err)
		}
		if id == nil {
			break
		}
		fast, err := st.of(id)
		if err != nil {
			t.Fatal(err)
		}
		slow, err := st.byKey(id)
		if err != nil {
			t.Fatal(err)
		}
		if fast != slow || fast == "" {
			t.Errorf("document %d: %q by number, %q by key", id.Value(), fast, slow)
		}
		read++
	}
	if read != n {
		t.Errorf("read %d documents, want %d", read, n)
	}
}

// TestNeedleIsInEveryForm: the needle of a word's stem is in the word as
// the rules lower-case it, for every word of the demo study and of the real
// transcripts beside the repository (when they are there), and of a list
// of words whose stems the Porter stemmer changes most: a text without a
// phrase word's needle cannot have the phrase.
func TestNeedleIsInEveryForm(t *testing.T) {
	texts := []string{"happy happiness nobility possibility capability relational conflated hopping " +
		"agreed generalization sensibility ability cries ties sky dying lying Mum's it’s ΣΊΣΥΦΟΣ KELVIN café naïve " +
		"been through it there for me not at all on my own was does has having being ourselves yourselves"}
	names, err := demo.Transcripts()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := demo.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	files, _ := filepath.Glob("../../shared/real-transcripts/*/*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil && utf8.Valid(b) {
			texts = append(texts, string(b))
		}
	}
	words := 0
	for _, text := range texts {
		for _, w := range codebook.Tokenize(text) {
			words++
			if nd := needle(w.Stem); !bytes.Contains(lowerText(nil, w.Text), nd) {
				t.Errorf("%q (stem %q): its needle %q is not in %q", w.Text, w.Stem, nd, lowerText(nil, w.Text))
			}
		}
	}
	t.Logf("%d words", words)
}

func FuzzNeedleIsInEveryForm(f *testing.F) {
	for _, s := range []string{"happy nobility it’s ΣΊΣΥΦΟΣ", "KELVIN ǅemal İstanbul", "possibility's cries"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, w := range codebook.Tokenize(s) {
			if nd := needle(w.Stem); !bytes.Contains(lowerText(nil, w.Text), nd) {
				t.Fatalf("%q (stem %q): its needle %q is not in %q", w.Text, w.Stem, nd, lowerText(nil, w.Text))
			}
		}
	})
}
