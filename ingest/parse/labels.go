package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Speaker labels in free text are found in two steps. First every line is
// checked for something that looks like a label at its start (a candidate):
//
//	Name: text            labelColon   (also **Name:** and **Name**: in Markdown)
//	[name] text           labelBracket (QualCoder "[id1]", ACI-bench "[doctor]")
//	Q<NBSP><NBSP>text     labelQA      (White House reporters; no colon)
//
// Then the candidates are judged against the whole document, because a line
// such as "Initial Steps:" inside an answer has the same shape as a speaker
// label. A candidate is a speaker when
//
//   - it is one of Options.KnownSpeakers or a conventional role label
//     (Interviewer, Participant, Respondent, I, R, Q, A, P1, Speaker 2, ...);
//   - it is name-like (capitalised words, initials, honorifics, particles,
//     a credential after a comma) and used as a label at least twice;
//   - it is bracketed, not an annotation such as [laughs], and used at
//     least twice;
//   - but never when it is a word such as Note, Example, Pros or Summary
//     (notSpeakers), unless it is one of Options.KnownSpeakers;
//   - it is used once, starts a paragraph, is name-like, and carries an
//     honorific or credential ("DR. SMITH", "Jane Roe, PhD"), or is written
//     in bold like the document's other speakers, or stands where labels
//     are expected (a caption cue's first line, after a timestamp) in a
//     document with other "Name:" speakers;
//   - it is a bracketed single word used once in a document whose other
//     speakers are bracketed too ("[patient_guest]").
//
// Everything else stays in the text of the turn it appears in.

type labelKind int

const (
	labelColon labelKind = iota + 1
	labelBracket
	labelQA
)

// candidate is a possible speaker label at the start of a line.
type candidate struct {
	kind  labelKind
	label string // cleaned: markup stripped, trimmed
	key   string // for counting and matching: lower case, spaces collapsed
	rest  string // the line's text after the label
	bold  bool   // written **Name:** or __Name:__
}

const (
	maxLabelRunes = 40
	maxLabelWords = 5
)

// conventionalRE matches role labels that are speakers wherever they occur
// (matched against candidate keys, which are lower case).
var conventionalRE = regexp.MustCompile(`^(?:` +
	`interviewer|interviewee|participant|respondent|researcher|moderator|facilitator|` +
	`co-facilitator|note-?taker|observer|narrator|host|co-host|guest|speaker|` +
	`int|iv|ie|i|r|q|a|p|pt|resp|` +
	`assistant|ai|user|bot|agent|customer|caller|client|` +
	`therapist|counsellor|counselor|clinician|doctor|physician|nurse|patient|carer|caregiver|` +
	`parent|mother|father|teacher|student|interpreter|translator|` +
	`unknown|unknown speaker|unidentified|unidentified speaker|audience|audience member|question|answer` +
	`)(?:[ _-]?(?:\d{1,3}|[a-z]))?$|^(?:p|r|s|m|f|fg|participant|respondent|speaker|person|voice)[ _-]?\d{1,3}$`)

// notSpeakers are words that head a line inside a turn ("Note: ...",
// "Pros: ... Cons: ...") and are never speakers unless the project declares
// them in Options.KnownSpeakers.
var notSpeakers = map[string]bool{
	"note": true, "notes": true, "nb": true, "n.b.": true, "ps": true, "p.s.": true, "tip": true,
	"tips": true, "example": true, "examples": true, "e.g.": true, "i.e.": true, "summary": true,
	"update": true, "edit": true, "source": true, "sources": true, "link": true, "links": true,
	"warning": true, "caution": true, "important": true, "reminder": true, "todo": true,
	"step": true, "steps": true, "pros": true, "cons": true, "yes": true, "no": true, "ok": true,
	"okay": true, "well": true, "so": true, "and": true, "but": true, "because": true, "also": true,
	"then": true, "first": true, "second": true, "third": true, "finally": true, "result": true,
	"results": true, "conclusion": true, "comment": true, "comments": true, "observation": true,
	"context": true, "background": true, "topic": true, "section": true, "part": true,
	"chapter": true, "translation": true, "transcript": true, "transcriber's note": true,
	"transcriber note": true, "editor's note": true, "key": true, "goal": true, "goals": true,
	"problem": true, "solution": true, "answer key": true, "definition": true, "quote": true,
}

