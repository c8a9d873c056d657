package redact

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/groundwork-qda/groundwork/ingest/redact/labelset"
)

// BenchmarkDetect measures Detect over the labelled transcripts (one call
// per document), with NER on and off, and reports words/s. DetectAll runs
// the same documents on two workers sharing the model.
func BenchmarkDetect(b *testing.B) {
	docs, err := labelset.LoadDir(filepath.Join("testdata", "labelled"))
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(docs))
	words := 0
	for i, d := range docs {
		texts[i] = d.Text
		words += len(strings.Fields(d.Text))
	}
	for _, ner := range []bool{true, false} {
		name := "ner"
		if !ner {
			name = "no-ner"
		}
		d, err := NewDetector(setOptions(docs, ner))
		if err != nil {
			b.Fatal(err)
		}
		if ner {
			if _, err := d.Model(); err != nil { // build the model outside the timing
				b.Fatal(err)
			}
		}
		b.Run(name, func(b *testing.B) {
			cpu := processCPU()
			for i := 0; i < b.N; i++ {
				for _, t := range texts {
					if _, err := d.Detect(t); err != nil {
						b.Fatal(err)
					}
				}
			}
			report(b, words, processCPU()-cpu)
		})
		b.Run(name+"/DetectAll-2", func(b *testing.B) {
			cpu := processCPU()
			for i := 0; i < b.N; i++ {
				if _, err := d.DetectAll(context.Background(), texts, 2, nil); err != nil {
					b.Fatal(err)
				}
			}
			report(b, words, processCPU()-cpu)
		})
	}
}

// report adds words per wall-clock second and, where the platform tells,
// words per CPU second (steadier on a shared, loaded machine).
func report(b *testing.B, words int, cpu time.Duration) {
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(words*b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

// BenchmarkModel measures building the prose model once.
func BenchmarkModel(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d, _ := NewDetector(DefaultOptions())
		if _, err := d.Model(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGazetteer measures decoding the embedded lists, once per
// process.
func BenchmarkGazetteer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := readGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDetectCorpus runs DetectAll, as `groundwork redact` does, over
// the .txt transcripts of the folder $REDACT_BENCH_CORPUS (made with
// `go run ./bench/gencorpus -n 1000 -out DIR`), on two workers, and
// reports words per second; it skips when the variable is unset.
func BenchmarkDetectCorpus(b *testing.B) {
	dir := os.Getenv("REDACT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set REDACT_BENCH_CORPUS to a folder of transcripts")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no transcripts in %s: %v", dir, err)
	}
	var texts []string
	words := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		words += len(strings.Fields(string(raw)))
	}
	d, err := NewDetector(Options{Speakers: SpeakerLabels(texts...)})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		if _, err := d.DetectAll(context.Background(), texts, 2, nil); err != nil {
			b.Fatal(err)
		}
	}
	report(b, words, processCPU()-cpu)
	b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
