package redact

import "strings"

// Words around a name that say how it is said: spelt out after it ("with
// one L"), or a month's name said as the month ("in Ramazan"); and what
// is said after it of a person ("— that's my son", ", they call me").

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

// monthNames are months and feasts that are people's names too: the
// Islamic month as Turks, Kurds and Bosnians say it; All Saints'
// ("Toussaint", a Haitian given name and a surname); Romania's St
// Ignatius's day ("Ignat", a given name and a surname); Valencia's feast
// ("Fallas", a Costa Rican surname).
var monthNames = setOf(`ramazan ramzan ramadhan rajab toussaint ignat fallas maulidi`)

// monthPrepositions say a month or a feast follows: "in Ramazan", "after
// Ramazan", "the first Ramazan", "on Ignat", "at Toussaint".
var monthPrepositions = setOf(`in during after before since until till for this last next first through throughout at on la of`)

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
var callersWords = setOf(`everyone everybody people they we all the kids friends here`)

// callerOwners begin who calls someone, with one word after them: "what
// his mates call him", "what my mum calls her".
var callerOwners = setOf(`my his her our their your`)

// calledSo reports whether the words from k say the word before "is" or
// "was" is what someone is called: "(just) what everyone calls him",
// "what his mates call him", "what everyone used to call her", ending
// there ("what we call her project" names a thing).
func calledSo(doc *document, k int) bool {
	ws := doc.words
	if k < len(ws) && (ws[k].key == "just" || ws[k].key == "only") {
		k++
	}
	if k+3 >= len(ws) || ws[k].key != "what" {
		return false
	}
	k++
	switch {
	case k+1 < len(ws) && callerOwners[ws[k].key]:
		k += 2
	default:
		for k < len(ws) && callersWords[ws[k].key] {
			k++
		}
	}
	if k+1 < len(ws) && ws[k].key == "used" && ws[k+1].key == "to" {
		k += 2
	}
	if k+1 >= len(ws) || !(ws[k].key == "call" || ws[k].key == "calls" || ws[k].key == "called") {
		return false
	}
	p := &ws[k+1]
	return (p.key == "him" || p.key == "her" || p.key == "me") && (k+2 == len(ws) || clauseEndsAfter(doc, k+1))
}

// bornAsPerson reports whether a word before "was born" (at i; the word
// after "born" at k) is a person born: a given name the lists know, no
// place nor kin word ("Baby was born"), and not a feeling or a thing
// born in someone or out of something ("Fear was born in me", "Trust
// was born between us", "Zimbabwe was born in 1980").
func (d *Detector) bornAsPerson(doc *document, i, k int) bool {
	ws := doc.words
	key := ws[i].key
	if !d.gaz.name(key).given() || d.gaz.isPlace(key) || d.gaz.isTown(key) || kinAfter[key] {
		return false
	}
	if k < len(ws) && (ws[k].key == "out" || ws[k].key == "of" || ws[k].key == "from" || ws[k].key == "between" || ws[k].key == "that") {
		return false
	}
	return !(k+1 < len(ws) && ws[k].key == "in" && (ws[k+1].key == "me" || ws[k+1].key == "us" || ws[k+1].key == "him" || ws[k+1].key == "her" || ws[k+1].key == "them"))
}

// socialKin are the people of kinAfter said to the listener as well:
// "Wait, my friend, I will tell you" addresses no one by name.
var socialKin = setOf(`friend neighbour neighbor`)

// rulerTitles are rulers' titles that are given names too: after "the"
// they are the title.
var rulerTitles = setOf(`emir amir sultan raja`)

// programmeWordNamed reports whether word k, a word of a programme's name
// (NotNames), is said here as a person's name: after a title ("Daw Thazin
// Myint") or beside a word that only a name could be ("Néné Dalanda
// Diallo"), as when a programme is named after its founder.
func (d *Detector) programmeWordNamed(doc *document, k int) bool {
	ws := doc.words
	w := &ws[k]
	if !d.notNames[w.key] || !w.upper || w.allCaps || !w.letters || !nameShaped(w.text) || d.gaz.isWord(w.key) || functionWords[w.key] {
		return false
	}
	nameBeside := func(n *word) bool {
		return n.upper && !n.allCaps && !d.notNames[n.key] && !d.isStopName(n.key) && (d.plainGiven(n.key) || d.gaz.name(n.key)&surname != 0 && !d.gaz.isWord(n.key) || !d.gaz.isWord(n.key) && d.gaz.name(n.key) != 0)
	}
	return k > 0 && doc.adjacent(k-1) && (titleWords[ws[k-1].key] && ws[k-1].upper || nameBeside(&ws[k-1])) ||
		k+1 < len(ws) && doc.adjacent(k) && nameBeside(&ws[k+1])
}

// seasonSurnames are seasons that are family names too ("Fall", common in
// Senegal; "Winter").
var seasonSurnames = setOf(`fall winter spring`)

