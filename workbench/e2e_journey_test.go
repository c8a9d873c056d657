package workbench

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/internal/textdiff"
)

// blankProject is a project made from the blank template, as `groundwork
// init --template blank` makes it, with two transcripts ingested.
func blankProject(t *testing.T) *corpus.Project {
	t.Helper()
	ctx := context.Background()
	cbYAML, err := codebook.Template("blank")
	if err != nil {
		t.Fatal(err)
	}
	proj, err := corpus.Init(ctx, filepath.Join(t.TempDir(), "study"), "blank", "A new study", cbYAML)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var paths []string
	for name, text := range map[string]string{"acc-01.txt": accentDoc, "od-01.txt": plainDoc} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	st, err := corpus.OpenStore(ctx, proj.StorePath())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := ingest.Ingest(ctx, proj, st, paths, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	return proj
}

// selectAcross selects from the first occurrence of from in turn a to the
// end of the first occurrence of to in turn b, and lets go of the mouse.
const selectAcross = `((a, from, b, to) => {
	const locate = (seq, target, atEnd) => {
		const tt = document.querySelector('#t' + seq + ' .tt');
		let off = tt.textContent.indexOf(target);
		if (off < 0) return null;
		if (atEnd) off += target.length;
		const w = document.createTreeWalker(tt, NodeFilter.SHOW_TEXT);
		let n, acc = 0;
		while ((n = w.nextNode())) {
			if (acc + n.length >= off) return [n, off - acc];
			acc += n.length;
		}
	};
	const s = locate(a, from, false), e = locate(b, to, true);
	if (!s || !e) return 'not found';
	const r = document.createRange();
	r.setStart(s[0], s[1]);
	r.setEnd(e[0], e[1]);
	const sel = window.getSelection();
	sel.removeAllRanges();
	sel.addRange(r);
	document.querySelector('#t' + b + ' .tt').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
	return 'ok';
})`

// journey drives the browser for TestBrowserBlankProjectJourney.
type journey struct {
	t   *testing.T
	ctx context.Context
	f   *fixture
}

func (j *journey) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	j.t.Helper()
	if err := chromedp.Do(j.ctx, actions...); err != nil {
		j.t.Fatalf("%s: %v", what, err)
	}
}

func (j *journey) eval(js string) string {
	j.t.Helper()
	v, err := chromedp.Run(j.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		j.t.Fatalf("evaluating %.80s: %v", js, err)
	}
	return v
}

// reloading runs actions that end in the page reloading (or going to
// another page) with a message, and returns the message.
func (j *journey) reloading(what string, actions ...chromedp.Action[chromedp.Void]) string {
	j.t.Helper()
	j.eval(`window.__old = 'yes'`)
	j.run(what, actions...)
	return j.waitFor(what+": waiting for the page to reload with a message", `(() => {
		if (window.__old || !document.body || document.body.dataset.ready !== '1') return '';
		const f = document.getElementById('flash');
		return f ? f.textContent : '';
	})()`)
}

// waitFor evaluates js until it gives a string that is not empty, across
// page loads (which interrupt an evaluation), for at most 20 seconds.
func (j *journey) waitFor(what, js string) string {
	j.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		v, err := chromedp.Run(j.ctx, chromedp.Evaluate[string](js))
		if err == nil && v != "" {
			return v
		}
		last = err
		time.Sleep(30 * time.Millisecond)
	}
	j.t.Fatalf("%s: gave up (%v)", what, last)
	return ""
}

// confirm waits for a reorganisation dialog's preview to say want (what the
// change will do), then confirms it.
func (j *journey) confirm(what, want string) string {
	j.t.Helper()
	preview := j.waitFor(what+": waiting for the confirmation", `(() => {
		const p = document.getElementById('op-preview'), ok = document.getElementById('op-ok');
		if (p && p.classList.contains('error')) return 'ERROR: ' + p.textContent;
		return p && ok && !ok.disabled ? p.textContent : '';
	})()`)
	if !strings.Contains(preview, want) {
		j.t.Fatalf("%s: the confirmation says %q, want %q", what, preview, want)
	}
	return j.reloading(what, chromedp.Click(chromedp.ID("op-ok")))
}

