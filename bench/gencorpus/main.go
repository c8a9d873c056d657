// Command gencorpus writes a synthetic corpus of interview transcripts for
// benchmarking groundwork: N plain-text files with YAML front matter (id,
// programme, role, date, setting, condition), speaker turns, log-normal
// lengths between 500 and 8,000 words, and answers that mix the
// peer-support codebook's themes with neutral talk, so that ingest, the
// rule matcher, the index and the report all have realistic work.
//
//	go run ./bench/gencorpus -n 1000 -seed 1 -out bench/out/corpus-1000
//
// The output is deterministic for a given -n and -seed: each document has
// its own PCG generator seeded from (seed, document number).
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

type programme struct {
	name, abbrev, condition, setting string
}

// The 7 programmes of the demo study.
var demoProgrammes = []programme{
	{"Breathe Together", "bt", "COPD", "community"},
	{"Cancer Survivor Mentors", "cs", "cancer", "healthcare"},
	{"Dementia Carers Circle", "dc", "dementia", "community"},
	{"Diabetes Peer Partners", "db", "diabetes", "healthcare"},
	{"HeartMates", "hf", "heart failure", "healthcare"},
	{"NICU Parent Buddies", "np", "premature birth", "healthcare"},
	{"Open Door Peer Support", "mh", "mental health", "community"},
}

var (
	placeNames = []string{"Riverside", "Northgate", "Eastfield", "Westbrook", "Southmead", "Hillcrest", "Meadowbank",
		"Oakwood", "Ashford", "Brookside", "Calder", "Dale", "Elmwood", "Fernhill", "Greenway", "Harbour",
		"Kingsway", "Lakeside", "Millbrook", "Newlands", "Orchard", "Parkside", "Queensway", "Rosehill"}
	conditions = []string{"stroke", "COPD", "cancer", "dementia", "diabetes", "heart failure", "Parkinson's",
		"multiple sclerosis", "kidney disease", "mental health", "premature birth", "long COVID", "arthritis",
		"epilepsy", "motor neurone disease", "brain injury"}
	progNouns = []string{"Buddies", "Mentors", "Peer Partners", "Circle", "Friends", "Companions", "Peer Support",
		"Together", "Network", "Champions"}
)

// programmes returns the programmes of a corpus of n documents: the demo's
// 7, plus one more per 200 documents beyond the first 100.
func programmes(n int, seed uint64) []programme {
	out := append([]programme{}, demoProgrammes...)
	extra := 0
	if n > 100 {
		extra = (n - 100 + 199) / 200
	}
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	seen := map[string]bool{}
	for _, p := range out {
		seen[p.name] = true
	}
	for len(out) < 7+extra {
		cond := conditions[r.IntN(len(conditions))]
		name := placeNames[r.IntN(len(placeNames))] + " " + titleCase(cond) + " " + progNouns[r.IntN(len(progNouns))]
		if seen[name] {
			continue
		}
		seen[name] = true
		setting := "community"
		if r.IntN(2) == 0 {
			setting = "healthcare"
		}
		out = append(out, programme{name: name, abbrev: fmt.Sprintf("p%02d", len(out)), condition: cond, setting: setting})
	}
	return out
}

