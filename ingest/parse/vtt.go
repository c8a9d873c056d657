package parse

import (
	"regexp"
	"slices"
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
	r := &cueBlocks{format: vttFormat, lines: splitLines(cleanInput(data))}
	t := &Transcript{}
	r.readVTTHeader(t)
	var cues []cue
	rolling := false
	for r.nextBlock() {
		line := r.lines[r.i]
		if !r.isTiming(r.i) && (blockKeyword(line, "NOTE") || blockKeyword(line, "STYLE") || blockKeyword(line, "REGION")) {
			r.skipBlock()
			continue
		}
		timing := r.i
		if !r.isTiming(timing) {
			if !r.isTiming(timing + 1) {
				r.warnf("line %d: text without a cue timing line skipped", r.i+1)
				r.skipBlock()
				continue
			}
			timing++ // the first line is the cue identifier
		}
		c, ok := r.readCue(timing, r.isTiming)
		if !ok {
			continue
		}
		cues = append(cues, c)
		rolling = rolling || slices.ContainsFunc(c.text, func(l srcLine) bool { return karaokeRE.MatchString(l.text) })
	}
	return r.transcript(name, t, cues, opts, rolling)
}

var vttFormat = captionFormat{
	name:    "WebVTT",
	example: "00:00:01.000 --> 00:00:04.000",
	needs:   "a WebVTT file needs cues with timing lines such as 00:00:01.000 --> 00:00:04.000",
}

// readVTTHeader reads the header block into t's Meta: the text after
// "WEBVTT" as the title, and "Key: value" lines. A file that does not start
// with WEBVTT gets a warning.
func (r *cueBlocks) readVTTHeader(t *Transcript) {
	lines := r.lines
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "WEBVTT") {
		r.warnf("line 1: the file does not start with WEBVTT; read as WebVTT anyway")
		return
	}
	title := strings.TrimFunc(strings.TrimPrefix(lines[0], "WEBVTT"), isSpace)
	title = strings.TrimFunc(strings.TrimLeft(title, "-–—:"), isSpace)
	if title != "" {
		setMeta(t, "title", title, 1)
	}
	for r.i = 1; r.i < len(lines) && !isBlank(lines[r.i]) && !r.isTiming(r.i); r.i++ {
		key, val, ok := strings.Cut(lines[r.i], ":")
		key, val = strings.TrimSpace(key), strings.TrimFunc(val, isSpace)
		if ok && val != "" && vttHeaderKeyRE.MatchString(key) {
			setMeta(t, strings.ToLower(key), val, r.i+1)
		}
	}
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
