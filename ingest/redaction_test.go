package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
)

// mustRedact redacts the project with opts and fails the test on an error.
func mustRedact(t *testing.T, p *corpus.Project, st *corpus.Store, file *PrivacyFile, opts RedactOptions) (*RedactReport, []string) {
	t.Helper()
	rep, changed, err := RedactProject(context.Background(), p, st, file, opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep, changed
}

// TestRedactProjectKeepsCodings redacts a coded document: the codings move
// with the text, their quotes hold pseudonyms, the map is 0600, and a
// rejected replacement is restored everywhere.
func TestRedactProjectKeepsCodings(t *testing.T) {
	ctx := context.Background()
	p, st := newProject(t)
	dir := t.TempDir()
	text := "Interviewer: Who helped?\n\nMaureen: My buddy Priya Shah rang me on 07700 900123 every week. Priya knew. Café Rouge was lovely.\n\nInterviewer: And now?\n\nMaureen: Now I ring Priya myself, or e-mail priya.shah@example.org.\n"
	f := write(t, dir, "dc-01.txt", "---\nid: dc-01\nprogramme: Dementia Carers Circle\nrole: caregiver\n---\n"+text)
	mustIngest(t, p, st, []string{f}, Options{})
	doc, _ := st.Document(ctx, "dc-01")
	quote := "rang me on 07700 900123 every week. Priya knew."
	start := len([]rune(doc.Text[:strings.Index(doc.Text, quote)]))
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		tx.Record("alice", "code", "coded dc-01")
		if err := tx.InsertCoding(&corpus.Coding{DocID: "dc-01", Start: start, End: start + len([]rune(quote)), Code: "x", Coder: "alice", Origin: corpus.OriginManual, Quote: quote}); err != nil {
			return err
		}
		// A learned model explained by the stems of the transcripts' words.
		return tx.SetLearnedModel(&corpus.LearnedModel{Code: "x", ExamplesHash: "h", Report: []byte("{}"), Model: []byte(`[{"term":"priya","weight":0.9}]`)})
	})
	if err != nil {
		t.Fatal(err)
	}
	path := p.IdentifiersPath()
	file, _ := LoadPrivacy(path)
	rep, changed := mustRedact(t, p, st, file, RedactOptions{Workers: 2})
	if rep.Replacements < 5 || len(changed) != 1 {
		t.Errorf("report = %+v, changed %v", rep, changed)
	}
	doc, _ = st.Document(ctx, "dc-01")
	for _, secret := range []string{"Priya", "Shah", "07700", "example.org", "Maureen"} {
		if strings.Contains(doc.Text, secret) {
			t.Errorf("%q is still in the redacted text:\n%s", secret, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "Café Rouge") {
		t.Error("a café was taken for a person")
	}
	// Nothing derived from the old words keeps them: not the history of
	// the coding, not the learned model's explanation.
	if events, _ := st.History(ctx, corpus.HistoryFilter{}); rep.Sealed != 1 || len(events) != 1 || !events[0].Sealed {
		t.Errorf("sealed %d; history %+v", rep.Sealed, events)
	}
	if ms, _ := st.LearnedModels(ctx); ms["x"] == nil || strings.Contains(string(ms["x"].Model), "priya") {
		t.Errorf("the learned model still names the words: %+v", ms["x"])
	}
	cs, _ := st.Codings(ctx, corpus.CodingFilter{})
	runes := []rune(doc.Text)
	if len(cs) != 1 || string(runes[cs[0].Start:cs[0].End]) != cs[0].Quote || !strings.Contains(cs[0].Quote, "[PHONE 1]") {
		t.Errorf("coding after redaction = %+v", cs)
	}
	turns, _ := st.Turns(ctx, "dc-01")
	if strings.Contains(turns[1].Speaker, "Maureen") {
		t.Errorf("the speaker label was not redacted: %q", turns[1].Speaker)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("identifiers.json mode = %v, %v; want 0600", info.Mode().Perm(), err)
	}
	items, err := ReviewItems(ctx, st, file)
	if err != nil || len(items) != rep.Replacements {
		t.Errorf("review items = %d, %v; want %d", len(items), err, rep.Replacements)
	}
	// A person rejects the phone replacement: it comes back everywhere.
	un, err := RejectIdentifier(ctx, st, file, "[PHONE 1]")
	if err != nil {
		t.Fatal(err)
	}
	doc, _ = st.Document(ctx, "dc-01")
	cs, _ = st.Codings(ctx, corpus.CodingFilter{})
	if un.Restored != 1 || !strings.Contains(doc.Text, "07700 900123") || !strings.Contains(cs[0].Quote, "07700 900123") {
		t.Errorf("restore: %+v; text %q; coding %q", un, doc.Text, cs[0].Quote)
	}
	if got := string([]rune(doc.Text)[cs[0].Start:cs[0].End]); got != cs[0].Quote {
		t.Errorf("coding span after restore holds %q, quote %q", got, cs[0].Quote)
	}
	// Redacting again finds nothing new, and never the rejected number.
	again, _ := mustRedact(t, p, st, file, RedactOptions{Force: true, Workers: 2})
	doc, _ = st.Document(ctx, "dc-01")
	if again.ByKind["PHONE"] != 0 || !strings.Contains(doc.Text, "07700 900123") {
		t.Error("a rejected identifier was redacted again")
	}
}

func TestIngestRedacts(t *testing.T) {
	ctx := context.Background()
	p, st, r := newRedactingProject(t)
	f := write(t, t.TempDir(), "hf-01.txt", "---\nprogramme: HeartMates\n---\nInterviewer: Hello.\n\nP: Dr. Okafor told me to ring Jean Brown on 0161 496 0000.\n\nInterviewer: And?\n\nP: Jean Brown was great.\n")
	rep := mustIngest(t, p, st, []string{f}, Options{Redact: r, PrivacyPath: p.IdentifiersPath()})
	doc, _ := st.Document(ctx, "hf-01")
	if rep.Redacted < 3 || strings.Contains(doc.Text, "Jean") || strings.Contains(doc.Text, "0161") {
		t.Errorf("redacted %d; text %q", rep.Redacted, doc.Text)
	}
	segs := 0
	st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error {
		segs++
		if got := string([]rune(doc.Text)[s.Start:s.End]); got != s.Text {
			t.Errorf("segment %d holds %q, its span %q", s.Seq, s.Text, got)
		}
		return nil
	})
	if segs != 2 {
		t.Errorf("%d segments", segs)
	}
	if _, err := os.Stat(filepath.Join(p.Dir, corpus.DataDir, "identifiers.json")); err != nil {
		t.Errorf("the map was not saved: %v", err)
	}
}

