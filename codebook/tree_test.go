package codebook

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWriteTree(t *testing.T) {
	src := strings.Replace(treeYAML, "definition: The first.",
		"definition: >\n      The first code, with a definition long enough that it has to be wrapped onto more than one line of the tree.", 1)
	cb := mustParse(t, src)
	var buf bytes.Buffer
	if err := WriteTree(&buf, cb); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"Test book (version 1.0)\n  For tests.\n6 codes, 2 rules\n",
		"\na — Alpha  #aabbcc\n    The first code, with a definition long enough that it has to be wrapped onto\n    more than one line of the tree.\n    Use when: one thing\n              another\n",
		"\n  a.1\n      First child.\n      Rules: 1 (1 term), custom (near, 1+1 terms within 3)\n",
		"\n  a.2\n      Second child.\n      Groups: tagged\n",
		"\n    b.1.x\n        Grandchild.\n",
		"    Example: “just one”\n",
		"\nGroups\n  hard — Hard things.\n      b, b.1, b.1.x\n  flat\n      a.2\n  tagged\n      a.2, b.1, b.1.x\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("tree lacks %q\n--- tree:\n%s", want, out)
		}
	}
	for i, line := range strings.Split(out, "\n") {
		if utf8.RuneCountInString(line) > treeWidth {
			t.Errorf("line %d is longer than %d: %q", i+1, treeWidth, line)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteTreeError(t *testing.T) {
	cb := mustParse(t, treeYAML)
	if err := WriteTree(failWriter{}, cb); err == nil || err.Error() != "disk full" {
		t.Errorf("WriteTree error = %v", err)
	}
}