// abbreviations may end in "." inside a label ("Dr. Reece", "MR. ZIENTS").
var abbreviations = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "mx": true, "prof": true, "rev": true,
	"sen": true, "rep": true, "gov": true, "gen": true, "col": true, "capt": true, "cpt": true,
	"lt": true, "sgt": true, "st": true, "jr": true, "sr": true, "fr": true, "hon": true,
	"pres": true, "sec": true, "amb": true, "adm": true, "maj": true, "cmdr": true, "det": true,
	"insp": true, "supt": true, "esq": true, "phd": true, "md": true, "psyd": true,
}

// honorifics mark a single-use label as a person ("DR. SMITH:",
// "SECRETARY BECERRA:").
var honorifics = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "mx": true, "miss": true, "prof": true,
	"professor": true, "rev": true, "reverend": true, "sen": true, "senator": true, "rep": true,
	"representative": true, "gov": true, "governor": true, "secretary": true, "general": true,
	"surgeon": true, "admiral": true, "ambassador": true, "judge": true, "justice": true,
	"president": true, "vice": true, "mayor": true, "sir": true, "dame": true, "lord": true,
	"lady": true, "father": true, "sister": true, "brother": true, "captain": true,
	"commissioner": true, "director": true, "deputy": true, "chairman": true, "chair": true,
	"administrator": true, "coordinator": true, "minister": true, "speaker": true,
}

// credentials after a comma mark a person ("Elisha Goldstein, PhD").
var credentials = map[string]bool{
	"phd": true, "ph.d": true, "ph.d.": true, "psyd": true, "psy.d": true, "psy.d.": true,
	"md": true, "m.d.": true, "do": true, "rn": true, "np": true, "pa": true, "lcsw": true,
	"lmft": true, "lpc": true, "msw": true, "mph": true, "edd": true, "dds": true, "jd": true,
	"esq": true, "esq.": true, "jr": true, "jr.": true, "sr": true, "sr.": true, "mba": true,
	"ma": true, "ms": true, "msc": true, "bsc": true, "ba": true, "bs": true, "frcp": true,
	"mbbs": true, "dnp": true, "pharmd": true, "ii": true, "iii": true, "iv": true,
}

// particles are lower-case words allowed inside a name ("Ludwig van Beethoven").
var particles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "der": true, "den": true, "di": true,
	"du": true, "la": true, "le": true, "van": true, "von": true, "bin": true, "bint": true,
	"ibn": true, "al": true, "el": true, "dos": true, "das": true, "do": true, "y": true,
	"e": true, "ter": true, "ten": true, "zu": true, "af": true, "av": true, "ben": true,
	"abu": true, "lo": true, "d'": true, "dit": true,
}

