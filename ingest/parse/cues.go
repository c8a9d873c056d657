package parse

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Caption formats (WebVTT, SRT) are read into cues first; cuesToTranscript
// then finds speakers (voice tags, "Name:" prefixes) and merges the
// consecutive cues of one speaker into a turn.

// cue is one timed caption block.
type cue struct {
	start, end time.Duration
	line       int       // the timing line
	text       []srcLine // the raw cue text lines
}

// cueBlocks reads the blank-line separated blocks of a caption file (SRT,
// WebVTT) and collects warnings about the blocks it skips.
type cueBlocks struct {
	format   captionFormat
	lines    []string
	i        int // the line being read
	warnings []string
}

// captionFormat is what a caption reader says about its format.
type captionFormat struct {
	name    string // as errors name it: "SRT"
	example string // a valid timing line, quoted in warnings
	needs   string // what a file needs, said when it has no cues
}

// nextBlock moves to the first line of the next block; false at the end.
func (r *cueBlocks) nextBlock() bool {
	for r.i < len(r.lines) && isBlank(r.lines[r.i]) {
		r.i++
	}
	return r.i < len(r.lines)
}

// skipBlock moves past the rest of the block being read.
func (r *cueBlocks) skipBlock() {
	for r.i < len(r.lines) && !isBlank(r.lines[r.i]) {
		r.i++
	}
}

// isTiming reports whether line n exists and holds a timing arrow.
func (r *cueBlocks) isTiming(n int) bool {
	return n < len(r.lines) && strings.Contains(r.lines[n], "-->")
}

// warnf adds a warning.
func (r *cueBlocks) warnf(format string, args ...any) {
	r.warnings = append(r.warnings, fmt.Sprintf(format, args...))
}

// readCue reads the cue whose timing line is line timing: its times, then
// its text, the lines up to a blank one or to one that ends reports as
// the start of the next cue. A cue whose timing is not valid is skipped
// with a warning.
func (r *cueBlocks) readCue(timing int, ends func(n int) bool) (cue, bool) {
	start, end, ok := parseTiming(r.lines[timing])
	r.i = timing + 1
	if !ok {
		r.warnf("line %d: cue timing is not valid (expected %s); cue skipped", timing+1, r.format.example)
		r.skipBlock()
		return cue{}, false
	}
	if end < start {
		r.warnings = append(r.warnings, timingWarning(timing+1))
		end = start
	}
	c := cue{start: start, end: end, line: timing + 1}
	for ; r.i < len(r.lines) && !isBlank(r.lines[r.i]) && !ends(r.i); r.i++ {
		c.text = append(c.text, srcLine{text: r.lines[r.i], num: r.i + 1})
	}
	return c, true
}

// transcript makes t's turns of the cues read, after the warnings about
// the blocks skipped; a file with no cues, or none with text, is an error.
func (r *cueBlocks) transcript(name string, t *Transcript, cues []cue, opts Options, rolling bool) (*Transcript, error) {
	if len(cues) == 0 {
		return nil, errorf(name, 0, r.format.needs, "no %s cues found", r.format.name)
	}
	ct := cuesToTranscript(cues, opts, rolling)
	if len(ct.Turns) == 0 {
		return nil, errorf(name, 0, "check that this is the right file", "the %s cues hold no text", r.format.name)
	}
	t.Turns = ct.Turns
	t.Warnings = append(r.warnings, ct.Warnings...)
	return t, nil
}

// karaokeRE finds the in-cue timestamps of YouTube's rolling captions.
var karaokeRE = regexp.MustCompile(`<(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}>`)

// assTagRE finds SSA/ASS override blocks such as {\an8} found in SRT files.
var assTagRE = regexp.MustCompile(`\{\\[^{}]*\}`)

