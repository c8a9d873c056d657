package redact

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Numbers and dates as people say them in an interview: "oh seven seven
// double two nine...", "six two six, oh one eight...", "the ninth of
// April". The written forms are in patterns.go.

// spokenDigits are the words said for one digit of a phone or reference
// number.
var spokenDigits = map[string]byte{
	"oh": '0', "o": '0', "zero": '0', "nought": '0',
	"one": '1', "two": '2', "three": '3', "four": '4', "five": '5',
	"six": '6', "seven": '7', "eight": '8', "nine": '9',
}

// spokenRepeat are the words that say the next digit more than once.
var spokenRepeat = map[string]int{"double": 2, "triple": 3, "treble": 3}

// monthWords are the month names and their abbreviations, lower case:
// where a date with a month name may be. "May" and "March" start a date
// only capitalised: lower case they are mostly verbs, and far too common
// to look around each.
var monthWords = setOf(`january february april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`)

// idCues, shortly before a number, make it a personal reference number
// rather than a count or a dose. ("NHS" alone is too common in these
// interviews to be one; nhsCue looks for it just before a number.) They are looked for in lower case, up to
// idCueReach bytes back, across sentence ends, since people say "my
// hospital number... hang on... K 774 0192".
var idCues = []string{
	"nhs number", "nhs no", "hospital number", "hospital no", "mrn", "medical record", "record number", "patient id",
	"patient number", "reference", "ref no", "ref number", "case number", "unit number", "member id",
	"chi number", "health and care number", "national insurance", "ni number", "social security",
	"ssn", "insurance number", "client number", "claim number", "home office", "passport number",
	"my number is", "membership number", "account number",
	// Schemes other than health: benefits, the forces, other countries.
	"service number", "pps number", "pps no.", "claim no.", "policy number",
	"licence number", "license number", "medicaid", "medicare", "benefit number", "customer number",
	"member number", "id number", "tax number", "on the letter as", "case ref", "complaint number", "national id",
	// A number read off a card.
	"card said", "card says", "card number", "card no", "on the card", "on my card", "on her card", "on his card",
	"health card is", "health card was", "insurance card is", "id card is", "case was", "case is",
	"id card,", "identity card", "upn", "unique pupil",
	// A patient's number of a national health service: Portugal's.
	"utente", "my identifier", "employee number", "ficha is", "expediente",
	// A Spanish-speaking hospital's record.
	"historia clínica", "historia clinica",
	// French Polynesia's social security number (numéro DN).
	" dn number", " dn is", "my dn",
	// Turkey's identity card; a Georgian displaced person's card.
	"kimlik", "idp card",
	// Romania's and Moldova's identity card, by its series and number.
	"buletin is", "buletin was", "buletin,", "buletinul",
	// Licences, passports and certificates, with their series before the
	// number ("driving licence PA 412 776", "the certificate, AB 047219").
	"driving licence", "driving license", "driver's licence", "driver's license", "passport", "certificate",
	// An Italian office's protocol number, given to an application ("the
	// protocol is", said of a regimen as often, is protocolSaidRE's).
	"protocol number", "protocollo", "prot. n",
}

// protocolSaidRE is "the protocol is" or "was" said just before a
// reference written with its year or office ("the protocol is
// 7714/2024"). Farther off it is no ID cue: a clinic's protocol is as
// often a regimen ("the protocol was 21 days of 150 mg, then 150000 IU").
var protocolSaidRE = lazyRE(`(?i)\bprotocol[ \t]+(?:is|was)[ \t:,]*$`)

const idCueReach = 160

// quantityBeforeNumber before "number" make it a quantity: "a big number",
// "out of that number", "the number 250000".
var quantityBeforeNumber = setOf(`a an the that this big high low large small huge same any what which of total whole`)

// phoneOwnerWords before "number" make it a phone's: "my number", "her
// mobile number".
var phoneOwnerWords = setOf(`my your his her our their phone mobile cell contact home work office landline whatsapp telephone`)

// idCue reports whether one of idCues stands in the idCueReach bytes
// before s.
func idCue(text string, s int) bool {
	from := s - idCueReach
	if from < 0 {
		from = 0
	}
	before := asciiLower(text[from:s])
	// "Number 0001 8823 4410 7": the word itself, just before.
	w := strings.TrimRight(before, " \t:,")
	verb := false
	if v := numberVerbRE().FindStringIndex(w); v != nil && !notLineWordsRE().MatchString(w[max(0, v[0]-30):v[0]]) {
		w, verb = w[:v[0]], true // "My exam number's 114387"; not a lock's or a shirt's ("My bike lock number's 24 36 12")
	}
	if strings.HasSuffix(w, "number") || strings.HasSuffix(w, " nr.") {
		f := strings.Fields(w)
		// With its verb "number" is as often a count said ("the real
		// number was 150000", "the death number was 150000"): there an
		// adjective of a count or a phone's, or a round number, is no
		// reference's.
		counted := verb && len(f) >= 2 && (countOrPhoneAdjectives[f[len(f)-2]] || roundNumberAt(text, s))
		if len(f) < 2 || !phoneOwnerWords[f[len(f)-2]] && !quantityBeforeNumber[f[len(f)-2]] && !counted {
			return true // not "my number" (a phone's), nor "a big number, 150000"
		}
	}
	for _, c := range idCues {
		if strings.Contains(before, c) {
			return true
		}
	}
	return false
}

