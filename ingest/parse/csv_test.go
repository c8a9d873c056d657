package parse

import (
	"reflect"
	"strings"
	"testing"
)

func TestCSV(t *testing.T) {
	in := "Transcript_ID,Site, TEXT \n" +
		"t1,Leeds,\"Interviewer: Hi.\nParticipant: Hello, \"\"friend\"\".\n\nInitial Steps:\n- call\"\n" +
		",,\n" +
		"t2,York,\"[doctor] hi .\n[patient] hey .\"\n"
	got, err := CSV("data.csv", []byte(in), CSVOptions{TextColumn: "text"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d transcripts, want 2", len(got))
	}
	want := []struct {
		id    string
		meta  map[string]string
		lines map[string]int
		turns []string
	}{
		{"t1", map[string]string{"Transcript_ID": "t1", "Site": "Leeds"}, map[string]int{"Transcript_ID": 2, "Site": 2},
			[]string{"Interviewer|2|Hi.", "Participant|2|Hello, \"friend\".\n\nInitial Steps:\n- call"}},
		{"t2", map[string]string{"Transcript_ID": "t2", "Site": "York"}, map[string]int{"Transcript_ID": 4, "Site": 4},
			[]string{"doctor|4|hi .", "patient|4|hey ."}},
	}
	for i, w := range want {
		tr := got[i]
		if tr.ID != w.id || !reflect.DeepEqual(tr.Meta, w.meta) || !reflect.DeepEqual(tr.MetaLines, w.lines) {
			t.Errorf("transcript %d: id %q meta %q lines %v; want %q %q %v", i, tr.ID, tr.Meta, tr.MetaLines, w.id, w.meta, w.lines)
		}
		if g := renderTurns(tr); !reflect.DeepEqual(g, w.turns) {
			t.Errorf("transcript %d turns:\n got %q\nwant %q", i, g, w.turns)
		}
	}
}

func TestCSVDefaultsAndDelimiters(t *testing.T) {
	got, err := CSV("data.csv", []byte("site;dialogue\nA;I: hi\nB;R: ho\n"), CSVOptions{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "row-2" || got[1].ID != "row-3" || got[1].Turns[0].Speaker != "R" || got[1].Meta["site"] != "B" {
		t.Errorf("got %+v", got)
	}
	got, err = CSV("data.tsv", []byte("id\ttext\nx\tI: a, b\n"), CSVOptions{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].ID != "x" || got[0].Turns[0].Text != "a, b" {
		t.Errorf("got %+v", got[0])
	}
}

func TestCSVErrors(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		copts CSVOptions
		want  string
	}{
		{"ragged row", "id,text\na,I: x\nb,I: y,extra\n", CSVOptions{},
			"data.csv:3: row 3 has 3 cells but the header has 2 (check the quoting in that row"},
		{"missing named column", "id,body_text\na,x\n", CSVOptions{TextColumn: "dialogue"},
			`data.csv:1: the CSV file has no text column "dialogue" (choose one of the columns there are: "id", "body_text")`},
		{"no default column", "id,words\na,x\n", CSVOptions{},
			`data.csv:1: the CSV file has no text column (none is called text, transcript, dialogue, interview, content, body) (name the text column; the columns are: "id", "words")`},
		{"missing id column", "id,text\na,x\n", CSVOptions{IDColumn: "pid"},
			`data.csv:1: the CSV file has no ID column "pid"`},
		{"duplicate id", "id,text\na,I: x\na,I: y\n", CSVOptions{},
			`data.csv:3: row 3 has the same id as row 2 ("a")`},
		{"empty text", "id,text\na,\"  \"\n", CSVOptions{},
			`data.csv:2: row 2 has an empty "text" cell (fill it in or delete the row)`},
		{"bad quoting", "id,text\na,\"I: x\nb,I: y\n", CSVOptions{},
			"data.csv:2: row 2 is not valid CSV: extraneous or missing \" in quoted-field"},
		{"duplicate header", "text,TEXT\na,b\n", CSVOptions{}, `data.csv:1: column "TEXT" appears twice in the header`},
		{"empty", "", CSVOptions{}, "data.csv: the CSV file is empty"},
		{"header only", "id,text\n", CSVOptions{}, "data.csv: the CSV file has no rows after its header"},
		{"binary", "id,text\x00\n", CSVOptions{}, "data.csv: looks like a binary file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CSV("data.csv", []byte(tt.in), tt.copts, Options{})
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error:\n got %v\nwant prefix %s", err, tt.want)
			}
		})
	}
}

// An interview CSV is the researcher's own file, not one groundwork wrote:
// a cell beginning with an apostrophe keeps it, and a BOM before a quoted
// header cell is not part of the column's name.
func TestCSVCellsAsWritten(t *testing.T) {
	got, err := CSV("data.csv", []byte("\ufeff\"id\",site,text\nx,'=Leeds,'-ish: I: hi\n"), CSVOptions{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].ID != "x" || got[0].Meta["site"] != "'=Leeds" {
		t.Errorf("id %q, site %q; want x and '=Leeds as written", got[0].ID, got[0].Meta["site"])
	}
}
