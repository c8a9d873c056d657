package corpus

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"runtime"
)

// WriteFileAtomic writes data to path so that a reader, or the next run
// after a crash, finds the old file or the new one, whole: the data goes to
// a temporary file in the same folder, which is synced and renamed over
// path, and then the folder is synced so that the rename itself survives a
// crash. The file gets the mode perm exactly (0600 for identifiers.json),
// whatever the umask, and a failure leaves the old file as it was.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	return WriteFileWith(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteFileWith is WriteFileAtomic for content written by fn, streamed to
// the temporary file rather than held in memory. An error from fn is
// returned as it is, and nothing is written.
func WriteFileWith(path string, perm os.FileMode, fn func(io.Writer) error) error {
	var s Staged
	defer s.Discard()
	if err := s.WriteWith(path, perm, fn); err != nil {
		return err
	}
	return s.Commit()
}

// Staged is a set of files that replace their old versions together: each
// is written whole to a temporary file beside its path (as WriteFileWith
// does), and Commit renames them all into place, so that a failure or an
// interruption before Commit leaves every old file as it was, never a
// folder of new files and old ones (a report whose workbook disagrees with
// its text). Discard removes what was not committed.
type Staged struct {
	tmps, paths []string
}

// WriteWith writes the file that is to replace path, with the mode perm.
func (s *Staged) WriteWith(path string, perm os.FileMode, fn func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	if err := fillSynced(f, perm, fn); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	s.tmps, s.paths = append(s.tmps, f.Name()), append(s.paths, path)
	return nil
}

// Commit renames every file written into place, then syncs their folders
// so that the renames survive a crash.
func (s *Staged) Commit() error {
	dirs := map[string]bool{}
	for i, tmp := range s.tmps {
		if err := os.Rename(tmp, s.paths[i]); err != nil {
			return err
		}
		s.tmps[i] = ""
		dirs[filepath.Dir(s.paths[i])] = true
	}
	for dir := range dirs {
		if err := syncDir(dir); err != nil {
			return err
		}
	}
	return nil
}

// Discard removes the files written and not committed.
func (s *Staged) Discard() {
	for _, tmp := range s.tmps {
		if tmp != "" {
			os.Remove(tmp)
		}
	}
	s.tmps, s.paths = nil, nil
}

// fillSynced sets the mode of the new file f before anything is written to
// it (so that a private file is never readable by others, even half
// written), writes it with fn and syncs it to disk.
func fillSynced(f *os.File, perm os.FileMode, fn func(io.Writer) error) error {
	if err := f.Chmod(perm); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	if err := fn(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Sync()
}

// syncDir makes a rename in dir durable. Windows cannot open a folder for
// syncing and does not need it.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
