package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/internal/ziptest"
)

// realDir is the shared corpus of real transcripts (see its SOURCES.md),
// read at test time and never copied into this repository.
const realDir = "../../../shared/real-transcripts"

// maxSeed caps the size of a real file used as a fuzz seed: large seeds
// slow the fuzzer (and its minimiser) down to a crawl.
const maxSeed = 4 << 10

// addRealSeeds adds the real files matching the globs as fuzz seeds, if the
// corpus is present; text files longer than maxSeed are cut to their start.
func addRealSeeds(f *testing.F, add func(data []byte), globs ...string) {
	f.Helper()
	for _, g := range globs {
		matches, _ := filepath.Glob(filepath.Join(realDir, g))
		for _, m := range matches {
			if data, err := os.ReadFile(m); err == nil {
				if len(data) > maxSeed && !truncateUnsafe(m) {
					data = data[:maxSeed]
				}
				add(data)
			}
		}
	}
}

// truncateUnsafe reports files that must be used whole (archives).
func truncateUnsafe(name string) bool { return strings.EqualFold(filepath.Ext(name), ".docx") }

// checkTranscript asserts what every successful parse must satisfy.
func checkTranscript(t *testing.T, tr *Transcript, maxLine int) {
	t.Helper()
	if tr == nil {
		t.Fatal("nil transcript without error")
	}
	prev := 0
	for i, tu := range tr.Turns {
		if !utf8.ValidString(tu.Text) || !utf8.ValidString(tu.Speaker) {
			t.Fatalf("turn %d: invalid UTF-8", i)
		}
		if tu.Line < 1 || (maxLine > 0 && tu.Line > maxLine) {
			t.Fatalf("turn %d: line %d outside 1..%d", i, tu.Line, maxLine)
		}
		if tu.Line < prev {
			t.Fatalf("turn %d: line %d before previous turn's %d", i, tu.Line, prev)
		}
		prev = tu.Line
		if strings.TrimSpace(tu.Speaker) != tu.Speaker {
			t.Fatalf("turn %d: speaker %q not trimmed", i, tu.Speaker)
		}
		if tu.Text != strings.TrimRight(tu.Text, " \t\n") || strings.HasPrefix(tu.Text, "\n") {
			t.Fatalf("turn %d: text %q has leading or trailing blank lines", i, tu.Text)
		}
		if strings.Contains(tu.Text, "\n\n\n") {
			t.Fatalf("turn %d: text %q has more than one blank line in a row", i, tu.Text)
		}
		if tu.Speaker == "" && tu.Text == "" {
			t.Fatalf("turn %d: empty unlabelled turn", i)
		}
		if tu.HasTime && (tu.Start < 0 || tu.End < tu.Start) {
			t.Fatalf("turn %d: times %v..%v", i, tu.Start, tu.End)
		}
	}
	for k, line := range tr.MetaLines {
		if _, ok := tr.Meta[k]; !ok {
			t.Fatalf("MetaLines key %q not in Meta", k)
		}
		if line < 1 || (maxLine > 0 && line > maxLine) {
			t.Fatalf("MetaLines[%q] = %d outside 1..%d", k, line, maxLine)
		}
	}
}

// lineCount counts lines the way the parsers do.
func lineCount(data []byte) int { return len(splitLines(cleanInput(data))) }

func FuzzText(f *testing.F) {
	f.Add([]byte("Interviewer: Hi.\n\nParticipant: Hello.\nInitial Steps:\n"), false)
	f.Add([]byte("---\ntitle: x\n---\n# H\n**A B:** x\n\n**A B:** \\[y\\]\n"), true)
	addRealSeeds(f, func(d []byte) { f.Add(d, true) }, "*/*.md")
	addRealSeeds(f, func(d []byte) { f.Add(d, false) }, "*/*.txt")
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		format := "txt"
		if md {
			format = "md"
		}
		tr, err := Text("fuzz.txt", data, Options{Format: format, KnownSpeakers: []string{"Int"}})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if len(tr.Turns) == 0 {
			t.Fatal("no turns and no error")
		}
		checkTranscript(t, tr, lineCount(data))
	})
}

// fuzzCheck asserts the invariants of one parse result.
func fuzzCheck(t *testing.T, name string, data []byte, tr *Transcript, err error, maxLine int) {
	t.Helper()
	if err != nil {
		if !strings.HasPrefix(err.Error(), name+":") {
			t.Fatalf("error does not name the file: %v", err)
		}
		return
	}
	if len(tr.Turns) == 0 {
		t.Fatal("no turns and no error")
	}
	checkTranscript(t, tr, maxLine)
}

