// Package analysis turns a coded corpus into findings: it applies the
// codebook's rules (auto-coding), and computes prevalence, comparisons,
// co-occurrence, saturation and agreement between coders.
package analysis

import (
	"context"
	"fmt"
	"iter"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// AutoOptions control an auto-coding run.
type AutoOptions struct {
	// Codes re-codes exactly these codes (and their descendants) in every
	// document; empty means every code whose rules changed since the last
	// run, in every document, and every code in the documents stored or
	// changed since (new, replaced, redacted).
	Codes []string
	// All re-codes every code in every document.
	All bool
	// DryRun computes what would change without writing anything.
	DryRun bool
	// Progress, if set, is told the number of segments and each one done.
	Progress Progress
}

// Progress receives progress of long work.
type Progress = corpus.Progress

// CodeChange is what an auto-coding run did (or would do) to one code.
type CodeChange struct {
	Code    string `json:"code"`
	Reason  string `json:"reason"` // why it was re-coded: new rules, rules changed, asked for, rules removed, documents changed
	Added   int    `json:"added"`
	Removed int    `json:"removed"`
	Kept    int    `json:"kept"`
	// Skipped counts matches not suggested because a person already
	// rejected or accepted that suggestion.
	Skipped int `json:"skipped"`
}

// AutoResult is the outcome of an auto-coding run.
type AutoResult struct {
	DryRun bool `json:"dry_run"`
	// Documents and Segments count what the run read; Changed counts the
	// documents stored or changed since the last run among them.
	Documents int          `json:"documents"`
	Segments  int          `json:"segments"`
	Changed   int          `json:"changed_documents"`
	Changes   []CodeChange `json:"changes"`
}

// Total returns the suggestions added and removed.
func (r *AutoResult) Total() (added, removed int) {
	for _, c := range r.Changes {
		added += c.Added
		removed += c.Removed
	}
	return added, removed
}

// suggestion is a coding the rules make. It holds no text: the segments'
// text would be the corpus's.
type suggestion struct {
	doc        string
	start, end int
	code, rule string
	evidence   string
}

func (s suggestion) key() spanKey { return spanKey{s.doc, s.start, s.end, s.code} }

type spanKey struct {
	doc        string
	start, end int
	code       string
}

// QueryRunner runs a query in groundwork's search language over the index
// and returns the keys (DOC#SEQ) of the segments it matches. The auto-coder
// calls it once per query rule. It may be nil when the codebook has no
// query rules.
type QueryRunner func(ctx context.Context, query string) (map[string]bool, error)

// AutoCode applies the codebook's rules to the participant segments and
// stores the matches as suggestions of coder "auto". It works
// incrementally: codes whose rules changed since the last run are re-coded
// everywhere, and every code in the documents stored or changed since (see
// AutoOptions); only their pending suggestions are touched: accepted and
// rejected suggestions and every human coding stay as they are, and a
// rejected suggestion is not made again. The run reads and writes one
// document at a time, inside one transaction, so its memory does not grow
// with the corpus and an interrupted run leaves the project as it was.
func AutoCode(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, runQuery QueryRunner, opts AutoOptions) (*AutoResult, error) {
	sc, err := scopeAuto(ctx, st, cb, opts)
	if err != nil {
		return nil, err
	}
	res := &AutoResult{DryRun: opts.DryRun}
	if sc.empty() {
		return res, nil
	}
	run, err := newAutoRun(ctx, st, cb, sc, runQuery)
	if err != nil {
		return nil, err
	}
	run.prog = opts.Progress
	run.recodeChanged = sc.recodesChanged(opts)
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		if err := run.each(ctx, st, func(doc *autoDoc, segs []*corpus.Segment) error {
			return run.doc(tx, doc, segs, opts.DryRun)
		}); err != nil {
			return err
		}
		if opts.DryRun {
			return nil
		}
		return run.finish(tx)
	})
	if err != nil {
		return nil, err
	}
	res.Documents, res.Segments, res.Changed = run.docs, run.segs, run.changedDocs
	for _, p := range sc.plan {
		res.Changes = append(res.Changes, *run.byCode[p.code])
	}
	return res, nil
}

// autoScope is what a run re-codes: the codes of plan in every document,
// and every code with rules in the documents stored or changed since the
// last run. No list of every document is held: the run reads their
// stamps as it goes, so its memory stays flat at 100,000 interviews.
type autoScope struct {
	plan      []planned
	ruleCodes []string // every code with rules
	// changed counts the documents stored or changed since the last run
	// (when they are re-coded: no --code, and codes with rules); few are
	// listed in changedIDs.
	changed    int
	changedIDs []string
}

// fewChanged is how many changed documents a run reads by id rather than
// by reading every segment.
const fewChanged = 500

