package redact

import "strings"

// Word lists used to tell names from transcript noise. All entries are
// fold()ed keys (lower case, no accents). These are read-only after package
// initialisation.

// fillers and discourse words of speech.
var fillerWords = setOf(`
um umm ummm uh uhh uhm erm errm er ehm em ah ahh aah oh ooh oo mm mmm mhm mm-hm mm-mm hmm hm hmmm
yeah yea yeh yes yep yup no nope nah naw okay ok okey alright aright right well so like sure
wow gosh golly blimey bloody cheers thanks thank sorry please hello hi hey hiya bye aye ha haha hah
huh eh ugh ouch whoa oops anyway anyways basically honestly actually obviously literally definitely
absolutely totally really just also still exactly true yeah-yeah innit init ta bless crikey jeez
laughs laughing laughter pause inaudible crosstalk unclear silence sighs sigh coughs
ehn ehen`)

// functionWords are closed-class English words and very common sentence
// starters; capitalised only because a sentence starts with them.
var functionWords = setOf(`
a an the this that these those there here where when what which who whom whose why how
i i'm i'd i'll i've im me my mine myself you you're you've you'd you'll your yours yourself yourselves
he he's he'd he'll him his himself she she's she'd she'll her hers herself it it's its itself
we we're we've we'd we'll us our ours ourselves they they're they've they'd they'll them their theirs themselves
one ones someone somebody something anyone anybody anything everyone everybody everything nobody nothing none
and or but nor if then than because cos cause as while whilst though although unless until till since so yet
for of in on at by to from with without within about above below under over into onto through throughout
during before after between among against around across along up down out off again once upon towards toward
all any both each every few many more most much other others some such not only own same too very
can can't cannot could couldn't would wouldn't shall should shouldn't might must mustn't
do don't does doesn't did didn't done doing be am is isn't are aren't was wasn't were weren't been being
have haven't has hasn't had hadn't having get got gets getting gotten go goes went gone going
let let's say says said tell told know knew think thought mean means meant see saw look looked
come came give gave take took make made want wanted need needed feel felt try tried put keep kept
now then later afterwards sometimes often always never usually mostly maybe perhaps probably possibly
hopefully luckily sadly unfortunately fortunately apparently eventually finally firstly secondly lastly
anyway besides otherwise however therefore instead meanwhile also even just only still already
yesterday today tomorrow tonight morning evening afternoon night week weekend month year
first second third last next other another every
good great fine lovely nice bad terrible awful brilliant amazing
what's that's there's here's where's who's how's it'll that'll there'd
ok okay yes no ive youre dont cant wont thats theres didnt doesnt isnt wasnt couldnt wouldnt shouldnt`)

