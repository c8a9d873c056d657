package parse

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// WordprocessingML namespaces: transitional (what Word writes) and strict.
const (
	wNS       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	wStrictNS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	mcNS      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

const docxFix = "the file is damaged or not a Word document; open it in Word and save it as .docx again"

// Docx reads a Word (.docx) transcript. Paragraphs are read in order (runs'
// text, tabs and line breaks; deleted text and field codes skipped), table
// rows become one paragraph each ("Name: text" when the first cell is a
// label, else cells joined with " | "), and the text is then split into
// turns as in Text, with paragraph numbers as lines. A label may be a bold
// run without a colon. When the document uses empty paragraphs between
// turns, each paragraph is taken as one line of a turn (documents with one
// paragraph per visual line); otherwise each paragraph is a paragraph.
// Title and heading paragraphs before the text are not turns; the first
// becomes Meta["title"]. A leading block of "Key: value" paragraphs
// (Interviewer:, Date:, Place:) goes to Meta.
//
// limits bound the archive: more entries or more declared uncompressed
// bytes than allowed, an entry path outside the archive, a missing
// word/document.xml or invalid XML are errors. The document is read
// through a limited reader, so a lying zip header cannot exhaust memory,
// and its text (with a little for each paragraph) may be at most
// limits.MaxText: memory stays proportional to that limit however much
// the document's XML says (a 190 MiB run compresses to a few hundred KB).
func Docx(name string, data []byte, opts Options, limits Limits) (*Transcript, error) {
	limits = limits.withDefaults()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, errorf(name, 0, docxFix, "is not a valid .docx (zip) file: %v", err)
	}
	if zr == nil {
		return nil, errorf(name, 0, docxFix, "is not a valid .docx (zip) file")
	}
	if len(zr.File) > limits.MaxEntries {
		return nil, errorf(name, 0, "a Word document has a few dozen parts; check where this file came from",
			"the archive lists %d entries, more than the limit of %d", len(zr.File), limits.MaxEntries)
	}
	var total uint64
	files := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		if unsafeZipPath(f.Name) {
			return nil, errorf(name, 0, "do not open this file; check where it came from",
				"the archive has an entry path outside the archive (%q)", f.Name)
		}
		total += f.UncompressedSize64
		if total > uint64(limits.MaxUncompressed) {
			return nil, errorf(name, 0, "a transcript is far smaller; check where this file came from, or raise the limit",
				"the archive declares more than %d bytes uncompressed, more than the limit", limits.MaxUncompressed)
		}
		files[f.Name] = f
	}
	budget := limits.MaxUncompressed
	mainPart := "word/document.xml"
	if rels, ok := files["_rels/.rels"]; ok {
		if target, err := officeDocumentTarget(rels, &budget); err == nil && target != "" {
			if _, ok := files[target]; ok {
				mainPart = target
			}
		}
	}
	doc, ok := files[mainPart]
	if !ok {
		return nil, errorf(name, 0, "save the transcript from Word as .docx, or as .txt",
			"has no word/document.xml, so it is not a Word document")
	}
	rc, err := doc.Open()
	if err != nil {
		return nil, errorf(name, 0, docxFix, "%s cannot be opened: %v", mainPart, err)
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: budget + 1}
	paras, err := readDocxParagraphs(lr, limits.MaxText)
	if lr.N <= 0 {
		return nil, errorf(name, 0, "a transcript is far smaller; check where this file came from, or raise the limit",
			"%s holds more than %d bytes uncompressed, more than the limit", mainPart, limits.MaxUncompressed)
	}
	switch {
	case errors.Is(err, errDocxText):
		return nil, errorf(name, 0, "split the transcript into smaller documents, or raise the limit with --max-size",
			"%s holds more than %s of text, the limit for one transcript", mainPart, sizeText(limits.MaxText))
	case errors.Is(err, errDocxDepth):
		return nil, errorf(name, 0, docxFix, "%s nests elements more than %d deep", mainPart, maxDocxDepth)
	case errors.Is(err, errDocxToken):
		return nil, errorf(name, 0, "a transcript is far smaller; check where this file came from, or raise the limit with --max-size",
			"%s has one text, tag or comment longer than %s, the limit for one transcript's text", mainPart, sizeText(limits.MaxText))
	}
	if err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, errorf(name, 0, docxFix, "%s is not valid XML (XML line %d: %s)", mainPart, se.Line, se.Msg)
		}
		return nil, errorf(name, 0, docxFix, "%s cannot be read: %v", mainPart, err)
	}
	return textTurns(name, docxLines(paras), false, opts, "paragraph")
}

