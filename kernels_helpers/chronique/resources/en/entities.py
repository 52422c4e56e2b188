"""English names for roles and entities (used to date articles and, later, to attribute claims)."""

ROLE_TITLES = {
    "head_of_state": ("President", "president"),
    "head_of_government": ("Prime Minister", "prime minister", "Chancellor", "chancellor", "PM",
                           "head of government"),
    "foreign_minister": ("Secretary of State", "secretary of state", "head of American diplomacy",
                         "Foreign Minister", "foreign minister", "top diplomat"),
    "defense_minister": ("Defense Secretary", "Defense Minister", "Secretary of Defense",
                         "defense secretary", "defense minister", "Pentagon chief",
                         "Defence Secretary", "Defence Minister"),
    "un_secretary_general": ("Secretary-General", "Secretary General", "secretary-general",
                             "UN chief"),
}
FORMER = ("former", "ex", "ex-", "late", "then")

# --- for attributing claims (chronique.claims) -----------------------------------------------
# Places, institutions and collective names that stand for a government or an organisation
# when they speak: phrase -> (canonical id, kind, number).  Longer phrases win.
GAZETTEER = {
    "the United States": ("United States", "government", "s"), "United States": ("United States", "government", "s"),
    "the US": ("United States", "government", "s"), "the U.S.": ("United States", "government", "s"),
    "America": ("United States", "government", "s"), "Washington": ("United States", "government", "s"),
    "the Americans": ("United States", "government", "p"),
    "the US administration": ("United States", "government", "s"),
    "the Trump administration": ("United States", "government", "s"),
    "the Biden administration": ("United States", "government", "s"),
    "Iran": ("Iran", "government", "s"), "Tehran": ("Iran", "government", "s"),
    "the Iranians": ("Iran", "government", "p"), "the Islamic Republic": ("Iran", "government", "s"),
    "Iraq": ("Iraq", "government", "s"), "Baghdad": ("Iraq", "government", "s"),
    "France": ("France", "government", "s"), "Paris": ("France", "government", "s"),
    "Russia": ("Russia", "government", "s"), "Moscow": ("Russia", "government", "s"),
    "China": ("China", "government", "s"), "Beijing": ("China", "government", "s"),
    "Britain": ("United Kingdom", "government", "s"), "the United Kingdom": ("United Kingdom", "government", "s"),
    "the UK": ("United Kingdom", "government", "s"), "the U.K.": ("United Kingdom", "government", "s"),
    "London": ("United Kingdom", "government", "s"),
    "Germany": ("Germany", "government", "s"), "Berlin": ("Germany", "government", "s"),
    "Israel": ("Israel", "government", "s"), "Syria": ("Syria", "government", "s"),
    "Damascus": ("Syria", "government", "s"), "Turkey": ("Turkey", "government", "s"),
    "Ankara": ("Turkey", "government", "s"), "Saudi Arabia": ("Saudi Arabia", "government", "s"),
    "Riyadh": ("Saudi Arabia", "government", "s"), "Ukraine": ("Ukraine", "government", "s"),
    "Kyiv": ("Ukraine", "government", "s"), "Kiev": ("Ukraine", "government", "s"),
    "Lebanon": ("Lebanon", "government", "s"), "Beirut": ("Lebanon", "government", "s"),
    "Egypt": ("Egypt", "government", "s"), "Cairo": ("Egypt", "government", "s"),
    "Japan": ("Japan", "government", "s"), "Tokyo": ("Japan", "government", "s"),
    "Italy": ("Italy", "government", "s"), "Rome": ("Italy", "government", "s"),
    "Spain": ("Spain", "government", "s"), "Madrid": ("Spain", "government", "s"),
    "Canada": ("Canada", "government", "s"), "Ottawa": ("Canada", "government", "s"),
    "India": ("India", "government", "s"), "New Delhi": ("India", "government", "s"),
    "Pakistan": ("Pakistan", "government", "s"), "Islamabad": ("Pakistan", "government", "s"),
    "Afghanistan": ("Afghanistan", "government", "s"), "Kabul": ("Afghanistan", "government", "s"),
    "Kuwait": ("Kuwait", "government", "s"), "Qatar": ("Qatar", "government", "s"),
    "Doha": ("Qatar", "government", "s"), "Jordan": ("Jordan", "government", "s"),
    "Amman": ("Jordan", "government", "s"), "North Korea": ("North Korea", "government", "s"),
    "Pyongyang": ("North Korea", "government", "s"), "South Korea": ("South Korea", "government", "s"),
    "Seoul": ("South Korea", "government", "s"), "Mali": ("Mali", "government", "s"),
    "Algeria": ("Algeria", "government", "s"), "Algiers": ("Algeria", "government", "s"),
    "Morocco": ("Morocco", "government", "s"), "Rabat": ("Morocco", "government", "s"),
    "Tunisia": ("Tunisia", "government", "s"), "Libya": ("Libya", "government", "s"),
    "Tripoli": ("Libya", "government", "s"), "Sudan": ("Sudan", "government", "s"),
    "Khartoum": ("Sudan", "government", "s"), "Ethiopia": ("Ethiopia", "government", "s"),
    "Brazil": ("Brazil", "government", "s"), "Brasilia": ("Brazil", "government", "s"),
    "Mexico": ("Mexico", "government", "s"), "Venezuela": ("Venezuela", "government", "s"),
    "Caracas": ("Venezuela", "government", "s"), "Cuba": ("Cuba", "government", "s"),
    "Havana": ("Cuba", "government", "s"), "Yemen": ("Yemen", "government", "s"),
    "Niger": ("Niger", "government", "s"), "Belgium": ("Belgium", "government", "s"),
    "Switzerland": ("Switzerland", "government", "s"), "Poland": ("Poland", "government", "s"),
    "Warsaw": ("Poland", "government", "s"),
    "the European Union": ("European Union", "organization", "s"), "the EU": ("European Union", "organization", "s"),
    "Brussels": ("European Union", "organization", "s"),
    "the European Commission": ("European Commission", "organization", "s"),
    "the United Nations": ("United Nations", "organization", "p"), "the UN": ("United Nations", "organization", "s"),
    "the U.N.": ("United Nations", "organization", "s"), "the E.U.": ("European Union", "organization", "s"),
    "NATO": ("NATO", "organization", "s"), "the Pentagon": ("Pentagon", "organization", "s"),
    "Pentagon": ("Pentagon", "organization", "s"), "the White House": ("White House", "organization", "s"),
    "White House": ("White House", "organization", "s"),
    "the State Department": ("State Department", "organization", "s"),
    "the Kremlin": ("Kremlin", "organization", "s"), "Kremlin": ("Kremlin", "organization", "s"),
    "the Elysee": ("Élysée", "organization", "s"), "the Élysée": ("Élysée", "organization", "s"),
    "Downing Street": ("Downing Street", "organization", "s"),
    "Hezbollah": ("Hezbollah", "organization", "s"), "Hamas": ("Hamas", "organization", "s"),
    "the Taliban": ("Taliban", "organization", "p"), "the WHO": ("WHO", "organization", "s"),
    # armed groups, which act and speak in conflict news like governments
    "the Houthis": ("Houthis", "organization", "p"), "Houthis": ("Houthis", "organization", "p"),
    "the Islamic State": ("Islamic State", "organization", "s"),
    "the Islamic State group": ("Islamic State", "organization", "s"),
    "Islamic State": ("Islamic State", "organization", "s"), "ISIS": ("Islamic State", "organization", "s"),
    "ISIL": ("Islamic State", "organization", "s"), "al-Qaeda": ("al-Qaeda", "organization", "s"),
    "al Qaeda": ("al-Qaeda", "organization", "s"), "al-Shabaab": ("al-Shabaab", "organization", "s"),
    "Boko Haram": ("Boko Haram", "organization", "s"), "the Wagner Group": ("Wagner", "organization", "s"),
    "the Wagner group": ("Wagner", "organization", "s"), "M23": ("M23", "organization", "s"),
    "the PKK": ("PKK", "organization", "s"),
    "the Rapid Support Forces": ("Rapid Support Forces", "organization", "p"),
    "Rapid Support Forces": ("Rapid Support Forces", "organization", "p"),
    "the RSF": ("Rapid Support Forces", "organization", "s"),   # (bare "RSF" is also Reporters Without Borders)
    # (not "RSF" alone: also Reporters Without Borders; an acronym after the full name is linked to it)
    "Hayat Tahrir al-Sham": ("Hayat Tahrir al-Sham", "organization", "s"),
    "HTS": ("Hayat Tahrir al-Sham", "organization", "s"),
    "Islamic Jihad": ("Islamic Jihad", "organization", "s"),
    "Kataib Hezbollah": ("Kataib Hezbollah", "organization", "s"),
    "Kata'ib Hezbollah": ("Kataib Hezbollah", "organization", "s"),
    # the Israeli army, for its government
    "the Israel Defense Forces": ("Israel", "government", "p"), "the IDF": ("Israel", "government", "s"),
    "IDF": ("Israel", "government", "s"),
    "the European Central Bank": ("European Central Bank", "organization", "s"),
    "the ECB": ("European Central Bank", "organization", "s"),
    "the Federal Reserve": ("Federal Reserve", "organization", "s"), "the Fed": ("Federal Reserve", "organization", "s"),
    # (its country before it: "The U.S. Federal Reserve said" spoke as 'Reserve', "federal" read as a modifier)
    "the U.S. Federal Reserve": ("Federal Reserve", "organization", "s"),
    "the US Federal Reserve": ("Federal Reserve", "organization", "s"),
    "U.S. Federal Reserve": ("Federal Reserve", "organization", "s"),
    "US Federal Reserve": ("Federal Reserve", "organization", "s"),
    "the U.S. Fed": ("Federal Reserve", "organization", "s"),
    "the World Bank": ("World Bank", "organization", "s"), "the WTO": ("WTO", "organization", "s"),
    "the Red Cross": ("Red Cross", "organization", "s"), "UNICEF": ("UNICEF", "organization", "s"),
    "the CIA": ("CIA", "organization", "s"), "the FBI": ("FBI", "organization", "s"),
    "Scotland Yard": ("Metropolitan Police", "organization", "s"),
    "the Metropolitan Police": ("Metropolitan Police", "organization", "s"),
    "the IAEA": ("IAEA", "organization", "s"), "the IMF": ("IMF", "organization", "s"),
}
MEDIA = {
    "AFP": "AFP", "Agence France-Presse": "AFP", "Reuters": "Reuters", "the Associated Press": "AP",
    "Associated Press": "AP", "AP": "AP", "the BBC": "BBC", "BBC": "BBC", "CNN": "CNN",
    "Al Jazeera": "Al Jazeera", "Al-Jazeera": "Al Jazeera", "The New York Times": "The New York Times",
    "the New York Times": "The New York Times", "The Washington Post": "The Washington Post",
    "the Washington Post": "The Washington Post", "The Wall Street Journal": "The Wall Street Journal",
    "the Wall Street Journal": "The Wall Street Journal", "Bloomberg": "Bloomberg", "IRNA": "IRNA",
    "Tasnim": "Tasnim", "Fars": "Fars", "TASS": "TASS", "RIA Novosti": "RIA Novosti",
    "state television": "state television", "state TV": "state television", "the state news agency": "state news agency",
    # (told by what they are, then maybe by name: "carried by the state news agency SPA")
    "state news agency": "state news agency", "the official news agency": "state news agency",
    "official news agency": "state news agency", "the state-run news agency": "state news agency",
    "state-run news agency": "state news agency", "the state broadcaster": "state television",
    "state broadcaster": "state television", "the public broadcaster": "public television",
    "public broadcaster": "public television",
    "state media": "state media", "state-run media": "state media", "state-controlled media": "state media",
    "official media": "official media", "local media": "local media",
    "Fox News": "Fox News", "NBC": "NBC", "CBS": "CBS", "ABC": "ABC", "Politico": "Politico",
    "Axios": "Axios", "the Guardian": "The Guardian", "The Guardian": "The Guardian",
    "Bloomberg News": "Bloomberg", "the Financial Times": "Financial Times", "The Financial Times": "Financial Times",
    "Financial Times": "Financial Times", "CNBC": "CNBC", "MSNBC": "MSNBC", "NPR": "NPR", "Xinhua": "Xinhua",
    "Kyodo": "Kyodo", "Yonhap": "Yonhap", "Interfax": "Interfax", "Anadolu": "Anadolu", "Nikkei": "Nikkei",
    "the Times of Israel": "The Times of Israel", "Haaretz": "Haaretz", "Der Spiegel": "Der Spiegel",
    "Le Monde": "Le Monde", "The Economist": "The Economist", "the Economist": "The Economist",
    "The Information": "The Information", "Semafor": "Semafor", "Sky News": "Sky News",
    # state news agencies and trade papers often quoted in world news
    "KCNA": "KCNA", "WAFA": "WAFA", "SANA": "SANA", "Lloyd's List": "Lloyd's List",
    "the Kyiv Independent": "The Kyiv Independent", "The Kyiv Independent": "The Kyiv Independent",
}
DEMONYMS = {
    "American": "United States", "US": "United States", "U.S.": "United States",
    "Iranian": "Iran", "Iraqi": "Iraq", "French": "France", "Russian": "Russia", "Chinese": "China",
    "British": "United Kingdom", "UK": "United Kingdom", "German": "Germany", "Israeli": "Israel",
    "Palestinian": "Palestine", "Syrian": "Syria", "Turkish": "Turkey", "Saudi": "Saudi Arabia",
    "Ukrainian": "Ukraine", "Lebanese": "Lebanon", "Egyptian": "Egypt", "Japanese": "Japan",
    "Italian": "Italy", "Spanish": "Spain", "Canadian": "Canada", "Mexican": "Mexico",
    "Brazilian": "Brazil", "Indian": "India", "Pakistani": "Pakistan", "Afghan": "Afghanistan",
    "Kuwaiti": "Kuwait", "Qatari": "Qatar", "Jordanian": "Jordan", "Yemeni": "Yemen",
    "Malian": "Mali", "Algerian": "Algeria", "Moroccan": "Morocco", "Tunisian": "Tunisia",
    "Libyan": "Libya", "Sudanese": "Sudan", "Ethiopian": "Ethiopia", "Belgian": "Belgium",
    "Swiss": "Switzerland", "Polish": "Poland", "Venezuelan": "Venezuela",
    "North Korean": "North Korea", "South Korean": "South Korea", "European": "European Union",
    "EU": "European Union", "UN": "United Nations", "U.N.": "United Nations", "U.K.": "United Kingdom",
    "E.U.": "European Union",
    "Kremlin": "Russia",
    "Hungarian": "Hungary", "Dutch": "Netherlands", "Swedish": "Sweden", "Norwegian": "Norway",
    "Danish": "Denmark", "Finnish": "Finland", "Austrian": "Austria", "Portuguese": "Portugal",
    "Greek": "Greece", "Romanian": "Romania", "Serbian": "Serbia", "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan", "Georgian": "Georgia", "Belarusian": "Belarus", "Senegalese": "Senegal",
    "Chadian": "Chad", "Nigerien": "Niger", "Congolese": "Congo", "Cameroonian": "Cameroon",
    "Argentine": "Argentina", "Colombian": "Colombia", "Chilean": "Chile", "Australian": "Australia",
    "Indonesian": "Indonesia", "Vietnamese": "Vietnam", "Taiwanese": "Taiwan", "Thai": "Thailand",
    "Filipino": "Philippines", "South African": "South Africa", "Emirati": "Emirates", "Bahraini": "Bahrain",
    "Omani": "Oman", "Irish": "Ireland", "Czech": "Czech Republic", "Slovak": "Slovakia",
    "Kazakh": "Kazakhstan", "Moldovan": "Moldova", "Ivorian": "Ivory Coast", "Nigerian": "Nigeria",
    # nouns for a person of a country ("The Spaniard said", "the Briton"; not the adjectives that open names:
    # "Slovenian Democratic Party", "The Kenyan Police Service")
    "Spaniard": "Spain", "Briton": "United Kingdom", "Dane": "Denmark", "Serb": "Serbia", "Croat": "Croatia",
    "Slovene": "Slovenia", "Frenchman": "France",
    "Frenchwoman": "France", "Dutchman": "Netherlands", "Dutchwoman": "Netherlands", "Scot": "United Kingdom",
    "Englishman": "United Kingdom", "Englishwoman": "United Kingdom",
}
# nouns of a person's role: a definite one right after a person named with its gender is that person ("Kamel Daoud
# won the prize. '...,' the novelist said"); an indefinite one is an unnamed source
ROLE_NOUNS = {
    "novelist": "novelist", "writer": "writer", "author": "author", "laureate": "laureate",
    "filmmaker": "filmmaker", "singer": "singer", "actor": "actor", "actress": "actor", "cyclist": "cyclist",
    "swimmer": "swimmer", "skier": "skier", "climber": "climber", "sailor": "sailor", "champion": "champion",
    "athlete": "athlete", "golfer": "golfer", "sprinter": "sprinter", "striker": "striker",
    "goalkeeper": "goalkeeper", "quarterback": "quarterback", "rider": "rider",
}
SHORT_NAMES = {"United States": "US", "United Kingdom": "UK", "European Union": "EU",
               "United Nations": "UN"}
