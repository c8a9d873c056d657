package redact

import "strings"

// choumeRE is a Japanese address by its district's block ("chōme") and
// the house's numbers, with the city, ward, town and district before it
// or not: "Dōgo-kita 3-chōme 5-12", "Higashi 4-jo 7-chome 2-15",
// "Sapporo-shi Kita-ku Kita 14-jō Nishi 6-chōme 3-21", "Obihiro-shi Nishi
// 5-jō Minami 12-chōme 3-banchi".
var choumeRE = lazyRE(`(?:(?:\p{Lu}[\p{L}\-]+|\d{1,2}-(?:jō|jo))[ \t\x{00A0}]+){0,5}\d{1,2}-(?:chōme|chome)\b(?:,?[ \t\x{00A0}]+\d{1,4}(?:-\d{1,4}){0,2}(?:-banchi)?)?`)

// azaRE is a Japanese village's address by its section ("aza") and the
// house's numbers, with the island or town before it, and the village and
// its postcode after it or not: "Chichijima Aza-Kiyose 7-2", "Hahajima
// Aza-Motochi 37, Ogasawara-mura, 100-2211". Written with a space
// ("Aza Motochi 37"), only with a house number of two parts or the
// village or postcode after it, or with a section that is no name the
// lists know, set apart by commas ("come find me, Aza Zamami 175,
// upstairs"): "Aza" is a given name ("my niece Aza Khan 16").
var azaRE = lazyRE(`(?:^|[^\p{L}])((?:\p{Lu}\p{L}+[ \t\x{00A0}]+)?(?:Ō?[Aa]za|Oaza)([\- \t\x{00A0}])\p{Lu}[\p{L}\-]+[ \t\x{00A0}]+\d{1,4}(-\d{1,4}){0,2}\b((?:,[ \t\x{00A0}]+\p{Lu}\p{L}+-(?:mura|machi|chō|cho|son|shi|ku|gun)\b)?(?:,[ \t\x{00A0}]+(?:〒[ \t\x{00A0}]?)?\d{3}-\d{4}\b)?))`)

// findJapaneseAddresses finds Japanese addresses by a town's block
// ("chōme") or a village's section ("aza"), with what is said before and
// after them.
func findJapaneseAddresses(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(choumeRE(), text, windowsWith(text, digitWins, []string{"-ch"}), func(m []int) {
		out = append(out, candidate{kind: Address, start: japaneseAddressStart(text, m[0], m[1]), end: addressRunOn(text, m[1])})
	})
	eachMatch(azaRE(), text, windowsWith(text, digitWins, []string{"aza"}), func(m []int) {
		spaced := text[m[4]:m[5]] != "-"
		if spaced && m[6] < 0 && m[9] == m[8] && !azaSectionApart(text, m[2], m[3]) || !houseNumberGoesOn(text, m[3]) { // not "the Aza-Kiyose 2 bus"
			return
		}
		out = append(out, candidate{kind: Address, start: japaneseAddressStart(text, m[2], m[3]), end: m[3]})
	})
	return out
}

// azaSectionApart reports whether "Aza", a section and a number at [s,e)
// stand apart by commas, the section no name the lists know: "come find
// me, Aza Zamami 175, upstairs"; not "my niece Aza Khan 16", "Bed four,
// Aza Karimova 34, came in": a lot of three digits or two parts.
func azaSectionApart(text string, s, e int) bool {
	f := strings.Fields(text[s:e])
	g, err := loadGazetteer()
	if err != nil || len(f) != 3 || !strings.HasPrefix(f[0], "Aza") || g.name(fold(f[1])) != 0 || g.isWord(fold(f[1])) || countAfter(text, e) ||
		len(f[2]) < 3 { // a lot of three digits or two parts: "Aza Karimova 34" is a woman and her age
		return false
	}
	before := strings.TrimRight(text[:s], " \t\u00a0")
	return strings.HasSuffix(before, ",") && e < len(text) && text[e] == ','
}

// japaneseAddressStart returns where a Japanese address found at [s,e)
// starts: after the capitalised words before it that are the sentence's
// ("So Kushiro-shi …", "The Nemuro-shi …"), not its places.
func japaneseAddressStart(text string, s, e int) int {
	g, err := loadGazetteer()
	for err == nil && s < e {
		w, _, _ := strings.Cut(text[s:e], " ")
		k := fold(w)
		if !(notAddressParts[w] || functionWords[k] || interjections[k] || g.isWord(k) && !g.isPlace(k) && !g.isTown(k)) || strings.Contains(w, "-") {
			break
		}
		s += len(w) + 1
	}
	return s
}
