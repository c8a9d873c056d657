package redact

import "testing"

// The structured identifiers in the forms people say them in interviews,
// from the brief for the blind sets (testdata/README.md): each table holds
// forms that must be found and near misses that must stay. (Examples of
// the forms, not of any test set.)

func TestDetectDateSpoken(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"it was the 9th of June 2023, I think", []string{"DATE|the 9th of June 2023"}},
		{"since March 12th, 2024 she", []string{"DATE|March 12th, 2024"}},
		{"on Tuesday the 4th of June 2024 we", []string{"DATE|Tuesday the 4th of June 2024"}},
		{"Friday, 21 July 2017.", []string{"DATE|Friday, 21 July 2017"}},
		{"on Wednesday 1st November 2023", []string{"DATE|Wednesday 1st November 2023"}},
		{"the third of May, twenty twenty-one", []string{"DATE|the third of May, twenty twenty-one"}},
		{"May the third, 2021", []string{"DATE|May the third, 2021"}},
		{"Twenty-first of August, two thousand and nine.", []string{"DATE|Twenty-first of August, two thousand and nine"}},
		{"born the second of February nineteen eighty-four", []string{"DATE|the second of February nineteen eighty-four"}},
		{"the thirty first of December, twenty nineteen", []string{"DATE|the thirty first of December, twenty nineteen"}},
		{"October the fifth, twenty oh five", []string{"DATE|October the fifth, twenty oh five"}},
		{"on the 5th of Jan 2022", []string{"DATE|the 5th of Jan 2022"}},
		{"12.03.24 and 01-06-23", []string{"DATE|12.03.24", "DATE|01-06-23"}},
		// not full dates
		{"in May 2021, the third of May, twenty people came", nil},
		{"the first of many, in March, twenty twenty-one was hard", nil},
		{"last Tuesday, on Friday the 13th, in June twenty twenty", nil},
		{"version 1.5.10 and 3-4-10 and 2.3.24", nil},
		{"may the fourth be with you, 2021", nil},
		{"It was the 12th March. 2024 was a bad year", nil},
	})
}

func TestDetectPhoneSpoken(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// hundreds and pairs with teens (tuned on blind9)
		{"Ring my mobile, oh seven nine double one, four hundred, six five two.", []string{"PHONE|oh seven nine double one, four hundred, six five two"}},
		{"He gave the number in pairs, ninety-one, fourteen, thirty-three, sixty-eight.", []string{"ID|ninety-one, fourteen, thirty-three, sixty-eight"}},
		{"We counted seven, eight, nine, ten, eleven, twelve of them.", nil},
		{"ring me on oh one five one four nine six oh nine one five, eleven is best", []string{"PHONE|oh one five one four nine six oh nine one five"}},
		{"it's oh seven seven double two nine, four six one, eight oh three.", []string{"PHONE|oh seven seven double two nine, four six one, eight oh three"}},
		{"ring zero one one three, four nine six, oh one two three", []string{"PHONE|zero one one three, four nine six, oh one two three"}},
		{"Oh, oh two oh, seven nine four six, oh nine five eight", []string{"PHONE|oh two oh, seven nine four six, oh nine five eight"}},
		{"plus four four seven seven double oh nine double oh one two three", []string{"PHONE|plus four four seven seven double oh nine double oh one two three"}},
		{"my mobile's 07700 nine double oh, one two three", []string{"PHONE|07700 nine double oh, one two three"}},
		{"call four one five, five five five, two six seven one", []string{"PHONE|four one five, five five five, two six seven one"}},
		{"from abroad, double-oh four four, seven seven double-oh, nine double-oh one two three", []string{"PHONE|double-oh four four, seven seven double-oh, nine double-oh one two three"}},
		{"the number is oh one five one — four nine six — oh nine one five", []string{"PHONE|oh one five one — four nine six — oh nine one five"}},
		{"write 07700 900123 ext. 204", []string{"PHONE|07700 900123 ext. 204"}},
		{"I also have my Airtel one, it's six two eight, thirty-one, ninety-seven. She", []string{"PHONE|six two eight, thirty-one, ninety-seven"}},
		{"for your union number. Mine is four two, nine oh one, three three six. I know it", []string{"ID|four two, nine oh one, three three six"}},
		// not phones
		{"ring one one one, or nine nine nine, or nine one one", nil},
		{"we were twenty-two, thirty, forty people some weeks", nil},
		{"A friend of mine, she was twenty, thirty, forty, who knows", nil},
		{"my Digicel one, it's seven three one, seventy-two, eighty-four.", []string{"PHONE|seven three one, seventy-two, eighty-four"}},
		{"one, two, three, four, five, six, seven, eight, nine, ten", nil},
		{"I take two five hundred milligram tablets, two in the morning", nil},
		{"we were on ward seven, bed two, for three nights", nil},
		{"Oh, one more thing: two or three of us", nil},
	})
}

func TestDetectIDForms(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"my hospital number is K0987654.", []string{"ID|K0987654"}},
		{"the reference was RX4471-22, on the letter", []string{"ID|RX4471-22"}},
		{"It's on my letter. RR8 2049173.", []string{"ID|RR8 2049173"}},
		{"They gave me a hospital number. Mine's — hang on — K 774 0192.", []string{"ID|K 774 0192"}},
		{"your patient ID and that. AB 0012 3344", []string{"ID|AB 0012 3344"}},
		{"National Insurance number, QQ 12 34 56 C.", []string{"ID|QQ 12 34 56 C"}},
		{"my reference number is 2049 1173 88", []string{"ID|2049 1173 88"}},
		{"case number 44-1029-77", []string{"ID|44-1029-77"}},
		{"Her MRN is 12-345-678", []string{"ID|12-345-678"}},
		{"the Home Office reference, HO/123456/22, on the letter", []string{"ID|HO/123456/22"}},
		{"my patient ID is PT-449102", []string{"ID|PT-449102"}},
		{"my NHS number, six two six, oh one eight, one five nine oh", []string{"ID|six two six, oh one eight, one five nine oh"}},
		{"the hospital number, it's four four seven, two nine one, oh three", []string{"ID|four four seven, two nine one, oh three"}},
		{"SSN 123-45-6789", []string{"ID|123-45-6789"}},
		// not IDs
		{"ward 7B, bed 12, 500 milligrams twice a day", nil},
		{"in 2019 she was 47, and M62 traffic, A1 paper", nil},
		{"I 2019 2020 2021", nil},
		{"UK 20 30 40 50 and NHS 111", nil},
		{"a B12 injection, 1000 micrograms", nil},
	})
}

