package ingest_test

import (
	"os"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/ingest"
)

func TestCheckPrivacy(t *testing.T) {
	s, _ := safetyProject(t)
	check := func() []string {
		t.Helper()
		probs, err := ingest.CheckPrivacy(s.ctx, s.proj, s.st)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range probs {
			if p.Fix == "" {
				t.Errorf("problem without a fix: %s", p.What)
			}
			out = append(out, p.What)
		}
		return out
	}
	if got := check(); len(got) != 0 {
		t.Fatalf("a project never redacted: %q", got)
	}
	s.redact(ingest.RedactOptions{})
	if got := check(); len(got) != 0 {
		t.Fatalf("a redacted project: %q", got)
	}
	path := s.proj.IdentifiersPath()
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := check(); len(got) != 1 || !strings.Contains(got[0], "readable by others") {
		t.Errorf("a map readable by others: %q", got)
	}
	saved, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if got := check(); len(got) == 0 || !strings.Contains(strings.Join(got, "\n"), "identifiers.json") {
		t.Errorf("a lost map: %q", got)
	}
	os.WriteFile(path, saved, 0o600)
	if got := check(); len(got) != 0 {
		t.Errorf("the map put back: %q", got)
	}
}
