package refiqda

// The REFI-QDA codebook exchange file (.qdc, Codebook.xsd): a groundwork
// codebook out, and any REFI-QDA codebook (a .qdc, or the CodeBook and code
// Sets of a project) in as an Exchange, ready to become codebook.yaml
// (ImportCodebook).

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
)

// codeName is the name a code is exported under: its label, or its id when
// it has none.
func codeName(c *codebook.Code) string {
	if strings.TrimSpace(c.Label) != "" {
		return c.Label
	}
	return c.ID
}

// exportCode converts a code and its children; codable says whether a
// code is codable (a family is not, unless someone coded it) and notes
// gives the NoteRefs on it.
func exportCode(c *codebook.Code, codable func(*codebook.Code) bool, notes func(id string) []xRef) xCode {
	q := xCode{GUID: CodeGUID(c.ID), Name: codeName(c), IsCodable: strconv.FormatBool(codable(c)),
		Color: c.Colour, Description: strings.TrimSpace(c.Definition), NoteRefs: notes(c.ID)}
	for _, ch := range c.Children() {
		q.Codes = append(q.Codes, exportCode(ch, codable, notes))
	}
	return q
}

// exportSets turns the codebook's groups into Sets of MemberCode; ref
// makes a member's reference (a codebook's names it by guid, a project's
// by targetGUID).
func exportSets(cb *codebook.Codebook, ref func(guid string) xRef) []xSet {
	var sets []xSet
	for _, g := range cb.Groups() {
		s := xSet{GUID: GroupGUID(g.Name), Name: g.Name, Description: strings.TrimSpace(g.Description)}
		seen := map[string]bool{}
		for _, id := range g.Codes {
			if _, ok := cb.Code(id); ok && !seen[id] {
				seen[id] = true
				s.MemberCodes = append(s.MemberCodes, ref(CodeGUID(id)))
			}
		}
		sets = append(sets, s)
	}
	return sets
}

// WriteQDC writes the codebook as a REFI-QDA codebook exchange file (.qdc)
// that validates against Codebook.xsd: the code tree, each code's definition
// as its Description and its colour, families (codes with children) as
// isCodable="false", and the groups as Sets of MemberCode. GUIDs are
// CodeGUID and GroupGUID, so they are the same on every export. origin names
// the exporting software ("" leaves it out).
//
// What the format cannot carry (use_when, do_not_use_when, examples, rules)
// is left out; QDCLosses says what that was.
func WriteQDC(w io.Writer, cb *codebook.Codebook, origin string) error {
	doc := xQDC{XMLName: xml.Name{Space: CodebookNamespace, Local: "CodeBook"},
		xCodeBook: xCodeBook{XSI: xsiNamespace, SchemaLocation: CodebookSchemaLocation, Origin: origin}}
	leaf := func(c *codebook.Code) bool { return c.IsLeaf() }
	noNotes := func(string) []xRef { return nil }
	for _, r := range cb.Roots() {
		doc.Codes.Items = append(doc.Codes.Items, exportCode(r, leaf, noNotes))
	}
	if len(doc.Codes.Items) == 0 {
		return errors.New("the codebook has no codes, and a REFI-QDA codebook needs at least one: add one first (groundwork codebook add ID --label LABEL)")
	}
	doc.Sets.Items = exportSets(cb, func(g string) xRef { return xRef{GUID: g} })
	var buf bytes.Buffer
	buf.WriteString(xmlHeader)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing the REFI-QDA codebook: %w", err)
	}
	buf.WriteByte('\n')
	_, err := w.Write(buf.Bytes())
	return err
}

// QDCLosses describes, one line each, what of the codebook a REFI-QDA
// export cannot carry (REFI-QDA §7 asks software to say so).
func QDCLosses(cb *codebook.Codebook) []string {
	var guidance, examples, rules int
	for _, c := range cb.Codes() {
		if c.UseWhen != "" || c.DoNotUseWhen != "" {
			guidance++
		}
		if len(c.Examples) > 0 {
			examples++
		}
		if len(c.Rules) > 0 {
			rules++
		}
	}
	var out []string
	if guidance > 0 {
		out = append(out, fmt.Sprintf("use_when/do_not_use_when of %s are not part of REFI-QDA and were not exported", plural(guidance, "code")))
	}
	if examples > 0 {
		out = append(out, fmt.Sprintf("example quotes of %s are not part of REFI-QDA and were not exported", plural(examples, "code")))
	}
	if rules > 0 {
		out = append(out, fmt.Sprintf("auto-coding rules of %s are not part of REFI-QDA and were not exported", plural(rules, "code")))
	}
	return out
}

