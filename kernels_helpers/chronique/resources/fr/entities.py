"""French names for roles and entities (used to date articles and, later, to attribute claims)."""

# titles that introduce the holder of a role, for the officeholder gazetteer
ROLE_TITLES = {
    "head_of_state": ("président", "présidente", "chef de l'État", "chef de l'Etat"),
    "head_of_government": ("Premier ministre", "première ministre", "chancelier", "chancelière",
                           "chef du gouvernement", "cheffe du gouvernement"),
    "foreign_minister": ("secrétaire d'État", "secrétaire d'Etat", "chef de la diplomatie",
                         "ministre des Affaires étrangères"),
    "defense_minister": ("ministre de la Défense", "ministre américain de la Défense",
                         "secrétaire à la Défense", "chef du Pentagone", "ministre des Armées"),
    "un_secretary_general": ("secrétaire général de l'ONU", "secrétaire général des Nations unies",
                             "secrétaire général"),
}
# words that mark a former holder: "l'ancien président"
FORMER = ("ancien", "ancienne", "ex", "ex-", "feu", "défunt", "défunte")

# --- for attributing claims (chronique.claims) -----------------------------------------------
# Places, institutions and collective names that stand for a government or an organisation
# when they speak: phrase -> (canonical id, kind, number).  Kinds: government, organization.
# Longer phrases win ("Washington Post" is a newspaper, not the US government).
GAZETTEER = {
    "les États-Unis": ("United States", "government", "p"), "États-Unis": ("United States", "government", "p"),
    "l'Amérique": ("United States", "government", "s"), "Washington": ("United States", "government", "s"),
    "les Américains": ("United States", "government", "p"),
    "l'administration américaine": ("United States", "government", "s"),
    "l'administration Trump": ("United States", "government", "s"),
    "l'administration Biden": ("United States", "government", "s"),
    "l'Iran": ("Iran", "government", "s"), "Iran": ("Iran", "government", "s"),
    "Téhéran": ("Iran", "government", "s"), "les Iraniens": ("Iran", "government", "p"),
    "la République islamique": ("Iran", "government", "s"),
    "l'Irak": ("Iraq", "government", "s"), "Irak": ("Iraq", "government", "s"),
    "Bagdad": ("Iraq", "government", "s"), "les Irakiens": ("Iraq", "government", "p"),
    "la France": ("France", "government", "s"), "Paris": ("France", "government", "s"),
    "la Russie": ("Russia", "government", "s"), "Russie": ("Russia", "government", "s"),
    "Moscou": ("Russia", "government", "s"), "les Russes": ("Russia", "government", "p"),
    "la Chine": ("China", "government", "s"), "Chine": ("China", "government", "s"),
    "Pékin": ("China", "government", "s"), "Beijing": ("China", "government", "s"),
    "le Royaume-Uni": ("United Kingdom", "government", "s"), "Londres": ("United Kingdom", "government", "s"),
    "l'Allemagne": ("Germany", "government", "s"), "Berlin": ("Germany", "government", "s"),
    "Israël": ("Israel", "government", "s"), "l'État hébreu": ("Israel", "government", "s"),
    "la Syrie": ("Syria", "government", "s"), "Damas": ("Syria", "government", "s"),
    "la Turquie": ("Turkey", "government", "s"), "Ankara": ("Turkey", "government", "s"),
    "l'Arabie saoudite": ("Saudi Arabia", "government", "s"), "Ryad": ("Saudi Arabia", "government", "s"),
    "Riyad": ("Saudi Arabia", "government", "s"),
    "l'Ukraine": ("Ukraine", "government", "s"), "Kiev": ("Ukraine", "government", "s"),
    "Kyiv": ("Ukraine", "government", "s"), "le Liban": ("Lebanon", "government", "s"),
    "Beyrouth": ("Lebanon", "government", "s"), "l'Égypte": ("Egypt", "government", "s"),
    "Le Caire": ("Egypt", "government", "s"), "le Japon": ("Japan", "government", "s"),
    "Tokyo": ("Japan", "government", "s"), "l'Italie": ("Italy", "government", "s"),
    "Rome": ("Italy", "government", "s"), "l'Espagne": ("Spain", "government", "s"),
    "Madrid": ("Spain", "government", "s"), "le Canada": ("Canada", "government", "s"),
    "Ottawa": ("Canada", "government", "s"), "l'Inde": ("India", "government", "s"),
    "New Delhi": ("India", "government", "s"), "le Pakistan": ("Pakistan", "government", "s"),
    "Islamabad": ("Pakistan", "government", "s"), "l'Afghanistan": ("Afghanistan", "government", "s"),
    "Kaboul": ("Afghanistan", "government", "s"), "le Koweït": ("Kuwait", "government", "s"),
    "le Qatar": ("Qatar", "government", "s"), "Doha": ("Qatar", "government", "s"),
    "la Jordanie": ("Jordan", "government", "s"), "Amman": ("Jordan", "government", "s"),
    "la Corée du Nord": ("North Korea", "government", "s"), "Pyongyang": ("North Korea", "government", "s"),
    "la Corée du Sud": ("South Korea", "government", "s"), "Séoul": ("South Korea", "government", "s"),
    "le Mali": ("Mali", "government", "s"), "Bamako": ("Mali", "government", "s"),
    "l'Algérie": ("Algeria", "government", "s"), "Alger": ("Algeria", "government", "s"),
    "le Maroc": ("Morocco", "government", "s"), "Rabat": ("Morocco", "government", "s"),
    "la Tunisie": ("Tunisia", "government", "s"), "la Libye": ("Libya", "government", "s"),
    "Tripoli": ("Libya", "government", "s"), "le Soudan": ("Sudan", "government", "s"),
    "Khartoum": ("Sudan", "government", "s"), "l'Éthiopie": ("Ethiopia", "government", "s"),
    "le Brésil": ("Brazil", "government", "s"), "Brasilia": ("Brazil", "government", "s"),
    "le Mexique": ("Mexico", "government", "s"), "le Venezuela": ("Venezuela", "government", "s"),
    "Caracas": ("Venezuela", "government", "s"), "Cuba": ("Cuba", "government", "s"),
    "La Havane": ("Cuba", "government", "s"), "le Yémen": ("Yemen", "government", "s"),
    "la Palestine": ("Palestine", "government", "s"), "le Niger": ("Niger", "government", "s"),
    "Niamey": ("Niger", "government", "s"), "la Belgique": ("Belgium", "government", "s"),
    "la Suisse": ("Switzerland", "government", "s"), "Berne": ("Switzerland", "government", "s"),
    "la Pologne": ("Poland", "government", "s"), "Varsovie": ("Poland", "government", "s"),
    "l'Union européenne": ("European Union", "organization", "s"), "l'UE": ("European Union", "organization", "s"),
    "Bruxelles": ("European Union", "organization", "s"),
    "la Commission européenne": ("European Commission", "organization", "s"),
    "l'ONU": ("United Nations", "organization", "s"), "les Nations unies": ("United Nations", "organization", "p"),
    "l'Otan": ("NATO", "organization", "s"), "l'OTAN": ("NATO", "organization", "s"),
    "le Pentagone": ("Pentagon", "organization", "s"), "Pentagone": ("Pentagon", "organization", "s"),
    "la Maison Blanche": ("White House", "organization", "s"),
    "la Maison-Blanche": ("White House", "organization", "s"),
    "le Département d'État": ("State Department", "organization", "s"),
    "le département d'État": ("State Department", "organization", "s"),
    "le Kremlin": ("Kremlin", "organization", "s"), "Kremlin": ("Kremlin", "organization", "s"),
    "l'Élysée": ("Élysée", "organization", "s"), "l'Elysée": ("Élysée", "organization", "s"),
    "Matignon": ("Matignon", "organization", "s"), "le Quai d'Orsay": ("Quai d'Orsay", "organization", "s"),
    "Bercy": ("France", "government", "s"),        # the economy ministry, like "Paris" the government
    "Downing Street": ("Downing Street", "organization", "s"),
    "le Hezbollah": ("Hezbollah", "organization", "s"), "Hezbollah": ("Hezbollah", "organization", "s"),
    "le Hamas": ("Hamas", "organization", "s"), "Hamas": ("Hamas", "organization", "s"),
    "les talibans": ("Taliban", "organization", "p"), "l'OMS": ("WHO", "organization", "s"),
    # groupes armés, qui agissent et parlent dans l'actualité des conflits comme des gouvernements
    "les Houthis": ("Houthis", "organization", "p"), "les houthistes": ("Houthis", "organization", "p"),
    "l'État islamique": ("Islamic State", "organization", "s"),
    "le groupe État islamique": ("Islamic State", "organization", "s"),
    "l'EI": ("Islamic State", "organization", "s"), "Daech": ("Islamic State", "organization", "s"),
    "l'organisation État islamique": ("Islamic State", "organization", "s"),
    "Al-Qaïda": ("al-Qaeda", "organization", "s"), "al-Qaïda": ("al-Qaeda", "organization", "s"),
    "les shebab": ("al-Shabaab", "organization", "p"), "les shebabs": ("al-Shabaab", "organization", "p"),
    "Boko Haram": ("Boko Haram", "organization", "s"), "le groupe Wagner": ("Wagner", "organization", "s"),
    "Wagner": ("Wagner", "organization", "s"), "le M23": ("M23", "organization", "s"),
    "le PKK": ("PKK", "organization", "s"),
    "les Forces de soutien rapide": ("Rapid Support Forces", "organization", "p"),
    "les FSR": ("Rapid Support Forces", "organization", "p"),
    "Hayat Tahrir al-Cham": ("Hayat Tahrir al-Sham", "organization", "s"),
    "HTS": ("Hayat Tahrir al-Sham", "organization", "s"),
    "le Jihad islamique": ("Islamic Jihad", "organization", "s"),
    "Kataeb Hezbollah": ("Kataib Hezbollah", "organization", "s"),
    "les Kataeb Hezbollah": ("Kataib Hezbollah", "organization", "p"),
    # l'armée israélienne, pour son gouvernement
    "Tsahal": ("Israel", "government", "s"),
    "Météo-France": ("Météo-France", "organization", "s"),
    "la Banque centrale européenne": ("European Central Bank", "organization", "s"),
    "la BCE": ("European Central Bank", "organization", "s"),
    "la Réserve fédérale": ("Federal Reserve", "organization", "s"), "la Fed": ("Federal Reserve", "organization", "s"),
    "la Banque mondiale": ("World Bank", "organization", "s"), "l'OMC": ("WTO", "organization", "s"),
    "la Croix-Rouge": ("Red Cross", "organization", "s"), "l'Unicef": ("UNICEF", "organization", "s"),
    "la CIA": ("CIA", "organization", "s"), "le FBI": ("FBI", "organization", "s"),
    "l'AIEA": ("IAEA", "organization", "s"), "le FMI": ("IMF", "organization", "s"),
    "Santé publique France": ("Santé publique France", "organization", "s"),
    "l'Inserm": ("Inserm", "organization", "s"), "Inserm": ("Inserm", "organization", "s"),
    "l'Insee": ("Insee", "organization", "s"), "Insee": ("Insee", "organization", "s"),
    # institutions named by a capitalised word and a lower-case one
    "l'Assurance maladie": ("Assurance maladie", "organization", "s"),
    "Assurance maladie": ("Assurance maladie", "organization", "s"),
    "l'Assurance Maladie": ("Assurance maladie", "organization", "s"),
    "la Sécurité sociale": ("Sécurité sociale", "organization", "s"),
    "Sécurité sociale": ("Sécurité sociale", "organization", "s"),
    "Pôle emploi": ("Pôle emploi", "organization", "s"), "France Travail": ("France Travail", "organization", "s"),
    "le Secours populaire": ("Secours populaire", "organization", "s"),
    "Secours populaire": ("Secours populaire", "organization", "s"),
    "le Secours catholique": ("Secours catholique", "organization", "s"),
    "Secours catholique": ("Secours catholique", "organization", "s"),
    "les Restos du cœur": ("Restos du cœur", "organization", "p"),
    "Restos du cœur": ("Restos du cœur", "organization", "p"),
    "Eurostat": ("Eurostat", "organization", "s"),
    # partis politiques
    "Les Républicains": ("Les Républicains", "organization", "p"),
    "La France insoumise": ("La France insoumise", "organization", "s"),
    "le Rassemblement national": ("Rassemblement national", "organization", "s"),
    "Rassemblement national": ("Rassemblement national", "organization", "s"),
    "le Parti socialiste": ("Parti socialiste", "organization", "s"),
    "Parti socialiste": ("Parti socialiste", "organization", "s"),
    "le Parti communiste": ("Parti communiste", "organization", "s"),
    "Les Écologistes": ("Les Écologistes", "organization", "p"),
    "le MoDem": ("MoDem", "organization", "s"), "MoDem": ("MoDem", "organization", "s"), "Enedis": ("Enedis", "organization", "s"),
    "la Banque de France": ("Banque de France", "organization", "s"),
    "l'OCDE": ("OECD", "organization", "s"),
}
# news agencies and outlets: "a déclaré à l'AFP", "selon Reuters"
MEDIA = {
    "l'AFP": "AFP", "AFP": "AFP", "l'Agence France-Presse": "AFP", "Reuters": "Reuters",
    "l'agence Reuters": "Reuters", "l'AP": "AP", "Associated Press": "AP", "la BBC": "BBC", "BBC": "BBC",
    "CNN": "CNN", "Le Monde": "Le Monde", "Le Figaro": "Le Figaro", "Libération": "Libération",
    "Al-Jazeera": "Al Jazeera", "Al Jazeera": "Al Jazeera", "la chaîne Al-Jazeera": "Al Jazeera",
    "le New York Times": "The New York Times", "le Washington Post": "The Washington Post",
    "le Wall Street Journal": "The Wall Street Journal", "l'agence Irna": "IRNA", "l'agence Tasnim": "Tasnim",
    "l'agence Fars": "Fars", "l'agence Tass": "TASS", "l'agence Ria Novosti": "RIA Novosti",
    "l'agence officielle": "state news agency", "la télévision d'État": "state television",
    "l'agence de presse officielle": "state news agency", "l'agence d'État": "state news agency",
    "la télévision publique": "public television", "la télévision officielle": "state television",
    "France 24": "France 24", "RFI": "RFI", "BFMTV": "BFMTV", "Europe 1": "Europe 1", "France Inter": "France Inter",
    "TF1": "TF1", "France 2": "France 2", "France 3": "France 3", "LCI": "LCI", "CNews": "CNews", "RTL": "RTL",
    "France Info": "franceinfo", "franceinfo": "franceinfo", "Franceinfo": "franceinfo", "Arte": "Arte",
    "Le Parisien": "Le Parisien", "Les Echos": "Les Echos", "Ouest-France": "Ouest-France",
    "le Journal du dimanche": "Le Journal du dimanche", "le JDD": "Le Journal du dimanche",
    "La Croix": "La Croix", "L'Express": "L'Express", "Le Point": "Le Point", "Mediapart": "Mediapart",
    "L'Équipe": "L'Équipe", "L'Humanité": "L'Humanité", "L'Obs": "L'Obs", "Le Canard enchaîné": "Le Canard enchaîné",
    "Le Dauphiné libéré": "Le Dauphiné libéré", "La Voix du Nord": "La Voix du Nord", "Sud Ouest": "Sud Ouest",
    "Nice-Matin": "Nice-Matin", "Le Progrès": "Le Progrès", "La Dépêche du Midi": "La Dépêche du Midi",
    "Le Télégramme": "Le Télégramme", "Bloomberg": "Bloomberg", "le Financial Times": "Financial Times",
    "L'Opinion": "L'Opinion", "Midi libre": "Midi libre",
    "Midi Libre": "Midi libre", "La Provence": "La Provence", "Le Républicain lorrain": "Le Républicain lorrain",
    "L'Est républicain": "L'Est républicain", "Le Courrier picard": "Le Courrier picard",
    # the same without their article, as after « au », « du » (« a déclaré au Figaro »; not « Monde » nor «
    # Point », common words with a capital)
    "Figaro": "Le Figaro", "Parisien": "Le Parisien", "Télégramme": "Le Télégramme",
    # agences d'État souvent citées
    "l'agence Chine nouvelle": "Xinhua", "Chine nouvelle": "Xinhua", "Xinhua": "Xinhua",
    "l'agence Anadolu": "Anadolu", "Anadolu": "Anadolu", "KCNA": "KCNA", "l'agence KCNA": "KCNA",
    "Wafa": "WAFA", "l'agence Wafa": "WAFA", "Sana": "SANA", "l'agence Sana": "SANA", "Interfax": "Interfax",
    "l'agence Interfax": "Interfax", "Kyodo": "Kyodo", "l'agence Kyodo": "Kyodo", "Yonhap": "Yonhap",
    "l'agence Yonhap": "Yonhap",
    "Dauphiné libéré": "Le Dauphiné libéré", "Canard enchaîné": "Le Canard enchaîné",
    "Républicain lorrain": "Le Républicain lorrain", "Courrier picard": "Le Courrier picard",
    "Journal du dimanche": "Le Journal du dimanche",
}
# the state news agencies named with their adjective: « selon l'agence officielle Tass », « a rapporté l'agence
# d'État Irna » (the agency's name, not the generic "state news agency")
for _name, _id in (("Tass", "TASS"), ("Ria Novosti", "RIA Novosti"), ("Irna", "IRNA"), ("Xinhua", "Xinhua"),
                   ("Chine nouvelle", "Xinhua"), ("KCNA", "KCNA"), ("Sana", "SANA"), ("Wafa", "WAFA"), ("APS", "APS"),
                   ("MAP", "MAP"), ("Anadolu", "Anadolu"), ("Mena", "MENA")):
    for _form in (f"l'agence officielle {_name}", f"l'agence d'État {_name}", f"l'agence de presse officielle {_name}",
                  f"l'agence {_name}"):
        MEDIA.setdefault(_form, _id)
    MEDIA.setdefault(_name, _id)
