package redact

import (
	"regexp"
	"strings"
)

// Names said where only a name can stand, though no word before them says
// so: a full name said as a sentence of its own, the answer to a question
// asking who or for a name ("Who's your buddy? Teva: Raiarii."), a name said in quotes where names are the
// subject ("That's "Joo-an", not "Hwan" — it's a Manx name"), and a short
// form "to her friends" ("Gwenno to her friends").

// labelBeforeRE is a speaker's label, alone on its line before a word.
var labelBeforeRE = lazyRE(`(?:^|\n)[^:\n]{1,40}:[ \t\x{00A0}]*$`)

// askedForNameRE is a question that asks who someone is or for a
// person's name (not "what's the tablet called?", "the name of your
// village?").
var askedForNameRE = lazyRE(`(?i)\b(?:who|who's|whom|whose|(?:your|his|her|their)(?: \w+)? (?:sur)?names?|names? of (?:your|his|her|their|the) (?:friend|buddy|mentor|husband|wife|partner|son|daughter|child|mother|father|mum|mom|dad|sister|brother|cousin|aunt|uncle|nurse|doctor|worker|supporter|volunteer|neighbour|neighbor|teacher|boss|carer|caregiver|grandmother|grandfather|leader|coordinator)s?|call (?:him|her|you|them)|(?:is|was|'s) (?:she|he|your \w+) called)\b[^?\n]*\?[ \t\x{00A0}]*$`)

// aboutNamesRE makes a person's name the subject around a quotation: "her
// name", "calls me", "nicknamed", "pronounced" (not "we call it").
var aboutNamesRE = lazyRE(`(?i)\b(?:(?:her|his|my|your|their) (?:\w+ )?names?|named|nicknamed?|(?:call|calls|called|calling) (?:me|him|her|you|them|us|(?:the|our|my|his|her|their) (?:baby|son|daughter|child|boy|girl|twins))|spell|spelt|spelled|pronounce|pronounced)\b`)

// shortFormAfterRE is a short form of a name given to friends.
var shortFormAfterRE = lazyRE(`^[ \t\x{00A0}]+(?i:to (?:his|her|their|my|our) (?:friends|mates|family)|to friends)\b`)

// answerRuns returns the runs of name words introduced by an answer, a
// quotation or a short form.
func (d *Detector) answerRuns(doc *document) []wordRun {
	ws := doc.words
	var out []wordRun
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if !w.upper || w.allCaps || !answerCueNear(doc.text, w.start) {
			continue
		}
		j := d.nameRun(doc, i, 3)
		if j == i {
			continue
		}
		if !d.allNameLike(doc, i, j) {
			// A given name that is a word too, as the whole first
			// sentence of an answer to a question asking for a name:
			// "What's her name? Sereana: Blessing." (not "Who came? Oh.",
			// nor "Who dances? Beautiful.").
			if j-i == 1 && w.stopAfter && !functionWords[w.key] && !interjections[w.key] && !replyWords[w.key] && d.gaz.name(w.key).given() && d.answersTo(doc, i, j, askedNameWordRE()) {
				out = append(out, wordRun{i, j})
			}
			continue
		}
		if d.answersWho(doc, i, j) || d.quotedName(doc, i, j) || d.nameAsSentence(doc, i, j) || shortFormAfterRE().MatchString(doc.text[ws[j-1].end:min(len(doc.text), ws[j-1].end+24)]) {
			out = append(out, wordRun{i, j})
		}
		i = j - 1
	}
	return out
}

