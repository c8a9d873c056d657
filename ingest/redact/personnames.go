package redact

import "strings"

// PersonNames returns those of values that are people's names, read as the
// detector reads a speaker's label: a label such as "Adam Stacoviak",
// "Mireille Reece, PsyD" or "Hassan", or a document's attribute such as
// "narrator: Jane Doe". A name has a given name among its words and no
// plain English word; roles, acronyms and places ("Interviewer", "AI",
// "doctor", "id1", "Rosa Parks Centre", "Open Door") are none. Each comes
// back as the name alone, without a title or what follows a comma (a
// degree, a role).
//
// A project lists interviewers by their labels and documents carry
// attributes, and both are words the detector is told are no names; one
// that is a person's name must be redacted instead, or it would be kept
// wherever it is said.
func PersonNames(values []string) []string {
	g, err := loadGazetteer()
	if err != nil {
		return nil
	}
	var out []string
	for _, v := range values {
		name, _, _ := strings.Cut(v, ",")
		parts := strings.Fields(name)
		all := splitWords(name)
		titled := len(all) > 1 && len(stripTitles(all)) < len(all)
		ws, ok := speakerName(strings.Join(withoutInitials(parts), " "))
		if !ok {
			continue
		}
		given, word := titled, false // "Dr. Okafor": a title says a person
		for _, w := range ws {
			k := fold(w)
			c := g.name(k)
			given = given || c.given()
			word = word || c == 0 && g.isWord(k)
		}
		if given && !word {
			out = append(out, strings.Join(ws, " "))
		}
	}
	return out
}

// withoutInitials leaves out the initials after a name's first word ("B."
// of "Mireille B. Reece"): a letter alone is no name to look for.
func withoutInitials(parts []string) []string {
	out := parts[:0:0]
	for i, p := range parts {
		if i > 0 && len([]rune(strings.TrimSuffix(p, "."))) == 1 {
			continue
		}
		out = append(out, p)
	}
	return out
}
