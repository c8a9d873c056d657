package corpus

import (
	"encoding/json"
	"fmt"
	"strings"
)

// SealHistory makes the events that changed codings in the given
// documents permanent: it forgets the rows they recorded (the codings'
// quotes and evidence, in the words the documents had then) and marks them
// as no longer undoable. Redaction calls it, in its transaction, for the
// documents it rewrites: their old words hold the originals it replaced,
// and the positions those rows recorded no longer fit the new text, so
// undoing them could only be refused. The events stay in the history with
// who, when, what and their summary. It returns how many it sealed.
func (tx *Tx) SealHistory(docs []string) (int, error) {
	if len(docs) == 0 {
		return 0, nil
	}
	inDocs := make(map[string]bool, len(docs))
	for _, d := range docs {
		inDocs[d] = true
	}
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT id, changes FROM events WHERE changes != '[]'`)
	if err != nil {
		return 0, fmt.Errorf("reading the history: %w", err)
	}
	var seal []int64
	for rows.Next() {
		var id int64
		var raw string
		if err := rows.Scan(&id, &raw); err != nil {
			rows.Close()
			return 0, fmt.Errorf("reading the history: %w", err)
		}
		touches, err := changesTouch(raw, inDocs)
		if err != nil {
			rows.Close()
			return 0, fmt.Errorf("history event %d: %w", id, err)
		}
		if touches {
			seal = append(seal, id)
		}
	}
	if err := rows.Close(); err != nil {
		return 0, fmt.Errorf("reading the history: %w", err)
	}
	recorded, err := tx.eventsTouching(docs)
	if err != nil {
		return 0, err
	}
	seal = append(seal, recorded...)
	for _, id := range seal {
		if _, err := tx.tx.ExecContext(tx.ctx, `UPDATE events SET changes = '[]', undoable = 0, sealed = 1 WHERE id = ?`, id); err != nil {
			return 0, fmt.Errorf("sealing history event %d: %w", id, err)
		}
		if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM event_changes WHERE event_id = ?`, id); err != nil {
			return 0, fmt.Errorf("sealing history event %d: %w", id, err)
		}
	}
	return len(seal), nil
}

// eventsTouching returns the events whose changes in event_changes are of
// codings of the documents.
func (tx *Tx) eventsTouching(docs []string) ([]int64, error) {
	const batch = 500
	seen := map[int64]bool{}
	var out []int64
	for i := 0; i < len(docs); i += batch {
		part := docs[i:min(i+batch, len(docs))]
		args := make([]any, len(part))
		for k, d := range part {
			args[k] = d
		}
		err := eachRow(tx.ctx, tx.tx, func(sc scanner) error {
			var id int64
			if err := sc.Scan(&id); err != nil {
				return err
			}
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
			return nil
		}, `SELECT DISTINCT event_id FROM event_changes WHERE kind = 'coding' AND doc_id IN (`+placeholders(len(part))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("reading the history: %w", err)
		}
	}
	return out, nil
}

// changesTouch reports whether an event's recorded changes include a
// coding of one of the documents. The changes are read as a stream of
// tokens: an event recorded the old way may hold every coding a command
// made (175 MB of JSON for the first `code auto` at 10,000 interviews),
// which decoded whole would take several times that.
func changesTouch(raw string, docs map[string]bool) (bool, error) {
	dec := json.NewDecoder(strings.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return false, fmt.Errorf("the recorded changes are not a list (%v)", err)
	}
	type row struct {
		DocID string `json:"doc"`
	}
	for dec.More() {
		var c struct {
			Kind          string `json:"kind"`
			Before, After *row
		}
		if err := dec.Decode(&c); err != nil {
			return false, err
		}
		if c.Kind == kindCoding && (c.Before != nil && docs[c.Before.DocID] || c.After != nil && docs[c.After.DocID]) {
			return true, nil
		}
	}
	_, err := dec.Token() // ]
	return false, err
}
