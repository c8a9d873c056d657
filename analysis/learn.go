package analysis

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// The learned suggester: one classifier per code, trained on the codings
// people accepted (never on the machines' own suggestions), cross-validated
// by documents, suggesting the code on segments of the documents people
// have not coded yet, as coder "learned" with a confidence. It runs
// locally, needs no model download, and is deterministic for a seed.

// LearnOptions control a learning run.
type LearnOptions struct {
	// Codes learns only these codes (default: every code of the codebook).
	Codes []string
	// Coders learns from these people's codings. Left empty, the models
	// learn from the people they last learned from (every person's, the
	// first time, or with Everyone).
	Coders []string
	// Everyone learns from every person's coding, whoever the models last
	// learned from.
	Everyone bool
	// MinExamples is the fewest positive examples a code needs (default 8).
	MinExamples int
	// Precision, when above 0, chooses each code's threshold to reach this
	// cross-validated precision with the best recall. At 0 each code keeps
	// the precision it was last learned to (a researcher who asked for
	// fewer, surer suggestions of a code keeps them), or maximises F1 if
	// it was learned so, or BestF1 is set.
	Precision float64
	// BestF1 maximises F1 for every code, whatever precision it was last
	// learned to (--precision 0).
	BestF1 bool
	// Seed deals documents into cross-validation folds (default 1).
	Seed uint64
	// All learns every code again even if its examples did not change.
	All bool
	// WordsOnly learns from the words alone, without the rules' hits as
	// features (by default the models combine the two).
	WordsOnly bool
	// DryRun learns and reports, and stores nothing.
	DryRun bool
	// Progress, if set, gives a Progress for each stage of the work
	// ("reading documents", "learning codes", "storing suggestions").
	Progress func(stage string) Progress
}