// roleWords are speaker roles and person nouns that are never names, in
// English and in the languages transcribers label speakers in
// ("Moderadora:", "Animatrice:", "Voditeljka:").
var roleWords = setOf(`
interviewer interviewers interviewee participant participants respondent moderator facilitator researcher
speaker person people unknown unidentified both all group everyone multiple audience chair host
note notes q a r i p iv int resp mod fac res
mother father mum mom dad parent parents carer carers caregiver caregivers patient patients
nurse nurses doctor doctors clinician clinicians staff volunteer volunteers mentor mentors mentee mentees
buddy buddies peer peers coach coaches translator interpreter female male man woman men women
partner husband wife son daughter child children sibling brother sister friend friends member members
team leader worker workers practitioner consultant consultants gp gps transcriber transcript transcription
student students teacher boss manager coordinator co-ordinator navigator physio therapist counsellor
counselor psychologist psychiatrist pharmacist surgeon oncologist midwife chaplain receptionist
family twins twin kid kids lady ladies gentleman gentlemen guys bloke lad lads girl girls boy boys
sir madam mate mates folks folk everybody
moderador moderadora facilitador facilitadora entrevistador entrevistadora entrevistado entrevistada participante
investigador investigadora pesquisador pesquisadora coordinador coordinadora promotor promotora
animateur animatrice enquêteur enquêtrice modérateur modératrice médiateur médiatrice intervieweur intervieweuse
voditelj voditeljka moderatorka anketar anketarka görüşmeci moderatör katılımcı araştırmacı intervievator
mediator mediatoare moderatorin interviewerin teilnehmer teilnehmerin intervistatore intervistatrice
kérdező riporter interjúztató moderátor résztvevő интервьюер интервьюерка модератор модераторка ведущий ведущая респондент
респондентка участник участница інтерв'юер інтерв’юер модераторка ведучий ведуча ankieter ankieterka prowadząca prowadzący
badacz badaczka uczestnik uczestniczka tazatel tazatelka moderátorka haastattelija haastateltava fasilitaattori gespreksleider
gesprächsleiter gesprächsleiterin pewawancara narasumber penemubual mhojaji mwezeshaji tagapanayam συνεντευκτής συντονιστής
συντονίστρια intervistues intervistuese interviuotojas interviuotoja intervētājs intervētāja intervjueerija
インタビュアー 聞き手 司会 采访者 访谈者 主持人 면담자 진행자`)

// isRoleLabel reports whether key, a speaker's label, is a role: one of
// roleWords, or a word for the interviewer or interviewee in a language
// the list lacks ("Intervjuer", "Intervjuare", "Entrevistadore"). In
// speech the prefixes prove nothing ("Mr Entrevero").
func isRoleLabel(key string) bool {
	return roleWords[key] || labelOnlyRoles[key] || strings.HasPrefix(key, "interv") || strings.HasPrefix(key, "entrev")
}

// labelOnlyRoles are roles that label speakers ("Fasilitator:", "Peserta
// 2:", a podcast's "Guest:") but, unlike roleWords, are not weighed as
// role words in running text, where in Malay and Indonesian they stand
// before a name as a title does ("Responden Siti mengatakan…", "Peserta
// Budi"): a role word there would cut the name off.
var labelOnlyRoles = setOf(`fasilitator penemuduga penyelidik peserta responden jurubahasa penterjemah guest cohost caller presenter panelist panellist`)

// titles are forms of address that precede a name and stay outside the span.
var titleWords = setOf(`dr dra opa oma teta yiayia giagia babcia akka opanin nha nho lok ataata anaana doctora doutora doutor doctor mr mister mrs ms miss mx prof professor sister brother nurse sir dame rev revd reverend cllr councillor captain capt auntie aunty uncle matron father fr pastor imam rabbi
colonel col major sergeant sgt constable inspector detective lieutenant lt lord lady judge
mama ma papa maman mamá papá mami papi baba rra mma tante tita tito lola lolo kuya ate ntate m'e mme mzee bwana alhaji alhaja hajia hajiya sheikh granny grandma grandpa grandad grandfather grandmother
madam madame monsieur mademoiselle daw khun ustadz ustaz ustadzah ustazah ustad frau herr hanım xanım babua bebia tía tío doña señora señor senhor sr sra srta hajja doamna doamnă domnul coach midwife
whaea matua koro kuia nanay tatay manang manong aling ma'am ma’am dokter encik cik pengiran hagga hagg
pani pan pane paní panie anh thra thramu emama teacher boss yemma khalti bhuti makhulu kaka amatxi aitite amona aitona abuela abuelo malam mbak hajjat hajat dott
signora signor signore signorina kyria kyrios kyrie doc sensei obaa obaachan obaasan ojii ojiichan ojiisan baachan jiichan`)

// namePrefixWords begin a name as a part of it: an Arabic kunya, a name by
// one's child ("Umm Yousef", Yousef's mother; "Abu Nizar"), or the
// Cantonese familiar "Ah" ("Ah Fong"), or the Karen "Naw" and "Saw"
// ("Naw Dah Blut"; before a common given name "Saw" is the verb, "Saw
// Mary there"). Capitalised before a name they are part of it; "umm" and
// "ah" alone are fillers.
var namePrefixWords = setOf(`umm um oum om abu abou ah naw saw`)