func TestDetectAddressForms(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"we're on Kingsway Road now", []string{"ADDRESS|Kingsway Road"}},
		{"he was a pharmacist on the Finchley Road for years", []string{"ADDRESS|Finchley Road"}},
		{"at the children's centre, Sanderstead Road. On Tuesdays.", []string{"ADDRESS|Sanderstead Road"}},
		{"down Hartley Street and left", []string{"ADDRESS|Hartley Street"}},
		{"the center on West 18th Street, upstairs", []string{"ADDRESS|West 18th Street"}},
		{"the office on Ponce de Leon Avenue, second floor", []string{"ADDRESS|Ponce de Leon Avenue"}},
		{"640 Ponce de Leon Ave NE, Atlanta, GA 30308 if", []string{"ADDRESS|640 Ponce de Leon Ave NE, Atlanta, GA 30308"}},
		{"Flat 4, 17 Carrow Way, Norwich NR1 2AB", []string{"ADDRESS|Flat 4, 17 Carrow Way, Norwich NR1 2AB"}},
		{"we live at 9 Ashfield Crescent", []string{"ADDRESS|9 Ashfield Crescent"}},
		{"it's just off Mercer Walk", []string{"ADDRESS|Mercer Walk"}},
		{"we meet at House 7, Road 11, Block D, Uttara, Dhaka-1230, on Fridays", []string{"ADDRESS|House 7, Road 11, Block D, Uttara, Dhaka-1230"}},
		{"the office is Flat 902, 9/F, Block B, Wah Fu Estate, near the bus", []string{"ADDRESS|Flat 902, 9/F, Block B, Wah Fu Estate"}},
		{"she lives at 8, Triq il-Mitħna, Qormi QRM 2210.", []string{"ADDRESS|8, Triq il-Mitħna, Qormi QRM 2210"}},
		{"it's Unit 2/14 Smith St, Collingwood VIC 3066.", []string{"ADDRESS|Unit 2/14 Smith St, Collingwood VIC 3066"}},
		{"write to No. 12/4, Temple Road, Kotte, please", []string{"ADDRESS|No. 12/4, Temple Road, Kotte"}},
		{"House number 31, Kabulonga East. Then left", []string{"ADDRESS|House number 31, Kabulonga East"}},
		{"The office is in Remera. KN 4 Ave, house number 9. Before", []string{"ADDRESS|KN 4 Ave, house number 9"}},
		{"the letters go to B.P. 418, Mbalmayo. Is there", []string{"ADDRESS|B.P. 418, Mbalmayo"}},
		{"I live at Section 7, Lot 21, Tokarara, so people", []string{"ADDRESS|Section 7, Lot 21, Tokarara"}},
		{"the hall at #7 Rock Dundo Turning, Christ Church. But", []string{"ADDRESS|#7 Rock Dundo Turning, Christ Church"}},
		{"the office is at Butwal-11, Kalikanagar, Rupandehi, on the main road", []string{"ADDRESS|Butwal-11, Kalikanagar, Rupandehi"}},
		{"her house, 9 Avenue des Flamboyants, Quatre Bornes 72201, but", []string{"ADDRESS|9 Avenue des Flamboyants, Quatre Bornes 72201"}},
		{"the pool on Maple Street North. Interviewer: And", []string{"ADDRESS|Maple Street North"}},
		{"we meet in her compound, Compound 14, Brikama Ba, under the tree", []string{"ADDRESS|Compound 14, Brikama Ba"}},
		{"she works on Cedar Street Extension. When", []string{"ADDRESS|Cedar Street Extension"}},
		{"She lives at 4 Hala Road, Ma'ufanga now with her son", []string{"ADDRESS|4 Hala Road, Ma'ufanga"}},
		{"the island office. Postcode 20195. Sometimes", []string{"ADDRESS|20195"}},
		{"the house, like Woreda 5, Kebele 11, house number 342, and the phone", []string{"ADDRESS|Woreda 5, Kebele 11, house number 342"}},
		{"She lives at building 4, Al-Rashid Street, near the bakery", []string{"ADDRESS|building 4, Al-Rashid Street"}},
		{"Me, I live in Uliga, Lot 12, by the church.", []string{"ADDRESS|Uliga, Lot 12"}},
		// not addresses
		{"we went to Leeds and then Bradford, in Yorkshire", nil},
		{"In Lot 12 we grow yams. The building 4 times over.", nil},
		{"she was in the Oncology Unit 4 weeks ago, on the Pfizer Phase 3 trial, a Lakers #1 fan", nil},
		{"I made a post 10000 people liked it", nil},
		{"it was COVID-19 and then Route 66, and the #1 thing", nil},
		{"the Mill Lane Surgery and the Station Road Medical Centre", nil},
		{"she watches Coronation Street, a trip down Memory Lane", nil},
		{"on the High Street, near Kew Gardens", nil},
		{"at Trafalgar Square, on the way", nil},
	})
}

func TestDetectNumberForms(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"call 07700-900-123 or 00 44 7700 900456", []string{"PHONE|07700-900-123", "PHONE|00 44 7700 900456"}},
		{"ring +1 (404) 555-0123 or +234 803 123 4567", []string{"PHONE|+1 (404) 555-0123", "PHONE|+234 803 123 4567"}},
		{"the switchboard, 020 7946 0958 ext. 2041, ask", []string{"PHONE|020 7946 0958 ext. 2041"}},
		{"404-555-0123 extension 12.", []string{"PHONE|404-555-0123 extension 12"}},
		{"my NHS number is 123 456 7890", []string{"ID|123 456 7890"}},
		{"my hospital number, it's on the card... 0038 4417", []string{"ID|0038 4417"}},
		{"on 4 June '24 and 12-Mar-2024", []string{"DATE|4 June '24", "DATE|12-Mar-2024"}},
		{"we're in Atlanta, Georgia 30310 now", []string{"ADDRESS|Atlanta, Georgia 30310"}},
		{"at 24-26 Kingsley Road, the office", []string{"ADDRESS|24-26 Kingsley Road"}},
		{"I know it by heart, 19750322018.", []string{"ID|19750322018"}},
		{"my NRC is 551203/61/1, then", []string{"ID|551203/61/1"}},
		{"the TIN, 40-33817-2-9. And", []string{"ID|40-33817-2-9"}},
		{"twelve digits. 1988 4521 7730. I have", []string{"ID|1988 4521 7730"}},
		{"the card, like 08-771203 F 22, their", []string{"ID|08-771203 F 22"}},
		{"my HKID is R123456(7).", []string{"ID|R123456(7)"}},
		{"his is KTL-PED-31188 on the chart", []string{"ID|KTL-PED-31188"}},
		{"Or ring me. I'm mostly in. 2233 4815, that's the house.", []string{"PHONE|2233 4815"}},
		{"Like mine is 1 1975 8 0061234 1 22. You read it in groups", []string{"ID|1 1975 8 0061234 1 22"}},
		{"The ID is KQW7E3PZ. I am reading it", []string{"ID|KQW7E3PZ"}},
		{"the citizenship certificate. Hers is 27-02-68-01192. Many", []string{"ID|27-02-68-01192"}},
		{"Or my number, 6 94 18 52 07, that is Orange.", []string{"PHONE|6 94 18 52 07"}},
		{"But for the form I give 751 2280. That's Digicel.", []string{"PHONE|751 2280"}},
		{"I was discharged le jeudi 4 avril 2019, that's how", []string{"DATE|le jeudi 4 avril 2019"}},
		{"It's written Jestha 3, 2081, in our calendar", []string{"DATE|Jestha 3, 2081"}},
		{"the form says 12 de marzo de 2024 at the top", []string{"DATE|12 de marzo de 2024"}},
		{"I knew it by heart, 4 0 9 2 7 7 1 5, and that's", []string{"ID|4 0 9 2 7 7 1 5"}},
		{"Her card said KT 558120, I had to", []string{"ID|KT 558120"}},
		{"her PHIN is 214 907 331. I remember", []string{"ID|214 907 331"}},
		{"And mobile is 96 512 384. Landline's gone", []string{"PHONE|96 512 384"}},
		{"My mobile is 56007788, but I prefer WhatsApp", []string{"PHONE|56007788"}},
		{"the landline, 02-331947, but nobody uses it", []string{"PHONE|02-331947"}},
		{"Social Security is S.S. No. 204417. And then", []string{"ID|S.S. No. 204417"}},
		{"The day they told us was 3 Shawwal 1443. I remember", []string{"DATE|3 Shawwal 1443"}},
		{"the operation on Hidar 9, 2014, that is our calendar", []string{"DATE|Hidar 9, 2014"}},
		// not identifiers
		{"the NHS was different in 2019-2020, when 250 000 people waited", nil},
		{"my phone had 64 000 000 bytes, and 2019 2020 2021 were hard", nil},
		{"we counted 1 2 3 4 5 6 and then stopped", nil},
		{"I was on the phone 1500 2000 times, and paid by mobile money 2500000 shillings", nil},
		{"we scored 3 14 15 92 65 in the quiz, and had COVID19 in mars", nil},
		{"the grant, mine is €1250000 and his £3400000, all told", nil},
		{"we had 1998 2003 2011 as the bad years, and 1,500,000 pounds", nil},
		{"on 12/03/2024 and in 2023/24 and COVID-19 in 2020-2021-2022", []string{"DATE|12/03/2024"}},
		{"my hospital number, and we did 3 4 5 steps, 2019 2020 2021", nil},
	})
}