# particles inside personal names: "Abu Mahdi al-Muhandis", "Ursula von der Leyen"
NAME_PARTICLES = ("al", "el", "ben", "bin", "ibn", "abu", "abou", "von", "van", "der", "den", "de", "del",
                  "della", "da", "di", "du", "le", "la", "ter", "bou", "ould", "ag", "mac", "st")
# endings glued after an apostrophe that make a contraction or a possessive, not the end of a name: any
# other short lower-case ending belongs to the name before it ("Njuguna Ndung'u", "Kimani Ichung'wah")
CONTRACTION_TAILS = ("s", "t", "ll", "re", "ve", "d", "m")
# lowercase words between the hyphens of a compound place name: "Stratford-upon-Avon",
# "Southend-on-Sea", "Aix-en-Provence"
HYPHEN_LINKS = ("upon", "on", "under", "by", "in", "the", "en", "sur", "et", "de", "du", "la", "le")
# lower-case words that make a compound adjective of a name before them ("a Donald Trump-backed
# candidate", "the Bola Tinubu-led government"), not the second syllable of a given name ("Lee
# Jae-myung", "Kim Jong-un")
NAME_COMPOUND_SUFFIXES = ("based", "backed", "led", "run", "linked", "born", "era", "style", "owned", "funded",
                          "held", "made", "bound", "wide", "like", "type", "ruled", "allied", "free", "only",
                          "esque", "ish", "ist", "ism", "ite", "flagged", "registered", "headquartered",
                          "controlled", "affiliated", "sponsored", "appointed", "aligned")

