// Package refiqda reads and writes REFI-QDA, the exchange format of QDA
// software (ATLAS.ti, MAXQDA, NVivo, QualCoder, ...): codebooks (.qdc,
// QDA-XML Codebook.xsd) both ways between a groundwork codebook.yaml and
// other tools, and whole projects (.qdpx, a zip of Project.xsd's
// project.qde and the sources' text) exported from a groundwork project
// and imported into a new one.
//
// The files by concern: model.go (the QDA-XML elements, once, for reading
// and writing), guid.go (GUIDs), archive.go and decode.go (reading an
// archive within limits), qdc.go (.qdc), codebook.go (a .qdc into
// codebook.yaml), export.go (.qdpx out), import.go, sources.go, text.go,
// notes.go and project.go (.qdpx in), sidecar.go (what groundwork carries
// in its own .qdpx beyond REFI-QDA).
package refiqda

import (
	"encoding/xml"
	"strings"
)

// QDA-XML namespaces and schema locations.
const (
	CodebookNamespace      = "urn:QDA-XML:codebook:1.0"
	CodebookSchemaLocation = CodebookNamespace + " http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"
	ProjectNamespace       = "urn:QDA-XML:project:1.0"
	ProjectSchemaLocation  = ProjectNamespace + " http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
	xsiNamespace           = "http://www.w3.org/2001/XMLSchema-instance"
	// xmlHeader is the XML declaration groundwork writes (no BOM).
	xmlHeader = `<?xml version="1.0" encoding="utf-8"?>` + "\n"
)

// Origin is the origin attribute groundwork writes, and by which an import
// knows a project or codebook exported by groundwork.
const Origin = "groundwork"

// The QDA-XML elements, one type each for reading and writing. Fields are
// in xs:sequence order (encoding/xml writes them in struct order); what is
// optional is omitted when empty. Tags carry no namespace, so that a file
// in any version of the namespace (or none) reads; the writer names the
// namespace on the root element, which the children inherit. Where reading
// must be lenient, the field is: numbers and booleans are kept as written
// (startPosition, isCodable) and checked where they are used, a reference
// takes either guid or targetGUID, and elements groundwork never writes
// (media, links, graphs) are there to be read and reported.

// xProject is project.qde (Project.xsd's Project).
type xProject struct {
	XMLName          xml.Name // set by the writer: the namespace and "Project"
	XSI              string   `xml:"xmlns:xsi,attr,omitempty"`
	SchemaLocation   string   `xml:"xsi:schemaLocation,attr,omitempty"`
	Name             string   `xml:"name,attr"`
	Origin           string   `xml:"origin,attr,omitempty"`
	CreationDateTime string   `xml:"creationDateTime,attr,omitempty"`
	ModifiedDateTime string   `xml:"modifiedDateTime,attr,omitempty"`

	Users       xList[xUser]       `xml:"Users"`
	CodeBook    *xCodeBook         `xml:"CodeBook"`
	Variables   xList[xVariable]   `xml:"Variables"`
	Cases       xList[xCase]       `xml:"Cases"`
	Sources     xSources           `xml:"Sources"`
	Notes       xList[xTextSource] `xml:"Notes"`
	Links       xList[xLink]       `xml:"Links"`
	Sets        xList[xSet]        `xml:"Sets"`
	Graphs      xList[xGraph]      `xml:"Graphs"`
	Description string             `xml:"Description,omitempty"`
	NoteRefs    []xRef             `xml:"NoteRef"`
}

// codes returns the project's code tree.
func (p *xProject) codes() []xCode {
	if p.CodeBook == nil {
		return nil
	}
	return p.CodeBook.Codes.Items
}

// xCodeBook is the CodeBook of a project (its codes) or of a .qdc file
// (xQDC).
type xCodeBook struct {
	XSI            string       `xml:"xmlns:xsi,attr,omitempty"`
	SchemaLocation string       `xml:"xsi:schemaLocation,attr,omitempty"`
	Origin         string       `xml:"origin,attr,omitempty"`
	Codes          xList[xCode] `xml:"Codes"`
	Sets           xList[xSet]  `xml:"Sets"`
}

// xQDC is a .qdc file (Codebook.xsd): a CodeBook as the root element. Only
// the root names itself: a CodeBook in a project that did would be written
// with xmlns="", out of the project's namespace.
type xQDC struct {
	XMLName xml.Name // set by the writer: the namespace and "CodeBook"
	xCodeBook
}

// xCode is a Code; a project's may carry NoteRefs.
type xCode struct {
	GUID        string  `xml:"guid,attr"`
	Name        string  `xml:"name,attr"`
	IsCodable   string  `xml:"isCodable,attr"` // "true" or "false"; read leniently (parseBool)
	Color       string  `xml:"color,attr,omitempty"`
	Description string  `xml:"Description,omitempty"`
	NoteRefs    []xRef  `xml:"NoteRef"`
	Codes       []xCode `xml:"Code"`
}

// xRef is any reference: NoteRef, CodeRef, SourceRef, MemberCode, ... A
// project names the target with targetGUID, a codebook's MemberCode with
// guid; ref returns whichever is set.
type xRef struct {
	GUID       string `xml:"guid,attr,omitempty"`
	TargetGUID string `xml:"targetGUID,attr,omitempty"`
}

