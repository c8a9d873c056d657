package corpus

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
)

// Templates lists the project templates `groundwork init` offers.
func Templates() []string { return []string{"peer-support", "blank"} }

// configTemplates holds the groundwork.yaml of each template, with %s
// where the project's name goes.
//
//go:embed templates/*.yaml
var configTemplates embed.FS

// ConfigTemplate returns the groundwork.yaml text for a template.
func ConfigTemplate(template, name string) ([]byte, error) {
	if !slices.Contains(Templates(), template) {
		return nil, fmt.Errorf("unknown template %q; use one of %s", template, strings.Join(Templates(), ", "))
	}
	text, err := configTemplates.ReadFile("templates/" + template + ".yaml")
	if err != nil {
		return nil, fmt.Errorf("project template %q: %w", template, err)
	}
	return fmt.Appendf(nil, string(text), codebook.QuoteYAML(name)), nil
}

// Init creates a project in dir: groundwork.yaml from a template, the given
// codebook as codebook.yaml, and an empty store. The project is called name
// ("" names it after the directory). It refuses to overwrite an existing
// project.
func Init(ctx context.Context, dir, template, name string, codebookYAML []byte) (*Project, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(abs, ConfigFile)); err == nil {
		return nil, fmt.Errorf("%s already holds a groundwork project (%s); choose another directory", abs, ConfigFile)
	}
	if name == "" {
		name = filepath.Base(abs)
	}
	cfg, err := ConfigTemplate(template, name)
	if err != nil {
		return nil, err
	}
	codebookYAML = codebook.WithStudyName(codebookYAML, name)
	if err := os.MkdirAll(filepath.Join(abs, DataDir), 0o700); err != nil {
		return nil, fmt.Errorf("creating %s: %w", abs, err)
	}
	cbPath := filepath.Join(abs, "codebook.yaml")
	if _, err := os.Stat(cbPath); err == nil {
		return nil, fmt.Errorf("%s already exists; move it away or run init in another directory", cbPath)
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	st, err := OpenStore(ctx, filepath.Join(abs, DataDir, "project.db"))
	if err != nil {
		return nil, err
	}
	st.Close()
	if err := os.WriteFile(filepath.Join(abs, DataDir, ".gitignore"), []byte("*\n"), 0o644); err != nil {
		return nil, err
	}
	if err := WriteFileAtomic(cbPath, codebookYAML, 0o644); err != nil {
		return nil, err
	}
	// groundwork.yaml last: it is what makes the directory a project.
	if err := WriteFileAtomic(filepath.Join(abs, ConfigFile), cfg, 0o644); err != nil {
		return nil, err
	}
	return Open(abs)
}