// officeWords after a title name an office, not a person: "Madam
// President", "Mr Chairman", "Madam Speaker".
var officeWords = setOf(`president chairman chairwoman chairperson chair secretary minister speaker mayor governor director
manager treasurer principal headmaster headmistress superintendent commissioner chief ambassador deputy`)

// nameTitles precede a name like titleWords but are names or words too
// ("Mr Pak", "Kim Bu", "Haja said"): they introduce the name after them
// and are never stop-words themselves. "Kak" and "Mam" are Kurdish
// (brother, uncle: "Mam Hagop").
var nameTitles = setOf(`pak bu ibu bapak thra sra haja hadja kak mam aum ashi dasho pater`)

// givenNameTitles are titles that are given names too, and so no noise
// as titleWords are: "Mang", a Tagalog title for an older man ("Mang
// Ramon", the name after it alone), is a Chin and a Chinese name ("Pau
// Khan Mang", "Zhang Mang", "The surname is Mang").
var givenNameTitles = setOf(`mang`)

// calendarWords: days, months, seasons, festivals. The seasons that are
// given names ("my daughter Summer") are not here: commonWordNames holds
// them, names only with further evidence.
var calendarWords = setOf(`
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays
mon tue tues wed weds thu thur thurs fri sat
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
spring fall christmas xmas easter ramadan eid diwali hanukkah chanukah passover
thanksgiving halloween valentine valentine's hogmanay lent advent new`)

// otherNonNames are capitalised words that transcripts use often and that
// are not people: religion, family forms of address, eponymous conditions,
// organisations, brands, apps, services, departments, nationalities,
// languages and common medicines.
var otherNonNames = setOf(`
god gods lord jesus christ allah buddha heaven hell bible quran koran church chapel mosque temple synagogue
mum mom mummy mommy mam mammy mama mother dad daddy papa father nan nana nanna nanny gran granny grandma
grandmother grandad granddad grandpa grandfather aunt auntie aunty uncle sis bro hubby madame monsieur mademoiselle
ma'am ma’am maam dokter día signora signor signore signorina doc mija mijo mijita mijito zona postal benh salud
nanay tatay inay itay thatha achchi aachchi seeya omma eomma halmoni halmeoni harabeoji ajumma ajeossi ajusshi
alzheimer alzheimer's alzheimers parkinson parkinson's parkinsons crohn crohn's crohns hodgkin hodgkin's
non-hodgkin huntington huntington's down down's addison addison's cushing cushing's graves hashimoto
bell's asperger asperger's aspergers tourette tourette's raynaud raynaud's lyme kawasaki guillain barre
meniere meniere's als copd covid covid-19 coronavirus
google googled googling facebook whatsapp zoom teams skype youtube instagram twitter tiktok snapchat
amazon alexa siri apple iphone ipad android samsung microsoft netflix ebay kindle fitbit
nhs macmillan mind samaritans tesco asda boots sainsbury's sainsburys aldi lidl morrisons waitrose
medicare medicaid uber lyft libre freestyle omnipod dexcom ozempic mounjaro wegovy
oncology cardiology haematology hematology neurology radiology radiotherapy chemotherapy chemo respiratory
maternity paediatrics pediatrics gynaecology obstetrics urology dermatology rheumatology psychiatry
a&e icu picu hdu ward wards unit units clinic clinics hospital hospitals hospice surgery pharmacy
centre center infirmary royal general st saint pod level room bed theatre outpatients inpatients
emergency department dept reception lobby canteen cafe café library council government
english british scottish welsh irish american african asian caribbean nigerian ghanaian indian pakistani
bangladeshi chinese polish bulgarian romanian spanish french german italian portuguese filipino mexican
latino latina hispanic muslim christian jewish hindu sikh catholic protestant black white arabic urdu
punjabi hindi somali europe european african-american
herceptin tamoxifen letrozole anastrozole entresto bisoprolol furosemide ramipril ventolin salbutamol
spiriva trelegy seretide symbicort aricept donepezil memantine lantus novorapid humalog metformin insulin
sertraline citalopram fluoxetine mirtazapine olanzapine quetiapine lithium diazepam paracetamol
ibuprofen aspirin warfarin apixaban atorvastatin simvastatin morphine oramorph oxycodone codeine tramadol
prednisolone omeprazole carvedilol spironolactone oxaliplatin capecitabine docetaxel keytruda
internet online lockdown pandemic uni university college school hmrc dwp pip esa
cbt dbt ect ptsd ocd adhd dka nec rds pda icd
mister missus sainsbury mcdonald mcdonald's
london manchester leeds birmingham liverpool sheffield bristol newcastle glasgow edinburgh cardiff belfast
leicester nottingham coventry bradford hull wigan bolton oldham salford stockport wakefield sunderland
southampton portsmouth plymouth brighton oxford cambridge norwich exeter york yorkshire lancashire kent
essex surrey devon cornwall scotland wales england ireland britain uk usa us
chicago boston seattle atlanta denver phoenix philadelphia detroit miami texas california florida ohio
illinois michigan arizona america canada australia nigeria lagos ghana india pakistan poland jamaica
africa asia spain france germany italy portugal romania bulgaria somalia china japan oman bolivia egypt libya israel`)

