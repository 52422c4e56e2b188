"""French words for events: what happened, to whom, how many died (see chronique.events)."""
from .speech import conjugate as _conjugate

LANG = "fr"


def forms(lemma: str) -> list[str]:
    """Every inflected form of a verb lemma (generated)."""
    out = []
    for group in _conjugate(lemma).values():
        out.extend(group)
    return out


# verb lemmas -> trigger kind
VERBS = {
    "tuer": "kill", "abattre": "kill", "assassiner": "kill", "massacrer": "kill",
    "blesser": "wound",
    "attaquer": "attack", "bombarder": "strike", "pilonner": "strike",
    # un incendie mis exprès (« les manifestants ont incendié la résidence »)
    "incendier": "attack",
    "envahir": "storm", "saccager": "storm",
    "manifester": "protest", "défiler": "protest", "débrayer": "protest", "protester": "protest",
    "déployer": "deploy", "envoyer": "deploy", "dépêcher": "deploy", "renforcer": "deploy",
    "sanctionner": "sanction",
}
# multi-word triggers and nouns -> trigger kind
PHRASES = {
    "pris d'assaut": "storm", "prendre d'assaut": "storm", "prennent d'assaut": "storm",
    # un incendie mis exprès (« ont mis le feu à la résidence »)
    **{f"{verbe} le feu": "attack" for verbe in ("mis", "mettre", "met", "mettent", "mettaient", "mettant")},
    # la force contre une foule (« la police a tiré des gaz lacrymogènes », « des balles en caoutchouc »)
    **{f"{verbe} {quoi}": "attack" for verbe in ("tiré", "tirer", "tire", "tirent", "tiraient", "tirant")
       for quoi in ("des gaz lacrymogènes", "des grenades lacrymogènes", "des balles en caoutchouc",
                    "à balles réelles")},
    "prend d'assaut": "storm", "assaut": "storm", "intrusion": "storm",
    # (plural, the assaults of a front line: « ont intensifié leurs assauts »)
    "assauts": "attack",
    "attaque": "attack", "attaques": "attack", "attentat": "attack", "attentats": "attack",
    "tir de roquette": "attack", "tirs de roquettes": "attack", "tir de roquettes": "attack",
    "attaque à la roquette": "attack", "tirs": "attack", "explosion": "attack",
    "voiture piégée": "attack", "embuscade": "attack", "attentat-suicide": "attack", "kamikaze": "attack",
    # un dommage fait exprès (« le sabotage de dimanche soir », « un acte de sabotage »)
    "sabotage": "attack", "sabotages": "attack",
    # un meurtre nommé (« l'assassinat du président le 7 juillet 2021 »)
    "assassinat": "kill", "assassinats": "kill",
    # (manqué, une attaque)
    "tentative d'assassinat": "attack", "tentatives d'assassinat": "attack",
    # combats entre forces armées (au pluriel : « le combat contre la pauvreté » n'en est pas)
    "combats": "attack", "violents combats": "attack", "affrontements armés": "attack",
    # des heurts avec les forces de l'ordre, une invasion
    "heurts avec la police": "attack", "heurts avec les forces de l'ordre": "attack",
    "affrontements avec la police": "attack", "affrontements avec les forces de l'ordre": "attack",
    "ont affronté la police": "attack", "ont affronté les forces de l'ordre": "attack",
    # des heurts qui éclatent (« des heurts ont aussi éclaté devant le Parlement ») : un fait, même sans bilan
    **{f"{nom} {verbe}": "attack" for nom in ("heurts", "affrontements", "échauffourées", "combats")
       for verbe in ("ont éclaté", "avaient éclaté", "éclatent", "éclataient", "ont aussi éclaté",
                     "ont également éclaté", "ont de nouveau éclaté", "ont à nouveau éclaté")},
    "invasion": "storm",
    # une entrée armée sur un territoire (« ont lancé une incursion dans la région de Koursk »)
    "incursion": "storm", "incursions": "storm",
    "raid aérien": "strike", "raids aériens": "strike", "frappe aérienne": "strike",
    "frappes aériennes": "strike", "frappes": "strike", "frappe": "strike",
    "bombardement": "strike", "bombardements": "strike",
    # une poussée militaire (« ont lancé une offensive sur El-Fasher » ; non « une offensive diplomatique » :
    # TRIGGER_COMPOUNDS)
    "offensive": "attack", "offensives": "attack", "contre-offensive": "attack",
    "sit-in": "protest", "manifestation": "protest", "manifestations": "protest",
    # « une journée de mobilisation » : un jour de manifestations
    "journée de mobilisation": "protest", "journées de mobilisation": "protest",
    # la foule dans la rue (« Des milliers de personnes sont descendues dans la rue », « appellent à descendre
    # dans la rue »), au pluriel seulement : « Il est descendu dans la rue acheter du pain »
    **{f"{verbe} dans {lieu}": "protest"
       for verbe in ("descendre", "descendus", "descendues", "descendent", "descendaient", "descendront",
                     "redescendre", "redescendus", "redescendues", "redescendent", "redescendaient")
       for lieu in ("la rue", "les rues")},
    # des manifestants rassemblés : une manifestation (« des manifestants se sont rassemblés devant l'ambassade »)
    "manifestants se sont rassemblés": "protest", "manifestants ont défilé": "protest",
    "manifestants se sont réunis": "protest",
    "rassemblement": "protest", "protestations": "protest",
    # une grève (« une grève générale a paralysé le pays », « les cheminots sont en grève ») : une protestation
    "grève": "protest", "grèves": "protest",
    "déploiement": "deploy", "renforts": "deploy",
    "sanctions": "sanction",
    # un cessez-le-feu (un événement seulement là où il est conclu, décrété ou en vigueur : voir TRUCE_VERBS)
    "cessez-le-feu": "ceasefire", "trêve": "ceasefire", "trêves": "ceasefire", "armistice": "ceasefire",
    "pause humanitaire": "ceasefire",
}
# mots après un déclencheur qui en font un nom d'un autre sens (« une offensive diplomatique »)
TRIGGER_COMPOUNDS = {w: ("diplomatique", "diplomatiques", "commerciale", "commerciales", "médiatique",
                         "médiatiques", "politique", "politiques", "juridique", "judiciaire", "législative",
                         "verbale", "publicitaire") for w in ("offensive", "offensives")}
