package reports

// REFI-QDA project export (.qdpx): the whole project as QDA-XML 1.0
// (Project.xsd) in a zip with one plain-text source per document.

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// QDA-XML project namespace and schema location.
const (
	QDENamespace      = "urn:QDA-XML:project:1.0"
	QDESchemaLocation = QDENamespace + " http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
)

// QDPXCodebookEntry is the zip entry in which a groundwork export carries
// the project's codebook file as written (with its ids, comments, guidance
// and rules), so that importing the export into groundwork loses nothing.
// Other software ignores it; project.qde carries the codebook for them.
const QDPXCodebookEntry = "groundwork/codebook.yaml"

// QDPXCodingsEntry is the zip entry in which a groundwork export carries
// what REFI-QDA has no place for about codings: each exported coding's
// status, origin, rule and evidence (by Coding GUID), and the codings left
// out for their status (rejected suggestions, by default). Importing the
// export into groundwork restores them.
const QDPXCodingsEntry = "groundwork/codings.json"

// QDPXCodings is the content of QDPXCodingsEntry.
type QDPXCodings struct {
	Version  int                        `json:"version"`
	Codings  map[string]QDPXCodingState `json:"codings"`
	Withheld []QDPXWithheldCoding       `json:"withheld,omitempty"`
}

// QDPXCodingState is what groundwork knows about an exported coding beyond
// REFI-QDA.
type QDPXCodingState struct {
	Status   string `json:"status"`
	Origin   string `json:"origin"`
	Rule     string `json:"rule,omitempty"`
	Evidence string `json:"evidence,omitempty"`
}

// QDPXWithheldCoding is a coding not exported for its status.
type QDPXWithheldCoding struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Code     string `json:"code"`
	Coder    string `json:"coder"`
	QDPXCodingState
	Quote   string    `json:"quote"`
	Created time.Time `json:"created"`
}

// QDPXOrigin is the origin attribute groundwork writes.
const QDPXOrigin = "groundwork"

// ---------------------------------------------------------------------------
// QDA-XML elements, fields in xs:sequence order (encoding/xml writes them
// in struct order). Optional wrappers are pointers left nil when empty: an
// empty <Sets/> does not validate.

type qdeProject struct {
	XMLName          xml.Name      `xml:"urn:QDA-XML:project:1.0 Project"`
	XSI              string        `xml:"xmlns:xsi,attr"`
	SchemaLocation   string        `xml:"xsi:schemaLocation,attr"`
	Name             string        `xml:"name,attr"`
	Origin           string        `xml:"origin,attr,omitempty"`
	CreationDateTime string        `xml:"creationDateTime,attr,omitempty"`
	ModifiedDateTime string        `xml:"modifiedDateTime,attr,omitempty"`
	Users            *qdeUsers     `xml:"Users,omitempty"`
	CodeBook         *qdeCodeBook  `xml:"CodeBook,omitempty"`
	Variables        *qdeVariables `xml:"Variables,omitempty"`
	Cases            *qdeCases     `xml:"Cases,omitempty"`
	Sources          *qdeSources   `xml:"Sources,omitempty"`
	Notes            *qdeNotes     `xml:"Notes,omitempty"`
	Sets             *qdeSets      `xml:"Sets,omitempty"`
	Description      string        `xml:"Description,omitempty"`
	NoteRefs         []qdeRef      `xml:"NoteRef"`
}

type qdeRef struct {
	TargetGUID string `xml:"targetGUID,attr"`
}

type qdeUsers struct {
	Users []qdeUser `xml:"User"`
}

type qdeUser struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr,omitempty"`
}

type qdeCodeBook struct {
	Codes qdeCodes `xml:"Codes"`
}

type qdeCodes struct {
	Codes []qdeCode `xml:"Code"`
}

type qdeCode struct {
	GUID        string    `xml:"guid,attr"`
	Name        string    `xml:"name,attr"`
	IsCodable   bool      `xml:"isCodable,attr"`
	Color       string    `xml:"color,attr,omitempty"`
	Description string    `xml:"Description,omitempty"`
	NoteRefs    []qdeRef  `xml:"NoteRef"`
	Codes       []qdeCode `xml:"Code"`
}

