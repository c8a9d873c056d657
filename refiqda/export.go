package refiqda

// The project out as a REFI-QDA project (.qdpx): project.qde (Project.xsd)
// in a zip with one plain-text source per document, and the sidecar for
// groundwork itself.

import (
	"archive/zip"
	"bufio"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
)

// ExportOptions control WriteQDPX.
type ExportOptions struct {
	// Statuses are the coding statuses exported (default accepted and
	// suggested, as the report counts them).
	Statuses []string
	// Origin is the origin attribute (default Origin).
	Origin string
	// Now stamps the project's creation time and the zip entries (default
	// the current time).
	Now time.Time
}

// ExportReport says what an export wrote, and what it could not carry.
type ExportReport struct {
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
func WriteQDPX(ctx context.Context, path string, proj *corpus.Project, st *corpus.Store, cb *codebook.Codebook, opts ExportOptions) (*ExportReport, error) {
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
	opts  ExportOptions
	rep   *ExportReport
	users map[string]string // name -> guid
	// where memos attach, by groundwork target
	codeNotes map[string][]xRef
	docNotes  map[string][]xRef
	sidecar   CodingsFile // its Codings stay empty: the states are in states
	states    *stateSpill
	docLen    map[string]int // runes
	// the variables' names, in order, and types, for the Cases
	varNames []string
	types    map[string]string
	memos    []*corpus.Memo
	notes    []xTextSource // one per memo, in memo order
	noteSeen map[string]int
	// codingMemos lists, by exported coding, the memos (indexes) on it;
	// docNotes holds the NoteRefs of each document.
	codingMemos map[int64][]int
	// withheld codings by document, and the ids of those not yet quoted
	withheldByDoc map[string][]int
	withheldID    map[int]int64
	// whole is set when the export holds people's codings and the
	// pending suggestions alike (see wholeExport).
	whole bool
	// later holds warnings that follow the per-document ones.
	later     []string
	codeGUIDs map[string]string
	strs      map[string]string
	// put writes an archive entry.
	put func(name string, data []byte) error
}

// BuildQDPX writes the .qdpx zip of the project to w (see WriteQDPX).
func BuildQDPX(ctx context.Context, w io.Writer, proj *corpus.Project, st *corpus.Store, cb *codebook.Codebook, opts ExportOptions) (*ExportReport, error) {
	if len(opts.Statuses) == 0 {
		opts.Statuses = []string{corpus.StatusAccepted, corpus.StatusSuggested}
	}
	whole := wholeExport(opts.Statuses)
	if opts.Origin == "" {
		opts.Origin = Origin
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	// One consistent state however long the export reads: the workbench or
	// another command may write meanwhile.
	st, err := st.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	x := &exporter{ctx: ctx, proj: proj, st: st, cb: cb, opts: opts, rep: &ExportReport{},
		users: map[string]string{}, codeNotes: map[string][]xRef{}, docNotes: map[string][]xRef{},
		codingMemos: map[int64][]int{}, noteSeen: map[string]int{}, withheldByDoc: map[string][]int{},
		codeGUIDs: map[string]string{}, strs: map[string]string{}, whole: whole,
		sidecar: CodingsFile{Version: 1, Codings: map[string]CodingState{}}}
	if x.states, err = newStateSpill(); err != nil {
		return nil, err
	}
	defer x.states.close()
	// Every entry is written straight into the archive, project.qde one
	// document at a time: at 10,000 interviews the sources, project.qde and
	// codings.json are hundreds of megabytes.
	zw := zip.NewWriter(w)
	entry := func(name string) (io.Writer, error) {
		return zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: opts.Now.UTC()})
	}
	x.put = func(name string, data []byte) error {
		fw, err := entry(name)
		if err == nil {
			_, err = fw.Write(data)
		}
		if err != nil {
			return fmt.Errorf("writing the archive: %w", err)
		}
		return nil
	}
	if err := x.writeProject(entry); err != nil {
		return nil, err
	}
	if err := x.writeRest(entry); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("writing the archive: %w", err)
	}
	return x.rep, nil
}

