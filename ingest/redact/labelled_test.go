package redact

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/ingest/redact/labelset"
)

// The labelled sets: synthetic health-interview transcripts in testdata/
// in which every identifier is marked {{KIND|text}} (testdata/README.md).
//
//   - labelled: the set the detector was tuned on.
//   - heldout: written after an earlier detector was tuned, and used for
//     tuning this one too.
//   - blind: written after the detector of issue 19 was frozen, by someone
//     who had not seen its code or lists; measured, then used for tuning
//     the structured kinds (phones, addresses, dates, IDs).
//   - blind2: written after that tuning was frozen, by someone else who
//     had not seen the code, the lists or the other sets; measured, then
//     used for tuning the general rules for codes, e-mails, addresses and
//     restated names.
//   - blind3: written after those rules were frozen, by a third writer
//     who had seen none of it, with interviews from eight countries;
//     measured, then used for tuning the widening of identifiers and the
//     reference numbers of other countries (widen.go).
//   - blind4: written after that was frozen, by a fourth writer who had
//     seen none of it, with interviews from twelve countries; measured,
//     then used for tuning addresses given by a locator or named kind
//     first, short phones after a cue and longer digit groups.
//   - blind5: written after that was frozen, by a fifth writer who had
//     seen none of it, with interviews from thirteen countries; measured,
//     then used for tuning numbers of nine digits or more without a cue,
//     addresses of floors, particles and districts, places from GeoNames'
//     towns, and a name's unlisted part beside a name found elsewhere.
//   - blind6: written after that was frozen, by a sixth writer who had
//     seen none of it, with interviews from twelve countries and two
//     migrant communities; measured, then used for tuning codes of letters
//     and digits after a cue, phones said in pairs or named by their
//     network, dates in French, Spanish, Portuguese and the Nepali
//     calendar, more address forms, and festivals, languages and peoples.
//   - blind7: written after that was frozen, by a seventh writer who had
//     seen none of it, with interviews from twelve countries and three
//     migrant communities; measured, then used for tuning titles of other
//     cultures ("Mama", "Tita", "Ntate"), runs that name places ("San",
//     "Port", "Bay"), more languages, peoples, medicines and networks,
//     numbers read digit by digit, and more cues and address forms.
//   - blind8: written after that was frozen, by an eighth writer who had
//     seen none of it, with interviews from twelve countries and two
//     migrant communities; measured, then used for tuning phones of any
//     grouping beside a word that names a phone, the Hijri and Ethiopian
//     calendars, Ethiopian locators, a place before a locator, schemes
//     written with dots, more country domains, grandparents as titles.
//   - blind9: written after that was frozen, by a ninth writer who had
//     seen none of it, with interviews from twelve countries and two
//     migrant communities; measured, then used for tuning addresses given
//     by locators in other languages and in lower case (with the parts
//     said before them), streets named kind first with a number after,
//     numbers after a scheme's capitals, letters of other scripts,
//     hundreds and pairs said aloud, and places before "he"/"she".
//   - blind10: written after that was frozen, by a tenth writer who had
//     seen none of it, with interviews from twelve countries and three
//     migrant communities; measured, then used for tuning streets named
//     kind first or by a suffix with the number after, grid and alley
//     addresses, every country's web domain, Indonesian and Malay dates,
//     more national ID names, landlines with an area code in brackets,
//     "the X family", titles of other cultures, and a name with a word of
//     the calendar in it.
//   - blind11: written after that and its review were frozen, by an
//     eleventh writer who had seen none of it, with interviews from
//     thirteen countries and two migrant communities; measured, then
//     used for tuning addresses after a cue or answering a question asking
//     for one, e-mail spelt out in Spanish and French, numbers with a
//     check digit or in dotted groups after a cue, and the parts that
//     belong to an ID or phone.
//   - blind12: written after that and its review were frozen, by a
//     twelfth writer who had seen none of it, with interviews from fifteen
//     countries and two migrant communities; measured, then used for
//     tuning speaker roles in other languages, places named with a
//     particle, addresses of other languages' locators, streets named
//     before their kind, "street, postcode town", dates with an article
//     and more languages' months, spoken e-mail in more languages, phones
//     given as one's own, file numbers with Roman numerals.
//   - blind13: written after that and its review were frozen, by a
//     thirteenth writer who had seen none of it, with interviews from
//     fifteen countries and two migrant communities in Germany and the
//     Netherlands; measured, then used for tuning numbers said in words
//     after the same number in digits, more languages' "dot" and "at",
//     the Persian and Tetum calendars and Japan's eras, more locators and
//     neighbourhoods, short reference numbers after their name, German
//     insurance numbers, speaker labels in capitals, kin titles.
//   - blind14: written after that was frozen, by a fourteenth writer who
//     had seen none of it, with interviews from fifteen countries and
//     Malian and Moroccan families in France and Belgium; measured, then
//     used for tuning phones read aloud in French and Spanish pairs, more
//     calendars, months and weekdays, lower-case street kinds, postcodes
//     and towns before a street, letter codes and file numbers after a
//     cue, a number's sign, Belgian and French national numbers.
//   - blind15: written after the review of the blind13 tuning was frozen
//     (and while blind14 was tuned on), by a fifteenth writer who had seen
//     none of it, with interviews from fifteen countries and Bangladeshi
//     and Eritrean families in Italy and Switzerland; measured, then used
//     for tuning spoken e-mail in Slovak, Finnish and Swiss German, and
//     Portuguese and Spanish weekdays before a date.
//   - blind16: written after the review of the blind14 tuning was frozen,
//     by a sixteenth writer who had seen none of it, with interviews from
//     fifteen countries and Somali and Syrian families in Norway and
//     Denmark; measured, then used for tuning the kunya ("Umm Yousef"),
//     spoken e-mail in Latvian, Slovene, Norwegian and Danish, and dates
//     with a dotted day or Latvian, year first.
//   - blind17: written after the tuning on blind14 and the kunya fix were
//     frozen (139f2d1), by a seventeenth writer who had seen none of it,
//     with interviews from Saudi Arabia, the Emirates, Israel, the West
//     Bank, China, Macau, Russia, Turkmenistan, Poland and Czechia, Bosnia,
//     Kosovo, Luxembourg, Micronesia, Nauru, Saint Kitts and Nevis, and
//     Nepali and Bangladeshi workers in Japan and Singapore; measured, then
//     used for tuning the Cantonese "Ah" before names, the Bengali
//     calendar, and Polish and Luxembourg postcodes after a street.
//   - blind18: written after the tuning on blind17 was frozen (3207369),
//     by an eighteenth writer who had seen none of it, with interviews
//     from Puerto Rico, Guam, Greenland, the Faroe Islands, Réunion,
//     Curaçao, the Basque Country, Quebec, Nunavut, Zanzibar, and Cape
//     Verdean and Antillean communities in Portugal and the Netherlands;
//     measured, then used (with blind19) for tuning false names, addresses
//     by their parts, more languages' dates and numbers given as one's own.
//   - blind19: written after a tuning on blind18 was frozen (1bb5866), by a
//     nineteenth writer who had seen none of it, with interviews from
//     islands and regions of France, Spain, Italy and the British Isles,
//     Hawaii and Tongan and Chilean communities; measured, then used for
//     tuning as blind18 was, and names that answer "who?".
//   - blind20: written after that tuning's first part was frozen
//     (5aea0e3), by a twentieth writer who had seen none of it, with
//     interviews from Kerala, Punjab, Assam, Sikkim, Sabah, Sarawak, Bali,
//     Hokkaido, Alaska, Louisiana, West Virginia, the Navajo Nation,
//     Friesland, Transylvania, Åland, and Punjabi and Hmong families in
//     Canada and the US; measured, then used for tuning North American
//     addresses, more phones, numbers read digit by digit, short forms of
//     names, brands by their form or dose, places listed together.
//   - blind21: written after that tuning was frozen (569439b), by a
//     twenty-first writer who had seen none of it, with interviews from
//     Nagaland, Ladakh, Goa, Cornwall, Brittany, the Turks and Caicos,
//     Chiapas, the Central African Republic, South Tyrol, and Afghan and
//     Tamil families in Vienna and Toronto; measured, then used for tuning
//     addresses (and for programmes named like streets, a bug its
//     measuring found).
//   - blind22: written after the tuning on blind21 was frozen (b2a18da),
//     by a twenty-second writer who had seen none of it, with interviews
//     from Arunachal Pradesh, Meghalaya, Tripura, Wayanad, Sri Lanka's hill
//     country, Pemba, Barbagia, Occitania, the French Basque coast,
//     Lapland, the Westfjords, Newfoundland, the Yukon, Oaxaca, Belize, and
//     Somali and Nepali families in Helsinki and Brussels; measured, then
//     used for tuning addresses after a cue and a few forms of address.
//   - blind23: written after that tuning was frozen (1ca7d32), by a
//     twenty-third writer who had seen none of it, with interviews from
//     Darjeeling, Mizoram, Gozo, the Azores, Prince Edward Island, Chiloé,
//     Tierra del Fuego, Fermanagh, and Ghanaian and Caribbean families in
//     Hamburg and Birmingham; measured, then used (with blind22) for tuning
//     false names.
//   - blind24: written after that tuning was frozen (12dfa15), by a
//     twenty-fourth writer who had seen none of it, with interviews from
//     Kutch, Rajasthan, Jaffna, Cape Breton, the Magdalen Islands, the Rio
//     Grande valley, Puerto Rico, the Aeolian islands, Wales, Shetland,
//     Finnmark, and Eritrean and Chin families in Frankfurt and Fort Wayne;
//     measured, then used for tuning addresses.
//   - blind25: written after that tuning was frozen (8f6e92b), by a
//     twenty-fifth writer who had seen none of it, with interviews from the
//     Alentejo, Galicia, Chiloé, Oaxaca, Louisiana, Podhale, Zanzibar, Jeju,
//     and Zimbabwean and Haitian families in Leeds and Miami; measured,
//     then used for tuning speakers named with words, Korean given names
//     and streets named kind first.
//   - blind26: written after that tuning was frozen (7864214), by a
//     twenty-sixth writer who had seen none of it, with interviews from
//     Donegal, Orkney, Klaipėda, Svaneti, Kesennuma, San Fernando,
//     Totonicapán, the Gobi, Nkhotakota, and families in Thamesmead and
//     Rotterdam; measured, then used (with blind25) for tuning IDs and
//     dates.
//   - blind27: written after that tuning was frozen (425e457), by a
//     twenty-seventh writer who had seen none of it, with interviews from
//     the Icelandic east fjords, Skye, Finistère, the Copperbelt, the
//     Volta region, Iquitos, the Tonle Sap, Dhofar, and Filipino and
//     Ukrainian families in Winnipeg and Kraków; measured, then used for
//     tuning Arabic names and Polish and Peruvian streets.
//   - blind28: written after that tuning was frozen (a5e644e), by a
//     twenty-eighth writer who had seen none of it, with interviews from
//     Uist, Connemara, Navarre, Trás-os-Montes, the Swiss Jura, the Great
//     Plain, Kurdistan, Rwanda, Kandy, and Sylheti and Haitian families in
//     Whitechapel and Mattapan; measured, then used for tuning addresses.
//   - blind29: written after that tuning was frozen (56fc0e2), by a
//     twenty-ninth writer who had seen none of it, with interviews from
//     Anglesey, Kerry, Salta, Jos, Hà Giang, the Cockpit Country, the
//     Bekaa, and Pakistani and Eritrean families in Bradford and Tel Aviv;
//     measured, then used for tuning a speaker named with a day's name.
//   - blind30: written after the tuning on blind20-blind29 was frozen
//     (0d3bdd7), by a thirtieth writer who had seen none of it, with
//     interviews from the Faroe Islands, Lofoten, the Erzgebirge, Zeeland,
//     Extremadura, the Dodecanese, Adjara, Lamu, and Ghanaian and
//     Bangladeshi families in Hamburg and Rome; measured, then used for
//     tuning feasts before dates, streets and surnames' particles.
//   - blind31: written after that tuning was frozen (7859ce6), by a
//     thirty-first writer who had seen none of it, with interviews from
//     Mayo, Norfolk, Svalbard, Swat, Cebu, Enugu, Minas Gerais, Gulu, and
//     Ghanaian and Vietnamese families in Hamburg and Prague; measured,
//     then used for tuning phones, German streets, barangays, postal codes
//     said as such and "the 4th day of".
//   - blind32: written after that tuning was frozen (ba293e3), by a
//     thirty-second writer who had seen none of it, with interviews from
//     Northumberland, Kilkenny, Dutch Limburg, Podlasie, Irbid, Nyeri,
//     Ibadan, Galle, Busan, and Indian and Turkish families in Auckland and
//     Vienna; measured, then used for tuning spoken e-mails and addresses.
//   - blind33: written after that tuning was frozen (e9d155d; measured at
//     8804cde, the same detector), by a thirty-third writer who had seen
//     none of it, with interviews from the Isle of Wight, Appalachian
//     Kentucky, the Saarland, Ticino, Alexandria, Douala, Nagpur, Tainan,
//     Medellín, and Nigerian families in Dublin; measured, then used for
//     tuning overlapping addresses, Colombian plaques and "Brother" as a
//     title.
//   - blind34: written after that tuning was frozen (0e681af), by a
//     thirty-fourth writer who had seen none of it, with interviews from
//     Istria, Mardin, Zomba, Da Nang, Arequipa, Tasmania, Penang, Kumamoto,
//     and Congolese and Moroccan families in Montreal and Madrid;
//     measured, then used for tuning addresses and a familiar name.
//   - blind35: written after that tuning was frozen (2a922ee), by a
//     thirty-fifth writer who had seen none of it, with interviews from the
//     Highlands, Pembrokeshire, Thessaly, Chiang Mai, Dodoma, KwaZulu-Natal,
//     Trøndelag, and Bolivian and Filipino families in São Paulo and Dubai;
//     measured, then used for tuning a title, a place's short name and
//     addresses.
//   - blind36: written after that tuning was frozen (9491f70), by a
//     thirty-sixth writer who had seen none of it, with interviews from
//     north Iceland, the Isle of Man, Morbihan, Graubünden, Kakheti,
//     Kakamega, Uttarakhand, Magallanes, and Sri Lankan Tamil and Ghanaian
//     families in Toronto and London; measured, then used for tuning a
//     date said twice and an office's number.
//   - blind37: written after that tuning was frozen (c574ee7), by a
//     thirty-seventh writer who had seen none of it, with interviews from
//     Suðuroy, Kashubia, Kars, Shikoku, Tamale, Bamenda, Puno, Bohol, and
//     Ghanaian and Peruvian families in Dublin and Paterson; measured,
//     then used for tuning Faroese, Polish and Japanese streets.
//   - blind38: written after that tuning was frozen (d7bbcb6), by a
//     thirty-eighth writer who had seen none of it, with interviews from
//     Saaremaa, Orava, Niš, Khiva, Mbale, Jacmel, Potosí, Holguín, and
//     Haitian families in Santiago de Chile; measured, then used for
//     tuning Kreyòl dates and (with blind36 and blind37) streets named
//     before their kind.
//   - blind39: written after that tuning was frozen (482ed5b), by a
//     thirty-ninth writer who had seen none of it, with interviews from
//     Gyumri, Sfax, Montego Bay, Encarnación, Bo, Chernivtsi, Aswan, and
//     Moldovan and Kurdish families in Naples and Oslo; measured, then
//     used for tuning names asked about and apposed to kin, and streets.
//   - blind40: written after that tuning was frozen (2977ddc), by a
//     fortieth writer who had seen none of it, with interviews from
//     Shymkent, Ziguinchor, Vava'u, Salto, Tromsø, Plovdiv, Mombasa, Suva,
//     and Brazilian and Ghanaian families in Gort and the Bronx; measured
//     (the same at 458db41, tuned on earlier sets only), then used for
//     tuning spoken e-mails, addresses and greetings.
//   - blind41: written after the tuning on blind39 was frozen again
//     (f1e56fd), by a forty-first writer who had seen none of it, with
//     interviews from Batumi, Kaunas, Tabriz, Honiara, Manaus, Cartagena,
//     Sarajevo, and Lao and Guinean families in St. Paul and Lyon;
//     measured (the same at bf12cd3, after the tuning on blind40), then
//     used for tuning highways and compass letters.
//   - blind42: written after that tuning was frozen (83f7f50, before the
//     tuning on blind41), by a forty-second writer who had seen none of
//     it, with interviews from Khujand, Mawlamyine, Quetzaltenango, Kankan,
//     Basra, Tartu, Košice, Iloilo, and Moroccan and Guatemalan families in
//     Brussels and Houston; measured (the same at 80eb325), then used for
//     tuning addresses and a passport's letter.
//   - blind43: written after the tuning on blind41 was frozen (cb34d2a,
//     before the tuning on blind42), by a forty-third writer who had seen
//     none of it, with interviews from Fès, Brest, Paramaribo, Battambang,
//     Trujillo, Mendoza, Rajshahi, Liepāja, and Nigerian and Korean
//     families in Dublin and Auckland; measured (the same at 6768c1a),
//     then used for tuning addresses and an e-mail's domain.
//   - blind44: written after the tuning on blind42 was frozen (93c6414,
//     before the tuning on blind43), by a forty-fourth writer who had seen
//     none of it, with interviews from Cluj, Trabzon, Kumasi, Blantyre,
//     Salalah, Darkhan, Nouméa, and Somali and Ukrainian families in Oulu
//     and Debrecen; measured (the same at 54a2efa), then used for tuning
//     addresses, a Romanian title and a Mongolian honorific.
//   - blind45: written after the tuning on blind43 was frozen (6c2c351,
//     before the tuning on blind44), by a forty-fifth writer who had seen
//     none of it, with interviews from Dundee, Catania, Lublin, Cochabamba,
//     Arusha, Bulawayo, Makassar, Tripoli, and Pakistani and Sri Lankan
//     families in Dundee and Catania; measured (the same at eff3c8d), then
//     used for tuning roads by their kilometre, corners, an ID and a title.
//   - blind46: written after the tuning on blind44 was frozen (34cd53a,
//     before the tuning on blind45), by a forty-sixth writer who had seen
//     none of it, with interviews from Huambo, Pakse, Tegucigalpa, Akita,
//     Wrexham, Podgorica, N'Djamena, and Haitian and Vietnamese families in
//     Antofagasta and Brno; measured (the same at b249704), then used for
//     tuning glued honorifics, a birth number and a street before a town.
//   - blind47: written after that tuning was frozen (c6f67b9), by a
//     forty-seventh writer who had seen none of it, with interviews from
//     Antsirabe, Comrat, Trincomalee, Novi Sad, Bethel, Hualien, and Yemeni
//     and Nepali families in Sheffield and Lisbon; measured (the same at
//     30617ce), then used for tuning South Slavic streets and a policy's
//     number.
//   - blind48: written after the tuning on blind46 was frozen (6751811,
//     before the tuning on blind47), by a forty-eighth writer who had seen
//     none of it, with interviews from Esmeraldas, Thessaloniki, Goma,
//     Multan, Tampico, Linden, Rijeka, and Eritrean families in Graz;
//     measured (the same at 02f44b7), then used for tuning a corner by "y"
//     and a street after a parish.
//   - blind49: written after that tuning was frozen (2e3e484), by a
//     forty-ninth writer who had seen none of it, with interviews from Ipoh,
//     Santa Ana, Bouaké, Kotor, Limerick, Sunderland, Yellowknife, and
//     Turkish and Filipino families in Duisburg and Darwin; measured, then
//     used for tuning blocks and passages, a street before a place, a
//     house without a number, a box, numbers said in German or digit by
//     digit, and names in lists, joined by "and" or asked back.
//   - blind50: written after the tuning on blind49's addresses and numbers
//     was frozen (6df1ee0, before its names), by a fiftieth writer who had
//     seen none of it, with interviews from Napier, Tulsa, Granada,
//     Abeokuta, Chiang Rai, Moncton, and Syrian and Congolese families in
//     Groningen and Charleroi; measured (the same at e38a529), then used
//     for tuning festivals, greetings and peoples, and Thai houses,
//     saints' streets, a Spanish number and the Thai year.
//   - blind51: written after the tuning on blind50 began (frozen at
//     edd65ff), by a fifty-first writer who had seen none of it, with
//     interviews from Quelimane, Kindia, Béjaïa, Sukkur, Zamboanga, Kodiak,
//     Temuco, Nukuʻalofa, and Yemeni families in Dearborn; measured (the
//     same at f006d90), then used for tuning Polynesian names, blocks and
//     subdivisions, numbers said with "dash", codes and landlines.
//   - blind52: written after the tuning on blind51 was frozen (33deda5), by
//     a fifty-second writer who had seen none of it, with interviews from
//     Lobito, Shiraz, Hyderabad, Biloxi, Townsville, Gander, Yuma, Arica,
//     and Zimbabwean and Bhutanese-Nepali families in Leicester and Akron;
//     measured (the same at 3d20ce1), then used for tuning titles, "Ger",
//     Indian PANs and an adjective before an object.
//   - blind53: written after the tuning on blind52 was frozen (26434b1), by
//     a fifty-third writer who had seen none of it, with interviews from
//     Tétouan, Larkana, Hải Phòng, Manado, Dumaguete, Sitka, Corner Brook,
//     and Haitian and Ukrainian families in Iquique and Kamloops; measured
//     (the same at 2a900ad), then used for tuning Moroccan, Vietnamese and
//     Indonesian forms, long runs of digits, RUTs, "Opa" and "my kuya".
//   - blind54: written after the tuning on blind53 was frozen (cf298a2), by
//     a fifty-fourth writer who had seen none of it, with interviews from
//     Rangpur, Piura, Laredo, Najaf, Kigoma, Labasa, Ouarzazate, and Polish
//     and Venezuelan families in Dublin and Bogotá; measured, then used
//     for tuning postcodes said aside, Hijri dates, Swahili streets and
//     Polish and Spanish short forms.
//   - blind55: written after the tuning on blind54 was frozen (76f6038), by
//     a fifty-fifth writer who had seen none of it, with interviews from
//     Cobán, Estelí, Huaraz, Kisii, Tete, Agadez, Calabar, and Brazilian
//     families in Boston; measured, then used for tuning Tuareg names,
//     kin at a sentence's end, phones said in pairs or fours, and streets.
//   - blind56: written after the tuning on blind55 was frozen (d3d2bdb), by
//     a fifty-sixth writer who had seen none of it, with interviews from
//     Umeå, Šiauliai, Constanța, Olomouc, Zadar, Skopje, Antalya, Karaganda,
//     and Lithuanian and Romanian families in Boston (Lincolnshire) and
//     Dublin; measured, then used for tuning Eastern European streets and
//     postcodes.
//   - blind57: written after the tuning on blind56's addresses was frozen
//     (46b55cb), by a fifty-seventh writer who had seen none of it, with
//     interviews from Guwahati, Mysuru, Srinagar, Kochi, Vijayawada,
//     Shimla, Madurai, and Nepali and Bengali families in Aldershot and
//     New York; measured (the same at 18a1038), then used for tuning
//     Indian addresses and honorifics.
//   - blind58: written after the tuning on blind57 was frozen (edeb729), by
//     a fifty-eighth writer who had seen none of it, with interviews from
//     Hermosillo, Culiacán, Veracruz, Monterrey, Ciudad Juárez, Choluteca,
//     Matagalpa, Huehuetenango, and Salvadoran and Garifuna families in
//     Washington and the Bronx; measured, then used for tuning Mexican
//     postcodes, numbers and streets.
//   - blind59: written after the tuning on blind58 was frozen (a25b059), by
//     a fifty-ninth writer who had seen none of it, with interviews from
//     Geelong, Whangārei, Cairns, Alice Springs, Rotorua, Savaiʻi, Goroka,
//     and Sudanese and Filipino families in Toowoomba and Invercargill;
//     measured, then used for tuning Māori given names.
//   - blind60: written after the tuning on blind59 was frozen (4758b21), by
//     a sixtieth writer who had seen none of it, with interviews from
//     Bertoua, Oyem, Kpalimé, Banfora, Rosso, Harper, and Cameroonian and
//     Liberian families in Houston and Staten Island; measured. The writer
//     left many later mentions of names unmarked (58 of the 83 names
//     scored false are marked as names elsewhere in the same transcript),
//     so its names precision is scored low. Then used for tuning
//     Francophone addresses given by a landmark.
//   - blind61: written after the tuning on blind60 was frozen (cf849af), by
//     a sixty-first writer who had seen none of it, with interviews from
//     Belém, Santarém, Marabá, Imperatriz, Petrolina, Campina Grande, Rio
//     Branco, and Brazilian families in Hamamatsu and Newark; measured,
//     then used for tuning Brazilian streets and CEPs.
//   - blind62: written at the same freeze (cf849af), beside blind61, by a
//     sixty-second writer who had seen none of it, with interviews from
//     Osh, Karakol, Kulob, Nukus, Jayapura, Mataram, Samarinda, and Uzbek
//     and Indonesian families in Brooklyn and Taipei; measured, then used
//     for tuning postal indexes and Indonesian and Taiwanese addresses.
//   - blind63 and blind64: written at the same freeze (cf849af), side by
//     side, by a sixty-third and a sixty-fourth writer who had seen none of
//     it, with interviews from Rundu, Serowe, Polokwane, Mthatha, Lichinga,
//     Chipata, Masvingo, and Zimbabwean and Zambian families in
//     Wolverhampton and Glasgow (blind63), and from Tver, Irkutsk,
//     Chernihiv, Uzhhorod, Mogilev, Cahul, and Ukrainian and Moldovan
//     families in Kraków and Turin (blind64); measured (the same figures at
//     6f7b4df, tuned on blind61 and blind62 without seeing them), then used
//     for tuning post boxes with their town, lower-case kinds and postcodes
//     after a street.
//   - blind65 and blind66: written after the tuning on blind61 and blind62
//     was frozen (6f7b4df), side by side, by a sixty-fifth and a sixty-sixth
//     writer who had seen none of it, with interviews from Tyre, Zahle,
//     Latakia, Dohuk, Nasiriyah, Mukalla, Mansoura, and Yemeni and Egyptian
//     families in Sheffield and Jersey City (blind65), and from Ambato,
//     Machala, Pasto, Neiva, Chiclayo, Potosí, Posadas, Tacuarembó, and
//     Ecuadorian and Colombian families in Queens and Madrid (blind66);
//     measured, then used for tuning Latin American and Iraqi addresses.
//   - blind67 and blind68: written after blind65 and blind66 were measured
//     (the detector frozen at efce95f, the same as 2e44132's), side by
//     side, by a sixty-seventh and a sixty-eighth writer who had seen none
//     of it, with interviews from Gedaref, Wau, Arua, Mbarara, Bukavu,
//     Kolwezi, Mahajanga, and Sudanese and Somali families in Cardiff and
//     Columbus (blind67), and from Osijek, Kragujevac, Vlorë, Elbasan, Ruse,
//     Craiova, Brașov, and Bosnian and Romanian families in St. Louis and
//     Turin (blind68); measured, then used for tuning East African,
//     Congolese and Balkan addresses.
//   - blind69 and blind70: written after blind67 and blind68 were measured
//     (the detector frozen at 044c66a, the same as 5e4ab2d's), side by
//     side, by a sixty-ninth and a seventieth writer who had seen none of
//     it, with interviews from Limoges, Clermont-Ferrand, Namur, Fribourg,
//     Sherbrooke, Fort-de-France, and Malian and Haitian families in
//     Montreuil and Montréal-Nord (blind69), and from Kiel, Rostock, Passau,
//     Innsbruck, Aalborg, Stavanger, and Syrian, Turkish and Polish families
//     in Erfurt, Linz and Odense (blind70); measured (the same figures at
//     e2e2ed1, tuned on blind67 and blind68 without seeing them), then
//     used for tuning French social security numbers, Quebec flats, German
//     and Danish dates and "minus" in spoken e-mail.
//   - blind71 and blind72: written after blind69 and blind70 were tuned on
//     (the detector frozen at 7cca673), side by side, by a seventy-first and
//     a seventy-second writer who had seen none of it, with interviews from
//     Rancagua, Talca, Copiapó, Corrientes, Resistencia, Salvador da Bahia,
//     Ciudad del Este, and Bolivian families in São Paulo (blind71), and
//     from Nagasaki, Sendai, Daegu, Taichung, Khovd, Atyrau, Pavlodar, and
//     Korean and Japanese-Brazilian families in Los Angeles and Nagoya
//     (blind72); measured (the same figures at 9f04556), then used for
//     tuning speakers labelled by a kinship title that is a nickname too,
//     and East Asian addresses and dates.
//   - blind73: written at the same freeze as blind74 (775fe42), by a
//     seventy-third writer who had seen none of it (a first writer given
//     the brief stopped without writing), with interviews from Fairbanks,
//     Nome, Inuvik, Thunder Bay, Sudbury, Lethbridge, Duluth and Prince
//     George (Filipino, Somali and Hmong families among them); measured (at
//     4d09ad0, tuned on blind74 without seeing it, IDs 0.939).
//   - blind74: written after the tuning on blind71 and blind72 was frozen
//     (775fe42), by a seventy-fourth writer who had seen none of it, with
//     interviews from Oldham, Rochdale, Slough, Exeter, Hull, Newry, Omagh,
//     Dundalk and Stirling (Pakistani, Polish and Romanian families among
//     them); measured (the same figures at f5fe9c9).
//   - blind75 and blind76: written after blind73 and blind74 were tuned on
//     (the detector frozen at 239e3cf, the same as 4d09ad0's), side by
//     side, by a seventy-fifth and a seventy-sixth writer who had seen none
//     of it, with interviews from Zahedan, Bushehr, Kerman, Sanandaj,
//     Skardu, Ganja, Jalalabad, and Iranian and Pakistani families in Los
//     Angeles and Birmingham (blind75), and from Lahti, Kuopio, Vaasa,
//     Östersund, Karlstad, Pärnu, Jelgava, Panevėžys and Jyväskylä (blind76);
//     measured, then blind75 used for tuning Persian and Afghan addresses
//     and Persian solar dates, and blind76 for Nordic flats, phones and
//     card numbers and full names beside nicknames.
//   - blind77 and blind78: written after blind76 was tuned on (5b5cce5),
//     side by side, by a seventy-seventh and a seventy-eighth writer who had
//     seen none of it, with interviews from Kalgoorlie, Rockhampton,
//     Bundaberg, Shepparton, Port Augusta, Dubbo, Tamworth, Whanganui and
//     Greymouth (blind77), and from Aveiro, Setúbal, Leiria, Guarda, Castelo
//     Branco, Angra do Heroísmo, and Cape Verdean, Angolan, Bissau-Guinean
//     and Nepali families in Amadora, Almada, Seixal and Odemira (blind78);
//     measured, then used for tuning hospitals named after people,
//     capitals, Portuguese streets and references, and Māori titles.
//   - blind79 and blind80: written after blind77 and blind78 were tuned on
//     (e7e367a), side by side, by a seventy-ninth and an eightieth writer
//     who had seen none of it, with interviews from Saskatoon, Red Deer,
//     Fredericton, Saint John, Charlottetown, Rimouski, Trois-Rivières,
//     Medicine Hat and Kelowna (blind79), and from Khulna, Barishal,
//     Mymensingh, Biratnagar, Dharan, Nepalgunj, Batticaloa, Kurunegala,
//     Anuradhapura, and Bangladeshi workers in Kuala Lumpur (blind80);
//     measured, then used for tuning South Asian dates and kin, schemes'
//     letter groups, greetings and short words of other languages.
//   - blind81 and blind82: written after blind79 and blind80 were tuned on
//     (0c0f7e1), side by side, by an eighty-first and an eighty-second
//     writer who had seen none of it, with interviews from Hawassa, Bahir
//     Dar, Mekelle, Dire Dawa, Jimma, Adama, and Ethiopian and Eritrean
//     people in Washington, Minneapolis, Tel Aviv and Beirut (blind81), and
//     from Nantes, Caen, Rouen, Dijon, Besançon, Metz, Perpignan, Lille, and
//     Malian and Vietnamese families in Montreuil and Paris (blind82);
//     measured, then used for tuning forms of address, languages,
//     medicines, French streets and claim numbers.
//   - blind83 and blind84: written after blind81 and blind82 were tuned on
//     (e1d0774), side by side, by an eighty-third and an eighty-fourth
//     writer who had seen none of it, with interviews from Torreón,
//     Mazatlán, Aguascalientes, Zacatecas, Morelia, Xalapa, Villahermosa,
//     and Mixtec, Purépecha and Mexican families in Oxnard, Chicago and
//     Ontario (blind83), and from Bacolod, Cagayan de Oro, Tacloban,
//     Zamboanga, Kupang, Makassar, and Filipino and Indonesian workers in
//     Dubai, Hong Kong and Manila (blind84); measured, then used for
//     tuning forms of address, Mexican streets and files, and holidays.
//   - blind85 and blind86: written after blind83 and blind84 were tuned on
//     (f6a3052), side by side, by an eighty-fifth and an eighty-sixth
//     writer who had seen none of it, with interviews from Koforidua,
//     Sunyani, Techiman, Obuasi, Mbeya, Tanga, Moshi, Iringa, and Ghanaian
//     and Tanzanian workers in Hamburg and Leicester (blind85), and from
//     Gdynia, Olsztyn, Toruń, Kielce, Plzeň, Prešov, Žilina, and Ukrainian,
//     Vietnamese and Polish families in Wrocław, Prague and Reading
//     (blind86); measured, then used for tuning titles in lower case, a
//     speaker's label with a filler in it, capitals and a post box.
//   - blind87 and blind88: written after blind85 and blind86 were tuned on
//     (9a31608), side by side, by an eighty-seventh and an eighty-eighth
//     writer who had seen none of it, with interviews from Dammam, Abha,
//     Tabuk, Aqaba, Karak, Asyut, Zagazig, Gabès, and Egyptian and Tunisian
//     families in Birmingham and Marseille (blind87), and from Neuquén, Mar
//     del Plata, Bahía Blanca, Santiago del Estero, Huánuco, Ayacucho, Puno,
//     Trinidad, and Bolivian and Paraguayan families in Buenos Aires and
//     Madrid (blind88); measured, then used for tuning peoples.
//   - blind89 and blind90: written after blind87 and blind88 were tuned on
//     (9cb5b3a), side by side, by an eighty-ninth and a ninetieth writer
//     who had seen none of it, with interviews from Konya, Kayseri,
//     Trabzon, Diyarbakır, Kutaisi, Batumi, Ganja, and Turkish, Kurdish
//     and Georgian families in Berlin, Stockholm and Athens (blind89), and
//     from Bari, Palermo, Cagliari, Lecce, Patras, Heraklion, Limassol,
//     Paphos, and Italian and Greek families in Melbourne and Toronto
//     (blind90); measured, then used for tuning streets, conditions named
//     after people, saints and a name said again in full.
//   - blind91 and blind92: written after blind89 and blind90 were tuned on
//     (e6f96f8), side by side, by a ninety-first and a ninety-second
//     writer who had seen none of it, with interviews from Polokwane,
//     Mthatha, Kimberley, Oshakati, Walvis Bay, Maun, Ndola, Livingstone,
//     and Zambian and Namibian families in Birmingham and Atlanta
//     (blind91), and from Daegu, Gwangju, Jeonju, Sendai, Kanazawa,
//     Kumamoto, Tainan, Hualien, and Korean and Japanese-Brazilian
//     families in Los Angeles and Hamamatsu (blind92); measured, then used
//     for tuning Japanese and Korean addresses and Korean given names.
//   - blind93 and blind94: written after blind91 and blind92 were tuned on
//     (115e3fa), side by side, by a ninety-third and a ninety-fourth writer
//     who had seen none of it, with interviews from Akureyri, Ísafjörður,
//     Tromsø, Bodø, Oulu, Rovaniemi, Lerwick, Stornoway, and Somali and
//     Polish families in Helsinki and Reykjavík (blind93), and from Pasto,
//     Montería, Pereira, Loja, Manta, Maracaibo, Mérida, David, and
//     Venezuelan and Ecuadorian families in Bogotá and Queens (blind94);
//     measured, then used for tuning Nordic streets, a title that is a
//     given name and Colombian grid addresses.
//   - blind95, blind96, blind97 and blind98: written after blind93 and
//     blind94 were tuned on (aea9a72), side by side, by a ninety-fifth to a
//     ninety-eighth writer who had seen none of it, with interviews from
//     the Netherlands, Belgium and Luxembourg and their Surinamese,
//     Moroccan and Turkish families (blind95), from India, Sri Lanka and
//     Bangladesh and Malayali, Sylheti and Punjabi families abroad
//     (blind96), from Senegal, Côte d'Ivoire, Cameroon, Burkina Faso and
//     Benin and their families in Turin and Lyon (blind97), and from
//     Kazakhstan, Uzbekistan, Tajikistan, Iran and Afghanistan and their
//     families in Hamburg and Kazan (blind98); measured, then used for
//     tuning Dutch, Flemish, West African, Indian, post-Soviet and Uzbek
//     addresses, given names and a mixed passport number.
//   - blind99, blind100, blind101 and blind102: written after blind95 to
//     blind98 were tuned on (9d80965), side by side, by a ninety-ninth to
//     a hundred-and-second writer who had seen none of it, with interviews
//     from Haiti, Martinique, Guadeloupe and French Guiana and Haitian
//     families abroad (blind99), from mainland China, Hong Kong and Macau
//     and Chinese families abroad (blind100), from the Gulf states and
//     their Keralite, Filipino and Nepali workers (blind101), and from
//     Brazil's north and northeast and Brazilian families abroad
//     (blind102); measured, then used for tuning Brazilian documents,
//     Cantonese given names and addresses of each.
//   - blind103, blind104, blind105 and blind106: written after blind99
//     to blind102 were tuned on (17b91d9), side by side, by a
//     hundred-and-third to a hundred-and-sixth writer who had seen none of
//     it, with interviews from the two Congos and Gabon and Congolese
//     families abroad (blind103), from Vietnam, Laos and Cambodia and
//     their families abroad (blind104), from rural and border regions of
//     the United States (blind105), and from Germany, Austria and
//     Switzerland and Tamil, Ghanaian and Bosnian families there
//     (blind106); measured, then blind104 to blind106 used for tuning
//     Vietnamese hospitals and dates, German and Swiss numbers, Austrian
//     flats and given names.
//   - blind107, blind108, blind109 and blind110: written after blind104
//     to blind106 were tuned on (ad82d90), side by side, by a
//     hundred-and-seventh to a hundred-and-tenth writer who had seen none
//     of it, with interviews from Cornwall, Cumbria, Wales and Ireland
//     (blind107), from Iraq and Syrian families in Jordan and Türkiye
//     (blind108), from Spain and the Canary Islands (blind109), and from
//     Thailand and Thai families abroad (blind110); measured, then
//     blind109 and blind110 used for tuning false names.
//   - blind111, blind112, blind113 and blind114: written after blind107
//     to blind110 were tuned on (4ede2da), side by side, by a
//     hundred-and-eleventh to a hundred-and-fourteenth writer who had seen
//     none of it, with interviews from Kenya, Uganda and Tanzania
//     (blind111), from India and Pakistan and their families abroad
//     (blind112), from Romania, Moldova, Bulgaria and Serbia (blind113),
//     and from Mexico and Central America (blind114); measured, then
//     used for tuning.
//   - blind115, blind116, blind117 and blind118: written after blind111
//     to blind114 were tuned on (64b41fd), side by side, by a
//     hundred-and-fifteenth to a hundred-and-eighteenth writer who had
//     seen none of it, with interviews from Scotland and the north-east of
//     England (blind115), from Nigeria and Nigerian families abroad
//     (blind116), from China, Hong Kong, Singapore and Malaysia
//     (blind117), and from Israel, the West Bank and Lebanon (blind118);
//     measured, then blind116 to blind118 used for tuning.
//   - blind119, blind120, blind121 and blind122: written after blind116
//     to blind118 were tuned on (030bf32), side by side, by a
//     hundred-and-nineteenth to a hundred-and-twenty-second writer who
//     had seen none of it, with interviews from Ukraine and Ukrainian
//     families abroad (blind119), from Cuba, the Dominican Republic and
//     Puerto Rico (blind120), from Hungary, Slovenia and Croatia
//     (blind121), and from Sierra Leone, Liberia and The Gambia
//     (blind122); measured, then blind119, blind121 and blind122 used for
//     tuning.
//   - blind123, blind124, blind125 and blind126: written after blind119
//     to blind122 were tuned on (e6e79ae), side by side, by a
//     hundred-and-twenty-third to a hundred-and-twenty-sixth writer who
//     had seen none of it, with interviews from Jamaica, Trinidad,
//     Barbados and Guyana (blind123), from Myanmar, Cambodia and Laos
//     (blind124), from Morocco and Algeria (blind125), and from Fiji,
//     Samoa, Tonga and Papua New Guinea (blind126); measured, then
//     blind124 to blind126 used for tuning.
//   - blind127, blind128, blind129 and blind130: written after blind124
//     to blind126 were tuned on (0d0a261), side by side, by a
//     hundred-and-twenty-seventh to a hundred-and-thirtieth writer who
//     had seen none of it, with interviews from Québec and Acadia
//     (blind127), from Sudan, South Sudan and Chad (blind128), from
//     Albania, Kosovo, North Macedonia and Montenegro (blind129), and
//     from Indonesia, Timor-Leste and Malaysian Borneo (blind130);
//     measured, then blind128 to blind130 used for tuning.
//   - blind131, blind132, blind133 and blind134: written after blind128
//     to blind130 were tuned on (0759c75), side by side, by a
//     hundred-and-thirty-first to a hundred-and-thirty-fourth writer who
//     had seen none of it, with interviews from Chile, Uruguay and
//     Paraguay (blind131), from Nepal, Bhutan, Darjeeling and Sikkim
//     (blind132), from Russia and Belarus (blind133), and from Hawaiʻi
//     and the Pacific Northwest (blind134); measured, then blind133 and
//     blind134 used for tuning.
//   - blind135, blind136, blind137 and blind138: written after blind133
//     and blind134 were tuned on (3c244da), side by side, by a
//     hundred-and-thirty-fifth to a hundred-and-thirty-eighth writer who
//     had seen none of it, with interviews from Japan (blind135), from
//     Zimbabwe, Malawi and Mozambique (blind136), from Armenia and its
//     diaspora (blind137), and from Black American communities
//     (blind138); measured, then blind136 and blind137 used for tuning.
//   - blind139, blind140, blind141 and blind142: written after blind136
//     and blind137 were tuned on (119731e, the final detector), side by
//     side, by a hundred-and-thirty-ninth to a hundred-and-forty-second
//     writer who had seen none of it, with interviews from the English
//     Midlands and Yorkshire (blind139), from Yemen, Somaliland, Somalia
//     and Djibouti (blind140), from Vietnam and Vietnamese families
//     abroad (blind141), and from Brazil's south and southeast
//     (blind142); measured, not tuned on.
//   - blind143, blind144, blind145 and blind146: written a round later
//     at the same freeze (119731e), side by side, by a
//     hundred-and-forty-third to a hundred-and-forty-sixth writer who had
//     seen none of it, with interviews from Ireland (blind143), from
//     Egypt and Libya (blind144), from Greece, Cyprus and Malta
//     (blind145), and from rural and small-town United States
//     (blind146); measured, not tuned on.
//   - blind147, blind148, blind149 and blind150: written two rounds
//     later at the same freeze (119731e), side by side, by a
//     hundred-and-forty-seventh to a hundred-and-fiftieth writer who had
//     seen none of it, with interviews from Turkey (blind147), from Iran
//     and Afghanistan (blind148), from Central Asia and the Caucasus
//     (blind149), and from francophone West Africa (blind150); measured,
//     not tuned on.
//   - blind151, blind152, blind153 and blind154: written after blind139
//     to blind150 were tuned on, the detector frozen at 522067a, side by
//     side, by a hundred-and-fifty-first to a hundred-and-fifty-fourth
//     writer who had seen none of it, with interviews from the Andes and
//     Venezuela (blind151), from South Korea and Mongolia (blind152), from
//     southern Africa (blind153), and from Italy (blind154); measured, not
//     tuned on.
//   - blind155, blind156, blind157 and blind158: written after blind142
//     and blind147 to blind154 were tuned on, the detector frozen at
//     f2181ad, side by side, by a hundred-and-fifty-fifth to a
//     hundred-and-fifty-eighth writer who had seen none of it, with
//     interviews from the Philippines (blind155), from the Nordic and
//     Baltic countries (blind156), from Pakistan and Bangladesh (blind157),
//     and from Haiti, Martinique and Guadeloupe (blind158); measured, not
//     tuned on.
//   - blind159, blind160, blind161 and blind162: written after blind152,
//     blind153 and blind156 were tuned on, the detector frozen at b1fd863,
//     side by side, by a hundred-and-fifty-ninth to a
//     hundred-and-sixty-second writer who had seen none of it, with
//     interviews from Canada's prairies and north (blind159), from northern
//     Australia and New Zealand (blind160), from Ethiopia and Eritrea
//     (blind161), and from northern Spain and Portugal (blind162);
//     measured, not tuned on.
//   - blind163, blind164, blind165 and blind166: written after blind159
//     to blind162 were tuned on, the detector frozen at fb5b130, side by
//     side, by a hundred-and-sixty-third to a hundred-and-sixty-sixth
//     writer who had seen none of it, with interviews from the Caribbean
//     coast of Colombia and Central America (blind163), from Thailand and
//     Laos (blind164), from Poland, Czechia and Slovakia (blind165), and
//     from the Gulf (blind166); measured, not tuned on.
//   - blind167, blind168, blind169 and blind170: written after the review
//     of the rules tuned on blind139 to blind162, the detector frozen at
//     260f250, side by side, by a hundred-and-sixty-seventh to a
//     hundred-and-seventieth writer who had seen none of it, with
//     interviews from Taiwan (blind167), from Madagascar, Mauritius and
//     Réunion (blind168), from Wales (blind169), and from Rwanda, Burundi
//     and the eastern Congo (blind170); measured, then tuned on (their
//     floors are the frozen figures).
//   - blind171, blind172, blind173 and blind174: written after blind167
//     to blind170 were tuned on, the detector frozen at 4ddb0a4, side by
//     side, by a hundred-and-seventy-first to a hundred-and-seventy-fourth
//     writer who had seen none of it, with interviews from Hawaii
//     (blind171), from Tunisia, eastern Algeria and Tripoli (blind172),
//     from Peru (blind173), and from Québec and Acadia (blind174);
//     measured, then tuned on (their floors are the frozen figures).
//   - blind175, blind176, blind177 and blind178: written after blind171
//     to blind174 were tuned on, the detector frozen at 4c6ce9f, side by
//     side, by a hundred-and-seventy-fifth to a hundred-and-seventy-eighth
//     writer who had seen none of it, with interviews from Ghana and Togo
//     (blind175), from Argentina and Uruguay (blind176), from Sri Lanka
//     and the Maldives (blind177), and from Scotland and Northern Ireland
//     (blind178); measured; blind175 and blind176 then tuned on (their
//     floors are the frozen figures).
//   - blind179, blind180, blind181 and blind182: written after blind175
//     and blind176 were tuned on, the detector frozen at 5d77091, side by
//     side, by a hundred-and-seventy-ninth to a hundred-and-eighty-second
//     writer who had seen none of it, with interviews from Indonesia
//     (blind179), from Kenya and Uganda (blind180), from Greece and Cyprus
//     (blind181), and from the American South (blind182); measured;
//     blind179 then tuned on (its floors are the frozen figures).
//   - blind183, blind184, blind185 and blind186: written after the review
//     of the tuning on blind175 and blind176, the detector frozen at
//     dfc15a7, side by side, by a hundred-and-eighty-third to a
//     hundred-and-eighty-sixth writer who had seen none of it, with
//     interviews from Okinawa and Kyushu (blind183), from Nigeria
//     (blind184), from Austria, Switzerland and southern Germany
//     (blind185), and from Central America and southern Mexico (blind186);
//     measured, not tuned on.
//   - blind187, blind188, blind189 and blind190: written after the tuning
//     on blind179, the detector frozen at 9c70bfb, side by side, by a
//     hundred-and-eighty-seventh to a hundred-and-ninetieth writer who had
//     seen none of it, with interviews from southern India (blind187), from
//     the Netherlands and Belgium (blind188), from Jordan, Iraq and Syria
//     (blind189), and from urban Australia (blind190); measured, then
//     tuned on (their floors are the frozen figures).
//   - blind191, blind192, blind193 and blind194: written after the tuning
//     on blind187 to blind190, the detector frozen at 60d172d, side by
//     side, by a hundred-and-ninety-first to a hundred-and-ninety-fourth
//     writer who had seen none of it, with interviews from Cameroon and
//     Gabon (blind191), from southern Portugal and Cape Verde (blind192),
//     from Romania, Moldova and Bulgaria (blind193), and from Ontario and
//     British Columbia (blind194); measured, then tuned on (their floors
//     are the frozen figures).
//   - blind195, blind196, blind197 and blind198: written after the review
//     of the tuning on blind187 to blind190, the detector frozen at
//     8a6bf51, side by side, by a hundred-and-ninety-fifth to a
//     hundred-and-ninety-eighth writer who had seen none of it, with
//     interviews from northern Mexico and the border (blind195), from
//     north-eastern Brazil (blind196), from Tanzania (blind197), and from
//     northern and central France (blind198); measured, then tuned on
//     (their floors are the frozen figures).
//   - blind199, blind200, blind201 and blind202: written after the tuning
//     on blind191 to blind194, the detector frozen at 2a97837, side by
//     side, by a hundred-and-ninety-ninth to a two-hundred-and-second
//     writer who had seen none of it, with interviews from inland
//     Colombia (blind199), from northern and eastern Germany (blind200),
//     from northern Pakistan (blind201), and from south-west England and
//     Cornwall (blind202); measured, then tuned on (their floors are the
//     frozen figures).
//   - blind203, blind204, blind205 and blind206: written after the review
//     of the tuning on blind191 to blind194, the detector frozen at
//     213b165, side by side, by a two-hundred-and-third to a
//     two-hundred-and-sixth writer who had seen none of it, with
//     interviews from Bangladesh, Assam and West Bengal (blind203), from
//     Iceland, the Faroes and Greenland (blind204), from Sudan, eastern
//     Chad and southern Egypt (blind205), and from the US Mid-Atlantic
//     and New England (blind206); measured, then tuned on (their floors
//     are the frozen figures).
//   - blind207, blind208, blind209 and blind210: written after the tuning
//     on blind199 to blind202, the detector frozen at bee7927, side by
//     side, by a two-hundred-and-seventh to a two-hundred-and-tenth
//     writer who had seen none of it, with interviews from Melanesia
//     (blind207), from Serbia and Bosnia and Herzegovina (blind208), from
//     southern Spain and the Canaries (blind209), and from New Zealand and
//     the Cook Islands (blind210); measured, then tuned on (their floors
//     are the frozen figures).
//   - blind211, blind212, blind213 and blind214: written after the tuning
//     on blind207 and blind208, the detector frozen at be21d24, side by
//     side, by a two-hundred-and-eleventh to a two-hundred-and-fourteenth
//     writer who had seen none of it, with interviews from England's
//     north (blind211), from Angola and northern Mozambique (blind212),
//     from Texas and Oklahoma (blind213), and from Brunei and Sabah
//     (blind214); measured, then tuned on (their floors are the frozen
//     figures).
//   - blind215, blind216, blind217 and blind218: written after the tuning
//     on blind209 and blind210, the detector frozen at d360ac3, side by
//     side, by a two-hundred-and-fifteenth to a two-hundred-and-eighteenth
//     writer who had seen none of it, with interviews from Alaska
//     (blind215), from Guam, the Northern Marianas and Micronesia
//     (blind216), from northern India (blind217), and from Guinea and
//     Mauritania (blind218); measured, then tuned on (their floors are the
//     frozen figures).
//   - blind219, blind220, blind221 and blind222: written after the tuning
//     on blind211 to blind214, the detector frozen at 3c01118, side by
//     side, by a two-hundred-and-nineteenth to a two-hundred-and-twenty-
//     second writer who had seen none of it, with interviews from Sardinia
//     and Corsica (blind219), from Atlantic Canada (blind220), from French
//     Polynesia (blind221), and from northern Thailand and the Myanmar
//     border (blind222); measured, then tuned on (their floors are the
//     frozen figures).
//   - blind223, blind224, blind225 and blind226: written after the tuning
//     on blind215 to blind218, the detector frozen at 1f4a80a, side by
//     side, by a two-hundred-and-twenty-third to a two-hundred-and-twenty-
//     sixth writer who had seen none of it, with interviews from the two
//     Congos (blind223), from Oman (blind224), from eastern Indonesia
//     (blind225), and from Bolivia's lowlands and south (blind226);
//     measured, then tuned on (their floors are the frozen figures).
//   - blind227, blind228, blind229 and blind230: written after the review
//     and the tuning on blind219 to blind222, the detector frozen at
//     c6a0ebb, side by side, by a two-hundred-and-twenty-seventh to a
//     two-hundred-and-thirtieth writer who had seen none of it, with
//     interviews from western Georgia and Azerbaijan (blind227), from
//     Egypt's Delta, Canal and Red Sea (blind228), from the Channel
//     Islands and the Isle of Man (blind229), and from Paraguay and
//     Argentina's north-east (blind230); measured, then blind227 to
//     blind229 tuned on (their floors are the frozen figures).
//   - blind231, blind232, blind233 and blind234: written after the review
//     of the tunings on blind215 to blind226 and the tuning on blind227
//     to blind229, the detector frozen at e8e588b, side by side, by a
//     two-hundred-and-thirty-first to a two-hundred-and-thirty-fourth
//     writer who had seen none of it, with interviews from Zambia
//     (blind231), from Eswatini and northern Namibia (blind232), from
//     Sicily and Calabria (blind233), and from central Mexico (blind234);
//     measured, then tuned on (their floors are the frozen figures).
//   - blind235, blind236, blind237 and blind238: written after the tuning
//     on blind231 to blind234, the detector frozen at 7512f55, side by
//     side, by a two-hundred-and-thirty-fifth to a two-hundred-and-thirty-
//     eighth writer who had seen none of it, with interviews from northern
//     Malawi and Zomba (blind235), from the Papua New Guinea highlands
//     (blind236), from the Fergana Valley and southern Kyrgyzstan
//     (blind237), and from Iraqi Kurdistan and north-east Syria (blind238);
//     measured, then tuned on (their floors are the frozen figures).
//   - blind239, blind240, blind241 and blind242: written at db92bf7 (the
//     detector of 7512f55, not tuned on after blind235 to blind238), side
//     by side, by a two-hundred-and-thirty-ninth to a two-hundred-and-
//     forty-second writer who had seen none of it, with interviews from
//     western Mongolia and the Russian Altai (blind239), from Lesotho, the
//     Free State and the Eastern Cape (blind240), from Suriname, Guyana
//     and French Guiana (blind241), and from Puerto Rico and the US Virgin
//     Islands (blind242); measured, then tuned on but for
//     blind241 (their floors are the frozen figures).
//   - blind243, blind244, blind245 and blind246: written after the tuning
//     on blind235 to blind242, the detector frozen at 33796fa, side by
//     side, by a two-hundred-and-forty-third to a two-hundred-and-forty-
//     sixth writer who had seen none of it, with interviews from Sarawak
//     and Mindanao (blind243), from Sindh and Balochistan (blind244), from
//     the Azores and Madeira (blind245), and from Tasmania and regional
//     South Australia (blind246); measured, then tuned on (their floors
//     are the frozen figures).
//   - blind247, blind248, blind249 and blind250: written after the mending
//     of 33796fa and the tuning on blind243 to blind246, the detector
//     frozen at f758ecb, side by side, by a two-hundred-and-forty-seventh
//     to a two-hundred-and-fiftieth writer who had seen none of it, with
//     interviews from Kiribati, Tuvalu and Nauru (blind247), from India's
//     north-east hills (blind248), from Ladakh and the Tibetan exile towns
//     (blind249), and from Belize (blind250); measured, then tuned on
//     (their floors are the frozen figures).
//   - blind251, blind252, blind253 and blind254: written after the second
//     review's mending and the tuning on blind247 to blind250, the
//     detector frozen at c1d63ea, side by side, by a two-hundred-and-
//     fifty-first to a two-hundred-and-fifty-fourth writer who had seen
//     none of it, with interviews from the Basque Country and Navarre
//     (blind251), from Sápmi (blind252), from the tribal districts of
//     Odisha and Chhattisgarh (blind253), and from Réunion and Mayotte
//     (blind254); measured, then tuned on (their floors are the frozen
//     figures, but one: see blind252).
//   - blind255, blind256, blind257 and blind258: written after the tuning
//     on blind251 to blind254, the detector frozen at 960dfbd, side by
//     side, by a two-hundred-and-fifty-fifth to a two-hundred-and-fifty-
//     eighth writer who had seen none of it, with interviews from
//     Lebanon's north and the Bekaa (blind255), from the Sakha Republic
//     (blind256), from the Central African Republic (blind257), and from
//     Colombia's Pacific coast (blind258); measured, then tuned on (their
//     floors are the frozen figures).
//   - blind259, blind260, blind261 and blind262: written after the tuning
//     on blind255 to blind258, the detector frozen at c680f1a, side by
//     side, by a two-hundred-and-fifty-ninth to a two-hundred-and-sixty-
//     second writer who had seen none of it, with interviews from Galicia
//     and Asturias (blind259), from Gagauzia and Bessarabia (blind260),
//     from Burkina Faso and Niger's south (blind261), and from Cape York
//     and the Torres Strait (blind262); measured, then tuned on in the
//     lists only (their floors are the frozen figures).
//
// Each set is scored as one project: DetectAll over all its files, with the
// options groundwork would give (speaker labels, front-matter values as
// words that are not names). REDACT_SET=DIR scores any other folder the
// same way (go run ./ingest/redact/redacteval DIR prints the same table).

