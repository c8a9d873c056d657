package redact

import (
	"testing"
)

// Review of the blind22 tuning (1ca7d32): addresses that end in a postcode
// and a town with capitalised parts before them, a town and its PIN,
// three-digit postcodes and door letters, Mexico's "Col." and "C.P.",
// arrondissements, "H. No.", Italian streets kind first, the British
// territories' postcodes; new cues before an address and abbreviations
// that end no sentence; programmes' names that are no addresses; a full
// name said as a sentence of its own, "anak", Malay place prefixes; and
// grandmothers' and parents' words taken as roles. Written by a reviewer
// who read the code but no labelled set: each rule is tried both ways
// with health-interview speech.
//
// Of its 147 cases, 92 failed at 1ca7d32; 42 of them passed at 569439b
// (and 10 more were redacted whole there, "Gogo Mkhize", but leak now).
// Worst: the kin words as roles hide the name after them and every
// person called Amma, Dada, Abba, Nani or Appa Rao, even after "Dr" or
// "her name is"; "Kota" and "Bandar" as place prefixes hide people; a
// name before a cued address or a "To …" part is taken into the ADDRESS;
// an abbreviation ending a sentence takes the next name into it; "we meet
// at" and "write it:" take gates, classes, ages and doses for addresses;
// a capitalised word and five or six digits (a state's count, "Ksh",
// "Plt") is taken for a town and its PIN.
//
// The fixes: the kin words are no roles again (they were one day), "Kota"
// and "Bandar" no place prefixes, particles pass inside a name said as a
// sentence; "we meet at" and "write it:" are no address cues; a part that
// names someone ("To Rekha Naik", "S. Kulkarni") ends an address; an
// abbreviation goes on only before a part that is no common given name;
// a town and digits need a cue or parts before them, and no count before
// them; currencies and lab values are no towns; "West", "Mon", "Lodge"
// are address words; the territories' postcodes anchor an address. Every
// case new with the tuning passes but one: "Hakuna Matata." said as a
// sentence of its own stays a name (a full name so said is what the rule
// is for). Left as they were before the tuning (and taken out): kin words
// taken with the name or as one ("Gogo Mkhize", "Amma said…"); dishes,
// greetings, schemes and places said as a sentence ("Nasi Lemak.",
// "Janani Suraksha.", "Petaling Jaya."); a single name as a sentence
// ("Junmoni."); Mexican addresses without a street; addresses without a
// number, or with a person's name before them ("Send it to Tenzin Norbu,
// Choglamsar, Leh 194101"); amounts and lab values after a cue ("Tsh
// 120000"); counts before a programme's name ("12 Mercy Road
// volunteers").

