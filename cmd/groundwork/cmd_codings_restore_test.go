package main

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

// TestRestoreHintListsIDs: codings restore, given an id that is no
// rejected suggestion, names a command that lists the rejected ones with
// their ids, and that command does list them, the id in the first column.
func TestRestoreHintListsIDs(t *testing.T) {
	g, out, _ := testProject(t)
	ctx := context.Background()
	rejected := &corpus.Coding{DocID: "hf-01", Start: 13, End: 22, Code: "isolation.reduced", Coder: corpus.AutoCoder,
		Origin: corpus.OriginRule, Status: corpus.StatusRejected, Rule: "isolation.reduced/r", Quote: "She rang "}
	s, err := g.open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.store.Tx(ctx, func(tx *corpus.Tx) error { return tx.InsertCoding(rejected) }); err != nil {
		t.Fatal(err)
	}
	s.Close()

	err = runCodingsRestore(ctx, g, &codingsRestoreOptions{ids: []int64{999999}, as: "ann"})
	hint := "groundwork codings show --code CODE --status rejected --format csv"
	if err == nil || !strings.Contains(err.Error(), hint) {
		t.Fatalf("restore 999999: err = %v, want the hint %q", err, hint)
	}
	out.Reset()
	show := &codingsShowOptions{RetrieveOptions: analysis.RetrieveOptions{Codes: []string{"isolation"}, Statuses: []string{corpus.StatusRejected}}, format: "csv"}
	if err := runCodingsShow(ctx, g, show); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "coding,") || !strings.HasPrefix(lines[1], strconv.FormatInt(rejected.ID, 10)+",isolation.reduced,") {
		t.Errorf("the hint's command prints:\n%s\nwant the rejected suggestion %d first in its row", out.String(), rejected.ID)
	}
	if err := runCodingsRestore(ctx, g, &codingsRestoreOptions{ids: []int64{rejected.ID}, as: "ann"}); err != nil {
		t.Errorf("restore %d: %v", rejected.ID, err)
	}
}
