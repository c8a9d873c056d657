// Package querylang is groundwork's search language: what people type in
// the search box, in "groundwork search" and in a codebook's query rules.
// It parses a query into a tree; the corpus package runs it on the index.
package querylang

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The language is what people expect from a web search box:
//
//	late night          both words (AND), in any form ("nights", "lately" stems apart)
//	phone OR text       either
//	-football           not this word
//	"late at night"     the words in this order
//	(phone OR text) night   grouping
//	friend*  frend~1    a wildcard; a fuzzy match within one edit
//	programme:HeartMates role:"peer supporter" speaker:Ann doc:hf-02 code:matching
//	                    filters (case-insensitive values); -code:X excludes
//	suggested:matching  the code's pending suggestions (code: counts people's codings)
//
// OR binds the terms beside it more tightly than the AND between terms, as
// in web search: "a b OR c" is a AND (b OR c).

// fieldNames maps the field names people type to the fields a query may
// filter on. "text" is not a filter: text:word is the word (older
// codebooks' query rules were written that way).
var fieldNames = map[string]string{
	"programme": "programme", "program": "programme",
	"role":    "role",
	"speaker": "speaker",
	"doc":     "doc", "document": "doc",
	"code": "code", "codes": "code",
	"suggested": "suggested",
	"text":      "text",
}

// Fields lists the fields a query may filter on.
func Fields() []string {
	return []string{"programme", "role", "speaker", "doc", "code", "suggested"}
}

// Node is one node of a parsed query.
type Node struct {
	Kind     Kind
	Text     string // the word, phrase or field value
	Field    string // for Field nodes
	Fuzzy    int    // for Word nodes: the edits allowed (0: exact)
	Children []*Node
	// Negated nodes are excluded (-word).
	Negated bool
}

// Kind says what a Node is.
type Kind int

// The kinds of node.
const (
	And    Kind = iota // all children
	Or                 // any child
	Word               // a word in any form; with * or ? a wildcard
	Phrase             // words in order
	Field              // a filter field:value
)

// Error is a problem with a query, in words a person can act on.
type Error struct {
	Query  string
	Pos    int // rune offset of the problem in Query
	Reason string
}

func (e *Error) Error() string {
	return fmt.Sprintf("cannot read the search %q: %s (at character %d). Words are joined with AND; use OR between alternatives, -word to exclude, \"quotes\" for a phrase, and field:value with %s",
		e.Query, e.Reason, e.Pos+1, strings.Join(Fields(), ", "))
}

// Parse parses q; an empty query gives a nil Node.
func Parse(q string) (*Node, error) {
	p := &queryParser{src: q, toks: nil}
	if err := p.lex(); err != nil {
		return nil, err
	}
	if len(p.toks) == 0 {
		return nil, nil
	}
	n, err := p.and(false)
	if err != nil {
		return nil, err
	}
	return n, nil
}

type tokKind int

const (
	tokWord tokKind = iota
	tokPhrase
	tokOpen
	tokClose
	tokOr
)

type queryTok struct {
	kind    tokKind
	text    string
	field   string // a field:value token
	negated bool
	fuzzy   int
	pos     int
}

type queryParser struct {
	src  string
	toks []queryTok
	i    int
}

// lex splits the query into tokens.
func (p *queryParser) lex() error {
	rs := []rune(p.src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
			continue
		case r == '(':
			p.toks = append(p.toks, queryTok{kind: tokOpen, pos: i})
			i++
			continue
		case r == ')':
			p.toks = append(p.toks, queryTok{kind: tokClose, pos: i})
			i++
			continue
		}
		start := i
		t := queryTok{pos: start}
		if r == '-' || r == '+' {
			t.negated = r == '-'
			i++
			if i >= len(rs) || unicode.IsSpace(rs[i]) {
				continue // a lone sign: ignore it
			}
			if rs[i] == '(' {
				t.kind = tokOpen
				p.toks = append(p.toks, t)
				i++
				continue
			}
		}
		// field:value
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j])) {
			j++
		}
		if j < len(rs) && rs[j] == ':' && j > i {
			name := strings.ToLower(string(rs[i:j]))
			f, ok := fieldNames[name]
			if !ok {
				return &Error{Query: p.src, Pos: i, Reason: fmt.Sprintf("%q is not a field one can search by", name)}
			}
			t.field = f
			i = j + 1
			if i >= len(rs) || unicode.IsSpace(rs[i]) {
				return &Error{Query: p.src, Pos: j, Reason: fmt.Sprintf("%s: needs a value, e.g. %s:something", name, name)}
			}
		}
		if rs[i] == '"' {
			end := i + 1
			for end < len(rs) && rs[end] != '"' {
				end++
			}
			if end >= len(rs) {
				return &Error{Query: p.src, Pos: i, Reason: "a quotation mark is not closed"}
			}
			t.text = strings.TrimSpace(string(rs[i+1 : end]))
			t.kind = tokPhrase
			i = end + 1
		} else {
			end := i
			for end < len(rs) && !unicode.IsSpace(rs[end]) && rs[end] != '(' && rs[end] != ')' && rs[end] != '"' {
				end++
			}
			t.text = string(rs[i:end])
			t.kind = tokWord
			i = end
		}
		if t.kind == tokWord && t.field == "" {
			if t.text == "OR" && !t.negated {
				t.kind = tokOr
			} else if k := strings.LastIndexByte(t.text, '~'); k >= 0 {
				d := 1
				if k+1 < len(t.text) {
					n, err := strconv.Atoi(t.text[k+1:])
					if err != nil || n < 0 || n > 2 {
						return &Error{Query: p.src, Pos: start, Reason: "a fuzzy word takes ~1 or ~2 (the edits allowed)"}
					}
					d = n
				}
				t.text, t.fuzzy = t.text[:k], d
			}
		}
		if t.kind == tokWord && strings.Trim(t.text, "*?") == "" && t.field == "" {
			if t.text == "" {
				continue
			}
			return &Error{Query: p.src, Pos: start, Reason: "a wildcard needs some letters, e.g. friend*"}
		}
		if t.kind == tokPhrase && t.text == "" {
			continue // "" matches nothing in particular
		}
		p.toks = append(p.toks, t)
	}
	return nil
}

