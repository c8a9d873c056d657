package parse

import (
	"archive/zip"
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
)

// srtTimingRE matches an SRT timing line (comma decimals).
var srtTimingRE = regexp.MustCompile(`^\s*\d{1,6}:\d{2}:\d{2},\d{1,3}\s*-->`)

// vttTimingRE matches a WebVTT timing line (dot decimals, hours optional).
var vttTimingRE = regexp.MustCompile(`^\s*(?:\d{1,6}:)?\d{2}:\d{2}\.\d{3}\s*-->`)

// signature is a file type recognised by its first bytes, which this
// package refuses.
type signature struct {
	what  string // "a PDF document"
	fix   string // what to do instead
	match func(b []byte) bool
}

func prefix(p string) func([]byte) bool {
	return func(b []byte) bool { return bytes.HasPrefix(b, []byte(p)) }
}

var refused = []signature{
	{"a PDF document", "copy or export its text to a .docx or .txt file",
		prefix("%PDF")},
	{"a Praat TextGrid", "TextGrid is not supported; export the tiers as text with speaker labels",
		func(b []byte) bool {
			head := b[:min(len(b), 256)]
			return bytes.Contains(bytes.ReplaceAll(head, []byte{0}, nil), []byte(`"ooTextFile"`)) || bytes.Contains(head, []byte("ooBinaryFile"))
		}},
	// UTF-16 before MP3: its byte order mark looks like an MP3 frame header.
	{"UTF-16 text", "save it as UTF-8 text",
		func(b []byte) bool {
			return bytes.HasPrefix(b, []byte("\xFF\xFE")) || bytes.HasPrefix(b, []byte("\xFE\xFF"))
		}},
	{"audio or video (RIFF: WAV or AVI)", "transcribe it first, then import the transcript", prefix("RIFF")},
	{"MP3 audio", "transcribe it first, then import the transcript",
		func(b []byte) bool {
			return bytes.HasPrefix(b, []byte("ID3")) || (len(b) > 1 && b[0] == 0xFF && b[1]&0xE0 == 0xE0)
		}},
	{"MP4, M4A or MOV media", "transcribe it first, then import the transcript",
		func(b []byte) bool { return len(b) >= 8 && string(b[4:8]) == "ftyp" }},
	{"Ogg audio", "transcribe it first, then import the transcript", prefix("OggS")},
	{"FLAC audio", "transcribe it first, then import the transcript", prefix("fLaC")},
	{"WebM or Matroska video", "transcribe it first, then import the transcript", prefix("\x1A\x45\xDF\xA3")},
	{"a legacy Word .doc (or other Office 97-2003) file", "open it in Word and save it as .docx", prefix("\xD0\xCF\x11\xE0")},
	{"an RTF document", "save it as .docx or .txt", prefix("{\\rtf")},
	{"a PNG image", "transcripts must be text", prefix("\x89PNG")},
	{"a JPEG image", "transcripts must be text", prefix("\xFF\xD8\xFF")},
	{"a GIF image", "transcripts must be text", prefix("GIF8")},
	{"a gzip archive", "unpack it first", prefix("\x1F\x8B")},
}

// refuse returns an error for content this package cannot read (PDF,
// TextGrid, media, other binary), or nil.
func refuse(name string, data []byte) error {
	for _, s := range refused {
		if s.match(data) {
			return errorf(name, 0, s.fix+"; supported formats: "+supportedList(),
				"looks like %s, which is not a transcript format groundwork reads", s.what)
		}
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return nil // judged by Detect
	}
	if bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 {
		return errorf(name, 0, "supported formats: "+supportedList(),
			"looks like a binary file, not a transcript")
	}
	return nil
}

