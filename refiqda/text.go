package refiqda

// An imported source's text: decoded, made canonical (LF, NFC) with a map
// from the source's positions to the canonical text's, and split into the
// turns and segments ingest would make of it.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/parse"
)

// decodeSource turns a source file's bytes into text: UTF-8 (a BOM
// dropped: positions do not count it), UTF-16 with a BOM, or, failing
// those, Windows-1252 (with a note).
func decodeSource(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		e := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
		if out, _, err := transform.Bytes(e.NewDecoder(), data); err == nil {
			return strings.TrimPrefix(string(out), "\ufeff"), ""
		}
	}
	if utf8.Valid(data) {
		return string(data), ""
	}
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "its text is not valid UTF-8; invalid bytes were replaced"
	}
	return string(out), "its text is not UTF-8; it was read as Windows-1252"
}

// posMap is a source text normalised to groundwork's canonical form (LF
// line endings, NFC) with the canonical rune offset of every source
// position, counted two ways where the text has CRLF line endings: CR and
// LF as two positions (the standard) or as one (ATLAS.ti). Offsets are
// int32 (a source's text is at most MaxText, capped at 1 GiB) and the
// common text with no CR that is already NFC has no table at all.
type posMap struct {
	text string
	n    int              // runes in text
	srcN int              // source positions (runes of the source)
	two  []int32          // nil: position i is rune i
	one  []int32          // nil when the text has no CRLF
	cut  *corpus.RuneText // built by quote
}

// quote returns runes [s, e) of the canonical text as a substring of it:
// the codings of a document share its text rather than each holding a copy.
func (m *posMap) quote(s, e int) string {
	if m.cut == nil {
		m.cut = &corpus.RuneText{}
		m.cut.Reset(m.text)
	}
	return m.cut.Slice(s, e)
}

func newPosMap(src string) *posMap {
	if !utf8.ValidString(src) {
		src = string([]rune(src)) // each invalid byte one U+FFFD, as positions count them
	}
	srcN := utf8.RuneCountInString(src)
	if !strings.ContainsRune(src, '\r') && norm.NFC.IsNormalString(src) {
		return &posMap{text: src, n: srcN, srcN: srcN}
	}
	m := &posMap{srcN: srcN}
	if strings.ContainsRune(src, '\r') {
		m.text, m.n, m.two, m.one = lineFeeds(src, srcN)
	} else {
		m.two = make([]int32, srcN+1)
		for i := range m.two {
			m.two[i] = int32(i)
		}
		m.text, m.n = src, srcN
	}
	if !norm.NFC.IsNormalString(m.text) {
		m.nfc(m.n)
	}
	return m
}

// lineFeeds turns the CR LF and lone CR of src (of srcN runes) into LF. It
// returns the text, its runes, and the rune offset in it of every position
// of src, counting CR LF as two positions and (when src has any) as one.
func lineFeeds(src string, srcN int) (text string, n int, two, one []int32) {
	two = make([]int32, srcN+1)
	crlf := strings.Contains(src, "\r\n")
	if crlf {
		one = make([]int32, 0, srcN+1)
	}
	var b strings.Builder
	b.Grow(len(src))
	i, out := 0, int32(0)
	for j := 0; j < len(src); i, out = i+1, out+1 {
		two[i] = out
		if crlf {
			one = append(one, out)
		}
		r, size := utf8.DecodeRuneInString(src[j:])
		if r == '\r' {
			if j+1 < len(src) && src[j+1] == '\n' {
				i, j = i+1, j+1
				two[i] = out
			}
			b.WriteByte('\n')
		} else {
			b.WriteString(src[j : j+size])
		}
		j += size
	}
	two[srcN] = out
	if crlf {
		one = append(one, out)
	}
	return b.String(), int(out), two, one
}

// nfc composes the text (of n runes) to NFC and maps the offsets through:
// the runes of a composed sequence map to its runes in turn, the extra
// ones to its last.
func (m *posMap) nfc(n int) {
	nfc := make([]int32, n+1)
	var b strings.Builder
	var it norm.Iter
	it.InitString(norm.NFC, m.text)
	in, out := 0, int32(0)
	for !it.Done() {
		from := it.Pos()
		seg := it.Next()
		a := utf8.RuneCountInString(m.text[from:it.Pos()])
		k := int32(utf8.RuneCount(seg))
		for j := 0; j < a; j++ {
			nfc[in+j] = out + min(int32(j), k)
		}
		b.Write(seg)
		in += a
		out += k
	}
	nfc[in] = out
	for i := range m.two {
		m.two[i] = nfc[m.two[i]]
	}
	for i := range m.one {
		m.one[i] = nfc[m.one[i]]
	}
	m.text, m.n = b.String(), int(out)
}

// conv converts a source span to canonical offsets. oneMode counts CRLF as
// one position. It clamps an end just past the text (reporting clamped)
// and refuses spans that cannot be placed.
func (m *posMap) conv(start, end int, oneMode bool) (s, e int, clamped bool, problem string) {
	tab, n := m.two, m.srcN
	if oneMode && m.one != nil {
		tab = m.one
	}
	if tab != nil {
		n = len(tab) - 1
	}
	switch {
	case start < 0 || end < 0:
		return 0, 0, false, "a negative position"
	case start > end:
		return 0, 0, false, "a start after its end"
	case start >= n && n > 0 || n == 0:
		return 0, 0, false, "a position past the end of the text"
	case end > n:
		end, clamped = n, true
	}
	s, e = start, end
	if tab != nil {
		s, e = int(tab[start]), int(tab[end])
	}
	if s >= e {
		return 0, 0, false, "an empty selection"
	}
	return s, e, clamped, ""
}

