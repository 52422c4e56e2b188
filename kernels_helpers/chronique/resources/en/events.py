"""English words for events: what happened, to whom, how many died (see chronique.events)."""
from .speech import inflect as _inflect

LANG = "en"


# event verbs whose forms the generator cannot guess
IRREGULAR = {"send": ("sends", "sent", "sending"), "strike": ("strikes", "struck", "striking"),
             "begin": ("begins", "began", "begun", "beginning"), "hold": ("holds", "held", "holding"),
             "hit": ("hits", "hitting"), "repel": ("repels", "repelled", "repelling"),
             "withstand": ("withstands", "withstood", "withstanding"),
             "shoot dead": ("shoots dead", "shot dead", "shooting dead"),
             "rally": ("rallies", "rallied", "rallying"), "slam": ("slams", "slammed", "slamming"),
             "overrun": ("overruns", "overran", "overrunning"),
             "shoot down": ("shoots down", "shot down", "shooting down")}


def forms(lemma: str) -> list[str]:
    """Every inflected form of a verb lemma (generated, or listed when irregular)."""
    if lemma in IRREGULAR:
        return [lemma, *IRREGULAR[lemma]]
    out = []
    for group in _inflect(lemma).values():
        out.extend(group)
    return out


VERBS = {
    "kill": "kill", "assassinate": "kill", "massacre": "kill", "shoot dead": "kill",
    "wound": "wound", "injure": "wound",
    "attack": "attack", "ambush": "attack", "bomb": "strike", "shell": "strike",
    "storm": "storm", "invade": "storm", "ransack": "storm",
    # a place overrun, arson, and an aircraft brought down by fire ("protesters overran the compound",
    # "torched the house", "the jet was shot down"; not "overran its budget": VERBAL_OBJECTS)
    "overrun": "attack", "torch": "attack", "firebomb": "attack", "shoot down": "attack",
    "protest": "protest", "rally": "protest", "march": "protest",
    "deploy": "deploy", "send": "deploy", "dispatch": "deploy", "reinforce": "deploy",
    "sanction": "sanction",
}
PHRASES = {
    # ("breached" storms a mission only: "breached the embassy's walls", not "breached election law")
    "took the": "storm_take", "stormed": "storm", "breached": "storm_take", "intrusion": "storm",
    # a building entered by force ("protesters forced their way into the state broadcaster")
    **{f"{verb} {whose} way into": "storm" for verb in ("force", "forced", "forces", "forcing")
       for whose in ("their", "its", "his", "her")},
    # arson ("Protesters set fire to the residence", "set it on fire", "an arson attack")
    **{f"{verb} {what}": "attack" for verb in ("set", "sets", "setting")
       for what in ("fire", "ablaze", "it on fire", "them on fire")},
    "arson attack": "attack", "arson attacks": "attack",
    # force used on a crowd ("Police fired tear gas at protesters", "fired rubber bullets")
    **{f"{verb} {what}": "attack" for verb in ("fire", "fired", "fires", "firing", "used", "using")
       for what in ("tear gas", "rubber bullets", "live rounds", "live ammunition", "water cannon")},
    "attack": "attack", "attacks": "attack", "rocket attack": "attack", "rocket attacks": "attack",
    "rocket fire": "attack", "rocket fires": "attack", "bombing": "attack", "explosion": "attack",
    "car bomb": "attack", "roadside bomb": "attack", "suicide bomber": "attack", "suicide bombing": "attack",
    # a deliberate damage done ("the sabotage on Sunday night", "an act of sabotage"; the verb with its object
    # is none: TRIGGER_COMPOUNDS)
    "sabotage": "attack", "acts of sabotage": "attack", "act of sabotage": "attack",
    # a killing named ("the assassination of President Moise on July 7, 2021")
    "assassination": "kill", "assassinations": "kill",
    # (one that failed is an attack; a plot, none: TRIGGER_COMPOUNDS)
    "assassination attempt": "attack", "assassination attempts": "attack",
    "suicide attack": "attack", "ambush": "attack",
    # fighting between armed forces ("fighting for rights" is none)
    "heavy fighting": "attack", "fierce fighting": "attack", "intense fighting": "attack",
    "renewed fighting": "attack", "fighting broke out": "attack", "fighting erupted": "attack",
    # clashes with the forces of order, and an invasion
    "clashed with police": "attack", "clashed with the police": "attack", "clashed with riot police": "attack",
    "clashed with security forces": "attack", "clashed with troops": "attack", "clashed with soldiers": "attack",
    "clashes with police": "attack", "clashes with security forces": "attack", "clashes broke out": "attack",
    "clashes erupted": "attack", "invasion": "storm", "full-scale invasion": "storm",
    # (with an adverb or a perfect between: "clashes also broke out outside parliament")
    **{f"{noun} {verb}": "attack" for noun in ("clashes", "fighting")
       for verb in ("also broke out", "again broke out", "have broken out", "had broken out", "also erupted",
                    "again erupted", "have erupted", "had erupted")},
    # an armed crossing into a territory ("launched a surprise incursion into the Kursk region")
    "incursion": "storm", "incursions": "storm", "cross-border incursion": "storm",
    "shelling": "strike",
    # a military push ("launched an offensive on the city"; not "a charm offensive": TRIGGER_VETO_BEFORE)
    "offensive": "attack", "offensives": "attack", "counteroffensive": "attack", "counter-offensive": "attack",
    "air raid": "strike", "air raids": "strike", "air strike": "strike", "air strikes": "strike",
    "airstrike": "strike", "airstrikes": "strike", "strikes": "strike",
    "sit-in": "protest", "demonstration": "protest", "demonstrations": "protest",
    # a strike told as a walkout ("a 48-hour walkout")
    "walkout": "protest", "walkouts": "protest",
    # protesters gathering: a protest ("Protesters gathered outside the embassy")
    "protesters gathered": "protest", "demonstrators gathered": "protest", "protesters massed": "protest",
    "demonstrators massed": "protest", "protesters marched": "protest", "demonstrators marched": "protest",
    "protest": "protest", "protests": "protest", "rally": "protest",
    # crowds in the streets ("Hundreds of supporters took to the streets", "returned to the streets"; not
    # "takes": "the new tram takes to the streets")
    **{f"{verb} to the streets": "protest"
       for verb in ("take", "took", "taken", "taking", "return", "returned", "returns", "returning")},
    # ("Protesters poured back onto the streets")
    **{f"{verb} {back}{into} the streets": "protest" for verb in ("pour", "poured", "pours", "pouring")
       for back in ("", "back ") for into in ("onto", "into")},
    "deployment": "deploy", "reinforcements": "deploy",
    "sanctions": "sanction",
    # a ceasefire (an event only where it is agreed, declared or takes effect: see TRUCE_VERBS)
    "ceasefire": "ceasefire", "ceasefires": "ceasefire", "cease-fire": "ceasefire", "truce": "ceasefire",
    "truces": "ceasefire", "armistice": "ceasefire", "humanitarian pause": "ceasefire",
}
# nouns of violence that make an event only with a toll in their sentence ("Clashes left six people
# dead"; "clashes over the budget", none)
TOLL_NOUNS = ("clashes", "violence", "shooting", "shootings", "gunfight", "shootout", "firefight", "unrest")
# verbs that tell a strike only where force is their subject or object ("Israel hit Hezbollah targets",
# "Kyiv was hit by Russian missiles", not "the economy was hit by inflation", "struck a deal", "was struck
# by a falling tree"): a trigger only with a
# place, an army, troops or a weapon shortly before (MILITARY_SUBJECTS) and a place, a weapon or a
# military target shortly after (STRIKE_OBJECTS), and none of STRIKE_VETO_AFTER
CONDITIONAL_VERBS = {"strike": "strike", "hit": "strike", "target": "strike", "pound": "strike"}
# verbs that tell a strike only after a weapon or an army among the words before them ("a Russian missile
# slammed into a building"; not "Moscow slammed the decision")
ARMED_CONDITIONAL_VERBS = {"slam": "strike"}
# verbs that tell a protest only with a crowd (CROWD_NOUNS) as their subject shortly before ("farmers blocked
# roads"; not "the Senate blocked the bill")
CROWD_CONDITIONAL_VERBS = {"block": "protest",
                           # a walkout ("Cabin crew will walk out for 48 hours"; not "walked out of hospital")
                           "walk out": "protest",
                           # a building held by a crowd ("protesters were still occupying the residence")
                           "occupy": "protest"}
