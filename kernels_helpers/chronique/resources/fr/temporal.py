"""French temporal vocabulary and rules.

Everything the engine needs to know about how French writes time lives here:
words, their meanings, and the rule patterns that combine them.  The engine
(`chronique.timex`) knows no French.

Pattern syntax (see `chronique.timex.grammar`):
  ``{cat}`` / ``{cat=label}``  a vocabulary category (below) or a built-in one
                              (int, day, year, hh, mm, num, ord);
  ``word`` / ``a|b|c``         literal words (multi-token words such as
                              ``aujourd'hui`` are allowed);
  a trailing ``?``             makes the element optional;
  a leading ``^``              marks a context element: it must match but is
                              left out of the span (TimeML leaves prepositions
                              out).
"""

LANG = "fr"

# prénoms : un mot de mois ou de saison juste après l'un d'eux est un nom de famille (« Ian Winter »)
from .entities import FIRST_NAME_GENDERS as _FIRST_NAMES  # noqa: E402
GIVEN_NAMES = tuple(_FIRST_NAMES)

# Frequent words that identify the language (language detection).
FUNCTION_WORDS = (
    "le la les des du de un une et est en au aux dans pour par sur qui que "
    "ne pas il elle ils elles nous vous avec ce cette ces son sa ses leur "
    "leurs été sont ont mais ou où selon après avant depuis plus été l d qu"
).split()

# Header line keys announcing a publication date ("date 2019-12", "Publié le ...").
DATE_LINE_KEYS = ("date", "publié le", "publié", "mis à jour le", "daté du")

WEEKDAYS = {
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5,
    "samedi": 6, "dimanche": 7,
}
WEEKDAYS_PLURAL = {w + "s": v for w, v in WEEKDAYS.items()}

MONTHS = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12,
    "janv .": 1, "févr .": 2, "fév .": 2, "avr .": 4, "juil .": 7,
    "sept .": 9, "oct .": 10, "nov .": 11, "déc .": 12,
}

SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}

# part of day -> TimeML code
PARTS_OF_DAY = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV",
    "soirée": "EV", "nuit": "NI", "mi-journée": "MI", "midi": "MI",
    # « au petit matin de jeudi »
    "petit matin": "MO",
}

# words that point to a day relative to the publication date
DAY_WORDS = {
    "aujourd'hui": 0, "hier": -1, "avant-hier": -2, "demain": 1,
    "après-demain": 2,
}

# "ce soir", "cette nuit", "ce matin": a part of the publication day
THIS = {"ce": 0, "cet": 0, "cette": 0}

UNITS = {
    "seconde": "S", "secondes": "S", "minute": "MIN", "minutes": "MIN",
    "heure": "H", "heures": "H", "jour": "D", "jours": "D", "journée": "D",
    "journées": "D", "semaine": "W", "semaines": "W", "mois": "M",
    "trimestre": "Q", "trimestres": "Q", "semestre": "HALF", "semestres": "HALF",
    "an": "Y", "ans": "Y", "année": "Y", "années": "Y", "décennie": "DE",
    "décennies": "DE", "siècle": "CE", "siècles": "CE", "week-end": "WE",
    "week-ends": "WE", "weekend": "WE", "weekends": "WE",
}
# units that can be named with a demonstrative or a modifier ("la semaine
# dernière", "l'an prochain", "ce mois-ci")
# the words after « toute la semaine », « tout le mois » that make them another unit than the current one
WHOLE_UNIT_NOT_BEFORE = ("prochain", "prochaine", "dernier", "dernière", "passé", "passée", "suivant", "suivante",
                         "précédent", "précédente", "de", "du", "d", "d'", "qui", "où", "durant", "pendant", "écoulé",
                         "écoulée", "d'avant", "d'après")

CALENDAR_UNITS = {
    "semaine": "W", "mois": "M", "an": "Y", "année": "Y", "trimestre": "Q",
    "week-end": "WE", "weekend": "WE", "décennie": "DE", "siècle": "CE",
}

NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
    "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "vingt et un": 21,
    "vingt-deux": 22, "vingt-trois": 23, "vingt-quatre": 24, "trente": 30,
    "quarante": 40, "quarante-huit": 48, "cinquante": 50, "soixante": 60,
    "soixante-douze": 72, "cent": 100, "quelques": 3, "plusieurs": 3,
}
# the compound numbers from 21 to 99, in both spellings (« vingt et un », « vingt-et-un »): « soixante-dix
# jours », « quatre-vingt-dix jours »
_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
          "neuf": 9}
_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
          "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19}


def _compounds(base: str, value: int, ones: dict) -> dict:
    out = {}
    for word, n in ones.items():
        if n == 1 or n == 11:       # « vingt et un », « soixante et onze » (« quatre-vingt-un »: no « et »)
            if base != "quatre-vingt":
                out[f"{base} et {word}"] = out[f"{base}-et-{word}"] = value + n
            else:
                out[f"{base}-{word}"] = value + n
        else:
            out[f"{base}-{word}"] = value + n
    return out


