package redact

// The sentence tables: testdata/cases/*.cases hold sentences and what a
// detector with no options (plain) must find in each; TestCases checks
// them as runCases checks a table written in Go.
//
// The format, line by line (a file is UTF-8, lines end in "\n"):
//
//	## TestReview23Plurals     a group, run as the subtest TestCases/TestReview23Plurals
//	# a comment                any other line starting with "#"
//	                           a blank line, anywhere
//	P: The Adventists run…     a case: a sentence, as it is
//		PERSON|Holters          a tab, then what must be found, "KIND|text",
//		ADDRESS|…               one line each, in the order found
//		-                       or a tab and "-" alone: nothing at all
//
// A sentence or an expected identifier that has a character other than
// a printable one or a space (a newline, a tab), starts or ends with a
// space, is empty, or would be read as something else (a sentence
// starting with "#" or a double quote, an identifier that is "-" or
// starts with a double quote) is written as a Go string literal instead,
// with its double quotes: "Interviewer: Who came?\nP: Everybody." Only
// such lines start with a double quote. Anything else (a line starting
// with a space, an empty case, a case before the first group) is an
// error naming its file and line. Each group gets a detector of its own
// and is named after the Go test whose table it was; a file is named
// after the _test.go file that held those tests.

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// fileCase is a detectCase with the place it was read from ("file:line").
type fileCase struct {
	detectCase
	at   string
	none bool // "-": nothing at all (want stays nil)
}

// caseGroup is one "## Name" group of a cases file.
type caseGroup struct {
	name  string
	at    string
	cases []fileCase
}

// loadCases reads a cases file (the format is at the top of this file).
func loadCases(path string) ([]caseGroup, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseCases(path, data)
}

// parseCases parses the text of a cases file named name.
func parseCases(name string, data []byte) ([]caseGroup, error) {
	var groups []caseGroup
	var cur *fileCase // the case whose expected lines are being read
	end := func() error {
		if cur != nil && cur.want == nil && !cur.none {
			return fmt.Errorf("%s: the case has no expected line (a tab, then KIND|text or -)", cur.at)
		}
		if cur != nil {
			g := &groups[len(groups)-1]
			g.cases = append(g.cases, *cur)
		}
		cur = nil
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		at := fmt.Sprintf("%s:%d", name, n)
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%s: %s", at, fmt.Sprintf(format, args...))
		}
		switch {
		case strings.HasPrefix(line, "\t"):
			if cur == nil {
				return nil, bad("an expected line with no sentence before it")
			}
			v := line[1:]
			if v == "-" {
				if cur.want != nil || cur.none {
					return nil, bad(`"-" (nothing found) must be the case's only expected line`)
				}
				cur.none = true
				continue
			}
			if cur.none {
				return nil, bad(`"-" (nothing found) must be the case's only expected line`)
			}
			w, err := value(v)
			if err != nil {
				return nil, bad("%v", err)
			}
			if !strings.Contains(w, "|") {
				return nil, bad("an expected identifier is KIND|text, not %q", w)
			}
			cur.want = append(cur.want, w)
			continue
		}
		if err := end(); err != nil {
			return nil, err
		}
		switch {
		case line == "":
		case strings.HasPrefix(line, "## "):
			g := strings.TrimPrefix(line, "## ")
			if g == "" || strings.ContainsAny(g, " \t/") {
				return nil, bad("a group's name is one word (a test's name), not %q", g)
			}
			if len(groups) > 0 && len(groups[len(groups)-1].cases) == 0 {
				return nil, bad("group %s has no cases", groups[len(groups)-1].name)
			}
			groups = append(groups, caseGroup{name: g, at: at})
		case strings.HasPrefix(line, "#"):
		default:
			if len(groups) == 0 {
				return nil, bad("a case before the first group (## Name)")
			}
			text, err := value(line)
			if err != nil {
				return nil, bad("%v", err)
			}
			cur = &fileCase{detectCase: detectCase{text: text}, at: at}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if err := end(); err != nil {
		return nil, err
	}
	if len(groups) > 0 && len(groups[len(groups)-1].cases) == 0 {
		return nil, fmt.Errorf("%s: group %s has no cases", groups[len(groups)-1].at, groups[len(groups)-1].name)
	}
	return groups, nil
}

// value reads a sentence or an expected identifier: a Go string literal
// if it starts with a double quote, else the line as it is, which must
// then be printable, without a space at either end.
func value(s string) (string, error) {
	if strings.HasPrefix(s, `"`) {
		v, err := strconv.Unquote(s)
		if err != nil {
			return "", fmt.Errorf("not a Go string literal: %s", s)
		}
		return v, nil
	}
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("not UTF-8: %q", s)
	}
	if strings.TrimSpace(s) != s {
		return "", fmt.Errorf("a space at the start or end (write the line as a Go string literal if it is meant): %q", s)
	}
	for _, r := range s {
		if r != ' ' && !strconv.IsPrint(r) {
			return "", fmt.Errorf("the character %U is not printable (write the line as a Go string literal): %q", r, s)
		}
	}
	return s, nil
}

// caseTB names a case in checkSpans' messages, which do not give the text.
type caseTB struct {
	testing.TB
	at string
}

func (c caseTB) Fatalf(format string, args ...any) {
	c.TB.Helper()
	c.TB.Fatalf("%s: "+format, append([]any{c.at}, args...)...)
}

func TestCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.cases"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/cases/*.cases: %v", err)
	}
	seen := map[string]string{}
	for _, f := range files {
		groups, err := loadCases(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range groups {
			if first, ok := seen[g.name]; ok {
				t.Fatalf("%s: group %s again (first at %s)", g.at, g.name, first)
			}
			seen[g.name] = g.at
			t.Run(g.name, func(t *testing.T) {
				d := plain(t)
				for _, c := range g.cases {
					got := ids(t, d, c.text)
					checkSpans(caseTB{t, c.at}, c.text, mustDetect(t, d, c.text))
					if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
						t.Errorf("%s: Detect(%q)\n got  %q\n want %q", c.at, c.text, got, c.want)
					}
				}
			})
		}
	}
}