# mots juste avant un déclencheur (ou avant sa préposition élidée) qui en font le nom d'autre chose : une arme,
# une troupe (« deux fusils d'assaut », « des chars d'assaut »)
TRIGGER_VETO_BEFORE = {"assaut": ("fusil", "fusils", "char", "chars", "troupes", "navire", "navires", "véhicule",
                                  "véhicules", "hélicoptère", "hélicoptères", "péniche", "péniches")}
# noms de violences qui ne font un événement qu'avec un bilan dans leur phrase (« Des affrontements ont
# fait six morts » ; « des affrontements verbaux », aucun)
TOLL_NOUNS = ("affrontements", "heurts", "fusillade", "fusillades", "violences", "accrochages", "échauffourées")
# verbes qui ne disent une frappe que si la force en est le sujet ou l'objet (« Israël a frappé des
# cibles du Hezbollah », « Kiev a été frappée par des missiles », pas « frappé par la crise ») : un
# déclencheur seulement avec, peu avant, un lieu, une armée, des troupes ou une arme (MILITARY_SUBJECTS)
# et, peu après, un lieu, une arme ou une cible militaire (STRIKE_OBJECTS), sans STRIKE_VETO_AFTER
CONDITIONAL_VERBS = {"frapper": "strike", "cibler": "strike", "pilonner": "strike"}
# verbes qui disent une manifestation seulement avec une foule (CROWD_NOUNS) pour sujet, peu avant
# (« des agriculteurs bloquaient plusieurs axes » ; pas « le Sénat a bloqué le texte »)
CROWD_CONDITIONAL_VERBS = {"bloquer": "protest",
                           # un bâtiment tenu par une foule (« les manifestants qui occupaient le palais »)
                           "occuper": "protest"}
# les seules foules qui font de certains de ces verbes une manifestation (« des étudiants occupent la
# faculté » ; pas « les femmes occupent un tiers des sièges », « des habitants occupaient les logements »)
CROWD_VERB_SUBJECTS = {"occuper": ("manifestants", "manifestantes", "protestataires", "grévistes", "militants",
                                   "militantes", "étudiants", "étudiantes")}
# les seuls mots qui peuvent séparer une telle foule de son verbe (avec une date) : « les manifestants qui
# occupaient depuis samedi », « des étudiants ont de nouveau occupé »
CROWD_SUBJECT_GAP = ("qui", "ont", "avaient", "avait", "a", "toujours", "encore", "aussi", "également",
                     "de", "nouveau", "brièvement", "continuent", "continuaient", "d", "'", "’", "depuis")
# verbes de protestation qui disent aussi une plainte : avec une organisation nommée pour sujet, une plainte,
# pas une foule (« la CGT-Cheminots et SUD-Rail protestent contre le projet » ; « la CGT a manifesté » défile)
COMPLAINT_VERB_STEMS = ("protest",)
# ... ni après une préposition (« accusés de bloquer ») ; un participe passé juste après son nom le décrit
# (« les personnes bloquées »)
CROWD_VERB_BLOCKERS = ("de", "d")
ADJECTIVAL_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
MILITARY_SUBJECTS = ("armée", "aviation", "avions", "chasseurs", "bombardiers", "forces", "militaires",
                     "artillerie", "marine", "soldats", "troupes", "combattants", "rebelles", "insurgés",
                     "jihadistes", "djihadistes", "milices", "miliciens", "drones", "missiles", "roquettes")
STRIKE_OBJECTS = ("cible", "cibles", "position", "positions", "site", "sites", "installation", "installations",
                  "infrastructure", "infrastructures", "dépôt", "dépôts", "base", "bases", "bastion", "bastions",
                  "convoi", "convois", "centrale", "centrales", "raffinerie", "raffineries", "immeuble",
                  "immeubles", "bâtiment", "bâtiments", "hôpital", "hôpitaux", "école", "écoles", "camp", "camps",
                  "quartier", "quartiers", "village", "villages", "ville", "villes", "réseau")
# mots de l'instrument d'un verbe qui ne dit une frappe qu'à côté de la force : un des STRIKE_VETO_AFTER dans les
# trois mots après l'un d'eux n'en fait pas une (« frappe la flotte fantôme de nouvelles sanctions »)
INSTRUMENT_LINKS = ("de", "par")
STRIKE_VETO_AFTER = ("amende", "amendes", "interdiction", "taxe", "taxes", "droits", "sanctions", "crise",
                     "record")
# verbes qui font d'un cessez-le-feu un événement (conclu, décrété, en vigueur), sous toutes leurs
# formes engendrées, et mots qui disent de même (« entré en vigueur ») ; un cessez-le-feu autrement
# nommé (« des pourparlers sur une trêve ») n'en est pas un
TRUCE_VERBS = ("conclure", "décréter", "annoncer", "signer", "accepter", "proclamer", "instaurer", "négocier",
               "obtenir", "débuter", "commencer", "respecter", "ordonner", "sceller")
TRUCE_WORDS = ("vigueur", "accord", "effectif", "effective")
# mots juste avant un cessez-le-feu qui en font une demande, une rupture ou un sujet, pas un fait
TRUCE_BLOCKERS = ("appel", "appels", "appelé", "appelle", "appellent", "appeler", "réclame", "réclament",
                  "réclamé", "exige", "exigent", "exigé", "demande", "demandent", "demandé", "violation",
                  "violations", "violé", "viole", "violent", "rompu", "rompt", "rupture", "rejeté", "rejette",
                  "sans",
                  # « un accord de paix plutôt qu'une trêve », « au lieu d'un cessez-le-feu »
                  "plutôt", "lieu",
                  # « n'ont pas réussi à s'entendre sur un cessez-le-feu », « ont échoué à conclure une trêve »
                  "échoué", "échouent", "refusé", "refusent", "réussi")
# words that make a protest violent ("la violente manifestation")
VIOLENT = ("violent", "violente", "violents", "violentes", "violemment", "heurts")
# the targets that make an attack an attack on a diplomatic mission
DIPLOMATIC = ("ambassade", "ambassades", "consulat", "consulats", "mission diplomatique",
              "représentation diplomatique", "chancellerie")
# the objects that make "envoyer" a military deployment
TROOPS = ("soldats", "troupes", "militaires", "forces", "hommes", "renforts", "marines",
          "parachutistes", "forces additionnelles", "forces supplémentaires")