func TestDetectSpokenAddressAndNI(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"the postcode is L S six, two A B, I think", []string{"ADDRESS|L S six, two A B"}},
		{"postcode: M1 4BT.", []string{"ADDRESS|M1 4BT"}},
		{"my post code's B fifteen, two T T", []string{"ADDRESS|B fifteen, two T T"}},
		{"we're at twelve Ashfield Road now", []string{"ADDRESS|twelve Ashfield Road"}},
		{"number 9, Carrow Way, by the river", []string{"ADDRESS|number 9, Carrow Way"}},
		{"14 Elm Grove, Leeds, LS6 2AB", []string{"ADDRESS|14 Elm Grove, Leeds, LS6 2AB"}},
		{"12 Peachtree St, Atlanta, Georgia 30310.", []string{"ADDRESS|12 Peachtree St, Atlanta, Georgia 30310"}},
		{"National Insurance, it's J T four eight two one nine three B.", []string{"ID|J T four eight two one nine three B"}},
		// not identifiers
		{"the postcode lottery, A and E, the ones I saw", nil},
		{"I said A, B, C, one two three, D", nil},
	})
}

func TestDetectStructuredDecoys(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"the Red Crescent helped, and Downing Street said no", nil},
		{"I keep it all on Google Drive, it's easy", nil},
		{"on the first of June, two thousand people marched", nil},
		{"for reference 2019 2020, the hospital number changed", nil},
		{"the first of January two thousand.", []string{"DATE|the first of January two thousand"}},
	})
}

// Forms none of the labelled sets holds, to check that detection goes by
// the shape and the cue rather than by the schemes seen so far.
func TestDetectGeneralCodes(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"The letter said reference ZX/11/40392-Q, and", []string{"ID|ZX/11/40392-Q"}},
		{"they had QB-552-7719T on file", []string{"ID|QB-552-7719T"}},
		{"the complaint ref was ADV-19-204417.", []string{"ID|ADV-19-204417"}},
		{"the scheme reference, KLT-PB-0081236, every time", []string{"ID|KLT-PB-0081236"}},
		{"my PPS number is 1234567TA, and", []string{"ID|1234567TA"}},
		{"His PPS number. Mine is 7654321 P W. Easy.", []string{"ID|7654321 P W"}},
		{"my service number, 30412286, they wanted", []string{"ID|30412286"}},
		{"the Medicare number 1EG4-TE5-MK73 on the card", []string{"ID|1EG4-TE5-MK73"}},
		{"the claim number was 771-30492", []string{"ID|771-30492"}},
		{"a policy number, LV.2210.87, on the form", []string{"ID|LV.2210.87"}},
		// not IDs
		{"take 4000IU of vitamin D, then 10000IU weekly", nil},
		{"ward 12B, bed 4, COVID-19, the M62, a B12 jab", nil},
		{"His PPS number. I was 1234567 A lot of them", []string{"ID|1234567"}},
		{"the reference year was 2019-2020, 2021", nil},
		{"SW1A 1AA and the A1234 road", []string{"ADDRESS|SW1A 1AA"}},
	})
}

func TestDetectGeneralEmailsAndAddresses(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"write to maeve at carerslink dot ie, she", []string{"EMAIL|maeve at carerslink dot ie"}},
		{"it's kofi dot mensah eighty-one at outlook dot com.", []string{"EMAIL|kofi dot mensah eighty-one at outlook dot com"}},
		{"j dash okoro at gmail dot com", []string{"EMAIL|j dash okoro at gmail dot com"}},
		{"anna at klinik dot de, or", []string{"EMAIL|anna at klinik dot de"}},
		{"email jun at peers dot org dot uk", []string{"EMAIL|jun at peers dot org dot uk"}},
		{"our old flat, Flat 14, Marlowe Court, was damp", []string{"ADDRESS|Flat 14, Marlowe Court"}},
		{"Apartment 3B Kestrel Tower", []string{"ADDRESS|Apartment 3B Kestrel Tower"}},
		{"the café on Harringay Lanes, by the", []string{"ADDRESS|Harringay Lanes"}},
		{"at 7 Ferry Quay now", []string{"ADDRESS|7 Ferry Quay"}},
		{"23 Dunmore Avenue, D04 K7W2, if", []string{"ADDRESS|23 Dunmore Avenue, D04 K7W2"}},
		{"Toronto, ON M5V 3L9 is", []string{"ADDRESS|M5V 3L9"}},
		{"in Fitzroy VIC 3065 now", []string{"ADDRESS|VIC 3065"}},
		// not e-mails or addresses
		{"have a look at nhs dot uk, or find us at carers dot ie", nil},
		{"we're at carers dot ie and it was at home", nil},
		{"Flat 3 was empty, the A12 and the A65 at night", nil},
		{"Room 12, Oncology Building, then", nil},
	})
}

