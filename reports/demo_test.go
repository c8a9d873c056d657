package reports

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/demo"
	"github.com/groundwork-qda/groundwork/sheet"
)

// demoProject is the demo study as `groundwork demo` builds it: the 43
// transcripts, amara's and ben's coding imported, the rules' suggestions
// pending. It is built once for the package's tests.
type demoProject struct {
	dir    string
	st     *corpus.Store
	cb     *codebook.Codebook
	ds     *analysis.Dataset
	report *Report
	err    error
}

var (
	demoOnce  sync.Once
	demoBuilt demoProject
)

func TestMain(m *testing.M) {
	code := m.Run()
	if demoBuilt.st != nil {
		demoBuilt.st.Close()
	}
	if demoBuilt.dir != "" {
		os.RemoveAll(demoBuilt.dir)
	}
	os.Exit(code)
}

// demoReport returns the demo's report (with its figures), built once.
func demoReport(t *testing.T) (*Report, *analysis.Dataset) {
	t.Helper()
	demoOnce.Do(func() { demoBuilt = buildDemo() })
	if demoBuilt.err != nil {
		t.Fatal(demoBuilt.err)
	}
	return demoBuilt.report, demoBuilt.ds
}

func buildDemo() (p demoProject) {
	ctx := context.Background()
	if p.dir, p.err = os.MkdirTemp("", "groundwork-demo-test-"); p.err != nil {
		return p
	}
	cbYAML, err := codebook.Template("peer-support")
	if err != nil {
		return demoProject{dir: p.dir, err: err}
	}
	proj, err := corpus.Init(ctx, filepath.Join(p.dir, "demo"), "peer-support", "Peer support programmes: demo evaluation", cbYAML)
	if err != nil {
		return demoProject{dir: p.dir, err: err}
	}
	paths, err := demo.WriteTranscripts(filepath.Join(p.dir, "transcripts"))
	if err != nil {
		return demoProject{dir: p.dir, err: err}
	}
	if p.st, p.err = corpus.OpenStore(ctx, proj.StorePath()); p.err != nil {
		return p
	}
	if _, p.err = ingest.Ingest(ctx, proj, p.st, paths, ingest.Options{}); p.err != nil {
		return p
	}
	if p.cb, p.err = codebook.Load(proj.CodebookPath()); p.err != nil {
		return p
	}
	codings, err := demo.Codings()
	if err != nil {
		p.err = err
		return p
	}
	for _, c := range codings {
		for _, f := range c.Files {
			data, err := demo.ReadFile(f)
			if err != nil {
				p.err = err
				return p
			}
			path := filepath.Join(p.dir, f)
			if p.err = os.WriteFile(path, data, 0o644); p.err != nil {
				return p
			}
			if _, p.err = sheet.Import(ctx, p.st, p.cb, path, c.Coder); p.err != nil {
				return p
			}
		}
	}
	if _, p.err = analysis.AutoCode(ctx, p.st, p.cb, nil, analysis.AutoOptions{}); p.err != nil {
		return p
	}
	var leftOut int
	if p.ds, leftOut, p.err = LoadDataset(ctx, p.st, p.cb, Scope{}); p.err != nil {
		return p
	}
	agreement, err := analysis.Agree(ctx, p.st, p.cb, analysis.AgreeOptions{Coders: analysis.PeopleCoders(p.ds), Seed: 1})
	if err != nil {
		p.err = err
		return p
	}
	p.report, p.err = Build(ctx, "Peer support programmes: demo evaluation", p.ds, Options{LeftOut: leftOut, Agreement: agreement,
		Commands: []string{"groundwork demo", "groundwork report"}})
	return p
}

