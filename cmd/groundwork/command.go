package main

// How a command is built. Each command is an options struct, filled in by
// its flags (and its arguments), and a runX(ctx, g, opts) function that
// does the work and is tested without cobra; newCommand joins them to the
// command's help.

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// options are what a command's flags fill in.
type options interface {
	// addFlags declares the command's flags on cmd, bound to the options.
	addFlags(cmd *cobra.Command)
}

// argsSetter is implemented by the options of a command that takes
// positional arguments.
type argsSetter interface {
	// setArgs stores the arguments in the options and checks the options
	// together; an error is a usage error.
	setArgs(args []string) error
}

// newCommand completes cmd, whose help (Use, Short, Long, Example) and
// Args are filled in: opts gets its flags, and running it stores the
// arguments in opts (when opts is an argsSetter) and calls run.
func newCommand[O options](g *globals, opts O, cmd *cobra.Command, run func(context.Context, *globals, O) error) *cobra.Command {
	opts.addFlags(cmd)
	cmd.RunE = func(c *cobra.Command, args []string) error {
		if s, ok := any(opts).(argsSetter); ok {
			if err := s.setArgs(args); err != nil {
				return &usageError{cmd: c.CommandPath(), err: err}
			}
		}
		return run(c.Context(), g, opts)
	}
	return cmd
}

// parentCmd is a command that only holds its subcommands.
// Its help gives each subcommand's first example; given a word that is
// not one of its subcommands, it is a usage error naming the nearest.
func parentCmd(use, short string, subs ...*cobra.Command) *cobra.Command {
	cmd := &cobra.Command{Use: use, Short: short}
	holdSubcommands(cmd)
	cmd.AddCommand(subs...)
	var examples []string
	for _, sub := range subs {
		if first, _, _ := strings.Cut(sub.Example, "\n"); first != "" {
			examples = append(examples, first)
		}
	}
	cmd.Example = strings.Join(examples, "\n")
	return cmd
}

// holdSubcommands makes cmd, which only holds subcommands, print its help
// when run alone and, given a word that is none of them, fail as bad usage
// (exit 2) naming the nearest; without it cobra prints the help and exits
// 0 (in a group) or reports the word as an error that exits 1 (at the top).
func holdSubcommands(cmd *cobra.Command) {
	cmd.Args = cobra.ArbitraryArgs
	cmd.SuggestionsMinimumDistance = 2 // unknownCommand asks for suggestions itself: cobra's default is set only on its own path
	cmd.RunE = func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return c.Help()
		}
		return unknownCommand(c, args[0])
	}
}

// unknownCommand is the usage error for a word that is not one of c's
// subcommands.
func unknownCommand(c *cobra.Command, word string) error {
	msg := fmt.Sprintf("unknown command %q for %q", word, c.CommandPath())
	if near := c.SuggestionsFor(word); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, " or ") + "?"
	}
	return &usageError{cmd: c.CommandPath(), err: errors.New(msg)}
}

// usageArgs reports what check finds wrong with the positional arguments
// as a usage error.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := check(c, args); err != nil {
			return &usageError{cmd: c.CommandPath(), err: err}
		}
		return nil
	}
}

// exactArgs is cobra.ExactArgs reported as a usage error.
func exactArgs(n int) cobra.PositionalArgs { return usageArgs(cobra.ExactArgs(n)) }

// maxArgs is cobra.MaximumNArgs reported as a usage error.
func maxArgs(n int) cobra.PositionalArgs { return usageArgs(cobra.MaximumNArgs(n)) }

// minArgs is cobra.MinimumNArgs reported as a usage error.
func minArgs(n int) cobra.PositionalArgs { return usageArgs(cobra.MinimumNArgs(n)) }

// checkAtLeast refuses a whole-number flag below least, a usage error of
// cmd naming the flag, the value given and the values it takes, with what
// the flag counts: "--last 0: give 1 or more (how many changes to undo)".
func checkAtLeast(cmd, flag string, value, least int, what string) error {
	if value >= least {
		return nil
	}
	return &usageError{cmd: cmd, err: fmt.Errorf("--%s %d: give %d or more (%s)", flag, value, least, what)}
}

// addJSONFlag declares --json, which many commands take so that scripts
// read their result as JSON rather than the text printed for people; what
// names that result in the flag's help: "print WHAT as JSON".
func addJSONFlag(cmd *cobra.Command, asJSON *bool, what string) {
	cmd.Flags().BoolVar(asJSON, "json", false, "print "+what+" as JSON")
}

// jsonOptions are the options of a command whose only flag is --json.
type jsonOptions struct {
	json bool
	what string // what --json prints, for the flag's help
}

func (o *jsonOptions) addFlags(cmd *cobra.Command) { addJSONFlag(cmd, &o.json, o.what) }

// printResult prints a command's result v as JSON when asJSON (--json), and
// otherwise calls text to write it for people: the choice every command
// with --json makes at its end.
func printResult(g *globals, asJSON bool, v any, text func()) error {
	if asJSON {
		return printJSON(g.io.Out, v)
	}
	text()
	return nil
}

// orEmpty is items, or an empty slice when items is nil, so that a list
// printed as JSON is [] and never null.
func orEmpty[T any](items []T) []T {
	if items == nil {
		return []T{}
	}
	return items
}
