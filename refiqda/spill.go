package refiqda

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
)

// stateSpill keeps the states of the exported codings on disk until
// codings.json is written: a large project has millions of codings, and
// codings.json lists them sorted by GUID, which is not the order they are
// exported in. Each state goes to a bucket file by the first two bytes of
// its GUID; writing reads one bucket at a time, sorts it and writes it, so
// memory holds one bucket (about 1/256 of the states), not all of them.
type stateSpill struct {
	dir     string
	buckets map[string]*spillBucket
	err     error // the first write error, reported by each
}

type spillBucket struct {
	f *os.File
	w *bufio.Writer
}

// newStateSpill makes the spill's temporary directory.
func newStateSpill() (*stateSpill, error) {
	dir, err := os.MkdirTemp("", "groundwork-qdpx-")
	if err != nil {
		return nil, fmt.Errorf("making a temporary directory for the export's coding states: %w (set TMPDIR to a writable directory)", err)
	}
	return &stateSpill{dir: dir, buckets: map[string]*spillBucket{}}, nil
}

// add keeps the state of the coding with this GUID. A GUID added again
// replaces the earlier state, as a map would.
func (s *stateSpill) add(guid string, st CodingState) {
	if s.err != nil {
		return
	}
	val, err := json.MarshalIndent(st, "  ", " ")
	if err != nil {
		s.err = err
		return
	}
	key := guid[:min(2, len(guid))]
	b := s.buckets[key]
	if b == nil {
		f, err := os.Create(filepath.Join(s.dir, "b"+hex.EncodeToString([]byte(key))))
		if err != nil {
			s.err = fmt.Errorf("spilling the export's coding states: %w", err)
			return
		}
		b = &spillBucket{f: f, w: bufio.NewWriter(f)}
		s.buckets[key] = b
	}
	// NUL cannot occur in a GUID or in JSON text (it is escaped there).
	b.w.WriteString(guid)
	b.w.WriteByte(0)
	b.w.Write(val)
	if err := b.w.WriteByte(0); err != nil {
		s.err = fmt.Errorf("spilling the export's coding states: %w", err)
	}
}

// each calls fn with every GUID and its indented state, in GUID order.
func (s *stateSpill) each(fn func(guid string, state []byte) error) error {
	if s.err != nil {
		return s.err
	}
	type entry struct {
		guid  string
		state []byte
	}
	for _, key := range slices.Sorted(maps.Keys(s.buckets)) {
		b := s.buckets[key]
		if err := b.w.Flush(); err != nil {
			return fmt.Errorf("spilling the export's coding states: %w", err)
		}
		data, err := os.ReadFile(b.f.Name())
		if err != nil {
			return fmt.Errorf("reading back the export's coding states: %w", err)
		}
		parts := bytes.Split(bytes.TrimSuffix(data, []byte{0}), []byte{0})
		if len(parts)%2 != 0 {
			return fmt.Errorf("reading back the export's coding states: %s is damaged", b.f.Name())
		}
		entries := make([]entry, 0, len(parts)/2)
		for i := 0; i < len(parts); i += 2 {
			entries = append(entries, entry{string(parts[i]), parts[i+1]})
		}
		slices.SortStableFunc(entries, func(a, b entry) int { return cmp.Compare(a.guid, b.guid) })
		for i, e := range entries {
			if i+1 < len(entries) && entries[i+1].guid == e.guid {
				continue // replaced by a later state
			}
			if err := fn(e.guid, e.state); err != nil {
				return err
			}
		}
	}
	return nil
}

// close removes the spill's files.
func (s *stateSpill) close() error {
	for _, b := range s.buckets {
		b.f.Close()
	}
	return os.RemoveAll(s.dir)
}