// TestNameFoundLaterIsReplacedInEarlierDocuments: a name first found in a
// document ingested after the others were redacted is replaced in them
// too, in every form; before, the earlier documents kept it.
func TestNameFoundLaterIsReplacedInEarlierDocuments(t *testing.T) {
	ctx := context.Background()
	p, st := newProject(t)
	dir := t.TempDir()
	early := write(t, dir, "mh-01.txt", "---\nid: mh-01\nprogramme: Open Door\n---\nInterviewer: Who?\n\nP: Tendai was there. Tendai's mum too.\n")
	mustIngest(t, p, st, []string{early}, Options{})
	file, _ := LoadPrivacy(p.IdentifiersPath())
	mustRedact(t, p, st, file, RedactOptions{})
	late := write(t, dir, "mh-02.txt", "---\nid: mh-02\nprogramme: Open Door\n---\nInterviewer: Who?\n\nP: She told me, Tendai, you cannot carry on like this.\n")
	mustIngest(t, p, st, []string{late}, Options{})
	file, err := OpenPrivacy(ctx, p.IdentifiersPath(), st)
	if err != nil {
		t.Fatal(err)
	}
	mustRedact(t, p, st, file, RedactOptions{})
	for _, id := range []string{"mh-01", "mh-02"} {
		doc, _ := st.Document(ctx, id)
		if strings.Contains(doc.Text, "Tendai") {
			t.Errorf("%s still names Tendai:\n%s", id, doc.Text)
		}
	}
}

