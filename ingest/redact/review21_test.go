package redact

import (
	"testing"
)

// Review of the blind20 tuning (short forms of names found elsewhere,
// brands by their form or dose, interjections, places in lists, counts
// after numbers, new festivals and peoples, more phones and IDs, North
// American and Indian addresses, the fixes of review20). Written by a
// reviewer who read the code but no labelled set: each rule is tried
// both ways with health-interview speech.
//
// Of its 179 cases, 69 failed; 42 of them were new with that tuning and
// were fixed. Left as they were (they failed before it too, or trade
// against a fix): short forms at a sentence's start without a comma or
// in lower case ("Nav drove me", "i told nav"), a short form that is a
// common word ("Bless", "Pat"); words taken for names though no rule of
// the tuning made them so ("Shiva", "Zim", "Desi", "Kia", "Bas", "Derm",
// "Mac", "Bibi", "Abba", "Dadi", "Gogo", a clinic named "Mbuya Nehanda", "Apollo", "Alexandra", "Bulawayo" and "Mutare" in lists,
// "Ja,"); a surname that is a people's name with only an apposition after
// it ("Romani, the pharmacist,"); a phone read digit by digit after "what's
// your number?" given as an ID; a pain score read out after "what number";
// a night across two dates ("13/14.03.2023").

// review21Short runs a project where doc 0 finds the full name and doc 1
// holds the word to judge.
func review21Short(t *testing.T, name, text string, want []string) {
	t.Helper()
	runProject(t, []string{"P: My friend " + name + " came with me.", text}, [][]string{{"PERSON|" + name}, want})
}

// Rule 1: a capitalised beginning of a name found elsewhere.
func TestReview21ShortForms(t *testing.T) {
	type sc struct {
		name, text string
		want       []string
	}
	cases := []sc{
		// Short forms that are the person: redacted.
		{"Gwenllian", "P: I told Gwen about the scan.", []string{"PERSON|Gwen"}},
		{"Kudakwashe", "P: Then Kuda started crying.", []string{"PERSON|Kuda"}},
		{"Rumbidzai", "P: Rumbi, she always checks on me.", []string{"PERSON|Rumbi"}},
		// Kinship words that begin a found name.
		{"Babatunde", "P: Then Baba drove me to the clinic.", nil},
		{"Mamadou", "P: I told Mama about the pills.", nil},
		{"Papadopoulos", "P: In Greece, Papa had the same sugar.", nil},
		{"Mumtaz", "P: I told Mum about it.", nil},
		// Gods and faith.
		{"Christopher", "P: I prayed to Christ every night.", nil},
		{"Godfrey", "P: Thank God I went early.", nil},
		// Places, peoples and brands that begin a found name.
		{"Austin", "P: My brother lives in Aus now.", nil},
		{"Yankuba", "P: My husband is a Yank, from Ohio.", nil},
		{"Profit", "P: Then Prof said the scan was clear.", nil},
		// Interjections that begin a found name, starting a turn.
		{"Ayesha", "P: Aye, that's right, every morning.", nil},
		{"Ochieng", "P: Och, I forgot the tablets again.", nil},
		{"Achieng", "P: Ach, it was awful, the pain.", nil},
		{"Yohannes", "P: Yoh, the injection was sore.", nil},
		{"Nahla", "P: Nah, I don't take it any more.", nil},
		{"Errol", "P: Err, I think it was Tuesday.", nil},
		{"Cornelius", "P: Cor, that hurt.", nil},
		// Kinship, study and ward words mid-sentence.
		{"Granville", "P: I stayed with Gran that week.", nil},
		{"Nancy", "P: I told Nan about the diagnosis.", nil},
		{"Unity", "P: I finished Uni last year.", nil},
		{"Polycarp", "P: I went to Poly in Harare.", nil},
		// Calendar words.
		{"Janet", "P: In Jan I started insulin.", nil},
		{"Marcus", "P: In Mar the clinic closed.", nil},
		{"Monique", "P: Clinic is on Mon and Thu.", nil},
	}
	for _, c := range cases {
		review21Short(t, c.name, c.text, c.want)
	}
}