// annotations are bracketed words that are transcription notes, not
// speakers ("[laughs]", "[inaudible 00:12]").
var annotations = map[string]bool{
	"laughs": true, "laughter": true, "laughing": true, "laugh": true, "chuckles": true,
	"inaudible": true, "unintelligible": true, "indistinct": true, "crosstalk": true,
	"cross-talk": true, "overlapping": true, "overtalk": true, "pause": true, "pauses": true,
	"long": true, "short": true, "silence": true, "music": true, "applause": true, "noise": true,
	"cough": true, "coughs": true, "sigh": true, "sighs": true, "sic": true, "redacted": true,
	"break": true, "interruption": true, "background": true, "phone": true, "end": true,
	"beginning": true, "start": true, "recording": true, "audio": true, "video": true,
	"unclear": true, "coughing": true, "clears": true, "sneezes": true, "crying": true,
	"cries": true, "whispers": true, "whispering": true, "singing": true, "sings": true,
	"interrupts": true, "interrupted": true, "note": true, "translation": true, "translated": true,
	"name": true, "place": true, "location": true, "date": true, "removed": true, "omitted": true,
	"blank": true, "sound": true, "static": true, "beep": true, "ringing": true, "knock": true,
	"knocking": true, "door": true, "off": true, "on": true, "transcriber": true, "ed": true,
	"editor": true, "emphasis": true, "nods": true, "shrugs": true, "gestures": true,
	"smiles": true, "groans": true, "gasps": true, "yawns": true, "tape": true, "unknown": true,
}

// isSpace reports white space including NBSP and the Unicode spaces.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// normKey lower-cases a label and collapses its white space, for counting
// and matching.
func normKey(s string) string {
	return strings.ToLower(strings.Join(strings.FieldsFunc(s, isSpace), " "))
}

// firstRune returns the first rune of s, or utf8.RuneError if s is empty.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Label is a speaker label at the start of a line, as FindLabel finds it.
type Label struct {
	// Text is the label as it names the speaker: markup, brackets and the
	// colon removed, trimmed.
	Text string
	// Rest is the byte offset in the line of the text after the label and
	// the white space after it.
	Rest int
}

// FindLabel returns what looks like a speaker label at the start of line,
// in the shapes Text reads ("Name:", "**Name:**", "[name]", "Q" and a wide
// gap). Whether it is a speaker's is for the whole document to say: Text
// decides that, so a caller that has the turns Text found compares
// LabelKey(Label.Text) with LabelKey of their speakers.
func FindLabel(line string) (Label, bool) {
	c, ok := findCandidate(line)
	if !ok {
		return Label{}, false
	}
	return Label{Text: c.label, Rest: len(line) - len(c.rest)}, true
}

// LabelKey is the form labels are compared in: lower case, white space
// collapsed.
func LabelKey(label string) string { return normKey(label) }

// IsSpace reports the white space labels are trimmed of: Unicode white
// space, NBSP, the zero-width space and the BOM.
func IsSpace(r rune) bool { return isSpace(r) }

// findCandidate returns the label candidate at the start of line, if any.
func findCandidate(line string) (candidate, bool) {
	s := strings.TrimLeftFunc(line, isSpace)
	if s == "" {
		return candidate{}, false
	}
	if c, ok := qaCandidate(s); ok {
		return c, true
	}
	if c, ok := bracketCandidate(s); ok {
		return c, true
	}
	return colonCandidate(s)
}

// qaCandidate finds the "Q" (or "A") of press briefings and depositions:
// the letter, then a run of spacing that includes a tab or a no-break
// space or is at least two spaces long, then the text. There is no colon.
func qaCandidate(s string) (candidate, bool) {
	if len(s) < 2 || (s[0] != 'Q' && s[0] != 'A') {
		return candidate{}, false
	}
	after := s[1:]
	n, special := 0, false
	for _, r := range after {
		if !isSpace(r) {
			break
		}
		n++
		if r != ' ' {
			special = true
		}
	}
	if n == 0 || (!special && n < 2) {
		return candidate{}, false
	}
	label := s[:1]
	return candidate{kind: labelQA, label: label, key: strings.ToLower(label), rest: strings.TrimLeftFunc(after, isSpace)}, true
}

