package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// caseOfYearRE is a case's number in its year, as Indian, Irish and
// Canadian courts and boards give it, after "No" (group 1) or a court's
// capitals (group 2): "S.C. No. 88 of 2020", "DC 1148 of 2023"; two
// digits at least ("No. 1 of 2019" is a rank).
var caseOfYearRE = lazyRE(`(?:\b(No\.?|Nº|nº|no\.)[ \t\x{00A0}]*|\b([A-Z]{2,5})[ \t\x{00A0}]+)\d{2,6}[ \t\x{00A0}]+of[ \t\x{00A0}]+(?:19|20)\d{2}\b`)

// caseKindBeforeRE is the kind of case a court numbers in its year, said
// just before "No.": "Civil Suit", "Administration Cause", "Miscellaneous
// Application"; only the words courts name cases with ("In Civil Suit":
// the case starts at "Civil").
var caseKindBeforeRE = lazyRE(`\b(?:(?:Civil|Criminal|Administration|Miscellaneous|Misc\.|Family|Land|Divorce|Succession|Probate|Election|Constitutional|Commercial|Labour|Employment|Juvenile|Matrimonial|Writ|Special|Original|Taxation|Insolvency|Bail|Execution|Small|Claims|Judicial|Review)[ \t\x{00A0}]+){0,2}(?:Cause|Case|Suit|Petition|Appeal|Application|Claim|Complaint|Reference|Revision)[ \t\x{00A0}]+$`)

// nameBefore reports whether a capitalised word that is no English word
// stands just before i: a party's name before the case's ("Nakato v
// Okello Civil Suit"), which the name finders take as one with it; not
// "In Civil Suit", "After Christmas Civil Suit".
func nameBefore(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t\u00a0")
	if before == "" || strings.TrimRight(before, ",.;:!?") != before {
		return false
	}
	w := before[strings.LastIndexAny(before, " \t\u00a0")+1:]
	r, _ := utf8.DecodeRuneInString(w)
	g, err := loadGazetteer()
	return unicode.IsUpper(r) && err == nil && !g.isWord(fold(w)) && !calendarWords[fold(w)]
}

// notCourtCapitals are capitals said before "N of YYYY" that name no court:
// a financial year, a tax.
var notCourtCapitals = setOf(`FY GST VAT TERM`)

// findCourtCases finds a court's case numbered in its year, with the kind
// of case said before "No." ("Civil Suit No. 77 of 2019", "DC 1148 of
// 2023").
func findCourtCases(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(caseOfYearRE(), text, wins, func(m []int) {
		// After "No" the number is cued by it; after capitals a cue must
		// come before them ("the case number is … DC 1148 of 2023").
		if m[2] >= 0 || m[4] >= 0 && !notCourtCapitals[text[m[4]:m[5]]] && !commonAcronyms[text[m[4]:m[5]]] && numberCueBefore(text, m[0]) {
			s := m[0]
			if c := caseKindBeforeRE().FindStringIndex(text[max(0, s-64):s]); m[2] >= 0 && c != nil && !nameBefore(text, max(0, s-64)+c[0]) {
				s = max(0, s-64) + c[0] // "Administration Cause No. 118 of 2022": the case is named with its number
			}
			out = append(out, candidate{kind: ID, start: s, end: m[1]})
		}
	})
	return out
}