# Central Asia and the Baltic states: countries, capitals and demonyms
# international and regional organisations: (the name shared by both languages, its forms)
for _name, _forms in (
        ("African Union", ("the African Union", "the AU")),
        ("ECOWAS", ("ECOWAS", "the Economic Community of West African States")),
        ("Arab League", ("the Arab League",)),
        ("UN Security Council", ("the UN Security Council", "the U.N. Security Council",
                                 "the United Nations Security Council", "the Security Council")),
        ("UN General Assembly", ("the UN General Assembly", "the U.N. General Assembly",
                                 "the United Nations General Assembly")),
        ("UNHCR", ("the UNHCR", "UNHCR")),
        ("World Food Programme", ("the World Food Programme", "the World Food Program", "the WFP")),
        ("OCHA", ("OCHA", "the UN Office for the Coordination of Humanitarian Affairs")),
        ("UNESCO", ("UNESCO",)),
        ("Food and Agriculture Organization", ("the Food and Agriculture Organization", "the FAO", "FAO",
                                               "the U.N. Food and Agriculture Organization",
                                               "the UN Food and Agriculture Organization")),
        ("UNDP", ("the UNDP", "UNDP", "the United Nations Development Programme", "the U.N. Development Programme",
                  "the UN Development Programme")),
        ("ILO", ("the ILO", "the International Labour Organization", "the International Labor Organization")),
        ("WMO", ("the WMO", "the World Meteorological Organization")),
        ("International Organization for Migration", ("the IOM", "the International Organization for Migration")),
        ("International Criminal Court", ("the International Criminal Court",)),
        ("International Court of Justice", ("the International Court of Justice",)),
        ("OSCE", ("the OSCE",)), ("ASEAN", ("ASEAN",)), ("OPEC", ("OPEC",)),
        ("MONUSCO", ("MONUSCO",)), ("UNIFIL", ("UNIFIL",)), ("UNRWA", ("UNRWA",)),
        ("Frontex", ("Frontex",)), ("Europol", ("Europol",)), ("Interpol", ("Interpol",)),
        ("European Parliament", ("the European Parliament",)),
        ("European Council", ("the European Council",)),
        ("Council of Europe", ("the Council of Europe",)),
        ("European Court of Human Rights", ("the European Court of Human Rights",))):
    for _n in _forms:
        GAZETTEER.setdefault(_n, (_name, "organization", "s"))

