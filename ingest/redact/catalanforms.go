package redact

import "strings"

// catalanStreetRE is a street named kind first in Catalan, with its house
// number after it or not, and the floor and door after the number:
// "Avinguda Meritxell, 88, 3r 1a", "Carrer de la Unió, 7, 1r", "Carretera
// d'Arinsal, 14, bloc B, 2n", "Carretera General, 3, baixos", "Carrer dels
// Escalls".
var catalanStreetRE = lazyRE(`\b(?:Avinguda|Avda\.|Carrer|Carretera|Ctra\.|Plaça|Passeig|Camí|Travessia|Baixada|Pujada)[ \t\x{00A0}]+` +
	catalanNamePart + `(?:[ \t\x{00A0}]+` + catalanNamePart + `){0,4}` +
	`(?:,?[ \t\x{00A0}]+\d{1,4}[A-Za-z]?\b(?:,[ \t\x{00A0}]+(?:bloc[ \t\x{00A0}]+[A-Z],?[ \t\x{00A0}]+)?(?:\d{1,2}(?:r|n|t|è|a|º|ª)(?:[ \t\x{00A0}]+\d{1,2}(?:a|r|n|t|è|º|ª))?|baixos|àtic|entresol)\b)?)?`)

// catalanNamePart is one word of a Catalan street's name: a capitalised
// word, or a particle and the capitalised word after it ("de la Unió",
// "dels Escalls", "d'Arinsal", "Fiter i Rossell").
const catalanNamePart = `(?:(?:de[ \t\x{00A0}]+la|de[ \t\x{00A0}]+les|de|del|dels|la|les|el|els|i)[ \t\x{00A0}]+|d['’]|l['’])?[\p{Lu}][\p{L}'’\-]*`

// andorranPostcodeRE is an Andorran postcode, a parish's (AD100 to AD700),
// with its town after it or not: "AD400", "AD700 Escaldes-Engordany",
// "AD500 Andorra la Vella".
var andorranPostcodeRE = lazyRE(`\bAD[1-7]00\b(?:[ \t\x{00A0}]+(?:(?:La|Les|El|Sant|Santa)[ \t\x{00A0}]+)?[\p{Lu}][\p{L}'’\-]*(?:[ \t\x{00A0}]+la[ \t\x{00A0}]+Vella)?)?`)

// findCatalanForms finds Catalan streets and Andorran postcodes.
func findCatalanForms(text string) []candidate {
	var out []candidate
	add := func(m []int) { out = append(out, candidate{kind: Address, start: m[0], end: m[1]}) }
	kinds := indexAllOf(text, "Avinguda ", "Avda. ", "Carrer ", "Carretera ", "Ctra. ", "Plaça ", "Passeig ", "Camí ", "Travessia ", "Baixada ", "Pujada ")
	eachMatch(catalanStreetRE(), text, windowsAround(text, kinds, 0, 120), func(m []int) {
		street := text[m[0]:m[1]]
		if (strings.HasPrefix(street, "Carretera") || strings.HasPrefix(street, "Ctra.")) && !strings.ContainsAny(street, "0123456789") {
			return // "the Carretera Austral": a road (and Spanish for one) with no house on it
		}
		add(m)
	})
	eachMatch(andorranPostcodeRE(), text, windowsAround(text, indexAllOf(text, "AD"), 0, 40), add)
	return out
}
