package reports

import (
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
)

//go:embed templates/report.html.tmpl
var templateFS embed.FS

var reportTemplate = template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
	"pct":              pct,
	"heat":             heat,
	"cell":             cellOf,
	"attribution":      attribution,
	"counts":           countsText,
	"cells":            cellsText,
	"swatch":           swatch,
	"join":             strings.Join,
	"lower":            strings.ToLower,
	"paras":            paragraphs,
	"plural":           plural,
	"thousands":        thousands,
	"unknown":          orUnknown,
	"f2":               f2,
	"f3":               f3,
	"pval":             pval,
	"df":               dfText,
	"ci":               ciText,
	"method":           methodText,
	"marked":           markedText,
	"svgdata":          svgData,
	"anchor":           anchor,
	"draft":            draftBanner,
	"mixed":            mixedNote,
	"saturation":       saturationText,
	"groupSaturation":  groupSaturation,
	"agreementIntro":   agreementIntro,
	"comparisonIntro":  comparisonIntro,
	"shown":            comparisonShown,
	"mostDifferent":    func(c *analysis.Comparison) []analysis.CodeComparison { return c.MostDifferent(comparisonRows) },
	"challengesLegend": func() string { return challengesLegend },
	"quotes":           quoteCount,
	"programmes":       programmesText,
	"origins":          originsText,
	"power":            powerNote,
	"inc":              func(i int) int { return i + 1 },
	"px":               func(mm float64) int { return int(mm / 25.4 * 96) },
	"list":             func(cs ...*analysis.Comparison) []*analysis.Comparison { return cs },
}).ParseFS(templateFS, "templates/report.html.tmpl"))

// Label is a code's label, for the templates (its id when unknown).
func (r *Report) Label(id string) string { return r.label(id) }

// quoteCount counts a section's quotes (not its references back).
func quoteCount(s CodeSection) int {
	n := 0
	for _, g := range s.Quotes {
		for _, q := range g.Quotes {
			if q.SeeAlso == "" {
				n++
			}
		}
	}
	return n
}

// WriteHTML writes the report as one self-contained HTML file: no external
// assets and no scripts, every transcript text escaped, printable.
func WriteHTML(w io.Writer, r *Report) error {
	return reportTemplate.Execute(w, r)
}

// svgData inlines a chart as a data: URL, so report.html needs no other
// file and no script to show it.
func svgData(svg []byte) template.URL {
	return template.URL("data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString(svg))
}

// heat is the background of a matrix cell: the deeper the blue, the more
// of the programme's informants have the code.
func heat(c analysis.Cell) template.CSS {
	alpha := 0.04 + 0.86*c.Prevalence
	fg := "#111"
	if c.Prevalence > 0.6 {
		fg = "#fff"
	}
	return template.CSS(fmt.Sprintf("background-color: rgba(31, 94, 168, %s); color: %s",
		strconv.FormatFloat(alpha, 'f', 3, 64), fg))
}

// swatch is a code's colour as CSS, when it is a valid hex colour.
func swatch(colour string) template.CSS {
	if len(colour) != 4 && len(colour) != 7 || !strings.HasPrefix(colour, "#") {
		return ""
	}
	for _, r := range colour[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return ""
		}
	}
	return template.CSS("background-color: " + colour)
}

// paragraphs splits transcript text at blank lines, for <p> elements.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
