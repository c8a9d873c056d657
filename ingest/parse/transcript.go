// Package parse turns transcript files in the formats researchers have
// (plain text, Markdown, WebVTT, SRT, Word, Otter, timestamped text, CSV)
// into speaker turns. It never touches the project store; package ingest
// normalises what it returns and stores it.
package parse

import "time"

// Transcript is what a format parser makes of one source file, before
// normalisation and storage. Parsers fill it and never touch the store.
type Transcript struct {
	// ID names the transcript within a source that holds several (the ID
	// column of a CSV row, or its row number); empty for a file that holds
	// one transcript.
	ID string
	// Meta holds metadata found in the file itself (front matter, a header
	// block), keyed by attribute name. MetaLines gives the 1-based source
	// line of each key, for error messages; it may be nil.
	Meta      map[string]string
	MetaLines map[string]int
	// Turns are the speaker turns in document order.
	Turns []Turn
	// Warnings are problems the parser worked around (a cue without a timing
	// line, a file with no speaker labels). They name the line where known.
	Warnings []string
}

// Turn is one speaker's uninterrupted contribution as written in the source.
type Turn struct {
	// Speaker is the label as written, cleaned of markup ("**Dr. Reece:**"
	// becomes "Dr. Reece"); empty when the source has no label for it.
	Speaker string
	// Text is the turn's words. Paragraphs are separated by "\n\n";
	// hard-wrapped lines within a paragraph may keep their "\n".
	Text string
	// Start and End are media times when the source has them (VTT, SRT,
	// Otter, timestamped text); HasTime says whether they are set.
	Start, End time.Duration
	HasTime    bool
	// Line is the 1-based line (or paragraph, for .docx; row, for CSV)
	// where the turn starts in the source.
	Line int
}
