package corpus

import (
	"context"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// A search counts its hits by programme and role: by the group field (see
// IndexedSegment.Group), one term per segment. bleve's facets read each
// hit's group from the field's doc values, which means decompressing a
// chunk of them for nearly every hit of a word spread over the project
// ("lonely" at 10,000 interviews: two thirds of its time; "know" half).
// The hits are counted here instead, as the searcher hands them to the
// collector, through a table of every segment's group read once per index
// snapshot from the field's terms (each term's list of segments; about 7
// ms at 10,000 interviews) and kept while the index does not change; until
// a search has had tableAfter hits, with no table kept, by their doc
// values, as bleve did (a command's one search with few hits does not
// read the table). The counts are the same either way (a test holds them
// to bleve's facets).

// tableAfter is how many hits a search counts by their doc values before
// it reads (or reuses) the table of groups: a few thousand cost about what
// reading the table does.
const tableAfter = 2000

// groupTable is the group of every segment of one index snapshot, by the
// segment's number in it.
type groupTable struct {
	r     index.IndexReader // the snapshot
	of    []uint32          // of[n]: 1 + the index in names of segment n's group; 0: none known
	names []string
}

// groupCache keeps the table of the index's latest snapshot.
type groupCache struct {
	mu sync.Mutex
	t  *groupTable
	// after, when not zero, replaces tableAfter (a test's; below zero:
	// none, the table at once).
	after int
}

// tableAfter is how many hits are counted by doc values first.
func (c *groupCache) tableAfter() int {
	switch {
	case c.after < 0:
		return 0
	case c.after > 0:
		return c.after
	}
	return tableAfter
}

// table returns the table of snapshot r, reading it unless it is the one
// kept; nil (and no error) if r's segments do not have one group each.
func (c *groupCache) table(ctx context.Context, r index.IndexReader) (*groupTable, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.t != nil && c.t.r == r {
		return c.t, nil
	}
	t, err := readGroupTable(ctx, r)
	if err != nil || t == nil {
		return nil, err
	}
	c.t = t
	return t, nil
}

// kept returns the table kept if it is snapshot r's, else nil, dropping
// a table of an older snapshot (which holds that snapshot's segments).
func (c *groupCache) kept(r index.IndexReader) *groupTable {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.t != nil && c.t.r == r {
		return c.t
	}
	c.t = nil
	return nil
}

// forget drops the table kept (the index is closed).
func (c *groupCache) forget() {
	c.mu.Lock()
	c.t = nil
	c.mu.Unlock()
}

// readGroupTable reads the group of every segment of r from the group
// field's terms; nil if a segment has two (the table has room for one:
// doc values, which visit each, then count them).
func readGroupTable(ctx context.Context, r index.IndexReader) (*groupTable, error) {
	dict, err := r.FieldDict("group")
	if err != nil {
		return nil, err
	}
	defer dict.Close()
	t := &groupTable{r: r}
	var d index.TermFieldDoc
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		t.names = append(t.names, e.Term)
		id := uint32(len(t.names))
		tfr, err := r.TermFieldReader(ctx, []byte(e.Term), "group", false, false, false)
		if err != nil {
			return nil, err
		}
		for {
			m, err := tfr.Next(&d)
			if err != nil {
				tfr.Close()
				return nil, err
			}
			if m == nil {
				break
			}
			n := m.ID.Value()
			if n >= uint64(len(t.of)) {
				t.of = append(t.of, make([]uint32, int(n)+1-len(t.of))...)
			}
			if t.of[n] != 0 {
				tfr.Close()
				return nil, nil
			}
			t.of[n] = id
		}
		if err := tfr.Close(); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// groupCounted is a query whose hits are counted by group.
type groupCounted struct {
	q      query.Query
	groups *groupCache
	last   *groupCounter // the searcher of the latest search
}

// Searcher implements query.Query.
func (q *groupCounted) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	s, err := q.q.Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	g := &groupCounter{Searcher: s, ctx: ctx, r: r, groups: q.groups, counts: map[string]int{}}
	if t := q.groups.kept(r); t != nil { // an earlier search read it: every hit is counted through it
		g.table, g.byID, g.tried = t, make([]int, len(t.names)+1), true
	}
	q.last = g
	return g, nil
}

// counts returns the latest search's hits per group, as bleve's terms
// facet of the group field with size maxGroups gives them: the groups
// with most hits (ties by name), at most maxGroups.
func (q *groupCounted) counts() map[string]int {
	if q.last == nil {
		return nil
	}
	g := q.last
	out := g.counts
	if g.table != nil {
		for id, n := range g.byID {
			if n > 0 {
				out[g.table.names[id-1]] += n
			}
		}
	}
	if len(out) > maxGroups {
		type tc struct {
			term  string
			count int
		}
		all := make([]tc, 0, len(out))
		for t, n := range out {
			all = append(all, tc{t, n})
		}
		sort.Slice(all, func(i, j int) bool {
			if all[i].count == all[j].count {
				return all[i].term < all[j].term
			}
			return all[i].count > all[j].count
		})
		out = map[string]int{}
		for _, e := range all[:maxGroups] {
			out[e.term] = e.count
		}
	}
	return out
}

// groupCounter passes on its searcher's hits, counting each by group.
type groupCounter struct {
	search.Searcher
	ctx    context.Context
	r      index.IndexReader
	groups *groupCache

	hits   int
	counts map[string]int // by doc values
	dv     index.DocValueReader
	table  *groupTable // nil until tableAfter hits, or if r has none
	byID   []int       // by the table: hits per group id
	tried  bool        // the table was asked for
}

func (g *groupCounter) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := g.Searcher.Next(ctx)
	if dm == nil || err != nil {
		return dm, err
	}
	return dm, g.count(dm)
}

func (g *groupCounter) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := g.Searcher.Advance(ctx, id)
	if dm == nil || err != nil {
		return dm, err
	}
	return dm, g.count(dm)
}

// count counts one hit.
func (g *groupCounter) count(dm *search.DocumentMatch) error {
	g.hits++
	if !g.tried && g.hits > g.groups.tableAfter() {
		g.tried = true
		t, err := g.groups.table(g.ctx, g.r)
		if err != nil {
			return err
		}
		if t != nil {
			g.table, g.byID = t, make([]int, len(t.names)+1)
		}
	}
	if g.table != nil {
		if n := dm.IndexInternalID.Value(); n < uint64(len(g.table.of)) && g.table.of[n] != 0 {
			g.byID[g.table.of[n]]++
			return nil
		}
	}
	if g.dv == nil {
		dv, err := g.r.DocValueReader([]string{"group"})
		if err != nil {
			return err
		}
		g.dv = dv
	}
	return g.dv.VisitDocValues(dm.IndexInternalID, func(_ string, term []byte) {
		g.counts[string(term)]++
	})
}
