package ingest_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// These tests run redaction as a person does — redact, reject a
// replacement, add a name, in any order — on ingested projects, and check
// after every step that nothing was damaged: each document's text is its
// original with exactly the recorded replacements applied, every turn,
// segment and coding covers the same words as before, each coding's quote
// is its span's text, and speaker labels are whole.

// docState is what a document was before any redaction.
type docState struct {
	text     string
	turns    []corpus.Turn
	segments []corpus.Segment
	codings  map[int64][2]int // coding ID -> span
}

type scenario struct {
	t     *testing.T
	ctx   context.Context
	proj  *corpus.Project
	st    *corpus.Store
	orig  map[string]*docState
	steps int
}

// newScenario records the project's documents, after adding codings: one
// per segment and one per sentence of every segment, so that codings start
// and end next to names.
func newScenario(t *testing.T, proj *corpus.Project, st *corpus.Store) *scenario {
	t.Helper()
	ctx := context.Background()
	s := &scenario{t: t, ctx: ctx, proj: proj, st: st, orig: map[string]*docState{}}
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		return st.EachSegment(ctx, corpus.SegmentFilter{}, func(seg *corpus.Segment) error {
			spans := [][2]int{{seg.Start, seg.End}}
			at := seg.Start
			for _, sent := range strings.SplitAfter(seg.Text, ". ") {
				n := utf8.RuneCountInString(sent)
				if trimmed := utf8.RuneCountInString(strings.TrimRight(sent, " ")); trimmed > 0 {
					spans = append(spans, [2]int{at, at + trimmed})
				}
				at += n
			}
			for _, sp := range spans {
				c := &corpus.Coding{DocID: seg.DocID, Start: sp[0], End: sp[1], Code: "x", Coder: "alice",
					Origin: corpus.OriginManual, Quote: string([]rune(seg.Text)[sp[0]-seg.Start : sp[1]-seg.Start])}
				if err := tx.InsertCoding(c); err != nil {
					return err
				}
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		s.orig[d.ID] = s.snapshot(d.ID)
	}
	return s
}

func (s *scenario) snapshot(doc string) *docState {
	s.t.Helper()
	d, err := s.st.Document(s.ctx, doc)
	if err != nil {
		s.t.Fatal(err)
	}
	ds := &docState{text: d.Text, codings: map[int64][2]int{}}
	if ds.turns, err = s.st.Turns(s.ctx, doc); err != nil {
		s.t.Fatal(err)
	}
	err = s.st.EachSegment(s.ctx, corpus.SegmentFilter{DocIDs: []string{doc}}, func(seg *corpus.Segment) error {
		ds.segments = append(ds.segments, *seg)
		return nil
	})
	if err != nil {
		s.t.Fatal(err)
	}
	cs, err := s.st.Codings(s.ctx, corpus.CodingFilter{DocIDs: []string{doc}})
	if err != nil {
		s.t.Fatal(err)
	}
	for _, c := range cs {
		ds.codings[c.ID] = [2]int{c.Start, c.End}
	}
	return ds
}

func (s *scenario) file() *ingest.PrivacyFile {
	s.t.Helper()
	f, err := ingest.OpenPrivacy(s.ctx, s.proj.IdentifiersPath(), s.st)
	if err != nil {
		s.t.Fatal(err)
	}
	return f
}

func (s *scenario) redact(opts ingest.RedactOptions) {
	s.t.Helper()
	if _, _, err := ingest.RedactProject(s.ctx, s.proj, s.st, s.file(), opts); err != nil {
		s.t.Fatalf("redact %+v: %v", opts, err)
	}
	s.check(fmt.Sprintf("redact %+v", opts))
}

func (s *scenario) reject(which string) *ingest.UnredactReport {
	s.t.Helper()
	rep, err := ingest.RejectIdentifier(s.ctx, s.st, s.file(), which)
	if err != nil {
		s.t.Fatalf("reject %q: %v", which, err)
	}
	s.check("reject " + which)
	return rep
}

// check compares every document with its original.
func (s *scenario) check(step string) {
	s.t.Helper()
	s.steps++
	f := s.file()
	for id, o := range s.orig {
		if err := s.checkDoc(f, id, o); err != nil {
			s.t.Fatalf("after %s: %s: %v", step, id, err)
		}
	}
	for _, edits := range f.Documents {
		for _, e := range edits {
			for _, r := range f.Rejected {
				if strings.EqualFold(e.Original, r) {
					s.t.Fatalf("after %s: rejected %q is still replaced", step, r)
				}
			}
		}
	}
}

func (s *scenario) checkDoc(f *ingest.PrivacyFile, id string, o *docState) error {
	now := s.snapshot(id)
	edits := f.Documents[id]
	if err := redact.Check(now.text, edits); err != nil {
		return err
	}
	if back, _ := redact.Restore(now.text, edits, nil); back != o.text {
		return fmt.Errorf("undoing the replacements does not give the original text back")
	}
	orig := func(pos int, isEnd bool) int { return redact.UnmapOffset(edits, pos, isEnd) }
	runes := []rune(now.text)
	if len(now.turns) != len(o.turns) || len(now.segments) != len(o.segments) || len(now.codings) != len(o.codings) {
		return fmt.Errorf("%d turns, %d segments, %d codings; were %d, %d, %d", len(now.turns), len(now.segments), len(now.codings), len(o.turns), len(o.segments), len(o.codings))
	}
	for i, tn := range now.turns {
		ot := o.turns[i]
		if orig(tn.Start, false) != ot.Start || orig(tn.End, true) != ot.End {
			return fmt.Errorf("turn %d moved to other words", tn.Seq)
		}
		if err := checkLabel(runes, tn, []rune(o.text), ot, orig); err != nil {
			return err
		}
	}
	for i, sg := range now.segments {
		og := o.segments[i]
		if orig(sg.Start, false) != og.Start || orig(sg.End, true) != og.End {
			return fmt.Errorf("segment %d moved to other words", sg.Seq)
		}
		if sg.Text != string(runes[sg.Start:sg.End]) || sg.Speaker != now.turns[sg.TurnSeq-1].Speaker {
			return fmt.Errorf("segment %d's text or speaker does not match the document", sg.Seq)
		}
	}
	cs, _ := s.st.Codings(s.ctx, corpus.CodingFilter{DocIDs: []string{id}})
	for _, c := range cs {
		was := o.codings[c.ID]
		if orig(c.Start, false) != was[0] || orig(c.End, true) != was[1] {
			return fmt.Errorf("coding %d moved from [%d,%d) to other words", c.ID, was[0], was[1])
		}
		if c.Quote != string(runes[c.Start:c.End]) {
			return fmt.Errorf("coding %d's quote is not its span's text", c.ID)
		}
	}
	return nil
}

// checkLabel checks that a turn's speaker label stands whole before it in
// the text, where the original label stood.
func checkLabel(runes []rune, tn corpus.Turn, oruns []rune, ot corpus.Turn, orig func(int, bool) int) error {
	n := utf8.RuneCountInString(ot.Speaker)
	if ot.Speaker == "" || ot.Start-n-2 < 0 || string(oruns[ot.Start-n-2:ot.Start]) != ot.Speaker+": " {
		return nil // the label is not in the text (e.g. front matter)
	}
	ls := tn.Start - utf8.RuneCountInString(tn.Speaker) - 2
	if ls < 0 || string(runes[ls:tn.Start]) != tn.Speaker+": " {
		return fmt.Errorf("turn %d's speaker label is not in the text before it", tn.Seq)
	}
	if orig(ls, false) != ot.Start-n-2 {
		return fmt.Errorf("turn %d's speaker label moved", tn.Seq)
	}
	return nil
}

// TestRedactRejectAddDemo is the audit's scenario: the demo, redacted,
// then Malcolm rejected (which once left "[PERSON 2]SON 2]" in the text,
// 62 codings on shifted words and 18 speakers cut into 56 fragments), then
// a name added and a speaker's pseudonym rejected.
func TestRedactRejectAddDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("redacts the whole demo")
	}
	proj, st, _ := ingesttest.Project(t, "demo", ingesttest.Demo(t, "")...)
	s := newScenario(t, proj, st)
	s.redact(ingest.RedactOptions{})
	if rep := s.reject("Malcolm"); rep.Restored == 0 {
		t.Fatal("Malcolm was not redacted in the demo")
	}
	s.redact(ingest.RedactOptions{Add: []string{"Thursday"}})
	s.reject(s.speakerPseudonym())
	speakers := map[string]bool{}
	for id := range s.orig {
		for _, tn := range s.snapshot(id).turns {
			speakers[tn.Speaker] = true
		}
	}
	before := map[string]bool{}
	for _, o := range s.orig {
		for _, tn := range o.turns {
			before[tn.Speaker] = true
		}
	}
	if len(speakers) != len(before) {
		t.Errorf("%d speakers after redaction, %d before", len(speakers), len(before))
	}
}

