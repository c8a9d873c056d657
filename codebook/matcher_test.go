package codebook

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

const rulesYAML = `name: Rules
codes:
  - id: stem
    definition: Stemming.
    rules:
      - terms: [boundary]
  - id: wild
    definition: Prefix wildcard.
    rules:
      - terms: [volunteer*]
  - id: phrase
    definition: Phrases.
    rules:
      - terms: [nobody to talk to, "rang * at midnight"]
  - id: near
    definition: Near.
    rules:
      - near: [[nobody, no one], [talk*, listen]]
        within: 3
  - id: veto
    definition: Unless.
    rules:
      - terms: [match]
        unless: [football, "match fund*"]
  - id: scoped
    definition: Scope.
    rules:
      - terms: [rewarding]
        scope: {roles: [Peer Supporter], speakers: [maureen, dev]}
  - id: multi
    definition: Several rules.
    rules:
      - id: first
        terms: [listen*, heard]
      - id: second
        terms: [café, "it's normal"]
  - id: query
    definition: Query rules.
    rules:
      - query: '+text:"peer support" -text:football'
        unless: [training]
        scope: {roles: [patient]}
      - query: 'buddy'
`

type hitWant struct {
	rule  string
	words []string
}

func hitList(hs []Hit) []hitWant {
	var out []hitWant
	for _, h := range hs {
		out = append(out, hitWant{h.Rule, h.Words})
	}
	return out
}

func TestMatch(t *testing.T) {
	cb := mustParse(t, rulesYAML)
	m, err := Compile(cb)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   Input
		want []hitWant
	}{
		{"stemmed plural", Input{Text: "We talked about Boundaries."},
			[]hitWant{{"stem/1", []string{"Boundaries"}}}},
		{"stem not prefix", Input{Text: "The boundless sea."}, nil},
		{"prefix wildcard", Input{Text: "Volunteering, the volunteers, a volunteer."},
			[]hitWant{{"wild/1", []string{"Volunteering", "volunteers", "volunteer"}}}},
		{"wildcard needs the prefix", Input{Text: "An involuntary act."}, nil},
		{"phrase", Input{Text: "There was nobody to talk to, honestly."},
			[]hitWant{{"phrase/1", []string{"nobody to talk to"}}, {"near/1", []string{"nobody", "talk"}}}},
		{"phrase stems", Input{Text: "Nobody to talk to. She rang me at midnight."},
			[]hitWant{{"phrase/1", []string{"Nobody to talk to", "rang me at midnight"}}, {"near/1", []string{"Nobody", "talk"}}}},
		{"any word stands for exactly one", Input{Text: "She rang at midnight. He rang us both at midnight."}, nil},
		{"phrase does not cross a sentence", Input{Text: "Nobody to talk. To you."},
			[]hitWant{{"near/1", []string{"Nobody", "talk"}}}},
		{"near either order", Input{Text: "I'd listen, because no one else would."},
			[]hitWant{{"near/1", []string{"listen", "no one"}}, {"first", []string{"listen"}}}},
		{"near at the limit", Input{Text: "nobody a b talk"},
			[]hitWant{{"near/1", []string{"nobody", "talk"}}}},
		{"near too far", Input{Text: "nobody a b c talk"}, nil},
		{"near not across a blank line", Input{Text: "nobody\n\ntalk"}, nil},
		{"near across a sentence", Input{Text: "Nobody. Talking helps."},
			[]hitWant{{"near/1", []string{"Nobody", "Talking"}}}},
		{"unless in the same sentence vetoes", Input{Text: "We watched the football match."}, nil},
		{"unless in another sentence does not", Input{Text: "Football on telly. The match with my buddy was good."},
			[]hitWant{{"veto/1", []string{"match"}}}},
		{"unless vetoes only its sentence", Input{Text: "A good match. The match funding ran out."},
			[]hitWant{{"veto/1", []string{"match"}}}},
		{"scope matches role and speaker ignoring case", Input{Text: "It's rewarding.", Role: "peer supporter", Speaker: "Maureen"},
			[]hitWant{{"scoped/1", []string{"rewarding"}}}},
		{"scope wrong role", Input{Text: "It's rewarding.", Role: "patient", Speaker: "Maureen"}, nil},
		{"scope wrong speaker", Input{Text: "It's rewarding.", Role: "peer supporter", Speaker: "Interviewer"}, nil},
		{"one hit per rule, in rule order", Input{Text: "I felt heard. She listened. It's normal at the café!"},
			[]hitWant{{"first", []string{"heard", "listened"}}, {"second", []string{"It's normal", "café"}}}},
		{"curly apostrophe", Input{Text: "It’s normal."},
			[]hitWant{{"second", []string{"It’s normal"}}}},
		{"query rules are not run", Input{Text: "peer support buddy"}, nil},
		{"empty", Input{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := m.Match(tt.in)
			got := hitList(hits)
			if !slices.EqualFunc(got, tt.want, func(a, b hitWant) bool { return a.rule == b.rule && slices.Equal(a.words, b.words) }) {
				t.Errorf("Match(%q) =\n  %v\nwant\n  %v", tt.in.Text, got, tt.want)
			}
			checkSpans(t, tt.in.Text, hits)
		})
	}
}