// groupKindWords end a programme's or a group's name and say what kind of
// group it is: "Mercy Porch Families", "Faith Harbour Circle".
var groupKindWords = setOf(`families family circle group groups club friends pairs parents mothers fathers sisters brothers network line mates buddies partners neighbours neighbors crew kitchen hour evenings mornings`)

// protectedPhrases are organisations and titles that contain a person's
// name but are not people ("Marie Curie did the night sits").
var protectedPhrases = [][]string{
	{"marie", "curie"}, {"sue", "ryder"}, {"ronald", "mcdonald"}, {"florence", "nightingale"},
	{"john", "lewis"}, {"marks", "and", "spencer"}, {"marks", "&", "spencer"}, {"coronation", "street"},
	{"great", "ormond", "street"}, {"dr", "google"}, {"doctor", "google"},
	{"asante", "sana"},     // Swahili, "thank you very much"; Asante is a family name too
	{"zikomo", "kwambiri"}, // Chichewa, the same
	{"dia", "de", "los", "muertos"}, {"dia", "de", "muertos"}, {"carte", "vitale"}, {"dar", "es", "salaam"},
	{"xin", "loi"}, {"bao", "hiem"}, // Vietnamese: "sorry", "insurance"
}

// orgWords ending a capitalised run make it the name of an organisation,
// a place or a thing ("Social Services", "Coronation Street", "Carers Card").
var orgWords = setOf(`
services service street road avenue card society foundation trust council centre center clinic hospital
hospice unit ward team group club network association charity institute department programme program
project partnership college university school academy surgery practice pharmacy allowance benefit
credit scheme line helpline website app forum café cafe shop store market
pool lodge valley square star manor farm cottage abbey castle tower estate gardens terrace crescent
drive close grove mews place lane sjukrahus sjukehus sykehus sygehus sjukhus sjukhuset sykehuset sygehuset`)

// ambiguousNames are first names that are also common English words. At
// the start of a sentence, or after "the"/"a", they are names only with
// further evidence.
var ambiguousNames = setOf(`
will hope grace mark rose faith joy may june april august bill pat sue ray rich frank jack iris lily daisy
holly ivy penny dawn summer autumn sky skye river victor sunny earl dean hunter mason page chase drew
gene guy art bob rob cliff dale glen heath lance mike neil nick peg rusty sandy sonny wade cat crystal
amber ruby pearl jade honor honour patience prudence charity mercy harmony melody heather robin jay
martin don ivy bud buck dash cash king sterling miles mercy`)