// TestAcceptUncertain: the uncertain replacements are listed first; after
// a --reject and --accept-uncertain none is left, the accepted name is one
// of the project's names, the text is unchanged, and a crash before the
// store commits leaves the map as it was.
func TestAcceptUncertain(t *testing.T) {
	ctx := context.Background()
	p, st := newProject(t)
	f := write(t, t.TempDir(), "mh-01.txt", "---\nid: mh-01\nprogramme: Open Door\n---\nInterviewer: Who?\n\nP: Maureen came. Honestly we like Dunelm. Later we saw Zvikomborero there.\n")
	mustIngest(t, p, st, []string{f}, Options{})
	file, _ := LoadPrivacy(p.IdentifiersPath())
	rep, _ := mustRedact(t, p, st, file, RedactOptions{})
	if rep.Uncertain != 2 {
		t.Fatalf("%d uncertain, want 2 (Dunelm, Zvikomborero)", rep.Uncertain)
	}
	items, err := ReviewItems(ctx, st, file)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 || !items[0].Uncertain || !items[1].Uncertain || items[2].Uncertain || items[0].Evidence == "" {
		t.Fatalf("review items, uncertain first: %+v", items)
	}
	if _, err := RejectIdentifier(ctx, st, file, "Dunelm"); err != nil {
		t.Fatal(err)
	}
	before, _ := st.Document(ctx, "mh-01")
	restore := SetMapSavedHook(func() error { return errors.New("crash") })
	if _, err := AcceptUncertain(ctx, st, file); err == nil {
		t.Fatal("the crash was not reported")
	}
	restore()
	if file, _ = OpenPrivacy(ctx, p.IdentifiersPath(), st); !file.hasUncertain() || slices.Contains(file.Added, "Zvikomborero") {
		t.Fatal("a change that never committed was kept")
	}
	acc, err := AcceptUncertain(ctx, st, file)
	if err != nil {
		t.Fatal(err)
	}
	if acc.Accepted != 1 || !slices.Equal(acc.Originals, []string{"Zvikomborero"}) {
		t.Errorf("accepted %+v", acc)
	}
	file, _ = OpenPrivacy(ctx, p.IdentifiersPath(), st)
	after, _ := st.Document(ctx, "mh-01")
	if file.hasUncertain() || !slices.Contains(file.Added, "Zvikomborero") || after.Text != before.Text {
		t.Errorf("after accepting: uncertain %v, added %v, text changed %v", file.hasUncertain(), file.Added, after.Text != before.Text)
	}
}

