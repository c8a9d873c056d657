package reports

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/color/palette"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium returns the path of Debian's chromium, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("chromium is not installed (apt-get install chromium)")
	return ""
}

// newBrowser starts headless Chromium for a test, with a tab whose actions
// time out after a minute.
func newBrowser(t *testing.T, exe string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

var screenshots = flag.Bool("screenshots", false, "write the demo report's screenshots into ../docs")

// maxPrintedPages is the most A4 pages the demo report may print to.
const maxPrintedPages = 25

// TestDemoReportPrints prints the demo's report.html to A4 in headless
// Chromium: the code sections fold, so it takes at most maxPrintedPages
// pages. With -screenshots it writes docs/report-screen.png (1366 px wide)
// and docs/report-print.png (the first printed page, in print emulation),
// which the README shows.
func TestDemoReportPrints(t *testing.T) {
	exe := chromium(t)
	r, ds := demoReport(t)
	dir := t.TempDir()
	if _, err := Write(context.Background(), dir, r, ds, []string{"html"}); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t, exe)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1366, 900), chromedp.Navigate("file://"+filepath.Join(dir, "report.html")), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`Array.from(document.images).every(i => i.complete)`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatal(err)
	}
	if *screenshots {
		writeScreenshot(t, ctx, "report-screen.png")
	}
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()))
	if err != nil {
		t.Fatal(err)
	}
	pages := len(pdfPage.FindAll(pdf, -1))
	t.Logf("report.html of the demo prints to %d A4 pages", pages)
	if pages == 0 || pages > maxPrintedPages {
		t.Errorf("the demo report prints to %d A4 pages, want 1 to %d", pages, maxPrintedPages)
	}
	if *screenshots {
		media := chromedp.Action[chromedp.Void](func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
			return chromedp.Void{}, err
		})
		// An A4 page is 794 × 1123 CSS pixels; less its margins, 690 wide.
		if err := chromedp.Do(ctx, media, chromedp.EmulateViewport(690, 1010)); err != nil {
			t.Fatal(err)
		}
		writeScreenshot(t, ctx, "report-print.png")
	}
}

// pdfPage matches a page object of a PDF (not the page tree).
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// writeScreenshot writes what the tab shows into ../docs/name, in at most
// 256 colours to keep the file small.
func writeScreenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	pal := image.NewPaletted(img.Bounds(), palette.Plan9)
	draw.Draw(pal, pal.Bounds(), img, image.Point{}, draw.Src)
	var b bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&b, pal); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", name), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestReportRendersInBrowser opens report.html in headless Chromium and fails
// on a console error or an image that does not load.
func TestReportRendersInBrowser(t *testing.T) {
	exe := chromium(t)
	ds := smallStudy(t)
	r := mustBuild(t, "Browser study", ds, Options{})
	if len(r.Charts) == 0 {
		t.Fatal("the report has no charts")
	}
	dir := t.TempDir()
	if _, err := Write(context.Background(), dir, r, ds, []string{"html"}); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t, exe)

	// Start the tab, then listen before loading the report.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var problems []string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == "error" {
				problems = append(problems, "console error")
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				problems = append(problems, "log error: "+e.Entry.Text)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+filepath.Join(dir, "report.html")), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`Array.from(document.images).every(i => i.complete)`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatal(err)
	}
	images, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.images.length`))
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.images).filter(i => i.naturalWidth > 0).length`))
	if err != nil {
		t.Fatal(err)
	}
	if title != "Browser study" {
		t.Errorf("title = %q", title)
	}
	if images != len(r.Charts) || loaded != images {
		t.Errorf("%d of %d images loaded; the report has %d charts", loaded, images, len(r.Charts))
	}
	mu.Lock()
	defer mu.Unlock()
	if len(problems) > 0 {
		t.Errorf("the browser reported: %s", strings.Join(problems, "; "))
	}
}
