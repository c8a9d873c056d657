package sheet_test

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/sheet"
)

// Each coder's column says yes, no, or nothing for a coder who did not
// code the document; the text is trimmed and the consensus left empty.
func TestAdjudicationRow(t *testing.T) {
	unit := analysis.AgreeUnit{ID: "hf-01/t4", Document: "hf-01", Start: 12, End: 80}
	tests := []struct {
		name    string
		applied map[string]bool
		want    []string
	}{
		{"two coders", map[string]bool{"alice": true, "bob": false},
			[]string{"hf-01/t4", "hf-01", "12", "80", "isolation.reduced", "yes", "no", "", "Now I've got the group.", ""}},
		{"one did not code it", map[string]bool{"alice": false, "carol": true},
			[]string{"hf-01/t4", "hf-01", "12", "80", "isolation.reduced", "no", "", "yes", "Now I've got the group.", ""}},
	}
	coders := []string{"alice", "bob", "carol"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := coders[:2]
			if len(tt.want) == 10 {
				cs = coders
			}
			d := analysis.Disagreement{Unit: unit, Code: "isolation.reduced", Applied: tt.applied, Text: "  Now I've got the group.\n"}
			if got := sheet.AdjudicationRow(d, cs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if cols := sheet.AdjudicationColumns(cs); len(cols) != len(tt.want) || cols[0] != "unit" || cols[len(cols)-1] != "consensus" {
				t.Errorf("columns %q do not match the row", cols)
			}
		})
	}
}

// The disagreements sheet is CSV a spreadsheet shows as text: a passage
// that begins like a formula is escaped.
func TestWriteAdjudicationEscapesFormulas(t *testing.T) {
	res := &analysis.Agreement{Coders: []string{"alice", "bob"}, Disagreements: []analysis.Disagreement{{
		Unit: analysis.AgreeUnit{ID: "hf-01#2", Document: "hf-01", Start: 0, End: 9},
		Code: "isolation.reduced", Applied: map[string]bool{"alice": true, "bob": false}, Text: "=1+2 said",
	}}}
	var b bytes.Buffer
	if err := sheet.WriteAdjudication(&b, res); err != nil {
		t.Fatal(err)
	}
	want := "unit,document,start,end,code,alice,bob,text,consensus\nhf-01#2,hf-01,0,9,isolation.reduced,yes,no,'=1+2 said,\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// The disagreements of two coders, written out and settled yes, import as
// the consensus coder's codings on the units' spans; settled no, as none;
// and the passages the coders agreed on come with them, so that consensus
// holds the adjudicated coding whole.
func TestAdjudicationRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newStudy(t)
	a, b := s.segs[0], s.segs[1]
	err := s.st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, c := range []*corpus.Coding{
			{DocID: a.DocID, Start: a.Start, End: a.End, Code: "isolation.reduced", Coder: "alice"},
			{DocID: a.DocID, Start: a.Start, End: a.End, Code: "isolation.reduced", Coder: "bob"},
			{DocID: b.DocID, Start: b.Start, End: b.End, Code: "isolation.experienced", Coder: "alice"},
			{DocID: b.DocID, Start: b.Start, End: b.End, Code: "isolation.reduced", Coder: "bob"},
		} {
			c.Origin, c.Status, c.Quote = corpus.OriginImport, corpus.StatusAccepted, "q"
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	res, err := analysis.Agree(ctx, s.st, s.cb, analysis.AgreeOptions{Coders: []string{"alice", "bob"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Disagreements) != 2 || res.DisagreementCount != 2 {
		t.Fatalf("%d disagreements (counted %d), want 2 (on %s)", len(res.Disagreements), res.DisagreementCount, b.Key())
	}
	// Counted only, as a summary asks: the same count, nothing listed.
	counted, err := analysis.Agree(ctx, s.st, s.cb, analysis.AgreeOptions{Coders: []string{"alice", "bob"}, CountOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if counted.DisagreementCount != 2 || len(counted.Disagreements) != 0 || *counted.Overall.PercentAgreement != *res.Overall.PercentAgreement {
		t.Errorf("CountOnly: %d counted, %d listed, agreement %v (want 2, 0, %v)", counted.DisagreementCount, len(counted.Disagreements), *counted.Overall.PercentAgreement, *res.Overall.PercentAgreement)
	}
	for _, step := range []struct {
		verdict         string
		added, existing int
	}{{"no", 1, 0}, {"yes", 2, 1}, {"Y", 0, 3}} {
		var buf bytes.Buffer
		if err := sheet.WriteAdjudication(&buf, res); err != nil {
			t.Fatal(err)
		}
		path := s.writeText(t, "dis.csv", strings.ReplaceAll(buf.String(), ",\n", ","+step.verdict+"\n"))
		rep, err := sheet.Import(ctx, s.st, s.cb, path, analysis.ConsensusCoder)
		want := sheet.ImportReport{Kind: sheet.KindAdjudication, Rows: 2, Added: step.added, Existing: step.existing}
		if err != nil || *rep != want {
			t.Fatalf("verdict %s: Import = %+v, %v; want %+v", step.verdict, rep, err, want)
		}
	}
	text := []rune(s.docText(t, b.DocID))
	got := s.codings(t, analysis.ConsensusCoder)
	if len(got) != 3 {
		t.Fatalf("consensus has %d codings, want 3", len(got))
	}
	for _, c := range got {
		if c.DocID == a.DocID && c.Start == a.Start && c.End == a.End {
			if c.Code != "isolation.reduced" {
				t.Errorf("consensus coding %+v on %s; want the code both coders gave it", c, a.Key())
			}
			continue
		}
		if c.DocID != b.DocID || c.Start != b.Start || c.End != b.End || c.Quote != string(text[b.Start:b.End]) {
			t.Errorf("consensus coding %+v; want on %s or %s", c, a.Key(), b.Key())
		}
	}
}
