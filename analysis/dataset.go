package analysis

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Selection says which codings count.
type Selection struct {
	// Coders counts only these coders' codings (empty: every coder).
	Coders []string
	// Statuses counts only codings with these statuses (empty: accepted
	// and suggested, i.e. everything but rejections). Reviewed and Pending
	// replace it when either is set.
	Statuses []string
	// Reviewed counts what people decided: accepted codings whose coder is
	// a person (manual, imported, accepted suggestions), never a
	// suggester's own row, each passage once per coder and code.
	Reviewed bool
	// Pending counts the suggestions nobody has reviewed yet (with
	// Reviewed: the mixed view).
	Pending bool
	// Where keeps only the documents whose attribute has one of the values
	// given (case aside), for every attribute named: a report of some
	// programmes, a comparison of programmes among patients alone.
	Where map[string][]string
}

// keepsDoc reports whether d is one of the documents Where keeps.
func (s Selection) keepsDoc(d *corpus.Document) bool {
	for attr, values := range s.Where {
		if !slices.ContainsFunc(values, func(v string) bool { return strings.EqualFold(strings.TrimSpace(v), d.Attr(attr)) }) {
			return false
		}
	}
	return true
}

// checkWhere refuses an attribute no document carries and a value no
// document has, naming the values there are: a misspelt programme would
// otherwise leave a report of nothing.
func (s Selection) checkWhere(docs []*corpus.Document) error {
	for _, attr := range slices.Sorted(maps.Keys(s.Where)) {
		seen := map[string]bool{}
		var have []string
		for _, d := range docs {
			if v, ok := d.Attrs[attr]; ok && !seen[v] {
				seen[v] = true
				have = append(have, v)
			}
		}
		if len(have) == 0 {
			return fmt.Errorf("no document has the attribute %q (`groundwork status` lists the attributes documents carry)", attr)
		}
		for _, v := range s.Where[attr] {
			if slices.ContainsFunc(have, func(h string) bool { return strings.EqualFold(h, strings.TrimSpace(v)) }) {
				continue
			}
			msg := fmt.Sprintf("no document has %s %q", attr, v)
			if near := codebook.Nearest(v, have, 3); len(near) > 0 {
				return fmt.Errorf("%s; did you mean %s?", msg, strings.Join(near, " or "))
			}
			sort.Strings(have)
			if len(have) > 12 {
				have = append(have[:12], "…")
			}
			return fmt.Errorf("%s; the documents have %s", msg, strings.Join(have, ", "))
		}
	}
	return nil
}

// Statuses returns the statuses the selection counts.
func (s Selection) statuses() []string {
	if s.Reviewed || s.Pending {
		var out []string
		if s.Reviewed {
			out = append(out, corpus.StatusAccepted)
		}
		if s.Pending {
			out = append(out, corpus.StatusSuggested)
		}
		return out
	}
	if len(s.Statuses) > 0 {
		return s.Statuses
	}
	return []string{corpus.StatusAccepted, corpus.StatusSuggested}
}

// keeps reports whether the selection counts c, beyond what the store's
// filter selected: a suggester's own accepted row is not a person's
// decision (the person's copy is).
func (s Selection) keeps(c corpus.CodingRef) bool {
	if !s.Reviewed && !s.Pending {
		return true
	}
	return c.Status != corpus.StatusAccepted || !corpus.IsSuggester(c.Coder)
}

// IsReviewed reports whether c is a person's decision: accepted, by a coder
// who is not a suggester.
func IsReviewed(c corpus.CodingRef) bool {
	return c.Status == corpus.StatusAccepted && !corpus.IsSuggester(c.Coder)
}

