package reports

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
)

// WriteMarkdown writes the report as Markdown: tables and block quotes that
// paste into papers and wikis.
func WriteMarkdown(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("# %s\n\n", mdText(r.Title))
	for _, w := range r.Warnings {
		p("> **Warning:** %s\n\n", mdText(w))
	}
	if r.Empty {
		p("This project has no interviews yet, so there is nothing to report. Add transcripts with `groundwork ingest`.\n")
		return b.Flush()
	}
	p("## Overview\n\n")
	p("%d interviews (%d words) across %d programmes. Codebook %s, version %s (%s). %s\n\n",
		r.Overview.Interviews, r.Overview.Words, len(r.Overview.Programmes), mdText(r.Codebook.Name), orUnknown(r.Codebook.Version), r.Codebook.Hash, mdText(r.Counting.Description))
	p("| Programme | Interviews | Words | Roles |\n|---|---:|---:|---|\n")
	for _, ps := range r.Overview.Programmes {
		p("| %s | %d | %d | %s |\n", mdCell(ps.Name), ps.Interviews, ps.Words, mdCell(countsText(ps.Roles)))
	}
	p("\nInterviews by role: %s.\n\n", mdText(countsText(r.Overview.Roles)))
	p("Codings counted: %d (%s).\n\n", r.Counting.Codings, mdText(orNone(countsText(r.Counting.Origins))))

	p("## Framework matrix\n\n")
	p("Share of each programme's informants whose interview has the code (coded segments in brackets).\n\n")
	for _, f := range r.Families {
		p("**%s** (`%s`)\n\n", mdText(f.Label), f.ID)
		p("| Programme | n |")
		for _, c := range f.Codes {
			p(" `%s` |", c)
		}
		p("\n|---|---:|%s\n", strings.Repeat("---:|", len(f.Codes)))
		for _, row := range r.Matrix {
			p("| %s | %d |", mdCell(row.Programme), row.Interviews)
			for _, c := range f.Codes {
				cell := cellOf(row.Cells, c)
				p(" %s (%d) |", pct(cell.Prevalence), cell.Segments)
			}
			p("\n")
		}
		p("\n")
	}

	p("## Codes\n\n")
	for _, s := range r.Codes {
		hashes := "###"
		if s.Depth > 0 {
			hashes = "####"
		}
		p("%s %s (`%s`)\n\n", hashes, mdText(s.Label), s.ID)
		p("%s\n\n", mdText(s.Definition))
		p("In %d of %d interviews (%s).", s.Interviews, r.Overview.Interviews, plural(s.Codings, "coding"))
		p(" By programme: %s.", mdText(cellsText(s.ByProgramme)))
		p(" By role: %s.\n\n", mdText(cellsText(s.ByRole)))
		for _, g := range s.Quotes {
			for _, q := range g.Quotes {
				p("> %s\n>\n> — %s\n\n", mdQuote(q.Text), attribution(q))
			}
		}
	}

	p("## Challenges and responses\n\n")
	if len(r.Challenges) == 0 {
		p("The codebook has no `challenges` and `responses` groups.\n\n")
	}
	for _, c := range r.Challenges {
		p("### %s (`%s`)\n\n", mdText(c.Label), c.Challenge)
		if len(c.Responses) == 0 {
			p("In %d interviews; no organisational response appears in the same interviews.\n\n", c.Interviews)
			continue
		}
		p("In %d interviews. Responses in the same interviews:\n\n", c.Interviews)
		p("| Response | Interviews | Programmes |\n|---|---:|---|\n")
		for _, resp := range c.Responses {
			p("| %s (`%s`) | %d | %s |\n", mdCell(resp.Label), resp.Code, len(resp.Interviews), mdCell(strings.Join(resp.Programmes, ", ")))
		}
		p("\n")
		for _, resp := range c.Responses {
			if resp.Quote != nil {
				p("> %s\n>\n> — %s, on %s\n\n", mdQuote(resp.Quote.Text), attribution(*resp.Quote), mdText(strings.ToLower(resp.Label)))
			}
		}
	}

	writeMarkdownSections(p, r)
	p("## Methods\n\n")
	for _, m := range r.Methods {
		p("%s\n\n", mdText(m))
	}
	p("### Methods appendix\n\nWhat the data can support for the COREQ checklist.\n\n| Item | What this study can report |\n|---|---|\n")
	for _, a := range r.Appendix {
		p("| %s | %s |\n", mdCell(a.Item), mdCell(a.Report))
	}
	return b.Flush()
}

