package codebook

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

// Input is one segment of text to auto-code, with who said it.
type Input struct {
	Text    string
	Role    string
	Speaker string
}

// Span is a rune range [Start, End) of Input.Text.
type Span struct {
	Start, End int
}

// Hit is a rule that fired on an Input.
type Hit struct {
	// Code and Rule are the ids of the code and of the rule that fired.
	Code string
	Rule string
	// Kind is the kind of the rule (TermsRule or NearRule).
	Kind RuleKind
	// Pattern tells what matched: the terms as written in the rule
	// ("listen*", "nobody to talk to"), or for a near rule "a NEAR/4 b";
	// several are joined by ", " in text order.
	Pattern string
	// Spans are the rune ranges of the words that fired, in text order and
	// without duplicates (a phrase is one span; a near match gives two).
	Spans []Span
	// Words are the texts of Spans, one per span.
	Words []string
}

// Matcher runs the term and near rules of some codes over texts. It is
// built once by Compile and safe for concurrent use.
//
// All terms of all rules are compiled into one structure keyed by stem:
// every distinct stem or prefix wildcard is an atom, and every term a
// sequence of atoms indexed by its first two. A byte trie over lower-case
// words finds the prefix wildcards a word starts with and tells cheaply
// whether the word can have a stem that is an atom (the stemmer only runs
// then), and a table caches both answers for the words of the rules and
// frequent English words. Match reads the text once, word by word; only
// words that are atoms are looked at again, to complete phrases, pair near
// terms and apply vetoes and scopes, so the cost does not grow with the
// number of rules.
type Matcher struct {
	codes      []*Code
	rules      []*Rule // term and near rules, in code then rule order
	queryRules []*Rule

	stems    map[string]int32 // stem -> atom, while compiling
	stemTab  byteTable        // the same, for matching
	nodes    []trieNode
	rootNext [256]int32
	edgeKeys []byte
	edgeNext []int32
	nodeAtom []int32 // prefix atoms at trie nodes

	patterns []pattern
	owners   []owner
	start    []startIndex // by first atom

	// words caches what the trie and the stemmer say about words known at
	// compile time (the words of the rules and frequent English words), so
	// that most tokens cost one map lookup.
	words     byteTable // lower-case word -> index into wordInfo
	wordInfo  []wordInfo
	wordAtoms []int32

	veto *Matcher // the unless terms of query rules, one rule each
	pool sync.Pool
}

// anyAtom stands for "any one word" in a pattern.
const anyAtom = -1

// startIndex lists the patterns that begin with one atom: those of one
// word, and the longer ones by their second atom (sorted), so that a word
// only tries the patterns its next word can continue.
type startIndex struct {
	single []int32
	second []secondAtom
}

type secondAtom struct {
	atom     int32
	patterns []int32
}

// wordInfo is the precomputed match of one lower-case word.
type wordInfo struct {
	stem           int32 // stem atom or -1
	atomOff, nAtom int32 // prefix atoms in Matcher.wordAtoms
}

type trieNode struct {
	edgeOff, edgeLen int32
	atomOff, atomLen int32
	stemCand         bool
}

// pattern is a term compiled to a sequence of atoms.
type pattern struct {
	atoms            []int32
	ownerOff, nOwner int32
}

type ruleRole uint8

const (
	roleTerm ruleRole = iota
	roleNearA
	roleNearB
	roleUnless
)

// owner ties a pattern to one place where a rule uses it.
type owner struct {
	rule  int32
	role  ruleRole
	label string
}

