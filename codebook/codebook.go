// Package codebook loads and validates the YAML codebook of a groundwork
// project, gives access to its hierarchy of codes and groups, and compiles
// the codes' auto-coding rules into a single-pass Matcher.
//
// A codebook is a tree of codes. Each code has an id, a label, a definition,
// guidance on when (not) to use it, example quotes, an optional colour, the
// names of groups it belongs to, and optional rules. Codes nest with
// children: or name a parent: id (flat style). Groups sit beside the tree
// and gather codes from different branches; a code's membership in a group
// includes its descendants.
//
// Rules are written in a small language (terms, phrases, prefix wildcards,
// near, unless, scope, and bleve query strings); see Rule and Compile.
// Words are compared on their Porter stems, the same stemmer bleve's "en"
// analyser uses, so the matcher and the search index agree.
//
// All positions in texts are rune (Unicode code point) offsets, 0-based,
// end exclusive, as everywhere in groundwork.
package codebook

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
)

// Pos is a 1-based line and column in the codebook file.
type Pos struct {
	Line   int
	Column int
}

// Codebook is a parsed and validated codebook. It is immutable after Parse
// and safe for concurrent use.
type Codebook struct {
	// File is the file name given to Parse (or the path given to Load).
	File string
	// Name, Version and Description are the top-level fields of the file.
	// Version is kept exactly as written (a YAML 1.0 stays "1.0").
	Name        string
	Version     string
	Description string

	hash   string
	codes  []*Code // depth-first, siblings in file order
	roots  []*Code
	byID   map[string]*Code
	groups []*Group // file order; implicit groups (named only by codes) last
	byName map[string]*Group
	rules  map[string]*Rule
}

// Code is one code of the codebook.
type Code struct {
	ID         string
	Label      string
	Definition string
	// UseWhen and DoNotUseWhen are the coding guidance. A YAML list is
	// accepted too and kept as its items joined by newlines.
	UseWhen      string
	DoNotUseWhen string
	// Examples are example quotes.
	Examples []string
	// Colour is "#rrggbb" in lower case (a "#RGB" in the file is expanded),
	// or "" when the code has none.
	Colour string
	// Groups are the group names given on the code itself (see also
	// Codebook.GroupCodes, which resolves membership both ways).
	Groups []string
	// Rules are the code's auto-coding rules in file order.
	Rules []*Rule
	// ParentID is the id of the parent code, "" for a top-level code.
	ParentID string
	// Depth is 0 for a top-level code, 1 for its children, and so on.
	Depth int
	// Pos is where the code's mapping starts in the file.
	Pos Pos

	parent    *Code
	children  []*Code
	rulesHash string
}

// Parent returns the parent code, or nil for a top-level code.
func (c *Code) Parent() *Code { return c.parent }

// Children returns the code's direct children in file order.
func (c *Code) Children() []*Code { return slices.Clone(c.children) }

// IsLeaf reports whether the code has no children.
func (c *Code) IsLeaf() bool { return len(c.children) == 0 }

// RulesHash returns a stable hash (sha256, hex) of the code's rules only:
// their ids, terms, near sets, distances, vetoes, scopes and queries, but not
// their positions in the file. It changes exactly when the code's rules
// change, so a caller can tell which codes need auto-coding again.
func (c *Code) RulesHash() string { return c.rulesHash }

// Group is a named set of codes beside the tree.
type Group struct {
	Name        string
	Description string
	// Codes are the code ids listed under the group in the file, followed by
	// the ids of codes that name the group in their own groups: field.
	// Codebook.GroupCodes resolves them to codes with their descendants.
	Codes []string
	// Pos is where the group is declared; zero for a group that is only
	// named by codes.
	Pos Pos
}

// Hash returns the sha256 (hex) of the codebook file's bytes, to identify
// the codebook version in reports.
func (cb *Codebook) Hash() string { return cb.hash }

// Code returns the code with the given id.
func (cb *Codebook) Code(id string) (*Code, bool) {
	c, ok := cb.byID[id]
	return c, ok
}

// Codes returns all codes depth first (parents before children, siblings
// in file order). For a codebook written with nested children: this is file
// order.
func (cb *Codebook) Codes() []*Code { return slices.Clone(cb.codes) }

