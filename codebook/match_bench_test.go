package codebook_test

import (
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/demo"
	"github.com/groundwork-qda/groundwork/ingest/parse"
)

// benchDemoInputs returns the participant segments of the 43 demo
// transcripts, as ingest makes them, with each document's role, and their
// total bytes.
func benchDemoInputs(b *testing.B) ([]codebook.Input, int) {
	b.Helper()
	names, err := demo.Transcripts()
	if err != nil {
		b.Fatal(err)
	}
	sg, err := ingest.NewSegmenter(0)
	if err != nil {
		b.Fatal(err)
	}
	interviewers := []string{"Interviewer", "Int", "I", "Q", "Moderator", "Facilitator", "Researcher"}
	isInterviewer := func(s string) bool {
		for _, l := range interviewers {
			if l == s {
				return true
			}
		}
		return false
	}
	var ins []codebook.Input
	total := 0
	for _, n := range names {
		d, err := demo.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		t, err := parse.Text(n, d, parse.Options{KnownSpeakers: interviewers})
		if err != nil {
			b.Fatal(err)
		}
		built := sg.Build(t, isInterviewer)
		speakers := map[int]string{}
		for _, tu := range built.Turns {
			speakers[tu.Seq] = tu.Speaker
		}
		for _, s := range built.Segments {
			ins = append(ins, codebook.Input{Text: s.Text, Role: t.Meta["role"], Speaker: speakers[s.TurnSeq]})
			total += len(s.Text)
		}
	}
	return ins, total
}

func benchTemplate(b *testing.B) *codebook.Codebook {
	b.Helper()
	data, err := codebook.Template("peer-support")
	if err != nil {
		b.Fatal(err)
	}
	cb, err := codebook.Parse("peer-support.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	return cb
}

// BenchmarkMatchDemoSegments runs the peer-support codebook's compiled rules
// over the 487 participant segments of the demo study per iteration.
func BenchmarkMatchDemoSegments(b *testing.B) {
	ins, total := benchDemoInputs(b)
	m, err := codebook.Compile(benchTemplate(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(total))
	hits := 0
	for b.Loop() {
		hits = 0
		for _, in := range ins {
			hits += len(m.Match(in))
		}
	}
	b.ReportMetric(float64(len(ins)), "segments/op")
	b.ReportMetric(float64(hits), "hits/op")
}

// BenchmarkMatchDemoOneCode is BenchmarkMatchDemoSegments with only one
// code's rules compiled, as `code auto` does after that code's rules change.
func BenchmarkMatchDemoOneCode(b *testing.B) {
	ins, total := benchDemoInputs(b)
	m, err := codebook.Compile(benchTemplate(b), "matching.mismatch")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, in := range ins {
			m.Match(in)
		}
	}
}

// BenchmarkCompileTemplate parses and compiles the peer-support codebook.
func BenchmarkCompileTemplate(b *testing.B) {
	data, err := codebook.Template("peer-support")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		cb, err := codebook.Parse("peer-support.yaml", data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := codebook.Compile(cb); err != nil {
			b.Fatal(err)
		}
	}
}
