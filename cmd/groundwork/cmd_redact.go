package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

type redactOptions struct {
	review bool
	reject []string
	add    []string
	accept bool
	ner    bool
	force  bool
	json   bool
}

func (o *redactOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.review, "review", false, "list every replacement with its context")
	f.StringSliceVar(&o.reject, "reject", nil, "restore this pseudonym or original everywhere (repeatable)")
	f.StringSliceVar(&o.add, "add", nil, "redact this name everywhere (repeatable)")
	f.BoolVar(&o.accept, "accept-uncertain", false, "confirm every uncertain replacement left (after --reject): they are identifiers")
	f.BoolVar(&o.ner, "ner", false, "also ask prose's name recogniser about uncertain names (slower)")
	f.BoolVar(&o.force, "force", false, "look again in documents already redacted; go on with a map that does not match the store")
	addJSONFlag(cmd, &o.json, "the result")
}

func newRedactCmd(g *globals) *cobra.Command {
	return newCommand(g, &redactOptions{}, &cobra.Command{
		Use:   "redact",
		Short: "Replace identifiers with consistent pseudonyms, and review the replacements",
		Long: `Find identifiers in the project's documents — people's names, phone
numbers, e-mail addresses, street addresses, full dates, URLs and ID numbers
(NHS, SSN, MRN) — and replace each with a pseudonym that is the same for the
same person everywhere ([PERSON 3], [PHONE 1]). Codings move with the text.

Names are found by weighing evidence: lists of given names and surnames of many
cultures, English words, places and medicines; capitals in mid-sentence; cues
such as "Mr", "my husband", "called", "me and", "X said" and names said to
someone ("Tendai, you..."); speaker names and the project's list in
groundwork.yaml privacy.names. A name found once is replaced wherever it stands
in the project. A name the evidence leaves uncertain (a shop's taken for a
person's: "we like Dunelm"), or a street's name and number said with no
place named before it (which may be a medicine's or a product's: "For the
sugar, Glycomet 500"), is replaced too, and listed first by --review with its
evidence: --reject the wrong ones, then --accept-uncertain the rest.

The map from pseudonyms to originals is kept apart from the store, the index
and the reports, in .groundwork/identifiers.json (readable by you only).
Everything groundwork shows afterwards — search, reports, exports — is redacted.

--review lists every replacement with its context, the uncertain ones first;
--reject restores one (named by its pseudonym or original) everywhere and
does not redact it again (--add NAME takes that back); --accept-uncertain
confirms the uncertain ones left; --add NAME redacts a name the detector
missed, everywhere. --ner also asks prose's name recogniser about the
uncertain names (fewer to review, slower). ` + "`groundwork ingest --redact`" + ` (or
privacy.redact: true in groundwork.yaml) redacts while ingesting, as ingest
does anyway once the project has been redacted.

After every change the store is compacted and the search index rebuilt, so
no original survives in .groundwork's files; reports written before it are
listed, to be written again with ` + "`groundwork report`" + `. If the name recogniser
fails, nothing is redacted and the command says so. If identifiers.json and
the store do not belong together (a map lost or restored from an older
backup), nothing is changed and the command says what to do; --force then
goes on with them as they are.`,
		Example: `  groundwork redact
  groundwork redact --review
  groundwork redact --reject "[PERSON 4]"
  groundwork redact --reject "[PERSON 7]" --accept-uncertain
  groundwork redact --add "Siobhán" --add "Abd Rabou"`,
		Args: exactArgs(0),
	}, runRedact)
}

type privacyCheckOptions struct {
	paths []string
}

// addFlags declares nothing: privacy check takes only the paths.
func (o *privacyCheckOptions) addFlags(*cobra.Command) {}

func (o *privacyCheckOptions) setArgs(args []string) error {
	o.paths = args
	return nil
}

