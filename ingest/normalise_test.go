package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 in the given byte order, with or without
// a byte order mark.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestIngestUTF16 ingests UTF-16 files in both byte orders, with and
// without a byte order mark: with --encoding utf-16 each becomes the same
// document; without it each is refused with the flag to use.
func TestIngestUTF16(t *testing.T) {
	const text = "Interviewer: Zoë, how was the café? 😀\r\n\r\nParticipant: Très bien, merci."
	const want = "Interviewer: Zoë, how was the café? 😀\n\nParticipant: Très bien, merci."
	for _, tc := range []struct {
		name     string
		big, bom bool
	}{
		{"le-bom", false, true},
		{"be-bom", true, true},
		{"le", false, false},
		{"be", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			p, st := newProject(t)
			f := filepath.Join(t.TempDir(), tc.name+".txt")
			if err := os.WriteFile(f, utf16Bytes(text, tc.big, tc.bom), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Ingest(ctx, p, st, []string{f}, Options{})
			if err == nil || !strings.Contains(err.Error(), "--encoding utf-16") {
				t.Errorf("without --encoding: err = %v, want the hint --encoding utf-16", err)
			}
			if _, err := Ingest(ctx, p, st, []string{f}, Options{Encoding: "utf-16"}); err != nil {
				t.Fatalf("--encoding utf-16: %v", err)
			}
			docs, err := st.Documents(ctx)
			if err != nil || len(docs) != 1 {
				t.Fatalf("documents = %d, %v", len(docs), err)
			}
			d, err := st.Document(ctx, docs[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(d.Text, "Zoë, how was the café? 😀") || !strings.Contains(d.Text, "Très bien, merci.") || strings.ContainsAny(d.Text, "\ufeff\r\x00") {
				t.Errorf("text = %q, want the turns of %q", d.Text, want)
			}
		})
	}
}

// TestDecodeHints checks what an invalid UTF-8 file is told to do.
func TestDecodeHints(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
		want string
		not  string
	}{
		{"windows-1252", "P: caf\xe9 cr\xe8me", "1:7: invalid UTF-8; it looks like Windows-1252", ""},
		{"lone surrogate", "P: ok\nP: \xed\xa0\x80 x", "2:4: invalid UTF-8; it holds UTF-16 surrogates written as UTF-8 (CESU-8 or WTF-8", "windows-1252"},
		{"CESU-8 pair", "P: smile \xed\xa0\xbd\xed\xb8\x80", "1:10: invalid UTF-8; it holds UTF-16 surrogates", "windows-1252"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decode("f.txt", []byte(tc.data), "")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			if tc.not != "" && strings.Contains(err.Error(), tc.not) {
				t.Errorf("err = %v, should not say %q", err, tc.not)
			}
		})
	}
}
