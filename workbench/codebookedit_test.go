package workbench

import (
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
)

func templateSrc(t *testing.T) []byte {
	t.Helper()
	src, err := codebook.Template("peer-support")
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func ptr(s string) *string { return &s }

// diffLines returns the lines of b that differ from a, aligning the common
// head and tail.
func diffLines(a, b string) (removed, added []string) {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	i := 0
	for i < len(al) && i < len(bl) && al[i] == bl[i] {
		i++
	}
	j := 0
	for j < len(al)-i && j < len(bl)-i && al[len(al)-1-j] == bl[len(bl)-1-j] {
		j++
	}
	return al[i : len(al)-j], bl[i : len(bl)-j]
}

func TestEditEveryCodeChangesOneLine(t *testing.T) {
	src := templateSrc(t)
	cb, err := codebook.Parse("codebook.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cb.Codes() {
		out, err := editCodebook("codebook.yaml", src, c.ID, CodeEdit{Label: ptr(c.Label + " (revised: “quoted”, #1)")})
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		rem, add := diffLines(string(src), string(out))
		if len(rem) != 1 || len(add) != 1 || !strings.Contains(rem[0], "label:") {
			t.Errorf("%s: changed %q to %q", c.ID, rem, add)
		}
		// Feeding back the rules as the editor shows them changes nothing.
		same, err := editCodebook("codebook.yaml", src, c.ID, CodeEdit{Rules: ptr(rulesText(src, c.ID)), Label: ptr(c.Label),
			Definition: ptr(c.Definition), UseWhen: ptr(c.UseWhen), DoNotUseWhen: ptr(c.DoNotUseWhen), Colour: ptr(c.Colour)})
		if err != nil || string(same) != string(src) {
			rem, add := diffLines(string(src), string(same))
			t.Errorf("%s: an unchanged form changed the file (%v): %q -> %q", c.ID, err, rem, add)
		}
	}
}

func TestEditFields(t *testing.T) {
	src := templateSrc(t)
	id := "isolation.reduced"
	def := "Peer contact makes people feel less alone: belonging, “I’m not the only one”, a group of people like them. " +
		"This sentence is here to make the definition long enough to be folded over several lines of the file."
	rules := "# revised\n- id: isolation.reduced/less-alone\n  terms: [less alone, not alone]\n\n- near: [[group], [belong*]]\n  within: 5\n"
	out, err := editCodebook("codebook.yaml", src, id, CodeEdit{Definition: ptr(def), UseWhen: ptr("Line one.\nLine two: with a colon."),
		DoNotUseWhen: ptr(""), Colour: ptr("#ABC"), Rules: ptr(rules)})
	if err != nil {
		t.Fatal(err)
	}
	cb, err := codebook.Parse("codebook.yaml", out)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := cb.Code(id)
	if c.Definition != def || c.UseWhen != "Line one.\nLine two: with a colon." || c.DoNotUseWhen != "" || c.Colour != "#aabbcc" {
		t.Errorf("code after edit: %+v", c)
	}
	if len(c.Rules) != 2 || c.Rules[0].ID != "isolation.reduced/less-alone" || c.Rules[1].Within != 5 || c.Rules[1].ID != id+"/2" {
		t.Errorf("rules after edit: %+v", c.Rules)
	}
	if !strings.Contains(string(out), "        # revised\n") || !strings.Contains(string(out), "    definition: >\n") {
		t.Errorf("layout not kept:\n%s", out)
	}
	if got := rulesText(out, id); got != strings.TrimRight(rules, "\n") {
		t.Errorf("rulesText = %q", got)
	}
	// The other codes are untouched.
	orig, _ := codebook.Parse("codebook.yaml", src)
	for _, o := range orig.Codes() {
		if o.ID == id {
			continue
		}
		n, _ := cb.Code(o.ID)
		if n.Label != o.Label || n.Definition != o.Definition || n.RulesHash() != o.RulesHash() || n.ParentID != o.ParentID {
			t.Errorf("%s changed", o.ID)
		}
	}
	// Removing the rules, and adding guidance to a code that has none.
	out2, err := editCodebook("codebook.yaml", out, id, CodeEdit{Rules: ptr("")})
	if err != nil {
		t.Fatal(err)
	}
	cb2, _ := codebook.Parse("codebook.yaml", out2)
	if c, _ := cb2.Code(id); len(c.Rules) != 0 {
		t.Error("rules not removed")
	}
	out3, err := editCodebook("codebook.yaml", out2, id, CodeEdit{DoNotUseWhen: ptr("Never."), Rules: ptr("- terms: [belong]")})
	if err != nil {
		t.Fatal(err)
	}
	cb3, _ := codebook.Parse("codebook.yaml", out3)
	if c, _ := cb3.Code(id); c.DoNotUseWhen != "Never." || len(c.Rules) != 1 {
		t.Errorf("after re-adding: %+v", c)
	}
}

func TestEditRefusesBadInput(t *testing.T) {
	src := templateSrc(t)
	for name, e := range map[string]CodeEdit{
		"empty definition": {Definition: ptr("  ")},
		"rules not a list": {Rules: ptr("terms: [x]")},
		"bad yaml":         {Rules: ptr("- terms: [x\n")},
		"tabs":             {Rules: ptr("-\tterms: [x]")},
		"invalid rule":     {Rules: ptr("- near: [[a], [b]]")},
		"bad colour":       {Colour: ptr("red")},
	} {
		if _, err := editCodebook("codebook.yaml", src, "matching", e); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := editCodebook("codebook.yaml", src, "nope", CodeEdit{Label: ptr("x")}); err == nil {
		t.Error("an unknown code was edited")
	}
}

func TestEditFlowAndFlatCodebooks(t *testing.T) {
	flow := []byte(`# a small codebook
name: Flow
codes:
  - {id: a, label: A, definition: The a code.}
  - id: b
    parent: a
    definition: The b code.
    rules: [{terms: [bee]}]
`)
	out, err := editCodebook("cb.yaml", flow, "a", CodeEdit{Label: ptr("Alpha"), Rules: ptr("- terms: [alpha]")})
	if err != nil {
		t.Fatal(err)
	}
	cb, err := codebook.Parse("cb.yaml", out)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := cb.Code("a"); c.Label != "Alpha" || len(c.Rules) != 1 {
		t.Errorf("flow code: %+v", c)
	}
	if !strings.Contains(string(out), "# a small codebook") {
		t.Error("comment lost")
	}
	if got := rulesText(flow, "b"); !strings.Contains(got, "bee") {
		t.Errorf("rulesText of a flow list = %q", got)
	}
	out, err = editCodebook("cb.yaml", flow, "b", CodeEdit{Rules: ptr("- terms: [bees]\n"), Label: ptr("Bee: the second")})
	if err != nil {
		t.Fatal(err)
	}
	cb, _ = codebook.Parse("cb.yaml", out)
	if c, _ := cb.Code("b"); c.Label != "Bee: the second" || c.Rules[0].Terms[0] != "bees" || c.ParentID != "a" {
		t.Errorf("flat code: %+v", c)
	}
	if !strings.Contains(string(out), "  - {id: a, label: A, definition: The a code.}\n") {
		t.Errorf("the other code was rewritten:\n%s", out)
	}
}

// The history names the fields a form changed, not every field it sent.
func TestChangedFieldsAreThoseThatChange(t *testing.T) {
	src := templateSrc(t)
	cb, err := codebook.Parse("codebook.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := cb.Code("matching.mismatch")
	form := CodeEdit{Label: ptr(c.Label + " (revised)"), Definition: ptr(c.Definition), UseWhen: ptr(c.UseWhen),
		DoNotUseWhen: ptr(c.DoNotUseWhen), Colour: ptr(c.Colour), Rules: ptr(rulesText(src, c.ID))}
	if got := changedFields("codebook.yaml", src, c.ID, form); strings.Join(got, ", ") != "the label" {
		t.Errorf("changed %q, want only the label", got)
	}
	form.Definition = ptr("A new definition.")
	if got := changedFields("codebook.yaml", src, c.ID, form); strings.Join(got, ", ") != "the label, the definition" {
		t.Errorf("changed %q, want the label and the definition", got)
	}
}