// unsafeZipPath reports an entry name that would land outside the
// archive's directory: absolute, with a drive letter, or with "..".
func unsafeZipPath(name string) bool {
	n := strings.ReplaceAll(name, "\\", "/")
	if strings.HasPrefix(n, "/") || (len(n) >= 2 && n[1] == ':') {
		return true
	}
	for _, el := range strings.Split(n, "/") {
		if el == ".." {
			return true
		}
	}
	return false
}

// officeDocumentTarget reads the package relationships for the main
// document part's path.
func officeDocumentTarget(f *zip.File, budget *int64) (string, error) {
	rc, err := f.Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: min(*budget, 1<<20)}
	d := xml.NewDecoder(lr)
	for {
		tok, err := d.Token()
		if err != nil {
			*budget -= min(*budget, 1<<20) - lr.N
			if err == io.EOF {
				return "", nil
			}
			return "", err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		var typ, target string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Type":
				typ = a.Value
			case "Target":
				target = a.Value
			}
		}
		if strings.HasSuffix(typ, "/officeDocument") && target != "" {
			*budget -= min(*budget, 1<<20) - lr.N
			return path.Clean(strings.TrimPrefix(target, "/")), nil
		}
	}
}

// docxPara is one paragraph of a Word document, or one table row.
type docxPara struct {
	text  string
	num   int    // 1-based paragraph number
	style string // paragraph style id ("Title", "Heading1")
	bold  string // the bold text the paragraph starts with, if any
	row   []string
}

// paraBuilder collects the runs of one paragraph.
type paraBuilder struct {
	text      strings.Builder
	num       int
	style     string
	bold      strings.Builder
	boldDone  bool // a non-bold run with text has been seen
	runBold   bool
	inRun     bool
	inRunProp bool
}

func (p *paraBuilder) write(s string) {
	p.text.WriteString(s)
	if p.boldDone {
		return
	}
	if p.runBold {
		p.bold.WriteString(s)
	} else if strings.TrimFunc(s, isSpace) != "" {
		p.boldDone = true
	}
}

func isW(n xml.Name) bool { return n.Space == wNS || n.Space == wStrictNS }

// errDocxText, errDocxToken and errDocxDepth stop reading a document whose
// text is over the limit, one of whose tokens is, or that nests too deeply.
var (
	errDocxText  = errors.New("the document's text is over the limit")
	errDocxToken = errors.New("a token of the document is over the limit")
	errDocxDepth = errors.New("the document nests too deeply")
)

// maxDocxDepth bounds how deeply document.xml nests elements: Word nests
// a few levels (tables in tables a few more), and the decoder keeps every
// open element.
const maxDocxDepth = 1000

// paraCost is what a paragraph counts against the text limit besides its
// text: the memory of keeping it, so that millions of empty paragraphs
// are bounded as well as one long one.
const paraCost = 64

// tokenBound is the reader under the XML decoder. Being an io.ByteReader,
// encoding/xml reads it byte by byte with no buffer of its own; it counts
// the bytes since the last token (reset) and fails once they pass max, so
// the decoder never holds a text, tag or comment longer than max.
type tokenBound struct {
	r   *bufio.Reader
	n   int64
	max int64
	err error // returned past max
}

func (t *tokenBound) ReadByte() (byte, error) {
	if t.n >= t.max {
		return 0, t.err
	}
	t.n++
	return t.r.ReadByte()
}

func (t *tokenBound) Read(p []byte) (int, error) {
	if t.n >= t.max {
		return 0, t.err
	}
	p = p[:min(int64(len(p)), t.max-t.n)]
	n, err := t.r.Read(p)
	t.n += int64(n)
	return n, err
}

func (t *tokenBound) reset() { t.n = 0 }

// sizeText renders a byte count for people: "50 MiB", "1,000 bytes".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// readDocxParagraphs streams document.xml into paragraphs and table rows,
// keeping at most maxText bytes of text (paragraphs counted at paraCost).
func readDocxParagraphs(r io.Reader, maxText int64) ([]docxPara, error) {
	tb := &tokenBound{r: bufio.NewReader(r), max: maxText + 64<<10, err: errDocxToken}
	d := xml.NewDecoder(tb)
	d.Strict = true
	dr := &docxReader{maxText: maxText}
	for {
		if dr.kept > maxText {
			return nil, errDocxText
		}
		tok, err := d.Token()
		tb.reset()
		if err == io.EOF {
			return dr.out, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			err = dr.start(tok)
		case xml.EndElement:
			dr.end(tok)
		case xml.CharData:
			err = dr.charData(tok)
		}
		if err != nil {
			return nil, err
		}
	}
}