// numberVerbRE is the verb after "number" that says what it is: "is",
// "was", "'s".
var numberVerbRE = lazyRE(`(?:[ \t]+(?:is|was)|['’]s)$`)

// countOrPhoneAdjectives before "number" and its verb say a count ("the
// official number was 183462 cases", "our lucky number was 777777") or a
// phone ("my new number is 2125550143"), not a reference.
var countOrPhoneAdjectives = setOf(`real actual true exact official final estimated rough approximate average overall
target magic lucky winning death new old current other`)

// roundNumberAt reports whether the digits at s end in three noughts, as
// counts and sums do ("150000") and references seldom.
func roundNumberAt(text string, s int) bool {
	e := digitRunEnd(text, s)
	return e-s >= 4 && strings.HasSuffix(text[s:e], "000")
}

// idCueRightBefore reports whether one of idCues ends just before byte s,
// but for a colon, a comma or spaces ("utente 372 905 118", "a claim
// number, 22.04815.3"): a number said straight
// after the scheme's name is its number, even grouped in threes as a
// count would be.
func idCueRightBefore(text string, s int) bool {
	before := strings.TrimRight(asciiLower(text[max(0, s-24):s]), " \t:,—–")
	for _, c := range idCues {
		if strings.HasSuffix(before, c) && (len(before) == len(c) || !isASCIILetter(before[len(before)-len(c)-1])) {
			return true
		}
	}
	return false
}

// monthTriggers returns the starts of the words that name a month.
func monthTriggers(text string) []int {
	var at []int
	var buf [9]byte
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if n := j - i; n >= 3 && n <= len(buf) {
			for k := 0; k < n; k++ {
				buf[k] = text[i+k] | 0x20
			}
			if key := string(buf[:n]); monthWords[key] || (key == "may" || key == "march") && text[i] == key[0]-0x20 {
				at = append(at, i)
			}
		}
		i = j
	}
	return at
}

// spokenTok is one word or digit run of a number said aloud.
type spokenTok struct {
	start, end int
	digits     string // the digits it stands for ("" for "double")
	repeat     int    // for "double" and "triple"
	word       bool   // said in words, not written in digits
	tens       bool   // "twenty" to "ninety": a unit after it is its second digit
	teen       bool   // "ten" to "nineteen"
	hundred    bool   // "hundred": the digit before it is a group's first
}

// minSaidAgain is how many digits a number said aloud must hold for a
// second reading of it to be taken for the same number.
const minSaidAgain = 7

// findSpokenNumbers finds phone and reference numbers said in words, or in
// words and digits mixed: runs of digit words ("oh", "seven", "double
// two") and digit groups, joined by spaces, commas or dashes only. A run
// written in digits alone is left to findNumbers.
func findSpokenNumbers(text string) []candidate {
	var out []candidate
	var run []spokenTok
	said := map[string]Kind{} // the digits of each number found, and its kind
	flush := func() {
		if len(run) == 0 {
			return
		}
		digits := readSpoken(text, run).digits
		if c, ok := classifySpoken(text, run); ok {
			if c.kind == ID {
				c.end = spokenLettersAfter(text, c.end)
			}
			out = append(out, c)
			said[digits] = c.kind
			if s, e, ok := writtenTwin(text, c.start, c.end, digits); ok {
				out = append(out, candidate{kind: c.kind, start: s, end: e})
			}
		} else if k, ok := said[digits]; ok && len(digits) >= minSaidAgain {
			// The same number read again in other groups ("six-three-nine,
			// forty-one, … — or the other way — six three nine, four one
			// two, …"), with no cue of its own.
			out = append(out, candidate{kind: k, start: run[0].start, end: run[len(run)-1].end})
		}
		run = run[:0]
	}
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) && !isDigitByte(text[i]) {
			i++
			continue
		}
		t, ok := spokenToken(text, i)
		if !ok && len(run) > 0 && saidSeparator(text[t.start:t.end]) && spokenGap(text[run[len(run)-1].end:t.start]) {
			// "three eight four, dash, six two": the separator said as a
			// word joins the groups as a written dash would.
			i = t.end
			continue
		}
		if !ok {
			flush()
			i = t.end
			continue
		}
		if n := len(run); n > 0 && (!joinsGroups(text[run[n-1].end:t.start]) || saidAgainAfter(text, run, t)) {
			flush()
		}
		run = append(run, t)
		i = t.end
	}
	flush()
	return out
}

