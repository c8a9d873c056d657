// Package reports builds the cross-programme theme report and the coding
// exports from an analysed corpus, and writes them as HTML, Markdown, JSON,
// CSV and XLSX.
package reports

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Options control what a report counts and shows.
type Options struct {
	// Agreement, when set, is reported (the caller computes it when two or
	// more coders exist).
	Agreement *analysis.Agreement
	// Seed makes Monte Carlo p-values reproducible.
	Seed uint64
	// NoCharts leaves the figures out (they take most of the build time).
	NoCharts bool
	// Title heads the report (default: the project name).
	Title string
	// QuotesPerProgramme is how many exemplar quotes each code shows per
	// programme (default 2).
	QuotesPerProgramme int
}

// Report is everything the theme report says, in the order a reader needs
// it. Every number in it is in report.json.
type Report struct {
	Title       string                       `json:"title"`
	Codebook    CodebookInfo                 `json:"codebook"`
	Counting    Counting                     `json:"counting"`
	Overview    Overview                     `json:"overview"`
	Families    []Family                     `json:"families"`
	Matrix      []MatrixRow                  `json:"matrix"`
	Codes       []CodeSection                `json:"codes"`
	Challenges  []analysis.ChallengeResponse `json:"challenges"`
	Comparison  *analysis.Comparison         `json:"comparison"`
	Cooccurring []CodePair                   `json:"cooccurring"`
	Saturation  *analysis.Saturation         `json:"saturation"`
	Agreement   *analysis.Agreement          `json:"agreement,omitempty"`
	// Disagreements counts the units the coders disagree on; the passages
	// themselves are for adjudication (`groundwork agree --disagreements`),
	// not the report, so Agreement carries none.
	Disagreements int            `json:"agreement_disagreements,omitempty"`
	Memos         []Memo         `json:"memos"`
	Charts        []Chart        `json:"charts"`
	Methods       []string       `json:"methods"`
	Appendix      []AppendixItem `json:"methods_appendix"`
	Empty         bool           `json:"empty"`
	// Warnings says what the report could not include (a figure that
	// failed to draw); every format shows them at the top.
	Warnings []string `json:"warnings,omitempty"`
}

// CodebookInfo identifies the codebook the report was built with.
type CodebookInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Hash    string `json:"hash"` // first 12 hex digits of the file's sha256
	Codes   int    `json:"codes"`
}

// Counting says which codings the report counts.
type Counting struct {
	Coders      []string `json:"coders"`   // empty: every coder
	Statuses    []string `json:"statuses"` // the statuses counted
	Description string   `json:"description"`
	// Origins counts the counted codings by origin (rule, manual, import).
	Origins []NameCount `json:"origins"`
	Codings int         `json:"codings"`
}

// NameCount is a labelled count.
type NameCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Overview describes the interviews.
type Overview struct {
	Interviews int                `json:"interviews"`
	Words      int                `json:"words"`
	Programmes []ProgrammeSummary `json:"programmes"`
	Roles      []NameCount        `json:"roles"`
}

// ProgrammeSummary describes one programme's interviews.
type ProgrammeSummary struct {
	Name       string      `json:"name"`
	Interviews int         `json:"interviews"`
	Words      int         `json:"words"`
	Roles      []NameCount `json:"roles"`
}

// Family is a top-level code and the codes reported under it.
type Family struct {
	ID     string   `json:"id"`
	Label  string   `json:"label"`
	Colour string   `json:"colour"`
	Codes  []string `json:"codes"`
}

// MatrixRow is one programme's row of the framework matrix.
type MatrixRow struct {
	Programme  string          `json:"programme"`
	Interviews int             `json:"interviews"`
	Cells      []analysis.Cell `json:"cells"`
}

