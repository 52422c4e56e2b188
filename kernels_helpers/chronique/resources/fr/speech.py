"""French words for reported speech: who says what, how, and how sure.

The claims engine (``chronique.claims``) knows no French; everything it needs
to recognise a reporting clause in French lives here as plain data, plus a
small conjugation generator that turns the cue-verb lemmas into the inflected
forms found in news copy (present, imparfait, passé simple, futur,
conditionnel, past participles with their agreements, present participle).

Phrases are written as they appear in text ("d'après", "sous couvert
d'anonymat"); the engine tokenizes them with the article's own tokenizer.
"""
from .temporal import CONDITIONALS_ENDING_SO, IMPERFECT_LOOKALIKE_ENDINGS  # noqa: F401 (read by the engine)

LANG = "fr"

# ---------------------------------------------------------------------------
# Cue verbs.  lemma: (claim kind, frames).
# Frames say which constructions the verb licenses (see chronique.claims.cues):
#   que     a complement clause: "a affirmé que ..."
#   quote   a quotation right after the verb: "a déclaré : « ... »"
#   incise  an attribution after (or inside) the reported words: "« ... », a-t-il dit"
#   colon   "X a déclaré : ..."
#   inf     a bare infinitive: "a nié être ..."
#   de      "de" + infinitive or noun: "a menacé de ...", "accuse ... d'être"
#   obj     a noun-phrase object is the content: "a démenti ces informations"
#   objn    after a cue ending in its preposition, an object without article too: "ont fait état de
#           coupures répétées"
#   objq    a noun-phrase object carrying quoted words is the content: "a promis un « paquet de
#           mesures »", "a appelé les parties à « reprendre le dialogue »"
#   objin   a preposition (OBJECT_IN_PREPS), then an object carrying quoted words: "voit dans cette
#           décision le signe d'une « dérive »" (the content runs from the preposition's object)
#   objde   object + "de": "a accusé l'Iran d'être ..."
#   objattr object + attribute: "a jugé l'Iran responsable de ..."
#   attr    a quoted attribute and its cause after the agent preposition: "s'est dit « soulagé »
#           par la condamnation" (the quotation and the cause)
#   passive "accusée par Washington de ..."
#   source  the speaker follows "de"/"auprès de": "a-t-on appris de source policière"
#   media   the verb may take the outlet as indirect object: "a déclaré à l'AFP"
# ---------------------------------------------------------------------------
CUE_LEMMAS = {
    "dire": ("statement", "que quote incise colon inf media objq"),
    "affirmer": ("statement", "que quote incise colon inf media"),
    "ajouter": ("statement", "que quote incise colon"),
    "annoncer": ("announcement", "que quote incise colon inf media"),
    "accuser": ("accusation", "objde obj incise colon de passive"),
    "nier": ("denial", "que inf obj incise colon"),
    "démentir": ("denial", "que inf obj incise colon media"),
    # « réfuter » porte toujours sur des paroles ; « rejeter » seulement devant elles (OBJ_FRAME_REQUIRES : «
    # a rejeté les accusations », non « l'Assemblée a rejeté le texte »)
    "réfuter": ("denial", "que inf obj incise colon"),
    "rejeter": ("denial", "obj objq"),
    "prévenir": ("warning", "que incise colon"),
    "avertir": ("warning", "que incise colon"),
    "menacer": ("threat", "de objde incise colon"),
    "mettre en garde": ("warning", "que incise colon objq"),
    "tweeter": ("statement", "que quote incise colon"),
    "écrire": ("statement", "que quote incise colon"),
    "justifier": ("justification", "incise colon objq"),   # "justifie sa décision par « ... »"
    "préciser": ("statement", "que quote incise colon inf media"),
    "estimer": ("assessment", "que incise colon inf objattr media objat"),
    # « La procureure n'exclut pas que les voleurs aient agi pour un commanditaire » (NEGATED_CUES)
    "exclure": ("assessment", "que"),
    # a figure before its object: "chiffre à « plusieurs millions » les pertes", "évalue à 300 le nombre de ..."
    "chiffrer": ("statement", "objat"),
    "évaluer": ("statement", "objat"),
    "juger": ("assessment", "que incise colon objattr"),
    "assurer": ("statement", "que incise colon inf media"),
    "expliquer": ("justification", "que incise colon inf media"),
    "indiquer": ("statement", "que incise colon inf media"),
    "souligner": ("statement", "que incise colon objq"),
    "confirmer": ("announcement", "que obj incise colon inf media"),
    "reconnaître": ("admission", "que inf incise colon objq"),    # "a reconnu un « dysfonctionnement »"
    "admettre": ("admission", "que inf incise colon"),
    "dénoncer": ("criticism", "obj objq incise colon"),
    "répondre": ("statement", "que incise colon"),
    "rappeler": ("statement", "que incise colon inf"),
    "insister": ("statement", "incise colon"),
    "marteler": ("statement", "que incise colon inf"),        # « a martelé n'avoir jamais menti »
    "lancer": ("statement", "incise colon"),
    "poursuivre": ("statement", "incise colon"),
    "conclure": ("statement", "que incise colon"),
    "commenter": ("statement", "incise colon"),
    "noter": ("statement", "que incise colon"),
    "observer": ("statement", "que incise colon"),
    "relever": ("statement", "que incise colon"),
    # un constat, d'un rapport, d'une étude, d'un témoin (« Le rapport constate que ... »)
    "constater": ("report", "que incise"),
    "ironiser": ("statement", "incise colon"),
    "regretter": ("complaint", "que incise objq colon"),
    "déplorer": ("complaint", "que incise objq colon"),
    "redouter": ("statement", "que incise objq"),     # "redoute un « effet domino »"
    "craindre": ("statement", "que incise objq"),
    "révéler": ("announcement", "que incise media"),
    "rapporter": ("statement", "que incise colon"),
    "raconter": ("testimony", "que inf incise media colon"),
    "témoigner": ("testimony", "que incise media colon"),
    "confier": ("testimony", "que inf incise media colon"),
    "avancer": ("statement", "que incise colon"),
    "soutenir": ("statement", "que incise colon inf"),        # « soutient n'avoir rien vu »
    "prédire": ("prediction", "que incise colon"),
    "promettre": ("promise", "que de incise objq"),
    "garantir": ("statement", "que incise colon"),
    "certifier": ("statement", "que incise"),
    "prévoir": ("prediction", "que incise"),
    "apprendre": ("report", "source incise que"),     # (OUTLET_LEMMAS: « Le Monde a appris que »)
    "faire savoir": ("announcement", "que incise"),
    # « ..., croit savoir le quotidien L'Equipe »: what a source claims to have learnt
    "croire savoir": ("report", "que incise"),
    # "des témoins ont fait état de plusieurs explosions": the object is what they report
    "faire état de": ("statement", "obj objn objq"),
    "faire état d'": ("statement", "obj objn objq"),
    "laisser entendre": ("statement", "que incise"),
    "faire remarquer": ("statement", "que incise colon"),
    "arguer": ("justification", "que incise colon"),
    "mentionner": ("statement", "que incise"),
    "signaler": ("statement", "que incise media"),
    "démontrer": ("statement", "que incise"),
    "clamer": ("statement", "que incise colon inf quote"),     # « a clamé n'avoir rien fait »
    "répéter": ("statement", "que incise colon inf quote"),    # « a répété n'avoir « jamais employé ... » »
    "protester": ("statement", "incise colon"),
    "saluer": ("assessment", "quote incise objq"),
    "résumer": ("statement", "incise colon"),
    "fustiger": ("criticism", "incise obj objq"),
    "tancer": ("criticism", "incise colon"),
    "cingler": ("criticism", "incise colon"),
    "critiquer": ("criticism", "incise objq"),
    "condamner": ("criticism", "incise obj objq"),    # "a condamné des violences « inacceptables »"
    "invoquer": ("justification", "objq"),          # "invoquant « un déficit devenu impossible à combler »"
    "plaider": ("statement", "que incise objq colon"),      # "« ... », a-t-il plaidé", "a plaidé une peine « ... »"
    "décrire": ("testimony", "objq colon"),               # "décrivent une ville « quadrillée »"
    "déclarer": ("statement", "que quote incise colon inf media"),
    "qualifier": ("assessment", "objattr incise"),
    "réagir": ("statement", "incise colon media"),
    "réclamer": ("demand", "que incise objq"),
    # revendiquer un acte l'avoue (« l'EI a revendiqué l'attentat ») ; revendiquer autre chose est une
    # demande sans paroles rapportées (OBJ_FRAME_REQUIRES)
    "revendiquer": ("admission", "obj"),
    # compter une foule, des victimes : un chiffre donné (« Le ministère a recensé 1,28 million de
    # manifestants » ; OBJ_FRAME_REQUIRES : un nombre)
    "recenser": ("report", "obj"),
    "dénombrer": ("report", "obj"),
    "exiger": ("demand", "que incise objq"),
    "demander": ("demand", "que incise objq"),
    "appeler": ("appeal", "objq"),
    "voir": ("assessment", "objin"),                 # "voit dans ce vote un « désaveu »"
    "parler": ("assessment", "objin"),               # "parle d'une chute « exceptionnelle »"
    "inviter": ("appeal", "objq"),               # "invite les passagers à « se renseigner »"
    "exhorter": ("appeal", "obj objq"),          # « a exhorté Washington à « reconsidérer » sa position »
    # « a appelé au calme », « appelle à la retenue » (« appeler » alone: « appeler les pompiers »)
    "appeler à": ("appeal", "obj objn objq"),
    "appeler au": ("appeal", "obj objn objq"),
    "appeler aux": ("appeal", "obj objn objq"),
    "faire valoir": ("justification", "que incise"),   # "« ... », a fait valoir la présidence"
    "évoquer": ("statement", "incise obj objq"),
    "exprimer": ("statement", "objq"),
    "réaffirmer": ("statement", "que incise colon objq"),
    "reprocher": ("accusation", "objde incise objq"),
    "recommander": ("recommendation", "que de incise objde"),   # "recommande aux voyageurs de « ... »"
    "préconiser": ("recommendation", "que de incise"),
    "lâcher": ("statement", "incise colon"),
    "détailler": ("statement", "incise colon"),    # "« ... », a détaillé la directrice"
    "analyser": ("statement", "que incise colon"),        # "« ... », analyse un économiste"
    "trancher": ("statement", "incise colon"),
    "relativiser": ("statement", "incise colon"),   # "X relativise : « ... »"
    "nuancer": ("statement", "incise colon"),
    "tempérer": ("statement", "incise colon"),     # "« ... », a-t-il tempéré"
    "souffler": ("statement", "incise"),
    "glisser": ("statement", "incise"),
    "répliquer": ("statement", "que incise colon"),
    "rétorquer": ("statement", "que incise colon"),
    # a blame with quoted words: "impute la chute de l'enseigne à « la hausse des loyers »"
    "imputer": ("justification", "objq"),
    "attribuer": ("justification", "objq"),
    # reflexive verbs: conjugated with their pronoun ("s'agace", "s'est félicité", "se félicitant")
    "s'agacer": ("complaint", "que incise colon"),
    "s'alarmer": ("complaint", "que incise colon de objq"),
    "s'inquiéter": ("complaint", "que incise colon de objq"),
    "s'indigner": ("statement", "que incise colon de objq"),
    "s'insurger": ("statement", "incise colon objq"),
    "s'étonner": ("statement", "que incise colon de"),
    "s'emporter": ("statement", "incise colon"),
    "s'exclamer": ("statement", "incise colon"),
    "s'amuser": ("statement", "incise colon"),        # "« ... », s'amuse-t-il"
    "s'esclaffer": ("statement", "incise colon"),
    "s'enthousiasmer": ("statement", "incise colon"),
    "s'interroger": ("statement", "incise colon"),
    "s'offusquer": ("statement", "que incise colon de objq"),
    "se féliciter": ("statement", "que quote incise colon de"),
    "se réjouir": ("statement", "que incise colon de"),
    "se désoler": ("complaint", "que incise colon de"),
    "se plaindre": ("complaint", "que incise colon de"),
    "se défendre": ("denial", "incise colon de"),
    # memories told in a portrait or an obituary: "« ... », se souvient le chanteur"
    "se souvenir": ("testimony", "incise colon"),
    "se rappeler": ("testimony", "incise colon"),
    "se remémorer": ("testimony", "incise colon"),
    # an expectation whose object carries quoted words: "s'attend à une croissance « quasi nulle »"
    "s'attendre": ("prediction", "objq"),
    "se dire": ("statement", "quote attr objq"),    # "s'est dit « vigilant »": the quotation alone
    "maintenir": ("statement", "que inf incise"),
    "soupirer": ("statement", "incise"),
    "railler": ("statement", "incise objq"),       # "a raillé un « chèque en bois »"
    "défendre": ("justification", "objq"),              # "a défendu une réforme « juste et nécessaire »"
    "contester": ("denial", "que inf incise objq objnd"),  # "a contesté être à l'origine de ...", « conteste
                                                           # l'ensemble des faits » (not « ces chiffres »)
}

