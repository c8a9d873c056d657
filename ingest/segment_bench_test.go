package ingest_test

import (
	"context"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/demo"
	"github.com/groundwork-qda/groundwork/ingest/parse"
)

var benchInterviewers = []string{"Interviewer", "Int", "I", "Q", "Moderator", "Facilitator", "Researcher"}

func benchIsInterviewer(s string) bool {
	for _, l := range benchInterviewers {
		if l == s {
			return true
		}
	}
	return false
}

// benchParsedDemo parses the 43 demo transcripts and returns them with the
// total bytes of their sources.
func benchParsedDemo(b *testing.B) ([]*parse.Transcript, int) {
	b.Helper()
	names, err := demo.Transcripts()
	if err != nil {
		b.Fatal(err)
	}
	var out []*parse.Transcript
	total := 0
	for _, n := range names {
		d, err := demo.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		t, err := parse.Text(n, d, parse.Options{KnownSpeakers: benchInterviewers})
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, t)
		total += len(d)
	}
	return out, total
}

// BenchmarkNewSegmenter builds a Segmenter (it loads the Punkt model).
func BenchmarkNewSegmenter(b *testing.B) {
	for b.Loop() {
		if _, err := ingest.NewSegmenter(corpus.DefaultMaxWords); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSegmenterBuild renders and segments the 43 parsed demo
// transcripts per iteration (canonical text, turns, sentence windows).
func BenchmarkSegmenterBuild(b *testing.B) {
	ts, total := benchParsedDemo(b)
	sg, err := ingest.NewSegmenter(corpus.DefaultMaxWords)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(total))
	segs := 0
	for b.Loop() {
		segs = 0
		for _, t := range ts {
			segs += len(sg.Build(t, benchIsInterviewer).Segments)
		}
	}
	b.ReportMetric(float64(segs), "segments/op")
}

// BenchmarkSegmenterBuildSmallWindows is BenchmarkSegmenterBuild with
// 40-word segments, so that most turns go through the sentence tokenizer.
func BenchmarkSegmenterBuildSmallWindows(b *testing.B) {
	ts, total := benchParsedDemo(b)
	sg, err := ingest.NewSegmenter(40)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, t := range ts {
			sg.Build(t, benchIsInterviewer)
		}
	}
}

// BenchmarkIngestDemo ingests the 43 demo transcripts into a fresh project
// per iteration: read, parse, segment, and store in one transaction (no
// search index).
func BenchmarkIngestDemo(b *testing.B) {
	ctx := context.Background()
	paths, err := demo.WriteTranscripts(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	cb := []byte("name: t\ncodes: []\n")
	for b.Loop() {
		b.StopTimer()
		p, err := corpus.Init(ctx, b.TempDir(), "peer-support", "", cb)
		if err != nil {
			b.Fatal(err)
		}
		st, err := corpus.OpenStore(ctx, p.StorePath())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := ingest.Ingest(ctx, p, st, paths, ingest.Options{}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}
