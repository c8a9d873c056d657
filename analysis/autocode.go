// Package analysis turns a coded corpus into findings: it applies the
// codebook's rules (auto-coding), and computes prevalence, comparisons,
// co-occurrence, saturation and agreement between coders.
package analysis

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// AutoOptions control an auto-coding run.
type AutoOptions struct {
	// Codes re-codes exactly these codes (and their descendants); empty
	// means every code whose rules changed since the last run.
	Codes []string
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
	Reason  string `json:"reason"` // why it was re-coded: new rules, rules changed, asked for, rules removed
	Added   int    `json:"added"`
	Removed int    `json:"removed"`
	Kept    int    `json:"kept"`
	// Skipped counts matches not suggested because a person already
	// rejected or accepted that suggestion.
	Skipped int `json:"skipped"`
}

// AutoResult is the outcome of an auto-coding run.
type AutoResult struct {
	DryRun   bool         `json:"dry_run"`
	Segments int          `json:"segments"`
	Changes  []CodeChange `json:"changes"`
	// ChangedDocs lists the documents whose codings changed, so that the
	// caller can bring the search index up to date.
	ChangedDocs []string `json:"-"`
}

// suggestion is one match of one rule on one segment.
// suggestion is a coding the rules make. It holds no text: kept for every
// hit until the run is stored, the segments' text would be the corpus's.
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

// QueryRunner runs a bleve query string over the index and returns the keys
// (DOC#SEQ) of the segments it matches. The auto-coder calls it once per
// query rule. It may be nil when the codebook has no query rules.
type QueryRunner func(ctx context.Context, query string) (map[string]bool, error)

