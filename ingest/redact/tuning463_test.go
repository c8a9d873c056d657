package redact

import "testing"

// TestInitialsLabelledSpeakers: a speaker labelled by the initials they go
// by is a person at every label once the document says the initials as a
// name ("everybody says DB", "DB, tell about your form"); labels of a
// role's initials ("IV:"), or initials never said as a name, stay.
func TestInitialsLabelledSpeakers(t *testing.T) {
	named := "IV: Who is with us today?\n\nKamala: This is Dil Bahadur Rai, but everybody says DB.\n\n" +
		"DB: First success, ha.\n\nIV: And the gum?\n\nDB: The gum is horrible."
	checkLabelledNameCount(t, named, "DB", 3) // the mention and both labels
	checkLabelledNameCount(t, named, "IV", 0)
	unnamed := "IV: Who is with us today?\n\nDB: First success, ha.\n\nIV: And the gum?\n\nDB: The gum is horrible."
	checkLabelledNameCount(t, unnamed, "DB", 0)
}
