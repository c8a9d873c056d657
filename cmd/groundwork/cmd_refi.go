package main

// REFI-QDA interoperability: `codebook export|import` (.qdc), `export qdpx`
// and `import qdpx` (.qdpx projects).

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/refiqda"
)

// ---------------------------------------------------------------------------
// codebook export

type codebookExportOptions struct {
	codebookOptions        // the codebook: file, else the project's
	format          string // qdc
	out             string // "" or "-": standard output
}

func (o *codebookExportOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.format, "format", "qdc", "the format: qdc (REFI-QDA codebook)")
	addOutputFlag(cmd, &o.out)
}

func (o *codebookExportOptions) setArgs(args []string) error {
	if o.format != "qdc" {
		return fmt.Errorf("unknown --format %q; use qdc", o.format)
	}
	return o.codebookOptions.setArgs(args)
}

func newCodebookExportCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookExportOptions{}, &cobra.Command{
		Use:   "export [FILE] --format qdc [-o FILE.qdc]",
		Short: "Write the codebook as a REFI-QDA codebook (.qdc)",
		Long: `Write the codebook (default: the project's) as a REFI-QDA codebook exchange
file (.qdc, QDA-XML 1.0) that ATLAS.ti, MAXQDA, NVivo, QualCoder and other
QDA software import: the code tree, each code's definition (as its
description) and colour, and the groups (as sets). Codes with sub-codes are
marked not codable. GUIDs are derived from the code ids, so exporting again
gives the same GUIDs and a re-import matches codes up.

use_when, do_not_use_when, examples and rules are not part of REFI-QDA; a
warning says what was left out.`,
		Example: `  groundwork codebook export --format qdc -o codebook.qdc
  groundwork codebook export drafts/codebook-v2.yaml --format qdc > v2.qdc`,
		Args: maxArgs(1),
	}, runCodebookExport)
}

// runCodebookExport writes the codebook as a .qdc and warns about what
// REFI-QDA cannot carry.
func runCodebookExport(_ context.Context, g *globals, opts *codebookExportOptions) error {
	path, cb, err := loadCodebook(g, &opts.codebookOptions)
	if err != nil {
		return err
	}
	if err := writeOutput(g, opts.out, func(w io.Writer) error { return refiqda.WriteQDC(w, cb, refiqda.Origin) }); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	for _, l := range refiqda.QDCLosses(cb) {
		g.io.Warnf("%s", l)
	}
	if opts.out != "" && opts.out != "-" {
		fmt.Fprintf(g.io.Out, "Wrote %s: %s, %s\n", opts.out, count(len(cb.Codes()), "code"), count(len(cb.Groups()), "group"))
	}
	return nil
}

// ---------------------------------------------------------------------------
// codebook import

type codebookImportOptions struct {
	file           string // the .qdc
	merge, replace bool
	dryRun         bool
	json           bool
}

// codebookImport is what a codebook import did: --json prints it as it is,
// writeCodebookImport in words.
type codebookImport struct {
	File     string `json:"file"`
	Codebook string `json:"codebook"`
	Mode     string `json:"mode"`
	DryRun   bool   `json:"dry_run"`
	*refiqda.CodebookResult
}

func (o *codebookImportOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.merge, "merge", false, "keep your codes and add or update the imported ones (default)")
	f.BoolVar(&o.replace, "replace", false, "make the codebook the imported one; codes not in the file are dropped")
	f.BoolVar(&o.dryRun, "dry-run", false, "say what would change without writing")
	addJSONFlag(cmd, &o.json, "what was (or would be) done")
}

func (o *codebookImportOptions) setArgs(args []string) error {
	if o.merge && o.replace {
		return errors.New("give --merge or --replace, not both")
	}
	o.file = args[0]
	return nil
}

