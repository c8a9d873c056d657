// Command learnbench measures the learned suggester against issue 17's
// targets: on a generated corpus with a fifth of the interviews coded by a
// person, `code learn` (training and suggesting) must take no more than
// twice a full `code auto --all` and stay under 1 GiB peak memory; after
// ten new codings, learning that code again must take under a second at
// 1,000 interviews.
//
//	go build -o /tmp/gw ./cmd/groundwork
//	go run ./bench/learnbench -gw /tmp/gw -n 1000 -work /tmp/lb
//
// It generates the corpus (bench/gencorpus) and makes the project unless
// they are there, runs `code auto`, then codes by hand, as coder "bench",
// every passage a rule suggests a code on in every fifth interview (sorted
// by id): people's coding of 20% of the interviews. Then it times, each under /usr/bin/time -v
// (wall, user and system CPU, peak RSS): `code auto --all`, `code learn`,
// and, after accepting the ten surest learned suggestions of -code,
// `code learn --code C`. -cpuprofile runs one more `code learn --all`
// in-process with a CPU profile, to see what dominates.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

func main() {
	gw := flag.String("gw", "/tmp/h17/gw", "the groundwork binary")
	n := flag.Int("n", 1000, "interviews to generate")
	seed := flag.Int("seed", 1, "gencorpus seed")
	work := flag.String("work", "/tmp/h17/learnbench", "work directory (corpus and project)")
	code := flag.String("code", "isolation.reduced", "the code to accept ten learned suggestions of and learn again")
	every := flag.Int("every", 5, "people code every Nth interview (5: 20%)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of one in-process `code learn --all` here")
	out := flag.String("json", "", "also write the results as JSON here")
	only := flag.String("steps", "auto,learn,unchanged,ten", "the steps to time, of auto, learn, learn-all, unchanged, ten")
	profileOnly := flag.Bool("profile-only", false, "with -cpuprofile: only profile, on the project as it is")
	profileCode := flag.String("profile-code", "", "with -cpuprofile: profile learning only this code")
	memprofile := flag.String("memprofile", "", "with -cpuprofile: also write the heap profile taken when the heap was largest")
	flag.Parse()
	log.SetFlags(0)
	b := &bench{gw: *gw, corpus: filepath.Join(*work, fmt.Sprintf("corpus-%d", *n)), project: filepath.Join(*work, fmt.Sprintf("project-%d", *n))}
	if err := b.setup(*n, *seed, *every); err != nil {
		log.Fatal(err)
	}
	steps := []struct {
		key, name string
		pre       func() error
		args      []string
	}{
		{"auto", "code auto --all", nil, []string{"code", "auto", "--all"}},
		{"learn", "code learn", nil, []string{"code", "learn"}},
		{"learn-all", "code learn --all", nil, []string{"code", "learn", "--all"}},
		{"unchanged", "code learn (nothing changed)", nil, []string{"code", "learn"}},
		{"ten", "code learn --code " + *code + " after ten codings", func() error { return b.acceptLearned(*code, 10) }, []string{"code", "learn", "--code", *code}},
	}
	want := map[string]bool{}
	for _, k := range strings.Split(*only, ",") {
		want[k] = !*profileOnly
	}
	for _, s := range steps {
		if !want[s.key] {
			continue
		}
		if s.pre != nil {
			if err := s.pre(); err != nil {
				log.Fatal(err)
			}
		}
		if _, err := b.timed(s.name, s.args...); err != nil {
			log.Fatal(err)
		}
	}
	if *cpuprofile != "" {
		if err := b.profileLearn(*cpuprofile, *memprofile, *profileCode); err != nil {
			log.Fatal(err)
		}
	}
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("\n%d interviews, %d segments, %d coded by a person (%s); load average %s\n", *n, b.segments, b.coded, b.project, strings.TrimSpace(string(load)))
	fmt.Printf("%-52s %9s %9s %9s %9s\n", "step", "wall s", "user s", "sys s", "max RSS MiB")
	for _, r := range b.results {
		fmt.Printf("%-52s %9.2f %9.2f %9.2f %9.0f\n", r.Step, r.Wall, r.User, r.Sys, r.MaxRSSMiB)
	}
	if *out != "" {
		data, _ := json.MarshalIndent(map[string]any{"interviews": *n, "segments": b.segments, "coded": b.coded, "load": strings.TrimSpace(string(load)), "steps": b.results}, "", "  ")
		if err := os.WriteFile(*out, data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

type bench struct {
	gw, corpus, project string
	segments, coded     int
	results             []result
}

// result is one timed command.
type result struct {
	Step      string  `json:"step"`
	Wall      float64 `json:"wall_s"`
	User      float64 `json:"user_s"`
	Sys       float64 `json:"sys_s"`
	MaxRSSMiB float64 `json:"max_rss_mib"`
}

// setup generates the corpus, makes and auto-codes the project, and
// codes every every-th interview by hand (codeEvery), unless done.
func (b *bench) setup(n, seed, every int) error {
	if _, err := os.Stat(b.corpus); err != nil {
		log.Printf("generating %d interviews into %s", n, b.corpus)
		cmd := exec.Command("go", "run", "./bench/gencorpus", "-n", strconv.Itoa(n), "-seed", strconv.Itoa(seed), "-out", b.corpus)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("generating the corpus (run from the repository's root): %w", err)
		}
	}
	if _, err := os.Stat(b.project); err != nil {
		for _, args := range [][]string{{"init", b.project}, {"--project", b.project, "ingest", b.corpus}} {
			if _, err := b.run(args...); err != nil {
				return err
			}
		}
		if _, err := b.timed("code auto (first)", "code", "auto"); err != nil {
			return err
		}
		if err := b.codeEvery(every); err != nil {
			return err
		}
	}
	return b.count()
}

// run runs gw with args, returning its output.
func (b *bench) run(args ...string) ([]byte, error) {
	cmd := exec.Command(b.gw, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("%s %s: %w: %s", b.gw, strings.Join(args, " "), err, stderr.String())
	}
	return out, nil
}

// timed runs gw on the project under nice and /usr/bin/time -v, and
// records wall and CPU time and peak memory.
func (b *bench) timed(name string, args ...string) (result, error) {
	all := append([]string{"-n", "5", "/usr/bin/time", "-v", b.gw, "--project", b.project}, args...)
	cmd := exec.Command("nice", all...)
	var stderr, stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("%s: %w: %s", name, err, stderr.String())
	}
	r := result{Step: name}
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		k, v, ok := strings.Cut(strings.TrimSpace(sc.Text()), ": ")
		if !ok {
			continue
		}
		switch k {
		case "User time (seconds)":
			r.User, _ = strconv.ParseFloat(v, 64)
		case "System time (seconds)":
			r.Sys, _ = strconv.ParseFloat(v, 64)
		case "Maximum resident set size (kbytes)":
			kb, _ := strconv.ParseFloat(v, 64)
			r.MaxRSSMiB = kb / 1024
		case "Elapsed (wall clock) time (h:mm:ss or m:ss)":
			r.Wall = clockSeconds(v)
		}
	}
	log.Printf("%s: wall %.2fs, user %.2fs, sys %.2fs, max RSS %.0f MiB", name, r.Wall, r.User, r.Sys, r.MaxRSSMiB)
	last := strings.TrimSpace(stdout.String())
	if i := strings.LastIndexByte(last, '\n'); i >= 0 {
		last = last[i+1:]
	}
	log.Printf("  %s", last)
	b.results = append(b.results, r)
	return r, nil
}