// writeProject writes project.qde.
func (x *exporter) writeProject(entry func(string) (io.Writer, error)) error {
	p, err := x.build()
	if err != nil {
		return err
	}
	err = writeEntry(entry, "project.qde", func(w io.Writer) error {
		io.WriteString(w, xmlHeader)
		enc := xml.NewEncoder(w)
		enc.Indent("", "  ")
		if err := enc.Encode(p); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n")
		return err
	})
	if err != nil {
		return err
	}
	if len(x.users) != x.rep.Users {
		return fmt.Errorf("internal error: project.qde names %d users but its codings have %d", x.rep.Users, len(x.users))
	}
	x.rep.Warnings = append(x.rep.Warnings, x.later...)
	return nil
}

// writeRest writes what follows project.qde: the sources' text, the
// codebook file and the codings' statuses.
func (x *exporter) writeRest(entry func(string) (io.Writer, error)) error {
	err := x.st.EachText(x.ctx, func(id, text string) error {
		return x.put("sources/"+DocumentGUID(id)+".txt", []byte(text))
	})
	if err != nil {
		return err
	}
	// Withheld codings of documents the project no longer has keep their
	// stored quote.
	for i, id := range x.withheldID {
		c, err := x.st.Coding(x.ctx, id)
		if err != nil {
			return fmt.Errorf("reading coding %d: %w", id, err)
		}
		x.sidecar.Withheld[i].Quote = c.Quote
	}
	if data, err := os.ReadFile(x.cb.File); err == nil && hashHex(data) == x.cb.Hash() {
		if err := x.put(CodebookEntry, data); err != nil {
			return err
		}
	}
	if err := x.putSettings(); err != nil {
		return err
	}
	return writeEntry(entry, CodingsEntry, func(w io.Writer) error {
		return writeCodingsFrom(w, x.sidecar.Version, x.states.each, x.sidecar.Withheld)
	})
}

// writeEntry writes one archive entry through a buffer.
func writeEntry(entry func(string) (io.Writer, error), name string, fn func(io.Writer) error) error {
	fw, err := entry(name)
	if err != nil {
		return fmt.Errorf("writing the archive: %w", err)
	}
	bw := bufio.NewWriterSize(fw, 1<<16)
	if err := fn(bw); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing the archive: %w", err)
	}
	return nil
}

func hashHex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
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
	g := StableGUID("user", name)
	x.users[name] = g
	return g
}

func (x *exporter) warnf(format string, args ...any) {
	x.rep.Warnings = append(x.rep.Warnings, fmt.Sprintf(format, args...))
}

func (x *exporter) laterf(format string, args ...any) {
	x.later = append(x.later, fmt.Sprintf(format, args...))
}

func codingKey(c *corpus.Coding) string {
	return strings.Join([]string{c.DocID, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Code, c.Coder}, "\x00")
}

// build makes the project.qde to write; its sources are read and written
// one at a time as it is encoded (xSources.stream).
func (x *exporter) build() (*xProject, error) {
	ctx := x.ctx
	cfg := x.proj.Config
	p := &xProject{XMLName: xml.Name{Space: ProjectNamespace, Local: "Project"}, XSI: xsiNamespace,
		SchemaLocation: ProjectSchemaLocation, Name: cfg.Name, Origin: x.opts.Origin,
		CreationDateTime: stamp(x.opts.Now), ModifiedDateTime: stamp(x.opts.Now), Description: strings.TrimSpace(cfg.Description)}
	if p.Name == "" {
		p.Name = filepath.Base(x.proj.Dir)
	}
	vars, docs, err := x.variables()
	if err != nil {
		return nil, err
	}
	if x.docLen, err = x.st.DocumentLengths(ctx); err != nil {
		return nil, fmt.Errorf("reading documents: %w", err)
	}
	coded, err := x.survey()
	if err != nil {
		return nil, err
	}
	// Notes: where each memo attaches is decided now, so that the elements
	// that carry NoteRefs can be written as they come.
	memos, err := x.st.Memos(ctx, "", "")
	if err != nil {
		return nil, fmt.Errorf("reading memos: %w", err)
	}
	x.memos = memos
	if err := x.planNotes(memos, p); err != nil {
		return nil, err
	}
	x.rep.Notes = len(x.notes)
	x.codebook(p, coded)
	p.Variables.Items = vars
	x.rep.Variables, x.rep.Cases, x.rep.Sources = len(vars), docs, docs
	if docs > 0 {
		p.Cases.stream = x.cases
		p.Sources.stream = x.sources
	}
	p.Notes.Items = x.notes // their GUIDs are complete once Sources is written
	p.Sets.Items = exportSets(x.cb, func(g string) xRef { return xRef{TargetGUID: g} })
	x.rep.Sets = len(p.Sets.Items)
	// Users: everyone named above.
	for _, n := range slices.Sorted(maps.Keys(x.users)) {
		p.Users.Items = append(p.Users.Items, xUser{GUID: x.users[n], Name: n})
	}
	x.rep.Users = len(p.Users.Items)
	// What REFI-QDA cannot carry.
	x.later = append(x.later, "speaker turns and segments are not part of REFI-QDA; the speaker labels stay in the text")
	return p, nil
}

