package analysis

import (
	"fmt"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
)

// sample runs sampledAt over spans as samplePassages' second pass does.
func sample(spans []span, per int) []span {
	var out []span
	for k, sp := range spans {
		if sampledAt(k, len(spans), per, len(out)) {
			out = append(out, sp)
		}
	}
	return out
}

func TestEvenSample(t *testing.T) {
	var spans []span
	for i := range 250 {
		spans = append(spans, span{"d", i, i + 1})
	}
	got := sample(spans, 100)
	if len(got) != 100 || got[0].start != 0 || got[1].start != 2 || got[99].start != 247 {
		t.Errorf("sampled %d spans: first %v, second %v, last %v", len(got), got[0], got[1], got[99])
	}
	for i, sp := range got {
		if want := i * len(spans) / 100; sp.start != want {
			t.Fatalf("sample %d is span %d, want %d (the places i*n/per)", i, sp.start, want)
		}
	}
	if got := sample(spans[:7], 100); len(got) != 7 {
		t.Errorf("fewer spans than the bound: got %d, want all 7", len(got))
	}
}

// TestPerProgramme: a hundred passages a programme, fewer when a code's
// sample over many programmes would pass maxPassagesPerCode, never under ten.
func TestPerProgramme(t *testing.T) {
	for _, c := range []struct{ progs, want int }{{1, 100}, {7, 100}, {57, 100}, {60, 100}, {100, 60}, {507, 11}, {5000, 10}} {
		if got := perProgramme(c.progs); got != c.want {
			t.Errorf("perProgramme(%d) = %d, want %d", c.progs, got, c.want)
		}
	}
}

// TestCodingTableKeepsEveryName: a coding reads back as it was added, and
// names past what a row can number are an error rather than a coding
// silently given another's rule.
func TestCodingTableKeepsEveryName(t *testing.T) {
	docs := []*corpus.Document{{ID: "a"}, {ID: "b"}}
	tb := newCodingTable(docs)
	in := corpus.CodingRef{ID: 1 << 40, DocID: "b", Start: 3, End: 9, Code: "x.y", Coder: "alice", Origin: "manual", Status: "accepted", Rule: ""}
	if err := tb.add(in, 1); err != nil {
		t.Fatal(err)
	}
	if got := tb.ref(tb.rows[0]); got != in {
		t.Errorf("read back %+v, want %+v", got, in)
	}
	var err error
	for i := 0; err == nil && i <= maxNames; i++ {
		err = tb.add(corpus.CodingRef{ID: int64(i), DocID: "a", Code: "x.y", Coder: "auto", Origin: "rule", Status: "suggested", Rule: fmt.Sprintf("r%d", i)}, 0)
	}
	if err == nil {
		t.Fatalf("%d distinct rules were numbered in 16 bits", maxNames+1)
	}
	for _, r := range tb.rows {
		if c := tb.ref(r); c.Rule != "" && c.Rule != fmt.Sprintf("r%d", c.ID) {
			t.Fatalf("coding %d reads back with rule %q", c.ID, c.Rule)
		}
	}
}
