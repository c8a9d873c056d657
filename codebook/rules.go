package codebook

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/groundwork-qda/groundwork/querylang"
)

// RuleKind tells what a rule matches on.
type RuleKind int

// The kinds of rule.
const (
	// TermsRule fires on any of its terms.
	TermsRule RuleKind = iota + 1
	// NearRule fires on a term of its first set within Within words of a
	// term of its second set.
	NearRule
	// QueryRule is a bleve query string; the Matcher does not run it (see
	// Matcher.QueryRules).
	QueryRule
)

// String returns "terms", "near" or "query".
func (k RuleKind) String() string {
	switch k {
	case TermsRule:
		return "terms"
	case NearRule:
		return "near"
	case QueryRule:
		return "query"
	}
	return "RuleKind(" + strconv.Itoa(int(k)) + ")"
}

// Rule is one auto-coding rule of a code. In YAML, under a code's rules:
//
//	rules:
//	  - terms: [peer support, "been through it", volunteer*]
//	  - id: feels-alone                    # optional; default <code id>/<n>
//	    near: [[nobody, "no one"], [talk, listen*]]
//	    within: 4                          # required with near
//	    unless: [football]                 # veto words in the same sentence
//	    scope: {roles: [participant], speakers: []}
//	  - query: '+text:"peer support" -text:football'
//
// A term is a word or a phrase of consecutive words, compared on Porter
// stems and case-insensitively ("boundary" matches "boundaries"). A word
// ending in * is a prefix wildcard on the lower-cased, unstemmed word
// ("volunteer*" matches "volunteering", "volunteers"); a lone * between two
// words stands for any one word ("rang me at *" is not allowed, "rang * at
// midnight" is). A phrase does not match across a sentence boundary.
type Rule struct {
	// ID is the rule's id: as given, or "<code id>/<n>" for the n-th rule of
	// the code (1-based).
	ID string
	// Code is the id of the code the rule belongs to.
	Code string
	// Terms are the terms of a TermsRule, as written.
	Terms []string
	// Near holds the two sets of terms of a NearRule, and Within the
	// largest distance in words between them (1 = adjacent).
	Near   [][]string
	Within int
	// Unless are terms that veto a match when one occurs in the same
	// sentence as it.
	Unless []string
	// Scope limits the rule to some roles and speakers.
	Scope Scope
	// Query is the bleve query string of a QueryRule.
	Query string
	// Pos is where the rule's mapping starts in the file.
	Pos Pos

	terms  []term
	near   [2][]term
	unless []term
}

// Kind returns what the rule matches on.
func (r *Rule) Kind() RuleKind {
	switch {
	case r.Query != "":
		return QueryRule
	case len(r.Near) > 0:
		return NearRule
	}
	return TermsRule
}

// AllTerms returns every term the rule is written with, as written: its
// terms, its unless terms, then both sets of a near rule. A query rule
// has none.
func (r *Rule) AllTerms() []string {
	out := slices.Concat(r.Terms, r.Unless)
	for _, set := range r.Near {
		out = append(out, set...)
	}
	return out
}

// String describes the rule in one line, as in
// "terms: listen*, heard" or "near: [nobody] within 4 of [talk]".
func (r *Rule) String() string {
	var b strings.Builder
	switch r.Kind() {
	case QueryRule:
		b.WriteString("query: " + r.Query)
	case NearRule:
		fmt.Fprintf(&b, "near: [%s] within %d of [%s]", strings.Join(r.Near[0], ", "), r.Within, strings.Join(r.Near[1], ", "))
	default:
		b.WriteString("terms: " + strings.Join(r.Terms, ", "))
	}
	if len(r.Unless) > 0 {
		b.WriteString("; unless: " + strings.Join(r.Unless, ", "))
	}
	if len(r.Scope.Roles) > 0 {
		b.WriteString("; roles: " + strings.Join(r.Scope.Roles, ", "))
	}
	if len(r.Scope.Speakers) > 0 {
		b.WriteString("; speakers: " + strings.Join(r.Scope.Speakers, ", "))
	}
	return b.String()
}

