package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/parse"
)

func newProject(t testing.TB) (*corpus.Project, *corpus.Store) {
	t.Helper()
	ctx := context.Background()
	p, err := corpus.Init(ctx, t.TempDir(), "peer-support", "", []byte("name: t\ncodes: []\n"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := corpus.OpenStore(ctx, p.StorePath())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return p, st
}

// mustIngest ingests the files at paths into the project and fails the
// test on an error.
func mustIngest(t testing.TB, p *corpus.Project, st *corpus.Store, paths []string, opts Options) *Report {
	t.Helper()
	rep, err := Ingest(context.Background(), p, st, paths, opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func write(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBuildOffsetsAreRunes(t *testing.T) {
	sg, err := NewSegmenter(12)
	if err != nil {
		t.Fatal(err)
	}
	tr := &parse.Transcript{Turns: []parse.Turn{
		{Speaker: "Interviewer", Text: "Ça va? Tell me about the café."},
		{Speaker: "Zoë", Text: "It was “lovely” 😊 honestly. The volunteers knew me by name. " +
			"They rang every Tuesday without fail. I never felt rushed at all, not once."},
		{Speaker: "", Text: "An unlabelled turn."},
	}}
	b := sg.Build(tr, func(s string) bool { return s == "Interviewer" })
	runes := []rune(b.Text)
	if len(b.Turns) != 3 || !b.Turns[0].Interviewer || b.Turns[1].Interviewer {
		t.Fatalf("turns = %+v", b.Turns)
	}
	for _, tu := range b.Turns {
		got := string(runes[tu.Start:tu.End])
		if want := strings.TrimSpace(tr.Turns[tu.Seq-1].Text); got != want {
			t.Errorf("turn %d span = %q, want %q", tu.Seq, got, want)
		}
	}
	if len(b.Segments) < 3 {
		t.Fatalf("a long turn was not split at sentences: %d segments", len(b.Segments))
	}
	for _, s := range b.Segments {
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Errorf("segment %d: text %q, but its span holds %q", s.Seq, s.Text, got)
		}
		if s.Words > 12 && !strings.HasSuffix(s.Text, ".") {
			t.Errorf("segment %d has %d words and does not end a sentence", s.Seq, s.Words)
		}
	}
	if !strings.HasPrefix(b.Text, "Interviewer: Ça va?") || !strings.Contains(b.Text, "\n\nZoë: It was") {
		t.Errorf("canonical text = %q", b.Text)
	}
}

func TestIngestIsAllOrNothing(t *testing.T) {
	p, st := newProject(t)
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "Interviewer: Hi\n\nP: Hello there.\n")
	bad := write(t, dir, "bad.txt", "---\nrole: astronaut\n---\nP: text\n")
	_, err := Ingest(context.Background(), p, st, []string{good, bad}, Options{})
	if err == nil || !strings.Contains(err.Error(), "bad.txt:2: attribute role") || !strings.Contains(err.Error(), "nothing was ingested") {
		t.Fatalf("err = %v", err)
	}
	docs, _ := st.Documents(context.Background())
	if len(docs) != 0 {
		t.Errorf("%d documents were stored from a failed ingest", len(docs))
	}
}

// A folder of interviews linked into place is ingested as the folder.
func TestIngestLinkedFolder(t *testing.T) {
	p, st := newProject(t)
	dir := t.TempDir()
	write(t, dir, "a.txt", "P: Hello there.\n")
	link := filepath.Join(t.TempDir(), "interviews")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	rep := mustIngest(t, p, st, []string{link}, Options{})
	if len(rep.Added) != 1 {
		t.Errorf("ingesting a linked folder added %d documents, want 1", len(rep.Added))
	}
}

func TestIngestCancelledWritesNothing(t *testing.T) {
	p, st := newProject(t)
	f := write(t, t.TempDir(), "a.txt", "P: Hello there.\n")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Ingest(ctx, p, st, []string{f}, Options{}); err == nil {
		t.Fatal("an interrupted ingest reported success")
	}
	docs, _ := st.Documents(context.Background())
	if len(docs) != 0 {
		t.Errorf("an interrupted ingest stored %d documents", len(docs))
	}
}

func TestEncodings(t *testing.T) {
	tests := []struct {
		name, enc string
		data      []byte
		want      string
		wantErr   string
	}{
		{"utf8 bom crlf", "", []byte("\xef\xbb\xbfP: caf\xc3\xa9\r\nok"), "P: café\nok", ""},
		{"nfc", "", []byte("cafe\xcc\x81"), "café", ""},
		{"latin1 refused", "", []byte("caf\xe9"), "", "invalid UTF-8; it looks like Windows-1252"},
		{"latin1", "windows-1252", []byte("caf\xe9 \x93quoted\x94"), "café “quoted”", ""},
		{"utf16le", "utf-16", []byte("\xff\xfeP\x00:\x00 \x00\xe9\x00"), "P: é", ""},
		{"utf16 detected", "", []byte("\xff\xfeP\x00:\x00 \x00h\x00i\x00"), "", "looks like UTF-16"},
		{"unknown", "ebcdic", []byte("x"), "", "unknown --encoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode("f.txt", tt.data, tt.enc)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("decode = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{"": 0, "I don't know": 3, "well-being, 42 times!": 3, "— … ": 0, "café’s owner": 2} {
		if got := CountWords(s); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestRealTranscripts ingests every .txt and .md file under
// ../shared/real-transcripts: none may fail, and each must have more than
// one speaker turn where its source has speakers.
func TestRealTranscripts(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "real-transcripts")
	var files []string
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".md")) &&
			!strings.Contains(strings.ToUpper(filepath.Base(path)), "LICENSE") && !strings.HasPrefix(filepath.Base(path), "COPYING") && filepath.Base(path) != "SOURCES.md" {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("../shared/real-transcripts is not here")
	}
	p, st := newProject(t)
	rep, err := Ingest(context.Background(), p, st, files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Added) != len(files) {
		t.Fatalf("added %d of %d files", len(rep.Added), len(files))
	}
	for _, id := range rep.Added {
		turns, err := st.Turns(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		speakers := map[string]bool{}
		for _, tu := range turns {
			speakers[tu.Speaker] = true
		}
		if len(turns) < 5 || len(speakers) < 2 {
			t.Errorf("%s: %d turns by %d speakers; a transcript should have several", id, len(turns), len(speakers))
		}
	}
}

// TestRealFormats ingests the real caption, Word and CSV files under
// ../shared/real-transcripts through the whole pipeline, and checks that
// TextGrid is refused with a reason.
func TestRealFormats(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "real-transcripts")
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared/real-transcripts is not here")
	}
	ctx := context.Background()
	tests := []struct {
		files    []string
		opts     Options
		docs     int
		minTurns int
	}{
		{[]string{"vttjs-fixtures", "webvtt-py-fixtures"}, Options{}, 10, 1},
		{[]string{"qualcoder-examples/ID1.docx", "textreadr-docx/Yasmine_Interview_Transcript.docx"}, Options{}, 2, 1},
		{[]string{"anthropic-interviewer/scientists_transcripts.csv"}, Options{TextColumn: "text", IDColumn: "transcript_id"}, 125, 5},
		{[]string{"aci-bench/valid.csv"}, Options{TextColumn: "dialogue", IDColumn: "encounter_id"}, 20, 5},
	}
	for _, tt := range tests {
		t.Run(tt.files[0], func(t *testing.T) {
			p, st := newProject(t)
			var paths []string
			for _, f := range tt.files {
				paths = append(paths, filepath.Join(root, f))
			}
			rep, err := Ingest(ctx, p, st, paths, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Added) != tt.docs {
				t.Errorf("added %d documents, want %d", len(rep.Added), tt.docs)
			}
			for _, id := range rep.Added {
				turns, _ := st.Turns(ctx, id)
				if len(turns) < tt.minTurns {
					t.Errorf("%s: %d turns", id, len(turns))
				}
			}
		})
	}
	p, st := newProject(t)
	_, err := Ingest(ctx, p, st, []string{filepath.Join(root, "primock57", "day1_consultation01_doctor.TextGrid")}, Options{})
	if err == nil || !strings.Contains(err.Error(), "TextGrid") || !strings.Contains(err.Error(), "txt, md, vtt") {
		t.Errorf("TextGrid: err = %v; want a refusal naming the format and the supported ones", err)
	}
}

func TestFileSizeLimit(t *testing.T) {
	p, st := newProject(t)
	f := write(t, t.TempDir(), "big.txt", "P: "+strings.Repeat("word ", 300))
	_, err := Ingest(context.Background(), p, st, []string{f}, Options{MaxBytes: 1000})
	if err == nil || !strings.Contains(err.Error(), "larger than the 1000 bytes limit") || !strings.Contains(err.Error(), "--max-size") {
		t.Errorf("err = %v", err)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{"2024-03-12": "2024-03-12", "16/10/2014": "2014-10-16", "10/16/2014": "2014-10-16",
		"16 October 2014": "2014-10-16", "October 16, 2014": "2014-10-16", "05/05/2020": "2020-05-05", "03/04/2014": "", "31/02/2020": "", "last tuesday": ""} {
		got, err := parseDate(in)
		if want == "" {
			if err == nil {
				t.Errorf("parseDate(%q) = %q, want an error", in, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

// cancelAfter is a Progress that interrupts the run after n files.
type cancelAfter struct {
	mu     sync.Mutex
	n      int
	cancel func()
}

func (c *cancelAfter) Start(int) {}
func (c *cancelAfter) Done()     {}
func (c *cancelAfter) Add(int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n--; c.n == 0 {
		c.cancel()
	}
}

func TestIngestInterruptedMidway(t *testing.T) {
	p, st := newProject(t)
	dir := t.TempDir()
	var files []string
	for i := 0; i < 30; i++ {
		files = append(files, write(t, dir, fmt.Sprintf("f%02d.txt", i), fmt.Sprintf("Interviewer: Hi\n\nP: Hello number %d.\n", i)))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := Ingest(ctx, p, st, files, Options{Workers: 2, Progress: &cancelAfter{n: 5, cancel: cancel}})
	if err == nil {
		t.Fatal("an interrupted ingest reported success")
	}
	docs, _ := st.Documents(context.Background())
	if len(docs) != 0 {
		t.Errorf("an ingest interrupted after 5 of 30 files stored %d documents", len(docs))
	}
}
