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
			line, col, at := firstInvalid(data)
			hint := "re-save it as UTF-8"
			switch {
			case isEncodedSurrogate(data[at:]):
				hint = "it holds UTF-16 surrogates written as UTF-8 (CESU-8 or WTF-8, as some Java and JavaScript tools write); re-save it as UTF-8"
			case looksWindows1252(data):
				hint = "it looks like Windows-1252 (Word/Excel on Windows); re-run with --encoding windows-1252"
			}
			return "", fmt.Errorf("%s:%d:%d: invalid UTF-8; %s", name, line, col, hint)
		}
		return normaliseText(string(data)), nil
	case "windows-1252", "cp1252", "latin-1", "latin1", "iso-8859-1":
		e = charmap.Windows1252
	case "utf-16", "utf16":
		e = utf16Of(data)
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

// isUTF16Name reports whether enc names UTF-16 as --encoding spells it.
func isUTF16Name(enc string) bool {
	switch strings.ToLower(strings.ReplaceAll(enc, "_", "-")) {
	case "utf-16", "utf16":
		return true
	}
	return false
}

// utf16Of is the UTF-16 decoding for data: the byte order its BOM says,
// else big-endian when it starts with a zero byte (ASCII in big-endian),
// else little-endian (what Windows writes).
func utf16Of(data []byte) encoding.Encoding {
	if bytes.HasPrefix(data, []byte{0xfe, 0xff}) || (len(data) > 1 && data[0] == 0 && data[1] != 0) {
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	}
	return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
}

// predecode prepares a file's bytes for format detection, which reads
// text. UTF-16 text (--encoding utf-16) is decoded to UTF-8 first, as
// detection would take its zero bytes for a binary file and its byte
// order mark for a file to refuse; the encoding left to apply is then
// UTF-8. A file that looks like UTF-16 without --encoding utf-16 is
// refused here with the flag to use. Zip archives (Word documents) pass
// unchanged.
func predecode(name string, data []byte, enc string) ([]byte, string, error) {
	if bytes.HasPrefix(data, []byte("PK")) {
		return data, enc, nil
	}
	if !isUTF16Name(enc) {
		if (enc == "" || strings.EqualFold(enc, "utf-8") || strings.EqualFold(enc, "utf8")) && looksUTF16(data) {
			return nil, "", fmt.Errorf("%s: the file looks like UTF-16 text; re-run with --encoding utf-16", name)
		}
		return data, enc, nil
	}
	out, _, err := transform.Bytes(utf16Of(data).NewDecoder(), data)
	if err != nil {
		return nil, "", fmt.Errorf("%s: cannot decode as UTF-16: %w", name, err)
	}
	return bytes.TrimPrefix(out, []byte("\xef\xbb\xbf")), "utf-8", nil
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

// firstInvalid finds the first invalid UTF-8 sequence: its line and
// column (in characters, 1-based) and its byte offset.
func firstInvalid(data []byte) (line, col, at int) {
	line, col = 1, 1
	for at < len(data) {
		r, size := utf8.DecodeRune(data[at:])
		if r == utf8.RuneError && size <= 1 {
			return line, col, at
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		at += size
	}
	return line, col, at
}

// isEncodedSurrogate reports whether b starts with a UTF-16 surrogate
// (U+D800 to U+DFFF) encoded as UTF-8: ED A0..BF 80..BF. UTF-8 forbids
// them; CESU-8 writes each half of a character outside the BMP so, and
// WTF-8 keeps unpaired ones.
func isEncodedSurrogate(b []byte) bool {
	return len(b) >= 3 && b[0] == 0xed && b[1] >= 0xa0 && b[1] <= 0xbf && b[2] >= 0x80 && b[2] <= 0xbf
}

// isBinary reports whether data looks like a binary file rather than text.
func isBinary(data []byte) bool {
	n := len(data)
	if n > 8000 {
		n = 8000
	}
	return bytes.IndexByte(data[:n], 0) >= 0 && !looksUTF16(data)
}
