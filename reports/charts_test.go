package reports

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"math"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/groundwork-qda/groundwork/analysis"
)

// layoutCanvas is a vg.Canvas that draws nothing: it records where each
// string and each shape would land on the page, so that a test can find
// text beyond the canvas, text on text, and legends on the data.
type layoutCanvas struct {
	w, h   vg.Length
	m      affine
	stack  []affine
	texts  []placed
	shapes []vg.Rectangle
}

// placed is a string drawn on the canvas: its full box (ascent to
// descent) and its ink box (cap height to descender, where glyphs are).
type placed struct {
	text     string
	box, ink vg.Rectangle
}

// affine maps (x, y) to (a·x + c·y + e, b·x + d·y + f).
type affine struct{ a, b, c, d, e, f float64 }

var identity = affine{a: 1, d: 1}

func (m affine) apply(p vg.Point) vg.Point {
	x, y := float64(p.X), float64(p.Y)
	return vg.Point{X: vg.Length(m.a*x + m.c*y + m.e), Y: vg.Length(m.b*x + m.d*y + m.f)}
}

// then is m followed, in local coordinates, by n.
func (m affine) then(n affine) affine {
	return affine{
		a: m.a*n.a + m.c*n.b, b: m.b*n.a + m.d*n.b,
		c: m.a*n.c + m.c*n.d, d: m.b*n.c + m.d*n.d,
		e: m.a*n.e + m.c*n.f + m.e, f: m.b*n.e + m.d*n.f + m.f,
	}
}

func newLayoutCanvas(w, h vg.Length) *layoutCanvas { return &layoutCanvas{w: w, h: h, m: identity} }

func (c *layoutCanvas) Size() (vg.Length, vg.Length)       { return c.w, c.h }
func (c *layoutCanvas) SetLineWidth(vg.Length)             {}
func (c *layoutCanvas) SetLineDash([]vg.Length, vg.Length) {}
func (c *layoutCanvas) SetColor(color.Color)               {}
func (c *layoutCanvas) Push()                              { c.stack = append(c.stack, c.m) }
func (c *layoutCanvas) Pop() {
	c.m = c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
}
func (c *layoutCanvas) Rotate(rad float64) {
	s, k := math.Sincos(rad)
	c.m = c.m.then(affine{a: k, b: s, c: -s, d: k})
}
func (c *layoutCanvas) Translate(p vg.Point) {
	c.m = c.m.then(affine{a: 1, d: 1, e: float64(p.X), f: float64(p.Y)})
}
func (c *layoutCanvas) Scale(x, y float64) { c.m = c.m.then(affine{a: x, d: y}) }
func (c *layoutCanvas) Stroke(p vg.Path)   { c.shape(p) }
func (c *layoutCanvas) Fill(p vg.Path)     { c.shape(p) }
func (c *layoutCanvas) DrawImage(r vg.Rectangle, _ image.Image) {
	c.shapes = append(c.shapes, c.bounds(r.Min, r.Max, vg.Point{X: r.Min.X, Y: r.Max.Y}, vg.Point{X: r.Max.X, Y: r.Min.Y}))
}

func (c *layoutCanvas) shape(p vg.Path) {
	var pts []vg.Point
	for _, comp := range p {
		if comp.Type == vg.ArcComp {
			pts = append(pts, comp.Pos.Add(vg.Point{X: -comp.Radius, Y: -comp.Radius}), comp.Pos.Add(vg.Point{X: comp.Radius, Y: comp.Radius}))
			continue
		}
		if comp.Type != vg.CloseComp {
			pts = append(pts, comp.Pos)
		}
	}
	if len(pts) > 0 {
		c.shapes = append(c.shapes, c.bounds(pts...))
	}
}

func (c *layoutCanvas) FillString(f font.Face, p vg.Point, s string) {
	e := f.Extents()
	w := f.Width(s)
	size := f.Font.Size
	box := c.bounds(p.Add(vg.Point{Y: -e.Descent}), p.Add(vg.Point{X: w, Y: e.Ascent}), p.Add(vg.Point{X: w, Y: -e.Descent}), p.Add(vg.Point{Y: e.Ascent}))
	ink := c.bounds(p.Add(vg.Point{Y: -0.2 * size}), p.Add(vg.Point{X: w, Y: 0.72 * size}), p.Add(vg.Point{X: w, Y: -0.2 * size}), p.Add(vg.Point{Y: 0.72 * size}))
	c.texts = append(c.texts, placed{s, box, ink})
}

// bounds is the page rectangle holding the local points.
func (c *layoutCanvas) bounds(pts ...vg.Point) vg.Rectangle {
	r := vg.Rectangle{Min: vg.Point{X: vg.Length(math.Inf(1)), Y: vg.Length(math.Inf(1))}, Max: vg.Point{X: vg.Length(math.Inf(-1)), Y: vg.Length(math.Inf(-1))}}
	for _, p := range pts {
		q := c.m.apply(p)
		r.Min.X, r.Min.Y = min(r.Min.X, q.X), min(r.Min.Y, q.Y)
		r.Max.X, r.Max.Y = max(r.Max.X, q.X), max(r.Max.Y, q.Y)
	}
	return r
}

