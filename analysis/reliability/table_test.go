package reliability

import (
	"errors"
	"strings"
	"testing"
)

func TestParseTable(t *testing.T) {
	tests := []struct {
		name    string
		table   string
		level   Level
		coders  []string
		ids     []string
		cells   [][]string // String() of each value; "" missing
		wantErr string     // substring of the error; "" for success
		cell    *CellError // expected position of a cell error
	}{
		{
			name: "plain nominal", table: "A,B\nyes,no\n no , \n",
			coders: []string{"A", "B"}, cells: [][]string{{"yes", "no"}, {"no", ""}},
		},
		{
			name: "unit column and numbers", table: "Unit,A,B\nu1,1,2.50\nu2,,3\n", level: Interval,
			coders: []string{"A", "B"}, ids: []string{"u1", "u2"}, cells: [][]string{{"1", "2.5"}, {"", "3"}},
		},
		{
			name: "id column, BOM, CRLF", table: "\ufeffID,A,B\r\n7,1,1\r\n", level: Ordinal,
			coders: []string{"A", "B"}, ids: []string{"7"}, cells: [][]string{{"1", "1"}},
		},
		{
			name: "quoted cells", table: "A,B\n\"x, y\",\"x, y\"\n",
			coders: []string{"A", "B"}, cells: [][]string{{"x, y", "x, y"}},
		},
		{
			name: "header only", table: "A,B\n",
			coders: []string{"A", "B"}, cells: [][]string{},
		},
		{
			name: "bad number", table: "unit,A,B\nu1,1,2\nu2,3,lots\n", level: Interval,
			wantErr: `row 3, column 3 (coder "B"): "lots": not a number`,
			cell:    &CellError{Row: 3, Column: 3, Coder: "B", Value: "lots"},
		},
		{
			name: "NaN", table: "A,B\n1,NaN\n", level: Ratio,
			wantErr: "not a finite number", cell: &CellError{Row: 2, Column: 2, Coder: "B", Value: "NaN"},
		},
		{
			name: "negative ratio", table: "A,B\n1,2\n-1,2\n", level: Ratio,
			wantErr: "must not be negative", cell: &CellError{Row: 3, Column: 1, Coder: "A", Value: "-1"},
		},
		{name: "labels fine at nominal", table: "A\nlots\n", coders: []string{"A"}, cells: [][]string{{"lots"}}},
		{name: "empty", table: "", wantErr: "empty table"},
		{name: "empty coder name", table: "A,,C\n1,2,3\n", wantErr: "header column 2 is empty"},
		{name: "duplicate coder", table: "A,B,A\n", wantErr: `coder "A" named in both header columns 1 and 3`},
		{name: "unit column only", table: "unit\nu1\n", wantErr: "names no coders"},
		{name: "short row", table: "A,B\n1\n", wantErr: "row 2 has 1 cells, the header has 2"},
		{name: "bad quoting", table: "A,B\n1,\"2\n", wantErr: "reading row 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseTable(strings.NewReader(tt.table), tt.level)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
				}
				var ce *CellError
				if got := errors.As(err, &ce); got != (tt.cell != nil) {
					t.Fatalf("errors.As(*CellError) = %v, want %v", got, tt.cell != nil)
				}
				if tt.cell != nil && (ce.Row != tt.cell.Row || ce.Column != tt.cell.Column || ce.Coder != tt.cell.Coder || ce.Value != tt.cell.Value) {
					t.Errorf("cell error %+v, want %+v", *ce, *tt.cell)
				}
				if tt.cell == nil && !errors.Is(err, ErrTable) && !strings.Contains(err.Error(), "reading") {
					t.Errorf("err %v does not wrap ErrTable", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseTable: %v", err)
			}
			if strings.Join(d.Coders, "|") != strings.Join(tt.coders, "|") {
				t.Errorf("coders %q, want %q", d.Coders, tt.coders)
			}
			if strings.Join(d.UnitIDs, "|") != strings.Join(tt.ids, "|") || (d.UnitIDs == nil) != (tt.ids == nil) {
				t.Errorf("unit IDs %q, want %q", d.UnitIDs, tt.ids)
			}
			if len(d.Units) != len(tt.cells) {
				t.Fatalf("%d units, want %d", len(d.Units), len(tt.cells))
			}
			for u, row := range d.Units {
				for c, v := range row {
					if v.String() != tt.cells[u][c] {
						t.Errorf("cell %d,%d = %q, want %q", u, c, v.String(), tt.cells[u][c])
					}
				}
			}
		})
	}
}

func TestParseTableBadLevel(t *testing.T) {
	if _, err := ParseTable(strings.NewReader("A\n1\n"), Level(-1)); !errors.Is(err, ErrUnknownLevel) {
		t.Errorf("err = %v, want ErrUnknownLevel", err)
	}
}

func TestNewData(t *testing.T) {
	if _, err := NewData([]string{"A", "B"}, [][]string{{"1", "2"}, {"1"}}); err == nil || !strings.Contains(err.Error(), "unit 2 has 1 cells") {
		t.Errorf("err = %v, want a ragged-row error", err)
	}
	d, err := NewData([]string{"A", "B"}, [][]string{{" x ", "  "}})
	if err != nil {
		t.Fatal(err)
	}
	if d.Units[0][0].String() != "x" || !d.Units[0][1].IsMissing() {
		t.Errorf("cells %v, want x and missing", d.Units[0])
	}
}
