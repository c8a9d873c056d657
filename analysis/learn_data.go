package analysis

import (
	"context"
	"runtime"
	"sort"
	"sync"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// corpusData is what learning reads from the store: every participant
// segment, as a feature vector, with its document, role and the codes whose
// rules fire on it; and, per code, the segments people coded with it (in
// the documents they coded) and those they rejected it on.
type corpusData struct {
	sw    indexStops
	vocab *vocabulary
	// extras name the binary features after the vocabulary's columns:
	// "role: R" for each role, "rule: ID" for each rule.
	extras []string
	segs   []segment
	// byDoc lists each document's segments in order.
	byDoc map[string][]int
	// coded are the documents the selected people coded.
	coded map[string]bool
	// positive and rejected, per code, are segment indices.
	positive, rejected map[string]map[int]bool
	// texts are the segments' texts until featurise has vectorised them.
	texts      []string
	extraIndex map[string]int32
}

// segment is a participant segment as learning sees it.
type segment struct {
	key        string
	doc        string
	start, end int
	role       string
	x          sparse
	// extras are the extra features that hold (its role, the rules that
	// fire on it), as indices into corpusData.extras.
	extras []int32
}

// loadCorpus reads every participant segment (its place, role and text)
// and people's codings. The features, which take most of learning's time
// and memory, are computed by featurise: a run with nothing to train does
// without them.
func loadCorpus(ctx context.Context, st *corpus.Store, coders []string) (*corpusData, error) {
	d := &corpusData{sw: newIndexStops(), byDoc: map[string][]int{}, coded: map[string]bool{},
		positive: map[string]map[int]bool{}, rejected: map[string]map[int]bool{}, extraIndex: map[string]int32{}}
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	roleOf := map[string]string{}
	for _, doc := range docs {
		roleOf[doc.ID] = doc.Attr("role")
	}
	err = st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error {
		d.byDoc[s.DocID] = append(d.byDoc[s.DocID], len(d.segs))
		sg := segment{key: s.Key(), doc: s.DocID, start: s.Start, end: s.End, role: roleOf[s.DocID]}
		if sg.role != "" {
			sg.extras = append(sg.extras, d.feature("role: "+sg.role))
		}
		d.segs = append(d.segs, sg)
		d.texts = append(d.texts, s.Text)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, d.readCodings(ctx, st, coders)
}

// feature numbers an extra feature by its name.
func (d *corpusData) feature(name string) int32 {
	i, ok := d.extraIndex[name]
	if !ok {
		i = int32(len(d.extras))
		d.extraIndex[name] = i
		d.extras = append(d.extras, name)
	}
	return i
}

// featurise builds the vocabulary, runs the codes' rules on every segment
// (withRules) and vectorises it, dropping each text once vectorised: at
// scale the texts and the vectors are most of learning's memory, and so
// they are not all held at once.
func (d *corpusData) featurise(ctx context.Context, cb *codebook.Codebook, withRules bool) error {
	d.vocab = newVocabulary(d.sw, func(fn func(string)) {
		for _, t := range d.texts {
			fn(t)
		}
	})
	if withRules {
		if err := d.ruleHits(cb, d.texts, d.feature); err != nil {
			return err
		}
	}
	if err := d.vectorise(ctx, d.texts); err != nil {
		return err
	}
	d.texts = nil
	return nil
}

// vectorise turns every text into its vector, on every core, emptying
// texts as it goes.
func (d *corpusData) vectorise(ctx context.Context, texts []string) error {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(texts); i += workers {
				if i%1024 == 0 && ctx.Err() != nil {
					return
				}
				d.segs[i].x = d.vocab.vector(d.sw, texts[i])
				texts[i] = ""
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// ruleHits records, per segment, the rules that fire on it, as features.
func (d *corpusData) ruleHits(cb *codebook.Codebook, texts []string, feature func(string) int32) error {
	var withRules []string
	for _, c := range cb.Codes() {
		if len(c.Rules) > 0 {
			withRules = append(withRules, c.ID)
		}
	}
	if len(withRules) == 0 {
		return nil
	}
	m, err := codebook.Compile(cb, withRules...)
	if err != nil {
		return err
	}
	for i, t := range texts {
		for _, h := range m.Match(codebook.Input{Text: t, Role: d.segs[i].role}) {
			d.segs[i].extras = append(d.segs[i].extras, feature("rule: "+h.Rule))
		}
	}
	return nil
}

// readCodings reads people's accepted codings (of the coders given, or
// all people) and every rejection, onto the segments they overlap.
func (d *corpusData) readCodings(ctx context.Context, st *corpus.Store, coders []string) error {
	mark := func(c corpus.CodingRef, into map[string]map[int]bool) {
		if into[c.Code] == nil {
			into[c.Code] = map[int]bool{}
		}
		for _, i := range d.overlapping(c.DocID, c.Start, c.End) {
			into[c.Code][i] = true
		}
	}
	wanted := map[string]bool{}
	for _, c := range coders {
		wanted[c] = true
	}
	err := st.EachCodingRef(ctx, corpus.CodingFilter{Statuses: []string{corpus.StatusAccepted}}, func(c corpus.CodingRef) error {
		if corpus.IsSuggester(c.Coder) || len(wanted) > 0 && !wanted[c.Coder] {
			return nil
		}
		d.coded[c.DocID] = true
		mark(c, d.positive)
		return nil
	})
	if err != nil {
		return err
	}
	return st.EachCodingRef(ctx, corpus.CodingFilter{Statuses: []string{corpus.StatusRejected}}, func(c corpus.CodingRef) error {
		mark(c, d.rejected)
		return nil
	})
}

// overlapping returns the segments of doc that [start, end) overlaps.
func (d *corpusData) overlapping(doc string, start, end int) []int {
	idx := d.byDoc[doc]
	i := sort.Search(len(idx), func(k int) bool { return d.segs[idx[k]].end > start })
	var out []int
	for ; i < len(idx) && d.segs[idx[i]].start < end; i++ {
		out = append(out, idx[i])
	}
	return out
}

// examples returns the labelled segments of code: in the documents people
// coded, positive where they applied it and negative elsewhere; in any
// document, negative where someone rejected a suggestion of it (a rejection
// teaches), unless a person applied it there.
func (d *corpusData) examples(code string) (idx []int, y []bool) {
	pos, rej := d.positive[code], d.rejected[code]
	for i, s := range d.segs {
		switch {
		case pos[i]:
			idx, y = append(idx, i), append(y, true)
		case d.coded[s.doc] || rej[i]:
			idx, y = append(idx, i), append(y, false)
		}
	}
	return idx, y
}
