package refiqda_test

// Hostile and broken input: refused, with nothing written or left behind.

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/refiqda"
)

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
		limits  refiqda.ArchiveLimits
		want    string
	}{
		{name: "parent path", entries: []zipEntry{{name: "project.qde", data: good}, {name: "../evil.txt", data: []byte("x")}},
			want: `entry "../evil.txt" points outside the archive`},
		{name: "absolute path", entries: []zipEntry{{name: "project.qde", data: good}, {name: "/etc/evil", data: []byte("x")}},
			want: `entry "/etc/evil" points outside the archive`},
		{name: "windows path", entries: []zipEntry{{name: "project.qde", data: good}, {name: `sources\..\..\evil`, data: []byte("x")}},
			want: `points outside the archive`},
		{name: "declared bomb", entries: []zipEntry{{name: "project.qde", data: oneSource}, {name: "sources/a.txt", data: []byte("x"), declared: 300 << 20}},
			limits: refiqda.ArchiveLimits{MaxText: 100 << 20},
			want:   `entry "sources/a.txt" declares 314572800 bytes uncompressed, more than a source may hold (its text is limited to 100 MiB; --max-size raises it)`},
		{name: "declared bomb, default limit", entries: []zipEntry{{name: "project.qde", data: oneSource}, {name: "sources/a.txt", data: []byte("x"), declared: 2 << 30}},
			want: `entry "sources/a.txt" declares 2147483648 bytes uncompressed, more than a source may hold (its text is limited to 50 MiB`},
		{name: "declared total", entries: []zipEntry{{name: "project.qde", data: twoSources},
			{name: "sources/a.txt", data: []byte("x"), declared: 150 << 20}, {name: "sources/b.txt", data: []byte("x"), declared: 150 << 20}},
			limits: refiqda.ArchiveLimits{MaxTotal: 200 << 20, MaxText: 100 << 20}, want: `the sources declare 300 MiB uncompressed, more than the limit of 200 MiB for an archive`},
		{name: "declared text total", entries: []zipEntry{{name: "project.qde", data: twoSources},
			{name: "sources/a.txt", data: []byte("x"), declared: 60 << 20}, {name: "sources/b.txt", data: []byte("x"), declared: 60 << 20}},
			limits: refiqda.ArchiveLimits{MaxTotalText: 50 << 20}, want: `the sources' files hold at least 120 MiB of text, more than the limit of 50 MiB for a project`},
		{name: "lying header", entries: []zipEntry{{name: "project.qde", data: zeros, declared: 100}},
			want: `entry "project.qde" cannot be read`},
		{name: "lying source header", entries: []zipEntry{{name: "project.qde", data: oneSource}, {name: "sources/a.txt", data: zeros, declared: 100}},
			want: `entry "sources/a.txt" cannot be read`},
		{name: "huge entry", entries: []zipEntry{{name: "project.qde", data: zeros}}, limits: refiqda.ArchiveLimits{MaxEntry: 1 << 20},
			want: `entry "project.qde" declares 3145728 bytes uncompressed, more than the limit of 1 MiB per entry`},
		{name: "text over the limit", entries: []zipEntry{{name: "project.qde", data: oneSource}, {name: "sources/a.txt", data: bytes.Repeat([]byte("P: words\n"), 150_000)}},
			limits: refiqda.ArchiveLimits{MaxText: 1 << 20}, want: `text source "A": its text is 1.3 MiB, more than the limit of 1 MiB for one source (--max-size raises it)`},
		{name: "texts over the limit", entries: []zipEntry{{name: "project.qde", data: twoSources},
			{name: "sources/a.txt", data: bytes.Repeat([]byte("P: words\n"), 70_000)}, {name: "sources/b.txt", data: bytes.Repeat([]byte("P: words\n"), 70_000)}},
			limits: refiqda.ArchiveLimits{MaxTotalText: 1 << 20}, want: `the sources' files hold at least 1.2 MiB of text, more than the limit of 1 MiB for a project`},
		{name: "texts over the limit once decoded", entries: []zipEntry{{name: "project.qde", data: twoSources}, // Windows-1252: é is one byte, two in UTF-8
			{name: "sources/a.txt", data: bytes.Repeat([]byte("caf\xe9 "), 100_000)}, {name: "sources/b.txt", data: bytes.Repeat([]byte("caf\xe9 "), 100_000)}},
			limits: refiqda.ArchiveLimits{MaxTotalText: 1 << 20}, want: `the sources' text comes to more than 1 MiB, the limit for a project`},
		{name: "inline text over the limit", entries: []zipEntry{{name: "project.qde", data: inline(3 << 20)}},
			limits: refiqda.ArchiveLimits{MaxText: 1 << 20}, want: `project.qde has a text, tag or comment longer than 1 MiB, the limit for a source's text`},
		{name: "inline text just over the limit", entries: []zipEntry{{name: "project.qde", data: inline(3 << 19)}},
			limits: refiqda.ArchiveLimits{MaxText: 1 << 20}, want: `text source "A": its text is 1.5 MiB, more than the limit of 1 MiB for one source`},
		{name: "project over the limit", entries: []zipEntry{{name: "project.qde", data: selections(10_000)}},
			limits: refiqda.ArchiveLimits{MaxProject: 1 << 20}, want: `project.qde describes more than the import can hold (1 MiB once decoded)`},
		{name: "codings.json value over the limit", entries: []zipEntry{{name: "project.qde", data: fromGroundwork},
			{name: "sources/a.txt", data: []byte("P: hello")}, {name: "groundwork/codings.json", data: []byte(`{"version":1,"codings":{"g":{"status":"accepted","origin":"rule","evidence":"` +
				strings.Repeat("x", 3<<20) + `"}}}`)}},
			limits: refiqda.ArchiveLimits{MaxText: 1 << 20}, want: `groundwork/codings.json holds a value longer than 1 MiB, the limit for a source's text`},
		{name: "codings.json states over the limit", entries: []zipEntry{{name: "project.qde", data: fromGroundwork},
			{name: "sources/a.txt", data: []byte("P: hello")}, {name: "groundwork/codings.json", data: manyStates(20_000)}},
			limits: refiqda.ArchiveLimits{MaxProject: 1 << 20}, want: `project.qde and groundwork/codings.json describe more than the import can hold (1 MiB once decoded)`},
		{name: "deep nesting", entries: []zipEntry{{name: "project.qde", data: []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes>` +
			strings.Repeat(`<Code guid="c" name="C">`, 2000) + strings.Repeat(`</Code>`, 2000) + `</Codes></CodeBook></Project>`)}},
			want: `project.qde nests elements more than 1000 deep`},
		{name: "Word source over the limit", entries: []zipEntry{{name: "project.qde", data: []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>` +
			`<TextSource guid="a" name="A" richTextPath="internal://a.docx"/></Sources></Project>`)}, {name: "sources/a.docx", data: docxOf(t, strings.Repeat("I: words ", 300_000))}},
			limits: refiqda.ArchiveLimits{MaxText: 1 << 20}, want: `word/document.xml holds more than 1 MiB of text, the limit for one transcript`},
		{name: "too many entries", entries: many, limits: refiqda.ArchiveLimits{MaxEntries: 10000},
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
			_, err := refiqda.ImportQDPX(ctx, src, refiqda.ImportOptions{Into: into, Limits: tc.limits})
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
			if _, err := refiqda.ImportQDPX(ctx, src, refiqda.ImportOptions{Into: empty, Limits: tc.limits}); err == nil {
				t.Fatal("imported a hostile archive")
			}
			if es, _ := os.ReadDir(empty); len(es) != 0 {
				t.Errorf("%s is not empty after a refused import", empty)
			}
		})
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
			_, err := refiqda.ImportQDPX(ctx, src, refiqda.ImportOptions{Into: into})
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
	noErr(t, err)
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
		limits refiqda.ArchiveLimits
		want   string
	}{
		{refiqda.ArchiveLimits{}, `entry "sources/s0.txt" declares 209715200 bytes uncompressed, more than a source may hold (its text is limited to 50 MiB`},
		{refiqda.ArchiveLimits{MaxText: 300 << 20, MaxTotalText: 64 << 20}, `the sources' files hold at least 200 MiB of text, more than the limit of 64 MiB for a project`},
	} {
		into := filepath.Join(dir, "p")
		_, err := refiqda.ImportQDPX(context.Background(), src, refiqda.ImportOptions{Into: into, Limits: tc.limits})
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
	_, err := refiqda.ImportQDPX(context.Background(), src, refiqda.ImportOptions{Into: into})
	if err == nil || !strings.Contains(err.Error(), "is not empty") {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(into, "keep.txt")); string(b) != "mine" {
		t.Error("a file in the directory was touched")
	}
}

