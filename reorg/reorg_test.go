package reorg_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reorg"
)

const studyCodebook = `# The codebook of a study in progress.
name: Carers' study
codes:
  # Codes made while reading the first interviews.
  - id: lonely
    label: Lonely
    definition: Feeling alone.
    examples: ["nobody to talk to"]
  - id: isolated
    label: Isolated   # in vivo
    definition: Cut off from others.
    rules:
      - terms: [cut off]
  - id: support
    label: Support
    definition: Help given.
    children:
      - id: support.practical
        label: Practical support
        definition: Lifts, meals.
groups:
  challenges:
    description: What is hard.
    codes: [lonely, isolated]
`

type fixture struct {
	ctx  context.Context
	proj *corpus.Project
	st   *corpus.Store
	ids  map[string]int64 // name -> coding id
}

// study makes a project with codings by two coders and a memo.
func study(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	proj, err := corpus.Init(ctx, t.TempDir(), "blank", "Carers", []byte(studyCodebook))
	if err != nil {
		t.Fatal(err)
	}
	st, err := corpus.OpenStore(ctx, proj.StorePath())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{ctx: ctx, proj: proj, st: st, ids: map[string]int64{}}
	text := "I was so lonely. Cut off from everyone. My sister did the shopping."
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		n := len([]rune(text))
		if err := tx.PutDocument(&corpus.Document{ID: "c1", Path: "c1", Format: "txt", Hash: "c1", Text: text, Words: 12},
			[]corpus.Turn{{Seq: 1, Speaker: "P", End: n}}, []corpus.Segment{{Seq: 1, TurnSeq: 1, End: n, Text: text}}); err != nil {
			return err
		}
		for _, c := range []struct{ name, code, coder, quote string }{
			{"alice-lonely", "lonely", "alice", "I was so lonely."},
			{"alice-isolated", "isolated", "alice", "I was so lonely."},
			{"bob-isolated", "isolated", "bob", "Cut off from everyone."},
			{"alice-practical", "support.practical", "alice", "My sister did the shopping."},
		} {
			s := strings.Index(text, c.quote)
			cd := &corpus.Coding{DocID: "c1", Start: s, End: s + len(c.quote), Code: c.code, Coder: c.coder, Origin: corpus.OriginManual,
				Status: corpus.StatusAccepted, Quote: c.quote}
			if err := tx.InsertCoding(cd); err != nil {
				return err
			}
			f.ids[c.name] = cd.ID
		}
		return tx.InsertMemo(&corpus.Memo{TargetKind: "code", Target: "isolated", Text: "Mostly carers of people with dementia.", Author: "alice"})
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// readCodebook returns the project's codebook file and the codebook it
// holds, failing the test if it no longer validates.
func (f *fixture) readCodebook(t *testing.T) (string, *codebook.Codebook) {
	t.Helper()
	b, err := os.ReadFile(f.proj.CodebookPath())
	if err != nil {
		t.Fatal(err)
	}
	cb, err := codebook.Parse("codebook.yaml", b)
	if err != nil {
		t.Fatalf("the codebook no longer validates: %v", err)
	}
	return string(b), cb
}

// codebook returns the project's codebook file, which must validate.
func (f *fixture) codebook(t *testing.T) string {
	t.Helper()
	text, _ := f.readCodebook(t)
	return text
}

// parsed returns the project's codebook, which must validate.
func (f *fixture) parsed(t *testing.T) *codebook.Codebook {
	t.Helper()
	_, cb := f.readCodebook(t)
	return cb
}

func (f *fixture) codeOf(t *testing.T, name string) string {
	t.Helper()
	c, err := f.st.Coding(f.ctx, f.ids[name])
	if err != nil {
		return "(gone)"
	}
	return c.Code
}

// changedLines returns the lines of b not in a, and of a not in b.
func changedLines(a, b string) (removed, added []string) {
	in := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(s, "\n") {
			m[l]++
		}
		return m
	}
	ma, mb := in(a), in(b)
	for _, l := range strings.Split(a, "\n") {
		if mb[l] == 0 {
			removed = append(removed, l)
		}
	}
	for _, l := range strings.Split(b, "\n") {
		if ma[l] == 0 {
			added = append(added, l)
		}
	}
	return removed, added
}