func titleCase(s string) string {
	if s == "" || s != strings.ToLower(s) {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

type role struct {
	name   string
	weight int
	// themes weights by code family prefix; missing families weigh 1.
	themes map[string]int
}

var roles = []role{
	{"programme leader", 10, map[string]int{"matching": 5, "organisational": 6, "boundaries": 4, "benefits": 3, "isolation": 1}},
	{"peer supporter", 30, map[string]int{"benefits": 5, "boundaries": 5, "organisational": 3, "matching": 2, "isolation": 2}},
	{"patient", 25, map[string]int{"benefits": 8, "isolation": 5, "matching": 2, "boundaries": 1, "organisational": 1}},
	{"caregiver", 20, map[string]int{"benefits": 7, "isolation": 6, "matching": 2, "boundaries": 1, "organisational": 1}},
	{"clinician", 15, map[string]int{"benefits": 5, "boundaries": 3, "matching": 3, "organisational": 2, "isolation": 1}},
}

var firstNames = []string{"Dennis", "Shona", "Graham", "Ruth", "Marcus", "Kerry", "Helen", "Ken", "Anne", "Pauline",
	"Sandra", "Dev", "Priya", "Aisha", "Tomasz", "Zoë", "Siobhán", "Bernie", "Lorraine", "Gary", "Maureen", "Colin",
	"Bev", "Trevor", "Yusuf", "Fatima", "Jo", "Sam", "Chris", "Lynne", "Derek", "Gemma", "Wayne", "Olu", "Mei",
	"Rhiannon", "Declan", "Agnieszka", "Raj", "Brenda"}

func main() {
	n := flag.Int("n", 43, "number of transcripts")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("out", "", "output `DIR` (created; must be empty or absent)")
	flag.Parse()
	if *out == "" || *n <= 0 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -n N -seed S -out DIR")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fatal(err)
	}
	progs := programmes(*n, *seed)
	var words, bytes atomic.Int64
	var wg sync.WaitGroup
	jobs := make(chan int)
	errs := make(chan error, 1)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				g := newDoc(*seed, i, progs)
				text := g.render()
				path := filepath.Join(*out, g.id+".txt")
				if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
					select {
					case errs <- err:
					default:
					}
					continue
				}
				words.Add(int64(g.words))
				bytes.Add(int64(len(text)))
			}
		}()
	}
	for i := 0; i < *n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	select {
	case err := <-errs:
		fatal(err)
	default:
	}
	fmt.Printf("wrote %d transcripts, %d programmes, %d words, %.1f MB into %s\n",
		*n, min(len(progs), *n), words.Load(), float64(bytes.Load())/1e6, *out)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "gencorpus:", err)
	os.Exit(1)
}

// doc is one transcript being generated.
type doc struct {
	r       *rand.Rand
	id      string
	prog    programme
	role    role
	date    string
	speaker string // the participant's label
	asker   string // the interviewer's label
	local   map[string][]string
	target  int // words wanted
	words   int
	themeP  float64 // share of answer sentences about a theme
}

func newDoc(seed uint64, i int, progs []programme) *doc {
	r := rand.New(rand.NewPCG(seed, uint64(i)+1))
	g := &doc{r: r}
	if i < len(progs) {
		g.prog = progs[i] // every programme has at least one interview
	} else {
		g.prog = progs[r.IntN(len(progs))]
	}
	g.id = fmt.Sprintf("%s-%05d", g.prog.abbrev, i+1)
	total := 0
	for _, ro := range roles {
		total += ro.weight
	}
	k := r.IntN(total)
	for _, ro := range roles {
		if k < ro.weight {
			g.role = ro
			break
		}
		k -= ro.weight
	}
	g.date = fmt.Sprintf("2024-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28))
	switch x := r.IntN(10); {
	case x < 6:
		g.speaker = firstNames[r.IntN(len(firstNames))]
	case x < 8:
		g.speaker = "Participant"
	case x < 9:
		g.speaker = "R"
	default:
		g.speaker = "P1"
	}
	g.asker = "Interviewer"
	if r.IntN(6) == 0 {
		g.asker = "I"
	}
	// Log-normal length: median 1,800 words, clipped to [500, 8000].
	w := math.Exp(math.Log(1800) + 0.65*r.NormFloat64())
	g.target = int(min(max(w, 500), 8000))
	g.themeP = 0.25 + 0.2*r.Float64()
	peer := firstNames[r.IntN(len(firstNames))]
	coord := firstNames[r.IntN(len(firstNames))]
	g.local = map[string][]string{
		"peer":      {peer, "my buddy", "my mentor", "the volunteer"},
		"coord":     {coord, "the coordinator"},
		"prog":      {g.prog.name, "the programme"},
		"condition": {g.prog.condition, "it"},
	}
	return g
}

func (g *doc) pick(list []string) string { return list[g.r.IntN(len(list))] }

// expand fills a template's {slot}s and {a|b} alternatives.
func (g *doc) expand(t string) string {
	if !strings.Contains(t, "{") {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); {
		c := t[i]
		if c != '{' {
			b.WriteByte(c)
			i++
			continue
		}
		depth, j := 0, i
		for ; j < len(t); j++ {
			if t[j] == '{' {
				depth++
			} else if t[j] == '}' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		inner := t[i+1 : j]
		i = j + 1
		if alts := splitTop(inner); len(alts) > 1 {
			b.WriteString(g.expand(g.pick(alts)))
			continue
		}
		if l, ok := g.local[inner]; ok {
			b.WriteString(g.pick(l))
		} else if l, ok := slots[inner]; ok {
			b.WriteString(g.pick(l))
		} else {
			b.WriteString(inner)
		}
	}
	return b.String()
}

// splitTop splits s at '|' outside braces.
func splitTop(s string) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, s[from:i])
				from = i + 1
			}
		}
	}
	return append(out, s[from:])
}