// Identifiers that run on past what the patterns know (widen.go), and
// reference numbers of other countries' shapes: forms from the brief's
// list of countries, written for this test (not copied from any set).
func TestDetectRunOnAndOtherCountries(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// a weekday said before a date
		{"the meeting was on Thurs 9/11/2022 at the hall", []string{"DATE|Thurs 9/11/2022"}},
		{"it came Mon, 3rd April 2023.", []string{"DATE|Mon, 3rd April 2023"}},
		// the town, region and postcode after a street
		{"we're at 22 Oak Crescent, Rathfarnham, Co. Dublin, D14 XY82. Come by", []string{"ADDRESS|22 Oak Crescent, Rathfarnham, Co. Dublin, D14 XY82"}},
		{"the office is 7 Church Road, Woodstock, 7925, next to the shop", []string{"ADDRESS|7 Church Road, Woodstock, 7925"}},
		{"drop it to 5 Maple Avenue, Hamilton, ON L8P 4R5.", []string{"ADDRESS|5 Maple Avenue, Hamilton, ON L8P 4R5"}},
		{"Flat 3, Shanti Niwas, 5th Cross, Jayanagar, Bengaluru 560011.", []string{"ADDRESS|Flat 3, Shanti Niwas, 5th Cross, Jayanagar, Bengaluru 560011"}},
		// ... but not the sentence going on after the street
		{"I grew up at 12 Elm Street, Leeds is where my gran lived", []string{"ADDRESS|12 Elm Street"}},
		// a scheme's letters before a number, its check letter after
		{"my pension reference, DWP 4471 2290 B, is on the letter", []string{"ID|DWP 4471 2290 B"}},
		{"the CRN is 318 447 902J.", []string{"ID|318 447 902J"}},
		// numbers after a cue, whatever the country
		{"his tax file number, 459-221-807, went on the form", []string{"ID|459-221-807"}},
		{"her Aadhaar is 7731 4402 9186 and the rest", []string{"ID|7731 4402 9186"}},
		{"the card says QKT3318, keep it", []string{"ID|QKT3318"}},
		{"the code is K7P 3RT 9WX if they ask", []string{"ID|K7P 3RT 9WX"}},
		{"and mine — 9011235800084 — is on the card", []string{"ID|9011235800084"}},
		// a spaced landline with a one-digit area code, a domain of a country
		{"the clinic is 04 555 2817, ring after nine", []string{"PHONE|04 555 2817"}},
		{"it's all on carersnet.org.za now", []string{"URL|carersnet.org.za"}},
		// addresses given by a locator, streets named kind first
		{"come to Plot 14, Block D, Adum, any Saturday", []string{"ADDRESS|Plot 14, Block D, Adum"}},
		{"we live in House 9, Street 12, Gulberg, near the market", []string{"ADDRESS|House 9, Street 12, Gulberg"}},
		{"the postal address is P.O. Box 2231-00100, Nairobi, for letters", []string{"ADDRESS|P.O. Box 2231-00100, Nairobi"}},
		{"send it to No. 4, Jalan Mawar 2, 81200 Johor Bahru.", []string{"ADDRESS|No. 4, Jalan Mawar 2, 81200 Johor Bahru"}},
		{"my nan's at 14 Ffordd y Glyn now", []string{"ADDRESS|14 Ffordd y Glyn"}},
		{"the clinic is at 12-C Mabini Avenue, past the church", []string{"ADDRESS|12-C Mabini Avenue"}},
		// a short phone after a phone's cue; long groups in a reference
		{"just ring the office line, 6271 0934, any time", []string{"PHONE|6271 0934"}},
		{"my national ID number, 42101-3318204-7, they photocopied it", []string{"ID|42101-3318204-7"}},
		// a locator in lower case or another language, parts before and
		// after the part found (tuned on blind9)
		{"we stay at my aunt's, flat 3, 17 Kasr El Nil Street, these days", []string{"ADDRESS|flat 3, 17 Kasr El Nil Street"}},
		{"our place is Résidence Les Palmiers, Imm 2, Appt 14, Route d'Agadir, come by", []string{"ADDRESS|Résidence Les Palmiers, Imm 2, Appt 14, Route d'Agadir"}},
		{"she lives out in Keur Massar, rue 8, maison 21, very far", []string{"ADDRESS|Keur Massar, rue 8, maison 21"}},
		{"my sister's house, Rua dos Lírios, n.º 412, near the market", []string{"ADDRESS|Rua dos Lírios, n.º 412"}},
		{"the march went along Avenida 25 de Setembro. It was hot", []string{"ADDRESS|Avenida 25 de Setembro"}},
		{"the clinic is at No. 9, Street 271, Sangkat Tuol Tumpung Muoy 2. Come", []string{"ADDRESS|No. 9, Street 271, Sangkat Tuol Tumpung Muoy 2"}},
		{"we meet at No. 15, 62nd Street, between 28th and 29th Streets, on Fridays", []string{"ADDRESS|No. 15, 62nd Street, between 28th and 29th Streets"}},
		{"they live in Chingeltei district, 5th khoroo, building 22, apartment 8. In winter", []string{"ADDRESS|Chingeltei district, 5th khoroo, building 22, apartment 8"}},
		// a scheme's capitals in the same breath, letters of another
		// script run into the number, Myanmar's registration number
		{"and her NIF is 204 518 337, she keeps it safe", []string{"ID|204 518 337"}},
		{"his card says ЕК48211907 at the top", []string{"ID|ЕК48211907"}},
		{"the registration is 12/LaMaNa(N)118204, on the card", []string{"ID|12/LaMaNa(N)118204"}},
		// streets named kind first or by a suffix with the number after,
		// grid towns, alleys, lots, a shop before a street, a house number
		// after its street (tuned on blind10)
		{"the clinic on Jirón Ucayali 245, next to the bank", []string{"ADDRESS|Jirón Ucayali 245"}},
		{"write to Av. Las Flores 880, Miraflores. Thanks", []string{"ADDRESS|Av. Las Flores 880, Miraflores"}},
		{"she lives at prospekt Chui 117, kv. 12. In winter", []string{"ADDRESS|prospekt Chui 117, kv. 12"}},
		{"we met at Laugavegur 31, on Tuesday", []string{"ADDRESS|Laugavegur 31"}},
		{"the office, 6a. Calle 2-15, Zona 10. Everyone came", []string{"ADDRESS|6a. Calle 2-15, Zona 10"}},
		{"her house, ngõ 24 Hàng Bông, is small", []string{"ADDRESS|ngõ 24 Hàng Bông"}},
		{"in Colonia Las Rosas, lote 9. Come early", []string{"ADDRESS|Colonia Las Rosas, lote 9"}},
		{"the shop, Shop 2, 40 Hume Highway, Lansvale NSW 2166, is open", []string{"ADDRESS|Shop 2, 40 Hume Highway, Lansvale NSW 2166"}},
		{"at the hall, Rustaveli Avenue 24. Every week", []string{"ADDRESS|Rustaveli Avenue 24"}},
		// countries' domains, a domain that is a word after a web cue
		{"the website, hoaphuong.vn, is old", []string{"URL|hoaphuong.vn"}},
		{"and a link, sjukrahus.is. That's all", []string{"URL|sjukrahus.is"}},
		// a date in Indonesian, an identity card with its department, a
		// landline with its area code in brackets, the office's number
		{"we began on Rabu, 7 Agustus 2024 at eight", []string{"DATE|Rabu, 7 Agustus 2024"}},
		{"my carnet, that's 6123458 CB, on the form", []string{"ID|6123458 CB"}},
		{"the post calls (044) 51-2290 for us", []string{"PHONE|(044) 51-2290"}},
		{"Or the office, 4-2276519, in the mornings", []string{"PHONE|4-2276519"}},
		// not identifiers (found by review of the tenth tuning): names
		// ending like a street's kind, words run together, a year, capitals
		// after a number, a rut, a population, an amount at the office
		{"Katie 3 years ago, she moved", []string{"PERSON|Katie"}},
		{"It was hard.My mum came.", nil},
		{"Visit her.Is that okay?", nil},
		{"Version 2.ai was better.", nil},
		{"We were on Main Street 1990s.", []string{"ADDRESS|Main Street"}},
		{"the hospital number is 1234567 GP.", []string{"ID|1234567"}},
		{"I was in a rut for 12345678 days", nil},
		{"The office said the bill was 12 345 678.", nil},
		{"The CI was 12345678 wide.", nil},
		{"Av. Age 45.", nil},
		{"Visit bbc.co.uk please.", []string{"URL|bbc.co.uk"}},
		// not identifiers: a street and a count after it, a sentence
		// without its space, a floor and a room
		{"we walked down Elm Street 5 minutes later", []string{"ADDRESS|Elm Street"}},
		{"He said it.Is that right?", nil},
		// not identifiers: counts after capitals, rooms and blocks of a
		// hospital, counts said in hundreds, tens or teens (found by review)
		{"the NGO raised 400 218 000 shillings that year", nil},
		{"The UNICEF report said 12 345 678 children", nil},
		{"The IMF gave us 450 300 120 dollars", nil},
		{"[LAUGHS] They said 12 345 678 people came.", nil},
		{"RESP: the loan was 12 500 750 shillings", nil},
		{"He said YES, it was 10 250 375 in total.", nil},
		{"we were in block 4, room 12, for a week", nil},
		{"I lived in house 3, flat 2, then moved.", nil},
		{"We were at the clinic, room 3, building 2, all morning.", nil},
		{"the kids from block 4, street 5, all came.", nil},
		{"we were in block 4, 3rd floor, by the lift.", nil},
		{"She was on the Maternity ward, building 2, for a week.", nil},
		{"we lived in flat 2, between Christmas and Easter.", nil},
		{"the number of people was three hundred, four hundred, five hundred a day", nil},
		{"the phone bills were three hundred, four hundred, five hundred", nil},
		{"the number of people was twenty, thirty, forty, fifty, sixty", nil},
		{"the card game, we played twenty-one, twenty-two, twenty-three, twenty-four rounds", nil},
		{"My kids? Mine are twelve, fourteen, seventeen, twenty.", nil},
		// ... while an address after a sentence's first word keeps its place
		{"In Delap, Lot 47, by the church.", []string{"ADDRESS|Delap, Lot 47"}},
		{"we saw 1200 people, then 3400 more", nil},
		{"a number of us, about 1 500 000 people, live with it", nil},
		{"the years 2019 2020 2021 were hard", nil},
		{"we raised 250 000 for the unit", nil},
		{"I was born in 1978 and moved in 1994", nil},
	})
}