# nationality adjectives: word -> canonical country id ("le ministre américain")
DEMONYMS = {
    **{w: "United States" for w in ("américain", "américaine", "américains", "américaines")},
    **{w: "Iran" for w in ("iranien", "iranienne", "iraniens", "iraniennes")},
    **{w: "Iraq" for w in ("irakien", "irakienne", "irakiens", "irakiennes")},
    **{w: "France" for w in ("français", "française", "françaises")},
    **{w: "Russia" for w in ("russe", "russes")},
    **{w: "China" for w in ("chinois", "chinoise", "chinoises")},
    **{w: "United Kingdom" for w in ("britannique", "britanniques")},
    **{w: "Germany" for w in ("allemand", "allemande", "allemands", "allemandes")},
    **{w: "Israel" for w in ("israélien", "israélienne", "israéliens", "israéliennes")},
    **{w: "Palestine" for w in ("palestinien", "palestinienne", "palestiniens", "palestiniennes")},
    **{w: "Syria" for w in ("syrien", "syrienne", "syriens", "syriennes")},
    **{w: "Turkey" for w in ("turc", "turque", "turcs", "turques")},
    **{w: "Saudi Arabia" for w in ("saoudien", "saoudienne", "saoudiens", "saoudiennes")},
    **{w: "Ukraine" for w in ("ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes")},
    **{w: "Lebanon" for w in ("libanais", "libanaise", "libanaises")},
    **{w: "Egypt" for w in ("égyptien", "égyptienne", "égyptiens", "égyptiennes")},
    **{w: "Japan" for w in ("japonais", "japonaise", "japonaises")},
    **{w: "Italy" for w in ("italien", "italienne", "italiens", "italiennes")},
    **{w: "Spain" for w in ("espagnol", "espagnole", "espagnols", "espagnoles")},
    **{w: "Canada" for w in ("canadien", "canadienne", "canadiens", "canadiennes")},
    **{w: "Mexico" for w in ("mexicain", "mexicaine", "mexicains", "mexicaines")},
    **{w: "Brazil" for w in ("brésilien", "brésilienne", "brésiliens", "brésiliennes")},
    **{w: "India" for w in ("indien", "indienne", "indiens", "indiennes")},
    **{w: "Pakistan" for w in ("pakistanais", "pakistanaise", "pakistanaises")},
    **{w: "Afghanistan" for w in ("afghan", "afghane", "afghans", "afghanes")},
    **{w: "Kuwait" for w in ("koweïtien", "koweïtienne", "koweïtiens")},
    **{w: "Qatar" for w in ("qatari", "qatarie", "qataris", "qatarien", "qatarienne")},
    **{w: "Jordan" for w in ("jordanien", "jordanienne", "jordaniens")},
    **{w: "Yemen" for w in ("yéménite", "yéménites")},
    **{w: "Mali" for w in ("malien", "malienne", "maliens", "maliennes")},
    **{w: "Algeria" for w in ("algérien", "algérienne", "algériens", "algériennes")},
    **{w: "Morocco" for w in ("marocain", "marocaine", "marocains", "marocaines")},
    **{w: "Tunisia" for w in ("tunisien", "tunisienne", "tunisiens", "tunisiennes")},
    **{w: "Libya" for w in ("libyen", "libyenne", "libyens", "libyennes")},
    **{w: "Sudan" for w in ("soudanais", "soudanaise", "soudanaises")},
    **{w: "Ethiopia" for w in ("éthiopien", "éthiopienne", "éthiopiens")},
    **{w: "Belgium" for w in ("belge", "belges")},
    **{w: "Switzerland" for w in ("suisse", "suisses")},
    **{w: "Poland" for w in ("polonais", "polonaise", "polonaises")},
    **{w: "Venezuela" for w in ("vénézuélien", "vénézuélienne", "vénézuéliens")},
    **{w: "Hungary" for w in ("hongrois", "hongroise", "hongroises")},
    **{w: "Netherlands" for w in ("néerlandais", "néerlandaise", "néerlandaises")},
    **{w: "Sweden" for w in ("suédois", "suédoise", "suédoises")},
    **{w: "Norway" for w in ("norvégien", "norvégienne", "norvégiens")},
    **{w: "Denmark" for w in ("danois", "danoise", "danoises")},
    **{w: "Finland" for w in ("finlandais", "finlandaise", "finlandaises")},
    **{w: "Austria" for w in ("autrichien", "autrichienne", "autrichiens")},
    **{w: "Portugal" for w in ("portugais", "portugaise", "portugaises")},
    **{w: "Greece" for w in ("grec", "grecque", "grecs", "grecques")},
    **{w: "Romania" for w in ("roumain", "roumaine", "roumains")},
    **{w: "Serbia" for w in ("serbe", "serbes")}, **{w: "Armenia" for w in ("arménien", "arménienne")},
    **{w: "Azerbaijan" for w in ("azerbaïdjanais", "azerbaïdjanaise")},
    **{w: "Georgia" for w in ("géorgien", "géorgienne")}, **{w: "Belarus" for w in ("biélorusse", "bélarusse")},
    **{w: "Senegal" for w in ("sénégalais", "sénégalaise")}, **{w: "Chad" for w in ("tchadien", "tchadienne")},
    **{w: "Burkina Faso" for w in ("burkinabè", "burkinabé")}, **{w: "Nigeria" for w in ("nigérian", "nigériane")},
    **{w: "Ivory Coast" for w in ("ivoirien", "ivoirienne", "ivoiriens")},
    **{w: "Congo" for w in ("congolais", "congolaise")}, **{w: "Cameroon" for w in ("camerounais", "camerounaise")},
    **{w: "Argentina" for w in ("argentin", "argentine", "argentins")},
    **{w: "Colombia" for w in ("colombien", "colombienne")}, **{w: "Chile" for w in ("chilien", "chilienne")},
    **{w: "Australia" for w in ("australien", "australienne")}, **{w: "Indonesia" for w in ("indonésien", "indonésienne")},
    **{w: "Vietnam" for w in ("vietnamien", "vietnamienne")}, **{w: "Taiwan" for w in ("taïwanais", "taïwanaise")},
    **{w: "Thailand" for w in ("thaïlandais", "thaïlandaise")}, **{w: "Philippines" for w in ("philippin", "philippine")},
    **{w: "South Africa" for w in ("sud-africain", "sud-africaine")},
    **{w: "Emirates" for w in ("émirien", "émirienne", "émirati")},
    **{w: "Bahrain" for w in ("bahreïni", "bahreïnien")}, **{w: "Oman" for w in ("omanais", "omanaise")},
    **{w: "Kosovo" for w in ("kosovar", "kosovare")}, **{w: "Bosnia" for w in ("bosnien", "bosnienne")},
    **{w: "Czech Republic" for w in ("tchèque", "tchèques")}, **{w: "Slovakia" for w in ("slovaque", "slovaques")},
    **{w: "Ireland" for w in ("irlandais", "irlandaise")}, **{w: "Luxembourg" for w in ("luxembourgeois",)},
    **{w: "Kazakhstan" for w in ("kazakh", "kazakhe")}, **{w: "Moldova" for w in ("moldave", "moldaves")},
    **{w: "North Korea" for w in ("nord-coréen", "nord-coréenne", "nord-coréens")},
    **{w: "South Korea" for w in ("sud-coréen", "sud-coréenne", "sud-coréens")},
    **{w: "European Union" for w in ("européen", "européenne", "européens", "européennes")},
    **{w: "United Nations" for w in ("onusien", "onusienne", "onusiens")},
    # (sport and the news of smaller countries: « le Slovène », « le Croate », « la Kényane »)
    **{w: "Slovenia" for w in ("slovène", "slovènes")},
    **{w: "Croatia" for w in ("croate", "croates")},
    **{w: "Kenya" for w in ("kényan", "kényane", "kényans", "kényanes", "kenyan", "kenyane", "kenyans", "kenyanes")},
    **{w: "Jamaica" for w in ("jamaïcain", "jamaïcaine", "jamaïcains", "jamaïcaines")},
}
# short forms used in the ids of unnamed sources ("anonymous US official")
SHORT_NAMES = {"United States": "US", "United Kingdom": "UK", "European Union": "EU",
               "United Nations": "UN"}