// withDefaults fills in the options left at zero.
func (o LearnOptions) withDefaults() LearnOptions {
	if o.MinExamples <= 0 {
		o.MinExamples = 8
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	return o
}

// check refuses options no learning can honour, before anything is read:
// a precision outside 0–1 would choose no threshold for any code (and so
// remove every learned suggestion), and the suggesters' own codings are
// never examples.
func (o LearnOptions) check() error {
	if !(o.Precision >= 0 && o.Precision <= 1) {
		return fmt.Errorf("a precision of %g cannot be reached: give one between 0 and 1, such as 0.8 (or none, for the best F1)", o.Precision)
	}
	if o.MinExamples < 0 {
		return fmt.Errorf("%d examples: a code needs at least one positive example to learn", o.MinExamples)
	}
	for _, c := range o.Coders {
		if corpus.IsSuggester(c) {
			return fmt.Errorf("%q is a suggester, not a person: learning uses people's codings only (name the people who coded, or leave the coders out for everyone's)", c)
		}
	}
	if o.Everyone && len(o.Coders) > 0 {
		return errors.New("name the coders to learn from, or learn from everyone's coding: not both")
	}
	return nil
}

// learnedCodersKey is where the store keeps whom the models last learned
// from (a JSON list; empty: everyone).
const learnedCodersKey = "learned.coders"

// resolveCoders returns whom to learn from: the coders named (each must
// have coded), or, none named, those the models last learned from (asLast)
// unless Everyone is set; remembered coders must still have codings, or
// a run would learn from nobody and remove every suggestion.
func (o LearnOptions) resolveCoders(ctx context.Context, st *corpus.Store) (coders []string, asLast bool, err error) {
	named := trimmedNames(o.Coders)
	if len(named) == 0 && !o.Everyone {
		last, err := st.Meta(ctx, learnedCodersKey)
		if err != nil || last == "" {
			return nil, false, err
		}
		if err := json.Unmarshal([]byte(last), &named); err != nil {
			named = strings.Split(last, ",") // as this key was first written
		}
		asLast = true
	}
	if len(named) == 0 {
		return nil, false, nil
	}
	people, err := st.People(ctx)
	if err != nil {
		return nil, false, err
	}
	for _, c := range named {
		if slices.Contains(people, c) {
			continue
		}
		who := "nobody has coded yet"
		if len(people) > 0 {
			who = "those who have: " + strings.Join(people, ", ")
		}
		if asLast {
			return nil, false, fmt.Errorf("the models last learned from %q, who has no codings now (%s): name the coders with --coders, or learn from everyone's coding with --everyone", c, who)
		}
		return nil, false, fmt.Errorf("%q has no codings to learn from (%s)", c, who)
	}
	return named, asLast, nil
}

// trimmedNames returns the names with the spaces around them trimmed
// ("--coders 'amara, ben'"), the empty ones left out.
func trimmedNames(names []string) []string {
	var out []string
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// progress returns the Progress of a stage (one that shows nothing when
// none was asked for).
func (o LearnOptions) progress(stage string) Progress {
	if o.Progress == nil {
		return corpus.NoProgress{}
	}
	return o.Progress(stage)
}

// CodeLearning is what learning did for one code.
type CodeLearning struct {
	Code string `json:"code"`
	// PrecisionAsked is the precision its threshold was chosen to reach
	// (0: the best F1).
	PrecisionAsked float64 `json:"precision_asked,omitempty"`
	Positives      int     `json:"positives"`
	Negatives      int     `json:"negatives"`
	// Status is learned, unchanged (its examples and the documents did not
	// change since it learned), or skipped (too few examples; Note says
	// how many more codings would let it learn).
	Status string `json:"status"`
	Note   string `json:"note,omitempty"`
	// Coders are the people whose coding it learned from (empty: everyone's).
	Coders []string `json:"coders,omitempty"`
	// CV holds the cross-validated figures at Threshold.
	CV        *Figures `json:"cv,omitempty"`
	Threshold float64  `json:"threshold,omitempty"`
	Added     int      `json:"added"`
	Removed   int      `json:"removed"`
	Kept      int      `json:"kept"`
	Skipped   int      `json:"skipped_reviewed"`
}

// LearnResult is the outcome of a learning run.
type LearnResult struct {
	DryRun   bool `json:"dry_run"`
	Segments int  `json:"segments"`
	Coded    int  `json:"coded_documents"`
	// Coders are the people learned from (empty: everyone); AsLast, that
	// they were not named but are those the models last learned from.
	Coders    []string       `json:"coders,omitempty"`
	AsLast    bool           `json:"coders_as_last_time,omitempty"`
	Documents int            `json:"documents"`
	Codes     []CodeLearning `json:"codes"`
	Seed      uint64         `json:"seed"`
}

// Learn trains the codes' classifiers and stores their suggestions.
func Learn(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, opts LearnOptions) (*LearnResult, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	opts = opts.withDefaults()
	codes, err := learnCodes(cb, opts.Codes)
	if err != nil {
		return nil, err
	}
	coders, asLast, err := opts.resolveCoders(ctx, st)
	if err != nil {
		return nil, err
	}
	opts.Coders = coders
	data, err := loadCorpus(ctx, st, opts.Coders, opts.Codes)
	if err != nil {
		return nil, err
	}
	res := &LearnResult{DryRun: opts.DryRun, Segments: len(data.segs), Coded: len(data.coded), Documents: len(data.byDoc), Seed: opts.Seed,
		Coders: coders, AsLast: asLast}
	stored, err := st.LearnedModels(ctx)
	if err != nil {
		return nil, err
	}
	changedDocs, goneDocs, err := learnedDocsChanged(ctx, st, data)
	if err != nil {
		return nil, err
	}
	docsChanged := len(changedDocs) > 0 || goneDocs
	runs := make([]*codeRun, len(codes))
	for i, code := range codes {
		runs[i] = newCodeRun(data, code, opts.forCode(stored[code]))
		if m := stored[code]; m != nil && m.ExamplesHash == runs[i].hash && !docsChanged && !opts.All {
			runs[i].keep(m)
		}
	}
	if needsFeatures(runs, opts) {
		if err := data.featurise(ctx, st, cb, !opts.WordsOnly, !opts.DryRun, opts.progress("reading documents")); err != nil {
			return nil, err
		}
	}
	// Each code is stored as soon as it and the codes before it have
	// trained, while the others train: storing is one core's work, and
	// the other would otherwise wait through it.
	trainCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	tr := startTraining(trainCtx, data, runs, opts, true)
	storing := opts.progress("storing suggestions")
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		tx.Note(corpus.LearnedCoder, "code learn", "")
		outs := make([]CodeLearning, len(runs))
		for i, r := range runs {
			if err := tr.wait(i); err != nil {
				return err
			}
			if err := r.store(tx, data, opts.DryRun); err != nil {
				return err
			}
			outs[i] = r.out
			tr.stored(storing, i)
		}
		tx.Summarise(learnSummary(outs, opts.MinExamples))
		if opts.DryRun {
			return nil
		}
		remembered, _ := json.Marshal(coders) // a list: a name may hold a comma
		if len(coders) == 0 {
			remembered = nil
		}
		if err := tx.SetMeta(learnedCodersKey, string(remembered)); err != nil {
			return err
		}
		return recordLearnedDocs(tx, data, changedDocs, goneDocs)
	})
	if err != nil {
		cancel()
	}
	err = firstError([]error{tr.waitAll(), err})
	storing.Done()
	if err != nil {
		return nil, err
	}
	for _, r := range runs {
		res.Codes = append(res.Codes, r.out)
	}
	return res, nil
}

