package codebook_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/internal/textdiff"
)

// layoutCodebook is hand-written YAML of every layout the editor must keep:
// comments above, between and after fields, a trailing comment, blank lines,
// a list at its key's indentation, folded and literal text, a quoted key,
// flow lists, a flow-style code, a comment at the end.
const layoutCodebook = `# Study codebook — written by hand.
name: Layout test   # trailing comment
version: "2"

groups:
  # the first group
  feelings: [joy, fear]
  "odd: name":
    description: A quoted key.
    codes:
    - fear

codes:
# Codes at their key's indentation.
- id: joy
  label: Joy
  definition: >
    Being glad: a long definition folded
    over two lines.
  # guidance below
  use_when: |-
    Line one.
    Line two.
  rules:
    # tuned in May
    - terms: [glad, happy]

    - near: [[so], [pleased]]
      within: 3
  children:
    - id: joy.quiet   # a child
      definition: Quiet joy.

- id: fear
  definition: 'Being afraid.'
  colour: "#ABC"
- {id: calm, definition: Calm., rules: [{terms: [calm]}]}
# end of codes
`

// TestEditorChangesOnlyItsLines makes each kind of edit on a codebook with
// comments, blank lines and unusual layout, and checks that exactly the
// intended lines changed and that the result is a valid codebook.
func TestEditorChangesOnlyItsLines(t *testing.T) {
	for _, tc := range []struct {
		name           string
		edit           func(e *codebook.Editor) (bool, error)
		removed, added []string
	}{
		{"label", func(e *codebook.Editor) (bool, error) { return e.SetField("joy", "label", "Gladness") },
			[]string{"  label: Joy"}, []string{"  label: Gladness"}},
		{"folded definition keeps its style", func(e *codebook.Editor) (bool, error) { return e.SetField("joy", "definition", "Being glad.") },
			[]string{"    Being glad: a long definition folded", "    over two lines."}, []string{"    Being glad."}},
		{"new field in its place", func(e *codebook.Editor) (bool, error) { return e.SetField("fear", "label", "Fear: the feeling") },
			nil, []string{`  label: "Fear: the feeling"`}},
		{"same colour written otherwise", func(e *codebook.Editor) (bool, error) { return e.SetField("fear", "colour", "#aabbcc") },
			nil, nil},
		{"remove guidance, keep its comment", func(e *codebook.Editor) (bool, error) { return e.SetField("joy", "use_when", "") },
			[]string{"  use_when: |-", "    Line one.", "    Line two."}, nil},
		{"rules", func(e *codebook.Editor) (bool, error) { return e.SetRules("joy", "  - terms: [glad]\n") },
			[]string{"    # tuned in May", "    - terms: [glad, happy]", "", "    - near: [[so], [pleased]]", "      within: 3"},
			[]string{"    - terms: [glad]"}},
		{"same rules", func(e *codebook.Editor) (bool, error) { return e.SetRules("joy", e.Rules("joy")) }, nil, nil},
		{"child", func(e *codebook.Editor) (bool, error) {
			return true, e.AddCode(codebook.CodeSpec{ID: "joy.loud", ParentID: "joy", Definition: "Loud joy."})
		}, nil, []string{"    - id: joy.loud", "      definition: Loud joy."}},
		{"top-level code", func(e *codebook.Editor) (bool, error) {
			return true, e.AddCode(codebook.CodeSpec{ID: "anger", Label: "Anger", Definition: "Anger."})
		}, nil, []string{"", "- id: anger", "  label: Anger", "  definition: Anger."}},
		{"remove", func(e *codebook.Editor) (bool, error) {
			if err := e.RemoveCode("fear"); err != nil {
				return false, err
			}
			if _, err := e.RemoveGroupMember("feelings", "fear"); err != nil {
				return false, err
			}
			return e.RemoveGroupMember("odd: name", "fear")
		}, []string{"  feelings: [joy, fear]", "    codes:", "    - fear", "- id: fear", "  definition: 'Being afraid.'", `  colour: "#ABC"`},
			[]string{"  feelings: [joy]", "    codes: []"}},
		{"move to the top", func(e *codebook.Editor) (bool, error) { return true, e.MoveCode("joy.quiet", "") },
			[]string{"  children:", "    - id: joy.quiet   # a child", "      definition: Quiet joy."},
			[]string{"", "- id: joy.quiet   # a child", "  definition: Quiet joy."}},
		{"rename", func(e *codebook.Editor) (bool, error) { return true, e.RenameCode("fear", "fright") },
			[]string{"  feelings: [joy, fear]", "    - fear", "- id: fear"},
			[]string{"  feelings: [joy, fright]", "    - fright", "- id: fright"}},
		{"flow code", func(e *codebook.Editor) (bool, error) { return e.SetField("calm", "label", "Calm") },
			[]string{"- {id: calm, definition: Calm., rules: [{terms: [calm]}]}"},
			[]string{"- id: calm", "  label: Calm", "  definition: Calm.", "  rules: [{terms: [calm]}]"}},
		{"same value on a flow code", func(e *codebook.Editor) (bool, error) { return e.SetField("calm", "definition", "Calm.") },
			nil, nil},
		{"group member", func(e *codebook.Editor) (bool, error) { return e.AddGroupMember("feelings", "", "calm") },
			[]string{"  feelings: [joy, fear]"}, []string{"  feelings: [joy, fear, calm]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := editor(t, []byte(layoutCodebook))
			changed, err := tc.edit(e)
			if err != nil {
				t.Fatal(err)
			}
			out, _, err := e.Result("codebook.yaml")
			if err != nil {
				t.Fatalf("%v\n%s", err, e.Bytes())
			}
			removed, added := textdiff.Lines(layoutCodebook, string(out))
			if !slices.Equal(removed, tc.removed) || !slices.Equal(added, tc.added) {
				t.Errorf("removed %q\nwant    %q\nadded   %q\nwant    %q\n%s", removed, tc.removed, added, tc.added, out)
			}
			if want := len(tc.removed)+len(tc.added) > 0; changed != want || e.Changed() != want {
				t.Errorf("reported changed=%v, Changed()=%v; want %v", changed, e.Changed(), want)
			}
		})
	}
}

