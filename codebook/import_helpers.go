package codebook

// Small exported helpers for packages that bring codes in from elsewhere
// (refiqda turns a REFI-QDA codebook into codebook.yaml with Editor and
// RenderDraft): checking an id and a colour as Parse does, carrying a
// code's fields over into a fresh codebook as they are written, and adding
// an empty group.

// ValidID reports whether id may be a code's id.
func ValidID(id string) bool { return checkID(id) == "" }

// NormColour checks a #RRGGBB or #RGB colour as Parse does and returns it
// as lower-case #rrggbb.
func NormColour(s string) (string, bool) { return normColour(s) }

// CopyFields copies the named fields of code id, as written in the file
// (comments, folding and quoting included), into s, so that RenderDraft
// writes them unchanged. Fields the code does not have are skipped.
func (e *Editor) CopyFields(s *CodeSpec, id string, keys ...string) {
	for _, key := range keys {
		s.extra = append(s.extra, e.fieldLines(id, key)...)
	}
}

// AddGroup adds a group with no codes, unless the file has it already.
func (e *Editor) AddGroup(name, description string) error {
	return e.addEmptyGroup(name, description)
}
