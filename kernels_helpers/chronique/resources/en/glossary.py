"""English words of the news by a key all languages share.

A statement reported in French by one outlet and in English by another shares few spellings
("last night they were given a slap", « une gifle leur a été assénée la nuit dernière »).  The
corpus merge compares the two on keys: a figure, a word's first letters, and, for the words
listed here, the key of their meaning ("night": "night", « nuit »: "night").  Each language's
glossary maps its own words to the same keys; the keys are English words, but only their
equality counts.

``VERBS`` are inflected by ``speech.inflect``; ``NOUNS`` take their plural; ``WORDS`` are
listed in every form read.  Each form is one word as the corpus merge reads a text: no space,
apostrophe or hyphen ("cease-fire" is listed as "cease").
"""
from __future__ import annotations

from .speech import inflect

VERBS = {
    "dead": ("kill", "slay", "murder", "die"),
    "wounded": ("wound", "injure", "hurt", "harm"),
    "attack": ("attack", "assault", "storm", "raid"),
    "strike": ("strike", "bomb", "shell", "bombard", "pound"),
    "fire": ("fire", "shoot", "launch"),
    "hit": ("hit", "target"),
    "destroy": ("destroy", "demolish", "raze"),
    "damage": ("damage",),
    "arrest": ("arrest", "detain", "jail", "imprison"),
    "release": ("release", "free"),
    "flee": ("flee", "escape"),
    "protest": ("protest", "demonstrate", "rally", "march"),
    "resign": ("resign", "quit"),
    "respond": ("respond", "retaliate", "reply", "react"),
    "defend": ("defend", "protect"),
    "threaten": ("threaten",),
    "violate": ("violate", "breach"),
    "respect": ("respect", "observe", "follow", "honour", "honor"),
    "agree": ("agree", "accept"),
    "sign": ("sign",),
    "negotiate": ("negotiate",),
    "support": ("support", "endorse"),
    "condemn": ("condemn", "denounce", "decry"),
    "accuse": ("accuse", "blame"),
    "deny": ("deny", "reject", "refute"),
    "confirm": ("confirm",),
    "demand": ("demand", "urge"),
    "allow": ("allow", "let", "permit"),
    "prevent": ("prevent", "stop", "block"),
    "continue": ("continue", "pursue"),
    "begin": ("start", "begin"),
    "end": ("end", "finish", "conclude", "complete"),
    "deliver": ("deliver", "provide", "send", "supply"),
    "deploy": ("deploy", "dispatch"),
    "withdraw": ("withdraw", "pull", "remove"),
    "return": ("return",),
    "receive": ("receive",),
    "cause": ("cause", "provoke"),
    "intend": ("intend", "aim", "mean"),
    "believe": ("believe", "think"),
    "know": ("know",),
    "warn": ("warn", "caution"),
    "cut": ("cut", "deprive"),
    "survive": ("survive",),
    "use": ("use", "employ"),
    "investigate": ("investigate", "probe"),
    "sanction": ("sanction", "penalise", "penalize"),
    "declare": ("declare", "proclaim", "impose"),
    "elect": ("elect", "vote"),
    "govern": ("govern", "rule"),
    "crash": ("crash",),
    "evacuate": ("evacuate",),
    "restore": ("restore", "rebuild"),
    "help": ("help", "assist", "aid"),
    "fight": ("fight", "battle", "combat", "clash"),
    "hand": ("hand", "transfer", "surrender"),
    "take": ("take", "seize", "capture"),
    "lose": ("lose",),
    "win": ("win",),
    "leave": ("leave",),
    "try": ("try", "attempt", "seek"),
    "face": ("face",),
    "expect": ("expect", "anticipate"),
    "increase": ("increase", "raise", "rise", "grow"),
    "reduce": ("reduce", "decrease", "lower", "fall", "drop"),
}

