package corpus

import "sort"

// ReviewConfidence is how sure a suggestion's suggester is of it: a learned
// suggestion's confidence, and 1 for the rules' (a rule either fires or
// not; it does not rank what it finds).
func ReviewConfidence(c *Coding) float64 {
	if c.Confidence != nil {
		return *c.Confidence
	}
	return 1
}

// SortForReview orders suggestions for review, surest first (see
// ReviewConfidence), keeping the order they came in (document order, from
// Codings) among equals. `codings review` and the workbench's Suggestions
// page both walk suggestions in this order, so a reviewer meets the same
// queue in either.
func SortForReview(cs []*Coding) {
	sort.SliceStable(cs, func(i, j int) bool { return ReviewConfidence(cs[i]) > ReviewConfidence(cs[j]) })
}
