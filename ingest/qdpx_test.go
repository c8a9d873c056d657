package ingest_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
	"github.com/groundwork-qda/groundwork/reports"
)

// samplesDir holds the REFI-QDA samples (shared/refi-qda/samples beside
// the repository).
const samplesDir = "../../shared/refi-qda/samples"

// accentDoc has accents, curly quotes and an emoji (outside the BMP: one
// rune, four UTF-8 bytes, two UTF-16 units) before and inside the passages
// the tests code, so byte or UTF-16 offsets would land elsewhere.
const accentDoc = `---
id: acc-01
programme: HeartMates
role: patient
date: 2024-05-02
condition: heart failure
---
Interviewer: Tell me about the café.

Participant: Le café était très bon 😀 and the naïve peer said she’d ring me late at night. “You’re not on your own,” she said. I felt less alone after that.

Interviewer: And then?

Participant: We met at the café every week; she showed me how to keep a little chart on the fridge for my weights. Ça m’a aidé 👍🏽 énormément.
`

// demoProject builds the demo study as `groundwork demo` does (ingest of
// the demo transcripts, auto-coding) plus the accented document, a few
// manual codings by two coders, a reviewed and a rejected suggestion, and
// memos on the project, a code, a document and codings.
func demoProject(t *testing.T) (*corpus.Project, *corpus.Store, *codebook.Codebook) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	acc := filepath.Join(dir, "acc-01.txt")
	if err := os.WriteFile(acc, []byte(accentDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	proj, st, cb := ingesttest.Project(t, "Peer support demo", append(ingesttest.Demo(t, dir), acc)...)
	if _, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{}); err != nil {
		t.Fatal(err)
	}
	doc, err := st.Document(ctx, "acc-01")
	if err != nil {
		t.Fatal(err)
	}
	code := func(phrase, code, coder string) *corpus.Coding {
		s := runeIndex(doc.Text, phrase)
		if s < 0 {
			t.Fatalf("%q not in acc-01", phrase)
		}
		return &corpus.Coding{DocID: "acc-01", Start: s, End: s + utf8.RuneCountInString(phrase), Code: code,
			Coder: coder, Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: phrase}
	}
	manual := []*corpus.Coding{
		code("Le café était très bon 😀", "benefits.psychosocial", "alice"),
		code("“You’re not on your own,” she said", "isolation.reduced", "alice"),
		code("“You’re not on your own,” she said", "isolation.reduced", "bob"),
		code("the naïve peer said she’d ring me late at night", "boundaries.personal_contact", "bob"),
		code("keep a little chart on the fridge", "benefits.informational", "alice"),
		code("Ça m’a aidé 👍🏽 énormément", "benefits", "alice"), // a family code, coded
	}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
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
	if err != nil {
		t.Fatal(err)
	}
	return proj, st, cb
}

func runeIndex(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:i])
}

