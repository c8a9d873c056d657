package workbench

import (
	"html"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestTextIndex(t *testing.T) {
	text := "Café 😀 naïve\n👩‍👩‍👧 x"
	ti := newTextIndex(text)
	runes := []rune(text)
	u := 0
	for i, r := range runes {
		if got := ti.utf16Of(i); got != u {
			t.Errorf("utf16Of(%d) = %d, want %d", i, got, u)
		}
		if got, ok := ti.runeOf(u); !ok || got != i {
			t.Errorf("runeOf(%d) = %d, %v, want %d", u, got, ok, i)
		}
		if r >= 0x10000 {
			if _, ok := ti.runeOf(u + 1); ok {
				t.Errorf("runeOf(%d) splits %q but is accepted", u+1, r)
			}
		}
		u += utf16Len(r)
	}
	if got, ok := ti.runeOf(u); !ok || got != len(runes) {
		t.Errorf("end: %d %v", got, ok)
	}
	if _, ok := ti.runeOf(u + 1); ok {
		t.Error("past the end accepted")
	}
	if _, ok := ti.runeOf(-1); ok {
		t.Error("negative accepted")
	}
	if utf16Count(text) != u {
		t.Errorf("utf16Count = %d, want %d", utf16Count(text), u)
	}
	s, e := ti.trim(4, 7)
	if ti.slice(s, e) != "😀" {
		t.Errorf("trim = %q", ti.slice(s, e))
	}
}

var tagRE = regexp.MustCompile(`<(/?)(span|mark)([^>]*)>`)
var idRE = regexp.MustCompile(`data-id="(\d+)"`)

// TestRenderMarkedNests renders random overlapping marks and checks that
// the elements nest properly, that the text comes back exactly, and that
// each coding's elements cover exactly its span.
func TestRenderMarkedNests(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	text := strings.Repeat("Ça va? <b>&\"' 😀 très naïve. ", 12)
	ti := newTextIndex(text)
	n := len(ti.runes)
	for round := 0; round < 200; round++ {
		var marks []mark
		for i := 1; i <= 1+r.IntN(25); i++ {
			s := r.IntN(n)
			e := min(n, s+1+r.IntN(60))
			marks = append(marks, mark{Start: s, End: e, ID: int64(i), Class: "c" + strconv.Itoa(i%5)})
		}
		if round%3 == 0 {
			s := r.IntN(n - 5)
			marks = append(marks, mark{Start: s, End: s + 5, Hit: true})
		}
		assignLanes(marks)
		from, to := r.IntN(n/2), n/2+r.IntN(n/2)
		var b strings.Builder
		renderMarked(&b, ti, from, to, marks)
		out := b.String()

		// Walk the output: nesting, text, and which ids cover each rune.
		var stack []string
		covered := map[int64][]int{}
		pos := from
		rest := out
		for rest != "" {
			loc := tagRE.FindStringSubmatchIndex(rest)
			textPart := rest
			if loc != nil {
				textPart = rest[:loc[0]]
			}
			plain := html.UnescapeString(textPart)
			want := ti.slice(pos, min(to, pos+len([]rune(plain))))
			if plain != want {
				t.Fatalf("round %d: text %q, want %q", round, plain, want)
			}
			for _, id := range stack {
				if id != "" {
					x, _ := strconv.ParseInt(id, 10, 64)
					for k := pos; k < pos+len([]rune(plain)); k++ {
						covered[x] = append(covered[x], k)
					}
				}
			}
			pos += len([]rune(plain))
			if loc == nil {
				break
			}
			closing, name, attrs := rest[loc[2]:loc[3]] == "/", rest[loc[4]:loc[5]], rest[loc[6]:loc[7]]
			if closing {
				if len(stack) == 0 {
					t.Fatalf("round %d: </%s> closes nothing", round, name)
				}
				stack = stack[:len(stack)-1]
			} else {
				id := ""
				if m := idRE.FindStringSubmatch(attrs); m != nil {
					id = m[1]
				}
				stack = append(stack, id)
			}
			rest = rest[loc[1]:]
		}
		if len(stack) != 0 || pos != to {
			t.Fatalf("round %d: %d elements left open, text ends at %d of %d", round, len(stack), pos, to)
		}
		for _, m := range marks {
			if m.Hit {
				continue
			}
			s, e := max(m.Start, from), min(m.End, to)
			got := covered[m.ID]
			if s >= e {
				if len(got) != 0 {
					t.Errorf("round %d: mark %d outside [%d,%d) drawn", round, m.ID, from, to)
				}
				continue
			}
			if len(got) != e-s || got[0] != s || got[len(got)-1] != e-1 {
				t.Errorf("round %d: mark %d [%d,%d) covers %d runes from %v", round, m.ID, s, e, len(got), got[:min(3, len(got))])
			}
		}
	}
}

func TestAssignLanes(t *testing.T) {
	ms := []mark{{Start: 0, End: 10, ID: 1}, {Start: 2, End: 5, ID: 2}, {Start: 5, End: 12, ID: 3}, {Start: 11, End: 15, ID: 4}, {Start: 3, End: 4, ID: 5}}
	assignLanes(ms)
	lane := map[int64]int{}
	for _, m := range ms {
		lane[m.ID] = m.lane
	}
	// 1 takes lane 0; 2 lane 1; 5 lane 2; 3 starts when 2 ends: lane 1; 4
	// starts after 1 ends: lane 0.
	want := map[int64]int{1: 0, 2: 1, 5: 2, 3: 1, 4: 0}
	for id, l := range want {
		if lane[id] != l {
			t.Errorf("mark %d on lane %d, want %d", id, lane[id], l)
		}
	}
}
