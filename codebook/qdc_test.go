package codebook_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
)

// xmllintQDC validates a .qdc against shared/refi-qda/Codebook.xsd,
// skipping when xmllint or the schema is not there.
func xmllintQDC(t *testing.T, data []byte) {
	t.Helper()
	xsd := filepath.Join("..", "..", "shared", "refi-qda", "Codebook.xsd")
	if _, err := os.Stat(xsd); err != nil {
		t.Skipf("no %s", xsd)
	}
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint is not installed (Debian: libxml2-utils)")
	}
	f := filepath.Join(t.TempDir(), "codebook.qdc")
	os.WriteFile(f, data, 0o644)
	if out, err := exec.Command("xmllint", "--noout", "--schema", xsd, f).CombinedOutput(); err != nil {
		t.Fatalf("the .qdc does not validate: %v\n%s", err, out)
	}
}

func template(t *testing.T, name string) ([]byte, *codebook.Codebook) {
	t.Helper()
	data, err := codebook.Template(name)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := codebook.Parse("codebook.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return data, cb
}

func qdc(t *testing.T, cb *codebook.Codebook) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := codebook.WriteQDC(&b, cb, "groundwork"); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWriteQDC(t *testing.T) {
	for _, name := range codebook.TemplateNames() {
		t.Run(name, func(t *testing.T) {
			_, cb := template(t, name)
			out := qdc(t, cb)
			if !bytes.HasPrefix(out, []byte(`<?xml version="1.0" encoding="utf-8"?>`+"\n"+`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"`)) {
				t.Errorf("starts %q", out[:80])
			}
			xmllintQDC(t, out)
			if again := qdc(t, cb); !bytes.Equal(out, again) {
				t.Error("two exports differ")
			}
			x, err := codebook.ReadQDC("c.qdc", out)
			if err != nil {
				t.Fatal(err)
			}
			if x.Len() != len(cb.Codes()) || x.Origin != "groundwork" {
				t.Errorf("%d codes read back, want %d", x.Len(), len(cb.Codes()))
			}
			x.Walk(func(c, parent *codebook.ExchangeCode) {
				var orig *codebook.Code
				for _, o := range cb.Codes() {
					if codebook.CodeGUID(o.ID) == c.GUID {
						orig = o
					}
				}
				if orig == nil {
					t.Fatalf("code %s: GUID %s is no code's", c.Name, c.GUID)
				}
				if c.Name != codebook.CodeName(orig) || c.Description != orig.Definition || c.Colour != orig.Colour || c.Codable != orig.IsLeaf() {
					t.Errorf("code %s read back as %+v", orig.ID, c)
				}
				if (parent == nil) != (orig.ParentID == "") || parent != nil && parent.GUID != codebook.CodeGUID(orig.ParentID) {
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
	l := strings.Join(codebook.QDCLosses(cb), "\n")
	for _, want := range []string{"use_when/do_not_use_when of", "example quotes of", "auto-coding rules of"} {
		if !strings.Contains(l, want) {
			t.Errorf("losses %q lack %q", l, want)
		}
	}
}

func TestStableGUID(t *testing.T) {
	a, b := codebook.CodeGUID("benefits"), codebook.CodeGUID("benefits")
	if a != b || a == codebook.CodeGUID("benefit") || !codebook.IsGUID(a) || a[14] != '5' {
		t.Errorf("CodeGUID: %s %s", a, b)
	}
	if codebook.CodeGUID("x") == codebook.GroupGUID("x") {
		t.Error("codes and groups share GUIDs")
	}
	if codebook.NormGUID(" {ABCDEF01-0000-0000-0000-000000000000} ") != "abcdef01-0000-0000-0000-000000000000" || codebook.NormGUID("C001") != "c001" {
		t.Error("NormGUID")
	}
}

func TestReadQDCSpecSample(t *testing.T) {
	data, err := os.ReadFile("../../shared/refi-qda/samples/codebooks/spec-annex-a1.qdc")
	if err != nil {
		t.Skip(err)
	}
	x, err := codebook.ReadQDC("spec-annex-a1.qdc", data)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range x.Codes {
		names = append(names, c.Name)
	}
	if strings.Join(names, ",") != "Topics,Economy,Health care,Values,Conservatives,Liberals" {
		t.Errorf("codes %v", names)
	}
	if c := x.Codes[1]; c.GUID != "d7aa29da-519b-4946-9b90-253b6db8fd0a" || c.Colour != "#ffff00" || !c.Codable || c.Description != "Anything about jobs or taxes or business" {
		t.Errorf("Economy %+v", c)
	}
	if x.Codes[0].Codable {
		t.Error("Topics is not codable")
	}
	res, err := codebook.ImportExchange(nil, "", x, codebook.ImportOptions{Source: "spec-annex-a1.qdc"})
	if err != nil {
		t.Fatal(err)
	}
	cb, err := codebook.Parse("codebook.yaml", res.YAML)
	if err != nil {
		t.Fatal(err)
	}
	if len(cb.Codes()) != 6 || res.IDs["d7aa29da-519b-4946-9b90-253b6db8fd0a"] != "economy" {
		t.Errorf("%d codes, ids %v", len(cb.Codes()), res.IDs)
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
	x, err := codebook.ReadQDC("atlas.qdc", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
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
	res, err := codebook.ImportExchange(nil, "", x, codebook.ImportOptions{Source: "atlas.qdc"})
	if err != nil {
		t.Fatal(err)
	}
	cb, err := codebook.Parse("codebook.yaml", res.YAML)
	if err != nil {
		t.Fatal(err)
	}
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
		_, err := codebook.ReadQDC("in.qdc", []byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "in.qdc: ") {
			t.Errorf("%q: err = %v, want %q", tc.data, err, tc.want)
		}
	}
}

// Exporting the codebook and importing it back changes nothing; into a
// project without it, the tree, definitions, colours and groups come back.
func TestQDCRoundTrip(t *testing.T) {
	data, cb := template(t, "peer-support")
	x, err := codebook.ReadQDC("c.qdc", qdc(t, cb))
	if err != nil {
		t.Fatal(err)
	}
	res, err := codebook.ImportExchange(data, "codebook.yaml", x, codebook.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.YAML, data) || len(res.Added)+len(res.Changed)+len(res.Dropped) > 0 || res.Unchanged != len(cb.Codes()) {
		t.Errorf("merge into itself: added %v changed %v dropped %v unchanged %d", res.Added, res.Changed, res.Dropped, res.Unchanged)
	}
	fresh, err := codebook.ImportExchange(nil, "", x, codebook.ImportOptions{Source: "c.qdc"})
	if err != nil {
		t.Fatal(err)
	}
	cb2, err := codebook.Parse("codebook.yaml", fresh.YAML)
	if err != nil {
		t.Fatal(err)
	}
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