func exportQDPX(t *testing.T, proj *corpus.Project, st *corpus.Store, cb *codebook.Codebook, path string) *reports.QDPXReport {
	t.Helper()
	rep, err := reports.WriteQDPX(context.Background(), path, proj, st, cb, reports.QDPXOptions{Now: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// readZip returns the entries of a zip file.
func readZip(t *testing.T, path string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = b
	}
	return out
}

// xmllint validates file against a schema in shared/refi-qda, skipping
// when xmllint or the schema is not there.
func xmllint(t *testing.T, schema, file string) {
	t.Helper()
	xsd := filepath.Join("..", "..", "shared", "refi-qda", schema)
	if _, err := os.Stat(xsd); err != nil {
		t.Skipf("no %s: %v", xsd, err)
	}
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint is not installed (Debian: libxml2-utils)")
	}
	out, err := exec.Command("xmllint", "--noout", "--schema", xsd, file).CombinedOutput()
	if err != nil {
		t.Fatalf("%s does not validate against %s: %v\n%s", file, schema, err, out)
	}
}

// canonical renders a project.qde for comparison: every element with its
// attributes sorted, creation and modification times left out (an import
// stamps its own), text trimmed.
func canonical(t *testing.T, data []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var b strings.Builder
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			var attrs []string
			for _, a := range tok.Attr {
				if a.Name.Local == "creationDateTime" || a.Name.Local == "modifiedDateTime" {
					continue
				}
				attrs = append(attrs, a.Name.Local+"="+a.Value)
			}
			sort.Strings(attrs)
			fmt.Fprintf(&b, "%s<%s %s>\n", strings.Repeat(" ", depth), tok.Name.Local, strings.Join(attrs, " "))
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				fmt.Fprintf(&b, "%s%q\n", strings.Repeat(" ", depth), s)
			}
		}
	}
	return b.String()
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
	rep, err := ingest.ImportQDPX(ctx, a, ingest.QDPXOptions{Into: into})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("export: %d sources, %d codes, %d codings in %d selections, %d notes, %d users", repA.Sources, repA.Codes, repA.Codings, repA.Selections, repA.Notes, repA.Users)
	t.Logf("import: %d sources, %d codes, %d codings (%d restored), %d notes", rep.Sources, rep.Codes, rep.Codings, rep.Restored, rep.Notes)
	if rep.Sources != repA.Sources || rep.Codings-rep.Restored != repA.Codings || rep.Restored != 1 || rep.Notes != repA.Notes || rep.Codes != repA.Codes {
		t.Errorf("import %+v, export %+v", rep, repA)
	}
	for _, w := range rep.Warnings {
		t.Errorf("unexpected warning importing groundwork's own export: %s", w)
	}
	proj2, err := corpus.Open(into)
	if err != nil {
		t.Fatal(err)
	}
	st2, err := corpus.OpenStore(ctx, proj2.StorePath())
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	cb2, err := codebook.Load(proj2.CodebookPath())
	if err != nil {
		t.Fatal(err)
	}
	// The codebook file comes back byte for byte (ids, comments, rules).
	orig, _ := os.ReadFile(proj.CodebookPath())
	got, _ := os.ReadFile(proj2.CodebookPath())
	if !bytes.Equal(orig, got) {
		t.Errorf("the codebook file changed in the round trip")
	}

	b := filepath.Join(dir, "b.qdpx")
	exportQDPX(t, proj2, st2, cb2, b)
	za, zb := readZip(t, a), readZip(t, b)
	for name, z := range map[string]map[string][]byte{"a": za, "b": zb} {
		f := filepath.Join(dir, name+".qde")
		os.WriteFile(f, z["project.qde"], 0o644)
		xmllint(t, "Project.xsd", f)
	}
	if ca, cb := canonical(t, za["project.qde"]), canonical(t, zb["project.qde"]); ca != cb {
		t.Errorf("project.qde differs after export → import → export:\n%s", firstDiff(ca, cb))
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
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
			out = append(out, fmt.Sprintf("%s [%d,%d) %s %s %q %s %s %s %q %s", c.DocID, c.Start, c.End, c.Code, c.Coder, c.Quote,
				c.Status, c.Origin, c.Rule, c.Evidence, c.CreatedAt.Format(time.RFC3339)))
		}
		sort.Strings(out)
		return out
	}
	c1, c2 := codings(st), codings(st2)
	if !slices.Equal(c1, c2) {
		t.Errorf("codings differ (%d and %d):\n%s", len(c1), len(c2), firstDiff(strings.Join(c1, "\n"), strings.Join(c2, "\n")))
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
		t.Errorf("memos differ:\n%s", firstDiff(strings.Join(m1, "\n"), strings.Join(m2, "\n")))
	}
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(la), len(lb)); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return "(no difference)"
}

// openImported opens an imported project.
func openImported(t *testing.T, dir string) (*corpus.Store, *codebook.Codebook) {
	t.Helper()
	proj, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := corpus.OpenStore(context.Background(), proj.StorePath())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cb, err := codebook.Load(proj.CodebookPath())
	if err != nil {
		t.Fatal(err)
	}
	return st, cb
}

func sample(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(samplesDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("sample %s not available: %v", name, err)
	}
	return p
}

func hasWarning(ws []string, re string) bool {
	r := regexp.MustCompile(re)
	for _, w := range ws {
		if r.MatchString(w) {
			return true
		}
	}
	return false
}

