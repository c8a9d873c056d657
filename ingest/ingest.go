package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/parse"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// DefaultMaxBytes is the largest file ingest reads unless told otherwise.
const DefaultMaxBytes int64 = 50 << 20

// Options control an ingest run.
type Options struct {
	// Programme and Role are attributes for every file that does not give
	// its own (front matter wins over the manifest, the manifest over these).
	Programme, Role string
	// Manifest is a CSV file: a column naming the file, then id, programme,
	// role and any attribute.
	Manifest string
	// Replace allows a changed file to replace the document ingested from it.
	Replace bool
	// Encoding is the source encoding: "" (UTF-8), "windows-1252" or "utf-16".
	Encoding string
	// MaxBytes refuses larger files (0: DefaultMaxBytes).
	MaxBytes int64
	// TextColumn and IDColumn name the CSV columns holding an interview's
	// text and id, for CSV files with one interview per row.
	TextColumn, IDColumn string
	// Format forces a format instead of detecting it.
	Format string
	// Workers is the number of files read and parsed at once (0: one per CPU).
	Workers int
	// Progress, if set, is told how many sources there are and each one done.
	Progress Progress
	// Skipped, if set, is told the files found in the folders given that
	// are not taken as transcripts (Report.Skipped), before any is read,
	// so that they can be named whether or not the ingest succeeds.
	Skipped func([]SkippedFile)
	// Redact, if set, replaces identifiers with pseudonyms before anything
	// is stored; the map is saved to PrivacyPath (0600) in the same
	// transaction.
	Redact      *Redactor
	PrivacyPath string
}

// Progress receives ingest progress; implementations draw it on a terminal.
// Add is called from several workers at once, so it must be safe for
// concurrent use.
type Progress = corpus.Progress

// Report says what an ingest run did.
type Report struct {
	Added     []string `json:"added"`
	Replaced  []string `json:"replaced"`
	Unchanged []string `json:"unchanged"`
	Warnings  []string `json:"warnings"`
	// Skipped lists the files found in the folders given that were not
	// taken as transcripts, and why.
	Skipped  []SkippedFile `json:"skipped"`
	Turns    int           `json:"turns"`
	Segments int           `json:"segments"`
	Words    int           `json:"words"`
	// Reanchored and Orphaned count codings of replaced documents that were
	// moved to their new place, or could not be placed.
	Reanchored int `json:"reanchored"`
	Orphaned   int `json:"orphaned"`
	// Dropped counts the pending suggestions of replaced documents that no
	// longer fit the new text: a suggester suggests again on it, and
	// nobody had decided on them.
	Dropped int `json:"dropped_suggestions"`
	// Redacted counts identifiers replaced by pseudonyms; Uncertain, those
	// of them the evidence left uncertain (listed first by redact --review).
	Redacted  int `json:"redacted"`
	Uncertain int `json:"uncertain,omitempty"`
	// Sealed counts earlier changes to the codings of documents replaced
	// with redaction that can no longer be undone (corpus.Tx.SealHistory).
	Sealed int `json:"sealed_history_events,omitempty"`
}

// Changed lists the documents the run added or replaced.
func (r *Report) Changed() []string {
	return append(append([]string{}, r.Added...), r.Replaced...)
}

// source is one transcript to ingest: a file, or one row of a CSV file.
type source struct {
	path    string // as the user named it
	display string // path, or path:row for CSV rows
}

// prepared is a source parsed, checked and rendered, ready to store.
type prepared struct {
	src      source
	doc      *corpus.Document
	built    *Built
	warnings []string
	// ids are the identifiers found when the run redacts, attrNames the
	// people its attributes name (Redactor.attributeNames).
	ids       []redact.Identifier
	attrNames []string
}

