package refiqda_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/internal/textdiff"
	"github.com/groundwork-qda/groundwork/refiqda"
)

// accentDoc has accents, curly quotes and an emoji (outside the BMP: one
// rune, four UTF-8 bytes, two UTF-16 units) before and inside the passages
// the tests code, so byte or UTF-16 offsets would land elsewhere.
const accentDoc = `---
id: acc-01
programme: HeartMates
role: patient
date: 2024-05-02
condition: heart failure
date completed: 2024-05-09
---
Interviewer: Tell me about the café.

Participant: Le café était très bon 😀 and the naïve peer said she’d ring me late at night. “You’re not on your own,” she said. I felt less alone after that.

Interviewer: And then?

Participant: We met at the café every week; she showed me how to keep a little chart on the fridge for my weights. Ça m’a aidé 👍🏽 énormément.
`

// demoProject builds the demo study as `groundwork demo` does (ingest of
// the demo transcripts, auto-coding) plus the accented document, a few
// manual codings by two coders, a reviewed and a rejected suggestion, two
// learned suggestions with their confidence (one of them accepted), and
// memos on the project, a code, a document and codings.
func demoProject(t *testing.T) (*corpus.Project, *corpus.Store, *codebook.Codebook) {
	t.Helper()
	ctx := context.Background()
	proj, st, cb, doc := study(t, "Peer support demo", accentDoc)
	code := func(phrase, code, coder string) *corpus.Coding { return codeAt(t, doc, phrase, code, coder) }
	manual := []*corpus.Coding{
		code("Le café était très bon 😀", "benefits.psychosocial", "alice"),
		code("“You’re not on your own,” she said", "isolation.reduced", "alice"),
		code("“You’re not on your own,” she said", "isolation.reduced", "bob"),
		code("the naïve peer said she’d ring me late at night", "boundaries.personal_contact", "bob"),
		code("keep a little chart on the fridge", "benefits.informational", "alice"),
		code("Ça m’a aidé 👍🏽 énormément", "benefits", "alice"), // a family code, coded
	}
	learned := func(phrase, code string, conf float64) *corpus.Coding {
		c := codeAt(t, doc, phrase, code, corpus.LearnedCoder)
		c.Origin, c.Status, c.Rule, c.Confidence = corpus.OriginLearned, corpus.StatusSuggested, "learned/"+code, &conf
		return c
	}
	manual = append(manual, learned("I felt less alone after that", "isolation.reduced", 0.83),
		learned("she showed me how to keep a little chart", "benefits.informational", 0.61))
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, c := range manual {
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
		}
		sugg, err := tx.Codings(corpus.CodingFilter{Statuses: []string{corpus.StatusSuggested}})
		if err != nil || len(sugg) < 2 {
			return fmt.Errorf("suggestions: %v (%d)", err, len(sugg))
		}
		if _, err := tx.Accept(sugg[0], "carol"); err != nil {
			return err
		}
		if _, err := tx.Accept(manual[len(manual)-1], "carol"); err != nil {
			return err
		}
		if err := tx.Reject(sugg[1]); err != nil {
			return err
		}
		for _, m := range []*corpus.Memo{
			{TargetKind: "project", Text: "Memo on the whole study.\nSecond line.", Author: "alice"},
			{TargetKind: "code", Target: "matching.mismatch", Text: "Mismatch talk clusters in carers’ interviews; age gap?", Author: "bob"},
			{TargetKind: "document", Target: "acc-01", Text: "Interview in French and English — “bilingual”.", Author: "alice"},
			{TargetKind: "coding", Target: fmt.Sprint(manual[1].ID), Text: "A turning point 😀.", Author: "bob"},
			{TargetKind: "coding", Target: fmt.Sprint(sugg[1].ID), Text: "Rejected: not about contact.", Author: "carol"},
		} {
			if err := tx.InsertMemo(m); err != nil {
				return err
			}
		}
		return nil
	})
	noErr(t, err)
	return proj, st, cb
}