// needsFeatures reports whether any code will train (train decides the
// others without features): when none does, the corpus is not vectorised.
func needsFeatures(runs []*codeRun, opts LearnOptions) bool {
	for _, r := range runs {
		if !r.unchanged && r.out.Positives >= opts.MinExamples && r.out.Negatives > 0 {
			return true
		}
	}
	return false
}

// learnCodes returns the codes to learn: those asked for (which must be in
// the codebook) or every code.
func learnCodes(cb *codebook.Codebook, asked []string) ([]string, error) {
	if len(asked) == 0 {
		var out []string
		for _, c := range cb.Codes() {
			out = append(out, c.ID)
		}
		return out, nil
	}
	for _, id := range asked {
		if _, ok := cb.Code(id); !ok {
			return nil, cb.UnknownCode("--code", id)
		}
	}
	return asked, nil
}

// learnedDocsChanged returns the documents stored or changed since the
// learned suggester last ran, and whether any it ran on are gone.
func learnedDocsChanged(ctx context.Context, st *corpus.Store, d *corpusData) (changed []string, gone bool, err error) {
	coded, err := st.SuggesterRevisions(ctx, corpus.LearnedCoder)
	if err != nil {
		return nil, false, err
	}
	for doc, rev := range d.revision {
		if was, ok := coded[doc]; !ok || was != rev {
			changed = append(changed, doc)
		}
	}
	sort.Strings(changed)
	for doc := range coded {
		if _, ok := d.revision[doc]; !ok {
			gone = true
		}
	}
	return changed, gone, nil
}

// recordLearnedDocs records the revisions of the documents that changed
// since the last run, as the ones the suggester has now run on.
func recordLearnedDocs(tx *corpus.Tx, d *corpusData, changed []string, gone bool) error {
	for _, doc := range changed {
		if err := tx.SetSuggesterRevision(corpus.LearnedCoder, doc, d.revision[doc]); err != nil {
			return err
		}
	}
	if !gone {
		return nil
	}
	return tx.ForgetGoneDocuments()
}

// codeRun is the learning of one code.
type codeRun struct {
	code  string
	idx   []int  // the examples: segment indices
	y     []bool // and their labels
	hash  string
	out   CodeLearning
	model *model
	// found are the model's suggestions, in segment order (see suggest).
	found []learnedSuggestion
	// unchanged: the stored model and suggestions stand.
	unchanged bool
	// calib marks the examples the threshold and penalty are chosen on
	// (nil: all of them); see calibration.
	calib []bool
}

// forCode returns the options a code learns with: the precision its
// stored model m was learned to, when none is asked for (see Precision).
func (o LearnOptions) forCode(m *corpus.LearnedModel) LearnOptions {
	if o.Precision > 0 || o.BestF1 || m == nil {
		return o
	}
	var prev CodeLearning
	if json.Unmarshal(m.Report, &prev) == nil {
		o.Precision = prev.PrecisionAsked
	}
	return o
}

