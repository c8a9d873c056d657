package redact

import "strings"

// islandPostcodeRE is a postcode of the Caribbean's British territories,
// which are letters the islands own and digits: Anguilla's "AI-2640",
// Montserrat's "MSR1110", the Caymans' "KY1-1101", the Virgin Islands'
// "VG1110", Barbados's "BB11000", the Turks and Caicos' "TKCA 1ZZ".
var islandPostcodeRE = lazyRE(`\b(?:AI[- \t\x{00A0}]2640|MSR[ \t\x{00A0}]?1[1-3]\d0|KY[1-3][- \t\x{00A0}]\d{4}|VG11[1-6]0|BB\d{5}|TKCA[ \t\x{00A0}]1ZZ)\b`)

// islandCodeCueRE, just before a code, says it is a postcode: a town or a
// street before it and a comma ("The Valley, AI-2640"), or a word for one.
var islandCodeCueRE = lazyRE(`(?:[\p{Lu}][\p{L}'’\-]*,[ \t\x{00A0}]*|(?i:post[ \t\x{00A0}]?code|zip|address)\b[^.!?]{0,20})$`)

// alpineLaneRE is a house in a lane named as the Alemannic villages of
// Liechtenstein, Vorarlberg and Switzerland name them, "in the" and the
// field or lane (group 1), and the number: "Im Gässle 4", "Am Rain 12a".
var alpineLaneRE = lazyRE(`\b(?:Im|Am|Auf[ \t\x{00A0}]+der|Auf[ \t\x{00A0}]+dem|In[ \t\x{00A0}]+der)[ \t\x{00A0}]+([\p{Lu}][\p{Ll}äöüß]+)[ \t\x{00A0}]+\d{1,3}[a-z]?\b`)

// alpineNotLanes are the German nouns that follow "im" and "am" with a
// number and are no lane: times, rooms and places in a building, counts.
var alpineNotLanes = setOf(`januar februar märz april mai juni juli august september oktober november dezember
montag dienstag mittwoch donnerstag freitag samstag sonntag morgen abend mittag nachmittag vormittag wochenende
jahr jahre woche wochen tag tage monat monate alter ende anfang schnitt durchschnitt moment
raum zimmer station bett saal stock haus gleis platz gang kapitel level test bus zug tisch block team
kurs punkt seite bild teil`)

// laneCueRE, in the words before a lane, says that it is where someone
// lives or is written to, or where people meet: "sent the letter to Im
// Gässle 4", "we meet at the shed, Im Bretscha 7".
var laneCueRE = lazyRE(`(?i)\b(?:live[sd]?|living|moved|address|letter|sent|post|wohn\w*|adresse|at|to|from|shed|house|home|centre|center|hall|office|clinic|church|school)\b[^.!?]{0,30}$`)

// russianAdjectiveStreetRE is a Russian street said by its name alone, an
// adjective in -skaya or -naya, after "on" or "ulitsa" (group 1), where
// the clause ends: "the MFC on Krasnoarmeyskaya, it's easier".
var russianAdjectiveStreetRE = lazyRE(`\b(?:[Oo]n|[Aa]long|ulitsa)[ \t\x{00A0}]+([\p{Lu}][\p{Ll}]+(?:skaya|naya|ovaya|evaya))\b`)

// streetPlaceCueRE, before "on" and a Russian street, names a place that
// stands on it, or a home: "the MFC on", "at the Magnit on", "we live on",
// "we're on" (not "working on Kovalevskaya", "drunk on Stolichnaya").
var streetPlaceCueRE = lazyRE(`(?i)(?:\b(?:live[sd]?|living|flat|house|building|office|shop|store|market|centre|center|clinic|hospital|polyclinic|school|bank|pharmacy|church|stop|mfc|at the|to the|in the)\b[^.!?]{0,30}|\b(?:we're|we are|they're|they are)[ \t\x{00A0}]*)$`)

// russianDrinks are vodkas named as streets are.
var russianDrinks = setOf(`stolichnaya moskovskaya russkaya`)

// findLanesAndIslandCodes finds the forms above.
func findLanesAndIslandCodes(text string) []candidate {
	var out []candidate
	add := func(s, e int) { out = append(out, candidate{kind: Address, start: s, end: e}) }
	before := func(s, n int) string { return text[max(0, s-n):s] }
	eachMatch(islandPostcodeRE(), text, windowsAround(text, indexAllOf(text, "AI", "MSR", "KY", "VG11", "BB", "TKCA"), 0, 12), func(m []int) {
		if islandCodeCueRE().MatchString(before(m[0], 40)) {
			add(m[0], m[1]) // not "flight AI-2640", "a BB11000 pressure washer"
		}
	})
	eachMatch(alpineLaneRE(), text, windowsAround(text, indexAllOf(text, "Im ", "Am ", "Auf d", "In der "), 0, 40), func(m []int) {
		if !alpineNotLanes[strings.ToLower(text[m[2]:m[3]])] && laneCueRE().MatchString(before(m[0], 48)) {
			add(m[0], m[1]) // not "Am Montag 3 Stunden", "Im Raum 4"
		}
	})
	eachMatch(russianAdjectiveStreetRE(), text, windowsAround(text, indexAllOf(text, "skaya", "naya", "ovaya", "evaya"), 40, 8), func(m []int) {
		street := text[m[2]:m[3]]
		viaUlitsa := strings.HasPrefix(text[m[0]:], "ulitsa")
		if clauseEnds(text, m[3]) && !russianDrinks[strings.ToLower(street)] && (viaUlitsa || streetPlaceCueRE().MatchString(before(m[0], 48))) {
			add(m[2], m[3]) // not "on Kovalevskaya's theorem", "working on Kovalevskaya, she's"
		}
	})
	return out
}
