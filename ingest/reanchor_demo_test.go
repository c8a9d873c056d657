package ingest

import (
	"context"
	"encoding/csv"
	"path"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/demo"
)

// The demo re-anchoring test edits real demo transcripts the way people
// edit transcripts after a first coding pass, re-ingests them with
// --replace, and checks every coding: it must be orphaned, or sit on text
// that matches its quote, inside the turns it was in, on word boundaries.

// paragraph is one "Speaker: text" block of a demo transcript's source.
type paragraph struct {
	label string // "P: ", "**Participant:** ", ...
	text  string
}

var labelRE = regexp.MustCompile(`^(\*\*[^*\n]{1,40}:\*\* |[A-Za-z][^:\n]{0,39}: )`)

func (p paragraph) interviewer() bool { return strings.Contains(p.label, "Interviewer") }

func (p paragraph) String() string { return p.label + p.text }

// splitSource cuts a demo transcript into its front matter and paragraphs.
func splitSource(src string) (front string, paras []paragraph) {
	if strings.HasPrefix(src, "---\n") {
		if i := strings.Index(src[4:], "\n---\n"); i >= 0 {
			front, src = src[:4+i+5], src[4+i+5:]
		}
	}
	for _, block := range strings.Split(strings.TrimSpace(src), "\n\n") {
		label := labelRE.FindString(block)
		paras = append(paras, paragraph{label: label, text: block[len(label):]})
	}
	return front, paras
}

func joinSource(front string, paras []paragraph) string {
	parts := make([]string, len(paras))
	for i, p := range paras {
		parts[i] = p.String()
	}
	return front + strings.Join(parts, "\n\n") + "\n"
}

var sentenceEndRE = regexp.MustCompile(`[.?!]["”]? `)

// splitSentences splits text after ". ", "? " and "! ".
func splitSentences(text string) []string {
	var out []string
	for {
		loc := sentenceEndRE.FindStringIndex(text)
		if loc == nil {
			return append(out, text)
		}
		out = append(out, text[:loc[1]])
		text = text[loc[1]:]
	}
}

// misspell swaps two letters in every seventh long word: the typos a
// first transcription pass leaves, fixed in the second version.
func misspell(text string) string {
	words := strings.Split(text, " ")
	for i, w := range words {
		if i%7 == 3 && len(w) >= 6 && isASCIILetters(w[:4]) && w[2] != w[3] {
			words[i] = w[:2] + string(w[3]) + string(w[2]) + w[4:]
		}
	}
	return strings.Join(words, " ")
}

