package refiqda

// Reading a .qdpx archive (or an unpacked project) within limits: paths
// outside the archive, zip bombs and too many entries are refused before
// anything is written, and what is decompressed is bounded as it is read.

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/ingest"
)

// Default limits for reading a .qdpx archive. They bound what the import
// decodes and keeps, each with memory proportional to it, rather than what
// the archive lists: media it does not read (audio, video, pictures) may be
// of any size. The benchmark's project at 10,000 interviews (a 218 MB
// project.qde with 500,000 codings, 126 MB of text) counts about 500 MB
// against MaxProject and is inside all of them; a project.qde that
// decodes to MaxProject takes about 2.7 times that in memory before it is
// refused.
const (
	DefaultArchiveMaxTotal     int64 = 4 << 30                // all entries read, uncompressed
	DefaultArchiveMaxEntry     int64 = 1 << 30                // project.qde or groundwork/codings.json, uncompressed
	DefaultArchiveMaxEntries         = 100_000                // entries the archive may list
	DefaultArchiveMaxText            = ingest.DefaultMaxBytes // one source's text, decoded (ingest's --max-size)
	DefaultArchiveMaxTotalText int64 = 512 << 20              // all sources' and notes' text, decoded
	DefaultArchiveMaxProject   int64 = 1 << 30                // what project.qde decodes to, as estimated by elementSize
)

// ArchiveLimits bound what reading a .qdpx may cost. Zero fields take the
// defaults.
type ArchiveLimits struct {
	// MaxTotal bounds the uncompressed bytes of all the entries read.
	MaxTotal int64
	// MaxEntry bounds project.qde and groundwork/codings.json,
	// uncompressed.
	MaxEntry int64
	// MaxEntries bounds the entries the archive may list.
	MaxEntries int
	// MaxText bounds one source's (or note's) text once decoded; its file
	// may be twice that (UTF-16).
	MaxText int64
	// MaxTotalText bounds the text of all sources and notes, decoded.
	MaxTotalText int64
	// MaxProject bounds what decoding project.qde (and the codings'
	// statuses of a groundwork export) keeps in memory: each element
	// counts the struct it becomes, and its attribute values and text
	// their length.
	MaxProject int64
}

func (l ArchiveLimits) withDefaults() ArchiveLimits {
	set := func(v *int64, d int64) {
		if *v <= 0 {
			*v = d
		}
	}
	set(&l.MaxTotal, DefaultArchiveMaxTotal)
	set(&l.MaxEntry, DefaultArchiveMaxEntry)
	set(&l.MaxText, DefaultArchiveMaxText)
	set(&l.MaxTotalText, DefaultArchiveMaxTotalText)
	set(&l.MaxProject, DefaultArchiveMaxProject)
	l.MaxText = min(l.MaxText, 1<<30) // positions are int32
	if l.MaxEntries <= 0 {
		l.MaxEntries = DefaultArchiveMaxEntries
	}
	return l
}

// sourceFileLimit is the most bytes a source's file may hold: twice its
// text, as UTF-16 takes two bytes for what UTF-8 takes one, and its BOM.
func (l ArchiveLimits) sourceFileLimit() int64 { return 2*l.MaxText + 4 }

type archive struct {
	display string            // the name given, for messages
	kind    string            // "entry" (zip) or "file" (directory), for messages
	qdeName string            // the .qde's name inside
	entries map[string]string // lower-cased relative path -> real path
	sizes   map[string]int64  // real path -> uncompressed size (as declared, or on disk)
	open    func(real string) (io.ReadCloser, error)
	close   func() error
	limits  ArchiveLimits
	read    int64 // declared bytes of the entries opened so far
}

// refusal is an error that refuses the whole archive.
type refusal struct{ msg string }

func (r *refusal) Error() string { return r.msg }

// refusef refuses the archive: its name, what is wrong, and that nothing
// was imported.
func (a *archive) refusef(format string, args ...any) error {
	return &refusal{msg: fmt.Sprintf("%s: "+format+"; refusing the archive, nothing was imported", append([]any{a.display}, args...)...)}
}

// perEntry names the limit on project.qde and codings.json in messages.
func (a *archive) perEntry() string {
	return "the limit of " + mib(a.limits.MaxEntry) + " per " + a.kind
}

// perSource names the limit on a source's file in messages.
func (a *archive) perSource() string {
	return "a source may hold (its text is limited to " + mib(a.limits.MaxText) + "; --max-size raises it)"
}

