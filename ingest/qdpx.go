package ingest

// REFI-QDA project import (.qdpx): a project exported by another QDA tool
// (or by groundwork) becomes a new groundwork project. The reader is
// lenient about what real exports do (a BOM, CRLF line endings, Sources/
// in any case, any .qde name, older namespaces, GUIDs in braces or not,
// "A::B" code names, rich text with a plain-text twin, inline text) and
// strict about hostile archives (paths outside the archive, zip bombs, too
// many entries, XML that is not QDA-XML): those are refused before anything
// is written.

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/parse"
)

// Default limits for reading a .qdpx archive. They bound what the import
// decodes and keeps, each with memory proportional to it, rather than what
// the archive lists: media it does not read (audio, video, pictures) may be
// of any size. The benchmark's project at 10,000 interviews (a 218 MB
// project.qde with 500,000 codings, 126 MB of text) counts about 500 MB
// against MaxProject and is inside all of them; a project.qde that
// decodes to MaxProject takes about 2.7 times that in memory before it is
// refused.
const (
	DefaultArchiveMaxTotal     int64 = 4 << 30         // all entries read, uncompressed
	DefaultArchiveMaxEntry     int64 = 1 << 30         // project.qde or groundwork/codings.json, uncompressed
	DefaultArchiveMaxEntries         = 100_000         // entries the archive may list
	DefaultArchiveMaxText            = DefaultMaxBytes // one source's text, decoded (ingest's --max-size)
	DefaultArchiveMaxTotalText int64 = 512 << 20       // all sources' and notes' text, decoded
	DefaultArchiveMaxProject   int64 = 1 << 30         // what project.qde decodes to, as estimated by elementSize
)

// ArchiveLimits bound what reading a .qdpx may cost. Zero fields take the
// defaults.
type ArchiveLimits struct {
	// MaxTotal bounds the uncompressed bytes of all the entries read.
	MaxTotal int64
	// MaxEntry bounds project.qde and groundwork/codings.json,
	// uncompressed.
	MaxEntry int64
	// MaxEntries bounds the entries the archive may list.
	MaxEntries int
	// MaxText bounds one source's (or note's) text once decoded; its file
	// may be twice that (UTF-16).
	MaxText int64
	// MaxTotalText bounds the text of all sources and notes, decoded.
	MaxTotalText int64
	// MaxProject bounds what decoding project.qde (and the codings'
	// statuses of a groundwork export) keeps in memory: each element
	// counts the struct it becomes, and its attribute values and text
	// their length.
	MaxProject int64
}

func (l ArchiveLimits) withDefaults() ArchiveLimits {
	set := func(v *int64, d int64) {
		if *v <= 0 {
			*v = d
		}
	}
	set(&l.MaxTotal, DefaultArchiveMaxTotal)
	set(&l.MaxEntry, DefaultArchiveMaxEntry)
	set(&l.MaxText, DefaultArchiveMaxText)
	set(&l.MaxTotalText, DefaultArchiveMaxTotalText)
	set(&l.MaxProject, DefaultArchiveMaxProject)
	l.MaxText = min(l.MaxText, 1<<30) // positions are int32
	if l.MaxEntries <= 0 {
		l.MaxEntries = DefaultArchiveMaxEntries
	}
	return l
}

// sourceFileLimit is the most bytes a source's file may hold: twice its
// text, as UTF-16 takes two bytes for what UTF-8 takes one, and its BOM.
func (l ArchiveLimits) sourceFileLimit() int64 { return 2*l.MaxText + 4 }

// QDPXOptions control ImportQDPX.
type QDPXOptions struct {
	// Into is the directory of the new project. It must not exist, or be
	// empty.
	Into string
	// Name is the new project's name ("" takes the imported project's).
	Name string
	// Limits bound the archive.
	Limits ArchiveLimits
}

// QDPXImportReport says what an import brought in and what it could not.
type QDPXImportReport struct {
	Into    string `json:"into"`
	Origin  string `json:"origin"`
	Sources int    `json:"sources"`
	Codes   int    `json:"codes"`
	Codings int    `json:"codings"`
	// Restored counts the codings (among Codings) a groundwork export kept
	// aside for their status (rejected suggestions) and that came back.
	Restored   int      `json:"restored"`
	Notes      int      `json:"notes"`
	Users      int      `json:"users"`
	Attributes int      `json:"attributes"`
	Groups     int      `json:"groups"`
	Warnings   []string `json:"warnings"`
}

// ImportQDPX reads a REFI-QDA project (a .qdpx zip, a directory holding a
// .qde and its sources/, or a bare .qde) into a new groundwork project in
// opts.Into: the codebook, one document per text source (turns and
// segments built from its text), codings with their coders (origin
// "import"), notes as memos, variables as document attributes. Positions
// are converted to groundwork's runes into the canonical text. Everything
// is read and checked before anything is written, and a project with no
// text to import is refused. The project is built in a temporary directory
// beside opts.Into and renamed into place when complete, so a failed,
// interrupted or killed import leaves opts.Into as it was.
func ImportQDPX(ctx context.Context, src string, opts QDPXOptions) (*QDPXImportReport, error) {
	if opts.Into == "" {
		return nil, errors.New("no directory to import into")
	}
	if err := checkTarget(opts.Into); err != nil {
		return nil, err
	}
	plan, err := planQDPX(ctx, src, opts.Limits, opts.Name)
	if err != nil {
		return nil, err
	}
	if err := plan.writeInto(ctx, opts.Into); err != nil {
		return nil, err
	}
	plan.rep.Into = opts.Into
	return plan.rep, nil
}

// checkTarget refuses a directory that holds anything.
func checkTarget(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !fi.IsDir():
		return fmt.Errorf("%s exists and is not a directory; import into a new directory", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s is not empty; import into a new directory (--into DIR)", dir)
	}
	return nil
}

// ---------------------------------------------------------------------------
// The archive

type archive struct {
	display string            // the name given, for messages
	kind    string            // "entry" (zip) or "file" (directory), for messages
	qdeName string            // the .qde's name inside
	entries map[string]string // lower-cased relative path -> real path
	sizes   map[string]int64  // real path -> uncompressed size (as declared, or on disk)
	open    func(real string) (io.ReadCloser, error)
	close   func() error
	limits  ArchiveLimits
	read    int64 // declared bytes of the entries opened so far
}

// refusal is an error that refuses the whole archive.
type refusal struct{ msg string }

func (r *refusal) Error() string { return r.msg }

// refusef refuses the archive: its name, what is wrong, and that nothing
// was imported.
func (a *archive) refusef(format string, args ...any) error {
	return &refusal{msg: fmt.Sprintf("%s: "+format+"; refusing the archive, nothing was imported", append([]any{a.display}, args...)...)}
}

// perEntry names the limit on project.qde and codings.json in messages.
func (a *archive) perEntry() string {
	return "the limit of " + mib(a.limits.MaxEntry) + " per " + a.kind
}

// perSource names the limit on a source's file in messages.
func (a *archive) perSource() string {
	return "a source may hold (its text is limited to " + mib(a.limits.MaxText) + "; --max-size raises it)"
}

// openEntry opens an entry that may hold at most limit bytes uncompressed
// (what names that limit in a refusal). Its declared size is checked
// before anything is decompressed, and the reader fails past limit all the
// same (a zip whose header lies, a file that grew).
func (a *archive) openEntry(real string, limit int64, what string) (io.ReadCloser, error) {
	size, ok := a.sizes[real]
	if !ok {
		return nil, fmt.Errorf("%s: no %s %q", a.display, a.kind, real)
	}
	if size > limit {
		return nil, a.refusef("%s %q declares %d bytes uncompressed, more than %s (a zip bomb?)", a.kind, real, size, what)
	}
	if a.read += size; a.read > a.limits.MaxTotal {
		return nil, a.refusef("the entries read hold more than %s uncompressed, the limit for an archive (a zip bomb?)", mib(a.limits.MaxTotal))
	}
	rc, err := a.open(real)
	if err != nil {
		return nil, err
	}
	return &capped{r: io.LimitReader(rc, limit+1), c: rc, left: limit,
		over: a.refusef("%s %q holds more than %s uncompressed, more than %s (a zip bomb?)", a.kind, real, mib(limit), what),
		fail: func(err error) error {
			return a.refusef("%s %q cannot be read: %v", a.kind, real, err)
		}}, nil
}

// readEntry reads a whole entry of at most limit bytes.
func (a *archive) readEntry(real string, limit int64, what string) ([]byte, error) {
	rc, err := a.openEntry(real, limit, what)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	buf := bytes.NewBuffer(make([]byte, 0, a.sizes[real]+bytes.MinRead))
	if _, err := buf.ReadFrom(rc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// capped reads an entry up to its limit: past it, or on a damaged entry,
// it fails with a refusal.
type capped struct {
	r    io.Reader
	c    io.Closer
	left int64
	over error
	fail func(error) error
}

func (c *capped) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if c.left -= int64(n); c.left < 0 {
		return n, c.over
	}
	if err != nil && err != io.EOF {
		return n, c.fail(err)
	}
	return n, err
}

func (c *capped) Close() error { return c.c.Close() }

// lookup finds a file named by a source's path (already stripped of its
// scheme) in sources/ (any case), at the root, or anywhere by name.
func (a *archive) lookup(name string) (string, bool) {
	n := strings.ToLower(strings.TrimPrefix(path.Clean("/"+strings.ReplaceAll(name, "\\", "/")), "/"))
	if n == "" || n == "." {
		return "", false
	}
	for _, k := range []string{"sources/" + n, n, "sources/" + path.Base(n)} {
		if r, ok := a.entries[k]; ok {
			return r, true
		}
	}
	base := path.Base(n)
	var found []string
	for k, r := range a.entries {
		if path.Base(k) == base {
			found = append(found, r)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return "", false
}

// unsafeEntry reports a zip entry name that points outside the archive.
func unsafeEntry(name string) bool {
	n := strings.ReplaceAll(name, "\\", "/")
	if strings.HasPrefix(n, "/") || strings.ContainsRune(n, 0) || len(n) >= 2 && n[1] == ':' {
		return true
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

// mib renders a size for people: "1 GiB", "50 MiB", "1.5 MiB", "900 bytes".
func mib(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

func openArchive(src string, limits ArchiveLimits) (*archive, error) {
	fi, err := os.Stat(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, unwrapPathError(err))
	}
	if fi.IsDir() {
		return openDirArchive(src, src, "", limits)
	}
	f, err := os.Open(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, unwrapPathError(err))
	}
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	f.Close()
	if n >= 2 && head[0] == 'P' && head[1] == 'K' {
		return openZipArchive(src, fi.Size(), limits)
	}
	if strings.EqualFold(filepath.Ext(src), ".qde") || strings.EqualFold(filepath.Ext(src), ".xml") {
		return openDirArchive(src, filepath.Dir(src), filepath.Base(src), limits)
	}
	return nil, fmt.Errorf("%s: not a REFI-QDA project: neither a .qdpx (zip) archive nor a .qde file", src)
}

// openZipArchive lists a .qdpx. Sizes are checked when an entry is read,
// against its declared size (which archive/zip holds the entry to), so
// that media the import does not read cost nothing.
func openZipArchive(src string, size int64, limits ArchiveLimits) (*archive, error) {
	f, err := os.Open(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, unwrapPathError(err))
	}
	zr, err := zip.NewReader(f, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) || zr == nil {
		f.Close()
		return nil, fmt.Errorf("%s: not a valid .qdpx (zip) archive: %v", src, err)
	}
	a := &archive{display: src, kind: "entry", entries: map[string]string{}, sizes: map[string]int64{}, limits: limits, close: f.Close}
	fail := func(format string, args ...any) (*archive, error) {
		f.Close()
		return nil, a.refusef(format, args...)
	}
	if len(zr.File) > limits.MaxEntries {
		return fail("the archive lists %d entries, more than the limit of %d", len(zr.File), limits.MaxEntries)
	}
	files := map[string]*zip.File{}
	var qdes []string
	for _, zf := range zr.File {
		if unsafeEntry(zf.Name) {
			return fail("entry %q points outside the archive", zf.Name)
		}
		if strings.HasSuffix(zf.Name, "/") {
			continue
		}
		name := strings.ReplaceAll(zf.Name, "\\", "/")
		a.entries[strings.ToLower(name)] = name
		a.sizes[name] = int64(min(zf.UncompressedSize64, 1<<62))
		files[name] = zf
		if !strings.Contains(name, "/") && strings.EqualFold(path.Ext(name), ".qde") {
			qdes = append(qdes, name)
		}
	}
	if a.qdeName, err = pickQDE(src, qdes); err != nil {
		f.Close()
		return nil, err
	}
	a.open = func(name string) (io.ReadCloser, error) {
		rc, err := files[name].Open()
		if err != nil {
			return nil, a.refusef("entry %q cannot be read: %v", name, err)
		}
		return rc, nil
	}
	return a, nil
}

func pickQDE(src string, qdes []string) (string, error) {
	switch len(qdes) {
	case 0:
		return "", fmt.Errorf("%s: no .qde file at the top of the archive; a REFI-QDA project holds project.qde", src)
	case 1:
		return qdes[0], nil
	}
	for _, q := range qdes {
		if strings.EqualFold(q, "project.qde") {
			return q, nil
		}
	}
	sort.Strings(qdes)
	return "", fmt.Errorf("%s: more than one .qde file (%s); a REFI-QDA project holds one", src, strings.Join(qdes, ", "))
}

// openDirArchive reads an unpacked project: a directory with the .qde and
// its sources/ folder. Files are opened through an os.Root, so nothing
// outside the directory (not even through a symbolic link) is read.
func openDirArchive(src, dir, qde string, limits ArchiveLimits) (*archive, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, unwrapPathError(err))
	}
	a := &archive{display: src, kind: "file", entries: map[string]string{}, sizes: map[string]int64{}, limits: limits, close: root.Close}
	fail := func(err error) (*archive, error) {
		root.Close()
		return nil, err
	}
	top, err := os.ReadDir(dir)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", src, unwrapPathError(err)))
	}
	add := func(e fs.DirEntry, real string) {
		a.entries[strings.ToLower(real)] = real
		if fi, err := e.Info(); err == nil {
			a.sizes[real] = fi.Size()
		}
	}
	var qdes []string
	for _, e := range top {
		switch {
		case e.Type().IsRegular():
			add(e, e.Name())
			if strings.EqualFold(filepath.Ext(e.Name()), ".qde") {
				qdes = append(qdes, e.Name())
			}
		case e.IsDir() && strings.EqualFold(e.Name(), "sources"):
			inner, err := os.ReadDir(filepath.Join(dir, e.Name()))
			if err != nil {
				return fail(fmt.Errorf("%s: %w", src, unwrapPathError(err)))
			}
			for _, s := range inner {
				if s.Type().IsRegular() {
					add(s, e.Name()+"/"+s.Name())
				}
			}
		}
	}
	if len(a.entries) > limits.MaxEntries {
		return fail(fmt.Errorf("%s: %d files, more than the limit of %d", src, len(a.entries), limits.MaxEntries))
	}
	if qde != "" {
		a.qdeName = qde
	} else if a.qdeName, err = pickQDE(src, qdes); err != nil {
		return fail(err)
	}
	a.open = func(name string) (io.ReadCloser, error) {
		f, err := root.Open(name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(dir, name), unwrapPathError(err))
		}
		return f, nil
	}
	return a, nil
}

