package refiqda_test

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
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
	"github.com/groundwork-qda/groundwork/refiqda"
)

// samplesDir holds the REFI-QDA samples from other tools
// (shared/refi-qda/samples beside the repository); the tests that read
// them skip as a whole when they are not there.
const samplesDir = "../../shared/refi-qda/samples"

// sample returns the path of a sample, skipping the test when it is not
// there. Call it first in a test.
func sample(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(samplesDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("sample %s not available: %v", name, err)
	}
	return p
}

// validate checks data against a schema in testdata (Project.xsd or
// Codebook.xsd) in a subtest of its own, "schema", which is skipped as a
// whole when xmllint is not installed.
func validate(t *testing.T, schema string, data []byte) {
	t.Helper()
	t.Run("schema", func(t *testing.T) {
		if _, err := exec.LookPath("xmllint"); err != nil {
			t.Skip("xmllint is not installed (Debian: libxml2-utils)")
		}
		xsd, err := filepath.Abs(filepath.Join("testdata", schema))
		noErr(t, err)
		f := filepath.Join(t.TempDir(), "doc.xml")
		if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("xmllint", "--noout", "--schema", xsd, f).CombinedOutput(); err != nil {
			t.Fatalf("does not validate against %s: %v\n%s", schema, err, out)
		}
	})
}

// noErr fails the test on err.
func noErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func runeIndex(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:i])
}

// study builds the demo study as `groundwork demo` does (ingest of the
// demo transcripts, auto-coding) plus an accented document, acc-01, whose
// text is accDoc. It returns acc-01 as stored with the project.
func study(t *testing.T, name, accDoc string) (*corpus.Project, *corpus.Store, *codebook.Codebook, *corpus.Document) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	acc := filepath.Join(dir, "acc-01.txt")
	if err := os.WriteFile(acc, []byte(accDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	proj, st, cb := ingesttest.Project(t, name, append(ingesttest.Demo(t, dir), acc)...)
	if _, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{}); err != nil {
		t.Fatal(err)
	}
	doc, err := st.Document(ctx, "acc-01")
	noErr(t, err)
	return proj, st, cb, doc
}

// codeAt makes a manual coding of the first place phrase is in doc.
func codeAt(t *testing.T, doc *corpus.Document, phrase, code, coder string) *corpus.Coding {
	t.Helper()
	s := runeIndex(doc.Text, phrase)
	if s < 0 {
		t.Fatalf("%q not in %s", phrase, doc.ID)
	}
	return &corpus.Coding{DocID: doc.ID, Start: s, End: s + utf8.RuneCountInString(phrase), Code: code,
		Coder: coder, Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: phrase}
}

// codeName is the name a code is exported under.
func codeName(c *codebook.Code) string {
	if strings.TrimSpace(c.Label) != "" {
		return c.Label
	}
	return c.ID
}

func exportQDPX(t *testing.T, proj *corpus.Project, st *corpus.Store, cb *codebook.Codebook, path string) *refiqda.ExportReport {
	t.Helper()
	rep, err := refiqda.WriteQDPX(context.Background(), path, proj, st, cb, refiqda.ExportOptions{Now: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)})
	noErr(t, err)
	return rep
}

// unzip returns the entries of a zip archive, failing on any that is not
// deflated.
func unzip(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	noErr(t, err)
	out := map[string][]byte{}
	for _, f := range zr.File {
		if f.Method != zip.Deflate {
			t.Errorf("%s is not deflated", f.Name)
		}
		rc, err := f.Open()
		noErr(t, err)
		b, err := io.ReadAll(rc)
		rc.Close()
		noErr(t, err)
		out[f.Name] = b
	}
	return out
}

// readZip returns the entries of a zip file.
func readZip(t *testing.T, path string) map[string][]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	noErr(t, err)
	return unzip(t, data)
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
		noErr(t, err)
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

// openImported opens an imported project.
func openImported(t *testing.T, dir string) (*corpus.Store, *codebook.Codebook) {
	t.Helper()
	proj, err := corpus.Open(dir)
	noErr(t, err)
	st, err := corpus.OpenStore(context.Background(), proj.StorePath())
	noErr(t, err)
	t.Cleanup(func() { st.Close() })
	cb, err := codebook.Load(proj.CodebookPath())
	noErr(t, err)
	return st, cb
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

func importedCodings(t *testing.T, into string) []string {
	t.Helper()
	st, _ := openImported(t, into)
	cs, err := st.Codings(context.Background(), corpus.CodingFilter{})
	noErr(t, err)
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %s %q %s", c.DocID, c.Code, c.Quote, c.Coder))
	}
	sort.Strings(out)
	return out
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
	noErr(t, err)
	zw := zip.NewWriter(f)
	for _, e := range entries {
		if e.declared == 0 {
			w, err := zw.Create(e.name)
			noErr(t, err)
			w.Write(e.data)
			continue
		}
		var comp bytes.Buffer
		dw := newDeflater(&comp)
		dw.Write(e.data)
		dw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate,
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: e.declared, CRC32: 0})
		noErr(t, err)
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
	noErr(t, err)
	defer zr.Close()
	var entries []zipEntry
	for _, f := range zr.File {
		data, ok := []byte(replace[f.Name]), true
		if _, ok = replace[f.Name]; !ok {
			rc, err := f.Open()
			noErr(t, err)
			data, err = io.ReadAll(rc)
			rc.Close()
			noErr(t, err)
		}
		entries = append(entries, zipEntry{name: f.Name, data: data})
	}
	writeZip(t, to, entries)
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
