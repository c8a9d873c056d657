package reports

import (
	"fmt"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/analysis/stats"
)

// Summary is the report's first screen: for each family, where programmes
// and roles differ most; the challenge and response coded in the same
// interviews most; saturation; and agreement. Each finding links to its evidence.
type Summary struct {
	Families   []FamilySummary `json:"families"`
	Pair       *PairSummary    `json:"pair,omitempty"`
	Saturation Finding         `json:"saturation"`
	Agreement  *Finding        `json:"agreement,omitempty"`
}

// Finding is one sentence of the summary and the anchor of its evidence.
type Finding struct {
	Text string `json:"text"`
	Link string `json:"link"` // an anchor in report.html, without '#'
}

// FamilySummary says which codes of a family differ most between
// programmes and between roles.
type FamilySummary struct {
	Family     string      `json:"family"`
	Label      string      `json:"label"`
	Programmes *Difference `json:"programmes,omitempty"`
	Roles      *Difference `json:"roles,omitempty"`
}

// Difference is the code of a family whose prevalence differs most
// between groups (smallest adjusted p-value), with its test.
type Difference struct {
	By        string   `json:"by"` // programme or role
	Code      string   `json:"code"`
	Label     string   `json:"label"`
	Test      string   `json:"test"` // the statistic in words, e.g. "χ²(6) = 14.20"
	PAdjusted float64  `json:"p_adjusted"`
	CramersV  *float64 `json:"cramers_v,omitempty"`
	// Clear is set when the adjusted p-value is below 0.05.
	Clear bool `json:"clear"`
	// Highest and Lowest are the groups with the largest and smallest
	// share of interviews with the code.
	Highest GroupShare `json:"highest"`
	Lowest  GroupShare `json:"lowest"`
	// More and Less are the groups whose adjusted residual is beyond ±1.96.
	More []string `json:"more,omitempty"`
	Less []string `json:"less,omitempty"`
	Link string   `json:"link"`
}

// GroupShare is how many of a group's interviews have a code.
type GroupShare struct {
	Group string `json:"group"`
	Count int    `json:"count"`
	N     int    `json:"n"`
}

// PairSummary is the challenge and response coded in the same interviews
// most, with how many passages are coded with both.
type PairSummary struct {
	Challenge      string  `json:"challenge"`
	ChallengeLabel string  `json:"challenge_label"`
	Response       string  `json:"response"`
	ResponseLabel  string  `json:"response_label"`
	Interviews     int     `json:"interviews"`
	Programmes     int     `json:"programmes"`
	Jaccard        float64 `json:"jaccard"`
	Passages       int     `json:"passages_with_both"`
	Link           string  `json:"link"`
}

// summarise computes the summary from the report's sections.
func summarise(r *Report) Summary {
	var s Summary
	for _, f := range r.Families {
		fs := FamilySummary{Family: f.ID, Label: f.Label}
		fs.Programmes = mostDifferent(r, r.Comparison, f.Codes)
		fs.Roles = mostDifferent(r, r.RoleComparison, f.Codes)
		s.Families = append(s.Families, fs)
	}
	for _, c := range r.Challenges {
		for _, resp := range c.Responses {
			if s.Pair == nil || resp.Jaccard > s.Pair.Jaccard || resp.Jaccard == s.Pair.Jaccard && len(resp.Interviews) > s.Pair.Interviews {
				s.Pair = &PairSummary{Challenge: c.Code, ChallengeLabel: c.Label, Response: resp.Code, ResponseLabel: resp.Label,
					Interviews: len(resp.Interviews), Programmes: len(resp.Programmes), Jaccard: resp.Jaccard, Passages: resp.Passages, Link: anchor("challenge", c.Code)}
			}
		}
	}
	s.Saturation = Finding{Text: r.SaturationNote, Link: "saturation"}
	if r.Saturation != nil {
		s.Saturation.Text = saturationSummary(r)
	}
	if a := r.Agreement; a != nil && a.Overall.KrippendorffAlpha != nil {
		text := fmt.Sprintf("%s coded %s of the same interviews: Krippendorff's α = %.2f over all codes (%s), %s.",
			andList(a.Coders), plural(agreementUnits(a), a.Unit), *a.Overall.KrippendorffAlpha, alphaWord(*a.Overall.KrippendorffAlpha, a.Overall.KrippendorffAlphaCI95), percentAgreementText(a))
		s.Agreement = &Finding{Link: "agreement", Text: text + prefixSpace(weakCodesText(r, a))}
	}
	return s
}

