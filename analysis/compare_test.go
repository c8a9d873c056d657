package analysis_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

const compareCB = `name: t
codes:
  - id: all
    label: Everyone
    definition: Every interview has it.
  - id: none
    label: Nobody
    definition: No interview has it.
  - id: some
    label: Some
    definition: Only programme A.
`

// programmeStore has six interviews in programme A and six in B; every
// interview has "all", only A's have "some", none has "none". One interview
// of a third programme C has "all".
func programmeStore(t *testing.T) *analysis.Dataset {
	t.Helper()
	ctx := context.Background()
	st := tempStore(t)
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		n := 0
		for _, prog := range []string{"A", "B", "C"} {
			count := 6
			if prog == "C" {
				count = 1
			}
			for i := 0; i < count; i++ {
				n++
				id := fmt.Sprintf("%s-%02d", prog, i)
				text := "Some words spoken by a participant."
				doc := &corpus.Document{ID: id, Path: id, Format: "txt", Hash: id, Text: text, Words: 6,
					Attrs: map[string]string{"programme": prog, "date": fmt.Sprintf("2024-01-%02d", n)}}
				if err := tx.PutDocument(doc, []corpus.Turn{{Seq: 1, Speaker: "P", End: 35}},
					[]corpus.Segment{{Seq: 1, TurnSeq: 1, End: 35, Text: text}}); err != nil {
					return err
				}
				codes := []string{"all"}
				if prog == "A" {
					codes = append(codes, "some")
				}
				for _, c := range codes {
					if err := tx.InsertCoding(&corpus.Coding{DocID: id, Start: 0, End: 4, Code: c, Coder: "alice", Origin: corpus.OriginManual, Quote: "Some"}); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return mustLoad(t, st, parseCB(t, compareCB), analysis.Selection{})
}

func TestCompareEdgeCases(t *testing.T) {
	ds := programmeStore(t)
	cmp, err := analysis.Compare(context.Background(), ds, analysis.CompareOptions{By: "programme", Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]analysis.CodeComparison{}
	for _, c := range cmp.Codes {
		by[c.Code] = c
	}
	for _, code := range []string{"all", "none"} {
		c := by[code]
		if c.Chi2 != nil || c.PValue != nil || c.PAdjusted != nil || len(c.Notes) == 0 {
			t.Errorf("%s: a code with no variation must be undefined with a note, got %+v", code, c)
		}
	}
	some := by["some"]
	if some.PValue == nil || *some.PValue > 0.01 || some.Method == "" {
		t.Fatalf("some: %+v", some)
	}
	if some.Cells[0].Group != "A" || some.Cells[0].Count != 6 || some.Cells[0].CI95[1] != 1 || *some.Cells[0].Residual < 1.96 {
		t.Errorf("A's cell = %+v", some.Cells[0])
	}
	if c := some.Cells[2]; c.Group != "C" || c.N != 1 {
		t.Errorf("the group of one interview = %+v", c)
	}
	// The JSON never holds NaN and keeps the documented keys.
	b, err := json.Marshal(cmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"chi2":null`, `"p_adjusted":`, `"cramers_v":`, `"ci95":[`, `"residual":`, `"method":`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

// TestCompareStops checks that a comparison stops when its context is
// done, and that a missing attribute is told apart from other errors.
func TestCompareStops(t *testing.T) {
	ds := programmeStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := analysis.Compare(ctx, ds, analysis.CompareOptions{By: "programme"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
	_, err := analysis.Compare(context.Background(), ds, analysis.CompareOptions{By: "setting"})
	if !errors.Is(err, analysis.ErrNoGroups) || !strings.Contains(err.Error(), `no document has the attribute "setting"; the documents carry programme, date`) {
		t.Errorf("no such attribute: err = %v, want ErrNoGroups naming the attributes there are", err)
	}
}

// TestCheckAttribute: an attribute the documents carry passes; any other
// is ErrNoGroups, naming it and those they do carry, in the order given.
func TestCheckAttribute(t *testing.T) {
	have := []corpus.AttributeCount{{Name: "programme", Documents: 43}, {Name: "role", Documents: 40}, {Name: "setting", Documents: 2}}
	for _, tc := range []struct {
		attr string
		have []corpus.AttributeCount
		want string // "" for no error
	}{
		{"programme", have, ""},
		{"setting", have, ""},
		{"nope", have, `no document has the attribute "nope"; the documents carry programme, role, setting (` + "`groundwork status`" + ` counts them)`},
		{"Programme", have, `no document has the attribute "Programme"; the documents carry programme, role, setting`},
		{"programme", nil, `no document has the attribute "programme"; no document carries any attribute`},
	} {
		err := analysis.CheckAttribute(tc.attr, tc.have)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("CheckAttribute(%q) = %v, want nil", tc.attr, err)
		case tc.want != "" && (!errors.Is(err, analysis.ErrNoGroups) || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("CheckAttribute(%q) = %v, want ErrNoGroups saying %q", tc.attr, err, tc.want)
		}
	}
}

func TestSaturationOverDataset(t *testing.T) {
	ds := programmeStore(t)
	sat, err := analysis.AssessSaturation(ds, analysis.SaturationOptions{By: "programme", Base: 2, Run: 2})
	if err != nil {
		t.Fatal(err)
	}
	// In date order A's six come first and bring both codes at once.
	if !sat.Overall.Reached || sat.Overall.Label != "2+2" || sat.FirstBy["some"] != "A-00" {
		t.Errorf("saturation = %+v, first by %v", sat.Overall, sat.FirstBy)
	}
	if len(sat.Groups) != 3 || sat.Groups[2].Reached {
		t.Errorf("a group of one interview cannot reach saturation: %+v", sat.Groups)
	}
	if _, err := analysis.AssessSaturation(ds, analysis.SaturationOptions{Order: "shoe"}); err == nil {
		t.Error("an unknown order was accepted")
	}
}

// TestSaturationThreshold: no threshold is the paper's 0.05; one given is
// taken as it is, 0 included (a run adding no code); one that is no share
// of the base's codes, or a base or run below one, is refused.
func TestSaturationThreshold(t *testing.T) {
	ds := programmeStore(t)
	share := func(f float64) *float64 { return &f }
	for _, tc := range []struct {
		name      string
		opts      analysis.SaturationOptions
		threshold float64 // as used; -1 for an error
	}{
		{"default", analysis.SaturationOptions{}, 0.05},
		{"zero", analysis.SaturationOptions{Threshold: share(0)}, 0},
		{"one", analysis.SaturationOptions{Threshold: share(1)}, 1},
		{"above one", analysis.SaturationOptions{Threshold: share(1.5)}, -1},
		{"negative", analysis.SaturationOptions{Threshold: share(-0.1)}, -1},
		{"negative base", analysis.SaturationOptions{Base: -1}, -1},
		{"negative run", analysis.SaturationOptions{Run: -2}, -1},
	} {
		sat, err := analysis.AssessSaturation(ds, tc.opts)
		switch {
		case tc.threshold < 0 && err == nil:
			t.Errorf("%s: accepted, threshold %v", tc.name, sat.Overall.Threshold)
		case tc.threshold >= 0 && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.threshold >= 0 && sat.Overall.Threshold != tc.threshold:
			t.Errorf("%s: threshold %v, want %v", tc.name, sat.Overall.Threshold, tc.threshold)
		}
	}
}