// checkSpans verifies that every span is in range, sorted, and covers
// exactly the reported surface words.
func checkSpans(t testing.TB, text string, hits []Hit) {
	t.Helper()
	runes := []rune(text)
	for _, h := range hits {
		if len(h.Spans) != len(h.Words) || len(h.Spans) == 0 {
			t.Fatalf("hit %+v: %d spans, %d words", h, len(h.Spans), len(h.Words))
		}
		for i, sp := range h.Spans {
			if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
				t.Fatalf("hit %s: span %v out of range of %d runes", h.Rule, sp, len(runes))
			}
			if i > 0 && (sp.Start < h.Spans[i-1].Start || sp == h.Spans[i-1]) {
				t.Fatalf("hit %s: spans not sorted or repeated: %v", h.Rule, h.Spans)
			}
			if got := string(runes[sp.Start:sp.End]); got != h.Words[i] {
				t.Fatalf("hit %s: span %v is %q, word %q", h.Rule, sp, got, h.Words[i])
			}
		}
	}
}

func TestMatchNonASCIIOffsets(t *testing.T) {
	cb := mustParse(t, `codes:
  - id: x
    definition: X.
    rules:
      - terms: [café, "naïve carer", listen*, "don't know"]
`)
	m, err := Compile(cb)
	if err != nil {
		t.Fatal(err)
	}
	text := "😀 “Café” — she’s naïve carers’ friend… 🙃 Listening? I don’t know. CAFÉS"
	hits := m.Match(Input{Text: text})
	if len(hits) != 1 {
		t.Fatalf("hits = %+v", hits)
	}
	want := []string{"Café", "naïve carers", "Listening", "don’t know", "CAFÉS"}
	if !slices.Equal(hits[0].Words, want) {
		t.Errorf("words = %q, want %q", hits[0].Words, want)
	}
	if hits[0].Spans[0] != (Span{3, 7}) {
		t.Errorf("first span = %v, want {3 7}", hits[0].Spans[0])
	}
	checkSpans(t, text, hits)
	if hits[0].Pattern != "café, naïve carer, listen*, don't know" {
		t.Errorf("pattern = %q", hits[0].Pattern)
	}
}

func TestExplain(t *testing.T) {
	cb := mustParse(t, rulesYAML)
	m, _ := Compile(cb, "multi", "near")
	hits := m.Match(Input{Text: "Nobody would listen. I listened."})
	var got []string
	for _, h := range hits {
		got = append(got, Explain(h))
	}
	want := []string{
		"rule near/1 fired on 'Nobody', 'listen' (near: nobody NEAR/3 listen)",
		"rule first fired on 'listen', 'listened' (terms: listen*)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Explain:\n got %q\nwant %q", got, want)
	}
}

