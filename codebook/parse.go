package codebook

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/groundwork-qda/groundwork/yamlhint"
)

// The keys allowed in each kind of mapping, space separated (constants, so
// that the package has no mutable state).
const (
	topKeys   = "name version description groups codes"
	groupKeys = "description codes"
	codeKeys  = "id label definition use_when do_not_use_when examples colour color groups rules children parent"
	ruleKeys  = "id terms near within unless scope query"
	scopeKeys = "roles speakers"
)

// maxAliases bounds how many YAML aliases one file may expand, against
// alias bombs and anchors that contain themselves.
const maxAliases = 1000

// Load reads and parses the codebook file at path. See Parse.
func Load(path string) (*Codebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load codebook: %w", err)
	}
	return Parse(path, data)
}

// Parse parses and validates a codebook. filename is used in problem
// messages and kept as Codebook.File. When anything is wrong, Parse returns
// a *ValidationError listing every problem found.
func Parse(filename string, data []byte) (*Codebook, error) {
	p := &parser{file: filename, rules: make(map[string]*yaml.Node)}
	root := p.decode(data)
	cb := &Codebook{File: filename, hash: hashBytes(data)}
	if root != nil {
		p.top(cb, root)
	}
	p.link(cb)
	if len(p.problems) > 0 {
		slices.SortStableFunc(p.problems, func(a, b Problem) int {
			if a.Line != b.Line {
				return a.Line - b.Line
			}
			return a.Column - b.Column
		})
		return nil, &ValidationError{Problems: p.problems}
	}
	return cb, nil
}

// parser collects the problems of one file while walking its YAML tree.
type parser struct {
	file     string
	problems []Problem
	aliases  int
	codes    []*rawCode
	groups   []*rawGroup
	rules    map[string]*yaml.Node // rule id -> where it is defined
}

// rawCode is a code as read, before parents are resolved.
type rawCode struct {
	code       *Code
	idNode     *yaml.Node
	enclosing  *rawCode     // the code whose children: list holds this one
	parentNode *yaml.Node   // the parent: value, if any
	groupNodes []*yaml.Node // the groups: items
}

type rawGroup struct {
	group     *Group
	codeNodes []*yaml.Node
}

func (p *parser) problemAt(line, col int, format string, args ...any) {
	p.problems = append(p.problems, Problem{File: p.file, Line: line, Column: col, Message: fmt.Sprintf(format, args...)})
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.problemAt(n.Line, n.Column, format, args...)
}

// decode parses the YAML and returns the root node of its only document,
// or nil after recording why there is none.
func (p *parser) decode(data []byte) (root *yaml.Node) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := safeDecode(dec, &doc); err != nil {
		if errors.Is(err, io.EOF) {
			p.problemAt(0, 0, "the codebook is empty")
		} else {
			p.syntaxError(err, data)
		}
		return nil
	}
	var extra yaml.Node
	switch err := safeDecode(dec, &extra); {
	case errors.Is(err, io.EOF):
	case err != nil:
		p.syntaxError(err, data)
		return nil
	default:
		p.errorf(&extra, "only one YAML document is allowed in a codebook")
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		p.problemAt(0, 0, "the codebook is empty")
		return nil
	}
	return doc.Content[0]
}

// safeDecode decodes one document, turning a panic inside the YAML library
// into an error so that no input can crash the caller.
func safeDecode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: internal error: %v", r)
		}
	}()
	return dec.Decode(n)
}

// syntaxError records a YAML syntax error. yaml.v3 names the line where
// it gave up, which for a bracket or quote left open is often far from the
// mistake: when a line leaves one open before a new key, the problem is
// put there, with the reader's own words after it.
func (p *parser) syntaxError(err error, data []byte) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	// yaml.v3 reports "yaml: line 3: did not find expected key".
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, text, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, msg = n, text
			}
		}
	}
	if at, problem, ok := yamlhint.Unclosed(data); ok {
		p.problemAt(at, 0, "YAML syntax error: %s; close it, or put the whole value in quotes (the YAML reader stopped at line %d: %s)", problem, line, msg)
		return
	}
	p.problemAt(line, 0, "YAML syntax error: %s", msg)
}

// deref follows aliases. It returns nil (after recording a problem) when
// the file expands too many aliases.
func (p *parser) deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		p.aliases++
		if p.aliases > maxAliases {
			if p.aliases == maxAliases+1 {
				p.errorf(n, "too many alias expansions (an anchor that contains itself?)")
			}
			return nil
		}
		n = n.Alias
	}
	return n
}

type field struct{ key, val *yaml.Node }

