package codebook_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
)

// changedLines counts the lines of b that are not in a, and of a not in b.
func changedLines(a, b []byte) (removed, added []string) {
	la := strings.Split(string(a), "\n")
	lb := strings.Split(string(b), "\n")
	count := func(ls []string) map[string]int {
		m := map[string]int{}
		for _, l := range ls {
			m[l]++
		}
		return m
	}
	ca, cb := count(la), count(lb)
	for _, l := range la {
		if cb[l] > 0 {
			cb[l]--
		} else {
			removed = append(removed, l)
		}
	}
	for _, l := range lb {
		if ca[l] > 0 {
			ca[l]--
		} else {
			added = append(added, l)
		}
	}
	return removed, added
}

func comments(data []byte) int {
	n := 0
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			n++
		}
	}
	return n
}

func editor(t *testing.T, data []byte) *codebook.Editor {
	t.Helper()
	e, err := codebook.NewEditor(data)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// mustSetField sets a field of code id, failing the test if it cannot.
func mustSetField(t *testing.T, e *codebook.Editor, id, field, value string) {
	t.Helper()
	if _, err := e.SetField(id, field, value); err != nil {
		t.Fatal(err)
	}
}

func parseCB(t *testing.T, data []byte) *codebook.Codebook {
	t.Helper()
	cb, err := codebook.Parse("codebook.yaml", data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	return cb
}

func TestEditorSetField(t *testing.T) {
	data, cb := template(t, "peer-support")
	e := editor(t, data)
	if ok, err := e.SetField("matching.mismatch", "label", "Poor match"); err != nil || !ok {
		t.Fatal(ok, err)
	}
	long := "A peer and the person they support do not get on: different ages, backgrounds or experiences of the condition, or simply no rapport, so the relationship ends early or never starts."
	mustSetField(t, e, "boundaries.confidentiality", "definition", long)
	mustSetField(t, e, "isolation", "colour", "#123456")
	if ok, _ := e.SetField("isolation", "colour", "#123456"); ok {
		t.Error("setting the same value again changed something")
	}
	out := e.Bytes()
	cb2 := parseCB(t, out)
	if c, _ := cb2.Code("matching.mismatch"); c.Label != "Poor match" {
		t.Errorf("label %q", c.Label)
	}
	if c, _ := cb2.Code("boundaries.confidentiality"); c.Definition != long {
		t.Errorf("definition %q", c.Definition)
	}
	if c, _ := cb2.Code("isolation"); c.Colour != "#123456" {
		t.Errorf("colour %q", c.Colour)
	}
	// Everything else is as it was: rules, comments, other codes.
	for _, c := range cb.Codes() {
		c2, _ := cb2.Code(c.ID)
		if c2.RulesHash() != c.RulesHash() || c2.ParentID != c.ParentID || c2.UseWhen != c.UseWhen {
			t.Errorf("%s changed", c.ID)
		}
	}
	removed, added := changedLines(data, out)
	if len(added) > 6 || len(removed) > 8 || comments(out) != comments(data) {
		t.Errorf("too much changed: -%d +%d\n%s\n%s", len(removed), len(added), strings.Join(removed, "\n"), strings.Join(added, "\n"))
	}
}

func TestEditorAddCode(t *testing.T) {
	data, cb := template(t, "peer-support")
	e := editor(t, data)
	adds := []codebook.CodeSpec{
		{ID: "stigma", Label: "Stigma", Definition: "Being judged for the condition.", Colour: "#abcdef"},
		{ID: "stigma.self", ParentID: "stigma", Label: "Self-stigma", Definition: "Shame about oneself: “I’m a burden”."},
		{ID: "matching.waiting", ParentID: "matching", Label: "Waiting for a match", Definition: "Waiting lists: time: weeks."},
		{ID: "benefits.informational.diet", ParentID: "benefits.informational", Label: "Diet", Definition: "- food, salt, fluids #tips"},
	}
	for _, s := range adds {
		if err := e.AddCode(s); err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
	}
	if err := e.AddCode(adds[0]); err == nil {
		t.Error("added a code twice")
	}
	out := e.Bytes()
	cb2 := parseCB(t, out)
	for _, s := range adds {
		c, ok := cb2.Code(s.ID)
		if !ok || c.ParentID != s.ParentID || c.Label != s.Label || c.Definition != s.Definition || c.Colour != s.Colour {
			t.Errorf("%s: %+v", s.ID, c)
		}
	}
	if len(cb2.Codes()) != len(cb.Codes())+len(adds) || comments(out) != comments(data) {
		t.Errorf("%d codes, %d comments", len(cb2.Codes()), comments(out))
	}
	kids := cb2.Children("matching")
	if kids[len(kids)-1].ID != "matching.waiting" {
		t.Errorf("matching.waiting is not the last child of matching")
	}
	if removed, _ := changedLines(data, out); len(removed) != 0 {
		t.Errorf("lines removed: %q", removed)
	}
}

func TestEditorMoveCode(t *testing.T) {
	data, cb := template(t, "peer-support")
	e := editor(t, data)
	if err := e.MoveCode("matching.mismatch", "boundaries"); err != nil {
		t.Fatal(err)
	}
	if err := e.MoveCode("organisational.training", ""); err != nil {
		t.Fatal(err)
	}
	cb2 := parseCB(t, e.Bytes())
	c, _ := cb2.Code("matching.mismatch")
	orig, _ := cb.Code("matching.mismatch")
	if c.ParentID != "boundaries" || c.RulesHash() != orig.RulesHash() || c.Definition != orig.Definition || len(c.Examples) != len(orig.Examples) {
		t.Errorf("moved code: %+v", c)
	}
	if c, _ := cb2.Code("organisational.training"); c.ParentID != "" {
		t.Errorf("organisational.training under %q", c.ParentID)
	}
	if len(cb2.Codes()) != len(cb.Codes()) || comments(e.Bytes()) != comments(data) {
		t.Error("codes or comments lost")
	}
}

func TestEditorOtherLayouts(t *testing.T) {
	// Flat style (parent:), a flow-style code, a sequence at its key's
	// indentation, CRLF line endings.
	data := []byte("name: x\r\ncodes:\r\n- id: a\r\n  definition: A.  # the a code\r\n- id: b\r\n  parent: a\r\n  definition: B.\r\n- {id: c, definition: C., colour: '#111111'}\r\n")
	e := editor(t, data)
	mustSetField(t, e, "c", "label", "Cee")
	if err := e.MoveCode("b", ""); err != nil {
		t.Fatal(err)
	}
	if err := e.AddCode(codebook.CodeSpec{ID: "a.d", ParentID: "a", Definition: "D."}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.AddGroupMember("g", "A group.", "a"); err != nil {
		t.Fatal(err)
	}
	out := e.Bytes()
	cb := parseCB(t, out)
	if c, _ := cb.Code("c"); c.Label != "Cee" || c.Colour != "#111111" {
		t.Errorf("c: %+v", c)
	}
	if c, _ := cb.Code("b"); c.ParentID != "" {
		t.Errorf("b under %q", c.ParentID)
	}
	if c, _ := cb.Code("a.d"); c.ParentID != "a" {
		t.Errorf("a.d under %q", c.ParentID)
	}
	if g, _ := cb.Group("g"); g == nil || !slices.Equal(g.Codes, []string{"a"}) {
		t.Errorf("group g: %+v", g)
	}
	if strings.Count(string(out), "\r\n") != strings.Count(string(out), "\n") || !strings.Contains(string(out), "# the a code") {
		t.Errorf("line endings or comment lost:\n%q", out)
	}
}

func TestEditorGroups(t *testing.T) {
	data, _ := template(t, "peer-support")
	e := editor(t, data)
	for _, tc := range []struct{ group, id string }{
		{"challenges", "organisational.training"}, // flow list: rewritten with the id
		{"responses", "organisational"},           // already a member
		{"responses", "isolation"},
		{"new group", "benefits.navigation"},
		{"new group", "isolation.reduced"},
	} {
		if _, err := e.AddGroupMember(tc.group, "Made in a test: really.", tc.id); err != nil {
			t.Fatalf("%s %s: %v", tc.group, tc.id, err)
		}
	}
	cb := parseCB(t, e.Bytes())
	for name, want := range map[string][]string{
		"challenges": {"matching", "boundaries", "organisational.training"},
		"responses":  {"organisational", "isolation"},
		"new group":  {"benefits.navigation", "isolation.reduced"},
	} {
		g, ok := cb.Group(name)
		if !ok || !slices.Equal(g.Codes, want) {
			t.Errorf("group %s: %+v", name, g)
		}
	}
	if g, _ := cb.Group("new group"); g.Description != "Made in a test: really." {
		t.Errorf("description %q", g.Description)
	}
}

func TestRenderDraft(t *testing.T) {
	tricky := []string{"plain", "with: colon", "# hash", "- dash", "yes", "1.0", "\"quoted\" and 'single'",
		"ünïcödé “curly” 😀", strings.Repeat("long words ", 30) + "end", "two\nlines\n\nand a paragraph", "trailing space ", "{braces}", "@at", "tab\tinside"}
	d := &codebook.Draft{Comment: []string{"A test.", "", "More."}, Name: "Draft: test", Version: "1.0", Description: tricky[8]}
	for i, s := range tricky {
		d.Codes = append(d.Codes, codebook.CodeSpec{ID: "c" + string(rune('a'+i)), Label: s, Definition: s + "!"})
	}
	d.Codes = append(d.Codes, codebook.CodeSpec{ID: "ca.child", ParentID: "ca", Label: "Child", Definition: "Below.", Colour: "#000000",
		UseWhen: "When: always", Examples: []string{"“An example.”", "- two"}})
	d.Groups = []codebook.GroupSpec{{Name: "g: one", Description: "A group", Codes: []string{"ca", "ca.child"}}, {Name: "empty"}}
	out := codebook.RenderDraft(d)
	cb := parseCB(t, out)
	if cb.Name != d.Name || cb.Version != "1.0" || cb.Description != strings.TrimSpace(d.Description) {
		t.Errorf("header: %q %q %q", cb.Name, cb.Version, cb.Description)
	}
	for i, s := range tricky {
		c, ok := cb.Code("c" + string(rune('a'+i)))
		if !ok || c.Label != s || c.Definition != strings.TrimSpace(s+"!") {
			t.Errorf("%q came back as %+v", s, c)
		}
	}
	c, _ := cb.Code("ca.child")
	if c.ParentID != "ca" || c.UseWhen != "When: always" || !slices.Equal(c.Examples, []string{"“An example.”", "- two"}) {
		t.Errorf("child %+v", c)
	}
	if g, ok := cb.Group("g: one"); !ok || len(g.Codes) != 2 {
		t.Errorf("group %+v", g)
	}
	if !strings.HasPrefix(string(out), "# A test.\n#\n# More.\n") {
		t.Errorf("comment: %q", out[:30])
	}
}
