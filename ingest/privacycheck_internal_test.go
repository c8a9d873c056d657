package ingest

import (
	"testing"

	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// TestReservedPseudonym checks which pseudonyms in the text count as
// numbered within what an adopted map reserved: a number too large to read
// is not, so `groundwork check` reports it as unknown.
func TestReservedPseudonym(t *testing.T) {
	f := &PrivacyFile{Reserved: map[redact.Kind]int{redact.Person: 3}}
	tests := []struct {
		pseudonym string
		want      bool
	}{
		{"[PERSON 2]", true},
		{"[PERSON 3]", true},
		{"[PERSON 4]", false},
		{"[PHONE 1]", false},
		{"[PERSON 99999999999999999999]", false},
		{"PERSON 2", false},
	}
	for _, tt := range tests {
		if got := reservedPseudonym(f, tt.pseudonym); got != tt.want {
			t.Errorf("reservedPseudonym(%q) = %v, want %v", tt.pseudonym, got, tt.want)
		}
	}
}