func newPrivacyCmd(g *globals) *cobra.Command {
	return parentCmd("privacy", "Check files for the project's identifiers", newCommand(g, &privacyCheckOptions{}, &cobra.Command{
		Use:   "check PATH...",
		Short: "Scan files (a report folder, an export) for the project's original identifiers",
		Long: `Scan files and folders (recursively; inside .xlsx, .docx and .qdpx archives too)
for every original identifier the project's redaction replaced, and name each
leak by file, line and pseudonym — never printing the identifier itself. Exits
non-zero when anything leaks, or when the project has not been redacted (there
is then nothing to look for). It looks only for what the redaction replaced:
an identifier the redaction missed is not known to it. Names with accents are
found however they are written (UTF-8, HTML entities such as &aacute; or
&#225;, inside .docx and .qdpx archives).

Files in the project's reports/ folder written before the last redaction are
also checked and listed, with the command that writes them again
(` + "`groundwork report`" + `); they count towards the exit status only when they are
among the paths given.`,
		Example: `  groundwork privacy check reports/
  groundwork privacy check export.qdpx codings.csv`,
		Args: minArgs(1),
	}, runPrivacyCheck))
}

// runPrivacyCheck scans the paths for the originals the project's
// redaction replaced, then the older reports not among them.
func runPrivacyCheck(ctx context.Context, g *globals, opts *privacyCheckOptions) error {
	p, err := g.openProject()
	if err != nil {
		return err
	}
	file, err := ingest.LoadPrivacy(p.IdentifiersPath())
	if err != nil {
		return err
	}
	entries := file.Active()
	if len(entries) == 0 {
		if !file.ProjectRedacted() {
			// Nothing is known to look for: a check that passed here would
			// vouch for files it cannot judge.
			return errors.New("the project has not been redacted, so there are no identifiers to look for: run `groundwork redact` first")
		}
		fmt.Fprintln(g.io.Out, "The project's redaction replaced no identifiers: there is nothing to look for.")
		return nil
	}
	sc := &leakScan{g: g, p: p, entries: entries, scanned: map[string]bool{}}
	for _, root := range opts.paths {
		if err := filepath.WalkDir(ingest.WalkRoot(root), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			return sc.check(path, d)
		}); err != nil {
			return err
		}
	}
	checkOlderReports(g, p, file, entries, sc.scanned)
	if sc.leaks > 0 {
		return fmt.Errorf("%s of identifiers in %s checked", count(sc.leaks, "leak"), count(sc.files, "file"))
	}
	images := ""
	if sc.images > 0 {
		images = "; " + plural(sc.images, "image", "images") + " passed over, holding no text to search"
	}
	fmt.Fprintf(g.io.Out, "No identifiers found in %s (%s checked: those the redaction replaced; one it missed cannot be looked for%s).\n",
		plural(sc.files, "file", "files"), plural(len(entries), "original", "originals"), images)
	return nil
}

// leakScan counts the files a privacy check scanned and the leaks in them.
type leakScan struct {
	g       *globals
	p       *corpus.Project
	entries []redact.Entry
	files   int
	images  int // passed over: a picture holds no text to search
	leaks   int
	scanned map[string]bool // absolute paths
}

// check scans one entry of a walk: a file other than the map itself.
func (sc *leakScan) check(path string, d fs.DirEntry) error {
	if d.IsDir() {
		return nil
	}
	if isMapFile(sc.p, path) {
		fmt.Fprintf(sc.g.io.Out, "%s: skipped: it is the map of originals itself (keep it private)\n", path)
		return nil
	}
	n, ok, err := checkFile(sc.g.io.Out, path, sc.entries)
	if err != nil {
		return err
	}
	if !ok {
		sc.images++
		return nil
	}
	sc.files++
	sc.leaks += n
	if abs, err := filepath.Abs(path); err == nil {
		sc.scanned[abs] = true
	}
	return nil
}

// isMapFile reports whether path is the project's identifiers.json (or a
// temporary file of it), which holds the originals by design.
func isMapFile(p *corpus.Project, path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	mp := p.IdentifiersPath()
	return abs == mp || filepath.Dir(abs) == filepath.Dir(mp) && strings.HasPrefix(filepath.Base(abs), "."+filepath.Base(mp)+".tmp")
}