# irregular lemmas: principal parts (present 3sg, present 3pl, imparfait stem,
# passé simple 3sg, passé simple 3pl, future stem, past participle, present participle)
IRREGULAR = {
    "dire": ("dit", "disent", "dis", "dit", "dirent", "dir", "dit", "disant"),
    "prédire": ("prédit", "prédisent", "prédis", "prédit", "prédirent", "prédir", "prédit", "prédisant"),
    "écrire": ("écrit", "écrivent", "écriv", "écrivit", "écrivirent", "écrir", "écrit", "écrivant"),
    "décrire": ("décrit", "décrivent", "décriv", "décrivit", "décrivirent", "décrir", "décrit", "décrivant"),
    "démentir": ("dément", "démentent", "dément", "démentit", "démentirent", "démentir", "démenti",
                 "démentant"),
    "prévenir": ("prévient", "préviennent", "préven", "prévint", "prévinrent", "préviendr", "prévenu",
                 "prévenant"),
    "reconnaître": ("reconnaît", "reconnaissent", "reconnaiss", "reconnut", "reconnurent", "reconnaîtr",
                    "reconnu", "reconnaissant"),
    "répondre": ("répond", "répondent", "répond", "répondit", "répondirent", "répondr", "répondu",
                 "répondant"),
    "admettre": ("admet", "admettent", "admett", "admit", "admirent", "admettr", "admis", "admettant"),
    "promettre": ("promet", "promettent", "promett", "promit", "promirent", "promettr", "promis",
                  "promettant"),
    "mettre": ("met", "mettent", "mett", "mit", "mirent", "mettr", "mis", "mettant"),
    "soutenir": ("soutient", "soutiennent", "souten", "soutint", "soutinrent", "soutiendr", "soutenu",
                 "soutenant"),
    "apprendre": ("apprend", "apprennent", "appren", "apprit", "apprirent", "apprendr", "appris",
                  "apprenant"),
    "conclure": ("conclut", "concluent", "conclu", "conclut", "conclurent", "conclur", "conclu", "concluant"),
    "exclure": ("exclut", "excluent", "exclu", "exclut", "exclurent", "exclur", "exclu", "excluant"),
    "poursuivre": ("poursuit", "poursuivent", "poursuiv", "poursuivit", "poursuivirent", "poursuivr",
                   "poursuivi", "poursuivant"),
    "faire": ("fait", "font", "fais", "fit", "firent", "fer", "fait", "faisant"),
    "prévoir": ("prévoit", "prévoient", "prévoy", "prévit", "prévirent", "prévoir", "prévu", "prévoyant"),
    "plaindre": ("plaint", "plaignent", "plaign", "plaignit", "plaignirent", "plaindr", "plaint", "plaignant"),
    "maintenir": ("maintient", "maintiennent", "mainten", "maintint", "maintinrent", "maintiendr", "maintenu",
                  "maintenant"),
    "craindre": ("craint", "craignent", "craign", "craignit", "craignirent", "craindr", "craint", "craignant"),
    "défendre": ("défend", "défendent", "défend", "défendit", "défendirent", "défendr", "défendu", "défendant"),
    "attendre": ("attend", "attendent", "attend", "attendit", "attendirent", "attendr", "attendu", "attendant"),
    "souvenir": ("souvient", "souviennent", "souven", "souvint", "souvinrent", "souviendr", "souvenu", "souvenant"),
    # (the passé simple "vit", also the present of "vivre", is left out: "vit dans ...")
    "voir": ("voit", "voient", "voy", "voit", "voient", "verr", "vu", "voyant"),
    "croire": ("croit", "croient", "croy", "crut", "crurent", "croir", "cru", "croyant"),
    # (a verb of events: « abattu par la police »)
    "abattre": ("abat", "abattent", "abatt", "abattit", "abattirent", "abattr", "abattu", "abattant"),
}
# -er verbs whose stem vowel or consonant changes before a mute ending
STEM_CHANGES = {"rappeler": "rappell", "appeler": "appell", "inquiéter": "inquièt", "répéter": "répèt", "relever": "relèv", "lever": "lèv",
                "révéler": "révèl"}
# second-group (-ir / -issons) verbs
SECOND_GROUP = {"avertir", "garantir", "réagir", "réjouir", "envahir"}
# stem changes that keep the infinitive in the future ("répétera", "inquiétera")
FUTURE_FROM_INFINITIVE = {"répéter", "inquiéter", "révéler"}
# reflexive pronouns, and the auxiliaries of their compound tenses
REFLEXIVE = ("se ", "s'")
REFLEXIVE_COMPOUND = ("s'est", "se sont", "s'était", "s'étaient")
# the same, with the subject pronoun inverted ("« ... », s'est-il défendu")
REFLEXIVE_COMPOUND_INVERTED = ("s'est-il", "s'est-elle", "se sont-ils", "se sont-elles", "s'était-il",
                               "s'était-elle", "s'étaient-ils", "s'étaient-elles")


