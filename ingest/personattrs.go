package ingest

import (
	"context"
	"strings"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// Attributes that name people (PersonAttribute: a transcript header's
// narrator, interviewer, persons present) and attributes of free text (a
// CSV's note column) are redacted as the text is: each person's name the
// map holds is replaced by its pseudonym in their values (swapWords, as in
// the codings' evidence), and put back when a person rejects the
// replacement. Exports and reports write attributes, so a name kept there
// would be shared.

// personSwaps returns the map's people as original → pseudonym, leaving
// out those a person rejected (swapWords replaces the longest first, so
// "Jane Doe" goes before "Jane").
func personSwaps(file *PrivacyFile) [][2]string {
	var out [][2]string
	for _, e := range file.Entries {
		if e.Kind == redact.Person && !file.rejected(e.Original) {
			out = append(out, [2]string{e.Original, e.Pseudonym})
		}
	}
	return out
}

// swapAttributes applies swaps to the stored values of every attribute
// that is redacted (redactedAttribute), in tx; it returns how many values
// changed.
func swapAttributes(ctx context.Context, st *corpus.Store, tx *corpus.Tx, swaps [][2]string) (int, error) {
	if len(swaps) == 0 {
		return 0, nil
	}
	type change struct{ doc, name, value string }
	var changes []change
	err := st.EachAttribute(ctx, func(doc, name, value string) error {
		if redactedAttribute(name, value) {
			if v := swapWords(value, swaps); v != value {
				changes = append(changes, change{doc, name, v})
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, c := range changes {
		if err := tx.SetAttribute(c.doc, c.name, c.value); err != nil {
			return 0, err
		}
	}
	return len(changes), nil
}

// attributeNames returns the people a document's redacted attributes name:
// the names a narrator's or a "persons present" value is made of, and the
// people the detector finds in free text (a CSV's note on the patient). A
// name there that the transcript never says must still enter the map, or
// the attribute would keep it in every export. Safe to call in parallel.
func (r *Redactor) attributeNames(attrs map[string]string) ([]string, error) {
	var names []string
	for k, v := range attrs {
		switch {
		case pseudonymRE.MatchString(v):
			// redacted before
		case freeText(v):
			found, err := r.peopleIn([]string{v})
			if err != nil {
				return nil, err
			}
			names = append(names, found...)
		case PersonAttribute(k):
			names = append(names, attributePeople(v)...)
		}
	}
	return names, nil
}

// peopleIn returns the people the detector finds in texts.
func (r *Redactor) peopleIn(texts []string) ([]string, error) {
	var names []string
	for _, t := range texts {
		ids, err := r.Detect(t)
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			if id.Kind == redact.Person {
				names = append(names, id.Text)
			}
		}
	}
	return names, nil
}

// adopt gives each of names, unless a person rejected it, a pseudonym in
// the map (the one it has, or a new one).
func (r *Redactor) adopt(names []string) error {
	if len(names) == 0 {
		return nil
	}
	if err := r.file.begin(); err != nil {
		return err
	}
	for _, n := range names {
		if !r.file.rejected(n) {
			r.pseud.Pseudonym(redact.Identifier{Kind: redact.Person, Text: n})
		}
	}
	r.file.Entries = r.pseud.Entries()
	return nil
}

// redactAttrs redacts a document's attributes before it is stored, with
// the names the map holds.
func (r *Redactor) redactAttrs(attrs map[string]string) {
	swaps := personSwaps(r.file)
	for k, v := range attrs {
		if redactedAttribute(k, v) {
			attrs[k] = swapWords(v, swaps)
		}
	}
}

// attributePeople returns the names an attribute naming people holds:
// "persons present: Jane Doe; Ali Hassan", "Mireille Reece, PsyD".
func attributePeople(value string) []string {
	return redact.PersonNames(strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == ';' }))
}

// redactedAttribute reports whether an attribute's value is redacted: it
// names people, or it is free text that may (a note on the patient).
func redactedAttribute(name, value string) bool { return PersonAttribute(name) || freeText(value) }