// speakerPseudonym returns a pseudonym that stands as a speaker label.
func (s *scenario) speakerPseudonym() string {
	s.t.Helper()
	for _, id := range sortedKeys(s.orig) {
		for _, tn := range s.snapshot(id).turns {
			if strings.HasPrefix(tn.Speaker, "[PERSON ") {
				return tn.Speaker
			}
		}
	}
	s.t.Fatal("no speaker label was redacted")
	return ""
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TestRedactRejectAddRandom plays random sequences on random transcripts:
// speakers and people named in the text from a pool (some with accents),
// some names only the list of added names finds.
func TestRedactRejectAddRandom(t *testing.T) {
	seeds := 4
	if testing.Short() {
		seeds = 1
	}
	for seed := int64(1); seed <= int64(seeds); seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewSource(seed))
			dir := t.TempDir()
			var paths []string
			for i := 0; i < 3; i++ {
				p := filepath.Join(dir, fmt.Sprintf("rt-%02d.txt", i+1))
				if err := os.WriteFile(p, []byte(randomTranscript(rng)), 0o644); err != nil {
					t.Fatal(err)
				}
				paths = append(paths, p)
			}
			proj, st, _ := ingesttest.Project(t, "random", paths...)
			s := newScenario(t, proj, st)
			for step := 0; step < 6; step++ {
				s.randomStep(rng)
			}
		})
	}
}

