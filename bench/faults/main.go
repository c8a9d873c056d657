// Command faults is groundwork's fault harness: it kills commands at random
// moments and checks that nothing is lost or corrupted.
//
//	go run ./bench/faults -interviews 1000 -runs 100 -out bench/FAULTS.md
//
// It builds groundwork, generates a synthetic corpus (bench/gencorpus) and
// prepares base projects from it. Then, for each command under test
// (ingest, code auto, redact, redact --reject, codings import, import
// qdpx), it times one uninterrupted run and, -runs times, copies the base
// project, starts the command, sends it SIGKILL at a random moment within
// that time, and runs `groundwork check` (which must pass, but for a search
// index the kill left unbuilt or out of date, which check names and the
// next search rebuilds); it then runs the command again to completion
// (which must succeed: a re-run is safe) and checks again (after
// `groundwork index`, should the index still be so). Finally it runs -serve-trials trials of the workbench
// with command-line writers at the same time: `groundwork serve` answers
// searches while `code auto`, `ingest` and `codings import` run beside
// it; every command must finish, the workbench must stay up and answer, and
// the project must pass `check` afterwards.
//
// Everything happens through the command line, as a researcher would run
// it. The table of results goes to stdout and to -out.
package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"time"
)

type harness struct {
	gw      string // the groundwork binary
	work    string // scratch folder
	rng     *rand.Rand
	log     io.Writer
	corpus  string // the generated transcripts
	extra   string // a few more transcripts for ingest beside the workbench
	base    map[string]string
	commit  string // the commit built
	sheet   string // a filled coding sheet
	qdpx    string // an export of the coded project
	results []result
}

type result struct {
	command  string
	runs     int
	failures []string
	duration time.Duration // one uninterrupted run
	killed   int           // runs killed before they finished
}

func main() {
	interviews := flag.Int("interviews", 1000, "interviews in the generated corpus")
	runs := flag.Int("runs", 100, "kill runs per command")
	serveTrials := flag.Int("serve-trials", 20, "trials of the workbench with command-line writers")
	only := flag.String("only", "", "comma-separated commands to test (default: all)")
	out := flag.String("out", "", "also write the results table to this Markdown file")
	work := flag.String("work", "", "scratch folder (default: a new temporary one, removed at the end)")
	seed := flag.Uint64("seed", 1, "seed of the corpus and of the kill times")
	flag.Parse()
	if err := run(*interviews, *runs, *serveTrials, *only, *out, *work, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "faults:", err)
		os.Exit(1)
	}
}