# particles inside personal names: "Abu Mahdi al-Muhandis", "Ursula von der Leyen"
NAME_PARTICLES = ("al", "el", "ben", "bin", "ibn", "abu", "abou", "von", "van", "der", "den", "de", "del",
                  "della", "da", "di", "du", "d", "le", "la", "ter", "bou", "ould", "ag", "mac", "st")
# lowercase endings glued to a name by an apostrophe: the Breton "c'h" ("Guivarc'h", "Le Bec'h")
NAME_APOSTROPHE_TAILS = ("h",)
# lowercase words between the hyphens of a compound place name: "Tarn-et-Garonne", "Aix-en-Provence",
# "Saint-Étienne-du-Rouvray", "Boulogne-sur-Mer", "Villeneuve-lès-Avignon", "Val-d'Oise"
HYPHEN_LINKS = ("et", "en", "sur", "sous", "lès", "lez", "les", "le", "la", "l", "de", "du", "des", "d",
                "au", "aux")
# mots en minuscules qui font d'un nom avant eux un adjectif composé (« l'ère Emmanuel Macron-compatible »
# est rare ; « Lee Jae-myung », « Kim Jong-un » : la seconde syllabe d'un prénom)
NAME_COMPOUND_SUFFIXES = ("compatible", "sceptique", "style", "bis")

