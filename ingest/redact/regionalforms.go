package redact

import "strings"

// Addresses and references whose shape one country gives them and no
// other: found by that shape, wherever they are said.

// cepRE is a Brazilian postcode (CEP): five digits, a hyphen, three
// ("57057-340"); no phone or date is written so.
var cepRE = lazyRE(`\b\d{5}-\d{3}\b`)

// colonyAddressRE is a Mexican or Central American house: a street of
// one to three capitalised words (often without a kind: "Jacarandas",
// "Río Pánuco"), its number, a compass point or not, and the colonia,
// fraccionamiento or barrio after a comma ("Jacarandas 207, Colonia
// Moderna"); or a Monterrey street with its compass point ("Río
// Guadalquivir 330 Oriente").
var colonyAddressRE = lazyRE(`\p{Lu}[\p{L}.]+(?:[ \t\x{00A0}]\p{Lu}\p{L}+){0,2}[ \t\x{00A0}]\d{1,5}(?:(?:[ \t\x{00A0}](?:Oriente|Poniente|Norte|Sur|Ote\.|Pte\.))?,[ \t\x{00A0}]+(?:Colonia|Col\.|Fraccionamiento|Fracc\.|Barrio)[ \t\x{00A0}]+\p{Lu}\p{L}+(?:[ \t\x{00A0}]\p{Lu}\p{L}+){0,2}|[ \t\x{00A0}](?:Oriente|Poniente))\b`)

// swahiliAddressRE is a house as Tanzanians and Kenyans write it: its
// number after "Nyumba Na." (house number) or "Kiwanja Na." (plot), with
// the street ("Mtaa wa Mvuleni") or the quarter said before or after it.
var swahiliAddressRE = lazyRE(`(?:Mtaa[ \t\x{00A0}]+wa[ \t\x{00A0}]+\p{Lu}\p{L}+,[ \t\x{00A0}]+)?\b(?:Nyumba|Kiwanja)[ \t\x{00A0}]+Na\.?[ \t\x{00A0}]*\d{1,5}[A-Za-z]?(?:,[ \t\x{00A0}]+(?:Mtaa[ \t\x{00A0}]+wa[ \t\x{00A0}]+)?\p{Lu}\p{L}+)?`)

// cnjNumberRE is a Brazilian court case's unified number (NNNNNNN-DD.
// AAAA.J.TR.OOOO): "0806745-21.2020.4.05.8000".
var cnjNumberRE = lazyRE(`\b\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}\b`)

// frenchPostcodeRE is a French postcode of five digits said alone after
// "in" or "from", as a town's or a quarter's: "in 63100, in the
// Croix-de-Neyrat", "from 69008 to here".
var frenchPostcodeRE = lazyRE(`\b(?:[Ii]n|[Ff]rom)[ \t\x{00A0}]+((?:0[1-9]|[1-8]\d|9[0-5])\d{3})\b`)

// findRegionalForms finds the addresses and numbers above.
func findRegionalForms(text string, digitWins []span) []candidate {
	var out []candidate
	add := func(kind Kind) func(m []int) {
		return func(m []int) { out = append(out, candidate{kind: kind, start: m[0], end: m[1]}) }
	}
	eachMatch(cepRE(), text, windowsWith(text, digitWins, []string{"-"}), func(m []int) {
		if standsAlone(text, m[0], m[1]) && !countAfter(text, m[1]) {
			out = append(out, candidate{kind: Address, start: m[0], end: m[1]})
		}
	})
	eachMatch(colonyAddressRE(), text, windowsWith(text, digitWins, []string{"colonia", "col.", "fracc", "barrio", "oriente", "poniente", "ote.", "pte."}), add(Address))
	eachMatch(swahiliAddressRE(), text, windowsWith(text, digitWins, []string{"nyumba", "kiwanja"}), add(Address))
	eachMatch(cnjNumberRE(), text, windowsWith(text, digitWins, []string{"."}), add(ID))
	eachMatch(frenchPostcodeRE(), text, digitWins, func(m []int) {
		s, e := m[2], m[3]
		rest := text[e:min(len(text), e+12)]
		after := strings.TrimLeft(strings.TrimPrefix(rest, " to "), " ")
		toPlace := strings.HasPrefix(rest, " to ") && after != "" && !isDigitByte(after[0]) // "from 69008 to here", not "from 20000 to 30000"
		if standsAlone(text, s, e) && !countAfter(text, e) && (clauseEnds(text, e) || toPlace) && !moneyWordsRE().MatchString(text[max(0, s-60):s]) {
			out = append(out, candidate{kind: Address, start: s, end: e})
		}
	})
	return out
}
