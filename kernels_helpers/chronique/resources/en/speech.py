"""English words for reported speech: who says what, how, and how sure.

The claims engine (``chronique.claims``) knows no English; everything it needs
to recognise a reporting clause in English lives here as plain data, plus a
small inflection generator that turns the cue-verb lemmas into the forms
found in news copy (3rd person present, past, past participle, -ing form).
Frame names are documented in ``chronique.resources.fr.speech``.
"""

LANG = "en"

from .temporal import NUMBER_WORDS as _NUMBER_WORDS

# lemma: (claim kind, frames); "zero" = a complement clause without "that"
CUE_LEMMAS = {
    "say": ("statement", "que zero quote incise colon"),
    "tell": ("statement", "que zero quote incise colon media"),
    "learn": ("report", "que zero incise source"),    # (OUTLET_LEMMAS: an outlet only)
    "add": ("statement", "que zero quote incise colon"),
    "announce": ("announcement", "que quote incise colon"),
    "accuse": ("accusation", "objde obj incise colon de passive"),
    "deny": ("denial", "que inf obj incise colon"),
    "warn": ("warning", "que zero incise colon"),
    "threaten": ("threat", "de incise colon"),
    "tweet": ("statement", "que quote incise colon"),
    "write": ("statement", "que quote incise colon"),
    # "claimed to control most of the city"; a gain claimed: "claimed the capture of two villages" (an object
    # only of OBJ_FRAME_REQUIRES)
    "claim": ("statement", "que zero incise colon de obj"),
    # a claim of responsibility admits a deed: "Islamic State claimed responsibility for the attack"
    "claim responsibility for": ("admission", "obj incise"),
    "signal": ("statement", "que incise"),                  # "signalled that rates could fall"
    "insist": ("statement", "que zero incise colon"),
    "confirm": ("report", "que obj incise colon"),
    # "declared victory": a claim of having won (OBJ_FRAME_REQUIRES), not "declared a state of emergency"
    "declare": ("statement", "que incise colon obj"),
    "state": ("statement", "que incise colon"),
    "assert": ("statement", "que zero incise colon"),
    "stress": ("statement", "que incise colon objq"),
    "explain": ("justification", "que incise colon"),
    "justify": ("justification", "incise colon"),
    "note": ("statement", "que incise colon"),
    "argue": ("statement", "que zero incise colon"),
    "maintain": ("statement", "que incise"),
    "acknowledge": ("admission", "que zero inf incise colon"),
    "admit": ("admission", "que zero inf incise colon"),
    "predict": ("prediction", "que zero incise"),
    "promise": ("promise", "que de incise"),
    "vow": ("promise", "que de incise"),
    "pledge": ("promise", "que de incise"),
    "reply": ("statement", "que incise colon"),
    "respond": ("statement", "incise colon"),
    "counter": ("statement", "que incise"),
    "retort": ("statement", "que incise colon"),
    # (not after the words: "residents have complained for months about noise" reports none)
    "complain": ("complaint", "que colon"),
    "lament": ("complaint", "que"),
    "boast": ("statement", "que"),
    "disclose": ("announcement", "que incise"),
    "allege": ("accusation", "que incise"),
    "blame": ("accusation", "objde objq incise"),
    "criticize": ("criticism", "passive"),
    "criticise": ("criticism", "passive"),
    "hold": ("statement", "objattr"),
    "report": ("statement", "que incise"),
    "reveal": ("announcement", "que incise"),
    "assure": ("statement", "que incise"),
    "emphasize": ("statement", "que incise objq"),
    "emphasise": ("statement", "que incise objq"),
    "point out": ("statement", "que incise"),
    # "Police did not rule out that the attacker had help" (NEGATED_CUES)
    "rule out": ("assessment", "que"),
    "estimate": ("assessment", "que zero incise objat"),
    "put": ("statement", "objat"),
    "believe": ("assessment", "que zero"),
    "suggest": ("statement", "que zero incise"),
    "charge": ("accusation", "que incise"),
    "caution": ("warning", "que incise"),
    "condemn": ("criticism", "obj incise"),
    "denounce": ("criticism", "obj incise"),
    "recall": ("statement", "que incise"),
    "conclude": ("statement", "que incise"),
    # a finding reports only with a that-clause ("the report found that ...", "..., finding that")
    "find": ("report", "que"),
    # a court's ruling reports only with a that-clause ("the court ruled that ...", "..., ruling that")
    "rule": ("ruling", "que"),
    "observe": ("statement", "que incise"),
    "remark": ("statement", "que incise"),
    "contend": ("statement", "que incise"),
    "concede": ("admission", "que zero incise"),
    "testify": ("testimony", "que incise"),
    "repeat": ("statement", "que incise"),
    "reiterate": ("statement", "que incise"),
    "comment": ("statement", "incise"),
    "quip": ("statement", "incise"),
    "write in": ("statement", "incise"),
    # a question quoted: '"How do you walk away after that?" she asked.'
    "ask": ("question", "quote incise"),
    "post": ("statement", "que incise colon"),         # "posted on Instagram that ..."
    "call": ("assessment", "objattr"),
    "expect": ("prediction", "objq"),
    "describe": ("assessment", "objattr"),
    "dismiss": ("denial", "objattr"),
    # a rejection reports words only with an object carrying quoted words ("rejected the
    # criticism as "hindsight"") or naming words (OBJ_FRAME_REQUIRES: "rejected the allegations");
    # "rejected the offer" reports none
    "reject": ("denial", "obj objq"),
    # appeals and demands report words only with a that-clause or an object carrying quoted
    # words ("urged all parties to "exercise restraint"", "called on X to step aside "for the
    # good of the city"", "demanded an "immediate" ceasefire"); "urged calm" reports none
    "urge": ("appeal", "obj objn objq"),
    "call on": ("appeal", "obj objn objq"),
    # "called for the release of the president"; "the recipe calls for two eggs" is none (agent: a person
    # or a body, not a thing, as subject)
    "call for": ("appeal", "obj objn objq agent"),
    "demand": ("demand", "que objq"),
}

# lemmas that report a claim in a main clause only: inside a reported that-clause ("adding that
# Berlin expected the company to ...") they are the reported words of the outer speaker
MAIN_CLAUSE_LEMMAS = ("expect",)

# irregular lemmas: (3rd person present, past, past participle, -ing)
IRREGULAR = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "hold": ("holds", "held", "held", "holding"),
    "put": ("puts", "put", "put", "putting"),
    "find": ("finds", "found", "found", "finding"),
}
# verbs that double their final consonant: admit -> admitted
DOUBLING = {"admit", "commit", "regret", "quip", "refer", "omit", "submit"}
# verbs ending in a vowel and "l", written with one "l" in American and two in British English
L_DOUBLING = {"signal"}


def inflect(lemma: str) -> dict:
    """Forms of a lemma by tag: "fin" (present), "finp" (past), "pp" (past participle),
    "ppr" (-ing), "inf" (base).  Multi-word lemmas ("point out") inflect their first word."""
    head, _, tail = lemma.partition(" ")
    if head in IRREGULAR:
        s3, past, pp, ing = IRREGULAR[head]
    else:
        if head.endswith("y") and head[-2:-1] not in tuple("aeiou"):
            s3, past = head[:-1] + "ies", head[:-1] + "ied"
        elif head.endswith(("s", "sh", "ch", "x", "z")):
            s3, past = head + "es", head + "ed"
        elif head.endswith("e"):
            s3, past = head + "s", head + "d"
        elif head in DOUBLING:
            s3, past = head + "s", head + head[-1] + "ed"
        else:
            s3, past = head + "s", head + "ed"
        pp = past
        if head.endswith("ie"):
            ing = head[:-2] + "ying"
        elif head.endswith("e") and not head.endswith("ee"):
            ing = head[:-1] + "ing"
        elif head in DOUBLING:
            ing = head + head[-1] + "ing"
        else:
            ing = head + "ing"
    forms = {"fin": [s3, head], "finp": [past], "pp": [pp], "ppr": [ing], "inf": [head]}
    if head in L_DOUBLING:
        # British spelling beside the American one: "signalled", "signalling"
        for k, v in (("finp", head + "led"), ("pp", head + "led"), ("ppr", head + "ling")):
            forms[k].append(v)
    if tail:
        forms = {k: [f"{v} {tail}" for v in vs] for k, vs in forms.items()}
    return forms


