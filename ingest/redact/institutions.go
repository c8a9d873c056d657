package redact

import "strings"

// institutionWords name a hospital or a clinic. Many are named after
// people ("Hospital de Santo André", "Garcia de Orta", "Amato Lusitano"):
// a name the document gives one is the institution's wherever the
// document says it again. ("vien" is the Vietnamese "viện": words are
// looked up folded.)
var institutionWords = setOf(`hospital hôpital hopital ospedale hospitál clínica clinica clinic vien`)

// conditionWords, after a capitalised word, make it the name of a
// condition ("Angelman syndrome", "Paget's disease", "Bell's palsy").
var conditionWords = setOf(`syndrome disease palsy dystrophy sarcoma lymphoma anomaly ataxia`)

// namesCondition reports whether the document puts the word at i before
// one of conditionWords, here or anywhere else ("the Angelman children"
// after "Angelman syndrome").
func namesCondition(doc *document, i int) bool {
	if doc.conditionNames == nil {
		doc.conditionNames = map[string]bool{}
		ws := doc.words
		for k := 1; k < len(ws); k++ {
			if conditionWords[ws[k].key] && ws[k-1].upper && !ws[k].sentStart && (doc.adjacent(k-1) || ws[k-1].possessive) {
				doc.conditionNames[ws[k-1].key] = true
			}
		}
	}
	return doc.conditionNames[doc.words[i].key]
}

// institutionNamed reports whether the run [i,j) is, or stands in, the
// name of a hospital or clinic the document gives: after the word
// ("Hospital Infante D. Pedro", "Hospital do Santo Espírito") or beside it
// between commas ("at Fernando Fonseca, the hospital,", "the hospital,
// Amato Lusitano,").
func institutionNamed(doc *document, i, j int) bool {
	if doc.institutions == nil {
		doc.institutions = map[string]bool{}
		doc.institutionWords = map[int]bool{}
		for k := range doc.words {
			if institutionWords[doc.words[k].key] {
				markInstitution(doc, k)
			}
		}
	}
	for k := i; k < j; k++ {
		if doc.institutionWords[k] {
			return true
		}
	}
	return doc.institutions[doc.keyOf(i, j)]
}

// markInstitution notes the name that the institution word at k gives.
func markInstitution(doc *document, k int) {
	ws := doc.words
	note := func(s, e int) {
		if e <= s {
			return
		}
		doc.institutions[doc.keyOf(s, e)] = true
		for m := s; m < e; m++ {
			doc.institutionWords[m] = true
		}
	}
	// Beside the word, only a name of two words or more is taken: one word
	// there is as often a person spoken to or of ("Tell them how you got to
	// the clinic, Elena", "the nurse at the clinic, Kirsty, she…").
	noteFull := func(s, e int) {
		if e-s >= 2 && !ws[e-1].possessive {
			note(s, e)
		}
	}
	if ws[k].key == "vien" && k >= 1 && ws[k-1].key == "benh" { // keys are folded: "Bệnh viện"
		// "Bệnh viện Trung ương Huế", "Bệnh viện Đa khoa Trung ương Cần
		// Thơ": a Vietnamese hospital's name is all its clause after
		// "Bệnh viện", in either case.
		e := k + 1
		for e < len(ws) && doc.adjacent(e-1) {
			e++
			if clauseEndsAfter(doc, e-1) {
				break
			}
		}
		note(k+1, e)
		return
	}
	if ws[k].upper {
		// "Hospital de Santo André", "Hospital Infante D. Pedro".
		s := k + 1
		for n := 0; n < 2 && s < len(ws) && !ws[s].upper && nameParticles[ws[s].key] && doc.adjacent(s-1); n++ {
			s++
		}
		if s < len(ws) && (s == k+1 && doc.adjacent(k) || s > k+1 && doc.adjacent(s-1)) {
			note(s, capitalRunEnd(doc, s))
		}
	}
	if k < 1 || ws[k-1].key != "the" {
		return
	}
	// "Fernando Fonseca, the hospital,": the name just before.
	if k >= 2 && commaBetween(doc, k-2) && clauseEndsAfter(doc, k) {
		s := capitalRunStart(doc, k-1)
		if ws[s].sentStart && functionWords[ws[s].key] {
			s++ // "For Okello, the hospital, …"
		}
		noteFull(s, k-1)
	}
	// "the hospital, Amato Lusitano,": the name just after; not a person
	// from there ("one from the hospital, Gastón Vera, but he was moved").
	if commaBetween(doc, k) && !personFrom(doc, k-1) {
		e := capitalRunEnd(doc, k+1)
		if !pronounNext(doc, e) {
			noteFull(k+1, e)
		}
	}
}

