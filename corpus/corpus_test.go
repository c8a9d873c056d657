package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixture stores two small documents and returns the store.
func fixture(t *testing.T) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	ctx := context.Background()
	st, err := OpenStore(ctx, filepath.Join(dir, "project.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs := []struct {
		id, programme, role, text string
	}{
		{"hf-01", "HeartMates", "peer supporter", "She rang me late at night about her boundaries. Café talk helped."},
		{"dc-01", "Dementia Carers Circle", "caregiver", "I felt so alone until the group. Now I belong somewhere."},
	}
	err = st.Tx(ctx, func(tx *Tx) error {
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

// indexedFixture is fixture with its index built at path (the caller
// closes ix).
func indexedFixture(t *testing.T) (st *Store, path string, ix *Index) {
	t.Helper()
	st, dir := fixture(t)
	path = filepath.Join(dir, "index")
	ix, err := OpenIndex(context.Background(), path, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return st, path, ix
}

func TestSearch(t *testing.T) {
	st, dir := fixture(t)
	ctx := context.Background()
	err := st.Tx(ctx, func(tx *Tx) error {
		return tx.InsertCoding(&Coding{DocID: "dc-01", Start: 0, End: 10, Code: "isolation.experienced", Coder: "alice", Origin: OriginManual, Quote: "I felt so "})
	})
	if err != nil {
		t.Fatal(err)
	}
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
		{"programme filter", SearchRequest{Query: "alone boundaries", Programme: "Dementia Carers Circle"}, []string{"dc-01#1"}},
		{"role field", SearchRequest{Query: `+role:"peer supporter" +night`}, []string{"hf-01#1"}},
		{"code filter", SearchRequest{Query: "alone night", Code: "isolation.experienced"}, []string{"dc-01#1"}},
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
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("hits = %v, want %v", got, tt.want)
			}
		})
	}
	res, err := ix.Search(ctx, SearchRequest{Query: "alone night"})
	if err != nil {
		t.Fatal(err)
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

func TestSearchRejectsBadQuery(t *testing.T) {
	if err := ValidateQuery(`"unterminated`); err == nil {
		t.Error("an unterminated phrase was accepted")
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

func TestUpdateAfterMostDocumentsChanged(t *testing.T) {
	st, path, ix := indexedFixture(t)
	ix.Close()
	ctx := context.Background()
	// Enough documents that coding all of them takes the rebuild path.
	var ids []string
	err := st.Tx(ctx, func(tx *Tx) error {
		for i := range 150 {
			id := fmt.Sprintf("x-%03d", i)
			ids = append(ids, id)
			text := "oxygen cylinders at home"
			doc := &Document{ID: id, Path: id, Format: "txt", Hash: id, Text: text, Words: 4, Attrs: map[string]string{"programme": "P"}}
			if err := tx.PutDocument(doc, []Turn{{Seq: 1, End: 24}}, []Segment{{Seq: 1, TurnSeq: 1, End: 24, Words: 4, Text: text}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	prev, _ := st.IndexVersion(ctx)
	err = st.Tx(ctx, func(tx *Tx) error {
		for _, id := range ids {
			if err := tx.InsertCoding(&Coding{DocID: id, Start: 0, End: 24, Code: "equipment", Coder: AutoCoder,
				Origin: OriginRule, Status: StatusSuggested, Quote: "oxygen cylinders at home"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !mostChanged(ctx, st, ids) {
		t.Fatal("150 of 152 documents changed, and mostChanged says no")
	}
	var p countingProgress
	if err := UpdateIndex(ctx, path, st, prev, ids, &p); err != nil {
		t.Fatal(err)
	}
	if p.total != 152 {
		t.Errorf("the update indexed %d documents, want all 152 (a rebuild)", p.total)
	}
	ix, err = OpenIndex(ctx, path, st, func(m string) { t.Errorf("index rebuilt again on open: %s", m) }, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(ctx, SearchRequest{Query: "cylinder", Code: "equipment", Limit: 200})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 150 {
		t.Errorf("coded segments found after the update: %d, want 150", res.Total)
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
	err = st.Tx(ctx, func(tx *Tx) error {
		return tx.InsertCoding(&Coding{DocID: "hf-01", Start: 0, End: 3, Code: "x", Coder: "alice", Origin: OriginManual, Quote: "She"})
	})
	if err != nil {
		t.Fatal(err)
	}
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

func TestStaleIndexIsUpdated(t *testing.T) {
	st, path, ix := indexedFixture(t)
	ctx := context.Background()
	ix.Close()
	prev, _ := st.IndexVersion(ctx)
	err := st.Tx(ctx, func(tx *Tx) error {
		doc := &Document{ID: "cp-01", Path: "x", Format: "txt", Hash: "x", Text: "oxygen cylinders", Words: 2}
		return tx.PutDocument(doc, []Turn{{Seq: 1, End: 16}}, []Segment{{Seq: 1, TurnSeq: 1, End: 16, Words: 2, Text: "oxygen cylinders"}})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := UpdateIndex(ctx, path, st, prev, []string{"cp-01"}, nil); err != nil {
		t.Fatal(err)
	}
	ix, err = OpenIndex(ctx, path, st, func(m string) { t.Errorf("index rebuilt after an incremental update: %s", m) }, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(ctx, SearchRequest{Query: "cylinder"})
	if err != nil || len(res.Hits) != 1 {
		t.Errorf("search after update: %v, %v", res, err)
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

func TestIndexWriter(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := OpenStore(ctx, filepath.Join(dir, "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	path := filepath.Join(dir, "index")
	add := func(w *IndexWriter, id, text string) {
		n := len([]rune(text))
		doc := &Document{ID: id, Path: id, Format: "txt", Hash: id, Text: text, Words: 2, Attrs: map[string]string{"programme": "P"}}
		segs := []Segment{{Seq: 1, TurnSeq: 1, End: n, Words: 2, Text: text, Speaker: "R"}}
		if err := st.Tx(ctx, func(tx *Tx) error { return tx.PutDocument(doc, []Turn{{Seq: 1, End: n}}, segs) }); err != nil {
			t.Fatal(err)
		}
		w.Add(doc, segs)
	}
	// A new project: documents are indexed as they are stored.
	w, err := StartIndexWriter(ctx, path, st, 0)
	if err != nil {
		t.Fatal(err)
	}
	add(w, "a", "oxygen cylinders")
	if err := w.Finish(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	ix, err := OpenIndex(ctx, path, st, func(m string) { t.Errorf("the writer left the index stale: %s", m) }, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res, _ := ix.Search(ctx, SearchRequest{Query: "cylinder"}); res == nil || len(res.Hits) != 1 || res.Hits[0].Speaker != "R" {
		t.Errorf("search after the writer: %+v", res)
	}
	ix.Close()
	// An aborted command leaves the index marked stale, to be rebuilt.
	prev, _ := st.IndexVersion(ctx)
	w, err = StartIndexWriter(ctx, path, st, prev)
	if err != nil {
		t.Fatal(err)
	}
	w.Abort()
	rebuilt := false
	ix, err = OpenIndex(ctx, path, st, func(string) { rebuilt = true }, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if !rebuilt {
		t.Error("an aborted writer's index was trusted")
	}
}
