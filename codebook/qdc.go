package codebook

// REFI-QDA codebook exchange: the .qdc format (QDA-XML 1.0, Codebook.xsd)
// out of a Codebook, and any REFI-QDA codebook (a .qdc file, or the CodeBook
// and code Sets of a project) in as an Exchange, ready to become YAML (see
// ImportExchange in write.go).

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
)

// QDA-XML codebook namespace and schema location.
const (
	QDCNamespace      = "urn:QDA-XML:codebook:1.0"
	QDCSchemaLocation = QDCNamespace + " http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"
	xsiNamespace      = "http://www.w3.org/2001/XMLSchema-instance"
	// xmlHeader is the XML declaration groundwork writes (no BOM).
	xmlHeader = `<?xml version="1.0" encoding="utf-8"?>` + "\n"
)

// guidNamespace is the fixed UUIDv5 namespace of every GUID groundwork
// mints, so that exporting the same project twice gives the same GUIDs.
func guidNamespace() uuid.UUID {
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/groundwork-qda/groundwork#refi-qda"))
}

// StableGUID returns the UUIDv5 GUID groundwork uses for the thing of the
// given kind ("code", "document", "user", ...) named key. The same kind and
// key always give the same GUID.
func StableGUID(kind, key string) string {
	ns := uuid.NewSHA1(guidNamespace(), []byte(kind))
	return uuid.NewSHA1(ns, []byte(key)).String()
}

// CodeGUID is the REFI-QDA GUID of the code with the given id.
func CodeGUID(id string) string { return StableGUID("code", id) }

// GroupGUID is the REFI-QDA GUID of the Set that exports the named group.
func GroupGUID(name string) string { return StableGUID("group", name) }

// NormGUID normalises a GUID read from a REFI-QDA file for lookups: white
// space and braces are removed and hex digits lower-cased. Ids that are not
// GUIDs at all ("c001") are kept, trimmed and lower-cased.
func NormGUID(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "{")
	s = strings.TrimSuffix(s, "}")
	return strings.ToLower(strings.TrimSpace(s))
}

var guidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// IsGUID reports whether s (after NormGUID) has the 8-4-4-4-12 GUID shape
// the schemas require.
func IsGUID(s string) bool { return guidRE.MatchString(NormGUID(s)) }

// ---------------------------------------------------------------------------
// Export

type qdcCodeBook struct {
	XMLName        xml.Name `xml:"urn:QDA-XML:codebook:1.0 CodeBook"`
	XSI            string   `xml:"xmlns:xsi,attr"`
	SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
	Origin         string   `xml:"origin,attr,omitempty"`
	Codes          qdcCodes `xml:"Codes"`
	Sets           *qdcSets `xml:"Sets,omitempty"`
}

type qdcCodes struct {
	Codes []qdcCode `xml:"Code"`
}

// qdcCode declares its children in the xs:sequence order of CodeType.
type qdcCode struct {
	GUID        string    `xml:"guid,attr"`
	Name        string    `xml:"name,attr"`
	IsCodable   bool      `xml:"isCodable,attr"`
	Color       string    `xml:"color,attr,omitempty"`
	Description string    `xml:"Description,omitempty"`
	Codes       []qdcCode `xml:"Code"`
}

type qdcSets struct {
	Sets []qdcSet `xml:"Set"`
}

type qdcSet struct {
	GUID        string      `xml:"guid,attr"`
	Name        string      `xml:"name,attr"`
	Description string      `xml:"Description,omitempty"`
	Members     []qdcMember `xml:"MemberCode"`
}

type qdcMember struct {
	GUID string `xml:"guid,attr"`
}

