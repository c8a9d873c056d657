package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Index is the bleve search index of participant segments. It is a cache of
// the store: it can always be rebuilt from it, and it is rebuilt when it is
// missing, damaged or out of date.
type Index struct {
	idx  bleve.Index
	path string
}

// ErrIndexBusy is returned when another process holds the index.
var ErrIndexBusy = errors.New("the search index is in use by another groundwork process (is `groundwork serve` running on this project?); stop it or use the workbench")

// IndexedSegment is what bleve stores for a segment. BleveType makes bleve
// use the segment mapping rather than falling back to the dynamic default,
// which would stem keyword fields (see docs/ARCHITECTURE.md).
type IndexedSegment struct {
	Text      string   `json:"text"`
	Doc       string   `json:"doc"`
	Programme string   `json:"programme"`
	Role      string   `json:"role"`
	Speaker   string   `json:"speaker"`
	Codes     []string `json:"codes"`
	Start     int      `json:"start"`
	// Group is programme and role together, the one field search facets
	// count: one doc-value visit per hit instead of two.
	Group string `json:"group"`
}

// NewIndexedSegment is what the index holds for segment s of document d
// coded with codes.
func NewIndexedSegment(d *Document, s *Segment, codes []string) IndexedSegment {
	p, r := d.Attr("programme"), d.Attr("role")
	return IndexedSegment{Text: s.Text, Doc: d.ID, Programme: p, Role: r, Speaker: s.Speaker, Codes: codes,
		Start: s.Start, Group: joinGroup(p, r)}
}

// joinGroup writes a programme and role pair as one term, the programme's
// length first so that any value splits back exactly.
func joinGroup(programme, role string) string {
	return strconv.Itoa(len(programme)) + ":" + programme + role
}

// splitGroup undoes joinGroup.
func splitGroup(g string) (programme, role string, ok bool) {
	n, rest, found := strings.Cut(g, ":")
	l, err := strconv.Atoi(n)
	if !found || err != nil || l < 0 || l > len(rest) {
		return "", "", false
	}
	return rest[:l], rest[l:], true
}

// BleveType names the document mapping bleve uses for segments.
func (IndexedSegment) BleveType() string { return "segment" }

const (
	versionKey = "groundwork_index_version"
	// layoutKey records the mapping an index was built with; an index from
	// an older layout is rebuilt.
	layoutKey = "groundwork_index_layout"
	layout    = "2" // 2: the group facet field
)

// IndexMapping is the bleve mapping of the segment index: text with the
// English analyser (stemmed), keyword fields for programme, role, speaker,
// document and codes whose values come back as stored, and the group field
// (programme and role) with doc values for the facets.
func IndexMapping() mapping.IndexMapping {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = en.AnalyzerName
	text.Store = true
	text.IncludeTermVectors = true
	kw := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store, f.DocValues, f.IncludeInAll = true, false, false
		return f
	}
	seg := bleve.NewDocumentStaticMapping()
	seg.AddFieldMappingsAt("text", text)
	for _, f := range []string{"doc", "programme", "role", "speaker", "codes"} {
		seg.AddFieldMappingsAt(f, kw())
	}
	group := bleve.NewKeywordFieldMapping()
	group.Store, group.DocValues, group.IncludeInAll = false, true, false
	seg.AddFieldMappingsAt("group", group)
	start := bleve.NewNumericFieldMapping()
	start.Store, start.IncludeInAll = true, false
	seg.AddFieldMappingsAt("start", start)
	im := bleve.NewIndexMapping()
	im.AddDocumentMapping("segment", seg)
	im.DefaultMapping = seg
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultField = "text"
	return im
}

// OpenIndex opens the index at path, bringing it up to date with the store:
// a missing, damaged or stale index is rebuilt, and notify (which may be
// nil) is told why.
func OpenIndex(ctx context.Context, path string, st *Store, notify func(string), p Progress) (*Index, error) {
	if notify == nil {
		notify = func(string) {}
	}
	want, err := st.IndexVersion(ctx)
	if err != nil {
		return nil, err
	}
	ix, err := openExisting(path)
	switch {
	case errors.Is(err, ErrIndexBusy):
		return nil, err
	case errors.Is(err, os.ErrNotExist):
		notify("building the search index")
	case err != nil:
		notify(fmt.Sprintf("the search index was damaged (%v); rebuilding it from the store", err))
	default:
		have, verr := ix.version()
		if !ix.currentLayout() {
			ix.Close()
			notify("the search index was built by an older groundwork; rebuilding it")
			break
		}
		if verr == nil && have == want {
			return ix, nil
		}
		ix.Close()
		notify("the search index is out of date; rebuilding it")
	}
	return RebuildIndex(ctx, path, st, p)
}

