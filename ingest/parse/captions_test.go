package parse

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

type formatCase struct {
	name  string
	in    string
	opts  Options
	want  []string // renderTimed
	meta  map[string]string
	warns []string // substrings, one per warning
}

func runFormatCases(t *testing.T, parse parser, file string, tests []formatCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustParse(t, parse, file, []byte(tt.in), tt.opts)
			checkTranscript(t, got, lineCount([]byte(tt.in)))
			checkParsed(t, got, renderTimed(got), tt.want, tt.meta, tt.warns)
		})
	}
}

// checkParsed checks what a parser made of a table case: its turns (as
// rendered) against want, its metadata when meta is not nil, and one
// warning holding each of warns, in order.
func checkParsed(t *testing.T, got *Transcript, turns, want []string, meta map[string]string, warns []string) {
	t.Helper()
	if !reflect.DeepEqual(turns, want) {
		t.Errorf("turns:\n got %q\nwant %q", turns, want)
	}
	if meta != nil && !reflect.DeepEqual(got.Meta, meta) {
		t.Errorf("meta = %q, want %q", got.Meta, meta)
	}
	if len(got.Warnings) != len(warns) {
		t.Fatalf("warnings = %q, want %d like %q", got.Warnings, len(warns), warns)
	}
	for i, w := range warns {
		if !strings.Contains(got.Warnings[i], w) {
			t.Errorf("warning %d = %q, want it to contain %q", i, got.Warnings[i], w)
		}
	}
}

