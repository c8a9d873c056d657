package codebook

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// minimal returns a valid one-code codebook followed by extra YAML lines
// (appended under codes:).
func minimal(extra string) string {
	return "name: T\ncodes:\n  - id: a\n    definition: A code.\n" + extra
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // problem strings, in order
	}{
		{
			name: "duplicate id",
			yaml: minimal("  - id: a\n    definition: Again.\n"),
			want: []string{`cb.yaml:5:9: duplicate id "a" (first defined at line 3)`},
		},
		{
			name: "unknown parent",
			yaml: minimal("  - id: b\n    parent: nope\n    definition: B.\n"),
			want: []string{`cb.yaml:6:13: unknown parent "nope"`},
		},
		{
			name: "parent cycle",
			yaml: minimal("  - id: b\n    parent: c\n    definition: B.\n  - id: c\n    parent: b\n    definition: C.\n"),
			want: []string{`cb.yaml:6:13: parent cycle: b -> c -> b`},
		},
		{
			name: "self parent",
			yaml: minimal("  - id: b\n    parent: b\n    definition: B.\n"),
			want: []string{`cb.yaml:6:13: parent cycle: b -> b`},
		},
		{
			name: "parent conflicts with nesting",
			yaml: minimal("    children:\n      - id: b\n        parent: x\n        definition: B.\n"),
			want: []string{`cb.yaml:7:17: parent "x" conflicts with the enclosing code "a"`},
		},
		{
			name: "bad colour",
			yaml: minimal("    colour: '#12345'\n"),
			want: []string{`cb.yaml:5:13: bad colour "#12345": use #RRGGBB or #RGB in hex digits`},
		},
		{
			name: "bad color spelled the American way",
			yaml: minimal("    color: red\n"),
			want: []string{`cb.yaml:5:12: bad colour "red": use #RRGGBB or #RGB in hex digits`},
		},
		{
			name: "colour and color",
			yaml: minimal("    colour: '#fff'\n    color: '#000'\n"),
			want: []string{`cb.yaml:6:5: give colour or color, not both`},
		},
		{
			name: "unknown code key",
			yaml: minimal("    colr: '#fff'\n"),
			want: []string{`cb.yaml:5:5: unknown key "colr" in code (allowed keys: id, label, definition, use_when, do_not_use_when, examples, colour, color, groups, rules, children, parent)`},
		},
		{
			name: "unknown top-level key",
			yaml: "nam: T\n" + minimal("")[len("name: T\n"):],
			want: []string{`cb.yaml:1:1: unknown key "nam" in codebook (allowed keys: name, version, description, groups, codes)`},
		},
		{
			name: "empty definition",
			yaml: "codes:\n  - id: a\n    definition: ''\n",
			want: []string{`cb.yaml:3:17: code "a" has an empty definition`},
		},
		{
			name: "missing definition",
			yaml: "codes:\n  - id: a\n    label: A\n",
			want: []string{`cb.yaml:2:5: code "a" has no definition`},
		},
		{
			name: "missing id",
			yaml: "codes:\n  - definition: A.\n",
			want: []string{`cb.yaml:2:5: code has no id`},
		},
		{
			name: "invalid id",
			yaml: "codes:\n  - id: a b\n    definition: A.\n",
			want: []string{`cb.yaml:2:9: invalid code id "a b": use letters, digits and . _ - :`},
		},
		{
			name: "group names unknown code",
			yaml: minimal("groups:\n  g:\n    description: G.\n    codes: [a, zzz]\n"),
			want: []string{`cb.yaml:8:16: group "g" names unknown code "zzz"`},
		},
		{
			name: "unknown group key",
			yaml: minimal("groups:\n  g:\n    members: [a]\n"),
			want: []string{`cb.yaml:7:5: unknown key "members" in group (allowed keys: description, codes)`},
		},
		{
			name: "near without within",
			yaml: minimal("    rules:\n      - near: [[a], [b]]\n"),
			want: []string{`cb.yaml:6:9: near needs within: N (how many words apart the two terms may be)`},
		},
		{
			name: "within without near",
			yaml: minimal("    rules:\n      - terms: [a]\n        within: 3\n"),
			want: []string{`cb.yaml:7:9: within applies only to near`},
		},
		{
			name: "within not a number",
			yaml: minimal("    rules:\n      - near: [[a], [b]]\n        within: many\n"),
			want: []string{`cb.yaml:7:17: within must be a whole number of words from 1 to 1000, not "many"`},
		},
		{
			name: "near with one set",
			yaml: minimal("    rules:\n      - near: [[a]]\n        within: 2\n"),
			want: []string{`cb.yaml:6:15: near needs two lists of terms, as in near: [[nobody, no one], [talk*, listen*]]`},
		},
		{
			name: "rule without kind",
			yaml: minimal("    rules:\n      - unless: [x]\n"),
			want: []string{`cb.yaml:6:9: rule needs one of terms, near or query`},
		},
		{
			name: "rule with two kinds",
			yaml: minimal("    rules:\n      - terms: [a]\n        query: 'b'\n"),
			want: []string{`cb.yaml:7:9: rule has both terms and query: give only one`},
		},
		{
			name: "unknown rule field",
			yaml: minimal("    rules:\n      - terms: [a]\n        except: [b]\n"),
			want: []string{`cb.yaml:7:9: unknown field "except" in rule (allowed fields: id, terms, near, within, unless, scope, query)`},
		},
		{
			name: "unknown scope key",
			yaml: minimal("    rules:\n      - terms: [a]\n        scope: {role: [x]}\n"),
			want: []string{`cb.yaml:7:17: unknown key "role" in scope (allowed keys: roles, speakers)`},
		},
		{
			name: "lone star at start",
			yaml: minimal("    rules:\n      - terms: ['* midnight']\n"),
			want: []string{`cb.yaml:6:17: term "* midnight": a lone * must stand between two words`},
		},
		{
			name: "star inside word",
			yaml: minimal("    rules:\n      - terms: [vol*unteer]\n"),
			want: []string{`cb.yaml:6:17: term "vol*unteer": * may only end a word or stand alone between words`},
		},
		{
			name: "wildcard too short",
			yaml: minimal("    rules:\n      - terms: [a*]\n"),
			want: []string{`cb.yaml:6:17: term "a*": a wildcard needs at least two letters before *`},
		},
		{
			name: "term without words",
			yaml: minimal("    rules:\n      - terms: ['!!']\n"),
			want: []string{`cb.yaml:6:17: term "!!" has no words in "!!"`},
		},
		{
			name: "empty terms",
			yaml: minimal("    rules:\n      - terms: []\n"),
			want: []string{`cb.yaml:6:16: terms is empty`},
		},
		{
			name: "invalid query",
			yaml: minimal("    rules:\n      - query: 'text:\"unclosed'\n"),
			want: []string{"cb.yaml:6:16: invalid query \"text:\\\"unclosed\": a quotation mark is not closed (at character 6; see `groundwork search --help` for the language)"},
		},
		{
			name: "query on codes",
			yaml: minimal("    rules:\n      - query: 'night code:x'\n      - query: 'night suggested:x'\n"),
			want: []string{`cb.yaml:6:16: query "night code:x" filters on code x; a rule cannot depend on codings`,
				`cb.yaml:7:16: query "night suggested:x" filters on code x; a rule cannot depend on codings`},
		},
		{
			name: "duplicate rule id",
			yaml: minimal("    rules:\n      - id: r\n        terms: [x]\n      - id: r\n        terms: [y]\n"),
			want: []string{`cb.yaml:8:13: duplicate rule id "r" (first at line 6)`},
		},
		{
			name: "duplicate key",
			yaml: minimal("    label: A\n    label: B\n"),
			want: []string{`cb.yaml:6:5: duplicate key "label" in code (first at line 5)`},
		},
		{
			name: "codes not a list",
			yaml: "codes: {a: b}\n",
			want: []string{`cb.yaml:1:8: codes must be a list of codes (each starting with "- id:"), not a mapping`},
		},
		{
			name: "yaml syntax error",
			yaml: "name: T\ncodes:\n  - id: a\n   definition: x\n",
			want: []string{`cb.yaml:2: YAML syntax error: did not find expected '-' indicator`},
		},
		{
			// yaml.v3 stops at line 4; the mistake is on line 5.
			name: "flow sequence left open",
			yaml: "name: T\ncodes:\n  - id: a\n    label: A\n    examples: [\"one\"\n  - id: b\n    label: B\n",
			want: []string{`cb.yaml:5: YAML syntax error: a '[' opened on this line is not closed on it; close it, or put the whole value in quotes (the YAML reader stopped at line 4: did not find expected ',' or ']')`},
		},
		{
			name: "empty file",
			yaml: "# only a comment\n",
			want: []string{`cb.yaml: the codebook is empty`},
		},
		{
			name: "two documents",
			yaml: minimal("---\nname: other\n"),
			want: []string{`cb.yaml:5:1: only one YAML document is allowed in a codebook`},
		},
		{
			name: "every problem is reported",
			yaml: "codes:\n" +
				"  - id: a\n" +
				"    definition: A.\n" +
				"    colour: blue\n" +
				"  - id: a\n" +
				"    definition: ''\n" +
				"    parent: ghost\n" +
				"    rules:\n" +
				"      - near: [[x], [y]]\n" +
				"        bogus: 1\n",
			want: []string{
				`cb.yaml:4:13: bad colour "blue": use #RRGGBB or #RGB in hex digits`,
				`cb.yaml:5:9: duplicate id "a" (first defined at line 2)`,
				`cb.yaml:6:17: code "a" has an empty definition`,
				`cb.yaml:7:13: unknown parent "ghost"`,
				`cb.yaml:9:9: near needs within: N (how many words apart the two terms may be)`,
				`cb.yaml:10:9: unknown field "bogus" in rule (allowed fields: id, terms, near, within, unless, scope, query)`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cb, err := Parse("cb.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatalf("Parse succeeded, want problems %q", tt.want)
			}
			if cb != nil {
				t.Errorf("Parse returned a codebook with an error")
			}
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("error is %T, want *ValidationError: %v", err, err)
			}
			var got []string
			for _, p := range ve.Problems {
				got = append(got, p.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
			if err.Error() != strings.Join(tt.want, "\n") {
				t.Errorf("Error() = %q", err.Error())
			}
		})
	}
}

