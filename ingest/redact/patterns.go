package redact

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The regular expressions below are compiled on first use (lazyRE) and are
// read-only then (regexp.Regexp is safe for concurrent use).

var (
	emailRE = lazyRE(`(?i)[a-z0-9](?:[a-z0-9._%+'\-]*[a-z0-9_])?@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,24}`)

	// Spoken e-mail: "grace dot obi at gmail dot com", a domain said in
	// words, "puleng at blanket and lamp dot org dot za".
	// The local part may hold numbers said in words ("lan dot nguyen
	// seventy-two at yahoo dot co dot uk") and "dash" or "hyphen", and
	// commas where each part was said on its own ("p-a-i-s, dot, da,
	// dot, madrugada, at gmail dot com"); the domain ends in a generic or
	// a country top-level domain.
	spokenEmailRE = lazyRE(`(?i)(?:^|[^\p{L}\p{N}_])([\p{L}0-9][\p{L}0-9_\-]*(?:(?:,?\s+` + spokenDot + `,?\s+|\s+underscore\s+|\s+(?:dash|hyphen|minus)\s+|[._])[\p{L}0-9][\p{L}0-9_\-]*|\s+(?:` + underHund + `|oh|zero|double|triple|\d{1,4}|` + spokenForeignNumber + `)\b)*),?\s+(?:at[ \t]the[ \t]rate(?:[ \t]of)?|at|` + foreignAt + `)\s+([a-z0-9][a-z0-9\-]*(?:\s+(?:dash|hyphen|minus)\s+[a-z0-9\-]+)*(?:\s+[a-z]+){0,3}?)((?:\s+` + spokenDot + `\s+[a-z0-9\-]+)*)\s+` + spokenDot + `\s+(` + spokenTLDs + `)\b`)
	spokenDot     = `(?:dot|` + foreignDot + `)`
	// A number from zero to ninety-nine said in Spanish, Portuguese or
	// French in a spoken e-mail's local part ("graciela punto pereyra
	// cincuenta y ocho arroba gmail punto com").
	spokenForeignNumber = `(?:(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|trinta|quarenta|cinquenta|sessenta|oitenta)(?:\s+(?:y|e)\s+` + spokenForeignUnit + `)?|veinti\p{L}+|veinte|vinte|(?:vingt|trente|quarante|cinquante|soixante)(?:-\p{L}+)?|diez|once|doce|trece|catorce|quince|dez|onze|` + spokenForeignUnit + `)`
	spokenForeignUnit   = `(?:cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|um|dois|três|quatro|sete|oito|nove|zéro|deux|trois|quatre|cinq|sept|huit|neuf)`
	// "dot" and "at" as people say them in Spanish, French, Portuguese,
	// Romanian, Turkish, Serbian, Polish, German, Dutch, Hungarian,
	// Italian, Bulgarian, Russian, Greek, Slovene, Czech, Latvian,
	// Danish, Norwegian, Swedish and Vietnamese, and "at the rate" as Indian
	// English says "@" ("clube.pezinhos arroba sapo ponto
	// pt", "x et gmail nokta com", "desi tochka petrova klyomba abv tochka
	// bg", "rima snabel-a gmail punktum com").
	foreignDot = `chấm|cham|punto|point|ponto|punct|punkt|punkts|punktum|nokta|tačka|tacka|pont|kropka|punt|tochka|točka|tocka|teleia|bodka|piste|pilkku|pika|tečka|tecka`
	foreignAt  = `a[ \t]còng|a[ \t]cong|a[ \t]móc|a[ \t]moc|arroba|arobase|et|a-rond|a[ \t]rond|majmunče|majmunce|kukac|malpa|małpa|chiocciola|klammeraffe|apenstaartje|klyomba|klyumba|sobaka|papaki|afna|zavináč|zavinac|majmunche|ät|miukumauku|kr[øo]llalfa|snabel-a|snabela|snabel[ \t]a`
	// Top-level domains said after "dot": the generic ones and the
	// two-letter country codes people are likely to give.
	spokenTLDs = `com|org|net|edu|gov|info|biz|email|app|dev|health|` + namedTLDs + `|` + countryTLDs + `|` + wordTLDs

	urlRE = lazyRE(`(?i)\b(?:https?://|www\.)[^\s<>"'“”‘’]+|\b[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.(?:com|org|net|edu|gov|info|co\.uk|org\.uk|nhs\.uk|ac\.uk|gov\.uk|app|health|` + namedTLDs + `|` + countryTLDs + `)\b(?:/[^\s<>"'“”‘’]*)?`)

	// A run of digit groups that may be a phone or ID number; a dash
	// between spaces may follow an area code with its trunk "0" ("073 -
	// 914 22 08", as a Swedish mobile is often typed; "0 46 81 – 5 73 21",
	// a German landline); a "1" may open a
	// North American area code in brackets ("1 (876) 554-2190"); the
	// country's code may stand in brackets ("(+675) 7446-0913").
	numberRE = lazyRE(`(?:\+\d{1,3}[ .\-]?(?:\(0\)[ .\-]?)?|\(\+\d{1,3}\)[ .\-]?)?(?:(?:\b1[ .\-]?)?\(\d{2,6}\)[ .\-]?)?(?:0\d{0,4}(?:[ \t]\d{1,4}){0,2}[ \t][-–—][ \t]|0\d{2,5}/)?\d{1,18}(?:[ .\-]\d{1,8}){0,6}`)

	// A month's whole name.
	fullMonthName = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`
	// A month, with the dot of an abbreviation ("Sept."): a dot after a
	// whole name ends the sentence ("the 12th March. 2024 was...").
	monthName   = `(?:` + fullMonthName + `|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`
	ordinal     = `(?:st|nd|rd|th)?`
	weekdayName = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	// A day said in words: "the third", "the twenty-first".
	dayWord   = `(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))`
	unitWord  = `(?:one|two|three|four|five|six|seven|eight|nine)`
	teenWord  = `(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`
	tensWord  = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`
	underHund = `(?:` + tensWord + `(?:[- ]` + unitWord + `)?|` + teenWord + `|` + unitWord + `)`
	// A year in digits (Thai ones count from the Buddhist era: "2566") or
	// said: "2021", "twenty twenty-one", "nineteen eighty-four", "twenty
	// oh five", "two thousand and three".
	yearForm = `(?:(?:19|20|25)\d{2}|['’]\d{2}|(?:nineteen|twenty)[- ](?:oh[- ]` + unitWord + `|` + tensWord + `(?:[- ]` + unitWord + `)?|` + teenWord + `)|two thousand(?:,? and)?(?: ` + underHund + `)?)`
	dayForm  = `(\d{1,2}` + ordinal + `|` + dayWord + `)`
	// "Tuesday the 4th of June 2024", "the ninth of April 2023", "12 March 2024".
	dateDMY = lazyRE(`(?i)\b(?:` + weekdayName + `,?\s+)?(?:the\s+)?` + dayForm + `(?:(?:\s+(?:day\s+)?of)?\s+` + monthName + `,?\s+(?:of\s+)?|-` + monthName + `-|/` + monthName + `/)` + yearForm + `\b`)
	// "March 12th, 2024", "May the third, 2021", "Tuesday, June 4, 2024",
	// "in March, the 14th, 2024".
	dateMDY = lazyRE(`(?i)\b(?:` + weekdayName + `,?\s+)?` + monthName + `(?:,\s+the\s+|\s+(?:the\s+)?)` + dayForm + `(?:\s+of)?,?\s+` + yearForm + `\b`)
	// monthBeforeRE is a month's name just before a year.
	monthBeforeRE = lazyRE(`(?i)\b` + monthName + `\s+$`)
	// "2017, the 22nd of June": the year said first.
	dateYDM      = lazyRE(`(?i)\b(?:19|20)\d{2},\s+the\s+` + dayForm + `\s+of\s+` + monthName + `\b`)
	dateNum      = lazyRE(`\b(\d{1,2})([/.\-]|\. )(\d{1,2})([/.\-]|\. )(\d{4}|\d{2})\b`)
	dateNumTight = lazyRE(`\b(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})\b`)
	// "Reiwa 4-nen 11-gatsu 3-ka": a date of a Japanese era, said.
	dateEra = lazyRE(`(?i)\b(?:Reiwa|Heisei|Sh[oō]wa)[ \t]+\d{1,2}-?nen[ \t]+\d{1,2}-?gatsu[ \t]+\d{1,2}-?(?:ka|nichi)\b`)
	// "2023년 5월 8일", "2023年5月8日": a date written in Korean, Japanese or
	// Chinese; a Japanese era's year too ("令和4年5月12日").
	dateCJK = lazyRE(`(?:(?:19|20)\d{2}|1[01]\d|(?:令和|平成|昭和)(?:\d{1,2}|元))[ \t]?[년年][ \t]?\d{1,2}[ \t]?[월月][ \t]?\d{1,2}[ \t]?[일日]`)
	dateISO = lazyRE(`\b((?:19|20)\d{2})([\-/.])(\d{1,2})([\-/.])(\d{1,2})\b`)

	ssnSpaceRE = lazyRE(`(?i)\b(?:social security(?: number)?|ssn|(?:my|his|her|their|your)[ \t]+social)\b[^0-9\n]{0,20}(\d{3}(?: ?- ?| )\d{2}(?: ?- ?| )\d{4})\b`)
	mrnRE      = lazyRE(`(?i)\b(?:` + medicalRecordCues + `|case number|member id|reference(?: number| no\.?)?|ref(?: no\.?|\.)?)\b(?:\s+at\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}'’]*(?:\s+(?-i:\p{Lu})[\p{L}'’]*){0,2})?(?:\s*(?:is|was|:|#|no\.?|number))*\s*[:#]?\s*((?-i:[A-Z]{0,3})[\- ]?\d{2,10}(?:[ \-]\d{2,8}){0,2}(?:[ \-]\d\b)?(?-i:[A-Z])?)\b`)
	// National Insurance numbers. Any two letters: people write the
	// specimen "QQ" prefix, which the real scheme never issues.
	niRE = lazyRE(`\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b`)
	// Reference numbers of letters and digits: "K0987654", "RX4471-22",
	// "HO/123456/22", "RR8 2049173", "K 774 0192" (the last, spaced, only
	// after a cue).
	alnumIDRE = lazyRE(`\b([A-Z]{1,3})([ \-/]?)(\d+(?:[ \-/]\d+){0,3})([A-Z]?)\b`)

	streetSuffix = `(?:Street|St|Road|Rd|Avenue|Ave|Lane|Lanes|Ln|Drive|Dr|Close|Court|Ct|Crescent|Cres|Place|Pl|Grove|Gardens|Gdns|Terrace|Terr|Way|Boulevard|Blvd|Square|Sq|Mews|Row|Hill|Park|Walk|Parade|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Green|Rise|View|Vale|Wharf|Broadway|Gate|Approach|Chase|Heights|Embankment|Quay|Esplanade|Wynd|Croft|Meadows|Trail|Loop|Pike)`
	ukPostcode   = `(?:(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}|(?:TKCA|ASCN|STHL|TDCU|BIQQ|FIQQ|SIQQ|BBND|PCRN) ?1ZZ)`
	usState      = `(?:PR|GU|AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)`
	// A state written out before a ZIP code: "Atlanta, Georgia 30310".
	// The US Virgin Islands before their ZIP, which is 008 and two
	// digits: "VI 00802" ("Henry VI, 10000 lines" is none).
	virginIslandsZIP = `VI,?[ \t\x{00A0}]+008\d{2}`
	usStateName      = `(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)`
	capWord          = `[\p{Lu}][\p{L}'’\-]*`
	// A word of a street's name: capitalised, a particle ("Ponce de Leon"),
	// or an ordinal ("West 18th Street").
	streetNameWord = `(?:` + capWord + `|(?:de|del|la|le|van|von|der|da|di|du|y)|\d{1,3}(?:st|nd|rd|th))`
	// A saint's or a mount's abbreviation with its full stop before a
	// street's name: "St. George Street", "Mt. Pleasant Road".
	saintBefore = `(?:(?:St|Ste|Mt)\.[ \t\x{00A0}]+)?`
	// A compass point after the suffix, US style: "Ponce de Leon Ave NE".
	streetCompass = `(?:[ \t\x{00A0}]+(?:NE|NW|SE|SW|N|S|E|W)\b\.?)?`
	streetRE      = lazyRE(`(?:\b(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t\x{00A0}]+[0-9A-Za-z]{1,5}(?:/[0-9A-Za-z]{1,3})?,?[ \t\x{00A0}]+)?` +
		`\b\d{1,5}[A-Za-z]?(?:[\-–/](?:\d{1,5}[A-Za-z]?|[A-Za-z]\b))?,?[ \t\x{00A0}]+` +
		`(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t\x{00A0}]+)?` + saintBefore +
		`(?:` + capWord + `|\d{1,3}(?:st|nd|rd|th)?)[ \t\x{00A0}]+(?:` + streetNameWord + `[ \t\x{00A0}]+){0,3}` + streetSuffix + `\b\.?` + streetCompass +
		`(?:,?[ \t\x{00A0}]+(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Flat|#)[ \t\x{00A0}]*[0-9A-Za-z\-]{1,5}\b)?` +
		`(?:,?[ \t\x{00A0}]+(?:` + capWord + `\.?(?:[ \t\x{00A0}]+` + capWord + `){0,2},?[ \t\x{00A0}]+)?(?:` + usState + `[ \t\x{00A0}]+\d{5}(?:-\d{4})?|` + virginIslandsZIP + `|` + ukPostcode + `)\b)?`)
	// A street name without a house number: "on Kingsway Road", "down
	// the Finchley Road", "at the centre, Sanderstead Road", "West 18th
	// Street". Group 1 is a cue before it (see findStreetNames); group 2
	// the name.
	streetNameRE = lazyRE(`(?:\b((?i:on|in|off|at|along|near|down|up|onto|into|from|of)[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?))?` +
		`\b((?:(?:N|S|E|W|North|South|East|West)\.?[ \t\x{00A0}]+\d{1,3}(?:st|nd|rd|th)|` + saintBefore + capWord + `)(?:[ \t\x{00A0}]+` + streetNameWord + `){0,3}[ \t\x{00A0}]+(?:` + streetNameSuffix + `))\b`)
	streetNameSuffix = `Street|Road|Lane|Lanes|Avenue|Ave|Drive|Close|Crescent|Grove|Terrace|Gardens|Boulevard|Blvd|Mews|Square|Parade|Way|Place|Row|Walk|Parkway|Rise|Embankment|Esplanade|Quay|Highway|Hwy`
	postcodeRE       = lazyRE(`\b` + ukPostcode + `\b`)
	// Postcodes of other countries: an Irish Eircode (a routing key, then
	// four letters and digits: group 1), a Canadian one ("M5V 3L9"), an
	// Australian state and its four digits ("NSW 2010").
	otherPostcodeRE = lazyRE(`\b(?:(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?([0-9AC-FHKNPRTV-Y]{4})|[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d|(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA),? \d{4})\b`)
	// A flat in a named building: "Flat 9, Hollybush House", "Apartment
	// 12B Riverside Court" (a flat number alone names no place), or a post
	// office box ("S.L.P. 118", as Swahili says it, "Post Box 12", "Caixa
	// Postal 512", "Apartado 40").
	buildingRE = lazyRE(`\b(?:P\.?[ ]?O\.?[ \t\x{00A0}]+Box|Post[ \t\x{00A0}]+Box|S\.L\.P\.|Caixa[ \t\x{00A0}]+Postal|Apartado)[ \t\x{00A0}]*\d{1,6}\b|` + `\b(?:Flat|Apartment|Apt\.?|Unit)[ \t\x{00A0}]+\d{1,4}[A-Za-z]?,?[ \t\x{00A0}]+(?:` + capWord + `[ \t\x{00A0}]+){1,3}(?:House|Court|Tower|Towers|Mansions|Lodge|Building|Heights|Point|Buildings|Hall|Block)\b`)
	// A ZIP code, and what must stand before it: a state ("GA 30310",
	// "Georgia 30310") or the word ("zip code is 60614"). Looked for
	// backwards from the digits, which is far cheaper than the other way.
	zipRE       = lazyRE(`\b\d{5}(?:-\d{4})?\b`)
	zipBeforeRE = lazyRE(`(?:\b(` + usState + `|` + usStateName + `),?|(?i:\b(?:zip(?:\s*code)?|post\s*code|postal\s+code)(?:\s+is|['’]s)?:?))\s+$`)
)

// findPatterns finds the structured kinds in text (byte offsets). The
// regular expressions only run on windows around their trigger characters
// (digits, "@", "dot", ".", street words), which keeps detection fast on
// long transcripts where those are rare.
func findPatterns(text string) []candidate {
	var out []candidate
	add := func(k Kind, s, e int) { out = append(out, candidate{kind: k, start: s, end: e}) }

	digits := digitRuns(text)
	digitWins := windowsAround(text, digits, 48, 100)
	atWins := windowsAround(text, indexAll(text, "@", false), 100, 100)
	dotWins := windowsAround(text, spokenDots(text), 150, 120)
	urlWins := windowsAround(text, urlTriggers(text), 100, 300)
	streetWins := windowsAround(text, streetTriggers(text), 80, 12)

	eachMatch(emailRE(), text, atWins, func(m []int) { add(Email, m[0], m[1]) })
	out = append(out, findSpokenMails(text, dotWins)...)
	eachMatch(urlRE(), text, urlWins, func(m []int) {
		s, e := m[0], trimURL(text, m[0], m[1])
		bare := !strings.Contains(text[s:e], "://") && !strings.HasPrefix(strings.ToLower(text[s:e]), "www.")
		if e > s && !(s > 0 && text[s-1] == '@') && (!bare || lowerTLD(text[s:e]) && !wordsJoinedByDot(text, s, e)) {
			add(URL, s, e)
		}
	})

	out = append(out, findWordTLDURLs(text, urlWins)...)
	out = append(out, findSpacedMails(text, dotWins)...)
	out = append(out, findNumbers(text, digitWins)...)
	// A date with a month name has a year in digits or words.
	monthWins := windowsWith(text, windowsAround(text, monthTriggers(text), 60, 70), yearTriggers)
	out = append(out, findDates(text, digitWins, monthWins)...)
	out = append(out, findForeignDates(text, digitWins)...)
	for _, p := range []struct {
		re    *regexp.Regexp
		words []string // a window must hold one
	}{{germanDateRE(), germanMonthWords}, {numericDashDateRE(), []string{"/"}}, {solarDateRE(), []string{"/"}}, {eraDateRE(), []string{"reiwa", "heisei", "showa", "shōwa", "taisho", "taishō"}}, {dottedYearFirstRE(), []string{". "}}, {greekDateRE(), greekMonthWords}, {levantineDateRE(), levantineMonthWords}} {
		eachMatch(p.re, text, windowsWith(text, digitWins, p.words), func(m []int) { out = append(out, candidate{kind: Date, start: m[0], end: m[1]}) })
	}
	eachMatch(ssnSpaceRE(), text, windowsWith(text, digitWins, []string{"social", "ssn"}), func(m []int) { add(ID, m[2], m[3]) })
	eachMatch(ruralRouteRE(), text, windowsWith(text, digitWins, []string{"box"}), func(m []int) { add(Address, m[0], m[1]) })
	out = append(out, findMRNs(text, digitWins)...)
	out = append(out, findPersonalLogins(text, digitWins)...)
	out = append(out, findSchemeGroupIDs(text, digitWins)...)
	out = append(out, findAlnumIDs(text, digitWins)...)
	out = append(out, findNamedIDNumbers(text, digits, digitWins)...)
	out = append(out, findSpacedSchemeIDs(text, digitWins)...)
	out = append(out, findCodeIDs(text, windowsAround(text, codeTriggers(text), 0, 14))...)
	out = append(out, findNamedCodes(text, digitWins)...)
	out = append(out, findSpokenNumbers(text)...)
	out = append(out, findSpokenCodes(text)...)
	withCheckCharacters(text, out)
	out = append(out, findForeignSpokenNumbers(text)...)
	out = append(out, findLonePostcodes(text)...)
	out = append(out, findSpokenNIs(text, windowsAround(text, indexAll(text, "insurance", true), 0, 160))...)
	eachMatch(niRE(), text, digitWins, func(m []int) {
		switch text[m[2]:m[3]] {
		case "BG", "GB", "NK", "KN", "TN", "NT", "ZZ":
			return
		}
		add(ID, m[0], m[1])
	})
	eachMatch(streetRE(), text, windowsWith(text, digitWins, streetSuffixes), func(m []int) {
		s, e := m[0], m[1]
		if numberedStreetAfterCommaRE().MatchString(text[s:e]) {
			return // "We had 3, 4 Court dates": a count, not "3, 4 Court"
		}
		// A final "." belongs to the address only after an abbreviation
		// ("Ave.", "St."), not after "Grove." at the end of a sentence.
		if text[e-1] == '.' {
			k := strings.LastIndexAny(text[s:e-1], " ,")
			if !streetAbbrev[text[s+k+1:e-1]] {
				e--
			}
		}
		add(Address, s, e)
	})
	out = append(out, findStreetNames(text, streetWins)...)
	eachMatch(codedStreetRE(), text, windowsWith(text, digitWins, []string{" st", " ave", " rd", " road", " street", " avenue"}), func(m []int) {
		add(Address, m[0], addressRunOn(text, m[1])) // "KG 9 Ave, No. 31, Nyarutarama"
	})
	eachMatch(postcodeRE(), text, digitWins, func(m []int) { add(Address, m[0], m[1]) })
	eachMatch(otherPostcodeRE(), text, windowsAround(text, postcodeTriggers(text), 0, 12), func(m []int) {
		// An Eircode's last four are letters and digits mixed.
		if m[2] < 0 || digitCount(text[m[2]:m[3]]) > 0 {
			add(Address, m[0], m[1])
		}
	})
	out = append(out, findVirginIslandsPostcodes(text)...)
	eachMatch(buildingRE(), text, windowsWith(text, digitWins, buildingTriggers), func(m []int) { add(Address, m[0], m[1]) })
	eachMatch(ordinalRoadRE(), text, windowsWith(text, digitWins, ordinalRoadWords), func(m []int) { add(Address, m[0], m[1]) })
	eachMatch(gridRoadRE(), text, windowsWith(text, digitWins, []string{" street", " avenue"}), func(m []int) {
		if clauseEnds(text, m[3]) {
			add(Address, m[2], m[3])
		}
	})
	out = append(out, findShapedIDs(text, digitWins)...)
	out = append(out, findSlashedCodes(text, digitWins)...)
	out = append(out, findLocatedAddresses(text, append(slices.Clip(digitWins), noNumberWindows(text)...))...)
	out = append(out, findDirections(text)...)
	out = append(out, findWordedIDs(text)...)
	out = append(out, findStreetForms(text, digitWins)...)
	out = append(out, findNamedForms(text)...)
	out = append(out, findHousesAndCorners(text, digitWins)...)
	out = append(out, findVillageAddresses(text, digits)...)
	postWins := windowsAround(text, postcodeTownTriggers(text, digits), 12, 60)
	out = append(out, findPostTownAddresses(text, postWins)...)
	out = append(out, findPostcodeTowns(text, postWins)...)
	out = append(out, findTownPins(text, digitWins)...)
	out = append(out, findCuedAddresses(text, digits)...)
	out = append(out, findLocalPhones(text, digitWins)...)
	out = append(out, findPhonesBesidePhones(text, digitWins, out)...)
	out = append(out, findCuedNumbers(text, digitWins)...)
	out = append(out, findOwnedNumbers(text, digits)...)
	out = append(out, findDigitsRead(text, digitWins)...)
	out = append(out, findZIPs(text, digitWins)...)
	return addStreetRepeats(text, addRepeats(text, widenStructured(text, mergeAddresses(text, out))))
}

// numberedStreetAfterCommaRE is a house number, a comma and a street named
// by a bare number: two counts rather than an address.
var numberedStreetAfterCommaRE = lazyRE(`^\d{1,5}[A-Za-z]?,[ \t\x{00A0}]+\d{1,3}[ \t\x{00A0}]+\p{L}+\.?$`)

// townBetweenRE() is what may stand between a street and its postcode or
// state and ZIP: a town ("14 Elm Grove, Leeds LS6 2AB", "12 Elm St,
// Atlanta, Georgia 30310").
var townBetweenRE = lazyRE(`^,?[ \t\x{00A0}]+(?:` + capWord + `(?:[ \t\x{00A0}]+` + capWord + `){0,2},?[ \t\x{00A0}]+)?$`)

// mergeAddresses joins a street and the postcode or ZIP after it, with
// the town between, into one address: the town then goes with them.
func mergeAddresses(text string, cs []candidate) []candidate {
	var addr []int
	for i, c := range cs {
		if c.kind == Address {
			addr = append(addr, i)
		}
	}
	sort.Slice(addr, func(a, b int) bool { return cs[addr[a]].start < cs[addr[b]].start })
	for k := 1; k < len(addr); k++ {
		a, b := &cs[addr[k-1]], &cs[addr[k]]
		if a.end <= b.start && b.start-a.end <= 40 && townBetweenRE().MatchString(text[a.end:b.start]) {
			cs = append(cs, candidate{kind: Address, start: a.start, end: b.end})
		}
	}
	return cs
}

// The words a window must hold for a pattern to be worth running on it,
// lower case: the regular expressions are the costly part of detection.
var (
	// "ty-", "ty ": a year said as its two last words ("twenty-two May
	// seventy-three").
	yearTriggers     = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "twenty", "nineteen", "thousand", "ty-", "ty "}
	buildingTriggers = []string{"flat", "apartment", "apt", "unit", "box", "s.l.p.", "caixa", "apartado"}
	mrnTriggers      = []string{"mrn", "medical record", "hospital", "record number", "patient", "unit number", "ur number", " urn", "case number", "member id", "chi number", "health and care", "ref"}
	streetSuffixes   = func() []string {
		var out []string
		for _, w := range strings.Split(strings.Trim(streetSuffix, "(?:)"), "|") {
			out = append(out, " "+strings.ToLower(w))
		}
		return out
	}()
)