# the only crowds that make some of those verbs a protest ("students occupied the campus"; not "women occupy
# a third of the seats", "residents occupied the flats")
CROWD_VERB_SUBJECTS = {"occupy": ("protesters", "demonstrators", "strikers", "activists", "students")}
# the only words that may stand between such a crowd and its verb (with a date): "protesters were still occupying"
CROWD_SUBJECT_GAP = ("who", "that", "were", "was", "are", "is", "have", "has", "had", "been", "still", "also",
                     "again", "briefly", "then", "continued", "continue", "to")
# ... nor after a preposition ("accused of blocking crossings")
CROWD_VERB_BLOCKERS = ("of",)
MILITARY_SUBJECTS = ("army", "military", "forces", "force", "troops", "soldiers", "jets", "warplanes", "aircraft",
                     "artillery", "navy", "militants", "fighters", "rebels", "insurgents", "militia", "militias",
                     "drones", "drone", "missiles", "missile", "rockets", "rocket", "strikes")
STRIKE_OBJECTS = ("target", "targets", "position", "positions", "site", "sites", "facility", "facilities",
                  "infrastructure", "depot", "depots", "base", "bases", "bunker", "bunkers", "headquarters",
                  "convoy", "convoys", "compound", "refinery", "refineries", "plant", "building", "buildings",
                  "hospital", "school", "grid", "camp", "camps", "stronghold", "strongholds", "village",
                  "villages", "town", "towns", "city", "cities", "neighbourhood", "neighborhood")
# words of the instrument of a verb that tells a strike only beside force: one of STRIKE_VETO_AFTER within three
# words after one makes no strike ("hits Russia's shadow fleet with new sanctions")
INSTRUMENT_LINKS = ("with",)
STRIKE_VETO_AFTER = ("tariff", "tariffs", "sanctions", "duties", "taxes", "fine", "fines", "levies", "charges",
                     "record", "high", "low", "mark", "milestone", "jackpot", "inflation", "deal", "deals",
                     "agreement", "bargain", "compromise", "balance", "chord", "tone", "note", "gold", "oil")
# verbs that make a ceasefire a happening (agreed, declared, in force), in every generated form, and
# words that tell the same ("took effect", "in force"); a ceasefire otherwise named ("talks on a
# truce") is none
TRUCE_VERBS = ("agree", "declare", "announce", "reach", "broker", "sign", "accept", "begin", "start", "hold",
               "proclaim", "seal", "strike", "order")
TRUCE_WORDS = ("effect", "force", "effective", "came", "took", "went", "agreement", "deal")
# words right before a ceasefire that make it something asked for, broken or discussed, not in force
TRUCE_BLOCKERS = ("call", "calls", "called", "calling", "urge", "urged", "urges", "demand", "demanded",
                  "demands", "violate", "violated", "violates", "violating", "violation", "violations",
                  "breach", "breached", "breaches", "broke", "break", "breaking", "reject", "rejected",
                  "rejects", "without",
                  # "a peace agreement rather than a truce", "instead of a ceasefire": not the one made
                  "than", "instead",
                  # "failed to agree on a ceasefire", "refused to accept a truce"
                  "failed", "fail", "fails", "refused", "refuse", "refuses")
VIOLENT = ("violent", "violently", "clashes", "riot", "riots")
DIPLOMATIC = ("embassy", "embassies", "consulate", "consulates", "diplomatic mission", "legation")
TROOPS = ("troops", "soldiers", "forces", "marines", "paratroopers", "personnel", "reinforcements",
          "additional forces", "service members")
