package refiqda_test

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/refiqda"
)

// template returns a codebook template's file and the codebook it parses to.
func template(t *testing.T, name string) ([]byte, *codebook.Codebook) {
	t.Helper()
	data, err := codebook.Template(name)
	noErr(t, err)
	return data, parseCB(t, data)
}

// parseCB parses a codebook file that must be valid.
func parseCB(t *testing.T, data []byte) *codebook.Codebook {
	t.Helper()
	cb, err := codebook.Parse("codebook.yaml", data)
	noErr(t, err)
	return cb
}

func qdc(t *testing.T, cb *codebook.Codebook) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := refiqda.WriteQDC(&b, cb, "groundwork"); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var commentRE = regexp.MustCompile(`(?m)^\s*#`)

// comments counts the comment lines of a codebook file.
func comments(data []byte) int { return len(commentRE.FindAll(data, -1)) }

func TestWriteQDC(t *testing.T) {
	for _, name := range codebook.TemplateNames() {
		t.Run(name, func(t *testing.T) {
			_, cb := template(t, name)
			if len(cb.Codes()) == 0 {
				// A blank project's codebook: REFI-QDA needs a code.
				err := refiqda.WriteQDC(&bytes.Buffer{}, cb, "groundwork")
				if err == nil || !strings.Contains(err.Error(), "needs at least one") {
					t.Fatalf("exporting an empty codebook: %v, want a refusal that says why", err)
				}
				return
			}
			out := qdc(t, cb)
			if !bytes.HasPrefix(out, []byte(`<?xml version="1.0" encoding="utf-8"?>`+"\n"+`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"`)) {
				t.Errorf("starts %q", out[:80])
			}
			validate(t, "Codebook.xsd", out)
			if again := qdc(t, cb); !bytes.Equal(out, again) {
				t.Error("two exports differ")
			}
			x, err := refiqda.ReadQDC("c.qdc", out)
			noErr(t, err)
			if x.Len() != len(cb.Codes()) || x.Origin != "groundwork" {
				t.Errorf("%d codes read back, want %d", x.Len(), len(cb.Codes()))
			}
			x.Walk(func(c, parent *refiqda.ExchangeCode) {
				var orig *codebook.Code
				for _, o := range cb.Codes() {
					if refiqda.CodeGUID(o.ID) == c.GUID {
						orig = o
					}
				}
				if orig == nil {
					t.Fatalf("code %s: GUID %s is no code's", c.Name, c.GUID)
				}
				if c.Name != codeName(orig) || c.Description != orig.Definition || c.Colour != orig.Colour || c.Codable != orig.IsLeaf() {
					t.Errorf("code %s read back as %+v", orig.ID, c)
				}
				if (parent == nil) != (orig.ParentID == "") || parent != nil && parent.GUID != refiqda.CodeGUID(orig.ParentID) {
					t.Errorf("code %s under the wrong parent", orig.ID)
				}
			})
			if len(x.Sets) != len(cb.Groups()) {
				t.Errorf("%d sets, want %d", len(x.Sets), len(cb.Groups()))
			}
		})
	}
}

func TestQDCLosses(t *testing.T) {
	_, cb := template(t, "peer-support")
	l := strings.Join(refiqda.QDCLosses(cb), "\n")
	for _, want := range []string{"use_when/do_not_use_when of", "example quotes of", "auto-coding rules of"} {
		if !strings.Contains(l, want) {
			t.Errorf("losses %q lack %q", l, want)
		}
	}
}

func TestStableGUID(t *testing.T) {
	a, b := refiqda.CodeGUID("benefits"), refiqda.CodeGUID("benefits")
	if a != b || a == refiqda.CodeGUID("benefit") || !refiqda.IsGUID(a) || a[14] != '5' {
		t.Errorf("CodeGUID: %s %s", a, b)
	}
	if refiqda.CodeGUID("x") == refiqda.GroupGUID("x") {
		t.Error("codes and groups share GUIDs")
	}
	if refiqda.NormGUID(" {ABCDEF01-0000-0000-0000-000000000000} ") != "abcdef01-0000-0000-0000-000000000000" || refiqda.NormGUID("C001") != "c001" {
		t.Error("NormGUID")
	}
}