conjugate = inflect

AUXILIARIES = ("has", "have", "had", "having")
PASSIVE_AUX = ("is", "are", "was", "were", "been", "be", "being")
PARTICIPLE_AUX = ("having",)
INVERSION_JOINERS = ()
INVERSION_EUPHONIC = ()
NEGATION = ("not", "never", "didn", "doesn", "don", "hasn", "haven", "hadn", "wasn", "weren", "won",
            "wouldn", "couldn")
NEGATION_AFTER = ()
# a date or an aside between commas may part an auxiliary from its participle: "the minister has,
# in a statement, said", "had on Monday said"
AUX_GAPS = True
# complementizers that are also pronouns: before a verb, the reported clause's subject ("Critics say that
# is too few")
COMPLEMENTIZER_PRONOUNS = ("that",)
# participles giving a name after an indefinite noun: "a firm called Halcyon Partners"
NAMING_PARTICIPLES = ("called", "named", "dubbed")
# lemmas that report only a quotation right next to them ('"Why now?" she asked'; "asked a court to
# block the sale" is no cue at all)
QUOTE_ONLY_LEMMAS = ("ask",)
# particles after which a cue's verb says nothing: "would not call off the strike"; a figure after "add" is
# what was added ("employers added 275,000 jobs", "shares added 2%", "added $3 billion")
NOT_CUE_PARTICLES = {"call": ("off",), "add": ("#digit", "$", "€", "£")}
# cue verbs that report only before these words or a capitalised one: "the court held that ...", "held the
# company responsible", "held Israel responsible" (not "had held preliminary talks", "held a news conference")
CUE_ONLY_BEFORE = {"hold": ("that", "the", "him", "her", "them", "it", "us", "this", "these", "those")}
# a base form after these is an infinitive, not a present tense
INFINITIVE_MARKERS = ("to",)
# modals before a base form: "could say", "would deny" (the claim is not made)
MODALS = ("will", "would", "could", "should", "might", "may", "can", "must", "did", "does", "do",
          "didn", "doesn", "don")

ADVERBS = (
    "also", "again", "later", "earlier", "previously", "then", "too", "publicly",
    "repeatedly", "flatly", "firmly", "categorically", "strongly", "clearly", "quickly",
    "immediately", "simply", "officially", "separately", "recently", "already", "still", "once",
    "privately", "bluntly", "angrily", "subsequently", "initially", "however", "long",
    "for his part", "for her part", "for its part", "for their part", "in turn", "himself", "herself",
    "itself", "themselves", "reportedly", "allegedly",
    # a time told by a pronoun or a phrase no calendar reads: "In the meantime, the opposition ..."
    "in the meantime", "meanwhile", "until then", "for now", "for the time being",
)

# occupations and sports roles written before a person's name without an article; capitalised at
# the start of a sentence they are no part of the name ("Bowler Mark Wood said", "Striker Rose Adams
# told reporters", "Nurse Ana Ruiz said")
ROLES_BEFORE_NAMES = (
    "bowler", "batter", "batsman", "batswoman", "all-rounder", "spinner", "wicketkeeper", "striker",
    "forward", "midfielder", "defender", "goalkeeper", "goalie", "winger", "fullback", "coach",
    "skipper", "quarterback", "pitcher", "catcher", "outfielder", "infielder", "shortstop",
    "linebacker", "receiver", "sprinter", "runner", "swimmer", "cyclist", "rider", "jockey", "golfer",
    "boxer", "wrestler", "skier", "snowboarder", "climber", "gymnast", "teammate", "referee", "umpire",
    "nurse", "midwife", "paramedic", "surgeon", "physician", "pharmacist", "farmer", "rancher",
    "fisherman", "teacher", "pilot", "firefighter", "economist", "historian", "scientist", "researcher",
    "epidemiologist", "virologist", "seismologist", "volcanologist", "meteorologist", "climatologist",
    "author", "novelist", "writer", "poet", "actor", "actress", "singer", "rapper", "musician",
    "artist", "filmmaker", "chef", "architect", "engineer", "activist", "campaigner", "organizer",
    "organiser", "resident", "shopkeeper", "vendor", "student", "volunteer", "survivor", "veteran",
    "entrepreneur", "investor", "journalist", "photographer", "comedian", "designer", "curator",
    "strategist", "pollster", "consultant",
)
ACCORDING_TO = ("according to", "in the words of", "citing")
# the kind of the claims those phrases attribute: "according to X, ..." reports what X says
ACCORDING_KINDS = {"according to": "report", "citing": "report"}
ACCORDING_EXCEPT_NEXT = ()
# those of them that are participles: after a comma, before a quotation, they report the main
# clause subject's words ("dismissed the governor, citing "a loss of confidence"")
ACCORDING_PARTICIPLES = ("citing",)
NON_SPEAKER_HEADS = (
    "toll", "tally", "figures", "figure", "data", "poll", "polls", "survey", "surveys", "estimate",
    "estimates", "study", "studies", "report", "reports", "images", "image", "statistics", "text",
    "constitution", "law", "agreement", "schedule", "plan", "project", "count", "results", "result",
    "forecast", "forecasts", "model", "document", "documents", "video", "videos", "information",
    "register", "list", "map", "investigation", "rules", "treaty", "me", "us", "statement", "tweet",
    "letter", "post", "filing", "filings", "test", "tests", "transcript", "transcripts", "records",
    "testimony", "testimonies", "accounts",
)
# legal documents that speak for those who brought them: "The lawsuit says ..." (the plaintiffs
# named before, as the subject of a filing verb: "Three students sued the school ...")
# participles of those who read a document, after it: the outlet that saw it is no author ("according to a
# memo seen by Reuters", "a report reviewed by The Associated Press")
DOCUMENT_READERS = ("seen", "obtained", "reviewed", "viewed", "consulted")
DOCUMENT_HEADS = ("lawsuit", "lawsuits", "complaint", "indictment", "suit", "action", "report", "reports", "study",
                  "audit", "memo", "memos", "statement", "statements", "poll", "survey", "tally", "figures",
                  "count", "estimates", "data", "statistics", "bulletin", "bulletins", "advisory",
                  # papers of no author named: "according to court documents", "police records"
                  "document", "documents", "records",
                  # figures worked out: "according to money market pricing", "according to the central bank's
                  # projections", "according to preliminary results" (not nouns that are verbs too, "forecast",
                  # "estimate": "Analysts estimate the strike costs ..." names no document)
                  "projection", "projections", "calculation", "calculations", "results", "pricing", "analysis",
                  # an account of a meeting: "A White House readout described the talks as ..."
                  "readout", "readouts",
                  # correspondence: "according to messages sent to patients and seen by Reuters"
                  "letter", "letters", "message", "messages", "email", "emails", "e-mail", "e-mails", "notice",
                  "notices",
                  # accounts gathered: "according to testimonies collected by the UNHCR", "according to witness
                  # accounts"
                  "testimony", "testimonies", "accounts")
# a document without its author speaks for the body issuing it, named before it ("..., prosecutors
# said. [...] according to the indictment")
DOCUMENT_ISSUERS = {"indictment": ("prosecutors", "prosecutor")}
# adjectives before a document's noun ("The company's latest statement said", "the new report")
DOCUMENT_MODIFIERS = ("latest", "new", "recent", "earlier", "previous", "initial", "joint", "written", "brief")
# documents that are the channel their author speaks through: "The ministry's statement said ...",
# "the statement said ..." (the claim's channel)
DOCUMENT_CHANNELS = {"statement": "statement", "statements": "statement", "memo": "statement", "memos": "statement"}
# the publication's own reporting after an attribution phrase ("according to our information,"):
# the outlet publishing the article speaks, its sources unnamed
OWN_REPORTING = ("our information", "our reporting", "our own reporting", "our sources", "our findings")
# who speaks for the publication when the text names no outlet in its dateline ("LONDON (Reuters) -")
NEWSROOM_LABEL = "the newspaper"
# verbs of learning: they report the outlet's own reporting ("Reuters has learned that ...", "...,
# The Times has learned"), and nothing when anyone else learns ("he learned of his dismissal")
OUTLET_LEMMAS = ("learn",)
# verbs whose subject brings the legal document named after them
FILING_VERBS = ("sued", "sues", "sue", "filed", "files", "file", "lodged", "issued", "released", "published",
                "publishes")
