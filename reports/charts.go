package reports

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image/color"
	"image/png"
	"math"
	"strings"
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/analysis/stats"
)

// Chart is one figure of the report, rendered as SVG (inlined in
// report.html and written beside it) and as PNG at 300 dpi, sized for a
// journal's two-column width.
type Chart struct {
	Name     string  `json:"name"` // file name without extension
	Title    string  `json:"title"`
	Caption  string  `json:"caption"`
	WidthMM  float64 `json:"width_mm"`
	HeightMM float64 `json:"height_mm"`
	DPI      int     `json:"dpi"`
	SVG      []byte  `json:"-"`
	PNG      []byte  `json:"-"`
}

// ChartDPI is the resolution of the PNG figures, recorded in each file.
const ChartDPI = 300

// The figures are sized for print: a journal's full (two-column) width is
// about 178 mm, and no figure is taller than a page's text.
const (
	figureWidth     = 7 * vg.Inch
	figureMaxHeight = 9 * vg.Inch
	fontSize        = 8.0 // points, the size journals ask for at print size
)

// figure is a chart before it is rendered: its size and how to draw it.
// draw returns where it put the data and the legends, so that a test can
// check the two never overlap.
type figure struct {
	name, title, caption string
	w, h                 vg.Length
	draw                 func(c draw.Canvas) figLayout
}

// figLayout is where a figure drew its data and its legends.
type figLayout struct {
	data, legends []vg.Rectangle
}

