package corpus

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"

	"github.com/groundwork-qda/groundwork/codebook"
)

// Problem is one thing wrong with a project, with what fixes it.
type Problem struct {
	// What is wrong, naming the document, coding or file.
	What string `json:"what"`
	// Fix is the command (or action) that repairs it.
	Fix string `json:"fix"`
}

// maxProblemsPerKind bounds how many problems of one kind a check lists:
// a store damaged throughout would otherwise print millions of lines.
const maxProblemsPerKind = 20

// problems collects problems, counting those beyond the limit per kind.
type problems struct {
	list    []Problem
	perKind map[string]int
}

func (p *problems) add(kind, fix, format string, args ...any) {
	if p.perKind == nil {
		p.perKind = map[string]int{}
	}
	p.perKind[kind]++
	if n := p.perKind[kind]; n <= maxProblemsPerKind {
		p.list = append(p.list, Problem{What: fmt.Sprintf(format, args...), Fix: fix})
	}
}

func (p *problems) done() []Problem {
	var kinds []string
	for k, n := range p.perKind {
		if n > maxProblemsPerKind {
			kinds = append(kinds, k)
		}
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		p.list = append(p.list, Problem{What: fmt.Sprintf("… and %d more problems of this kind: %s", p.perKind[k]-maxProblemsPerKind, k)})
	}
	return p.list
}

const fixRestore = "restore .groundwork/ from a backup (the store is the system of record: groundwork cannot rebuild it)"