// AutoCode applies the codebook's rules to every participant segment and
// stores the matches as suggestions of coder "auto". Only codes whose rules
// changed since the last run (or the codes asked for) are touched, and only
// their pending suggestions: accepted and rejected suggestions and every
// human coding stay as they are, and a rejected suggestion is not made again.
func AutoCode(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, runQuery QueryRunner, opts AutoOptions) (*AutoResult, error) {
	plan, err := planAuto(ctx, st, cb, opts.Codes)
	if err != nil {
		return nil, err
	}
	res := &AutoResult{DryRun: opts.DryRun}
	if len(plan) == 0 {
		return res, nil
	}
	var withRules []string
	for _, p := range plan {
		if p.hash != "" {
			withRules = append(withRules, p.code)
		}
	}
	found := map[spanKey]suggestion{}
	if len(withRules) > 0 {
		n, err := matchSegments(ctx, st, cb, withRules, runQuery, opts.Progress, found)
		if err != nil {
			return nil, err
		}
		res.Segments = n
	}
	codes := make([]string, len(plan))
	for i, p := range plan {
		codes[i] = p.code
	}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		// Without their text: a re-run of every code at 10,000 interviews
		// compares against half a million stored suggestions.
		existing, err := tx.CodingRefs(corpus.CodingFilter{Coders: []string{corpus.AutoCoder}, Codes: codes})
		if err != nil {
			return err
		}
		changes := diffSuggestions(plan, existing, found)
		res.Changes = changes.summary
		res.ChangedDocs = changes.docs(existing)
		if opts.DryRun {
			return nil
		}
		return changes.apply(tx, plan)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

type planned struct {
	code   string
	hash   string // the code's current rules hash; "" when it has no rules
	reason string
}

// planAuto decides which codes to re-code.
func planAuto(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, asked []string) ([]planned, error) {
	var plan []planned
	if len(asked) > 0 {
		seen := map[string]bool{}
		for _, id := range asked {
			if _, ok := cb.Code(id); !ok {
				return nil, fmt.Errorf("--code %s: no such code in %s; `groundwork codebook show` lists them", id, cb.File)
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

// matchSegments runs the compiled rules over every segment once, and each
// query rule once over the index, collecting suggestions into found.
func matchSegments(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, codes []string,
	runQuery QueryRunner, prog Progress, found map[spanKey]suggestion) (int, error) {
	m, err := codebook.Compile(cb, codes...)
	if err != nil {
		return 0, err
	}
	queryHits, err := runQueryRules(ctx, cb, codes, runQuery)
	if err != nil {
		return 0, err
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		return 0, err
	}
	roles := make(map[string]string, len(docs))
	total := 0
	for _, d := range docs {
		roles[d.ID] = d.Attr("role")
	}
	if prog != nil {
		st, err := st.Status(ctx)
		if err == nil {
			total = st.Segments
		}
		prog.Start(total)
		defer prog.Done()
	}
	n := 0
	err = st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error {
		n++
		if prog != nil && n%256 == 0 {
			prog.Add(256)
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		for _, h := range m.Match(codebook.Input{Text: s.Text, Role: roles[s.DocID], Speaker: s.Speaker}) {
			add(found, s, h.Code, h.Rule, strings.Join(h.Words, ", "))
		}
		for _, q := range queryHits {
			if q.segments[s.Key()] && q.rule.Scope.Allows(roles[s.DocID], s.Speaker) {
				add(found, s, q.rule.Code, q.rule.ID, "query: "+q.rule.Query)
			}
		}
		return nil
	})
	return n, err
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

// changeSet is the difference between the auto codings stored and the
// suggestions the rules make now.
type changeSet struct {
	add     []suggestion
	remove  []int64
	summary []CodeChange
}

func diffSuggestions(plan []planned, existing []corpus.CodingRef, found map[spanKey]suggestion) *changeSet {
	byCode := map[string]*CodeChange{}
	cs := &changeSet{}
	for _, p := range plan {
		cc := &CodeChange{Code: p.code, Reason: p.reason}
		byCode[p.code] = cc
	}
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
			byCode[k.code].Kept++
			continue
		}
		cs.remove = append(cs.remove, c.ID)
		byCode[k.code].Removed++
	}
	for k, s := range found {
		cc := byCode[k.code]
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
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.code < b.code
	})
	sort.Slice(cs.remove, func(i, j int) bool { return cs.remove[i] < cs.remove[j] })
	for _, p := range plan {
		cs.summary = append(cs.summary, *byCode[p.code])
	}
	return cs
}

func (cs *changeSet) docs(existing []corpus.CodingRef) []string {
	seen := map[string]bool{}
	byID := map[int64]string{}
	for _, c := range existing {
		byID[c.ID] = c.DocID
	}
	for _, id := range cs.remove {
		seen[byID[id]] = true
	}
	for _, s := range cs.add {
		seen[s.doc] = true
	}
	out := make([]string, 0, len(seen))
	for d := range seen {
		out = append(out, d)
	}
	sort.Strings(out)
	return out
}

func (cs *changeSet) apply(tx *corpus.Tx, plan []planned) error {
	for _, id := range cs.remove {
		if err := tx.DeleteCoding(id); err != nil {
			return err
		}
	}
	// The suggestions are sorted by document: each document's text is read
	// once, and the quotes cut out of it.
	var doc string
	var text corpus.RuneText
	for _, s := range cs.add {
		if s.doc != doc {
			t, err := tx.DocumentText(s.doc)
			if err != nil {
				return err
			}
			doc = s.doc
			text.Reset(t)
		}
		c := &corpus.Coding{DocID: s.doc, Start: s.start, End: s.end, Code: s.code, Coder: corpus.AutoCoder,
			Origin: corpus.OriginRule, Status: corpus.StatusSuggested, Rule: s.rule, Evidence: s.evidence,
			Quote: text.Slice(s.start, s.end)}
		if err := tx.InsertCoding(c); err != nil {
			return err
		}
	}
	for _, p := range plan {
		if err := tx.SetRuleHash(p.code, p.hash); err != nil {
			return err
		}
	}
	return nil
}