func TestQDPXSamples(t *testing.T) {
	ctx := context.Background()
	t.Run("ornio hand-authored (directory)", func(t *testing.T) {
		into := filepath.Join(t.TempDir(), "p")
		rep, err := ingest.ImportQDPX(ctx, sample(t, "hand-authored-ornio"), ingest.QDPXOptions{Into: into})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%+v", rep)
		if rep.Sources != 2 || rep.Codes != 4 || rep.Codings != 3 || rep.Notes != 3 || rep.Groups != 1 {
			t.Errorf("report %+v", rep)
		}
		for _, re := range []string{`1 picture source \(1 selection, 1 coding\) not imported`, `1 audio source`, `1 video source`,
			`1 PDF source: .*1 region selection`, `1 graph not imported`, `cases to codes`} {
			if !hasWarning(rep.Warnings, re) {
				t.Errorf("no warning %q in %q", re, rep.Warnings)
			}
		}
		st, cb := openImported(t, into)
		cs, _ := st.Codings(ctx, corpus.CodingFilter{})
		var got []string
		for _, c := range cs {
			got = append(got, fmt.Sprintf("%s %s [%d,%d) %q %s", c.DocID, c.Code, c.Start, c.End, c.Quote, c.Coder))
		}
		want := []string{
			`Interview_1 topics.health [0,15) "Diet and health" Researcher A`,
			`Interview_1 topics.health.diet [9,23) "health are clo" Researcher A`,
			`Interview_1 topics.health.diet [0,20) "Diet and health are " unknown`,
		}
		sort.Strings(got)
		sort.Strings(want)
		if !slices.Equal(got, want) {
			t.Errorf("codings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if c, ok := cb.Code("topics.health.diet"); !ok || c.Colour != "#dc0000" || c.Definition != "Food and eating habits" {
			t.Errorf("code topics.health.diet: %+v", c)
		}
		d, err := st.Document(ctx, "Interview_1")
		if err != nil {
			t.Fatal(err)
		}
		if d.Attrs["age"] != "34" || d.Attrs["consented"] != "true" || d.Attrs["sets"] != "Diet-related" {
			t.Errorf("attributes %v", d.Attrs)
		}
		memos, _ := st.Memos(ctx, "", "")
		var kinds []string
		for _, m := range memos {
			kinds = append(kinds, m.TargetKind)
		}
		sort.Strings(kinds)
		if !slices.Equal(kinds, []string{"coding", "document", "project"}) {
			t.Errorf("memo targets %v", kinds)
		}
	})
	t.Run("ornio hand-authored (bare .qde)", func(t *testing.T) {
		rep, err := ingest.ImportQDPX(ctx, sample(t, "hand-authored-ornio/project.qde"), ingest.QDPXOptions{Into: filepath.Join(t.TempDir(), "p")})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Sources != 2 || rep.Codings != 3 {
			t.Errorf("report %+v", rep)
		}
	})
	t.Run("nvivo mac 15", func(t *testing.T) {
		// Its two sources are empty (a newline each): nothing to import.
		src := sample(t, "nvivo-mac-15/nvivo_project.qdpx")
		into := filepath.Join(t.TempDir(), "p")
		_, err := ingest.ImportQDPX(ctx, src, ingest.QDPXOptions{Into: into})
		if err == nil || !strings.Contains(err.Error(), "nothing to import: the project holds 2 text sources, 262 codes, but every source's text is empty; nothing was imported") ||
			!strings.Contains(err.Error(), "groundwork codebook import") {
			t.Fatalf("err = %v", err)
		}
		if _, err := os.Stat(into); err == nil {
			t.Errorf("%s was created", into)
		}
		// With text in one, it comes in with its codebook.
		withText := filepath.Join(t.TempDir(), "nvivo.qdpx")
		copyZip(t, src, withText, map[string]string{"sources/d097e6fd-7671-4d95-a8b6-7795fa4a72e1.txt": "Interviewer: Hello.\n\nParticipant: Hello there."})
		rep, err := ingest.ImportQDPX(ctx, withText, ingest.QDPXOptions{Into: into})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%+v", rep)
		if rep.Sources != 2 || rep.Codes != 262 || rep.Users != 2 {
			t.Errorf("report %+v", rep)
		}
		_, cb := openImported(t, into)
		// Siblings with the same name under different parents stay apart;
		// deep trees keep their shape.
		if _, ok := cb.Code("rq2_curriculum_and_instruction.pedagogy.pedagogy"); !ok {
			t.Errorf("no rq2_curriculum_and_instruction.pedagogy.pedagogy in %d codes", len(cb.Codes()))
		}
	})
	t.Run("spec annex A.2 (ATLAS.ti, sources missing)", func(t *testing.T) {
		// None of its sources is there: nothing to import, and the error
		// says what the project holds and why.
		qde := sample(t, "spec-annex-a2-atlasti/Project.qde")
		into := filepath.Join(t.TempDir(), "p")
		_, err := ingest.ImportQDPX(ctx, qde, ingest.QDPXOptions{Into: into})
		if err == nil || !strings.Contains(err.Error(), "nothing to import: the project holds 6 text sources, 2 PDF sources, 1 picture source, 1 audio source, 2 video sources, 2 notes, 14 codes, but none of its sources' text could be read (source \"1960s Coca Cola commercial - Audio.docx\": its text file internal://01106019-2518-43DD-BBD1-8F0252BACB30.txt is not in the archive;") {
			t.Fatalf("err = %v", err)
		}
		if _, err := os.Stat(into); err == nil {
			t.Errorf("%s was created", into)
		}
		// With one source's text beside it, the rest comes in.
		dir := t.TempDir()
		data, err := os.ReadFile(qde)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "Project.qde"), data, 0o644)
		os.Mkdir(filepath.Join(dir, "sources"), 0o755)
		os.WriteFile(filepath.Join(dir, "sources", "01106019-2518-43DD-BBD1-8F0252BACB30.txt"), []byte(strings.Repeat("Coke is it. ", 200)), 0o644)
		rep, err := ingest.ImportQDPX(ctx, filepath.Join(dir, "Project.qde"), ingest.QDPXOptions{Into: into})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%+v", rep)
		if rep.Sources != 1 || rep.Codes != 14 || rep.Groups != 5 {
			t.Errorf("report %+v", rep)
		}
		for _, re := range []string{`source "Simon.docx": its text file internal://C1C745F7.* is not in the archive; not imported \(with 3 selections and 3 codings\)`,
			`source "Mabel.txt": .*1 selection and 3 codings`, `2 video sources`, `1 graph`} {
			if !hasWarning(rep.Warnings, re) {
				t.Errorf("no warning %q in %q", re, rep.Warnings)
			}
		}
		_, cb := openImported(t, into)
		// "Coke::diet Coke" is diet Coke under Coke.
		c, ok := cb.Code("coke.diet_coke")
		if !ok || c.ParentID != "coke" || c.Label != "diet Coke" || c.Definition != "non sucré" {
			t.Errorf("coke.diet_coke: %+v", c)
		}
		if g, ok := cb.Group("negative feelings"); !ok || len(g.Codes) != 4 {
			t.Errorf("group negative feelings: %+v", g)
		}
	})
}