// TestDemoReport checks the demo's report as a reader would use it.
func TestDemoReport(t *testing.T) {
	r, _ := demoReport(t)
	outputs := renderAll(t, r)
	page := outputs["report.html"]
	checkWellFormed(t, page)

	t.Run("reviewed, with agreement", func(t *testing.T) {
		if r.Draft || r.Counting.Basis != BasisReviewed || r.Counting.LeftOut == 0 {
			t.Errorf("basis %s, left out %d: want the researchers' coding, the rules' suggestions left out", r.Counting.Basis, r.Counting.LeftOut)
		}
		if got := strings.Join(r.Counting.Coders, ","); got != "amara,ben" {
			t.Errorf("coders %s, want amara,ben", got)
		}
		if r.Agreement == nil || r.Agreement.Overall.KrippendorffAlpha == nil {
			t.Fatal("no agreement section")
		}
		if a := *r.Agreement.Overall.KrippendorffAlpha; a < 0.6 || a > 0.99 {
			t.Errorf("alpha %.3f: two independent readings should agree well but not perfectly", a)
		}
	})

	t.Run("golden summary and quotes", func(t *testing.T) {
		golden(t, "demo-summary.txt", []byte(summaryAndQuotes(r)))
	})

	t.Run("no quote twice", func(t *testing.T) {
		for name, quotes := range map[string][]string{"report.html": htmlQuotes(t, page), "report.md": mdQuotes(outputs["report.md"])} {
			if len(quotes) < 100 {
				t.Errorf("%s has %d quotes; the demo should have over 100", name, len(quotes))
			}
			seen := map[string]bool{}
			for _, q := range quotes {
				if seen[q] {
					t.Errorf("%s quotes twice: %q", name, q)
				}
				seen[q] = true
			}
		}
		for _, p := range overlappingQuotes(r) {
			t.Error(p)
		}
	})

	t.Run("no exemplar over the limit", func(t *testing.T) {
		for _, q := range htmlQuotes(t, page) {
			if n := len(strings.Fields(strings.ReplaceAll(q, "…", ""))); n > analysis.MaxQuoteWords {
				t.Errorf("a quote of %d words: %q", n, q)
			}
		}
	})

	t.Run("no code id in the body", func(t *testing.T) {
		var ids []string
		for _, c := range r.CodeList {
			ids = append(ids, c.ID)
		}
		for _, p := range codeIDsInBody(t, page, ids) {
			t.Error(p)
		}
	})

	t.Run("words, not notation", func(t *testing.T) {
		body := bodyText(t, page)
		for _, bad := range []*regexp.Regexp{
			regexp.MustCompile(`\b1 (coders|people|interviews|codings|programmes|passages|quotes|segments)\b`),
			regexp.MustCompile(`--[a-z]`), regexp.MustCompile(`\b\d+\+\d+\b`), regexp.MustCompile(`\brule \d`),
		} {
			if m := bad.FindString(body); m != "" {
				t.Errorf("the report body says %q", m)
			}
		}
	})

	t.Run("figures", func(t *testing.T) {
		checkFigures(t, r)
		if len(r.Charts) != 3 {
			t.Fatalf("%d charts, want 3", len(r.Charts))
		}
		for _, c := range r.Charts {
			if dpi := pngDPI(c.PNG); dpi != ChartDPI {
				t.Errorf("%s.png records %d dpi, want %d", c.Name, dpi, ChartDPI)
			}
		}
	})

	t.Run("workbook numbers", func(t *testing.T) {
		f := workbook(t, r)
		rows, err := f.GetRows("Matrix")
		if err != nil {
			t.Fatal(err)
		}
		if rows[1][6] != "Share of interviews" {
			t.Fatalf("Matrix column G is %q", rows[1][6])
		}
		for i := 3; i <= len(rows); i += 17 {
			v := numericCell(t, f, "Matrix", fmt.Sprintf("G%d", i), 9)
			if v < 0 || v > 1 {
				t.Errorf("Matrix!G%d = %v, not a share", i, v)
			}
		}
		for _, name := range familySheetNames(r) {
			numericCell(t, f, name, "C3", 9)
		}
	})
}