func TestReadQDCLenient(t *testing.T) {
	src := "\ufeff" + `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="ATLAS.ti Win 23.4">
  <Codes>
    <Code guid="c001" name="Emotions::Joy" isCodable="true" color="#FF000080"/>
    <Code guid="c002" name="Emotions::Fear::Night fears" isCodable="1" color="rgb(0, 128, 255)"/>
    <Code guid="{ABCDEF01-0000-0000-0000-000000000003}" name="Emotions" isCodable="false" color="#0F0">
      <Description>How people feel</Description>
    </Code>
    <Code guid="c004" name="Places" isCodable="true" color="blue"/>
    <Code guid="c005" name="Places" isCodable="true"/>
  </Codes>
  <Sets/>
</CodeBook>`
	x, err := refiqda.ReadQDC("atlas.qdc", []byte(src))
	noErr(t, err)
	if x.Len() != 6 || len(x.Codes) != 3 {
		t.Fatalf("%d codes, %d at the top", x.Len(), len(x.Codes))
	}
	em := x.Codes[0]
	if em.Name != "Emotions" || em.GUID != "abcdef01-0000-0000-0000-000000000003" || em.Colour != "#00ff00" || len(em.Children) != 2 {
		t.Errorf("Emotions %+v", em)
	}
	if j := em.Children[0]; j.Name != "Joy" || j.Colour != "#ff0000" || j.GUID != "c001" {
		t.Errorf("Joy %+v", j)
	}
	if f := em.Children[1]; f.Name != "Fear" || !f.Folder || len(f.Children) != 1 || f.Children[0].Colour != "#0080ff" {
		t.Errorf("Fear %+v", f)
	}
	if len(x.Warnings) != 1 || !strings.Contains(x.Warnings[0], "1 code had a colour") {
		t.Errorf("warnings %q", x.Warnings)
	}
	res, err := refiqda.ImportCodebook(nil, "", x, refiqda.CodebookOptions{Source: "atlas.qdc"})
	noErr(t, err)
	cb := parseCB(t, res.YAML)
	for _, id := range []string{"emotions", "emotions.joy", "emotions.fear", "emotions.fear.night_fears", "places", "places_2"} {
		if _, ok := cb.Code(id); !ok {
			t.Errorf("no code %s in\n%s", id, res.YAML)
		}
	}
}

func TestReadQDCRefuses(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{`<html><body/></html>`, "the root element is <html>, not <CodeBook>"},
		{`<CodeBook xmlns="urn:other"><Codes/></CodeBook>`, `namespace "urn:other"`},
		{"<CodeBook>\n<Codes>", "XML syntax error on line 2"},
		{`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>`, "has no codes"},
		{``, "no XML element"},
	} {
		_, err := refiqda.ReadQDC("in.qdc", []byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "in.qdc: ") {
			t.Errorf("%q: err = %v, want %q", tc.data, err, tc.want)
		}
	}
}

// Exporting the codebook and importing it back changes nothing; into a
// project without it, the tree, definitions, colours and groups come back.
func TestQDCRoundTrip(t *testing.T) {
	data, cb := template(t, "peer-support")
	x, err := refiqda.ReadQDC("c.qdc", qdc(t, cb))
	noErr(t, err)
	res, err := refiqda.ImportCodebook(data, "codebook.yaml", x, refiqda.CodebookOptions{})
	noErr(t, err)
	if !bytes.Equal(res.YAML, data) || len(res.Added)+len(res.Changed)+len(res.Dropped) > 0 || res.Unchanged != len(cb.Codes()) {
		t.Errorf("merge into itself: added %v changed %v dropped %v unchanged %d", res.Added, res.Changed, res.Dropped, res.Unchanged)
	}
	fresh, err := refiqda.ImportCodebook(nil, "", x, refiqda.CodebookOptions{Source: "c.qdc"})
	noErr(t, err)
	cb2 := parseCB(t, fresh.YAML)
	if len(cb2.Codes()) != len(cb.Codes()) || len(fresh.Added) != len(cb.Codes()) {
		t.Fatalf("%d codes, want %d", len(cb2.Codes()), len(cb.Codes()))
	}
	byLabel := map[string]*codebook.Code{}
	for _, c := range cb2.Codes() {
		byLabel[c.Label] = c
	}
	for _, c := range cb.Codes() {
		c2 := byLabel[c.Label]
		if c2 == nil || c2.Definition != c.Definition || c2.Colour != c.Colour || c2.Depth != c.Depth {
			t.Errorf("%s came back as %+v", c.ID, c2)
			continue
		}
		if p := c.Parent(); p != nil && c2.Parent().Label != p.Label {
			t.Errorf("%s under %s", c.ID, c2.Parent().Label)
		}
	}
	for _, g := range cb.Groups() {
		g2, ok := cb2.Group(g.Name)
		if !ok || len(g2.Codes) != len(g.Codes) || g2.Description != g.Description {
			t.Errorf("group %s came back as %+v", g.Name, g2)
		}
	}
}