// parseClock parses a media time: "HH:MM:SS.mmm", "MM:SS.mmm", "H:MM:SS"
// or "M:SS", with "." or "," before the fraction.
func parseClock(s string) (time.Duration, bool) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	sec := parts[len(parts)-1]
	var frac string
	if i := strings.IndexAny(sec, ".,"); i >= 0 {
		sec, frac = sec[:i], sec[i+1:]
		if frac == "" || len(frac) > 9 || !allDigits(frac) {
			return 0, false
		}
	}
	if len(sec) < 1 || len(sec) > 2 || !allDigits(sec) {
		return 0, false
	}
	var h, m, sv int64
	sv = atoiDigits(sec)
	minutes := parts[len(parts)-2]
	maxMin := 3
	if len(parts) == 3 {
		maxMin = 2
		hours := parts[0]
		if len(hours) < 1 || len(hours) > 6 || !allDigits(hours) {
			return 0, false
		}
		h = atoiDigits(hours)
	}
	if len(minutes) < 1 || len(minutes) > maxMin || !allDigits(minutes) {
		return 0, false
	}
	m = atoiDigits(minutes)
	if sv >= 60 || (len(parts) == 3 && m >= 60) {
		return 0, false
	}
	d := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sv)*time.Second
	if frac != "" {
		ns := atoiDigits(frac)
		for i := len(frac); i < 9; i++ {
			ns *= 10
		}
		d += time.Duration(ns)
	}
	return d, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// atoiDigits converts a short string of ASCII digits (at most 9).
func atoiDigits(s string) int64 {
	var n int64
	for i := 0; i < len(s); i++ {
		n = n*10 + int64(s[i]-'0')
	}
	return n
}

// parseTiming parses a cue timing line "start --> end [settings]".
func parseTiming(line string) (start, end time.Duration, ok bool) {
	left, right, found := strings.Cut(line, "-->")
	if !found {
		return 0, 0, false
	}
	start, ok = parseClock(left)
	if !ok {
		return 0, 0, false
	}
	fields := strings.Fields(right)
	if len(fields) == 0 {
		return 0, 0, false
	}
	end, ok = parseClock(fields[0])
	return start, end, ok
}

// piece is a stretch of cue text with the voice that speaks it.
type piece struct {
	voice    string // from a <v Name> tag
	hasVoice bool
	text     string // tags stripped, entities decoded, trimmed
	line     int
	cueStart bool // the first piece of its cue
	cueLine  int  // the cue's timing line
	start    time.Duration
	end      time.Duration
}

// cuePieces splits a cue into pieces at its voice tags and cleans the text.
func cuePieces(c cue) []piece {
	var out []piece
	voice, hasVoice := "", false
	for _, l := range c.text {
		rest := l.text
		var buf strings.Builder
		emit := func() {
			text := cleanCueText(buf.String())
			buf.Reset()
			if text == "" {
				return
			}
			out = append(out, piece{voice: voice, hasVoice: hasVoice, text: text, line: l.num})
		}
		for {
			before, tag, after, ok := cutTag(rest)
			buf.WriteString(before)
			if !ok {
				break
			}
			if name, ok := voiceTag(tag); ok {
				emit()
				voice, hasVoice = name, true
			} else {
				buf.WriteString("<" + tag + ">") // stripped by cleanCueText
			}
			rest = after
		}
		emit()
	}
	for i := range out {
		out[i].start, out[i].end, out[i].cueLine = c.start, c.end, c.line
	}
	if len(out) > 0 {
		out[0].cueStart = true
	}
	return out
}

// cutTag splits s around its first markup tag "<...>": the text before
// it, the text between < and >, and the text after it. Without a whole tag
// (no "<", or no ">" after it) before is all of s and ok is false.
func cutTag(s string) (before, tag, after string, ok bool) {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return s, "", "", false
	}
	j := strings.IndexByte(s[i:], '>')
	if j < 0 {
		return s, "", "", false
	}
	return s[:i], s[i+1 : i+j], s[i+j+1:], true
}

// voiceTag reports whether tag (the text between < and >) opens a WebVTT
// voice span, "v Name" or "v.class Name", and returns the name.
func voiceTag(tag string) (string, bool) {
	if tag == "" || tag[0] != 'v' {
		return "", false
	}
	rest := tag[1:]
	if rest != "" && rest[0] == '.' {
		i := strings.IndexFunc(rest, isSpace)
		if i < 0 {
			return "", true
		}
		rest = rest[i:]
	}
	if rest != "" && !isSpace(firstRune(rest)) {
		return "", false // <video>, <vx>
	}
	return strings.TrimFunc(rest, isSpace), true
}

