package refiqda

// Decoding QDA-XML strictly (the standard entities only: no DTD is read or
// expanded), and project.qde as a stream with what it keeps bounded.

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// newXMLDecoder returns a decoder for QDA-XML: strict, with the standard
// entities only.
func newXMLDecoder(data []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	return d
}

// rootElement returns the name of the document's root element.
func rootElement(data []byte) (xml.Name, error) {
	d := newXMLDecoder(data)
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return xml.Name{}, errors.New("no XML element found")
			}
			return xml.Name{}, xmlError(err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name, nil
		}
	}
}

// xmlError rewords an encoding/xml error for people.
func xmlError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("XML syntax error on line %d: %s", se.Line, se.Msg)
	}
	return fmt.Errorf("invalid XML: %v", err)
}

// elementCost is what any element of project.qde counts against
// MaxProject besides its attribute values and text and the struct it
// decodes into (elementSize): the decoders' bookkeeping.
const elementCost = 64

// elementSize is the size of the struct each element decodes into, as a
// slice element (unsafe.Sizeof on 64-bit systems; a test keeps it so): a
// project of many tiny elements is bounded by what it takes once decoded,
// not by its XML.
var elementSize = map[string]int64{
	"TextSource": 264, "Note": 264, "Transcript": 264, "Representation": 264, "TextDescription": 264,
	"PlainTextSelection": 160, "TranscriptSelection": 144, "Case": 144,
	"PictureSource": 224, "AudioSource": 224, "VideoSource": 224, "PDFSource": 152,
	"PictureSelection": 96, "AudioSelection": 96, "VideoSelection": 96, "PDFSelection": 96,
	"Coding": 104, "VariableValue": 80, "Link": 88, "User": 48, "Variable": 64,
	"Code": 128, "Set": 120, "Graph": 32, "SyncPoint": 32,
	"NoteRef": 32, "CodeRef": 32, "SourceRef": 32, "SelectionRef": 32, "VariableRef": 32,
	"MemberCode": 32, "MemberSource": 32, "MemberNote": 32,
}

// maxDepth bounds how deeply project.qde nests elements: a code tree is a
// few levels deep, and the decoders keep every open element.
const maxDepth = 1000

// bounded is the reader under a decoder (of project.qde, or of
// groundwork/codings.json): it fails with err once more than max bytes
// have been read past mark, the offset at which the decoder's current
// token or value began, so that the decoder never holds a text, tag,
// comment or value longer than about max.
type bounded struct {
	r    io.Reader
	read int64
	max  int64
	mark func() int64
	err  error
}

func (b *bounded) Read(p []byte) (int, error) {
	if b.read-b.mark() > b.max {
		return 0, b.err
	}
	n, err := b.r.Read(p[:min(len(p), 64<<10)])
	b.read += int64(n)
	return n, err
}

// projectTokens feeds project.qde's tokens to the decoder that fills
// xProject, counting what they will keep against a budget. The tokens read
// before the root element is checked are replayed.
type projectTokens struct {
	d       *xml.Decoder
	start   int64 // the offset at which the token being read began
	pending []xml.Token
	kept    int64
	max     int64
	over    error
	depth   int
	deep    error
}

func (p *projectTokens) Token() (xml.Token, error) {
	if len(p.pending) > 0 {
		t := p.pending[0]
		p.pending = p.pending[1:]
		return t, nil
	}
	return p.next()
}

func (p *projectTokens) next() (xml.Token, error) {
	t, err := p.d.Token()
	p.start = p.d.InputOffset()
	if err != nil {
		return nil, err
	}
	switch t := t.(type) {
	case xml.StartElement:
		if p.depth++; p.depth > maxDepth {
			return nil, p.deep
		}
		p.kept += elementCost + elementSize[t.Name.Local]
		for _, a := range t.Attr {
			p.kept += int64(len(a.Value))
		}
	case xml.EndElement:
		p.depth--
	case xml.CharData:
		p.kept += int64(len(t))
	}
	if p.kept > p.max {
		return nil, p.over
	}
	return t, nil
}

// root reads up to the root element and returns its name; the tokens read
// are replayed by Token.
func (p *projectTokens) root() (xml.Name, error) {
	for {
		t, err := p.next()
		if err != nil {
			return xml.Name{}, err
		}
		p.pending = append(p.pending, xml.CopyToken(t))
		if se, ok := t.(xml.StartElement); ok {
			return se.Name, nil
		}
	}
}

// decodeProject reads the .qde as a stream into xProject: no copy of the
// file is held, no token may be longer than a source's text, and what
// the decoded project keeps is bounded by MaxProject. It returns what was
// kept, as counted.
func (a *archive) decodeProject(where string) (*xProject, int64, error) {
	rc, err := a.openEntry(a.qdeName, a.limits.MaxEntry, a.perEntry())
	if err != nil {
		return nil, 0, err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	if head, _ := br.Peek(3); bytes.Equal(head, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	pt := &projectTokens{max: a.limits.MaxProject,
		over: a.refusef("%s describes more than the import can hold (%s once decoded)", a.qdeName, mib(a.limits.MaxProject)),
		deep: a.refusef("%s nests elements more than %d deep", a.qdeName, maxDepth)}
	pt.d = xml.NewDecoder(&bounded{r: br, max: a.limits.MaxText + 1<<20, mark: func() int64 { return pt.start },
		err: a.refusef("%s has a text, tag or comment longer than %s, the limit for a source's text", a.qdeName, mib(a.limits.MaxText))})
	pt.d.Strict = true
	var ref *refusal
	root, err := pt.root()
	switch {
	case errors.As(err, &ref):
		return nil, 0, err
	case errors.Is(err, io.EOF):
		return nil, 0, fmt.Errorf("%s is not QDA-XML: no XML element found; nothing was imported", where)
	case err != nil:
		return nil, 0, fmt.Errorf("%s is not QDA-XML: %v; nothing was imported", where, xmlError(err))
	case root.Local != "Project":
		return nil, 0, fmt.Errorf("%s is not QDA-XML: the root element is <%s>, not a REFI-QDA <Project>; nothing was imported", where, root.Local)
	case root.Space != "" && !strings.HasPrefix(root.Space, "urn:QDA-XML:project"):
		return nil, 0, fmt.Errorf("%s is not QDA-XML: its namespace is %q, not urn:QDA-XML:project:1.0; nothing was imported", where, root.Space)
	}
	var xp xProject
	if err := xml.NewTokenDecoder(pt).Decode(&xp); err != nil {
		if errors.As(err, &ref) {
			return nil, 0, err
		}
		return nil, 0, fmt.Errorf("%s: %v; nothing was imported", where, xmlError(err))
	}
	return &xp, pt.kept, nil
}
