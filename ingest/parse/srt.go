package parse

import (
	"fmt"
	"strings"
)

// SRT reads a SubRip subtitle file: numbered cues, a timing line
// "00:00:01,000 --> 00:00:04,000" and text. A speaker comes from a
// "Name: text" line (judged like labels in free text); cue markup (<i>,
// <font>, {\an8}) is stripped. A cue without a timing line is skipped with a
// warning naming its line. Consecutive cues of one speaker are merged into
// one turn.
func SRT(name string, data []byte, opts Options) (*Transcript, error) {
	lines := splitLines(cleanInput(data))
	var (
		warnings []string
		cues     []cue
	)
	i := 0
	skipBlock := func() {
		for i < len(lines) && !isBlank(lines[i]) {
			i++
		}
	}
	for i < len(lines) {
		if isBlank(lines[i]) {
			i++
			continue
		}
		first := i
		timing := -1
		switch {
		case strings.Contains(lines[i], "-->"):
			timing = i
		case i+1 < len(lines) && strings.Contains(lines[i+1], "-->"):
			timing = i + 1 // line i is the cue number
		}
		if timing < 0 {
			what := "text"
			if allDigits(strings.TrimFunc(lines[first], isSpace)) {
				what = "cue " + strings.TrimFunc(lines[first], isSpace)
			}
			warnings = append(warnings, fmt.Sprintf("line %d: %s has no timing line; skipped", first+1, what))
			skipBlock()
			continue
		}
		start, end, ok := parseTiming(lines[timing])
		if !ok {
			warnings = append(warnings, fmt.Sprintf("line %d: cue timing is not valid (expected 00:00:01,000 --> 00:00:04,000); cue skipped", timing+1))
			i = timing + 1
			skipBlock()
			continue
		}
		if end < start {
			warnings = append(warnings, timingWarning(timing+1))
			end = start
		}
		c := cue{start: start, end: end, line: timing + 1}
		for i = timing + 1; i < len(lines) && !isBlank(lines[i]); i++ {
			// A number followed by a timing line starts the next cue even
			// without a blank line between them.
			if strings.Contains(lines[i], "-->") ||
				(allDigits(strings.TrimSpace(lines[i])) && i+1 < len(lines) && strings.Contains(lines[i+1], "-->")) {
				break
			}
			c.text = append(c.text, srcLine{text: lines[i], num: i + 1})
		}
		cues = append(cues, c)
	}
	if len(cues) == 0 {
		return nil, errorf(name, 0, "an SRT file needs numbered cues with timing lines such as 00:00:01,000 --> 00:00:04,000",
			"no SRT cues found")
	}
	ct := cuesToTranscript(cues, opts, false)
	if len(ct.Turns) == 0 {
		return nil, errorf(name, 0, "check that this is the right file", "the SRT cues hold no text")
	}
	ct.Warnings = append(warnings, ct.Warnings...)
	return ct, nil
}