# irregular forms, by their key
IRREGULAR_FORMS = {
    "dead": ("died", "dies", "dying"),
    "wounded": ("hurt",),
    "strike": ("struck", "striking"),
    "fire": ("shot", "shooting"),
    "hit": ("hit", "hitting"),
    "flee": ("fled",),
    "free": ("freed",),
    "quit": ("quit",),
    "allow": ("let", "letting"),
    "prevent": ("stopped", "stopping"),
    "deliver": ("sent", "sending"),
    "withdraw": ("withdrew", "withdrawn"),
    "intend": ("meant", "meaning"),
    "believe": ("thought", "thinking"),
    "know": ("knew", "known"),
    "cut": ("cut", "cutting"),
    "fight": ("fought",),
    "take": ("took", "taken"),
    "lose": ("lost", "losing"),
    "win": ("won", "winning"),
    "leave": ("left", "leaving"),
    "increase": ("rose", "risen", "grew", "grown"),
    "reduce": ("fell", "fallen", "dropped", "dropping"),
    "begin": ("began", "begun", "beginning"),
}

NOUNS = {
    "people": ("person", "people", "individual"),
    "civilian": ("civilian", "resident", "inhabitant"),
    "soldier": ("soldier", "troop", "serviceman", "servicemen", "personnel"),
    "army": ("army", "military"),
    "force": ("force",),
    "police": ("police", "policeman", "policemen", "officer"),
    "protester": ("protester", "protestor", "demonstrator"),
    "child": ("child", "children", "kid"),
    "woman": ("woman", "women"),
    "man": ("man", "men"),
    "dead": ("dead", "death", "fatality", "victim", "toll"),
    "wounded": ("wounded", "injured", "injury", "casualty"),
    "attack": ("attack", "assault", "offensive", "raid"),
    "strike": ("strike", "bombing", "shelling", "bombardment", "airstrike"),
    "missile": ("missile",),
    "rocket": ("rocket",),
    "drone": ("drone",),
    "bomb": ("bomb", "explosive", "blast", "explosion"),
    "weapon": ("weapon", "arm", "arms"),
    "plane": ("plane", "aircraft", "airliner", "jet", "flight", "airplane"),
    "passenger": ("passenger",),
    "crew": ("crew",),
    "box": ("box", "boxes", "recorder"),
    "base": ("base",),
    "war": ("war", "conflict", "hostilities"),
    "crime": ("crime",),
    "violation": ("violation", "breach"),
    "ceasefire": ("ceasefire", "truce"),
    "agreement": ("agreement", "accord", "deal", "pact", "treaty"),
    "talks": ("talks", "negotiation", "dialogue"),
    "sanction": ("sanction",),
    "measure": ("measure", "step"),
    "action": ("action", "operation"),
    "response": ("response", "retaliation", "reply", "answer", "reaction"),
    "defence": ("defence", "defense"),
    "security": ("security",),
    "government": ("government", "cabinet", "administration", "authorities"),
    "regime": ("regime",),
    "president": ("president", "presidency"),
    "minister": ("minister", "ministry"),
    "leader": ("leader", "chief", "head"),
    "official": ("official",),
    "country": ("country", "nation", "state"),
    "world": ("world", "international", "global"),
    "city": ("city", "town"),
    "capital": ("capital",),
    "village": ("village",),
    "district": ("district", "region", "province", "area"),
    "border": ("border", "frontier"),
    "house": ("house", "home", "residence", "building", "dwelling"),
    "palace": ("palace",),
    "embassy": ("embassy", "consulate"),
    "hospital": ("hospital",),
    "school": ("school",),
    "power": ("power", "control"),
    "election": ("election", "vote", "ballot", "poll"),
    "parliament": ("parliament", "assembly", "legislature"),
    "court": ("court", "tribunal"),
    "law": ("law",),
    "emergency": ("emergency",),
    "curfew": ("curfew",),
    "crisis": ("crisis", "crises"),
    "peace": ("peace",),
    "threat": ("threat", "danger", "risk"),
    "lie": ("lie",),
    "accusation": ("accusation", "allegation", "charge"),
    "evidence": ("evidence", "proof"),
    "investigation": ("investigation", "inquiry", "probe"),
    "error": ("error", "mistake"),
    "decision": ("decision",),
    "transition": ("transition",),
    "aid": ("aid", "assistance", "help"),
    "refugee": ("refugee", "displaced"),
    "prisoner": ("prisoner", "detainee", "hostage"),
    "money": ("money", "fund", "funding"),
    "dollar": ("dollar",),
    "billion": ("billion",),
    "million": ("million",),
    "thousand": ("thousand",),
    "hundred": ("hundred",),
    "oil": ("oil", "petroleum"),
    "price": ("price", "cost"),
    "economy": ("economy",),
    "night": ("night", "overnight", "tonight"),
    "day": ("day",),
    "morning": ("morning",),
    "evening": ("evening",),
    "week": ("week",),
    "month": ("month",),
    "year": ("year",),
    "hour": ("hour",),
    "slap": ("slap",),
    "face": ("face",),
    "fascist": ("fascist",),
    "terrorist": ("terrorist", "terrorism"),
    "enemy": ("enemy", "enemies"),
    "damage": ("damage",),
    "structure": ("structure", "infrastructure", "installation", "facility", "facilities"),
    "vehicle": ("vehicle", "car", "truck", "tank"),
    "ship": ("ship", "vessel", "boat"),
    "scientist": ("scientist", "expert"),
    "order": ("order",),
}