func newCodeRun(d *corpusData, code string, opts LearnOptions) *codeRun {
	r := &codeRun{code: code, out: CodeLearning{Code: code, Coders: opts.Coders, PrecisionAsked: opts.Precision}}
	r.idx, r.y = d.examples(code)
	h := sha256.New()
	fmt.Fprintf(h, "seed %d precision %g min %d words only %v\n", opts.Seed, opts.Precision, opts.MinExamples, opts.WordsOnly)
	for i, k := range r.idx {
		if r.y[i] {
			r.out.Positives++
		} else {
			r.out.Negatives++
		}
		fmt.Fprintf(h, "%s#%d %v\n", d.segs[k].doc, d.segs[k].seq, r.y[i]) // the segment's key, as corpus.SegmentKey writes it
	}
	r.hash = hex.EncodeToString(h.Sum(nil))
	r.calib = calibration(d, r.idx, r.y)
	return r
}

// calibration marks the examples in the interviews people coded by hand:
// every passage of those is an example, so their cross-validated scores
// are a fair sample of what the model will meet, where the suggestions
// people reviewed elsewhere are the ones the model was surest of (the
// review queue's order) and would bias the threshold chosen on them. The
// reviewed suggestions still train the models. It returns nil (choose on
// every example) when all are in coded interviews, or when those hold too
// few positives to choose on (a code learned from reviews alone).
func calibration(d *corpusData, idx []int, y []bool) []bool {
	calib := make([]bool, len(idx))
	all, pos := true, 0
	for i, k := range idx {
		calib[i] = d.coded[d.segs[k].doc]
		all = all && calib[i]
		if calib[i] && y[i] {
			pos++
		}
	}
	if all || pos < 2 {
		return nil
	}
	return calib
}

// calibrated returns the scores (one list per penalty) and labels of the
// examples the threshold is chosen on.
func (r *codeRun) calibrated(scores [][]float64) ([][]float64, []bool) {
	if r.calib == nil {
		return scores, r.y
	}
	out := make([][]float64, len(scores))
	var y []bool
	for i, ok := range r.calib {
		if !ok {
			continue
		}
		y = append(y, r.y[i])
		for l := range scores {
			out[l] = append(out[l], scores[l][i])
		}
	}
	return out, y
}

// learnSummary is the history's line for a learning run whose codes did
// what outs say: how many learned, stood unchanged or were skipped, and
// why (fewer than minExamples positive examples, or what was learned was
// of no use), then the suggestions added: "learned 0 codes, 3 skipped
// (too few examples); 0 new suggestions".
func learnSummary(outs []CodeLearning, minExamples int) string {
	learned, unchanged, few, useless, added := 0, 0, 0, 0, 0
	for _, o := range outs {
		switch {
		case o.Status == "learned":
			learned++
		case o.Status == "unchanged":
			unchanged++
		case o.Positives < minExamples || o.Negatives == 0:
			few++
		default:
			useless++
		}
		added += o.Added
	}
	var b strings.Builder
	fmt.Fprintf(&b, "learned %d %s", learned, pluralWord(learned, "code"))
	if unchanged > 0 {
		fmt.Fprintf(&b, ", %d unchanged", unchanged)
	}
	if skipped := few + useless; skipped > 0 {
		why := "too few examples"
		switch {
		case few == 0:
			why = "nothing of use learned"
		case useless > 0:
			why = fmt.Sprintf("%d with too few examples, %d with nothing of use learned", few, useless)
		}
		fmt.Fprintf(&b, ", %d skipped (%s)", skipped, why)
	}
	fmt.Fprintf(&b, "; %d new %s", added, pluralWord(added, "suggestion"))
	return b.String()
}

// keep marks a code whose examples did not change: its stored model and
// suggestions stand.
func (r *codeRun) keep(m *corpus.LearnedModel) {
	r.unchanged = true
	var prev CodeLearning
	if json.Unmarshal(m.Report, &prev) == nil {
		r.out.CV, r.out.Threshold = prev.CV, prev.Threshold
	}
	r.out.Status = "unchanged"
}

