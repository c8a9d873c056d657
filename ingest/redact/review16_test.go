package redact

import "testing"

// Review of the blind16 tuning (spoken e-mail words, dotted-day and new
// months' dates, Latvian dates, numbers after a number's sign): ordinary speech that must stay unmarked, and
// identifiers in the new forms that must be found whole. Written by a
// reviewer who read the code but no labelled set; every sentence that
// failed was fixed but three leaks left as they were before the tuning:
// a one-word local part before English "at" ("ilze at inbox punkts lv"),
// a dotted day before a capitalised English month ("15. April 2022":
// "I was 17. April 2021 he came back" is speech), and a number starting
// with zero after "my ID is" ("0 512 778": "doses of 0 250 500" is not).

// TestReview16Email covers the spoken "dot" and "at" words added, and the
// local part's dots derived from foreignDot.
func TestReview16Email(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// Addresses that must be found.
		{"My e-mail is ilze punkts berzina at inbox punkts lv, the Latvian one.", []string{"EMAIL|ilze punkts berzina at inbox punkts lv"}},
		{"write to janez pika kovac at siol pika net, he answers.", []string{"EMAIL|janez pika kovac at siol pika net"}},
		{"it's ole punktum hansen at hotmail punktum dk for the forms.", []string{"EMAIL|ole punktum hansen at hotmail punktum dk"}},
		{"anna piste virtanen at gmail piste com is the one to use.", []string{"EMAIL|anna piste virtanen at gmail piste com"}},
		{"the coordinator is peter bodka hruska at zoznam bodka sk, write him.", []string{"EMAIL|peter bodka hruska at zoznam bodka sk"}},
		{"kari punktum nilsen krøllalfa online punktum no, that's mine.", []string{"EMAIL|kari punktum nilsen krøllalfa online punktum no"}},
		{"so it's lena punkt berg snabel-a telia punkt se, all small.", []string{"EMAIL|lena punkt berg snabel-a telia punkt se"}},
		{"We write lena snabela gmail punkt com on the form.", []string{"EMAIL|lena snabela gmail punkt com"}},
		{"Mine is rima snabel-a gmail dot com, yes.", []string{"EMAIL|rima snabel-a gmail dot com"}},
		{"She gave peteris punkts ozols et gmail punkts com to the nurse.", []string{"EMAIL|peteris punkts ozols et gmail punkts com"}},
		{"The group mail is eva pika novak afna gmail pika com now.", []string{"EMAIL|eva pika novak afna gmail pika com"}},
		{"send it to mads punktum jensen snabel-a mail punktum dk please.", []string{"EMAIL|mads punktum jensen snabel-a mail punktum dk"}},
		{"the address was xaliimo krøllalfa hotmail punktum com, short.", []string{"EMAIL|xaliimo krøllalfa hotmail punktum com"}},
		{"Use sara_holm snabel-a outlook punkt se for that.", []string{"EMAIL|sara_holm snabel-a outlook punkt se"}},
		{"it is ilze.berzina at inbox punkts lv, with a real dot.", []string{"EMAIL|ilze.berzina at inbox punkts lv"}},
		{"matti piste virtanen ät suomi24 piste fi is his.", []string{"EMAIL|matti piste virtanen ät suomi24 piste fi"}},
		{"my daughter's is anna punktum lund at gmail punktum com.", []string{"EMAIL|anna punktum lund at gmail punktum com"}},
		{"You can reach janez pika horvat at gmail dot com too.", []string{"EMAIL|janez pika horvat at gmail dot com"}},
		// Said so, one word before "at" and a foreign dot after it.
		// "snabel a" and "krollalfa" as transcribers write them.
		{"it's rima snabel a gmail punkt com, the trunk.", []string{"EMAIL|rima snabel a gmail punkt com"}},
		{"write jon krollalfa online punktum no, that is how he spells it.", []string{"EMAIL|jon krollalfa online punktum no"}},
		// Czech "tečka".
		{"e-mail jana tečka novakova zavináč seznam tečka cz, please.", []string{"EMAIL|jana tečka novakova zavináč seznam tečka cz"}},

		// Speech that must stay unmarked.
		{"The pika was at that point in decline up there.", nil},
		{"She told me pika chakula at that point in time, so I cooked.", nil},
		{"the red piste was at that point in the season closed.", nil},
		{"my son loves pika pika at this point it is all he says.", nil},
		{"Danes end a sentence with punktum and at that point in the talk nobody argues.", nil},
		{"The ski piste one at that point in March was icy.", nil},
		{"mans punkts bija at that point in time, you know.", nil},
		{"In Slovak a dot is bodka so at this point it is easy.", nil},
		{"I had to punt it at that point in the game.", nil},
		{"I said no punktum at that point in my life.", nil},
		{"Punktum. That's it, I stopped drinking at that point.", nil},
		{"In Norway the sign is krøllalfa, a funny word.", nil},
		{"The Swedes say snabel-a for the sign, the elephant's trunk.", nil},
		{"On the bike path, la piste cyclable et le point de départ, I rode.", nil},
		{"We saw a pika at the zoo, and at that point I cried.", nil},
		{"Pika means cook, we pika ugali at home in the evening.", nil},
		{"Her pilkku was wrong at that point in the letter.", nil},
		{"The punkts were at the top of the page, point one and two.", nil},
	})
}

