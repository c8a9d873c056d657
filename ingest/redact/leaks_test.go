package redact

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/internal/ziptest"
)

var leakEntries = []Entry{
	{Kind: Person, Pseudonym: "[PERSON 1]", Original: "Priya Shah"},
	{Kind: Person, Pseudonym: "[PERSON 1]", Original: "Priya"},
	{Kind: Person, Pseudonym: "[PERSON 2]", Original: "Siobhán"},
	{Kind: Person, Pseudonym: "[PERSON 3]", Original: "Will"},
	{Kind: Phone, Pseudonym: "[PHONE 1]", Original: "07700 900123"},
	{Kind: Email, Pseudonym: "[EMAIL 1]", Original: "priya.shah@example.org"},
	{Kind: ID, Pseudonym: "[ID 1]", Original: "943 476 5919"},
}

func leakSummary(ls []Leak) string {
	var parts []string
	for _, l := range ls {
		parts = append(parts, fmt.Sprintf("%s:%d:%s", l.Where, l.Line, l.Entry.Original))
	}
	return strings.Join(parts, " ")
}

func TestLeaksPlainText(t *testing.T) {
	text := strings.Join([]string{
		"[PERSON 1] rang from [PHONE 1].",                // 1: clean
		"Then PRIYA came, and Priyanka too.",             // 2: Priya (not Priyanka)
		"Siobhan wrote; SIOBHÁN again",                   // 3: accent- and case-insensitive
		"I will come. Will came.",                        // 4: "will" only when capitalised
		"call 07700900123 or 07700 900 123",              // 5: digits whatever the spacing
		"mail Priya.Shah@Example.org",                    // 6
		"nhs 9434765919",                                 // 7
		"Priya\u00a0Shah and Sio\u0301bhan (decomposed)", // 8: NBSP and NFD
	}, "\n")
	got := leakSummary(Leaks([]byte(text), leakEntries))
	want := ":2:Priya :3:Siobhán :4:Will :5:07700 900123 :6:Priya :6:priya.shah@example.org :7:943 476 5919 :8:Priya :8:Priya Shah :8:Siobhán"
	if got != want {
		t.Errorf("Leaks:\n got  %s\n want %s", got, want)
	}
	if ls := Leaks([]byte("nothing to see here\n[PERSON 1]"), leakEntries); len(ls) != 0 {
		t.Errorf("clean text reported %v", leakSummary(ls))
	}
	if ls := Leaks(nil, leakEntries); len(ls) != 0 {
		t.Errorf("empty input reported leaks")
	}
	if ls := Leaks([]byte("Priya"), nil); len(ls) != 0 {
		t.Errorf("no originals reported leaks")
	}
}

func TestLeaksZip(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	// A .docx-like document: the name is split across two Word runs.
	add("word/document.xml", `<?xml version="1.0"?>
<w:document><w:body><w:p><w:r><w:t>Hello </w:t></w:r></w:p>
<w:p><w:r><w:t>Pri</w:t></w:r><w:r><w:t>ya said hi</w:t></w:r></w:p></w:body></w:document>`)
	// An .xlsx-like shared strings table, with an entity.
	add("xl/sharedStrings.xml", `<sst><si><t>[PERSON 1]</t></si><si><t>Siobh&#225;n</t></si></sst>`)
	// A REFI-QDA project: names in attributes.
	add("project.qde", `<Project><Users><User name="Will" guid="x"/></Users></Project>`)
	add("notes.txt", "clean\nclean\nring 07700 900123\n")
	// A nested archive (a .docx inside a .qdpx).
	var inner bytes.Buffer
	iz := zip.NewWriter(&inner)
	w, _ := iz.Create("word/document.xml")
	w.Write([]byte(`<w:document><w:t>priya.shah@example.org</w:t></w:document>`))
	iz.Close()
	w, _ = zw.Create("Sources/interview.docx")
	w.Write(inner.Bytes())
	zw.Close()

	got := leakSummary(Leaks(buf.Bytes(), leakEntries))
	// The lower-case "priya" inside the e-mail address is reported as the
	// e-mail's leak, not again as the person's: one-word names count only
	// when capitalised.
	want := "Sources/interview.docx/word/document.xml:1:priya.shah@example.org " +
		"notes.txt:3:07700 900123 project.qde:1:Will word/document.xml:3:Priya xl/sharedStrings.xml:1:Siobhán"
	if got != want {
		t.Errorf("Leaks(zip):\n got  %s\n want %s", got, want)
	}
	// A damaged zip is scanned as bytes and does not panic.
	Leaks(buf.Bytes()[:40], leakEntries)
}