# military units: troops named, but no head count ("deployed a fifth division", "two brigades")
# (not a bare "division" nor "brigade": "its sales division", "the fire brigade")
TROOP_UNITS = ("battalion", "battalions", "regiment", "regiments", "combat brigade", "combat brigades") + tuple(
    f"{kind} {unit}" for kind in ("armoured", "armored", "infantry", "airborne", "mechanised", "mechanized",
                                  "tank", "marine", "paratrooper")
    for unit in ("division", "divisions", "brigade", "brigades"))
DEAD_NOUNS = ("dead", "killed", "deaths", "fatalities", "victims")
WOUNDED_NOUNS = ("wounded", "injured")
# words of harm to people besides the dead and the wounded, which a negation may deny without denying
# the happening around them ("Nobody was hurt in the attack")
HARM_WORDS = ("hurt", "harmed")
ONE = ("a", "an", "one")
# auxiliaries between victims counted before a trigger and the trigger ("Two soldiers were wounded")
PASSIVE_WORDS = ("were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "also", "later")
# a passive trigger ("Kyiv was attacked by Russian forces"): its auxiliaries, and the word before its agent;
# the place after the agent's word is the doer, the subject's place the target
PASSIVE_AUXILIARIES = ("was", "were", "been", "being", "is", "are", "be", "got", "get")
AGENT_MARKERS = ("by",)
# endings of a trigger after an auxiliary that make it active, not passive ("is attacking")
ACTIVE_ENDINGS = ("ing",)
# words after a number that make it an age ("a 64-year-old man", "aged 64 years")
AGE_WORDS = ("year", "years")
# the last word of an age written as one compound adjective before the victim ("a 19-year-old man")
AGE_ADJECTIVE_ENDS = ("old",)
# craft, aircraft and vehicles: no victims ("shot down two drones"; "A military helicopter was shot down ...,
# killing its four crew": a craft, not one dead), and a lethal verb whose object they are tells force ("shot
# down the airliner, which crashed": no accident)
CRAFT = ("helicopter", "helicopters", "plane", "planes", "aircraft", "jet", "jets", "airliner", "airliners", "drone",
         "drones", "boeing", "airbus", "tank", "tanks", "vehicle", "vehicles", "ship", "ships", "vessel", "vessels",
         "boat", "boats", "truck", "trucks", "car", "cars", "missile", "missiles", "rocket", "rockets")
# what a number after a lethal verb may count other than its victims ("stabbed 11 times", "killed
# with 30 shots", "killed 12 km from the border"), and craft
NOT_VICTIMS = ("shot", "shots", "round", "rounds", "bullet", "bullets", "time", "times", "blow", "blows",
               "wound", "wounds", "day", "days", "hour", "hours", "minute", "minutes", "km", "kilometres",
               "kilometers", "mile", "miles", "metres", "meters", "percent", "%") + CRAFT
# approximate counts ("dozens of people", "hundreds of protesters"): (the round figure read, the lowest
# and the highest figures they cover: "dozens of dead" and "at least 40 dead" tell one toll)
APPROXIMATE_COUNTS = {"a dozen": (12, 10, 15), "dozens of": (24, 20, 99), "scores of": (40, 40, 199),
                      "hundreds of": (200, 200, 999), "thousands of": (2000, 2000, 9999),
                      "tens of thousands of": (20000, 20000, 99999),
                      "hundreds of thousands of": (200000, 200000, 999999)}
PERSON_WORDS = ("person", "people", "persons", "civilian", "civilians", "soldier", "soldiers", "fighter",
                "fighters", "policeman", "policemen", "policewoman", "police", "officer", "officers", "troops",
                "protester", "protesters", "demonstrator", "demonstrators", "man", "men", "woman", "women",
                "child", "children", "boy", "boys", "girl", "girls", "teenager", "teenagers", "member",
                "members", "contractor", "contractors", "militant", "militants", "rebel", "rebels", "insurgent",
                "insurgents", "gunman", "gunmen", "attacker", "attackers", "resident", "residents", "villager",
                "villagers", "passenger", "passengers", "pilgrim", "pilgrims", "worker", "workers", "student",
                "students", "journalist", "journalists", "migrant", "migrants", "refugee", "refugees",
                "prisoner", "prisoners", "inmate", "inmates", "hostage", "hostages", "guard", "guards",
                "bystander", "bystanders", "firefighter", "firefighters", "peacekeeper", "peacekeepers",
                "patient", "patients", "other", "others", "miner", "miners", "employee", "employees", "sailor",
                "sailors", "tourist", "tourists", "climber", "climbers", "driver", "drivers", "pedestrian",
                "pedestrians", "motorist", "motorists", "hiker", "hikers", "fisherman", "fishermen", "farmer",
                "farmers", "teacher", "teachers", "nurse", "nurses", "doctor", "doctors",
                # people named by their nation
                "American", "Americans", "Iraqi", "Iraqis", "Palestinian", "Palestinians", "Israeli", "Israelis",
                "Ukrainian", "Ukrainians", "Russian", "Russians", "Syrian", "Syrians", "Afghan", "Afghans",
                "Iranian", "Iranians", "Lebanese", "Yemeni", "Yemenis", "Kurd", "Kurds", "Sudanese", "Somali",
                "Somalis", "Nigerian", "Nigerians", "Pakistani", "Pakistanis", "Indian", "Indians")
# a relative pronoun that is the subject of a passive trigger: its victims are the noun before it ("two
# protesters, who were wounded")
SUBJECT_RELATIVES = ("who", "that")
# words opening an aside between commas inside the victims' noun phrase, passed over to reach their count
# ("At least 12 people, including four civilians, were killed": 12)
COUNT_ASIDES = ("including", "among")
# words a count does not reach over to the victims' noun ("a lot of people were killed")
COUNT_NOUN_BREAKS = ("of", "than", "and", "or")
# ... those of them joining counts that add up: "Two soldiers and two civilians were killed" (four)
COUNT_JOINS = ("and",)
# a count of some of a group: the count, one of these, and one of PARTITIVE_DETERMINERS before the group's noun
# ("two of its soldiers were killed", "three of the hostages were wounded")
PARTITIVE_LINKS = ("of",)
PARTITIVE_DETERMINERS = ("its", "their", "the", "his", "her", "our", "these", "those")
# links that hold their determiner (French « des »)
PARTITIVE_CONTRACTIONS = ()
# the endings of adverbs between the victims and a passive trigger ("were seriously wounded")
ADVERB_ENDINGS = ("ly",)
# prepositions of a time fronted at the head of a sentence, which then governs all of it ("On Saturday, ...")
FRONTED_TIME_PREPOSITIONS = ("on", "in", "at", "during", "over", "early", "late")
# nouns of the doer or the victims of a happening, whose noun of force after them refers to it ("the suspect
# nouns of a phase of a happening: a noun of force completing one refers to a happening told or known,
# no new one ("an extension of the offensive", "the start of the invasion")
PHASE_HEADS = ("start", "beginning", "end", "extension", "expansion", "continuation", "escalation",
               "intensification", "anniversary")
# in the shooting", "victims of the attack"): no happening of its own
REFERRING_HEADS = ("suspect", "suspects", "perpetrator", "perpetrators", "mastermind", "masterminds", "victim",
                   "victims", "author", "authors", "gunman", "gunmen", "attacker", "attackers")
REFERRING_PREPOSITIONS = ("of", "in", "behind")
# the endings of the participle opening a clause after a comma, whose happening takes the clause's time
# ("stormed the town on Saturday, killing 12")
PARTICIPLE_CLAUSE_ENDINGS = ("ing",)
# words after which a trigger spelt like a noun is a verb ("Iran could attack Israel", "vowed to attack")
VERB_BEFORE = ("could", "would", "will", "might", "may", "can", "shall", "must", "should", "to", "'ll", "not")
# verbs whose object is a happening of its own ("launched an attack", "carried out a strike")
LIGHT_VERBS = ("launch", "launched", "launches", "launching", "stage", "staged", "mount", "mounted", "out",
               "conduct", "conducted", "unleash", "unleashed")
# weapons whose launching is a strike ("launched 40 drones at Ukraine", "fired a missile at"): a trigger
# only after one of LAUNCH_VERBS, the count and the words of a count between them
WEAPONS = ("drone", "drones", "missile", "missiles", "rocket", "rockets", "ballistic missiles", "cruise missiles",
           "mortar rounds", "shells")
LAUNCH_VERBS = ("launch", "launched", "launches", "launching", "fire", "fired", "fires", "firing")
# words before a noun of force that make it the start of a span, a reference point of the story, not a
# happening it tells ("since their invasion of the country in 2003"): no event of its own
SINCE_WORDS = ("since",)
LAUNCH_COUNT_WORDS = ("a", "an", "at", "least", "more", "than", "about", "some", "nearly", "over", "around",
                      "dozens", "hundreds", "of", "several",
                      # "fired a barrage of missiles", "launched a wave of drones"
                      "barrage", "salvo", "salvoes", "wave", "waves", "volley", "volleys", "swarm")
# ... and these, right before one of the words of a burst above ("a new wave of drones"; not "launched new
# drones", a product)
LAUNCH_BURST_MODIFIERS = ("new", "fresh", "another", "second", "third", "massive", "large")
# words before a trigger that make it another happening the sentence counts from ("a week after a
# drone attack killed three Americans"): never merged with the sentence's own happening
SEQUENCE_WORDS = ("after", "before", "since", "following")
# how a sequence word places the other happening against the sentence's date, with the duration before
# it ("a day after", "two weeks before"): -1 earlier, +1 later; and words that carry their own lag
# in days, the happening named after them being that much earlier (negative) or later (positive)
SEQUENCE_DIRECTIONS = {"after": -1, "following": -1, "before": 1}
SEQUENCE_DAYS = {}
# relative pronouns: a time in the relative clause after a trigger is not the trigger's ("the offensive
# that began on Friday")
RELATIVES = ("that", "which", "who", "whose", "where")
# a participle after another noun ("the offensive launched on Friday"): the time after it is that noun's;
# the participle's endings and irregular forms, and the words that may stand between it and the time
PARTICIPLE_ENDINGS = ("ed",)
PARTICIPLES = ("begun", "held", "sent", "struck", "led", "made", "fought", "built", "taken", "seen", "known",
               "shot", "hit", "set", "caught", "brought", "given", "written", "won", "lost")
TIME_PREPOSITIONS = ("on", "in", "at", "during", "since")
# words opening a reported clause: a place after one is the clause's subject, not a reporting verb's
# agent ("said that the United States had sent ...")
COMPLEMENTIZERS = ("that",)
# subject pronouns, and a perfect participle's auxiliary: after "X said", the speaker X is the doer ("Germany said
# it will deploy 300 troops", "the army admitted having struck the convoy")
SUBJECT_PRONOUNS = ("it", "they", "he", "she", "we", "having")
# determiners that make a trigger a noun ("the strike", « l'attaque »), which may refer back
NOUN_DETERMINERS = ("the", "a", "an", "this", "that", "its", "their", "his", "her")
FUTURE = ("will", "would", "shall", "ready", "going", "plans", "planned", "next", "soon", "scheduled", "expected",
          "due",
          # promised, not yet done: "condemned the violence and promised sanctions"
          "promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows", "vowed")
NEGATION = ("not", "never", "no", "nobody")
# verbs of denial right before a trigger, which they deny ("denied targeting civilians", "denies having attacked")
DENIAL_VERBS = ("denied", "denies", "deny", "denying")
# verbs of stopping: negated beside a trigger, the happening goes on ("the shelling has not stopped")
STOP_WORDS = ("stop", "stops", "stopped", "cease", "ceased", "end", "ended", "halt", "halted", "abate", "abated",
              "subside", "subsided", "let", "relent", "relented")
# a strike of workers, not of weapons: "a general strike", "went on strike", "strike action"
LABOUR_STRIKE_WORDS = ("strike", "strikes")
LABOUR_STRIKE_BEFORE = ("general", "hunger", "national", "nationwide", "labor", "labour", "wildcat", "rail",
                        "teachers", "workers", "union", "on", "doctors", "nurses", "transport", "sympathy",
                        # a walkout of a set length: "a three-day strike", "a 24-hour strike"
                        "day", "hour", "week", "warning", "indefinite", "open-ended")
LABOUR_STRIKE_AFTER = ("action", "ballot", "vote", "pay", "fund", "by", "notice", "day")
# words of labour: "strike" near one, and near no word of force (FORCE_WORDS), is a walkout ("Unions will
# meet to call further strikes next month")
# (not the workers themselves, who may be victims or witnesses: "Israeli strikes killed 12, health workers
# said")
LABOUR_CONTEXT = ("union", "unions", "unionists", "strikers", "walkout", "walkouts", "picket", "pickets", "wage",
                  "wages", "pensions")
# a trigger word before these is a noun of another sense: "shell companies", "a shell game"
# words before a trigger that make it a noun of another sense ("a charm offensive")
TRIGGER_VETO_BEFORE = {"offensive": ("charm", "diplomatic", "media", "political", "legal", "trade", "pr", "public",
                                     "legislative", "marketing", "advertising", "lobbying"),
                       "offensives": ("charm", "diplomatic", "media", "political", "legal", "trade"),
                       # "a cost overrun": a budget exceeded
                       **{w: ("cost", "costs", "budget", "budgetary", "time", "schedule", "spending")
                          for w in ("overrun", "overruns")}}
TRIGGER_COMPOUNDS = {"shell": ("company", "companies", "corporation", "corporations", "firm", "firms", "entity",
                               "entities", "game", "games", "script", "scripts"),
                     "bomb": ("threat", "threats", "scare", "scares", "squad", "squads", "shelter", "shelters"),
                     "assassination": ("plot", "plots", "plan", "plans", "threat", "threats", "list"),
                     # "sabotage the talks": the verb, with its object
                     "sabotage": ("the", "a", "an", "any", "this", "that", "these", "their", "his", "her", "its",
                                  "our", "efforts", "talks", "negotiations", "peace", "diplomacy", "plans")}
# a walkout told ("a general strike", "went on strike") is a protest (CAMEO 14: strikes and boycotts);
# "strike action", "a strike ballot" tell none
LABOUR_STRIKES_ARE_PROTESTS = True
# a protest's target is named after these ("protested against France", "rallied outside the embassy"); a
# place otherwise is where it marched ("marched through Paris and other French cities")
PROTEST_TARGET_WORDS = ("against", "outside", "at", "to")
# verbs of protest that also mean to complain: with a named body as their subject, a complaint, no crowd
# ("the unions SUD and CGT protested against the plan"; "Farmers protested in Paris" is a crowd)
COMPLAINT_VERB_STEMS = ("protest",)
# adverbs between a subject and its verb ("Beijing also protested")
SUBJECT_ADVERBS = ("also", "too", "again", "quickly", "immediately", "swiftly", "formally", "officially")
# a protest lodged is a diplomatic complaint, not a crowd ("Pakistan lodged a strong protest with the Afghan
# envoy"): these verbs among the three words before it
COMPLAINT_VERBS = ("lodged", "lodge", "lodges", "lodging", "filed", "file", "files", "registered", "register",
                   "registers", "delivered", "conveyed", "issued")
# the lemmas of claiming a deed: the speaker of such a claim did the force its words tell, by its own
# nouns of a civilian person: a nationality before them is one person's, no state's force ("A Syrian man
# nouns of an armed party that, as the subject of an active verb of force, name its doer as written
# ("Gang members attacked", "Houthi militants struck": no place of the gazetteer needed)
DOER_NOUNS = ("army", "soldiers", "soldier", "troops", "militants", "militant", "gunmen", "gunman", "rebels",
              "insurgents", "jihadists", "terrorists", "assailants", "attackers", "militia", "militias",
              "militiamen", "fighters", "paramilitaries", "gang", "gangs", "police", "forces", "guards",
              "separatists", "extremists", "bandits", "pirates", "warplanes", "raiders", "coalition", "force")
# nouns of members after such a noun ("gang members")
DOER_MEMBERS = ("members", "member")
# words a doer's noun phrase does not reach over ("Police said gunmen killed": "gunmen")
DOER_STOPS = ("and", "or", "of", "that", "which", "who", "when", "after", "before", "as", "while")
# prepositions after a noun of force naming what it is aimed at ("an offensive on El Fasher", "attacks
# against the convoy")
TARGET_PREPOSITIONS = ("on", "against")
# words that end the object of a verb of force ("struck a bulk carrier in the Red Sea": "bulk carrier")
OBJECT_STOPS = ("in", "on", "at", "near", "with", "for", "from", "after", "before", "during", "as", "and", "or",
                "that", "which", "who", "where", "when", "by", "off", "into", "outside", "inside", "killing",
                "wounding", "injuring", "leaving", "causing", "overnight", "early", "late", "last", "this",
                "yesterday", "today", "again", "since", "until", "amid", "despite")
# words after the accused in an accusation's words ("accused Grossi of playing a political role": Grossi)
ACCUSATION_LINKS = ("of", "for")
# endings of what the accused are accused of doing, after the link ("of playing")
ACCUSATION_VERB_ENDINGS = ("ing",)
# killed two people": no actor Syria)
CIVILIAN_NOUNS = ("man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teenager", "teenagers",
                  "national", "nationals", "citizen", "citizens", "student", "students", "refugee", "refugees",
                  "migrant", "migrants", "asylum", "tourist", "tourists", "couple", "worker", "workers", "doctor",
                  "resident", "residents", "father", "mother", "son", "daughter", "suspect", "assailant")
# word ("Islamic State claimed responsibility for the attack": the attack's doer, reported)
DOER_CLAIM_LEMMAS = ("claim responsibility for",)
# words that tell a happening as hearsay: "Rebels reportedly killed 15 people" is reported, not asserted
REPORTED_WORDS = ("reportedly", "allegedly", "purportedly")
# nouns of a long conflict whose toll is a tally, not a happening: "The war has killed 14,000 people"
TALLY_SUBJECTS = ("war", "conflict", "insurgency", "crisis", "epidemic", "campaign", "occupation", "siege",
                  "offensive")
# the auxiliaries of a toll to date: such a subject opening the sentence, then one of these before the verb
# ("The war ... erupted in April 2023 and has killed tens of thousands")
TALLY_AUXILIARIES = ("has", "have")
# ordinals before a noun of force counted since a date: one of a series, which the date does not date ("the
# ninth attack on its facilities since early October")
SERIES_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                   "latest", "last", "umpteenth", "11th", "12th", "13th", "14th", "15th", "20th")
# a preposition after a span of time that makes the toll after it a tally over the span ("after a week of
# fighting that has killed at least 180 people"), not one happening
SPAN_PREPOSITIONS = ("of",)
# a passive toll over a year or a month whose cause, after one of TALLY_CAUSE_PREPOSITIONS, is many happenings
# (a plural: a word with one of TALLY_CAUSE_ENDINGS, or after one of TALLY_CAUSE_DETERMINERS, or a toll noun)
# is a tally, not a happening ("Last year, 49 people were killed in gang shootings", "In 2022, 49 people were
# killed in drug-related violence"); an active one keeps its doer ("Last year, a bomber killed 49 people")
TALLY_CAUSE_PREPOSITIONS = ("in",)
TALLY_CAUSE_DETERMINERS = ()
TALLY_CAUSE_ENDINGS = ("s",)
# words right before a noun of force that make it any such happening, none told ("vowed to respond to any
# attack")
GENERIC_DETERMINERS = ("any", "every")
# words before (or after) a noun of a happening that make it another than those told ("Previous ceasefires
# announced last month collapsed", "other attacks"): it is not folded into one told before
OTHER_BEFORE = ("previous", "earlier", "prior", "past", "other")
OTHER_AFTER = ()
# people named by their trade before "at": the name after it is their employer, no town ("Analysts at
# Jefferies estimated the two-day strike would cost ...")
EMPLOYEE_NOUNS = ("analysts", "analyst", "economists", "economist", "strategists", "strategist", "researchers",
                  "researcher", "scientists", "scientist", "executives", "executive", "engineers", "traders")
