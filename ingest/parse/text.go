package parse

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// srcLine is one line of source text with its 1-based line number (or
// paragraph number for .docx, row for CSV).
type srcLine struct {
	text    string
	num     int
	heading bool   // a Markdown heading or a Word title or heading paragraph
	title   string // a heading's words, without "#" marks
}

// Text reads a plain-text (.txt) or Markdown (.md) transcript.
//
// Optional YAML front matter between "---" lines at the very start goes to
// Meta (values as written; lists joined with "; "). Speaker turns start
// with a label at the start of a line ("Interviewer:", "P1:", "DR. SMITH:",
// "**Jane Roe, PhD:**", "[id1]", the press-briefing "Q" followed by
// spacing); see labels.go for how labels are told from lines such as
// "Initial Steps:" inside an answer. Unlabelled paragraphs continue the
// previous turn; lines are trimmed (hanging indents go), paragraphs are
// joined with "\n\n" and the lines within one with "\n". Text before the
// first label becomes an unlabelled turn, with a warning; a text with no
// labels at all becomes one unlabelled turn, with a warning. A leading
// block of "Key: value" lines about the interview ("Interviewer: Ann Lee",
// "Date: 2024-03-12", "Place: ...") goes to Meta rather than into turns.
//
// Markdown (by extension .md/.markdown, or opts.Format "md"): "**" and
// "__" around labels are removed, backslash escapes are undone ("\[" becomes
// "["), and headings before the first turn are not turns (the first one
// becomes Meta["title"] unless the front matter has a title).
func Text(name string, data []byte, opts Options) (*Transcript, error) {
	md := isMarkdown(name, opts.Format)
	lines := splitLines(cleanInput(data))
	body, meta, metaLines, err := splitFrontMatter(name, lines)
	if err != nil {
		return nil, err
	}
	src := make([]srcLine, 0, len(lines)-body)
	for i := body; i < len(lines); i++ {
		l := srcLine{text: lines[i], num: i + 1}
		if md && isHeading(l.text) {
			l.title, l.heading = unescapeMarkdown(headingText(l.text)), true
		}
		src = append(src, l)
	}
	t, err := textTurns(name, src, md, opts, "line")
	if err != nil {
		return nil, err
	}
	if meta != nil {
		if t.Meta == nil {
			t.Meta, t.MetaLines = meta, metaLines
		} else {
			for k, v := range meta { // front matter wins over a heading
				t.Meta[k] = v
				t.MetaLines[k] = metaLines[k]
			}
		}
	}
	return t, nil
}

// isMarkdown decides between Markdown and plain text.
func isMarkdown(name, format string) bool {
	switch Format(strings.ToLower(format)) {
	case FormatMarkdown, "markdown":
		return true
	case FormatText:
		return false
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}

// cleanInput makes any bytes safe to work on as text: invalid UTF-8
// becomes U+FFFD and a leading byte order mark is dropped.
func cleanInput(data []byte) string {
	s := string(data)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.TrimPrefix(s, "\uFEFF")
}

// splitLines splits on LF, CRLF and lone CR. A final line ending does not
// start another line.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	s = strings.TrimSuffix(s, "\n")
	return strings.Split(s, "\n")
}

// isBlank reports whether a line holds only white space (including NBSP).
func isBlank(s string) bool { return strings.TrimFunc(s, isSpace) == "" }