# organisations non gouvernementales dont le nom a des mots en minuscules (« Médecins sans frontières »)
for _name, _forms in (("Médecins sans frontières", ("Médecins sans frontières", "Médecins Sans Frontières", "MSF")),
                      ("Reporters sans frontières", ("Reporters sans frontières", "Reporters Sans Frontières", "RSF")),
                      ("Médecins du monde", ("Médecins du monde", "Médecins du Monde")),
                      ("Action contre la faim", ("Action contre la faim", "Action contre la Faim"))):
    for _n in _forms:
        GAZETTEER.setdefault(_n, (_name, "organization", "s"))

# organisations internationales et régionales : (nom commun aux deux langues, ses formes)
for _name, _forms in (
        ("African Union", ("l'Union africaine", "Union africaine", "l'UA")),
        ("ECOWAS", ("la Cédéao", "la CEDEAO", "Cédéao", "CEDEAO",
                    "la Communauté économique des États de l'Afrique "
                    "de l'Ouest", "la Communauté économique des Etats de l'Afrique de l'Ouest")),
        ("Arab League", ("la Ligue arabe", "Ligue arabe")),
        ("UN Security Council", ("le Conseil de sécurité de l'ONU", "le Conseil de sécurité des Nations unies",
                                 "le Conseil de sécurité")),
        ("UN General Assembly", ("l'Assemblée générale de l'ONU", "l'Assemblée générale des Nations unies")),
        ("UNHCR", ("le HCR", "le Haut-Commissariat des Nations unies pour les réfugiés",
                   "le Haut-Commissariat aux réfugiés")),
        ("World Food Programme", ("le PAM", "le Programme alimentaire mondial")),
        ("OCHA", ("l'Ocha", "l'OCHA", "le Bureau de la coordination des affaires humanitaires")),
        ("UNESCO", ("l'Unesco", "l'UNESCO")),
        ("Food and Agriculture Organization", ("la FAO", "l'Organisation des Nations unies pour l'alimentation et "
                                               "l'agriculture")),
        ("UNDP", ("le PNUD", "le Programme des Nations unies pour le développement")),
        ("ILO", ("l'OIT", "l'Organisation internationale du travail")),
        ("WMO", ("l'OMM", "l'Organisation météorologique mondiale")),
        ("International Organization for Migration", ("l'OIM", "l'Organisation internationale pour les migrations")),
        ("OSCE", ("l'OSCE",)), ("ASEAN", ("l'Asean", "l'ASEAN")), ("OPEC", ("l'Opep", "l'OPEP")),
        ("MONUSCO", ("la Monusco", "la MONUSCO")), ("UNIFIL", ("la Finul", "la FINUL")),
        ("UNRWA", ("l'Unrwa", "l'UNRWA")), ("Frontex", ("Frontex",)), ("Europol", ("Europol",)),
        ("Interpol", ("Interpol",)),
        ("European Parliament", ("le Parlement européen", "Parlement européen")),
        ("European Council", ("le Conseil européen",)),
        ("Council of Europe", ("le Conseil de l'Europe",))):
    for _n in _forms:
        GAZETTEER.setdefault(_n, (_name, "organization", "s"))