// Ingest reads the transcripts at paths (files or folders, recursively) into
// the project's store, all in one transaction: if any file has a problem,
// every problem is reported and nothing is written.
func Ingest(ctx context.Context, proj *corpus.Project, st *corpus.Store, paths []string, opts Options) (*Report, error) {
	files, skipped, err := collect(paths, opts.Manifest)
	if err != nil {
		return nil, err
	}
	if opts.Skipped != nil && len(skipped) > 0 {
		opts.Skipped(skipped)
	}
	manifest, err := readManifest(opts.Manifest)
	if err != nil {
		return nil, err
	}
	r := &reader{proj: proj, opts: opts, manifest: manifest}
	if opts.Progress != nil {
		opts.Progress.Start(len(files))
		defer opts.Progress.Done()
	}
	rep := &Report{Skipped: skipped}
	var problems []error
	var asked noInterviewer
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		firstSource := map[string]string{}
		var err error
		// Parsing runs ahead in workers while this loop stores, in file
		// order; after the first problem nothing more is stored, but every
		// file is still read so that all problems are reported at once.
		for res := range r.prepareAll(ctx, files) {
			if res.err != nil {
				problems = append(problems, res.err)
				continue
			}
			for _, p := range res.docs {
				if prev, ok := firstSource[p.doc.ID]; ok {
					problems = append(problems, fmt.Errorf("%s: document id %q is also the id of %s; give one of them another id (front matter `id:` or the manifest)", p.src.display, p.doc.ID, prev))
					continue
				}
				firstSource[p.doc.ID] = p.src.display
				asked.add(p)
				if len(problems) > 0 || err != nil {
					continue
				}
				var perr error
				perr, err = storeOne(ctx, st, tx, p, opts, rep)
				if perr != nil {
					problems = append(problems, perr)
				}
			}
		}
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(problems) > 0 {
			return ingestErrors(problems)
		}
		if w := asked.warning(); w != "" {
			rep.Warnings = append(rep.Warnings, w)
		}
		if opts.Redact != nil && len(rep.Added)+len(rep.Replaced) > 0 {
			// Only a run that stores a document changes the redaction: one
			// that stores nothing leaves the map, and when it last changed
			// (which reports are compared with), as they were.
			//
			// The history of a replaced document holds its old words.
			if rep.Sealed, err = tx.SealHistory(rep.Replaced); err != nil {
				return err
			}
			// So may the learned suggester's reading of it (read before
			// the project redacted); new documents are redacted before
			// anything reads them, so the readings of the others stay.
			if len(rep.Replaced) > 0 {
				if err := tx.ForgetLearnedFeatures(); err != nil {
					return err
				}
			}
			// Saved before the commit, with the change marked pending:
			// a committed redaction without its map would lose the
			// originals for good (see redaction.go).
			return opts.Redact.saveInTx(ctx, st, tx, opts.PrivacyPath)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// ingestErrors joins problems into one error, one line per problem, and
// says that nothing was written.
func ingestErrors(problems []error) error {
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Error() < problems[j].Error() })
	lines := make([]string, len(problems))
	for i, p := range problems {
		lines[i] = p.Error()
	}
	noun := "problem"
	if len(problems) > 1 {
		noun = "problems"
	}
	return fmt.Errorf("%s\n%d %s; nothing was ingested", strings.Join(lines, "\n"), len(problems), noun)
}

type reader struct {
	proj     *corpus.Project
	opts     Options
	manifest *manifest
}

// fileResult is one source file read and parsed.
type fileResult struct {
	docs []*prepared
	err  error
}