func run(interviews, runs, serveTrials int, only, out, work string, seed uint64) error {
	if work == "" {
		dir, err := os.MkdirTemp("", "gw-faults-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		work = dir
	}
	h := &harness{work: work, rng: rand.New(rand.NewPCG(seed, 99)), log: os.Stderr, base: map[string]string{}}
	if err := h.prepare(interviews, seed); err != nil {
		return err
	}
	want := map[string]bool{}
	for _, c := range strings.Split(only, ",") {
		if c != "" {
			want[c] = true
		}
	}
	for _, c := range h.commands() {
		if len(want) > 0 && !want[c.name] {
			continue
		}
		r, err := h.killLoop(c, runs)
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		h.results = append(h.results, r)
	}
	if serveTrials > 0 && (len(want) == 0 || want["serve"]) {
		h.results = append(h.results, h.serveTrials(serveTrials))
	}
	table := h.table(interviews)
	fmt.Print(table)
	if out != "" {
		return os.WriteFile(out, []byte(table), 0o644)
	}
	return nil
}

// sh runs groundwork with args in dir, returning its combined output.
func (h *harness) sh(dir string, args ...string) (string, error) {
	cmd := exec.Command(h.gw, args...)
	cmd.Dir = dir
	b, err := cmd.CombinedOutput()
	if err != nil {
		return string(b), fmt.Errorf("groundwork %s: %w\n%s", strings.Join(args, " "), err, tail(string(b)))
	}
	return string(b), nil
}

// checkKilled runs `groundwork check` on a project a killed command left
// (or its re-run, which may have had nothing to store). The search index is
// a cache built after the store commits, so a kill can leave none, or one
// out of date: check names that, and the next search rebuilds it. Such
// problems alone are no failure: with repair, once `groundwork index` has
// rebuilt the index and check then passes; without, as they are (so that
// the re-run meets the project as the kill left it). Any other problem is.
func (h *harness) checkKilled(dir string, repair bool) (string, error) {
	cmd := exec.Command(h.gw, "check", "--json")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err == nil {
		return string(out), nil
	}
	failed := fmt.Errorf("groundwork check: %w\n%s", err, tail(string(out)+stderr.String()))
	var rep struct {
		Problems []struct {
			What string `json:"what"`
		} `json:"problems"`
	}
	if json.Unmarshal(out, &rep) != nil || len(rep.Problems) == 0 {
		return string(out) + stderr.String(), failed
	}
	for _, p := range rep.Problems {
		if !strings.HasPrefix(p.What, "search index: ") || strings.Contains(p.What, "claims to be current") {
			return string(out), failed
		}
	}
	if !repair {
		return string(out), nil
	}
	if out, err := h.sh(dir, "index"); err != nil {
		return out, err
	}
	return h.sh(dir, "check")
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 8 {
		lines = lines[len(lines)-8:]
	}
	return strings.Join(lines, "\n")
}

func (h *harness) step(format string, args ...any) {
	fmt.Fprintf(h.log, "faults: "+format+"\n", args...)
}

// prepare builds the binary, the corpus and the base projects.
func (h *harness) prepare(interviews int, seed uint64) error {
	h.gw = filepath.Join(h.work, "groundwork")
	h.commit = "unknown"
	if out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output(); err == nil {
		h.commit = strings.TrimSpace(string(out))
	}
	if out, err := exec.Command("git", "status", "--porcelain").Output(); err == nil && len(out) > 0 {
		h.commit += " (with uncommitted changes)"
	}
	h.step("building groundwork")
	if b, err := exec.Command("go", "build", "-o", h.gw, "./cmd/groundwork").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %w\n%s", err, b)
	}
	h.corpus = filepath.Join(h.work, "corpus")
	h.step("generating %d interviews", interviews)
	gen := exec.Command("go", "run", "./bench/gencorpus", "-n", fmt.Sprint(interviews), "-seed", fmt.Sprint(seed), "-out", h.corpus)
	if b, err := gen.CombinedOutput(); err != nil {
		return fmt.Errorf("gencorpus: %w\n%s", err, b)
	}
	h.extra = filepath.Join(h.work, "extra")
	gen = exec.Command("go", "run", "./bench/gencorpus", "-n", "20", "-seed", fmt.Sprint(seed+1000), "-out", h.extra)
	if b, err := gen.CombinedOutput(); err != nil {
		return fmt.Errorf("gencorpus: %w\n%s", err, b)
	}
	if err := renameExtra(h.extra); err != nil {
		return err
	}
	steps := []struct {
		name, from string
		args       [][]string
	}{
		{"empty", "", nil},
		{"ingested", "empty", [][]string{{"ingest", h.corpus}, {"index"}}},
		{"coded", "ingested", [][]string{{"code", "auto"}}},
		{"redacted", "coded", [][]string{{"redact"}}},
	}
	for _, s := range steps {
		dir := filepath.Join(h.work, "base-"+s.name)
		h.step("preparing the %s project", s.name)
		if s.from == "" {
			if _, err := h.sh(h.work, "init", dir, "--name", "Fault study"); err != nil {
				return err
			}
		} else if err := copyDir(h.base[s.from], dir); err != nil {
			return err
		}
		for _, a := range s.args {
			if _, err := h.sh(dir, a...); err != nil {
				return err
			}
		}
		h.base[s.name] = dir
	}
	h.sheet = filepath.Join(h.work, "sheet.csv")
	if _, err := h.sh(h.base["coded"], "codings", "sheet", "--coder", "alice", "-o", h.sheet); err != nil {
		return err
	}
	if err := fillSheet(h.sheet); err != nil {
		return err
	}
	h.qdpx = filepath.Join(h.work, "study.qdpx")
	_, err := h.sh(h.base["coded"], "export", "qdpx", h.qdpx)
	return err
}