// checkFile scans one file for originals and prints its leaks. ok is false
// for a picture, which holds no text to leak.
func checkFile(out io.Writer, path string, entries []redact.Entry) (leaks int, ok bool, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, false, err
	}
	if isImage(data) {
		return 0, false, nil
	}
	found := redact.Leaks(data, entries)
	writeLeaks(out, path, found)
	return len(found), true, nil
}

// checkOlderReports lists the reports written before the last change of
// redaction and, for those not among the paths checked, scans them too.
func checkOlderReports(g *globals, p *corpus.Project, file *ingest.PrivacyFile, entries []redact.Entry, scanned map[string]bool) {
	changedAt, older := ingest.OlderReports(p, file)
	if len(older) == 0 {
		return
	}
	leaky := 0
	for _, path := range older {
		if abs, err := filepath.Abs(path); err == nil && scanned[abs] {
			continue
		}
		n, _, err := checkFile(g.io.Err, path, entries)
		if err != nil {
			g.io.Warnf("%v", err)
		}
		if n > 0 {
			leaky++
		}
	}
	n := len(older)
	g.io.Warnf("%s in reports/ %s written before the last redaction (%s)%s; write %s again with `groundwork report`: %s",
		count(n, "file"), agree(n, "was", "were"), localTime(changedAt), leakyNote(leaky), agree(n, "it", "them"),
		strings.Join(relPaths(p.Dir, older, 5), ", "))
}

func leakyNote(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" and %d of them outside the paths checked hold originals (listed above)", n)
}

// writeLeaks prints one line per file part and identifier, with the lines
// it was found on (the first few).
func writeLeaks(out io.Writer, path string, leaks []redact.Leak) {
	type key struct{ where, pseudonym, kind string }
	lines := map[key][]int{}
	var order []key
	for _, l := range leaks {
		k := key{l.Where, l.Entry.Pseudonym, string(l.Entry.Kind)}
		ls, ok := lines[k]
		if !ok {
			order = append(order, k)
		}
		if len(ls) == 0 || ls[len(ls)-1] != l.Line {
			lines[k] = append(ls, l.Line)
		}
	}
	for _, k := range order {
		where := path
		if k.where != "" {
			where += "!" + k.where
		}
		ls := lines[k]
		shown := ls
		if len(shown) > 5 {
			shown = shown[:5]
		}
		var parts []string
		for _, n := range shown {
			parts = append(parts, fmt.Sprint(n))
		}
		more := ""
		if len(ls) > len(shown) {
			more = fmt.Sprintf(" and %d more", len(ls)-len(shown))
		}
		fmt.Fprintf(out, "%s:%s: holds the original of %s (%s)%s\n", where, strings.Join(parts, ","), k.pseudonym, k.kind, more)
	}
}

// isImage reports whether data is a PNG, JPEG or GIF picture, whose
// compressed bytes would only give false alarms.
func isImage(data []byte) bool {
	for _, sig := range []string{"\x89PNG", "\xff\xd8\xff", "GIF8"} {
		if strings.HasPrefix(string(data), sig) {
			return true
		}
	}
	return false
}

