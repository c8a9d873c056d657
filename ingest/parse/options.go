package parse

import (
	"fmt"
	"strings"
)

// Format names a transcript file format this package can read.
type Format string

// The formats Parse and Detect know. CSV is read by CSV, which yields one
// transcript per row, so Parse does not dispatch to it.
const (
	FormatText        Format = "txt"         // plain text with "Name:" speaker labels
	FormatMarkdown    Format = "md"          // Markdown, optionally with YAML front matter
	FormatVTT         Format = "vtt"         // WebVTT captions (Zoom, Teams, YouTube)
	FormatSRT         Format = "srt"         // SubRip subtitles
	FormatDocx        Format = "docx"        // Word 2007+ documents
	FormatOtter       Format = "otter"       // Otter.ai text export ("Name  0:03" lines)
	FormatTimestamped Format = "timestamped" // "[00:01:23] Name: text" lines
	FormatCSV         Format = "csv"         // one interview per row
)

// SupportedFormats lists the formats this package reads, in the order they
// should be offered to users.
func SupportedFormats() []Format {
	return []Format{FormatText, FormatMarkdown, FormatVTT, FormatSRT, FormatDocx, FormatOtter, FormatTimestamped, FormatCSV}
}

// supportedList renders SupportedFormats for error messages.
func supportedList() string {
	fs := SupportedFormats()
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// Options control how a transcript is read.
type Options struct {
	// KnownSpeakers are speaker labels the project declares (typically its
	// interviewer labels, such as "Interviewer", "I", "Int", "Q",
	// "Moderator"). A line starting with one of them followed by a colon is
	// always a new turn. Matching ignores case and surrounding markup.
	KnownSpeakers []string
	// Format forces a format ("txt", "md", "vtt", ...); "" detects it from
	// the file name and content.
	Format string
}

// Limits bound the resources spent on a compressed (.docx) file. Zero
// fields take their defaults.
type Limits struct {
	// MaxUncompressed is the most bytes all archive entries may hold once
	// decompressed (default 200 MiB).
	MaxUncompressed int64
	// MaxEntries is the most entries the archive may list (default 10000).
	MaxEntries int
	// MaxText is the most text the document may hold once read, in bytes
	// (default 50 MiB, ingest's --max-size).
	MaxText int64
}

// Default resource limits for Docx.
const (
	DefaultMaxUncompressed int64 = 200 << 20
	DefaultMaxEntries            = 10000
	DefaultMaxText         int64 = 50 << 20
)

func (l Limits) withDefaults() Limits {
	if l.MaxUncompressed <= 0 {
		l.MaxUncompressed = DefaultMaxUncompressed
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = DefaultMaxEntries
	}
	if l.MaxText <= 0 {
		l.MaxText = DefaultMaxText
	}
	return l
}

// Error is a problem with a transcript file that stops it being read. Its
// message names the file, the line (when there is one), what is wrong and
// what to do about it, e.g.
//
//	interview.txt:3: front matter is not valid YAML: ... (fix the block between the --- lines)
type Error struct {
	File string // the file name as given to the parser
	Line int    // 1-based line (paragraph for .docx, row for CSV); 0 if none
	Msg  string // what is wrong
	Fix  string // what to do about it; may be empty
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Fix != "" {
		b.WriteString(" (")
		b.WriteString(e.Fix)
		b.WriteString(")")
	}
	return b.String()
}

func errorf(file string, line int, fix, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Fix: fix}
}
