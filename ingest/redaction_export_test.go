package ingest

import (
	"context"

	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// Hooks for the external tests of redaction (package ingest_test), which
// need the demo project from ingesttest.

// SetMapSavedHook sets the hook called after the map is saved and before
// the store commits; an error it returns aborts the transaction, as a
// crash there would. It returns a function that removes it.
func SetMapSavedHook(fn func() error) func() {
	testHookMapSaved = fn
	return func() { testHookMapSaved = nil }
}

// SetSkipFinishHook makes a change skip settling the map after its
// transaction, as a crash right after the commit would.
func SetSkipFinishHook(fn func() bool) func() {
	testHookSkipFinish = fn
	return func() { testHookSkipFinish = nil }
}

// SetDetector replaces the identifier detector with one whose Detect and
// ScanAll return err.
func SetDetector(err error) func() {
	old := newDetector
	newDetector = func(redact.Options) (detector, error) { return failingDetector{err}, nil }
	return func() { newDetector = old }
}

type failingDetector struct{ err error }

func (d failingDetector) Detect(string) ([]redact.Identifier, error) { return nil, d.err }

func (d failingDetector) ScanAll(context.Context, int, func(int) (string, error), int, func(int)) (*redact.Scans, error) {
	return nil, d.err
}

func (d failingDetector) NameMarker(_, _ []string) *redact.NameMarker { return nil }