// shortFormRuns returns the short forms of names said just after them,
// between dashes or in brackets, not before an institution's word:
// "Chidinma — Chi — she came to the flat", "Chidinma - Chi - she came",
// "Margarida (Mar)". The short form is the name's first letters, two or
// more, and the name no word or place the lists hold ("the Mediterranean
// — Med — diet").
func (d *Detector) shortFormRuns(doc *document) []wordRun {
	ws := doc.words
	var out []wordRun
	for k := 0; k+1 < len(ws); k++ {
		long, short := &ws[k], &ws[k+1]
		if !long.upper || !short.upper || long.allCaps || short.allCaps || len(short.key) < 2 || len(short.key) >= len(long.key) ||
			!strings.HasPrefix(long.key, short.key) || functionWords[short.key] || calendarWords[short.key] || d.gaz.isWord(long.key) || d.gaz.isPlaceOrTown(long.key) {
			continue
		}
		open := strings.TrimSpace(doc.text[long.end:short.start])
		close := strings.TrimLeft(doc.text[short.end:min(len(doc.text), short.end+5)], " ")
		if open == "(" && !strings.HasPrefix(close, ")") || open != "(" && !(open == "—" || open == "–" || open == "-") ||
			open != "(" && !(strings.HasPrefix(close, "—") || strings.HasPrefix(close, "–") || strings.HasPrefix(close, "-")) {
			continue // a bracket closed by a bracket, a dash by a dash
		}
		if k+2 < len(ws) && (institutionWords[ws[k+2].key] || orgWords[ws[k+2].key]) {
			continue // "the Kenyatta (Ken) hospital"
		}
		out = append(out, wordRun{k + 1, k + 2})
	}
	return out
}

// echoedLabelRuns returns the full names said as the whole first sentence
// of a turn whose speaker's label is the name's first word, as people
// introduce themselves round a table: "Tomásia: Tomásia Cá. Papel.",
// "Sadjo: Sadjo Bari." The label says the first word is a name; the
// capitalised words after it, to the sentence's end, are the rest of it.
func (d *Detector) echoedLabelRuns(doc *document) []wordRun {
	ws := doc.words
	var out []wordRun
	for i := 0; i+1 < len(ws); i++ {
		w := &ws[i]
		if !w.upper || w.allCaps || functionWords[w.key] || !ws[i+1].upper || !d.surnameLike(ws[i+1].key) {
			continue
		}
		m := labelBeforeRE().FindStringIndex(doc.text[max(0, w.start-48):w.start])
		if m == nil {
			continue
		}
		label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(doc.text[max(0, w.start-48)+m[0]:w.start]), ":"))
		if first, _, _ := strings.Cut(label, " "); !strings.EqualFold(first, w.text) || !d.givenLabel(w.key) {
			continue
		}
		j := i + 1
		for j < len(ws) && j-i < 4 && ws[j].upper && !ws[j].allCaps && doc.adjacent(j-1) && d.surnameLike(ws[j].key) {
			j++
		}
		if j > i+1 && ws[j-1].stopAfter && !d.isPlaceOrThing(doc, i, j) {
			out = append(out, wordRun{i, j})
		}
	}
	return out
}

// givenLabel reports whether a speaker's label's first word is a given
// name: one the lists hold as such, or no word at all, and no role, kin
// or heading ("Mother:", "Carer:", "Participant 3:").
func (d *Detector) givenLabel(key string) bool {
	if roleWords[key] || titleWords[key] || kinAfter[key] || functionWords[key] || calendarWords[key] || orgWords[key] || placeWords[key] {
		return false
	}
	return d.gaz.name(key).given() || !d.gaz.isWord(key) && !d.gaz.isPlaceOrTown(key) && !d.gaz.isThing(key)
}

// surnameLike reports whether a word after a given name may be the rest
// of the name: a surname the lists hold, or no common word, place, thing
// or institution ("Bari", "Cá"; not "Church", "Division", "Christmas").
func (d *Detector) surnameLike(key string) bool {
	if functionWords[key] || institutionWords[key] || orgWords[key] || placeWords[key] || calendarWords[key] {
		return false
	}
	return d.gaz.name(key)&surname != 0 || !d.gaz.common.has(key) && !d.gaz.isPlaceOrTown(key) && !d.gaz.isThing(key)
}

// nameAsSentence reports whether [i,j), two or three words no list holds
// as English words, is a sentence of its own: a full name said alone ("The
// ASHA. Junmoni Saikia. We call her Junu.").
func (d *Detector) nameAsSentence(doc *document, i, j int) bool {
	ws := doc.words
	if j-i < 2 || !ws[i].sentStart || !ws[j-1].stopAfter || ws[j-1].possessive {
		return false
	}
	for k := i; k < j; k++ {
		if !ws[k].upper && nameParticles[ws[k].key] {
			continue
		}
		if d.gaz.isWord(ws[k].key) || d.gaz.isPlace(ws[k].key) || d.gaz.isThing(ws[k].key) {
			return false
		}
	}
	return !d.isPlaceOrThing(doc, i, j)
}

