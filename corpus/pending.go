package corpus

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// A file of the project (codebook.yaml) changed by a transaction must
// change if and only if the transaction commits, although a file and a
// database cannot be written in one step. The protocol:
//
//   - Before the commit, the new content is written to a pending file in
//     .groundwork/ (atomically), named with a random token, and the token
//     is stored in the store's meta in the transaction.
//   - After the commit, the content is written over the file (atomically),
//     then the token and the pending file are removed.
//   - Whoever takes the writer lock next finishes what a crash left: a
//     pending file whose token is in the store was committed and is
//     written; one whose token is not was rolled back and is removed.

// pendingPrefix names pending files in the store's folder.
const pendingPrefix = "pending-"

type pendingFile struct {
	Path    string `json:"path"` // relative to the project folder
	Content string `json:"content"`
}

// projectDir is the project folder: the store lives in its .groundwork.
func (s *Store) projectDir() string { return filepath.Dir(filepath.Dir(s.path)) }

// stageFile writes content as a pending file for path, to be written when
// the transaction commits.
func (tx *Tx) stageFile(path string, content []byte) error {
	data, err := json.Marshal(pendingFile{Path: path, Content: string(content)})
	if err != nil {
		return err
	}
	if tx.staged == nil {
		tx.staged, tx.pendingOf = map[string][]byte{}, map[string]string{}
	}
	// A file staged twice in one transaction keeps one pending file: the
	// last content is the one written.
	if name, ok := tx.pendingOf[path]; ok {
		tx.staged[path] = content
		return WriteFileAtomic(name, data, 0o600)
	}
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return err
	}
	token := hex.EncodeToString(b[:])
	name := filepath.Join(filepath.Dir(tx.store.path), pendingPrefix+token)
	if err := WriteFileAtomic(name, data, 0o600); err != nil {
		return fmt.Errorf("preparing %s: %w", path, err)
	}
	tx.pending = append(tx.pending, name)
	tx.pendingOf[path], tx.staged[path] = name, content
	return tx.SetMeta("pending:"+token, path)
}

// readFile reads a file of the project as the transaction sees it: as
// staged by it, or as on disk.
func (tx *Tx) readFile(path string) ([]byte, error) {
	if b, ok := tx.staged[path]; ok {
		return b, nil
	}
	return os.ReadFile(filepath.Join(tx.store.projectDir(), path))
}

// finishPending writes the files staged by committed transactions and
// removes the pending files of rolled-back ones. The caller holds the
// writer lock.
func (s *Store) finishPending(ctx context.Context) error {
	names, err := filepath.Glob(filepath.Join(filepath.Dir(s.path), pendingPrefix+"*"))
	if err != nil || len(names) == 0 {
		return err
	}
	for _, name := range names {
		token := strings.TrimPrefix(filepath.Base(name), pendingPrefix)
		path, err := s.Meta(ctx, "pending:"+token)
		if err != nil {
			return err
		}
		if path != "" {
			if err := s.writePending(name); err != nil {
				return err
			}
			if err := s.tx(ctx, nil, func(tx *Tx) error {
				_, err := tx.tx.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, "pending:"+token)
				return err
			}); err != nil {
				return err
			}
		}
		if err := os.Remove(name); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}

// writePending writes a committed pending file's content to its file,
// keeping the file's mode.
func (s *Store) writePending(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var p pendingFile
	if err := json.Unmarshal(data, &p); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	target := filepath.Join(s.projectDir(), p.Path)
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(target); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := WriteFileAtomic(target, []byte(p.Content), mode); err != nil {
		return fmt.Errorf("writing %s: %w", p.Path, err)
	}
	return nil
}
