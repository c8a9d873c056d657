// Package labelset reads labelled test sets for de-identification —
// transcripts in which a person marked every identifier inline as
// {{KIND|text}} — checks them strictly, and scores what a detector found
// against them, per kind. testdata/README.md in the parent folder describes
// the format for the people who write the sets.
//
// It knows nothing of the detector: predictions come in as Spans, so that
// the detector's own tests can use it.
package labelset

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds are the kinds of identifier a labeller marks, in report order.
// KEEP marks a decoy: a capitalised word that is not an identifier and
// must stay (a place, an organisation, a medicine, a holiday).
var Kinds = []string{"PERSON", "PHONE", "EMAIL", "ADDRESS", "DATE", "URL", "ID"}

// Keep is the kind of a marked decoy.
const Keep = "KEEP"

// Span is a marked identifier or a prediction: rune offsets into the
// document's plain text, end exclusive.
type Span struct {
	Kind       string
	Start, End int
	Text       string
	// Uncertain marks a prediction flagged for review (it is replaced all
	// the same, and scored like the others).
	Uncertain bool
}

// Doc is one labelled transcript.
type Doc struct {
	Name  string            // file name
	Text  string            // the transcript with the markers taken out
	Gold  []Span            // identifiers and decoys, in text order
	Attrs map[string]string // front matter (programme: ...), if any
}

// LineError is a problem at a line of a labelled file.
type LineError struct {
	File string
	Line int
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// LoadDir reads and checks every .txt file of dir. It returns every
// problem of every file (joined; each a *LineError), and no documents
// when there is any.
func LoadDir(dir string) ([]*Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no .txt files: a labelled set is a folder of .txt transcripts (see ingest/redact/testdata/README.md)", dir)
	}
	sort.Strings(files)
	var docs []*Doc
	var errs []error
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		d, perrs := Parse(filepath.Base(f), raw)
		errs = append(errs, perrs...)
		docs = append(docs, d)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return docs, nil
}

// Parse reads one labelled file. It returns the document and every problem
// found, each with its line; a document with problems must not be scored.
func Parse(name string, raw []byte) (*Doc, []error) {
	d := &Doc{Name: name, Attrs: map[string]string{}}
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &LineError{File: name, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if !utf8.Valid(raw) {
		fail(1, "the file is not UTF-8 text: save it as UTF-8")
		return d, errs
	}
	raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
	if strings.TrimSpace(string(raw)) == "" {
		fail(1, "the file is empty")
		return d, errs
	}
	var text strings.Builder
	runes := 0
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	lineNo := 0
	front := 0 // 0 before, 1 inside, 2 after front matter
	for sc.Scan() {
		lineNo++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if lineNo == 1 && strings.TrimSpace(line) == "---" {
			front = 1
			continue
		}
		if front == 1 {
			// Front matter is not part of the text, as in groundwork.
			if strings.TrimSpace(line) == "---" {
				front = 2
			} else if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) != "" && !strings.Contains(line, "{{") {
				d.Attrs[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"'`)
			} else {
				fail(lineNo, "front matter lines are `key: value` (no markers there); end it with a line `---`")
			}
			continue
		}
		plain, spans := parseLine(line, lineNo, fail)
		for _, s := range spans {
			s.Start += runes
			s.End += runes
			d.Gold = append(d.Gold, s)
		}
		text.WriteString(plain)
		text.WriteByte('\n')
		runes += utf8.RuneCountInString(plain) + 1
	}
	if err := sc.Err(); err != nil {
		fail(lineNo+1, "reading: %v", err)
	}
	if front == 1 {
		fail(1, "the front matter that starts on line 1 never ends: add a line `---` after it")
	}
	d.Text = text.String()
	return d, errs
}

// parseLine takes the markers out of one line. It returns the plain line
// and the spans marked on it (rune offsets within the line).
func parseLine(line string, lineNo int, fail func(int, string, ...any)) (string, []Span) {
	var b strings.Builder
	var spans []Span
	runes := 0
	rest := line
	for {
		open := strings.Index(rest, "{{")
		if cl := strings.Index(rest, "}}"); cl >= 0 && (open < 0 || cl < open) {
			fail(lineNo, "a `}}` without a `{{` before it (column %d)", col(line, rest, cl))
			rest = rest[:cl] + rest[cl+2:]
			continue
		}
		if open < 0 {
			b.WriteString(rest)
			break
		}
		before := rest[:open]
		b.WriteString(before)
		runes += utf8.RuneCountInString(before)
		body := rest[open+2:]
		end := strings.Index(body, "}}")
		if end < 0 {
			fail(lineNo, "a `{{` that is not closed with `}}` on the same line (column %d): a marker never spans lines", col(line, rest, open))
			b.WriteString(rest[open:])
			break
		}
		inner := body[:end]
		after := body[end+2:]
		kind, val, ok := strings.Cut(inner, "|")
		switch {
		case strings.Contains(inner, "{{"):
			fail(lineNo, "markers may not be nested (column %d)", col(line, rest, open))
		case !ok:
			fail(lineNo, "a marker is {{KIND|text}}; this one has no `|` (column %d)", col(line, rest, open))
		case !validKind(kind):
			fail(lineNo, "unknown kind %q (column %d): use one of %s or %s, in capitals", kind, col(line, rest, open), strings.Join(Kinds, ", "), Keep)
		case strings.Contains(val, "|"):
			fail(lineNo, "a marker holds one `|`, after the kind (column %d)", col(line, rest, open))
		case strings.TrimSpace(val) == "":
			fail(lineNo, "the %s marker at column %d marks no text", kind, col(line, rest, open))
		case strings.TrimSpace(val) != val:
			fail(lineNo, "the %s marker at column %d has spaces inside its ends: write {{%s|%s}}", kind, col(line, rest, open), kind, strings.TrimSpace(val))
		case wordChar(lastRune(b.String())) || wordChar(firstRune(after)):
			fail(lineNo, "the %s marker at column %d cuts a word: a marker covers whole words (a possessive 's stays outside: {{PERSON|Gaz}}'s)", kind, col(line, rest, open))
		}
		n := utf8.RuneCountInString(val)
		spans = append(spans, Span{Kind: kind, Start: runes, End: runes + n, Text: val})
		b.WriteString(val)
		runes += n
		rest = after
	}
	return b.String(), spans
}

func validKind(k string) bool {
	if k == Keep {
		return true
	}
	for _, x := range Kinds {
		if k == x {
			return true
		}
	}
	return false
}

// col is the 1-based column (in characters) of offset i of rest, a suffix
// of line.
func col(line, rest string, i int) int {
	return utf8.RuneCountInString(line[:len(line)-len(rest)+i]) + 1
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func wordChar(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