def _forms_er(inf: str) -> dict:
    stem = inf[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")          # jugeait, jugeant
    soft = soft[:-1] + "ç" if soft.endswith("c") else soft     # annonçait, annonçant
    mute = STEM_CHANGES.get(inf, stem)
    fut = (mute + "er") if inf in STEM_CHANGES and inf not in FUTURE_FROM_INFINITIVE else inf
    return {
        "fin": [mute + "e", mute + "ent", fut + "a", fut + "ont", fut + "ait", fut + "aient"],
        "finp": [soft + "ait", soft + "aient", soft + "a", stem + "èrent"],
        "pp": [stem + "é"], "ppr": [soft + "ant"], "inf": [inf],
    }


def _forms_ir(inf: str) -> dict:
    stem = inf[:-2]
    return {
        "fin": [stem + "it", stem + "issent", inf + "a", inf + "ont", inf + "ait", inf + "aient"],
        "finp": [stem + "issait", stem + "issaient", stem + "it", stem + "irent"],
        "pp": [stem + "i"], "ppr": [stem + "issant"], "inf": [inf],
    }


def _forms_irregular(inf: str, parts: tuple) -> dict:
    p3s, p3p, imp, ps3s, ps3p, fut, pp, ppr = parts
    return {
        "fin": [p3s, p3p, fut + "a", fut + "ont", fut + "ait", fut + "aient"],
        "finp": [imp + "ait", imp + "aient", ps3s, ps3p],
        "pp": [pp], "ppr": [ppr], "inf": [inf],
    }


def _agree(pp: str) -> list:
    """Past participle with its gender and number agreements."""
    if pp.endswith("s"):
        return [pp, pp + "e", pp + "es"]
    return [pp, pp + "e", pp + "s", pp + "es"]


# subject pronouns inverted after the first word of a multi-word lemma (« fait-il valoir »)
INVERTED_PRONOUNS = ("il", "elle", "on", "ils", "elles")


def conjugate(lemma: str) -> dict:
    """Forms of a lemma by tag: "fin" (present, future, conditional), "finp" (imparfait, passé
    simple), "pp" (past participle and its agreements), "ppr" (present participle), "inf".
    Multi-word lemmas ("mettre en garde") conjugate their first word; reflexive ones ("se
    féliciter", "s'agacer") keep their pronoun, elided before a vowel, and their compound tenses
    are finite past forms ("s'est félicité", "se sont félicités")."""
    for pro in REFLEXIVE:
        if lemma.startswith(pro):
            return _reflexive(lemma[len(pro):])
    head, _, tail = lemma.partition(" ")
    if head in IRREGULAR:
        forms = _forms_irregular(head, IRREGULAR[head])
    elif head in SECOND_GROUP:
        forms = _forms_ir(head)
    else:
        forms = _forms_er(head)
    forms["pp"] = _agree(forms["pp"][0])
    if head == "reconnaître":                      # spelling reform: "reconnait"
        forms["fin"].append("reconnait")
    if head == "maintenir":                        # "maintenant" is the adverb "now"
        forms["ppr"] = []
    if tail:
        inverted = {k: [f"{v}{'-t' if v[-1:] in 'ae' else ''}-{p} {tail}" for v in forms[k] for p in INVERTED_PRONOUNS]
                    for k in ("fin", "finp")}
        forms = {k: [f"{v} {tail}" for v in vs] for k, vs in forms.items()}
        for k, vs in inverted.items():
            forms[k] += vs              # « fait-il valoir », « fait-on savoir », « fera-t-elle remarquer »
    return forms


def _reflexive(verb: str) -> dict:
    forms = conjugate(verb)
    pro = "s'" if verb[:1] in "aâeéèêiîoôuh" else "se "
    out = {tag: [pro + f for f in forms[tag]] for tag in ("fin", "finp", "ppr", "inf")}
    out["finp"] += [f"{aux} {p}" for aux in REFLEXIVE_COMPOUND for p in forms["pp"]]
    out["finp"] += [f"{aux} {p}" for aux in REFLEXIVE_COMPOUND_INVERTED for p in forms["pp"]]
    return out


# a date or an aside between commas may part an auxiliary from its participle: « le ministre a mardi
# annoncé », « ont, dans un communiqué commun, jugé »
AUX_GAPS = True
# participles giving a name after an indefinite noun: « une société baptisée Halcyon », « un collectif appelé X »
NAMING_PARTICIPLES = ("appelé", "appelée", "appelés", "appelées", "baptisé", "baptisée", "baptisés", "baptisées",
                      "nommé", "nommée", "surnommé", "surnommée")
# auxiliaries of the compound tenses, and of the passive
AUXILIARIES = ("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent",
               "avoir")
# verbs of saying that tell an act of speech only where they report words: a time in their sentence sets
# the scene of a later claim only then (« Les rebelles ont lancé le week-end dernier une offensive. Kigali
# a démenti ... »: no act of speech; « « ... », a lancé le ministre mardi »: one)
SPEECH_ONLY_WITH_WORDS = ("lancer",)
# the number of the subject each auxiliary agrees with: an inverted noun after a verb of saying whose
# auxiliary disagrees with it is the verb's object, no speaker (« ..., ont lancé mardi matin une offensive »)
AUXILIARY_NUMBERS = {"a": "s", "ont": "p", "avait": "s", "avaient": "p", "aura": "s", "auront": "p",
                     "aurait": "s", "auraient": "p", "eut": "s", "eurent": "p"}
PASSIVE_AUX = ("est", "sont", "était", "étaient", "été", "sera", "seront", "serait", "seraient", "fut")
PARTICIPLE_AUX = ("ayant",)                        # "un responsable ayant déclaré que ..."
# subject inversion: "dit-il", "a-t-elle ajouté"
INVERSION_JOINERS = ("-",)
INVERSION_EUPHONIC = ("t",)
NEGATION = ("ne", "n")
NEGATION_AFTER = ("pas", "jamais", "guère", "nullement", "point")

# words between an auxiliary and its participle, or after a verb, that change nothing
ADVERBS = (
    "également", "aussi", "encore", "ensuite", "notamment", "déjà", "pourtant", "enfin", "alors",
    "d'ailleurs", "en outre", "de nouveau", "à nouveau", "par ailleurs", "toutefois", "cependant",
    "néanmoins", "plus tard", "plus tôt", "auparavant", "récemment", "publiquement", "clairement",
    "fermement", "catégoriquement", "formellement", "vigoureusement", "immédiatement", "rapidement",
    "officiellement", "simplement", "lui-même", "elle-même", "pour sa part", "de son côté",
    "quant à lui", "quant à elle", "de leur côté", "pour leur part", "bien", "tout de suite",
    "aussitôt", "plusieurs fois", "à plusieurs reprises", "lui aussi", "elle aussi",
    "au contraire", "en revanche", "pour autant", "quant à eux", "quant à elles",
    # a time told by a pronoun or a phrase no calendar reads: "D'ici là, l'opposition réclame ..."
    "d'ici là", "en attendant", "entre-temps", "entretemps", "dans l'intervalle", "pour l'heure",
    "pour l'instant", "pour le moment",
)

# ---------------------------------------------------------------------------
# Attribution phrases: "selon X", "d'après X"
# ---------------------------------------------------------------------------
# prepositions of the "objin" frame, before the object that holds the reported words ("voit dans X
# un « ... »", "parle d'une chute « exceptionnelle »")
OBJECT_IN_PREPS = ("dans", "de", "d'", "du")
# clitics standing for that preposition and its object, before the verb: the quoted object then
# follows the verb ("qui y voit « une mesure de justice »")
OBJECT_IN_CLITICS = ("y",)
# object clitics between a subject and its verb ("Le maire lui a assuré que", "qui y voit", « La CGT en a
# revendiqué 3,5 millions »)
PREVERBAL_CLITICS = ("y", "lui", "leur", "en")
# verbs opening a predicate before an infinitive: after a subject set off by its apposition, a predicate, no aside
# (« Le ministre, Christophe Béchu, doit se rendre dans le département, a annoncé son cabinet »)
PREDICATE_MODALS = ("doit", "doivent", "devrait", "devraient", "devait", "devaient", "va", "vont", "allait",
                    "allaient", "peut", "peuvent", "pourrait", "pourraient", "compte", "comptent", "entend", "entendent")
# direct object pronouns, which are articles too: right before a verb, only pronouns (« L'Union européenne l'a
# qualifié d'« insuffisant » », « le ministre les a dénoncés »); « l » stands for the elided « l' »
OBJECT_CLITICS = ("le", "la", "les", "l")
# (« aux dires » without its « de »: the article joined to it, « du », « des », opens the speaker's name)
ACCORDING_TO = ("selon", "d'après", "de l'avis de", "aux dires", "à en croire", "de source", "pour")
# the kind of the claims those phrases attribute: "selon X, ..." reports what X says ("pour X, ..."
# gives an opinion of any kind: a statement)
ACCORDING_KINDS = {"selon": "report", "d'après": "report", "aux dires": "report", "à en croire": "report",
                   "de source": "report"}
# attribution phrases that name their speaker only with a pronoun ("Pour lui, ...")
ACCORDING_PRONOUN_ONLY = ("pour",)
# "selon que ...", "selon toute vraisemblance": not an attribution
ACCORDING_EXCEPT_NEXT = ("que", "qu'", "les cas", "le cas", "toute", "les circonstances",
                         # « vérifier ces chiffres de source indépendante »: independently, no source
                         "indépendante", "indépendantes")
# counts a news outlet makes itself: "selon un décompte de l'AFP" reports the outlet's own
# tally, no one's words
MEDIA_COUNT_HEADS = ("décompte", "décomptes", "comptage", "comptages", "recensement", "pointage", "bilan", "bilans")
# heads after "selon" that are documents or figures, not speakers
NON_SPEAKER_HEADS = (
    "bilan", "bilans", "chiffre", "chiffres", "sondage", "sondages", "estimation", "estimations",
    "étude", "études", "rapport", "rapports", "images", "image", "données", "statistiques", "texte",
    "constitution", "loi", "accord", "calendrier", "plan", "projet", "décompte", "comptage",
    "résultats", "résultat", "prévisions", "modèle", "document", "documents", "vidéo", "vidéos",
    "informations", "information", "registre", "liste", "carte", "enquête", "règlement", "règles",
    "traité", "moi", "nous", "communiqué", "communiqués", "déclaration", "tweet", "message", "lettre",
    "note", "notes", "courrier", "circulaire", "bulletin", "avis", "propos", "témoignage", "témoignages",
)
# documents that speak for their author: "conclut un rapport de l'Inspection générale" (the
# inspectorate speaks), then "note le rapport", "selon ce document", "l'étude recommande ..." (the
# author of the last document named with its author)
DOCUMENT_HEADS = (
    "rapport", "rapports", "étude", "études", "document", "documents", "note", "enquête", "audit",
    "bilan", "synthèse", "expertise", "avis", "mémo", "baromètre", "évaluation", "communiqué", "communiqués",
    "sondage", "sondages", "décompte", "chiffres", "données", "estimations", "statistiques", "calculs",
    # « selon un bulletin publié vendredi » (météo, santé): le bulletin parle pour qui l'a publié
    "bulletin", "bulletins",
    # des informations publiées, sans auteur nommé (« selon des informations non confirmées ») ou avec
    # (« selon les informations du Parisien »)
    "informations",
    # des chiffres établis (« selon les prévisions de la Banque de France », « selon des résultats partiels »)
    "prévision", "prévisions", "projection", "projections", "résultats", "estimation",
    # la correspondance (« selon des courriels envoyés aux patients et consultés par l'AFP »)
    "lettre", "lettres", "courrier", "courriers", "courriel", "courriels", "message", "messages", "mail", "mails",
    "e-mail", "e-mails",
    # des récits recueillis (« selon les témoignages recueillis par le HCR », « selon le témoignage de sa mère »)
    "témoignage", "témoignages",
)
# documents that are the channel their author speaks through: « Le communiqué du ministère
# indique ... », « Le communiqué précise ... » (the claim's channel)
DOCUMENT_CHANNELS = {"communiqué": "statement", "communiqués": "statement", "mémo": "statement"}
# the publication's own reporting after an attribution phrase (« selon nos informations, »): the
# outlet publishing the article speaks, its sources unnamed
OWN_REPORTING = ("nos informations", "nos sources", "nos révélations", "notre enquête", "nos constatations")
# nouns after which « de X » names a news outlet (« selon les informations du Monde », « selon nos
# confrères du Parisien »): that outlet speaks; an article contracted with « de » is the article of
# the outlet's name (« du Monde »: « Le Monde »)
OUTLET_NOUNS = ("informations", "révélations", "confrères", "consœurs", "collègues")
CONTRACTED_ARTICLES = {"du": "le", "des": "les"}
# who speaks for the publication when the text names no outlet in its dateline (« PARIS (AFP) - »)
NEWSROOM_LABEL = "la rédaction"
# verbs of learning whose subject, before them, must be a news outlet (« Le Monde a appris que ... »);
# « a-t-on appris de source policière », « a appris l'AFP » name their speaker after the verb
OUTLET_LEMMAS = ("apprendre",)
# verbs whose subject issues the document named after them (« Le ministère a publié un communiqué
# mardi. Le communiqué ajoute que ... »)
FILING_VERBS = ("publié", "diffusé", "publie", "diffuse", "publient", "diffusent")
# adjectives put before a document's noun ("le dernier rapport annuel du réseau", "une nouvelle
# étude de l'Insee"); those after it are read as its lowercase words
DOCUMENT_MODIFIERS = tuple(f for p in ("dernier", "nouveau", "récent", "premier", "précédent", "prochain")
                           for f in {"dernier": ("dernier", "dernière", "derniers", "dernières"),
                                     "nouveau": ("nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"),
                                     "premier": ("premier", "première", "premiers", "premières")}.get(
                               p, (p, p + "e", p + "s", p + "es")))
# participles of those who read a document, not its author: "selon ce document consulté par
# l'AFP", "un rapport obtenu par Le Monde"
DOCUMENT_READERS = tuple(f for p in ("consulté", "obtenu", "lu", "vu", "cité", "dévoilé", "révélé", "relayé")
                         for f in (p, p + "e", p + "s", p + "es"))
# prepositions after which the speaker is named: "appris de source policière", "auprès du ministère"
SOURCE_PREPS = ("de", "d'", "auprès de", "auprès du", "auprès des", "du", "des",
                "dans")                 # "a-t-on appris dans l'entourage du ministre"
# the impersonal subject pronoun, and the prepositions of a place opening its sentence that
# name who "on" stands for: "Dans l'entourage du ministre, on indique ...", "À Matignon, on
# souligne ..." (also after a fronted place naming an authority: "A Bercy, on indique que ...")
IMPERSONAL_PRONOUNS = ("on",)
# who the impersonal pronoun stands for when no place or source names them ("..., a-t-on appris")
IMPERSONAL_SOURCE_LABEL = "sources"
IMPERSONAL_PLACE_PREPS = ("dans", "à", "chez", "du côté de", "du côté du", "du côté des")

# ---------------------------------------------------------------------------
# Clause structure
# ---------------------------------------------------------------------------
COMPLEMENTIZERS = ("que", "qu'")
RELATIVES = ("qui",)
# relatifs qui ouvrent un aparté sur le nom qui les précède, outre RELATIVES (« X, dont l'équipe avait perdu il y a
# quatre ans, a déclaré » : le temps de l'aparté n'est pas celui des paroles)
ASIDE_RELATIVES = ("dont", "où")
# pronoms qui ne désignent personne en particulier, sujets d'une proposition rapportée (« a prévenu ses joueurs que
# personne ne leur ferait de cadeau »)
INDEFINITE_PRONOUNS = ("personne", "rien", "chacun", "chacune", "quiconque", "nul", "tous", "toutes")
# the relative standing for the object of the verb after it (« l'incendie de mars, que la police
# attribue à ... »)
OBJECT_PRONOUN_RELATIVES = ("que", "qu'")
# the relative that, after a person described in apposition ("X, dirigeante d'une fromagerie dans
# la Manche, qui dit ...", "X, chercheur au CNRS, qui estime ..."), is the person's, not the
# institution's or the place's in the description
PERSON_RELATIVES = ("qui",)
# relatives after an attribution phrase, the clause after them reported: "..., a précisé l'ARS, selon
# laquelle aucun des malades n'est dans un état grave"
ACCORDING_RELATIVES = ("laquelle", "lequel", "lesquelles", "lesquels")
# nouns of a person related to the one who speaks, after a possessive ("son client", "sa fille"):
# reported words naming one so speak of someone else than the speaker ("X va faire appel, a
# indiqué son avocat. Selon lui, son client ...": "lui" is the lawyer, not X)
RELATION_NOUNS = ("client", "cliente", "clients", "clientes", "mandant", "mandante", "fils", "fille",
                  "mari", "épouse", "père", "mère", "frère", "sœur", "patient", "patiente", "protégé",
                  "protégée")
# relatives that, after the comma closing an object with quoted words, complete that object: the
# reported object runs on ("a salué un jugement « exemplaire », qui « devrait ... »", "évoquant des
# « pistes multiples », dont celle d'une fuite ...")
OBJECT_RELATIVES = ("qui", "dont")
DE_PREPS = ("de", "d'")                             # "accuse X de ...", "menace de ..."
# the preposition of the figure an object is put at, before the object ("estime à plus de 40.000
# le nombre de ...") or after it ("estime le coût à 3 millions d'euros"): frame "objat"
FIGURE_PREPS = ("à",)
# words opening a figure ("à plus de 40.000", "à près de 300")
CLAUSE_OPENERS = ("plus de", "moins de", "près de", "environ", "quelque", "au moins", "jusqu'à",
                  "au total")
AGENT_PREPS = ("par",)                              # passive agent: "accusée par Washington"
MEDIA_PREPS = ("à", "au", "aux", "sur", "dans", "auprès")     # "a déclaré à l'AFP", "a estimé sur TF1"
# prépositions avant la chaîne où les mots ont été dits, quel que soit le verbe : un canal (« a dénoncé sur
# franceinfo une grève », « a assuré le ministre sur TF1 »)
BROADCAST_PREPS = ("sur",)
COPULAS = ("est", "était", "sont", "étaient", "fut", "devient", "reste", "demeure", "été")
# a place after these, after a noun phrase, completes it ("plusieurs skippers interrogés à
# Capbreton", "les commerçants installés au centre"): the noun phrase speaks, not the place
LOCATIVE_PREPS = ("à", "au", "aux", "en")
# a name right after these, of no known gender, is a place: never what "il" or "elle" refers
# back to ("une infirmière à Bressuire", "un éleveur en Corrèze")
PLACE_PREPS = ("à", "dans", "en")
# prepositions opening a complement of circumstance on a bare noun, between the verb and its
# inverted subject ("a justifié en conseil municipal le maire")
BARE_COMPLEMENT_PREPS = ("en",)
LOCATED_WORDS = tuple(f for p in ("interrogé", "installé", "basé", "établi", "rencontré", "domicilié",
                                  "réfugié", "rassemblé", "réuni", "joint", "interviewé")
                      for f in (p, p + "e", p + "s", p + "es")) + ("résidant", "vivant", "travaillant",
                                                                    # « un diplomate en poste à Beyrouth »
                                                                    "poste")
# une position complétant le sujet avant son verbe (« Le parti au pouvoir a annoncé », « la junte au
# pouvoir a fait savoir », « le gouvernement en place a démenti »)
STANDING_PHRASES = ("au pouvoir", "en place", "en exercice", "en fonctions", "en poste")
# infinitives usable as the content of "nier", "estimer", ...: endings and frequent forms
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
INFINITIVE_WORDS = ("être", "avoir", "s'être", "n'avoir", "ne", "n'être")
# object clitics before the infinitives of INFINITIVE_WORDS: "a assuré les avoir payés", "dit l'en
# avoir informé" (before a noun, "les" is an article: only these infinitives follow)
INFINITIVE_CLITICS = ("les", "le", "la", "lui", "leur", "en", "y", "nous", "vous")
# words that open a new clause: a later reporting clause starting after them is not part
# of the reported content ("a nié ... et a prévenu ...", "... après que Trump a jugé ...")
CLAUSE_LINKS = (
    "et", "mais", "puis", "après que", "après qu'", "alors que", "alors qu'", "tandis que",
    "tandis qu'", "avant que", "avant qu'", "lorsque", "lorsqu'", "quand", "car", "puisque",
    "puisqu'", "bien que", "bien qu'", "même si", "si bien que", "dès lors que", "tout en",
    "pendant que", "parce que", "parce qu'", "cependant que", ";",
)
# links that give a reason or a concession, by their first word: after a quoted attribute, the words go on
# with them (« a jugé la décision « injuste » parce qu'elle ignore les faits »)
REASON_LINKS = ("car", "parce", "puisque", "puisqu", "bien", "même")
# words that cannot begin a reported clause without "que" (content after a comma)
PREPOSITIONS = (
    "à", "au", "aux", "après", "avant", "dans", "en", "sur", "sous", "pour", "par", "avec", "lors",
    "pendant", "depuis", "vers", "contre", "chez", "devant", "derrière", "entre", "malgré", "selon", "dès",
)
# sentence-initial capitalised words that never start a name
FUNCTION_WORDS = (
    "le la les l' un une des du de d' au aux ce cet cette ces son sa ses leur leurs mon ma mes notre "
    "nos votre vos et ou mais donc or ni car que qu' qui quoi dont où si quand comme lorsque puisque "
    "il elle ils elles on je tu nous vous lui eux y en ne n' pas selon après avant dans sur sous pour "
    "par avec sans chez vers contre entre depuis pendant lors malgré outre quant dès à tout tous "
    "toute toutes cela ceci ça c' celui celle ceux celles aucun aucune plusieurs chaque certains "
    "certaines quelque quelques autre autres même mêmes alors ainsi aussi encore enfin puis déjà "
    "toujours jamais mardi lundi mercredi jeudi vendredi samedi dimanche hier demain aujourd'hui "
    "environ près plus moins très bien mal oui non voici voilà est sont était a ont c'est s' "
    "cependant pourtant toutefois néanmoins désormais ensuite d'abord certes"
).split()
# participles by which a speaker is reached, opening a sentence before its subject: the phrase
# up to its comma is never a speaker ("Interrogé par l'AFP, X a ...", "Jointe par téléphone, X
# affirme ...", "Sollicité sur ce point, le ministère a ...")
FRONTED_PARTICIPLES = tuple(f for p in ("interrogé", "contacté", "joint", "sollicité", "questionné",
                                        "interviewé", "consulté", "approché", "rencontré", "interpellé",
                                        "croisé",
                                        # a fronted participle of arrival: « Arrivé mardi, M. Mahama a été
                                        # reçu ... »
                                        "arrivé", "venu", "revenu", "rentré", "reçu", "accueilli",
                                        # a fronted participle of appointment: « Nommé ministre de la Justice en
                                        # 1981, il avait défendu ... »
                                        "nommé", "élu", "réélu", "désigné", "investi")
                            for f in (p, p + "e", p + "s", p + "es")) + (
    # un participe présent de visite, son lieu ou son public en capitales après lui : « Visitant Hatay mercredi,
    # il a reconnu ... » (pas de nom « Visitant Hatay »)
    "visitant", "quittant", "recevant", "accueillant")
# ordinal words ranking a team, a firm or a candidate before the table they rank in: a capitalised
# one opening a sentence before "de" is no name ("Treizième de Pro B, le club ...", "Deuxième du
# classement, ..."); the words ending so are ordinals too ("vingt-troisième")
RANKING_ORDINALS = ("premier", "première", "premiers", "premières", "second", "seconde", "dernier",
                    "dernière", "derniers", "dernières", "avant-dernier", "avant-dernière")
RANKING_ORDINAL_ENDINGS = ("ième", "ièmes")
# endings of the past participles that, after a comma and before a preposition, describe a noun of
# a quoted object: "défend un dispositif « attendu par les habitants », excédés par les voitures ..."
OBJECT_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# pronoun and relative resuming the clause before, as the object of a later reporting verb after a
# comma: the reported words stop at the comma, and the verb after them ("..., ce que l'opérateur
# dément") has the pronoun for object, no reported words of its own
RESUMPTIVE_RELATIVES = ("ce que", "ce qu'")
# a subject opened by one of these names no speaker: « Aucun groupe n'a revendiqué l'attaque », « Aucun
# responsable n'a confirmé » report no words
NEGATIVE_DETERMINERS = ("aucun", "aucune", "nul", "nulle")
# conjunctions that coordinate two verbs of the same subject: "a nié ... et a prévenu ..."
COORDINATORS = ("et", "puis", "mais")
# after an attribution phrase between commas, these open another speaker's clause, which ends the
# first one's words: « 175 000, selon la police, tandis que la CGT en a compté 250 000 »
COUNTER_CLAUSE_OPENERS = ("tandis", "alors", "mais")
# the word joining two speakers of one statement: "Scholz et Macron ont affirmé"
JOINT_SPEAKER_LINKS = ("et",)
# words between the comma and a gerund: "..., tout en réaffirmant sa « confiance »"
# words after a time expression that make it the head of a noun phrase, the object of the verb before it,
# not a time of the saying to skip: « a appelé à une journée de grève », « a décrété trois jours de deuil »
TIME_NOUN_LINKS = ("de", "d")
GERUND_MARKERS = ("en", "tout")
# words right before an infinitive cue that tie it to the main clause, whose subject speaks: its purpose
# ("ont manifesté devant la préfecture pour réclamer un « plan d'urgence »", "se sont rassemblés afin
# d'exiger que ...") or what it said next (« a-t-il averti, avant d'ajouter : « Je reviendrai » »)
PURPOSE_MARKERS = ("pour", "afin de", "afin d'", "avant de", "avant d'")
# words after an impersonal subject pronoun: a purpose infinitive after them has no speaker ("Il est
# trop tôt pour dire que ...", "Il faut du temps pour annoncer ...", "Il y a de quoi dire ...")
IMPERSONAL_VERBS = ("faut", "fallait", "faudra", "faudrait", "suffit", "suffisait", "suffira", "y",
                    "semble", "paraît")
# classes of institutions (as the title table names them) whose name runs on to their seat: "l'ambassade
# de Belgique à Paris", "l'ambassade de France au Niger"
SEATED_INSTITUTIONS = ("embassy",)
# reflexive pronouns between a subject and its verb ("Les éleveurs se sont rassemblés")
REFLEXIVE_PRONOUNS = ("se", "s'")

# ---------------------------------------------------------------------------
# Speakers: determiners, pronouns, titles
# ---------------------------------------------------------------------------
# word: (definiteness, gender, number); definiteness: def, indef, dem (demonstrative), poss
DETERMINERS = {
    "le": ("def", "m", "s"), "la": ("def", "f", "s"), "l'": ("def", None, "s"), "les": ("def", None, "p"),
    "un": ("indef", "m", "s"), "une": ("indef", "f", "s"), "des": ("indef", None, "p"),
    "de": ("bare", None, None), "d'": ("bare", None, None),
    "ce": ("dem", "m", "s"), "cet": ("dem", "m", "s"), "cette": ("dem", "f", "s"), "ces": ("dem", None, "p"),
    "son": ("poss", None, "s"), "sa": ("poss", "f", "s"), "ses": ("poss", None, "p"),
    "leur": ("poss", None, "s"), "leurs": ("poss", None, "p"),
    "du": ("def", "m", "s"), "au": ("def", "m", "s"), "aux": ("def", None, "p"),
    "tout": ("indef", "m", "s"), "toute": ("indef", "f", "s"), "tous": ("indef", "m", "p"),
    "toutes": ("indef", "f", "p"), "aucun": ("indef", "m", "s"), "aucune": ("indef", "f", "s"),
    "plusieurs": ("indef", None, "p"), "certains": ("indef", "m", "p"), "certaines": ("indef", "f", "p"),
}
# modifiers before or after a title head: "ce même responsable", "un haut responsable"
SAME = ("même", "mêmes")                         # refers back to the last entity with that head
OTHER = ("autre", "autres")                      # "un autre responsable": a new entity
TITLE_MODIFIERS = ("haut", "haute", "hauts", "hautes", "même", "mêmes", "autre", "autres", "nouveau",
                   "nouvelle", "ancien", "ancienne", "influent", "influente", "puissant", "puissante",
                   "général", "générale", "adjoint", "adjointe", "suprême", "délégué", "déléguée",
                   "principal", "principale", "premier", "première", "fédéral", "fédérale", "local",
                   "locale", "régional", "régionale", "proche", "proches", "haut-commissaire",
                   # the domain of a director (« le directeur financier X », « la directrice artistique X »)
                   "financier", "financière", "technique", "commercial", "commerciale", "exécutif", "exécutive",
                   "juridique", "sportif", "sportive", "artistique", "scientifique", "opérationnel",
                   "opérationnelle", "médical", "médicale", "administratif", "administrative",
                   # and of a prosecutor, an adviser or a chief (« le procureur antiterroriste Jean-François
                   # Ricard », « le conseiller diplomatique X », « le chef militaire X »)
                   "antiterroriste", "anticorruption", "diplomatique", "militaire")
# adjectives of the officeholder between a title's complement and the name (« le ministre de l'Intérieur
# démissionnaire Bruno Retailleau », « le maire sortant de Paris »)
TITLE_ADJECTIVES_AFTER_COMPLEMENT = ("démissionnaire", "démissionnaires", "sortant", "sortante", "sortants",
                                     "sortantes", "intérimaire", "intérimaires")
# endings of the lowercase adjectives that go on an institution's name after its one capitalised
# word, the name having an article (« la Sécurité civile », « la Garde nationale », « la Ligue
# arabe », « la Protection civile locale »): a person's name takes no article
INSTITUTION_ADJECTIVE_ENDINGS = ("al", "ale", "ales", "aux", "el", "elle", "elles", "ien", "ienne", "iennes",
                                 "aire", "aires", "ique", "iques", "if", "ive", "ives", "ile", "iles",
                                 "ain", "aine", "aines", "ais", "aise", "ois", "oise", "ême", "abe", "ane")
# honorifics before a name: word -> gender
HONORIFICS = {"m.": "m", "mm.": "m", "mme": "f", "mmes": "f", "mlle": "f", "me": None, "dr": None, "dre": "f", "pr": None,
              "pre": "f", "mgr": "m"}
# subject pronouns: word -> (gender, number, person-like)
PRONOUNS = {
    "il": ("m", "s", True), "elle": ("f", "s", True), "ils": ("m", "p", True), "elles": ("f", "p", True),
    "on": (None, "s", True), "lui": ("m", "s", True), "eux": ("m", "p", True),
}
# demonstrative subject pronouns: the nearest person or group named before, of their gender and
# number, even if not the subject ("... requis cinq ans contre M. X. Celui-ci avait reconnu ...")
DEMONSTRATIVE_PRONOUNS = {
    "celui-ci": ("m", "s", True), "celle-ci": ("f", "s", True), "ceux-ci": ("m", "p", True),
    "celles-ci": ("f", "p", True),
}
# stressed pronouns set between commas after a subject to repeat it ("Les élus, eux, s'inquiètent")
STRESSED_PRONOUNS = ("lui", "eux", "elle", "elles")
# titles: head word -> (class, gender, number, nature); nature: person, source (an unnamed
# source stays anonymous), org (an institution)
TITLE_HEADS = {
    "ministre": ("minister", None, "s", "person"), "ministres": ("minister", None, "p", "person"),
    "premier ministre": ("prime minister", "m", "s", "person"),
    "première ministre": ("prime minister", "f", "s", "person"),
    "secrétaire": ("secretary", None, "s", "person"),
    "président": ("president", "m", "s", "person"), "présidente": ("president", "f", "s", "person"),
    "chef": ("chief", None, "s", "person"), "cheffe": ("chief", "f", "s", "person"),
    "porte-parole": ("spokesperson", None, "s", "person"),
    "responsable": ("official", None, "s", "source"), "responsables": ("official", None, "p", "source"),
    "source": ("source", "f", "s", "source"), "sources": ("source", "f", "p", "source"),
    "diplomate": ("diplomat", None, "s", "source"), "diplomates": ("diplomat", None, "p", "source"),
    "fonctionnaire": ("civil servant", None, "s", "source"), "fonctionnaires": ("civil servant", None, "p", "source"),
    "enquêteur": ("investigator", "m", "s", "source"), "enquêtrice": ("investigator", "f", "s", "source"),
    "enquêteurs": ("investigator", "m", "p", "source"),
    "témoin": ("witness", None, "s", "source"), "témoins": ("witness", None, "p", "source"),
    "proche": ("associate", None, "s", "source"), "proches": ("associate", None, "p", "source"),
    "entourage": ("aides", "m", "s", "source"),
    "policier": ("police officer", "m", "s", "source"), "policière": ("police officer", "f", "s", "source"),
    "policiers": ("police officer", "m", "p", "source"),
    "militaire": ("military officer", None, "s", "source"), "militaires": ("military officer", None, "p", "source"),
    "expert": ("expert", "m", "s", "person"), "experte": ("expert", "f", "s", "person"),
    "analyste": ("analyst", None, "s", "person"), "analystes": ("analyst", None, "p", "person"),
    "économiste": ("economist", None, "s", "person"), "économistes": ("economist", None, "p", "person"),
    "volcanologue": ("volcanologist", None, "s", "person"), "sismologue": ("seismologist", None, "s", "person"),
    "géologue": ("geologist", None, "s", "person"), "climatologue": ("climatologist", None, "s", "person"),
    "glaciologue": ("glaciologist", None, "s", "person"), "virologue": ("virologist", None, "s", "person"),
    "épidémiologiste": ("epidemiologist", None, "s", "person"),
    "biologiste": ("biologist", None, "s", "person"), "microbiologiste": ("microbiologist", None, "s", "person"),
    "immunologiste": ("immunologist", None, "s", "person"), "immunologue": ("immunologist", None, "s", "person"),
    "infectiologue": ("infectious disease specialist", None, "s", "person"),
    "toxicologue": ("toxicologist", None, "s", "person"), "océanographe": ("oceanographer", None, "s", "person"),
    "conseiller": ("adviser", "m", "s", "person"), "conseillère": ("adviser", "f", "s", "person"),
    "ambassadeur": ("ambassador", "m", "s", "person"), "ambassadrice": ("ambassador", "f", "s", "person"),
    "général": ("general", "m", "s", "person"), "générale": ("general", "f", "s", "person"),
    "commandant": ("commander", "m", "s", "person"), "colonel": ("colonel", "m", "s", "person"),
    "lieutenant-colonel": ("lieutenant colonel", "m", "s", "person"), "capitaine": ("captain", None, "s", "person"),
    "lieutenant": ("lieutenant", "m", "s", "person"), "amiral": ("admiral", "m", "s", "person"),
    "vice-amiral": ("vice admiral", "m", "s", "person"), "contre-amiral": ("rear admiral", "m", "s", "person"),
    "directeur": ("director", "m", "s", "person"), "directrice": ("director", "f", "s", "person"),
    "dirigeant": ("leader", "m", "s", "person"), "dirigeante": ("leader", "f", "s", "person"),
    "dirigeants": ("leader", "m", "p", "person"), "dirigeantes": ("leader", "f", "p", "person"),
    "gouverneur": ("governor", "m", "s", "person"), "gouverneure": ("governor", "f", "s", "person"),
    "maire": ("mayor", None, "s", "person"),
    "préfet": ("prefect", "m", "s", "person"), "préfète": ("prefect", "f", "s", "person"),
    "sous-préfet": ("sub-prefect", "m", "s", "person"), "sous-préfète": ("sub-prefect", "f", "s", "person"),
    "procureur": ("prosecutor", "m", "s", "person"), "procureure": ("prosecutor", "f", "s", "person"),
    "juge": ("judge", None, "s", "person"),
    "avocat": ("lawyer", "m", "s", "person"), "avocate": ("lawyer", "f", "s", "person"),
    # the prosecution before an assize or appeal court: no defence lawyer
    "avocat général": ("prosecutor", "m", "s", "person"), "avocate générale": ("prosecutor", "f", "s", "person"),
    "avocats généraux": ("prosecutor", None, "p", "person"),
    "prévenu": ("defendant", "m", "s", "person"), "prévenue": ("defendant", "f", "s", "person"),
    # before his trial (« Le suspect ... En garde à vue, il a reconnu »)
    "suspect": ("suspect", "m", "s", "person"), "suspecte": ("suspect", "f", "s", "person"),
    "mis en cause": ("suspect", "m", "s", "person"), "mise en cause": ("suspect", "f", "s", "person"),
    "député": ("lawmaker", "m", "s", "person"), "députée": ("lawmaker", "f", "s", "person"),
    "sénateur": ("senator", "m", "s", "person"), "sénatrice": ("senator", "f", "s", "person"),
    "chancelier": ("chancellor", "m", "s", "person"), "chancelière": ("chancellor", "f", "s", "person"),
    "roi": ("king", "m", "s", "person"), "reine": ("queen", "f", "s", "person"),
    "prince": ("prince", "m", "s", "person"), "pape": ("pope", "m", "s", "person"),
    "émir": ("emir", "m", "s", "person"), "ayatollah": ("ayatollah", "m", "s", "person"),
    "guide": ("leader", "m", "s", "person"),
    "négociateur": ("negotiator", "m", "s", "person"), "négociatrice": ("negotiator", "f", "s", "person"),
    "émissaire": ("envoy", None, "s", "person"), "envoyé": ("envoy", "m", "s", "person"),
    "envoyé spécial": ("envoy", "m", "s", "person"), "envoyée spéciale": ("envoy", "f", "s", "person"),
    "représentant spécial": ("envoy", "m", "s", "person"), "représentante spéciale": ("envoy", "f", "s", "person"),
    "rapporteur spécial": ("rapporteur", "m", "s", "person"), "rapporteuse spéciale": ("rapporteur", "f", "s", "person"),
    "envoyée": ("envoy", "f", "s", "person"),
    "représentant": ("representative", "m", "s", "person"),
    "représentante": ("representative", "f", "s", "person"),
    "commissaire": ("commissioner", None, "s", "person"),
    "patron": ("head", "m", "s", "person"), "patronne": ("head", "f", "s", "person"),
    "pdg": ("chief executive", None, "s", "person"),
    "chef de l'état": ("head of state", None, "s", "person"),
    "secrétaire d'état": ("secretary of state", None, "s", "person"),
    "secrétaire d'etat": ("secretary of state", None, "s", "person"),
    "chef de l'etat": ("head of state", None, "s", "person"),
    "gouvernement": ("government", "m", "s", "org"), "ministère": ("ministry", "m", "s", "org"),
    # un gouvernement militaire (« a fait savoir la junte »)
    "junte": ("junta", "f", "s", "org"),
    "armée": ("army", "f", "s", "org"), "police": ("police", "f", "s", "org"),
    "parquet": ("prosecutors", "m", "s", "org"), "accusation": ("prosecutors", "f", "s", "org"),
    "ambassade": ("embassy", "f", "s", "org"),
    # la demeure d'un chef d'État qui parle pour lui (« a annoncé le palais royal », « le palais présidentiel »)
    "palais": ("palace", "m", "s", "org"),
    "présidence": ("presidency", "f", "s", "org"), "diplomatie": ("diplomacy", "f", "s", "org"),
    "administration": ("administration", "f", "s", "org"), "état-major": ("general staff", "m", "s", "org"),
    "agence": ("agency", "f", "s", "org"), "compagnie": ("company", "f", "s", "org"),
    "entreprise": ("company", "f", "s", "org"), "groupe": ("group", "m", "s", "org"),
    "parti": ("party", "m", "s", "org"), "coalition": ("coalition", "f", "s", "org"),
    "opposition": ("opposition", "f", "s", "org"),
    "milice": ("militia", "f", "s", "org"), "mouvement": ("movement", "m", "s", "org"),
    "organisation": ("organisation", "f", "s", "org"), "ong": ("NGO", "f", "s", "org"),
    "syndicat": ("union", "m", "s", "org"), "justice": ("judiciary", "f", "s", "org"),
    "préfecture": ("prefecture", "f", "s", "org"), "préfecture maritime": ("prefecture", "f", "s", "org"),
    "fédération": ("federation", "f", "s", "org"),
    "conseiller municipal": ("councillor", "m", "s", "person"),
    "conseillère municipale": ("councillor", "f", "s", "person"),
    "conseiller régional": ("councillor", "m", "s", "person"),
    "conseillère régionale": ("councillor", "f", "s", "person"),
    "conseiller départemental": ("councillor", "m", "s", "person"),
    "conseillère départementale": ("councillor", "f", "s", "person"),
    "conseiller général": ("councillor", "m", "s", "person"),
    "conseillère générale": ("councillor", "f", "s", "person"),
    "conseiller communautaire": ("councillor", "m", "s", "person"),
    "conseillère communautaire": ("councillor", "f", "s", "person"),
    "conseiller de Paris": ("councillor", "m", "s", "person"),
    "conseillère de Paris": ("councillor", "f", "s", "person"),
    "adjoint au maire": ("deputy mayor", "m", "s", "person"),
    "adjointe au maire": ("deputy mayor", "f", "s", "person"),
    "maire adjoint": ("deputy mayor", "m", "s", "person"),
    "maire adjointe": ("deputy mayor", "f", "s", "person"),
    "maire-adjoint": ("deputy mayor", "m", "s", "person"),
    "maire-adjointe": ("deputy mayor", "f", "s", "person"),
}


def plural(word: str) -> str:
    """The plural of a one-word noun or adjective: « général » -> « généraux », « député » -> « députés »,
    « feu » -> « feux »; one ending in s, x or z stays (« pays »)."""
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith(("eau", "eu")):
        return word + "x"
    return word + "s"


# the plurals of the titles of persons listed in the singular only (« plusieurs députés PS », « des
# sénateurs »): the same class and gender, one-word titles (« porte-parole », « maire-adjoint » and
# collective nouns such as « entourage » stay as listed), but for these (« Les experts de l'Institut
# ... (Ineris) estiment »: the institution speaks)
TITLE_PLURALS_NOT_MADE = ("expert", "experte", "pdg")
TITLE_HEADS.update({plural(w): (cls, gender, "p", nature) for w, (cls, gender, number, nature)
                    in list(TITLE_HEADS.items())
                    if number == "s" and nature == "person" and w.isalpha() and not w.endswith(("s", "x", "z"))
                    and plural(w) not in TITLE_HEADS and w not in TITLE_PLURALS_NOT_MADE})
# the one tried in a court report: the title class of "le prévenu", learnt by the person named
# after a trial noun ("le procès de X") or before a participle of a verb of prosecution
# ("X, jugée pour vol", "X, poursuivi pour ...")
DEFENDANT_CLASS = "defendant"
TRIAL_NOUNS = ("procès",)
TRIED_PARTICIPLES = tuple(f for p in ("jugé", "poursuivi", "condamné", "inculpé", "rejugé")
                          for f in (p, p + "e", p + "s", p + "es"))
# nouns that refer back to a person named before with one of these title classes ("le
# procureur ..., Damien Roussel. [...] le magistrat")
TITLE_HYPERNYMS = {
    "magistrat": ("prosecutor", "judge"), "magistrate": ("prosecutor", "judge"),
    "édile": ("mayor", "deputy mayor"),
    "élu": ("mayor", "deputy mayor", "lawmaker", "senator", "councillor", "president"),
    "élue": ("mayor", "deputy mayor", "lawmaker", "senator", "councillor", "president"),
    "parlementaire": ("lawmaker", "senator"), "officier": ("general", "colonel", "lieutenant colonel",
                                                           "commander", "captain", "lieutenant", "admiral",
                                                           "vice admiral", "rear admiral"),
}
# title classes a hypernym covers only for a holder named with one of these complements, or
# with none ("son président"): "l'élu" is the president of a region, a department, a group of
# communes or the Republic, not that of a club, a company or an association
HYPERNYM_COMPLEMENTS = {
    "president": ("conseil", "région", "département", "communauté", "communes", "métropole",
                  "agglomération", "collectivité", "république", "assemblée", "sénat", "territoire"),
}
# government departments written after "ministre de ...": never part of a person's name
DEPARTMENTS = (
    "Défense", "Armées", "Affaires étrangères", "Intérieur", "Justice", "Transports", "Santé",
    "Économie", "Economie", "Finances", "Budget", "Éducation", "Education", "Culture", "Travail",
    "Agriculture", "Environnement", "Énergie", "Energie", "Industrie", "Commerce", "Logement",
    "Sports", "Outre-mer", "Europe", "Trésor", "Sécurité intérieure", "Renseignement", "Information",
    "Communication", "Pétrole", "Plan", "Numérique", "Recherche", "Immigration", "Intégration",
    "État", "Etat", "Jeunesse", "Solidarités", "Famille", "Enseignement supérieur", "Écologie",
    "Ecologie", "Diplomatie", "Défense nationale", "Transition écologique", "Transition énergétique",
    "Comptes publics", "Action et des Comptes publics", "Cohésion des territoires", "Fonction publique",
    "Personnes âgées", "Relations avec le Parlement",
    "Éducation nationale", "Education nationale", "Enseignement supérieur et de la Recherche", "Armées et des Anciens combattants",
    "Europe et des Affaires étrangères", "Affaires européennes", "Collectivités territoriales", "Ruralité",
    "Santé et de la Prévention", "Travail et de l'Emploi", "Économie et des Finances", "Economie et des Finances",
)
# words introducing the complement of a title: "ministre de la Défense", "porte-parole du Kremlin"
TITLE_CONNECTORS = ("de", "d'", "du", "des", "de la", "de l'")
# prepositions before the name of the place where the holder of a title works, in an apposition
# to a person's name (« Anne Martin, économiste chez Natixis, estime »)
TITLE_NAME_PREPOSITIONS = ("chez",)

# ---------------------------------------------------------------------------
# Anonymity, channels, hedges
# ---------------------------------------------------------------------------
ANONYMITY = (
    "sous couvert d'anonymat", "sous couvert de l'anonymat", "sous le couvert de l'anonymat",
    "requis l'anonymat", "requérant l'anonymat", "a requis l'anonymat", "ayant requis l'anonymat",
    "souhaitant garder l'anonymat", "qui a souhaité garder l'anonymat", "sans être nommé",
    "sans vouloir être nommé", "préférant garder l'anonymat", "anonymement", "anonyme", "anonymes",
    "sous le sceau de l'anonymat", "s'exprimant sous couvert d'anonymat",
)
# qualifiers of an anonymous source -> language-neutral label
SOURCE_QUALIFIERS = {
    "policière": "police", "policières": "police", "diplomatique": "diplomatic",
    "diplomatiques": "diplomatic", "militaire": "military", "militaires": "military",
    "sécuritaire": "security", "sécuritaires": "security", "judiciaire": "judicial",
    "judiciaires": "judicial", "gouvernementale": "government", "gouvernementales": "government",
    "médicale": "medical", "médicales": "medical", "hospitalière": "hospital",
    "hospitalières": "hospital", "proche du dossier": "close to the matter",
    "proches du dossier": "close to the matter", "informée": "informed", "informées": "informed",
    "bien informée": "informed", "concordantes": "", "officielle": "official", "officielles": "official",
}
# channels: phrase -> kind (statement, tweet, interview, press conference)
CHANNELS = {
    "dans un communiqué": "statement", "par communiqué": "statement", "dans une déclaration": "statement",
    "un communiqué": "statement", "une déclaration": "statement",
    "dans un communiqué de presse": "statement", "dans une déclaration écrite": "statement",
    "dans une lettre": "statement", "dans une lettre ouverte": "statement", "dans un courrier": "statement",
    "dans une tribune": "statement",
    "dans son communiqué": "statement", "dans leur communiqué": "statement", "dans sa déclaration": "statement",
    "dans leur déclaration": "statement", "dans sa lettre": "statement", "dans leur lettre": "statement",
    "dans un communiqué commun": "statement", "dans une déclaration commune": "statement",
    "sur Twitter": "tweet", "sur X": "tweet", "dans un tweet": "tweet", "sur son compte Twitter": "tweet",
    "sur les réseaux sociaux": "tweet", "dans un message sur Twitter": "tweet",
    "sur son compte X": "tweet", "sur Facebook": "post", "sur Telegram": "post",
    "sur Truth Social": "post", "sur son réseau Truth Social": "post", "sur son réseau social Truth Social": "post",
    "sur sa plateforme Truth Social": "post", "sur son réseau social": "post",
    "lors d'une conférence de presse": "press conference", "en conférence de presse": "press conference",
    "au cours d'une conférence de presse": "press conference", "devant la presse": "press conference",
    "lors d'un point presse": "press conference", "lors d'un point de presse": "press conference",
    "lors d'un point-presse": "press conference", "au cours d'un point presse": "press conference",
    "au cours d'un point de presse": "press conference", "en point presse": "press conference",
    "sur le réseau social X": "tweet", "sur le réseau X": "tweet", "dans un message publié sur X": "tweet",
    "dans un message sur X": "tweet", "dans un message": "post",
    "devant les journalistes": "press conference", "aux journalistes": "press conference",
    "à la presse": "press conference", "à des journalistes": "press conference",
    "devant des journalistes": "press conference",
    "dans un entretien": "interview", "dans une interview": "interview", "dans un entretien accordé": "interview",
    "à la télévision": "interview", "à la radio": "interview", "sur la chaîne": "interview",
}
# une conférence ou un point de presse, avec son déterminant et un qualificatif après le nom : « lors de son
# point de presse hebdomadaire », « au cours d'une conférence de presse conjointe »
for _noun, _dets, _mods in (
        ("conférence de presse", ("une", "sa", "leur"), ("", "commune", "conjointe", "quotidienne", "hebdomadaire")),
        ("point de presse", ("un", "son", "leur"), ("", "commun", "conjoint", "quotidien", "hebdomadaire")),
        ("point presse", ("un", "son", "leur"), ("", "commun", "conjoint", "quotidien", "hebdomadaire"))):
    for _prep in ("lors", "au cours"):
        for _det in _dets:
            _head = f"{_prep} d'{_det}" if _det in ("un", "une") else f"{_prep} de {_det}"
            for _mod in _mods:
                CHANNELS.setdefault(f"{_head} {_noun} {_mod}".strip(), "press conference")
# participles completing a channel with the one who passed it on ("a indiqué dans un communiqué
# transmis par son avocat que ..."): the channel runs to the end of their agent
CHANNEL_PARTICIPLES = tuple(f for p in ("publié", "diffusé", "transmis", "envoyé", "lu", "relayé", "partagé",
                                        "accordé", "enregistré", "retransmis")
                            for f in ((p, p + "e", p + "s", p + "es") if not p.endswith("s") else (p, p + "e", p + "es")))
# channel carried by the verb itself
LEMMA_CHANNELS = {"tweeter": "tweet"}
# verbs that continue the previous claim's channel ("a-t-il également écrit" after a tweet)
CONTINUING_LEMMAS = ("écrire", "ajouter", "poursuivre", "préciser")
# hedges inside the reported words (longest phrase wins)
# verbs whose negation still reports what the speaker holds possible (« n'exclut pas que ... »)
NEGATED_CUES = ("exclure",)
# the conjunction of a name's acronym set off by commas ("The Federal Security Service, or FSB, said", « Le
# Service fédéral de sécurité, ou FSB, a indiqué »)
ALIAS_CONJUNCTIONS = ("ou",)
# words opening a clause after a comma whose subject a gerund after it shares ("..., when Hezbollah fired rockets
# ..., saying it acted", « ..., lorsque le Hezbollah a tiré des roquettes, affirmant agir »)
GERUND_CLAUSE_OPENERS = ("quand", "lorsque", "lorsqu", "tandis")
HEDGES = (
    "très probablement", "probablement", "vraisemblablement", "sans doute", "peut-être", "possiblement",
    "apparemment", "présumé", "présumée", "présumés", "présumées", "présumément", "supposé", "supposée",
    "supposés", "supposées", "censé", "censée", "censés", "censées", "a priori", "selon toute vraisemblance",
    "semble", "semblent", "semblerait", "sembleraient", "pourrait", "pourraient", "devrait", "devraient",
    "aurait", "auraient", "serait", "seraient", "éventuellement", "supposément", "prétendument",
    "il est possible que", "il se pourrait que", "risque de", "risquent de", "semblait", "semblaient",
    "peu probable", "improbable", "visiblement", "non confirmé", "non confirmée", "non confirmés",
    "non confirmées",
)
# conditional mood: a verb ending so is a hedge (exceptions are nouns and adjectives)
CONDITIONAL_ENDINGS = ("rait", "raient")
# verbs of checking right before « de source ... »: the way a figure could (not) be checked, no
# attribution (« un bilan impossible à vérifier de source indépendante », « n'a pu être confirmé de source
# indépendante »)
ACCORDING_NOT_AFTER = ("vérifier", "vérifié", "vérifiée", "vérifiés", "vérifiées", "vérifiable", "vérifiables",
                       "confirmer", "confirmé", "confirmée", "confirmés", "confirmées", "confirmable",
                       "confirmables", "corroborer", "corroboré", "corroborée")
# les mots d'une peine après l'objet d'un verbe qui, avec eux, juge au lieu de dire (« le tribunal a
# condamné X à cinq ans de prison » : une décision de justice, pas une critique)
OBJ_FRAME_BLOCKERS = {"condamner": ("prison", "réclusion", "amende", "perpétuité", "ans", "mois", "sursis",
                                    "euros", "peine", "travaux")}
# des hedges qui n'en sont plus devant ces mots (« présumées innocentes » : la présomption d'innocence,
# un terme de droit) ou après un déterminant (« le risque de propagation » : un nom)
# un objet qui ne fait une déclaration qu'ouvert par l'un de ces mots (« a revendiqué l'attentat », « a
# revendiqué la responsabilité de l'attaque » ; non « revendiquent une hausse des salaires »), ou qu'avec un
# nombre parmi ses quatre premiers mots pour « # »
OBJ_FRAME_REQUIRES = {"rejeter": ("accusations", "accusation", "allégations", "conclusions", "critiques", "critique",
                                  "informations", "affirmations", "propos", "version", "rapport", "chiffres",
                                  "accusateurs", "reproches", "soupçons", "thèse", "responsabilité"),
                      "revendiquer": ("attentat", "attentats", "attaque", "attaques", "responsabilité",
                                      "assassinat", "enlèvement", "enlèvements", "tir", "tirs", "frappe",
                                      "frappes", "explosion", "explosions", "meurtre", "sabotage",
                                      "embuscade", "assaut", "incendie", "rapt", "exécution", "attentat-suicide",
                                      # a gain claimed: « a revendiqué la prise de deux villages »
                                      "prise", "capture", "conquête", "contrôle", "victoire", "libération",
                                      # a figure claimed: « La CGT en a revendiqué 3,5 millions » (# : un nombre)
                                      "#"),
                      "recenser": ("#",), "dénombrer": ("#",)}
HEDGE_NOT_BEFORE = {"présumé": ("innocent",), "présumée": ("innocente",), "présumés": ("innocents",),
                    "présumées": ("innocentes",)}
HEDGES_NOT_AFTER_DETERMINER = ("risque de",)
# hedges of hearsay: the conditional of report (« le suspect aurait fui ») and these words make a claim a
# report; the conditionals that foresee (« pourrait », « devrait ») and the other hedges a prediction
REPORTIVE_HEDGES = ("prétendument", "présumé", "présumée", "présumés", "présumées", "présumément",
                    "supposément", "selon toute vraisemblance", "non confirmé", "non confirmée", "non confirmés",
                    "non confirmées")
# words opening examples of a group set off by commas before its verb ("Several airlines, including
# Delta, said"): the group speaks, not the example
EXAMPLE_OPENERS = ("dont", "notamment", "comme")
# words opening another name of what was just named, after a comma ("..., known as Cal Fire")
ALIAS_OPENERS = ("surnommé", "surnommée", "connu sous le nom de", "connue sous le nom de", "appelé", "appelée")
# nouns by which the narration comments on the words just reported, in apposition before a relative
# (« ..., des propos qui ont suscité la colère »): no part of them
COMMENT_NOUNS = ("propos", "déclaration", "déclarations", "remarque", "remarques", "annonce", "aveu",
                 "avertissement", "affirmation", "affirmations", "promesse", "décision", "sortie")
# hedges of appearance: the speaker infers from what is seen (« le suspect semblait avoir agi seul »):
# the claim is an assessment
EVIDENTIAL_HEDGES = ("apparemment", "semble", "semblent", "semblait", "semblaient", "visiblement")
PREDICTIVE_CONDITIONALS = ("pourrait", "pourraient", "devrait", "devraient", "semblerait", "sembleraient")
CONDITIONAL_EXCEPT = ("extrait", "attrait", "retrait", "portrait", "distrait", "abstrait", "trait",
                      "soustrait", "autoportrait", "traient", "extraient")
# attributes of a stance that, unquoted after « se dire », are the words: « s'est dit prêt à envoyer des
# soldats », « s'est dite favorable à une réforme »; a position taken, not a feeling (« s'est dit choqué »
# is a reaction, a claim only with its quotation marks, as any other word after « se dire »)
STANCE_ATTRIBUTES = tuple(p + e for p in ("prêt", "favorable", "opposé", "hostile", "disposé", "ouvert",
                                          "déterminé", "résolu", "convaincu", "persuadé", "certain", "confiant",
                                          "optimiste", "pessimiste", "sceptique", "prudent", "réservé")
                          for e in ("", "e", "s", "es"))
# imperfects that end as a conditional does (« jurait », « espérait ») and the conditionals among them
# (« aurait »): IMPERFECT_LOOKALIKE_ENDINGS, CONDITIONALS_ENDING_SO, the fact the time expressions read too
# a conditional that is only the future of the past ("a dit que l'armée partirait") is not a hedge
# in indirect speech after a past cue, unless it is one of these (possibility, or the past conditional)
HEDGE_IN_BACKSHIFT = ("pourrait", "pourraient", "devrait", "devraient", "aurait", "auraient",
                      "semblerait", "sembleraient")
# attribute words that make "juger X responsable" an accusation
ATTRIBUTES = {
    "responsable": "accusation", "responsables": "accusation", "coupable": "accusation",
    "coupables": "accusation", "complice": "accusation", "complices": "accusation",
    "illégal": "accusation", "illégale": "accusation", "inacceptable": "statement",
    "inacceptables": "statement", "légitime": "statement", "nécessaire": "statement",
    "prêt": "statement", "prête": "statement", "prêts": "statement",
}

# quote mark pairs (opening, closing); an identical pair is ambiguous and read from context
# one of a group as an inverted subject, named in apposition: "a témoigné l'un d'eux, Marc Lefeuvre"
# words opening an apposition that describes the noun phrase before it, besides a determiner
# ("La coopérative, l'une des plus importantes de la région, a indiqué")
# ("Les cinq élus, dont la première adjointe, affirment")
APPOSITION_OPENERS = ("l'un des", "l'une des", "parmi", "dont")
PARTITIVE_SUBJECTS = ("l'un d'eux", "l'une d'elles", "l'un d'entre eux", "l'une d'entre elles")
# the same, before the group's own noun phrase: "a expliqué l'un de ses porte-parole, X", "a
# raconté l'une des victimes, X" (the person named in apposition speaks)
PARTITIVE_HEADS = ("l'un de", "l'une de", "l'un des", "l'une des", "l'un du", "l'une du")
# words making one unnamed member of the group named after them (« L'un des officiers a déclaré », « a déclaré
# l'un des officiers »)
MEMBER_PREFIXES = ("l'un", "l'une", "l'un des", "l'une des", "l'un de", "l'une de")
# nouns of a number or a group of people before "de": the people named after them speak ("Plusieurs
# centaines d'apiculteurs ont manifesté", "un millier de riverains disent ...")
GROUP_NOUNS = ("centaine", "centaines", "dizaine", "dizaines", "millier", "milliers", "poignée", "groupe",
               # approximate numbers: "une soixantaine d'auteurs", "une vingtaine de salariés"
               "douzaine", "douzaines", "quinzaine", "vingtaine", "vingtaines", "trentaine", "quarantaine",
               "cinquantaine", "soixantaine")
# part of a group as the subject of a cue: the group named before speaks ("Les habitants
# dénoncent ... : plusieurs d'entre eux affirment ..."); phrase -> gender of the group
GROUP_PARTITIVE_SUBJECTS = {
    f"{q} d'entre {p}": g
    for q in ("plusieurs", "certains", "certaines", "beaucoup", "la plupart", "nombre", "bon nombre",
              "une partie", "quelques-uns", "quelques-unes", "deux", "trois")
    for p, g in (("eux", "m"), ("elles", "f"))
}
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ("‹", "›"), ('"', '"'))
# dashes that introduce an attribution after a quote: "« ... » – Nom"
DASHES = ("-", "–", "—")
# appended to the display name of an unnamed source
ANONYMOUS_LABEL = "anonyme"
# nouns may stand before a title as modifiers ("Kremlin spokesman", "Iran's foreign minister")
PREHEAD_NOUNS = False
# une attribution après des propos non cités inverse son sujet (« ..., prévient le ministre ») : un sujet
# avant son verbe après la virgule n'attribue que des propos entre guillemets (« Budget : le gouvernement
# engage sa responsabilité, la censure menace » : la censure menace, elle ne dit rien)
UNQUOTED_SUBJECT_INCISE = False
# graphies françaises des noms translittérés, rapprochées de celles des autres langues quand un corpus
# compare ses locuteurs (« Arestovitch » et "Arestovych", « Sergueï Choïgou » et "Sergei Shoigu", « Netanyahou »)
NAME_SPELLING_FOLDS = (("tch", "ch"), ("ou", "u"), ("kh", "h"), ("gue", "ge"), ("gui", "gi"), ("y", "i"))
# graphies françaises réécrites quand un corpus rapproche une déclaration de sa traduction dans une autre
# langue : les mots qu'elles partagent commencent alors de même (« indiquent » et "indicates",
# « physique » et "physical")
COGNATE_FOLDS = (("ph", "f"), ("qu", "c"), ("k", "c"), ("y", "i"))
# a plural noun without article may be a speaker ("Residents said", "..., traders said")
BARE_PLURAL_SUBJECTS = False
# adjectives follow the noun they qualify ("à la radio nationale", "dans un communiqué commun")
POSTPOSED_ADJECTIVES = True
# endings of plural nouns: the head of a plural group a plural pronoun may refer back to ("manifestants", "riverains", "journaux")
PLURAL_ENDINGS = ("s", "x")
# "il"/"elle" may refer to an institution by the gender of its noun ("le parquet ... a-t-il ajouté")
GENDERED_ORG_PRONOUNS = True
# a title of no gender of its own takes the masculine as the generic gender ("le docteur Nathalie
# Hemmerlé", "le professeur Anne Ricard"): its determiner says nothing of the named person's
GENERIC_TITLE_GENDER = "m"
# heads of organisation names, completed by adjectives and "de"-complements
# ("l'Union cycliste internationale", "la Fédération du commerce et de la distribution")
ORG_HEADS = (
    "agence", "autorité", "administration", "association", "banque", "bureau", "caisse", "centre",
    "chambre", "collectif", "comité", "commission", "confédération", "conseil", "cour", "direction",
    "fédération", "fondation", "fonds", "institut", "inspection", "ligue", "observatoire", "office",
    "organisation", "service", "services", "société", "syndicat", "tribunal", "union", "haut-commissariat",
    "académie", "alliance", "front", "mouvement", "parti", "programme", "secrétariat", "coalition",
    "assemblée", "conférence", "mutualité", "régie", "compagnie", "groupement", "rassemblement",
    "communauté", "club", "coordination", "cercle", "amicale", "instituts", "unité", "brigade", "cellule",
    "division", "délégation", "mission",
)
# heads of the institutions named by a lowercase noun and the chain of its complements ("la
# chambre d'agriculture de l'Yonne", "la clinique des Graves", "le tribunal de commerce de Lyon",
# "la direction générale des douanes"): noun -> gender.  The organisation heads above and the
# institutions of TITLE_HEADS are heads too.
INSTITUTION_HEADS = {
    "chambre": "f", "clinique": "f", "conseil": "m", "sous-préfecture": "f", "mairie": "f", "hôpital": "m",
    "centre": "m", "tribunal": "m", "cour": "f", "office": "m", "institut": "m", "association": "f",
    "caisse": "f", "commission": "f", "autorité": "f", "gendarmerie": "f", "rectorat": "m",
    "université": "f", "école": "f", "musée": "m", "fondation": "f", "observatoire": "m", "société": "f",
    "direction": "f", "confédération": "f", "collectif": "m", "comité": "m", "bureau": "m", "service": "m",
    "inspection": "f", "ligue": "f", "consulat": "m", "maternité": "f", "lycée": "m", "laboratoire": "m",
    "secrétariat": "m", "haut-commissariat": "m", "commissariat": "m", "brigade": "f", "métropole": "f",
    "agglomération": "f", "académie": "f", "mutualité": "f", "régie": "f", "banque": "f", "union": "f",
    "établissement": "m", "syndicat": "m", "agence": "f", "fédération": "f", "ambassade": "f",
    "cabinet": "m", "district": "m",
}
# heads of the office working for an official named by a title: "le cabinet du maire" is one
# institution, speaking for the mayor's office, not the mayor
OFFICE_HEADS = ("cabinet",)
# nouns of a territory's government put before the territory's name: "la région Auvergne-Rhône-Alpes
# a annoncé" is the regional council (the institution "région Auvergne-Rhône-Alpes"), not the
# place: noun -> gender
TERRITORY_HEADS = {"région": "f", "département": "m", "commune": "f"}
# participles joining an institution to the domain it is in charge of ("le ministère chargé des
# Comptes publics", "le secrétariat d'État chargé de la Mer")
INSTITUTION_PARTICIPLES = ("chargé", "chargée", "chargés", "chargées")
# prepositions that go on with an organisation's name after its head ("la Fondation pour le
# logement des défavorisés", "l'Agence pour l'emploi")
ORG_NAME_PREPS = ("pour",)
# last words of the national organisations named by a capitalised word and lowercase ones
# ("Domaines skiables de France", "Régions de France", "Villes de France")
ORG_NAME_ENDINGS = ("de France",)
# words joining two complements of one organisation name ("du commerce et de la distribution")
ORG_JOINERS = ("et",)
# endings of the adjectives that may follow an organisation head ("arbitral", "cycliste",
# "internationale", "constitutionnel", "européenne", "départemental", "publique", "paysanne")
ORG_ADJ_ENDINGS = (
    "al", "ale", "aux", "ales", "il", "ile", "ils", "iles", "el", "elle", "els", "elles", "ique", "iques", "aire", "aires", "ien",
    "ienne", "iens", "iennes", "iste", "istes", "if", "ive", "ifs", "ives", "eur", "eure", "ieur",
    "ieure", "ain", "aine", "éen", "éenne", "ais", "aise", "ois", "oise", "ier", "ière", "in", "ine",
    "an", "ans", "anne", "annes", "ic", "ics",
)
# endings a lowercase word closing an organisation's name right before the punctuation never has
# (a participle, a verb, an adverb: "selon la Fédération des chasseurs consultée"); others do
# ("l'Observatoire des villes du transport gratuit.")
ORG_LAST_WORD_NOT_ENDINGS = ("é", "ée", "és", "ées", "ent", "ment")
# derniers mots qui font d'un nom celui d'une organisation ("Nordhaus AG", "Thales SA")
ORG_SUFFIXES = ("sa", "sas", "ag", "se", "nv", "gmbh", "inc", "ltd", "plc", "group", "holding", "groupe")
# têtes d'un groupe nominal défini qui reprend l'organisation nommée en dernier ("le groupe a
# indiqué", "l'entreprise lyonnaise"), quand aucune organisation n'a été nommée avec ce nom
ORG_ANAPHORS = (
    "entreprise", "groupe", "société", "compagnie", "constructeur", "opérateur", "laboratoire",
    "enseigne", "assureur", "transporteur", "fabricant", "distributeur", "banque", "agence",
    "organisation", "ong", "syndicat", "fédération", "association", "institution", "organisme",
    "établissement", "firme", "industriel", "géant", "équipementier", "start-up", "institut", "club",
    "collectif", "juridiction", "réseau", "bloc",
)
# the kinds of institution an anaphor also names: a federation, a league or a collective is an
# association ("la Fédération française des ... ; d'après l'association")
ORG_ANAPHOR_COVERS = {
    "association": ("fédération", "ligue", "collectif", "union", "confédération"),
    # a court is a jurisdiction ("le tribunal administratif de Rennes ; la juridiction estime")
    "juridiction": ("conseil", "cour", "tribunal", "chambre"),
}
# anaphors that name only some kinds of institution: they refer back to a name headed by one of
# these words (or by a word the tables do not know), never to one headed by another institution's
# noun ("le syndicat" is the "Association des médecins urgentistes", not the "conseil de
# surveillance de l'hôpital")
ORG_ANAPHOR_KINDS = {
    "syndicat": ("syndicat", "syndicats", "union", "confédération", "fédération", "association",
                 "coordination", "intersyndicale", "mouvement", "front", "alliance", "collectif"),
    # "la juridiction" is a court
    "juridiction": ("juridiction", "conseil", "cour", "tribunal", "chambre"),
}
# those of them naming a company: they do not refer back to a name whose head is another kind of
# institution ("le groupe" is not the "Centre national d'études spatiales"), except these heads
COMPANY_ANAPHORS = (
    "entreprise", "groupe", "société", "compagnie", "constructeur", "laboratoire", "enseigne", "assureur",
    "transporteur", "fabricant", "distributeur", "firme", "industriel", "équipementier", "start-up",
)
COMPANY_HEADS = ("société", "compagnie", "banque", "groupement", "groupe", "entreprise")
# noms que seule une entreprise a, avant la préposition et un nom d'un mot : ce nom est celui d'une
# entreprise, quoi qu'il dise (« les salariés d'Airbus », « les actionnaires de Boeing »)
COMPANY_PARTS_BEFORE_NAME = ("salariés", "actionnaires", "usines", "usine", "ingénieurs", "ouvriers")
COMPANY_PART_LINKS = ("de", "d", "du")
# noms communs qui, avec les têtes et les reprises d'organisation ci-dessus, présentent le nom
# qui les suit : celui-ci parle ("le quotidien L'Equipe", "l'association de patients France
# Assos Santé", "le syndicat lycéen La Voix lycéenne")
NAME_DESCRIPTORS = (
    "quotidien", "journal", "hebdomadaire", "mensuel", "magazine", "site", "chaîne", "radio",
    "station", "média", "agence", "collectif", "club", "groupe",
)
# possessives of a singular owner before a role noun: "a annoncé son avocat" speaks for the
# person named elsewhere in that role ("son avocat, Me X")
PERSON_POSSESSIVES = ("son", "sa")
# le possessif d'une personne devant l'organe ou le proche qui parle pour elle (« son cabinet a
# indiqué », « selon son entourage ») : le genre qu'il donne à la personne (aucun), et le nom que
# prend la source, élidé devant une voyelle (« le cabinet d'Emmanuel Macron »)
OWNER_POSSESSIVES = {"son": None, "sa": None, "ses": None}
# possessives before a document of DOCUMENT_HEADS: the institution they refer to speaks (« selon son
# bilan », « selon ses chiffres »)
DOCUMENT_POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")
# classes (see TITLE_HEADS) of singular nouns that name a group of people: a singular personal pronoun
# does not refer back to them (« ..., a indiqué son entourage. Il avait promis ... »: « il » is the one
# whose entourage it is)
GROUP_CLASSES = ("aides",)
POSSESSED_NAME = "{noun} de {owner}"
POSSESSED_BODIES = (
    "cabinet", "entourage", "porte-parole", "avocat", "avocate", "avocats", "avocates", "conseil", "conseils",
    "proches", "famille", "equipe", "camp", "parti", "conseiller", "conseillers", "conseillere", "staff",
)
POSSESSED_NAME_ELIDED = "{noun} d'{owner}"
ELIDING_INITIALS = "aeiouyâàéèêëîïôûAEIOUYÂÀÉÈÊËÎÏÔÛ"
# honorifics proper to a role: "Me X" is a lawyer
HONORIFIC_CLASSES = {"me": "lawyer"}

