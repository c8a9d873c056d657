package refiqda

// The text units of an imported project (text sources, PDFs' text,
// transcripts of audio and video) into documents, with their selections
// and codings placed on the canonical text.

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/parse"
)

// unit is a text that becomes a document: a TextSource, the text
// Representation of a PDF, or the Transcript of an audio or video source.
type unit struct {
	what string // "text source", "PDF", "transcript of"
	name string
	ts   *xTextSource
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
		return "inline:" + NormGUID(ts.GUID), *ts.PlainTextContent, "", "", nil
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
	// Composed, an accent is part of its letter: "Mabêl" written with a
	// combining circumflex (as macOS names files) is not "Mabe_l".
	base := norm.NFC.String(strings.TrimSpace(name))
	if !strings.EqualFold(c.xp.Origin, Origin) {
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

// units lists the project's texts that become documents.
func (c *converter) units() []unit {
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
	return units
}

// sources turns the text units into documents, after checking what their
// files (and the notes') declare against the limits.
func (c *converter) sources() error {
	units := c.units()
	notes := make([]unit, 0, len(c.xp.Notes.Items))
	for i := range c.xp.Notes.Items {
		notes = append(notes, unit{what: "note", name: c.xp.Notes.Items[i].Name, ts: &c.xp.Notes.Items[i]})
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
		c.plan.rep.LostSources += len(l.names)
		c.plan.rep.LostCodings += l.codings
		msg := fmt.Sprintf("source %s: %s; not imported", strings.Join(quoteAll(l.names), ", "), l.reason)
		if l.selections > 0 || l.codings > 0 {
			msg += fmt.Sprintf(" (with %s and %s)", plural(l.selections, "selection"), plural(l.codings, "coding"))
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
			found = append(found, plural(n, noun))
		}
	}
	add(len(s.Text), "text source")
	add(len(s.PDF), "PDF source")
	add(len(s.Picture), "picture source")
	add(len(s.Audio), "audio source")
	add(len(s.Video), "video source")
	add(len(c.xp.Notes.Items), "note")
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
		c.lose(ts, display, problem)
		return nil
	}
	pm := newPosMap(strings.TrimPrefix(raw, "\ufeff"))
	d := c.docByKey[key]
	if d == nil {
		d = c.newDoc(key, raw, display, note, pm)
	}
	c.targets[NormGUID(ts.GUID)] = &target{kind: "document", id: d.doc.ID, doc: d}
	pl := &placer{c: c, d: d, pm: pm, ts: ts, oneMode: c.crlfMode(ts, pm, display)}
	for _, sel := range ts.Selections {
		pl.selection(sel.GUID, sel.StartPosition, sel.EndPosition, sel.Codings, sel.CreatingUser)
	}
	if len(ts.TranscriptSelections) > 0 {
		sync := map[string]string{}
		for _, sp := range ts.SyncPoints {
			sync[NormGUID(sp.GUID)] = sp.Position
		}
		for _, sel := range ts.TranscriptSelections {
			from, ok1 := sync[NormGUID(sel.FromSyncPoint)]
			to, ok2 := sync[NormGUID(sel.ToSyncPoint)]
			if !ok1 || !ok2 || from == "" || to == "" {
				from, to = "x", "x" // reported as not a number
			}
			pl.selection(sel.GUID, from, to, sel.Codings, sel.CreatingUser)
		}
	}
	if len(ts.Codings) > 0 {
		if n := pm.n; n > 0 {
			pl.codings(ts.Codings, 0, n, ts.CreatingUser)
			c.notes = append(c.notes, fmt.Sprintf("source %q: %s of the whole source applied to the whole document", display, plural(len(ts.Codings), "coding")))
		} else {
			pl.unplace("the source is empty", len(ts.Codings))
		}
	}
	for _, why := range slices.Sorted(maps.Keys(pl.unplaced)) {
		c.warnf("source %q: %s could not be placed (%s); not imported", display, plural(pl.unplaced[why], "coding"), why)
	}
	if pl.clamped > 0 {
		c.warnf("source %q: %s ended past the end of the text and were cut at its end", display, plural(pl.clamped, "selection"))
	}
	return nil
}

// lose records a unit whose text could not be read, and what hung from it.
func (c *converter) lose(ts *xTextSource, display, problem string) {
	k := "lost:" + NormGUID(ts.GUID)
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
	c.targets[NormGUID(ts.GUID)] = &target{kind: "lost", desc: "source “" + display + "”"}
	for _, sel := range ts.Selections {
		c.targets[NormGUID(sel.GUID)] = &target{kind: "lost", desc: "a selection of source “" + display + "”"}
	}
}

// newDoc makes the document of a text, its turns and segments built as
// ingest builds them.
func (c *converter) newDoc(key, raw, display, note string, pm *posMap) *planDoc {
	id := c.docID(display)
	speakers := speakerLabels(pm.text, c.cfg.Interviewers)
	built := buildImported(c.seg, pm.text, findTurns(pm.text, speakers), c.cfg.IsInterviewer)
	sum := sha256.Sum256([]byte(raw))
	where := strings.TrimPrefix(key, "file:")
	if strings.HasPrefix(key, "inline:") {
		where = "inline text"
	}
	d := &planDoc{doc: &corpus.Document{ID: id, Path: filepath.Base(c.ar.display) + ":" + where, Format: "qdpx",
		Hash: hex.EncodeToString(sum[:]), Text: pm.text, Words: built.Words, Attrs: map[string]string{}}, built: built}
	c.docByKey[key] = d
	c.plan.docs = append(c.plan.docs, d)
	if note != "" {
		c.warnf("source %q: %s", display, note)
	}
	if strings.TrimSpace(pm.text) == "" {
		c.warnf("source %q: the text is empty", display)
	} else if len(built.Segments) == 0 {
		// As ingest says: without participant turns nothing is searched,
		// suggested or compared for agreement, though codings still count.
		c.warnf("source %q: no participant turn found (speakers: %s), so nothing in it is searched, suggested or compared for agreement; check `interviewers` in groundwork.yaml and the speaker labels", display, speakerList(built))
	}
	return d
}

// speakerList names a built document's speakers, as found.
func speakerList(b *ingest.Built) string {
	names := b.Speakers()
	for i, n := range names {
		names[i] = cmp.Or(n, "(no label)")
	}
	return strings.Join(names, ", ")
}

// crlfMode decides how to count CRLF in a source with Windows line
// endings: the way that puts selections on the text their names quote;
// failing that, by the exporting software. It reports true for one
// position per CRLF.
func (c *converter) crlfMode(ts *xTextSource, pm *posMap, display string) bool {
	if pm.one == nil {
		return false
	}
	oneMode := false
	two, one := 0, 0
	for _, s := range ts.Selections {
		st, err1 := strconv.Atoi(strings.TrimSpace(s.StartPosition))
		en, err2 := strconv.Atoi(strings.TrimSpace(s.EndPosition))
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
	return oneMode
}

// placer places the selections and codings of one unit on its document.
type placer struct {
	c       *converter
	d       *planDoc
	pm      *posMap
	ts      *xTextSource
	oneMode bool
	// unplaced counts the codings that could not be placed, by why.
	unplaced map[string]int
	clamped  int
}

func (p *placer) unplace(why string, n int) {
	if p.unplaced == nil {
		p.unplaced = map[string]int{}
	}
	p.unplaced[why] += n
}

// place converts a source span to the canonical text's.
func (p *placer) place(start, end int) (int, int, string) {
	s, e, cl, problem := p.pm.conv(start, end, p.oneMode)
	if problem != "" {
		return 0, 0, problem
	}
	if cl {
		p.clamped++
	}
	return s, e, ""
}

// codings adds the codings on [s, e); users are who made them when the
// codings do not say, in order of preference.
func (p *placer) codings(xcs []xCoding, s, e int, users ...string) []*corpus.Coding {
	c, d := p.c, p.d
	var out []*corpus.Coding
	for _, xc := range xcs {
		code, ok := c.codeIDs[xc.CodeRef.ref()]
		if !ok {
			p.unplace("a code that is not in the codebook", 1)
			continue
		}
		coder := c.userName(append([]string{xc.CreatingUser}, users...)...)
		if coder == "" {
			coder = "unknown"
		}
		cd := &corpus.Coding{DocID: d.doc.ID, Start: s, End: e, Code: code, Coder: coder,
			Origin: corpus.OriginImport, Status: corpus.StatusAccepted, Quote: p.pm.quote(s, e),
			CreatedAt: refiTime(xc.CreationDateTime)}
		if st, ok := c.states[NormGUID(xc.GUID)]; ok && st.valid() {
			st.restore(cd)
		}
		d.codings = append(d.codings, cd)
		out = append(out, cd)
		c.targets[NormGUID(xc.GUID)] = &target{kind: "coding", coding: cd, doc: d}
	}
	return out
}

// selection places a selection given by its source positions, and its
// codings.
func (p *placer) selection(guid, startS, endS string, xcs []xCoding, user string) {
	info := &selInfo{doc: p.d}
	p.c.targets[NormGUID(guid)] = &target{kind: "selection", sel: info, doc: p.d}
	st, err1 := strconv.Atoi(strings.TrimSpace(startS))
	en, err2 := strconv.Atoi(strings.TrimSpace(endS))
	problem := ""
	if err1 != nil || err2 != nil {
		problem = "a position that is not a number"
	}
	var s, e int
	if problem == "" {
		s, e, problem = p.place(st, en)
	}
	if problem != "" {
		p.unplace(problem, max(len(xcs), 1))
		info.start, info.end = st, en
		return
	}
	info.placed, info.start, info.end = true, s, e
	info.quote = p.pm.quote(s, e)
	info.codings = p.codings(xcs, s, e, user, p.ts.CreatingUser)
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