// Check verifies the store: SQLite's integrity and foreign-key checks, then
// that every turn, segment and placed coding lies inside its document, that
// each segment's text and each coding's quote equal the span they claim,
// and that every coding names a document that exists. It reads every
// document once.
func (s *Store) Check(ctx context.Context) ([]Problem, error) {
	var p problems
	if err := s.checkSQLite(ctx, &p); err != nil {
		return nil, err
	}
	if len(p.list) > 0 {
		return p.done(), nil // the rows themselves cannot be trusted
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		return nil, err
	}
	known := make(map[string]bool, len(docs))
	for _, d := range docs {
		known[d.ID] = true
	}
	err = s.EachText(ctx, func(id, text string) error {
		return s.checkDocument(ctx, id, text, &p)
	})
	if err != nil {
		return nil, err
	}
	err = s.EachCodingRef(ctx, CodingFilter{}, func(c CodingRef) error {
		if !known[c.DocID] {
			p.add("codings of missing documents", "`groundwork codings orphans` lists them; re-ingest the document or drop them",
				"coding %d (%s by %s) is on document %q, which is not in the store", c.ID, c.Code, c.Coder, c.DocID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return p.done(), nil
}

func (s *Store) checkSQLite(ctx context.Context, p *problems) error {
	rows, err := s.rd.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("checking the store: %w", err)
	}
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return err
		}
		if msg != "ok" {
			p.add("store integrity", fixRestore, "the store is damaged: %s", msg)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = s.rd.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return fmt.Errorf("checking the store: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid, fk any
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return err
		}
		p.add("foreign keys", fixRestore, "a row of %s (rowid %v) refers to a missing row of %s", table, rowid, parent)
	}
	return rows.Err()
}

// checkDocument checks one document's turns, segments and codings against
// its text.
func (s *Store) checkDocument(ctx context.Context, id, text string, p *problems) error {
	var rt RuneText
	rt.Reset(text)
	n := utf8.RuneCountInString(text)
	const fixReingest = "re-ingest the transcript with `groundwork ingest --replace FILE`"
	turns, err := s.Turns(ctx, id)
	if err != nil {
		return err
	}
	for _, t := range turns {
		if t.Start < 0 || t.End > n || t.Start > t.End {
			p.add("turns outside their document", fixReingest, "%s: turn %d [%d,%d) is outside the text (%d characters)", id, t.Seq, t.Start, t.End, n)
		}
	}
	err = s.EachSegment(ctx, SegmentFilter{DocIDs: []string{id}}, func(sg *Segment) error {
		switch {
		case sg.Start < 0 || sg.End > n || sg.Start > sg.End:
			p.add("segments outside their document", fixReingest, "%s: segment %d [%d,%d) is outside the text (%d characters)", id, sg.Seq, sg.Start, sg.End, n)
		case rt.Slice(sg.Start, sg.End) != sg.Text:
			p.add("segments that differ from their text", fixReingest, "%s: segment %d does not hold the text of its span [%d,%d)", id, sg.Seq, sg.Start, sg.End)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return s.EachCoding(ctx, CodingFilter{DocIDs: []string{id}}, func(c *Coding) error {
		const fix = "`groundwork codings orphans` lists misplaced codings; place or drop them there"
		switch {
		case c.Start < 0 || c.End > n || c.Start >= c.End:
			p.add("codings outside their document", fix, "coding %d (%s by %s) on %s: [%d,%d) is outside the text (%d characters)", c.ID, c.Code, c.Coder, id, c.Start, c.End, n)
		case c.Quote != "" && rt.Slice(c.Start, c.End) != c.Quote:
			p.add("codings whose quote differs from their span", fix, "coding %d (%s by %s) on %s: its quote differs from the text at [%d,%d)", c.ID, c.Code, c.Coder, id, c.Start, c.End)
		}
		return nil
	})
}

// CheckIndex says whether the index at path agrees with the store. One
// that is missing (as a command interrupted before it built the index
// leaves it), cannot be opened, or is out of date does not: it is a cache,
// rebuilt when next used, but until then it does not agree, and the problem
// says so (a store with no segment needs no index). One that claims to be
// current must open, answer a search and hold one entry per segment. An
// index in use by the workbench is not checked.
func CheckIndex(ctx context.Context, path string, st *Store) ([]Problem, error) {
	const fix = "`groundwork index --rebuild`"
	ix, stale, err := openCurrent(ctx, path, st, forReading)
	if errors.Is(err, ErrIndexBusy) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	want := 0
	if err := st.EachSegmentSpan(ctx, func(SegmentSpan) error { want++; return nil }); err != nil {
		if ix != nil {
			ix.Close()
		}
		return nil, fmt.Errorf("counting the segments: %w", err)
	}
	if ix == nil {
		if stale.missing && want == 0 {
			return nil, nil
		}
		return []Problem{{What: fmt.Sprintf("search index: %s; the next search rebuilds it from the store's %d %s", stale.state, want, pluralOf(want, "segment")), Fix: fix}}, nil
	}
	defer ix.Close()
	have, err := readIndex(ctx, ix)
	if err != nil {
		return []Problem{{What: fmt.Sprintf("search index: claims to be current but cannot be read (%v)", err), Fix: fix}}, nil
	}
	if int(have) != want {
		return []Problem{{What: fmt.Sprintf("search index: claims to be current but holds %d segments, the store %d", have, want), Fix: fix}}, nil
	}
	return nil, nil
}

// readIndex counts an index's documents and runs a search with facets over
// all of them, as searches do, turning a panic in a damaged index into an
// error.
func readIndex(ctx context.Context, ix *Index) (n uint64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("reading it failed: %v", r)
		}
	}()
	if n, err = ix.Count(); err != nil {
		return 0, err
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 10, 0, false)
	req.Fields = []string{"text", "doc"}
	req.AddFacet("group", bleve.NewFacetRequest("group", 10))
	_, err = ix.idx.SearchInContext(ctx, req)
	return n, err
}

// CodeCount is how many codings a code has.
type CodeCount struct {
	Code  string `json:"code"`
	Count int    `json:"count"`
}

// UnknownCodes counts the codings (of every status, orphans too) whose
// code cb does not have, by code id in order: what a code's id changed by
// hand in codebook.yaml leaves behind, since only `groundwork codebook
// rename` and the other reorganisations move codings with their code.
func (s *Store) UnknownCodes(ctx context.Context, cb *codebook.Codebook) ([]CodeCount, error) {
	counts, err := queryMap[string, int](ctx, s.rd, `SELECT code, COUNT(*) FROM codings GROUP BY code`)
	if err != nil {
		return nil, fmt.Errorf("counting codings by code: %w", err)
	}
	var out []CodeCount
	for code, n := range counts {
		if _, ok := cb.Code(code); !ok {
			out = append(out, CodeCount{code, n})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out, nil
}

// CheckCodes is check's problem for each code id that codings have and cb
// does not, saying how many and how to give them a code again.
func (s *Store) CheckCodes(ctx context.Context, cb *codebook.Codebook) ([]Problem, error) {
	unknown, err := s.UnknownCodes(ctx, cb)
	if err != nil {
		return nil, err
	}
	var p problems
	for _, u := range unknown {
		mean := ""
		if near := cb.NearestCodes(u.Code, 1); len(near) > 0 {
			mean = fmt.Sprintf(" (was it renamed %s by hand?)", near[0])
		}
		p.add("codings of codes the codebook does not have",
			fmt.Sprintf("put a code with `id: %s` back in codebook.yaml, then `groundwork codebook rename %s NEW_ID` or `groundwork codebook merge %s --into CODE` moves its codings with it; `groundwork codebook show` lists the ids there are",
				u.Code, u.Code, u.Code),
			"%s of code %q, which codebook.yaml does not have%s: the report counts them under no code",
			codingsText(u.Count), u.Code, mean)
	}
	return p.done(), nil
}

func codingsText(n int) string {
	if n == 1 {
		return "1 coding"
	}
	return fmt.Sprintf("%d codings", n)
}
