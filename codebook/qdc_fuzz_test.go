package codebook

import (
	"bytes"
	"testing"
)

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