type zipEntry struct {
	name string
	data []byte
	// declared, when set, is written as the entry's uncompressed size
	// instead of the real one (a lying header).
	declared uint64
}

func writeZip(t *testing.T, path string, entries []zipEntry) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, e := range entries {
		if e.declared == 0 {
			w, err := zw.Create(e.name)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(e.data)
			continue
		}
		var comp bytes.Buffer
		dw := newDeflater(&comp)
		dw.Write(e.data)
		dw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate,
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: e.declared, CRC32: 0})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(comp.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// copyZip copies a zip archive, replacing the content of the entries named
// in replace.
func copyZip(t *testing.T, from, to string, replace map[string]string) {
	t.Helper()
	zr, err := zip.OpenReader(from)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var entries []zipEntry
	for _, f := range zr.File {
		data, ok := []byte(replace[f.Name]), true
		if _, ok = replace[f.Name]; !ok {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
		}
		entries = append(entries, zipEntry{name: f.Name, data: data})
	}
	writeZip(t, to, entries)
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

func importedCodings(t *testing.T, into string) []string {
	t.Helper()
	st, _ := openImported(t, into)
	cs, err := st.Codings(context.Background(), corpus.CodingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %s %q %s", c.DocID, c.Code, c.Quote, c.Coder))
	}
	sort.Strings(out)
	return out
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
			rep, err := ingest.ImportQDPX(ctx, src, ingest.QDPXOptions{Into: into})
			if err != nil {
				t.Fatal(err)
			}
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
			if err != nil {
				t.Fatal(err)
			}
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

func TestQDPXHostile(t *testing.T) {
	ctx := context.Background()
	good := []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>`)
	zeros := make([]byte, 3<<20)
	oneSource := []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="a" name="A" plainTextPath="internal://a.txt"/></Sources></Project>`)
	twoSources := []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="a" name="A" plainTextPath="internal://a.txt"/>` +
		`<TextSource guid="b" name="B" plainTextPath="internal://b.txt"/></Sources></Project>`)
	inline := func(n int) []byte {
		return []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="a" name="A"><PlainTextContent>` +
			strings.Repeat("P: words\n", n/9) + `</PlainTextContent></TextSource></Sources></Project>`)
	}
	selections := func(n int) []byte {
		return []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="a" name="A"><PlainTextContent>P: hello</PlainTextContent>` +
			strings.Repeat(`<PlainTextSelection/>`, n) + `</TextSource></Sources></Project>`)
	}
	fromGroundwork := []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="groundwork"><Sources><TextSource guid="a" name="A" plainTextPath="internal://a.txt"/></Sources></Project>`)
	manyStates := func(n int) []byte {
		var b strings.Builder
		b.WriteString(`{"version":1,"codings":{`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"%08d-0000-0000-0000-000000000000":{"status":"accepted","origin":"rule","rule":"r","evidence":"e"}`, i)
		}
		b.WriteString(`}}`)
		return []byte(b.String())
	}
	many := []zipEntry{{name: "project.qde", data: good}}
	for i := range 10000 {
		many = append(many, zipEntry{name: fmt.Sprintf("sources/%d.txt", i), data: []byte("x")})
	}
	for _, tc := range []struct {
		name    string
		entries []zipEntry
		raw     []byte // instead of a zip
		limits  ingest.ArchiveLimits
		want    string
	}{
		{name: "parent path", entries: []zipEntry{{name: "project.qde", data: good}, {name: "../evil.txt", data: []byte("x")}},
			want: `entry "../evil.txt" points outside the archive`},
		{name: "absolute path", entries: []zipEntry{{name: "project.qde", data: good}, {name: "/etc/evil", data: []byte("x")}},
			want: `entry "/etc/evil" points outside the archive`},
		{name: "windows path", entries: []zipEntry{{name: "project.qde", data: good}, {name: `sources\..\..\evil`, data: []byte("x")}},
			want: `points outside the archive`},
		{name: "declared bomb", entries: []zipEntry{{name: "project.qde", data: oneSource}, {name: "sources/a.txt", data: []byte("x"), declared: 300 << 20}},
			limits: ingest.ArchiveLimits{MaxText: 100 << 20},
			want:   `entry "sources/a.txt" declares 314572800 bytes uncompressed, more than a source may hold (its text is limited to 100 MiB; --max-size raises it)`},
		{name: "declared bomb, default limit", entries: []zipEntry{{name: "project.qde", data: oneSource}, {name: "sources/a.txt", data: []byte("x"), declared: 2 << 30}},
			want: `entry "sources/a.txt" declares 2147483648 bytes uncompressed, more than a source may hold (its text is limited to 50 MiB`},
		{name: "declared total", entries: []zipEntry{{name: "project.qde", data: twoSources},
			{name: "sources/a.txt", data: []byte("x"), declared: 150 << 20}, {name: "sources/b.txt", data: []byte("x"), declared: 150 << 20}},
			limits: ingest.ArchiveLimits{MaxTotal: 200 << 20, MaxText: 100 << 20}, want: `the sources declare 300 MiB uncompressed, more than the limit of 200 MiB for an archive`},
		{name: "declared text total", entries: []zipEntry{{name: "project.qde", data: twoSources},
			{name: "sources/a.txt", data: []byte("x"), declared: 60 << 20}, {name: "sources/b.txt", data: []byte("x"), declared: 60 << 20}},
			limits: ingest.ArchiveLimits{MaxTotalText: 50 << 20}, want: `the sources' files hold at least 120 MiB of text, more than the limit of 50 MiB for a project`},
		{name: "lying header", entries: []zipEntry{{name: "project.qde", data: zeros, declared: 100}},
			want: `entry "project.qde" cannot be read`},
		{name: "lying source header", entries: []zipEntry{{name: "project.qde", data: oneSource}, {name: "sources/a.txt", data: zeros, declared: 100}},
			want: `entry "sources/a.txt" cannot be read`},
		{name: "huge entry", entries: []zipEntry{{name: "project.qde", data: zeros}}, limits: ingest.ArchiveLimits{MaxEntry: 1 << 20},
			want: `entry "project.qde" declares 3145728 bytes uncompressed, more than the limit of 1 MiB per entry`},
		{name: "text over the limit", entries: []zipEntry{{name: "project.qde", data: oneSource}, {name: "sources/a.txt", data: bytes.Repeat([]byte("P: words\n"), 150_000)}},
			limits: ingest.ArchiveLimits{MaxText: 1 << 20}, want: `text source "A": its text is 1.3 MiB, more than the limit of 1 MiB for one source (--max-size raises it)`},
		{name: "texts over the limit", entries: []zipEntry{{name: "project.qde", data: twoSources},
			{name: "sources/a.txt", data: bytes.Repeat([]byte("P: words\n"), 70_000)}, {name: "sources/b.txt", data: bytes.Repeat([]byte("P: words\n"), 70_000)}},
			limits: ingest.ArchiveLimits{MaxTotalText: 1 << 20}, want: `the sources' files hold at least 1.2 MiB of text, more than the limit of 1 MiB for a project`},
		{name: "texts over the limit once decoded", entries: []zipEntry{{name: "project.qde", data: twoSources}, // Windows-1252: é is one byte, two in UTF-8
			{name: "sources/a.txt", data: bytes.Repeat([]byte("caf\xe9 "), 100_000)}, {name: "sources/b.txt", data: bytes.Repeat([]byte("caf\xe9 "), 100_000)}},
			limits: ingest.ArchiveLimits{MaxTotalText: 1 << 20}, want: `the sources' text comes to more than 1 MiB, the limit for a project`},
		{name: "inline text over the limit", entries: []zipEntry{{name: "project.qde", data: inline(3 << 20)}},
			limits: ingest.ArchiveLimits{MaxText: 1 << 20}, want: `project.qde has a text, tag or comment longer than 1 MiB, the limit for a source's text`},
		{name: "inline text just over the limit", entries: []zipEntry{{name: "project.qde", data: inline(3 << 19)}},
			limits: ingest.ArchiveLimits{MaxText: 1 << 20}, want: `text source "A": its text is 1.5 MiB, more than the limit of 1 MiB for one source`},
		{name: "project over the limit", entries: []zipEntry{{name: "project.qde", data: selections(10_000)}},
			limits: ingest.ArchiveLimits{MaxProject: 1 << 20}, want: `project.qde describes more than the import can hold (1 MiB once decoded)`},
		{name: "codings.json value over the limit", entries: []zipEntry{{name: "project.qde", data: fromGroundwork},
			{name: "sources/a.txt", data: []byte("P: hello")}, {name: "groundwork/codings.json", data: []byte(`{"version":1,"codings":{"g":{"status":"accepted","origin":"rule","evidence":"` +
				strings.Repeat("x", 3<<20) + `"}}}`)}},
			limits: ingest.ArchiveLimits{MaxText: 1 << 20}, want: `groundwork/codings.json holds a value longer than 1 MiB, the limit for a source's text`},
		{name: "codings.json states over the limit", entries: []zipEntry{{name: "project.qde", data: fromGroundwork},
			{name: "sources/a.txt", data: []byte("P: hello")}, {name: "groundwork/codings.json", data: manyStates(20_000)}},
			limits: ingest.ArchiveLimits{MaxProject: 1 << 20}, want: `project.qde and groundwork/codings.json describe more than the import can hold (1 MiB once decoded)`},
		{name: "deep nesting", entries: []zipEntry{{name: "project.qde", data: []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes>` +
			strings.Repeat(`<Code guid="c" name="C">`, 2000) + strings.Repeat(`</Code>`, 2000) + `</Codes></CodeBook></Project>`)}},
			want: `project.qde nests elements more than 1000 deep`},
		{name: "Word source over the limit", entries: []zipEntry{{name: "project.qde", data: []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>` +
			`<TextSource guid="a" name="A" richTextPath="internal://a.docx"/></Sources></Project>`)}, {name: "sources/a.docx", data: docxOf(t, strings.Repeat("I: words ", 300_000))}},
			limits: ingest.ArchiveLimits{MaxText: 1 << 20}, want: `word/document.xml holds more than 1 MiB of text, the limit for one transcript`},
		{name: "too many entries", entries: many, limits: ingest.ArchiveLimits{MaxEntries: 10000},
			want: `lists 10001 entries, more than the limit of 10000`},
		{name: "not QDA-XML", entries: []zipEntry{{name: "project.qde", data: []byte(`<html><body>hi</body></html>`)}},
			want: `project.qde is not QDA-XML: the root element is <html>`},
		{name: "other namespace", entries: []zipEntry{{name: "project.qde", data: []byte(`<Project xmlns="urn:example"/>`)}},
			want: `project.qde is not QDA-XML: its namespace is "urn:example"`},
		{name: "broken XML", entries: []zipEntry{{name: "project.qde", data: []byte("<Project name=\"x\">\n<Sources>")}},
			want: `project.qde: XML syntax error on line 2`},
		{name: "entity bomb", entries: []zipEntry{{name: "project.qde", data: []byte(`<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Project name="&b;"/>`)}},
			want: `XML syntax error`},
		{name: "no qde", entries: []zipEntry{{name: "sources/a.txt", data: []byte("x")}}, want: `no .qde file at the top of the archive`},
		{name: "two qde", entries: []zipEntry{{name: "a.qde", data: good}, {name: "b.qde", data: good}}, want: `more than one .qde file (a.qde, b.qde)`},
		{name: "not an archive", raw: []byte("just some notes"), want: `not a REFI-QDA project`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "hostile.qdpx")
			if tc.raw != nil {
				os.WriteFile(src, tc.raw, 0o644)
			} else {
				writeZip(t, src, tc.entries)
			}
			into := filepath.Join(dir, "p")
			_, err := ingest.ImportQDPX(ctx, src, ingest.QDPXOptions{Into: into, Limits: tc.limits})
			if err == nil {
				t.Fatal("imported a hostile archive")
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "hostile.qdpx") {
				t.Errorf("error %q does not name the file and say %q", err, tc.want)
			}
			if _, serr := os.Stat(into); serr == nil {
				t.Errorf("%s was created", into)
			}
			noTemporary(t, dir)
			// An empty directory given with --into stays empty.
			empty := filepath.Join(dir, "empty")
			os.Mkdir(empty, 0o755)
			if _, err := ingest.ImportQDPX(ctx, src, ingest.QDPXOptions{Into: empty, Limits: tc.limits}); err == nil {
				t.Fatal("imported a hostile archive")
			}
			if es, _ := os.ReadDir(empty); len(es) != 0 {
				t.Errorf("%s is not empty after a refused import", empty)
			}
		})
	}
}

