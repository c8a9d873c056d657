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