func TestQDPXRoundTrip(t *testing.T) {
	ctx := context.Background()
	proj, st, cb := demoProject(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.qdpx")
	repA := exportQDPX(t, proj, st, cb, a)
	if repA.Sources != 44 || repA.Codings == 0 || repA.Notes != 5 {
		t.Fatalf("export: %+v", repA)
	}

	into := filepath.Join(dir, "imported")
	rep, err := refiqda.ImportQDPX(ctx, a, refiqda.ImportOptions{Into: into})
	noErr(t, err)
	t.Logf("export: %d sources, %d codes, %d codings in %d selections, %d notes, %d users", repA.Sources, repA.Codes, repA.Codings, repA.Selections, repA.Notes, repA.Users)
	t.Logf("import: %d sources, %d codes, %d codings (%d restored), %d notes", rep.Sources, rep.Codes, rep.Codings, rep.Restored, rep.Notes)
	if rep.Sources != repA.Sources || rep.Codings-rep.Restored != repA.Codings || rep.Restored != 1 || rep.Notes != repA.Notes || rep.Codes != repA.Codes {
		t.Errorf("import %+v, export %+v", rep, repA)
	}
	for _, w := range rep.Warnings {
		t.Errorf("unexpected warning importing groundwork's own export: %s", w)
	}
	proj2, err := corpus.Open(into)
	noErr(t, err)
	st2, err := corpus.OpenStore(ctx, proj2.StorePath())
	noErr(t, err)
	defer st2.Close()
	cb2, err := codebook.Load(proj2.CodebookPath())
	noErr(t, err)
	// The codebook file comes back byte for byte (ids, comments, rules).
	orig, _ := os.ReadFile(proj.CodebookPath())
	got, _ := os.ReadFile(proj2.CodebookPath())
	if !bytes.Equal(orig, got) {
		t.Errorf("the codebook file changed in the round trip")
	}

	b := filepath.Join(dir, "b.qdpx")
	exportQDPX(t, proj2, st2, cb2, b)
	za, zb := readZip(t, a), readZip(t, b)
	validate(t, "Project.xsd", za["project.qde"])
	validate(t, "Project.xsd", zb["project.qde"])
	if ca, cb := canonical(t, za["project.qde"]), canonical(t, zb["project.qde"]); ca != cb {
		t.Errorf("project.qde differs after export → import → export:\n%s", textdiff.First(ca, cb))
	}
	if len(za) != len(zb) {
		t.Errorf("archives hold %d and %d entries", len(za), len(zb))
	}
	for name, data := range za {
		if !bytes.Equal(data, zb[name]) && name != "project.qde" {
			t.Errorf("%s differs after the round trip", name)
		}
	}

	// In the store: the same texts, turns, segments, codings (positions,
	// codes, coders, quotes) and memos.
	sameDocuments(t, st, st2)
	segs := func(st *corpus.Store) []string {
		var out []string
		st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error {
			out = append(out, fmt.Sprintf("%s %d-%d %q", s.Key(), s.Start, s.End, s.Text))
			return nil
		})
		return out
	}
	if s1, s2 := segs(st), segs(st2); !slices.Equal(s1, s2) {
		t.Errorf("segments differ: %d and %d", len(s1), len(s2))
	}
	codings := func(st *corpus.Store) []string {
		cs, err := st.Codings(ctx, corpus.CodingFilter{})
		noErr(t, err)
		var out []string
		for _, c := range cs {
			conf := "-"
			if c.Confidence != nil {
				conf = fmt.Sprint(*c.Confidence)
			}
			out = append(out, fmt.Sprintf("%s [%d,%d) %s %s %q %s %s %s %q %s by %q at %s", c.DocID, c.Start, c.End, c.Code, c.Coder, c.Quote,
				c.Status, c.Origin, c.Rule, c.Evidence, c.CreatedAt.Format(time.RFC3339), c.SuggestedBy, conf))
		}
		sort.Strings(out)
		return out
	}
	c1, c2 := codings(st), codings(st2)
	if !slices.Equal(c1, c2) {
		t.Errorf("codings differ (%d and %d):\n%s", len(c1), len(c2), textdiff.First(strings.Join(c1, "\n"), strings.Join(c2, "\n")))
	}
	// The non-ASCII passages kept their exact spans.
	for _, want := range []string{`acc-01 [`, `"Le café était très bon 😀"`, `"“You’re not on your own,” she said"`, `"Ça m’a aidé 👍🏽 énormément"`} {
		if !strings.Contains(strings.Join(c2, "\n"), want) {
			t.Errorf("imported codings lack %s", want)
		}
	}
	memos := func(st *corpus.Store) []string {
		ms, _ := st.Memos(ctx, "", "")
		var out []string
		for _, m := range ms {
			target := m.Target
			if m.TargetKind == "coding" {
				var id int64
				fmt.Sscan(m.Target, &id)
				c, err := st.Coding(ctx, id)
				if err != nil {
					t.Fatalf("memo on coding %s: %v", m.Target, err)
				}
				target = fmt.Sprintf("%s [%d,%d) %s %s", c.DocID, c.Start, c.End, c.Code, c.Coder)
			}
			out = append(out, fmt.Sprintf("%s %s %s %q", m.TargetKind, target, m.Author, m.Text))
		}
		sort.Strings(out)
		return out
	}
	m1, m2 := memos(st), memos(st2)
	// The memo on the rejected suggestion was exported on its document.
	for i, m := range m1 {
		if strings.Contains(m, "Rejected: not about contact.") {
			m1[i] = regexp.MustCompile(`^coding (\S+) .*? carol`).ReplaceAllString(m, "document $1 carol")
		}
	}
	sort.Strings(m1)
	if !slices.Equal(m1, m2) {
		t.Errorf("memos differ:\n%s", textdiff.First(strings.Join(m1, "\n"), strings.Join(m2, "\n")))
	}
}