// clockSeconds reads /usr/bin/time's "h:mm:ss" or "m:ss.ss".
func clockSeconds(v string) float64 {
	var s float64
	for _, part := range strings.Split(v, ":") {
		f, _ := strconv.ParseFloat(part, 64)
		s = s*60 + f
	}
	return s
}

func (b *bench) open(ctx context.Context) (*corpus.Store, *codebook.Codebook, error) {
	proj, st, err := corpus.OpenProjectStore(ctx, b.project)
	if err != nil {
		return nil, nil, err
	}
	cb, err := codebook.Load(proj.CodebookPath())
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, cb, nil
}

// codeEvery codes by hand, as coder bench, every passage of every
// every-th interview that a rule suggests a code on, with that code: an
// interview counts as coded by people only where they coded by hand
// (accepting suggestions does not make it so), and the rules' suggestions
// make a coding the generated corpus is consistent with.
func (b *bench) codeEvery(every int) error {
	ctx := context.Background()
	st, _, err := b.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.Documents(ctx)
	if err != nil {
		return err
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	var chosen []string
	for i, d := range docs {
		if i%every == 0 {
			chosen = append(chosen, d.ID)
		}
	}
	sugs, err := st.Codings(ctx, corpus.CodingFilter{DocIDs: chosen, Coders: []string{corpus.AutoCoder}, Statuses: []string{corpus.StatusSuggested}})
	if err != nil {
		return err
	}
	log.Printf("coding by hand the %d passages rules suggest in %d of %d interviews, as coder bench", len(sugs), len(chosen), len(docs))
	defer b.catchUp()
	return st.Tx(ctx, func(tx *corpus.Tx) error {
		tx.Record("bench", "code", "learnbench: people's coding")
		for _, s := range sugs {
			c := &corpus.Coding{DocID: s.DocID, Start: s.Start, End: s.End, Code: s.Code, Coder: "bench",
				Origin: corpus.OriginManual, Status: corpus.StatusAccepted, Quote: s.Quote}
			if err := tx.InsertCoding(c); err != nil {
				return err
			}
		}
		return nil
	})
}

// acceptLearned accepts the n surest pending learned suggestions of code.
func (b *bench) acceptLearned(code string, n int) error {
	ctx := context.Background()
	st, _, err := b.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	sugs, err := st.Codings(ctx, corpus.CodingFilter{Codes: []string{code}, Coders: []string{corpus.LearnedCoder}, Statuses: []string{corpus.StatusSuggested}})
	if err != nil {
		return err
	}
	if len(sugs) < n {
		return fmt.Errorf("only %d learned suggestions of %s to accept; choose another -code", len(sugs), code)
	}
	corpus.SortForReview(sugs)
	defer b.catchUp()
	return st.Tx(ctx, func(tx *corpus.Tx) error {
		tx.Record("bench", "accept", "learnbench: ten more codings")
		for _, c := range sugs[:n] {
			if _, err := tx.Accept(c, "bench"); err != nil {
				return err
			}
		}
		return nil
	})
}

// catchUp brings the search index up to date with what the bench wrote
// to the store directly, so that the next timed command does not.
func (b *bench) catchUp() {
	if _, err := b.run("--project", b.project, "index"); err != nil {
		log.Printf("warning: %v", err)
	}
}

// count counts the participant segments and the interviews people coded.
func (b *bench) count() error {
	ctx := context.Background()
	st, _, err := b.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	b.segments = 0
	if err := st.EachSegment(ctx, corpus.SegmentFilter{}, func(*corpus.Segment) error { b.segments++; return nil }); err != nil {
		return err
	}
	coded := map[string]bool{}
	err = st.EachCodingRef(ctx, corpus.CodingFilter{Coders: []string{"bench"}}, func(c corpus.CodingRef) error { coded[c.DocID] = true; return nil })
	b.coded = len(coded)
	return err
}

// profileLearn runs code learn --all (of code, when not "") in-process
// with a CPU profile.
func (b *bench) profileLearn(path, memPath, code string) error {
	ctx := context.Background()
	st, cb, err := b.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	if memPath != "" {
		stop := watchHeap(memPath)
		defer stop()
	}
	t0 := time.Now()
	opts := analysis.LearnOptions{All: true}
	if code != "" {
		opts.Codes = []string{code}
	}
	_, err = analysis.Learn(ctx, st, cb, opts)
	pprof.StopCPUProfile()
	log.Printf("in-process code learn --all: %.2fs; profile in %s", time.Since(t0).Seconds(), path)
	return err
}

// watchHeap samples the heap every 200ms and keeps the heap profile taken
// when it was largest; stop writes it to path.
func watchHeap(path string) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	var best []byte
	var peak uint64
	go func() {
		defer close(finished)
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak {
				peak = ms.HeapInuse
				var buf bytes.Buffer
				if pprof.Lookup("heap").WriteTo(&buf, 0) == nil {
					best = buf.Bytes()
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
		log.Printf("peak heap in use %.0f MiB; its profile in %s", float64(peak)/(1<<20), path)
		if err := os.WriteFile(path, best, 0o644); err != nil {
			log.Printf("warning: %v", err)
		}
	}
}
