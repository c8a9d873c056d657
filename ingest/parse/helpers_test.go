package parse

import (
	"strconv"
	"strings"
	"testing"
)

// parser is a parser of one transcript per file: Text, VTT, SRT, Otter,
// Timestamped or Parse.
type parser func(name string, data []byte, opts Options) (*Transcript, error)

// mustParse parses data as the file name and fails the test on an error.
func mustParse(t *testing.T, parse parser, name string, data []byte, opts Options) *Transcript {
	t.Helper()
	tr, err := parse(name, data, opts)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return tr
}

// checkRefused checks that parse refuses data, as the file name, with an
// error holding want.
func checkRefused(t *testing.T, parse parser, name, data, want string) {
	t.Helper()
	if _, err := parse(name, []byte(data), Options{}); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want one containing %q", err, want)
	}
}

// renderTurns renders turns compactly for comparison: "Speaker|Line|Text".
func renderTurns(t *Transcript) []string { return render(t, false) }

// renderTimed renders turns with times: "Speaker|Line|start-end|Text",
// "-" for the times of an untimed turn.
func renderTimed(t *Transcript) []string { return render(t, true) }

// render renders each turn as its fields joined by "|", with its times
// when timed.
func render(t *Transcript, timed bool) []string {
	out := make([]string, len(t.Turns))
	for i, tu := range t.Turns {
		fields := []string{tu.Speaker, strconv.Itoa(tu.Line)}
		if timed {
			times := "-"
			if tu.HasTime {
				times = tu.Start.String() + "-" + tu.End.String()
			}
			fields = append(fields, times)
		}
		out[i] = strings.Join(append(fields, tu.Text), "|")
	}
	return out
}
