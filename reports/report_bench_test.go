package reports_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
	"github.com/groundwork-qda/groundwork/reports"
)

// benchDemoStore builds the demo project as `groundwork demo` does, without
// the search index (the peer-support codebook has no query rules): ingest
// the 43 transcripts, auto-code them. It returns the open store and the
// codebook.
func benchDemoStore(b *testing.B) (*corpus.Project, *corpus.Store, *codebook.Codebook) {
	b.Helper()
	ctx := context.Background()
	p, st, cb := ingesttest.Project(b, "bench", ingesttest.Demo(b, "")...)
	if _, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{}); err != nil {
		b.Fatal(err)
	}
	return p, st, cb
}

func benchDemoDataset(b *testing.B) *analysis.Dataset {
	b.Helper()
	_, st, cb := benchDemoStore(b)
	ds, err := analysis.Load(context.Background(), st, cb, analysis.Selection{})
	if err != nil {
		b.Fatal(err)
	}
	return ds
}

// BenchmarkLoadDemo reads the auto-coded demo study from the store into a
// dataset (documents, codings, turns), as `groundwork report` does first.
func BenchmarkLoadDemo(b *testing.B) {
	_, st, cb := benchDemoStore(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := analysis.Load(ctx, st, cb, analysis.Selection{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildDemo builds the report model of the auto-coded demo study
// (prevalence, exemplar quotes read and ranked, challenges and responses,
// methods) from a freshly loaded dataset, whose load is not timed.
func BenchmarkBuildDemo(b *testing.B) {
	_, st, cb := benchDemoStore(b)
	ctx := context.Background()
	var codings int
	for b.Loop() {
		b.StopTimer()
		ds, err := analysis.Load(ctx, st, cb, analysis.Selection{})
		if err != nil {
			b.Fatal(err)
		}
		codings = ds.NumCodings()
		b.StartTimer()
		if _, err := reports.Build(ctx, "bench", ds, reports.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(codings), "codings")
}

// BenchmarkWriteHTMLDemo renders the demo report's HTML.
func BenchmarkWriteHTMLDemo(b *testing.B) {
	ds := benchDemoDataset(b)
	r, err := reports.Build(context.Background(), "bench", ds, reports.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := reports.WriteHTML(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// BenchmarkWriteAllDemo builds the demo report and writes every default
// format into a directory, as `groundwork report` does after loading.
func BenchmarkWriteAllDemo(b *testing.B) {
	ds := benchDemoDataset(b)
	dir := b.TempDir()
	for b.Loop() {
		r, err := reports.Build(context.Background(), "bench", ds, reports.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := reports.Write(context.Background(), dir, r, ds, nil); err != nil {
			b.Fatal(err)
		}
	}
}
