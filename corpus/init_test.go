package corpus

import (
	"testing"

	"gopkg.in/yaml.v3"
)

// TestConfigTemplateName checks that any project name reads back from the
// groundwork.yaml written for it: quotes, backslashes, a line break (which
// used to end the quoted string and break the file), a tab, a control
// character.
func TestConfigTemplateName(t *testing.T) {
	for _, name := range []string{"Peer support", `say "hi" \o/`, "two\nlines", "tab\there", "bell\a", "# not a comment", "ünïcödé 😀"} {
		for _, tmpl := range Templates() {
			data, err := ConfigTemplate(tmpl, name)
			if err != nil {
				t.Fatal(err)
			}
			var cfg struct{ Name string }
			if err := yaml.Unmarshal(data, &cfg); err != nil || cfg.Name != name {
				t.Errorf("%s: name %q read back as %q (%v)", tmpl, name, cfg.Name, err)
			}
		}
	}
}
