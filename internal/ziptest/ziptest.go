// Package ziptest builds zip archives in memory, for tests of the formats
// that are zips (DOCX, XLSX, REFI-QDA projects) and of what reads them.
package ziptest

import (
	"archive/zip"
	"bytes"
	"testing"
)

// Build returns a zip archive of name/content pairs, in order; it fails
// the test if the archive cannot be written.
func Build(t testing.TB, files ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		w, err := zw.Create(files[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