// Compile builds a Matcher for the rules of the given codes, or of every
// code with rules when none are given. Query rules are not run by the
// matcher; see QueryRules.
func Compile(cb *Codebook, codeIDs ...string) (*Matcher, error) {
	if cb == nil {
		return nil, errors.New("compile rules: nil codebook")
	}
	want := make(map[*Code]bool)
	for _, id := range codeIDs {
		c, ok := cb.Code(id)
		if !ok {
			return nil, fmt.Errorf("compile rules: unknown code %q", id)
		}
		want[c] = true
	}
	var codes []*Code
	var rules, queryRules, vetoRules []*Rule
	for _, c := range cb.codes {
		if len(codeIDs) > 0 && !want[c] || len(c.Rules) == 0 {
			continue
		}
		codes = append(codes, c)
		for _, r := range c.Rules {
			if r.Kind() != QueryRule {
				rules = append(rules, r)
				continue
			}
			queryRules = append(queryRules, r)
			if len(r.unless) > 0 {
				vetoRules = append(vetoRules, &Rule{ID: r.ID, Code: r.Code, Terms: r.Unless, terms: r.unless})
			}
		}
	}
	m := build(rules)
	m.codes, m.queryRules = codes, queryRules
	if len(vetoRules) > 0 {
		m.veto = build(vetoRules)
	}
	return m, nil
}

// builder holds the maps used while compiling.
type builder struct {
	m        *Matcher
	prefixes map[string]int32
	patIndex map[string]int32
	nAtoms   int32
	trie     []buildNode
	owners   [][]owner // per pattern
}

type buildNode struct {
	next     map[byte]int32
	atoms    []int32
	stemCand bool
}

func build(rules []*Rule) *Matcher {
	m := &Matcher{rules: rules, stems: make(map[string]int32)}
	b := &builder{
		m:        m,
		prefixes: make(map[string]int32),
		patIndex: make(map[string]int32),
		trie:     []buildNode{{}},
	}
	for i, r := range rules {
		ri := int32(i)
		for _, t := range r.terms {
			b.add(t, owner{rule: ri, role: roleTerm, label: t.src})
		}
		for _, t := range r.near[0] {
			b.add(t, owner{rule: ri, role: roleNearA, label: t.src})
		}
		for _, t := range r.near[1] {
			b.add(t, owner{rule: ri, role: roleNearB, label: t.src})
		}
		for _, t := range r.unless {
			b.add(t, owner{rule: ri, role: roleUnless, label: t.src})
		}
	}
	b.finish()
	return m
}

// add compiles term t for one owner.
func (b *builder) add(t term, o owner) {
	atoms := make([]int32, len(t.words))
	var key strings.Builder
	for i, w := range t.words {
		atoms[i] = b.atom(w)
		fmt.Fprintf(&key, "%d,", atoms[i])
	}
	pi, ok := b.patIndex[key.String()]
	if !ok {
		pi = int32(len(b.m.patterns))
		b.patIndex[key.String()] = pi
		b.m.patterns = append(b.m.patterns, pattern{atoms: atoms})
		b.owners = append(b.owners, nil)
	}
	for _, prev := range b.owners[pi] {
		if prev == o {
			return
		}
	}
	b.owners[pi] = append(b.owners[pi], o)
}

func (b *builder) atom(w termWord) int32 {
	switch w.kind {
	case anyWord:
		return anyAtom
	case prefixWord:
		if id, ok := b.prefixes[w.text]; ok {
			return id
		}
		id := b.nAtoms
		b.nAtoms++
		b.prefixes[w.text] = id
		n := b.insert(w.text)
		b.trie[n].atoms = append(b.trie[n].atoms, id)
		return id
	}
	if id, ok := b.m.stems[w.text]; ok {
		return id
	}
	id := b.nAtoms
	b.nAtoms++
	b.m.stems[w.text] = id
	n := b.insert(stemGuard(w.text))
	b.trie[n].stemCand = true
	return id
}

// insert adds s to the trie and returns its node.
func (b *builder) insert(s string) int32 {
	var n int32
	for i := 0; i < len(s); i++ {
		c := s[i]
		next, ok := b.trie[n].next[c]
		if !ok {
			next = int32(len(b.trie))
			b.trie = append(b.trie, buildNode{})
			if b.trie[n].next == nil {
				b.trie[n].next = make(map[byte]int32)
			}
			b.trie[n].next[c] = next
		}
		n = next
	}
	return n
}

