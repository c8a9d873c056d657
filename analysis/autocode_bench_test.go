package analysis_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
)

// benchIngestedDemo ingests the 43 demo transcripts into a fresh
// peer-support project and returns the path of its store (closed, so that
// it can be copied) and the codebook.
func benchIngestedDemo(b *testing.B) (string, *codebook.Codebook) {
	b.Helper()
	p, st, cb := ingesttest.Project(b, "bench", ingesttest.Demo(b, "")...)
	// Closing the last connection folds the WAL into project.db, so that
	// copying the file copies all.
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	return p.StorePath(), cb
}

func benchCopyFile(b *testing.B, from, to string) {
	b.Helper()
	in, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkAutoCodeDemo auto-codes the ingested demo study from scratch
// per iteration (every code's rules are new): match every segment, diff,
// store the suggestions. The store is a fresh copy each time (not timed).
func BenchmarkAutoCodeDemo(b *testing.B) {
	src, cb := benchIngestedDemo(b)
	ctx := context.Background()
	added := 0
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "project.db")
		benchCopyFile(b, src, path)
		st, err := corpus.OpenStore(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		added = 0
		for _, c := range res.Changes {
			added += c.Added
		}
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(added), "suggestions/op")
}

// BenchmarkAutoCodeDemoDryRun is the matching and diffing of
// BenchmarkAutoCodeDemo without the writes.
func BenchmarkAutoCodeDemoDryRun(b *testing.B) {
	src, cb := benchIngestedDemo(b)
	ctx := context.Background()
	st, err := corpus.OpenStore(ctx, src)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for b.Loop() {
		if _, err := analysis.AutoCode(ctx, st, cb, nil, analysis.AutoOptions{DryRun: true}); err != nil {
			b.Fatal(err)
		}
	}
}
