package corpus

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Which codes a segment has is read from the codings here, not kept in the
// search index: a coding run changes codes on hundreds of thousands of
// segments, and re-indexing their text for it was most of its time.

// liveCoding is the condition on the codings whose codes a search hit
// lists: suggested or accepted, and placed.
const liveCoding = `c.status IN ('suggested', 'accepted') AND c.orphan = 0`

// peopleCoding is the condition on codings that a code filter counts by
// default, as a report counts them: people's decisions (coded by hand,
// imported, suggestions accepted), placed. A suggester's own accepted row
// is not a person's decision (the person's copy is).
const peopleCoding = `c.status = 'accepted' AND c.coder NOT IN ('` + AutoCoder + `', '` + LearnedCoder + `') AND c.orphan = 0`

// pendingCoding is the condition on the suggestions nobody has reviewed.
const pendingCoding = `c.status = 'suggested' AND c.orphan = 0`

// SegmentsCoded returns the keys (DOC#SEQ) of the segments that a coding
// with one of the codes overlaps: a person's (made, imported or accepted)
// when people is set, a pending suggestion when pending is. A document's
// segments do not overlap one another, so the first a coding can overlap
// is the last to start at or before it: the join reads from there (through
// segments_span) rather than every segment of the document before the
// coding, a third less time at 10,000 interviews (a code with 45,000
// codings: search p50 222-267 -> 173-180 ms).
func (s *Store) SegmentsCoded(ctx context.Context, people, pending bool, codes ...string) ([]string, error) {
	var which []string
	if people {
		which = append(which, "("+peopleCoding+")")
	}
	if pending {
		which = append(which, "("+pendingCoding+")")
	}
	if len(codes) == 0 || len(which) == 0 {
		return nil, nil
	}
	args := make([]any, len(codes))
	for i, c := range codes {
		args[i] = c
	}
	keys, err := queryList(ctx, s.rd, func(sc scanner) (string, error) {
		var doc string
		var seq int
		err := sc.Scan(&doc, &seq)
		return SegmentKey(doc, seq), err
	}, `SELECT DISTINCT s.doc_id, s.seq
		FROM codings c JOIN segments s ON s.doc_id = c.doc_id AND s.start < c.end AND c.start < s.end
			AND s.start >= COALESCE((SELECT MAX(p.start) FROM segments p WHERE p.doc_id = c.doc_id AND p.start <= c.start), 0)
		WHERE c.code IN (`+placeholders(len(codes))+`) AND (`+strings.Join(which, " OR ")+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("finding the segments coded %s: %w", strings.Join(codes, ", "), err)
	}
	return keys, nil
}

// CodesOfSegments returns, for each segment key given, the sorted codes of
// the live codings that overlap it.
func (s *Store) CodesOfSegments(ctx context.Context, keys []string) (map[string][]string, error) {
	out := map[string][]string{}
	// SQLite refuses an expression more than 1,000 deep: a page of 5,000
	// hits is read a chunk at a time, each key once (DISTINCT holds only
	// within a chunk).
	keys = slices.Compact(slices.Sorted(slices.Values(keys)))
	for chunk := range slices.Chunk(keys, 400) {
		if err := s.addCodesOfSegments(ctx, chunk, out); err != nil {
			return nil, err
		}
	}
	for _, cs := range out {
		sort.Strings(cs)
	}
	return out, nil
}

// addCodesOfSegments adds to out the codes of the segments with these keys.
func (s *Store) addCodesOfSegments(ctx context.Context, keys []string, out map[string][]string) error {
	var conds []string
	var args []any
	for _, k := range keys {
		doc, seq, ok := ParseSegmentKey(k)
		if !ok {
			continue
		}
		conds = append(conds, "(s.doc_id = ? AND s.seq = ?)")
		args = append(args, doc, seq)
	}
	if len(conds) == 0 {
		return nil
	}
	rows, err := s.rd.QueryContext(ctx, `SELECT DISTINCT s.doc_id, s.seq, c.code
		FROM segments s JOIN codings c ON c.doc_id = s.doc_id AND c.start < s.end AND s.start < c.end
		WHERE (`+strings.Join(conds, " OR ")+`) AND `+liveCoding, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var doc, code string
		var seq int
		if err := rows.Scan(&doc, &seq, &code); err != nil {
			return err
		}
		k := SegmentKey(doc, seq)
		out[k] = append(out[k], code)
	}
	return rows.Err()
}

// FieldValues lists the distinct values of a search field in the project:
// programme and role (document attributes), speaker (turn labels) or doc.
func (s *Store) FieldValues(ctx context.Context, field string) ([]string, error) {
	var q string
	var args []any
	switch field {
	case "programme", "role":
		q, args = `SELECT DISTINCT value FROM attributes WHERE name = ? AND value <> ''`, []any{field}
	case "speaker":
		q = `SELECT DISTINCT t.speaker FROM turns t`
	case "doc":
		q = `SELECT id FROM documents`
	default:
		return nil, fmt.Errorf("no search field %q", field)
	}
	return queryList(ctx, s.rd, scanString, q, args...)
}