// noTemporary fails when an import left a temporary directory in dir.
func noTemporary(t *testing.T, dir string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if strings.Contains(e.Name(), ".importing-") {
			t.Errorf("the import left %s behind", e.Name())
		}
	}
}

// TestQDPXNothingToImport: a project that would import as an empty one
// (no text source, or none whose text is there) is refused with what it
// holds and why, and nothing is left behind.
func TestQDPXNothingToImport(t *testing.T) {
	ctx := context.Background()
	const ns = `<Project xmlns="urn:QDA-XML:project:1.0" name="x">`
	codes := `<CodeBook><Codes><Code guid="c1" name="Joy" isCodable="true"/><Code guid="c2" name="Fear" isCodable="true"/></Codes></CodeBook>`
	for _, tc := range []struct {
		name    string
		entries []zipEntry
		want    []string
	}{
		{name: "nothing", entries: []zipEntry{{name: "project.qde", data: []byte(ns + `</Project>`)}},
			want: []string{"nothing to import: the project holds nothing, but it has no text source (nor a PDF's text, nor a transcript of audio or video), and groundwork imports text only; nothing was imported"}},
		{name: "codes only", entries: []zipEntry{{name: "project.qde", data: []byte(ns + codes + `</Project>`)}},
			want: []string{"the project holds 2 codes, but it has no text source", "(to take only its codebook, export it from the other software as a REFI-QDA codebook, .qdc, and run groundwork codebook import)"}},
		{name: "media only", entries: []zipEntry{{name: "project.qde", data: []byte(ns + codes + `<Sources><PictureSource guid="p" name="Photo" path="internal://p.jpg"/>` +
			`<AudioSource guid="a" name="Talk" path="internal://a.mp3"/></Sources></Project>`)}},
			want: []string{"the project holds 1 picture source, 1 audio source, 2 codes, but it has no text source"}},
		{name: "sources missing", entries: []zipEntry{{name: "project.qde", data: []byte(ns + `<Sources><TextSource guid="a" name="A.txt" plainTextPath="internal://a.txt"/>` +
			`<TextSource guid="b" name="B" plainTextPath="absolute:///home/x/b.txt"/><TextSource guid="c" name="C"/></Sources></Project>`)}},
			want: []string{`the project holds 3 text sources, but none of its sources' text could be read (source "A.txt": its text file internal://a.txt is not in the archive; ` +
				`source "B": its text absolute:///home/x/b.txt is outside the archive, and groundwork reads only what the archive holds; source "C": it has no text (neither plainTextPath nor PlainTextContent)); nothing was imported`}},
		{name: "empty texts", entries: []zipEntry{{name: "project.qde", data: []byte(ns + `<Sources><TextSource guid="a" name="A" plainTextPath="internal://a.txt"/>` +
			`<TextSource guid="b" name="B"><PlainTextContent> </PlainTextContent></TextSource></Sources></Project>`)}, {name: "sources/a.txt", data: []byte("\r\n")}},
			want: []string{"the project holds 2 text sources, but every source's text is empty; nothing was imported"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "x.qdpx")
			writeZip(t, src, tc.entries)
			into := filepath.Join(dir, "p")
			_, err := ingest.ImportQDPX(ctx, src, ingest.QDPXOptions{Into: into})
			if err == nil {
				t.Fatal("an empty project was imported")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) || !strings.HasPrefix(err.Error(), src+": ") {
					t.Errorf("error %q does not name the file and say %q", err, w)
				}
			}
			if _, err := os.Stat(into); err == nil {
				t.Errorf("%s was created", into)
			}
			noTemporary(t, dir)
		})
	}
}