// Rule 2: brands after a medicine's form or before a dose; interjections
// starting a turn; a word listed beside a place; a word counted after a
// number.
func TestReview21Evidence(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// Brands: no names.
		{"She gave me the cream, Dermovate, for the rash.", nil},
		{"I was on the inhaler, Symbicort, two puffs.", nil},
		{"They changed me to Zentrex 40 mg in March.", nil},
		{"Now it's Glucorin, two tablets, morning and night.", nil},
		// People after a medicine's form, with a comma.
		{"Here are your tablets, Rudo.", []string{"PERSON|Rudo"}},
		{"I forgot my inhaler, Nyasha reminded me.", []string{"PERSON|Nyasha"}},
		{"I took the tablets, Tafadzwa was watching me.", []string{"PERSON|Tafadzwa"}},
		{"Did you take your pills, Mufaro?", []string{"PERSON|Mufaro"}},
		{"I finished the antibiotics, Chiedza made sure of it.", []string{"PERSON|Chiedza"}},
		// People before a dose or a number of times.
		{"I see Tendai two times a week.", []string{"PERSON|Tendai"}},
		{"I phoned Rutendo five times, no answer.", []string{"PERSON|Rutendo"}},
		{"The nurse gave Kuda 5 ml of the syrup.", []string{"PERSON|Kuda"}},
		{"She gave Tatenda ten units before lunch.", []string{"PERSON|Tatenda"}},
		{"Then Chipo 2 tablets, and me one.", []string{"PERSON|Chipo"}},
		{"I visit Nyarai 3 times a week.", []string{"PERSON|Nyarai"}},
		{"I texted Tapiwa twenty times that night.", []string{"PERSON|Tapiwa"}},
		{"Thanks for the medicine, Tapiwa.", []string{"PERSON|Tapiwa"}},
		{"He brought the injection, Farai held my hand.", []string{"PERSON|Farai"}},
		// Interjections starting a turn: no names.
		{"P: Haanji, I take it daily.", nil},
		{"P: Hej, sorry I'm late.", nil},
		{"P: Pues, the doctor said no.", nil},
		{"P: Sawa, I'll take it tomorrow.", nil},
		// People spoken to at the start of a turn, named as an interjection.
		{"Interviewer: Mira, thank you for coming today.", []string{"PERSON|Mira"}},
		{"P: Mira, my daughter, she helps with the insulin.", []string{"PERSON|Mira"}},
		{"Interviewer: Asante, can you say more about that?", []string{"PERSON|Asante"}},
		{"P: Halla, my sister, came from Reykjavik.", []string{"PERSON|Halla"}},
		{"Interviewer: Ji, how long have you had diabetes?", []string{"PERSON|Ji"}},
		// Places listed: no names.
		{"We stopped in Gweru, Shurugwi, Zvishavane, all over.", nil},
		{"We drove through Masvingo, Chivhu, then home.", nil},
		// People listed beside a place.
		{"In Harare, Mufaro and I shared a room.", []string{"PERSON|Mufaro"}},
		{"Back in Bulawayo, Nomsa was my neighbour.", []string{"PERSON|Nomsa"}},
		{"After London, Chiedza moved in with us.", []string{"PERSON|Chiedza"}},
		{"I went with Tendai, Harare, then Mutare.", []string{"PERSON|Tendai"}},
		// Counted after a number: no names.
		{"There were 30000 Tutsis in that camp.", nil},
		{"It cost 2500 Rands for the scan.", nil},
		// People after a number, with no comma (speech recognition).
		{"The bill was 500 Farai paid the rest.", []string{"PERSON|Farai"}},
		{"In room 214 Tafadzwa was crying all night.", []string{"PERSON|Tafadzwa"}},
		{"Her number is 0772 431 889 Tendai will answer.", []string{"PHONE|0772 431 889", "PERSON|Tendai"}},
		{"At 830 Maria came with the forms.", []string{"PERSON|Maria"}},
		{"At 3 Maria came with the forms.", []string{"PERSON|Maria"}},
		{"By 1030 Rutendo had already left.", []string{"PERSON|Rutendo"}},
		{"Extension 204 Rutendo picks up.", []string{"PERSON|Rutendo"}},
	})
}

// Rule 3: new festivals, faiths and peoples.
func TestReview21Things(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// The words themselves: no names.
		{"We celebrate Vishu in April, with my mother.", nil},
		{"At Nyepi the whole island is silent.", nil},
		{"I said Waheguru and felt calmer.", nil},
		{"The Christians and the Muslims pray together here.", nil},
		{"My husband is Cajun, he cooks everything spicy.", nil},
		{"We went home for Timkat, in January.", nil},
		// Festivals the lists still lack.
		{"At Dashain we eat a lot of meat.", nil},
		{"During Bihu I forget my tablets.", nil},
		// People named like them.
		{"Dr Romani changed my tablets.", []string{"PERSON|Romani"}},
		{"My neighbour, Mr Sadri, drives me.", []string{"PERSON|Sadri"}},
		{"My nephew Vishu, he's twelve, helps me.", []string{"PERSON|Vishu"}},
		{"My husband Iban cooks for me.", []string{"PERSON|Iban"}},
		{"Mrs Meskel was my nurse.", []string{"PERSON|Meskel"}},
		{"I told Sadri about the pain.", []string{"PERSON|Sadri"}},
	})
}

