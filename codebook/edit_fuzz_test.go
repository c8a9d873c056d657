package codebook_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/groundwork-qda/groundwork/codebook"
)

// FuzzQuoteYAML checks that any valid UTF-8 string, quoted, reads back as
// itself from one line.
func FuzzQuoteYAML(f *testing.F) {
	for _, s := range quoteCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		q := codebook.QuoteYAML(s)
		var m map[string]string
		if err := yaml.Unmarshal([]byte("v: "+q), &m); err != nil || m["v"] != s || strings.ContainsAny(q, "\n\r") {
			t.Fatalf("%q quoted as %s read back as %q (%v)", s, q, m["v"], err)
		}
	})
}

// FuzzEditorSetField sets a field of a code of the hand-written layout
// codebook to any text: the edit either fails with an error or gives a
// valid codebook in which the field reads as given.
func FuzzEditorSetField(f *testing.F) {
	for i, s := range quoteCases {
		f.Add([]string{"joy", "fear", "calm", "joy.quiet"}[i%4], []string{"label", "definition", "use_when", "do_not_use_when"}[i%4], s)
	}
	f.Add("joy", "definition", strings.Repeat("long words ", 20))
	f.Fuzz(func(t *testing.T, id, key, value string) {
		if !utf8.ValidString(value) || !codebook.ValidID(id) || !slices.Contains(strings.Fields("label definition use_when do_not_use_when colour"), key) {
			return
		}
		e, err := codebook.NewEditor([]byte(layoutCodebook))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.SetField(id, key, value); err != nil {
			return
		}
		_, cb, err := e.Result("codebook.yaml")
		if err != nil {
			if key == "colour" || key == "definition" && strings.TrimSpace(value) == "" {
				return // Parse refuses a bad colour or an empty definition
			}
			t.Fatalf("%s %s=%q: %v\n%s", id, key, value, err, e.Bytes())
		}
		c, _ := cb.Code(id)
		got := map[string]string{"label": c.Label, "definition": c.Definition, "use_when": c.UseWhen, "do_not_use_when": c.DoNotUseWhen}[key]
		want := value
		if key != "label" {
			want = strings.TrimSpace(value)
		}
		if key != "colour" && got != want {
			t.Fatalf("%s %s=%q read back as %q\n%s", id, key, value, got, e.Bytes())
		}
	})
}