// particles may appear in lower case inside a multi-word name.
var nameParticles = setOf(`bin bint binti bte ibn anak ag walet welet ould mint van von der den de da do dos das del della dela delos di du le la al el abu ben mac st`)

// personVerbs after a sentence-initial ambiguous name make it a name
// ("Will said", "Hope and I").
var personVerbs = setOf(`
said says say told tells was is has had came comes rang rings called calls asked asks and who went goes
did does used gets got took takes gave gives knows knew thinks thought looked wrote writes sent sends
picked drove drives texts texted runs ran helped helps set sat brought brings explained explains taught
teaches showed shows organised organises organized organizes lives lived died passed works worked
would will could can never always also just still reckons reckoned makes made puts put cooks cooked`)

// directCues introduce a name: "a lady called Joy", "her name's Ngozi".
// Matched as word sequences (fold keys); the name follows immediately,
// perhaps after a comma.
var directCues = [][]string{
	{"called"}, {"named"}, {"name's"}, {"name", "is"}, {"name", "was"}, {"known", "as"},
	{"calls", "him"}, {"calls", "her"}, {"call", "him"}, {"call", "her"}, {"called", "him"},
	{"called", "her"}, {"calls", "me"}, {"call", "me"}, {"names", "are"},
	{"everyone", "says"}, {"everybody", "says"}, // "I'm Tenzin Dolma, but everyone says Dolly"
}

// vocativeCues are followed by ", Name" when someone is addressed.
var vocativeCues = [][]string{
	{"thank", "you"}, {"thanks"}, {"go", "ahead"}, {"said"}, {"says"}, {"hi"}, {"hello"}, {"bye"},
	{"cheers"}, {"sorry"}, {"love"}, {"okay"}, {"ok"}, {"right"}, {"well"}, {"yes"}, {"no"},
}

// placeWords after a capitalised word make it part of the name of a place
// or an organisation ("Willow Court", "Rose Garden Room", "Lung Foundation").
var placeWords = setOf(`
court courts garden gardens road street lane avenue close drive way place square terrace grove crescent
hill manor farm cottage lodge villa villas building buildings tower house hall centre center unit ward
room suite clinic hospital hospice surgery practice infirmary foundation trust society group club
college school academy university church chapel cathedral mosque temple park green estate fields
station airport bridge river valley vale street community service services network partnership
association charity institute council department team project programme program care home homes
medical health healthcare pharmacy library museum theatre cinema hotel inn arms pub cafe café
city county borough district region card allowance`)

// thingNouns before "called"/"named" mean the name is of a thing, not a person.
var thingNouns = setOf(`
group groups charity programme program course courses scheme club thing things place app website site
book drug drugs medication medications medicine medicines meds tablet tablets pill pills inhaler inhalers
injection injections jab jabs vaccine cream patch brand condition organisation organization company team
project service services centre center cafe café class classes session sessions show film ward unit
network forum page song game film series channel podcast trial study leaflet booklet pack workbook
street road village town city area estate pub restaurant shop hall building home house
hospital hospitals hospice clinic surgery practice trust school church company firm team charity`)

