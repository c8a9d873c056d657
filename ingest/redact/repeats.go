package redact

import "strings"

// A number given once is often said again a few lines on: the interviewer
// reads a postcode back, a reference is repeated to be sure ("Postcode —
// is it 610041? — 610041, yes"). The repetition carries no cue of its
// own, but it is the same identifier, so every other place the document
// says it, standing on its own, is hidden as well.

// How many digits an identifier must hold for its repetitions to be
// taken as the same identifier: five when it is digits alone (fewer, and
// the same figures could be a year, a count or a price: "The postcode
// here is 2000. I came in 2000."), four with letters or separators too.
const (
	repeatDigits      = 5
	repeatDigitsMixed = 4
)

// addRepeats returns cs with, for each structured identifier of enough
// digits, the other places text says it on its own.
func addRepeats(text string, cs []candidate) []candidate {
	seen := map[string]bool{}
	n := len(cs)
	for i := range n {
		c := cs[i]
		v := text[c.start:c.end]
		if d := digitCount(v); c.kind == Person || seen[v] || d < repeatDigitsMixed || d < repeatDigits && d == len(v) {
			continue
		}
		seen[v] = true
		for from := 0; ; {
			k := strings.Index(text[from:], v)
			if k < 0 {
				break
			}
			s, e := from+k, from+k+len(v)
			from = e
			if s != c.start && standsAlone(text, s, e) && !countAfter(text, e) && !moneyBeforeRE().MatchString(text[max(0, s-30):s]) {
				cs = append(cs, candidate{kind: c.kind, start: s, end: e, uncertain: c.uncertain, why: c.why})
			}
		}
	}
	return cs
}