for _base, _value in (("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60)):
    NUMBER_WORDS.update(_compounds(_base, _value, _UNITS))
NUMBER_WORDS.update(_compounds("soixante", 60, _TEENS))
NUMBER_WORDS.update({"quatre-vingts": 80, "quatre-vingt": 80})
NUMBER_WORDS.update(_compounds("quatre-vingt", 80, {**_UNITS, **_TEENS}))

# collective numbers, each about that many: « une quinzaine de jours », « une vingtaine d'années »
APPROX_COUNTS = {"une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20,
                 "une trentaine": 30, "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60,
                 "une centaine": 100}
# a part of a day named with its day: « la nuit dernière » is the night before publication
DAY_POD_WORDS = {"la nuit dernière": (-1, "NI"), "la nuit passée": (-1, "NI")}
# possessive endings (as tokens) after which a capitalised day word is a name: an English title cited as it is
# (« l'émission de NBC's Today »)
DAY_WORD_TITLE_OWNERS = ("'s", "’s")
# counts that give no number: "plusieurs semaines" lasts an unspecified number of weeks (PXW)
VAGUE_COUNTS = ("quelques", "plusieurs")
ORDINALS = {
    "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
    "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
    "dernier": -1, "dernière": -1,
}
# suffixes glued to a day number: "1er", "2e"
ORDINAL_SUFFIXES = ("er", "re", "e", "ème")

# modifiers placed after a weekday or a unit: "vendredi dernier", "l'an prochain"
AFTER_MODIFIERS = {
    "dernier": -1, "dernière": -1, "derniers": -1, "dernières": -1,
    "passé": -1, "passée": -1, "écoulé": -1, "écoulée": -1,
    "prochain": 1, "prochaine": 1,
    "à venir": 1, "-ci": 0,
}
# modifiers placed after two weekdays joined, in the plural: « mardi et mercredi prochains »
PAIR_AFTER_MODIFIERS = {"prochains": 1, "derniers": -1, "passés": -1}
# modifiers that count from the story's last date, not from publication: "la semaine suivante"
ANCHORED_MODIFIERS = {"suivant": 1, "suivante": 1, "précédent": -1, "précédente": -1,
                      "d'après": 1, "d'avant": -1}
# parts of the anchor day: "en fin de journée", "en début de soirée"
DAY_PARTS = {"fin de journée": "EV", "début de soirée": "EV", "fin de soirée": "NI",
             "fin de matinée": "MO", "début de matinée": "MO", "début d'après-midi": "AF",
             "fin d'après-midi": "AF", "milieu de journée": "MI", "milieu d'après-midi": "AF"}
# the same after « à » or « jusqu'à »: « à la mi-journée »
DAY_PARTS_AFTER_A = {"la mi-journée": "MI", "l'aube": "MO", "l'aurore": "MO", "la tombée de la nuit": "EV",
                     "la tombée du jour": "EV", "la nuit tombée": "EV"}
# a part of the day before one of these words is a figure: « à l'aube de l'an 2000 », « à l'aube d'une
# nouvelle ère »
DAY_PART_NOT_BEFORE = {"aube": ("de", "d", "du", "des"), "aurore": ("de", "d", "du", "des"),
                       "crépuscule": ("de", "d", "du", "des")}
# the same after « au » : « au petit matin », « au cours de la nuit »
DAY_PARTS_AFTER_AU = {"petit matin": "MO", "petit jour": "MO", "lever du jour": "MO", "point du jour": "MO",
                      "cours de la nuit": "NI", "milieu de la nuit": "NI", "cours de la matinée": "MO",
                      "cours de l'après-midi": "AF", "cours de la soirée": "EV", "crépuscule": "EV"}
# modifiers placed before a unit: "la prochaine fois", "le dernier mois"
BEFORE_MODIFIERS = {"prochain": 1, "prochaine": 1, "dernier": -1, "dernière": -1}

# parts of a month or year: "fin décembre", "mi-janvier", "début 2020"
PARTS = {
    "début": "start", "fin": "end", "mi": "mid", "mi -": "mid", "courant": "mid",
    "milieu": "mid", "la mi -": "mid",
}

DETERMINERS = ("le", "la", "les", "l'", "l", "un", "une", "ce", "cet", "cette")

# vague references: phrase -> (value, days before publication, days after)
VAGUE = {
    "plus tôt": ("PAST_REF", 1, 0),
    "auparavant": ("PAST_REF", 30, 0),
    "précédemment": ("PAST_REF", 30, 0),
    "récemment": ("PAST_REF", 30, 0),
    "dernièrement": ("PAST_REF", 30, 0),
    "naguère": ("PAST_REF", 365, 0),
    "autrefois": ("PAST_REF", 3650, 0),
    "jadis": ("PAST_REF", 3650, 0),
    "ces derniers jours": ("PAST_REF", 7, 0),
    "ces dernières semaines": ("PAST_REF", 30, 0),
    "ces derniers mois": ("PAST_REF", 180, 0),
    "ces dernières années": ("PAST_REF", 1825, 0),
    "les derniers jours": ("PAST_REF", 7, 0),
    "ces dernières heures": ("PAST_REF", 2, 0),
    "les dernières heures": ("PAST_REF", 2, 0),
    "les dernières semaines": ("PAST_REF", 30, 0),
    "les derniers mois": ("PAST_REF", 180, 0),
    "les dernières années": ("PAST_REF", 1825, 0),
    "ces dernières décennies": ("PAST_REF", 10950, 0),
    "les dernières décennies": ("PAST_REF", 10950, 0),
    "ces derniers temps": ("PAST_REF", 30, 0),
    "les mois derniers": ("PAST_REF", 180, 0),
    "ces mois derniers": ("PAST_REF", 180, 0),
    "actuellement": ("PRESENT_REF", 0, 0),
    "maintenant": ("PRESENT_REF", 0, 0),
    "désormais": ("PRESENT_REF", 0, 0),
    "à présent": ("PRESENT_REF", 0, 0),
    "en ce moment": ("PRESENT_REF", 0, 0),
    "bientôt": ("FUTURE_REF", 0, 30),
    "prochainement": ("FUTURE_REF", 0, 30),
    "sous peu": ("FUTURE_REF", 0, 14),
    "à terme": ("FUTURE_REF", 0, 365),
    "à l'avenir": ("FUTURE_REF", 0, 365),
    "ultérieurement": ("FUTURE_REF", 0, 90),
    "les heures qui viennent": ("FUTURE_REF", -1, 2),
    "les heures à venir": ("FUTURE_REF", -1, 2),
    "les prochaines heures": ("FUTURE_REF", -1, 2),
    "les jours qui viennent": ("FUTURE_REF", -1, 7),
    "les jours à venir": ("FUTURE_REF", -1, 7),
    "les prochains jours": ("FUTURE_REF", -1, 7),
    "les semaines qui viennent": ("FUTURE_REF", -1, 30),
    "les semaines à venir": ("FUTURE_REF", -1, 30),
    "les prochaines semaines": ("FUTURE_REF", -1, 30),
    "les mois qui viennent": ("FUTURE_REF", -1, 180),
    "les mois à venir": ("FUTURE_REF", -1, 180),
    "les prochains mois": ("FUTURE_REF", -1, 180),
    "les années qui viennent": ("FUTURE_REF", -1, 1825),
    "les années à venir": ("FUTURE_REF", -1, 1825),
    "les prochaines années": ("FUTURE_REF", -1, 1825),
    "prochains": ("FUTURE_REF", 0, 30),
    "prochaines": ("FUTURE_REF", 0, 30),
    # after « des » (« au cours des prochains mois », « lors des dernières semaines »): the phrase without
    # its article
    "prochaines heures": ("FUTURE_REF", -1, 2), "prochains jours": ("FUTURE_REF", -1, 7),
    "prochaines semaines": ("FUTURE_REF", -1, 30), "prochains mois": ("FUTURE_REF", -1, 180),
    "prochaines années": ("FUTURE_REF", -1, 1825),
    "dernières heures": ("PAST_REF", 2, 0), "derniers jours": ("PAST_REF", 7, 0),
    "dernières semaines": ("PAST_REF", 30, 0), "derniers mois": ("PAST_REF", 180, 0),
    "dernières années": ("PAST_REF", 1825, 0),
}
# vague words that a reader may or may not count as time expressions
VAGUE_LOW_CONFIDENCE = ("prochains", "prochaines")
# vague phrases that are no time after these words: « au plus tôt » (at the earliest), « le plus tôt
# possible » (as soon as possible)
VAGUE_NOT_AFTER = {"plus tôt": ("au", "le")}

# frequency words: phrase -> TimeML SET value
SET_WORDS = {
    "quotidiennement": "P1D", "quotidien": "P1D", "quotidienne": "P1D",
    "hebdomadaire": "P1W", "mensuel": "P1M", "mensuelle": "P1M",
    "annuel": "P1Y", "annuelle": "P1Y", "annuellement": "P1Y",
}
SET_PREFIX = {"chaque": 1, "tous les": 1, "toutes les": 1}

# named clock times
NAMED_TIMES = {"midi": (12, 0), "minuit": (0, 0)}
# « minuit vendredi », « vendredi à minuit », « ce soir à minuit »: le minuit qui clôt ce jour
MIDNIGHT = {"minuit": 0}
# ... mais après ces mots c'est le minuit qui l'ouvre : « peu après minuit vendredi »
MIDNIGHT_NOT_AFTER = ("après", "depuis", "dès")
HOUR_MARKERS = ("h", "heures", "heure", "hr")
TIME_ZONES = {"gmt": "GMT", "utc": "UTC", "heure locale": "local", "heure de Paris": "Paris",
              "heure française": "Paris", "heure de Moscou": "MSK", "heure de Kiev": "Kyiv", "heure de Kyiv": "Kyiv",
              "heure de New York": "ET", "heure de Washington": "ET", "heure de la côte Est": "ET"}
# "dans huit jours" is a week, "il y a quinze jours" two: the day counts that stand for weeks
COLLOQUIAL_DAY_COUNTS = {8: 7, 15: 14}
# the words after a quarter or a half that say which year: "le premier trimestre de l'année prochaine"
YEAR_DIRECTION_WORDS = {"prochaine": 1, "dernière": -1, "prochain": 1, "dernier": -1, "cours": 0, "cette": 0}
APPROX = {"vers": 1, "environ": 1, "aux alentours de": 1, "autour de": 1}
# la moitié du jour dite après une heure : « 8 heures du soir » (20 h), « 3 h de l'après-midi » (15 h)
AMPM = {"du matin": "am", "du soir": "pm", "de l'après-midi": "pm"}

# range openers and connectors
RANGE_OPEN = {"entre": "between", "du": "from", "de": "from", "depuis": "since", "d'ici": "until", "d'ici à": "until",
              "dès": "since", "à partir de": "since", "jusqu'à": "until",
              "jusqu'au": "until", "jusqu'en": "until", "avant": "before",
              "après": "after"}
# openers of a span that runs until now: its start lies behind whatever the clause's tense
SINCE_LOOKS_BACK = ("depuis",)
# two days joined by these are a span only when they follow each other ("les 20 et 21 mars"; "les 15 et 22
# mars" are two days)
DAY_PAIR_JOINS = ("et",)
RANGE_JOIN = {"et": "between", "au": "from", "à": "from", "-": "dash", "jusqu'au": "from",
              "jusqu'à": "from"}
# les mots qui peuvent joindre les membres d'une liste de mois ou de jours dont le dernier seul porte l'année
# commune (« en février puis en avril 2021 », « en mai et juin 2022 », « le 3 mai et le 5 juin 2022 »)
LIST_JOIN_WORDS = ("et", "ou", "puis", "en", ",", "de", "nouveau", "le", "encore")
# mots entre un temps d'une année et un jour ou un mois écrit sans année, qui est alors dans cette année
# (« l'an dernier, le 15 avril », « en 2019, en mars »)
YEAR_DATE_LINKS = (",", "en", "au")

# tense cues for the clause around a relative expression
FUTURE_WORDS = (
    "va vont allons allez vais pourra pourront "
    "sera seront aura auront fera feront ira iront prochain prochaine"
).split()
# words of a plan or an expectation: they point forward, but the plan may be one already past
# (« le scrutin, prévu en janvier, a été reporté »)
PLAN_WORDS = (
    "devrait devraient doit doivent prévu prévue prévus prévues "
    "compte comptent entend entendent espère espèrent envisage projette "
    "peut peuvent souhaite souhaitent attendu attendue attendus attendues prévoit prévoient "
    # un vouloir : « Personne ne veut faire grève avant Noël »
    "veut veulent "
    "espéré espérée espérés espérées "
    # une probabilité : « une baisse en décembre est peu probable »
    "probable probables improbable improbables envisageable envisageables "
    # une crainte : « redoute une reprise du mistral dimanche », « craint des orages lundi »
    "redoute redoutent craint craignent "
    # une possibilité qu'on n'écarte pas : « les prévisionnistes n'excluent pas de nouveaux orages dès lundi »
    "exclut excluent "
    # « il est censé arriver vendredi »
    "censé censée censés censées "
    # « à l'approche du scrutin de dimanche », « dans l'attente de la décision de jeudi »
    "approche attente"
).split()
# un plan dit au passé : le jour qu'il vise est le plus proche de la publication, avant ou après (« Il devait
# être entendu par les enquêteurs mardi » un lundi : demain ; « Le président devait s'exprimer mardi soir » un
# mercredi : la veille)
PAST_PLAN_WORDS = ("devait", "devaient",
                   # un espoir ou un projet à l'imparfait (« les équipes espéraient rouvrir l'accès aux villages d'ici
                   # à la fin de la semaine »)
                   "espérait", "espéraient", "souhaitait", "souhaitaient", "prévoyait", "prévoyaient",
                   "envisageait", "envisageaient")
# words that part « la veille », « le lendemain » from a day written after them, which is then no day of
# their object (« arrivé la veille du sommet et reparti lundi »)
OBJECT_DAY_STOPS = ("et", "ou", "mais", "puis", "jusqu", "avant", "après", "alors")
# prepositions of a deadline: an end after them (a weekday, a season, a date), in a clause with no tense,
# lies ahead (« d'ici vendredi », « d'ici l'été »);
# not « avant », which a past told without a marker uses as well (« dit n'avoir reçu aucune aide avant lundi
# soir »)
DEADLINE_WORDS = ("d'ici", "d'ici à", "jusqu'à", "jusqu'au", "jusqu'en")
# ... those of them that count from the time of speaking: the end after them lies ahead of publication
# even in a past clause (« si 60 000 euros étaient réunis d'ici l'été »)
DEADLINE_WORDS_FROM_NOW = ("d'ici", "d'ici à")
# plan words that are pasts after an auxiliary of « avoir »: « des patients ont attendu douze heures
# vendredi » (waited), but « le verdict est attendu vendredi » (expected)
_AVOIR = ("a", "ont", "avait", "avaient", "ai", "avons", "avez", "as", "aura", "auront", "eu", "avoir")
PLAN_WORDS_PAST_AFTER = {"attendu": _AVOIR, "espéré": _AVOIR}
# verbs of an attribution after the clause (« ... le 1er mars, a annoncé le ministre »): they do not give
# the clause's tense
TENSE_REPORTING_WORDS = tuple(p + e for p in ("déclaré", "annoncé", "indiqué", "précisé", "ajouté", "expliqué",
                                              "affirmé", "assuré", "estimé", "souligné", "confirmé", "rapporté",
                                              "averti", "prévenu", "alerté", "rappelé", "insisté", "martelé",
                                              # « ..., avait écrit M. Macron sur Twitter dès jeudi »
                                              "écrit", "dit", "lancé", "confié", "raconté", "tweeté")
                              for e in ("", "e", "s", "es"))
# à qui les mots ont été dits, entre le verbe de parole et le jour où ils l'ont été (« a déclaré à la presse
# samedi que ... », « a indiqué dans un communiqué dimanche »)
TENSE_REPORTING_ADDRESSEES = ("à la presse", "aux journalistes", "à des journalistes", "devant la presse",
                              "devant les journalistes", "aux députés", "devant les députés", "au parlement",
                              "à l'afp", "à l'agence france-presse", "dans un communiqué", "dans une déclaration",
                              "dans un message", "dans une vidéo", "dans un entretien", "dans une interview",
                              "lors d'une conférence de presse", "en conférence de presse", "sur les réseaux sociaux",
                              "à la télévision", "sur x")
# complementizers that, right after an expression, open another clause, whose tense is not its own:
# « a indiqué mercredi qu'il prévoyait une baisse »
TENSE_RIGHT_STOPS = ("que", "qu")
# mots qui ouvrent une subordonnée : un temps après l'un d'eux est le sien, non celui de l'expression quand un
# marqueur se trouve à sa gauche
# mots qui ouvrent un aparté entre virgules, dont le temps n'est pas celui de la proposition autour (« L'assaillant,
# interpellé dimanche, avait ouvert le feu vers 15 heures ») : relatifs, et participes par leur fin
# mots d'habitude : un jour de la semaine après l'un d'eux dans sa proposition, précédé de l'article « le », est
# ce jour de chaque semaine (« habituellement fermé le mardi » : XXXX-WXX-2)
HABITUAL_WORDS = ("habituellement", "généralement", "habitude", "ordinaire", "traditionnellement", "souvent",
                  "régulièrement")
HABITUAL_WEEKDAY_ARTICLES = ("le",)
ASIDE_RELATIVES = ("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles")
ASIDE_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
TENSE_SUBORDINATORS = ("parce", "puisque", "quoique", "lorsque",
                       # « elle ne quitterait pas ses fonctions le 29 décembre tant que de nouvelles élections
                       # n'auraient pas été organisées », « alors que », « tandis que »
                       "tant", "tandis", "alors")
# plan words that point forward only the dates after them: « la Bourse a reculé jeudi dans l'attente
# des chiffres de vendredi » (jeudi est passé)
PLAN_WORDS_BEFORE_ONLY = ("approche", "attente")
# plan words that are plans only before an infinitive (within three words): « le ministre compte se
# rendre à Lyon samedi », but « l'OM compte trois points d'avance sur Monaco, vainqueur samedi »
PLAN_WORDS_BEFORE_INFINITIVE = ("compte", "comptent")
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
# a tense word after these is none: « comme prévu », « plus tôt que prévu »
# « avoir lieu » in the present: a scheduled event, ahead (« le sommet a lieu jeudi »); before any other
# word these stay the auxiliaries of a past (« a eu lieu », « a dit »)
PLAN_WORDS_WITH_NEXT = {"a": ("lieu",), "ont": ("lieu",)}
# a past copula before a judgement of likelihood is the reported present of a prospect: « a estimé
# qu'une baisse en décembre était peu probable » looks ahead (« probable », a plan word, tells it)
TENSE_WORD_EXCEPTIONS = tuple((c, w) for c in ("était", "étaient") for w in ("peu", "probable", "improbable",
                                                                            "envisageable", "exclu", "exclue"))
# mots de degré entre la copule et le mot qui l'excepte (« estimait qu'une baisse était très probable »)
TENSE_EXCEPTION_DEGREE_WORDS = ("très", "fort", "plus", "moins", "assez", "désormais", "toujours")
TENSE_WORD_AFTER_EXCEPTIONS = (("comme", "prévu"), ("que", "prévu"), ("comme", "attendu"), ("'", "attendu"))
# the present tense of a scheduled event (« le conseil se réunit jeudi », « le procès s'ouvre
# lundi », « les cours reprennent mercredi »): ahead, like a plan.  Forms that are common nouns
# (« rencontre », « vote », « part », « entre ») are left out
SCHEDULE_PRESENT_WORDS = (
    "réunit réunissent ouvre ouvrent rouvre rouvrent débute débutent commence commencent reprend "
    "reprennent affronte affrontent tient tiennent déroule déroulent comparaît comparaissent expire expirent"
).split()
# those of them that speak of a scheduled event only as reflexive verbs: « le procès s'ouvre lundi »,
# « le sommet se tient jeudi » (AFP tells past news in the present: « le parquet ouvre une enquête »)
SCHEDULE_PRESENT_REFLEXIVE = ("réunit", "réunissent", "ouvre", "ouvrent", "tient", "tiennent", "déroule", "déroulent")
# ... and before these words (« le musée ouvre ses portes mercredi », « les écoles rouvrent leurs portes lundi »)
SCHEDULE_PRESENT_OBJECTS = (("ouvre", "ses", "portes"), ("ouvrent", "leurs", "portes"), ("rouvre", "ses", "portes"),
                            ("rouvrent", "leurs", "portes"))
# verbs of calling for, promising or setting a date: the date of their object lies ahead
# (« ont appelé à la grève du 3 au 5 juillet », « a fixé le scrutin au 14 septembre »), but a date
# right after them is the act's (« a appelé mardi à manifester »)
# a preposition of the date aimed at, right before it: "postponed to Thursday", "reporté à jeudi"
# a postponement told in the pluperfect is past, and so is its date: "had been postponed to June"
PLUPERFECT_PASSIVE = (("avait", "été"), ("avaient", "été"))
INTENT_TARGETS = ("pour", "à")
# les auxiliaires de ce qui est à venir qui datent une expression au-delà de quelques mots, dans leur phrase et sans
# virgule entre eux (« le gouvernement devrait présenter un projet de loi sur la fin de vie au Parlement d'ici à
# la fin de l'été »)
TENSE_FAR_PLAN_WORDS = ("devrait", "devraient", "pourrait", "pourraient", "doit", "doivent", "va", "vont")
# ... and for the words of a postponement only (INTENT_TARGET_ONLY): « reporté au 12 février » (but « avait
# promis au printemps un plan »: when the promise was made)
INTENT_TARGETS_OF_POSTPONING = ("au", "aux")
# (« mis en délibéré au 15 janvier », « renvoyé au 3 mars », « ajourné au 12 »: a ruling or a hearing put off)
INTENT_WORDS = tuple(p + e for p in ("appelé", "promis", "fixé", "convoqué", "programmé", "reporté", "repoussé", "annoncé",
                                     "décalé", "planifié", "prolongé", "renvoyé", "ajourné", "délibéré", "décrété")
                     for e in ("", "e", "s", "es") if not (p == "promis" and e == "s"))
# verbs that aim ahead only through an infinitive after them (« ont convenu de se retrouver jeudi », « a
# demandé aux compagnies d'annuler leurs vols jeudi »; « a demandé jeudi ... »: the asking's date); not
# those whose infinitive happens with them (« a tenté d'arrêter le cortège dimanche »)
# (a threat aims ahead as well: « les syndicats ont menacé de bloquer les raffineries jeudi », « qui
# menaçaient de supprimer des lignes dès la rentrée »; « menacé de mort jeudi », no infinitive, is the day of
# the threat)
INTENT_INFINITIVE_WORDS = tuple(p + e for p in ("convenu", "décidé", "demandé", "exhorté", "ordonné", "voté",
                                                "proposé", "invité", "menacé")
                                for e in ("", "e", "s", "es")) + (
    "menace", "menacent", "menaçait", "menaçaient")
# noms d'un engagement : en avant par l'infinitif qui les suit (« un engagement ferme à augmenter la
# production au deuxième trimestre »), rien sans lui
INTENT_INFINITIVE_NOUNS = ("engagement", "engagements", "promesse", "promesses")
INFINITIVE_MARKS = ("de", "d", "à")
# the pronouns that may stand between the mark and the infinitive (« de se retrouver », « de ne pas les
# fermer », « d'y aller », « de leur verser »)
INFINITIVE_CLITICS = ("se", "s", "ne", "n", "pas", "plus", "jamais", "le", "la", "les", "l", "lui", "leur", "y",
                      "en", "me", "m", "te", "t", "nous", "vous")
# their present forms: ahead with their object (« appellent à un rassemblement samedi »), else no tense
INTENT_PRESENT_WORDS = ("menace", "menacent", "appelle", "appellent", "convoque", "convoquent", "promet", "promettent", "reporte",
                        "reportent", "repousse", "repoussent", "prolonge", "prolongent",
                        # les participes présents, qui n'ont pas de temps à eux (« en annonçant dimanche soir des
                        # élections anticipées les 30 juin et 7 juillet »)
                        "annonçant", "appelant", "convoquant", "fixant", "programmant", "promettant", "reportant",
                        "repoussant", "prolongeant", "décrétant")
INTENT_EVENT_NOUNS = ("grève", "grèves", "rassemblement", "rassemblements", "mobilisation", "manifestation",
                      "manifestations", "marche", "réunion", "scrutin", "vote", "élection", "élections",
                      "référendum", "sommet", "procès", "audience", "session", "débat", "conférence", "journée",
                      "date", "consultation", "assemblée", "congrès", "défilé", "blocage", "blocages", "tenue",
                      "conseil", "visite", "voyage", "cérémonie", "réunions", "sommets", "audiences", "rencontre",
                      "rencontres", "négociations", "pourparlers", "obsèques", "hommage", "hommages",
                      # les arrêts de travail courts et les occupations (« appelle à un débrayage jeudi »)
                      "débrayage", "débrayages", "sit-in", "occupation", "barrage", "barrages",
                      # ce qu'un service annonce de ses jours à venir (« a annoncé mercredi la suppression d'un TGV
                      # sur deux de vendredi à dimanche »)
                      "suppression", "suppressions", "annulation", "annulations", "fermeture", "fermetures",
                      "réouverture", "ouverture")
# verbs of cancelling: what is cancelled was still to come when it was, for the fêtes and shows after them (« ont
# annulé leurs festivités du week-end »; « le tribunal a annulé l'élection de mars » voids a past one)
INTENT_CANCEL_WORDS = tuple(p + e for p in ("annulé", "déprogrammé") for e in ("", "e", "s", "es"))
INTENT_CANCEL_NOUNS = ("festivités", "fête", "fêtes", "concert", "concerts", "spectacle", "spectacles", "festival",
                       "festivals", "célébrations", "match", "matchs", "représentation", "représentations", "défilé",
                       "défilés", "feu", "feux", "bal", "bals", "tournée")
INTENT_TARGET_ONLY = tuple(p + e for p in ("reporté", "repoussé", "décalé", "prolongé", "renvoyé", "ajourné", "délibéré",
                                           "fixé")
                           for e in ("", "e", "s", "es")) \
    + ("reporte", "reportent", "repousse", "repoussent", "prolonge", "prolongent")
# verbs that keep a state in force: the end after « jusqu'à » lies ahead, whatever their tense (« Météo-France
# a maintenu le département en vigilance orange jusqu'à samedi », « a suspendu le trafic jusqu'à dimanche »;
# « a été détenu jusqu'à mardi » is no such state: a past)
INTENT_UNTIL_WORDS = tuple(p + e for p in ("maintenu", "suspendu", "interdit", "fermé", "placé", "reconduit",
                                           "étendu", "restreint", "bloqué", "coupé", "instauré", "imposé",
                                           # un titre sans verbe : « Trafic perturbé jusqu'à mardi »
                                           "perturbé")
                           for e in ("", "e", "s", "es") if not (p == "interdit" and e == "s"))
INTENT_UNTIL_TARGETS = ("jusqu",
                        # le début de l'état : « placé en vigilance rouge à partir de mercredi midi »
                        "partir")
# ... en tant qu'actes : après une copule, ils disent un état, dont la copule donne le temps (« les écoles étaient
# fermées jusqu'à vendredi », « la route est restée fermée jusqu'à vendredi » : un passé)
INTENT_UNTIL_NOT_AFTER = ("était", "étaient", "été", "être", "est", "sont", "fut", "furent", "resté", "restée",
                          "restés", "restées", "demeuré", "demeurée", "demeurés", "demeurées", "reste", "restent",
                          "demeure", "demeurent")
# ... unless another verb carries the tense: « ne s'est pas réuni »
# (and « avant que les forces ne reprennent les lieux »: a subjunctive)
SCHEDULE_PRESENT_NOT_AFTER = ("ne", "n'")
FUTURE_SUFFIXES = ("era", "eront", "erons", "erez", "irai", "ira", "iront", "drons", "dront",
                   "dra", "tra", "tront", "oira", "oiront",
                   # "recevra", "devra", "enverra", "verra", "saura"
                   "vra", "vront", "rra", "rront", "ura", "uront",
                   # « nous partirons », « vous finirez », « nous verrons »
                   "irons", "irez", "rrons", "vrons")
FUTURE_SUFFIX_EXCEPTIONS = ("sera", "caméra", "opéra", "ère", "cathédra", "chimère", "tiara",
                            "terra", "sierra", "guerra", "dura", "figura", "procura",
                            "sahara", "intra", "extra", "contra", "ultra", "tantra", "mantra",
                            "fera", "libera", "cobra", "zebra", "vera", "hera", "environs", "avirons",
                            # nouns ending as a future in « -rons »: « l'Union des vignerons »
                            "vignerons", "bûcherons", "bucherons", "forgerons", "biberons", "chaperons", "éperons",
                            "liserons", "moucherons", "escadrons", "chaudrons", "goudrons", "potirons", "marrons",
                            "larrons", "perrons", "girons")
PAST_WORDS = (
    "a ont avait avaient était étaient eu été fut furent ai avons avez hier "
    "dernier dernière passé "
    # « est mort lundi » (but « la mort », « un mort »: NOT_PAST_AFTER); « des faits commis en mars »,
    # « l'incendie survenu dimanche »
    "mort morte morts mortes commis commise commises survenu survenue survenus survenues"
).split()
# the conditional of reported plans: « il se rendrait vendredi à Kiev », « une annonce pourrait
# intervenir samedi » (the auxiliaries "serait", "aurait" form past conditionals: « il aurait été tué »)
PLAN_SUFFIXES = ("rait", "raient")
PLAN_SUFFIX_EXCEPTIONS = ("serait", "seraient", "aurait", "auraient", "portrait", "retrait", "attrait",
                          "extrait", "abstrait", "distrait", "trait", "soustrait")
# imperfects that end as a conditional does: a stem ending in "r" before "-ait" (« jurait », « espérait »,
# « déclarait », « ignorait », « montrait », « enregistrait », « offrait », « ouvrait », « célébrait »,
# « intégrait »); a conditional of these verbs keeps the "e" of the infinitive (« jurerait », « déclarerait »)
IMPERFECT_LOOKALIKE_ENDINGS = ("érait", "éraient", "arait", "araient", "orait", "oraient", "urait", "uraient",
                               "ntrait", "ntraient", "strait", "straient", "ffrait", "ffraient", "uvrait",
                               "uvraient", "ébrait", "ébraient", "égrait", "égraient")
# ... but these are conditionals (« aurait », « saurait »)
CONDITIONALS_ENDING_SO = ("aurait", "auraient", "saurait", "sauraient", "pleuvrait")
PAST_SUFFIXES = ("ait", "aient", "é", "ée", "és", "ées", "it", "irent", "èrent", "âmes", "ut", "urent")
PAST_SUFFIX_MIN = 4
# words with a past ending that are no verbs: « dans tout le pays », « dans la nuit », « le début »
PAST_SUFFIX_EXCEPTIONS = (
    "tout début statut institut salut attribut tribut nuit huit droit endroit produit conflit crédit profit "
    "circuit délit esprit fruit bruit débit dépit récit appétit petit édit exploit détroit lait trait "
    "portrait souhait attrait retrait extrait parfait "
    # nouns ending as a participle: « 41 degrés ce week-end », « les députés », « l'autorité »
    "degré degrés clé clés côté côtés comité comités marché marchés député députés café cafés bébé bébés "
    "société sociétés autorité autorités sécurité santé activité activités liberté libertés majorité "
    "unité unités communauté communautés qualité réalité priorité priorités possibilité possibilités "
    "capacité capacités difficulté difficultés volonté volontés vérité identité nationalité solidarité "
    "quantité quantités électricité université universités municipalité municipalités festivité festivités "
    # nouns in -ée, the words of a day's or a year's span first: « une nouvelle journée de mobilisation le
    # 23 mars » (not those that are also participles: « arrivée », « entrée », « tournée »)
    "journée journées année années soirée soirées matinée matinées durée durées armée armées idée idées "
    "assemblée assemblées musée musées lycée lycées fumée fumées mosquée mosquées vallée vallées fusée fusées "
    "marée marées trophée trophées épopée épopées randonnée randonnées chaussée chaussées cheminée cheminées "
    "denrée denrées contrée contrées "
    # an adjective of a time brought forward: « des élections anticipées les 30 juin et 7 juillet », « la
    # retraite anticipée » (the verb has its auxiliary: « il a anticipé »)
    "anticipé anticipée anticipés anticipées "
    # adjectives only, no verb: « des départs spontanés sont possibles jusqu'à jeudi »
    "spontané spontanée spontanés spontanées instantané instantanée instantanés instantanées simultané simultanée "
    "simultanés simultanées momentané momentanée momentanés momentanées "
    # « un débat télévisé mercredi 20 avril », « une allocution télévisée »
    "télévisé télévisée télévisés télévisées "
    # presents in -it that are no participle nor past (« poursuivi », « suivi »): « la saison se poursuit
    # jusqu'en décembre »
    "poursuit suit ensuit"
).split()
# the auxiliaries of a passive conditional: « une solution serait trouvée avant le 14 juillet » reports a plan
# (the date nearest publication), not a past (but « il serait arrivé lundi », a verb of ``ETRE_PARTICIPLES``, is
# a past conditional)
CONDITIONAL_PASSIVE_AUXILIARIES = ("serait", "seraient")
# the endings of the participles that no past ending tells (« rendu », « tenue », « mis », « ouverte »), after
# those auxiliaries
PARTICIPLE_ENDINGS_UNTOLD = ("u", "ue", "us", "ues", "is", "ise", "ises", "ert", "erte", "erts", "ertes")
# a participle after these is passive or infinitive, not a past tense: "va être déployé"
NOT_PAST_AFTER = ("être", "sera", "seront", "serait", "seraient", "soit", "soient",
                  # a present state: « les écoles restent fermées » (but « est parti » is a past)
                  "reste", "restent", "demeure", "demeurent",
                  # a noun, not a participle, after an article or "de": « le comité », « l'année »,
                  # « mesures de sécurité »
                  "le", "la", "les", "l'", "'", "un", "une", "du", "des", "au", "aux", "ce", "cet", "cette", "de",
                  # an adjective after a verb of state: « le trafic restera perturbé »
                  "restera", "resteront", "resterait", "resteraient", "demeurera", "demeureront", "semble",
                  "semblent", "paraît", "deviendra", "deviendront",
                  # un participe qui partage le verbe d'avant : « devrait être présenté début septembre, puis
                  # examiné à la rentrée » (le temps est celui du premier verbe)
                  "puis")
# "est", "sont" and a participle: a present passive (« l'audience est fixée au 4 avril »), unless
# the verb is conjugated with "être" (« il est arrivé ») or reflexive (« il s'est rendu »)
PASSIVE_PRESENT_AUX = ("est", "sont")
ETRE_PARTICIPLES = tuple(
    p + e for p in ("arrivé", "parti", "venu", "revenu", "devenu", "parvenu", "survenu", "intervenu",
                    "mort", "né", "tombé", "entré", "rentré", "sorti", "monté", "descendu", "resté",
                    "retourné", "décédé", "allé", "passé", "apparu", "disparu")
    for e in ("", "e", "s", "es"))
REFLEXIVES = ("se", "s", "me", "m", "te", "t", "nous", "vous")
CLAUSE_BREAKS = (".", "!", "?", ";", ":", "«", "»", "\"", "“", "”")
# quotation marks: around an expression alone ("voté d'ici "jeudi"") they part it from no clause
QUOTATION_MARKS = ("«", "»", "\"", "“", "”")
# a comma: a marker past it belongs to the clause only when none is nearer
# phrases before a month name that make it any month of that name, no month of the calendar (« un record
# pour un mois d'août depuis 2003 »)
GENERIC_MONTH_PHRASES = ("un mois de", "un mois d'")
# a comma, or a conjunction opening a clause of its own (« blessé à la jambe samedi mais sera présent »)
CLAUSE_SOFT_BREAKS = (",", "mais")
# une conjonction après une expression qui ouvre une proposition à elle, avec son temps : « ont arrêté
# vingt personnes dimanche et les relâcheront vendredi » (avant l'expression, elle peut partager son verbe :
# « va arriver et le rencontrer vendredi »)
CLAUSE_SOFT_BREAKS_AFTER = ("et", "si")

# the article's own words that should never start a year ("4 000 soldats")
NUMBER_NOUNS = (
    "euros euro dollars dollar francs livres personnes habitants soldats "
    "morts blessés victimes km mètres tonnes emplois voix salariés hommes "
    "femmes enfants élèves %"
).split()

# before a count of 24 hours or fewer, words that make it a time of day (« levée à partir de 20 heures »,
# « après 22 heures »), unless these follow it (« après 20 heures de négociations »: a duration)
CLOCK_BEFORE = ("à partir de", "après", "dès", "avant", "vers")
# the words around the first of two hours that make both times of day: « de 22 heures à 5 heures »,
# « entre 8 heures et 10 heures »
CLOCK_RANGES = (("de", "à"), ("entre", "et"))
# ... and these before a count of hours and a half (« à cinq heures et demie »: half past five)
CLOCK_HALF_BEFORE = ("à",)
CLOCK_NOT_BEFORE = ("de", "d'", "d")

# words after which a word of SET_WORDS is a noun: « le quotidien affirme » (the newspaper)
SET_WORD_NOUN_AFTER = ("le", "un", "ce", "du", "au", "l'", "cet")

# before a number of 1800 to 2100, words that make it a year even before a counted noun:
# « les soldats déployés depuis 2014 morts au combat » (« 2014 morts »: a count)
YEAR_PREPOSITIONS = ("en", "depuis")

# endings of adverbs, passed over between an auxiliary and its participle: « doit être définitivement voté »
ADVERB_ENDINGS = ("ment",)

# articles before a weekday that make it some weekday, not a date: "fired on a Tuesday", « un mardi soir »
INDEFINITE_DAY_ARTICLES = ("un",)

# words after which a number is a reference, not a year: « le vol AF 1148 », « la résolution 1701 »
NOT_YEAR_AFTER = ("vol", "vols", "article", "articles", "ligne", "route", "autoroute", "salle", "chambre",
                  "n°", "numéro", "alinéa", "page", "pages", "chapitre", "décret", "résolution", "bus",
                  "sortie", "porte", "quai", "canal", "dossier", "affaire", "rang", "siège", "cellule",
                  "af", "lot", "bloc", "voie", "code")

TIMES_WORD = {"fois": 1}
PARTS_OF_DAY_PLURAL = {"matins": "MO", "soirs": "EV", "nuits": "NI", "matinées": "MO", "soirées": "EV"}
# centuries in Roman numerals: "le XIXe siècle"
_ROMAN = ("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii").split()
ROMAN_CENTURIES = {r + e: n for n, r in enumerate(_ROMAN, 1) for e in ("e", "ème")}

# dates written as names ("le 11-Septembre") that name an event of one year: (month, day) -> year;
# the others ("le 14-Juillet", "le 1er-Mai") are yearly holidays
NAMED_DATE_YEARS = {(9, 11): 2001, (11, 13): 2015, (10, 7): 2023}
# the same in a plain date after an event noun: « les attentats du 13 novembre »
NAMED_DATE_NOUNS = ("attentat", "attentats", "attaque", "attaques")
# ... unless the sentence dates it otherwise (a year is written too): « le 7 octobre dernier »
NAMED_DATE_BLOCKERS = ("dernier", "dernière", "ce", "cette", "hier")
NAMED_DATE_LINKS = ("du", "de")

# names holding a time word, which is then no time expression
NAMES_WITH_TIME_WORDS = ("Journal du dimanche", "jeudi saint", "Libération du dimanche", "accord du Vendredi saint",
                         "accords du Vendredi saint")

# "dans la journée", "dans la nuit", "le même jour": within the anchor day
SAME_DAY = ("la journée",)

# Rules: (name, pattern, action, params).  Order breaks ties between matches
# of equal length.
RULES = [
    # "à la rentrée", "la rentrée 2025", "la rentrée prochaine": the start of September
    ("rentree", "la rentrée scolaire? {year}? {after_mod}?", "season_start", {"month": 9, "part": "start"}),
    # "à Noël", "le lundi de Pâques", "la Toussaint 2024" (the article is left out of the span)
    ("holiday", "{holiday} {year}?", "holiday", {}),
    # « le week-end de Pâques », « du week-end de la Pentecôte », « le week-end de Noël 2022 »
    ("holiday_weekend", "le|ce|du|au week-end|weekend de|d' la|l'? {holiday} {year}?", "holiday", {"weekend": True}),
    # ranges of days sharing a month: "du 3 au 5 mars 2020", "entre le 3 et le 5 mars"
    ("range_days", "^du|^entre {day=d1} au|et le? {day=d2} {month} {year}?", "range_days", {}),
    # "les 20 et 21 mars", "les 5 et 6 avril 2024", "la grève des 16 et 17 septembre"
    ("range_days_les", "^les|^des|^aux {day=d1} et {day=d2} {month} {year}?", "range_days", {}),
    # weekday + date: "mardi 31 décembre 2019", "le jeudi 7 octobre"
    ("weekday_date", "le? {weekday} {day} {month} {year}? {pod}?", "date", {}),
    # weekday and day number: "mardi 14", "le vendredi 3 à Genève"
    ("weekday_day", "le? {weekday} {day}", "weekday_day", {}),
    # date: "31 décembre 2019", "1er janvier", "le 6 mai dernier"
    ("date", "le? {day} {month} {year}? {after_mod}?", "date", {}),
    # « le 20 », « dès le 3 », « jusqu'au 15 »: that day of the month nearest to publication, on the
    # side of the tense (the month-day actions reject « le 20 heures », « le 20e », « les 20 soldats »)
    ("month_day_le", "le {day}", "month_day", {}),
    ("month_day_au", "^jusqu' ^au {day}", "month_day", {}),
    ("month_day_du", "^à ^partir ^du {day}", "month_day", {}),
    # "le 11-Septembre", "le 14-Juillet": dates written as names
    ("named_date", "le? {day} - {month}", "named_date", {}),
    # "le 10 mars au soir"
    ("date_pod", "le? {day} {month} {year}? au {pod}", "date", {}),
    ("date_ord", "le? {ord=day} {month} {year}?", "date", {}),
    # "le premier dimanche du printemps", "le dernier lundi de mars"
    ("nth_weekday_month", "le? {ord=nth} {weekday} de|du|d' {month} {year}?", "nth_weekday", {}),
    ("nth_weekday_season", "le? {ord=nth} {weekday} du|de l'? {season} {year}?", "nth_weekday", {}),
    ("last_weekday_month", "le? dernier {weekday} de|du|d' {month} {year}?", "nth_weekday", {"nth": -1}),
    # « le deuxième mardi du mois prochain », « le dernier vendredi de ce mois-ci » : dans le mois dit par
    # rapport à celui de la publication
    ("nth_weekday_rel_month", "le? {ord=nth} {weekday} du mois {after_mod}", "nth_weekday", {}),
    ("last_weekday_rel_month", "le? dernier {weekday} du mois {after_mod}", "nth_weekday", {"nth": -1}),
    ("nth_weekday_this_month", "le? {ord=nth} {weekday} de ce mois -ci?", "nth_weekday", {"rel_month": 0}),
    ("last_weekday_this_month", "le? dernier {weekday} de ce mois -ci?", "nth_weekday", {"nth": -1, "rel_month": 0}),
    # « le 15 du mois dernier », « le 3 de ce mois »
    ("day_of_rel_month", "le {day} du mois {after_mod}", "day_rel_month", {}),
    ("day_of_this_month", "le {day} de ce mois -ci?", "day_rel_month", {"rel_month": 0}),
    ("date_numeric", "{int=day} /|. {int=month} /|. {year}", "date_numeric", {"order": "dmy"}),
    ("date_iso", "{year} - {int=month} - {int=day}", "date_numeric", {"order": "ymd"}),
    # "dans la nuit de lundi à mardi"
    ("night_of", "^dans? la nuit de|du {weekday=wd1} à|au {weekday=wd2}", "night_between", {}),
    # "dans la nuit du 31 décembre au 1er janvier", "la nuit du 13 au 14 juillet"
    ("night_of_dates", "^dans? la nuit du {day=d1} {month=m1}? au {day=d2} {month} {year}?", "night_between_dates", {}),
    # "dans la soirée de mardi", "dans la nuit de samedi"
    # « aux premières heures de dimanche »: ce jour (ses premières heures sont la nuit d'avant, sans partie du
    # jour à dire)
    ("early_hours_weekday", "^dans? les premières heures de|du {weekday}", "weekday", {}),
    ("early_hours_weekday_aux", "^aux premières heures de|du {weekday}", "weekday", {}),
    # (« au petit matin de jeudi »)
    ("pod_of_weekday", "^dans? la|l'|le|^au|^aux {pod} de|du {weekday} {after_mod}?", "weekday", {}),
    # « le matin du 12 novembre », « dans l'après-midi du 3 mars 2024 », « au soir du 12 décembre »
    ("pod_of_date", "^dans? la|l'|le|^au|^aux {pod} du {day} {month} {year}?", "date", {}),
    # « minuit vendredi », « vendredi à minuit », « vendredi soir à minuit », « ce soir à minuit »:
    # le minuit qui clôt ce jour
    ("minuit_weekday", "^à? {midnight} {weekday}", "midnight_of", {}),
    ("weekday_minuit", "{weekday} soir? à {midnight}", "midnight_of", {}),
    ("ce_soir_minuit", "ce soir à {midnight}", "midnight_of", {"n": 0}),
    ("minuit_ce_soir", "^à? {midnight} ce soir", "midnight_of", {"n": 0}),
    # weekday with part of day and modifiers: "mardi soir", "vendredi dernier"
    # « le mardi suivant », « le vendredi soir précédent »: the first such day after (before) the day the
    # story told last, not one counted from publication
    ("following_weekday", "le|l' {weekday} {pod}? suivant", "anchored_weekday", {"n": 1}),
    ("previous_weekday", "le|l' {weekday} {pod}? précédent", "anchored_weekday", {"n": -1}),
    # « mardi et mercredi prochains », « lundi et mardi derniers »: two days, the modifier of both
    ("weekday_pair_mod", "{weekday} et {weekday=weekday2} {pod}? {pair_mod}", "weekday_pair", {}),
    ("weekday", "{this=this_wd}? {weekday} {pod}? {after_mod}?", "weekday", {}),
    ("weekday_set", "{weekday_pl=weekday} {pod}?", "weekday_set", {}),
    ("every_weekday", "{set_prefix} {weekday} {pod}?", "weekday_set", {}),
    ("every_unit", "{set_prefix} {num}? {unit}", "unit_set", {}),
    # "deux fois par an", "une fois par semaine", "chaque matin", "tous les soirs", "chaque été"
    ("n_times_per_unit", "{num} {times_word} par {unit}", "unit_set", {}),
    ("every_pod", "{set_prefix} {pod}", "part_set", {}),
    ("every_pod_pl", "tous|toutes les {pod_pl=pod}", "part_set", {}),
    ("every_season", "chaque {season}", "part_set", {}),
    # "le XIXe siècle", "au 19e siècle"
    ("century_roman", "^au? le? {roman_century=c} siècle", "century", {}),
    ("century", "^au? le? {int=c} e|ème siècle", "century", {}),
    ("per_unit", "^par {unit}", "unit_set", {}),
    ("set_word", "{set_word}", "set_word", {}),
    # day words: "aujourd'hui", "hier soir", "demain matin"
    ("day_word", "{day_word} {pod}?", "day_offset", {}),
    # « la nuit dernière », « la nuit passée »: the night before publication
    ("day_pod_word", "{day_pod_word}", "day_pod", {}),
    ("this_pod", "{this} {pod}", "this_pod", {}),
    # "au lendemain de la démission": just after an event, so the time of the clause
    # ("of": the offset from a day given right after them, that of their object: « la veille du vote de
    # dimanche » is Saturday, « au lendemain de l'attentat de mardi » Wednesday)
    ("veille_de", "^à la veille ^de|du|des|d'", "anchored", {"unit": "D", "n": 0, "of": -1}),
    ("lendemain_de", "^au lendemain ^de|du|des|d'", "anchored", {"unit": "D", "n": 0, "of": 1}),
    # « ouvrant une période d'incertitude la veille d'une journée de mobilisation »: the eve of an event, the day
    # of its clause when its sentence tells one, else the day before the one told (as « la veille » alone)
    ("la_veille_de", "la veille ^de|du|des|d'", "anchored", {"unit": "D", "n": 0, "of": -1, "eve": True}),
    ("la_veille_au", "^à? la veille au {pod}", "anchored", {"unit": "D", "n": -1, "of": -1}),
    ("la_veille", "^à? la veille {pod}?", "anchored", {"unit": "D", "n": -1, "of": -1}),
    ("le_lendemain", "^au? le? lendemain {pod}?", "anchored", {"unit": "D", "n": 1, "of": 1}),
    ("surlendemain", "^au? le? surlendemain", "anchored", {"unit": "D", "n": 2}),
    ("avant_veille", "^à? l' avant-veille", "anchored", {"unit": "D", "n": -2}),
    ("same_day", "{same_day}", "anchored", {"unit": "D", "n": 0, "narrative": True}),
    ("same_day_as_before", "{same_as_before}", "anchored", {"unit": "D", "n": 0, "scope": "text"}),
    ("same_pod_as_before", "{same_pod_as_before=pod}", "anchored_pod_before", {}),
    ("anchored_pod", "^dans la|l' {pod}", "anchored_pod", {}),
    ("anchored_day_part", "^en {day_part=pod}", "anchored_pod", {}),
    ("anchored_day_part_a", "^à {day_part_a=pod}", "anchored_pod", {}),
    # « depuis l'aube », « dès l'aube »: the span from that moment of the day
    ("since_day_part_a", "^depuis|dès {day_part_a=pod}", "anchored_pod", {}),
    ("weekday_day_part_a", "{weekday} à {day_part_a=pod}", "weekday", {}),
    ("anchored_day_part_au", "^au {day_part_au=pod}", "anchored_pod", {}),
    ("weekday_day_part_au", "{weekday} au {day_part_au=pod}", "weekday", {}),
    # « toute la nuit », « pendant toute la matinée »: the part of the day of the story's day
    ("anchored_pod_whole", "toute la|l' {pod}", "anchored_pod", {}),
    ("anchored_unit", "le|la|l' {cal_unit} {anchored_mod}", "anchored_unit", {}),
    ("offset_later", "{num} {unit} plus tard", "anchored_offset", {"sign": 1}),
    ("offset_later_about", "{approx_count=num} de|d' {unit} plus tard", "anchored_offset", {"sign": 1}),
    ("offset_earlier", "{num} {unit} plus tôt|auparavant", "anchored_offset", {"sign": -1}),
    # "des heures plus tard", "des jours auparavant": some of the unit
    ("offset_later_some", "des? {unit} plus tard", "anchored_offset", {"sign": 1}),
    ("offset_earlier_some", "des? {unit} plus tôt|auparavant", "anchored_offset", {"sign": -1}),
    ("ago", "il y a {approx_word}? {num} {unit}", "offset", {"sign": -1}),
    ("ago_about", "il y a {approx_count=num} de|d' {unit}", "offset", {"sign": -1}),
    # "il y a un an jour pour jour": ce jour-là précisément
    ("ago_to_the_day", "il y a {num} {unit} jour pour jour", "offset", {"sign": -1, "exact": True}),
    # « il y a un an aujourd'hui » : ce jour-là aussi
    ("ago_today", "il y a {num} {unit} aujourd' hui", "offset", {"sign": -1, "exact": True}),
    # « dans quinze jours » points ahead whatever the tense (« a promis de présenter le texte dans quinze jours »)
    ("in_future", "^dans {num} {unit}", "offset", {"sign": 1}),
    ("d_ici", "^d' ici {num} {unit}", "offset", {"sign": 1}),
    ("d_ici_anchor", "^d' ici ^le|la|l'", "dct_point", {}),
    # "la semaine dernière", "l'an prochain", "ce mois-ci", "cette année"
    ("rel_unit_after", "le|la|l' {cal_unit} {after_mod}", "rel_unit", {}),
    # « jusqu'au mois prochain », « à partir du mois prochain »: the article fused with its preposition
    ("rel_unit_after_au", "^au|du {cal_unit} {after_mod}", "rel_unit", {}),
    ("rel_unit_before", "le|la|l' {before_mod} {cal_unit}", "rel_unit", {}),
    ("rel_unit_this", "{this} {cal_unit} -ci?", "rel_unit", {"dir": 0}),
    # « la mobilisation se poursuivra toute la semaine », « tout le mois »: l'unité en cours (pas « toute la
    # semaine prochaine », « tout le mois de mars », qui se lisent ailleurs)
    ("toute_la_semaine", "toute la semaine", "rel_unit", {"dir": 0, "unit": "W", "not_before": WHOLE_UNIT_NOT_BEFORE}),
    ("tout_le_mois", "tout le mois", "rel_unit", {"dir": 0, "unit": "M", "not_before": WHOLE_UNIT_NOT_BEFORE}),
    # « au début de la nouvelle année »: l'année dont le début est le plus proche de la publication
    ("nouvelle_annee", "la|cette nouvelle année", "rel_unit", {"dir": 0, "unit": "Y", "new": True}),
    # "plus tôt cette année", "plus tard ce mois-ci": the current unit
    ("earlier_this_unit", "plus tôt {this} {cal_unit} -ci?", "rel_unit", {"dir": 0}),
    # « plus tard cette semaine » : ce qui reste de l'unité, la suivante quand la publication en est le dernier jour
    ("later_this_unit", "plus tard {this} {cal_unit} -ci?", "rel_unit", {"dir": 0, "rest": True}),
    # « le week-end du 17 août »: le week-end de cette date
    ("weekend_of_date", "le week-end|weekend du {day} {month} {year}?", "date", {"within": "WE"}),
    # « la semaine du 25 mars »: la semaine (du lundi au dimanche) de cette date
    ("week_of_date", "la semaine du {day} {month} {year}?", "date", {"within": "W"}),
    # « cette année-là », « ce printemps-là »: l'unité ou la saison du moment raconté avant;
    # « le printemps suivant »: la suivante
    ("that_cal_unit", "cette|ce|cet {cal_unit} - là", "that_unit", {}),
    ("that_season", "ce|cet {season} - là", "that_unit", {}),
    ("following_season", "le|l' {season} suivant", "that_unit", {"after": True}),
    ("week_end", "le|ce week-end|weekend", "weekend", {}),
    # « jusqu'au week-end »
    ("week_end_au", "^au week-end|weekend", "weekend", {}),
    # « à partir du week-end », « la météo du week-end »
    ("week_end_du", "du week-end|weekend", "weekend", {}),
    # part of a year or month: "fin décembre", "mi-janvier", "début 2020", "la fin de l'année"
    ("part_month", "{part} {month} {year}?", "month", {}),
    # « à la fin du mois de décembre », « au début de mars »
    ("part_month_of", "la|le? {part} du mois de|d' {month} {year}?", "month", {}),
    ("part_of_month", "la|le? {part} de|d' {month} {year}?", "month", {}),
    # « la première semaine de mars », « la dernière semaine du mois de mai »: cette semaine du mois,
    # comptée depuis son premier jour
    ("week_of_month", "la? {ord=week} semaine de|d' {month} {year}?", "month", {}),
    ("week_of_month_of", "la? {ord=week} semaine du mois de|d' {month} {year}?", "month", {}),
    ("last_week_of_month", "la? dernière semaine de|d' {month} {year}?", "month", {"week": -1}),
    ("last_week_of_month_of", "la? dernière semaine du mois de|d' {month} {year}?", "month", {"week": -1}),
    ("part_year", "{part} {year}", "year", {}),
    # « le début de l'année 2023 », « la fin de l'an 2000 »: the part of the year written
    ("part_of_the_year", "la|le? {part} de l' année|an {year}", "year", {}),
    ("part_rel_unit", "la|le? {part} de|du l'|la|le? {cal_unit} {after_mod}?", "part_unit", {}),
    # « en fin d'année », « en début de semaine »: the current unit
    ("part_unit_short", "^en {part} de|d' {cal_unit} {after_mod}?", "part_unit", {}),
    # « pour le reste de l'année », « le reste du mois »: the current unit
    ("reste_unit", "le reste de|du l'|la|le? {cal_unit}", "rel_unit", {"dir": 0}),
    ("season", "le|l'|cet|cette|ce {season} {year}? {after_mod}?", "season", {}),
    ("season_en", "^en|^au {season} {year}? {after_mod}?", "season_strict", {}),
    # « en mars de l'an dernier », « en juin de l'année prochaine »
    ("month_last_year", "{month} de l' an|année dernier|dernière|passé|passée", "month_rel_year", {"ydir": -1}),
    ("month_next_year", "{month} de l' an|année prochain|prochaine", "month_rel_year", {"ydir": 1}),
    ("month_year", "le? mois? ^de|d'? {month} {year}? {after_mod}?", "month", {}),
    # « au début des années 1950 », « la fin des années 1990 »: part of a decade
    ("part_decade", "le|la? {part} des années {year=decade_year}", "decade", {}),
    ("decade", "les années {year=decade_year}", "decade", {}),
    ("decade_words", "les années {decade_word}", "decade", {}),
    # after the article fused with its preposition, left out of the span: « des années 1950 aux années 2010 »
    ("decade_fused", "^des|aux années {year=decade_year}", "decade", {}),
    ("decade_words_fused", "^des|aux années {decade_word}", "decade", {}),
    ("year_an", "l' an {year}", "year", {}),
    # "le premier trimestre 2023", "au deuxième trimestre de l'année prochaine"
    ("quarter_ord_rel", "le? {ord=q} trimestre de l' année prochaine|dernière", "quarter", {}),
    # « au premier trimestre de l'an prochain », « le troisième trimestre de l'année en cours », « de cette année »
    ("quarter_ord_an_rel", "le? {ord=q} trimestre de l' an prochain|dernier", "quarter", {}),
    ("quarter_ord_cours_rel", "le? {ord=q} trimestre de l' année en cours", "quarter", {}),
    ("quarter_ord_cette_rel", "le? {ord=q} trimestre de cette année", "quarter", {}),
    ("quarter_ord_year", "le? {ord=q} trimestre {year}?", "quarter", {}),
    # « au T3 », « les résultats du T4 2023 », « T1 2025 »: a quarter written as « T » and its number
    # glued (« un T3 » is a flat: only after « au », « du » or before a year)
    ("quarter_t", "^au|^du t {int=q} {year}?", "quarter", {"letter": "T"}),
    ("quarter_t_year", "t {int=q} {year}", "quarter", {"letter": "T"}),
    # « l'exercice 2024 », « l'exercice fiscal 2024 »: a fiscal year, whose calendar the text does not give
    ("fiscal_year", "exercice fiscal|comptable? {year}", "fiscal_year", {}),
    # "le second semestre 2025", "au premier semestre de l'année prochaine"
    ("half_ord_rel", "le? {ord=q} semestre de l' année prochaine|dernière", "quarter", {"unit": "HALF"}),
    ("half_ord_an_rel", "le? {ord=q} semestre de l' an prochain|dernier", "quarter", {"unit": "HALF"}),
    ("half_ord_cours_rel", "le? {ord=q} semestre de l' année en cours", "quarter", {"unit": "HALF"}),
    ("half_ord_cette_rel", "le? {ord=q} semestre de cette année", "quarter", {"unit": "HALF"}),
    ("half_ord_year", "le? {ord=q} semestre {year}?", "quarter", {"unit": "HALF"}),
    ("year", "{year}", "year", {}),
    # vague references
    ("vague", "{vague}", "vague", {}),
    # durations: "trois jours", "48 heures", "pendant un an"
    # « une heure et demie », « un an et demi de prison », « deux jours et demi »
    ("duration_half", "{approx_word}? {num} {unit} et demie|demi", "duration", {"half": True}),
    # « une demi-heure », « une demi-journée »; « une heure et 45 minutes », « deux ans et six mois »: comptées dans
    # l'unité la plus petite
    ("duration_half_only", "{approx_word}? une|un demi - {unit}", "duration", {"half_only": True}),
    ("duration_and_smaller", "{approx_word}? {num} {unit} et {num=num2} {unit=unit2}", "duration", {"plus": True}),
    # les temps du sport : « en 45 min 24 s », « 1 h 02 min d'avance »
    ("duration_min_sec", "{approx_word}? {num} min {num=num2} s|sec", "duration", {"plus": True, "unit": "MIN"}),
    ("duration_h_min", "{approx_word}? {num} h {num=num2} min", "duration", {"plus": True, "unit": "H"}),
    ("duration", "{approx_word}? {num} {unit} {duration_tail}?", "duration", {}),
    # « une quinzaine de jours », « une vingtaine d'années »: about that many
    ("duration_about", "{approx_word}? {approx_count=num} de|d' {unit}", "duration", {"approx": True}),
    # the span up to or from publication: "les trois derniers mois", "ces dix dernières années",
    # "au cours des 48 dernières heures" (the article folded into "des" stays out), "les six
    # prochains mois"
    # « les neuf premiers mois de l'année », « les six premiers mois de 2024 » : la durée depuis le début de l'année
    ("first_units_of_year", "les|des {num} premiers|premières {unit} de l' année", "duration", {"within": "Y"}),
    ("first_units_of_year_n", "les|des {num} premiers|premières {unit} de {year}", "duration", {"within": "Y"}),
    ("duration_span", "les|ces {num} {dir_mod} {unit}", "duration", {}),
    ("duration_span_des", "^des {num} {dir_mod} {unit}", "duration", {}),
    # "les 24 heures écoulées", "les trois mois à venir"
    ("duration_span_after", "les|ces {num} {unit} {dir_after=dir_mod}", "duration", {}),
    ("duration_span_after_des", "^des {num} {unit} {dir_after=dir_mod}", "duration", {}),
    ("duration_unit_only", "^par {unit}", "unit_set", {}),
    # clock times: "à 18h30", "vers 20 heures", "15 h 45", "midi"
    ("clock_hm", "^à? {approx}? {hh} h|heures|heure|: {mm}?", "clock", {}),
    # « à 18 heures et demie », « vers 6 heures et quart »
    ("clock_half", "^à? {approx}? {hh} h|heures|heure et demie", "clock", {"minute": 30}),
    ("clock_quarter", "^à? {approx}? {hh} h|heures|heure et quart", "clock", {"minute": 15}),
    ("clock_named", "^à? {approx}? {named_time}", "clock", {}),
    # « vers 3 h du matin », « à 8 heures du soir », « 2 heures de l'après-midi » (14 h)
    ("clock_hm_part", "^à? {approx}? {hh} h|heures|heure {mm}? {ampm} {zone}?", "clock", {}),
    # "à 14H00 GMT", "18h30 heure locale": the time zone is part of the expression
    ("clock_hm_zone", "^à? {approx}? {hh} h|heures|heure|: {mm}? {zone}", "clock", {}),
]

DECADE_WORDS = {"vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6,
                "soixante-dix": 7, "quatre-vingt": 8, "quatre-vingts": 8,
                "quatre-vingt-dix": 9}
APPROX_WORDS = {"les prochains": 0, "les prochaines": 0, "les derniers": 0, "les dernières": 0,
                "ces derniers": 0, "ces dernières": 0, "environ": 1, "près de": 1, "presque": 1, "quelque": 1, "plus de": 1,
                "moins de": 1, "au moins": 1, "au bout de": 0, "pendant": 0,
                # élidés devant une voyelle : « il y a près d'un siècle », « plus d'un an »
                "près d'": 1, "plus d'": 1, "moins d'": 1,
                # « il y a à peine trois ans », « il y a tout juste un an », « il y a bientôt dix ans »
                "à peine": 0, "tout juste": 0, "exactement": 0, "déjà": 0, "quasiment": 1, "pratiquement": 1,
                "bientôt": 1, "un peu plus de": 1, "un peu plus d'": 1, "un peu moins de": 1,
                "un peu moins d'": 1}
# le modificateur TimeML d'une durée après ces mots (« plus de quatre mois » : MORE_THAN) ; après les
# autres APPROX_WORDS, APPROX
DURATION_MODS = {"plus de": "MORE_THAN", "moins de": "LESS_THAN", "au moins": "EQUAL_OR_MORE",
                 "plus d'": "MORE_THAN", "moins d'": "LESS_THAN"}
DURATION_TAIL = {"de suite": 1, "consécutifs": 1, "consécutives": 1, "durant": 1}
# between a count and its unit, the side of publication the span lies on: "les trois derniers mois"
DIRECTION_MODIFIERS = {"derniers": -1, "dernières": -1, "prochains": 1, "prochaines": 1}
# after the unit: "les 24 heures écoulées", "les trois mois à venir"
DIRECTION_AFTER = {"écoulés": -1, "écoulées": -1, "passés": -1, "passées": -1, "à venir": 1,
                   "qui viennent": 1}

# holidays: name -> ("fixed", month, day) | ("easter", days after Easter Sunday) | ("nth", month,
# isoweekday, n, days after)
HOLIDAYS = {
    "Noël": ("fixed", 12, 25), "Toussaint": ("fixed", 11, 1), "jour de l'an": ("fixed", 1, 1),
    "Nouvel An": ("fixed", 1, 1), "Saint-Sylvestre": ("fixed", 12, 31), "Saint-Valentin": ("fixed", 2, 14),
    "Chandeleur": ("fixed", 2, 2), "fête du Travail": ("fixed", 5, 1),
    "fête de la musique": ("fixed", 6, 21), "Halloween": ("fixed", 10, 31), "Assomption": ("fixed", 8, 15), "Pâques": ("easter", 0), "lundi de Pâques": ("easter", 1),
    "dimanche de Pâques": ("easter", 0), "vendredi saint": ("easter", -2), "Mardi gras": ("easter", -47),
    "mercredi des Cendres": ("easter", -46), "dimanche des Rameaux": ("easter", -7), "Ascension": ("easter", 39),
    "Pentecôte": ("easter", 49), "lundi de Pentecôte": ("easter", 50),
}
# "la rentrée" is no time before these: « une rentrée d'argent », « la rentrée fiscale »
SEASON_START_NOT_BEFORE = ("d'", "d", "'", "fiscale", "financière")
# holidays that are names of people or places too: written with a capital, and dated only after a
# word of time ("à Noël", "avant la Toussaint", "depuis Pâques") or a noun of a period and its link
# ("les vacances de la Toussaint", "le week-end de Pâques"), not "Michel Toussaint", "l'île de Pâques"
HOLIDAY_CAPITALS = ("Noël", "Toussaint", "Nouvel An", "Ascension", "Assomption", "Pentecôte", "Pâques",
                    "Chandeleur", "Halloween", "Saint-Sylvestre", "Saint-Valentin")
HOLIDAY_NEEDS_CUE = ("Noël", "Toussaint", "Nouvel An", "Ascension", "Assomption", "Pentecôte", "Pâques", "Halloween")
HOLIDAY_CUES = ("à", "a", "avant", "après", "depuis", "pour", "dès", "pendant", "jusqu'à", "jusqu'au", "d'ici", "ici",
                "vers", "durant", "lors", "veille", "lendemain", "entre", "et")
HOLIDAY_ARTICLES = ("la", "le", "l'", "'", "l")
# words after a holiday that leave it a time ("Noël dernier", "la Toussaint prochaine"); any other
# lowercase word makes it a modifier ("le Nouvel An chinois")
HOLIDAY_FOLLOWERS = ("dernier", "dernière", "prochain", "prochaine", "passé", "passée")
HOLIDAY_LINKS = ("de", "du", "d'", "'", "d")
HOLIDAY_PERIODS = ("vacances", "fêtes", "congés", "trêve", "veille", "lendemain", "week-end", "weekend", "end", "pont",
                   "période", "semaine", "nuit", "jour", "soir", "matin", "messe", "réveillon", "repas", "marché")

CATEGORIES = {
    "holiday": HOLIDAYS,
    "weekday": WEEKDAYS,
    "weekday_pl": WEEKDAYS_PLURAL,
    "month": MONTHS,
    "season": SEASONS,
    "pod": PARTS_OF_DAY,
    "day_word": DAY_WORDS,
    "day_pod_word": DAY_POD_WORDS,
    "this": THIS,
    "unit": UNITS,
    "cal_unit": CALENDAR_UNITS,
    "after_mod": AFTER_MODIFIERS,
    "pair_mod": PAIR_AFTER_MODIFIERS,
    "before_mod": BEFORE_MODIFIERS,
    "part": PARTS,
    "vague": VAGUE,
    "set_word": SET_WORDS,
    "set_prefix": SET_PREFIX,
    "named_time": NAMED_TIMES,
    "midnight": MIDNIGHT,
    "approx": APPROX,
    "approx_word": APPROX_WORDS,
    "approx_count": APPROX_COUNTS,
    "duration_tail": DURATION_TAIL,
    "dir_mod": DIRECTION_MODIFIERS,
    "dir_after": DIRECTION_AFTER,
    "same_day": {p: 0 for p in SAME_DAY},
    "anchored_mod": ANCHORED_MODIFIERS,
    "day_part": DAY_PARTS,
    "day_part_a": DAY_PARTS_AFTER_A,
    "day_part_au": DAY_PARTS_AFTER_AU,
    "same_as_before": {"le même jour": 0, "la même journée": 0, "ce jour-là": 0, "ce jour - là": 0,
                       "le jour même": 0},
    # « le soir même », « le matin même », « ce soir-là »: that part of the day told before
    "same_pod_as_before": {"le soir même": "EV", "le matin même": "MO", "la nuit même": "NI",
                           "ce soir-là": "EV", "ce soir - là": "EV", "ce matin-là": "MO", "ce matin - là": "MO",
                           "cette nuit-là": "NI", "cette nuit - là": "NI",
                           "le même soir": "EV", "la même soirée": "EV", "le même matin": "MO",
                           "la même matinée": "MO", "la même nuit": "NI", "le même après-midi": "AF",
                           "le même après - midi": "AF", "cet après-midi-là": "AF", "cet après - midi - là": "AF"},
    "decade_word": DECADE_WORDS,
    "times_word": TIMES_WORD,
    "pod_pl": PARTS_OF_DAY_PLURAL,
    "roman_century": ROMAN_CENTURIES,
    "zone": TIME_ZONES,
    "ampm": AMPM,
}

# words that are time words only in some company: "l'été" (summer) but "a été" (been)
NEEDS_CAPITAL = ()
AMBIGUOUS = {"season": ("été",)}
AMBIGUOUS_CUES = ("l", "cet", "cette", "en", "depuis", "pendant", "durant", "dès", "fin", "début", "mi")

# weekdays and months are written in lower case: "Vendredi Saint", "Mardi gras" are names
LOWERCASE_CATEGORIES = ("weekday", "month")
LAST_MONTH_IS_PREVIOUS_YEAR = False
RATE_ARTICLES = ()
# "une seconde" est une durée ("attendre une seconde", "une seconde plus tard") ou un ordinal
# ("une seconde explosion", "une seconde fois") : après ces articles le mot est l'ordinal quand
# un groupe nominal se poursuit après lui, sauf si l'un de ORDINAL_UNIT_FOLLOWERS le suit
ORDINAL_UNITS = {"seconde": ("une",)}
ORDINAL_UNIT_FOLLOWERS = ("plus", "de", "d'", "ou", "et", "avant", "après", "à", "pour", "puis",
                          "quand", "lorsque", "pendant", "par", "en", "entre", "mais", "seulement",
                          "environ", "suffit", "a", "est", "était", "passe", "s'")
ORDINAL_UNIT_DURATION_BEFORE = ("en", "pendant", "durant", "dans", "après", "pour", "juste", "seulement",
                                "attendre", "attendez", "attends", "attendu", "attendit", "moins",
                                "chaque", "par", "demi")
# "un jeune de 15 ans", "Alain Parmentier, 53 ans,": ages, not durations
AGE_UNITS = ("Y",)
AGE_BEFORE = ("âgé de", "âgée de", "âgés de", "âgées de", "agé de", "agée de", "âgé d'", "âgée d'", "âgés d'",
              "âgées d'")
# words joining two ages after those: « âgés de 14 et 15 ans », « âgés de 18 à 25 ans »
AGE_JOINS = ("et", "ou", "à")
# the link between a person and an age: "un jeune de 15 ans", « un automobiliste d'une soixantaine d'années »
AGE_LINKS = ("de", "d'")
AGE_NOUNS = ("jeune", "homme", "femme", "enfant", "garçon", "fille", "fils", "adolescent",
             "adolescente", "bébé", "retraité", "retraitée", "père", "mère", "victime",
             "conducteur", "conductrice", "automobiliste", "motard", "cycliste", "piéton",
             "ressortissant", "ressortissante", "britannique", "français", "française",
             # des personnes dont le récit donne l'âge: « le négociant de 58 ans », « un agriculteur de 45 ans »
             "négociant", "négociante", "agriculteur", "agricultrice", "éleveur", "éleveuse", "commerçant",
             "commerçante", "salarié", "salariée", "ouvrier", "ouvrière", "employé", "employée", "militant",
             "militante", "suspect", "suspecte", "prévenu", "prévenue", "accusé", "accusée", "détenu", "détenue",
             "policier", "policière", "gendarme", "médecin", "infirmier", "infirmière", "élève", "étudiant",
             "étudiante", "lycéen", "lycéenne", "collégien", "collégienne", "chauffeur", "passager", "passagère",
             "randonneur", "randonneuse", "skieur", "skieuse", "alpiniste", "nageur", "nageuse", "touriste",
             "pilote", "soldat", "militaire", "joueur", "joueuse", "footballeur", "coureur", "coureuse",
             "patient", "patiente", "habitant", "habitante", "voisin", "voisine", "propriétaire", "gérant",
             "gérante", "entrepreneur", "entrepreneuse", "artisan", "pêcheur", "chasseur", "marin", "professeur",
             "enseignant", "enseignante", "journaliste", "photographe", "artiste", "chanteur", "chanteuse",
             "acteur", "actrice", "écrivain", "écrivaine", "auteur", "autrice", "sapeur-pompier", "pompier",
             "secouriste", "sauveteur", "manifestant", "manifestante", "agresseur", "assaillant", "meurtrier",
             "tireur", "otage", "rescapé", "rescapée", "blessé", "blessée", "survivant", "survivante",
             "ancien", "ancienne", "mineur", "mineure", "octogénaire", "nonagénaire", "septuagénaire",
             "sexagénaire", "quinquagénaire", "quadragénaire", "trentenaire")
# words that may follow "mardi 14" when 14 is a day and not a count ("mardi 14 morts")
DAY_FOLLOWERS = ("à", "au", "aux", "en", "dans", "et", "où", "lors", "puis", "dès", "ou")
# the endings a day of the month written alone may have: none (« le 20 ») or that of the first (« le 1er »);
# « le 20e » is an ordinal
MONTH_DAY_ENDINGS = ("", "er")
# words after a day written alone that leave it a day (« le 20 à Paris », « le 3 dans la soirée »); any
# other word makes it a count or a noun phrase (« le 20 heures », « le 11 de départ »)
MONTH_DAY_FOLLOWERS = DAY_FOLLOWERS + ("vers", "avant", "après", "pour", "par", "selon")
# words after which « le 15 » is a number to call, not a day (« appeler le 15 », « composez le 17 »)
MONTH_DAY_NOT_AFTER = ("appeler", "appelez", "appelé", "appelle", "appellent", "composer", "composez", "composé",
                       "compose", "joindre", "numéro")
# ... or before another such number and these (« appeler le 15 ou le 18 »)
MONTH_DAY_JOINS = ("ou", "et")
# "le printemps de l'environnement", "l'été des festivals": a season naming an event
EVENT_NAME_LINKS = ("de", "du", "des", "d")
DURATION_DIRECTION = {"les prochains": 1, "les prochaines": 1, "les derniers": -1,
                      "les dernières": -1, "ces derniers": -1, "ces dernières": -1}
# "à 20 ans": an age (but "condamné à 10 ans de prison": a duration)
AGE_AT = ("à",)
AGE_WORDS = ()

# prepositions after a duration that count it from the day written right after them (« deux jours avant Noël », « trois jours après le 3 mars »):
# the duration is drawn from that day (-1: ending on it, 1: starting on it), not from publication
DURATION_FROM_DAY = {"avant": -1, "après": 1}

# words saying a sentence is told at the time of the one before it (« En 2022, un mouvement similaire ... le 23 décembre. La direction avait alors accordé une prime début janvier »): the year a sentence opening on
# a written year gives goes on into it; word -> the words after it that make it something else
THEN_WORDS = {"alors": ("que", "qu")}
# auxiliaires du plus-que-parfait : « dans la nuit » après l'un d'eux est la nuit d'un jour dit avant
# (« L'assaillant avait été abattu dans la nuit »), non la nuit qui vient de passer
PLUPERFECT_AUXILIARIES = ("avait", "avaient")