func openExisting(path string) (*Index, error) {
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		return nil, os.ErrNotExist
	}
	idx, err := bleve.OpenUsing(path, map[string]interface{}{"bolt_timeout": "2s"})
	if err != nil {
		// bleve returns a typed nil on error: never touch idx here.
		if strings.Contains(err.Error(), "timeout") {
			return nil, ErrIndexBusy
		}
		return nil, err
	}
	return &Index{idx: idx, path: path}, nil
}

// createIndex makes an empty index with the current mapping and layout.
func createIndex(path string) (bleve.Index, error) {
	idx, err := bleve.New(path, IndexMapping())
	if err != nil {
		return nil, err
	}
	if err := idx.SetInternal([]byte(layoutKey), []byte(layout)); err != nil {
		idx.Close()
		return nil, err
	}
	return idx, nil
}

// currentLayout reports whether the index was built with this mapping.
func (ix *Index) currentLayout() bool {
	lay, err := ix.idx.GetInternal([]byte(layoutKey))
	return err == nil && string(lay) == layout
}

func (ix *Index) version() (int64, error) {
	b, err := ix.idx.GetInternal([]byte(versionKey))
	if err != nil || len(b) == 0 {
		return -1, fmt.Errorf("no version recorded")
	}
	return strconv.ParseInt(string(b), 10, 64)
}

// Close closes the index.
func (ix *Index) Close() error { return ix.idx.Close() }

// RebuildIndex builds a fresh index from the store beside the old one and
// then swaps it in, so an interrupted rebuild leaves the old index (or none)
// rather than a half-built one.
func RebuildIndex(ctx context.Context, path string, st *Store, p Progress) (*Index, error) {
	version, err := st.IndexVersion(ctx)
	if err != nil {
		return nil, err
	}
	tmp := path + ".new"
	os.RemoveAll(tmp)
	idx, err := createIndex(tmp)
	if err != nil {
		return nil, fmt.Errorf("creating the search index: %w", err)
	}
	ix := &Index{idx: idx, path: tmp}
	if err := ix.indexAll(ctx, st, p); err != nil {
		idx.Close()
		os.RemoveAll(tmp)
		return nil, err
	}
	if err := idx.SetInternal([]byte(versionKey), []byte(strconv.FormatInt(version, 10))); err != nil {
		idx.Close()
		return nil, err
	}
	if err := idx.Close(); err != nil {
		return nil, err
	}
	old := path + ".old"
	os.RemoveAll(old)
	if err := os.Rename(path, old); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("replacing the search index: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("replacing the search index: %w", err)
	}
	os.RemoveAll(old)
	return openExisting(path)
}

// batchSize caps documents per bleve batch: memory grows with batch size
// (bleve #1604, #1787) and each batch becomes a segment file.
const batchSize = 1000

func (ix *Index) indexAll(ctx context.Context, st *Store, p Progress) error {
	docs, err := st.Documents(ctx)
	if err != nil {
		return err
	}
	return ix.indexDocs(ctx, st, docs, false, p)
}

