package redact

import (
	"strconv"
	"strings"
)

// Phone numbers are read aloud in pairs in French ("zéro sept, cinquante-
// deux, dix-huit") and Spanish ("cero cuatro veinticuatro, seis nueve uno,
// cuarenta y dos") as often as digit by digit, and transcribers write them
// so. findForeignSpokenNumbers reads such runs: groups of French, Spanish
// Portuguese or German number words from zero to ninety-nine, parted by
// commas ("null zwei null drei, vierundvierzig, einundsiebzig").
// Three groups or more that make seven to twelve digits are a phone or a
// reference number whatever is said around them: a count or an amount is
// not said in comma-parted pairs.

// foreignUnits are the digits said alone.
var foreignUnits = map[string]int{
	"zéro": 0, "zero": 0, "cero": 0,
	"un": 1, "une": 1, "uno": 1, "um": 1, "dos": 2, "deux": 2, "dois": 2, "duas": 2,
	"trois": 3, "tres": 3, "três": 3, "quatre": 4, "cuatro": 4, "quatro": 4,
	"cinq": 5, "cinco": 5, "six": 6, "seis": 6, "sept": 7, "siete": 7, "sete": 7,
	"huit": 8, "ocho": 8, "oito": 8, "neuf": 9, "nueve": 9, "nove": 9,
	"null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
	// Malay and Indonesian.
	"kosong": 0, "sifar": 0, "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
	"lapan": 8, "delapan": 8, "sembilan": 9,
}

// foreignTeens are ten to nineteen said as one word.
var foreignTeens = map[string]int{
	"dix": 10, "diez": 10, "dez": 10, "onze": 11, "once": 11, "douze": 12, "doce": 12, "treize": 13, "trece": 13, "treze": 13,
	"quatorze": 14, "catorce": 14, "catorze": 14, "quinze": 15, "quince": 15, "seize": 16, "dieciséis": 16, "dieciseis": 16,
	"dezasseis": 16, "dezesseis": 16, "diecisiete": 17, "dezassete": 17, "dezessete": 17, "dieciocho": 18, "dezoito": 18,
	"diecinueve": 19, "dezanove": 19, "dezenove": 19,
	"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
	"achtzehn": 18, "neunzehn": 19,
}

// foreignTens are the tens; Spanish says twenty-one to twenty-nine as one
// word ("veinticuatro"), found by its prefix.
var foreignTens = map[string]int{
	"vingt": 20, "veinte": 20, "vinte": 20, "trente": 30, "treinta": 30, "trinta": 30,
	"quarante": 40, "cuarenta": 40, "quarenta": 40, "cinquante": 50, "cincuenta": 50, "cinquenta": 50,
	"soixante": 60, "sesenta": 60, "sessenta": 60, "septante": 70, "setenta": 70,
	"octante": 80, "huitante": 80, "ochenta": 80, "oitenta": 80, "nonante": 90, "noventa": 90,
	"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
	"achtzig": 80, "neunzig": 90,
}

// germanUnitAnd reads a German ten said after its unit, in one word:
// "vierundvierzig" is 44, "einundsiebzig" 71.
func germanUnitAnd(w string) (int, bool) {
	unit, ten, ok := strings.Cut(w, "und")
	if !ok || foreignTens[ten] == 0 {
		return 0, false
	}
	if unit == "ein" {
		return foreignTens[ten] + 1, true
	}
	if u, ok := foreignUnits[unit]; ok && u > 1 && u <= 9 {
		return foreignTens[ten] + u, true
	}
	return 0, false
}

// foreignAnd join a ten and a unit: "soixante et onze", "cuarenta y dos".
var foreignAnd = map[string]bool{"et": true, "y": true, "e": true}

