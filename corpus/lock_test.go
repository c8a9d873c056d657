package corpus

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestWritersWaitForEachOther(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "p.db")
	// Two stores on one project stand for two processes: flock locks
	// belong to open files, so they exclude each other as processes do.
	a, err := OpenStore(ctx, path, WithLock(LockOptions{Holder: "groundwork code auto"}))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var mu sync.Mutex
	var told []string
	b, err := OpenStore(ctx, path, WithLock(LockOptions{Waiting: func(h string) {
		mu.Lock()
		told = append(told, WaitingMessage(h))
		mu.Unlock()
	}}))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	inA, release := make(chan struct{}), make(chan struct{})
	doneA := make(chan error)
	go func() {
		doneA <- a.Tx(ctx, func(tx *Tx) error {
			close(inA)
			<-release
			return tx.SetMeta("who", "a")
		})
	}()
	<-inA
	doneB := make(chan error)
	go func() {
		doneB <- b.Tx(ctx, func(tx *Tx) error { return tx.SetMeta("who", "b") })
	}()
	select {
	case err := <-doneB:
		t.Fatalf("the second writer did not wait for the first: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	close(release)
	if err := <-doneA; err != nil {
		t.Fatal(err)
	}
	if err := <-doneB; err != nil {
		t.Fatal(err)
	}
	if who, _ := a.Meta(ctx, "who"); who != "b" {
		t.Errorf("last writer = %q, want b (it waited, then wrote)", who)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(told) != 1 || !strings.Contains(told[0], "groundwork code auto (process ") || !strings.Contains(told[0], "waiting") {
		t.Errorf("the waiting writer was told %q, want one message naming the holder", told)
	}
}

func TestLockTimesOutAndIsCancelled(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	a, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := OpenStore(ctx, path, WithLock(LockOptions{Timeout: 200 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	err = a.Locked(ctx, func() error {
		werr := b.Tx(ctx, func(tx *Tx) error { return tx.SetMeta("x", "1") })
		if !errors.Is(werr, ErrLockTimeout) || !strings.Contains(werr.Error(), "run this again") {
			t.Errorf("err = %v, want a timeout saying what to do", werr)
		}
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if werr := b.Tx(cctx, func(tx *Tx) error { return nil }); !errors.Is(werr, context.Canceled) {
			t.Errorf("a cancelled wait returned %v", werr)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := b.Meta(ctx, "x"); v != "" {
		t.Error("a writer that timed out wrote anyway")
	}
	if err := b.Tx(ctx, func(tx *Tx) error { return tx.SetMeta("x", "1") }); err != nil {
		t.Errorf("after the holder finished: %v", err)
	}
}

// TestConcurrentRebuilds: two commands that both find the index stale
// (two processes: two stores on one project) both get a working index, and
// it is built once.
func TestConcurrentRebuilds(t *testing.T) {
	st, path, ix := indexedFixture(t)
	ctx := context.Background()
	ix.Close()
	if err := st.Tx(ctx, func(tx *Tx) error { return putText(ctx, tx, "new", "garden allotment") }); err != nil {
		t.Fatal(err)
	}
	other, err := OpenStore(ctx, st.path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var mu sync.Mutex
	rebuilds := 0
	errs := make(chan error, 2)
	for _, s := range []*Store{st, other} {
		go func() {
			ix, err := OpenIndex(ctx, path, s, func(string) { mu.Lock(); rebuilds++; mu.Unlock() }, nil)
			if err != nil {
				errs <- err
				return
			}
			defer ix.Close()
			res, err := ix.Search(ctx, SearchRequest{Query: "allotment"})
			if err == nil && res.Total != 1 {
				err = errors.New("the rebuilt index lacks the new document")
			}
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if rebuilds != 1 {
		t.Errorf("the index was rebuilt %d times, want once", rebuilds)
	}
	if left, _ := filepath.Glob(path + ".*"); len(left) > 0 {
		t.Errorf("rebuilds left %v behind", left)
	}
}

// TestSearchesRunTogether: two commands may search the same index at once
// (the workbench, which changes its index, still holds it alone).
func TestSearchesRunTogether(t *testing.T) {
	st, path, ix := indexedFixture(t)
	ctx := context.Background()
	ix.Close()
	a, err := OpenIndex(ctx, path, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := OpenIndex(ctx, path, st, nil, nil)
	if err != nil {
		t.Fatalf("a second search could not open the index: %v", err)
	}
	defer b.Close()
	if res, err := b.Search(ctx, SearchRequest{Query: "alone"}); err != nil || res.Total != 1 {
		t.Errorf("search beside another: %+v, %v", res, err)
	}
	if _, err := OpenIndexForWriting(ctx, path, st, nil, nil); !errors.Is(err, ErrIndexBusy) {
		t.Errorf("opening for writing while searches run: %v, want ErrIndexBusy", err)
	}
}