// autoDoc is a document as a run sees it: its stamp, and whether it was
// stored or changed since the last run.
type autoDoc struct {
	*corpus.DocumentStamp
	changed bool
}

func (sc *autoScope) empty() bool { return len(sc.plan) == 0 && sc.changed == 0 }

// recodesChanged reports whether the run re-codes the documents stored or
// changed since the last run (with every code that has rules).
func (sc *autoScope) recodesChanged(opts AutoOptions) bool {
	return len(opts.Codes) == 0 && len(sc.ruleCodes) > 0
}

// scopeAuto decides what a run re-codes.
func scopeAuto(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, opts AutoOptions) (*autoScope, error) {
	sc := &autoScope{}
	for _, c := range cb.Codes() {
		if rulesHash(c) != "" {
			sc.ruleCodes = append(sc.ruleCodes, c.ID)
		}
	}
	var err error
	switch {
	case opts.All:
		sc.plan, err = planAll(ctx, st, cb)
	default:
		sc.plan, err = planAuto(ctx, st, cb, opts.Codes)
	}
	if err != nil {
		return nil, err
	}
	if !sc.recodesChanged(opts) {
		return sc, nil
	}
	if sc.changed, sc.changedIDs, err = st.DocumentsToSuggest(ctx, corpus.AutoCoder, fewChanged); err != nil {
		return nil, err
	}
	return sc, nil
}

// planAll re-codes every code: those with rules, and those whose rules
// were removed.
func planAll(ctx context.Context, st *corpus.Store, cb *codebook.Codebook) ([]planned, error) {
	plan, err := planAuto(ctx, st, cb, nil)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, p := range plan {
		seen[p.code] = true
	}
	for _, c := range cb.Codes() {
		if h := rulesHash(c); h != "" && !seen[c.ID] {
			plan = append(plan, planned{code: c.ID, hash: h, reason: "asked for (--all)"})
		}
	}
	return plan, nil
}

type planned struct {
	code   string
	hash   string // the code's current rules hash; "" when it has no rules
	reason string
	// docsOnly: re-coded only in the documents that changed (its rules
	// did not).
	docsOnly bool
}

// planAuto decides which codes to re-code.
func planAuto(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, asked []string) ([]planned, error) {
	var plan []planned
	if len(asked) > 0 {
		seen := map[string]bool{}
		for _, id := range asked {
			if _, ok := cb.Code(id); !ok {
				return nil, cb.UnknownCode("--code", id)
			}
			for _, c := range append([]*codebook.Code{mustCode(cb, id)}, cb.Descendants(id)...) {
				if !seen[c.ID] {
					seen[c.ID] = true
					plan = append(plan, planned{code: c.ID, hash: rulesHash(c), reason: "asked for"})
				}
			}
		}
		return plan, nil
	}
	applied, err := st.RuleHashes(ctx)
	if err != nil {
		return nil, err
	}
	for _, c := range cb.Codes() {
		h := rulesHash(c)
		old, had := applied[c.ID]
		switch {
		case h == "" && had:
			plan = append(plan, planned{code: c.ID, reason: "rules removed"})
		case h == "":
		case !had:
			plan = append(plan, planned{code: c.ID, hash: h, reason: "new rules"})
		case old != h:
			plan = append(plan, planned{code: c.ID, hash: h, reason: "rules changed"})
		}
		delete(applied, c.ID)
	}
	// Codes that left the codebook: their pending suggestions go.
	var gone []string
	for id := range applied {
		gone = append(gone, id)
	}
	sort.Strings(gone)
	for _, id := range gone {
		plan = append(plan, planned{code: id, reason: "code removed from the codebook"})
	}
	return plan, nil
}

func mustCode(cb *codebook.Codebook, id string) *codebook.Code {
	c, _ := cb.Code(id)
	return c
}

func rulesHash(c *codebook.Code) string {
	if len(c.Rules) == 0 {
		return ""
	}
	return c.RulesHash()
}

// autoRun applies the rules one document at a time.
type autoRun struct {
	sc        *autoScope
	m         *codebook.Matcher
	queryHits []queryHit
	// everywhere holds the codes re-coded in every document; ruleSet all
	// codes with rules (for changed documents).
	everywhere, ruleSet map[string]bool
	byCode              map[string]*CodeChange
	prog                Progress

	docs, segs, changedDocs int
	recodeChanged           bool // the documents stored or changed since the last run are re-coded
	text                    corpus.RuneText
}

