package workbench

import (
	"errors"
	"fmt"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// CodeEdit changes one code of the codebook. A nil field is left as it is.
type CodeEdit struct {
	Label        *string `json:"label,omitempty"`
	Definition   *string `json:"definition,omitempty"`
	UseWhen      *string `json:"use_when,omitempty"`
	DoNotUseWhen *string `json:"do_not_use_when,omitempty"`
	Colour       *string `json:"colour,omitempty"`
	// Rules is the YAML text of the code's rules list, as rulesText gives
	// it ("" removes the rules).
	Rules *string `json:"rules,omitempty"`
	// Base is the hash of the codebook file the edit was made on
	// (Codebook.Hash); when set and the file has changed since, the edit is
	// refused rather than overwriting someone else's change.
	Base string `json:"base,omitempty"`
}

// parts splits an edit into one edit a field, each with the field's name
// for the history.
func (e CodeEdit) parts() []namedEdit {
	var out []namedEdit
	add := func(name string, v *string, set func(*CodeEdit, *string)) {
		if v != nil {
			var one CodeEdit
			set(&one, v)
			out = append(out, namedEdit{name, one})
		}
	}
	add("the label", e.Label, func(c *CodeEdit, v *string) { c.Label = v })
	add("the definition", e.Definition, func(c *CodeEdit, v *string) { c.Definition = v })
	add("use when", e.UseWhen, func(c *CodeEdit, v *string) { c.UseWhen = v })
	add("do not use when", e.DoNotUseWhen, func(c *CodeEdit, v *string) { c.DoNotUseWhen = v })
	add("the colour", e.Colour, func(c *CodeEdit, v *string) { c.Colour = v })
	add("the rules", e.Rules, func(c *CodeEdit, v *string) { c.Rules = v })
	return out
}

// namedEdit is one field's edit and the field's name.
type namedEdit struct {
	name string
	edit CodeEdit
}

// changedFields names the fields of e that change code id in src: a form
// sends every field, and the editor leaves a field whose value is the same
// alone, so the history says what was changed rather than what was sent.
func changedFields(path string, src []byte, id string, e CodeEdit) []string {
	var out []string
	for _, p := range e.parts() {
		if res, err := editCodebook(path, src, id, p.edit); err != nil || string(res) != string(src) {
			out = append(out, p.name)
		}
	}
	return out
}

// errStale is returned when the codebook changed since the editor opened.
var errStale = errors.New("the codebook file has changed since you opened it (edited elsewhere?); reload and make your change again")

// editCodebook applies e to code id of the codebook source src with
// codebook.Editor, which rewrites only the lines of the fields that change
// (a field whose value is the same is left alone, so that saving a form
// with one change rewrites one field) and keeps everything else of the
// file byte for byte. The result is validated with codebook.Parse; any
// problem returns an error and no source. When nothing changes, src comes
// back as it is.
func editCodebook(filename string, src []byte, id string, e CodeEdit) ([]byte, error) {
	ed, err := codebook.NewEditor(src)
	if err != nil {
		return nil, fmt.Errorf("the codebook does not parse: %w", err)
	}
	if !ed.Has(id) {
		return nil, fmt.Errorf("no code %q in the codebook: %w", id, corpus.ErrNotFound)
	}
	fields := []struct {
		key string
		v   *string
	}{{"label", e.Label}, {"definition", e.Definition}, {"use_when", e.UseWhen}, {"do_not_use_when", e.DoNotUseWhen}, {"colour", e.Colour}}
	for _, f := range fields {
		if f.v == nil {
			continue
		}
		val := strings.TrimSpace(strings.ReplaceAll(*f.v, "\r\n", "\n"))
		if f.key == "definition" && val == "" {
			return nil, errors.New("the definition must not be empty")
		}
		if _, err := ed.SetField(id, f.key, val); err != nil {
			return nil, err
		}
	}
	if e.Rules != nil {
		if _, err := ed.SetRules(id, *e.Rules); err != nil {
			return nil, err
		}
	}
	if !ed.Changed() {
		return src, nil
	}
	out, _, err := ed.Result(filename)
	return out, err
}

// rulesText returns the text of a code's rules list as it stands in the
// file, comments included and dedented, for the editor.
func rulesText(src []byte, id string) string {
	ed, err := codebook.NewEditor(src)
	if err != nil {
		return ""
	}
	return ed.Rules(id)
}