// fuzzParser fuzzes a parser of one transcript per file: whatever the
// input, it does not panic and what it returns passes fuzzCheck.
func fuzzParser(f *testing.F, name string, parse parser) {
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := parse(name, data, Options{})
		fuzzCheck(t, name, data, tr, err, lineCount(data))
	})
}

func FuzzVTT(f *testing.F) {
	f.Add([]byte("WEBVTT - t\nKind: captions\n\nNOTE x\n\n1\n00:01.000 --> 00:02.000 align:start\n<v Ann>Hi <i>there</i> &amp;</v>\n<v.x Bob>Yo\n00:02.000 --> 00:03.000\nJane Roe: hi<00:02.500><c> you</c>\n"))
	addRealSeeds(f, func(d []byte) { f.Add(d) }, "*/*.vtt")
	fuzzParser(f, "fuzz.vtt", VTT)
}

func FuzzSRT(f *testing.F) {
	f.Add([]byte("1\n00:00:00,500 --> 00:00:07,000\nP1: <i>hi</i> {\\an8}\n2\n00:00:07,000 --> 00:00:08,000\nP2: ho\n\n3\nno timing\n"))
	addRealSeeds(f, func(d []byte) { f.Add(d) }, "*/*.srt")
	fuzzParser(f, "fuzz.srt", SRT)
}

func FuzzOtter(f *testing.F) {
	f.Add([]byte("Title\n\nSpeaker 1  0:03\nHello.\n\nJane Roe  1:02:33\nHi.\n\nTranscribed by https://otter.ai\n"))
	fuzzParser(f, "fuzz.txt", Otter)
}

func FuzzTimestamped(f *testing.F) {
	f.Add([]byte("pre\n[00:00:01] Interviewer: Hello.\n(00:05 - 00:09) Jane Roe: Hi.\nmore\nAnn [1:00:00]: x\nP1: untimed\n[0:01]\n"))
	fuzzParser(f, "fuzz.txt", Timestamped)
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("id,site,text\na,x,\"I: hi\nR: \"\"ho\"\"\"\nb,y,\"[doctor] a\n[patient] b\"\n"), "")
	f.Add([]byte("id;dialogue\n1;I: a\n"), "dialogue")
	addRealSeeds(f, func(d []byte) { f.Add(d, "") }, "*/*.csv")
	f.Fuzz(func(t *testing.T, data []byte, col string) {
		trs, err := CSV("fuzz.csv", data, CSVOptions{TextColumn: col}, Options{})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.csv:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if len(trs) == 0 {
			t.Fatal("no transcripts and no error")
		}
		ids := map[string]bool{}
		for _, tr := range trs {
			if tr.ID == "" || ids[tr.ID] {
				t.Fatalf("ID %q empty or repeated", tr.ID)
			}
			ids[tr.ID] = true
			if len(tr.Turns) == 0 {
				t.Fatal("transcript without turns")
			}
			checkTranscript(t, tr, 0)
		}
	})
}

func FuzzDocx(f *testing.F) {
	f.Add([]byte(wordDoc(para("*Interviewer:", " Hi.")+para("")+para("P1: ho")+
		`<w:tbl><w:tr><w:tc>`+para("A")+`</w:tc><w:tc>`+para("b")+`</w:tc></w:tr></w:tbl>`)), true)
	f.Add(ziptest.Build(f, "word/document.xml", wordDoc(para("I: hi"))), false)
	addRealSeeds(f, func(d []byte) { f.Add(d, false) }, "*/*.docx")
	f.Fuzz(func(t *testing.T, data []byte, asXML bool) {
		if asXML {
			data = ziptest.Build(t, "word/document.xml", string(data))
		}
		tr, err := Docx("fuzz.docx", data, Options{}, Limits{MaxUncompressed: 8 << 20})
		fuzzCheck(t, "fuzz.docx", data, tr, err, 0)
	})
}

func FuzzParse(f *testing.F) {
	f.Add("a.txt", []byte("Interviewer: hi\n"))
	f.Add("a.md", []byte("---\na: b\n---\n**A:** x\n"))
	f.Add("a.txt", []byte("Speaker 1  0:03\nHello.\n\nSpeaker 2  0:08\nHi.\n"))
	f.Add("a.txt", []byte("[00:00:01] I: Hello.\n[00:00:05] R: Hi.\n"))
	f.Add("a.TextGrid", []byte("File type = \"ooTextFile\"\n"))
	f.Add("a.pdf", []byte("%PDF-1.4"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if name == "" || strings.ContainsAny(name, ":\x00") {
			return // the error prefix check needs a plain name
		}
		tr, err := Parse(name, data, Options{})
		fuzzCheck(t, name, data, tr, err, 0)
	})
}
