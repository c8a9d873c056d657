package redact

import "strings"

// ownerBeforeRE is a number given as someone's: "Mine is", "Mine's",
// "hers was",
// "Hamoudi's is", "Mine, I know by heart,", "Or Marie-Claude's,". The
// number follows at the end of the match.
var ownerBeforeRE = lazyRE(`(?:\b(?i:mine|hers|his|ours|theirs)|\b\p{Lu}[\p{L}\-]+['’]s)(?:['’]s|[ \t\x{00A0}]+(?:is|was)|,)(?:[ \t\x{00A0}]+(?i:I know (?:it )?by heart|I know it|by heart),)?[ \t\x{00A0}]+$`)

// ownedValueRE is what such a cue gives: digit groups, with a scheme's
// capitals or a letter before or after ("5 17 43 90", "00482317",
// "B-88120", "INSESO 22-081964-B").
var ownedValueRE = lazyRE(`^(?:[A-Z]{1,6}[ \-])?\d{1,8}(?:[ .\-/]\d{1,8}){0,6}(?:[ \-][A-Z])?\b`)

// schemeLettersBeforeRE is a scheme's capitals just before a number.
var schemeLettersBeforeRE = lazyRE(`\b[A-Z]{1,6}[ \-]$`)

// findOwnedNumbers finds numbers given as someone's own after a cue
// ("Mine is 5 17 43 90."): six digits or more, or five with a scheme's
// letters, ending the clause (so no amount in words after it: "120000
// euros"), and no year. A phone's
// word in the sentence before makes it a phone; otherwise it is an ID.
func findOwnedNumbers(text string, digits []int) []candidate {
	var out []candidate
	last := -1
	for _, d := range digits {
		if d <= last {
			continue
		}
		s := d
		if m := schemeLettersBeforeRE().FindStringIndex(text[max(0, d-8):d]); m != nil {
			s = max(0, d-8) + m[0] // the scheme's letters: "B-88120", "INSESO 22-…"
		}
		if !ownerCue(text[max(0, s-48):d]) {
			continue
		}
		for _, from := range []int{s, d} {
			lead := text[max(0, from-48):from]
			if !ownerBeforeRE().MatchString(lead) {
				continue
			}
			m := ownedValueRE().FindStringIndex(text[from:])
			if m == nil {
				continue
			}
			e := from + m[1]
			v := text[from:e]
			n := digitCount(v)
			letters := n < len(strings.NewReplacer(" ", "", "-", "", ".", "", "/", "").Replace(v))
			paired := pairedGroups(v) // "6 22 81 04": said as a phone is, never an amount
			if n < 5 || n < 6 && !letters || !clauseEnds(text, e) || isYear(v) || !letters && !paired && roundAmount(digitsOf(v)) ||
				!paired && measureWordsRE().MatchString(sentenceAround(text, from, e)) {
				continue // "Mine is 250000, the viral load", "Mine is 1 200 000"
			}
			kind := ID
			if phoneCueRE().MatchString(text[max(0, from-80):from]) {
				kind = Phone
			}
			out = append(out, candidate{kind: kind, start: from, end: e})
			last = e
			break
		}
	}
	return out
}

// ownerCue is a quick test for ownerBeforeRE: the words it needs.
func ownerCue(lead string) bool {
	l := asciiLower(lead)
	for _, w := range []string{"mine", "hers", "his ", "ours", "theirs", "'s", "’s"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// roundAmount reports whether digits end as an amount or a count does:
// in three noughts, or in two with seven digits or fewer.
func roundAmount(d string) bool {
	return strings.HasSuffix(d, "000") || len(d) <= 7 && strings.HasSuffix(d, "00")
}

// measureWordsRE names a measurement or an amount: a number given as
// someone's beside one is a result or a sum, not an identifier.
var measureWordsRE = lazyRE(`(?i)\b(?:haemoglobin|hemoglobin|consultation|surgery|fee|fees|bill|load|count|platelets?|cd4|white cells?|salary|wage|loan|rent|debt|dose|price|cost|paid|pay|level|score|weight|steps|calories|glucose|sugar|pressure|cholesterol|hba1c|result|results|reading|kilos?|grams?|pounds|dollars|euros|shillings|rupees|naira|cedis|pesos)\b`)

// sentenceAround returns the text around [s,e) back to the sentence's
// start and on to its end, within 60 bytes each way.
func sentenceAround(text string, s, e int) string {
	before := text[max(0, s-60):s]
	if i := strings.LastIndexAny(before, ".?!\n"); i >= 0 {
		before = before[i+1:]
	}
	after := text[e:min(len(text), e+60)]
	if i := strings.IndexAny(after, ".?!\n"); i >= 0 {
		after = after[:i]
	}
	return before + text[s:e] + after
}

// pairedGroups reports whether a number is said in three groups or more,
// all but the first of one or two digits ("6 22 81 04", "7 31 05 00"), as
// phones and cards are read; "1 200 000" is an amount.
func pairedGroups(v string) bool {
	f := strings.Fields(v)
	if len(f) < 3 {
		return false
	}
	for _, g := range f[1:] {
		if len(g) > 2 {
			return false
		}
	}
	return true
}
