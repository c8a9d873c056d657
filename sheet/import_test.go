package sheet_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
	"github.com/groundwork-qda/groundwork/safecsv"
	"github.com/groundwork-qda/groundwork/sheet"
)

// study is a project of three demo interviews, and what the tests know
// of it.
type study struct {
	st      *corpus.Store
	cb      *codebook.Codebook
	dir     string
	segs    []*corpus.Segment
	project string
}

func newStudy(t *testing.T) *study {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	_, st, cb := ingesttest.Project(t, "Sheet study", ingesttest.Demo(t, dir)[:3]...)
	s := &study{st: st, cb: cb, dir: dir}
	if err := st.EachSegment(ctx, corpus.SegmentFilter{}, func(seg *corpus.Segment) error { s.segs = append(s.segs, seg); return nil }); err != nil {
		t.Fatal(err)
	}
	id, err := st.ProjectID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.project = id
	return s
}

// write writes rows as a CSV file (escaped as groundwork escapes) and
// returns its path.
func (s *study) write(t *testing.T, name string, rows [][]string) string {
	t.Helper()
	var b bytes.Buffer
	if err := safecsv.NewWriter(&b).WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	return s.writeText(t, name, b.String())
}

// writeText writes content to a file of the study and returns its path.
func (s *study) writeText(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(s.dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func (s *study) codings(t *testing.T, coder string) []*corpus.Coding {
	t.Helper()
	got, err := s.st.Codings(context.Background(), corpus.CodingFilter{Coders: []string{coder}})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// importRefused imports the sheet at path as carol's codings, which must
// fail, and returns the lines of the problems reported.
func (s *study) importRefused(t *testing.T, path string) []string {
	t.Helper()
	_, err := sheet.Import(context.Background(), s.st, s.cb, path, "carol")
	if err == nil {
		t.Fatal("imported; want the problems reported")
	}
	return strings.Split(err.Error(), "\n")
}

// inFile is want as an import of path reports it: each problem after
// "FILE: ", but not the last line, the count of problems, which names no
// file.
func inFile(path string, want []string) []string {
	out := slices.Clone(want)
	for i := range len(out) - 1 {
		out[i] = path + ": " + out[i]
	}
	return out
}

// docText is the text of a document of the study.
func (s *study) docText(t *testing.T, id string) string {
	t.Helper()
	d, err := s.st.Document(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return d.Text
}

// A filled CSV coding sheet imports each code of each row on its segment,
// accepted; importing it again adds nothing.
func TestImportCodingSheetTwice(t *testing.T) {
	ctx := context.Background()
	s := newStudy(t)
	var b bytes.Buffer
	n, err := sheet.Write(ctx, &b, s.st, s.cb, sheet.Options{Coder: "alice", Format: "csv"})
	if err != nil || n != len(s.segs) {
		t.Fatalf("Write: %d rows, %v; want %d", n, err, len(s.segs))
	}
	rows, err := readCSV(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	rows[1][6] = "isolation.experienced; benefits.psychosocial"
	rows[2][6] = "isolation.reduced"
	path := s.write(t, "alice.csv", rows)
	for _, want := range []sheet.ImportReport{
		{Kind: sheet.KindCoding, Rows: n, Added: 3},
		{Kind: sheet.KindCoding, Rows: n, Existing: 3},
	} {
		rep, err := sheet.Import(ctx, s.st, s.cb, path, "alice")
		if err != nil || *rep != want {
			t.Fatalf("Import = %+v, %v; want %+v", rep, err, want)
		}
	}
	got := s.codings(t, "alice")
	if len(got) != 3 {
		t.Fatalf("alice has %d codings, want 3", len(got))
	}
	for _, c := range got {
		seg := s.segs[0]
		if c.Code == "isolation.reduced" {
			seg = s.segs[1]
		}
		if c.DocID != seg.DocID || c.Start != seg.Start || c.End != seg.End || c.Quote != seg.Text ||
			c.Status != corpus.StatusAccepted || c.Origin != corpus.OriginImport {
			t.Errorf("coding %+v; want on segment %s, accepted, imported", c, seg.Key())
		}
	}
}

func readCSV(data []byte) ([][]string, error) {
	var rows [][]string
	err := safecsv.NewSheetReader(bytes.NewReader(data)).Each(func(rec []string, _ int) error {
		rows = append(rows, rec)
		return nil
	})
	return rows, err
}

// Quotes made in another tool are placed by occurrence or by start,end.
func TestImportQuotes(t *testing.T) {
	ctx := context.Background()
	s := newStudy(t)
	doc := s.segs[0].DocID
	text := []rune(s.docText(t, doc))
	seg := s.segs[0]
	quote := string(text[seg.Start:seg.End])
	path := s.write(t, "quotes.csv", [][]string{
		{"Document", " Quote ", "code", "occurrence", "start", "end"},
		{doc, quote, "isolation.experienced", "", "", ""},
		{doc, quote, "isolation.reduced", "", fmt.Sprint(seg.Start), fmt.Sprint(seg.End)},
		{doc, "a", "benefits.psychosocial", "2", "", ""}, // "a" occurs many times
		{"", "", "", "", "", ""},
	})
	rep, err := sheet.Import(ctx, s.st, s.cb, path, "dee")
	if err != nil || rep.Kind != sheet.KindQuotes || rep.Added != 3 {
		t.Fatalf("Import = %+v, %v; want 3 quotes added", rep, err)
	}
	var a []int
	for i, r := range text {
		if r == 'a' {
			a = append(a, i)
		}
	}
	for _, c := range s.codings(t, "dee") {
		wantStart, wantQuote := seg.Start, quote
		if c.Code == "benefits.psychosocial" {
			wantStart, wantQuote = a[1], "a"
		}
		if c.Start != wantStart || c.End != wantStart+utf8.RuneCountInString(wantQuote) || c.Quote != wantQuote {
			t.Errorf("%s at [%d,%d) %q; want at %d", c.Code, c.Start, c.End, c.Quote, wantStart)
		}
	}
}

// Every problem is reported by row and cell, and nothing is imported.
func TestImportProblems(t *testing.T) {
	s := newStudy(t)
	seg, doc := s.segs[0], s.segs[0].DocID
	text := []rune(s.docText(t, doc))
	header := sheet.CodingColumns()
	codingRow := func(key, codes, project string) []string {
		return []string{key, doc, "", "", "", "", codes, project}
	}
	quotesHeader := []string{"document", "quote", "code", "occurrence", "start", "end"}
	adjHeader := sheet.AdjudicationColumns([]string{"alice", "bob"})
	adjRow := func(start, end, code, consensus string) []string {
		return []string{seg.Key(), doc, start, end, code, "yes", "no", "text", consensus}
	}
	span := []string{fmt.Sprint(seg.Start), fmt.Sprint(seg.End)}
	tests := []struct {
		name string
		rows [][]string
		want []string // each after "FILE: "
	}{
		{"coding sheet", [][]string{header,
			codingRow(seg.Key(), "isolation.experienced;no.such.code", ""),
			codingRow(seg.Key(), "isolation.reduced", "another-project"),
			codingRow("hf-01", "isolation.reduced", s.project),
			codingRow("zz-99#1", "isolation.reduced", s.project),
			codingRow(seg.Key(), "", "another-project"),
		}, []string{
			"rows 3, 6 (2 rows), column project (H3, H6): this sheet was made for another project (another-project); make a sheet for this one with `groundwork codings sheet`",
			`row 2, column codes (G2): unknown code "no.such.code"; the codebook's ids are listed by ` + "`groundwork codebook show`",
			`row 4, column segment (A4): "hf-01" is not a segment id (DOC#N)`,
			"row 5, column segment (A5): unknown segment zz-99#1; the sheet does not match the project's documents (re-ingested since?)",
			"4 problems; nothing was imported",
		}},
		// A sheet made for another project is said to be once for each
		// project, not once a row: its rows as ranges, the first few.
		{"another project", append([][]string{header},
			slices.Concat(
				slices.Repeat([][]string{codingRow(seg.Key(), "isolation.reduced", "p1")}, 400),
				[][]string{codingRow(seg.Key(), "isolation.reduced", s.project), codingRow(seg.Key(), "isolation.reduced", "p2")},
				slices.Repeat([][]string{codingRow(seg.Key(), "", "p1")}, 86),
			)...), []string{
			"rows 2–401, 404–489 (486 rows), column project (H2:H401, H404:H489): this sheet was made for another project (p1); make a sheet for this one with `groundwork codings sheet`",
			"row 403, column project (H403): this sheet was made for another project (p2); make a sheet for this one with `groundwork codings sheet`",
			"2 problems; nothing was imported",
		}},
		{"another project, rows apart", [][]string{header,
			codingRow(seg.Key(), "", "p1"), codingRow(seg.Key(), "", ""),
			codingRow(seg.Key(), "", "p1"), codingRow(seg.Key(), "", ""),
			codingRow(seg.Key(), "", "p1"), codingRow(seg.Key(), "", "p1"), codingRow(seg.Key(), "", ""),
			codingRow(seg.Key(), "", "p1"), codingRow(seg.Key(), "", ""),
			codingRow(seg.Key(), "", "p1"), codingRow(seg.Key(), "", ""),
			codingRow(seg.Key(), "", "p1"),
		}, []string{
			"rows 2, 4, 6–7, 9, 11, … (7 rows), column project (H2, H4, H6:H7, H9, H11, …): this sheet was made for another project (p1); make a sheet for this one with `groundwork codings sheet`",
			"1 problem; nothing was imported",
		}},
		{"quotes", [][]string{quotesHeader,
			{"zz-99", "x", "isolation.reduced", "", "", ""},
			{"'=" + doc, "x", "isolation.reduced", "", "", ""}, // groundwork's escape is undone
			{doc, "x", "nope", "", "", ""},
			{doc, "", "isolation.reduced", "", "", ""},
			{doc, "not in the interview at all", "isolation.reduced", "", "", ""},
			{doc, "a", "isolation.reduced", "", "", ""},
			{doc, "a", "isolation.reduced", "first", "", ""},
			{doc, "a", "isolation.reduced", "100000", "", ""},
			{doc, "a", "isolation.reduced", "", "5", "x"},
			{doc, "zzz", "isolation.reduced", "", "0", "3"},
		}, []string{
			`row 2, column document (A2): unknown document "zz-99"`,
			`row 3, column document (A3): unknown document "=` + doc + `"`,
			`row 4, column code (C4): unknown code "nope"; the codebook's ids are listed by ` + "`groundwork codebook show`",
			"row 5, column quote (B5): the quote is empty",
			`row 6: quote not found in the document: "not in the interview at all"`,
			"row 7: the quote occurs ",
			`row 8, column occurrence (D8): occurrence "first" must be a whole number from 1`,
			"row 9, column occurrence (D9): occurrence 100000 asked for, but the quote occurs ",
			fmt.Sprintf(`row 10, column start (E10): start,end "5","x" are not a span of the document (0 ≤ start < end ≤ %d, rune offsets)`, len(text)),
			fmt.Sprintf("row 11, column start (E11): the text at [0,3) is %q, not the quote", string(text[:3])),
			"10 problems; nothing was imported",
		}},
		{"adjudication", [][]string{adjHeader,
			adjRow(span[0], span[1], "isolation.reduced", "yes"),
			adjRow(span[0], span[1], "isolation.reduced", ""),
			adjRow(span[0], span[1], "isolation.reduced", "maybe"),
			adjRow(span[0], span[1], "nope", "no"),
			adjRow(span[1], span[0], "isolation.reduced", "yes"),
			{"u", "zz-99", "0", "1", "isolation.reduced", "", "", "", "n"},
		}, []string{
			"row 3, column consensus (I3): no verdict; write yes or no",
			`row 4, column consensus (I4): verdict "maybe"; write yes or no`,
			`row 5, column code (E5): unknown code "nope"; the codebook's ids are listed by ` + "`groundwork codebook show`",
			"row 6, column start (C6): start,end are not a span of the document",
			`row 7, column document (B7): unknown document "zz-99"`,
			"5 problems; nothing was imported",
		}},
		{"one problem", [][]string{header, codingRow(seg.Key(), "nope", "")}, []string{
			`row 2, column codes (G2): unknown code "nope"; the codebook's ids are listed by ` + "`groundwork codebook show`",
			"1 problem; nothing was imported",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := s.write(t, strings.ReplaceAll(tt.name, " ", "-")+".csv", tt.rows)
			lines, want := s.importRefused(t, path), inFile(path, tt.want)
			if len(lines) != len(want) {
				t.Errorf("%d lines, want %d:\n%s", len(lines), len(want), strings.Join(lines, "\n"))
			}
			for i := 0; i < len(lines) && i < len(want); i++ {
				if !strings.HasPrefix(lines[i], want[i]) {
					t.Errorf("line %d:\n got %s\nwant %s", i+1, lines[i], want[i])
				}
			}
			if got := s.codings(t, "carol"); len(got) != 0 {
				t.Errorf("%d codings imported despite the problems", len(got))
			}
		})
	}
}

// A problem names its row and cell as a spreadsheet shows them, not the
// line of the file: a text cell that spans lines (as a passage in a
// coding or disagreements sheet does) is one row; an empty line is a row
// in a spreadsheet too. The line of the file is said beside, where it
// differs.
func TestImportProblemsNameSpreadsheetRows(t *testing.T) {
	s := newStudy(t)
	seg, doc := s.segs[0], s.segs[0].DocID
	start, end := fmt.Sprint(seg.Start), fmt.Sprint(seg.End)
	adj := strings.Join(sheet.AdjudicationColumns([]string{"alice", "bob"}), ",") + "\n" +
		seg.Key() + "," + doc + "," + start + "," + end + ",isolation.reduced,yes,no,\"one\ntwo\r\nthree\",yes\n" +
		seg.Key() + "," + doc + "," + start + "," + end + ",isolation.reduced,yes,no,\"four\n\nfive\",\n" +
		"\n" +
		seg.Key() + "," + doc + "," + start + "," + end + ",isolation.reduced,yes,no,six,maybe\n"
	coding := strings.Join(sheet.CodingColumns(), ",") + "\n" +
		seg.Key() + "," + doc + ",,,,\"a passage\nof two lines\",nope,\n" +
		seg.Key() + "," + doc + ",,,,one line,isolation.reduced;nope too,\n"
	tests := []struct {
		name, content string
		want          []string // each after "FILE: "
	}{
		{"adjudication", adj, []string{
			"row 3, column consensus (I3, line 5 of the file): no verdict; write yes or no",
			`row 5, column consensus (I5, line 9 of the file): verdict "maybe"; write yes or no`,
			"2 problems; nothing was imported",
		}},
		{"coding sheet", coding, []string{
			`row 2, column codes (G2): unknown code "nope"; the codebook's ids are listed by ` + "`groundwork codebook show`",
			`row 3, column codes (G3, line 4 of the file): unknown code "nope too"; the codebook's ids are listed by ` + "`groundwork codebook show`",
			"2 problems; nothing was imported",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := s.writeText(t, strings.ReplaceAll(tt.name, " ", "-")+".csv", tt.content)
			got, want := strings.Join(s.importRefused(t, path), "\n"), strings.Join(inFile(path, tt.want), "\n")
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// A file that is not a sheet groundwork reads is refused, naming the
// file and, where there is one, the line.
func TestImportUnreadable(t *testing.T) {
	s := newStudy(t)
	tests := []struct {
		name, content string
		coder         string
		want          string // after "FILE"
	}{
		{"not a workbook.xlsx", "segment,codes\n", "carol", ": not a readable .xlsx file: zip: not a valid zip file"},
		// It once took the first of no worksheets, and panicked.
		{"no worksheets.xlsx", noWorksheets(t), "carol", ": the sheet is empty"},
		{"empty", "", "carol", ": the sheet is empty"},
		{"no coder", "segment,codes\n", " ", "--coder is required: whose codings are these?"},
		{"not a sheet", "a,b\n1,2\n", "carol", `: not a codings sheet: its header is "a,b"; expected a coding sheet (segment ... codes), quotes (document, quote, code) or an adjudicated disagreements sheet (unit ... consensus)`},
		{"too many cells", "segment,codes\nx,y\nx,y,z\n", "carol", ": row 3 has 3 cells but the header has 2 columns"},
		{"bad quoting", "segment,codes\nx,\"y\n", "carol", `:2: extraneous or missing " in quoted-field`},
		{"not UTF-8", "segment,codes\nx,\xff\n", "carol", ": invalid UTF-8; save the sheet as CSV UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := strings.ReplaceAll(tt.name, " ", "-")
			if !strings.HasSuffix(name, ".xlsx") {
				name += ".csv"
			}
			path := s.writeText(t, name, tt.content)
			_, err := sheet.Import(context.Background(), s.st, s.cb, path, tt.coder)
			want := path + tt.want
			if tt.name == "no coder" {
				want = tt.want
			}
			if err == nil || err.Error() != want {
				t.Errorf("error %v\nwant  %s", err, want)
			}
		})
	}
	missing := filepath.Join(s.dir, "missing.csv")
	if _, err := sheet.Import(context.Background(), s.st, s.cb, missing, "carol"); err == nil || !strings.HasPrefix(err.Error(), missing+": ") || strings.Count(err.Error(), missing) != 1 {
		t.Errorf("missing file: error %v; want it named once", err)
	}
}

// Excel's "CSV UTF-8" starts with a byte order mark; the header still
// reads as a coding sheet.
func TestImportCSVWithBOM(t *testing.T) {
	s := newStudy(t)
	path := s.writeText(t, "bom.csv", "\ufeffsegment,codes\n"+s.segs[0].Key()+",isolation.reduced\n")
	rep, err := sheet.Import(context.Background(), s.st, s.cb, path, "carol")
	if err != nil || rep.Kind != sheet.KindCoding || rep.Added != 1 {
		t.Errorf("Import = %+v, %v; want one coding from a coding sheet", rep, err)
	}
}

// noWorksheets is an .xlsx file whose workbook lists no worksheets.
func noWorksheets(t *testing.T) string {
	t.Helper()
	const rel = "http://schemas.openxmlformats.org/"
	parts := []struct{ name, xml string }{
		{"[Content_Types].xml", `<Types xmlns="` + rel + `package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`},
		{"_rels/.rels", `<Relationships xmlns="` + rel + `package/2006/relationships"><Relationship Id="rId1" Type="` + rel + `officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="` + rel + `package/2006/relationships"></Relationships>`},
		{"xl/workbook.xml", `<workbook xmlns="` + rel + `spreadsheetml/2006/main"><sheets/></workbook>`},
	}
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, p := range parts {
		w, err := z.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?>` + p.xml)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