func newCodebookImportCmd(g *globals) *cobra.Command {
	return newCommand(g, &codebookImportOptions{}, &cobra.Command{
		Use:   "import FILE.qdc [--merge|--replace]",
		Short: "Read a REFI-QDA codebook (.qdc) into the project's codebook",
		Long: `Read a REFI-QDA codebook exchange file (.qdc) from other QDA software into the
project's codebook.yaml. Given a whole project (.qdpx, a folder holding an
unpacked one, or a .qde), it takes the project's codebook alone.

--merge (the default) keeps every code you have: an imported code that matches
one of yours (by GUID, as groundwork exports them, then by the id its name
gives, then by its label under the same parent) updates its label, definition,
colour and place in the tree; the others are added, with ids made from their
names, dotted under their parent's id. Comments, rules, use_when,
do_not_use_when and examples stay exactly as written; only the lines of what
changed are rewritten.

--replace makes the codebook the imported one: codes not in the file are
dropped (and listed). Codes that match keep their rules, guidance and examples.

Sets of codes become groups. The result is checked before it is written, and
written through a temporary file, so a failure leaves codebook.yaml as it was.
The lenient reader accepts what real exports do: older namespaces, GUIDs in
braces, colours with alpha or as rgb(), "Parent::Child" names as hierarchy.`,
		Example: `  groundwork codebook import from-nvivo.qdc
  groundwork codebook import team.qdc --replace --dry-run
  groundwork codebook import team.qdc --json`,
		Args: exactArgs(1),
	}, runCodebookImport)
}

// runCodebookImport reads a .qdc into the project's codebook.yaml (merged
// or replacing it), written only when the result validates, and says what
// changed.
// readExchange reads the codes of a .qdc, or of a whole project (.qdpx, an
// unpacked project, a .qde), whose codebook alone is taken.
func readExchange(file string) (*refiqda.Exchange, error) {
	if fi, err := os.Stat(file); err == nil && fi.IsDir() {
		return refiqda.ReadProjectCodebook(file)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("codebook import: %w", err)
	}
	ext := strings.ToLower(filepath.Ext(file))
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || ext == ".qdpx" || ext == ".qde" {
		return refiqda.ReadProjectCodebook(file)
	}
	return refiqda.ReadQDC(file, data)
}

func runCodebookImport(ctx context.Context, g *globals, opts *codebookImportOptions) error {
	file := opts.file
	p, err := g.openProject()
	if err != nil {
		return err
	}
	x, err := readExchange(file)
	if err != nil {
		return err
	}
	cbPath := p.CodebookPath()
	existing, err := os.ReadFile(cbPath)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	mode, modeName := refiqda.Merge, "merge"
	if opts.replace {
		mode, modeName = refiqda.Replace, "replace"
	}
	res, err := refiqda.ImportCodebook(existing, cbPath, x, refiqda.CodebookOptions{Mode: mode, Source: filepath.Base(file), Name: p.Config.Name})
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	if len(res.Dropped) > 0 {
		if warn := droppedInUse(ctx, p, res.Dropped); warn != "" {
			res.Warnings = append(res.Warnings, warn)
		}
	}
	if !opts.dryRun {
		if err := writeImportedCodebook(ctx, g, p, existing, file, modeName, res); err != nil {
			return err
		}
	}
	imported := codebookImport{File: file, Codebook: cbPath, Mode: modeName, DryRun: opts.dryRun, CodebookResult: nonNil(res)}
	return printResult(g, opts.json, imported, func() { writeCodebookImport(g, imported) })
}

// writeCodebookImport says what a codebook import changed (or would have),
// code by code, and what it warns of.
func writeCodebookImport(g *globals, imp codebookImport) {
	res := imp.CodebookResult
	verb := "Imported"
	if imp.DryRun {
		verb = "Dry run: would import"
	}
	fmt.Fprintf(g.io.Out, "%s %s into %s (%s): %d added, %d changed, %d dropped, %d unchanged\n",
		verb, imp.File, filepath.Base(imp.Codebook), imp.Mode, len(res.Added), len(res.Changed), len(res.Dropped), res.Unchanged)
	list := func(label string, items []string) {
		if len(items) > 0 {
			fmt.Fprintf(g.io.Out, "  %s: %s\n", label, strings.Join(items, ", "))
		}
	}
	list("added", res.Added)
	var changed []string
	for _, c := range res.Changed {
		changed = append(changed, fmt.Sprintf("%s (%s)", c.ID, strings.Join(c.Fields, ", ")))
	}
	list("changed", changed)
	list("dropped", res.Dropped)
	list("groups added", res.GroupsAdded)
	list("groups changed", res.GroupsChanged)
	list("groups dropped", res.GroupsDropped)
	for _, w := range res.Warnings {
		g.io.Warnf("%s", w)
	}
}