// ref returns the referenced GUID, normalised (NormGUID).
func (r xRef) ref() string {
	if r.TargetGUID != "" {
		return NormGUID(r.TargetGUID)
	}
	return NormGUID(r.GUID)
}

// xSet is a Set: of codes (what groundwork writes, and reads as groups),
// sources or notes.
type xSet struct {
	GUID          string `xml:"guid,attr"`
	Name          string `xml:"name,attr"`
	Description   string `xml:"Description,omitempty"`
	MemberCodes   []xRef `xml:"MemberCode"`
	MemberSources []xRef `xml:"MemberSource"`
	MemberNotes   []xRef `xml:"MemberNote"`
}

type xUser struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr,omitempty"`
	ID   string `xml:"id,attr,omitempty"`
}

type xVariable struct {
	GUID           string `xml:"guid,attr"`
	Name           string `xml:"name,attr"`
	TypeOfVariable string `xml:"typeOfVariable,attr"`
	Description    string `xml:"Description,omitempty"`
}

// xValue is a VariableValue: the variable and one typed value.
type xValue struct {
	VariableRef   xRef    `xml:"VariableRef"`
	TextValue     *string `xml:"TextValue,omitempty"`
	BooleanValue  *string `xml:"BooleanValue,omitempty"`
	IntegerValue  *string `xml:"IntegerValue,omitempty"`
	FloatValue    *string `xml:"FloatValue,omitempty"`
	DateValue     *string `xml:"DateValue,omitempty"`
	DateTimeValue *string `xml:"DateTimeValue,omitempty"`
}

// value returns the value, whatever its type, trimmed.
func (v xValue) value() (string, bool) {
	for _, p := range []*string{v.TextValue, v.BooleanValue, v.IntegerValue, v.FloatValue, v.DateValue, v.DateTimeValue} {
		if p != nil {
			return strings.TrimSpace(*p), true
		}
	}
	return "", false
}

type xCase struct {
	GUID           string   `xml:"guid,attr"`
	Name           string   `xml:"name,attr,omitempty"`
	Description    string   `xml:"Description,omitempty"`
	CodeRefs       []xRef   `xml:"CodeRef"`
	VariableValues []xValue `xml:"VariableValue"`
	SourceRefs     []xRef   `xml:"SourceRef"`
	SelectionRefs  []xRef   `xml:"SelectionRef"`
}

// xSources is the Sources element. An exporter with more text than it can
// hold at once sets stream, which writes the TextSources one at a time,
// instead of Text.
type xSources struct {
	Text    []xTextSource  `xml:"TextSource"`
	Picture []xMediaSource `xml:"PictureSource"`
	PDF     []xPDFSource   `xml:"PDFSource"`
	Audio   []xMediaSource `xml:"AudioSource"`
	Video   []xMediaSource `xml:"VideoSource"`

	stream func(put func(*xTextSource) error) error
}

// MarshalXML writes the sources (streamed, when stream is set), or nothing
// when there are none: an empty Sources does not validate.
func (s xSources) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	if s.stream == nil {
		if len(s.Text)+len(s.Picture)+len(s.PDF)+len(s.Audio)+len(s.Video) == 0 {
			return nil
		}
		type plain xSources
		return e.EncodeElement(plain(s), start)
	}
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	err := s.stream(func(ts *xTextSource) error {
		return e.EncodeElement(ts, xml.StartElement{Name: xml.Name{Local: "TextSource"}})
	})
	if err != nil {
		return err
	}
	return e.EncodeToken(start.End())
}

// xTextSource is a TextSource, a Note, a PDF's Representation, a picture's
// TextDescription or a media Transcript: they share TextSourceType (a
// Transcript adds sync points and its own selections).
type xTextSource struct {
	GUID             string  `xml:"guid,attr"`
	Name             string  `xml:"name,attr,omitempty"`
	RichTextPath     string  `xml:"richTextPath,attr,omitempty"`
	PlainTextPath    string  `xml:"plainTextPath,attr,omitempty"`
	CreatingUser     string  `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string  `xml:"creationDateTime,attr,omitempty"`
	Description      string  `xml:"Description,omitempty"`
	PlainTextContent *string `xml:"PlainTextContent,omitempty"`

	Selections           []xSelection           `xml:"PlainTextSelection"`
	Codings              []xCoding              `xml:"Coding"`
	NoteRefs             []xRef                 `xml:"NoteRef"`
	VariableValues       []xValue               `xml:"VariableValue"`
	SyncPoints           []xSyncPoint           `xml:"SyncPoint"`
	TranscriptSelections []xTranscriptSelection `xml:"TranscriptSelection"`
}

// xSelection is a PlainTextSelection: [startPosition, endPosition) in
// characters of the source's text.
type xSelection struct {
	GUID             string    `xml:"guid,attr"`
	Name             string    `xml:"name,attr,omitempty"`
	StartPosition    string    `xml:"startPosition,attr"`
	EndPosition      string    `xml:"endPosition,attr"`
	CreatingUser     string    `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string    `xml:"creationDateTime,attr,omitempty"`
	Description      string    `xml:"Description,omitempty"`
	Codings          []xCoding `xml:"Coding"`
	NoteRefs         []xRef    `xml:"NoteRef"`
}

