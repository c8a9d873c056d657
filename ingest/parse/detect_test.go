package parse

import (
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/internal/ziptest"
)

func TestDetect(t *testing.T) {
	docx := ziptest.Build(t, "word/document.xml", wordDoc(para("I: hi")))
	tests := []struct {
		file string
		data string
		want Format
		err  string // error prefix, when one is expected
	}{
		{"a.txt", "Interviewer: hi\n", FormatText, ""},
		{"a", "Interviewer: hi\n", FormatText, ""},
		{"a.md", "**A:** hi\n", FormatMarkdown, ""},
		{"a.markdown", "hi\n", FormatMarkdown, ""},
		{"a.txt", "\ufeffWEBVTT\n\n00:01.000 --> 00:02.000\nhi\n", FormatVTT, ""},
		{"a.vtt", "00:01.000 --> 00:02.000\nhi\n", FormatVTT, ""},
		{"a.txt", "00:00:01.000 --> 00:00:02.000\nhi\n", FormatVTT, ""},
		{"a.txt", "\n1\n00:00:00,500 --> 00:00:07,000\nhi\n", FormatSRT, ""},
		{"a.srt", "garbage", FormatSRT, ""},
		{"a.csv", "id,text\n", FormatCSV, ""},
		{"a.txt", "Speaker 1  0:03\nHello.\n\nSpeaker 2  0:08\nHi.\n", FormatOtter, ""},
		{"a.txt", "[00:00:01] I: Hello.\n[00:00:05] R: Hi.\n", FormatTimestamped, ""},
		{"a.md", "(0:01) I: Hello.\n(0:05) R: Hi.\n", FormatTimestamped, ""},
		{"a.txt", "I: see [00:01]\nR: no\n\n[00:02] once\n", FormatText, ""},
		{"a.md", "**A:** \\[04:17\\] x\n\n**B:** \\[05:00\\] y\n", FormatMarkdown, ""},
		{"a.docx", string(docx), FormatDocx, ""},
		{"renamed.bin", string(docx), FormatDocx, ""},
		{"a.pdf", "%PDF-1.7\n...", "", "a.pdf: looks like a PDF document, which is not a transcript format groundwork reads (copy or export its text to a .docx or .txt file; supported formats: txt, md, vtt, srt, docx, otter, timestamped, csv)"},
		{"a.TextGrid", "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n", "", "a.TextGrid: looks like a Praat TextGrid"},
		{"a.TextGrid", "\xFF\xFEF\x00i\x00l\x00e\x00 \x00t\x00y\x00p\x00e\x00 \x00=\x00 \x00\"\x00o\x00o\x00T\x00e\x00x\x00t\x00F\x00i\x00l\x00e\x00\"\x00", "", "a.TextGrid: looks like a Praat TextGrid"},
		{"a.wav", "RIFF\x00\x00\x00\x00WAVE", "", "a.wav: looks like audio or video"},
		{"a.mp3", "ID3\x03\x00", "", "a.mp3: looks like MP3 audio"},
		{"a.m4a", "\x00\x00\x00\x20ftypM4A ", "", "a.m4a: looks like MP4, M4A or MOV media"},
		{"a.ogg", "OggS\x00", "", "a.ogg: looks like Ogg audio"},
		{"a.flac", "fLaC\x00", "", "a.flac: looks like FLAC audio"},
		{"a.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "", "a.doc: looks like a legacy Word .doc"},
		{"a.txt", "\xFF\xFEI\x00:\x00", "", "a.txt: looks like UTF-16 text"},
		{"a.bin", "abc\x00def", "", "a.bin: looks like a binary file, not a transcript (supported formats: txt"},
		{"a.xlsx", string(ziptest.Build(t, "xl/workbook.xml", "<x/>")), "", "a.xlsx: looks like an Excel workbook, not a Word document"},
		{"a.docx", "PK\x03\x04broken", "", "a.docx: looks like a damaged zip archive"},
		{"a.docx", "Interviewer: hi", "", "a.docx: is named .docx but is not a Word document"},
	}
	for _, tt := range tests {
		got, err := Detect(tt.file, []byte(tt.data))
		if tt.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
				t.Errorf("Detect(%s, %.20q) error = %v, want prefix %q", tt.file, tt.data, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Detect(%s, %.20q) = %q, %v; want %q", tt.file, tt.data, got, err, tt.want)
		}
	}
}

func TestParseDispatch(t *testing.T) {
	tests := []struct {
		file, data, format string
		speaker            string // first turn's speaker
		err                string
	}{
		{"a.txt", "Interviewer: hi\n", "", "Interviewer", ""},
		{"a.txt", "**Interviewer:** hi\n", "markdown", "Interviewer", ""},
		{"a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>hi\n", "", "Ann", ""},
		{"a.srt", "1\n00:00:01,000 --> 00:00:02,000\nP1: hi\n", "", "P1", ""},
		{"a.txt", "Speaker 1  0:03\nHello.\n\nSpeaker 2  0:08\nHi.\n", "", "Speaker 1", ""},
		{"a.txt", "[00:00:01] I: Hello.\n[00:00:05] R: Hi.\n", "", "I", ""},
		{"a.txt", "[00:00:01] I: Hello.\n", "txt", "", ""},
		{"a.csv", "id,text\n1,I: x\n", "", "", "a.csv: a CSV file holds one interview per row"},
		{"a.txt", "hi", "pdf", "", `a.txt: unknown format "pdf" (supported formats: txt, md`},
		{"a.pdf", "%PDF-1.4", "txt", "", "a.pdf: looks like a PDF document"},
	}
	for _, tt := range tests {
		got, err := Parse(tt.file, []byte(tt.data), Options{Format: tt.format})
		if tt.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
				t.Errorf("Parse(%s, format %q) error = %v, want prefix %q", tt.file, tt.format, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%s, format %q): %v", tt.file, tt.format, err)
			continue
		}
		if got.Turns[0].Speaker != tt.speaker {
			t.Errorf("Parse(%s, format %q): first speaker %q, want %q", tt.file, tt.format, got.Turns[0].Speaker, tt.speaker)
		}
	}
	if got := SupportedFormats(); len(got) != 8 || got[0] != FormatText || got[7] != FormatCSV {
		t.Errorf("SupportedFormats() = %v", got)
	}
}