# unités militaires : des troupes nommées, sans nombre de soldats (« une cinquième division », « deux brigades »)
# (ni « division » ni « brigade » seules : « la division des ventes », « la brigade des stupéfiants »)
TROOP_UNITS = ("bataillon", "bataillons", "régiment", "régiments") + tuple(
    f"{unit} {kind}" for unit, kind in (("division", "blindée"), ("divisions", "blindées"), ("brigade", "blindée"),
                                        ("brigades", "blindées"), ("division", "aéroportée"),
                                        ("divisions", "aéroportées"), ("brigade", "aéroportée"),
                                        ("brigades", "aéroportées"), ("division", "d'infanterie"),
                                        ("divisions", "d'infanterie"), ("brigade", "d'infanterie"),
                                        ("brigades", "d'infanterie"), ("brigade", "de combat"),
                                        ("brigades", "de combat")))
# casualties: nouns counted after a number ("25 morts", "12 blessés")
DEAD_NOUNS = ("morts", "mort", "mortes", "tués", "tuées", "tué", "tuée", "victimes", "décès")
WOUNDED_NOUNS = ("blessés", "blessé", "blessées", "blessée")
# mots du sort des personnes, hors morts et blessés : une négation devant eux ne nie pas l'événement
# autour (« personne n'en est sorti indemne »)
HARM_WORDS = ("indemne", "indemnes")
# auxiliaries between victims counted before a trigger and the trigger (« huit personnes ont été tuées »)
PASSIVE_WORDS = ("ont", "a", "été", "sont", "est", "avaient", "avait", "étaient", "était", "auraient", "aurait",
                 "également", "aussi")
# un déclencheur au passif (« Kiev a été frappée par des missiles russes ») : ses auxiliaires, et le mot
# avant son agent ; le lieu après ce mot est l'auteur, celui du sujet la cible
PASSIVE_AUXILIARIES = ("été", "est", "sont", "était", "étaient", "sera", "seront", "fut", "furent", "serait",
                       "seraient")
AGENT_MARKERS = ("par",)
# words after a number that make it an age (« un homme de 64 ans »)
# un relatif sujet d'un déclencheur au passif : ses victimes sont le nom qui le précède (« deux manifestants,
# qui ont été blessés »)
SUBJECT_RELATIVES = ("qui",)
# mots ouvrant une incise entre virgules dans le groupe des victimes, sautée pour atteindre leur nombre
# (« Au moins douze personnes, dont quatre civils, ont été tuées » : douze)
COUNT_ASIDES = ("dont", "parmi")
AGE_WORDS = ("ans", "an")
# engins, aéronefs et véhicules : ni des victimes (« a abattu deux drones » ; « Un hélicoptère militaire a été
# abattu ..., tuant ses quatre occupants » : un appareil, pas un mort), et un verbe meurtrier qui les a pour
# objet dit la force (« avoir abattu le Boeing ... qui s'est écrasé » : pas un accident)
CRAFT = ("hélicoptère", "hélicoptères", "avion", "avions", "appareil", "appareils", "drone", "drones", "aéronef",
         "aéronefs", "boeing", "airbus", "char", "chars", "blindé", "blindés", "véhicule", "véhicules", "navire",
         "navires", "bateau", "bateaux", "camion", "camions", "voiture", "voitures", "missile", "missiles",
         "roquette", "roquettes")
# ce qu'un nombre après un verbe meurtrier peut compter d'autre que ses victimes (« tuée de onze coups
# de couteau », « tué de deux balles », « à 12 km de la frontière »), et les engins
NOT_VICTIMS = ("coup", "coups", "balle", "balles", "reprise", "reprises", "fois", "jour", "jours", "heure",
               "heures", "minute", "minutes", "km", "kilomètres", "mètres", "%") + CRAFT
# approximate counts (« une vingtaine de morts », « des dizaines de blessés ») : (the round figure read,
# the lowest and the highest figures they cover: « des dizaines de morts » and « au moins 40 morts » tell
# one toll)
APPROXIMATE_COUNTS = {
    "dizaine de": (10, 8, 14), "dizaine d'": (10, 8, 14), "douzaine de": (12, 10, 15),
    "quinzaine de": (15, 12, 19), "vingtaine de": (20, 16, 29), "trentaine de": (30, 25, 39),
    "quarantaine de": (40, 35, 49), "cinquantaine de": (50, 45, 59), "soixantaine de": (60, 55, 69),
    "centaine de": (100, 80, 149), "centaine d'": (100, 80, 149), "millier de": (1000, 800, 1499),
    "dizaines de": (20, 20, 99), "dizaines d'": (20, 20, 99), "centaines de": (200, 200, 999),
    "centaines d'": (200, 200, 999), "milliers de": (2000, 2000, 9999), "milliers d'": (2000, 2000, 9999),
    "dizaines de milliers de": (20000, 20000, 99999), "centaines de milliers de": (200000, 200000, 999999),
}
# words for "one" before a person ("un Américain")
ONE = ("un", "une")
PERSON_WORDS = ("personne", "personnes", "civil", "civils", "soldat", "soldats", "combattant",
                "combattants", "policier", "policiers", "policière", "policières", "gendarme", "gendarmes",
                "agent", "agents", "manifestant", "manifestants", "homme", "hommes", "femme", "femmes",
                "enfant", "enfants", "garçon", "garçons", "fille", "filles", "adolescent", "adolescents",
                "jeune", "jeunes", "militaire", "militaires", "membre", "membres", "rebelle", "rebelles",
                "jihadiste", "jihadistes", "djihadiste", "djihadistes", "assaillant", "assaillants",
                "habitant", "habitants", "villageois", "passager", "passagers", "pèlerin", "pèlerins",
                "ouvrier", "ouvriers", "étudiant", "étudiants", "journaliste", "journalistes", "migrant",
                "migrants", "réfugié", "réfugiés", "détenu", "détenus", "otage", "otages", "pompier",
                "pompiers", "patient", "patients", "autre", "autres", "mineur", "mineurs", "salarié", "salariés",
                "employé", "employés", "touriste", "touristes", "marin", "marins", "pêcheur", "pêcheurs",
                "conducteur", "conducteurs", "piéton", "piétons", "automobiliste", "automobilistes", "randonneur",
                "randonneurs", "agriculteur", "agriculteurs", "enseignant", "enseignants", "infirmier",
                "infirmiers", "médecin", "médecins", "secouriste", "secouristes",
                # des personnes nommées par leur nation
                "Américain", "Américains", "Irakien", "Irakiens", "Palestinien", "Palestiniens", "Israélien",
                "Israéliens", "Ukrainien", "Ukrainiens", "Russe", "Russes", "Syrien", "Syriens", "Afghan",
                "Afghans", "Iranien", "Iraniens", "Libanais", "Arménien", "Arméniens", "Azerbaïdjanais",
                "Yéménite", "Yéménites", "Kurde", "Kurdes", "Soudanais", "Malien", "Maliens", "Nigérian",
                "Nigérians")