// openEntry opens an entry that may hold at most limit bytes uncompressed
// (what names that limit in a refusal). Its declared size is checked
// before anything is decompressed, and the reader fails past limit all the
// same (a zip whose header lies, a file that grew).
func (a *archive) openEntry(real string, limit int64, what string) (io.ReadCloser, error) {
	size, ok := a.sizes[real]
	if !ok {
		return nil, fmt.Errorf("%s: no %s %q", a.display, a.kind, real)
	}
	if size > limit {
		return nil, a.refusef("%s %q declares %d bytes uncompressed, more than %s (a zip bomb?)", a.kind, real, size, what)
	}
	if a.read += size; a.read > a.limits.MaxTotal {
		return nil, a.refusef("the entries read hold more than %s uncompressed, the limit for an archive (a zip bomb?)", mib(a.limits.MaxTotal))
	}
	rc, err := a.open(real)
	if err != nil {
		return nil, err
	}
	return &capped{r: io.LimitReader(rc, limit+1), c: rc, left: limit,
		over: a.refusef("%s %q holds more than %s uncompressed, more than %s (a zip bomb?)", a.kind, real, mib(limit), what),
		fail: func(err error) error {
			return a.refusef("%s %q cannot be read: %v", a.kind, real, err)
		}}, nil
}