// rawTurn is a turn found in the canonical text: [start,end) in runes.
type rawTurn struct {
	speaker    string
	start, end int
}

// speakerLabels are the labels parse.Text accepts as speakers in the text,
// by parse.LabelKey.
func speakerLabels(text string, known []string) map[string]string {
	out := map[string]string{}
	t, err := parse.Text("source.txt", []byte(text), parse.Options{KnownSpeakers: known, Format: string(parse.FormatText)})
	if err != nil {
		return out
	}
	for _, turn := range t.Turns {
		if turn.Speaker != "" {
			k := parse.LabelKey(turn.Speaker)
			if _, ok := out[k]; !ok {
				// A copy: the parsed label would keep the parse's copy of
				// the whole text alive.
				out[strings.Clone(k)] = strings.Clone(turn.Speaker)
			}
		}
	}
	return out
}

// matchLabel finds a speaker label (one of speakers) at the start of a
// line, as parse.Text finds them. It returns the speaker and the rune
// offset of the text after it.
func matchLabel(line string, speakers map[string]string) (string, int, bool) {
	if len(speakers) == 0 {
		return "", 0, false
	}
	l, ok := parse.FindLabel(line)
	if !ok {
		return "", 0, false
	}
	sp, ok := speakers[parse.LabelKey(l.Text)]
	if !ok {
		return "", 0, false
	}
	return sp, utf8.RuneCountInString(line[:l.Rest]), true
}

// findTurns splits the canonical text into turns: a line starting with a
// speaker label starts a turn; other lines continue the current one (text
// before the first label is an unlabelled turn). Turns are trimmed of white
// space; empty ones are left out. Every character stays in the text.
func findTurns(text string, speakers map[string]string) []rawTurn {
	var turns []rawTurn
	pos := 0
	for _, line := range strings.Split(text, "\n") {
		n := utf8.RuneCountInString(line)
		if strings.TrimFunc(line, parse.IsSpace) != "" {
			if sp, off, ok := matchLabel(line, speakers); ok {
				turns = append(turns, rawTurn{speaker: sp, start: pos + off, end: pos + n})
			} else if len(turns) == 0 {
				lead := utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeftFunc(line, unicode.IsSpace))
				turns = append(turns, rawTurn{start: pos + lead, end: pos + n})
			} else {
				turns[len(turns)-1].end = pos + n
			}
		}
		pos += n + 1
	}
	rs := []rune(text)
	out := turns[:0]
	for _, t := range turns {
		for t.start < t.end && unicode.IsSpace(rs[t.start]) {
			t.start++
		}
		for t.end > t.start && unicode.IsSpace(rs[t.end-1]) {
			t.end--
		}
		if t.end > t.start {
			out = append(out, t)
		}
	}
	return out
}

// buildImported positions turns and segments in the canonical text. The
// segmenter renders the turns as ingest does; each rendered turn is then
// shifted to where the same text is in the imported text.
func buildImported(seg *ingest.Segmenter, text string, turns []rawTurn, isInterviewer func(string) bool) *ingest.Built {
	rs := []rune(text)
	t := &parse.Transcript{}
	for _, rt := range turns {
		t.Turns = append(t.Turns, parse.Turn{Speaker: rt.speaker, Text: string(rs[rt.start:rt.end])})
	}
	b := seg.Build(t, isInterviewer)
	brs := []rune(b.Text)
	ok := len(b.Turns) == len(turns)
	for i := 0; ok && i < len(b.Turns); i++ {
		bt := b.Turns[i]
		ok = bt.End <= len(brs) && string(brs[bt.Start:bt.End]) == string(rs[turns[i].start:turns[i].end])
	}
	if !ok {
		// Should not happen; fall back to one segment per participant turn.
		return turnSegments(text, rs, turns, isInterviewer)
	}
	out := &ingest.Built{Text: text, Words: b.Words}
	delta := make([]int, len(turns))
	for i, bt := range b.Turns {
		delta[i] = turns[i].start - bt.Start
		bt.Start += delta[i]
		bt.End += delta[i]
		out.Turns = append(out.Turns, bt)
	}
	// The segments' text is cut out of the document's text rather than
	// kept from the segmenter's copy of each turn: the same characters,
	// and half the memory an imported project holds until it is stored.
	var cut corpus.RuneText
	cut.Reset(text)
	for _, s := range b.Segments {
		d := delta[s.TurnSeq-1]
		s.Start += d
		s.End += d
		s.Text = cut.Slice(s.Start, s.End)
		out.Segments = append(out.Segments, s)
	}
	return out
}

// turnSegments makes one segment of each participant turn.
func turnSegments(text string, rs []rune, turns []rawTurn, isInterviewer func(string) bool) *ingest.Built {
	out := &ingest.Built{Text: text}
	for i, rt := range turns {
		words := ingest.CountWords(string(rs[rt.start:rt.end]))
		tr := corpus.Turn{Seq: i + 1, Speaker: rt.speaker, Interviewer: rt.speaker != "" && isInterviewer(rt.speaker),
			Start: rt.start, End: rt.end, Words: words}
		out.Turns = append(out.Turns, tr)
		out.Words += words
		if !tr.Interviewer {
			out.Segments = append(out.Segments, corpus.Segment{Seq: len(out.Segments) + 1, TurnSeq: tr.Seq,
				Start: rt.start, End: rt.end, Words: words, Text: string(rs[rt.start:rt.end])})
		}
	}
	return out
}