// prepareAll reads and parses files with a pool of workers, each with its
// own segmenter, and delivers the results in file order. At most a few
// files per worker are in flight, so memory does not grow with the corpus.
func (r *reader) prepareAll(ctx context.Context, files []string) <-chan fileResult {
	workers := r.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	slots := make([]chan fileResult, len(files))
	for i := range slots {
		slots[i] = make(chan fileResult, 1)
	}
	inFlight := make(chan struct{}, 2*workers)
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range files {
			select {
			case inFlight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			next <- i
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			seg, err := NewSegmenter(r.proj.Config.Segmentation.MaxWords)
			for i := range next {
				res := fileResult{err: err}
				if err == nil {
					res.docs, res.err = r.prepareFile(files[i], seg)
				}
				if r.opts.Progress != nil {
					r.opts.Progress.Add(1)
				}
				slots[i] <- res
			}
		}()
	}
	out := make(chan fileResult)
	go func() {
		defer close(out)
		for i := range files {
			select {
			case res := <-slots[i]:
				out <- res
				<-inFlight
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func (r *reader) prepareFile(path string, seg *Segmenter) ([]*prepared, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	limit := r.opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s: the file is %s, larger than the %s limit; split it, or raise the limit with --max-size", path, humanBytes(info.Size()), humanBytes(limit))
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	if len(strings.TrimSpace(string(raw))) == 0 {
		return nil, fmt.Errorf("%s: the file is empty; remove it or add the transcript text", path)
	}
	sum := sha256.Sum256(raw)
	hash := hex.EncodeToString(sum[:])
	popts := parse.Options{KnownSpeakers: r.proj.Config.Interviewers, Format: r.opts.Format}

	raw, enc, err := predecode(path, raw, r.opts.Encoding)
	if err != nil {
		return nil, err
	}
	format, err := parse.Detect(path, raw)
	if r.opts.Format != "" {
		format, err = parse.Format(r.opts.Format), nil
	}
	if err != nil {
		return nil, err
	}
	if format == parse.FormatDocx {
		t, err := parse.Docx(path, raw, popts, parse.Limits{MaxText: limit})
		if err != nil {
			return nil, err
		}
		return r.prepareOne(path, t, format, hash, seg)
	}
	if isBinary(raw) {
		return nil, fmt.Errorf("%s: this is a binary file, not a transcript; ingest takes %s", path, formatList())
	}
	text, err := decode(path, raw, enc)
	if err != nil {
		return nil, err
	}
	if format == parse.FormatCSV {
		return r.prepareCSV(path, text, hash, popts, seg)
	}
	popts.Format = string(format)
	t, err := parse.Parse(path, []byte(text), popts)
	if err != nil {
		return nil, err
	}
	return r.prepareOne(path, t, format, hash, seg)
}

func (r *reader) prepareOne(path string, t *parse.Transcript, format parse.Format, hash string, seg *Segmenter) ([]*prepared, error) {
	p, err := r.prepare(source{path: path, display: path}, t, string(format), hash, seg)
	if err != nil {
		return nil, err
	}
	return []*prepared{p}, nil
}

func (r *reader) prepareCSV(path, text, hash string, popts parse.Options, seg *Segmenter) ([]*prepared, error) {
	ts, err := parse.CSV(path, []byte(text), parse.CSVOptions{TextColumn: r.opts.TextColumn, IDColumn: r.opts.IDColumn}, popts)
	if err != nil {
		return nil, err
	}
	var out []*prepared
	var problems []error
	for i, t := range ts {
		if t.ID != "" {
			if t.Meta == nil {
				t.Meta = map[string]string{}
			}
			if t.Meta["id"] == "" {
				t.Meta["id"] = t.ID
			}
		}
		// Each row is its own document; its hash covers the file and the row.
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s/%d", hash, i)))
		p, err := r.prepare(source{path: path, display: fmt.Sprintf("%s:row %d", path, i+2)}, t, "csv", hex.EncodeToString(sum[:]), seg)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		out = append(out, p)
	}
	if len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	return out, nil
}

func formatList() string {
	var names []string
	for _, f := range parse.SupportedFormats() {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// prepare checks a parsed transcript's metadata and renders it.
func (r *reader) prepare(src source, t *parse.Transcript, format, hash string, seg *Segmenter) (*prepared, error) {
	attrs, err := r.attributes(src, t)
	if err != nil {
		return nil, err
	}
	id := attrs["id"]
	delete(attrs, "id")
	built := seg.Build(t, r.proj.Config.IsInterviewer)
	if len(built.Turns) == 0 {
		return nil, fmt.Errorf("%s: no transcript text found; check the file is a transcript", src.display)
	}
	var warnings []string
	for _, w := range t.Warnings {
		warnings = append(warnings, prefixed(src.display, w))
	}
	if len(built.Segments) == 0 {
		warnings = append(warnings, fmt.Sprintf("%s: every turn is an interviewer's (%s), so nothing will be coded; check `interviewers` in groundwork.yaml", src.display, strings.Join(built.Speakers(), ", ")))
	}
	doc := &corpus.Document{ID: id, Path: relPath(r.proj.Dir, src.path), Format: format, Hash: hash,
		Text: built.Text, Words: built.Words, Attrs: attrs}
	p := &prepared{src: src, doc: doc, built: built, warnings: warnings}
	if r.opts.Redact != nil {
		// The slow part runs here, in the workers.
		ids, err := r.opts.Redact.Detect(built.Text)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", src.display, err)
		}
		p.ids = dropAttributeWords(ids, attrs)
		if p.attrNames, err = r.opts.Redact.attributeNames(attrs); err != nil {
			return nil, fmt.Errorf("%s: %w", src.display, err)
		}
	}
	return p, nil
}

func prefixed(file, msg string) string {
	if strings.HasPrefix(msg, file) {
		return msg
	}
	return file + ": " + msg
}

// Speakers returns the document's speakers, each once, in the order they
// first speak.
func (b *Built) Speakers() []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range b.Turns {
		if !seen[t.Speaker] {
			seen[t.Speaker] = true
			out = append(out, t.Speaker)
		}
	}
	return out
}

func relPath(base, p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(base, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// storeOne writes one prepared document: a new one is added (and handed to
// the index writer), an unchanged one skipped, a changed one replaced (with
// --replace) and its codings re-anchored to the new text. It returns a
// problem with the input, or an error that stops the command.
func storeOne(ctx context.Context, st *corpus.Store, tx *corpus.Tx, p *prepared, opts Options, rep *Report) (problem, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rep.Warnings = append(rep.Warnings, p.warnings...)
	// A document is redacted only when it is stored: one left as it is
	// changes neither the map nor what the report says was redacted.
	old, err := st.Document(ctx, p.doc.ID)
	switch {
	case errors.Is(err, corpus.ErrNotFound):
		if other, err := st.DocumentByHash(ctx, p.doc.Hash); err == nil {
			rep.Unchanged = append(rep.Unchanged, other.ID)
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s: the same file was already ingested as %s; skipped", p.src.display, other.ID))
			return nil, nil
		}
		if err := redactPrepared(p, opts); err != nil {
			return nil, err
		}
		if err := tx.PutDocument(p.doc, p.built.Turns, p.built.Segments); err != nil {
			return fmt.Errorf("%s: %w", p.src.display, err), nil
		}
		rep.Added = append(rep.Added, p.doc.ID)
	case err != nil:
		return nil, err
	case old.Hash == p.doc.Hash:
		if !opts.Replace {
			rep.Unchanged = append(rep.Unchanged, p.doc.ID)
			return nil, nil
		}
		// Whether the text is read differently now is a question about
		// the text as it would be stored: redacted, in a redacted project.
		if err := redactPrepared(p, opts); err != nil {
			return nil, err
		}
		again, err := readAgain(ctx, st, old, p, opts)
		if err != nil {
			return nil, err
		}
		if !again {
			if opts.Redact != nil {
				opts.Redact.unapply(p.doc.ID)
			}
			rep.Unchanged = append(rep.Unchanged, p.doc.ID)
			return nil, nil
		}
		if _, err := replaceDocument(ctx, st, tx, old, p); err != nil {
			return nil, fmt.Errorf("%s: %w", p.src.display, err)
		}
		rep.Replaced = append(rep.Replaced, p.doc.ID)
	case !opts.Replace:
		return fmt.Errorf("%s: document %s was ingested from different content (%s); re-run with --replace to replace it (its codings are kept and re-anchored)", p.src.display, p.doc.ID, old.Path), nil
	default:
		if err := redactPrepared(p, opts); err != nil {
			return nil, err
		}
		r, err := replaceDocument(ctx, st, tx, old, p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.src.display, err)
		}
		rep.Replaced = append(rep.Replaced, p.doc.ID)
		rep.Reanchored += r.moved
		rep.Orphaned += r.orphaned
		rep.Dropped += r.dropped
	}
	if opts.Redact != nil {
		rep.Redacted += len(p.ids)
		for _, id := range p.ids {
			if id.Uncertain {
				rep.Uncertain++
			}
		}
	}
	rep.Turns += len(p.built.Turns)
	rep.Segments += len(p.built.Segments)
	rep.Words += p.built.Words
	// The text now lives in the store; the index writer needs only segments.
	p.doc.Text = ""
	return nil, nil
}

// redactPrepared replaces the identifiers of a document about to be stored
// with their pseudonyms, in its text, turns, segments and attributes, and
// records them in the redactor's map, when the run redacts.
func redactPrepared(p *prepared, opts Options) error {
	if opts.Redact == nil {
		return nil
	}
	newText, mapPos := opts.Redact.Apply(p.doc.ID, p.doc.Text, p.ids)
	remap(p.built, p.doc.Text, newText, mapPos)
	if err := opts.Redact.adopt(p.attrNames); err != nil {
		return fmt.Errorf("%s: %w", p.src.display, err)
	}
	opts.Redact.redactAttrs(p.doc.Attrs)
	p.doc.Text = newText
	return nil
}

// readAgain reports whether --replace must store a document whose text is
// unchanged again: it is read differently now, since groundwork.yaml's
// interviewers or segmentation changed (other turns are interviewers',
// other segments), or it carries other attributes (a corrected manifest).
// Its codings keep their places, the text being the same.
func readAgain(ctx context.Context, st *corpus.Store, old *corpus.Document, p *prepared, opts Options) (bool, error) {
	if !opts.Replace {
		return false, nil
	}
	if !maps.Equal(old.Attrs, p.doc.Attrs) {
		return true, nil
	}
	turns, err := st.Turns(ctx, old.ID)
	if err != nil {
		return false, fmt.Errorf("reading the turns of document %s: %w", old.ID, err)
	}
	if len(turns) != len(p.built.Turns) {
		return true, nil
	}
	for i, t := range turns {
		b := p.built.Turns[i]
		if t.Speaker != b.Speaker || t.Interviewer != b.Interviewer || t.Start != b.Start || t.End != b.End {
			return true, nil
		}
	}
	n, differ := 0, false
	err = st.EachSegment(ctx, corpus.SegmentFilter{DocIDs: []string{old.ID}}, func(s *corpus.Segment) error {
		if n >= len(p.built.Segments) || s.Start != p.built.Segments[n].Start || s.End != p.built.Segments[n].End {
			differ = true
		}
		n++
		return nil
	})
	return differ || n != len(p.built.Segments), err
}

// replaced counts what became of a replaced document's codings.
type replaced struct{ moved, orphaned, dropped int }

// replaceDocument stores a changed document in place of old and re-anchors
// old's codings to the new text, within the turns they were in (see
// Anchorer). A coding that cannot be placed is orphaned for a person to
// place, unless it is a suggestion nobody has decided on: that is dropped,
// since its suggester suggests again on the new text and an orphaned
// suggestion can be neither reviewed nor placed usefully.
func replaceDocument(ctx context.Context, st *corpus.Store, tx *corpus.Tx, old *corpus.Document, p *prepared) (r replaced, err error) {
	codings, err := tx.Codings(corpus.CodingFilter{DocIDs: []string{old.ID}})
	if err != nil {
		return r, err
	}
	// The old turns are read before the document is replaced; the store's
	// reader sees the last commit, which holds them.
	oldTurns, err := st.Turns(ctx, old.ID)
	if err != nil {
		return r, fmt.Errorf("reading the turns of document %s: %w", old.ID, err)
	}
	if err := tx.DeleteDocument(old.ID); err != nil {
		return r, err
	}
	p.doc.Seq = old.Seq
	if err := tx.PutDocument(p.doc, p.built.Turns, p.built.Segments); err != nil {
		return r, err
	}
	anchor := NewTurnAnchorer(old.Text, p.doc.Text, oldTurns, p.built.Turns)
	for _, c := range codings {
		s, e, ok := anchor.Place(c.Start, c.End, c.Quote)
		switch {
		case ok:
			c.Start, c.End = s, e
			c.Quote = anchor.Slice(s, e)
			r.moved++
		case corpus.IsSuggester(c.Coder) && c.Status == corpus.StatusSuggested:
			if err := tx.DeleteCoding(c.ID); err != nil {
				return r, err
			}
			r.dropped++
			continue
		default:
			c.Orphan = true
			r.orphaned++
		}
		if err := tx.UpdateCoding(c); err != nil {
			return r, err
		}
	}
	return r, nil
}