func isASCIILetters(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// editVersions returns the first version of a transcript (with typos) and
// the edited second one (typos fixed, and the edits of every kind made on
// its participant turns).
func editVersions(src string) (v1, v2 string) {
	front, paras := splitSource(src)
	var part []int // indexes of participant paragraphs
	for i, p := range paras {
		if p.label != "" && !p.interviewer() {
			part = append(part, i)
		}
	}
	first := append([]paragraph(nil), paras...)
	for k, i := range part {
		if k%3 == 0 {
			first[i].text = misspell(first[i].text)
		}
	}
	v1 = joinSource(front, first)

	edits := map[int]func(p paragraph) []paragraph{
		1: func(p paragraph) []paragraph { // a sentence inserted inside a coded passage
			s := splitSentences(p.text)
			s = append(s[:1], append([]string{"I mean that, honestly, I really do. "}, s[1:]...)...)
			return []paragraph{{p.label, strings.Join(s, "")}}
		},
		2: func(p paragraph) []paragraph { // a sentence inserted before
			return []paragraph{{p.label, "Well, let me think about that for a second. " + p.text}}
		},
		3: func(p paragraph) []paragraph { // a passage deleted
			s := splitSentences(p.text)
			if len(s) >= 3 {
				s = append(s[:1], s[2:]...)
			}
			return []paragraph{{p.label, strings.Join(s, "")}}
		},
		4: func(p paragraph) []paragraph { // a turn split in two
			s := splitSentences(p.text)
			if len(s) < 3 {
				return []paragraph{p}
			}
			return []paragraph{{p.label, strings.TrimSpace(strings.Join(s[:2], ""))}, {p.label, strings.Join(s[2:], "")}}
		},
		6: func(p paragraph) []paragraph { // words added at the end of a turn
			return []paragraph{{p.label, p.text + " You know what I mean?"}}
		},
		7: func(p paragraph) []paragraph { // an interviewer line inserted
			return []paragraph{{interviewerLabel(p), "Sorry, could you say that again?"}, p}
		},
		8: func(p paragraph) []paragraph { // an interjection splits a turn
			s := splitSentences(p.text)
			if len(s) < 2 {
				return []paragraph{p}
			}
			return []paragraph{{p.label, strings.TrimSpace(s[0])}, {interviewerLabel(p), "Right."}, {p.label, strings.Join(s[1:], "")}}
		},
		9: func(p paragraph) []paragraph { // the end of a turn cut
			s := splitSentences(p.text)
			if len(s) < 2 {
				return []paragraph{p}
			}
			return []paragraph{{p.label, strings.TrimSpace(strings.Join(s[:len(s)-1], ""))}}
		},
	}
	var second []paragraph
	skip := map[int]bool{}
	for k, i := range part {
		// Two turns merged: the participant turn after the fifth one is
		// joined to it, and the interviewer turns between them dropped.
		if k == 5 && k+1 < len(part) {
			for j := i + 1; j <= part[k+1]; j++ {
				skip[j] = true
			}
		}
	}
	for i, p := range paras {
		if skip[i] {
			continue
		}
		k := indexOf(part, i)
		if k == 5 && k+1 < len(part) {
			p.text += " " + paras[part[k+1]].text
		}
		if f := edits[k]; f != nil {
			second = append(second, f(p)...)
			continue
		}
		second = append(second, p)
	}
	return v1, joinSource(front, second)
}

func interviewerLabel(p paragraph) string {
	if strings.HasPrefix(p.label, "**") {
		return "**Interviewer:** "
	}
	return "Interviewer: "
}

func indexOf(xs []int, x int) int {
	for k, v := range xs {
		if v == x {
			return k
		}
	}
	return -1
}

// goldQuotes returns the demo's gold quotes per document.
func goldQuotes(t *testing.T) map[string][]string {
	t.Helper()
	names, err := demo.GoldFiles()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, n := range names {
		data, err := demo.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows[1:] {
			out[r[0]] = append(out[r[0]], r[1])
		}
	}
	return out
}

// threshold is the least similarity of a new quote to its old one.
const threshold = MinQuoteSimilarity

// reanchorTally counts what became of the codings.
type reanchorTally struct {
	right, wrong int
	// orphanedGone are orphans whose text really changed too much (or
	// now crosses a turn boundary); orphanedIntact are orphans whose text
	// survived and that could have been placed.
	orphanedGone, orphanedIntact int
}

func TestReplaceReanchorsDemoEdits(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the demo study twice")
	}
	ctx := context.Background()
	p, st := newProject(t)
	dir := t.TempDir()
	names, err := demo.Transcripts()
	if err != nil {
		t.Fatal(err)
	}
	gold := goldQuotes(t)
	var files []string
	second := map[string]string{}
	for _, n := range names {
		src, err := demo.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		v1, v2 := editVersions(string(src))
		files = append(files, write(t, dir, n, v1))
		second[n] = v2
	}
	mustIngest(t, p, st, files, Options{})
	olds := map[string]*corpus.Document{}
	oldTurns := map[string][]corpus.Turn{}
	for _, n := range names {
		id := strings.TrimSuffix(n, path.Ext(n))
		doc, err := st.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		olds[id] = doc
		if oldTurns[id], err = st.Turns(ctx, id); err != nil {
			t.Fatal(err)
		}
		codeDemoDocument(t, st, doc, oldTurns[id], gold[id])
	}
	before, err := st.Codings(ctx, corpus.CodingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		write(t, dir, n, second[n])
	}
	rep := mustIngest(t, p, st, files, Options{Replace: true})
	after := map[int64]*corpus.Coding{}
	for _, orphans := range []bool{false, true} {
		cs, err := st.Codings(ctx, corpus.CodingFilter{Orphans: orphans})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			after[c.ID] = c
		}
	}
	var tally reanchorTally
	news := map[string]*corpus.Document{}
	newTurns := map[string][]corpus.Turn{}
	truths := map[string][]int{}
	for id := range olds {
		if news[id], err = st.Document(ctx, id); err != nil {
			t.Fatal(err)
		}
		if newTurns[id], err = st.Turns(ctx, id); err != nil {
			t.Fatal(err)
		}
		truths[id] = runeMapping([]rune(olds[id].Text), []rune(news[id].Text))
		checkMapping(t, []rune(olds[id].Text), []rune(news[id].Text), truths[id])
	}
	shown := 0
	for _, b := range before {
		a := after[b.ID]
		if a == nil {
			t.Fatalf("coding %d was lost", b.ID)
		}
		id := b.DocID
		problem, expectOrphan := judgeCoding(b, a, olds[id], news[id], oldTurns[id], newTurns[id], truths[id])
		switch {
		case a.Orphan && expectOrphan:
			tally.orphanedGone++
		case a.Orphan:
			tally.orphanedIntact++
			t.Logf("%s coding %d was orphaned though its text survived: %q", id, b.ID, b.Quote)
		case problem == "":
			tally.right++
		default:
			tally.wrong++
			if shown < 15 {
				shown++
				// Demo text is fictional: showing it helps whoever debugs.
				t.Errorf("%s coding %d: %s\n  old %q\n  new %q", id, b.ID, problem, b.Quote, a.Quote)
			}
		}
	}
	t.Logf("%d codings: %d right, %d orphaned (%d of them on text that changed too much, %d on text that survived), %d wrong; the report said %d re-anchored, %d orphaned",
		len(before), tally.right, tally.orphanedGone+tally.orphanedIntact, tally.orphanedGone, tally.orphanedIntact, tally.wrong, rep.Reanchored, rep.Orphaned)
	if tally.wrong > 0 {
		t.Errorf("%d codings were moved to the wrong text", tally.wrong)
	}
	// Orphaning everything would pass the check above: most codings sit on
	// text that survived the edits and must stay placed.
	if tally.orphanedIntact*50 > len(before) {
		t.Errorf("%d codings on text that survived were orphaned (more than 2%%)", tally.orphanedIntact)
	}
}

