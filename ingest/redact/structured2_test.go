package redact

import "testing"

// TestStructuredOfBlind16To19 holds the rules for the structured kinds
// tuned on blind16-blind19: dates of more languages and after a number
// that ends a sentence, regions' web domains, a spoken e-mail with
// "point" in both halves, and numbers given as someone's own. The
// sentences are new; the last cases must stay as they are.
func TestStructuredOfBlind16To19(t *testing.T) {
	d := plain(t)
	runCases(t, d, []detectCase{
		{"Room 4, bed 9. 21.11.2022 — that was the day.", []string{"DATE|21.11.2022"}},
		{"We went on maandag 3 april 2023, early.", []string{"DATE|maandag 3 april 2023"}},
		{"It was dydd Gwener, 12 Mehefin 2020, I remember.", []string{"DATE|dydd Gwener, 12 Mehefin 2020"}},
		{"The operation, 5 de maig de 2021, went well.", []string{"DATE|5 de maig de 2021"}},
		{"Tarehe 14 Agosti 2022 he came home.", []string{"DATE|Tarehe 14 Agosti 2022"}},
		{"Look at corcamics.cat for the dates.", []string{"URL|corcamics.cat"}},
		{"The page is grwpcerdded.cymru now.", []string{"URL|grwpcerdded.cymru"}},
		{"I help my dad log in to nav.no with his code.", []string{"URL|nav.no"}},
		{"Write to bien point vivre at orange point fr, any time.", []string{"EMAIL|bien point vivre at orange point fr"}},
		{"That's his. Mine is 6 22 81 04. Call after six.", []string{"ID|6 22 81 04"}},
		{"Her card number, and Amira's is K-204417. She keeps it.", []string{"PERSON|Amira", "ID|K-204417"}},
		// not identifiers
		{"My lowest point was at that point in my life.", nil},
		{"Mine is 2019. His is 45, hers is 120000 euros a year.", nil},
		{"In version 1.2. 3.4.5 came later.", nil},
	})
}