# les autres États : (pays, ses noms avec leur article, sa capitale) ; le nom sans article vaut aussi
# (« au Kenya », « en Colombie ») ; un nom ou une capitale partagé avec un prénom ou une autre ville est
# laissé de côté
# les capitales du répertoire : des villes qui parlent pour leur État (« Washington a annoncé »), mais le lieu
# où une chose s'est passée après un mot de lieu (« ont manifesté à Tbilissi », "in Paris")
CAPITALS = {"Washington", "Téhéran", "Bagdad", "Paris", "Moscou", "Pékin", "Beijing", "Londres", "Berlin", "Damas",
            "Ankara", "Ryad", "Riyad", "Kiev", "Kyiv", "Beyrouth", "Le Caire", "Tokyo", "Rome", "Madrid", "Ottawa",
            "New Delhi", "Islamabad", "Kaboul", "Doha", "Amman", "Pyongyang", "Séoul", "Bamako", "Alger", "Rabat",
            "Tripoli", "Khartoum", "Brasilia", "Caracas", "La Havane", "Niamey", "Berne", "Varsovie"}
for _country, _names, _capitals in (
        ("Nigeria", "le Nigeria|le Nigéria", "Abuja"),
        ("Kenya", "le Kenya", "Nairobi"),
        ("Somalia", "la Somalie", "Mogadiscio"),
        ("South Africa", "l'Afrique du Sud", "Pretoria"),
        ("Eritrea", "l'Érythrée", "Asmara"),
        ("South Sudan", "le Soudan du Sud", "Juba"),
        ("Uganda", "l'Ouganda", "Kampala"),
        ("Rwanda", "le Rwanda", "Kigali"),
        ("Burundi", "le Burundi", "Gitega"),
        ("Tanzania", "la Tanzanie", "Dodoma"),
        ("Mozambique", "le Mozambique", "Maputo"),
        ("Zimbabwe", "le Zimbabwe", "Harare"),
        ("Zambia", "la Zambie", "Lusaka"),
        ("Angola", "l'Angola", "Luanda"),
        ("Namibia", "la Namibie", "Windhoek"),
        ("Botswana", "le Botswana", "Gaborone"),
        ("Madagascar", "Madagascar", "Antananarivo"),
        ("Malawi", "le Malawi", "Lilongwe"),
        ("Ghana", "le Ghana", "Accra"),
        ("Senegal", "le Sénégal", "Dakar"),
        ("Ivory Coast", "la Côte d'Ivoire", "Abidjan"),
        ("Burkina Faso", "le Burkina Faso|le Burkina", "Ouagadougou"),
        ("Cameroon", "le Cameroun", "Yaoundé"),
        ("Gabon", "le Gabon", "Libreville"),
        ("Benin", "le Bénin", "Porto-Novo|Cotonou"),
        ("Togo", "le Togo", "Lomé"),
        ("Sierra Leone", "la Sierra Leone", "Freetown"),
        ("Liberia", "le Liberia", "Monrovia"),
        ("Mauritania", "la Mauritanie", "Nouakchott"),
        ("Gambia", "la Gambie", "Banjul"),
        ("Central African Republic", "la Centrafrique|la République centrafricaine", "Bangui"),
        ("Guinea", "la Guinée", "Conakry"),
        ("Guinea-Bissau", "la Guinée-Bissau", "Bissau"),
        ("Equatorial Guinea", "la Guinée équatoriale", "Malabo"),
        ("Djibouti", "Djibouti", ""),
        ("Chad", "le Tchad", "N'Djamena"),
        ("Congo", "la RDC|la République démocratique du Congo|RDC", "Kinshasa"),
        ("Republic of Congo", "le Congo-Brazzaville", "Brazzaville"),
        ("Indonesia", "l'Indonésie", "Jakarta"),
        ("Philippines", "les Philippines", "Manille"),
        ("Vietnam", "le Vietnam|le Viêt Nam", "Hanoï"),
        ("Thailand", "la Thaïlande", "Bangkok"),
        ("Cambodia", "le Cambodge", "Phnom Penh"),
        ("Laos", "le Laos", "Vientiane"),
        ("Myanmar", "la Birmanie|le Myanmar", "Naypyidaw"),
        ("Bangladesh", "le Bangladesh", "Dacca|Dhaka"),
        ("Sri Lanka", "le Sri Lanka", ""),
        ("Nepal", "le Népal", "Katmandou"),
        ("Taiwan", "Taïwan", "Taipei"),
        ("Mongolia", "la Mongolie", "Oulan-Bator"),
        ("Malaysia", "la Malaisie", "Kuala Lumpur"),
        ("Singapore", "Singapour", ""),
        ("Australia", "l'Australie", "Canberra"),
        ("New Zealand", "la Nouvelle-Zélande", ""),
        ("Emirates", "les Émirats arabes unis|les Émirats", "Abou Dhabi|Abu Dhabi"),
        ("Bahrain", "Bahreïn", "Manama"),
        ("Oman", "Oman", "Mascate"),
        ("Yemen", "", "Sanaa"),
        ("Cyprus", "Chypre", "Nicosie"),
        ("Armenia", "l'Arménie", "Erevan"),
        ("Azerbaijan", "l'Azerbaïdjan", "Bakou"),
        ("Georgia", "la Géorgie", "Tbilissi"),
        ("Netherlands", "les Pays-Bas", "La Haye"),
        ("Austria", "l'Autriche", ""),
        ("Sweden", "la Suède", "Stockholm"),
        ("Norway", "la Norvège", "Oslo"),
        ("Denmark", "le Danemark", "Copenhague"),
        ("Finland", "la Finlande", "Helsinki"),
        ("Iceland", "l'Islande", "Reykjavik"),
        ("Ireland", "l'Irlande", "Dublin"),
        ("Northern Ireland", "l'Irlande du Nord", ""),
        ("Scotland", "l'Écosse", ""),
        ("Wales", "le pays de Galles", ""),
        ("Portugal", "le Portugal", "Lisbonne"),
        ("Greece", "la Grèce", "Athènes"),
        ("Hungary", "la Hongrie", "Budapest"),
        ("Romania", "la Roumanie", "Bucarest"),
        ("Bulgaria", "la Bulgarie", ""),
        ("Serbia", "la Serbie", "Belgrade"),
        ("Croatia", "la Croatie", "Zagreb"),
        ("Slovenia", "la Slovénie", "Ljubljana"),
        ("Bosnia", "la Bosnie|la Bosnie-Herzégovine", "Sarajevo"),
        ("Montenegro", "le Monténégro", "Podgorica"),
        ("North Macedonia", "la Macédoine du Nord", "Skopje"),
        ("Albania", "l'Albanie", "Tirana"),
        ("Kosovo", "le Kosovo", "Pristina"),
        ("Moldova", "la Moldavie", "Chisinau"),
        ("Belarus", "le Bélarus|la Biélorussie", "Minsk"),
        ("Czech Republic", "la République tchèque|la Tchéquie", "Prague"),
        ("Slovakia", "la Slovaquie", "Bratislava"),
        ("Luxembourg", "le Luxembourg", ""),
        ("Malta", "Malte", "La Valette"),
        ("Vatican", "le Vatican|le Saint-Siège", ""),
        ("Colombia", "la Colombie", "Bogota"),
        ("Peru", "le Pérou", "Lima"),
        ("Chile", "le Chili", "Santiago"),
        ("Argentina", "l'Argentine", "Buenos Aires"),
        ("Bolivia", "la Bolivie", "La Paz"),
        ("Ecuador", "l'Équateur", "Quito"),
        ("Paraguay", "le Paraguay", "Asuncion"),
        ("Uruguay", "l'Uruguay", "Montevideo"),
        ("Guyana", "le Guyana", ""),
        ("Suriname", "le Suriname", ""),
        ("Panama", "le Panama", ""),
        ("Costa Rica", "le Costa Rica", ""),
        ("Nicaragua", "le Nicaragua", "Managua"),
        ("Honduras", "le Honduras", "Tegucigalpa"),
        ("El Salvador", "le Salvador", "San Salvador"),
        ("Guatemala", "le Guatemala", ""),
        ("Haiti", "Haïti", "Port-au-Prince"),
        ("Dominican Republic", "la République dominicaine", "Saint-Domingue"),
        ("Jamaica", "la Jamaïque", ""),
        ("Bhutan", "le Bhoutan", "Thimphou"),
        ("Maldives", "les Maldives", ""),
        ("Niger", "", "Niamey"),
        ("Mali", "", "Bamako"),
        ("Tunisia", "", "Tunis"),
        ("Ethiopia", "", "Addis Abeba")):
    for _n in (_names.split("|") if _names else ()):
        GAZETTEER.setdefault(_n, (_country, "government", "p" if _n.startswith("les ") else "s"))
        _bare = _n.split(" ", 1)[1] if _n.startswith(("le ", "la ", "les ")) else (
            _n[2:] if _n.startswith("l'") else None)
        if _bare is not None and _bare not in ("Salvador",):
            GAZETTEER.setdefault(_bare, (_country, "government", "s"))
    for _n in (_capitals.split("|") if _capitals else ()):
        GAZETTEER.setdefault(_n, (_country, "government", "s"))
        CAPITALS.add(_n)