// CodeSection reports one code.
type CodeSection struct {
	ID          string          `json:"id"`
	Label       string          `json:"label"`
	Family      string          `json:"family"`
	Depth       int             `json:"depth"`
	Colour      string          `json:"colour"`
	Definition  string          `json:"definition"`
	Interviews  int             `json:"interviews"` // interviews with the code, all programmes
	Codings     int             `json:"codings"`
	ByProgramme []analysis.Cell `json:"by_programme"`
	ByRole      []analysis.Cell `json:"by_role"`
	Quotes      []QuoteGroup    `json:"quotes"`
}

// QuoteGroup holds one programme's exemplar quotes for a code.
type QuoteGroup struct {
	Programme string           `json:"programme"`
	Quotes    []analysis.Quote `json:"quotes"`
}

// Build computes the report from a dataset. It reads the passages it
// quotes from the dataset's store.
func Build(ctx context.Context, projectName string, ds *analysis.Dataset, opts Options) (*Report, error) {
	if opts.QuotesPerProgramme <= 0 {
		opts.QuotesPerProgramme = 2
	}
	cb := ds.Codebook
	r := &Report{Title: opts.Title, Empty: len(ds.Docs) == 0}
	if r.Title == "" {
		r.Title = projectName
	}
	r.Codebook = CodebookInfo{Name: cb.Name, Version: cb.Version, Hash: short(cb.Hash()), Codes: len(cb.Codes())}
	r.Counting = counting(ds)
	r.Overview = overview(ds)
	var reported []string
	for _, root := range cb.Roots() {
		f := Family{ID: root.ID, Label: root.Label, Colour: root.Colour}
		for _, c := range append([]*codebook.Code{root}, cb.Descendants(root.ID)...) {
			f.Codes = append(f.Codes, c.ID)
			reported = append(reported, c.ID)
		}
		r.Families = append(r.Families, f)
	}
	cells := analysis.Prevalence(ds, "programme", reported)
	for _, p := range r.Overview.Programmes {
		row := MatrixRow{Programme: p.Name, Interviews: p.Interviews}
		for _, c := range cells {
			if c.Group == p.Name {
				row.Cells = append(row.Cells, c)
			}
		}
		r.Matrix = append(r.Matrix, row)
	}
	// Every quoted code's passages are read in one pass over the store.
	if err := ds.RankPassages(ctx, quotedCodes(cb, reported)); err != nil {
		return nil, err
	}
	for _, id := range reported {
		s, err := codeSection(ctx, ds, id, cells, opts.QuotesPerProgramme)
		if err != nil {
			return nil, err
		}
		r.Codes = append(r.Codes, s)
	}
	var err error
	if r.Challenges, err = analysis.ChallengesAndResponses(ctx, ds); err != nil {
		return nil, err
	}
	r.Methods = methods(ds, r)
	if err := addSections(ctx, r, ds, opts); err != nil {
		return nil, err
	}
	return r, nil
}