// runRedact rejects, redacts and adds as asked, then scrubs the project's
// files of what the changes replaced, then lists replacements for review.
func runRedact(ctx context.Context, g *globals, opts *redactOptions) error {
	return g.withSession(ctx, func(s *session) error {
		file, err := ingest.OpenPrivacy(ctx, s.proj.IdentifiersPath(), s.store)
		var mm *ingest.MismatchError
		if errors.As(err, &mm) && opts.force && !opts.review {
			// RedactProject goes on with the files as they are.
			file, err = ingest.LoadPrivacy(s.proj.IdentifiersPath())
		}
		if err != nil {
			return err
		}
		if changes := len(opts.add) > 0 || len(opts.reject) > 0 || !opts.review; changes && errors.Is(corpus.IndexHeld(s.proj.IndexPath()), corpus.ErrIndexBusy) {
			// Redaction rebuilds the index, so that no original stays in
			// it: refused before anything changes, not after.
			return errors.New("the workbench (`groundwork serve`) holds this project's search index, which a redaction rebuilds so that no original stays in it: stop the workbench, then run `groundwork redact` again (nothing was changed)")
		}
		changed, err := redactChanges(ctx, g, s, file, opts)
		if changed {
			if serr := scrubProject(ctx, g, s); err == nil {
				err = serr
			}
			warnOlderReports(g, s.proj, file)
		}
		if err == nil {
			err = warnMemosNaming(ctx, g, s, file)
		}
		if err == nil {
			err = warnCodebookNaming(g, s, file)
		}
		if err != nil || opts.json && !opts.review && len(opts.reject) == 0 && !opts.accept {
			return err
		}
		if opts.review {
			return printReview(ctx, g, s, file, opts.json)
		}
		return nil
	})
}

// redactChanges makes the changes asked for and reports whether any was
// made (the store then needs scrubbing, even when a later one failed).
func redactChanges(ctx context.Context, g *globals, s *session, file *ingest.PrivacyFile, opts *redactOptions) (changed bool, err error) {
	for _, which := range opts.reject {
		rep, err := ingest.RejectIdentifier(ctx, s.store, file, which)
		if err != nil {
			return changed, err
		}
		changed = changed || rep.Restored > 0
		fmt.Fprintf(g.io.Out, "Restored %s in %s (%s)%s; it will not be redacted again unless you --add it\n", which,
			plural(rep.Restored, "place", "places"), plural(len(rep.Documents), "document", "documents"), inAttributes(", and in ", rep.Attributes))
	}
	if opts.accept {
		rep, err := ingest.AcceptUncertain(ctx, s.store, file)
		if err != nil {
			return changed, err
		}
		fmt.Fprintf(g.io.Out, "Accepted %s (%s): they stay replaced and are redacted wherever they stand\n",
			plural(rep.Accepted, "uncertain replacement", "uncertain replacements"), plural(len(rep.Originals), "original", "originals"))
	}
	if len(opts.add) == 0 && (opts.review || len(opts.reject) > 0 || opts.accept) {
		return changed, nil
	}
	rep, docs, err := ingest.RedactProject(ctx, s.proj, s.store, file, ingest.RedactOptions{
		Force: opts.force, Add: opts.add, NER: opts.ner, Progress: g.io.progress("finding identifiers"),
		Rewriting: g.io.progress("replacing identifiers"),
	})
	if err != nil {
		return changed, err
	}
	changed = changed || len(docs) > 0 || rep.Attributes > 0
	if rep.Adopted != "" {
		g.io.Warnf("went on (--force) although identifiers.json did not match the store: pseudonyms it does not know stay in the text and cannot be restored; new ones are numbered after them")
	}
	if len(rep.Forgotten) > 0 {
		n := len(rep.Forgotten)
		g.io.Warnf("%s changed after %s redacted (%s): %s searched afresh, and what was replaced in %s before can no longer be restored with --reject",
			count(n, "document"), agree(n, "it was", "they were"), strings.Join(rep.Forgotten, ", "), agree(n, "it was", "they were"), agree(n, "it", "them"))
	}
	if rep.Sealed > 0 {
		g.io.Warnf("%s to these documents' codings can no longer be undone: the history keeps who made them and when, not the words they held", plural(rep.Sealed, "earlier change", "earlier changes"))
	}
	// With --review, --json is for the review printed after this.
	return changed, printResult(g, opts.json && !opts.review, rep, func() { printRedactReport(g, rep, file) })
}

