package redact

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// foreignDateRE is a full date said with a month of another language:
// French, Spanish, Portuguese, Italian, Indonesian, Malay, Maltese,
// Turkish, Romanian, Serbian, Azerbaijani or Tetum ("le mardi 16 juillet
// 2019", "el 3 de julio del 2023", "sexta-feira, 3 de Setembro de 2021",
// "19. decembra 2023", "23 Nisan 2022"), Dutch, German, Catalan, Welsh or
// Swahili ("zaterdag 18 februari 2023", "dydd Sadwrn, 7 Hydref 2023",
// "Tarehe 7 Machi 2023"), with its article and weekday; a
// Hungarian or Latvian date, year first ("2023. június 14.", "2022. gada
// 4. jūlijā"); or a date of another
// calendar: Nepali ("Baisakh 14, 2080"), Bengali ("1st
// Boishakh 1431"), Hijri ("12 Rajab 1444"), Persian
// and Afghan solar ("14 Esfand 1401", "22 Hamal 1402"), Ethiopian ("Tir
// 12, 2015").
// germanDateRE is a date as German speakers write it, the day with a
// dot and the month capitalised: a German month's name, or one English
// shares after a German weekday ("Montag, 4. September 2023"; not "I was
// 17. April 2021 he came back"), or in lower case as Nordic languages
// write it ("19. april 2022"; the other months such languages share
// with English are foreign months too); numericDashDateRE is a Danish "5/6-2019".
var (
	germanDateRE = lazyRE(`\b(?:(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag),?[ \t]+(?:0?[1-9]|[12]\d|3[01])\.[ \t]?(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)|(?:0?[1-9]|[12]\d|3[01])\.[ \t]?(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|april))[ \t]+(?:19|20)\d{2}\b`)
	// eraDateRE is a date by a Japanese era's year ("Reiwa 6, April 8th",
	// "Showa 16, July the 3rd"); dottedYearFirstRE a date written year
	// first with dots and spaces, as in Korea ("2024. 7. 18").
	eraDateRE         = lazyRE(`\b(?:Reiwa|Heisei|Showa|Shōwa|Taisho|Taishō)[ \t]+\d{1,2},?[ \t]+` + fullMonthName + `[ \t]+(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b`)
	dottedYearFirstRE = lazyRE(`\b(?:19|20)\d{2}\.[ \t]?(?:0?[1-9]|1[0-2])\.[ \t]?(?:[12]\d|3[01]|0?[1-9])\b`)
	// greekDateRE is a date in Greek, the month's name in the genitive
	// as papers print it ("1 Οκτωβρίου 2021") or as people say it ("3
	// Μάρτη 1985"), with accents or without.
	greekDateRE      = lazyRE(`(?i)\b(?:0?[1-9]|[12]\d|3[01])η?[ \t]+(?:Ιανουαρίου|Ιανουαριου|Γενάρη|Γεναρη|Φεβρουαρίου|Φεβρουαριου|Φλεβάρη|Φλεβαρη|Μαρτίου|Μαρτιου|Μάρτη|Μαρτη|Απριλίου|Απριλιου|Απρίλη|Απριλη|Μαΐου|Μαίου|Μαιου|Μάη|Μαη|Ιουνίου|Ιουνιου|Ιούνη|Ιουνη|Ιουλίου|Ιουλιου|Ιούλη|Ιουλη|Αυγούστου|Αυγουστου|Σεπτεμβρίου|Σεπτεμβριου|Σεπτέμβρη|Σεπτεμβρη|Οκτωβρίου|Οκτωβριου|Οκτώβρη|Οκτωβρη|Νοεμβρίου|Νοεμβριου|Νοέμβρη|Νοεμβρη|Δεκεμβρίου|Δεκεμβριου|Δεκέμβρη|Δεκεμβρη),?[ \t]+(?:του[ \t]+)?(?:19|20)\d{2}\b`)
	greekMonthWords  = []string{"ου", "ΟΥ", "η ", "Η "}
	germanMonthWords = []string{"januar", "jänner", "februar", "märz", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "april"}
	// solarDateRE is a date of the Persian solar calendar, year first
	// ("1401/08/21").
	solarDateRE       = lazyRE(`\b1[34]\d{2}/(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])\b`)
	numericDashDateRE = lazyRE(`\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])-(?:19|20)\d{2}\b`)
)

