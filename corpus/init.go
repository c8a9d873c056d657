package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
)

// Templates lists the project templates `groundwork init` offers.
func Templates() []string { return []string{"peer-support", "blank"} }

// ConfigTemplate returns the groundwork.yaml text for a template.
func ConfigTemplate(template, name string) ([]byte, error) {
	switch template {
	case "peer-support":
		return []byte(fmt.Sprintf(peerSupportConfig, codebook.QuoteYAML(name))), nil
	case "blank":
		return []byte(fmt.Sprintf(blankConfig, codebook.QuoteYAML(name))), nil
	}
	return nil, fmt.Errorf("unknown template %q; use one of %s", template, strings.Join(Templates(), ", "))
}

const peerSupportConfig = `# groundwork project settings. See ` + "`groundwork init --help`" + `.
name: %s
description: Key-informant interviews evaluating peer support programmes for patients, caregivers and providers.
codebook: codebook.yaml

# Attributes that documents carry, from front matter, a manifest or flags.
# Types: text, category (with values), date (YYYY-MM-DD), number.
attributes:
  programme:
    type: text
    description: The peer support programme the informant belongs to.
  role:
    type: category
    values: [programme leader, peer supporter, patient, caregiver, clinician]
  date:
    type: date
    description: Date of the interview.
  setting:
    type: category
    values: [healthcare, community]
  condition:
    type: text

# Speaker labels that are interviewers; every other speaker is a participant
# whose turns are segmented, coded and searched.
interviewers: [Interviewer, Int, I, Q, Moderator, Facilitator, Researcher]

segmentation:
  max_words: 120   # long participant turns are split at sentence ends into windows of at most this many words

privacy:
  redact: false    # true: replace names, phones, e-mails, dates... with pseudonyms in everything groundwork shows
`

const blankConfig = `# groundwork project settings. See ` + "`groundwork init --help`" + `.
name: %s
codebook: codebook.yaml

# Attributes that documents carry, from front matter, a manifest or flags.
# Types: text, category (with values), date (YYYY-MM-DD), number.
attributes:
  programme:
    type: text
  role:
    type: text
  date:
    type: date

# Speaker labels that are interviewers; every other speaker is a participant.
interviewers: [Interviewer, Int, I, Q, Moderator, Facilitator, Researcher]

segmentation:
  max_words: 120

privacy:
  redact: false
`

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