LOCATIVE = ("in", "at", "near", "inside", "outside", "into", "to")
# a place right after one of these words (or after one and an article) is where force was used, not its
# target: "Gunmen killed 12 people in Paris" (the victims are people in the city, not France); "fired at
# Israel", "struck Kyiv" name the target
SITE_PREPOSITIONS = ("in", "near", "inside", "across", "throughout")
# verbs of warding off an attack ("Ukrainian forces repelled 12 attacks"): the place before them is the
# target of the attack, not its doer
REPELLING_VERBS = ("repel", "repulse", "thwart", "foil", "fend off", "withstand")
# words between a locative word and the place it names ("near the town", « près de Kherson »)
PLACE_LINKS = ("of", "the")
# a place after one of these words and a hyphen is a faction, not the country ("pro-Iranian", "pro-Iran")
FACTION_PREFIXES = ("pro",)
# how such a faction is named: the prefix and the place
FACTION_NAME = "{prefix}-{place} groups"
# verbs of asking: a deployment they ask for has not happened ("called for more troops", "requested
# reinforcements")
DEMAND_VERBS = ("called", "calls", "call", "calling", "asked", "asks", "ask", "demanded", "demands", "demand",
                "requested", "requests", "request", "urged", "urges", "urge", "sought", "seeks", "seek")
