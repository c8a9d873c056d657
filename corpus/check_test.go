package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckFindsMisplacedCodings(t *testing.T) {
	st, _ := fixture(t)
	ctx := context.Background()
	if probs, err := st.Check(ctx); err != nil || len(probs) != 0 {
		t.Fatalf("a sound store: %v, %v", probs, err)
	}
	insertCodings(t, st,
		Coding{DocID: "hf-01", Start: 0, End: 8, Code: "ok", Coder: "a", Origin: OriginManual, Quote: "She rang"},
		Coding{DocID: "hf-01", Start: 0, End: 8, Code: "shifted", Coder: "a", Origin: OriginManual, Quote: "he rang "},
		Coding{DocID: "dc-01", Start: 50, End: 500, Code: "outside", Coder: "a", Origin: OriginManual, Quote: "x"},
		Coding{DocID: "gone", Start: 0, End: 3, Code: "lost", Coder: "a", Origin: OriginManual, Quote: "abc"},
	)
	probs, err := st.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.What)
		if p.Fix == "" {
			t.Errorf("problem %q has no fix", p.What)
		}
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"(shifted by a) on hf-01: its quote differs", "(outside by a) on dc-01: [50,500) is outside the text", `(lost by a) is on document "gone"`} {
		if !strings.Contains(all, want) {
			t.Errorf("problems:\n%s\nwant one saying %q", all, want)
		}
	}
	if len(probs) != 3 {
		t.Errorf("%d problems, want 3", len(probs))
	}
}

func TestCheckIndex(t *testing.T) {
	st, path, ix := indexedFixture(t)
	ctx := context.Background()
	ix.Close()
	if probs, err := CheckIndex(ctx, path, st); err != nil || len(probs) != 0 {
		t.Fatalf("a current index: %v, %v", probs, err)
	}
	// A cache is rebuilt when used, but one that does not agree with the
	// store is named, with the command that brings it up to date: out of
	// date, missing (as an interrupted command leaves it), damaged.
	if err := st.Tx(ctx, func(tx *Tx) error { return putText(ctx, tx, "new", "garden") }); err != nil {
		t.Fatal(err)
	}
	wantProblem := func(what, want string) {
		t.Helper()
		probs, err := CheckIndex(ctx, path, st)
		if err != nil || len(probs) != 1 || !strings.HasPrefix(probs[0].What, "search index: "+want) || !strings.Contains(probs[0].Fix, "groundwork index --rebuild") {
			t.Errorf("%s: %+v, %v; want one problem, search index: %s…, fixed by groundwork index --rebuild", what, probs, err, want)
		}
	}
	wantProblem("a stale index", "out of date")
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
	wantProblem("no index", "missing")
	if err := os.MkdirAll(path, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(path, "index_meta.json"), []byte("not an index"), 0o600); err != nil {
		t.Fatal(err)
	}
	wantProblem("a damaged index", "cannot be opened")
	// A store with nothing to index needs no index.
	empty, err := OpenStore(ctx, filepath.Join(t.TempDir(), "project.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	if probs, err := CheckIndex(ctx, filepath.Join(t.TempDir(), "index"), empty); err != nil || len(probs) != 0 {
		t.Errorf("no index of an empty store: %+v, %v", probs, err)
	}
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
	ix, err = OpenIndexForWriting(ctx, path, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// An index that claims to be current but lost a segment is.
	if err := ix.idx.Delete("hf-01#1"); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	probs, err := CheckIndex(ctx, path, st)
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 1 || !strings.Contains(probs[0].What, "holds 2 segments, the store 3") || !strings.Contains(probs[0].Fix, "index --rebuild") {
		t.Errorf("an index missing a segment: %+v", probs)
	}
}