// and parses terms joined by AND up to the end or a closing parenthesis.
func (p *queryParser) and(nested bool) (*Node, error) {
	n := &Node{Kind: And}
	for p.i < len(p.toks) {
		if p.toks[p.i].kind == tokClose {
			if !nested {
				return nil, &Error{Query: p.src, Pos: p.toks[p.i].pos, Reason: "a closing parenthesis with no opening one"}
			}
			break
		}
		c, err := p.or()
		if err != nil {
			return nil, err
		}
		n.Children = append(n.Children, c)
	}
	if len(n.Children) == 1 {
		return n.Children[0], nil
	}
	return n, nil
}

// or parses terms joined by OR.
func (p *queryParser) or() (*Node, error) {
	first, err := p.term()
	if err != nil {
		return nil, err
	}
	n := &Node{Kind: Or, Children: []*Node{first}}
	for p.i < len(p.toks) && p.toks[p.i].kind == tokOr {
		orPos := p.toks[p.i].pos
		p.i++
		if p.i >= len(p.toks) || p.toks[p.i].kind == tokClose || p.toks[p.i].kind == tokOr {
			return nil, &Error{Query: p.src, Pos: orPos, Reason: "OR needs a word on each side"}
		}
		c, err := p.term()
		if err != nil {
			return nil, err
		}
		n.Children = append(n.Children, c)
	}
	if len(n.Children) == 1 {
		return first, nil
	}
	return n, nil
}

func (p *queryParser) term() (*Node, error) {
	t := p.toks[p.i]
	p.i++
	if t.field == "text" {
		t.field = ""
	}
	switch t.kind {
	case tokOr:
		return nil, &Error{Query: p.src, Pos: t.pos, Reason: "OR needs a word on each side"}
	case tokOpen:
		if p.i < len(p.toks) && p.toks[p.i].kind == tokClose {
			return nil, &Error{Query: p.src, Pos: t.pos, Reason: "empty parentheses"}
		}
		n, err := p.and(true)
		if err != nil {
			return nil, err
		}
		if p.i >= len(p.toks) || p.toks[p.i].kind != tokClose {
			return nil, &Error{Query: p.src, Pos: t.pos, Reason: "a parenthesis is not closed"}
		}
		p.i++
		if t.negated {
			if n.Negated { // -(-a): a
				n.Negated = false
			} else {
				n.Negated = true
			}
		}
		return n, nil
	case tokPhrase:
		if t.field != "" {
			return &Node{Kind: Field, Field: t.field, Text: t.text, Negated: t.negated}, nil
		}
		if utf8.RuneCountInString(t.text) > 0 && !strings.ContainsFunc(t.text, unicode.IsSpace) {
			return &Node{Kind: Word, Text: t.text, Negated: t.negated}, nil
		}
		return &Node{Kind: Phrase, Text: t.text, Negated: t.negated}, nil
	}
	if t.field != "" {
		return &Node{Kind: Field, Field: t.field, Text: t.text, Negated: t.negated}, nil
	}
	return &Node{Kind: Word, Text: t.text, Fuzzy: t.fuzzy, Negated: t.negated}, nil
}

// Codes returns the codes a query filters on (code:X, suggested:X), so that a caller
// who knows the codebook can check them.
func Codes(q string) []string {
	n, err := Parse(q)
	if err != nil {
		return nil
	}
	var out []string
	var walk func(*Node)
	walk = func(n *Node) {
		if n.Kind == Field && (n.Field == "code" || n.Field == "suggested") {
			out = append(out, n.Text)
		}
		for _, c := range n.Children {
			walk(c)
		}
	}
	if n != nil {
		walk(n)
	}
	return out
}