// fields checks that n is a mapping with only allowed, unrepeated keys and
// returns its fields by key. noun names the mapping in messages ("code",
// "rule"); keyWord is "key" or "field".
func (p *parser) fields(n *yaml.Node, noun, keyWord, allowed string) (map[string]field, bool) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s must be a mapping (%s: value lines), not %s", noun, keyWord, kindName(n))
		return nil, false
	}
	allow := strings.Fields(allowed)
	out := make(map[string]field, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := p.deref(n.Content[i])
		v := p.deref(n.Content[i+1])
		if k == nil || v == nil {
			continue
		}
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "%s %s must be a plain name", noun, keyWord)
			continue
		}
		if !slices.Contains(allow, k.Value) {
			p.errorf(k, "unknown %s %q in %s (allowed %ss: %s)", keyWord, k.Value, noun, keyWord, strings.Join(allow, ", "))
			continue
		}
		if prev, dup := out[k.Value]; dup {
			p.errorf(k, "duplicate %s %q in %s (first at line %d)", keyWord, k.Value, noun, prev.key.Line)
			continue
		}
		out[k.Value] = field{k, v}
	}
	return out, true
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "empty"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

// str returns the text of a scalar; null gives "".
func (p *parser) str(f field) (string, bool) {
	if f.val.Kind != yaml.ScalarNode {
		p.errorf(f.val, "%s must be text, not %s", f.key.Value, kindName(f.val))
		return "", false
	}
	if f.val.Tag == "!!null" {
		return "", true
	}
	return f.val.Value, true
}

// strList returns the items of a list of scalars; a single scalar is a list
// of one, null an empty list.
func (p *parser) strList(f field) ([]string, []*yaml.Node) {
	switch f.val.Kind {
	case yaml.ScalarNode:
		if f.val.Tag == "!!null" {
			return nil, nil
		}
		return []string{f.val.Value}, []*yaml.Node{f.val}
	case yaml.SequenceNode:
		var vals []string
		var nodes []*yaml.Node
		for _, it := range f.val.Content {
			it = p.deref(it)
			if it == nil {
				continue
			}
			if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
				p.errorf(it, "items of %s must be text, not %s", f.key.Value, kindName(it))
				continue
			}
			vals = append(vals, it.Value)
			nodes = append(nodes, it)
		}
		return vals, nodes
	}
	p.errorf(f.val, "%s must be a list, not %s", f.key.Value, kindName(f.val))
	return nil, nil
}

func (p *parser) top(cb *Codebook, root *yaml.Node) {
	fs, ok := p.fields(root, "codebook", "key", topKeys)
	if !ok {
		return
	}
	if f, ok := fs["name"]; ok {
		cb.Name, _ = p.str(f)
	}
	if f, ok := fs["version"]; ok {
		cb.Version, _ = p.str(f)
	}
	if f, ok := fs["description"]; ok {
		cb.Description, _ = p.str(f)
	}
	if f, ok := fs["codes"]; ok {
		p.codeList(f, nil)
	}
	if f, ok := fs["groups"]; ok {
		p.groupMap(f)
	}
}

// collection returns f's value when it is a collection of the kind
// wanted. Nothing written after the key is no error (and no collection);
// anything else is reported as not what it must be.
func (p *parser) collection(f field, kind yaml.Kind, must string) (*yaml.Node, bool) {
	n := f.val
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, false
	}
	if n.Kind != kind {
		p.errorf(n, "%s, not %s", must, kindName(n))
		return nil, false
	}
	return n, true
}

func (p *parser) groupMap(f field) {
	n, ok := p.collection(f, yaml.MappingNode, "groups must be a mapping of group names to {description, codes}")
	if !ok {
		return
	}
	seen := make(map[string]*yaml.Node)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := p.deref(n.Content[i]), p.deref(n.Content[i+1])
		if k == nil || v == nil {
			continue
		}
		if k.Kind != yaml.ScalarNode || strings.TrimSpace(k.Value) == "" {
			p.errorf(k, "a group name must be plain text")
			continue
		}
		if prev, dup := seen[k.Value]; dup {
			p.errorf(k, "duplicate group %q (first at line %d)", k.Value, prev.Line)
			continue
		}
		seen[k.Value] = k
		g := &rawGroup{group: &Group{Name: k.Value, Pos: Pos{k.Line, k.Column}}}
		switch v.Kind {
		case yaml.SequenceNode: // shorthand: name: [code ids]
			g.group.Codes, g.codeNodes = p.strList(field{k, v})
		case yaml.ScalarNode:
			if v.Tag != "!!null" {
				p.errorf(v, "group %q must be a mapping with description and codes, or a list of code ids", k.Value)
			}
		default:
			gf, ok := p.fields(v, "group", "key", groupKeys)
			if !ok {
				continue
			}
			if d, ok := gf["description"]; ok {
				g.group.Description, _ = p.str(d)
			}
			if c, ok := gf["codes"]; ok {
				g.group.Codes, g.codeNodes = p.strList(c)
			}
		}
		p.groups = append(p.groups, g)
	}
}