// allNameLike reports whether every word of [i,j) is more a name than a
// word, and no place or thing the lists know.
func (d *Detector) allNameLike(doc *document, i, j int) bool {
	for k := i; k < j; k++ {
		w := &doc.words[k]
		if !w.upper && nameParticles[w.key] {
			continue // "Jugah anak Barieng"
		}
		if !d.nameLike(w) || d.namesNoOne(w.key) || d.gaz.isThing(w.key) || isNoise(w.key) {
			return false
		}
	}
	return true
}

// answersWho reports whether [i,j) is the whole first sentence of a turn
// that answers a question asking who, or for a name.
func (d *Detector) answersWho(doc *document, i, j int) bool {
	return d.answersTo(doc, i, j, askedForNameRE())
}

// replyWords are one-word replies, and the word "name" echoed back, that
// lists hold as given names too: "Your name and how you came? Nuala:
// Grand. I'm Nuala…", "your name and what you do here? P: Name? Imdad Ali
// Jatoi."
var replyWords = setOf(`grand fine good great okay name names well sure right lovely`)

// relationNouns are whom a question may ask the name of: "your mum's
// name?", "the baby's name?".
const relationNouns = `mum|mom|mother|dad|father|son|daughter|husband|wife|partner|friend|baby|babys|sister|brother|child|boy|girl|cousin|aunt|aunty|auntie|uncle|grandmother|grandfather|granny|nan|neighbour|neighbor|mentor|buddy|supporter|doctor|nurse|worker|carer|twins?`

// askedNameWordRE is a question that asks for a person's name in so many
// words: "What's her name?", "your mum's name?", "what is he called?",
// "what do you call her?" (not "your group name?", "your church called?").
var askedNameWordRE = lazyRE(`(?i)\b(?:(?:(?:your|his|her|their)(?: (?:` + relationNouns + `)(?:['’]s)?)?|the (?:` + relationNouns + `)(?:['’]s)?) (?:sur|first |given |full |middle |nick)?names?|call (?:him|her|you|them)|(?:is|was|'s|’s) (?:she|he) called)\b[^?\n]*\?[ \t\x{00A0}]*$`)

// answersTo reports whether [i,j) is the whole first sentence of a turn
// that answers a question that asked matches (at the end of the turn
// before).
func (d *Detector) answersTo(doc *document, i, j int, asked *regexp.Regexp) bool {
	ws := doc.words
	lead := doc.text[max(0, ws[i].start-48):ws[i].start]
	m := labelBeforeRE().FindStringIndex(lead)
	if m == nil || !ws[j-1].stopAfter && !ws[j-1].commaAfter {
		return false
	}
	lineStart := max(0, ws[i].start-48) + m[0]
	before := strings.TrimRight(doc.text[max(0, lineStart-160):lineStart], " \t\u00a0\n")
	return asked.MatchString(before)
}

// quotedName reports whether [i,j) stands alone in quotation marks, with a
// word that makes names the subject in the sentence or the one before.
func (d *Detector) quotedName(doc *document, i, j int) bool {
	ws := doc.words
	s, e := ws[i].start, ws[j-1].end
	open := strings.TrimRight(doc.text[max(0, s-4):s], "")
	close := doc.text[e:min(len(doc.text), e+4)]
	if !strings.HasSuffix(open, "\"") && !strings.HasSuffix(open, "“") || !strings.ContainsAny(close, "\"”") {
		return false
	}
	if c := strings.TrimLeft(close, "!?.,"); !strings.HasPrefix(c, "\"") && !strings.HasPrefix(c, "”") {
		return false
	}
	return aboutNamesRE().MatchString(doc.text[max(0, s-100):min(len(doc.text), e+60)])
}

// answerCueNear is a quick test for answerRuns at a word starting at s: a
// speaker's label or a quotation mark just before it, or "to" or "for"
// soon after it.
func answerCueNear(text string, s int) bool {
	before := strings.TrimRight(text[max(0, s-4):s], " \t\u00a0")
	if before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“") || strings.HasSuffix(before, ".") {
		return true
	}
	after := text[s:min(len(text), s+48)]
	return strings.Contains(after, " to ")
}