// sameDocuments checks that st2 holds st's documents with the same text,
// attributes and turns.
func sameDocuments(t *testing.T, st, st2 *corpus.Store) {
	t.Helper()
	ctx := context.Background()
	docs, _ := st.Documents(ctx)
	for _, d := range docs {
		d1, _ := st.Document(ctx, d.ID)
		d2, err := st2.Document(ctx, d.ID)
		if err != nil {
			t.Fatalf("document %s: %v", d.ID, err)
		}
		if d1.Text != d2.Text {
			t.Errorf("%s: the text changed", d.ID)
		}
		for k, v := range d1.Attrs {
			if d2.Attrs[k] != v {
				t.Errorf("%s: attribute %s = %q, want %q", d.ID, k, d2.Attrs[k], v)
			}
		}
		t1, _ := st.Turns(ctx, d.ID)
		t2, _ := st2.Turns(ctx, d.ID)
		if len(t1) != len(t2) {
			t.Errorf("%s: %d turns, want %d", d.ID, len(t2), len(t1))
		} else {
			for i := range t1 {
				if t1[i].Speaker != t2[i].Speaker || t1[i].Start != t2[i].Start || t1[i].End != t2[i].End || t1[i].Interviewer != t2[i].Interviewer {
					t.Errorf("%s: turn %d is %+v, want %+v", d.ID, i+1, t2[i], t1[i])
				}
			}
		}
	}
}

// crlfText is a source as Windows tools write it: a BOM and CRLF endings.
const crlfText = "\ufeffInterviewer: How was it?\r\nParticipant: I felt joy at the market.\r\n\r\nIt was lovely, truly."