# verbs of trying before an infinitive of killing: an attempt, which kills no one ("was convicted of trying to
# kill a patient", "attempted to kill"); the infinitive's marks
ATTEMPT_WORDS = ("try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "sought",
                 "seeking", "seek", "seeks", "plotting", "plotted", "plot", "conspiring", "conspired")
ATTEMPT_MARKS = ("to",)
# the endings of a participle of result after a comma, which tells the same happening as the verb before it
# ("a missile hit a shopping center, killing 11 people")
RESULT_PARTICIPLE_ENDINGS = ("ing",)
HYPOTHETICAL_ENDINGS = ()
HYPOTHETICAL_WORDS = ("could", "might", "may", "possible", "probably", "likely", "perhaps",
                      # threatened or considered, not done
                      "threatened", "threatens", "threaten", "threatening", "considering", "considers",
                      "consider", "weighing", "mulling")

# how counts are written: "4 000 soldats", "4,000 troops"
THOUSANDS_SEP = ","

RUNG_NAMES = {
    0: "statement, denial or ceasefire",
    1: "accusation",
    2: "threat or warning",
    3: "protest or sit-in",
    4: "sanctions or military deployment",
    5: "violent intrusion or attack on a diplomatic mission",
    6: "lethal force",
}
KIND_NAMES = {
    "statement": "statement", "announcement": "announcement", "denial": "denial",
    "accusation": "accusation", "threat": "threat", "protest": "protest",
    "sanctions": "sanctions", "military deployment": "military deployment",
    "attack": "attack", "air strike": "air strike",
    "attack on diplomatic mission": "attack on a diplomatic mission",
    "lethal attack": "lethal attack", "lethal strike": "lethal strike", "ceasefire": "ceasefire",
}