type qdeVariables struct {
	Variables []qdeVariable `xml:"Variable"`
}

type qdeVariable struct {
	GUID           string `xml:"guid,attr"`
	Name           string `xml:"name,attr"`
	TypeOfVariable string `xml:"typeOfVariable,attr"`
	Description    string `xml:"Description,omitempty"`
}

type qdeCases struct {
	Cases []qdeCase `xml:"Case"`
}

type qdeCase struct {
	GUID           string             `xml:"guid,attr"`
	Name           string             `xml:"name,attr,omitempty"`
	VariableValues []qdeVariableValue `xml:"VariableValue"`
	SourceRefs     []qdeRef           `xml:"SourceRef"`
}

type qdeVariableValue struct {
	VariableRef  qdeRef  `xml:"VariableRef"`
	TextValue    *string `xml:"TextValue,omitempty"`
	IntegerValue *string `xml:"IntegerValue,omitempty"`
	FloatValue   *string `xml:"FloatValue,omitempty"`
	DateValue    *string `xml:"DateValue,omitempty"`
}

type qdeSources struct {
	TextSources []qdeTextSource `xml:"TextSource"`
}

type qdeTextSource struct {
	GUID             string         `xml:"guid,attr"`
	Name             string         `xml:"name,attr,omitempty"`
	PlainTextPath    string         `xml:"plainTextPath,attr,omitempty"`
	CreatingUser     string         `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string         `xml:"creationDateTime,attr,omitempty"`
	Description      string         `xml:"Description,omitempty"`
	PlainTextContent *string        `xml:"PlainTextContent,omitempty"`
	Selections       []qdeSelection `xml:"PlainTextSelection"`
	NoteRefs         []qdeRef       `xml:"NoteRef"`
}

type qdeSelection struct {
	GUID             string      `xml:"guid,attr"`
	Name             string      `xml:"name,attr,omitempty"`
	StartPosition    int         `xml:"startPosition,attr"`
	EndPosition      int         `xml:"endPosition,attr"`
	CreatingUser     string      `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string      `xml:"creationDateTime,attr,omitempty"`
	Codings          []qdeCoding `xml:"Coding"`
}