// percentAgreementText gives percent agreement with what it is pooled
// over, and the share of units given the same codes, which reads lower.
func percentAgreementText(a *analysis.Agreement) string {
	s := fmt.Sprintf("percent agreement %s over %s × code decisions", ratio(a.Overall.PercentAgreement), a.Unit)
	if a.Compared > 0 {
		s += fmt.Sprintf(", the same codes on %d of %s (%.0f%%)", a.SameCodes, plural(a.Compared, a.Unit), 100*float64(a.SameCodes)/float64(a.Compared))
	}
	return s
}

// Krippendorff's (2004) thresholds for alpha: reliable coding, and coding
// that allows tentative conclusions.
const (
	alphaReliable  = 0.8
	alphaTentative = 0.667
)

// alphaWord reads an alpha as Krippendorff (2004) advises, 0.8 or more
// reliable, 0.667 to 0.8 enough for tentative conclusions, and says what
// its 95% interval (when there is one) allows: a point estimate above 0.8
// whose interval reaches below it is not called reliable.
func alphaWord(a float64, ci *[2]float64) string {
	interval := ""
	if ci != nil {
		interval = fmt.Sprintf("95%% interval %.3f to %.3f", ci[0], ci[1])
	}
	switch {
	case a >= alphaReliable && (ci == nil || ci[0] >= alphaReliable):
		if ci == nil {
			return "reliable by Krippendorff's standard of 0.8"
		}
		return interval + ", all of it at or above Krippendorff's standard of 0.8 for reliable coding"
	case a >= alphaReliable && ci[0] >= alphaTentative:
		return interval + ": the estimate reaches Krippendorff's standard of 0.8 for reliable coding but the interval does not, though it stays above the 0.667 that tentative conclusions need"
	case a >= alphaReliable:
		return interval + ": the estimate reaches Krippendorff's standard of 0.8 for reliable coding but the interval reaches below even the 0.667 that tentative conclusions need"
	case a >= alphaTentative && ci == nil:
		return "enough for tentative conclusions only"
	case a >= alphaTentative:
		return interval + ": enough for tentative conclusions only"
	case ci == nil:
		return "below what Krippendorff accepts for conclusions"
	}
	return interval + ": below what Krippendorff accepts for conclusions"
}

// prefixSpace is s after a space, to follow a sentence; "" when s is.
func prefixSpace(s string) string {
	if s == "" {
		return ""
	}
	return " " + s
}

// mostWeakCodes is how many codes below the tentative threshold the
// summary names; the agreement table has them all.
const mostWeakCodes = 8

// weakCodesText names the codes whose alpha is below the 0.667 that
// tentative conclusions need, which a pooled alpha hides; "" when none is.
func weakCodesText(r *Report, a *analysis.Agreement) string {
	var weak []string
	for _, c := range a.Codes {
		if c.KrippendorffAlpha != nil && *c.KrippendorffAlpha < alphaTentative {
			weak = append(weak, fmt.Sprintf("%s (α = %.3f)", r.label(c.Code), *c.KrippendorffAlpha))
		}
	}
	if len(weak) == 0 {
		return ""
	}
	if len(weak) > mostWeakCodes {
		weak = append(weak[:mostWeakCodes], fmt.Sprintf("%d more (the agreement table lists them)", len(weak)-mostWeakCodes))
	}
	return fmt.Sprintf("Below the 0.667 Krippendorff asks even for tentative conclusions: %s.", andList(weak))
}

