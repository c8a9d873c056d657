package workbench

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reports"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts headless Chromium for a test, or skips the test when
// there is none.
func browser(t *testing.T) context.Context { return browserFor(t, 60*time.Second) }

// browserFor starts Chromium for a test that may take up to d.
func browserFor(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("no Chromium at %s", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.WindowSize(1400, 1000),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, d)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

// selectText selects the first occurrence of target in the text of turn
// seq, as a person dragging the mouse would, and lets go of the mouse.
const selectText = `((seq, target) => {
	const tt = document.querySelector('#t' + seq + ' .tt');
	const i = tt.textContent.indexOf(target);
	if (i < 0) return 'not found';
	const locate = (off) => {
		const w = document.createTreeWalker(tt, NodeFilter.SHOW_TEXT);
		let n, acc = 0;
		while ((n = w.nextNode())) {
			if (acc + n.length >= off) return [n, off - acc];
			acc += n.length;
		}
	};
	const [sn, so] = locate(i), [en, eo] = locate(i + target.length);
	const r = document.createRange();
	r.setStart(sn, so);
	r.setEnd(en, eo);
	const sel = window.getSelection();
	sel.removeAllRanges();
	sel.addRange(r);
	tt.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
	return 'ok';
})`

// TestBrowserCodingAndReview drives the workbench in Chromium over the demo
// study: choose a coder, select a passage with accents and an emoji, code
// it with the picker, reload and see the highlight, find the coding with
// the right quote in the codings export, then accept a suggestion with the
// keyboard.
func TestBrowserCodingAndReview(t *testing.T) {
	ctx := browser(t)
	started := time.Now()
	proj, st := demoProject(t)
	f := serve(t, proj, "")
	t.Logf("demo project ready in %s", time.Since(started).Round(time.Millisecond))

	const quote = "très bon 😀 and the naïve peer"
	run := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("evaluating %.60s: %v", js, err)
		}
		return v
	}

	// First visit: the workbench asks who is coding.
	run("choosing a coder", chooseCoder(f.ts.URL, "Zoë")...)
	if got := eval(`document.getElementById('coder-name').textContent`); got != "Zoë" {
		t.Fatalf("coding as %q", got)
	}

	// Select the passage and code it through the picker.
	if got := eval(selectText + `(2, ` + strconv.Quote(quote) + `)`); got != "ok" {
		t.Fatalf("selecting: %s", got)
	}
	run("picking a code", pickingCode("psychosocial", "benefits.psychosocial")...)
	if got := eval(`document.querySelector('#picker li.active .def').textContent`); got == "" {
		t.Error("the picker does not show the code's definition")
	}
	run("applying the code",
		chromedp.SendKeys(chromedp.ID("picker-filter"), kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`#t2 li.chip[data-coder="Zoë"][data-code="benefits.psychosocial"]`)),
	)

	// After a reload the passage is highlighted in the code's colour.
	run("reloading", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#t2 li.chip[data-coder="Zoë"]`)))
	highlighted := eval(`(() => {
		const id = document.querySelector('#t2 li.chip[data-coder="Zoë"]').dataset.id;
		return [...document.querySelectorAll('.h[data-id="' + id + '"]')].map(e => e.textContent).join('');
	})()`)
	if highlighted != quote {
		t.Errorf("highlighted %q, want %q", highlighted, quote)
	}
	colour := eval(`getComputedStyle(document.querySelector('#t2 .h')).borderBottomColor`)
	if colour == "" || colour == "rgb(117, 117, 117)" {
		t.Errorf("the highlight is not in the code's colour: %q", colour)
	}

	// The codings export has the coding, with rune offsets and the quote.
	cb, err := codebook.Load(proj.CodebookPath())
	if err != nil {
		t.Fatal(err)
	}
	ds, err := analysis.Load(context.Background(), st, cb, analysis.Selection{Coders: []string{"Zoë"}})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := reports.WriteCodings(context.Background(), &buf, ds, "csv"); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := st.Document(context.Background(), "acc-01")
	rs, re := runeSpan(t, doc.Text, quote)
	// document, programme, role, speaker, start, end, code, coder, status, rule, confidence, quote
	want := []string{"acc-01", "HeartMates", "patient", "Participant", strconv.Itoa(rs), strconv.Itoa(re), "benefits.psychosocial", "Zoë", "accepted", "", "", quote}
	if len(rows) != 2 || len(rows[1]) != len(want) {
		t.Fatalf("export = %q", rows)
	}
	for i := range want {
		if rows[1][i] != want[i] {
			t.Errorf("export column %s = %q, want %q", rows[0][i], rows[1][i], want[i])
		}
	}

	// Review: accept the first suggestion with the keyboard.
	run("opening the queue",
		chromedp.Navigate(f.ts.URL+"/suggestions"),
		chromedp.WaitVisible(chromedp.ID("suggestion")),
		chromedp.WaitReady(chromedp.CSS(`body[data-ready="1"]`)),
	)
	first := eval(`document.getElementById('suggestion').dataset.id`)
	left := eval(`document.getElementById('left').textContent`)
	run("accepting with a", chromedp.KeyEvent("a"), chromedp.WaitVisible(chromedp.CSS(`#suggestion:not([data-id="`+first+`"])`)))
	if now := eval(`document.getElementById('left').textContent`); now == left {
		t.Errorf("suggestions left stayed at %s", now)
	}
	id, _ := strconv.ParseInt(first, 10, 64)
	sug, err := st.Coding(context.Background(), id)
	if err != nil || sug.Status != corpus.StatusAccepted {
		t.Fatalf("suggestion %d after accepting: %+v, %v", id, sug, err)
	}
	mine, err := st.Codings(context.Background(), corpus.CodingFilter{Coders: []string{"Zoë"}, DocIDs: []string{sug.DocID}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range mine {
		found = found || c.Start == sug.Start && c.End == sug.End && c.Code == sug.Code
	}
	if !found {
		t.Error("accepting did not make Zoë's coding")
	}
	t.Logf("browser test took %s", time.Since(started).Round(time.Millisecond))
}

// chooseCoder opens acc-01's transcript on the workbench at base, where
// the workbench first asks who is coding, answers name, and waits for the
// transcript the coder page leads back to.
func chooseCoder(base, name string) []chromedp.Action[chromedp.Void] {
	return []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(base + "/doc/acc-01"),
		chromedp.WaitVisible(chromedp.ID("coder-input")),
		chromedp.SendKeys(chromedp.ID("coder-input"), name),
		chromedp.Submit(chromedp.ID("coder-input")),
		chromedp.WaitVisible(chromedp.ID("transcript")),
		chromedp.WaitReady(chromedp.CSS(`body[data-ready="1"]`)),
	}
}

// typingInPicker waits for the code picker to open on a selection and
// types words into its filter.
func typingInPicker(words string) []chromedp.Action[chromedp.Void] {
	return []chromedp.Action[chromedp.Void]{
		chromedp.WaitVisible(chromedp.ID("picker-filter")),
		chromedp.SendKeys(chromedp.ID("picker-filter"), words),
	}
}

// pickingCode types words into the picker and waits for them to
// highlight code, which Enter then applies.
func pickingCode(words, code string) []chromedp.Action[chromedp.Void] {
	return append(typingInPicker(words),
		chromedp.WaitVisible(chromedp.CSS(`#picker li.pick.active[data-code="`+code+`"]`)))
}

// namingNewCode types name, which no code matches, into the picker, takes
// "New code…" with Enter, and waits for field of the new code's form.
func namingNewCode(name, field string) []chromedp.Action[chromedp.Void] {
	return append(typingInPicker(name),
		chromedp.WaitVisible(chromedp.CSS(`#pick-new.active`)), chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.ID(field)))
}