// ---------------------------------------------------------------------------
// Decoding project.qde as a stream, with what it keeps bounded

// elementCost is what any element of project.qde counts against
// MaxProject besides its attribute values and text and the struct it
// decodes into (elementSize): the decoders' bookkeeping.
const elementCost = 64

// elementSize is the size of the struct each element decodes into, as a
// slice element (unsafe.Sizeof on amd64): a project of many tiny elements
// is bounded by what it takes once decoded, not by its XML.
var elementSize = map[string]int64{
	"TextSource": 264, "Note": 264, "Transcript": 264, "Representation": 264, "TextDescription": 264,
	"PlainTextSelection": 144, "TranscriptSelection": 144, "Case": 144,
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

// tokenBound is the reader under an XML decoder. Being an io.ByteReader,
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

// projectTokens feeds project.qde's tokens to the decoder that fills
// xProject, counting what they will keep against a budget. The tokens read
// before the root element is checked are replayed.
type projectTokens struct {
	d       *xml.Decoder
	tb      *tokenBound
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
	p.tb.n = 0
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
	tb := &tokenBound{r: br, max: a.limits.MaxText + 1<<20,
		err: a.refusef("%s has a text, tag or comment longer than %s, the limit for a source's text", a.qdeName, mib(a.limits.MaxText))}
	d := xml.NewDecoder(tb)
	d.Strict = true
	pt := &projectTokens{d: d, tb: tb, max: a.limits.MaxProject,
		over: a.refusef("%s describes more than the import can hold (%s once decoded)", a.qdeName, mib(a.limits.MaxProject)),
		deep: a.refusef("%s nests elements more than %d deep", a.qdeName, maxDepth)}
	var ref *refusal
	root, err := pt.root()
	switch {
	case errors.As(err, &ref):
		return nil, 0, err
	case errors.Is(err, io.EOF):
		return nil, 0, fmt.Errorf("%s is not QDA-XML: no XML element found; nothing was imported", where)
	case err != nil:
		return nil, 0, fmt.Errorf("%s is not QDA-XML: %v; nothing was imported", where, codebook.XMLError(err))
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
		return nil, 0, fmt.Errorf("%s: %v; nothing was imported", where, codebook.XMLError(err))
	}
	return &xp, pt.kept, nil
}

// ---------------------------------------------------------------------------
// QDA-XML as read: no namespaces in the tags, so that any version of the
// project namespace (or none) reads.

type xProject struct {
	Name        string             `xml:"name,attr"`
	Origin      string             `xml:"origin,attr"`
	Users       []xUser            `xml:"Users>User"`
	Codes       []codebook.XMLCode `xml:"CodeBook>Codes>Code"`
	Variables   []xVariable        `xml:"Variables>Variable"`
	Cases       []xCase            `xml:"Cases>Case"`
	Sources     xSources           `xml:"Sources"`
	Notes       []xTextSource      `xml:"Notes>Note"`
	Links       []xLink            `xml:"Links>Link"`
	Sets        []codebook.XMLSet  `xml:"Sets>Set"`
	Graphs      []xNamed           `xml:"Graphs>Graph"`
	Description string             `xml:"Description"`
	NoteRefs    []codebook.XMLRef  `xml:"NoteRef"`
}

type xUser struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr"`
	ID   string `xml:"id,attr"`
}

type xVariable struct {
	GUID        string `xml:"guid,attr"`
	Name        string `xml:"name,attr"`
	Type        string `xml:"typeOfVariable,attr"`
	Description string `xml:"Description"`
}

type xVarValue struct {
	Ref      codebook.XMLRef `xml:"VariableRef"`
	Text     *string         `xml:"TextValue"`
	Boolean  *string         `xml:"BooleanValue"`
	Integer  *string         `xml:"IntegerValue"`
	Float    *string         `xml:"FloatValue"`
	Date     *string         `xml:"DateValue"`
	DateTime *string         `xml:"DateTimeValue"`
}

func (v xVarValue) value() (string, bool) {
	for _, p := range []*string{v.Text, v.Boolean, v.Integer, v.Float, v.Date, v.DateTime} {
		if p != nil {
			return strings.TrimSpace(*p), true
		}
	}
	return "", false
}

type xCase struct {
	GUID          string            `xml:"guid,attr"`
	Name          string            `xml:"name,attr"`
	Description   string            `xml:"Description"`
	CodeRefs      []codebook.XMLRef `xml:"CodeRef"`
	Values        []xVarValue       `xml:"VariableValue"`
	SourceRefs    []codebook.XMLRef `xml:"SourceRef"`
	SelectionRefs []codebook.XMLRef `xml:"SelectionRef"`
}

type xSources struct {
	Text    []xTextSource  `xml:"TextSource"`
	Picture []xMediaSource `xml:"PictureSource"`
	PDF     []xPDFSource   `xml:"PDFSource"`
	Audio   []xMediaSource `xml:"AudioSource"`
	Video   []xMediaSource `xml:"VideoSource"`
}

// xTextSource is a TextSource, a Note, a PDF's Representation or a media
// Transcript: they share TextSourceType (a Transcript adds sync points).
type xTextSource struct {
	GUID                 string                 `xml:"guid,attr"`
	Name                 string                 `xml:"name,attr"`
	RichTextPath         string                 `xml:"richTextPath,attr"`
	PlainTextPath        string                 `xml:"plainTextPath,attr"`
	CreatingUser         string                 `xml:"creatingUser,attr"`
	Created              string                 `xml:"creationDateTime,attr"`
	Description          string                 `xml:"Description"`
	PlainTextContent     *string                `xml:"PlainTextContent"`
	Selections           []xSelection           `xml:"PlainTextSelection"`
	Codings              []xCoding              `xml:"Coding"`
	NoteRefs             []codebook.XMLRef      `xml:"NoteRef"`
	Values               []xVarValue            `xml:"VariableValue"`
	SyncPoints           []xSyncPoint           `xml:"SyncPoint"`
	TranscriptSelections []xTranscriptSelection `xml:"TranscriptSelection"`
}

type xSelection struct {
	GUID         string            `xml:"guid,attr"`
	Name         string            `xml:"name,attr"`
	Start        string            `xml:"startPosition,attr"`
	End          string            `xml:"endPosition,attr"`
	CreatingUser string            `xml:"creatingUser,attr"`
	Description  string            `xml:"Description"`
	Codings      []xCoding         `xml:"Coding"`
	NoteRefs     []codebook.XMLRef `xml:"NoteRef"`
}

type xCoding struct {
	GUID         string            `xml:"guid,attr"`
	CreatingUser string            `xml:"creatingUser,attr"`
	Created      string            `xml:"creationDateTime,attr"`
	CodeRef      codebook.XMLRef   `xml:"CodeRef"`
	NoteRefs     []codebook.XMLRef `xml:"NoteRef"`
}

type xSyncPoint struct {
	GUID     string `xml:"guid,attr"`
	Position string `xml:"position,attr"`
}

type xTranscriptSelection struct {
	GUID         string            `xml:"guid,attr"`
	Name         string            `xml:"name,attr"`
	From         string            `xml:"fromSyncPoint,attr"`
	To           string            `xml:"toSyncPoint,attr"`
	CreatingUser string            `xml:"creatingUser,attr"`
	Description  string            `xml:"Description"`
	Codings      []xCoding         `xml:"Coding"`
	NoteRefs     []codebook.XMLRef `xml:"NoteRef"`
}

// xRegion is a picture, PDF, audio or video selection: not text.
type xRegion struct {
	GUID        string            `xml:"guid,attr"`
	Name        string            `xml:"name,attr"`
	Description string            `xml:"Description"`
	Codings     []xCoding         `xml:"Coding"`
	NoteRefs    []codebook.XMLRef `xml:"NoteRef"`
}

type xMediaSource struct {
	GUID            string            `xml:"guid,attr"`
	Name            string            `xml:"name,attr"`
	Description     string            `xml:"Description"`
	TextDescription *xTextSource      `xml:"TextDescription"`
	Transcripts     []xTextSource     `xml:"Transcript"`
	Pictures        []xRegion         `xml:"PictureSelection"`
	Audio           []xRegion         `xml:"AudioSelection"`
	Video           []xRegion         `xml:"VideoSelection"`
	Codings         []xCoding         `xml:"Coding"`
	NoteRefs        []codebook.XMLRef `xml:"NoteRef"`
	Values          []xVarValue       `xml:"VariableValue"`
}

type xPDFSource struct {
	GUID           string            `xml:"guid,attr"`
	Name           string            `xml:"name,attr"`
	Description    string            `xml:"Description"`
	Selections     []xRegion         `xml:"PDFSelection"`
	Representation *xTextSource      `xml:"Representation"`
	Codings        []xCoding         `xml:"Coding"`
	NoteRefs       []codebook.XMLRef `xml:"NoteRef"`
	Values         []xVarValue       `xml:"VariableValue"`
}

