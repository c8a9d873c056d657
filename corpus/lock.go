package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// The writer lock serialises every change to a project across processes:
// the command line and the workbench alike take it for each store
// transaction with the index update after it, for index rebuilds and for
// compaction. It is an advisory lock on .groundwork/write.lock (flock on
// Unix, LockFileEx on Windows), so the operating system releases it when
// a holder dies, however it dies: a kill -9 never leaves a project locked.

// LockFile is the name of the writer lock, in the store's directory.
const LockFile = "write.lock"

// DefaultLockTimeout is how long a writer waits for another to finish.
const DefaultLockTimeout = 10 * time.Minute

// ErrLockTimeout is returned when another writer held the project for
// longer than the store's lock timeout.
var ErrLockTimeout = errors.New("timed out waiting for the project's writer lock")

// LockOptions says how a store waits for the writer lock.
type LockOptions struct {
	// Timeout bounds the wait (DefaultLockTimeout when zero).
	Timeout time.Duration
	// Waiting, if set, is told once per wait that another command holds
	// the lock (and which, when it says), so a person knows why nothing
	// happens.
	Waiting func(holder string)
	// Holder describes this process to others that wait (e.g. "groundwork
	// code auto"); written into the lock file while held.
	Holder string
}

// Locked runs fn holding the project's writer lock: for changes to the
// project that are not store transactions (codebook.yaml, the pseudonym
// map, an index the caller holds open), so that no other writer, in this
// process or another, changes the project meanwhile. fn must not start a
// transaction (Tx takes the lock itself).
func (s *Store) Locked(ctx context.Context, fn func() error) error {
	unlock, err := s.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	return fn()
}

// lock takes the project's writer lock, first in this process (the
// workbench writes from many goroutines) and then across processes. It
// waits until the lock is free, ctx is done or the timeout passes; unlock
// releases it.
func (s *Store) lock(ctx context.Context) (unlock func(), err error) {
	select {
	case s.writeSem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-s.writeSem }
	f, err := s.flock(ctx)
	if err != nil {
		release()
		return nil, err
	}
	// Finish what a writer killed after its commit left undone.
	if err := s.finishPending(ctx); err != nil {
		unlockFile(f)
		f.Close()
		release()
		return nil, fmt.Errorf("finishing an earlier change: %w", err)
	}
	return func() {
		f.Truncate(0)
		unlockFile(f)
		f.Close()
		release()
	}, nil
}

func (s *Store) flock(ctx context.Context) (*os.File, error) {
	path := filepath.Join(filepath.Dir(s.path), LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening the writer lock %s: %w", path, err)
	}
	timeout := s.lockOpts.Timeout
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	deadline := time.Now().Add(timeout)
	told := false
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		ok, err := tryLockFile(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("taking the writer lock %s: %w", path, err)
		}
		if ok {
			f.Truncate(0)
			fmt.Fprintf(f, "%d %s", os.Getpid(), s.lockOpts.Holder)
			return f, nil
		}
		holder := lockHolder(path)
		if !told && s.lockOpts.Waiting != nil {
			told = true
			s.lockOpts.Waiting(holder)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fmt.Errorf("%w after %v: %s is still writing this project; let it finish (or stop it) and run this again", ErrLockTimeout, timeout, describeHolder(holder))
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// lockHolder reads who holds the lock, as "PID command" ("" if unknown).
func lockHolder(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// describeHolder turns a lock file's "PID command" into words.
func describeHolder(h string) string {
	pid, what, _ := strings.Cut(h, " ")
	if _, err := strconv.Atoi(pid); err != nil {
		return "another groundwork command"
	}
	if what == "" {
		what = "groundwork"
	}
	return fmt.Sprintf("%s (process %s)", what, pid)
}

// WaitingMessage is what a command prints while another holds the lock.
func WaitingMessage(holder string) string {
	return fmt.Sprintf("%s is writing this project; waiting for it to finish…", describeHolder(holder))
}