// Rule 4: SSN after "Social", Indian mobiles, nine-digit phones in threes,
// "Number" or "no." before a number, digits read out, Romanian series,
// a decision's number before its date.
func TestReview21Numbers(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// Identifiers.
		{"My Social is 412 - 77 - 0931.", []string{"ID|412 - 77 - 0931"}},
		{"and his social, 412 - 77 - 0931. That's all.", []string{"ID|412 - 77 - 0931"}},
		{"My social is 412 77 0931, I think.", []string{"ID|412 77 0931"}},
		{"Her mobile is 94470 23815, call after six.", []string{"PHONE|94470 23815"}},
		{"The clinic in Miri, 085 422 190, call them.", []string{"PHONE|085 422 190"}},
		{"Number 400 218 775 301, that's the card.", []string{"ID|400 218 775 301"}},
		{"Call me on 0 7 7 3 1 4 5 5 2 9.", []string{"PHONE|0 7 7 3 1 4 5 5 2 9"}},
		{"The number is 4 8 2 2 7 1 9 and ask for the ward.", []string{"ID|4 8 2 2 7 1 9"}},
		{"Her hospital number is 3 0 9 1 4 4 7.", []string{"ID|3 0 9 1 4 4 7"}},
		{"Buletinul, seria RX nr. 123456, it's in the drawer.", []string{"ID|seria RX nr. 123456"}},
		{"The decision, no. 2281/14.03.2023, gave me grade two.", []string{"ID|2281/14.03.2023"}},
		// Counts, amounts, scores and dates.
		{"I said no. 250000 shillings for one scan!", nil},
		{"He said no. 120000 is too much for us.", nil},
		{"The cases reached a big number, 150000, in one month.", nil},
		{"Out of that number, 120000 were women.", nil},
		{"The number 250000 scared me, that viral load.", nil},
		{"The numbers in my sugar diary: 7 8 6 9 7 8.", nil},
		{"Number of tablets, Monday to Saturday: 2 2 1 2 2 1.", nil},
		{"My number is high on the pain scale. Each day it was 6 7 7 8 6 7.", nil},
		{"Room number 12, bed number 4.", nil},
		{"I took the number 47 bus, then the 112.", nil},
		{"The quotes were 75000 80000, depending on the hospital.", nil},
		{"Bed 12. 17.03.23 he came in.", []string{"DATE|17.03.23"}},
		{"I was admitted on 12/03/23.", []string{"DATE|12/03/23"}},
		{"The Social Fund gave us 150 - 20 - 2000 over the years.", nil},
	})
}