SOURCE_PREPS = ("from",)
# participles whose phrase completes a subject or opens a sentence without naming its speaker:
# "Residents interviewed by Reuters said" (the residents speak), "Reached by phone, X said"
FRONTED_PARTICIPLES = ("interviewed", "contacted", "reached", "questioned", "approached",
                       # of appointment: "Named justice minister in 1981, he defended ..."
                       "named", "appointed", "elected", "re-elected",
                       # of a visit or an appearance, its place or audience capitalised after it: "Visiting
                       # Hatay on Wednesday, he acknowledged ..." (no name "Visiting Hatay")
                       "visiting", "touring", "addressing", "leaving", "arriving", "attending", "testifying")
# a place after these completes the noun phrase before it ("the union at Santa Ines said",
# "the embassy in Tegucigalpa said", "X, based in Raleigh, North Carolina, said")
LOCATIVE_PREPS = ("in", "at", "near", "outside", "on", "along", "across", "around")
# adjectives naming a part of the place after them ("UN peacekeepers in southern Lebanon said")
PLACE_MODIFIERS = ("southern", "northern", "eastern", "western", "central", "northeastern", "northwestern",
                   "southeastern", "southwestern", "north", "south", "east", "west", "rural", "coastal")
# a name right after these, of no known gender, is a place: never what "he" or "she" refers
# back to ("a nurse from Broken Arrow", "a farmer in Santa Rosa")
PLACE_PREPS = ("in", "from", "near", "outside")
# participles giving the name of the noun before them ("led by a group called X", "a company named
# X"): no verb of their own, in an aside describing a subject
NAMING_PARTICIPLES = ("called", "named", "dubbed", "nicknamed")
LOCATED_WORDS = ("based", "headquartered", "working", "operating", "stationed")
# a name after these, after a named person, is the person's affiliation ("X of Vilnius University said")
AFFILIATION_PREPS = ("of", "from", "at")
# adjectives between a possessive and a form of a verb of saying that make it a noun ("his first public comments on
# the attack"; not "His wife says")
STATEMENT_ADJECTIVES = ("first", "last", "latest", "recent", "public", "new", "official", "own", "previous",
                        "earlier", "initial", "final", "formal", "written", "private", "personal", "only")
# prepositions after which a present form of a verb of saying is a noun ("free of charge", "for comment",
# "under threat"; not a gerund: "accused of saying")
NOUN_PREPOSITIONS = ("of", "for", "under", "without",
                     # "the special agent in charge of the FBI's field office"
                     "in")
# a standing completing the subject before its verb ("The party in power said", "the junta in charge said")
STANDING_PHRASES = ("in power", "in office", "in charge")

COMPLEMENTIZERS = ("that",)
RELATIVES = ("who", "which")
# relatives that open an aside about the noun before them besides RELATIVES ("Shanahan, whose team also lost ...
# four years ago, said": the aside's time is not the saying's)
ASIDE_RELATIVES = ("whose", "where")
# a party written before a person's name, no word of it ("Democrat Abigail Spanberger", "said Republican Winsome
# Earle-Sears", "Democratic Rep. Jim Clyburn")
NAME_AFFILIATIONS = ("Democrat", "Republican", "Democratic", "Tory")
# pronouns that name no one in particular, subjects of a clause told ("told his players that nobody was going to
# hand this to us")
INDEFINITE_PRONOUNS = ("nobody", "everybody", "everyone", "somebody", "someone", "anyone", "anybody", "nothing",
                       "everything", "something", "anything", "none")
# the relative that refers to persons only: after a person described in apposition ("X, a researcher
# at Boston University, who said"), it is the person's, not the institution's in the description
PERSON_RELATIVES = ("who",)
DE_PREPS = ("of", "for", "to")
AGENT_PREPS = ("by",)
# the preposition before the figure an object is put at ("estimated the crowd at 80,000"): the
# object and its figure are the reported words (frame "objat")
FIGURE_PREPS = ("at",)
# the word opening a gloss between commas inside an apposition ("an elder of the local iwi, or
# Maori tribe,"): the apposition goes on through it
GLOSS_LINKS = ("or",)
# nouns of a group whose members are named after "of": the plural noun phrase is the group that
# speaks ("a group of state attorneys general announced", "a handful of residents said")
GROUP_NOUNS = ("group", "handful", "number")
# endings of a numeral's ordinal opening an institution's name ("the 5th U.S. Circuit Court of
# Appeals", "the 2nd Infantry Division")
NAME_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
MEDIA_PREPS = ()
# prepositions before a broadcaster the words were said on, whatever the verb: a channel ("said on CNN",
# "denounced on BBC Radio 4 a strike ...")
BROADCAST_PREPS = ("on",)
COPULAS = ("is", "was", "are", "were", "been", "became", "remains", "remained")
# A clause without "that" ("said the plant would close") holds a finite verb; "said goodbye to
# fans", "claimed victory", "told protesters to leave" hold none and report no words.  A verb is
# one of the auxiliaries, modals and copulas above, one of these words, a word with one of these
# endings after a noun or a pronoun ("the strike costs", "prices jumped"), or a plain word after
# a subject pronoun or a plural noun ("they want", "markets remain").
ZERO_CLAUSE_VERBS = (
    "am 's 're 've 'll 'd has have had does did says said goes went gets got makes made takes took "
    "comes came gives gave sees saw knows knew thinks thought finds found leaves left keeps kept "
    "brings brought puts set sets runs ran holds held pays paid loses lost wins won rose rises fell "
    "falls began begins grew grows spent spends sold sells sent sends built builds stood stands "
    "meant means led leads hit hits cut cuts shut fled flew struck broke fought caught chose drew "
    "drove heard met became become remain"
).split()
ZERO_CLAUSE_VERB_ENDINGS = ("ed", "s")
# adverbs that stand between a subject and its verb: a plain word after a subject pronoun and
# these is its verb all the same ("said they no longer expect a hike", "said they never wanted")
PREVERBAL_ADVERBS = ("no longer", "not", "never", "still", "also", "already", "just", "only", "even",
                     "always", "often", "now", "probably", "likely", "largely", "fully", "really")
INFINITIVE_ENDINGS = ("ing",)
# words opening an absolute phrase, its subject before its gerund: the subject speaks ("Republicans
# criticized the rescue, with Senator Josh Hawley calling it 'a bailout'")
ABSOLUTE_OPENERS = ("with",)
# endings of past participles: a participle and its agent complement after a noun describe it, and
# the noun speaks ("A panel appointed by the governor said", "..., a law firm hired by the board said")
PARTICIPLE_ENDINGS = ("ed", "en", "wn")
# endings of present participles: a participle and its object after a noun describe it, and the
# noun speaks ("A lawyer representing the family said", "Officials overseeing the count said")
MODIFIER_PARTICIPLE_ENDINGS = ("ing",)
INFINITIVE_WORDS = ("being", "having")
CLAUSE_LINKS = (
    "and", "but", "after", "while", "whereas", "before", "when", "as", "because", "since", "although",
    "though", "even as", "even though", "until", "so that", ";",
)
# links that give a reason or a concession: after a quoted attribute, the words go on with them
# ("called the ruling \"a travesty\" because it ignored the evidence")
REASON_LINKS = ("because", "since", "so that", "though", "although", "even though")
PREPOSITIONS = (
    "after", "before", "in", "on", "at", "during", "to", "from", "with", "by", "for", "of", "as",
    "when", "while", "amid", "following", "despite", "over", "about", "outside", "inside", "near",
    "without", "through", "into", "across", "against", "behind", "since", "until", "under", "via",
)
# prepositional phrases of quantity that may open a complement clause without "that"
# ("said at least 42 civilians were killed", "said about 300 people were staying there")
CLAUSE_OPENERS = ("at least", "at most", "more than", "less than", "fewer than", "up to", "about",
                  "around", "nearly", "as many as", "as much as", "over")
