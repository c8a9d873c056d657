package refiqda

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// FuzzQDPX feeds arbitrary bytes to the REFI-QDA reader, as a bare
// project.qde and as a .qdpx archive: it must refuse or read them, never
// panic, and never write anything (planning reads only).
func FuzzQDPX(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes><Code guid="1" name="A" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="s1" name="d"><PlainTextContent>Hello world</PlainTextContent><PlainTextSelection guid="p" startPosition="0" endPosition="5"><Coding guid="c"><CodeRef targetGUID="1"/></Coding></PlainTextSelection></TextSource></Sources></Project>`))
	f.Add([]byte(`<Project name="x"><Sources><TextSource guid="{A}" plainTextPath="internal://nope.txt"/></Sources></Project>`))
	f.Add([]byte(`<NotQDA/>`))
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	w, _ := zw.Create("project.qde")
	w.Write([]byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="z"><Sources><TextSource guid="s" plainTextPath="internal://s.txt"/></Sources></Project>`))
	w, _ = zw.Create("sources/s.txt")
	w.Write([]byte("text\r\nmore"))
	zw.Close()
	f.Add(zb.Bytes())
	for _, p := range []string{"../../shared/refi-qda/samples"} {
		filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (filepath.Ext(path) == ".qde" || filepath.Ext(path) == ".qdpx") {
				if data, err := os.ReadFile(path); err == nil && len(data) < 1<<20 {
					f.Add(data)
				}
			}
			return nil
		})
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		for _, name := range []string{"p.qde", "p.qdpx"} {
			src := filepath.Join(dir, name)
			if err := os.WriteFile(src, data, 0o644); err != nil {
				t.Fatal(err)
			}
			planQDPX(context.Background(), src, ArchiveLimits{}, "fuzz")
		}
	})
}

// FuzzReadQDC: any bytes are read as a REFI-QDA codebook or refused, never
// a panic; what is read has GUIDs and colours groundwork can write back.
func FuzzReadQDC(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="{0b0a4c2e-1f1e-4a7c-9d5e-2a8e5f1b9c01}" name="A" isCodable="false" color="#F00"><Description>a</Description><Code guid="x" name="A::B" isCodable="true"/></Code></Codes><Sets><Set guid="s" name="g"><MemberCode guid="x"/></Set></Sets></CodeBook>`))
	f.Add([]byte(`<CodeBook><Codes/></CodeBook>`))
	f.Add([]byte("\xef\xbb\xbf<CodeBook xmlns=\"urn:QDA-XML:codebook:0.9\"><Codes><Code name=\"\" guid=\"\"/></Codes></CodeBook>"))
	f.Add([]byte(`<Project/>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ex, err := ReadQDC("fuzz.qdc", data)
		if err != nil {
			return
		}
		// Every code read has a GUID and a colour groundwork can write.
		var walk func([]*ExchangeCode)
		walk = func(cs []*ExchangeCode) {
			for _, c := range cs {
				if c.GUID == "" {
					t.Errorf("code %q has no GUID", c.Name)
				}
				if c.Colour != "" && !bytes.HasPrefix([]byte(c.Colour), []byte("#")) {
					t.Errorf("colour %q is not #rrggbb", c.Colour)
				}
				walk(c.Children)
			}
		}
		walk(ex.Codes)
	})
}
