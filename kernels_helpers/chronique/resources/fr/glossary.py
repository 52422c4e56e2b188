"""French words of the news by a key all languages share.

A statement reported in French by one outlet and in English by another shares few spellings
(« une gifle leur a été assénée la nuit dernière », "last night they were given a slap").  The
corpus merge compares the two on keys: a figure, a word's first letters, and, for the words
listed here, the key of their meaning (« nuit »: "night").  The keys are those of the English
glossary; only their equality counts.

``VERBS`` are conjugated by ``speech.conjugate`` (first group, second group of
``speech.SECOND_GROUP``, irregular verbs of ``speech.IRREGULAR``); other verbs have their forms in
``VERB_FORMS``.  ``NOUNS`` take their plural, ``ADJECTIVES`` their feminine and plural; ``WORDS``
are listed in every form read.  Each form is one word as the corpus merge reads a text: no space,
apostrophe or hyphen (« cessez-le-feu » is listed as « cessez »).
"""
from __future__ import annotations

from .speech import conjugate

VERBS = {
    "dead": ("tuer", "abattre", "assassiner"),
    "wounded": ("blesser",),
    "hit": ("toucher", "cibler", "viser", "atteindre"),
    "attack": ("attaquer", "assaillir"),
    "strike": ("frapper", "bombarder", "pilonner"),
    "fire": ("tirer", "lancer"),
    "destroy": ("détruire", "raser"),
    "damage": ("endommager",),
    "arrest": ("arrêter", "interpeller", "détenir", "emprisonner"),
    "release": ("libérer", "relâcher"),
    "protest": ("manifester", "protester", "défiler"),
    "resign": ("démissionner",),
    "respond": ("répondre", "riposter", "réagir", "répliquer"),
    "defend": ("défendre", "protéger"),
    "threaten": ("menacer",),
    "violate": ("violer",),
    "respect": ("respecter", "observer"),
    "agree": ("accepter",),
    "sign": ("signer",),
    "negotiate": ("négocier",),
    "support": ("soutenir", "appuyer"),
    "condemn": ("condamner", "dénoncer", "fustiger"),
    "accuse": ("accuser", "reprocher"),
    "deny": ("démentir", "rejeter", "nier", "réfuter"),
    "confirm": ("confirmer",),
    "demand": ("exiger", "réclamer", "demander"),
    "allow": ("laisser", "permettre", "autoriser"),
    "prevent": ("empêcher", "bloquer", "arrêter"),
    "continue": ("continuer", "poursuivre"),
    "begin": ("commencer", "débuter", "entamer"),
    "end": ("terminer", "achever", "conclure", "finir"),
    "deliver": ("livrer", "fournir", "envoyer"),
    "deploy": ("déployer", "dépêcher"),
    "withdraw": ("retirer",),
    "return": ("rentrer", "retourner", "revenir"),
    "cause": ("causer", "provoquer"),
    "intend": ("destiner",),
    "believe": ("croire", "penser", "estimer"),
    "warn": ("avertir", "prévenir"),
    "cut": ("couper", "priver"),
    "survive": ("survivre",),
    "use": ("utiliser", "employer"),
    "investigate": ("enquêter",),
    "sanction": ("sanctionner",),
    "declare": ("décréter", "proclamer", "imposer", "déclarer"),
    "elect": ("élire", "voter"),
    "govern": ("gouverner", "diriger"),
    "crash": ("écraser",),
    "evacuate": ("évacuer",),
    "restore": ("rétablir", "reconstruire"),
    "help": ("aider",),
    "fight": ("combattre", "affronter"),
    "hand": ("remettre", "transférer"),
    "take": ("prendre", "saisir", "capturer"),
    "lose": ("perdre",),
    "win": ("gagner", "remporter"),
    "leave": ("quitter",),
    "try": ("tenter", "essayer", "chercher"),
    "face": ("affronter",),
    "expect": ("attendre", "prévoir"),
    "increase": ("augmenter", "hausser", "accroître", "renforcer"),
    "reduce": ("réduire", "baisser", "diminuer"),
}

