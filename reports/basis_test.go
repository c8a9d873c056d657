package reports

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"testing"
)

// basisDocs are three HeartMates interviews: alice coded personal contact
// in two; the rules suggest it in the third and suggest supervision in
// the first.
var basisDocs = []testDoc{
	{"hm-01", "HeartMates", "peer supporter", "She rang me at midnight, every night. My coordinator's debrief on Fridays helped me say no.",
		map[string]string{"boundaries.personal_contact": "She rang me at midnight, every night."}},
	{"hm-02", "HeartMates", "patient", "Honestly I'd text him whenever, café, church, wherever.",
		map[string]string{"boundaries.personal_contact": "Honestly I'd text him whenever, café, church, wherever."}},
	{"hm-03", "HeartMates", "caregiver", "We go for a pint after the walk. He texted me at eleven once.", nil},
}

var basisSuggestions = []suggestion{
	{"hm-03", "boundaries.personal_contact", "We go for a pint after the walk.", "", ""},
	{"hm-01", "organisational.supervision", "My coordinator's debrief on Fridays helped me say no.", "", ""},
}

// TestReviewedByDefault: a report counts what people decided, says how
// many suggestions it leaves out, and assesses saturation on people's
// coding only.
func TestReviewedByDefault(t *testing.T) {
	ds, leftOut := fixtureScope(t, testCodebook, basisDocs, basisSuggestions, Scope{})
	r := mustBuild(t, "Reviewed", ds, Options{LeftOut: leftOut, NoCharts: true})
	if r.Draft || r.Counting.Basis != BasisReviewed {
		t.Fatalf("basis %s, draft %v: want a reviewed report", r.Counting.Basis, r.Draft)
	}
	if r.Counting.Codings != 2 || r.Counting.LeftOut != 2 {
		t.Errorf("counted %d codings, left out %d; want alice's 2 and the 2 suggestions left out", r.Counting.Codings, r.Counting.LeftOut)
	}
	if c := cellOf(r.Matrix[0].Cells, "boundaries.personal_contact"); c.Informants != 2 {
		t.Errorf("personal contact in %d HeartMates interviews, want 2 (the rules' hm-03 suggestion is not a finding)", c.Informants)
	}
	if c := cellOf(r.Matrix[0].Cells, "organisational.supervision"); c.Informants != 0 {
		t.Errorf("supervision in %d interviews, want 0: nobody reviewed that suggestion", c.Informants)
	}
	if r.Saturation == nil {
		t.Fatalf("no saturation assessment: %s", r.SaturationNote)
	}
	for _, pt := range r.Saturation.Overall.Curve {
		if pt.Name == "hm-03" {
			t.Errorf("saturation counts hm-03, which nobody has coded")
		}
	}
	if !strings.Contains(r.Counting.Description, "2 suggestions that nobody has reviewed yet are left out") {
		t.Errorf("the report does not say what it leaves out: %q", r.Counting.Description)
	}
}

