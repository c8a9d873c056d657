package reports

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// writeSidecar streams what json.Encoder would write; the two must agree
// byte for byte.
func TestWriteSidecarMatchesEncoder(t *testing.T) {
	full := QDPXCodings{Version: 1, Codings: map[string]QDPXCodingState{
		"b-guid": {Status: "suggested", Origin: "rule", Rule: "isolation#1", Evidence: `lonely, "on my own" <b>&`},
		"a-guid": {Status: "accepted", Origin: "manual"},
		"c-guid": {Status: "accepted", Origin: "import", Evidence: "très bon 😀\nline"},
	}, Withheld: []QDPXWithheldCoding{
		{Document: "hf-01", Start: 3, End: 9, Code: "x", Coder: "auto", QDPXCodingState: QDPXCodingState{Status: "rejected", Origin: "rule"},
			Quote: "naïve\tpeer", Created: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
		{Document: "hf-02", Code: "y", Coder: "Zoë"},
	}}
	for name, s := range map[string]QDPXCodings{
		"full":          full,
		"no withheld":   {Version: 1, Codings: full.Codings},
		"empty":         {Version: 1, Codings: map[string]QDPXCodingState{}},
		"only withheld": {Version: 1, Codings: map[string]QDPXCodingState{}, Withheld: full.Withheld},
	} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", " ")
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if err := writeSidecar(&got, &s); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: writeSidecar wrote\n%s\nwant\n%s", name, got.String(), want.String())
		}
	}
}

func TestSelectionName(t *testing.T) {
	long := strings.Repeat("word ", 30)
	for _, tt := range []struct{ in, want string }{
		{"  short\n\ttext  ", "short text"},
		{long, shorten(strings.TrimSpace(long), 60)},
		{strings.Repeat("a", 60), strings.Repeat("a", 60)},
		{strings.Repeat("a", 61), strings.Repeat("a", 59) + "…"},
		{"x" + strings.Repeat(" ", 500) + "y", "x y"},
		{"très bon 😀   and\n\nthe naïve peer said she’d ring me at midnight every single night", "très bon 😀 and the naïve peer said she’d ring me at midnigh…"},
	} {
		if got := selectionName([]rune(tt.in)); got != tt.want {
			t.Errorf("selectionName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		// The old definition: all the text's fields, joined, then cut.
		if old := shorten(strings.Join(strings.Fields(tt.in), " "), 60); old != tt.want {
			t.Errorf("case %q: want %q disagrees with the definition %q", tt.in, tt.want, old)
		}
	}
}
