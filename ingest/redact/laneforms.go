package redact

// islandPostcodeRE is a postcode of the Caribbean's British territories,
// which are letters the islands own and digits: Anguilla's "AI-2640",
// Montserrat's "MSR1110", the Caymans' "KY1-1101", the Virgin Islands'
// "VG1110", Barbados's "BB11000", the Turks and Caicos' "TKCA 1ZZ".
var islandPostcodeRE = lazyRE(`\b(?:AI-2640|MSR[ \t\x{00A0}]?1[1-3]\d0|KY[1-3]-\d{4}|VG11[1-6]0|BB\d{5}|TKCA[ \t\x{00A0}]1ZZ)\b`)

// alpineLaneRE is a house in a lane named as the Alemannic villages of
// Liechtenstein, Vorarlberg and Switzerland name them, "in the" and the
// field or lane, and the number: "Im Gässle 4", "Am Rain 12a".
var alpineLaneRE = lazyRE(`\b(?:Im|Am|Auf[ \t\x{00A0}]+der|Auf[ \t\x{00A0}]+dem|In[ \t\x{00A0}]+der)[ \t\x{00A0}]+[\p{Lu}][\p{Ll}äöüß]+[ \t\x{00A0}]+\d{1,3}[a-z]?\b`)

// russianAdjectiveStreetRE is a Russian street said by its name alone, an
// adjective in -skaya or -naya, after "on" or "ulitsa" (group 1), where
// the clause ends: "the MFC on Krasnoarmeyskaya, it's easier".
var russianAdjectiveStreetRE = lazyRE(`\b(?:[Oo]n|[Aa]long|ulitsa)[ \t\x{00A0}]+([\p{Lu}][\p{Ll}]+(?:skaya|nskaya|naya|ovaya|evaya))\b`)

// findLanesAndIslandCodes finds the forms above.
func findLanesAndIslandCodes(text string) []candidate {
	var out []candidate
	add := func(s, e int) { out = append(out, candidate{kind: Address, start: s, end: e}) }
	eachMatch(islandPostcodeRE(), text, windowsAround(text, indexAllOf(text, "AI-", "MSR", "KY", "VG11", "BB", "TKCA"), 0, 12), func(m []int) { add(m[0], m[1]) })
	eachMatch(alpineLaneRE(), text, windowsAround(text, indexAllOf(text, "Im ", "Am ", "Auf d", "In der "), 0, 40), func(m []int) { add(m[0], m[1]) })
	eachMatch(russianAdjectiveStreetRE(), text, windowsAround(text, indexAllOf(text, "skaya", "naya", "ovaya", "evaya"), 40, 8), func(m []int) {
		if clauseEnds(text, m[3]) {
			add(m[2], m[3]) // not "on Kovalevskaya's theorem": a woman's surname
		}
	})
	return out
}
