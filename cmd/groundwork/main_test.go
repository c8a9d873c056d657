package main

import (
	"context"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"groundwork": main,
	})
}

// TestScripts runs the CLI scenarios in testdata/script: each .txtar file is
// a shell-like script with its input files.
func TestScripts(t *testing.T) {
	shared, _ := filepath.Abs("../../../shared")
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SHARED", shared)
			return nil
		},
		RequireExplicitExec: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"fillcodes":  fillCodes,
			"fillcolumn": fillColumn,
		},
	})
}

// fillCodes plays a coder filling in a CSV coding sheet:
// fillcodes FILE SEGMENT=CODES... sets the codes cell of each named segment.
func fillCodes(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: fillcodes FILE SEGMENT=CODES...")
	}
	want := map[string]string{}
	for _, a := range args[1:] {
		seg, codes, ok := strings.Cut(a, "=")
		if !ok {
			ts.Fatalf("bad argument %q", a)
		}
		want[seg] = codes
	}
	editCSV(ts, args[0], func(rows [][]string) {
		codesCol := slices.Index(rows[0], "codes")
		for _, r := range rows[1:] {
			if c, ok := want[r[0]]; ok {
				r[codesCol] = c
				delete(want, r[0])
			}
		}
		if len(want) > 0 {
			ts.Fatalf("segments not in the sheet: %v", want)
		}
	})
}

// fillColumn plays an adjudicator: fillcolumn FILE COLUMN VALUE sets that
// column of every row of a CSV sheet.
func fillColumn(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: fillcolumn FILE COLUMN VALUE")
	}
	editCSV(ts, args[0], func(rows [][]string) {
		col := slices.Index(rows[0], args[1])
		if col < 0 {
			ts.Fatalf("no column %q in %v", args[1], rows[0])
		}
		for _, r := range rows[1:] {
			r[col] = args[2]
		}
	})
}

// editCSV reads the CSV file name of the script's work directory, lets
// edit change its rows (the header first) and writes them back.
func editCSV(ts *testscript.TestScript, name string, edit func(rows [][]string)) {
	path := ts.MkAbs(name)
	f, err := os.Open(path)
	ts.Check(err)
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	ts.Check(err)
	edit(rows)
	out, err := os.Create(path)
	ts.Check(err)
	w := csv.NewWriter(out)
	ts.Check(w.WriteAll(rows))
	ts.Check(out.Close())
}

// TestInterruptRollsBack runs ingest with an interrupted context: the command
// says so, exits 130, and the project is as it was.
func TestInterruptRollsBack(t *testing.T) {
	dir := t.TempDir()
	var out, errb strings.Builder
	if code := run(context.Background(), []string{"init", dir}, nil, &out, &errb); code != 0 {
		t.Fatalf("init: %d %s", code, errb.String())
	}
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("Interviewer: Hi\n\nP: Hello there.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	errb.Reset()
	if code := run(ctx, []string{"ingest", "--project", dir, f}, nil, &out, &errb); code != 130 {
		t.Errorf("exit status %d, want 130", code)
	}
	if !strings.Contains(errb.String(), "interrupted; the command's changes were rolled back") {
		t.Errorf("stderr = %q", errb.String())
	}
	out.Reset()
	run(context.Background(), []string{"status", "--project", dir}, nil, &out, &errb)
	if !strings.Contains(out.String(), "No documents yet") {
		t.Errorf("an interrupted ingest left documents:\n%s", out.String())
	}
}

// TestLimitMemory: groundwork sets its soft memory limit unless the user
// set one with GOMEMLIMIT, which is left as the runtime read it.
func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)

	t.Setenv("GOMEMLIMIT", "")
	debug.SetMemoryLimit(math.MaxInt64)
	limitMemory()
	if got := debug.SetMemoryLimit(-1); got != memoryLimit {
		t.Errorf("without GOMEMLIMIT the limit is %d, want %d", got, memoryLimit)
	}

	t.Setenv("GOMEMLIMIT", "2GiB")
	debug.SetMemoryLimit(2 << 30) // as the runtime reads it at start
	limitMemory()
	if got := debug.SetMemoryLimit(-1); got != 2<<30 {
		t.Errorf("GOMEMLIMIT=2GiB was replaced by %d", got)
	}
}