// setSelect chooses a value in a <select> as a person would (a change event).
func (j *journey) setSelect(id, value string) {
	j.t.Helper()
	got := j.eval(`((id, v) => { const s = document.getElementById(id); s.value = v; s.dispatchEvent(new Event('change', {bubbles: true})); return s.value; })(` +
		strconv.Quote(id) + `, ` + strconv.Quote(value) + `)`)
	if got != value {
		j.t.Fatalf("#%s has no option %q", id, value)
	}
}

// TestBrowserBlankProjectJourney takes a blank-template project from no
// codes to a coded study in Chromium, as grounded theory does: codes made
// while coding (one in the informant's words), reorganised on the Codebook
// and code pages (add, move by dragging, rename, merge, split, delete, each
// confirmed with what it does), every step undone and redone; at the end
// codebook.yaml differs from the template only by the intended lines.
func TestBrowserBlankProjectJourney(t *testing.T) {
	ctx := browserFor(t, 3*time.Minute)
	began := time.Now()
	proj := blankProject(t)
	f := serve(t, proj, "")
	j := &journey{t: t, ctx: ctx, f: f}
	start, initial := f.codebookText(), f.snapshot()
	type step struct {
		name   string
		events int
		after  string
	}
	var steps []step
	events := func() int {
		es, err := f.st.History(context.Background(), corpus.HistoryFilter{Actor: "Ana"})
		if err != nil {
			t.Fatal(err)
		}
		return len(es)
	}
	done := func(name string) {
		n := events()
		for _, s := range steps {
			n -= s.events
		}
		if n < 1 {
			t.Fatalf("%s recorded no event", name)
		}
		steps = append(steps, step{name, n, f.snapshot()})
		t.Logf("%s: %d events, at %s", name, n, time.Since(began).Round(time.Millisecond))
	}

	// The coder page is ready too; chooseCoder waits for the transcript it
	// leads to.
	j.run("choosing a coder", chooseCoder(f.ts.URL, "Ana")...)

	// Open coding. An in-vivo code: select the words, ↑ reaches "New code…",
	// whose label is the selected words; Enter makes it and codes them.
	if got := j.eval(selectText + `(2, "ring me late at night")`); got != "ok" {
		t.Fatalf("selecting: %s", got)
	}
	j.run("opening the picker", chromedp.WaitVisible(chromedp.ID("picker-filter")))
	if got := j.eval(`String(CSS.highlights.has('gw-pending'))`); got != "true" {
		t.Error("the selection is not kept in view while the picker is open")
	}
	j.run("choosing New code", chromedp.KeyEvent(kb.ArrowUp), chromedp.WaitVisible(chromedp.CSS(`#pick-new.active`)), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.ID("new-code-label")))
	if got := j.eval(`document.getElementById('new-code-label').value`); got != "ring me late at night" {
		t.Errorf("the new code's label is %q, want the selected words", got)
	}
	msg := j.reloading("making the in-vivo code", chromedp.KeyEvent(kb.Enter))
	j.run("seeing the in-vivo coding", chromedp.WaitVisible(chromedp.CSS(`#t2 li.chip[data-code="ring_me_late_at_night"][data-coder="Ana"]`)))
	if !strings.Contains(msg, "Coded ring me late at night") {
		t.Errorf("after coding: %q", msg)
	}
	done("in-vivo code")

	// A code named by the researcher: type a name nothing matches, Enter.
	j.eval(selectText + `(2, "I felt less alone after that.")`)
	j.run("naming a new code", namingNewCode("Feeling less alone", "new-code-label")...)
	j.reloading("making it", chromedp.KeyEvent(kb.Enter))
	done("named code")

	// A selection that starts in the interviewer's question is coded from
	// the participant's words; the picker finds the code by a word.
	j.eval(selectAcross + `(1, "about the café", 2, "Le café était")`)
	j.run("picking an existing code", pickingCode("less alone", "feeling_less_alone")...)
	if def := j.eval(`document.querySelector('#picker li.active .def').textContent`); def != "To be defined (a code made while coding)." {
		t.Errorf("the highlighted code shows %q as its definition", def)
	}
	msg = j.reloading("coding across a question", chromedp.KeyEvent(kb.Enter))
	if !strings.Contains(msg, "interviewer’s words were left out") {
		t.Errorf("coding across a question says %q", msg)
	}
	done("coding that starts in a question")

	// A sub-code made from the picker, under a parent chosen there.
	j.eval(selectText + `(4, "We met at the café every week")`)
	j.run("naming a sub-code", namingNewCode("Meeting up", "new-code-parent")...)
	j.setSelect("new-code-parent", "feeling_less_alone")
	j.reloading("making the sub-code", chromedp.Focus(chromedp.ID("new-code-label")), chromedp.KeyEvent(kb.Enter))
	done("sub-code")

	// The other interview: an existing code.
	j.run("opening od-01", chromedp.Navigate(f.ts.URL+"/doc/od-01"), chromedp.WaitReady(chromedp.CSS(`body[data-ready="1"]`)))
	j.eval(selectText + `(2, "People ring me when they feel alone")`)
	j.run("picking", pickingCode("feeling", "feeling_less_alone")...)
	j.reloading("coding od-01", chromedp.KeyEvent(kb.Enter))
	done("existing code")

	// Axial coding on the Codebook page.
	j.run("opening the codebook", chromedp.Navigate(f.ts.URL+"/codebook"), chromedp.WaitReady(chromedp.CSS(`body[data-ready="1"]`)))
	j.run("adding a code", chromedp.Click(chromedp.ID("add-code")), chromedp.WaitVisible(chromedp.ID("op-label")), chromedp.SendKeys(chromedp.ID("op-label"), "Support"))
	j.confirm("adding a code", "This will add code support (Support).")
	done("add")

	j.run("dragging a code onto another",
		chromedp.DragAndDrop(chromedp.CSS(`tr[data-code="feeling_less_alone"] .grip`), chromedp.CSS(`tr[data-code="support"] .name`)),
		chromedp.WaitVisible(chromedp.ID("op-parent")))
	j.confirm("moving", "This will move feeling_less_alone under support. Codings do not change; the counts of the codes above it will include its 4.")
	done("move")

	j.run("renaming", chromedp.Click(chromedp.CSS(`tr[data-code="ring_me_late_at_night"] button[data-op="rename"]`)), chromedp.WaitVisible(chromedp.ID("op-to")))
	j.eval(`for (const id of ['op-to', 'op-label']) document.getElementById(id).value = ''`)
	j.run("typing the new names", chromedp.SendKeys(chromedp.ID("op-to"), "late_night_calls"), chromedp.SendKeys(chromedp.ID("op-label"), "Late-night calls"))
	j.confirm("renaming", "This will rename ring_me_late_at_night to late_night_calls (1 coding, 0 memos). The label will be “Late-night calls”")
	done("rename")

	j.run("merging", chromedp.Click(chromedp.CSS(`tr[data-code="late_night_calls"] button[data-op="merge"]`)), chromedp.WaitVisible(chromedp.ID("op-into")))
	j.setSelect("op-into", "feeling_less_alone")
	j.confirm("merging", "This will merge late_night_calls into feeling_less_alone (1 coding recoded, 0 codings dropped as doubles, 0 memos).")
	done("merge")

	// Split on the code's page: tick the passage from the other interview.
	j.run("opening the code's page", chromedp.Navigate(f.ts.URL+"/code/feeling_less_alone"), chromedp.WaitReady(chromedp.CSS(`body[data-ready="1"]`)))
	if n := j.eval(`String(document.querySelectorAll('article.passage').length)`); n != "4" {
		t.Errorf("the code's page shows %s passages, want 4", n)
	}
	j.eval(`(() => { const a = [...document.querySelectorAll('article.passage')].find(p => p.querySelector('a.open').textContent === 'od-01');
		const c = a.querySelector('input.split-pick'); c.click(); return 'ok'; })()`)
	j.run("splitting", chromedp.Click(chromedp.ID("split-ticked")), chromedp.WaitVisible(chromedp.ID("op-label")), chromedp.SendKeys(chromedp.ID("op-label"), "Calls from peers"))
	j.confirm("splitting", "This will split support.calls_from_peers off feeling_less_alone (1 coding).")
	done("split")

	// Delete the sub-code, giving its coding to its parent.
	j.run("back to the codebook", chromedp.Navigate(f.ts.URL+"/codebook"), chromedp.WaitReady(chromedp.CSS(`body[data-ready="1"]`)),
		chromedp.Click(chromedp.CSS(`tr[data-code="feeling_less_alone.meeting_up"] button[data-op="delete"]`)), chromedp.WaitVisible(chromedp.ID("op-move-to")))
	if facts := j.eval(`document.getElementById('op-facts').textContent`); facts != "Meeting up has 1 coding." {
		t.Errorf("the delete dialog says %q", facts)
	}
	j.setSelect("op-move-to", "feeling_less_alone")
	j.confirm("deleting", "This will delete feeling_less_alone.meeting_up (1 coding moved to feeling_less_alone).")
	done("delete")
	final := f.codebookText()

	// Undo every step, with the Undo button and Ctrl+Z, back to the start.
	before := func(i int) string {
		if i == 0 {
			return initial
		}
		return steps[i-1].after
	}
	for i := len(steps) - 1; i >= 0; i-- {
		for k := 0; k < steps[i].events; k++ {
			var msg string
			if k%2 == 0 {
				msg = j.reloading("undo", chromedp.Click(chromedp.ID("undo")))
			} else {
				msg = j.reloading("undo", chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
			}
			if !strings.HasPrefix(msg, "Undid: ") {
				t.Fatalf("undoing %s says %q", steps[i].name, msg)
			}
		}
		if got := f.snapshot(); got != before(i) {
			t.Fatalf("undoing %s did not give back the state before it:\n%s", steps[i].name, textdiff.First(before(i), got))
		}
	}
	if f.codebookText() != start {
		t.Fatal("after undoing everything, codebook.yaml is not the template")
	}
	// Redo them all.
	for i, s := range steps {
		for k := 0; k < s.events; k++ {
			if msg := j.reloading("redo", chromedp.Click(chromedp.ID("redo"))); !strings.HasPrefix(msg, "Redid: ") {
				t.Fatalf("redoing %s says %q", s.name, msg)
			}
		}
		if got := f.snapshot(); got != s.after {
			t.Fatalf("redoing %s did not make it again:\n%s", steps[i].name, textdiff.First(s.after, got))
		}
	}
	if f.codebookText() != final {
		t.Fatal("after redoing everything, codebook.yaml is not as it was")
	}
	checkFinalCodebook(t, start, final)
}

