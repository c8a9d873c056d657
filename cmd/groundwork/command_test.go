package main

import (
	"context"
	"errors"
	"io"
	"testing"

	"github.com/spf13/cobra"
)

// testOptions are the options of a command made by newCommand in tests.
type testOptions struct {
	name string
	arg  string
}

func (o *testOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.name, "name", "", "a name")
}

func (o *testOptions) setArgs(args []string) error {
	if o.name == "bad" {
		return errors.New("a bad name")
	}
	o.arg = args[0]
	return nil
}

// TestNewCommand runs a command built by newCommand: its flags and its
// argument reach run, a wrong count of arguments or an error of setArgs is
// a usage error naming the command, and an error of run is returned as it
// is.
func TestNewCommand(t *testing.T) {
	failed := errors.New("run failed")
	tests := []struct {
		name      string
		args      []string
		wantUsage string // the usage error's message; "" for none
		wantErr   error
		want      testOptions
	}{
		{"flags and argument", []string{"--name", "ann", "x"}, "", nil, testOptions{name: "ann", arg: "x"}},
		{"no argument", []string{"--name", "ann"}, "accepts 1 arg(s), received 0", nil, testOptions{}},
		{"setArgs refuses", []string{"--name", "bad", "x"}, "a bad name", nil, testOptions{}},
		{"run fails", []string{"--name", "fail", "x"}, "", failed, testOptions{name: "fail", arg: "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got testOptions
			cmd := newCommand(&globals{}, &testOptions{}, &cobra.Command{Use: "try", Args: exactArgs(1)},
				func(_ context.Context, _ *globals, o *testOptions) error {
					got = *o
					if o.name == "fail" {
						return failed
					}
					return nil
				})
			cmd.SetArgs(tt.args)
			cmd.SetOut(io.Discard)
			cmd.SetErr(io.Discard)
			cmd.SilenceUsage, cmd.SilenceErrors = true, true
			err := cmd.ExecuteContext(context.Background())
			var ue *usageError
			switch {
			case tt.wantUsage != "":
				if !errors.As(err, &ue) || ue.cmd != "try" || ue.err.Error() != tt.wantUsage {
					t.Errorf("error %v, want the usage error %q of try", err, tt.wantUsage)
				}
			case !errors.Is(err, tt.wantErr) || errors.As(err, &ue):
				t.Errorf("error %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("run got %+v, want %+v", got, tt.want)
			}
		})
	}
}
