package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/parse"
)

// Segmenter splits participant turns into segments at sentence boundaries.
// Building it parses the Punkt model (~10 ms), so build one and reuse it:
// prose builds a fresh one for every document it is given.
type Segmenter struct {
	sentences *sentences.DefaultSentenceTokenizer
	maxWords  int
}

// NewSegmenter builds a segmenter whose segments hold at most maxWords words
// (a single longer sentence stays whole).
func NewSegmenter(maxWords int) (*Segmenter, error) {
	t, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, err
	}
	if maxWords <= 0 {
		maxWords = corpus.DefaultMaxWords
	}
	return &Segmenter{sentences: t, maxWords: maxWords}, nil
}

// Built is a document rendered into its canonical text, with its turns and
// segments positioned in runes.
type Built struct {
	Text     string
	Words    int
	Turns    []corpus.Turn
	Segments []corpus.Segment
}

// Build renders a parsed transcript into canonical text: one block per turn,
// "Speaker: text" (or just the text for an unlabelled turn), blocks separated
// by a blank line. isInterviewer decides which speakers are interviewers;
// every other turn is a participant turn and is segmented.
func (sg *Segmenter) Build(t *parse.Transcript, isInterviewer func(string) bool) *Built {
	var b strings.Builder
	out := &Built{}
	pos := 0 // runes written so far
	write := func(s string) {
		b.WriteString(s)
		pos += utf8.RuneCountInString(s)
	}
	for _, pt := range t.Turns {
		text := strings.TrimSpace(norm.NFC.String(pt.Text))
		speaker := strings.TrimSpace(norm.NFC.String(pt.Speaker))
		if text == "" {
			continue
		}
		if len(out.Turns) > 0 {
			write("\n\n")
		}
		if speaker != "" {
			write(speaker + ": ")
		}
		start := pos
		write(text)
		turn := corpus.Turn{
			Seq:         len(out.Turns) + 1,
			Speaker:     speaker,
			Interviewer: speaker != "" && isInterviewer(speaker),
			Start:       start,
			End:         pos,
			Words:       CountWords(text),
			TimeStart:   pt.Start,
			TimeEnd:     pt.End,
			HasTime:     pt.HasTime,
		}
		out.Turns = append(out.Turns, turn)
		out.Words += turn.Words
		if !turn.Interviewer {
			out.Segments = append(out.Segments, sg.split(text, turn, len(out.Segments))...)
		}
	}
	out.Text = b.String()
	return out
}

// split cuts one participant turn into windows of whole sentences of at most
// maxWords words each.
func (sg *Segmenter) split(text string, turn corpus.Turn, before int) []corpus.Segment {
	var segs []corpus.Segment
	add := func(from, to int) { // byte offsets into text
		piece := text[from:to]
		lead := len(piece) - len(strings.TrimLeftFunc(piece, unicode.IsSpace))
		piece = strings.TrimSpace(piece)
		if piece == "" {
			return
		}
		start := turn.Start + utf8.RuneCountInString(text[:from+lead])
		segs = append(segs, corpus.Segment{
			Seq:     before + len(segs) + 1,
			TurnSeq: turn.Seq,
			Start:   start,
			End:     start + utf8.RuneCountInString(piece),
			Words:   CountWords(piece),
			Text:    piece,
			Speaker: turn.Speaker,
		})
	}
	if turn.Words <= sg.maxWords {
		add(0, len(text))
		return segs
	}
	from, words := 0, 0
	for _, s := range sg.sentences.Tokenize(text) {
		w := CountWords(s.Text)
		if words > 0 && words+w > sg.maxWords {
			add(from, s.Start)
			from, words = s.Start, 0
		}
		words += w
	}
	add(from, len(text))
	return segs
}

// CountWords counts the words of s: runs of letters or digits, with
// apostrophes and hyphens inside a word not splitting it.
func CountWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || (in && (r == '\'' || r == '’' || r == '-'))
		if word && !in {
			n++
		}
		in = word
	}
	return n
}
