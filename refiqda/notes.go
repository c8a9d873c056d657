package refiqda

// What hangs from an imported project's texts: variables and sets of
// sources become document attributes, notes and comments memos, and what
// groundwork cannot hold is named in warnings.

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/groundwork-qda/groundwork/corpus"
)

// varInfo is an imported variable: its attribute name and the values given.
type varInfo struct {
	name string
	typ  string
	desc string
	vals []string
}

// variables turns Variables (on cases, and on sources) into document
// attributes, and sets of sources into the attribute "sets".
func (c *converter) variables() {
	vars := map[string]*varInfo{}
	var order []*varInfo
	used := map[string]bool{}
	for _, v := range c.xp.Variables.Items {
		name := attrName(v.Name)
		if name == "" {
			continue
		}
		base := name
		for n := 2; used[name]; n++ {
			name = fmt.Sprintf("%s %d", base, n)
		}
		used[name] = true
		vi := &varInfo{name: name, typ: strings.TrimSpace(v.TypeOfVariable), desc: strings.TrimSpace(v.Description)}
		vars[NormGUID(v.GUID)] = vi
		order = append(order, vi)
	}
	conflicts := 0
	set := func(d *planDoc, vv xValue) {
		vi := vars[vv.VariableRef.ref()]
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
	for i := range c.xp.Sources.Text {
		ts := &c.xp.Sources.Text[i]
		if d := c.docOf(xRef{GUID: ts.GUID}); d != nil {
			for _, vv := range ts.VariableValues {
				set(d, vv)
			}
		}
	}
	caseCodes, caseSels, noSources := c.cases(set)
	if conflicts > 0 {
		c.warnf("%s had two different values for one document (cases and sources disagree); the last was kept", plural(conflicts, "variable"))
	}
	if noSources > 0 {
		c.warnf("%s with variables but no text source imported; their values are not carried", plural(noSources, "case"))
	}
	if caseCodes > 0 {
		c.warnf("%s from cases to codes not carried (groundwork codes text, not cases)", plural(caseCodes, "reference"))
	}
	if caseSels > 0 {
		c.warnf("%s from cases to selections not carried", plural(caseSels, "reference"))
	}
	for _, vi := range order {
		if len(vi.vals) > 0 {
			c.plan.attrs = append(c.plan.attrs, attrDecl{name: vi.name, typ: attrType(vi), description: vi.desc})
		}
	}
	c.sourceSets(used["sets"])
}

// docOf is the document a reference names, if it names one.
func (c *converter) docOf(ref xRef) *planDoc {
	if t := c.targets[ref.ref()]; t != nil && t.kind == "document" {
		return t.doc
	}
	return nil
}

// cases gives the documents of each case its variables' values (set). It
// counts what of the cases is not carried: references to codes and to
// selections, and cases with values but no document.
func (c *converter) cases(set func(d *planDoc, vv xValue)) (caseCodes, caseSels, noSources int) {
	for _, cs := range c.xp.Cases.Items {
		var docs []*planDoc
		for _, r := range cs.SourceRefs {
			if d := c.docOf(r); d != nil {
				docs = append(docs, d)
			}
		}
		c.targets[NormGUID(cs.GUID)] = &target{kind: "case", caseOf: docs, desc: "case “" + cs.Name + "”"}
		if len(docs) == 0 && len(cs.VariableValues) > 0 {
			noSources++
		}
		for _, d := range docs {
			for _, vv := range cs.VariableValues {
				set(d, vv)
			}
		}
		caseCodes += len(cs.CodeRefs)
		caseSels += len(cs.SelectionRefs)
	}
	return caseCodes, caseSels, noSources
}

// attrType is the attribute type of an imported variable: its REFI-QDA
// type when every value fits it, else text.
func attrType(vi *varInfo) string {
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
	return t
}

// sourceSets puts the sets of sources in the attribute "sets" (declared
// unless a variable took that name).
func (c *converter) sourceSets(taken bool) {
	memberships := 0
	for _, s := range c.xp.Sets.Items {
		for _, m := range s.MemberSources {
			if d := c.docOf(m); d != nil {
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
	if memberships > 0 && !taken {
		c.plan.attrs = append(c.plan.attrs, attrDecl{name: "sets", typ: corpus.AttrText, description: "The REFI-QDA sets of sources the document was in."})
		c.notes = append(c.notes, fmt.Sprintf("sets of sources became the document attribute \"sets\" (%s)", plural(memberships, "membership")))
	}
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// attrName makes an attribute name from a variable name as ingest makes one
// from a header's key or a CSV column: lower case, runs of white space one
// space ("Date completed" stays "date completed", so an export read back
// gives the project the attributes it had).
func attrName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if s == "id" {
		return "variable_id"
	}
	return s
}

// noteTargets maps each note's GUID to what it is attached to (GUIDs, or
// "project"), in order.
type noteTargets map[string][]string

func (a noteTargets) add(note, tgt string) {
	note = NormGUID(note)
	if !slices.Contains(a[note], tgt) {
		a[note] = append(a[note], tgt)
	}
}

// refs attaches the notes on a text, selection or coding and on its codings.
func (a noteTargets) refs(guid string, notes []xRef, codings []xCoding) {
	for _, r := range notes {
		a.add(r.ref(), NormGUID(guid))
	}
	for _, xc := range codings {
		for _, r := range xc.NoteRefs {
			a.add(r.ref(), NormGUID(xc.GUID))
		}
	}
}

// text attaches the notes on a text, its selections (plain or transcript)
// and their codings.
func (a noteTargets) text(ts *xTextSource) {
	a.refs(ts.GUID, ts.NoteRefs, ts.Codings)
	for _, s := range ts.Selections {
		a.refs(s.GUID, s.NoteRefs, s.Codings)
	}
	for _, s := range ts.TranscriptSelections {
		a.refs(s.GUID, s.NoteRefs, s.Codings)
	}
}

// memos turns Notes (and descriptions that are comments) into memos on
// what they are attached to.
func (c *converter) memos() error {
	attached := c.attachNotes()
	// The notes themselves, in file order.
	for i := range c.xp.Notes.Items {
		n := &c.xp.Notes.Items[i]
		text, err := c.noteText(n)
		if err != nil {
			return err
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		author := c.userName(n.CreatingUser)
		tgts := attached[NormGUID(n.GUID)]
		if len(tgts) == 0 {
			tgts = []string{"project"}
		}
		for _, t := range tgts {
			c.memoOn(t, text, author, refiTime(n.CreationDateTime))
		}
	}
	c.comments()
	return nil
}

// attachNotes finds what each note is attached to: NoteRefs on the
// project, codes, texts, selections and codings, and links between a note
// and something else. Media and PDF regions are marked lost.
func (c *converter) attachNotes() noteTargets {
	attached := noteTargets{}
	for _, r := range c.xp.NoteRefs {
		attached.add(r.ref(), "project")
	}
	var walkCodes func(list []xCode)
	walkCodes = func(list []xCode) {
		for _, xc := range list {
			for _, r := range xc.NoteRefs {
				attached.add(r.ref(), NormGUID(xc.GUID))
			}
			walkCodes(xc.Codes)
		}
	}
	walkCodes(c.xp.codes())
	for i := range c.xp.Sources.Text {
		attached.text(&c.xp.Sources.Text[i])
	}
	for i := range c.xp.Sources.PDF {
		pdf := &c.xp.Sources.PDF[i]
		c.lostTarget(pdf.GUID, "PDF “"+pdf.Name+"”")
		attached.refs(pdf.GUID, pdf.NoteRefs, nil)
		for _, s := range pdf.Selections {
			c.lostTarget(s.GUID, "a region of PDF “"+pdf.Name+"”")
			attached.refs(s.GUID, s.NoteRefs, nil)
		}
		if pdf.Representation != nil {
			attached.text(pdf.Representation)
		}
	}
	c.attachMedia(attached, c.xp.Sources.Picture, "picture")
	c.attachMedia(attached, c.xp.Sources.Audio, "audio")
	c.attachMedia(attached, c.xp.Sources.Video, "video")
	notes := map[string]bool{}
	for _, n := range c.xp.Notes.Items {
		notes[NormGUID(n.GUID)] = true
	}
	for _, l := range c.xp.Links.Items {
		o, t := NormGUID(l.OriginGUID), NormGUID(l.TargetGUID)
		switch {
		case notes[o] && t != "":
			attached.add(o, t)
		case notes[t] && o != "":
			attached.add(t, o)
		}
	}
	return attached
}

// attachMedia attaches the notes on media sources and their selections
// (lost: groundwork holds text only) and on their transcripts.
func (c *converter) attachMedia(attached noteTargets, list []xMediaSource, kind string) {
	for i := range list {
		m := &list[i]
		c.lostTarget(m.GUID, kind+" “"+m.Name+"”")
		attached.refs(m.GUID, m.NoteRefs, nil)
		for _, regions := range [][]xRegion{m.Pictures, m.Audio, m.Video} {
			for _, s := range regions {
				c.lostTarget(s.GUID, "a selection of "+kind+" “"+m.Name+"”")
				attached.refs(s.GUID, s.NoteRefs, nil)
			}
		}
		for j := range m.Transcripts {
			attached.text(&m.Transcripts[j])
		}
	}
}

// comments turns descriptions that are comments into memos: on
// selections (ATLAS.ti, MAXQDA), sources and cases.
func (c *converter) comments() {
	comment := func(guid, text, author string) {
		if text = strings.TrimSpace(text); text != "" {
			c.memoOn(NormGUID(guid), text, author, time.Time{})
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
	for _, cs := range c.xp.Cases.Items {
		comment(cs.GUID, cs.Description, "")
	}
}

func (c *converter) lostTarget(guid, desc string) {
	g := NormGUID(guid)
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
	c.mediaLosses(c.xp.Sources.Picture, "picture", func(m *xMediaSource) []xRegion { return m.Pictures })
	c.mediaLosses(c.xp.Sources.Audio, "audio", func(m *xMediaSource) []xRegion { return m.Audio })
	c.mediaLosses(c.xp.Sources.Video, "video", func(m *xMediaSource) []xRegion { return m.Video })
	c.pdfLosses()
	transcripts := 0
	for _, list := range [][]xMediaSource{c.xp.Sources.Audio, c.xp.Sources.Video} {
		for _, m := range list {
			for _, tr := range m.Transcripts {
				if t := c.targets[NormGUID(tr.GUID)]; t != nil && t.kind == "document" {
					transcripts++
				}
			}
		}
	}
	if transcripts > 0 {
		c.notes = append(c.notes, fmt.Sprintf("the text of %s of audio or video imported as documents (or with the text source of the same file); sync points and media times are not carried", plural(transcripts, "transcript")))
	}
	if n := len(c.xp.Graphs.Items); n > 0 {
		c.warnf("%s not imported: groundwork has no graphs", plural(n, "graph"))
	}
	c.linkLosses()
	memberNotes := 0
	for _, s := range c.xp.Sets.Items {
		memberNotes += len(s.MemberNotes)
	}
	if memberNotes > 0 {
		c.warnf("%s of notes in sets not carried (memos are not grouped in groundwork)", plural(memberNotes, "membership"))
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
		c.warnf("%s with no code, note or comment not carried (groundwork keeps coded spans)", plural(empty, "selection"))
	}
	c.plan.rep.Warnings = append(c.plan.rep.Warnings, c.notes...)
}

// mediaLosses names the media sources of a kind, their selections and
// codings, none of which is imported.
func (c *converter) mediaLosses(list []xMediaSource, kind string, regions func(*xMediaSource) []xRegion) {
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
	c.warnf("%s (%s, %s) not imported: groundwork holds text only", plural(len(list), kind+" source"), plural(sels, "selection"), plural(codings, "coding"))
}

// pdfLosses names the PDF sources, whose files and regions are not
// imported (their text is).
func (c *converter) pdfLosses() {
	pdfs := c.xp.Sources.PDF
	if len(pdfs) == 0 {
		return
	}
	sels, codings, texts := 0, 0, 0
	for _, p := range pdfs {
		sels += len(p.Selections)
		for _, s := range p.Selections {
			codings += len(s.Codings)
		}
		codings += len(p.Codings)
		if p.Representation != nil {
			if t := c.targets[NormGUID(p.Representation.GUID)]; t != nil && t.kind == "document" {
				texts++
			}
		}
	}
	msg := fmt.Sprintf("%s: the PDF files and their %s (%s) not imported", plural(len(pdfs), "PDF source"), plural(sels, "region selection"), plural(codings, "coding"))
	if texts > 0 {
		msg += fmt.Sprintf("; the text of %s imported as documents, with the selections made on that text", plural(texts, "PDF"))
	}
	c.warnf("%s", msg)
}

// linkLosses names the links that are not between a note and something
// else, and the notes on links.
func (c *converter) linkLosses() {
	notes := map[string]bool{}
	for _, n := range c.xp.Notes.Items {
		notes[NormGUID(n.GUID)] = true
	}
	links, linkNotes := 0, 0
	for _, l := range c.xp.Links.Items {
		if !notes[NormGUID(l.OriginGUID)] && !notes[NormGUID(l.TargetGUID)] {
			links++
		}
		linkNotes += len(l.NoteRefs)
	}
	if links > 0 {
		c.warnf("%s between things other than notes not imported: groundwork has no links", plural(links, "link"))
	}
	if linkNotes > 0 {
		c.warnf("%s on links not imported", plural(linkNotes, "note reference"))
	}
}