// bombZip writes a .qdpx whose sources are each size bytes of text once
// decompressed (honest headers; a few hundred KB per 200 MiB).
func bombZip(t *testing.T, path string, sources int, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	var qde strings.Builder
	qde.WriteString(`<Project xmlns="urn:QDA-XML:project:1.0" name="bomb"><Sources>`)
	for i := range sources {
		fmt.Fprintf(&qde, `<TextSource guid="s%d" name="S%d" plainTextPath="internal://s%d.txt"/>`, i, i, i)
	}
	qde.WriteString(`</Sources></Project>`)
	w, _ := zw.Create("project.qde")
	io.WriteString(w, qde.String())
	chunk := bytes.Repeat([]byte("Participant: and then we talked about the programme again.\n"), 1<<14)
	for i := range sources {
		w, _ := zw.Create(fmt.Sprintf("sources/s%d.txt", i))
		for n := int64(0); n < size; n += int64(len(chunk)) {
			w.Write(chunk[:min(int64(len(chunk)), size-n)])
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestQDPXBomb imports the audit's bomb, a small .qdpx with one 200 MiB
// source: refused from its declared size before anything is decompressed,
// and raising the limit past it refuses the text's total instead. (Memory
// is measured in the report, with /usr/bin/time, not here.)
func TestQDPXBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 200 MiB through a compressor")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "bomb.qdpx")
	bombZip(t, src, 1, 200<<20)
	for _, tc := range []struct {
		limits ingest.ArchiveLimits
		want   string
	}{
		{ingest.ArchiveLimits{}, `entry "sources/s0.txt" declares 209715200 bytes uncompressed, more than a source may hold (its text is limited to 50 MiB`},
		{ingest.ArchiveLimits{MaxText: 300 << 20, MaxTotalText: 64 << 20}, `the sources' files hold at least 200 MiB of text, more than the limit of 64 MiB for a project`},
	} {
		into := filepath.Join(dir, "p")
		_, err := ingest.ImportQDPX(context.Background(), src, ingest.QDPXOptions{Into: into, Limits: tc.limits})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "refusing the archive, nothing was imported") {
			t.Errorf("err = %v, want %q", err, tc.want)
		}
		if _, err := os.Stat(into); err == nil {
			t.Errorf("%s was created", into)
		}
		noTemporary(t, dir)
	}
}

func TestQDPXIntoMustBeEmpty(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "trial.qdpx")
	writeZip(t, src, lenientEntries("x", false))
	into := filepath.Join(dir, "full")
	os.Mkdir(into, 0o755)
	os.WriteFile(filepath.Join(into, "keep.txt"), []byte("mine"), 0o644)
	_, err := ingest.ImportQDPX(context.Background(), src, ingest.QDPXOptions{Into: into})
	if err == nil || !strings.Contains(err.Error(), "is not empty") {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(into, "keep.txt")); string(b) != "mine" {
		t.Error("a file in the directory was touched")
	}
}

