// Package corpus is the groundwork project: its settings (groundwork.yaml),
// the SQLite store that is the system of record for documents, turns,
// segments, codings and memos, and the bleve index built from it for search.
package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/groundwork-qda/groundwork/yamlhint"
)

// ConfigFile is the name of the project settings file; the directory that
// holds it is the project directory.
const ConfigFile = "groundwork.yaml"

// DataDir is the directory, inside the project, that holds the store and the index.
const DataDir = ".groundwork"

// Attribute types a document attribute may declare in groundwork.yaml.
const (
	AttrText     = "text"
	AttrCategory = "category"
	AttrDate     = "date"
	AttrNumber   = "number"
)

// AttributeTypes lists the attribute types groundwork knows.
func AttributeTypes() []string { return []string{AttrText, AttrCategory, AttrDate, AttrNumber} }

// Attribute declares one attribute that documents carry.
type Attribute struct {
	Name        string   `yaml:"-"`
	Type        string   `yaml:"type"`
	Values      []string `yaml:"values,omitempty"`
	Description string   `yaml:"description,omitempty"`
}

// Privacy holds the project's de-identification settings.
type Privacy struct {
	// Redact makes ingest replace identifiers with pseudonyms.
	Redact bool `yaml:"redact"`
	// Names lists people's names to redact wherever they occur.
	Names []string `yaml:"names,omitempty"`
}

// Segmentation says how participant turns are split into coding units.
type Segmentation struct {
	// MaxWords is the most words in one segment; longer turns are split
	// at sentence boundaries into windows of at most this many words.
	MaxWords int `yaml:"max_words"`
}

// Config is groundwork.yaml.
type Config struct {
	Name         string                `yaml:"name"`
	Description  string                `yaml:"description,omitempty"`
	Codebook     string                `yaml:"codebook"`
	Attributes   map[string]*Attribute `yaml:"attributes"`
	Interviewers []string              `yaml:"interviewers"`
	Segmentation Segmentation          `yaml:"segmentation"`
	Privacy      Privacy               `yaml:"privacy"`
}

// DefaultMaxWords is the segment size used when groundwork.yaml does not set one.
const DefaultMaxWords = 120

// DefaultInterviewers are the speaker labels treated as interviewers when
// groundwork.yaml does not list its own.
func DefaultInterviewers() []string {
	return []string{"Interviewer", "Int", "I", "Q", "Moderator", "Facilitator", "Researcher", "Assistant", "AI"}
}

// IsInterviewer reports whether a speaker label is one of the project's
// interviewer labels (case-insensitive).
func (c *Config) IsInterviewer(speaker string) bool {
	s := strings.TrimSpace(speaker)
	for _, l := range c.Interviewers {
		if strings.EqualFold(l, s) {
			return true
		}
	}
	return false
}

// AttributeNames returns the declared attribute names, sorted, with
// programme and role first since every report groups by them.
func (c *Config) AttributeNames() []string {
	var names []string
	for n := range c.Attributes {
		names = append(names, n)
	}
	SortAttributeNames(names)
	return names
}

// SortAttributeNames sorts attribute names as reports and the workbench
// show them: programme and role first, since every report groups by them,
// then the others alphabetically.
func SortAttributeNames(names []string) {
	sort.Slice(names, func(i, j int) bool {
		ri, rj := attrRank(names[i]), attrRank(names[j])
		return ri < rj || ri == rj && names[i] < names[j]
	})
}

// attrRank orders programme before role before any other attribute.
func attrRank(n string) int {
	switch n {
	case "programme":
		return 0
	case "role":
		return 1
	}
	return 2
}

// ParseConfig reads groundwork.yaml bytes; name is used in error messages.
func ParseConfig(name string, data []byte) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		var typeErr *yaml.TypeError
		if line, problem, ok := yamlhint.Unclosed(data); ok && !errors.As(err, &typeErr) {
			return nil, fmt.Errorf("%s:%d: %s; close it, or put the whole value in quotes (the YAML reader stopped at %s)", name, line, problem, msg)
		}
		return nil, fmt.Errorf("%s: %v (see groundwork.yaml in `groundwork init --help`)", name, msg)
	}
	if err := c.validate(name); err != nil {
		return nil, err
	}
	return &c, nil
}

func (c *Config) validate(name string) error {
	if c.Codebook == "" {
		c.Codebook = "codebook.yaml"
	}
	if c.Segmentation.MaxWords == 0 {
		c.Segmentation.MaxWords = DefaultMaxWords
	}
	if c.Segmentation.MaxWords < 10 {
		return fmt.Errorf("%s: segmentation.max_words is %d; use at least 10", name, c.Segmentation.MaxWords)
	}
	if len(c.Interviewers) == 0 {
		c.Interviewers = DefaultInterviewers()
	}
	if c.Attributes == nil {
		c.Attributes = map[string]*Attribute{}
	}
	for n, a := range c.Attributes {
		if a == nil {
			a = &Attribute{}
			c.Attributes[n] = a
		}
		a.Name = n
		if a.Type == "" {
			a.Type = AttrText
		}
		if !contains(AttributeTypes(), a.Type) {
			return fmt.Errorf("%s: attribute %q has unknown type %q; use one of %s",
				name, n, a.Type, strings.Join(AttributeTypes(), ", "))
		}
		if a.Type == AttrCategory && len(a.Values) == 0 {
			return fmt.Errorf("%s: attribute %q is a category but lists no values; add `values: [...]` or make it type text", name, n)
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Project is an opened project directory.
type Project struct {
	Dir    string
	Config *Config
}

// ErrNoProject is returned when no groundwork.yaml is found.
var ErrNoProject = errors.New("not inside a groundwork project")

// Find locates the project that holds dir, walking up the tree as git does.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ConfigFile)); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("%w (no %s in %s or any parent); create one with `groundwork init` or pass --project DIR", ErrNoProject, ConfigFile, abs)
		}
	}
}

// Open reads the project settings of the project at dir (which must hold groundwork.yaml).
func Open(dir string) (*Project, error) {
	path := filepath.Join(dir, ConfigFile)
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s has no %s; create one with `groundwork init %s`", ErrNoProject, dir, ConfigFile, dir)
		}
		return nil, err
	}
	c, err := ParseConfig(path, data)
	if err != nil {
		return nil, err
	}
	return &Project{Dir: dir, Config: c}, nil
}

// CodebookPath is the absolute path of the project's codebook.
func (p *Project) CodebookPath() string {
	if filepath.IsAbs(p.Config.Codebook) {
		return p.Config.Codebook
	}
	return filepath.Join(p.Dir, p.Config.Codebook)
}

// StorePath is the path of the SQLite store.
func (p *Project) StorePath() string { return filepath.Join(p.Dir, DataDir, "project.db") }

// IndexPath is the path of the bleve index.
func (p *Project) IndexPath() string { return filepath.Join(p.Dir, DataDir, "index") }

// IdentifiersPath is the path of the file that maps pseudonyms to the
// identifiers they replace. It is written 0600 and never indexed or reported.
func (p *Project) IdentifiersPath() string { return filepath.Join(p.Dir, DataDir, "identifiers.json") }
