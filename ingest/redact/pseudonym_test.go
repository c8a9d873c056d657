package redact

import (
	"strings"
	"sync"
	"testing"
)

func pid(k Kind, text string) Identifier { return Identifier{Kind: k, Text: text} }

// pseudonymStep is an identifier given to a Pseudonymizer and the
// pseudonym it must get.
type pseudonymStep struct {
	id   Identifier
	want string
}

// checkPseudonyms gives p the steps' identifiers in order, checking each
// pseudonym; name says which mapping it is.
func checkPseudonyms(t *testing.T, name string, p *Pseudonymizer, steps []pseudonymStep) {
	t.Helper()
	for i, s := range steps {
		if got := p.Pseudonym(s.id); got != s.want {
			t.Errorf("%s, step %d: Pseudonym(%s %q) = %q, want %q", name, i, s.id.Kind, s.id.Text, got, s.want)
		}
	}
}

func TestPseudonymConsistency(t *testing.T) {
	p := NewPseudonymizer(nil)
	checkPseudonyms(t, "new", p, []pseudonymStep{
		{pid(Person, "Priya Shah"), "[PERSON 1]"},
		{pid(Phone, "07700 900123"), "[PHONE 1]"},
		{pid(Person, "priya  shah"), "[PERSON 1]"}, // case and white space
		{pid(Person, "Priya"), "[PERSON 1]"},       // first name of the only full name
		{pid(Person, "Shah"), "[PERSON 1]"},        // surname too
		{pid(Person, "Siobhán"), "[PERSON 2]"},
		{pid(Person, "Siobhan"), "[PERSON 2]"}, // accents
		{pid(Person, "SIOBHÁN"), "[PERSON 2]"},
		{pid(Phone, "07700900123"), "[PHONE 1]"},     // digits only
		{pid(Phone, "+44 7700 900123"), "[PHONE 1]"}, // same number, international
		{pid(Phone, "020 7946 0958"), "[PHONE 2]"},
		{pid(Email, "Priya.Shah@Example.org"), "[EMAIL 1]"},
		{pid(Email, "priya.shah@example.org"), "[EMAIL 1]"},
		{pid(ID, "943 476 5919"), "[ID 1]"},
		{pid(ID, "9434765919"), "[ID 1]"},
		{pid(URL, "https://www.example.org/"), "[URL 1]"},
		{pid(URL, "example.org"), "[URL 1]"},
		{pid(Date, "12 March 2024"), "[DATE 1]"},
		{pid(Person, "Will"), "[PERSON 3]"},
		{pid(Person, "Will Okonkwo"), "[PERSON 3]"}, // full name takes over the first name seen alone
		{pid(Person, "Okonkwo"), "[PERSON 3]"},
		{pid(Person, "Mark Jones"), "[PERSON 4]"},
		{pid(Person, "Mark Smith"), "[PERSON 5]"},
		{pid(Person, "Mark"), "[PERSON 6]"}, // ambiguous: two full names
		{pid(Person, "Dr. Smith"), "[PERSON 5]"},
	})
	// Entries in order of first appearance, originals as first seen.
	es := p.Entries()
	if es[0].Original != "Priya Shah" || es[0].Pseudonym != "[PERSON 1]" || es[1].Kind != Phone {
		t.Errorf("Entries order: %+v", es[:2])
	}
	// Continue a saved mapping.
	saved := map[string]Entry{}
	for _, e := range es {
		saved[string(e.Kind)+":"+e.Original] = e
	}
	q := NewPseudonymizer(saved)
	checkPseudonyms(t, "continued", q, []pseudonymStep{
		{pid(Person, "PRIYA SHAH"), "[PERSON 1]"},
		{pid(Person, "Priya"), "[PERSON 1]"},
		{pid(Person, "Okonkwo"), "[PERSON 3]"},
		{pid(Person, "Nguyen"), "[PERSON 7]"},
		{pid(Phone, "555-201-3344"), "[PHONE 3]"},
		{pid(Address, "14 Elm Grove"), "[ADDRESS 1]"},
	})
	if n := len(q.Entries()); n != len(es)+3 {
		t.Errorf("continued mapping has %d entries, want %d", n, len(es)+3)
	}
}

func TestPseudonymFirstNameBeforeFull(t *testing.T) {
	p := NewPseudonymizer(nil)
	a := p.Pseudonym(pid(Person, "Hope"))
	b := p.Pseudonym(pid(Person, "Hope Mensah"))
	c := p.Pseudonym(pid(Person, "Hope Williams")) // "Hope" already belongs to Hope Mensah
	d := p.Pseudonym(pid(Person, "Mensah"))
	if a != b || c == a || d != a {
		t.Errorf("got %q %q %q %q", a, b, c, d)
	}
}

func TestPseudonymConcurrent(t *testing.T) {
	p := NewPseudonymizer(nil)
	var wg sync.WaitGroup
	names := []string{"Priya", "Tariq", "Grace", "Ngozi", "Abd Rabou"}
	results := make([][]string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for _, n := range names {
				results[g] = append(results[g], p.Pseudonym(pid(Person, n)))
			}
		}(g)
	}
	wg.Wait()
	for g := 1; g < 8; g++ {
		if strings.Join(results[g], ",") != strings.Join(results[0], ",") {
			t.Fatalf("goroutine %d saw %v, goroutine 0 saw %v", g, results[g], results[0])
		}
	}
	if len(p.Entries()) != len(names) {
		t.Errorf("%d entries, want %d", len(p.Entries()), len(names))
	}
}