func (g *doc) pickTheme() *theme {
	total := 0
	for i := range themes {
		total += g.familyWeight(&themes[i])
	}
	k := g.r.IntN(total)
	for i := range themes {
		w := g.familyWeight(&themes[i])
		if k < w {
			return &themes[i]
		}
		k -= w
	}
	return &themes[len(themes)-1]
}

func (g *doc) familyWeight(t *theme) int {
	fam, _, _ := strings.Cut(t.code, ".")
	if w, ok := g.role.themes[fam]; ok {
		return w
	}
	return 1
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func countWords(s string) int { return len(strings.Fields(s)) }

// render writes the transcript.
func (g *doc) render() string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: %s\nprogramme: %s\nrole: %s\ndate: %s\nsetting: %s\ncondition: %s\n---\n",
		g.id, g.prog.name, g.role.name, g.date, g.prog.setting, g.prog.condition)
	first := true
	for g.words < g.target {
		var th *theme
		if g.r.Float64() < 0.7 {
			th = g.pickTheme()
		}
		q := g.pick(questionsGeneral)
		if th != nil && g.r.Float64() < 0.8 {
			q = g.pick(th.questions)
		}
		if first {
			q = "Thanks for talking to me. " + g.expand(g.pick(questionsGeneral[:3]))
			first = false
		}
		q = g.expand(q)
		fmt.Fprintf(&b, "\n%s: %s\n", g.asker, q)
		g.words += countWords(q)

		// Answers: mostly one paragraph, sometimes several; 2-9 sentences each.
		paras := 1
		switch x := g.r.IntN(20); {
		case x >= 19:
			paras = 4
		case x >= 17:
			paras = 3
		case x >= 12:
			paras = 2
		}
		for p := 0; p < paras; p++ {
			ns := 2 + g.r.IntN(8)
			var sents []string
			last := ""
			for s := 0; s < ns; s++ {
				var t string
				switch {
				case th != nil && g.r.Float64() < g.themeP*1.6:
					t = g.pick(th.sentences)
				case g.r.Float64() < g.themeP*0.35:
					t = g.pick(g.pickTheme().sentences)
				case g.r.IntN(3) == 0:
					t = g.pick(grammar)
				default:
					t = g.pick(filler)
				}
				if t == last { // one re-draw, as people rarely repeat themselves verbatim
					t = g.pick(filler)
				}
				last = t
				sents = append(sents, capitalise(g.expand(t)))
			}
			para := strings.Join(sents, " ")
			if p == 0 {
				fmt.Fprintf(&b, "\n%s: %s\n", g.speaker, para)
			} else {
				fmt.Fprintf(&b, "\n%s\n", para)
			}
			g.words += countWords(para)
		}
	}
	return b.String()
}