// renameExtra gives the extra transcripts ids of their own, so ingesting
// them beside the corpus adds documents.
func renameExtra(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	idLine := regexp.MustCompile(`(?m)^id: (.*)$`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		b = idLine.ReplaceAll(b, []byte("id: extra-$1"))
		if err := os.WriteFile(f, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// fillSheet codes every third segment of a coding sheet, as a person
// would fill its code column.
func fillSheet(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		return err
	}
	codeCol := -1
	for i, h := range rows[0] {
		if h == "codes" || h == "code" {
			codeCol = i
		}
	}
	if codeCol < 0 {
		return fmt.Errorf("the coding sheet has no code column: %v", rows[0])
	}
	codes := []string{"matching.mismatch", "boundaries.personal_contact", "organisational.training", "isolation.reduced"}
	for i := 1; i < len(rows); i++ {
		if i%3 == 0 {
			rows[i][codeCol] = codes[i%len(codes)]
		}
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.WriteAll(rows)
	if err := w.Error(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// command is one command under test.
type command struct {
	name string
	base string // the base project it runs in
	// args are its arguments; target, when set, names a path that the
	// command creates (import qdpx --into), given per run.
	args   func(target string) []string
	target bool
}

func (h *harness) commands() []command {
	return []command{
		{name: "ingest", base: "empty", args: func(string) []string { return []string{"ingest", h.corpus} }},
		{name: "code auto", base: "ingested", args: func(string) []string { return []string{"code", "auto"} }},
		{name: "redact", base: "coded", args: func(string) []string { return []string{"redact"} }},
		{name: "redact --reject", base: "redacted", args: func(string) []string { return []string{"redact", "--reject", "[PERSON 1]"} }},
		{name: "codings import", base: "coded", args: func(string) []string { return []string{"codings", "import", h.sheet, "--coder", "alice"} }},
		{name: "import qdpx", base: "empty", target: true, args: func(t string) []string { return []string{"import", "qdpx", h.qdpx, "--into", t} }},
	}
}

// killLoop times one run of c, then kills it runs times.
func (h *harness) killLoop(c command, runs int) (result, error) {
	r := result{command: c.name, runs: runs}
	dir, target := filepath.Join(h.work, "run"), filepath.Join(h.work, "run-target")
	fresh := func() error {
		os.RemoveAll(dir)
		os.RemoveAll(target)
		return copyDir(h.base[c.base], dir)
	}
	if err := fresh(); err != nil {
		return r, err
	}
	start := time.Now()
	if _, err := h.sh(dir, c.args(target)...); err != nil {
		return r, fmt.Errorf("the uninterrupted run failed: %w", err)
	}
	r.duration = time.Since(start)
	h.step("%s: one run takes %v; killing it %d times", c.name, r.duration.Round(time.Millisecond), runs)
	for i := range runs {
		if err := fresh(); err != nil {
			return r, err
		}
		after := time.Duration(h.rng.Int64N(int64(r.duration) + 1))
		killed, err := h.killAfter(dir, c.args(target), after)
		if err != nil {
			return r, err
		}
		if killed {
			r.killed++
		}
		fail := func(what string) {
			r.failures = append(r.failures, fmt.Sprintf("run %d (killed after %v): %s", i+1, after.Round(time.Millisecond), what))
		}
		checkDir := dir
		if c.target {
			checkDir = target
			if _, err := os.Stat(target); err == nil {
				// A killed import leaves nothing, or a whole project (the
				// store complete, the index perhaps still to build), which
				// a re-run rightly refuses to overwrite.
				if out, err := h.checkKilled(target, true); err != nil {
					fail("the killed import left a project that fails check: " + tail(out))
				}
				continue
			}
		} else if out, err := h.checkKilled(checkDir, false); err != nil {
			fail("check after the kill: " + tail(out+err.Error()))
			continue
		}
		if out, err := h.sh(dir, c.args(target)...); err != nil {
			fail("the re-run failed: " + tail(out+err.Error()))
			continue
		}
		if out, err := h.checkKilled(checkDir, true); err != nil {
			fail("check after the re-run: " + tail(out))
		}
		if (i+1)%10 == 0 {
			h.step("%s: %d runs, %d failures", c.name, i+1, len(r.failures))
		}
	}
	return r, nil
}

// killAfter starts groundwork and sends it SIGKILL after d, unless it
// finished first; it reports whether it was killed.
func (h *harness) killAfter(dir string, args []string, d time.Duration) (bool, error) {
	cmd := exec.Command(h.gw, args...)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return false, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
		return false, nil
	case <-time.After(d):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
		return true, nil
	}
}

// serveTrials runs the workbench with command-line writers beside it.
func (h *harness) serveTrials(n int) result {
	r := result{command: "serve + code auto, ingest, codings import", runs: n}
	for i := range n {
		if err := h.serveTrial(i); err != nil {
			r.failures = append(r.failures, fmt.Sprintf("trial %d: %v", i+1, err))
		}
		h.step("serve: %d trials, %d failures", i+1, len(r.failures))
	}
	return r
}

func (h *harness) serveTrial(i int) error {
	dir := filepath.Join(h.work, "serve")
	os.RemoveAll(dir)
	if err := copyDir(h.base["coded"], dir); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := exec.CommandContext(ctx, h.gw, "serve", "--addr", "127.0.0.1:0", "--quiet")
	srv.Dir = dir
	srv.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdout, _ := srv.StdoutPipe()
	var stderr strings.Builder
	srv.Stderr = &stderr
	if err := srv.Start(); err != nil {
		return err
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	base, err := serverURL(stdout)
	if err != nil {
		return fmt.Errorf("the workbench did not start: %v %s", err, stderr.String())
	}
	// Searches keep the workbench busy while the commands write.
	stopPoll := make(chan struct{})
	polled := make(chan error, 1)
	go func() { polled <- poll(base, stopPoll) }()
	writers := [][]string{
		{"code", "auto", "--code", []string{"matching", "boundaries", "isolation", "organisational"}[i%4]},
		{"ingest", h.extra},
		{"codings", "import", h.sheet, "--coder", "bob"},
		{"code", "auto", "--code", "benefits"},
	}
	errs := make(chan error, len(writers))
	for _, w := range writers {
		go func() {
			wctx, wcancel := context.WithTimeout(ctx, 3*time.Minute)
			defer wcancel()
			cmd := exec.CommandContext(wctx, h.gw, w...)
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			if err != nil {
				err = fmt.Errorf("groundwork %s: %v: %s", strings.Join(w, " "), err, tail(string(out)))
			}
			errs <- err
		}()
	}
	var problems []string
	for range writers {
		if err := <-errs; err != nil {
			problems = append(problems, err.Error())
		}
	}
	// After the writers: the workbench must catch up and answer.
	time.Sleep(6 * time.Second)
	close(stopPoll)
	if err := <-polled; err != nil {
		problems = append(problems, "the workbench stopped answering: "+err.Error())
	}
	select {
	case err := <-exited:
		problems = append(problems, fmt.Sprintf("the workbench exited: %v: %s", err, tail(stderr.String())))
	default:
		syscall.Kill(-srv.Process.Pid, syscall.SIGINT)
		select {
		case err := <-exited:
			if err != nil {
				problems = append(problems, fmt.Sprintf("the workbench did not stop cleanly: %v: %s", err, tail(stderr.String())))
			}
		case <-time.After(30 * time.Second):
			syscall.Kill(-srv.Process.Pid, syscall.SIGKILL)
			problems = append(problems, "the workbench ignored Ctrl-C for 30 s")
		}
	}
	if strings.Contains(stderr.String(), "panic") {
		problems = append(problems, "the workbench panicked: "+tail(stderr.String()))
	}
	if out, err := h.sh(dir, "check"); err != nil {
		problems = append(problems, "check afterwards: "+tail(out))
	}
	if out, err := h.sh(dir, "search", "walking OR group"); err != nil || !strings.Contains(out, "matching segment") {
		problems = append(problems, fmt.Sprintf("search afterwards: %v %s", err, tail(out)))
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

// serverURL reads the workbench's address from its first lines of output.
func serverURL(r io.Reader) (string, error) {
	sc := bufio.NewScanner(r)
	deadline := time.Now().Add(2 * time.Minute)
	for sc.Scan() && time.Now().Before(deadline) {
		if line := strings.TrimSpace(sc.Text()); strings.HasPrefix(line, "http://") {
			go io.Copy(io.Discard, r)
			return strings.TrimSuffix(line, "/"), nil
		}
	}
	return "", errors.New("no address printed")
}

// poll searches through the workbench's API until stop is closed; it fails
// when the workbench stops answering (5 failures in a row) or answers with
// a server error.
func poll(base string, stop chan struct{}) error {
	client := &http.Client{Timeout: 60 * time.Second}
	failures := 0
	for {
		select {
		case <-stop:
			return nil
		case <-time.After(200 * time.Millisecond):
		}
		resp, err := client.Get(base + "/api/search?q=" + url.QueryEscape("night OR phone"))
		if err != nil {
			failures++
			if failures >= 5 {
				return err
			}
			continue
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			return fmt.Errorf("GET /api/search: %s", resp.Status)
		}
		failures = 0
	}
}

func copyDir(from, to string) error {
	if b, err := exec.Command("cp", "-a", from, to).CombinedOutput(); err != nil {
		return fmt.Errorf("copying %s: %w: %s", from, err, b)
	}
	return nil
}

func (h *harness) table(interviews int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Fault harness results\n\n`go run ./bench/faults -interviews %d` at commit %s on %s (%d cores), %s.\n\n",
		interviews, h.commit, runtime.GOOS+"/"+runtime.GOARCH, runtime.NumCPU(), time.Now().UTC().Format("2006-01-02"))
	b.WriteString("| command | runs | killed before the end | failures | one run |\n|---|---:|---:|---:|---:|\n")
	for _, r := range h.results {
		dur := "–"
		if r.duration > 0 {
			dur = r.duration.Round(100 * time.Millisecond).String()
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s |\n", r.command, r.runs, r.killed, len(r.failures), dur)
	}
	for _, r := range h.results {
		for _, f := range r.failures {
			fmt.Fprintf(&b, "\n- %s: %s", r.command, f)
		}
	}
	b.WriteString("\n")
	return b.String()
}