// better compares cross-validated figures: by F1, or by recall when a
// precision was asked for (both reach it).
func better(a, b Figures, precision float64) bool {
	if precision > 0 {
		return a.Recall > b.Recall
	}
	return a.F1 > b.F1
}

// store writes the code's model and its suggestions' changes.
func (r *codeRun) store(tx *corpus.Tx, d *corpusData, dry bool) error {
	if r.unchanged {
		return nil
	}
	if r.model == nil {
		pending := corpus.CodingFilter{Coders: []string{corpus.LearnedCoder}, Codes: []string{r.code}, Statuses: []string{corpus.StatusSuggested}}
		if dry { // counted as a real run would remove them
			refs, err := tx.CodingRefs(pending)
			r.out.Removed = len(refs)
			return err
		}
		n, err := tx.DeleteCodings(pending)
		r.out.Removed = n
		if err != nil {
			return err
		}
		return tx.DeleteLearnedModel(r.code)
	}
	found := r.found
	r.found = nil // stored: its memory can go
	existing, err := tx.CodingRefs(corpus.CodingFilter{Suggesters: []string{corpus.LearnedCoder}, Codes: []string{r.code}})
	if err != nil {
		return err
	}
	if err := r.apply(tx, d, existing, found, dry); err != nil {
		return err
	}
	if dry {
		return nil
	}
	report, _ := json.Marshal(r.out)
	explained, _ := json.Marshal(topFeatures(r.model, d, 40))
	return tx.SetLearnedModel(&corpus.LearnedModel{Code: r.code, ExamplesHash: r.hash, Report: report, Model: explained})
}

// learnedSuggestion is a segment the model codes, with its score and
// where the features that pushed it up most stand among the segment's
// (see strongest), strongest first: they are named and weighed when it is
// stored (held as text until then, with their span keys, the explanations
// of 420,000 suggestions took 85 MB).
type learnedSuggestion struct {
	score float64
	seg   int32
	n     uint8 // how many of top are set
	top   [explainedFeatures]int32
}

// explainedFeatures is how many features a suggestion's evidence names at
// most.
const explainedFeatures = 5

// suggest scores the segments of the documents people have not coded.
func (r *codeRun) suggest(d *corpusData) []learnedSuggestion {
	var out []learnedSuggestion
	var buf sparse
	var fs []featureAt
	for i := range d.segs {
		s := &d.segs[i]
		if d.coded[s.doc] || d.rejected[r.code][i] || d.positive[r.code][i] {
			continue // coded through, rejected there, or a person put the code there already
		}
		x := d.vector(i, &buf)
		if p := r.model.score(x, s.extras); p >= r.out.Threshold {
			sg := learnedSuggestion{score: p, seg: int32(i)}
			fs = strongest(r.model, x, s.extras, fs[:0])
			for ; int(sg.n) < len(fs) && sg.n < explainedFeatures && fs[sg.n].weight > 0; sg.n++ {
				sg.top[sg.n] = fs[sg.n].at
			}
			out = append(out, sg)
		}
	}
	return out
}

// evidence names the features that pushed the model's score of the
// suggestion up most, with their weights: "alone (+0.42), the group (+0.31)".
func (r *codeRun) evidence(d *corpusData, sg *learnedSuggestion, buf *sparse) string {
	m := r.model
	x := d.vector(int(sg.seg), buf)
	extras := d.segs[sg.seg].extras
	parts := make([]string, sg.n)
	for k, at := range sg.top[:sg.n] {
		if i := int(at); i < len(x.cols) {
			c := x.cols[i]
			parts[k] = fmt.Sprintf("%s (+%.2f)", d.vocab.terms[c], m.w[c]*float64(x.vals[i]))
		} else {
			e := extras[i-len(x.cols)]
			parts[k] = fmt.Sprintf("%s (+%.2f)", d.extras[e], m.w[m.vocab+int(e)])
		}
	}
	return strings.Join(parts, ", ")
}

func spanString(doc string, start, end int) string { return fmt.Sprintf("%s:%d-%d", doc, start, end) }

