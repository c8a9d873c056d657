package parse

import (
	"fmt"
	"regexp"
	"strings"
)

// vttHeaderKeyRE matches the "Key: value" lines some tools put in the
// WebVTT header (YouTube's "Kind: captions", "Language: en").
var vttHeaderKeyRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]{0,30}$`)

// VTT reads a WebVTT caption file (Zoom, Teams, YouTube and hand-made
// ones).
//
// Header text after "WEBVTT" becomes Meta["title"] and header "Key: value"
// lines (Kind, Language) become lower-case Meta keys; NOTE, STYLE and
// REGION blocks, cue identifiers and cue settings are skipped. Speakers come
// from voice tags ("<v Name>", closed or not, several per cue) or from a
// "Name: text" cue (Zoom). Other markup (<i>, <b>, <c.x>, karaoke
// timestamps) is stripped and HTML entities are decoded; YouTube's rolling
// duplicate lines are removed. Consecutive cues of one speaker are merged
// into one turn with the first cue's start and the last cue's end.
func VTT(name string, data []byte, opts Options) (*Transcript, error) {
	lines := splitLines(cleanInput(data))
	t := &Transcript{}
	var warnings []string
	i := 0
	if len(lines) > 0 && strings.HasPrefix(lines[0], "WEBVTT") {
		title := strings.TrimFunc(strings.TrimPrefix(lines[0], "WEBVTT"), isSpace)
		title = strings.TrimFunc(strings.TrimLeft(title, "-–—:"), isSpace)
		if title != "" {
			setMeta(t, "title", title, 1)
		}
		for i = 1; i < len(lines) && !isBlank(lines[i]) && !strings.Contains(lines[i], "-->"); i++ {
			key, val, ok := strings.Cut(lines[i], ":")
			key, val = strings.TrimSpace(key), strings.TrimFunc(val, isSpace)
			if ok && val != "" && vttHeaderKeyRE.MatchString(key) {
				setMeta(t, strings.ToLower(key), val, i+1)
			}
		}
	} else {
		warnings = append(warnings, "line 1: the file does not start with WEBVTT; read as WebVTT anyway")
	}

	skipBlock := func() {
		for i < len(lines) && !isBlank(lines[i]) {
			i++
		}
	}
	var cues []cue
	rolling := false
	for i < len(lines) {
		line := lines[i]
		if isBlank(line) {
			i++
			continue
		}
		if !strings.Contains(line, "-->") && (blockKeyword(line, "NOTE") || blockKeyword(line, "STYLE") || blockKeyword(line, "REGION")) {
			skipBlock()
			continue
		}
		timing := i
		if !strings.Contains(line, "-->") {
			if i+1 < len(lines) && strings.Contains(lines[i+1], "-->") {
				timing = i + 1 // line i is the cue identifier
			} else {
				warnings = append(warnings, fmt.Sprintf("line %d: text without a cue timing line skipped", i+1))
				skipBlock()
				continue
			}
		}
		start, end, ok := parseTiming(lines[timing])
		if !ok {
			warnings = append(warnings, fmt.Sprintf("line %d: cue timing is not valid (expected 00:00:01.000 --> 00:00:04.000); cue skipped", timing+1))
			i = timing + 1
			skipBlock()
			continue
		}
		if end < start {
			warnings = append(warnings, timingWarning(timing+1))
			end = start
		}
		c := cue{start: start, end: end, line: timing + 1}
		for i = timing + 1; i < len(lines) && !isBlank(lines[i]) && !strings.Contains(lines[i], "-->"); i++ {
			c.text = append(c.text, srcLine{text: lines[i], num: i + 1})
			if !rolling && karaokeRE.MatchString(lines[i]) {
				rolling = true
			}
		}
		cues = append(cues, c)
	}
	if len(cues) == 0 {
		return nil, errorf(name, 0, "a WebVTT file needs cues with timing lines such as 00:00:01.000 --> 00:00:04.000",
			"no WebVTT cues found")
	}
	ct := cuesToTranscript(cues, opts, rolling)
	if len(ct.Turns) == 0 {
		return nil, errorf(name, 0, "check that this is the right file", "the WebVTT cues hold no text")
	}
	t.Turns = ct.Turns
	t.Warnings = append(warnings, ct.Warnings...)
	return t, nil
}

// blockKeyword reports whether line starts a WebVTT block of the given
// kind: the keyword alone or followed by white space.
func blockKeyword(line, kw string) bool {
	if !strings.HasPrefix(line, kw) {
		return false
	}
	rest := line[len(kw):]
	return rest == "" || isSpace(firstRune(rest))
}
