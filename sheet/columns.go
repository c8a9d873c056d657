// Package sheet is the coding sheet, in both directions: it writes the sheet
// a coder fills in (XLSX with the codebook and a drop-down of code ids, or
// CSV) and the disagreements sheet an adjudicator settles, and it reads
// back codings from either, or from rows of quotes made in another tool.
//
// The columns of each kind of sheet are named once, here, for the writer
// and the reader alike.
package sheet

import "slices"

// Kinds of sheet Import reads.
const (
	KindCoding       = "coding sheet" // segment, ..., codes, project
	KindQuotes       = "quotes"       // document, quote, code [, occurrence | start, end]
	KindAdjudication = "adjudication" // unit, document, start, end, code, coders..., text, consensus
)

// Column names. A reader matches them ignoring case and surrounding spaces.
const (
	colSegment    = "segment"
	colDocument   = "document"
	colProgramme  = "programme"
	colRole       = "role"
	colSpeaker    = "speaker"
	colText       = "text"
	colCodes      = "codes" // code ids separated by ";"
	colProject    = "project"
	colQuote      = "quote"
	colCode       = "code"
	colOccurrence = "occurrence"
	colStart      = "start" // rune offsets into the document's text
	colEnd        = "end"
	colUnit       = "unit"
	colConsensus  = "consensus" // the adjudicator's yes or no
)

// CodingColumns are the columns of a coding sheet, in order. A coder fills
// "codes" with code ids separated by ";".
func CodingColumns() []string {
	return []string{colSegment, colDocument, colProgramme, colRole, colSpeaker, colText, colCodes, colProject}
}

// AdjudicationColumns are the header of a disagreements sheet: the unit,
// the code, a column for each coder, the unit's text and the consensus.
func AdjudicationColumns(coders []string) []string {
	cols := []string{colUnit, colDocument, colStart, colEnd, colCode}
	cols = append(cols, coders...)
	return append(cols, colText, colConsensus)
}

// codingColumn is the index of a coding sheet's column.
func codingColumn(name string) int { return slices.Index(CodingColumns(), name) }
