package ziptest

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

func TestBuildHoldsEachFileInOrder(t *testing.T) {
	data := Build(t, "word/document.xml", "<w:document/>", "a.txt", "hello")
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]string{{"word/document.xml", "<w:document/>"}, {"a.txt", "hello"}}
	if len(r.File) != len(want) {
		t.Fatalf("%d files, want %d", len(r.File), len(want))
	}
	for i, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name != want[i][0] || string(body) != want[i][1] {
			t.Errorf("file %d = %s %q, want %s %q", i, f.Name, body, want[i][0], want[i][1])
		}
	}
}