// floor is the least a set must score: recall per marked kind, precision
// of PERSON and of everything.
type floor struct {
	recall                 map[string]float64
	personPrecision, total float64
}

var floors = map[string]floor{
	"labelled": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	"heldout":  {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind: first measured 2026-12-03 at PHONE 0.82, ADDRESS 0.69, DATE
	// 0.58, ID 0.40 recall; then tuned on.
	"blind": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.94},
	// blind2: first measured 2026-12-03 at EMAIL 0.87, ADDRESS 0.86, ID
	// 0.63 recall; then tuned on.
	"blind2": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.91, total: 0.93},
	// blind3: first measured 2026-12-03 at PHONE 0.95, ADDRESS 0.70, DATE
	// 0.85, URL 0.88, ID 0.51 recall; then tuned on. Its one ID short of
	// 1 is labelled with its cue ("MRN 00-4471-223"), which the detector
	// leaves standing.
	"blind3": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.93, total: 0.95},
	// blind4: first measured 2026-12-03 at PERSON 0.960 (precision
	// 0.876), PHONE 0.885, ADDRESS 0.556, DATE 0.958, ID 0.867 recall;
	// then tuned on (its date in Malay is still missed).
	"blind4": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.89, total: 0.91},
	// blind5: first measured 2026-12-03 at PERSON 0.974 (precision
	// 0.896), PHONE 0.963, ADDRESS 0.571, DATE 0.960, URL 0.833, ID 0.733
	// recall; then tuned on (its date in Maltese is still missed).
	"blind5": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 0.96, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.94},
	// blind6: first measured 2026-12-03 at PERSON 0.995 (precision
	// 0.910), PHONE 0.900, ADDRESS 0.680, DATE 0.893, ID 0.812 recall;
	// then tuned on (an ID read digit by digit and one labelled with its
	// cue "MRN" are still missed).
	"blind6": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind7: first measured 2026-12-03 at PERSON 0.972 (precision
	// 0.838: "Dari", a language, sixteen times), PHONE 0.966, EMAIL 0.875,
	// ADDRESS 0.682, ID 0.886 recall; then tuned on (three addresses and
	// two names are still missed).
	"blind7": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.93},
	// blind8: first measured 2026-12-03 (at the frozen 487cf96) at
	// PERSON 0.965 (precision 0.887), PHONE 0.771, EMAIL 0.955, ADDRESS
	// 0.792, DATE 0.926, URL 0.889, ID 0.906; then tuned on ("JP", a
	// speaker known by initials, is still missed, and so are an address
	// and an ID).
	"blind8": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.97, "EMAIL": 1, "ADDRESS": 0.95, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.89, total: 0.91},
	// blind9: first measured 2026-12-03 (at the frozen 82e0d38) at
	// PERSON 0.977 (precision 0.907), PHONE 0.914, EMAIL 0.941, ADDRESS
	// 0.550, ID 0.895; then tuned on (a Burmese name ending in a word,
	// "Aye", a Senegalese surname that is a season, "Fall", and a
	// nickname that is a word, "Bat", are still missed).
	"blind9": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.96},
	// blind10: first measured 2026-12-03 (at the frozen f24e9dc) at
	// PERSON 0.978 (precision 0.912), PHONE 0.826, EMAIL 0.944, ADDRESS
	// 0.318, DATE 0.955, URL 0.667, ID 0.808; then tuned on (Karen names
	// of words, "Say Say", a Vietnamese card's letters, a code of four
	// digits and a Kyrgyz landline are still missed).
	"blind10": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.95, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.94, total: 0.95},
	// blind11: measured 2026-12-04 (at the frozen 5b06320, after the
	// review of the tenth tuning) at PERSON 0.979 (precision 0.911), PHONE
	// 0.969, EMAIL 0.941, ADDRESS 0.364, DATE 0.952, URL 0.917, ID 0.818;
	// then tuned on (virtue names said as words, "Patience is", are still
	// taken for names).
	"blind11": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind12: measured 2026-12-04 (at the frozen 3b77f12, the tuning on
	// blind11) at PERSON 0.968 (precision 0.828: speaker roles in other
	// languages, "Moderadora", "Voditeljka"), PHONE 0.912, EMAIL 0.789,
	// ADDRESS 0.385, DATE 0.640, URL 1.000, ID 0.838; the same at 6f18f29
	// (the review's fixes, also unseen); then tuned on (an address given by
	// what faces it is still missed; "Ahadi", a programme's name that is a
	// given name, is taken for a name wherever said: blind13 showed such a
	// programme's name is as often a founder's).
	"blind12": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.91, total: 0.93},
	// blind13: measured 2026-12-04 (at the frozen d407ab8, the tuning on
	// blind12; the same at 3226281, its review's fixes) at PERSON 0.961
	// (precision 0.852), PHONE 0.857, EMAIL 0.818, ADDRESS 0.615, DATE
	// 0.864, URL 1.000, ID 0.667; then tuned on (programmes named as their
	// founders are, "Nour", are still taken for names wherever said, and
	// numbers said in French words are missed).
	"blind13": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.92, "EMAIL": 0.9, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.83}, personPrecision: 0.88, total: 0.9},
	// blind14: measured 2026-12-04 (at the frozen 85a2c1e, the tuning on
	// blind13) at PERSON 0.974 (precision 0.826), PHONE 0.729, EMAIL 1.000,
	// ADDRESS 0.458, DATE 0.760, URL 1.000, ID 0.692. (Reading its false
	// names found that accented list words never matched a folded key:
	// fixed, names precision 0.859.) Then tuned on for its structured
	// kinds (speaker roles in Hungarian and Cyrillic, and addresses given
	// by landmarks, are still missed).
	"blind14": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.91, "EMAIL": 1, "ADDRESS": 0.7, "DATE": 0.96, "URL": 1, "ID": 0.82}, personPrecision: 0.85, total: 0.88},
	// blind15: measured 2026-12-04 (at the frozen f02dd4f, the review of
	// the blind13 tuning; and at e6017de, the tuning on blind14, written
	// meanwhile and also unseen) at PERSON 0.990 (precision 0.895), PHONE
	// 1.000, EMAIL 0.682, ADDRESS 0.550, DATE 0.750 (0.792 at e6017de),
	// URL 1.000, ID 0.722; not tuned on yet: its floors are its unseen
	// figures. (At e6017de four phones said again in words, which the
	// writer left unmarked, count as false.) Then tuned on for spoken
	// e-mail, dates, and numbers after a number's sign (ID 0.806).
	"blind15": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.86, "ADDRESS": 0.55, "DATE": 0.91, "URL": 1, "ID": 0.8}, personPrecision: 0.89, total: 0.91},
	// blind16: measured 2026-12-04 (at the frozen 9d327a0, the review of
	// the blind14 tuning) at PERSON 0.950 (precision 0.900), PHONE 0.881,
	// EMAIL 0.828, ADDRESS 0.606, DATE 0.926, URL 0.909, ID 0.882; not
	// tuned on yet: its floors are its unseen figures. (Reading its missed
	// names found the kunya, "Umm Yousef", was no name: fixed, names
	// recall 0.985.) Then tuned on for spoken e-mail and dates: e-mail
	// 1.000, dates 1.000.
	// Tuned on again on 4 December (false names, addresses, numbers given
	// as one's own): names precision 0.923, ADDRESS 0.697, ID 0.941.
	// blind16 and blind55: names spelled letter by letter ("K-A-D-R-A",
	// "h-a-r-r-i-e-t"), which their writers left unmarked, are redacted
	// since 5 December (spelledName) and count as false: PERSON precision
	// floors one hundredth lower.
	"blind16": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 0.88, "EMAIL": 0.82, "ADDRESS": 0.69, "DATE": 0.92, "URL": 0.9, "ID": 0.88}, personPrecision: 0.91, total: 0.93},
	// blind17: measured 2026-12-04 at the frozen 139f2d1 and again at
	// 00e5b64 (after tuning on blind15 and blind16, which it was not
	// written for): the same at both, PERSON 0.976 (precision 0.914),
	// PHONE 0.943, EMAIL 1.000, ADDRESS 0.571, DATE 0.857, URL 1.000, ID
	// 0.829; its floors are its unseen figures. Then tuned on (names
	// 0.984, addresses 0.607 in-sample).
	// Tuned on again on 4 December: names precision 0.929, ADDRESS 0.821;
	// 0.922 after the review (a given name said twice after "in" is no
	// longer made a place: "in Mary", "in Arlon" are names again).
	// 0.920 after the second review (a cue now beats a thing's name).
	// 0.912 after a name found with a cue beats a thing's name everywhere
	// ("she speaks very good Japanese" makes every "Japanese" a name; the
	// demo's "Shona", a language too, was left in reports without it).
	"blind17": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 0.85, "URL": 1, "ID": 0.82}, personPrecision: 0.9, total: 0.92},
	// blind18: measured 2026-12-04 at the frozen 3207369 and again at
	// 3faf6b1 (after the review of the tuning): the same at both, PERSON
	// 0.989 (precision 0.861), PHONE 0.917, EMAIL 1.000, ADDRESS 0.529,
	// DATE 0.739, URL 0.889, ID 0.935. Then tuned on (4 December): PERSON
	// 0.992 at 0.870, PHONE 0.958, ADDRESS 0.765, DATE 0.826, URL 1.000,
	// ID 0.968; floors hold the tuning.
	// 0.868 after the second review ("Mira," with a given name's class).
	"blind18": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.82, "URL": 1, "ID": 0.96}, personPrecision: 0.86, total: 0.89},
	// blind19: measured 2026-12-04 at the frozen 1bb5866 (recall 0.941,
	// PERSON 0.976 at precision 0.855, PHONE 0.872, EMAIL 0.900, ADDRESS
	// 0.667, DATE 0.862, URL 0.769, ID 0.857), and at cd5f7c7, after
	// 1bb5866 was reverted and the blind17 tuning narrowed on review:
	// 0.941, PERSON 0.976 at 0.846. Then tuned on (4 December): PERSON
	// 0.985 at 0.854, PHONE 0.894, EMAIL 1.000, ADDRESS 0.958, DATE 1.000,
	// URL 1.000, ID 0.881; floors hold the tuning.
	"blind19": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.89, "EMAIL": 1, "ADDRESS": 0.95, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.85, total: 0.88},
	// blind20: measured 2026-12-04 at the frozen 5aea0e3 (recall 0.944:
	// PERSON 0.969 at precision 0.886, PHONE 0.912, EMAIL 1.000, ADDRESS
	// 0.450, DATE 0.960, URL 1.000, ID 0.822), and at 71af889, after the
	// rules made meanwhile without reading it: 0.946, ADDRESS 0.500,
	// PERSON 0.969 at 0.887. Then tuned on (569439b): PERSON 0.974 at
	// 0.929, PHONE 1.000, ADDRESS 0.700, ID 0.956; floors hold the tuning.
	// After the second review: names precision 0.920, all 0.935 ("Ja,",
	// "Hallå,", "Ji." and a language after a cue are names again).
	"blind20": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.7, "DATE": 0.96, "URL": 1, "ID": 0.95}, personPrecision: 0.91, total: 0.93},
	// blind21: measured 2026-12-04 at the frozen 569439b and again at
	// 7d0756c (after the review's fixes, unseen too): the same at both,
	// recall 0.979 at precision 0.920; PERSON 0.998 at 0.908, PHONE 0.962,
	// EMAIL 1.000, ADDRESS 0.579 (precision 0.812: a programme called "Mercy
	// Road" taken for a street, fixed after: 1.000), DATE 1.000, URL 1.000,
	// ID 0.929. Then tuned on for addresses (b2a18da): ADDRESS 0.947,
	// all 0.991 at 0.924.
	"blind21": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.96, "EMAIL": 1, "ADDRESS": 0.94, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.9, total: 0.91},
	// blind22: measured 2026-12-04 at the frozen b2a18da and again at
	// 6ef41ee (after the second review's fixes): the same at both, recall
	// 0.960 at precision 0.909; PERSON 0.976 at 0.888, PHONE 1.000, EMAIL
	// 1.000, ADDRESS 0.455, DATE 1.000, URL 1.000, ID 0.902. Then tuned on
	// for addresses (0.818 in-sample), IDs (0.927) and false names (0.897).
	"blind22": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.88, total: 0.91},
	// blind23: measured 2026-12-04 at the frozen 1ca7d32 and again at
	// aff9ae0: the same at both, recall 0.962 at precision 0.915; PERSON
	// 0.987 at 0.890, PHONE 0.960, EMAIL 0.938, ADDRESS 0.760 (at 0.950),
	// DATE 1.000, URL 1.000, ID 0.862. Not tuned on; its floors are its
	// unseen figures. Then tuned on for false names (12dfa15): names
	// precision 0.909; 0.898 after the fourth review ("Santa", "Sant" and
	// "Virgen" lead people's names too: "Santa Marija" is a name again).
	"blind23": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.96, "EMAIL": 0.93, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.89, total: 0.92},
	// blind24: measured 2026-12-04 at the frozen 12dfa15 and again at
	// e7ee34e: the same at both, recall 0.967 at precision 0.933; PERSON
	// 0.983 at 0.918, PHONE 1.000, EMAIL 1.000, ADDRESS 0.690, DATE 1.000,
	// URL 1.000, ID 0.885. Then tuned on for addresses (8f6e92b): ADDRESS
	// 0.966, recall 0.980.
	"blind24": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.91, total: 0.93},
	// blind25: measured 2026-12-04 at the frozen 8f6e92b: recall 0.910 at
	// precision 0.959; PERSON 0.909 at 0.946 (two speakers named with
	// words, "Lovely" and "Bless", 27 of the 34 misses), PHONE 0.952, EMAIL
	// 1.000, ADDRESS 0.774, DATE 1.000, URL 1.000, ID 0.892. Then tuned on:
	// PERSON 0.979 at 0.947, ADDRESS 0.806, recall 0.963.
	"blind25": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 1, "URL": 1, "ID": 0.89}, personPrecision: 0.94, total: 0.95},
	// blind26: measured 2026-12-04 at the frozen 7864214 and again after
	// the fifth review's fixes: the same at both, recall 0.975 at
	// precision 0.938; PERSON 0.995 at 0.919, PHONE 0.957, EMAIL 1.000,
	// ADDRESS 0.786, DATE 0.905, URL 1.000, ID 0.938. Its floors are its
	// unseen figures; tuned on since for IDs and dates (ID 1.000, DATE
	// 0.952).
	// blind27: measured 2026-12-04 at the frozen 425e457: recall 0.960 at
	// precision 0.933; PERSON 0.988 at 0.917, PHONE 0.960, EMAIL 1.000,
	// ADDRESS 0.577, DATE 1.000, URL 1.000, ID 0.862. Then tuned on: PERSON
	// 0.995, ADDRESS 0.692.
	"blind27": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.96, "EMAIL": 1, "ADDRESS": 0.69, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.91, total: 0.93},
	// blind28: measured 2026-12-04 at the frozen a5e644e and at be20f69:
	// the same at both, recall 0.960 at precision 0.937; PERSON 0.975 at
	// 0.930, PHONE 0.964, EMAIL 0.952, ADDRESS 0.667, DATE 1.000, URL
	// 1.000, ID 0.974. Its floors are its unseen figures; tuned on since
	// for addresses (ADDRESS 0.788).
	"blind28": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.96, "EMAIL": 0.95, "ADDRESS": 0.66, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.93},
	// blind29: measured 2026-12-04 at the frozen 56fc0e2: recall 0.912 at
	// precision 0.915; PERSON 0.919 at 0.892 (a speaker named Sunday, 17
	// of the 30 misses: a day's name was never taken from a label), PHONE
	// 0.955, EMAIL 1.000, ADDRESS 0.815, DATE 0.947, URL 1.000, ID 0.793.
	// Then tuned on: PERSON 0.957 at 0.896.
	"blind29": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 0.94, "URL": 1, "ID": 0.79}, personPrecision: 0.89, total: 0.91},
	// blind30: measured 2026-12-04 at the frozen 0d3bdd7 (and the same
	// at d38e249): recall 0.976 at precision 0.936; PERSON 0.991 at 0.921,
	// PHONE 0.913, EMAIL 1.000, ADDRESS 0.857, DATE 0.913, URL 0.900, ID
	// 0.970. Then tuned on: ADDRESS 0.964, DATE 1.000.
	"blind30": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.91, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 0.91, "URL": 0.9, "ID": 0.96}, personPrecision: 0.92, total: 0.93},
	// blind31: measured 2026-12-04 at the frozen 7859ce6 (and the same
	// at 05adfec): recall 0.973 at precision 0.933; PERSON 0.987 at 0.913,
	// PHONE 0.952, EMAIL 1.000, ADDRESS 0.889, DATE 0.952, URL 1.000, ID
	// 0.921. Then tuned on: PHONE 1.000, ADDRESS 0.972, DATE 1.000.
	"blind31": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.95, "URL": 1, "ID": 0.92}, personPrecision: 0.91, total: 0.93},
	// blind32: measured 2026-12-04 at the frozen ba293e3: recall 0.968 at
	// precision 0.949; PERSON 0.985 at 0.927, PHONE 1.000, EMAIL 0.826,
	// ADDRESS 0.824, DATE 1.000, URL 1.000, ID 0.978. Then tuned on: EMAIL
	// 1.000, ADDRESS 0.912.
	"blind32": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 0.82, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.94},
	// blind33: measured 2026-12-04 at 8804cde (the detector of e9d155d):
	// recall 0.982 at precision 0.945; PERSON 0.993 at 0.929, PHONE 0.950,
	// EMAIL 1.000, ADDRESS 0.871, DATE 1.000, URL 1.000, ID 0.943. Then
	// tuned on: PERSON 0.998, ADDRESS 0.968.
	"blind33": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.87, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.94},
	// blind34: measured 2026-12-04 at the frozen 0e681af: recall 0.959 at
	// precision 0.922; PERSON 0.970 at 0.900 ("Ah Keong" five times,
	// "Ramazan" the month taken for a name five times), PHONE 1.000, EMAIL
	// 0.895, ADDRESS 0.786, DATE 0.947, URL 1.000, ID 1.000. Then tuned on:
	// ADDRESS 0.893, PERSON 0.984.
	"blind34": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 0.89, "ADDRESS": 0.78, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.89, total: 0.92},
	// blind35: measured 2026-12-04 at the frozen 2a922ee: recall 0.958 at
	// precision 0.911; PERSON 0.977 at 0.881 (below the precision target:
	// "Dar" for Dar es Salaam five times, "Dra." twice, a programme named
	// "Liv"), PHONE 1.000, EMAIL 1.000, ADDRESS 0.759, DATE 0.947, URL
	// 1.000, ID 0.931. Then tuned on: PERSON precision 0.903, ADDRESS 0.828.
	"blind35": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 0.94, "URL": 1, "ID": 0.93}, personPrecision: 0.88, total: 0.91},
	// blind36: measured 2026-12-04 at the frozen 9491f70 (and the same at
	// 989ddac): recall 0.971 at precision 0.931; PERSON 0.985 at 0.906,
	// PHONE 1.000, EMAIL 1.000, ADDRESS 0.875, DATE 0.957, URL 1.000, ID
	// 0.886. Then tuned on: DATE 1.000, ADDRESS 1.000.
	"blind36": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.87, "DATE": 0.95, "URL": 1, "ID": 0.88}, personPrecision: 0.9, total: 0.93},
	// blind37: measured 2026-12-04 at the frozen c574ee7: recall 0.973 at
	// precision 0.938; PERSON 0.990 at 0.923, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.774, DATE 0.955, URL 1.000, ID 0.933. Then tuned on:
	// ADDRESS 0.968.
	"blind37": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.77, "DATE": 0.95, "URL": 1, "ID": 0.93}, personPrecision: 0.92, total: 0.93},
	// blind38: measured 2026-12-04 at the frozen d7bbcb6: recall 0.942 at
	// precision 0.933; PERSON 0.986 at 0.914, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.679, DATE 0.789, URL 1.000, ID 0.733 (Serbian, Uzbek and
	// Haitian forms). Then tuned on: DATE 0.895, ADDRESS 0.964.
	"blind38": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.67, "DATE": 0.78, "URL": 1, "ID": 0.73}, personPrecision: 0.91, total: 0.93},
	// blind39: measured 2026-12-04 at the frozen 482ed5b: recall 0.972 at
	// precision 0.941; PERSON 0.982 at 0.926, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.731, DATE 1.000, URL 1.000, ID 0.971. Then tuned on: PERSON
	// 0.995, ADDRESS 0.923, ID 1.000.
	"blind39": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.94},
	// blind40: measured 2026-12-04 at the frozen 2977ddc (and the same at
	// 458db41): recall 0.980 at precision 0.942; PERSON 0.998 at 0.928,
	// PHONE 1.000, EMAIL 0.957, ADDRESS 0.844, DATE 1.000, URL 1.000, ID
	// 0.848. Then tuned on: PERSON precision 0.937, EMAIL 1.000, ADDRESS
	// 0.938, ID 0.909.
	// blind41: measured 2026-12-04 at the frozen f1e56fd (and the same at
	// bf12cd3): recall 0.986 at precision 0.933; PERSON 0.995 at 0.915,
	// PHONE 1.000, EMAIL 1.000, ADDRESS 0.867, DATE 1.000, URL 1.000, ID
	// 0.970. Then tuned on: ADDRESS 0.967.
	"blind41": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.91, total: 0.93},
	// blind42: measured 2026-12-04 at the frozen 83f7f50 (and the same at
	// 80eb325): recall 0.958 at precision 0.946; PERSON 0.986 at 0.929,
	// PHONE 1.000, EMAIL 1.000, ADDRESS 0.567, DATE 1.000, URL 1.000, ID
	// 0.935. Then tuned on: ADDRESS 0.967, ID 1.000.
	"blind42": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.56, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.92, total: 0.94},
	// blind43: measured 2026-12-04 at the frozen cb34d2a (and the same at
	// 6768c1a): recall 0.968 at precision 0.943; PERSON 0.991 at 0.924,
	// PHONE 0.900, EMAIL 0.950, ADDRESS 0.771, DATE 1.000, URL 1.000, ID
	// 0.969. Then tuned on: EMAIL 1.000, ADDRESS 0.943.
	"blind43": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.9, "EMAIL": 0.95, "ADDRESS": 0.77, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.94},
	// blind44: measured 2026-12-04 at the frozen 93c6414 (and the same at
	// 54a2efa): recall 0.965 at precision 0.951; PERSON 0.968 at 0.937,
	// PHONE 1.000, EMAIL 1.000, ADDRESS 0.893, DATE 0.944, URL 1.000, ID
	// 0.963. Then tuned on: PERSON 0.977, ADDRESS 1.000.
	"blind44": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.94, "URL": 1, "ID": 0.96}, personPrecision: 0.93, total: 0.95},
	// blind45: measured 2026-12-04 at the frozen 6c2c351 (and the same at
	// eff3c8d): recall 0.976 at precision 0.970; PERSON 0.994 at 0.961,
	// PHONE 0.950, EMAIL 1.000, ADDRESS 0.844, DATE 1.000, URL 1.000, ID
	// 0.900. Then tuned on: PERSON 0.997, ADDRESS 0.938, ID 0.933.
	"blind45": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.96, total: 0.97},
	// blind46: measured 2026-12-04 at the frozen 34cd53a (and the same at
	// b249704): recall 0.952 at precision 0.935; PERSON 0.960 at 0.909,
	// PHONE 0.958, EMAIL 1.000, ADDRESS 0.821, DATE 0.957, URL 1.000, ID
	// 0.939. Then tuned on: PERSON 0.977, ADDRESS 0.857, ID 0.970.
	"blind46": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 0.95, "URL": 1, "ID": 0.93}, personPrecision: 0.9, total: 0.93},
	// blind47: measured 2026-12-04 at the frozen c6f67b9 (and the same at
	// 30617ce): recall 0.961 at precision 0.954; PERSON 0.989 at 0.942,
	// PHONE 0.947, EMAIL 1.000, ADDRESS 0.800, DATE 0.955, URL 0.857, ID
	// 0.774. Then tuned on: ADDRESS 0.880, ID 0.806.
	"blind47": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 0.95, "URL": 0.85, "ID": 0.77}, personPrecision: 0.94, total: 0.95},
	// blind48: measured 2026-12-04 at the frozen 6751811 (and the same at
	// 02f44b7): recall 0.979 at precision 0.952; PERSON 0.992 at 0.937,
	// PHONE 0.952, EMAIL 1.000, ADDRESS 0.778, DATE 1.000, URL 1.000, ID
	// 1.000. Then tuned on: ADDRESS 0.852.
	"blind48": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.77, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.95},
	// blind49: measured 2026-12-04 at the frozen 2e3e484: recall 0.961 at
	// precision 0.941; PERSON 0.974 at 0.924, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.793, DATE 1.000, URL 1.000, ID 0.912. Then tuned on: PERSON
	// 0.984, PHONE 1.000, ADDRESS 1.000, ID 0.941.
	"blind49": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.79, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.92, total: 0.94},
	// blind50: measured 2026-12-04 at the frozen 6df1ee0 (and the same at
	// e38a529): recall 0.979 at precision 0.899; PERSON 0.989 at 0.863,
	// PHONE 1.000, EMAIL 1.000, ADDRESS 0.885, DATE 0.952, URL 1.000, ID
	// 0.966. Then tuned on: PERSON 0.989 at 0.938, ADDRESS 1.000, DATE
	// 1.000, ID 1.000.
	"blind50": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.95, "URL": 1, "ID": 0.96}, personPrecision: 0.86, total: 0.89},
	// blind51: measured 2026-12-04 at the frozen edd65ff (and the same at
	// f006d90): recall 0.959 at precision 0.941; PERSON 0.972 at 0.929,
	// PHONE 0.947, EMAIL 1.000, ADDRESS 0.857, DATE 1.000, URL 1.000, ID
	// 0.853. Then tuned on: PERSON 0.992, PHONE 1.000, ADDRESS 0.929, ID
	// 0.912.
	"blind51": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.85}, personPrecision: 0.92, total: 0.94},
	// blind52: measured 2026-12-04 at the frozen 33deda5 (and the same at
	// 3d20ce1): recall 0.984 at precision 0.945; PERSON 0.984 at 0.932,
	// PHONE 1.000, EMAIL 1.000, ADDRESS 1.000, DATE 1.000, URL 1.000, ID
	// 0.941. Then tuned on: PERSON 0.995, ID 0.971.
	"blind52": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.93, total: 0.94},
	// blind53: measured 2026-12-04 at the frozen 26434b1 (and the same at
	// 2a900ad): recall 0.970 at precision 0.952; PERSON 0.983 at 0.940,
	// PHONE 1.000, EMAIL 1.000, ADDRESS 0.893, DATE 0.950, URL 1.000, ID
	// 0.839. Then tuned on: PERSON 0.988, ADDRESS 1.000, DATE 1.000, ID
	// 0.935.
	"blind53": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.95, "URL": 1, "ID": 0.83}, personPrecision: 0.93, total: 0.95},
	// blind54: measured 2026-12-04 at the frozen cf298a2: recall 0.977 at
	// precision 0.956; PERSON 0.983 at 0.945, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.862, DATE 0.947, URL 1.000, ID 1.000. Then tuned on:
	// PERSON 0.993, ADDRESS 0.966, DATE 1.000.
	"blind54": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind55: measured 2026-12-05 at the frozen 76f6038: recall 0.967 at
	// precision 0.954; PERSON 0.983 at 0.952, PHONE 0.870, EMAIL 1.000,
	// ADDRESS 0.846, DATE 0.952, URL 1.000, ID 0.875. Then tuned on: PERSON
	// 0.996, PHONE 0.957, ADDRESS 0.962.
	"blind55": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.86, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 0.95, "URL": 1, "ID": 0.87}, personPrecision: 0.94, total: 0.95},
	// blind56: measured 2026-12-05 at the frozen d3d2bdb: recall 0.957 at
	// precision 0.965; PERSON 0.971 at 0.956, PHONE 0.926, EMAIL 1.000,
	// ADDRESS 0.700, DATE 1.000, URL 1.000, ID 1.000. Then tuned on:
	// ADDRESS 0.950.
	"blind56": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.92, "EMAIL": 1, "ADDRESS": 0.7, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind57: measured 2026-12-05 at the frozen 46b55cb (and the same at
	// 18a1038): recall 0.965 at precision 0.942; PERSON 0.981 at 0.930,
	// PHONE 1.000, EMAIL 0.938, ADDRESS 0.714, DATE 1.000, URL 1.000, ID
	// 0.941. Then tuned on: PERSON 0.993, ADDRESS 0.821.
	"blind57": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 0.93, "ADDRESS": 0.71, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.94},
	// blind58: measured 2026-12-05 at the frozen edeb729: recall 0.967 at
	// precision 0.956; PERSON 0.982 at 0.947, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.767, DATE 1.000, URL 1.000, ID 0.900. Then tuned on: PHONE
	// 1.000, ADDRESS 0.900, ID 0.967.
	"blind58": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.94, total: 0.95},
	// blind59: measured 2026-12-05 at the frozen a25b059: recall 0.978 at
	// precision 0.959; PERSON 0.979 at 0.947, PHONE 0.957, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 1.000, ID 0.971. Then tuned on: PERSON
	// 0.992.
	"blind59": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.94, total: 0.95},
	// blind60: measured 2026-12-05 at the frozen 4758b21: recall 0.952 at
	// precision 0.816; PERSON 0.981 at 0.764 (0.93 counting the names the
	// writer marked elsewhere but left unmarked), PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.720, DATE 1.000, URL 0.857, ID 0.833. Then tuned on:
	// ADDRESS 0.880.
	"blind60": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 1, "URL": 0.85, "ID": 0.83}, personPrecision: 0.76, total: 0.81},
	// blind61: measured 2026-12-05 at the frozen cf849af: recall 0.958 at
	// precision 0.953; PERSON 0.983 at 0.941, PHONE 0.850, EMAIL 1.000,
	// ADDRESS 0.704, DATE 1.000, URL 1.000, ID 0.862. Then tuned on:
	// ADDRESS 0.926.
	"blind61": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.84, "EMAIL": 1, "ADDRESS": 0.7, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.94, total: 0.95},
	// blind62: measured 2026-12-05 at the frozen cf849af: recall 0.970 at
	// precision 0.960; PERSON 0.989 at 0.949, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.724, DATE 1.000, URL 1.000, ID 0.938. Then tuned on:
	// ADDRESS 0.966.
	// blind63: measured 2026-12-05 at the frozen cf849af: recall 0.978 at
	// precision 0.948; PERSON 0.992 at 0.932, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.900. Then tuned on:
	// ADDRESS 0.926.
	"blind63": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.89}, personPrecision: 0.93, total: 0.94},
	// blind64: measured 2026-12-05 at the frozen cf849af: recall 0.940 at
	// precision 0.970; PERSON 0.970 at 0.963, PHONE 0.882, EMAIL 0.941,
	// ADDRESS 0.676, DATE 1.000, URL 1.000, ID 0.833. Then tuned on:
	// ADDRESS 0.853.
	"blind64": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.88, "EMAIL": 0.94, "ADDRESS": 0.67, "DATE": 1, "URL": 1, "ID": 0.83}, personPrecision: 0.96, total: 0.96},
	// blind65: measured 2026-12-05 at the frozen 6f7b4df: recall 0.981 at
	// precision 0.933; PERSON 0.993 at 0.918, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 1.000. Then tuned on:
	// ADDRESS 0.889.
	"blind65": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.91, total: 0.93},
	// blind66: measured 2026-12-05 at the frozen 6f7b4df: recall 0.969 at
	// precision 0.945; PERSON 0.993 at 0.929, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.658, DATE 1.000, URL 1.000, ID 0.941. Then tuned on:
	// ADDRESS 0.947.
	"blind66": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.65, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.94},
	// blind67: measured 2026-12-05 at the frozen efce95f: recall 0.962 at
	// precision 0.971; PERSON 0.984 at 0.965, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.607, DATE 1.000, URL 1.000, ID 0.929. Then tuned on:
	// ADDRESS 0.893.
	"blind67": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.6, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.96, total: 0.97},
	// blind68: measured 2026-12-05 at the frozen efce95f: recall 0.983 at
	// precision 0.969; PERSON 0.993 at 0.963, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.861, DATE 1.000, URL 1.000, ID 1.000. Then tuned on:
	// ADDRESS 0.972.
	"blind68": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.96},
	// blind69: measured 2026-12-05 at the frozen 044c66a: recall 0.976 at
	// precision 0.935; PERSON 0.992 at 0.913, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.862, DATE 1.000, URL 1.000, ID 0.889. Then tuned on:
	// ADDRESS 0.931, ID 0.944.
	"blind69": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.91, total: 0.93},
	// blind70: measured 2026-12-05 at the frozen 044c66a: recall 0.976 at
	// precision 0.937; PERSON 1.000 at 0.926, PHONE 0.895, EMAIL 0.895,
	// ADDRESS 0.889, DATE 0.905, URL 1.000, ID 0.848. Then tuned on:
	// EMAIL 1.000, DATE 1.000.
	"blind70": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.89, "EMAIL": 0.89, "ADDRESS": 0.88, "DATE": 0.9, "URL": 1, "ID": 0.84}, personPrecision: 0.92, total: 0.93},
	// blind71: measured 2026-12-05 at the frozen 7cca673: recall 0.920 at
	// precision 0.938; PERSON 0.924 at 0.917 (a nickname that is also a
	// kinship title, "Tito", "Lola", missed in every mention), PHONE 0.870,
	// EMAIL 1.000, ADDRESS 0.839, DATE 0.944, URL 1.000, ID 0.914. Then
	// tuned on: PERSON 0.994.
	"blind71": {recall: map[string]float64{"PERSON": 0.92, "PHONE": 0.86, "EMAIL": 1, "ADDRESS": 0.83, "DATE": 0.94, "URL": 1, "ID": 0.91}, personPrecision: 0.91, total: 0.93},
	// blind72: measured 2026-12-05 at the frozen 7cca673: recall 0.946 at
	// precision 0.973; PERSON 0.981 at 0.966, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.536, DATE 0.789, URL 1.000, ID 0.929. Then tuned on:
	// ADDRESS 0.857, DATE 1.000.
	"blind72": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.53, "DATE": 0.78, "URL": 1, "ID": 0.92}, personPrecision: 0.96, total: 0.97},
	// blind73: measured 2026-12-05 at the frozen 775fe42: recall 0.981 at
	// precision 0.950; PERSON 0.993 at 0.933, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.909.
	"blind73": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.93, total: 0.95},
	// blind74: measured 2026-12-05 at the frozen 775fe42: recall 0.990 at
	// precision 0.966; PERSON 0.997 at 0.958, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.939, DATE 1.000, URL 1.000, ID 0.943. Then tuned on: ID
	// 0.971.
	"blind74": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.95, total: 0.96},
	// blind75: measured 2026-12-05 at the frozen 239e3cf: recall 0.970 at
	// precision 0.974; PERSON 0.992 at 0.967, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.769, DATE 0.944, URL 0.875, ID 0.852. Then tuned on:
	// ADDRESS 0.923, DATE 1.000.
	"blind75": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 0.94, "URL": 0.87, "ID": 0.85}, personPrecision: 0.96, total: 0.97},
	// blind76: measured 2026-12-05 at the frozen 239e3cf: recall 0.980 at
	// precision 0.947; PERSON 0.982 at 0.928, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.971, DATE 1.000, URL 1.000, ID 0.971. Then tuned on:
	// PERSON 0.997, PHONE, ADDRESS and ID 1.000.
	"blind76": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.97, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.94},
	// blind77: measured 2026-12-05 at the frozen 5b5cce5: recall 0.996 at
	// precision 0.951; PERSON 0.997 at 0.933, PHONE, EMAIL, ADDRESS, DATE
	// and URL 1.000, ID 0.971. Then tuned on: PERSON 1.000.
	"blind77": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.93, total: 0.95},
	// blind78: measured 2026-12-05 at the frozen 5b5cce5: recall 0.971 at
	// precision 0.920; PERSON 0.987 at 0.891, PHONE 1.000, EMAIL 0.938,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.865. Then tuned on: PERSON
	// 0.997 at 0.915, EMAIL and ADDRESS 1.000, ID 0.919.
	"blind78": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 0.93, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.89, total: 0.92},
	// blind79: measured 2026-12-05 at the frozen e7e367a: recall 0.987 at
	// precision 0.964; PERSON 0.995 at 0.954, PHONE 0.955, EMAIL 0.944,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 0.943 (the same at 2569dca).
	// Then tuned on: PERSON precision 0.972.
	"blind79": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 0.94, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.95, total: 0.96},
	// blind80: measured 2026-12-05 at the frozen e7e367a: recall 0.956 at
	// precision 0.932; PERSON 0.962 at 0.911, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.968, DATE 0.833, URL 1.000, ID 0.897 (the same at 2569dca).
	// Then tuned on: PERSON 0.990 at 0.932, DATE and ID 1.000.
	"blind80": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.83, "URL": 1, "ID": 0.89}, personPrecision: 0.91, total: 0.93},
	// blind81: measured 2026-12-05 at the frozen 0c0f7e1: recall 0.971 at
	// precision 0.904; PERSON 0.984 at 0.870, PHONE, EMAIL and URL 1.000,
	// ADDRESS 0.931, DATE 0.957, ID 0.861 (the same at 2e8e9b0). Then tuned
	// on: PERSON precision 0.911.
	"blind81": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 0.95, "URL": 1, "ID": 0.86}, personPrecision: 0.86, total: 0.90},
	// blind82: measured 2026-12-05 at the frozen 0c0f7e1: recall 0.957 at
	// precision 0.944; PERSON 0.976 at 0.928, PHONE, EMAIL and DATE 1.000,
	// ADDRESS 0.758, URL 0.857, ID 0.892 (the same at 2e8e9b0). Then tuned
	// on: PERSON 0.979 at 0.949, ADDRESS 0.788, ID 0.919.
	"blind82": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 0.85, "ID": 0.89}, personPrecision: 0.92, total: 0.94},
	// blind83: measured 2026-12-05 at the frozen e1d0774: recall 0.977 at
	// precision 0.945; PERSON 0.996 at 0.934, PHONE 0.938, EMAIL, DATE and
	// URL 1.000, ADDRESS 0.815, ID 0.818 (the same at 45f1d02). Then tuned
	// on: ADDRESS 0.926, ID 0.848.
	"blind83": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.93, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 1, "URL": 1, "ID": 0.81}, personPrecision: 0.93, total: 0.94},
	// blind84: measured 2026-12-05 at the frozen e1d0774: recall 0.967 at
	// precision 0.928; PERSON 0.979 at 0.905, PHONE, EMAIL, DATE and URL
	// 1.000, ADDRESS 0.778, ID 0.939 (the same at 45f1d02). Then tuned on:
	// PERSON 0.988 at 0.916.
	"blind84": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.77, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.90, total: 0.92},
	// blind85: measured 2026-12-05 at the frozen f6a3052: recall 0.966 at
	// precision 0.944; PERSON 0.981 at 0.927, PHONE, EMAIL, DATE, URL and ID
	// 1.000, ADDRESS 0.667. Then tuned on: ADDRESS 0.741.
	"blind85": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.66, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind86: measured 2026-12-05 at the frozen f6a3052: recall 0.947 at
	// precision 0.907; PERSON 0.957 at 0.873, PHONE 0.950, EMAIL, DATE and
	// URL 1.000, ADDRESS 0.861, ID 0.882. Then tuned on: PERSON 0.977 at
	// 0.910.
	"blind86": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.87, total: 0.90},
	// blind87: measured 2026-12-05 at the frozen 9a31608: recall 0.991 at
	// precision 0.949; PERSON 0.998 at 0.935, ADDRESS 0.852, every other
	// kind 1.000.
	"blind87": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.94},
	// blind88: measured 2026-12-05 at the frozen 9a31608: recall 0.988 at
	// precision 0.942; PERSON 0.992 at 0.924, PHONE 0.957, EMAIL, DATE and
	// URL 1.000, ADDRESS 0.968, ID 0.968. Then tuned on: PERSON precision
	// 0.931.
	"blind88": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.94},
	// blind89: measured 2026-12-05 at the frozen 9cb5b3a: recall 0.953 at
	// precision 0.941; PERSON 0.972 at 0.927, PHONE 0.952, EMAIL, DATE and
	// URL 1.000, ADDRESS 0.742, ID 0.862. Then tuned on: recall 0.971,
	// PERSON precision 0.960, PHONE 1.000, ADDRESS 0.935, ID 0.931.
	"blind89": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.92, total: 0.94},
	// blind90: measured 2026-12-05 at the frozen 9cb5b3a: recall 0.985 at
	// precision 0.937; PERSON 0.988 at 0.916, PHONE, EMAIL and URL 1.000,
	// ADDRESS 0.964, DATE 0.947, ID 0.974. Then tuned on: PERSON 0.994 at
	// 0.950.
	"blind90": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.94, "URL": 1, "ID": 0.97}, personPrecision: 0.91, total: 0.93},
	// blind91: measured 2026-12-05 at the frozen e6f96f8: recall 0.980 at
	// precision 0.961; PERSON 0.991 at 0.956, PHONE, DATE and URL 1.000,
	// EMAIL 0.882, ADDRESS 0.964, ID 0.882. Then tuned on: ID 0.912.
	"blind91": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.88, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.95, total: 0.96},
	// blind92: measured 2026-12-05 at the frozen e6f96f8: recall 0.969 at
	// precision 0.959; PERSON 0.981 at 0.949, PHONE 0.917, EMAIL, URL and
	// ID 1.000, ADDRESS 0.774, DATE 0.955. Then tuned on: recall 0.988,
	// PERSON 0.989 at 0.951, PHONE 0.958, ADDRESS 1.000.
	"blind92": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.91, "EMAIL": 1, "ADDRESS": 0.77, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind93: measured 2026-12-05 at the frozen 115e3fa: recall 0.975 at
	// precision 0.934; PERSON 0.995 at 0.910, PHONE 0.960, EMAIL and URL
	// 1.000, ADDRESS 0.829, DATE 0.955, ID 0.951. Then tuned on: recall
	// 0.989, ADDRESS 0.951, PHONE and DATE 1.000; PERSON precision 366/402 -> 363/399 (0.9098),
	// as three streets once flagged as names, which hid them and so
	// counted as correct names, are now found as the addresses they are.
	"blind93": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.96, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 0.95, "URL": 1, "ID": 0.95}, personPrecision: 0.90, total: 0.93},
	// blind94: measured 2026-12-05 at the frozen 115e3fa: recall 0.920 at
	// precision 0.912; PERSON 0.939 at 0.890 (a Colombian given name that is
	// also a title, "Lady", labelling a speaker's turns), PHONE and URL
	// 1.000, EMAIL 0.941, ADDRESS 0.571, DATE 0.950, ID 0.929. Then tuned
	// on: recall 0.976, PERSON 0.985 at 0.919, ADDRESS 0.893, DATE 1.000.
	"blind94": {recall: map[string]float64{"PERSON": 0.93, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.57, "DATE": 0.95, "URL": 1, "ID": 0.92}, personPrecision: 0.88, total: 0.91},
	// blind95: measured 2026-12-05 at the frozen aea9a72 (the same at
	// 2c18741): recall 0.947 at precision 0.937; PERSON 0.976 at 0.922, PHONE
	// 0.950, EMAIL 1.000, ADDRESS 0.636, DATE 1.000, URL 1.000, ID 0.875. Then
	// tuned on: recall 0.969: PERSON 0.981 at 0.951, ADDRESS 0.848, ID 0.925.
	"blind95": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.63, "DATE": 1, "URL": 1, "ID": 0.87}, personPrecision: 0.92, total: 0.93},
	// blind96: measured 2026-12-05 at the frozen aea9a72 (the same at
	// 2c18741): recall 0.972 at precision 0.940; PERSON 0.976 at 0.926, PHONE
	// 1.000, EMAIL 1.000, ADDRESS 0.818, DATE 1.000, URL 1.000, ID 1.000. Then
	// tuned on: recall 0.982: PERSON 0.980 at 0.943, ADDRESS 0.939.
	"blind96": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind97: measured 2026-12-05 at the frozen aea9a72 (the same at
	// 2c18741): recall 0.978 at precision 0.952; PERSON 1.000 at 0.939, PHONE
	// 0.962, EMAIL 1.000, ADDRESS 0.765, DATE 1.000, URL 1.000, ID 0.944. Then
	// tuned on: recall 0.990: PERSON 1.000 at 0.951, ADDRESS 0.941.
	"blind97": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.96, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.93, total: 0.95},
	// blind98: measured 2026-12-05 at the frozen aea9a72 (the same at
	// 2c18741): recall 0.953 at precision 0.932; PERSON 0.970 at 0.911, PHONE
	// 1.000, EMAIL 1.000, ADDRESS 0.759, DATE 0.947, URL 1.000, ID 0.886. Then
	// tuned on: recall 0.974: PERSON 0.985 at 0.951, ADDRESS 0.897, DATE
	// 1.000.
	"blind98": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 0.94, "URL": 1, "ID": 0.88}, personPrecision: 0.91, total: 0.93},
	// blind99: measured 2026-12-05 at the frozen 9d80965: recall 0.981 at
	// precision 0.967; PERSON 1.000 at 0.959, PHONE 0.955, EMAIL 0.941,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 0.938. Then tuned on: recall
	// 0.985: ADDRESS 0.821.
	"blind99": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.95, "EMAIL": 0.94, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.95, total: 0.96},
	// blind100: measured 2026-12-05 at the frozen 9d80965: recall 0.951 at
	// precision 0.957; PERSON 0.963 at 0.947, PHONE 1.000, EMAIL 0.947,
	// ADDRESS 0.750, DATE 0.952, URL 1.000, ID 0.919. Then tuned on: recall
	// 0.962: PERSON 0.972 at 0.949, ADDRESS 0.821.
	"blind100": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.75, "DATE": 0.95, "URL": 1, "ID": 0.91}, personPrecision: 0.94, total: 0.95},
	// blind101: measured 2026-12-05 at the frozen 9d80965: recall 0.968 at
	// precision 0.933; PERSON 0.975 at 0.907, PHONE 0.958, EMAIL 1.000,
	// ADDRESS 0.839, DATE 0.955, URL 1.000, ID 1.000. Then tuned on: recall
	// 0.972: PHONE 1.000, DATE 1.000, PERSON precision 0.910.
	"blind101": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.83, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.9, total: 0.93},
	// blind102: measured 2026-12-05 at the frozen 9d80965: recall 0.963 at
	// precision 0.944; PERSON 0.995 at 0.933, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.844, DATE 0.950, URL 0.857, ID 0.750. Then tuned on: recall
	// 0.982: ADDRESS 0.969, ID 0.889, URL 1.000.
	"blind102": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 0.95, "URL": 0.85, "ID": 0.75}, personPrecision: 0.93, total: 0.94},
	// blind103: measured 2026-12-05 at the frozen 17b91d9 (the same at
	// bd355ce): recall 0.976 at precision 0.967; PERSON 0.981 at 0.956, PHONE
	// 1.000, EMAIL 1.000, ADDRESS 0.862, DATE 1.000, URL 1.000, ID 0.972.
	"blind103": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.95, total: 0.96},
	// blind104: measured 2026-12-05 at the frozen 17b91d9 (the same at
	// bd355ce): recall 0.966 at precision 0.906; PERSON 0.976 at 0.886, PHONE
	// 0.926, EMAIL 1.000, ADDRESS 0.786, DATE 0.917, URL 1.000, ID 1.000. Then
	// tuned on: recall 0.969: PERSON 0.976 at 0.920, DATE 1.000.
	"blind104": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.92, "EMAIL": 1, "ADDRESS": 0.78, "DATE": 0.91, "URL": 1, "ID": 1}, personPrecision: 0.88, total: 0.9},
	// blind105: measured 2026-12-05 at the frozen 17b91d9 (the same at
	// bd355ce): recall 0.973 at precision 0.942; PERSON 0.990 at 0.930, PHONE
	// 0.900, EMAIL 0.938, ADDRESS 0.857, DATE 0.905, URL 1.000, ID 0.897. Then
	// tuned on: recall 0.975: ADDRESS 0.893.
	"blind105": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.9, "EMAIL": 0.93, "ADDRESS": 0.85, "DATE": 0.9, "URL": 1, "ID": 0.89}, personPrecision: 0.92, total: 0.94},
	// blind106: measured 2026-12-05 at the frozen 17b91d9 (the same at
	// bd355ce): recall 0.963 at precision 0.926; PERSON 0.984 at 0.905, PHONE
	// 0.950, EMAIL 0.882, ADDRESS 0.897, DATE 0.947, URL 1.000, ID 0.839. Then
	// tuned on: recall 0.976: PERSON 0.992 at 0.906, ADDRESS 0.931, ID 0.903.
	"blind106": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 0.88, "ADDRESS": 0.89, "DATE": 0.94, "URL": 1, "ID": 0.83}, personPrecision: 0.9, total: 0.92},
	// blind107: measured 2026-12-05 at the frozen ad82d90: recall 0.984 at
	// precision 0.959; PERSON 0.997 at 0.951, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.875, DATE 0.947, URL 1.000, ID 1.000.
	"blind107": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.87, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.95},
	// blind108: measured 2026-12-05 at the frozen ad82d90: recall 0.971 at
	// precision 0.955; PERSON 0.986 at 0.944, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.724, DATE 0.944, URL 1.000, ID 1.000.
	"blind108": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind109: measured 2026-12-05 at the frozen ad82d90: recall 0.978 at
	// precision 0.907; PERSON 0.991 at 0.894, PHONE 0.938, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.912. Then tuned on: recall
	// 0.978: PERSON 0.991 at 0.918.
	"blind109": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.93, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.89, total: 0.9},
	// blind110: measured 2026-12-05 at the frozen ad82d90: recall 0.920 at
	// precision 0.887; PERSON 0.927 at 0.862, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.846, DATE 0.944, URL 1.000, ID 0.778. Then tuned on: recall
	// 0.920: PERSON 0.927 at 0.898.
	"blind110": {recall: map[string]float64{"PERSON": 0.92, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 0.94, "URL": 1, "ID": 0.77}, personPrecision: 0.86, total: 0.88},
	// blind111: measured 2026-12-05 at the frozen 4ede2da: recall 0.993 at
	// precision 0.970; PERSON 0.997 at 0.961, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.962, DATE 1.000, URL 1.000, ID 0.968. Then tuned on: recall
	// 0.996: PERSON 0.997 at 0.967, ADDRESS 1.000.
	"blind111": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.97},
	// blind112: measured 2026-12-05 at the frozen 4ede2da: recall 0.974 at
	// precision 0.930; PERSON 0.983 at 0.913, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.885, DATE 0.944, URL 1.000, ID 0.968. Then tuned on: recall
	// 0.985: PERSON 0.994 at 0.914, DATE 1.000.
	"blind112": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.94, "URL": 1, "ID": 0.96}, personPrecision: 0.91, total: 0.93},
	// blind113: measured 2026-12-05 at the frozen 4ede2da: recall 0.973 at
	// precision 0.943; PERSON 0.982 at 0.927, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.769, DATE 1.000, URL 1.000, ID 1.000. Then tuned on: recall
	// 0.981: PERSON 0.982 at 0.927, ADDRESS 0.923.
	"blind113": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind114: measured 2026-12-05 at the frozen 4ede2da: recall 0.975 at
	// precision 0.926; PERSON 0.991 at 0.920, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.861, DATE 1.000, URL 1.000, ID 0.875. Then tuned on: recall
	// 0.984: PERSON 0.993 at 0.919, ADDRESS 0.944, ID 0.906.
	"blind114": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.87}, personPrecision: 0.91, total: 0.92},
	// blind115: measured 2026-12-05 at the frozen 64b41fd: recall 0.986 at
	// precision 0.964; PERSON 0.983 at 0.952, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 1.000.
	"blind115": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind116: measured 2026-12-05 at the frozen 64b41fd: recall 0.983 at
	// precision 0.943; PERSON 0.990 at 0.921, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.867, DATE 1.000, URL 1.000, ID 1.000. Then tuned on: recall
	// 0.988: ADDRESS 0.933.
	"blind116": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind117: measured 2026-12-05 at the frozen 64b41fd: recall 0.987 at
	// precision 0.943; PERSON 0.993 at 0.927, PHONE 1.000, EMAIL 0.941,
	// ADDRESS 0.931, DATE 1.000, URL 1.000, ID 0.970. Then tuned on: recall
	// 0.991: ADDRESS 1.000.
	"blind117": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.94},
	// blind118: measured 2026-12-05 at the frozen 64b41fd: recall 0.953 at
	// precision 0.916; PERSON 0.972 at 0.888, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.727, DATE 0.962, URL 1.000, ID 0.879. Then tuned on: recall
	// 0.974 at precision 0.956: PERSON 0.994 at 0.941, ADDRESS 0.788, ID
	// 0.909.
	"blind118": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 0.96, "URL": 1, "ID": 0.87}, personPrecision: 0.88, total: 0.91},
	// blind119: measured 2026-12-05 at the frozen 030bf32: recall 0.981 at
	// precision 0.979; PERSON 0.987 at 0.973, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.973, DATE 1.000, URL 1.000, ID 0.889. Then tuned on: recall
	// 0.985: ID 0.944.
	"blind119": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.97, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.97, total: 0.97},
	// blind120: measured 2026-12-05 at the frozen 030bf32: recall 0.987 at
	// precision 0.947; PERSON 0.996 at 0.934, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.929.
	"blind120": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.93, total: 0.94},
	// blind121: measured 2026-12-05 at the frozen 030bf32: recall 0.978 at
	// precision 0.965; PERSON 0.995 at 0.953, PHONE 0.880, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.951. Then tuned on: recall
	// 0.991: PHONE 0.920, ADDRESS 1.000, ID 0.976.
	"blind121": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.95}, personPrecision: 0.95, total: 0.96},
	// blind122: measured 2026-12-05 at the frozen 030bf32: recall 0.970 at
	// precision 0.937; PERSON 0.981 at 0.919, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.906, DATE 1.000, URL 1.000, ID 0.865. Then tuned on: recall
	// 0.971 at precision 0.945: PERSON 0.981 at 0.929, ID 0.892.
	"blind122": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.91, total: 0.93},
	// blind123: measured 2026-12-05 at the frozen e6e79ae: recall 0.991 at
	// precision 0.972; PERSON 0.998 at 0.963, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.931, DATE 1.000, URL 1.000, ID 0.946.
	"blind123": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.96, total: 0.97},
	// blind124: measured 2026-12-05 at the frozen e6e79ae: recall 0.934 at
	// precision 0.938; PERSON 0.931 at 0.915, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 0.977. Then tuned on: recall
	// 0.972: PERSON 0.982 at 0.918, ADDRESS 0.781.
	"blind124": {recall: map[string]float64{"PERSON": 0.93, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.91, total: 0.93},
	// blind125: measured 2026-12-05 at the frozen e6e79ae: recall 0.968 at
	// precision 0.947; PERSON 0.986 at 0.937, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.750, DATE 0.957, URL 1.000, ID 0.875. Then tuned on: recall
	// 0.974: ADDRESS 0.875.
	"blind125": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 0.95, "URL": 1, "ID": 0.87}, personPrecision: 0.93, total: 0.94},
	// blind126: measured 2026-12-05 at the frozen e6e79ae: recall 0.974 at
	// precision 0.970; PERSON 0.980 at 0.959, PHONE 0.966, EMAIL 1.000,
	// ADDRESS 0.900, DATE 1.000, URL 1.000, ID 0.943. Then tuned on: recall
	// 0.978: ADDRESS 0.967.
	"blind126": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.96, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.95, total: 0.96},
	// blind127: measured 2026-12-05 at the frozen 0d0a261: recall 0.967 at
	// precision 0.952; PERSON 0.971 at 0.936, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.886, DATE 0.962, URL 1.000, ID 0.957.
	"blind127": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.96, "URL": 1, "ID": 0.95}, personPrecision: 0.93, total: 0.95},
	// blind128: measured 2026-12-05 at the frozen 0d0a261: recall 0.980 at
	// precision 0.957; PERSON 0.993 at 0.945, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.759, DATE 1.000, URL 1.000, ID 0.970. Then tuned on: recall
	// 0.984: ADDRESS 0.828.
	"blind128": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind129: measured 2026-12-05 at the frozen 0d0a261: recall 0.989 at
	// precision 0.968; PERSON 0.998 at 0.961, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.909, DATE 0.947, URL 1.000, ID 0.935. Then tuned on: recall
	// 0.992: ADDRESS 0.939, DATE 1.000.
	"blind129": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 0.94, "URL": 1, "ID": 0.93}, personPrecision: 0.96, total: 0.96},
	// blind130: measured 2026-12-05 at the frozen 0d0a261: recall 0.973 at
	// precision 0.921; PERSON 0.978 at 0.902, PHONE 1.000, EMAIL 0.938,
	// ADDRESS 0.815, DATE 1.000, URL 1.000, ID 1.000. Then tuned on: recall
	// 0.983: PERSON 0.987 at 0.903, ADDRESS 0.889.
	"blind130": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 0.93, "ADDRESS": 0.81, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.9, total: 0.92},
	// blind131: measured 2026-12-05 at the frozen 0759c75: recall 0.967 at
	// precision 0.930; PERSON 0.977 at 0.912, PHONE 0.913, EMAIL 1.000,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.906.
	"blind131": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.91, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.91, total: 0.93},
	// blind132: measured 2026-12-05 at the frozen 0759c75: recall 0.979 at
	// precision 0.945; PERSON 0.994 at 0.925, PHONE 1.000, EMAIL 0.882,
	// ADDRESS 0.800, DATE 1.000, URL 1.000, ID 1.000.
	"blind132": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.88, "ADDRESS": 0.8, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind133: measured 2026-12-05 at the frozen 0759c75: recall 0.969 at
	// precision 0.949; PERSON 0.998 at 0.934, PHONE 0.870, EMAIL 1.000,
	// ADDRESS 0.806, DATE 1.000, URL 1.000, ID 0.806. Then tuned on: recall
	// 0.984: PHONE 0.957, ADDRESS 0.917, ID 0.889.
	"blind133": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.86, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 1, "URL": 1, "ID": 0.8}, personPrecision: 0.93, total: 0.94},
	// blind134: measured 2026-12-05 at the frozen 0759c75: recall 0.984 at
	// precision 0.904; PERSON 1.000 at 0.871, PHONE 1.000, EMAIL 0.882,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.879. Then tuned on: recall
	// 0.984 at precision 0.934: PERSON 1.000 at 0.910.
	"blind134": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 0.88, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.87}, personPrecision: 0.87, total: 0.9},
	// blind135: measured 2026-12-05 at the frozen 3c244da: recall 0.979 at
	// precision 0.958; PERSON 0.994 at 0.947, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.821, DATE 0.882, URL 1.000, ID 0.917.
	"blind135": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 0.88, "URL": 1, "ID": 0.91}, personPrecision: 0.94, total: 0.95},
	// blind136: measured 2026-12-05 at the frozen 3c244da: recall 0.963 at
	// precision 0.939; PERSON 0.970 at 0.923, PHONE 0.935, EMAIL 1.000,
	// ADDRESS 0.828, DATE 1.000, URL 1.000, ID 0.974. Then tuned on: recall
	// 0.963: PERSON 0.970 at 0.931.
	"blind136": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.93, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.93},
	// blind137: measured 2026-12-05 at the frozen 3c244da: recall 0.966 at
	// precision 0.977; PERSON 0.981 at 0.970, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 0.912. Then tuned on: recall
	// 0.971: ADDRESS 0.815, ID 0.941.
	"blind137": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.97, total: 0.97},
	// blind138: measured 2026-12-05 at the frozen 3c244da: recall 0.971 at
	// precision 0.960; PERSON 0.971 at 0.947, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.912, DATE 1.000, URL 1.000, ID 0.971.
	"blind138": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.91, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.94, total: 0.96},
	// blind139: measured 2026-12-05 at the frozen 119731e: recall 0.990 at
	// precision 0.973; PERSON 0.991 at 0.968, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.964. Then tuned on: recall
	// 0.990: PERSON 0.991 at 0.970.
	"blind139": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.97},
	// blind140: measured 2026-12-05 at the frozen 119731e: recall 0.988 at
	// precision 0.938; PERSON 1.000 at 0.919, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.867, DATE 1.000, URL 1.000, ID 0.944.
	"blind140": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.91, total: 0.93},
	// blind141: measured 2026-12-05 at the frozen 119731e: recall 0.902 at
	// precision 0.890; PERSON 0.901 at 0.864, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.704, DATE 0.960, URL 1.000, ID 0.931. Then tuned on: recall
	// 0.957: PERSON 0.975 at 0.882.
	"blind141": {recall: map[string]float64{"PERSON": 0.9, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.7, "DATE": 0.96, "URL": 1, "ID": 0.93}, personPrecision: 0.86, total: 0.88},
	// blind142: measured 2026-12-05 at the frozen 119731e: recall 0.978 at
	// precision 0.952; PERSON 0.998 at 0.938, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.828, DATE 1.000, URL 1.000, ID 0.881. Then tuned on
	// (blind147-blind154): recall 0.983: PERSON 0.998 at 0.951, ADDRESS 0.931.
	"blind142": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.93, total: 0.95},
	// blind143: measured 2026-12-05 at the frozen 119731e: recall 0.968 at
	// precision 0.971; PERSON 0.970 at 0.964, PHONE 1.000, EMAIL 0.944,
	// ADDRESS 0.909, DATE 1.000, URL 1.000, ID 0.970.
	"blind143": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.97},
	// blind144: measured 2026-12-05 at the frozen 119731e: recall 0.983 at
	// precision 0.912; PERSON 0.986 at 0.888, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.939, DATE 0.950, URL 1.000, ID 0.976. Then tuned on: recall
	// 0.983: PERSON 0.986 at 0.915.
	"blind144": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 0.95, "URL": 1, "ID": 0.97}, personPrecision: 0.88, total: 0.91},
	// blind145: measured 2026-12-05 at the frozen 119731e: recall 0.986 at
	// precision 0.968; PERSON 1.000 at 0.960, PHONE 0.964, EMAIL 1.000,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 1.000.
	"blind145": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.96, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.96},
	// blind146: measured 2026-12-05 at the frozen 119731e: recall 0.987 at
	// precision 0.930; PERSON 0.995 at 0.909, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.950. Then tuned on: recall
	// 0.987: PERSON 0.995 at 0.924.
	"blind146": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.95}, personPrecision: 0.9, total: 0.92},
	// blind147: measured 2026-12-05 at the frozen 119731e: recall 0.989 at
	// precision 0.965; PERSON 0.994 at 0.957, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.963. Then tuned on: recall
	// 0.989: PERSON 0.994 at 0.974.
	"blind147": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.96},
	// blind148: measured 2026-12-05 at the frozen 119731e: recall 0.978 at
	// precision 0.951; PERSON 0.996 at 0.938, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.786, DATE 0.880, URL 1.000, ID 0.944. Then tuned on: recall
	// 0.978: PERSON 0.996 at 0.964. Then tuned on (blind147-blind154): recall
	// 0.981: PERSON 0.996 at 0.972, ADDRESS 0.857.
	"blind148": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.78, "DATE": 0.88, "URL": 1, "ID": 0.94}, personPrecision: 0.93, total: 0.95},
	// blind149: measured 2026-12-05 at the frozen 119731e: recall 0.961 at
	// precision 0.949; PERSON 0.988 at 0.934, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.700, DATE 0.944, URL 0.900, ID 0.933. Then tuned on: recall
	// 0.961: PERSON 0.988 at 0.955. Then tuned on (blind147-blind154): recall
	// 0.972: PERSON 0.988 at 0.960, ADDRESS 0.867.
	"blind149": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.7, "DATE": 0.94, "URL": 0.9, "ID": 0.93}, personPrecision: 0.93, total: 0.94},
	// blind150: measured 2026-12-05 at the frozen 119731e: recall 0.966 at
	// precision 0.941; PERSON 0.972 at 0.924, PHONE 1.000, EMAIL 0.941,
	// ADDRESS 0.828, DATE 0.955, URL 1.000, ID 1.000. Then tuned on: recall
	// 0.966: PERSON 0.972 at 0.951.
	"blind150": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.82, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind151: measured 2026-12-05 at the frozen 522067a: recall 0.964 at
	// precision 0.900; PERSON 0.994 at 0.876, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.621, DATE 1.000, URL 1.000, ID 0.900. Then tuned on
	// (blind147-blind154): recall 0.973: PERSON 0.994 at 0.933, ADDRESS 0.759.
	"blind151": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.62, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.87, total: 0.9},
	// blind152: measured 2026-12-05 at the frozen 522067a: recall 0.972 at
	// precision 0.959; PERSON 0.982 at 0.947, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.793, DATE 1.000, URL 1.000, ID 0.971. Then tuned on
	// (blind147-blind154): recall 0.975: PERSON 0.982 at 0.990, ADDRESS 0.862.
	// Then tuned on (blind152-blind158): recall 0.979: PERSON 0.987 at 0.990.
	"blind152": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.79, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.94, total: 0.95},
	// blind153: measured 2026-12-05 at the frozen 522067a: recall 0.964 at
	// precision 0.945; PERSON 0.986 at 0.927, PHONE 1.000, EMAIL 0.842,
	// ADDRESS 0.759, DATE 1.000, URL 1.000, ID 0.912. Then tuned on
	// (blind147-blind154): recall 0.974: PERSON 0.986 at 0.954, ADDRESS 0.828.
	// Then tuned on (blind152-blind158): recall 0.978: PERSON 0.986 at 0.954.
	"blind153": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 0.84, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.92, total: 0.94},
	// blind154: measured 2026-12-05 at the frozen 522067a: recall 0.984 at
	// precision 0.940; PERSON 0.984 at 0.921, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.970, DATE 1.000, URL 1.000, ID 0.970. Then tuned on
	// (blind147-blind154): recall 0.984: PERSON 0.984 at 0.954, ADDRESS 0.970.
	"blind154": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.94},
	// blind155: measured 2026-12-05 at the frozen f2181ad: recall 0.978 at
	// precision 0.945; PERSON 0.994 at 0.928, PHONE 0.950, EMAIL 0.941,
	// ADDRESS 0.897, DATE 0.955, URL 1.000, ID 0.941.
	"blind155": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 0.94, "ADDRESS": 0.89, "DATE": 0.95, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.94},
	// blind156: measured 2026-12-05 at the frozen f2181ad: recall 0.983 at
	// precision 0.957; PERSON 0.990 at 0.946, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 1.000. Then tuned on
	// (blind152-blind158): recall 0.985: PERSON 0.990 at 0.946.
	"blind156": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind157: measured 2026-12-05 at the frozen f2181ad: recall 0.982 at
	// precision 0.946; PERSON 0.998 at 0.931, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 0.950, URL 1.000, ID 0.865.
	"blind157": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.95, "URL": 1, "ID": 0.86}, personPrecision: 0.93, total: 0.94},
	// blind158: measured 2026-12-05 at the frozen f2181ad: recall 0.961 at
	// precision 0.946; PERSON 0.971 at 0.933, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.828, DATE 1.000, URL 1.000, ID 0.882.
	"blind158": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.93, total: 0.94},
	// blind159: measured 2026-12-05 at the frozen b1fd863: recall 0.983 at
	// precision 0.942; PERSON 0.990 at 0.926, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.900, DATE 1.000, URL 1.000, ID 0.935. Then tuned on
	// (blind159-blind162): recall 0.983: PERSON 0.990 at 0.937.
	"blind159": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.92, total: 0.94},
	// blind160: measured 2026-12-05 at the frozen b1fd863: recall 0.968 at
	// precision 0.926; PERSON 0.968 at 0.907, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 0.914. Then tuned on
	// (blind159-blind162): recall 0.981: PERSON 0.985 at 0.925.
	"blind160": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.9, total: 0.92},
	// blind161: measured 2026-12-05 at the frozen b1fd863: recall 0.991 at
	// precision 0.944; PERSON 1.000 at 0.929, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.947. Then tuned on
	// (blind159-blind162): recall 0.991: PERSON 1.000 at 0.951.
	"blind161": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.94},
	// blind162: measured 2026-12-05 at the frozen b1fd863: recall 0.977 at
	// precision 0.948; PERSON 0.986 at 0.933, PHONE 0.920, EMAIL 1.000,
	// ADDRESS 0.893, DATE 0.955, URL 1.000, ID 0.976. Then tuned on
	// (blind159-blind162): recall 0.977: PERSON 0.986 at 0.941.
	"blind162": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.92, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.95, "URL": 1, "ID": 0.97}, personPrecision: 0.93, total: 0.94},
	// blind163: measured 2026-12-05 at the frozen fb5b130: recall 0.973 at
	// precision 0.943; PERSON 0.992 at 0.925, PHONE 0.909, EMAIL 1.000,
	// ADDRESS 0.742, DATE 1.000, URL 1.000, ID 1.000.
	"blind163": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind164: measured 2026-12-05 at the frozen fb5b130: recall 0.957 at
	// precision 0.917; PERSON 0.952 at 0.893, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.931, DATE 1.000, URL 1.000, ID 0.947.
	"blind164": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.89, total: 0.91},
	// blind165: measured 2026-12-05 at the frozen fb5b130: recall 0.986 at
	// precision 0.957; PERSON 0.996 at 0.951, PHONE 0.882, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.963.
	"blind165": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.95},
	// blind166: measured 2026-12-05 at the frozen fb5b130: recall 0.991 at
	// precision 0.943; PERSON 0.998 at 0.926, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.889, DATE 1.000, URL 1.000, ID 1.000.
	"blind166": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind167: measured 2026-12-05 at the frozen 260f250: recall 0.940 at
	// precision 0.932; PERSON 0.950 at 0.913, PHONE 0.957, EMAIL 1.000,
	// ADDRESS 0.759, DATE 0.850, URL 1.000, ID 0.969. Then tuned on:
	// addresses, names, dates, phones and IDs (recall 0.971).
	"blind167": {recall: map[string]float64{"PERSON": 0.94, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 0.85, "URL": 1, "ID": 0.96}, personPrecision: 0.91, total: 0.93},
	// blind168: measured 2026-12-05 at the frozen 260f250: recall 0.975 at
	// precision 0.939; PERSON 0.992 at 0.920, PHONE 0.958, EMAIL 0.944,
	// ADDRESS 0.724, DATE 1.000, URL 1.000, ID 1.000. Then tuned on:
	// addresses, e-mail and phones (recall 0.988).
	"blind168": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 0.94, "ADDRESS": 0.72, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.93},
	// blind169: measured 2026-12-05 at the frozen 260f250: recall 0.978 at
	// precision 0.955; PERSON 0.994 at 0.945, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.759, DATE 0.950, URL 1.000, ID 0.923. Then tuned on: addresses
	// (recall 0.984).
	"blind169": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 0.95, "URL": 1, "ID": 0.92}, personPrecision: 0.94, total: 0.95},
	// blind170: measured 2026-12-05 at the frozen 260f250: recall 0.969 at
	// precision 0.956; PERSON 0.997 at 0.940, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.643, DATE 1.000, URL 1.000, ID 0.933. Then tuned on: addresses
	// and IDs (recall 0.986).
	"blind170": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.64, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	// blind171: measured 2026-12-05 at the frozen 4ddb0a4: recall 0.996 at
	// precision 0.881; PERSON 0.997 at 0.840, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 0.952, URL 1.000, ID 1.000. Then tuned on: peoples
	// ending in "-ese", "Mahalo" (recall 0.996, names at 0.929).
	"blind171": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.83, total: 0.88},
	// blind172: measured 2026-12-05 at the frozen 4ddb0a4: recall 0.960 at
	// precision 0.921; PERSON 0.967 at 0.893, PHONE 0.958, EMAIL 1.000,
	// ADDRESS 0.919, DATE 1.000, URL 1.000, ID 0.871. Then tuned on:
	// spaced-slash references, "Ammi" (recall 0.966, names at 0.932).
	"blind172": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.91, "DATE": 1, "URL": 1, "ID": 0.87}, personPrecision: 0.89, total: 0.92},
	// blind173: measured 2026-12-05 at the frozen 4ddb0a4: recall 0.981 at
	// precision 0.913; PERSON 0.994 at 0.885, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.923, DATE 1.000, URL 1.000, ID 0.878. Then tuned on:
	// "Peruvian", "folio", "Av." (recall 0.984, names at 0.932).
	"blind173": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.87}, personPrecision: 0.88, total: 0.91},
	// blind174: measured 2026-12-05 at the frozen 4ddb0a4: recall 0.954 at
	// precision 0.944; PERSON 0.961 at 0.928, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.806, DATE 1.000, URL 1.000, ID 0.938. Then tuned on: French
	// streets without numbers, "Lê Thu Hà" (recall 0.994).
	"blind174": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.92, total: 0.94},
	// blind175: measured 2026-12-05 at the frozen 4c6ce9f: recall 0.972 at
	// precision 0.963; PERSON 0.982 at 0.951, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.750, DATE 0.958, URL 1.000, ID 1.000.
	"blind175": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind176: measured 2026-12-05 at the frozen 4c6ce9f: recall 0.972 at
	// precision 0.968; PERSON 0.992 at 0.960, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.771, DATE 1.000, URL 1.000, ID 0.857.
	"blind176": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.77, "DATE": 1, "URL": 1, "ID": 0.85}, personPrecision: 0.96, total: 0.96},
	// blind177: measured 2026-12-05 at the frozen 4c6ce9f: recall 0.981 at
	// precision 0.953; PERSON 0.987 at 0.940, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.946.
	"blind177": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.93, total: 0.95},
	// blind178: measured 2026-12-05 at the frozen 4c6ce9f: recall 0.987 at
	// precision 0.948; PERSON 0.993 at 0.934, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.944, DATE 1.000, URL 0.857, ID 0.970.
	"blind178": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.94, "DATE": 1, "URL": 0.85, "ID": 0.96}, personPrecision: 0.93, total: 0.94},
	// blind179: measured 2026-12-05 at the frozen 5d77091: recall 0.955 at
	// precision 0.908; PERSON 0.971 at 0.887, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.793, DATE 1.000, URL 1.000, ID 0.839.
	"blind179": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.79, "DATE": 1, "URL": 1, "ID": 0.83}, personPrecision: 0.88, total: 0.9},
	// blind180: measured 2026-12-05 at the frozen 5d77091: recall 0.985 at
	// precision 0.962; PERSON 0.983 at 0.951, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.971.
	"blind180": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.95, total: 0.96},
	// blind181: measured 2026-12-05 at the frozen 5d77091: recall 0.968 at
	// precision 0.954; PERSON 0.987 at 0.947, PHONE 0.875, EMAIL 1.000,
	// ADDRESS 0.765, DATE 1.000, URL 1.000, ID 0.949.
	"blind181": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.87, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.94, total: 0.95},
	// blind182: measured 2026-12-05 at the frozen 5d77091: recall 0.970 at
	// precision 0.928; PERSON 0.970 at 0.910, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.903.
	"blind182": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.91, total: 0.92},
	// blind183: measured 2026-12-05 at the frozen dfc15a7: recall 0.976 at
	// precision 0.946; PERSON 0.998 at 0.931, PHONE 0.923, EMAIL 1.000,
	// ADDRESS 0.806, DATE 0.913, URL 1.000, ID 0.919.
	"blind183": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.92, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 0.91, "URL": 1, "ID": 0.91}, personPrecision: 0.93, total: 0.94},
	// blind184: measured 2026-12-05 at the frozen dfc15a7: recall 0.971 at
	// precision 0.938; PERSON 0.965 at 0.915, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 1.000, ID 0.972.
	"blind184": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.91, total: 0.93},
	// blind185: measured 2026-12-05 at the frozen dfc15a7: recall 0.988 at
	// precision 0.915; PERSON 1.000 at 0.895, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 0.964.
	"blind185": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.89, total: 0.91},
	// blind186: measured 2026-12-05 at the frozen dfc15a7: recall 0.982 at
	// precision 0.966; PERSON 0.990 at 0.956, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.800, DATE 1.000, URL 1.000, ID 1.000.
	"blind186": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind187: measured 2026-12-05 at the frozen 9c70bfb: recall 0.983 at
	// precision 0.937; PERSON 0.987 at 0.922, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.971.
	"blind187": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.93},
	// blind188: measured 2026-12-05 at the frozen 9c70bfb: recall 0.978 at
	// precision 0.952; PERSON 0.998 at 0.939, PHONE 0.920, EMAIL 0.952,
	// ADDRESS 0.805, DATE 1.000, URL 1.000, ID 0.941.
	"blind188": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.92, "EMAIL": 0.95, "ADDRESS": 0.8, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.93, total: 0.95},
	// blind189: measured 2026-12-05 at the frozen 9c70bfb: recall 0.973 at
	// precision 0.946; PERSON 0.986 at 0.932, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 0.939.
	"blind189": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.93, total: 0.94},
	// blind190: measured 2026-12-05 at the frozen 9c70bfb: recall 0.974 at
	// precision 0.956; PERSON 0.994 at 0.940, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.862, DATE 0.895, URL 1.000, ID 0.914.
	"blind190": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 0.89, "URL": 1, "ID": 0.91}, personPrecision: 0.94, total: 0.95},
	// blind191: measured 2026-12-05 at the frozen 60d172d: recall 0.985 at
	// precision 0.925; PERSON 0.995 at 0.904, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.900, DATE 0.955, URL 1.000, ID 0.967.
	"blind191": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 0.95, "URL": 1, "ID": 0.96}, personPrecision: 0.9, total: 0.92},
	// blind192: measured 2026-12-05 at the frozen 60d172d: recall 0.986 at
	// precision 0.956; PERSON 0.990 at 0.943, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 1.000.
	"blind192": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind193: measured 2026-12-05 at the frozen 60d172d: recall 0.982 at
	// precision 0.960; PERSON 0.995 at 0.950, PHONE 1.000, EMAIL 0.889,
	// ADDRESS 0.926, DATE 0.905, URL 1.000, ID 0.933.
	"blind193": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.88, "ADDRESS": 0.92, "DATE": 0.9, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.96},
	// blind194: measured 2026-12-05 at the frozen 60d172d: recall 0.981 at
	// precision 0.956; PERSON 0.991 at 0.942, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.828, DATE 1.000, URL 1.000, ID 0.967.
	"blind194": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind195: measured 2026-12-05 at the frozen 8a6bf51: recall 0.992 at
	// precision 0.949; PERSON 0.998 at 0.936, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.971.
	"blind195": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.93, total: 0.94},
	// blind196: measured 2026-12-05 at the frozen 8a6bf51: recall 0.978 at
	// precision 0.968; PERSON 0.990 at 0.961, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.867, DATE 1.000, URL 1.000, ID 0.919.
	"blind196": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.96, total: 0.96},
	// blind197: measured 2026-12-05 at the frozen 8a6bf51: recall 0.973 at
	// precision 0.906; PERSON 0.996 at 0.875, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.778, DATE 1.000, URL 1.000, ID 0.900.
	"blind197": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.77, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.87, total: 0.9},
	// blind198: measured 2026-12-05 at the frozen 8a6bf51: recall 0.969 at
	// precision 0.971; PERSON 0.982 at 0.963, PHONE 1.000, EMAIL 0.938,
	// ADDRESS 0.741, DATE 0.941, URL 1.000, ID 1.000.
	"blind198": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 0.93, "ADDRESS": 0.74, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.97},
	// blind199: measured 2026-12-05 at the frozen 2a97837: recall 0.991 at
	// precision 0.934; PERSON 1.000 at 0.919, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.862, DATE 1.000, URL 1.000, ID 0.971.
	"blind199": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.91, total: 0.93},
	// blind200: measured 2026-12-05 at the frozen 2a97837: recall 0.964 at
	// precision 0.930; PERSON 0.976 at 0.911, PHONE 0.909, EMAIL 1.000,
	// ADDRESS 0.862, DATE 1.000, URL 1.000, ID 0.900.
	"blind200": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.91, total: 0.92},
	// blind201: measured 2026-12-05 at the frozen 2a97837: recall 0.977 at
	// precision 0.952; PERSON 0.986 at 0.938, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.778, DATE 1.000, URL 1.000, ID 1.000.
	"blind201": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.77, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.95},
	// blind202: measured 2026-12-05 at the frozen 2a97837: recall 0.979 at
	// precision 0.945; PERSON 0.986 at 0.930, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.862, DATE 0.941, URL 1.000, ID 1.000.
	"blind202": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind203: measured 2026-12-05 at the frozen 213b165: recall 0.984 at
	// precision 0.969; PERSON 0.989 at 0.961, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 1.000.
	"blind203": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.96},
	// blind204: measured 2026-12-05 at the frozen 213b165: recall 0.972 at
	// precision 0.919; PERSON 0.983 at 0.894, PHONE 0.905, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.967.
	"blind204": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.89, total: 0.91},
	// blind205: measured 2026-12-05 at the frozen 213b165: recall 0.986 at
	// precision 0.917; PERSON 1.000 at 0.899, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.815, DATE 1.000, URL 1.000, ID 0.933.
	"blind205": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.89, total: 0.91},
	// blind206: measured 2026-12-05 at the frozen 213b165: recall 0.987 at
	// precision 0.933; PERSON 0.995 at 0.918, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 0.667, ID 0.963.
	"blind206": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 0.66, "ID": 0.96}, personPrecision: 0.91, total: 0.93},
	// blind207: measured 2026-12-05 at the frozen bee7927: recall 0.934 at
	// precision 0.906; PERSON 0.957 at 0.888, PHONE 0.714, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.806.
	"blind207": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 0.71, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.8}, personPrecision: 0.88, total: 0.9},
	// blind208: measured 2026-12-05 at the frozen bee7927: recall 0.965 at
	// precision 0.960; PERSON 0.986 at 0.950, PHONE 0.857, EMAIL 1.000,
	// ADDRESS 0.677, DATE 1.000, URL 1.000, ID 0.970.
	"blind208": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.85, "EMAIL": 1, "ADDRESS": 0.67, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.96},
	// blind209: measured 2026-12-05 at the frozen bee7927: recall 0.983 at
	// precision 0.960; PERSON 0.988 at 0.946, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.975.
	"blind209": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.94, total: 0.96},
	// blind210: measured 2026-12-05 at the frozen bee7927: recall 0.974 at
	// precision 0.941; PERSON 0.982 at 0.926, PHONE 0.957, EMAIL 1.000,
	// ADDRESS 0.964, DATE 0.950, URL 1.000, ID 0.892.
	"blind210": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.95, "URL": 1, "ID": 0.89}, personPrecision: 0.92, total: 0.94},
	// blind211: measured 2026-12-05 at the frozen be21d24: recall 0.998 at
	// precision 0.970; PERSON 1.000 at 0.961, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.975, DATE 1.000, URL 1.000, ID 1.000.
	"blind211": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.97, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.96},
	// blind212: measured 2026-12-05 at the frozen be21d24: recall 0.980 at
	// precision 0.936; PERSON 0.987 at 0.920, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 0.970.
	"blind212": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.93},
	// blind213: measured 2026-12-05 at the frozen be21d24: recall 0.986 at
	// precision 0.924; PERSON 0.993 at 0.906, PHONE 0.950, EMAIL 0.938,
	// ADDRESS 0.941, DATE 0.944, URL 1.000, ID 1.000.
	"blind213": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 0.93, "ADDRESS": 0.94, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.9, total: 0.92},
	// blind214: measured 2026-12-05 at the frozen be21d24: recall 0.965 at
	// precision 0.910; PERSON 0.983 at 0.883, PHONE 0.905, EMAIL 1.000,
	// ADDRESS 0.875, DATE 0.882, URL 1.000, ID 0.929.
	"blind214": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.87, "DATE": 0.88, "URL": 1, "ID": 0.92}, personPrecision: 0.88, total: 0.9},
	// blind215: measured 2026-12-05 at the frozen d360ac3: recall 0.989 at
	// precision 0.909; PERSON 0.991 at 0.884, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 1.000.
	"blind215": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.88, total: 0.9},
	// blind216: measured 2026-12-05 at the frozen d360ac3: recall 0.983 at
	// precision 0.950; PERSON 0.995 at 0.939, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.914.
	"blind216": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.93, total: 0.95},
	// blind217: measured 2026-12-05 at the frozen d360ac3: recall 0.963 at
	// precision 0.906; PERSON 0.990 at 0.877, PHONE 1.000, EMAIL 0.765,
	// ADDRESS 0.714, DATE 1.000, URL 1.000, ID 0.970.
	"blind217": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.76, "ADDRESS": 0.71, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.87, total: 0.9},
	// blind218: measured 2026-12-05 at the frozen d360ac3: recall 0.956 at
	// precision 0.947; PERSON 0.969 at 0.931, PHONE 0.900, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 0.800, ID 0.929.
	"blind218": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 0.8, "ID": 0.92}, personPrecision: 0.93, total: 0.94},
	// blind219: measured 2026-12-05 at the frozen 3c01118: recall 0.979 at
	// precision 0.962; PERSON 0.995 at 0.951, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.833, DATE 1.000, URL 1.000, ID 0.931.
	"blind219": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.83, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.95, total: 0.96},
	// blind220: measured 2026-12-05 at the frozen 3c01118: recall 0.978 at
	// precision 0.951; PERSON 0.982 at 0.938, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.967, DATE 1.000, URL 1.000, ID 0.893.
	"blind220": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.89}, personPrecision: 0.93, total: 0.95},
	// blind221: measured 2026-12-05 at the frozen 3c01118: recall 0.944 at
	// precision 0.939; PERSON 0.975 at 0.924, PHONE 0.810, EMAIL 1.000,
	// ADDRESS 0.655, DATE 1.000, URL 1.000, ID 0.857.
	"blind221": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.8, "EMAIL": 1, "ADDRESS": 0.65, "DATE": 1, "URL": 1, "ID": 0.85}, personPrecision: 0.92, total: 0.93},
	// blind222: measured 2026-12-05 at the frozen 3c01118: recall 0.927 at
	// precision 0.914; PERSON 0.926 at 0.889, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.714, DATE 1.000, URL 1.000, ID 0.976.
	"blind222": {recall: map[string]float64{"PERSON": 0.92, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.71, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.88, total: 0.91},
	// blind223: measured 2026-12-05 at the frozen 1f4a80a: recall 0.950 at
	// precision 0.958; PERSON 0.963 at 0.946, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.706, DATE 0.947, URL 1.000, ID 0.971.
	"blind223": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.7, "DATE": 0.94, "URL": 1, "ID": 0.97}, personPrecision: 0.94, total: 0.95},
	// blind224: measured 2026-12-05 at the frozen 1f4a80a: recall 0.980 at
	// precision 0.919; PERSON 0.995 at 0.897, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.833, DATE 1.000, URL 1.000, ID 0.917.
	"blind224": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.83, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.89, total: 0.91},
	// blind225: measured 2026-12-05 at the frozen 1f4a80a: recall 0.957 at
	// precision 0.903; PERSON 0.971 at 0.879, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.758, DATE 0.950, URL 1.000, ID 0.923.
	"blind225": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 0.95, "URL": 1, "ID": 0.92}, personPrecision: 0.87, total: 0.9},
	// blind226: measured 2026-12-05 at the frozen 1f4a80a: recall 0.975 at
	// precision 0.959; PERSON 1.000 at 0.950, PHONE 0.842, EMAIL 1.000,
	// ADDRESS 0.815, DATE 1.000, URL 1.000, ID 0.828.
	"blind226": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.84, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 1, "URL": 1, "ID": 0.82}, personPrecision: 0.94, total: 0.95},
	// blind227: measured 2026-12-05 at the frozen c6a0ebb: recall 0.976 at
	// precision 0.967; PERSON 0.981 at 0.961, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.933.
	"blind227": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.96, total: 0.96},
	// blind228: measured 2026-12-05 at the frozen c6a0ebb: recall 0.985 at
	// precision 0.939; PERSON 0.993 at 0.924, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.952.
	"blind228": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.95}, personPrecision: 0.92, total: 0.93},
	// blind229: measured 2026-12-05 at the frozen c6a0ebb: recall 0.981 at
	// precision 0.949; PERSON 0.998 at 0.935, PHONE 1.000, EMAIL 0.944,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 0.972.
	"blind229": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.93, total: 0.94},
	// blind230: measured 2026-12-05 at the frozen c6a0ebb: recall 0.981 at
	// precision 0.935; PERSON 0.996 at 0.919, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.824, DATE 0.947, URL 1.000, ID 0.943.
	"blind230": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 0.94, "URL": 1, "ID": 0.94}, personPrecision: 0.91, total: 0.93},
	// blind231: measured 2026-12-05 at the frozen e8e588b: recall 0.968 at
	// precision 0.949; PERSON 0.978 at 0.933, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 0.972.
	"blind231": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.93, total: 0.94},
	// blind232: measured 2026-12-05 at the frozen e8e588b: recall 0.979 at
	// precision 0.940; PERSON 0.979 at 0.925, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.970.
	"blind232": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.94},
	// blind233: measured 2026-12-05 at the frozen e8e588b: recall 0.984 at
	// precision 0.932; PERSON 0.990 at 0.913, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.906, DATE 1.000, URL 1.000, ID 0.939.
	"blind233": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.91, total: 0.93},
	// blind234: measured 2026-12-05 at the frozen e8e588b: recall 0.983 at
	// precision 0.936; PERSON 0.989 at 0.919, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.972.
	"blind234": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.91, total: 0.93},
	// blind235: measured 2026-12-06 at the frozen 7512f55: recall 0.987 at
	// precision 0.944; PERSON 0.988 at 0.929, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.971.
	"blind235": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.94},
	// blind236: measured 2026-12-06 at the frozen 7512f55: recall 0.973 at
	// precision 0.910; PERSON 0.986 at 0.885, PHONE 0.850, EMAIL 1.000,
	// ADDRESS 0.962, DATE 1.000, URL 1.000, ID 0.903.
	"blind236": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.85, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.88, total: 0.9},
	// blind237: measured 2026-12-06 at the frozen 7512f55: recall 0.957 at
	// precision 0.974; PERSON 0.971 at 0.966, PHONE 0.833, EMAIL 1.000,
	// ADDRESS 0.828, DATE 1.000, URL 1.000, ID 0.933.
	"blind237": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.83, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.96, total: 0.97},
	// blind238: measured 2026-12-06 at the frozen 7512f55: recall 0.962 at
	// precision 0.966; PERSON 0.988 at 0.957, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.667, DATE 0.810, URL 1.000, ID 0.906.
	"blind238": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.66, "DATE": 0.8, "URL": 1, "ID": 0.9}, personPrecision: 0.95, total: 0.96},
	// blind239: measured 2026-12-06 at the frozen db92bf7 (7512f55's
	// detector): recall 0.949 at precision 0.962; PERSON 0.971 at 0.953, PHONE
	// 0.792, EMAIL 1.000, ADDRESS 0.615, DATE 1.000, URL 1.000, ID 0.964.
	"blind239": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.79, "EMAIL": 1, "ADDRESS": 0.61, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.96},
	// blind240: measured 2026-12-06 at the frozen db92bf7 (7512f55's
	// detector): recall 0.971 at precision 0.929; PERSON 0.980 at 0.909, PHONE
	// 1.000, EMAIL 1.000, ADDRESS 0.839, DATE 1.000, URL 1.000, ID 0.917.
	"blind240": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.83, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.9, total: 0.92},
	// blind241: measured 2026-12-06 at the frozen db92bf7 (7512f55's
	// detector): recall 0.971 at precision 0.954; PERSON 0.974 at 0.943, PHONE
	// 0.909, EMAIL 1.000, ADDRESS 0.893, DATE 1.000, URL 1.000, ID 1.000.
	"blind241": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind242: measured 2026-12-06 at the frozen db92bf7 (7512f55's
	// detector): recall 0.986 at precision 0.943; PERSON 0.989 at 0.925, PHONE
	// 1.000, EMAIL 1.000, ADDRESS 0.931, DATE 1.000, URL 1.000, ID 0.974.
	"blind242": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.94},
	// blind243: measured 2026-12-06 at the frozen 33796fa: recall 0.968 at
	// precision 0.926; PERSON 0.978 at 0.904, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.885, DATE 1.000, URL 0.857, ID 0.895.
	"blind243": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 0.85, "ID": 0.89}, personPrecision: 0.9, total: 0.92},
	// blind244: measured 2026-12-06 at the frozen 33796fa: recall 0.978 at
	// precision 0.948; PERSON 0.984 at 0.935, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.900.
	"blind244": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.93, total: 0.94},
	// blind245: measured 2026-12-06 at the frozen 33796fa: recall 0.969 at
	// precision 0.958; PERSON 0.979 at 0.944, PHONE 1.000, EMAIL 0.944,
	// ADDRESS 0.867, DATE 1.000, URL 1.000, ID 0.912.
	"blind245": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.94, total: 0.95},
	// blind246: measured 2026-12-06 at the frozen 33796fa: recall 0.988 at
	// precision 0.945; PERSON 1.000 at 0.931, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.926, DATE 0.955, URL 1.000, ID 0.900.
	"blind246": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 0.95, "URL": 1, "ID": 0.9}, personPrecision: 0.93, total: 0.94},
	// blind247: measured 2026-12-06 at the frozen f758ecb: recall 0.984 at
	// precision 0.956; PERSON 0.992 at 0.943, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.931.
	"blind247": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	// blind248: measured 2026-12-06 at the frozen f758ecb: recall 0.951 at
	// precision 0.937; PERSON 0.961 at 0.923, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.690, DATE 1.000, URL 1.000, ID 1.000.
	"blind248": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.68, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.93},
	// blind249: measured 2026-12-06 at the frozen f758ecb: recall 0.972 at
	// precision 0.905; PERSON 0.984 at 0.876, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 1.000.
	"blind249": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.87, total: 0.9},
	// blind250: measured 2026-12-06 at the frozen f758ecb: recall 0.978 at
	// precision 0.952; PERSON 0.984 at 0.933, PHONE 0.920, EMAIL 1.000,
	// ADDRESS 0.903, DATE 1.000, URL 1.000, ID 1.000.
	"blind250": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.92, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.95},
	// blind251: measured 2026-12-06 at the frozen c1d63ea: recall 0.982 at
	// precision 0.907; PERSON 0.997 at 0.896, PHONE 0.895, EMAIL 1.000,
	// ADDRESS 0.808, DATE 1.000, URL 1.000, ID 0.974.
	"blind251": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.89, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.89, total: 0.9},
	// blind252: measured 2026-12-06 at the frozen c1d63ea: recall 0.971 at
	// precision 0.909; PERSON 0.987 at 0.882, PHONE 0.882, EMAIL 0.941,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.963.
	// Its ID floor is 0.92, below the frozen 0.963: since the tuning on
	// blind251 to blind254 "Kela" (an agency), which the writer marked
	// inside "Kela 4471 8820 36", is no name; the number is hidden.
	"blind252": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.88, "EMAIL": 0.94, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.88, total: 0.9},
	// blind253: measured 2026-12-06 at the frozen c1d63ea: recall 0.959 at
	// precision 0.938; PERSON 0.978 at 0.923, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.593, DATE 1.000, URL 1.000, ID 1.000.
	"blind253": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.59, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.93},
	// blind254: measured 2026-12-06 at the frozen c1d63ea: recall 0.971 at
	// precision 0.961; PERSON 0.995 at 0.950, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 0.828.
	"blind254": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 0.82}, personPrecision: 0.95, total: 0.96},
	// blind255: measured 2026-12-06 at the frozen 960dfbd: recall 0.974 at
	// precision 0.939; PERSON 1.000 at 0.921, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.731, DATE 1.000, URL 1.000, ID 0.889.
	"blind255": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.92, total: 0.93},
	// blind256: measured 2026-12-06 at the frozen 960dfbd: recall 0.952 at
	// precision 0.957; PERSON 0.969 at 0.945, PHONE 0.870, EMAIL 1.000,
	// ADDRESS 0.844, DATE 1.000, URL 1.000, ID 0.833.
	"blind256": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.86, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.83}, personPrecision: 0.94, total: 0.95},
	// blind257: measured 2026-12-06 at the frozen 960dfbd: recall 0.976 at
	// precision 0.923; PERSON 0.995 at 0.903, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 0.912.
	"blind257": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.9, total: 0.92},
	// blind258: measured 2026-12-06 at the frozen 960dfbd: recall 0.985 at
	// precision 0.955; PERSON 0.998 at 0.946, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.889, DATE 0.889, URL 1.000, ID 0.966.
	"blind258": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.88, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind259: measured 2026-12-06 at the frozen c680f1a: recall 0.985 at
	// precision 0.924; PERSON 0.988 at 0.901, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.969, DATE 1.000, URL 1.000, ID 0.935.
	"blind259": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.9, total: 0.92},
	// blind260: measured 2026-12-06 at the frozen c680f1a: recall 0.973 at
	// precision 0.973; PERSON 0.987 at 0.966, PHONE 0.882, EMAIL 1.000,
	// ADDRESS 0.862, DATE 1.000, URL 1.000, ID 0.929.
	"blind260": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.96, total: 0.97},
	// blind261: measured 2026-12-06 at the frozen c680f1a: recall 0.964 at
	// precision 0.928; PERSON 0.982 at 0.909, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.667, DATE 1.000, URL 1.000, ID 0.926.
	"blind261": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.66, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.9, total: 0.92},
	// blind262: measured 2026-12-06 at the frozen c680f1a: recall 0.975 at
	// precision 0.957; PERSON 0.985 at 0.954, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 0.926.
	"blind262": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.95, total: 0.95},
	// blind263: measured 2026-12-06 at the frozen fc7e2d7: recall 0.978 at
	// precision 0.960; PERSON 0.995 at 0.950, PHONE 0.875, EMAIL 1.000,
	// ADDRESS 0.821, DATE 1.000, URL 0.833, ID 0.964.
	"blind263": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.87, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 0.83, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind264: measured 2026-12-06 at the frozen fc7e2d7: recall 0.892 at
	// precision 0.947; PERSON 0.935 at 0.936, PHONE 0.905, EMAIL 1.000,
	// ADDRESS 0.357, DATE 0.800, URL 1.000, ID 0.815.
	"blind264": {recall: map[string]float64{"PERSON": 0.93, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.35, "DATE": 0.8, "URL": 1, "ID": 0.81}, personPrecision: 0.93, total: 0.94},
	// blind265: measured 2026-12-06 at the frozen fc7e2d7: recall 0.960 at
	// precision 0.957; PERSON 0.981 at 0.944, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 0.938, URL 1.000, ID 0.786.
	"blind265": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 0.93, "URL": 1, "ID": 0.78}, personPrecision: 0.94, total: 0.95},
	// blind266: measured 2026-12-06 at the frozen fc7e2d7: recall 0.968 at
	// precision 0.963; PERSON 0.992 at 0.953, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.643, DATE 0.938, URL 1.000, ID 1.000.
	"blind266": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.64, "DATE": 0.93, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind267: measured 2026-12-06 at the frozen f9cf3f5: recall 0.967 at
	// precision 0.962; PERSON 0.981 at 0.954, PHONE 1.000, EMAIL 0.944,
	// ADDRESS 0.778, DATE 0.947, URL 1.000, ID 0.909.
	"blind267": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.77, "DATE": 0.94, "URL": 1, "ID": 0.9}, personPrecision: 0.95, total: 0.96},
	// blind268: measured 2026-12-06 at the frozen f9cf3f5: recall 0.969 at
	// precision 0.974; PERSON 0.991 at 0.967, PHONE 0.875, EMAIL 1.000,
	// ADDRESS 0.808, DATE 0.938, URL 1.000, ID 0.885.
	"blind268": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.87, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 0.93, "URL": 1, "ID": 0.88}, personPrecision: 0.96, total: 0.97},
	// blind269: measured 2026-12-06 at the frozen f9cf3f5: recall 0.970 at
	// precision 0.965; PERSON 0.989 at 0.954, PHONE 0.938, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 0.853.
	"blind269": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.93, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.85}, personPrecision: 0.95, total: 0.96},
	// blind270: measured 2026-12-06 at the frozen f9cf3f5: recall 0.965 at
	// precision 0.957; PERSON 0.995 at 0.948, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.586, DATE 0.947, URL 1.000, ID 0.941.
	"blind270": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.58, "DATE": 0.94, "URL": 1, "ID": 0.94}, personPrecision: 0.94, total: 0.95},
	// blind271: measured 2026-12-06 at the frozen 8c8d3e8: recall 0.984 at
	// precision 0.970; PERSON 0.998 at 0.962, PHONE 0.882, EMAIL 0.938,
	// ADDRESS 0.885, DATE 1.000, URL 1.000, ID 0.964.
	"blind271": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.88, "EMAIL": 0.93, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.96},
	// blind272: measured 2026-12-06 at the frozen 8c8d3e8: recall 0.979 at
	// precision 0.963; PERSON 0.995 at 0.952, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.724, DATE 1.000, URL 1.000, ID 0.971.
	"blind272": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.95, total: 0.96},
	// blind273: measured 2026-12-06 at the frozen 8c8d3e8: recall 0.968 at
	// precision 0.972; PERSON 0.990 at 0.965, PHONE 0.812, EMAIL 1.000,
	// ADDRESS 0.731, DATE 0.947, URL 1.000, ID 0.964.
	"blind273": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.81, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 0.94, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.97},
	// blind274: measured 2026-12-06 at the frozen 8c8d3e8: recall 0.975 at
	// precision 0.951; PERSON 0.976 at 0.938, PHONE 0.905, EMAIL 1.000,
	// ADDRESS 1.000, DATE 0.933, URL 1.000, ID 1.000.
	"blind274": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 1, "DATE": 0.93, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.95},
	// blind275: measured 2026-12-06 at the frozen 81e36b3: recall 0.956 at
	// precision 0.949; PERSON 0.983 at 0.939, PHONE 0.824, EMAIL 0.941,
	// ADDRESS 0.741, DATE 0.895, URL 1.000, ID 0.931.
	"blind275": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.82, "EMAIL": 0.94, "ADDRESS": 0.74, "DATE": 0.89, "URL": 1, "ID": 0.93}, personPrecision: 0.93, total: 0.94},
	// blind276: measured 2026-12-06 at the frozen 81e36b3: recall 0.984 at
	// precision 0.966; PERSON 0.997 at 0.957, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.931.
	"blind276": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.95, total: 0.96},
	// blind277: measured 2026-12-06 at the frozen 81e36b3: recall 0.989 at
	// precision 0.951; PERSON 0.991 at 0.947, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 0.968.
	"blind277": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind278: measured 2026-12-06 at the frozen 81e36b3: recall 0.975 at
	// precision 0.961; PERSON 1.000 at 0.955, PHONE 0.895, EMAIL 1.000,
	// ADDRESS 0.889, DATE 1.000, URL 1.000, ID 0.750.
	"blind278": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.89, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.75}, personPrecision: 0.95, total: 0.96},
	// blind279: measured 2026-12-06 at the frozen 3650348: recall 0.938 at
	// precision 0.957; PERSON 0.960 at 0.943, PHONE 0.800, EMAIL 1.000,
	// ADDRESS 0.759, DATE 1.000, URL 1.000, ID 0.875.
	"blind279": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.8, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.87}, personPrecision: 0.94, total: 0.95},
	// blind280: measured 2026-12-06 at the frozen 3650348: recall 0.944 at
	// precision 0.936; PERSON 0.940 at 0.931, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.962, DATE 0.938, URL 1.000, ID 0.923.
	"blind280": {recall: map[string]float64{"PERSON": 0.94, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.93, "URL": 1, "ID": 0.92}, personPrecision: 0.93, total: 0.93},
	// blind281: measured 2026-12-06 at the frozen 3650348: recall 0.966 at
	// precision 0.963; PERSON 0.975 at 0.951, PHONE 0.870, EMAIL 1.000,
	// ADDRESS 0.923, DATE 1.000, URL 1.000, ID 0.931.
	"blind281": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.86, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.95, total: 0.96},
	// blind282: measured 2026-12-06 at the frozen 3650348: recall 0.979 at
	// precision 0.975; PERSON 0.986 at 0.968, PHONE 0.889, EMAIL 1.000,
	// ADDRESS 0.923, DATE 1.000, URL 1.000, ID 0.968.
	"blind282": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.97},
	// blind283: measured 2026-12-06 at the frozen f8c28e6: recall 0.987 at
	// precision 0.968; PERSON 0.998 at 0.961, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.815, DATE 1.000, URL 0.833, ID 0.964.
	"blind283": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 1, "URL": 0.83, "ID": 0.96}, personPrecision: 0.96, total: 0.96},
	// blind284: measured 2026-12-06 at the frozen f8c28e6: recall 0.984 at
	// precision 0.951; PERSON 0.995 at 0.941, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.889, DATE 0.941, URL 1.000, ID 0.933.
	"blind284": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.94, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	// blind285: measured 2026-12-06 at the frozen f8c28e6: recall 0.983 at
	// precision 0.971; PERSON 0.997 at 0.964, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.889.
	"blind285": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.96, total: 0.97},
	// blind286: measured 2026-12-06 at the frozen f8c28e6: recall 0.972 at
	// precision 0.953; PERSON 1.000 at 0.941, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.538, DATE 1.000, URL 1.000, ID 0.939.
	"blind286": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.53, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	// blind287: measured 2026-12-06 at the frozen 91f36e1 (and 0941b0c): recall 0.970 at
	// precision 0.944; PERSON 0.981 at 0.930, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.867, DATE 1.000, URL 0.875, ID 0.900.
	"blind287": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 0.87, "ID": 0.9}, personPrecision: 0.92, total: 0.94},
	// blind288: measured 2026-12-06 at the frozen 91f36e1 (and 0941b0c): recall 0.975 at
	// precision 0.955; PERSON 0.983 at 0.941, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.923, DATE 0.947, URL 1.000, ID 0.917.
	"blind288": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 0.94, "URL": 1, "ID": 0.91}, personPrecision: 0.94, total: 0.95},
	// blind289: measured 2026-12-06 at the frozen 91f36e1 (and 0941b0c): recall 0.994 at
	// precision 0.967; PERSON 0.998 at 0.962, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.962, DATE 1.000, URL 1.000, ID 0.963.
	"blind289": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.96},
	// blind290: measured 2026-12-06 at the frozen 91f36e1 (and 0941b0c): recall 0.963 at
	// precision 0.920; PERSON 0.983 at 0.898, PHONE 0.909, EMAIL 1.000,
	// ADDRESS 0.867, DATE 1.000, URL 1.000, ID 0.825.
	"blind290": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.82}, personPrecision: 0.89, total: 0.92},
	// blind291: measured 2026-12-06 at the frozen 8917064: recall 0.973 at
	// precision 0.961; PERSON 0.992 at 0.951, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.778, DATE 1.000, URL 1.000, ID 0.867.
	"blind291": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.77, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.95, total: 0.96},
	// blind292: measured 2026-12-06 at the frozen 8917064: recall 0.981 at
	// precision 0.973; PERSON 0.992 at 0.970, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.943.
	"blind292": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.97, total: 0.97},
	// blind293: measured 2026-12-06 at the frozen 8917064: recall 0.967 at
	// precision 0.968; PERSON 1.000 at 0.962, PHONE 0.875, EMAIL 1.000,
	// ADDRESS 0.615, DATE 0.941, URL 1.000, ID 0.923.
	"blind293": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.87, "EMAIL": 1, "ADDRESS": 0.61, "DATE": 0.94, "URL": 1, "ID": 0.92}, personPrecision: 0.96, total: 0.96},
	// blind294: measured 2026-12-06 at the frozen 8917064: recall 0.969 at
	// precision 0.961; PERSON 0.981 at 0.950, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.759, DATE 1.000, URL 1.000, ID 0.966.
	"blind294": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.96},
	// blind295: measured 2026-12-06 at the frozen 488603e: recall 0.969 at
	// precision 0.910; PERSON 0.995 at 0.890, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.593, DATE 1.000, URL 1.000, ID 0.929.
	"blind295": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.59, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.88, total: 0.9},
	// blind296: measured 2026-12-06 at the frozen 488603e: recall 0.967 at
	// precision 0.948; PERSON 0.972 at 0.932, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.933, DATE 1.000, URL 1.000, ID 0.889.
	"blind296": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.93, total: 0.94},
	// blind297: measured 2026-12-06 at the frozen 488603e: recall 0.984 at
	// precision 0.949; PERSON 0.997 at 0.941, PHONE 0.889, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 0.964.
	"blind297": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.94},
	// blind298: measured 2026-12-06 at the frozen 488603e: recall 0.988 at
	// precision 0.963; PERSON 0.995 at 0.957, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.935.
	"blind298": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.95, total: 0.96},
	// blind299: measured 2026-12-06 at the frozen c4639d4: recall 0.987 at
	// precision 0.956; PERSON 0.993 at 0.941, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.923, DATE 1.000, URL 1.000, ID 0.962.
	"blind299": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind300: measured 2026-12-06 at the frozen c4639d4: recall 0.982 at
	// precision 0.947; PERSON 0.995 at 0.948, PHONE 0.938, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.893.
	"blind300": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.93, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.89}, personPrecision: 0.94, total: 0.94},
	// blind301: measured 2026-12-06 at the frozen c4639d4: recall 0.954 at
	// precision 0.952; PERSON 0.959 at 0.942, PHONE 0.938, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.828.
	"blind301": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 0.93, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.82}, personPrecision: 0.94, total: 0.95},
	// blind302: measured 2026-12-06 at the frozen c4639d4: recall 0.983 at
	// precision 0.937; PERSON 1.000 at 0.920, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.923, DATE 0.938, URL 1.000, ID 0.808.
	"blind302": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 0.93, "URL": 1, "ID": 0.8}, personPrecision: 0.92, total: 0.93},
	// blind303: measured 2026-12-06 at the frozen bc3d90e: recall 0.964 at
	// precision 0.954; PERSON 0.971 at 0.940, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.828, DATE 1.000, URL 1.000, ID 0.943.
	"blind303": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.94, total: 0.95},
	// blind304: measured 2026-12-06 at the frozen bc3d90e: recall 0.988 at
	// precision 0.948; PERSON 1.000 at 0.937, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 0.941, URL 1.000, ID 0.935.
	"blind304": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.94, "URL": 1, "ID": 0.93}, personPrecision: 0.93, total: 0.94},
	// blind305: measured 2026-12-06 at the frozen bc3d90e: recall 0.984 at
	// precision 0.958; PERSON 1.000 at 0.947, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 0.967.
	"blind305": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind306: measured 2026-12-06 at the frozen bc3d90e: recall 0.972 at
	// precision 0.952; PERSON 0.991 at 0.937, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.731, DATE 0.944, URL 1.000, ID 0.931.
	"blind306": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 0.94, "URL": 1, "ID": 0.93}, personPrecision: 0.93, total: 0.95},
	// blind307: measured 2026-12-06 at the frozen 24ddc7a: recall 0.965 at
	// precision 0.968; PERSON 0.995 at 0.960, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.714, DATE 1.000, URL 1.000, ID 0.741.
	"blind307": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.71, "DATE": 1, "URL": 1, "ID": 0.74}, personPrecision: 0.95, total: 0.96},
	// blind308: measured 2026-12-06 at the frozen 24ddc7a: recall 0.951 at
	// precision 0.947; PERSON 0.995 at 0.939, PHONE 0.810, EMAIL 1.000,
	// ADDRESS 0.704, DATE 1.000, URL 1.000, ID 0.636.
	"blind308": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.8, "EMAIL": 1, "ADDRESS": 0.7, "DATE": 1, "URL": 1, "ID": 0.63}, personPrecision: 0.93, total: 0.94},
	// blind309: measured 2026-12-06 at the frozen 24ddc7a: recall 0.981 at
	// precision 0.951; PERSON 0.990 at 0.942, PHONE 0.889, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 0.833, ID 1.000.
	"blind309": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 0.83, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind310: measured 2026-12-06 at the frozen 24ddc7a: recall 0.971 at
	// precision 0.947; PERSON 0.994 at 0.933, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.615, DATE 1.000, URL 1.000, ID 0.966.
	"blind310": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.61, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.93, total: 0.94},
	// blind311: measured 2026-12-06 at the frozen d2f2d18: recall 0.924 at
	// precision 0.966; PERSON 0.962 at 0.957, PHONE 0.812, EMAIL 1.000,
	// ADDRESS 0.346, DATE 1.000, URL 1.000, ID 0.962.
	"blind311": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.81, "EMAIL": 1, "ADDRESS": 0.34, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.96},
	// blind312: measured 2026-12-06 at the frozen d2f2d18: recall 0.983 at
	// precision 0.972; PERSON 0.995 at 0.967, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.933.
	"blind312": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.96, total: 0.97},
	// blind313: measured 2026-12-06 at the frozen d2f2d18: recall 0.996 at
	// precision 0.977; PERSON 0.998 at 0.971, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.969.
	"blind313": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.97, total: 0.97},
	// blind314: measured 2026-12-06 at the frozen d2f2d18: recall 0.967 at
	// precision 0.951; PERSON 0.992 at 0.941, PHONE 0.938, EMAIL 1.000,
	// ADDRESS 0.630, DATE 1.000, URL 1.000, ID 0.938.
	"blind314": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.93, "EMAIL": 1, "ADDRESS": 0.62, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	// blind315: measured 2026-12-06 at the frozen 0ecb91f: recall 0.983 at
	// precision 0.954; PERSON 0.993 at 0.947, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 0.929.
	"blind315": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.94, total: 0.95},
	// blind316: measured 2026-12-06 at the frozen 0ecb91f: recall 0.963 at
	// precision 0.944; PERSON 0.989 at 0.928, PHONE 0.870, EMAIL 1.000,
	// ADDRESS 0.679, DATE 1.000, URL 1.000, ID 0.939.
	"blind316": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.86, "EMAIL": 1, "ADDRESS": 0.67, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.92, total: 0.94},
	// blind317: measured 2026-12-06 at the frozen 0ecb91f: recall 0.990 at
	// precision 0.973; PERSON 0.995 at 0.966, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.962, DATE 0.938, URL 1.000, ID 0.963.
	"blind317": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.93, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.97},
	// blind318: measured 2026-12-06 at the frozen 0ecb91f: recall 0.964 at
	// precision 0.941; PERSON 0.989 at 0.927, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.846, DATE 0.882, URL 0.833, ID 0.778.
	"blind318": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 0.88, "URL": 0.83, "ID": 0.77}, personPrecision: 0.92, total: 0.94},
	// blind319: measured 2026-12-06 at the frozen f9b796e: recall 0.968 at
	// precision 0.969; PERSON 0.976 at 0.959, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 0.926.
	"blind319": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.95, total: 0.96},
	// blind320: measured 2026-12-06 at the frozen f9b796e: recall 0.952 at
	// precision 0.956; PERSON 0.951 at 0.949, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.808.
	"blind320": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.8}, personPrecision: 0.94, total: 0.95},
	// blind321: measured 2026-12-06 at the frozen f9b796e: recall 0.986 at
	// precision 0.967; PERSON 0.988 at 0.964, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 1.000, ID 0.966.
	"blind321": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.96},
	// blind322: measured 2026-12-06 at the frozen f9b796e: recall 0.973 at
	// precision 0.948; PERSON 0.986 at 0.935, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.733, DATE 1.000, URL 1.000, ID 0.966.
	"blind322": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.93, total: 0.94},
	// blind323: measured 2026-12-06 at the frozen 0fadadc: recall 0.973 at
	// precision 0.924; PERSON 0.992 at 0.908, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.720, DATE 1.000, URL 1.000, ID 0.885.
	"blind323": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.9, total: 0.92},
	// blind324: measured 2026-12-06 at the frozen 0fadadc: recall 0.963 at
	// precision 0.947; PERSON 0.971 at 0.929, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.900, DATE 1.000, URL 1.000, ID 0.897.
	"blind324": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 0.89}, personPrecision: 0.92, total: 0.94},
	// blind325: measured 2026-12-06 at the frozen 0fadadc: recall 0.972 at
	// precision 0.944; PERSON 0.989 at 0.923, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.786, DATE 1.000, URL 1.000, ID 0.946.
	"blind325": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.78, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.94},
	// blind326: measured 2026-12-06 at the frozen 0fadadc: recall 0.976 at
	// precision 0.907; PERSON 0.994 at 0.883, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.815.
	"blind326": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.81}, personPrecision: 0.88, total: 0.9},
	// blind327: measured 2026-12-06 at the frozen aa436f5: recall 0.953 at
	// precision 0.936; PERSON 0.953 at 0.927, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.923, DATE 1.000, URL 1.000, ID 0.926.
	"blind327": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.92, total: 0.93},
	// blind328: measured 2026-12-06 at the frozen aa436f5: recall 0.948 at
	// precision 0.946; PERSON 0.980 at 0.934, PHONE 0.875, EMAIL 1.000,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 0.704.
	"blind328": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.87, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 0.7}, personPrecision: 0.93, total: 0.94},
	// blind329: measured 2026-12-06 at the frozen aa436f5: recall 0.956 at
	// precision 0.943; PERSON 0.980 at 0.929, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.586, DATE 1.000, URL 1.000, ID 0.970.
	"blind329": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.58, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.94},
	// blind330: measured 2026-12-06 at the frozen aa436f5: recall 0.966 at
	// precision 0.954; PERSON 0.970 at 0.941, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 1.000.
	"blind330": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind331: measured 2026-12-06 at the frozen 223ea75: recall 0.980 at
	// precision 0.942; PERSON 1.000 at 0.926, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.889, DATE 1.000, URL 1.000, ID 0.786.
	"blind331": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.78}, personPrecision: 0.92, total: 0.94},
	// blind332: measured 2026-12-06 at the frozen 223ea75: recall 0.975 at
	// precision 0.977; PERSON 0.981 at 0.973, PHONE 0.938, EMAIL 1.000,
	// ADDRESS 0.933, DATE 1.000, URL 1.000, ID 0.931.
	"blind332": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.93, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.97, total: 0.97},
	// blind333: measured 2026-12-06 at the frozen 223ea75: recall 0.971 at
	// precision 0.944; PERSON 0.977 at 0.928, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.900.
	"blind333": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.92, total: 0.94},
	// blind334: measured 2026-12-06 at the frozen 223ea75: recall 0.967 at
	// precision 0.950; PERSON 0.990 at 0.937, PHONE 0.850, EMAIL 1.000,
	// ADDRESS 0.720, DATE 0.950, URL 1.000, ID 0.925.
	"blind334": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.85, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 0.95, "URL": 1, "ID": 0.92}, personPrecision: 0.93, total: 0.95},
	// blind335: measured 2026-12-06 at the frozen 8435a9b: recall 0.952 at
	// precision 0.914; PERSON 0.952 at 0.885, PHONE 0.900, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.971.
	"blind335": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.88, total: 0.91},
	// blind336: measured 2026-12-06 at the frozen 8435a9b: recall 0.971 at
	// precision 0.964; PERSON 0.988 at 0.955, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.710.
	"blind336": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.7}, personPrecision: 0.95, total: 0.96},
	// blind337: measured 2026-12-06 at the frozen 8435a9b: recall 0.976 at
	// precision 0.959; PERSON 0.992 at 0.948, PHONE 0.833, EMAIL 1.000,
	// ADDRESS 0.889, DATE 1.000, URL 1.000, ID 0.900.
	"blind337": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.83, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.94, total: 0.95},
	// blind338: measured 2026-12-06 at the frozen 8435a9b: recall 0.981 at
	// precision 0.968; PERSON 0.992 at 0.959, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.941.
	"blind338": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.95, total: 0.96},
	// blind339: measured 2026-12-06 at the frozen 188bc11: recall 0.872 at
	// precision 0.894; PERSON 0.859 at 0.861, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.931, DATE 1.000, URL 1.000, ID 0.719.
	"blind339": {recall: map[string]float64{"PERSON": 0.85, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.71}, personPrecision: 0.86, total: 0.89},
	// blind340: measured 2026-12-06 at the frozen 188bc11: recall 0.983 at
	// precision 0.931; PERSON 0.995 at 0.913, PHONE 0.913, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.967.
	"blind340": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.91, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.91, total: 0.93},
	// blind341: measured 2026-12-06 at the frozen 188bc11: recall 0.995 at
	// precision 0.934; PERSON 0.993 at 0.914, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 1.000.
	"blind341": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.91, total: 0.93},
	// blind342: measured 2026-12-06 at the frozen 188bc11: recall 0.983 at
	// precision 0.967; PERSON 0.990 at 0.957, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 1.000.
	"blind342": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind343: measured 2026-12-06 at the frozen 5e84214: recall 0.973 at
	// precision 0.987; PERSON 0.995 at 0.983, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.630, DATE 0.938, URL 0.833, ID 1.000.
	"blind343": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.62, "DATE": 0.93, "URL": 0.83, "ID": 1}, personPrecision: 0.98, total: 0.98},
	// blind344: measured 2026-12-06 at the frozen 5e84214: recall 0.963 at
	// precision 0.972; PERSON 0.977 at 0.964, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.731, DATE 1.000, URL 1.000, ID 0.926.
	"blind344": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.96, total: 0.97},
	// blind345: measured 2026-12-06 at the frozen 5e84214: recall 0.981 at
	// precision 0.960; PERSON 0.991 at 0.951, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.821, DATE 1.000, URL 1.000, ID 1.000.
	"blind345": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind346: measured 2026-12-06 at the frozen 5e84214: recall 0.974 at
	// precision 0.949; PERSON 1.000 at 0.934, PHONE 0.857, EMAIL 1.000,
	// ADDRESS 0.750, DATE 0.952, URL 1.000, ID 0.919.
	"blind346": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.85, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 0.95, "URL": 1, "ID": 0.91}, personPrecision: 0.93, total: 0.94},
	// blind347: measured 2026-12-06 at the frozen bfdbb7c: recall 0.978 at
	// precision 0.971; PERSON 0.995 at 0.963, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.731, DATE 1.000, URL 1.000, ID 0.929.
	"blind347": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.96, total: 0.97},
	// blind348: measured 2026-12-06 at the frozen bfdbb7c: recall 0.988 at
	// precision 0.982; PERSON 0.997 at 0.977, PHONE 0.895, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.963.
	"blind348": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.89, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.97, total: 0.98},
	// blind349: measured 2026-12-06 at the frozen bfdbb7c: recall 0.976 at
	// precision 0.941; PERSON 0.990 at 0.925, PHONE 0.667, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.967.
	"blind349": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.66, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.94},
	// blind350: measured 2026-12-06 at the frozen bfdbb7c: recall 0.976 at
	// precision 0.935; PERSON 0.992 at 0.919, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.731, DATE 1.000, URL 1.000, ID 0.931.
	"blind350": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.91, total: 0.93},
	// blind351: measured 6 December 2026 at the frozen 059b513: recall 0.950 at
	// precision 0.958; PERSON 0.963 at 0.951, PHONE 0.882, EMAIL 1.000,
	// ADDRESS 0.786, DATE 1.000, URL 1.000, ID 0.893.
	"blind351": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.78, "DATE": 1, "URL": 1, "ID": 0.89}, personPrecision: 0.95, total: 0.95},
	// blind352: measured 6 December 2026 at the frozen 059b513: recall 0.984 at
	// precision 0.942; PERSON 0.997 at 0.941, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 0.941, URL 1.000, ID 0.897.
	"blind352": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.94, "URL": 1, "ID": 0.89}, personPrecision: 0.94, total: 0.94},
	// blind353: measured 6 December 2026 at the frozen 059b513: recall 0.961 at
	// precision 0.933; PERSON 0.971 at 0.922, PHONE 0.789, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 0.968.
	"blind353": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.78, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.93},
	// blind354: measured 6 December 2026 at the frozen 059b513: recall 0.968 at
	// precision 0.946; PERSON 0.962 at 0.932, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 0.941, URL 1.000, ID 1.000.
	"blind354": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.94},
	// blind355: measured 6 December 2026 at the frozen 8192cde: recall 0.963 at
	// precision 0.940; PERSON 0.989 at 0.925, PHONE 0.882, EMAIL 1.000,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 0.828.
	"blind355": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.82}, personPrecision: 0.92, total: 0.94},
	// blind356: measured 6 December 2026 at the frozen 8192cde: recall 0.985 at
	// precision 0.904; PERSON 0.988 at 0.881, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.970.
	"blind356": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.88, total: 0.9},
	// blind357: measured 6 December 2026 at the frozen 8192cde: recall 0.972 at
	// precision 0.951; PERSON 0.994 at 0.947, PHONE 0.926, EMAIL 1.000,
	// ADDRESS 0.724, DATE 0.952, URL 1.000, ID 0.895. Since the tuning
	// after blind462 a full date its writer left unmarked ("Fifth of
	// January twenty-two") is replaced, one false positive more: 0.950.
	"blind357": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.92, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 0.95, "URL": 1, "ID": 0.89}, personPrecision: 0.94, total: 0.94},
	// blind358: measured 6 December 2026 at the frozen 8192cde: recall 0.982 at
	// precision 0.949; PERSON 0.981 at 0.938, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 0.966.
	"blind358": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.93, total: 0.94},
	// blind359: measured 6 December 2026 at the frozen 68ea0b4: recall 0.867 at
	// precision 0.919; PERSON 0.843 at 0.898, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.786, DATE 1.000, URL 1.000, ID 0.966.
	"blind359": {recall: map[string]float64{"PERSON": 0.84, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.78, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.89, total: 0.91},
	// blind360: measured 6 December 2026 at the frozen 68ea0b4: recall 0.949 at
	// precision 0.962; PERSON 0.957 at 0.955, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.690, DATE 1.000, URL 1.000, ID 0.966.
	"blind360": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.68, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.96},
	// blind361: measured 6 December 2026 at the frozen 68ea0b4: recall 0.988 at
	// precision 0.954; PERSON 0.990 at 0.942, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 1.000.
	"blind361": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind362: measured 6 December 2026 at the frozen 68ea0b4: recall 0.972 at
	// precision 0.968; PERSON 0.982 at 0.957, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.882.
	"blind362": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.95, total: 0.96},
	// blind363: measured 6 December 2026 at the frozen 931dc12: recall 0.980 at
	// precision 0.960; PERSON 0.990 at 0.950, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.906.
	"blind363": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.95, total: 0.96},
	// blind364: measured 6 December 2026 at the frozen 931dc12: recall 0.954 at
	// precision 0.955; PERSON 0.966 at 0.942, PHONE 0.920, EMAIL 1.000,
	// ADDRESS 0.742, DATE 1.000, URL 1.000, ID 1.000.
	"blind364": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.92, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind365: measured 6 December 2026 at the frozen 931dc12: recall 0.976 at
	// precision 0.946; PERSON 0.987 at 0.946, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.815, DATE 0.950, URL 1.000, ID 0.926.
	"blind365": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 0.95, "URL": 1, "ID": 0.92}, personPrecision: 0.94, total: 0.94},
	// blind366: measured 6 December 2026 at the frozen 931dc12: recall 0.966 at
	// precision 0.949; PERSON 1.000 at 0.935, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.536, DATE 1.000, URL 1.000, ID 0.900.
	"blind366": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.53, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.93, total: 0.94},
	// blind367: measured 6 December 2026 at the frozen 811f47d: recall 0.962 at
	// precision 0.925; PERSON 0.958 at 0.904, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.938, DATE 1.000, URL 1.000, ID 0.962.
	"blind367": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.9, total: 0.92},
	// blind368: measured 6 December 2026 at the frozen 811f47d: recall 0.987 at
	// precision 0.966; PERSON 0.995 at 0.964, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 0.871.
	"blind368": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.87}, personPrecision: 0.96, total: 0.96},
	// blind369: measured 6 December 2026 at the frozen 811f47d: recall 0.957 at
	// precision 0.964; PERSON 0.993 at 0.957, PHONE 1.000, EMAIL 0.938,
	// ADDRESS 0.393, DATE 1.000, URL 1.000, ID 0.857.
	"blind369": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.93, "ADDRESS": 0.39, "DATE": 1, "URL": 1, "ID": 0.85}, personPrecision: 0.95, total: 0.96},
	// blind370: measured 6 December 2026 at the frozen 811f47d: recall 0.969 at
	// precision 0.918; PERSON 0.990 at 0.900, PHONE 0.864, EMAIL 1.000,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 0.931.
	"blind370": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.86, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.9, total: 0.91},
	// blind371: measured 6 December 2026 at the frozen 7e14fb2: recall 0.944 at
	// precision 0.947; PERSON 0.985 at 0.944, PHONE 0.812, EMAIL 1.000,
	// ADDRESS 0.769, DATE 1.000, URL 1.000, ID 0.630.
	"blind371": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.81, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.62}, personPrecision: 0.94, total: 0.94},
	// blind372: measured 6 December 2026 at the frozen 7e14fb2: recall 0.986 at
	// precision 0.903; PERSON 0.995 at 0.882, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.885, DATE 1.000, URL 0.800, ID 0.966.
	"blind372": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 0.8, "ID": 0.96}, personPrecision: 0.88, total: 0.9},
	// blind373: measured 6 December 2026 at the frozen 7e14fb2: recall 0.981 at
	// precision 0.944; PERSON 0.990 at 0.933, PHONE 0.842, EMAIL 1.000,
	// ADDRESS 0.962, DATE 1.000, URL 1.000, ID 0.929.
	"blind373": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.84, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.93, total: 0.94},
	// blind374: measured 6 December 2026 at the frozen 7e14fb2: recall 0.984 at
	// precision 0.946; PERSON 0.987 at 0.931, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.960, DATE 0.952, URL 1.000, ID 1.000.
	"blind374": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.94},
	// blind375: measured 6 December 2026 at the frozen 1171c98: recall 0.973 at
	// precision 0.944; PERSON 0.981 at 0.932, PHONE 0.889, EMAIL 1.000,
	// ADDRESS 0.897, DATE 0.947, URL 1.000, ID 0.967.
	"blind375": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.94, "URL": 1, "ID": 0.96}, personPrecision: 0.93, total: 0.94},
	// blind376: measured 6 December 2026 at the frozen 1171c98: recall 0.963 at
	// precision 0.907; PERSON 0.985 at 0.884, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.767, DATE 1.000, URL 0.833, ID 0.897.
	"blind376": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 0.83, "ID": 0.89}, personPrecision: 0.88, total: 0.9},
	// blind377: measured 6 December 2026 at the frozen 1171c98: recall 0.964 at
	// precision 0.966; PERSON 1.000 at 0.956, PHONE 0.850, EMAIL 1.000,
	// ADDRESS 0.645, DATE 1.000, URL 1.000, ID 0.909.
	"blind377": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.85, "EMAIL": 1, "ADDRESS": 0.64, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.95, total: 0.96},
	// blind378: measured 6 December 2026 at the frozen 1171c98: recall 0.984 at
	// precision 0.974; PERSON 0.989 at 0.967, PHONE 1.000, EMAIL 0.938,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.967.
	"blind378": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 0.93, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.97},
	// blind379: measured 6 December 2026 at the frozen 6dd2227: recall 0.986 at
	// precision 0.968; PERSON 1.000 at 0.960, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.821, DATE 1.000, URL 1.000, ID 0.931.
	"blind379": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.95, total: 0.96},
	// blind380: measured 6 December 2026 at the frozen 6dd2227: recall 0.980 at
	// precision 0.966; PERSON 1.000 at 0.955, PHONE 0.842, EMAIL 1.000,
	// ADDRESS 0.821, DATE 1.000, URL 1.000, ID 0.968.
	"blind380": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.84, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.96},
	// blind381: measured 6 December 2026 at the frozen 6dd2227: recall 0.964 at
	// precision 0.964; PERSON 0.967 at 0.956, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.806, DATE 1.000, URL 1.000, ID 1.000.
	"blind381": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind382: measured 6 December 2026 at the frozen 6dd2227: recall 0.982 at
	// precision 0.936; PERSON 0.997 at 0.921, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 0.971.
	"blind382": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.93},
	// blind383: measured 6 December 2026 at the frozen d441e18: recall 0.987 at
	// precision 0.928; PERSON 1.000 at 0.934, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.862, DATE 1.000, URL 1.000, ID 0.966.
	"blind383": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.93, total: 0.92},
	// blind384: measured 6 December 2026 at the frozen d441e18: recall 0.969 at
	// precision 0.953; PERSON 0.998 at 0.942, PHONE 0.765, EMAIL 1.000,
	// ADDRESS 0.821, DATE 1.000, URL 1.000, ID 0.800.
	"blind384": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.76, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.8}, personPrecision: 0.94, total: 0.95},
	// blind385: measured 6 December 2026 at the frozen d441e18: recall 0.971 at
	// precision 0.979; PERSON 0.996 at 0.974, PHONE 0.824, EMAIL 1.000,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 0.857.
	"blind385": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.82, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 0.85}, personPrecision: 0.97, total: 0.97},
	// blind386: measured 6 December 2026 at the frozen d441e18: recall 0.951 at
	// precision 0.954; PERSON 0.978 at 0.941, PHONE 0.556, EMAIL 1.000,
	// ADDRESS 0.769, DATE 1.000, URL 1.000, ID 0.967.
	"blind386": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.55, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind387: measured 6 December 2026 at the frozen a514e05: recall 0.984 at
	// precision 0.975; PERSON 0.985 at 0.968, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.962, DATE 1.000, URL 1.000, ID 1.000.
	"blind387": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.97},
	// blind388: measured 6 December 2026 at the frozen a514e05: recall 0.968 at
	// precision 0.972; PERSON 0.984 at 0.963, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 0.935.
	"blind388": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.96, total: 0.97},
	// blind389: measured 6 December 2026 at the frozen a514e05: recall 0.976 at
	// precision 0.944; PERSON 0.988 at 0.939, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.793, DATE 1.000, URL 1.000, ID 0.926.
	"blind389": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.79, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.93, total: 0.94},
	// blind390: measured 6 December 2026 at the frozen a514e05: recall 0.970 at
	// precision 0.967; PERSON 0.990 at 0.958, PHONE 0.882, EMAIL 1.000,
	// ADDRESS 0.741, DATE 1.000, URL 1.000, ID 0.929.
	"blind390": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.88, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.95, total: 0.96},
	// blind391: measured 6 December 2026 at the frozen e2d4108: recall 0.977 at
	// precision 0.961; PERSON 0.989 at 0.946, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.926.
	"blind391": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.94, total: 0.96},
	// blind392: measured 6 December 2026 at the frozen e2d4108: recall 0.968 at
	// precision 0.949; PERSON 0.995 at 0.935, PHONE 0.667, EMAIL 1.000,
	// ADDRESS 0.821, DATE 1.000, URL 1.000, ID 0.938.
	"blind392": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.66, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.93, total: 0.94},
	// blind393: measured 6 December 2026 at the frozen e2d4108: recall 0.981 at
	// precision 0.975; PERSON 0.988 at 0.969, PHONE 0.938, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.929.
	"blind393": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.93, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.96, total: 0.97},
	// blind394: measured 6 December 2026 at the frozen e2d4108: recall 0.974 at
	// precision 0.962; PERSON 0.986 at 0.953, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.769, DATE 1.000, URL 1.000, ID 0.931.
	"blind394": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.95, total: 0.96},
	// blind395: measured 6 December 2026 at the frozen 3033cd8 (and at 1df7c6b, the same): recall 0.971 at
	// precision 0.960; PERSON 0.966 at 0.948, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 1.000, ID 0.967.
	"blind395": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.96},
	// blind396: measured 6 December 2026 at the frozen 3033cd8 (and at 1df7c6b, the same): recall 0.962 at
	// precision 0.977; PERSON 0.990 at 0.971, PHONE 0.750, EMAIL 1.000,
	// ADDRESS 0.862, DATE 1.000, URL 1.000, ID 0.759.
	"blind396": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.75, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.75}, personPrecision: 0.97, total: 0.97},
	// blind397: measured 6 December 2026 at the frozen 3033cd8 (and at 1df7c6b, the same): recall 0.962 at
	// precision 0.964; PERSON 0.979 at 0.965, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.615, DATE 1.000, URL 1.000, ID 0.963.
	"blind397": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.61, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.96},
	// blind398: measured 6 December 2026 at the frozen 3033cd8 (and at 1df7c6b, the same): recall 0.987 at
	// precision 0.952; PERSON 0.998 at 0.940, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.929.
	"blind398": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.94, total: 0.95},
	// blind399: measured 6 December 2026 at the frozen e4664a6 (and at baa2e0f, the same): recall 0.978 at
	// precision 0.917; PERSON 0.986 at 0.909, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.963.
	"blind399": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.9, total: 0.91},
	// blind400: measured 6 December 2026 at the frozen e4664a6 (and at baa2e0f, the same): recall 0.974 at
	// precision 0.959; PERSON 0.993 at 0.949, PHONE 1.000, EMAIL 0.941,
	// ADDRESS 0.786, DATE 1.000, URL 1.000, ID 0.862.
	"blind400": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.78, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.94, total: 0.95},
	// blind401: measured 6 December 2026 at the frozen e4664a6 (and at baa2e0f, the same): recall 0.982 at
	// precision 0.926; PERSON 0.997 at 0.905, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.846, DATE 1.000, URL 1.000, ID 0.900.
	"blind401": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.9, total: 0.92},
	// blind402: measured 6 December 2026 at the frozen e4664a6 (and at baa2e0f, the same): recall 0.978 at
	// precision 0.931; PERSON 0.982 at 0.909, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.931.
	"blind402": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.9, total: 0.93},
	// blind403: measured 6 December 2026 at fa3a4c7 (the review's mending of the frozen 6e6d206, made before the set was read): recall 0.974 at
	// precision 0.945; PERSON 0.986 at 0.931, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.964, DATE 0.947, URL 1.000, ID 0.824.
	"blind403": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.94, "URL": 1, "ID": 0.82}, personPrecision: 0.93, total: 0.94},
	// blind404: measured 6 December 2026 at fa3a4c7 (the review's mending of the frozen 6e6d206, made before the set was read): recall 0.963 at
	// precision 0.953; PERSON 0.988 at 0.939, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.815, DATE 1.000, URL 1.000, ID 0.769.
	"blind404": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 1, "URL": 1, "ID": 0.76}, personPrecision: 0.93, total: 0.95},
	// blind405: measured 6 December 2026 at fa3a4c7 (the review's mending of the frozen 6e6d206, made before the set was read): recall 0.984 at
	// precision 0.956; PERSON 0.992 at 0.945, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.967.
	"blind405": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind406: measured 6 December 2026 at fa3a4c7 (the review's mending of the frozen 6e6d206, made before the set was read): recall 0.955 at
	// precision 0.939; PERSON 0.975 at 0.920, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.741, DATE 0.944, URL 1.000, ID 0.882.
	"blind406": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 0.94, "URL": 1, "ID": 0.88}, personPrecision: 0.91, total: 0.93},
	// blind407: measured 6 December 2026 at 9586fdf (the review's mending of the frozen 3c92d2d, made before the set was read; the same): recall 0.981 at
	// precision 0.964; PERSON 0.994 at 0.954, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.731, DATE 1.000, URL 1.000, ID 1.000.
	"blind407": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind408: measured 6 December 2026 at 9586fdf (the review's mending of the frozen 3c92d2d, made before the set was read; the same): recall 0.982 at
	// precision 0.960; PERSON 0.994 at 0.948, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.889, DATE 1.000, URL 0.833, ID 0.929.
	"blind408": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 0.83, "ID": 0.92}, personPrecision: 0.94, total: 0.95},
	// blind409: measured 6 December 2026 at 9586fdf (the review's mending of the frozen 3c92d2d, made before the set was read; the same): recall 0.998 at
	// precision 0.966; PERSON 1.000 at 0.955, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 1.000.
	"blind409": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind410: measured 6 December 2026 at 9586fdf (the review's mending of the frozen 3c92d2d, made before the set was read; the same): recall 0.958 at
	// precision 0.959; PERSON 0.987 at 0.949, PHONE 0.920, EMAIL 0.778,
	// ADDRESS 0.630, DATE 1.000, URL 1.000, ID 0.931.
	"blind410": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.92, "EMAIL": 0.77, "ADDRESS": 0.62, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	// blind411: measured 6 December 2026 at 5252b19 (the review's mending of the frozen c8a3d43, made before the set was read; the same): recall 0.984 at
	// precision 0.966; PERSON 0.993 at 0.957, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.867, DATE 0.944, URL 1.000, ID 0.971.
	"blind411": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 0.94, "URL": 1, "ID": 0.97}, personPrecision: 0.95, total: 0.96},
	// blind412: measured 6 December 2026 at 5252b19 (the review's mending of the frozen c8a3d43, made before the set was read; the same): recall 0.970 at
	// precision 0.969; PERSON 0.997 at 0.960, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.593, DATE 0.941, URL 1.000, ID 0.963.
	"blind412": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.59, "DATE": 0.94, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.96},
	// blind413: measured 6 December 2026 at 5252b19 (the review's mending of the frozen c8a3d43, made before the set was read; the same): recall 0.982 at
	// precision 0.955; PERSON 0.992 at 0.945, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.889, DATE 0.882, URL 1.000, ID 0.964.
	"blind413": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.88, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind414: measured 6 December 2026 at 5252b19 (the review's mending of the frozen c8a3d43, made before the set was read; the same): recall 0.977 at
	// precision 0.944; PERSON 0.988 at 0.927, PHONE 0.875, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 1.000.
	"blind414": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.87, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.92, total: 0.94},
	// blind415: measured 6 December 2026 at 29d45bf (the review's mending of the frozen 011738c, made before the set was read; the same): recall 0.987 at
	// precision 0.972; PERSON 0.996 at 0.968, PHONE 0.947, EMAIL 0.938,
	// ADDRESS 0.962, DATE 1.000, URL 1.000, ID 0.893.
	"blind415": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 0.93, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.89}, personPrecision: 0.96, total: 0.97},
	// blind416: measured 6 December 2026 at 29d45bf (the review's mending of the frozen 011738c, made before the set was read; the same): recall 0.973 at
	// precision 0.988; PERSON 0.972 at 0.984, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 0.857, ID 0.968.
	"blind416": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 0.85, "ID": 0.96}, personPrecision: 0.98, total: 0.98},
	// blind417: measured 6 December 2026 at 29d45bf (the review's mending of the frozen 011738c, made before the set was read; the same): recall 0.977 at
	// precision 0.955; PERSON 0.985 at 0.942, PHONE 0.842, EMAIL 1.000,
	// ADDRESS 0.974, DATE 0.950, URL 1.000, ID 0.969.
	"blind417": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.84, "EMAIL": 1, "ADDRESS": 0.97, "DATE": 0.95, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind418: measured 6 December 2026 at 29d45bf (the review's mending of the frozen 011738c, made before the set was read; the same): recall 0.954 at
	// precision 0.947; PERSON 0.992 at 0.935, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.481, DATE 1.000, URL 1.000, ID 0.815.
	"blind418": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.48, "DATE": 1, "URL": 1, "ID": 0.81}, personPrecision: 0.93, total: 0.94},
	// blind419: measured 6 December 2026 at 5138545 (the review's mending of the frozen df80039, made before the set was read; the same): recall 0.985 at
	// precision 0.954; PERSON 0.991 at 0.944, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.967.
	"blind419": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind420: measured 6 December 2026 at 5138545 (the review's mending of the frozen df80039, made before the set was read; the same): recall 0.973 at
	// precision 0.942; PERSON 0.983 at 0.924, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.815, DATE 1.000, URL 1.000, ID 0.943.
	"blind420": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.94},
	// blind421: measured 6 December 2026 at 5138545 (the review's mending of the frozen df80039, made before the set was read; the same): recall 0.974 at
	// precision 0.927; PERSON 0.978 at 0.912, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.935.
	"blind421": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.91, total: 0.92},
	// blind422: measured 6 December 2026 at 5138545 (the review's mending of the frozen df80039, made before the set was read; the same): recall 0.986 at
	// precision 0.918; PERSON 0.991 at 0.893, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.969.
	"blind422": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.89, total: 0.91},
	// blind423: measured 6 December 2026 at 4804026 (the review's mending of the frozen 99fb1d5, made before the set was read; the same): recall 0.987 at
	// precision 0.959; PERSON 0.995 at 0.947, PHONE 0.926, EMAIL 1.000,
	// ADDRESS 0.923, DATE 1.000, URL 1.000, ID 0.971.
	"blind423": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.92, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.94, total: 0.95},
	// blind424: measured 6 December 2026 at 4804026 (the review's mending of the frozen 99fb1d5, made before the set was read; the same): recall 0.977 at
	// precision 0.950; PERSON 0.985 at 0.937, PHONE 1.000, EMAIL 0.889,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.917.
	"blind424": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 0.88, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.93, total: 0.94},
	// blind425: measured 6 December 2026 at 4804026 (the review's mending of the frozen 99fb1d5, made before the set was read; the same): recall 0.985 at
	// precision 0.923; PERSON 0.989 at 0.897, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 0.944, URL 1.000, ID 0.963.
	"blind425": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.94, "URL": 1, "ID": 0.96}, personPrecision: 0.89, total: 0.92},
	// blind426: measured 6 December 2026 at 4804026 (the review's mending of the frozen 99fb1d5, made before the set was read; the same): recall 0.984 at
	// precision 0.904; PERSON 0.984 at 0.883, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 1.000.
	"blind426": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.88, total: 0.9},
	// blind427: measured 6 December 2026 at 55f433a (the review's mending of the frozen 53ff7e9, made before the set was read; the same): recall 0.984 at
	// precision 0.965; PERSON 0.995 at 0.957, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.769, DATE 1.000, URL 1.000, ID 0.963.
	"blind427": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.96},
	// blind428: measured 6 December 2026 at 55f433a (the review's mending of the frozen 53ff7e9, made before the set was read; the same): recall 0.958 at
	// precision 0.930; PERSON 0.996 at 0.915, PHONE 0.909, EMAIL 1.000,
	// ADDRESS 0.333, DATE 1.000, URL 1.000, ID 0.931.
	"blind428": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.33, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.91, total: 0.92},
	// blind429: measured 6 December 2026 at 55f433a (the review's mending of the frozen 53ff7e9, made before the set was read; the same): recall 0.983 at
	// precision 0.952; PERSON 0.982 at 0.938, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 0.950, URL 1.000, ID 1.000.
	"blind429": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.95},
	// blind430: measured 6 December 2026 at 55f433a (the review's mending of the frozen 53ff7e9, made before the set was read; the same): recall 0.982 at
	// precision 0.930; PERSON 0.997 at 0.907, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.968, DATE 1.000, URL 1.000, ID 0.833.
	"blind430": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.83}, personPrecision: 0.9, total: 0.92},
	// blind431: measured 6 December 2026 at 13baef0 (the review's mending of the frozen e7681a2, made before the set was read; the same): recall 0.973 at
	// precision 0.912; PERSON 0.982 at 0.887, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.931.
	"blind431": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.88, total: 0.91},
	// blind432: measured 6 December 2026 at 13baef0 (the review's mending of the frozen e7681a2, made before the set was read; the same): recall 0.966 at
	// precision 0.925; PERSON 0.971 at 0.900, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 0.905, URL 1.000, ID 0.968.
	"blind432": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.9, "URL": 1, "ID": 0.96}, personPrecision: 0.9, total: 0.92},
	// blind433: measured 6 December 2026 at 13baef0 (the review's mending of the frozen e7681a2, made before the set was read; the same): recall 0.982 at
	// precision 0.955; PERSON 0.990 at 0.942, PHONE 1.000, EMAIL 0.944,
	// ADDRESS 0.897, DATE 0.952, URL 1.000, ID 0.968.
	"blind433": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.89, "DATE": 0.95, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind434: measured 6 December 2026 at 13baef0 (the review's mending of the frozen e7681a2, made before the set was read; the same): recall 0.963 at
	// precision 0.969; PERSON 0.982 at 0.959, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.793, DATE 1.000, URL 1.000, ID 0.824.
	"blind434": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.79, "DATE": 1, "URL": 1, "ID": 0.82}, personPrecision: 0.95, total: 0.96},
	// blind435: measured 6 December 2026 at the frozen 4db92e2: recall 0.974 at
	// precision 0.944; PERSON 0.970 at 0.924, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.967.
	"blind435": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.94},
	// blind436: measured 6 December 2026 at the frozen 4db92e2: recall 0.949 at
	// precision 0.917; PERSON 0.934 at 0.891, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.963.
	"blind436": {recall: map[string]float64{"PERSON": 0.93, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.89, total: 0.91},
	// blind437: measured 6 December 2026 at the frozen 4db92e2: recall 0.985 at
	// precision 0.958; PERSON 1.000 at 0.947, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.867.
	"blind437": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.94, total: 0.95},
	// blind438: measured 6 December 2026 at the frozen 4db92e2: recall 0.984 at
	// precision 0.964; PERSON 0.995 at 0.953, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.933, DATE 1.000, URL 1.000, ID 0.886.
	"blind438": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.95, total: 0.96},
	// blind439: measured 7 December 2026 at 093adba (the review's mending of the frozen 3b12337, made before the set was read; the same): recall 0.942 at
	// precision 0.948; PERSON 0.954 at 0.935, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.724, DATE 1.000, URL 1.000, ID 0.897.
	"blind439": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 1, "URL": 1, "ID": 0.89}, personPrecision: 0.93, total: 0.94},
	// blind440: measured 7 December 2026 at 093adba (the review's mending of the frozen 3b12337, made before the set was read; the same): recall 0.983 at
	// precision 0.923; PERSON 0.995 at 0.902, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.733, DATE 1.000, URL 1.000, ID 1.000.
	"blind440": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.73, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.9, total: 0.92},
	// blind441: measured 7 December 2026 at 093adba (the review's mending of the frozen 3b12337, made before the set was read; the same): recall 0.968 at
	// precision 0.875; PERSON 0.967 at 0.844, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.938, DATE 1.000, URL 1.000, ID 0.974.
	"blind441": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.84, total: 0.87},
	// blind442: measured 7 December 2026 at 093adba (the review's mending of the frozen 3b12337, made before the set was read; the same): recall 0.965 at
	// precision 0.956; PERSON 0.986 at 0.948, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.655, DATE 0.947, URL 1.000, ID 0.935.
	"blind442": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.65, "DATE": 0.94, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	// blind443: measured 7 December 2026 at 8a87a08 (the review's mending of the frozen 582a093, made before the set was read; the same): recall 0.979 at
	// precision 0.979; PERSON 0.990 at 0.970, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.862, DATE 1.000, URL 1.000, ID 0.938.
	"blind443": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.97, total: 0.97},
	// blind444: measured 7 December 2026 at 8a87a08 (the review's mending of the frozen 582a093, made before the set was read; the same): recall 0.993 at
	// precision 0.950; PERSON 0.998 at 0.938, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 1.000, ID 0.974.
	"blind444": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.93, total: 0.95},
	// blind445: measured 7 December 2026 at 8a87a08 (the review's mending of the frozen 582a093, made before the set was read; the same): recall 0.986 at
	// precision 0.937; PERSON 0.993 at 0.916, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.889, DATE 0.947, URL 1.000, ID 1.000.
	"blind445": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.91, total: 0.93},
	// blind446: measured 7 December 2026 at 8a87a08 (the review's mending of the frozen 582a093, made before the set was read; the same): recall 0.986 at
	// precision 0.936; PERSON 1.000 at 0.918, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.793, DATE 1.000, URL 1.000, ID 1.000.
	"blind446": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.79, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.91, total: 0.93},
	// blind447: measured 7 December 2026 at 4a33d81 (the review's mending of the frozen 4a3e8d6, made before the set was read; the same): recall 0.974 at
	// precision 0.946; PERSON 0.996 at 0.924, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.757, DATE 1.000, URL 1.000, ID 0.974.
	"blind447": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.94},
	// blind448: measured 7 December 2026 at 4a33d81 (the review's mending of the frozen 4a3e8d6, made before the set was read; the same): recall 0.983 at
	// precision 0.967; PERSON 0.997 at 0.956, PHONE 1.000, EMAIL 0.955,
	// ADDRESS 0.933, DATE 1.000, URL 1.000, ID 0.839.
	"blind448": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.95, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.83}, personPrecision: 0.95, total: 0.96},
	// blind449: measured 7 December 2026 at 4a33d81 (the review's mending of the frozen 4a3e8d6, made before the set was read; the same): recall 0.977 at
	// precision 0.931; PERSON 0.988 at 0.913, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.821, DATE 1.000, URL 1.000, ID 0.938.
	"blind449": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.91, total: 0.93},
	// blind450: measured 7 December 2026 at 4a33d81 (the review's mending of the frozen 4a3e8d6, made before the set was read; the same): recall 0.989 at
	// precision 0.930; PERSON 0.997 at 0.912, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.933, DATE 0.905, URL 1.000, ID 0.970.
	"blind450": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 0.9, "URL": 1, "ID": 0.96}, personPrecision: 0.91, total: 0.93},
	// blind451: measured 7 December 2026 at 0d6977e (the review's mending of the frozen 22dd226, made before the set was read; the same): recall 0.985 at
	// precision 0.951; PERSON 0.993 at 0.938, PHONE 1.000, EMAIL 0.944,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.967.
	"blind451": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.93, total: 0.95},
	// blind452: measured 7 December 2026 at 0d6977e (the review's mending of the frozen 22dd226, made before the set was read; the same): recall 0.985 at
	// precision 0.958; PERSON 0.993 at 0.946, PHONE 0.958, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.930.
	"blind452": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	// blind453: measured 7 December 2026 at 0d6977e (the review's mending of the frozen 22dd226, made before the set was read; the same): recall 0.979 at
	// precision 0.943; PERSON 0.994 at 0.931, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.724, DATE 1.000, URL 0.875, ID 0.976.
	"blind453": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 1, "URL": 0.87, "ID": 0.97}, personPrecision: 0.93, total: 0.94},
	// blind454: measured 7 December 2026 at 0d6977e (the review's mending of the frozen 22dd226, made before the set was read; the same): recall 0.985 at
	// precision 0.974; PERSON 0.988 at 0.965, PHONE 0.900, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 1.000, ID 1.000.
	"blind454": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.9, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.97},
	// blind455: measured 7 December 2026 at 896de4b (the review's mending of the frozen 7d945ef, made before the set was read; the same): recall 0.978 at
	// precision 0.946; PERSON 0.978 at 0.931, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.943.
	"blind455": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.93, total: 0.94},
	// blind456: measured 7 December 2026 at 896de4b (the review's mending of the frozen 7d945ef, made before the set was read; the same): recall 0.964 at
	// precision 0.943; PERSON 0.983 at 0.933, PHONE 0.765, EMAIL 1.000,
	// ADDRESS 0.815, DATE 1.000, URL 1.000, ID 0.900.
	"blind456": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.76, "EMAIL": 1, "ADDRESS": 0.81, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.93, total: 0.94},
	// blind457: measured 7 December 2026 at 896de4b (the review's mending of the frozen 7d945ef, made before the set was read; the same): recall 0.957 at
	// precision 0.964; PERSON 0.985 at 0.955, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.622.
	"blind457": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.62}, personPrecision: 0.95, total: 0.96},
	// blind458: measured 7 December 2026 at 896de4b (the review's mending of the frozen 7d945ef, made before the set was read; the same): recall 0.976 at
	// precision 0.936; PERSON 0.974 at 0.916, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.933.
	"blind458": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.91, total: 0.93},
	// blind459: measured 7 December 2026 at the frozen fd535ec: recall 0.958 at
	// precision 0.960; PERSON 0.947 at 0.947, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 1.000.
	"blind459": {recall: map[string]float64{"PERSON": 0.94, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind460: measured 7 December 2026 at the frozen fd535ec: recall 0.982 at
	// precision 0.945; PERSON 1.000 at 0.932, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 1.000, ID 0.848.
	"blind460": {recall: map[string]float64{"PERSON": 1, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.84}, personPrecision: 0.93, total: 0.94},
	// blind461: measured 7 December 2026 at the frozen fd535ec: recall 0.971 at
	// precision 0.962; PERSON 0.980 at 0.954, PHONE 0.842, EMAIL 1.000,
	// ADDRESS 0.893, DATE 0.944, URL 1.000, ID 0.969.
	"blind461": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.84, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.94, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.96},
	// blind462: measured 7 December 2026 at the frozen fd535ec: recall 0.958 at
	// precision 0.958; PERSON 0.955 at 0.946, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 0.952, URL 1.000, ID 1.000.
	"blind462": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind463: measured 7 December 2026 at d8283ca (the review's mending of the frozen ab0926b, made before the set was read; the same): recall 0.982 at
	// precision 0.935; PERSON 0.987 at 0.913, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.941, DATE 1.000, URL 1.000, ID 0.933.
	"blind463": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.94, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.91, total: 0.93},
	// blind464: measured 7 December 2026 at d8283ca (the review's mending of the frozen ab0926b, made before the set was read; the same): recall 0.976 at
	// precision 0.958; PERSON 0.990 at 0.949, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.871, DATE 1.000, URL 1.000, ID 0.857.
	"blind464": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.87, "DATE": 1, "URL": 1, "ID": 0.85}, personPrecision: 0.94, total: 0.95},
	// blind465: measured 7 December 2026 at d8283ca (the review's mending of the frozen ab0926b, made before the set was read; the same): recall 0.983 at
	// precision 0.956; PERSON 0.987 at 0.944, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.912, DATE 1.000, URL 0.909, ID 1.000.
	"blind465": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.91, "DATE": 1, "URL": 0.9, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind466: measured 7 December 2026 at d8283ca (the review's mending of the frozen ab0926b, made before the set was read; the same): recall 0.990 at
	// precision 0.963; PERSON 0.995 at 0.955, PHONE 1.000, EMAIL 0.941,
	// ADDRESS 0.933, DATE 1.000, URL 1.000, ID 1.000.
	"blind466": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind467: measured 7 December 2026 at e545cf2 (the review's mending of the frozen 34e58f7, made before the set was read; the same): recall 0.987 at
	// precision 0.963; PERSON 0.994 at 0.954, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.906.
	"blind467": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.95, total: 0.96},
	// blind468: measured 7 December 2026 at e545cf2 (the review's mending of the frozen 34e58f7, made before the set was read; the same): recall 0.983 at
	// precision 0.951; PERSON 0.994 at 0.939, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.871, DATE 1.000, URL 1.000, ID 0.886.
	"blind468": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.87, "DATE": 1, "URL": 1, "ID": 0.88}, personPrecision: 0.93, total: 0.95},
	// blind469: measured 7 December 2026 at e545cf2 (the review's mending of the frozen 34e58f7, made before the set was read; the same): recall 0.985 at
	// precision 0.956; PERSON 0.994 at 0.942, PHONE 1.000, EMAIL 0.944,
	// ADDRESS 0.889, DATE 1.000, URL 1.000, ID 0.964.
	"blind469": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind470: measured 7 December 2026 at e545cf2 (the review's mending of the frozen 34e58f7, made before the set was read; the same): recall 0.991 at
	// precision 0.972; PERSON 0.991 at 0.964, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.971.
	"blind470": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.96, total: 0.97},
	// blind471: measured 7 December 2026 at 7fe4e93 (the review's mending of the frozen 4f60061, made before the set was read; the same): recall 0.975 at
	// precision 0.961; PERSON 0.969 at 0.949, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 1.000.
	"blind471": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.96},
	// blind472: measured 7 December 2026 at 7fe4e93 (the review's mending of the frozen 4f60061, made before the set was read; the same): recall 0.990 at
	// precision 0.978; PERSON 0.992 at 0.972, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.968.
	"blind472": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.97, total: 0.97},
	// blind473: measured 7 December 2026 at 7fe4e93 (the review's mending of the frozen 4f60061, made before the set was read; the same): recall 0.982 at
	// precision 0.916; PERSON 0.997 at 0.893, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.861.
	"blind473": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.86}, personPrecision: 0.89, total: 0.91},
	// blind474: measured 7 December 2026 at 7fe4e93 (the review's mending of the frozen 4f60061, made before the set was read; the same): recall 0.948 at
	// precision 0.979; PERSON 0.965 at 0.974, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.886, DATE 0.957, URL 1.000, ID 0.757.
	"blind474": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 0.95, "URL": 1, "ID": 0.75}, personPrecision: 0.97, total: 0.97},
	// blind475: measured 7 December 2026 at df4d977 (the review's withdrawal of the frozen 5d0172e, made before the set was read; the same): recall 0.988 at
	// precision 0.947; PERSON 0.989 at 0.940, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 1.000, ID 0.973.
	"blind475": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.93, total: 0.94},
	// blind476: measured 7 December 2026 at df4d977 (the review's withdrawal of the frozen 5d0172e, made before the set was read; the same): recall 0.990 at
	// precision 0.960; PERSON 0.994 at 0.950, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.931, DATE 1.000, URL 1.000, ID 0.971.
	"blind476": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.94, total: 0.96},
	// blind477: measured 7 December 2026 at df4d977 (the review's withdrawal of the frozen 5d0172e, made before the set was read; the same): recall 0.984 at
	// precision 0.949; PERSON 0.995 at 0.935, PHONE 0.913, EMAIL 1.000,
	// ADDRESS 0.897, DATE 0.957, URL 1.000, ID 0.973.
	"blind477": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.91, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.95, "URL": 1, "ID": 0.97}, personPrecision: 0.93, total: 0.94},
	// blind478: measured 7 December 2026 at df4d977 (the review's withdrawal of the frozen 5d0172e, made before the set was read; the same): recall 0.982 at
	// precision 0.976; PERSON 0.992 at 0.969, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.885, DATE 1.000, URL 1.000, ID 0.943.
	"blind478": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.96, total: 0.97},
	// blind479: measured 7 December 2026 at e3426b3 (the review's mending of the frozen a1c755c, made before the set was read; the same): recall 0.985 at
	// precision 0.953; PERSON 0.991 at 0.940, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.939, DATE 1.000, URL 1.000, ID 0.950.
	"blind479": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.95}, personPrecision: 0.93, total: 0.95},
	// blind480: measured 7 December 2026 at e3426b3 (the review's mending of the frozen a1c755c, made before the set was read; the same): recall 0.963 at
	// precision 0.948; PERSON 0.979 at 0.933, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.607, DATE 1.000, URL 1.000, ID 1.000.
	"blind480": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.6, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.94},
	// blind481: measured 7 December 2026 at e3426b3 (the review's mending of the frozen a1c755c, made before the set was read; the same): recall 0.981 at
	// precision 0.964; PERSON 0.987 at 0.954, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.969.
	"blind481": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.96},
	// blind482: measured 7 December 2026 at e3426b3 (the review's mending of the frozen a1c755c, made before the set was read; the same): recall 0.976 at
	// precision 0.914; PERSON 0.993 at 0.894, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.767, DATE 1.000, URL 1.000, ID 0.903.
	"blind482": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.9}, personPrecision: 0.89, total: 0.91},
	// blind483: measured 7 December 2026 at 8e2ff91 (frozen before the set was written; the same at 39a2093, a tuning, and 39751f3, its review's mending, both made before the set was read): recall 0.984 at
	// precision 0.958; PERSON 0.982 at 0.947, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 0.950, URL 1.000, ID 1.000.
	"blind483": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind484: measured 7 December 2026 at 8e2ff91 (frozen before the set was written; the same at 39a2093, a tuning, and 39751f3, its review's mending, both made before the set was read): recall 0.986 at
	// precision 0.963; PERSON 0.989 at 0.954, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.971.
	"blind484": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.95, total: 0.96},
	// blind485: measured 7 December 2026 at 8e2ff91 (frozen before the set was written; the same at 39a2093, a tuning, and 39751f3, its review's mending, both made before the set was read): recall 0.994 at
	// precision 0.964; PERSON 1.000 at 0.958, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.889, DATE 1.000, URL 1.000, ID 0.966.
	"blind485": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.95, total: 0.96},
	// blind486: measured 7 December 2026 at 8e2ff91 (frozen before the set was written; the same at 39a2093, a tuning, and 39751f3, its review's mending, both made before the set was read): recall 0.990 at
	// precision 0.977; PERSON 0.997 at 0.970, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.941.
	"blind486": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.96, total: 0.97},
	// blind487: measured 7 December 2026 at 39751f3 (frozen before the set was written, unchanged to 4fef4d2; the same at 26f1915, a tuning, and 61e29cc, its review's mending, both made before the set was read): recall 0.985 at
	// precision 0.953; PERSON 0.998 at 0.941, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.786, DATE 1.000, URL 1.000, ID 0.939.
	"blind487": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.78, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	// blind488: measured 7 December 2026 at 39751f3 (frozen before the set was written, unchanged to 4fef4d2; the same at 26f1915, a tuning, and 61e29cc, its review's mending, both made before the set was read): recall 0.984 at
	// precision 0.957; PERSON 0.991 at 0.943, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 1.000.
	"blind488": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind489: measured 7 December 2026 at 39751f3 (frozen before the set was written, unchanged to 4fef4d2; the same at 26f1915, a tuning, and 61e29cc, its review's mending, both made before the set was read): recall 0.983 at
	// precision 0.948; PERSON 0.990 at 0.935, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.939.
	"blind489": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.93, total: 0.94},
	// blind490: measured 7 December 2026 at 39751f3 (frozen before the set was written, unchanged to 4fef4d2; the same at 26f1915, a tuning, and 61e29cc, its review's mending, both made before the set was read): recall 0.972 at
	// precision 0.950; PERSON 0.974 at 0.940, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.914.
	"blind490": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.93, total: 0.94},
	// blind491: measured 7 December 2026 at 61e29cc (frozen before the set was written, unchanged to 14eb368; the same at fadfa8a, a tuning, and e061d1c, its review's mending, both made before the set was read): recall 0.985 at
	// precision 0.956; PERSON 0.990 at 0.942, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.973.
	"blind491": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.94, total: 0.95},
	// blind492: measured 7 December 2026 at 61e29cc (frozen before the set was written, unchanged to 14eb368; the same at fadfa8a, a tuning, and e061d1c, its review's mending, both made before the set was read): recall 0.988 at
	// precision 0.963; PERSON 0.995 at 0.952, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 0.833, ID 0.971.
	"blind492": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 0.83, "ID": 0.97}, personPrecision: 0.95, total: 0.96},
	// blind493: measured 7 December 2026 at 61e29cc (frozen before the set was written, unchanged to 14eb368; the same at fadfa8a, a tuning, and e061d1c, its review's mending, both made before the set was read): recall 0.985 at
	// precision 0.973; PERSON 0.987 at 0.967, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.926, DATE 0.944, URL 1.000, ID 1.000.
	"blind493": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.97},
	// blind494: measured 7 December 2026 at 61e29cc (frozen before the set was written, unchanged to 14eb368; the same at fadfa8a, a tuning, and e061d1c, its review's mending, both made before the set was read): recall 0.988 at
	// precision 0.958; PERSON 0.991 at 0.949, PHONE 0.941, EMAIL 1.000,
	// ADDRESS 0.933, DATE 1.000, URL 1.000, ID 1.000.
	"blind494": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind495: measured 7 December 2026 at 9f56559 (frozen before the set was written; the same at 2d6ba5b, a tuning, and 5969692, its review's mending, both made before the set was read): recall 0.985 at
	// precision 0.958; PERSON 0.990 at 0.945, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.933, DATE 1.000, URL 1.000, ID 0.946.
	"blind495": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.94, total: 0.95},
	// blind496: measured 7 December 2026 at 9f56559 (frozen before the set was written; the same at 2d6ba5b, a tuning, and 5969692, its review's mending, both made before the set was read): recall 0.981 at
	// precision 0.956; PERSON 0.987 at 0.942, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.853, DATE 1.000, URL 1.000, ID 1.000.
	"blind496": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind497: measured 7 December 2026 at 9f56559 (frozen before the set was written; the same at 2d6ba5b, a tuning, and 5969692, its review's mending, both made before the set was read): recall 0.982 at
	// precision 0.966; PERSON 0.998 at 0.958, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.923, DATE 1.000, URL 1.000, ID 0.833.
	"blind497": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.83}, personPrecision: 0.95, total: 0.96},
	// blind498: measured 7 December 2026 at 9f56559 (frozen before the set was written; the same at 2d6ba5b, a tuning, and 5969692, its review's mending, both made before the set was read): recall 0.978 at
	// precision 0.928; PERSON 0.982 at 0.903, PHONE 1.000, EMAIL 0.941,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 1.000.
	"blind498": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 0.94, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.9, total: 0.92},
	// blind499: measured 7 December 2026 at 793a096 (frozen before the set was written; the same at 19d46c1, a tuning, and 4cbb658, its review's mending, both made before the set was read): recall 0.975 at
	// precision 0.958; PERSON 0.992 at 0.945, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 0.806, DATE 1.000, URL 1.000, ID 0.919.
	"blind499": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.8, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.94, total: 0.95},
	// blind500: measured 7 December 2026 at 793a096 (frozen before the set was written; the same at 19d46c1, a tuning, and 4cbb658, its review's mending, both made before the set was read): recall 0.986 at
	// precision 0.950; PERSON 0.995 at 0.937, PHONE 0.950, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.875.
	"blind500": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.87}, personPrecision: 0.93, total: 0.95},
	// blind501: measured 7 December 2026 at 793a096 (frozen before the set was written; the same at 19d46c1, a tuning, and 4cbb658, its review's mending, both made before the set was read): recall 0.979 at
	// precision 0.953; PERSON 0.983 at 0.939, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.926, DATE 1.000, URL 1.000, ID 0.938.
	"blind501": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.93, total: 0.95},
	// blind502: measured 7 December 2026 at 793a096 (frozen before the set was written; the same at 19d46c1, a tuning, and 4cbb658, its review's mending, both made before the set was read): recall 0.966 at
	// precision 0.952; PERSON 0.985 at 0.942, PHONE 0.952, EMAIL 1.000,
	// ADDRESS 0.897, DATE 0.947, URL 1.000, ID 0.812.
	"blind502": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 0.94, "URL": 1, "ID": 0.81}, personPrecision: 0.94, total: 0.95},
	// blind503: measured 7 December 2026 at e782f23 (frozen before the set was written; measured only, not tuned on): recall 0.982 at
	// precision 0.966; PERSON 0.987 at 0.956, PHONE 0.960, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 0.932.
	"blind503": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.96, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.95, total: 0.96},
	// blind504: measured 7 December 2026 at e782f23 (frozen before the set was written; measured only, not tuned on): recall 0.981 at
	// precision 0.950; PERSON 0.982 at 0.933, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 1.000, ID 0.941.
	"blind504": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.93, total: 0.94},
	// blind505: measured 7 December 2026 at e782f23 (frozen before the set was written; measured only, not tuned on): recall 0.983 at
	// precision 0.977; PERSON 0.983 at 0.971, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.966.
	"blind505": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.97, total: 0.97},
	// blind506: measured 7 December 2026 at e782f23 (frozen before the set was written; measured only, not tuned on): recall 0.979 at
	// precision 0.947; PERSON 0.982 at 0.933, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.933.
	"blind506": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.93, total: 0.94},
	// blind507: measured 7 December 2026 at a80e6d6 (frozen before the set was written; the same at ef43afc, a tuning, and ee410f1, its review's mending, both made before the set was read): recall 0.953 at
	// precision 0.945; PERSON 0.953 at 0.929, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.828, DATE 1.000, URL 1.000, ID 0.971.
	"blind507": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.94},
	// blind508: measured 7 December 2026 at a80e6d6 (frozen before the set was written; the same at ef43afc, a tuning, and ee410f1, its review's mending, both made before the set was read): recall 0.971 at
	// precision 0.932; PERSON 0.979 at 0.913, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.879, DATE 1.000, URL 1.000, ID 0.950.
	"blind508": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.87, "DATE": 1, "URL": 1, "ID": 0.95}, personPrecision: 0.91, total: 0.93},
	// blind509: measured 7 December 2026 at a80e6d6 (frozen before the set was written; the same at ef43afc, a tuning, and ee410f1, its review's mending, both made before the set was read): recall 0.959 at
	// precision 0.913; PERSON 0.966 at 0.887, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.903, DATE 0.957, URL 0.889, ID 0.925.
	"blind509": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 0.95, "URL": 0.88, "ID": 0.92}, personPrecision: 0.88, total: 0.91},
	// blind510: measured 7 December 2026 at a80e6d6 (frozen before the set was written; the same at ef43afc, a tuning, and ee410f1, its review's mending, both made before the set was read): recall 0.978 at
	// precision 0.953; PERSON 0.976 at 0.940, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 1.000.
	"blind510": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind511: measured 7 December 2026 at 0b4093d (frozen before the set was written; the same at ba6ab71, a tuning, and fe9f61d, its review's mending, both made before the set was read): recall 0.989 at
	// precision 0.938; PERSON 0.995 at 0.921, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.947.
	"blind511": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.93},
	// blind512: measured 7 December 2026 at 0b4093d (frozen before the set was written; the same at ba6ab71, a tuning, and fe9f61d, its review's mending, both made before the set was read): recall 0.974 at
	// precision 0.956; PERSON 0.977 at 0.943, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.889, DATE 1.000, URL 1.000, ID 0.966.
	"blind512": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind513: measured 7 December 2026 at 0b4093d (frozen before the set was written; the same at ba6ab71, a tuning, and fe9f61d, its review's mending, both made before the set was read): recall 0.968 at
	// precision 0.939; PERSON 0.968 at 0.920, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.971.
	"blind513": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.91, total: 0.93},
	// blind514: measured 7 December 2026 at 0b4093d (frozen before the set was written; the same at ba6ab71, a tuning, and fe9f61d, its review's mending, both made before the set was read): recall 0.993 at
	// precision 0.950; PERSON 0.998 at 0.941, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.900, DATE 1.000, URL 1.000, ID 1.000.
	"blind514": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind515: measured 7 December 2026 at 5db78c4 (frozen before the set was written; the same at c0fb3f0, a tuning, and 2f39677, its review's mending, both made before the set was read): recall 0.992 at
	// precision 0.963; PERSON 0.989 at 0.953, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 1.000.
	"blind515": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind516: measured 7 December 2026 at 5db78c4 (frozen before the set was written; the same at c0fb3f0, a tuning, and 2f39677, its review's mending, both made before the set was read): recall 0.973 at
	// precision 0.931; PERSON 0.983 at 0.910, PHONE 0.840, EMAIL 1.000,
	// ADDRESS 0.970, DATE 1.000, URL 1.000, ID 0.941.
	"blind516": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.84, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.91, total: 0.93},
	// blind517: measured 7 December 2026 at 5db78c4 (frozen before the set was written; the same at c0fb3f0, a tuning, and 2f39677, its review's mending, both made before the set was read): recall 0.991 at
	// precision 0.939; PERSON 0.993 at 0.924, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.966, DATE 1.000, URL 1.000, ID 0.968.
	"blind517": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.92, total: 0.93},
	// blind518: measured 7 December 2026 at 5db78c4 (frozen before the set was written; the same at c0fb3f0, a tuning, and 2f39677, its review's mending, both made before the set was read): recall 0.976 at
	// precision 0.962; PERSON 0.988 at 0.953, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.750, DATE 1.000, URL 1.000, ID 1.000.
	"blind518": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind519: measured 7 December 2026 at cecf784 (frozen before the set was written; its detector that of 7c95399, the mending of b3e70e6, no tuning since): recall 0.983 at
	// precision 0.942; PERSON 0.998 at 0.927, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.781, DATE 1.000, URL 1.000, ID 0.973.
	"blind519": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.78, "DATE": 1, "URL": 1, "ID": 0.97}, personPrecision: 0.92, total: 0.94},
	// blind520: measured 7 December 2026 at cecf784 (frozen before the set was written; its detector that of 7c95399, the mending of b3e70e6, no tuning since): recall 0.980 at
	// precision 0.978; PERSON 0.981 at 0.971, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.963, DATE 1.000, URL 1.000, ID 0.933.
	"blind520": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.97, total: 0.97},
	// blind521: measured 7 December 2026 at cecf784 (frozen before the set was written; its detector that of 7c95399, the mending of b3e70e6, no tuning since): recall 0.950 at
	// precision 0.957; PERSON 0.955 at 0.945, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.759, DATE 1.000, URL 1.000, ID 0.969.
	"blind521": {recall: map[string]float64{"PERSON": 0.95, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.75, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind522: measured 7 December 2026 at cecf784 (frozen before the set was written; its detector that of 7c95399, the mending of b3e70e6, no tuning since): recall 0.981 at
	// precision 0.949; PERSON 0.990 at 0.940, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.889, DATE 1.000, URL 1.000, ID 0.932.
	"blind522": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.94},
	// blind523: measured 7 December 2026 at de6e1d5 (frozen before the set was written, a tuning on the misses of the sets to blind522; the same at 99cc5ad, its review's mending, made before the set was read): recall 0.967 at
	// precision 0.949; PERSON 0.976 at 0.936, PHONE 0.957, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 0.857.
	"blind523": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.85}, personPrecision: 0.93, total: 0.94},
	// blind524: measured 7 December 2026 at de6e1d5 (frozen before the set was written, a tuning on the misses of the sets to blind522; the same at 99cc5ad, its review's mending, made before the set was read): recall 0.954 at
	// precision 0.922; PERSON 0.961 at 0.904, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.765, DATE 1.000, URL 1.000, ID 0.969.
	"blind524": {recall: map[string]float64{"PERSON": 0.96, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.9, total: 0.92},
	// blind525: measured 7 December 2026 at de6e1d5 (frozen before the set was written, a tuning on the misses of the sets to blind522; the same at 99cc5ad, its review's mending, made before the set was read): recall 0.987 at
	// precision 0.950; PERSON 0.998 at 0.936, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.871, DATE 1.000, URL 1.000, ID 0.939.
	"blind525": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.87, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.93, total: 0.94},
	// blind526: measured 7 December 2026 at de6e1d5 (frozen before the set was written, a tuning on the misses of the sets to blind522; the same at 99cc5ad, its review's mending, made before the set was read): recall 0.987 at
	// precision 0.947; PERSON 0.986 at 0.931, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.966.
	"blind526": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.93, total: 0.94},
	// blind527: measured 7 December 2026 at 5047bb5 (frozen before the set was written, its detector that of 99cc5ad; the same at d75027c, a tuning, and at 3d8b42b, its review's mending, which took it back, both made before the set was read): recall 0.987 at
	// precision 0.953; PERSON 0.998 at 0.943, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.857, DATE 1.000, URL 1.000, ID 0.967.
	"blind527": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.95},
	// blind528: measured 7 December 2026 at 5047bb5 (frozen before the set was written, its detector that of 99cc5ad; the same at d75027c, a tuning, and at 3d8b42b, its review's mending, which took it back, both made before the set was read): recall 0.992 at
	// precision 0.954; PERSON 0.992 at 0.942, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 1.000.
	"blind528": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind529: measured 7 December 2026 at 5047bb5 (frozen before the set was written, its detector that of 99cc5ad; the same at d75027c, a tuning, and at 3d8b42b, its review's mending, which took it back, both made before the set was read): recall 0.977 at
	// precision 0.959; PERSON 0.982 at 0.945, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.839, DATE 1.000, URL 1.000, ID 1.000.
	"blind529": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.83, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind530: measured 7 December 2026 at 5047bb5 (frozen before the set was written, its detector that of 99cc5ad; the same at d75027c, a tuning, and at 3d8b42b, its review's mending, which took it back, both made before the set was read): recall 0.925 at
	// precision 0.952; PERSON 0.931 at 0.940, PHONE 0.917, EMAIL 1.000,
	// ADDRESS 0.767, DATE 0.947, URL 1.000, ID 0.912.
	"blind530": {recall: map[string]float64{"PERSON": 0.93, "PHONE": 0.91, "EMAIL": 1, "ADDRESS": 0.76, "DATE": 0.94, "URL": 1, "ID": 0.91}, personPrecision: 0.93, total: 0.95},
	// blind531: measured 7 December 2026 at 56d9f3d (frozen before the set was written, a tuning on the misses of the sets to blind530; the same at 71f55a0, its review's mending, made before the set was read): recall 0.979 at
	// precision 0.962; PERSON 0.984 at 0.953, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.862, DATE 0.944, URL 1.000, ID 1.000.
	"blind531": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 0.94, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind532: measured 7 December 2026 at 56d9f3d (frozen before the set was written, a tuning on the misses of the sets to blind530; the same at 71f55a0, its review's mending, made before the set was read): recall 0.988 at
	// precision 0.967; PERSON 0.994 at 0.961, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.862, DATE 0.950, URL 1.000, ID 1.000.
	"blind532": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.86, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.96},
	// blind533: measured 7 December 2026 at 56d9f3d (frozen before the set was written, a tuning on the misses of the sets to blind530; the same at 71f55a0, its review's mending, made before the set was read): recall 0.988 at
	// precision 0.957; PERSON 0.986 at 0.942, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.968, DATE 1.000, URL 1.000, ID 1.000.
	"blind533": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.94, total: 0.95},
	// blind534: measured 7 December 2026 at 56d9f3d (frozen before the set was written, a tuning on the misses of the sets to blind530; the same at 71f55a0, its review's mending, made before the set was read): recall 0.982 at
	// precision 0.970; PERSON 0.984 at 0.965, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.933, DATE 1.000, URL 1.000, ID 0.966.
	"blind534": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.97},
	// blind535: measured 7 December 2026 at fcaa248 (frozen before the set was written, its detector that of 71f55a0; not tuned since): recall 0.989 at
	// precision 0.947; PERSON 0.991 at 0.942, PHONE 0.944, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.964.
	"blind535": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.94, total: 0.94},
	// blind536: measured 7 December 2026 at fcaa248 (frozen before the set was written, its detector that of 71f55a0; not tuned since): recall 0.993 at
	// precision 0.972; PERSON 1.000 at 0.965, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.897, DATE 1.000, URL 1.000, ID 0.969.
	"blind536": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.96, total: 0.97},
	// blind537: measured 7 December 2026 at fcaa248 (frozen before the set was written, its detector that of 71f55a0; not tuned since): recall 0.988 at
	// precision 0.951; PERSON 0.991 at 0.936, PHONE 0.960, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 1.000.
	"blind537": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.96, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.93, total: 0.95},
	// blind538: measured 7 December 2026 at fcaa248 (frozen before the set was written, its detector that of 71f55a0; not tuned since): recall 0.977 at
	// precision 0.954; PERSON 0.994 at 0.938, PHONE 0.875, EMAIL 1.000,
	// ADDRESS 0.906, DATE 1.000, URL 1.000, ID 0.919.
	"blind538": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.87, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.93, total: 0.95},
	// blind539: measured 7 December 2026 at c91cda0 (frozen before the set was written, its detector that of 71f55a0; the same at f4ef773 and its mending 63eded4 but for one prediction of blind541 more, correct): recall 0.983 at
	// precision 0.940; PERSON 0.993 at 0.922, PHONE 0.955, EMAIL 1.000,
	// ADDRESS 0.882, DATE 1.000, URL 1.000, ID 0.939.
	"blind539": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.88, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.92, total: 0.93},
	// blind540: measured 7 December 2026 at c91cda0 (frozen before the set was written, its detector that of 71f55a0; the same at f4ef773 and its mending 63eded4 but for one prediction of blind541 more, correct): recall 0.991 at
	// precision 0.929; PERSON 0.995 at 0.914, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.964, DATE 1.000, URL 1.000, ID 0.931.
	"blind540": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.91, total: 0.92},
	// blind541: measured 7 December 2026 at c91cda0 (frozen before the set was written, its detector that of 71f55a0; the same at f4ef773 and its mending 63eded4 but for one prediction of blind541 more, correct): recall 0.983 at
	// precision 0.927; PERSON 0.991 at 0.908, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.921, DATE 1.000, URL 1.000, ID 0.925.
	"blind541": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 0.92}, personPrecision: 0.9, total: 0.92},
	// blind542: measured 7 December 2026 at c91cda0 (frozen before the set was written, its detector that of 71f55a0; the same at f4ef773 and its mending 63eded4 but for one prediction of blind541 more, correct): recall 0.987 at
	// precision 0.939; PERSON 0.995 at 0.924, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.926, DATE 0.944, URL 1.000, ID 0.941.
	"blind542": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 0.94, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.93},
	// blind543: measured 7 December 2026 at 6e8a75b (frozen before the set was written; its detector changed since c91cda0 only in reading speaker labels and attributes and in lower-case titles): recall 0.988 at
	// precision 0.970; PERSON 0.991 at 0.963, PHONE 0.947, EMAIL 1.000,
	// ADDRESS 0.931, DATE 1.000, URL 1.000, ID 1.000.
	"blind543": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.94, "EMAIL": 1, "ADDRESS": 0.93, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.96, total: 0.97},
	// blind544: measured 7 December 2026 at 6e8a75b (frozen before the set was written; its detector changed since c91cda0 only in reading speaker labels and attributes and in lower-case titles): recall 0.977 at
	// precision 0.962; PERSON 0.974 at 0.950, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.929, DATE 1.000, URL 1.000, ID 1.000.
	"blind544": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.92, "DATE": 1, "URL": 1, "ID": 1}, personPrecision: 0.95, total: 0.96},
	// blind545: measured 7 December 2026 at 6e8a75b (frozen before the set was written; its detector changed since c91cda0 only in reading speaker labels and attributes and in lower-case titles): recall 0.979 at
	// precision 0.974; PERSON 0.985 at 0.965, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.903, DATE 1.000, URL 1.000, ID 0.949.
	"blind545": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.96, total: 0.97},
	// blind546: measured 7 December 2026 at 6e8a75b (frozen before the set was written; its detector changed since c91cda0 only in reading speaker labels and attributes and in lower-case titles): recall 0.979 at
	// precision 0.938; PERSON 0.994 at 0.924, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.741, DATE 0.944, URL 1.000, ID 0.947.
	"blind546": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.74, "DATE": 0.94, "URL": 1, "ID": 0.94}, personPrecision: 0.92, total: 0.93},
	// blind547: measured 7 December 2026 at 6c007f5 (frozen before the set was written, after the tuning on blind543-blind546): recall 0.993 at
	// precision 0.947; PERSON 0.998 at 0.936, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 1.000, DATE 1.000, URL 1.000, ID 0.912.
	"blind547": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 1, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.93, total: 0.94},
	// blind548: measured 7 December 2026 at 6c007f5 (frozen before the set was written, after the tuning on blind543-blind546): recall 0.990 at
	// precision 0.932; PERSON 1.000 at 0.905, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.909, DATE 0.950, URL 1.000, ID 1.000.
	"blind548": {recall: map[string]float64{"PERSON": 1, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.9, "DATE": 0.95, "URL": 1, "ID": 1}, personPrecision: 0.9, total: 0.93},
	// blind549: measured 7 December 2026 at 6c007f5 (frozen before the set was written, after the tuning on blind543-blind546): recall 0.983 at
	// precision 0.986; PERSON 0.998 at 0.983, PHONE 0.952, EMAIL 0.950,
	// ADDRESS 0.793, DATE 1.000, URL 1.000, ID 0.970.
	"blind549": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 0.95, "ADDRESS": 0.79, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.98, total: 0.98},
	// blind550: measured 7 December 2026 at 6c007f5 (frozen before the set was written, after the tuning on blind543-blind546): recall 0.970 at
	// precision 0.926; PERSON 0.989 at 0.907, PHONE 0.857, EMAIL 1.000,
	// ADDRESS 0.821, DATE 1.000, URL 1.000, ID 0.917.
	"blind550": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.85, "EMAIL": 1, "ADDRESS": 0.82, "DATE": 1, "URL": 1, "ID": 0.91}, personPrecision: 0.9, total: 0.92},
	// blind551: measured 8 December 2026 at 1185296 (frozen before the set was written, after the tuning on blind547-blind550): recall 0.982 at
	// precision 0.962; PERSON 0.991 at 0.951, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.852, DATE 1.000, URL 0.875, ID 0.941.
	"blind551": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.85, "DATE": 1, "URL": 0.87, "ID": 0.94}, personPrecision: 0.95, total: 0.96},
	// blind552: measured 8 December 2026 at 1185296 (frozen before the set was written, after the tuning on blind547-blind550): recall 0.971 at
	// precision 0.949; PERSON 0.987 at 0.937, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.667, DATE 1.000, URL 1.000, ID 0.946.
	"blind552": {recall: map[string]float64{"PERSON": 0.98, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.66, "DATE": 1, "URL": 1, "ID": 0.94}, personPrecision: 0.93, total: 0.94},
	// blind553: measured 8 December 2026 at 1185296 (frozen before the set was written, after the tuning on blind547-blind550): recall 0.972 at
	// precision 0.931; PERSON 0.974 at 0.916, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.893, DATE 1.000, URL 1.000, ID 0.967.
	"blind553": {recall: map[string]float64{"PERSON": 0.97, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.89, "DATE": 1, "URL": 1, "ID": 0.96}, personPrecision: 0.91, total: 0.93},
	// blind554: measured 8 December 2026 at 1185296 (frozen before the set was written, after the tuning on blind547-blind550): recall 0.981 at
	// precision 0.934; PERSON 0.990 at 0.918, PHONE 1.000, EMAIL 1.000,
	// ADDRESS 0.970, DATE 0.941, URL 1.000, ID 0.852.
	"blind554": {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 1, "ADDRESS": 0.96, "DATE": 0.94, "URL": 1, "ID": 0.85}, personPrecision: 0.91, total: 0.93},
	"blind62":  {recall: map[string]float64{"PERSON": 0.98, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.72, "DATE": 1, "URL": 1, "ID": 0.93}, personPrecision: 0.94, total: 0.95},
	"blind40":  {recall: map[string]float64{"PERSON": 0.99, "PHONE": 1, "EMAIL": 0.95, "ADDRESS": 0.84, "DATE": 1, "URL": 1, "ID": 0.84}, personPrecision: 0.92, total: 0.94},
	"blind26":  {recall: map[string]float64{"PERSON": 0.99, "PHONE": 0.95, "EMAIL": 1, "ADDRESS": 0.78, "DATE": 0.9, "URL": 1, "ID": 0.93}, personPrecision: 0.91, total: 0.93},
}