func TestLeaksNoContext(t *testing.T) {
	// A Leak has no field that could carry the surrounding text.
	ls := Leaks([]byte("secret context around Priya and more secret"), leakEntries)
	if len(ls) != 1 {
		t.Fatalf("got %d leaks", len(ls))
	}
	if s := fmt.Sprintf("%+v", ls[0]); strings.Contains(s, "secret") {
		t.Errorf("leak carries context: %s", s)
	}
}

// TestLeaksNonASCII finds names with accents written as UTF-8, as HTML
// named and numeric entities, in HTML, XML, and XML inside .docx and .qdpx
// archives (the scanner once read each UTF-8 byte of markup as a character
// of its own, so "Siobhán" never matched there).
func TestLeaksNonASCII(t *testing.T) {
	entries := []Entry{
		{Kind: Person, Pseudonym: "[PERSON 2]", Original: "Siobhán"},
		{Kind: Person, Pseudonym: "[PERSON 4]", Original: "Zoë Ó Súilleabháin"},
		{Kind: Person, Pseudonym: "[PERSON 5]", Original: "Ngozi Ọkafọ"},
	}
	docx := func(body string) []byte {
		return ziptest.Build(t, "[Content_Types].xml", `<?xml version="1.0"?><Types/>`,
			"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document><w:body><w:p><w:r><w:t>`+body+`</w:t></w:r></w:p></w:body></w:document>`)
	}
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"html utf-8", []byte("<!doctype html>\n<html><body>\n<p>Then Siobhán said</p></body></html>"), ":3:Siobhán"},
		{"html named entity", []byte("<!DOCTYPE html>\n<p>Siobh&aacute;n</p>"), ":2:Siobhán"},
		{"html decimal entity", []byte("<html><p>Siobh&#225;n</p></html>"), ":1:Siobhán"},
		{"html hex entity", []byte("<html><p>Siobh&#xE1;n</p></html>"), ":1:Siobhán"},
		{"html in an attribute", []byte(`<html><img alt="Zoë Ó Súilleabháin"></html>`), ":1:Zoë Ó Súilleabháin"},
		{"xml utf-8", []byte("<?xml version=\"1.0\"?>\n<doc>\n<t>Ngozi Ọkafọ</t></doc>"), ":3:Ngozi Ọkafọ"},
		{"docx", docx("Siobhán rang"), "word/document.xml:1:Siobhán"},
		{"docx split run", docx("Zoë Ó Súille</w:t></w:r><w:r><w:t>abháin"), "word/document.xml:1:Zoë Ó Súilleabháin"},
		{"qdpx", ziptest.Build(t, "project.qde", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project>\n<Users><User name=\"Siobhán\"/></Users>\n<PlainTextContent>Zoë Ó Súilleabháin</PlainTextContent></Project>"),
			"project.qde:3:Siobhán project.qde:4:Zoë Ó Súilleabháin"},
		{"docx in qdpx", ziptest.Build(t, "Sources/a.docx", string(docx("Ngozi Ọkafọ"))), "Sources/a.docx/word/document.xml:1:Ngozi Ọkafọ"},
		{"clean html", []byte("<html><p>Siobhra’s café — [PERSON 2] &amp; Zo&euml;</p></html>"), ""},
	} {
		if got := leakSummary(Leaks(c.data, entries)); got != c.want {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
	}
}

// TestLeaksBinaryNoise: in binary files (database pages, compressed index
// segments) a short name that touches a non-character byte is noise, not a
// leak; names standing in text there still count.
func TestLeaksBinaryNoise(t *testing.T) {
	entries := []Entry{
		{Kind: Person, Pseudonym: "[PERSON 1]", Original: "Jo"},
		{Kind: Person, Pseudonym: "[PERSON 2]", Original: "Pat"},
		{Kind: Person, Pseudonym: "[PERSON 3]", Original: "Malcolm"},
	}
	for _, c := range []struct {
		name string
		data string
		want string
	}{
		{"noise", "V\xeb\x00:M\x00Jo\x00\x8e\xd5 cise\x01\xbcPat it's not", ""},
		{"long name in a field", "\x00\x17Malcolm\x00\x03", ":1:Malcolm"},
		{"short name in text", "\x00\x00Then Jo came, and Pat.\x00", ":1:Jo :1:Pat"},
		{"text file", "\x0bJo\x0b", ":1:Jo"},
	} {
		if got := leakSummary(Leaks([]byte(c.data), entries)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