// mostDifferent picks, among codes, the comparison with the smallest
// adjusted p-value (ties: the larger Cramér's V).
func mostDifferent(r *Report, cmp *analysis.Comparison, codes []string) *Difference {
	if cmp == nil {
		return nil
	}
	in := map[string]bool{}
	for _, c := range codes {
		in[c] = true
	}
	var best *analysis.CodeComparison
	for i := range cmp.Codes {
		cc := &cmp.Codes[i]
		if !in[cc.Code] || cc.PAdjusted == nil {
			continue
		}
		if best == nil || *cc.PAdjusted < *best.PAdjusted || *cc.PAdjusted == *best.PAdjusted && v(cc.CramersV) > v(best.CramersV) {
			best = cc
		}
	}
	if best == nil {
		return nil
	}
	d := &Difference{By: cmp.By, Code: best.Code, Label: r.label(best.Code), Test: testText(*best), PAdjusted: *best.PAdjusted,
		CramersV: best.CramersV, Clear: *best.PAdjusted < 0.05, Link: anchor("code", best.Code)}
	var hi, lo *analysis.CompareCell
	for i := range best.Cells {
		c := &best.Cells[i]
		if c.N == 0 {
			continue
		}
		if hi == nil || c.Prevalence > hi.Prevalence {
			hi = c
		}
		if lo == nil || c.Prevalence < lo.Prevalence {
			lo = c
		}
		if c.Residual != nil && *c.Residual > 1.96 {
			d.More = append(d.More, orUnknown(c.Group))
		}
		if c.Residual != nil && *c.Residual < -1.96 {
			d.Less = append(d.Less, orUnknown(c.Group))
		}
	}
	if hi != nil {
		d.Highest = GroupShare{hi.Group, hi.Count, hi.N}
		d.Lowest = GroupShare{lo.Group, lo.Count, lo.N}
	}
	return d
}

func v(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// testText is a comparison's statistic and adjusted p-value in words.
func testText(cc analysis.CodeComparison) string {
	var parts []string
	switch {
	case cc.Method == stats.MethodFisher:
		parts = append(parts, "Fisher's exact test")
	case cc.Chi2 != nil && cc.DF != nil:
		parts = append(parts, fmt.Sprintf("χ²(%d) = %.1f", *cc.DF, *cc.Chi2))
	}
	if cc.PAdjusted != nil {
		parts = append(parts, "adjusted p "+pvalText(*cc.PAdjusted))
	}
	return strings.Join(parts, ", ")
}

func pvalText(p float64) string {
	if p < 0.001 {
		return "< 0.001"
	}
	return fmt.Sprintf("= %.3f", p)
}

// Text is the difference as a sentence.
func (d *Difference) Text() string {
	span := fmt.Sprintf("from %s to %s (%s)", d.share(d.Lowest, true), d.share(d.Highest, false), d.Test)
	if d.Clear {
		return fmt.Sprintf("Between %ss, %s differs most: %s.", d.By, d.Label, span)
	}
	return fmt.Sprintf("Between %ss, no code differs clearly; the largest difference is in %s, %s.", d.By, d.Label, span)
}

// share says how many of a group's interviews have the code: "2 of 7
// interviews in Breathe Together", "0 of 6 with a caregiver".
func (d *Difference) share(g GroupShare, first bool) string {
	noun := ""
	if first {
		noun = " " + pluralNoun(g.N, "interview")
	}
	if d.By == "programme" {
		return fmt.Sprintf("%d of %d%s in %s", g.Count, g.N, noun, orUnknown(g.Group))
	}
	if g.Group == "" {
		return fmt.Sprintf("%d of %d%s with no %s recorded", g.Count, g.N, noun, d.By)
	}
	return fmt.Sprintf("%d of %d%s with %s %s", g.Count, g.N, noun, article(g.Group), g.Group)
}

// article is "a" or "an" before a word.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiouAEIOU", rune(word[0])) {
		return "an"
	}
	return "a"
}

// Text is the pair as a sentence: coded in the same interviews, and how
// many passages have both codes, so that sharing an interview is not read
// as the response to the challenge.
func (p *PairSummary) Text() string {
	return fmt.Sprintf("%s and %s are coded in the same interviews most often: %s across %s (Jaccard %.2f: interviews with both over interviews with either); %s.",
		p.ChallengeLabel, strings.ToLower(p.ResponseLabel), plural(p.Interviews, "interview"), plural(p.Programmes, "programme"), p.Jaccard, passagesWithBothText(p.Passages))
}

// passagesWithBothText says how many passages are coded with both codes of
// a pair.
func passagesWithBothText(n int) string {
	switch n {
	case 0:
		return "no passage is coded with both"
	case 1:
		return "1 passage is coded with both"
	}
	return fmt.Sprintf("%s are coded with both", plural(n, "passage"))
}

// saturationSummary is the saturation assessment in one sentence, with how
// many programmes reached it.
func saturationSummary(r *Report) string {
	s := r.Saturation
	text := saturationText(r)
	reached := 0
	for _, g := range s.Groups {
		if g.Reached {
			reached++
		}
	}
	if len(s.Groups) > 1 {
		text += fmt.Sprintf(" Within programmes it was reached in %d of %d (the others have too few interviews or still add codes).", reached, len(s.Groups))
	}
	return text
}