type qdeCoding struct {
	GUID             string   `xml:"guid,attr"`
	CreatingUser     string   `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string   `xml:"creationDateTime,attr,omitempty"`
	CodeRef          qdeRef   `xml:"CodeRef"`
	NoteRefs         []qdeRef `xml:"NoteRef"`
}

type qdeNotes struct {
	Notes []qdeTextSource `xml:"Note"`
}

type qdeSets struct {
	Sets []qdeSet `xml:"Set"`
}

type qdeSet struct {
	GUID        string   `xml:"guid,attr"`
	Name        string   `xml:"name,attr"`
	Description string   `xml:"Description,omitempty"`
	MemberCodes []qdeRef `xml:"MemberCode"`
}

// ---------------------------------------------------------------------------

// QDPXOptions control WriteQDPX.
type QDPXOptions struct {
	// Statuses are the coding statuses exported (default accepted and
	// suggested, as the report counts them).
	Statuses []string
	// Origin is the origin attribute (default QDPXOrigin).
	Origin string
	// Now stamps the project's creation time and the zip entries (default
	// the current time).
	Now time.Time
}

// QDPXReport says what an export wrote, and what it could not carry.
type QDPXReport struct {
	Path       string   `json:"path"`
	Sources    int      `json:"sources"`
	Codes      int      `json:"codes"`
	Selections int      `json:"selections"`
	Codings    int      `json:"codings"`
	Notes      int      `json:"notes"`
	Users      int      `json:"users"`
	Cases      int      `json:"cases"`
	Variables  int      `json:"variables"`
	Sets       int      `json:"sets"`
	Warnings   []string `json:"warnings"`
}

// WriteQDPX exports the project as a REFI-QDA project (.qdpx) at path: the
// coders as Users, the codebook, every document as a UTF-8, LF,
// BOM-less plain-text source sources/<guid>.txt, each coded span as a
// PlainTextSelection (rune positions, as groundwork keeps them) with one
// Coding per coding (coder and date), memos as Notes referenced from their
// code, document, coding or the project, document attributes as Variables
// on one Case per document, and code groups as Sets. GUIDs are UUIDv5 of
// groundwork's ids, so exporting again gives the same GUIDs. The zip is
// written to a temporary file and renamed into place.
func WriteQDPX(ctx context.Context, path string, proj *corpus.Project, st *corpus.Store, cb *codebook.Codebook, opts QDPXOptions) (*QDPXReport, error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", path, err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op once renamed
	rep, err := BuildQDPX(ctx, f, proj, st, cb, opts)
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, fmt.Errorf("export %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("export %s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return nil, fmt.Errorf("export %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("export %s: %w", path, err)
	}
	rep.Path = path
	return rep, nil
}

// exporter builds one project.qde.
type exporter struct {
	ctx   context.Context
	proj  *corpus.Project
	st    *corpus.Store
	cb    *codebook.Codebook
	opts  QDPXOptions
	rep   *QDPXReport
	users map[string]string // name -> guid
	// where memos attach, by groundwork target
	codeNotes  map[string][]qdeRef
	docNotes   map[string][]qdeRef
	codingRefs map[int64]*qdeCoding
	codingDoc  map[int64]string // every coding's document, exported or not
	sidecar    QDPXCodings
}

// BuildQDPX writes the .qdpx zip of the project to w (see WriteQDPX).
func BuildQDPX(ctx context.Context, w io.Writer, proj *corpus.Project, st *corpus.Store, cb *codebook.Codebook, opts QDPXOptions) (*QDPXReport, error) {
	if len(opts.Statuses) == 0 {
		opts.Statuses = []string{corpus.StatusAccepted, corpus.StatusSuggested}
	}
	if opts.Origin == "" {
		opts.Origin = QDPXOrigin
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	x := &exporter{ctx: ctx, proj: proj, st: st, cb: cb, opts: opts, rep: &QDPXReport{},
		users: map[string]string{}, codeNotes: map[string][]qdeRef{}, docNotes: map[string][]qdeRef{},
		codingRefs: map[int64]*qdeCoding{}, codingDoc: map[int64]string{},
		sidecar: QDPXCodings{Version: 1, Codings: map[string]QDPXCodingState{}}}
	p, files, err := x.build()
	if err != nil {
		return nil, err
	}
	var qde bytes.Buffer
	qde.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n")
	enc := xml.NewEncoder(&qde)
	enc.Indent("", "  ")
	if err := enc.Encode(p); err != nil {
		return nil, fmt.Errorf("writing project.qde: %w", err)
	}
	qde.WriteByte('\n')

	zw := zip.NewWriter(w)
	put := func(name string, data []byte) error {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: opts.Now.UTC()})
		if err != nil {
			return err
		}
		_, err = fw.Write(data)
		return err
	}
	if err := put("project.qde", qde.Bytes()); err != nil {
		return nil, fmt.Errorf("writing the archive: %w", err)
	}
	for _, f := range files {
		if err := put(f.name, f.data); err != nil {
			return nil, fmt.Errorf("writing the archive: %w", err)
		}
	}
	if data, err := os.ReadFile(cb.File); err == nil && hashHex(data) == cb.Hash() {
		if err := put(QDPXCodebookEntry, data); err != nil {
			return nil, fmt.Errorf("writing the archive: %w", err)
		}
	}
	side, err := json.MarshalIndent(x.sidecar, "", " ")
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", QDPXCodingsEntry, err)
	}
	if err := put(QDPXCodingsEntry, append(side, '\n')); err != nil {
		return nil, fmt.Errorf("writing the archive: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("writing the archive: %w", err)
	}
	return x.rep, nil
}

func codingState(c *corpus.Coding) QDPXCodingState {
	return QDPXCodingState{Status: c.Status, Origin: c.Origin, Rule: c.Rule, Evidence: c.Evidence}
}

func hashHex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

type zipFile struct {
	name string
	data []byte
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func (x *exporter) user(name string) string {
	if name == "" {
		return ""
	}
	if g, ok := x.users[name]; ok {
		return g
	}
	g := codebook.StableGUID("user", name)
	x.users[name] = g
	return g
}

func (x *exporter) warnf(format string, args ...any) {
	x.rep.Warnings = append(x.rep.Warnings, fmt.Sprintf(format, args...))
}

// DocumentGUID is the REFI-QDA GUID of a document's TextSource (and of its
// sources/<guid>.txt file).
func DocumentGUID(id string) string { return codebook.StableGUID("document", id) }

func codingKey(c *corpus.Coding) string {
	return strings.Join([]string{c.DocID, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Code, c.Coder}, "\x00")
}

func (x *exporter) build() (*qdeProject, []zipFile, error) {
	ctx := x.ctx
	cfg := x.proj.Config
	p := &qdeProject{XSI: "http://www.w3.org/2001/XMLSchema-instance", SchemaLocation: QDESchemaLocation,
		Name: cfg.Name, Origin: x.opts.Origin, CreationDateTime: stamp(x.opts.Now), ModifiedDateTime: stamp(x.opts.Now),
		Description: strings.TrimSpace(cfg.Description)}
	if p.Name == "" {
		p.Name = filepath.Base(x.proj.Dir)
	}

	docs, err := x.st.Documents(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("reading documents: %w", err)
	}
	// Codings: the exported statuses, not orphaned, of codes the codebook has.
	all, err := x.st.Codings(ctx, corpus.CodingFilter{})
	if err != nil {
		return nil, nil, fmt.Errorf("reading codings: %w", err)
	}
	orphans, err := x.st.Codings(ctx, corpus.CodingFilter{Orphans: true})
	if err != nil {
		return nil, nil, fmt.Errorf("reading codings: %w", err)
	}
	for _, c := range append(slices.Clone(all), orphans...) {
		x.codingDoc[c.ID] = c.DocID
	}
	byDoc := map[string][]*corpus.Coding{}
	coded := map[string]bool{}
	skipped := map[string]int{}
	unknownCodes := map[string]bool{}
	for _, c := range all {
		if !slices.Contains(x.opts.Statuses, c.Status) {
			skipped[c.Status]++
			x.sidecar.Withheld = append(x.sidecar.Withheld, QDPXWithheldCoding{Document: c.DocID, Start: c.Start, End: c.End,
				Code: c.Code, Coder: c.Coder, QDPXCodingState: codingState(c), Quote: c.Quote, Created: c.CreatedAt})
			continue
		}
		if _, ok := x.cb.Code(c.Code); !ok {
			unknownCodes[c.Code] = true
			skipped["unknown code"]++
			continue
		}
		byDoc[c.DocID] = append(byDoc[c.DocID], c)
		coded[c.Code] = true
	}
	for _, s := range []string{corpus.StatusRejected, corpus.StatusSuggested, corpus.StatusAccepted} {
		if n := skipped[s]; n > 0 {
			x.warnf("%s with status %s not exported (see --status); groundwork/codings.json keeps them for a re-import into groundwork", qdpxPlural(n, "coding"), s)
		}
	}
	if n := skipped["unknown code"]; n > 0 {
		x.warnf("%s of codes the codebook no longer has (%s) not exported", qdpxPlural(n, "coding"), strings.Join(sortedKeys(unknownCodes), ", "))
	}
	if len(orphans) > 0 {
		x.warnf("%s orphaned by transcript edits not exported (see `groundwork codings orphans`)", qdpxPlural(len(orphans), "coding"))
	}
	if statusCount(byDoc, corpus.StatusSuggested) > 0 {
		x.warnf("REFI-QDA has no coding status: %s still suggested (not yet reviewed) are exported as codings like the accepted ones", qdpxPlural(statusCount(byDoc, corpus.StatusSuggested), "coding"))
	}

	// Memos are read first so that their NoteRefs can be placed.
	memos, err := x.st.Memos(ctx, "", "")
	if err != nil {
		return nil, nil, fmt.Errorf("reading memos: %w", err)
	}

	// Sources, selections and codings.
	var files []zipFile
	var sources []qdeTextSource
	type spanKey struct{ s, e int }
	type codingPlace struct {
		id       int64
		src, sel int
		coding   int
	}
	var places []codingPlace
	seen := map[string]int{}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		full, err := x.st.Document(ctx, d.ID)
		if err != nil {
			return nil, nil, fmt.Errorf("reading document %s: %w", d.ID, err)
		}
		guid := DocumentGUID(d.ID)
		file := guid + ".txt"
		files = append(files, zipFile{name: "sources/" + file, data: []byte(full.Text)})
		ts := qdeTextSource{GUID: guid, Name: d.ID, PlainTextPath: "internal://" + file, CreationDateTime: stamp(d.IngestedAt)}
		runes := []rune(full.Text)
		// One selection per coded span, one Coding per coding on it.
		sels := map[spanKey]*qdeSelection{}
		var order []spanKey
		type pending struct {
			id     int64
			span   spanKey
			coding int
		}
		var pend []pending
		for _, c := range byDoc[d.ID] {
			if c.Start < 0 || c.End > len(runes) || c.Start >= c.End {
				x.warnf("%s: a coding of %s at [%d,%d) lies outside the text; not exported", d.ID, c.Code, c.Start, c.End)
				continue
			}
			k := spanKey{c.Start, c.End}
			sel := sels[k]
			if sel == nil {
				sel = &qdeSelection{GUID: codebook.StableGUID("selection", fmt.Sprintf("%s\x00%d\x00%d", d.ID, c.Start, c.End)),
					Name: selectionName(runes[c.Start:c.End]), StartPosition: c.Start, EndPosition: c.End,
					CreatingUser: x.user(c.Coder), CreationDateTime: stamp(c.CreatedAt)}
				sels[k] = sel
				order = append(order, k)
			}
			ck := codingKey(c)
			seen[ck]++
			if seen[ck] > 1 {
				ck += "\x00" + strconv.Itoa(seen[ck])
			}
			sel.Codings = append(sel.Codings, qdeCoding{GUID: codebook.StableGUID("coding", ck),
				CreatingUser: x.user(c.Coder), CreationDateTime: stamp(c.CreatedAt),
				CodeRef: qdeRef{TargetGUID: codebook.CodeGUID(c.Code)}})
			pend = append(pend, pending{c.ID, k, len(sel.Codings) - 1})
			x.sidecar.Codings[sel.Codings[len(sel.Codings)-1].GUID] = codingState(c)
			if ts := stamp(c.CreatedAt); ts != "" && (sel.CreationDateTime == "" || ts < sel.CreationDateTime) {
				sel.CreationDateTime = ts
			}
			x.rep.Codings++
		}
		sort.SliceStable(order, func(i, j int) bool {
			if order[i].s != order[j].s {
				return order[i].s < order[j].s
			}
			return order[i].e < order[j].e
		})
		selIndex := map[spanKey]int{}
		for i, k := range order {
			ts.Selections = append(ts.Selections, *sels[k])
			selIndex[k] = i
		}
		for _, pc := range pend {
			places = append(places, codingPlace{pc.id, len(sources), selIndex[pc.span], pc.coding})
		}
		sources = append(sources, ts)
	}
	// Where each exported coding's element is, now that the slices are final.
	for _, pc := range places {
		x.codingRefs[pc.id] = &sources[pc.src].Selections[pc.sel].Codings[pc.coding]
	}

	// Notes.
	var notes []qdeTextSource
	noteSeen := map[string]int{}
	docIndex := map[string]int{}
	for i, d := range docs {
		docIndex[d.ID] = i
	}
	for _, m := range memos {
		// Where the note attaches decides its GUID, so that a memo lands on
		// the same GUID however it got there.
		var attach *[]qdeRef
		var target string
		switch m.TargetKind {
		case "code":
			if _, ok := x.cb.Code(m.Target); ok {
				target = "code\x00" + m.Target
				break
			}
			x.warnf("a memo on code %s, which the codebook no longer has, is exported as a note on the project", m.Target)
		case "document":
			if i, ok := docIndex[m.Target]; ok {
				attach, target = &sources[i].NoteRefs, "document\x00"+m.Target
				break
			}
			x.warnf("a memo on document %s, which the project no longer has, is exported as a note on the project", m.Target)
		case "coding":
			id, _ := strconv.ParseInt(m.Target, 10, 64)
			if q := x.codingRefs[id]; q != nil {
				attach, target = &q.NoteRefs, "coding\x00"+q.GUID
				break
			}
			if doc, ok := x.codingDoc[id]; ok {
				if i, ok := docIndex[doc]; ok {
					attach, target = &sources[i].NoteRefs, "document\x00"+doc
					x.warnf("a memo on coding %d, which is not exported, is exported as a note on its document %s", id, doc)
					break
				}
			}
			x.warnf("a memo on coding %s, which the project no longer has, is exported as a note on the project", m.Target)
		}
		if target == "" {
			attach, target = &p.NoteRefs, "project"
		}
		key := strings.Join([]string{target, m.Author, m.Text}, "\x00")
		noteSeen[key]++
		if noteSeen[key] > 1 {
			key += "\x00" + strconv.Itoa(noteSeen[key])
		}
		guid := codebook.StableGUID("memo", key)
		text := m.Text
		notes = append(notes, qdeTextSource{GUID: guid, Name: noteName(text), CreatingUser: x.user(m.Author),
			CreationDateTime: stamp(m.CreatedAt), PlainTextContent: &text})
		ref := qdeRef{TargetGUID: guid}
		if attach == nil { // a code: its Code element is built below
			x.codeNotes[m.Target] = append(x.codeNotes[m.Target], ref)
			continue
		}
		*attach = append(*attach, ref)
	}
	x.rep.Notes = len(notes)

	// The codebook, with families not codable unless someone coded them.
	var conv func(c *codebook.Code) qdeCode
	conv = func(c *codebook.Code) qdeCode {
		q := qdeCode{GUID: codebook.CodeGUID(c.ID), Name: codebook.CodeName(c), IsCodable: c.IsLeaf() || coded[c.ID],
			Color: c.Colour, Description: strings.TrimSpace(c.Definition), NoteRefs: x.codeNotes[c.ID]}
		for _, ch := range c.Children() {
			q.Codes = append(q.Codes, conv(ch))
		}
		return q
	}
	var codes []qdeCode
	for _, r := range x.cb.Roots() {
		codes = append(codes, conv(r))
	}
	x.rep.Codes = len(x.cb.Codes())
	if len(codes) > 0 {
		p.CodeBook = &qdeCodeBook{Codes: qdeCodes{Codes: codes}}
	}
	x.rep.Warnings = append(x.rep.Warnings, codebook.QDCLosses(x.cb)...)

	// Variables and cases.
	vars, cases := x.variables(docs)
	if len(vars) > 0 {
		p.Variables = &qdeVariables{Variables: vars}
	}
	if len(cases) > 0 {
		p.Cases = &qdeCases{Cases: cases}
	}
	x.rep.Variables, x.rep.Cases = len(vars), len(cases)

	if len(sources) > 0 {
		p.Sources = &qdeSources{TextSources: sources}
	}
	x.rep.Sources = len(sources)
	for _, s := range sources {
		x.rep.Selections += len(s.Selections)
	}
	if len(notes) > 0 {
		p.Notes = &qdeNotes{Notes: notes}
	}

	// Sets: the code groups.
	var sets []qdeSet
	for _, g := range x.cb.Groups() {
		s := qdeSet{GUID: codebook.GroupGUID(g.Name), Name: g.Name, Description: strings.TrimSpace(g.Description)}
		seen := map[string]bool{}
		for _, id := range g.Codes {
			if _, ok := x.cb.Code(id); ok && !seen[id] {
				seen[id] = true
				s.MemberCodes = append(s.MemberCodes, qdeRef{TargetGUID: codebook.CodeGUID(id)})
			}
		}
		sets = append(sets, s)
	}
	if len(sets) > 0 {
		p.Sets = &qdeSets{Sets: sets}
	}
	x.rep.Sets = len(sets)

	// Users last: everyone named above.
	names := sortedKeys(x.users)
	if len(names) > 0 {
		u := &qdeUsers{}
		for _, n := range names {
			u.Users = append(u.Users, qdeUser{GUID: x.users[n], Name: n})
		}
		p.Users = u
	}
	x.rep.Users = len(names)

	// What REFI-QDA cannot carry.
	x.warnf("speaker turns and segments are not part of REFI-QDA; the speaker labels stay in the text")
	return p, files, nil
}

func statusCount(byDoc map[string][]*corpus.Coding, status string) int {
	n := 0
	for _, cs := range byDoc {
		for _, c := range cs {
			if c.Status == status {
				n++
			}
		}
	}
	return n
}

var (
	xsDateRE    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	xsIntegerRE = regexp.MustCompile(`^[+-]?\d+$`)
	xsDecimalRE = regexp.MustCompile(`^[+-]?(\d+(\.\d*)?|\.\d+)$`)
)

// variables makes one Variable per document attribute, typed from
// groundwork.yaml when every value fits the type, and one Case per
// document with its values.
func (x *exporter) variables(docs []*corpus.Document) ([]qdeVariable, []qdeCase) {
	cfg := x.proj.Config
	names := cfg.AttributeNames()
	declared := map[string]bool{}
	for _, n := range names {
		declared[n] = true
	}
	var extra []string
	seenExtra := map[string]bool{}
	for _, d := range docs {
		for k := range d.Attrs {
			if !declared[k] && !seenExtra[k] {
				seenExtra[k] = true
				extra = append(extra, k)
			}
		}
	}
	sort.Strings(extra)
	names = append(names, extra...)
	types := map[string]string{}
	var vars []qdeVariable
	for _, n := range names {
		var vals []string
		for _, d := range docs {
			if v, ok := d.Attrs[n]; ok {
				vals = append(vals, v)
			}
		}
		if len(vals) == 0 {
			continue
		}
		t := "Text"
		if a := cfg.Attributes[n]; a != nil {
			switch a.Type {
			case corpus.AttrDate:
				if allMatch(vals, xsDateRE) {
					t = "Date"
				}
			case corpus.AttrNumber:
				switch {
				case allMatch(vals, xsIntegerRE):
					t = "Integer"
				case allMatch(vals, xsDecimalRE):
					t = "Float"
				}
			}
		}
		types[n] = t
		v := qdeVariable{GUID: codebook.StableGUID("variable", n), Name: n, TypeOfVariable: t}
		if a := cfg.Attributes[n]; a != nil {
			v.Description = strings.TrimSpace(a.Description)
		}
		vars = append(vars, v)
	}
	var cases []qdeCase
	for _, d := range docs {
		c := qdeCase{GUID: codebook.StableGUID("case", d.ID), Name: d.ID,
			SourceRefs: []qdeRef{{TargetGUID: DocumentGUID(d.ID)}}}
		for _, n := range names {
			v, ok := d.Attrs[n]
			if !ok || types[n] == "" {
				continue
			}
			val := v
			vv := qdeVariableValue{VariableRef: qdeRef{TargetGUID: codebook.StableGUID("variable", n)}}
			switch types[n] {
			case "Date":
				vv.DateValue = &val
			case "Integer":
				vv.IntegerValue = &val
			case "Float":
				vv.FloatValue = &val
			default:
				vv.TextValue = &val
			}
			c.VariableValues = append(c.VariableValues, vv)
		}
		cases = append(cases, c)
	}
	return vars, cases
}

func allMatch(vals []string, re *regexp.Regexp) bool {
	for _, v := range vals {
		if !re.MatchString(v) {
			return false
		}
	}
	return true
}

// selectionName is a selection's text for tools that show selections by
// name: white space collapsed, at most 60 characters with "…".
func selectionName(rs []rune) string {
	return shorten(strings.Join(strings.FieldsFunc(string(rs), unicode.IsSpace), " "), 60)
}

// noteName is a memo's first line, at most 60 characters with "…"; an
// importer that finds it at the start of the memo's text does not repeat it.
func noteName(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return shorten(strings.TrimSpace(line), 60)
}

func qdpxPlural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return strings.TrimRightFunc(string(rs[:n-1]), unicode.IsSpace) + "…"
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
