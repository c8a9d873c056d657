package redact

import (
	"archive/zip"
	"bytes"
	"html"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Leak is an original found in a file that should hold none. It never
// carries the text around the match.
type Leak struct {
	Entry Entry
	Line  int    // 1-based line in the file (or in the zip entry)
	Where string // zip entry name ("word/document.xml", "Sources/a.docx/word/document.xml"), or ""
}

// Limits for reading archives: entries larger than this are read up to it;
// nesting deeper than maxZipDepth is not opened.
const (
	maxEntryBytes = 32 << 20
	maxZipDepth   = 3
)

// Leaks scans a file's bytes for known originals: case-insensitively,
// accent-insensitively (Unicode-normalised), on word boundaries. Zip
// archives (.docx, .xlsx, .qdpx, ...) are opened and each entry scanned; in
// XML the tags are dropped and entities decoded first, so text split across
// Word runs is still found. Phone numbers and IDs also match by their
// digits whatever the spacing. One-word person originals (and ordinary
// words such as Will, Hope, Grace) only match when capitalised.
func Leaks(data []byte, originals []Entry) []Leak {
	m := newLeakMatcher(originals)
	if len(m.pats) == 0 && len(m.digits) == 0 {
		return nil
	}
	var out []Leak
	m.scan(data, "", 0, &out)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Where != out[j].Where {
			return out[i].Where < out[j].Where
		}
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Entry.Original < out[j].Entry.Original
	})
	return out
}

type leakPattern struct {
	entry   Entry
	key     string // fold()ed original
	capital bool   // must start with an upper-case letter in the source
}

type leakMatcher struct {
	pats   []leakPattern
	digits map[string][]Entry // digit string of phones / IDs -> entries
}

func newLeakMatcher(originals []Entry) *leakMatcher {
	m := &leakMatcher{digits: map[string][]Entry{}}
	seen := map[string]bool{}
	for _, e := range originals {
		k := fold(strings.TrimSpace(e.Original))
		if len([]rune(k)) >= 2 && !seen[string(e.Kind)+"\x00"+k] {
			seen[string(e.Kind)+"\x00"+k] = true
			m.pats = append(m.pats, leakPattern{
				entry: e,
				key:   k,
				// A one-word name counts only when capitalised, as names are
				// written: "oxygen" in a report is no leak of a transcript's
				// "Oxygen," that the detector took for a name.
				capital: e.Kind == Person && (!strings.ContainsAny(k, " -") || ambiguousNames[k] || functionWords[k] || fillerWords[k]),
			})
		}
		if e.Kind == Phone || e.Kind == ID {
			if d := digitsOf(e.Original); len(d) >= 7 {
				m.digits[d] = append(m.digits[d], e)
				if e.Kind == Phone {
					if nk := normKey(Phone, e.Original); nk != d {
						m.digits[nk] = append(m.digits[nk], e)
					}
				}
			}
		}
	}
	return m
}

func (m *leakMatcher) scan(data []byte, where string, depth int, out *[]Leak) {
	if depth < maxZipDepth && bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			for _, f := range zr.File {
				if f.FileInfo().IsDir() {
					continue
				}
				rc, err := f.Open()
				if err != nil {
					continue
				}
				b, _ := io.ReadAll(io.LimitReader(rc, maxEntryBytes))
				rc.Close()
				name := f.Name
				if where != "" {
					name = where + "/" + f.Name
				}
				m.scan(b, name, depth+1, out)
			}
			return
		}
	}
	text, lineOf := decodeText(data)
	if isXMLName(where) || looksXML(text) {
		var plain string
		plain, lineOf = stripXML(text, lineOf)
		text = plain
	}
	m.scanText(text, lineOf, where, bytes.IndexByte(data, 0) >= 0, out)
}

// decodeText turns bytes into text (UTF-16 with a BOM is decoded; invalid
// UTF-8 bytes become U+FFFD) and returns the line of each byte of the result.
func decodeText(data []byte) (string, func(int) int) {
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		be := data[0] == 0xfe
		u := make([]uint16, 0, len(data)/2)
		for i := 2; i+1 < len(data); i += 2 {
			if be {
				u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
			} else {
				u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
			}
		}
		text = string(utf16.Decode(u))
	default:
		text = strings.ToValidUTF8(string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), "\uFFFD")
	}
	return text, lineCounter(text)
}