type xLink struct {
	GUID     string            `xml:"guid,attr"`
	Name     string            `xml:"name,attr"`
	Origin   string            `xml:"originGUID,attr"`
	Target   string            `xml:"targetGUID,attr"`
	NoteRefs []codebook.XMLRef `xml:"NoteRef"`
}

type xNamed struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr"`
}

// ---------------------------------------------------------------------------
// Text: decoding, normalisation and positions

// decodeSource turns a source file's bytes into text: UTF-8 (a BOM
// dropped: positions do not count it), UTF-16 with a BOM, or, failing
// those, Windows-1252 (with a note).
func decodeSource(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		e := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
		if out, _, err := transform.Bytes(e.NewDecoder(), data); err == nil {
			return strings.TrimPrefix(string(out), "\ufeff"), ""
		}
	}
	if utf8.Valid(data) {
		return string(data), ""
	}
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "its text is not valid UTF-8; invalid bytes were replaced"
	}
	return string(out), "its text is not UTF-8; it was read as Windows-1252"
}

// posMap is a source text normalised to groundwork's canonical form (LF
// line endings, NFC) with the canonical rune offset of every source
// position, counted two ways where the text has CRLF line endings: CR and
// LF as two positions (the standard) or as one (ATLAS.ti). Offsets are
// int32 (a source's text is at most MaxText, capped at 1 GiB) and the
// common text with no CR that is already NFC has no table at all.
type posMap struct {
	text string
	n    int              // runes in text
	srcN int              // source positions (runes of the source)
	two  []int32          // nil: position i is rune i
	one  []int32          // nil when the text has no CRLF
	cut  *corpus.RuneText // built by quote
}

// quote returns runes [s, e) of the canonical text as a substring of it:
// the codings of a document share its text rather than each holding a copy.
func (m *posMap) quote(s, e int) string {
	if m.cut == nil {
		m.cut = &corpus.RuneText{}
		m.cut.Reset(m.text)
	}
	return m.cut.Slice(s, e)
}

func newPosMap(src string) *posMap {
	if !utf8.ValidString(src) {
		src = string([]rune(src)) // each invalid byte one U+FFFD, as positions count them
	}
	srcN := utf8.RuneCountInString(src)
	if !strings.ContainsRune(src, '\r') && norm.NFC.IsNormalString(src) {
		return &posMap{text: src, n: srcN, srcN: srcN}
	}
	two := make([]int32, srcN+1)
	crlf := strings.Contains(src, "\r\n")
	var one []int32
	if crlf {
		one = make([]int32, 0, srcN+1)
	}
	lfText, lfN := src, srcN
	if strings.ContainsRune(src, '\r') {
		var b strings.Builder
		b.Grow(len(src))
		i, out := 0, int32(0)
		for j := 0; j < len(src); i, out = i+1, out+1 {
			two[i] = out
			if crlf {
				one = append(one, out)
			}
			r, size := utf8.DecodeRuneInString(src[j:])
			if r == '\r' {
				if j+1 < len(src) && src[j+1] == '\n' {
					i, j = i+1, j+1
					two[i] = out
				}
				b.WriteByte('\n')
			} else {
				b.WriteString(src[j : j+size])
			}
			j += size
		}
		two[srcN] = out
		if crlf {
			one = append(one, out)
		}
		lfText, lfN = b.String(), int(out)
	} else {
		for i := range two {
			two[i] = int32(i)
		}
	}
	m := &posMap{text: lfText, n: lfN, srcN: srcN, two: two, one: one}
	if !norm.NFC.IsNormalString(lfText) {
		m.nfc(lfN)
	}
	return m
}

// nfc composes the text (of n runes) to NFC and maps the offsets through:
// the runes of a composed sequence map to its runes in turn, the extra
// ones to its last.
func (m *posMap) nfc(n int) {
	nfc := make([]int32, n+1)
	var b strings.Builder
	var it norm.Iter
	it.InitString(norm.NFC, m.text)
	in, out := 0, int32(0)
	for !it.Done() {
		from := it.Pos()
		seg := it.Next()
		a := utf8.RuneCountInString(m.text[from:it.Pos()])
		k := int32(utf8.RuneCount(seg))
		for j := 0; j < a; j++ {
			nfc[in+j] = out + min(int32(j), k)
		}
		b.Write(seg)
		in += a
		out += k
	}
	nfc[in] = out
	for i := range m.two {
		m.two[i] = nfc[m.two[i]]
	}
	for i := range m.one {
		m.one[i] = nfc[m.one[i]]
	}
	m.text, m.n = b.String(), int(out)
}

// conv converts a source span to canonical offsets. oneMode counts CRLF as
// one position. It clamps an end just past the text (reporting clamped)
// and refuses spans that cannot be placed.
func (m *posMap) conv(start, end int, oneMode bool) (s, e int, clamped bool, problem string) {
	tab, n := m.two, m.srcN
	if oneMode && m.one != nil {
		tab = m.one
	}
	if tab != nil {
		n = len(tab) - 1
	}
	switch {
	case start < 0 || end < 0:
		return 0, 0, false, "a negative position"
	case start > end:
		return 0, 0, false, "a start after its end"
	case start >= n && n > 0 || n == 0:
		return 0, 0, false, "a position past the end of the text"
	case end > n:
		end, clamped = n, true
	}
	s, e = start, end
	if tab != nil {
		s, e = int(tab[start]), int(tab[end])
	}
	if s >= e {
		return 0, 0, false, "an empty selection"
	}
	return s, e, clamped, ""
}

// ---------------------------------------------------------------------------
// Turns and segments of an imported text

// rawTurn is a turn found in the canonical text: [start,end) in runes.
type rawTurn struct {
	speaker    string
	start, end int
}

// speakerLabels are the labels parse.Text accepts as speakers in the text,
// by normalised key.
func speakerLabels(text string, known []string) map[string]string {
	out := map[string]string{}
	t, err := parse.Text("source.txt", []byte(text), parse.Options{KnownSpeakers: known, Format: string(parse.FormatText)})
	if err != nil {
		return out
	}
	for _, turn := range t.Turns {
		if turn.Speaker != "" {
			k := labelKey(turn.Speaker)
			if _, ok := out[k]; !ok {
				// A copy: the parsed label would keep the parse's copy of
				// the whole text alive.
				out[strings.Clone(k)] = strings.Clone(turn.Speaker)
			}
		}
	}
	return out
}

func labelKey(s string) string {
	return strings.ToLower(strings.Join(strings.FieldsFunc(s, isLabelSpace), " "))
}

func isLabelSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// matchLabel finds a speaker label (one of speakers) at the start of a
// line, as parse.Text writes them: "Name:", "**Name:**", "**Name**:",
// "[name]", and "Q" or "A" followed by a tab, a no-break space or two
// spaces. It returns the speaker and the rune offset of the text after it.
func matchLabel(line string, speakers map[string]string) (string, int, bool) {
	if len(speakers) == 0 {
		return "", 0, false
	}
	s := strings.TrimLeftFunc(line, isLabelSpace)
	found := func(label, after string) (string, int, bool) {
		sp, ok := speakers[labelKey(label)]
		if !ok || labelKey(label) == "" {
			return "", 0, false
		}
		rest := strings.TrimLeftFunc(after, isLabelSpace)
		return sp, utf8.RuneCountInString(line[:len(line)-len(rest)]), true
	}
	for _, m := range []string{"**", "__"} {
		if !strings.HasPrefix(s, m) {
			continue
		}
		inner := s[len(m):]
		i := strings.IndexByte(inner, ':')
		if i <= 0 {
			break
		}
		label, after := inner[:i], inner[i+1:]
		switch t := strings.TrimRightFunc(label, isLabelSpace); {
		case strings.HasSuffix(t, m):
			return found(strings.TrimSuffix(t, m), after)
		case strings.HasPrefix(after, m):
			return found(label, after[len(m):])
		}
	}
	if strings.HasPrefix(s, "[") {
		if j := strings.IndexByte(s, ']'); j > 1 {
			after := strings.TrimPrefix(s[j+1:], ":")
			if after == "" || isLabelSpace(firstRuneOf(after)) {
				if sp, off, ok := found("["+s[1:j], after); ok {
					return sp, off, ok
				}
				if sp, off, ok := found(s[1:j], after); ok {
					return sp, off, ok
				}
			}
		}
	}
	if i := strings.IndexByte(s, ':'); i > 0 {
		after := s[i+1:]
		if after == "" || isLabelSpace(firstRuneOf(after)) {
			if sp, off, ok := found(s[:i], after); ok {
				return sp, off, ok
			}
		}
	}
	if len(s) >= 3 && (s[0] == 'Q' || s[0] == 'A') {
		after := s[1:]
		sp := strings.TrimLeftFunc(after, isLabelSpace)
		gap := after[:len(after)-len(sp)]
		if strings.ContainsAny(gap, "\t\u00a0") || strings.HasPrefix(gap, "  ") {
			return found(s[:1], after)
		}
	}
	return "", 0, false
}

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// findTurns splits the canonical text into turns: a line starting with a
// speaker label starts a turn; other lines continue the current one (text
// before the first label is an unlabelled turn). Turns are trimmed of white
// space; empty ones are left out. Every character stays in the text.
func findTurns(text string, speakers map[string]string) []rawTurn {
	var turns []rawTurn
	pos := 0
	for _, line := range strings.Split(text, "\n") {
		n := utf8.RuneCountInString(line)
		if strings.TrimFunc(line, isLabelSpace) != "" {
			if sp, off, ok := matchLabel(line, speakers); ok {
				turns = append(turns, rawTurn{speaker: sp, start: pos + off, end: pos + n})
			} else if len(turns) == 0 {
				lead := utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeftFunc(line, unicode.IsSpace))
				turns = append(turns, rawTurn{start: pos + lead, end: pos + n})
			} else {
				turns[len(turns)-1].end = pos + n
			}
		}
		pos += n + 1
	}
	rs := []rune(text)
	out := turns[:0]
	for _, t := range turns {
		for t.start < t.end && unicode.IsSpace(rs[t.start]) {
			t.start++
		}
		for t.end > t.start && unicode.IsSpace(rs[t.end-1]) {
			t.end--
		}
		if t.end > t.start {
			out = append(out, t)
		}
	}
	return out
}

// buildImported positions turns and segments in the canonical text. The
// segmenter renders the turns as ingest does; each rendered turn is then
// shifted to where the same text is in the imported text.
func buildImported(seg *Segmenter, text string, turns []rawTurn, isInterviewer func(string) bool) *Built {
	rs := []rune(text)
	t := &parse.Transcript{}
	for _, rt := range turns {
		t.Turns = append(t.Turns, parse.Turn{Speaker: rt.speaker, Text: string(rs[rt.start:rt.end])})
	}
	b := seg.Build(t, isInterviewer)
	out := &Built{Text: text, Words: b.Words}
	brs := []rune(b.Text)
	ok := len(b.Turns) == len(turns)
	for i := 0; ok && i < len(b.Turns); i++ {
		bt := b.Turns[i]
		ok = bt.End <= len(brs) && string(brs[bt.Start:bt.End]) == string(rs[turns[i].start:turns[i].end])
	}
	if !ok {
		// Should not happen; fall back to one segment per participant turn.
		out.Words = 0
		for i, rt := range turns {
			words := CountWords(string(rs[rt.start:rt.end]))
			tr := corpus.Turn{Seq: i + 1, Speaker: rt.speaker, Interviewer: rt.speaker != "" && isInterviewer(rt.speaker),
				Start: rt.start, End: rt.end, Words: words}
			out.Turns = append(out.Turns, tr)
			out.Words += words
			if !tr.Interviewer {
				out.Segments = append(out.Segments, corpus.Segment{Seq: len(out.Segments) + 1, TurnSeq: tr.Seq,
					Start: rt.start, End: rt.end, Words: words, Text: string(rs[rt.start:rt.end])})
			}
		}
		return out
	}
	delta := make([]int, len(turns))
	for i, bt := range b.Turns {
		delta[i] = turns[i].start - bt.Start
		bt.Start += delta[i]
		bt.End += delta[i]
		out.Turns = append(out.Turns, bt)
	}
	// The segments' text is cut out of the document's text rather than
	// kept from the segmenter's copy of each turn: the same characters,
	// and half the memory an imported project holds until it is stored.
	var cut corpus.RuneText
	cut.Reset(text)
	for _, s := range b.Segments {
		d := delta[s.TurnSeq-1]
		s.Start += d
		s.End += d
		s.Text = cut.Slice(s.Start, s.End)
		out.Segments = append(out.Segments, s)
	}
	return out
}