// bracketCandidate finds "[name] text" and "[name]: text".
func bracketCandidate(s string) (candidate, bool) {
	if s[0] != '[' {
		return candidate{}, false
	}
	j := strings.IndexByte(s, ']')
	if j < 2 || j > 4*maxLabelRunes {
		return candidate{}, false
	}
	inner := strings.TrimFunc(s[1:j], isSpace)
	after := s[j+1:]
	after = strings.TrimPrefix(after, ":")
	if after != "" && !isSpace(firstRune(after)) {
		return candidate{}, false // a Markdown link "[x](url)", "[x][y]"
	}
	if !bracketShape(inner) {
		return candidate{}, false
	}
	return candidate{kind: labelBracket, label: inner, key: "[" + normKey(inner), rest: strings.TrimLeftFunc(after, isSpace)}, true
}

// bracketShape accepts short bracketed ids and names ("id1", "doctor",
// "patient_guest", "Jane Roe") and refuses annotations and timestamps.
func bracketShape(inner string) bool {
	n := utf8.RuneCountInString(inner)
	if n == 0 || n > maxLabelRunes || !unicode.IsLetter(firstRune(inner)) {
		return false
	}
	words := strings.FieldsFunc(inner, isSpace)
	if len(words) > 3 {
		return false
	}
	for _, r := range inner {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || isSpace(r) || strings.ContainsRune("_-.'’", r)) {
			return false
		}
	}
	return !annotations[strings.ToLower(strings.Trim(words[0], ".'’-_"))]
}

// colonCandidate finds "Name: text", "**Name:** text" and "**Name**: text".
func colonCandidate(s string) (candidate, bool) {
	bold, marker := false, ""
	for _, m := range []string{"**", "__"} {
		if strings.HasPrefix(s, m) {
			bold, marker, s = true, m, s[len(m):]
			break
		}
	}
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 4*maxLabelRunes {
		return candidate{}, false
	}
	label, after := s[:i], s[i+1:]
	if bold {
		trimmed := strings.TrimRightFunc(label, isSpace)
		switch {
		case strings.HasSuffix(trimmed, marker):
			label = strings.TrimSuffix(trimmed, marker)
		case strings.HasPrefix(after, marker):
			after = after[len(marker):]
		default:
			return candidate{}, false
		}
	} else if after != "" && !isSpace(firstRune(after)) {
		return candidate{}, false // "3:34", "http://", "ratio:1"
	}
	label = strings.TrimFunc(label, isSpace)
	if !labelShape(label) {
		return candidate{}, false
	}
	return candidate{kind: labelColon, label: label, key: normKey(label), rest: strings.TrimLeftFunc(after, isSpace), bold: bold}, true
}

// labelShape reports whether s could be a speaker label at all: short,
// starting with a letter, made of name characters, with no sentence
// punctuation (a "." only after an initial or a known abbreviation).
func labelShape(s string) bool {
	n := utf8.RuneCountInString(s)
	if n == 0 || n > maxLabelRunes || !unicode.IsLetter(firstRune(s)) {
		return false
	}
	words := strings.FieldsFunc(s, isSpace)
	if len(words) > maxLabelWords {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || isSpace(r) ||
			strings.ContainsRune(".,'’-_&()/", r)) {
			return false
		}
	}
	for _, w := range words {
		w = strings.Trim(w, "(),")
		if !strings.HasSuffix(w, ".") {
			continue
		}
		base := strings.TrimSuffix(w, ".")
		switch {
		case utf8.RuneCountInString(base) == 1: // an initial: "B."
		case strings.Contains(base, "."): // "Psy.D.", "U.S."
		case abbreviations[strings.ToLower(base)]:
		default:
			return false // "Thanks. I"
		}
	}
	return true
}

// nameLike reports whether a label is written like a person's name or
// role: each word capitalised (or a particle, a number, or a credential
// after a comma). "Initial steps" and "Here's my final question" are not.
func nameLike(s string) bool {
	if !labelShape(s) {
		return false
	}
	afterComma := false
	for i, w := range strings.FieldsFunc(s, isSpace) {
		core := strings.TrimLeft(w, "(")
		r := firstRune(core)
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r):
		case i > 0 && (afterComma || particles[strings.ToLower(strings.TrimRight(core, ".,)"))]):
		case i > 0 && strings.HasPrefix(w, "("):
		case unicode.IsLetter(r) && !unicode.IsLower(r): // scripts without case
		default:
			return false
		}
		if strings.HasSuffix(w, ",") {
			afterComma = true
		}
	}
	return true
}

