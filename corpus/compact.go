package corpus

import (
	"context"
	"fmt"
)

// Compact rewrites the store file so that nothing deleted or overwritten
// survives in it: VACUUM copies the live rows into a fresh file, and the
// write-ahead log is checkpointed and truncated. Redaction calls it, because
// otherwise the originals it replaced stay readable in free pages and in the
// log. It runs under the project's writer lock, outside any transaction.
func (s *Store) Compact(ctx context.Context) error {
	if s.snap != nil {
		return fmt.Errorf("compacting the store: a snapshot is read-only")
	}
	unlock, err := s.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	if _, err := s.db.ExecContext(ctx, `VACUUM`); err != nil {
		return fmt.Errorf("compacting the store: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return fmt.Errorf("compacting the store: %w", err)
	}
	return nil
}