# mots par-dessus lesquels un nombre ne va pas jusqu'au nom des victimes (« une dizaine de ... »: le nom
# est lu avec son nombre approché)
COUNT_NOUN_BREAKS = ("de", "des", "du", "d", "que", "et", "ou")
# ... celles qui joignent des décomptes qui s'additionnent : « Neuf Palestiniens et un soldat ont été tués »
COUNT_JOINS = ("et",)
# le décompte d'une partie d'un groupe : le nombre, l'un de ces mots, puis l'un des PARTITIVE_DETERMINERS avant
# le nom du groupe (« deux de ses soldats ont été tués », « trois des otages ont été blessés »)
PARTITIVE_LINKS = ("de", "d", "des")
PARTITIVE_DETERMINERS = ("ses", "leurs", "nos", "ces", "les")
# liens qui contiennent leur article (« trois des otages »)
PARTITIVE_CONTRACTIONS = ("des",)
# les terminaisons des adverbes entre les victimes et un déclencheur au passif (« a été grièvement blessé »)
ADVERB_ENDINGS = ("ment",)
# prépositions d'un temps placé en tête de phrase, qui la gouverne alors toute (« Dans la nuit de samedi, ... »)
FRONTED_TIME_PREPOSITIONS = ("dans", "en", "à", "au", "pendant", "durant", "dès", "lors")
# noms de l'auteur ou des victimes d'un événement, dont le nom de force après eux y renvoie (« l'auteur présumé de
# noms d'une phase d'un fait : un nom de force qui les complète renvoie à un fait dit ou connu, non à un
# nouveau (« l'extension de l'offensive », « le début de l'invasion »)
PHASE_HEADS = ("début", "fin", "extension", "élargissement", "poursuite", "intensification", "escalade",
               "anniversaire")
# l'attaque », « les victimes de l'attentat ») : pas d'événement à part
REFERRING_HEADS = ("auteur", "auteurs", "auteure", "auteures", "suspect", "suspects", "commanditaire",
                   "commanditaires", "victime", "victimes", "assaillant", "assaillants")
REFERRING_PREPOSITIONS = ("de", "du", "des", "d")
# les terminaisons du participe ouvrant une proposition après une virgule, dont l'événement prend le temps de la
# proposition (« a dégénéré samedi soir, faisant 14 blessés »)
PARTICIPLE_CLAUSE_ENDINGS = ("ant",)
# verbes dont l'objet est un événement à part entière (« a lancé une attaque », « a mené des frappes »)
LIGHT_VERBS = ("lancer", "lancé", "lance", "lancent", "mener", "mené", "mène", "mènent", "perpétré", "commis",
               "conduit", "déclenché")
# armes dont le lancement est une frappe (« a lancé 40 drones sur l'Ukraine », « ont tiré des roquettes ») :
# un déclencheur seulement après l'un des LAUNCH_VERBS, le nombre et ses mots entre eux
WEAPONS = ("drone", "drones", "missile", "missiles", "roquette", "roquettes", "obus", "missiles balistiques",
           "missiles de croisière")
LAUNCH_VERBS = ("lancé", "lance", "lancent", "lançant", "tiré", "tire", "tirent", "tirant")
# words before a noun of force that make it the start of a span, a reference point of the story, not a
# happening it tells (« depuis leur invasion du pays en 2003 »): no event of its own
SINCE_WORDS = ("depuis",)
LAUNCH_COUNT_WORDS = ("un", "une", "des", "au", "moins", "plus", "de", "d'", "'", "d", "quelque", "près",
                      "environ", "dizaines", "centaines", "plusieurs",
                      # « a tiré une salve de missiles », « une nouvelle vague de drones »
                      "salve", "salves", "vague", "vagues", "volée", "pluie", "série", "barrage", "essaim")
# ... et ceux-ci, juste avant l'un des mots d'une salve ci-dessus (« une nouvelle salve de missiles » ; pas « a
# lancé de nouveaux drones », un produit)
LAUNCH_BURST_MODIFIERS = ("nouvelle", "nouvelles", "nouveau", "nouveaux", "autre", "seconde", "deuxième",
                          "troisième", "massive", "importante")
# mots qui, avant un déclencheur, en font un autre événement dont la phrase part (« une semaine après
# l'attaque de drone qui a tué trois Américains ») : jamais fondu avec l'événement de la phrase
SEQUENCE_WORDS = ("après", "avant", "depuis", "lendemain", "veille")
# comment un mot de séquence place l'autre événement par rapport à la date de la phrase, avec la durée
# qui le précède (« deux jours après », « une semaine avant ») : -1 plus tôt, +1 plus tard ; et les mots
# qui portent leur propre écart en jours (« au lendemain de l'attaque » : l'attaque, la veille)
SEQUENCE_DIRECTIONS = {"après": -1, "avant": 1}
SEQUENCE_DAYS = {"lendemain": -1, "veille": 1}
# pronoms relatifs : une date dans la relative après un déclencheur n'est pas la sienne (« l'offensive
# qui a commencé vendredi »)
RELATIVES = ("qui", "que", "qu", "où")
# un participe après un autre nom (« l'offensive lancée vendredi ») : la date qui le suit est celle de ce
# nom ; les terminaisons du participe, et les mots qui peuvent le séparer de la date
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its",
                      "ites", "int", "inte", "ints", "intes")
PARTICIPLES = ()
# a past participle with no auxiliary before it is never the verb of a doer: « six policiers légèrement blessés »
# names victims, not who wounded (in English "Gunmen killed" is a past tense of the same form)
BARE_PARTICIPLE_NAMES_VICTIMS = True
TIME_PREPOSITIONS = ("dans", "depuis", "en", "de", "pendant", "dès")
# words opening a reported clause: a place after one is the clause's subject, not a reporting verb's
# agent ("said that the United States had sent ...")
COMPLEMENTIZERS = ("que", "qu")
# pronoms sujets, et auxiliaires de l'infinitif passé : après « X a dit », X est l'auteur (« l'Allemagne a
# dit qu'elle déploierait 300 soldats », « l'armée a affirmé avoir frappé des cibles »)
SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles", "on", "avoir", "être")
# determiners that make a trigger a noun ("the strike", « l'attaque »), which may refer back
NOUN_DETERMINERS = ("le", "la", "les", "l", "un", "une", "des", "du", "cette", "ce", "cet", "son", "sa", "leur")
# words and endings of modality
FUTURE = ("va", "vont", "devrait", "devraient", "prêt", "prête", "prêts", "prêtes", "prochain",
          "prochains", "bientôt", "prévu", "prévue", "prévus", "prévues", "programmé", "programmée",
          # promis, pas encore fait : « a dénoncé des violences et promis des sanctions »
          "promis", "promet", "promettent", "promettant")
