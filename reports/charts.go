package reports

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/analysis/stats"
)

// Chart is one figure of the report, rendered as SVG (inlined in
// report.html) and PNG (written beside it for papers).
type Chart struct {
	Name  string `json:"name"` // file name without extension
	Title string `json:"title"`
	SVG   []byte `json:"-"`
	PNG   []byte `json:"-"`
}

// grid is a heatmap grid over a programme × code matrix. Row 0 is drawn at
// the bottom, so rows are reversed to read top-down like the table.
type grid struct {
	z          [][]float64 // [row][col]
	rows, cols int
}

func (g grid) Dims() (c, r int)   { return g.cols, g.rows }
func (g grid) Z(c, r int) float64 { return g.z[g.rows-1-r][c] }
func (g grid) X(c int) float64    { return float64(c) }
func (g grid) Y(r int) float64    { return float64(r) }
func (g grid) Min() float64       { return 0 }
func (g grid) Max() float64       { return 1 }

// blues runs from near-white to the report's blue, like the HTML matrix.
type blues struct{ n int }

func (b blues) Colors() []color.Color {
	out := make([]color.Color, b.n)
	for i := range out {
		t := float64(i) / float64(b.n-1)
		out[i] = color.RGBA{R: uint8(245 - t*(245-31)), G: uint8(247 - t*(247-94)), B: uint8(250 - t*(250-168)), A: 255}
	}
	return out
}

var _ palette.Palette = blues{}

// Charts renders the report's figures. The output is deterministic: the
// same report gives byte-identical files. A figure that cannot be drawn is
// left out, and the error says which and why; the others are returned.
func Charts(r *Report, sat *analysis.Saturation) ([]Chart, error) {
	if r.Empty {
		return nil, nil
	}
	type figure struct {
		what string
		draw func() (Chart, error)
	}
	var figures []figure
	if len(leafCodes(r)) > 0 && len(r.Matrix) > 0 {
		figures = append(figures, figure{"heatmap", func() (Chart, error) { return heatmapChart(r) }})
	}
	figures = append(figures, figure{"prevalence by role", func() (Chart, error) { return rolesChart(r) }})
	if sat != nil && len(sat.Overall.Curve) > 0 {
		figures = append(figures, figure{"saturation", func() (Chart, error) { return saturationChart(sat) }})
	}
	var out []Chart
	var errs []error
	for _, f := range figures {
		c, err := drawSafely(f.draw)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f.what, err))
			continue
		}
		out = append(out, c)
	}
	return out, errors.Join(errs...)
}

// drawSafely draws a figure, turning a panic of the plotting library
// (which panics on some shapes of data) into an error.
func drawSafely(draw func() (Chart, error)) (c Chart, err error) {
	defer func() {
		if p := recover(); p != nil {
			c, err = Chart{}, fmt.Errorf("the plotting library failed: %v", p)
		}
	}()
	return draw()
}

func leafCodes(r *Report) []CodeSection {
	var out []CodeSection
	for _, c := range r.Codes {
		if c.Depth > 0 || len(c.Quotes) > 0 {
			out = append(out, c)
		}
	}
	return out
}

func heatmapChart(r *Report) (Chart, error) {
	codes := leafCodes(r)
	g := grid{rows: len(r.Matrix), cols: len(codes)}
	var rowNames []string
	for _, row := range r.Matrix {
		vals := make([]float64, len(codes))
		for j, c := range codes {
			vals[j] = cellOf(row.Cells, c.ID).Prevalence
		}
		g.z = append(g.z, vals)
		rowNames = append(rowNames, row.Programme)
	}
	p := plot.New()
	p.Title.Text = "Share of informants whose interview has the code"
	hm := plotter.NewHeatMap(g, blues{n: 64})
	p.Add(hm)
	var colNames []string
	for _, c := range codes {
		colNames = append(colNames, c.ID)
	}
	p.NominalX(colNames...)
	reversed := make([]string, len(rowNames))
	for i, n := range rowNames {
		reversed[len(rowNames)-1-i] = n
	}
	p.NominalY(reversed...)
	p.X.Tick.Label.Rotation = math.Pi / 2
	p.X.Tick.Label.XAlign = draw.XRight
	p.X.Tick.Label.YAlign = draw.YCenter
	labels := cellLabels(g)
	if labels != nil {
		p.Add(labels)
	}
	w := vg.Length(max(6, 0.42*float64(len(codes))+2.6)) * vg.Inch
	h := vg.Length(max(3.5, 0.4*float64(len(rowNames))+3)) * vg.Inch
	return render(p, "heatmap", "Programme × code prevalence", w, h)
}