type labelledDoc struct {
	name string
	text string
	gold []labelset.Span
}

// loadLabelled returns the tuning set's documents.
func loadLabelled(t testing.TB) []labelledDoc {
	t.Helper()
	docs, err := labelset.LoadDir(filepath.Join("testdata", "labelled"))
	if err != nil {
		t.Fatal(err)
	}
	var out []labelledDoc
	for _, d := range docs {
		out = append(out, labelledDoc{d.Name, d.Text, d.Gold})
	}
	return out
}

// setOptions are the options groundwork would use for a set's documents.
func setOptions(docs []*labelset.Doc, ner bool) Options {
	var texts, values []string
	for _, d := range docs {
		texts = append(texts, d.Text)
		for _, v := range d.Attrs {
			values = append(values, v)
		}
	}
	return Options{Speakers: SpeakerLabels(texts...), NotNames: NotNamesOf(values), UseNER: ner}
}

// scoreSet detects identifiers in a set as one project and scores them.
func scoreSet(t testing.TB, docs []*labelset.Doc, ner bool) *labelset.Result {
	t.Helper()
	d, err := NewDetector(setOptions(docs, ner))
	if err != nil {
		t.Fatal(err)
	}
	texts := make([]string, len(docs))
	for i, doc := range docs {
		texts[i] = doc.Text
	}
	found, err := d.DetectAll(context.Background(), texts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := &labelset.Result{}
	for i, doc := range docs {
		checkSpans(t, doc.Text, found[i])
		ids := found[i]
		res.Score(doc, spansOf2(ids), func(k int) string { return ids[k].Evidence })
	}
	return res
}

func spansOf2(ids []Identifier) []labelset.Span {
	out := make([]labelset.Span, len(ids))
	for i, id := range ids {
		out[i] = labelset.Span{Kind: string(id.Kind), Start: id.Start, End: id.End, Text: id.Text, Uncertain: id.Uncertain}
	}
	return out
}

func TestLabelledSets(t *testing.T) {
	// Every set that has a floor is scored; a set is missing only if
	// someone deleted it.
	sets := slices.Sorted(maps.Keys(floors))
	if dir := os.Getenv("REDACT_SET"); dir != "" {
		sets = []string{dir}
	}
	for _, set := range sets {
		dir := set
		if !filepath.IsAbs(dir) && !strings.Contains(dir, string(filepath.Separator)) {
			dir = filepath.Join("testdata", set)
		}
		t.Run(filepath.Base(set), func(t *testing.T) {
			docs, err := labelset.LoadDir(dir)
			if err != nil {
				t.Fatalf("the set does not pass its checks:\n%v", err)
			}
			res := scoreSet(t, docs, os.Getenv("REDACT_NER") != "")
			t.Logf("%s\n%s", dir, res.Table())
			if testing.Verbose() {
				fmt.Printf("%s set:\n%s", set, res.Table())
			}
			if out := os.Getenv("REDACT_LABELLED_DEBUG"); out != "" {
				// Synthetic fixtures only: the misses and false positives
				// go to a file for tuning, never to the test log.
				writeMisses(t, out+"."+filepath.Base(set), res)
			}
			checkFloor(t, set, res)
		})
	}
}

func writeMisses(t *testing.T, path string, res *labelset.Result) {
	if err := os.WriteFile(path, []byte(res.Listing()), 0o644); err != nil {
		t.Error(err)
	}
}

func checkFloor(t *testing.T, set string, res *labelset.Result) {
	f, ok := floors[set]
	if !ok {
		return
	}
	for k, min := range f.recall {
		if c := res.Kind(k); c.Recall() < min {
			t.Errorf("%s recall %.3f < %.3f", k, c.Recall(), min)
		}
	}
	if p := res.Kind("PERSON").Precision(); p < f.personPrecision {
		t.Errorf("PERSON precision %.3f < %.3f", p, f.personPrecision)
	}
	var pred, correct int
	for _, c := range res.ByKind {
		pred += c.Pred
		correct += c.Correct
	}
	if pred > 0 && float64(correct)/float64(pred) < f.total {
		t.Errorf("overall precision %.3f < %.3f", float64(correct)/float64(pred), f.total)
	}
}

// checkSpans asserts the Detect contract: sorted, non-overlapping, in bounds,
// Text equal to the runes of the span.
func checkSpans(t testing.TB, text string, ids []Identifier) {
	t.Helper()
	runes := []rune(text)
	prevEnd := 0
	for i, id := range ids {
		if id.Start < 0 || id.End > len(runes) || id.Start >= id.End {
			t.Fatalf("identifier %d: span [%d,%d) out of bounds (%d runes)", i, id.Start, id.End, len(runes))
		}
		if id.Start < prevEnd {
			t.Fatalf("identifier %d: span [%d,%d) overlaps or is out of order (previous end %d)", i, id.Start, id.End, prevEnd)
		}
		if string(runes[id.Start:id.End]) != id.Text {
			t.Fatalf("identifier %d: Text does not match the span [%d,%d)", i, id.Start, id.End)
		}
		prevEnd = id.End
	}
}
