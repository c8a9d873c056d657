package refiqda

// A REFI-QDA codebook (an Exchange) into codebook.yaml: merged into the
// file with codebook's line editor, so that only the lines of what changed
// are rewritten, or rendered afresh with codebook.RenderDraft, carrying
// over as written what REFI-QDA cannot hold (guidance, examples, rules).

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/codebook"
)

// CodebookMode says how ImportCodebook treats the codes already in the file.
type CodebookMode int

const (
	// Merge keeps every code of the file; imported codes that match one
	// update its label, definition, colour and place, and the others are
	// added. Comments, rules and guidance stay.
	Merge CodebookMode = iota
	// Replace makes the codebook the imported one: codes not in it are
	// dropped. Codes that match one of the file keep what REFI-QDA cannot
	// carry (use_when, do_not_use_when, examples, rules).
	Replace
)

// CodebookOptions control ImportCodebook.
type CodebookOptions struct {
	Mode CodebookMode
	// Source names the imported file, for the comment of a fresh codebook
	// and for placeholders.
	Source string
	// Name is the name of a fresh codebook ("" uses Source).
	Name string
}

// CodeChange is one changed code and the fields that changed.
type CodeChange struct {
	ID     string   `json:"id"`
	Fields []string `json:"fields"`
}

// CodebookResult is what ImportCodebook did.
type CodebookResult struct {
	// YAML is the new codebook file; it has been checked with codebook.Parse.
	YAML []byte `json:"-"`
	// IDs maps each imported code's GUID (normalised) to its code id.
	IDs map[string]string `json:"-"`
	// Added, Changed and Dropped are code ids; Unchanged counts the
	// imported codes that matched an existing code exactly.
	Added     []string     `json:"added"`
	Changed   []CodeChange `json:"changed"`
	Dropped   []string     `json:"dropped"`
	Unchanged int          `json:"unchanged"`
	// GroupsAdded names groups created; GroupsChanged groups that got
	// members; GroupsDropped groups that went (Replace).
	GroupsAdded   []string `json:"groups_added"`
	GroupsChanged []string `json:"groups_changed"`
	GroupsDropped []string `json:"groups_dropped"`
	Warnings      []string `json:"warnings"`
}

// planned is an imported code with its id.
type planned struct {
	x        *ExchangeCode
	id       string
	parentID string
	match    *codebook.Code // the existing code it matched, if any
}

// ImportCodebook applies a REFI-QDA codebook to a codebook file. existing
// is the current file ("" / nil: there is none, and a fresh codebook is
// rendered). Imported codes are matched to existing ones by GUID (a
// codebook exported by groundwork has CodeGUID(id)), then by the id derived
// from their name, then by label under the same parent; the rest get ids
// from their names (slug, dotted under the parent's id, made unique). The
// result is validated with codebook.Parse.
func ImportCodebook(existing []byte, existingName string, x *Exchange, opts CodebookOptions) (*CodebookResult, error) {
	if x == nil || x.Len() == 0 {
		return nil, errors.New("the imported codebook has no codes")
	}
	var cb *codebook.Codebook
	if len(bytes.TrimSpace(existing)) > 0 {
		var err error
		if cb, err = codebook.Parse(existingName, existing); err != nil {
			return nil, fmt.Errorf("the current codebook has problems; fix them before importing:\n%w", err)
		}
	}
	res := &CodebookResult{IDs: map[string]string{}, Warnings: slices.Clone(x.Warnings)}
	plan := assignIDs(x, cb, res)

	var out []byte
	if cb == nil || opts.Mode == Replace {
		out = renderImported(existing, cb, x, plan, opts, res)
	} else {
		var err error
		if out, err = mergeImported(existing, cb, x, plan, res); err != nil {
			return nil, err
		}
	}
	name := existingName
	if name == "" {
		name = "codebook.yaml"
	}
	if _, err := codebook.Parse(name, out); err != nil {
		return nil, fmt.Errorf("internal error: the imported codebook does not validate (nothing was written):\n%w", err)
	}
	res.YAML = out
	return res, nil
}

