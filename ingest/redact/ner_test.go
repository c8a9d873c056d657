package redact

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// TestNERFailureStopsDetection: when the name recogniser, asked about an
// uncertain name, panics or fails, Detect and DetectAll return an error
// instead of going on (they used to recover the panic and go on, leaving
// every name in the text).
func TestNERFailureStopsDetection(t *testing.T) {
	// "Dunelm" is no word and in no list: uncertain (NER is asked).
	texts := []string{"Participant: Honestly we like Dunelm.", "Participant: Then Malcolm came."}
	for _, c := range []struct {
		name string
		ner  func(*prose.Model, string) ([]nerToken, error)
	}{
		// An empty model makes prose dereference nil inside NewDocument: a
		// real panic from prose, which nerPersons must turn into an error.
		{"panic", func(_ *prose.Model, text string) ([]nerToken, error) { return nerPersons(&prose.Model{}, text) }},
		{"error", func(*prose.Model, string) ([]nerToken, error) { return nil, errors.New("boom") }},
	} {
		d, err := NewDetector(Options{UseNER: true})
		if err != nil {
			t.Fatal(err)
		}
		d.ner = c.ner
		if got, err := d.Detect(texts[0]); err == nil || got != nil {
			t.Errorf("%s: Detect = %v, %v; want an error and nothing", c.name, got, err)
		}
		got, err := d.DetectAll(context.Background(), texts, 2, nil)
		if err == nil || got != nil {
			t.Errorf("%s: DetectAll = %v, %v; want an error and nothing", c.name, got, err)
		}
	}
}

func TestNERPersonsRecoversPanic(t *testing.T) {
	toks, err := nerPersons(&prose.Model{}, "My buddy Priya Shah rang.")
	if err == nil || !errors.Is(err, ErrNER) || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("nerPersons with an empty model = %v, %v; want ErrNER", toks, err)
	}
}