// Rule 5: addresses.
func TestReview21Addresses(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// Addresses.
		{"Our place was 77 Pine Ridge Rd, Ft. Myers, FL 33901.", []string{"ADDRESS|77 Pine Ridge Rd, Ft. Myers, FL 33901"}},
		{"She's at 2230 W 41st Ave, Vancouver, BC V6M 2A3.", []string{"ADDRESS|2230 W 41st Ave, Vancouver, BC V6M 2A3"}},
		{"It was Rt. 1, Box 22, Hinton, WV 25951.", []string{"ADDRESS|Rt. 1, Box 22, Hinton, WV 25951"}},
		{"We were at HC 64 Box 1200, Marlinton, WV 24954.", []string{"ADDRESS|HC 64 Box 1200, Marlinton, WV 24954"}},
		{"My address is 8812 132 Street, Surrey, BC V3W 4N9.", []string{"ADDRESS|8812 132 Street, Surrey, BC V3W 4N9"}},
		{"Write to Door No. 4/112, Main Road, Kallakurichi 606202.", []string{"ADDRESS|Door No. 4/112, Main Road, Kallakurichi 606202"}},
		{"It's 12, Anna Salai, T. Nagar, Chennai 600017.", []string{"ADDRESS|12, Anna Salai, T. Nagar, Chennai 600017"}},
		{"We're at 5/12 Nehru Nagar, Salem 636007.", []string{"ADDRESS|5/12 Nehru Nagar, Salem 636007"}},
		{"Send it to Kizhakkethil House, Mala P.O., Thrissur 680732.", []string{"ADDRESS|Kizhakkethil House, Mala P.O., Thrissur 680732"}},
		{"They post my results to my address, 40100 Kisumu.", []string{"ADDRESS|40100 Kisumu"}},
		{"Send the results to 8000 Aarhus C, please.", []string{"ADDRESS|8000 Aarhus C"}},
		{"The letters about the rent go to 40100 Kisumu.", []string{"ADDRESS|40100 Kisumu"}},
		{"My aunt is at 40204 Kondele, near the market.", []string{"ADDRESS|40204 Kondele"}},
		{"They live at Urbanización San José, 29600 Marbella.", []string{"ADDRESS|Urbanización San José, 29600 Marbella"}},
		{"Her flat is Résidence Jean Jaurès, 97200 Fort-de-France.", []string{"ADDRESS|Résidence Jean Jaurès, 97200 Fort-de-France"}},
		{"Mum lives at Contrada San Giovanni, 90040 Cinisi.", []string{"ADDRESS|Contrada San Giovanni, 90040 Cinisi"}},
		// Amounts, lab values and times.
		{"At home I wrote it down: Haemoglobin 11, Platelets 150000.", nil},
		{"The office said: Consultation 500, Surgery 250000.", nil},
		{"The rent for the house, Lekki, 450000 Naira a year.", nil},
		{"We had 3, 4 Court dates about the kids.", nil},
		{"The letter said 2 bottles, 12 Park tablets.", nil},
		{"I posted it at 1630 Kampala time.", nil},
		{"My address changed in 2019, 4000 Kolding people moved.", nil},
		{"The home visit was 1200 Rupees.", nil},
		// People before an address.
		{"I sent it to Mukonoweshuro, 8000 Aarhus C.", []string{"PERSON|Mukonoweshuro", "ADDRESS|8000 Aarhus C"}},
		{"Thank you, Tendai, 14 Rue des Lilas, 75011 Paris.", []string{"PERSON|Tendai", "ADDRESS|14 Rue des Lilas, 75011 Paris"}},
	})
}

// Rule 6: numbers given as someone's own, answers, place votes.
func TestReview21Owned(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// Identifiers.
		{"What's your hospital number? Mine is 4827719, I check my results with it.", []string{"ID|4827719"}},
		{"My card? Mine is 7 31 05 00.", []string{"ID|7 31 05 00"}},
		{"Mine's 5 17 43 90, his is different.", []string{"ID|5 17 43 90"}},
		{"Hers was 88 412 907.", []string{"ID|88 412 907"}},
		{"That's his card. Mine is 6 22 81 04, it's on the results letter.", []string{"ID|6 22 81 04"}},
		{"Mine is 4827719, I use it to check my results online.", []string{"ID|4827719"}},
		// Amounts.
		{"His salary was fine. Mine was 137 250 a year.", nil},
		{"Mine is 312 450 kwacha a month.", nil},
		{"Mine was 245 750 rand, the whole operation.", nil},
		{"Hers was 1 247 563 views, the video.", nil},
		{"Mine's 6.5, the HbA1c.", nil},
	})
	runCases(t, plain(t), []detectCase{
		// Answers.
		{"Interviewer: What's the doctor's name?\nP: Mukonoweshuro. She's kind.", []string{"PERSON|Mukonoweshuro"}},
		{"Interviewer: And your counsellor, what was she called?\nP: Nyaradzo. Very patient.", []string{"PERSON|Nyaradzo"}},
		{"Interviewer: Who's your key worker?\nP: Tapiwanashe, she's new.", []string{"PERSON|Tapiwanashe"}},
		{"P: We called the baby \"Anesu\" after my mother.", []string{"PERSON|Anesu"}},
		{"P: His name is Oluwaseun, Seun for short.", []string{"PERSON|Oluwaseun", "PERSON|Seun"}},
		{"P: Her name is Nokuthula, Thuli for short.", []string{"PERSON|Nokuthula", "PERSON|Thuli"}},
		{"Interviewer: What's the pharmacy called?\nP: Greenwood. On the corner.", nil},
		// Place votes: places named for people.
		{"We lived in Tafara for years. The clinic in Tafara closed.", nil},
		{"I grew up in Budiriro, and my mother is still in Budiriro.", nil},
		// People after "in" or "across".
		{"I saw a change in Maria. In Maria's eyes, too.", []string{"PERSON|Maria", "PERSON|Maria"}},
	})
}