// finish flattens the trie and the pattern index.
func (b *builder) finish() {
	m := b.m
	m.nodes = make([]trieNode, len(b.trie))
	for i, bn := range b.trie {
		keys := make([]byte, 0, len(bn.next))
		for k := range bn.next {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		nd := trieNode{
			edgeOff:  int32(len(m.edgeKeys)),
			edgeLen:  int32(len(keys)),
			atomOff:  int32(len(m.nodeAtom)),
			atomLen:  int32(len(bn.atoms)),
			stemCand: bn.stemCand,
		}
		for _, k := range keys {
			m.edgeKeys = append(m.edgeKeys, k)
			m.edgeNext = append(m.edgeNext, bn.next[k])
			if i == 0 {
				m.rootNext[k] = bn.next[k]
			}
		}
		m.nodeAtom = append(m.nodeAtom, bn.atoms...)
		m.nodes[i] = nd
	}
	m.start = make([]startIndex, b.nAtoms)
	for pi := range m.patterns {
		p := &m.patterns[pi]
		p.ownerOff = int32(len(m.owners))
		p.nOwner = int32(len(b.owners[pi]))
		m.owners = append(m.owners, b.owners[pi]...)
		first := p.atoms[0]
		if first == anyAtom {
			continue // parseTerm does not allow it
		}
		st := &m.start[first]
		if len(p.atoms) == 1 {
			st.single = append(st.single, int32(pi))
			continue
		}
		second := p.atoms[1]
		i, found := slices.BinarySearchFunc(st.second, second, func(e secondAtom, a int32) int { return cmp.Compare(e.atom, a) })
		if !found {
			st.second = slices.Insert(st.second, i, secondAtom{atom: second})
		}
		st.second[i].patterns = append(st.second[i].patterns, int32(pi))
	}
	b.cacheWords()
	m.stems = nil // only stemTab is used from now on
}

// cacheWords precomputes wordInfo for the words the rules are written with
// and for frequent English words.
func (b *builder) cacheWords() {
	m := b.m
	m.stemTab = newByteTable(m.stems)
	words := make(map[string]int32)
	var st stemmer
	add := func(lower string) {
		if _, ok := words[lower]; ok || lower == "" {
			return
		}
		ascii := true
		for i := 0; i < len(lower); i++ {
			if lower[i] >= 0x80 {
				ascii = false
				break
			}
		}
		lb := []byte(lower)
		strip := stripPossessive(lb)
		off := len(m.wordAtoms)
		var cand bool
		m.wordAtoms, cand = m.walk(lb, len(strip), m.wordAtoms)
		stem := int32(-1)
		if cand {
			if id, ok := m.stemTab.get(st.stem(strip, ascii)); ok {
				stem = id
			}
		}
		words[lower] = int32(len(m.wordInfo))
		m.wordInfo = append(m.wordInfo, wordInfo{stem: stem, atomOff: int32(off), nAtom: int32(len(m.wordAtoms) - off)})
	}
	for _, w := range strings.Fields(frequentWords) {
		add(w)
	}
	for _, r := range m.rules {
		for _, src := range r.AllTerms() {
			for _, tok := range Tokenize(strings.ReplaceAll(src, "*", " ")) {
				add(tok.Lower)
			}
		}
	}
	m.words = newByteTable(words)
}

// frequentWords are common words of spoken English, cached by every Matcher
// whatever its rules.
const frequentWords = `a about after again all also always am an and any are
as at away back be because been before being best better big bit both but by
came can can't come could couldn't day did didn't do does doesn't doing don't
down each even ever every first for from get gets getting go goes going good
got had hadn't has hasn't have haven't having he he'd he's her here hers him
himself his how i i'd i'll i'm i've if in into is isn't it it's its just know
last like little long look lot made make many may me might more most much must
my myself never new no not now of off oh ok okay old on once one only or other
our out over own people put quite really right said same saw say says see she
she'd she's should so some something still such sure take than that that's the
their them then there there's these they they'd they're they've thing things
think this those though thought through time to told too two um under up us
very was wasn't way we we'd we're we've well went were weren't what what's
when where which while who who's why will with won't would wouldn't yeah year
years yes yet you you'd you're you've your yeah er erm mm like sort kind mean
actually honestly basically anyway alright right okay cos because gonna wanna`

// stemGuard returns a prefix that every word with Porter stem s begins
// with. The stemmer only rewrites the end of a word: the stem is a prefix
// of the word followed by at most what the rewrites add and keep, which is
// "e" (hope from hoping, -ate from -ation), "i" (happi from happy), "le"
// (able from ability) or "l" (disabl from disability, whose e step 5
// removed).
func stemGuard(s string) string {
	switch {
	case strings.HasSuffix(s, "le"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "bl"), strings.HasSuffix(s, "e"), strings.HasSuffix(s, "i"):
		return s[:len(s)-1]
	}
	return s
}

// walk follows the lower-case word through the trie, appending the prefix
// atoms it passes to out, and reports whether the possessive-stripped word
// (its first stripLen bytes) may have a stem that is an atom.
func (m *Matcher) walk(lower []byte, stripLen int, out []int32) ([]int32, bool) {
	cand := m.nodes[0].stemCand
	if len(lower) == 0 {
		return out, cand
	}
	n := m.rootNext[lower[0]]
	for i := 0; n != 0; {
		nd := &m.nodes[n]
		if nd.atomLen > 0 {
			out = append(out, m.nodeAtom[nd.atomOff:nd.atomOff+nd.atomLen]...)
		}
		if nd.stemCand && i+1 <= stripLen {
			cand = true
		}
		i++
		if i == len(lower) {
			break
		}
		c := lower[i]
		keys := m.edgeKeys[nd.edgeOff : nd.edgeOff+nd.edgeLen]
		n = 0
		for k, key := range keys {
			if key == c {
				n = m.edgeNext[int(nd.edgeOff)+k]
				break
			}
			if key > c {
				break
			}
		}
	}
	return out, cand
}

// mtok is a word of the text being matched.
type mtok struct {
	bStart, bEnd   int32 // byte offsets
	rStart, rEnd   int32 // rune offsets
	sent, para     int32
	stem           int32 // stem atom or -1
	atomOff, nAtom int32 // prefix atoms in scratch.atoms
}

// occ is an occurrence of a pattern for one owner: words [from, to).
type occ struct {
	owner    int32
	from, to int32
}

type scratch struct {
	toks  []mtok
	cands []int32
	atoms []int32
	occs  []occ
	lower []byte
	st    stemmer

	// Grouping of occurrences by rule: head and tail per rule (-1 when
	// none), next per occurrence, and the rules touched.
	head, tail []int32
	next       []int32
	touched    []int32

	// Buffers of evalRule.
	group, terms, nearA, nearB, ranges []occ
	vetoes                             []int32
	fired                              []firing
}

// Match runs the compiled rules over in.Text and returns the rules that
// fired, at most one Hit per rule, in code and rule order.
func (m *Matcher) Match(in Input) []Hit { return m.match(in, nil, nil) }

// MatchStems is Match, also calling each with the stem of every word of
// in.Text whose lower-case form keep accepts, exactly as EachStem(in.Text,
// keep, each) would, from the one pass over the words Match makes: for a
// caller that wants both, the text is split into words once.
func (m *Matcher) MatchStems(in Input, keep func(lower []byte) bool, each func(stem []byte)) []Hit {
	if len(m.rules) == 0 || len(in.Text) > math.MaxInt32 {
		EachStem(in.Text, keep, each)
		return nil
	}
	return m.match(in, keep, each)
}

// match is Match, calling each (when not nil) as MatchStems says.
func (m *Matcher) match(in Input, keep func(lower []byte) bool, each func(stem []byte)) []Hit {
	if len(m.rules) == 0 || len(in.Text) == 0 || len(in.Text) > math.MaxInt32 {
		return nil
	}
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{head: make([]int32, len(m.rules)), tail: make([]int32, len(m.rules))}
		for i := range s.head {
			s.head[i] = -1
		}
	}
	if want := len(in.Text) / 6; cap(s.toks) < want {
		s.toks = make([]mtok, 0, want)
	}
	defer func() {
		if cap(s.toks) <= 1<<16 {
			m.pool.Put(s)
		}
	}()
	s.toks, s.cands, s.atoms, s.occs = s.toks[:0], s.cands[:0], s.atoms[:0], s.occs[:0]

	// One pass over the words.
	sc := newScanner(in.Text)
	for sc.next() {
		s.lower = appendLower(s.lower[:0], in.Text[sc.bStart:sc.bEnd], sc.ascii)
		if each != nil && keep(s.lower) {
			each(s.st.stem(stripPossessive(s.lower), sc.ascii))
		}
		off := len(s.atoms)
		stem := int32(-1)
		if wi, ok := m.words.get(s.lower); ok {
			info := &m.wordInfo[wi]
			stem = info.stem
			s.atoms = append(s.atoms, m.wordAtoms[info.atomOff:info.atomOff+info.nAtom]...)
		} else {
			strip := stripPossessive(s.lower)
			var cand bool
			s.atoms, cand = m.walk(s.lower, len(strip), s.atoms)
			if cand {
				if id, ok := m.stemTab.get(s.st.stem(strip, sc.ascii)); ok {
					stem = id
				}
			}
		}
		t := mtok{
			bStart: int32(sc.bStart), bEnd: int32(sc.bEnd),
			rStart: int32(sc.rStart), rEnd: int32(sc.rEnd),
			sent: int32(sc.sentence), para: int32(sc.para),
			stem: stem, atomOff: int32(off), nAtom: int32(len(s.atoms) - off),
		}
		if stem >= 0 || t.nAtom > 0 {
			s.cands = append(s.cands, int32(len(s.toks)))
		}
		s.toks = append(s.toks, t)
	}
	if len(s.cands) == 0 {
		return nil
	}

	// Complete the patterns that start at candidate words.
	for _, ti := range s.cands {
		t := &s.toks[ti]
		if t.stem >= 0 {
			m.tryStarts(s, ti, t.stem)
		}
		for k := t.atomOff; k < t.atomOff+t.nAtom; k++ {
			m.tryStarts(s, ti, s.atoms[k])
		}
	}
	if len(s.occs) == 0 {
		return nil
	}

	// Group the occurrences by rule, keeping text order (they were found
	// in text order), and evaluate the rules in codebook order.
	s.next, s.touched = s.next[:0], s.touched[:0]
	for i, o := range s.occs {
		r := m.owners[o.owner].rule
		s.next = append(s.next, -1)
		if s.head[r] < 0 {
			s.head[r] = int32(i)
			s.touched = append(s.touched, r)
		} else {
			s.next[s.tail[r]] = int32(i)
		}
		s.tail[r] = int32(i)
	}
	slices.Sort(s.touched)
	var hits []Hit
	for _, r := range s.touched {
		s.group = s.group[:0]
		for i := s.head[r]; i >= 0; i = s.next[i] {
			s.group = append(s.group, s.occs[i])
		}
		s.head[r] = -1
		if h, ok := m.evalRule(s, in, r, s.group); ok {
			hits = append(hits, h)
		}
	}
	return hits
}