# verbes dont l'objet est celui à qui ils disent, avant la proposition : « a prévenu les députés lundi que ... »
ADDRESSEE_LEMMAS = ("prévenir", "avertir", "promettre")

# participles after a comma by which the narration comments on the words reported: they close them
# (« a affirmé que Téhéran ne renoncerait pas à l'enrichissement, jetant le doute sur les négociations »)
GLOSS_PARTICIPLES = ("jetant", "suscitant", "relançant", "alimentant", "douchant", "ravivant", "compliquant",
                     "attisant", "soulevant", "assombrissant", "fragilisant",
                     # « ..., mettant fin à plusieurs semaines de spéculations »
                     "mettant")

# classes (see TITLE_HEADS) of a public office whose holder speaks by acts of that office, on the record
# (« Un juge a suspendu l'arrêté, estimant qu'il était illégal »): unnamed, no anonymous source
PUBLIC_ROLE_CLASSES = ("judge",)
# les auxiliaires du plus-que-parfait : une phrase qui raconte un passé d'avant l'histoire ne date pas les
# paroles rapportées ensuite au passé composé (« Condamné le 14 juin 2023, il avait fait appel. « ... », a déclaré
# son avocat »)
PLUPERFECT_AUX = ("avait", "avaient")
# les compléments d'une fonction d'État, qui ne la rattachent à nul autre corps : « le président de la
# République », « le chef de l'État » (non « le président du club »)
STATE_COMPLEMENTS = ("république", "pays", "nation", "état", "gouvernement")