# Asie centrale et pays baltes : pays, capitales et gentilés
for _country, _names, _capital, _demonyms in (
        ("Kyrgyzstan", ("Kirghizstan", "le Kirghizstan"), "Bichkek", ("kirghiz", "kirghize", "kirghizes")),
        ("Tajikistan", ("Tadjikistan", "le Tadjikistan"), "Douchanbé", ("tadjik", "tadjike", "tadjiks", "tadjikes")),
        ("Uzbekistan", ("Ouzbékistan", "l'Ouzbékistan"), "Tachkent", ("ouzbek", "ouzbèke", "ouzbeks", "ouzbèkes")),
        ("Turkmenistan", ("Turkménistan", "le Turkménistan"), "Achgabat", ("turkmène", "turkmènes")),
        ("Kazakhstan", ("Kazakhstan", "le Kazakhstan"), "Astana", ()),
        ("Lithuania", ("Lituanie", "la Lituanie"), "Vilnius", ("lituanien", "lituanienne", "lituaniens", "lituaniennes")),
        ("Latvia", ("Lettonie", "la Lettonie"), "Riga", ("letton", "lettone", "lettons", "lettones")),
        ("Estonia", ("Estonie", "l'Estonie"), "Tallinn", ("estonien", "estonienne", "estoniens", "estoniennes"))):
    for _n in (*_names, _capital):
        GAZETTEER.setdefault(_n, (_country, "government", "s"))
    CAPITALS.add(_capital)
    for _d in _demonyms:
        DEMONYMS.setdefault(_d, _country)