type xCoding struct {
	GUID             string `xml:"guid,attr"`
	CreatingUser     string `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string `xml:"creationDateTime,attr,omitempty"`
	CodeRef          xRef   `xml:"CodeRef"`
	NoteRefs         []xRef `xml:"NoteRef"`
}

type xSyncPoint struct {
	GUID     string `xml:"guid,attr"`
	Position string `xml:"position,attr,omitempty"`
}

type xTranscriptSelection struct {
	GUID          string    `xml:"guid,attr"`
	Name          string    `xml:"name,attr,omitempty"`
	FromSyncPoint string    `xml:"fromSyncPoint,attr,omitempty"`
	ToSyncPoint   string    `xml:"toSyncPoint,attr,omitempty"`
	CreatingUser  string    `xml:"creatingUser,attr,omitempty"`
	Description   string    `xml:"Description,omitempty"`
	Codings       []xCoding `xml:"Coding"`
	NoteRefs      []xRef    `xml:"NoteRef"`
}

// xRegion is a picture, PDF, audio or video selection: not text.
type xRegion struct {
	GUID        string    `xml:"guid,attr"`
	Name        string    `xml:"name,attr,omitempty"`
	Description string    `xml:"Description,omitempty"`
	Codings     []xCoding `xml:"Coding"`
	NoteRefs    []xRef    `xml:"NoteRef"`
}

// xMediaSource is a PictureSource, AudioSource or VideoSource.
type xMediaSource struct {
	GUID            string        `xml:"guid,attr"`
	Name            string        `xml:"name,attr,omitempty"`
	Description     string        `xml:"Description,omitempty"`
	TextDescription *xTextSource  `xml:"TextDescription"`
	Transcripts     []xTextSource `xml:"Transcript"`
	Pictures        []xRegion     `xml:"PictureSelection"`
	Audio           []xRegion     `xml:"AudioSelection"`
	Video           []xRegion     `xml:"VideoSelection"`
	Codings         []xCoding     `xml:"Coding"`
	NoteRefs        []xRef        `xml:"NoteRef"`
	VariableValues  []xValue      `xml:"VariableValue"`
}

type xPDFSource struct {
	GUID           string       `xml:"guid,attr"`
	Name           string       `xml:"name,attr,omitempty"`
	Description    string       `xml:"Description,omitempty"`
	Selections     []xRegion    `xml:"PDFSelection"`
	Representation *xTextSource `xml:"Representation"`
	Codings        []xCoding    `xml:"Coding"`
	NoteRefs       []xRef       `xml:"NoteRef"`
	VariableValues []xValue     `xml:"VariableValue"`
}

type xLink struct {
	GUID       string `xml:"guid,attr"`
	Name       string `xml:"name,attr,omitempty"`
	OriginGUID string `xml:"originGUID,attr,omitempty"`
	TargetGUID string `xml:"targetGUID,attr,omitempty"`
	NoteRefs   []xRef `xml:"NoteRef"`
}

type xGraph struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr,omitempty"`
}

// element is an item of a wrapper element (Users, Codes, Sets, ...): its
// element name.
type element interface{ elementName() string }

func (xUser) elementName() string       { return "User" }
func (xCode) elementName() string       { return "Code" }
func (xVariable) elementName() string   { return "Variable" }
func (xCase) elementName() string       { return "Case" }
func (xTextSource) elementName() string { return "Note" } // the only list of text sources is Notes
func (xLink) elementName() string       { return "Link" }
func (xSet) elementName() string        { return "Set" }
func (xGraph) elementName() string      { return "Graph" }

// xList is a wrapper element holding items of one kind (Users of User,
// Codes of Code, ...). It reads the items named so (others are skipped)
// and writes nothing when it has none, as the schemas want at least one.
// An exporter with more items than it can hold at once (a Case a
// document) sets stream, which writes them one at a time and must write
// at least one, instead of Items.
type xList[T element] struct {
	Items []T

	stream func(put func(*T) error) error
}

// MarshalXML writes the wrapper and its items, or nothing.
func (l xList[T]) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	if len(l.Items) == 0 && l.stream == nil {
		return nil
	}
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	var zero T
	item := xml.StartElement{Name: xml.Name{Local: zero.elementName()}}
	put := func(it *T) error { return e.EncodeElement(it, item) }
	if l.stream != nil {
		if err := l.stream(put); err != nil {
			return err
		}
	}
	for i := range l.Items {
		if err := put(&l.Items[i]); err != nil {
			return err
		}
	}
	return e.EncodeToken(start.End())
}

// UnmarshalXML reads the items of the wrapper.
func (l *xList[T]) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var zero T
	name := zero.elementName()
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != name {
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			}
			var item T
			if err := d.DecodeElement(&item, &t); err != nil {
				return err
			}
			l.Items = append(l.Items, item)
		case xml.EndElement:
			return nil
		}
	}
}
