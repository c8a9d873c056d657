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
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op once renamed
	if err := fillSynced(f, perm, fn); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(dir)
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
