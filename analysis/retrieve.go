package analysis

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Retrieval reads the passages of a code side by side, for constant
// comparison: every passage coded with it, grouped by programme (or any
// attribute), each with who said it, one sentence of context on either
// side, and the coding's coder and status.

// Combine says how the codes of a retrieval combine.
type Combine string

// The ways codes combine.
const (
	// Each lists the passages of every code given, code by code.
	Each Combine = "each"
	// Both lists the passages of the first code that a passage of each
	// other code overlaps (A and B).
	Both Combine = "and"
	// Without lists the passages of the first code that no passage of the
	// other codes overlaps (A and not B).
	Without Combine = "not"
)

// RetrieveOptions say what to retrieve.
type RetrieveOptions struct {
	Codes   []string
	Combine Combine
	// By groups the passages by this document attribute (default programme).
	By string
	// Coders and Statuses filter the codings (default: every coder;
	// accepted and suggested).
	Coders   []string
	Statuses []string
	// Codebook, when given, makes each code stand for itself and the codes
	// below it, as a report counts a code; without it a code is itself
	// alone.
	Codebook *codebook.Codebook
}

// Passage is one coded passage with its context.
type Passage struct {
	Coding   int64  `json:"coding"`
	Code     string `json:"code"`
	Document string `json:"document"`
	Group    string `json:"group"`
	Role     string `json:"role"`
	Speaker  string `json:"speaker"`
	Coder    string `json:"coder"`
	Status   string `json:"status"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Before   string `json:"before"`
	Text     string `json:"text"`
	After    string `json:"after"`
}

// PassageGroup is the passages of one value of the grouping attribute.
type PassageGroup struct {
	Value    string    `json:"value"`
	Passages []Passage `json:"passages"`
}

// Retrieved is a retrieval's answer.
type Retrieved struct {
	Codes   []string       `json:"codes"`
	Combine Combine        `json:"combine"`
	By      string         `json:"by"`
	Total   int            `json:"total"`
	Groups  []PassageGroup `json:"groups"`
}

// Retrieve reads the passages RetrieveOptions ask for, in document order
// within each group; groups are ordered by value, documents without the
// attribute last.
func Retrieve(ctx context.Context, st *corpus.Store, opts RetrieveOptions) (*Retrieved, error) {
	if len(opts.Codes) == 0 {
		return nil, fmt.Errorf("name at least one code")
	}
	if opts.Combine == "" {
		opts.Combine = Each
	}
	if opts.Combine != Each && len(opts.Codes) < 2 {
		return nil, fmt.Errorf("%q needs two codes or more", opts.Combine)
	}
	if opts.By == "" {
		opts.By = "programme"
	}
	statuses := opts.Statuses
	if len(statuses) == 0 {
		statuses = []string{corpus.StatusAccepted, corpus.StatusSuggested}
	}
	byCode := map[string][]*corpus.Coding{}
	for _, code := range opts.Codes {
		cs, err := st.Codings(ctx, corpus.CodingFilter{Codes: opts.Codebook.WithDescendants(code), Coders: opts.Coders, Statuses: statuses, NoQuotes: true})
		if err != nil {
			return nil, err
		}
		byCode[code] = cs
	}
	picked := combine(opts, byCode)
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	attrs := map[string]*corpus.Document{}
	for _, d := range docs {
		attrs[d.ID] = d
	}
	out := &Retrieved{Codes: opts.Codes, Combine: opts.Combine, By: opts.By}
	groups := map[string]*PassageGroup{}
	err = eachWithContext(ctx, st, picked, func(p Passage) {
		d := attrs[p.Document]
		if d != nil {
			p.Group, p.Role = d.Attr(opts.By), d.Attr("role")
		}
		g := groups[p.Group]
		if g == nil {
			g = &PassageGroup{Value: p.Group}
			groups[p.Group] = g
		}
		g.Passages = append(g.Passages, p)
		out.Total++
	})
	if err != nil {
		return nil, err
	}
	for _, g := range groups {
		out.Groups = append(out.Groups, *g)
	}
	sort.Slice(out.Groups, func(i, j int) bool {
		a, b := out.Groups[i].Value, out.Groups[j].Value
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
	return out, nil
}

// combine picks the codings the options ask for, in document order.
func combine(opts RetrieveOptions, byCode map[string][]*corpus.Coding) []*corpus.Coding {
	var out []*corpus.Coding
	if opts.Combine == Each {
		for _, c := range opts.Codes {
			out = append(out, byCode[c]...)
		}
	} else {
		first := byCode[opts.Codes[0]]
		for _, c := range first {
			keep := true
			for _, other := range opts.Codes[1:] {
				hit := overlapsAny(c, byCode[other])
				if opts.Combine == Both && !hit || opts.Combine == Without && hit {
					keep = false
				}
			}
			if keep {
				out = append(out, c)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.DocID != b.DocID {
			return a.DocID < b.DocID
		}
		return a.Start < b.Start
	})
	return out
}

func overlapsAny(c *corpus.Coding, cs []*corpus.Coding) bool {
	for _, o := range cs {
		if o.DocID == c.DocID && o.Start < c.End && c.Start < o.End {
			return true
		}
	}
	return false
}

// eachWithContext reads each document of the codings once and calls fn
// with each passage, its speaker and a sentence either side (within its
// turn).
func eachWithContext(ctx context.Context, st *corpus.Store, cs []*corpus.Coding, fn func(Passage)) error {
	for i := 0; i < len(cs); {
		doc := cs[i].DocID
		j := i
		for j < len(cs) && cs[j].DocID == doc {
			j++
		}
		d, err := st.Document(ctx, doc)
		if err != nil {
			return err
		}
		turns, err := st.Turns(ctx, doc)
		if err != nil {
			return err
		}
		text := []rune(d.Text)
		for _, c := range cs[i:j] {
			if c.End > len(text) || c.Start < 0 || c.Start >= c.End {
				continue
			}
			p := Passage{Coding: c.ID, Code: c.Code, Document: doc, Coder: c.Coder, Status: c.Status, Start: c.Start, End: c.End,
				Text: string(text[c.Start:c.End])}
			ts, te := 0, len(text)
			for _, t := range turns {
				if t.Start <= c.Start && c.Start <= t.End {
					p.Speaker, ts, te = t.Speaker, t.Start, t.End
					break
				}
			}
			p.Before, p.After = sentenceBefore(text, ts, c.Start), sentenceAfter(text, c.End, max(te, c.End))
			fn(p)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// sentenceBefore is the context before a passage at pos, within [from,
// pos): the beginning of its sentence when it starts mid-sentence, else the
// sentence before it.
func sentenceBefore(text []rune, from, pos int) string {
	i := pos
	for i > from && unicode.IsSpace(text[i-1]) {
		i--
	}
	j := i
	for j > from && !isStop(text[j-1]) {
		j--
	}
	if j < i {
		return strings.TrimSpace(string(text[j:pos]))
	}
	k := i - 1 // text[i-1] ends the sentence before
	for k > from && !isStop(text[k-1]) {
		k--
	}
	return strings.TrimSpace(string(text[max(k, from):i]))
}

// sentenceAfter is the context after a passage ending at pos, within
// [pos, to): the rest of its sentence when it ends mid-sentence, else the
// sentence after it.
func sentenceAfter(text []rune, pos, to int) string {
	j := pos
	for j < to && !isStop(text[j]) {
		j++
	}
	if strings.TrimSpace(string(text[pos:j])) != "" {
		if j < to {
			j++
		}
		return strings.TrimSpace(string(text[pos:j]))
	}
	for j < to && (isStop(text[j]) || unicode.IsSpace(text[j])) {
		j++
	}
	k := j
	for k < to && !isStop(text[k]) {
		k++
	}
	if k < to {
		k++
	}
	return strings.TrimSpace(string(text[j:k]))
}

func isStop(r rune) bool { return r == '.' || r == '?' || r == '!' || r == '…' || r == '\n' }