func TestCompile(t *testing.T) {
	cb := mustParse(t, rulesYAML)
	tests := []struct {
		name    string
		ids     []string
		codes   []string
		queries []string
		err     string
	}{
		{"all codes with rules", nil, []string{"stem", "wild", "phrase", "near", "veto", "scoped", "multi", "query"}, []string{"query/1", "query/2"}, ""},
		{"some codes", []string{"multi", "stem", "multi"}, []string{"stem", "multi"}, nil, ""},
		{"only query rules", []string{"query"}, []string{"query"}, []string{"query/1", "query/2"}, ""},
		{"unknown code", []string{"stem", "nope"}, nil, nil, `compile rules: unknown code "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Compile(cb, tt.ids...)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(m.Codes()); !slices.Equal(got, tt.codes) {
				t.Errorf("codes = %q, want %q", got, tt.codes)
			}
			var qs []string
			for _, r := range m.QueryRules() {
				qs = append(qs, r.ID)
			}
			if !slices.Equal(qs, tt.queries) {
				t.Errorf("query rules = %q, want %q", qs, tt.queries)
			}
		})
	}
	if _, err := Compile(nil); err == nil {
		t.Error("Compile(nil) succeeded")
	}
	m, _ := Compile(cb, "stem")
	if hits := m.Match(Input{Text: "volunteer boundary"}); len(hits) != 1 || hits[0].Code != "stem" {
		t.Errorf("subset matcher hits = %+v", hits)
	}
}

func TestQueryApplies(t *testing.T) {
	cb := mustParse(t, rulesYAML)
	m, _ := Compile(cb)
	tests := []struct {
		rule string
		in   Input
		want bool
	}{
		{"query/1", Input{Text: "Peer support helped.", Role: "Patient"}, true},
		{"query/1", Input{Text: "Peer support helped.", Role: "clinician"}, false},
		{"query/1", Input{Text: "Peer support after the training.", Role: "patient"}, false},
		{"query/2", Input{Text: "Anything after the training.", Role: "anyone"}, true},
		{"stem/1", Input{Text: "boundary"}, false},
		{"nope", Input{Text: "x"}, false},
	}
	for _, tt := range tests {
		if got := m.QueryApplies(tt.rule, tt.in); got != tt.want {
			t.Errorf("QueryApplies(%q, %q, %q) = %v, want %v", tt.rule, tt.in.Text, tt.in.Role, got, tt.want)
		}
	}
}

func TestRuleString(t *testing.T) {
	cb := mustParse(t, rulesYAML)
	tests := map[string]string{
		"near/1":   "near: [nobody, no one] within 3 of [talk*, listen]",
		"veto/1":   "terms: match; unless: football, match fund*",
		"scoped/1": "terms: rewarding; roles: Peer Supporter; speakers: maureen, dev",
		"query/1":  `query: +text:"peer support" -text:football; unless: training; roles: patient`,
	}
	for id, want := range tests {
		r, ok := cb.Rule(id)
		if !ok {
			t.Fatalf("no rule %s", id)
		}
		if got := r.String(); got != want {
			t.Errorf("%s.String() = %q, want %q", id, got, want)
		}
	}
	for k, want := range map[RuleKind]string{TermsRule: "terms", NearRule: "near", QueryRule: "query", 9: "RuleKind(9)"} {
		if k.String() != want {
			t.Errorf("%d.String() = %q", k, k.String())
		}
	}
}

// TestMatchStems holds MatchStems to Match and Tokenize: the same hits,
// the stems of the words kept, with rules and without.
func TestMatchStems(t *testing.T) {
	m, _ := Compile(mustParse(t, rulesYAML))
	none, _ := Compile(mustParse(t, treeYAML))
	for _, text := range []string{
		"Nobody to talk to. She rang me at midnight! The volunteers' boundaries",
		"😀 “Café” — she’s naïve carers’ friend… I don’t know. Dr. Who e.g. 3.5",
		"", "a", strings.Repeat("boundary football ", 40),
	} {
		for _, mm := range []*Matcher{m, none} {
			in := Input{Text: text, Role: "peer supporter"}
			checkMatchStems(t, mm, in, mm.Match(in), Tokenize(text))
		}
	}
}

// TestMatchConcurrent runs one Matcher from several goroutines; run with
// -race to check it is safe for concurrent use.
func TestMatchConcurrent(t *testing.T) {
	cb := mustParse(t, rulesYAML)
	m, _ := Compile(cb)
	texts := []string{"nobody to talk to", "volunteers at the café", "a football match", strings.Repeat("boundary ", 50)}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = fmt.Sprint(m.Match(Input{Text: s}))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				k := (i + g) % len(texts)
				if got := fmt.Sprint(m.Match(Input{Text: texts[k]})); got != want[k] {
					t.Errorf("goroutine result differs for %q", texts[k])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestMatchLongText checks a text longer than the pooled buffers and with
// many occurrences of one rule.
func TestMatchLongText(t *testing.T) {
	cb := mustParse(t, rulesYAML)
	m, _ := Compile(cb)
	text := strings.Repeat("Nobody would listen to the volunteer. ", 20000)
	hits := m.Match(Input{Text: text})
	got := map[string]int{}
	for _, h := range hits {
		got[h.Rule] = len(h.Spans)
	}
	if got["wild/1"] != 20000 || got["near/1"] != 40000 || got["first"] != 20000 {
		t.Errorf("span counts = %v", got)
	}
}