# the age of a person after the noun naming them (« le négociant de 58 ans a reconnu »): the noun phrase
# ends before it
AGE_UNITS = ("ans",)
AGE_LINKS = ("de",)

# les classes de titres des organes d'un État : un tel organe parle en gouvernement (sorte de locuteur
# « government ») : « le ministère de l'Agriculture », « l'ambassade de France »
GOVERNMENT_CLASSES = ("government", "ministry", "embassy", "presidency", "administration", "diplomacy", "junta",
                      "palace")
# parmi elles, celles qu'ont aussi d'autres institutions : complété par une autre institution et sans
# nationalité, l'organe est le sien (« la présidence de l'université »)
GOVERNMENT_CLASSES_SHARED = ("presidency",)
# de même pour un organe dont le nom s'ouvre sur l'un de ces noms (« ministère des Armées »), et pour les sièges
# du pouvoir exécutif du répertoire
GOVERNMENT_HEADS = ("ministère", "ambassade", "gouvernement", "présidence")
GOVERNMENT_NAMES = ("White House", "Kremlin", "Pentagon", "State Department", "Downing Street", "Élysée",
                    "Matignon", "Quai d'Orsay")

# mots qui font d'un nom de sorte inconnue celui d'une organisation quand il parle, outre ORG_HEADS et les
# derniers mots d'ORG_SUFFIXES (« Théâtre du Rond-Point » ; « Eau Vive Catalane » reste celui d'une personne)
ORG_NAME_WORDS = ("entreprise", "laboratoire", "laboratoires", "hôpital", "clinique", "école", "lycée", "collège",
                  "université", "musée", "théâtre", "festival", "orchestre", "équipe", "transports", "voyageurs",
                  "assurances", "éditions", "diocèse", "paroisse", "coopérative", "réseau", "agglomération",
                  "métropole", "région", "département", "international")
