package reliability

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// FuzzParseTable checks that ParseTable never panics, that its errors are
// well formed, and that whatever it accepts Compute and Disagreements
// handle without panicking or producing NaN.
func FuzzParseTable(f *testing.F) {
	f.Add("A,B\n1,1\n2,\n", uint8(0))
	f.Add("unit,A,B,C\nu1,1,2,3\nu2,,5,5\n", uint8(2))
	f.Add("id,x\n1,-1\n", uint8(3))
	f.Add("\ufeffA;B\n\"1\n\",2\n", uint8(1))
	f.Add("A,A\n1,2\n", uint8(0))
	f.Add("A,B\n1e308,-1e308\nNaN,Inf\n", uint8(2))
	f.Fuzz(func(t *testing.T, table string, lvl uint8) {
		level := Level(lvl % 4)
		d, err := ParseTable(strings.NewReader(table), level)
		if err != nil {
			if d.Units != nil || d.Coders != nil {
				t.Errorf("error %v with non-empty data", err)
			}
			var ce *CellError
			if errors.As(err, &ce) && (ce.Row < 2 || ce.Column < 1 || ce.Err == nil) {
				t.Errorf("malformed cell error %+v", ce)
			}
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("ParseTable returned invalid data: %v", err)
		}
		r, err := Compute(context.Background(), d, Options{Level: level, Bootstrap: 20, Seed: 1})
		if err != nil {
			t.Fatalf("Compute on parsed data: %v", err)
		}
		checkNoNaN(t, r)
		if _, err := Disagreements(d, level); err != nil {
			t.Fatalf("Disagreements on parsed data: %v", err)
		}
	})
}