// lineCounter returns a function giving the 1-based line of a byte offset.
func lineCounter(text string) func(int) int {
	var starts []int
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return func(off int) int {
		return sort.SearchInts(starts, off+1) + 1
	}
}

func isXMLName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".xml", ".rels", ".qde", ".qdc", ".xhtml", ".html", ".htm", ".svg", ".vml":
		return true
	}
	return false
}

func looksXML(text string) bool {
	t := strings.TrimLeftFunc(text, unicode.IsSpace)
	t = strings.ToLower(t[:min(len(t), 16)])
	return strings.HasPrefix(t, "<?xml") || strings.HasPrefix(t, "<!doctype") || strings.HasPrefix(t, "<html")
}

// blockTags end a paragraph, cell or row: a space is put in their place.
var blockTags = []string{"p", "w:p", "w:tab", "w:br", "w:cr", "text:p", "text:h", "text:tab", "text:line-break", "br", "div", "li", "td", "tr", "si", "c", "row", "a:p", "h1", "h2", "h3", "h4", "h5", "h6", "table:table-cell"}

// stripXML drops tags (a block-level tag becomes a space; inline tags,
// such as Word's run boundaries, vanish so split words join), keeps
// attribute values of text-bearing attributes as separate text, decodes
// entities, and maps each byte of the result back to its source line.
func stripXML(text string, lineOf func(int) int) (string, func(int) int) {
	var b strings.Builder
	src := make([]int32, 0, len(text)) // source offset of each output byte
	emit := func(s string, at int) {
		b.WriteString(s)
		for k := 0; k < len(s); k++ {
			src = append(src, int32(at))
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch c {
		case '<':
			j := strings.IndexByte(text[i:], '>')
			if j < 0 {
				emit(text[i:], i)
				i = len(text)
				continue
			}
			tag := text[i+1 : i+j]
			name := strings.TrimLeft(tag, "/")
			if k := strings.IndexAny(name, " \t\n/"); k >= 0 {
				name = name[:k]
			}
			for _, bt := range blockTags {
				if name == bt {
					emit(" ", i)
					break
				}
			}
			// Attribute values can hold text too (REFI-QDA names, descriptions, plain text).
			for _, v := range attrValues(tag) {
				emit(" ", i)
				emit(decodeEntities(v), i)
				emit(" ", i)
			}
			i += j + 1
		case '&':
			j := strings.IndexByte(text[i:], ';')
			if j > 0 && j < 12 {
				emit(decodeEntities(text[i:i+j+1]), i)
				i += j + 1
				continue
			}
			emit("&", i)
			i++
		default:
			// Copy the byte as it is: string(c) would make each byte of a
			// UTF-8 sequence a character of its own ("Ã¡" for "á").
			emit(text[i:i+1], i)
			i++
		}
	}
	out := b.String()
	return out, func(off int) int {
		if off >= len(src) {
			if len(src) == 0 {
				return 1
			}
			off = len(src) - 1
		}
		return lineOf(int(src[off]))
	}
}

// attrValues returns the values of a tag's attributes (name="value").
func attrValues(tag string) []string {
	var vs []string
	for {
		k := strings.IndexAny(tag, `"'`)
		if k < 0 || k == 0 || tag[k-1] != '=' {
			if k < 0 {
				return vs
			}
			tag = tag[k+1:]
			continue
		}
		q := tag[k]
		rest := tag[k+1:]
		e := strings.IndexByte(rest, q)
		if e < 0 {
			return vs
		}
		if v := rest[:e]; strings.ContainsFunc(v, unicode.IsLetter) || strings.ContainsFunc(v, unicode.IsDigit) {
			vs = append(vs, v)
		}
		tag = rest[e+1:]
	}
}

var xmlEntities = map[string]string{"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": `"`, "&apos;": "'", "&nbsp;": " ", "&rsquo;": "’", "&lsquo;": "‘"}

func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if j := strings.IndexByte(s[i:], ';'); j > 0 && j < 12 {
				ent := s[i : i+j+1]
				if r, ok := xmlEntities[ent]; ok {
					b.WriteString(r)
					i += j + 1
					continue
				}
				// HTML's named entities (&aacute;, &eacute;, ...).
				if r := html.UnescapeString(ent); r != ent {
					b.WriteString(r)
					i += j + 1
					continue
				}
				if strings.HasPrefix(ent, "&#") {
					num := ent[2 : len(ent)-1]
					base := 10
					if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
						num, base = num[1:], 16
					}
					if n, err := strconv.ParseInt(num, base, 32); err == nil && utf8.ValidRune(rune(n)) {
						b.WriteRune(rune(n))
						i += j + 1
						continue
					}
				}
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// scanText finds the patterns in text, line by line.
//
// In binary data (a database page, a compressed index segment) a short
// original (under four letters) that touches a byte that is no character
// is left out: compressed text and random bytes there hold "Jo" and "Pat"
// by chance, while a name written in text stands between spaces or
// punctuation.
func (m *leakMatcher) scanText(text string, lineOf func(int) int, where string, binary bool, out *[]Leak) {
	seen := map[string]bool{}
	report := func(e Entry, off int) {
		line := lineOf(off)
		k := string(e.Kind) + "\x00" + e.Original + "\x00" + strconv.Itoa(line)
		if !seen[k] {
			seen[k] = true
			*out = append(*out, Leak{Entry: e, Line: line, Where: where})
		}
	}
	// Fold line by line, keeping for each folded byte the source offset
	// within the line: memory stays bounded by the longest line.
	forLines(text, func(ls, le int) {
		line := text[ls:le]
		folded, src := foldWithOffsets(line)
		for _, p := range m.pats {
			for from := 0; from < len(folded); {
				k := strings.Index(folded[from:], p.key)
				if k < 0 {
					break
				}
				s := from + k
				e := s + len(p.key)
				from = s + 1
				if !boundaryBefore(folded, s) || !boundaryAfter(folded, e) {
					continue
				}
				if p.capital {
					r, _ := utf8.DecodeRuneInString(line[src[s]:])
					if !unicode.IsUpper(r) {
						continue
					}
				}
				if binary && utf8.RuneCountInString(p.key) < 4 && touchesNoise(line, int(src[s]), int(src[e])) {
					continue
				}
				report(p.entry, ls+int(src[s]))
			}
		}
	})
	if len(m.digits) > 0 {
		for _, mm := range numberRE().FindAllStringIndex(text, -1) {
			raw := text[mm[0]:mm[1]]
			d := digitsOf(raw)
			cands := []string{d}
			if nk := normKey(Phone, raw); nk != d {
				cands = append(cands, nk)
			}
			for _, c := range cands {
				for _, e := range m.digits[c] {
					report(e, mm[0])
				}
			}
		}
	}
}

// touchesNoise reports whether the character before line[s:e] or after it
// is a control character or an undecodable byte.
func touchesNoise(line string, s, e int) bool {
	noise := func(r rune) bool { return r == utf8.RuneError || unicode.IsControl(r) && r != '\t' && r != '\r' }
	if s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(line[:s]); noise(r) {
			return true
		}
	}
	if e < len(line) {
		if r, _ := utf8.DecodeRuneInString(line[e:]); noise(r) {
			return true
		}
	}
	return false
}

