package main

// Phrase banks for the synthetic transcripts.
//
// A template is expanded by expand: {slot} is replaced by a random entry of
// the named slot bank, {a|b|c} by one of the alternatives (which may
// themselves hold slots). Theme sentences are written to trip the
// peer-support codebook's rules the way real answers do (a phrase here and
// there, near pairs a few words apart, the occasional veto word); filler
// sentences are neutral talk that mostly does not.

// theme is one sub-code's bank: the questions that lead to it and the
// sentences of answers about it.
type theme struct {
	code      string
	questions []string
	sentences []string
}

var themes = []theme{
	{
		code: "benefits.informational",
		questions: []string{
			"What kind of things do people ask {you|the volunteers} about?",
			"Did you learn anything practical from {peer}?",
			"What sort of information gets passed on?",
			"Was there anything about {condition} nobody had told you?",
		},
		sentences: []string{
			"{peer} gave me {loads of|a few|some really good} practical tips about {symptom}.",
			"She told me to {keep a little chart on the fridge|write my weight down every morning|use a smaller cup} and it just clicked.",
			"He showed me how to {use the spacer properly|pace myself on the stairs|sort the tablets into a box for the week}.",
			"Nobody on the ward told me about the {side effects|tiredness|swollen ankles}, but {peer} did.",
			"It's the stuff you only know if you've lived it, the tips and tricks.",
			"She explained what to expect after the {surgery|first round of chemo|discharge}, which nobody else had.",
			"You pick things up, like how to manage the {fluid|diet|breathing} when it's hot.",
			"{peer} mentioned that the {tablets|medication|inhaler} can make you {tired|dizzy|a bit sick} for the first few weeks.",
			"I learned from {peer} what's normal and what isn't, what the warning signs are.",
			"He told me to try {ice cubes|a fan on my face|sitting forward} when the breathing gets bad.",
			"Just little things, how to cope with the {appointments|scans|nights}, what worked for her.",
			"She knew about the {feeding|expressing|kangaroo care} side of it, and told me what to do when the {alarm|monitor} goes off.",
			"That information, honestly, it was worth more than any leaflet.",
		},
	},
	{
		code: "benefits.psychosocial",
		questions: []string{
			"What did having {peer} do for you?",
			"How did you feel after those {calls|visits}?",
			"What difference did it make, emotionally?",
		},
		sentences: []string{
			"Just having someone to talk to, that was the main thing.",
			"{peer} really listened to me, properly listened, which nobody else did.",
			"It gave me a bit of hope, for the first time since {event}.",
			"I'd come off the phone feeling I could do it.",
			"She never once made me feel daft for asking, she didn't judge.",
			"It was a lifeline, to be honest, it kept me going through {season}.",
			"I was so anxious, and after talking to {peer} I felt calmer.",
			"He was living proof that there's a life after {condition}.",
			"Knowing {day} about eleven she would ring, that was a real comfort.",
			"She was always so encouraging, always on my side.",
			"I'd been crying most days and she said it's okay, you're doing fine.",
			"It took a weight off, being able to offload to somebody.",
			"I felt heard, for once, and that made me feel better about everything.",
			"There was a lot of reassurance, a lot of you can do this.",
		},
	},
	{
		code: "benefits.navigation",
		questions: []string{
			"Did {peer} help with anything practical, services, that kind of thing?",
			"How did you find your way around all the services?",
		},
		sentences: []string{
			"She knew who to ring about the {oxygen|stairlift|equipment|carer's assessment}.",
			"He helped me fill in the forms for the {attendance allowance|blue badge|PIP}, all that paperwork.",
			"She asked if I'd been referred to {rehab|the memory clinic|the specialist nurse}, and I hadn't, it had fallen through the cracks.",
			"They told us you can get a parking permit from reception, that saved us a fortune.",
			"It's knowing the system, who to chase up, who to nag.",
			"{peer} told me about the day centre and the respite, I had no idea they existed.",
			"She rang the GP surgery for me when I couldn't get an appointment.",
			"I didn't know I was entitled to anything, and she found out about the carer assessment.",
			"Honestly the red tape is unbelievable, you need someone who's jumped through the hoops.",
		},
	},
	{
		code: "benefits.shared_experience",
		questions: []string{
			"What was it about {peer} in particular?",
			"Why does it matter that supporters have {condition} themselves?",
		},
		sentences: []string{
			"Because she'd been through it, she just got it.",
			"You don't have to explain yourself, {peer}'s been there, she knows what three in the morning is like.",
			"He'd been on the same ward, literally the same ward.",
			"It's someone who knows what it's like, not from a textbook.",
			"She'd had {condition} herself, so there was no need to explain.",
			"We had so much in common, the same diagnosis, the same worries.",
			"I could relate to everything he said.",
			"Talking to someone like me, that was what I needed.",
			"The volunteers are former patients themselves, and people can tell.",
			"She'd had one too, a prem one, and they'd sit and talk about all that.",
			"He said, I was where you are, and I believed him.",
		},
	},
	{
		code: "benefits.complementary_care",
		questions: []string{
			"How does the programme fit with the clinical care?",
			"How is it different from what the {staff} do?",
		},
		sentences: []string{
			"The nurses were great, but they're busy, and {peer} wasn't on a clock.",
			"The {staff} sees you for ten minutes, {peer} had an hour and a coffee, you need both.",
			"We're very clear we're not clinical, we're the bit in between.",
			"It fills a gap that the services can't, in between appointments.",
			"It's not a replacement for the {staff}, it sits alongside.",
			"Coming from a peer it's different, people hear it differently.",
			"The {staff} don't have the time, they're stretched, whereas the volunteers do.",
			"It's the human side, the clinical side we do, they do the long haul.",
		},
	},
	{
		code: "benefits.for_supporters",
		questions: []string{
			"What do you get out of it yourself?",
			"Why do you keep volunteering?",
		},
		sentences: []string{
			"It's a way of giving something back, after everything.",
			"It's so rewarding, honestly, I get as much out of it as they do.",
			"It gives me a sense of purpose, a reason to get up some weeks.",
			"It makes it useful, what happened to me, like something good came out of it.",
			"I feel useful again, and that's good for me.",
			"It's been part of my own recovery, if I'm honest.",
			"Our volunteers say they get a lot out of it, it keeps them well.",
			"I'm proud of it, I am, it's a privilege really.",
			"You learn a lot about your own condition from other people's questions.",
		},
	},
	{
		code: "isolation.experienced",
		questions: []string{
			"What was life like before you were put in touch with {peer}?",
			"How were things at home, back then?",
		},
		sentences: []string{
			"I just sat in, for weeks, with the telly on.",
			"My friends had sort of drifted, and I didn't know what to say to them.",
			"I was so lonely, I didn't see anyone from one week to the next.",
			"You sit there ten hours a day by the incubator and nobody gets it.",
			"I felt completely alone with it, there was no one to talk to.",
			"I stopped going out, I was stuck in the house most days.",
			"Caring is very isolating, your world shrinks to the four walls.",
			"{family} was at work and I was on my own all day.",
			"People glaze over when you talk about it, so you stop talking.",
			"I pushed everyone away, I think, I withdrew.",
		},
	},
	{
		code: "isolation.reduced",
		questions: []string{
			"Has that changed since you joined?",
			"What's it like now?",
		},
		sentences: []string{
			"Now I know I'm not alone, there are others going through it.",
			"I wasn't the only one, which sounds silly but it mattered.",
			"The group gets me out of the house on a {day}.",
			"I feel less isolated, definitely, I've got people now.",
			"Meeting the others at the {cafe|coffee morning|walking group} made all the difference.",
			"You realise you're not the only one who feels like that.",
			"I've made friends through the group, real friends.",
		},
	},
	{
		code: "matching.criteria",
		questions: []string{
			"How do you decide who to match with whom?",
			"What do people want in a {buddy|mentor|supporter}?",
		},
		sentences: []string{
			"We try to match on the same diagnosis where we can, and age matters too.",
			"Men often want men, a lot of the dads want to talk to a dad.",
			"I wanted someone my own age, not someone retired.",
			"We match people who live near each other, the same area if possible.",
			"It's about the right fit, the personality, interests, things in common.",
			"She asked for a woman, and someone with the same type of {condition}.",
			"Language matters as well, we try to pair people who speak the same language.",
			"I'd say the best match is someone at a similar stage.",
		},
	},
	{
		code: "matching.process",
		questions: []string{
			"How does someone get matched?",
			"What happens after a referral comes in?",
		},
		sentences: []string{
			"The referrals come from the {staff}, and then I ring them for an initial chat.",
			"There's a waiting list, sometimes a few weeks, depending who's got capacity.",
			"The coordinator decides the match after a phone assessment.",
			"I do a home visit first, and then I match them with a volunteer within a week or two.",
			"People can self-refer now, there's a form on the website.",
			"It's not a science, the matching, it's a gut feeling really.",
			"I was matched quite quickly, she rang me within days.",
			"We ask the volunteer, would you be up for it, and they say yes or no.",
		},
	},
	{
		code: "matching.mismatch",
		questions: []string{
			"Have any matches not worked out?",
			"What happens when it doesn't work?",
		},
		sentences: []string{
			"We just didn't click, there was nothing wrong with her, we didn't gel.",
			"It wasn't a good match, so they moved me to someone else.",
			"If it's not right, we rematch, no hard feelings.",
			"He talked about himself too much, it was all about his own illness.",
			"They were on a different wavelength, so we tried another volunteer.",
			"The first one didn't work out, we never really got on.",
			"Sometimes the match just falls flat and you have to swap.",
		},
	},
	{
		code: "boundaries.role_scope",
		questions: []string{
			"Are there things you won't {talk about|do}?",
			"Where's the line in the role?",
		},
		sentences: []string{
			"I'm not a doctor, so if it's about the tablets I say ring your nurse.",
			"We don't give medical advice, that's drummed into us.",
			"It's not my place to tell someone to stop their {tablets|inhaler|insulin}.",
			"You have to stay within the role, you're not a counsellor.",
			"I never interpret results, that's a question for the nurse.",
			"People ask you to sit with him while they go to the shops, and we're told no, we're not a sitting service.",
			"Knowing where the line is, that's the hard part, you want to fix everything.",
			"If someone's unwell I refer them on, back to the team.",
		},
	},
	{
		code: "boundaries.personal_contact",
		questions: []string{
			"How do you keep in contact with the people you support?",
			"Has contact ever been a problem?",
		},
		sentences: []string{
			"She started ringing me late at night, ten, eleven o'clock.",
			"Now we use the programme phone and withhold our own number.",
			"Calls are nine to five, out of hours it goes to voicemail.",
			"He sent me a friend request on Facebook and I didn't know what to do.",
			"We became friends, really, which is where it gets blurry.",
			"I went to the funeral, but I asked the coordinator first.",
			"She wanted to give me a gift at the end, and we're not allowed gifts.",
			"We still keep in touch, a Christmas card, that kind of thing.",
			"I gave him my mobile number early on, which was a mistake.",
		},
	},
	{
		code: "boundaries.emotional_burden",
		questions: []string{
			"Has the role ever been difficult for you?",
			"How do the volunteers cope with the hard bits?",
		},
		sentences: []string{
			"When he passed away it hit me harder than I thought.",
			"It brings it all back, some days, your own stuff.",
			"You take it home with you, you lie awake worrying about them.",
			"I got too attached, I think, and I had to step back for a bit.",
			"It's emotionally draining, you can't switch off.",
			"Some of our volunteers burn out, they try to fix everything.",
			"It's close to home, you think, that could be me.",
			"I took a break for a couple of months after that.",
		},
	},
	{
		code: "boundaries.confidentiality",
		questions: []string{
			"What about confidentiality?",
			"Is privacy ever an issue?",
		},
		sentences: []string{
			"It's a small town, everybody knows everybody, so confidentiality matters.",
			"What they tell me stays between us, unless someone is at risk.",
			"We never use names when we talk about people in the group.",
			"I wouldn't tell anyone about other patients, that's the rule.",
			"People worry the volunteer will report back to the {staff}.",
			"You have to be discreet, you might see them in the {supermarket|school playground|pub}.",
		},
	},
	{
		code: "organisational.training",
		questions: []string{
			"What training did you have?",
			"Did the training prepare you for it?",
		},
		sentences: []string{
			"There's a training course, six sessions over {num} weeks.",
			"The training had a session on listening skills, active listening.",
			"We did role play in the training, which I hated, but it helped.",
			"The induction covers safeguarding and what we don't do.",
			"There's refresher training every year now.",
			"Nothing in the training prepares you for the first bereavement, really.",
			"One of the {staff} came in and did a session on {condition} for us.",
		},
	},
	{
		code: "organisational.supervision",
		questions: []string{
			"Who supports the supporters?",
			"What happens when something difficult comes up?",
		},
		sentences: []string{
			"{coord} rings me every month and asks how I actually am.",
			"We have a volunteers' meeting every month, we talk through what's been hard.",
			"There's supervision, one to one, and a debrief after anything difficult.",
			"The coordinator checks in after every visit, at the start anyway.",
			"A psychologist comes in for the group session once a month.",
			"You always know there's someone on the end of the phone.",
			"{coord} came round that evening, she sat in my kitchen for an hour.",
		},
	},
	{
		code: "organisational.policies",
		questions: []string{
			"What are the rules for volunteers?",
			"How did the policies come about?",
		},
		sentences: []string{
			"There's a code of conduct, no money, no gifts, no social media.",
			"Everyone has a DBS check and two references before they start.",
			"The policy is they use the programme phone and calls are nine to five.",
			"We ask that they've been stable for at least a year, no admissions.",
			"Safeguarding, lone working, all the policy stuff is in the handbook.",
			"There's a risk assessment before the first home visit.",
			"The rules were written down after the first year, when things went wrong.",
		},
	},
}