// indexDocs (re)indexes every segment of docs, telling p (which may be
// nil) of each document done; with replace, the documents' old segments
// are deleted first.
func (ix *Index) indexDocs(ctx context.Context, st *Store, docs []*Document, replace bool, p Progress) error {
	if p == nil {
		p = noProgress{}
	}
	p.Start(len(docs))
	defer p.Done()
	b := ix.idx.NewBatch()
	flush := func() error {
		if b.Size() == 0 {
			return nil
		}
		if err := ix.idx.Batch(b); err != nil {
			return fmt.Errorf("writing the search index: %w", err)
		}
		b.Reset()
		return nil
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if replace {
			if err := ix.deleteDoc(ctx, d.ID, b); err != nil {
				return err
			}
		}
		codes, err := segmentCodes(ctx, st, d.ID)
		if err != nil {
			return err
		}
		err = st.EachSegment(ctx, SegmentFilter{DocIDs: []string{d.ID}}, func(s *Segment) error {
			if err := b.Index(s.Key(), NewIndexedSegment(d, s, codes.of(s))); err != nil {
				return err
			}
			if b.Size() >= batchSize {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
		p.Add(1)
	}
	return flush()
}

func (ix *Index) deleteDoc(ctx context.Context, doc string, b *bleve.Batch) error {
	q := bleve.NewTermQuery(doc)
	q.SetField("doc")
	for from := 0; ; from += 1000 {
		req := bleve.NewSearchRequestOptions(q, 1000, from, false)
		res, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			b.Delete(h.ID)
		}
		if len(res.Hits) < 1000 {
			return nil
		}
	}
}

// codeSpans assigns codings to the segments they overlap.
type codeSpans []*Coding

func segmentCodes(ctx context.Context, st *Store, doc string) (codeSpans, error) {
	cs, err := st.Codings(ctx, CodingFilter{DocIDs: []string{doc}, Statuses: []string{StatusSuggested, StatusAccepted}})
	return codeSpans(cs), err
}

func (cs codeSpans) of(s *Segment) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range cs {
		if c.Start < s.End && s.Start < c.End && !seen[c.Code] {
			seen[c.Code] = true
			out = append(out, c.Code)
		}
	}
	sort.Strings(out)
	return out
}

// UpdateIndex brings the index at path up to date after a command changed
// the store. When the index was current at prevVersion (read before the
// command's transaction) only the documents named in changed are
// re-indexed; otherwise the whole index is rebuilt.
func UpdateIndex(ctx context.Context, path string, st *Store, prevVersion int64, changed []string, p Progress) error {
	want, err := st.IndexVersion(ctx)
	if err != nil {
		return err
	}
	ix, err := openExisting(path)
	if errors.Is(err, ErrIndexBusy) {
		return err
	}
	if err == nil {
		have, verr := ix.version()
		if verr == nil && have == want {
			return ix.Close()
		}
		if verr == nil && have == prevVersion && ix.currentLayout() && !mostChanged(ctx, st, changed) {
			err = ix.reindex(ctx, st, want, changed, p)
			if cerr := ix.Close(); err == nil {
				err = cerr
			}
			return err
		}
		ix.Close()
	}
	ix, err = RebuildIndex(ctx, path, st, p)
	if err != nil {
		return err
	}
	return ix.Close()
}

// mostChanged reports whether changed holds most of the store's
// documents: then building the index afresh is cheaper than deleting and
// re-adding each document's segments (code auto's first run at 10,000
// interviews: 45 s against 50 s).
func mostChanged(ctx context.Context, st *Store, changed []string) bool {
	var n int
	if err := st.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return false
	}
	return len(changed) > 100 && 2*len(changed) > n
}

func (ix *Index) reindex(ctx context.Context, st *Store, want int64, changed []string, p Progress) error {
	// Mark the index stale while it is being changed, so an interrupt
	// leaves it to be rebuilt rather than trusted.
	if err := ix.idx.SetInternal([]byte(versionKey), []byte("-1")); err != nil {
		return err
	}
	var docs []*Document
	b := ix.idx.NewBatch()
	for _, id := range changed {
		d, err := st.Document(ctx, id)
		if errors.Is(err, ErrNotFound) {
			if err := ix.deleteDoc(ctx, id, b); err != nil {
				return err
			}
			continue
		}
		if err != nil {
			return err
		}
		d.Text = "" // the segments carry their own text
		docs = append(docs, d)
	}
	if b.Size() > 0 {
		if err := ix.idx.Batch(b); err != nil {
			return err
		}
	}
	if err := ix.indexDocs(ctx, st, docs, true, p); err != nil {
		return err
	}
	return ix.idx.SetInternal([]byte(versionKey), []byte(strconv.FormatInt(want, 10)))
}

// Progress receives progress of long work; implementations draw it on a
// terminal. Add may be called from several goroutines at once.
type Progress interface {
	Start(total int)
	Add(n int)
	Done()
}

type noProgress struct{}

func (noProgress) Start(int) {}
func (noProgress) Add(int)   {}
func (noProgress) Done()     {}

