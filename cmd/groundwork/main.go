// Command groundwork is a qualitative-research pipeline: it ingests and
// indexes interview transcripts, codes them against a codebook (by rules and
// by people), measures agreement between coders and writes theme reports.
//
// This package only wires flags to the packages that do the work.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/metrics"
	"syscall"
	"time"

	"github.com/KimMachineGun/automemlimit/memlimit"
)

func main() {
	limitMemory()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// memoryLimit is the soft limit groundwork gives Go's garbage collector
// unless GOMEMLIMIT sets another. By default the collector lets the heap
// grow to twice what is live before collecting; near the limit it collects
// sooner instead. The draft report of 100,000 interviews (5.3 million
// suggestions) peaks at 832 MiB with it, 1,324 MiB without, for 2% more
// CPU. It is soft: a
// command that needs more than this live still gets it, the collector then
// taking at most half the CPU.
const memoryLimit = 800 << 20

func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(underCeiling(memoryLimit, memoryCeiling()))
	}
}

// memoryShare is the part of a memory limit set from outside (a
// container's or a batch job's: a cgroup) that the soft limit may reach.
// The rest is for what the collector does not count against it: the
// runtime's own structures, SQLite's cache and the index files bleve maps,
// which the kernel counts against the same limit (it takes them back
// when it must: a 100,000-interview ingest maps 2.8 GB of them and runs in
// 1 GiB).
const memoryShare = 0.75

// memoryCeiling is the most the soft limit may be: memoryShare of the
// cgroup's memory limit when the process runs under one, else 0 (none).
// Without it a command given less than its soft limit would be killed by
// the kernel, its heap never collected hard enough to fit.
func memoryCeiling() int64 {
	n, err := memlimit.FromCgroup()
	if err != nil || n == 0 || n > math.MaxInt64/2 {
		return 0
	}
	return int64(float64(n) * memoryShare)
}

// underCeiling is want, or ceiling when there is one and it is lower.
func underCeiling(want, ceiling int64) int64 {
	if ceiling > 0 && want > ceiling {
		return ceiling
	}
	return want
}

// Learning (code learn, code next) holds the whole corpus's features and
// trains two codes at once: at 10,000 generated interviews its live heap
// peaks at about 26 KB an interview (260 MB), and under the 800 MiB limit
// the process grew to 700 MiB. It is given about one and a half times
// what it holds: learnMemoryPerDocument an interview, at least
// learnMemoryFloor (476 MiB at its peak at 10,000, in no more time; a
// limit close to the live heap costs time, the collector then running
// often: 45% more at 300 MiB), and keepHeadroom raises it should learning
// hold more than that estimate.
const (
	learnMemoryFloor       = 440 << 20
	learnMemoryPerDocument = 40 << 10
)

// limitLearningMemory sets the soft limit for learning over a corpus of
// documents, unless GOMEMLIMIT sets another, and keeps it above what
// learning turns out to hold while ctx lasts (see keepHeadroom).
func limitLearningMemory(ctx context.Context, documents int) {
	if os.Getenv("GOMEMLIMIT") == "" {
		ceiling := memoryCeiling()
		debug.SetMemoryLimit(underCeiling(learningMemoryLimit(documents), ceiling))
		keepHeadroom(ctx, ceiling)
	}
}

// keepHeadroom raises the soft limit, while ctx lasts, whenever the heap
// live after a collection comes within a third of it: a corpus coded more
// than the estimate assumed, or of longer interviews, holds more, and a
// limit close to what is live would have the collector run over and over.
// It never raises it past ceiling (memoryCeiling's, 0 for none): there
// the collector working hard is better than the kernel killing the
// command.
func keepHeadroom(ctx context.Context, ceiling int64) {
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	go func() {
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			metrics.Read(live)
			if want := underCeiling(int64(live[0].Value.Uint64())/2*3, ceiling); want > debug.SetMemoryLimit(-1) {
				debug.SetMemoryLimit(want)
			}
		}
	}()
}

// learningMemoryLimit is the soft limit for learning over a corpus of
// documents: past 20,000 interviews, more than the commands' 800 MiB.
func learningMemoryLimit(documents int) int64 {
	return max(learnMemoryFloor, int64(documents)*learnMemoryPerDocument)
}

// streamingGCPercent is the collector's target for commands that read the
// corpus a document at a time (ingest, index, code auto): their live heap
// is small, so by default the collector ran hundreds of times a minute. Four
// times what is live between collections, under the 800 MiB memoryLimit, took ingest at
// 10,000 interviews from 35.6 to 29.7 user CPU-s (bench/blevebase, the baseline
// it is measured against, sets the same).
const streamingGCPercent = 400

// streamingMemoryLimit is the soft limit for the streaming commands: with
// streamingGCPercent alone an ingest of 10,000 interviews held 261 MiB of
// its own (RssAnon), which with the index files it maps (297 MiB) passed
// 512 MiB; under this limit the same ingest peaked at 442-444 MiB in the
// same time (bench/RESULTS.md). keepHeadroom raises it should a command
// hold more.
const streamingMemoryLimit = 160 << 20

// collectLess raises the collector's target for a streaming command, unless
// GOGC says otherwise, and bounds its heap by streamingMemoryLimit, unless
// GOMEMLIMIT sets a limit, until the command calls done.
func collectLess(ctx context.Context) (done func()) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(streamingGCPercent)
	}
	ctx, done = context.WithCancel(ctx)
	if os.Getenv("GOMEMLIMIT") == "" {
		ceiling := memoryCeiling()
		debug.SetMemoryLimit(underCeiling(streamingMemoryLimit, ceiling))
		keepHeadroom(ctx, ceiling)
	}
	return done
}

// run executes one groundwork command and returns its exit status:
// 0 success, 1 an error (already printed), 2 bad usage, 130 interrupted
// (ctx was cancelled, by Ctrl-C in main).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	streams := &IOStreams{In: stdin, Out: stdout, Err: stderr, ErrTTY: isTerminal(stderr)}
	root := newRootCmd(streams)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if errors.Is(err, errStoppedCleanly) {
		return 0
	}
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		if err == nil {
			// Interrupted after the work was done (the index update or the
			// output may be cut short): say so, and still exit 130.
			fmt.Fprintln(stderr, "groundwork: interrupted after the command's changes were saved; the search index is rebuilt when next used if it was not finished")
		} else {
			fmt.Fprintln(stderr, "groundwork: interrupted; the command's changes were rolled back and the project is as it was")
		}
		return 130
	}
	if err == nil {
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "groundwork: %v\nRun '%s --help' for usage.\n", ue.err, ue.cmd)
		return 2
	}
	var se silentError
	if !errors.As(err, &se) {
		fmt.Fprintf(stderr, "groundwork: %v\n", err)
	}
	return 1
}

// errStoppedCleanly is returned by a command that runs until interrupted
// (the workbench) when it was interrupted and stopped as it should: exit 0.
var errStoppedCleanly = errors.New("stopped")

// usageError is a problem with the command line itself.
type usageError struct {
	cmd string
	err error
}

func (e *usageError) Error() string { return e.err.Error() }

// silentError makes a command exit non-zero without printing anything more:
// it has already said what was wrong.
type silentError struct{ err error }

func (e silentError) Error() string { return e.err.Error() }
