package reports

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const testCodebook = `name: Test codebook
version: "1"
groups:
  challenges:
    description: What is hard.
    codes: [boundaries]
  responses:
    description: What programmes do about it.
    codes: [organisational]
codes:
  - id: boundaries
    label: Relationship boundaries
    definition: Keeping the peer relationship within its limits.
    colour: "#c0392b"
    children:
      - id: boundaries.personal_contact
        label: Personal contact
        definition: Contact outside agreed channels or hours.
  - id: organisational
    label: Organisational responses
    definition: How programmes address challenges.
    colour: "#2e86c1"
    children:
      - id: organisational.supervision
        label: Supervision
        definition: Supervision, debriefing and check-ins.
`

type testDoc struct {
	id, programme, role, text string
	codes                     map[string]string // code -> the passage alice coded
}

// suggestion is a passage of a test document the rules suggest a code for
// (or, with coder and status set, any other coding of it).
type suggestion struct{ doc, code, passage, coder, status string }

// fixture builds a small, fixed project of docs with the test codebook.
func fixture(t *testing.T, docs []testDoc) *analysis.Dataset {
	t.Helper()
	return fixtureWith(t, testCodebook, docs)
}

// fixtureWith builds a small, fixed project of docs with a codebook.
func fixtureWith(t *testing.T, codebookYAML string, docs []testDoc) *analysis.Dataset {
	t.Helper()
	ds, _ := fixtureScope(t, codebookYAML, docs, nil, Scope{})
	return ds
}