// personFrom reports whether the "the" at k follows someone said to be
// from there: "one from the hospital", "a nurse from the clinic".
func personFrom(doc *document, k int) bool {
	ws := doc.words
	return k >= 2 && ws[k-1].key == "from" && (roleCues[ws[k-2].key] || ws[k-2].key == "one")
}

// pronounNext reports whether a person's pronoun, the subject, follows
// the word before e, after its comma and perhaps "but": "Gastón Vera, but
// he was moved" (not "the hospital, Amato Lusitano, and her sugar was
// high", where the pronoun is the patient's).
func pronounNext(doc *document, e int) bool {
	ws := doc.words
	if e >= len(ws) || !commaBetween(doc, e-1) {
		return false
	}
	if ws[e].key == "but" && e+1 < len(ws) {
		e++
	} else if ws[e].key == "and" && e+2 < len(ws) && subjectPronoun(ws[e+1].key) {
		// "the hospital, Maria Santos, and she gave me the results": the
		// one who acts; "and she was admitted" is the patient.
		return actingVerbs[ws[e+2].key]
	}
	return subjectPronoun(ws[e].key)
}

// actingVerbs, after "and she", say she acted or spoke: the person named.
var actingVerbs = setOf(`said told gave called rang explained asked showed sent wrote phoned helped`)

// subjectPronoun reports whether key is a person's pronoun that can be
// the subject: one of personPronouns but "him" and "her".
func subjectPronoun(key string) bool {
	return personPronouns[key] && key != "him" && key != "her"
}

// capitalRunEnd returns the end of the run of capitalised words from s,
// joined by spaces, particles or an initial's full stop ("Garcia de
// Orta", "Infante D. Pedro").
func capitalRunEnd(doc *document, s int) int {
	ws := doc.words
	if s >= len(ws) || !ws[s].upper {
		return s
	}
	e := s + 1
	for e < len(ws) && joinedInName(doc, e-1) {
		if ws[e].upper {
			e++
			continue
		}
		if nameParticles[ws[e].key] && e+1 < len(ws) && ws[e+1].upper && doc.adjacent(e) {
			e += 2
			continue
		}
		break
	}
	return e
}

// capitalRunStart returns the start of the run of capitalised words that
// ends just before e, joined as capitalRunEnd joins them.
func capitalRunStart(doc *document, e int) int {
	ws := doc.words
	s := e
	for s > 0 && !(s < e && ws[s].sentStart) {
		switch {
		case ws[s-1].upper && (s == e || joinedInName(doc, s-1)):
			s--
		case s < e && s >= 2 && nameParticles[ws[s-1].key] && !ws[s-1].upper && ws[s-2].upper && doc.adjacent(s-2) && doc.adjacent(s-1):
			s -= 2
		default:
			return s
		}
	}
	return s
}

// joinedInName reports whether words k and k+1 are joined as parts of one
// name: by spaces, or by an initial's full stop ("D. Pedro").
func joinedInName(doc *document, k int) bool {
	if doc.adjacent(k) {
		return true
	}
	if k+1 >= len(doc.words) || len([]rune(doc.words[k].key)) != 1 || !doc.words[k].upper {
		return false
	}
	gap := doc.text[doc.words[k].end:doc.words[k+1].start]
	return len(gap) > 1 && gap[0] == '.' && strings.Trim(gap[1:], " \t\u00a0") == ""
}

// clauseEndsAfter reports whether punctuation follows word k ("the
// hospital," but not "the hospital number").
func clauseEndsAfter(doc *document, k int) bool {
	w := &doc.words[k]
	return w.commaAfter || w.stopAfter || w.dotAfter || strings.ContainsAny(strings.TrimLeft(doc.text[w.end:min(len(doc.text), w.end+4)], " \t"), "—–-;:")
}

// commaBetween reports whether words k and k+1 are separated by a comma.
func commaBetween(doc *document, k int) bool {
	if k+1 >= len(doc.words) {
		return false
	}
	return strings.Trim(doc.text[doc.words[k].end:doc.words[k+1].start], " \t\u00a0") == ","
}