# verbs conjugated otherwise than speech.conjugate does, by their key
VERB_FORMS = {
    "dead": ("mourir", "meurt", "meurent", "mourra", "mourront", "mourrait", "mourraient", "mourait",
            "mouraient", "mourut", "moururent", "mort", "morte", "morts", "mortes", "mourant", "décédé",
            "décédée", "décédés", "décédées", "décéder", "périr", "péri", "périt",
             "abattu", "abattue", "abattus", "abattues"),
    "attack": ("assailli", "assaillis", "assaillie", "assaillies"),
    "hit": ("atteint", "atteinte", "atteints", "atteintes"),
    "destroy": ("détruit", "détruite", "détruits", "détruites", "détruisent", "détruisant"),
    "arrest": ("détenu", "détenus", "détenue", "détenues", "détient", "détiennent"),
    "flee": ("fuir", "fui", "fuit", "fuient", "fuyant", "fuyaient", "fuyait", "enfui", "enfuis", "enfuie",
             "enfuies"),
    "take": ("pris", "prise", "prises", "prend", "prennent", "prenait", "prenaient", "prendra", "prendront",
             "prenant", "empare", "emparent", "emparé", "emparés", "emparée", "emparées"),
    "return": ("revenu", "revenue", "revenus", "revient", "reviennent"),
    "withdraw": ("retrait",),
    "receive": ("recevoir", "reçu", "reçue", "reçus", "reçues", "reçoit", "reçoivent"),
    "know": ("savoir", "sait", "savent", "su", "connaître", "connaît", "connu", "connue"),
    "can": ("pouvoir", "peut", "peuvent", "pouvons", "pourra", "pourront", "pourrait", "pourraient",
            "pouvait", "pouvaient", "pu"),
    "must": ("devoir", "doit", "doivent", "devons", "devra", "devront", "devrait", "devraient"),
    "lose": ("perdu", "perdue", "perdus", "perdues"),
    "survive": ("survécu", "survit", "survivent"),
    "elect": ("élu", "élue", "élus", "élues"),
    "increase": ("accru", "accrue", "accrus", "accrues"),
    "reduce": ("réduit", "réduite", "réduits", "réduites"),
    "end": ("conclu", "conclue", "conclus", "conclues"),
    "allow": ("permis",),
    "respond": ("répondu",),
    "defend": ("défendu", "défendue", "défendus", "défendues"),
    "believe": ("cru",),
    "warn": ("averti", "avertie", "avertis", "averties", "prévenu", "prévenus"),
}

NOUNS = {
    "people": ("personne", "gens", "individu"),
    "civilian": ("civil", "habitant", "riverain"),
    "soldier": ("soldat", "troupe", "personnel"),
    "army": ("armée", "militaire"),
    "force": ("force",),
    "police": ("police", "policier", "gendarme"),
    "protester": ("manifestant", "manifestante", "protestataire"),
    "child": ("enfant",),
    "woman": ("femme",),
    "man": ("homme",),
    "dead": ("mort", "décès", "victime", "bilan", "tué"),
    "wounded": ("blessé", "blessure"),
    "attack": ("attaque", "assaut", "offensive", "raid", "agression"),
    "strike": ("frappe", "bombardement", "pilonnage"),
    "missile": ("missile",),
    "rocket": ("roquette",),
    "drone": ("drone",),
    "bomb": ("bombe", "explosif", "explosion", "déflagration"),
    "weapon": ("arme",),
    "plane": ("avion", "appareil", "aéronef", "boeing", "airbus", "vol", "jet"),
    "passenger": ("passager", "passagère"),
    "crew": ("équipage",),
    "box": ("boîte", "enregistreur"),
    "base": ("base",),
    "war": ("guerre", "conflit", "hostilités"),
    "crime": ("crime",),
    "violation": ("violation",),
    "ceasefire": ("trêve",),
    "agreement": ("accord", "pacte", "traité", "entente"),
    "talks": ("négociation", "pourparlers", "dialogue", "discussion"),
    "sanction": ("sanction",),
    "measure": ("mesure",),
    "action": ("action", "opération"),
    "response": ("réponse", "riposte", "représailles", "réaction", "réplique"),
    "defence": ("défense", "autodéfense"),
    "security": ("sécurité",),
    "government": ("gouvernement", "autorités", "administration", "exécutif"),
    "regime": ("régime",),
    "president": ("président", "présidente", "présidence"),
    "minister": ("ministre", "ministère"),
    "leader": ("dirigeant", "dirigeante", "chef", "leader"),
    "official": ("responsable", "officiel"),
    "country": ("pays", "nation", "état"),
    "world": ("monde", "international", "internationale", "internationaux", "mondial", "mondiale"),
    "city": ("ville", "cité"),
    "capital": ("capitale",),
    "village": ("village",),
    "district": ("district", "région", "province", "zone"),
    "border": ("frontière",),
    "house": ("maison", "résidence", "domicile", "bâtiment", "immeuble", "habitation", "logement"),
    "palace": ("palais",),
    "embassy": ("ambassade", "consulat"),
    "hospital": ("hôpital",),
    "school": ("école",),
    "power": ("pouvoir", "contrôle"),
    "election": ("élection", "vote", "scrutin"),
    "parliament": ("parlement", "assemblée"),
    "court": ("tribunal", "cour"),
    "law": ("loi",),
    "emergency": ("urgence",),
    "crisis": ("crise",),
    "peace": ("paix",),
    "threat": ("menace", "danger", "risque"),
    "lie": ("mensonge",),
    "accusation": ("accusation", "allégation"),
    "evidence": ("preuve",),
    "investigation": ("enquête",),
    "error": ("erreur",),
    "decision": ("décision",),
    "transition": ("transition",),
    "aid": ("aide", "assistance", "secours"),
    "refugee": ("réfugié", "déplacé"),
    "prisoner": ("prisonnier", "détenu", "otage"),
    "money": ("argent", "fonds", "financement"),
    "dollar": ("dollar",),
    "billion": ("milliard",),
    "million": ("million",),
    "thousand": ("millier",),
    "hundred": ("centaine",),
    "oil": ("pétrole",),
    "price": ("prix", "coût"),
    "economy": ("économie",),
    "night": ("nuit",),
    "day": ("jour", "journée"),
    "morning": ("matin", "matinée"),
    "evening": ("soir", "soirée"),
    "week": ("semaine",),
    "month": ("mois",),
    "year": ("an", "année"),
    "hour": ("heure",),
    "slap": ("gifle",),
    "face": ("visage",),
    "fascist": ("fasciste",),
    "terrorist": ("terroriste", "terrorisme"),
    "enemy": ("ennemi",),
    "damage": ("dégât", "dommage"),
    "structure": ("structure", "infrastructure", "installation"),
    "vehicle": ("véhicule", "voiture", "camion", "char"),
    "ship": ("navire", "bateau"),
    "scientist": ("scientifique", "expert"),
    "order": ("ordre",),
}