func newAutoRun(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, sc *autoScope, runQuery QueryRunner) (*autoRun, error) {
	r := &autoRun{sc: sc, everywhere: map[string]bool{}, ruleSet: map[string]bool{}, byCode: map[string]*CodeChange{}}
	var compile []string
	for _, p := range sc.plan {
		r.byCode[p.code] = &CodeChange{Code: p.code, Reason: p.reason}
		if !p.docsOnly {
			r.everywhere[p.code] = true
			if p.hash != "" {
				compile = append(compile, p.code)
			}
		}
	}
	if sc.changed > 0 {
		compile = sc.ruleCodes
		for _, id := range sc.ruleCodes {
			r.ruleSet[id] = true
			if r.byCode[id] == nil {
				r.byCode[id] = &CodeChange{Code: id, Reason: "documents changed"}
				sc.plan = append(sc.plan, planned{code: id, hash: rulesHash(mustCode(cb, id)), reason: "documents changed", docsOnly: true})
			}
		}
	}
	var err error
	if len(compile) > 0 {
		if r.m, err = codebook.Compile(cb, compile...); err != nil {
			return nil, err
		}
		if r.queryHits, err = runQueryRules(ctx, cb, compile, runQuery); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// codesFor returns the codes re-coded in doc (nil: none).
func (r *autoRun) codesFor(doc *autoDoc) map[string]bool {
	if !doc.changed {
		return r.everywhere
	}
	out := make(map[string]bool, len(r.ruleSet)+len(r.everywhere))
	for c := range r.ruleSet {
		out[c] = true
	}
	for c := range r.everywhere {
		out[c] = true
	}
	return out
}

// each calls fn with every document in the run's scope and its segments
// (none for a document without participant segments, which still loses
// stale suggestions), reading the store once in document order: the
// documents' stamps and their segments come in the same order, and are
// walked side by side.
func (r *autoRun) each(ctx context.Context, st *corpus.Store, fn func(*autoDoc, []*corpus.Segment) error) error {
	var filter corpus.SegmentFilter
	n := r.sc.changed
	if len(r.everywhere) > 0 {
		var err error
		if n, err = st.CountDocuments(ctx); err != nil {
			return err
		}
	} else {
		filter.DocIDs = r.sc.changedIDs // nil when many: read them all
	}
	if r.prog != nil {
		r.prog.Start(n)
		defer r.prog.Done()
	}
	give := func(d *autoDoc, segs []*corpus.Segment) error {
		if r.prog != nil {
			r.prog.Add(1)
		}
		return fn(d, segs)
	}
	next, stop := iter.Pull2(st.DocumentStamps(ctx, corpus.AutoCoder))
	defer stop()
	// upTo gives fn, with no segments, the documents in scope before the
	// one with id (all that are left, for ""), and returns that one.
	upTo := func(id string) (*autoDoc, error) {
		for {
			stamp, err, ok := next()
			switch {
			case err != nil:
				return nil, err
			case !ok && id != "":
				return nil, fmt.Errorf("segments of document %s, which the listing of documents lacks: run `groundwork check`", id)
			case !ok:
				return nil, nil
			}
			d := &autoDoc{DocumentStamp: stamp, changed: r.recodeChanged && stamp.Suggested != stamp.Revision}
			if stamp.ID == id {
				return d, nil
			}
			if r.inScope(d) {
				if err := give(d, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	var cur *autoDoc // the document whose segments are passing
	var segs []*corpus.Segment
	flush := func() error {
		if cur == nil || !r.inScope(cur) {
			return nil
		}
		err := give(cur, segs)
		segs = segs[:0]
		return err
	}
	err := st.EachSegment(ctx, filter, func(s *corpus.Segment) error {
		if cur == nil || s.DocID != cur.ID {
			if err := flush(); err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			d, err := upTo(s.DocID)
			if err != nil {
				return err
			}
			cur = d
		}
		if r.inScope(cur) {
			segs = append(segs, s)
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		_, err = upTo("")
	}
	return err
}

// inScope reports whether the run re-codes d.
func (r *autoRun) inScope(d *autoDoc) bool { return len(r.everywhere) > 0 || d.changed }

// doc re-codes one document: match, compare with its stored suggestions,
// and (unless dry) apply the difference.
func (r *autoRun) doc(tx *corpus.Tx, d *autoDoc, segs []*corpus.Segment, dry bool) error {
	codes := r.codesFor(d)
	if len(codes) == 0 {
		return nil
	}
	r.docs++
	r.segs += len(segs)
	if d.changed {
		r.changedDocs++
	}
	found := map[spanKey]suggestion{}
	for _, s := range segs {
		if r.m != nil {
			for _, h := range r.m.Match(codebook.Input{Text: s.Text, Role: d.Role, Speaker: s.Speaker}) {
				if codes[h.Code] {
					add(found, s, h.Code, h.Rule, strings.Join(h.Words, ", "))
				}
			}
		}
		for _, q := range r.queryHits {
			if codes[q.rule.Code] && q.segments[s.Key()] && q.rule.Scope.Allows(d.Role, s.Speaker) {
				add(found, s, q.rule.Code, q.rule.ID, "query: "+q.rule.Query)
			}
		}
	}
	existing, err := tx.CodingRefs(corpus.CodingFilter{DocIDs: []string{d.ID}, Suggesters: []string{corpus.AutoCoder}, Codes: keys(codes)})
	if err != nil {
		return err
	}
	cs := r.diff(existing, found)
	if dry {
		return nil
	}
	if d.changed {
		// Coded with every code: the next run leaves it, unless it
		// changes again.
		if err := tx.SetSuggesterRevision(corpus.AutoCoder, d.ID, d.Revision); err != nil {
			return err
		}
	}
	return r.apply(tx, d.ID, cs)
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// finish records the rules each code was applied with (each changed
// document's revision was recorded as it was coded), and forgets what was
// recorded of documents no longer stored.
func (r *autoRun) finish(tx *corpus.Tx) error {
	for _, p := range r.sc.plan {
		if p.docsOnly {
			continue
		}
		if err := tx.SetRuleHash(p.code, p.hash); err != nil {
			return err
		}
	}
	return tx.ForgetGoneDocuments()
}

func add(found map[spanKey]suggestion, s *corpus.Segment, code, rule, evidence string) {
	sg := suggestion{doc: s.DocID, start: s.Start, end: s.End, code: code, rule: rule, evidence: evidence}
	if prev, ok := found[sg.key()]; ok {
		// One suggestion per code and segment: keep the first rule (in
		// codebook order) and add the other's evidence.
		if !strings.Contains(prev.evidence, evidence) {
			prev.evidence += "; " + rule + ": " + evidence
		}
		found[sg.key()] = prev
		return
	}
	found[sg.key()] = sg
}

type queryHit struct {
	rule     *codebook.Rule
	segments map[string]bool
}

func runQueryRules(ctx context.Context, cb *codebook.Codebook, codes []string, runQuery QueryRunner) ([]queryHit, error) {
	var out []queryHit
	for _, id := range codes {
		c, _ := cb.Code(id)
		for _, r := range c.Rules {
			if r.Query == "" {
				continue
			}
			if runQuery == nil {
				return nil, fmt.Errorf("%s:%d: rule %s is a query rule, which needs the search index", cb.File, r.Pos.Line, r.ID)
			}
			segs, err := runQuery(ctx, r.Query)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: rule %s: %w", cb.File, r.Pos.Line, r.ID, err)
			}
			out = append(out, queryHit{rule: r, segments: segs})
		}
	}
	return out, nil
}

// changeSet is the difference, in one document, between the auto codings
// stored and the suggestions the rules make now.
type changeSet struct {
	add    []suggestion
	remove []int64
}

// diff compares one document's stored auto codings with what the rules
// found, counting the changes per code.
func (r *autoRun) diff(existing []corpus.CodingRef, found map[spanKey]suggestion) *changeSet {
	cs := &changeSet{}
	reviewed := map[spanKey]bool{}
	pending := map[spanKey]*corpus.CodingRef{}
	for i := range existing {
		c := &existing[i]
		k := spanKey{c.DocID, c.Start, c.End, c.Code}
		if c.Status == corpus.StatusSuggested {
			pending[k] = c
		} else {
			reviewed[k] = true
		}
	}
	for k, c := range pending {
		if _, still := found[k]; still {
			r.byCode[k.code].Kept++
			continue
		}
		cs.remove = append(cs.remove, c.ID)
		r.byCode[k.code].Removed++
	}
	for k, s := range found {
		cc := r.byCode[k.code]
		switch {
		case reviewed[k]:
			cc.Skipped++
		case pending[k] != nil:
		default:
			cs.add = append(cs.add, s)
			cc.Added++
		}
	}
	sort.Slice(cs.add, func(i, j int) bool {
		a, b := cs.add[i], cs.add[j]
		if a.start != b.start {
			return a.start < b.start
		}
		return a.code < b.code
	})
	sort.Slice(cs.remove, func(i, j int) bool { return cs.remove[i] < cs.remove[j] })
	return cs
}

// apply stores one document's changes, cutting each quote from its text.
func (r *autoRun) apply(tx *corpus.Tx, doc string, cs *changeSet) error {
	for _, id := range cs.remove {
		if err := tx.DeleteCoding(id); err != nil {
			return err
		}
	}
	if len(cs.add) == 0 {
		return nil
	}
	t, err := tx.DocumentText(doc)
	if err != nil {
		return err
	}
	r.text.Reset(t)
	for _, s := range cs.add {
		c := &corpus.Coding{DocID: s.doc, Start: s.start, End: s.end, Code: s.code, Coder: corpus.AutoCoder,
			Origin: corpus.OriginRule, Status: corpus.StatusSuggested, Rule: s.rule, Evidence: s.evidence,
			Quote: r.text.Slice(s.start, s.end)}
		if err := tx.InsertCoding(c); err != nil {
			return err
		}
	}
	return nil
}
