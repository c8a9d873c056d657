package corpus

import (
	"fmt"
	"os"
	"path/filepath"
)

// privateFiles makes the store's folder readable by its owner only (0700)
// and the database and its companions 0600, creating the folder and an
// empty database file if need be so that SQLite never creates one under
// the user's umask. Projects made by older versions (0755 / 0644) are
// tightened when next opened.
func privateFiles(dbPath string) error {
	dir := filepath.Dir(dbPath)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Errorf("making %s private: %w", dir, err)
	}
	f, err := os.OpenFile(dbPath, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("opening store %s: %w", dbPath, err)
	}
	f.Close()
	for _, p := range []string{dbPath, dbPath + "-wal", dbPath + "-shm"} {
		if err := os.Chmod(p, 0o600); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("making %s private: %w", p, err)
		}
	}
	return nil
}
