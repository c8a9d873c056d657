package reports

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
)

// WriteMarkdown writes the report as Markdown: tables and block quotes that
// paste into papers and wikis. It says what HTML says, in the same order.
func WriteMarkdown(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("# %s\n\n", mdText(r.Title))
	if r.Draft {
		p("> **DRAFT:** %s\n\n", mdText(draftBanner(r)))
	} else if r.Counting.Basis == BasisMixed {
		p("> **Includes unreviewed suggestions.** %s\n\n", mdText(mixedNote(r)))
	}
	for _, w := range r.Warnings {
		p("> **Warning:** %s\n\n", mdText(w))
	}
	if r.Empty {
		p("This project has no interviews yet, so there is nothing to report. Add transcripts with `groundwork ingest`.\n")
		return b.Flush()
	}
	writeMarkdownSummary(p, r)
	p("## Overview\n\n")
	p("%s (%s) across %s. Codebook %s, version %s. %s",
		plural(r.Overview.Interviews, "interview"), r.Overview.WordsText(), plural(len(r.Overview.Programmes), "programme"),
		mdText(r.Codebook.Name), orUnknown(r.Codebook.Version), mdText(r.Counting.Description))
	if len(r.Counting.Origins) > 0 {
		p(" By origin: %s.", mdText(originsText(r.Counting.Origins)))
	}
	p("\n\n")
	p("| Programme | Interviews | Words | Roles |\n|---|---:|---:|---|\n")
	for _, ps := range r.Overview.Programmes {
		p("| %s | %d | %s | %s |\n", mdCell(orUnknown(ps.Name)), ps.Interviews, thousands(ps.Words), mdCell(countsText(ps.Roles)))
	}
	p("\nInterviews by role: %s.\n\n", mdText(countsText(r.Overview.Roles)))

	writeMarkdownMatrix(p, r)
	writeMarkdownCodes(p, r)
	writeMarkdownChallenges(p, r)
	writeMarkdownSections(p, r)
	p("## Methods\n\n")
	for _, m := range r.Methods {
		p("%s\n\n", mdText(m))
	}
	if len(r.LearnedModels) > 0 {
		p("| Code | Positive examples | Negative examples | Precision | Recall | F1 | Threshold |\n|---|---:|---:|---:|---:|---:|---:|\n")
		for _, m := range r.LearnedModels {
			p("| %s | %d | %d | %s | %s | %.2f | %.2f |\n", mdCell(m.Label), m.Positives, m.Negatives, m.PrecisionText(), m.RecallText(), m.F1, m.Threshold)
		}
		p("\n")
	}
	p("### Methods appendix\n\nWhat the data can support for the COREQ checklist.\n\n| Item | What this study can report |\n|---|---|\n")
	for _, a := range r.Appendix {
		p("| %s | %s |\n", mdCell(a.Item), mdCell(a.Report))
	}
	p("\n### Codes and their ids\n\n| Code | Id in codebook.yaml |\n|---|---|\n")
	for _, c := range r.CodeList {
		p("| %s | `%s` |\n", mdCell(c.Label), c.ID)
	}
	return b.Flush()
}

func writeMarkdownSummary(p func(string, ...any), r *Report) {
	s := r.Summary
	p("## Summary\n\n")
	for _, f := range s.Families {
		if f.Programmes == nil && f.Roles == nil {
			continue
		}
		p("- **%s.**", mdText(f.Label))
		for _, d := range []*Difference{f.Programmes, f.Roles} {
			if d != nil {
				p(" %s ([evidence](#%s))", mdText(d.Text()), mdSlug(d.Label))
			}
		}
		p("\n")
	}
	if s.Pair != nil {
		p("- **Challenges and responses.** %s ([evidence](#%s))\n", mdText(s.Pair.Text()), mdSlug(challengeHeading(Challenge{Label: s.Pair.ChallengeLabel})))
	}
	if s.Saturation.Text != "" {
		p("- **Saturation.** %s ([evidence](#saturation))\n", mdText(s.Saturation.Text))
	}
	if s.Agreement != nil {
		p("- **Agreement between coders.** %s ([evidence](#agreement-between-coders))\n", mdText(s.Agreement.Text))
	}
	p("\n")
}