FUNCTION_WORDS = (
    "the a an this that these those his her its their our my your and or but nor so yet for of in on "
    "at to from by with without about as into onto over under after before since until while when "
    "where which who whom whose what why how if though although because he she it they we you i me "
    "him them us there here then also not no yes all some any each every both either neither one "
    "many much more most other another such only just even still already again ultimately "
    "meanwhile however moreover according monday tuesday wednesday thursday friday saturday sunday "
    "today yesterday tomorrow is are was were be been has have had do does did will would can could "
    "should may might must it's amid despite following during inside outside"
).split()
COORDINATORS = ("and", "but", "then")
# nouns naming the people told, without an article, before the words told ("told analysts the economy
# verbs whose object is whom they tell, before the clause told: "warned lawmakers on Monday that ..."
ADDRESSEE_LEMMAS = ("tell", "warn", "assure", "caution", "promise")
# was resilient", "told parliament inflation would ease")
ADDRESSEE_NOUNS = tuple(
    "analysts investors lawmakers legislators parliament congress senators supporters delegates students "
    "workers employees staff shareholders officers parliamentarians diplomats viewers listeners readers "
    "members voters residents parents fans colleagues donors jurors judges customers clients".split())
# after an attribution phrase between commas, these open another speaker's clause, which ends the
# first one's words: "50,000 marched, according to police, while organizers said 200,000"
COUNTER_CLAUSE_OPENERS = ("while", "whereas", "but")
# a relative after a comma that resumes the clause before as another speaker's object: "..., which the
# Taliban deny." ("which" may also complete a noun: it resumes the clause only with its verb ending the
# sentence, RESUMPTIVE_AT_END)
RESUMPTIVE_RELATIVES = ("which",)
RESUMPTIVE_AT_END = ("which",)
# a subject opened by one of these names no speaker: "No group has claimed responsibility", "No official
# said ..." report no words
NEGATIVE_DETERMINERS = ("no", "neither")
# the word joining two speakers of one statement: "Scholz and Macron said"
JOINT_SPEAKER_LINKS = ("and",)
# words between the comma and a gerund: "..., before adding that ...", "..., while insisting that ..."
# words after a time expression that make it the head of a noun phrase, the object of the verb before it,
# not a time of the saying to skip: "called for a day of action", "announced a week of mourning"
TIME_NOUN_LINKS = ("of",)
GERUND_MARKERS = ("before", "while", "after")
# "BelTA quoted the KGB as saying ...", "the agency cited officials as saying ...": the object of a
# quoting verb, before "as" and a participle cue, speaks
QUOTING_VERBS = ("quoted", "quotes", "quote", "quoting", "cited", "cites", "cite", "citing")
QUOTING_AS = ("as",)
# "described the case as "built on coincidences"": the preposition between the object and the
# quoted attribute of a naming verb; the quotation alone is the content
ATTRIBUTE_PREPS = ("as",)

DETERMINERS = {
    "the": ("def", None, None), "a": ("indef", None, "s"), "an": ("indef", None, "s"),
    "this": ("dem", None, "s"), "these": ("dem", None, "p"),
    "those": ("dem", None, "p"), "his": ("poss", None, None), "her": ("poss", None, None),
    "its": ("poss", None, None), "their": ("poss", None, None), "some": ("indef", None, "p"),
    "two": ("indef", None, "p"), "three": ("indef", None, "p"), "several": ("indef", None, "p"),
    "any": ("indef", None, None), "all": ("indef", None, "p"), "no": ("indef", None, None),
    "many": ("indef", None, "p"), "other": ("indef", None, "p"), "one": ("indef", None, "s"),
    "another": ("indef", None, "s"), "both": ("indef", None, "p"),
}
# a number word from two up determines a plural noun ("Four nurses said", "Five residents told")
DETERMINERS.update({w: ("indef", None, "p") for w, v in _NUMBER_WORDS.items()
                    if v >= 2 and w not in DETERMINERS and " " not in w})
SAME = ("same",)
OTHER = ("other", "another")
TITLE_MODIFIERS = ("senior", "top", "same", "other", "another", "new", "former", "deputy", "chief",
                   "acting", "general", "supreme", "high-ranking", "high", "ranking", "junior",
                   "local", "regional", "federal", "military", "government", "administration",
                   "intelligence", "security", "defense", "defence", "foreign", "press", "police",
                   "state", "prime", "influential", "powerful", "first", "longtime", "long-time",
                   "veteran", "interim", "outgoing", "incoming", "current", "retired", "one-time",
                   "onetime", "sitting",
                   # in power: "the ruling party", "the ruling junta" (not the cue "ruling that")
                   "ruling", "governing",
                   # a head of state's: "the royal palace", "the presidential palace", "the presidential office"
                   "royal", "presidential")
# title modifiers that, capitalised right before a capitalised word in no table, open a place's
# name ("New Zealand Police", "New Mexico State Police"), not a title
NAME_OPENING_MODIFIERS = ("new",)
# rank words left out of the label of an unnamed source ("a senior government official" ->
# "anonymous government official")
RANK_MODIFIERS = ("senior", "top", "high-ranking", "high", "ranking", "junior", "mid-level")
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": None, "prof": None, "sir": "m",
              "lady": "f", "sen": None, "rep": None, "gov": None, "gen": None,
              # ranks written short before a name ("Coast Guard Capt. Jamie Frederick", "Lt. Col. X", "Det. Sgt. Y")
              "capt": None, "col": None, "lt": None, "maj": None, "sgt": None, "cpl": None, "pvt": None,
              "adm": None, "cmdr": None, "brig": None, "det": None, "insp": None, "supt": None, "rev": None}
# ranks written short before a name, and the title class each gives the person ("Gen. X ... the general said")
RANK_ABBREVIATIONS = {"gen": "general", "capt": "captain", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant",
                      "adm": "admiral", "cmdr": "commander", "brig": "brigadier"}