func printRedactReport(g *globals, rep *ingest.RedactReport, file *ingest.PrivacyFile) {
	fmt.Fprintf(g.io.Out, "Redacted %s: %s replaced%s", plural(rep.Documents, "document", "documents"), plural(rep.Replacements, "identifier", "identifiers"), inAttributes(", and names in ", rep.Attributes))
	var kinds []string
	for _, k := range redact.Kinds() {
		if n := rep.ByKind[string(k)]; n > 0 {
			kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
		}
	}
	if len(kinds) > 0 {
		fmt.Fprintf(g.io.Out, " (%s)", strings.Join(kinds, ", "))
	}
	if rep.Uncertain > 0 {
		fmt.Fprintf(g.io.Out, ";\n%d of them %s left uncertain by the evidence: replaced, and listed first by `groundwork redact --review` to confirm (--accept-uncertain) or restore (--reject)", rep.Uncertain, agree(rep.Uncertain, "is", "are"))
	}
	if len(rep.NotFound) > 0 {
		fmt.Fprintf(g.io.Out, "\nNot found in any document, as written: %s (--add takes a name as the transcripts write it)", strings.Join(rep.NotFound, ", "))
	}
	fmt.Fprintf(g.io.Out, "\nThe map to the originals is in %s (mode 0600). Review with `groundwork redact --review`.\n", file.Path())
}

// inAttributes says how many attribute values a redaction changed, after
// lead, when any did.
func inAttributes(lead string, n int) string {
	if n == 0 {
		return ""
	}
	return lead + plural(n, "attribute value", "attribute values")
}

// scrubProject removes what redaction replaced from the project's files:
// SQLite keeps deleted rows in free pages and in its write-ahead log, and
// bleve keeps deleted documents in its segments until they merge, so the
// store is compacted and the index built afresh.
func scrubProject(ctx context.Context, g *globals, s *session) error {
	if err := s.store.Compact(ctx); err != nil {
		return fmt.Errorf("the redaction is saved, but compacting the store failed, so originals may survive in its unused pages: run `groundwork redact` again to retry: %w", err)
	}
	ix, err := corpus.RebuildIndex(ctx, s.proj.IndexPath(), s.store, g.io.progress("rebuilding the search index"))
	if err != nil {
		return fmt.Errorf("the redaction is saved, but the search index could not be rebuilt, so it may still hold originals: run `groundwork index --rebuild` (after stopping `groundwork serve`, if it runs): %w", err)
	}
	return ix.Close()
}

// warnOlderReports lists the files in the project's reports/ folder that
// were written before the last change of redaction: they may hold
// originals.
func warnOlderReports(g *globals, proj *corpus.Project, file *ingest.PrivacyFile) {
	_, older := ingest.OlderReports(proj, file)
	if len(older) == 0 {
		return
	}
	n := len(older)
	g.io.Warnf("%s in reports/ %s written before this redaction and may hold originals (%s): write %s again with `groundwork report`, and check exports with `groundwork privacy check`",
		count(n, "file"), agree(n, "was", "were"), strings.Join(relPaths(proj.Dir, older, 5), ", "), agree(n, "it", "them"))
}

// warnCodebookNaming names the lines of codebook.yaml that hold an
// original (example quotes copied from the transcripts): redaction does
// not change the codebook, and exports carry it.
func warnCodebookNaming(g *globals, s *session, file *ingest.PrivacyFile) error {
	lines, err := ingest.CodebookNaming(s.proj.CodebookPath(), file)
	if err != nil || len(lines) == 0 {
		return err
	}
	var list []string
	for _, l := range lines {
		list = append(list, strconv.Itoa(l))
	}
	g.io.Warnf("%s names people the redaction replaced (%s %s): the codebook's example quotes are not changed; edit them before sharing an export (`groundwork privacy check` finds them)",
		filepath.Base(s.proj.CodebookPath()), agree(len(lines), "line", "lines"), strings.Join(list, ", "))
	return nil
}

