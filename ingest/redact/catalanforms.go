package redact

import "strings"

// catalanStreetRE is a street named kind first in Catalan (group 1 the
// kind, group 2 the name's end), with its house number after it or not
// (group 3), and the staircase, floor and door after the number:
// "Avinguda Meritxell, 88, 3r 1a", "Carrer de la Unió, 7, 1r-2a",
// "Carretera d'Arinsal, 14, bloc B, 2n", "Carrer Major, núm. 12",
// "Ronda de Sant Antoni, 12, pral. 1a", "Carrer dels Escalls".
var catalanStreetRE = lazyRE(`\b(Avinguda|Avda\.|Carrer|Carretera|Ctra\.|Plaça|Passeig|Rambla|Ronda|Camí|Travessia|Baixada|Pujada)[ \t\x{00A0}]*` +
	catalanNamePart + `(?:[ \t\x{00A0}]+` + catalanNamePart + `){0,4}()` +
	`(?:,?[ \t\x{00A0}]+(?:(?:núm\.|núm|número|n\.)[ \t\x{00A0}]*)?(\d{1,4}(?:[ \t\x{00A0}]?bis)?|s/n)\b` + catalanFloorDoor + `)?`)

// catalanNamePart is one word of a Catalan street's name: a capitalised
// word, or a particle and the capitalised word after it ("de la Unió",
// "dels Escalls", "d'Arinsal", "d'en Robador", "Fiter i Rossell").
const catalanNamePart = `(?:(?:de[ \t\x{00A0}]+la|de[ \t\x{00A0}]+les|de[ \t\x{00A0}]+l['’]|d['’]en|de|del|dels|la|les|el|els|i)[ \t\x{00A0}]+|d['’]|l['’]|de[ \t\x{00A0}]+l['’])?[\p{Lu}][\p{L}'’\-]*`

// catalanFloorDoor is the staircase, floor and door after a house number:
// ", 3r 1a", ", 1r-2a", ", 1r, 2a", " 3r 1a", ", 2n B", ", bloc B, 2n",
// ", esc. B, 4t", ", baixos", ", àtic", ", pral. 1a".
const catalanFloorDoor = `(?:(?:,[ \t\x{00A0}]*|[ \t\x{00A0}]+)(?:(?:esc\.?|bloc)[ \t\x{00A0}]*[A-Z],?[ \t\x{00A0}]+)?` +
	`(?:\d{1,2}(?:r|n|t|è|º|ª)(?:(?:[ \t\x{00A0}]+|-|,[ \t\x{00A0}]*)\d{1,2}(?:a|ª)|[ \t\x{00A0}]+[A-D]\b)?|baixos|àtic|entresol|pral\.?(?:[ \t\x{00A0}]+\d{1,2}(?:a|ª))?|principal)\b)?`

// catalanHouseNeeded are the kinds that are a street only with a house
// number: a "Carretera" without one is a road ("the Carretera Austral"),
// and "Baixada", "Travessia" and "Pujada" are Portuguese words and
// surnames too ("Baixada Fluminense", "Joan Pujada").
var catalanHouseNeeded = setOf(`carretera ctra. baixada travessia pujada`)

// catalanRoadClasses name a road, not a street, after "Carretera":
// "Carretera Nacional 2", "Carretera Federal 15".
var catalanRoadClasses = setOf(`nacional federal comarcal austral panamericana interamericana transpeninsular estatal provincial`)

// catalanNumberStops, after a number, make it an amount, a time or an
// age rather than a house: "Plaça Reial, 5 o'clock", "Passeig Marítim 2
// weekends ago".
var catalanNumberStops = setOf(`o'clock degrees stars weekends weekend years-old old runners run minuts minutos hores horas anys años dies días setmanes semanas`)

// livesOnCueRE, before a street named without a house number, says that
// someone lives or is written to there: "now we are on Carrer dels
// Escalls", "her flat is in Plaça del Poble", "viu al Carrer Major" (not
// "the shop Avinguda Home", "near Avinguda Gaudí").
var livesOnCueRE = lazyRE(`(?i)\b(?:live[sd]?|living|moved|address|flat|we(?:'re| are) on|they(?:'re| are) on|(?:she|he)(?:'s| is) on|viu|vivim|visc)\b[^.!?]{0,24}$`)

// andorranPostcodeRE is an Andorran parish's postcode, AD100 to AD700.
var andorranPostcodeRE = lazyRE(`\bAD[1-7]00\b`)

// andorranParishRE is a parish's town said after its postcode: " La
// Massana", ", Escaldes-Engordany".
var andorranParishRE = lazyRE(`^,?[ \t\x{00A0}]+(?:Andorra la Vella|Escaldes-Engordany|Escaldes|Sant Julià de Lòria|Sant Julià|La Massana|Encamp|Canillo|Ordino)\b`)

