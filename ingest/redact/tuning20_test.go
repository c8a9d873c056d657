package redact

// The rules of the issue-19 tuning on blind14-blind20 (4 December 2026),
// each tried both ways with new sentences (the labelled sets hold the
// measured figures; testdata/cases/review20.cases holds the review of
// these rules). The tables for a detector without options are in
// testdata/cases/tuning20.cases.

import "testing"

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
	got := mustDetectAll(t, d, texts)
	for i := range 2 {
		if len(got[i]) != 0 {
			t.Errorf("text %d: %+v, want no names (Kettlewick is a place)", i, got[i])
		}
	}
	if n := countText(got[2], "Odwuya") + countText(got[3], "Odwuya"); n != 5 {
		t.Errorf("Odwuya replaced %d times, want 5 (a cue made it a person): %+v", n, got[2:])
	}
	if one := mustDetect(t, d, texts[0]); len(one) != 0 {
		t.Errorf("Detect: %+v, want no names: the votes of one document count too", one)
	}
}

// TestBlind20Tuning holds the rules tuned on blind20 (in-sample): US and
// Canadian addresses with a saint's town, a numbered avenue or a rural
// route; an SSN said with spaced dashes; Indian mobiles and Malaysian
// landlines; "Number" just before a reference; numbers read digit by
// digit after one was named; a Romanian card's series; a decision's
// number before its date; a short form of a name found elsewhere;
// brands after a medicine's form or before a dose; an interjection
// starting a turn; places listed beside a known place; an Indian address
// ending in its town's PIN, with "P.O." among its parts. The sentences are
// new; the last cases must stay as they are.
func TestBlind20Tuning(t *testing.T) {
	d := withSpeakers(t, "Interviewer", "Harjeet")
	runCases(t, d, []detectCase{
		{"Send it to 455 Maple Street, St. Cloud, MN 56301, attention Rose.", []string{"ADDRESS|455 Maple Street, St. Cloud, MN 56301", "PERSON|Rose"}},
		{"The hall is at 13350 96 Avenue, Surrey, BC V3V 1Z9, by the temple.", []string{"ADDRESS|13350 96 Avenue, Surrey, BC V3V 1Z9"}},
		{"We lived out on Rt. 2 Box 57, Welch, WV 24801 back then.", []string{"ADDRESS|Rt. 2 Box 57, Welch, WV 24801"}},
		{"and his Social, 412 - 77 - 0931. That's all.", []string{"ID|412 - 77 - 0931"}},
		{"It's on the card. 98470 11236. Call any time.", []string{"PHONE|98470 11236"}},
		{"Or the clinic in Kapit, 084 796 330. They answer.", []string{"PHONE|084 796 330"}},
		{"Number 400 218 775 301. It covers the ward.", []string{"ID|400 218 775 301"}},
		{"Interviewer: What's your tribal number?\n\nHarjeet: 3 0 9 1 4 4 7. I know it.", []string{"PERSON|Harjeet", "ID|3 0 9 1 4 4 7"}},
		{"The card, seria KV nr. 551093, is in my bag.", []string{"ID|seria KV nr. 551093"}},
		{"The decision number is 3307/22.05.2023, grade two.", []string{"ID|3307/22.05.2023"}},
		{"I'm Harjeet, Harj, from the group. Harj is fine.", []string{"PERSON|Harjeet", "PERSON|Harj", "PERSON|Harj"}},
		{"He takes the syrup, Zentoril, twice a day.", nil},
		{"She was on Quelvix 20 mg for a year.", nil},
		{"Harjeet: Hej, hello. Yes.", []string{"PERSON|Harjeet"}},
		{"Folks come from Bakersfield, Brenwick, all over.", nil},
		{"Write it down: Puthenpurayil House, Kuravilangad P.O., Kottayam 686633. Ask anyone.", []string{"ADDRESS|Puthenpurayil House, Kuravilangad P.O., Kottayam 686633"}},
		{"The office is Line No. 7, Dikom Tea Estate, P.O. Dikom, Dibrugarh 786 101. Write on top.", []string{"ADDRESS|Line No. 7, Dikom Tea Estate, P.O. Dikom, Dibrugarh 786 101"}},
		// must stay
		{"We saw 12 patients, Delhi 110001 is far from here.", nil},
		{"We counted 1 2 3 4 5 6 in Punjabi.", nil},
		{"I told Gurpreet, Tendai and Amrit about it.", []string{"PERSON|Gurpreet", "PERSON|Tendai", "PERSON|Amrit"}},
		{"Then my number, 064/218-35-07, for the group.", []string{"PHONE|064/218-35-07"}},
	})
}

// TestProgrammeNamedLikeAStreet: a programme's name (given to the detector
// as words that are no names) is no address either, wherever it stands;
// a real street beside it still is one (blind21).
func TestProgrammeNamedLikeAStreet(t *testing.T) {
	d := withNotNames(t, "Mercy Road", "Willow Court")
	runCases(t, d, []detectCase{
		{"I'm a companion with Mercy Road. How can people reach Mercy Road?", nil},
		{"Willow Court meets on Thursdays.", nil},
		{"Mercy Road meets at 14 Church Road, Leeds LS6 2AB.", []string{"ADDRESS|14 Church Road, Leeds LS6 2AB"}},
	})
}

// TestNameThatIsAlsoALanguage: a name found with a cue in one document is
// replaced where it stands in another, though it is a language's name too
// ("Shona"): the demo's reports kept three such occurrences.
func TestNameThatIsAlsoALanguage(t *testing.T) {
	texts := []string{
		"P: My daughter Shona was in the unit for six weeks.",
		"P: The buddy came and sat with Shona. Shona says it helped her most.",
	}
	got := mustDetectAll(t, plain(t), texts)
	if n := countText(got[1], "Shona"); n != 2 {
		t.Errorf("Shona replaced %d times in the second document, want 2: %+v", n, got[1])
	}
}