// srcPos returns the position of sub in s (BOM excluded), counting CRLF as
// two positions (crlfOne false) or one.
func srcPos(s, sub string, crlfOne bool) (int, int) {
	s = strings.TrimPrefix(s, "\ufeff")
	if crlfOne {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	i := runeIndex(s, sub)
	return i, i + utf8.RuneCountInString(sub)
}

func lenientProject(origin string, crlfOne bool) string {
	js, je := srcPos(crlfText, "joy", crlfOne)
	ls, le := srcPos(crlfText, "lovely", crlfOne)
	nfd := "Cafe\u0301 au lait, s\u0327il vous plai\u0302t"
	as, ae := runeIndex(nfd, "au lait"), runeIndex(nfd, "au lait")+7
	return fmt.Sprintf(`<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:0:10" name="Trial" origin=%q>
  <Users><User guid="{AAAAAAAA-0000-0000-0000-000000000001}" name="Ann"/></Users>
  <CodeBook><Codes>
    <Code guid="c001" name="Feelings::Joy" isCodable="true" color="#FF000080"/>
    <Code guid="{BBBBBBBB-0000-0000-0000-000000000002}" name="Feelings" isCodable="false" color="rgb(0, 128, 255)"><Description>All feelings</Description></Code>
    <Code guid="c003" name="Places" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{DDDDDDDD-0000-0000-0000-000000000001}" name="Windows interview.txt" plainTextPath="internal://DDDDDDDD-0000-0000-0000-000000000001.TXT">
      <PlainTextSelection guid="s1" name="joy" startPosition="%d" endPosition="%d" creatingUser="aaaaaaaa-0000-0000-0000-000000000001">
        <Coding guid="k1"><CodeRef targetGUID="C001"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="s2" name="lovely" startPosition="%d" endPosition="%d">
        <Coding guid="k2" creatingUser="{aaaaaaaa-0000-0000-0000-000000000001}"><CodeRef targetGUID="{bbbbbbbb-0000-0000-0000-000000000002}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="d2" name="Word doc.docx" richTextPath="internal://d2.docx" plainTextPath="internal:d2.txt">
      <PlainTextSelection guid="s3" startPosition="7" endPosition="15"><Coding guid="k3"><CodeRef targetGUID="c003"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="d3" name="Inline">
      <PlainTextContent>Inline text about the market square.</PlainTextContent>
      <PlainTextSelection guid="s4" startPosition="22" endPosition="35"><Coding guid="k4"><CodeRef targetGUID="c003"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="d4" name="Decomposed" plainTextPath="d4.txt">
      <PlainTextSelection guid="s5" startPosition="%d" endPosition="%d"><Coding guid="k5"><CodeRef targetGUID="c003"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="s6" startPosition="500" endPosition="510"><Coding guid="k6"><CodeRef targetGUID="c003"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="s7" startPosition="3" endPosition="3"><Coding guid="k7"><CodeRef targetGUID="c003"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="s8" startPosition="0" endPosition="4"><Coding guid="k8"><CodeRef targetGUID="nope"/></Coding></PlainTextSelection>
    </TextSource>
  </Sources>
</Project>
`, origin, js, je, ls, le, as, ae)
}

func lenientEntries(origin string, crlfOne bool) []zipEntry {
	return []zipEntry{
		{name: "Trial.qde", data: []byte(lenientProject(origin, crlfOne))},
		{name: "Sources/DDDDDDDD-0000-0000-0000-000000000001.txt", data: []byte(crlfText)},
		{name: "Sources/d2.docx", data: []byte("not really a Word file: the plain-text twin is what counts")},
		{name: "Sources/d2.txt", data: []byte("A Word document twin.")},
		{name: "Sources/d4.txt", data: []byte("Cafe\u0301 au lait, s\u0327il vous plai\u0302t")},
	}
}

func TestQDPXLenient(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		origin  string
		crlfOne bool
	}{
		{"Some Tool 1.0", false}, // CRLF counted as two positions, as the standard says
		{"ATLAS.ti 9.1", true},   // CRLF counted as one
		{"Unknown Tool", true},   // CRLF as one, found from the selection names
	} {
		t.Run(tc.origin, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "trial.qdpx")
			writeZip(t, src, lenientEntries(tc.origin, tc.crlfOne))
			into := filepath.Join(dir, "p")
			rep, err := refiqda.ImportQDPX(ctx, src, refiqda.ImportOptions{Into: into})
			noErr(t, err)
			got := importedCodings(t, into)
			want := []string{
				`Decomposed places "au lait" unknown`,
				`Inline places "market square" unknown`,
				`Windows_interview feelings "lovely" Ann`,
				`Windows_interview feelings.joy "joy" Ann`,
				`Word_doc places "document" unknown`,
			}
			if !slices.Equal(got, want) {
				t.Errorf("codings\n%s\nwant\n%s\nwarnings %q", strings.Join(got, "\n"), strings.Join(want, "\n"), rep.Warnings)
			}
			for _, re := range []string{
				`source "Decomposed": 1 coding could not be placed \(a position past the end of the text\)`,
				`source "Decomposed": 1 coding could not be placed \(an empty selection\)`,
				`source "Decomposed": 1 coding could not be placed \(a code that is not in the codebook\)`,
				`source "Windows interview.txt" has Windows \(CRLF\) line endings`,
			} {
				if !hasWarning(rep.Warnings, re) {
					t.Errorf("no warning %q in %q", re, rep.Warnings)
				}
			}
			st, cb := openImported(t, into)
			d, err := st.Document(ctx, "Windows_interview")
			noErr(t, err)
			if strings.ContainsAny(d.Text, "\r\ufeff") {
				t.Errorf("canonical text keeps a CR or BOM: %q", d.Text)
			}
			turns, _ := st.Turns(ctx, "Windows_interview")
			if len(turns) != 2 || turns[0].Speaker != "Interviewer" || !turns[0].Interviewer || turns[1].Speaker != "Participant" {
				t.Errorf("turns %+v", turns)
			}
			d4, _ := st.Document(ctx, "Decomposed")
			if d4.Text != "Café au lait, şil vous plaît" {
				t.Errorf("decomposed text not NFC: %q", d4.Text)
			}
			f, _ := cb.Code("feelings")
			j, _ := cb.Code("feelings.joy")
			if f == nil || j == nil || f.Colour != "#0080ff" || j.Colour != "#ff0000" || f.Definition != "All feelings" {
				t.Errorf("codes %+v %+v", f, j)
			}
		})
	}
}

