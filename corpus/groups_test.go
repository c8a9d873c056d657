package corpus

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

// TestGroupCountsAreBleveFacets: the counts by programme and role of a
// search, counted by doc values, through the table of groups (read by the
// search or kept from an earlier one), or the first hits one way and the
// rest the other, are those of bleve's terms facet of
// the group field, before and after the open index changes (a document
// deleted, one replaced under another programme, new ones) and after its
// segments are merged (numbered anew): the table kept is of the old
// snapshot and must not be used.
func TestGroupCountsAreBleveFacets(t *testing.T) {
	ctx := context.Background()
	st, dir := tempStore(t, "project.db")
	programmes := []string{"HeartMates", "Open Door", "", "Dementia Carers Circle", "P:1"}
	roles := []string{"patient", "caregiver", "", "peer supporter"}
	words := []string{"night", "phone", "alone", "group", "nurse"}
	put := func(tx *Tx, id, programme, role, text string) error {
		n := len([]rune(text))
		doc := &Document{ID: id, Path: id + ".txt", Format: "txt", Hash: "h-" + id + programme, Text: text, Words: 3,
			Attrs: map[string]string{"programme": programme, "role": role}}
		return tx.PutDocument(doc, []Turn{{Seq: 1, Speaker: "P", End: n, Words: 3}},
			[]Segment{{Seq: 1, TurnSeq: 1, End: n, Words: 3, Text: text}})
	}
	err := st.Tx(ctx, func(tx *Tx) error {
		for i := range 120 {
			text := fmt.Sprintf("%s and %s, said %d", words[i%5], words[(i/5)%5], i)
			if err := put(tx, fmt.Sprintf("d%03d", i), programmes[i%len(programmes)], roles[(i/3)%len(roles)], text); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := OpenIndexForWriting(ctx, filepath.Join(dir, "index"), st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	// stale, when set, is a table of an earlier snapshot, put back as the
	// one kept before each query.
	check := func(when string, stale *groupTable) {
		t.Helper()
		for _, q := range []string{"nothing", "night", "night OR phone", "alone -group", `"and phone"`, `"said"`, "programme:HeartMates"} { // the last has hits: a table is kept
			cq, err := ix.compileRequest(ctx, SearchRequest{Query: q})
			if err != nil {
				t.Fatal(err)
			}
			req := bleve.NewSearchRequestOptions(cq, 10, 0, false)
			req.AddFacet("group", bleve.NewFacetRequest("group", maxGroups))
			res, err := ix.idx.SearchInContext(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			bleveGroups := map[string]int{}
			for _, tf := range res.Facets["group"].Terms.Terms() {
				bleveGroups[tf.Term] = tf.Count
			}
			want := splitGroups(bleveGroups)
			// The first two use the table kept by the search before (after a
			// change, one of the snapshot before), the others read their own;
			// the last keeps one.
			if stale != nil {
				ix.groups.t = stale
			}
			for i, after := range []int{1 << 30, 0, 1, 7, 1 << 30, 0} {
				ix.groups.after = after
				if after == 0 {
					ix.groups.after = -1 // none: the table at once
				}
				if i >= 2 {
					ix.groups.forget()
				}
				got, err := ix.Search(ctx, SearchRequest{Query: q})
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got.Facets, want) {
					t.Errorf("%s, %q, table after %d hits: facets %v, want %v (bleve)", when, q, after, got.Facets, want)
				}
				if got.Total != res.Total {
					t.Errorf("%s, %q: total %d, want %d", when, q, got.Total, res.Total)
				}
			}
		}
	}
	check("first", nil)
	before := ix.groups.t
	if before == nil {
		t.Fatal("no table kept")
	}

	prev, err := st.IndexVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var changed []string
	err = st.Tx(ctx, func(tx *Tx) error {
		if err := tx.DeleteDocument("d007"); err != nil {
			return err
		}
		if err := tx.DeleteDocument("d011"); err != nil {
			return err
		}
		if err := put(tx, "d011", "Brand New", "patient", "night night phone"); err != nil {
			return err
		}
		for i := range 9 {
			if err := put(tx, fmt.Sprintf("e%03d", i), "Brand New", roles[i%len(roles)], "alone at night"); err != nil {
				return err
			}
		}
		changed = []string{"d007", "d011", "e000", "e001", "e002", "e003", "e004", "e005", "e006", "e007", "e008"}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Update(ctx, st, prev, changed); err != nil {
		t.Fatal(err)
	}
	check("after a change", before)
	before = ix.groups.t
	// Merged into one segment, the deleted documents gone: segments are
	// numbered anew, and a table of the snapshot before would count them
	// under others' groups.
	if err := ix.mergeToOne(ctx); err != nil {
		t.Fatal(err)
	}
	check("after a merge", before)
}
