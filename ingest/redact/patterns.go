package redact

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The regular expressions below are compiled once at package initialisation
// and are read-only (regexp.Regexp is safe for concurrent use).

var (
	emailRE = regexp.MustCompile(`(?i)[a-z0-9](?:[a-z0-9._%+'\-]*[a-z0-9_])?@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,24}`)

	// Spoken e-mail: "grace dot obi at gmail dot com".
	spokenEmailRE = regexp.MustCompile(`(?i)\b([a-z0-9][a-z0-9_\-]*(?:(?:\s+dot\s+|\s+underscore\s+|[._])[a-z0-9][a-z0-9_\-]*)*)\s+at\s+([a-z0-9][a-z0-9\-]*)((?:\s+dot\s+[a-z0-9\-]+)*)\s+dot\s+(com|org|net|uk|edu|gov|co|io|ie|au|ca|nz|us|info)\b`)

	urlRE = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"'“”‘’]+|\b[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.(?:com|org|net|edu|gov|io|info|co\.uk|org\.uk|nhs\.uk|ac\.uk|gov\.uk|uk|ie|us|ca|au|nz|ly|me|app|health)\b(?:/[^\s<>"'“”‘’]*)?`)

	// A run of digit groups that may be a phone or ID number.
	numberRE = regexp.MustCompile(`(?:\+\d{1,3}[ .\-]?(?:\(0\)[ .\-]?)?)?(?:\(\d{2,5}\)[ .\-]?)?\d{1,11}(?:[ .\-]\d{1,6}){0,6}`)

	monthName = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
	ordinal   = `(?:st|nd|rd|th)?`
	dateDMY   = regexp.MustCompile(`(?i)\b(\d{1,2})` + ordinal + `(?:\s+of)?\s+` + monthName + `\.?,?\s+((?:19|20)\d{2})\b`)
	dateMDY   = regexp.MustCompile(`(?i)\b` + monthName + `\.?\s+(?:the\s+)?(\d{1,2})` + ordinal + `(?:\s+of)?,?\s+((?:19|20)\d{2})\b`)
	dateNum   = regexp.MustCompile(`\b(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})\b`)
	dateISO   = regexp.MustCompile(`\b((?:19|20)\d{2})([\-/.])(\d{1,2})([\-/.])(\d{1,2})\b`)

	ssnSpaceRE = regexp.MustCompile(`(?i)\b(?:social security(?: number)?|ssn)\b[^0-9\n]{0,20}(\d{3} \d{2} \d{4})\b`)
	mrnRE      = regexp.MustCompile(`(?i)\b(?:MRN|medical record(?: number| no\.?)?|hospital (?:number|no\.?)|record number|patient (?:id|number|no\.?)|unit number|case number|member id|chi number|health and care number)\b(?:\s*(?:is|was|:|#|no\.?|number))*\s*[:#]?\s*([A-Z]{0,3}[\- ]?\d{5,10}[A-Z]?)\b`)
	niRE       = regexp.MustCompile(`\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b`)

	streetSuffix = `(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Crescent|Cres|Place|Pl|Grove|Gardens|Gdns|Terrace|Terr|Way|Boulevard|Blvd|Square|Sq|Mews|Row|Hill|Park|Walk|Parade|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Green|Rise|View|Vale|Wharf|Broadway)`
	ukPostcode   = `(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}`
	usState      = `(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)`
	capWord      = `[\p{Lu}][\p{L}'’\-]*`
	streetRE     = regexp.MustCompile(
		`(?:\b(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t\x{00A0}]+[0-9A-Za-z]{1,5},?[ \t\x{00A0}]+)?` +
			`\b\d{1,5}[A-Za-z]?,?[ \t\x{00A0}]+` +
			`(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t\x{00A0}]+)?` +
			`(?:` + capWord + `[ \t\x{00A0}]+){1,3}` + streetSuffix + `\b\.?` +
			`(?:,?[ \t\x{00A0}]+(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Flat|#)[ \t\x{00A0}]*[0-9A-Za-z\-]{1,5}\b)?` +
			`(?:,?[ \t\x{00A0}]+(?:` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2},?[ \t\x{00A0}]+)?(?:` + usState + `[ \t\x{00A0}]+\d{5}(?:-\d{4})?|` + ukPostcode + `)\b)?`)
	// A street name without a number after "live on", "on", "off" etc.
	streetNameRE = regexp.MustCompile(`\b(?:on|in|off|at|along|near|down|up)[ \t\x{00A0}]+((?:` + capWord + `[ \t\x{00A0}]+){1,2}(?:Street|Road|Lane|Avenue|Drive|Close|Crescent|Grove|Terrace|Gardens|Boulevard|Mews|Square|Parade))\b`)
	postcodeRE   = regexp.MustCompile(`\b` + ukPostcode + `\b`)
	zipRE        = regexp.MustCompile(`\b` + usState + `\s+\d{5}(?:-\d{4})?\b|(?i:\bzip(?:\s*code)?(?:\s+is)?:?\s+)(\d{5}(?:-\d{4})?)\b`)
)

// findPatterns finds the structured kinds in text (byte offsets). The
// regular expressions only run on windows around their trigger characters
// (digits, "@", "dot", ".", street words), which keeps detection fast on
// long transcripts where those are rare.
func findPatterns(text string) []candidate {
	var out []candidate
	add := func(k Kind, s, e int) { out = append(out, candidate{kind: k, start: s, end: e}) }

	digitWins := windowsAround(text, digitRuns(text), 48, 100)
	atWins := windowsAround(text, indexAll(text, "@", false), 100, 100)
	dotWins := windowsAround(text, indexAll(text, " dot ", true), 150, 120)
	urlWins := windowsAround(text, urlTriggers(text), 100, 300)
	streetWins := windowsAround(text, streetTriggers(text), 80, 12)

	eachMatch(emailRE, text, atWins, func(m []int) { add(Email, m[0], m[1]) })
	eachMatch(spokenEmailRE, text, dotWins, func(m []int) {
		local := strings.ToLower(text[m[2]:m[3]])
		domain := strings.ToLower(text[m[4]:m[5]])
		if strings.Contains(local, " dot ") || strings.ContainsAny(local, "._0123456789") || strings.Contains(local, "underscore") || mailProviders[domain] {
			add(Email, m[0], m[1])
		}
	})
	eachMatch(urlRE, text, urlWins, func(m []int) {
		s, e := m[0], trimURL(text, m[0], m[1])
		if e > s && !(s > 0 && text[s-1] == '@') {
			add(URL, s, e)
		}
	})
	if len(digitWins) == 0 && len(streetWins) == 0 {
		return out
	}
	out = append(out, findNumbers(text, digitWins)...)
	out = append(out, findDates(text, digitWins)...)
	eachMatch(ssnSpaceRE, text, digitWins, func(m []int) { add(ID, m[2], m[3]) })
	eachMatch(mrnRE, text, digitWins, func(m []int) {
		if digitCount(text[m[2]:m[3]]) >= 5 {
			add(ID, m[2], m[3])
		}
	})
	eachMatch(niRE, text, digitWins, func(m []int) {
		switch text[m[2]:m[3]] {
		case "BG", "GB", "NK", "KN", "TN", "NT", "ZZ":
			return
		}
		add(ID, m[0], m[1])
	})
	eachMatch(streetRE, text, digitWins, func(m []int) {
		s, e := m[0], m[1]
		// A final "." belongs to the address only after an abbreviation
		// ("Ave.", "St."), not after "Grove." at the end of a sentence.
		if text[e-1] == '.' {
			k := strings.LastIndexAny(text[s:e-1], " ,")
			if !streetAbbrev[text[s+k+1:e-1]] {
				e--
			}
		}
		add(Address, s, e)
	})
	eachMatch(streetNameRE, text, streetWins, func(m []int) { add(Address, m[2], m[3]) })
	eachMatch(postcodeRE, text, digitWins, func(m []int) { add(Address, m[0], m[1]) })
	eachMatch(zipRE, text, digitWins, func(m []int) {
		if m[2] >= 0 {
			add(Address, m[2], m[3])
		} else {
			add(Address, m[0], m[1])
		}
	})
	return out
}

// eachMatch runs re over each window and calls fn with the submatch
// indexes made absolute.
func eachMatch(re *regexp.Regexp, text string, wins []span, fn func(m []int)) {
	for _, w := range wins {
		for _, m := range re.FindAllStringSubmatchIndex(text[w.start:w.end], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w.start
				}
			}
			fn(m)
		}
	}
}

// windowsAround returns merged windows reaching before/after bytes around
// each trigger position, widened to white space so that \b and the
// neighbour checks see the same text as on the whole string.
func windowsAround(text string, at []int, before, after int) []span {
	var out []span
	for _, p := range at {
		s, e := p-before, p+after
		if s < 0 {
			s = 0
		}
		if e > len(text) {
			e = len(text)
		}
		for s > 0 && !isSpaceByte(text[s-1]) {
			s--
		}
		for e < len(text) && !isSpaceByte(text[e]) {
			e++
		}
		if n := len(out); n > 0 && s <= out[n-1].end {
			if e > out[n-1].end {
				out[n-1].end = e
			}
			continue
		}
		out = append(out, span{s, e})
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// digitRuns returns the start of each run of ASCII digits.
func digitRuns(text string) []int {
	var at []int
	for i := 0; i < len(text); i++ {
		if isDigitByte(text[i]) && (i == 0 || !isDigitByte(text[i-1])) {
			at = append(at, i)
		}
	}
	return at
}

// indexAll returns the positions of sub in text (ASCII case-insensitively
// when fold is set).
func indexAll(text, sub string, fold bool) []int {
	hay := text
	if fold {
		hay = strings.ToLower(text)
		if len(hay) != len(text) {
			hay = asciiLower(text)
		}
	}
	var at []int
	for from := 0; ; {
		k := strings.Index(hay[from:], sub)
		if k < 0 {
			return at
		}
		at = append(at, from+k)
		from += k + len(sub)
	}
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// urlTriggers returns positions of "://", "www." and of dots between a
// letter or digit and a letter ("example.org"), where URLs may be.
func urlTriggers(text string) []int {
	var at []int
	for i := 1; i+1 < len(text); i++ {
		switch text[i] {
		case '.':
			p, n := text[i-1], text[i+1]
			if (isDigitByte(p) || isASCIILetter(p) || p == '-') && isASCIILetter(n) {
				at = append(at, i)
			}
		case ':':
			if strings.HasPrefix(text[i:], "://") {
				at = append(at, i)
			}
		}
	}
	return at
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// streetWords are the suffixes streetNameRE needs (no number before them).
var streetWords = []string{" Street", " Road", " Lane", " Avenue", " Drive", " Close", " Crescent", " Grove", " Terrace", " Gardens", " Boulevard", " Mews", " Square", " Parade"}

func streetTriggers(text string) []int {
	var at []int
	for _, w := range streetWords {
		at = append(at, indexAll(text, w, false)...)
	}
	sort.Ints(at)
	return at
}

var streetAbbrev = setOf(`St Rd Ave Ln Dr Ct Cres Pl Gdns Terr Sq Cir Hwy Pkwy Blvd Apt Ste`)

var mailProviders = setOf(`gmail googlemail hotmail outlook live yahoo btinternet icloud me aol sky virginmedia talktalk protonmail proton msn nhs mail gmx zoho`)

// trimURL drops trailing punctuation that ends the sentence rather than the URL.
func trimURL(text string, s, e int) int {
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if strings.ContainsRune(".,;:!?)]}'\"", r) {
			if r == ')' && strings.Contains(text[s:e], "(") {
				break
			}
			e -= size
			continue
		}
		break
	}
	return e
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// validNHS reports whether ten digits carry a valid NHS mod-11 check digit.
func validNHS(d string) bool {
	if len(d) != 10 {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(d[i]-'0') * (10 - i)
	}
	c := 11 - sum%11
	if c == 11 {
		c = 0
	}
	if c == 10 {
		return false
	}
	return int(d[9]-'0') == c && strings.Trim(d, string(d[0])) != ""
}

// nhsCue reports whether the text just before byte s speaks of an NHS,
// CHI or health and care number.
func nhsCue(text string, s int) bool {
	from := s - 60
	if from < 0 {
		from = 0
	}
	before := strings.ToLower(text[from:s])
	return strings.Contains(before, "nhs") || strings.Contains(before, "chi number") || strings.Contains(before, "health and care")
}

// findNumbers classifies runs of digit groups as phone numbers, NHS numbers
// or SSNs, and leaves everything else (doses, years, "3 4 5", ward numbers).
// Within a run the longest sub-run of whole groups that classifies wins, so
// "in 2019 07700 900123" still finds the phone.
func findNumbers(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(numberRE, text, wins, func(m []int) {
		s, e := m[0], m[1]
		if !numberBoundary(text, s, e) {
			return
		}
		// Digit groups of the run, as byte spans.
		var gs []span
		for i := s; i < e; {
			if !isDigitByte(text[i]) {
				i++
				continue
			}
			j := i
			for j < e && isDigitByte(text[j]) {
				j++
			}
			gs = append(gs, span{i, j})
			i = j
		}
		if len(gs) == 0 {
			return
		}
		// The prefix ("+44 (0)", "(555)") belongs to the first group.
		first := 0
		if text[s] == '+' {
			first = 1
			if strings.HasPrefix(text[gs[0].end:e], " (0)") || strings.HasPrefix(text[gs[0].end:e], "(0)") {
				first = 2
			}
		}
		i := 0
		for i < len(gs) {
			found := false
			for j := len(gs); j > i; j-- {
				ss := gs[i].start
				if i == 0 {
					ss = s
				} else if i < first {
					break
				}
				if i > 0 && text[ss-1] == '(' {
					ss--
				}
				ee := gs[j-1].end
				if j < len(gs) && ee < len(text) && text[ee] == ')' {
					continue
				}
				if k, ok := classifyNumber(text, ss, ee); ok {
					out = append(out, candidate{kind: k, start: ss, end: ee})
					i = j
					found = true
					break
				}
			}
			if !found {
				i++
			}
		}
	})
	return out
}

// numberBoundary reports whether a number run stands on its own: not in the
// middle of a word, a decimal, a date or a longer number.
func numberBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == ',' || r == '£' || r == '$' || r == '€' ||
			(r == '.' || r == '-') && s > 1 && isDigitByte(text[s-2]) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '@' || r == '%' ||
			(r == '.' || r == ',' || r == ':') && e+1 < len(text) && isDigitByte(text[e+1]) {
			return false
		}
	}
	return true
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// splitGroups returns the digit groups of a number run.
func splitGroups(raw string) []string {
	return strings.FieldsFunc(raw, func(r rune) bool { return r < '0' || r > '9' })
}

func classifyNumber(text string, s, e int) (Kind, bool) {
	raw := text[s:e]
	d := digitsOf(raw)
	gs := splitGroups(raw)
	plus := strings.HasPrefix(raw, "+")
	paren := strings.Contains(raw, "(")
	// NHS numbers: 3-3-4 or ten digits, mod-11 valid.
	if len(d) == 10 && !plus && !paren && (len(gs) == 1 || (len(gs) == 3 && len(gs[0]) == 3 && len(gs[1]) == 3 && len(gs[2]) == 4)) && validNHS(d) {
		if nhsCue(text, s) {
			return ID, true
		}
		usStyle := strings.ContainsAny(raw, "-.") // dashes or dots: a US phone style
		if d[0] != '0' && !usStyle {
			return ID, true
		}
	}
	// US SSN ddd-dd-dddd.
	if len(gs) == 3 && len(gs[0]) == 3 && len(gs[1]) == 2 && len(gs[2]) == 4 && strings.Count(raw, "-") == 2 && !plus && !paren {
		if gs[0] != "000" && gs[0] != "666" && gs[1] != "00" && gs[2] != "0000" {
			return ID, true
		}
		return "", false
	}
	if phoneShape(d, gs, plus) {
		return Phone, true
	}
	return "", false
}

// phoneShape reports whether a number run is a UK, US or international
// phone number.
func phoneShape(d string, gs []string, plus bool) bool {
	if len(gs) == 0 || len(gs) > 6 {
		return false
	}
	if plus {
		switch {
		case strings.HasPrefix(d, "44"):
			rest := strings.TrimPrefix(strings.TrimPrefix(d, "44"), "0")
			return (len(rest) == 9 || len(rest) == 10) && rest[0] != '0'
		case strings.HasPrefix(d, "1") && len(gs[0]) == 1:
			rest := d[1:]
			return len(rest) == 10 && rest[0] >= '2' && rest[3] >= '2'
		}
		return len(d) >= 8 && len(d) <= 15
	}
	for i, g := range gs {
		// "3 4 5", "1 2 3": single digits only as a US leading 1.
		if len(g) < 2 && !(i == 0 && g == "1" && len(d) == 11) {
			return false
		}
	}
	// UK national: 0 then 9 or 10 digits (07700 900123, 020 7946 0958).
	if d[0] == '0' && d[1] != '0' && (len(d) == 10 || len(d) == 11) {
		return true
	}
	// US: [1] NXX NXX XXXX in 3-3-4 groups, (NXX) NXX-XXXX, or ten digits.
	g := gs
	us := d
	if len(d) == 11 && d[0] == '1' {
		us = d[1:]
		if g[0] == "1" {
			g = g[1:]
		} else if len(g[0]) != 11 {
			return false
		}
	}
	if len(us) != 10 || us[0] < '2' || us[3] < '2' {
		return false
	}
	return len(g) == 1 || (len(g) == 3 && len(g[0]) == 3 && len(g[1]) == 3 && len(g[2]) == 4)
}

// findDates finds full dates (day, month and year).
func findDates(text string, wins []span) []candidate {
	var out []candidate
	dayOK := func(m []int) {
		if day, _ := strconv.Atoi(text[m[2]:m[3]]); day >= 1 && day <= 31 {
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
		}
	}
	eachMatch(dateDMY, text, wins, dayOK)
	eachMatch(dateMDY, text, wins, dayOK)
	eachMatch(dateNum, text, wins, func(m []int) {
		a, _ := strconv.Atoi(text[m[2]:m[3]])
		b, _ := strconv.Atoi(text[m[6]:m[7]])
		sep1, sep2 := text[m[4]:m[5]], text[m[8]:m[9]]
		year := text[m[10]:m[11]]
		if sep1 != sep2 {
			return
		}
		if len(year) == 2 && sep1 != "/" {
			return
		}
		if len(year) == 4 && !(strings.HasPrefix(year, "19") || strings.HasPrefix(year, "20")) {
			return
		}
		if !((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31)) {
			return
		}
		// Not part of a longer number run ("1.2.2024.5", a phone).
		if m[1] < len(text) && (text[m[1]] == '/' || text[m[1]] == '-' || (text[m[1]] == '.' && m[1]+1 < len(text) && isDigitByte(text[m[1]+1]))) {
			return
		}
		out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
	})
	eachMatch(dateISO, text, wins, func(m []int) {
		mo, _ := strconv.Atoi(text[m[6]:m[7]])
		day, _ := strconv.Atoi(text[m[10]:m[11]])
		if text[m[4]:m[5]] != text[m[8]:m[9]] || mo < 1 || mo > 12 || day < 1 || day > 31 {
			return
		}
		out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
	})
	return out
}
