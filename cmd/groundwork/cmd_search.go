package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/querylang"
)

type searchOptions struct {
	corpus.SearchRequest
	include []string // --include suggested: SearchRequest.Suggested
	page    int
	json    bool
}

func (o *searchOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.Programme, "programme", "", "only this programme")
	f.StringVar(&o.Role, "role", "", "only this role")
	f.StringVar(&o.Code, "code", "", "only segments coded with this code `ID` (by people, as the report counts)")
	f.StringSliceVar(&o.include, "include", nil, "with `suggested`, a code filter counts pending suggestions too")
	f.IntVar(&o.Limit, "limit", 20, "show at most `N` hits")
	f.IntVar(&o.page, "page", 1, "show page `P` of the hits (--limit per page)")
	addJSONFlag(cmd, &o.json, "hits and facets")
}

// setArgs takes the query and turns --page into an offset.
func (o *searchOptions) setArgs(args []string) error {
	if len(args) == 1 {
		o.Query = args[0]
	}
	if err := checkAtLeast("groundwork search", "page", o.page, 1, "the page of hits to show"); err != nil {
		return err
	}
	if err := checkAtLeast("groundwork search", "limit", o.Limit, 1, "hits a page"); err != nil {
		return err
	}
	o.Offset = (o.page - 1) * o.Limit
	for _, inc := range o.include {
		if inc != corpus.StatusSuggested {
			return &usageError{cmd: "groundwork search", err: fmt.Errorf("--include %q: only suggested (pending suggestions) can be included", inc)}
		}
		o.Suggested = true
	}
	return nil
}

func newSearchCmd(g *globals) *cobra.Command {
	return newCommand(g, &searchOptions{}, &cobra.Command{
		Use:   "search [QUERY]",
		Short: "Search participant segments, keyword in context",
		Long: `Search what participants said, as in a web search box:

  late night          both words, in any of their forms ("nights" too)
  phone OR text       either word
  -football           not this word
  "late at night"     the words in this order, common words too
  (phone OR text) night   grouping
  friend*  frend~1    a wildcard; a fuzzy match within one edit
  programme:HeartMates  role:"peer supporter"  speaker:Ann  doc:hf-02  code:matching
                      filters (values ignore case); -code:X leaves a code out

With --code (or code:X) and no words, every segment coded with the code or a
code below it is listed. A code filter counts what the report counts, people's
codings (by hand, imported, or suggestions accepted); --include suggested
counts the pending suggestions too, and suggested:X finds the segments where
X is suggested and nobody has reviewed it yet. Each hit prints its document, programme, role and speaker, and the
sentence with the match marked; counts by programme and role follow. Hits
come 20 at a time: --page 2 shows the next ones.`,
		Example: `  groundwork search '"at night" phone'
  groundwork search boundaries --programme HeartMates --role "peer supporter"
  groundwork search 'lonely OR alone -football' --code isolation.reduced --json
  groundwork search --code matching.mismatch --page 2
  groundwork search --code matching.mismatch --include suggested
  groundwork search 'suggested:matching.mismatch -code:matching.mismatch'`,
		Args: maxArgs(1),
	}, runSearch)
}

func runSearch(ctx context.Context, g *globals, opts *searchOptions) error {
	if _, err := querylang.Parse(opts.Query); err != nil {
		return &usageError{cmd: "groundwork search", err: err}
	}
	if strings.TrimSpace(opts.Query) == "" && opts.Programme == "" && opts.Role == "" && opts.Code == "" {
		return &usageError{cmd: "groundwork search", err: corpus.ErrEmptyQuery}
	}
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		if err := checkSearchCodes(ctx, s.store, cb, opts); err != nil {
			return &usageError{cmd: "groundwork search", err: err}
		}
		ix, err := g.openIndex(ctx, s)
		if err != nil {
			return err
		}
		defer ix.Close()
		opts.Codebook = cb // a code filter finds the codes below it too
		res, err := ix.Search(ctx, opts.SearchRequest)
		var unknown *corpus.UnknownValueError
		if errors.As(err, &unknown) {
			return &usageError{cmd: "groundwork search", err: err}
		}
		if err != nil {
			return err
		}
		if err := warnPendingLeftOut(ctx, g, ix, opts, res.Total); err != nil {
			return err
		}
		return printResult(g, opts.json, res, func() { writeHits(g.io.Out, res, opts.page, opts.Limit, isTerminal(g.io.Out)) })
	})
}

// warnPendingLeftOut says on stderr how many more segments a code filter
// would find with the pending suggestions counted, as the report says what
// it leaves out, so that a code only suggested so far is not taken for a
// code nobody found.
func warnPendingLeftOut(ctx context.Context, g *globals, ix *corpus.Index, opts *searchOptions, total uint64) error {
	hasCode := opts.Code != "" || len(querylang.Codes(opts.Query)) > 0
	if opts.Suggested || !hasCode {
		return nil
	}
	req := opts.SearchRequest
	req.Suggested, req.Limit, req.Offset = true, 1, 0
	with, err := ix.Search(ctx, req)
	if err != nil {
		return err
	}
	if with.Total > total {
		g.io.Warnf("%s left out where the code is only suggested (by the rules or the learned models) and nobody has reviewed it yet (--include suggested counts them)",
			plural(int(with.Total-total), "segment", "segments"))
	}
	return nil
}