// nonNil makes the lists of r empty rather than nil, so that JSON has []
// rather than null.
func nonNil(r *refiqda.CodebookResult) *refiqda.CodebookResult {
	for _, s := range []*[]string{&r.Added, &r.Dropped, &r.GroupsAdded, &r.GroupsChanged, &r.GroupsDropped, &r.Warnings} {
		*s = orEmpty(*s)
	}
	r.Changed = orEmpty(r.Changed)
	return r
}

// droppedInUse says how many codings use codes a --replace drops.
func droppedInUse(ctx context.Context, p *corpus.Project, dropped []string) string {
	if _, err := os.Stat(p.StorePath()); err != nil {
		return ""
	}
	st, err := corpus.OpenStore(ctx, p.StorePath())
	if err != nil {
		return ""
	}
	defer st.Close()
	cs, err := st.Codings(ctx, corpus.CodingFilter{Codes: dropped})
	if err != nil || len(cs) == 0 {
		return ""
	}
	per := map[string]int{}
	for _, c := range cs {
		per[c.Code]++
	}
	var parts []string
	for code, n := range per {
		parts = append(parts, fmt.Sprintf("%s %d", code, n))
	}
	sort.Strings(parts)
	return fmt.Sprintf("%s %s dropped codes (%s); %s in the store, but reports leave %s out until the codes are back",
		count(len(cs), "coding"), agree(len(cs), "uses", "use"), strings.Join(parts, ", "), agree(len(cs), "it stays", "they stay"), agree(len(cs), "it", "them"))
}

// ---------------------------------------------------------------------------
// export qdpx

func newExportCmd(g *globals) *cobra.Command {
	return parentCmd("export", "Export the project for other QDA software (REFI-QDA .qdpx)", newExportQDPXCmd(g))
}

type exportQDPXOptions struct {
	path     string // the .qdpx to write
	statuses []string
	json     bool
}

func (o *exportQDPXOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringSliceVar(&o.statuses, "status", nil, "export codings with this status (repeatable; default accepted and suggested)")
	addJSONFlag(cmd, &o.json, "what was written")
}

func (o *exportQDPXOptions) setArgs(args []string) error {
	o.path = args[0]
	return checkStatuses(o.statuses)
}

func newExportQDPXCmd(g *globals) *cobra.Command {
	return newCommand(g, &exportQDPXOptions{}, &cobra.Command{
		Use:   "qdpx FILE.qdpx",
		Short: "Write the whole project as a REFI-QDA project (.qdpx)",
		Long: `Write the project as a REFI-QDA project exchange file (.qdpx, QDA-XML 1.0)
that ATLAS.ti, MAXQDA, NVivo, QualCoder and other QDA software import:

  - the coders (and memo authors) as users;
  - the codebook (definitions as descriptions, colours; groups as sets);
  - every document as a plain-text source (UTF-8, LF, no BOM) in sources/;
  - each coded span as a selection, with one coding per coding (coder, date);
    positions are Unicode code points, as groundwork keeps them;
  - memos as notes on their code, document, coding or the project;
  - document attributes as variables on one case per document.

By default accepted codings and pending suggestions are exported (--status to
choose: other software counts every exported coding as coded, so --status
accepted exports people's decisions only, and the archive then holds nothing
of the pending suggestions); rejected suggestions and orphaned codings are not
exported as codings. GUIDs are derived from groundwork's ids, so exporting again gives the same
GUIDs. What REFI-QDA cannot carry is listed as warnings. For groundwork itself
the archive also carries codebook.yaml and the codings' statuses, origins and
rules, and by default the rejected suggestions (other software ignores them),
so importing it back loses nothing.`,
		Example: `  groundwork export qdpx study.qdpx
  groundwork export qdpx study.qdpx --status accepted --json`,
		Args: exactArgs(1),
	}, runExportQDPX)
}