# words of the escalation chart (chronique.chart) and its exports
CHART_LABELS = {
    "title": "Escalation timeline",
    "published": "published {date}",
    "published_unknown": "publication date unknown",
    "inferred": " (inferred)",
    "publication": "publication",
    "counts": "{events}, {claims}",
    # a count and its noun: the singular for the counts of SINGULAR_COUNTS ("1 event", "2 claims")
    "count_nouns": {"events": ("event", "events"), "claims": ("claim", "claims")},
    "singular_counts": (1,),
    "undated": "{n} undated item(s), left off the axis: {labels}",
    "hidden_labels": "{n} label(s) hidden for lack of room: hover over the marks",
    "flag_note": "⚠ inconsistent date: '{wording}' read as {value}",
    "more_flags": "… and {n} more inconsistent date(s)",
    "time_axis": "day",
    "events_axis": "escalation rung",
    "claims_axis": "speaker",
    "other_speakers": "other speakers",
    "legend_speaker": "speaker (click to isolate)",
    "legend_mode": "reported speech",
    "modes": {"direct": "direct (quote)", "mixed": "mixed", "indirect": "indirect"},
    "legend_source": "source",
    "sources": {"named": "named", "anonymous": "anonymous"},
    "legend_hedge": "hedging",
    "hedges": {"plain": "unhedged", "hedged": "hedged ('very probably'…)"},
    "legend_modality": "event modality",
    "modalities": {"asserted": "asserted", "reported": "reported", "future": "future",
                   "hypothetical": "hypothetical", "negated": "negated"},
    "legend_casualties": "killed",
    "legend_span": "time span",
    "spans": {"span": "interval (weekend, evening…)", "vague": "vague interval ('in the coming days')"},
    "legend_flag": "warning",
    "flag": "inconsistent date (weekday ≠ date)",
    "article": "Article",
    "events_group": "events",
    "evening": "evening",
    "tooltip": {
        "label": "item", "kind": "kind", "rung": "rung", "date": "resolved date",
        "precision": "precision", "wording": "wording", "date_rule": "date rule",
        "resolution": "resolution", "rule": "extraction rule", "speaker": "speaker",
        "actor": "actor", "text": "text", "flags": "warning", "casualties": "killed",
        "mode": "speech", "modality": "modality", "about": "linked to",
    },
    "precisions": {
        "minute": "minute", "part of day": "part of day", "day": "day", "weekend": "weekend",
        "week": "week", "month": "month", "quarter": "quarter", "season": "season",
        "year": "year", "decade": "decade", "vague": "vague", "undated": "undated",
    },
    # d3-time-format locale: axis labels and dates in English
    "time_locale": {
        "dateTime": "%x, %X", "date": "%-m/%-d/%Y", "time": "%-I:%M:%S %p",
        "periods": ["AM", "PM"],
        "days": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        "shortDays": ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        "months": ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"],
        "shortMonths": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec"],
    },
    "date_format": "{weekday} {day} {month} {year}",
    "day_format": "{weekday} {day} {month}",
}