// wordOfPlaceOrThing reports whether the one word [i,end) stands with the
// word before or after it in the name of a place or a thing the lists
// know: "Queen" of "the Queen Elizabeth", a hospital, where "Queen's" was
// taken for a name elsewhere.
func (d *Detector) wordOfPlaceOrThing(doc *document, i, end int) bool {
	return end-i == 1 && (end < len(doc.words) && doc.adjacent(i) && doc.words[end].upper && d.isPlaceOrThing(doc, i, end+1) ||
		i > 0 && doc.adjacent(i-1) && doc.words[i-1].upper && (!familyArticles[doc.words[i-1].key] || d.gaz.isPlace(doc.keyOf(i-1, end))) && d.isPlaceOrThing(doc, i-1, end))
}

// familyArticles name a family by its surname ("Los Ramírez", "Las
// Gómez"), where before a place's name they open it ("Los Angeles").
var familyArticles = setOf(`los las`)

// kinAfterDash reports whether the words from k, after a dash, say whose
// kin the person is: "my husband", "that's my son", "she is my sister".
func kinAfterDash(doc *document, k int) bool {
	ws := doc.words
	if k < len(ws) && (ws[k].key == "that" || ws[k].key == "he" || ws[k].key == "she") {
		if ws[k].possessive {
			k++ // "that's", "she's"
		} else if k+1 < len(ws) && ws[k+1].key == "is" {
			k += 2
		} else {
			return false
		}
	}
	return k+1 < len(ws) && (ws[k].key == "my" || ws[k].key == "our") && kinAfter[ws[k+1].key] && !ws[k+1].possessive
}

// pronounAfterDash reports whether the words from k, after a dash, say
// "he's" or "she's" (or "he is", "she was") of what came before it, as of
// no thing: "Hawre — he's one of ours".
func pronounAfterDash(doc *document, k int) bool {
	ws := doc.words
	return k < len(ws) && (ws[k].key == "he" || ws[k].key == "she") && (ws[k].possessive || k+1 < len(ws) && (ws[k+1].key == "is" || ws[k+1].key == "was"))
}

// makerVerbs say a person or a maker did something ("Saroj makes the
// breyani", "Cendo makes one"): a person's only after a doer (a given name
// or a name found elsewhere, and no place, honorific alone or name after
// "the").
var makerVerbs = setOf(`makes made puts put cooks cooked`)

// maker reports whether the run [i,j) may be a person doing something:
// not a place ("Port-Gentil made a poster", "Mosul stayed empty"), a
// thing the lists hold ("Dettol kept the place clean"), an honorific
// alone ("Baji made me") or an organisation after "the".
func (d *Detector) maker(doc *document, i, j int) bool {
	last := doc.words[j-1].key
	return !d.gaz.isPlace(last) && !d.gaz.isTown(last) && !d.gaz.isThing(last) && !d.gaz.isPlace(doc.keyOf(i, j)) && !honorificsAfter[last] && !(i > 0 && doc.words[i-1].key == "the")
}

// doerName reports whether key is a given name that a verb of doing
// after it shows to be a person's: a given name that is no word ("Naif
// spent"), or a common one that is no common word ("Saroj makes"; not
// "Prayer kept me going", "Love stayed").
func (d *Detector) doerName(key string) bool {
	c := d.gaz.name(key)
	return c.given() && !d.gaz.isWord(key) || c&givenCommon != 0 && !d.gaz.common.has(key)
}

// doer reports whether the run [i,j), before a verb of doing, is a person
// doing it: a name found elsewhere or a given name (doerName), and no
// place, thing or organisation (maker).
func (d *Detector) doer(doc *document, i, j int, known bool) bool {
	return (known || d.doerName(doc.words[j-1].key)) && d.maker(doc, i, j)
}

// calledByOthers reports whether the words from k say that people call
// someone by the name just said: "they call me", "everyone calls him".
func calledByOthers(doc *document, k int) bool {
	ws := doc.words
	return k+2 < len(ws) && callersCall(doc, k) && (ws[k+2].key == "me" || ws[k+2].key == "him" || ws[k+2].key == "her")
}

// callersCall reports whether words k and k+1 are someone calling: "we
// call", "everyone calls".
func callersCall(doc *document, k int) bool {
	ws := doc.words
	return k+1 < len(ws) && nicknameCallers[ws[k].key] && (ws[k+1].key == "call" || ws[k+1].key == "calls")
}

// listOpeners begin a list of people just before a comma: "the group —
// me, Maricel, Jonalyn": no thing is in apposition there.
var listOpeners = setOf(`me us you him her myself`)

// nicknameFollows reports whether the words from k say what people call
// the person just named: "we call him Lucky", "everyone calls her Sukhi"
// (not "I call her on …").
func nicknameFollows(doc *document, k int) bool {
	ws := doc.words
	return k+3 < len(ws) && callersCall(doc, k) && (ws[k+2].key == "him" || ws[k+2].key == "her") && ws[k+3].upper
}

