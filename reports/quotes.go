package reports

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
)

// quoteBook hands out the report's quotes so that no passage is quoted
// twice: a passage that overlaps one already quoted is passed over, and a
// section whose only evidence is already quoted refers back to it.
type quoteBook struct {
	ds   *analysis.Dataset
	used map[string][]usedQuote // document -> quotes given out
	n    int
	// words caches passages' content words: a response's passages are
	// weighed against every challenge.
	words map[[3]any]analysis.Words
}

// spread is how much less typical a passage may be to be preferred for
// coming from an interview quoted once less: quotes spread across
// informants rather than gathering on the most quotable few.
const spread = 0.04

type usedQuote struct {
	start, end int
	id, under  string
}

func newQuoteBook(ds *analysis.Dataset) *quoteBook {
	return &quoteBook{ds: ds, used: map[string][]usedQuote{}, words: map[[3]any]analysis.Words{}}
}

// overlap returns the quote already given out that shares text with
// [start, end) of doc.
func (b *quoteBook) overlap(doc string, start, end int) (usedQuote, bool) {
	for _, u := range b.used[doc] {
		if start < u.end && u.start < end {
			return u, true
		}
	}
	return usedQuote{}, false
}

// take gives out q (already trimmed) under a heading.
func (b *quoteBook) take(q analysis.Quote, under string) Exemplar {
	b.n++
	id := fmt.Sprintf("q%d", b.n)
	b.used[q.Document] = append(b.used[q.Document], usedQuote{q.Start, q.End, id, under})
	return Exemplar{Quote: q, ID: id}
}

// score is a passage's typicality, less spread for each time its
// interview is quoted already.
func (b *quoteBook) score(q analysis.Quote) float64 {
	return q.Typicality - spread*float64(len(b.used[q.Document]))
}

// preferFresh orders ranked passages by score, most typical first.
func (b *quoteBook) preferFresh(qs []analysis.Quote) {
	sort.SliceStable(qs, func(i, j int) bool { return b.score(qs[i]) > b.score(qs[j]) })
}

// referTo is an exemplar that refers back to a quote given out earlier.
func referTo(q analysis.Quote, u usedQuote) Exemplar {
	ref := Exemplar{Quote: q, SeeAlso: u.id, SeeAlsoUnder: u.under}
	ref.Text = ""
	return ref
}

// exemplars picks up to n quotes of code from programme's interviews, the
// most typical first, each from an interview not yet quoted for the code
// where possible, none repeating a passage quoted anywhere before. When
// every passage is already quoted, one refers back.
func (b *quoteBook) exemplars(code, programme string, n int, under string) []Exemplar {
	var candidates []analysis.Quote
	for _, q := range b.ds.Ranked(code) {
		if q.Programme == programme {
			candidates = append(candidates, q)
		}
	}
	b.preferFresh(candidates)
	var out []Exemplar
	quoted := map[string]bool{}
	var firstOverlap *usedQuote
	for pass := 0; pass < 2 && len(out) < n; pass++ {
		for _, q := range candidates {
			if len(out) == n {
				break
			}
			if pass == 0 && quoted[q.Document] {
				continue // another interview first
			}
			t := b.ds.TrimQuote(code, q)
			if u, ok := b.overlap(t.Document, t.Start, t.End); ok {
				if firstOverlap == nil {
					firstOverlap = &u
				}
				continue
			}
			quoted[t.Document] = true
			out = append(out, b.take(t, under))
		}
	}
	if len(out) == 0 && firstOverlap != nil {
		out = append(out, referTo(candidates[0], *firstOverlap))
	}
	return out
}

// ChallengeLinks is the report's view of the challenges and the responses
// coded in the same interviews, with its figures and quotes (a passage coded
// with both where one can be quoted), for `groundwork cooccur` to show what
// the report shows.
func ChallengeLinks(ctx context.Context, ds *analysis.Dataset) ([]Challenge, error) {
	crs, err := analysis.ChallengesAndResponses(ctx, ds)
	if err != nil {
		return nil, err
	}
	return challenges(ds, newQuoteBook(ds), crs), nil
}

// challenges turns the challenge × response pairs into the report's
// sections: for each response, how many passages are coded with both
// codes, and a quote of the response, coded with the challenge too where
// such a passage can be quoted.
func challenges(ds *analysis.Dataset, book *quoteBook, crs []analysis.ChallengeResponse) []Challenge {
	var out []Challenge
	for _, cr := range crs {
		c := Challenge{Code: cr.Challenge, Label: cr.Label, Interviews: cr.Interviews}
		near := codedPlaces(ds, cr.Challenge)
		for _, resp := range cr.Responses {
			link := ResponseLink{ResponseOverlap: resp, Jaccard: jaccard(ds, cr.Challenge, resp.Code),
				Passages: passagesWithBoth(near, codedPlaces(ds, resp.Code))}
			q, both := book.responseQuote(cr.Challenge, resp.Code, resp.Interviews, near, fmt.Sprintf("%s: %s", cr.Label, resp.Label))
			if q != nil {
				q.About = aboutResponse(resp.Label, cr.Label, both)
			}
			link.Quote = q
			c.Responses = append(c.Responses, link)
		}
		out = append(out, c)
	}
	return out
}