// windowsWithWord returns the windows that hold one of words (folded) as
// a whole word: for words too short or too common inside others to look
// for as substrings ("mai", "tir", "sene").
func windowsWithWord(text string, wins []span, words map[string]bool) []span {
	var out []span
	for _, w := range wins {
		for _, f := range strings.FieldsFunc(text[w.start:w.end], func(r rune) bool { return !unicode.IsLetter(r) }) {
			if words[fold(f)] {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// windowsWith returns the windows that hold one of subs, ASCII case
// folded.
func windowsWith(text string, wins []span, subs []string) []span {
	var out []span
	for _, w := range wins {
		if holdsAny(text[w.start:w.end], subs) {
			out = append(out, w)
		}
	}
	return out
}

// eachMatch runs re over each window and calls fn with the submatch
// indexes made absolute.
func eachMatch(re *regexp.Regexp, text string, wins []span, fn func(m []int)) {
	for _, w := range wins {
		for _, m := range re.FindAllStringSubmatchIndex(text[w.start:w.end], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w.start
				}
			}
			fn(m)
		}
	}
}

// found gathers the candidates of a family of forms.
type found []candidate

// add adds a candidate of kind k from start to end.
func (f *found) add(k Kind, start, end int) {
	*f = append(*f, candidate{kind: k, start: start, end: end})
}

// as returns a function that adds each whole match as a candidate of
// kind k, as eachMatch calls it.
func (f *found) as(k Kind) func(m []int) {
	return func(m []int) { f.add(k, m[0], m[1]) }
}

// findWithLists calls judge, with the name lists, for each match of re in
// text's windows, and returns what judge added to out. Without the lists
// it finds nothing: the detector reported that when it was made.
func findWithLists(re *regexp.Regexp, text string, wins []span, judge func(g *gazetteer, m []int, out *found)) []candidate {
	g, err := loadGazetteer()
	if err != nil {
		return nil
	}
	var out found
	eachMatch(re, text, wins, func(m []int) { judge(g, m, &out) })
	return out
}

// windowsAround returns merged windows reaching before/after bytes around
// each trigger position, widened to white space so that \b and the
// neighbour checks see the same text as on the whole string.
func windowsAround(text string, at []int, before, after int) []span {
	var out []span
	for _, p := range at {
		s, e := p-before, p+after
		if s < 0 {
			s = 0
		}
		if e > len(text) {
			e = len(text)
		}
		for s > 0 && !isSpaceByte(text[s-1]) {
			s--
		}
		for e < len(text) && !isSpaceByte(text[e]) {
			e++
		}
		if n := len(out); n > 0 && s <= out[n-1].end {
			if e > out[n-1].end {
				out[n-1].end = e
			}
			continue
		}
		out = append(out, span{s, e})
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// digitRuns returns the start of each run of ASCII digits.
func digitRuns(text string) []int {
	var at []int
	for i := 0; i < len(text); i++ {
		if isDigitByte(text[i]) && (i == 0 || !isDigitByte(text[i-1])) {
			at = append(at, i)
		}
	}
	return at
}

// digitRunEnd returns where the run of ASCII digits from i ends (i itself
// where text[i] is no digit): most forms weigh a number by its length.
func digitRunEnd(text string, i int) int {
	for i < len(text) && isDigitByte(text[i]) {
		i++
	}
	return i
}

// indexAll returns the positions of sub in text (ASCII case-insensitively
// when fold is set).
func indexAll(text, sub string, fold bool) []int {
	hay := text
	if fold {
		hay = strings.ToLower(text)
		if len(hay) != len(text) {
			hay = asciiLower(text)
		}
	}
	var at []int
	for from := 0; ; {
		k := strings.Index(hay[from:], sub)
		if k < 0 {
			return at
		}
		at = append(at, from+k)
		from += k + len(sub)
	}
}

// indexAllOf returns where any of subs occurs in text, in order (as
// windowsAround needs them).
func indexAllOf(text string, subs ...string) []int {
	var at []int
	for _, sub := range subs {
		at = append(at, indexAll(text, sub, false)...)
	}
	slices.Sort(at)
	return slices.Compact(at)
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// urlTriggers returns positions of "://", "www." and of dots between a
// letter or digit and a letter ("example.org"), where URLs may be.
func urlTriggers(text string) []int {
	var at []int
	for i := 1; i+1 < len(text); i++ {
		switch text[i] {
		case '.':
			p, n := text[i-1], text[i+1]
			if (isDigitByte(p) || isASCIILetter(p) || p == '-') && isASCIILetter(n) {
				at = append(at, i)
			}
		case ':':
			if strings.HasPrefix(text[i:], "://") {
				at = append(at, i)
			}
		}
	}
	return at
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// streetWords are the suffixes streetNameRE() needs (no number before them),
// with the space before them.
var streetWords = func() []string {
	var out []string
	for _, w := range strings.Split(streetNameSuffix, "|") {
		out = append(out, " "+w)
	}
	return out
}()

// compassAfterRE is a compass point, or "Extension", said after a
// street's name; its capital alone ("Maryland Ave E") is one whatever
// follows.
var compassAfterRE = lazyRE(`^[ \t]+(?:North|South|East|West|Extension|[NSEW]|NE|NW|SE|SW)\b`)

// codedStreetRE is a street named by a district's code and a number, as
// Kigali's are ("KK 31 St", "KG 17 Ave").
var codedStreetRE = lazyRE(`\b[A-Z]{2,3}[ \t]\d{1,4}[ \t](?:St|Ave|Rd|Street|Avenue|Road)\b`)

func streetTriggers(text string) []int { return placesOf(text, streetWords) }

// placesOf returns where each of words stands in hay, in order.
func placesOf(hay string, words []string) []int {
	var at []int
	for _, w := range words {
		at = append(at, indexAll(hay, w, false)...)
	}
	sort.Ints(at)
	return at
}

var streetAbbrev = setOf(`St Rd Ave Ln Dr Ct Cres Pl Gdns Terr Sq Cir Hwy Pkwy Blvd Apt Ste`)

// trimURL drops trailing punctuation that ends the sentence rather than the URL.
func trimURL(text string, s, e int) int {
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if strings.ContainsRune(".,;:!?)]}'\"", r) {
			if r == ')' && strings.Contains(text[s:e], "(") {
				break
			}
			e -= size
			continue
		}
		break
	}
	return e
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// validNHS reports whether ten digits carry a valid NHS mod-11 check digit.
func validNHS(d string) bool {
	if len(d) != 10 {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(d[i]-'0') * (10 - i)
	}
	c := 11 - sum%11
	if c == 11 {
		c = 0
	}
	if c == 10 {
		return false
	}
	return int(d[9]-'0') == c && strings.Trim(d, string(d[0])) != ""
}

// nhsCue reports whether the text just before byte s speaks of an NHS,
// CHI or health and care number.
func nhsCue(text string, s int) bool {
	from := s - 60
	if from < 0 {
		from = 0
	}
	before := strings.ToLower(text[from:s])
	return strings.Contains(before, "nhs") || strings.Contains(before, "chi number") || strings.Contains(before, "health and care")
}

// findNumbers classifies runs of digit groups as phone numbers, NHS numbers
// or SSNs, and leaves everything else (doses, years, "3 4 5", ward numbers).
// Within a run the longest sub-run of whole groups that classifies wins, so
// "in 2019 07700 900123" still finds the phone.
func findNumbers(text string, wins []span) []candidate {
	var out []candidate
	eachMatch(numberRE(), text, wins, func(m []int) {
		s, e := m[0], m[1]
		if !numberBoundary(text, s, e) {
			return
		}
		// Digit groups of the run, as byte spans.
		var gs []span
		for i := s; i < e; {
			if !isDigitByte(text[i]) {
				i++
				continue
			}
			j := i
			for j < e && isDigitByte(text[j]) {
				j++
			}
			gs = append(gs, span{i, j})
			i = j
		}
		if len(gs) == 0 {
			return
		}
		// The prefix ("+44 (0)", "(555)") belongs to the first group.
		first := 0
		if text[s] == '+' || strings.HasPrefix(text[s:], "(+") {
			first = 1
			if strings.HasPrefix(text[gs[0].end:e], " (0)") || strings.HasPrefix(text[gs[0].end:e], "(0)") {
				first = 2
			}
		}
		i := 0
		for i < len(gs) {
			found := false
			for j := len(gs); j > i; j-- {
				ss := gs[i].start
				if i == 0 {
					ss = s
				} else if i < first {
					break
				}
				if i > 0 && text[ss-1] == '(' {
					ss--
				}
				ee := gs[j-1].end
				if j < len(gs) && ee < len(text) && text[ee] == ')' {
					continue
				}
				if k, ok := classifyNumber(text, ss, ee); ok {
					if k == Phone {
						ee += phoneExtension(text[ee:])
					}
					out = append(out, candidate{kind: k, start: ss, end: ee})
					i = j
					found = true
					break
				}
			}
			if !found {
				i++
			}
		}
	})
	return out
}

// extensionRE() is an extension after a phone number: "ext. 2041", "x12",
// in French "poste 2214" (not "p.", a page).
var extensionRE = lazyRE(`^,?[ \t]*(?i:ext\.?|extn\.?|extension|x|poste)[ \t]*\d{1,5}\b`)

// cardGroups reports whether a number's groups are a card's: three to
// five of them, each of four or five digits.
func cardGroups(gs []string) bool {
	if len(gs) < 3 || len(gs) > 5 {
		return false
	}
	for _, g := range gs {
		if len(g) < 4 || len(g) > 5 {
			return false
		}
	}
	return true
}

// phoneExtension returns the length of the extension at the start of
// rest, or 0.
func phoneExtension(rest string) int {
	if m := extensionRE().FindStringIndex(rest); m != nil {
		return m[1]
	}
	return 0
}

// numberBoundary reports whether a number run stands on its own: not in the
// middle of a word, a decimal, a date or a longer number.
func numberBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == ',' || r == '£' || r == '$' || r == '€' ||
			(r == '.' || r == '-') && s > 1 && isDigitByte(text[s-2]) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '@' || r == '%' ||
			(r == '.' || r == ',' || r == ':') && e+1 < len(text) && isDigitByte(text[e+1]) {
			return false
		}
	}
	return true
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// splitGroups returns the digit groups of a number run.
func splitGroups(raw string) []string {
	return strings.FieldsFunc(raw, func(r rune) bool { return r < '0' || r > '9' })
}

func classifyNumber(text string, s, e int) (Kind, bool) {
	raw := text[s:e]
	if strings.Contains(raw, "/") {
		return slashedPhone(text, s, raw)
	}
	if m := trunkDashedRE().FindStringSubmatchIndex(raw); m != nil && raw[m[1]-1] == '0' {
		return "", false // "01067 – 01099": a range; no line's number opens with its trunk
	}
	d := digitsOf(raw)
	gs := splitGroups(raw)
	bracketedPlus := strings.HasPrefix(raw, "(+")
	plus := strings.HasPrefix(raw, "+") || bracketedPlus
	paren := strings.Contains(raw, "(")
	if bracketedPlus && countAfterRE().MatchString(text[e:min(len(text), e+16)]) {
		return "", false // "(+10) 250 300 people": a count
	}
	// NHS numbers: 3-3-4 or ten digits, mod-11 valid; after a cue any
	// such number, since one recalled or made up fails the check digit as
	// often as not.
	if len(d) == 10 && !plus && !paren && (len(gs) == 1 || (len(gs) == 3 && len(gs[0]) == 3 && len(gs[1]) == 3 && len(gs[2]) == 4)) {
		usStyle := strings.ContainsAny(raw, "-.") // dashes or dots: a US phone style
		if nhsCue(text, s) || d[0] != '0' && !usStyle && idCue(text, s) {
			return ID, true
		}
		if validNHS(d) && d[0] != '0' && !usStyle {
			return ID, true
		}
	}
	// US SSN ddd-dd-dddd.
	if len(gs) == 3 && len(gs[0]) == 3 && len(gs[1]) == 2 && len(gs[2]) == 4 && strings.Count(raw, "-") == 2 && !plus && !paren {
		if gs[0] != "000" && gs[0] != "666" && gs[1] != "00" && gs[2] != "0000" {
			return ID, true
		}
		return "", false
	}
	// Twelve digits or more from "000" in one run: no phone (no country's
	// code starts with 0), amount or count, but an insurance or identity
	// number ("0002441587321").
	if !plus && !paren && len(gs) == 1 && len(d) >= 12 && strings.HasPrefix(d, "000") {
		return ID, true
	}
	// Sixteen to twenty digits in groups of four or five: longer than any
	// phone (fifteen digits at most, with the country), and no amount is
	// said so; a card's number read off it ("80233 00000 04471 93820", a
	// European health insurance card's twenty).
	if !plus && !paren && len(d) >= 16 && len(d) <= 20 && cardGroups(gs) && !countLike(raw) {
		return ID, true
	}
	// "00 44 7700 900123": the international prefix dialled from the UK;
	// "00 290 5 2871", to an island whose lines have five digits (not a
	// kit's or an account's number).
	if !plus && strings.HasPrefix(d, "00") && (len(d) >= 11 || len(d) == 10 && !kitOrAccountBeforeRE().MatchString(text[max(0, s-32):s])) {
		if ds := strings.TrimLeft(raw, " 0"); phoneShape(digitsOf(ds), splitGroups(ds), true) {
			return Phone, true
		}
	}
	if phoneShape(d, gs, plus) {
		return Phone, true
	}
	if nationalLayoutPhone(text, s, raw, d, gs, plus || paren) {
		return Phone, true
	}
	// "084 796 512", "089-881 204": nine digits with the trunk "0", in
	// threes, as Malaysia's landlines are said; not after a scheme's
	// letter ("A 088 614 239", an A-number).
	if !plus && !paren && len(d) == 9 && d[0] == '0' && d[1] != '0' && len(gs) == 3 && len(gs[0]) == 3 && len(gs[1]) == 3 &&
		letterBeforeNumber(text, s) == s && schemeBefore(text, s) == s && !idCue(text, s) {
		return Phone, true
	}
	// "(667) 190-38-61": a Mexican number, its area code in brackets and
	// the rest in three, two and two.
	if paren && !plus && len(d) == 10 && len(gs) == 4 && len(gs[0]) == 3 && len(gs[1]) == 3 && len(gs[2]) == 2 && len(gs[3]) == 2 &&
		!countAfterRE().MatchString(text[e:min(len(text), e+16)]) {
		return Phone, true
	}
	// "(063) 42-1875": an area code with its trunk "0" in brackets is a
	// landline's, whatever the country.
	if paren && !plus && len(raw) > 2 && strings.HasPrefix(raw, "(0") && raw[2] >= '1' && raw[2] <= '9' && len(d) >= 8 && len(d) <= 11 &&
		!countAfterRE().MatchString(text[e:min(len(text), e+16)]) && !unitAfterRE().MatchString(text[e:min(len(text), e+6)]) {
		return Phone, true
	}
	// Seven to eleven digits said straight after a verb of calling and
	// whom to call, or a phone's name ("call 604 318 227", "I call 58 341
	// 27 90", "Call Salma, 77 230 418", "Office phone 052 2 234 516"): a
	// phone whatever its grouping, and no sum.
	if !plus && len(d) >= 7 && len(d) <= 11 && calledRightBefore(text, s) && !strings.HasSuffix(d, "000") && !rangeOrYears(raw) &&
		!amountGroups(gs, d) && !measuredAfter(text, e) {
		return Phone, true
	}
	// Any other number of six digits or more after a cue ("hospital
	// number... 0038 4417") is a reference number, unless a phone is named
	// or asked for just before it ("my national ID and my phone, 07 030
	// 088 1142"); groups of one digit are rather a list ("3 4 5").
	if len(d) >= 6 && !plus && idCue(text, s) && !phoneSaidBefore(text, s) && (!countLike(raw) || idCueRightBefore(text, s) && !strings.HasSuffix(d, "000")) && !rangeOrYears(raw) {
		return ID, true
	}
	if k, ok := bareReference(text, s, e, d, gs, plus || paren); ok {
		return k, true
	}
	// "her NUIT is 400 218 775", "the CNSS, it's my father's, 109 345
	// 521": a scheme named by its capitals in the same breath.
	// Grouped in threes it could be an amount, unless it ends otherwise
	// than in "000".
	if len(d) >= 8 && !plus && !paren && schemeAcronymBefore(text, s) && !listOrCount(raw) && !strings.HasSuffix(d, "000") &&
		!countAfterRE().MatchString(text[e:min(len(text), e+16)]) {
		return ID, true
	}
	return "", false
}

// calledRightBeforeRE is a verb of calling and whom to call ("call me",
// "call the centre", "Call Dr Mensah at", "you can reach me on") just
// before a number; a phone's name there is phoneNounRightBeforeRE's.
var calledRightBeforeRE = lazyRE(`\b(?:(?i:call|ring|dial|phone|text|whatsapp)(?:[ \t\x{00A0}]+(?:(?i:me|us|him|her|them)|(?i:the)[ \t\x{00A0}]+\p{Ll}+|(?:(?:Dr|Mr|Mrs|Ms|Doctor|Nurse|Sister)\.?[ \t\x{00A0}]+)?\p{Lu}\p{Ll}+))?(?:[ \t\x{00A0}]+(?i:on|at))?|(?i:reach|contact)[ \t\x{00A0}]+(?i:me|us|him|her|them)[ \t\x{00A0}]+(?i:on|at))[ \t\x{00A0}]*[,:]?[ \t\x{00A0}]+$`)

// calledRightBefore reports whether a verb of calling and whom to call,
// or a phone's name, stands just before s.
func calledRightBefore(text string, s int) bool {
	lead := text[max(0, s-40):s]
	return calledRightBeforeRE().MatchString(lead) || phoneNounRightBeforeRE().MatchString(lead)
}

// amountGroups reports whether digit groups read as a sum or a count:
// one digit then thousands ("1 250 500"), or single digits counting up or
// down ("1 2 3 4 5 6 7"; not "9 8 3 4 1 6 0 2", a phone read digit by
// digit).
func amountGroups(gs []string, d string) bool {
	if !slices.ContainsFunc(gs, func(g string) bool { return len(g) != 1 }) {
		return counting(d)
	}
	return len(gs) >= 3 && len(gs[0]) == 1 && gs[0] != "0" && !slices.ContainsFunc(gs[1:], func(g string) bool { return len(g) != 3 })
}

// commonAcronyms are capitals people say in health interviews that name no
// scheme of personal numbers.
var commonAcronyms = setOf(`NHS HIV AIDS ICU COVID CPAP MRI ECG EEG NGO WHO COPD ADHD OCD PTSD BMI CEO TV GPS SMS USA UAE DNA IVF MND PEG IUD IUCD ART ARV PREP TB MDR XDR`)

// unitAfterRE is a unit after a number: it measures, it does not call.
var unitAfterRE = lazyRE(`^[ \t]?(?i:kg|g|mg|ml|l|cm|mm|km|m|%)\b`)

// countLike reports whether a run of digit groups is rather years, a
// list or a count than one number: "2019-2020", "3 4 5", "250 000" (but
// "12-345-678" is one number).
func countLike(raw string) bool {
	gs := splitGroups(raw)
	years, thousands := true, len(gs) > 1 && len(gs[0]) <= 3 && !strings.Contains(raw, "-")
	for i, g := range gs {
		if len(g) < 2 {
			return true
		}
		if !isYear(g) {
			years = false
		}
		if i > 0 && len(g) != 3 {
			thousands = false
		}
	}
	return years || thousands
}

// isYear reports whether a digit group is a year people talk about
// (1900 to 2099): "2130" in "1991 2130 2345" is not.
func isYear(g string) bool {
	return len(g) == 4 && (g[:2] == "19" || g[:2] == "20")
}

// phoneShape reports whether a number run is a UK, US or international
// phone number.
func phoneShape(d string, gs []string, plus bool) bool {
	if len(gs) == 0 || len(gs) > 6 {
		return false
	}
	if plus {
		switch {
		case strings.HasPrefix(d, "44"):
			rest := strings.TrimPrefix(strings.TrimPrefix(d, "44"), "0")
			return (len(rest) == 9 || len(rest) == 10) && rest[0] != '0'
		case strings.HasPrefix(d, "1") && len(gs[0]) == 1:
			rest := d[1:]
			return len(rest) == 10 && rest[0] >= '2' && rest[3] >= '2'
		}
		return len(d) >= 8 && len(d) <= 15
	}
	for i, g := range gs {
		// "3 4 5", "1 2 3": single digits only as a US leading 1, as the
		// trunk "8" of a Russian or Kazakh mobile ("8 914 621 05 77"), or
		// as a national trunk "0" said apart, spaced as Turkish numbers
		// are, 1-3-3-2-2 ("0 531 882 40 16"; not "0 25 50 75 100", a
		// scale, or "0 10 20 30 40 50", a count).
		if len(g) < 2 && !(i == 0 && len(d) == 11 && (g == "1" || g == "8" && d[1] == '9')) && !(i == 0 && g == "0" && len(gs) == 5 && len(gs[1]) == 3 && len(gs[2]) == 3 && len(d) == 11 && d[1] != '0') {
			return false
		}
	}
	// UK national: 0 then 9 or 10 digits (07700 900123, 020 7946 0958).
	if d[0] == '0' && d[1] != '0' && (len(d) == 10 || len(d) == 11) {
		return true
	}
	// A Russian or Kazakh mobile with its trunk "8", spaced as 1-3-3-2-2
	// ("8 914 621 05 77").
	if len(d) == 11 && d[:2] == "89" && len(gs) == 5 && len(gs[1]) == 3 && len(gs[2]) == 3 {
		return true
	}
	// A German mobile: 015, 016 or 017 and nine digits more ("0176 2384
	// 5190"), one digit longer than a UK number.
	if len(d) == 12 && d[0] == '0' && d[1] == '1' && d[2] >= '5' && d[2] <= '7' {
		return true
	}
	// A landline with a one-digit area code after the 0, spaced (Ireland,
	// New Zealand: "01 555 1234", "09 555 3381").
	if d[0] == '0' && d[1] != '0' && len(d) == 9 && len(gs) >= 2 && len(gs[0]) == 2 {
		return true
	}
	// An Indian mobile, ten digits from 6 to 9 said in two fives ("94470
	// 23815").
	if len(d) == 10 && d[0] >= '6' && len(gs) == 2 && len(gs[0]) == 5 && !strings.HasSuffix(gs[0], "000") && !strings.HasSuffix(gs[1], "000") {
		return true // not "75000 80000", two sums
	}
	// US: [1] NXX NXX XXXX in 3-3-4 groups, (NXX) NXX-XXXX, or ten digits.
	g := gs
	us := d
	if len(d) == 11 && d[0] == '1' {
		us = d[1:]
		if g[0] == "1" {
			g = g[1:]
		} else if len(g[0]) != 11 {
			return false
		}
	}
	if len(us) != 10 || us[0] < '2' || us[3] < '2' {
		return false
	}
	return len(g) == 1 || (len(g) == 3 && len(g[0]) == 3 && len(g[1]) == 3 && len(g[2]) == 4)
}

// virginIslandsPostcodeRE is a postcode of the British Virgin Islands
// after its island ("Anegada VG1140"; "a model VG1150" is none).
var virginIslandsPostcodeRE = lazyRE(`\b(?:Tortola|Anegada|Virgin[ \t\x{00A0}]+Gorda|Jost[ \t\x{00A0}]+Van[ \t\x{00A0}]+Dyke)[ \t\x{00A0}]+VG11[1-6]0\b`)

// postcodeTriggers returns the starts of the words otherPostcodeRE() may
// match: a capital and a digit ("D07", "M5V"), or an Australian state in
// capitals before a space.
func postcodeTriggers(text string) []int {
	var at []int
	for i := 0; i+1 < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' && (i == 0 || !isASCIILetter(text[i-1]) && !isDigitByte(text[i-1])) {
			if isDigitByte(text[i+1]) {
				at = append(at, i)
				continue
			}
			j := i
			for j < len(text) && 'A' <= text[j] && text[j] <= 'Z' {
				j++
			}
			if j-i >= 2 && j-i <= 3 && j+1 < len(text) && (text[j] == ' ' || text[j] == ',') && auStates[text[i:j]] {
				at = append(at, i)
			}
			i = j - 1
		}
	}
	return at
}

// auStates are the Australian states and territories, before a postcode.
var auStates = setOf(`NSW VIC QLD TAS ACT NT SA WA`)

// noNumberWindows returns the windows around a street without a number,
// or located by the one it meets, which has no digit to be found by:
// "Beco do Pescador, s/n", "Calle Igualdad esquina con Calle Langosta".
func noNumberWindows(text string) []span {
	return windowsAround(text, indexAllOf(text, " s/n", " S/N", " sin número", " sem número", " esquina "), 80, 48)
}