// codeDemoDocument codes a document as auto-coding and a researcher would:
// every segment, the gold quotes, and one passage across an exchange.
func codeDemoDocument(t *testing.T, st *corpus.Store, doc *corpus.Document, turns []corpus.Turn, quotes []string) {
	t.Helper()
	ctx := context.Background()
	runes := []rune(doc.Text)
	var cs []*corpus.Coding
	add := func(s, e int, origin string) {
		cs = append(cs, &corpus.Coding{DocID: doc.ID, Start: s, End: e, Code: "c", Coder: "alice", Origin: origin, Quote: string(runes[s:e])})
	}
	err := st.EachSegment(ctx, corpus.SegmentFilter{DocIDs: []string{doc.ID}}, func(sg *corpus.Segment) error {
		add(sg.Start, sg.End, corpus.OriginRule)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range quotes {
		if i := strings.Index(doc.Text, q); i >= 0 {
			s := len([]rune(doc.Text[:i]))
			add(s, s+len([]rune(q)), corpus.OriginManual)
		}
	}
	// From the last sentence of the second participant turn to the first
	// of the next: a coding that crosses turns on purpose.
	var part []corpus.Turn
	for _, tu := range turns {
		if !tu.Interviewer {
			part = append(part, tu)
		}
	}
	if len(part) > 3 {
		s := part[2].Start + strings.LastIndex(string(runes[part[2].Start:part[2].End]), ". ") + 2
		e := part[3].Start + len([]rune(splitSentences(string(runes[part[3].Start:part[3].End]))[0]))
		add(s, e, corpus.OriginManual)
	}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, c := range cs {
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// judgeCoding says what is wrong with a coding's new place ("" if
// nothing), and whether the edit left nothing it could fairly be placed on.
func judgeCoding(b, a *corpus.Coding, oldDoc, newDoc *corpus.Document, oldTurns, newTurns []corpus.Turn, truth []int) (problem string, expectOrphan bool) {
	oldR, newR := []rune(oldDoc.Text), []rune(newDoc.Text)
	ts, te, kept := trueSpan(truth, b.Start, b.End)
	// A person would orphan it too if most of it was deleted, or what is
	// left is not like the quote, or now lies in more turns or in an
	// interviewer's (a paragraph that followed a participant's turn
	// follows an inserted interviewer line instead).
	expectOrphan = kept*2 < b.End-b.Start ||
		quoteSimilarity(b.Quote, string(newR[ts:te])) < threshold ||
		turnsSpanned(newTurns, ts, te) > turnsSpanned(oldTurns, b.Start, b.End) ||
		touchesInterviewer(newTurns, ts, te) && !touchesInterviewer(oldTurns, b.Start, b.End)
	if a.Orphan {
		return "", expectOrphan
	}
	if a.Start < 0 || a.End > len(newR) || a.Start >= a.End {
		return "span out of the text", expectOrphan
	}
	if got := string(newR[a.Start:a.End]); got != a.Quote {
		return "the quote is not the text of the span", expectOrphan
	}
	if sim := quoteSimilarity(b.Quote, a.Quote); sim < threshold {
		return "the new text does not match the quote", expectOrphan
	}
	if turnsSpanned(newTurns, a.Start, a.End) > turnsSpanned(oldTurns, b.Start, b.End) {
		return "runs into another turn", expectOrphan
	}
	if touchesInterviewer(newTurns, a.Start, a.End) && !touchesInterviewer(oldTurns, b.Start, b.End) {
		return "runs into an interviewer turn", expectOrphan
	}
	if !splitsWord(oldR, b.Start) && splitsWord(newR, a.Start) {
		return "starts inside a word", expectOrphan
	}
	if !splitsWord(oldR, b.End) && splitsWord(newR, a.End) {
		return "ends inside a word", expectOrphan
	}
	if !expectOrphan && overlapRatio(a.Start, a.End, ts, te) < 0.8 {
		return "placed away from where its text went", expectOrphan
	}
	return "", expectOrphan
}

// turnsSpanned counts the turns a span touches, a turn owning its speaker
// label (the text from the end of the previous turn).
func turnsSpanned(turns []corpus.Turn, s, e int) int {
	n, from := 0, 0
	for _, tu := range turns {
		if s < tu.End && e > from {
			n++
		}
		from = tu.End
	}
	return n
}

func touchesInterviewer(turns []corpus.Turn, s, e int) bool {
	from := 0
	for _, tu := range turns {
		if tu.Interviewer && s < tu.End && e > from {
			return true
		}
		from = tu.End
	}
	return false
}

func splitsWord(r []rune, i int) bool {
	letter := func(x rune) bool { return unicode.IsLetter(x) || unicode.IsDigit(x) }
	return i > 0 && i < len(r) && letter(r[i-1]) && letter(r[i])
}

func overlapRatio(s1, e1, s2, e2 int) float64 {
	inter := min(e1, e2) - max(s1, s2)
	if inter <= 0 {
		return 0
	}
	return float64(inter) / float64(max(e1, e2)-min(s1, s2))
}

// quoteSimilarity is 1 - edit distance / the longer length, computed here
// independently of the code under test.
func quoteSimilarity(a, b string) float64 {
	x, y := []rune(a), []rune(b)
	row := make([]int, len(y)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(x); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(y); j++ {
			up := row[j]
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			row[j] = min(row[j]+1, row[j-1]+1, diag+cost)
			diag = up
		}
	}
	n := max(len(x), len(y))
	if n == 0 {
		return 1
	}
	return 1 - float64(row[len(y)])/float64(n)
}

// trueSpan maps an old span through the diff: where its surviving runes
// went, and how many survived.
func trueSpan(truth []int, s, e int) (ts, te, kept int) {
	ts, te = -1, -1
	for i := s; i < e && i < len(truth); i++ {
		if j := truth[i]; j >= 0 {
			if ts < 0 {
				ts = j
			}
			te = j + 1
			kept++
		}
	}
	if ts < 0 {
		return 0, 0, 0
	}
	return ts, te, kept
}

// checkMapping checks that the diff maps runes to equal runes, in order.
func checkMapping(t *testing.T, a, b []rune, m []int) {
	t.Helper()
	last := -1
	for i, j := range m {
		if j < 0 {
			continue
		}
		if j <= last || a[i] != b[j] {
			t.Fatalf("the diff maps rune %d to %d after %d", i, j, last)
		}
		last = j
	}
}

// runeMapping diffs two texts (Myers' algorithm) and returns, for each rune
// of a, its position in b, or -1 if it was deleted.
func runeMapping(a, b []rune) []int {
	n, m := len(a), len(b)
	maxD := n + m
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	for d := 0; d <= maxD; d++ {
		// Step d reads diagonals -d-1..d+1 of the state before it.
		trace = append(trace, append([]int(nil), v[off-d-1:off+d+2]...))
		done := false
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				done = true
				break
			}
		}
		if done {
			break
		}
	}
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	x, y := n, m
	for d := len(trace) - 1; d >= 0 && (x > 0 || y > 0); d-- {
		at := func(k int) int { return trace[d][k+d+1] }
		k := x - y
		var prevK int
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		px := at(prevK)
		py := px - prevK
		for x > px && y > py {
			x--
			y--
			out[x] = y
		}
		x, y = px, py
	}
	return out
}
