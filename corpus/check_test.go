package corpus

import (
	"context"
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
	// Out of date is not a problem: a cache is rebuilt when used.
	if err := st.Tx(ctx, func(tx *Tx) error { return putText(ctx, tx, "new", "garden") }); err != nil {
		t.Fatal(err)
	}
	if probs, err := CheckIndex(ctx, path, st); err != nil || len(probs) != 0 {
		t.Errorf("a stale index: %v, %v", probs, err)
	}
	ix, err := OpenIndexForWriting(ctx, path, st, nil, nil)
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
