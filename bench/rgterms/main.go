// Command rgterms prints the terms of a codebook's rules (terms, both near
// sets and unless lists of every term and near rule) as ripgrep regular
// expressions, one per line, for the ripgrep baseline of `code auto`:
//
//	go run ./bench/rgterms project/codebook.yaml > patterns.txt
//	rg -c -i -f patterns.txt transcripts/
//
// Words are matched whole (\b...\b), the words of a phrase are separated by
// whitespace, "word*" becomes word\w* and a lone * any one word. ripgrep
// does not stem, so "boundary" does not find "boundaries": the baseline does
// less linguistic work than the rule matcher, which compares Porter stems.
package main

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/codebook"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: rgterms CODEBOOK.yaml")
		os.Exit(2)
	}
	cb, err := codebook.Load(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "rgterms:", err)
		os.Exit(1)
	}
	seen := map[string]bool{}
	var out []string
	add := func(term string) {
		re := toRegexp(term)
		if re != "" && !seen[re] {
			seen[re] = true
			out = append(out, re)
		}
	}
	for _, r := range cb.Rules() {
		if r.Kind() == codebook.QueryRule {
			continue
		}
		for _, t := range r.AllTerms() {
			add(t)
		}
	}
	sort.Strings(out)
	for _, re := range out {
		fmt.Println(re)
	}
}

func toRegexp(term string) string {
	var words []string
	for _, f := range strings.Fields(term) {
		switch {
		case f == "*":
			words = append(words, `\S+`)
		case strings.HasSuffix(f, "*"):
			words = append(words, regexp.QuoteMeta(strings.TrimSuffix(f, "*"))+`\w*`)
		default:
			words = append(words, regexp.QuoteMeta(f))
		}
	}
	if len(words) == 0 {
		return ""
	}
	return `\b` + strings.Join(words, `\s+`) + `\b`
}