WORDS = {
    "last": ("last", "past", "previous"),
    "next": ("next", "coming", "following"),
    "first": ("first",),
    "today": ("today",),
    "ceasefire": ("cease",),            # ("cease-fire": two words)
    "yesterday": ("yesterday",),
    "tomorrow": ("tomorrow",),
    "now": ("now", "currently"),
    "never": ("never",),
    "less": ("least", "less", "fewer"),
    "more": ("more", "most"),
    "all": ("all", "every", "entire", "whole"),
    "none": ("none", "no", "nobody", "nothing"),
    "full": ("full", "fully", "complete", "completely", "total", "totally"),
    "unfortunately": ("unfortunately", "regrettably"),
    "clear": ("clear", "clearly", "obvious", "obviously"),
    "absolute": ("absolute", "absolutely", "utter", "utterly"),
    "serious": ("serious", "grave", "gross", "severe", "heavy", "huge", "massive"),
    "proportionate": ("proportionate", "proportional"),
    "legitimate": ("legitimate", "lawful", "legal"),
    "unintentional": ("unintentional", "unintentionally", "inadvertent", "inadvertently", "mistakenly",
                      "accidentally", "involuntarily"),
    "deliberate": ("deliberate", "deliberately", "intentional", "intentionally"),
    "peaceful": ("peaceful", "peacefully"),
    "new": ("new",),
    "army": ("militarily",),
    "armed": ("armed",),
    "civil": ("civil",),
    "dead": ("dead",),
    "safe": ("safe", "unharmed", "unhurt"),
    "strong": ("strong", "tough"),
    "ballistic": ("ballistic",),
    "grateful": ("grateful", "thankful"),
    "happy": ("happy", "glad", "pleased"),
    "can": ("can", "could"),
    "must": ("must",),
    "acting": ("acting", "interim"),
    "american": ("american", "americans"),
}


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun + "s"


def _build() -> dict:
    out: dict = {}
    for key, lemmas in VERBS.items():
        for lemma in lemmas:
            for forms in inflect(lemma).values():
                for form in forms:
                    out.setdefault(form, key)
    for key, forms in IRREGULAR_FORMS.items():
        for form in forms:
            out.setdefault(form, key)
    for key, nouns in NOUNS.items():
        for noun in nouns:
            out[noun] = key
            out.setdefault(_plural(noun), key)
    for key, words in WORDS.items():
        for word in words:
            out[word] = key
    return out


# every form read: its key
GLOSSARY = _build()
