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
    "envahir": "storm", "saccager": "storm", "incendier": "attack",
    "manifester": "protest", "défiler": "protest",
    "déployer": "deploy", "envoyer": "deploy", "dépêcher": "deploy", "renforcer": "deploy",
    "sanctionner": "sanction",
}
# multi-word triggers and nouns -> trigger kind
PHRASES = {
    "pris d'assaut": "storm", "prendre d'assaut": "storm", "prennent d'assaut": "storm",
    "prend d'assaut": "storm", "assaut": "storm", "intrusion": "storm",
    "attaque": "attack", "attaques": "attack", "attentat": "attack", "attentats": "attack",
    "tir de roquette": "attack", "tirs de roquettes": "attack", "tir de roquettes": "attack",
    "attaque à la roquette": "attack", "tirs": "attack", "explosion": "attack",
    "raid aérien": "strike", "raids aériens": "strike", "frappe aérienne": "strike",
    "frappes aériennes": "strike", "frappes": "strike", "frappe": "strike",
    "bombardement": "strike", "bombardements": "strike",
    "sit-in": "protest", "manifestation": "protest", "manifestations": "protest",
    "rassemblement": "protest", "protestations": "protest",
    "déploiement": "deploy", "renforts": "deploy",
    "sanctions": "sanction",
}
# words that make a protest violent ("la violente manifestation")
VIOLENT = ("violent", "violente", "violents", "violentes", "violemment", "heurts")
# the targets that make an attack an attack on a diplomatic mission
DIPLOMATIC = ("ambassade", "ambassades", "consulat", "consulats", "mission diplomatique",
              "représentation diplomatique", "chancellerie")
# the objects that make "envoyer" a military deployment
TROOPS = ("soldats", "troupes", "militaires", "forces", "hommes", "renforts", "marines",
          "parachutistes", "forces additionnelles", "forces supplémentaires")
# casualties: nouns counted after a number ("25 morts", "12 blessés")
DEAD_NOUNS = ("morts", "mort", "tués", "victimes", "décès")
WOUNDED_NOUNS = ("blessés", "blessé")
# words for "one" before a person ("un Américain")
ONE = ("un", "une")
PERSON_WORDS = ("personne", "personnes", "civil", "civils", "soldat", "soldats", "combattant",
                "combattants", "policier", "policiers", "manifestant", "manifestants", "homme",
                "hommes", "femme", "femmes", "enfant", "enfants", "Américain", "Américains",
                "Irakien", "Irakiens", "militaire", "militaires", "membre", "membres")
# words and endings of modality
FUTURE = ("va", "vont", "devrait", "devraient", "prêt", "prête", "prêts", "prêtes", "prochain",
          "prochains", "bientôt")
NEGATION = ("ne", "n", "pas", "jamais", "aucun", "aucune")
# a place after these is where it happened, not who did it ("en Irak")
LOCATIVE = ("en", "à", "au", "aux", "dans", "près", "devant", "vers")
HYPOTHETICAL_ENDINGS = ("rait", "raient")
HYPOTHETICAL_WORDS = ("éventuel", "éventuelle", "éventuels", "éventuelles", "possible",
                      "probablement", "peut-être")

RUNG_NAMES = {
    0: "déclaration ou démenti",
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
    "lethal attack": "attaque meurtrière", "lethal strike": "frappe meurtrière",
}
