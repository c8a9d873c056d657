// Command searchlat measures search latency in-process: it opens a
// project's index as groundwork does (corpus.OpenIndex, which checks the
// index is current) and times Index.Search over a fixed set of queries,
// one warm-up round and then -rounds timed rounds, and prints p50, p95 and
// max, the CPU time per query (steadier than wall time on a shared
// machine), the first (cold) query and the slowest query by median.
//
//	go run ./bench/searchlat -project bench/out/p-1000
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"slices"
	"syscall"
	"time"

	"github.com/groundwork-qda/groundwork/corpus"
)

// queries are what a researcher types: words, stems, phrases, must/must-not,
// fields, wildcards, fuzzy terms, one very common word, and the command's
// --programme/--role/--code filters.
var queries = []corpus.SearchRequest{
	{Query: "lonely"},
	{Query: `"late at night"`},
	{Query: `"late at night" phone`},
	{Query: "boundary"},
	{Query: "training +volunteers"},
	{Query: "confidential* -football"},
	{Query: "matched"},
	{Query: `"been through it"`},
	{Query: "rehab referral"},
	{Query: "nurse doctor GP"},
	{Query: "hope", Role: "patient"},
	{Query: "role:caregiver isolated"},
	{Query: "tablets", Programme: "HeartMates"},
	{Query: "listen~1"},
	{Query: `"the coordinator" supervision`},
	{Query: "friend request Facebook"},
	{Query: "know"},
	{Query: "isolat*"},
	{Query: `"not a doctor"`},
	{Query: "alone", Code: "isolation.experienced"},
	{Query: "coordinator", Role: "peer supporter", Programme: "Open Door Peer Support"},
}

func main() {
	projDir := flag.String("project", ".", "the groundwork project `DIR`")
	rounds := flag.Int("rounds", 5, "timed rounds over the queries")
	cpu := flag.String("cpuprofile", "", "write a CPU profile of the timed rounds to `FILE`")
	only := flag.String("query", "", "time only this query string (with no filters)")
	flag.Parse()
	if *only != "" {
		queries = []corpus.SearchRequest{{Query: *only}}
	}
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			fmt.Fprintln(os.Stderr, "searchlat:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if err := run(*projDir, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "searchlat:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func run(projDir string, rounds int) error {
	ctx := context.Background()
	proj, st, err := corpus.OpenProjectStore(ctx, projDir)
	if err != nil {
		return err
	}
	defer st.Close()
	t0 := time.Now()
	ix, err := corpus.OpenIndex(ctx, proj.IndexPath(), st, func(msg string) { fmt.Fprintln(os.Stderr, "searchlat:", msg) }, nil)
	if err != nil {
		return err
	}
	defer ix.Close()
	open := time.Since(t0)

	var all []time.Duration
	var cpu0 time.Duration
	perQuery := make([][]time.Duration, len(queries))
	var cold time.Duration
	var hits uint64
	for round := 0; round <= rounds; round++ {
		for i, q := range queries {
			t := time.Now()
			res, err := ix.Search(ctx, q)
			d := time.Since(t)
			if err != nil {
				return fmt.Errorf("%q: %w", q.Query, err)
			}
			if round == 0 {
				if i == len(queries)-1 {
					cpu0 = cpuTime()
				}
				if i == 0 {
					cold = d
				}
				hits += res.Total
				continue // warm-up
			}
			all = append(all, d)
			perQuery[i] = append(perQuery[i], d)
		}
	}
	cpuPer := (cpuTime() - cpu0) / time.Duration(len(all))
	slices.Sort(all)
	pct := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
	worst, worstMed := 0, time.Duration(0)
	for i, ds := range perQuery {
		slices.Sort(ds)
		if m := ds[len(ds)/2]; m > worstMed {
			worst, worstMed = i, m
		}
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	fmt.Printf("searchlat queries=%d samples=%d open_ms=%.1f cold_ms=%.2f p50_ms=%.2f p95_ms=%.2f max_ms=%.2f cpu_ms_per_query=%.2f total_hits=%d slowest=%q slowest_p50_ms=%.2f\n",
		len(queries), len(all), ms(open), ms(cold), ms(pct(0.50)), ms(pct(0.95)), ms(all[len(all)-1]), ms(cpuPer), hits,
		queries[worst].Query, ms(worstMed))
	return nil
}