// nicknameCallers say who calls someone by a short name.
var nicknameCallers = setOf(`we they everyone everybody people i`)

// placeSaidBefore reports whether a word that puts a place after it
// stands just before word i, or before its "the": "at Bara", "from
// Kayes", "at the Sanatorio Allende".
func placeSaidBefore(doc *document, i int) bool {
	if i > 1 && doc.words[i-1].key == "the" && doc.adjacent(i-1) {
		i--
	}
	return i > 0 && doc.adjacent(i-1) && articleCueWords[doc.words[i-1].key]
}

// vietMiddleNames are the middle names of Vietnamese names, written with
// their marks: a family name, one of these, then the given name ("Lý Thị
// Mai", "Cà Văn Ịn"). Without the marks they are words of other names
// ("Van").
var vietMiddleNames = setOf(`Thị Văn`)

// hmongMiddleNames are the middle names of Hmong names as Vietnam writes
// them, after the clan's name ("Giàng A Lử", "Sùng Seo Chứ").
var hmongMiddleNames = setOf(`A Seo`)

// vietFamilyNames are the family names of Vietnam's peoples (Kinh, Thái,
// Tày, Dao, Hmong) as they are written, lower case with their marks: a
// name told by its middle name begins with one, where "Nhà Văn Hóa" (a
// community hall) and "Siêu Thị" (a supermarket) begin with a noun.
var vietFamilyNames = setOf(`nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lò cà quàng đào cao lương lâm mai trịnh trương
tạ tô tôn thái triệu chu châu đoàn đàm lưu kiều khúc kim la lạc lại lã mạc nghiêm nông quách tăng thạch thân tiêu vương vi hứa
đinh hà lục ma tẩn bàn chảo giàng sùng thào vàng hầu lầu mùa mua tráng hạng vừ lềnh phàng sình cứ lù lèo khà`)

// hmongClans are the Hmong clans' names as Vietnam writes them, before a
// Hmong middle name ("Giàng A Lử"): "A" alone is an English article, so
// only these make it a name's ("Café A Rouge", "Chloë A Levels" are none).
var hmongClans = setOf(`giàng sùng thào vàng lý hầu lầu mùa mua tráng hạng vừ lềnh phàng sình cứ chảo tẩn hoàng`)

// vietStreetKinds are the words before a street or a building named after
// a person ("đường Nguyễn Thị Minh Khai", "Bệnh viện Lê Văn Thịnh"),
// lower case with their marks: the name there is a place's.
var vietStreetKinds = setOf(`đường phố viện trường chợ`)

// middleNamedRun returns the end of a Vietnamese or Hmong full name that
// starts at i, told by its middle name: a family name, the middle name
// and one to three given names, spaces only between them; not a street or
// a building named after someone, nor a day, a title or a word of a place
// after the name ("Nguyễn Văn An Monday", "Lê Văn Thịnh Hospital").
func (d *Detector) middleNamedRun(doc *document, i int) (int, bool) {
	ws := doc.words
	if i+2 >= len(ws) || !doc.adjacent(i) || !doc.adjacent(i+1) || !nameWord(&ws[i]) || !nameWord(&ws[i+2]) {
		return 0, false
	}
	family := strings.ToLower(ws[i].text)
	switch mid := ws[i+1].text; {
	case vietMiddleNames[mid] && vietFamilyNames[family]:
	case hmongMiddleNames[mid] && hmongClans[family]:
	default:
		return 0, false
	}
	if i > 0 && doc.adjacent(i-1) && vietStreetKinds[strings.ToLower(ws[i-1].text)] {
		return 0, false
	}
	j := i + 3
	for j < len(ws) && j < i+5 && doc.adjacent(j-1) && nameWord(&ws[j]) && !ws[j].sentStart && d.laterGivenName(ws[j].key) {
		j++
	}
	return j, true
}

// laterGivenName reports whether a word after a Vietnamese name's first
// given name may be another ("Phạm Thị Ngọc Anh", where "Anh" is no
// title): no day, title, role or word of a place or an organisation, and
// no English word unless a given name.
func (d *Detector) laterGivenName(key string) bool {
	if calendarWords[key] || titleWords[key] && key != "anh" || roleWords[key] || orgWords[key] || placeWords[key] || venueWords[key] {
		return false
	}
	if d.gaz.isPlace(key) || d.gaz.isTown(key) || d.gaz.isThing(key) {
		return false // "Lê Thị Hoa Melbourne", "Hoàng Thị Mai Facebook"
	}
	return !d.gaz.isWord(key) || d.gaz.name(key).given()
}

// nameWord reports whether w may be a word of a name: capitalised
// letters, not all capitals.
func nameWord(w *word) bool { return w.upper && w.letters && !w.allCaps }
