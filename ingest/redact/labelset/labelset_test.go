package labelset

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	raw := "---\nprogramme: Open Door\n---\nInterviewer: Who?\n\nP: {{PERSON|Siobhán}}'s mate {{PERSON|Gaz}}, on {{PHONE|07700 900123}}. In {{KEEP|Leeds}}.\n"
	d, errs := Parse("a.txt", []byte(raw))
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if d.Attrs["programme"] != "Open Door" {
		t.Errorf("attrs = %v", d.Attrs)
	}
	want := "Interviewer: Who?\n\nP: Siobhán's mate Gaz, on 07700 900123. In Leeds.\n"
	if d.Text != want {
		t.Errorf("text = %q, want %q", d.Text, want)
	}
	runes := []rune(d.Text)
	var got []string
	for _, g := range d.Gold {
		if string(runes[g.Start:g.End]) != g.Text {
			t.Errorf("span %+v does not hold its text", g)
		}
		got = append(got, g.Kind+":"+g.Text)
	}
	if strings.Join(got, " ") != "PERSON:Siobhán PERSON:Gaz PHONE:07700 900123 KEEP:Leeds" {
		t.Errorf("gold = %v", got)
	}
}

// TestParseRejects: every malformed marker is reported with its file and
// line, and a sentence saying what to write instead.
func TestParseRejects(t *testing.T) {
	for _, c := range []struct {
		raw  string
		line int
		says string
	}{
		{"ok\n{{PERSON|Gaz}\n", 2, "not closed"},
		{"{{PERSON Gaz}}\n", 1, "no `|`"},
		{"x\n\n{{person|Gaz}}\n", 3, "unknown kind \"person\""},
		{"{{NAME|Gaz}}\n", 1, "unknown kind"},
		{"{{PERSON| Gaz}}\n", 1, "spaces inside"},
		{"{{PERSON|}}\n", 1, "marks no text"},
		{"{{PERSON|Gaz}}s mate\n", 1, "cuts a word"},
		{"Mr{{PERSON|Gaz}}\n", 1, "cuts a word"},
		{"{{PERSON|{{PERSON|Gaz}}}}\n", 1, "nested"},
		{"a }} b\n", 1, "without a `{{`"},
		{"{{PERSON|Gaz|Smith}}\n", 1, "one `|`"},
		{"---\nprogramme: X\n", 1, "never ends"},
		{"---\n{{PERSON|Gaz}}: x\n---\n", 2, "front matter"},
		{"", 1, "empty"},
		{"\xff\xfe", 1, "UTF-8"},
	} {
		_, errs := Parse("f.txt", []byte(c.raw))
		if len(errs) == 0 {
			t.Errorf("%q: no error", c.raw)
			continue
		}
		var le *LineError
		if !errors.As(errs[0], &le) || le.Line != c.line || !strings.Contains(le.Msg, c.says) || !strings.HasPrefix(le.Error(), "f.txt:") {
			t.Errorf("%q: got %v, want line %d saying %q", c.raw, errs[0], c.line, c.says)
		}
	}
}

// TestScoreRule: an identifier counts as hidden only when predictions
// cover every letter and digit of it; a prediction counts as correct when
// it overlaps a marked identifier, and one on a decoy is a false positive.
func TestScoreRule(t *testing.T) {
	d, errs := Parse("s.txt", []byte("Dr {{PERSON|Anjali Mehta}} and {{PERSON|Gaz}} in {{KEEP|Leeds}}, {{PHONE|0113 496 0345}}.\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	at := func(s string) (int, int) {
		i := strings.Index(d.Text, s)
		return len([]rune(d.Text[:i])), len([]rune(d.Text[:i])) + len([]rune(s))
	}
	span := func(kind, s string, uncertain bool) Span {
		a, b := at(s)
		return Span{Kind: kind, Start: a, End: b, Text: s, Uncertain: uncertain}
	}
	res := &Result{}
	res.Score(d, []Span{
		span("PERSON", "Dr Anjali", false), // half of a name: a miss
		span("PERSON", "Gaz", true),        // hidden; flagged and right
		span("PERSON", "Leeds", false),     // a decoy replaced
		span("ID", "0113 496 0345", false), // hidden, though as another kind
	}, nil)
	p := res.Kind("PERSON")
	if p.Gold != 2 || p.Hidden != 1 || p.Pred != 3 || p.Correct != 2 || p.Flagged != 1 || p.FlagOK != 1 {
		t.Errorf("PERSON = %+v", *p)
	}
	if ph := res.Kind("PHONE"); ph.Hidden != 1 {
		t.Errorf("PHONE = %+v", *ph)
	}
	if res.Decoys != 1 || res.DecoysHit != 1 || len(res.Misses) != 1 || len(res.Extras) != 1 {
		t.Errorf("decoys %d/%d, misses %v, extras %v", res.DecoysHit, res.Decoys, res.Misses, res.Extras)
	}
	if !strings.Contains(res.Table(), "decoys (KEEP) marked 1, replaced 1") {
		t.Errorf("table:\n%s", res.Table())
	}
}

func TestLoadDirJoinsEveryProblem(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"a.txt": "{{PERSON|Gaz}\n", "b.txt": "ok {{PERSON|Gaz}}\n\n{{BOGUS|x}}\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := LoadDir(dir)
	if err == nil || docs != nil {
		t.Fatalf("LoadDir = %v, %v; want an error and no documents", docs, err)
	}
	if !strings.Contains(err.Error(), "a.txt:1:") || !strings.Contains(err.Error(), "b.txt:3:") {
		t.Errorf("error does not name both files and lines: %v", err)
	}
	if _, err := LoadDir(t.TempDir()); err == nil {
		t.Error("an empty folder is no set")
	}
}

// FuzzParse: Parse never panics, and the spans of a file without problems
// hold their text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"{{PERSON|Gaz}}", "---\na: b\n---\nx {{DATE|1 May 2020}}", "{{", "}}{{|}}", "{{KEEP|Leeds}}'s"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, errs := Parse("f.txt", raw)
		if len(errs) > 0 {
			return
		}
		runes := []rune(d.Text)
		for _, g := range d.Gold {
			if g.Start < 0 || g.End > len(runes) || string(runes[g.Start:g.End]) != g.Text {
				t.Fatalf("span %+v does not hold its text", g)
			}
		}
	})
}
