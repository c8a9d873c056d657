package refiqda

// A REFI-QDA project (.qdpx) in as a new groundwork project. The reader is
// lenient about what real exports do (a BOM, CRLF line endings, Sources/
// in any case, any .qde name, older namespaces, GUIDs in braces or not,
// "A::B" code names, rich text with a plain-text twin, inline text) and
// strict about hostile archives (archive.go, decode.go): those are refused
// before anything is written. Everything is read and converted in memory
// first (a plan), and written only when it is complete (project.go).

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
)

// ImportOptions control ImportQDPX.
type ImportOptions struct {
	// Into is the directory of the new project. It must not exist, or be
	// empty.
	Into string
	// Name is the new project's name ("" takes the imported project's).
	Name string
	// Limits bound the archive.
	Limits ArchiveLimits
}

// ImportReport says what an import brought in and what it could not.
type ImportReport struct {
	Into    string `json:"into"`
	Origin  string `json:"origin"`
	Sources int    `json:"sources"`
	Codes   int    `json:"codes"`
	Codings int    `json:"codings"`
	// Restored counts the codings (among Codings) a groundwork export kept
	// aside for their status (rejected suggestions) and that came back.
	Restored   int `json:"restored"`
	Notes      int `json:"notes"`
	Users      int `json:"users"`
	Attributes int `json:"attributes"`
	Groups     int `json:"groups"`
	// LostSources and LostCodings count the text sources not imported (a
	// file missing from the archive, text that cannot be read) and their
	// codings: the warnings say which and why.
	LostSources int      `json:"sources_not_imported"`
	LostCodings int      `json:"codings_not_imported"`
	Warnings    []string `json:"warnings"`
}

// ImportQDPX reads a REFI-QDA project (a .qdpx zip, a directory holding a
// .qde and its sources/, or a bare .qde) into a new groundwork project in
// opts.Into: the codebook, one document per text source (turns and
// segments built from its text), codings with their coders (origin
// "import"), notes as memos, variables as document attributes. Positions
// are converted to groundwork's runes into the canonical text. Everything
// is read and checked before anything is written, and a project with no
// text to import is refused. The project is built in a temporary directory
// beside opts.Into and renamed into place when complete, so a failed,
// interrupted or killed import leaves opts.Into as it was.
func ImportQDPX(ctx context.Context, src string, opts ImportOptions) (*ImportReport, error) {
	if opts.Into == "" {
		return nil, errors.New("no directory to import into")
	}
	if err := checkTarget(opts.Into); err != nil {
		return nil, err
	}
	plan, err := planQDPX(ctx, src, opts.Limits, opts.Name)
	if err != nil {
		return nil, err
	}
	if err := plan.writeInto(ctx, opts.Into); err != nil {
		return nil, err
	}
	plan.rep.Into = opts.Into
	return plan.rep, nil
}

type attrDecl struct {
	name        string
	typ         string // corpus attribute type
	description string
}

type planDoc struct {
	doc     *corpus.Document
	built   *ingest.Built
	codings []*corpus.Coding
}

type planMemo struct {
	kind    string // project, code, document, coding
	target  string // code or document id
	coding  *corpus.Coding
	text    string
	author  string
	created time.Time
}

// qdpxPlan is the imported project, read and checked, to be written.
type qdpxPlan struct {
	name        string
	description string
	codebook    []byte
	attrs       []attrDecl
	// settings are the exported project's reading of its transcripts
	// (nil: a new project's): written into groundwork.yaml.
	settings *corpus.Config
	docs     []*planDoc
	memos    []*planMemo
	rep      *ImportReport
}

// target is what a GUID in the project stands for, for attaching notes.
type target struct {
	kind   string // code, document, selection, coding, case, lost
	id     string
	doc    *planDoc
	coding *corpus.Coding
	sel    *selInfo
	caseOf []*planDoc
	desc   string // for lost: what it was
}

type selInfo struct {
	doc     *planDoc
	codings []*corpus.Coding
	placed  bool
	start   int
	end     int
	quote   string
}

// lostText is a text (one file, or one source) that could not be read,
// with what hung from it.
type lostText struct {
	names      []string
	selections int
	codings    int
	reason     string
}

// converter turns a decoded project into a plan.
type converter struct {
	ctx      context.Context
	ar       *archive
	xp       *xProject
	plan     *qdpxPlan
	cfg      *corpus.Config
	seg      *ingest.Segmenter
	users    map[string]string
	codeIDs  map[string]string
	targets  map[string]*target
	docByKey map[string]*planDoc
	docIDs   map[string]bool
	lost     map[string]*lostText
	lostKeys []string
	notes    []string
	oneMode  bool // the origin counts CRLF as one position
	// from a groundwork export's groundwork/codings.json (nil: none)
	states map[string]CodingState
	kept   int64 // counted against MaxProject
	text   int64 // sources' and notes' text kept, against MaxTotalText
}

func (c *converter) warnf(format string, args ...any) {
	c.plan.rep.Warnings = append(c.plan.rep.Warnings, fmt.Sprintf(format, args...))
}

// fromGroundwork reports whether groundwork exported the project.
func (c *converter) fromGroundwork() bool {
	return strings.EqualFold(strings.TrimSpace(c.xp.Origin), Origin)
}