// Comments, whole-source codings, rich text only, other encodings, notes
// in files and on things groundwork does not hold.
func TestQDPXEdgeCases(t *testing.T) {
	ctx := context.Background()
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "Zoë said: bonjour." {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	qde := `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Edge" origin="MAXQDA 24">
  <Users><User guid="u1" id="AL"/></Users>
  <CodeBook><Codes><Code guid="c1" name="Nature" isCodable="true"/><Code guid="c2" name="Greeting" isCodable="true"/></Codes></CodeBook>
  <Variables>
    <Variable guid="v1" name="Age group" typeOfVariable="Integer"/>
    <Variable guid="v2" name="Age group" typeOfVariable="Boolean"/>
  </Variables>
  <Cases><Case guid="k1"><Description>A case note.</Description><SourceRef targetGUID="w"/></Case></Cases>
  <Sources>
    <TextSource guid="w" name="Garden.docx" richTextPath="internal://w.docx">
      <PlainTextSelection guid="s1" name="garden" startPosition="52" endPosition="58" creatingUser="u1">
        <Description>A comment on the garden.</Description>
        <Coding guid="k1"><CodeRef targetGUID="c1"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="s2" startPosition="0" endPosition="11" creatingUser="u1"><Description>Just a comment.</Description></PlainTextSelection>
      <Coding guid="k2" creatingUser="u1"><CodeRef targetGUID="c2"/></Coding>
      <VariableValue><VariableRef targetGUID="v1"/><IntegerValue>3</IntegerValue></VariableValue>
      <VariableValue><VariableRef targetGUID="v2"/><BooleanValue>true</BooleanValue></VariableValue>
    </TextSource>
    <TextSource guid="u16" name="Zoe" plainTextPath="internal://u16.txt">
      <PlainTextSelection guid="s3" startPosition="10" endPosition="17"><Coding guid="k3"><CodeRef targetGUID="c2"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="cp" name="Latin" plainTextPath="internal://cp.txt">
      <PlainTextSelection guid="s4" startPosition="0" endPosition="4"><Coding guid="k4"><CodeRef targetGUID="c1"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="iv" name="Questions only" plainTextPath="internal://iv.txt"/>
    <PictureSource guid="p" name="tree.jpg" path="internal://p.jpg"><Description>A photo of a tree.</Description></PictureSource>
  </Sources>
  <Notes>
    <Note guid="n1" name="File note" plainTextPath="internal://n1.txt" creatingUser="u1"/>
    <Note guid="n2" name="Missing note" plainTextPath="internal://n2.txt"/>
    <Note guid="n3" name="On the photo"><PlainTextContent>Lovely tree.</PlainTextContent></Note>
  </Notes>
  <Links><Link guid="l1" originGUID="p" targetGUID="n3"/><Link guid="l2" originGUID="p" targetGUID="w"/></Links>
</Project>`
	dir := t.TempDir()
	src := filepath.Join(dir, "edge.qdpx")
	writeZip(t, src, []zipEntry{
		{name: "project.qde", data: []byte(qde)},
		{name: "sources/w.docx", data: docxOf(t, "Interviewer: Hello there.", "Participant: I loved the garden.")},
		{name: "sources/u16.txt", data: utf16},
		{name: "sources/cp.txt", data: []byte("Caf\xe9 au lait")},
		{name: "sources/n1.txt", data: []byte("\xef\xbb\xbfA note\r\nkept in a file.")},
		{name: "sources/iv.txt", data: []byte("Interviewer: Hello?\n\nInterviewer: Anyone there?")},
	})
	into := filepath.Join(dir, "p")
	rep, err := refiqda.ImportQDPX(ctx, src, refiqda.ImportOptions{Into: into})
	noErr(t, err)
	for _, re := range []string{
		`source "Garden.docx": it has only a Word file`,
		`source "Latin": its text is not UTF-8; it was read as Windows-1252`,
		`note "Missing note": its text file internal://n2.txt is not in the archive`,
		`source "Garden.docx": 1 coding of the whole source applied to the whole document`,
		`1 picture source \(0 selections, 0 codings\)`,
		`1 link between things other than notes`,
		`source "Questions only": no participant turn found \(speakers: Interviewer\), so nothing in it is searched, suggested or compared for agreement`,
	} {
		if !hasWarning(rep.Warnings, re) {
			t.Errorf("no warning %q in %q", re, rep.Warnings)
		}
	}
	got := importedCodings(t, into)
	want := []string{
		`Garden greeting "Interviewer: Hello there.\n\nParticipant: I loved the garden." AL`,
		`Garden nature "garden" AL`,
		`Latin nature "Café" unknown`,
		`Zoe greeting "bonjour" unknown`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("codings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	st, _ := openImported(t, into)
	d, _ := st.Document(ctx, "Garden")
	if d.Attrs["age group"] != "3" || d.Attrs["age group 2"] != "true" {
		t.Errorf("attributes %v", d.Attrs)
	}
	ms, _ := st.Memos(ctx, "", "")
	var memos []string
	for _, m := range ms {
		memos = append(memos, m.TargetKind+" "+m.Author+": "+m.Text)
	}
	sort.Strings(memos)
	wantMemos := []string{
		"coding AL: A comment on the garden.",
		"document AL: On [0,11) “Interviewer”: Just a comment.",
		"document import: A case note.",
		"project AL: File note\n\nA note\nkept in a file.",
		"project import: Missing note",
		"project import: On picture “tree.jpg”: A photo of a tree.",
		"project import: On picture “tree.jpg”: On the photo\n\nLovely tree.",
	}
	if !slices.Equal(memos, wantMemos) {
		t.Errorf("memos\n%s\nwant\n%s", strings.Join(memos, "\n"), strings.Join(wantMemos, "\n"))
	}
}

// TestQDPXSideFile reads what a groundwork export keeps beside project.qde
// (groundwork/codings.json) as it streams: statuses restored, withheld
// codings put back where their text still is, and a file that is not
// groundwork's ignored with a warning.
func TestQDPXSideFile(t *testing.T) {
	qde := []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="groundwork">` +
		`<CodeBook><Codes><Code guid="` + refiqda.CodeGUID("joy") + `" name="Joy" isCodable="true"/></Codes></CodeBook>` +
		`<Sources><TextSource guid="a" name="a" plainTextPath="internal://a.txt">` +
		`<PlainTextSelection guid="s1" startPosition="3" endPosition="8"><Coding guid="k1"><CodeRef targetGUID="` + refiqda.CodeGUID("joy") + `"/></Coding></PlainTextSelection>` +
		`</TextSource></Sources></Project>`)
	const text = "P: happy days, said she."
	withheld := func(start, end int, quote string) string {
		return fmt.Sprintf(`{"document":"a","start":%d,"end":%d,"code":"joy","coder":"bob","status":"rejected","origin":"rule","rule":"joy/happy","quote":%q}`, start, end, quote)
	}
	for _, tc := range []struct {
		name     string
		side     string
		status   string // of the coding in project.qde
		restored int
		warning  string
	}{
		{"states and withheld", `{"version":1,"extra":[1,{"a":2}],"codings":{"K1":{"status":"suggested","origin":"rule","rule":"joy/happy"}},"withheld":[` +
			withheld(3, 8, "happy") + `,` + withheld(3, 8, "sad") + `,` + withheld(15, 99, "said she.") + `]}`, "suggested", 1,
			`2 withheld codings kept in groundwork/codings.json no longer fit the project; not restored`},
		{"not JSON", `{"version":1,"codings":{"k1":`, "accepted", 0, `groundwork/codings.json cannot be read; coding statuses are not restored`},
		{"another version", `{"version":2,"codings":{"k1":{"status":"suggested","origin":"rule"}}}`, "accepted", 0, `groundwork/codings.json cannot be read`},
		{"not an object", `[1,2]`, "accepted", 0, `groundwork/codings.json cannot be read`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "x.qdpx")
			writeZip(t, src, []zipEntry{{name: "project.qde", data: qde}, {name: "sources/a.txt", data: []byte(text)},
				{name: "groundwork/codings.json", data: []byte(tc.side)}})
			into := filepath.Join(dir, "p")
			rep, err := refiqda.ImportQDPX(context.Background(), src, refiqda.ImportOptions{Into: into})
			noErr(t, err)
			if rep.Restored != tc.restored || !hasWarning(rep.Warnings, regexp.QuoteMeta(tc.warning)) {
				t.Errorf("restored %d, warnings %q; want %d and %q", rep.Restored, rep.Warnings, tc.restored, tc.warning)
			}
			st, _ := openImported(t, into)
			cs, _ := st.Codings(context.Background(), corpus.CodingFilter{})
			var got []string
			for _, c := range cs {
				got = append(got, fmt.Sprintf("%s %q %s", c.Coder, c.Quote, c.Status))
			}
			sort.Strings(got)
			want := []string{fmt.Sprintf(`unknown "happy" %s`, tc.status)}
			if tc.restored > 0 {
				want = append([]string{`bob "happy" rejected`}, want...)
			}
			if !slices.Equal(got, want) {
				t.Errorf("codings %q, want %q", got, want)
			}
		})
	}
}