// undoAll undoes alice's last steps: the codebook must then be byte for
// byte as it was before them, and coding name of code again.
func (f *fixture) undoAll(t *testing.T, steps int, before, name, code string) {
	t.Helper()
	for range steps {
		if _, err := f.st.Undo(f.ctx, corpus.UndoOptions{By: "alice"}); err != nil {
			t.Fatal(err)
		}
	}
	if got := f.codebook(t); got != before {
		t.Errorf("after undoing %d steps the codebook differs:\n%s", steps, got)
	}
	if got := f.codeOf(t, name); got != code {
		t.Errorf("after undoing %d steps coding %s is of %s, want %s", steps, name, got, code)
	}
}

func TestRename(t *testing.T) {
	f := study(t)
	// A learned suggestion of the code, to review after the rename.
	learned := &corpus.Coding{DocID: "c1", Start: 40, End: 67, Code: "isolated", Coder: corpus.LearnedCoder, Origin: corpus.OriginLearned,
		Status: corpus.StatusSuggested, Rule: corpus.LearnedRule("isolated"), Quote: "My sister did the shopping."}
	if err := f.st.Tx(f.ctx, func(tx *corpus.Tx) error { return tx.InsertCoding(learned) }); err != nil {
		t.Fatal(err)
	}
	before := f.codebook(t)
	res, err := reorg.Rename(f.ctx, f.proj, f.st, "isolated", "cut_off", reorg.Options{Actor: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Codings != 3 || res.Memos != 1 {
		t.Errorf("result %+v, want 3 codings and 1 memo", res)
	}
	// Its rule follows the code, so that --rule learned/cut_off finds it.
	if c, err := f.st.Coding(f.ctx, learned.ID); err != nil || c.Code != "cut_off" || c.Rule != corpus.LearnedRule("cut_off") {
		t.Errorf("the learned suggestion after the rename: %+v (%v)", c, err)
	}
	after := f.codebook(t)
	removed, added := changedLines(before, after)
	if len(removed) != 2 || len(added) != 2 || !strings.Contains(strings.Join(added, "\n"), "id: cut_off") ||
		!strings.Contains(strings.Join(added, "\n"), "codes: [lonely, cut_off]") {
		t.Errorf("rename changed more than the id and the group:\n-%q\n+%q", removed, added)
	}
	if f.codeOf(t, "bob-isolated") != "cut_off" {
		t.Error("bob's coding did not follow")
	}
	if ms, _ := f.st.Memos(f.ctx, "code", "cut_off"); len(ms) != 1 {
		t.Error("the memo did not follow")
	}
	f.undoAll(t, 1, before, "bob-isolated", "isolated")
}

func TestMergeKeepsOneCodingPerCoderAndPassage(t *testing.T) {
	f := study(t)
	before := f.codebook(t)
	res, err := reorg.Merge(f.ctx, f.proj, f.st, []string{"lonely"}, "isolated", reorg.Options{Actor: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	// alice coded "I was so lonely." with both: one coding stays.
	if res.Codings != 0 || res.Dropped != 1 {
		t.Errorf("result %+v, want alice's double dropped", res)
	}
	cb := f.codebook(t)
	if strings.Contains(cb, "id: lonely") || !strings.Contains(cb, "# Merged from lonely (Lonely)") ||
		!strings.Contains(cb, "nobody to talk to") || !strings.Contains(cb, "# Codes made while reading the first interviews.") {
		t.Errorf("the merged codebook:\n%s", cb)
	}
	f.undoAll(t, 1, before, "alice-lonely", "lonely")
}

// TestSplitIntoSubCode: a split names the new code's parent (the code
// split, for a sub-code); a parent the codebook lacks is refused.
func TestSplitIntoSubCode(t *testing.T) {
	f := study(t)
	if _, err := reorg.Split(f.ctx, f.proj, f.st, "isolated", reorg.NewCode{ID: "cut_off", Parent: "nope"},
		reorg.Selection{Quote: "cut off"}, reorg.Options{Actor: "alice"}); err == nil || !strings.Contains(err.Error(), "--parent") {
		t.Errorf("a split under a code that does not exist: %v", err)
	}
	if _, err := reorg.Split(f.ctx, f.proj, f.st, "isolated", reorg.NewCode{ID: "cut_off", Parent: "isolated"},
		reorg.Selection{Quote: "cut off"}, reorg.Options{Actor: "alice"}); err != nil {
		t.Fatal(err)
	}
	if c, ok := f.parsed(t).Code("cut_off"); !ok || c.Parent() == nil || c.Parent().ID != "isolated" {
		t.Errorf("cut_off is not under isolated:\n%s", f.codebook(t))
	}
}

func TestSplitMoveAddDelete(t *testing.T) {
	f := study(t)
	before := f.codebook(t)
	if _, err := reorg.Split(f.ctx, f.proj, f.st, "isolated", reorg.NewCode{ID: "cut_off", Label: "Cut off"},
		reorg.Selection{Quote: "cut off"}, reorg.Options{Actor: "alice"}); err != nil {
		t.Fatal(err)
	}
	if f.codeOf(t, "bob-isolated") != "cut_off" || f.codeOf(t, "alice-isolated") != "isolated" {
		t.Error("split moved the wrong codings")
	}
	if _, err := reorg.Move(f.ctx, f.proj, f.st, "cut_off", "support", reorg.Options{Actor: "alice"}); err != nil {
		t.Fatal(err)
	}
	if _, err := reorg.Add(f.ctx, f.proj, f.st, reorg.NewCode{ID: "respite", Label: "A break from caring", Parent: "support"}, reorg.Options{Actor: "alice"}); err != nil {
		t.Fatal(err)
	}
	// Delete is refused while codings exist.
	if _, err := reorg.Delete(f.ctx, f.proj, f.st, "cut_off", reorg.DeleteOptions{}, reorg.Options{Actor: "alice"}); err == nil ||
		!strings.Contains(err.Error(), "--move-codings-to") {
		t.Errorf("deleting a code with codings: %v", err)
	}
	if _, err := reorg.Delete(f.ctx, f.proj, f.st, "support", reorg.DeleteOptions{DropCodings: true}, reorg.Options{Actor: "alice"}); err == nil ||
		!strings.Contains(err.Error(), "codes under it") {
		t.Errorf("deleting a code with children: %v", err)
	}
	if _, err := reorg.Delete(f.ctx, f.proj, f.st, "cut_off", reorg.DeleteOptions{MoveCodingsTo: "isolated"}, reorg.Options{Actor: "alice"}); err != nil {
		t.Fatal(err)
	}
	if f.codeOf(t, "bob-isolated") != "isolated" {
		t.Error("the deleted code's coding was not moved")
	}
	// A dry run changes nothing.
	mid := f.codebook(t)
	if res, err := reorg.Delete(f.ctx, f.proj, f.st, "lonely", reorg.DeleteOptions{DropCodings: true}, reorg.Options{Actor: "alice", DryRun: true}); err != nil || res.Dropped != 1 {
		t.Errorf("dry run: %+v, %v", res, err)
	}
	if f.codebook(t) != mid || f.codeOf(t, "alice-lonely") != "lonely" {
		t.Error("a dry run changed the project")
	}
	// Every step undone (split, move, add, delete; the refusals and the dry
	// run left no event): the codebook is byte for byte as it was.
	f.undoAll(t, 4, before, "bob-isolated", "isolated")
}

func TestRefusals(t *testing.T) {
	f := study(t)
	before := f.codebook(t)
	for name, fn := range map[string]func() error{
		"unknown code": func() error {
			_, err := reorg.Rename(f.ctx, f.proj, f.st, "lonly", "x", reorg.Options{})
			if err == nil || !strings.Contains(err.Error(), `did you mean lonely`) {
				t.Errorf("rename of an unknown code: %v", err)
			}
			return nil
		},
		"existing id": func() error {
			_, err := reorg.Add(f.ctx, f.proj, f.st, reorg.NewCode{ID: "lonely"}, reorg.Options{})
			if err == nil {
				t.Error("adding an existing id was accepted")
			}
			return nil
		},
		"bad id": func() error {
			_, err := reorg.Add(f.ctx, f.proj, f.st, reorg.NewCode{ID: "two words"}, reorg.Options{})
			if err == nil {
				t.Error("an id with a space was accepted")
			}
			return nil
		},
		"delete moving codings to itself": func() error {
			_, err := reorg.Delete(f.ctx, f.proj, f.st, "support.practical", reorg.DeleteOptions{MoveCodingsTo: "support.practical"}, reorg.Options{})
			if err == nil || !strings.Contains(err.Error(), "itself") {
				t.Errorf("deleting a code and moving its codings to itself: %v", err)
			}
			return nil
		},
		"merge into a child": func() error {
			_, err := reorg.Merge(f.ctx, f.proj, f.st, []string{"support"}, "support.practical", reorg.Options{})
			if err == nil || !strings.Contains(err.Error(), "under it") {
				t.Errorf("merging a code into its child: %v", err)
			}
			return nil
		},
	} {
		t.Run(name, func(t *testing.T) { fn() })
	}
	if f.codebook(t) != before {
		t.Error("a refused change changed the codebook")
	}
}