// saidAgainAfter reports whether the number from token t on, after a dash,
// says the digits of run again the other way, in words after digits or
// digits after words ("oh four one two — 778-889-0412"): two numbers, not
// one run of both. Words and digits of one number ("oh seven nine one two
// — 345 678") stay one run.
func saidAgainAfter(text string, run []spokenTok, t spokenTok) bool {
	last := run[len(run)-1]
	if g := text[last.end:t.start]; last.word == t.word || !strings.ContainsAny(g, "—–") && !strings.Contains(g, " - ") && !strings.Contains(g, "--") {
		return false
	}
	ahead := []spokenTok{t}
	for i := t.end; i < len(text); {
		if !isASCIILetter(text[i]) && !isDigitByte(text[i]) {
			i++
			continue
		}
		n, ok := spokenToken(text, i)
		if !ok || n.word != t.word || !spokenGap(text[ahead[len(ahead)-1].end:n.start]) {
			break
		}
		ahead, i = append(ahead, n), n.end
	}
	return readSpoken(text, run).digits == readSpoken(text, ahead).digits
}

// saidSeparator reports whether w is a separator said as a word between
// the groups of a number.
func saidSeparator(w string) bool {
	return strings.EqualFold(w, "dash") || strings.EqualFold(w, "slash") || strings.EqualFold(w, "hyphen")
}

// joinsGroups reports whether g, between two words of a number said
// aloud, keeps them in one number: spaces, commas or dashes (spokenGap),
// or a separator said as a word with those about it (", dash, ").
func joinsGroups(g string) bool {
	if spokenGap(g) {
		return true
	}
	f := strings.FieldsFunc(g, func(r rune) bool { return r == ' ' || r == ',' || r == '\u00a0' })
	if len(f) != 1 || !saidSeparator(f[0]) {
		return false
	}
	k := strings.Index(g, f[0])
	return spokenGap(g[:k]) && spokenGap(g[k+len(f[0]):])
}

