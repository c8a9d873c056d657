//go:build unix

package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func modeOf(t *testing.T, path string) string {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().String()
}

func TestStoreFilesArePrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".groundwork")
	st, err := OpenStore(context.Background(), filepath.Join(dir, "project.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Tx(context.Background(), func(tx *Tx) error { return tx.SetMeta("k", "v") }); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		mode string
	}{{dir, "drwx------"}, {filepath.Join(dir, "project.db"), "-rw-------"}, {filepath.Join(dir, "project.db-wal"), "-rw-------"}} {
		if got := modeOf(t, c.path); got != c.mode {
			t.Errorf("%s: mode %s, want %s", c.path, got, c.mode)
		}
	}
}
