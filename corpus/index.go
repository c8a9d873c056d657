package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Index is the bleve search index of participant segments. It is a cache of
// the store: it can always be rebuilt from it, and it is rebuilt when it is
// missing, damaged or out of date.
type Index struct {
	idx  bleve.Index
	path string
	// st is the store the index was built from: which codes a segment has
	// is read from it, not from the index (codings change far more often
	// than text, and re-indexing text for them was most of a coding run).
	st *Store
	// groups is the group of every segment of the latest snapshot that a
	// search with many hits counted them by (groups.go).
	groups groupCache
}

// ErrIndexBusy is returned when another process holds the index.
var ErrIndexBusy = errors.New("the search index is in use by another groundwork process (is `groundwork serve` running on this project?); stop it or use the workbench")

// IndexedSegment is what bleve stores for a segment. BleveType makes bleve
// use the segment mapping rather than falling back to the dynamic default,
// which would stem keyword fields (see docs/ARCHITECTURE.md).
type IndexedSegment struct {
	Text      string `json:"text"`
	Doc       string `json:"doc"`
	Programme string `json:"programme"`
	Role      string `json:"role"`
	Speaker   string `json:"speaker"`
	Start     int    `json:"start"`
	// Group is programme and role together, the one field search facets
	// count: one doc-value visit per hit instead of two.
	Group string `json:"group"`
}

// NewIndexedSegment is what the index holds for segment s of document d.
func NewIndexedSegment(d *Document, s *Segment) IndexedSegment {
	p, r := d.Attr("programme"), d.Attr("role")
	return IndexedSegment{Text: s.Text, Doc: d.ID, Programme: p, Role: r, Speaker: s.Speaker,
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
	layout    = "5" // 2: the group facet field; 3: codes read from the store; 4: lean (no _all, start not indexed); 5: the rules' analyser
)

// IndexMapping is the bleve mapping of the segment index: text with the
// English analyser (stemmed), keyword fields for programme, role, speaker
// and document whose values come back as stored, and the group field
// (programme and role) with doc values for the facets.
func IndexMapping() mapping.IndexMapping {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = Analyser
	text.Store = true
	text.IncludeTermVectors = true // hit locations, for keyword in context
	text.IncludeInAll = false      // no _all composite field: queries name "text"
	kw := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store, f.DocValues, f.IncludeInAll = true, false, false
		return f
	}
	seg := bleve.NewDocumentStaticMapping()
	seg.AddFieldMappingsAt("text", text)
	for _, f := range []string{"doc", "programme", "role", "speaker"} {
		seg.AddFieldMappingsAt(f, kw())
	}
	group := bleve.NewKeywordFieldMapping()
	group.Store, group.DocValues, group.IncludeInAll = false, true, false
	seg.AddFieldMappingsAt("group", group)
	start := bleve.NewNumericFieldMapping()
	start.Store, start.Index, start.IncludeInAll = true, false, false // shown, never searched
	seg.AddFieldMappingsAt("start", start)
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(Analyser, analyserConfig(true)); err != nil {
		panic(err) // the configuration is a constant: a test builds it
	}
	im.AddDocumentMapping("segment", seg)
	im.DefaultMapping = seg
	im.DefaultAnalyzer = Analyser
	im.DefaultField = "text"
	return im
}

// openMode says whether an index is opened to be searched, which any number
// of processes may do at once, or to be changed, which needs it alone.
type openMode bool

const (
	forReading openMode = false
	forWriting openMode = true
)

// OpenIndex opens the index at path for searching, bringing it up to date
// with the store: a missing, damaged or stale index is rebuilt (under the
// writer lock), and notify (which may be nil) is told why. Any number of
// commands may search at once; the workbench, which keeps its index open
// to change it, excludes them (ErrIndexBusy).
func OpenIndex(ctx context.Context, path string, st *Store, notify func(string), p Progress) (*Index, error) {
	return openIndex(ctx, path, st, notify, p, forReading)
}

// OpenIndexForWriting opens the index as OpenIndex does, to be kept open
// and changed (Index.Update): the workbench holds its index so.
func OpenIndexForWriting(ctx context.Context, path string, st *Store, notify func(string), p Progress) (*Index, error) {
	return openIndex(ctx, path, st, notify, p, forWriting)
}