// CodeName is the name a code is exported under: its label, or its id when
// it has none.
func CodeName(c *Code) string {
	if strings.TrimSpace(c.Label) != "" {
		return c.Label
	}
	return c.ID
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
func WriteQDC(w io.Writer, cb *Codebook, origin string) error {
	doc := qdcCodeBook{XSI: xsiNamespace, SchemaLocation: QDCSchemaLocation, Origin: origin}
	var conv func(c *Code) qdcCode
	conv = func(c *Code) qdcCode {
		q := qdcCode{GUID: CodeGUID(c.ID), Name: CodeName(c), IsCodable: c.IsLeaf(),
			Color: c.Colour, Description: strings.TrimSpace(c.Definition)}
		for _, ch := range c.children {
			q.Codes = append(q.Codes, conv(ch))
		}
		return q
	}
	for _, r := range cb.roots {
		doc.Codes.Codes = append(doc.Codes.Codes, conv(r))
	}
	if len(doc.Codes.Codes) == 0 {
		return errors.New("the codebook has no codes, and a REFI-QDA codebook needs at least one")
	}
	var sets []qdcSet
	for _, g := range cb.groups {
		s := qdcSet{GUID: GroupGUID(g.Name), Name: g.Name, Description: strings.TrimSpace(g.Description)}
		seen := map[string]bool{}
		for _, id := range g.Codes {
			if _, ok := cb.byID[id]; ok && !seen[id] {
				seen[id] = true
				s.Members = append(s.Members, qdcMember{GUID: CodeGUID(id)})
			}
		}
		sets = append(sets, s)
	}
	if len(sets) > 0 {
		doc.Sets = &qdcSets{Sets: sets}
	}
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
func QDCLosses(cb *Codebook) []string {
	var guidance, examples, rules int
	for _, c := range cb.codes {
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

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// ---------------------------------------------------------------------------
// Import

// XMLCode is a REFI-QDA Code element as read, in any namespace version (the
// codebook and the project schema share it; NoteRef is the project's).
type XMLCode struct {
	GUID        string    `xml:"guid,attr"`
	Name        string    `xml:"name,attr"`
	IsCodable   string    `xml:"isCodable,attr"`
	Color       string    `xml:"color,attr"`
	Description string    `xml:"Description"`
	NoteRefs    []XMLRef  `xml:"NoteRef"`
	Codes       []XMLCode `xml:"Code"`
}

// XMLRef is any reference element: NoteRef, CodeRef, MemberCode, ... A
// codebook's MemberCode names its code with guid, a project's with
// targetGUID; Ref returns whichever is set.
type XMLRef struct {
	GUID       string `xml:"guid,attr"`
	TargetGUID string `xml:"targetGUID,attr"`
}

// Ref returns the referenced GUID, normalised (NormGUID).
func (r XMLRef) Ref() string {
	if r.TargetGUID != "" {
		return NormGUID(r.TargetGUID)
	}
	return NormGUID(r.GUID)
}

// XMLSet is a REFI-QDA Set as read.
type XMLSet struct {
	GUID          string   `xml:"guid,attr"`
	Name          string   `xml:"name,attr"`
	Description   string   `xml:"Description"`
	MemberCodes   []XMLRef `xml:"MemberCode"`
	MemberSources []XMLRef `xml:"MemberSource"`
	MemberNotes   []XMLRef `xml:"MemberNote"`
}

// xmlQDC is a .qdc file as read.
type xmlQDC struct {
	XMLName xml.Name
	Origin  string    `xml:"origin,attr"`
	Codes   []XMLCode `xml:"Codes>Code"`
	Sets    []XMLSet  `xml:"Sets>Set"`
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
	root, err := RootElement(data)
	if err != nil {
		return nil, fmt.Errorf("%s: not a REFI-QDA codebook: %v", name, err)
	}
	if root.Local != "CodeBook" {
		return nil, fmt.Errorf("%s: not a REFI-QDA codebook: the root element is <%s>, not <CodeBook>", name, root.Local)
	}
	if root.Space != "" && !strings.HasPrefix(root.Space, "urn:QDA-XML:codebook") {
		return nil, fmt.Errorf("%s: not a REFI-QDA codebook: the root element is in namespace %q, not urn:QDA-XML:codebook:1.0", name, root.Space)
	}
	var q xmlQDC
	if err := NewXMLDecoder(data).Decode(&q); err != nil {
		return nil, fmt.Errorf("%s: %w", name, XMLError(err))
	}
	x := NewExchange(q.Origin, q.Codes, q.Sets)
	if x.Len() == 0 {
		return nil, fmt.Errorf("%s: the codebook has no codes", name)
	}
	return x, nil
}

// NewXMLDecoder returns a decoder for QDA-XML: strict, with the standard
// entities only (no DTD is ever read or expanded).
func NewXMLDecoder(data []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	return d
}

// RootElement returns the name of the document's root element.
func RootElement(data []byte) (xml.Name, error) {
	d := NewXMLDecoder(data)
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return xml.Name{}, errors.New("no XML element found")
			}
			return xml.Name{}, XMLError(err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name, nil
		}
	}
}

// XMLError rewords an encoding/xml error for people.
func XMLError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("XML syntax error on line %d: %s", se.Line, se.Msg)
	}
	return fmt.Errorf("invalid XML: %v", err)
}

// NewExchange normalises codes and sets as read from a codebook or a
// project into an Exchange.
func NewExchange(origin string, codes []XMLCode, sets []XMLSet) *Exchange {
	x := &Exchange{Origin: strings.TrimSpace(origin)}
	var badColours, noGUID int
	var conv func(c XMLCode, path string) *ExchangeCode
	conv = func(c XMLCode, path string) *ExchangeCode {
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
			if col, ok := NormREFIColour(c.Color); ok {
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
			if r := m.Ref(); r != "" {
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

// NormREFIColour reads a colour as real REFI-QDA files write it: #RRGGBB,
// #RGB, #RRGGBBAA (alpha dropped), RRGGBB without "#", or rgb(r, g, b),
// and returns it as "#rrggbb".
func NormREFIColour(s string) (string, bool) {
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
	return normColour(s)
}

// Slug turns a code name into an id part: lower-case letters and digits,
// other characters runs of "_" (apostrophes dropped), at most 60 runes;
// "code" when nothing is left.
func Slug(name string) string {
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
