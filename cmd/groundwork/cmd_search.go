package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
)

type searchOptions struct {
	corpus.SearchRequest
	json bool
}

func newSearchCmd(g *globals) *cobra.Command {
	opts := &searchOptions{}
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search participant segments, keyword in context",
		Long: `Search what participants said, with bleve's query-string syntax:

  word            matches the word and its forms (stemmed: "boundary" finds "boundaries")
  "a phrase"      the words in order
  +must -mustnot  required and excluded terms (others are optional, ranked)
  prog*  ~1       wildcard, fuzzy match within one edit
  role:patient    a field: programme, role, speaker, doc, codes

Each hit prints its document, programme, role and speaker, and the sentence
with the match marked. Counts by programme and role follow the hits.`,
		Example: `  groundwork search '"late at night" phone'
  groundwork search boundaries --programme HeartMates --role "peer supporter"
  groundwork search 'lonely alone' --code isolation.reduced --json`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Query = args[0]
			return runSearch(cmd, g, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Programme, "programme", "", "only this programme")
	f.StringVar(&opts.Role, "role", "", "only this role")
	f.StringVar(&opts.Code, "code", "", "only segments coded with this code `ID`")
	f.IntVar(&opts.Limit, "limit", 20, "show at most `N` hits")
	f.BoolVar(&opts.json, "json", false, "print hits and facets as JSON")
	return cmd
}

func runSearch(cmd *cobra.Command, g *globals, opts *searchOptions) error {
	ctx := cmd.Context()
	if err := corpus.ValidateQuery(opts.Query); err != nil {
		return err
	}
	s, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := resolveFilters(cmd, s, &opts.SearchRequest); err != nil {
		return err
	}
	ix, err := g.openIndex(ctx, s)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, opts.SearchRequest)
	if err != nil {
		return err
	}
	if opts.json {
		if res.Hits == nil {
			res.Hits = []corpus.Hit{}
		}
		return printJSON(g.io.Out, res)
	}
	writeHits(g.io.Out, res, isTerminal(g.io.Out))
	return nil
}

// resolveFilters matches --programme and --role case-insensitively against
// the values the corpus holds, so "heartmates" finds "HeartMates".
func resolveFilters(cmd *cobra.Command, s *session, r *corpus.SearchRequest) error {
	if r.Programme == "" && r.Role == "" {
		return nil
	}
	docs, err := s.store.Documents(cmd.Context())
	if err != nil {
		return err
	}
	for _, f := range []struct {
		attr string
		val  *string
	}{{"programme", &r.Programme}, {"role", &r.Role}} {
		if *f.val == "" {
			continue
		}
		var known []string
		seen := map[string]bool{}
		for _, d := range docs {
			v := d.Attr(f.attr)
			if strings.EqualFold(v, *f.val) {
				*f.val = v
				known = nil
				break
			}
			if v != "" && !seen[v] {
				seen[v] = true
				known = append(known, v)
			}
		}
		if known != nil {
			return fmt.Errorf("no document has %s %q; the project has: %s", f.attr, *f.val, strings.Join(known, ", "))
		}
	}
	return nil
}

func writeHits(w io.Writer, res *corpus.SearchResult, ansi bool) {
	if res.Total == 0 {
		fmt.Fprintln(w, "No matches.")
		return
	}
	fmt.Fprintf(w, "%d matching segments", res.Total)
	if int(res.Total) > len(res.Hits) {
		fmt.Fprintf(w, " (showing %d; --limit for more)", len(res.Hits))
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

// kwic returns the sentence around the first match with every match in it
// marked: bold on a terminal, **like this** elsewhere.
func kwic(h corpus.Hit, ansi bool) string {
	text := []rune(h.Text)
	if len(h.Matches) == 0 {
		return clip(string(text), 200)
	}
	first := h.Matches[0]
	start, end := sentenceAround(text, first[0], first[1])
	open, close := "**", "**"
	if ansi {
		open, close = "\x1b[1;33m", "\x1b[0m"
	}
	var b strings.Builder
	pos := start
	for _, m := range h.Matches {
		if m[0] < pos || m[1] > end {
			continue
		}
		b.WriteString(string(text[pos:m[0]]))
		b.WriteString(open + string(text[m[0]:m[1]]) + close)
		pos = m[1]
	}
	b.WriteString(string(text[pos:end]))
	out := strings.Join(strings.Fields(b.String()), " ")
	if start > 0 {
		out = "… " + out
	}
	if end < len(text) {
		out += " …"
	}
	return out
}

// sentenceAround widens [s,e) to the sentence holding it, at most about 300 runes.
func sentenceAround(text []rune, s, e int) (int, int) {
	start := s
	for start > 0 && s-start < 200 {
		if isSentenceEnd(text, start-1) {
			break
		}
		start--
	}
	end := e
	for end < len(text) && end-e < 200 {
		if isSentenceEnd(text, end) {
			end++
			break
		}
		end++
	}
	for start < s && text[start] == ' ' {
		start++
	}
	return start, end
}

func isSentenceEnd(text []rune, i int) bool {
	switch text[i] {
	case '.', '?', '!', '\n':
		return i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n'
	}
	return false
}

func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + " …"
}