func exchangeOf(t *testing.T, cb *codebook.Codebook) *refiqda.Exchange {
	t.Helper()
	x, err := refiqda.ReadQDC("c.qdc", qdc(t, cb))
	noErr(t, err)
	return x
}

func find(x *refiqda.Exchange, id string) *refiqda.ExchangeCode {
	var out *refiqda.ExchangeCode
	x.Walk(func(c, _ *refiqda.ExchangeCode) {
		if c.GUID == refiqda.CodeGUID(id) {
			out = c
		}
	})
	return out
}

func TestImportMerge(t *testing.T) {
	data, cb := template(t, "peer-support")
	x := exchangeOf(t, cb)
	find(x, "matching.mismatch").Name = "Poor match"
	find(x, "boundaries.confidentiality").Description = "Keeping what is said private."
	find(x, "isolation").Colour = "#010203"
	// benefits.for_supporters moves under isolation (in another tool).
	ben := find(x, "benefits")
	fs := find(x, "benefits.for_supporters")
	ben.Children = slices.DeleteFunc(ben.Children, func(c *refiqda.ExchangeCode) bool { return c == fs })
	iso := find(x, "isolation")
	iso.Children = append(iso.Children, fs)
	// New codes: one under matching, one at the top with a child.
	m := find(x, "matching")
	m.Children = append(m.Children, &refiqda.ExchangeCode{GUID: "new-1", Name: "Waiting lists", Description: "Waiting for a peer.", Codable: true})
	x.Codes = append(x.Codes, &refiqda.ExchangeCode{GUID: "new-2", Name: "Stigma", Children: []*refiqda.ExchangeCode{{GUID: "new-3", Name: "Self stigma"}}})
	x.Sets[0].Codes = append(x.Sets[0].Codes, "new-2")
	x.Sets = append(x.Sets, &refiqda.ExchangeSet{GUID: "set-3", Name: "feelings", Codes: []string{"new-3", refiqda.CodeGUID("isolation")}})

	res, err := refiqda.ImportCodebook(data, "codebook.yaml", x, refiqda.CodebookOptions{Mode: refiqda.Merge})
	noErr(t, err)
	if !slices.Equal(res.Added, []string{"matching.waiting_lists", "stigma", "stigma.self_stigma"}) {
		t.Errorf("added %v", res.Added)
	}
	changed := map[string][]string{}
	for _, c := range res.Changed {
		changed[c.ID] = c.Fields
	}
	want := map[string][]string{"matching.mismatch": {"label"}, "boundaries.confidentiality": {"definition"},
		"isolation": {"colour"}, "benefits.for_supporters": {"parent"}}
	for id, f := range want {
		if !slices.Equal(changed[id], f) {
			t.Errorf("%s changed %v, want %v (all: %v)", id, changed[id], f, res.Changed)
		}
	}
	if len(res.Dropped) != 0 || res.Unchanged != len(cb.Codes())-4 {
		t.Errorf("dropped %v unchanged %d", res.Dropped, res.Unchanged)
	}
	if !slices.Equal(res.GroupsChanged, []string{"challenges"}) || !slices.Equal(res.GroupsAdded, []string{"feelings"}) {
		t.Errorf("groups changed %v added %v", res.GroupsChanged, res.GroupsAdded)
	}
	cb2 := parseCB(t, res.YAML)
	for _, c := range cb.Codes() {
		c2, ok := cb2.Code(c.ID)
		if !ok || c2.RulesHash() != c.RulesHash() || len(c2.Examples) != len(c.Examples) || c2.UseWhen != c.UseWhen {
			t.Errorf("%s lost its rules or guidance", c.ID)
		}
	}
	if c, _ := cb2.Code("benefits.for_supporters"); c.ParentID != "isolation" {
		t.Errorf("benefits.for_supporters under %q", c.ParentID)
	}
	if c, _ := cb2.Code("stigma.self_stigma"); !strings.Contains(c.Definition, "without a definition") {
		t.Errorf("placeholder definition %q", c.Definition)
	}
	if comments(res.YAML) != comments(data) {
		t.Errorf("comments: %d, were %d", comments(res.YAML), comments(data))
	}
	if g, _ := cb2.Group("challenges"); !slices.Contains(g.Codes, "stigma") {
		t.Errorf("challenges: %v", g.Codes)
	}
}

