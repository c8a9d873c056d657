package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func writeManifest(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "manifest.csv")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A manifest maps each file (by the name written and by its base name) to
// its attributes, and remembers the line for errors about its values.
func TestReadManifest(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		lookup string
		attrs  map[string]string
		line   int
	}{
		{"plain", "file,Programme, role\nint/hf-01.txt,Helpline,peer\n", "other/hf-01.txt",
			map[string]string{"programme": "Helpline", "role": "peer"}, 2},
		{"cells as written", "file,programme\nhf-01.txt,'=Helpline\n", "hf-01.txt",
			map[string]string{"programme": "'=Helpline"}, 2},
		{"Excel's CSV UTF-8", "\ufefffile,role\nhf-01.txt,peer\n", "hf-01.txt",
			map[string]string{"role": "peer"}, 2},
		// Before the reader dropped the BOM from the input, it stood in
		// front of the quote and the header was refused as bad quoting.
		{"BOM before a quoted header", "\ufeff\"file\",\"role\"\n\"a b.txt\",\"peer\"\n", "a b.txt",
			map[string]string{"role": "peer"}, 2},
		{"a quoted cell over two lines", "file,note\nx.txt,\"one\ntwo\"\nhf-01.txt,\n", "hf-01.txt",
			map[string]string{}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := readManifest(writeManifest(t, tt.in))
			if err != nil {
				t.Fatal(err)
			}
			attrs, line := m.lookup(tt.lookup)
			if !reflect.DeepEqual(attrs, tt.attrs) || line != tt.line {
				t.Errorf("lookup(%q) = %q, line %d; want %q, line %d", tt.lookup, attrs, line, tt.attrs, tt.line)
			}
		})
	}
}

func TestReadManifestErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // after the manifest's path
	}{
		{"empty", "", ": cannot read the header row: EOF"},
		{"ragged row", "file,role\na.txt,peer,extra\n", ":2: wrong number of fields; every row needs the 2 columns of the header"},
		{"bad quoting", "file,role\na.txt,\"peer\n", ":2: extraneous or missing \" in quoted-field; every row needs the 2 columns of the header"},
		{"no file", "file,role\n ,peer\n", ":2: the first column (the file) is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeManifest(t, tt.in)
			_, err := readManifest(path)
			if err == nil || err.Error() != path+tt.want {
				t.Errorf("error %v\nwant  %s%s", err, path, tt.want)
			}
		})
	}
	if _, err := readManifest(filepath.Join(t.TempDir(), "none.csv")); err == nil || !strings.HasPrefix(err.Error(), "manifest ") {
		t.Errorf("missing manifest: error %v", err)
	}
}