// planQDPX reads the project and converts it, writing nothing.
func planQDPX(ctx context.Context, src string, limits ArchiveLimits, name string) (*qdpxPlan, error) {
	limits = limits.withDefaults()
	ar, err := openArchive(src, limits)
	if err != nil {
		return nil, err
	}
	defer ar.close()
	where := ar.display + ": " + ar.qdeName
	if ar.qdeName == filepath.Base(ar.display) {
		where = ar.display
	}
	xp, kept, err := ar.decodeProject(where)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c, err := newConverter(ctx, ar, xp, kept, src, name)
	if err != nil {
		return nil, err
	}
	if err := c.convert(src); err != nil {
		return nil, err
	}
	p := c.plan
	for _, d := range p.docs {
		p.rep.Codings += len(d.codings)
	}
	p.rep.Sources = len(p.docs)
	p.rep.Notes = len(p.memos)
	p.rep.Attributes = len(p.attrs)
	return p, nil
}

// newConverter starts the conversion of a decoded project: its name, the
// settings of a blank project, and its users.
func newConverter(ctx context.Context, ar *archive, xp *xProject, kept int64, src, name string) (*converter, error) {
	projName := strings.TrimSpace(name)
	if projName == "" {
		projName = strings.TrimSpace(xp.Name)
	}
	if projName == "" {
		projName = strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	}
	cfgText, err := corpus.ConfigTemplate("blank", projName)
	if err != nil {
		return nil, err
	}
	cfg, err := corpus.ParseConfig(corpus.ConfigFile, cfgText)
	if err != nil {
		return nil, err
	}
	seg, err := ingest.NewSegmenter(cfg.Segmentation.MaxWords)
	if err != nil {
		return nil, err
	}
	p := &qdpxPlan{name: projName, description: strings.TrimSpace(xp.Description),
		rep: &ImportReport{Origin: strings.TrimSpace(xp.Origin), Users: len(xp.Users.Items)}}
	c := &converter{ctx: ctx, ar: ar, xp: xp, plan: p, cfg: cfg, seg: seg, kept: kept,
		users: map[string]string{}, codeIDs: map[string]string{}, targets: map[string]*target{},
		docByKey: map[string]*planDoc{}, docIDs: map[string]bool{}, lost: map[string]*lostText{}}
	o := strings.ToLower(xp.Origin)
	c.oneMode = strings.Contains(o, "atlas") || strings.Contains(o, "maxqda")
	for _, u := range xp.Users.Items {
		n := strings.TrimSpace(u.Name)
		if n == "" {
			n = strings.TrimSpace(u.ID)
		}
		if n == "" {
			n = "user-" + shortGUID(u.GUID)
		}
		c.users[NormGUID(u.GUID)] = n
	}
	return c, nil
}

// convert converts the project into the plan, in order: what later steps
// attach to comes first.
func (c *converter) convert(src string) error {
	if err := c.codebook(src); err != nil {
		return err
	}
	if err := c.loadStates(); err != nil {
		return err
	}
	if err := c.loadSettings(); err != nil {
		return err
	}
	if err := c.sources(); err != nil {
		return err
	}
	if err := c.importable(); err != nil {
		return err
	}
	if err := c.restoreWithheld(); err != nil {
		return err
	}
	c.variables()
	if err := c.memos(); err != nil {
		return err
	}
	c.losses()
	return nil
}

// refiTime reads a QDA-XML xs:dateTime, with or without a zone (Transana
// writes none); the zero time when there is none. The store stamps codings
// and memos itself, so this only travels as far as corpus lets it.
func refiTime(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

func (c *converter) userName(guids ...string) string {
	for _, g := range guids {
		if g == "" {
			continue
		}
		if n, ok := c.users[NormGUID(g)]; ok {
			return n
		}
		return "user-" + shortGUID(g)
	}
	return ""
}

// codebook converts the CodeBook and the code Sets. A groundwork export
// carries its codebook file, which is taken as it is when it matches the
// project's codes.
func (c *converter) codebook(src string) error {
	x := newExchange(c.xp.Origin, c.xp.codes(), c.xp.Sets.Items)
	c.plan.rep.Warnings = append(c.plan.rep.Warnings, x.Warnings...)
	if yml := c.groundworkCodebook(x); yml != nil {
		c.plan.codebook = yml
	} else if x.Len() == 0 {
		c.plan.codebook = codebook.RenderDraft(&codebook.Draft{Name: c.plan.name,
			Comment: []string{"Codebook of a project imported from " + filepath.Base(src) + "; it had no codes."}})
	} else {
		res, err := ImportCodebook(nil, "", x, CodebookOptions{Source: filepath.Base(src), Name: c.plan.name})
		if err != nil {
			return fmt.Errorf("%s: the codebook: %w", src, err)
		}
		c.plan.codebook = res.YAML
		c.codeIDs = res.IDs
		c.plan.rep.Warnings = append(c.plan.rep.Warnings, res.Warnings[len(x.Warnings):]...)
		folders := 0
		x.Walk(func(xc, _ *ExchangeCode) {
			if !xc.Codable && len(xc.Children) == 0 {
				folders++
			}
		})
		if folders > 0 {
			c.warnf("%s marked not codable (isCodable=\"false\") and without sub-codes became ordinary codes", plural(folders, "code"))
		}
	}
	cb, err := codebook.Parse("codebook.yaml", c.plan.codebook)
	if err != nil {
		return fmt.Errorf("%s: the imported codebook does not validate: %w", src, err)
	}
	c.plan.rep.Codes = len(cb.Codes())
	c.plan.rep.Groups = len(cb.Groups())
	for g, id := range c.codeIDs {
		c.targets[g] = &target{kind: "code", id: id}
	}
	return nil
}
