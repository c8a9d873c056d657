package redact

import "testing"

// TestAddressesByTheirParts holds the address rules tuned on blind16-blind19:
// a postcode and its town said alone, the capitalised parts said before a
// postcode, a street whose "number" is the postcode, doors and floors of
// other countries, and streets named in other languages. The sentences are
// new; the last cases must stay as they are.
func TestAddressesByTheirParts(t *testing.T) {
	d := plain(t)
	runCases(t, d, []detectCase{
		{"Write to Chemin des Vignes, 74200 Thonon. Thanks.", []string{"ADDRESS|Chemin des Vignes, 74200 Thonon"}},
		{"It's Carrer Major 8, 3º A, 17001 Girona, by the river.", []string{"ADDRESS|Carrer Major 8, 3º A, 17001 Girona"}},
		{"For letters it's — 71000 Sarajevo, to the office.", []string{"ADDRESS|71000 Sarajevo"}},
		{"Mine. Les Vergers, Route de la Fosse, Vale, GY6 8AB. Thanks.", []string{"ADDRESS|Les Vergers, Route de la Fosse, Vale, GY6 8AB"}},
		{"post it to the house, 9 Druim an Airigh, Back, HS2 9QJ. Is that all?", []string{"ADDRESS|9 Druim an Airigh, Back, HS2 9QJ"}},
		{"They came to us, Quartier Bellevue, 97224 Ducos, and sat.", []string{"ADDRESS|Quartier Bellevue, 97224 Ducos"}},
		{"My address is ul. Słowackiego 4/2, 30-007 Kraków.", []string{"ADDRESS|ul. Słowackiego 4/2, 30-007 Kraków"}},
		{"We are at Brinkerlaan 31-A, 2012 KT Haarlem, upstairs.", []string{"ADDRESS|Brinkerlaan 31-A, 2012 KT Haarlem"}},
		{"Send it to Rainis iela 12-4, Valmiera.", []string{"ADDRESS|Rainis iela 12-4, Valmiera"}},
		{"Or by post, 318, rue des Érables, Rimouski (Québec) G5L 2T4. Bye.", []string{"ADDRESS|318, rue des Érables, Rimouski (Québec) G5L 2T4"}},
		// not addresses
		{"In 2019, 12000 people came to the fair.", nil},
		{"We walked 10000 Steps, every day of the year.", nil},
		{"It was 1500 Euros, more or less.", nil},
		{"The clinic saw 2400 Syrians, then more.", nil},
	})
}
