package redact

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

// The lists in data/ (their sources and licences are in data/README.md):
// names of many cultures, English words, places, and things that are not
// people. generate.sh rebuilds the .gz files from their sources.
//
//go:embed data/names.txt.gz data/words.txt.gz data/commonwords.txt.gz data/places.txt.gz data/towns.txt.gz data/given-extra.txt data/places.txt data/things.txt
var dataFS embed.FS

// nameClass says what a word is known as in the name lists.
type nameClass uint8

const (
	givenCommon nameClass = 1 << iota // a given name borne by many (or in a national list)
	givenRare                         // a given name seen rarely
	surname                           // a family name
	namePart                          // a part of names, of either kind
)

func (c nameClass) given() bool { return c&(givenCommon|givenRare) != 0 }

// gazetteer holds the lists, keyed by fold()ed words and phrases.
type gazetteer struct {
	names  nameList   // name TAB classes
	words  sortedList // English words (lower case in a dictionary)
	common sortedList // the more common of them
	places sortedList // towns, cities, regions, countries (may be phrases)
	towns  sortedList // GeoNames' towns not in places: weaker evidence
	// extra holds the hand-written lists: given names, places and things.
	extraGiven, extraPlaces, things map[string]bool
	// medicines are the things of things.txt's section "# Medicines".
	medicines map[string]bool
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
	gazErr  error
)

// loadGazetteer decodes the embedded lists once per process (about 30 ms).
func loadGazetteer() (*gazetteer, error) {
	gazOnce.Do(func() {
		gaz, gazErr = readGazetteer()
		if gazErr != nil {
			gazErr = fmt.Errorf("redact: reading the embedded name lists (a damaged build of groundwork: reinstall it): %w", gazErr)
		}
	})
	return gaz, gazErr
}

func readGazetteer() (*gazetteer, error) {
	g := &gazetteer{extraGiven: map[string]bool{}, extraPlaces: map[string]bool{}, things: map[string]bool{}, medicines: map[string]bool{}}
	var wg sync.WaitGroup
	errs := make([]error, 5)
	for i, l := range []struct {
		name string
		dst  *sortedList
	}{{"data/names.txt.gz", &g.names.sortedList}, {"data/words.txt.gz", &g.words}, {"data/commonwords.txt.gz", &g.common}, {"data/places.txt.gz", &g.places}, {"data/towns.txt.gz", &g.towns}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			*l.dst, errs[i] = readSorted(l.name)
		}()
	}
	set := func(m map[string]bool) func(string) { return func(s string) { m[fold(s)] = true } }
	err := eachLine("data/places.txt", set(g.extraPlaces))
	if err == nil {
		err = g.readThings()
	}
	if err == nil {
		err = eachField("data/given-extra.txt", set(g.extraGiven))
	}
	wg.Wait()
	return g, errors.Join(append(errs, err)...)
}

// readThings reads things.txt, keeping its medicines apart as well.
func (g *gazetteer) readThings() error {
	data, err := dataFS.ReadFile("data/things.txt")
	if err != nil {
		return err
	}
	inMedicines := false
	for l := range strings.Lines(string(data)) {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "#") {
			inMedicines = strings.HasPrefix(l, "# Medicines")
			continue
		}
		for _, f := range strings.Fields(l) {
			k := fold(strings.ReplaceAll(f, "_", " "))
			g.things[k] = true
			if inMedicines {
				g.medicines[k] = true
			}
		}
	}
	return nil
}

// sortedList is a sorted list of lines, kept as one string and the
// offsets of its lines: decoding it costs no allocation per line.
type sortedList struct {
	data string
	offs []uint32 // start of each line; a line ends at the next's start - 1
}

// readSorted reads an embedded gzipped list whose lines are sorted.
func readSorted(name string) (sortedList, error) {
	raw, err := dataFS.ReadFile(name)
	if err != nil {
		return sortedList{}, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return sortedList{}, fmt.Errorf("%s: %w", name, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return sortedList{}, fmt.Errorf("%s: %w", name, err)
	}
	l := sortedList{data: string(data), offs: make([]uint32, 0, bytes.Count(data, []byte{'\n'}))}
	for start := 0; start < len(data); {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data) - start
		}
		l.offs = append(l.offs, uint32(start))
		start += end + 1
	}
	return l, nil
}