// TestParseProblemsCombined checks that problems found only when
// linking (duplicates, parents, groups) are reported together with the
// others.
func TestParseProblemsCombined(t *testing.T) {
	src := "groups:\n  g: [nope]\ncodes:\n  - id: a\n    definition: A.\n    parent: b\n  - id: b\n    definition: B.\n    parent: a\n  - id: c\n    colour: '#xyz'\n"
	_, err := Parse("x.yaml", []byte(src))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v", err)
	}
	want := []string{
		`x.yaml:2:7: group "g" names unknown code "nope"`,
		`x.yaml:6:13: parent cycle: a -> b -> a`,
		`x.yaml:10:5: code "c" has no definition`,
		`x.yaml:11:13: bad colour "#xyz": use #RRGGBB or #RGB in hex digits`,
	}
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

const treeYAML = `# A test codebook.
name: Test book
version: 1.0
description: For tests.
groups:
  hard:
    description: Hard things.
    codes: [b]
  flat: [a.2]
codes:
  - id: a
    label: Alpha
    definition: The first.
    colour: "#ABC"
    use_when:
      - one thing
      - another
    examples: [just one]
    children:
      - id: a.1
        definition: First child.
        rules:
          - terms: [boundary]
          - id: custom
            near: [[nobody], [talk]]
            within: 3
      - id: a.2
        definition: Second child.
        groups: [tagged]
  - id: b
    label: Beta
    definition: The second.
    color: "#00ff00"
  - id: b.1
    parent: b
    definition: Flat child of b.
    groups: [tagged, hard]
  - id: b.1.x
    parent: b.1
    definition: Grandchild.
`