// readEntry reads a whole entry of at most limit bytes.
func (a *archive) readEntry(real string, limit int64, what string) ([]byte, error) {
	rc, err := a.openEntry(real, limit, what)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	buf := bytes.NewBuffer(make([]byte, 0, a.sizes[real]+bytes.MinRead))
	if _, err := buf.ReadFrom(rc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// capped reads an entry up to its limit: past it, or on a damaged entry,
// it fails with a refusal.
type capped struct {
	r    io.Reader
	c    io.Closer
	left int64
	over error
	fail func(error) error
}

func (c *capped) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if c.left -= int64(n); c.left < 0 {
		return n, c.over
	}
	if err != nil && err != io.EOF {
		return n, c.fail(err)
	}
	return n, err
}

func (c *capped) Close() error { return c.c.Close() }

// lookup finds a file named by a source's path (already stripped of its
// scheme) in sources/ (any case), at the root, or anywhere by name.
func (a *archive) lookup(name string) (string, bool) {
	n := strings.ToLower(strings.TrimPrefix(path.Clean("/"+strings.ReplaceAll(name, "\\", "/")), "/"))
	if n == "" || n == "." {
		return "", false
	}
	for _, k := range []string{"sources/" + n, n, "sources/" + path.Base(n)} {
		if r, ok := a.entries[k]; ok {
			return r, true
		}
	}
	base := path.Base(n)
	var found []string
	for k, r := range a.entries {
		if path.Base(k) == base {
			found = append(found, r)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return "", false
}

// unsafeEntry reports a zip entry name that points outside the archive.
func unsafeEntry(name string) bool {
	n := strings.ReplaceAll(name, "\\", "/")
	if strings.HasPrefix(n, "/") || strings.ContainsRune(n, 0) || len(n) >= 2 && n[1] == ':' {
		return true
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

// mib renders a size for people: "1 GiB", "50 MiB", "1.5 MiB", "900 bytes".
func mib(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// pathError drops the operation and path of an fs.PathError: the message
// names the file already.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func openArchive(src string, limits ArchiveLimits) (*archive, error) {
	fi, err := os.Stat(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, pathError(err))
	}
	if fi.IsDir() {
		return openDirArchive(src, src, "", limits)
	}
	f, err := os.Open(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, pathError(err))
	}
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	f.Close()
	if n >= 2 && head[0] == 'P' && head[1] == 'K' {
		return openZipArchive(src, fi.Size(), limits)
	}
	if strings.EqualFold(filepath.Ext(src), ".qde") || strings.EqualFold(filepath.Ext(src), ".xml") {
		return openDirArchive(src, filepath.Dir(src), filepath.Base(src), limits)
	}
	return nil, fmt.Errorf("%s: not a REFI-QDA project: neither a .qdpx (zip) archive nor a .qde file", src)
}

// openZipArchive lists a .qdpx. Sizes are checked when an entry is read,
// against its declared size (which archive/zip holds the entry to), so
// that media the import does not read cost nothing.
func openZipArchive(src string, size int64, limits ArchiveLimits) (*archive, error) {
	f, err := os.Open(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, pathError(err))
	}
	zr, err := zip.NewReader(f, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) || zr == nil {
		f.Close()
		return nil, fmt.Errorf("%s: not a valid .qdpx (zip) archive: %v", src, err)
	}
	a := &archive{display: src, kind: "entry", entries: map[string]string{}, sizes: map[string]int64{}, limits: limits, close: f.Close}
	fail := func(format string, args ...any) (*archive, error) {
		f.Close()
		return nil, a.refusef(format, args...)
	}
	if len(zr.File) > limits.MaxEntries {
		return fail("the archive lists %d entries, more than the limit of %d", len(zr.File), limits.MaxEntries)
	}
	files := map[string]*zip.File{}
	var qdes []string
	for _, zf := range zr.File {
		if unsafeEntry(zf.Name) {
			return fail("entry %q points outside the archive", zf.Name)
		}
		if strings.HasSuffix(zf.Name, "/") {
			continue
		}
		name := strings.ReplaceAll(zf.Name, "\\", "/")
		a.entries[strings.ToLower(name)] = name
		a.sizes[name] = int64(min(zf.UncompressedSize64, 1<<62))
		files[name] = zf
		if !strings.Contains(name, "/") && strings.EqualFold(path.Ext(name), ".qde") {
			qdes = append(qdes, name)
		}
	}
	if a.qdeName, err = pickQDE(src, qdes); err != nil {
		f.Close()
		return nil, err
	}
	a.open = func(name string) (io.ReadCloser, error) {
		rc, err := files[name].Open()
		if err != nil {
			return nil, a.refusef("entry %q cannot be read: %v", name, err)
		}
		return rc, nil
	}
	return a, nil
}

func pickQDE(src string, qdes []string) (string, error) {
	switch len(qdes) {
	case 0:
		return "", fmt.Errorf("%s: no .qde file at the top of the archive; a REFI-QDA project holds project.qde", src)
	case 1:
		return qdes[0], nil
	}
	for _, q := range qdes {
		if strings.EqualFold(q, "project.qde") {
			return q, nil
		}
	}
	sort.Strings(qdes)
	return "", fmt.Errorf("%s: more than one .qde file (%s); a REFI-QDA project holds one", src, strings.Join(qdes, ", "))
}

// openDirArchive reads an unpacked project: a directory with the .qde and
// its sources/ folder. Files are opened through an os.Root, so nothing
// outside the directory (not even through a symbolic link) is read.
func openDirArchive(src, dir, qde string, limits ArchiveLimits) (*archive, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, pathError(err))
	}
	a := &archive{display: src, kind: "file", entries: map[string]string{}, sizes: map[string]int64{}, limits: limits, close: root.Close}
	fail := func(err error) (*archive, error) {
		root.Close()
		return nil, err
	}
	qdes, err := a.listDir(src, dir)
	if err != nil {
		return fail(err)
	}
	if len(a.entries) > limits.MaxEntries {
		return fail(fmt.Errorf("%s: %d files, more than the limit of %d", src, len(a.entries), limits.MaxEntries))
	}
	if qde != "" {
		a.qdeName = qde
	} else if a.qdeName, err = pickQDE(src, qdes); err != nil {
		return fail(err)
	}
	a.open = func(name string) (io.ReadCloser, error) {
		f, err := root.Open(name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(dir, name), pathError(err))
		}
		return f, nil
	}
	return a, nil
}

// listDir lists the files at the top of an unpacked project and in its
// sources/ folder (in any case) as its entries, and returns its .qde files.
func (a *archive) listDir(src, dir string) ([]string, error) {
	top, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, pathError(err))
	}
	add := func(e fs.DirEntry, real string) {
		a.entries[strings.ToLower(real)] = real
		if fi, err := e.Info(); err == nil {
			a.sizes[real] = fi.Size()
		}
	}
	var qdes []string
	for _, e := range top {
		switch {
		case e.Type().IsRegular():
			add(e, e.Name())
			if strings.EqualFold(filepath.Ext(e.Name()), ".qde") {
				qdes = append(qdes, e.Name())
			}
		case e.IsDir() && strings.EqualFold(e.Name(), "sources"):
			inner, err := os.ReadDir(filepath.Join(dir, e.Name()))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", src, pathError(err))
			}
			for _, s := range inner {
				if s.Type().IsRegular() {
					add(s, e.Name()+"/"+s.Name())
				}
			}
		}
	}
	return qdes, nil
}