func cellLabels(g grid) *plotter.Labels {
	var xys plotter.XYs
	var texts []string
	for r := 0; r < g.rows; r++ {
		for c := 0; c < g.cols; c++ {
			xys = append(xys, plotter.XY{X: float64(c), Y: float64(g.rows - 1 - r)})
			texts = append(texts, fmt.Sprintf("%.0f", g.z[r][c]*100))
		}
	}
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: texts})
	if err != nil {
		return nil
	}
	for i := range l.TextStyle {
		l.TextStyle[i].XAlign = draw.XCenter
		l.TextStyle[i].YAlign = draw.YCenter
		l.TextStyle[i].Font.Size = vg.Points(7)
		if g.z[i/g.cols][i%g.cols] > 0.6 {
			l.TextStyle[i].Color = color.White
		}
	}
	return l
}

func rolesChart(r *Report) (Chart, error) {
	p := plot.New()
	p.Title.Text = "Prevalence by role (families)"
	p.Y.Label.Text = "share of informants"
	p.Y.Min, p.Y.Max = 0, 1.1
	var families []CodeSection
	for _, c := range r.Codes {
		if c.Depth == 0 {
			families = append(families, c)
		}
	}
	var roles []string
	for _, rc := range r.Overview.Roles {
		roles = append(roles, rc.Name)
	}
	width := vg.Points(max(4, 60/float64(max(1, len(roles)))))
	for i, f := range families {
		vals := make(plotter.Values, len(roles))
		for j, role := range roles {
			for _, c := range f.ByRole {
				if orUnknown(c.Group) == role {
					vals[j] = c.Prevalence
				}
			}
		}
		bars, err := plotter.NewBarChart(vals, width)
		if err != nil {
			return Chart{}, err
		}
		bars.LineStyle.Width = 0
		bars.Color = familyColour(f.Colour, i)
		bars.Offset = width * vg.Length(float64(i)-float64(len(families)-1)/2)
		p.Add(bars)
		p.Legend.Add(f.Label, bars)
	}
	p.Legend.Top = true
	p.NominalX(roles...)
	return render(p, "roles", "Prevalence by role", 7*vg.Inch, 4.5*vg.Inch)
}

func familyColour(hex string, i int) color.Color {
	var r, g, b uint8
	if len(hex) == 7 {
		if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b); err == nil {
			return color.RGBA{R: r, G: g, B: b, A: 255}
		}
	}
	fallback := []color.RGBA{{31, 94, 168, 255}, {192, 57, 43, 255}, {39, 174, 96, 255}, {142, 68, 173, 255}, {230, 126, 34, 255}}
	return fallback[i%len(fallback)]
}

func saturationChart(sat *analysis.Saturation) (Chart, error) {
	p := plot.New()
	p.Title.Text = "Saturation: distinct codes over interviews"
	p.X.Label.Text = fmt.Sprintf("interviews in %s order", sat.Order)
	p.Y.Label.Text = "distinct codes"
	p.Y.Min = 0
	add := func(name string, curve []int, i int) error {
		xys := make(plotter.XYs, len(curve))
		for k, v := range curve {
			xys[k] = plotter.XY{X: float64(k + 1), Y: float64(v)}
		}
		l, err := plotter.NewLine(xys)
		if err != nil {
			return err
		}
		l.Color = familyColour("", i)
		l.Width = vg.Points(1.5)
		if i > 0 {
			l.Width = vg.Points(1)
			l.Dashes = []vg.Length{vg.Points(3), vg.Points(2)}
		}
		p.Add(l)
		p.Legend.Add(name, l)
		return nil
	}
	cumulative := func(points []stats.SatPoint) []int {
		out := make([]int, len(points))
		for i, pt := range points {
			out[i] = pt.Cumulative
		}
		return out
	}
	if err := add("all interviews", cumulative(sat.Overall.Curve), 0); err != nil {
		return Chart{}, err
	}
	for i, g := range sat.Groups {
		if err := add(orUnknown(g.Group), cumulative(g.Curve), i+1); err != nil {
			return Chart{}, err
		}
	}
	p.Legend.Top = false
	p.Legend.Left = false
	p.Legend.YOffs = vg.Points(20)
	return render(p, "saturation", "Saturation curves", 7*vg.Inch, 4.5*vg.Inch)
}

func render(p *plot.Plot, name, title string, w, h vg.Length) (Chart, error) {
	c := Chart{Name: name, Title: title}
	for _, format := range []string{"svg", "png"} {
		wt, err := p.WriterTo(w, h, format)
		if err != nil {
			return c, err
		}
		var b bytes.Buffer
		if _, err := wt.WriteTo(&b); err != nil {
			return c, err
		}
		if format == "svg" {
			c.SVG = b.Bytes()
		} else {
			c.PNG = b.Bytes()
		}
	}
	return c, nil
}
