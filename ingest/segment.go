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
// maxWords words each. A sentence longer than that (a turn transcribed
// without punctuation) is cut between words, so no segment ever holds more
// than maxWords words. Offsets are counted in one pass, so a turn of any
// length is split in linear time.
func (sg *Segmenter) split(text string, turn corpus.Turn, before int) []corpus.Segment {
	var segs []corpus.Segment
	runeAt := runeCounter(text)
	add := func(from, to int) { // byte offsets into text
		piece := text[from:to]
		lead := len(piece) - len(strings.TrimLeftFunc(piece, unicode.IsSpace))
		piece = strings.TrimSpace(piece)
		if piece == "" {
			return
		}
		start := turn.Start + runeAt(from+lead)
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
	for _, p := range sg.pieces(text) {
		if words > 0 && words+p.words > sg.maxWords {
			add(from, p.start)
			from, words = p.start, 0
		}
		words += p.words
	}
	add(from, len(text))
	return segs
}

// piece is a sentence, or part of an over-long one: byte offsets and words.
type piece struct{ start, end, words int }

// pieces returns the sentences of text, each at most maxWords words (longer
// ones cut at the start of every maxWords+1st word).
func (sg *Segmenter) pieces(text string) []piece {
	var out []piece
	for _, s := range sg.sentences.Tokenize(text) {
		w := CountWords(s.Text)
		if w <= sg.maxWords {
			out = append(out, piece{s.Start, s.End, w})
			continue
		}
		from, n := s.Start, 0
		for _, ws := range wordStarts(text[s.Start:s.End]) {
			if n == sg.maxWords {
				out = append(out, piece{from, s.Start + ws, n})
				from, n = s.Start+ws, 0
			}
			n++
		}
		out = append(out, piece{from, s.End, n})
	}
	return out
}

// wordStarts returns the byte offsets at which the words of s begin, as
// CountWords counts them.
func wordStarts(s string) []int {
	var out []int
	in := false
	for i, r := range s {
		word := inWord(r, in)
		if word && !in {
			out = append(out, i)
		}
		in = word
	}
	return out
}

// runeCounter returns a function giving the rune offset of a byte offset of
// text; the offsets asked for must not decrease.
func runeCounter(text string) func(byteOff int) int {
	b, r := 0, 0
	return func(off int) int {
		r += utf8.RuneCountInString(text[b:off])
		b = off
		return r
	}
}

// CountWords counts the words of s: runs of letters or digits, with
// apostrophes and hyphens inside a word not splitting it.
func CountWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		word := inWord(r, in)
		if word && !in {
			n++
		}
		in = word
	}
	return n
}

// inWord reports whether r belongs to a word, given whether the rune
// before it did: letters and digits do, and apostrophes and hyphens inside
// a word. ASCII is decided without the Unicode tables (ingest counts the
// words of every sentence).
func inWord(r rune, in bool) bool {
	if r < utf8.RuneSelf {
		lower := r | 0x20
		return 'a' <= lower && lower <= 'z' || '0' <= r && r <= '9' || in && (r == '\'' || r == '-')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || in && r == '’'
}
