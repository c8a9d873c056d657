package corpus

import (
	"context"
	"testing"
)

// TestCountCodingsMatchesTheFilter: the count a caller allocates by is the
// number of codings the same filter reads.
func TestCountCodingsMatchesTheFilter(t *testing.T) {
	st, _ := fixture(t)
	ctx := context.Background()
	var codings []Coding
	for i, c := range []struct{ coder, status string }{
		{"alice", StatusAccepted}, {"alice", StatusRejected}, {"bob", StatusAccepted}, {AutoCoder, StatusSuggested},
	} {
		codings = append(codings, Coding{DocID: "hf-01", Start: i, End: i + 5, Code: "isolation", Coder: c.coder, Origin: OriginManual, Status: c.status})
	}
	insertCodings(t, st, codings...)
	for _, f := range []CodingFilter{
		{},
		{Coders: []string{"alice"}},
		{Statuses: []string{StatusAccepted}},
		{Coders: []string{"alice", "bob"}, Statuses: []string{StatusAccepted, StatusSuggested}},
		{Codes: []string{"nothing"}},
	} {
		n, err := st.CountCodings(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		read := 0
		if err := st.EachCodingRef(ctx, f, func(CodingRef) error { read++; return nil }); err != nil {
			t.Fatal(err)
		}
		if n != read {
			t.Errorf("%+v: counted %d, read %d", f, n, read)
		}
	}
}