// roleCues are person nouns after which a name often follows, directly
// ("my buddy Priya") or in apposition ("the nurse on the ward, Siobhán,").
var roleCues = setOf(`
buddy buddies mentor mentee coach volunteer navigator coordinator co-ordinator worker nurse doctor
consultant gp physio physiotherapist therapist counsellor counselor psychologist psychiatrist
pharmacist surgeon oncologist midwife practitioner manager facilitator trainer keyworker
friend neighbour neighbor husband wife partner son daughter brother sister mum mom dad father mother
nan gran grandson granddaughter niece nephew cousin aunt auntie uncle boyfriend girlfriend fiance fiancee
colleague boss lady woman man guy bloke chap lad girl boy mate kid child carer caregiver chaplain
receptionist secretary champion leader host chair someone somebody person dietitian dietician
specialist registrar paramedic advocate assistant officer
buddies mentors mentees coaches volunteers nurses doctors friends neighbours neighbors mums moms dads
parents carers caregivers ladies women men guys blokes lads girls boys mates members peers sons daughters
brothers sisters colleagues kids children twins workers supporter supporters navigators`)

// personPronouns after a name and a comma ("Priya, she was lovely") or at
// the start of the next sentence show the name is a person's.
var personPronouns = setOf(`he she he's she's he'd she'd he'll she'll him her`)

// followNonName are lower-case words after which a sentence-initial
// ambiguous name is a word, not a name ("Will you", "Hope so", "Mark my words").
var followNonName = setOf(`you it i we they he she this that these those so my your his her our their the a an to for of in on at not
them him me us there anyone anybody someone somebody everyone everybody all any some both each every one what`)

// numberWords are numbers said in words ("Eleven. She rang me").
var numberWords = setOf(`zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million
half quarter dozen twice`)

// isNoise reports whether a word key is never part of a name.
func isNoise(key string) bool {
	return fillerWords[key] || roleWords[key] || titleWords[key] || calendarWords[key] || otherNonNames[key] || numberWords[key]
}

// interjections of other languages start a sentence as "Well" does:
// "Wallahi, house 7, …", "Ndiyo, house 12, …".
var interjections = setOf(`wallahi walahi wallah inshallah mashallah habibi yallah hayde haide ndiyo hapana sawa asante
oui non si sí claro vale bueno pues oye mira achha acha haan nahi theek ja nee jawel tak nie da ne evet hayır hayir
ji haanji hej hei moi aoo bon zikomo hayi yebo ewe ag ao juley mauri`)

// plainInterjections are interjections that are also given names, but
// said far more often as the word: "Vale, it's recording", "Sí.", "Bon,
// c'est parti" ("Mira," may be said to Mira); Afrikaans "Ja" and "Ag",
// Sesotho "Ao", Ladakhi "Juley", I-Kiribati "Mauri".
var plainInterjections = setOf(`si vale bon bueno claro pues ja ag ao juley mauri`)

// setPhrases are two words said together that are no name, though the
// first is one: "Kia ora", "Kia orana", "Ngā mihi", "De nada", "Will do", "Dawn till dusk"; by the
// first word, the seconds; Sesotho "Ke a leboha" (thank you), the answer
// "Wa alaikum salaam", Tibetan "Tashi delek", I-Kiribati "Ko rabwa".
var setPhrases = map[string][]string{"kia": {"ora", "orana"}, "nga": {"mihi"}, "ngā": {"mihi"}, "de": {"nada", "rien"}, "por": {"favor"}, "will": {"do"}, "dawn": {"till", "until"}, "ka": {"pai"}, "mālō": {"e"}, "malo": {"e"}, "mahalo": {"to", "nui"}, "ke": {"a"}, "wa": {"alaikum", "alaykum", "alaikumu"}, "allahu": {"akbar"}, "tashi": {"delek"}, "ko": {"rabwa"}}

// surnameGreetings are greetings that are surnames too, said to someone
// before a comma ("Asante, can you say more?"): only a sentence of their
// own ("Asante.") thanks.
var surnameGreetings = setOf(`asante`)

// greetings are the greetings and thanks that are also given names, or
// look like them ("Bula", "Mālō", "Namaste", "Ayubowan", "Asante"): said
// opening a sentence, before a comma or another of them, they greet or
// thank.
var greetings = setOf(`asante faʻafetai bula vinaka mālō malo aupito talofa lava namaste namaskar namaskaram vanakkam ayubowan mahalo`)
