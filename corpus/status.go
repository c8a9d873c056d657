package corpus

import "context"

// GroupCount is what the corpus holds for one programme and role.
type GroupCount struct {
	Programme string `json:"programme"`
	Role      string `json:"role"`
	Documents int    `json:"documents"`
	Turns     int    `json:"turns"`
	Segments  int    `json:"segments"`
	Words     int    `json:"words"`
}

// CodingCount counts codings of one coder with one status.
type CodingCount struct {
	Coder  string `json:"coder"`
	Status string `json:"status"`
	Count  int    `json:"count"`
}

// AttributeCount is how many documents carry an attribute: a value for
// it that is not empty.
type AttributeCount struct {
	Name      string `json:"name"`
	Documents int    `json:"documents"`
}

// Status summarises the project's contents. Its lists are empty, never
// nil, so that JSON has [] for them.
type Status struct {
	Documents int           `json:"documents"`
	Turns     int           `json:"turns"`
	Segments  int           `json:"segments"`
	Words     int           `json:"words"`
	Groups    []GroupCount  `json:"groups"`
	Codings   []CodingCount `json:"codings"`
	Orphans   int           `json:"orphans"`
	Memos     int           `json:"memos"`
	// Attributes are the document attributes the documents carry, with
	// how many carry each, in SortAttributeNames's order: what reports,
	// compare, saturation and codings show can group by.
	Attributes []AttributeCount `json:"attributes"`
}

// Status counts documents, turns, segments and words per programme and role,
// codings per coder and status, and the documents carrying each attribute.
func (s *Store) Status(ctx context.Context) (*Status, error) {
	st := &Status{Groups: []GroupCount{}, Codings: []CodingCount{}}
	rows, err := s.rd.QueryContext(ctx, `
		WITH d AS (
			SELECT documents.id, documents.words,
				COALESCE((SELECT value FROM attributes WHERE doc_id = documents.id AND name = 'programme'), '') AS programme,
				COALESCE((SELECT value FROM attributes WHERE doc_id = documents.id AND name = 'role'), '') AS role
			FROM documents)
		SELECT d.programme, d.role, COUNT(*), SUM(d.words),
			SUM((SELECT COUNT(*) FROM turns WHERE doc_id = d.id)),
			SUM((SELECT COUNT(*) FROM segments WHERE doc_id = d.id))
		FROM d GROUP BY d.programme, d.role ORDER BY d.programme, d.role`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var g GroupCount
		if err := rows.Scan(&g.Programme, &g.Role, &g.Documents, &g.Words, &g.Turns, &g.Segments); err != nil {
			rows.Close()
			return nil, err
		}
		st.Groups = append(st.Groups, g)
		st.Documents += g.Documents
		st.Turns += g.Turns
		st.Segments += g.Segments
		st.Words += g.Words
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	crows, err := s.rd.QueryContext(ctx, `SELECT coder, status, COUNT(*) FROM codings WHERE orphan = 0
		GROUP BY coder, status ORDER BY coder, status`)
	if err != nil {
		return nil, err
	}
	for crows.Next() {
		var c CodingCount
		if err := crows.Scan(&c.Coder, &c.Status, &c.Count); err != nil {
			crows.Close()
			return nil, err
		}
		st.Codings = append(st.Codings, c)
	}
	crows.Close()
	if err := s.rd.QueryRowContext(ctx, `SELECT COUNT(*) FROM codings WHERE orphan = 1`).Scan(&st.Orphans); err != nil {
		return nil, err
	}
	if err := s.rd.QueryRowContext(ctx, `SELECT COUNT(*) FROM memos`).Scan(&st.Memos); err != nil {
		return nil, err
	}
	attrs, err := s.AttributeCounts(ctx)
	if err != nil {
		return nil, err
	}
	st.Attributes = attrs
	return st, nil
}

// AttributeCounts counts the documents carrying each attribute, in
// SortAttributeNames's order (empty, not nil, when none carries any).
func (s *Store) AttributeCounts(ctx context.Context) ([]AttributeCount, error) {
	counts, err := queryMap[string, int](ctx, s.rd, `SELECT name, COUNT(*) FROM attributes WHERE value <> '' GROUP BY name`)
	if err != nil {
		return nil, err
	}
	return sortedCounts(counts), nil
}

// CountAttributes counts the documents of docs carrying each attribute, as
// AttributeCounts does the store's.
func CountAttributes(docs []*Document) []AttributeCount {
	counts := map[string]int{}
	for _, d := range docs {
		for k, v := range d.Attrs {
			if v != "" {
				counts[k]++
			}
		}
	}
	return sortedCounts(counts)
}

// sortedCounts lists counts by attribute name in SortAttributeNames's
// order.
func sortedCounts(counts map[string]int) []AttributeCount {
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	SortAttributeNames(names)
	out := make([]AttributeCount, len(names))
	for i, n := range names {
		out[i] = AttributeCount{Name: n, Documents: counts[n]}
	}
	return out
}

// TurnCounts returns the number of turns of each document.
func (s *Store) TurnCounts(ctx context.Context) (map[string]int, error) {
	return queryMap[string, int](ctx, s.rd, `SELECT doc_id, COUNT(*) FROM turns GROUP BY doc_id`)
}

// ParticipantWords returns the words each document's participants said:
// its words less the interviewers' turns.
func (s *Store) ParticipantWords(ctx context.Context) (map[string]int, error) {
	return queryMap[string, int](ctx, s.rd, `SELECT doc_id, SUM(words) FROM turns WHERE interviewer = 0 GROUP BY doc_id`)
}

// SegmentCounts returns the number of segments of each document.
func (s *Store) SegmentCounts(ctx context.Context) (map[string]int, error) {
	return queryMap[string, int](ctx, s.rd, `SELECT doc_id, COUNT(*) FROM segments GROUP BY doc_id`)
}
