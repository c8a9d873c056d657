package main

import (
	"context"
	"strings"
	"testing"
)

// TestFlagRanges: a number a flag does not take is bad usage (exit 2)
// naming the flag, the value and what it takes, and changes nothing; it
// is never replaced by the default (saturation --base 0 ran with 4, undo
// --last 0 undid one change).
func TestFlagRanges(t *testing.T) {
	g, _, _ := testProject(t)
	ctx := context.Background()
	var out, errs strings.Builder
	if code := run(ctx, []string{"memo", "add", "--project", g.project, "a memo to keep"}, nil, &out, &errs); code != 0 {
		t.Fatalf("memo add: %d %s", code, errs.String())
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"saturation", "--order", "name", "--base", "0"}, "--base 0: give 1 or more (the interviews in the base)"},
		{[]string{"saturation", "--order", "name", "--run", "-1"}, "--run -1: give 1 or more (the interviews in a run)"},
		{[]string{"saturation", "--order", "name", "--threshold", "5"}, "--threshold 5: give a share of the base's codes from 0 to 1 (0.05 is 5%"},
		{[]string{"saturation", "--order", "name", "--threshold", "-0.1"}, "--threshold -0.1: give a share"},
		{[]string{"saturation", "--order", "name", "--threshold", "NaN"}, "--threshold NaN: give a share"},
		{[]string{"undo", "--last", "0"}, "--last 0: give 1 or more (how many changes to undo)"},
		{[]string{"undo", "--last", "-3"}, "--last -3: give 1 or more (how many changes to undo)"},
		{[]string{"redo", "--last", "0"}, "--last 0: give 1 or more (how many changes to redo)"},
		{[]string{"history", "--limit", "-1"}, "--limit -1: give 0 or more (0 lists every change)"},
		{[]string{"compare", "--replicates", "0"}, "--replicates 0: give 1 or more (Monte Carlo permutations)"},
		{[]string{"code", "next", "--n", "0"}, "--n 0: give 1 or more (how many passages to list)"},
		{[]string{"search", "x", "--limit", "0"}, "--limit 0: give 1 or more (hits a page)"},
		{[]string{"search", "x", "--page", "0"}, "--page 0: give 1 or more (the page of hits to show)"},
	} {
		out.Reset()
		errs.Reset()
		cmdline := strings.Join(c.args, " ")
		if code := run(ctx, append(c.args, "--project", g.project), nil, &out, &errs); code != 2 {
			t.Errorf("groundwork %s exits %d, want 2 (bad usage); it printed %q", cmdline, code, out.String())
		}
		if got := errs.String(); !strings.Contains(got, "groundwork: "+c.want) {
			t.Errorf("groundwork %s says %q, want %q", cmdline, got, c.want)
		}
	}
	out.Reset()
	if code := run(ctx, []string{"memo", "list", "--project", g.project}, nil, &out, &errs); code != 0 || !strings.Contains(out.String(), "a memo to keep") {
		t.Errorf("after the refused undos the memo is gone: %d %q", code, out.String())
	}
	// a threshold of 0, a run adding no code at all, is taken as given
	out.Reset()
	if code := run(ctx, []string{"saturation", "--project", g.project, "--order", "name", "--threshold", "0", "--json"}, nil, &out, &errs); code != 0 || !strings.Contains(out.String(), `"threshold": 0,`) {
		t.Errorf("saturation --threshold 0: %d %q", code, out.String())
	}
}
