package safecsv

import (
	"bytes"
	"encoding/csv"
	"testing"
)

func TestFormulasAreNeutralised(t *testing.T) {
	cells := []string{
		`=HYPERLINK("http://evil","click")`, "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx",
		"plain quote", "", "-3", "+44", "12.5", "'quoted already", "=",
	}
	var b bytes.Buffer
	w := NewWriter(&b)
	if err := w.WriteAll([][]string{cells}); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&b).Read()
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range got {
		in := cells[i]
		safe := c == "" || c[0] != '=' && c[0] != '@' && c[0] != '\t' && c[0] != '\r' &&
			!(c[0] == '+' || c[0] == '-') || isNumber(c[1:])
		if !safe {
			t.Errorf("cell %q written as %q: a spreadsheet would run it", in, c)
		}
		if Unescape(c) != in {
			t.Errorf("Unescape(%q) = %q, want %q back", c, Unescape(c), in)
		}
	}
	if got[6] != "plain quote" || got[8] != "-3" || got[9] != "+44" {
		t.Errorf("harmless cells changed: %q", got)
	}
}