// plural counts a noun: "1 code", "2 codes".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// Exchange is a codebook as REFI-QDA exchanges it, read leniently and
// normalised: GUIDs by NormGUID, colours to "#rrggbb", names flattened
// with "::" (as ATLAS.ti writes them) turned into a hierarchy.
type Exchange struct {
	// Origin is the exporting software, as the file says.
	Origin string
	Codes  []*ExchangeCode
	// Sets are the sets of codes (REFI-QDA sets of sources or notes are
	// not codebook matters and are left out).
	Sets []*ExchangeSet
	// Warnings say what was repaired or left out while reading.
	Warnings []string
}

// ExchangeCode is one code of an Exchange.
type ExchangeCode struct {
	GUID        string // normalised; a made-up one for a folder made from "A::B" names
	Name        string
	Description string
	Colour      string // "#rrggbb" or ""
	Codable     bool
	Children    []*ExchangeCode
	// Folder marks a code made up to hold "A::B" codes whose "A" the file
	// does not have.
	Folder bool
}

// ExchangeSet is one set of codes of an Exchange.
type ExchangeSet struct {
	GUID        string
	Name        string
	Description string
	Codes       []string // member GUIDs, normalised
}

// Walk calls fn for every code depth first, with its parent (nil at the top).
func (x *Exchange) Walk(fn func(c, parent *ExchangeCode)) {
	var walk func(list []*ExchangeCode, parent *ExchangeCode)
	walk = func(list []*ExchangeCode, parent *ExchangeCode) {
		for _, c := range list {
			fn(c, parent)
			walk(c.Children, c)
		}
	}
	walk(x.Codes, nil)
}

// Len returns the number of codes.
func (x *Exchange) Len() int {
	n := 0
	x.Walk(func(*ExchangeCode, *ExchangeCode) { n++ })
	return n
}

// ReadQDC reads a REFI-QDA codebook exchange file leniently: any version of
// the codebook namespace (or none), GUIDs in braces or not, colours in
// other notations, empty Sets. name is used in messages. It refuses a file
// that is not XML or whose root element is not CodeBook.
func ReadQDC(name string, data []byte) (*Exchange, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	root, err := rootElement(data)
	if err != nil {
		return nil, fmt.Errorf("%s: not a REFI-QDA codebook: %v", name, err)
	}
	if root.Local != "CodeBook" {
		return nil, fmt.Errorf("%s: not a REFI-QDA codebook: the root element is <%s>, not <CodeBook>", name, root.Local)
	}
	if root.Space != "" && !strings.HasPrefix(root.Space, "urn:QDA-XML:codebook") {
		return nil, fmt.Errorf("%s: not a REFI-QDA codebook: the root element is in namespace %q, not urn:QDA-XML:codebook:1.0", name, root.Space)
	}
	var q xQDC
	if err := newXMLDecoder(data).Decode(&q); err != nil {
		return nil, fmt.Errorf("%s: %w", name, xmlError(err))
	}
	x := newExchange(q.Origin, q.Codes.Items, q.Sets.Items)
	if x.Len() == 0 {
		return nil, fmt.Errorf("%s: the codebook has no codes", name)
	}
	return x, nil
}

// ReadProjectCodebook reads the codebook of a REFI-QDA project (a .qdpx, an
// unpacked project or a .qde) as ReadQDC reads a .qdc: its codes and the
// project's sets of codes, for a researcher who wants a colleague's
// codebook without their project (NVivo exports no .qdc).
func ReadProjectCodebook(src string) (*Exchange, error) {
	ar, err := openArchive(src, ArchiveLimits{}.withDefaults())
	if err != nil {
		return nil, err
	}
	defer ar.close()
	xp, _, err := ar.decodeProject(ar.display)
	if err != nil {
		return nil, err
	}
	x := newExchange(xp.Origin, xp.codes(), xp.Sets.Items)
	if x.Len() == 0 {
		return nil, fmt.Errorf("%s: the project has no codes", ar.display)
	}
	return x, nil
}

