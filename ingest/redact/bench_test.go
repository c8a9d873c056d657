package redact

import (
	"context"
	"strings"
	"testing"
	"time"
)

// BenchmarkDetect measures Detect over the labelled transcripts (one call
// per document), with NER on and off, and reports words/s. DetectAll runs
// the same documents on two workers sharing the model.
func BenchmarkDetect(b *testing.B) {
	docs := loadLabelled(b)
	texts := make([]string, len(docs))
	words := 0
	for i, d := range docs {
		texts[i] = d.text
		words += len(strings.Fields(d.text))
	}
	for _, ner := range []bool{true, false} {
		name := "ner"
		if !ner {
			name = "no-ner"
		}
		d, err := NewDetector(labelledOptions(docs, ner))
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