// survey counts what is exported, withheld and left out from the codings
// without their text, and warns about it: the codings themselves are read
// one document at a time as project.qde is written (at 10,000 interviews
// there are half a million), and their coders must be known before that,
// as Users come first. It returns the codes that were coded.
func (x *exporter) survey() (map[string]bool, error) {
	ctx := x.ctx
	coded := map[string]bool{}
	skipped := map[string]int{}
	unknownCodes := map[string]bool{}
	suggested := 0
	err := x.st.EachCodingRef(ctx, corpus.CodingFilter{}, func(c corpus.CodingRef) error {
		switch {
		case !slices.Contains(x.opts.Statuses, c.Status):
			skipped[c.Status]++
		case !x.known(c.Code):
			unknownCodes[c.Code] = true
			skipped["unknown code"]++
		default:
			coded[c.Code] = true
			if c.Status == corpus.StatusSuggested {
				suggested++
			}
			if x.inside(c.DocID, c.Start, c.End) {
				x.user(c.Coder)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading codings: %w", err)
	}
	var orphans int
	if err := x.st.EachCodingRef(ctx, corpus.CodingFilter{Orphans: true}, func(corpus.CodingRef) error { orphans++; return nil }); err != nil {
		return nil, fmt.Errorf("reading codings: %w", err)
	}
	if x.withheldID, err = x.readWithheld(ctx); err != nil {
		return nil, err
	}
	for i, w := range x.sidecar.Withheld {
		x.withheldByDoc[w.Document] = append(x.withheldByDoc[w.Document], i)
	}
	for _, s := range []string{corpus.StatusRejected, corpus.StatusSuggested, corpus.StatusAccepted} {
		switch n := skipped[s]; {
		case n == 0:
		case x.whole:
			x.warnf("%s with status %s not exported (see --status); %s keeps them for a re-import into groundwork", plural(n, "coding"), s, CodingsEntry)
		default:
			x.warnf("%s with status %s not exported (see --status), nor kept in the archive: a re-import into groundwork will not have them", plural(n, "coding"), s)
		}
	}
	if n := skipped["unknown code"]; n > 0 {
		x.warnf("%s of codes the codebook no longer has (%s) not exported", plural(n, "coding"), strings.Join(slices.Sorted(maps.Keys(unknownCodes)), ", "))
	}
	if orphans > 0 {
		x.warnf("%s orphaned by transcript edits not exported (see `groundwork codings orphans`)", plural(orphans, "coding"))
	}
	if suggested > 0 {
		x.warnf("REFI-QDA has no coding status: %s still suggested (not yet reviewed) are exported as codings like the accepted ones, and other software will count them as coded; `--status accepted` leaves them out", plural(suggested, "coding"))
	}
	return coded, nil
}

// codebook puts the code tree in the project, with families not codable
// unless someone coded them.
func (x *exporter) codebook(p *xProject, coded map[string]bool) {
	codable := func(c *codebook.Code) bool { return c.IsLeaf() || coded[c.ID] }
	notes := func(id string) []xRef { return x.codeNotes[id] }
	var codes []xCode
	for _, r := range x.cb.Roots() {
		codes = append(codes, exportCode(r, codable, notes))
	}
	x.rep.Codes = len(x.cb.Codes())
	if len(codes) > 0 {
		p.CodeBook = &xCodeBook{Codes: xList[xCode]{Items: codes}}
	}
	x.later = append(x.later, QDCLosses(x.cb)...)
}

// inside reports whether [start, end) is a non-empty span of a document
// the project has.
func (x *exporter) inside(doc string, start, end int) bool {
	n, ok := x.docLen[doc]
	return ok && start >= 0 && start < end && end <= n
}

// planNotes turns the memos into Notes and decides where each one's NoteRef
// goes: on its code, document or coding, or on the project when that is
// gone. A note's GUID follows from where it attaches, so that a memo lands
// on the same GUID however it got there; for a memo on a coding that GUID is
// known only when the coding is written (see source).
func (x *exporter) planNotes(memos []*corpus.Memo, p *xProject) error {
	for i, m := range memos {
		target, err := x.noteTarget(i, m)
		if err != nil {
			return err
		}
		var attach *[]xRef
		if target == "" {
			target, attach = "project", &p.NoteRefs
		}
		text := m.Text
		x.notes = append(x.notes, xTextSource{Name: noteName(text), CreatingUser: x.user(m.Author),
			CreationDateTime: stamp(m.CreatedAt), PlainTextContent: &text})
		if target == "coding" {
			continue
		}
		ref := xRef{TargetGUID: x.noteGUID(i, target, m)}
		switch {
		case attach != nil:
			*attach = append(*attach, ref)
		case m.TargetKind == "code":
			x.codeNotes[m.Target] = append(x.codeNotes[m.Target], ref)
		default:
			doc := strings.TrimPrefix(target, "document\x00")
			x.docNotes[doc] = append(x.docNotes[doc], ref)
		}
	}
	return nil
}

// noteTarget says where memo i attaches: "code\x00id", "document\x00id",
// "coding" (an exported coding, which takes it when it is written), or ""
// for the project, when what it was on is gone.
func (x *exporter) noteTarget(i int, m *corpus.Memo) (string, error) {
	switch m.TargetKind {
	case "code":
		if x.known(m.Target) {
			return "code\x00" + m.Target, nil
		}
		x.laterf("a memo on code %s, which the codebook no longer has, is exported as a note on the project", m.Target)
	case "document":
		if _, ok := x.docLen[m.Target]; ok {
			return "document\x00" + m.Target, nil
		}
		x.laterf("a memo on document %s, which the project no longer has, is exported as a note on the project", m.Target)
	case "coding":
		id, _ := strconv.ParseInt(m.Target, 10, 64)
		c, err := x.st.Coding(x.ctx, id)
		if err != nil && !errors.Is(err, corpus.ErrNotFound) {
			return "", fmt.Errorf("reading coding %d: %w", id, err)
		}
		switch {
		case err != nil:
		case x.exported(c):
			x.codingMemos[id] = append(x.codingMemos[id], i)
			return "coding", nil // the GUID is set when the coding is written
		case x.hasDoc(c.DocID):
			x.laterf("a memo on coding %d, which is not exported, is exported as a note on its document %s", id, c.DocID)
			return "document\x00" + c.DocID, nil
		}
		x.laterf("a memo on coding %s, which the project no longer has, is exported as a note on the project", m.Target)
	}
	return "", nil
}

// noteGUID gives memo i, attached to target, its GUID; a second memo with
// the same target, author and text gets a numbered one.
func (x *exporter) noteGUID(i int, target string, m *corpus.Memo) string {
	key := strings.Join([]string{target, m.Author, m.Text}, "\x00")
	x.noteSeen[key]++
	if x.noteSeen[key] > 1 {
		key += "\x00" + strconv.Itoa(x.noteSeen[key])
	}
	x.notes[i].GUID = StableGUID("memo", key)
	return x.notes[i].GUID
}

func (x *exporter) hasDoc(id string) bool {
	_, ok := x.docLen[id]
	return ok
}

// exported reports whether a coding is written to project.qde.
func (x *exporter) exported(c *corpus.Coding) bool {
	return !c.Orphan && slices.Contains(x.opts.Statuses, c.Status) && x.known(c.Code) && x.inside(c.DocID, c.Start, c.End)
}

// sources writes the TextSources one document at a time, reading each
// document's text and codings as it goes.
func (x *exporter) sources(put func(*xTextSource) error) error {
	return x.st.EachDocument(x.ctx, true, func(d *corpus.Document) error {
		ts, err := x.source(d, d.Text)
		if err != nil {
			return err
		}
		return put(ts)
	})
}

// source builds one document's TextSource: one selection per coded span,
// one Coding per coding on it.
func (x *exporter) source(d *corpus.Document, text string) (*xTextSource, error) {
	if err := x.ctx.Err(); err != nil {
		return nil, err
	}
	codings, err := x.st.Codings(x.ctx, corpus.CodingFilter{DocIDs: []string{d.ID}, Statuses: x.opts.Statuses, NoQuotes: true})
	if err != nil {
		return nil, fmt.Errorf("reading the codings of %s: %w", d.ID, err)
	}
	guid := DocumentGUID(d.ID)
	ts := &xTextSource{GUID: guid, Name: d.ID, PlainTextPath: "internal://" + guid + ".txt",
		CreationDateTime: stamp(d.IngestedAt), NoteRefs: x.docNotes[d.ID]}
	runes := []rune(text)
	for _, i := range x.withheldByDoc[d.ID] {
		w := &x.sidecar.Withheld[i]
		w.Quote = string(runes[min(max(w.Start, 0), len(runes)):min(max(w.End, w.Start, 0), len(runes))])
		delete(x.withheldID, i)
	}
	type spanKey struct{ s, e int }
	sels := map[spanKey]*xSelection{}
	var order []spanKey
	seen := map[string]int{} // coding keys start with the document
	for _, c := range codings {
		if !x.known(c.Code) {
			continue
		}
		if c.Start < 0 || c.End > len(runes) || c.Start >= c.End {
			x.warnf("%s: a coding of %s at [%d,%d) lies outside the text; not exported", d.ID, c.Code, c.Start, c.End)
			continue
		}
		k := spanKey{c.Start, c.End}
		sel := sels[k]
		if sel == nil {
			sel = &xSelection{GUID: StableGUID("selection", fmt.Sprintf("%s\x00%d\x00%d", d.ID, c.Start, c.End)),
				Name: selectionName(runes[c.Start:c.End]), StartPosition: strconv.Itoa(c.Start), EndPosition: strconv.Itoa(c.End),
				CreatingUser: x.user(c.Coder), CreationDateTime: stamp(c.CreatedAt)}
			sels[k] = sel
			order = append(order, k)
		}
		x.addCoding(sel, c, seen)
	}
	slices.SortStableFunc(order, func(a, b spanKey) int { return cmp.Or(cmp.Compare(a.s, b.s), cmp.Compare(a.e, b.e)) })
	for _, k := range order {
		ts.Selections = append(ts.Selections, *sels[k])
	}
	x.rep.Selections += len(order)
	return ts, nil
}

// addCoding adds a coding to its selection, with the notes of the memos
// on it, and keeps its state in the sidecar. seen numbers the codings of
// the document that would have the same GUID.
func (x *exporter) addCoding(sel *xSelection, c *corpus.Coding, seen map[string]int) {
	ck := codingKey(c)
	seen[ck]++
	if seen[ck] > 1 {
		ck += "\x00" + strconv.Itoa(seen[ck])
	}
	q := xCoding{GUID: StableGUID("coding", ck), CreatingUser: x.user(c.Coder),
		CreationDateTime: stamp(c.CreatedAt), CodeRef: xRef{TargetGUID: x.codeGUID(c.Code)}}
	for _, i := range x.codingMemos[c.ID] {
		q.NoteRefs = append(q.NoteRefs, xRef{TargetGUID: x.noteGUID(i, "coding\x00"+q.GUID, x.memos[i])})
	}
	sel.Codings = append(sel.Codings, q)
	x.states.add(q.GUID, x.codingState(c))
	if ts := stamp(c.CreatedAt); ts != "" && (sel.CreationDateTime == "" || ts < sel.CreationDateTime) {
		sel.CreationDateTime = ts
	}
	x.rep.Codings++
}

// codeGUID is CodeGUID, computed once per code.
func (x *exporter) codeGUID(code string) string {
	g, ok := x.codeGUIDs[code]
	if !ok {
		g = CodeGUID(code)
		x.codeGUIDs[code] = g
	}
	return g
}

// codingState is what the sidecar keeps of an exported coding, its
// repeated strings shared.
func (x *exporter) codingState(c *corpus.Coding) CodingState {
	st := codingState(c)
	st.Status, st.Origin, st.Rule, st.SuggestedBy = x.intern(st.Status), x.intern(st.Origin), x.intern(st.Rule), x.intern(st.SuggestedBy)
	return st
}

func (x *exporter) intern(s string) string {
	if v, ok := x.strs[s]; ok {
		return v
	}
	x.strs[s] = s
	return s
}

// known reports whether the codebook has the code.
func (x *exporter) known(code string) bool {
	_, ok := x.cb.Code(code)
	return ok
}

// wholeExport reports whether an export of the codings of these statuses is
// one of the whole project, people's codings and the pending suggestions
// alike, as by default: only such an export keeps, for a round trip into
// groundwork, the codings it leaves out (the rejected suggestions, which
// must not be suggested again). An export filtered to fewer statuses (of
// people's decisions only, say) is one to share as such, and carries
// nothing of what it leaves out.
func wholeExport(statuses []string) bool {
	return slices.Contains(statuses, corpus.StatusAccepted) && slices.Contains(statuses, corpus.StatusSuggested)
}

// readWithheld reads the codings left out for their status (without their
// quotes, which the caller cuts from the documents) into the sidecar, and
// returns each one's coding id by its place there; none when the export is
// not whole (see wholeExport).
func (x *exporter) readWithheld(ctx context.Context) (map[int]int64, error) {
	if !x.whole {
		return map[int]int64{}, nil
	}
	var statuses []string
	for _, s := range []string{corpus.StatusAccepted, corpus.StatusSuggested, corpus.StatusRejected} {
		if !slices.Contains(x.opts.Statuses, s) {
			statuses = append(statuses, s)
		}
	}
	ids := map[int]int64{}
	if len(statuses) == 0 {
		return ids, nil
	}
	cs, err := x.st.Codings(ctx, corpus.CodingFilter{Statuses: statuses, NoQuotes: true})
	if err != nil {
		return nil, fmt.Errorf("reading codings: %w", err)
	}
	for _, c := range cs {
		ids[len(x.sidecar.Withheld)] = c.ID
		x.sidecar.Withheld = append(x.sidecar.Withheld, WithheldCoding{Document: c.DocID, Start: c.Start, End: c.End,
			Code: c.Code, Coder: c.Coder, CodingState: codingState(c), Created: c.CreatedAt})
	}
	return ids, nil
}

var (
	xsDateRE    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	xsIntegerRE = regexp.MustCompile(`^[+-]?\d+$`)
	xsDecimalRE = regexp.MustCompile(`^[+-]?(\d+(\.\d*)?|\.\d+)$`)
)

// variables makes one Variable per document attribute, typed from
// groundwork.yaml when every value fits the type, reading the documents
// once without keeping them (a project may have 100,000), and returns them
// with the number of documents. It keeps the variables' names and types
// for the Cases.
func (x *exporter) variables() ([]xVariable, int, error) {
	cfg := x.proj.Config
	fits := map[string]*typeFit{}
	docs := 0
	err := x.st.EachDocument(x.ctx, false, func(d *corpus.Document) error {
		docs++
		for k, v := range d.Attrs {
			f := fits[k]
			if f == nil {
				f = &typeFit{date: true, integer: true, decimal: true}
				fits[k] = f
			}
			if a := cfg.Attributes[k]; a != nil {
				f.see(a.Type, v)
			}
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("reading documents: %w", err)
	}
	// One order whether or not groundwork.yaml declares an attribute:
	// an import declares every variable it reads, and its export must
	// list them as the first did.
	names := make([]string, 0, len(fits))
	for k := range fits {
		names = append(names, k)
	}
	corpus.SortAttributeNames(names)
	x.types = map[string]string{}
	var vars []xVariable
	for _, n := range names {
		f := fits[n]
		x.varNames = append(x.varNames, n)
		x.types[n] = x.variableType(n, f)
		v := xVariable{GUID: StableGUID("variable", n), Name: n, TypeOfVariable: x.types[n]}
		if a := cfg.Attributes[n]; a != nil {
			v.Description = strings.TrimSpace(a.Description)
		}
		vars = append(vars, v)
	}
	return vars, docs, nil
}

// cases writes one Case per document, with its values, one at a time.
func (x *exporter) cases(put func(*xCase) error) error {
	return x.st.EachDocument(x.ctx, false, func(d *corpus.Document) error {
		c := xCase{GUID: StableGUID("case", d.ID), Name: d.ID,
			SourceRefs: []xRef{{TargetGUID: DocumentGUID(d.ID)}}}
		for _, n := range x.varNames {
			if v, ok := d.Attrs[n]; ok {
				c.VariableValues = append(c.VariableValues, variableValue(n, x.types[n], v))
			}
		}
		return put(&c)
	})
}

// typeFit records whether every value of an attribute seen so far fits
// the type groundwork.yaml declares for it.
type typeFit struct{ date, integer, decimal bool }

func (f *typeFit) see(declared, v string) {
	switch declared {
	case corpus.AttrDate:
		f.date = f.date && xsDateRE.MatchString(v)
	case corpus.AttrNumber:
		f.integer = f.integer && xsIntegerRE.MatchString(v)
		f.decimal = f.decimal && xsDecimalRE.MatchString(v)
	}
}

// variableType is the REFI-QDA type of an attribute: its type in
// groundwork.yaml when every value fits it, else Text.
func (x *exporter) variableType(name string, f *typeFit) string {
	a := x.proj.Config.Attributes[name]
	switch {
	case a == nil:
	case a.Type == corpus.AttrDate && f.date:
		return "Date"
	case a.Type == corpus.AttrNumber && f.integer:
		return "Integer"
	case a.Type == corpus.AttrNumber && f.decimal:
		return "Float"
	}
	return "Text"
}

// variableValue is one value of the named variable, of type typ.
func variableValue(name, typ, val string) xValue {
	vv := xValue{VariableRef: xRef{TargetGUID: StableGUID("variable", name)}}
	switch typ {
	case "Date":
		vv.DateValue = &val
	case "Integer":
		vv.IntegerValue = &val
	case "Float":
		vv.FloatValue = &val
	default:
		vv.TextValue = &val
	}
	return vv
}

// selectionName is a selection's text for tools that show selections by
// name: white space collapsed, at most 60 characters with "…".
func selectionName(rs []rune) string {
	// The text with its white space collapsed, cut at 60 runes: only the
	// first 61 runes of the collapsed text matter.
	var b []rune
	space := false
	for _, r := range rs {
		if unicode.IsSpace(r) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, r)
		if len(b) > 60 {
			break
		}
	}
	return shorten(string(b), 60)
}

// noteName is a memo's first line, at most 60 characters with "…"; an
// importer that finds it at the start of the memo's text does not repeat it.
func noteName(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return shorten(strings.TrimSpace(line), 60)
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return strings.TrimRightFunc(string(rs[:n-1]), unicode.IsSpace) + "…"
}

// putSettings writes the settings entry (see SettingsEntry).
func (x *exporter) putSettings() error {
	labels, err := x.st.InterviewerLabels(x.ctx)
	if err != nil {
		return fmt.Errorf("reading the interviewers' labels: %w", err)
	}
	// A project redacted with `groundwork redact` is one, whether or not
	// groundwork.yaml asks for redaction: an import keeps redacting.
	privacy, err := ingest.LoadPrivacy(x.proj.IdentifiersPath())
	if err != nil {
		return fmt.Errorf("reading whether the project is redacted: %w", err)
	}
	data, err := json.Marshal(SettingsFile{Version: 1, Interviewers: labels, MaxWords: x.proj.Config.Segmentation.MaxWords,
		Redact: x.proj.Config.Privacy.Redact || privacy.ProjectRedacted()})
	if err != nil {
		return err
	}
	return x.put(SettingsEntry, data)
}