// line returns line i without its newline.
func (l *sortedList) line(i int) string {
	end := len(l.data)
	if i+1 < len(l.offs) {
		end = int(l.offs[i+1]) - 1
	}
	return strings.TrimSuffix(l.data[l.offs[i]:end], "\n")
}

// find returns the index of the first line >= key.
func (l *sortedList) find(key string) int {
	return sort.Search(len(l.offs), func(i int) bool { return l.line(i) >= key })
}

// has reports whether key is a line of the list.
func (l *sortedList) has(key string) bool {
	i := l.find(key)
	return i < len(l.offs) && l.line(i) == key
}

// nameList is the list of names: lines "key TAB classes".
type nameList struct{ sortedList }

// class returns what the lists know key as (0: not a name).
func (l *nameList) class(key string) nameClass {
	i := l.find(key + "\t")
	if i >= len(l.offs) {
		return 0
	}
	k, classes, _ := strings.Cut(l.line(i), "\t")
	if k != key {
		return 0
	}
	var c nameClass
	for _, r := range classes {
		switch r {
		case 'G':
			c |= givenCommon
		case 'g':
			c |= givenRare
		case 'S':
			c |= surname
		case 'n':
			c |= namePart
		}
	}
	return c
}

// name returns what the lists know key as, the hand-written list of given
// names included.
func (g *gazetteer) name(key string) nameClass {
	c := g.names.class(key)
	if g.extraGiven[key] {
		c |= givenCommon
	}
	if a, b, ok := strings.Cut(key, "-"); ok && c == 0 && g.joinedGiven(a, b) {
		c |= givenCommon // "Jean-Robert": two given names joined, as French and other names are
	}
	return c
}

// joinedGiven reports whether a and b, joined by a hyphen, are a given
// name of two: both common given names, not both words, no saint's or
// people's word, no Arabic article and no word said twice ("Jean-Robert";
// not "Saint-Pierre", "Rose-Hill", "French-German", "Al-Hilal" or
// "Sama-sama").
func (g *gazetteer) joinedGiven(a, b string) bool {
	for _, k := range []string{a, b} {
		if g.names.class(k)&givenCommon == 0 || g.isPeopleWord(k) || saintWords[k] || arabicArticles[k] {
			return false
		}
	}
	return a != b && !(g.isWord(a) && g.isWord(b))
}

// isPlace reports whether key (a word or phrase) is a listed place.
func (g *gazetteer) isPlace(key string) bool { return g.extraPlaces[key] || g.places.has(key) }

// isTown reports whether key is a town of the world's list that the
// places list lacks: a place, but many such towns bear a family's name.
func (g *gazetteer) isTown(key string) bool { return g.towns.has(key) }

// isPlaceOrTown reports whether key is a listed place or a town of the
// world's list.
func (g *gazetteer) isPlaceOrTown(key string) bool { return g.isPlace(key) || g.isTown(key) }

// isThing reports whether key (a word or phrase) is a listed thing.
func (g *gazetteer) isThing(key string) bool { return g.things[key] }

// eachLine calls fn with every line of an embedded file (gunzipped when its
// name ends in .gz) that is neither empty nor a # comment.
func eachLine(name string, fn func(string)) error {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return err
	}
	var r io.Reader = bytes.NewReader(data)
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			fn(l)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// eachField calls fn with every white-space separated field of an embedded
// text file, outside # comments.
func eachField(name string, fn func(string)) error {
	return eachLine(name, func(l string) {
		for _, f := range strings.Fields(l) {
			fn(f)
		}
	})
}

// knownTown reports whether key, or its first word, is a place or a town
// the lists know ("Aarhus C", "Chora Sfakion").
func (g *gazetteer) knownTown(key string) bool {
	first, _, _ := strings.Cut(key, " ")
	return g.isPlace(key) || g.isTown(key) || g.isPlace(first) || g.isTown(first)
}

// isWord reports whether key is an English word (as a dictionary lists it
// in lower case).
func (g *gazetteer) isWord(key string) bool {
	return g.words.has(key)
}

// wordFirst reports whether a given name is, in speech, more often a
// common word ("Hope", "Will", "Faith", "Colon") than a name ("Peter",
// "Harry").
func (g *gazetteer) wordFirst(key string) bool {
	return commonWordNames[key] || (g.common.has(key) && !nameFirst[key])
}