func writeMarkdownMatrix(p func(string, ...any), r *Report) {
	p("## Framework matrix\n\n")
	p("Each cell is the share of the programme's interviews in which the code was applied, with the number of coded passages in brackets")
	if r.Counting.Basis == BasisMixed {
		p(" and, after a plus, how many of those interviews rest on unreviewed suggestions alone")
	}
	p(".\n\n")
	for _, f := range r.Families {
		p("**%s**\n\n", mdText(f.Label))
		p("| Programme | n |")
		for _, c := range f.Codes {
			p(" %s |", mdCell(r.label(c)))
		}
		p("\n|---|---:|%s\n", strings.Repeat("---:|", len(f.Codes)))
		for _, row := range r.Matrix {
			p("| %s | %d |", mdCell(orUnknown(row.Programme)), row.Interviews)
			for _, c := range f.Codes {
				cell := cellOf(row.Cells, c)
				p(" %s (%d)", pct(cell.Prevalence), cell.Segments)
				if cell.Unreviewed > 0 {
					p(" +%d unreviewed", cell.Unreviewed)
				}
				p(" |")
			}
			p("\n")
		}
		p("\n")
	}
}

func writeMarkdownCodes(p func(string, ...any), r *Report) {
	p("## Codes\n\n")
	for _, s := range r.Codes {
		if s.Depth == 0 {
			p("### %s\n\n%s\n\n", mdText(s.Label), mdText(s.Definition))
			if r.Heading(s) {
				p("In %d of %s.\n\n", s.Interviews, plural(r.Overview.Interviews, "interview"))
				continue
			}
		} else {
			p("#### %s\n\n", mdText(s.Label))
			p("%s\n\n", mdText(s.Definition))
		}
		p("In %d of %s (%s).", s.Interviews, plural(r.Overview.Interviews, "interview"), plural(s.Codings, "coded passage"))
		p(" By programme: %s.", mdText(cellsText(s.ByProgramme)))
		p(" By role: %s.\n\n", mdText(cellsText(s.ByRole)))
		for _, g := range s.Quotes {
			for _, q := range g.Quotes {
				writeMarkdownQuote(p, q)
			}
		}
	}
}

func writeMarkdownQuote(p func(string, ...any), q Exemplar) {
	about := ""
	if q.About != "" {
		about = ", on " + mdText(q.About)
	}
	switch {
	case q.SeeAlso != "" && q.About != "":
		p("> On %s: quoted above, under %s.\n\n", mdText(q.About), mdText(q.SeeAlsoUnder))
		return
	case q.SeeAlso != "":
		p("> The only passage from %s is quoted above, under %s.\n\n", mdText(orUnknown(q.Programme)), mdText(q.SeeAlsoUnder))
		return
	}
	p("> %s\n>\n> — %s%s\n\n", mdQuote(q.Text), mdText(attribution(q.Quote)), about)
}

func writeMarkdownChallenges(p func(string, ...any), r *Report) {
	p("## Challenges and responses\n\n")
	if len(r.Challenges) == 0 {
		p("The codebook names no challenges and responses (its groups `challenges` and `responses`).\n\n")
	}
	if len(r.Challenges) > 0 {
		p("%s\n\n", mdText(challengesLegend))
	}
	for _, c := range r.Challenges {
		p("### %s\n\n", mdText(challengeHeading(c)))
		if len(c.Responses) == 0 {
			p("In %s; no organisational response is coded in the same interviews.\n\n", plural(c.Interviews, "interview"))
			continue
		}
		p("In %s. Organisational responses coded in the same interviews:\n\n", plural(c.Interviews, "interview"))
		p("| Response | Interviews with both | Jaccard | Passages coded with both | Programmes |\n|---|---:|---:|---:|---|\n")
		for _, resp := range c.Responses {
			p("| %s | %d | %.2f | %d | %s |\n", mdCell(resp.Label), len(resp.Interviews), resp.Jaccard, resp.Passages, mdCell(programmesText(resp.Programmes, len(r.Overview.Programmes))))
		}
		p("\n")
		for _, resp := range c.Responses {
			if resp.Quote != nil {
				writeMarkdownQuote(p, *resp.Quote)
			}
		}
	}
}

