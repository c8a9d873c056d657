package analysis

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
)

// textFeatures is what learning makes of a corpus read from its texts: the
// vocabulary, and per segment (by key) its vector and the names of its
// extra features.
type textFeatures struct {
	terms   []string
	vectors map[string]sparse
	extras  map[string][]string
}

// featuresFromTexts reads every segment's text afresh, as learning did
// before readings were stored: the standard the readings must meet.
func featuresFromTexts(t *testing.T, ctx context.Context, st *corpus.Store, cb *codebook.Codebook) textFeatures {
	t.Helper()
	d, err := loadCorpus(ctx, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	err = st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error {
		texts[s.Key()] = s.Text
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	v := newVocabulary(d.sw, func(fn func(string)) {
		for _, s := range d.segs {
			fn(texts[s.key()])
		}
	})
	m, err := rulesMatcher(cb)
	if err != nil {
		t.Fatal(err)
	}
	out := textFeatures{terms: v.terms, vectors: map[string]sparse{}, extras: map[string][]string{}}
	for _, s := range d.segs {
		out.vectors[s.key()] = v.vector(d.sw, texts[s.key()])
		var names []string
		if d.role[s.doc] != "" {
			names = append(names, "role: "+d.role[s.doc])
		}
		for _, h := range m.Match(codebook.Input{Text: texts[s.key()], Role: d.role[s.doc]}) {
			names = append(names, "rule: "+h.Rule)
		}
		out.extras[s.key()] = names
	}
	return out
}

// featuresFromReadings featurises the corpus as learning does.
func featuresFromReadings(t *testing.T, ctx context.Context, st *corpus.Store, cb *codebook.Codebook) textFeatures {
	t.Helper()
	d, err := loadCorpus(ctx, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.featurise(ctx, st, cb, true, true, corpus.NoProgress{}); err != nil {
		t.Fatal(err)
	}
	out := textFeatures{terms: d.vocab.terms, vectors: map[string]sparse{}, extras: map[string][]string{}}
	for i, s := range d.segs {
		out.vectors[s.key()] = *d.vector(i, &sparse{})
		var names []string
		for _, e := range s.extras {
			names = append(names, d.extras[e])
		}
		out.extras[s.key()] = names
	}
	return out
}

func sameFeatures(t *testing.T, when string, got, want textFeatures) {
	t.Helper()
	if !reflect.DeepEqual(got.terms, want.terms) {
		t.Fatalf("%s: vocabulary of %d terms, want %d", when, len(got.terms), len(want.terms))
	}
	if len(got.vectors) != len(want.vectors) {
		t.Fatalf("%s: %d segments, want %d", when, len(got.vectors), len(want.vectors))
	}
	bad := 0
	for key, w := range want.vectors {
		g := got.vectors[key]
		if !reflect.DeepEqual(g.cols, w.cols) || !reflect.DeepEqual(g.vals, w.vals) || !reflect.DeepEqual(got.extras[key], want.extras[key]) {
			if bad++; bad <= 3 {
				t.Errorf("%s: segment %s: features %v %v %v, want %v %v %v", when, key, g.cols, g.vals, got.extras[key], w.cols, w.vals, want.extras[key])
			}
		}
	}
	if bad > 0 {
		t.Fatalf("%s: %d of %d segments differ", when, bad, len(want.vectors))
	}
}

func storedReadings(t *testing.T, ctx context.Context, st *corpus.Store) map[string]*corpus.LearnedReading {
	t.Helper()
	out := map[string]*corpus.LearnedReading{}
	err := st.EachLearnedReading(ctx, func(r *corpus.LearnedReading) error {
		out[r.DocID] = r
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Learning again reads the features from the stored readings instead of
// the texts: they must be exactly the features the texts give, when the
// readings are first made, when they are reused, when one is damaged,
// and when a document is replaced.
func TestReadingsMakeTheFeaturesTheTextsMake(t *testing.T) {
	ctx := context.Background()
	paths := ingesttest.Demo(t, "")
	proj, st, cb := ingesttest.Project(t, "demo", paths...)
	want := featuresFromTexts(t, ctx, st, cb)

	sameFeatures(t, "first reading", featuresFromReadings(t, ctx, st, cb), want)
	stored := storedReadings(t, ctx, st)
	if len(stored) == 0 {
		t.Fatal("no readings stored")
	}
	sameFeatures(t, "from the stored readings", featuresFromReadings(t, ctx, st, cb), want)

	// A damaged reading (its end cut off) is read again from the text.
	var victim *corpus.LearnedReading
	for _, r := range stored {
		victim = r
		break
	}
	damaged := *victim
	damaged.Segments = damaged.Segments[:len(damaged.Segments)-3]
	if err := st.Tx(ctx, func(tx *corpus.Tx) error { return tx.SetLearnedReading(&damaged) }); err != nil {
		t.Fatal(err)
	}
	sameFeatures(t, "with a damaged reading", featuresFromReadings(t, ctx, st, cb), want)
	if got := storedReadings(t, ctx, st)[victim.DocID]; !reflect.DeepEqual(got.Segments, victim.Segments) {
		t.Errorf("the damaged reading of %s was not stored again", victim.DocID)
	}

	// A document replaced with new words is read again, even when its
	// segments keep their spans (a word swapped for one as long).
	src := paths[0]
	body, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(t.TempDir(), filepath.Base(src))
	text := strings.Replace(string(body), " the ", " thy ", 1)
	if text == string(body) {
		t.Fatalf("%s has no word to swap", src)
	}
	if err := os.WriteFile(edited, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Ingest(ctx, proj, st, []string{edited}, ingest.Options{Replace: true}); err != nil {
		t.Fatal(err)
	}
	want = featuresFromTexts(t, ctx, st, cb)
	sameFeatures(t, "after a document was replaced", featuresFromReadings(t, ctx, st, cb), want)
}

// Redaction forgets the readings: they hold the stems of the words it
// replaced.
func TestForgetLearnedFeaturesForgetsTheReadings(t *testing.T) {
	ctx := context.Background()
	_, st, cb := ingesttest.Project(t, "demo", ingesttest.Demo(t, "")...)
	featuresFromReadings(t, ctx, st, cb)
	if len(storedReadings(t, ctx, st)) == 0 {
		t.Fatal("no readings stored")
	}
	if err := st.Tx(ctx, func(tx *corpus.Tx) error { return tx.ForgetLearnedFeatures() }); err != nil {
		t.Fatal(err)
	}
	if n := len(storedReadings(t, ctx, st)); n != 0 {
		t.Errorf("%d readings left after forgetting", n)
	}
	if terms, err := st.LearnedTerms(ctx); err != nil || len(terms) != 0 {
		t.Errorf("%d terms left after forgetting (%v)", len(terms), err)
	}
}

// FuzzDecodeReading: a stored reading, however damaged, is reported as
// damaged or decoded, never a panic, and never numbers a term beyond what
// its header promises.
func FuzzDecodeReading(f *testing.F) {
	r := &segReading{terms: []uint32{5, 2, 9}, counts: []uint32{1, 3, 1}, rules: []string{"isolation.reduced/1"}}
	body := appendSegReading(nil, r)
	d := &corpusData{byDoc: map[string][]int{"a": {0}}, segs: []segment{{start: 0, end: 10}}, revision: map[string]int64{}}
	enc := append(append([]byte{1}, make([]byte, 8)...), 10)
	copy(enc[1:9], leUint64(d.spansHash("a")))
	f.Add(append(enc, body...))
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, enc []byte) {
		h, herr := readHeader(enc)
		err := decodeReading(enc, true, func(r *segReading) error {
			for _, term := range r.terms {
				if herr != nil || int(term) > h.maxTerm {
					t.Fatalf("term %d beyond the header's %d", term, h.maxTerm)
				}
			}
			return nil
		})
		if herr != nil && err == nil {
			t.Fatal("a bad header decoded")
		}
	})
}

func leUint64(v uint64) []byte {
	b := make([]byte, 8)
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
	return b
}

// The term reader counts a segment's terms as indexStops.terms finds them:
// the same stems and stem pairs, the same counts, on texts with stop words,
// possessives, repeats, punctuation and other scripts.
func TestTermReaderCountsAsTermsDoes(t *testing.T) {
	sw := newIndexStops()
	tl := &termList{}
	tr := newTermReader(tl)
	for _, text := range []string{
		"She rang me at midnight. The group, the group! My sister's boundaries.",
		"Nobody to talk to — nobody; talk, talk, talk. Café “naïve” 3.5 mg",
		"", "the and of", "Self-care self care SELF-CARE don't won't it's",
		"伝統 الصحة здоровье peer peer peer support support",
	} {
		want := map[string]uint32{}
		sw.terms(text, func(term string) { want[term]++ })
		tr.start()
		codebook.EachStem(text, sw.keep, tr.stem)
		got := map[string]uint32{}
		for n, c := range tr.counts {
			got[tl.terms[n]] = c
		}
		if !maps.Equal(got, want) {
			t.Errorf("%q: term reader %v, terms %v", text, got, want)
		}
	}
}
