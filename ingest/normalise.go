// Package ingest reads transcript files into the project: it checks and
// decodes their encoding, parses them (package ingest/parse), renders one
// canonical text per document, splits participant turns into segments and
// stores everything in one transaction.
package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Encodings lists the values --encoding accepts.
func Encodings() []string { return []string{"utf-8", "windows-1252", "utf-16"} }

// decode turns raw file bytes into UTF-8 text without a BOM and with LF line
// endings. enc is "" or "utf-8" (the default, checked strictly),
// "windows-1252" or "utf-16" (either byte order, BOM honoured).
func decode(name string, data []byte, enc string) (string, error) {
	var e encoding.Encoding
	switch strings.ToLower(strings.ReplaceAll(enc, "_", "-")) {
	case "", "utf-8", "utf8":
		if looksUTF16(data) {
			return "", fmt.Errorf("%s: the file looks like UTF-16 text; re-run with --encoding utf-16", name)
		}
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(data) {
			line, col := firstInvalid(data)
			hint := "re-save it as UTF-8"
			if looksWindows1252(data) {
				hint = "it looks like Windows-1252 (Word/Excel on Windows); re-run with --encoding windows-1252"
			}
			return "", fmt.Errorf("%s:%d:%d: invalid UTF-8; %s", name, line, col, hint)
		}
		return normaliseText(string(data)), nil
	case "windows-1252", "cp1252", "latin-1", "latin1", "iso-8859-1":
		e = charmap.Windows1252
	case "utf-16", "utf16":
		e = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
		if bytes.HasPrefix(data, []byte{0xfe, 0xff}) || (len(data) > 1 && data[0] == 0 && data[1] != 0) {
			e = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
		}
	default:
		return "", fmt.Errorf("unknown --encoding %q; use one of %s", enc, strings.Join(Encodings(), ", "))
	}
	out, _, err := transform.Bytes(e.NewDecoder(), data)
	if err != nil {
		return "", fmt.Errorf("%s: cannot decode as %s: %v", name, enc, err)
	}
	out = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
	return normaliseText(string(out)), nil
}

// normaliseText makes line endings LF and the text NFC.
func normaliseText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return norm.NFC.String(s)
}

func looksUTF16(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return true
	}
	n := len(data)
	if n > 512 {
		n = 512
	}
	if n < 4 {
		return false
	}
	zeros := 0
	for i := 0; i < n; i++ {
		if data[i] == 0 {
			zeros++
		}
	}
	// ASCII text in UTF-16 has a zero in every other byte.
	return zeros*10 > n*4 && zeros*10 < n*6
}

// looksWindows1252 guesses whether invalid UTF-8 is Windows-1252: bytes of
// its punctuation range (curly quotes, dashes) or Latin-1 letters in text
// that has no NUL bytes.
func looksWindows1252(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return false
	}
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

func firstInvalid(data []byte) (line, col int) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return line, col
}

// isBinary reports whether data looks like a binary file rather than text.
func isBinary(data []byte) bool {
	n := len(data)
	if n > 8000 {
		n = 8000
	}
	return bytes.IndexByte(data[:n], 0) >= 0 && !looksUTF16(data)
}
