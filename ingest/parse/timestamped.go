package parse

import (
	"regexp"
	"strings"
	"time"
)

const clockPattern = `(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`

// tsPrefixRE matches a timestamp at the start of a line, in brackets or
// parentheses, optionally a range: "[00:01:23]", "(1:23)",
// "[00:01:23 - 00:01:30]". Group 1 is the start, 2 the end, 3 the rest.
var tsPrefixRE = regexp.MustCompile(`^[\[(](` + clockPattern + `)(?:\s*(?:-|–|-->)\s*(` + clockPattern + `))?[\])][ \t\x{00A0}]*(.*)$`)

// tsSuffixRE matches a speaker label followed by a timestamp:
// "Jane Roe [00:01:23]: text", "Interviewer (1:23) text".
var tsSuffixRE = regexp.MustCompile(`^([^\[\]():]{1,40}?)[ \t\x{00A0}]*[\[(](` + clockPattern + `)[\])][ \t\x{00A0}]*:?[ \t\x{00A0}]*(.*)$`)

// timedLine is a line that starts with a timestamp.
type timedLine struct {
	start, end time.Duration
	hasEnd     bool
	label      string // from the suffix form; "" otherwise
	rest       string
}

// parseTimedLine recognises "[ts] rest" and "Label [ts]: rest".
func parseTimedLine(line string) (timedLine, bool) {
	s := strings.TrimFunc(line, isSpace)
	if m := tsPrefixRE.FindStringSubmatch(s); m != nil {
		start, ok := parseClock(m[1])
		if !ok {
			return timedLine{}, false
		}
		tl := timedLine{start: start, rest: m[3]}
		if m[2] != "" {
			if end, ok := parseClock(m[2]); ok && end >= start {
				tl.end, tl.hasEnd = end, true
			}
		}
		return tl, true
	}
	if m := tsSuffixRE.FindStringSubmatch(s); m != nil {
		label := strings.TrimFunc(m[1], isSpace)
		start, ok := parseClock(m[2])
		if !ok || !nameLike(label) {
			return timedLine{}, false
		}
		return timedLine{start: start, label: label, rest: m[3]}, true
	}
	return timedLine{}, false
}

// Timestamped reads text whose turns start with a timestamp:
// "[00:01:23] Name: text", "(00:01:23) Name: text" (also "[00:01:23 -
// 00:01:30]" ranges and "Name [00:01:23]: text"). The timestamp becomes the
// turn's Start, not part of its Text; End is the next timed turn's Start
// (or the range's end). A timestamped line without a label continues the
// previous speaker in a new turn. Lines without a timestamp continue the
// turn, unless they start with a speaker label (judged as in Text), which
// starts an untimed turn.
func Timestamped(name string, data []byte, opts Options) (*Transcript, error) {
	lines := splitLines(cleanInput(data))
	timed := make([]timedLine, len(lines))
	isTimed := make([]bool, len(lines))
	ls := make([]labelLine, len(lines))
	prevBlank := true
	anyTimed := false
	for i, l := range lines {
		blank := isBlank(l)
		if !blank {
			if tl, ok := parseTimedLine(l); ok {
				timed[i], isTimed[i], anyTimed = tl, true, true
				if tl.label == "" {
					ls[i].cand, ls[i].ok = findCandidate(tl.rest)
				}
				ls[i].afterBlank, ls[i].structural = true, true
			} else {
				ls[i].cand, ls[i].ok = findCandidate(l)
				ls[i].afterBlank = prevBlank
			}
		}
		prevBlank = blank
	}
	if !anyTimed {
		return nil, errorf(name, 0, "timestamped text has lines like \"[00:01:23] Name: text\"; read it as plain text instead",
			"no timestamped lines found")
	}
	judgeLabels(ls, opts.KnownSpeakers)

	type tturn struct {
		b              *turnBuilder
		start, end     time.Duration
		hasTime, hasEn bool
	}
	var (
		turns    []*tturn
		cur      *tturn
		speaker  string
		labelled bool
		preFirst int
		preLast  int
	)
	for i, l := range lines {
		switch {
		case isTimed[i]:
			tl := timed[i]
			text := tl.rest
			switch {
			case tl.label != "":
				speaker, labelled = tl.label, true
			case ls[i].speakerAccept:
				speaker, labelled, text = ls[i].cand.label, true, ls[i].cand.rest
			}
			cur = &tturn{b: &turnBuilder{speaker: speaker, line: i + 1}, start: tl.start, end: tl.end, hasTime: true, hasEn: tl.hasEnd}
			turns = append(turns, cur)
			cur.b.add(text, false)
		case ls[i].speakerAccept:
			speaker, labelled = ls[i].cand.label, true
			cur = &tturn{b: &turnBuilder{speaker: speaker, line: i + 1}}
			turns = append(turns, cur)
			cur.b.add(ls[i].cand.rest, false)
		default:
			if cur == nil {
				if isBlank(l) {
					continue
				}
				cur = &tturn{b: &turnBuilder{line: i + 1}}
				turns = append(turns, cur)
				preFirst = i + 1
			}
			if len(turns) == 1 && !turns[0].hasTime && turns[0].b.speaker == "" && !isBlank(l) {
				preLast = i + 1
			}
			cur.b.add(l, false)
		}
	}
	t := &Transcript{}
	for i, tt := range turns {
		turn, ok := tt.b.turn()
		if !ok {
			continue
		}
		if tt.hasTime {
			turn.HasTime, turn.Start, turn.End = true, tt.start, tt.start
			if tt.hasEn {
				turn.End = tt.end
			} else {
				for _, next := range turns[i+1:] {
					if next.hasTime {
						turn.End = max(next.start, turn.Start)
						break
					}
				}
			}
		}
		t.Turns = append(t.Turns, turn)
	}
	if len(t.Turns) == 0 {
		return nil, errorf(name, 0, "check that this is the right file", "no transcript text found")
	}
	if !labelled {
		t.Warnings = append(t.Warnings, "no speaker labels found; each timestamped line ingested as an unlabelled turn")
	} else if preFirst > 0 {
		t.Warnings = append(t.Warnings, "text before the first timestamp ("+describeRange("line", preFirst, preLast)+") ingested as an unlabelled turn")
	}
	return t, nil
}