// Roots returns the top-level codes in file order.
func (cb *Codebook) Roots() []*Code { return slices.Clone(cb.roots) }

// Children returns the direct children of the code id, or nil when the code
// has none or does not exist.
func (cb *Codebook) Children(id string) []*Code {
	c, ok := cb.byID[id]
	if !ok {
		return nil
	}
	return c.Children()
}

// Descendants returns all codes below id, depth first, without id itself.
func (cb *Codebook) Descendants(id string) []*Code {
	c, ok := cb.byID[id]
	if !ok {
		return nil
	}
	var out []*Code
	var walk func(*Code)
	walk = func(c *Code) {
		for _, ch := range c.children {
			out = append(out, ch)
			walk(ch)
		}
	}
	walk(c)
	return out
}

// WithDescendants returns id and the ids of all codes below it, depth
// first: what a code stands for when codings are counted or filtered, as a
// report counts a code. A nil codebook knows no codes below: id alone.
func (cb *Codebook) WithDescendants(id string) []string {
	out := []string{id}
	if cb == nil {
		return out
	}
	for _, c := range cb.Descendants(id) {
		out = append(out, c.ID)
	}
	return out
}

// Leaves returns the codes without children, depth first.
func (cb *Codebook) Leaves() []*Code {
	var out []*Code
	for _, c := range cb.codes {
		if c.IsLeaf() {
			out = append(out, c)
		}
	}
	return out
}

// Family returns the top-level ancestor of the code id (the code itself when
// it is top-level), or nil when there is no such code.
func (cb *Codebook) Family(id string) *Code {
	c, ok := cb.byID[id]
	if !ok {
		return nil
	}
	for c.parent != nil {
		c = c.parent
	}
	return c
}

// Groups returns the groups: those declared at the top level in file order,
// then those only named by codes, in order of first mention.
func (cb *Codebook) Groups() []*Group { return slices.Clone(cb.groups) }

// Group returns the group with the given name.
func (cb *Codebook) Group(name string) (*Group, bool) {
	g, ok := cb.byName[name]
	return g, ok
}

// GroupCodes returns the codes of the named group, each with all its
// descendants, depth first and without duplicates. It returns nil for an
// unknown group.
func (cb *Codebook) GroupCodes(name string) []*Code {
	g, ok := cb.byName[name]
	if !ok {
		return nil
	}
	in := make(map[*Code]bool)
	for _, id := range g.Codes {
		c, ok := cb.byID[id]
		if !ok {
			continue
		}
		in[c] = true
	}
	var out []*Code
	for _, c := range cb.codes {
		for a := c; a != nil; a = a.parent {
			if in[a] {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// Rule returns the rule with the given id.
func (cb *Codebook) Rule(id string) (*Rule, bool) {
	r, ok := cb.rules[id]
	return r, ok
}

// Rules returns every rule of the codebook, in the order of Codes.
func (cb *Codebook) Rules() []*Rule {
	var out []*Rule
	for _, c := range cb.codes {
		out = append(out, c.Rules...)
	}
	return out
}

// hashRules computes Code.RulesHash.
func hashRules(rules []*Rule) string {
	type canon struct {
		ID       string     `json:"id"`
		Terms    []string   `json:"terms,omitempty"`
		Near     [][]string `json:"near,omitempty"`
		Within   int        `json:"within,omitempty"`
		Unless   []string   `json:"unless,omitempty"`
		Roles    []string   `json:"roles,omitempty"`
		Speakers []string   `json:"speakers,omitempty"`
		Query    string     `json:"query,omitempty"`
	}
	list := make([]canon, 0, len(rules))
	for _, r := range rules {
		list = append(list, canon{
			ID: r.ID, Terms: r.Terms, Near: r.Near, Within: r.Within,
			Unless: r.Unless, Roles: r.Scope.Roles, Speakers: r.Scope.Speakers,
			Query: r.Query,
		})
	}
	b, err := json.Marshal(list)
	if err != nil {
		// Marshalling strings, ints and slices of them cannot fail.
		panic("codebook: hashing rules: " + err.Error())
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func hashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
