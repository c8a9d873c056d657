package codebook

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestTemplateNames(t *testing.T) {
	if got, want := TemplateNames(), []string{"blank", "peer-support"}; !slices.Equal(got, want) {
		t.Errorf("TemplateNames() = %q, want %q", got, want)
	}
	if _, err := Template("nope"); err == nil || !strings.Contains(err.Error(), "blank, peer-support") {
		t.Errorf("Template(nope) error = %v", err)
	}
}

func TestTemplatesParse(t *testing.T) {
	for _, name := range TemplateNames() {
		t.Run(name, func(t *testing.T) {
			data, err := Template(name)
			if err != nil {
				t.Fatal(err)
			}
			cb, err := Parse(name+".yaml", data)
			if err != nil {
				t.Fatalf("template does not validate:\n%v", err)
			}
			if _, err := Compile(cb); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte("#")) {
				t.Errorf("template has no header comment")
			}
			var buf bytes.Buffer
			if err := WriteTree(&buf, cb); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestBlankTemplate: a blank study starts with no code (grounded theory
// makes them while reading), and the editor can add the first one.
func TestBlankTemplate(t *testing.T) {
	data, _ := Template("blank")
	cb := mustParse(t, string(data))
	if got := ids(cb.Codes()); len(got) != 0 {
		t.Errorf("blank has codes %q, want none", got)
	}
	e, err := NewEditor(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.AddCode(CodeSpec{ID: "lonely", Label: "Lonely", Definition: "Feeling alone."}); err != nil {
		t.Fatal(err)
	}
	out, cb, err := e.Result("codebook.yaml")
	if err != nil {
		t.Fatalf("the first code: %v\n%s", err, out)
	}
	if got := ids(cb.Codes()); len(got) != 1 || got[0] != "lonely" {
		t.Errorf("after adding a code: %q", got)
	}
	if !strings.Contains(string(out), "# The codebook starts empty") {
		t.Error("adding a code lost the template's comments")
	}
}

// peerSupport parses the peer-support template, which tests, fuzzers and
// benchmarks code against.
func peerSupport(tb testing.TB) *Codebook {
	tb.Helper()
	data, err := Template("peer-support")
	if err != nil {
		tb.Fatal(err)
	}
	cb, err := Parse("peer-support.yaml", data)
	if err != nil {
		tb.Fatal(err)
	}
	return cb
}

func TestPeerSupportTemplate(t *testing.T) {
	cb := peerSupport(t)
	families := map[string][]string{
		"benefits": {"benefits.informational", "benefits.psychosocial", "benefits.navigation",
			"benefits.shared_experience", "benefits.complementary_care", "benefits.for_supporters"},
		"isolation":      {"isolation.experienced", "isolation.reduced"},
		"matching":       {"matching.criteria", "matching.process", "matching.mismatch"},
		"boundaries":     {"boundaries.role_scope", "boundaries.personal_contact", "boundaries.emotional_burden", "boundaries.confidentiality"},
		"organisational": {"organisational.training", "organisational.supervision", "organisational.policies"},
	}
	var wantRoots []string
	for _, root := range []string{"benefits", "isolation", "matching", "boundaries", "organisational"} {
		wantRoots = append(wantRoots, root)
		if got := ids(cb.Children(root)); !slices.Equal(got, families[root]) {
			t.Errorf("children of %s = %q, want %q", root, got, families[root])
		}
	}
	if got := ids(cb.Roots()); !slices.Equal(got, wantRoots) {
		t.Errorf("roots = %q", got)
	}
	colours := map[string]string{}
	for _, c := range cb.Codes() {
		if c.Label == "" || c.Definition == "" || c.UseWhen == "" || c.DoNotUseWhen == "" || c.Colour == "" {
			t.Errorf("code %s lacks a label, definition, guidance or colour", c.ID)
		}
		if prev, dup := colours[c.Colour]; dup {
			t.Errorf("codes %s and %s share colour %s", prev, c.ID, c.Colour)
		}
		colours[c.Colour] = c.ID
		if !c.IsLeaf() {
			continue
		}
		if len(c.Examples) < 2 || len(c.Examples) > 3 {
			t.Errorf("leaf %s has %d examples, want 2-3", c.ID, len(c.Examples))
		}
		if len(c.Rules) == 0 {
			t.Errorf("leaf %s has no rules", c.ID)
		}
	}
	if got := len(cb.Leaves()); got != 18 {
		t.Errorf("%d leaves, want 18", got)
	}
	challenges := append([]string{"matching"}, families["matching"]...)
	challenges = append(challenges, "boundaries")
	challenges = append(challenges, families["boundaries"]...)
	if got := ids(cb.GroupCodes("challenges")); !slices.Equal(got, challenges) {
		t.Errorf("challenges = %q, want %q", got, challenges)
	}
	responses := append([]string{"organisational"}, families["organisational"]...)
	if got := ids(cb.GroupCodes("responses")); !slices.Equal(got, responses) {
		t.Errorf("responses = %q, want %q", got, responses)
	}
}

// TestPeerSupportExamples checks that the rules of each leaf code fire on
// at least one of its own example quotes, and on some typical phrasings,
// and not on the false friends the codebook warns about.
func TestPeerSupportExamples(t *testing.T) {
	cb := peerSupport(t)
	m, err := Compile(cb)
	if err != nil {
		t.Fatal(err)
	}
	codesOf := func(in Input) []string {
		var out []string
		for _, h := range m.Match(in) {
			if !slices.Contains(out, h.Code) {
				out = append(out, h.Code)
			}
		}
		return out
	}
	for _, c := range cb.Leaves() {
		fired := false
		for _, ex := range c.Examples {
			if slices.Contains(codesOf(Input{Text: ex, Role: "peer supporter"}), c.ID) ||
				slices.Contains(codesOf(Input{Text: ex, Role: "patient"}), c.ID) {
				fired = true
			}
		}
		if !fired {
			t.Errorf("no rule of %s fires on its examples", c.ID)
		}
	}
	tests := []struct {
		text    string
		role    string
		want    string // a code that must fire
		notWant string // a code that must not fire
	}{
		{"She's been through it herself, so she knew what I meant.", "patient", "benefits.shared_experience", ""},
		{"I was on my own all day, nobody to talk to.", "caregiver", "isolation.experienced", ""},
		{"She rang me at midnight on my personal mobile.", "peer supporter", "boundaries.personal_contact", ""},
		{"After the debrief with the coordinator I felt better.", "peer supporter", "organisational.supervision", ""},
		{"It wasn't a good fit, so they rematched me.", "patient", "matching.mismatch", ""},
		{"There's a code of conduct, and a DBS check before you start.", "programme leader", "organisational.policies", ""},
		{"The training was two days on listening and boundaries.", "peer supporter", "organisational.training", ""},
		{"I'm not a nurse, so I tell them to ring the stoma nurse.", "peer supporter", "boundaries.role_scope", ""},
		{"It's a small town, everybody knows everybody.", "programme leader", "boundaries.confidentiality", ""},
		{"We watched the football match on Saturday.", "patient", "", "matching.criteria"},
		{"We watched the football match on Saturday.", "patient", "", "matching.process"},
		{"We only cover within the boundaries of the borough.", "programme leader", "", "boundaries.role_scope"},
		{"I'm training for the marathon in April.", "peer supporter", "", "organisational.training"},
		{"The charity match-funds whatever the trust puts in.", "programme leader", "", "matching.criteria"},
	}
	for _, tt := range tests {
		got := codesOf(Input{Text: tt.text, Role: tt.role})
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%q: codes %q, want %s", tt.text, got, tt.want)
		}
		if tt.notWant != "" && slices.Contains(got, tt.notWant) {
			t.Errorf("%q: codes %q, must not have %s", tt.text, got, tt.notWant)
		}
	}
}