// aboutResponse says what a challenge's quote shows: the response, and
// whether the passage is coded with the challenge too.
func aboutResponse(response, challenge string, both bool) string {
	if both {
		return fmt.Sprintf("%s (a passage coded with %s too)", strings.ToLower(response), strings.ToLower(challenge))
	}
	return fmt.Sprintf("%s (a passage not coded with %s, from the same answer as one that is, or the next)", strings.ToLower(response), strings.ToLower(challenge))
}

// place is a distinct passage coded with a code: its span and the turn it
// starts in.
type place struct{ start, end, turn int }

// codedPlaces lists, per document, the distinct passages coded with code
// or one of its codes (a span two coders coded counted once).
func codedPlaces(ds *analysis.Dataset, code string) map[string][]place {
	in := map[string]bool{code: true}
	for _, d := range ds.Codebook.Descendants(code) {
		in[d.ID] = true
	}
	type key struct {
		doc        string
		start, end int
	}
	seen := map[key]bool{}
	out := map[string][]place{}
	for c := range ds.Codings() {
		if k := (key{c.DocID, c.Start, c.End}); in[c.Code] && !seen[k] {
			seen[k] = true
			out[c.DocID] = append(out[c.DocID], place{c.Start, c.End, ds.TurnAt(c.DocID, c.Start)})
		}
	}
	return out
}

// overlaps reports whether [start, end) shares text with one of places.
func overlaps(places []place, start, end int) bool {
	for _, p := range places {
		if start < p.end && p.start < end {
			return true
		}
	}
	return false
}

// passagesWithBoth counts the passages of challenge that a passage of
// response overlaps: the two codes on the same words, as the codings show
// command lists a code's passages with another.
func passagesWithBoth(challenge, response map[string][]place) int {
	n := 0
	for doc, ps := range challenge {
		for _, p := range ps {
			if overlaps(response[doc], p.start, p.end) {
				n++
			}
		}
	}
	return n
}

// nearTurns is how far (in turns) a response passage may be from the
// challenge for the quote to show the response to it: the same answer, or
// the next (an interviewer's question lies between).
const nearTurns = 2

// responseQuote picks a passage of response, among the interviews with
// both codes: one coded with the challenge too first, else one that lies
// near a passage coded with the challenge, nearest first; among equals,
// the one whose words are closest to both codes' passages. both says
// whether it is coded with the challenge. It refers back when every such
// passage (every one coded with both, when there is one) is quoted
// already, and is nil when none lies near.
func (b *quoteBook) responseQuote(challenge, response string, docs []string, near map[string][]place, under string) (e *Exemplar, both bool) {
	in := map[string]bool{}
	for _, d := range docs {
		in[d] = true
	}
	type candidate struct {
		q        analysis.Quote
		both     bool
		distance int
		score    float64
	}
	var cands []candidate
	for _, q := range b.ds.Ranked(response) {
		if !in[q.Document] {
			continue
		}
		turn, best := b.ds.TurnAt(q.Document, q.Coded[0]), nearTurns+1
		for _, p := range near[q.Document] {
			best = min(best, abs(turn-p.turn))
		}
		if best <= nearTurns {
			cands = append(cands, candidate{q, overlaps(near[q.Document], q.Coded[0], q.Coded[1]), best, b.score(q) + b.ds.Typicality(challenge, b.wordsOf(q))})
		}
	}
	// Typicality, spread across informants, breaks ties of distance.
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].both != cands[j].both {
			return cands[i].both
		}
		if cands[i].distance != cands[j].distance {
			return cands[i].distance < cands[j].distance
		}
		return cands[i].score > cands[j].score
	})
	if len(cands) > 0 && cands[0].both {
		// A passage coded with both is the evidence: quoted already, it is
		// referred back to rather than one merely near the challenge.
		n := 0
		for n < len(cands) && cands[n].both {
			n++
		}
		cands = cands[:n]
	}
	var firstOverlap *usedQuote
	for _, c := range cands {
		t := b.ds.TrimQuote(response, c.q)
		if u, ok := b.overlap(t.Document, t.Start, t.End); ok {
			if firstOverlap == nil {
				firstOverlap = &u
			}
			continue
		}
		e := b.take(t, under)
		return &e, c.both
	}
	if firstOverlap != nil {
		e := referTo(cands[0].q, *firstOverlap)
		return &e, cands[0].both
	}
	return nil, false
}

// wordsOf returns a passage's content words.
func (b *quoteBook) wordsOf(q analysis.Quote) analysis.Words {
	k := [3]any{q.Document, q.Start, q.End}
	w, ok := b.words[k]
	if !ok {
		w = analysis.ContentWords(q.Text)
		b.words[k] = w
	}
	return w
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// jaccard is the interviews with both codes over the interviews with either.
func jaccard(ds *analysis.Dataset, a, b string) float64 {
	both, either := 0, 0
	for _, d := range ds.Docs {
		x, y := ds.Has(d.ID, a) > 0, ds.Has(d.ID, b) > 0
		if x && y {
			both++
		}
		if x || y {
			either++
		}
	}
	if either == 0 {
		return 0
	}
	return float64(both) / float64(either)
}

// anchor is the HTML id of a code's section.
func anchor(prefix, id string) string {
	out := []rune(prefix + "-")
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			out = append(out, r)
		default:
			out = append(out, '-')
		}
	}
	return string(out)
}
