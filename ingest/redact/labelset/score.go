package labelset

import (
	"fmt"
	"strings"
	"unicode"
)

// The scoring rule. An identifier the labeller marked is hidden when every
// letter and digit of it lies inside predicted spans (of any kind: what
// matters is that it is no longer in the text; a title such as "Dr" left
// outside the mark may be inside the prediction). Hiding half of "Anjali
// Mehta" is a miss. A prediction is correct when it overlaps an identifier
// the labeller marked; one that overlaps only a KEEP decoy, or nothing
// marked, is a false positive. Recall is counted per marked kind,
// precision per predicted kind.

// Count is the tally of one kind.
type Count struct {
	Gold    int // identifiers marked
	Hidden  int // of them, wholly covered by predictions
	Pred    int // predictions
	Correct int // of them, overlapping a marked identifier
	Flagged int // predictions flagged uncertain
	FlagOK  int // of them, correct
}

// Recall is Hidden/Gold (1 when nothing was marked).
func (c Count) Recall() float64 {
	if c.Gold == 0 {
		return 1
	}
	return float64(c.Hidden) / float64(c.Gold)
}

// Precision is Correct/Pred (1 when nothing was predicted).
func (c Count) Precision() float64 {
	if c.Pred == 0 {
		return 1
	}
	return float64(c.Correct) / float64(c.Pred)
}

// Result is the score of a set.
type Result struct {
	Docs, Words int
	ByKind      map[string]*Count
	Decoys      int // KEEP spans marked
	DecoysHit   int // of them, overlapped by a prediction
	Misses      []Miss
	Extras      []Miss // false positives
}

// Miss is an identifier missed, or a false positive, for tuning on
// synthetic sets (never print these from a real project).
type Miss struct {
	Doc       string
	Span      Span
	Context   string
	Uncertain bool
	Evidence  string
}

// Kind returns the tally of a kind, creating it.
func (r *Result) Kind(k string) *Count {
	if r.ByKind == nil {
		r.ByKind = map[string]*Count{}
	}
	if r.ByKind[k] == nil {
		r.ByKind[k] = &Count{}
	}
	return r.ByKind[k]
}

// Score adds one document's predictions (rune spans into d.Text) to r.
// evidence, if not nil, gives the evidence of prediction i for the lists
// of misses and false positives.
func (r *Result) Score(d *Doc, pred []Span, evidence func(i int) string) {
	r.Docs++
	r.Words += len(strings.Fields(d.Text))
	runes := []rune(d.Text)
	covered := make([]bool, len(runes)+1)
	for _, p := range pred {
		for k := max(0, p.Start); k < p.End && k < len(runes); k++ {
			covered[k] = true
		}
	}
	for _, g := range d.Gold {
		if g.Kind == Keep {
			r.Decoys++
			if overlapsAny(g, pred) {
				r.DecoysHit++
			}
			continue
		}
		c := r.Kind(g.Kind)
		c.Gold++
		if hidden(runes, covered, g) {
			c.Hidden++
		} else {
			r.Misses = append(r.Misses, Miss{Doc: d.Name, Span: g, Context: context(runes, g)})
		}
	}
	for i, p := range pred {
		c := r.Kind(p.Kind)
		c.Pred++
		ok := false
		for _, g := range d.Gold {
			if g.Kind != Keep && p.Start < g.End && g.Start < p.End {
				ok = true
				break
			}
		}
		if p.Uncertain {
			c.Flagged++
		}
		if ok {
			c.Correct++
			if p.Uncertain {
				c.FlagOK++
			}
			continue
		}
		m := Miss{Doc: d.Name, Span: p, Context: context(runes, p), Uncertain: p.Uncertain}
		if evidence != nil {
			m.Evidence = evidence(i)
		}
		r.Extras = append(r.Extras, m)
	}
}

func hidden(runes []rune, covered []bool, g Span) bool {
	for k := g.Start; k < g.End && k < len(runes); k++ {
		if (unicode.IsLetter(runes[k]) || unicode.IsDigit(runes[k])) && !covered[k] {
			return false
		}
	}
	return true
}

func overlapsAny(g Span, pred []Span) bool {
	for _, p := range pred {
		if p.Start < g.End && g.Start < p.End {
			return true
		}
	}
	return false
}

func context(runes []rune, s Span) string {
	from, to := max(0, s.Start-35), min(len(runes), s.End+35)
	return strings.Join(strings.Fields(string(runes[from:s.Start])+"[["+string(runes[s.Start:s.End])+"]]"+string(runes[s.End:to])), " ")
}

// Table renders the result: per kind, identifiers marked, hidden and
// recall, predictions, correct and precision, and how many predictions
// were flagged uncertain.
func (r *Result) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents, %d words\n", r.Docs, r.Words)
	fmt.Fprintf(&b, "%-8s %6s %6s %7s %6s %7s %9s %8s\n", "kind", "marked", "hidden", "recall", "pred", "correct", "precision", "flagged")
	var tot Count
	for _, k := range Kinds {
		c := r.Kind(k)
		tot.Gold += c.Gold
		tot.Hidden += c.Hidden
		tot.Pred += c.Pred
		tot.Correct += c.Correct
		tot.Flagged += c.Flagged
		tot.FlagOK += c.FlagOK
		fmt.Fprintf(&b, "%-8s %6d %6d %7.3f %6d %7d %9.3f %8s\n", k, c.Gold, c.Hidden, c.Recall(), c.Pred, c.Correct, c.Precision(), flagged(c))
	}
	fmt.Fprintf(&b, "%-8s %6d %6d %7.3f %6d %7d %9.3f %8s\n", "all", tot.Gold, tot.Hidden, tot.Recall(), tot.Pred, tot.Correct, tot.Precision(), flagged(&tot))
	if r.Decoys > 0 {
		fmt.Fprintf(&b, "decoys (KEEP) marked %d, replaced %d\n", r.Decoys, r.DecoysHit)
	}
	return b.String()
}

// flagged renders the predictions flagged uncertain: how many, and how
// many of them were right.
func flagged(c *Count) string {
	if c.Flagged == 0 {
		return "0"
	}
	return fmt.Sprintf("%d (%d ok)", c.Flagged, c.FlagOK)
}

// Listing lists the misses and the false positives with their context,
// one a line (for synthetic sets: it copies their text).
func (r *Result) Listing() string {
	var b strings.Builder
	for _, m := range r.Misses {
		fmt.Fprintf(&b, "%s\tMISS\t%s\t%q\t%s\n", m.Doc, m.Span.Kind, m.Span.Text, m.Context)
	}
	for _, m := range r.Extras {
		flag := ""
		if m.Uncertain {
			flag = " (uncertain)"
		}
		fmt.Fprintf(&b, "%s\tFALSE%s\t%s\t%q\t%s\t{%s}\n", m.Doc, flag, m.Span.Kind, m.Span.Text, m.Context, m.Evidence)
	}
	return b.String()
}
