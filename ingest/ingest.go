package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/parse"
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
}

// Progress receives ingest progress; implementations draw it on a terminal.
type Progress interface {
	Start(total int)
	Add(n int)
	Done()
}

// Report says what an ingest run did.
type Report struct {
	Added     []string `json:"added"`
	Replaced  []string `json:"replaced"`
	Unchanged []string `json:"unchanged"`
	Warnings  []string `json:"warnings"`
	Turns     int      `json:"turns"`
	Segments  int      `json:"segments"`
	Words     int      `json:"words"`
	// Reanchored and Orphaned count codings of replaced documents that were
	// moved to their new place, or could not be placed.
	Reanchored int `json:"reanchored"`
	Orphaned   int `json:"orphaned"`
}

// Changed lists the documents the run added or replaced.
func (r *Report) Changed() []string {
	return append(append([]string{}, r.Added...), r.Replaced...)
}

// source is one transcript to ingest: a file, or one row of a CSV file.
type source struct {
	index   int
	path    string // as the user named it
	display string // path, or path:row for CSV rows
}

// prepared is a source parsed, checked and rendered, ready to store.
type prepared struct {
	src      source
	doc      *corpus.Document
	built    *Built
	warnings []string
}

// Ingest reads the transcripts at paths (files or folders, recursively) into
// the project's store, all in one transaction: if any file has a problem,
// every problem is reported and nothing is written.
func Ingest(ctx context.Context, proj *corpus.Project, st *corpus.Store, paths []string, opts Options) (*Report, error) {
	files, err := collect(paths)
	if err != nil {
		return nil, err
	}
	manifest, err := readManifest(opts.Manifest)
	if err != nil {
		return nil, err
	}
	seg, err := NewSegmenter(proj.Config.Segmentation.MaxWords)
	if err != nil {
		return nil, err
	}
	r := &reader{proj: proj, opts: opts, manifest: manifest, seg: seg}
	if opts.Progress != nil {
		opts.Progress.Start(len(files))
		defer opts.Progress.Done()
	}
	docs, problems := r.prepareAll(ctx, files)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	problems = append(problems, duplicateIDs(docs)...)
	if len(problems) > 0 {
		return nil, ingestErrors(problems)
	}
	rep := &Report{}
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		return store(ctx, st, tx, docs, opts.Replace, rep)
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

// collect expands folders into the transcript files under them, in a stable
// order. Files named explicitly are always tried (and refused with a reason
// if they are not transcripts); files found in folders are taken only when
// their extension is a transcript format.
func collect(paths []string) ([]string, error) {
	if len(paths) == 0 {
		return nil, errors.New("no files given; name transcript files or folders, e.g. `groundwork ingest interviews/`")
	}
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && transcriptExt(name) {
				add(path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no transcript files in %s (looked for %s)", strings.Join(paths, ", "), strings.Join(extensions(), " "))
	}
	return out, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// extensions are the file types taken from folders. CSV files are left
// out: they need --text-column and --id-column, so they are named one by one.
func extensions() []string {
	return []string{".txt", ".md", ".markdown", ".vtt", ".srt", ".docx"}
}

func transcriptExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range extensions() {
		if e == ext {
			return true
		}
	}
	return false
}

type reader struct {
	proj     *corpus.Project
	opts     Options
	manifest *manifest
	seg      *Segmenter
}

// prepareAll reads and parses files with a pool of workers, returning the
// prepared documents in file order and every problem found.
func (r *reader) prepareAll(ctx context.Context, files []string) ([]*prepared, []error) {
	workers := r.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := make([][]*prepared, len(files))
	errs := make([]error, len(files))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	var mu sync.Mutex // guards the Segmenter, whose tokenizer is not documented as safe for concurrent use
	for i, f := range files {
		i, f := i, f
		g.Go(func() error {
			if gctx.Err() != nil {
				return gctx.Err()
			}
			results[i], errs[i] = r.prepareFile(f, &mu)
			if r.opts.Progress != nil {
				r.opts.Progress.Add(1)
			}
			return nil
		})
	}
	g.Wait()
	var docs []*prepared
	var problems []error
	for i := range files {
		if errs[i] != nil {
			problems = append(problems, errs[i])
			continue
		}
		docs = append(docs, results[i]...)
	}
	return docs, problems
}

func (r *reader) prepareFile(path string, mu *sync.Mutex) ([]*prepared, error) {
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

	format, err := parse.Detect(path, raw)
	if r.opts.Format != "" {
		format, err = parse.Format(r.opts.Format), nil
	}
	if err != nil {
		return nil, err
	}
	if format == parse.FormatDocx {
		t, err := parse.Docx(path, raw, popts, parse.Limits{})
		if err != nil {
			return nil, err
		}
		return r.prepareOne(path, t, format, hash, mu)
	}
	if isBinary(raw) {
		return nil, fmt.Errorf("%s: this is a binary file, not a transcript; ingest takes %s", path, formatList())
	}
	text, err := decode(path, raw, r.opts.Encoding)
	if err != nil {
		return nil, err
	}
	if format == parse.FormatCSV {
		return r.prepareCSV(path, text, hash, popts, mu)
	}
	popts.Format = string(format)
	t, err := parse.Parse(path, []byte(text), popts)
	if err != nil {
		return nil, err
	}
	return r.prepareOne(path, t, format, hash, mu)
}

func (r *reader) prepareOne(path string, t *parse.Transcript, format parse.Format, hash string, mu *sync.Mutex) ([]*prepared, error) {
	p, err := r.prepare(source{path: path, display: path}, t, string(format), hash, mu)
	if err != nil {
		return nil, err
	}
	return []*prepared{p}, nil
}

func (r *reader) prepareCSV(path, text, hash string, popts parse.Options, mu *sync.Mutex) ([]*prepared, error) {
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
		p, err := r.prepare(source{path: path, display: fmt.Sprintf("%s:row %d", path, i+2)}, t, "csv", hex.EncodeToString(sum[:]), mu)
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
func (r *reader) prepare(src source, t *parse.Transcript, format, hash string, mu *sync.Mutex) (*prepared, error) {
	attrs, err := r.attributes(src, t)
	if err != nil {
		return nil, err
	}
	id := attrs["id"]
	delete(attrs, "id")
	mu.Lock()
	built := r.seg.Build(t, r.proj.Config.IsInterviewer)
	mu.Unlock()
	if len(built.Turns) == 0 {
		return nil, fmt.Errorf("%s: no transcript text found; check the file is a transcript", src.display)
	}
	var warnings []string
	for _, w := range t.Warnings {
		warnings = append(warnings, prefixed(src.display, w))
	}
	if len(built.Segments) == 0 {
		warnings = append(warnings, fmt.Sprintf("%s: every turn is an interviewer's (%s), so nothing will be coded; check `interviewers` in groundwork.yaml", src.display, strings.Join(speakers(built), ", ")))
	}
	doc := &corpus.Document{ID: id, Path: relPath(r.proj.Dir, src.path), Format: format, Hash: hash,
		Text: built.Text, Words: built.Words, Attrs: attrs}
	return &prepared{src: src, doc: doc, built: built, warnings: warnings}, nil
}

func prefixed(file, msg string) string {
	if strings.HasPrefix(msg, file) {
		return msg
	}
	return file + ": " + msg
}

func speakers(b *Built) []string {
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

func duplicateIDs(docs []*prepared) []error {
	first := map[string]string{}
	var out []error
	for _, p := range docs {
		if prev, ok := first[p.doc.ID]; ok {
			out = append(out, fmt.Errorf("%s: document id %q is also the id of %s; give one of them another id (front matter `id:` or the manifest)", p.src.display, p.doc.ID, prev))
			continue
		}
		first[p.doc.ID] = p.src.display
	}
	return out
}

// store writes the prepared documents in one transaction: new ones are
// added, unchanged ones skipped, changed ones replaced (with --replace) and
// their codings re-anchored to the new text.
func store(ctx context.Context, st *corpus.Store, tx *corpus.Tx, docs []*prepared, replace bool, rep *Report) error {
	var problems []error
	for _, p := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		rep.Warnings = append(rep.Warnings, p.warnings...)
		old, err := st.Document(ctx, p.doc.ID)
		switch {
		case errors.Is(err, corpus.ErrNotFound):
			if other, err := st.DocumentByHash(ctx, p.doc.Hash); err == nil {
				rep.Unchanged = append(rep.Unchanged, other.ID)
				rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s: the same file was already ingested as %s; skipped", p.src.display, other.ID))
				continue
			}
			if err := tx.PutDocument(p.doc, p.built.Turns, p.built.Segments); err != nil {
				problems = append(problems, fmt.Errorf("%s: %w", p.src.display, err))
				continue
			}
			rep.Added = append(rep.Added, p.doc.ID)
		case err != nil:
			return err
		case old.Hash == p.doc.Hash:
			rep.Unchanged = append(rep.Unchanged, p.doc.ID)
			continue
		case !replace:
			problems = append(problems, fmt.Errorf("%s: document %s was ingested from different content (%s); re-run with --replace to replace it (its codings are kept and re-anchored)", p.src.display, p.doc.ID, old.Path))
			continue
		default:
			moved, orphaned, err := replaceDocument(tx, old, p)
			if err != nil {
				return fmt.Errorf("%s: %w", p.src.display, err)
			}
			rep.Replaced = append(rep.Replaced, p.doc.ID)
			rep.Reanchored += moved
			rep.Orphaned += orphaned
		}
		rep.Turns += len(p.built.Turns)
		rep.Segments += len(p.built.Segments)
		rep.Words += p.built.Words
	}
	if len(problems) > 0 {
		return ingestErrors(problems)
	}
	return nil
}

func replaceDocument(tx *corpus.Tx, old *corpus.Document, p *prepared) (moved, orphaned int, err error) {
	codings, err := tx.Codings(corpus.CodingFilter{DocIDs: []string{old.ID}})
	if err != nil {
		return 0, 0, err
	}
	if err := tx.DeleteDocument(old.ID); err != nil {
		return 0, 0, err
	}
	p.doc.Seq = old.Seq
	if err := tx.PutDocument(p.doc, p.built.Turns, p.built.Segments); err != nil {
		return 0, 0, err
	}
	anchor := NewAnchorer(old.Text, p.doc.Text)
	for _, c := range codings {
		if s, e, ok := anchor.Place(c.Start, c.End, c.Quote); ok {
			c.Start, c.End = s, e
			c.Quote = anchor.Slice(s, e)
			moved++
		} else {
			c.Orphan = true
			orphaned++
		}
		if err := tx.UpdateCoding(c); err != nil {
			return 0, 0, err
		}
	}
	return moved, orphaned, nil
}
