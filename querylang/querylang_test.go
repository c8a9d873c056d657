package querylang

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// show writes a parsed query compactly: AND(...), OR(...), word, "phrase",
// field:value, a leading - for excluded nodes.
func show(n *Node) string {
	if n == nil {
		return "<empty>"
	}
	neg := ""
	if n.Negated {
		neg = "-"
	}
	switch n.Kind {
	case And, Or:
		parts := make([]string, len(n.Children))
		for i, c := range n.Children {
			parts[i] = show(c)
		}
		name := "AND"
		if n.Kind == Or {
			name = "OR"
		}
		return neg + name + "(" + strings.Join(parts, " ") + ")"
	case Phrase:
		return neg + fmt.Sprintf("%q", n.Text)
	case Field:
		return neg + n.Field + ":" + n.Text
	}
	if n.Fuzzy > 0 {
		return fmt.Sprintf("%s%s~%d", neg, n.Text, n.Fuzzy)
	}
	return neg + n.Text
}

func TestParse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "<empty>"},
		{"  ", "<empty>"},
		{"alone", "alone"},
		{"late night", "AND(late night)"},
		{"phone OR text", "OR(phone text)"},
		{"a b OR c d", "AND(a OR(b c) d)"},
		{"(phone OR text) night", "AND(OR(phone text) night)"},
		{`"late at night" -football`, `AND("late at night" -football)`},
		{`"alone"`, "alone"},
		{"+must word", "AND(must word)"},
		{"friend* frend~1 frend~", "AND(friend* frend~1 frend~1)"},
		{`programme:HeartMates role:"peer supporter"`, `AND(programme:HeartMates role:peer supporter)`},
		{"Program:X Document:d1 codes:a.b -code:c", "AND(programme:X doc:d1 code:a.b -code:c)"},
		{`+text:"peer support"`, `"peer support"`},
		{"or is a word", "AND(or is a word)"},
		{"time - out", "AND(time out)"},
		{"café naïve", "AND(café naïve)"},
		{"night -(phone OR text)", "AND(night -OR(phone text))"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := show(n); got != tt.want {
				t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"late at night`, "quotation mark is not closed"},
		{`colour:red`, `"colour" is not a field`},
		{`role:`, "role: needs a value"},
		{`(a OR b`, "parenthesis is not closed"},
		{`a)`, "closing parenthesis with no opening one"},
		{`OR a`, "OR needs a word on each side"},
		{`a OR`, "OR needs a word on each side"},
		{`a OR OR b`, "OR needs a word on each side"},
		{`*`, "a wildcard needs some letters"},
		{`frend~9`, "~1 or ~2"},
		{`()`, "empty parentheses"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := Parse(tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse(%q) error = %v, want %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestCodes(t *testing.T) {
	if got := Codes("alone code:a.b OR -codes:c"); strings.Join(got, ",") != "a.b,c" {
		t.Errorf("Codes = %v", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"late night", `"a b" -c`, "(a OR b) programme:X", "frend~1 x*", `role:"p s"`, "((", `"`, "a OR", "-", "code:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		n, err := Parse(q)
		if err != nil {
			var qe *Error
			if !asError(err, &qe) || qe.Pos < 0 || qe.Pos > utf8.RuneCountInString(q) {
				t.Fatalf("Parse(%q): error %v has no position within the query", q, err)
			}
			return
		}
		checkTree(t, q, n)
	})
}

func asError(err error, target **Error) bool {
	e, ok := err.(*Error)
	if ok {
		*target = e
	}
	return ok
}

// checkTree asserts what callers rely on: AND/OR nodes have children,
// leaves have text and known fields.
func checkTree(t *testing.T, q string, n *Node) {
	if n == nil {
		return
	}
	switch n.Kind {
	case And, Or:
		if len(n.Children) < 2 {
			t.Fatalf("Parse(%q): %v node with %d children", q, n.Kind, len(n.Children))
		}
		for _, c := range n.Children {
			checkTree(t, q, c)
		}
	case Field:
		ok := false
		for _, f := range Fields() {
			ok = ok || f == n.Field
		}
		if !ok || n.Text == "" {
			t.Fatalf("Parse(%q): field node %q:%q", q, n.Field, n.Text)
		}
	default:
		if n.Text == "" {
			t.Fatalf("Parse(%q): empty leaf", q)
		}
	}
}