// summaryAndQuotes is the demo report's summary and every quote it chose,
// as text for a golden file.
func summaryAndQuotes(r *Report) string {
	var b strings.Builder
	s := r.Summary
	b.WriteString("# Summary\n")
	for _, f := range s.Families {
		fmt.Fprintf(&b, "%s.", f.Label)
		for _, d := range []*Difference{f.Programmes, f.Roles} {
			if d != nil {
				fmt.Fprintf(&b, " %s [#%s]", d.Text(), d.Link)
			}
		}
		b.WriteString("\n")
	}
	if s.Pair != nil {
		fmt.Fprintf(&b, "Challenges and responses. %s [#%s]\n", s.Pair.Text(), s.Pair.Link)
	}
	fmt.Fprintf(&b, "Saturation. %s\n", s.Saturation.Text)
	if s.Agreement != nil {
		fmt.Fprintf(&b, "Agreement. %s\n", s.Agreement.Text)
	}
	b.WriteString("\n# Quotes\n")
	quote := func(q Exemplar) {
		if q.SeeAlso != "" {
			fmt.Fprintf(&b, "  %s: see %s (%s)\n", q.Programme, q.SeeAlso, q.SeeAlsoUnder)
			return
		}
		fmt.Fprintf(&b, "  %s %s [%d,%d]: %s\n", q.ID, q.Document, q.Start, q.End, q.Text)
	}
	for _, c := range r.Codes {
		if len(c.Quotes) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s\n", c.Label)
		for _, g := range c.Quotes {
			for _, q := range g.Quotes {
				quote(q)
			}
		}
	}
	for _, c := range r.Challenges {
		for _, resp := range c.Responses {
			fmt.Fprintf(&b, "%s: %s\n", c.Label, resp.Label)
			if resp.Quote != nil {
				quote(*resp.Quote)
			}
		}
	}
	return b.String()
}

// overlappingQuotes lists quotes of the report that share text.
func overlappingQuotes(r *Report) []string {
	var all []Exemplar
	for _, c := range r.Codes {
		for _, g := range c.Quotes {
			all = append(all, g.Quotes...)
		}
	}
	for _, c := range r.Challenges {
		for _, resp := range c.Responses {
			if resp.Quote != nil {
				all = append(all, *resp.Quote)
			}
		}
	}
	var out []string
	for i, a := range all {
		for _, b := range all[i+1:] {
			if a.SeeAlso == "" && b.SeeAlso == "" && a.Document == b.Document && a.Start < b.End && b.Start < a.End {
				out = append(out, fmt.Sprintf("%s and %s share text of %s", a.ID, b.ID, a.Document))
			}
		}
	}
	return out
}

// htmlQuotes returns the text of every blockquote in a page, without its
// attribution.
func htmlQuotes(t *testing.T, page string) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "blockquote" {
			var b strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.Data == "footer" {
					continue
				}
				b.WriteString(textOf(c) + " ")
			}
			out = append(out, strings.Join(strings.Fields(b.String()), " "))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// mdQuotes returns the text of every block quote in Markdown, without its
// attribution line.
func mdQuotes(md string) []string {
	var out []string
	for _, block := range strings.Split(md, "\n\n") {
		if !strings.HasPrefix(block, "> ") || strings.HasPrefix(block, "> **") {
			continue
		}
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			l = strings.TrimPrefix(strings.TrimPrefix(l, ">"), " ")
			if strings.HasPrefix(l, "— ") || l == "" {
				continue
			}
			lines = append(lines, l)
		}
		if q := strings.Join(lines, " "); !strings.HasPrefix(q, "The only passage from") {
			out = append(out, q)
		}
	}
	return out
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// bodyText is the text a reader sees in the page's body outside the
// methods appendix (styles, scripts and attributes aside).
func bodyText(t *testing.T, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "style", "script", "head":
				return
			}
			for _, a := range n.Attr {
				if a.Key == "id" && a.Val == "appendix" {
					return
				}
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data + "\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// codeIDsInBody lists the code ids a reader would see in the page outside
// the methods appendix: any id of a sub-code (they have a dot), and any
// <code> element.
func codeIDsInBody(t *testing.T, page string, ids []string) []string {
	t.Helper()
	body := bodyText(t, page)
	var out []string
	for _, id := range ids {
		if strings.Contains(id, ".") && strings.Contains(body, id) {
			out = append(out, fmt.Sprintf("the body shows the code id %s", id))
		}
	}
	before, _, _ := strings.Cut(page, `id="appendix"`)
	if strings.Contains(before, "<code>") {
		out = append(out, "the body has <code> elements outside the appendix")
	}
	return out
}