// findForeignSpokenNumbers finds numbers read aloud in French, Spanish or
// Portuguese groups.
func findForeignSpokenNumbers(text string) []candidate {
	var out []candidate
	lower := asciiLower(text) // byte for byte: offsets stay the text's
	for i := 0; i < len(lower); {
		w, s, e := nextWord(lower, i)
		if w == "" {
			break
		}
		if !foreignNumberWord(w) {
			i = e
			continue
		}
		end, groups, digits, values := readForeignRun(lower, s)
		// One digit a group, or groups that only go up or only go down,
		// are counting ("un, deux, trois…", "veinte, treinta, cuarenta
		// pesos", "ochenta, setenta y cinco, setenta kilos"), not a phone.
		if groups >= 3 && len(digits) >= 7 && len(digits) <= 12 && len(digits) > groups && !monotonic(values) && !countedAfterRE().MatchString(lower[end:]) {
			out = append(out, candidate{kind: Phone, start: s, end: end})
		}
		i = max(end, e)
	}
	return out
}

// foreignNumberWord reports whether w (or its part before a hyphen) is a
// number word foreignNumber may read: a cheap test before reading.
func foreignNumberWord(w string) bool {
	w, _, _ = strings.Cut(w, "-")
	_, u := foreignUnits[w]
	_, t := foreignTeens[w]
	_, g := germanUnitAnd(w)
	return u || t || g || foreignTens[w] > 0 || strings.HasPrefix(w, "veinti")
}

// readForeignRun reads groups parted by commas from s: where the run
// ends, how many groups, and their digits.
func readForeignRun(lower string, s int) (end, groups int, digits string, values []int) {
	end = s
	for at := s; ; {
		g, ok := foreignGroup(lower, at)
		if !ok {
			return end, groups, digits, values
		}
		v, _ := strconv.Atoi(g.digits)
		end, groups, digits, values = g.end, groups+1, digits+g.digits, append(values, v)
		rest := lower[g.end:]
		trimmed := strings.TrimLeft(rest, " ")
		if !strings.HasPrefix(trimmed, ",") {
			return end, groups, digits, values
		}
		at = g.end + (len(rest) - len(trimmed)) + 1
		for at < len(lower) && lower[at] == ' ' {
			at++
		}
	}
}

// monotonic reports whether the values, each under a hundred, only go up
// or only go down ("seis seis cero uno, cuarenta, dieciocho" is a phone).
func monotonic(vs []int) bool {
	up, down := true, true
	for i := 1; i < len(vs); i++ {
		if vs[i] >= 100 || vs[0] >= 100 {
			return false
		}
		up = up && vs[i] > vs[i-1]
		down = down && vs[i] < vs[i-1]
	}
	return up || down
}

// countedAfterRE is a unit or a measure said after numbers: they counted
// something ("… soixante ans", "… pesos", "… sur vingt").
var countedAfterRE = lazyRE(`^[ \t]*(?:ans|años|anos|pesos|euros|francs|kilos|kg|mg|milligrams|milligrammes|por ?cento|por ?ciento|pour ?cent|sur|de|minutes|minutos|fois|veces|vezes|personnes|personas|pessoas)\b`)

type foreignRead struct {
	end    int
	digits string
}

// foreignGroup reads one group of number words at s (up to a comma or a
// word that is no number): the digits it says.
func foreignGroup(lower string, s int) (foreignRead, bool) {
	var r foreignRead
	at := s
	for {
		w, ws, _ := nextWord(lower, at)
		if w == "" || ws != at && strings.ContainsAny(lower[at:ws], ",.;:!?\n") {
			break
		}
		n, used, ok := foreignNumber(lower, ws)
		if !ok {
			break
		}
		if n < 10 && used.short {
			r.digits += strconv.Itoa(n)
		} else {
			r.digits += twoDigits(n)
		}
		r.end = used.end
		at = used.end
	}
	return r, r.digits != ""
}

type foreignUse struct {
	end   int
	short bool // a unit said alone: one digit
}

