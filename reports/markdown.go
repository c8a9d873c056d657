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
	p("\nInterviews by role: %s.\n\n", countsText(r.Overview.Roles))
	p("Codings counted: %d (%s).\n\n", r.Counting.Codings, orNone(countsText(r.Counting.Origins)))

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
		p(" By programme: %s.", cellsText(s.ByProgramme))
		p(" By role: %s.\n\n", cellsText(s.ByRole))
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

	p("## Methods\n\n")
	for _, m := range r.Methods {
		p("%s\n\n", mdText(m))
	}
	return b.Flush()
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
	return fmt.Sprintf("%s, %s, %s", orUnknown(q.Role), orUnknown(q.Programme), q.Document)
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)

// mdText escapes transcript and codebook text so it renders as written.
func mdText(s string) string { return mdEscaper.Replace(s) }

func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }

func mdQuote(s string) string {
	return strings.ReplaceAll(mdText(strings.TrimSpace(s)), "\n", "\n> ")
}