// assignIDs matches imported codes to existing ones and gives the others
// ids, depth first.
func assignIDs(x *Exchange, cb *codebook.Codebook, res *CodebookResult) []*planned {
	byGUID := map[string]*codebook.Code{}
	taken := map[string]bool{} // ids in use: existing ones and new ones
	if cb != nil {
		for _, c := range cb.Codes() {
			byGUID[CodeGUID(c.ID)] = c
			taken[c.ID] = true
		}
	}
	claimed := map[*codebook.Code]bool{}
	var plan []*planned
	var walk func(list []*ExchangeCode, parentID string)
	walk = func(list []*ExchangeCode, parentID string) {
		for _, xc := range list {
			p := &planned{x: xc, parentID: parentID}
			if !matchExisting(p, cb, byGUID, claimed) {
				p.id = newID(xc, parentID, taken)
			}
			taken[p.id] = true
			if _, dup := res.IDs[xc.GUID]; !dup {
				res.IDs[xc.GUID] = p.id
			}
			plan = append(plan, p)
			walk(xc.Children, p.id)
		}
	}
	walk(x.Codes, "")
	return plan
}

// derivedID is the id an imported code's name gives under its parent.
func derivedID(name, parentID string) string {
	if parentID == "" {
		return slug(name)
	}
	return parentID + "." + slug(name)
}

// matchExisting finds the existing code an imported one is (by GUID, then
// by the id its name gives, then by label under the same parent) and
// claims it for p.
func matchExisting(p *planned, cb *codebook.Codebook, byGUID map[string]*codebook.Code, claimed map[*codebook.Code]bool) bool {
	if cb == nil {
		return false
	}
	claim := func(c *codebook.Code) bool {
		if c == nil || claimed[c] {
			return false
		}
		claimed[c] = true
		p.match, p.id = c, c.ID
		return true
	}
	derived, _ := cb.Code(derivedID(p.x.Name, p.parentID))
	return claim(byGUID[p.x.GUID]) || claim(derived) || claim(labelMatch(cb, p.x.Name, p.parentID, claimed))
}

// newID gives an imported code that matched none an id: the one its name
// gives, made unique. An id whose GUID is the imported one (a groundwork
// export of a code whose id is its name) is kept as it is.
func newID(xc *ExchangeCode, parentID string, taken map[string]bool) string {
	id := derivedID(xc.Name, parentID)
	for _, cand := range []string{xc.Name, id} {
		if codebook.ValidID(cand) && CodeGUID(cand) == xc.GUID && !taken[cand] {
			id = cand
		}
	}
	if taken[id] {
		for n := 2; ; n++ {
			if c := fmt.Sprintf("%s_%d", id, n); !taken[c] {
				return c
			}
		}
	}
	return id
}

func labelMatch(cb *codebook.Codebook, name, parentID string, claimed map[*codebook.Code]bool) *codebook.Code {
	for _, c := range cb.Codes() {
		if !claimed[c] && c.ParentID == parentID && strings.EqualFold(strings.TrimSpace(codeName(c)), name) {
			return c
		}
	}
	return nil
}

func definitionFor(xc *ExchangeCode, origin string) string {
	if xc.Description != "" {
		return xc.Description
	}
	from := ""
	if origin != "" {
		from = " (from " + origin + ")"
	}
	if xc.Folder {
		return "A folder of imported codes" + from + "; the file gave it no description."
	}
	return "Imported" + from + " without a definition; write one."
}

func importedSpec(p *planned, origin string) codebook.CodeSpec {
	return codebook.CodeSpec{ID: p.id, ParentID: p.parentID, Label: p.x.Name,
		Definition: definitionFor(p.x, origin), Colour: p.x.Colour}
}