// A streaming command (ingest, index, code auto) collects less often but
// under a lower soft limit, unless GOGC and GOMEMLIMIT say otherwise.
func TestCollectLess(t *testing.T) {
	limit, percent := debug.SetMemoryLimit(-1), debug.SetGCPercent(100)
	defer func() { debug.SetMemoryLimit(limit); debug.SetGCPercent(percent) }()
	ctx := t.Context()

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer collectLess(ctx)()
	if got := debug.SetMemoryLimit(-1); got != streamingMemoryLimit {
		t.Errorf("without GOMEMLIMIT the limit is %d MiB, want %d MiB", got>>20, streamingMemoryLimit>>20)
	}
	if got := debug.SetGCPercent(100); got != streamingGCPercent {
		t.Errorf("without GOGC the collector's target is %d%%, want %d%%", got, streamingGCPercent)
	}

	t.Setenv("GOGC", "50")
	t.Setenv("GOMEMLIMIT", "2GiB")
	debug.SetMemoryLimit(2 << 30) // as the runtime reads them at start
	debug.SetGCPercent(50)
	defer collectLess(ctx)()
	if got := debug.SetMemoryLimit(-1); got != 2<<30 {
		t.Errorf("GOMEMLIMIT=2GiB was replaced by %d", got)
	}
	if got := debug.SetGCPercent(50); got != 50 {
		t.Errorf("GOGC=50 was replaced by %d", got)
	}
}

// Learning's soft limit grows with the corpus past its floor, and is the
// user's when GOMEMLIMIT is set.
func TestLimitLearningMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)

	t.Setenv("GOMEMLIMIT", "")
	for _, c := range []struct {
		documents int
		want      int64
	}{{0, 440 << 20}, {43, 440 << 20}, {10_000, 440 << 20}, {20_480, 800 << 20}, {100_000, 100_000 * 40 << 10}} {
		if got := learningMemoryLimit(c.documents); got != c.want {
			t.Errorf("%d documents: limit %d MiB, want %d MiB", c.documents, got>>20, c.want>>20)
		}
	}

	t.Setenv("GOMEMLIMIT", "2GiB")
	debug.SetMemoryLimit(2 << 30)
	limitLearningMemory(t.Context(), 10_000)
	if got := debug.SetMemoryLimit(-1); got != 2<<30 {
		t.Errorf("GOMEMLIMIT=2GiB was replaced by %d", got)
	}
}

// Learning that holds more than its limit's estimate gets a limit a half
// above what it holds, instead of a collector running without end.
func TestLearningKeepsHeadroom(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	held := make([]byte, 320<<20) // more than two thirds of the floor
	for i := range held {
		held[i] = 1
	}
	debug.SetMemoryLimit(learnMemoryFloor)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	keepHeadroom(ctx, memoryCeiling())
	for range 100 {
		runtime.GC()
		if debug.SetMemoryLimit(-1) >= 470<<20 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got := debug.SetMemoryLimit(-1); got < 470<<20 {
		t.Errorf("with 320 MiB live the limit stayed at %d MiB", got>>20)
	}
	runtime.KeepAlive(held)
}

// Under a cgroup's memory limit the soft limit stays below its share of
// it, whichever command sets it; without one it is what the command asks.
func TestUnderCeiling(t *testing.T) {
	for _, c := range []struct{ want, ceiling, got int64 }{
		{memoryLimit, 0, memoryLimit},                    // no cgroup limit
		{memoryLimit, 384 << 20, 384 << 20},              // 512 MiB given: 3/4 of it
		{streamingMemoryLimit, 384 << 20, 160 << 20},     // asks for less than the ceiling
		{learningMemoryLimit(100_000), 3 << 30, 3 << 30}, // learning at 100,000 in 4 GiB
	} {
		if got := underCeiling(c.want, c.ceiling); got != c.got {
			t.Errorf("underCeiling(%d MiB, %d MiB) = %d MiB, want %d MiB", c.want>>20, c.ceiling>>20, got>>20, c.got>>20)
		}
	}
}
