// Command gwstep runs one step of the groundwork pipeline in-process, as the
// CLI does it, timing its phases separately and optionally writing CPU and
// heap profiles. It exists to find where the time of a slow step goes:
//
//	go run ./bench/gwstep -project P -cpuprofile cpu.prof ingest DIR   # store, index written alongside
//	go run ./bench/gwstep -project P index                             # index --rebuild
//	go run ./bench/gwstep -project P auto                              # code auto, then index update
//	go run ./bench/gwstep -project P report                            # report into P/reports
//	go run ./bench/gwstep -project P redact                            # redact, compact, rebuild the index
//	go run ./bench/gwstep -project P compact                           # compact the store (VACUUM)
//	go run ./bench/gwstep -project P reset                             # delete all codings (to re-run auto)
//
// Phases are printed as "phase=seconds"; -noindex skips the index work
// that ingest and auto do with and after their transaction.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/refiqda"
	"github.com/groundwork-qda/groundwork/reports"
)

var (
	phases   []string
	memPhase string // write the heap profile after this phase
	memFile  string
)

func phase(name string, t0 time.Time) time.Time {
	phases = append(phases, fmt.Sprintf("%s=%.3f", name, time.Since(t0).Seconds()))
	if name == memPhase {
		writeHeap()
	}
	return time.Now()
}

// writeHeap writes a heap profile of what is live now (after a GC).
func writeHeap() {
	if memFile == "" {
		return
	}
	f, err := os.Create(memFile)
	if err != nil {
		fatal(err)
	}
	runtime.GC()
	pprof.WriteHeapProfile(f)
	f.Close()
	memFile = ""
}

// watchPeak writes a heap profile to file each time the heap live after a
// GC is larger than ever before, so that the last one written shows what
// was live at the peak (a profile at the end shows only what survived).
func watchPeak(file string) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
	var max, lastGC uint64
	for range time.Tick(20 * time.Millisecond) {
		metrics.Read(sample)
		live, gcs := sample[0].Value.Uint64(), sample[1].Value.Uint64()
		if gcs == lastGC || live <= max {
			continue
		}
		max, lastGC = live, gcs
		if f, err := os.Create(file); err == nil {
			pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
		}
	}
}

// withSuggestions is -suggestions: the report counts pending suggestions too.
var withSuggestions bool

func main() {
	projDir := flag.String("project", ".", "the groundwork project `DIR`")
	cpu := flag.String("cpuprofile", "", "write a CPU profile to `FILE`")
	mem := flag.String("memprofile", "", "write a heap profile (at the end, or see -memphase) to `FILE`")
	flag.StringVar(&memPhase, "memphase", "", "write the heap profile right after this `PHASE` (e.g. build), while its data is live")
	noIndex := flag.Bool("noindex", false, "skip the index update after ingest and auto")
	codes := flag.String("code", "", "auto: re-code only these comma-separated codes")
	peak := flag.String("peakprofile", "", "write a heap profile to `FILE` whenever the live heap after a GC is the largest yet (where a step's peak is)")
	flag.BoolVar(&withSuggestions, "suggestions", false, "report: also count pending suggestions (report --include suggested)")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: gwstep [-project DIR] [-cpuprofile F] ingest PATH... | index | auto | report | redact | compact | qdpx OUT")
		os.Exit(2)
	}
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			fatal(err)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	memFile = *mem
	if *peak != "" {
		go watchPeak(*peak)
	}
	start := time.Now()
	if err := run(*projDir, flag.Arg(0), flag.Args()[1:], *noIndex, *codes); err != nil {
		pprof.StopCPUProfile()
		fatal(err)
	}
	phases = append(phases, fmt.Sprintf("total=%.3f", time.Since(start).Seconds()))
	writeHeap()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("gwstep %s %s heap_sys_mb=%.0f total_alloc_mb=%.0f num_gc=%d\n", flag.Arg(0), strings.Join(phases, " "),
		float64(ms.HeapSys)/1e6, float64(ms.TotalAlloc)/1e6, ms.NumGC)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "gwstep:", err)
	os.Exit(1)
}

func run(projDir, step string, args []string, noIndex bool, codes string) error {
	ctx := context.Background()
	t := time.Now()
	proj, err := corpus.Open(projDir)
	if err != nil {
		return err
	}
	var opts []corpus.StoreOption
	if !noIndex {
		opts = append(opts, corpus.WithIndex(corpus.IndexAt{Path: proj.IndexPath()}))
	}
	st, err := corpus.OpenStore(ctx, proj.StorePath(), opts...)
	if err != nil {
		return err
	}
	defer st.Close()
	fn, ok := steps[step]
	if !ok {
		return fmt.Errorf("unknown step %q", step)
	}
	return fn(ctx, &stepEnv{proj: proj, st: st, args: args, codes: codes, t: phase("open", t)})
}

// stepEnv is what a step works on: the open project and store, the step's
// arguments, and when its first phase began.
type stepEnv struct {
	proj  *corpus.Project
	st    *corpus.Store
	args  []string
	codes string
	t     time.Time
}