// cleanCueText strips markup (<i>, <c.x>, karaoke timestamps, {\an8})
// from cue text, decodes HTML entities and trims it.
func cleanCueText(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		var b strings.Builder
		for {
			before, _, after, ok := cutTag(s)
			b.WriteString(before)
			if !ok {
				break
			}
			s = after
		}
		s = b.String()
	}
	if strings.Contains(s, "{\\") {
		s = assTagRE.ReplaceAllString(s, "")
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return strings.TrimFunc(s, isSpace)
}

// maxRollingLines bounds how many repeated lines dedupeRolling looks for.
const maxRollingLines = 4

// dedupeRolling removes YouTube's rolling duplicates: each auto-caption cue
// repeats the line shown before it. Lines at the start of a cue that equal
// the lines at the end of the previous cue are dropped.
func dedupeRolling(cues [][]piece) {
	var prev []string
	for ci, ps := range cues {
		cur := make([]string, len(ps))
		for i, p := range ps {
			cur[i] = normKey(p.text)
		}
		// YouTube repeats one or two lines; looking further back would only
		// cost time on long cues.
		k := min(len(prev), len(cur), maxRollingLines)
		for ; k > 0; k-- {
			if slices.Equal(prev[len(prev)-k:], cur[:k]) {
				break
			}
		}
		if len(cur) > 0 {
			prev = cur
		}
		if k > 0 {
			rest := ps[k:]
			if len(rest) > 0 {
				rest[0].cueStart = true
			}
			cues[ci] = rest
		}
	}
}

// cuesToTranscript turns cues into turns: a voice tag or an accepted
// "Name:" label starts a speaker; text without one continues the previous
// speaker; consecutive cues of one speaker are merged, keeping the first
// start and the latest end.
func cuesToTranscript(cues []cue, opts Options, rolling bool) *Transcript {
	t := &Transcript{}
	perCue := make([][]piece, len(cues))
	for i, c := range cues {
		perCue[i] = cuePieces(c)
	}
	if rolling {
		dedupeRolling(perCue)
	}
	var pieces []piece
	for _, ps := range perCue {
		pieces = append(pieces, ps...)
	}
	// "Name: text" labels (Zoom) are judged like those of free text.
	ls := make([]labelLine, len(pieces))
	for i, p := range pieces {
		if !p.hasVoice {
			ls[i].cand, ls[i].ok = findCandidate(p.text)
			ls[i].afterBlank = p.cueStart
			ls[i].structural = p.cueStart
		}
	}
	judgeLabels(ls, opts.KnownSpeakers)

	speaker, labelled := "", false
	for i, p := range pieces {
		text := p.text
		switch {
		case p.hasVoice:
			speaker, labelled = p.voice, true
		case ls[i].speakerAccept:
			speaker, labelled = ls[i].cand.label, true
			text = ls[i].cand.rest
		}
		line := p.line
		if p.cueStart {
			line = p.cueLine
		}
		n := len(t.Turns)
		if n > 0 && t.Turns[n-1].Speaker == speaker {
			last := &t.Turns[n-1]
			if text != "" {
				last.Text = joinCaption(last.Text, text)
			}
			last.End = max(last.End, p.end)
			continue
		}
		t.Turns = append(t.Turns, Turn{Speaker: speaker, Text: text, Start: p.start, End: max(p.end, p.start), HasTime: true, Line: line})
	}
	// Drop turns that ended up empty (a voice tag with no words).
	kept := t.Turns[:0]
	for _, tu := range t.Turns {
		if tu.Text != "" {
			kept = append(kept, tu)
		}
	}
	t.Turns = kept
	if !labelled && len(t.Turns) > 0 {
		t.Warnings = append(t.Warnings, "no speaker labels found; ingested as one unlabelled turn")
	}
	return t
}

// joinCaption appends caption text to a turn: with a space, or on a new
// line when it starts with a dialogue dash.
func joinCaption(a, b string) string {
	if a == "" {
		return b
	}
	if strings.HasPrefix(b, "- ") || strings.HasPrefix(b, "– ") || strings.HasPrefix(b, "— ") {
		return a + "\n" + b
	}
	return a + " " + b
}

// timingWarning describes a cue whose timing is out of order.
func timingWarning(line int) string {
	return fmt.Sprintf("line %d: cue ends before it starts; its end was set to its start", line)
}