func (p *parser) codeList(f field, enclosing *rawCode) {
	n, ok := p.collection(f, yaml.SequenceNode, f.key.Value+" must be a list of codes (each starting with \"- id:\")")
	if !ok {
		return
	}
	for _, it := range n.Content {
		if it = p.deref(it); it != nil {
			p.code(it, enclosing)
		}
	}
}

func (p *parser) code(n *yaml.Node, enclosing *rawCode) {
	fs, ok := p.fields(n, "code", "key", codeKeys)
	if !ok {
		return
	}
	c := &Code{Pos: Pos{n.Line, n.Column}}
	rc := &rawCode{code: c, enclosing: enclosing}
	p.codes = append(p.codes, rc)

	if f, ok := fs["id"]; ok {
		c.ID, _ = p.str(f)
		rc.idNode = f.val
		if msg := checkID(c.ID); msg != "" {
			p.errorf(f.val, "%s", msg)
		}
	} else {
		p.errorf(n, "code has no id")
	}
	name := c.ID
	if name == "" {
		name = "(no id)"
	}
	if f, ok := fs["label"]; ok {
		c.Label, _ = p.str(f)
	}
	if f, ok := fs["definition"]; ok {
		c.Definition, _ = p.str(f)
		c.Definition = strings.TrimSpace(c.Definition)
		if c.Definition == "" && f.val.Kind == yaml.ScalarNode {
			p.errorf(f.val, "code %q has an empty definition", name)
		}
	} else {
		p.errorf(n, "code %q has no definition", name)
	}
	if f, ok := fs["use_when"]; ok {
		c.UseWhen = p.guidance(f)
	}
	if f, ok := fs["do_not_use_when"]; ok {
		c.DoNotUseWhen = p.guidance(f)
	}
	if f, ok := fs["examples"]; ok {
		c.Examples, _ = p.strList(f)
	}
	colour, hasColour := fs["colour"]
	if f, ok := fs["color"]; ok {
		if hasColour {
			p.errorf(f.key, "give colour or color, not both")
		} else {
			colour, hasColour = f, true
		}
	}
	if hasColour {
		if s, ok := p.str(colour); ok && s != "" {
			if norm, ok := normColour(s); ok {
				c.Colour = norm
			} else {
				p.errorf(colour.val, "bad colour %q: use #RRGGBB or #RGB in hex digits", s)
			}
		}
	}
	if f, ok := fs["groups"]; ok {
		c.Groups, rc.groupNodes = p.strList(f)
	}
	if f, ok := fs["parent"]; ok {
		if s, ok := p.str(f); ok && s != "" {
			c.ParentID = s
			rc.parentNode = f.val
		}
	}
	if f, ok := fs["rules"]; ok {
		p.ruleList(f, c)
	}
	c.rulesHash = hashRules(c.Rules)
	if f, ok := fs["children"]; ok {
		p.codeList(f, rc)
	}
}

// guidance reads use_when / do_not_use_when: text, or a list of texts
// joined by newlines.
func (p *parser) guidance(f field) string {
	if f.val.Kind == yaml.SequenceNode {
		items, _ := p.strList(f)
		return strings.Join(items, "\n")
	}
	s, _ := p.str(f)
	return strings.TrimSpace(s)
}

// checkID returns a problem message for an invalid code id, or "".
func checkID(id string) string {
	if id == "" {
		return "code id is empty"
	}
	for _, r := range id {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' || r == '-' || r == ':') {
			return fmt.Sprintf("invalid code id %q: use letters, digits and . _ - :", id)
		}
	}
	return ""
}

// normColour checks a #RRGGBB or #RGB colour and returns it as lower-case
// #rrggbb.
func normColour(s string) (string, bool) {
	if len(s) != 4 && len(s) != 7 || s[0] != '#' {
		return "", false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return "", false
		}
	}
	s = strings.ToLower(s)
	if len(s) == 4 {
		s = string([]byte{'#', s[1], s[1], s[2], s[2], s[3], s[3]})
	}
	return s, true
}

