package ingest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/parse"
	"github.com/groundwork-qda/groundwork/safecsv"
)

// manifest maps source files to their attributes.
type manifest struct {
	path string
	rows map[string]map[string]string // by file name as written, and by base name
	line map[string]int
}

// readManifest reads a manifest CSV: a header row whose first column names
// the file, then id, programme, role or any attribute.
func readManifest(path string) (*manifest, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	// The manifest is the researcher's own file: cells are taken as written.
	r := safecsv.NewReader(f)
	header, _, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the header row: %v", path, err)
	}
	for i := range header {
		header[i] = strings.ToLower(strings.TrimSpace(header[i]))
	}
	m := &manifest{path: path, rows: map[string]map[string]string{}, line: map[string]int{}}
	err = r.Each(func(rec []string, line int) error {
		file := strings.TrimSpace(rec[0])
		if file == "" {
			return fmt.Errorf("%s:%d: the first column (the file) is empty", path, line)
		}
		attrs := map[string]string{}
		for i := 1; i < len(rec) && i < len(header); i++ {
			if v := strings.TrimSpace(rec[i]); v != "" {
				attrs[header[i]] = v
			}
		}
		for _, key := range []string{filepath.ToSlash(file), filepath.Base(file)} {
			m.rows[key] = attrs
			m.line[key] = line
		}
		return nil
	})
	var pe *csv.ParseError
	var re *safecsv.ReadError
	switch {
	case errors.As(err, &pe):
		return nil, fmt.Errorf("%s:%d: %v; every row needs the %d columns of the header", path, pe.Line, pe.Err, len(header))
	case errors.As(err, &re):
		return nil, fmt.Errorf("%s: %v", path, re.Err)
	case err != nil:
		return nil, err
	}
	return m, nil
}

func (m *manifest) lookup(path string) (map[string]string, int) {
	if m == nil {
		return nil, 0
	}
	for _, key := range []string{filepath.ToSlash(path), filepath.Base(path)} {
		if a, ok := m.rows[key]; ok {
			return a, m.line[key]
		}
	}
	return nil, 0
}

// attributes merges a document's attributes: front matter wins over the
// manifest, the manifest over the command-line flags. The id defaults to the
// file name without its extension. Values are checked against the types
// declared in groundwork.yaml.
func (r *reader) attributes(src source, t *parse.Transcript) (map[string]string, error) {
	attrs := map[string]string{}
	where := map[string]string{} // attribute -> where its value came from, for errors
	set := func(k, v, from string) {
		k = canonicalAttr(k)
		if v = strings.TrimSpace(v); v != "" {
			attrs[k] = v
			where[k] = from
		}
	}
	set("programme", r.opts.Programme, "--programme")
	set("role", r.opts.Role, "--role")
	if row, line := r.manifest.lookup(src.path); row != nil {
		for k, v := range row {
			set(k, v, fmt.Sprintf("%s:%d", r.manifest.path, line))
		}
	}
	for k, v := range t.Meta {
		from := src.display
		if l := t.MetaLines[k]; l > 0 {
			from = fmt.Sprintf("%s:%d", src.display, l)
		}
		set(k, v, from)
	}
	if attrs["id"] == "" {
		base := filepath.Base(src.path)
		attrs["id"] = strings.TrimSuffix(base, filepath.Ext(base))
		where["id"] = src.display
	}
	if !validID(attrs["id"]) {
		return nil, fmt.Errorf("%s: document id %q may hold only letters, digits, '.', '_' and '-', 128 at most; set `id:` in the front matter or the manifest", where["id"], attrs["id"])
	}
	for k, v := range attrs {
		a := r.proj.Config.Attributes[k]
		if a == nil {
			continue
		}
		norm, err := checkAttr(a, v)
		if err != nil {
			return nil, fmt.Errorf("%s: attribute %s: %v", where[k], k, err)
		}
		attrs[k] = norm
	}
	return attrs, nil
}

// validID reports whether id is a document id: 1 to 128 letters, digits,
// '.', '_' and '-'. (A regexp for it, [\p{L}\p{N}._-]{1,128}, cost every
// command 9 ms to compile at start.)
func validID(id string) bool {
	if id == "" || utf8.RuneCountInString(id) > 128 {
		return false
	}
	for _, r := range id {
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '.' && r != '_' && r != '-' {
			return false
		}
	}
	return true
}

func canonicalAttr(k string) string {
	k = strings.ToLower(strings.TrimSpace(k))
	switch k {
	case "program":
		return "programme"
	}
	return k
}

// checkAttr validates a value against its declared type and returns it in
// canonical form (a category in its declared spelling, a date as YYYY-MM-DD).
func checkAttr(a *corpus.Attribute, v string) (string, error) {
	switch a.Type {
	case corpus.AttrCategory:
		for _, allowed := range a.Values {
			if strings.EqualFold(allowed, v) {
				return allowed, nil
			}
		}
		return "", fmt.Errorf("%q is not one of %s (declared in groundwork.yaml)", v, strings.Join(a.Values, ", "))
	case corpus.AttrDate:
		return parseDate(v)
	case corpus.AttrNumber:
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			return "", fmt.Errorf("%q is not a number", v)
		}
	}
	return v, nil
}

// parseDate reads the dates researchers write: ISO dates, "16 October 2014",
// "October 16, 2014", and day/month/year or month/day/year when the day
// shows which is which (16/10/2014). An ambiguous 03/04/2014 is refused.
func parseDate(v string) (string, error) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02 15:04",
		"2 January 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006", "2006/01/02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	var a, b, y int
	if n, _ := fmt.Sscanf(strings.ReplaceAll(strings.ReplaceAll(v, ".", "/"), "-", "/"), "%d/%d/%d", &a, &b, &y); n == 3 && y >= 1000 {
		day, month := a, b
		switch {
		case a > 12 && b <= 12:
		case b > 12 && a <= 12:
			day, month = b, a
		case a != b:
			return "", fmt.Errorf("%q is ambiguous (day/month or month/day?); write it as YYYY-MM-DD", v)
		}
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if t.Day() == day && int(t.Month()) == month {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("%q is not a date; write it as YYYY-MM-DD", v)
}