ADJECTIVES = {
    "last": ("dernier", "précédent"),
    "next": ("prochain", "suivant"),
    "first": ("premier",),
    "full": ("plein", "complet", "total", "entier"),
    "clear": ("clair", "évident"),
    "absolute": ("absolu",),
    "serious": ("grave", "grossier", "lourd", "énorme", "massif", "sérieux", "flagrant"),
    "proportionate": ("proportionné",),
    "legitimate": ("légitime", "légal"),
    "unintentional": ("involontaire", "accidentel"),
    "deliberate": ("délibéré", "intentionnel", "volontaire"),
    "peaceful": ("pacifique",),
    "new": ("nouveau",),
    "armed": ("armé",),
    "civil": ("civil",),
    "safe": ("indemne", "sauf"),
    "strong": ("fort", "ferme"),
    "ballistic": ("balistique",),
    "grateful": ("reconnaissant",),
    "happy": ("heureux", "ravi", "content"),
    "american": ("américain",),
    "acting": ("intérimaire",),
}

WORDS = {
    "today": ("aujourd",),               # (« aujourd'hui » is read as two words)
    "ceasefire": ("cessez",),           # (« cessez-le-feu »: three words)
    "curfew": ("couvre",),              # (« couvre-feu »)
    "yesterday": ("hier",),
    "tomorrow": ("demain",),
    "now": ("maintenant", "actuellement", "désormais"),
    "never": ("jamais",),
    "less": ("moins",),
    "more": ("plus",),
    "all": ("tout", "tous", "toute", "toutes", "entière"),
    "none": ("aucun", "aucune", "rien", "nul", "nulle"),
    "full": ("pleinement", "complètement", "totalement", "entièrement"),
    "unfortunately": ("malheureusement",),
    "clear": ("clairement", "évidemment"),
    "absolute": ("absolument",),
    "unintentional": ("involontairement", "accidentellement"),
    "deliberate": ("délibérément", "intentionnellement", "volontairement"),
    "peaceful": ("pacifiquement",),
    "serious": ("gravement", "grièvement", "lourdement"),
    "acting": ("intérim",),
}


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z")):
        return noun
    if noun.endswith("al"):
        return noun[:-2] + "aux"
    if noun.endswith(("eau", "eu")):
        return noun + "x"
    return noun + "s"


def _feminine(adj: str) -> str:
    if adj.endswith("e"):
        return adj
    for end, fem in (("eux", "euse"), ("er", "ère"), ("if", "ive"), ("el", "elle"), ("ien", "ienne"),
                     ("eau", "elle"), ("on", "onne"), ("et", "ète")):
        if adj.endswith(end):
            return adj[: -len(end)] + fem
    return adj + "e"


def _build() -> dict:
    out: dict = {}
    for key, lemmas in VERBS.items():
        for lemma in lemmas:
            for forms in conjugate(lemma).values():
                for form in forms:
                    out.setdefault(form, key)
    for key, forms in VERB_FORMS.items():
        for form in forms:
            out.setdefault(form, key)
    for key, nouns in NOUNS.items():
        for noun in nouns:
            out[noun] = key
            out.setdefault(_plural(noun), key)
    for key, adjs in ADJECTIVES.items():
        for adj in adjs:
            fem = _feminine(adj)
            for form in (adj, fem, _plural(adj), _plural(fem)):
                out.setdefault(form, key)
    for key, words in WORDS.items():
        for word in words:
            out[word] = key
    return out


# every form read: its key
GLOSSARY = _build()