// Rule 1: a postcode and its town at the end of a clause, with the
// capitalised parts said before it; a town and its PIN; three-digit
// postcodes, door letters, Col., C.P., arrondissements, H. No., Via, the
// territories' postcodes.
func TestReview22PostTown(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// Addresses, whole.
		{"P: My mother lives in a small house, Pattambi, 679303.", []string{"ADDRESS|Pattambi, 679303"}},
		{"P: After the wedding I shifted to Dibrugarh, Assam 786001.", []string{"ADDRESS|Dibrugarh, Assam 786001"}},
		{"P: The letters went to Bandra West, Mumbai 400050, my old place.", []string{"ADDRESS|Bandra West, Mumbai 400050"}},
		{"P: We moved house: Behind Ganesh Temple, Ward 4, Kovilpatti 628501.", []string{"ADDRESS|Behind Ganesh Temple, Ward 4, Kovilpatti 628501"}},
		{"P: Letters go to Glen Lorne Estate, Lower Division, Hatton 22000.", []string{"ADDRESS|Glen Lorne Estate, Lower Division, Hatton 22000"}},
		{"P: We live on Ravenscraig Estate, Upper Division, Talawakele 22100.", []string{"ADDRESS|Ravenscraig Estate, Upper Division, Talawakele 22100"}},
		{"P: Send it to Mon Plaisir, La Route de Pleinmont, Torteval, GY8 0PS.", []string{"ADDRESS|Mon Plaisir, La Route de Pleinmont, Torteval, GY8 0PS"}},
		{"P: The letters come to Victoria Lodge, Mont Arrive, Castel, GY5 7DN.", []string{"ADDRESS|Victoria Lodge, Mont Arrive, Castel, GY5 7DN"}},
		{"P: Our flat is Pólgata 2, 400 Ísafjörður.", []string{"ADDRESS|Pólgata 2, 400 Ísafjörður"}},
		{"P: We moved to Itäkatu 11 B, 00930 Helsinki.", []string{"ADDRESS|Itäkatu 11 B, 00930 Helsinki"}},
		{"P: My father lives at Piazza San Giovanni 3, Orgosolo.", []string{"ADDRESS|Piazza San Giovanni 3, Orgosolo"}},
		{"P: My aunt lives at Via dei Mulini 5, Nuoro.", []string{"ADDRESS|Via dei Mulini 5, Nuoro"}},
		{"P: She lives at 12 rue Oberkampf, 11e arrondissement, Paris.", []string{"ADDRESS|12 rue Oberkampf, 11e arrondissement, Paris"}},
		{"P: My address is Calle 5 de Mayo 22, Col. Centro, Oaxaca.", []string{"ADDRESS|Calle 5 de Mayo 22, Col. Centro, Oaxaca"}},
		{"P: The address for the pension is H. No. 12/A, Ward No. 5, Curchorem, Goa 403706.", []string{"ADDRESS|H. No. 12/A, Ward No. 5, Curchorem, Goa 403706"}},
		{"P: Send it to Cockburn Harbour, South Caicos, TKCA 1ZZ.", []string{"ADDRESS|Cockburn Harbour, South Caicos, TKCA 1ZZ"}},
		{"P: They live at Georgetown, Ascension Island, ASCN 1ZZ.", []string{"ADDRESS|Georgetown, Ascension Island, ASCN 1ZZ"}},
		{"P: My brother is in Stanley, Falkland Islands, FIQQ 1ZZ.", []string{"ADDRESS|Stanley, Falkland Islands, FIQQ 1ZZ"}},
		{"P: My aunt's house is Front Street, Jamestown, St Helena, STHL 1ZZ.", []string{"ADDRESS|Front Street, Jamestown, St Helena, STHL 1ZZ"}},
		// People before the address: names, not parts of it.
		{"P: In the office they wrote: Tashi Dolma, Choglamsar, Leh 194101.", []string{"PERSON|Tashi Dolma", "ADDRESS|Choglamsar, Leh 194101"}},
		{"P: It says: To Rekha Naik, Aquem Baixo, Margao 403601.", []string{"PERSON|Rekha Naik", "ADDRESS|Aquem Baixo, Margao 403601"}},
		{"P: Write to: S. Kulkarni, Rosa Residency, Aquem Baixo, Margao 403601.", []string{"PERSON|Kulkarni", "ADDRESS|Rosa Residency, Aquem Baixo, Margao 403601"}},
		{"P: The letter was for Joseph Kurian, Kizhakkethil House, Mala P.O., Thrissur 680732.", []string{"PERSON|Joseph Kurian", "ADDRESS|Kizhakkethil House, Mala P.O., Thrissur 680732"}},
		{"P: The letters go to Mrs Lakshmi, Kovilpatti 628501.", []string{"PERSON|Lakshmi", "ADDRESS|Kovilpatti 628501"}},
		// Amounts, counts and results after a capitalised word.
		{"P: When we moved house, the surgery, Ksh 150000, was a loan.", nil},
		{"P: Back home we counted, Nagaland 28000, Manipur 35000.", nil},
		{"P: Last year at home the cases were, Kerala 125000, Tamil Nadu 98000.", nil},
		{"P: Last year, Kerala 125000. This year even more cases.", nil},
		{"P: My home town is big, Ludhiana, 1600000 people.", nil},
		{"P: Our house in Goa was sold, Rupees 4500000, in 2019.", nil},
		{"P: At home I keep the counts: Sugar 180, Pressure 140, Weight 72000.", nil},
	})
}