// TestDetectCuedAddressesAndNumbers holds the forms tuned on blind11: an
// address of any country's shape after a speaker says one is coming or as
// the answer to a question asking for one; identity numbers with dotted
// thousands or a check digit; a phone's bracketed area code and last
// group; Spanish spoken e-mail; a Buddhist-era date; a short link.
func TestDetectCuedAddressesAndNumbers(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"we used to meet at her house, Riviera Palmeraie 4e tranche, îlot 17, lot 230, but now we are many.", []string{"ADDRESS|Riviera Palmeraie 4e tranche, îlot 17, lot 230"}},
		{"Send it to my address, Rruga e Durrësit, Pallati 45, Shkalla 2, Ap. 11, 1001 Tiranë. Thanks.", []string{"ADDRESS|Rruga e Durrësit, Pallati 45, Shkalla 2, Ap. 11, 1001 Tiranë"}},
		{"sometimes at my house, Amir Temur ko'chasi, 12-uy, 3-xonadon. Second floor.", []string{"ADDRESS|Amir Temur ko'chasi, 12-uy, 3-xonadon"}},
		{"Interviewer: Where should we post the letter?\nSomchai: 12 Moo 4, Tambon Nai Mueang, Amphoe Mueang, Udon Thani 41000. Thank you.", []string{"ADDRESS|12 Moo 4, Tambon Nai Mueang, Amphoe Mueang, Udon Thani 41000"}},
		{"Interviewer: And the centre, where is it?\nAmina: Purok Santan, Barangay Poblacion 3, beside the mosque.", []string{"PERSON|Amina", "ADDRESS|Purok Santan, Barangay Poblacion 3"}},
		{"Interviewer: How would the nurse find you?\nJosé: Here, calle Las Palmas 22-14 y Olmedo, the yellow house.", []string{"PERSON|José", "ADDRESS|calle Las Palmas 22-14 y Olmedo"}},
		{"My cédula is 3.402.118, and my number at the clinic is different.", []string{"ID|3.402.118"}},
		{"the cédula, mine is 1.020.334.871, I know it by heart.", []string{"ID|1.020.334.871"}},
		{"Mine is 402-2231187-5. Everybody knows theirs.", []string{"ID|402-2231187-5"}},
		{"the pension card has another number, NSS 031-22-50418.", []string{"ID|NSS 031-22-50418"}},
		{"and the landline, (71) 255-40-18, my husband answers it.", []string{"PHONE|(71) 255-40-18"}},
		{"I wrote it in my phone, it's 3318 4420 517. Then we left.", []string{"PHONE|3318 4420 517"}},
		{"the A-number, like A 204 557 831. Do you need it?", []string{"ID|A 204 557 831"}},
		{"It's ana punto lucia arroba gmail punto com, with the dots.", []string{"EMAIL|ana punto lucia arroba gmail punto com"}},
		{"Last visit was 03/09/2566, in the Buddhist year.", []string{"DATE|03/09/2566"}},
		{"The group is t.me/amigas_del_rio and the page too.", []string{"URL|t.me/amigas_del_rio"}},
		// not addresses or numbers
		{"We sold the house, 2 years after he died.", nil},
		{"I cleaned the house, 3 rooms, on Tuesday.", nil},
		{"She stayed at my house, Room 4, for two weeks.", nil},
		{"My house, 15 minutes from Kano, is small.", nil},
		{"Interviewer: Where were you admitted?\nAda: Ward 7, Bed 12, at the General.", []string{"PERSON|Ada"}},
		{"The number of cases was 1.200.000 last year.", nil},
		{"My rent is 2.500.000 guaraníes a month.", nil},
	})
}

// TestCuedFormsLeaveSpeechAlone holds what a review of the blind11 tuning
// found it took from ordinary speech: "at that point" read as a spoken
// e-mail, counts, years, times, names and services after an address cue,
// answers to questions that ask for no address, amounts with dotted
// thousands, an organisation's phone, a list's marker; and the identity
// numbers of that shape it had missed.
func TestCuedFormsLeaveSpeechAlone(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"I was struggling at that point in my life.", nil},
		{"My CD4 was 200 at that point so they started me on the pills.", nil},
		{"We were 40 at one point in the group.", nil},
		{"We live in 2 rooms, Mama, Fiston and me.", []string{"PERSON|Fiston"}},
		{"She lives in Cocody, 2 children, no husband.", nil},
		{"We lived in Marawi, 2017.", nil},
		{"Send them to Dr Mensah, 3 copies.", []string{"PERSON|Mensah"}},
		{"Send it to Mama, 10:30.", nil},
		{"Send it to Pharmacy 2, they open at 9.", nil},
		{"Interviewer: Where do you get your medicine?\nAda: Pharmacy 2, near the bus stop.", []string{"PERSON|Ada"}},
		{"Interviewer: Where was the meeting?\nAda: Kumasi, 2019, in December.", []string{"PERSON|Ada"}},
		{"Interviewer: Where is the clinic you go to?\nAda: Bus 42, then walk.", []string{"PERSON|Ada"}},
		{"Interviewer: Where should we send the voucher?\nAda: Um, 14 Calle Los Cedros, Medellín.", []string{"PERSON|Ada", "ADDRESS|14 Calle Los Cedros, Medellín"}},
		{"My viral load number was 1.200.000.", nil},
		{"My account had 2.300.000, my husband paid the rest.", nil},
		{"My account had COP 1.500.000.", nil},
		{"Call MSF 0161 496 0012 if you need them.", []string{"PHONE|0161 496 0012"}},
		{"The ADHD 0161 496 0012 line helped.", []string{"PHONE|0161 496 0012"}},
		{"Numbers: (1) 07700 900123, (2) 07700 900456.", []string{"PHONE|07700 900123", "PHONE|07700 900456"}},
		{"Espoir, that is what the group gave me.", nil},
		{"Yes Madam President, we agree.", nil},
		{"I pray to Lord Jesus every night.", nil},
		// identity numbers of that shape
		{"My ID number is 1.001.456.782 and my wife's is different.", []string{"ID|1.001.456.782"}},
		{"My cédula number is 1.001.456.782 from Bogotá.", []string{"ID|1.001.456.782"}},
		{"Y mi cédula es 1.001.456.782, la tengo aquí.", []string{"ID|1.001.456.782"}},
	})
}