func mustParse(t testing.TB, src string) *Codebook {
	t.Helper()
	cb, err := Parse("test.yaml", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return cb
}

func ids(cs []*Code) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func TestParseTree(t *testing.T) {
	cb := mustParse(t, treeYAML)
	if cb.Name != "Test book" || cb.Version != "1.0" || cb.Description != "For tests." || cb.File != "test.yaml" {
		t.Errorf("header = %q %q %q %q", cb.Name, cb.Version, cb.Description, cb.File)
	}
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"Codes", ids(cb.Codes()), []string{"a", "a.1", "a.2", "b", "b.1", "b.1.x"}},
		{"Roots", ids(cb.Roots()), []string{"a", "b"}},
		{"Children a", ids(cb.Children("a")), []string{"a.1", "a.2"}},
		{"Children b", ids(cb.Children("b")), []string{"b.1"}},
		{"Children leaf", ids(cb.Children("a.1")), nil},
		{"Children unknown", ids(cb.Children("zz")), nil},
		{"Descendants b", ids(cb.Descendants("b")), []string{"b.1", "b.1.x"}},
		{"Descendants a", ids(cb.Descendants("a")), []string{"a.1", "a.2"}},
		{"Leaves", ids(cb.Leaves()), []string{"a.1", "a.2", "b.1.x"}},
		{"GroupCodes hard", ids(cb.GroupCodes("hard")), []string{"b", "b.1", "b.1.x"}},
		{"GroupCodes flat", ids(cb.GroupCodes("flat")), []string{"a.2"}},
		{"GroupCodes tagged", ids(cb.GroupCodes("tagged")), []string{"a.2", "b.1", "b.1.x"}},
		{"GroupCodes unknown", ids(cb.GroupCodes("nope")), nil},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	var groups []string
	for _, g := range cb.Groups() {
		groups = append(groups, g.Name)
	}
	if want := []string{"hard", "flat", "tagged"}; !slices.Equal(groups, want) {
		t.Errorf("Groups = %q, want %q", groups, want)
	}
	if g, _ := cb.Group("hard"); !slices.Equal(g.Codes, []string{"b", "b.1"}) || g.Pos != (Pos{6, 3}) {
		t.Errorf("group hard = %+v", g)
	}

	for id, want := range map[string]string{"b.1.x": "b", "a.1": "a", "b": "b"} {
		if f := cb.Family(id); f == nil || f.ID != want {
			t.Errorf("Family(%q) = %v, want %s", id, f, want)
		}
	}
	if cb.Family("nope") != nil {
		t.Errorf("Family of unknown id is not nil")
	}

	a, ok := cb.Code("a")
	if !ok {
		t.Fatal("no code a")
	}
	if a.Colour != "#aabbcc" || a.UseWhen != "one thing\nanother" || !slices.Equal(a.Examples, []string{"just one"}) || a.Pos != (Pos{11, 5}) {
		t.Errorf("code a = %+v", a)
	}
	if b, _ := cb.Code("b"); b.Colour != "#00ff00" {
		t.Errorf("color not accepted: %q", b.Colour)
	}
	x, _ := cb.Code("b.1.x")
	if x.ParentID != "b.1" || x.Depth != 2 || x.Parent().ID != "b.1" || !x.IsLeaf() {
		t.Errorf("b.1.x = %+v", x)
	}
	a1, _ := cb.Code("a.1")
	if a1.ParentID != "a" || a1.Depth != 1 {
		t.Errorf("a.1 parent %q depth %d", a1.ParentID, a1.Depth)
	}
	var ruleIDs []string
	for _, r := range a1.Rules {
		ruleIDs = append(ruleIDs, r.ID)
	}
	if want := []string{"a.1/1", "custom"}; !slices.Equal(ruleIDs, want) {
		t.Errorf("rule ids = %q, want %q", ruleIDs, want)
	}
	if r, ok := cb.Rule("custom"); !ok || r.Kind() != NearRule || r.Within != 3 || r.Code != "a.1" || r.Pos != (Pos{24, 13}) {
		t.Errorf("Rule(custom) = %+v", r)
	}
	if got := len(cb.Rules()); got != 2 {
		t.Errorf("Rules() has %d rules", got)
	}
	if len(cb.Hash()) != 64 || cb.Hash() != hashBytes([]byte(treeYAML)) {
		t.Errorf("Hash = %q", cb.Hash())
	}
}