// setMembers resolves the imported sets to code ids.
func setMembers(x *Exchange, res *CodebookResult) []codebook.GroupSpec {
	var out []codebook.GroupSpec
	seen := map[string]int{}
	missing := 0
	for _, s := range x.Sets {
		g := codebook.GroupSpec{Name: s.Name, Description: s.Description}
		for _, m := range s.Codes {
			id, ok := res.IDs[m]
			if !ok {
				missing++
				continue
			}
			if !slices.Contains(g.Codes, id) {
				g.Codes = append(g.Codes, id)
			}
		}
		if i, dup := seen[g.Name]; dup {
			for _, id := range g.Codes {
				if !slices.Contains(out[i].Codes, id) {
					out[i].Codes = append(out[i].Codes, id)
				}
			}
			continue
		}
		seen[g.Name] = len(out)
		out = append(out, g)
	}
	if missing > 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s of sets name codes the codebook does not have; left out", plural(missing, "member")))
	}
	return out
}

// renderImported renders a fresh codebook from the imported codes; codes
// that match a code of the current file keep its guidance, examples and
// rules (copied as written).
func renderImported(existing []byte, cb *codebook.Codebook, x *Exchange, plan []*planned, opts CodebookOptions, res *CodebookResult) []byte {
	d := &codebook.Draft{Name: opts.Name}
	src := opts.Source
	if src == "" {
		src = "a REFI-QDA codebook"
	}
	d.Comment = []string{"Codebook imported from " + src + " by groundwork."}
	if x.Origin != "" {
		d.Comment = append(d.Comment, "Exported by: "+x.Origin)
	}
	d.Comment = append(d.Comment, "", "Check it with `groundwork codebook show`; add use_when, examples and rules as needed.")
	var ed *codebook.Editor
	if cb != nil {
		d.Name, d.Version, d.Description = cb.Name, cb.Version, cb.Description
		d.Comment = nil
		ed, _ = codebook.NewEditor(existing)
	}
	if d.Name == "" {
		d.Name = src
	}
	kept := map[string]bool{}
	for _, p := range plan {
		s := importedSpec(p, x.Origin)
		if p.match != nil {
			kept[p.match.ID] = true
			if ed != nil {
				ed.CopyFields(&s, p.id, "use_when", "do_not_use_when", "examples", "rules")
			}
			if ch := diffCode(p.match, p); len(ch) > 0 {
				res.Changed = append(res.Changed, CodeChange{ID: p.id, Fields: ch})
			} else {
				res.Unchanged++
			}
		} else {
			res.Added = append(res.Added, p.id)
		}
		d.Codes = append(d.Codes, s)
	}
	d.Groups = setMembers(x, res)
	if cb == nil {
		for _, g := range d.Groups {
			res.GroupsAdded = append(res.GroupsAdded, g.Name)
		}
		return codebook.RenderDraft(d)
	}
	for _, c := range cb.Codes() {
		if !kept[c.ID] {
			res.Dropped = append(res.Dropped, c.ID)
		}
	}
	newGroups := map[string]bool{}
	for _, g := range d.Groups {
		newGroups[g.Name] = true
		if old, ok := cb.Group(g.Name); ok {
			if !sameMembers(old.Codes, g.Codes) || old.Description != g.Description {
				res.GroupsChanged = append(res.GroupsChanged, g.Name)
			}
		} else {
			res.GroupsAdded = append(res.GroupsAdded, g.Name)
		}
	}
	for _, g := range cb.Groups() {
		if !newGroups[g.Name] {
			res.GroupsDropped = append(res.GroupsDropped, g.Name)
		}
	}
	return codebook.RenderDraft(d)
}

// sameMembers reports whether two lists of code ids hold the same codes.
func sameMembers(a, b []string) bool {
	return slices.Equal(slices.Compact(slices.Sorted(slices.Values(a))), slices.Compact(slices.Sorted(slices.Values(b))))
}