# abbreviated words opening a place's name, whose full stop ends no sentence ("St. Cloud, Minnesota")
NAME_ABBREVIATIONS = ("st", "ft", "mt", "co", "inc", "corp", "ltd", "jr", "sr", "bros")
# ... those of them that open a name, never closing a sentence before a capital ("in St. Louis"; "Acme Inc.
# The firm ..." may end one)
NAME_OPENING_ABBREVIATIONS = ("st", "ft", "mt")
# the words after a figure, each after a hyphen, of an age before a noun ("the 70-year-old president said"): the
# noun after it is the title
AGE_COMPOUND = ("year", "old")
# pronouns that are objects only: a verb's base form after one is a bare infinitive, no finite
# reporting verb ("a flaw that let him predict the numbers", "made them admit")
OBJECT_PRONOUNS = ("him", "them", "me", "us")
PRONOUNS = {
    "he": ("m", "s", True), "she": ("f", "s", True), "they": (None, "p", True), "it": (None, "s", False),
    "him": ("m", "s", True), "her": ("f", "s", True), "them": (None, "p", True),
}
TITLE_HEADS = {
    "minister": ("minister", None, "s", "person"), "ministers": ("minister", None, "p", "person"),
    "prime minister": ("prime minister", None, "s", "person"),
    # the accused ("The suspect told police he had panicked", "the defendant's lawyer")
    "suspect": ("suspect", None, "s", "person"),
    "defendant": ("defendant", None, "s", "person"),
    "secretary": ("secretary", None, "s", "person"),
    "secretary of state": ("secretary of state", None, "s", "person"),
    "secretary-general": ("secretary-general", None, "s", "person"),
    "secretary general": ("secretary-general", None, "s", "person"),
    "press secretary": ("press secretary", None, "s", "person"),
    "president": ("president", None, "s", "person"), "chief": ("chief", None, "s", "person"),
    "president-elect": ("president", None, "s", "person"), "vice president-elect": ("president", None, "s", "person"),
    "head": ("chief", None, "s", "person"),
    "spokesman": ("spokesperson", "m", "s", "person"), "spokeswoman": ("spokesperson", "f", "s", "person"),
    "spokesperson": ("spokesperson", None, "s", "person"),
    "official": ("official", None, "s", "source"), "officials": ("official", None, "p", "source"),
    "source": ("source", None, "s", "source"), "sources": ("source", None, "p", "source"),
    "person": ("person", None, "s", "source"), "people": ("people", None, "p", "source"),
    "diplomat": ("diplomat", None, "s", "source"), "diplomats": ("diplomat", None, "p", "source"),
    "investigator": ("investigator", None, "s", "source"), "investigators": ("investigator", None, "p", "source"),
    "witness": ("witness", None, "s", "source"), "witnesses": ("witness", None, "p", "person"),
    "aide": ("aide", None, "s", "source"), "aides": ("aide", None, "p", "source"),
    "insider": ("insider", None, "s", "source"), "insiders": ("insider", None, "p", "source"),
    "officer": ("officer", None, "s", "source"), "officers": ("officer", None, "p", "source"),
    "expert": ("expert", None, "s", "person"), "analyst": ("analyst", None, "s", "person"),
    "economist": ("economist", None, "s", "person"),
    "adviser": ("adviser", None, "s", "person"), "advisor": ("adviser", None, "s", "person"),
    "ambassador": ("ambassador", None, "s", "person"), "general": ("general", None, "s", "person"),
    "general staff": ("general staff", None, "s", "org"),
    "commander": ("commander", None, "s", "person"), "colonel": ("colonel", None, "s", "person"),
    "admiral": ("admiral", None, "s", "person"), "rear admiral": ("admiral", None, "s", "person"),
    "vice admiral": ("admiral", None, "s", "person"), "captain": ("captain", None, "s", "person"),
    "lieutenant": ("lieutenant", None, "s", "person"), "sergeant": ("sergeant", None, "s", "person"),
    "brigadier": ("brigadier", None, "s", "person"), "brigadier general": ("general", None, "s", "person"),
    "major general": ("general", None, "s", "person"), "lieutenant general": ("general", None, "s", "person"),
    "director": ("director", None, "s", "person"), "leader": ("leader", None, "s", "person"),
    "leaders": ("leader", None, "p", "person"),
    # the chair of a legislature ("House Speaker Mike Johnson", "the speaker of parliament")
    "speaker": ("speaker", None, "s", "person"),
    "coordinator": ("coordinator", None, "s", "person"),
    "governor": ("governor", None, "s", "person"), "mayor": ("mayor", None, "s", "person"),
    # local law enforcement and inquests ("St. Lucie County Sheriff Keith Pearson ... The sheriff said")
    "sheriff": ("sheriff", None, "s", "person"), "coroner": ("coroner", None, "s", "person"),
    "superintendent": ("superintendent", None, "s", "person"), "detective": ("detective", None, "s", "person"),
    "inspector": ("inspector", None, "s", "person"),
    "prosecutor": ("prosecutor", None, "s", "person"), "judge": ("judge", None, "s", "person"),
    "lawyer": ("lawyer", None, "s", "person"), "attorney": ("lawyer", None, "s", "person"),
    "lawmaker": ("lawmaker", None, "s", "person"), "senator": ("senator", None, "s", "person"),
    "congressman": ("lawmaker", "m", "s", "person"), "congresswoman": ("lawmaker", "f", "s", "person"),
    "representative": ("representative", None, "s", "person"),
    "chancellor": ("chancellor", None, "s", "person"), "king": ("king", "m", "s", "person"),
    "queen": ("queen", "f", "s", "person"), "prince": ("prince", "m", "s", "person"),
    "pope": ("pope", "m", "s", "person"), "emir": ("emir", "m", "s", "person"),
    "ayatollah": ("ayatollah", "m", "s", "person"), "envoy": ("envoy", None, "s", "person"),
    "negotiator": ("negotiator", None, "s", "person"), "commissioner": ("commissioner", None, "s", "person"),
    "chairman": ("chair", "m", "s", "person"), "chairwoman": ("chair", "f", "s", "person"),
    "chair": ("chair", None, "s", "person"), "chairperson": ("chair", None, "s", "person"),
    "ceo": ("chief executive", None, "s", "person"),
    "chief executive": ("chief executive", None, "s", "person"),
    "chief executive officer": ("chief executive", None, "s", "person"),
    # a member of an elected body ("Council member Dana Reyes"), a person, not the council
    "council member": ("council member", None, "s", "person"),
    "councilmember": ("council member", None, "s", "person"),
    "councilman": ("council member", "m", "s", "person"), "councilwoman": ("council member", "f", "s", "person"),
    "councillor": ("council member", None, "s", "person"), "councilor": ("council member", None, "s", "person"),
    "board member": ("board member", None, "s", "person"),
    "government": ("government", None, "s", "org"), "ministry": ("ministry", None, "s", "org"),
    # a military government ("the junta said"): the state's government
    "junta": ("junta", None, "s", "org"),
    "army": ("army", None, "s", "org"), "military": ("army", None, "s", "org"),
    "police": ("police", None, "p", "org"), "prosecutors": ("prosecutors", None, "p", "org"),
    "embassy": ("embassy", None, "s", "org"), "presidency": ("presidency", None, "s", "org"),
    # a head of state's house speaking for them ("the royal palace said", "the presidential palace said"; not
    # as the last word of a name: "Crystal Palace" is a football club)
    "palace": ("palace", None, "s", "org"),
    "administration": ("administration", None, "s", "org"), "department": ("department", None, "s", "org"),
    "agency": ("agency", None, "s", "org"), "company": ("company", None, "s", "org"),
    "group": ("group", None, "s", "org"), "party": ("party", None, "s", "org"),
    "coalition": ("coalition", None, "s", "org"), "militia": ("militia", None, "s", "org"),
    "movement": ("movement", None, "s", "org"), "organization": ("organisation", None, "s", "org"),
    "organisation": ("organisation", None, "s", "org"), "union": ("union", None, "s", "org"),
    "diplomacy": ("diplomacy", None, "s", "org"),
    "navy": ("navy", None, "s", "org"), "air force": ("air force", None, "s", "org"),
    "commission": ("commission", None, "s", "org"), "court": ("court", None, "s", "org"),
    "jury": ("jury", None, "s", "org"), "grand jury": ("grand jury", None, "s", "org"),
    "council": ("council", None, "s", "org"), "committee": ("committee", None, "s", "org"),
    "board": ("board", None, "s", "org"), "authority": ("authority", None, "s", "org"),
    "authorities": ("authorities", None, "p", "org"),
    "federation": ("federation", None, "s", "org"), "association": ("association", None, "s", "org"),
    "auction house": ("auction house", None, "s", "org"), "publishing house": ("publisher", None, "s", "org"),
    "fashion house": ("fashion house", None, "s", "org"),
}
# nouns that refer back to a person named before with one of these title classes ("Judge X ...
# the magistrate said", "Chief Executive X ... the executive said")
TITLE_HYPERNYMS = {
    "magistrate": ("judge", "prosecutor"), "legislator": ("lawmaker", "senator", "representative"),
    "executive": ("chief executive", "director", "chair", "president"),
    "jurist": ("judge",),
}
DEPARTMENTS = (
    "Defense", "Defence", "State", "Foreign Affairs", "Foreign", "Interior", "Justice", "Transport",
    "Transportation", "Health", "Treasury", "Finance", "Economy", "Education", "Culture", "Labor",
    "Labour", "Agriculture", "Environment", "Energy", "Industry", "Commerce", "Housing", "Homeland Security",
    "Home", "Trade", "Information", "Oil", "Planning", "Intelligence", "Security", "Armed Forces",
    # British departments of several words: "Work and Pensions Secretary Liz Kendall"
    # (not those named as a "Department for ...": that is the institution's own name)
    "Work and Pensions", "Business and Trade", "Levelling Up", "Veterans Affairs",
)
# words introducing the complement of a title: "ambassador to Germany", "an official at the commission",
# "a source in the security service" (an institution with its article: "a diplomat in Niamey" is where
# the diplomat is, "analysts at Capital Economics" a name of its own; "with" also joins a verb's object
# to its means: "buying the abstentions with promises")
TITLE_CONNECTORS = ("of", "of the", "for", "for the", "to", "to the", "at the", "in the")
# prepositions before the name of the place where the holder of a title works, in an apposition
# to a person's name ("Jan Hatzius, chief economist at Goldman Sachs, said")
TITLE_NAME_PREPOSITIONS = ("at", "with")

