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

// Status summarises the project's contents.
type Status struct {
	Documents int           `json:"documents"`
	Turns     int           `json:"turns"`
	Segments  int           `json:"segments"`
	Words     int           `json:"words"`
	Groups    []GroupCount  `json:"groups"`
	Codings   []CodingCount `json:"codings"`
	Orphans   int           `json:"orphans"`
	Memos     int           `json:"memos"`
}

// Status counts documents, turns, segments and words per programme and role,
// and codings per coder and status.
func (s *Store) Status(ctx context.Context) (*Status, error) {
	st := &Status{}
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
	return st, nil
}

// TurnCounts returns the number of turns of each document.
func (s *Store) TurnCounts(ctx context.Context) (map[string]int, error) {
	return queryMap[string, int](ctx, s.rd, `SELECT doc_id, COUNT(*) FROM turns GROUP BY doc_id`)
}

// SegmentCounts returns the number of segments of each document.
func (s *Store) SegmentCounts(ctx context.Context) (map[string]int, error) {
	return queryMap[string, int](ctx, s.rd, `SELECT doc_id, COUNT(*) FROM segments GROUP BY doc_id`)
}
