package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/term"
)

// IOStreams are a command's standard streams. ErrTTY says whether stderr is
// a terminal: progress is drawn only then, so pipes and CI stay quiet.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	ErrTTY bool
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// newTable starts a table for people to read, the one layout every
// command's tables share: cells ended by tabs, set in columns two spaces
// apart. Flush it when the rows are written.
func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
}

// Warnf writes a warning line to stderr.
func (s *IOStreams) Warnf(format string, args ...any) {
	fmt.Fprintf(s.Err, "warning: "+format+"\n", args...)
}

// progressBar draws "label 12/43  5.2/s  ETA 6s" on a terminal's stderr,
// redrawn at most ten times a second. Off a terminal it draws nothing.
type progressBar struct {
	w       io.Writer
	label   string
	on      bool
	mu      sync.Mutex
	total   int
	done    int
	started time.Time
	last    time.Time
}

func (s *IOStreams) progress(label string) *progressBar {
	return &progressBar{w: s.Err, label: label, on: s.ErrTTY}
}

func (p *progressBar) Start(total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total, p.done, p.started = total, 0, time.Now()
	p.draw(true)
}

func (p *progressBar) Add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	p.draw(false)
}

func (p *progressBar) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.on {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 70))
	}
}

func (p *progressBar) draw(force bool) {
	if !p.on || (!force && time.Since(p.last) < 100*time.Millisecond && p.done < p.total) {
		return
	}
	p.last = time.Now()
	elapsed := time.Since(p.started).Seconds()
	line := fmt.Sprintf("%s %d/%d", p.label, p.done, p.total)
	if elapsed > 0.2 && p.done > 0 {
		rate := float64(p.done) / elapsed
		eta := time.Duration(float64(p.total-p.done)/rate) * time.Second
		line += fmt.Sprintf("  %.1f/s  ETA %s", rate, eta.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r%-70s", line)
}

// localTime is a moment as the commands show it to people: in their own
// time zone, to the minute ("2026-03-02 14:05"), alike in history, undo,
// redo and privacy check.
func localTime(t time.Time) string { return t.Local().Format("2006-01-02 15:04") }

// plural writes a count with the noun in the right number: "1 segment",
// "2 segments".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// count is plural for a noun whose plural adds an s: count(1, "file") is
// "1 file", count(3, "file") "3 files".
func count(n int, noun string) string { return plural(n, noun, noun+"s") }

// agree is one when n is 1 and many otherwise: the word that goes with a
// count, as in count(n, "file")+" "+agree(n, "was", "were").
func agree(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// sentence makes a clause into a sentence to follow another: a space, its
// first letter upper case, a full stop at its end ("" stays ""). Saturation's
// reason, "too few interviews: ...", becomes " Too few interviews: ....".
func sentence(clause string) string {
	clause = strings.TrimSpace(clause)
	if clause == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(clause)
	return " " + string(unicode.ToUpper(r)) + strings.TrimSuffix(clause[size:], ".") + "."
}