func openIndex(ctx context.Context, path string, st *Store, notify func(string), p Progress, mode openMode) (*Index, error) {
	if notify == nil {
		notify = func(string) {}
	}
	ix, why, err := openCurrent(ctx, path, st, mode)
	if ix != nil || err != nil {
		return ix, err
	}
	unlock, err := st.lock(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	// Another process may have rebuilt it while this one waited.
	ix, why2, err := openCurrent(ctx, path, st, mode)
	if ix != nil || err != nil {
		return ix, err
	}
	if why2.notice != "" {
		why = why2
	}
	notify(why.notice)
	return rebuildIndex(ctx, path, st, p, mode)
}

// staleIndex says why an index cannot be used as it stands.
type staleIndex struct {
	missing bool   // there is no index
	state   string // what it is, as check says it: "missing", "out of date"
	notice  string // what a rebuild of it says
}

// openCurrent opens the index at path if it is current; otherwise it says
// why it must be rebuilt.
func openCurrent(ctx context.Context, path string, st *Store, mode openMode) (*Index, staleIndex, error) {
	want, err := st.IndexVersion(ctx)
	if err != nil {
		return nil, staleIndex{}, err
	}
	ix, err := openExisting(path, st, mode)
	switch {
	case errors.Is(err, ErrIndexBusy):
		return nil, staleIndex{}, err
	case errors.Is(err, os.ErrNotExist):
		return nil, staleIndex{missing: true, state: "missing (a command interrupted before it built the index leaves none)",
			notice: "building the search index"}, nil
	case err != nil:
		return nil, staleIndex{state: fmt.Sprintf("cannot be opened (%v)", err),
			notice: fmt.Sprintf("the search index was damaged (%v); rebuilding it from the store", err)}, nil
	}
	if !ix.currentLayout() {
		ix.Close()
		return nil, staleIndex{state: "built by an older groundwork", notice: "the search index was built by an older groundwork; rebuilding it"}, nil
	}
	if have, verr := ix.version(); verr == nil && have == want {
		return ix, staleIndex{}, nil
	}
	ix.Close()
	return nil, staleIndex{state: "out of date (older than the store's last change)", notice: "the search index is out of date; rebuilding it"}, nil
}

func openExisting(path string, st *Store, mode openMode) (*Index, error) {
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		return nil, os.ErrNotExist
	}
	opts := map[string]interface{}{"bolt_timeout": "2s"}
	if mode == forReading {
		opts["read_only"] = true
	}
	idx, err := bleve.OpenUsing(path, opts)
	if err != nil {
		// bleve returns a typed nil on error: never touch idx here.
		if strings.Contains(err.Error(), "timeout") {
			return nil, ErrIndexBusy
		}
		return nil, err
	}
	return &Index{idx: idx, path: path, st: st}, nil
}

// currentLayout reports whether the index was built with this mapping.
func (ix *Index) currentLayout() bool {
	if ix.idx == nil {
		return false
	}
	lay, err := ix.idx.GetInternal([]byte(layoutKey))
	return err == nil && string(lay) == layout
}

func (ix *Index) version() (int64, error) {
	if ix.idx == nil {
		return -1, errIndexClosed
	}
	b, err := ix.idx.GetInternal([]byte(versionKey))
	if err != nil || len(b) == 0 {
		return -1, fmt.Errorf("no version recorded")
	}
	return strconv.ParseInt(string(b), 10, 64)
}

// errIndexClosed is returned by an Index whose rebuild could not reopen it.
var errIndexClosed = errors.New("the search index is not open (a rebuild could not reopen it); it will be rebuilt when next used")

// Close closes the index. Closing it twice is harmless.
func (ix *Index) Close() error {
	if ix.idx == nil {
		return nil
	}
	err := ix.idx.Close()
	ix.idx = nil
	ix.groups.forget()
	return err
}

