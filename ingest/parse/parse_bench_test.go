package parse_test

import (
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/ingest/demo"
	"github.com/groundwork-qda/groundwork/ingest/parse"
)

// benchDemoFiles reads the 43 demo transcripts (names and contents).
func benchDemoFiles(b *testing.B) ([]string, [][]byte) {
	b.Helper()
	names, err := demo.Transcripts()
	if err != nil {
		b.Fatal(err)
	}
	var data [][]byte
	for _, n := range names {
		d, err := demo.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
	}
	return names, data
}

var benchOpts = parse.Options{KnownSpeakers: []string{"Interviewer", "Int", "I", "Q", "Moderator", "Facilitator", "Researcher"}}

// BenchmarkTextDemo parses the 43 demo transcripts (.txt and .md, about
// 230 KB) per iteration.
func BenchmarkTextDemo(b *testing.B) {
	names, data := benchDemoFiles(b)
	total := 0
	for _, d := range data {
		total += len(d)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for i, d := range data {
			if _, err := parse.Text(names[i], d, benchOpts); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTextLong parses one long plain-text transcript of about 8,000
// words (the longest in bench/gencorpus's distribution), made of the demo
// transcripts' bodies under one front matter.
func BenchmarkTextLong(b *testing.B) {
	names, data := benchDemoFiles(b)
	var sb strings.Builder
	sb.WriteString("---\nid: long\nprogramme: HeartMates\nrole: patient\n---\n")
	words := 0
	for i := 0; words < 8000; i++ {
		if !strings.HasSuffix(names[i%len(names)], ".txt") {
			continue
		}
		body := string(data[i%len(data)])
		if _, rest, ok := strings.Cut(strings.TrimPrefix(body, "---\n"), "\n---\n"); ok {
			body = rest
		}
		sb.WriteString(body)
		sb.WriteString("\n\n")
		words += len(strings.Fields(body))
	}
	long := []byte(sb.String())
	b.SetBytes(int64(len(long)))
	for b.Loop() {
		if _, err := parse.Text("long.txt", long, benchOpts); err != nil {
			b.Fatal(err)
		}
	}
}
