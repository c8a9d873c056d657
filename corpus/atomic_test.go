package corpus

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestWriteFileAtomic checks what callers rely on: the new content, the
// mode given whatever the old file's mode was (identifiers.json must end
// 0600 even over a 0644 file), and no temporary file left behind.
func TestWriteFileAtomic(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix file modes")
	}
	for _, tc := range []struct {
		name    string
		oldMode os.FileMode // 0: no old file
		perm    os.FileMode
	}{
		{"new private file", 0, 0o600},
		{"new shared file", 0, 0o644},
		{"private over shared", 0o644, 0o600},
		{"shared over private", 0o600, 0o644},
		{"group readable", 0o600, 0o640},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "identifiers.json")
			if tc.oldMode != 0 {
				if err := os.WriteFile(path, []byte("old"), tc.oldMode); err != nil {
					t.Fatal(err)
				}
			}
			if err := WriteFileAtomic(path, []byte("new"), tc.perm); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil || string(got) != "new" {
				t.Fatalf("content %q, %v", got, err)
			}
			fi, err := os.Stat(path)
			if err != nil || fi.Mode().Perm() != tc.perm {
				t.Errorf("mode %v, want %v (%v)", fi.Mode().Perm(), tc.perm, err)
			}
			assertOnlyFile(t, dir, "identifiers.json")
		})
	}
}

// TestWriteFileWithFailure checks that a failed write leaves the old file
// as it was, returns the writer's error and leaves no temporary file.
func TestWriteFileWithFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "codebook.yaml")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFileWith(path, 0o644, func(w io.Writer) error {
		if _, err := io.WriteString(w, "half"); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want the writer's", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old\n" {
		t.Errorf("old file changed to %q", got)
	}
	assertOnlyFile(t, dir, "codebook.yaml")
	if err := WriteFileAtomic(filepath.Join(dir, "no-such-folder", "x"), nil, 0o644); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
}

func assertOnlyFile(t *testing.T, dir, name string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name() != name {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %q, want only %s", names, name)
	}
}