// ---------------------------------------------------------------------------
// Planning: everything read, converted and checked in memory

type attrDecl struct {
	name        string
	typ         string // corpus attribute type
	description string
}

type planDoc struct {
	doc     *corpus.Document
	built   *Built
	codings []*corpus.Coding
}

type planMemo struct {
	kind    string // project, code, document, coding
	target  string // code or document id
	coding  *corpus.Coding
	text    string
	author  string
	created time.Time
}

type qdpxPlan struct {
	name        string
	description string
	codebook    []byte
	attrs       []attrDecl
	docs        []*planDoc
	memos       []*planMemo
	rep         *QDPXImportReport
}

// unit is a text that becomes a document: a TextSource, the text
// Representation of a PDF, or the Transcript of an audio or video source.
type unit struct {
	what string // "text source", "PDF", "transcript of"
	name string
	ts   *xTextSource
}

// target is what a GUID in the project stands for, for attaching notes.
type target struct {
	kind   string // code, document, selection, coding, case, lost
	id     string
	doc    *planDoc
	coding *corpus.Coding
	sel    *selInfo
	caseOf []*planDoc
	desc   string // for lost: what it was
}

type selInfo struct {
	doc     *planDoc
	codings []*corpus.Coding
	placed  bool
	start   int
	end     int
	quote   string
}

type lostText struct {
	names      []string
	selections int
	codings    int
	reason     string
}

type converter struct {
	ctx      context.Context
	ar       *archive
	xp       *xProject
	plan     *qdpxPlan
	cfg      *corpus.Config
	seg      *Segmenter
	users    map[string]string
	codeIDs  map[string]string
	targets  map[string]*target
	docByKey map[string]*planDoc
	docIDs   map[string]bool
	lost     map[string]*lostText
	lostKeys []string
	notes    []string
	oneMode  bool // the origin counts CRLF as one position
	// from a groundwork export's groundwork/codings.json (nil: none)
	states map[string]codingState
	kept   int64 // counted against MaxProject
	text   int64 // sources' and notes' text kept, against MaxTotalText
}

// codingState and withheldCoding read groundwork/codings.json (written by
// reports.WriteQDPX; see reports.QDPXCodings).
type codingState struct {
	Status   string `json:"status"`
	Origin   string `json:"origin"`
	Rule     string `json:"rule"`
	Evidence string `json:"evidence"`
}

type withheldCoding struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Code     string `json:"code"`
	Coder    string `json:"coder"`
	codingState
	Quote   string    `json:"quote"`
	Created time.Time `json:"created"`
}

// sideFile is what a groundwork export keeps about its codings beyond
// REFI-QDA (reports.WriteQDPX).
const sideFile = "groundwork/codings.json"

// errSide says groundwork/codings.json is not what groundwork writes.
var errSide = errors.New("not groundwork's codings file")

// jsonBound is the reader under a json.Decoder: it fails once the decoder
// holds more than max bytes it has not yet consumed, so that no one value
// (a quote, an evidence string) is read whole past the limit.
type jsonBound struct {
	r    io.Reader
	dec  *json.Decoder
	read int64
	max  int64
	err  error
}

func (b *jsonBound) Read(p []byte) (int, error) {
	if b.dec != nil && b.read-b.dec.InputOffset() > b.max {
		return 0, b.err
	}
	n, err := b.r.Read(p[:min(len(p), 64<<10)])
	b.read += int64(n)
	return n, err
}

// scanSide streams groundwork/codings.json: onState is called for each of
// its codings' states, onWithheld (when not nil) for each coding left out
// for its status. It returns the file's version. Errors are refusals
// (limits) or errSide.
func (c *converter) scanSide(onState func(guid string, st codingState) error, onWithheld func(w *withheldCoding) error) (int, error) {
	real := c.ar.entries[sideFile]
	rc, err := c.ar.openEntry(real, c.ar.limits.MaxEntry, c.ar.perEntry())
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	jb := &jsonBound{r: rc, max: c.ar.limits.MaxText + 1<<20,
		err: c.ar.refusef("%s holds a value longer than %s, the limit for a source's text", sideFile, mib(c.ar.limits.MaxText))}
	dec := json.NewDecoder(jb)
	jb.dec = dec
	var ref *refusal
	bad := func(err error) (int, error) {
		if errors.As(err, &ref) {
			return 0, err
		}
		return 0, errSide
	}
	delim := func(want json.Delim) error {
		t, err := dec.Token()
		if err == nil && t != want {
			err = errSide
		}
		return err
	}
	version := 0
	if err := delim('{'); err != nil {
		return bad(err)
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return bad(err)
		}
		switch t {
		case "version":
			err = dec.Decode(&version)
		case "codings":
			err = delim('{')
			for err == nil && dec.More() {
				var k json.Token
				if k, err = dec.Token(); err != nil {
					break
				}
				var st codingState
				if err = dec.Decode(&st); err == nil {
					g, _ := k.(string)
					err = onState(g, st)
				}
			}
			if err == nil {
				err = delim('}')
			}
		case "withheld":
			err = delim('[')
			for err == nil && dec.More() {
				var w withheldCoding
				if err = dec.Decode(&w); err == nil && onWithheld != nil {
					err = onWithheld(&w)
				}
			}
			if err == nil {
				err = delim(']')
			}
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			return bad(err)
		}
	}
	return version, nil
}

// charge counts n bytes kept against MaxProject.
func (c *converter) charge(n int) error {
	if c.kept += int64(n); c.kept > c.ar.limits.MaxProject {
		return c.ar.refusef("%s and %s describe more than the import can hold (%s once decoded)",
			c.ar.qdeName, sideFile, mib(c.ar.limits.MaxProject))
	}
	return nil
}

// loadStates reads what a groundwork export keeps about its codings
// beyond REFI-QDA: statuses, origins, rules (and, read later by
// restoreWithheld, codings left out for their status). Only for
// groundwork's own exports; a file that cannot be read is ignored with a
// warning, one over the limits refuses the archive.
func (c *converter) loadStates() error {
	if !strings.EqualFold(strings.TrimSpace(c.xp.Origin), reportsOrigin) {
		return nil
	}
	if _, ok := c.ar.entries[sideFile]; !ok {
		return nil
	}
	states := map[string]codingState{}
	version, err := c.scanSide(func(g string, st codingState) error {
		states[codebook.NormGUID(g)] = st
		return c.charge(elementCost + 64 + len(g) + len(st.Status) + len(st.Origin) + len(st.Rule) + len(st.Evidence))
	}, nil)
	if errors.Is(err, errSide) || err == nil && version != 1 {
		c.warnf("%s cannot be read; coding statuses are not restored", sideFile)
		return nil
	}
	if err != nil {
		return err
	}
	c.states = states
	return nil
}

func validState(st codingState) bool {
	switch st.Status {
	case corpus.StatusAccepted, corpus.StatusSuggested, corpus.StatusRejected:
	default:
		return false
	}
	switch st.Origin {
	case corpus.OriginRule, corpus.OriginManual, corpus.OriginImport:
		return true
	}
	return false
}

// restoreWithheld adds back the codings a groundwork export left out for
// their status, where their text is still exactly there. They are read
// from the file as it streams, each kept only when it fits.
func (c *converter) restoreWithheld() error {
	if c.states == nil {
		return nil // not a groundwork export, or its codings file unreadable
	}
	byID := map[string]*planDoc{}
	for _, d := range c.plan.docs {
		byID[d.doc.ID] = d
	}
	known := map[string]bool{}
	for _, id := range c.codeIDs {
		known[id] = true
	}
	cuts := map[*planDoc]*corpus.RuneText{}
	lost := 0
	_, err := c.scanSide(func(string, codingState) error { return nil }, func(w *withheldCoding) error {
		d := byID[w.Document]
		if d == nil || !known[w.Code] || !validState(w.codingState) || w.Start < 0 || w.Start >= w.End {
			lost++
			return nil
		}
		cut := cuts[d]
		if cut == nil {
			cut = &corpus.RuneText{}
			cut.Reset(d.doc.Text)
			cuts[d] = cut
		}
		quote := cut.Slice(w.Start, w.End)
		if quote != w.Quote || utf8.RuneCountInString(quote) != w.End-w.Start {
			lost++
			return nil
		}
		d.codings = append(d.codings, &corpus.Coding{DocID: d.doc.ID, Start: w.Start, End: w.End, Code: w.Code, Coder: w.Coder,
			Origin: w.Origin, Status: w.Status, Rule: w.Rule, Evidence: w.Evidence, Quote: quote, CreatedAt: w.Created})
		c.plan.rep.Restored++
		return c.charge(elementCost + 256 + len(w.Coder) + len(w.Rule) + len(w.Evidence))
	})
	var ref *refusal
	if errors.As(err, &ref) {
		return err
	}
	if lost > 0 {
		c.warnf("%s kept in %s no longer fit the project; not restored", qplural(lost, "withheld coding"), sideFile)
	}
	return nil
}

func (c *converter) warnf(format string, args ...any) {
	c.plan.rep.Warnings = append(c.plan.rep.Warnings, fmt.Sprintf(format, args...))
}

func qplural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// planQDPX reads the project and converts it, writing nothing.
func planQDPX(ctx context.Context, src string, limits ArchiveLimits, name string) (*qdpxPlan, error) {
	limits = limits.withDefaults()
	ar, err := openArchive(src, limits)
	if err != nil {
		return nil, err
	}
	defer ar.close()
	where := ar.display + ": " + ar.qdeName
	if ar.qdeName == filepath.Base(ar.display) {
		where = ar.display
	}
	xp, kept, err := ar.decodeProject(where)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	projName := strings.TrimSpace(name)
	if projName == "" {
		projName = strings.TrimSpace(xp.Name)
	}
	if projName == "" {
		projName = strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	}
	cfgText, err := corpus.ConfigTemplate("blank", projName)
	if err != nil {
		return nil, err
	}
	cfg, err := corpus.ParseConfig(corpus.ConfigFile, cfgText)
	if err != nil {
		return nil, err
	}
	seg, err := NewSegmenter(cfg.Segmentation.MaxWords)
	if err != nil {
		return nil, err
	}
	p := &qdpxPlan{name: projName, description: strings.TrimSpace(xp.Description),
		rep: &QDPXImportReport{Origin: strings.TrimSpace(xp.Origin), Users: len(xp.Users)}}
	c := &converter{ctx: ctx, ar: ar, xp: xp, plan: p, cfg: cfg, seg: seg, kept: kept,
		users: map[string]string{}, codeIDs: map[string]string{}, targets: map[string]*target{},
		docByKey: map[string]*planDoc{}, docIDs: map[string]bool{}, lost: map[string]*lostText{}}
	o := strings.ToLower(xp.Origin)
	c.oneMode = strings.Contains(o, "atlas") || strings.Contains(o, "maxqda")
	for _, u := range xp.Users {
		n := strings.TrimSpace(u.Name)
		if n == "" {
			n = strings.TrimSpace(u.ID)
		}
		if n == "" {
			n = "user-" + shortGUID(u.GUID)
		}
		c.users[codebook.NormGUID(u.GUID)] = n
	}
	if err := c.codebook(src); err != nil {
		return nil, err
	}
	if err := c.loadStates(); err != nil {
		return nil, err
	}
	if err := c.sources(); err != nil {
		return nil, err
	}
	if err := c.importable(); err != nil {
		return nil, err
	}
	if err := c.restoreWithheld(); err != nil {
		return nil, err
	}
	c.variables()
	if err := c.memos(); err != nil {
		return nil, err
	}
	c.losses()
	for _, d := range p.docs {
		p.rep.Codings += len(d.codings)
	}
	p.rep.Sources = len(p.docs)
	p.rep.Notes = len(p.memos)
	p.rep.Attributes = len(p.attrs)
	return p, nil
}