// link resolves parents and groups, checks for duplicates and cycles, and
// builds the tree. It runs even when earlier problems were found, so that
// every problem is reported; the tree is built only when there are none.
func (p *parser) link(cb *Codebook) {
	byID := make(map[string]*rawCode, len(p.codes))
	for _, rc := range p.codes {
		id := rc.code.ID
		if id == "" {
			continue
		}
		if prev, dup := byID[id]; dup {
			p.errorf(rc.idNode, "duplicate id %q (first defined at line %d)", id, prev.idNode.Line)
			continue
		}
		byID[id] = rc
	}
	parents := make(map[*rawCode]*rawCode, len(p.codes))
	for _, rc := range p.codes {
		switch {
		case rc.parentNode != nil && rc.enclosing != nil && rc.code.ParentID != rc.enclosing.code.ID:
			p.errorf(rc.parentNode, "parent %q conflicts with the enclosing code %q", rc.code.ParentID, rc.enclosing.code.ID)
		case rc.parentNode != nil && rc.enclosing == nil:
			par, ok := byID[rc.code.ParentID]
			if !ok {
				p.errorf(rc.parentNode, "unknown parent %q", rc.code.ParentID)
				continue
			}
			parents[rc] = par
		case rc.enclosing != nil:
			parents[rc] = rc.enclosing
			rc.code.ParentID = rc.enclosing.code.ID
		}
	}
	p.findCycles(parents)

	// Groups: declared ones, then those named only by codes.
	groups := make(map[string]*Group)
	var order []*Group
	for _, g := range p.groups {
		for i, id := range g.group.Codes {
			if _, ok := byID[id]; !ok {
				p.errorf(g.codeNodes[i], "group %q names unknown code %q", g.group.Name, id)
			}
		}
		groups[g.group.Name] = g.group
		order = append(order, g.group)
	}
	for _, rc := range p.codes {
		for i, name := range rc.code.Groups {
			if strings.TrimSpace(name) == "" {
				p.errorf(rc.groupNodes[i], "empty group name")
				continue
			}
			g, ok := groups[name]
			if !ok {
				g = &Group{Name: name}
				groups[name] = g
				order = append(order, g)
			}
			if !slices.Contains(g.Codes, rc.code.ID) {
				g.Codes = append(g.Codes, rc.code.ID)
			}
		}
	}
	if len(p.problems) > 0 {
		return
	}

	// Build the tree: children in file order, codes depth first.
	cb.byID = make(map[string]*Code, len(p.codes))
	for _, rc := range p.codes {
		cb.byID[rc.code.ID] = rc.code
		if par, ok := parents[rc]; ok {
			rc.code.parent = par.code
			par.code.children = append(par.code.children, rc.code)
		} else {
			cb.roots = append(cb.roots, rc.code)
		}
	}
	var walk func(c *Code, depth int)
	walk = func(c *Code, depth int) {
		c.Depth = depth
		cb.codes = append(cb.codes, c)
		for _, ch := range c.children {
			walk(ch, depth+1)
		}
	}
	for _, r := range cb.roots {
		walk(r, 0)
	}
	cb.groups = order
	cb.byName = groups
	cb.rules = make(map[string]*Rule)
	for _, c := range cb.codes {
		for _, r := range c.Rules {
			cb.rules[r.ID] = r
		}
	}
}

// findCycles reports each parent cycle once, at the member that comes
// first in the file, and breaks it.
func (p *parser) findCycles(parents map[*rawCode]*rawCode) {
	index := make(map[*rawCode]int, len(p.codes))
	for i, rc := range p.codes {
		index[rc] = i
	}
	const (
		unseen = iota
		onPath
		done
	)
	state := make(map[*rawCode]int, len(p.codes))
	for _, start := range p.codes {
		var path []*rawCode
		rc := start
		for rc != nil && state[rc] == unseen {
			state[rc] = onPath
			path = append(path, rc)
			rc = parents[rc]
		}
		if rc != nil && state[rc] == onPath {
			i := slices.Index(path, rc)
			cycle := path[i:]
			first := slices.MinFunc(cycle, func(a, b *rawCode) int { return index[a] - index[b] })
			j := slices.Index(cycle, first)
			ordered := append(slices.Clone(cycle[j:]), cycle[:j]...)
			ids := make([]string, 0, len(ordered)+1)
			for _, c := range ordered {
				ids = append(ids, c.code.ID)
			}
			ids = append(ids, first.code.ID)
			at := first.parentNode
			if at == nil {
				at = first.idNode
			}
			p.errorf(at, "parent cycle: %s", strings.Join(ids, " -> "))
			for _, c := range cycle {
				delete(parents, c)
			}
		}
		for _, c := range path {
			state[c] = done
		}
	}
}