// Dataset is the coded corpus as the analyses see it: documents in
// ingestion order and the codings the selection counts. It holds no
// transcript text: the few passages a report quotes, and the quotes of an
// export, are read from the store when asked for, so the store must stay
// open while the dataset is used.
type Dataset struct {
	Codebook  *codebook.Codebook
	Docs      []*corpus.Document
	Selection Selection
	// AllDocuments is the number of documents in the project, of which
	// Selection.Where kept Docs.
	AllDocuments int
	Memos        []*corpus.Memo

	store *corpus.Store
	// codings are the selected codings (see Codings).
	codings *codingTable
	// docIndex maps a document id to its place in Docs.
	docIndex map[string]int
	// turns are the documents' turns.
	turns turnTable
	// segments[i] is the number of participant segments of document i,
	// participantWords[i] the words its participants said.
	segments, participantWords []int32
	// has counts the distinct spans coded with each code (or a
	// descendant) in each document.
	has spanCounts
	// ranked caches each code's sampled passages by typicality, and
	// centroids the words they were ranked against.
	ranked    map[string][]Quote
	centroids map[string]centroid
	// reviewedHas is has counting only people's decisions; built when a
	// dataset mixes them with suggestions.
	reviewedHas spanCounts
}

// turnSpan is what a dataset keeps of a turn: enough to attribute a passage.
type turnSpan struct {
	seq, start, end int
	speaker         string
}

// Load reads the documents and selected codings from the store. Codings
// of documents no longer in the store are left out: they cannot be
// attributed to a programme or a speaker.
func Load(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, sel Selection) (*Dataset, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	all := len(docs)
	if len(sel.Where) > 0 {
		if err := sel.checkWhere(docs); err != nil {
			return nil, err
		}
		docs = slices.DeleteFunc(docs, func(d *corpus.Document) bool { return !sel.keepsDoc(d) })
	}
	ds := &Dataset{Codebook: cb, Docs: docs, Selection: sel, AllDocuments: all, store: st, docIndex: make(map[string]int, len(docs))}
	for i, d := range docs {
		ds.docIndex[d.ID] = i
	}
	ds.codings = newCodingTable(docs)
	if err := ds.loadCodings(ctx); err != nil {
		return nil, err
	}
	if err := ds.loadTurns(ctx); err != nil {
		return nil, err
	}
	if err := ds.loadSegmentCounts(ctx); err != nil {
		return nil, err
	}
	if ds.Memos, err = st.Memos(ctx, "", ""); err != nil {
		return nil, err
	}
	// A memo on a document left out is left out with it.
	ds.Memos = slices.DeleteFunc(ds.Memos, func(m *corpus.Memo) bool {
		_, kept := ds.docIndex[m.Target]
		return m.TargetKind == "document" && !kept
	})
	ds.countSpans()
	return ds, nil
}

func (ds *Dataset) loadCodings(ctx context.Context) error {
	f := corpus.CodingFilter{Coders: ds.Selection.Coders, Statuses: ds.Selection.statuses()}
	t := ds.codings
	n, err := ds.store.CountCodings(ctx, f)
	if err != nil {
		return err
	}
	t.rows = make([]codingRow, 0, n)
	err = ds.store.EachCodingRef(ctx, f, func(c corpus.CodingRef) error {
		if i, ok := ds.docIndex[c.DocID]; ok && ds.Selection.keeps(c) {
			return t.add(c, i)
		}
		return nil
	})
	if err != nil {
		return err
	}
	t.sort()
	if ds.Selection.Reviewed || ds.Selection.Pending {
		t.rows = oncePerCoder(t.rows,
			func(a, b codingRow) bool {
				return a.doc == b.doc && a.start == b.start && a.end == b.end && a.code == b.code
			},
			func(a, b codingRow) bool { return a.coder == b.coder })
	}
	return nil
}

// oncePerCoder drops a coder's second coding of the same passage with the
// same code (coded by hand and imported, say), keeping the first. The
// codings are sorted, so those of one passage and code are adjacent.
func oncePerCoder[C any](cs []C, samePassageAndCode, sameCoder func(a, b C) bool) []C {
	out := cs[:0]
	for i := 0; i < len(cs); {
		j := i
		for j < len(cs) && samePassageAndCode(cs[j], cs[i]) {
			j++
		}
		group := len(out) // out is written behind the reading, never ahead
		for k := i; k < j; k++ {
			if !slices.ContainsFunc(out[group:], func(o C) bool { return sameCoder(o, cs[k]) }) {
				out = append(out, cs[k])
			}
		}
		i = j
	}
	return out
}