// foreignDateRE is a full date said in another language or calendar: a
// weekday and a day before a month of Romance, Germanic, Turkic, Malay and
// other tongues; Nepali dates month first, year first or day first, their
// Bikram Sambat year of the living (2040-2099: "Kartik 3, 2079", "2080
// Kartik 30", "1 Magh 2080"); Bangla dates by the day's number or its word
// ("eighteenth of Chaitra, 1426"); Hijri, Persian, Hungarian, Ethiopian
// and Latvian dates; Tagalog ones by the ordinal "ika-" ("ika-15 ng
// Agosto, 2023").
var foreignDateRE = lazyRE(`(?i)\b(?:(?:le|el|o|a)[ \t]+)?(?:(?:segunda|terça|terca|quarta|quinta|sexta)-feira,?[ \t]+|(?:lendi|madi|mèkredi|mekredi|jedi|vandredi|samdi|dimanch|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|senin|selasa|rabu|kamis|jumat|sabtu|minggu|isnin|khamis|ahad|segunda|tersa|kuarta|kinta|sesta|sabadu|domingu|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|dydd[ \t]+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)),?[ \t]+)?(?:(?:(?:le|el|pe|dia|den|tarehe)[ \t]+)?(?:` + dayOfMonth + `(?:er|º|ª|°|hb)?[ \t]+|` + dayOfMonth + `\.[ \t]*|` + iberianDayWord + `[ \t]+de[ \t]+|ika-?[ \t]*` + dayOfMonth + `[ \t]+ng[ \t]+)(?:de[ \t]+)?` + foreignMonth + `,?[ \t]+(?:del?[ \t]+)?(?:19|20)\d{2}|` + nepaliMonth + `[ \t]+\d{1,2},?[ \t]+20\d{2}|(?:20[4-9]\d[ \t]+` + nepaliMonth + `|20[0-3]\d[ \t]+(?:Baisakh|Baishakh|Jestha|Asar|Asadh|Shrawan|Bhadra|Asoj|Mangsir|Poush|Falgun|Chaitra))[ \t]+(?:3[012]|[12]\d|0?[1-9])|\d{1,2}` + ordinal + `[ \t]+` + nepaliMonth + `,?[ \t]+20[4-9]\d|(?:the[ \t]+)?(?:\d{1,2}` + ordinal + `|` + dayWord + `)(?:[ \t]+of)?[ \t]+` + bengaliMonth + `,?[ \t]+14\d{2}|\d{1,2}[ \t]+` + hijriMonth + `,?[ \t]+1[34]\d{2}|(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+` + persianMonth + `,?[ \t]+1[34]\d{2}|` + hungarianDate + `|` + ethiopianMonth + `[ \t]+\d{1,2},?[ \t]+(?:19|20)\d{2})\b|\b` + latvianDate)

