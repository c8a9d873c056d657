package yamlhint

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestUnclosed(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		problem   string
	}{
		{"flow sequence left open", "codes:\n  - id: a\n    label: [Peer\n  - id: b\n    label: B\n", 3, `a '[' opened on this line is not closed on it`},
		{"quote left open", "name: x\ncodes:\n  - id: a\n    definition: \"Support from\n  - id: b\n", 4, `a '"' opened on this line is not closed on it`},
		{"flow mapping left open", "a: {x: 1\nb: 2\n", 1, `a '{' opened on this line is not closed on it`},
		{"flow sequence over two lines is valid", "a: [x,\n  y]\nb: 2\n", 0, ""},
		{"apostrophe in plain text", "definition: don't stop\nb: 2\n", 0, ""},
		{"bracket in a comment", "a: 1 # see [note\nb: 2\n", 0, ""},
		{"bracket inside quotes", "a: \"[x\"\nb: 2\n", 0, ""},
		{"escaped quote inside quotes", "a: \"say \\\"hi\\\"\"\nb: 2\n", 0, ""},
		{"doubled single quote", "a: 'it''s'\nb: 2\n", 0, ""},
		{"block scalar text", "definition: |\n  talk of [things\n  and more\nb: [x\n", 4, `a '[' opened on this line is not closed on it`},
		{"at the end of the file", "a: [x\n", 1, `a '[' opened on this line is not closed on it`},
		{"nothing wrong", "a: [x, y]\nb: 'z'\n", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, problem, ok := Unclosed([]byte(tt.src))
			if ok != (tt.line > 0) || line != tt.line || problem != tt.problem {
				t.Errorf("Unclosed = %d, %q, %v; want %d, %q", line, problem, ok, tt.line, tt.problem)
			}
		})
	}
}

// TestUnclosedWhereYAMLFails: on the mistakes the hint names, yaml.v3
// fails too, and reports another line (the reason the hint exists).
func TestUnclosedWhereYAMLFails(t *testing.T) {
	var src strings.Builder
	src.WriteString("codes:\n")
	for i := range 30 {
		if i == 20 {
			src.WriteString("  - id: c20\n    label: [Peer\n")
			continue
		}
		src.WriteString("  - id: c" + strings.Repeat("x", i%3) + "\n    label: Code\n")
	}
	var n yaml.Node
	err := yaml.Unmarshal([]byte(src.String()), &n)
	if err == nil {
		t.Fatal("yaml.v3 accepted an unclosed flow sequence")
	}
	line, _, ok := Unclosed([]byte(src.String()))
	if !ok || line != 43 {
		t.Errorf("Unclosed = %d, %v; want line 43 (yaml.v3 says %v)", line, ok, err)
	}
}

// FuzzUnclosed: any input, no panic, and a line it names exists.
func FuzzUnclosed(f *testing.F) {
	f.Add("a: [x\nb: 1\n")
	f.Add("a: |\n  [\nb: '\n")
	f.Add("\"\\")
	f.Fuzz(func(t *testing.T, src string) {
		line, _, ok := Unclosed([]byte(src))
		if ok && (line < 1 || line > strings.Count(src, "\n")+1) {
			t.Fatalf("line %d outside %d lines", line, strings.Count(src, "\n")+1)
		}
	})
}