// IndexHeld returns ErrIndexBusy when another process holds the index at
// path (the workbench keeps its index open to change it), so that a
// command that must rebuild it can refuse before it changes anything. It
// returns nil when the index is free or missing.
func IndexHeld(path string) error {
	ix, err := openExisting(path, nil, forWriting)
	if errors.Is(err, ErrIndexBusy) {
		return err
	}
	if err == nil {
		ix.Close()
	}
	return nil
}

// RebuildIndex builds a fresh index from the store and swaps it in for the
// one at path, under the project's writer lock. It refuses (ErrIndexBusy)
// while another process holds the index open.
func RebuildIndex(ctx context.Context, path string, st *Store, p Progress) (*Index, error) {
	unlock, err := st.lock(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := IndexHeld(path); err != nil {
		return nil, err
	}
	return rebuildIndex(ctx, path, st, p, forReading)
}

// rebuildIndex builds a fresh index in a folder of its own beside path and
// then swaps it in, so an interrupted rebuild leaves the old index (or none)
// rather than a half-built one. The caller holds the writer lock.
func rebuildIndex(ctx context.Context, path string, st *Store, p Progress, mode openMode) (*Index, error) {
	fresh, err := buildFresh(ctx, path, st, p)
	if err != nil {
		return nil, err
	}
	defer fresh.discard()
	if err := fresh.install(); err != nil {
		return nil, err
	}
	return openExisting(path, st, mode)
}

// indexAll hands every segment of the store to index, reading them in one
// pass in document order, and tells p (which may be nil) of each document.
func indexAll(ctx context.Context, st *Store, index func(id string, data any) error, p Progress) error {
	if p == nil {
		p = NoProgress{}
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		return err
	}
	byID := make(map[string]*Document, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	p.Start(len(docs))
	defer p.Done()
	last := ""
	err = st.EachSegment(ctx, SegmentFilter{}, func(s *Segment) error {
		if s.DocID != last {
			if last != "" {
				p.Add(1)
			}
			last = s.DocID
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := index(s.Key(), NewIndexedSegment(byID[s.DocID], s)); err != nil {
			return fmt.Errorf("writing the search index: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if last != "" {
		p.Add(1)
	}
	return nil
}

// batchSize caps documents per bleve batch: memory grows with batch size
// (bleve #1604, #1787) and each batch becomes a segment file.
const batchSize = 1000

// indexDocs (re)indexes every segment of docs, telling p (which may be
// nil) of each document done; with replace, the documents' old segments
// are deleted first.
func (ix *Index) indexDocs(ctx context.Context, st *Store, docs []*Document, replace bool, p Progress) error {
	if p == nil {
		p = NoProgress{}
	}
	p.Start(len(docs))
	defer p.Done()
	w := newBatcher(ix.idx)
	defer w.wait() // nothing is left writing when an error returns early
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if replace {
			if err := ix.deleteDoc(ctx, d.ID, w.b); err != nil {
				return err
			}
		}
		err := st.EachSegment(ctx, SegmentFilter{DocIDs: []string{d.ID}}, func(s *Segment) error {
			return w.add(s.Key(), NewIndexedSegment(d, s))
		})
		if err != nil {
			return err
		}
		p.Add(1)
	}
	return w.flush()
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
	return ix.idx.SetInternal([]byte(versionKey), []byte(formatVersion(want)))
}

// Progress receives progress of long work; implementations draw it on a
// terminal. Add may be called from several goroutines at once.
type Progress interface {
	Start(total int)
	Add(n int)
	Done()
}

// NoProgress is a Progress that shows nothing, for work nobody watches.
type NoProgress struct{}

func (NoProgress) Start(int) {}
func (NoProgress) Add(int)   {}
func (NoProgress) Done()     {}

// SegmentsMatching returns the keys of every segment that matches a query
// in groundwork's search language; the auto-coder runs a codebook's query
// rules through it, once per rule.
func (ix *Index) SegmentsMatching(ctx context.Context, q string) (map[string]bool, error) {
	if ix.idx == nil {
		return nil, errIndexClosed
	}
	bq, err := ix.compileRequest(ctx, SearchRequest{Query: q})
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	const page = 5000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(bq, page, from, false)
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
func (ix *Index) Count() (uint64, error) {
	if ix.idx == nil {
		return 0, errIndexClosed
	}
	return ix.idx.DocCount()
}