// fixtureScope builds a project of docs, with people's codings and the
// rules' suggestions, and loads what a report of scope counts; it returns
// the dataset and the suggestions left out.
func fixtureScope(t *testing.T, codebookYAML string, docs []testDoc, suggested []suggestion, scope Scope) (*analysis.Dataset, int) {
	t.Helper()
	ctx := context.Background()
	st, cb := testStore(t, codebookYAML)
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, d := range docs {
			if err := putTestDoc(tx, d); err != nil {
				return err
			}
			for _, sg := range suggested {
				if sg.doc == d.id {
					coder, status, origin := corpus.AutoCoder, corpus.StatusSuggested, corpus.OriginRule
					if sg.coder != "" {
						coder, status = sg.coder, sg.status
					}
					if !corpus.IsSuggester(coder) {
						origin = corpus.OriginManual
					}
					if err := tx.InsertCoding(codingOf(d, sg.code, sg.passage, coder, origin, status)); err != nil {
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
	ds, leftOut, err := LoadDataset(ctx, st, cb, scope)
	if err != nil {
		t.Fatal(err)
	}
	return ds, leftOut
}

// testStore opens an empty store in a temporary directory, closed when the
// test ends, and parses codebookYAML.
func testStore(t *testing.T, codebookYAML string) (*corpus.Store, *codebook.Codebook) {
	t.Helper()
	st, err := corpus.OpenStore(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cb, err := codebook.Parse("codebook.yaml", []byte(codebookYAML))
	if err != nil {
		t.Fatal(err)
	}
	return st, cb
}

// putTestDoc stores d as one turn and one segment, with its codes as
// alice's accepted codings.
func putTestDoc(tx *corpus.Tx, d testDoc) error {
	n := len([]rune(d.text))
	doc := &corpus.Document{ID: d.id, Path: d.id, Format: "txt", Hash: d.id, Text: d.text, Words: len(strings.Fields(d.text)),
		Attrs: map[string]string{"programme": d.programme, "role": d.role}}
	if err := tx.PutDocument(doc, []corpus.Turn{{Seq: 1, Speaker: "P", End: n}},
		[]corpus.Segment{{Seq: 1, TurnSeq: 1, End: n, Text: d.text}}); err != nil {
		return err
	}
	for code, q := range d.codes {
		if err := tx.InsertCoding(codingOf(d, code, q, "alice", corpus.OriginManual, corpus.StatusAccepted)); err != nil {
			return err
		}
	}
	return nil
}

// codingOf is a coding of the passage q of d.
func codingOf(d testDoc, code, q, coder, origin, status string) *corpus.Coding {
	start := len([]rune(d.text[:strings.Index(d.text, q)]))
	return &corpus.Coding{DocID: d.id, Start: start, End: start + len([]rune(q)), Code: code, Coder: coder, Origin: origin, Status: status, Quote: q}
}

// mustBuild builds a report or fails the test.
func mustBuild(t testing.TB, name string, ds *analysis.Dataset, opts Options) *Report {
	t.Helper()
	r, err := Build(context.Background(), name, ds, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func smallStudy(t *testing.T) *analysis.Dataset {
	return fixture(t, []testDoc{
		{"hm-01", "HeartMates", "peer supporter", "She rang me at midnight, every night. My coordinator's debrief on Fridays helped me say no.",
			map[string]string{"boundaries.personal_contact": "She rang me at midnight, every night.", "organisational.supervision": "My coordinator's debrief on Fridays helped me say no."}},
		{"hm-02", "HeartMates", "patient", "Honestly I'd text him whenever — café, church, wherever.",
			map[string]string{"boundaries.personal_contact": "Honestly I'd text him whenever — café, church, wherever."}},
		{"nb-01", "NICU Parent Buddies", "caregiver", "Nobody crossed any lines with me. <script>alert(1)</script>", nil},
	})
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./reports -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended run `go test ./reports -update` and review the diff.\n--- got ---\n%s", name, got)
	}
}

func TestGoldenReport(t *testing.T) {
	r := mustBuild(t, "Small study", smallStudy(t), Options{})
	for name, write := range map[string]func(io.Writer, *Report) error{
		"report.md": WriteMarkdown, "report.json": WriteJSON, "matrix.csv": WriteMatrixCSV,
	} {
		var b bytes.Buffer
		if err := write(&b, r); err != nil {
			t.Fatal(err)
		}
		golden(t, name, b.Bytes())
	}
}

func TestReportNumbers(t *testing.T) {
	r := mustBuild(t, "Small study", smallStudy(t), Options{})
	cell := func(programme, code string) analysis.Cell {
		for _, row := range r.Matrix {
			if row.Programme == programme {
				return cellOf(row.Cells, code)
			}
		}
		t.Fatalf("no row %s", programme)
		return analysis.Cell{}
	}
	if c := cell("HeartMates", "boundaries.personal_contact"); c.Informants != 2 || c.N != 2 || c.Prevalence != 1 {
		t.Errorf("HeartMates personal contact = %+v, want 2 of 2", c)
	}
	if c := cell("HeartMates", "organisational"); c.Informants != 1 || c.Segments != 1 {
		t.Errorf("a family counts its codes' interviews: %+v", c)
	}
	if c := cell("NICU Parent Buddies", "boundaries"); c.Informants != 0 || c.N != 1 {
		t.Errorf("NICU boundaries = %+v", c)
	}
	if len(r.Challenges) != 1 || len(r.Challenges[0].Responses) != 1 || r.Challenges[0].Responses[0].Interviews[0] != "hm-01" {
		t.Errorf("challenges = %+v", r.Challenges)
	}
}

func TestHTMLIsWellFormedAndEscaped(t *testing.T) {
	// The passage holding a script tag is coded, so that it is quoted.
	script := "Nobody crossed any lines with me. <script>alert(1)</script>"
	ds := fixture(t, []testDoc{
		{"hm-01", "HeartMates", "peer supporter", "She rang me at midnight, every night.",
			map[string]string{"boundaries.personal_contact": "She rang me at midnight, every night."}},
		{"nb-01", "NICU Parent Buddies", "caregiver", script, map[string]string{"boundaries.personal_contact": script}},
	})
	r := mustBuild(t, "Small <study>", ds, Options{QuotesPerProgramme: 3})
	var b bytes.Buffer
	if err := WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "<script>") {
		t.Error("transcript text reached the HTML unescaped")
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the escaped quote is missing")
	}
	if !strings.Contains(out, "Small &lt;study&gt;") {
		t.Error("the title is not escaped")
	}
	checkWellFormed(t, out)
}

// checkWellFormed checks that every non-void element is closed in order.
func checkWellFormed(t *testing.T, doc string) {
	t.Helper()
	void := map[string]bool{"meta": true, "br": true, "img": true, "link": true, "hr": true, "input": true}
	z := html.NewTokenizer(strings.NewReader(doc))
	var stack []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatal(z.Err())
			}
			if len(stack) > 0 {
				t.Errorf("unclosed elements at the end: %v", stack)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !void[string(name)] {
				stack = append(stack, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(stack) == 0 || stack[len(stack)-1] != string(name) {
				t.Fatalf("</%s> does not close the open element (stack %v)", name, stack)
			}
			stack = stack[:len(stack)-1]
		}
	}
}

func TestEmptyProjectReport(t *testing.T) {
	ds := fixture(t, nil)
	r := mustBuild(t, "Empty", ds, Options{})
	if !r.Empty {
		t.Fatal("a project with no documents is not marked empty")
	}
	var md, h bytes.Buffer
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "no interviews yet") {
		t.Errorf("empty report does not say so:\n%s", md.String())
	}
	if err := WriteHTML(&h, r); err != nil {
		t.Fatal(err)
	}
	checkWellFormed(t, h.String())
}

func TestCodingsExport(t *testing.T) {
	ds := smallStudy(t)
	var b bytes.Buffer
	if err := WriteCodings(context.Background(), &b, ds, "csv"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if lines[0] != "document,programme,role,speaker,start,end,code,coder,status,rule,confidence,quote" {
		t.Errorf("header = %q", lines[0])
	}
	if len(lines) != 4 {
		t.Fatalf("got %d rows, want 3 codings:\n%s", len(lines)-1, b.String())
	}
	if !strings.Contains(b.String(), `hm-02,HeartMates,patient,P,0,56,boundaries.personal_contact,alice,accepted,,,"Honestly I'd text him whenever — café, church, wherever."`) {
		t.Errorf("quote with non-ASCII text is not exactly its rune span:\n%s", b.String())
	}
}

// flatCodebook has only top-level codes, as a blank project's starts.
const flatCodebook = `name: flat
codes:
  - id: alpha
    label: Alpha
    definition: A code with no children.
  - id: beta
    label: Beta
    definition: Another one.
`

// TestFlatCodebookReport builds the report of a project whose codebook has
// only top-level codes and no codings yet: the heatmap has no code to show
// and is left out, where the plotting library used to panic.
func TestFlatCodebookReport(t *testing.T) {
	ds := fixtureWith(t, flatCodebook, []testDoc{
		{"a-01", "A", "patient", "I am well, thanks for asking.", nil},
		{"b-01", "B", "carer", "It rained all week.", nil},
	})
	r := mustBuild(t, "Flat", ds, Options{})
	var names []string
	for _, c := range r.Charts {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ","); got != "roles" {
		t.Errorf("charts = %s, want roles (no heatmap without codes, no saturation without people's coding)", got)
	}
	if len(r.Warnings) != 0 {
		t.Errorf("warnings = %q", r.Warnings)
	}
}

// rain and sun are the passages of flatStudy's interviews.
const rain, sun = "It rained all week and the ward was cold.", "The sun came out on the last day."

// flatStudy is two interviews with the flat codebook, each coded with one
// of its codes: a-01 (programme A, a patient) rain as alpha, b-01
// (programme B, role roleB) sun as beta.
func flatStudy(t *testing.T, roleB string) *analysis.Dataset {
	t.Helper()
	return fixtureWith(t, flatCodebook, []testDoc{
		{"a-01", "A", "patient", rain, map[string]string{"alpha": rain}},
		{"b-01", "B", roleB, sun, map[string]string{"beta": sun}},
	})
}

// TestFlatCodebookQuotes: in a flat codebook (only top-level codes, as a
// blank project starts) each code is its own family, and every format
// shows its evidence: report.md and report.html used to give such a code
// only its definition and count, while report.json and the workbook had
// its quotes.
func TestFlatCodebookQuotes(t *testing.T) {
	ds := flatStudy(t, "carer")
	r := mustBuild(t, "Flat", ds, Options{NoCharts: true})
	out := renderAll(t, r)
	for _, name := range []string{"report.md", "report.html"} {
		for _, want := range []string{rain, sun, "By programme: A 1 of 1; B 0 of 1", "1 coded passage"} {
			if !strings.Contains(out[name], want) {
				t.Errorf("%s does not show %q", name, want)
			}
		}
	}
	checkWellFormed(t, out["report.html"])
	for _, d := range r.Summary.Families {
		if d.Programmes != nil && !strings.Contains(out["report.html"], `id="`+d.Programmes.Link+`"`) {
			t.Errorf("the summary's evidence link #%s leads nowhere in report.html", d.Programmes.Link)
		}
	}
	f := workbook(t, r)
	rows, err := f.GetRows("Alpha")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[1], "|"); got != "Programme|Interviews|Alpha: share of interviews|Alpha: typical quote" || rows[2][3] != rain {
		t.Errorf("the Alpha sheet has %q, want Alpha's quote beside its share", rows)
	}
}

// TestChartFailureIsShown makes a figure fail: the report keeps the others
// and says, in every format, which one is missing and why.
func TestChartFailureIsShown(t *testing.T) {
	saved := drawCharts
	t.Cleanup(func() { drawCharts = saved })
	drawCharts = func(r *Report, sat *analysis.Saturation) ([]Chart, error) {
		charts, err := Charts(r, sat)
		if err != nil {
			t.Fatal(err)
		}
		return charts[1:], errors.Join(errors.New("heatmap: out of ink"))
	}
	r := mustBuild(t, "Small study", smallStudy(t), Options{})
	if len(r.Charts) != 2 || !strings.Contains(strings.Join(r.Warnings, "\n"), "heatmap: out of ink") {
		t.Fatalf("charts %d, warnings %q: want the two others and a warning naming the heatmap", len(r.Charts), r.Warnings)
	}
	for name, write := range map[string]func(io.Writer, *Report) error{
		"report.md": WriteMarkdown, "report.json": WriteJSON, "report.html": WriteHTML,
	} {
		var b bytes.Buffer
		if err := write(&b, r); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "heatmap: out of ink") {
			t.Errorf("%s does not show the warning", name)
		}
		if name == "report.html" {
			checkWellFormed(t, b.String())
		}
	}
}

// TestDrawSafely checks that a panic of the plotting library becomes an
// error naming it.
func TestDrawSafely(t *testing.T) {
	_, err := drawSafely(func() (Chart, error) { panic("index out of range") })
	if err == nil || !strings.Contains(err.Error(), "plotting library failed: index out of range") {
		t.Errorf("err = %v", err)
	}
}

// TestComparisonSaysWhichCodes: the comparison tables show the codes with
// the smallest adjusted p; each says how many of how many tested it shows
// and where the others are, where readers took the 8 shown of the demo's
// 23 for all the codes, or for all those tested.
func TestComparisonSaysWhichCodes(t *testing.T) {
	r, _ := demoReport(t)
	out := renderAll(t, r)
	tested := len(r.Comparison.MostDifferent(len(r.Comparison.Codes)))
	if tested <= 8 {
		t.Fatalf("the demo tests %d codes by programme; the test needs more than 8", tested)
	}
	want := fmt.Sprintf("The 8 of %d codes tested with the smallest adjusted p; the other %d (adjusted p ", tested, tested-8)
	for _, name := range []string{"report.md", "report.html"} {
		if !strings.Contains(out[name], want) || !strings.Contains(out[name], "or more) are in report.json and the workbook") {
			t.Errorf("%s does not say which codes its comparison table shows (%q)", name, want)
		}
	}
}

// TestSaturationSaysWhatItRestsOn: "saturation was reached after 6
// interviews" came without what it rests on: the demo's codebook was
// written before coding, its first interview already has 15 of the 23
// codes, and a code was first coded in the 25th interview, long after the
// point declared. Every format says both.
func TestSaturationSaysWhatItRestsOn(t *testing.T) {
	r, _ := demoReport(t)
	if r.Saturation == nil || !r.Saturation.Overall.Reached {
		t.Fatal("the demo's saturation is not reached; the test needs it")
	}
	out := renderAll(t, r)
	var appendixRow string
	for _, a := range r.Appendix {
		if strings.HasPrefix(a.Item, "Data saturation") {
			appendixRow = a.Report
		}
	}
	for name, text := range map[string]string{"report.md": out["report.md"], "report.html": out["report.html"], "summary": r.Summary.Saturation.Text, "appendix": appendixRow} {
		for _, want := range []string{"the first interview already has 15 of its 23 codes", "after the run, 1 more code was first coded: Organisational responses, in hf-04 (the 25th interview)"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s does not say %q", name, want)
			}
		}
	}
}

// TestOneRoleSaysSo: with one role there is nothing to compare between
// roles; the report said nothing and showed a "By role" table of a header
// and no rows.
func TestOneRoleSaysSo(t *testing.T) {
	ds := flatStudy(t, "patient")
	r := mustBuild(t, "One role", ds, Options{NoCharts: true})
	out := renderAll(t, r)
	const want = "Every interview has the same role (patient), so there is nothing to compare between roles."
	md := out["report.md"]
	if !strings.Contains(md, want) || !strings.Contains(out["report.html"], want) {
		t.Errorf("the report does not say there is one role:\n%s", md)
	}
	if i := strings.Index(md, "**By role**"); i < 0 || strings.Contains(md[i:strings.Index(md[i:], "## Saturation")+i], "| Code |") {
		t.Errorf("report.md still has a By role table:\n%s", md)
	}
	checkWellFormed(t, out["report.html"])
}