// warnMemosNaming names the memos that hold an original: redaction does
// not change what researchers wrote, and reports print memos.
func warnMemosNaming(ctx context.Context, g *globals, s *session, file *ingest.PrivacyFile) error {
	ids, err := ingest.MemosNaming(ctx, s.store, file)
	if err != nil || len(ids) == 0 {
		return err
	}
	var list []string
	for _, id := range ids {
		list = append(list, strconv.FormatInt(id, 10))
	}
	g.io.Warnf("%s %s people the redaction replaced (memo %s): memos are your own writing and are not changed; edit them in the workbench before sharing a report, which prints them", plural(len(ids), "memo", "memos"), agree(len(ids), "names", "name"), strings.Join(list, ", "))
	return nil
}

// relPaths returns up to n paths relative to dir, with "and N more".
func relPaths(dir string, paths []string, n int) []string {
	var out []string
	for i, p := range paths {
		if i == n {
			out = append(out, fmt.Sprintf("and %d more", len(paths)-n))
			break
		}
		if r, err := filepath.Rel(dir, p); err == nil {
			p = r
		}
		out = append(out, p)
	}
	return out
}

// printReview prints the replacements to review: as JSON with --json,
// otherwise for people.
func printReview(ctx context.Context, g *globals, s *session, file *ingest.PrivacyFile, asJSON bool) error {
	items, err := ingest.ReviewItems(ctx, s.store, file)
	if err != nil {
		return err
	}
	return printResult(g, asJSON, orEmpty(items), func() { writeReview(g.io.Out, items) })
}

// writeReview lists the replacements for people to check, the uncertain
// ones first, with the commands that restore or confirm them.
func writeReview(out io.Writer, items []ingest.ReviewItem) {
	if len(items) == 0 {
		fmt.Fprintln(out, "No replacements to review.")
		return
	}
	uncertain := 0
	for _, it := range items {
		if it.Uncertain {
			uncertain++
		}
	}
	if uncertain > 0 {
		fmt.Fprintf(out, "Uncertain (%d): replacements the evidence does not settle. Restore the wrong ones with --reject, then confirm the rest with --accept-uncertain.\n", uncertain)
		writeReviewTable(out, items[:uncertain], true)
		if uncertain < len(items) {
			fmt.Fprintf(out, "\nReplaced (%d):\n", len(items)-uncertain)
		}
	}
	if uncertain < len(items) {
		writeReviewTable(out, items[uncertain:], false)
	}
	fmt.Fprintln(out, "\nTo restore a wrong one: groundwork redact --reject PSEUDONYM. To add a missed name: groundwork redact --add NAME.")
}

// writeReviewTable prints replacements with their context (and, for the
// uncertain ones, the evidence).
func writeReviewTable(out io.Writer, items []ingest.ReviewItem, evidence bool) {
	tw := newTable(out)
	head := "document\tkind\tpseudonym\toriginal\tcontext"
	if evidence {
		head += "\tevidence"
	}
	fmt.Fprintln(tw, head)
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t…%s…", it.Document, it.Kind, it.Pseudonym, it.Original, it.Context)
		if evidence {
			fmt.Fprintf(tw, "\t%s", it.Evidence)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// warnPrivacy tells the user, before a command writes what they may share,
// when groundwork.yaml asks for redaction (privacy.redact: true) but the
// transcripts stored were never redacted: setting it redacts what is
// ingested afterwards, not what is already there.
func (g *globals) warnPrivacy(ctx context.Context, s *session) error {
	if !s.proj.Config.Privacy.Redact {
		return nil
	}
	file, err := ingest.LoadPrivacy(s.proj.IdentifiersPath())
	if err != nil || file.ProjectRedacted() {
		return err
	}
	n, err := s.store.CountDocuments(ctx)
	if err != nil || n == 0 {
		return err
	}
	g.io.Warnf("groundwork.yaml asks for redaction (privacy.redact: true), but the %s stored %s not redacted, so what this writes holds their names as they are: run `groundwork redact` first",
		count(n, "transcript"), agree(n, "is", "are"))
	return nil
}