func intersects(a, b vg.Rectangle, margin vg.Length) bool {
	return a.Min.X+margin < b.Max.X && b.Min.X+margin < a.Max.X && a.Min.Y+margin < b.Max.Y && b.Min.Y+margin < a.Max.Y
}

func inside(a, b vg.Rectangle, slack vg.Length) bool {
	return a.Min.X >= b.Min.X-slack && a.Max.X <= b.Max.X+slack && a.Min.Y >= b.Min.Y-slack && a.Max.Y <= b.Max.Y+slack
}

// layoutProblems draws a figure on a layoutCanvas and lists what a reader
// would see wrong: text or marks beyond the canvas, text on text, a legend
// on the data.
func layoutProblems(f figure) []string {
	c := newLayoutCanvas(f.w, f.h)
	lay := f.draw(draw.New(c))
	page := vg.Rectangle{Max: vg.Point{X: f.w, Y: f.h}}
	var out []string
	for _, t := range c.texts {
		if !inside(t.box, page, 0.01) {
			out = append(out, fmt.Sprintf("%s: %q runs beyond the canvas (%v, page %v)", f.name, t.text, t.box, page.Max))
		}
	}
	for _, s := range c.shapes {
		if !inside(s, page, 1) {
			out = append(out, fmt.Sprintf("%s: a mark runs beyond the canvas (%v)", f.name, s))
		}
	}
	for i, a := range c.texts {
		for _, b := range c.texts[i+1:] {
			if intersects(a.ink, b.ink, 0.3) {
				out = append(out, fmt.Sprintf("%s: %q overlaps %q", f.name, a.text, b.text))
			}
		}
	}
	for _, l := range lay.legends {
		for _, d := range lay.data {
			if intersects(l, d, 0) {
				out = append(out, fmt.Sprintf("%s: a legend (%v) lies on the data (%v)", f.name, l, d))
			}
		}
		for _, t := range c.texts {
			centre := vg.Point{X: (t.box.Min.X + t.box.Max.X) / 2, Y: (t.box.Min.Y + t.box.Max.Y) / 2}
			if inside(vg.Rectangle{Min: centre, Max: centre}, l, 0) && !inside(t.ink, l, 0.5) {
				out = append(out, fmt.Sprintf("%s: legend text %q spills out of its legend", f.name, t.text))
			}
		}
	}
	if len(lay.data) == 0 {
		out = append(out, f.name+": the figure says nothing about where its data are")
	}
	return out
}

// checkFigures fails the test on any layout problem of the report's figures.
func checkFigures(t *testing.T, r *Report) {
	t.Helper()
	figs := chartFigures(r, r.Saturation)
	if len(figs) != 3 {
		t.Fatalf("%d figures, want the heatmap, roles and saturation", len(figs))
	}
	for _, f := range figs {
		if f.w > figureWidth || f.h > figureMaxHeight {
			t.Errorf("%s is %.0f × %.0f mm, more than a journal's page width or text height", f.name, f.w.Points()/vg.Millimeter.Points(), f.h.Points()/vg.Millimeter.Points())
		}
		for _, p := range layoutProblems(f) {
			t.Error(p)
		}
	}
}

// TestLayoutCheckCatchesOverlaps draws a figure the way the report used to
// (gonum's legend inside the axes, over the bars, and a long label at the
// edge) and checks that the layout check objects.
func TestLayoutCheckCatchesOverlaps(t *testing.T) {
	old := figure{name: "old roles", w: 4 * vg.Inch, h: 3 * vg.Inch, draw: func(c draw.Canvas) figLayout {
		p := plot.New()
		bars, err := plotter.NewBarChart(plotter.Values{0.9, 1, 0.8}, vg.Points(20))
		if err != nil {
			t.Fatal(err)
		}
		p.Add(bars)
		p.Legend.Top = true
		p.Legend.Add("Maintaining relationship boundaries", bars)
		p.NominalX("caregiver", "peer supporter", "programme leader with a long title")
		p.Draw(c)
		data := p.DataCanvas(c).Rectangle
		return figLayout{data: []vg.Rectangle{data}, legends: []vg.Rectangle{p.Legend.Rectangle(draw.Crop(c, 0, 0, 0, 0))}}
	}}
	problems := strings.Join(layoutProblems(old), "\n")
	for _, want := range []string{"lies on the data", "runs beyond the canvas"} {
		if !strings.Contains(problems, want) {
			t.Errorf("the layout check does not see %q in the old figure; it says:\n%s", want, problems)
		}
	}
}

// TestFiguresForLongNamesAndManyCodes lays out the figures of a study with
// long programme names and 30 codes.
func TestFiguresForLongNamesAndManyCodes(t *testing.T) {
	r := mustBuild(t, "Long names", longNamesStudy(t), Options{NoCharts: true})
	checkFigures(t, r)
	for _, c := range mustCharts(t, r) {
		if dpi := pngDPI(c.PNG); dpi != ChartDPI {
			t.Errorf("%s.png records %d dpi, want %d", c.Name, dpi, ChartDPI)
		}
	}
}