// TestReview16Dates covers the dotted day before a month, the months
// added (English lower case, Estonian, Polish, Czech, Croatian) and Latvian
// dates, year first.
func TestReview16Dates(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// Dates that must be found.
		{"since 1. november 2021 I have run the group.", []string{"DATE|1. november 2021"}},
		{"She died on 3. december 2019, in the night.", []string{"DATE|3. december 2019"}},
		{"the diagnosis came on 2. september 2020.", []string{"DATE|2. september 2020"}},
		{"Born 12. srpnja 1987. in the old hospital.", []string{"DATE|12. srpnja 1987"}},
		{"We left 5 listopada 2020 by bus.", []string{"DATE|5 listopada 2020"}},
		{"The lockdown, 11 marca 2020, I was alone.", []string{"DATE|11 marca 2020"}},
		{"My first meeting was 1 maja 2019.", []string{"DATE|1 maja 2019"}},
		{"He died 24 grudnia 2018 at home.", []string{"DATE|24 grudnia 2018"}},
		{"The surgery was 3 października 2021 in the city.", []string{"DATE|3 października 2021"}},
		{"I got the result 30 września 2017, a Saturday.", []string{"DATE|30 września 2017"}},
		{"admitted 4 lipca 2022 r. to the ward", []string{"DATE|4 lipca 2022"}},
		{"The operation was 4. července 2022, in the morning.", []string{"DATE|4. července 2022"}},
		{"The clinic shut on 12. března 2020.", []string{"DATE|12. března 2020"}},
		{"she started school 1. září 2019", []string{"DATE|1. září 2019"}},
		{"my son was born 2. listopadu 2015.", []string{"DATE|2. listopadu 2015"}},
		{"it happened 14. veljače 2021, Valentine's.", []string{"DATE|14. veljače 2021"}},
		{"We came 25. prosinca 2020 to the camp.", []string{"DATE|25. prosinca 2020"}},
		{"He was released 1. studenoga 2019.", []string{"DATE|1. studenoga 2019"}},
		{"the test was 3. kolovoza 1995 I think.", []string{"DATE|3. kolovoza 1995"}},
		{"My father died 24. veebruar 2022, that morning.", []string{"DATE|24. veebruar 2022"}},
		{"the baby came 3. juuni 2015 at night.", []string{"DATE|3. juuni 2015"}},
		{"we moved 12. detsember 2020 to the flat.", []string{"DATE|12. detsember 2020"}},
		{"I stopped on 1. märts 2021.", []string{"DATE|1. märts 2021"}},
		{"I was admitted 2019. gada 12. martā, in spring.", []string{"DATE|2019. gada 12. martā"}},
		{"She started work 2021. gada 1. septembrī.", []string{"DATE|2021. gada 1. septembrī"}},
		{"The letter said 2023. gada 14. februārī, nothing else.", []string{"DATE|2023. gada 14. februārī"}},
		// Latvian "from" (genitive) and "until" (dative), and without dots.
		{"I was on leave no 2020. gada 15. marta, for a month.", []string{"DATE|2020. gada 15. marta"}},
		{"The permit runs līdz 2024. gada 4. jūlijam now.", []string{"DATE|2024. gada 4. jūlijam"}},
		{"It was 2022 gada 4 jūlijā, I remember.", []string{"DATE|2022 gada 4 jūlijā"}},
		// Estonian "on" (adessive), Danish and Swedish months, Slovak and
		// Slovene genitives, a dot run into the month.
		{"My son was born 3. juulil 2010 in the city.", []string{"DATE|3. juulil 2010"}},
		{"It started den 4. marts 2022, a Friday.", []string{"DATE|den 4. marts 2022"}},
		{"He came den 4. augusti 2022 to Malmö.", []string{"DATE|den 4. augusti 2022"}},
		{"born 4. júla 2022 at the hospital.", []string{"DATE|4. júla 2022"}},
		{"rojen 4. julija 2022 at home.", []string{"DATE|4. julija 2022"}},
		{"since 1.september 2023 I volunteer.", []string{"DATE|1.september 2023"}},

		// Speech that must stay unmarked.
		{"The ward had beds for 20. December 2021 was the worst month.", nil},
		{"My son was 12. September 2020 was when he got sick.", nil},
		{"Deaths hit 45 December 2020 alone.", nil},
		{"Before that I weighed 95. November 2019 I started the diet.", nil},
		{"Question 3. November 2019, where were you?", nil},
		{"I was 17. April 2021 he came back.", nil},
		{"The score was 10. April 2020 we stopped.", nil},
		{"I was 30. December 2019 I lost my job.", nil},
		{"We had 60 december 2022 admissions, twice the usual.", nil},
		{"In maja 2021 I moved to the city.", nil},
		{"Only 4 listopada, no year, that's what she wrote.", nil},
		{"We had 2 lipca, I mean two in July, in 2022.", nil},
		{"we call the brand marca, 2020 was its best year.", nil},
		{"since 2022. gada was a hard word for me.", nil},
		{"In 2022, gada means year in Latvian.", nil},
		{"The pills come in 20 September packs, 2021 was the first.", nil},
		{"From april 2023 the pika at the zoo was at the gate.", nil},
		{"The word dubna is April in Czech, 2 of us knew it in 2019.", nil},
		{"We sing in 3 lipnja, I mean in June, every 2022 festival.", nil},
	})
}