// Scope limits a rule to segments of some roles and/or speakers. An empty
// list does not limit.
type Scope struct {
	Roles    []string
	Speakers []string
}

// Allows reports whether a segment with this role and speaker is in scope.
// Comparison ignores case.
func (s Scope) Allows(role, speaker string) bool {
	return allows(s.Roles, role) && allows(s.Speakers, speaker)
}

func allows(list []string, v string) bool {
	if len(list) == 0 {
		return true
	}
	for _, x := range list {
		if strings.EqualFold(x, v) {
			return true
		}
	}
	return false
}

// wordKind is how one word of a term is compared.
type wordKind uint8

const (
	stemWord   wordKind = iota // equal Porter stems
	prefixWord                 // lower-cased word starts with text
	anyWord                    // any one word
)

type termWord struct {
	kind wordKind
	text string // the stem or the lower-case prefix
}

// term is a parsed term: a sequence of words.
type term struct {
	src   string
	words []termWord
}

// parseTerm parses one term of the rule language.
func parseTerm(src string) (term, error) {
	fields := strings.Fields(src)
	if len(fields) == 0 {
		return term{}, errors.New("empty term")
	}
	t := term{src: src}
	for i, f := range fields {
		if f == "*" {
			if i == 0 || i == len(fields)-1 {
				return term{}, fmt.Errorf("term %q: a lone * must stand between two words", src)
			}
			t.words = append(t.words, termWord{kind: anyWord})
			continue
		}
		body, prefix := strings.CutSuffix(f, "*")
		if strings.Contains(body, "*") {
			return term{}, fmt.Errorf("term %q: * may only end a word or stand alone between words", src)
		}
		toks := Tokenize(body)
		if len(toks) == 0 {
			return term{}, fmt.Errorf("term %q has no words in %q", src, f)
		}
		if prefix {
			last := toks[len(toks)-1]
			if last.End != utf8.RuneCountInString(body) {
				return term{}, fmt.Errorf("term %q: * must follow a word directly", src)
			}
			if utf8.RuneCountInString(last.Lower) < 2 {
				return term{}, fmt.Errorf("term %q: a wildcard needs at least two letters before *", src)
			}
		}
		for j, tok := range toks {
			if prefix && j == len(toks)-1 {
				t.words = append(t.words, termWord{kind: prefixWord, text: tok.Lower})
			} else {
				t.words = append(t.words, termWord{kind: stemWord, text: tok.Stem})
			}
		}
	}
	return t, nil
}

func (p *parser) ruleList(f field, c *Code) {
	n, ok := p.collection(f, yaml.SequenceNode, "rules must be a list of rules (each starting with \"- \")")
	if !ok {
		return
	}
	for i, it := range n.Content {
		if it = p.deref(it); it == nil {
			continue
		}
		if r := p.rule(it, c, i+1); r != nil {
			c.Rules = append(c.Rules, r)
		}
	}
}

// terms parses a list of terms, recording a problem for each bad one.
func (p *parser) terms(f field) ([]string, []term) {
	srcs, nodes := p.strList(f)
	if f.val.Kind == yaml.SequenceNode && len(f.val.Content) == 0 {
		p.errorf(f.val, "%s is empty", f.key.Value)
	}
	var out []term
	var kept []string
	for i, s := range srcs {
		t, err := parseTerm(s)
		if err != nil {
			p.errorf(nodes[i], "%v", err)
			continue
		}
		out = append(out, t)
		kept = append(kept, s)
	}
	return kept, out
}