const (
	// iberianDayWord is a day of the month said in Spanish or Portuguese
	// ("três de agosto de 2019", "el veintiuno de marzo de 2020").
	iberianDayWord = `(?:primero|primeiro|uno|um|dos|dois|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove|diez|dez|once|onze|doce|doze|trece|treze|catorce|catorze|quatorze|quince|quinze|dieciséis|dieciseis|dezesseis|dezasseis|diecisiete|dezessete|dezassete|dieciocho|dezoito|diecinueve|dezenove|dezanove|veintiuno|veintiún|veintidós|veintidos|veintitrés|veintitres|veinticuatro|veinticinco|veintiséis|veintiseis|veintisiete|veintiocho|veintinueve|veinte|vinte(?:[ \t]+e[ \t]+(?:um|dois|três|tres|quatro|cinco|seis|sete|oito|nove))?|treinta(?:[ \t]+y[ \t]+uno)?|trinta(?:[ \t]+e[ \t]+um)?)`
	// dayOfMonth is 1 to 31: "60 december 2022 admissions" is a count.
	dayOfMonth   = `(?:[12]\d|3[01]|0?[1-9])`
	foreignMonth = `(?:janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|nëntor|nentor|dhjetor|janvye|fevriye|jiyè|jiye|septanm|oktòb|oktob|novanm|desanm|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maret|mei|juni|juli|agustus|oktober|desember|mac|julai|ogos|disember|jannar|frar|marzu|mejju|ġunju|gunju|lulju|awwissu|settembru|ottubru|novembru|diċembru|dicembru|ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|ianuarie|februarie|martie|aprilie|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|januar|januara|februar|februara|marta|aprila|maj|maja|jun|juna|jul|jula|avgust|avgusta|septembar|septembra|oktobar|oktobra|novembar|novembra|decembar|decembra|yanvar|fevral|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|janeiru|fevereiru|marsu|maiu|juñu|junhu|jullu|julhu|agostu|setembru|outubru|dezembru|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|(?-i:april|september|november|december|august)|marts|augusti|januára|februára|apríla|mája|júna|júla|októbra|januarja|februarja|junija|julija|jaanuaril|veebruaril|märtsil|aprillil|juunil|juulil|augustil|septembril|oktoobril|novembril|detsembril|jaanuar|veebruar|märts|aprill|juuni|juuli|oktoober|detsember|stycznia|lutego|marca|kwietnia|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|ledna|února|unora|března|brezna|dubna|května|kvetna|června|cervna|července|cervence|srpna|září|zari|října|rijna|listopadu|prosince|siječnja|sijecnja|veljače|veljace|ožujka|ozujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|studenog|prosinca|maart|augustus|märz|marz|dezember|gener|febrer|març|maig|juny|juliol|agost|setembre|desembre|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|machi|aprili|agosti|septemba|oktoba|novemba|desemba|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre)`
	// "2022. gada 4. jūlijā": a date as Latvians say it, year first. Its
	// month may end in a letter that is no word character to a regular
	// expression, so it stands outside foreignDateRE's closing \b.
	latvianDate = `(?:(?:19|20)\d{2}\.?[ \t]gada[ \t]\d{1,2}\.?[ \t](?:` + latvianMonth + `)|` + lithuanianDate + `)`
	// "2023 m. lapkričio 6 d.": a date as Lithuanians write it, the year,
	// the month in the genitive, the day.
	lithuanianDate  = `(?:19|20)\d{2}[ \t]m\.[ \t](?:` + lithuanianMonth + `)(?:[ \t]mėn\.)?[ \t]\d{1,2}[ \t]d\.`
	lithuanianMonth = `sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio`
	latvianMonth    = `janvārī|februārī|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī|janvāris|februāris|marts|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|oktobris|novembris|decembris|janvārim|februārim|martam|aprīlim|maijam|jūnijam|jūlijam|augustam|septembrim|oktobrim|novembrim|decembrim|janvāra|februāra|marta|aprīļa|maija|jūnija|jūlija|augusta|septembra|oktobra|novembra|decembra`
	// "2023. június 14.": a date as Hungarians write it, year first.
	hungarianDate  = `(?:19|20)\d{2}\.[ \t]?(?:` + hungarianMonth + `)[ \t]\d{1,2}\.?`
	hungarianMonth = `január|február|március|április|május|június|július|augusztus|szeptember|október|november|december`
	persianMonth   = `(?-i:Hamal|Sawr|Jawza|Saratan|Asad|Sonbola|Sunbula|Mizan|Aqrab|Qaws|Jadi|Dalw|Hut|Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Dei|Bahman|Esfand)`
	hijriMonth     = `(?:Muharram|Safar|Rabi(?:'|’)?[ \-]?(?:al|ul)[ \-]?(?:Awwal|Thani|Akhir)|Jumada[ \-]?(?:al|ul)[ \-]?(?:Awwal|Ula|Thani|Akhirah)|Rajab|Sha(?:'|’)?ban|Ramadan|Ramzan|Shawwal|Dhu[ \-]?al[ \-]?(?:Qa(?:'|’)?dah|Hijjah))`
	ethiopianMonth = `(?:Meskerem|Tikimt|Tikemet|Hidar|Hedar|Tahsas|Tir|Ter|Yekatit|Megabit|Miyazia|Miazia|Ginbot|Sene|Hamle|Nehase|Pagume)`
	bengaliMonth   = `(?:Boishakh|Baishakh|Joishtho|Jyoishtho|Jyaishtha|Asharh|Ashar|Ashadh|Shrabon|Srabon|Shraban|Bhadro|Bhadra|Ashwin|Kartik|Ogrohayon|Agrahayan|Poush|Magh|Falgun|Phalgun|Choitro|Chaitra)`
	nepaliMonth    = `(?:Baisakh|Baishakh|Jestha|Jeth|Asar|Asadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashwin|Kartik|Mangsir|Poush|Push|Magh|Falgun|Phagun|Chaitra|Chait)`
)

// foreignMonthWords are the months foreignDateRE knows, folded: a window
// must hold one as a word for the pattern to run on it.
var foreignMonthWords = func() map[string]bool {
	out := map[string]bool{}
	for _, alt := range []string{foreignMonth, nepaliMonth, ethiopianMonth, persianMonth, hungarianMonth, latvianMonth, lithuanianMonth, bengaliMonth, `Muharram|Safar|Rabi|Jumada|Rajab|Shaban|Sha|Ramadan|Ramzan|Shawwal|Dhu`} {
		for _, w := range strings.Split(strings.Trim(strings.TrimPrefix(alt, "(?-i:"), "(?:)"), "|") {
			out[fold(w)] = true
		}
	}
	return out
}()

// levantineDateRE is a full date with a month of the Syriac calendar that
// Iraq, Syria, Lebanon and Jordan use for the Gregorian months ("the 2nd
// of Kanun al-Thani, 2022", "Tuesday the 4th of Shubat 2020", "Nisan 3rd,
// 2019"), said the English way around it.
var levantineDateRE = lazyRE(`(?i)\b(?:` + weekdayName + `,?\s+)?(?:(?:the\s+)?` + dayForm + `(?:\s+of)?\s+` + levantineMonth + `|` + levantineMonth + `\s+(?:the\s+)?` + dayForm + `),?\s+(?:19|20)\d{2}\b`)

// syriacMonthNames are the Syriac months said in one word, as Arabic and
// Kurdish speakers spell them in English; "Ab" only capitalised, below.
const syriacMonthNames = `shubat shbat adhar aadhar nisan naisan ayyar ayar haziran hzeiran tammuz tamuz tmuz aylul ailul ayloul`

