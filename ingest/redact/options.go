package redact

import (
	"slices"
	"strings"
)

// NotNamesOf returns the NotNames that a project's attribute values (its
// programme names, venues, conditions) give: each value whole, and each
// word of it longer than two letters that is not a given name, since people
// say "Open Door" for "Open Door Peer Support" but "Faith" of "Faith in
// Recovery" may still be a person.
func NotNamesOf(values []string) []string {
	g, err := loadGazetteer()
	var out []string
	seen := map[string]bool{}
	addOnce := func(s string) {
		if k := fold(s); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	given := func(w string) bool { return err == nil && g.name(fold(w)).given() }
	for _, v := range programmeParts(values) {
		// A part that is one given name may be a person's too ("Nour" of
		// "Nour — Behçet's peers" may be a founder called Nour).
		if ws := splitWords(v); len(ws) != 1 || !given(ws[0]) || slices.Contains(values, v) {
			addOnce(v)
		}
		ws := splitWords(v)
		if len(ws) < 2 {
			continue
		}
		for _, w := range ws {
			if len([]rune(w)) <= 2 || given(w) {
				continue
			}
			addOnce(w)
		}
	}
	return out
}

var speakerLabelRE = lazyRE(`(?m)^([^:\n]{1,40}):[ \t]`)

// SpeakerLabels returns the speaker labels of plain transcripts ("Name:" at
// the start of a line), in order of first appearance, as groundwork's
// parser finds them; for the labelled sets, which are not ingested.
func SpeakerLabels(texts ...string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range texts {
		for _, m := range speakerLabelRE().FindAllStringSubmatch(t, -1) {
			l := strings.TrimSpace(m[1])
			if !seen[l] {
				seen[l] = true
				out = append(out, l)
			}
		}
	}
	return out
}

// programmeParts returns each value, and each part of a value that a dash
// or a colon divides ("Ahadi — Promise Mothers": "Ahadi"), since people
// call a programme by its first part alone.
func programmeParts(values []string) []string {
	var out []string
	for _, v := range values {
		out = append(out, v)
		parts := strings.FieldsFunc(v, func(r rune) bool { return r == '—' || r == '–' || r == ':' })
		if len(parts) < 2 {
			continue
		}
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// bracketedLabelRE is a speaker's label with a part in brackets: a role
// and the person's name ("Facilitator (Marie-Noëlle)"), or the name and
// the role ("Jane (Interviewer)").
var bracketedLabelRE = lazyRE(`^([^()]+?)[ \t]*\(([^()]{2,40})\)$`)

// labelParts returns the labels with, for each label in two parts, each
// part as a label of its own: a name in brackets is a speaker's name as
// much as a name alone.
func labelParts(labels []string) []string {
	var out []string
	for _, l := range labels {
		out = append(out, l)
		if m := bracketedLabelRE().FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			out = append(out, strings.TrimSpace(m[1]), strings.TrimSpace(m[2]))
		}
	}
	return out
}

// namesAfterRole reports whether the words after a role in a speaker's
// label may be a name ("Interpreter Lan", "Nurse Hope"): each a given name
// or no English word, and no role, number, thing, people or language
// ("Unknown Speaker", "Peer Supporter", "Participant Seven", "Interpreter
// Hmong").
func namesAfterRole(ws []string) bool {
	g, err := loadGazetteer()
	if err != nil {
		return false
	}
	for _, w := range ws {
		k := fold(w)
		if isRoleLabel(k) || numberWords[k] || otherNonNames[k] || calendarWords[k] || g.isThing(k) || g.isPeopleWord(k) || g.isWord(k) && !g.name(k).given() {
			return false
		}
	}
	return true
}

// stripTitles removes leading forms of address ("Dr.", "Mrs") from a name.
func stripTitles(ws []string) []string {
	for len(ws) > 1 && titleWords[fold(ws[0])] {
		ws = ws[1:]
	}
	return ws
}

// speakerName returns the name words of a speaker label that looks like a
// person's name ("Sarah", "Dr. Smith", "Abd Rabou"), and false for role
// labels ("Interviewer", "P1", "Q", "Mother", "Speaker 2"). What follows
// a comma is a degree or a role ("Elisha Goldstein, PhD"), not the name.
func speakerName(label string) ([]string, bool) {
	if i := strings.IndexAny(label, "([,"); i >= 0 {
		label = label[:i]
	}
	ws := splitWords(label)
	if len(ws) == 0 || len(ws) > 4 {
		return nil, false
	}
	hadTitle := len(ws) > 1 && titleWords[fold(ws[0])]
	ws = stripTitles(ws)
	if len(ws) > 1 && isRoleLabel(fold(ws[0])) && namesAfterRole(ws[1:]) {
		return speakerName(strings.Join(ws[1:], " ")) // "Interpreter Lan"
	}
	if len(ws) > 1 && (namePrefixWords[fold(ws[0])] || highlandPrefixes[ws[0]]) {
		if rest, ok := speakerName(strings.Join(ws[1:], " ")); ok {
			return append([]string{ws[0]}, rest...), true // "Umm Yousef", "Y Đoan"
		}
		return nil, false
	}
	// "Mẹ Bé", the child's mother; "Tổ Trưởng", the group's leader.
	kinOrRole := slices.ContainsFunc(ws, func(w string) bool { return accentedNonNames[strings.ToLower(w)] })
	for i, w := range ws {
		k := fold(w)
		tw := tokenize(w)
		if nameParticles[k] && i > 0 && i < len(ws)-1 && len(tw) == 1 && !tw[0].upper {
			continue // "Maria do Céu", "Ana da Silva": a particle between names
		}
		if len(tw) != 1 || !tw[0].letters || !tw[0].upper || (tw[0].allCaps && !hadTitle) {
			return nil, false
		}
		if len([]rune(k)) < 2 && !nameParticles[k] {
			return nil, false
		}
		// A filler is a name beside another: "Thu Hà" ("hà", folded, is a laugh).
		// "Anh" after a name is a name ("Vân Anh"), not the title.
		// A word spelt with accents is a name beside another, though it
		// folds to a function word ("Sô Phal": "so"); not in a label of
		// kin, roles or places (accentedNonNames).
		spelt := len(ws) > 1 && accented(w) && !kinOrRole
		if isRoleLabel(k) || fillerWords[k] && len(ws) == 1 || functionWords[k] && !spelt || otherNonNames[k] || titleWords[k] && !(i > 0 && k == "anh") && !(len(ws) == 1 && kinNames[k]) {
			return nil, false
		}
	}
	// A season is a surname beside other names ("Ndeye Awa Fall"); a
	// label of calendar words alone ("Spring", "Easter Sunday") is none.
	if !slices.ContainsFunc(ws, func(w string) bool { return !calendarWords[fold(w)] }) {
		return nil, false
	}
	return ws, true
}

// accentedNonNames are words of kin, roles, numbers, bodies and places,
// spelt with their accents, that make a speaker's label no person's name
// though its other words are (Vietnamese "mẹ", mother; "bé", baby; "tổ
// trưởng", group leader; "cán bộ", official; "số một", number one; "bà",
// Mrs; Portuguese "só", only; Turkish "iş", work).
var accentedNonNames = setOf(`mẹ bố bé chồng vợ tổ trưởng phó cán bộ xã sở số bà ông cô chú bác chị em sơ gái trai bệnh viện nhóm một hai
giới động tình thương hội phụ nữ só iş üs`)

// kinNames are forms of address that are given names and nicknames too
// ("Tito" for Héctor, "Lola" for Dolores, "Baba" for Bakary): a speaker labelled by one alone
// is a person by that name, where before a name they are a title ("Tito
// Ben", "Lola Carmen").
var kinNames = setOf(`tito tita lola lolo baba koro`)

// familyLabels reports whether a speaker is labelled by a form of address
// alone that is no name ("Mama:", "Papa:"): then "Baba:" beside it is the
// father, not a man called Baba.
func familyLabels(labels []string) bool {
	for _, l := range labels {
		if k := fold(strings.TrimSpace(l)); titleWords[k] && !kinNames[k] {
			return true
		}
	}
	return false
}
