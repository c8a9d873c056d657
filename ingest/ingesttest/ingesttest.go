// Package ingesttest builds groundwork projects for tests and benchmarks:
// a peer-support project, with transcripts ingested, in a temporary
// directory.
package ingesttest

import (
	"context"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/demo"
)

// Project creates a peer-support project called name in a temporary
// directory and ingests paths into it. It returns the project, its store
// (closed when the test ends) and its codebook.
func Project(tb testing.TB, name string, paths ...string) (*corpus.Project, *corpus.Store, *codebook.Codebook) {
	tb.Helper()
	ctx := context.Background()
	cbYAML, err := codebook.Template("peer-support")
	if err != nil {
		tb.Fatal(err)
	}
	proj, err := corpus.Init(ctx, tb.TempDir(), "peer-support", name, cbYAML)
	if err != nil {
		tb.Fatal(err)
	}
	st, err := corpus.OpenStore(ctx, proj.StorePath())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if len(paths) > 0 {
		if _, err := ingest.Ingest(ctx, proj, st, paths, ingest.Options{}); err != nil {
			tb.Fatal(err)
		}
	}
	cb, err := codebook.Load(proj.CodebookPath())
	if err != nil {
		tb.Fatal(err)
	}
	return proj, st, cb
}

// Demo writes the demo study's transcripts into dir (a temporary directory
// when dir is "") and returns their paths.
func Demo(tb testing.TB, dir string) []string {
	tb.Helper()
	if dir == "" {
		dir = tb.TempDir()
	}
	paths, err := demo.WriteTranscripts(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return paths
}