NEGATION = ("ne", "n", "pas", "jamais", "aucun", "aucune")
# verbes de démenti juste avant un déclencheur, qu'ils démentent (« a démenti avoir visé des civils », « nie avoir
# attaqué »)
DENIAL_VERBS = ("démenti", "dément", "démentent", "démentant", "nié", "nie", "nient", "niant")
# verbes d'arrêt : niés près d'un déclencheur, l'événement continue (« les tirs n'ont pas cessé »)
STOP_WORDS = ("cessé", "cesse", "cessent", "arrêté", "arrêtés", "arrêtées", "arrête", "arrêtent", "interrompu",
              "interrompus", "interrompue", "faibli", "faiblit", "stoppé", "stoppés", "calmé", "calmés")
# a place after these is where it happened, not who did it ("en Irak")
LOCATIVE = ("en", "à", "au", "aux", "dans", "près", "devant", "vers")
# ces mots, en capitale au début d'une phrase, sont un mot de lieu dont l'accent n'est pas écrit (« A Rangoun,
# la police a tiré ... » : « À Rangoun » ; « a », le verbe, n'ouvre pas une phrase)
OPENING_LOCATIVE = ("a",)
# un lieu juste après l'un de ces mots (ou après l'un d'eux et un article) est celui où la force a été
# employée, non sa cible : « Des tirs ont fait 12 morts dimanche à N'Djamena » (les victimes sont des
# gens de la ville, non le Tchad) ; « ont tiré sur Israël », « ont frappé Kiev » nomment la cible
SITE_PREPOSITIONS = ("à", "en", "au", "aux", "dans", "partout")
# la cible d'une manifestation est nommée après ces mots (« ont manifesté contre la France », « devant
# l'ambassade ») ; un lieu sinon est celui du défilé (« ont défilé dans toute la France »)
PROTEST_TARGET_WORDS = ("contre", "devant")
# adverbes entre le sujet et son verbe (« Pékin a aussi protesté », « la France a vivement protesté »)
SUBJECT_ADVERBS = ("aussi", "également", "déjà", "immédiatement", "aussitôt", "officiellement", "vivement")
# une protestation adressée est une plainte diplomatique, pas une foule (« a élevé une vive protestation
# auprès de l'ambassadeur »)
COMPLAINT_VERBS = ("élevé", "adressé", "émis", "transmis", "remis", "déposé")
# les lemmes de la revendication d'un acte : l'auteur de la revendication a commis, à l'en croire, la
# noms d'une personne civile : une nationalité avant ou après eux est celle d'une personne, non la force
# d'un État (« Un homme syrien a tué deux personnes », « un ressortissant afghan ») ; un gentilé écrit
# noms d'une partie armée qui, sujet d'un verbe de force actif, nomment son auteur tel qu'écrit (« Des
# hommes armés ont tué », « des membres de gangs ont attaqué »)
DOER_NOUNS = ("armée", "soldats", "soldat", "troupes", "militaires", "rebelles", "insurgés", "jihadistes",
              "djihadistes", "terroristes", "assaillants", "miliciens", "milices", "combattants", "gangs",
              "gang", "policiers", "gendarmes", "forces", "paramilitaires", "séparatistes", "bandits",
              "pirates", "armés", "tireurs", "tireur", "coalition")
DOER_MEMBERS = ("membres", "membre", "hommes")
DOER_STOPS = ("et", "ou", "que", "qui", "quand", "après", "avant", "comme", "alors")
# prépositions après un nom de force qui nomment ce qu'il vise (« une offensive sur El-Fasher », « une
# attaque contre le convoi »)
TARGET_PREPOSITIONS = ("sur", "contre")
# les mots qui lient un nom de force à son complément : celui-ci en est l'auteur avant une cible ou s'il est une
# faction (« l'attaque du Hamas contre Israël », « les frappes de l'armée israélienne sur Gaza »)
GENITIVE_LINKS = ("de", "du", "des", "d")
# mots qui terminent l'objet d'un verbe de force (« ont frappé un marché à El-Fasher » : « marché »)
OBJECT_STOPS = ("à", "au", "aux", "en", "dans", "près", "avec", "pour", "depuis", "après", "avant", "pendant",
                "et", "ou", "qui", "que", "où", "quand", "par", "sur", "contre", "vers", "faisant", "tuant",
                "blessant", "dans", "lors", "hier", "aujourd'hui", "ce", "cette")
# mots après l'accusé dans les paroles d'une accusation (« accuse le Rwanda de soutenir le M23 » : le Rwanda)
ACCUSATION_LINKS = ("de", "d", "du", "des")
# terminaisons de ce dont l'accusé est accusé, après le lien (« de soutenir », « d'avoir »)
ACCUSATION_VERB_ENDINGS = ("er", "ir", "re", "oir")
# avec sa capitale après « un » est une personne (« Un Syrien a tué »)
CIVILIAN_NOUNS = ("homme", "hommes", "femme", "femmes", "garçon", "fille", "adolescent", "adolescente",
                  "adolescents", "ressortissant", "ressortissante", "ressortissants", "citoyen", "citoyenne",
                  "étudiant", "étudiante", "étudiants", "réfugié", "réfugiée", "réfugiés", "migrant", "migrants",
                  "touriste", "touristes", "couple", "ouvrier", "ouvriers", "médecin", "suspect", "assaillant",
                  "demandeur", "père", "mère", "fils")
