package corpus

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/querylang"
)

// SearchRequest is a search over participant segments.
type SearchRequest struct {
	// Query is in groundwork's search language (package querylang): words
	// joined by AND, OR, -word, "phrases", wildcards, fuzzy words and
	// field:value filters. It may be empty when a filter is given: every
	// segment that passes the filters is listed.
	Query string
	// Programme, Role and Code filter by value (programme and role
	// case-insensitively).
	Programme, Role, Code string
	// Limit is the most hits returned (default 20); Offset skips that many
	// first, for paging.
	Limit, Offset int
	// Codebook, when given, makes a code filter (Code, or code: in the
	// query) find the passages of the codes below the code too, as the
	// report counts a code; without it a code filter is that code alone.
	Codebook *codebook.Codebook
	// Suggested makes a code filter (Code, or code: in the query) count
	// the suggestions nobody has reviewed yet beside people's codings.
	// Without it a code filter counts what a report counts: the codings
	// people made, imported or accepted. (suggested:X in the query finds
	// the pending suggestions of X alone, either way.)
	Suggested bool
}

// Hit is one matching segment.
type Hit struct {
	Segment   string  `json:"segment"`
	Document  string  `json:"document"`
	Programme string  `json:"programme"`
	Role      string  `json:"role"`
	Speaker   string  `json:"speaker"`
	Score     float64 `json:"score"`
	Start     int     `json:"start"` // rune offset of the segment in the document
	Text      string  `json:"text"`
	// Matches are the rune spans [start, end) of the matched terms within Text.
	Matches [][2]int `json:"matches"`
	// Codes are the codes of the live codings (suggested or accepted) that
	// overlap the segment.
	Codes []string `json:"codes"`
}

// Facet is a count of hits per value of a field.
type Facet struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// SearchResult is the answer to a SearchRequest.
type SearchResult struct {
	Total  uint64             `json:"total"`
	Hits   []Hit              `json:"hits"`
	Facets map[string][]Facet `json:"facets"`
}

// ErrEmptyQuery is returned for a search with neither words nor filters.
var ErrEmptyQuery = errors.New("empty search; give words to search for, e.g. `groundwork search \"late at night\"`, or a filter such as --code")

// Search runs a search request.
func (ix *Index) Search(ctx context.Context, r SearchRequest) (*SearchResult, error) {
	if ix.idx == nil {
		return nil, errIndexClosed
	}
	q, err := ix.compileRequest(ctx, r)
	if err != nil {
		return nil, err
	}
	limit := r.Limit
	if limit <= 0 {
		limit = 20
	}
	offset := max(r.Offset, 0)
	if limit > maxHitsWindow || offset > maxHitsWindow-limit {
		return nil, fmt.Errorf("asked for hits %d to %d: at most %d can be paged through; narrow the search", offset+1, offset+limit, maxHitsWindow)
	}
	counted := &groupCounted{q: q, groups: &ix.groups}
	res, err := ix.searchPage(ctx, counted, limit, offset)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("searching: %w", err)
	}
	out := &SearchResult{Total: res.Total, Hits: []Hit{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, toHit(h))
	}
	if err := ix.addCodes(ctx, out.Hits); err != nil {
		return nil, err
	}
	out.Facets = splitGroups(counted.counts())
	return out, nil
}

