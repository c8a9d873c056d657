package corpus

import "context"

// queryMap runs a query whose rows are (key, value) pairs on db (the
// store, or a snapshot of it) and returns them as a map.
func queryMap[K comparable, V any](ctx context.Context, db reader, query string, args ...any) (map[K]V, error) {
	out := map[K]V{}
	err := eachRow(ctx, db, func(sc scanner) error {
		var k K
		var v V
		if err := sc.Scan(&k, &v); err != nil {
			return err
		}
		out[k] = v
		return nil
	}, query, args...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// queryList runs a query on db and returns its rows, each made into a T
// by scan.
func queryList[T any](ctx context.Context, db reader, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	var out []T
	err := eachRow(ctx, db, func(sc scanner) error {
		v, err := scan(sc)
		out = append(out, v)
		return err
	}, query, args...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// scanString reads a row of one text column.
func scanString(sc scanner) (string, error) {
	var s string
	err := sc.Scan(&s)
	return s, err
}

// scanner is a row being read: *sql.Rows or *sql.Row.
type scanner interface{ Scan(dest ...any) error }

// eachRow runs a query on db and calls fn on each row, stopping at the
// first error.
func eachRow(ctx context.Context, db reader, fn func(scanner) error, query string, args ...any) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