// okabeIto is the Okabe–Ito palette (Okabe and Ito 2008), distinct for
// readers with any common colour-vision deficiency; black last.
var okabeIto = []color.RGBA{
	{0xE6, 0x9F, 0x00, 0xFF}, // orange
	{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	{0xF0, 0xE4, 0x42, 0xFF}, // yellow
	{0x00, 0x72, 0xB2, 0xFF}, // blue
	{0xD5, 0x5E, 0x00, 0xFF}, // vermillion
	{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	{0x00, 0x00, 0x00, 0xFF}, // black
}

// seriesColour is the i-th of n series' colour: Okabe–Ito's seven colours
// (black is kept for totals), then viridis steps for more series than that
// (dashes tell those apart too).
func seriesColour(i, n int) color.Color {
	if n < len(okabeIto) {
		return okabeIto[i]
	}
	return viridis(0.92 * float64(i) / float64(n-1)) // the palest yellow is lost on white
}

// viridisStops samples matplotlib's viridis colour map (van der Walt and
// Smith), perceptually uniform and readable in grey and by colour-blind
// readers.
var viridisStops = []color.RGBA{
	{68, 1, 84, 255}, {72, 40, 120, 255}, {62, 74, 137, 255}, {49, 104, 142, 255}, {38, 130, 142, 255},
	{31, 158, 137, 255}, {53, 183, 121, 255}, {109, 205, 89, 255}, {180, 222, 44, 255}, {253, 231, 37, 255},
}

// viridis maps t in [0, 1] to the colour map.
func viridis(t float64) color.Color {
	t = math.Max(0, math.Min(1, t))
	x := t * float64(len(viridisStops)-1)
	i := int(x)
	if i >= len(viridisStops)-1 {
		return viridisStops[len(viridisStops)-1]
	}
	f := x - float64(i)
	a, b := viridisStops[i], viridisStops[i+1]
	mix := func(p, q uint8) uint8 { return uint8(math.Round(float64(p) + f*(float64(q)-float64(p)))) }
	return color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 255}
}

// ink is the colour of text on a viridis cell: white on the dark half.
func ink(t float64) color.Color {
	if t < 0.55 {
		return color.White
	}
	return color.Black
}

func textStyle(size float64) text.Style {
	return text.Style{Color: color.Black, Font: font.From(font.Font{Variant: "Sans"}, vg.Points(size)), Handler: plot.DefaultTextHandler}
}

// Charts renders the report's figures. The output is deterministic: the
// same report gives byte-identical files. A figure that cannot be drawn is
// left out, and the error says which and why; the others are returned.
func Charts(r *Report, sat *analysis.Saturation) ([]Chart, error) {
	figures := chartFigures(r, sat)
	charts := make([]Chart, len(figures))
	errs := make([]error, len(figures))
	// Rasterising at 300 dpi takes most of the time: the figures are drawn
	// side by side, each on its own canvas.
	var wg sync.WaitGroup
	for i, f := range figures {
		wg.Go(func() {
			charts[i], errs[i] = drawSafely(func() (Chart, error) { return render(f) })
			if errs[i] != nil {
				errs[i] = fmt.Errorf("%s: %w", f.title, errs[i])
			}
		})
	}
	wg.Wait()
	var out []Chart
	for i := range charts {
		if errs[i] == nil {
			out = append(out, charts[i])
		}
	}
	return out, errors.Join(errs...)
}

// chartFigures lists the figures the report's data allow.
func chartFigures(r *Report, sat *analysis.Saturation) []figure {
	if r.Empty {
		return nil
	}
	var out []figure
	if len(leafCodes(r)) > 0 && len(r.Matrix) > 0 {
		out = append(out, heatmapFigure(r))
	}
	if len(r.Overview.Roles) > 0 && len(r.Families) > 0 {
		out = append(out, rolesFigure(r))
	}
	if sat != nil && len(sat.Overall.Curve) > 0 {
		out = append(out, saturationFigure(sat))
	}
	return out
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

// leafCodes are the codes the heatmap shows: every code below a family.
func leafCodes(r *Report) []CodeSection {
	var out []CodeSection
	for _, c := range r.Codes {
		if c.Depth > 0 {
			out = append(out, c)
		}
	}
	return out
}

// render draws a figure as SVG and as PNG at ChartDPI, with the
// resolution recorded in the PNG.
func render(f figure) (Chart, error) {
	c := Chart{Name: f.name, Title: f.title, Caption: f.caption, DPI: ChartDPI,
		WidthMM: math.Round(f.w.Points()/vg.Millimeter.Points()*10) / 10, HeightMM: math.Round(f.h.Points()/vg.Millimeter.Points()*10) / 10}
	svg := vgsvg.New(f.w, f.h)
	f.draw(draw.New(svg))
	var b bytes.Buffer
	if _, err := svg.WriteTo(&b); err != nil {
		return c, err
	}
	c.SVG = b.Bytes()
	img := vgimg.NewWith(vgimg.UseWH(f.w, f.h), vgimg.UseDPI(ChartDPI), vgimg.UseBackgroundColor(color.White))
	f.draw(draw.New(img))
	// The figures are flat colour: the fastest compression is within a few
	// per cent of the best, at a fraction of the time.
	var p bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&p, img.Image()); err != nil {
		return c, err
	}
	png, err := withDPI(p.Bytes(), ChartDPI)
	if err != nil {
		return c, err
	}
	c.PNG = png
	return c, nil
}

// withDPI records a resolution in a PNG: a pHYs chunk (pixels per metre)
// after IHDR, which Go's encoder does not write.
func withDPI(png []byte, dpi int) ([]byte, error) {
	const sig, ihdr = 8, 4 + 4 + 13 + 4 // signature; IHDR chunk: length, type, data, CRC
	if len(png) < sig+ihdr || string(png[12:16]) != "IHDR" {
		return nil, errors.New("the PNG encoder wrote no IHDR chunk first")
	}
	ppm := uint32(math.Round(float64(dpi) / 0.0254))
	chunk := make([]byte, 4+4+9+4)
	binary.BigEndian.PutUint32(chunk[0:], 9)
	copy(chunk[4:], "pHYs")
	binary.BigEndian.PutUint32(chunk[8:], ppm)
	binary.BigEndian.PutUint32(chunk[12:], ppm)
	chunk[16] = 1 // unit: metre
	binary.BigEndian.PutUint32(chunk[17:], crc32.ChecksumIEEE(chunk[4:17]))
	out := make([]byte, 0, len(png)+len(chunk))
	out = append(out, png[:sig+ihdr]...)
	out = append(out, chunk...)
	return append(out, png[sig+ihdr:]...), nil
}

// wrap breaks s into lines no wider than width in sty (a word wider than
// that stays whole on its own line).
func wrap(s string, sty text.Style, width vg.Length) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && sty.Width(try) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// widest is the width of the widest line of any of texts.
func widest(sty text.Style, texts ...string) vg.Length {
	var w vg.Length
	for _, t := range texts {
		for _, l := range strings.Split(t, "\n") {
			w = max(w, sty.Width(l))
		}
	}
	return w
}

// legendEntry is one entry of a legend drawn beside the data.
type legendEntry struct {
	label string
	thumb func(c draw.Canvas, r vg.Rectangle)
}

const (
	legendThumb = 16.0 // points
	legendGap   = 4.0
	legendWrap  = 110.0 // points of text per line
)

// legendSize is the room a legend of entries needs.
func legendSize(entries []legendEntry) (w, h vg.Length) {
	sty := textStyle(fontSize)
	for _, e := range entries {
		t := wrap(e.label, sty, vg.Points(legendWrap))
		w = max(w, vg.Points(legendThumb+legendGap)+widest(sty, t))
		h += sty.Height(t) + vg.Points(legendGap)
	}
	return w, h
}

// drawLegend draws entries top-down from the top left of r.
func drawLegend(c draw.Canvas, r vg.Rectangle, entries []legendEntry) {
	sty := textStyle(fontSize)
	sty.YAlign = draw.YTop
	y := r.Max.Y
	for _, e := range entries {
		t := wrap(e.label, sty, vg.Points(legendWrap))
		h := sty.Height(t)
		lineH := sty.Height("X")
		e.thumb(c, vg.Rectangle{Min: vg.Point{X: r.Min.X, Y: y - lineH}, Max: vg.Point{X: r.Min.X + vg.Points(legendThumb), Y: y}})
		c.FillText(sty, vg.Point{X: r.Min.X + vg.Points(legendThumb+legendGap), Y: y}, t)
		y -= h + vg.Points(legendGap)
	}
}

func boxThumb(col color.Color) func(c draw.Canvas, r vg.Rectangle) {
	return func(c draw.Canvas, r vg.Rectangle) {
		in := vg.Rectangle{Min: vg.Point{X: r.Min.X + 2, Y: r.Min.Y + 1}, Max: vg.Point{X: r.Max.X - 2, Y: r.Max.Y - 1}}
		c.SetColor(col)
		c.Fill(in.Path())
	}
}

func lineThumb(sty draw.LineStyle) func(c draw.Canvas, r vg.Rectangle) {
	return func(c draw.Canvas, r vg.Rectangle) {
		y := (r.Min.Y + r.Max.Y) / 2
		c.StrokeLine2(sty, r.Min.X, y, r.Max.X, y)
	}
}

// withLegend lays a plot out with its legend to the right of it, outside
// the axes, and returns the figure's layout.
func withLegend(c draw.Canvas, p *plot.Plot, entries []legendEntry) figLayout {
	lw, lh := legendSize(entries)
	gap := vg.Points(12)
	plotC := draw.Crop(c, 0, -(lw + gap), 0, 0)
	p.Draw(plotC)
	data := p.DataCanvas(plotC).Rectangle
	top := min(data.Max.Y, c.Max.Y)
	lr := vg.Rectangle{Min: vg.Point{X: c.Max.X - lw, Y: top - lh}, Max: vg.Point{X: c.Max.X, Y: top}}
	drawLegend(c, lr, entries)
	return figLayout{data: []vg.Rectangle{data}, legends: []vg.Rectangle{lr}}
}

// stylePlot gives a plot the figures' type (keeping the library's
// alignments), axis titles in words and no title (the caption names it).
func stylePlot(p *plot.Plot, xLabel, yLabel string) {
	sans := func(size float64) font.Font { return font.From(font.Font{Variant: "Sans"}, vg.Points(size)) }
	p.X.Label.TextStyle.Font, p.Y.Label.TextStyle.Font = sans(fontSize+1), sans(fontSize+1)
	p.X.Tick.Label.Font, p.Y.Tick.Label.Font = sans(fontSize), sans(fontSize)
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	p.X.Label.Padding, p.Y.Label.Padding = vg.Points(4), vg.Points(4)
}

// figurePadding keeps every mark a little inside the figure's edge.
const figurePadding = 4.0 // points

func inset(c draw.Canvas) draw.Canvas {
	m := vg.Points(figurePadding)
	return draw.Crop(c, m, -m, m, -m)
}

// horizontalGrid is a grid of horizontal lines only, drawn under the data.
func horizontalGrid() *plotter.Grid {
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	g.Horizontal.Color = color.Gray{Y: 215}
	g.Horizontal.Width = vg.Points(0.5)
	return g
}

// heatmapFigure is the framework matrix as a figure: codes as rows (their
// labels read across), programmes as columns, each cell the share of the
// programme's interviews with the code, on the viridis scale. Its height
// follows the codes; with many, the type shrinks to keep it on a page.
func heatmapFigure(r *Report) figure {
	codes := leafCodes(r)
	var h vg.Length
	size := fontSize
	for ; size >= 5.5; size -= 0.5 {
		if h = heatmapHeight(r, codes, size); h <= figureMaxHeight {
			break
		}
	}
	h = min(h, figureMaxHeight)
	f := figure{name: "heatmap", title: "Framework matrix", w: figureWidth, h: h,
		caption: "Share of each programme's interviews in which each code was applied (%), on a colour scale from none (dark) to all (yellow). Codes are grouped by family in the codebook's order."}
	f.draw = func(c draw.Canvas) figLayout {
		return drawHeatmap(inset(c), r, codes, size)
	}
	return f
}

// heatmapLayout is where the heatmap's parts go on a canvas.
type heatmapLayout struct {
	rowLabels, colLabels []string
	vertical             bool // programme names run up the page
	rowH, labelH         vg.Length
	left, right, bottom  vg.Length // the data area's edges, from the canvas's left and bottom
	axisTitle            vg.Length
}

// layOutHeatmap measures the heatmap's labels at a type size for a canvas
// width: row labels wrapped to at most a third of it, programme names
// across their columns when each word fits, up the page otherwise.
func layOutHeatmap(r *Report, codes []CodeSection, size float64, width vg.Length) heatmapLayout {
	sty, title := textStyle(size), textStyle(size+1)
	var l heatmapLayout
	for _, code := range codes {
		l.rowLabels = append(l.rowLabels, wrap(code.Label, sty, width/3))
	}
	l.axisTitle = title.Height("Code") + vg.Points(6)
	l.left = l.axisTitle + widest(sty, l.rowLabels...) + vg.Points(6)
	l.right = width - vg.Points(70) // the colour scale
	colW := (l.right - l.left) / vg.Length(max(1, len(r.Matrix)))
	for _, row := range r.Matrix {
		for _, w := range strings.Fields(orUnknown(row.Programme)) {
			if sty.Width(w) > colW-vg.Points(2) {
				l.vertical = true
			}
		}
	}
	for _, row := range r.Matrix {
		var label string
		if l.vertical {
			label = wrap(orUnknown(row.Programme), sty, vg.Points(130))
			l.labelH = max(l.labelH, widest(sty, label))
		} else {
			label = wrap(orUnknown(row.Programme), sty, colW-vg.Points(2))
			l.labelH = max(l.labelH, sty.Height(label))
		}
		l.colLabels = append(l.colLabels, label)
	}
	l.rowH = vg.Points(size * 1.6)
	for _, lab := range l.rowLabels {
		l.rowH = max(l.rowH, sty.Height(lab)+vg.Points(3))
	}
	l.bottom = title.Height("Programme") + vg.Points(6) + l.labelH + vg.Points(4)
	return l
}

func heatmapHeight(r *Report, codes []CodeSection, size float64) vg.Length {
	m := vg.Points(2 * figurePadding)
	l := layOutHeatmap(r, codes, size, figureWidth-m)
	return l.bottom + l.rowH*vg.Length(len(codes)) + vg.Points(8) + m
}

func drawHeatmap(c draw.Canvas, r *Report, codes []CodeSection, size float64) figLayout {
	sty, title := textStyle(size), textStyle(size+1)
	l := layOutHeatmap(r, codes, size, c.Max.X-c.Min.X)
	left, right := c.Min.X+l.left, c.Min.X+l.right
	bottom, top := c.Min.Y+l.bottom, c.Max.Y-vg.Points(4)
	rowH := (top - bottom) / vg.Length(max(1, len(codes)))
	colW := (right - left) / vg.Length(max(1, len(r.Matrix)))
	data := vg.Rectangle{Min: vg.Point{X: left, Y: bottom}, Max: vg.Point{X: right, Y: top}}
	cellSty := textStyle(size - 1)
	cellSty.XAlign, cellSty.YAlign = draw.XCenter, draw.YCenter
	for i, code := range codes {
		y := top - rowH*vg.Length(i+1)
		for j, row := range r.Matrix {
			v := cellOf(row.Cells, code.ID).Prevalence
			x := left + colW*vg.Length(j)
			cell := vg.Rectangle{Min: vg.Point{X: x, Y: y}, Max: vg.Point{X: x + colW, Y: y + rowH}}
			c.SetColor(viridis(v))
			c.Fill(cell.Path())
			s := cellSty
			s.Color = ink(v)
			c.FillText(s, vg.Point{X: x + colW/2, Y: y + rowH/2}, fmt.Sprintf("%.0f", v*100))
		}
		ls := sty
		ls.XAlign, ls.YAlign = draw.XRight, draw.YCenter
		c.FillText(ls, vg.Point{X: left - vg.Points(4), Y: y + rowH/2}, l.rowLabels[i])
	}
	// White rules between families.
	fam := ""
	for i, code := range codes {
		if code.Family != fam && i > 0 {
			y := top - rowH*vg.Length(i)
			c.StrokeLine2(draw.LineStyle{Color: color.White, Width: vg.Points(1.5)}, left, y, right, y)
		}
		fam = code.Family
	}
	for j, lab := range l.colLabels {
		x := left + colW*vg.Length(j) + colW/2
		ls := sty
		if l.vertical {
			ls.Rotation = math.Pi / 2
			ls.XAlign, ls.YAlign = draw.XRight, draw.YCenter
		} else {
			ls.XAlign, ls.YAlign = draw.XCenter, draw.YTop
		}
		c.FillText(ls, vg.Point{X: x, Y: bottom - vg.Points(3)}, lab)
	}
	xt := title
	xt.XAlign, xt.YAlign = draw.XCenter, draw.YBottom
	c.FillText(xt, vg.Point{X: (left + right) / 2, Y: c.Min.Y + vg.Points(1)}, "Programme")
	yt := title
	yt.Rotation = math.Pi / 2
	yt.XAlign, yt.YAlign = draw.XCenter, draw.YTop
	c.FillText(yt, vg.Point{X: c.Min.X + vg.Points(1), Y: (bottom + top) / 2}, "Code")
	barTop := top - vg.Points(6)
	scale := drawColourScale(c, vg.Rectangle{Min: vg.Point{X: right + vg.Points(22), Y: max(bottom+vg.Points(6), barTop-vg.Points(160))}, Max: vg.Point{X: right + vg.Points(32), Y: barTop}})
	return figLayout{data: []vg.Rectangle{data}, legends: []vg.Rectangle{scale}}
}

// drawColourScale draws the heatmap's colour bar in bar, with ticks at 0,
// 25, 50, 75 and 100% and its title; it returns the room it took.
func drawColourScale(c draw.Canvas, bar vg.Rectangle) vg.Rectangle {
	const steps = 50
	h := bar.Max.Y - bar.Min.Y
	for i := range steps {
		y0 := bar.Min.Y + h*vg.Length(i)/steps
		seg := vg.Rectangle{Min: vg.Point{X: bar.Min.X, Y: y0}, Max: vg.Point{X: bar.Max.X, Y: y0 + h/steps + 0.3}}
		c.SetColor(viridis((float64(i) + 0.5) / steps))
		c.Fill(seg.Path())
	}
	sty := textStyle(fontSize - 1)
	sty.YAlign = draw.YCenter
	used := bar
	for _, t := range []float64{0, 0.25, 0.5, 0.75, 1} {
		y := bar.Min.Y + h*vg.Length(t)
		c.StrokeLine2(draw.LineStyle{Color: color.Black, Width: vg.Points(0.5)}, bar.Max.X, y, bar.Max.X+vg.Points(2), y)
		label := fmt.Sprintf("%.0f%%", t*100)
		c.FillText(sty, vg.Point{X: bar.Max.X + vg.Points(3), Y: y}, label)
		used.Max.X = max(used.Max.X, bar.Max.X+vg.Points(3)+sty.Width(label))
	}
	tsty := textStyle(fontSize - 1)
	tsty.Rotation = math.Pi / 2
	tsty.XAlign, tsty.YAlign = draw.XCenter, draw.YBottom
	c.FillText(tsty, vg.Point{X: bar.Min.X - vg.Points(3), Y: (bar.Min.Y + bar.Max.Y) / 2}, "Share of interviews")
	used.Min.X = bar.Min.X - vg.Points(3) - tsty.Height("S")
	used.Min.Y, used.Max.Y = used.Min.Y-sty.Height("0"), used.Max.Y+sty.Height("0")
	return used
}

// rolesFigure compares each family's share of interviews across roles.
func rolesFigure(r *Report) figure {
	f := figure{name: "roles", title: "Families by role", w: figureWidth, h: 3.2 * vg.Inch,
		caption: "Share of interviews in each role in which a code of each family was applied (%)."}
	f.draw = func(c draw.Canvas) figLayout {
		c = inset(c)
		p := plot.New()
		stylePlot(p, "Role of the person interviewed", "Share of interviews (%)")
		p.Add(horizontalGrid())
		p.Y.Min, p.Y.Max = 0, 100
		p.Y.Tick.Marker = plot.ConstantTicks(percentTicks())
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
		plotC := draw.Crop(c, 0, -(legendWidth(r) + vg.Points(12)), 0, 0)
		groupW := (plotC.Max.X - plotC.Min.X - vg.Points(60)) / vg.Length(max(1, len(roles)))
		width := min(vg.Points(14), groupW*0.8/vg.Length(max(1, len(families))))
		var entries []legendEntry
		for i, f := range families {
			vals := make(plotter.Values, len(roles))
			for j, role := range roles {
				for _, cell := range f.ByRole {
					if orUnknown(cell.Group) == role {
						vals[j] = cell.Prevalence * 100
					}
				}
			}
			bars, err := plotter.NewBarChart(vals, width)
			if err != nil {
				panic(err) // drawSafely turns it into the figure's error
			}
			bars.LineStyle.Width = 0
			col := seriesColour(i, len(families))
			bars.Color = col
			bars.Offset = width * vg.Length(float64(i)-float64(len(families)-1)/2)
			p.Add(bars)
			entries = append(entries, legendEntry{f.Label, boxThumb(col)})
		}
		var names []string
		for _, role := range roles {
			names = append(names, wrap(role, textStyle(fontSize), groupW-vg.Points(4)))
		}
		p.NominalX(names...)
		return withLegend(c, p, entries)
	}
	return f
}

// legendWidth is the room the roles figure's legend takes.
func legendWidth(r *Report) vg.Length {
	var entries []legendEntry
	for _, c := range r.Codes {
		if c.Depth == 0 {
			entries = append(entries, legendEntry{label: c.Label})
		}
	}
	w, _ := legendSize(entries)
	return w
}

func percentTicks() []plot.Tick {
	var out []plot.Tick
	for v := 0; v <= 100; v += 25 {
		out = append(out, plot.Tick{Value: float64(v), Label: fmt.Sprint(v)})
	}
	return out
}

// dashes tell lines apart without colour.
var dashes = [][]vg.Length{nil, {vg.Points(4), vg.Points(2)}, {vg.Points(1.5), vg.Points(1.5)}, {vg.Points(6), vg.Points(2), vg.Points(1.5), vg.Points(2)}}

// saturationFigure draws the cumulative number of codes over the
// interviews people coded, overall and per programme, marking where
// saturation was reached.
func saturationFigure(sat *analysis.Saturation) figure {
	f := figure{name: "saturation", title: "Saturation", w: figureWidth, h: 3.4 * vg.Inch,
		caption: fmt.Sprintf("Distinct codes found as interviews are added in %s order, for all interviews and for each programme; the dotted line marks where saturation was reached (Guest, Namey and Chen 2020).", orderWord(sat.Order))}
	f.draw = func(c draw.Canvas) figLayout {
		c = inset(c)
		p := plot.New()
		stylePlot(p, fmt.Sprintf("Interviews coded, in %s order", orderWord(sat.Order)), "Distinct codes found")
		p.Y.Min = 0
		top := 0
		for _, pt := range sat.Overall.Curve {
			top = max(top, pt.Cumulative)
		}
		p.Y.Max = float64(top) + 1
		p.X.Min, p.X.Max = 0, float64(len(sat.Overall.Curve))+0.5
		p.X.Tick.Marker = integerTicks{}
		p.Y.Tick.Marker = integerTicks{}
		p.Add(horizontalGrid())
		var entries []legendEntry
		add := func(name string, points []int, i, n int) {
			l, err := plotter.NewLine(stepCorners(points))
			if err != nil {
				panic(err) // drawSafely turns it into the figure's error
			}
			if i < 0 {
				l.Color, l.Width = color.Black, vg.Points(2)
			} else {
				l.Color, l.Width = seriesColour(i, n), vg.Points(1.2)
				l.Dashes = dashes[(i+1)%len(dashes)]
			}
			p.Add(l)
			entries = append(entries, legendEntry{name, lineThumb(l.LineStyle)})
		}
		add("All interviews", cumulative(sat.Overall.Curve), -1, 0)
		for i, g := range sat.Groups {
			add(orUnknown(g.Group), cumulative(g.Curve), i, len(sat.Groups))
		}
		if o := sat.Overall; o.Reached {
			x := float64(o.SaturatedAt) + 0.5
			mark, err := plotter.NewLine(plotter.XYs{{X: x, Y: 0}, {X: x, Y: p.Y.Max}})
			if err == nil {
				mark.Color, mark.Width, mark.Dashes = color.Gray{Y: 90}, vg.Points(0.8), []vg.Length{vg.Points(1), vg.Points(2)}
				p.Add(mark)
				entries = append(entries, legendEntry{fmt.Sprintf("Saturation reached after %s", plural(o.SaturatedAt, "interview")), lineThumb(mark.LineStyle)})
			}
		}
		return withLegend(c, p, entries)
	}
	return f
}

// stepCorners returns the points of a curve, the k-th at x = k+1, that its
// line turns at: the first and last of each run of equal values, and the
// ends. The line through them is the line through every point, but a
// curve over 100,000 interviews has a few dozen corners, not 100,000
// vertices for the plot to measure, draw and write.
func stepCorners(points []int) plotter.XYs {
	var xys plotter.XYs
	for k, pt := range points {
		if k == 0 || k == len(points)-1 || pt != points[k-1] || pt != points[k+1] {
			xys = append(xys, plotter.XY{X: float64(k + 1), Y: float64(pt)})
		}
	}
	return xys
}

func cumulative(points []stats.SatPoint) []int {
	out := make([]int, len(points))
	for i, pt := range points {
		out[i] = pt.Cumulative
	}
	return out
}

// integerTicks marks whole numbers, about five of them.
type integerTicks struct{}

// Ticks returns ticks at whole numbers between min and max.
func (integerTicks) Ticks(lo, hi float64) []plot.Tick {
	step := math.Max(1, math.Ceil((hi-lo)/6))
	for _, nice := range []float64{1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000} {
		if nice >= step {
			step = nice
			break
		}
	}
	var out []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi; v += step {
		out = append(out, plot.Tick{Value: v, Label: fmt.Sprint(v)})
	}
	return out
}