func TestImportReplace(t *testing.T) {
	data, cb := template(t, "peer-support")
	// Its own export changes nothing, groups included.
	res, err := refiqda.ImportCodebook(data, "codebook.yaml", exchangeOf(t, cb), refiqda.CodebookOptions{Mode: refiqda.Replace})
	noErr(t, err)
	if len(res.Added)+len(res.Changed)+len(res.Dropped)+len(res.GroupsAdded)+len(res.GroupsChanged)+len(res.GroupsDropped) > 0 {
		t.Errorf("replacing a codebook by its own export: %+v", res)
	}
	x := exchangeOf(t, cb)
	// Keep benefits (with its children) and matching.criteria at the top.
	crit := find(x, "matching.criteria")
	x.Codes = []*refiqda.ExchangeCode{find(x, "benefits"), crit}
	x.Sets = x.Sets[:1]
	x.Sets[0].Codes = []string{crit.GUID}
	res, err = refiqda.ImportCodebook(data, "codebook.yaml", x, refiqda.CodebookOptions{Mode: refiqda.Replace})
	noErr(t, err)
	cb2 := parseCB(t, res.YAML)
	if len(cb2.Codes()) != 8 || len(res.Dropped) != len(cb.Codes())-8 || !slices.Contains(res.Dropped, "isolation") {
		t.Errorf("%d codes, dropped %v", len(cb2.Codes()), res.Dropped)
	}
	if cb2.Name != cb.Name || cb2.Version != cb.Version {
		t.Errorf("name %q version %q", cb2.Name, cb2.Version)
	}
	for _, c := range cb2.Codes() {
		orig, _ := cb.Code(c.ID)
		if orig == nil || c.RulesHash() != orig.RulesHash() || c.UseWhen != orig.UseWhen || len(c.Examples) != len(orig.Examples) {
			t.Errorf("%s did not keep its rules and guidance", c.ID)
		}
	}
	if c, _ := cb2.Code("matching.criteria"); c.ParentID != "" {
		t.Errorf("matching.criteria under %q", c.ParentID)
	}
	if !slices.Equal(res.GroupsDropped, []string{"responses"}) || !slices.Equal(res.GroupsChanged, []string{"challenges"}) {
		t.Errorf("groups dropped %v changed %v", res.GroupsDropped, res.GroupsChanged)
	}
	if len(res.Changed) != 1 || res.Changed[0].ID != "matching.criteria" {
		t.Errorf("changed %v", res.Changed)
	}
}

// An imported set of codes becomes a group even when none of its members
// is in the codebook, in a merge as in a fresh codebook.
func TestImportCodebookEmptySet(t *testing.T) {
	data, cb := template(t, "peer-support")
	x := exchangeOf(t, cb)
	x.Sets = append(x.Sets, &refiqda.ExchangeSet{GUID: "set-9", Name: "to do", Description: "Codes to write.", Codes: []string{"no-such-code"}})
	for _, existing := range [][]byte{data, nil} {
		res, err := refiqda.ImportCodebook(existing, "codebook.yaml", x, refiqda.CodebookOptions{})
		noErr(t, err)
		g, ok := parseCB(t, res.YAML).Group("to do")
		if !ok || len(g.Codes) != 0 || g.Description != "Codes to write." || !slices.Contains(res.GroupsAdded, "to do") {
			t.Errorf("group %+v, added %v", g, res.GroupsAdded)
		}
		if !slices.Contains(res.Warnings, "1 member of sets name codes the codebook does not have; left out") {
			t.Errorf("warnings %q", res.Warnings)
		}
	}
}
