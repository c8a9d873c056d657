package parse

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/internal/ziptest"
)

// wordDoc wraps body XML in a document.xml.
func wordDoc(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
		`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `</w:body></w:document>`
}

// para builds a paragraph from runs; a run starting with "*" is bold.
func para(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, r := range runs {
		if strings.HasPrefix(r, "*") {
			b.WriteString(`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + r[1:] + `</w:t></w:r>`)
		} else {
			b.WriteString(`<w:r><w:t xml:space="preserve">` + r + `</w:t></w:r>`)
		}
	}
	b.WriteString("</w:p>")
	return b.String()
}

func TestDocx(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		want  []string
		meta  map[string]string
		warns int
	}{
		{
			name: "paragraph layout, bold labels, tabs and breaks",
			body: `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Interview 7</w:t></w:r></w:p>` +
				para("*Interviewer:", " How did it start?") +
				para("*Participant", `<w:tab/>`, "It started slowly.") +
				`<w:p><w:r><w:t>It got</w:t><w:br/><w:t>better.</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>` +
				`<w:p><w:r><w:fldChar/><w:instrText>PAGE \* MERGEFORMAT</w:instrText></w:r><w:r><w:t>Initial Steps:</w:t></w:r></w:p>` +
				para("*Interviewer:", " Thanks."),
			want: []string{
				"Interviewer|2|How did it start?",
				"Participant|3|It started slowly.\n\nIt got\nbetter.\n\nInitial Steps:",
				"Interviewer|6|Thanks.",
			},
			meta: map[string]string{"title": "Interview 7"},
		},
		{
			name: "line layout with a header block",
			body: para("Project X") + para("") + para("Interviewer: Ann Lee") + para("Date: 1/2/2024") +
				para("Place: Room 4") + para("   Leeds") + para("") +
				para("Lee:     Hello, can you") + para("           tell me more?  ") + para("") +
				para(" Abd Rabou:   Yes. I") + para("          can.") + para("") +
				para("Lee:    Thanks.") + para("") + para("Abd Rabou: Bye."),
			want: []string{
				"|1|Project X",
				"Lee|8|Hello, can you\ntell me more?",
				"Abd Rabou|11|Yes. I\ncan.",
				"Lee|14|Thanks.",
				"Abd Rabou|16|Bye.",
			},
			meta:  map[string]string{"Interviewer": "Ann Lee", "Date": "1/2/2024", "Place": "Room 4; Leeds"},
			warns: 1,
		},
		{
			name: "speaker table",
			body: `<w:tbl><w:tr><w:tc>` + para("Speaker") + `</w:tc><w:tc>` + para("Text") + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + para("Interviewer") + `</w:tc><w:tc>` + para("Hi.") + para("Go on.") + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + para("P1") + `</w:tc><w:tc>` + para("Hello.") + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + para("10") + `</w:tc><w:tc>` + para("x") + `</w:tc><w:tc>` + para("y") + `</w:tc></w:tr></w:tbl>`,
			want: []string{"Interviewer|3|Hi.\nGo on.", "P1|6|Hello.\n\n10 | x | y"},
		},
		{
			name: "alternate content fallback is not read twice",
			body: `<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>I: once</w:t></w:r></mc:Choice>` +
				`<mc:Fallback><w:r><w:t>I: twice</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`,
			want: []string{"I|1|once"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := ziptest.Build(t, "[Content_Types].xml", "<Types/>", "word/document.xml", wordDoc(tt.body))
			got, err := Docx("a.docx", data, Options{}, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			checkTranscript(t, got, 0)
			if g := renderTurns(got); !reflect.DeepEqual(g, tt.want) {
				t.Errorf("turns:\n got %q\nwant %q", g, tt.want)
			}
			if tt.meta != nil && !reflect.DeepEqual(got.Meta, tt.meta) {
				t.Errorf("meta = %q, want %q", got.Meta, tt.meta)
			}
			if len(got.Warnings) != tt.warns {
				t.Errorf("warnings = %q, want %d", got.Warnings, tt.warns)
			}
		})
	}
}