# causes of death or injury that are no use of force: a sentence that names one, and no weapon or armed
# party (FORCE_WORDS, WEAPONS), tells no attack ("A magnitude 7.1 earthquake struck ..., killing 120",
# "a cholera outbreak has killed 38 people", "a shark attack"); one word each (the telling word of a
# longer name: "mudslide", "landing")
HARM_CAUSES = (
    # natural hazards and weather
    "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks",
    "tsunami", "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "tornado",
    "tornadoes", "storm", "storms", "flood", "floods", "flooding", "floodwaters", "landslide", "landslides",
    "mudslide", "mudslides", "avalanche", "avalanches", "eruption", "volcano", "wildfire", "wildfires",
    "bushfire", "bushfires", "heatwave", "heat", "drought", "lightning", "rains", "rainfall", "downpours",
    "snowstorm", "blizzard", "famine", "starvation",
    # accidents and collapses
    "accident", "accidents", "crash", "crashes", "crashed", "collision", "collisions", "collided", "derailment",
    # a fall ("was seriously injured in a fall at the Tour of the Basque Country")
    "fall", "falls",
    "fire", "fires", "blaze", "blazes", "flames", "inferno", "smoke", "fumes",
    # injuries of the body with no weapon ("injured his knee in training")
    "knee", "ankle", "hamstring", "thigh", "calf", "shoulder", "wrist", "groin",
    "derailed", "capsized", "shipwreck", "collapse", "collapsed", "stampede", "crush", "landing", "tree",
    "plunged", "plunge", "lift", "elevator", "cave-in", "rockfall", "drowned", "drowning",
    # traffic ("245 cyclists were killed on the roads in 2022")
    "roads", "traffic",
    # illness, poisons and animals
    "disease", "diseases", "outbreak", "epidemic", "pandemic", "cholera", "malaria", "measles", "dengue",
    "ebola", "virus", "covid", "infection", "infections", "flu", "influenza", "mpox", "overdose", "overdoses", "opioid", "opioids",
    "fentanyl", "poisoning", "snakebite", "snakebites", "shark", "sharks", "bear", "wolf", "wolves",
    "crocodile", "tiger", "hunting", "hunter",
    # computers
    "ransomware", "hackers", "hacker", "cyberattack", "cyberattacks", "malware",
)
# words before a harm cause that make it force: "opened fire", "returned fire", "came under fire"
FORCE_BEFORE_CAUSE = {"fire": ("open", "opens", "opened", "opening", "return", "returned", "returning",
                               "exchanged", "exchange", "under", "cross", "sniper", "mortar", "rocket", "tank",
                               "artillery", "heavy", "live", "exchanges", "hail", "barrage")}
# words of a threat or warning that make it a step of an escalation (a warning that tells of none,
# "forecasters warned that winds could spread the fire", is no such step)
THREAT_WORDS = ("retaliate", "retaliates", "retaliated", "retaliation", "retaliatory", "reprisal", "reprisals",
                "respond", "response",
                "consequences", "revenge", "avenge", "punish", "punishment", "force", "forces", "military",
                "militarily", "nuclear", "missile", "missiles", "weapons", "invade", "invasion", "escalation",
                "escalate", "war", "hostilities", "destroy", "annihilate", "crush", "blockade", "embargo",
                "sanction", "sanctions", "tariffs", "expel", "sever", "measures")