func newDeflater(w io.Writer) io.WriteCloser {
	fw, _ := flate.NewWriter(w, flate.BestSpeed)
	return fw
}

func docxOf(t *testing.T, paras ...string) []byte {
	t.Helper()
	var body strings.Builder
	for _, p := range paras {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + p + `</w:t></w:r></w:p>`)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range map[string]string{
		"[Content_Types].xml": "<Types/>",
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `</w:body></w:document>`,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(data))
	}
	zw.Close()
	return buf.Bytes()
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
	})
	into := filepath.Join(dir, "p")
	rep, err := ingest.ImportQDPX(ctx, src, ingest.QDPXOptions{Into: into})
	if err != nil {
		t.Fatal(err)
	}
	for _, re := range []string{
		`source "Garden.docx": it has only a Word file`,
		`source "Latin": its text is not UTF-8; it was read as Windows-1252`,
		`note "Missing note": its text file internal://n2.txt is not in the archive`,
		`source "Garden.docx": 1 coding of the whole source applied to the whole document`,
		`1 picture source \(0 selections, 0 codings\)`,
		`1 link between things other than notes`,
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
	if d.Attrs["age_group"] != "3" || d.Attrs["age_group_2"] != "true" {
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

// An unpacked project cannot make the import read files outside it.
func TestQDPXDirectorySymlink(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	os.WriteFile(secret, []byte("private words"), 0o644)
	proj := filepath.Join(dir, "proj")
	os.MkdirAll(filepath.Join(proj, "sources"), 0o755)
	os.WriteFile(filepath.Join(proj, "project.qde"), []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
<TextSource guid="s" name="Linked" plainTextPath="internal://link.txt"/></Sources></Project>`), 0o644)
	if err := os.Symlink(secret, filepath.Join(proj, "sources", "link.txt")); err != nil {
		t.Skip(err)
	}
	into := filepath.Join(dir, "p")
	_, err := ingest.ImportQDPX(context.Background(), proj, ingest.QDPXOptions{Into: into})
	if err == nil || !strings.Contains(err.Error(), `source "Linked": its text file internal://link.txt is not in the archive`) || strings.Contains(err.Error(), "private") {
		t.Errorf("err = %v", err)
	}
}

// importHelperEnv makes TestQDPXImportHelper, run as a child process, import
// SRC into DIR (its value: "SRC\nDIR").
const importHelperEnv = "GROUNDWORK_TEST_IMPORT"

// TestQDPXImportHelper is the child process of TestQDPXKilledImport.
func TestQDPXImportHelper(t *testing.T) {
	arg := os.Getenv(importHelperEnv)
	if arg == "" {
		t.Skip("only as the child of TestQDPXKilledImport")
	}
	src, into, _ := strings.Cut(arg, "\n")
	if _, err := ingest.ImportQDPX(context.Background(), src, ingest.QDPXOptions{Into: into}); err != nil {
		t.Fatal(err)
	}
}

// TestQDPXKilledImport kills an import (SIGKILL: no clean-up runs) while it
// writes the project: the target is not there, half-made, and importing
// again into it works, removing what the killed import left behind.
func TestQDPXKilledImport(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("kills with SIGKILL")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "big.qdpx")
	entries := []zipEntry{}
	var qde strings.Builder
	qde.WriteString(`<Project xmlns="urn:QDA-XML:project:1.0" name="big"><Sources>`)
	const n = 200
	for i := range n {
		fmt.Fprintf(&qde, `<TextSource guid="s%d" name="S%d" plainTextPath="internal://s%d.txt"/>`, i, i, i)
		var text strings.Builder
		for j := range 100 {
			fmt.Fprintf(&text, "Interviewer: Question %d of interview %d?\n\nParticipant: We talked about the programme and the people in it, turn %d.\n\n", j, i, j)
		}
		entries = append(entries, zipEntry{name: fmt.Sprintf("sources/s%d.txt", i), data: []byte(text.String())})
	}
	qde.WriteString(`</Sources></Project>`)
	writeZip(t, src, append([]zipEntry{{name: "project.qde", data: []byte(qde.String())}}, entries...))

	into := filepath.Join(dir, "p")
	cmd := exec.Command(os.Args[0], "-test.run=^TestQDPXImportHelper$")
	cmd.Env = append(os.Environ(), importHelperEnv+"="+src+"\n"+into)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once the project's settings are written, while its documents
	// are stored: wherever it builds the project, that is the time.
	for {
		if m, _ := filepath.Glob(filepath.Join(dir, "*", corpus.ConfigFile)); len(m) > 0 {
			break
		}
		if m, _ := filepath.Glob(filepath.Join(dir, ".p.importing-*", corpus.ConfigFile)); len(m) > 0 {
			break
		}
		if cmd.ProcessState != nil {
			break
		}
		time.Sleep(time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()
	if _, err := os.Stat(into); err == nil {
		st, err := corpus.OpenStore(context.Background(), filepath.Join(into, corpus.DataDir, "project.db"))
		if err == nil {
			docs, _ := st.Documents(context.Background())
			st.Close()
			if len(docs) == n {
				t.Skip("the import finished before it could be killed")
			}
		}
		t.Fatalf("a killed import left %s with part of a project", into)
	}
	rep, err := ingest.ImportQDPX(context.Background(), src, ingest.QDPXOptions{Into: into})
	if err != nil {
		t.Fatalf("importing again after a killed import: %v", err)
	}
	if rep.Sources != n {
		t.Errorf("sources = %d, want %d", rep.Sources, n)
	}
	noTemporary(t, dir)
}

// TestQDPXSideFile reads what a groundwork export keeps beside project.qde
// (groundwork/codings.json) as it streams: statuses restored, withheld
// codings put back where their text still is, and a file that is not
// groundwork's ignored with a warning.
func TestQDPXSideFile(t *testing.T) {
	qde := []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="groundwork">` +
		`<CodeBook><Codes><Code guid="` + codebook.CodeGUID("joy") + `" name="Joy" isCodable="true"/></Codes></CodeBook>` +
		`<Sources><TextSource guid="a" name="a" plainTextPath="internal://a.txt">` +
		`<PlainTextSelection guid="s1" startPosition="3" endPosition="8"><Coding guid="k1"><CodeRef targetGUID="` + codebook.CodeGUID("joy") + `"/></Coding></PlainTextSelection>` +
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
			rep, err := ingest.ImportQDPX(context.Background(), src, ingest.QDPXOptions{Into: into})
			if err != nil {
				t.Fatal(err)
			}
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