// apply replaces the code's pending learned suggestions by found, keeping
// those still made and never making again one a person reviewed.
func (r *codeRun) apply(tx *corpus.Tx, d *corpusData, existing []corpus.CodingRef, found []learnedSuggestion, dry bool) error {
	at := make(map[string]int, len(found))
	keys := make([]string, len(found))
	for k, sg := range found {
		s := &d.segs[sg.seg]
		keys[k] = spanString(s.doc, s.start, s.end)
		at[keys[k]] = k
	}
	reviewed := map[string]bool{}
	pending := map[string]int64{}
	for _, c := range existing {
		k := spanString(c.DocID, c.Start, c.End)
		if c.Status == corpus.StatusSuggested && c.Coder == corpus.LearnedCoder {
			pending[k] = c.ID
		} else {
			reviewed[k] = true
		}
	}
	for k, id := range pending {
		if _, still := at[k]; still {
			r.out.Kept++
			continue
		}
		r.out.Removed++
		if !dry {
			if err := tx.DeleteCoding(id); err != nil {
				return err
			}
		}
	}
	sort.Strings(keys)
	var buf sparse
	for _, k := range keys {
		if reviewed[k] {
			r.out.Skipped++
			continue
		}
		if _, ok := pending[k]; ok {
			continue
		}
		r.out.Added++
		if dry {
			continue
		}
		sg := &found[at[k]]
		s := &d.segs[sg.seg]
		p := math.Round(sg.score*1000) / 1000
		c := &corpus.Coding{DocID: s.doc, Start: s.start, End: s.end, Code: r.code, Coder: corpus.LearnedCoder,
			Origin: corpus.OriginLearned, Status: corpus.StatusSuggested, Rule: corpus.LearnedRule(r.code),
			Evidence: r.evidence(d, sg, &buf), Confidence: &p}
		if err := tx.InsertSegmentCoding(c); err != nil {
			return err
		}
	}
	return nil
}

// Feature is a feature of a learned model and its weight.
type Feature struct {
	Term   string  `json:"term"`
	Weight float64 `json:"weight"`
	// Words are the words a passage said the term as ("said" for "sai",
	// "wanted to talk" for "want talk"), set where a passage is explained.
	Words string `json:"words,omitempty"`
}

// Shown is the feature as a researcher reads it: the passage's words for
// it when known, else the term.
func (f Feature) Shown() string {
	if f.Words != "" {
		return f.Words
	}
	return f.Term
}

// topFeatures returns the model's features with the largest weights, for
// and against, n of each.
func topFeatures(m *model, d *corpusData, n int) []Feature {
	var fs []Feature
	for i, term := range d.vocab.terms {
		fs = append(fs, Feature{Term: term, Weight: m.w[i]})
	}
	for i, name := range d.extras {
		fs = append(fs, Feature{Term: name, Weight: m.w[m.vocab+i]})
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].Weight > fs[j].Weight })
	if len(fs) <= 2*n {
		return fs
	}
	return append(fs[:n:n], fs[len(fs)-n:]...)
}

// strongest appends to fs a segment's features (its vector x's entries,
// then its extras) with their weights in the model, largest first, as
// sort.Slice would order them (slices.SortFunc is the same
// pattern-defeating quicksort, and makes the same comparisons, so ties
// come out in the same order).
func strongest(m *model, x *sparse, extras []int32, fs []featureAt) []featureAt {
	for k, c := range x.cols {
		fs = append(fs, featureAt{weight: m.w[c] * float64(x.vals[k]), at: int32(k)})
	}
	for j, e := range extras {
		fs = append(fs, featureAt{weight: m.w[m.vocab+int(e)], at: int32(len(x.cols) + j)})
	}
	slices.SortFunc(fs, func(a, b featureAt) int {
		switch {
		case a.weight > b.weight:
			return -1
		case a.weight < b.weight:
			return 1
		}
		return 0
	})
	return fs
}

// featureAt is a feature's weight in a segment and where it stands among
// the segment's features: its vector's entries, then its extras.
type featureAt struct {
	weight float64
	at     int32
}
