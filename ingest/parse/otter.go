package parse

import (
	"regexp"
	"strings"
	"time"
)

// otterHeadRE matches an Otter.ai speaker line: a name, spacing and the
// turn's start time ("Speaker 1  0:03", "Jane Roe  1:02:33").
var otterHeadRE = regexp.MustCompile(`^(\S.{0,59}?)[ \t\x{00A0}]+(\d{1,2}:\d{2}(?::\d{2})?)[ \t\x{00A0}]*$`)

// otterTrailerRE matches the line Otter.ai appends to free-plan exports.
var otterTrailerRE = regexp.MustCompile(`^Transcribed by (https?://)?otter\.ai/?$`)

// otterHead reports whether a line is an Otter speaker line and returns
// the name and start time.
func otterHead(line string) (name string, start time.Duration, ok bool) {
	m := otterHeadRE.FindStringSubmatch(strings.TrimRightFunc(line, isSpace))
	if m == nil {
		return "", 0, false
	}
	name = strings.TrimFunc(m[1], isSpace)
	if !labelShape(name) {
		return "", 0, false
	}
	start, ok = parseClock(m[2])
	return name, start, ok
}

// otterHeads finds the speaker lines of an Otter export: lines that start
// a paragraph, have text after them, and name someone (a name-like label,
// a known speaker, or one used at least twice).
func otterHeads(lines []string, known []string) []bool {
	type head struct {
		key string
		ok  bool
	}
	heads := make([]head, len(lines))
	counts := map[string]int{}
	for i, l := range lines {
		if i > 0 && !isBlank(lines[i-1]) {
			continue
		}
		if i+1 >= len(lines) || isBlank(lines[i+1]) {
			continue
		}
		if name, _, ok := otterHead(l); ok {
			heads[i] = head{key: normKey(name), ok: nameLike(name)}
			counts[heads[i].key]++
			if !heads[i].ok {
				heads[i].key = "?" + heads[i].key
			}
		}
	}
	knownKeys := map[string]bool{}
	for _, k := range known {
		knownKeys[normKey(k)] = true
	}
	out := make([]bool, len(lines))
	for i, h := range heads {
		if h.key == "" {
			continue
		}
		key := strings.TrimPrefix(h.key, "?")
		out[i] = h.ok || counts[key] >= 2 || knownKeys[key]
	}
	return out
}

// Otter reads an Otter.ai text export: each turn is a line with the
// speaker's name and start time ("Speaker 1  0:03") followed by the turn's
// text. A turn ends where the next one starts; the last turn's End is its
// Start. The "Transcribed by https://otter.ai" trailer goes to
// Meta["transcribed_by"].
func Otter(name string, data []byte, opts Options) (*Transcript, error) {
	lines := splitLines(cleanInput(data))
	heads := otterHeads(lines, opts.KnownSpeakers)
	t := &Transcript{}
	var (
		cur      *turnBuilder
		builders []*turnBuilder
		starts   []time.Duration
		timed    []bool
		preFirst int
		preLast  int
		labelled bool
	)
	for i, l := range lines {
		if heads[i] {
			speaker, start, _ := otterHead(l)
			cur = &turnBuilder{speaker: speaker, line: i + 1}
			builders = append(builders, cur)
			starts, timed = append(starts, start), append(timed, true)
			labelled = true
			continue
		}
		if otterTrailerRE.MatchString(strings.TrimFunc(l, isSpace)) {
			setMeta(t, "transcribed_by", "otter.ai", i+1)
			continue
		}
		if cur == nil {
			if isBlank(l) {
				continue
			}
			cur = &turnBuilder{line: i + 1}
			builders = append(builders, cur)
			starts, timed = append(starts, 0), append(timed, false)
			preFirst = i + 1
		}
		if !labelled && !isBlank(l) {
			preLast = i + 1
		}
		cur.add(l, false)
	}
	if !labelled {
		return nil, errorf(name, 0, "an Otter export has lines like \"Speaker 1  0:03\" before each turn; read it as plain text instead",
			"no Otter speaker lines found")
	}
	for i, b := range builders {
		turn, ok := b.turn()
		if !ok {
			continue
		}
		if timed[i] {
			turn.HasTime, turn.Start, turn.End = true, starts[i], starts[i]
			for j := i + 1; j < len(builders); j++ {
				if timed[j] {
					turn.End = max(starts[j], turn.Start)
					break
				}
			}
		}
		t.Turns = append(t.Turns, turn)
	}
	if preFirst > 0 {
		t.Warnings = append(t.Warnings, "text before the first speaker line ("+describeRange("line", preFirst, preLast)+") ingested as an unlabelled turn")
	}
	return t, nil
}