# the capitals of the gazetteer: cities that stand for their state when they speak ("Washington said"), but
# are the town where a thing happened after a word of place ("protested in Paris", « à Tbilissi »)
CAPITALS = {"Washington", "Tehran", "Baghdad", "Paris", "Moscow", "Beijing", "London", "Berlin", "Damascus",
            "Ankara", "Riyadh", "Kyiv", "Kiev", "Beirut", "Cairo", "Tokyo", "Rome", "Madrid", "Ottawa", "New Delhi",
            "Islamabad", "Kabul", "Doha", "Amman", "Pyongyang", "Seoul", "Algiers", "Rabat", "Tripoli", "Khartoum",
            "Brasilia", "Caracas", "Havana", "Warsaw"}
for _country, _capital, _demonym in (("Kyrgyzstan", "Bishkek", "Kyrgyz"), ("Tajikistan", "Dushanbe", "Tajik"),
                                     ("Uzbekistan", "Tashkent", "Uzbek"), ("Turkmenistan", "Ashgabat", "Turkmen"),
                                     ("Kazakhstan", "Astana", "Kazakh"), ("Lithuania", "Vilnius", "Lithuanian"),
                                     ("Latvia", "Riga", "Latvian"), ("Estonia", "Tallinn", "Estonian")):
    GAZETTEER.setdefault(_country, (_country, "government", "s"))
    GAZETTEER.setdefault(_capital, (_country, "government", "s"))
    DEMONYMS.setdefault(_demonym, _country)
    CAPITALS.add(_capital)