// runExportQDPX writes the project as a .qdpx and says what it holds and
// what REFI-QDA could not carry.
func runExportQDPX(ctx context.Context, g *globals, opts *exportQDPXOptions) error {
	path := opts.path
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		if err := g.warnPrivacy(ctx, s); err != nil {
			return err
		}
		rep, err := refiqda.WriteQDPX(ctx, path, s.proj, s.store, cb, refiqda.ExportOptions{Statuses: opts.statuses})
		if err != nil {
			return err
		}
		rep.Warnings = orEmpty(rep.Warnings)
		return printResult(g, opts.json, rep, func() {
			fmt.Fprintf(g.io.Out, "Exported %s: %s, %s, %s (%s), %s, %s, %s, %s, %s\n",
				path, count(rep.Sources, "source"), count(rep.Codes, "code"), count(rep.Codings, "coding"), count(rep.Selections, "selection"),
				count(rep.Notes, "note"), count(rep.Users, "user"), count(rep.Cases, "case"), count(rep.Variables, "variable"), count(rep.Sets, "set"))
			for _, w := range rep.Warnings {
				g.io.Warnf("%s", w)
			}
		})
	})
}

// ---------------------------------------------------------------------------
// import qdpx

func newImportCmd(g *globals) *cobra.Command {
	return parentCmd("import", "Import a project from other QDA software (REFI-QDA .qdpx)", newImportQDPXCmd(g))
}

type importQDPXOptions struct {
	src       string // the .qdpx, unpacked project or .qde
	into      string
	name      string
	maxSizeMB int
	json      bool
}

func (o *importQDPXOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.into, "into", "", "the new project's `DIR` (must not exist or be empty; default the file's name)")
	f.StringVar(&o.name, "name", "", "the new project's name (default the imported project's)")
	f.IntVar(&o.maxSizeMB, "max-size", int(ingest.DefaultMaxBytes>>20), "refuse a source whose text is larger than this many `MB`")
	addJSONFlag(cmd, &o.json, "what was imported")
}

func (o *importQDPXOptions) setArgs(args []string) error {
	if o.maxSizeMB <= 0 {
		return fmt.Errorf("--max-size must be at least 1 (MB), not %d", o.maxSizeMB)
	}
	o.src = args[0]
	return nil
}

func newImportQDPXCmd(g *globals) *cobra.Command {
	return newCommand(g, &importQDPXOptions{}, &cobra.Command{
		Use:   "qdpx FILE.qdpx [--into DIR]",
		Short: "Create a project from a REFI-QDA project (.qdpx)",
		Long: `Create a new groundwork project from a REFI-QDA project exported by ATLAS.ti,
MAXQDA, NVivo, QualCoder, groundwork or other QDA software. FILE is a .qdpx
archive, a folder holding the unpacked project (a .qde and sources/), or a bare
.qde file (its sources looked for in sources/ beside it).

The new project (in --into DIR, default the file's name) gets the codebook
(codes with ids made from their names, sets as groups), one document per text
source (speaker labels recognised as in ingest), the codings with their coders
(origin "import", positions converted to groundwork's: Windows line endings,
a BOM and decomposed accents are allowed for), notes and comments as memos,
and variables as document attributes.

What groundwork cannot carry (pictures, audio, video, PDF regions, graphs,
links) is named in a warning with counts, as is any text source whose text is
missing and any coding whose position cannot be placed. A project with no text
to import (only a codebook, only media, or sources whose files are missing or
empty) is refused with what it holds and why.

Archives with paths outside the archive, too many entries or XML that is not
QDA-XML are refused, and so are zip bombs: what is decoded is bounded (one
source's text by --max-size, all sources' text by 512 MiB, the project file
by 1 GiB once decoded), and checked against the sizes the archive declares
before anything is decompressed. The project is built in a hidden folder beside DIR and moved
into place when complete, so a refused, failed or interrupted import leaves
nothing behind; a folder left by a killed import is removed by the next.`,
		Example: `  groundwork import qdpx from-atlas.qdpx --into study
  groundwork import qdpx nvivo-export.qdpx --json`,
		Args: exactArgs(1),
	}, runImportQDPX)
}