// levantineMonth is a Syriac month's name: the two of two words, "Kanun"
// and "Tishrin" with "al-Thani" or "al-Awwal", and the others.
var levantineMonth = `(?:(?:kanun|kanoun|kanoon|tishrin|tishreen|teshrin)[ \t-]+(?:al|el|ath|at)?[ \t-]*(?:thani|tani|awwal|awal|auwal)|` + strings.ReplaceAll(syriacMonthNames, " ", "|") + `|(?-i:Ab|Aab))`

// levantineMonthWords are what levantineDateRE looks for, lower case.
var levantineMonthWords = append(strings.Fields(syriacMonthNames), "kanun", "kanoun", "kanoon", "tishr", "teshr", " ab ", " ab,", "aab")

// hijriDateRE is a full date in the Islamic calendar, its year from 1300
// to 1499: "the 12th of Ramadan, 1435", "3 Shawwal 1444", and the months
// as Malay speakers spell them ("1 Syawal 1444").
var hijriDateRE = lazyRE(`(?i)\b(?:the[ \t\x{00A0}]+)?(?:[1-9]|[12]\d|30)(?:st|nd|rd|th)?(?:[ \t\x{00A0}]+of)?[ \t\x{00A0}]+(?:muharram|safar|rabi[ʿ'’]?[ \t\x{00A0}-]*al[ \t\x{00A0}-]*(?:awwal|thani|akhir)|jumada[ \t\x{00A0}-]*al[ \t\x{00A0}-]*(?:ula|awwal|akhirah|thani)|rajab|sha[ʿ'’]?ban|ramadan|ramzan|shawwal|dhu[ \t\x{00A0}-]*al[ \t\x{00A0}-]*(?:qa[ʿ'’]?dah|qi[ʿ'’]?dah|hijjah)|syawal|syaaban|ramadhan|rabiul[ \t\x{00A0}]?(?:awal|akhir)|jamadil[ \t\x{00A0}]?(?:awal|akhir)|zulkaedah|zulkaidah|zulhijjah|zulhijah|muharam|rejab)[ \t\x{00A0}]*,?[ \t\x{00A0}]+1[34]\d{2}\b`)

// hijriMonthWords are what hijriDateRE looks for, lower case.
var hijriMonthWords = []string{"muharram", "safar", "rabi", "jumada", "rajab", "sha", "ramadan", "ramzan", "shawwal", "dhu", "syawal", "syaaban", "ramadhan", "jamadil", "zulka", "zulhij", "muharam", "rejab"}

// vietDateRE is a full date said in Vietnamese: "ngày 15 tháng 8 năm
// 2023" (day, month, year), "mùng 4 tháng 3 năm 2021", "2 tháng 9 năm
// 2023", or with a comma for the year's word, "20 tháng 4, 2022".
var vietDateRE = lazyRE(`(?:(?i:\bngày|\bmùng|\bmồng)[ \t\x{00A0}]+)?\b(\d{1,2})[ \t\x{00A0}]+(?i:tháng)[ \t\x{00A0}]+(?:1[0-2]|0?[1-9])(?:[ \t\x{00A0}]+(?i:năm)|,)[ \t\x{00A0}]+(?:19|20)\d{2}\b`)

// minguoDateRE is a date of Taiwan's Minguo calendar, its year counted
// from 1912: said with the era's name ("Minguo 24, October 3rd", "March
// 8th, Minguo 112", "3 May, Minguo year 70"), or in digits, year first
// ("113/4/18", where the era is named close by: minguoDigitsRE).
var minguoDateRE = lazyRE(`(?i)\b(?:` + minguoYear + `,?[ \t\x{00A0}]+` + monthName + `[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?` + dayForm + `|(?:` + monthName + `[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?` + dayForm + `|(?:the[ \t\x{00A0}]+)?` + dayForm + `(?:[ \t\x{00A0}]+of)?[ \t\x{00A0}]+` + monthName + `),?[ \t\x{00A0}]+` + minguoYear + `)\b`)

// minguoYear is a year of the Minguo era: "Minguo 112", "ROC year 45",
// "ROC 113 year".
const minguoYear = `(?:Minguo|ROC)(?:[ \t\x{00A0}]+year)?[ \t\x{00A0}]+\d{1,3}(?:[ \t\x{00A0}]+year)?`

// minguoDigitsRE is a Minguo date in digits, year first: "113/4/18",
// "70/3/3".
var minguoDigitsRE = lazyRE(`\b(1[01]\d|[1-9]\d)([/.\-])(1[0-2]|0?[1-9])([/.\-])(3[01]|[12]\d|0?[1-9])\b`)

