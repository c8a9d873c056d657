package sheet_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
	"github.com/groundwork-qda/groundwork/sheet"
)

// An XLSX coding sheet has every participant segment, the codebook, a
// frozen header and a drop-down of code ids; filled in, it imports.
func TestXLSXCodingSheetRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	_, st, cb := ingesttest.Project(t, "Sheet study", ingesttest.Demo(t, dir)[:3]...)
	var buf bytes.Buffer
	n, err := sheet.Write(ctx, &buf, st, cb, sheet.Options{Coder: "alice", Format: "xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	var segs []*corpus.Segment
	if err := st.EachSegment(ctx, corpus.SegmentFilter{}, func(s *corpus.Segment) error { segs = append(segs, s); return nil }); err != nil {
		t.Fatal(err)
	}
	if n != len(segs) || n == 0 {
		t.Fatalf("sheet has %d rows, the project %d segments", n, len(segs))
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Coding")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != n+1 || rows[0][0] != "segment" || rows[1][0] != segs[0].Key() || rows[n][5] != segs[n-1].Text {
		t.Errorf("coding sheet rows: %d, header %v, first %v", len(rows), rows[0], rows[1][:2])
	}
	dvs, err := f.GetDataValidations("Coding")
	if err != nil || len(dvs) != 1 || dvs[0].Sqref != "G2:G"+strconv.Itoa(n+1) {
		t.Errorf("data validations %+v, %v; want one drop-down over G2:G%d", dvs, err, n+1)
	}
	panes, err := f.GetPanes("Coding")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v, %v; want the header row frozen", panes, err)
	}
	cbRows, _ := f.GetRows("Codebook")
	if len(cbRows) != len(cb.Codes())+1 {
		t.Errorf("codebook sheet has %d rows, want %d codes and a header", len(cbRows), len(cb.Codes()))
	}

	// Alice codes the first segment and the sheet imports.
	if err := f.SetCellValue("Coding", "G2", "isolation.experienced;benefits.psychosocial"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "alice.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	rep, err := sheet.Import(ctx, st, cb, path, "alice")
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Codings(ctx, corpus.CodingFilter{Coders: []string{"alice"}})
	if err != nil || len(got) != 2 || got[0].DocID != segs[0].DocID || got[0].Start != segs[0].Start {
		t.Errorf("imported %+v: codings %d, %v", rep, len(got), err)
	}
	os.Remove(path)
}