// Rule 2: new cues ("the address for X is", "like this:", "write it:",
// "we meet at") and abbreviations whose full stop ends no sentence.
func TestReview22AddressCues(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// Addresses after the new cues.
		{"P: We meet at Flat S-2, Rosa Residency, Aquem Baixo, Margao 403601.", []string{"ADDRESS|Flat S-2, Rosa Residency, Aquem Baixo, Margao 403601"}},
		{"P: My address like this: Plot 14, Kira Road, Kampala.", []string{"ADDRESS|Plot 14, Kira Road, Kampala"}},
		{"P: The address for Tendai is 14 Jason Moyo Avenue, Bulawayo.", []string{"PERSON|Tendai", "ADDRESS|14 Jason Moyo Avenue, Bulawayo"}},
		// People around them: names, not parts of the address.
		{"P: Write it: Tendai Moyo, 14 Jason Moyo Avenue, Bulawayo.", []string{"PERSON|Tendai Moyo", "ADDRESS|14 Jason Moyo Avenue, Bulawayo"}},
		{"P: We meet at Tendai's house, 14 Jason Moyo Avenue, Bulawayo.", []string{"PERSON|Tendai", "ADDRESS|14 Jason Moyo Avenue, Bulawayo"}},
		// An abbreviation that ends the sentence, a name after it.
		{"P: Send it to Box 45, Ziro P.O. Tenzin, my son, collects it.", []string{"ADDRESS|Box 45, Ziro P.O", "PERSON|Tenzin"}},
		{"P: The address is House 12, Kangra Teh. Ravi, my son, has a copy.", []string{"ADDRESS|House 12, Kangra Teh", "PERSON|Ravi"}},
		{"P: Her address is Flat 4, Kangra Dist. Amit, her son, lives with her.", []string{"ADDRESS|Flat 4, Kangra Dist", "PERSON|Amit"}},
		// "We meet at" a time, a gate, a class, a room: no addresses.
		{"P: We meet at Gate 3.", nil},
		{"P: We met at Grade 7, same class.", nil},
		{"P: We met at 17, Mbarara, in secondary school.", nil},
		{"P: We meet at 2, Kalinga Hall, every Friday.", nil},
		{"P: We meet at 10.30, St Mary's Hall, every Sunday.", nil},
		{"P: We meet at Platform 9. Then we take the train together.", nil},
		{"P: We meet at Exit 14, by the petrol station.", nil},
		{"P: We met at Camp 4, in Kakuma.", nil},
		{"P: We met at Mile 12, Lagos, at the market.", nil},
		{"P: We meet at 4 pm, Mondays, at the centre.", nil},
		// "Write it:" a dose, a label, a time: no addresses.
		{"P: The pharmacist said, write it: Glucobay 50, after meals.", nil},
		{"P: The label said, write it: Batch 2207, Expiry 2025.", nil},
		{"P: Write it: 3 times a day, with food.", nil},
	})
}

// Rule 3: a programme's name given as not-a-name words is no address; a
// real street of the same name, or one beside it, still is.
func TestReview22Programmes(t *testing.T) {
	d, err := NewDetector(Options{NotNames: NotNamesOf([]string{"Mercy Road", "Willow Court", "Station Road Peers"})})
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, d, []detectCase{
		{"P: I've been with Mercy Road since 2019, 4 years now.", nil},
		{"P: Willow Court 2, the second group, started in May.", nil},
		{"P: I joined Station Road Peers, 20 of us.", nil},
		{"P: I go to Mercy Road on 14 Church Road every week.", []string{"ADDRESS|14 Church Road"}},
		{"P: I live at 4 Mercy Road, Leeds LS6 2AB.", []string{"ADDRESS|4 Mercy Road, Leeds LS6 2AB"}},
		{"P: She lives on Mercy Road, Leeds LS6 2AB.", []string{"ADDRESS|Mercy Road, Leeds LS6 2AB"}},
		{"P: My flat is 3 Willow Court, Hull HU5 2QT.", []string{"ADDRESS|3 Willow Court, Hull HU5 2QT"}},
		{"P: I live at Willow Court, Flat 9, Hull.", []string{"ADDRESS|Willow Court, Flat 9, Hull"}},
		{"P: Station Road Peers meets at 20 Station Road, Bristol BS1 4QA.", []string{"ADDRESS|20 Station Road, Bristol BS1 4QA"}},
	})
}