// findMinguoDates finds the dates minguoDateRE describes, and those of
// minguoDigitsRE where the era is named within a sentence or two.
func findMinguoDates(text string, digitWins []span) []candidate {
	var out []candidate
	eras := windowsWith(text, digitWins, []string{"minguo", "roc "})
	eachMatch(minguoDateRE(), text, eras, func(m []int) { out = append(out, candidate{kind: Date, start: m[0], end: m[1]}) })
	eachMatch(minguoDigitsRE(), text, eras, func(m []int) {
		if text[m[4]:m[5]] == text[m[8]:m[9]] {
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
		}
	})
	return out
}

// japaneseEraDateRE is a date of a Japanese era, its year by its number
// in digits or words, then the month and the day ("Reiwa six, February
// fourteen", "Heisei 30, March 3rd"), or written short with the era's
// letter ("R6.2.14", "H30.3.3"; groups 1 and 2 the month and day; not
// Shōwa's "S", which numbers sections as often).
var japaneseEraDateRE = lazyRE(`(?i:\b(?:Reiwa|Heisei|Sh[oō]wa)[ \t\x{00A0}]+(?:\d{1,2}|` + cardinalDay + `)(?:[ \t\x{00A0}]+(?:nen|year))?,?[ \t\x{00A0}]+` + monthName + `[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?(?:` + dayForm + `|\d{1,2}\b|` + cardinalDay + `))|\b[RH]\d{1,2}\.(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])\b`)

// cardinalDay is a number from one to thirty-one in words, as a day or
// an era's year is said: "fourteen", "twenty-one".
const cardinalDay = `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[- ]one)?)\b`

// numberedPartBeforeRE is a word that numbers a part of a text, just
// before a number: "section", "version", "rule".
var numberedPartBeforeRE = lazyRE(`(?i)\b(?:section|sec\.|version|ver\.|v\.?|rule|clause|protocol|step|item|paragraph|para\.|chapter|table|figure|fig\.|standard)[ \t\x{00A0}]*$`)

// spanishWordedDateRE is a date said in Spanish words, the year in words
// or digits: "el doce de febrero de dos mil diecinueve", "doce de febrero
// del 2021".
var spanishWordedDateRE = lazyRE(`(?i)\b(?:el[ \t\x{00A0}]+)?(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|veinte|` + veintiWord + `|treinta(?:[ \t\x{00A0}]+y[ \t\x{00A0}]+uno)?)[ \t\x{00A0}]+de[ \t\x{00A0}]+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)[ \t\x{00A0}]+del?[ \t\x{00A0}]+(?:(?:19|20)\d{2}\b|dos[ \t\x{00A0}]+mil(?:[ \t\x{00A0}]+(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|veinte|` + veintiWord + `|treinta))?\b)`)

// lawBeforeRE is a law or decree whose date follows: its date is no
// one's.
var lawBeforeRE = lazyRE(`(?i)\b(?:ley|decreto|resolución|resolucion|acuerdo)\b[^.!?]{0,16}$`)

// veintiWord is twenty-one to twenty-nine in Spanish ("veintitantos", a
// vague "twenty-something", is none).
const veintiWord = `veinti(?:uno|ún|un|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)`

// findJapaneseEraDates finds the dates japaneseEraDateRE describes.
func findJapaneseEraDates(text string) []candidate {
	var out []candidate
	at := indexAllOf(text, "Reiwa", "Heisei", "Showa", "Shōwa", "reiwa", "heisei")
	for _, i := range digitRuns(text) {
		if i >= 1 && (text[i-1] == 'R' || text[i-1] == 'H') && (i == 1 || !isASCIILetter(text[i-2])) {
			at = append(at, i-1) // "R6.2.14"
		}
	}
	slices.Sort(at)
	eachMatch(japaneseEraDateRE(), text, windowsAround(text, at, 0, 80), func(m []int) {
		short := isDigitByte(text[m[0]+1]) // "R6.2.14", not "Reiwa six"
		if short && (numberedPartBeforeRE().MatchString(text[max(0, m[0]-24):m[0]]) || strings.HasPrefix(text[m[1]:], " of ")) {
			return // "section H1.2.3", "R2.3.1 of the protocol"
		}
		out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
	})
	return out
}

// findForeignDates finds the dates of foreignDateRE but those of places
// named for a date.
func findForeignDates(text string, digitWins []span) []candidate {
	var out []candidate
	eachMatch(foreignDateRE(), text, windowsWithWord(text, digitWins, foreignMonthWords), func(m []int) {
		if !namedForADate(text, m[0], m[1]) {
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
		}
	})
	return out
}

