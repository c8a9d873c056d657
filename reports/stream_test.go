package reports

import (
	"bytes"
	"context"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

// TestStreamCodingsMatchesDataset checks that the streamed export writes
// exactly what writing a loaded dataset writes, byte for byte, on the demo
// (people's codings and suggestions), for every selection an export offers.
func TestStreamCodingsMatchesDataset(t *testing.T) {
	demoReport(t)
	ctx := context.Background()
	st, cb := demoBuilt.st, demoBuilt.cb
	onlyCode := func(code string) func(corpus.CodingRef) bool {
		return func(c corpus.CodingRef) bool { return c.Code == code }
	}
	tests := []struct {
		name string
		sel  analysis.Selection
		keep func(corpus.CodingRef) bool
	}{
		{name: "default (accepted and suggested)"},
		{name: "reviewed", sel: analysis.Selection{Reviewed: true}},
		{name: "pending", sel: analysis.Selection{Pending: true}},
		{name: "mixed", sel: analysis.Selection{Reviewed: true, Pending: true}},
		{name: "statuses", sel: analysis.Selection{Statuses: []string{corpus.StatusAccepted}}},
		{name: "one coder", sel: analysis.Selection{Coders: []string{"amara"}}},
		{name: "one code", keep: onlyCode("isolation.experienced")},
	}
	for _, tt := range tests {
		for _, format := range []string{"csv", "json"} {
			t.Run(tt.name+"/"+format, func(t *testing.T) {
				ds, err := analysis.Load(ctx, st, cb, tt.sel)
				if err != nil {
					t.Fatal(err)
				}
				if tt.keep != nil {
					ds.KeepCodings(tt.keep)
				}
				var want, got bytes.Buffer
				if err := WriteCodings(ctx, &want, ds, format); err != nil {
					t.Fatal(err)
				}
				if err := StreamCodings(ctx, &got, st, tt.sel, tt.keep, format); err != nil {
					t.Fatal(err)
				}
				if ds.NumCodings() == 0 {
					t.Fatalf("the demo has no codings for this selection: the test would prove nothing")
				}
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					t.Errorf("streamed export differs from the dataset's (%d vs %d bytes)", got.Len(), want.Len())
				}
			})
		}
	}
}