// Detect works out a file's format from its content and, where the
// content does not decide, its name. Files it cannot read (PDF, Praat
// TextGrid, audio and video, legacy .doc, zip archives that are not Word
// documents, other binary files) get an error naming the file, what it
// looks like and the supported formats.
func Detect(name string, data []byte) (Format, error) {
	if err := refuse(name, data); err != nil {
		return "", err
	}
	ext := strings.ToLower(filepath.Ext(name))
	if bytes.HasPrefix(data, []byte("PK")) {
		return detectZip(name, data)
	}
	if ext == ".docx" {
		return "", errorf(name, 0, "open it in Word and save it as .docx again",
			"is named .docx but is not a Word document (not a zip archive)")
	}
	lines := splitLines(cleanInput(data))
	first := 0
	for first < len(lines) && isBlank(lines[first]) {
		first++
	}
	if first < len(lines) && strings.HasPrefix(lines[first], "WEBVTT") {
		return FormatVTT, nil
	}
	switch ext {
	case ".csv", ".tsv":
		return FormatCSV, nil
	case ".vtt":
		return FormatVTT, nil
	case ".srt":
		return FormatSRT, nil
	}
	if first+1 < len(lines) && allDigits(strings.TrimSpace(lines[first])) && srtTimingRE.MatchString(lines[first+1]) {
		return FormatSRT, nil
	}
	if first < len(lines) && vttTimingRE.MatchString(lines[first]) {
		return FormatVTT, nil // cues without the WEBVTT line
	}
	if looksOtter(lines) {
		return FormatOtter, nil
	}
	if looksTimestamped(lines) {
		return FormatTimestamped, nil
	}
	if isMarkdown(name, "") {
		return FormatMarkdown, nil
	}
	return FormatText, nil
}

// detectZip accepts a zip archive holding a Word document.
func detectZip(name string, data []byte) (Format, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", errorf(name, 0, "open it in Word and save it as .docx again",
			"looks like a damaged zip archive or Word document: %v", err)
	}
	what := "a zip archive"
	for _, f := range zr.File {
		switch {
		case f.Name == "word/document.xml":
			return FormatDocx, nil
		case strings.HasPrefix(f.Name, "xl/"):
			what = "an Excel workbook"
		case strings.HasPrefix(f.Name, "ppt/"):
			what = "a PowerPoint presentation"
		case f.Name == "content.xml":
			what = "an OpenDocument file"
		}
	}
	return "", errorf(name, 0, "save the transcript as .docx, .txt or .csv; supported formats: "+supportedList(),
		"looks like %s, not a Word document (it has no word/document.xml)", what)
}

// looksOtter reports an Otter.ai export: at least two speaker lines, the
// first among the first five non-blank lines.
func looksOtter(lines []string) bool {
	heads := otterHeads(lines, nil)
	n, nonBlank, firstAt := 0, 0, -1
	for i, l := range lines {
		if isBlank(l) {
			continue
		}
		nonBlank++
		if heads[i] {
			n++
			if firstAt < 0 {
				firstAt = nonBlank
			}
		}
	}
	return n >= 2 && firstAt >= 1 && firstAt <= 5
}

// looksTimestamped reports text whose lines start with timestamps: the
// first non-blank line does, or at least a fifth of them (and two) do.
func looksTimestamped(lines []string) bool {
	n, nonBlank, firstTimed := 0, 0, false
	for _, l := range lines {
		if isBlank(l) {
			continue
		}
		nonBlank++
		if _, ok := parseTimedLine(l); ok {
			n++
			if nonBlank == 1 {
				firstTimed = true
			}
		}
	}
	return n >= 2 && (firstTimed || n*5 >= nonBlank)
}

// Parse reads one transcript file in any supported format except CSV
// (which holds many; use CSV). The format is opts.Format if set, else
// what Detect finds. Word documents are read with the default Limits.
func Parse(name string, data []byte, opts Options) (*Transcript, error) {
	if err := refuse(name, data); err != nil {
		return nil, err
	}
	format := Format(strings.ToLower(strings.TrimSpace(opts.Format)))
	switch format {
	case "":
		f, err := Detect(name, data)
		if err != nil {
			return nil, err
		}
		format = f
	case "markdown":
		format = FormatMarkdown
	case "text":
		format = FormatText
	case "webvtt":
		format = FormatVTT
	}
	switch format {
	case FormatText, FormatMarkdown:
		opts.Format = string(format)
		return Text(name, data, opts)
	case FormatVTT:
		return VTT(name, data, opts)
	case FormatSRT:
		return SRT(name, data, opts)
	case FormatDocx:
		return Docx(name, data, opts, Limits{})
	case FormatOtter:
		return Otter(name, data, opts)
	case FormatTimestamped:
		return Timestamped(name, data, opts)
	case FormatCSV:
		return nil, errorf(name, 0, "read it with parse.CSV, which returns one transcript per row",
			"a CSV file holds one interview per row, not one transcript")
	}
	return nil, errorf(name, 0, "supported formats: "+supportedList(), "unknown format %q", opts.Format)
}
