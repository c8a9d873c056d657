package analysis

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/corpus"
)

func TestContext(t *testing.T) {
	text := []rune("I was alone. Then the group began. We met on Tuesdays. It helped.")
	at := func(s string) (int, int) {
		i := strings.Index(string(text), s)
		n := len([]rune(string(text)[:i]))
		return n, n + len([]rune(s))
	}
	s, e := at("Then the group began.")
	if b, a := sentenceBefore(text, 0, s), sentenceAfter(text, e, len(text)); b != "I was alone." || a != "We met on Tuesdays." {
		t.Errorf("whole sentence: before %q after %q", b, a)
	}
	s, e = at("the group")
	if b, a := sentenceBefore(text, 0, s), sentenceAfter(text, e, len(text)); b != "Then" || a != "began." {
		t.Errorf("mid-sentence: before %q after %q", b, a)
	}
	s, e = at("I was alone.")
	if b := sentenceBefore(text, 0, s); b != "" {
		t.Errorf("at the start of the turn: before %q", b)
	}
	_ = e
}

func TestRetrieveCombines(t *testing.T) {
	ctx := context.Background()
	st, err := corpus.OpenStore(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	text := "I was alone. Then the group began. We met on Tuesdays."
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		n := len(text)
		for _, d := range []struct{ id, prog string }{{"a", "P1"}, {"b", "P2"}} {
			if err := tx.PutDocument(&corpus.Document{ID: d.id, Path: d.id, Format: "txt", Hash: d.id, Text: text, Words: 9,
				Attrs: map[string]string{"programme": d.prog, "role": "patient"}},
				[]corpus.Turn{{Seq: 1, Speaker: "Ann", End: n}}, []corpus.Segment{{Seq: 1, TurnSeq: 1, End: n, Text: text}}); err != nil {
				return err
			}
		}
		add := func(doc, code, quote string) error {
			s := strings.Index(text, quote)
			return tx.InsertCoding(&corpus.Coding{DocID: doc, Start: s, End: s + len(quote), Code: code, Coder: "alice",
				Origin: corpus.OriginManual, Quote: quote})
		}
		for _, c := range [][3]string{{"a", "isolation", "I was alone."}, {"b", "isolation", "I was alone."},
			{"a", "group", "I was alone. Then the group began."}, {"b", "group", "We met on Tuesdays."}} {
			if err := add(c[0], c[1], c[2]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		combine Combine
		want    string
	}{
		{Each, "P1:a:isolation P1:a:group P2:b:isolation P2:b:group"},
		{Both, "P1:a:isolation"},
		{Without, "P2:b:isolation"},
	} {
		r, err := Retrieve(ctx, st, RetrieveOptions{Codes: []string{"isolation", "group"}, Combine: tt.combine})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, g := range r.Groups {
			for _, p := range g.Passages {
				got = append(got, g.Value+":"+p.Document+":"+p.Code)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %v, want %s", tt.combine, got, tt.want)
		}
	}
	r, _ := Retrieve(ctx, st, RetrieveOptions{Codes: []string{"isolation"}})
	p := r.Groups[0].Passages[0]
	if p.Speaker != "Ann" || p.Role != "patient" || p.Text != "I was alone." || p.After != "Then the group began." {
		t.Errorf("passage = %+v", p)
	}
}