// docxReader is the state of reading document.xml, token by token.
type docxReader struct {
	maxText    int64
	kept       int64 // text and paragraphs kept so far
	depth      int
	out        []docxPara
	p          *paraBuilder
	pDepth     int // nesting of w:p (text boxes hold paragraphs)
	count      int
	skip       int // depth inside skipped subtrees
	tblDepth   int
	cell       []string // paragraphs of the current cell
	row        []string
	rowNum     int
	inText     bool
	inStyleDef bool // inside w:pPr
}

// start reads an element's start tag.
func (dr *docxReader) start(tok xml.StartElement) error {
	if dr.depth++; dr.depth > maxDocxDepth {
		return errDocxDepth
	}
	if dr.skip > 0 {
		dr.skip++
		return nil
	}
	if tok.Name.Space == mcNS && tok.Name.Local == "Fallback" {
		dr.skip = 1
		return nil
	}
	if !isW(tok.Name) {
		return nil
	}
	switch tok.Name.Local {
	case "del", "instrText", "delText", "moveFrom":
		dr.skip = 1
	case "p":
		dr.startParagraph()
	case "pPr":
		dr.inStyleDef = true
	case "t":
		dr.inText = dr.p != nil
	case "tbl":
		dr.tblDepth++
	default:
		if dr.p != nil {
			dr.startInParagraph(tok)
		}
	}
	return nil
}

// startParagraph opens a paragraph; one inside another (in a text box)
// adds to the outer one.
func (dr *docxReader) startParagraph() {
	dr.pDepth++
	dr.count++
	dr.kept += paraCost
	if dr.pDepth == 1 {
		dr.p = &paraBuilder{num: dr.count}
		if dr.tblDepth > 0 && dr.rowNum == 0 {
			dr.rowNum = dr.count
		}
	}
}

// startInParagraph reads the start tags that matter inside a paragraph:
// its style, runs, bold, and the characters written as elements.
func (dr *docxReader) startInParagraph(tok xml.StartElement) {
	p := dr.p
	switch tok.Name.Local {
	case "pStyle":
		if dr.inStyleDef && dr.pDepth == 1 {
			for _, a := range tok.Attr {
				if a.Name.Local == "val" {
					p.style = a.Value
				}
			}
		}
	case "r":
		p.inRun, p.runBold = true, false
	case "rPr":
		if p.inRun {
			p.inRunProp = true
		}
	case "b":
		if p.inRunProp {
			p.runBold = true
			for _, a := range tok.Attr {
				if a.Name.Local == "val" && (a.Value == "0" || a.Value == "false" || a.Value == "off") {
					p.runBold = false
				}
			}
		}
	case "tab":
		if p.inRun && !dr.inStyleDef {
			dr.write("\t")
		}
	case "br", "cr":
		if p.inRun {
			dr.write("\n")
		}
	case "noBreakHyphen":
		if p.inRun {
			dr.write("-")
		}
	}
}

// write adds a character written as an element (a tab, a break).
func (dr *docxReader) write(s string) {
	dr.p.write(s)
	dr.kept++
}

// end reads an element's end tag.
func (dr *docxReader) end(tok xml.EndElement) {
	dr.depth--
	if dr.skip > 0 {
		dr.skip--
		return
	}
	if !isW(tok.Name) {
		return
	}
	switch tok.Name.Local {
	case "t":
		dr.inText = false
	case "pPr":
		dr.inStyleDef = false
	case "rPr":
		if dr.p != nil {
			dr.p.inRunProp = false
		}
	case "r":
		if dr.p != nil {
			dr.p.inRun = false
		}
	case "p":
		dr.endParagraph()
	case "tc":
		if dr.tblDepth == 1 {
			dr.row = append(dr.row, strings.Join(dr.cell, "\n"))
			dr.cell = nil
		}
	case "tr":
		if dr.tblDepth == 1 {
			dr.out = append(dr.out, docxPara{num: max(dr.rowNum, 1), row: dr.row})
			dr.row, dr.rowNum = nil, 0
		}
	case "tbl":
		if dr.tblDepth > 0 {
			dr.tblDepth--
		}
	}
}