// TestIngestRedactsKeepsReadings: the learned suggester's stored readings
// of other documents survive a redacting ingest of a new document (it is
// redacted before anything reads it), and are forgotten when a document is
// replaced (its old reading may hold words from before redaction).
func TestIngestRedactsKeepsReadings(t *testing.T) {
	ctx := context.Background()
	p, st := newProject(t)
	dir := t.TempDir()
	first := write(t, dir, "hf-01.txt", "---\nprogramme: HeartMates\n---\nInterviewer: Hello.\n\nP: It helped me a lot.\n")
	mustIngest(t, p, st, []string{first}, Options{})
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		if err := tx.AddLearnedTerms(0, []string{"help"}); err != nil {
			return err
		}
		return tx.SetLearnedReading(&corpus.LearnedReading{DocID: "hf-01", Revision: 1, Reader: "r1", Segments: []byte{1}})
	})
	if err != nil {
		t.Fatal(err)
	}
	readings := func() int {
		n := 0
		if err := st.EachLearnedReading(ctx, func(*corpus.LearnedReading) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	redactor := func() *Redactor { return nextRedactor(t, p, st) }
	second := write(t, dir, "hf-02.txt", "---\nprogramme: HeartMates\n---\nInterviewer: Hello.\n\nP: Jean Brown rang me on 0161 496 0000.\n")
	mustIngest(t, p, st, []string{second}, Options{Redact: redactor(), PrivacyPath: p.IdentifiersPath()})
	if n := readings(); n != 1 {
		t.Fatalf("after a redacting ingest of a new document, %d stored readings, want 1", n)
	}
	write(t, dir, "hf-01.txt", "---\nprogramme: HeartMates\n---\nInterviewer: Hello.\n\nP: It helped me a lot, said Jean Brown.\n")
	mustIngest(t, p, st, []string{first}, Options{Redact: redactor(), PrivacyPath: p.IdentifiersPath(), Replace: true})
	if n := readings(); n != 0 {
		t.Errorf("after replacing a document in a redacting ingest, %d stored readings, want 0", n)
	}
}

// TestRedactProjectInChunks: a project of more documents than the second
// pass holds at once is redacted whole, each document finished with its
// own first pass (a chunk's documents paired with the wrong scans would
// fail the check that the text is the one scanned), identifiers in the
// first and the last chunk alike.
func TestRedactProjectInChunks(t *testing.T) {
	ctx := context.Background()
	p, st := newProject(t)
	dir := t.TempDir()
	var files []string
	n := 2*redactChunk + 7
	for i := range n {
		text := "Interviewer: How was it?\n\nP: The group helped, honestly.\n"
		switch i {
		case 0:
			text = "Interviewer: Who ran it?\n\nP: Kwabena did. Kwabena was kind.\n"
		case n - 1:
			text = "Interviewer: Who?\n\nP: My neighbour, Kwabena Asante, rang me on 0161 496 0000.\n"
		}
		files = append(files, write(t, dir, fmt.Sprintf("ch-%03d.txt", i), "---\nprogramme: Open Door\n---\n"+text))
	}
	mustIngest(t, p, st, files, Options{})
	file, _ := LoadPrivacy(p.IdentifiersPath())
	var found, rewritten countProgress
	rep, changed := mustRedact(t, p, st, file, RedactOptions{Workers: 2, Progress: &found, Rewriting: &rewritten})
	if rep.Documents != n || len(changed) != 2 {
		t.Errorf("searched %d documents, changed %v; want %d searched, 2 changed", rep.Documents, changed, n)
	}
	if found != (countProgress{total: n, added: n, done: true}) || rewritten != found {
		t.Errorf("progress: first pass %+v, second %+v; want %d of %d, done, for each", found, rewritten, n, n)
	}
	for _, id := range []string{"ch-000", fmt.Sprintf("ch-%03d", n-1)} {
		doc, err := st.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(doc.Text, "Kwabena") || strings.Contains(doc.Text, "0161") {
			t.Errorf("%s still holds an identifier:\n%s", id, doc.Text)
		}
	}
}

// countProgress counts what a Progress is told.
type countProgress struct {
	total, added int
	done         bool
}

func (c *countProgress) Start(total int) { c.total = total }
func (c *countProgress) Add(n int)       { c.added += n }
func (c *countProgress) Done()           { c.done = true }

// TestRedactProjectNamedInterviewerAndNarrator: an interviewer listed by
// name and a person an attribute names are people, not words the detector
// is told are no names: a redaction hides them in the text and in the
// interviewer's label, and keeps a role and a programme's name.
func TestRedactProjectNamedInterviewerAndNarrator(t *testing.T) {
	ctx := context.Background()
	p, st := newProject(t)
	p.Config.Interviewers = append(p.Config.Interviewers, "Adam Stacoviak", "Mireille Reece, PsyD")
	text := "Adam Stacoviak: Welcome back. Jane Doe said you ran the group.\n\n" +
		"Guest: Yes, with Jane Doe. Mireille Reece came once. Adam Stacoviak asked me first.\n\n" +
		"Adam Stacoviak: Thanks. And the Interviewer role at Open Door?\n\nGuest: Fine.\n\n" +
		"Tomasz K. Wierzbicki, PhD: I joined late. Wierzbicki is my name.\n\nAdam Stacoviak: Welcome.\n"
	f := write(t, t.TempDir(), "ep-01.txt", "---\nid: ep-01\nprogramme: Open Door\nrole: peer supporter\nnarrator: Jane Doe\n---\n"+text)
	mustIngest(t, p, st, []string{f}, Options{})
	file, _ := LoadPrivacy(p.IdentifiersPath())
	mustRedact(t, p, st, file, RedactOptions{Workers: 1})
	doc, err := st.Document(ctx, "ep-01")
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"Adam", "Stacoviak", "Jane", "Doe", "Mireille", "Reece", "Tomasz", "Wierzbicki"} {
		if strings.Contains(doc.Text, secret) {
			t.Errorf("%q is still in the redacted text:\n%s", secret, doc.Text)
		}
	}
	for _, kept := range []string{"Open Door", "Interviewer role", "Guest:"} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("%q was redacted:\n%s", kept, doc.Text)
		}
	}
	turns, _ := st.Turns(ctx, "ep-01")
	for _, tr := range turns {
		if strings.Contains(tr.Speaker, "Adam") {
			t.Errorf("a turn is still labelled %q", tr.Speaker)
		}
	}
	// The narrator's attribute, which exports write, is redacted too, and
	// a person's rejection of the name puts it back there as in the text.
	if got := doc.Attrs["narrator"]; !strings.HasPrefix(got, "[PERSON ") {
		t.Errorf("narrator = %q, want a pseudonym", got)
	}
	if _, err := RejectIdentifier(ctx, st, file, "Jane Doe"); err != nil {
		t.Fatal(err)
	}
	if doc, _ = st.Document(ctx, "ep-01"); doc.Attrs["narrator"] != "Jane Doe" || !strings.Contains(doc.Text, "Jane Doe said") {
		t.Errorf("after rejecting: narrator %q, text:\n%s", doc.Attrs["narrator"], doc.Text)
	}
}