# words of force: with one of these (or a weapon, WEAPONS) in the sentence, a harm cause above does not
# rule out an attack ("militants attacked a convoy after the earthquake")
FORCE_WORDS = ("army", "soldiers", "troops", "militants", "gunmen", "gunman", "rebels", "insurgents",
               "jihadists", "terrorists", "terrorist", "assailants", "attackers", "militia", "militias",
               "war", "bomb", "bombs", "explosives", "gunfire", "artillery", "shelling", "airstrike",
               "airstrikes", "grenade", "grenades", "warplanes", "militant", "attacker", "bomber", "bombers",
               "shooter", "shooters", "sniper", "snipers",
               # the weapons and blows of an assault ("shot in the leg", "stabbed in the shoulder")
               "gun", "guns", "gunshot", "gunshots", "bullet", "bullets", "knife", "knives",
               "stabbed", "stabbing", "assault", "assaulted", "beaten", "beating")
# words that make a trigger holding one a use of force, whatever harm cause stands near it ("A car bomb
# killed nine people as smoke rose", "A suicide bombing near the fire station"); not the words of force
# that may tell harmless shooting or blows ("shots", "beating")
FORCE_TRIGGERS = ("bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "shelling", "airstrike",
                  "airstrikes", "gunfire", "gunmen", "gunman", "grenade", "grenades", "explosives")
# words beside a trigger that make it an illness, no use of force ("a heart attack", "a panic attack")
CAUSE_MODIFIERS = ("heart", "panic", "asthma", "anxiety", "migraine", "allergic")
# objects of a killing verb that are no people ("culled 2,000 birds")
NON_HUMAN_OBJECTS = ("trees", "animals", "cattle", "livestock", "birds", "poultry", "chickens", "pigs", "cows",
                     "deer", "dogs", "herd", "flock", "ducks", "geese", "hens", "turkeys", "sheep", "horses",
                     "wolves", "bears", "mink")
# superlatives between a happening and a "since" expression after it: the time is a yardstick ("the attack
# was the largest since early July"), not the happening's own time
YARDSTICK_WORDS = ("largest", "biggest", "deadliest", "worst", "heaviest", "fiercest", "bloodiest", "most",
                   "first", "highest", "strongest", "longest", "major", "record")
# objects of "attack" that make it words, not force ("the senator attacked the president's plan"): one of
# these among the five tokens after the verb
VERBAL_OBJECTS = ("plan", "plans", "policy", "policies", "proposal", "proposals", "bill", "law", "laws", "reform",
                  "reforms", "decision", "decisions", "government", "opposition", "administration", "record",
                  "remarks", "comments", "critics", "media", "press", "rivals", "rival", "idea", "ideas",
                  "budget", "strategy", "stance", "leadership", "candidate", "party", "ruling", "report",
                  "statement", "claims", "agenda", "views", "handling", "approach", "credibility", "ball",
                  "deadline", "deadlines", "schedule", "costs", "estimates")
# determiners that point back: a noun of force after one refers to a happening told before ("these strikes");
# not "that", a complementizer as often ("said that attacks would go on")
DEMONSTRATIVES = ("this", "these", "those")

# words of a condition: a warning of a strike or a march on a condition is a threat ("warned it would call a general strike if the bill passed"),
# one that a strike goes on is none
CONDITION_WORDS = ("if", "unless", "otherwise")

# definite articles: after a verb of saying, a noun of force with one is a happening told before ("Iran condemned the strikes on Monday")
DEFINITE_ARTICLES = ("the",)

# nouns of a toll: a noun of force completing one (after one of TOLL_PREPOSITIONS) is the happening the toll is
# counted from, and the times of its sentence are the toll's ("The death toll from a missile strike on the
# building rose to 40 on Monday"); a number after one of TOLL_COUNT_LINKS, over TOLL_COUNT_MODIFIERS, with
# such a noun before it in its clause, is the count of the dead ("rose to at least 40", "stood at 44")
TOLL_HEADS = ("toll", "tolls")
TOLL_PREPOSITIONS = ("from", "of", "in")
TOLL_COUNT_LINKS = ("to", "at")
TOLL_COUNT_MODIFIERS = ("at", "least", "more", "than", "nearly", "almost", "over", "about", "around", "some",
                        "roughly")

# nouns of those who march: a count before one (over one of CROWD_LINKS) in a protest's sentence is the size of
# its crowd ("tens of thousands of protesters", "About 10,000 people rallied"); MILLION_WORDS read after a
# number ("1.2 million people")
CROWD_NOUNS = ("protesters", "demonstrators", "people", "marchers", "participants", "supporters", "strikers",
               "opponents", "activists", "students", "workers", "residents", "farmers", "women", "men",
               # those who walk out
               "employees", "staff", "crew", "pilots", "nurses", "doctors", "teachers", "drivers", "miners",
               "dockers")
CROWD_LINKS = ("of",)
# the endings of a people's name in the plural, after its name in the singular (a crowd of "Georgians")
DEMONYM_PLURAL_ENDINGS = ("s",)
MILLION_WORDS = ("million", "millions")
# words after such a noun that make the count that of people arrested, not of the crowd (a word of harm does too:
# "eight people were killed")
CROWD_VETO_AFTER = ("arrested", "detained", "held", "rounded")
# counts with no noun as the subject of a protest ("Thousands rallied", "Tens of thousands march"): the lowest
# figure each covers
BARE_CROWD_COUNTS = {"dozens": 24, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
                     "hundreds of thousands": 200000}
# verbs of ruling out: a happening as their object under a negation is a possibility ("did not rule out
# sabotage"), not a denial
RULE_OUT_VERBS = ("rule out", "ruled out", "rules out", "ruling out", "exclude", "excluded", "excludes",
                  "excluding", "discount", "discounted")
# superlatives before a noun of force: what a happening is said to be ("making it the deadliest single attack on
# civilians in months"), no new one dated by its sentence
SUPERLATIVES = ("deadliest", "bloodiest", "worst", "heaviest", "largest", "biggest", "fiercest", "most")
SUPERLATIVES_AFTER = ()
# words before such a noun and its article that say what a happening is ("making it the deadliest", "was the
# worst")
PREDICATE_OPENERS = ("it", "was", "is", "be", "been", "became", "becomes", "remains", "remained")