func writeMarkdownSections(p func(string, ...any), r *Report) {
	writeMarkdownComparisons(p, r)
	if len(r.Cooccurring) > 0 {
		p("## Co-occurrence\n\nCodes most often found in the same interviews (Jaccard similarity: interviews with both over interviews with either).\n\n| Code | Code | Interviews with both | Jaccard |\n|---|---|---:|---:|\n")
		for _, cp := range r.Cooccurring {
			p("| %s | %s | %d | %.2f |\n", mdCell(cp.ALabel), mdCell(cp.BLabel), cp.Both, cp.Jaccard)
		}
		p("\n")
	}
	p("## Saturation\n\n")
	if s := r.Saturation; s != nil {
		p("%s\n\n", mdText(saturationText(r)))
		p("| Programme | Interviews coded | Codes | Saturation |\n|---|---:|---:|---|\n")
		for _, g := range s.Groups {
			cum := 0
			if n := len(g.Curve); n > 0 {
				cum = g.Curve[n-1].Cumulative
			}
			p("| %s | %d | %d | %s |\n", mdCell(orUnknown(g.Group)), len(g.Curve), cum, mdCell(groupSaturation(g)))
		}
		p("\n")
	} else {
		p("%s\n\n", mdText(r.SaturationNote))
	}
	if len(r.Charts) > 0 {
		p("## Figures\n\n")
		for i, c := range r.Charts {
			p("![Figure %d. %s](%s.png)\n\n*Figure %d.* %s\n\n", i+1, mdText(c.Title), c.Name, i+1, mdText(c.Caption))
		}
	}
	if a := r.Agreement; a != nil {
		p("## Agreement between coders\n\n%s\n\n", mdText(agreementIntro(r)))
		p("| Code | %ss | Agreement | Cohen κ | Fleiss κ | Krippendorff α | 95%% interval |\n|---|---:|---:|---:|---:|---:|---|\n", capital(a.Unit))
		for _, c := range append(append([]analysis.CodeAgreement{}, a.Codes...), a.Overall) {
			name := r.label(c.Code)
			if c.Code == a.Overall.Code {
				name = "All codes (" + a.Unit + " × code decisions)"
			}
			p("| %s | %d | %s | %s | %s | %s | %s |\n", mdCell(name), c.PairableUnits, f3(c.PercentAgreement), f3(c.CohenKappa), f3(c.FleissKappa), f3(c.KrippendorffAlpha), ciText(c.KrippendorffAlphaCI95))
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

func writeMarkdownComparisons(p func(string, ...any), r *Report) {
	if r.Comparison == nil && r.RoleComparison == nil {
		return
	}
	p("## Differences between programmes and roles\n\n%s\n\n", mdText(comparisonIntro(r)))
	for _, c := range []*analysis.Comparison{r.Comparison, r.RoleComparison} {
		if c == nil {
			continue
		}
		p("**By %s**\n\n%s\n\n", c.By, mdText(comparisonShown(c)))
		if len(c.Groups) < 2 {
			continue
		}
		p("| Code | χ² | df | p | adjusted p | Test | Cramér's V | Over- and under-represented |\n|---|---:|---:|---:|---:|---|---:|---|\n")
		for _, cc := range c.MostDifferent(comparisonRows) {
			p("| %s | %s | %s | %s | %s | %s | %s | %s |\n", mdCell(r.label(cc.Code)), f2(cc.Chi2), dfText(cc.DF), pval(cc.PValue), pval(cc.PAdjusted), methodText(cc.Method), f2(cc.CramersV), mdCell(markedText(cc)))
		}
		p("\n")
	}
}

// comparisonRows is how many codes a comparison table shows: those with
// the smallest adjusted p-values.
const comparisonRows = 8

// comparisonShown says which of a comparison's codes its table shows, by
// what rule, and where the others are.
func comparisonShown(c *analysis.Comparison) string {
	shown := c.MostDifferent(comparisonRows)
	tested := c.MostDifferent(len(c.Codes))
	var s string
	switch {
	case len(c.Groups) < 2:
		return fmt.Sprintf("Every interview has the same %s (%s), so there is nothing to compare between %ss.", c.By, orUnknown(strings.Join(c.Groups, "")), c.By)
	case len(tested) == 0:
		s = "No code could be tested."
	case len(shown) == len(tested):
		s = fmt.Sprintf("All %s tested, smallest adjusted p first.", plural(len(tested), "code"))
	default:
		s = fmt.Sprintf("The %d of %s tested with the smallest adjusted p; the other %d (adjusted p %s or more) are in report.json and the workbook's Statistics sheet.",
			len(shown), plural(len(tested), "code"), len(tested)-len(shown), pval(tested[len(shown)].PAdjusted))
	}
	if n := len(c.Codes) - len(tested); n > 0 {
		s += fmt.Sprintf(" %s could not be tested (the Statistics sheet says why).", capital(plural(n, "code")))
	}
	return s
}

func dfText(df *int) string {
	if df == nil {
		return "–"
	}
	return fmt.Sprint(*df)
}

func ciText(ci *[2]float64) string {
	if ci == nil {
		return "–"
	}
	return fmt.Sprintf("%.3f to %.3f", ci[0], ci[1])
}

// monteCarloNote says how the Monte Carlo p-values were drawn, and how to
// draw them again.
func monteCarloNote() string {
	return fmt.Sprintf("Monte Carlo p-values come from %s permutations with seed %d (the methods appendix gives the command that draws them again).", thousands(Replicates), reportSeed)
}

// comparisonIntro explains the comparison tables.
func comparisonIntro(r *Report) string {
	return "Whether each code's share of interviews differs between programmes (and between roles): a chi-square test of independence on interviews with and without the code (Fisher's exact test or a Monte Carlo p-value where expected counts are small), Benjamini–Hochberg adjusted p-values across the codes, Cramér's V, and the groups whose adjusted residual is beyond ±1.96. " + monteCarloNote() + " " + powerNote(r)
}

// smallGroups is the number of interviews per programme below which the
// tests have little power.
const smallGroups = 20

// powerNote says how far to trust the tests, given the programmes' sizes.
func powerNote(r *Report) string {
	lo, hi := minGroup(r), maxGroup(r)
	size := fmt.Sprintf("%d to %d", lo, hi)
	if lo == hi {
		size = fmt.Sprint(lo)
	}
	if lo < smallGroups {
		return fmt.Sprintf("With %s interviews per programme these tests have little power: read them as pointers to where to look in the quotes, not as findings on their own.", size)
	}
	return fmt.Sprintf("With %s interviews per programme even small differences can reach significance: Cramér's V says how large a difference is.", size)
}

// agreementIntro says who coded what for the agreement table.
func agreementIntro(r *Report) string {
	a := r.Agreement
	var cover []string
	for _, c := range a.Coders {
		cover = append(cover, fmt.Sprintf("%s %s", c, plural(a.Coverage[c], "interview")))
	}
	s := fmt.Sprintf("Agreement between %s on the %s both coded (interviews coded: %s), by %s: each coder applied each code to the %s or not.",
		andList(a.Coders), pluralNoun(2, a.Unit), strings.Join(cover, ", "), a.Unit, a.Unit)
	if t := SameCodesText(a); t != "" {
		s += " " + t
	}
	if r.Disagreements > 0 {
		s += fmt.Sprintf(" They disagree on %s and code; the passages are listed for adjudication by the agree command, not here.", plural(r.Disagreements, a.Unit))
	}
	return s
}

// SameCodesText says on how many units the coders gave the same codes, and
// what the pooled figures are pooled over: unit × code decisions, most of
// them "neither applied the code", which make percent agreement read far
// higher than the share of passages coded alike.
func SameCodesText(a *analysis.Agreement) string {
	if a.Compared == 0 {
		return ""
	}
	return fmt.Sprintf("They gave the same codes to %d of the %s both coded (%.0f%%); the figures for all codes are pooled over %s × code decisions (%s), most of them “neither applied the code”, so their percent agreement reads higher.",
		a.SameCodes, plural(a.Compared, a.Unit), 100*float64(a.SameCodes)/float64(a.Compared), a.Unit, thousands(a.Overall.PairableUnits))
}

// groupSaturation is a programme's saturation in words.
func groupSaturation(g analysis.GroupSaturation) string {
	switch {
	case g.Reached:
		return fmt.Sprintf("reached after %s", plural(g.SaturatedAt, "interview"))
	case g.Reason != "":
		return "not assessed: too few interviews"
	}
	return "not reached"
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)

// mdText escapes transcript and codebook text so it renders as written.
func mdText(s string) string { return mdEscaper.Replace(s) }

func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }

func mdQuote(s string) string {
	return strings.ReplaceAll(mdText(strings.TrimSpace(s)), "\n", "\n> ")
}

// programmesText lists the programmes a finding comes from, or says "all
// N" when it comes from every one.
func programmesText(ps []string, all int) string {
	if len(ps) == all && all > 2 {
		return fmt.Sprintf("all %d", all)
	}
	return strings.Join(ps, ", ")
}

// challengeHeading heads a challenge's section (apart from its code's).
func challengeHeading(c Challenge) string { return c.Label + ": responses in the same interviews" }

// challengesLegend says what the challenges and responses section counts
// and quotes.
const challengesLegend = "For each challenge, the organisational responses coded in the same interviews. Two codes in one interview are not one the response to the other, so beside the interviews the table counts the passages coded with both (a passage coded with the challenge that one coded with the response overlaps). The quote under each response is a passage coded with both where there is one, otherwise one from the same answer as the challenge or the next; it says which."
