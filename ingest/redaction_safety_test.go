package ingest_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// The tests here prove that identifiers.json is never behind the store:
// a crash before or after the commit of a change leaves a map that the next
// command settles to match the store, and a map and a store that do not
// belong together are refused with a message, not used.

var safetyTranscripts = map[string]string{
	"hf-01.txt": "---\nprogramme: HeartMates\nrole: patient\n---\nInterviewer: Who helped?\n\nP: My buddy Priya Shah rang me every week. Then Malcolm came, and Priya again.\n\nInterviewer: Anyone else?\n\nP: Gordon at the café, and Malcolm.\n",
	"hf-02.txt": "---\nprogramme: HeartMates\nrole: patient\n---\nInterviewer: And you?\n\nBernadette: Malcolm's group saved me. Priya rang too.\n\nInterviewer: Thanks.\n\nBernadette: Gordon said so.\n",
}

// safetyProject ingests the transcripts above, with codings on every
// segment and sentence.
func safetyProject(t *testing.T) (*scenario, string) {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for name, text := range safetyTranscripts {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	proj, st, _ := ingesttest.Project(t, "safety", paths...)
	return newScenario(t, proj, st), dir
}

// texts returns every document's text.
func (s *scenario) texts() map[string]string {
	s.t.Helper()
	out := map[string]string{}
	for id := range s.orig {
		d, err := s.st.Document(s.ctx, id)
		if err != nil {
			s.t.Fatal(err)
		}
		out[id] = d.Text
	}
	return out
}

func sameTexts(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

var errCrash = errors.New("crash")

// crashBeforeCommit makes the next change stop after writing the map and
// before the store commits, without settling the map afterwards.
func crashBeforeCommit() func() {
	undo1 := ingest.SetMapSavedHook(func() error { return errCrash })
	undo2 := ingest.SetSkipFinishHook(func() bool { return true })
	return func() { undo1(); undo2() }
}

// crashAfterCommit makes the next change stop right after the commit.
func crashAfterCommit() func() { return ingest.SetSkipFinishHook(func() bool { return true }) }

func TestCrashBeforeCommitRollsBackTheMap(t *testing.T) {
	s, _ := safetyProject(t)
	before := s.texts()
	undo := crashBeforeCommit()
	_, _, err := ingest.RedactProject(s.ctx, s.proj, s.st, s.file(), ingest.RedactOptions{})
	undo()
	if !errors.Is(err, errCrash) {
		t.Fatalf("RedactProject = %v, want the crash", err)
	}
	raw, err := ingest.LoadPrivacy(s.proj.IdentifiersPath())
	if err != nil || raw.Pending == nil {
		t.Fatalf("the map on disk should record the change as pending: %+v, %v", raw, err)
	}
	if !sameTexts(before, s.texts()) {
		t.Fatal("the store changed although the commit never happened")
	}
	f := s.file() // settles
	if f.Pending != nil || len(f.Documents) != 0 || len(f.Entries) != 0 || f.Generation != 0 {
		t.Errorf("after settling, the map should be as before the change: %+v", f)
	}
	s.redact(ingest.RedactOptions{})
	s.reject("Malcolm")
}

// TestCrashAfterCommitKeepsTheMap: with the map written after the commit
// (as it once was), a crash there lost every original for good; and a
// reject whose map was not written left a stale map, with which the next
// reject damaged more documents.
func TestCrashAfterCommitKeepsTheMap(t *testing.T) {
	s, _ := safetyProject(t)
	undo := crashAfterCommit()
	_, _, err := ingest.RedactProject(s.ctx, s.proj, s.st, s.file(), ingest.RedactOptions{})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := ingest.LoadPrivacy(s.proj.IdentifiersPath())
	if err != nil || len(raw.Entries) == 0 || len(raw.Documents) != len(s.orig) {
		t.Fatalf("the map on disk does not hold the committed redaction: %+v, %v", raw, err)
	}
	// A reject that crashes after its commit, then one that crashes before.
	if _, err := ingest.RejectIdentifier(s.ctx, s.st, s.file(), "Malcolm"); err != nil {
		t.Fatal(err)
	}
	undo()
	s.check("reject Malcolm, crashed after the commit")
	undo = crashBeforeCommit()
	_, err = ingest.RejectIdentifier(s.ctx, s.st, s.file(), "Gordon")
	undo()
	if !errors.Is(err, errCrash) {
		t.Fatalf("reject = %v, want the crash", err)
	}
	s.check("reject Gordon, crashed before the commit")
	s.reject("Gordon")
	s.reject("Priya")
	s.redact(ingest.RedactOptions{Add: []string{"Bernadette"}})
}

// TestStaleMapIsRefused puts back a map older than the store (as a backup
// would, or an older groundwork killed between its commit and its map):
// every command refuses it and changes nothing; --force goes on without
// reusing pseudonym numbers.
func TestStaleMapIsRefused(t *testing.T) {
	s, _ := safetyProject(t)
	s.redact(ingest.RedactOptions{})
	path := s.proj.IdentifiersPath()
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s.reject("Malcolm")
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	before := s.texts()
	var mm *ingest.MismatchError
	if _, err := ingest.OpenPrivacy(s.ctx, path, s.st); !errors.As(err, &mm) || !strings.Contains(err.Error(), "older than the store") {
		t.Errorf("OpenPrivacy = %v, want a MismatchError", err)
	}
	f, _ := ingest.LoadPrivacy(path)
	if _, err := ingest.RejectIdentifier(s.ctx, s.st, f, "Gordon"); !errors.As(err, &mm) {
		t.Errorf("reject with a stale map = %v", err)
	}
	if _, _, err := ingest.RedactProject(s.ctx, s.proj, s.st, f, ingest.RedactOptions{}); !errors.As(err, &mm) {
		t.Errorf("redact with a stale map = %v", err)
	}
	if _, err := ingest.ReviewItems(s.ctx, s.st, f); !errors.As(err, &mm) {
		t.Errorf("review with a stale map = %v", err)
	}
	if !sameTexts(before, s.texts()) {
		t.Fatal("a command changed the store with a stale map")
	}
	highest := highestPseudonym(before)
	rep, _, err := ingest.RedactProject(s.ctx, s.proj, s.st, f, ingest.RedactOptions{Force: true, Add: []string{"Bernadette"}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Adopted == "" || len(rep.Forgotten) == 0 {
		t.Errorf("report = %+v; want the map adopted and the changed documents redacted afresh", rep)
	}
	f = s.file()
	for doc, edits := range f.Documents {
		d, _ := s.st.Document(s.ctx, doc)
		if err := redact.Check(d.Text, edits); err != nil {
			t.Errorf("%s after --force: %v", doc, err)
		}
	}
	for _, e := range f.Entries[len(savedEntries(old)):] {
		if n := pseudonymNumber(e.Pseudonym); n != 0 && n <= highest && !strings.EqualFold(e.Original, "Malcolm") {
			t.Errorf("new pseudonym %s repeats a number already in the text", e.Pseudonym)
		}
	}
}

func TestMissingMapIsRefused(t *testing.T) {
	s, _ := safetyProject(t)
	s.redact(ingest.RedactOptions{})
	if err := os.Remove(s.proj.IdentifiersPath()); err != nil {
		t.Fatal(err)
	}
	var mm *ingest.MismatchError
	_, err := ingest.OpenPrivacy(s.ctx, s.proj.IdentifiersPath(), s.st)
	if !errors.As(err, &mm) || !mm.Missing || !strings.Contains(err.Error(), "missing") {
		t.Errorf("OpenPrivacy without the map = %v", err)
	}
}

// TestChangedDocumentIsNotDamaged: a redacted document re-ingested without
// --redact no longer fits the map's positions; --reject refuses to touch
// it, and redact searches it afresh.
func TestChangedDocumentIsNotDamaged(t *testing.T) {
	s, dir := safetyProject(t)
	s.redact(ingest.RedactOptions{})
	src := filepath.Join(dir, "hf-02.txt")
	text := strings.Replace(safetyTranscripts["hf-02.txt"], "Thanks.", "Thanks, Malcolm.", 1)
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Ingest(s.ctx, s.proj, s.st, []string{src}, ingest.Options{Replace: true}); err != nil {
		t.Fatal(err)
	}
	before := s.texts()
	var stale *ingest.StaleError
	if _, err := ingest.RejectIdentifier(s.ctx, s.st, s.file(), "Priya"); !errors.As(err, &stale) || stale.Docs[0] != "hf-02" {
		t.Fatalf("reject = %v, want a StaleError for hf-02", err)
	}
	if !sameTexts(before, s.texts()) {
		t.Fatal("a refused reject changed the store")
	}
	rep, _, err := ingest.RedactProject(s.ctx, s.proj, s.st, s.file(), ingest.RedactOptions{})
	if err != nil || len(rep.Forgotten) != 1 {
		t.Fatalf("redact = %+v, %v; want hf-02 redacted afresh", rep, err)
	}
	d, _ := s.st.Document(s.ctx, "hf-02")
	if strings.Contains(d.Text, "Malcolm") {
		t.Error("the re-ingested document was not redacted")
	}
	if _, err := ingest.RejectIdentifier(s.ctx, s.st, s.file(), "Priya"); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentCommandsKeepTheMap: two commands load the map; each
// change reads it afresh under the writer lock, so the second does not
// write back the first's stale copy (which would leave a map behind the
// store).
func TestConcurrentCommandsKeepTheMap(t *testing.T) {
	s, _ := safetyProject(t)
	s.redact(ingest.RedactOptions{})
	f1, f2 := s.file(), s.file()
	if _, err := ingest.RejectIdentifier(s.ctx, s.st, f1, "Malcolm"); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.RejectIdentifier(s.ctx, s.st, f2, "Gordon"); err != nil {
		t.Fatal(err)
	}
	s.check("two rejects from two loaded maps")
	if f := s.file(); len(f.Rejected) != 2 {
		t.Errorf("rejected = %v, want both", f.Rejected)
	}
}

// TestNERFailureStopsRedaction: when name recognition fails, redaction
// stops with the error and changes nothing (it used to go on as if the
// text named nobody).
func TestNERFailureStopsRedaction(t *testing.T) {
	s, dir := safetyProject(t)
	before := s.texts()
	undo := ingest.SetDetector(redact.ErrNER)
	defer undo()
	_, _, err := ingest.RedactProject(s.ctx, s.proj, s.st, s.file(), ingest.RedactOptions{})
	if !errors.Is(err, redact.ErrNER) {
		t.Fatalf("RedactProject = %v, want ErrNER", err)
	}
	if !sameTexts(before, s.texts()) {
		t.Error("the store changed")
	}
	if f := s.file(); len(f.Documents) != 0 || len(f.Entries) != 0 {
		t.Errorf("the map records a redaction that did not happen: %+v", f)
	}
	// ingest --redact stores nothing either.
	src := filepath.Join(dir, "new.txt")
	os.WriteFile(src, []byte("Interviewer: Hi.\n\nP: Priya Shah rang.\n"), 0o644)
	r, err := ingest.NewRedactor(s.proj, s.file(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ingest.Ingest(s.ctx, s.proj, s.st, []string{src}, ingest.Options{Redact: r, PrivacyPath: s.proj.IdentifiersPath()})
	if err == nil || !strings.Contains(err.Error(), "name recogniser") {
		t.Fatalf("Ingest = %v, want the recogniser's failure", err)
	}
	if _, err := s.st.Document(s.ctx, "new"); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("the document was stored unredacted: %v", err)
	}
}

// TestMapFileIsPrivateAndWhole: the map is 0600 and no temporary file is
// left beside it.
func TestMapFileIsPrivateAndWhole(t *testing.T) {
	s, _ := safetyProject(t)
	s.redact(ingest.RedactOptions{})
	s.reject("Gordon")
	path := s.proj.IdentifiersPath()
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("identifiers.json: %v, %v; want mode 0600", info, err)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".identifiers.json.tmp*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func highestPseudonym(texts map[string]string) int {
	n := 0
	for _, text := range texts {
		for _, f := range strings.Split(text, "[PERSON ")[1:] {
			if k := pseudonymNumber("[PERSON " + f); k > n {
				n = k
			}
		}
	}
	return n
}

func pseudonymNumber(s string) int {
	n := 0
	for _, r := range strings.TrimPrefix(s, "[PERSON ") {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// savedEntries returns the entries of a map saved as data.
func savedEntries(data []byte) []redact.Entry {
	dir, _ := os.MkdirTemp("", "map")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "m.json")
	os.WriteFile(p, data, 0o600)
	f, err := ingest.LoadPrivacy(p)
	if err != nil {
		return nil
	}
	return f.Entries
}