// TestIngestRedactsNamesInFreeTextAttributes: a name said in a transcript
// is redacted though a long attribute (a CSV's note column) holds it too;
// a programme's name in its attribute stays protected.
func TestIngestRedactsNamesInFreeTextAttributes(t *testing.T) {
	ctx := context.Background()
	p, st, r := newRedactingProject(t)
	f := write(t, t.TempDir(), "n-01.txt", "---\nid: n-01\nprogramme: Breathe Together\nnote: Priya Shah, 54, came with her sister about the new inhaler and the dose\n---\n"+
		"Interviewer: Who came?\n\nParticipant: Priya came to Breathe Together with me, and Priya knew the nurse.\n")
	mustIngest(t, p, st, []string{f}, Options{Redact: r})
	doc, err := st.Document(ctx, "n-01")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "Priya") || !strings.Contains(doc.Text, "Breathe Together") {
		t.Errorf("redacted text:\n%s", doc.Text)
	}
	if note := doc.Attrs["note"]; strings.Contains(note, "Priya") || !strings.Contains(note, "inhaler") {
		t.Errorf("the note attribute after redaction: %q", note)
	}
}

// newRedactingProject is a new project with a redactor for its ingests.
func newRedactingProject(t *testing.T) (*corpus.Project, *corpus.Store, *Redactor) {
	t.Helper()
	p, st := newProject(t)
	file, _ := LoadPrivacy(p.IdentifiersPath())
	r, err := NewRedactor(p, file, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p, st, r
}

// TestIngestAgainRedactsNothing: ingesting into a redacted project the
// transcripts it holds already stores nothing, so it redacts nothing: the
// report counts no identifier, and the map (with the time of the last
// change, which reports are compared with) is left as it was, with
// --replace too; a run that stores another transcript beside them counts
// that one's identifiers alone. Before, every document read was redacted
// again and counted, and the map saved as changed.
func TestIngestAgainRedactsNothing(t *testing.T) {
	ctx := context.Background()
	p, st, r := newRedactingProject(t)
	dir := t.TempDir()
	f1 := write(t, dir, "hf-01.txt", "---\nprogramme: HeartMates\nnarrator: Jean Brown\n---\nInterviewer: Hello.\n\nP: Dr. Okafor told me to ring Jean Brown on 0161 496 0000.\n\nInterviewer: And?\n\nP: Jean Brown was great.\n")
	f2 := write(t, dir, "hf-02.txt", "---\nprogramme: HeartMates\n---\nInterviewer: Hello.\n\nP: Maureen Hughes rang me, and Jean Brown came round.\n")
	first := mustIngest(t, p, st, []string{f1}, Options{Redact: r, PrivacyPath: p.IdentifiersPath()})
	if first.Redacted == 0 {
		t.Fatal("the first ingest redacted nothing")
	}
	redactor := func() *Redactor { return nextRedactor(t, p, st) }
	redactor() // settles the map with the store, as the next command does
	before, err := os.ReadFile(p.IdentifiersPath())
	if err != nil {
		t.Fatal(err)
	}
	for _, replace := range []bool{false, true} {
		rep := mustIngest(t, p, st, []string{f1}, Options{Redact: redactor(), PrivacyPath: p.IdentifiersPath(), Replace: replace})
		if rep.Redacted != 0 || rep.Uncertain != 0 || len(rep.Added)+len(rep.Replaced) != 0 || !slices.Equal(rep.Unchanged, []string{"hf-01"}) {
			t.Errorf("replace %t: redacted %d (%d uncertain), added %v, replaced %v, unchanged %v; want nothing redacted, hf-01 unchanged",
				replace, rep.Redacted, rep.Uncertain, rep.Added, rep.Replaced, rep.Unchanged)
		}
		after, err := os.ReadFile(p.IdentifiersPath())
		if err != nil {
			t.Fatal(err)
		}
		if string(after) != string(before) {
			t.Errorf("replace %t: the map changed though nothing was stored:\n%s\nwas\n%s", replace, after, before)
		}
	}

	// hf-02 alone, in a project of its own, for its count.
	q, qst, qr := newRedactingProject(t)
	alone := mustIngest(t, q, qst, []string{f2}, Options{Redact: qr, PrivacyPath: q.IdentifiersPath()})
	beforeMap, err := LoadPrivacy(p.IdentifiersPath())
	if err != nil {
		t.Fatal(err)
	}
	rep := mustIngest(t, p, st, []string{f1, f2}, Options{Redact: redactor(), PrivacyPath: p.IdentifiersPath(), Replace: true})
	if !slices.Equal(rep.Added, []string{"hf-02"}) || rep.Redacted != alone.Redacted {
		t.Errorf("added %v, redacted %d; want hf-02 and its %d identifiers alone", rep.Added, rep.Redacted, alone.Redacted)
	}
	afterMap, err := OpenPrivacy(ctx, p.IdentifiersPath(), st)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(afterMap.Documents["hf-01"], beforeMap.Documents["hf-01"]) || afterMap.Digests["hf-01"] != beforeMap.Digests["hf-01"] {
		t.Errorf("hf-01's entry in the map changed: %+v (digest %s), was %+v (%s)", afterMap.Documents["hf-01"], afterMap.Digests["hf-01"],
			beforeMap.Documents["hf-01"], beforeMap.Digests["hf-01"])
	}
}

// nextRedactor is the redactor the next command makes: of the map settled
// with the store.
func nextRedactor(t *testing.T, p *corpus.Project, st *corpus.Store) *Redactor {
	t.Helper()
	file, err := OpenPrivacy(context.Background(), p.IdentifiersPath(), st)
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRedactor(p, file, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