// foldWithOffsets folds text like fold() (without collapsing spaces) and
// returns the source byte offset of every byte of the result.
func foldWithOffsets(text string) (string, []int32) {
	var b strings.Builder
	b.Grow(len(text))
	src := make([]int32, 0, len(text)+1)
	space := false
	for i, r := range text {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				src = append(src, int32(i))
			}
			space = true
			continue
		}
		space = false
		if r < utf8.RuneSelf {
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			src = append(src, int32(i))
			continue
		}
		f := fold(string(r))
		b.WriteString(f)
		for k := 0; k < len(f); k++ {
			src = append(src, int32(i))
		}
	}
	src = append(src, int32(len(text)))
	return b.String(), src
}

func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// NamesLeft returns the names (of those given) that still stand in texts,
// found as Leaks finds them in a report or an export: for measuring a
// redaction against a labelled set, where the names are known.
func NamesLeft(texts []string, names []string) []string {
	entries := make([]Entry, len(names))
	for i, n := range names {
		entries[i] = Entry{Kind: Person, Original: n}
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range texts {
		for _, l := range Leaks([]byte(t), entries) {
			if !seen[l.Entry.Original] {
				seen[l.Entry.Original] = true
				out = append(out, l.Entry.Original)
			}
		}
	}
	sort.Strings(out)
	return out
}