// endParagraph closes a paragraph: the outermost one becomes a paragraph
// of the document, or of the table cell it is in.
func (dr *docxReader) endParagraph() {
	dr.pDepth = max(dr.pDepth-1, 0)
	if dr.pDepth != 0 || dr.p == nil {
		return
	}
	text := dr.p.text.String()
	if dr.tblDepth > 0 {
		dr.cell = append(dr.cell, text)
	} else {
		dr.out = append(dr.out, docxPara{text: text, num: dr.p.num, style: dr.p.style, bold: dr.p.bold.String()})
	}
	dr.p = nil
}

// charData reads text: only the text of w:t elements in a paragraph
// counts.
func (dr *docxReader) charData(tok xml.CharData) error {
	if dr.skip != 0 || !dr.inText || dr.p == nil {
		return nil
	}
	// Counted before it is copied: the decoder holds at most one token
	// over the limit, and this holds none.
	if dr.kept += int64(len(tok)); dr.kept > dr.maxText {
		return errDocxText
	}
	dr.p.write(string(tok))
	return nil
}

// docxLines turns paragraphs into the lines textTurns reads.
func docxLines(paras []docxPara) []srcLine {
	empty, full := 0, 0
	for _, p := range paras {
		if p.row == nil && isBlank(p.text) {
			empty++
		} else {
			full++
		}
	}
	lineLayout := empty*5 >= full && empty > 0
	var out []srcLine
	for i, p := range paras {
		if !lineLayout && i > 0 {
			out = append(out, srcLine{num: p.num})
		}
		if p.row != nil {
			if text, ok := rowText(p.row, i == 0 || paras[i-1].row == nil); ok {
				for _, l := range splitLines(text) {
					out = append(out, srcLine{text: l, num: p.num})
				}
				if lineLayout {
					out = append(out, srcLine{num: p.num})
				}
			}
			continue
		}
		if isHeadingStyle(p.style) && !isBlank(p.text) {
			title := strings.Join(strings.FieldsFunc(p.text, isSpace), " ")
			out = append(out, srcLine{text: p.text, num: p.num, heading: true, title: title})
			continue
		}
		text := p.text
		if b := strings.TrimFunc(p.bold, isSpace); b != "" && !strings.ContainsRune(b, ':') && labelShape(b) {
			// A bold label without a colon: "Interviewer<tab>How are you?"
			lead := strings.TrimLeftFunc(text, isSpace)
			if rest := strings.TrimPrefix(lead, b); rest != lead && strings.TrimFunc(rest, isSpace) != "" && isSpace(firstRune(rest)) {
				text = b + ": " + strings.TrimLeftFunc(rest, isSpace)
			}
		}
		lines := splitLines(text)
		if len(lines) == 0 {
			lines = []string{""}
		}
		for _, l := range lines {
			out = append(out, srcLine{text: l, num: p.num})
		}
	}
	return out
}

// rowText renders a table row: "Label: text" when the first cell is a
// speaker label and another cell has text, else the cells joined with
// " | ". A first row "Speaker | Text" is a table header and is dropped.
func rowText(cells []string, firstRow bool) (string, bool) {
	var nonEmpty []string
	for _, c := range cells {
		if c = strings.TrimFunc(c, isSpace); c != "" {
			nonEmpty = append(nonEmpty, c)
		}
	}
	if len(nonEmpty) == 0 {
		return "", false
	}
	first := strings.TrimFunc(cells[0], isSpace)
	first = strings.TrimSuffix(first, ":")
	if firstRow && len(nonEmpty) == 2 && tableHeaderWords[strings.ToLower(first)] &&
		tableHeaderWords[strings.ToLower(nonEmpty[1])] {
		return "", false
	}
	if len(cells) >= 2 && first != "" && !strings.Contains(first, "\n") && labelShape(first) && len(nonEmpty) >= 2 {
		return first + ": " + strings.Join(nonEmpty[1:], " "), true
	}
	return strings.Join(nonEmpty, " | "), true
}

var tableHeaderWords = map[string]bool{
	"speaker": true, "name": true, "person": true, "who": true, "role": true,
	"text": true, "transcript": true, "utterance": true, "dialogue": true, "content": true, "speech": true,
}

// isHeadingStyle reports Word's title and heading paragraph styles.
func isHeadingStyle(style string) bool {
	s := strings.ToLower(style)
	if s == "title" || s == "subtitle" {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "heading"); ok {
		return len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9'
	}
	return false
}
