package main

import (
	"io"
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