// personMarked reports whether a label names a person by an honorific
// ("Dr. Smith", "SURGEON GENERAL MURTHY") or a credential ("Jane Roe, PhD").
func personMarked(s string) bool {
	words := strings.FieldsFunc(s, isSpace)
	if len(words) < 2 {
		return false
	}
	if honorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		return true
	}
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		for _, w := range strings.FieldsFunc(s[i+1:], isSpace) {
			if credentials[strings.ToLower(strings.Trim(w, ",()"))] {
				return true
			}
		}
	}
	return false
}

// labelLine is one body line with its candidate, for judging.
type labelLine struct {
	cand          candidate
	ok            bool // a candidate was found
	afterBlank    bool // the line starts a paragraph
	structural    bool // the line is where a label is expected (a cue's first line, after a timestamp)
	speakerAccept bool // set by judgeLabels
}

// judgeLabels decides which candidates are speaker labels (see the
// comment at the top of this file) and marks them.
func judgeLabels(ls []labelLine, known []string) {
	knownKeys := make(map[string]bool, len(known))
	for _, k := range known {
		k = strings.TrimSpace(k)
		k = strings.Trim(k, "*_[]:")
		if key := normKey(k); key != "" {
			knownKeys[key] = true
			knownKeys["["+key] = true
		}
	}
	counts := map[string]int{}
	first := map[string]int{} // key -> index of its first line
	hasQ := false
	for i, l := range ls {
		if !l.ok {
			continue
		}
		if counts[l.cand.key] == 0 {
			first[l.cand.key] = i
		}
		counts[l.cand.key]++
		if l.cand.kind == labelQA && l.cand.key == "q" {
			hasQ = true
		}
	}
	accepted := map[string]bool{}
	bracketSpeakers, colonSpeakers := 0, 0
	for key, n := range counts {
		c := ls[first[key]].cand
		bare := strings.TrimPrefix(key, "[")
		ok := false
		switch c.kind {
		case labelQA:
			ok = key == "q" || hasQ || knownKeys[key]
		case labelBracket:
			ok = knownKeys[key] || conventionalRE.MatchString(bare) || n >= 2
		case labelColon:
			ok = knownKeys[key] || conventionalRE.MatchString(key) || (n >= 2 && nameLike(c.label))
		}
		if notSpeakers[bare] && !knownKeys[key] {
			ok = false
		}
		if ok {
			accepted[key] = true
			switch c.kind {
			case labelBracket:
				bracketSpeakers++
			case labelColon:
				colonSpeakers++
			}
		}
	}
	boldSpeakers := 0
	for _, l := range ls {
		if l.ok && accepted[l.cand.key] && l.cand.kind == labelColon && l.cand.bold {
			boldSpeakers++
		}
	}
	// Single-use labels, judged against the speakers found so far.
	for key, n := range counts {
		if accepted[key] || n != 1 {
			continue
		}
		l := ls[first[key]]
		if notSpeakers[strings.TrimPrefix(key, "[")] {
			continue
		}
		switch l.cand.kind {
		case labelColon:
			if l.afterBlank && nameLike(l.cand.label) &&
				(personMarked(l.cand.label) || (l.cand.bold && boldSpeakers >= 2) || (l.structural && colonSpeakers >= 1)) {
				accepted[key] = true
			}
		case labelBracket:
			if bracketSpeakers >= 1 && !strings.ContainsFunc(l.cand.label, isSpace) {
				accepted[key] = true
			}
		}
	}
	for i := range ls {
		ls[i].speakerAccept = ls[i].ok && accepted[ls[i].cand.key]
	}
}