// TestDetectBlind12Forms holds the forms tuned on blind12: addresses of
// other languages' locators, streets named before their kind, grid towns'
// crossings, European "street, postcode town", postcodes after their name;
// dates with an article and months of more languages; spoken e-mail in
// more languages; phones given as one's own; file numbers with Roman
// numerals; identity numbers after a document's name.
func TestDetectBlind12Forms(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"It is her flat, Résidence Les Orangers, bloc C, appartement 9, route de Gremda km 3, near the pharmacy.", []string{"ADDRESS|Résidence Les Orangers, bloc C, appartement 9, route de Gremda km 3"}},
		{"We meet there. Kazımdirik Mahallesi, 372/8 Sokak No: 14. The muhtar is kind.", []string{"ADDRESS|Kazımdirik Mahallesi, 372/8 Sokak No: 14"}},
		{"Or at my flat. Azadlıq prospekti 112, mənzil 48, ninth floor.", []string{"ADDRESS|Azadlıq prospekti 112, mənzil 48"}},
		{"On Sundays. Colonia Los Pinos, sector 4, bloque 9, casa 12. Choloma.", []string{"ADDRESS|Colonia Los Pinos, sector 4, bloque 9, casa 12"}},
		{"the centre is Barrio El Centro, 3 avenida, 5 calle S.O., once a month.", []string{"ADDRESS|Barrio El Centro, 3 avenida, 5 calle S.O."}},
		{"The office is rue 12.045, porte 31, secteur 12, near the market.", []string{"ADDRESS|rue 12.045, porte 31, secteur 12"}},
		{"at the centre, avenue Likasi n° 18, quartier Kenya, on Tuesdays.", []string{"ADDRESS|avenue Likasi n° 18, quartier Kenya"}},
		{"in winter at the café. Nemanjina 7, 11000 Beograd. He gives the room.", []string{"ADDRESS|Nemanjina 7, 11000 Beograd"}},
		{"To the house. Rua das Flores, 45, 3.º Dto., 4050-262 Porto. Thank you.", []string{"ADDRESS|Rua das Flores, 45, 3.º Dto., 4050-262 Porto"}},
		{"at our place, Bv. Pellegrini 880, piso 2, depto C, the código postal is S2000ABC.", []string{"ADDRESS|Bv. Pellegrini 880, piso 2, depto C", "ADDRESS|S2000ABC"}},
		{"The first meeting was el 3 de julio del 2023, in the hall.", []string{"DATE|el 3 de julio del 2023"}},
		{"the last one, le 6 mars 2024, was the same.", []string{"DATE|le 6 mars 2024"}},
		{"It started on 23 Nisan 2022, the children's day.", []string{"DATE|23 Nisan 2022"}},
		{"The whole group came on 19. decembra 2023. My grandsons too.", []string{"DATE|19. decembra 2023"}},
		{"She was diagnosed late, 14. 3. 2023., stage four.", []string{"DATE|14. 3. 2023"}},
		{"I applied on 2023년 5월 8일, Parents' Day.", []string{"DATE|2023년 5월 8일"}},
		{"The e-mail is grup.umut et gmail nokta com, with the dot.", []string{"EMAIL|grup.umut et gmail nokta com"}},
		{"It's clube.amigos arroba sapo ponto pt, all small letters.", []string{"EMAIL|clube.amigos arroba sapo ponto pt"}},
		{"Or call me, 25 603 118, any time after eight.", []string{"PHONE|25 603 118"}},
		{"Old number, 8 (7222) 52-14-07, a landline in Semey.", []string{"PHONE|8 (7222) 52-14-07"}},
		{"My number, 064/218-35-07. Or the group's.", []string{"PHONE|064/218-35-07"}},
		{"We got a decision with a number, his is br. 182-II-4417/2022.", []string{"ID|br. 182-II-4417/2022"}},
		{"And the dossier at the hospital is 2023/04512, I wrote it down.", []string{"ID|2023/04512"}},
		{"they need the DNI of the kid, 54.218.906, and mine.", []string{"ID|54.218.906"}},
		{"and the Cartão de Cidadão, 10834572 8 ZX3. I know it by heart.", []string{"ID|10834572 8 ZX3"}},
		// not identifiers
		{"The ID card costs 1.500.000 now, nobody can pay.", nil},
		{"We had the years 2019/2020 and 2021/22 with no money.", nil},
		{"He was 40 at that point in the group, 2 rooms, no job.", nil},
		{"During Covid 19, 1500 Italians died in one day.", nil},
		{"I take Vitamin D 20, 4000 IU in winter.", nil},
		{"C'est la base et le point de départ.", nil},
		{"They said my pin code, 1234, was wrong.", nil},
		{"Text me, 1200 2000 steps a day is the goal.", nil},
	})
}

// TestNamesOfOtherLanguages holds the names and non-names tuned on
// blind12: speaker roles in other languages, places named with a
// particle, peoples, honorifics, long names with particles, Korean given
// names; and what the review of that tuning found it had let leak.
func TestNamesOfOtherLanguages(t *testing.T) {
	d := withSpeakers(t, "Moderadora", "Animatrice", "Voditeljka", "Sunny", "Rasmata")
	runCases(t, d, []detectCase{
		{"Moderadora: Where do you meet?\nSunny: At the hall.", []string{"PERSON|Sunny"}},
		{"We went to the Hospital de Niños and then to Vila do Conde.", nil},
		{"Most of the people I see are Syrians, no papers.", nil},
		// A name alone in brackets is a speaker's tag as often as a
		// language ("[Mariana] I don't want to"): it stays a name.
		{"[Mariana] I don't want to talk about that.", []string{"PERSON|Mariana"}},
		{"and Park seonsaengnim runs it, he's a social worker.", []string{"PERSON|Park"}},
		{"P: Maria da Conceição Ferreira Lopes. [laughs] That's all of it.", []string{"PERSON|Maria da Conceição Ferreira Lopes"}},
		{"My son Min-jun failed the exam three times.", []string{"PERSON|Min-jun"}},
		{"Welcome, Papa Espoir. Thank you.", []string{"PERSON|Espoir"}},
		{"I had the number and I just called. Old friends answer.", nil},
		{"My friend Villa Mendes came with me.", []string{"PERSON|Villa Mendes"}},
		{"My husband, Adrians, works nights.", []string{"PERSON|Adrians"}},
		{"The nurse, Ana Paula dos Santos Pereira, was lovely.", []string{"PERSON|Ana Paula dos Santos Pereira"}},
		{"Did Grace do Pilates with you?", []string{"PERSON|Grace"}},
	})
}