// findCatalanForms finds Catalan streets and Andorran postcodes.
func findCatalanForms(text string) []candidate {
	g, err := loadGazetteer()
	if err != nil {
		return nil
	}
	var out []candidate
	kinds := indexAllOf(text, "Avinguda ", "Avda. ", "Carrer ", "Carretera ", "Ctra. ", "Plaça ", "Passeig ", "Rambla ", "Ronda ", "Camí ", "Travessia ", "Baixada ", "Pujada ")
	eachMatch(catalanStreetRE(), text, windowsAround(text, kinds, 0, 140), func(m []int) {
		if end, ok := catalanStreetEnd(text, m, g); ok {
			out = append(out, candidate{kind: Address, start: m[0], end: end})
		}
	})
	streets := out
	eachMatch(andorranPostcodeRE(), text, windowsAround(text, indexAllOf(text, "AD"), 0, 8), func(m []int) {
		end := m[1]
		if t := andorranParishRE().FindStringIndex(text[end:min(len(text), end+40)]); t != nil {
			end += t[1]
		} else if !andorranContext(text, m[0], streets) {
			return // "Godox AD200 Pro", "around AD400": no Andorran address
		}
		out = append(out, candidate{kind: Address, start: m[0], end: end})
	})
	return out
}

// catalanStreetEnd returns where the street catalanStreetRE matched at m
// ends, and whether it is one: its name stops before a word that is no
// part of one ("Plaça Catalunya I think", "Camí Vell FC"); a number that
// is a year, an amount or a time is no house ("Plaça del Rei, 1492"); a
// street without a house is one only where someone lives.
func catalanStreetEnd(text string, m []int, g *gazetteer) (int, bool) {
	kind := strings.ToLower(text[m[2]:m[3]])
	nameEnd, cut := catalanNameEnd(text, m[3], m[4], g)
	words := strings.Fields(text[m[3]:nameEnd])
	if len(words) == 0 || catalanRoadClasses[fold(words[0])] {
		return 0, false
	}
	if !cut && m[6] >= 0 && catalanHouse(text, m[6], m[7]) {
		return m[1], true
	}
	if catalanHouseNeeded[kind] || !livesOnCueRE().MatchString(text[max(0, m[0]-60):m[0]]) {
		return 0, false
	}
	return nameEnd, true
}

// catalanNameEnd returns the end of the street's name between from and
// to: before its first word after the first that has no particle and is
// "I", a day or month, or an English word ("Hotel", "Station"); cut says
// a word was left out.
func catalanNameEnd(text string, from, to int, g *gazetteer) (int, bool) {
	words := catalanWordRE().FindAllStringIndex(text[from:to], -1)
	for n, w := range words {
		if n == 0 {
			continue
		}
		word := text[from+w[0] : from+w[1]]
		gap := text[from+words[n-1][1] : from+w[0]]
		if strings.TrimSpace(gap) != "" || !isCapitalised(word) {
			continue // after a particle, or a particle itself
		}
		if k := fold(word); word == "I" || calendarWords[k] || g.isWord(k) && !catalanNameWords[k] {
			return from + words[n-1][1], true
		}
	}
	return to, false
}

// catalanWordRE is a word of a street's name, apostrophes inside.
var catalanWordRE = lazyRE(`[\p{L}][\p{L}'’\-]*`)

// catalanNameWords are English words that Catalan streets' names hold:
// "Carrer Major", "Carretera General", "Plaça Nova".
var catalanNameWords = setOf(`major general nova nou vell vella reial real gran alta alt baixa central can`)

// catalanHouse reports whether the number text[s:e] is a house's: not a
// year ("Plaça del Rei, 1492"), not followed by thousands ("1,240
// kilometres"), an amount, a time or an age.
func catalanHouse(text string, s, e int) bool {
	num := text[s:e]
	if len(num) == 4 && num >= "1000" && num <= "2099" || catalanThousandsRE().MatchString(text[e:min(len(text), e+4)]) || countAfter(text, e) {
		return false
	}
	return !catalanNumberStops[wordAfter(text, e)]
}

// catalanThousandsRE is the rest of a number written with a thousands
// separator.
var catalanThousandsRE = lazyRE(`^[,.]\d{3}\b`)

// andorranContext reports whether a postcode at s follows an Andorran
// street just before it, or Andorra is named near it.
func andorranContext(text string, s int, streets []candidate) bool {
	for _, c := range streets {
		if c.end <= s && s-c.end <= 4 {
			return true
		}
	}
	return strings.Contains(text[max(0, s-80):min(len(text), s+80)], "Andorra")
}