// namedForADate reports whether a date of foreignDateRE with its day in
// words is a place named for a date, the year after it said of something
// else ("Hospital Nove de Julho de 2015 a 2019", "Escola Sete de Setembro
// de 2005"): its day capitalised where no sentence starts. Portuguese
// "dos" ("os exames dos de março de 2020") is no Spanish "two".
func namedForADate(text string, s, e int) bool {
	f := strings.Fields(text[s:e])
	if len(f) < 2 {
		return false
	}
	day := f[0]
	if low := strings.ToLower(day); low == "el" || low == "o" || low == "a" || low == "dia" {
		day = f[1]
	} else if low == "dos" {
		return true
	}
	if !iberianDayWordRE().MatchString(day) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(day)
	before := strings.TrimRight(text[:s], " \t")
	return unicode.IsUpper(r) && before != "" && strings.IndexByte(".!?:\n\"", before[len(before)-1]) < 0
}

// iberianDayWordRE is iberianDayWord alone.
var iberianDayWordRE = lazyRE(`(?i)^` + iberianDayWord + `$`)

// shortYearDateRE is a day and a month said in words with the last two
// digits of the year, as people say a birthday or the day of an accident:
// "the fifteenth of March ninety-two", "eleventh of August twenty-two";
// not after a comma, where a count, an age or a reading is said as often
// ("By the fifth of May, twenty-two. By June, forty.").
var shortYearDateRE = lazyRE(`(?i)\b(?:the\s+)?` + dayWord + `\s+of\s+` + fullMonthName + `\s+(?:` + tensWord + `[- ]` + unitWord + `|oh[- ]` + unitWord + `)\b`)

// findDates finds full dates (day, month and year): those with a month
// name in monthWins, the numeric ones in digitWins.
func findDates(text string, digitWins, monthWins []span) []candidate {
	var out []candidate
	dayOK := func(m []int) {
		day := text[m[2]:m[3]]
		// "the third of June, two thousand people": a count, not 2000.
		if strings.HasSuffix(asciiLower(text[m[0]:m[1]]), "thousand") && strings.HasPrefix(text[m[1]:], " ") && len(text) > m[1]+1 && isASCIILetter(text[m[1]+1]) {
			return
		}
		if !isDigitByte(day[0]) {
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]}) // a day in words is 1-31 by the pattern
			return
		}
		if n, _ := strconv.Atoi(strings.TrimRight(day, "stndrhSTNDRH")); n >= 1 && n <= 31 {
			start := m[0]
			if m[2] == m[0] { // the day first, not the year (dateYDM)
				start = dayRangeStart(text, m[0])
			}
			out = append(out, candidate{kind: Date, start: start, end: m[1]})
		}
	}
	eachMatch(dateDMY(), text, monthWins, dayOK)
	eachMatch(shortYearDateRE(), text, windowsAround(text, monthTriggers(text), 40, 60), func(m []int) {
		if clauseEnds(text, m[1]) { // not "the third of May twenty-two people came"
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
		}
	})
	eachMatch(dateMDY(), text, monthWins, dayOK)
	eachMatch(dateYDM(), text, monthWins, func(m []int) {
		// Not "8/11/2023, the eighth of November" nor "in May 2021, the
		// third of May, twenty people": the year of another date.
		if m[0] == 0 || !strings.ContainsRune("/.-", rune(text[m[0]-1])) && !monthBeforeRE().MatchString(text[max(0, m[0]-12):m[0]]) {
			dayOK(m)
		}
	})
	eachMatch(holidayYearRE(), text, windowsWith(text, digitWins, []string{" day", " eve", " friday", " sunday", " monday"}), func(m []int) {
		if !publicEventAfterRE().MatchString(text[m[1]:min(len(text), m[1]+24)]) { // not "the Boxing Day 2004 tsunami"
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
		}
	})
	eachMatch(cardinalDateRE(), text, monthWins, func(m []int) {
		// A year of two words alone only where the clause ends, after a
		// word of dates, and with no other count by month in the sentence:
		// "born … twenty-two May seventy-three.", not "two May, seventy
		// people", nor "twelve in April and twenty May, sixty-five".
		if m[2] < 0 || clauseEnds(text, m[1]) && dateWordBeforeRE().MatchString(text[max(0, m[0]-60):m[0]]) && len(cardinalMonthRE().FindAllStringIndex(sentenceAround(text, m[0], m[1]), 2)) < 2 {
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
		}
	})
	eachMatch(monthFirstCardinalDateRE(), text, monthWins, func(m []int) {
		if !countAfter(text, m[1]) && !measuredAfter(text, m[1]) { // not "By June one, two thousand people"
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
		}
	})
	eachMatch(hijriDateRE(), text, windowsWith(text, digitWins, hijriMonthWords), func(m []int) {
		out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
	})
	out = append(out, findMinguoDates(text, digitWins)...)
	out = append(out, findJapaneseEraDates(text)...)
	eachMatch(spanishWordedDateRE(), text, windowsAround(text, indexAllOf(text, " de dos mil", " del dos mil", " del 19", " del 20"), 64, 32), func(m []int) {
		if !lawBeforeRE().MatchString(text[max(0, m[0]-32):m[0]]) {
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]}) // not "la Ley 68 del veinte de noviembre…"
		}
	})
	eachMatch(vietDateRE(), text, windowsWith(text, digitWins, []string{"tháng"}), func(m []int) {
		if day, _ := strconv.Atoi(text[m[2]:m[3]]); day >= 1 && day <= 31 {
			out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
		}
	})
	wins := digitWins
	numeric := func(m []int) {
		a, _ := strconv.Atoi(text[m[2]:m[3]])
		b, _ := strconv.Atoi(text[m[6]:m[7]])
		sep1, sep2 := text[m[4]:m[5]], text[m[8]:m[9]]
		year := text[m[10]:m[11]]
		if sep1 != sep2 {
			return
		}
		// "12.03.24" and "12-03-24" only in two-digit groups: "1.5.10" is
		// rather a version or a dose.
		if len(year) == 2 && sep1 != "/" && (m[3]-m[2] != 2 || m[7]-m[6] != 2) {
			return
		}
		// Thai dates count years from the Buddha: 2566 is 2023.
		if len(year) == 4 && !(strings.HasPrefix(year, "19") || strings.HasPrefix(year, "20") || strings.HasPrefix(year, "25")) {
			return
		}
		if !dayAndMonth(a, b) {
			return
		}
		// Not part of a longer number run ("1.2.2024.5", a phone).
		if m[1] < len(text) && (text[m[1]] == '/' || text[m[1]] == '-' || (text[m[1]] == '.' && m[1]+1 < len(text) && isDigitByte(text[m[1]+1]))) {
			return
		}
		out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
	}
	eachMatch(dateNum(), text, wins, numeric)
	// "bed 12. 17.03.2023": the first pattern took "12. 17.03" and
	// turned it down; the date after it is found with tight separators.
	eachMatch(dateNumTight(), text, windowsWith(text, wins, []string{". "}), func(m []int) {
		if m[11]-m[10] == 4 || text[m[4]:m[5]] != "-" {
			numeric(m) // "17.03.23", not "10-12-14" (ages)
		}
	})
	eachMatch(dateEra(), text, windowsWith(text, wins, []string{"nen"}), func(m []int) {
		out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
	})
	eachMatch(dateCJK(), text, windowsWith(text, wins, []string{"년", "年"}), func(m []int) {
		out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
	})
	eachMatch(dateISO(), text, wins, func(m []int) {
		mo, _ := strconv.Atoi(text[m[6]:m[7]])
		day, _ := strconv.Atoi(text[m[10]:m[11]])
		if text[m[4]:m[5]] != text[m[8]:m[9]] || mo < 1 || mo > 12 || day < 1 || day > 31 {
			return
		}
		out = append(out, candidate{kind: Date, start: m[0], end: m[1]})
	})
	return out
}