// tryStarts completes every pattern whose first atom is atom at word ti:
// the one-word patterns, and the longer ones whose second atom the next
// word has.
func (m *Matcher) tryStarts(s *scratch, ti int32, atom int32) {
	st := &m.start[atom]
	for _, pi := range st.single {
		m.fire(s, &m.patterns[pi], ti)
	}
	if len(st.second) == 0 || int(ti)+1 >= len(s.toks) {
		return
	}
	next := &s.toks[ti+1]
	if next.sent != s.toks[ti].sent {
		return
	}
	if st.second[0].atom == anyAtom { // sorted: any-word entries come first
		m.trySecond(s, st.second, anyAtom, ti)
	}
	if next.stem >= 0 {
		m.trySecond(s, st.second, next.stem, ti)
	}
	for k := next.atomOff; k < next.atomOff+next.nAtom; k++ {
		m.trySecond(s, st.second, s.atoms[k], ti)
	}
}

// trySecond completes the patterns of list whose second atom is a.
func (m *Matcher) trySecond(s *scratch, list []secondAtom, a int32, ti int32) {
	lo, hi := 0, len(list)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if list[mid].atom < a {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(list) || list[lo].atom != a {
		return
	}
	for _, pi := range list[lo].patterns {
		if p := &m.patterns[pi]; m.completes(s, p, ti) {
			m.fire(s, p, ti)
		}
	}
}

// completes reports whether pattern p, whose first two atoms match words
// ti and ti+1, matches the words after them too, within one sentence.
func (m *Matcher) completes(s *scratch, p *pattern, ti int32) bool {
	if int(ti)+len(p.atoms) > len(s.toks) {
		return false
	}
	sent := s.toks[ti].sent
	for j := 2; j < len(p.atoms); j++ {
		t := &s.toks[ti+int32(j)]
		a := p.atoms[j]
		switch {
		case t.sent != sent:
			return false
		case a == anyAtom || t.stem == a:
		case !slices.Contains(s.atoms[t.atomOff:t.atomOff+t.nAtom], a):
			return false
		}
	}
	return true
}

// fire records an occurrence of p at word ti for each of its owners.
func (m *Matcher) fire(s *scratch, p *pattern, ti int32) {
	end := ti + int32(len(p.atoms))
	for o := p.ownerOff; o < p.ownerOff+p.nOwner; o++ {
		s.occs = append(s.occs, occ{owner: o, from: ti, to: end})
	}
}

// firing is one match of a rule: one or two word ranges and a label.
type firing struct {
	a, b occ // b.to == 0 when there is only a
}

// label describes what fired, as in Hit.Pattern: the term, or for a near
// pair "a NEAR/n b".
func (m *Matcher) label(f firing, within int) string {
	if f.b.to == 0 {
		return m.owners[f.a.owner].label
	}
	return fmt.Sprintf("%s NEAR/%d %s", m.owners[f.a.owner].label, within, m.owners[f.b.owner].label)
}

// evalRule applies scope, near pairing and vetoes to the occurrences of
// rule r (sorted by position) and builds its Hit.
func (m *Matcher) evalRule(s *scratch, in Input, r int32, occs []occ) (Hit, bool) {
	rule := m.rules[r]
	if !rule.Scope.Allows(in.Role, in.Speaker) {
		return Hit{}, false
	}
	// vetoes are the sentences with an unless term, ascending.
	s.vetoes, s.terms, s.nearA, s.nearB = s.vetoes[:0], s.terms[:0], s.nearA[:0], s.nearB[:0]
	for _, o := range occs {
		switch m.owners[o.owner].role {
		case roleUnless:
			s.vetoes = append(s.vetoes, s.toks[o.from].sent)
		case roleTerm:
			s.terms = append(s.terms, o)
		case roleNearA:
			s.nearA = append(s.nearA, o)
		case roleNearB:
			s.nearB = append(s.nearB, o)
		}
	}
	s.fired = s.fired[:0]
	for _, o := range s.terms {
		sent := s.toks[o.from].sent
		if !vetoed(s.vetoes, sent, sent) {
			s.fired = append(s.fired, firing{a: o})
		}
	}
	if len(s.nearA) > 0 && len(s.nearB) > 0 {
		s.fired = m.pairNear(s, rule, s.nearA, s.nearB, s.fired)
	}
	if len(s.fired) == 0 {
		return Hit{}, false
	}

	h := Hit{Code: rule.Code, Rule: rule.ID, Kind: rule.Kind()}
	var pattern strings.Builder
	ranges := s.ranges[:0]
	for i, f := range s.fired {
		ranges = append(ranges, f.a)
		if f.b.to > 0 {
			ranges = append(ranges, f.b)
		}
		// Owners of the same pattern text share the label; compare owners'
		// labels to list each pattern once.
		seen := false
		for _, g := range s.fired[:i] {
			if (g.b.to == 0) == (f.b.to == 0) && m.owners[g.a.owner].label == m.owners[f.a.owner].label &&
				(f.b.to == 0 || m.owners[g.b.owner].label == m.owners[f.b.owner].label) {
				seen = true
				break
			}
		}
		if !seen {
			if pattern.Len() > 0 {
				pattern.WriteString(", ")
			}
			pattern.WriteString(m.label(f, rule.Within))
		}
	}
	s.ranges = ranges
	slices.SortFunc(ranges, func(a, b occ) int {
		if c := cmp.Compare(a.from, b.from); c != 0 {
			return c
		}
		return cmp.Compare(a.to, b.to)
	})
	ranges = slices.CompactFunc(ranges, func(a, b occ) bool { return a.from == b.from && a.to == b.to })
	h.Spans = make([]Span, len(ranges))
	h.Words = make([]string, len(ranges))
	for i, o := range ranges {
		first, last := &s.toks[o.from], &s.toks[o.to-1]
		h.Spans[i] = Span{int(first.rStart), int(last.rEnd)}
		h.Words[i] = in.Text[first.bStart:last.bEnd]
	}
	h.Pattern = pattern.String()
	return h, true
}

// vetoed reports whether any of the ascending sentence numbers vetoes
// falls within [lo, hi].
func vetoed(vetoes []int32, lo, hi int32) bool {
	i, _ := slices.BinarySearch(vetoes, lo)
	return i < len(vetoes) && vetoes[i] <= hi
}

// pairNear finds the pairs of near terms within rule.Within words of each
// other, in the same paragraph, not overlapping and not vetoed.
func (m *Matcher) pairNear(s *scratch, rule *Rule, as, bs []occ, fired []firing) []firing {
	within := int32(rule.Within)
	var maxB int32
	for _, b := range bs {
		maxB = max(maxB, b.to-b.from)
	}
	lo := 0
	for _, a := range as {
		for lo < len(bs) && bs[lo].from < a.from-within-maxB+1 {
			lo++
		}
		for _, b := range bs[lo:] {
			if b.from > a.to-1+within {
				break
			}
			var dist int32
			switch {
			case b.from >= a.to:
				dist = b.from - a.to + 1
			case a.from >= b.to:
				dist = a.from - b.to + 1
			default:
				continue // overlapping
			}
			ta, tb := &s.toks[a.from], &s.toks[b.from]
			if dist > within || ta.para != tb.para {
				continue
			}
			first, last := min(a.from, b.from), max(a.to, b.to)-1
			if vetoed(s.vetoes, s.toks[first].sent, s.toks[last].sent) {
				continue
			}
			fired = append(fired, firing{a: a, b: b})
		}
	}
	return fired
}

// Codes returns the codes whose rules the matcher runs or returns from
// QueryRules, in codebook order.
func (m *Matcher) Codes() []*Code { return slices.Clone(m.codes) }

// QueryRules returns the query rules of the compiled codes, in codebook
// order. Match does not run them: the caller runs each once against the
// search index, and may use QueryApplies on each segment found.
func (m *Matcher) QueryRules() []*Rule { return slices.Clone(m.queryRules) }

// QueryApplies reports whether the query rule ruleID, having matched a
// segment in the search index, applies to it: the segment is in the rule's
// scope and none of its unless terms occurs in the text (for a query rule
// the whole segment counts as the sentence of the match). It reports false
// for an id that is not a compiled query rule.
func (m *Matcher) QueryApplies(ruleID string, in Input) bool {
	i := slices.IndexFunc(m.queryRules, func(r *Rule) bool { return r.ID == ruleID })
	if i < 0 {
		return false
	}
	r := m.queryRules[i]
	if !r.Scope.Allows(in.Role, in.Speaker) {
		return false
	}
	if len(r.unless) == 0 || m.veto == nil {
		return true
	}
	for _, h := range m.veto.Match(Input{Text: in.Text}) {
		if h.Rule == ruleID {
			return false
		}
	}
	return true
}

// Explain describes a hit in one line, as in
// "rule benefits.psychosocial/2 fired on 'listened' (terms: listen*)".
func Explain(h Hit) string {
	words := make([]string, len(h.Words))
	for i, w := range h.Words {
		words[i] = "'" + w + "'"
	}
	return fmt.Sprintf("rule %s fired on %s (%s: %s)", h.Rule, strings.Join(words, ", "), h.Kind, h.Pattern)
}