// searchPage returns the hits from offset to offset+limit, ordered by
// score and, among equal scores, by segment. bleve orders equal scores by
// where segments sit in the index, which depends on how its files were
// merged and so varies from build to build. Asking bleve to sort by
// segment too reads every hit's key (a fifth more per query at 10,000
// interviews), so a page within the first shallowHits is fetched with
// tieMargin hits more and sorted here, and bleve sorts only deeper pages
// and pages whose last score ties with more hits than were fetched.
func (ix *Index) searchPage(ctx context.Context, q query.Query, limit, offset int) (*bleve.SearchResult, error) {
	end := offset + limit
	size := end + tieMargin
	if size > shallowHits {
		return ix.idx.SearchInContext(ctx, sortedHitsRequest(q, limit, offset))
	}
	res, err := ix.idx.SearchInContext(ctx, newHitsRequest(q, size, 0))
	if err != nil {
		return nil, err
	}
	hits := res.Hits
	if len(hits) == size && hits[size-1].Score == hits[end-1].Score {
		return ix.idx.SearchInContext(ctx, sortedHitsRequest(q, limit, offset))
	}
	slices.SortFunc(hits, func(a, b *search.DocumentMatch) int { // keys are unique
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	res.Hits = hits[min(offset, len(hits)):min(end, len(hits))]
	return res, nil
}

// tieMargin is how many hits past a page are fetched to find those that
// tie with its last: at 10,000 interviews the commonest words' last hit on
// the first page ties with 16 to 30 more.
const tieMargin = 64

// shallowHits bounds the hits fetched with their text to sort here: past
// it, loading each hit's text costs more than bleve's sorting by key.
const shallowHits = 200

// maxHitsWindow bounds offset+limit: bleve makes room for that many hits
// before it searches.
const maxHitsWindow = 1 << 22

// sortedHitsRequest asks bleve for the limit hits from offset, sorted by
// score and then segment key.
func sortedHitsRequest(q query.Query, limit, offset int) *bleve.SearchRequest {
	req := newHitsRequest(q, limit, offset)
	req.SortBy([]string{"-_score", "_id"})
	return req
}

// newHitsRequest asks for size hits from from, with what a Hit shows.
// (The counts per programme and role are the query's: groupCounted.)
func newHitsRequest(q query.Query, size, from int) *bleve.SearchRequest {
	req := bleve.NewSearchRequestOptions(q, size, from, false)
	req.Fields = []string{"text", "doc", "programme", "role", "speaker", "start"}
	req.IncludeLocations = true
	return req
}

// compileRequest turns a request's query and filters into one bleve query.
func (ix *Index) compileRequest(ctx context.Context, r SearchRequest) (query.Query, error) {
	node, err := querylang.Parse(r.Query)
	if err != nil {
		return nil, err
	}
	c := &queryCompiler{ctx: ctx, ix: ix, cb: r.Codebook, suggested: r.Suggested, values: map[string]map[string]string{}}
	var parts, not []query.Query
	if node != nil {
		q, negated, err := c.compile(node)
		if err != nil {
			return nil, err
		}
		if negated {
			not = append(not, q)
		} else {
			parts = append(parts, q)
		}
	}
	for _, f := range []struct{ field, v string }{{"programme", r.Programme}, {"role", r.Role}, {"code", r.Code}} {
		if f.v == "" {
			continue
		}
		q, _, err := c.compile(&querylang.Node{Kind: querylang.Field, Field: f.field, Text: f.v})
		if err != nil {
			return nil, err
		}
		parts = append(parts, q)
	}
	if len(parts) == 0 && len(not) == 0 {
		return nil, ErrEmptyQuery
	}
	return combine(parts, not), nil
}

// combine makes one query of required and excluded parts; with nothing
// required, every segment is a candidate.
func combine(must, not []query.Query) query.Query {
	if len(not) == 0 && len(must) == 1 {
		return must[0]
	}
	b := bleve.NewBooleanQuery()
	if len(must) == 0 {
		must = []query.Query{bleve.NewMatchAllQuery()}
	}
	b.AddMust(must...)
	b.AddMustNot(not...)
	return b
}

// addCodes fills in the codes of each hit from the store.
func (ix *Index) addCodes(ctx context.Context, hits []Hit) error {
	if ix.st == nil || len(hits) == 0 {
		return nil
	}
	keys := make([]string, len(hits))
	for i, h := range hits {
		keys[i] = h.Segment
	}
	codes, err := ix.st.CodesOfSegments(ctx, keys)
	if err != nil {
		return fmt.Errorf("reading the codes of the hits: %w", err)
	}
	for i := range hits {
		hits[i].Codes = append([]string{}, codes[hits[i].Segment]...)
	}
	return nil
}

// queryCompiler turns a parsed query into a bleve query, resolving field
// values against what the project holds.
type queryCompiler struct {
	ctx    context.Context
	ix     *Index
	cb     *codebook.Codebook           // nil: a code filter is the code alone
	values map[string]map[string]string // field -> lower-case value -> value
	// suggested: code: counts pending suggestions too (SearchRequest.Suggested)
	suggested bool
}

// compile returns n as a bleve query, and whether it is to be excluded.
func (c *queryCompiler) compile(n *querylang.Node) (query.Query, bool, error) {
	switch n.Kind {
	case querylang.And:
		var must, not []query.Query
		for _, ch := range n.Children {
			q, neg, err := c.compile(ch)
			if err != nil {
				return nil, false, err
			}
			if neg {
				not = append(not, q)
			} else {
				must = append(must, q)
			}
		}
		if len(must) == 0 { // only exclusions: "not any of them"
			return bleve.NewDisjunctionQuery(not...), !n.Negated, nil
		}
		return combine(must, not), n.Negated, nil
	case querylang.Or:
		var any []query.Query
		for _, ch := range n.Children {
			q, neg, err := c.compile(ch)
			if err != nil {
				return nil, false, err
			}
			if neg {
				q = combine(nil, []query.Query{q})
			}
			any = append(any, q)
		}
		return bleve.NewDisjunctionQuery(any...), n.Negated, nil
	case querylang.Phrase:
		return phraseQuery(n.Text, c.ix.idx.Mapping().AnalyzerNamed(Analyser)), n.Negated, nil
	case querylang.Word:
		return c.word(n), n.Negated, nil
	}
	q, err := c.field(n)
	return q, n.Negated, err
}

// word matches a word in any form: analysed like the text (stemmed), or as
// a wildcard or fuzzy match against the indexed terms.
func (c *queryCompiler) word(n *querylang.Node) query.Query {
	switch {
	case strings.ContainsAny(n.Text, "*?"):
		q := bleve.NewWildcardQuery(strings.ToLower(n.Text))
		q.SetField("text")
		return q
	case n.Fuzzy > 0:
		q := bleve.NewFuzzyQuery(c.stem(n.Text))
		q.SetField("text")
		q.SetFuzziness(n.Fuzzy)
		return q
	}
	q := bleve.NewMatchQuery(n.Text)
	q.SetField("text")
	q.SetOperator(query.MatchQueryOperatorAnd) // "e-mail" needs both parts
	return q
}

// stem analyses one word as the index does; a word the analyser drops
// (a stop word) is kept as typed, lower-cased.
func (c *queryCompiler) stem(w string) string {
	if a := c.ix.idx.Mapping().AnalyzerNamed(Analyser); a != nil {
		if toks := a.Analyze([]byte(w)); len(toks) > 0 {
			return string(toks[0].Term)
		}
	}
	return strings.ToLower(w)
}

// field compiles a field:value filter.
func (c *queryCompiler) field(n *querylang.Node) (query.Query, error) {
	if n.Field == "code" || n.Field == "suggested" {
		if c.ix.st == nil {
			return nil, errors.New("searching by code needs the store")
		}
		// code: counts people's codings (and, asked to, the pending
		// suggestions), as a report counts a code; suggested: the pending
		// suggestions alone, for review.
		people, pending := n.Field == "code", n.Field == "suggested" || c.suggested
		keys, err := c.ix.st.SegmentsCoded(c.ctx, people, pending, c.cb.WithDescendants(n.Text)...)
		if err != nil {
			return nil, err
		}
		if len(keys) == 0 {
			return bleve.NewMatchNoneQuery(), nil
		}
		return bleve.NewDocIDQuery(keys), nil
	}
	v, err := c.resolve(n.Field, n.Text)
	if err != nil {
		return nil, err
	}
	q := bleve.NewTermQuery(v)
	q.SetField(n.Field)
	return q, nil
}

// resolve finds the value of a field as the project spells it, ignoring
// case, or says which values exist.
func (c *queryCompiler) resolve(field, v string) (string, error) {
	if c.ix.st == nil {
		return v, nil
	}
	known, ok := c.values[field]
	if !ok {
		vals, err := c.ix.st.FieldValues(c.ctx, field)
		if err != nil {
			return "", err
		}
		known = map[string]string{}
		for _, val := range vals {
			known[strings.ToLower(val)] = val
		}
		c.values[field] = known
	}
	if exact, ok := known[strings.ToLower(v)]; ok {
		return exact, nil
	}
	var all []string
	for _, val := range known {
		all = append(all, val)
	}
	return "", &UnknownValueError{Field: field, Value: v, Known: all}
}

// UnknownValueError is a filter on a value no document has.
type UnknownValueError struct {
	Field, Value string
	Known        []string
}

func (e *UnknownValueError) Error() string {
	near := codebook.Nearest(e.Value, e.Known, 3)
	msg := fmt.Sprintf("no document has %s %q", e.Field, e.Value)
	switch {
	case len(near) > 0:
		msg += fmt.Sprintf("; did you mean %s?", quoteList(near))
	case len(e.Known) == 0:
		msg += fmt.Sprintf("; no document has a %s yet", e.Field)
	}
	if len(e.Known) > 0 && len(e.Known) <= 12 {
		sorted := append([]string(nil), e.Known...)
		sort.Strings(sorted)
		msg += fmt.Sprintf(" (the project has: %s)", strings.Join(sorted, ", "))
	}
	return msg
}

func quoteList(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, " or ")
}

// maxGroups bounds the programme × role pairs a search counts.
const maxGroups = 100_000

// splitGroups turns the counts per programme and role pair into counts per
// programme and per role, most hits first (ties by name), leaving out
// documents without the attribute.
func splitGroups(groups map[string]int) map[string][]Facet {
	out := map[string][]Facet{}
	if groups == nil {
		return out
	}
	counts := map[string]map[string]int{"programme": {}, "role": {}}
	for g, n := range groups {
		p, r, ok := splitGroup(g)
		if !ok {
			continue
		}
		if p != "" {
			counts["programme"][p] += n
		}
		if r != "" {
			counts["role"][r] += n
		}
	}
	for name, m := range counts {
		for v, n := range m {
			out[name] = append(out[name], Facet{Value: v, Count: n})
		}
		sort.Slice(out[name], func(i, j int) bool {
			a, b := out[name][i], out[name][j]
			return a.Count > b.Count || a.Count == b.Count && a.Value < b.Value
		})
	}
	return out
}

func toHit(h *search.DocumentMatch) Hit {
	str := func(k string) string { s, _ := h.Fields[k].(string); return s }
	hit := Hit{Segment: h.ID, Document: str("doc"), Programme: str("programme"), Role: str("role"),
		Speaker: str("speaker"), Score: h.Score, Text: str("text")}
	if f, ok := h.Fields["start"].(float64); ok {
		hit.Start = int(f)
	}
	var spans [][2]int
	for _, locs := range h.Locations["text"] {
		for _, l := range locs {
			if int(l.End) <= len(hit.Text) && l.Start <= l.End {
				spans = append(spans, [2]int{int(l.Start), int(l.End)})
			}
		}
	}
	hit.Matches = byteSpansToRunes(hit.Text, spans)
	return hit
}

// byteSpansToRunes turns byte spans of text (bleve's locations) into rune
// spans, in order, in one pass over the text however many there are: a
// very long segment with many matches stays linear.
func byteSpansToRunes(text string, spans [][2]int) [][2]int {
	if len(spans) == 0 {
		return nil
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	type mark struct{ byteOff, idx, end int }
	marks := make([]mark, 0, 2*len(spans))
	for i, sp := range spans {
		marks = append(marks, mark{sp[0], i, 0}, mark{sp[1], i, 1})
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].byteOff < marks[j].byteOff })
	out := make([][2]int, len(spans))
	b, r := 0, 0
	for _, m := range marks {
		r += utf8.RuneCountInString(text[b:m.byteOff])
		b = m.byteOff
		out[m.idx][m.end] = r
	}
	return out
}