DEMONYM_NOUNS_CAPITALISED = True
# violence que ses mots disent (« le JNIM a revendiqué l'attaque » : l'auteur de l'attaque, rapporté)
DOER_CLAIM_LEMMAS = ("revendiquer",)
# mots qui disent un fait par ouï-dire (« aurait » est déjà hypothétique)
REPORTED_WORDS = ("prétendument", "présumément")
# noms d'un long conflit dont le bilan est un décompte, pas un fait : « la guerre a fait 14.000 morts »
# ordinaux devant un nom de force compté depuis une date : un fait d'une série, que la date ne date pas (« la
# neuvième attaque contre ses installations depuis début octobre »)
SERIES_ORDINALS = ("première", "premier", "deuxième", "second", "seconde", "troisième", "quatrième", "cinquième",
                   "sixième", "septième", "huitième", "neuvième", "dixième", "énième", "dernière", "dernier")
TALLY_SUBJECTS = ("guerre", "conflit", "insurrection", "crise", "épidémie", "campagne", "occupation", "siège",
                  "offensive")
# préposition après une durée qui fait du bilan qui suit un décompte sur cette durée (« après une semaine de
# combats qui ont fait au moins 180 morts »), pas un fait
SPAN_PREPOSITIONS = ("de", "d")
# un bilan au passif sur une année ou un mois dont la cause, après une des TALLY_CAUSE_PREPOSITIONS, est
# plusieurs faits (un pluriel : après un des TALLY_CAUSE_DETERMINERS, ou un nom de bilan) est un décompte, pas
# un fait (« L'an dernier, 49 personnes avaient été tuées dans des règlements de comptes ») ; un actif garde son
# auteur (« l'an dernier, un kamikaze a tué 49 personnes »)
TALLY_CAUSE_PREPOSITIONS = ("dans", "lors")
TALLY_CAUSE_DETERMINERS = ("des", "les", "de")
TALLY_CAUSE_ENDINGS = ()
# mots juste avant un nom de la force qui en font n'importe lequel, aucun fait dit (« répondre fermement à toute
# attaque »)
GENERIC_DETERMINERS = ("toute", "tout")
# mots avant (ou après) le nom d'un fait qui en font un autre que ceux dits (« Les précédents cessez-le-feu
# annoncés le mois dernier ont échoué », « d'autres attaques », « les trêves précédentes ») : il n'est pas
# fondu dans un fait dit avant lui
OTHER_BEFORE = ("précédent", "précédente", "précédents", "précédentes", "autre", "autres")
OTHER_AFTER = ("précédent", "précédente", "précédents", "précédentes", "antérieur", "antérieure", "antérieurs",
               "antérieures")
# verbes de défense contre une attaque (« les forces ukrainiennes ont repoussé 12 attaques ») : le lieu
# avant eux est la cible de l'attaque, pas son auteur
REPELLING_VERBS = ("repousser", "déjouer", "contenir", "enrayer", "stopper")
# words between a locative word and the place it names ("near the town", « près de Kherson »)
PLACE_LINKS = ("de", "d", "la", "le", "l")
# a place after one of these words and a hyphen is a faction, not the country ("pro-iraniens", "pro-Iran")
FACTION_PREFIXES = ("pro",)
# how such a faction is named: the prefix and the place
FACTION_NAME = "{prefix}-{place} groups"
HYPOTHETICAL_ENDINGS = ("rait", "raient")
# verbes de demande : un déploiement qu'ils demandent n'a pas eu lieu (« a réclamé des renforts de police »)
DEMAND_VERBS = ("réclamé", "réclame", "réclament", "réclamer", "demandé", "demande", "demandent", "demander",
                "exigé", "exige", "exigent", "exiger", "sollicité", "sollicite")
# verbes de tentative avant un infinitif de tuer : une tentative, qui ne tue personne (« a tenté de tuer un
# homme », « accusé d'avoir tenté d'assassiner »), et les marques de l'infinitif
ATTEMPT_WORDS = ("tenté", "tenter", "tente", "tentent", "tentait", "tentaient", "essayé", "essayer", "essaie",
                 "essayait", "cherché", "chercher", "cherchait", "projeté", "projetait", "voulu", "voulait")
ATTEMPT_MARKS = ("de", "d", "à")
# les terminaisons d'un participe de résultat après une virgule, qui dit le même fait que le verbe avant lui
# (« une frappe a touché un immeuble, tuant trois personnes »)
RESULT_PARTICIPLE_ENDINGS = ("ant",)
HYPOTHETICAL_WORDS = ("éventuel", "éventuelle", "éventuels", "éventuelles", "possible",
                      "probablement", "peut-être",
                      # menacé ou envisagé, pas fait
                      "menace", "menacé", "menacent", "menaçant", "envisage", "envisagent", "envisagé", "envisager")

# how counts are written: "4 000 soldats", "4,000 troops"
THOUSANDS_SEP = "\u202f"

RUNG_NAMES = {
    0: "déclaration, démenti ou cessez-le-feu",
    1: "accusation",
    2: "menace ou avertissement",
    3: "manifestation ou sit-in",
    4: "sanctions ou déploiement militaire",
    5: "intrusion violente ou attaque d'une mission diplomatique",
    6: "force létale",
}
KIND_NAMES = {
    "statement": "déclaration", "announcement": "annonce", "denial": "démenti",
    "accusation": "accusation", "threat": "menace", "protest": "manifestation",
    "sanctions": "sanctions", "military deployment": "déploiement militaire",
    "attack": "attaque", "air strike": "frappe aérienne",
    "attack on diplomatic mission": "attaque d'une mission diplomatique",
    "lethal attack": "attaque meurtrière", "lethal strike": "frappe meurtrière", "ceasefire": "cessez-le-feu",
}

