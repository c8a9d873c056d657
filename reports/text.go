package reports

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/groundwork-qda/groundwork/analysis"
)

// irregular plurals of the nouns reports count.
var irregular = map[string]string{"person": "people", "family": "families", "analysis": "analyses", "child": "children"}

// plural is "1 coding", "2 codings", "3 people", "1,200 words".
func plural(n int, noun string) string {
	return thousands(n) + " " + pluralNoun(n, noun)
}

// pluralNoun is noun, or its plural when n is not 1: its last word
// changes ("coded passage", "coded passages"; "person", "people").
func pluralNoun(n int, noun string) string {
	if n == 1 {
		return noun
	}
	head, word := "", noun
	if i := strings.LastIndexByte(noun, ' '); i >= 0 {
		head, word = noun[:i+1], noun[i+1:]
	}
	if p, ok := irregular[word]; ok {
		return head + p
	}
	switch {
	case strings.HasSuffix(word, "s"), strings.HasSuffix(word, "x"), strings.HasSuffix(word, "ch"), strings.HasSuffix(word, "sh"):
		return head + word + "es"
	case len(word) > 1 && strings.HasSuffix(word, "y") && !strings.ContainsRune("aeiou", rune(word[len(word)-2])):
		return head + word[:len(word)-1] + "ies"
	}
	return head + word + "s"
}

// thousands writes n with thousands separators: 37,505.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func pct(p float64) string { return strconv.Itoa(int(p*100+0.5)) + "%" }

func cellOf(cells []analysis.Cell, code string) analysis.Cell {
	for _, c := range cells {
		if c.Code == code {
			return c
		}
	}
	return analysis.Cell{Code: code}
}

// cellsText lists a code's prevalence per group: "HeartMates 2 of 6; ...".
func cellsText(cells []analysis.Cell) string {
	var parts []string
	for _, c := range cells {
		parts = append(parts, fmt.Sprintf("%s %d of %d", orUnknown(c.Group), c.Informants, c.N))
	}
	return strings.Join(parts, "; ")
}

// countsText lists counts: "caregiver 6, clinician 7".
func countsText(cs []NameCount) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%s %s", c.Name, thousands(c.Count)))
	}
	return strings.Join(parts, ", ")
}

// PrecisionText is the model's precision with the passages behind it,
// "0.80 (8/10)" (see analysis.Figures).
func (m LearnedModel) PrecisionText() string { return m.figures().PrecisionText() }

// RecallText is the model's recall with the passages behind it.
func (m LearnedModel) RecallText() string { return m.figures().RecallText() }

func (m LearnedModel) figures() analysis.Figures {
	return analysis.Figures{Precision: m.Precision, Recall: m.Recall, F1: m.F1, Found: m.Found, Suggested: m.Suggested, Coded: m.Coded}
}

// originsText names the origins of codings in words.
func originsText(cs []NameCount) string {
	words := map[string]string{"rule": "from the codebook's rules", "manual": "coded in groundwork", "import": "imported", "learned": "learned suggestions", "recoded": "recoded in review (a suggestion's passage given another code)"}
	var parts []string
	for _, c := range cs {
		w := words[c.Name]
		if w == "" {
			w = c.Name
		}
		parts = append(parts, fmt.Sprintf("%s %s", thousands(c.Count), w))
	}
	return strings.Join(parts, ", ")
}

// attribution names a quote's speaker: (role, programme, interview).
func attribution(q analysis.Quote) string {
	return fmt.Sprintf("%s, %s, interview %s", orUnknown(q.Role), orUnknown(q.Programme), q.Document)
}

// mdSlug is the anchor GitHub and most Markdown renderers give a heading.
func mdSlug(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

func f2(v *float64) string {
	if v == nil {
		return "–"
	}
	return fmt.Sprintf("%.2f", *v)
}

func f3(v *float64) string {
	if v == nil {
		return "–"
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

// F2 formats an optional statistic to two decimals ("–" when undefined).
func F2(v *float64) string { return f2(v) }

// F3 formats an optional statistic to three decimals ("–" when undefined).
func F3(v *float64) string { return f3(v) }

// PValue formats an optional p-value ("<0.001" when tiny, "–" when undefined).
func PValue(v *float64) string { return pval(v) }

// methodText names a test in words.
func methodText(m string) string {
	switch m {
	case "chi-square":
		return "χ²"
	case "fisher-exact":
		return "Fisher's exact"
	case "monte-carlo":
		return "χ², Monte Carlo"
	case "":
		return "not defined"
	}
	return m
}

// markedText names the groups over- and under-represented for a code.
func markedText(cc analysis.CodeComparison) string {
	var more, less []string
	for _, c := range cc.Cells {
		if c.Residual == nil {
			continue
		}
		switch {
		case *c.Residual > 1.96:
			more = append(more, orUnknown(c.Group))
		case *c.Residual < -1.96:
			less = append(less, orUnknown(c.Group))
		}
	}
	var parts []string
	if len(more) > 0 {
		parts = append(parts, "more: "+strings.Join(more, ", "))
	}
	if len(less) > 0 {
		parts = append(parts, "less: "+strings.Join(less, ", "))
	}
	return strings.Join(parts, "; ")
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

// draftBanner is what every format says at the top of a draft, after
// "DRAFT:".
func draftBanner(r *Report) string {
	return fmt.Sprintf("no coding in this report has been reviewed by a person. It counts %s made by %s; the numbers say what the rules find, not what the interviews hold.",
		plural(r.Counting.Unreviewed, "suggestion"), suggesterText(r.Counting.Coders))
}

// mixedNote is what every format says at the top of a report that counts
// unreviewed suggestions beside people's coding.
func mixedNote(r *Report) string {
	return fmt.Sprintf("This report counts %s that nobody has reviewed beside %s that people made or accepted; each matrix cell says how many of its interviews rest on unreviewed suggestions alone.",
		plural(r.Counting.Unreviewed, "suggestion"), plural(r.Counting.Reviewed, "coding"))
}