// TestDetectBlind13Forms holds the forms tuned on blind13: numbers said in
// words after the same number in digits, "dot" and "at" of more languages,
// the Persian and Tetum calendars and Japan's eras, more locators and
// neighbourhoods, a place said first in a sentence, short reference
// numbers after their name, German insurance numbers, dotted numbers with
// a check digit; speaker labels in capitals, kin titles of other languages.
func TestDetectBlind13Forms(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"It's 618 145 2290. Well, we say it like, six-eighteen, one forty-five, twenty-two ninety. She answers.", []string{"ID|618 145 2290", "ID|six-eighteen, one forty-five, twenty-two ninety"}},
		{"Email — desi tochka petrova klyomba abv tochka bg, we say klyomba for the at.", []string{"EMAIL|desi tochka petrova klyomba abv tochka bg"}},
		{"Email is tante apenstaartje outlook punt com, monkey tail.", []string{"EMAIL|tante apenstaartje outlook punt com"}},
		{"so elif punkt yilmaz at gmx punkt de, with the dot.", []string{"EMAIL|elif punkt yilmaz at gmx punkt de"}},
		// Every language's dot but "point" marks a local part, "at" said in English.
		{"so zuzka bodka novak at azet bodka sk, that one.", []string{"EMAIL|zuzka bodka novak at azet bodka sk"}},
		{"it is jean piste martin at free piste fr now.", []string{"EMAIL|jean piste martin at free piste fr"}},
		{"we were low point people at that point.", nil},
		{"The first camp was on 14 Esfand 1401, just before the new year.", []string{"DATE|14 Esfand 1401"}},
		{"When was that? Sabadu, 15 Agostu 2021. Assumption day.", []string{"DATE|Sabadu, 15 Agostu 2021"}},
		{"We went at night. Reiwa 4-nen 11-gatsu 3-ka — that's the third.", []string{"DATE|Reiwa 4-nen 11-gatsu 3-ka"}},
		{"And we live at Colonia Las Flores, pasaje 3, casa número 41, behind the school.", []string{"ADDRESS|Colonia Las Flores, pasaje 3, casa número 41"}},
		{"we meet in my yard, Carré 212, Akpakpa Centre. Sunday after mass.", []string{"ADDRESS|Carré 212, Akpakpa Centre"}},
		{"It's in a basement. Khiaban-e Azadi, Kuche-ye Laleh, Pelak 12, Vahed 4. The stairs are hard.", []string{"ADDRESS|Khiaban-e Azadi, Kuche-ye Laleh, Pelak 12, Vahed 4"}},
		{"We live at zh.k. Lyulin 5, bl. 312, vh. A, et. 2, ap. 8, across the road.", []string{"ADDRESS|zh.k. Lyulin 5, bl. 312, vh. A, et. 2, ap. 8"}},
		{"the office on str. Mihai Viteazul 12, ap. 4, MD-2001. In Bălți, my kitchen.", []string{"ADDRESS|str. Mihai Viteazul 12, ap. 4, MD-2001"}},
		{"Her flat, honestly. Arabkir, 31st street, building 14, apartment 8. Every Sunday.", []string{"ADDRESS|Arabkir, 31st street, building 14, apartment 8"}},
		{"They give a process number, mine is 14/5578. Many women don't have one.", []string{"ID|14/5578"}},
		{"My historia clínica is HC 24-0711, I carry it in a bag.", []string{"ID|HC 24-0711"}},
		{"the Sozialversicherungsnummer too, 65 120396 Y 512, I had to look for it.", []string{"ID|65 120396 Y 512"}},
		{"My cédula is 4.812.337-5, I know it.", []string{"ID|4.812.337-5"}},
		// not identifiers
		{"We had the years 2019/2020 and then 12/2021 was hard.", nil},
		{"The 3 of us, 14 Esfand, no year given.", nil},
	})
	d := withSpeakers(t, "YOLI", "ENT", "MSK")
	runCases(t, d, []detectCase{
		{"ENT: And contact details?\nYOLI: My address. Thank you, Yoli.", []string{"PERSON|YOLI", "PERSON|Yoli"}},
		{"Neša: Baba Stana made sarma for forty. He said, Maman, let them.", []string{"PERSON|Neša", "PERSON|Stana"}},
	})
}

// TestAccentedListWordsMatch: the word lists are looked up by folded keys,
// so a role, a title or a place's kind written with accents in the lists
// matches ("Enquêtrice:" is a role, "Señora" a title), but a short one
// does not turn a name into a title ("tía" and "Tia"). Found reading
// blind14's false names (its unseen figures were measured before).
func TestAccentedListWordsMatch(t *testing.T) {
	d := withSpeakers(t, SpeakerLabels("Enquêtrice: Bonjour.\nAwa: Oui.")...)
	runCases(t, d, []detectCase{
		{"Enquêtrice: Bonjour, on commence?\nAwa: Oui.", []string{"PERSON|Awa"}},
		{"At Señora Reina's house on Sundays.", []string{"PERSON|Reina"}},
		{"Tia came with Ed, her aunt.", []string{"PERSON|Tia", "PERSON|Ed"}},
	})
}

// TestBlind13TuningLeavesSpeechAlone holds what a review of the blind13
// tuning found it took from ordinary speech or let a name lose.
func TestBlind13TuningLeavesSpeechAlone(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"My lowest point was at that point in my life.", nil},
		{"The reference range is 135-145 for sodium.", nil},
		{"I read the number off the chart, 120/80, fine.", nil},
		{"The number of referrals in 2020/21 doubled.", nil},
		{"Price was 1 950 000 shillings, one nine five oh oh oh oh.", nil},
		{"It was 1998-1999, nineteen ninety-eight, nineteen ninety-nine.", nil},
		{"It says lot 21 100423 B 001 on the pen's box.", nil},
		{"We drove a Tata Sumo to the clinic.", nil},
		{"Wallahi, house 7, Crescent Road, was full.", []string{"ADDRESS|house 7, Crescent Road"}},
		{"Ich brauche nicht 2 mehr 1400 Euro.", nil},
	})
	d := withSpeakers(t, "INTV", "ENFERMERA", "ABUELA", "Tia", "Ed")
	runCases(t, d, []detectCase{
		{"INTV: And then?\nABUELA: She had a TIA in March, then she was in ED again.", nil},
		{"ENFERMERA: Tia came with Ed.", []string{"PERSON|Tia", "PERSON|Ed"}},
	})
}

// TestDetectBlind14Forms holds the forms tuned on blind14: phones read
// aloud in French and Spanish pairs, more calendars and months, weekdays
// of other languages before a date, lower-case street kinds, a postcode
// and town before a street, Brazil's CEP, letter codes and file numbers
// after a cue, a number's sign, Belgian and French national numbers.
func TestDetectBlind14Forms(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"Mine, quatre-vingt-dix, trente-trois, zéro sept, cinquante-neuf. Sorry.", []string{"PHONE|quatre-vingt-dix, trente-trois, zéro sept, cinquante-neuf"}},
		{"she does the Tuesdays: cero cuatro veinticuatro, seis nueve uno, cero ocho, cuarenta y dos. Many.", []string{"PHONE|cero cuatro veinticuatro, seis nueve uno, cero ocho, cuarenta y dos"}},
		{"Fanta's is zéro sept, cinquante-deux, dix-huit, zéro quatre, soixante et onze. And.", []string{"PERSON|Fanta", "PHONE|zéro sept, cinquante-deux, dix-huit, zéro quatre, soixante et onze"}},
		{"I started the tablets on 22 Hamal 1402, in spring.", []string{"DATE|22 Hamal 1402"}},
		{"I went in on 2023. június 14., a Wednesday.", []string{"DATE|2023. június 14"}},
		{"It happened Venerdì 3 maggio 2019, after the feast.", []string{"DATE|Venerdì 3 maggio 2019"}},
		{"The first visit was on 113年4月8日, the Republic year.", []string{"DATE|113年4月8日"}},
		{"I started the sessions on mercredi 10/04/24 with her.", []string{"DATE|mercredi 10/04/24"}},
		{"And the pharmacy is at via Roma 12, 09124 Cagliari. We meet there.", []string{"ADDRESS|via Roma 12, 09124 Cagliari"}},
		{"The centre de santé, 12 rue de Lyon, 93100 Montreuil. Every Wednesday.", []string{"ADDRESS|12 rue de Lyon, 93100 Montreuil"}},
		{"For the post it's 1082 Budapest, Baross utca 41, that's the flat.", []string{"ADDRESS|1082 Budapest, Baross utca 41"}},
		{"At the women's centre, kuchai Rudaki 14, upstairs.", []string{"ADDRESS|kuchai Rudaki 14"}},
		{"The CEP is 52060-150, near the market.", []string{"ADDRESS|52060-150"}},
		{"And the clinic number, AD-QC-0317. And contacts?", []string{"ID|AD-QC-0317"}},
		{"It's on the carnet, number 2022/ORL/0457, in the book.", []string{"ID|2022/ORL/0457"}},
		{"They ask the number, like my husband's, n° 7503004517.", []string{"ID|n° 7503004517"}},
		{"On the back of the ID card. Mine is 83.11.07-226.41.", []string{"ID|83.11.07-226.41"}},
		{"For example, my sécu number, 2 79 05 99 145 287 36, is long.", []string{"ID|2 79 05 99 145 287 36"}},
		// not identifiers
		{"On compte: un, deux, trois, quatre, cinq, six, sept, huit.", nil},
		{"Tenemos dos, tres, cuatro niños y cinco nietos.", nil},
	})
}

