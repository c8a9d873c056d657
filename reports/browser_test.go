package reports

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"
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
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

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

func TestXLSXWorkbook(t *testing.T) {
	r := mustBuild(t, "x", smallStudy(t), Options{})
	var b bytes.Buffer
	if err := WriteXLSX(&b, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "Overview,Relationship boundaries,Organisational responses,Statistics" {
		t.Errorf("sheets = %s", got)
	}
	v, _ := f.GetCellValue("Relationship boundaries", "D2")
	if !strings.HasPrefix(v, "100% (2/2)\n“") {
		t.Errorf("HeartMates personal contact cell = %q, want the prevalence and a typical quote", v)
	}
}