# d'autres gentilés (masculin singulier, le reste en est tiré : « birman », « birmane », « birmans », « birmanes »)
for _country, _demonyms in (
        ("Myanmar", "birman"), ("Sri Lanka", "sri-lankais srilankais"), ("Azerbaijan", "azéri"),
        ("Somalia", "somalien"), ("Niger", "nigérien"), ("Eritrea", "érythréen"), ("South Sudan", "sud-soudanais"),
        ("Bulgaria", "bulgare"), ("Peru", "péruvien"), ("Bolivia", "bolivien"),
        ("Cuba", "cubain"), ("Haiti", "haïtien"), ("Nicaragua", "nicaraguayen"), ("Ecuador", "équatorien"),
        ("New Zealand", "néo-zélandais"), ("Zimbabwe", "zimbabwéen"), ("Mozambique", "mozambicain"),
        ("Rwanda", "rwandais"), ("Uganda", "ougandais"), ("Gabon", "gabonais"), ("Mauritania", "mauritanien"),
        ("Bangladesh", "bangladais"), ("Nepal", "népalais")):
    for _d in _demonyms.split():
        if _d.endswith("ien"):
            _forms = (_d, _d + "ne", _d + "s", _d + "nes")
        elif _d.endswith(("ais", "s")):
            _forms = (_d, _d + "e", _d + "es")
        elif _d.endswith("e"):
            _forms = (_d, _d + "s")
        else:
            _forms = (_d, _d + "e", _d + "s", _d + "es")
        for _f in _forms:
            DEMONYMS.setdefault(_f, _country)

# role nouns of unnamed individuals, named in English in the entity of an anonymous source
# ("une infirmière du service" -> "anonymous nurse", "un sauveteur italien" -> "anonymous rescuer")
ROLE_NOUNS = {
    "infirmier": "nurse", "infirmière": "nurse", "sage-femme": "midwife", "sages-femmes": "midwife", "soignant": "carer", "soignante": "carer",
    "médecin": "doctor", "chirurgien": "surgeon", "chirurgienne": "surgeon",
    "sauveteur": "rescuer", "sauveteuse": "rescuer", "secouriste": "rescuer", "pompier": "firefighter",
    "gendarme": "gendarme", "surveillant": "prison guard", "surveillante": "prison guard",
    "gardien": "guard", "gardienne": "guard", "douanier": "customs officer", "douanière": "customs officer",
    "soldat": "soldier", "habitant": "resident", "habitante": "resident", "riverain": "resident",
    "riveraine": "resident", "voisin": "neighbour", "voisine": "neighbour", "coureur": "rider",
    "coureuse": "rider", "joueur": "player", "joueuse": "player", "entraîneur": "coach",
    "cadre": "manager", "salarié": "employee", "salariée": "employee", "employé": "employee",
    "employée": "employee", "ouvrier": "worker", "ouvrière": "worker", "agriculteur": "farmer",
    "agricultrice": "farmer", "éleveur": "livestock farmer", "éleveuse": "livestock farmer",
    "manifestant": "protester", "manifestante": "protester", "militant": "activist",
    "militante": "activist", "syndicaliste": "trade unionist", "commerçant": "shopkeeper",
    "commerçante": "shopkeeper", "enseignant": "teacher", "enseignante": "teacher",
    "professeur": "teacher", "étudiant": "student", "étudiante": "student", "chercheur": "researcher",
    "chercheuse": "researcher", "passager": "passenger", "passagère": "passenger",
    "voyageur": "traveller", "voyageuse": "traveller", "pêcheur": "fisherman", "chauffeur": "driver",
    "conducteur": "driver", "conductrice": "driver", "contrôleur": "ticket inspector",
    "contrôleuse": "ticket inspector", "ingénieur": "engineer", "ingénieure": "engineer",
    "fonctionnaire": "civil servant", "élu": "elected official", "élue": "elected official",
    "rescapé": "survivor", "rescapée": "survivor", "survivant": "survivor", "survivante": "survivor",
    "détenu": "inmate", "détenue": "inmate", "réfugié": "refugee", "réfugiée": "refugee",
    "arboriculteur": "fruit grower", "arboricultrice": "fruit grower", "viticulteur": "winegrower",
    "viticultrice": "winegrower", "maraîcher": "market gardener", "maraîchère": "market gardener",
    "gérant": "manager", "gérante": "manager",
    "volcanologue": "volcanologist", "sismologue": "seismologist", "géologue": "geologist",
    "climatologue": "climatologist", "glaciologue": "glaciologist", "virologue": "virologist",
    "épidémiologiste": "epidemiologist", "biologiste": "biologist", "microbiologiste": "microbiologist",
    "immunologiste": "immunologist", "immunologue": "immunologist",
    "infectiologue": "infectious disease specialist", "toxicologue": "toxicologist",
    "océanographe": "oceanographer",
    # les lettres, les arts et le sport (« a déclaré le romancier de 54 ans », « a rappelé la skieuse »)
    "romancier": "novelist", "romancière": "novelist", "écrivain": "writer", "écrivaine": "writer",
    "auteur": "author", "autrice": "author", "lauréat": "laureate", "lauréate": "laureate",
    "cinéaste": "filmmaker", "réalisateur": "film director", "réalisatrice": "film director",
    "chanteur": "singer", "chanteuse": "singer", "comédien": "actor", "comédienne": "actor",
    "acteur": "actor", "actrice": "actor", "cycliste": "cyclist", "nageur": "swimmer", "nageuse": "swimmer",
    "skieur": "skier", "skieuse": "skier", "alpiniste": "climber", "navigateur": "sailor",
    "navigatrice": "sailor", "champion": "champion", "championne": "champion", "tennisman": "tennis player",
    "footballeur": "footballer", "footballeuse": "footballer", "athlète": "athlete",
}