# words of the escalation chart (chronique.chart) and its exports
CHART_LABELS = {
    "title": "Chronologie de l'escalade",
    "published": "publié le {date}",
    "published_unknown": "date de publication inconnue",
    "inferred": " (date déduite)",
    "publication": "publication",
    "counts": "{events}, {claims}",
    # un nombre et son nom : au singulier pour 0 et 1 (« 0 événement », « 1 déclaration »)
    "count_nouns": {"events": ("événement", "événements"), "claims": ("déclaration", "déclarations")},
    "singular_counts": (0, 1),
    "undated": "{n} élément(s) sans date, hors de l'axe : {labels}",
    "hidden_labels": "{n} étiquette(s) masquée(s) faute de place : survoler les points",
    "flag_note": "⚠ date incohérente : « {wording} » lu {value}",
    "more_flags": "… et {n} autre(s) date(s) incohérente(s)",
    "time_axis": "jour",
    "events_axis": "échelon d'escalade",
    "claims_axis": "locuteur",
    "other_speakers": "autres locuteurs",
    "legend_speaker": "locuteur (cliquer pour isoler)",
    "legend_mode": "discours rapporté",
    "modes": {"direct": "direct (citation)", "mixed": "mixte", "indirect": "indirect"},
    "legend_source": "source",
    "sources": {"named": "nommée", "anonymous": "anonyme"},
    "legend_hedge": "précaution",
    "hedges": {"plain": "sans réserve", "hedged": "avec réserve (« probablement »…)"},
    "legend_modality": "modalité de l'événement",
    "modalities": {"asserted": "affirmé", "reported": "rapporté", "future": "à venir",
                   "hypothetical": "hypothétique", "negated": "nié"},
    "legend_casualties": "tués",
    "legend_span": "intervalle de temps",
    "spans": {"span": "intervalle (week-end, soir…)", "vague": "intervalle vague (« dans les jours qui viennent »)"},
    "legend_flag": "alerte",
    "flag": "date incohérente (jour ≠ date)",
    "article": "Article",
    "events_group": "événements",
    "evening": "soir",
    "tooltip": {
        "label": "élément", "kind": "type", "rung": "échelon", "date": "date résolue",
        "precision": "précision", "wording": "expression", "date_rule": "règle de date",
        "resolution": "résolution", "rule": "règle d'extraction", "speaker": "locuteur",
        "actor": "acteur", "text": "texte", "flags": "alerte", "casualties": "tués",
        "mode": "discours", "modality": "modalité", "about": "lié à",
    },
    "precisions": {
        "minute": "minute", "part of day": "partie de journée", "day": "jour", "weekend": "week-end",
        "week": "semaine", "month": "mois", "quarter": "trimestre", "season": "saison",
        "year": "année", "decade": "décennie", "vague": "vague", "undated": "sans date",
    },
    # d3-time-format locale: axis labels and dates in French
    "time_locale": {
        "dateTime": "%A %e %B %Y à %X", "date": "%d/%m/%Y", "time": "%H:%M:%S",
        "periods": ["AM", "PM"],
        "days": ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        "shortDays": ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
        "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                   "septembre", "octobre", "novembre", "décembre"],
        "shortMonths": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                        "sept.", "oct.", "nov.", "déc."],
    },
    "date_format": "{weekday} {day} {month} {year}",
    "day_format": "{weekday} {day} {month}",
}

# causes de mort ou de blessure qui ne sont pas un usage de la force : une phrase qui en nomme une, sans
# arme ni partie armée (FORCE_WORDS, WEAPONS), ne dit pas une attaque (« un séisme a frappé ..., faisant
# 820 morts », « les pluies qui s'abattent sur le Niger », « une attaque de requin ») ; un mot chacune (le
# mot parlant d'un nom plus long : « tremblement », « glissement »)
HARM_CAUSES = (
    # aléas naturels et météo
    "séisme", "séismes", "tremblement", "tremblements", "secousse", "secousses", "tsunami", "ouragan",
    "ouragans", "typhon", "cyclone", "tornade", "tornades", "tempête", "tempêtes", "intempéries",
    "inondation", "inondations", "crue", "crues", "pluie", "pluies", "orage", "orages", "grêle", "foudre",
    "avalanche", "avalanches", "éboulement", "éboulements", "glissement", "coulée", "coulées", "éruption",
    "volcan", "incendie", "incendies", "canicule", "chaleur", "sécheresse", "neige", "famine",
    # accidents et effondrements
    "accident", "accidents", "collision", "déraillement", "crash", "écrasé", "écrasée", "écrasés", "écrasées",
    "abîmé", "abîmée", "abîmés", "abîmées", "naufrage", "chavirement", "effondrement", "effondré", "effondrée", "effondrés", "effondrées",
    "bousculade", "arbre", "ascenseur", "noyade", "noyé", "noyée", "noyés", "noyées",
    # une chute (« grièvement blessé début avril lors d'une chute au Tour du Pays basque »)
    "chute", "chutes",
    # la circulation (« 245 cyclistes ont été tués sur les routes françaises en 2022 »)
    "routes", "routière", "routiers",
    # maladies, poisons et animaux
    "épidémie", "pandémie", "maladie", "choléra", "paludisme", "rougeole", "dengue", "virus", "covid", "grippe",
    "mpox",
    "overdose", "overdoses", "intoxication", "requin", "requins", "loup", "loups", "ours", "chasse",
    "chasseur", "battue", "battues",
    # fumées d'un feu, blessures du corps sans arme (« intoxiquées par les fumées », « blessé à la jambe samedi
    # mais sera présent »)
    "fumée", "fumées", "flammes", "intoxiqué", "intoxiquée", "intoxiqués", "intoxiquées", "jambe", "genou",
    "cheville", "cuisse", "mollet", "épaule", "poignet", "ischio-jambiers", "adducteurs",
    # informatique
    "rançongiciel", "cyberattaque", "cyberattaques", "piratage", "darkweb", "informatique",
)
# mots d'une menace ou d'une mise en garde qui en font un pas de l'escalade (une mise en garde qui n'en dit
# aucun, « les prévisionnistes ont averti que le vent pourrait attiser le feu », n'en est pas un)
THREAT_WORDS = ("riposte", "riposter", "ripostera", "représailles", "répondre", "répondra", "réponse",
                "conséquences", "vengeance", "venger", "punir", "punition", "force", "forces", "militaire",
                "militairement", "nucléaire", "missile", "missiles", "armes", "envahir", "invasion", "escalade",
                "guerre", "hostilités", "détruire", "anéantir", "écraser", "blocus", "embargo", "sanction",
                "sanctions", "expulser", "rompre", "mesures")
# mots de la force : avec l'un d'eux (ou une arme, WEAPONS) dans la phrase, une cause ci-dessus n'exclut
# pas une attaque (« des jihadistes ont attaqué un convoi après le séisme »)
FORCE_WORDS = ("armée", "soldats", "troupes", "militaires", "rebelles", "insurgés", "jihadistes",
               "djihadistes", "terroristes", "terroriste", "assaillants", "assaillant", "miliciens", "milices",
               "combattants", "guerre", "bombe", "bombes", "explosifs", "artillerie", "bombardement",
               "bombardements", "grenade", "grenades", "kamikaze", "kamikazes", "tireur", "tireurs",
               # armes et coups d'une agression (« blessé à la jambe par balle », « par un coup de couteau »)
               "balle", "balles", "tir", "tirs", "couteau", "couteaux", "poignard", "arme", "armes", "fusil",
               "pistolet", "coups", "agression", "agressions", "agresseur", "agresseurs", "agressé", "agressée",
               "poignardé", "poignardée")
