package main

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestEveryCommandHasAnExample walks the command tree: every command a user
// runs has a short description and an example in its --help.
func TestEveryCommandHasAnExample(t *testing.T) {
	root := newRootCmd(&IOStreams{Out: io.Discard, Err: io.Discard})
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Hidden || sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			if sub.Short == "" {
				t.Errorf("%s has no short description", sub.CommandPath())
			}
			if sub.Runnable() && sub.Example == "" {
				t.Errorf("%s --help has no example", sub.CommandPath())
			}
			walk(sub)
		}
	}
	walk(root)
}

// TestUnknownCommandIsBadUsage: a mistyped command exits 2 (bad usage)
// naming the nearest command, at the top and within a group; a group
// alone prints its help.
func TestUnknownCommandIsBadUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"stauts"}, 2, `unknown command "stauts" for "groundwork"; did you mean status?`},
		{[]string{"codings", "expot"}, 2, `unknown command "expot" for "groundwork codings"; did you mean export?`},
		{[]string{"codings"}, 0, ""},
	} {
		var out, errs strings.Builder
		if got := run(context.Background(), c.args, strings.NewReader(""), &out, &errs); got != c.code {
			t.Errorf("groundwork %s exits %d, want %d", strings.Join(c.args, " "), got, c.code)
		}
		if !strings.Contains(errs.String(), c.err) {
			t.Errorf("groundwork %s says %q, want %q", strings.Join(c.args, " "), errs.String(), c.err)
		}
		if c.code == 0 && !strings.Contains(out.String(), "groundwork codings export") {
			t.Errorf("groundwork %s prints %q, want its help with examples", strings.Join(c.args, " "), out.String())
		}
	}
}

// TestVersion: groundwork --version prints the module version and exits 0.
func TestVersion(t *testing.T) {
	var out, errs strings.Builder
	if code := run(context.Background(), []string{"--version"}, strings.NewReader(""), &out, &errs); code != 0 {
		t.Fatalf("groundwork --version exits %d: %s", code, errs.String())
	}
	if got, want := out.String(), "groundwork version "+version()+"\n"; got != want || version() == "" {
		t.Errorf("groundwork --version prints %q, want %q", got, want)
	}
}