// questionsGeneral are interviewer questions not tied to a theme.
var questionsGeneral = []string{
	"Could you tell me a bit about yourself?",
	"How did you first hear about {prog}?",
	"Can you tell me how you came to {prog}?",
	"How long have you been involved?",
	"What does a typical week look like for you?",
	"Is there anything you'd change?",
	"Is there anything else you'd like to add?",
	"And how are things now?",
	"Can you say a bit more about that?",
	"What happened next?",
	"How did that feel?",
	"Right. And then?",
	"Mm. Go on.",
	"Thanks, that's really helpful. Shall we move on?",
}

// filler are neutral sentences of talk.
var filler = []string{
	"Well, it's hard to say, really.",
	"I don't know, um, it's difficult to explain.",
	"That was {season}, I think, or maybe the year after.",
	"We live out past the {place}, so it's a bit of a trek.",
	"I used to work as {job}, for about {num} years.",
	"{family} was a great help, to be fair.",
	"We'd go to the {place} on a {day}, just for a change of scene.",
	"It was raining, of course, it always is.",
	"I remember the car park was full and we were late.",
	"I'm not sure, you'd have to ask {coord} about that.",
	"Anyway, where was I.",
	"It's funny how things work out, isn't it.",
	"I'd never done anything like it before.",
	"And the kettle was always on, that's the sort of place it is.",
	"We moved here in {year}, from up north.",
	"My {relative} lives in {town}, so we see them at weekends.",
	"[laughs] Sorry, I go off on tangents.",
	"It's a lovely building, the old {place}, they did it up a few years ago.",
	"I'm {age}, so I'm not as quick as I was.",
	"You get used to it, I suppose, like anything.",
	"There were about {num} of us at the start.",
	"It was the {month} before last, because I remember the roadworks.",
	"We had a dog then, a {dog}, he's gone now.",
	"I like {hobby}, when I get the chance.",
	"The bus only goes every hour, which is a pain.",
	"I think it started in {year}, but don't quote me.",
	"{name} from the {place} was there as well.",
	"You know what it's like, one thing leads to another.",
	"It's all online now, which suits some people and not others.",
	"My {relative} always says I talk too much.",
	"We went to {town} for a week in the summer.",
	"Um, I think that's about it, really.",
	"I was working part-time then, mornings mostly.",
	"The {place} has changed a lot since then.",
	"I'd have to look at my diary to be sure.",
	"It's quite a big area, from {town} all the way out to {town}.",
	"Honestly, I couldn't tell you the exact date.",
	"And there was the business with the {thing}, which took ages to sort.",
	"{name} and I go back years, we were at school together.",
	"I'm a morning person, always have been.",
	"The traffic round {town} is terrible on a {day}.",
	"It's not the sort of thing you think about until it happens.",
	"I was brought up in {town}, came down here for work.",
	"We had builders in at the time, so the house was chaos.",
	"I've got {num} grandchildren now, the youngest is {age2}.",
	"I don't really do computers, {family} sets it all up.",
	"It was one of those days, you know.",
	"There's a café by the {place} that does a good breakfast.",
	"We talked about all sorts, the {hobby}, the garden, the grandchildren.",
	"That's the long and the short of it.",
}