# mots qui font d'un déclencheur qui en contient un un usage de la force, quelle que soit la cause d'un mal
# nommée près de lui (« un attentat à la voiture piégée a tué neuf personnes, une épaisse fumée s'élevant »),
# et non les mots de la force qui peuvent dire des tirs ou des coups sans violence (« des tirs de nuit »
# d'une battue)
FORCE_TRIGGERS = ("attentat", "attentats", "kamikaze", "kamikazes", "bombe", "bombes", "bombardement",
                  "bombardements", "piégée", "piégé", "piégées", "piégés", "grenade", "grenades", "explosifs")
# mots à côté d'un déclencheur qui en font une maladie, non un usage de la force (« une attaque cardiaque »,
# « une attaque de panique »)
CAUSE_MODIFIERS = ("cardiaque", "cardiaques", "panique", "asthme", "cérébrale", "cérébrales", "allergique",
                   "migraine")
# objets d'un verbe de tuer qui ne sont pas des personnes (« abattre 340 platanes », « abattre leurs bêtes »)
NON_HUMAN_OBJECTS = ("arbres", "arbre", "platanes", "platane", "bêtes", "animaux", "bétail", "troupeau",
                     "troupeaux", "volailles", "vaches", "porcs", "brebis", "cerfs", "sangliers", "chiens",
                     "canards", "oies", "poulets", "poules", "oiseaux", "bovins", "moutons", "chevaux", "loups",
                     "ours", "visons", "élevages")
# superlatifs entre un événement et une expression de « depuis » après lui : un étalon (« l'attaque la plus
# meurtrière depuis juin »), pas la date de l'événement
YARDSTICK_WORDS = ("plus", "pire", "premier", "première", "record", "inédit", "inédite")
# objets d'« attaquer » qui en font des mots, pas la force (« le sénateur a attaqué le plan du gouvernement ») :
# l'un d'eux parmi les cinq mots après le verbe
VERBAL_OBJECTS = ("plan", "projet", "politique", "réforme", "réformes", "loi", "lois", "gouvernement", "opposition",
                  "décision", "décisions", "bilan", "propos", "presse", "médias", "rivaux", "adversaires",
                  "adversaire", "candidat", "candidate", "parti", "budget", "stratégie", "position", "justice",
                  "rapport", "déclarations", "programme", "majorité", "exécutif", "balle")
# déterminants qui renvoient en arrière : un nom de la force après l'un d'eux désigne un événement déjà dit
# (« ces frappes »)
DEMONSTRATIVES = ("ce", "cet", "cette", "ces")

# words of a condition: a warning of a strike or a march on a condition is a threat (« a prévenu qu'elle appellerait à une grève générale si le texte était adopté »),
# one that a strike goes on is none
CONDITION_WORDS = ("si", "sinon", "faute")

# definite articles: after a verb of saying, a noun of force with one is a happening told before (« Téhéran a condamné les frappes lundi »)
DEFINITE_ARTICLES = ("le", "la", "les", "l")

# noms d'un bilan : le nom de force qui en est le complément (après une des TOLL_PREPOSITIONS) est le fait dont
# le bilan est tiré, et les dates de sa phrase sont celles du bilan (« Le bilan de la frappe est passé dimanche
# à 25 morts ») ; un nombre après un des TOLL_COUNT_LINKS, par-dessus des TOLL_COUNT_MODIFIERS, avec un tel nom
# avant lui dans sa proposition, compte les morts (« le bilan s'élève à au moins 44 »)
TOLL_HEADS = ("bilan", "bilans")
TOLL_PREPOSITIONS = ("de", "du", "des", "d")
TOLL_COUNT_LINKS = ("à",)
TOLL_COUNT_MODIFIERS = ("au", "moins", "plus", "de", "près", "environ", "quelque")

# noms de ceux qui manifestent : un nombre avant l'un d'eux (par-dessus un des CROWD_LINKS) dans la phrase d'une
# manifestation est la taille de la foule (« des dizaines de milliers de manifestants », « 1,28 million de
# manifestants ») ; MILLION_WORDS lus après un nombre
CROWD_NOUNS = ("manifestants", "manifestantes", "personnes", "marcheurs", "participants", "partisans", "grevistes",
               "opposants", "militants", "etudiants", "salaries", "agriculteurs", "habitants", "femmes", "hommes",
               # ceux qui bloquent (« Les routiers bloquent les dépôts pétroliers »)
               "routiers", "taxis", "chauffeurs", "eleveurs", "paysans", "pecheurs", "cheminots", "ouvriers",
               "employes", "dockers", "syndicalistes")
CROWD_LINKS = ("de", "d")
# les terminaisons du pluriel d'un nom de peuple, après son singulier (une foule de « Géorgiens »)
DEMONYM_PLURAL_ENDINGS = ("s",)
MILLION_WORDS = ("million", "millions")
# mots après un tel nom qui font du nombre celui des personnes interpellées, pas de la foule (un mot de blessure
# aussi : « huit personnes ont été tuées »)
CROWD_VETO_AFTER = ("interpellees", "interpelles", "interpellé", "interpellée", "interpellés", "interpellées",
                    "arretees", "arretes", "arrêtées", "arrêtés", "placees", "placés", "placées")
# nombres sans nom sujets d'une manifestation (« Des milliers ont défilé ») : le plus bas de chacun
BARE_CROWD_COUNTS = {"des centaines": 200, "des milliers": 2000, "des dizaines de milliers": 20000,
                     "des centaines de milliers": 200000}
# verbes d'exclusion : un fait pour objet sous une négation est une possibilité (« n'a pas exclu un sabotage »),
# non un démenti
RULE_OUT_VERBS = ("exclu", "exclure", "exclut", "excluent", "excluait", "écarté", "écarter", "écarte", "écartent",
                  "écartait")
# superlatifs après un nom de force : ce qu'un fait est dit être (« l'attaque la plus meurtrière depuis des
# mois »), non un nouveau fait daté par sa phrase
SUPERLATIVES = ("pire",)
SUPERLATIVES_AFTER = ("la plus", "le plus", "les plus")
# mots avant un tel nom et son article qui disent ce qu'est un fait (« ce qui en fait l'attaque la plus
# meurtrière », « c'est le pire attentat »)
PREDICATE_OPENERS = ("fait", "est", "était", "reste", "demeure", "devient", "devenu", "devenue")