ANONYMITY = (
    "on condition of anonymity", "on the condition of anonymity", "speaking on condition of anonymity",
    "who asked not to be named", "who declined to be named", "who asked not to be identified",
    "who declined to be identified", "requested anonymity", "requesting anonymity", "anonymously",
    "who spoke anonymously", "not authorized to speak publicly", "not authorised to speak publicly",
    "anonymous",
)
SOURCE_QUALIFIERS = {
    "police": "police", "diplomatic": "diplomatic", "military": "military", "security": "security",
    "judicial": "judicial", "government": "government", "medical": "medical", "hospital": "hospital",
    "informed": "informed", "intelligence": "intelligence", "official": "official",
    "familiar with the matter": "familiar with the matter", "close to the matter": "close to the matter",
    "familiar with the situation": "familiar with the matter", "familiar with the talks": "familiar with the talks",
    "familiar with the investigation": "familiar with the investigation",
    "briefed on the matter": "briefed on the matter", "with knowledge of the matter": "familiar with the matter",
}
# a qualifier completed by the noun phrase after it: "familiar with the deliberations"
SOURCE_QUALIFIER_OPENERS = {
    "familiar with the": "familiar with the", "familiar with": "familiar with",
    "briefed on the": "briefed on the", "close to the": "close to the",
    "with knowledge of the": "with knowledge of the",
}
# heads that name a source only with a qualifier ("a person familiar with the plans")
QUALIFIED_HEADS = ("person", "people")
CHANNELS = {
    "in a statement": "statement", "in a written statement": "statement", "in a press release": "statement",
    "in its statement": "statement", "in his statement": "statement", "in her statement": "statement",
    "in their statement": "statement", "in a joint statement": "statement", "in a brief statement": "statement",
    "in its filing": "statement",
    "in a memo": "statement", "in an internal memo": "statement", "in a memo to staff": "statement",
    "in a memo to employees": "statement", "in a blog post": "post",
    "in an emailed statement": "statement", "in an e-mailed statement": "statement",
    "in an email": "email", "in an e-mail": "email",
    "in a regulatory filing": "statement", "in a filing": "statement", "in a court filing": "statement",
    "in a securities filing": "statement", "in a note": "statement", "in a note to clients": "statement",
    "in a research note": "statement", "in a client note": "statement", "in a video message": "statement",
    "in a video statement": "statement", "in a letter": "statement", "in an open letter": "statement",
    "at a briefing": "press conference",
    "at a news briefing": "press conference", "at a press briefing": "press conference",
    "on state radio": "interview",
    "a statement": "statement",
    "on Twitter": "tweet", "on X": "tweet", "in a tweet": "tweet", "in a post on X": "tweet",
    "in a post on Twitter": "tweet", "on social media": "tweet", "on Facebook": "post",
    "on Telegram": "post", "at a news conference": "press conference",
    "on Truth Social": "post", "on his Truth Social platform": "post", "in a post on Truth Social": "post",
    "on his Truth Social account": "post", "on his social media platform": "post",
    "at a press conference": "press conference", "a news conference": "press conference",
    "a press conference": "press conference", "reporters": "press conference",
    "to reporters": "press conference", "journalists": "press conference",
    "to journalists": "press conference",
    "in an interview": "interview", "on television": "interview", "on state television": "interview",
    "in a televised address": "interview", "on the radio": "interview",
}
# a news conference or briefing qualified before its noun: "told a regular government news conference",
# "at a hastily arranged press conference", "at an impromptu briefing"
_GATHERING_MODIFIERS = ("regular", "weekly", "daily", "televised", "joint", "brief", "separate", "virtual",
                        "government", "regular government", "hastily arranged", "hastily convened",
                        "impromptu", "rare", "surprise", "emergency", "first", "final", "year-end", "annual")
for _noun in ("news conference", "press conference", "briefing", "news briefing", "press briefing"):
    for _mod in _GATHERING_MODIFIERS:
        _det = "an" if _mod[0] in "aeiou" else "a"
        for _prep in ("", "at "):
            CHANNELS.setdefault(f"{_prep}{_det} {_mod} {_noun}", "press conference")
LEMMA_CHANNELS = {"tweet": "tweet"}
# participles completing a channel with the one who passed it on ("said in a statement released
# by his attorney that ..."): the channel runs to the end of their agent
CHANNEL_PARTICIPLES = ("released", "issued", "posted", "published", "sent", "distributed", "shared",
                       "read", "circulated", "relayed", "seen", "obtained", "reviewed", "carried",
                       # an interview's: "in an interview aired Sunday", "broadcast on Monday"
                       "aired", "broadcast", "televised", "recorded", "conducted")
CONTINUING_LEMMAS = ("write", "add")
# verbs whose negation still reports what the speaker holds possible ("did not rule out that ...")
NEGATED_CUES = ("rule out",)
# the conjunction of a name's acronym set off by commas ("The Federal Security Service, or FSB, said", « Le
# Service fédéral de sécurité, ou FSB, a indiqué »)
ALIAS_CONJUNCTIONS = ("or",)
# words opening a clause after a comma whose subject a gerund after it shares ("..., when Hezbollah fired rockets
# ..., saying it acted", « ..., lorsque le Hezbollah a tiré des roquettes, affirmant agir »)
GERUND_CLAUSE_OPENERS = ("when", "as", "after", "while", "before", "because")
# superlatives that rank an organisation named before among others: a possessed noun phrase holding one still
# refers back to it ("Nvidia ... The world's most valuable chip company said", "the country's largest lender")
SUPERLATIVE_WORDS = ("most", "biggest", "largest", "best", "top")
SUPERLATIVE_ENDINGS = ("iest", "gest", "lest", "dest", "test", "rest")
HEDGES = (
    "very probably", "very likely", "probably", "likely", "possibly", "perhaps", "maybe", "reportedly",
    "allegedly", "apparently", "supposedly", "purportedly", "presumably", "alleged", "suspected",
    "purported", "supposed to", "could", "might", "may", "appears to", "appear to", "seems to",
    "seem to", "it is possible that", "is believed to", "are believed to", "is thought to",
    "are thought to", "is expected to", "are expected to", "appeared to", "seemed to", "appearing to",
    "unlikely", "was believed to", "were believed to", "was thought to", "were thought to",
    "was expected to", "were expected to",
)
# hedges of hearsay: a claim they qualify reports what is said, it foresees nothing ("The suspect
# reportedly fled"); the other hedges make a prediction ("could", "likely")
REPORTIVE_HEDGES = ("reportedly", "allegedly", "supposedly", "purportedly", "alleged", "purported", "suspected")
# a modal hedge before these speculates about the past ("may have attempted", "could have been"): the
# claim is an assessment, no prediction
PAST_MODAL_MARKERS = ("have",)
# words opening examples of a group set off by commas before its verb ("Several airlines, including
# Delta, said"): the group speaks, not the example
EXAMPLE_OPENERS = ("including", "notably")
# words opening another name of what was just named, after a comma ("..., known as Cal Fire")
ALIAS_OPENERS = ("known as", "also known as", "better known as", "dubbed", "nicknamed")
# nouns by which the narration comments on the words just reported, in apposition before a relative
# ("Powell said a cut was not a foregone conclusion, a remark that sent yields higher"): no part of them
COMMENT_NOUNS = ("remark", "remarks", "comment", "comments", "statement", "announcement", "warning",
                 "admission", "assessment", "claim", "claims", "assertion", "pledge", "move", "decision")