// refiTime reads a QDA-XML xs:dateTime, with or without a zone (Transana
// writes none); the zero time when there is none. The store stamps codings
// and memos itself, so this only travels as far as corpus lets it.
func refiTime(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

func shortGUID(g string) string {
	g = codebook.NormGUID(g)
	if len(g) > 8 {
		return g[:8]
	}
	return g
}

func (c *converter) userName(guids ...string) string {
	for _, g := range guids {
		if g == "" {
			continue
		}
		if n, ok := c.users[codebook.NormGUID(g)]; ok {
			return n
		}
		return "user-" + shortGUID(g)
	}
	return ""
}

// codebook converts the CodeBook and the code Sets. A groundwork export
// carries its codebook file, which is taken as it is when it matches the
// project's codes.
func (c *converter) codebook(src string) error {
	x := codebook.NewExchange(c.xp.Origin, c.xp.Codes, c.xp.Sets)
	c.plan.rep.Warnings = append(c.plan.rep.Warnings, x.Warnings...)
	if yml := c.groundworkCodebook(x); yml != nil {
		c.plan.codebook = yml
	} else if x.Len() == 0 {
		c.plan.codebook = codebook.RenderDraft(&codebook.Draft{Name: c.plan.name,
			Comment: []string{"Codebook of a project imported from " + filepath.Base(src) + "; it had no codes."}})
	} else {
		res, err := codebook.ImportExchange(nil, "", x, codebook.ImportOptions{Source: filepath.Base(src), Name: c.plan.name})
		if err != nil {
			return fmt.Errorf("%s: the codebook: %w", src, err)
		}
		c.plan.codebook = res.YAML
		c.codeIDs = res.IDs
		c.plan.rep.Warnings = append(c.plan.rep.Warnings, res.Warnings[len(x.Warnings):]...)
		folders := 0
		x.Walk(func(xc, _ *codebook.ExchangeCode) {
			if !xc.Codable && len(xc.Children) == 0 {
				folders++
			}
		})
		if folders > 0 {
			c.warnf("%s marked not codable (isCodable=\"false\") and without sub-codes became ordinary codes", qplural(folders, "code"))
		}
	}
	cb, err := codebook.Parse("codebook.yaml", c.plan.codebook)
	if err != nil {
		return fmt.Errorf("%s: the imported codebook does not validate: %w", src, err)
	}
	c.plan.rep.Codes = len(cb.Codes())
	c.plan.rep.Groups = len(cb.Groups())
	for g, id := range c.codeIDs {
		c.targets[g] = &target{kind: "code", id: id}
	}
	return nil
}

// maxSideCodebook bounds the codebook.yaml a groundwork export carries: a
// codebook of thousands of codes with their examples is a few megabytes.
const maxSideCodebook = 8 << 20

// groundworkCodebook returns the codebook file a groundwork export carries,
// when it is there, valid, and holds exactly the project's codes.
func (c *converter) groundworkCodebook(x *codebook.Exchange) []byte {
	real, ok := c.ar.entries[strings.ToLower("groundwork/codebook.yaml")]
	if !ok {
		return nil
	}
	if c.ar.sizes[real] > maxSideCodebook {
		c.warnf("the archive's groundwork/codebook.yaml is larger than %s; the codebook was rebuilt from project.qde", mib(maxSideCodebook))
		return nil
	}
	data, err := c.ar.readEntry(real, maxSideCodebook, "a codebook may hold")
	if err != nil {
		return nil
	}
	cb, err := codebook.Parse("codebook.yaml", data)
	if err != nil {
		c.warnf("the archive's groundwork/codebook.yaml does not validate; the codebook was rebuilt from project.qde")
		return nil
	}
	ids := map[string]string{}
	for _, code := range cb.Codes() {
		ids[codebook.CodeGUID(code.ID)] = code.ID
	}
	n := 0
	match := true
	x.Walk(func(xc, _ *codebook.ExchangeCode) {
		n++
		if _, ok := ids[xc.GUID]; !ok {
			match = false
		}
	})
	if !match || n != len(ids) {
		c.warnf("the archive's groundwork/codebook.yaml does not match the codes of project.qde (edited in another tool?); the codebook was rebuilt from project.qde")
		return nil
	}
	c.codeIDs = ids
	return data
}

// sourceEntry is the archive entry holding a unit's text, if there is one:
// its plain-text file, else (when it has no inline text) its Word file.
func (c *converter) sourceEntry(ts *xTextSource) (string, bool) {
	find := func(ref string) (string, bool) {
		name, external := internalName(ref)
		if external {
			return "", false
		}
		return c.ar.lookup(name)
	}
	if ts.PlainTextPath != "" {
		if real, ok := find(ts.PlainTextPath); ok {
			return real, true
		}
	}
	if ts.PlainTextContent == nil && ts.RichTextPath != "" && strings.EqualFold(path.Ext(strings.TrimSpace(ts.RichTextPath)), ".docx") {
		return find(ts.RichTextPath)
	}
	return "", false
}

// textOf reads a unit's text. It returns a key that identifies the text
// (two units with the same file are one document), the text, and why
// there is none. A text over the limits refuses the archive.
func (c *converter) textOf(u unit) (key, text, note, problem string, err error) {
	ts := u.ts
	if real, ok := c.sourceEntry(ts); ok {
		text, note, err := c.readSource(u, real)
		if err != nil {
			return "", "", "", "", err
		}
		return "file:" + strings.ToLower(real), text, note, "", nil
	}
	if ts.PlainTextContent != nil {
		if err := c.keepText(u, len(*ts.PlainTextContent)); err != nil {
			return "", "", "", "", err
		}
		return "inline:" + codebook.NormGUID(ts.GUID), *ts.PlainTextContent, "", "", nil
	}
	ref := ts.PlainTextPath
	if ref == "" {
		ref = ts.RichTextPath
	}
	if ref == "" {
		return "", "", "", "it has no text (neither plainTextPath nor PlainTextContent)", nil
	}
	if _, external := internalName(ref); external {
		return "", "", "", fmt.Sprintf("its text %s is outside the archive, and groundwork reads only what the archive holds", ref), nil
	}
	return "", "", "", fmt.Sprintf("its text file %s is not in the archive", ref), nil
}

// readSource reads and decodes a source's file: plain text, or the text
// of a Word document.
func (c *converter) readSource(u unit, real string) (text, note string, err error) {
	data, err := c.ar.readEntry(real, c.ar.limits.sourceFileLimit(), c.ar.perSource())
	if err != nil {
		return "", "", err
	}
	if strings.EqualFold(path.Ext(real), ".docx") {
		t, derr := parse.Docx(real, data, parse.Options{}, parse.Limits{MaxText: c.ar.limits.MaxText})
		if derr != nil {
			return "", "", fmt.Errorf("%s: %w; nothing was imported", c.ar.display, derr)
		}
		var b strings.Builder
		for i, turn := range t.Turns {
			if i > 0 {
				b.WriteString("\n\n")
			}
			if turn.Speaker != "" {
				b.WriteString(turn.Speaker + ": ")
			}
			b.WriteString(turn.Text)
		}
		note = "it has only a Word file and no plain-text twin; its text was extracted from the Word file, so positions of its selections may be off"
		text = b.String()
	} else {
		text, note = decodeSource(data)
	}
	if err := c.keepText(u, len(text)); err != nil {
		return "", "", err
	}
	return text, note, nil
}

// keepText counts a unit's text of n bytes against the limits on one
// source's text and on all of them.
func (c *converter) keepText(u unit, n int) error {
	name := strings.TrimSpace(u.name)
	if name == "" {
		name = shortGUID(u.ts.GUID)
	}
	if int64(n) > c.ar.limits.MaxText {
		return c.ar.refusef("%s %q: its text is %s, more than the limit of %s for one source (--max-size raises it)", u.what, name, mib(int64(n)), mib(c.ar.limits.MaxText))
	}
	if c.text += int64(n); c.text > c.ar.limits.MaxTotalText {
		return c.ar.refusef("the sources' text comes to more than %s, the limit for a project", mib(c.ar.limits.MaxTotalText))
	}
	return nil
}

// checkSizes refuses, before any source is read, an archive whose sources'
// files declare more than the limits allow: one file over the limit for a
// source, files over the limit for an archive, or files whose text must
// come to more than the limit for a project. (A file's text is at least
// its size, less a BOM, unless it is UTF-16, when it is at least half;
// a Word file's text is counted when it is read.)
func (c *converter) checkSizes(units []unit) error {
	seen := map[string]bool{}
	var total int64
	var plain []string
	for _, u := range units {
		real, ok := c.sourceEntry(u.ts)
		if !ok || seen[real] {
			continue
		}
		seen[real] = true
		size := c.ar.sizes[real]
		if size > c.ar.limits.sourceFileLimit() {
			return c.ar.refusef("%s %q declares %d bytes uncompressed, more than %s (a zip bomb?)", c.ar.kind, real, size, c.ar.perSource())
		}
		total += size
		if !strings.EqualFold(path.Ext(real), ".docx") {
			plain = append(plain, real)
		}
	}
	if c.ar.read+total > c.ar.limits.MaxTotal {
		return c.ar.refusef("the sources declare %s uncompressed, more than the limit of %s for an archive (a zip bomb?)", mib(total), mib(c.ar.limits.MaxTotal))
	}
	if total <= c.ar.limits.MaxTotalText {
		return nil // within the limit whatever the encodings
	}
	var text int64
	for _, real := range plain {
		text += c.textAtLeast(real)
	}
	if text > c.ar.limits.MaxTotalText {
		return c.ar.refusef("the sources' files hold at least %s of text, more than the limit of %s for a project (a zip bomb?)", mib(text), mib(c.ar.limits.MaxTotalText))
	}
	return nil
}

// textAtLeast is the least text a source's file decodes to (decodeSource),
// from its size and its first bytes.
func (c *converter) textAtLeast(real string) int64 {
	size := c.ar.sizes[real]
	rc, err := c.ar.open(real)
	if err != nil {
		return 0
	}
	defer rc.Close()
	head := make([]byte, 3)
	n, _ := io.ReadFull(rc, head)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		return (size - 2) / 2
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		return size - 3
	}
	return size
}

// internalName strips a source path's scheme: internal://x, internal:///x,
// internal:x, a bare x or sources/x name a file in the archive; relative://
// and absolute:// paths (or URLs) are external.
func internalName(ref string) (string, bool) {
	r := strings.TrimSpace(ref)
	if strings.Contains(r, "%") {
		if u, err := url.PathUnescape(r); err == nil {
			r = u
		}
	}
	lower := strings.ToLower(r)
	switch {
	case strings.HasPrefix(lower, "internal:"):
		return strings.TrimLeft(r[len("internal:"):], "/"), false
	case strings.Contains(lower, "://") || strings.HasPrefix(lower, "relative:") || strings.HasPrefix(lower, "absolute:") || strings.HasPrefix(lower, "file:"):
		return "", true
	}
	r = strings.TrimLeft(strings.ReplaceAll(r, "\\", "/"), "/")
	if strings.HasPrefix(strings.ToLower(r), "sources/") {
		r = r[len("sources/"):]
	}
	return r, false
}

var knownExt = regexp.MustCompile(`(?i)\.(txt|text|docx?|rtf|odt|pdf|md|html?|m4a|mp3|mp4|wav|mov)$`)

// docID makes a document id from a source name.
func (c *converter) docID(name string) string {
	base := strings.TrimSpace(name)
	if !strings.EqualFold(c.xp.Origin, reportsOrigin) {
		base = knownExt.ReplaceAllString(base, "")
	}
	var b strings.Builder
	pending := false
	for _, r := range base {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-' {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			b.WriteRune(r)
		} else {
			pending = true
		}
	}
	id := strings.Trim(b.String(), "._-")
	for utf8.RuneCountInString(id) > 100 {
		_, size := utf8.DecodeLastRuneInString(id)
		id = id[:len(id)-size]
	}
	if id == "" {
		id = "source"
	}
	if c.docIDs[id] {
		for n := 2; ; n++ {
			if cand := fmt.Sprintf("%s-%d", id, n); !c.docIDs[cand] {
				id = cand
				break
			}
		}
	}
	c.docIDs[id] = true
	return id
}

// reportsOrigin is the origin groundwork's exports carry (reports.QDPXOrigin).
const reportsOrigin = "groundwork"

