package redact

// Web addresses and e-mail addresses as people say and write them: spelt
// out with spaces at a provider of personal mail, or a bare domain under
// any country's top-level domain.

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spacedMailRE is an e-mail address said with spaces in its local part
// ("isatou c camara at gmail dot com"), at a provider of personal mail:
// group 1 the words before "at".
var spacedMailRE = lazyRE(`(?i)((?:\b[a-z]{1,20}[ \t]+){1,6})at[ \t]+(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|proton|protonmail|gmx|mail)[ \t]+dot[ \t]+(?:com|net|org|co[ \t]+dot[ \t]+uk|fr|de)\b`)

// findSpacedMails finds e-mail addresses said with spaces: the words
// before "at" back to the first that is no part of a name ("send to mama
// rose lado at yahoo dot com" is "mama rose lado...").
func findSpacedMails(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(spacedMailRE(), text, wins, func(m []int) {
		words := wordRE().FindAllStringIndex(text[m[2]:m[3]], -1)
		k := len(words)
		for k > 0 {
			at := m[2] + words[k-1][0]
			w := strings.ToLower(text[at : m[2]+words[k-1][1]])
			if spokenMailWords[w] {
				return // "grace dot obi at...": spokenEmailRE's
			}
			if r, _ := utf8.DecodeLastRuneInString(text[:at]); functionWords[w] || notMailLocals[w] || mailCues[w] || r == '\'' || r == '’' {
				break // "it's", "email me", "send to"
			}
			k--
		}
		if len(words)-k < 2 {
			return // one word is spokenEmailRE's to judge
		}
		out = append(out, candidate{kind: Email, start: m[2] + words[k][0], end: m[1]})
	})
	return out
}

// wordRE is a run of letters.
var wordRE = lazyRE(`[A-Za-z]+`)

// spokenMailWords spell out an address's punctuation.
var spokenMailWords = setOf(`dot underscore dash hyphen`)

// mailCues are words said before an e-mail address, not part of it.
var mailCues = setOf(`email e-mail mail address is it's its send write contact reach ask tell message`)

// countryTLDs are the countries' top-level domains (ISO 3166, as
// golang.org/x/text/language knows them), but those that are also English
// words, abbreviations or file endings ("is", "it", "my", "mg", "st",
// "md"): wordTLDs, which name a web site only after a word that says so
// (see findWordTLDURLs).
const (
	countryTLDs = `ac|ad|ae|af|ag|ai|al|ao|aq|ar|au|aw|ax|az|ba|bb|bd|bf|bg|bh|bi|bj|bm|bn|bo|br|bs|bt|bw|bz|ca|cc|cd|cf|cg|ch|ci|ck|cl|cm|cn|co|cr|cu|cv|cw|cx|cy|cz|de|dj|dk|dm|dz|ec|ee|eg|es|et|eu|fi|fj|fk|fm|fo|fr|ga|gd|ge|gf|gg|gh|gi|gl|gm|gn|gp|gq|gr|gs|gt|gu|gw|gy|hk|hn|hr|ht|hu|ie|il|im|in|io|iq|ir|je|jm|jo|jp|ke|kg|kh|ki|km|kn|kp|kr|kw|ky|kz|lb|lc|lk|lr|ls|lt|lu|lv|ly|mc|me|mh|mk|mn|mo|mp|mq|mt|mu|mv|mw|mx|mz|na|nc|ne|nf|ng|ni|nl|np|nr|nu|nz|om|pe|pf|pg|ph|pk|pl|pn|pr|pw|qa|ro|ru|rw|sb|sc|sd|se|sg|si|sk|sl|sm|sn|ss|sv|sx|sy|sz|tc|td|tg|tj|tk|tl|tm|tn|tr|tt|tv|tw|tz|ua|ug|uk|us|uy|uz|va|vc|ve|vg|vi|vn|vu|wf|ws|za|zm|zw`
	wordTLDs    = `mr|am|as|at|be|by|do|id|is|it|no|pa|re|so|to|my|mm|ms|mg|ml|pm|ps|pt|st|th|la|li|ye|sa|md|py|sh|rs|ma`
)

// namedTLDs are top-level domains of regions, cities and languages
// ("pinyaamiga.cat", "clwbpen.cymru", "erritmoa.eus"), of the kinds of
// site a group has ("amigos.online", "carers.network") and Google's
// forms' short links ("forms.gle/…").
const namedTLDs = `cat|eus|gal|bzh|corsica|cymru|wales|scot|irish|london|paris|berlin|wien|nyc|quebec|swiss|tirol|alsace|barcelona|madrid|amsterdam|brussels|vlaanderen|frl|bayern|hamburg|koeln|istanbul|tokyo|okinawa|ryukyu|osaka|nagoya|yokohama|kyoto|taipei|boston|miami|capetown|durban|joburg|stockholm|helsinki|oslo|gent|ruhr|saarland|africa|asia|lat|kiwi|melbourne|sydney|online|website|community|foundation|charity|ngo|ong|clinic|blog|xyz|gle|` + wordTLDAlternatives

