package codebook

// Writing a fresh codebook: RenderDraft writes a whole codebook file from
// a Draft (a new project, an imported REFI-QDA codebook); edits of an
// existing file go through the Editor (edit.go), which keeps its comments.

import "strings"

// CodeSpec is a code to add to, or to change in, a codebook file.
type CodeSpec struct {
	ID           string
	ParentID     string
	Label        string
	Definition   string
	UseWhen      string
	DoNotUseWhen string
	Examples     []string
	Colour       string

	// extra are field lines copied verbatim from another codebook file
	// (rules, guidance, examples), dedented so that their keys are at
	// column 0.
	extra []string
}

// GroupSpec is a group of a fresh codebook.
type GroupSpec struct {
	Name        string
	Description string
	Codes       []string
}

// Draft is a codebook to render from scratch.
type Draft struct {
	// Comment lines for the top of the file (without "#").
	Comment     []string
	Name        string
	Version     string
	Description string
	Groups      []GroupSpec
	// Codes in depth-first order: a parent before its children.
	Codes []CodeSpec
}

// RenderDraft renders a fresh codebook file: the comment, name, version and
// description, the groups, and the codes nested with children:.
func RenderDraft(d *Draft) []byte {
	var lines []string
	for _, c := range d.Comment {
		if c == "" {
			lines = append(lines, "#")
		} else {
			lines = append(lines, "# "+c)
		}
	}
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	if d.Name != "" {
		lines = append(lines, renderField("name", d.Name, 0, nil)...)
	}
	if d.Version != "" {
		lines = append(lines, "version: "+yamlScalar(d.Version))
	}
	if d.Description != "" {
		lines = append(lines, renderField("description", d.Description, 0, nil)...)
	}
	if len(d.Groups) > 0 {
		lines = append(lines, "", "groups:")
		for _, g := range d.Groups {
			lines = append(lines, "  "+yamlScalar(g.Name)+":")
			if g.Description != "" {
				lines = append(lines, renderField("description", g.Description, 4, nil)...)
			}
			lines = append(lines, renderList("codes", g.Codes, 4)...)
		}
	}
	children := map[string][]CodeSpec{}
	for _, c := range d.Codes {
		children[c.ParentID] = append(children[c.ParentID], c)
	}
	var render func(parent string, dash int)
	render = func(parent string, dash int) {
		for _, c := range children[parent] {
			lines = append(lines, renderCode(c, dash)...)
			if len(children[c.ID]) > 0 {
				lines = append(lines, strings.Repeat(" ", dash+2)+"children:")
				render(c.ID, dash+4)
			}
		}
	}
	lines = append(lines, "", "codes:")
	render("", 2)
	return []byte(strings.Join(lines, "\n") + "\n")
}
