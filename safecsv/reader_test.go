package safecsv

import (
	"encoding/csv"
	"errors"
	"reflect"
	"strings"
	"testing"
)

type lineRecord struct {
	Line   int
	Record []string
}

func readAll(r *Reader) ([]lineRecord, error) {
	var out []lineRecord
	err := r.Each(func(rec []string, line int) error {
		out = append(out, lineRecord{line, rec})
		return nil
	})
	return out, err
}

// Records come with the line they begin on (a quoted cell may span
// lines), without a leading byte order mark; only a sheet groundwork may
// have written loses the apostrophes Escape added.
func TestReaderRecordsAndLines(t *testing.T) {
	in := "\ufefffile,note\n'=SUM(A1),\"two\nlines\"\n\n'plain,'-2+3\n"
	tests := []struct {
		name  string
		sheet bool
		want  []lineRecord
	}{
		{"researcher's file", false, []lineRecord{
			{1, []string{"file", "note"}},
			{2, []string{"'=SUM(A1)", "two\nlines"}},
			{5, []string{"'plain", "'-2+3"}},
		}},
		{"groundwork's sheet", true, []lineRecord{
			{1, []string{"file", "note"}},
			{2, []string{"=SUM(A1)", "two\nlines"}},
			{5, []string{"'plain", "-2+3"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(in))
			if tt.sheet {
				r = NewSheetReader(strings.NewReader(in))
			}
			got, err := readAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

// A byte order mark is dropped only at the very start, so a quoted first
// header cell still reads.
func TestReaderBOMBeforeQuotedHeader(t *testing.T) {
	rec, line, err := NewReader(strings.NewReader("\ufeff\"file\",id\n")).Read()
	if err != nil || line != 1 || !reflect.DeepEqual(rec, []string{"file", "id"}) {
		t.Errorf("Read = %q, %d, %v; want [file id], line 1", rec, line, err)
	}
}

func TestReaderErrors(t *testing.T) {
	stop := errors.New("stop")
	tests := []struct {
		name     string
		in       string
		comma    rune
		fields   int
		fn       func([]string, int) error
		wantLine int   // the record's first line in the *csv.ParseError; 0: none
		wantErr  error // returned as it is
	}{
		{"bad quoting", "a,b\n\"x,y\nz\n", ',', -1, nil, 2, nil},
		{"field count held to the header", "a,b\nx,y,z\n", ',', 0, nil, 2, nil},
		{"any field count", "a,b\nx,y,z\n", ',', -1, nil, 0, nil},
		{"semicolons", "a;b\nx;\"y;z\"\n", ';', 0, nil, 0, nil},
		{"fn's error", "a,b\n", ',', 0, func([]string, int) error { return stop }, 0, stop},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in))
			r.Comma, r.FieldsPerRecord = tt.comma, tt.fields
			fn := tt.fn
			if fn == nil {
				fn = func([]string, int) error { return nil }
			}
			err := r.Each(fn)
			var pe *csv.ParseError
			var re *ReadError
			switch {
			case tt.wantErr != nil:
				if err != tt.wantErr {
					t.Errorf("error %v, want fn's %v as it is", err, tt.wantErr)
				}
			case tt.wantLine > 0:
				if !errors.As(err, &re) || !errors.As(err, &pe) || pe.StartLine != tt.wantLine {
					t.Errorf("error %#v, want a *ReadError holding a *csv.ParseError on line %d", err, tt.wantLine)
				}
			case err != nil:
				t.Errorf("error %v, want none", err)
			}
		})
	}
}