// runImportQDPX creates a project from a REFI-QDA project, builds its
// search index, and says what came in and what did not.
func runImportQDPX(ctx context.Context, g *globals, opts *importQDPXOptions) error {
	src, into := opts.src, opts.into
	if into == "" {
		base := filepath.Base(filepath.Clean(src))
		into = strings.TrimSuffix(base, filepath.Ext(base))
		if fi, err := os.Stat(src); err == nil && fi.IsDir() || into == "" || into == "." {
			into += "-imported"
		}
		if _, err := os.Stat(into); err == nil {
			return fmt.Errorf("%s already exists; name a new directory with --into DIR", into)
		}
	}
	// import makes a new project; one inside another is never what was
	// meant (a colleague's export imported from within the study).
	if outer, err := corpus.Find(filepath.Dir(filepath.Clean(into))); err == nil {
		return fmt.Errorf("%s would be a new project inside the project at %s: import qdpx creates a project of its own; give --into a folder outside it (to add a colleague's codings to this project, export them as a sheet and use `groundwork codings import`)", into, outer)
	}
	limits := refiqda.ArchiveLimits{MaxText: int64(opts.maxSizeMB) << 20}
	rep, err := refiqda.ImportQDPX(ctx, src, refiqda.ImportOptions{Into: into, Name: opts.name, Limits: limits})
	if err != nil {
		return err
	}
	// Build the search index now; if that fails it is rebuilt on first use.
	if proj, st, err := corpus.OpenProjectStore(ctx, into); err == nil {
		// An export of a redacted project holds pseudonyms whose originals
		// stay with that project.
		if held, err := ingest.AdoptImportedPseudonyms(ctx, proj, st); err != nil {
			st.Close()
			return fmt.Errorf("recording the pseudonyms the import brought: %w", err)
		} else if held {
			rep.Warnings = append(rep.Warnings, "the transcripts hold pseudonyms ([PERSON 1]...) from a redacted project: their originals stay in that project's identifiers.json; this project's map reserves their numbers")
		}
		if ix, err := corpus.RebuildIndex(ctx, proj.IndexPath(), st, nil); err == nil {
			ix.Close()
		} else if !opts.json {
			g.io.Warnf("the search index was not built (%v); it will be built when first used", err)
		}
		st.Close()
	}
	rep.Warnings = orEmpty(rep.Warnings)
	return printResult(g, opts.json, rep, func() { writeImportQDPX(g, src, into, rep) })
}

// writeImportQDPX says what an import of src made into the project into,
// what it warns of, and what to run next.
func writeImportQDPX(g *globals, src, into string, rep *refiqda.ImportReport) {
	from := src
	if rep.Origin != "" {
		from += " (" + rep.Origin + ")"
	}
	fmt.Fprintf(g.io.Out, "Imported %s into %s: %s, %s, %s, %s, %s, %s, %s\n",
		from, into, count(rep.Sources, "source"), count(rep.Codes, "code"), count(rep.Codings, "coding"), count(rep.Notes, "memo"),
		count(rep.Users, "user"), count(rep.Attributes, "attribute"), count(rep.Groups, "group"))
	if rep.LostSources > 0 {
		fmt.Fprintf(g.io.Out, "Not imported: %s with %s (the warnings say why)\n", count(rep.LostSources, "source"), count(rep.LostCodings, "coding"))
	}
	for _, w := range rep.Warnings {
		g.io.Warnf("%s", w)
	}
	fmt.Fprintf(g.io.Out, "Next: groundwork status --project %s\n", into)
}