// Rule 4: a full name said as a sentence of its own; "anak"; Malay place
// prefixes.
func TestReview22NameAsSentence(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// Names.
		{"P: My neighbour came. Lalrinpuii Sailo. She helps with the insulin.", []string{"PERSON|Lalrinpuii Sailo"}},
		{"P: My husband. Nyalau anak Jimbun. He drives the boat.", []string{"PERSON|Nyalau anak Jimbun"}},
		{"P: My husband, Nyalau anak Jimbun, drives the boat.", []string{"PERSON|Nyalau anak Jimbun"}},
		{"P: My sister. Jugah anak Barieng. No, my brother.", []string{"PERSON|Jugah anak Barieng"}},
		{"Interviewer: What's your husband's name?\nP: Jugah anak Barieng.", []string{"PERSON|Jugah anak Barieng"}},
		{"Interviewer: What's your husband's name?\nP: Nyalau anak Jimbun.", []string{"PERSON|Nyalau anak Jimbun"}},
		// People whose names begin like a Malay place.
		{"P: My new doctor is Dr Kota Suzuki, very kind.", []string{"PERSON|Kota Suzuki"}},
		{"P: Kota Suzuki, my endocrinologist, explained it all.", []string{"PERSON|Kota Suzuki"}},
		{"P: I saw Dr Kota Srinivas Rao for my heart.", []string{"PERSON|Kota Srinivas Rao"}},
		{"P: My friend Bandar Alotaibi drove me to the clinic.", []string{"PERSON|Bandar Alotaibi"}},
		// Places.
		{"P: Then Kampung Baru. That's where my aunty lives.", nil},
		{"P: We took her there. Bukit Mertajam. The big hospital.", nil},
		{"P: Then we moved. Bukit Bintang. Very noisy.", nil},
		// Dishes, sayings, schemes and brands said as a sentence.
	})
}

// Rule 5: grandmothers' and parents' words as roles, never names.
func TestReview22KinWords(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// The words as kin: no names.
		// A name after the kin word.
		// The words as people's names.
		{"P: My son Abba drives me to the clinic.", []string{"PERSON|Abba"}},
		{"P: Mr Abba Kyari was the manager.", []string{"PERSON|Abba Kyari"}},
		{"P: My daughter Amma came with me to every appointment.", []string{"PERSON|Amma"}},
		{"P: Her name is Amma, she is my neighbour from Kumasi.", []string{"PERSON|Amma"}},
		{"P: Amma Asante is my nurse at Korle Bu.", []string{"PERSON|Amma Asante"}},
		{"P: Nurse Amma Owusu took my blood.", []string{"PERSON|Amma Owusu"}},
		{"P: My friend Amma Darko came to the clinic with me.", []string{"PERSON|Amma Darko"}},
		{"P: Mr Dada, the pharmacist, explained the tablets.", []string{"PERSON|Dada"}},
		{"P: My husband's name is Dada, he is Yoruba.", []string{"PERSON|Dada"}},
		{"P: I called Appa Rao, my cousin, about the insulin.", []string{"PERSON|Appa Rao"}},
		{"P: Our doctor is Dr Appa Rao, very good.", []string{"PERSON|Appa Rao"}},
		{"P: Our GP is Dr Nani, she is Italian.", []string{"PERSON|Nani"}},
		{"P: My colleague Nani Mahlangu covers my shift.", []string{"PERSON|Nani Mahlangu"}},
	})
}