func (c *converter) sources() error {
	var units []unit
	for i := range c.xp.Sources.Text {
		ts := &c.xp.Sources.Text[i]
		units = append(units, unit{what: "text source", name: ts.Name, ts: ts})
	}
	for i := range c.xp.Sources.PDF {
		pdf := &c.xp.Sources.PDF[i]
		if pdf.Representation != nil {
			units = append(units, unit{what: "PDF", name: pdf.Name, ts: pdf.Representation})
		}
	}
	for _, list := range [][]xMediaSource{c.xp.Sources.Audio, c.xp.Sources.Video} {
		for i := range list {
			for j := range list[i].Transcripts {
				tr := &list[i].Transcripts[j]
				name := tr.Name
				if name == "" {
					name = list[i].Name
				}
				units = append(units, unit{what: "transcript of", name: name, ts: tr})
			}
		}
	}
	notes := make([]unit, 0, len(c.xp.Notes))
	for i := range c.xp.Notes {
		notes = append(notes, unit{what: "note", name: c.xp.Notes[i].Name, ts: &c.xp.Notes[i]})
	}
	if err := c.checkSizes(append(notes, units...)); err != nil {
		return err
	}
	for _, u := range units {
		if err := c.ctx.Err(); err != nil {
			return err
		}
		if err := c.unit(u); err != nil {
			return err
		}
	}
	for _, k := range c.lostKeys {
		l := c.lost[k]
		msg := fmt.Sprintf("source %s: %s; not imported", strings.Join(quoteAll(l.names), ", "), l.reason)
		if l.selections > 0 || l.codings > 0 {
			msg += fmt.Sprintf(" (with %s and %s)", qplural(l.selections, "selection"), qplural(l.codings, "coding"))
		}
		c.warnf("%s", msg)
	}
	return nil
}

// importable refuses a project that yields no document with text: a
// project of nothing but a codebook, media or missing files would make an
// empty project, which is not what anyone importing it wants. The message
// says what the project holds and why none of it could be imported.
func (c *converter) importable() error {
	for _, d := range c.plan.docs {
		if strings.TrimSpace(d.doc.Text) != "" {
			return nil
		}
	}
	s := c.xp.Sources
	var found []string
	add := func(n int, noun string) {
		if n > 0 {
			found = append(found, qplural(n, noun))
		}
	}
	add(len(s.Text), "text source")
	add(len(s.PDF), "PDF source")
	add(len(s.Picture), "picture source")
	add(len(s.Audio), "audio source")
	add(len(s.Video), "video source")
	add(len(c.xp.Notes), "note")
	add(c.plan.rep.Codes, "code")
	what := "nothing"
	if len(found) > 0 {
		what = strings.Join(found, ", ")
	}
	var why string
	switch {
	case len(c.plan.docs) > 0:
		why = "every source's text is empty"
	case len(c.lostKeys) > 0:
		var rs []string
		for i, k := range c.lostKeys {
			if i == 3 {
				rs = append(rs, fmt.Sprintf("and %d more", len(c.lostKeys)-i))
				break
			}
			rs = append(rs, fmt.Sprintf("source %s: %s", strings.Join(quoteAll(c.lost[k].names), ", "), c.lost[k].reason))
		}
		why = "none of its sources' text could be read (" + strings.Join(rs, "; ") + ")"
	default:
		why = "it has no text source (nor a PDF's text, nor a transcript of audio or video), and groundwork imports text only"
	}
	msg := fmt.Sprintf("%s: nothing to import: the project holds %s, but %s; nothing was imported", c.ar.display, what, why)
	if c.plan.rep.Codes > 0 {
		msg += " (to take only its codebook, export it from the other software as a REFI-QDA codebook, .qdc, and run groundwork codebook import)"
	}
	return errors.New(msg)
}

func quoteAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strconv.Quote(n)
	}
	return out
}

func countCodings(ts *xTextSource) (sels, codings int) {
	sels = len(ts.Selections) + len(ts.TranscriptSelections)
	codings = len(ts.Codings)
	for _, s := range ts.Selections {
		codings += len(s.Codings)
	}
	for _, s := range ts.TranscriptSelections {
		codings += len(s.Codings)
	}
	return
}

// unit turns one text unit into a document (or adds its selections to the
// document of the same text).
func (c *converter) unit(u unit) error {
	ts := u.ts
	key, raw, note, problem, err := c.textOf(u)
	if err != nil {
		return err
	}
	display := u.name
	if display == "" {
		display = shortGUID(ts.GUID)
	}
	if problem != "" {
		k := "lost:" + codebook.NormGUID(ts.GUID)
		if ts.PlainTextPath != "" {
			if n, ext := internalName(ts.PlainTextPath); !ext {
				k = "lost:" + strings.ToLower(n)
			}
		}
		l := c.lost[k]
		if l == nil {
			l = &lostText{reason: problem}
			c.lost[k] = l
			c.lostKeys = append(c.lostKeys, k)
		}
		if !slices.Contains(l.names, display) {
			l.names = append(l.names, display)
		}
		s, n := countCodings(ts)
		l.selections += s
		l.codings += n
		c.targets[codebook.NormGUID(ts.GUID)] = &target{kind: "lost", desc: "source “" + display + "”"}
		for _, sel := range ts.Selections {
			c.targets[codebook.NormGUID(sel.GUID)] = &target{kind: "lost", desc: "a selection of source “" + display + "”"}
		}
		return nil
	}
	pm := newPosMap(strings.TrimPrefix(raw, "\ufeff"))
	d := c.docByKey[key]
	if d == nil {
		id := c.docID(display)
		speakers := speakerLabels(pm.text, c.cfg.Interviewers)
		built := buildImported(c.seg, pm.text, findTurns(pm.text, speakers), c.cfg.IsInterviewer)
		sum := sha256.Sum256([]byte(raw))
		where := strings.TrimPrefix(key, "file:")
		if strings.HasPrefix(key, "inline:") {
			where = "inline text"
		}
		d = &planDoc{doc: &corpus.Document{ID: id, Path: filepath.Base(c.ar.display) + ":" + where, Format: "qdpx",
			Hash: hex.EncodeToString(sum[:]), Text: pm.text, Words: built.Words, Attrs: map[string]string{}}, built: built}
		c.docByKey[key] = d
		c.plan.docs = append(c.plan.docs, d)
		if note != "" {
			c.warnf("source %q: %s", display, note)
		}
		if strings.TrimSpace(pm.text) == "" {
			c.warnf("source %q: the text is empty", display)
		}
	}
	c.targets[codebook.NormGUID(ts.GUID)] = &target{kind: "document", id: d.doc.ID, doc: d}

	// Which way to count CRLF: the one that puts selections on the text
	// their names quote; failing that, by the exporting software.
	oneMode := false
	if pm.one != nil {
		two, one := 0, 0
		for _, s := range ts.Selections {
			st, err1 := strconv.Atoi(strings.TrimSpace(s.Start))
			en, err2 := strconv.Atoi(strings.TrimSpace(s.End))
			if err1 != nil || err2 != nil {
				continue
			}
			two += nameScore(pm, st, en, false, s.Name)
			one += nameScore(pm, st, en, true, s.Name)
		}
		switch {
		case one > two:
			oneMode = true
		case one == two:
			oneMode = c.oneMode
		}
		if len(ts.Selections) > 0 {
			how := "CR and LF as two characters, as the standard says"
			if oneMode {
				how = "CR LF as one character, as ATLAS.ti and MAXQDA do"
			}
			c.warnf("source %q has Windows (CRLF) line endings; its positions were read counting %s", display, how)
		}
	}

	var unplaced map[string]int
	clamped := 0
	place := func(start, end int) (int, int, string) {
		s, e, cl, problem := pm.conv(start, end, oneMode)
		if problem != "" {
			return 0, 0, problem
		}
		if cl {
			clamped++
		}
		return s, e, ""
	}
	addCodings := func(xcs []xCoding, s, e int, users ...string) []*corpus.Coding {
		var out []*corpus.Coding
		for _, xc := range xcs {
			code, ok := c.codeIDs[xc.CodeRef.Ref()]
			if !ok {
				if unplaced == nil {
					unplaced = map[string]int{}
				}
				unplaced["a code that is not in the codebook"]++
				continue
			}
			coder := c.userName(append([]string{xc.CreatingUser}, users...)...)
			if coder == "" {
				coder = "unknown"
			}
			cd := &corpus.Coding{DocID: d.doc.ID, Start: s, End: e, Code: code, Coder: coder,
				Origin: corpus.OriginImport, Status: corpus.StatusAccepted, Quote: pm.quote(s, e),
				CreatedAt: refiTime(xc.Created)}
			if st, ok := c.states[codebook.NormGUID(xc.GUID)]; ok && validState(st) {
				cd.Status, cd.Origin, cd.Rule, cd.Evidence = st.Status, st.Origin, st.Rule, st.Evidence
			}
			d.codings = append(d.codings, cd)
			out = append(out, cd)
			c.targets[codebook.NormGUID(xc.GUID)] = &target{kind: "coding", coding: cd, doc: d}
		}
		return out
	}
	addSel := func(guid, startS, endS string, xcs []xCoding, user string) {
		info := &selInfo{doc: d}
		c.targets[codebook.NormGUID(guid)] = &target{kind: "selection", sel: info, doc: d}
		st, err1 := strconv.Atoi(strings.TrimSpace(startS))
		en, err2 := strconv.Atoi(strings.TrimSpace(endS))
		problem := ""
		if err1 != nil || err2 != nil {
			problem = "a position that is not a number"
		}
		var s, e int
		if problem == "" {
			s, e, problem = place(st, en)
		}
		if problem != "" {
			if unplaced == nil {
				unplaced = map[string]int{}
			}
			unplaced[problem] += max(len(xcs), 1)
			info.start, info.end = st, en
			return
		}
		info.placed, info.start, info.end = true, s, e
		info.quote = pm.quote(s, e)
		info.codings = addCodings(xcs, s, e, user, ts.CreatingUser)
	}
	for _, sel := range ts.Selections {
		addSel(sel.GUID, sel.Start, sel.End, sel.Codings, sel.CreatingUser)
	}
	if len(ts.TranscriptSelections) > 0 {
		sync := map[string]string{}
		for _, sp := range ts.SyncPoints {
			sync[codebook.NormGUID(sp.GUID)] = sp.Position
		}
		for _, sel := range ts.TranscriptSelections {
			from, ok1 := sync[codebook.NormGUID(sel.From)]
			to, ok2 := sync[codebook.NormGUID(sel.To)]
			if !ok1 || !ok2 || from == "" || to == "" {
				from, to = "x", "x" // reported as not a number
			}
			addSel(sel.GUID, from, to, sel.Codings, sel.CreatingUser)
		}
	}
	if len(ts.Codings) > 0 {
		if n := pm.n; n > 0 {
			addCodings(ts.Codings, 0, n, ts.CreatingUser)
			c.notes = append(c.notes, fmt.Sprintf("source %q: %s of the whole source applied to the whole document", display, qplural(len(ts.Codings), "coding")))
		} else {
			if unplaced == nil {
				unplaced = map[string]int{}
			}
			unplaced["the source is empty"] += len(ts.Codings)
		}
	}
	for _, why := range sortedKeys(unplaced) {
		c.warnf("source %q: %s could not be placed (%s); not imported", display, qplural(unplaced[why], "coding"), why)
	}
	if clamped > 0 {
		c.warnf("source %q: %s ended past the end of the text and were cut at its end", display, qplural(clamped, "selection"))
	}
	return nil
}