// newExchange normalises codes and sets as read from a codebook or a
// project into an Exchange.
func newExchange(origin string, codes []xCode, sets []xSet) *Exchange {
	x := &Exchange{Origin: strings.TrimSpace(origin)}
	var badColours, noGUID int
	var conv func(c xCode, path string) *ExchangeCode
	conv = func(c xCode, path string) *ExchangeCode {
		e := &ExchangeCode{GUID: NormGUID(c.GUID), Name: strings.TrimSpace(c.Name),
			Description: strings.TrimSpace(c.Description), Codable: parseBool(c.IsCodable, true)}
		if e.Name == "" {
			e.Name = "Unnamed code"
		}
		if e.GUID == "" {
			noGUID++
			e.GUID = StableGUID("refi-unnamed-code", path+"/"+e.Name)
		}
		if c.Color != "" {
			if col, ok := normColour(c.Color); ok {
				e.Colour = col
			} else {
				badColours++
			}
		}
		for _, ch := range c.Codes {
			e.Children = append(e.Children, conv(ch, path+"/"+e.Name))
		}
		e.Children = nestFlattened(e.Children, path+"/"+e.Name)
		return e
	}
	for _, c := range codes {
		x.Codes = append(x.Codes, conv(c, ""))
	}
	x.Codes = nestFlattened(x.Codes, "")
	for _, s := range sets {
		es := &ExchangeSet{GUID: NormGUID(s.GUID), Name: strings.TrimSpace(s.Name), Description: strings.TrimSpace(s.Description)}
		if es.Name == "" {
			es.Name = "set " + es.GUID
		}
		for _, m := range s.MemberCodes {
			if r := m.ref(); r != "" {
				es.Codes = append(es.Codes, r)
			}
		}
		if len(s.MemberCodes) == 0 && (len(s.MemberSources) > 0 || len(s.MemberNotes) > 0) {
			continue // a set of sources or notes, not of codes
		}
		x.Sets = append(x.Sets, es)
	}
	if badColours > 0 {
		x.Warnings = append(x.Warnings, fmt.Sprintf("%s had a colour that is not #RRGGBB, #RGB or rgb(); left without colour", plural(badColours, "code")))
	}
	if noGUID > 0 {
		x.Warnings = append(x.Warnings, fmt.Sprintf("%s had no guid", plural(noGUID, "code")))
	}
	return x
}

// nestFlattened turns siblings named "A::B" (ATLAS.ti's flattened
// hierarchy) into B under A, making a folder A when there is no sibling
// called A.
func nestFlattened(list []*ExchangeCode, path string) []*ExchangeCode {
	flat := false
	for _, c := range list {
		if strings.Contains(c.Name, "::") {
			flat = true
			break
		}
	}
	if !flat {
		return list
	}
	var out []*ExchangeCode
	byName := map[string]*ExchangeCode{}
	// Real codes first, so that "A::B" before "A" still lands under A.
	for _, c := range list {
		if !strings.Contains(c.Name, "::") {
			if _, dup := byName[c.Name]; !dup {
				byName[c.Name] = c
			}
		}
	}
	placed := map[*ExchangeCode]bool{}
	for _, c := range list {
		parts := splitFlattened(c.Name)
		if len(parts) == 1 {
			c.Name = parts[0]
			if !placed[c] {
				placed[c] = true
				out = append(out, c)
			}
			continue
		}
		parent, ok := byName[parts[0]]
		if !ok {
			parent = &ExchangeCode{GUID: StableGUID("refi-folder", path+"/"+parts[0]), Name: parts[0], Folder: true}
			byName[parts[0]] = parent
		}
		if !placed[parent] {
			placed[parent] = true
			out = append(out, parent)
		}
		c.Name = strings.Join(parts[1:], "::")
		parent.Children = append(parent.Children, c)
		parent.Children = nestFlattened(parent.Children, path+"/"+parent.Name)
	}
	return out
}

func splitFlattened(name string) []string {
	var parts []string
	for _, p := range strings.Split(name, "::") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return []string{name}
	}
	return parts
}

// parseBool reads an xs:boolean as other tools write it ("1", "yes").
func parseBool(s string, def bool) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "1", "yes":
		return true
	case "false", "0", "no":
		return false
	}
	return def
}

var rgbFuncRE = regexp.MustCompile(`^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[0-9.]+%?\s*)?\)$`)

// normColour reads a colour as real REFI-QDA files write it: #RRGGBB,
// #RGB, #RRGGBBAA (alpha dropped), RRGGBB without "#", or rgb(r, g, b),
// and returns it as "#rrggbb".
func normColour(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if m := rgbFuncRE.FindStringSubmatch(strings.ToLower(s)); m != nil {
		var b strings.Builder
		b.WriteByte('#')
		for _, v := range m[1:4] {
			n, err := strconv.Atoi(v)
			if err != nil || n > 255 {
				return "", false
			}
			fmt.Fprintf(&b, "%02x", n)
		}
		return b.String(), true
	}
	if !strings.HasPrefix(s, "#") && (len(s) == 6 || len(s) == 3) {
		s = "#" + s
	}
	if len(s) == 9 && s[0] == '#' {
		s = s[:7]
	}
	return codebook.NormColour(s)
}