// textTurns splits labelled free text into turns. unit names what
// srcLine.num counts ("line", "paragraph", "row") for warnings. md turns
// on Markdown unescaping.
func textTurns(name string, src []srcLine, md bool, opts Options, unit string) (*Transcript, error) {
	t := &Transcript{}
	ls := make([]labelLine, len(src))
	prevBlank := true
	for i, l := range src {
		blank := isBlank(l.text)
		if !blank && !l.heading {
			ls[i].cand, ls[i].ok = findCandidate(l.text)
			ls[i].afterBlank = prevBlank
		}
		prevBlank = blank || l.heading
	}
	judgeLabels(ls, opts.KnownSpeakers)
	consumed := headerBlocks(src, ls, t)

	var (
		cur      *turnBuilder
		builders []*turnBuilder
		labelled bool // a labelled turn has begun
		preFirst int
		preLast  int
	)
	for i, l := range src {
		if consumed[i] {
			continue
		}
		if ls[i].speakerAccept {
			labelled = true
			c := ls[i].cand
			label := c.label
			if md {
				label = unescapeMarkdown(label)
			}
			cur = &turnBuilder{speaker: label, line: l.num}
			builders = append(builders, cur)
			cur.add(c.rest, md)
			continue
		}
		if l.heading && cur == nil {
			// Headings before the text are not turns; the first names it.
			if _, has := t.Meta["title"]; !has && l.title != "" {
				setMeta(t, "title", l.title, l.num)
			}
			continue
		}
		if cur == nil {
			if isBlank(l.text) {
				continue
			}
			cur = &turnBuilder{line: l.num}
			builders = append(builders, cur)
			preFirst = l.num
		}
		if !labelled && !isBlank(l.text) {
			preLast = l.num
		}
		cur.add(l.text, md)
	}
	for _, b := range builders {
		if turn, ok := b.turn(); ok {
			t.Turns = append(t.Turns, turn)
		}
	}
	if len(t.Turns) == 0 {
		return nil, errorf(name, 0, "check that this is the right file", "no transcript text found")
	}
	switch {
	case !labelled:
		t.Warnings = append(t.Warnings, "no speaker labels found; ingested as one unlabelled turn")
	case preFirst > 0 && t.Turns[0].Speaker == "":
		t.Warnings = append(t.Warnings, fmt.Sprintf("text before the first speaker label (%s) ingested as an unlabelled turn",
			describeRange(unit, preFirst, preLast)))
	}
	return t, nil
}

// setMeta records one metadata value and its line.
func setMeta(t *Transcript, key, value string, line int) {
	if t.Meta == nil {
		t.Meta = map[string]string{}
		t.MetaLines = map[string]int{}
	}
	t.Meta[key] = value
	t.MetaLines[key] = line
}

// metaKeys are keys that mark a leading block of "Key: value" lines as a
// header about the interview rather than speaker turns.
var metaKeys = map[string]bool{
	"date": true, "time": true, "place": true, "location": true, "venue": true, "site": true,
	"setting": true, "duration": true, "length": true, "recorded": true, "recording": true,
	"recorded by": true, "transcriber": true, "transcribed by": true, "transcription": true,
	"transcript": true, "project": true, "study": true, "interview": true, "interview id": true,
	"interview date": true, "interview number": true, "participant id": true, "id": true,
	"pseudonym": true, "age": true, "gender": true, "sex": true, "occupation": true,
	"language": true, "mode": true, "format": true, "consent": true, "date completed": true,
	"course": true, "subject": true, "topic": true, "file": true, "audio file": true,
	"file name": true, "filename": true, "persons present": true, "present": true,
	"attendees": true, "participants": true, "title": true, "country": true, "city": true,
}

