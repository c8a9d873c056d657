package redact

import "strings"

// Words around a name that say how it is said: spelt out after it ("with
// one L"), or a month's name said as the month ("in Ramazan").

// spelledCounts are the words that count a letter in a spelling: "with
// one L", "with a double N", "with two Ts".
var spelledCounts = setOf(`one two three a an double single 1 2`)

// spelledWithRE is a letter as a spelling names it: "L", "Ls", "L's".
var spelledWithRE = lazyRE(`^\p{Lu}(?:s|['’]s)?$`)

// spelledWith reports whether the words from j ("with one L") spell out
// the word before them, as people do with their names.
func spelledWith(doc *document, j int) bool {
	ws := doc.words
	k := j + 1
	for k < len(ws) && k <= j+2 && spelledCounts[ws[k].key] {
		k++
	}
	return k > j+1 && k < len(ws) && spelledWithRE().MatchString(doc.text[ws[k].start:ws[k].end]) &&
		(k+1 == len(ws) || clauseEndsAfter(doc, k) || ws[k+1].key == "and") // "with a U visa" spells nothing
}

// monthNames are months of a calendar that are given names too: the
// Islamic month as Turks, Kurds and Bosnians say it.
var monthNames = setOf(`ramazan ramzan ramadhan rajab`)

// monthPrepositions say a month follows: "in Ramazan", "after Ramazan",
// "the first Ramazan".
var monthPrepositions = setOf(`in during after before since until till for this last next first through throughout at`)

// monthSaid reports whether the one-word name at [i,j) is said as the
// month it also names: after a word that says a time follows, or before
// its feast ("Ramazan Bayramı").
func monthSaid(doc *document, i, j int) bool {
	ws := doc.words
	if j-i != 1 || !monthNames[ws[i].key] {
		return false
	}
	if j < len(ws) && strings.HasPrefix(ws[j].key, "bayram") {
		return true
	}
	return i > 0 && !ws[i].sentStart && monthPrepositions[ws[i-1].key] && !strings.Contains(doc.text[ws[i-1].end:ws[i].start], ",")
}

// callersWords are who calls someone by a nickname: "what everyone calls
// him", "what the kids call her".
var callersWords = setOf(`everyone everybody people they we all the kids friends`)

// calledSo reports whether the words from k say the word before "is" is
// what someone is called: "(just) what everyone calls him".
func calledSo(doc *document, k int) bool {
	ws := doc.words
	if k < len(ws) && (ws[k].key == "just" || ws[k].key == "only") {
		k++
	}
	if k+3 >= len(ws) || ws[k].key != "what" {
		return false
	}
	k++
	for k < len(ws) && callersWords[ws[k].key] {
		k++
	}
	return k+1 < len(ws) && (ws[k].key == "call" || ws[k].key == "calls" || ws[k].key == "called") &&
		(ws[k+1].key == "him" || ws[k+1].key == "her" || ws[k+1].key == "me" || ws[k+1].key == "them")
}