// TestDraftReport: with no coding reviewed by a person, the report counts
// the suggestions and says DRAFT at the top of every output; saturation is
// left out with a reason.
func TestDraftReport(t *testing.T) {
	var docs []testDoc
	for _, d := range basisDocs {
		d.codes = nil
		docs = append(docs, d)
	}
	ds, leftOut := fixtureScope(t, testCodebook, docs, basisSuggestions, Scope{})
	r := mustBuild(t, "Draft", ds, Options{LeftOut: leftOut})
	if !r.Draft || r.Counting.Basis != BasisDraft || r.Counting.Unreviewed != 2 {
		t.Fatalf("draft %v, basis %s, %d unreviewed: want a draft of the 2 suggestions", r.Draft, r.Counting.Basis, r.Counting.Unreviewed)
	}
	if r.Saturation != nil || !strings.Contains(r.SaturationNote, "no coding has been reviewed") {
		t.Errorf("saturation %v, note %q: want it left out, with the reason", r.Saturation, r.SaturationNote)
	}
	outputs := renderAll(t, r)
	for name, summary := range map[string]string{"report.html": `<section id="summary">`, "report.md": "## Summary"} {
		head := outputs[name]
		if i := strings.Index(head, "DRAFT"); i < 0 || i > strings.Index(head, summary) {
			t.Errorf("%s does not say DRAFT before its summary", name)
		}
	}
	var js struct {
		Draft    bool `json:"draft"`
		Counting struct {
			Origins []NameCount `json:"origins"`
		} `json:"counting"`
	}
	if err := json.Unmarshal([]byte(outputs["report.json"]), &js); err != nil {
		t.Fatal(err)
	}
	if !js.Draft || len(js.Counting.Origins) != 1 || js.Counting.Origins[0] != (NameCount{"rule", 2}) {
		t.Errorf("report.json: draft %v, origins %v; want true and rule 2", js.Draft, js.Counting.Origins)
	}
	rows, err := csv.NewReader(strings.NewReader(outputs["matrix.csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.Index(rows[0], "basis"); i < 0 || rows[1][i] != "draft" {
		t.Errorf("matrix.csv does not carry the draft: header %q, first row %q", rows[0], rows[1])
	}
	f := workbook(t, r)
	for _, sheet := range f.GetSheetList() {
		if v, _ := f.GetCellValue(sheet, "A1"); !strings.HasPrefix(v, "DRAFT") {
			t.Errorf("sheet %s starts %q, not with DRAFT", sheet, v)
		}
	}
}

// TestMixedReport: --include suggested counts suggestions beside people's
// codings, and each cell says how many interviews rest on suggestions only.
func TestMixedReport(t *testing.T) {
	ds, leftOut := fixtureScope(t, testCodebook, basisDocs, basisSuggestions, Scope{Suggestions: true})
	r := mustBuild(t, "Mixed", ds, Options{LeftOut: leftOut, NoCharts: true})
	if r.Counting.Basis != BasisMixed || r.Draft {
		t.Fatalf("basis %s: want mixed", r.Counting.Basis)
	}
	c := cellOf(r.Matrix[0].Cells, "boundaries.personal_contact")
	if c.Informants != 3 || c.Unreviewed != 1 {
		t.Errorf("personal contact: %d interviews, %d on suggestions only; want 3 and 1 (hm-03)", c.Informants, c.Unreviewed)
	}
	if s := cellOf(r.Matrix[0].Cells, "organisational.supervision"); s.Informants != 1 || s.Unreviewed != 1 {
		t.Errorf("supervision: %+v, want 1 interview resting on a suggestion", s)
	}
	for _, pt := range r.Saturation.Overall.Curve {
		for _, code := range pt.NewCodes {
			if code == "organisational.supervision" {
				t.Errorf("saturation counts the unreviewed suggestion of supervision")
			}
		}
	}
	outputs := renderAll(t, r)
	if !strings.Contains(outputs["report.html"], "1 unreviewed") || !strings.Contains(outputs["report.md"], "+1 unreviewed") {
		t.Error("the matrix does not show how much of a cell is unreviewed")
	}
}

// TestOncePerCoder: a person who coded the same passage with the same code
// twice counts once, and a suggestion a person accepted counts as the
// person's coding, never as the suggester's row, whatever its status.
func TestOncePerCoder(t *testing.T) {
	again := []suggestion{
		{"hm-01", "boundaries.personal_contact", "She rang me at midnight, every night.", "alice", "accepted"},
		{"hm-01", "boundaries.personal_contact", "She rang me at midnight, every night.", "auto", "accepted"},
		{"hm-01", "boundaries.personal_contact", "She rang me at midnight, every night.", "bob", "accepted"},
	}
	ds, _ := fixtureScope(t, testCodebook, basisDocs[:1], again, Scope{})
	var coders []string
	for c := range ds.Codings() {
		coders = append(coders, c.Coder)
	}
	if got := strings.Join(coders, ","); got != "alice,bob" {
		t.Errorf("codings counted by %s, want alice once and bob once", got)
	}
	r := mustBuild(t, "x", ds, Options{NoCharts: true})
	if c := cellOf(r.Matrix[0].Cells, "boundaries.personal_contact"); c.Segments != 1 {
		t.Errorf("the passage counts %d times, want once", c.Segments)
	}
}

// renderAll writes the report in every format but codings.csv.
func renderAll(t *testing.T, r *Report) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name, write := range map[string]func(io.Writer, *Report) error{
		"report.html": WriteHTML, "report.md": WriteMarkdown, "report.json": WriteJSON, "matrix.csv": WriteMatrixCSV,
	} {
		var b bytes.Buffer
		if err := write(&b, r); err != nil {
			t.Fatal(err)
		}
		out[name] = b.String()
	}
	return out
}