func mustCharts(t *testing.T, r *Report) []Chart {
	t.Helper()
	charts, err := Charts(r, r.Saturation)
	if err != nil {
		t.Fatal(err)
	}
	return charts
}

// longNamesStudy is a study of eight programmes with long names, five roles
// and a codebook of 30 codes (6 families of 4), every code applied
// somewhere by a person.
func longNamesStudy(t *testing.T) *analysis.Dataset {
	t.Helper()
	var cb strings.Builder
	cb.WriteString("name: Thirty codes\nversion: \"1\"\ncodes:\n")
	var leaves []string
	for f := range 6 {
		fmt.Fprintf(&cb, "  - id: family%d\n    label: A family of codes with a label long enough to wrap, number %d\n    definition: Family %d.\n    children:\n", f, f, f)
		for c := range 4 {
			id := fmt.Sprintf("family%d.code%d", f, c)
			leaves = append(leaves, id)
			fmt.Fprintf(&cb, "      - id: %s\n        label: Code %d of family %d, whose label is as long as a real one\n        definition: A code.\n", id, c, f)
		}
	}
	programmes := []string{
		"Community Peer Navigation Programme for Older Adults in Rural Northumberland",
		"Young Carers Together", "Stroke Survivors' Peer Mentoring Network (North West)",
		"Perinatal Mental Health Peer Support — Birmingham and Solihull", "Kidney Buddies",
		"HIV Peer Support and Navigation Service for Newly Diagnosed People", "Parkinson's Peer Partners", "Deaf Mental Health Peer Support Service"}
	roles := []string{"patient", "caregiver", "peer supporter", "programme leader", "clinician or allied health professional"}
	var docs []testDoc
	n := 0
	for i, p := range programmes {
		for j := range 5 {
			text := "We talked about everything, honestly, week after week, and it helped."
			codes := map[string]string{}
			for k := range 3 {
				codes[leaves[(i*5+j*3+k*7)%len(leaves)]] = text
			}
			n++
			docs = append(docs, testDoc{id: fmt.Sprintf("d%02d", n), programme: p, role: roles[(i+j)%len(roles)], text: text, codes: codes})
		}
	}
	return fixtureWith(t, cb.String(), docs)
}

// pngDPI reads the resolution a PNG records (its pHYs chunk); 0 when none.
func pngDPI(png []byte) int {
	for i := 8; i+8 <= len(png); {
		n := int(binary.BigEndian.Uint32(png[i:]))
		typ := string(png[i+4 : i+8])
		if typ == "pHYs" && n == 9 && i+8+9 <= len(png) && png[i+16] == 1 {
			ppm := binary.BigEndian.Uint32(png[i+8:])
			return int(math.Round(float64(ppm) * 0.0254))
		}
		i += 12 + n
	}
	return 0
}

func TestChartsAreDeterministic(t *testing.T) {
	a := mustBuild(t, "x", smallStudy(t), Options{})
	b := mustBuild(t, "x", smallStudy(t), Options{})
	if len(a.Charts) != 3 {
		t.Fatalf("charts = %d, want heatmap, roles and saturation", len(a.Charts))
	}
	for i := range a.Charts {
		if !bytes.Equal(a.Charts[i].SVG, b.Charts[i].SVG) || !bytes.Equal(a.Charts[i].PNG, b.Charts[i].PNG) {
			t.Errorf("chart %s differs between two builds of the same report", a.Charts[i].Name)
		}
		if !bytes.HasPrefix(a.Charts[i].PNG, []byte("\x89PNG")) || !bytes.Contains(a.Charts[i].SVG, []byte("<svg")) {
			t.Errorf("chart %s is not a PNG and an SVG", a.Charts[i].Name)
		}
	}
}

// The saturation curve is drawn through its corners only: every point
// left out lies on the line between the corners beside it.
func TestStepCorners(t *testing.T) {
	for _, c := range []struct {
		points []int
		want   plotter.XYs
	}{
		{nil, nil},
		{[]int{3}, plotter.XYs{{X: 1, Y: 3}}},
		{[]int{1, 1, 1, 2, 2, 3}, plotter.XYs{{X: 1, Y: 1}, {X: 3, Y: 1}, {X: 4, Y: 2}, {X: 5, Y: 2}, {X: 6, Y: 3}}},
		{[]int{1, 2, 3}, plotter.XYs{{X: 1, Y: 1}, {X: 2, Y: 2}, {X: 3, Y: 3}}},
		{[]int{5, 5, 5, 5}, plotter.XYs{{X: 1, Y: 5}, {X: 4, Y: 5}}},
	} {
		if got := stepCorners(c.points); !slices.Equal(got, c.want) {
			t.Errorf("stepCorners(%v) = %v, want %v", c.points, got, c.want)
		}
	}
}