// foreignNumber reads one number from nought to ninety-nine at s, over
// hyphens and "et"/"y": "quatre-vingt-dix", "soixante et onze", "cuarenta
// y dos", "veinticuatro", "dix-huit".
func foreignNumber(lower string, s int) (int, foreignUse, bool) {
	words, ends := hyphenWords(lower, s)
	if len(words) == 0 {
		return 0, foreignUse{}, false
	}
	w := words[0]
	switch {
	case w == "quatre" && len(words) > 1 && strings.HasPrefix(words[1], "vingt"):
		return tensAndUnit(80, words[2:], ends[2:], ends[1], lower)
	case foreignTens[w] > 0:
		return tensAndUnit(foreignTens[w], words[1:], ends[1:], ends[0], lower)
	case strings.HasPrefix(w, "veinti"):
		if u, ok := foreignUnits[strings.TrimPrefix(w, "veinti")]; ok && u > 0 {
			return 20 + u, foreignUse{end: ends[0]}, true
		}
		if w == "veintiún" || w == "veintiun" {
			return 21, foreignUse{end: ends[0]}, true
		}
	case strings.Contains(w, "und"):
		if n, ok := germanUnitAnd(w); ok {
			return n, foreignUse{end: ends[0]}, true
		}
	case foreignTeens[w] > 0:
		if w == "dix" && len(words) > 1 {
			if u, ok := foreignUnits[words[1]]; ok && u >= 7 {
				return 10 + u, foreignUse{end: ends[1]}, true // "dix-huit"
			}
		}
		return foreignTeens[w], foreignUse{end: ends[0]}, true
	}
	if u, ok := foreignUnits[w]; ok {
		return u, foreignUse{end: ends[0], short: true}, true
	}
	return 0, foreignUse{}, false
}

// tensAndUnit reads what may follow a ten: a unit or a teen, hyphened or
// after "et"/"y"/"e" ("soixante-dix", "vingt et un", "cuarenta y dos").
func tensAndUnit(tens int, words []string, ends []int, end int, lower string) (int, foreignUse, bool) {
	if len(words) > 0 {
		if u, ok := foreignUnits[words[0]]; ok && u > 0 {
			return tens + u, foreignUse{end: ends[0]}, true
		}
		if t, ok := foreignTeens[words[0]]; ok && tens%20 == 0 {
			if words[0] == "dix" && len(words) > 1 {
				if u, ok := foreignUnits[words[1]]; ok && u >= 7 {
					return tens + 10 + u, foreignUse{end: ends[1]}, true // "quatre-vingt-dix-sept"
				}
			}
			return tens + t, foreignUse{end: ends[0]}, true
		}
	}
	// "soixante et onze", "cuarenta y dos": the joining word stands apart.
	if w, ws, we := nextWord(lower, end); foreignAnd[w] && strings.TrimSpace(lower[end:ws]) == "" {
		if n, use, ok := foreignNumber(lower, nextStart(lower, we)); ok && n < 20 && n > 0 {
			return tens + n, foreignUse{end: use.end}, true
		}
	}
	return tens, foreignUse{end: end}, true
}

// hyphenWords returns the words of the hyphened word at s and where each
// ends: "quatre-vingt-dix" is quatre, vingt, dix.
func hyphenWords(lower string, s int) ([]string, []int) {
	var words []string
	var ends []int
	at := s
	for {
		e := at
		for e < len(lower) && (isASCIILetter(lower[e]) || lower[e] >= 0x80) {
			e++
		}
		if e == at {
			break
		}
		w := lower[at:e]
		if w == "vingts" {
			w = "vingt" // "quatre-vingts"
		}
		words, ends = append(words, w), append(ends, e)
		if e < len(lower) && lower[e] == '-' {
			at = e + 1
			continue
		}
		break
	}
	return words, ends
}

// nextWord returns the next word from i (letters, hyphens inside), and
// where it starts and ends.
func nextWord(lower string, i int) (string, int, int) {
	s := nextStart(lower, i)
	e := s
	for e < len(lower) && (isASCIILetter(lower[e]) || lower[e] >= 0x80 || lower[e] == '-' && e > s) {
		e++
	}
	return lower[s:e], s, e
}

// nextStart returns where the next letter is from i.
func nextStart(lower string, i int) int {
	for i < len(lower) && !isASCIILetter(lower[i]) && lower[i] < 0x80 {
		i++
	}
	return i
}

// twoDigits writes n as two digits.
func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