// steps are the pipeline's steps, each as the CLI runs it.
var steps = map[string]func(context.Context, *stepEnv) error{
	"ingest": func(ctx context.Context, e *stepEnv) error {
		// As `groundwork ingest`: the index is written alongside the store
		// by the store's index keeper, and finished after the commit.
		if _, err := ingest.Ingest(ctx, e.proj, e.st, e.args, ingest.Options{}); err != nil {
			return err
		}
		phase("ingest_store_index", e.t)
		return nil
	},
	"reset": func(ctx context.Context, e *stepEnv) error {
		// Forget every coding and rule state, leaving the index as it is
		// (still "current"), so that the next `auto` does a first full
		// run as after ingest. For benchmarking only.
		if err := forgetCodings(ctx, e.st); err != nil {
			return err
		}
		phase("reset", e.t)
		return nil
	},
	"index": func(ctx context.Context, e *stepEnv) error {
		if err := rebuildIndex(ctx, e); err != nil {
			return err
		}
		phase("index_rebuild", e.t)
		return nil
	},
	"auto":   stepAuto,
	"qdpx":   stepQDPX,
	"report": stepReport,
	"compact": func(ctx context.Context, e *stepEnv) error {
		// As the compaction after `groundwork redact`.
		if err := e.st.Compact(ctx); err != nil {
			return err
		}
		phase("compact", e.t)
		return nil
	},
	"redact": stepRedact,
}

func rebuildIndex(ctx context.Context, e *stepEnv) error {
	ix, err := corpus.RebuildIndex(ctx, e.proj.IndexPath(), e.st, nil)
	if err != nil {
		return err
	}
	return ix.Close()
}

func stepAuto(ctx context.Context, e *stepEnv) error {
	cb, err := codebook.Load(e.proj.CodebookPath())
	if err != nil {
		return err
	}
	runQuery := func(ctx context.Context, q string) (map[string]bool, error) {
		ix, err := corpus.OpenIndex(ctx, e.proj.IndexPath(), e.st, nil, nil)
		if err != nil {
			return nil, err
		}
		defer ix.Close()
		return ix.SegmentsMatching(ctx, q)
	}
	opts := analysis.AutoOptions{}
	if e.codes != "" {
		opts.Codes = strings.Split(e.codes, ",")
	}
	res, err := analysis.AutoCode(ctx, e.st, cb, runQuery, opts)
	if err != nil {
		return err
	}
	phase("autocode", e.t)
	added := 0
	for _, c := range res.Changes {
		added += c.Added
	}
	phases = append(phases, fmt.Sprintf("codes=%d added=%d documents=%d", len(res.Changes), added, res.Documents))
	return nil
}

// stepQDPX is `groundwork export qdpx OUT`.
func stepQDPX(ctx context.Context, e *stepEnv) error {
	cb, err := codebook.Load(e.proj.CodebookPath())
	if err != nil {
		return err
	}
	if len(e.args) != 1 {
		return fmt.Errorf("qdpx needs the archive to write")
	}
	if _, err := refiqda.WriteQDPX(ctx, e.args[0], e.proj, e.st, cb, refiqda.ExportOptions{}); err != nil {
		return err
	}
	phase("qdpx", e.t)
	return nil
}

func stepReport(ctx context.Context, e *stepEnv) error {
	cb, err := codebook.Load(e.proj.CodebookPath())
	if err != nil {
		return err
	}
	// As the CLI's report loads: people's codings, or the pending
	// suggestions when there are none (a draft).
	ds, leftOut, err := reports.LoadDataset(ctx, e.st, cb, reports.Scope{Suggestions: withSuggestions})
	if err != nil {
		return err
	}
	t := phase("load", e.t)
	r, err := reports.Build(ctx, e.proj.Config.Name, ds, reports.Options{LeftOut: leftOut})
	if err != nil {
		return err
	}
	t = phase("build", t)
	if _, err := reports.Write(ctx, filepath.Join(e.proj.Dir, "reports"), r, ds, nil); err != nil {
		return err
	}
	phase("write", t)
	return nil
}

// stepRedact is `groundwork redact`: find and replace, then compact the
// store and rebuild the index.
func stepRedact(ctx context.Context, e *stepEnv) error {
	file, err := ingest.OpenPrivacy(ctx, e.proj.IdentifiersPath(), e.st)
	if err != nil {
		return err
	}
	rep, _, err := ingest.RedactProject(ctx, e.proj, e.st, file, ingest.RedactOptions{})
	if err != nil {
		return err
	}
	t := phase("redact", e.t)
	if err := e.st.Compact(ctx); err != nil {
		return err
	}
	t = phase("compact", t)
	if err := rebuildIndex(ctx, e); err != nil {
		return err
	}
	phase("index_rebuild", t)
	phases = append(phases, fmt.Sprintf("documents=%d replacements=%d", rep.Documents, rep.Replacements))
	return nil
}

// forgetCodings deletes every coding and forgets every code's rule hash.
func forgetCodings(ctx context.Context, st *corpus.Store) error {
	hashes, err := st.RuleHashes(ctx)
	if err != nil {
		return err
	}
	return st.Tx(ctx, func(tx *corpus.Tx) error {
		if _, err := tx.DeleteCodings(corpus.CodingFilter{}); err != nil {
			return err
		}
		for code := range hashes {
			if err := tx.SetRuleHash(code, ""); err != nil {
				return err
			}
		}
		return nil
	})
}