func TestParseClock(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"00:01.000", time.Second, true},
		{"01:02:03.456", time.Hour + 2*time.Minute + 3*time.Second + 456*time.Millisecond, true},
		{"00:00:00,500", 500 * time.Millisecond, true},
		{"1:02:33", time.Hour + 2*time.Minute + 33*time.Second, true},
		{"0:03", 3 * time.Second, true},
		{"75:30", 75*time.Minute + 30*time.Second, true},
		{"00:01:02.5", time.Minute + 2*time.Second + 500*time.Millisecond, true},
		{"00:60.000", 0, false},
		{"1:60:00", 0, false},
		{"1:2:3:4", 0, false},
		{"ab:cd", 0, false},
		{"00:01.", 0, false},
		{"", 0, false},
		{"9999999:00:00", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseClock(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseClock(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestVTT(t *testing.T) {
	runFormatCases(t, VTT, "talk.vtt", []formatCase{
		{
			name: "voice tags closed, unclosed and several per cue",
			in: "WEBVTT\n\n00:00.000 --> 00:03.000\n<v Kyle Huey> Not ready yet?\n\n" +
				"00:04.000 --> 00:05.000\n<v Chris Pearce> Okay.</v>\n<v Kyle Huey> Oh, good?</v>\n<i>Laughter</i>\n\n" +
				"00:06.000 --> 00:15.000\n<v.loud Kyle Huey>So <u>thanks</u> &amp; <b>welcome</b>&nbsp;all.\n",
			want: []string{
				"Kyle Huey|3|0s-3s|Not ready yet?",
				"Chris Pearce|6|4s-5s|Okay.",
				"Kyle Huey|8|4s-15s|Oh, good? Laughter So thanks & welcome\u00a0all.",
			},
		},
		{
			name: "zoom style names, cue ids, merging, hours",
			in: "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nJane Roe: Hello everyone.\n\n" +
				"2\n00:00:04.500 --> 00:00:06.000\nJane Roe: Shall we start?\n\n" +
				"3\n01:00:07.000 --> 01:00:09.250\nAbd Rabou: Yes.\n",
			want: []string{
				"Jane Roe|4|1s-6s|Hello everyone. Shall we start?",
				"Abd Rabou|12|1h0m7s-1h0m9.25s|Yes.",
			},
		},
		{
			name: "header, notes, styles, settings and a timing line right after text",
			in: "WEBVTT - An interview\nKind: captions\nLanguage: en\n\nSTYLE\n::cue { color: red }\n\n" +
				"NOTE a comment\nover two lines\n\n" +
				"00:01.000 --> 00:02.000 align:start position:0%\nfirst\n" +
				"00:02.000 --> 00:03.000\nsecond\n\nNOTE end\n",
			want:  []string{"|11|1s-3s|first second"},
			meta:  map[string]string{"title": "An interview", "kind": "captions", "language": "en"},
			warns: []string{"no speaker labels found"},
		},
		{
			name: "youtube rolling duplicates",
			in: "WEBVTT\nKind: captions\n\n00:04:46.070 --> 00:04:46.470 align:start position:0%\nyeah\n\n\n" +
				"00:04:46.470 --> 00:05:04.080 align:start position:0%\nyeah\n<c.colorCCCCCC>what</c>\n" +
				"00:05:04.080 --> 00:05:05.069 align:start position:0%\nthis<00:05:04.199><c> will</c><c.colorE5E5E5><00:05:04.379><c> happen</c></c>\n\n" +
				"00:05:05.069 --> 00:05:05.400 align:start position:0%\nthis will<c.colorE5E5E5> happen</c>\n \n",
			want:  []string{"|4|4m46.07s-5m5.069s|yeah what this will happen"},
			meta:  map[string]string{"kind": "captions"},
			warns: []string{"no speaker labels found"},
		},
		{
			name: "repeats are kept when the file is not rolling",
			in:   "WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>No\n\n00:02.000 --> 00:03.000\n<v A>No\n",
			want: []string{"A|3|1s-3s|No No"},
		},
		{
			name:  "identifier without blank line, dialogue dashes, multi-script id",
			in:    "WEBVTT\n\nαβγ 中文 한국어\n00:11.000 --> 00:13.000\n- Payload one\n- Payload two\n",
			want:  []string{"|4|11s-13s|- Payload one\n- Payload two"},
			warns: []string{"no speaker labels found"},
		},
		{
			name: "bad timings",
			in:   "WEBVTT\n\n00:05.000 --> 00:01.000\n<v A>Backwards\n\nxx --> yy\n<v B>Bad\n\nstray text\nmore\n\n00:06.000 --> 00:07.000\n<v A>Good\n",
			want: []string{"A|3|5s-7s|Backwards Good"},
			warns: []string{
				"line 3: cue ends before it starts",
				"line 6: cue timing is not valid",
				"line 9: text without a cue timing line skipped",
			},
		},
		{
			name:  "missing header",
			in:    "00:01.000 --> 00:02.000\n<v A>Hi\n",
			want:  []string{"A|1|1s-2s|Hi"},
			warns: []string{"line 1: the file does not start with WEBVTT"},
		},
		{
			name:  "bom and no final newline",
			in:    "\ufeffWEBVTT\n\n00:00.000 --> 00:02.000\ntext",
			want:  []string{"|3|0s-2s|text"},
			warns: []string{"no speaker labels found"},
		},
		{
			name: "false label in a caption",
			in: "WEBVTT\n\n00:01.000 --> 00:02.000\nJane Roe: Hi.\n\n00:02.000 --> 00:03.000\nBen Ode: Hello.\n\n" +
				"00:03.000 --> 00:04.000\nWhat helped most: calls.\n\n00:04.000 --> 00:05.000\nJane Roe: Good.\n\n00:05.000 --> 00:06.000\nBen Ode: Yes.\n",
			want: []string{"Jane Roe|3|1s-2s|Hi.", "Ben Ode|6|2s-4s|Hello. What helped most: calls.", "Jane Roe|12|4s-5s|Good.", "Ben Ode|15|5s-6s|Yes."},
		},
	})
}

func TestVTTErrors(t *testing.T) {
	for _, in := range []string{"", "WEBVTT\n", "WEBVTT\n\nNOTE only\n", "WEBVTT\n\n00:01.000 --> 00:02.000\n<i></i>\n"} {
		if _, err := VTT("x.vtt", []byte(in), Options{}); err == nil || !strings.HasPrefix(err.Error(), "x.vtt: ") {
			t.Errorf("VTT(%q) error = %v, want one naming x.vtt", in, err)
		}
	}
}

func TestSRT(t *testing.T) {
	runFormatCases(t, SRT, "a.srt", []formatCase{
		{
			name: "numbered cues with names and merging",
			in: "1\n00:00:00,500 --> 00:00:07,000\nInterviewer: How are <i>you</i>?\n\n" +
				"2\n00:00:07,000 --> 00:00:11,890\nParticipant: {\\an8}Fine,\nthanks.\n\n" +
				"3\n00:00:11,890 --> 00:00:16,320\nand you?\n\n" +
				"4\n00:00:16,320 --> 00:00:21,580\nInterviewer: Good.",
			want: []string{
				"Interviewer|2|500ms-7s|How are you?",
				"Participant|6|7s-16.32s|Fine, thanks. and you?",
				"Interviewer|15|16.32s-21.58s|Good.",
			},
		},
		{
			name: "missing timing line",
			in: "1\n00:00:00,500 --> 00:00:07,000\nCaption text #1\n\n2\nCaption text #2\n\n" +
				"3\n00:00:11,890 --> 00:00:16,320\nCaption text #3\n",
			want:  []string{"|2|500ms-16.32s|Caption text #1 Caption text #3"},
			warns: []string{"line 5: cue 2 has no timing line; skipped", "no speaker labels found"},
		},
		{
			name: "cues without blank lines between them",
			in:   "1\n00:00:01,000 --> 00:00:02,000\nP1: one\n2\n00:00:02,000 --> 00:00:03,000\nP2: two\n",
			want: []string{"P1|2|1s-2s|one", "P2|5|2s-3s|two"},
		},
		{
			name:  "invalid timing",
			in:    "1\n00:00:01 --> later\ntext\n\n2\n00:00:02,000 --> 00:00:03,000\nok\n",
			want:  []string{"|6|2s-3s|ok"},
			warns: []string{"line 2: cue timing is not valid", "no speaker labels found"},
		},
	})
	checkRefused(t, SRT, "a.srt", "just text\n", "a.srt: no SRT cues found")
}

func TestOtter(t *testing.T) {
	runFormatCases(t, Otter, "a.txt", []formatCase{
		{
			name: "speakers and times",
			in: "Speaker 1  0:03\nHello there.\nHow are you?\n\nJane Roe  0:08\nFine.\n\nSecond paragraph.\n\n" +
				"Speaker 1  1:02:33\nGood.\n\nTranscribed by https://otter.ai\n",
			want: []string{
				"Speaker 1|1|3s-8s|Hello there.\nHow are you?",
				"Jane Roe|5|8s-1h2m33s|Fine.\n\nSecond paragraph.",
				"Speaker 1|10|1h2m33s-1h2m33s|Good.",
			},
			meta: map[string]string{"transcribed_by": "otter.ai"},
		},
		{
			name: "title before the first speaker and a time in the text",
			in:   "Team call\n\nSpeaker 1  0:00\nwe met at 10:30\nand talked.\n\nSpeaker 2  0:05\nOk.\n",
			want: []string{
				"|1|-|Team call",
				"Speaker 1|3|0s-5s|we met at 10:30\nand talked.",
				"Speaker 2|7|5s-5s|Ok.",
			},
			warns: []string{"text before the first speaker line (line 1)"},
		},
	})
	checkRefused(t, Otter, "a.txt", "Interviewer: hi\n", "no Otter speaker lines")
}

func TestTimestamped(t *testing.T) {
	runFormatCases(t, Timestamped, "a.txt", []formatCase{
		{
			name: "bracket and parenthesis forms",
			in: "[00:00:01] Interviewer: Hello.\n[00:00:05] Jane Roe: Hi.\nI was unsure.\n\nStill am.\n" +
				"(00:01:10) Interviewer: Why?\n[00:01:20] Because.\n",
			want: []string{
				"Interviewer|1|1s-5s|Hello.",
				"Jane Roe|2|5s-1m10s|Hi.\nI was unsure.\n\nStill am.",
				"Interviewer|6|1m10s-1m20s|Why?",
				"Interviewer|7|1m20s-1m20s|Because.",
			},
		},
		{
			name: "ranges, suffix form and untimed labels",
			in:   "Header line\n[00:01 - 00:04] P1: One.\nInterviewer [00:05]: Two.\nP1: Untimed.\n",
			want: []string{
				"|1|-|Header line",
				"P1|2|1s-4s|One.",
				"Interviewer|3|5s-5s|Two.",
				"P1|4|-|Untimed.",
			},
			warns: []string{"text before the first timestamp (line 1)"},
		},
		{
			name:  "no labels",
			in:    "[0:01] one\n[0:03] two\n",
			want:  []string{"|1|1s-3s|one", "|2|3s-3s|two"},
			warns: []string{"no speaker labels found"},
		},
	})
	checkRefused(t, Timestamped, "a.txt", "Interviewer: hi\n", "no timestamped lines")
}