var (
	poolNames = []string{"Siobhán", "Malcolm", "Priya", "Zoë", "Gordon", "Bernadette", "Tomasz", "Ngozi"}
	poolWords = strings.Fields("we went to the group on a Tuesday and it was good because everyone talked about their week and the nurse rang later so I felt better about it all")
)

func randomTranscript(rng *rand.Rand) string {
	var b strings.Builder
	b.WriteString("---\nprogramme: HeartMates\nrole: patient\n---\n")
	speaker := poolNames[rng.Intn(len(poolNames))]
	for turn := 0; turn < 2+rng.Intn(5); turn++ {
		if turn%2 == 0 {
			b.WriteString("Interviewer: ")
		} else {
			b.WriteString(speaker + ": ")
		}
		for sent := 0; sent < 1+rng.Intn(3); sent++ {
			words := make([]string, 0, 12)
			for w := 0; w < 4+rng.Intn(8); w++ {
				// Names never stand next to each other, so no span joins two.
				if rng.Intn(5) == 0 && (len(words) == 0 || !isPoolName(words[len(words)-1])) {
					words = append(words, poolNames[rng.Intn(len(poolNames))])
					continue
				}
				words = append(words, poolWords[rng.Intn(len(poolWords))])
			}
			b.WriteString(strings.Join(words, " ") + ". ")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func isPoolName(w string) bool {
	for _, n := range poolNames {
		if n == w {
			return true
		}
	}
	return false
}

// randomStep redacts (perhaps with --force or --add) or rejects a
// replacement.
func (s *scenario) randomStep(rng *rand.Rand) {
	s.t.Helper()
	f := s.file()
	var originals []string
	for _, id := range sortedKeys(f.Documents) {
		for _, e := range f.Documents[id] {
			originals = append(originals, e.Original)
		}
	}
	switch k := rng.Intn(4); {
	case k == 0 && len(originals) > 0:
		s.reject(originals[rng.Intn(len(originals))])
	case k == 1:
		s.redact(ingest.RedactOptions{Add: []string{poolNames[rng.Intn(len(poolNames))]}})
	default:
		s.redact(ingest.RedactOptions{Force: rng.Intn(2) == 0})
	}
}
