package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// storeOf returns a store of n one-segment documents and where its index
// goes.
func storeOf(t *testing.T, n int) (*Store, string) {
	t.Helper()
	st, dir := tempStore(t, "p.db")
	ctx := context.Background()
	err := st.Tx(ctx, func(tx *Tx) error {
		for i := range n {
			if err := putText(ctx, tx, fmt.Sprintf("d%05d", i), fmt.Sprint("oxygen cylinders ", i)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return st, filepath.Join(dir, "index")
}

// writtenFresh is a fresh index of st's documents, written in batches and
// not yet sealed: in more than one segment.
func writtenFresh(t *testing.T, st *Store, path string) *freshIndex {
	t.Helper()
	f, err := startFresh(path, st)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.discard)
	w := newBatcher(f.ix.idx)
	if err := indexAll(context.Background(), st, w.add, nil); err != nil {
		t.Fatal(err)
	}
	if err := w.flush(); err != nil {
		t.Fatal(err)
	}
	if n := segments(f.ix.idx); n < 2 {
		t.Fatalf("the fresh index has %d segments before sealing; the test needs several", n)
	}
	return f
}

// TestFreshIndexIsOneSegment: a rebuild of more batches than bleve merges
// in one task ends in one segment, and the files the merge replaced are
// gone.
func TestFreshIndexIsOneSegment(t *testing.T) {
	st, path := storeOf(t, 12*batchSize)
	f, err := buildFresh(context.Background(), path, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer f.discard()
	if err := f.install(); err != nil {
		t.Fatal(err)
	}
	ix, err := openExisting(path, st, forReading)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	zaps, _ := filepath.Glob(filepath.Join(path, "store", "*.zap"))
	if n := segments(ix.idx); n != 1 || len(zaps) != 1 {
		t.Errorf("the rebuilt index has %d segments in %d files, want 1 in 1", n, len(zaps))
	}
	if n, _ := ix.Count(); n != 12*batchSize {
		t.Errorf("the rebuilt index holds %d segments, want %d", n, 12*batchSize)
	}
}

// TestInterruptedSealIsNotInstalled: Ctrl-C while the fresh index is
// being sealed is an error, so the half-merged index is never swapped in
// (its caller discards it).
func TestInterruptedSealIsNotInstalled(t *testing.T) {
	st, path := storeOf(t, 3*batchSize)
	f := writtenFresh(t, st, path)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := f.seal(ctx, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("sealing with the context cancelled: %v, want context.Canceled", err)
	}
}

// TestFailedMergeIsAnError: a merge that cannot write (here its folder
// is made immutable, as a full disk would refuse it) ends in an error
// rather than waiting for ever: ForceMerge itself returns only when the
// index closes.
func TestFailedMergeIsAnError(t *testing.T) {
	st, path := storeOf(t, 3*batchSize)
	f := writtenFresh(t, st, path)
	store := filepath.Join(f.built, "store")
	if out, err := exec.Command("chattr", "+i", store).CombinedOutput(); err != nil || os.Geteuid() != 0 {
		t.Skipf("needs root and chattr to make a folder immutable: %v %s", err, out)
	}
	defer exec.Command("chattr", "-i", store).Run()
	done := make(chan error, 1)
	go func() { done <- f.ix.mergeToOne(context.Background()) }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("a merge that could not write its file reported success")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("mergeToOne still waiting 30 s after a merge that cannot write")
	}
}

// TestRemovedInTheSameTransactionLeavesNoSegment: a new project's first
// transaction that removes documents it stored — still in the batch
// filling, in the batch being written, or written long before — and
// stores some again leaves in the index exactly the segments the store
// holds.
func TestRemovedInTheSameTransactionLeavesNoSegment(t *testing.T) {
	ctx := context.Background()
	st, path := keptStore(t)
	const n = 3 * batchSize
	removed := map[int]bool{}
	err := st.Tx(ctx, func(tx *Tx) error {
		for i := range n {
			if err := putText(ctx, tx, fmt.Sprintf("d%04d", i), "oxygen cylinders"); err != nil {
				return err
			}
			if i%250 != 249 {
				continue
			}
			for _, j := range []int{i, i - 240, i - batchSize - 1} {
				if j >= 0 && !removed[j] {
					if err := tx.DeleteDocument(fmt.Sprintf("d%04d", j)); err != nil {
						return err
					}
					removed[j] = true
				}
			}
			if j := i - 490; removed[j] {
				if err := putText(ctx, tx, fmt.Sprintf("d%04d", j), "oxygen tanks"); err != nil {
					return err
				}
				delete(removed, j)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := OpenIndex(ctx, path, st, func(m string) { t.Errorf("the index was rebuilt: %s", m) }, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(ctx, SearchRequest{Query: "oxygen", Limit: 2 * n})
	if err != nil {
		t.Fatal(err)
	}
	if want := n - len(removed); int(res.Total) != want {
		t.Errorf("the index holds %d segments, the store %d", res.Total, want)
	}
	for _, h := range res.Hits {
		doc, _, _ := ParseSegmentKey(h.Segment)
		var i int
		fmt.Sscanf(doc, "d%04d", &i)
		if removed[i] {
			t.Errorf("%s was removed but is still found", h.Segment)
		}
	}
}