// dayRangeBeforeRE is the first day of a range of days said before a
// date: "10–11 June 2023", "3-5 May 2021".
var dayRangeBeforeRE = lazyRE(`(?:^|[^\p{L}\p{N}.,/:])((?:3[01]|[12]\d|0?[1-9])[–-])$`)

// dayRangeStart returns where a date that starts with its day at s starts
// when a range's first day is said before it, or s.
func dayRangeStart(text string, s int) int {
	if !isDigitByte(text[s]) {
		return s
	}
	from := max(0, s-8)
	m := dayRangeBeforeRE().FindStringSubmatchIndex(text[from:s])
	if m == nil {
		return s
	}
	first, _ := strconv.Atoi(strings.TrimRight(text[from+m[2]:from+m[3]], "–-"))
	e := s + 1
	if e < len(text) && isDigitByte(text[e]) {
		e++
	}
	if last, _ := strconv.Atoi(text[s:e]); first >= last || notRangeBeforeRE().MatchString(text[max(0, from+m[2]-16):from+m[2]]) {
		return s // "12-10 June", "lost 2-3 May 2021", "aged 4-6": a score, an age, a room
	}
	return from + m[2]
}

// dateWordBeforeRE is a word that a date of birth, death or a wedding
// follows: "born", "birthday", "date".
var dateWordBeforeRE = lazyRE(`(?i)\b(?:born|birth|birthday|birthdate|date|dob|died|passed|married|wedding|since)\b`)

// cardinalMonthRE is a number said before a month: "twelve in April",
// "twenty May".
var cardinalMonthRE = lazyRE(`\b(?i:` + cardinalDay + `)[ \t\x{00A0}]+(?:in[ \t\x{00A0}]+|of[ \t\x{00A0}]+)?` + fullMonthName)

// publicEventAfterRE is an event everyone shared, named after its day:
// "tsunami", "floods", "service", "parade".
var publicEventAfterRE = lazyRE(`(?i)^[ \t\x{00A0}]+(?:tsunami|earthquake|quake|floods?|storms?|cyclone|fires?|bushfires?|war|attacks?|bombings?|massacre|riots?|protests?|march|parade|service|services|mass|celebrations?|concert|match|game|final|agreement|accord|lockdown)\b`)