// An unpacked project cannot make the import read files outside it.
func TestQDPXDirectorySymlink(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	proj := filepath.Join(dir, "proj")
	os.MkdirAll(filepath.Join(proj, "sources"), 0o755)
	if err := os.Symlink(secret, filepath.Join(proj, "sources", "link.txt")); err != nil {
		t.Skipf("symbolic links cannot be made here: %v", err)
	}
	os.WriteFile(secret, []byte("private words"), 0o644)
	os.WriteFile(filepath.Join(proj, "project.qde"), []byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
<TextSource guid="s" name="Linked" plainTextPath="internal://link.txt"/></Sources></Project>`), 0o644)
	into := filepath.Join(dir, "p")
	_, err := refiqda.ImportQDPX(context.Background(), proj, refiqda.ImportOptions{Into: into})
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
	if _, err := refiqda.ImportQDPX(context.Background(), src, refiqda.ImportOptions{Into: into}); err != nil {
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
		// The import finished before it could be killed: into must then
		// hold the whole project, which goes so as to import again.
		if docs := storedDocuments(into); docs != n {
			t.Fatalf("a killed import left %s with part of a project (%d of %d documents)", into, docs, n)
		}
		if err := os.RemoveAll(into); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := refiqda.ImportQDPX(context.Background(), src, refiqda.ImportOptions{Into: into})
	if err != nil {
		t.Fatalf("importing again after a killed import: %v", err)
	}
	if rep.Sources != n {
		t.Errorf("sources = %d, want %d", rep.Sources, n)
	}
	noTemporary(t, dir)
}

// storedDocuments counts the documents in the store of the project in dir
// (-1 when it cannot be read).
func storedDocuments(dir string) int {
	st, err := corpus.OpenStore(context.Background(), filepath.Join(dir, corpus.DataDir, "project.db"))
	if err != nil {
		return -1
	}
	defer st.Close()
	docs, err := st.Documents(context.Background())
	if err != nil {
		return -1
	}
	return len(docs)
}