// nameScore is 1 when a selection's name (ATLAS.ti and others name a
// selection by its first words) matches the text the span covers.
func nameScore(pm *posMap, start, end int, oneMode bool, name string) int {
	name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name), "…"))
	name = strings.TrimSuffix(name, "...")
	if utf8.RuneCountInString(name) < 4 {
		return 0
	}
	s, e, _, problem := pm.conv(start, end, oneMode)
	if problem != "" {
		return -1
	}
	got := strings.Join(strings.Fields(pm.quote(s, e)), " ")
	want := strings.Join(strings.Fields(name), " ")
	if strings.HasPrefix(got, want) || strings.HasPrefix(want, got) && got != "" {
		return 1
	}
	return 0
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// variables turns Variables (on cases, and on sources) into document
// attributes, and sets of sources into the attribute "sets".
func (c *converter) variables() {
	type varInfo struct {
		name string
		typ  string
		desc string
		vals []string
	}
	vars := map[string]*varInfo{}
	var order []*varInfo
	used := map[string]bool{}
	for _, v := range c.xp.Variables {
		name := attrName(v.Name)
		if name == "" {
			continue
		}
		base := name
		for n := 2; used[name]; n++ {
			name = fmt.Sprintf("%s_%d", base, n)
		}
		used[name] = true
		vi := &varInfo{name: name, typ: strings.TrimSpace(v.Type), desc: strings.TrimSpace(v.Description)}
		vars[codebook.NormGUID(v.GUID)] = vi
		order = append(order, vi)
	}
	conflicts := 0
	set := func(d *planDoc, vv xVarValue) {
		vi := vars[vv.Ref.Ref()]
		val, ok := vv.value()
		if vi == nil || !ok || val == "" {
			return
		}
		if old, had := d.doc.Attrs[vi.name]; had && old != val {
			conflicts++
		}
		d.doc.Attrs[vi.name] = val
		vi.vals = append(vi.vals, val)
	}
	docOf := func(ref codebook.XMLRef) *planDoc {
		if t := c.targets[ref.Ref()]; t != nil && t.kind == "document" {
			return t.doc
		}
		return nil
	}
	for i := range c.xp.Sources.Text {
		ts := &c.xp.Sources.Text[i]
		if d := docOf(codebook.XMLRef{GUID: ts.GUID}); d != nil {
			for _, vv := range ts.Values {
				set(d, vv)
			}
		}
	}
	caseCodes, caseSels, noSources := 0, 0, 0
	for _, cs := range c.xp.Cases {
		var docs []*planDoc
		for _, r := range cs.SourceRefs {
			if d := docOf(r); d != nil {
				docs = append(docs, d)
			}
		}
		c.targets[codebook.NormGUID(cs.GUID)] = &target{kind: "case", caseOf: docs, desc: "case “" + cs.Name + "”"}
		if len(docs) == 0 && len(cs.Values) > 0 {
			noSources++
		}
		for _, d := range docs {
			for _, vv := range cs.Values {
				set(d, vv)
			}
		}
		caseCodes += len(cs.CodeRefs)
		caseSels += len(cs.SelectionRefs)
	}
	if conflicts > 0 {
		c.warnf("%s had two different values for one document (cases and sources disagree); the last was kept", qplural(conflicts, "variable"))
	}
	if noSources > 0 {
		c.warnf("%s with variables but no text source imported; their values are not carried", qplural(noSources, "case"))
	}
	if caseCodes > 0 {
		c.warnf("%s from cases to codes not carried (groundwork codes text, not cases)", qplural(caseCodes, "reference"))
	}
	if caseSels > 0 {
		c.warnf("%s from cases to selections not carried", qplural(caseSels, "reference"))
	}
	for _, vi := range order {
		if len(vi.vals) == 0 {
			continue
		}
		t := corpus.AttrText
		switch vi.typ {
		case "Integer", "Float":
			t = corpus.AttrNumber
			for _, v := range vi.vals {
				if _, err := strconv.ParseFloat(v, 64); err != nil {
					t = corpus.AttrText
				}
			}
		case "Date":
			t = corpus.AttrDate
			for _, v := range vi.vals {
				if !isoDate.MatchString(v) {
					t = corpus.AttrText
				}
			}
		}
		c.plan.attrs = append(c.plan.attrs, attrDecl{name: vi.name, typ: t, description: vi.desc})
	}
	// Sets of sources: the attribute "sets".
	memberships := 0
	for _, s := range c.xp.Sets {
		for _, m := range s.MemberSources {
			if d := docOf(m); d != nil {
				name := strings.TrimSpace(s.Name)
				if old := d.doc.Attrs["sets"]; old != "" {
					d.doc.Attrs["sets"] = old + "; " + name
				} else {
					d.doc.Attrs["sets"] = name
				}
				memberships++
			}
		}
	}
	if memberships > 0 && !used["sets"] {
		c.plan.attrs = append(c.plan.attrs, attrDecl{name: "sets", typ: corpus.AttrText, description: "The REFI-QDA sets of sources the document was in."})
		c.notes = append(c.notes, fmt.Sprintf("sets of sources became the document attribute \"sets\" (%s)", qplural(memberships, "membership")))
	}
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// attrName makes an attribute name from a variable name: lower case, white
// space as "_".
func attrName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), "_"))
	if s == "id" {
		return "variable_id"
	}
	return s
}