# prénoms et le genre qu'ils indiquent, pour les personnes nommées sans titre (« Hélène ... a-t-elle
# écrit »); les prénoms mixtes sont exclus
_FEMALE_NAMES = """
Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Monique Valérie Sandrine Sophie Véronique
Martine Nicole Stéphanie Céline Julie Aurélie Camille Chloé Emma Léa Manon Sarah Laura Pauline Élodie
Émilie Claire Hélène Anne Brigitte Jacqueline Michèle Sabine Caroline Agnès Amélie Élisabeth Elisabeth
Ségolène Marine Rachida Najat Aurore Clémentine Mathilde Charlotte Juliette Louise Alice Inès Jeanne
Lucie Margaux Anaïs Océane Clara Élise Laurence Florence Patricia Corinne Karine Virginie Delphine
Laetitia Fatima Samira Nadia Leïla Yasmina Agathe Ursula Angela Kamala Giorgia Maud Maëlle Solène Gaëlle
Annie Odile Danielle Yvette Paulette Simone Marion Audrey Amandine Amélie Cécile Chantal Colette Éliane
Geneviève Ginette Josiane Madeleine Muriel Myriam Noémie Rose Sandra Yasmine Zoé Aude Bérénice Hortense
"""
_MALE_NAMES = """
Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Daniel Bernard Éric Eric Frédéric Laurent
Stéphane David Pascal Sébastien Julien Thierry Olivier Christian Jacques Thomas Vincent François Gérard
Didier Bruno Marc Emmanuel Benoît Yves Guillaume Antoine Mathieu Maxime Alexandre Hugo Lucas Louis
Gabriel Arthur Jules Raphaël Paul Léo Adam Nathan Théo Bertrand Gilles Hervé Denis Henri Georges André
René Roger Édouard Gérald Xavier Fabien Cédric Jérôme Arnaud Damien Romain Kévin Yannick Mohamed Ahmed
Karim Rachid Mehdi Youssef Rémi Loïc Tristan Adrien Baptiste Clément Florian Quentin Valentin Victor
Joseph Marcel Lionel Manuel Fabrice Ludovic Régis Franck Yann Ali Omar Vladimir Volodymyr Donald Joe
Barack Boris Olaf Gaston Raymond Robert Serge Thibault Bastien Benjamin Étienne Jordan Luc Martin
Matthieu Mickaël Nicolas Rodolphe Sylvain Vianney Wilfried Yohan Aymeric Gauthier Grégoire Hubert
"""
FIRST_NAME_GENDERS = {**{n: "f" for n in _FEMALE_NAMES.split()}, **{n: "m" for n in _MALE_NAMES.split()}}

# les villes dont le nom français diffère du nom anglais, avec celui-ci : le nom sous lequel une ville est
# comparée d'une langue à l'autre (« Bagdad » et "Baghdad" sont une ville) ; les accents, la casse et les
# traits d'union ne comptent pas (« Tel-Aviv », "Tel Aviv" ; « Hébron », "Hebron")
TOWN_NAMES = {
    "Bagdad": "Baghdad", "Téhéran": "Tehran", "Moscou": "Moscow", "Pékin": "Beijing", "Londres": "London",
    "Damas": "Damascus", "Ryad": "Riyadh", "Riyad": "Riyadh", "Kiev": "Kyiv", "Beyrouth": "Beirut",
    "Le Caire": "Cairo", "Kaboul": "Kabul", "Séoul": "Seoul", "Alger": "Algiers", "La Havane": "Havana",
    "Berne": "Bern", "Varsovie": "Warsaw", "Tbilissi": "Tbilisi", "Saint-Domingue": "Santo Domingo",
    "Thimphou": "Thimphu", "Addis Abeba": "Addis Ababa", "Bichkek": "Bishkek", "Douchanbé": "Dushanbe",
    "Tachkent": "Tashkent", "Achgabat": "Ashgabat", "Mogadiscio": "Mogadishu", "Manille": "Manila",
    "Katmandou": "Kathmandu", "Dacca": "Dhaka", "Oulan-Bator": "Ulaanbaatar", "Singapour": "Singapore",
    "Abou Dhabi": "Abu Dhabi", "Mascate": "Muscat", "Nicosie": "Nicosia", "Erevan": "Yerevan", "Bakou": "Baku",
    "La Haye": "The Hague", "Copenhague": "Copenhagen", "Lisbonne": "Lisbon", "Athènes": "Athens",
    "Bucarest": "Bucharest", "La Valette": "Valletta", "Djakarta": "Jakarta", "Rangoun": "Yangon",
    "Mossoul": "Mosul", "Bassorah": "Basra", "Alep": "Aleppo", "Naplouse": "Nablus", "Jénine": "Jenin",
    "Khan Younès": "Khan Younis", "Hodeïda": "Hodeidah", "Gandja": "Ganja", "Marioupol": "Mariupol",
    "Zaporijia": "Zaporizhzhia", "Louhansk": "Luhansk", "Boutcha": "Bucha", "Bakhmout": "Bakhmut",
    "Sébastopol": "Sevastopol", "Odessa": "Odesa", "Kharkov": "Kharkiv", "Saint-Pétersbourg": "Saint Petersburg",
    "Omdourman": "Omdurman", "Port-Soudan": "Port Sudan", "Tombouctou": "Timbuktu", "Le Cap": "Cape Town",
    "Johannesbourg": "Johannesburg", "Gênes": "Genoa", "Venise": "Venice", "Séville": "Seville",
    "Barcelone": "Barcelona", "Genève": "Geneva", "Anvers": "Antwerp", "Gand": "Ghent",
    "Édimbourg": "Edinburgh", "Cantorbéry": "Canterbury", "Douvres": "Dover", "Francfort": "Frankfurt",
    "Philadelphie": "Philadelphia", "La Nouvelle-Orléans": "New Orleans", "Nouvelle-Orléans": "New Orleans",
    "Bombay": "Mumbai", "Calcutta": "Kolkata", "Canton": "Guangzhou",
    "Dnipropetrovsk": "Dnipro",
}

# les régions, mers et continents : un lieu plus vaste qu'une ville, qui n'en distingue pas deux
# (« au Moyen-Orient », « dans le Golfe »)
REGIONS = {
    "Moyen-Orient", "Proche-Orient", "Golfe", "Europe", "Asie", "Afrique", "Amérique", "Amérique latine",
    "Amérique du Sud", "Amérique du Nord", "Océanie", "Sahel", "Maghreb", "Balkans", "Caucase", "Méditerranée",
    "Levant", "Corne de l'Afrique", "Asie centrale", "Extrême-Orient", "Pacifique", "Atlantique", "Arctique",
    "Mer Rouge", "Mer Noire", "Donbass", "Kurdistan",
}