// TestEditorKeepsLineEndings checks that a CRLF file with a byte-order
// mark keeps both, and that one edit changes one line.
func TestEditorKeepsLineEndings(t *testing.T) {
	src := "\ufeff" + strings.ReplaceAll(layoutCodebook, "\n", "\r\n")
	e := editor(t, []byte(src))
	mustSetField(t, e, "joy.quiet", "definition", "Joy, quietly.")
	out := string(e.Bytes())
	removed, added := textdiff.Lines(src, out)
	if !slices.Equal(removed, []string{"      definition: Quiet joy.\r"}) || !slices.Equal(added, []string{"      definition: Joy, quietly.\r"}) {
		t.Errorf("removed %q added %q", removed, added)
	}
	if !strings.HasPrefix(out, "\ufeff# Study") || strings.Count(out, "\r\n") != strings.Count(out, "\n") {
		t.Errorf("line endings or byte-order mark lost: %q", out[:40])
	}
}

// TestEditorRules checks the text Rules gives: as written, comments and
// blank lines included, dedented; a flow list comes back as a block list.
func TestEditorRules(t *testing.T) {
	e := editor(t, []byte(layoutCodebook))
	for id, want := range map[string]string{
		"joy":       "# tuned in May\n- terms: [glad, happy]\n\n- near: [[so], [pleased]]\n  within: 3",
		"calm":      "- {terms: [calm]}",
		"joy.quiet": "",
	} {
		if got := e.Rules(id); got != want {
			t.Errorf("Rules(%s) = %q, want %q", id, got, want)
		}
	}
}

