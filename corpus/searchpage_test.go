package corpus

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
)

// TestSearchPageOrderMatchesBruteForce: every page, shallow or deep, at
// every offset (past the hits too) and limit, is the hits ordered by score
// and then segment key, in an index written in several transactions in a
// random order, with four levels of score of 75 equal hits each (more
// than tieMargin).
func TestSearchPageOrderMatchesBruteForce(t *testing.T) {
	ctx := context.Background()
	const n = 300
	st, path := keptStore(t)
	ids := rand.New(rand.NewSource(1)).Perm(n)
	for chunk := range slices.Chunk(ids, n/6) {
		err := st.Tx(ctx, func(tx *Tx) error {
			for _, i := range chunk {
				k := i%4 + 1
				text := strings.Repeat("oxygen ", k) + strings.Repeat("filler ", 4-k) + "end"
				if err := putText(ctx, tx, fmt.Sprintf("d%04d", i), text); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	ix, err := OpenIndex(ctx, path, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	q, err := ix.compileRequest(ctx, SearchRequest{Query: "oxygen"})
	if err != nil {
		t.Fatal(err)
	}
	all, err := ix.idx.SearchInContext(ctx, newHitsRequest(q, 2*n, 0))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	slices.SortFunc(all.Hits, func(a, b *search.DocumentMatch) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.ID, b.ID))
	})
	for _, h := range all.Hits {
		want = append(want, h.ID)
	}
	for _, limit := range []int{1, 7, 20, 65, 200, n + 1} {
		for offset := 0; offset <= n+3; offset++ {
			res, err := ix.searchPage(ctx, q, limit, offset)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			if exp := want[min(offset, n):min(offset+limit, n)]; !slices.Equal(got, exp) {
				t.Fatalf("limit %d offset %d: %v, want %v", limit, offset, got, exp)
			}
			if res.Total != n {
				t.Fatalf("limit %d offset %d: total %d, want %d", limit, offset, res.Total, n)
			}
		}
	}
}

// TestSearchPageTooDeep: a page past any project's hits is an error, not
// a panic (bleve makes room for offset+limit hits before searching).
func TestSearchPageTooDeep(t *testing.T) {
	_, _, ix := indexedFixture(t)
	for _, r := range []SearchRequest{{Query: "support", Offset: math.MaxInt - 10, Limit: 50}, {Query: "support", Limit: math.MaxInt}} {
		if _, err := ix.Search(context.Background(), r); err == nil || !strings.Contains(err.Error(), "narrow the search") {
			t.Errorf("offset %d limit %d: %v, want an error", r.Offset, r.Limit, err)
		}
	}
}
