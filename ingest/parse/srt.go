package parse

import (
	"strings"
)

// SRT reads a SubRip subtitle file: numbered cues, a timing line
// "00:00:01,000 --> 00:00:04,000" and text. A speaker comes from a
// "Name: text" line (judged like labels in free text); cue markup (<i>,
// <font>, {\an8}) is stripped. A cue without a timing line is skipped with a
// warning naming its line. Consecutive cues of one speaker are merged into
// one turn.
func SRT(name string, data []byte, opts Options) (*Transcript, error) {
	r := &cueBlocks{format: srtFormat, lines: splitLines(cleanInput(data))}
	var cues []cue
	for r.nextBlock() {
		first := r.i
		timing := -1
		switch {
		case r.isTiming(first):
			timing = first
		case r.isTiming(first + 1):
			timing = first + 1 // the first line is the cue number
		}
		if timing < 0 {
			what := "text"
			if allDigits(strings.TrimFunc(r.lines[first], isSpace)) {
				what = "cue " + strings.TrimFunc(r.lines[first], isSpace)
			}
			r.warnf("line %d: %s has no timing line; skipped", first+1, what)
			r.skipBlock()
			continue
		}
		if c, ok := r.readCue(timing, r.srtCueStart); ok {
			cues = append(cues, c)
		}
	}
	return r.transcript(name, &Transcript{}, cues, opts, false)
}

var srtFormat = captionFormat{
	name:    "SRT",
	example: "00:00:01,000 --> 00:00:04,000",
	needs:   "an SRT file needs numbered cues with timing lines such as 00:00:01,000 --> 00:00:04,000",
}

// srtCueStart reports whether line n starts a cue: a timing line, or a
// number followed by one. The next cue may start without a blank line
// between them.
func (r *cueBlocks) srtCueStart(n int) bool {
	return r.isTiming(n) || (allDigits(strings.TrimSpace(r.lines[n])) && r.isTiming(n+1))
}