// cardinalDateRE is a date whose day is said as a number rather than an
// ordinal, and its year in words: "twenty-two May nineteen seventy-three",
// "five of March two thousand and one", "twenty-two May seventy-three"
// (the year's two words, the group, need the clause to end after them).
var cardinalDateRE = lazyRE(`\b(?i:` + cardinalDay + `)[ \t\x{00A0}]+(?:of[ \t\x{00A0}]+)?` + fullMonthName + `,?[ \t\x{00A0}]+(?:` + yearForm + `|(` + tensWord + `[- ]` + unitWord + `))\b`)

// monthFirstCardinalDateRE is a date said month first, its day as a number
// rather than an ordinal and its year in words or digits: "October twelve,
// twenty twenty-four", "May nineteen, nineteen ninety-five". The year must
// be a year's words ("twenty twenty-four"): "April twenty twenty-one" and
// "May nineteen ninety-five" are a month and its year, and "By June one,
// two thousand people" a count (findDates).
var monthFirstCardinalDateRE = lazyRE(`\b` + fullMonthName + `[ \t\x{00A0}]+(?:the[ \t\x{00A0}]+)?(?i:` + cardinalDay + `),?[ \t\x{00A0}]+` + yearForm + `\b`)

// notRangeBeforeRE is a word that makes two numbers joined by a dash a
// score, an age or a place rather than days.
var notRangeBeforeRE = lazyRE(`(?i)\b(?:lost|won|beat|drew|score|scored|aged|ages|age|room|rooms|ward|bed|beds|bay|unit|units|level|levels|grade|grades|years|size|sizes)[ \t\x{00A0}]*$`)

// holidayYearRE is a holiday that falls on one day, with its year: "New
// Year's Day, 2022", "Christmas Eve 2019", "Good Friday of 2021" (not
// "Christmas 2019", a season).
var holidayYearRE = lazyRE(`\b(?:New[ \t\x{00A0}]+Year['’]s[ \t\x{00A0}]+(?:Day|Eve)|Christmas[ \t\x{00A0}]+(?:Day|Eve)|Boxing[ \t\x{00A0}]+Day|Good[ \t\x{00A0}]+Friday|Easter[ \t\x{00A0}]+(?:Sunday|Monday)|Valentine['’]s[ \t\x{00A0}]+Day|Mother['’]s[ \t\x{00A0}]+Day|Father['’]s[ \t\x{00A0}]+Day)(?:,|[ \t\x{00A0}]+of)?[ \t\x{00A0}]+(?:19|20)\d{2}\b`)

// feastBeforeRE is the feast a weekday is named by, just before it:
// "Easter Monday, 1st April 2024", "Holy Saturday, the 15th of April".
var feastBeforeRE = lazyRE(`\b(?:Easter|Holy|Good|Ash|Palm|Whit|Shrove|Maundy|Black|Boxing|Clean|Orthodox)[ \t\x{00A0}]+$`)

// feastBefore returns where a date that starts with a weekday at s starts
// when a feast names the day, or s.
func feastBefore(text string, s int) int {
	if !weekdayStartRE().MatchString(text[s:min(len(text), s+10)]) {
		return s
	}
	return startBefore(feastBeforeRE(), text, s, 12)
}

// weekdayStartRE is a weekday's name at the start.
var weekdayStartRE = lazyRE(`^` + weekdayName + `\b`)

// articleBeforeDateRE is the article French, Italian and Spanish put
// before a date: "le 15/03/2023", "il 5 maggio 2024", "El 15/03/2023"
// (not "o", which is "or" in Spanish and Italian); the Vietnamese "ngày"
// (day), "ngày 27/2/2024".
var articleBeforeDateRE = lazyRE(`(?:^|[ \t\x{00A0}(—–,])((?i:le|il|el|ngày)[ \t\x{00A0}]+)$`)

// articleBeforeDate returns where a date at s starts with its article said
// just before a number, or s.
func articleBeforeDate(text string, s int) int {
	if s >= len(text) || !isDigitByte(text[s]) {
		return s
	}
	if m := articleBeforeDateRE().FindStringSubmatchIndex(text[max(0, s-6):s]); m != nil {
		return max(0, s-6) + m[2]
	}
	return s
}

// yearMarkAfterRE is the year's mark Bulgarians and Russians write after
// a date: "12.05.2024 г.".
var yearMarkAfterRE = lazyRE(`^[ \t\x{00A0}]?г\.`)

// yearMarkAfter returns where a date ending at e ends with its year's
// mark, or e.
func yearMarkAfter(text string, e int) int { return runOnAfterDigit(text, e, yearMarkAfterRE(), 5) }

// dayAndMonth reports whether a and b are a day and a month in either
// order.
func dayAndMonth(a, b int) bool {
	return a >= 1 && a <= 31 && b >= 1 && b <= 12 || a >= 1 && a <= 12 && b >= 1 && b <= 31
}