// SearchRequest is a search over participant segments.
type SearchRequest struct {
	// Query is in bleve's query-string syntax: words, "phrases", +must,
	// -mustnot, field:value, wildcards and fuzzy terms.
	Query string
	// Programme, Role and Code filter by exact keyword value.
	Programme, Role, Code string
	Limit                 int
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
	// Codes are the codes applied to the segment.
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

// ValidateQuery reports whether q is a valid bleve query string.
func ValidateQuery(q string) error {
	qs := bleve.NewQueryStringQuery(q)
	if _, err := qs.Parse(); err != nil {
		return fmt.Errorf("invalid query %q: %v (see `groundwork search --help` for the syntax)", q, err)
	}
	return nil
}

// Search runs a search request.
func (ix *Index) Search(ctx context.Context, r SearchRequest) (*SearchResult, error) {
	if strings.TrimSpace(r.Query) == "" {
		return nil, fmt.Errorf("empty query; give words to search for, e.g. `groundwork search \"late at night\"`")
	}
	if err := ValidateQuery(r.Query); err != nil {
		return nil, err
	}
	var q query.Query = bleve.NewQueryStringQuery(r.Query)
	conj := []query.Query{q}
	for field, v := range map[string]string{"programme": r.Programme, "role": r.Role, "codes": r.Code} {
		if v == "" {
			continue
		}
		tq := bleve.NewTermQuery(v)
		tq.SetField(field)
		conj = append(conj, tq)
	}
	limit := r.Limit
	if limit <= 0 {
		limit = 20
	}
	if len(conj) > 1 {
		q = bleve.NewConjunctionQuery(conj...)
	}
	req := bleve.NewSearchRequestOptions(q, limit, 0, false)
	req.Fields = []string{"text", "doc", "programme", "role", "speaker", "codes", "start"}
	req.IncludeLocations = true
	req.AddFacet("group", bleve.NewFacetRequest("group", maxGroups))
	res, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("searching: %w", err)
	}
	out := &SearchResult{Total: res.Total}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, toHit(h))
	}
	out.Facets = splitGroups(res.Facets["group"])
	return out, nil
}

// maxGroups bounds the programme × role pairs a search counts.
const maxGroups = 100_000

// splitGroups turns the counts per programme and role pair into counts per
// programme and per role, most hits first (ties by name), leaving out
// documents without the attribute.
func splitGroups(f *search.FacetResult) map[string][]Facet {
	out := map[string][]Facet{}
	if f == nil || f.Terms == nil {
		return out
	}
	counts := map[string]map[string]int{"programme": {}, "role": {}}
	for _, t := range f.Terms.Terms() {
		p, r, ok := splitGroup(t.Term)
		if !ok {
			continue
		}
		if p != "" {
			counts["programme"][p] += t.Count
		}
		if r != "" {
			counts["role"][r] += t.Count
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
	switch c := h.Fields["codes"].(type) {
	case string:
		hit.Codes = []string{c}
	case []interface{}:
		for _, v := range c {
			if s, ok := v.(string); ok {
				hit.Codes = append(hit.Codes, s)
			}
		}
	}
	var spans [][2]int
	for _, locs := range h.Locations["text"] {
		for _, l := range locs {
			spans = append(spans, [2]int{int(l.Start), int(l.End)})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	for _, sp := range spans {
		if sp[1] > len(hit.Text) || sp[0] > sp[1] {
			continue
		}
		// bleve reports byte offsets; groundwork speaks runes.
		rs := utf8.RuneCountInString(hit.Text[:sp[0]])
		re := rs + utf8.RuneCountInString(hit.Text[sp[0]:sp[1]])
		hit.Matches = append(hit.Matches, [2]int{rs, re})
	}
	return hit
}

// SegmentsMatching returns the keys of every segment that matches a bleve
// query string; the auto-coder runs a codebook's query rules through it, once
// per rule.
func (ix *Index) SegmentsMatching(ctx context.Context, q string) (map[string]bool, error) {
	if err := ValidateQuery(q); err != nil {
		return nil, err
	}
	out := map[string]bool{}
	const page = 5000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(bleve.NewQueryStringQuery(q), page, from, false)
		req.SortBy([]string{"_id"})
		res, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			out[h.ID] = true
		}
		if len(res.Hits) < page {
			return out, nil
		}
	}
}

// Count returns the number of segments in the index.
func (ix *Index) Count() (uint64, error) { return ix.idx.DocCount() }
