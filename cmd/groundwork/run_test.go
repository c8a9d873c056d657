package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
)

// testProject makes a project holding one interview (hf-01, programme
// HeartMates) and returns globals that run commands on it, with their
// standard output and error.
func testProject(t *testing.T) (g *globals, out, errOut *strings.Builder) {
	t.Helper()
	dir := t.TempDir()
	var o, e strings.Builder
	ctx := context.Background()
	if code := run(ctx, []string{"init", dir}, nil, &o, &e); code != 0 {
		t.Fatalf("init: %d %s", code, e.String())
	}
	f := filepath.Join(dir, "hf-01.txt")
	text := "---\nid: hf-01\nprogramme: HeartMates\nrole: peer supporter\n---\nInterviewer: How did the calls go?\n\nParticipant: She rang me at midnight, every single night.\n"
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if code := run(ctx, []string{"ingest", "--project", dir, f}, nil, &o, &e); code != 0 {
		t.Fatalf("ingest: %d %s", code, e.String())
	}
	out, errOut = &strings.Builder{}, &strings.Builder{}
	return &globals{io: &IOStreams{Out: out, Err: errOut}, project: dir}, out, errOut
}

// addCoding stores a coding of hf-01's first characters and returns its id.
func addCoding(t *testing.T, g *globals, orphan bool) int64 {
	t.Helper()
	ctx := context.Background()
	s, err := g.open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := &corpus.Coding{DocID: "hf-01", Start: 0, End: 11, Code: "isolation.reduced", Coder: "dee",
		Origin: corpus.OriginManual, Quote: "Interviewer", Orphan: orphan}
	if err := s.store.Tx(ctx, func(tx *corpus.Tx) error { return tx.InsertCoding(c) }); err != nil {
		t.Fatal(err)
	}
	return c.ID
}

// checkRun checks what a run function returned and printed: the error
// holds wantErr ("" for none), the output wantOut.
func checkRun(t *testing.T, name string, err error, out, wantOut, wantErr string) {
	t.Helper()
	if wantErr == "" && err != nil || wantErr != "" && (err == nil || !strings.Contains(err.Error(), wantErr)) {
		t.Errorf("%s: err = %v, want %q", name, err, wantErr)
	}
	if !strings.Contains(out, wantOut) {
		t.Errorf("%s: output %q, want %q", name, out, wantOut)
	}
}

func TestRunOrphans(t *testing.T) {
	g, out, _ := testProject(t)
	ctx := context.Background()
	placed, dropped, kept := addCoding(t, g, true), addCoding(t, g, true), addCoding(t, g, false)
	id := func(n int64) string { return strconv.FormatInt(n, 10) }
	tests := []struct {
		name    string
		opts    orphansOptions
		wantOut string
		wantErr string
	}{
		{"list", orphansOptions{}, "isolation.reduced by dee (accepted), was [0,11)", ""},
		{"place: not ID=DOC:START-END", orphansOptions{place: id(placed) + "=hf-01:5"}, "", "write ID=DOC:START-END"},
		{"place: not a number", orphansOptions{place: "x=hf-01:0-5"}, "", `"x" is not a coding id`},
		{"place: outside the text", orphansOptions{place: id(placed) + "=hf-01:40-4000"}, "", "is not a span of hf-01"},
		{"place: no such document", orphansOptions{place: id(placed) + "=hf-99:0-5"}, "", "hf-99"},
		{"place: not an orphan", orphansOptions{place: id(kept) + "=hf-01:0-5"}, "", "is not an orphan"},
		{"place", orphansOptions{place: id(placed) + "=hf-01:13-16"}, `Placed coding ` + id(placed) + ` on hf-01 [13,16): "How"`, ""},
		{"place again", orphansOptions{place: id(placed) + "=hf-01:13-16"}, "", "is not an orphan"},
		{"drop", orphansOptions{drop: id(dropped)}, "Dropped orphaned coding " + id(dropped) + " (isolation.reduced by dee)", ""},
		{"drop again", orphansOptions{drop: id(dropped)}, "", "coding " + id(dropped) + ": not found"},
		{"list none", orphansOptions{}, "No orphaned codings.", ""},
		{"list json", orphansOptions{json: true}, "[]", ""},
	}
	for _, tt := range tests {
		out.Reset()
		err := runOrphans(ctx, g, &tt.opts)
		checkRun(t, tt.name, err, out.String(), tt.wantOut, tt.wantErr)
	}
}