// checkFinalCodebook holds the journey's codebook.yaml to the intended
// changes: the template's empty list of codes became Support, with Feeling
// less alone (which took in Late-night calls, recorded in a comment, and
// lost its sub-code) and Calls from peers split off beside it.
func checkFinalCodebook(t *testing.T, start, final string) {
	t.Helper()
	removed, added := textdiff.Lines(start, final)
	date := time.Now().Format("2006-01-02")
	wantRemoved := []string{"codes: []"}
	wantAdded := []string{
		"codes:",
		"  - id: support", "    label: Support", "    definition: To be defined (a code made while coding).", `    colour: "#e15759"`, "    children:",
		"      - id: feeling_less_alone", "        label: Feeling less alone", "        definition: To be defined (a code made while coding).",
		"        examples:", "          # Merged from late_night_calls (Late-night calls) on " + date + " by Ana.",
		"          # Its definition: To be defined (a code made while coding).", "          []", `        colour: "#f28e2b"`,
		"      - id: support.calls_from_peers", "        label: Calls from peers", "        definition: Split from feeling_less_alone.",
	}
	if strings.Join(removed, "\n") != strings.Join(wantRemoved, "\n") || strings.Join(added, "\n") != strings.Join(wantAdded, "\n") {
		t.Errorf("codebook.yaml changed by other lines than intended:\nremoved:\n%s\nadded:\n%s", strings.Join(removed, "\n"), strings.Join(added, "\n"))
	}
	cb, err := codebook.Parse("codebook.yaml", []byte(final))
	if err != nil {
		t.Fatalf("the final codebook is not valid: %v", err)
	}
	want := map[string]string{"support": "", "feeling_less_alone": "support", "support.calls_from_peers": "support"}
	if len(cb.Codes()) != len(want) {
		t.Errorf("the final codebook has %d codes, want %d", len(cb.Codes()), len(want))
	}
	for id, parent := range want {
		if c, ok := cb.Code(id); !ok || c.ParentID != parent {
			t.Errorf("code %s is missing or not under %q", id, parent)
		}
	}
}