func TestRulesHash(t *testing.T) {
	base := mustParse(t, treeYAML)
	// Moving things around and editing comments and other codes keeps the
	// hash of a.1's rules; editing one of its rules changes it.
	moved := mustParse(t, strings.Replace(treeYAML, "# A test codebook.", "# Edited.\n\n", 1))
	otherEdit := mustParse(t, strings.Replace(treeYAML, "definition: First child.", "definition: First child, edited.", 1))
	ruleEdit := mustParse(t, strings.Replace(treeYAML, "within: 3", "within: 4", 1))
	get := func(cb *Codebook, id string) string {
		c, _ := cb.Code(id)
		return c.RulesHash()
	}
	tests := []struct {
		name string
		cb   *Codebook
		id   string
		same bool
	}{
		{"comment moved lines", moved, "a.1", true},
		{"definition edited", otherEdit, "a.1", true},
		{"rule edited", ruleEdit, "a.1", false},
		{"other code untouched", ruleEdit, "a.2", true},
	}
	for _, tt := range tests {
		if got := get(tt.cb, tt.id) == get(base, tt.id); got != tt.same {
			t.Errorf("%s: same hash = %v, want %v", tt.name, got, tt.same)
		}
	}
	if get(base, "a.1") == get(base, "a.2") {
		t.Errorf("codes with different rules share a hash")
	}
	if moved.Hash() == base.Hash() {
		t.Errorf("file hash did not change with the file")
	}
}

func TestParseAliasBomb(t *testing.T) {
	// An anchor that contains itself must not hang or crash.
	src := "codes:\n  - &x\n    id: a\n    definition: A.\n    children:\n      - *x\n"
	_, err := Parse("x.yaml", []byte(src))
	if err == nil {
		t.Fatal("want an error")
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "codebook.yaml")
	if err := os.WriteFile(path, []byte(treeYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	cb, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if cb.File != path || len(cb.Codes()) != 6 {
		t.Errorf("Load: file %q, %d codes", cb.File, len(cb.Codes()))
	}
	_, err = Load(filepath.Join(dir, "missing.yaml"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want ErrNotExist", err)
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{"f.yaml", 3, 7, "bad"}, "f.yaml:3:7: bad"},
		{Problem{"f.yaml", 3, 0, "bad"}, "f.yaml:3: bad"},
		{Problem{"f.yaml", 0, 0, "bad"}, "f.yaml: bad"},
		{Problem{"", 2, 1, "bad"}, "2:1: bad"},
		{Problem{"", 0, 0, "bad"}, "bad"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}