// diffCode lists the fields an imported code would change on an existing one.
func diffCode(c *codebook.Code, p *planned) []string {
	var ch []string
	if p.x.Name != codeName(c) && p.x.Name != c.Label {
		ch = append(ch, "label")
	}
	if p.x.Description != "" && p.x.Description != strings.TrimSpace(c.Definition) {
		ch = append(ch, "definition")
	}
	if p.x.Colour != "" && p.x.Colour != c.Colour {
		ch = append(ch, "colour")
	}
	if p.parentID != c.ParentID {
		ch = append(ch, "parent")
	}
	return ch
}

// mergeImported edits the current file: matched codes change, new codes
// are added, nothing is removed.
func mergeImported(existing []byte, cb *codebook.Codebook, x *Exchange, plan []*planned, res *CodebookResult) ([]byte, error) {
	ed, err := codebook.NewEditor(existing)
	if err != nil {
		return nil, err
	}
	for _, p := range plan {
		if p.match == nil {
			if err := ed.AddCode(importedSpec(p, x.Origin)); err != nil {
				return nil, fmt.Errorf("adding code %s: %w", p.id, err)
			}
			res.Added = append(res.Added, p.id)
			continue
		}
		fields := diffCode(p.match, p)
		if err := changeCode(ed, p, fields); err != nil {
			return nil, fmt.Errorf("changing code %s: %w", p.id, err)
		}
		if len(fields) > 0 {
			res.Changed = append(res.Changed, CodeChange{ID: p.id, Fields: fields})
		} else {
			res.Unchanged++
		}
	}
	for _, g := range setMembers(x, res) {
		if err := mergeGroup(ed, cb, g, res); err != nil {
			return nil, err
		}
	}
	return ed.Bytes(), nil
}

// changeCode rewrites the fields of a matched code that changed.
func changeCode(ed *codebook.Editor, p *planned, fields []string) error {
	for _, f := range fields {
		var err error
		switch f {
		case "label":
			_, err = ed.SetField(p.id, "label", p.x.Name)
		case "definition":
			_, err = ed.SetField(p.id, "definition", p.x.Description)
		case "colour":
			_, err = ed.SetField(p.id, "colour", p.x.Colour)
		case "parent":
			err = ed.MoveCode(p.id, p.parentID)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// mergeGroup adds an imported set's members to the group of its name,
// creating it (even empty) when the file has none.
func mergeGroup(ed *codebook.Editor, cb *codebook.Codebook, g codebook.GroupSpec, res *CodebookResult) error {
	_, existed := cb.Group(g.Name)
	changed := false
	if len(g.Codes) == 0 && !existed {
		// An empty set still becomes a group.
		if err := ed.AddGroup(g.Name, g.Description); err != nil {
			return err
		}
		changed = true
	}
	for _, id := range g.Codes {
		ok, err := ed.AddGroupMember(g.Name, g.Description, id)
		if err != nil {
			return fmt.Errorf("group %s: %w", g.Name, err)
		}
		changed = changed || ok
	}
	switch {
	case changed && existed:
		res.GroupsChanged = append(res.GroupsChanged, g.Name)
	case changed:
		res.GroupsAdded = append(res.GroupsAdded, g.Name)
	}
	return nil
}

// slug turns a code name into an id part: lower-case letters and digits,
// other characters runs of "_" (apostrophes dropped), at most 60 runes;
// "code" when nothing is left.
func slug(name string) string {
	var b strings.Builder
	pending := false
	n := 0
	for _, r := range strings.ToLower(name) {
		switch {
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-':
			if pending && b.Len() > 0 {
				b.WriteByte('_')
				n++
			}
			pending = false
			b.WriteRune(r)
			n++
		default:
			pending = true
		}
		if n >= 60 {
			break
		}
	}
	s := strings.Trim(b.String(), "_-")
	for utf8.RuneCountInString(s) > 60 {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	if s == "" {
		return "code"
	}
	return s
}
