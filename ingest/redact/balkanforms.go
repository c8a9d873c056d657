package redact

// Addresses, numbers and phones of the Balkans, Russia's east, Nigeria and
// Uganda that the forms before do not meet: a Bulgarian housing estate by
// its block and entrance ("kvartal Vazrazhdane, blok 14, vhod A"); a home
// by the landmark opposite it and its road ("opposite Ughelli Main Market,
// Isoko Road", "Swali Market Jetty, off Tombia Road"); a road between two
// towns ("Moroto–Tapac Road"); a Bulgarian landline with its area code
// ("0308 2 31 44"); a Nigerian mobile said digit by digit in groups
// ("0-8-1-0, 7-7-2, 4-0-5-8"); Russian papers numbered in Cyrillic or with
// "№" ("БЦРБ-5517", "21-ИФ-04783", "MK-9 № 0452217").

// blokRE is a Bulgarian estate's block, entrance, floor and flat.
var blokRE = lazyRE(`\b(?:kvartal|kv\.|zhk|zh\.k\.)[ \t\x{00A0}]+` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?,[ \t\x{00A0}]+blok[ \t\x{00A0}]+\d{1,3}[A-Za-z]?(?:,[ \t\x{00A0}]+vhod[ \t\x{00A0}]+[A-Z0-9])?(?:,[ \t\x{00A0}]+(?:et\.|etazh)[ \t\x{00A0}]+\d{1,2})?(?:,[ \t\x{00A0}]+ap\.[ \t\x{00A0}]+\d{1,3})?`)

// oppositeRoadRE is a home or a workplace by the landmark it is opposite,
// behind or beside, or a place off a road, and the road: "opposite Ughelli
// Main Market, Isoko Road", "Swali Market Jetty, off Tombia Road".
var oppositeRoadRE = lazyRE(`(?:\b(?:opposite|behind|beside)[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3},[ \t\x{00A0}]+(?:off[ \t\x{00A0}]+)?|` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,3},[ \t\x{00A0}]+off[ \t\x{00A0}]+)` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `)?[ \t\x{00A0}]+(?:Road|Street|Expressway|Way)\b`)

// betweenTownsRoadRE is a road named for the two towns it joins, with an
// en dash: "Moroto–Tapac Road".
var betweenTownsRoadRE = lazyRE(`\b\p{Lu}\p{Ll}+–\p{Lu}\p{Ll}+[ \t\x{00A0}]+(?:Road|Highway)\b`)

// findBalkanForms finds the addresses above, and the phones and numbers
// of findBalkanNumbers.
func findBalkanForms(text string) []candidate {
	var out []candidate
	add := func(m []int) { out = append(out, candidate{kind: Address, start: m[0], end: m[1]}) }
	eachMatch(blokRE(), text, windowsAround(text, indexAllOf(text, ", blok "), 48, 64), add)
	eachMatch(oppositeRoadRE(), text, windowsAround(text, indexAllOf(text, "opposite ", "behind ", "beside ", ", off "), 64, 64), func(m []int) {
		if roadNamed(text[m[0]:m[1]]) {
			add(m)
		}
	})
	eachMatch(betweenTownsRoadRE(), text, windowsAround(text, indexAllOf(text, "–"), 24, 24), add)
	return append(out, findBalkanNumbers(text)...)
}

// roadNamed reports whether the road of an oppositeRoadRE match is named
// by no English word: "Isoko Road", not "Main Road" or "High Street".
func roadNamed(s string) bool {
	g, err := loadGazetteer()
	if err != nil {
		return false
	}
	f := splitWords(s)
	name := f[len(f)-2]
	return !g.isWord(fold(name)) && !calendarWords[fold(name)]
}

// bulgarianLandlineRE is a Bulgarian landline with its area code, the
// local number in small groups: "0308 2 31 44".
var bulgarianLandlineRE = lazyRE(`\b0[2-9]\d{1,3}[ \t\x{00A0}]\d{1,2}[ \t\x{00A0}]\d{2}[ \t\x{00A0}]\d{2}\b`)

// dashedDigitsPhoneRE is a mobile said digit by digit with dashes, in
// three groups: "0-8-1-0, 7-7-2, 4-0-5-8".
var dashedDigitsPhoneRE = lazyRE(`\b0(?:-\d){3},?[ \t\x{00A0}]+\d(?:-\d){2},?[ \t\x{00A0}]+\d(?:-\d){3}\b`)

// cyrillicCodeRE is a paper's number of Cyrillic letters and digits
// (group 1): "БЦРБ-5517", "ОХ-03-0271", "21-ИФ-04783", "К-118"; or a scheme's
// number after "№" ("MK-9 № 0452217", "KUSP № 4127").
var cyrillicCodeRE = lazyRE(`(?:^|[^\p{L}\p{N}])((?:\d{2}-)?[А-ЯЁ]{1,5}(?:-\d{2})?-\d{3,6}|[A-ZА-ЯЁ]{2,5}(?:-\d{1,2})?[ \t\x{00A0}]+№[ \t\x{00A0}]*\d{4,7})(?:[^\p{L}\p{N}]|$)`)

// findBalkanNumbers finds the phones and numbers above.
func findBalkanNumbers(text string) []candidate {
	var out found
	digits := windowsAround(text, digitRuns(text), 24, 24)
	eachMatch(bulgarianLandlineRE(), text, digits, func(m []int) {
		if !countAfter(text, m[1]) {
			out.add(Phone, m[0], m[1])
		}
	})
	eachMatch(dashedDigitsPhoneRE(), text, digits, out.as(Phone))
	eachMatch(cyrillicCodeRE(), text, digits, func(m []int) { out.add(ID, m[2], m[3]) })
	return out
}

// found gathers the candidates of a family of forms.
type found []candidate

// add adds a candidate of kind k from start to end.
func (f *found) add(k Kind, start, end int) {
	*f = append(*f, candidate{kind: k, start: start, end: end})
}

// as returns a function that adds each whole match as a candidate of
// kind k, as eachMatch calls it.
func (f *found) as(k Kind) func(m []int) {
	return func(m []int) { f.add(k, m[0], m[1]) }
}