# the other states: (country, its names, its capital or None); a name or capital shared with a given
# name, a US state or another city ("Chad", "Georgia", "Sofia", "Victoria", "Wellington") is left out
for _country, _names, _capital in (
        ("Nigeria", ("Nigeria",), "Abuja"), ("Kenya", ("Kenya",), "Nairobi"), ("Somalia", ("Somalia",), "Mogadishu"),
        ("South Africa", ("South Africa",), "Pretoria"), ("Eritrea", ("Eritrea",), "Asmara"),
        ("South Sudan", ("South Sudan",), "Juba"), ("Uganda", ("Uganda",), "Kampala"),
        ("Rwanda", ("Rwanda",), "Kigali"), ("Burundi", ("Burundi",), "Gitega"),
        ("Tanzania", ("Tanzania",), "Dodoma"), ("Mozambique", ("Mozambique",), "Maputo"),
        ("Zimbabwe", ("Zimbabwe",), "Harare"), ("Zambia", ("Zambia",), "Lusaka"), ("Angola", ("Angola",), "Luanda"),
        ("Namibia", ("Namibia",), "Windhoek"), ("Botswana", ("Botswana",), "Gaborone"),
        ("Madagascar", ("Madagascar",), "Antananarivo"), ("Malawi", ("Malawi",), "Lilongwe"),
        ("Ghana", ("Ghana",), "Accra"), ("Senegal", ("Senegal",), "Dakar"),
        ("Ivory Coast", ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"), "Abidjan"),
        ("Burkina Faso", ("Burkina Faso",), "Ouagadougou"), ("Cameroon", ("Cameroon",), "Yaounde"),
        ("Gabon", ("Gabon",), "Libreville"), ("Benin", ("Benin",), "Porto-Novo"), ("Togo", ("Togo",), "Lome"),
        ("Sierra Leone", ("Sierra Leone",), "Freetown"), ("Liberia", ("Liberia",), "Monrovia"),
        ("Mauritania", ("Mauritania",), "Nouakchott"), ("Gambia", ("Gambia", "the Gambia"), "Banjul"),
        ("Central African Republic", ("the Central African Republic", "Central African Republic"), "Bangui"),
        ("Guinea", ("Guinea",), "Conakry"), ("Guinea-Bissau", ("Guinea-Bissau",), "Bissau"),
        ("Equatorial Guinea", ("Equatorial Guinea",), "Malabo"), ("Djibouti", ("Djibouti",), None),
        ("Chad", ("the Republic of Chad",), "N'Djamena"),
        ("Congo", ("Congo", "the Democratic Republic of Congo", "the Democratic Republic of the Congo",
                   "Democratic Republic of Congo", "DR Congo", "the DRC", "DRC"), "Kinshasa"),
        ("Republic of Congo", ("the Republic of Congo", "Republic of Congo", "Congo-Brazzaville"), "Brazzaville"),
        ("Niger", (), "Niamey"), ("Mali", (), "Bamako"), ("Tunisia", (), "Tunis"), ("Ethiopia", (), "Addis Ababa"),
        ("Indonesia", ("Indonesia",), "Jakarta"), ("Philippines", ("the Philippines",), "Manila"),
        ("Vietnam", ("Vietnam",), "Hanoi"), ("Thailand", ("Thailand",), "Bangkok"),
        ("Cambodia", ("Cambodia",), "Phnom Penh"), ("Laos", ("Laos",), "Vientiane"),
        ("Myanmar", ("Myanmar", "Burma"), "Naypyitaw"), ("Bangladesh", ("Bangladesh",), "Dhaka"),
        ("Sri Lanka", ("Sri Lanka",), None), ("Nepal", ("Nepal",), "Kathmandu"),
        ("Taiwan", ("Taiwan",), "Taipei"), ("Mongolia", ("Mongolia",), "Ulaanbaatar"),
        ("Malaysia", ("Malaysia",), "Kuala Lumpur"), ("Singapore", ("Singapore",), None),
        ("Australia", ("Australia",), "Canberra"), ("New Zealand", ("New Zealand",), None),
        ("Papua New Guinea", ("Papua New Guinea",), "Port Moresby"), ("Fiji", ("Fiji",), "Suva"),
        ("Emirates", ("the United Arab Emirates", "United Arab Emirates", "the UAE", "UAE"), "Abu Dhabi"),
        ("Bahrain", ("Bahrain",), "Manama"), ("Oman", ("Oman",), "Muscat"), ("Palestine", ("Palestine",), None),
        ("Yemen", (), "Sanaa"), ("Cyprus", ("Cyprus",), "Nicosia"), ("Armenia", ("Armenia",), "Yerevan"),
        ("Azerbaijan", ("Azerbaijan",), "Baku"), ("Georgia", (), "Tbilisi"),
        ("Netherlands", ("the Netherlands",), "The Hague"), ("Austria", ("Austria",), "Vienna"),
        ("Sweden", ("Sweden",), "Stockholm"), ("Norway", ("Norway",), "Oslo"),
        ("Denmark", ("Denmark",), "Copenhagen"), ("Finland", ("Finland",), "Helsinki"),
        ("Iceland", ("Iceland",), "Reykjavik"), ("Ireland", ("Ireland",), "Dublin"),
        # the nations of the United Kingdom, named in their own institutions ("the Police Service of
        # Northern Ireland")
        # (not "Wales": "New South Wales")
        ("Northern Ireland", ("Northern Ireland",), None), ("Scotland", ("Scotland",), None),
        ("Portugal", ("Portugal",), "Lisbon"), ("Greece", ("Greece",), "Athens"),
        ("Hungary", ("Hungary",), "Budapest"), ("Romania", ("Romania",), "Bucharest"),
        ("Bulgaria", ("Bulgaria",), None), ("Serbia", ("Serbia",), "Belgrade"), ("Croatia", ("Croatia",), "Zagreb"),
        ("Slovenia", ("Slovenia",), "Ljubljana"), ("Bosnia", ("Bosnia", "Bosnia and Herzegovina"), "Sarajevo"),
        ("Montenegro", ("Montenegro",), "Podgorica"), ("North Macedonia", ("North Macedonia",), "Skopje"),
        ("Albania", ("Albania",), "Tirana"), ("Kosovo", ("Kosovo",), "Pristina"),
        ("Moldova", ("Moldova",), "Chisinau"), ("Belarus", ("Belarus",), "Minsk"),
        ("Czech Republic", ("the Czech Republic", "Czech Republic", "Czechia"), "Prague"),
        ("Slovakia", ("Slovakia",), "Bratislava"), ("Luxembourg", ("Luxembourg",), None),
        ("Malta", ("Malta",), "Valletta"), ("Vatican", ("the Vatican", "the Holy See"), None),
        ("Colombia", ("Colombia",), "Bogota"), ("Peru", ("Peru",), "Lima"), ("Chile", ("Chile",), "Santiago"),
        ("Argentina", ("Argentina",), "Buenos Aires"), ("Bolivia", ("Bolivia",), "La Paz"),
        ("Ecuador", ("Ecuador",), "Quito"), ("Paraguay", ("Paraguay",), "Asuncion"),
        ("Uruguay", ("Uruguay",), "Montevideo"), ("Guyana", ("Guyana",), None), ("Suriname", ("Suriname",), None),
        ("Panama", ("Panama",), None), ("Costa Rica", ("Costa Rica",), None),
        ("Nicaragua", ("Nicaragua",), "Managua"), ("Honduras", ("Honduras",), "Tegucigalpa"),
        ("El Salvador", ("El Salvador",), "San Salvador"), ("Guatemala", ("Guatemala",), "Guatemala City"),
        ("Haiti", ("Haiti",), "Port-au-Prince"), ("Dominican Republic", ("the Dominican Republic",), "Santo Domingo"),
        ("Jamaica", ("Jamaica",), None), ("Bhutan", ("Bhutan",), "Thimphu"), ("Maldives", ("the Maldives",), None)):
    for _n in (*_names, *((_capital,) if _capital else ())):
        GAZETTEER.setdefault(_n, (_country, "government", "s"))
    if _capital:
        CAPITALS.add(_capital)

# given names and the gender they tell, for the people named without a title ("Anna Cole ... she
# said"); names given to both sexes are left out
_FEMALE_NAMES = """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra
Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison
Frances Kathryn Janice Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella
Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Claire Sophie Chloe Ella Zoe Priya Aisha
Fatima Mariam Yasmin Leila Nadia Elena Ana Lucia Carmen Rosa Ingrid Greta Ursula Kamala Hillary Giorgia
Sanna Jacinda Marine Kelsey Tanya Kaja Maya Mia Ava Lily Hailey Harper Jane Susanne Monica Veronica Wendy
Tina Sonia Vanessa Natasha Svetlana Olga Irina Yulia Tatiana Mei Ling Keiko Yuki Aiko Fiona Siobhan Bridget
Eileen Colleen Kristen Kristin Erin Molly Holly Paula Gina Rita Nora Norah Vera Eva Esther Miriam Naomi
Anne Annie Hélène Helene Isabelle Nathalie Sylvie Valerie Valérie Camille Chantal Brigitte Francoise
Monique Martine Agnes Agnès Cecile Cécile Sandrine Celine Céline Aurelie Amelie Elodie Emilie Manon Ines
Louise Juliette Lucie Margaret Kate Katie Ellen Beth Joanna Joanne Lucy Amelia Isla Freya Poppy Imogen
"""
_MALE_NAMES = """
James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan
Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse
Bryan Billy Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene
Russell Bobby Mason Philip Louis Boris Vladimir Emmanuel Olaf Barack Mohammed Muhammad Mohamed Ahmed Ali
Omar Hassan Ibrahim Mahmoud Yusuf Carlos Luis Miguel Pedro Javier Diego Sergei Sergey Dmitry Ivan
Volodymyr Recep Narendra Rishi Keir Elon Jeff Tim Bill Mike Tom Ian Neil Derek Hamid Khalid Abdullah
Mustafa Tariq Hans Klaus Jens Lars Sven Pierre Jacques Francois Antonio Giuseppe Marco Matteo Luca Hiroshi
Takashi Kenji Wei Jun Raj Arjun Vijay Rahul Kofi Kwame Oleksandr Andriy Yuri Alexei Mikhail Nikolai
Benedict Fred Ted Tony Steve Chris Dave Doug Greg Joe Bob Jim Ron Ken Rick Rob Dan Matt Nick Sam Ben
Philippe Alain Nicolas Christophe Frederic Frédéric Laurent Stephane Stéphane Olivier Thierry
Julien Sebastien Sébastien Guillaume Antoine Emmanuel Michel Gerard Gérard Didier Bruno Yves Hugo
Francois François Herve Hervé Gilles Benoit Benoît Mathieu Maxime Pascal Rémi Remi Loic Loïc Bertrand
"""
FIRST_NAME_GENDERS = {**{n: "f" for n in _FEMALE_NAMES.split()}, **{n: "m" for n in _MALE_NAMES.split()}}

# other spellings of towns, with the name under which a town is compared across articles and
# languages (case, accents and hyphens do not count: "Tel-Aviv", "Tel Aviv")
TOWN_NAMES = {
    "Kiev": "Kyiv", "Odessa": "Odesa", "Kharkov": "Kharkiv", "Peking": "Beijing", "Rangoon": "Yangon",
    "Bombay": "Mumbai", "Calcutta": "Kolkata", "Dacca": "Dhaka", "St. Petersburg": "Saint Petersburg",
    "Dnipropetrovsk": "Dnipro", "Hodeida": "Hodeidah", "Khan Yunis": "Khan Younis",
    "Ulan Bator": "Ulaanbaatar", "Addis Abeba": "Addis Ababa",
}

# regions, seas and continents: a place wider than a town, which tells no two towns apart ("in the
# Middle East", "in the Gulf")
REGIONS = {
    "Middle East", "Near East", "Gulf", "Persian Gulf", "Europe", "Asia", "Africa", "America", "Latin America",
    "South America", "North America", "Oceania", "Sahel", "Maghreb", "Balkans", "Caucasus", "Mediterranean",
    "Levant", "Horn of Africa", "Central Asia", "Far East", "Pacific", "Atlantic", "Arctic", "Red Sea",
    "Black Sea", "Donbas", "Donbass", "Kurdistan",
}
