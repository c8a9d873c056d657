package redact

import (
	"context"
	"testing"
)

// TestWordsNamedForPlaces holds the rules tuned on the false names of
// blind14-blind19: a place's adjective, a brand beside its medicine, an
// interviewer's label in a language the list lacks. The sentences are new;
// each rule is checked both ways (what it keeps and what it must not).
func TestWordsNamedForPlaces(t *testing.T) {
	d := withSpeakers(t, "Intervjuare", "Entrevistadore", "Amina")
	runCases(t, d, []detectCase{
		{"Most of the cleaners are Eritrean, a few Sudanese.", nil},
		{"He's Bolivian, he came over in 2019.", nil},
		{"We speak Luxembourgish at home, and Portuguese.", nil},
		{"My husband, Adrians, works nights.", []string{"PERSON|Adrians"}},
		{"I asked Adrian, he knows the forms.", []string{"PERSON|Adrian"}},
		{"Then Susan rang the group.", []string{"PERSON|Susan"}},
		// A brand the lists lack, said beside its generic name.
		{"They put me on the sitagliptin, Zenvory, twice a day.", nil},
		{"Sometimes Trelvanix or the melatonin, to sleep.", nil},
		{"Tendai takes metformin now.", []string{"PERSON|Tendai"}},
		{"I told Ruvimbo, the tablets, you must take them.", []string{"PERSON|Ruvimbo"}},
		// Labels for the interviewer in other languages.
		{"Intervjuare: How long have you been coming?\nAmina: Two years.", []string{"PERSON|Amina"}},
		{"Entrevistadore: And the group?\nAmina: It helps.", []string{"PERSON|Amina"}},
	})
}

// TestPlacesOfTheProject: a word the project says twice as a place, and
// never introduced as a person, is a place in every document; one a cue
// introduced stays a name everywhere.
func TestPlacesOfTheProject(t *testing.T) {
	d := plain(t)
	texts := []string{
		"P: We moved to Kettlewick in May. The clinic in Kettlewick is small.",
		"P: I was born near Kettlewick. Kettlewick people are kind.",
		"P: My friend Odwuya came with me. We sat at Odwuya and talked? No. I met Odwuya at the bus.",
		"P: The hall at Odwuya is cold, the one in Odwuya too.",
	}
	got, err := d.DetectAll(context.Background(), texts, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if len(got[i]) != 0 {
			t.Errorf("text %d: %+v, want no names (Kettlewick is a place)", i, got[i])
		}
	}
	n := 0
	for _, id := range append(got[2], got[3]...) {
		if id.Text == "Odwuya" {
			n++
		}
	}
	if n != 5 {
		t.Errorf("Odwuya replaced %d times, want 5 (a cue made it a person): %+v", n, got[2:])
	}
	if one := mustDetect(t, d, texts[0]); len(one) != 0 {
		t.Errorf("Detect: %+v, want no names: the votes of one document count too", one)
	}
}