// isPeople reports whether key names the people of a place the lists know
// ("syrians", "canadians", "koreans", "europeans", "timorese"), not a
// given name that ends so ("Adrians", a Latvian name).
func (g *gazetteer) isPeople(key string) bool {
	return g.placeStem(peopleStems(key))
}

// isDemonym reports whether key is the adjective of a place the lists
// know: "qatari", "venezuelan", "moroccan", "estonian", "luxembourgish",
// "madeirans". Many given names end so too ("Adrian", "Susan", "Naomi"),
// so the caller weighs it against the word's name class.
func (g *gazetteer) isDemonym(key string) bool {
	return g.isPeople(key) || g.placeStem(demonymStems(key))
}

// peopleByEnding reports whether key, a word the lists know as no name,
// ends as a people's name does whose place the lists may lack: "-ese"
// after five letters or more ("Chuukese", "Marshallese"); not a name of
// hyphened parts ("Marie-Therese"), nor a family name ("Genovese").
func (g *gazetteer) peopleByEnding(key string) bool {
	return len(key) >= 8 && strings.HasSuffix(key, "ese") && !strings.ContainsRune(key, '-') && g.name(key) == 0
}

// isPeopleWord reports whether key names a people or is its adjective:
// by the place the lists know (isDemonym), by its ending
// (peopleByEnding), or as peoples joined ("greek-australians",
// "anglo-indians").
func (g *gazetteer) isPeopleWord(key string) bool {
	return g.isDemonym(key) || g.peopleByEnding(key) || g.peoplesJoined(key)
}

// peopleFirstParts are the first halves of peoples joined that are no
// people by themselves: "anglo-indian", "afro-caribbean".
var peopleFirstParts = setOf(`anglo afro euro franco sino indo`)

// peoplesJoined reports whether key is two peoples or more joined by
// hyphens, every part a people's name or adjective ("irish-aussie").
func (g *gazetteer) peoplesJoined(key string) bool {
	parts := strings.Split(key, "-")
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		if !(g.isDemonym(p) || g.isThing(p) && g.name(p) == 0 || i < len(parts)-1 && peopleFirstParts[p] || g.isThing(strings.TrimSuffix(p, "s"))) {
			return false
		}
	}
	return true
}

func (g *gazetteer) placeStem(stems []string) bool {
	for _, s := range stems {
		if len(s) >= 4 && g.isPlace(s) {
			return true
		}
	}
	return false
}

// peopleStems are the places a plural people's name may come from.
func peopleStems(key string) []string {
	switch {
	case strings.HasSuffix(key, "ians"):
		b := strings.TrimSuffix(key, "ians")
		return []string{key[:len(key)-2], b, b + "a", b + "y", b + "ia"}
	case strings.HasSuffix(key, "eans"):
		b := strings.TrimSuffix(key, "eans")
		return []string{key[:len(key)-2], b + "e", b + "a"}
	case strings.HasSuffix(key, "ese"):
		b := strings.TrimSuffix(key, "ese")
		return []string{b, b[:max(0, len(b)-1)] + "a", b[:max(0, len(b)-1)] + "o", b + "on"} // "timorese", "javanese", "congolese", "lebanese"
	}
	return nil
}

// demonymStems are the places an adjective or plural of a place may come
// from: "okinawa(n)", "chile(an)", "sicil(ian)→sicily", "morocc(an)→morocco",
// "canad(ian)→canada", "qatar(i)", "luxembourg(ish)", "madeira(ns)".
func demonymStems(key string) []string {
	key = strings.TrimSuffix(key, "s")
	var out []string
	switch {
	case strings.HasSuffix(key, "ian"):
		b := key[:len(key)-3]
		out = append(out, key[:len(key)-1], b, b+"y", b+"a", b+"ia", b+"i") // "malawian"
	case strings.HasSuffix(key, "an"):
		b := key[:len(key)-2]
		out = append(out, key[:len(key)-1], b, b+"o")
	case strings.HasSuffix(key, "ish"):
		out = append(out, key[:len(key)-3])
	case strings.HasSuffix(key, "i"):
		out = append(out, key[:len(key)-1], key+"a") // "qatari", "somali"
	}
	return out
}

// arabicArticles are the article and the particles that open Arabic names
// of places and bodies joined by a hyphen ("Al-Hilal", "An-Najah").
var arabicArticles = setOf(`al el an ar as ash at ad az ud ul bin ibn abu umm abd`)
