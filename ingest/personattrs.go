package ingest

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// Attributes that name people (PersonAttribute: a transcript header's
// narrator, interviewer, persons present) and attributes of free text (a
// CSV's note column) are redacted as the text is:
// each person's name the map holds is replaced by its pseudonym in their
// values, and put back when a person rejects the replacement. Exports and
// reports write attributes, so a name kept there would be shared.

// personSwaps returns the map's people as original → pseudonym, longest
// first (so that "Jane Doe" is replaced before "Jane"), leaving out those
// a person rejected.
func personSwaps(file *PrivacyFile) [][2]string {
	var out [][2]string
	for _, e := range file.Entries {
		if e.Kind == redact.Person && !file.rejected(e.Original) {
			out = append(out, [2]string{e.Original, e.Pseudonym})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i][0]) > len(out[j][0]) })
	return out
}

// swapNames replaces each original of swaps said as a whole word in value
// with its pseudonym (or, swapped the other way, back).
func swapNames(value string, swaps [][2]string) string {
	for _, s := range swaps {
		value = replaceWhole(value, s[0], s[1])
	}
	return value
}

// swapAttributes applies swaps to the stored values of every attribute
// that names people, in tx; it returns how many values changed.
func swapAttributes(ctx context.Context, st *corpus.Store, tx *corpus.Tx, swaps [][2]string) (int, error) {
	if len(swaps) == 0 {
		return 0, nil
	}
	type change struct{ doc, name, value string }
	var changes []change
	err := st.EachAttribute(ctx, func(doc, name, value string) error {
		if redactedAttribute(name, value) {
			if v := swapNames(value, swaps); v != value {
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

// redactAttrs redacts a document's attributes that name people before it
// is stored, with the names the map holds.
func (r *Redactor) redactAttrs(attrs map[string]string) {
	swaps := personSwaps(r.file)
	for k, v := range attrs {
		if redactedAttribute(k, v) {
			attrs[k] = swapNames(v, swaps)
		}
	}
}

// redactedAttribute reports whether an attribute's value is redacted: it
// names people, or it is free text that may (a note on the patient).
func redactedAttribute(name, value string) bool { return PersonAttribute(name) || freeText(value) }

// replaceWhole replaces each occurrence of old in s that is a whole word
// (no letter or digit just before or after it) with repl.
func replaceWhole(s, old, repl string) string {
	if old == "" {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; ; {
		k := strings.Index(s[i:], old)
		if k < 0 {
			break
		}
		start, end := i+k, i+k+len(old)
		if wordRuneBefore(s, start) || wordRuneAfter(s, end) {
			i = start + 1
			continue
		}
		b.WriteString(s[last:start])
		b.WriteString(repl)
		last, i = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func wordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func wordRuneAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