// quotedCodes lists the codes whose passages a report quotes: the leaves it
// reports and the organisational responses paired with challenges.
func quotedCodes(cb *codebook.Codebook, reported []string) []string {
	var out []string
	for _, id := range reported {
		if c, ok := cb.Code(id); ok && c.IsLeaf() {
			out = append(out, id)
		}
	}
	for _, c := range cb.GroupCodes("responses") {
		if c.IsLeaf() {
			out = append(out, c.ID)
		}
	}
	return out
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

func counting(ds *analysis.Dataset) Counting {
	c := Counting{Coders: ds.Selection.Coders, Statuses: ds.Selection.Statuses, Codings: len(ds.Codings)}
	if len(c.Statuses) == 0 {
		c.Statuses = []string{corpus.StatusAccepted, corpus.StatusSuggested}
	}
	coders := "every coder"
	if len(c.Coders) > 0 {
		coders = "coders " + strings.Join(c.Coders, ", ")
	}
	if len(ds.Selection.Statuses) == 0 {
		c.Description = fmt.Sprintf("Counts codings by %s that are accepted or are suggestions not yet reviewed (auto-coder suggestions included); rejected suggestions are left out. Run with --status accepted for the strict view.", coders)
	} else {
		c.Description = fmt.Sprintf("Counts codings by %s with status %s.", coders, strings.Join(c.Statuses, " or "))
	}
	origins := map[string]int{}
	for _, k := range ds.Codings {
		origins[k.Origin]++
	}
	c.Origins = sortedCounts(origins)
	return c
}

func sortedCounts(m map[string]int) []NameCount {
	out := make([]NameCount, 0, len(m))
	for k, v := range m {
		out = append(out, NameCount{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func overview(ds *analysis.Dataset) Overview {
	o := Overview{Interviews: len(ds.Docs)}
	roles := map[string]int{}
	for _, d := range ds.Docs {
		o.Words += d.Words
		roles[orUnknown(d.Attr("role"))]++
	}
	o.Roles = sortedCounts(roles)
	for _, p := range ds.Groups("programme") {
		ps := ProgrammeSummary{Name: p}
		pr := map[string]int{}
		for _, d := range ds.DocsIn("programme", p) {
			ps.Interviews++
			ps.Words += d.Words
			pr[orUnknown(d.Attr("role"))]++
		}
		ps.Roles = sortedCounts(pr)
		o.Programmes = append(o.Programmes, ps)
	}
	return o
}

func orUnknown(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func codeSection(ctx context.Context, ds *analysis.Dataset, id string, cells []analysis.Cell, perProgramme int) (CodeSection, error) {
	c, _ := ds.Codebook.Code(id)
	fam := ds.Codebook.Family(id)
	s := CodeSection{ID: id, Label: c.Label, Family: fam.ID, Depth: c.Depth, Colour: c.Colour, Definition: c.Definition}
	if s.Colour == "" {
		s.Colour = fam.Colour
	}
	for _, cell := range cells {
		if cell.Code == id {
			s.ByProgramme = append(s.ByProgramme, cell)
			s.Interviews += cell.Informants
			s.Codings += cell.Segments
		}
	}
	s.ByRole = analysis.Prevalence(ds, "role", []string{id})
	if !c.IsLeaf() {
		return s, nil // families are reported through their codes' quotes
	}
	ex, err := analysis.Exemplars(ctx, ds, id, "programme", perProgramme)
	if err != nil {
		return s, err
	}
	for _, p := range ds.Groups("programme") {
		if qs := ex[p]; len(qs) > 0 {
			s.Quotes = append(s.Quotes, QuoteGroup{Programme: p, Quotes: qs})
		}
	}
	return s, nil
}

func methods(ds *analysis.Dataset, r *Report) []string {
	var out []string
	out = append(out, fmt.Sprintf("Data: %d interviews (%d words) across %d programmes.", r.Overview.Interviews, r.Overview.Words, len(r.Overview.Programmes)))
	out = append(out, "Unit of coding: participant segments — a participant's speaker turn, or a window of whole sentences of a long turn. Interviewer turns are not coded.")
	out = append(out, "Prevalence is counted at the informant level: a cell is the share of a programme's interviews in which the code was applied at least once (the segment count is shown beside it). A family's prevalence counts interviews with any of its codes.")
	out = append(out, r.Counting.Description)
	out = append(out, fmt.Sprintf("Codebook %q version %s (sha256 %s), %d codes.", r.Codebook.Name, orUnknown(r.Codebook.Version), r.Codebook.Hash, r.Codebook.Codes))
	out = append(out, "Exemplar quotes are chosen for being typical: the passages whose content words are closest (cosine similarity of stemmed words) to all passages coded with the code, one per interview where possible. Each is attributed as (role, programme, interview).")
	if coders := ds.Coders(); len(coders) > 0 {
		out = append(out, fmt.Sprintf("Coders whose codings are counted: %s. The coder \"auto\" is groundwork's rule-based auto-coder; its codings are suggestions until a person accepts them.", strings.Join(coders, ", ")))
	}
	return out
}
