package main

import (
	"context"
	"strings"
	"testing"
)

// TestFlagValueErrors: a flag value that does not parse is bad usage (exit
// 2) saying which flag and what is wrong with the value, in words rather
// than strconv's, whatever the command and the flag's type.
func TestFlagValueErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"search", "x", "--limit", "abc"}, `--limit "abc": not a whole number`},
		{[]string{"search", "x", "--limit=2.5"}, `--limit "2.5": not a whole number`},
		{[]string{"history", "--limit", "99999999999999999999"}, `--limit "99999999999999999999": out of range`},
		{[]string{"compare", "--seed", "abc"}, `--seed "abc": not a whole number of 0 or more`},
		{[]string{"agree", "--seed", "-1"}, `--seed "-1": not a whole number of 0 or more`},
		{[]string{"code", "learn", "--precision", "high"}, `--precision "high": not a number`},
		{[]string{"saturation", "--threshold", "5%"}, `--threshold "5%": not a number`},
		{[]string{"saturation", "--threshold", "1e999"}, `--threshold "1e999": out of range`},
		{[]string{"status", "--json=maybe"}, `--json "maybe": not true or false`},
		// other flag errors are cobra's, as before
		{[]string{"search", "x", "--limit"}, "flag needs an argument: --limit"},
		{[]string{"saturation", "--seed", "1"}, "unknown flag: --seed"},
	} {
		var out, errs strings.Builder
		code := run(context.Background(), c.args, strings.NewReader(""), &out, &errs)
		cmdline := strings.Join(c.args, " ")
		if code != 2 {
			t.Errorf("groundwork %s exits %d, want 2", cmdline, code)
		}
		if got := errs.String(); !strings.Contains(got, "groundwork: "+c.want+"\n") || strings.Contains(got, "strconv") {
			t.Errorf("groundwork %s says %q, want %q", cmdline, got, c.want)
		}
	}
}