func (p *parser) rule(n *yaml.Node, c *Code, index int) *Rule {
	fs, ok := p.fields(n, "rule", "field", ruleKeys)
	if !ok {
		return nil
	}
	r := &Rule{Code: c.ID, Pos: Pos{n.Line, n.Column}}

	idNode := n
	if f, ok := fs["id"]; ok {
		r.ID, _ = p.str(f)
		idNode = f.val
		if r.ID == "" || strings.ContainsFunc(r.ID, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) {
			p.errorf(f.val, "rule id must be non-empty and without spaces")
		}
	}
	if r.ID == "" {
		r.ID = fmt.Sprintf("%s/%d", c.ID, index)
	}
	if prev, dup := p.rules[r.ID]; dup {
		p.errorf(idNode, "duplicate rule id %q (first at line %d)", r.ID, prev.Line)
	} else {
		p.rules[r.ID] = idNode
	}

	var kinds []field
	for _, k := range []string{"terms", "near", "query"} {
		if f, ok := fs[k]; ok {
			kinds = append(kinds, f)
		}
	}
	switch len(kinds) {
	case 0:
		p.errorf(n, "rule needs one of terms, near or query")
	case 1:
	default:
		p.errorf(kinds[1].key, "rule has both %s and %s: give only one", kinds[0].key.Value, kinds[1].key.Value)
	}

	if f, ok := fs["terms"]; ok {
		r.Terms, r.terms = p.terms(f)
	}
	near, hasNear := fs["near"]
	within, hasWithin := fs["within"]
	if hasNear {
		p.nearSets(near, r)
		if !hasWithin {
			p.errorf(near.key, "near needs within: N (how many words apart the two terms may be)")
		}
	}
	if hasWithin {
		if !hasNear {
			p.errorf(within.key, "within applies only to near")
		}
		s, _ := p.str(within)
		w, err := strconv.Atoi(s)
		if err != nil || w < 1 || w > 1000 {
			p.errorf(within.val, "within must be a whole number of words from 1 to 1000, not %q", s)
		}
		r.Within = w
	}
	if f, ok := fs["unless"]; ok {
		r.Unless, r.unless = p.terms(f)
	}
	if f, ok := fs["scope"]; ok {
		if sf, ok := p.fields(f.val, "scope", "key", scopeKeys); ok {
			if g, ok := sf["roles"]; ok {
				r.Scope.Roles, _ = p.strList(g)
			}
			if g, ok := sf["speakers"]; ok {
				r.Scope.Speakers, _ = p.strList(g)
			}
		}
	}
	if f, ok := fs["query"]; ok {
		q, _ := p.str(f)
		r.Query = strings.TrimSpace(q)
		if r.Query == "" {
			p.errorf(f.val, "query is empty")
		} else if err := checkQuery(r.Query); err != nil {
			p.errorf(f.val, "%s", err)
		}
	}
	return r
}

// checkQuery checks a query rule: groundwork's search language, without
// code: or suggested: filters (a rule that depends on codings would depend
// on itself).
func checkQuery(q string) error {
	if _, err := querylang.Parse(q); err != nil {
		var qe *querylang.Error
		if errors.As(err, &qe) {
			return fmt.Errorf("invalid query %q: %s (at character %d; see `groundwork search --help` for the language)", q, qe.Reason, qe.Pos+1)
		}
		return err
	}
	if codes := querylang.Codes(q); len(codes) > 0 {
		return fmt.Errorf("query %q filters on code %s; a rule cannot depend on codings", q, codes[0])
	}
	return nil
}

func (p *parser) nearSets(f field, r *Rule) {
	n := f.val
	if n.Kind != yaml.SequenceNode || len(n.Content) != 2 {
		p.errorf(n, "near needs two lists of terms, as in near: [[nobody, no one], [talk*, listen*]]")
		return
	}
	for i, it := range n.Content {
		if it = p.deref(it); it == nil {
			return
		}
		srcs, terms := p.terms(field{f.key, it})
		if len(srcs) == 0 {
			if it.Kind != yaml.SequenceNode || len(it.Content) > 0 {
				p.errorf(it, "near needs two non-empty lists of terms")
			}
			return
		}
		r.Near = append(r.Near, srcs)
		r.near[i] = terms
	}
}
