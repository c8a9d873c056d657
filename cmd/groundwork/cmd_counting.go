package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/reports"
)

// countingHelp says, in a command's --help, what it counts.
const countingHelp = `What is counted, as in the report: the codings people made or accepted
(a draft of the pending suggestions when nobody has reviewed anything);
--include suggested adds the pending suggestions, --status counts exactly
the statuses named, --coder only the coders named. --programme, --role and
--where ATTR=VALUE keep only some interviews (each repeatable: one of the
values of an attribute, and every attribute named).`

// counting is the --coder, --status and --include flags of the commands
// that count codings (report, compare, cooccur, saturation). They count
// the same by default: what people decided, or a draft of the pending
// suggestions when nobody has reviewed anything, so that a figure from
// `compare` is the figure in the report.
type counting struct {
	coders, statuses, include []string
	programmes, roles, where  []string
}

func (c *counting) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringSliceVar(&c.include, "include", nil, "also count `suggested`: pending suggestions beside people's codings")
	f.StringSliceVar(&c.coders, "coder", nil, "count only this coder's codings (repeatable)")
	f.StringSliceVar(&c.statuses, "status", nil, "count codings with exactly this status, whoever made them: accepted, suggested (repeatable; replaces the default)")
	f.StringSliceVar(&c.programmes, "programme", nil, "only the interviews of this programme (repeatable)")
	f.StringSliceVar(&c.roles, "role", nil, "only the interviews of informants with this role (repeatable)")
	f.StringArrayVar(&c.where, "where", nil, "only the interviews whose attribute ATTR is VALUE, as `ATTR=VALUE` (repeatable)")
}

// documents returns the interviews the flags keep, by attribute (nil: all).
func (c *counting) documents() (map[string][]string, error) {
	out := map[string][]string{}
	if len(c.programmes) > 0 {
		out["programme"] = c.programmes
	}
	if len(c.roles) > 0 {
		out["role"] = c.roles
	}
	for _, w := range c.where {
		attr, value, ok := strings.Cut(w, "=")
		if attr, value = strings.TrimSpace(attr), strings.TrimSpace(value); !ok || attr == "" || value == "" {
			return nil, fmt.Errorf("--where %q: write ATTR=VALUE, e.g. --where setting=community", w)
		}
		out[attr] = append(out[attr], value)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// load loads the codings counted; leftOut is the number of pending
// suggestions the default leaves out.
func (c *counting) load(ctx context.Context, st *corpus.Store, cb *codebook.Codebook) (ds *analysis.Dataset, leftOut int, err error) {
	suggestions, err := includesSuggestions(c.include, c.statuses)
	if err != nil {
		return nil, 0, err
	}
	if err := st.CheckCoders(ctx, c.coders); err != nil {
		return nil, 0, err
	}
	where, err := c.documents()
	if err != nil {
		return nil, 0, err
	}
	scope := reports.Scope{Coders: c.coders, Suggestions: suggestions, Where: where}
	if len(c.statuses) > 0 {
		ds, err := analysis.Load(ctx, st, cb, analysis.Selection{Coders: c.coders, Statuses: c.statuses, Where: where})
		return ds, 0, err
	}
	return reports.LoadDataset(ctx, st, cb, scope)
}

// args are the flags that reproduce the selection.
func (c *counting) args() []string {
	var out []string
	for _, inc := range c.include {
		out = append(out, "--include "+inc)
	}
	for _, co := range c.coders {
		out = append(out, "--coder "+co)
	}
	for _, s := range c.statuses {
		out = append(out, "--status "+s)
	}
	for _, p := range c.programmes {
		out = append(out, "--programme "+shellQuote(p))
	}
	for _, r := range c.roles {
		out = append(out, "--role "+shellQuote(r))
	}
	for _, w := range c.where {
		out = append(out, "--where "+shellQuote(w))
	}
	return out
}

// withCounted opens the project, loads the codings counted and runs fn on
// them, telling the user on stderr what the default leaves out or that it
// is a draft: what every command that counts codings does first.
func (g *globals) withCounted(ctx context.Context, c *counting, fn func(*analysis.Dataset) error) error {
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		ds, leftOut, err := c.load(ctx, s.store, cb)
		if err != nil {
			return err
		}
		switch {
		case ds.Selection.Pending && !ds.Selection.Reviewed:
			g.io.Warnf("nobody has reviewed any codings yet: counting the pending suggestions (a draft)")
		case leftOut > 0:
			g.io.Warnf("%s not counted (--include suggested counts them)", count(leftOut, "pending suggestion"))
		}
		return fn(ds)
	})
}

// includesSuggestions checks --include and --status together and reports
// whether --include asks for the pending suggestions.
func includesSuggestions(include, statuses []string) (bool, error) {
	if err := checkStatuses(statuses); err != nil {
		return false, err
	}
	for _, inc := range include {
		if inc != corpus.StatusSuggested {
			return false, fmt.Errorf("--include %q: only suggested (pending suggestions) can be included", inc)
		}
	}
	if len(include) > 0 && len(statuses) > 0 {
		return false, fmt.Errorf("--include and --status do not go together: --status takes exactly the statuses it names")
	}
	return len(include) > 0, nil
}

func checkStatuses(statuses []string) error {
	for _, st := range statuses {
		switch st {
		case "accepted", "suggested", "rejected":
		default:
			return fmt.Errorf("unknown status %q; use accepted, suggested or rejected", st)
		}
	}
	return nil
}