# hedges of appearance: the speaker infers from what is seen, foreseeing nothing ("The suspect
# appeared to have acted alone"): the claim is an assessment
EVIDENTIAL_HEDGES = ("apparently", "appears to", "appear to", "appeared to", "appearing to", "seems to",
                     "seem to", "seemed to")
CONDITIONAL_ENDINGS = ()
CONDITIONAL_EXCEPT = ()
HEDGE_IN_BACKSHIFT = ()
# nouns after "a"/"an" opening an adverbial, not what an object is called ("called the embassy a
# second time", "called him a day later")
ADVERBIAL_NOUNS = (
    "second", "third", "fourth", "few", "day", "week", "month", "year", "time", "times", "moment",
    "minute", "minutes", "while", "number", "total", "lot", "bit", "little", "couple", "dozen",
    "hundred", "thousand", "million", "weeks", "days", "hour", "hours", "short", "record", "night",
    "morning", "afternoon", "evening", "weekend",
)
ATTRIBUTES = {
    "responsible": "accusation", "accountable": "accusation", "guilty": "accusation",
    "complicit": "accusation", "liable": "accusation",
}

# a relative naming its subject by a quoted name: 'The commander, who goes by the nom de guerre
# "Comandante X", said' (a determiner and a few words may come before the quotation)
NAMING_PHRASES = ("goes by", "go by", "went by", "is known as", "was known as", "calls himself",
                  "calls herself", "is nicknamed", "uses the name", "uses the alias")
# one of a group as an inverted subject, named in apposition: "said one of them, Maria Lopez"
PARTITIVE_SUBJECTS = ("one of them",)
# before a plural group: one unnamed member of it speaks ("one of the officials said")
MEMBER_PREFIXES = ("one of",)
# the same as an inverted subject, before the group's own noun phrase: "said one of the officers", "said one of
# its spokesmen, John Doe" (the person named in apposition speaks)
PARTITIVE_HEADS = ("one of",)
# words opening an apposition that describes the noun phrase before it, besides a determiner
# ("The cooperative, one of the largest in the region, said")
APPOSITION_OPENERS = ("one of", "among")
# part of a group as the subject of a cue: the group named before speaks ("Residents are angry.
# Several of them said ..."); phrase -> gender of the group
GROUP_PARTITIVE_SUBJECTS = {f"{q} of them": None for q in ("several", "some", "many", "most", "two", "three")}
QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ('"', '"'))
DASHES = ("-", "–", "—")
ANONYMOUS_LABEL = "anonymous"
# nouns may stand before a title as modifiers ("Kremlin spokesman", "Iran's foreign minister")
PREHEAD_NOUNS = True
# English spellings of transliterated names folded with those of other languages when a corpus compares
# speakers ("Shoigu" and « Choïgou », "Zelenskiy" and "Zelensky", "Khodorkovsky" and « Khodorkovski »)
NAME_SPELLING_FOLDS = (("sh", "ch"), ("kh", "h"), ("y", "i"))
# English spellings rewritten when a corpus compares a claim with its translation in another language: the
# words both share then begin alike ("indicates" and « indiquent », "military" and « militaires »,
# "physical" and « physique »)
COGNATE_FOLDS = (("ph", "f"), ("qu", "c"), ("k", "c"), ("y", "i"))
# a word so ending after a noun is a verb, no word of its compound: "a spokesperson for the company
# declined to comment" (not "the UN nuclear watchdog"; "seed", "need" are nouns)
COMPOUND_STOP_ENDINGS = ("ed",)
COMPOUND_STOP_EXCEPTIONS = ("eed",)
# the possessive clitic after a noun, as tokens ("Iran's foreign minister", "Poland's central bank")
POSSESSIVE_CLITIC = ("'", "s")
# possessives that give the gender of the person just named ("Penny Wong met her counterpart")
GENDERED_POSSESSIVES = {"his": "m", "her": "f", "himself": "m", "herself": "f"}
# the possessive of a country or an organisation: "its government told the council", "Its foreign
# ministry said": the institution speaks for the country or organisation it refers to
NEUTER_POSSESSIVES = ("its",)
# possessives before a document of DOCUMENT_HEADS: the institution they refer to speaks ("according to
# its figures", "its latest report showed")
DOCUMENT_POSSESSIVES = ("its", "their")
# the possessive of a person before the body or the aide speaking for them ("His office said",
# "her spokesman said"): the gender it gives the owner, and the name the speaker takes
OWNER_POSSESSIVES = {"his": "m", "her": "f"}
POSSESSED_NAME = "{owner}'s {noun}"
POSSESSED_BODIES = (
    "office", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "attorneys",
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "entourage", "camp", "campaign", "team",
    "family", "relatives", "party", "secretary", "staff",
)
# a plural noun without article may be a speaker ("Residents said", "..., traders said")
BARE_PLURAL_SUBJECTS = True
# auxiliaries of the present perfect: a claim so told ("The administration has said ...") is told as holding
# now, not dated by the scene of the sentence before it
PRESENT_PERFECT_AUXILIARIES = ("has", "have", "'ve")
# the classes of titles (see the titles above) of organs of a state: such a body speaks as the government
# (speaker kind "government"): "the health ministry", « le ministère de l'Agriculture », "the U.S. Embassy"
GOVERNMENT_CLASSES = ("government", "ministry", "embassy", "presidency", "administration", "diplomacy", "junta",
                      "palace")
# of those, the ones other institutions have too: completed by another institution and of no nation, the
# organ is that institution's ("the presidency of the university")
GOVERNMENT_CLASSES_SHARED = ("presidency",)
# the same for a body whose name ends with one of these nouns ("China's commerce ministry"), and for the
# gazetteer's seats of executive power
GOVERNMENT_HEADS = ("ministry", "embassy", "government", "presidency")
GOVERNMENT_NAMES = ("White House", "Kremlin", "Pentagon", "State Department", "Downing Street", "Élysée",
                    "Matignon", "Quai d'Orsay")
# a one-word name of no known kind opening its sentence and ending as a plural noun is people, not a person
# ("Analysts said", "Residents say"; not "Jones", "Reuters": a name linked to its full form, an outlet, a word
# of other endings; nor a first name's plural: "Peters", "Rogers")
PLURAL_NOUN_ENDINGS = ("sts", "ers", "ants", "ents", "ians", "ees")
# endings of a verb's past tense: such a word ends a bare plural opening the sentence ("Farmers blockaded
# motorways ..., saying": "Farmers", not "Farmers blockaded motorways")
BARE_PLURAL_STOP_ENDINGS = ("ed",)
# endings of plural nouns: the head of a plural group a plural pronoun may refer back to ("protesters",
# "unions", "fishermen")
PLURAL_ENDINGS = ("s", "men")
# collective nouns of people without a plural's ending, which speak as a bare plural does ("according to
# Israeli media", "according to local press")
COLLECTIVE_NOUNS = ("media", "press")
# capitalised heads of organisation names, completed by "of"/"for" and capitalised words
# ("the Centers for Disease Control and Prevention", "the National Bank of Poland")
ORG_HEADS = (
    "agency", "agencies", "authority", "administration", "association", "bank", "board", "bureau",
    "center", "centers", "centre", "centres", "commission", "committee", "confederation", "corporation",
    "council", "court", "department", "directorate", "federation", "foundation", "fund", "institute",
    "league", "ministry", "office", "organization", "organisation", "service", "services", "society",
    "union", "university", "inspectorate", "tribunal", "observatory", "academy", "alliance",
    "front", "forces", "guard", "program", "programme", "command", "secretariat", "coalition",
    "registry", "community", "division", "consortium", "parks", "tribe", "nation",
)
# words that make a name of no known kind an organisation's when it speaks, besides ORG_HEADS and the last words
# of ORG_SUFFIXES ("Lakeshore Musicians' Guild said", "Slovenian Democratic Party said"; else such a name is
# taken for a person's)
ORG_NAME_WORDS = ("party", "guild", "trust", "club", "company", "llp", "securities", "devices", "mobility",
                  "transit", "lottery", "baseball", "football", "gymnastics", "festival", "museum", "hospital",
                  "school", "college", "network", "beverages", "news", "press", "records", "studios", "games",
                  "team", "orchestra", "symphony", "theatre", "theater", "church", "diocese", "power", "hydro",
                  "construction", "distribution", "analytics", "project", "district", "patrol", "conservancy",
                  "watch", "chancellery", "management", "solutions", "consulting", "minerals", "metals", "steel",
                  "petroleum", "communications", "financial", "properties", "&", "international", "partnership",
                  "limited")
