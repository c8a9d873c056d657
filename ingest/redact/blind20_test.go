package redact

import "testing"

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