// TestBlind14TuningLeavesSpeechAlone holds what a review of the blind14
// tuning found it took from ordinary speech or let a name lose.
func TestBlind14TuningLeavesSpeechAlone(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"We practised counting with the children, uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez.", nil},
		{"The ages were trente, quarante, cinquante, soixante ans, all of them.", nil},
		{"My weight went ochenta, setenta y cinco, setenta, sesenta y ocho kilos.", nil},
		{"She scored quinze, seize, dix-sept, dix-huit sur vingt.", nil},
		{"Or me! seis seis cero uno, cuarenta, dieciocho. I answer always.", []string{"PHONE|seis seis cero uno, cuarenta, dieciocho"}},
		{"I heard about the group via Radio 4.", nil},
		{"We ordered 3 via Amazon and they came late.", nil},
		{"Mario Sabato 12/06/2021 signed the form.", []string{"PERSON|Mario Sabato", "DATE|12/06/2021"}},
		{"In 2018 Leeds, 12 Avenue Road was our flat.", []string{"ADDRESS|12 Avenue Road"}},
		{"My number in the CBT-ED-2023 trial was 14.", nil},
		{"It was 2023. november 14. when I moved.", []string{"DATE|2023. november 14"}},
	})
}

// TestKunyaIsAName: an Arabic kunya ("Umm Yousef", Yousef's mother) is a
// name with its first word, in speech and as a speaker's label, while
// "umm" alone is a filler. Found reading blind16's missed names (its
// unseen figures were measured before).
func TestKunyaIsAName(t *testing.T) {
	d := withSpeakers(t, "Umm Yousef", "Interviewer")
	runCases(t, d, []detectCase{
		{"Umm Yousef: I came in 2019. Umm, it was hard.\nInterviewer: And Abu Nizar?", []string{"PERSON|Umm Yousef", "PERSON|Abu Nizar"}},
		{"Umm, I don't know. Yousef knows.", []string{"PERSON|Yousef"}},
	})
}

// TestDetectBlind17Forms holds the forms tuned on blind17 (after its unseen
// figures were measured): the Cantonese familiar "Ah" before a name the
// lists know, the Bengali calendar, and Polish and Luxembourg postcodes
// after a street. (A teacher's title and the Nepali year first were tried
// and taken out: a review found "Teacher Training" and "2022 Kartik 14"
// made names and dates.)
func TestDetectBlind17Forms(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"The exercises. Ah Fong made a video, calf raises.", []string{"PERSON|Ah Fong"}},
		{"Ah Kowloon, and Ah Mandarin: a place and a language.", nil},
		{"Teacher Training and Teacher Day, in 2022 Kartik 14 turned six.", []string{"PERSON|Kartik"}},
		{"Ah, I see. Ah okay. Ah Good Lord, that was hard. Ah Monday, yes.", nil},
		{"The Teacher Training College is near the station.", nil},
		{"Our new year, 1st Boishakh 1431, everybody celebrating.", []string{"DATE|1st Boishakh 1431"}},
		{"a room in my building, ul. Głęboka 15, 43-400 Cieszyn, and the next month.", []string{"ADDRESS|ul. Głęboka 15, 43-400 Cieszyn"}},
		{"Send it to Grand-Rue 7, L-1660 Luxembourg, please.", []string{"ADDRESS|Grand-Rue 7, L-1660 Luxembourg"}},
		{"Chapter 12, 43-400 pages later, and in 2080 we moved.", nil},
	})
}

// TestDetectBlind16Forms holds the forms tuned on blind16 (after its unseen
// figures were measured): spoken e-mail in Latvian, Slovene, Norwegian and
// Danish; a day with a dot before a month in Scandinavian and Estonian,
// Polish, Czech and Croatian months, and Latvian dates, year first.
func TestDetectBlind16Forms(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"The e-mail I manage: ilze punkts berzina et inbox punkts lv. That's it.", []string{"EMAIL|ilze punkts berzina et inbox punkts lv"}},
		{"we say afna: janez pika kovac afna siol pika net. Written it's different.", []string{"EMAIL|janez pika kovac afna siol pika net"}},
		{"the nurse made it: xaliimo.cabdi krøllalfa hotmail punktum com. The curly a.", []string{"EMAIL|xaliimo.cabdi krøllalfa hotmail punktum com"}},
		{"And e-mail, rima.khatib snabel-a gmail punktum com, the elephant's trunk.", []string{"EMAIL|rima.khatib snabel-a gmail punktum com"}},
		{"Yes, since 1. september 2023. I open the room.", []string{"DATE|1. september 2023"}},
		{"I was in hospital from 2022. gada 4. jūlijā — the fourth of July.", []string{"DATE|2022. gada 4. jūlijā"}},
		{"He came home 4 lipca 2022 and slept.", []string{"DATE|4 lipca 2022"}},
		{"The operation was 4. července 2022, in Brno.", []string{"DATE|4. července 2022"}},
		{"She was born 12. srpnja 1987. in Mostar.", []string{"DATE|12. srpnja 1987"}},
		{"My son, born 3. juuli 2010 in Tartu.", []string{"DATE|3. juuli 2010"}},
		{"Then in April 2023 the pika at the zoo was at the gate.", nil},
		{"We met at that point, gada by gada, in 2022.", nil},
	})
}

// TestDetectBlind15Forms holds the forms tuned on blind15: spoken e-mail
// in Slovak, Finnish and Swiss German, Portuguese weekdays and "dia"
// before a date, Spanish "el martes"; numbers after a number's sign.
func TestDetectBlind15Forms(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"Or e-mail, zuzka bodka novakova zavináč azet bodka sk, that's it.", []string{"EMAIL|zuzka bodka novakova zavináč azet bodka sk"}},
		{"I'm the contact: aino piste laine ät gmail piste com, phone later.", []string{"EMAIL|aino piste laine ät gmail piste com"}},
		{"And mine, yoni punkt haile ät bluewin punkt ch. Swiss style.", []string{"EMAIL|yoni punkt haile ät bluewin punkt ch"}},
		{"He went sexta-feira, 3 de Setembro de 2021, four days after.", []string{"DATE|sexta-feira, 3 de Setembro de 2021"}},
		{"That was dia 5 de Abril de 2024, near Easter.", []string{"DATE|dia 5 de Abril de 2024"}},
		{"The training was el martes 2 de mayo del 2023, ninety workers.", []string{"DATE|el martes 2 de mayo del 2023"}},
		{"Ät the end we all went home.", nil},
		// A number's sign makes a reference of a number in any shape, with
		// the scheme's capitals before the sign; not a phone said as one,
		// nor a bus or a room.
		{"Same card! N° 0419 8827 36. Every time.", []string{"ID|N° 0419 8827 36"}},
		{"I had a photo on my phone — BI nº 0 871 442. They accepted it!", []string{"ID|BI nº 0 871 442"}},
		{"my husband worked for the State. CNAM n° 07-224-1985. The amlodipine.", []string{"ID|CNAM n° 07-224-1985"}},
		{"Call me on n° 0612 345 678 tonight.", []string{"PHONE|0612 345 678"}},
		{"Bus n° 12 goes there, and room n° 4 at 10:30; 250 000 people came.", nil},
	})
}