// oncePerCoderRefs is oncePerCoder over CodingRefs.
func oncePerCoderRefs(cs []corpus.CodingRef) []corpus.CodingRef {
	return oncePerCoder(cs,
		func(a, b corpus.CodingRef) bool { return sameSpan(a, b) && a.Code == b.Code },
		func(a, b corpus.CodingRef) bool { return a.Coder == b.Coder })
}

// loadTurns reads every turn's span and speaker in two passes, counting
// first, so that the table is allocated once at its size.
func (ds *Dataset) loadTurns(ctx context.Context) error {
	counts, err := ds.store.TurnCounts(ctx)
	if err != nil {
		return err
	}
	sizes := make([]int, len(ds.Docs))
	for i, d := range ds.Docs {
		sizes[i] = counts[d.ID]
	}
	ds.turns.size(sizes)
	err = ds.store.EachTurnSpan(ctx, func(doc string, seq int, speaker string, start, end int) error {
		if i, ok := ds.docIndex[doc]; ok {
			return ds.turns.add(i, seq, speaker, start, end)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return ds.turns.index()
}

func (ds *Dataset) loadSegmentCounts(ctx context.Context) error {
	counts, err := ds.store.SegmentCounts(ctx)
	if err != nil {
		return err
	}
	words, err := ds.store.ParticipantWords(ctx)
	if err != nil {
		return err
	}
	ds.segments = make([]int32, len(ds.Docs))
	ds.participantWords = make([]int32, len(ds.Docs))
	for i, d := range ds.Docs {
		ds.segments[i] = int32(counts[d.ID])
		ds.participantWords[i] = int32(words[d.ID])
	}
	return nil
}

// countSpans counts, per document and code, the distinct coded spans, so
// that two coders (or two child codes) on one passage count it once. The
// codings are sorted, so the codings of one span are adjacent.
func (ds *Dataset) countSpans() {
	ds.has = make(spanCounts, len(ds.Docs))
	ds.codings.locateDocs()
	ancestors := ds.ancestry()
	var ids []uint32
	t := ds.codings
	for i := 0; i < len(t.rows); {
		first := t.rows[i]
		doc := int(first.doc)
		ids = ids[:0]
		for ; i < len(t.rows) && t.rows[i].doc == first.doc && t.rows[i].start == first.start && t.rows[i].end == first.end; i++ {
			for _, id := range ancestors(t.rows[i].code) {
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
		}
		for _, id := range ids {
			ds.has.inc(doc, id)
		}
	}
}

// ancestry returns withAncestors by number in the coding table,
// remembering each code's answer.
func (ds *Dataset) ancestry() func(code uint16) []uint32 {
	memo := map[uint16][]uint32{}
	return func(code uint16) []uint32 {
		if with, ok := memo[code]; ok {
			return with
		}
		var with []uint32
		for _, id := range ds.withAncestors(ds.codings.names[code]) {
			with = append(with, ds.codings.name(id))
		}
		memo[code] = with
		return with
	}
}

func sameSpan(a, b corpus.CodingRef) bool {
	return a.DocID == b.DocID && a.Start == b.Start && a.End == b.End
}

// ParticipantWords is the number of words doc's participants said (its
// words less the interviewers').
func (ds *Dataset) ParticipantWords(doc string) int {
	if i, ok := ds.docIndex[doc]; ok {
		return int(ds.participantWords[i])
	}
	return 0
}

// HasDocument reports whether doc is one of the dataset's documents.
func (ds *Dataset) HasDocument(doc string) bool {
	_, ok := ds.docIndex[doc]
	return ok
}

// Segments is the number of participant segments of doc.
func (ds *Dataset) Segments(doc string) int {
	if i, ok := ds.docIndex[doc]; ok {
		return int(ds.segments[i])
	}
	return 0
}

// withAncestors returns code and its ancestors in the codebook (just code
// when the codebook does not know it).
func (ds *Dataset) withAncestors(code string) []string {
	out := []string{code}
	if ds.Codebook == nil {
		return out
	}
	c, ok := ds.Codebook.Code(code)
	for ok && c.Parent() != nil {
		c = c.Parent()
		out = append(out, c.ID)
	}
	return out
}

// DocCodes lists the distinct codes applied in doc (not their ancestors),
// sorted.
func (ds *Dataset) DocCodes(doc string) []string {
	i, ok := ds.docIndex[doc]
	if !ok {
		return nil
	}
	var out []string
	for _, r := range ds.codings.ofDoc(i) {
		if c := ds.codings.names[r.code]; !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// Has reports how many distinct spans of doc are coded with code or its
// descendants.
func (ds *Dataset) Has(doc, code string) int { return ds.countOf(ds.has, doc, code) }

// countOf looks up doc and code in counts (has or reviewedHas).
func (ds *Dataset) countOf(counts spanCounts, doc, code string) int {
	i, ok := ds.docIndex[doc]
	id, known := ds.codings.index[code]
	if !ok || !known {
		return 0
	}
	return counts.get(i, id)
}

// turnAt returns the turn of doc holding rune offset pos.
func (ds *Dataset) turnAt(doc string, pos int) (turnSpan, bool) {
	i, ok := ds.docIndex[doc]
	if !ok {
		return turnSpan{}, false
	}
	return ds.turns.at(i, pos)
}

// Speaker returns the speaker of the turn holding rune offset pos of doc.
func (ds *Dataset) Speaker(doc string, pos int) string {
	t, _ := ds.turnAt(doc, pos)
	return t.speaker
}

// TurnAt returns the sequence number of the turn holding pos (0 if none).
func (ds *Dataset) TurnAt(doc string, pos int) int {
	t, _ := ds.turnAt(doc, pos)
	return t.seq
}

// Groups returns the distinct values of a document attribute, sorted, with
// documents lacking it under "".
func (ds *Dataset) Groups(attr string) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range ds.Docs {
		v := d.Attr(attr)
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

// DocsIn returns the documents whose attr is value.
func (ds *Dataset) DocsIn(attr, value string) []*corpus.Document {
	var out []*corpus.Document
	for _, d := range ds.Docs {
		if d.Attr(attr) == value {
			out = append(out, d)
		}
	}
	return out
}

// Coders lists the coders whose codings the dataset holds, sorted.
func (ds *Dataset) Coders() []string {
	seen := map[string]bool{}
	var out []string
	for c := range ds.Codings() {
		if !seen[c.Coder] {
			seen[c.Coder] = true
			out = append(out, c.Coder)
		}
	}
	sort.Strings(out)
	return out
}

// EachQuoted calls fn for every coding of the dataset with the text of its
// span, reading each document's text from the store once. The codings must
// be in the dataset's order (grouped by document, in document order).
func (ds *Dataset) EachQuoted(ctx context.Context, fn func(c *corpus.CodingRef, quote string) error) error {
	t := ds.codings
	i := 0
	var rt corpus.RuneText
	err := ds.store.EachText(ctx, func(doc, text string) error {
		if i == len(t.rows) {
			return errStop
		}
		if t.docs[t.rows[i].doc].ID != doc {
			return nil
		}
		rt.Reset(text)
		for ; i < len(t.rows) && t.docs[t.rows[i].doc].ID == doc; i++ {
			c := t.ref(t.rows[i])
			if err := fn(&c, rt.Slice(c.Start, c.End)); err != nil {
				return err
			}
		}
		return nil
	})
	if err == errStop {
		err = nil
	}
	if err == nil && i < len(t.rows) {
		err = fmt.Errorf("codings of %s are out of document order", t.docs[t.rows[i].doc].ID)
	}
	return err
}

var errStop = errors.New("stop")