// headerBlocks finds leading paragraphs of "Key: value" lines about the
// interview (Interviewer: name, Date: ..., Place: ...) before the
// conversation starts, moves them to t.Meta and returns the lines used
// (indexes into src).
// A paragraph is a header when its first line is such a line and either it
// has two or more of them, at least one with a key like Date or Place, or
// an earlier paragraph was a header and none of its keys is a speaker.
// Lines without a key continue the previous value (an address).
func headerBlocks(src []srcLine, ls []labelLine, t *Transcript) map[int]bool {
	// A header is looked for only among the first paragraphs (after a
	// title or a course name, say), not in the middle of a text.
	const maxLeading = 6
	var consumed map[int]bool
	found, others := false, 0
	i := 0
	for i < len(src) {
		for i < len(src) && (isBlank(src[i].text) || src[i].heading) {
			i++
		}
		if i >= len(src) {
			break
		}
		j := i
		for j < len(src) && !isBlank(src[j].text) && !src[j].heading {
			j++
		}
		// src[i:j] is a paragraph.
		keys, metaKey, speakerKey, ok := 0, false, false, ls[i].ok && ls[i].cand.kind == labelColon
		seen := map[string]bool{}
		for k := i; k < j && ok; k++ {
			c := ls[k].cand
			if !ls[k].ok || c.kind != labelColon || c.rest == "" {
				continue // continuation
			}
			if seen[c.key] {
				ok = false
			}
			seen[c.key] = true
			keys++
			if metaKeys[strings.TrimSuffix(c.key, ".")] {
				metaKey = true
			}
			if ls[k].speakerAccept && !metaKeys[c.key] {
				speakerKey = true
			}
		}
		header := ok && ls[i].cand.rest != "" && ((keys >= 2 && metaKey) || (found && !speakerKey))
		if !header {
			others++
			if ls[i].speakerAccept || others > maxLeading {
				break // the conversation has started
			}
			i = j
			continue
		}
		found = true
		if consumed == nil {
			consumed = map[int]bool{}
		}
		var key string
		for k := i; k < j; k++ {
			consumed[k] = true
			text := strings.TrimFunc(src[k].text, isSpace)
			if c := ls[k].cand; ls[k].ok && c.kind == labelColon && c.rest != "" {
				key = c.label
				setMeta(t, key, strings.TrimFunc(c.rest, isSpace), src[k].num)
				continue
			}
			t.Meta[key] += "; " + text
		}
		i = j
	}
	return consumed
}

// turnBuilder collects a turn's lines into paragraphs.
type turnBuilder struct {
	speaker string
	line    int
	paras   []string
	cur     []string
}

// add appends one source line: a blank line ends the paragraph, any other
// line is kept with its surrounding white space (hanging indents, Markdown
// hard breaks) removed.
func (b *turnBuilder) add(line string, md bool) {
	line = strings.TrimFunc(line, isSpace)
	if md {
		// A backslash at the end of a line is a Markdown hard break.
		if n := len(line) - len(strings.TrimRight(line, "\\")); n%2 == 1 {
			line = strings.TrimRightFunc(line[:len(line)-1], isSpace)
		}
		line = unescapeMarkdown(line)
	}
	if isBlank(line) {
		b.flush()
		return
	}
	b.cur = append(b.cur, line)
}

func (b *turnBuilder) flush() {
	if len(b.cur) > 0 {
		b.paras = append(b.paras, strings.Join(b.cur, "\n"))
		b.cur = b.cur[:0]
	}
}

// turn renders the builder; ok is false for an unlabelled turn with no
// text (a labelled turn with no text is kept: the speaker said something
// the transcriber did not write down, or the text is on the next turn).
func (b *turnBuilder) turn() (Turn, bool) {
	b.flush()
	text := strings.Join(b.paras, "\n\n")
	if text == "" && b.speaker == "" {
		return Turn{}, false
	}
	return Turn{Speaker: b.speaker, Text: text, Line: b.line}, true
}

// isHeading reports an ATX Markdown heading ("# Title").
func isHeading(s string) bool {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) > 3 {
		return false
	}
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(t) || t[n] == ' ' || t[n] == '\t')
}

// headingText returns a heading's text without its "#" marks.
func headingText(s string) string {
	t := strings.TrimLeft(strings.TrimSpace(s), "#")
	t = strings.TrimSpace(t)
	// A closing sequence of #s is not part of the text.
	if trimmed := strings.TrimRight(t, "#"); trimmed != t && (trimmed == "" || strings.HasSuffix(trimmed, " ")) {
		t = strings.TrimSpace(trimmed)
	}
	return t
}

// unescapeMarkdown undoes backslash escapes of ASCII punctuation
// ("\[laughs\]" becomes "[laughs]"); other backslashes stay.
func unescapeMarkdown(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			b.WriteByte(s[i+1])
			i++
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}