// spokenToken reads the word or digit run at i; ok reports whether it is
// part of a number said aloud. The token's end is set either way.
func spokenToken(text string, i int) (spokenTok, bool) {
	j := i
	letters, digits := false, false
	for j < len(text) && (isASCIILetter(text[j]) || isDigitByte(text[j])) {
		letters = letters || isASCIILetter(text[j])
		digits = digits || isDigitByte(text[j])
		j++
	}
	t := spokenTok{start: i, end: j}
	if letters && digits || j-i > 11 {
		return t, false
	}
	// Not a piece of a longer word ("café", "naïve").
	if r, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && r >= utf8.RuneSelf && unicode.IsLetter(r) {
		return t, false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && r >= utf8.RuneSelf && unicode.IsLetter(r) {
		return t, false
	}
	if digits {
		t.digits = text[i:j]
		return t, true
	}
	if j-i > 9 { // "seventeen" is the longest word of a number said aloud
		return t, false
	}
	key := asciiLower(text[i:j])
	if d, ok := spokenDigits[key]; ok {
		t.digits, t.word = string(d), true
		return t, true
	}
	if n, ok := spokenRepeat[key]; ok {
		t.repeat, t.word = n, true
		return t, true
	}
	// "twenty-two", "eighty-four", "thirty": two digits, the hyphened
	// unit joined below (the unit is a token of its own). Not "ten" to
	// "nineteen", which end counts ("seven, eight, nine, ten").
	if d, ok := twoDigitWord(key); ok {
		t.digits, t.word, t.tens, t.teen = d, true, d[0] >= '2', d[0] == '1'
		return t, true
	}
	if key == "hundred" {
		t.word, t.hundred = true, true
		return t, true
	}
	return t, false
}

// spokenGap reports whether the text between two tokens keeps them in one
// number: spaces, commas, hyphens and dashes, on one line.
func spokenGap(g string) bool {
	if len(g) == 0 || len(g) > 6 {
		return len(g) == 0
	}
	for _, r := range g {
		switch r {
		case ' ', ',', '-', '–', '—', '\u00a0':
		default:
			return false
		}
	}
	return strings.Count(g, ",") <= 1
}

// classifySpoken decides whether a run of spoken digits is a phone number
// (by its shape) or a reference number (by a cue before it). A leading
// "oh" may be a sigh ("Oh, oh seven seven..."), so the run is tried
// without its first word too; and a number said after it ("..., eleven is
// best") without its last.
func classifySpoken(text string, run []spokenTok) (candidate, bool) {
	for k := 0; k < 2 && k < len(run); k++ {
		r := run[k:]
		// A "double" with nothing after it belongs to the sentence.
		for len(r) > 0 && r[len(r)-1].repeat > 0 {
			r = r[:len(r)-1]
		}
		if len(r) == 0 {
			return candidate{}, false
		}
		if c, ok := judgeSpoken(text, r); ok {
			if k == 1 && text[run[0].end:run[1].start] == "-" {
				c.start = run[0].start // "sixty-eight, …", "six-six-six, …": a word joined to the number is of it
			}
			return c, true
		}
		if n := len(r); n > 1 && (r[n-1].teen || r[n-1].tens) && strings.Contains(text[r[n-2].end:r[n-1].start], ",") {
			if c, ok := judgeSpoken(text, r[:n-1]); ok {
				return c, true
			}
		}
	}
	return candidate{}, false
}

// spokenRead is a run of spoken digits read: its digits, its groups (as
// commas part them), and which kinds of word it holds.
type spokenRead struct {
	digits                string
	groups                []string
	words                 int
	tens, teens, hundreds bool
	roundHundreds         int // groups said as "N hundred"
}

func readSpoken(text string, r []spokenTok) spokenRead {
	var sr spokenRead
	var g strings.Builder
	rep := 1
	for i := 0; i < len(r); i++ {
		t := r[i]
		if t.word {
			sr.words++
		}
		sr.tens, sr.teens, sr.hundreds = sr.tens || t.tens, sr.teens || t.teen, sr.hundreds || t.hundred
		switch {
		case t.repeat > 0:
			rep = t.repeat
		case t.hundred:
			tail := hundredTail(text, r, i)
			if tail == "00" {
				sr.roundHundreds++
			}
			g.WriteString(tail)
		default:
			digits := t.digits
			if t.tens && i+1 < len(r) && r[i+1].word && len(r[i+1].digits) == 1 && r[i+1].digits != "0" && text[t.end:r[i+1].start] == "-" {
				digits = digits[:1] + r[i+1].digits // "twenty-two"
				i++
			}
			g.WriteString(strings.Repeat(digits, rep))
			rep = 1
		}
		if i+1 == len(r) || strings.Contains(text[r[i].end:r[i+1].start], ",") {
			if g.Len() > 0 {
				sr.groups = append(sr.groups, g.String())
			}
			g.Reset()
		}
	}
	sr.digits = strings.Join(sr.groups, "")
	return sr
}

// evenSteps reports whether groups of digits go up or down by one step:
// a scale or a count ("zero five, ten, fifteen, twenty").
func evenSteps(groups []string) bool {
	vs := make([]int, len(groups))
	for i, g := range groups {
		vs[i], _ = strconv.Atoi(g)
	}
	for i := 2; i < len(vs); i++ {
		if vs[i]-vs[i-1] != vs[1]-vs[0] {
			return false
		}
	}
	return true
}

// counting reports whether groups of two digits said in tens or teens
// count up ("twelve, fourteen, seventeen, twenty"; "twenty-one,
// twenty-two, twenty-three") or round hundreds are listed ("three
// hundred, four hundred"): ages, amounts or a count, not a number's
// digits.
func (sr spokenRead) counting() bool {
	if sr.roundHundreds >= 2 {
		return true
	}
	if !(sr.tens || sr.teens || sr.hundreds) || len(sr.groups) < 3 {
		return false
	}
	for _, g := range sr.groups {
		if len(g) > 2 {
			return false // "oh eight seven, nine one four, twenty-two sixty-three"
		}
	}
	if g := sr.groups[0]; len(g) == 2 && g[0] == '0' && g[1] != '0' && !evenSteps(sr.groups) {
		return false // "zero six, twelve, forty-five, …": a number read in pairs, not "zero five, ten, fifteen"
	}
	for i := 1; i < len(sr.groups); i++ {
		a, _ := strconv.Atoi(sr.groups[i-1])
		b, _ := strconv.Atoi(sr.groups[i])
		if b <= a {
			return false
		}
	}
	return true
}

// monthDayBeforeRE is a month and a day said before a year: "March 3, ".
var monthDayBeforeRE = lazyRE(`(?i)\b` + monthName + `[ \t]+\d{1,2},?[ \t]+$`)

// spokenLettersRE is one to three letters said one by one after a number
// read in words, ending the clause: an Irish PPS number's ("… four six W
// A."), a British National Insurance number's letter.
var spokenLettersRE = lazyRE(`^(?:,?[ \t\x{00A0}]+[A-Z]\b){1,3}[ \t\x{00A0}]*(?:[.,;:!?)—–]|$)`)

// spokenLettersAfter returns where an ID read in words ends, its letters
// after it included (not "I" alone, a pronoun: "… four six, I think").
func spokenLettersAfter(text string, e int) int {
	m := spokenLettersRE().FindStringIndex(text[e:])
	if m == nil {
		return e
	}
	letters := strings.TrimRight(text[e:e+m[1]], " \t\u00a0.,;:!?)—–")
	if strings.TrimLeft(letters, ", \t\u00a0") == "I" {
		return e
	}
	return e + len(letters)
}

// judgeSpoken classifies one run of spoken digits, or says it is none.
func judgeSpoken(text string, r []spokenTok) (candidate, bool) {
	sr := readSpoken(text, r)
	d := sr.digits
	if islandLineSaid(text, r, sr) {
		return candidate{kind: Phone, start: r[0].start, end: r[len(r)-1].end}, true
	}
	if sr.words < 2 || len(d) < 6 || len(d) > 15 || r[0].hundred || sr.counting() {
		return candidate{}, false
	}
	// "ten" to "nineteen" end counts ("seven, eight, nine, ten"); in
	// a number said in pairs or hundreds they are its digits.
	if sr.teens && !sr.tens && !sr.hundreds {
		return candidate{}, false
	}
	s, e := r[0].start, r[len(r)-1].end
	if monthBeforeRE().MatchString(text[max(0, s-12):s]) || monthDayBeforeRE().MatchString(text[max(0, s-16):s]) {
		return candidate{}, false // "March 3, 2023, three hundred KD": a date, then an amount
	}
	plus := false
	if p := strings.TrimRight(text[:s], " "); strings.HasSuffix(asciiLower(p[max(0, len(p)-4):]), "plus") {
		s, plus = len(p)-4, true
	} else if strings.HasPrefix(d, "0044") || strings.HasPrefix(d, "001") {
		// "double-oh four four": the international prefix. (Other
		// countries' codes only after "plus": "Oh, oh two oh..." is a
		// sigh and a London number.)
		d, plus = d[2:], true
	}
	switch {
	case len(d) == 10 && !plus && nhsCue(text, s):
		return candidate{kind: ID, start: s, end: e}, true
	case phoneShape(d, []string{d}, plus):
		return candidate{kind: Phone, start: s, end: e}, true
	case !plus && d[0] == '0' && d[1] != '0' && len(d) >= 9 && len(d) <= 12:
		// Said aloud, a digit is easily dropped or doubled; a long
		// run from "oh" or "zero" is a phone number all the same.
		return candidate{kind: Phone, start: s, end: e}, true
	case !plus && idCue(text, s):
		return candidate{kind: ID, start: s, end: e}, true
	case !plus && len(d) >= 7 && len(d) <= 11 && (phoneSaidBefore(text, s) || phoneNamedAfter(text, e) || oneByOne(sr) && phoneAskNamedRE().MatchString(text[max(0, s-30):s])):
		// A local number after a phone's cue ("my QCell one, it's
		// seven three one, twenty-two, eighty-four"; "Call me,
		// six-two-three, four-four-one-eight"), or a mobile with its
		// area code, eleven digits as Brazil's and Russia's are ("her
		// mobile, ninety-four, nine nine two three one, oh eight seven
		// six").
		return candidate{kind: Phone, start: s, end: e}, true
	case !plus && (!sr.tens || len(d) >= 8) && numberCueBefore(text, s):
		// With tens, only when long (and not counting up): "a friend
		// of mine, she was twenty, thirty, forty" is ages.
		return candidate{kind: ID, start: s, end: e}, true
	case !plus && pairedPhone(sr):
		// Four pairs or more, said as tens, going neither only up nor
		// only down: a phone read in pairs, as in French-speaking
		// countries ("Ninety, fifty-three, oh seven, sixty-four").
		return candidate{kind: Phone, start: s, end: e}, true
	case !plus && len(sr.groups) == 2 && len(sr.groups[0]) == 4 && len(sr.groups[1]) == 4 && !sr.tens && !sr.teens && !sr.hundreds && !counting(d):
		// Two fours said digit by digit: an eight-digit phone, as
		// Guatemala's and Singapore's are ("three one zero two, eight
		// nine four six"); not counting ("one two three four, five six
		// seven eight").
		return candidate{kind: Phone, start: s, end: e}, true
	case !plus && ssnGroups(sr.groups):
		// Three digits, two and four, as a US Social Security number is
		// grouped: "three eight four, dash, six two, dash, one one nine
		// zero".
		return candidate{kind: ID, start: s, end: e}, true
	case !plus && d[0] != '0' && len(d) >= 10 && !sr.tens && !sr.teens && !sr.hundreds && longestGroup(sr.groups) >= 3:
		// Ten digits or more said one by one, in groups, not from "oh" (a
		// phone, or a sigh before one), are no count, age or amount,
		// whatever is said around them: "eight-five-zero-three-one-two,
		// oh-eight, five-five-two-one" (a Malaysian identity card).
		return candidate{kind: ID, start: s, end: e}, true
	case len(d) >= 7 && writtenNear(text, s, e, d):
		// The same number written in digits close by: "It's 618 145
		// 2290. Well, we say it like, six-eighteen, one forty-five,
		// twenty-two ninety."
		return candidate{kind: ID, start: s, end: e}, true
	case !plus && len(d) >= 7 && len(d) <= 11 && saidInWords(r) && len(sr.groups) >= 2 && longestGroup(sr.groups) >= 3 && !sr.hundreds &&
		len(sr.groups[0]) >= 2 && (oneByOne(sr) || len(sr.groups) >= 3) && !counting(d) && letterBeforeNumber(text, s) == s &&
		!countOrCodeAfterRE().MatchString(text[e:min(len(text), e+24)]) && !listNounBeforeRE().MatchString(sentenceTail(text, s, 60)):
		// Seven digits or more read in words in groups, one of three
		// digits or more, with no cue at all ("nine one two, four four
		// seven, three zero eight"): a phone, as people read one out; no
		// count, age or amount is said so, and a list of rooms, pages or
		// readings is named before it ("Rooms two one four, two one five,
		// two one six").
		return candidate{kind: Phone, start: s, end: e}, true
	}
	return candidate{}, false
}

// islandLineSaid reports whether a number said aloud is a small island's
// line of four or five digits, said one by one right after a phone's noun
// ("Or my mobile, five four one nine oh", "Mine's the landline, four one
// two seven."): digits said so are no count or amount, unless they count
// up or down, are all one digit, or a count's noun after them says so;
// four must end the sentence, be no year, and follow no PIN's or code's
// word.
func islandLineSaid(text string, r []spokenTok, sr spokenRead) bool {
	n := len(sr.digits)
	if n != 4 && n != 5 || sr.words != n || !oneByOne(sr) || counting(sr.digits) || strings.Count(sr.digits, sr.digits[:1]) == n {
		return false
	}
	s, e := r[0].start, r[len(r)-1].end
	if !phoneNounRightBeforeRE().MatchString(text[max(0, s-24):s]) {
		return false
	}
	if n == 4 && (isYear(sr.digits) || !sentenceEndsAt(text, e) || codeWordBeforeRE().MatchString(text[max(0, s-48):s])) {
		return false // "the phone, two oh one nine, still works", "my PIN for the mobile, seven three one nine"
	}
	return !countOrCodeAfterRE().MatchString(text[e:min(len(text), e+24)])
}

// phoneNamedAfterRE names the number said just before as a phone: ",
// it's her landline", "— that's his mobile" (group 1 the word after).
var phoneNamedAfterRE = lazyRE(`(?i)^[ \t]*[,—–-]?[ \t]*(?:it['’]s|that['’]s|it[ \t]+is|that[ \t]+is)[ \t]+(?:her|his|my|their|our|the)[ \t]+(?:` + phoneNouns + `)\b[ \t]*(\pL*)`)

// phoneNamedAfter reports whether the number said up to e is named a
// phone just after it, and not a phone's PIN or code ("…, that's my phone
// PIN").
func phoneNamedAfter(text string, e int) bool {
	m := phoneNamedAfterRE().FindStringSubmatch(text[e:min(len(text), e+48)])
	return m != nil && !codeWords[strings.ToLower(m[1])]
}

// codeWords are what a phone's noun names when it is followed by one.
var codeWords = setOf(`pin code passcode password lock unlock`)

// phoneAskNamedRE is a number asked to be rung by a name: "ring Waisale,",
// "call Tevita on". It counts only for digits said one by one: "ring Mum,
// twenty nineteen, twenty twenty" are years.
var phoneAskNamedRE = lazyRE(`\b(?i:call|ring|text|phone|whatsapp)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+on)?[ \t]*[,:]?[ \t]*$`)

// oneByOne reports whether a number was said digit by digit, with no
// tens, teens or hundreds.
func oneByOne(sr spokenRead) bool { return !sr.tens && !sr.teens && !sr.hundreds }

// listNounBeforeRE names, in the sentence before numbers read out, what
// they list when that is no phone: rooms, flights, pages, readings; and
// "were", which a phone is not said after ("the scores were …").
var listNounBeforeRE = lazyRE(`(?i)\b(?:rooms?|wards?|beds?|flights?|bus(?:es)?|pages?|readings?|scores?|channels?|routes?|sugars?|glucose|pressures?|weights?|levels?|temperatures?|results?|marks?|grades?|tables?|seats?|platforms?|gates?|lines?|verses?|chapters?|were)\b`)

// saidInWords reports whether every token of a run is said in words,
// none written in digits.
func saidInWords(r []spokenTok) bool {
	return !slices.ContainsFunc(r, func(t spokenTok) bool { return !t.word })
}

// codeWordBeforeRE is a code's word before digits said after a phone's
// noun: they unlock it.
var codeWordBeforeRE = lazyRE(`(?i)\b(?:pin|code|passcode|password|unlock)\b[^.!?]*$`)

// countOrCodeAfterRE is a count's or a code's noun soon after a number,
// which makes it that: "six two eight oh five steps", "…, is the PIN".
var countOrCodeAfterRE = lazyRE(`(?i)^[^.!?;]{0,16}\b(?:steps?|scores?|pin|code|order|times|pounds|points|readings?|app|year|born|birthday|password|passcode|extension|ages)\b`)

// phoneNounRightBeforeRE is a phone's noun just before its number, with a
// comma, "is" or "it's" between or not: "my mobile, ", "the cell is ".
var phoneNounRightBeforeRE = lazyRE(`(?i)\b(?:` + phoneNouns + `)(?:[ \t]*,)?(?:[ \t]+(?:is|was|it['’]s))?[ \t]*[,:]?[ \t]*$`)

// pairedPhone reports whether a number said aloud is four pairs or more,
// some said as tens, that go neither only up nor only down.
func pairedPhone(sr spokenRead) bool {
	if len(sr.groups) < 4 || !sr.tens {
		return false
	}
	vs := make([]int, len(sr.groups))
	for i, g := range sr.groups {
		if len(g) != 2 {
			return false
		}
		vs[i], _ = strconv.Atoi(g)
	}
	return !monotonic(vs)
}

// ssnGroups reports whether groups are shaped as a US Social Security
// number's: three digits, two and four.
func ssnGroups(groups []string) bool {
	return len(groups) == 3 && len(groups[0]) == 3 && len(groups[1]) == 2 && len(groups[2]) == 4
}

// longestGroup returns the length of the longest group.
func longestGroup(groups []string) int {
	n := 0
	for _, g := range groups {
		n = max(n, len(g))
	}
	return n
}

// writtenNear reports whether the digits d, said in words at text[s:e],
// are also written in digits within a few sentences before or after, as
// the whole or the end of a number ("+244 923 456 781", then "nine-two-
// three, four-five-six, seven-eight-one").
func writtenNear(text string, s, e int, d string) bool {
	_, _, ok := writtenTwin(text, s, e, d)
	return ok
}

// writtenTwin returns where the digits d, said in words at text[s:e], are
// written in digits within a few sentences before or after: the same
// number, which is an identifier too ("Everybody has it. It's 618 145
// 2290."), whatever cue it lacks.
func writtenTwin(text string, s, e int, d string) (int, int, bool) {
	if len(d) < 7 {
		return 0, 0, false
	}
	from, to := max(0, s-300), min(len(text), e+300)
	for _, m := range numberRE().FindAllStringIndex(text[from:to], -1) {
		raw := text[from+m[0] : from+m[1]]
		if w := digitsOf(raw); len(w) >= 7 && (strings.HasSuffix(w, d) || strings.HasSuffix(d, w)) && !amountOrDate(raw, w) {
			return from + m[0], from + m[1], true
		}
	}
	return 0, 0, false
}

// amountOrDate reports whether a written number (its digits w) is an
// amount, a date or years rather than an identifier: "1 950 000",
// "04.11.2019", "1998-1999".
func amountOrDate(raw, w string) bool {
	if strings.HasSuffix(w, "000") || wholeMatch(dateNum(), raw) || wholeMatch(dateISO(), raw) {
		return true
	}
	gs := splitGroups(raw)
	return len(gs) == 2 && isYear(gs[0]) && isYear(gs[1])
}

// hundredTail returns the digits "hundred" (token i of r) adds: none when
// tens or a teen follow it straight ("three hundred thirty-one": 331), "0"
// before a unit ("nine hundred five": 905), "00" when the group ends there
// ("nine hundred, eight three two").
func hundredTail(text string, r []spokenTok, i int) string {
	if i+1 == len(r) || strings.Contains(text[r[i].end:r[i+1].start], ",") {
		return "00"
	}
	switch n := r[i+1]; {
	case n.tens || n.teen:
		return ""
	case n.word && len(n.digits) == 1:
		return "0"
	}
	return "00"
}

// phoneWordRE is a word that makes the number after it a phone's, and
// nothing else's (unlike "number"): "my QCell one, it's...".
var phoneWordRE = lazyRE(`(?i)\b(?:` + phoneNouns + `|` + carriers + `)\b`)

// phoneNouns are the words that name a phone itself.
const phoneNouns = `phone|mobile|cell|whatsapp|landline|tel`

// spokenDigitWord is a digit said as a word, for the patterns below.
const spokenDigitWord = `(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)`

var (
	// A postcode said letter by letter after the word: "postcode is L S
	// six, two A B", "post code LS6 2AB". Group 1 is the postcode.
	spokenPostcodeRE = lazyRE(`(?i:\bpost ?code)(?:'s|’s|\s+is|\s+was)?[,:]?\s+((?:(?:[A-Z]{1,2}|\d{1,2}|(?i:` + spokenDigitWord + `|` + teenWord + `|` + tensWord + `(?:-` + unitWord + `)?)\b)[ ,]*){3,9})`)
	// A National Insurance number said letter by letter: "J T four eight
	// two one nine three B". Group 1 the letters, 2 the digits, 3 the last
	// letter.
	spokenNIRE = lazyRE(`\b([A-Z][ ,.]*[A-Z])[ ,.]+((?:(?:\d+|(?i:` + spokenDigitWord + `))[ ,\-]*){3,12}?)[ ,.]*([A-D])\b`)
	// A house number in digits or words before a street name: "twelve
	// Ashfield Road", "number 9, Carrow Way".
	houseNumberRE = lazyRE(`(?i)\b(?:number\s+)?(?:\d{1,4}[a-z]?|` + underHund + `)(?:\s*,)?\s+$`)
	postcodeWhole = lazyRE(`^` + strings.ReplaceAll(ukPostcode, " ?", "") + `$`)
)

// spokenChars turns tokens said aloud into the characters they stand for
// ("six" is 6, "double two" is 22); ok is false for a word that is none.
func spokenChars(toks []string) (string, bool) {
	var b strings.Builder
	rep := 1
	for _, t := range toks {
		k := strings.ToLower(t)
		if n, ok := spokenRepeat[k]; ok {
			rep = n
			continue
		}
		if d, ok := spokenDigits[k]; ok && (len(t) > 1 || t == "o") {
			t = string(d)
		} else if n, ok := twoDigitWord(k); ok {
			t = n // "B fifteen": a postcode district
		}
		b.WriteString(strings.Repeat(t, rep))
		rep = 1
	}
	return b.String(), rep == 1
}

// findSpokenPostcodes finds postcodes said after the word "postcode", in
// letters, digits and digit words, spaced as people say them.
func findSpokenPostcodes(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(spokenPostcodeRE(), text, wins, func(m []int) {
		toks := strings.FieldsFunc(text[m[2]:m[3]], func(r rune) bool { return r == ' ' || r == ',' })
		// The longest run of tokens that spells a whole postcode.
		for n := len(toks); n >= 3; n-- {
			if s, ok := spokenChars(toks[:n]); ok && postcodeWhole().MatchString(s) {
				end := m[2]
				for _, t := range toks[:n] {
					end = strings.Index(text[end:m[3]], t) + end + len(t)
				}
				out = append(out, candidate{kind: Address, start: m[2], end: end})
				return
			}
		}
	})
	return out
}

// findSpokenNIs finds National Insurance numbers said letter by letter
// after a cue: two letters, six digits, a letter from A to D.
func findSpokenNIs(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(spokenNIRE(), text, wins, func(m []int) {
		toks := strings.FieldsFunc(text[m[4]:m[5]], func(r rune) bool { return r == ' ' || r == ',' || r == '-' })
		d, ok := spokenChars(toks)
		if !ok || len(d) != 6 || digitCount(d) != 6 || !idCue(text, m[0]) {
			return
		}
		out = append(out, candidate{kind: ID, start: m[0], end: m[1]})
	})
	return out
}

// twoDigitWord returns the digits of "ten" to "ninety-nine" said in words.
func twoDigitWord(k string) (string, bool) {
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range teens {
		if k == w {
			return "1" + string(rune('0'+i)), true
		}
	}
	t, u, hyphen := strings.Cut(k, "-")
	for i, w := range tens {
		if t != w {
			continue
		}
		if !hyphen {
			return string(rune('2'+i)) + "0", true
		}
		if d, ok := spokenDigits[u]; ok && d != '0' {
			return string(rune('2'+i)) + string(d), true
		}
	}
	return "", false
}

// phoneSaidBefore reports whether a phone is named or asked for just
// before s: "my phone, ", "call me on ", "my mobile number, ".
func phoneSaidBefore(text string, s int) bool {
	return phoneWordRE().MatchString(text[max(0, s-40):s]) || phoneAskRE().MatchString(text[max(0, s-30):s])
}