func TestDocxMainPartFromRels(t *testing.T) {
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`
	data := ziptest.Build(t, "_rels/.rels", rels, "word/document2.xml", wordDoc(para("I: hi")))
	got, err := Docx("a.docx", data, Options{}, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if g := renderTurns(got); !reflect.DeepEqual(g, []string{"I|1|hi"}) {
		t.Errorf("turns = %q", g)
	}
}

// lyingZip builds an archive whose document.xml declares 10 bytes but
// inflates to size bytes.
func lyingZip(t *testing.T, size int) []byte {
	t.Helper()
	content := []byte(wordDoc(para(strings.Repeat("x", size))))
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write(content)
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "word/document.xml", Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE(content), CompressedSize64: uint64(comp.Len()), UncompressedSize64: 10,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	return buf.Bytes()
}

func TestDocxErrors(t *testing.T) {
	many := make([]string, 0, 40)
	for i := 0; i < 20; i++ {
		many = append(many, "f"+string(rune('a'+i)), "x")
	}
	tests := []struct {
		name   string
		data   []byte
		limits Limits
		want   string
	}{
		{"not a zip", []byte("hello"), Limits{}, "a.docx: is not a valid .docx (zip) file"},
		{"too many entries", ziptest.Build(t, many...), Limits{MaxEntries: 10}, "a.docx: the archive lists 20 entries, more than the limit of 10"},
		{"too large", ziptest.Build(t, "word/document.xml", wordDoc(para("I: hi"))), Limits{MaxUncompressed: 50},
			"a.docx: the archive declares more than 50 bytes uncompressed"},
		{"lying header", lyingZip(t, 1<<20), Limits{MaxUncompressed: 1000}, "a.docx: "},
		{"path outside", ziptest.Build(t, "../evil.xml", "x", "word/document.xml", wordDoc(para("I: hi"))), Limits{},
			`a.docx: the archive has an entry path outside the archive ("../evil.xml")`},
		{"absolute path", ziptest.Build(t, "/etc/x", "x"), Limits{}, `a.docx: the archive has an entry path outside the archive ("/etc/x")`},
		{"no document", ziptest.Build(t, "xl/workbook.xml", "<x/>"), Limits{}, "a.docx: has no word/document.xml, so it is not a Word document"},
		{"invalid xml", ziptest.Build(t, "word/document.xml", "<w:document><w:body>"), Limits{},
			"a.docx: word/document.xml is not valid XML (XML line 1:"},
		{"no text", ziptest.Build(t, "word/document.xml", wordDoc(para(""))), Limits{}, "a.docx: no transcript text found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Docx("a.docx", tt.data, Options{}, tt.limits)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error:\n got %v\nwant prefix %s", err, tt.want)
			}
		})
	}
}

// bigDocx builds a compressed .docx whose document.xml is head, then
// repeat written n times, then tail, without holding the XML in memory.
func bigDocx(t *testing.T, head, repeat string, n int, tail string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+head)
	chunk := strings.Repeat(repeat, max(1, (64<<10)/len(repeat)))
	per := len(chunk) / len(repeat)
	for i := 0; i < n; i += per {
		if n-i < per {
			chunk = strings.Repeat(repeat, n-i)
		}
		io.WriteString(w, chunk)
	}
	io.WriteString(w, tail+`</w:body></w:document>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDocxTextLimit: what a .docx decodes to is bounded, however small the
// file: a long run, many empty paragraphs, or one huge comment or
// attribute are refused at the text limit (ingest's --max-size), so the
// memory spent stays proportional to it.
func TestDocxTextLimit(t *testing.T) {
	run := func(text string) (string, string) {
		return `<w:p><w:r><w:t>` + text, `</w:t></w:r></w:p>`
	}
	h, tl := run("Interviewer: ")
	tests := []struct {
		name   string
		data   []byte
		limits Limits
		want   string // error prefix; "" for success
	}{
		{"60 MiB run, default limit", bigDocx(t, h, "a", 60<<20, tl), Limits{},
			"a.docx: word/document.xml holds more than 50 MiB of text, the limit for one transcript"},
		{"run over a set limit", bigDocx(t, h, "word ", 300<<10, tl), Limits{MaxText: 1 << 20},
			"a.docx: word/document.xml holds more than 1 MiB of text"},
		{"run under a set limit", bigDocx(t, h, "word ", 100<<10, tl), Limits{MaxText: 1 << 20}, ""},
		{"many empty paragraphs", bigDocx(t, "", "<w:p/>", 100_000, para("I: hi")), Limits{MaxText: 1 << 20},
			"a.docx: word/document.xml holds more than 1 MiB of text"},
		{"many runs in one paragraph", bigDocx(t, "<w:p>", "<w:r><w:t>ab</w:t><w:tab/></w:r>", 500_000, "</w:p>"), Limits{MaxText: 1 << 20},
			"a.docx: word/document.xml holds more than 1 MiB of text"},
		{"huge comment", bigDocx(t, para("I: hi")+"<!--", "x", 2<<20, "-->"), Limits{MaxText: 1 << 20},
			"a.docx: word/document.xml has one text, tag or comment longer than 1 MiB"},
		{"deep nesting", bigDocx(t, para("I: hi"), "<w:x>", 2000, strings.Repeat("</w:x>", 2000)), Limits{},
			"a.docx: word/document.xml nests elements more than 1000 deep"},
		{"huge attribute", bigDocx(t, `<w:p w:x="`, "x", 2<<20, `">`+`<w:r><w:t>I: hi</w:t></w:r></w:p>`), Limits{MaxText: 1 << 20},
			"a.docx: word/document.xml has one text, tag or comment longer than 1 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Docx("a.docx", tt.data, Options{}, tt.limits)
			if tt.want == "" {
				if err != nil || len(got.Turns) != 1 {
					t.Fatalf("Docx = %v, %v; want one turn", got, err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error:\n got %v\nwant prefix %s", err, tt.want)
			}
		})
	}
}
