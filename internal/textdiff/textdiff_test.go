package textdiff

import (
	"slices"
	"testing"
)

func TestLines(t *testing.T) {
	removed, added := Lines("a\nb\nc\nd", "a\nc\nx\nd\ne")
	if !slices.Equal(removed, []string{"b"}) || !slices.Equal(added, []string{"x", "e"}) {
		t.Errorf("removed %q, added %q; want [b] and [x e]", removed, added)
	}
}

func TestFirst(t *testing.T) {
	if got := First("a\nb", "a\nb"); got != "(same)" {
		t.Errorf("equal texts: %s", got)
	}
	if got, want := First("a\nb", "a"), "line 2: want \"b\"\n          got  \"\""; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