// TestReview16NumberSign covers a number after a number's sign (n°, nº,
// N°, №) with the scheme's capitals before it, a phone said after a sign,
// and what a sign numbers that is no identifier.
func TestReview16NumberSign(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		// References that must be found.
		{"My card, N° 7731 0042 15, is in the drawer.", []string{"ID|N° 7731 0042 15"}},
		{"AMO n° 12 345 678 is on the card.", []string{"ID|AMO n° 12 345 678"}},
		{"his NIF n° 123 456 789 is on the paper.", []string{"ID|NIF n° 123 456 789"}},
		{"My CIN n° AB123456 was stolen.", []string{"ID|CIN n° AB123456"}},
		{"BI nº 0 871 442, they took it.", []string{"ID|BI nº 0 871 442"}},
		{"the CNSS n° 07-224-1985 for my father.", []string{"ID|CNSS n° 07-224-1985"}},
		{"dossier n° 4821337 at the hospital.", []string{"ID|n° 4821337"}},
		{"Nº 20481157 is the file.", []string{"ID|Nº 20481157"}},
		{"Cartão de utente nº 123 456 789, I know it.", []string{"ID|nº 123 456 789"}},
		{"CNAM N° 1234567890 on the letter.", []string{"ID|CNAM N° 1234567890"}},
		{"Certificate № 4471/2021 was issued to me.", []string{"ID|№ 4471/2021"}},
		{"The French social security, n° 1 85 05 78 006 084 36.", []string{"ID|n° 1 85 05 78 006 084 36"}},
		// Numbers after a sign in a count's or a list's shape, or led by zeros.
		{"Patient n° 0045871 at the clinic.", []string{"ID|n° 0045871"}},
		{"RAMED n° 1 234 567 is my card.", []string{"ID|RAMED n° 1 234 567"}},
		{"Carte n° 12 34 56 78 at the desk.", []string{"ID|n° 12 34 56 78"}},
		{"passport № 031774 was lost in the flood.", []string{"ID|№ 031774"}},
		{"ID n° 5 501 237, the new card.", []string{"ID|n° 5 501 237"}},

		// Phones after a sign stay phones.
		{"Call me on n° 0612 345 678 tonight.", []string{"PHONE|0612 345 678"}},
		{"my mobile n° 07700 900123, any time.", []string{"PHONE|07700 900123"}},
		{"tel. n° 01 45 67 89 10 for the office.", []string{"PHONE|01 45 67 89 10"}},
		{"the SOS n° 0800 23 13 13 is free.", []string{"PHONE|0800 23 13 13"}},
		{"portable n° 06 12 34 56 78, c'est moi.", []string{"PHONE|06 12 34 56 78"}},
		{"my cell n° is 0803 123 4567.", []string{"PHONE|0803 123 4567"}},
		{"Ring SOS Amitié n° 09 72 39 40 50 at night.", []string{"PHONE|09 72 39 40 50"}},
		{"WhatsApp n° +33 6 12 34 56 78 is best.", []string{"PHONE|+33 6 12 34 56 78"}},

		// What a sign numbers that is no identifier.
		{"The bus n° 121 goes to the clinic, it takes 45 minutes.", nil},
		{"I was in bed n° 7, ward 12.", nil},
		{"We stayed in room № 305 of the hostel.", nil},
		{"My son is at school № 57 now.", nil},
		{"The ILO Convention n° 169 protects indigenous people.", nil},
		{"Resolution n° 1325 was about women.", nil},
		{"The law, loi n° 2002-303, gave patients rights.", nil},
		{"The decree, décret n° 2016-1234, changed the rules.", nil},
		{"Depression is the n° 1 cause of disability, 280 000 000 people.", nil},
		{"I wore the N° 5 perfume and it cost 1500000 rupiah.", nil},
		{"the lottery gave n° 7, and the price was 2500000 dong.", nil},
		{"N° 1 priority: 12 500 000 people need care.", nil},
		{"Vaccine dose n° 3 was in March, 150 000 doses that week.", nil},
		{"She was the n° 1 in her class of 1996.", nil},
		{"He scored n° 2 out of 1 200 000 applicants.", nil},
		{"Form n° 2042 is the tax return everyone fills.", nil},
		{"Line n° 4 of the metro takes 20 minutes, 1 300 000 riders a day.", nil},
		{"Step n° 4 in the twelve steps is hard.", nil},
		{"Tram n° 12 then bus n° 38, that's 2 changes.", nil},
		{"I took the n° 5 bus at 7:45, 2 stops.", nil},
		{"Hospital № 40 treated 12 000 patients that year.", nil},
		{"Symphony n° 9 lasted 70 minutes.", nil},
		{"She lives at n° 14, two doors down.", nil},
		{"Apartment n° 3, we paid 1 250 000 francs.", nil},
		{"the n° 1 thing in 2019 2020 was the virus.", nil},
		{"My mother has N° 3, 4 and 5 of the keys.", nil},
		{"They gave me card n° 4 and number 12.", nil},
	})
}

// TestReview16ZeroCount: counts and doses that begin with a zero stay
// counts (the tuning once read them as numbers).
func TestReview16ZeroCount(t *testing.T) {
	runCases(t, plain(t), []detectCase{
		{"card number 01 234 567, the new one.", []string{"ID|01 234 567"}},
		{"On the card the doses were 0 250 500 mg.", nil},
		{"Her chart showed doses of 0 250 500, then stopped.", nil},
		{"My account had 0 350 000 left after rent.", nil},
		{"The code levels go 0 100 200 on the scale.", nil},
		{"The account showed 250 000 and then 0.", nil},
	})
}