// checkSearchCodes refuses codes the codebook does not have, suggesting
// the nearest ones.
func checkSearchCodes(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, opts *searchOptions) error {
	codes := querylang.Codes(opts.Query)
	if opts.Code != "" {
		codes = append(codes, opts.Code)
	}
	for _, c := range codes {
		if _, ok := cb.Code(c); !ok {
			return unknownCodeError(ctx, st, cb, c)
		}
	}
	return nil
}

// unknownCodeError says a code is not in the codebook, and what it became
// when the history renamed or merged it, or else which ones are near it.
func unknownCodeError(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, id string) error {
	msg := fmt.Sprintf("no code %q in the codebook", id)
	if to, e := successorOf(ctx, st, cb, id); e != nil {
		verb := "renamed to"
		if e.Action == "codebook merge" {
			verb = "merged into"
		}
		return fmt.Errorf("%s: it was %s %s (history #%d, %s)", msg, verb, to, e.ID, localTime(e.At))
	}
	if near := cb.NearestCodes(id, 3); len(near) > 0 {
		msg += fmt.Sprintf("; did you mean %s?", strings.Join(near, " or "))
	} else {
		msg += "; `groundwork codebook show` lists the codes"
	}
	return errors.New(msg)
}

func writeHits(w io.Writer, res *corpus.SearchResult, page, limit int, ansi bool) {
	offset := (page - 1) * limit
	if res.Total == 0 {
		fmt.Fprintln(w, "No matches.")
		return
	}
	fmt.Fprintf(w, "%s", plural(int(res.Total), "matching segment", "matching segments"))
	switch {
	case len(res.Hits) == 0:
		pages := (int(res.Total) + limit - 1) / limit
		fmt.Fprintf(w, " (page %d is past the last page, %d, at %d a page)", page, pages, limit)
	case int(res.Total) > len(res.Hits):
		next := ""
		if offset+len(res.Hits) < int(res.Total) {
			next = "; --page for more"
		}
		fmt.Fprintf(w, " (showing %d–%d%s)", offset+1, offset+len(res.Hits), next)
	}
	fmt.Fprintln(w)
	for _, h := range res.Hits {
		fmt.Fprintf(w, "\n%s  %s · %s · %s\n", h.Segment, orDash(h.Programme), orDash(h.Role), orDash(h.Speaker))
		fmt.Fprintf(w, "  %s\n", kwic(h, ansi))
	}
	for _, name := range []string{"programme", "role"} {
		var parts []string
		for _, f := range res.Facets[name] {
			parts = append(parts, fmt.Sprintf("%s %d", f.Value, f.Count))
		}
		if len(parts) > 0 {
			fmt.Fprintf(w, "\nBy %s: %s", name, strings.Join(parts, ", "))
		}
	}
	fmt.Fprintln(w)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// kwic writes a hit's keyword-in-context line with every match marked:
// bold on a terminal, **like this** elsewhere.
func kwic(h corpus.Hit, ansi bool) string {
	open, close := "**", "**"
	if ansi {
		open, close = "\x1b[1;33m", "\x1b[0m"
	}
	var b strings.Builder
	for _, p := range corpus.KWIC(h) {
		if p.Mark {
			b.WriteString(open + p.Text + close)
		} else {
			b.WriteString(p.Text)
		}
	}
	return strings.TrimSpace(b.String())
}

func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + " …"
}

// successorOf returns the code that id became by renames and merges (the
// codebook's code the history leads to from it), and the first event, when
// the history says so (nil when it does not).
func successorOf(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, id string) (string, *corpus.Event) {
	if st == nil {
		return "", nil
	}
	seen := map[string]bool{id: true}
	queue := []string{id}
	var first *corpus.Event
	for len(queue) > 0 && len(seen) < 50 {
		c := queue[0]
		queue = queue[1:]
		e := reorganisedIn(ctx, st, c)
		if e == nil {
			continue
		}
		if first == nil {
			first = e
		}
		// An event lists every code it touched: a rename its two, a merge
		// its sources and the code they went into.
		for _, other := range e.Codes {
			if seen[other] {
				continue
			}
			if _, ok := cb.Code(other); ok {
				return other, first
			}
			seen[other] = true
			queue = append(queue, other)
		}
	}
	return "", nil
}

// reorganisedIn returns the latest rename or merge that touched code id
// and was not undone (nil when none).
func reorganisedIn(ctx context.Context, st *corpus.Store, id string) *corpus.Event {
	events, err := st.History(ctx, corpus.HistoryFilter{Code: id, Limit: 50})
	if err != nil {
		return nil
	}
	for i := range events { // newest first
		if e := &events[i]; e.UndoneAt == nil && (e.Action == "codebook rename" || e.Action == "codebook merge") {
			return e
		}
	}
	return nil
}