# words joining two capitalised parts of one organisation name ("Disease Control and Prevention")
ORG_JOINERS = ("and", "&")
# function words inside an organisation name, between two capitalised parts ("Doctors Without
# Borders", "Authority on Development", "Department for Environment, Food and Rural Affairs")
ORG_NAME_LINKS = ("of", "for", "on", "without")
# endings of the adjectives that may follow an organisation head (none: they come before it)
ORG_ADJ_ENDINGS = ()
# last words that make a name an organisation's ("Corvessa Therapeutics", "Nordhaus AG")
ORG_SUFFIXES = (
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "se", "nv", "gmbh", "spa",
    "group", "holdings", "therapeutics", "pharmaceuticals", "pharma", "bio", "biotech", "biosciences",
    "airlines", "airways", "air", "motors", "technologies", "systems", "energy", "capital", "partners",
    "labs", "media", "telecom", "bank", "insurance", "industries", "logistics", "foods", "networks",
    "airport", "railways", "shipping", "mining", "resources", "ventures", "software", "electric",
    "biologics", "laboratories", "diagnostics", "chemicals", "robotics", "semiconductors", "aerospace",
    "shipyards", "cooperative", "co-op", "producers", "railroad", "railroads", "railway", "vineyards",
    "winery", "broadcasting", "lines",
    # a portfolio's word closing a company's name ("Meridian Health", "Marathon Oil", "Allied Security")
    "health", "healthcare", "oil", "finance", "security", "education", "housing",
    # forces named for their place ("the Metropolitan Police", "Thames Valley Police", "the National Police")
    "police", "constabulary", "gendarmerie",
)
# heads of a definite noun phrase referring back to the organisation last named ("the company
# said", "the Boston-based carrier"), when no organisation was named with that very noun
ORG_ANAPHORS = (
    "company", "group", "firm", "carrier", "airline", "biotech", "drugmaker", "carmaker", "automaker",
    "lender", "bank", "insurer", "retailer", "manufacturer", "operator", "startup", "conglomerate",
    "broadcaster", "miner", "utility", "agency", "organization", "organisation", "union", "association",
    "federation", "charity", "developer", "supplier", "chipmaker", "exchange", "fund", "institute",
    "regulator", "watchdog", "consortium", "brewer", "distiller", "shipbuilder", "steelmaker",
    "hospital", "cooperative", "co-op", "railroad", "railway", "publisher", "distributor", "producer",
    "refiner", "shipper", "exporter", "importer", "bloc",
    # "Orbix, the tech giant, said" (not "maker", "provider", "vendor": "the film maker", "a health care
    # provider", "a street vendor" are persons)
    "giant",
    # "Boeing said ... The planemaker said", "radio station KKFI ... the station said" (not "the club", "the team":
    # a competition or a league is often the name told last)
    "planemaker", "station", "network", "chain",
)
# those of them naming a company: they do not refer back to a name whose head is another kind of
# institution ("the company" is not the "Food and Drug Administration"), except these heads
COMPANY_ANAPHORS = (
    "company", "firm", "carrier", "airline", "biotech", "drugmaker", "carmaker", "automaker", "lender",
    "insurer", "retailer", "manufacturer", "startup", "conglomerate", "chipmaker", "miner",
    "brewer", "distiller", "shipbuilder", "steelmaker", "railroad", "railway", "publisher", "distributor",
    "producer", "refiner", "shipper", "exporter", "importer", "consultancy", "brokerage", "planemaker",
    "giant",
)
COMPANY_HEADS = ("bank", "corporation", "group", "company")
# nouns only a company has, right after a one-word name or its possessive: the name is a company's,
# whatever it says ("Boeing shares fell", "a former Boeing engineer", "Siemens' shareholders"; not
# "spokesman" nor "aide": "a Trump aide" works for a person)
COMPANY_PARTS_AFTER_NAME = ("shares", "stock", "shareholders", "stockholders", "employees", "engineer",
                            "engineers", "workers", "factory", "factories", "plant", "plants")
# the kinds of institution an anaphor also names: a federation or a league is an association
ORG_ANAPHOR_COVERS = {
    "association": ("federation", "league", "union", "confederation"),
    # "the Department of Forestry ... The ministry said": a government department is a ministry
    "ministry": ("department",),
}
# anaphors that name only some kinds of institution: they refer back to a name headed by one of
# these words (or by a word the tables do not know), never to one headed by another institution's
# noun or a company's ("the agency" is the "Federal Aviation Administration", not "Denver
# International Airport" nor the "Tennis Anti-Corruption Program")
ORG_ANAPHOR_KINDS = {
    "agency": ("agency", "agencies", "administration", "office", "service", "services", "bureau",
               "commission", "authority", "inspectorate", "directorate", "department", "board",
               "secretariat", "registry"),
    "regulator": ("authority", "commission", "administration", "agency", "office", "board", "bureau",
                  "inspectorate", "directorate", "regulator"),
    "watchdog": ("authority", "commission", "administration", "agency", "office", "board", "bureau",
                 "inspectorate", "directorate", "watchdog", "committee", "foundation", "organization",
                 "organisation", "group"),
    "airline": ("airlines", "airways", "air", "airline"),
    "carrier": ("airlines", "airways", "air", "carrier", "shipping", "telecom", "railways"),
    # "Lakeview Medical Center ... the hospital said"
    "hospital": ("hospital", "hospitals", "center", "centre", "clinic", "infirmary", "health", "healthcare"),
}

# an object that reports words only when one of these words opens it ("rejected the allegations", not
# "rejected the offer")
OBJ_FRAME_REQUIRES = {"reject": ("allegations", "allegation", "accusations", "accusation", "claims", "claim",
                                 "charges", "charge", "criticism", "criticisms", "report", "findings",
                                 "conclusions", "assertion", "assertions", "suggestion", "suggestions",
                                 "characterization", "characterisation", "account", "version"),
                    # a gain claimed, not "claimed the lives of", "claimed the title"
                    "declare": ("victory",),
                    # ("claimed victory at the Grand Prix" is a win, not a claim: no "victory" here)
                    "claim": ("capture", "control", "seizure", "conquest", "liberation", "takeover",
                              # a figure claimed: "Organisers claimed 3.5 million marchers" (#: a number)
                              "#")}

# participles after a comma by which the narration comments on the words reported: they close them
# ("said Tehran would not give up enrichment, casting doubt on a fifth round of talks")
GLOSS_PARTICIPLES = ("casting", "raising", "prompting", "signaling", "signalling", "fueling", "fuelling",
                     "deepening", "underscoring", "highlighting", "dashing", "heightening", "reviving", "sparking",
                     "triggering", "complicating", "undermining", "clouding", "dimming", "stoking", "rattling",
                     # "..., ending weeks of speculation"
                     "ending")

# nouns of an outlet after its name, read with it ("the state-run Anadolu news agency reported")
MEDIA_NOUNS = ("news", "agency", "newspaper", "daily", "broadcaster", "channel", "television", "tv", "radio",
               "website", "outlet", "network")

# classes (see TITLE_HEADS) of a public office whose holder speaks by acts of that office, on the record
# ("A federal judge blocked the law, saying it was vague"): unnamed, no anonymous source
PUBLIC_ROLE_CLASSES = ("judge",)
# the auxiliary of the pluperfect: a sentence telling a past before the story's dates no words reported
# after it in another tense ("He had been convicted on June 14. '...,' his lawyer said")
PLUPERFECT_AUX = ("had",)
# the complements of a state's office, which tie it to no other body: "the president of the republic" (not
# "the president of the club")
STATE_COMPLEMENTS = ("republic", "country", "nation", "state", "government")
