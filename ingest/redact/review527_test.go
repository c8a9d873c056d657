package redact

import (
	"slices"
	"strings"
	"testing"
)

// Review of 56d9f3d (by a helper who had not written it): a word of a
// speaker's label of two or more words that is spelt with accents is no
// longer refused when it folds to an English function word or to one of
// otherNonNames ("Sô Phal": "so"). Its mending keeps the exception for
// function words only, and not in a label holding a word of kin, role,
// number or place (accentedNonNames: "Mẹ Bé", "Tổ Trưởng", "Số Một").
//
// What the rule gains is asserted in review527Names; that the folded
// forms themselves ("So", "To", "Be", "Me", "Can") and the English words
// of otherNonNames ("Jesus", "Uber", "Reception", "General") stay out of
// the names found, in review527NotNames. What is still wrong after the
// mending (and was before the commit, or was lost at the mending) is kept
// in review527Left, whose cases must still fail as recorded.

// review527Case is a transcript and, for each line, the names that should
// be found in it (nil: none).
type review527Case struct {
	name  string
	lines []string
	want  [][]string
}

// review527Names are transcripts whose speakers' labels are people's
// names with an accented word that folds to an English function word.
// All pass at 56d9f3d; most found less, or nothing, at 3dc2ac5.
var review527Names = []review527Case{
	{
		name: "Portuguese nickname Tó Zé, and To at a sentence's start",
		lines: []string{
			"Interviewer: Where did you grow up?",
			"Tó Zé: In Setúbal. To be honest I never left.",
			"Interviewer: Thank you, Tó Zé.",
		},
		want: [][]string{nil, {"Tó Zé"}, {"Tó Zé"}},
	},
	{
		name: "Vietnamese Tô Thị Hoa; To whom, To the workers",
		lines: []string{
			"Interviewer: Can you introduce yourself?",
			"Tô Thị Hoa: I am Tô Thị Hoa, fifty-two. I sell noodles.",
			"Interviewer: To whom do you sell?",
			"Tô Thị Hoa: To the workers from the factory.",
		},
		want: [][]string{nil, {"Tô Thị Hoa", "Tô Thị Hoa"}, nil, {"Tô Thị Hoa"}},
	},
	{
		name: "Vietnamese Thế Anh; The at a sentence's start",
		lines: []string{
			"Interviewer: How long have you driven the taxi?",
			"Thế Anh: Nine years. The traffic is bad.",
			"Interviewer: The hours?",
			"Thế Anh: Twelve a day. The nights are worse.",
		},
		want: [][]string{nil, {"Thế Anh"}, nil, {"Thế Anh"}},
	},
	{
		name: "Tô Mỹ, whose folded key is \"to my\": To my surprise",
		lines: []string{
			"Interviewer: Who told you about the screening?",
			"Tô Mỹ: My neighbour. To my surprise it was free.",
			"Interviewer: To my knowledge it costs money in the city.",
			"Tô Mỹ: Not here. Mỹ is enough, you can call me Mỹ.",
		},
		want: [][]string{nil, {"Tô Mỹ"}, nil, {"Tô Mỹ", "Mỹ", "Mỹ"}},
	},
	{
		name: "Đỗ Mỹ, whose folded key is \"do my\": Do my questions",
		lines: []string{
			"Interviewer: Do my questions make sense?",
			"Đỗ Mỹ: Yes. Do my children need the vaccine too?",
			"Interviewer: Yes, both of them.",
		},
		want: [][]string{nil, {"Đỗ Mỹ"}, nil},
	},
	{
		name: "Sô Phal called by one word of the name",
		lines: []string{
			"Interviewer: Thank you, Sô. Can you tell me about the pagoda?",
			"Sô Phal: The monks helped us. Ông Sô, they called me then.",
			"Interviewer: And Phal is your given name?",
			"Sô Phal: Yes. Sô is my father's.",
		},
		want: [][]string{{"Sô"}, {"Sô Phal", "Sô"}, {"Phal"}, {"Sô Phal", "Sô"}},
	},
	{
		name: "Sô Phal beside English so, and possessive",
		lines: []string{
			"Interviewer: So, Sô Phal, tell me about your son.",
			"Sô Phal: So Sô Phal's son went to Cần Thơ. So far away.",
			"Interviewer: So do you see him?",
		},
		want: [][]string{{"Sô Phal"}, {"Sô Phal", "Sô Phal"}, nil},
	},
	{
		name: "Thạch Sô Phal whole, and his father Ông Thạch",
		lines: []string{
			"Sô Phal: I am Thạch Sô Phal. Ông Thạch was my father.",
			"Interviewer: Thank you, Sô Phal.",
			"Sô Phal: So we lived in Trà Vinh.",
		},
		want: [][]string{{"Sô Phal", "Thạch Sô Phal", "Thạch"}, {"Sô Phal"}, {"Sô Phal"}},
	},
	{
		name: "Tô Lâm, and Lâm alone",
		lines: []string{
			"Tô Lâm: I came from Hưng Yên.",
			"Interviewer: Was your family large?",
			"Tô Lâm: Eight of us. Lâm is the youngest name.",
		},
		want: [][]string{{"Tô Lâm"}, nil, {"Tô Lâm", "Lâm"}},
	},
	{
		name: "São Paulo Team: a team word refuses the label",
		lines: []string{
			"São Paulo Team: Notes from the afternoon session.",
			"Interviewer: So in São Paulo the waiting list is long?",
			"Participant: Two years. Sao Paulo has too many people.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		name: "Gò Vấp Group: a site's label",
		lines: []string{
			"Gò Vấp Group: Focus group, women, 6 participants.",
			"Interviewer: Who here lives in Gò Vấp?",
			"Participant: All of us. Go Vap is cheaper than District 1.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		name: "Ñandú Group: a group's label",
		lines: []string{
			"Ñandú Group: Recording, mothers' group.",
			"Interviewer: So who brings the children?",
			"Participant: A neighbour. La Señora Benítez.",
		},
		want: [][]string{nil, nil, {"Benítez"}},
	},
	{
		name: "Más Salud: a programme's label (salud is in otherNonNames)",
		lines: []string{
			"Más Salud: Session notes, promotoras meeting.",
			"Interviewer: How long have you worked for Más Salud?",
			"Participant: Three years. Mas Salud pays us a little. Salud is important.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		name: "Día Uno: a day's heading",
		lines: []string{
			"Día Uno: Sesión de la mañana.",
			"Interviewer: So on the first day what happened?",
			"Participant: Día uno, we met the doctors.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Mẹ Bé", the child's mother: the usual label of a paediatric
		// interview. 56d9f3d: "Mẹ Bé" on lines 2 and 4.
		name: "Mẹ Bé, the child's mother",
		lines: []string{
			"Interviewer: How old is the baby now?",
			"Mẹ Bé: Eight months. So I take him to the clinic every week.",
			"Interviewer: And the father?",
			"Mẹ Bé: He works in Bình Dương. So it is just me.",
		},
		want: [][]string{nil, nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Bố Bé", the child's father. 56d9f3d: "Bố Bé" on line 2,
		// "Mẹ Bé" and "Bố Bé" on line 3.
		name: "Bố Bé and Mẹ Bé, the child's parents",
		lines: []string{
			"Interviewer: Who gives the medicine?",
			"Bố Bé: Me, in the morning. Then my wife at night.",
			"Mẹ Bé: Yes. Bố Bé is better with the syringe.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Mẹ Chồng", the mother-in-law. 56d9f3d: the label, and
		// "Chồng" (husband) on line 3, "chồng" twice on line 4.
		name: "Mẹ Chồng, the mother-in-law; chồng, husband, in the text",
		lines: []string{
			"Interviewer: Who else lives in the house?",
			"Mẹ Chồng: I do. I look after the children when she goes to the market.",
			"Interviewer: Does Chồng help?",
			"Mẹ Chồng: My son, her chồng. The chồng always decides.",
		},
		want: [][]string{nil, nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Tổ Trưởng", the neighbourhood group's leader. 56d9f3d: the
		// label, "trường" (school) in lower case on every line.
		name: "Tổ Trưởng, the group leader; trường, school, in the text",
		lines: []string{
			"Tổ Trưởng: The trường is far, two kilometres.",
			"Interviewer: Which trường?",
			"Tổ Trưởng: The primary trường. Trương Thị Mai teaches there.",
		},
		want: [][]string{nil, nil, {"Trương Thị Mai"}},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Tổ Trưởng" again: 56d9f3d finds "Trường Hòa Bình", a school,
		// on line 2 (nothing at 3dc2ac5; line 1, "Tiểu Học Hòa Bình" at
		// 3dc2ac5, "Trường Tiểu Học Hòa" and "Bình" at 56d9f3d, is wrong
		// at both and left out).
		name: "Tổ Trưởng; Trường, school, capitalised",
		lines: []string{
			"Tổ Trưởng: The children walk to school.",
			"Interviewer: Is Trường Hòa Bình far?",
		},
		want: [][]string{nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Cán Bộ Xã", the commune official. 56d9f3d: the label, "Ủy
		// Ban Xã" (the commune's committee) and "Xã" (commune). With
		// "Cán Bộ" the part "bộ" makes "Bộ" of "Bộ Y Tế", the ministry,
		// a name too.
		name: "Cán Bộ Xã, the commune official; Xã in the text",
		lines: []string{
			"Interviewer: Which communes do you cover?",
			"Cán Bộ Xã: I work at the Ủy Ban Xã. Xã has nine hamlets.",
			"Interviewer: So the Xã pays for the bus?",
			"Cán Bộ Xã: No. The Huyện pays.",
		},
		want: [][]string{nil, nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Bố Mẹ", both parents answering. 56d9f3d: the label on lines
		// 2 and 4. ("Bố Mẹ" said in the text is a name at 3dc2ac5
		// already, without labels.)
		name: "Bố Mẹ, the parents together",
		lines: []string{
			"Interviewer: When did you notice the fever?",
			"Bố Mẹ: On Tuesday. So we went to the district hospital.",
			"Interviewer: Which one?",
			"Bố Mẹ: Bệnh viện Huyện Củ Chi.",
		},
		want: [][]string{nil, nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Bé Gái", "Bé Trai": the girl, the boy. 56d9f3d: both labels,
		// and "gái" (girl) in lower case on line 4.
		name: "Bé Gái and Bé Trai, the children; gái in the text",
		lines: []string{
			"Interviewer: What do you like at school?",
			"Bé Gái: Drawing. And my teacher, Cô Hạnh.",
			"Bé Trai: Football! Be quiet, I am talking.",
			"Interviewer: Your cousin is a gái too?",
		},
		want: [][]string{nil, {"Hạnh"}, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Số Một", "Số Hai": number one, number two. 56d9f3d: the
		// labels, where said, and "hai" (two) in lower case.
		name: "Số Một and Số Hai, numbered participants; hai in the text",
		lines: []string{
			"Interviewer: Số Một said the clinic is far. What do you think?",
			"Số Hai: Yes, so far. Two hours by bus.",
			"Số Một: We have hai children, một boy and một girl.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Sở Lao Động", the provincial Department of Labour, as a
		// heading. 56d9f3d: the label, "đồng" (the currency) in lower
		// case, "Lao" (the people) on lines 2–4.
		name: "Sở Lao Động, a department; Lao and đồng in the text",
		lines: []string{
			"Sở Lao Động: Minutes, labour inspection visit.",
			"Participant: Fifty thousand đồng a day. The Lao workers get less.",
			"Interviewer: Why do Lao workers get less?",
			"Participant: Because they have no papers. Lao, Khmer, all of them.",
		},
		want: [][]string{nil, nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Bệnh Viện Chợ Rẫy", a hospital, as a heading (bệnh is in
		// otherNonNames). 56d9f3d: "Chợ Rẫy" on line 2.
		name: "Bệnh Viện Chợ Rẫy, a hospital's heading",
		lines: []string{
			"Bệnh Viện Chợ Rẫy: Interview 2, the oncology ward.",
			"Interviewer: How long have you been at Chợ Rẫy?",
			"Participant: Three weeks. Bệnh viện is very crowded.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Ấn Độ Nhóm", the India group ("ấn độ" folds to "an do").
		// 56d9f3d: the label.
		name: "Ấn Độ Nhóm, a group's heading",
		lines: []string{
			"Ấn Độ Nhóm: Notes on the Indian workers.",
			"Interviewer: How many came from Ấn Độ?",
			"Participant: Twelve. An do, we say in English India.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Thế Giới Di Động", a retail chain ("thế" folds to "the").
		// 56d9f3d: the chain on lines 1 and 2, "Giới" on line 3.
		name: "Thế Giới Di Động, a company's heading",
		lines: []string{
			"Thế Giới Di Động: Interview with store staff, branch 12.",
			"Interviewer: How long have you worked at Thế Giới Di Động?",
			"Participant: Two years. The Giới, we call it.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Café Tình Thương", a charity café (café is in otherNonNames).
		// 56d9f3d: the café on lines 1 and 3.
		name: "Café Tình Thương, a charity café",
		lines: []string{
			"Café Tình Thương: Recording of the volunteers' meeting.",
			"Interviewer: Who runs the café?",
			"Participant: Seven. The Café Tình Thương gives free lunch.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Secrétaire Général", a union's general secretary (general is
		// in otherNonNames). 56d9f3d: the label on lines 2 and 4.
		name: "Secrétaire Général, a union's role",
		lines: []string{
			"Interviewer: How many members does the union have?",
			"Secrétaire Général: About four hundred. The General Assembly meets in June.",
			"Interviewer: And the hospital?",
			"Secrétaire Général: The Hôpital Général de Montréal, yes.",
		},
		want: [][]string{nil, nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Réception Centrale", the front desk's staff (reception is in
		// otherNonNames). 56d9f3d: the label.
		name: "Réception Centrale, a desk's staff",
		lines: []string{
			"Interviewer: Who do patients see first?",
			"Réception Centrale: Us. Reception opens at seven.",
		},
		want: [][]string{nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Über Uns", "about us", a heading (uber is in otherNonNames).
		// 56d9f3d: the heading.
		name: "Über Uns, a heading",
		lines: []string{
			"Über Uns: Fahrergruppe, Interview 4.",
			"Interviewer: How long have you driven for Uber?",
		},
		want: [][]string{nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "İş Arkadaşı", a colleague ("iş" folds to "is"). 56d9f3d:
		// the label on lines 2 and 4.
		name: "İş Arkadaşı, a colleague",
		lines: []string{
			"Interviewer: How did the accident happen?",
			"İş Arkadaşı: The crane moved. Is it on the record?",
			"Interviewer: Yes. Was Mehmet there?",
			"İş Arkadaşı: Mehmet Yılmaz, yes, he called the ambulance.",
		},
		want: [][]string{nil, nil, {"Mehmet"}, {"Mehmet Yılmaz"}},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Üs Komutanı", the base commander ("üs" folds to "us").
		// 56d9f3d: the label.
		name: "Üs Komutanı, a commander",
		lines: []string{
			"Interviewer: Where did you serve?",
			"Üs Komutanı: In İncirlik. Us soldiers, we did not talk much.",
		},
		want: [][]string{nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Só Mulheres", "only women", a group's heading ("só" folds
		// to "so"). 56d9f3d: the heading, and "So mulheres" on line 3:
		// the folded form of the label, said in the text.
		name: "Só Mulheres, a group; So mulheres in the text",
		lines: []string{
			"Só Mulheres: Focus group transcript, Maré.",
			"Interviewer: So who looks after the children?",
			"Participant: So mulheres, only women. Só as avós help.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILED at 56d9f3d (new); mended.
		// "Bà Tô", Mrs Tô ("Bà" is no title the lists know; "tô" folds
		// to "to"). 3dc2ac5 found "Tô" and "Lan", the answer;
		// 56d9f3d finds "Bà Tô" on lines 2 and 4, and "Bà", alone, as
		// a name on line 3, another woman's title.
		name: "Bà Tô: the title in the name, and Bà alone a name",
		lines: []string{
			"Interviewer: How long have you sold vegetables?",
			"Bà Tô: Thirty years. To the same families.",
			"Interviewer: And Bà Lan next to you?",
			"Bà Tô: She is my cousin. Tô is my husband's name.",
		},
		want: [][]string{nil, {"Tô"}, {"Lan"}, {"Tô", "Tô"}},
	},
}

// TestReview527Names checks the names of review527Names, line by line.
func TestReview527Names(t *testing.T) {
	for _, c := range review527Names {
		t.Run(c.name, func(t *testing.T) {
			checkNamesWithLabels(t, c.lines, c.want)
		})
	}
}

// review527NotNames are transcripts with a label that 56d9f3d takes, some
// wrongly (see review527Left), for a name, and for each line the words of
// the text that must be in no name found there: the label's folded forms
// and English words of otherNonNames said in the text. All pass at
// 56d9f3d: function words are no parts of a name, and the English words
// are weighed where they stand.
var review527NotNames = []struct {
	name  string
	lines []string
	not   [][]string
}{
	{
		name: "Mẹ Bé: So, Be and Me in the text",
		lines: []string{
			"Mẹ Bé: Eight months. So I take him to the clinic every week.",
			"Interviewer: Be honest, is it hard?",
			"Mẹ Bé: Yes. Be sure, it is just me. Me and the baby.",
		},
		not: [][]string{{"So"}, {"Be"}, {"Be", "Me", "me"}},
	},
	{
		name: "Bố Bé: Me at a sentence's start",
		lines: []string{
			"Interviewer: Who gives the medicine?",
			"Bố Bé: Me, in the morning. Then my wife at night.",
		},
		not: [][]string{nil, {"Me"}},
	},
	{
		name: "Cán Bộ Xã: Can at a sentence's start",
		lines: []string{
			"Cán Bộ Xã: The commune committee. Can I show you the form?",
			"Interviewer: Can you?",
		},
		not: [][]string{{"Can"}, {"Can"}},
	},
	{
		name: "Tổ Trưởng: To at a sentence's start",
		lines: []string{
			"Tổ Trưởng: I go door to door. To every house in the alley.",
			"Interviewer: To every one?",
		},
		not: [][]string{{"To"}, {"To"}},
	},
	{
		name: "Secrétaire Général: General in the text",
		lines: []string{
			"Secrétaire Général: The General said no.",
			"Interviewer: Which General?",
			"Secrétaire Général: We went to Montreal General after. The General Assembly meets in June.",
		},
		not: [][]string{{"General"}, {"General"}, {"General", "Montreal", "Assembly"}},
	},
	{
		name: "Über Uns: Uber in the text",
		lines: []string{
			"Über Uns: Fahrergruppe, Interview 4.",
			"Interviewer: How long have you driven for Uber?",
			"Participant: Six years. Uber takes twenty-five percent.",
		},
		not: [][]string{nil, {"Uber"}, {"Uber"}},
	},
	{
		name: "Réception Centrale: Reception in the text",
		lines: []string{
			"Interviewer: Who do patients see first?",
			"Réception Centrale: Us. Reception opens at seven.",
			"Interviewer: And after Reception?",
		},
		not: [][]string{nil, {"Reception"}, {"Reception"}},
	},
	{
		name: "Café Tình Thương: Café in the text",
		lines: []string{
			"Café Tình Thương: Volunteers' meeting, second hour.",
			"Interviewer: Café opens at what time?",
		},
		not: [][]string{nil, {"Café"}},
	},
}

// TestReview527NotNames checks that no name found on a line of
// review527NotNames holds one of the line's words that are no name.
func TestReview527NotNames(t *testing.T) {
	for _, c := range review527NotNames {
		t.Run(c.name, func(t *testing.T) {
			got := namesWithLabels(t, c.lines)
			for i := range c.lines {
				for _, n := range got[i] {
					for _, w := range strings.Fields(n) {
						if slices.Contains(c.not[i], strings.Trim(w, ".,?!'’s")) {
							t.Errorf("%q: name %q holds %q, no name here", c.lines[i], n, w)
						}
					}
				}
			}
		})
	}
}

// review527Left are the cases the detector gets wrong at 56d9f3d: what
// should be found, line by line. They are documented here, not asserted;
// TestReview527Left only logs those that have come to pass. "new": right
// at 3dc2ac5, wrong at 56d9f3d; "also before": wrong at both (each case
// was run at both commits).
var review527Left = []review527Case{
	{
		// Found at 56d9f3d; lost at its mending, which refuses a label holding
		// a word of kin or role ("Mẹ Bé") or one of otherNonNames ("Jesús").
		name: "Sô Bé, whose folded key is \"so be\": So be it",
		lines: []string{
			"Interviewer: We will stop at four.",
			"Sô Bé: So be it.",
			"Interviewer: So be careful on the road.",
		},
		want: [][]string{nil, {"Sô Bé"}, nil},
	},
	{
		// Found at 56d9f3d; lost at its mending, which refuses a label holding
		// a word of kin or role ("Mẹ Bé") or one of otherNonNames ("Jesús").
		name: "Jesús (jesus is in otherNonNames) a name; Jesus the god not",
		lines: []string{
			"Interviewer: What helped you through the chemotherapy?",
			"Jesús Ortega: My faith. I prayed to Jesus every night.",
			"Interviewer: And your family?",
			"Jesús Ortega: My wife, Carmen. Jesus Christ and Carmen, that is all.",
		},
		want: [][]string{nil, {"Jesús Ortega"}, nil, {"Jesús Ortega", "Carmen", "Carmen"}},
	},
	{
		// Found at 56d9f3d; lost at its mending, which refuses a label holding
		// a word of kin or role ("Mẹ Bé") or one of otherNonNames ("Jesús").
		name: "Jesús Ortega; Jesus at a sentence's start",
		lines: []string{
			"Jesús Ortega: Jesus helped me. Jesus, every night.",
			"Interviewer: And the nurse?",
			"Jesús Ortega: Nurse Patricia. She prays to Jesus too.",
		},
		want: [][]string{{"Jesús Ortega"}, nil, {"Jesús Ortega", "Patricia"}},
	},
	{
		// Found at 56d9f3d; lost at its mending, which refuses a label holding
		// a word of kin or role ("Mẹ Bé") or one of otherNonNames ("Jesús").
		name: "Jesús Ortega's brother Jesús Antonio",
		lines: []string{
			"Jesús Ortega: My brother also is called Jesús. Jesús Antonio.",
			"Interviewer: Thank you, Jesús.",
		},
		want: [][]string{{"Jesús Ortega", "Jesús", "Jesús Antonio"}, {"Jesús"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// 56d9f3d: "Président Sô"; 3dc2ac5: nothing.
		name: "Président Sô: the title in the name",
		lines: []string{
			"Interviewer: When did the association start?",
			"Président Sô: In 1998. So the members were all farmers.",
		},
		want: [][]string{nil, {"Sô"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Sô", in Minas Gerais, is "senhor". 56d9f3d: "Sô Antônio",
		// "Antônio Carlos", then "Antônio"; 3dc2ac5: "Carlos", nothing.
		name: "Sô Antônio: the Minas title in the name",
		lines: []string{
			"Interviewer: How long did you work at the mine?",
			"Sô Antônio: Forty years, sô. Antônio Carlos was my foreman.",
			"Interviewer: So you knew Antônio well.",
		},
		want: [][]string{nil, {"Antônio", "Antônio Carlos"}, {"Antônio"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Sơ" is a Catholic sister. 56d9f3d: "Sơ Maria", then "Sơ
		// Maria" and "Maria Goretti"; 3dc2ac5: nothing, then "Goretti".
		name: "Sơ Maria: the nun's title in the name",
		lines: []string{
			"Interviewer: How many children are at the orphanage?",
			"Sơ Maria: Forty-one. So many need surgery.",
			"Sơ Maria: Donors. Sơ Maria Goretti before me started it.",
		},
		want: [][]string{nil, {"Maria"}, {"Maria", "Maria Goretti"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Tổ Phó", the group's deputy leader. 56d9f3d: "Tổ Phó" on
		// line 2; 3dc2ac5: "Phó" there, and "Phó" and "Đức Phương" on
		// line 3, which 56d9f3d finds whole, rightly.
		name: "Tổ Phó, the deputy group leader",
		lines: []string{
			"Interviewer: What do you do as deputy?",
			"Tổ Phó: I collect the fees.",
			"Interviewer: And Mr Phó Đức Phương?",
		},
		want: [][]string{nil, nil, {"Phó Đức Phương"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Où Aller", "where to go", a heading ("où" folds to "ou"):
		// the heading, and "Ou aller" on line 3, its folded form said
		// in the text, at both (the rule that refused the label did
		// not keep it out).
		name: "Où Aller, a heading; Ou aller in the text",
		lines: []string{
			"Où Aller: Notes on the referral pathway.",
			"Interviewer: Where do families go first?",
			"Participant: To the PMI. Ou aller, it is always the question.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "De" (Spanish "of") after a label with "Dé" ("Técnico Dé", a
		// technician called Dé): "Técnico Dé" and "De" at both.
		name: "Técnico Dé: the role in the name, and De a name",
		lines: []string{
			"Interviewer: Who fixes the pump?",
			"Técnico Dé: I do. De vez en cuando, the whole village calls me.",
			"Técnico Dé: Do I charge? A little, for the parts.",
		},
		want: [][]string{nil, {"Dé"}, {"Dé"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "De" at both.
		name: "Sí Señor: De la clínica",
		lines: []string{
			"Interviewer: Did you understand the doctor?",
			"Sí Señor: Yes, sir. De la clínica, the one in Soyapango.",
		},
		want: [][]string{nil, nil},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Dé Dé" (a nickname) is right; "De" is found beside it at
		// both.
		name: "Dé Dé: De la mañana",
		lines: []string{
			"Dé Dé: Me and my sister. De la mañana a la noche.",
			"Interviewer: Thank you, Dé Dé.",
		},
		want: [][]string{{"Dé Dé"}, {"Dé Dé"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Équipe Soignante", the care team, and "La" at both.
		name: "Équipe Soignante: the team a name, and La",
		lines: []string{
			"Équipe Soignante: We are the night team. So we see the families at eleven.",
			"Interviewer: And the day team?",
			"Équipe Soignante: La journée, it is Dr Moreau.",
		},
		want: [][]string{nil, nil, {"Moreau"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Hà Nội", a heading, and "Ha Noi", at both.
		name: "Hà Nội: a city's heading",
		lines: []string{
			"Hà Nội: Interview 3, recorded at the ward health station.",
			"Interviewer: How long have you lived in Hà Nội?",
			"Participant: Since 1990. Ha Noi was smaller then.",
		},
		want: [][]string{nil, nil, nil},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Hội Phụ Nữ", the Women's Union, at both.
		name: "Hội Phụ Nữ: an organisation's label",
		lines: []string{
			"Hội Phụ Nữ: We visit the new mothers.",
			"Interviewer: How often does Hội Phụ Nữ visit?",
		},
		want: [][]string{nil, nil},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Ông Bà", the grandparents, at both.
		name: "Ông Bà: the grandparents' label",
		lines: []string{
			"Ông Bà: We raised the children.",
			"Interviewer: Do Ông Bà still help?",
		},
		want: [][]string{nil, nil},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Thợ Mộc", the carpenter, at both.
		name: "Thợ Mộc: a trade's label",
		lines: []string{
			"Thợ Mộc: I make the doors. Forty years.",
			"Interviewer: Thợ Mộc is your trade?",
		},
		want: [][]string{nil, nil},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Asunción", a city, at both.
		name: "Ñandú Group: Asunción a name",
		lines: []string{
			"Ñandú Group: Recording, mothers' group, Asunción.",
			"Interviewer: So who brings the children?",
		},
		want: [][]string{nil, nil},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Mai Linh", a taxi company, at both (3dc2ac5 lost "Thế Anh"
		// too).
		name: "Thế Anh: Mai Linh, a company",
		lines: []string{
			"Thế Anh: Nine years. The company is Mai Linh.",
		},
		want: [][]string{{"Thế Anh"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "Bé", a name's word that folds to a function word, said alone
		// at a sentence's start: lost at both ("Sô" alone is found).
		name: "Sô Bé: Bé alone lost",
		lines: []string{
			"Sô Bé: So be it. Bé is my small name.",
		},
		want: [][]string{{"Sô Bé", "Bé"}},
	},
	{
		// FAILS at 56d9f3d (also before).
		// "General Dumas": the general's name lost at both.
		name: "Secrétaire Général: General Dumas lost",
		lines: []string{
			"Interviewer: Who gave the order?",
			"Participant: General Dumas, of the army.",
		},
		want: [][]string{nil, {"Dumas"}},
	},
}

// TestReview527Left checks that the cases of review527Left still fail as
// recorded: one that passes has been mended, and belongs in
// review527Names (a known failure that starts passing unnoticed would
// leave the record wrong).
func TestReview527Left(t *testing.T) {
	for _, c := range review527Left {
		got := namesWithLabels(t, c.lines)
		pass := true
		for i := range c.lines {
			if !slices.Equal(got[i], c.want[i]) {
				pass = false
			}
		}
		if pass {
			t.Errorf("%s: passes now; move it to review527Names", c.name)
		}
	}
}
