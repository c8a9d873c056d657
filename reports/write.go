package reports

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/safecsv"
)

// Formats lists the report formats Write knows, in default order.
func Formats() []string { return []string{"html", "md", "json", "csv", "xlsx"} }

// Files maps each format to the files it writes.
var files = map[string][]string{
	"html": {"report.html"},
	"md":   {"report.md"},
	"json": {"report.json"},
	"csv":  {"matrix.csv", "codings.csv"},
	"xlsx": {"report.xlsx"},
}

// Write renders the report in the given formats into dir. Every file is
// written whole beside its old version before any replaces it
// (corpus.Staged), so that a failure or an interruption leaves the old
// report whole rather than a folder whose files disagree. It returns the
// paths written.
func Write(ctx context.Context, dir string, r *Report, ds *analysis.Dataset, formats []string) ([]string, error) {
	if len(formats) == 0 {
		formats = Formats()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var staged corpus.Staged
	defer staged.Discard()
	var written []string
	for _, f := range formats {
		names, ok := files[f]
		if !ok {
			return nil, fmt.Errorf("unknown report format %q; use %s", f, strings.Join(Formats(), ","))
		}
		for _, name := range names {
			path := filepath.Join(dir, name)
			err := staged.WriteWith(path, 0o644, func(w io.Writer) error {
				switch name {
				case "report.html":
					return WriteHTML(w, r)
				case "report.md":
					return WriteMarkdown(w, r)
				case "report.json":
					return WriteJSON(w, r)
				case "matrix.csv":
					return WriteMatrixCSV(w, r)
				case "codings.csv":
					return WriteCodings(ctx, w, ds, "csv")
				case "report.xlsx":
					return WriteXLSX(w, r)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("writing %s: %w", path, err)
			}
			written = append(written, path)
		}
	}
	// The figures go beside the report for papers (report.md links them):
	// PNG at 300 dpi and SVG.
	if slices.Contains(formats, "html") || slices.Contains(formats, "md") {
		for _, c := range r.Charts {
			for _, f := range []struct {
				ext  string
				data []byte
			}{{".png", c.PNG}, {".svg", c.SVG}} {
				path := filepath.Join(dir, c.Name+f.ext)
				err := staged.WriteWith(path, 0o644, func(w io.Writer) error {
					_, err := w.Write(f.data)
					return err
				})
				if err != nil {
					return nil, fmt.Errorf("writing %s: %w", path, err)
				}
				written = append(written, path)
			}
		}
	}
	// Interrupted while writing: the old report stays as it was.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := staged.Commit(); err != nil {
		return nil, fmt.Errorf("replacing the report in %s: %w", dir, err)
	}
	return written, nil
}

// WriteJSON writes every number of the report as JSON.
func WriteJSON(w io.Writer, r *Report) error {
	return streamJSON(w, r)
}

// WriteMatrixCSV writes the programme × code matrix: one row per programme
// and code, with the code's label and family, the informant count, the
// group size, the prevalence, the segment count, how many of the
// informants rest on unreviewed suggestions alone, the report's basis
// on every row ("draft" when nobody has reviewed the codings), and how
// many of the programme's interviews nobody has coded yet (counted in n as
// interviews without the code), so that the numbers cannot travel without
// them.
func WriteMatrixCSV(w io.Writer, r *Report) error {
	cw := safecsv.NewWriter(w)
	if err := cw.Write([]string{"programme", "code", "label", "family", "informants", "n", "prevalence", "segments", "unreviewed", "basis", "uncoded"}); err != nil {
		return err
	}
	family := map[string]string{}
	for _, f := range r.Families {
		for _, c := range f.Codes {
			family[c] = f.ID
		}
	}
	for _, row := range r.Matrix {
		for _, c := range row.Cells {
			if err := cw.Write([]string{row.Programme, c.Code, r.label(c.Code), family[c.Code], strconv.Itoa(c.Informants), strconv.Itoa(c.N),
				strconv.FormatFloat(c.Prevalence, 'f', 4, 64), strconv.Itoa(c.Segments), strconv.Itoa(c.Unreviewed), r.Counting.Basis, strconv.Itoa(row.Uncoded)}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// CodingColumns are the columns of a codings export, in order.
func CodingColumns() []string {
	return []string{"document", "programme", "role", "speaker", "start", "end", "code", "coder", "status", "rule", "confidence", "quote"}
}

// CodingRow is one coding as exported.
type CodingRow struct {
	Document  string `json:"document"`
	Programme string `json:"programme"`
	Role      string `json:"role"`
	Speaker   string `json:"speaker"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Code      string `json:"code"`
	Coder     string `json:"coder"`
	Status    string `json:"status"`
	Rule      string `json:"rule"`
	// Confidence is a learned suggestion's (empty in CSV, left out of
	// JSON, for a coding no model scored).
	Confidence *float64 `json:"confidence,omitempty"`
	Quote      string   `json:"quote"`
}

// codingRow is the exported row of a coding spoken by speaker, its text
// quote (the programme and role are the document's, set by the caller).
func codingRow(c *corpus.CodingRef, speaker, quote string) CodingRow {
	return CodingRow{Document: c.DocID, Speaker: speaker, Start: c.Start, End: c.End, Code: c.Code, Coder: c.Coder,
		Status: c.Status, Rule: c.Rule, Confidence: c.Confidence, Quote: quote}
}

// codingRows returns the row writer of a codings export in format (csv or
// json) and the function that finishes the file.
func codingRows(w io.Writer, format string) (write func(CodingRow) error, finish func() error, err error) {
	switch format {
	case "json":
		write, finish = jsonRows(w)
	case "csv", "":
		write, finish = csvRows(w)
	default:
		return nil, nil, fmt.Errorf("unknown format %q; use csv or json", format)
	}
	return write, finish, nil
}

// WriteCodings writes the dataset's codings as csv or json, one coding at
// a time: at scale the export is hundreds of megabytes. Start and end are
// rune offsets into the document's canonical text and the quote is exactly
// that span, cut from the text itself.
func WriteCodings(ctx context.Context, w io.Writer, ds *analysis.Dataset, format string) error {
	write, finish, err := codingRows(w, format)
	if err != nil {
		return err
	}
	docs := map[string]*corpus.Document{}
	for _, d := range ds.Docs {
		docs[d.ID] = d
	}
	err = ds.EachQuoted(ctx, func(c *corpus.CodingRef, quote string) error {
		row := codingRow(c, ds.Speaker(c.DocID, c.Start), quote)
		if d := docs[c.DocID]; d != nil {
			row.Programme, row.Role = d.Attr("programme"), d.Attr("role")
		}
		return write(row)
	})
	if err != nil {
		return err
	}
	return finish()
}

func csvRows(w io.Writer) (write func(CodingRow) error, finish func() error) {
	cw := safecsv.NewWriter(w)
	headerErr := cw.Write(CodingColumns())
	write = func(r CodingRow) error {
		if headerErr != nil {
			return headerErr
		}
		return cw.Write([]string{r.Document, r.Programme, r.Role, r.Speaker, strconv.Itoa(r.Start), strconv.Itoa(r.End),
			r.Code, r.Coder, r.Status, r.Rule, confidenceCell(r.Confidence), r.Quote})
	}
	finish = func() error {
		if headerErr != nil {
			return headerErr
		}
		cw.Flush()
		return cw.Error()
	}
	return write, finish
}

// jsonRows writes an indented JSON array of rows, as json.Encoder with
// two-space indentation would write the whole slice.
func jsonRows(w io.Writer) (write func(CodingRow) error, finish func() error) {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	n := 0
	write = func(r CodingRow) error {
		buf.Reset()
		if err := enc.Encode(r); err != nil {
			return err
		}
		sep := ",\n  "
		if n == 0 {
			sep = "[\n  "
		}
		n++
		if _, err := bw.WriteString(sep); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	finish = func() error {
		end := "\n]\n"
		if n == 0 {
			end = "[]\n"
		}
		if _, err := bw.WriteString(end); err != nil {
			return err
		}
		return bw.Flush()
	}
	return write, finish
}

// confidenceCell is a confidence as a CSV cell: empty for none.
func confidenceCell(c *float64) string {
	if c == nil {
		return ""
	}
	return strconv.FormatFloat(*c, 'f', -1, 64)
}