// slots are the banks named in templates.
var slots = map[string][]string{
	"symptom": {"the fluid", "the breathlessness", "the tiredness", "the tablets", "the diet", "the night feeds",
		"the blood sugars", "the stoma bags", "the side effects", "the sleep", "the salt", "the weighing"},
	"staff": {"nurse", "GP", "consultant", "physio", "health visitor", "psychiatrist", "specialist nurse",
		"social worker", "dietitian", "occupational therapist"},
	"event": {"the diagnosis", "the heart attack", "the operation", "the birth", "coming home", "the admission",
		"the first scan", "the stroke"},
	"season": {"the winter", "the first winter", "that spring", "the summer", "the autumn", "Christmas",
		"the lockdowns", "the first few months"},
	"day":   {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
	"month": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"family": {"My husband", "My wife", "My daughter", "My son", "My sister", "My brother", "My partner",
		"My mum", "My dad", "My neighbour"},
	"relative": {"sister", "brother", "daughter", "son", "cousin", "niece", "nephew", "aunt", "uncle",
		"mother-in-law", "best friend"},
	"place": {"library", "community centre", "leisure centre", "church hall", "garden centre", "market",
		"retail park", "allotments", "park", "canal", "bowling green", "town hall", "museum", "swimming baths",
		"rugby club", "golf course", "station", "precinct"},
	"town": {"Leeds", "Bradford", "Wakefield", "Harrogate", "York", "Hull", "Sheffield", "Doncaster", "Durham",
		"Preston", "Bolton", "Wigan", "Stockport", "Derby", "Nottingham", "Leicester", "Coventry", "Swindon",
		"Reading", "Exeter", "Plymouth", "Truro", "Cardiff", "Swansea", "Newport", "Chester", "Carlisle",
		"Lancaster", "Kendal", "Whitby", "Scarborough", "Grimsby", "Lincoln", "Norwich", "Ipswich", "Colchester"},
	"job": {"a postman", "a teacher", "a welder", "a nurse", "a bus driver", "a hairdresser", "a plumber",
		"an accountant", "a cleaner", "a chef", "a joiner", "a shop manager", "a civil servant", "a mechanic",
		"a dinner lady", "an electrician", "a lorry driver", "a receptionist", "a librarian", "a farmer"},
	"num":  {"two", "three", "four", "five", "six", "eight", "ten", "twelve", "fifteen", "twenty"},
	"year": {"2009", "2012", "2014", "2016", "2017", "2018", "2019", "2020", "2021", "2022"},
	"age":  {"sixty-two", "seventy", "fifty-eight", "forty-four", "thirty-one", "sixty-eight", "seventy-five", "fifty"},
	"age2": {"two", "three", "five", "seven", "nine", "eleven", "fourteen"},
	"dog":  {"collie", "spaniel", "terrier", "labrador", "greyhound", "whippet", "jack russell"},
	"hobby": {"gardening", "fishing", "knitting", "crosswords", "bowls", "the quiz", "walking", "baking",
		"painting", "birdwatching", "darts", "the choir", "jigsaws", "reading"},
	"thing": {"boiler", "car", "roof", "insurance", "council", "bins", "neighbours", "fence", "washing machine", "landlord"},
	"name": {"Pat", "Kath", "Dennis", "Shona", "Graham", "Ruth", "Marcus", "Kerry", "Helen", "Ken", "Anne", "Jim",
		"Pauline", "Sandra", "Dev", "Priya", "Aisha", "Tomasz", "Zoë", "Siobhán", "Mo", "Bernie", "Lorraine", "Gary"},
}

// Generated filler: a small grammar over larger word lists, so that the
// corpus has a realistic vocabulary (tens of thousands of distinct
// sentences, thousands of distinct words) rather than a few hundred
// repeated sentences.
var grammar = []string{
	"{subj} {verb} the {adj} {noun} {prep} the {noun2}.",
	"{subj} {verb} {det} {noun} and then {subj2} {verb2} the {noun2}, {tag}",
	"The {noun} was {adj}, {adv}, and the {noun2} {was} {adj2}.",
	"{adv2}, {subj} {verb} {det} {adj} {noun} {prep} {place2}.",
	"{tag} {subj} {verb} the {noun} {when}.",
	"There was {det} {adj} {noun} {prep} the {noun2}, {tag}",
	"{subj} {modal} {verb0} the {noun} {when}, but {subj2} {verb2} the {noun2} instead.",
}

func init() {
	slots["subj"] = []string{"I", "we", "she", "he", "they", "my husband", "my wife", "the kids", "my daughter", "my son",
		"the neighbours", "everybody", "nobody", "the family", "my mum", "my dad", "the lads", "the girls", "the vicar"}
	slots["subj2"] = slots["subj"]
	slots["verb"] = []string{"fixed", "painted", "moved", "sold", "bought", "cleaned", "borrowed", "carried", "found",
		"lost", "cooked", "booked", "cancelled", "planted", "watched", "tidied", "rearranged", "collected", "repaired",
		"measured", "wrapped", "posted", "delivered", "ordered", "counted", "polished", "emptied", "filled", "swept",
		"hoovered", "ironed", "washed", "folded", "mended", "replaced", "unpacked", "dropped", "parked", "hired"}
	slots["verb2"] = slots["verb"]
	slots["verb0"] = []string{"fix", "paint", "move", "sell", "buy", "clean", "carry", "find", "cook", "book", "cancel",
		"plant", "watch", "tidy", "collect", "repair", "measure", "wrap", "post", "order", "polish", "empty", "mend"}
	slots["modal"] = []string{"would", "could", "should", "might", "was going to", "wanted to", "tried to", "had to"}
	slots["det"] = []string{"a", "the", "this", "that", "another", "some old", "a little", "a big"}
	slots["adj"] = []string{"old", "new", "blue", "red", "green", "broken", "little", "huge", "wooden", "plastic",
		"second-hand", "rusty", "shiny", "muddy", "damp", "cosy", "draughty", "noisy", "quiet", "crowded", "narrow",
		"steep", "awkward", "heavy", "light", "cheap", "dear", "fancy", "plain", "tatty", "lovely", "horrible",
		"ordinary", "funny-looking", "enormous", "tiny", "spare", "brand-new", "battered", "grubby"}
	slots["adj2"] = slots["adj"]
	slots["noun"] = []string{"shed", "caravan", "greenhouse", "kitchen", "garage", "bathroom", "van", "bicycle",
		"wardrobe", "sofa", "carpet", "curtains", "fridge", "freezer", "cooker", "kettle", "teapot", "radio", "piano",
		"clock", "mirror", "ladder", "wheelbarrow", "lawnmower", "hedge", "fence", "gate", "path", "driveway",
		"conservatory", "loft", "cellar", "porch", "chimney", "gutter", "window", "doorbell", "letterbox", "postbox",
		"bus shelter", "bench", "bandstand", "pier", "lighthouse", "harbour wall", "footbridge", "viaduct", "canal lock",
		"allotment", "vegetable patch", "rose bed", "pond", "birdtable", "hen house", "stable", "barn", "tractor",
		"trailer", "boat", "tent", "picnic basket", "flask", "sandwiches", "scones", "cake", "pie", "stew", "curry",
		"roast", "trifle", "crumble", "biscuits", "jam", "chutney", "marmalade", "photos", "album", "scrapbook",
		"jigsaw", "crossword", "newspaper", "magazine", "library book", "catalogue", "calendar", "diary", "postcard",
		"parcel", "suitcase", "handbag", "umbrella", "wellies", "raincoat", "scarf", "cardigan", "jumper", "slippers"}
	slots["noun2"] = slots["noun"]
	slots["prep"] = []string{"next to", "behind", "under", "on top of", "beside", "inside", "across from", "round the back of",
		"in front of", "near", "opposite", "by"}
	slots["place2"] = []string{"the high street", "the garden", "the seafront", "the estate", "the village", "the corner shop",
		"the car boot sale", "the school gates", "the post office", "the chip shop", "the garden centre", "the tip",
		"the market square", "the caravan site", "the working men's club", "the bowling club", "the canal path"}
	slots["adv"] = []string{"honestly", "funnily enough", "to be fair", "mind you", "believe it or not", "as it happens",
		"if I remember rightly", "more or less", "give or take", "in a way"}
	slots["adv2"] = []string{"Anyway", "So", "Well", "Then", "After that", "Later on", "Eventually", "The next week",
		"That weekend", "In the end", "Before long", "Round about then"}
	slots["tag"] = []string{"you know.", "that sort of thing.", "if you see what I mean.", "as you do.", "like you do.",
		"for some reason.", "don't ask me why.", "typical.", "bless him.", "bless her.", "of all things."}
	slots["when"] = []string{"on the Tuesday", "last year", "the week before", "every Sunday", "first thing", "after tea",
		"before Christmas", "in the holidays", "at the weekend", "most evenings", "back in the day", "that summer"}
	slots["was"] = []string{"was", "looked", "seemed", "got", "went"}
}