// wordTLDAlternatives are the top-level domains in namedTLDs that are
// English words too (see wordsJoinedByDot).
const wordTLDAlternatives = `page|link|site|care|life|live|world|global|network|team|support|services`

// wordTLDRE is a bare domain ending in one of wordTLDs: "steadyhand.is".
var wordTLDRE = lazyRE(`(?i)\b[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.(?:` + wordTLDs + `)\b(?:/[^\s<>"'“”‘’]*)?`)

// webCueRE is a word that says a web address follows.
var webCueRE = lazyRE(`(?i)\b(?:website|web site|site|web|link|page|url|online|go to|visit|address|log in to|log into|log on to|sign in to)\b`)

// findWordTLDURLs finds domains ending in a word ("solskinsmorgnar.is")
// after a word that names a web site, within the 40 bytes before.
func findWordTLDURLs(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(wordTLDRE(), text, wins, func(m []int) {
		s, e := m[0], trimURL(text, m[0], m[1])
		if e-s >= 6 && !(s > 0 && text[s-1] == '@') && lowerTLD(text[s:e]) && (webCueRE().MatchString(sentenceTail(text, s, 24)) || sitePath(text[s:e])) {
			out = append(out, candidate{kind: URL, start: s, end: e})
		}
	})
	return out
}

// sitePath reports whether a bare domain goes on with a path of a word of
// three letters or more ("amberlight.pt/entrar"): a web address even
// where no word says so, unlike "pt/inr" (patient, a unit).
func sitePath(domain string) bool {
	name, path, ok := strings.Cut(domain, "/")
	if !ok || strings.Count(name, ".") == 0 {
		return false
	}
	label, _, _ := strings.Cut(name, ".")
	return len(label) >= 5 && len(path) >= 3
}