// TestEditorRefuses checks edits that cannot be made: each returns an
// error, and the file is as it was.
func TestEditorRefuses(t *testing.T) {
	for name, edit := range map[string]func(e *codebook.Editor) error{
		"move under itself":      func(e *codebook.Editor) error { return e.MoveCode("joy", "joy.quiet") },
		"move under nothing":     func(e *codebook.Editor) error { return e.MoveCode("joy", "nope") },
		"move nothing":           func(e *codebook.Editor) error { return e.MoveCode("nope", "") },
		"rename to a taken id":   func(e *codebook.Editor) error { return e.RenameCode("joy", "fear") },
		"rename to a bad id":     func(e *codebook.Editor) error { return e.RenameCode("joy", "a b") },
		"remove nothing":         func(e *codebook.Editor) error { return e.RemoveCode("nope") },
		"rules not a list":       func(e *codebook.Editor) error { _, err := e.SetRules("joy", "terms: [x]"); return err },
		"rules with tabs":        func(e *codebook.Editor) error { _, err := e.SetRules("joy", "-\tterms: [x]"); return err },
		"rules not YAML":         func(e *codebook.Editor) error { _, err := e.SetRules("joy", "- terms: [x"); return err },
		"remove the first field": func(e *codebook.Editor) error { _, err := e.SetField("joy", "id", ""); return err },
		"field of nothing":       func(e *codebook.Editor) error { _, err := e.SetField("nope", "label", "x"); return err },
		"add a code twice":       func(e *codebook.Editor) error { return e.AddCode(codebook.CodeSpec{ID: "joy", Definition: "x"}) },
	} {
		e := editor(t, []byte(layoutCodebook))
		if err := edit(e); err == nil {
			t.Errorf("%s: no error", name)
		}
		if string(e.Bytes()) != layoutCodebook {
			t.Errorf("%s: the file changed", name)
		}
	}
}

// TestEditorUndoesFailedEdit checks that an edit that fails part-way
// changes nothing: here moving a code under a parent whose children are a
// flow list, which fails after the code was taken out of its place.
func TestEditorUndoesFailedEdit(t *testing.T) {
	src := "codes:\n  - id: p\n    definition: P.\n    children: [{id: p.x, definition: X.}]\n  - id: q\n    definition: Q.\n"
	e := editor(t, []byte(src))
	mustSetField(t, e, "p", "label", "Pea")
	before := string(e.Bytes())
	if err := e.MoveCode("q", "p"); err == nil {
		t.Fatal("moved under a flow list")
	}
	if got := string(e.Bytes()); got != before || !e.Changed() {
		t.Errorf("a failed move left:\n%s", got)
	}
}

// TestEditorFlowList checks that codes written as a flow list can be
// edited: the list is rewritten in block style, and nothing else changes.
func TestEditorFlowList(t *testing.T) {
	src := "# flow\nname: f\ncodes: [{id: a, definition: A.}, {id: b, definition: B., children: [{id: b.c, definition: C.}]}]\n# after\n"
	e := editor(t, []byte(src))
	mustSetField(t, e, "b.c", "label", "Sea")
	if err := e.RenameCode("a", "alpha"); err != nil {
		t.Fatal(err)
	}
	out, cb, err := e.Result("cb.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, e.Bytes())
	}
	if c, _ := cb.Code("b.c"); c == nil || c.Label != "Sea" || c.ParentID != "b" {
		t.Errorf("b.c: %+v", c)
	}
	if _, ok := cb.Code("alpha"); !ok || !strings.HasPrefix(string(out), "# flow\nname: f\ncodes:\n") || strings.Count(string(out), "# after") != 1 {
		t.Errorf("result:\n%s", out)
	}
}

// TestQuoteYAML checks that QuoteYAML's text reads back as the string, on
// one line, as a value, a list item and a key.
func TestQuoteYAML(t *testing.T) {
	for _, s := range quoteCases {
		q := codebook.QuoteYAML(s)
		if strings.ContainsAny(q, "\n\r") {
			t.Errorf("%q: quoted over lines: %q", s, q)
		}
		var value map[string]string
		var list map[string][]string
		var key map[string]string
		errs := []error{yaml.Unmarshal([]byte("v: "+q), &value), yaml.Unmarshal([]byte("v: ["+q+", x]"), &list),
			yaml.Unmarshal([]byte(q+": x"), &key)}
		if err := errors.Join(errs...); err != nil || value["v"] != s || len(list["v"]) != 2 || list["v"][0] != s || key[s] != "x" {
			t.Errorf("%q quoted as %s reads back as %q, %q, %q (%v)", s, q, value, list, key, err)
		}
	}
}

var quoteCases = []string{"", "plain", `say "hi" \o/`, "it's", "two\nlines", "crlf\r\n", "tab\there", "bell\a", "nul\x00", "esc\x1b",
	"del\x7f", "c1\u0085\u0090", "ls\u2028ps\u2029", "bom\ufeff", "nbsp\u00a0", "ünïcödé “curly” 😀", "# hash", "- dash", ": colon", "yes", "1.0",
	"~", "null", "{braces}", "[a, b]", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick", "  spaces  ", "\ufffe\uffff"}
