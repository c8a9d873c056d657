package corpus

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// tempStore opens a store at name inside a new temporary folder, closed
// when the test ends, and returns it with the folder.
func tempStore(t *testing.T, name string) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	st, err := OpenStore(context.Background(), filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, dir
}

// fixture stores two small documents and returns the store.
func fixture(t *testing.T) (*Store, string) {
	t.Helper()
	st, dir := tempStore(t, "project.db")
	ctx := context.Background()
	docs := []struct {
		id, programme, role, text string
	}{
		{"hf-01", "HeartMates", "peer supporter", "She rang me late at night about her boundaries. Café talk helped."},
		{"dc-01", "Dementia Carers Circle", "caregiver", "I felt so alone until the group. Now I belong somewhere."},
	}
	err := st.Tx(ctx, func(tx *Tx) error {
		for _, d := range docs {
			n := len([]rune(d.text))
			doc := &Document{ID: d.id, Path: d.id + ".txt", Format: "txt", Hash: "h-" + d.id, Text: d.text, Words: 10,
				Attrs: map[string]string{"programme": d.programme, "role": d.role}}
			turns := []Turn{{Seq: 1, Speaker: "P", Start: 0, End: n, Words: 10}}
			segs := []Segment{{Seq: 1, TurnSeq: 1, Start: 0, End: n, Words: 10, Text: d.text}}
			if err := tx.PutDocument(doc, turns, segs); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return st, dir
}

// insertCodings stores codings in one transaction, failing the test if one
// is refused: the setup of a test of what the store reads back.
func insertCodings(t *testing.T, st *Store, codings ...Coding) {
	t.Helper()
	err := st.Tx(context.Background(), func(tx *Tx) error {
		for _, c := range codings {
			if err := tx.InsertCoding(&c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestStoreRoundTrip(t *testing.T) {
	st, _ := fixture(t)
	ctx := context.Background()
	d, err := st.Document(ctx, "hf-01")
	if err != nil {
		t.Fatal(err)
	}
	if d.Attr("programme") != "HeartMates" || !strings.HasPrefix(d.Text, "She rang") {
		t.Errorf("document = %+v", d)
	}
	docs, err := st.Documents(ctx)
	if err != nil || len(docs) != 2 || docs[0].ID != "hf-01" || docs[1].Attr("role") != "caregiver" {
		t.Fatalf("Documents = %v, %v", docs, err)
	}
	if _, err := st.Document(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing document: err = %v, want ErrNotFound", err)
	}
	seg, err := st.SegmentAt(ctx, "dc-01", 5)
	if err != nil || seg.Key() != "dc-01#1" {
		t.Errorf("SegmentAt = %v, %v", seg, err)
	}
}

func TestTxRollsBackOnError(t *testing.T) {
	st, _ := fixture(t)
	ctx := context.Background()
	before, _ := st.IndexVersion(ctx)
	boom := errors.New("boom")
	err := st.Tx(ctx, func(tx *Tx) error {
		doc := &Document{ID: "new", Path: "x", Format: "txt", Hash: "x", Text: "hello", Words: 1}
		if err := tx.PutDocument(doc, nil, nil); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if _, err := st.Document(ctx, "new"); !errors.Is(err, ErrNotFound) {
		t.Errorf("document written by a failed transaction survived: %v", err)
	}
	if after, _ := st.IndexVersion(ctx); after != before {
		t.Errorf("index version changed by a rolled-back transaction: %d -> %d", before, after)
	}
}

func TestDuplicateDocumentID(t *testing.T) {
	st, _ := fixture(t)
	err := st.Tx(context.Background(), func(tx *Tx) error {
		return tx.PutDocument(&Document{ID: "hf-01", Path: "x", Format: "txt", Hash: "other", Text: "x"}, nil, nil)
	})
	if err == nil || !strings.Contains(err.Error(), `"hf-01" already exists`) {
		t.Errorf("err = %v", err)
	}
}

// indexedFixture is fixture with its index built at path and open for
// writing (the caller closes ix).
func indexedFixture(t *testing.T) (st *Store, path string, ix *Index) {
	t.Helper()
	st, dir := fixture(t)
	path = filepath.Join(dir, "index")
	ix, err := OpenIndexForWriting(context.Background(), path, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return st, path, ix
}

func TestSearch(t *testing.T) {
	st, dir := fixture(t)
	ctx := context.Background()
	insertCodings(t, st, Coding{DocID: "dc-01", Start: 0, End: 10, Code: "isolation.experienced", Coder: "alice", Origin: OriginManual, Quote: "I felt so "})
	ix, err := OpenIndex(ctx, filepath.Join(dir, "index"), st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	tests := []struct {
		name string
		req  SearchRequest
		want []string
	}{
		{"stemmed", SearchRequest{Query: "boundary"}, []string{"hf-01#1"}},
		{"phrase", SearchRequest{Query: `"late at night"`}, []string{"hf-01#1"}},
		{"non-ascii", SearchRequest{Query: "café"}, []string{"hf-01#1"}},
		{"programme filter", SearchRequest{Query: "alone OR boundaries", Programme: "Dementia Carers Circle"}, []string{"dc-01#1"}},
		{"role field", SearchRequest{Query: `+role:"peer supporter" +night`}, []string{"hf-01#1"}},
		{"field filters, not widens", SearchRequest{Query: `night role:caregiver`}, nil},
		{"field value ignores case", SearchRequest{Query: `alone programme:"dementia carers circle"`}, []string{"dc-01#1"}},
		{"words are ANDed", SearchRequest{Query: "alone night"}, nil},
		{"OR", SearchRequest{Query: "alone OR night"}, []string{"dc-01#1", "hf-01#1"}},
		{"exclusion", SearchRequest{Query: "alone OR night -café"}, []string{"dc-01#1"}},
		{"exclusion alone", SearchRequest{Query: "-café"}, []string{"dc-01#1"}},
		{"grouping", SearchRequest{Query: "(alone OR night) boundaries"}, []string{"hf-01#1"}},
		{"excluded group", SearchRequest{Query: "alone OR night -(café talk)"}, []string{"dc-01#1"}},
		{"wildcard", SearchRequest{Query: "bound*"}, []string{"hf-01#1"}},
		{"fuzzy", SearchRequest{Query: "alnoe~2"}, []string{"dc-01#1"}},
		{"code filter", SearchRequest{Query: "alone OR night", Code: "isolation.experienced"}, []string{"dc-01#1"}},
		{"code in the query", SearchRequest{Query: "alone OR night code:isolation.experienced"}, []string{"dc-01#1"}},
		{"code excluded", SearchRequest{Query: "alone OR night -code:isolation.experienced"}, []string{"hf-01#1"}},
		{"code alone lists its passages", SearchRequest{Code: "isolation.experienced"}, []string{"dc-01#1"}},
		{"no match", SearchRequest{Query: "zebra"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(ctx, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Segment)
			}
			sort.Strings(got)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("hits = %v, want %v", got, tt.want)
			}
		})
	}
	res, err := ix.Search(ctx, SearchRequest{Query: "alone OR night"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 2 || fmt.Sprint(res.Hits[0].Codes, res.Hits[1].Codes) != "[] [isolation.experienced]" && fmt.Sprint(res.Hits[1].Codes, res.Hits[0].Codes) != "[] [isolation.experienced]" {
		t.Errorf("codes of the hits = %v / %v, want isolation.experienced on dc-01 only", res.Hits[0].Codes, res.Hits[1].Codes)
	}
	// Paging: the second hit on its own page.
	page2, err := ix.Search(ctx, SearchRequest{Query: "alone OR night", Limit: 1, Offset: 1})
	if err != nil || page2.Total != 2 || len(page2.Hits) != 1 || page2.Hits[0].Segment != res.Hits[1].Segment {
		t.Errorf("page 2 = %+v, %v; want the second hit of 2", page2, err)
	}
	// Facet values come back as stored, not stemmed, most hits first and
	// ties by name.
	for name, want := range map[string]string{
		"programme": "Dementia Carers Circle 1, HeartMates 1",
		"role":      "caregiver 1, peer supporter 1",
	} {
		var got []string
		for _, f := range res.Facets[name] {
			got = append(got, fmt.Sprintf("%s %d", f.Value, f.Count))
		}
		if strings.Join(got, ", ") != want {
			t.Errorf("%s facets = %v, want %s", name, got, want)
		}
	}
	// Match offsets are runes into the segment text.
	res, _ = ix.Search(ctx, SearchRequest{Query: "talk"})
	h := res.Hits[0]
	m := h.Matches[0]
	if got := string([]rune(h.Text)[m[0]:m[1]]); got != "talk" {
		t.Errorf("match span = %q, want talk (rune offsets after é)", got)
	}
}

func TestSearchErrors(t *testing.T) {
	st, _, ix := indexedFixture(t)
	_ = st
	defer ix.Close()
	ctx := context.Background()
	tests := []struct {
		name string
		req  SearchRequest
		want string
	}{
		{"unterminated phrase", SearchRequest{Query: `"unterminated`}, "quotation mark is not closed"},
		{"unknown field", SearchRequest{Query: `colour:red`}, `"colour" is not a field`},
		{"empty", SearchRequest{}, "empty search"},
		{"unknown programme", SearchRequest{Query: "alone", Programme: "HartMates"}, `no document has programme "HartMates"; did you mean "HeartMates"?`},
		{"unknown role in the query", SearchRequest{Query: "alone role:carer"}, `did you mean "caregiver"?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ix.Search(ctx, tt.req)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to say %q", err, tt.want)
			}
		})
	}
}

func TestSpoiltIndexIsRebuilt(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(ix *Index, path string) error
		say   string
	}{
		{"damaged", func(ix *Index, path string) error {
			ix.Close()
			return os.WriteFile(filepath.Join(path, "index_meta.json"), []byte("{broken"), 0o644)
		}, "damaged"},
		// An index from before the group facet field has no layout stamp.
		{"older layout", func(ix *Index, path string) error {
			defer ix.Close()
			return ix.idx.DeleteInternal([]byte(layoutKey))
		}, "older groundwork"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, path, ix := indexedFixture(t)
			ctx := context.Background()
			if err := tt.spoil(ix, path); err != nil {
				t.Fatal(err)
			}
			var msgs []string
			ix, err := OpenIndex(ctx, path, st, func(m string) { msgs = append(msgs, m) }, nil)
			if err != nil {
				t.Fatalf("the index was not rebuilt: %v", err)
			}
			defer ix.Close()
			if n, _ := ix.Count(); n != 2 {
				t.Errorf("rebuilt index holds %d segments, want 2", n)
			}
			if len(msgs) != 1 || !strings.Contains(msgs[0], tt.say) {
				t.Errorf("messages = %q, want one saying %q", msgs, tt.say)
			}
			res, err := ix.Search(ctx, SearchRequest{Query: "alone"})
			if err != nil || len(res.Facets["role"]) != 1 || res.Facets["role"][0].Value != "caregiver" {
				t.Errorf("facets after the rebuild: %+v, %v", res, err)
			}
		})
	}
}

func TestCodingsLeaveTheIndexAlone(t *testing.T) {
	st, _, ix := indexedFixture(t)
	defer ix.Close()
	ctx := context.Background()
	before, _ := st.IndexVersion(ctx)
	insertCodings(t, st, Coding{DocID: "hf-01", Start: 0, End: 8, Code: "boundaries", Coder: AutoCoder,
		Origin: OriginRule, Status: StatusSuggested, Quote: "She rang"})
	if after, _ := st.IndexVersion(ctx); after != before {
		t.Errorf("a coding changed the index version %d -> %d: codings must not re-index text", before, after)
	}
	res, err := ix.Search(ctx, SearchRequest{Code: "boundaries", Suggested: true})
	if err != nil || res.Total != 1 || res.Hits[0].Segment != "hf-01#1" {
		t.Errorf("the new coding is not seen by a search on the open index: %+v, %v", res, err)
	}
}

func TestDocumentLengthsCountRunes(t *testing.T) {
	st, _ := fixture(t)
	ctx := context.Background()
	// A NUL inside a text (SQLite's length() would stop there).
	err := st.Tx(ctx, func(tx *Tx) error {
		text := "before\x00after é"
		return tx.PutDocument(&Document{ID: "nul-01", Path: "n", Format: "txt", Hash: "n", Text: text, Words: 2},
			[]Turn{{Seq: 1, End: 14}}, []Segment{{Seq: 1, TurnSeq: 1, End: 14, Words: 2, Text: text}})
	})
	if err != nil {
		t.Fatal(err)
	}
	n, err := st.DocumentLengths(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"hf-01", "dc-01", "nul-01"} {
		d, err := st.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if want := len([]rune(d.Text)); n[id] != want {
			t.Errorf("%s: length %d, want %d runes (the text has é)", id, n[id], want)
		}
	}
}

func TestSnapshotReadsOneState(t *testing.T) {
	st, _ := fixture(t)
	ctx := context.Background()
	snap, err := st.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	insertCodings(t, st, Coding{DocID: "hf-01", Start: 0, End: 3, Code: "x", Coder: "alice", Origin: OriginManual, Quote: "She"})
	count := func(s *Store) int {
		n := 0
		if err := s.EachCodingRef(ctx, CodingFilter{}, func(CodingRef) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if got := count(snap); got != 0 {
		t.Errorf("the snapshot sees %d codings committed after it was taken", got)
	}
	if got := count(st); got != 1 {
		t.Errorf("the store sees %d codings, want 1", got)
	}
	inner, err := snap.Snapshot(ctx) // a snapshot of a snapshot is the same one
	if err != nil || count(inner) != 0 {
		t.Errorf("inner snapshot: %v", err)
	}
	inner.Close()
	if count(snap) != 0 {
		t.Error("closing the inner snapshot ended the outer one")
	}
	if err := snap.Tx(ctx, func(*Tx) error { return nil }); err == nil {
		t.Error("a snapshot accepted a write transaction")
	}
	if err := snap.Close(); err != nil {
		t.Fatal(err)
	}
	if got := count(st); got != 1 {
		t.Errorf("after the snapshot closed the store sees %d codings, want 1", got)
	}
}

// countingProgress records what a long piece of work told it.
type countingProgress struct{ total, done, finished int }

func (p *countingProgress) Start(n int) { p.total = n }
func (p *countingProgress) Add(n int)   { p.done += n }
func (p *countingProgress) Done()       { p.finished++ }

func TestIndexingReportsProgress(t *testing.T) {
	st, dir := fixture(t)
	var p countingProgress
	ix, err := RebuildIndex(context.Background(), filepath.Join(dir, "index"), st, &p)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if p != (countingProgress{total: 2, done: 2, finished: 1}) {
		t.Errorf("progress = %+v, want 2 of 2 documents and done once", p)
	}
}

func TestGroupTermsSplitBack(t *testing.T) {
	for _, pr := range [][2]string{{"HeartMates", "peer supporter"}, {"", "patient"}, {"A:B 12", ""}, {"", ""}, {"Café 3:", "rôle:x"}} {
		p, r, ok := splitGroup(joinGroup(pr[0], pr[1]))
		if !ok || p != pr[0] || r != pr[1] {
			t.Errorf("split(join(%q, %q)) = %q, %q, %v", pr[0], pr[1], p, r, ok)
		}
	}
	for _, bad := range []string{"", "x", "5:ab", "-1:a", ":a"} {
		if _, _, ok := splitGroup(bad); ok {
			t.Errorf("splitGroup(%q) accepted a malformed term", bad)
		}
	}
}

func TestFindWalksUp(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ConfigFile), []byte("name: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "a", "b")
	os.MkdirAll(sub, 0o755)
	got, err := Find(sub)
	if err != nil || got != dir {
		t.Errorf("Find = %q, %v; want %q", got, err, dir)
	}
	if _, err := Find(t.TempDir()); !errors.Is(err, ErrNoProject) {
		t.Errorf("outside a project: err = %v", err)
	}
}

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name, yaml, wantErr string
	}{
		{"defaults", "name: x\n", ""},
		{"empty", "", ""},
		{"unknown type", "attributes:\n  age:\n    type: integer\n", `attribute "age" has unknown type "integer"`},
		{"category without values", "attributes:\n  site:\n    type: category\n", "lists no values"},
		{"unknown key", "nmae: x\n", "field nmae not found"},
		{"flow sequence left open", "name: x\ninterviewers: [Interviewer, Q\nsegmentation:\n  max_words: 120\n",
			"groundwork.yaml:2: a '[' opened on this line is not closed on it; close it, or put the whole value in quotes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseConfig("groundwork.yaml", []byte(tt.yaml))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if c.Segmentation.MaxWords != DefaultMaxWords || !c.IsInterviewer("interviewer") {
					t.Errorf("defaults not applied: %+v", c)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "groundwork.yaml") {
				t.Errorf("err = %v, want it to name the file and contain %q", err, tt.wantErr)
			}
		})
	}
}

// keptStore opens a store whose transactions keep the index at dir/index.
func keptStore(t *testing.T) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "index")
	var warnings []string
	t.Cleanup(func() {
		if len(warnings) > 0 {
			t.Errorf("the index keeper warned: %q", warnings)
		}
	})
	st, err := OpenStore(context.Background(), filepath.Join(dir, "p.db"),
		WithIndex(IndexAt{Path: path, Warn: func(f string, a ...any) { warnings = append(warnings, fmt.Sprintf(f, a...)) }}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

func putText(ctx context.Context, tx *Tx, id, text string) error {
	n := len([]rune(text))
	doc := &Document{ID: id, Path: id, Format: "txt", Hash: id + text, Text: text, Words: 2, Attrs: map[string]string{"programme": "P"}}
	return tx.PutDocument(doc, []Turn{{Seq: 1, Speaker: "R", End: n}}, []Segment{{Seq: 1, TurnSeq: 1, End: n, Words: 2, Text: text}})
}

func TestTransactionsKeepTheIndex(t *testing.T) {
	ctx := context.Background()
	st, path := keptStore(t)
	// A new project: documents are indexed as they are stored.
	if err := st.Tx(ctx, func(tx *Tx) error { return putText(ctx, tx, "a", "oxygen cylinders") }); err != nil {
		t.Fatal(err)
	}
	search := func(q string) []string {
		t.Helper()
		ix, err := OpenIndex(ctx, path, st, func(m string) { t.Errorf("the keeper left the index stale: %s", m) }, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		res, err := ix.Search(ctx, SearchRequest{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, h := range res.Hits {
			keys = append(keys, h.Segment+"/"+h.Speaker)
		}
		return keys
	}
	if got := search("cylinder"); fmt.Sprint(got) != "[a#1/R]" {
		t.Errorf("after the first ingest: %v", got)
	}
	// Replacing a document in one transaction (delete + put, as ingest
	// --replace and redaction do) leaves no trace of its old text.
	err := st.Tx(ctx, func(tx *Tx) error {
		if err := putText(ctx, tx, "b", "walking group"); err != nil {
			return err
		}
		if err := tx.DeleteDocument("a"); err != nil {
			return err
		}
		return putText(ctx, tx, "a", "tea and biscuits")
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := search("cylinder"); len(got) != 0 {
		t.Errorf("the replaced text is still found: %v", got)
	}
	if got := search("biscuit OR walk"); len(got) != 2 {
		t.Errorf("after the replacement: %v, want a and b", got)
	}
	// A failed transaction leaves the index marked stale, to be rebuilt.
	boom := errors.New("boom")
	err = st.Tx(ctx, func(tx *Tx) error {
		if err := putText(ctx, tx, "c", "garden"); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	rebuilt := false
	ix, err := OpenIndex(ctx, path, st, func(string) { rebuilt = true }, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, _ := ix.Search(ctx, SearchRequest{Query: "garden"})
	ix.Close()
	if !rebuilt || res == nil || res.Total != 0 {
		t.Errorf("after a rolled-back transaction: rebuilt %v, garden found %+v", rebuilt, res)
	}
}

// TestIndexStaysCompact: the first documents of a project are built into
// one segment; many small updates after it do not leave the index in more
// than maxSegments (searches slow down with every segment).
func TestIndexStaysCompact(t *testing.T) {
	ctx := context.Background()
	st, path := keptStore(t)
	err := st.Tx(ctx, func(tx *Tx) error {
		for i := range 50 {
			if err := putText(ctx, tx, fmt.Sprintf("d%02d", i), fmt.Sprintf("walking group number %d", i)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	count := func() int {
		t.Helper()
		ix, err := OpenIndex(ctx, path, st, func(m string) { t.Errorf("rebuilt: %s", m) }, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		if n, _ := ix.Count(); n == 0 {
			t.Fatal("empty index")
		}
		return segments(ix.idx)
	}
	if n := count(); n != 1 {
		t.Errorf("a new project's index has %d segments, want 1", n)
	}
	for i := range 20 {
		if err := st.Tx(ctx, func(tx *Tx) error { return putText(ctx, tx, fmt.Sprintf("e%02d", i), "allotment") }); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(); n < 1 || n > maxSegments {
		t.Errorf("after 20 updates the index has %d segments, want 1 to %d", n, maxSegments)
	}
}

// TestSearchPagesTileTheHits: paging through hits of equal score, three at a
// time, across several index segments, shows each hit exactly once, in the
// order of their segments' keys whatever order they were indexed in (bleve
// breaks score ties by where a segment sits in the index, which depends on
// how its files were merged).
func TestSearchPagesTileTheHits(t *testing.T) {
	ctx := context.Background()
	st, path := keptStore(t)
	// More than a page and tieMargin: the first pages are cut from an
	// index sorted by key too, the later ones sorted after fetching.
	const n = 80
	for i := range n { // one at a time, newest first: several segments
		id := fmt.Sprintf("d%02d", n-i)
		if err := st.Tx(ctx, func(tx *Tx) error { return putText(ctx, tx, id, "oxygen cylinders") }); err != nil {
			t.Fatal(err)
		}
	}
	ix, err := OpenIndex(ctx, path, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	seen := map[string]int{}
	var order []string
	for page := range n/3 + 1 {
		res, err := ix.Search(ctx, SearchRequest{Query: "oxygen", Limit: 3, Offset: page * 3})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			seen[h.Segment]++
			order = append(order, h.Segment)
		}
	}
	if !slices.IsSorted(order) {
		t.Errorf("hits of equal score in the order %v, want their keys' order", order)
	}
	if len(seen) != n {
		t.Errorf("pages showed %d distinct hits, want %d", len(seen), n)
	}
	for seg, k := range seen {
		if k != 1 {
			t.Errorf("%s shown on %d pages", seg, k)
		}
	}
}

// TestTxLeavingIndex: a transaction that leaves the index behind marks it
// out of date, and the next search rebuilds it with the new text.
func TestTxLeavingIndex(t *testing.T) {
	ctx := context.Background()
	st, path := keptStore(t)
	if err := st.Tx(ctx, func(tx *Tx) error { return putText(ctx, tx, "a", "oxygen cylinders") }); err != nil {
		t.Fatal(err)
	}
	err := st.TxLeavingIndex(ctx, func(tx *Tx) error {
		if err := tx.DeleteDocument("a"); err != nil {
			return err
		}
		return putText(ctx, tx, "a", "tea and biscuits")
	})
	if err != nil {
		t.Fatal(err)
	}
	var why string
	ix, err := OpenIndex(ctx, path, st, func(m string) { why = m }, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if why == "" {
		t.Error("the index was not rebuilt after a transaction that left it behind")
	}
	for q, want := range map[string]int{"cylinder": 0, "biscuit": 1} {
		res, err := ix.Search(ctx, SearchRequest{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != want {
			t.Errorf("%q: %d hits, want %d", q, len(res.Hits), want)
		}
	}
}

func TestInsertSegmentCodingQuotesTheSegment(t *testing.T) {
	st, _ := fixture(t)
	ctx := context.Background()
	c := &Coding{DocID: "dc-01", Start: 0, End: 56, Code: "isolation", Coder: LearnedCoder, Origin: OriginLearned,
		Status: StatusSuggested, Quote: "ignored"}
	err := st.Tx(ctx, func(tx *Tx) error { return tx.InsertSegmentCoding(c) })
	if err != nil || c.ID == 0 {
		t.Fatalf("InsertSegmentCoding: id %d, %v", c.ID, err)
	}
	got, err := st.Codings(ctx, CodingFilter{Codes: []string{"isolation"}})
	if err != nil || len(got) != 1 || got[0].Quote != "I felt so alone until the group. Now I belong somewhere." {
		t.Fatalf("Codings = %+v, %v", got, err)
	}
	// A span that is no segment's stores nothing and says so.
	bad := &Coding{DocID: "dc-01", Start: 0, End: 10, Code: "isolation", Coder: LearnedCoder, Origin: OriginLearned, Status: StatusSuggested}
	err = st.Tx(ctx, func(tx *Tx) error { return tx.InsertSegmentCoding(bad) })
	if err == nil || !strings.Contains(err.Error(), "no segment spans [0,10)") {
		t.Fatalf("a span no segment has: err = %v", err)
	}
	if got, _ := st.Codings(ctx, CodingFilter{Codes: []string{"isolation"}}); len(got) != 1 {
		t.Errorf("after the failed insert: %d codings, want 1", len(got))
	}
}

// EachDocument hands over every document once, in ingestion order, with
// the same text and attributes Document reads one at a time, whatever
// the attributes hold.
// TestDocumentPagesListEveryDocumentOnce checks that a project listed a
// page at a time (as a streaming export reads it) gives every document
// once, in Documents' order, with its attributes, whatever the page size,
// even where two documents share a place in the ingestion order.
func TestDocumentPagesListEveryDocumentOnce(t *testing.T) {
	st, _ := fixture(t)
	ctx := context.Background()
	err := st.Tx(ctx, func(tx *Tx) error {
		for i, id := range []string{"tie-b", "tie-a", "last-01"} {
			seq := 7 // the first two share a place
			if i == 2 {
				seq = 9
			}
			d := &Document{ID: id, Seq: seq, Path: id, Format: "txt", Hash: id, Text: id, Words: 1,
				Attrs: map[string]string{"programme": "P" + id}}
			if err := tx.PutDocument(d, nil, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	all, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 5 {
		t.Fatalf("%d documents, want 5", len(all))
	}
	for _, n := range []int{1, 2, 4, 5, 100} {
		var got []*Document
		pages := 0
		err := st.EachDocumentPage(ctx, n, func(page []*Document) error {
			if len(page) > n {
				t.Errorf("page size %d: a page of %d", n, len(page))
			}
			pages++
			got = append(got, page...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := (len(all) + n - 1) / n; pages != want {
			t.Errorf("page size %d: %d pages, want %d", n, pages, want)
		}
		if len(got) != len(all) {
			t.Fatalf("page size %d: %d documents, want %d", n, len(got), len(all))
		}
		for i, d := range got {
			if d.ID != all[i].ID || d.Seq != all[i].Seq || !maps.Equal(d.Attrs, all[i].Attrs) {
				t.Errorf("page size %d: document %d is %s (seq %d, %v), want %s (seq %d, %v)", n, i, d.ID, d.Seq, d.Attrs, all[i].ID, all[i].Seq, all[i].Attrs)
			}
		}
	}
	stop := errors.New("stop")
	if err := st.EachDocumentPage(ctx, 2, func([]*Document) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("fn's error: got %v, want it returned", err)
	}
}

func TestEachDocumentMatchesDocument(t *testing.T) {
	st, _ := fixture(t)
	ctx := context.Background()
	err := st.Tx(ctx, func(tx *Tx) error {
		text := "before\x00after é"
		odd := &Document{ID: "odd-01", Path: "o", Format: "txt", Hash: "o", Text: text, Words: 2,
			Attrs: map[string]string{"note": `she said "no" \ café`, "empty": ""}}
		if err := tx.PutDocument(odd, []Turn{{Seq: 1, End: 14}}, []Segment{{Seq: 1, TurnSeq: 1, End: 14, Words: 2, Text: text}}); err != nil {
			return err
		}
		return tx.PutDocument(&Document{ID: "bare-01", Path: "b", Format: "txt", Hash: "b", Text: "plain", Words: 1}, nil, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, withText := range []bool{false, true} {
		var ids []string
		err := st.EachDocument(ctx, withText, func(d *Document) error {
			ids = append(ids, d.ID)
			want, err := st.Document(ctx, d.ID)
			if err != nil {
				return err
			}
			if !withText {
				want.Text = ""
			}
			if d.Text != want.Text || !maps.Equal(d.Attrs, want.Attrs) || d.Attrs == nil ||
				d.Seq != want.Seq || d.Hash != want.Hash || !d.IngestedAt.Equal(want.IngestedAt) {
				t.Errorf("withText %v: %s = %+v, want %+v", withText, d.ID, d, want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"hf-01", "dc-01", "odd-01", "bare-01"}; !slices.Equal(ids, want) {
			t.Errorf("withText %v: documents %v, want %v", withText, ids, want)
		}
	}
}