// memos turns Notes (and descriptions that are comments) into memos on
// what they are attached to.
func (c *converter) memos() error {
	attached := map[string][]string{} // note guid -> targets, in order
	add := func(note, tgt string) {
		note = codebook.NormGUID(note)
		if !slices.Contains(attached[note], tgt) {
			attached[note] = append(attached[note], tgt)
		}
	}
	for _, r := range c.xp.NoteRefs {
		add(r.Ref(), "project")
	}
	var walkCodes func(list []codebook.XMLCode)
	walkCodes = func(list []codebook.XMLCode) {
		for _, xc := range list {
			for _, r := range xc.NoteRefs {
				add(r.Ref(), codebook.NormGUID(xc.GUID))
			}
			walkCodes(xc.Codes)
		}
	}
	walkCodes(c.xp.Codes)
	// Notes hang from a text, its selections (plain or transcript) and
	// their codings alike.
	refs := func(guid string, notes []codebook.XMLRef, codings []xCoding) {
		for _, r := range notes {
			add(r.Ref(), codebook.NormGUID(guid))
		}
		for _, xc := range codings {
			for _, r := range xc.NoteRefs {
				add(r.Ref(), codebook.NormGUID(xc.GUID))
			}
		}
	}
	textNotes := func(ts *xTextSource) {
		refs(ts.GUID, ts.NoteRefs, ts.Codings)
		for _, s := range ts.Selections {
			refs(s.GUID, s.NoteRefs, s.Codings)
		}
		for _, s := range ts.TranscriptSelections {
			refs(s.GUID, s.NoteRefs, s.Codings)
		}
	}
	for i := range c.xp.Sources.Text {
		textNotes(&c.xp.Sources.Text[i])
	}
	for i := range c.xp.Sources.PDF {
		pdf := &c.xp.Sources.PDF[i]
		c.lostTarget(pdf.GUID, "PDF “"+pdf.Name+"”")
		for _, r := range pdf.NoteRefs {
			add(r.Ref(), codebook.NormGUID(pdf.GUID))
		}
		for _, s := range pdf.Selections {
			c.lostTarget(s.GUID, "a region of PDF “"+pdf.Name+"”")
			for _, r := range s.NoteRefs {
				add(r.Ref(), codebook.NormGUID(s.GUID))
			}
		}
		if pdf.Representation != nil {
			textNotes(pdf.Representation)
		}
	}
	media := func(list []xMediaSource, kind string) {
		for i := range list {
			m := &list[i]
			c.lostTarget(m.GUID, kind+" “"+m.Name+"”")
			for _, r := range m.NoteRefs {
				add(r.Ref(), codebook.NormGUID(m.GUID))
			}
			for _, regions := range [][]xRegion{m.Pictures, m.Audio, m.Video} {
				for _, s := range regions {
					c.lostTarget(s.GUID, "a selection of "+kind+" “"+m.Name+"”")
					for _, r := range s.NoteRefs {
						add(r.Ref(), codebook.NormGUID(s.GUID))
					}
				}
			}
			for j := range m.Transcripts {
				textNotes(&m.Transcripts[j])
			}
		}
	}
	media(c.xp.Sources.Picture, "picture")
	media(c.xp.Sources.Audio, "audio")
	media(c.xp.Sources.Video, "video")
	notes := map[string]bool{}
	for _, n := range c.xp.Notes {
		notes[codebook.NormGUID(n.GUID)] = true
	}
	for _, l := range c.xp.Links {
		o, t := codebook.NormGUID(l.Origin), codebook.NormGUID(l.Target)
		switch {
		case notes[o] && t != "":
			add(o, t)
		case notes[t] && o != "":
			add(t, o)
		}
	}

	// The notes themselves, in file order.
	for i := range c.xp.Notes {
		n := &c.xp.Notes[i]
		text, err := c.noteText(n)
		if err != nil {
			return err
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		author := c.userName(n.CreatingUser)
		tgts := attached[codebook.NormGUID(n.GUID)]
		if len(tgts) == 0 {
			tgts = []string{"project"}
		}
		for _, t := range tgts {
			c.memoOn(t, text, author, refiTime(n.Created))
		}
	}
	// Descriptions that are comments: on selections (ATLAS.ti, MAXQDA),
	// sources and cases.
	comment := func(guid, text, author string) {
		if text = strings.TrimSpace(text); text != "" {
			c.memoOn(codebook.NormGUID(guid), text, author, time.Time{})
		}
	}
	textComments := func(ts *xTextSource) {
		comment(ts.GUID, ts.Description, c.userName(ts.CreatingUser))
		for _, s := range ts.Selections {
			comment(s.GUID, s.Description, c.userName(s.CreatingUser, ts.CreatingUser))
		}
		for _, s := range ts.TranscriptSelections {
			comment(s.GUID, s.Description, c.userName(s.CreatingUser, ts.CreatingUser))
		}
	}
	for i := range c.xp.Sources.Text {
		textComments(&c.xp.Sources.Text[i])
	}
	for i := range c.xp.Sources.PDF {
		pdf := &c.xp.Sources.PDF[i]
		comment(pdf.GUID, pdf.Description, "")
		for _, s := range pdf.Selections {
			comment(s.GUID, s.Description, "")
		}
		if pdf.Representation != nil {
			textComments(pdf.Representation)
		}
	}
	for _, list := range [][]xMediaSource{c.xp.Sources.Picture, c.xp.Sources.Audio, c.xp.Sources.Video} {
		for i := range list {
			m := &list[i]
			comment(m.GUID, m.Description, "")
			if m.TextDescription != nil {
				if t, err := c.noteText(m.TextDescription); err == nil {
					comment(m.GUID, t, "")
				}
			}
			for _, regions := range [][]xRegion{m.Pictures, m.Audio, m.Video} {
				for _, s := range regions {
					comment(s.GUID, s.Description, "")
				}
			}
			for j := range m.Transcripts {
				textComments(&m.Transcripts[j])
			}
		}
	}
	for _, cs := range c.xp.Cases {
		comment(cs.GUID, cs.Description, "")
	}
	return nil
}

func (c *converter) lostTarget(guid, desc string) {
	g := codebook.NormGUID(guid)
	if _, ok := c.targets[g]; !ok {
		c.targets[g] = &target{kind: "lost", desc: desc}
	}
}

// noteText is a note's text: its name when the text does not start with
// it, its description, and its content (inline or a file).
func (c *converter) noteText(n *xTextSource) (string, error) {
	var content string
	if n.PlainTextContent != nil {
		content = *n.PlainTextContent
	} else {
		_, text, _, problem, err := c.textOf(unit{what: "note", name: n.Name, ts: n})
		if err != nil {
			return "", err
		}
		if problem != "" && (n.PlainTextPath != "" || n.RichTextPath != "") {
			c.warnf("note %q: %s; only its name and description were imported", strings.TrimSpace(n.Name), problem)
		}
		content = text
	}
	content = strings.TrimSpace(newPosMap(strings.TrimPrefix(content, "\ufeff")).text)
	var parts []string
	name := strings.TrimSpace(n.Name)
	bare := strings.TrimSpace(strings.TrimSuffix(name, "…"))
	if name != "" && !strings.HasPrefix(content, bare) {
		parts = append(parts, name)
	}
	if d := strings.TrimSpace(n.Description); d != "" {
		parts = append(parts, d)
	}
	if content != "" {
		parts = append(parts, content)
	}
	return strings.Join(parts, "\n\n"), nil
}

// memoOn adds a memo with text on the thing the GUID names.
func (c *converter) memoOn(guid, text, author string, created time.Time) {
	m := &planMemo{kind: "project", text: text, author: author, created: created}
	if author == "" {
		m.author = "import"
	}
	t := c.targets[guid]
	switch {
	case guid == "project":
	case t == nil:
		m.text = "On something this import does not know (" + guid + "): " + text
	case t.kind == "code":
		m.kind, m.target = "code", t.id
	case t.kind == "document":
		m.kind, m.target = "document", t.id
	case t.kind == "coding":
		m.kind, m.coding = "coding", t.coding
	case t.kind == "selection" && len(t.sel.codings) > 0:
		m.kind, m.coding = "coding", t.sel.codings[0]
	case t.kind == "selection":
		m.kind, m.target = "document", t.doc.doc.ID
		if t.sel.placed {
			m.text = fmt.Sprintf("On [%d,%d) “%s”: %s", t.sel.start, t.sel.end, t.sel.quote, text)
		} else {
			m.text = fmt.Sprintf("On a selection at source positions %d–%d that could not be placed: %s", t.sel.start, t.sel.end, text)
		}
	case t.kind == "case" && len(t.caseOf) > 0:
		for _, d := range t.caseOf {
			c.plan.memos = append(c.plan.memos, &planMemo{kind: "document", target: d.doc.ID, text: text, author: m.author, created: created})
		}
		return
	default:
		desc := t.desc
		if desc == "" {
			desc = "something not imported"
		}
		m.text = "On " + desc + ": " + text
	}
	c.plan.memos = append(c.plan.memos, m)
}

// losses names, with counts, what groundwork cannot carry (REFI-QDA §7).
func (c *converter) losses() {
	media := func(list []xMediaSource, kind string, regions func(*xMediaSource) []xRegion) {
		if len(list) == 0 {
			return
		}
		sels, codings := 0, 0
		for i := range list {
			rs := regions(&list[i])
			sels += len(rs)
			for _, r := range rs {
				codings += len(r.Codings)
			}
			codings += len(list[i].Codings)
		}
		c.warnf("%s (%s, %s) not imported: groundwork holds text only", qplural(len(list), kind+" source"), qplural(sels, "selection"), qplural(codings, "coding"))
	}
	media(c.xp.Sources.Picture, "picture", func(m *xMediaSource) []xRegion { return m.Pictures })
	media(c.xp.Sources.Audio, "audio", func(m *xMediaSource) []xRegion { return m.Audio })
	media(c.xp.Sources.Video, "video", func(m *xMediaSource) []xRegion { return m.Video })
	if pdfs := c.xp.Sources.PDF; len(pdfs) > 0 {
		sels, codings, texts := 0, 0, 0
		for _, p := range pdfs {
			sels += len(p.Selections)
			for _, s := range p.Selections {
				codings += len(s.Codings)
			}
			codings += len(p.Codings)
			if p.Representation != nil {
				if t := c.targets[codebook.NormGUID(p.Representation.GUID)]; t != nil && t.kind == "document" {
					texts++
				}
			}
		}
		msg := fmt.Sprintf("%s: the PDF files and their %s (%s) not imported", qplural(len(pdfs), "PDF source"), qplural(sels, "region selection"), qplural(codings, "coding"))
		if texts > 0 {
			msg += fmt.Sprintf("; the text of %s imported as documents, with the selections made on that text", qplural(texts, "PDF"))
		}
		c.warnf("%s", msg)
	}
	transcripts := 0
	for _, list := range [][]xMediaSource{c.xp.Sources.Audio, c.xp.Sources.Video} {
		for _, m := range list {
			for _, tr := range m.Transcripts {
				if t := c.targets[codebook.NormGUID(tr.GUID)]; t != nil && t.kind == "document" {
					transcripts++
				}
			}
		}
	}
	if transcripts > 0 {
		c.notes = append(c.notes, fmt.Sprintf("the text of %s of audio or video imported as documents (or with the text source of the same file); sync points and media times are not carried", qplural(transcripts, "transcript")))
	}
	if n := len(c.xp.Graphs); n > 0 {
		c.warnf("%s not imported: groundwork has no graphs", qplural(n, "graph"))
	}
	notes := map[string]bool{}
	for _, n := range c.xp.Notes {
		notes[codebook.NormGUID(n.GUID)] = true
	}
	links, linkNotes := 0, 0
	for _, l := range c.xp.Links {
		if !notes[codebook.NormGUID(l.Origin)] && !notes[codebook.NormGUID(l.Target)] {
			links++
		}
		linkNotes += len(l.NoteRefs)
	}
	if links > 0 {
		c.warnf("%s between things other than notes not imported: groundwork has no links", qplural(links, "link"))
	}
	if linkNotes > 0 {
		c.warnf("%s on links not imported", qplural(linkNotes, "note reference"))
	}
	memberNotes := 0
	for _, s := range c.xp.Sets {
		memberNotes += len(s.MemberNotes)
	}
	if memberNotes > 0 {
		c.warnf("%s of notes in sets not carried (memos are not grouped in groundwork)", qplural(memberNotes, "membership"))
	}
	empty := 0
	for _, t := range c.xp.Sources.Text {
		for _, s := range t.Selections {
			if len(s.Codings) == 0 && len(s.NoteRefs) == 0 && strings.TrimSpace(s.Description) == "" {
				empty++
			}
		}
	}
	if empty > 0 {
		c.warnf("%s with no code, note or comment not carried (groundwork keeps coded spans)", qplural(empty, "selection"))
	}
	c.plan.rep.Warnings = append(c.plan.rep.Warnings, c.notes...)
}

// ---------------------------------------------------------------------------
// Writing the project

// importMark is in the name of the temporary directory an import builds
// its project in, beside the target: ".NAME.importing-PID-RANDOM".
const importMark = ".importing-"

// writeInto builds the project in a temporary directory beside into and
// renames it into place when it is complete, so that into never holds a
// partial project: an error removes the temporary directory, and one left
// by a killed import (its process gone) is removed by the next import
// into the same place.
func (p *qdpxPlan) writeInto(ctx context.Context, into string) (err error) {
	parent, base := filepath.Dir(into), filepath.Base(into)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", parent, err)
	}
	removeAbandoned(parent, base)
	tmp, err := os.MkdirTemp(parent, "."+base+importMark+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		return fmt.Errorf("creating a temporary directory beside %s: %w", into, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if p.name == "" {
		p.name = base
	}
	if err := p.write(ctx, tmp); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return moveInto(tmp, into)
}

// moveInto renames the finished project to into, which may be missing or
// an empty directory (replaced: at once where the system allows, else
// removed first).
func moveInto(tmp, into string) error {
	if err := checkTarget(into); err != nil {
		return err // something appeared there meanwhile
	}
	err := os.Rename(tmp, into)
	if err != nil {
		if fi, serr := os.Stat(into); serr == nil && fi.IsDir() && os.Remove(into) == nil {
			err = os.Rename(tmp, into)
		}
	}
	if err != nil {
		return fmt.Errorf("moving the imported project into %s: %w", into, err)
	}
	return nil
}

// removeAbandoned removes what imports into parent/base that were killed
// left behind: temporary directories whose process is gone. One whose
// process still runs (another import at the same time) is left alone.
func removeAbandoned(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	prefix := "." + base + importMark
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.IsDir() {
			continue
		}
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		os.RemoveAll(filepath.Join(parent, e.Name()))
	}
}

// processAlive reports whether a process with the id runs. On Windows
// finding it is the test; elsewhere signal 0 (a process of another user
// counts as running).
func processAlive(pid int) bool {
	proc, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	defer proc.Release()
	if runtime.GOOS == "windows" {
		return true
	}
	err = proc.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

// write creates the project in dir (a new, empty directory) and stores
// everything in one transaction.
func (p *qdpxPlan) write(ctx context.Context, dir string) error {
	proj, err := corpus.Init(ctx, dir, "blank", p.name, p.codebook)
	if err != nil {
		return fmt.Errorf("creating the project: %w", err)
	}
	cfgPath := filepath.Join(proj.Dir, corpus.ConfigFile)
	cfgText, err := os.ReadFile(cfgPath)
	if err != nil {
		return err
	}
	cfgText, err = declareAttributes(cfgText, p.attrs, p.description)
	if err != nil {
		return err
	}
	if _, err := corpus.ParseConfig(cfgPath, cfgText); err != nil {
		return fmt.Errorf("internal error: the imported settings do not validate: %w", err)
	}
	if err := corpus.WriteFileAtomic(cfgPath, cfgText, 0o644); err != nil {
		return err
	}
	st, err := corpus.OpenStore(ctx, proj.StorePath())
	if err != nil {
		return err
	}
	defer st.Close()
	return st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, d := range p.docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := tx.PutDocument(d.doc, d.built.Turns, d.built.Segments); err != nil {
				return fmt.Errorf("storing %s: %w", d.doc.ID, err)
			}
			for _, cd := range d.codings {
				if err := tx.InsertCoding(cd); err != nil {
					return err
				}
			}
		}
		for _, m := range p.memos {
			target := m.target
			if m.kind == "coding" {
				target = strconv.FormatInt(m.coding.ID, 10)
			}
			if err := tx.InsertMemo(&corpus.Memo{TargetKind: m.kind, Target: target, Text: m.text, Author: m.author, CreatedAt: m.created}); err != nil {
				return err
			}
		}
		return nil
	})
}

// declareAttributes adds the imported attributes to a groundwork.yaml made
// from the blank template (under attributes:), changes a declared type
// that the values do not fit to text, and sets the description.
func declareAttributes(cfg []byte, attrs []attrDecl, description string) ([]byte, error) {
	lines := strings.Split(strings.TrimSuffix(string(cfg), "\n"), "\n")
	at := -1
	for i, l := range lines {
		if l == "attributes:" {
			at = i
			break
		}
	}
	if at < 0 {
		return nil, errors.New("internal error: groundwork.yaml has no attributes: section")
	}
	end := at
	declared := map[string]int{} // name -> line of its "type:"
	cur := ""
	for i := at + 1; i < len(lines); i++ {
		l := lines[i]
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		if !strings.HasPrefix(l, " ") {
			break
		}
		end = i
		if strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "   ") {
			cur = strings.TrimSuffix(strings.TrimSpace(l), ":")
		} else if strings.HasPrefix(strings.TrimSpace(l), "type:") {
			declared[cur] = i
		}
	}
	var add []string
	described := map[int]string{} // line of a declared attribute's type -> description to add after it
	for _, a := range attrs {
		if ln, ok := declared[a.name]; ok {
			have := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[ln]), "type:"))
			if have != a.typ && have != corpus.AttrText {
				lines[ln] = strings.Repeat(" ", indentOf(lines[ln])) + "type: " + corpus.AttrText
			}
			if a.description != "" && !hasDescription(lines, ln) {
				described[ln] = a.description
			}
			continue
		}
		add = append(add, "  "+yamlString(a.name)+":", "    type: "+a.typ)
		if a.description != "" {
			add = append(add, "    description: "+yamlString(a.description))
		}
	}
	var out []string
	for i, l := range lines[:end+1] {
		out = append(out, l)
		if d, ok := described[i]; ok {
			out = append(out, strings.Repeat(" ", indentOf(l))+"description: "+yamlString(d))
		}
	}
	out = append(out, add...)
	out = append(out, lines[end+1:]...)
	if description != "" {
		for i, l := range out {
			if strings.HasPrefix(l, "name:") {
				out = append(out[:i+1], append([]string{"description: " + yamlString(description)}, out[i+1:]...)...)
				break
			}
		}
	}
	return []byte(strings.Join(out, "\n") + "\n"), nil
}

// hasDescription reports whether the attribute whose type is on line ln
// already has a description.
func hasDescription(lines []string, ln int) bool {
	ind := indentOf(lines[ln])
	for i := ln - 1; i >= 0 && indentOf(lines[i]) == ind; i-- {
		if strings.HasPrefix(strings.TrimSpace(lines[i]), "description:") {
			return true
		}
	}
	for i := ln + 1; i < len(lines) && indentOf(lines[i]) == ind && strings.TrimSpace(lines[i]) != ""; i++ {
		if strings.HasPrefix(strings.TrimSpace(lines[i]), "description:") {
			return true
		}
	}
	return false
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// yamlString quotes s as a YAML double-quoted string.
func yamlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
