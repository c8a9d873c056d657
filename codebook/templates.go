package codebook

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// templateFS holds the codebook templates. It is read-only.
//
//go:embed templates/*.yaml
var templateFS embed.FS

// TemplateNames returns the names of the built-in codebook templates,
// sorted: "blank" and "peer-support".
func TemplateNames() []string {
	entries, err := fs.ReadDir(templateFS, "templates")
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".yaml"); ok {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// Template returns the YAML of the named codebook template: "blank", a
// codebook with no codes yet and comments explaining the format, or
// "peer-support", the codebook of the peer-support study.
func Template(name string) ([]byte, error) {
	if !slices.Contains(TemplateNames(), name) {
		return nil, fmt.Errorf("unknown codebook template %q (have: %s)", name, strings.Join(TemplateNames(), ", "))
	}
	data, err := templateFS.ReadFile("templates/" + name + ".yaml")
	if err != nil {
		return nil, fmt.Errorf("codebook template %q: %w", name, err)
	}
	return data, nil
}

// blankName is the blank template's placeholder for the study's name.
const blankName = "name: My study\n"

// WithStudyName gives a codebook made from the blank template the study's
// name in place of the template's placeholder ("My study"); any other
// codebook is returned as it is.
func WithStudyName(data []byte, study string) []byte {
	i := bytes.Index(data, []byte(blankName))
	if i < 0 || i > 0 && data[i-1] != '\n' || strings.TrimSpace(study) == "" {
		return data
	}
	out := append([]byte{}, data[:i]...)
	out = append(out, "name: "+QuoteYAML(study)+"\n"...)
	return append(out, data[i+len(blankName):]...)
}
