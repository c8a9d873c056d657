package redact

import "testing"

// A street's name and number after a comma with no place named before
// it is found on the name's being no word alone, which a score's, a
// medicine's, a product's or a team's name is as often: such a finding is
// hidden but left for a person to confirm (flagged uncertain), and so is
// the same name said again after "on". Found by the review of 22dd226.
func TestStreetAfterACommaAloneIsUncertain(t *testing.T) {
	d := plainNoNER(t)
	for _, text := range []string{
		"Participant: My oxygen was low, Sats 88.",
		"Participant: My liver is bad, Child-Pugh 9.",
		"Participant: For the sugar, Glycomet 500. I have been on Glycomet for six years now.",
		"Participant: We played a game, Tekken 7. He is on Tekken every night.",
		"Participant: My pump now, Omnipod 5.",
		"Participant: We lost on Sunday, Besiktas 2.",
	} {
		for _, id := range mustDetect(t, d, text) {
			if id.Kind == Address && !id.Uncertain {
				t.Errorf("%q: a sure ADDRESS %q, want it flagged uncertain", text, id.Text)
			}
			if id.Kind == Address && id.Evidence == "" {
				t.Errorf("%q: the uncertain ADDRESS %q has no evidence for the review", text, id.Text)
			}
		}
	}
	// Where the clause before names a place, the address is sure.
	text := "Participant: When I have a free day, I stay at my sister's flat, Acharnon 241, 104 46, ten minutes walking."
	found := false
	for _, id := range mustDetect(t, d, text) {
		if id.Kind == Address && id.Text == "Acharnon 241, 104 46" {
			found = true
			if id.Uncertain {
				t.Errorf("%q: the address is flagged uncertain, want it sure (a flat is named before it)", text)
			}
		}
	}
	if !found {
		t.Errorf("%q: Acharnon 241, 104 46 not found", text)
	}
}