func writeMarkdownSections(p func(string, ...any), r *Report) {
	if c := r.Comparison; c != nil {
		p("## Comparing programmes\n\n")
		p("Whether each code's prevalence differs between programmes: chi-square test of independence on interviews with and without the code (Fisher's exact or a Monte Carlo p-value where expected counts are small), Benjamini–Hochberg adjusted p-values across %d codes, Cramér's V, and the programmes whose adjusted residual is beyond ±1.96 (+ more, − less than expected). The codes that differ most:\n\n", len(c.Codes))
		p("| Code | χ² | df | p | p (BH) | method | Cramér's V | marked |\n|---|---:|---:|---:|---:|---|---:|---|\n")
		for _, cc := range c.MostDifferent(8) {
			p("| `%s` | %s | %d | %s | %s | %s | %s | %s |\n", cc.Code, f2(cc.Chi2), *cc.DF, pval(cc.PValue), pval(cc.PAdjusted), cc.Method, f2(cc.CramersV), mdCell(cc.Marked()))
		}
		p("\nWith %d to %d interviews per programme these tests have little power; read them as pointers to where to look in the quotes, not as findings on their own.\n\n", minGroup(r), maxGroup(r))
	}
	if len(r.Cooccurring) > 0 {
		p("## Co-occurrence\n\nCodes most often found in the same interviews (Jaccard similarity: interviews with both over interviews with either).\n\n| Code | Code | Interviews with both | Jaccard |\n|---|---|---:|---:|\n")
		for _, cp := range r.Cooccurring {
			p("| `%s` | `%s` | %d | %.2f |\n", cp.A, cp.B, cp.Both, cp.Jaccard)
		}
		p("\n")
	}
	if s := r.Saturation; s != nil {
		p("## Saturation\n\n")
		o := s.Overall
		if o.Reached {
			p("Saturation was reached at **%s** (Guest, Namey and Chen 2020: a base of %d interviews holding %d codes, runs of %d, new-information threshold %.0f%%; the run ending with %s added %.1f%% new codes).\n\n", o.Label, o.Base, o.BaseCodes, o.Run, o.Threshold*100, o.AtInterview, o.Ratio*100)
		} else {
			p("Saturation was **not reached** by the method of Guest, Namey and Chen 2020 (base %d, runs of %d, threshold %.0f%%). %s\n\n", o.Base, o.Run, o.Threshold*100, mdText(o.Reason))
		}
		p("| Programme | Interviews | Codes | Saturation |\n|---|---:|---:|---|\n")
		for _, g := range s.Groups {
			cum := 0
			if n := len(g.Curve); n > 0 {
				cum = g.Curve[n-1].Cumulative
			}
			p("| %s | %d | %d | %s |\n", mdCell(orUnknown(g.Group)), len(g.Curve), cum, mdCell(g.Label))
		}
		p("\nInterviews that first brought a code (in %s order): ", s.Order)
		var firsts []string
		for _, pt := range o.Curve {
			if pt.NewCount > 0 {
				firsts = append(firsts, fmt.Sprintf("%s +%d", mdText(pt.Name), pt.NewCount))
			}
		}
		p("%s.\n\n", strings.Join(firsts, ", "))
	}
	if len(r.Charts) > 0 {
		p("## Figures\n\n")
		for _, c := range r.Charts {
			p("![%s](%s.png)\n\n", mdText(c.Title), c.Name)
		}
	}
	if a := r.Agreement; a != nil {
		p("## Agreement between coders\n\n%s on %d %ss.\n\n| Code | Units | Agreement | Cohen κ | Fleiss κ | Krippendorff α | 95%% CI |\n|---|---:|---:|---:|---:|---:|---|\n", mdText(strings.Join(a.Coders, ", ")), a.Units, a.Unit)
		for _, c := range append(append([]analysis.CodeAgreement{}, a.Codes...), a.Overall) {
			ci := "–"
			if c.KrippendorffAlphaCI95 != nil {
				ci = fmt.Sprintf("%.3f–%.3f", c.KrippendorffAlphaCI95[0], c.KrippendorffAlphaCI95[1])
			}
			p("| %s | %d | %s | %s | %s | %s | %s |\n", mdCell(c.Code), c.PairableUnits, f3(c.PercentAgreement), f3(c.CohenKappa), f3(c.FleissKappa), f3(c.KrippendorffAlpha), ci)
		}
		p("\n")
	}
	if len(r.Memos) > 0 {
		p("## Memos\n\n")
		for _, m := range r.Memos {
			p("- **%s** (%s, %s): %s\n", mdText(m.On), mdText(m.Author), mdText(m.Date), mdText(m.Text))
		}
		p("\n")
	}
}

// F2 formats an optional statistic to two decimals ("–" when undefined).
func F2(v *float64) string { return f2(v) }

// F3 formats an optional statistic to three decimals ("n/a" when undefined).
func F3(v *float64) string { return f3(v) }

// PValue formats an optional p-value ("<0.001" when tiny, "–" when undefined).
func PValue(v *float64) string { return pval(v) }

func f2(v *float64) string {
	if v == nil {
		return "–"
	}
	return fmt.Sprintf("%.2f", *v)
}

func f3(v *float64) string {
	if v == nil {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", *v)
}

func pval(v *float64) string {
	switch {
	case v == nil:
		return "–"
	case *v < 0.001:
		return "<0.001"
	}
	return fmt.Sprintf("%.3f", *v)
}

func minGroup(r *Report) int {
	m := 0
	for i, p := range r.Overview.Programmes {
		if i == 0 || p.Interviews < m {
			m = p.Interviews
		}
	}
	return m
}

func maxGroup(r *Report) int {
	m := 0
	for _, p := range r.Overview.Programmes {
		m = max(m, p.Interviews)
	}
	return m
}

// plural is "1 coding", "2 codings".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func cellOf(cells []analysis.Cell, code string) analysis.Cell {
	for _, c := range cells {
		if c.Code == code {
			return c
		}
	}
	return analysis.Cell{Code: code}
}

func cellsText(cells []analysis.Cell) string {
	var parts []string
	for _, c := range cells {
		parts = append(parts, fmt.Sprintf("%s %d/%d", orUnknown(c.Group), c.Informants, c.N))
	}
	return strings.Join(parts, "; ")
}

func countsText(cs []NameCount) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%s %d", c.Name, c.Count))
	}
	return strings.Join(parts, ", ")
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func attribution(q analysis.Quote) string {
	return mdText(fmt.Sprintf("%s, %s, %s", orUnknown(q.Role), orUnknown(q.Programme), q.Document))
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)

// mdText escapes transcript and codebook text so it renders as written.
func mdText(s string) string { return mdEscaper.Replace(s) }

func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }

func mdQuote(s string) string {
	return strings.ReplaceAll(mdText(strings.TrimSpace(s)), "\n", "\n> ")
}
