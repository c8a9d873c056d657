package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Addresses take a different shape in every country ("88 Moo 7, Tambon
// Sila, Amphoe Mueang", "Calle 33 # 76-45, apto 502", "Bog'ishamol
// ko'chasi, 27-uy, 14-xonadon"), and no list of street kinds keeps up with
// them. What does not change is how one is said: after the speaker says an
// address is coming ("my address, …", "at her house, …", "send it to …"),
// or as the answer to a question asking for one ("What address should we
// send it to?"). There the words that follow are taken as far as they read
// as an address: parts between commas of capitalised names, numbers and
// words that are no English words, up to the end of the sentence or the
// first part that is ordinary speech.

// addressCueRE is what a speaker says just before giving an address; the
// address starts where it ends.
var addressCueRE = lazyRE(`(?i)\b(?:(?:my|her|his|their|our|your|the|this)(?:[ \t]+\p{L}+(?:['’]s|s['’]))?[ \t]+(?:(?:address(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?\p{L}+)?|house|home|flat|apartment)(?:[ \t]+where[ \t]+\p{L}+[ \t]+\p{L}+)?(?:[ \t]+(?:is|was))?(?:[ \t]+(?:on|at))?|place(?:[ \t]+where[ \t]+\p{L}+[ \t]+\p{L}+)?(?:[ \t]+(?:is|was)(?:[ \t]+(?:on|at))?)?)(?:[ \t]+like[ \t]+this)?|address(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?\p{L}+)?(?:[ \t]+(?:is|was))?(?:[ \t]+like[ \t]+this)?|(?:i|we|she|he|they)[ \t]+(?:live|lives|lived|stay|stays|stayed)[ \t]+(?:at|in)|send(?:[ \t]+(?:it|them|the[ \t]+\p{L}+))?[ \t]+to|mail[ \t]+(?:used[ \t]+to[ \t]+go|goes|went)|(?:is|are|was|were|am|i['’]m|we['’]re|they['’]re|she['’]s|he['’]s|it['’]s)(?:[ \t]+(?:now|still|just))?[ \t]+(?:at|on|in)|it['’]s|moved[ \t]+(?:to|from|into)|went[ \t]+to|(?:by|or|and)[ \t]+post(?:[ \t]+(?:also|too))?(?:[ \t]+is[ \t]+(?:okay|ok|fine))?)[ \t]*[,:—–]?[ \t]+`)

// addressCueWords are what addressCueRE looks for, lower case: a window
// must hold one for the expression to run on it.
var addressCueWords = []string{"address", "house", "home", "flat", "apartment", "place", "live", "stay", "send", "mail", " at ", " on ", " in ", "it's", "it’s", "moved", "went", " post"}

// addressQuestionRE is a question asking where someone lives or where to
// send something, or where a place is, at the end of a turn ("Where do
// you get your medicine?" asks for no address).
var addressQuestionRE = lazyRE(`(?i)\b(?:address(?:es)?|where(?:[ \t]+(?:is|are|was)\b|\b[^?\n]{0,40}\b(?:live|lives|living|lived|stay|stays|staying|reside|house|home|flat|apartment|send|post|mail|deliver|write to|find you|reach you|visit you)|['’]s[ \t]+where)|here is|send\b[^?\n]{0,30}\bto|(?:post|mail)[ \t]+(?:it|them)[ \t]+to|find you|reach you)\b[^?\n]*\?[ \t"”]*$`)

// answerLabelRE is a speaker's label at the start of a turn: "Pranee: ".
var answerLabelRE = lazyRE(`^[ \t]*\p{Lu}[^\n:]{0,40}:[ \t]+`)

// answerOpeners are words an answer may start with before the address:
// "Here, calle Los Cedros 14-32".
var answerOpeners = setOf(`here yes yeah okay ok so sure well oh ah ay um umm uh er erm eh mm hmm`)

// addressPartWords are English words that are parts of addresses: a street's or
// a locator's kind.
var addressPartWords = func() map[string]bool {
	m := setOf(`district village quarter province zone colony estate sector block plot lot house flat unit building apartment floor road street lane avenue drive close way`)
	for _, w := range strings.Split(streetNameSuffix, "|") {
		m[fold(w)] = true
	}
	return m
}()

// notAddressWords are where a person sits, waits or looks rather than
// lives: an answer naming one is a place in a hospital ("Ward 7, Bed 12"),
// a service ("Pharmacy 2", "Bus 42") or a thing ("Form 2").
var notAddressWords = setOf(`ward room bed bay theatre clinic hospital department dept icu pharmacy level lab laboratory station bus form shelf kitchen page line channel fm`)

// findCuedAddresses finds addresses after a speaker's cue and in answers to
// a question asking for one. digits are the offsets of digit runs: an
// address has a number within a few words of its cue.
func findCuedAddresses(text string, digits []int) []candidate {
	g, err := loadGazetteer()
	if err != nil {
		return nil // the detector reported it when it was made
	}
	var out []candidate
	try := func(s int) {
		if e := g.addressFrom(text, s); e > s {
			out = append(out, candidate{kind: Address, start: s, end: e})
		}
	}
	wins := windowsWith(text, windowsAround(text, digits, 100, 4), addressCueWords)
	eachMatch(addressCueRE(), text, wins, func(m []int) { try(m[1]) })
	for _, s := range answersToAddressQuestions(text, digits) {
		try(s)
	}
	return out
}

// answersToAddressQuestions returns where the answers start of turns that
// follow a question asking for an address and hold a number early on.
func answersToAddressQuestions(text string, digits []int) []int {
	var out []int
	k := 0 // the first digit run not before the line being looked at
	prev := ""
	forLines(text, func(ls, le int) {
		line := text[ls:le]
		if strings.TrimSpace(line) == "" {
			return
		}
		for k < len(digits) && digits[k] < ls {
			k++
		}
		if k < len(digits) && digits[k] < min(le, ls+160) && addressQuestionRE().MatchString(prev[max(0, len(prev)-160):]) {
			if m := answerLabelRE().FindStringIndex(line); m != nil {
				out = append(out, skipAnswerOpener(text, ls+m[1]))
			}
		}
		prev = line
	})
	return out
}

// skipAnswerOpener returns where an answer at s says what it answers,
// after a word like "Here," said first.
func skipAnswerOpener(text string, s int) int {
	word, _, found := strings.Cut(text[s:min(len(text), s+8)], ",")
	if found && answerOpeners[strings.ToLower(word)] {
		s += len(word) + 1
		for s < len(text) && (text[s] == ' ' || text[s] == '\t') {
			s++
		}
	}
	return s
}

// addressFrom returns where an address said from s ends, or s when what
// follows does not read as one. It is taken part by part (the parts
// between commas): a part of capitalised names, numbers, words that are
// no English words, and English words said beside a number ("lot 518",
// "8e tranche") is one; a part holding other speech ends the address
// before it. The address must hold a number and name a place, and must
// not be a place in a hospital.
func (g *gazetteer) addressFrom(text string, s int) int {
	limit := min(len(text), s+120)
	end, partEnd := s, s
	pending, prev := false, ""
	for i := s; i < limit; {
		c := text[i]
		if c == '\n' {
			break
		}
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		if c == ',' {
			if pending {
				break
			}
			end, prev = partEnd, ""
			i++
			continue
		}
		j := i
		for j < len(text) && !isSpaceByte(text[j]) && text[j] != ',' {
			j++
		}
		core, stop := addressToken(text, i, j)
		word := strings.TrimLeft(core, `("“‘`)
		ok, digit, waits := g.addressWord(word, prev)
		if !ok || pending && !digit {
			break
		}
		pending, prev = waits, word
		partEnd = i + len(core)
		i = j
		if stop {
			break
		}
	}
	if !pending && partEnd > end && (partEnd == len(text) || strings.ContainsAny(text[partEnd:partEnd+1], ".!?;,\n)")) {
		end = partEnd
	}
	span := text[s:end]
	if fs := strings.Fields(span); end == s || !slices.ContainsFunc(fs, addressNumber) || !placeAnchored(span) || len(fs) > 16 {
		return s
	}
	for _, w := range strings.FieldsFunc(span, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if notAddressWords[fold(w)] {
			return s
		}
	}
	return end
}

// addressToken returns the token text[i:j] without the punctuation that
// follows it, and whether the sentence ends with it. A full stop after a
// short abbreviation goes on before a number, a lower-case word or a
// capital standing alone ("pr. 214-17", "Ap. 9", "vh. B"), and after a
// lower-case abbreviation with dots inside before anything ("zh.k.
// Mladost").
func addressToken(text string, i, j int) (string, bool) {
	tok := text[i:j]
	core := strings.TrimRight(tok, `.!?;:)"”’`)
	if core == tok {
		return core, false
	}
	if tok[len(core):] == "." && (len(core) <= 3 || strings.Contains(core, ".") || addressAbbrevs[fold(core)]) && core != "" && unicode.IsLetter(rune(core[len(core)-1])) {
		next := strings.TrimLeft(text[j:min(len(text), j+4)], " \t")
		r, size := utf8.DecodeRuneInString(next)
		letter := unicode.IsUpper(r) && (len(next) == size || !unicode.IsLetter(rune(next[size])))
		lowerAbbrev := strings.Contains(core, ".") && unicode.IsLower(rune(core[0]))
		// "Vill. Kathalia, …", "P.O. Bishramganj, …": a name of the
		// address follows, with its comma ("Ziro P.O. Tenzin, my son" is a
		// new sentence).
		known := (addressAbbrevs[fold(core)] || strings.EqualFold(core, "P.O")) && nextWordThenComma(text, j)
		if next != "" && (unicode.IsDigit(r) || unicode.IsLower(r) || letter || lowerAbbrev || known) {
			return tok, false // "bl. 214", "vh. B", "zh.k. Mladost"
		}
	}
	return core, true
}

// nextWordThenComma reports whether the word after byte j is followed by a
// comma, in the same part of an address, and is no given name.
func nextWordThenComma(text string, j int) bool {
	rest := strings.TrimLeft(text[j:min(len(text), j+40)], " \t")
	w, _, _ := strings.Cut(rest, " ")
	if !strings.HasSuffix(w, ",") {
		return false
	}
	g, err := loadGazetteer()
	return err == nil && g.name(fold(strings.TrimSuffix(w, ",")))&givenCommon == 0 // "Ziro P.O. Tenzin, my son"
}

// addressAbbrevs are abbreviations in addresses after which a full stop
// ends no sentence: "Vill. Kathalia", "Dist. Sepahijala", "Fracc. Las
// Palmas", "Brgy. Pasil" (and "P.O. Ziro").
var addressAbbrevs = setOf(`vill dist teh tehsil taluk fracc depto blvd brgy`)

// addressWord reports whether word, said after prev in a part, may stand
// in an address (ok), whether it holds a digit, and whether it is an
// English word that must have a number beside it (waits: the next word
// must hold one).
func (g *gazetteer) addressWord(word, prev string) (ok, digit, waits bool) {
	if word == "" || strings.Trim(word, "#-–/") == "" {
		return true, false, false
	}
	if strings.IndexFunc(word, unicode.IsDigit) >= 0 {
		return true, true, false
	}
	k := fold(word)
	r, _ := utf8.DecodeRuneInString(word)
	switch {
	case functionWords[k] || calendarWords[k] || notAddressParts[word] || titleWords[k] || g.isThing(k):
		return false, false, false
	case unicode.IsUpper(r):
		return true, false, false
	case len(k) <= 2 || addressPartWords[k] || !g.isWord(k):
		return true, false, false
	case digitCount(prev) == len(prev) && prev != "":
		// "2 rooms", "3 copies", "4 years": a count, not a locator.
		return false, false, false
	case digitCount(prev) > 0:
		return true, false, false // "8e tranche", "3rd floor"
	}
	return true, false, true
}

// addressNumber reports whether a token of an address may be its number:
// it holds a digit and is no year ("Marawi, 2017", "the 1990s") and no
// time ("10:30").
func addressNumber(tok string) bool {
	d := strings.TrimRight(strings.Trim(tok, `.,;:!?()"“”`), "s'’")
	return digitCount(d) > 0 && !isYear(d) && !strings.Contains(d, ":")
}