func TestRunMemoAdd(t *testing.T) {
	g, out, _ := testProject(t)
	ctx := context.Background()
	coding := strconv.FormatInt(addCoding(t, g, false), 10)
	tests := []struct {
		name    string
		opts    memoAddOptions
		wantOut string
		wantErr string
	}{
		{"project", memoAddOptions{text: "Saturation near.", author: "ann"}, " on the project\n", ""},
		{"code", memoAddOptions{memoTarget: memoTarget{code: "isolation.reduced"}, text: "Nights.", author: "ann"}, " on code isolation.reduced\n", ""},
		{"no such code", memoAddOptions{memoTarget: memoTarget{code: "isolation.nope"}, text: "x"}, "", `--code isolation.nope: no code "isolation.nope" in the codebook; did you mean isolation`},
		{"document", memoAddOptions{memoTarget: memoTarget{document: "hf-01"}, text: "Cut short."}, "on document hf-01", ""},
		{"no such document", memoAddOptions{memoTarget: memoTarget{document: "hf-99"}, text: "x"}, "", "hf-99"},
		{"coding", memoAddOptions{memoTarget: memoTarget{coding: coding}, text: "Odd."}, "on coding " + coding, ""},
		{"coding not a number", memoAddOptions{memoTarget: memoTarget{coding: "x"}, text: "x"}, "", "a coding id is a number"},
		{"empty", memoAddOptions{text: "  \n"}, "", "the memo is empty"},
	}
	for _, tt := range tests {
		out.Reset()
		err := runMemoAdd(ctx, g, &tt.opts)
		checkRun(t, tt.name, err, out.String(), tt.wantOut, tt.wantErr)
	}
	out.Reset()
	if err := runMemoList(ctx, g, &memoListOptions{memoTarget: memoTarget{code: "isolation.reduced"}}); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "code isolation.reduced  by ann") || strings.Contains(got, "Saturation near.") {
		t.Errorf("memos on the code:\n%s", got)
	}
	out.Reset()
	if err := runMemoList(ctx, g, &memoListOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "  the project  by ann, ") {
		t.Errorf("the memo on the project is listed as:\n%s", got)
	}
	out.Reset()
	if err := runHistory(ctx, g, &historyOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "wrote a memo on the project\n") || !strings.Contains(got, "wrote a memo on code isolation.reduced\n") {
		t.Errorf("the history of the memos:\n%s", got)
	}
}

// TestRunPrivacyCheck scans files for an original of the project's map:
// a leak is named by file, line and pseudonym, never printed; the map
// itself is skipped; an interrupted scan stops.
func TestRunPrivacyCheck(t *testing.T) {
	g, out, _ := testProject(t)
	p, err := g.openProject()
	if err != nil {
		t.Fatal(err)
	}
	m := `{"version": 1, "entries": [{"Kind": "PERSON", "Pseudonym": "[PERSON 1]", "Original": "Siobhán"}]}`
	if err := os.WriteFile(p.IdentifiersPath(), []byte(m), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	clean, leaky := filepath.Join(dir, "clean.md"), filepath.Join(dir, "sub", "leaky.md")
	if err := os.MkdirAll(filepath.Dir(leaky), 0o755); err != nil {
		t.Fatal(err)
	}
	for path, text := range map[string]string{clean: "[PERSON 1] rang.\n", leaky: "Fine.\nSiobhán rang.\n"} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name    string
		ctx     context.Context
		paths   []string
		wantOut string
		wantErr string
	}{
		{"clean", ctx, []string{clean}, "No identifiers found in 1 file (1 original checked: those the redaction replaced; one it missed cannot be looked for).", ""},
		{"leak", ctx, []string{dir}, "leaky.md:2: holds the original of [PERSON 1] (PERSON)", "1 leak of identifiers in 2 files checked"},
		{"the map", ctx, []string{p.IdentifiersPath()}, "it is the map of originals itself", ""},
		{"interrupted", cancelled, []string{dir}, "", context.Canceled.Error()},
	}
	for _, tt := range tests {
		out.Reset()
		err := runPrivacyCheck(tt.ctx, g, &privacyCheckOptions{paths: tt.paths})
		checkRun(t, tt.name, err, out.String(), tt.wantOut, tt.wantErr)
		if strings.Contains(out.String(), "Siobh") {
			t.Errorf("%s: the output holds the original", tt.name)
		}
	}
}