// lowerTLD reports whether a bare domain's last label is in lower case:
// "hard.My mum" is a sentence whose space after the full stop was lost.
func lowerTLD(domain string) bool {
	domain, path, _ := strings.Cut(domain, "/")
	i := strings.LastIndexByte(domain, '.')
	if i < 0 || strings.ToLower(domain[i+1:]) != domain[i+1:] {
		return false
	}
	// The name before it has three letters or more: "no.tv", "2.ai" and
	// "mum.at" are words run together. With a path after it, one will do:
	// "t.me/ruby_ayollar_sam", "wa.me/99891".
	label, _, _ := strings.Cut(domain, ".")
	if path != "" && label != "" {
		return true
	}
	letters := 0
	for _, r := range label {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// sentenceTail returns up to n bytes before s, from the start of their
// sentence.
func sentenceTail(text string, s, n int) string {
	t := text[max(0, s-n):s]
	if i := strings.LastIndexAny(t, ".!?\n"); i >= 0 {
		t = t[i+1:]
	}
	return t
}

// spokenDotRE is "dot" said between the words of an address, in the
// languages spokenEmailRE knows.
var spokenDotRE = lazyRE(`(?i)\s` + spokenDot + `\s`)

// spokenDots returns where "dot" (or "punto", "nokta"...) is said as a
// word: the windows spokenEmailRE runs on.
func spokenDots(text string) []int {
	var at []int
	lower := asciiLower(text) // once, not once a word
	for _, w := range spokenDotWords {
		at = append(at, indexAll(lower, w, false)...)
	}
	sort.Ints(at)
	return at
}

// spokenDotWords are the words of spokenDot, with the spaces around them.
var spokenDotWords = func() []string {
	out := []string{" dot "}
	for _, w := range strings.Split(foreignDot, "|") {
		out = append(out, " "+w+" ")
	}
	return out
}()

// localDotRE is a spoken dot in an address's local part, in any language
// spokenDot knows, but "point", which English speech says for other things.
var localDotRE = lazyRE(`(?i)\s(?:dot|` + strings.Join(slices.DeleteFunc(strings.Split(foreignDot, "|"),
	func(w string) bool { return w == "point" }), "|") + `)\s`)

// foreignDotRE is "dot" as speakers of other languages say it.
var foreignDotRE = lazyRE(`(?i)\b(?:` + foreignDot + `)\b`)

// mailTLDEnd reports whether a domain said aloud ends in a top-level
// domain that is no English word ("gmail point com", not "that point in"),
// or is one right after the domain's name ("moov point mg").
func mailTLDEnd(domain string) bool {
	f := strings.Fields(domain)
	if len(f) < 3 || functionWords[strings.ToLower(f[0])] {
		return false // "at the point HR": no domain's name before "point"
	}
	last := strings.Trim(f[len(f)-1], ".,;:!?")
	// A country's domain that is an English word or abbreviation too
	// ("mg", Madagascar's) only right after the domain's one name: "moov
	// point mg".
	tld := mailTLDRE().MatchString(last) || len(f) == 3 && spokenWordTLDRE().MatchString(last)
	return last == strings.ToLower(last) && tld && !functionWords[last]
}

var mailTLDRE = lazyRE(`^(?:com|org|net|edu|gov|info|` + namedTLDs + `|` + countryTLDs + `)$`)

// spokenWordTLDRE is one of wordTLDs said alone.
var spokenWordTLDRE = lazyRE(`^(?:` + wordTLDs + `)$`)

// englishAtForeignDot reports whether a spoken e-mail match m of
// spokenEmailRE says "at" in English and "dot" in another language:
// "struggling at that point in my life" is speech, not an address.
func englishAtForeignDot(text string, m []int) bool {
	at := strings.ToLower(strings.TrimSpace(text[m[3]:m[4]]))
	local := strings.ToLower(text[m[2]:m[3]])
	dots := foreignDotRE().FindAllString(text[m[4]:m[1]], -1)
	pointsOnly := !slices.ContainsFunc(dots, func(d string) bool { return !strings.EqualFold(d, "point") })
	switch {
	case at == "at" && len(dots) > 0 && pointsOnly:
		// After "at" and a domain said with "point" only, only a written
		// dot or underscore makes an address: "the pika was at that point
		// in decline" and "my CD4 was 200 at that point" are speech; a
		// local part said with "point" too is an address ("souffle point
		// ensemble at gmail point com").
		return !strings.ContainsAny(local, "._") && !(strings.Contains(" "+local+" ", " point ") && mailTLDEnd(text[m[4]:m[1]]))
	case at == "at" && len(dots) > 0:
		// "elif punkt yilmaz at gmx punkt de" is an address: its local
		// part says a dot that is no English "point".
		return !strings.ContainsAny(local, "._") && !localDotRE().MatchString(local)
	case at == "et" && pointsOnly:
		// "la piste cyclable et le point de départ": the same for "et".
		return !strings.ContainsAny(local, "._0123456789")
	case at == "et":
		// French "et" is "and" too: "la base et le point de départ". An
		// address said so has a dot or digits in its local part.
		return !strings.ContainsAny(local, "._0123456789") && !spokenDotRE().MatchString(local)
	}
	return false
}

// findSpokenMails finds e-mails said aloud (spokenEmailRE), from their
// local part, not the character before it.
func findSpokenMails(text string, dotWins []span) []candidate {
	var out []candidate
	eachMatch(spokenEmailRE(), text, dotWins, func(m []int) {
		local := strings.ToLower(text[m[2]:m[3]])
		if commaBeforeAt(text, m) && !spelledDotRE().MatchString(local) {
			return // "all one word, at gmail dot com": the local part was said before
		}
		if spokenMailLocal(text, m[2], local) && !englishAtForeignDot(text, m) && !sentenceDomain(text[m[4]:m[5]]) {
			out = append(out, candidate{kind: Email, start: m[2], end: m[1]})
		}
	})
	return out
}

// spelledDotRE is a dot said between commas, as a local part spelled part
// by part says it: ", dot,", ", punto,".
var spelledDotRE = lazyRE(`(?i),\s+` + spokenDot + `,`)

// commaBeforeAt reports whether a spoken e-mail that spokenEmailRE
// matched at m has a comma between its local part and "at": only a local
// part spelled part by part ("p-a-i-s, dot, da, dot, madrugada, at …")
// is said so.
func commaBeforeAt(text string, m []int) bool {
	return strings.HasPrefix(text[m[3]:m[4]], ",")
}

// wordyTLDs are the top-level domains that are English words too.
var wordyTLDs = setOf(strings.ReplaceAll(wordTLDAlternatives, "|", " "))

// wordsJoinedByDot reports whether a bare domain with no path is words
// the lists hold, its top-level domain a word too, with no word for a
// site in its sentence: a missing space after a full stop ("live.life
// goes on", "the peer support.services were cut", "the self.care app"),
// not a site ("carersgroup.network", "our page is carers.network").
func wordsJoinedByDot(text string, s, e int) bool {
	host := text[s:e]
	if strings.Contains(host, "/") {
		return false
	}
	labels := strings.Split(strings.ToLower(host), ".")
	if len(labels) < 2 || !wordyTLDs[labels[len(labels)-1]] || webCueRE().MatchString(sentenceAround(text, s, e)) {
		return false
	}
	g, err := loadGazetteer()
	if err != nil {
		return false
	}
	for _, l := range labels[:len(labels)-1] {
		if !g.isWord(l) && !functionWords[l] {
			return false
		}
	}
	return true
}
