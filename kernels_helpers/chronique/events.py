"""Events: what happened, when, who did it to whom, and how many died.

    events = extract(text, toks, lang, timexes, claims, published)

Steps, reading only what earlier steps produced:

1. triggers: event words of the language's ``events`` resource (verbs in every
   generated form, nouns and phrases), each with its kind (kill, attack, strike,
   storm, protest, deploy, sanction, ceasefire: a ceasefire only where it is agreed,
   declared or in force);
2. mentions: the triggers of one sentence that share the same governing time
   expression (the nearest one in the same clause) form one mention, with its
   casualties, troop numbers, actor, target and modality;
3. speech acts: accusations, threats and denials among the claims become events
   of their speaker;
4. merging: mentions of the same happening across sentences (same family,
   compatible dates, counts and modality) become one event that keeps every
   mention, and the claims that assert it.

Every event has a kind, a rung on the escalation ladder (``chronique.ladder``),
its reference codes, a time with its provenance, and its source spans.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date as _date, timedelta as _timedelta
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from . import ladder
from .resources import module
from .timex.grammar import Vocabulary
from .tokens import Token, columns, strip_accents, unaccented as _unaccented

VIOLENT = {"kill", "wound", "attack", "strike", "storm", "storm_take"}
FORCE_KINDS = frozenset({"kill", "attack", "strike"})    # happenings a definite "the strike" may refer back to
CROWD_REACH = 30        # tokens either side of a protest's trigger searched for the size of its crowd
TOLL_REACH = 30         # tokens after a trigger over which the time right after its toll still dates it
FAMILY = {"kill": "violent", "wound": "violent", "attack": "violent", "strike": "violent",
          "storm": "violent", "storm_take": "violent", "protest": "protest", "deploy": "deploy",
          "sanction": "sanction", "ceasefire": "truce"}
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "-"})
_ENDS = frozenset({".", "!", "?"})
FACTUAL = {"asserted", "reported"}
_STRIKES = frozenset({"lethal strike", "air strike"})
WINDOW = 8
CRAFT_REACH = 6                 # tokens after a verb of killing where a craft is its object
# tokens of a sentence past which its counts are read from a table without the time expressions' numbers
# (``Extractor._free_counts``) instead of testing each number
FREE_COUNTS_FROM = 200
# a token's code (see ``_WordCodes``): the lists it may open, whether it is a violent word,
# and in the two high bits the strongest modality it marks
_TRIGGER, _PLACE, _MISSION, _TROOPS, _COUNT, _VIOLENT = 1, 2, 4, 8, 16, 32
_FUTURE, _HYPOTHETICAL, _NEGATION = 1 << 6, 2 << 6, 3 << 6
_MODAL = 3 << 6


def _flag_table(mask: int) -> bytes:
    """For ``bytes.translate``: a code -> 1 if it has a bit of ``mask``, else 0."""
    return bytes(1 if v & mask else 0 for v in range(256))


def _without(mask: int) -> bytes:
    """For ``bytes.translate(None, ...)``: the codes with no bit of ``mask`` (deleted)."""
    return bytes(v for v in range(256) if not v & mask)


_FLAGS = {mask: _flag_table(mask) for mask in (_TRIGGER, _PLACE, _MISSION, _TROOPS, _COUNT)}
_NOT_VIOLENT, _NOT_MODAL = _without(_VIOLENT), _without(_MODAL)
# a token's sentence and paragraph, as bisection keys (a ``Token`` is a named tuple: its fields read
# faster by position than by name)
_SENT, _PARA = itemgetter(Token._fields.index("sent")), itemgetter(Token._fields.index("para"))
_FIRST = itemgetter(0)
_MISSING = object()
_RUNS = tuple(b"\x01" * k for k in range(31))     # for marking a run of tokens in a ``bytearray``


class Lexicon:
    def __init__(self, lang: str):
        ev = module(lang, "events")
        ent = module(lang, "entities")
        tmp = module(lang, "temporal")
        self.lang = lang
        self.ev = ev
        triggers = {}
        # a verb's form spelt as a noun of people is that noun (« manifestant »: a protester, no protest)
        persons = {w.lower() for w in ev.PERSON_WORDS}
        for lemma, kind in ev.VERBS.items():
            for form in ev.forms(lemma):
                if form.lower() not in persons:
                    triggers.setdefault(form, (kind, True))
        # verbs that tell force only beside a place, a weapon, troops or a military target (see
        # ``Extractor._force_around``)
        # (of which some tell force only after a weapon or an army: "a missile slammed into a building", not
        # "Moscow slammed the decision")
        # and verbs that tell a protest only with a crowd as their subject, among the words before them
        # ("farmers blocked roads", « des agriculteurs bloquaient plusieurs axes »; not "the Senate blocked
        # the bill")
        self.conditional, self.armed_only, self.crowd_only = set(), set(), set()
        for name, kept in (("CONDITIONAL_VERBS", (self.conditional,)),
                           ("ARMED_CONDITIONAL_VERBS", (self.conditional, self.armed_only)),
                           ("CROWD_CONDITIONAL_VERBS", (self.crowd_only,))):
            for lemma, kind in getattr(ev, name, {}).items():
                for form in ev.forms(lemma):
                    if form not in triggers:
                        triggers[form] = (kind, True)
                        for forms in kept:
                            forms.add(form)
        # (some of them only with a crowd of protesters: CROWD_VERB_SUBJECTS, "protesters occupied the palace";
        # not "women occupy a third of the seats")
        self.crowd_subjects = {form: frozenset(strip_accents(w.lower()) for w in nouns)
                               for lemma, nouns in getattr(ev, "CROWD_VERB_SUBJECTS", {}).items()
                               for form in ev.forms(lemma)}
        self.crowd_subject_gap = frozenset(w.lower() for w in getattr(ev, "CROWD_SUBJECT_GAP", ()))
        self.employee_nouns = frozenset(w.lower() for w in getattr(ev, "EMPLOYEE_NOUNS", ()))
        self.crowd_verb_blockers = frozenset(w.lower() for w in getattr(ev, "CROWD_VERB_BLOCKERS", ()))
        self.adjectival_participles = tuple(getattr(ev, "ADJECTIVAL_PARTICIPLE_ENDINGS", ()))
        self.military_subjects = frozenset(strip_accents(w.lower()) for w in getattr(ev, "MILITARY_SUBJECTS", ()))
        self.strike_objects = frozenset(strip_accents(w.lower()) for w in getattr(ev, "STRIKE_OBJECTS", ()))
        self.strike_veto = frozenset(strip_accents(w.lower()) for w in getattr(ev, "STRIKE_VETO_AFTER", ()))
        self.conditional -= set(ev.PHRASES)     # ("strikes", "frappe": nouns, triggers as they are)
        for phrase, kind in ev.PHRASES.items():
            # phrases of more than one word are verbal ("pris d'assaut", "took the")
            triggers[phrase] = (kind, kind.startswith("storm") and " " in phrase)
        # nouns of violence that make an event only with its toll ("clashes left six dead", « des heurts
        # ont fait trois blessés »; "clashes over the budget" none)
        self.toll_nouns = frozenset(w.lower() for w in getattr(ev, "TOLL_NOUNS", ()))
        for noun in self.toll_nouns:
            triggers.setdefault(noun, ("attack", False))
        # weapons launched ("launched 40 drones"): a strike, told by the launching verb before them
        self.weapons = {strip_accents(w.lower()) for w in getattr(ev, "WEAPONS", ())}
        for phrase in getattr(ev, "WEAPONS", ()):
            triggers.setdefault(phrase, ("strike", True))
        self.launch_verbs = {w.lower() for w in getattr(ev, "LAUNCH_VERBS", ())}
        # harm that is no use of force (see ``Extractor._harm_without_force``)
        # (accents kept: « incendié », a verb, is no « incendie »)
        self.harm_causes = frozenset(w.lower() for w in getattr(ev, "HARM_CAUSES", ()))
        self.force_words = frozenset(w.lower() for w in getattr(ev, "FORCE_WORDS", ())) \
            | {w.lower() for w in getattr(ev, "WEAPONS", ())}
        self.force_triggers = frozenset(w.lower() for w in getattr(ev, "FORCE_TRIGGERS", ()))
        self.cause_modifiers = frozenset(w.lower() for w in getattr(ev, "CAUSE_MODIFIERS", ()))
        self.subject_stops = frozenset(w.lower() for w in getattr(ev, "TARGET_PREPOSITIONS", ())) \
            | {w.lower() for w in ev.LOCATIVE} | {w.lower() for w in getattr(ev, "SITE_PREPOSITIONS", ())}
        self.non_human = frozenset(w.lower() for w in getattr(ev, "NON_HUMAN_OBJECTS", ()))
        self.threat_words = frozenset(w.lower() for w in getattr(ev, "THREAT_WORDS", ())) | self.force_words
        self.condition_words = frozenset(w.lower() for w in getattr(ev, "CONDITION_WORDS", ()))
        self.force_before_cause = {w.lower(): frozenset(x.lower() for x in before)
                                   for w, before in getattr(ev, "FORCE_BEFORE_CAUSE", {}).items()}
        self.yardstick = frozenset(w.lower() for w in getattr(ev, "YARDSTICK_WORDS", ()))
        self.verbal_objects = frozenset(w.lower() for w in getattr(ev, "VERBAL_OBJECTS", ()))
        self.demonstratives = frozenset(w.lower() for w in getattr(ev, "DEMONSTRATIVES", ()))
        self.definite_articles = frozenset(w.lower() for w in getattr(ev, "DEFINITE_ARTICLES", ()))
        self.launch_count = {w.lower() for w in getattr(ev, "LAUNCH_COUNT_WORDS", ())}
        self.burst_modifiers = frozenset(w.lower() for w in getattr(ev, "LAUNCH_BURST_MODIFIERS", ()))
        self.since_words = frozenset(w.lower() for w in getattr(ev, "SINCE_WORDS", ()))
        self.triggers = Vocabulary(triggers)
        self.diplomatic = Vocabulary({p: True for p in ev.DIPLOMATIC})
        # (a unit, « une division », "two brigades", names troops but counts no soldiers: False)
        self.troops = Vocabulary({**{p: False for p in getattr(ev, "TROOP_UNITS", ())}, **{p: True for p in ev.TROOPS}})
        self.violent = {strip_accents(w.lower()) for w in ev.VIOLENT}
        self.dead = {strip_accents(w.lower()) for w in ev.DEAD_NOUNS}
        self.wounded = {strip_accents(w.lower()) for w in ev.WOUNDED_NOUNS}
        # the words of harm to people that a negation may deny alone ("Nobody was hurt in the attack"): the
        # dead, the wounded and ``HARM_WORDS``
        self.harm = self.dead | self.wounded | {strip_accents(w.lower()) for w in getattr(ev, "HARM_WORDS", ())}
        self.one = {w.lower() for w in ev.ONE}
        self.persons = {strip_accents(w.lower()) for w in ev.PERSON_WORDS}
        self.adverb_endings = tuple(getattr(ev, "ADVERB_ENDINGS", ()))   # (none: str.endswith(()) is False)
        self.participle_clause_endings = tuple(getattr(ev, "PARTICIPLE_CLAUSE_ENDINGS", ()))
        self.phase_heads = frozenset(w.lower() for w in getattr(ev, "PHASE_HEADS", ()))
        self.referring_heads = frozenset(w.lower() for w in getattr(ev, "REFERRING_HEADS", ()))
        self.toll_heads = frozenset(w.lower() for w in getattr(ev, "TOLL_HEADS", ()))
        self.rule_out = frozenset(w.lower() for w in getattr(ev, "RULE_OUT_VERBS", ()))
        self.rule_out_first = frozenset(w.split()[0] for w in self.rule_out)
        self.superlatives = frozenset(w.lower() for w in getattr(ev, "SUPERLATIVES", ()))
        self.superlatives_after = frozenset(w.lower() for w in getattr(ev, "SUPERLATIVES_AFTER", ()))
        self.superlatives_after_first = frozenset(w.split()[0] for w in self.superlatives_after)
        self.predicate_openers = frozenset(w.lower() for w in getattr(ev, "PREDICATE_OPENERS", ()))
        self.crowd_nouns = frozenset(strip_accents(w.lower()) for w in getattr(ev, "CROWD_NOUNS", ()))
        self.crowd_links = frozenset(w.lower() for w in getattr(ev, "CROWD_LINKS", ()))
        self.crowd_veto = frozenset(w.lower() for w in getattr(ev, "CROWD_VETO_AFTER", ()))
        self.demonym_plurals = tuple(getattr(ev, "DEMONYM_PLURAL_ENDINGS", ()))
        self.bare_crowd_counts = {k.lower(): v for k, v in getattr(ev, "BARE_CROWD_COUNTS", {}).items()}
        self.million_words = frozenset(w.lower() for w in getattr(ev, "MILLION_WORDS", ()))
        self.toll_prepositions = frozenset(w.lower() for w in getattr(ev, "TOLL_PREPOSITIONS", ()))
        self.toll_count_links = frozenset(w.lower() for w in getattr(ev, "TOLL_COUNT_LINKS", ()))
        self.toll_count_modifiers = frozenset(w.lower() for w in getattr(ev, "TOLL_COUNT_MODIFIERS", ()))
        self.complement_preps = frozenset(w.lower() for w in getattr(ev, "REFERRING_PREPOSITIONS", ()))
        self.fronted_time_preps = frozenset(w.lower() for w in getattr(ev, "FRONTED_TIME_PREPOSITIONS", ()))
        self.count_noun_breaks = frozenset(w.lower() for w in getattr(ev, "COUNT_NOUN_BREAKS", ()))
        self.passive_words = {w.lower() for w in getattr(ev, "PASSIVE_WORDS", ())}
        self.passive_aux = frozenset(w.lower() for w in getattr(ev, "PASSIVE_AUXILIARIES", ()))
        self.agent_markers = frozenset(w.lower() for w in getattr(ev, "AGENT_MARKERS", ()))
        self.active_endings = tuple(w.lower() for w in getattr(ev, "ACTIVE_ENDINGS", ()))
        self.labor_strikes = {w.lower() for w in getattr(ev, "LABOUR_STRIKE_WORDS", ())}
        self.noun_determiners = {w.lower() for w in getattr(ev, "NOUN_DETERMINERS", ())}
        self.verb_before = {w.lower() for w in getattr(ev, "VERB_BEFORE", ())}
        self.light_verbs = {w.lower() for w in getattr(ev, "LIGHT_VERBS", ())}
        self.sequence_words = {w.lower() for w in getattr(ev, "SEQUENCE_WORDS", ())}
        # verbs of stopping: negated, the happening goes on ("the shelling has not stopped", « les tirs
        # n'ont pas cessé »)
        self.stop_words = frozenset(strip_accents(w.lower()) for w in getattr(ev, "STOP_WORDS", ()))
        self.sequence_directions = {w.lower(): d for w, d in getattr(ev, "SEQUENCE_DIRECTIONS", {}).items()}
        self.sequence_days = {w.lower(): d for w, d in getattr(ev, "SEQUENCE_DAYS", {}).items()}
        self.relatives = frozenset(w.lower() for w in getattr(ev, "RELATIVES", ()))
        # words that open another noun between a trigger and a relative clause: its prepositions
        self.qualifier_stops = frozenset(w.lower() for name in (
            "REFERRING_PREPOSITIONS", "TIME_PREPOSITIONS", "TARGET_PREPOSITIONS", "SITE_PREPOSITIONS",
            "SPAN_PREPOSITIONS", "PLACE_LINKS", "AGENT_MARKERS") for w in getattr(ev, name, ()))
        self.age_adjective_ends = frozenset(w.lower() for w in getattr(ev, "AGE_ADJECTIVE_ENDS", ()))
        self.subject_relatives = frozenset(w.lower() for w in getattr(ev, "SUBJECT_RELATIVES", ()))
        self.count_asides = frozenset(w.lower() for w in getattr(ev, "COUNT_ASIDES", ()))
        self.participle_endings = tuple(getattr(ev, "PARTICIPLE_ENDINGS", ()))
        self.participles = frozenset(w.lower() for w in getattr(ev, "PARTICIPLES", ()))
        self.bare_participle_victims = bool(getattr(ev, "BARE_PARTICIPLE_NAMES_VICTIMS", False))
        self.time_prepositions = frozenset(w.lower() for w in getattr(ev, "TIME_PREPOSITIONS", ()))
        # (of "fend off", the verb: "fended")
        self.repelling = _all_forms(ev, (lemma.split()[0] for lemma in getattr(ev, "REPELLING_VERBS", ())))
        self.place_links = frozenset(w.lower() for w in getattr(ev, "PLACE_LINKS", ()))
        self.complementizers = frozenset(w.lower() for w in getattr(ev, "COMPLEMENTIZERS", ()))
        self.subject_pronouns = frozenset(w.lower() for w in getattr(ev, "SUBJECT_PRONOUNS", ()))
        self.labor_before = {w.lower() for w in getattr(ev, "LABOUR_STRIKE_BEFORE", ())}
        self.labor_after = {w.lower() for w in getattr(ev, "LABOUR_STRIKE_AFTER", ())}
        self.labor_protests = bool(getattr(ev, "LABOUR_STRIKES_ARE_PROTESTS", False))
        self.labor_context = frozenset(w.lower() for w in getattr(ev, "LABOUR_CONTEXT", ()))
        self.protest_targets = frozenset(w.lower() for w in getattr(ev, "PROTEST_TARGET_WORDS", ()))
        self.count_joins = frozenset(w.lower() for w in getattr(ev, "COUNT_JOINS", ()))
        self.partitive_links = frozenset(w.lower() for w in getattr(ev, "PARTITIVE_LINKS", ()))
        self.partitive_dets = frozenset(w.lower() for w in getattr(ev, "PARTITIVE_DETERMINERS", ()))
        self.partitive_contractions = frozenset(w.lower() for w in getattr(ev, "PARTITIVE_CONTRACTIONS", ()))
        self.complaint_verbs = frozenset(w.lower() for w in getattr(ev, "COMPLAINT_VERBS", ()))
        self.reported_words = frozenset(w.lower() for w in getattr(ev, "REPORTED_WORDS", ()))
        self.tally_subjects = frozenset(w.lower() for w in getattr(ev, "TALLY_SUBJECTS", ()))
        self.tally_auxiliaries = frozenset(w.lower() for w in getattr(ev, "TALLY_AUXILIARIES", ()))
        # ordinal words before a noun of force counted in a series ("the ninth attack since October")
        self.ordinal_words = frozenset(w.lower() for w in getattr(ev, "SERIES_ORDINALS", ()))
        self.span_prepositions = frozenset(w.lower() for w in getattr(ev, "SPAN_PREPOSITIONS", ()))
        self.tally_cause_prepositions = frozenset(w.lower() for w in getattr(ev, "TALLY_CAUSE_PREPOSITIONS", ()))
        self.tally_cause_determiners = frozenset(w.lower() for w in getattr(ev, "TALLY_CAUSE_DETERMINERS", ()))
        self.tally_cause_endings = tuple(getattr(ev, "TALLY_CAUSE_ENDINGS", ()))
        self.generic_determiners = frozenset(w.lower() for w in getattr(ev, "GENERIC_DETERMINERS", ()))
        self.other_before = frozenset(w.lower() for w in getattr(ev, "OTHER_BEFORE", ()))
        self.other_after = frozenset(w.lower() for w in getattr(ev, "OTHER_AFTER", ()))
        self.trigger_veto_before = {w.lower(): frozenset(x.lower() for x in before)
                                    for w, before in getattr(ev, "TRIGGER_VETO_BEFORE", {}).items()}
        self.trigger_compounds = {w.lower(): frozenset(x.lower() for x in after)
                                  for w, after in getattr(ev, "TRIGGER_COMPOUNDS", {}).items()}
        self.age_words = {w.lower() for w in getattr(ev, "AGE_WORDS", ())}
        self.not_victims = {w.lower() for w in getattr(ev, "NOT_VICTIMS", ())}
        self.craft = frozenset(w.lower() for w in getattr(ev, "CRAFT", ()))
        # what makes a ceasefire named a happening: a verb of agreeing or declaring it, in any form,
        # or a word of its taking effect; what makes it one asked for or broken instead
        self.truce_words = _all_forms(ev, getattr(ev, "TRUCE_VERBS", ())) | {
            strip_accents(w.lower()) for w in getattr(ev, "TRUCE_WORDS", ())}
        self.truce_blockers = frozenset(strip_accents(w.lower()) for w in getattr(ev, "TRUCE_BLOCKERS", ()))
        self.future = {strip_accents(w.lower()) for w in ev.FUTURE}
        self.negation = {strip_accents(w.lower()) for w in ev.NEGATION}
        # verbs of denial whose object is the happening: it is told as denied
        self.denial_verbs = frozenset(w.lower() for w in getattr(ev, "DENIAL_VERBS", ()))
        # an elided negation written with a capital and an apostrophe, which may open a name instead
        # ("N'Djamena" beside « n'a pas »): the texts in which ``Extractor`` looks for such names
        self.capital_elisions = tuple(w.upper() + mark for w in self.negation if len(w) == 1 for mark in ("'", "’"))
        self.hypo_endings = tuple(ev.HYPOTHETICAL_ENDINGS)
        self.faction_prefixes = {w.lower() for w in ev.FACTION_PREFIXES}
        self.faction_name = ev.FACTION_NAME
        self.locative = {w.lower() for w in ev.LOCATIVE}
        self.opening_locative = frozenset(w.lower() for w in getattr(ev, "OPENING_LOCATIVE", ()))
        self.doer_claims = frozenset(getattr(ev, "DOER_CLAIM_LEMMAS", ()))
        self.doer_nouns = frozenset(w.lower() for w in getattr(ev, "DOER_NOUNS", ()))
        self.doer_members = frozenset(w.lower() for w in getattr(ev, "DOER_MEMBERS", ()))
        self.doer_stops = frozenset(w.lower() for w in getattr(ev, "DOER_STOPS", ()))
        self.target_prepositions = frozenset(w.lower() for w in getattr(ev, "TARGET_PREPOSITIONS", ()))
        # the words linking a noun of force to its complement (« l'attaque du Hamas »)
        self.genitive_links = frozenset(w.lower() for w in getattr(ev, "GENITIVE_LINKS", ()))
        self.object_stops = frozenset(w.lower() for w in getattr(ev, "OBJECT_STOPS", ()))
        self.accusation_links = frozenset(w.lower() for w in getattr(ev, "ACCUSATION_LINKS", ()))
        self.accusation_verb_endings = tuple(getattr(ev, "ACCUSATION_VERB_ENDINGS", ()))
        self.civilian_nouns = frozenset(w.lower() for w in getattr(ev, "CIVILIAN_NOUNS", ()))
        self.demonym_nouns_capitalised = bool(getattr(ev, "DEMONYM_NOUNS_CAPITALISED", False))
        self.site_prepositions = frozenset(w.lower() for w in getattr(ev, "SITE_PREPOSITIONS", ()))
        self.hypo_words = {strip_accents(w.lower()) for w in ev.HYPOTHETICAL_WORDS}
        self.attempt_words = frozenset(w.lower() for w in getattr(ev, "ATTEMPT_WORDS", ()))
        self.demand_verbs = frozenset(w.lower() for w in getattr(ev, "DEMAND_VERBS", ()))
        self.result_endings = tuple(w.lower() for w in getattr(ev, "RESULT_PARTICIPLE_ENDINGS", ()))
        self.complaint_stems = tuple(w.lower() for w in getattr(ev, "COMPLAINT_VERB_STEMS", ()))
        speech = module(lang, "speech")
        # abbreviations opening a name, whose full stop is the name's ("St. Bride's Hospital")
        self.name_abbreviations = frozenset(w.lower().rstrip(".") for w in getattr(speech, "NAME_ABBREVIATIONS", ()))
        # the possessive's tokens ("Russia" "'" "s"), where the language has one
        self.possessive_clitic = tuple(w.lower() for w in getattr(speech, "POSSESSIVE_CLITIC", ()))
        self.attempt_marks = frozenset(w.lower() for w in getattr(ev, "ATTEMPT_MARKS", ()))
        self.numbers = Vocabulary({**{k: v for k, v in tmp.NUMBER_WORDS.items()
                                      if k not in ev.ONE and isinstance(v, int)},
                                   **{k: Approximate(*v) for k, v in getattr(ev, "APPROXIMATE_COUNTS", {}).items()}})
        places = {}
        groups = set()                  # the names of the gazetteer's organisations (not states): « le Hamas »
        # the gazetteer's names of a state or an institution in the singular, lower-cased without blanks
        # ("beijing", "lafrance", "l'élysée"): as the subject of "protested", a complaint, not a crowd
        singular = set()
        for phrase, value in ent.GAZETTEER.items():
            if not isinstance(value, tuple):
                places[phrase] = value
                continue
            places[phrase] = value[0]
            kind = value[1] if len(value) > 1 else None
            if kind == "organization":
                groups.add(value[0])
            if kind in ("government", "organization") and len(value) > 2 and value[2] == "s":
                singular.add(phrase.lower().replace(" ", ""))
        self.group_names = frozenset(groups)
        # the states of the gazetteer (its names of a government): the states an event's sentences name
        self.states = frozenset(v[0] for v in ent.GAZETTEER.values()
                                if isinstance(v, tuple) and len(v) > 1 and v[1] == "government")
        self.singular_states = frozenset(singular)
        # the gazetteer's capitals: the town where a thing happened after a word of place ("in Kabul")
        self.capitals = frozenset(getattr(ent, "CAPITALS", ()))
        # a town's name compared across languages (« Bagdad » is "Baghdad"), and the regions, wider than a
        # town ("the Middle East", « le Golfe »): no town
        self.town_names = dict(getattr(ent, "TOWN_NAMES", {}))
        self.regions = frozenset(getattr(ent, "REGIONS", ()))
        self.subject_adverbs = frozenset(w.lower() for w in getattr(ev, "SUBJECT_ADVERBS", ()))
        for word, country in getattr(ent, "DEMONYMS", {}).items():
            places.setdefault(word, country)
        self.places = Vocabulary(places)
        # the words of one-word entries that open no longer one: their phrase is a lookup
        self.trigger_words = _one_word(self.triggers)
        # the words of sanctions: a verb that tells a strike only beside force, after one, aims the sanctions
        self.sanction_words = frozenset(w for w, v in self.trigger_words.items() if v[0] == "sanction" and not v[1])
        self.instrument_links = frozenset(w.lower() for w in getattr(ev, "INSTRUMENT_LINKS", ()))
        # the words that may open a trigger naming a weapon (its first word, unaccented, opens one of
        # ``weapons``): any other trigger is no weapon, with no phrase to join and compare
        heads = {w.split(" ")[0] for w in self.weapons}
        self.weapon_openers = frozenset(w for w in self.triggers.first
                                        if strip_accents(w).split(" ")[0] in heads)
        self.place_words = _one_word(self.places)
        self.diplomatic_words = _one_word(self.diplomatic)
        self.troops_words = _one_word(self.troops)
        # the second words of the phrases opened by a word that is no place on its own
        # ("the", "la"): any other next word rules a place out at once
        self.place_seconds = _seconds(self.places)
        # any word that opens a phrase of a list, or is a marker word (see ``_WordBits``)
        self.openers = self.triggers.first | self.places.first | self.diplomatic.first \
            | self.troops.first | self.numbers.first
        self.markers = self.violent | self.negation | self.hypo_words | self.future
        self.codes = _WordCodes(self)


class _WordCodes(dict):
    """Word -> its code, a byte: the bits of the lists the word may open (``_TRIGGER``,
    ``_PLACE``, ``_MISSION``, ``_TROOPS``, ``_COUNT``: digits or a number word), whether it is
    a violent word (``_VIOLENT``), and the strongest modality it marks (``_NEGATION`` over
    ``_HYPOTHETICAL`` over ``_FUTURE``, in the bits of ``_MODAL``).  Worked out on first sight
    of each word.

    A document's codes are one ``bytes`` (``Extractor.codes``): the tokens of a list are found
    by ``translate`` and ``find``, in C."""

    def __init__(self, lex: "Lexicon"):
        super().__init__()
        self.lex = lex

    def __missing__(self, low: str) -> int:
        if len(self) >= 100_000:
            self.clear()
        lex = self.lex
        is_ascii = low.isascii()
        plain = low if is_ascii else _unaccented(low)     # ASCII has no accent to strip
        # (an ASCII word is decimal only if it starts with a character up to "9"; the language
        # may have no ending of the conditional)
        if low not in lex.openers and plain not in lex.markers \
                and not ((low[0] <= "9" or not is_ascii) and low.isdecimal()) \
                and not (lex.hypo_endings and len(plain) > 5 and plain.endswith(lex.hypo_endings)):
            bits = 0        # most words open no list and mark nothing
        else:
            bits = (low in lex.triggers.first) | (low in lex.places.first) << 1 \
                | (low in lex.diplomatic.first) << 2 | (low in lex.troops.first) << 3 \
                | (low.isdecimal() or low in lex.numbers.first) << 4 | (plain in lex.violent) << 5
            if plain in lex.negation:
                bits |= _NEGATION
            elif plain in lex.hypo_words or (len(plain) > 5 and plain.endswith(lex.hypo_endings)):
                bits |= _HYPOTHETICAL
            elif plain in lex.future:
                bits |= _FUTURE
        self[low] = bits
        return bits


_APOSTROPHES = frozenset(("'", "’"))
_CLOSING_MARKS = _ENDS | {";", "…"}   # what may close a sentence's last clause

_CROWD_CLAUSE_ENDS = frozenset((".", ";", ":", ",", "«", "»", '"', "“", "”"))


def _harm_reach(triggers: list, lo: int, hi: int) -> tuple[int, int]:
    """The tokens of the sentence [lo, hi) read around a mention's triggers for the cause of a harm: at
    most ``HARM_REACH`` each side (a sentence of thousands of triggers stays linear).  (The triggers of a
    mention are in text order and do not overlap: the first opens first, the last ends last.)"""
    a, b = triggers[0][0] - HARM_REACH, triggers[-1][1] + HARM_REACH
    return (lo if lo > a else a), (hi if hi < b else b)


def _all_forms(ev, lemmas) -> frozenset:
    """Every inflected form of the verb ``lemmas`` (``ev.forms``), lower-case and unaccented."""
    return frozenset(strip_accents(form.lower()) for lemma in lemmas for form in ev.forms(lemma))


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang)


# the kinds of trigger that tell a harm done to people, which a negation may deny alone
_HARM_KINDS = frozenset({"kill", "wound"})

# kinds of two mentions of one happening that make it a lethal strike
_LETHAL_STRIKE_PAIRS = ({"air strike", "lethal attack"}, {"lethal strike", "lethal attack"})


# days before the publication after which a dated happening is background, never one with an undated
# mention of the news
BACKGROUND_DAYS = 30
# days before the publication after which a dated happening the story counts from ("three weeks after
# ... on Aug. 6") is never one with an undated mention of another sentence
PRIOR_DAYS = 7


class Approximate(int):
    """A count told approximately ("dozens of", « une vingtaine de »): its round figure, with the lowest
    and the highest figures it covers (``low``, ``high``)."""

    def __new__(cls, figure: int, low: int, high: int):
        self = super().__new__(cls, figure)
        self.low, self.high = low, high
        return self

    def __reduce__(self):
        return Approximate, (int(self), self.low, self.high)


def _one_count(a: int, b: int) -> bool:
    """Whether two counts of the dead may tell the same toll: equal, or one approximate covering the
    other ("dozens of people" and "at least 40")."""
    return (a == b or isinstance(a, Approximate) and a.low <= b <= a.high
            or isinstance(b, Approximate) and b.low <= a <= b.high)


def _days_before(day: str, n: int) -> str:
    """The ISO day ``n`` days before ISO day ``day``."""
    return (_date.fromisoformat(day) - _timedelta(days=n)).isoformat()


def _number_at(toks: list[Token], lows: list[str], j: int, lex: Lexicon) -> tuple[int, int] | None:
    """A count starting at token j ("25", "4 000", "4,000", "vingt-cinq"): (value, end) (``lows``: the
    tokens' ``low`` keys)."""
    if j >= len(toks):
        return None
    t = toks[j]
    if t.digit:
        p = toks[j - 1] if j else None
        if p is not None and p.end == t.start and (p.text[-1:].isalpha() or p.text == "-" and j > 1
                                                   and toks[j - 2].end == p.start and toks[j - 2].text[-1:].isalpha()):
            return None                 # "M23 rebels", "COVID-19 patients", "F-16 jets": a name's digits
        value, k = int(t.low), j + 1
        while k + 1 < len(toks) + 1 and k < len(toks):
            nxt = toks[k]
            if nxt.digit and len(nxt.low) == 3 and nxt.start - toks[k - 1].end == 1:
                value, k = value * 1000 + int(nxt.low), k + 1     # "4 000"
            elif nxt.low in (",", ".") and k + 1 < len(toks) and toks[k + 1].digit \
                    and len(toks[k + 1].low) == 3 and toks[k + 1].start == nxt.end:
                value, k = value * 1000 + int(toks[k + 1].low), k + 2   # "4,000"
            else:
                break
        return value, k
    hit = lex.numbers.longest(lows, j)     # (the longest number phrase)
    return None if hit is None else (hit[1], hit[0])


class Extractor:
    def __init__(self, text: str, toks: list[Token], lang: str, timexes, claims, published):
        self.text, self.toks, self.lang = text, toks, lang
        self.lex = lexicon(lang)
        self.timexes = timexes
        self.claims = claims
        self.published = published
        pv = getattr(published, "value", published)
        self.pub_day = pv[:10] if isinstance(pv, str) and len(pv) >= 10 else None   # (a known day only)
        try:
            self.background_day = _days_before(self.pub_day, BACKGROUND_DAYS) if self.pub_day else None
        except (ValueError, OverflowError):
            self.background_day = None      # (no day 30 days before "0001-01-01")
        try:
            self.prior_day = _days_before(self.pub_day, PRIOR_DAYS) if self.pub_day else None
        except (ValueError, OverflowError):
            self.prior_day = None
        self.lows, self.starts = columns(toks)
        self._lede: bool | None = None      # (``_lede_harm``)
        lows = self.lows
        lex = self.lex
        # the tokens that may open a trigger, a place, a mission, troops or a count, or that
        # are violent words or mark a modality: one character per token (see ``_WordCodes``)
        self.codes = codes = bytes(map(lex.codes.__getitem__, lows))
        n = len(lows)
        if any(mark in text for mark in lex.capital_elisions):
            codes = self.codes = self._names_not_negations(toks, codes)
        self.trigger_pos = _ones(codes.translate(_FLAGS[_TRIGGER]), 0, n)
        # where each word list has a phrase: sorted token positions, and position -> (end, value)
        self.diplomatic_at = _hits(lex.diplomatic, lex.diplomatic_words, lows,
                                   _ones(codes.translate(_FLAGS[_MISSION]), 0, n))
        self.troops_at = _hits(lex.troops, lex.troops_words, lows,
                               _ones(codes.translate(_FLAGS[_TROOPS]), 0, n))
        # the tokens that may open a place or a count (1, else 0), read in the sentences of
        # mentions only
        self.place_flags = codes.translate(_FLAGS[_PLACE])
        self.count_flags = codes.translate(_FLAGS[_COUNT])
        self.free_counts: bytes | None = None    # the same outside time expressions (``_free_counts``)
        self.number_memo: dict[int, tuple | None] = {}
        self.tolls_memo: dict[int, tuple] = {}  # sentence's first token -> (its end, its tolls)
        self.headings: dict[int, bool] = {}     # paragraph -> is it a heading (see ``_heading``)
        self.sentences: dict[int, tuple] = {}   # sentence -> its token bounds
        self.sentence_starts: dict[int, int] = {}   # sentence -> its first token, when known
        self.troops_memo: dict[tuple, tuple] = {}
        self.places_memo: dict[tuple, list] = {}
        self.article_country = _MISSING          # (see ``_article_country``)
        self.factions: set[str] = set()          # the faction names read (see ``_read_places``)
        self.told: list[dict] = []                # the mentions made so far (see ``mentions``)
        self.trigger_toks: list[int] = []         # where the triggers open (see ``mentions``)
        self.trigger_kinds: list[str] = []        # and their kinds
        # time expressions as token spans, and claims' content and cue spans
        # (an end is looked for from its start on)
        starts = self.starts
        self.tx = tx = []
        for t in timexes:
            a = bisect_left(starts, t.start)
            b = bisect_left(starts, t.end, a)
            if a < b:
                tx.append((a, b, t))
        tx.sort(key=_FIRST)
        self.tx_starts = list(map(_FIRST, tx))
        self.timex_by_id = {t.id: t for t in timexes}
        # the time expressions of each sentence, in text order
        self.tx_of_sentence: dict[int, list] = {}
        self.unread: int | None = None              # where reading stopped (``MAX_TRIGGERS``)
        for x in tx:
            self.tx_of_sentence.setdefault(toks[x[0]].sent, []).append(x)
        self.claim_spans = spans = []
        self.said_dated: set[int] = set()           # triggers in reported words dated by the saying only
        # the tokens of claims' cues: 1, else 0, one byte per token (a range is tested by ``find``)
        self.cue_mask = cues = bytearray(n)
        for c in claims:
            content, cue = c["content"], c["cue"]
            a = bisect_left(starts, content["start"])
            spans.append((a, bisect_left(starts, content["end"], a), c))
            ca = bisect_left(starts, cue["start"])
            # the first 20 tokens of the cue
            cb = bisect_left(starts, cue["end"], ca, n if n < ca + 20 else ca + 20)
            cues[ca:cb] = _RUNS[cb - ca]
        spans.sort(key=_FIRST)
        self.claim_starts = list(map(_FIRST, spans))
        self.claim_max = max([b - a for a, b, _ in spans], default=0)

    # ---------------------------------------------------------------- triggers
    def _heading(self, k: int) -> bool:
        """A one-line heading ("Sit-in", "Téhéran nie"): a short paragraph with no full stop
        (worked out once per paragraph)."""
        toks = self.toks
        para = toks[k].para
        got = self.headings.get(para)
        if got is None and ((k >= 8 and toks[k - 8].para == para)
                            or (k + 8 < len(toks) and toks[k + 8].para == para)):
            got = self.headings[para] = False       # nine words or more
        elif got is None:
            # paragraph numbers never decrease along the tokens: its bounds near k by bisection
            a = bisect_left(toks, para, max(0, k - 12), k, key=_PARA)
            b = bisect_right(toks, para, k, min(len(toks), k + 13), key=_PARA) - 1
            got = self.headings[para] = b - a < 8 and _ENDS.isdisjoint(self.lows[a:b + 1])
        return got

    def triggers(self) -> list[tuple[int, int, str, bool]]:
        lows, lex = self.lows, self.lex
        out = []
        self.force_found, self.force_read = False, 0     # (see ``_refers_to_force``)
        # the tokens of claims' cues and of time expressions ("March 31" is no march) open
        # no trigger: 1, else 0
        skip = bytearray(self.cue_mask)
        for a, b, _ in self.tx:
            c = b if b < a + 30 else a + 30
            skip[a:c] = _RUNS[c - a]
        i = 0
        longest = lex.triggers.longest
        words = lex.trigger_words
        for j in self.trigger_pos:        # only a word that opens a trigger phrase can start one
            if j < i:
                continue
            value = words.get(lows[j], _MISSING)
            if value is _MISSING:
                hit = longest(lows, j)
                if hit is None:
                    continue
                end, value = hit
            else:
                end = j + 1
            if skip[j] and skip[end - 1]:
                continue                # (a phrase reaching out of the expression is not inside it: « une
                                        # journée de mobilisation », where « une journée » is a duration)
            if end < len(lows) and lows[end] in lex.trigger_compounds.get(lows[j], ()):
                i = end
                continue                # "shell companies": a noun of another sense
            # (the word before, or before an elided preposition: « des fusils d'assaut »)
            if j > 0 and lex.trigger_veto_before and lows[j] in lex.trigger_veto_before and (
                    lows[j - 1] if j < 3 or lows[j - 1] not in _APOSTROPHES else lows[j - 3]) \
                    in lex.trigger_veto_before[lows[j]]:
                i = end
                continue                # "a charm offensive", "a diplomatic offensive": no force
            walkout = lows[j] in lex.labor_strikes and (j > 0 and lows[j - 1] in lex.labor_before
                                                        or self._labour_told(j))
            if walkout or lows[j] in lex.labor_strikes and end < len(lows) and lows[end] in lex.labor_after:
                if not (lex.labor_protests and walkout and not (end < len(lows) and lows[end] in lex.labor_after)):
                    i = end
                    continue            # "strike action", "a strike ballot": labour, no walkout told
                if not self._heading(j):
                    out.append((j, end, "protest", False))  # "a general strike", "went on strike": a
                i = end                                     # walkout, a protest
                continue
            kind, verb = value
            if kind == "protest" and not lex.complaint_verbs.isdisjoint(lows[j - 3 if j > 3 else 0:j]):
                i = end
                continue                # "lodged a strong protest with the envoy": a complaint, no crowd
            if j > 0 and self.toks[j - 1].sent == self.toks[j].sent and self.toks[j].text.istitle() \
                    and self.toks[j - 1].text[:1].isalnum():
                i = end
                continue                # « le Rassemblement national », "the March for Our Lives": a name
            if lex.crowd_only and (lows[j] if end == j + 1 else " ".join(lows[j:end])) in lex.crowd_only \
                    and not self._crowd_before(j):
                i = end
                continue                # "the Senate blocked the bill": no crowd, no protest
            if lex.conditional and lows[j] in lex.conditional and not self._force_around(j, end) \
                    and not self._refers_to_force(j, out):
                i = end
                continue                # "frappé par la crise", "hit a record": no force used
            if lows[j] in lex.weapon_openers and strip_accents(" ".join(lows[j:end])) in lex.weapons:
                if not self._launched(j):
                    i = end
                    continue            # "drones are cheap": a weapon named, no happening
                verb = True             # "fired a missile": the launch, a new happening
            elif j > 1 and lows[j - 1] in lex.noun_determiners and lows[j - 2] in lex.light_verbs or (
                    j > 0 and lows[j - 1] in lex.light_verbs):
                verb = True             # "could launch an attack", « a mené une attaque », "carried out air
                                        # strikes": a new happening
            elif verb and j > 0 and lows[j - 1] in lex.noun_determiners:
                verb = False            # "the strike", « l'attaque »: a noun, which may refer back
            elif not verb and j > 0 and lows[j - 1] in lex.verb_before:
                verb = True             # "Iran could attack Israel": a verb after a modal
            if not self._heading(j):
                out.append((j, end, kind, verb))
            i = end
        return out

    def _refers_to_force(self, j: int, found: list) -> bool:
        """Whether the word at token ``j``, which tells a strike only beside force, is a noun after a
        definite article ("the strike") in an article that has told a happening of force before it: it
        refers back to that happening ("A missile that killed 44 people ... The strike on Saturday
        destroyed a section of the block")."""
        if not (j > 0 and self.lows[j - 1] in self.lex.definite_articles):
            return False
        if not self.force_found:
            # (the triggers found so far are read once each: a text of thousands stays linear)
            self.force_found = any(t[2] in FORCE_KINDS for t in found[self.force_read:])
            self.force_read = len(found)
        return self.force_found

    def _labour_told(self, j: int) -> bool:
        """Whether the word of striking at token ``j`` is told among workers: a word of labour
        (``LABOUR_CONTEXT``: "unions", "strikers", "wages") within ten tokens of it in its sentence, and no
        armed party nor weapon there ("Unions will meet to call further strikes"; not "Israeli strikes
        killed 12, a union of health workers said")."""
        lex = self.lex
        if not lex.labor_context:
            return False
        lo, hi = self._sentence_bounds(j)
        near = self.lows[(lo if lo > j - 10 else j - 10):(hi if hi < j + 11 else j + 11)]
        if lex.labor_context.isdisjoint(near) or not lex.force_words.isdisjoint(near):
            return False
        if not (lex.dead.isdisjoint(near) and lex.wounded.isdisjoint(near)):
            return False                # victims: force ("strikes killed 12, a union said")
        return not any(p == j - 1 for p, _ in self._places(lo, hi))    # "Russian strikes": a doer's

    def _launched(self, j: int) -> bool:
        """Whether the weapon at token ``j`` follows a launching verb, its count between them ("launched
        40 drones", "fired at least a dozen missiles", « ont tiré des roquettes »)."""
        lows, lex = self.lows, self.lex
        k = j - 1
        while k >= 0 and k > j - 7 and (lows[k].isdigit() or lows[k] in lex.launch_count
                                        or lows[k] in lex.numbers.first
                                        or lows[k] in lex.burst_modifiers and lows[k + 1] in lex.launch_count
                                        and k + 1 < j - 1):
            k -= 1
        stop = k - 12
        if k >= 0 and self._in_timex(k):
            while k >= 0 and k > stop and self._in_timex(k):
                k -= 1                  # « ont tiré dimanche des missiles »: the date between
            if k >= 0 and lows[k] in lex.fronted_time_preps:
                k -= 1                  # and its preposition (« ont tiré dans la matinée une salve »)
        return k >= 0 and lows[k] in lex.launch_verbs

    def _crowd_before(self, j: int) -> bool:
        """Whether a noun of those who march (``CROWD_NOUNS``) stands among the eight tokens before the verb at
        token ``j``, in its clause, and the verb is active ("Farmers blocked roads"; not "protesters were
        blocked by police")."""
        lex, lows = self.lex, self.lows
        if j > 0 and (lows[j - 1] in lex.passive_aux or lows[j - 1] in lex.crowd_verb_blockers):
            return False                # "were blocked by police", "accused of blocking crossings"
        lo = self._sentence_bounds(j)[0]
        crowds = lex.crowd_subjects.get(lows[j])
        if crowds is not None:
            # a verb of those few crowds has one of them for its subject: right before it, or with only
            # auxiliaries, adverbs, a subject relative or a date between ("protesters were still occupying",
            # « les manifestants qui occupaient depuis samedi »; not "students in the occupied territories")
            k = j - 1
            while k >= lo and k > j - 12 and (lows[k] in lex.crowd_subject_gap or self._in_timex(k)):
                k -= 1
            return k >= lo and strip_accents(lows[k]) in crowds
        for k in range(j - 1, max(lo, j - 8) - 1, -1):
            w = lows[k]
            if w in _CROWD_CLAUSE_ENDS or w in lex.relatives:
                return False            # « la panne qui a bloqué 38 personnes »: another clause's subject
            if strip_accents(w) in lex.crowd_nouns:
                # (not after the agent's preposition: "accused by residents of blocking"; nor a participle
                # right after its noun, which describes it: « les personnes bloquées »)
                return not (k > lo and lows[k - 1] in lex.agent_markers
                            or k == j - 1 and lex.adjectival_participles and lows[j].endswith(lex.adjectival_participles))
        return False

    def _force_around(self, j: int, end: int) -> bool:
        """Whether the verb at tokens [j, end), one that tells a strike only beside force, has an army,
        troops or a weapon among the eight tokens before it ("Israeli jets struck Gaza"), or a place there
        and, among the five after it, a place, a weapon, a military target or a name right after the
        verb ("Israël a frappé des cibles", "Kyiv was hit by Russian missiles", "Israel struck Gaza");
        never with a ``STRIKE_VETO_AFTER`` word among those five ("struck a deal")."""
        lex, lows = self.lex, self.lows
        lo, hi = self._sentence_bounds(j)
        # (the tokens of a time expression right after the verb do not count: « ont frappé dans la nuit
        # de samedi à dimanche trois sites »)
        first = end
        if first + 1 < hi and not self._in_timex(first) and self._in_timex(first + 1) \
                and self.toks[first].text.isalpha() and self.toks[first].text.islower() and len(lows[first]) <= 4:
            first += 1                  # (its preposition: « dans la nuit de ... », "on Sunday")
        while first < hi and first < end + 13 and self._in_timex(first):
            first += 1
        if first == end + 1:
            first = end                 # (a preposition without its time expression)
        a, b = (lo if lo > j - 8 else j - 8), (hi if hi < first + 5 else first + 5)
        places = [p for p, _ in self._places(lo, hi) if a <= p < b]
        before = [strip_accents(w) for w in lows[a:j]]
        armed = not (lex.military_subjects.isdisjoint(before) and lex.weapons.isdisjoint(before)) \
            or self._armed_agent(first, hi)
        if not (armed or any(p < j for p in places)) or not armed and lows[j] in lex.armed_only:
            return False
        if not lex.sanction_words.isdisjoint(lows[j - 10 if j - 10 > lo else lo:j]):
            return False                # "adopted a package of sanctions against Russia on Monday, targeting 52
                                        # vessels": what sanctions aim at, no force
        after = [strip_accents(w) for w in lows[first:b]]
        w8 = lows[first:(hi if hi < first + 8 else first + 8)]
        if lex.instrument_links and not lex.instrument_links.isdisjoint(w8) and any(
                w in lex.instrument_links and not lex.strike_veto.isdisjoint(w8[k + 1:k + 4])
                for k, w in enumerate(w8)):
            return False                # "EU hits Russia's shadow fleet with new sanctions": its instrument
        if not lex.strike_veto.isdisjoint(after) and any(
                w in lex.strike_veto and (k + 1 >= len(after) or after[k + 1] not in lex.strike_objects)
                for k, w in enumerate(after)):
            # "hit China with tariffs", "hit a record high", "struck a deal", "struck oil" (but "hit an oil
            # refinery": a veto word naming the target's kind)
            return False
        if armed or any(end <= p for p in places) or not (
                lex.strike_objects.isdisjoint(after) and lex.weapons.isdisjoint(after)
                and lex.military_subjects.isdisjoint(after)):
            return True                 # "Israeli jets struck Gaza", "Israël a frappé des cibles"
        # a place before, and a name right after ("Israel struck Gaza", « Israël a frappé Rafah »)
        toks = self.toks
        return any(toks[k].text[:1].isupper() and toks[k].text.isalpha() and not self._in_timex(k)
                   for k in range(first, min(b, first + 2)))

    def _armed_agent(self, first: int, hi: int) -> bool:
        """Whether the verb whose next token is ``first`` is a passive whose agent is a weapon or an armed
        force: an ``AGENT_MARKERS`` word right after it (or after one more word), then a weapon or an army
        among the three tokens after that ("Ganja was also hit by rockets on Oct. 4", « a été frappée par
        des missiles »; not "was hit by inflation", "struck by a falling tree")."""
        lex, lows = self.lex, self.lows
        for k in range(first, min(hi, first + 2)):
            if lows[k] in lex.agent_markers:
                agent = [strip_accents(w) for w in lows[k + 1:min(hi, k + 4)]]
                return not (lex.weapons.isdisjoint(agent) and lex.military_subjects.isdisjoint(agent))
        return False

    def _sentence_bounds(self, k: int) -> tuple[int, int]:
        toks = self.toks
        sid = toks[k].sent
        got = self.sentences.get(sid)
        # the bounds are looked for within 120 tokens of k: those of a longer sentence depend on k
        if got is None or got[0] < k - 120 or got[1] > k + 121:
            # sentence numbers never decrease along the tokens: the sentence is found by bisection,
            # or its start is known as the end of the sentence before it, read whole
            n = len(toks)
            lo = k - 120 if k > 120 else 0
            a = self.sentence_starts.get(sid)
            if a is None:
                a = bisect_left(toks, sid, lo, k, key=_SENT)
            elif a < lo:
                a = lo
            b = bisect_right(toks, sid, k, n if n < k + 121 else k + 121, key=_SENT)
            got = (a, b)
            if (a > k - 120 or a == 0) and (b < k + 121 or b == n):
                self.sentences[sid] = got       # the whole sentence
                if b < n:
                    self.sentence_starts[toks[b].sent] = b
        return got

    @staticmethod
    def _near(hits: tuple, a: int, b: int) -> tuple[int, int] | None:
        """The first phrase of ``hits`` (see ``_hits``) starting in tokens [a, b): (start, end)."""
        pos, at = hits
        i = bisect_left(pos, a)
        if i < len(pos) and pos[i] < b:
            return pos[i], at[pos[i]][0]
        return None

    def _counted(self, s: int, lo: int) -> bool:
        """Whether a count ends right before the trigger at token ``s`` ("hundreds of strikes", "200 raids",
        « des centaines de frappes »)."""
        for j in range(max(lo, s - 4), s):
            n = self._number(j)
            if n is not None and n[1] == s:
                return True
        return False

    def _number(self, j: int):
        """``_number_at(j)``, worked out once per token."""
        got = self.number_memo.get(j, _MISSING)
        if got is _MISSING:
            got = self.number_memo[j] = _number_at(self.toks, self.lows, j, self.lex)
        return got

    def _result_participle(self, s: int, prev: int) -> bool:
        """Whether the trigger at token ``s`` is a present participle of harm right after a comma, the only
        clause break since token ``prev`` (``RESULT_PARTICIPLE_ENDINGS``: "..., killing 11", « ..., tuant »)."""
        lows, ends = self.lows, self.lex.result_endings
        return (bool(ends) and lows[s - 1] == "," and lows[s].endswith(ends)
                and all(w == "," or w not in CLAUSE_BREAKS for w in lows[prev:s]))

    def _attributive(self, s: int, e: int) -> bool:
        """Whether the one-word participle of harm at token ``s`` stands between a determiner and its noun
        ("the injured pilot", "a wounded soldier"): it describes someone, telling no happening ("the wounded
        were taken", "the attack wounded two" are told)."""
        lows, toks, lex = self.lows, self.toks, self.lex
        if (e != s + 1 or s == 0 or e >= len(lows) or lows[s - 1] not in lex.noun_determiners
                or lows[s - 1] in lex.subject_relatives or not lex.participle_endings
                or not lows[s].endswith(lex.participle_endings)):
            return False                # (a participle after an article: "a syndicate that killed 40 rhinos")
        t = toks[e].text
        return (t.isalpha() and t.islower() and lows[e] not in lex.passive_words and lows[e] not in lex.negation
                and lows[e] not in lex.count_noun_breaks and lows[e] not in lex.site_prepositions)

    def _attempted(self, s: int, lo: int) -> bool:
        """Whether a verb of trying governs the infinitive at token ``s`` ("tried to kill", « a tenté de
        tuer », « tenté d'assassiner »): ``ATTEMPT_WORDS``, then one of ``ATTEMPT_MARKS``."""
        lows, lex = self.lows, self.lex
        j = s - 1
        if j > lo and lows[j] in _APOSTROPHES:
            j -= 1
        return j > lo and lows[j] in lex.attempt_marks and lows[j - 1] in lex.attempt_words

    def _since_before(self, s: int, lo: int) -> bool:
        """Whether a time expression told as a span's start ("since Monday", « depuis lundi ») stands in
        the sentence of tokens from ``lo`` before the trigger at ``s`` (a fronted one, set off by a comma,
        governs no clause: ``_governing_timex`` passes it over; the last eight before the trigger are
        read, so that a sentence of thousands stays linear)."""
        tx = self.tx
        i = bisect_left(self.tx_starts, s)
        for a, _, t in tx[max(0, i - 8):i][::-1]:
            if a < lo:
                break
            if (t.range or {}).get("kind") == "since":
                return True
        return False

    def _target_follows(self, j: int) -> bool:
        """Whether a preposition of the target (« contre », « sur », "against") stands within the three
        tokens after the place named at token ``j`` (« de la Russie contre l'Ukraine »)."""
        pe = self._place_end(j)
        return not self.lex.target_prepositions.isdisjoint(self.lows[pe:pe + 3])

    def _fronted_since(self, s: int, lo: int) -> bool:
        """Whether the sentence from token ``lo`` opens on a word of "since", its phrase set off by a comma
        before the trigger at ``s`` (« Depuis le début de la guerre ouverte fin septembre, plus de 3.500
        personnes ont été tuées », "Since the war began, ..."): what follows is counted over that span."""
        lows = self.lows
        return lows[lo] in self.lex.since_words and "," in lows[lo + 1:s if s < lo + 30 else lo + 30]

    def _governing_timex(self, s: int, e: int):
        """The nearest time expression in the same clause (no comma in between)."""
        toks, lows = self.toks, self.lows
        sid = toks[s].sent
        same = self.tx_of_sentence.get(sid)
        if same is None:
            return None             # no time expression in the sentence
        best = None
        first, last = s - 40, e + 17       # (only those starting near the trigger)
        # reported words are a clause of their own: a time outside the words that hold the trigger
        # dates the saying, not the happening ("Officials said on Monday that three people were
        # killed in Kabul on Sunday": Sunday; with no time in the words, the claim's date stands)
        words = self._claim_span(s) if self.claim_spans else None
        # the noun of force a toll is counted from takes no time but its own relative clause's: the
        # sentence's are the toll's ("The death toll from a missile strike on the building rose to 40 on
        # Monday", « Le bilan de la frappe qui a touché samedi un immeuble est passé dimanche à 25 morts »)
        counted = self._toll_of(s)
        # a happening told after a sequence word (``_prior``) is counted from the clause before that word:
        # the nearest time there dates it only where it has none of its own
        seq = self._prior(s)
        counted_from = None
        near = same
        if len(same) > 8:
            # (a sentence of thousands of expressions stays linear: those near the trigger by bisection)
            starts = self.tx_starts
            near = [x for x in self.tx[bisect_left(starts, first):bisect_right(starts, last)]
                    if toks[x[0]].sent == sid]
        for a, b, t in near:
            if a < first or a > last:
                continue
            if b <= s:
                g, dist = b, s - b          # the gap between them: tokens [g, g + dist)
            elif a >= e:
                g, dist = e, a - e
            else:
                g = dist = 0
            tolled = dist > 12 and a >= e and dist <= TOLL_REACH and self._right_after_toll(a)
            if (dist > 16 and not tolled) or (best is not None and dist >= best[0]):
                continue            # too far, even across an aside, or no nearer than the best (but « Une
                                    # frappe sur une école abritant des déplacés à Gaza a fait au moins 28
                                    # morts jeudi »: the time of the toll it made)
            if t.type == "DURATION":
                continue            # "a six-month ceasefire", "a 48-hour sit-in": how long, not when
            if words is not None and (b <= words[0] or a >= words[1]):
                self.said_dated.add(s)
                continue            # the time of the saying (which still dates the words: ``_time_of``)
            if t.value == "PRESENT_REF" and t.type == "DATE" and dist > 3:
                continue
            aside = False
            gap = lows[g:g + dist]
            if gap and not CLAUSE_BREAKS.isdisjoint(gap):
                breaks = [k for k in range(g, g + dist) if lows[k] in CLAUSE_BREAKS and not _glued(toks, k)]
                if breaks:
                    # a parenthetical between two commas does not break the clause
                    aside = len(breaks) == 2 and lows[breaks[0]] == "," and lows[breaks[1]] == "," \
                        and breaks[1] - breaks[0] <= 9
                    # nor does the comma opening a participle clause after the time's ("dégénéré samedi
                    # soir à Nantes, faisant au moins 14 blessés": the participle's happening is the clause's)
                    if (not aside and b <= s and len(breaks) == 1 and lows[breaks[0]] == ","
                            and self.lex.participle_clause_endings
                            and lows[breaks[0] + 1].endswith(self.lex.participle_clause_endings)):
                        aside = True
                    # nor the comma opening the trigger's own relative clause ("the attack, which took
                    # place over the weekend")
                    if (not aside and a >= e and breaks == [e] and lows[e] == ","
                            and lows[e + 1] in self.lex.relatives):
                        aside = True
                    # nor the aside of its own time, right after it ("The last walkout, in October,
                    # grounded ...", « La dernière grève, en octobre, avait ... »)
                    if (not aside and a >= e and breaks == [e] and lows[e] == "," and dist <= 3
                            and b < len(lows) and lows[b] == ","):
                        aside = True
                    # nor the comma before a date closing the sentence or set off by a second comma, which
                    # dates the clause before it ("... stormed his official residence, on July 9.", « ...
                    # eurent pris d'assaut sa résidence officielle, le 9 juillet, puis ... »)
                    if (not aside and a >= e and len(breaks) == 1 and lows[breaks[0]] == ","
                            and (a == breaks[0] + 1
                                 or a == breaks[0] + 2 and lows[a - 1] in self.lex.fronted_time_preps)
                            and (b < len(lows) and lows[b] == "," or self._closes_sentence(b, sid))):
                        aside = True
                    if not aside:
                        continue
            if dist > (16 if aside else 12) and not tolled:
                continue
            if counted and (a < e or not self._own_relative(gap)):
                continue
            if b <= s and self._in_relative(s, b):
                continue            # "resigned on Tuesday after suggesting that a missile that killed 44
                                    # people had been downed": the time of the clause around the relative
            if b <= s and dist and seq is not None and seq >= b:
                if counted_from is None or dist < counted_from[0]:
                    counted_from = (dist, t)
                continue            # "had promised to resign Wednesday after protesters overran his
                                    # residence on Saturday": the time of the clause the happening is
                                    # counted from, which dates it only where it has no time of its own
                                    # (Saturday)
            if a >= e and not self.lex.relatives.isdisjoint(gap) and not self._own_relative(gap):
                continue            # "rushed reinforcements against the offensive that began on
                                    # Friday": the time of a relative clause after the trigger, about
                                    # another noun (but "the attack, which took place over the weekend":
                                    # the trigger's own relative dates it)
            if a >= e + 3 and self._reduced_relative(e, a):
                continue            # "to blunt the offensive launched on Friday": another noun's time
            best = (dist, t)
        if best is None:
            best = counted_from
        if best is None and not counted:
            # a time fronted at the head of the sentence governs all of it: "Samedi, ..." (only
            # the sentence's first expression can open it)
            a, b, t = same[0]
            if a > 0 and toks[a - 1].sent == sid and lows[a - 1] in self.lex.fronted_time_preps:
                a -= 1              # "On Saturday, ...", « Dans la nuit de samedi à dimanche, ... »
            if a < s and (a == 0 or toks[a - 1].sent != sid) and b < len(toks) and toks[b].low == ",":
                return t
        return None if best is None else best[1]

    def _toll_of(self, s: int) -> bool:
        """Whether the noun of force at token ``s`` completes a noun of a toll (``TOLL_HEADS`` and one of
        ``TOLL_PREPOSITIONS``, with at most a determiner and three words qualifying it between: "the death
        toll from a Russian missile strike", « le bilan de la frappe »)."""
        lex, lows = self.lex, self.lows
        if lex.toll_heads.isdisjoint(lows[s - 6 if s > 6 else 0:s]):
            return False                # (the common case: no noun of a toll just before, one test in C)
        for k in range(s - 1, s - 6 if s > 6 else 0, -1):
            w = lows[k]
            if w in lex.toll_prepositions:
                return lows[k - 1] in lex.toll_heads
            if w in lex.noun_determiners or w == "'":
                continue
            if not w.isalpha() or w in lex.qualifier_stops:
                return False
        return False

    def _closes_sentence(self, b: int, sid: int) -> bool:
        """Whether the tokens from ``b`` on end the sentence ``sid`` (at most a closing mark: "." ";" "!")."""
        toks = self.toks
        if b >= len(toks) or toks[b].sent != sid:
            return True
        return self.lows[b] in _CLOSING_MARKS and (b + 1 >= len(toks) or toks[b + 1].sent != sid)

    def _in_relative(self, s: int, b: int) -> bool:
        """Whether the verb at token ``s`` opens a relative clause after token ``b``: a subject relative
        right before it, over its auxiliaries, after a noun ("a missile that killed", « un missile qui a
        tué »)."""
        lex, lows = self.lex, self.lows
        k = s - 1
        while k > b and k > s - 4 and lows[k] in lex.passive_words:
            k -= 1
        if not (k > b and lows[k] in lex.subject_relatives and lows[k - 1].isalpha()
                and lows[k - 1] not in lex.noun_determiners):
            return False
        # (a relative of a noun of force tells that happening on: « une attaque de drone qui a tué trois
        # Américains »)
        openers, weapons = lex.triggers.first, lex.weapon_openers
        return not any(lows[x] in openers and lows[x] not in weapons
                       for x in range(k - 1, k - 4 if k - 4 > b else b, -1))

    def _right_after_toll(self, a: int) -> bool:
        """Whether the time expression at token ``a`` follows a noun of the dead or the wounded, maybe over
        its preposition (« ... a fait au moins 28 morts jeudi », "left 28 dead on Thursday")."""
        lex, lows = self.lex, self.lows
        k = a - 1
        if k > 0 and lows[k] in lex.time_prepositions:
            k -= 1
        w = _unaccented(lows[k]) if k >= 0 else ""
        return w in lex.dead or w in lex.wounded

    def _own_relative(self, gap: list[str]) -> bool:
        """Whether the words ``gap`` after a trigger open with the trigger's own relative clause: the
        relative word right after it, after its comma ("the attack, which took place over the weekend"),
        or after at most three words qualifying it that open no other noun (« la frappe russe qui a
        touché samedi un immeuble »; not « l'offensive contre la ville qui ... », nor a comma)."""
        lex = self.lex
        for k, w in enumerate(gap[:4]):
            if w in lex.relatives:
                return k == 0 or gap[0] == "," and k == 1 or all(
                    x.isalpha() and x not in lex.noun_determiners and x not in lex.qualifier_stops
                    for x in gap[:k])
        return False

    def _superlative(self, s: int, e: int, lo: int, hi: int) -> bool:
        """Whether the noun of force at tokens [s, e) follows a superlative (``SUPERLATIVES``, at most two
        words between: "the deadliest single attack") or is followed by one (``SUPERLATIVES_AFTER``, right
        after it: « l'attaque la plus meurtrière »), with its article, after a word that makes it what a
        happening is said to be (``PREDICATE_OPENERS``: "making it", "was", « c'est »)."""
        lex, lows = self.lex, self.lows
        if not lex.predicate_openers:
            return False
        if e + 1 < hi and lows[e] in lex.superlatives_after_first \
                and " ".join(lows[e:e + 2]) in lex.superlatives_after:
            k = s - 1                   # « (en fait) l'attaque la plus meurtrière »
        else:
            k = next((x for x in range(s - 1, s - 4 if s - 4 > lo else lo, -1) if lows[x] in lex.superlatives), None)
            if k is None:
                return False
            k -= 1
        if k >= lo and lows[k] == "'":
            k -= 1                      # (« l'attaque »: the article's apostrophe)
        if k >= lo and lows[k] in lex.noun_determiners:
            k -= 1
        # (said of a happening: after a copula or "making it"; not "launched the largest attack")
        return k >= lo and lows[k] in lex.predicate_openers

    def _yardstick(self, e: int, timex) -> bool:
        """Whether a superlative (``YARDSTICK_WORDS``: "largest", « la plus meurtrière », "first") stands
        between the end ``e`` of a trigger and the time expression ``timex`` after it: the time is what
        the happening is measured against ("the largest attack since early July"), not its own."""
        a = bisect_left(self.starts, timex.start)
        return a > e and not self.lex.yardstick.isdisjoint(self.lows[e:a])

    def _reduced_relative(self, e: int, a: int) -> bool:
        """Whether the time expression at token ``a``, after a trigger ending at ``e``, follows a
        participle that qualifies another noun, with its determiner, after the trigger ("the offensive
        launched on Friday", « l'offensive lancée vendredi »; not "the attack launched on Friday")."""
        lex, lows = self.lex, self.lows
        p = a - 1
        if lows[p] in lex.time_prepositions:
            p -= 1
        w = lows[p]
        if p < e + 2 or not (w in lex.participles or lex.participle_endings and w.endswith(lex.participle_endings)):
            return False
        noun = lows[p - 1]
        if not noun.isalpha() or noun in lex.noun_determiners:
            return False
        q = p - 2
        if q > e and lows[q] == "'":
            q -= 1
        return q >= e and lows[q] in lex.noun_determiners

    def _claim_of(self, s: int):
        """The claim whose content holds token s (contents do not nest)."""
        span = self._claim_span(s)
        return None if span is None else span[2]

    def _claim_span(self, s: int) -> tuple | None:
        """``(first token, end token, claim)`` of the claim whose content holds token s."""
        i = bisect_right(self.claim_starts, s) - 1
        while i >= 0 and s - self.claim_starts[i] <= self.claim_max:
            span = self.claim_spans[i]
            if span[0] <= s < span[1]:
                return span
            i -= 1
            if i >= 0 and s - self.claim_starts[i] > self.claim_max:
                break
        return None

    # ---------------------------------------------------------------- details
    def _casualties(self, s: int, e: int, lo: int, hi: int, direct: bool = True) -> tuple:
        """(count of the trigger's own victims, dead, wounded) told around the trigger in tokens
        [s, e) of sentence [lo, hi): its victims counted before it ("Two soldiers were wounded",
        « Au moins huit personnes ont été tuées ») or after it ("killed 25 fighters", « a tué
        vendredi un Américain »); the dead and the wounded counted anywhere in the sentence ("25
        morts", "16 dead and 350 wounded")."""
        lows, lex = self.lows, self.lex
        n = len(lows)
        own = None
        counts = self.count_flags
        if direct:
            own = self._count_before(s, lo)
            if own is None and self._passive(s):
                direct = False          # "were killed and 17 people injured": the victims of a passive
                                        # come before it, a count after it is another's
        for j in range(e, (hi if hi < e + WINDOW else e + WINDOW) if direct and own is None else e):
            # a number starts at a digit token or a number word (both have the count flag)
            got = self._number(j) if counts[j] and not self._in_timex(j) else None   # (« tué le 11 juin »)
            if got is not None:
                value, k = got
                if k < n and lows[k] in lex.not_victims:
                    continue            # « tuée de onze coups de couteau », "stabbed 11 times"
                if k < n and lows[k] in lex.age_words or k + 1 < n and lows[k] == "-" and lows[k + 1] in lex.age_words:
                    if j > 0 and lows[j - 1] in lex.one:
                        own = 1         # "killed a 64-year-old man": one victim, of that age
                        break
                    continue            # an age, no count
                after = _unaccented(lows[k]) if k < n else ""
                if after in lex.persons and k + 1 < n and after not in lex.one:
                    after = _unaccented(lows[k + 1])
                if after in lex.dead or after in lex.wounded:
                    break               # "were killed and 17 wounded", "and 17 people injured": the wounded's count
                if k < n and lows[k] not in ("%",):
                    own = value
                    break
            if lows[j] in lex.one and j + 1 < hi:
                if _unaccented(lows[j + 1]) in lex.persons or (
                        j == e and self.toks[j + 1].text.isalpha() and self.toks[j + 1].text.islower()
                        and lows[j + 1] not in lex.not_victims):
                    own = 1             # (right after the verb, one victim whatever the noun: « a tué un
                    break               # passant », "killed a passer-by")
            if lows[j] in CLAUSE_BREAKS:
                break
            if j > e and (_unaccented(lows[j]) in lex.dead or _unaccented(lows[j]) in lex.wounded):
                break                   # « a tué un passant et blessé deux policiers »: the count after the
                                        # next verb of harm is its own
        return (own,) + self._tolls(lo, hi)

    def _free_counts(self) -> bytes:
        """``count_flags`` without the tokens of time expressions, whose numbers count nobody ("in
        September 2022 killed": a year, « tué le 11 juin »: a day); made on first need, for a sentence
        longer than ``FREE_COUNTS_FROM`` tokens (a shorter one tests its few numbers one by one)."""
        free = self.free_counts
        if free is None:
            free = bytearray(self.count_flags)
            for a, b, _ in self.tx:
                free[a:b] = bytes(b - a)
            free = self.free_counts = bytes(free)
        return free

    def _tolls(self, lo: int, hi: int) -> tuple:
        """(dead, wounded): the first counts of the dead and of the wounded in the sentence of tokens
        [lo, hi) ("25 morts", "12 blessés", "three people injured"), worked out once per sentence."""
        got = self.tolls_memo.get(lo)
        if got is not None and got[0] == hi:
            return got[1]
        lows, lex = self.lows, self.lex
        dead = wounded = None
        if hi - lo <= FREE_COUNTS_FROM:
            counts, in_timex = self.count_flags, self._in_timex
        else:
            counts, in_timex = self._free_counts(), _in_no_timex
        j = counts.find(1, lo, hi)
        while j >= 0:
            got = self._number(j) if not in_timex(j) else None   # ("in September 2022 killed": a year)
            if got is not None:
                value, k = got
                if k < hi:
                    word = _unaccented(lows[k])
                    if word in lex.persons and k + 1 < hi and word not in lex.one:
                        # "left three people dead", « trois personnes blessées »: the count of people so
                        # described (« six policiers légèrement blessés », "six officers slightly injured":
                        # an adverb between)
                        k += 1
                        if k + 1 < hi and len(lows[k]) > 4 and lows[k].endswith(lex.adverb_endings):
                            k += 1
                        word = _unaccented(lows[k])
                    if word in lex.dead and dead is None:
                        dead = value
                    elif word in lex.wounded and wounded is None:
                        wounded = value
                    elif dead is None and word not in lex.persons and self._toll_count(j, lo):
                        dead = value    # "The death toll ... rose to 40 on Monday"
            j = counts.find(1, j + 1, hi)
        self.tolls_memo[lo] = (hi, (dead, wounded))
        return dead, wounded

    def _toll_count(self, j: int, lo: int) -> bool:
        """Whether the number at token ``j``, which names no one after it, is what a toll came to: after
        one of ``TOLL_COUNT_LINKS`` ("rose to", "stood at", « est passé à »), over words of
        ``TOLL_COUNT_MODIFIERS`` ("at least"), with a noun of a toll (``TOLL_HEADS``) among the 25 tokens
        before, in its clause ("The death toll from the strike rose to 40")."""
        lex, lows = self.lex, self.lows
        if not lex.toll_count_links or j <= lo:
            return False
        k = j - 1
        while lows[k] not in lex.toll_count_links:
            if k <= lo or k < j - 4 or lows[k] not in lex.toll_count_modifiers:
                return False
            k -= 1
        for i in range(k - 1, k - 26 if k - 26 > lo else lo - 1, -1):
            w = lows[i]
            if w in lex.toll_heads:
                return True
            if w in CLAUSE_BREAKS and not _glued(self.toks, i):
                return False
        return False

    def _count_before(self, s: int, lo: int) -> int | None:
        """The count of victims named before a trigger read in the passive: "Two soldiers were
        wounded", « Au moins huit personnes ont été tuées », "Three were killed"."""
        lows, lex, toks = self.lows, self.lex, self.toks
        passive = False                 # (a passive's subject: any singular noun after "a" is one victim)
        j = s - 1
        while j >= lo and j >= s - 4 and (lows[j] in lex.passive_words
                                          or len(lows[j]) > 4 and lows[j].endswith(lex.adverb_endings)):
            j -= 1                      # "were", "have been", « ont été », « a été grièvement »
        if (j == s - 1 and j - 1 >= lo and lows[j] == ","
                and (_unaccented(lows[s]) in lex.dead or _unaccented(lows[s]) in lex.wounded)
                and not (s + 1 < len(lows) and (self.count_flags[s + 1] or lows[s + 1] in lex.one))):
            j -= 1                      # « Un commandant, tué le 11 juin, ... »: the victim the participle
                                        # is apposed to (none when a count follows it: "..., wounded two")
            if j - 1 >= lo and lows[j - 1] in lex.one and self.toks[j].text.isalpha() and self.toks[j].text.islower():
                return 1                # (one person, whatever the noun)
        elif j == s - 1 or j < lo or not self._passive(s):
            return None                 # (no auxiliary: "two soldiers wounded ...": no passive; an active
                                        # verb's subject is its doer: « Deux soldats ont tué trois civils »,
                                        # "Two gunmen have killed three people")
        else:
            passive = True
            if lows[j] in lex.subject_relatives and j - 1 >= lo:
                j -= 1                  # « deux manifestants, qui ont été blessés »: the noun before
                if lows[j] == "," and j - 1 >= lo:
                    j -= 1
            elif lows[j] == "," and lex.count_asides:
                j = self._before_count_aside(j, lo)   # "12 people, including four civilians, were killed"
        if (j - 3 >= lo and lows[j] in lex.age_words and self.count_flags[j - 1]
                and lows[j - 2] in lex.count_noun_breaks):
            j -= 3                      # « Un homme de 31 ans a été tué »: the age after the victim
        got = self._victims_at(j, lo, passive)
        if got is None:
            return None
        count, start = got
        while start - 2 >= lo and lows[start - 1] in lex.count_joins:
            # "Two soldiers and two civilians were killed", « Neuf Palestiniens et un soldat ont été tués »:
            # the counts of a coordination add up
            more = self._victims_at(start - 2, lo)
            if more is None:
                break
            count, start = count + more[0], more[1]
        return count

    def _before_age(self, k: int, lo: int) -> int:
        """The token before an age written as one compound adjective ending at token ``k`` ("A
        19-year-old man": the article); else ``k``."""
        lows = self.lows
        if (k - 5 >= lo and lows[k] in self.lex.age_adjective_ends and lows[k - 1] == "-"
                and lows[k - 2] in self.lex.age_words and lows[k - 3] == "-" and self.count_flags[k - 4]):
            return k - 5
        return k

    def _before_count_aside(self, j: int, lo: int) -> int:
        """The token before an aside between commas ending with the comma at token ``j`` and opened by a
        word of ``COUNT_ASIDES`` ("including", « dont »), eight tokens long at most; else ``j``."""
        lows, asides = self.lows, self.lex.count_asides
        for k in range(j - 1, max(lo, j - 9) - 1, -1):
            if lows[k] == ",":
                return k - 1 if k - 1 >= lo and k + 1 < j and lows[k + 1] in asides else j
            if lows[k] in CLAUSE_BREAKS:
                break
        return j

    def _victims_at(self, j: int, lo: int, any_noun: bool = False) -> tuple | None:
        """``(count, first token)`` of the victims counted by a noun phrase ending at token ``j``: "two
        soldiers", « huit personnes », "a soldier", "three" (a count alone); with ``any_noun`` (the subject
        of a passive trigger), a singular noun of no table after an indefinite article too ("a customer");
        else None."""
        lows, lex, toks = self.lows, self.lex, self.toks
        k = j
        if lows[k] not in lex.one and _unaccented(lows[k]) in lex.persons:
            k = self._before_age(k - 1, lo)     # "Two soldiers", "huit personnes", "A 19-year-old man"
            while k > lo and k >= j - 3 and not self.count_flags[k] and toks[k].text[:1].isalpha() \
                    and lows[k] not in lex.one and lows[k] not in lex.count_noun_breaks:
                if lows[k] in lex.not_victims:
                    return None         # « un hélicoptère militaire »: the person word qualifies a craft
                k -= 1                  # "two Ukrainian soldiers", "deux jeunes manifestants" (a capital
                                        # opening the sentence is no adjective)
            if k >= lo and lows[k] in lex.one:
                if k > lo and lows[k - 1] in lex.count_noun_breaks and lows[k - 1] not in lex.count_joins:
                    return None         # "one of them"
                return 1, k             # "A soldier was killed", « Un policier a été tué »
        elif (any_noun and k - 1 >= lo and toks[k].text.isalpha() and toks[k].text.islower()
              and lows[k] not in lex.not_victims
              and lows[k] not in lex.non_human and lows[k] not in lex.count_noun_breaks):
            i = self._before_age(k, lo)         # "A 19-year-old was wounded"
            if i == k:
                i = self._before_age(k - 1, lo)
            if i >= lo and lows[i] in lex.one and not (i > lo and lows[i - 1] in lex.count_noun_breaks):
                return 1, i             # "A customer was seriously wounded", « Un professeur a été tué »,
                                        # "A 19-year-old student": one person, whatever the noun
        for a in range(lo if lo > k - 2 else k - 2, k + 1):
            got = self._number(a) if self.count_flags[a] else None
            if got is not None and got[1] in (k + 1, j + 1):
                return got[0], a
        if k - 1 >= lo and k < j and lows[k] in lex.partitive_links and (
                lows[k] in lex.partitive_contractions or lows[k + 1] in lex.partitive_dets):
            # "two of its soldiers", « trois des otages »: the count before the group
            for a in range(lo if lo > k - 2 else k - 2, k):
                got = self._number(a) if self.count_flags[a] else None
                if got is not None and got[1] == k:
                    return got[0], a
        return None

    def _troops(self, lo: int, hi: int) -> tuple[int | None, bool]:
        """The number of troops named between tokens lo and hi, and whether troops are named
        (worked out once per span)."""
        got = self.troops_memo.get((lo, hi))
        if got is None:
            got = self.troops_memo[(lo, hi)] = self._read_troops(lo, hi)
        return got

    def _read_troops(self, lo: int, hi: int) -> tuple[int | None, bool]:
        toks, counts = self.toks, self.count_flags
        found = False
        pos = self.troops_at[0]
        n = len(toks)
        for i in range(bisect_left(pos, lo if lo > 0 else 0), bisect_left(pos, hi if hi < n else n)):
            j = pos[i]
            found = True
            if not self.troops_at[1][j][1]:
                continue                # a unit: troops, no head count ("deployed two brigades")
            # the number just before, its last digits at most four tokens before: "750 soldats", "up to
            # 4,000 soldiers", "4 000 soldats" (a digit token has the count flag)
            stop = j - 4 if j > 4 else 0
            k = j - 1
            while k >= stop and not (counts[k] and toks[k].digit):
                k -= 1
            if k < stop:
                continue
            m = k
            while m - 1 >= 0 and (toks[m - 1].digit or (toks[m - 1].low in (",", ".") and m - 2 >= 0
                                                        and toks[m - 2].digit)):
                m -= 1
            got = _number_at(toks, self.lows, m, self.lex)
            if got:
                return got[0], True
        return None, found

    def _crowd(self, s: int, lo: int, hi: int) -> int | None:
        """The size of the crowd of a protest whose trigger is at token ``s``, in the sentence of tokens
        [lo, hi): a count before a noun of those who march (``CROWD_NOUNS``, over a link of
        ``CROWD_LINKS``: "tens of thousands of protesters", « 1,28 million de manifestants », "About 10,000
        people"), the one nearest the trigger; not a number of a time expression."""
        lex, lows = self.lex, self.lows
        if not lex.crowd_nouns:
            return None
        counts = self.count_flags
        best = None
        # (the counts within 30 tokens of the trigger: a sentence of thousands of protests stays linear)
        a, b = (lo if lo > s - CROWD_REACH else s - CROWD_REACH), (hi if hi < s + CROWD_REACH else s + CROWD_REACH)
        j = counts.find(1, a, b)
        while j >= 0:
            got = None if self._in_timex(j) else self._crowd_number(j, hi)
            if got is None:
                j = counts.find(1, j + 1, b)
                continue
            value, k = got
            if k < hi and lows[k] in lex.crowd_links:
                k += 1
            if (value and k < hi and self._crowd_noun(k) and (best is None or abs(j - s) < best[0])
                    and not _breaks_clause(self.toks, lows, min(k, s), max(j, s))):
                best = (abs(j - s), value)      # (in the trigger's clause: « ..., qui a réuni 1,28 million de
                                                # manifestants, ... une nouvelle journée de grève » is another's)
            j = counts.find(1, k if k > j else j + 1, b)
        if best is None:
            # a bare count as the subject of the trigger ("Thousands rallied", "Tens of thousands march")
            for n in (4, 3, 2, 1):
                if s - n >= lo:
                    value = lex.bare_crowd_counts.get(" ".join(lows[s - n:s]))
                    if value is not None:
                        return value
        return None if best is None else best[1]

    def _crowd_noun(self, k: int) -> bool:
        """Whether token ``k`` names those who march (``CROWD_NOUNS``, or a people of the gazetteer in the
        plural: "thousands of Georgians"), and not as victims or as people arrested (a word of harm or of
        ``CROWD_VETO_AFTER`` among the four tokens after it: « huit personnes ont été tuées »)."""
        lex, lows = self.lex, self.lows
        w = _unaccented(lows[k])
        if not (w in lex.crowd_nouns or self.toks[k].text[:1].isupper() and any(
                lows[k].endswith(x) and lows[k][:-len(x)] in lex.place_words for x in lex.demonym_plurals)):
            return False
        after = lows[k + 1:k + 5]
        return lex.crowd_veto.isdisjoint(after) and not any(_unaccented(x) in lex.harm for x in after)

    def _crowd_number(self, j: int, hi: int) -> tuple[int, int] | None:
        """The count at token ``j`` and the token after it, millions read ("1,28 million", "1.2 million",
        "two million")."""
        got = self._number(j)
        if got is None:
            return None
        value, k = got
        toks, lows, million = self.toks, self.lows, self.lex.million_words
        if (k + 2 < hi and lows[k] in (",", ".") and toks[k + 1].digit and toks[k + 1].start == toks[k].end
                and toks[k].start == toks[k - 1].end and lows[k + 2] in million):
            digits = toks[k + 1].low
            return int(value * 1_000_000 + int(digits) * 10 ** (6 - len(digits))) if len(digits) <= 6 else value, k + 3
        if k < hi and lows[k] in million:
            return value * 1_000_000, k + 1
        return got

    def _places(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The places named in tokens [lo, hi), read left to right (the same list for every
        mention of a sentence: kept)."""
        got = self.places_memo.get((lo, hi))
        if got is None:
            got = self.places_memo[(lo, hi)] = self._read_places(lo, hi)
        return got

    def _read_places(self, lo: int, hi: int, note_factions: bool = True) -> list[tuple[int, str]]:
        lows = self.lows
        out = []
        longest = self.lex.places.longest
        words, seconds = self.lex.place_words, self.lex.place_seconds
        last = len(lows) - 1
        end = lo
        # each token that may open a place (all found at once, in C), after the place just read
        for p in compress(range(lo, hi), self.place_flags[lo:hi]):
            if p < end:
                continue
            name = words.get(lows[p], _MISSING)
            if name is _MISSING:
                nxt = seconds.get(lows[p])
                if nxt is not None and (p == last or lows[p + 1] not in nxt):
                    continue
                hit = longest(lows, p)
                if hit is None:
                    continue
                end, name = hit
            else:
                end = p + 1
            # "pro-Iran", "pro-iraniens": a faction, not the country
            if p >= 2 and lows[p - 1] == "-" and lows[p - 2] in self.lex.faction_prefixes:
                name = self.lex.faction_name.format(prefix=lows[p - 2], place=name)
                if note_factions:
                    self.factions.add(name)
            out.append((p, name))
        return out

    @staticmethod
    def _names_not_negations(toks, codes: bytes) -> bytes:
        """``codes`` without the marks of negation of the capital letters glued to a name by an
        apostrophe ("N'Djamena", "N'Golo Kanté"): the first letter of the name, no « n' »."""
        out = None
        for k in range(len(toks) - 2):
            t = toks[k]
            if (codes[k] & _MODAL == _NEGATION and t.text[:1].isupper() and toks[k + 1].start == t.end
                    and toks[k + 1].text in _APOSTROPHES and toks[k + 2].start == toks[k + 1].end
                    and toks[k + 2].text[:1].isupper()):
                if out is None:
                    out = bytearray(codes)
                out[k] = codes[k] & ~_MODAL & 0xFF
        return codes if out is None else bytes(out)

    def _marks(self, s: int, e: int, lo: int, hi: int) -> bytes:
        """The marks of modality (``_MODAL`` bits of the codes) of the tokens read around the trigger at
        tokens [s, e) of the sentence [lo, hi): those of [s - 5, e + 4) up to a semicolon, one byte each, the
        unmarked left out."""
        a, b = (lo if lo > s - 5 else s - 5), (hi if hi < e + 4 else e + 4)
        lows = self.lows
        if ";" in lows[a:b]:
            # (not across a semicolon: "EU hits Russia's shadow fleet with new sanctions; Moscow vows
            # response" tells no sanctions to come)
            for k in range(s - 1, a - 1, -1):
                if lows[k] == ";":
                    a = k + 1
                    break
            for k in range(e, b):
                if lows[k] == ";":
                    b = k
                    break
        return self.codes[a:b].translate(None, _NOT_MODAL)

    def _denied(self, s: int, e: int, lo: int, hi: int, marked: bytes, harm: bool = False) -> bool:
        """Whether a negation among the marks around the trigger at tokens [s, e) (``_marks``) denies it: it
        is the strongest mark, it denies no verb of stopping (``_stop_negated``) and, unless the trigger is a
        harm itself (``harm``), not only harms (``_negations_of_harm``)."""
        return (bool(marked) and max(marked) & _MODAL == _NEGATION and not self._stop_negated(s, e, lo, hi)
                and (harm or not self._negations_of_harm(s, e, lo, hi)))

    def _modality(self, s: int, e: int, lo: int, hi: int, timex, claimed: bool) -> str:
        """How the happening at the trigger [s, e) of the sentence [lo, hi) is told: "negated",
        "hypothetical", "future", "reported" or "asserted"."""
        marked = self._marks(s, e, lo, hi)
        if self._doubt_not_ruled_out(s, lo):
            return "hypothetical"       # "She did not rule out sabotage", « n'a pas exclu un sabotage »
        if self._denied(s, e, lo, hi, marked):
            return "negated"
        if self.lex.denial_verbs and not self.lex.denial_verbs.isdisjoint(self.lows[max(lo, s - 3):s]) \
                and not _breaks_clause(self.toks, self.lows, max(lo, s - 3), s):
            return "negated"            # "The RSF denied targeting civilians", « a démenti avoir visé des civils »
        strongest = max(marked) & _MODAL if marked else 0
        if strongest == _NEGATION:
            strongest = max((c & _MODAL for c in marked if c & _MODAL != _NEGATION), default=0)
        if strongest == _HYPOTHETICAL:
            return "hypothetical"
        if strongest == _FUTURE or (timex is not None and timex.value == "FUTURE_REF"):
            return "future"
        if timex is not None and self.pub_day is not None:
            span = getattr(timex, "interval", None)
            if span and span[0][:10] > self.pub_day:
                return "future"         # "called for a protest on Saturday": a time after publication has
                                        # not happened yet, whatever the verb
        if claimed or not self.lex.reported_words.isdisjoint(self.lows[lo if lo > s - 3 else s - 3:s]):
            return "reported"           # ("Rebels reportedly killed 15 people": hearsay)
        return "asserted"

    def _doubt_not_ruled_out(self, s: int, lo: int) -> bool:
        """Whether the trigger at token ``s`` is the object of a verb of ruling out (``RULE_OUT_VERBS``, its
        determiner between) under a negation ("did not rule out sabotage", « n'a pas exclu un sabotage »): a
        possibility, not a denial."""
        lex, lows = self.lex, self.lows
        if not lex.rule_out:
            return False
        k = s - 1
        if k > lo and lows[k] in lex.noun_determiners:
            k -= 1
        if k <= lo:
            return False
        if lows[k] in lex.rule_out:
            v = k
        elif lows[k - 1] in lex.rule_out_first and " ".join(lows[k - 1:k + 1]) in lex.rule_out:
            v = k - 1
        else:
            return False
        return any(_unaccented(w) in lex.negation for w in lows[max(lo, v - 3):v])

    def _after_light_verb(self, s: int) -> bool:
        """Whether the trigger at token ``s`` is the object of a light verb, with maybe its determiner and a
        time expression between them (« a lancé dans la nuit de jeudi à vendredi une attaque »)."""
        lex, lows = self.lex, self.lows
        k = s - 1
        if k >= 0 and lows[k] in lex.noun_determiners:
            k -= 1
        i = self._timex_at(k) if k >= 0 else -1
        if i >= 0:
            k = self.tx[i][0] - 1       # (over the time expression, and its preposition)
            if k >= 0 and lows[k] in lex.time_prepositions:
                k -= 1
        return k >= 0 and lows[k] in lex.light_verbs

    def _timex_tokens(self, a: int, b: int) -> int:
        """How many tokens of [a, b) lie inside time expressions ("La Russie a lancé dans la nuit de jeudi à
        vendredi une attaque": a date between a doer and its deed does not put them apart)."""
        tx, starts = self.tx, self.tx_starts
        n = 0
        for i in range(bisect_left(starts, a), len(starts)):
            x0, x1, _ = tx[i]
            if x0 >= b:
                break
            n += min(x1, b) - x0
        return n

    def _after_negations(self, s: int, e: int, lo: int, hi: int, reach: int) -> list[range]:
        """For each negation word among the tokens read around the trigger at tokens [s, e) of the sentence
        [lo, hi) (``_marks``), the tokens after it: fewer than ``reach`` on, and none past a clause break."""
        lex, lows = self.lex, self.lows
        out = []
        for k in range(max(lo, s - 5), min(hi, e + 4)):
            if _unaccented(lows[k]) in lex.negation:
                j, end = k + 1, min(hi, k + reach)
                while j < end and lows[j] not in CLAUSE_BREAKS:
                    j += 1
                out.append(range(k + 1, j))
        return out

    def _negations_of_harm(self, s: int, e: int, lo: int, hi: int) -> bool:
        """Whether every negation near the trigger at tokens [s, e) denies a harm rather than the
        happening ("No one was injured in the attack", « L'attaque n'a fait aucun blessé », « Personne
        n'a été blessé lors de l'attaque »): a word of harm comes within six tokens after it, with no other
        trigger and no clause break between (``_harm_first``)."""
        spans = self._after_negations(s, e, lo, hi, 7)
        return bool(spans) and all(map(self._harm_first, spans))

    def _harm_first(self, span: range) -> bool:
        """Whether a word of harm to people comes in ``span`` before any other trigger: a trigger of
        killing or wounding, or a word of ``Lexicon.harm``."""
        starts, kinds, lows, harm = self.trigger_toks, self.trigger_kinds, self.lows, self.lex.harm
        for j in span:
            i = bisect_left(starts, j)
            if i < len(starts) and starts[i] == j:
                return kinds[i] in _HARM_KINDS
            if _unaccented(lows[j]) in harm:
                return True
        return False

    def _stop_negated(self, s: int, e: int, lo: int, hi: int) -> bool:
        """Whether the negation near the trigger at tokens [s, e) denies a verb of stopping, so that the
        happening goes on ("the shelling has not stopped", « les tirs n'ont pas cessé »): a word of
        ``STOP_WORDS`` within three tokens after a negation word, with no clause break between."""
        stop, lows = self.lex.stop_words, self.lows
        return bool(stop) and any(_unaccented(lows[j]) in stop
                                  for span in self._after_negations(s, e, lo, hi, 4) for j in span)

    # ---------------------------------------------------------------- mentions
    def mentions(self) -> list[dict]:
        # the triggers of one sentence, family and governing time expression tell one happening, unless
        # far apart or across a clause break: (sentence, family, time expression) -> [the last trigger's
        # end, the triggers of its current happening]
        last: dict[tuple, list] = {}
        groups = []                     # the triggers of each happening, in text order
        lows = self.lows
        found = self.triggers()
        self.trigger_toks = [t[0] for t in found]   # (where force is told: see ``_speech_events``)
        self.trigger_kinds = [t[2] for t in found]
        for count, (s, e, kind, verb) in enumerate(found):
            if count >= MAX_TRIGGERS:
                self.unread = self.toks[s].start    # (a book of events: reading stops here)
                break
            if s > 0 and lows[s - 1] in self.lex.generic_determiners:
                continue       # "vowed to respond to any attack", « toute attaque »: none told
            if kind in _HARM_KINDS and self._attributive(s, e):
                continue       # "visited the injured pilot in hospital": a state of someone, no happening told
            lo, hi = self._sentence_bounds(s)
            fam = FAMILY[kind]
            if kind in _HARM_KINDS and self._denied(s, e, lo, hi, self._marks(s, e, lo, hi), harm=True):
                continue       # "No one was injured in the attack", "did not kill anyone": no harm done, and
                               # the happening around it is told without it
            if fam == "deploy":
                _, named = self._troops(lo if lo > s - 8 else s - 8, hi if hi < e + 8 else e + 8)
                if not named:
                    continue   # "envoyer une lettre": not a deployment
            if kind == "storm_take" and self._near(self.diplomatic_at, e, e + 4) is None:
                continue       # "took the" is a storming only of a mission
            if fam == "truce" and not self._truce_told(s, e, lo, hi):
                continue       # "calls for a ceasefire", "talks on a truce": no ceasefire in force
            timex = self._governing_timex(s, e)
            if timex is not None and not verb and (timex.range or {}).get("kind") == "since" \
                    and self._yardstick(e, timex):
                timex = None   # "the attack was the largest since early July": a yardstick, not its time
            if timex is not None and not verb and self._superlative(s, e, lo, hi):
                timex = None   # "..., making it the deadliest single attack on civilians in months": what
                               # the happening is said to be, not a new one dated by its sentence
            base = (self.toks[s].sent, fam, timex.id if timex else None)
            trigger = (s, e, kind, lo, hi, timex, verb)
            state = last.get(base)
            if state is None:
                group = [trigger]
                last[base] = [e, group]
                groups.append(group)
                continue
            prev, group = state
            # triggers far apart, or across a clause break, are separate happenings (not a participle of
            # result right after its comma: "a missile hit a shopping center and a warehouse, killing at
            # least 11 people", « une frappe a touché un immeuble, tuant trois personnes »)
            if s - prev > 10 or (not CLAUSE_BREAKS.isdisjoint(lows[prev:s]) and not self._result_participle(s, prev)) \
                    or not self.lex.sequence_words.isdisjoint(lows[prev:s]):
                # (nor across a word of sequence: "the strikes came hours after drones hit a refinery")
                group = state[1] = [trigger]
                groups.append(group)
            else:
                group.append(trigger)
            state[0] = e
        out = self.told = []            # (the mentions made so far, for ``_mention``)
        for group in groups:
            m = self._mention(group)
            if m is not None:
                out.append(m)
        return out

    def _mention(self, triggers: list) -> dict | None:
        toks = self.toks
        s, e, kind, lo, hi, timex, verb = triggers[0]
        if len(triggers) == 1:          # (the common case)
            kinds, names = {kind}, [kind]
        else:
            kinds, names = {t[2] for t in triggers}, sorted([t[2] for t in triggers])
            verb = any([t[6] for t in triggers])
        fam = FAMILY[kind]              # the triggers of a mention share their family
        diplomatic = False
        dpos = self.diplomatic_at[0]
        if dpos:
            for t in triggers:          # a mission named within six tokens after a trigger
                i = bisect_left(dpos, t[0])
                if i < len(dpos) and dpos[i] < t[1] + 6:
                    diplomatic = True
                    break
                # or its subject before a passive one (« l'ambassade a été attaquée »)
                if i and dpos[i - 1] >= t[0] - 5 and self._passive(t[0]):
                    diplomatic = True
                    break
        casualties = {"killed": None, "wounded": None}
        troops = crowd = None
        if fam == "violent":
            lethal = False
            for ts, te, k, _, _, _, _ in triggers:
                if k == "kill" and self._attempted(ts, lo):
                    k = "attack"        # "convicted of trying to kill a patient": an attempt, no one killed
                lethal = lethal or k == "kill"
                own, dead, wounded = self._casualties(ts, te, lo, hi, direct=k in ("kill", "wound"))
                key = "wounded" if k == "wound" else "killed"
                casualties[key] = casualties[key] or own
                casualties["killed"] = casualties["killed"] or dead
                casualties["wounded"] = casualties["wounded"] or wounded
            lethal = lethal or bool(casualties["killed"])
            if lethal:
                kind = "lethal strike" if "strike" in kinds else "lethal attack"
            elif diplomatic and kinds & {"storm", "storm_take", "attack"}:
                kind = "attack on diplomatic mission"
            elif "strike" in kinds:
                kind = "air strike"
            else:
                kind = "attack"
        elif fam == "protest":
            if verb and len(triggers) == 1 and (self._state_subject(s, lo) or self._named_complainer(s, lo, hi)):
                return None             # "Beijing also protested", « Pékin a protesté mardi contre ces
                                        # sanctions »: a state's complaint, no crowd in the street
            violent_words = bool(self.codes[lo:hi].translate(None, _NOT_VIOLENT))
            kind = "attack on diplomatic mission" if (diplomatic and violent_words) else "protest"
            if kind != "protest":
                fam = "violent"
            crowd = self._crowd(s, lo, hi)
        elif fam == "deploy":
            kind = "military deployment"
            troops = self._troops(lo if lo > s - 8 else s - 8, hi if hi < e + 8 else e + 8)[0]
        elif fam == "truce":
            kind = "ceasefire"
        else:
            kind = "sanctions"
        toll_nouns = self.lex.toll_nouns
        if fam == "violent" and self.lows[s] in toll_nouns and all(
                t[1] == t[0] + 1 and self.lows[t[0]] in toll_nouns for t in triggers):
            if not casualties["killed"] and not casualties["wounded"]:
                return None             # "clashes" without a toll: no event of their own
            if not self.lex.since_words.isdisjoint(self.lows[lo:s]):
                return None             # « Depuis le début de l'Intifada, les violences ont fait 2.994 morts »:
                                        # a tally over a span, no event
        if (fam == "violent" and not verb and len(triggers) == 1 and not casualties["killed"]
                and not casualties["wounded"] and self._doer_or_victim_of(s)
                and not any(self._in_timex(j) for j in range(max(lo, s - 2), min(hi, e + 2)))):
            return None                 # « L'auteur présumé de l'attaque a été interpellé samedi », "the victims
                                        # of the attack": a happening told elsewhere; the date is another's (but
                                        # « les victimes de l'attentat de samedi » dates it)
        places = self._places(lo, hi)     # read even for a mention dropped (it notes factions)
        if fam == "violent" and not diplomatic and (self._harm_without_force(triggers, lo, hi, places)
                                                    or self._harm_told_before(triggers, lo, hi, places)):
            return None                 # a quake, a storm, a crash, an illness: no attack
        if kind == "attack" and verb and not diplomatic and all(t[6] and t[2] == "attack" for t in triggers) \
                and not self.lex.verbal_objects.isdisjoint(self.lows[e:min(hi, e + 5)]):
            return None                 # "the senator attacked the president's plan": words, not force (a
                                        # verb of attacking only: « blessé par balle » is force)
        if not verb and self.lex.since_words and not self.lex.since_words.isdisjoint(self.lows[max(lo, s - 3):s]):
            return None                 # "since their invasion of the country in 2003": a reference point
        if (fam == "violent" and not verb and timex is not None and (timex.range or {}).get("kind") == "since"
                and self.lex.ordinal_words and not self.lex.ordinal_words.isdisjoint(self.lows[max(lo, s - 3):s])):
            return None                 # "the ninth attack on its facilities since early October": one of a
                                        # series counted since a date, which dates none of them
        if (fam == "violent" and (casualties["killed"] or casualties["wounded"])
                and (not self.lex.since_words.isdisjoint(self.lows[max(lo, s - 2):min(hi, e + 2)])
                     or timex is not None and (timex.range or {}).get("kind") == "since"
                     or timex is None and self._since_before(s, lo)
                     or self._fronted_since(s, lo))):
            return None                 # « au moins 470 personnes ont été tuées au Liban depuis octobre », "has
                                        # killed 500 since the election", « Depuis lundi, au moins 120 personnes
                                        # ont été tuées », "has since killed 30,000": a tally since a date, no
                                        # happening
        if (fam == "violent" and verb and self.lex.tally_auxiliaries and lo + 1 < s
                and not self.lex.tally_subjects.isdisjoint(self.lows[lo:lo + 3])
                and not self.lex.tally_auxiliaries.isdisjoint(self.lows[max(lo, s - 2):s])):
            return None                 # "The war between the army and the RSF erupted in April 2023 and has
                                        # killed tens of thousands": the war's toll to date, whatever date its
                                        # other verb has
        if fam == "violent" and timex is None and not self.lex.tally_subjects.isdisjoint(self.lows[max(lo, s - 4):s]):
            return None                 # "The war has killed 14,000 people", « la guerre a fait 14.000 morts »: a
                                        # tally of a long conflict, no happening (undated)
        if fam == "violent" and (casualties["killed"] or casualties["wounded"]) and (
                self._over_a_span(s, lo) or timex is not None and self._tally_of_many(triggers, hi, timex)):
            return None                 # "after a week of fighting that has killed at least 180 people", « trois
                                        # semaines de combats ont fait 180 morts »: a tally over a span
        prior = self._prior(s)
        lag = self._lag(s, e, prior) if prior is not None else None
        if lag is not None:
            timex = None                # ("two days after the strikes": not the sentence's own date)
        if not verb and timex is None and lag is None and fam == "violent" and not diplomatic \
                and not casualties["killed"] and s not in self.said_dated:
            # a bare noun with no date, no toll and no mission ("l'attaque") refers back
            # to a happening told elsewhere: it adds no event of its own
            return None
        if (not verb and fam == "sanction" and timex is None and lag is None and s > 0
                and self.lows[s - 1] in self.lex.definite_articles and any(m["family"] == fam for m in self.told)):
            return None                 # "the sanctions were illegal", said on Tuesday of the sanctions told
                                        # before: no new ones (the date is the saying's)
        if not verb and fam == "deploy" and not self.lex.demand_verbs.isdisjoint(self.lows[max(lo, s - 3):s]):
            return None                 # « a réclamé des renforts de police », "called for more troops": a
                                        # demand, no deployment (``DEMAND_VERBS``)
        if (not verb and fam == "violent" and s > 1 and self.lows[s - 1] in self.lex.definite_articles
                and self.cue_mask[s - 2] and not casualties["killed"] and not casualties["wounded"]
                and any(m["family"] == fam for m in self.told)):
            return None                 # "Iran condemned the strikes on Monday", « a condamné les frappes »: the
                                        # object of a verb of saying, with its article, is a happening told
                                        # before; the date is the saying's
        if (not verb and fam == "violent" and self._counted(s, lo) and (
                timex is not None and (timex.range or {}).get("kind") == "since"
                or not self.lex.since_words.isdisjoint(self.lows[e:hi]))):
            return None                 # "Israel has carried out hundreds of strikes in Syria since 2011": a
                                        # tally of happenings over a span, none of them told
        refers = None                   # the mention a demonstrative points back to
        if not verb and fam == "violent" and s > 0 and self.lows[s - 1] in self.lex.demonstratives:
            # « En réponse à cette attaque », « Ces frappes interviennent au lendemain de ... »: a
            # demonstrative points back to the last happening of its family told before, and takes its
            # time, whatever the date of its own clause (none told before: it adds no event)
            # (the last told with the same noun, if any: « Des frappes israéliennes ... Le Hezbollah a tiré des
            # roquettes ... Ces frappes »)
            # (among the last 60 told: a text of thousands of demonstratives stays linear)
            word, recent = self.lows[s], self.told[-60:]
            told = next((m for m in reversed(recent) if m["family"] == fam and self.lows[m["tok"]] == word), None) \
                or next((m for m in reversed(self.told) if m["family"] == fam), None)
            if told is None:
                return None
            timex, lag, refers = told["timex"], None, told
        # the actor: the nearest place before the trigger, in the same clause, that is not
        # the agent of a reporting verb ("accusée par Washington d'une attaque")
        # (the last such place that is a faction, if any)
        actor = faction = site = None
        lows, cues, locative, factions = self.lows, self.cue_mask, self.lex.locative, self.factions
        light = None                    # whether the trigger is a light verb's object (asked when needed)
        for j, name in places:          # places are read left to right
            if j >= s:
                break
            if j > 0 and lows[j - 1] in locative:
                if lows[j - 1] in self.lex.site_prepositions:
                    site = site or name     # « À Kharkiv, une frappe de drone a tué ... »: where it fell
                continue                # "in Gaza": where, not who
            if s - j > 10:
                # far: near enough only over a time expression after a light verb (« a lancé dans la
                # nuit de jeudi à vendredi une attaque »)
                if light is None:
                    light = self._after_light_verb(s)
                if not light or s - j - self._timex_tokens(j, s) > 10:
                    continue
            if _breaks_clause(self.toks, lows, j, s) or self._reporting_agent(j, lo):
                continue
            if not self.lex.complementizers.isdisjoint(lows[j + 1:s]):
                k = next(k for k in range(j + 1, s) if lows[k] in self.lex.complementizers)
                if cues.find(1, j + 1, k) < 0:
                    continue            # "... supporting Ukraine's military-industrial complex and that all
                                        # targets had been hit": a place before another clause's "that" (not
                                        # a speaker's: "Germany said that it will deploy")
            if self._civilian_nationality(j, name):
                continue                # "A Syrian man killed two", « Un Syrien a tué »: a person, not the state
            if self._possessor_of_another(j, s):
                continue                # "EU hits Russia's shadow fleet with new sanctions": whose fleet, no doer
            said = cues.find(1, j + 1, s if s < j + 4 else j + 4)
            if said >= 0 and self.lex.subject_pronouns.isdisjoint(lows[said + 1:s]):
                continue                # (nor its speaker: "Ukrainian officials said Russian shelling ...";
                                        # but "Germany said it will deploy 300 troops": the speaker does it)
            actor = name
            if name in factions:
                faction = name
        if faction is not None:
            actor = faction
        if (fam == "sanction" and not triggers[0][6] and len(triggers) == 1
                and any(self.lows[k] in self.lex.target_prepositions and not self._in_timex(k + 1)
                        for k in range(s - 3 if s > 3 else 0, s))):
            return None                 # « Pékin a protesté contre ces sanctions », "protested against the
                                        # sanctions": sanctions opposed, imposed by someone else at another time
                                        # (not the preposition of a time: "on Monday imposed sanctions")
        np_actor = None
        passive = self._passive(s) if fam == "violent" else False
        if actor is None and fam == "violent" and verb and self.lex.doer_nouns and not passive:
            actor = np_actor = self._doer_before(s, lo)     # "Gang members attacked ...", « Des hommes armés
                                                            # ont tué »
        target = None
        # the ends of the mention's other nouns of force ("tués dans des frappes israéliennes": the doer's
        # nationality after a later trigger, read after the passive below)
        # (before it in English: "killed in Russian strikes")
        noun_ends = ()
        if len(triggers) > 1:
            noun_ends = {t[1] for t in triggers[1:] if not t[6]} - {e}
            noun_ends |= {t[0] - 1 for t in triggers[1:] if not t[6] and t[0] - 1 > e}
        doer_after = None
        for j, name in places:
            if j in noun_ends and (not self.toks[j].text[:1].isupper() or self.toks[j].low != name.lower()) \
                    and not diplomatic:
                doer_after = doer_after or name
                continue
            if e < j <= e + 10 and self._after_agent(j, e):
                doer_after = doer_after or name
                continue                # "strikes carried out on Thursday by the United States against ...":
                                        # the agent of a participle is the doer, no target
            if fam == "sanction" and e <= j <= e + 2 and j > 0 and lows[j - 1] in self.lex.place_links \
                    and not triggers[0][6]:
                doer_after = doer_after or name
                continue                # « les sanctions de l'ONU », "the sanctions of the UN": who imposes them
            if (fam == "violent" and not triggers[0][6] and e < j <= e + 4 and lows[e] in self.lex.genitive_links
                    and not diplomatic and (name in factions or name in self.lex.group_names
                                                          or self._target_follows(j))):
                # « l'attaque du Hamas contre Israël », « les frappes de l'armée israélienne sur Gaza »: the
                # complement of a noun of force, before its target or a faction, is its doer (« l'attaque de
                # Kiev » alone is on Kyiv)
                doer_after = doer_after or name
                continue
            if (not triggers[0][6] and e < j <= e + 4 and not diplomatic and not self.toks[j].text[:1].isupper()
                    and strip_accents(lows[j - 1]) in self.lex.weapons):
                # « les tirs de missiles iraniens »: the nationality of the weapon of a noun of force is
                # the doer's
                doer_after = doer_after or name
                continue
            if (j == e and not self.toks[j].text[:1].isupper() and lows[j] not in self.lex.noun_determiners
                    and not diplomatic):
                # (not an article opening the target's name: « ont attaqué l'Iran »)
                actor = actor if actor is not None and j - s > 1 else name
                continue                # « une frappe israélienne »: the doer's nationality, after the noun
            if j >= e and j - e <= 12:
                if fam == "protest" and self.lex.protest_targets.isdisjoint(lows[j - 3 if j > 3 else 0:j]):
                    continue            # "marched through Paris and other French cities", « ont défilé dans
                                        # toute la France »: where, not against whom
                if self._reporting_agent(j, e):
                    continue            # "were attacked, said Iran's foreign ministry": the speaker
                if (not triggers[0][6] and lows[e] in self.lex.genitive_links and j > e + 1
                        and _breaks_clause(self.toks, lows, e, j)):
                    continue            # « Au lendemain de l'attaque du Hamas, Israël a bombardé Gaza »: the
                                        # subject of the next clause, not the target of the noun's
                pe = self._place_end(j)
                if (pe + 1 < len(lows) and lows[pe] == "-" and self.toks[pe].start == self.toks[pe - 1].end
                        and self.toks[pe + 1].text.isalpha() and self.toks[pe + 1].text.islower()):
                    continue            # "a U.S.-owned bulk carrier", "China-based companies": an owner, no target
                if (self.cue_mask.find(1, j + 1, hi if hi < pe + 3 else pe + 3) >= 0
                        and _breaks_clause(self.toks, lows, e, j)):
                    continue            # "fired missiles at a ship on Monday, the IDF said", "..., the U.S.
                                        # military said": the speaker
                if (fam == "deploy" or (fam == "violent" and (actor is None or actor == np_actor)
                                        and doer_after is None)) and self._at_site(j, e):
                    site = name
                    break               # "Gunmen killed 12 people in Paris", « 12 morts à N'Djamena », "bomb
                                        # attacks in Kenya and Tanzania", « envoyés en Irak »: where, not whom
                                        # (but a foreign doer's force in a state is aimed at it: « les tirs de
                                        # missiles iraniens ont fait 24 morts en Israël »; and « des sanctions
                                        # à Israël » are on it)
                target = name
                break
        if fam == "violent" and actor is not None and self._repelled(s, lo):
            target, actor = actor, None     # "Ukrainian forces repelled 12 attacks": the attack's target
        if fam == "violent" and passive:
            # "Kyiv was attacked by Russian forces": the agent did it (if named), to the subject
            agent = self._passive_agent(e, hi, places)
            # (a place after a passive trigger is where it happened, the agent's or a noun's nationality:
            # "were killed in Israeli strikes", never its target)
            target = actor if actor != agent else None
            actor = agent
        if doer_after is not None and actor is None and doer_after != target:
            actor = doer_after
        if (target is None and fam == "violent" and verb and not diplomatic and e < hi
                and not passive and not self._in_timex(e)):
            # "Gang members attacked Mirebalais": a town of no table; "struck a bulk carrier": a thing struck
            target = self._named_object(e, hi, not kinds & {"kill", "wound"})
        if (target is None and fam == "violent" and not diplomatic and e + 1 < hi
              and self.lows[e] in self.lex.target_prepositions and not self._in_timex(e + 1)):
            # "an offensive on El Fasher", « une offensive sur El-Fasher »: what a noun of force is aimed at
            target = self._named_object(e + 1, hi, True)
        if fam == "truce":
            target = None               # a ceasefire binds its parties; no one is its target
        if kind == "attack on diplomatic mission" or diplomatic:
            d = self._near(self.diplomatic_at, s, hi)
            if d is not None:
                # "l'ambassade américaine", "the American Embassy", "l'ambassade des États-Unis"
                near_lo, near_hi = d[0] - 3, d[1] + 3
                for j, name in places:
                    if near_lo <= j <= near_hi and name not in factions:
                        target = name
                        break
        claim = self._claim_of(s)
        if (actor is None and claim is not None and fam == "violent" and self.lex.doer_claims
                and (claim.get("cue") or {}).get("lemma") in self.lex.doer_claims and not claim.get("anonymous")):
            actor = claim["speaker"]["name"]    # "Islamic State claimed responsibility for the attack", « le
                                                # JNIM a revendiqué l'attaque »: the claimant did it, by its word
        modality = self._modality(s, e, lo, hi, timex, claim is not None)
        if modality == "negated" and fam == "truce":
            return None                 # "no truce was agreed": no happening told (a killing or wounding denied,
                                        # "No one was wounded.", is no trigger: see ``mentions``)
        first, last = toks[s], toks[e - 1]
        return {
            "kind": kind, "family": fam, "diplomatic": diplomatic,
            "trigger": {"start": first.start, "end": last.end, "text": self.text[first.start:last.end]},
            "sentence": {"start": toks[lo].start, "end": toks[hi - 1].end},
            "timex": timex, "casualties": casualties, "troops": troops, "crowd": crowd,
            "actor": actor, "target": target, "where": _MISSING, "span": (s, e, lo, hi), "site": site,
            "modality": modality,
            "claim": claim["id"] if claim else None,
            # (the saying of a toll dates the toll, not the happening it is counted from)
            "claim_time": claim.get("time") if claim and not (timex is None and self._toll_of(s)) else None,
            "verb": verb,
            "para": first.para, "tok": s,
            "triggers": names,
            "prior": prior is not None, "lag": lag, "refers": refers,
            "other": (s > 0 and lows[s - 1] in self.lex.other_before
                      or e < len(lows) and lows[e] in self.lex.other_after),
        }

    def _harm_without_force(self, triggers: list, lo: int, hi: int, places: list) -> bool:
        """Whether the violent mention of ``triggers``, in the sentence of tokens [lo, hi), tells a harm
        that is no use of force: the sentence names, besides the triggers, a cause that is none
        (``HARM_CAUSES``: "A magnitude 7.1 earthquake struck ..., killing 120", « les pluies qui
        s'abattent ... ont fait 217 morts », "a cholera outbreak has killed 38 people", "a shark attack")
        and no weapon, armed party (``FORCE_WORDS``), faction or strike (not a verb that tells one only
        beside force: "struck" is the quake's), within ``HARM_REACH`` tokens of the triggers, nor a trigger
        naming force itself (``FORCE_TRIGGERS``: "a car bomb", « un attentat »); or what a
        trigger kills is no person
        (``NON_HUMAN_OBJECTS``, among the four tokens after it, « abattre 340 platanes », or before a verb of
        killing, « les arbres abattus »)."""
        lex, lows = self.lex, self.lows
        if lex.non_human:
            for t in triggers:
                s, e = t[0], t[1]
                if not lex.non_human.isdisjoint(lows[e:hi if hi < e + 4 else e + 4]):
                    return True
                if t[2] == "kill" and not lex.non_human.isdisjoint(lows[lo if lo > s - 4 else s - 4:s]):
                    return True         # (a passive or a participle after them: « 250.000 canards vont être
                                        # abattus », « les arbres abattus »)
        mods = lex.cause_modifiers
        if mods:
            for t in triggers:
                s, e = t[0], t[1]
                if s > lo and lows[s - 1] in mods or e < hi and (
                        lows[e] in mods or lows[e] in lex.complement_preps and e + 1 < hi and lows[e + 1] in mods):
                    return True         # "a heart attack", « une attaque cardiaque », « une attaque de panique »
        if not lex.harm_causes:
            return False
        a, b = _harm_reach(triggers, lo, hi)
        if lex.harm_causes.isdisjoint(lows[a:b]):
            return False                # (the common case: no word of a cause near the triggers, one test in C)
        if lex.craft and self._downed_craft(lo, hi):
            return False                # a craft brought down in the sentence (« avoir abattu le Boeing ... qui
                                        # s'est écrasé ..., tuant »): force, not an accident
        inside = set()
        for t in triggers:
            if t[2] == "strike" and lows[t[0]] not in lex.conditional:
                return False            # "Israeli strikes killed 25 people ..., as heavy rains flooded tents"
            if not lex.force_triggers.isdisjoint(lows[t[0]:t[1]]):
                return False            # a trigger naming force itself (``FORCE_TRIGGERS``): "a car bomb", "a
                                        # suicide bomber", « un attentat » ("A car bomb killed nine people as
                                        # smoke rose ...")
            if not (t[1] - t[0] == 1 and lows[t[0]] in lex.harm_causes
                    and (t[1] >= hi or lows[t[1]] not in lex.noun_determiners)):
                inside.update(range(t[0], t[1]))
            # (a trigger that is a cause's own word is that cause unless an object follows it: "a lot of
            # storms", not "storm the embassy")
        named = self._subject_cause(triggers, lo, hi)
        if named is not None:
            return named                # the subject of the killing names its cause
        words = {lows[j] for j in range(a, b) if j not in inside}
        if lex.harm_causes.isdisjoint(words):
            return False
        if lex.force_before_cause and not words.isdisjoint(lex.force_before_cause):
            for j in range(max(a, 1), b):
                before = lex.force_before_cause.get(lows[j])
                if before is not None and (lows[j - 1] in before or j >= 2 and lows[j - 2] in before):
                    return False        # "opened fire", "came under fire", "an exchange of fire": force
        return lex.force_words.isdisjoint(words) and not any(name in self.factions for _, name in places)

    def _downed_craft(self, lo: int, hi: int) -> bool:
        """Whether a verb of killing or attack of the sentence of tokens [lo, hi) has a craft (``CRAFT``) for
        object, among the ``CRAFT_REACH`` tokens after it in its clause (« a abattu « involontairement » le
        Boeing », "shot down the airliner"), or, in the passive, for subject, among the four tokens before it
        (« l'avion a été abattu »)."""
        lows, craft, starts, kinds = self.lows, self.lex.craft, self.trigger_toks, self.trigger_kinds
        for k in range(bisect_left(starts, lo), len(starts)):
            s = starts[k]
            if s >= hi:
                break
            if kinds[k] not in ("kill", "attack"):
                continue
            for j in range(s + 1, hi if hi < s + 1 + CRAFT_REACH else s + 1 + CRAFT_REACH):
                if lows[j] in craft:
                    return True
                if lows[j] in CLAUSE_BREAKS:
                    break
            if self._passive(s) and not craft.isdisjoint(lows[s - 4 if s >= 4 else 0:s]):
                return True
        return False

    def _subject_cause(self, triggers: list, lo: int, hi: int) -> bool | None:
        """Whether the noun of force that opens its clause (within four tokens of its start) as the subject of
        a killing or wounding among ``triggers``, or of a toll (``DEAD_NOUNS``, ``WOUNDED_NOUNS``), eight
        tokens after it at most, names a harm that is no use of force: a cause (``HARM_CAUSES``,
        ``CAUSE_MODIFIERS``) among its words, up to a word that opens its target or place
        (``TARGET_PREPOSITIONS``, ``LOCATIVE``, ``SITE_PREPOSITIONS``), and no word of force ("A shark attack
        killed a surfer", "The attack by a bear"). A cause told elsewhere in the sentence then does not count
        ("The attack killed nine people, as thick smoke rose over the market", « L'attaque a fait neuf morts,
        tandis qu'une épaisse fumée s'élevait »). None when no trigger is such a subject."""
        lex, lows = self.lex, self.lows
        for n, t in enumerate(triggers):
            s, e = t[0], t[1]
            if t[2] in _HARM_KINDS:
                continue
            k = next((u[0] for u in triggers[n + 1:] if u[2] in _HARM_KINDS and u[6]), None)
            if k is None:
                k = next((j for j in range(e, hi if hi < e + 8 else e + 8)
                          if strip_accents(lows[j]) in lex.dead or strip_accents(lows[j]) in lex.wounded), None)
            if k is None or k - e > 8:
                continue
            start = s
            while start > lo and s - start < 4 and lows[start - 1] not in CLAUSE_BREAKS:
                start -= 1
            if start > lo and lows[start - 1] not in CLAUSE_BREAKS:
                continue                # ("Floods hit the camp after the attack killed ...": not its clause's opening)
            end = e
            while end < k and lows[end] not in lex.subject_stops:
                end += 1
            words = lows[start:end]
            return not (lex.harm_causes.isdisjoint(words) and lex.cause_modifiers.isdisjoint(words)) \
                and lex.force_words.isdisjoint(words)
        return None

    def _over_a_span(self, s: int, lo: int) -> bool:
        """Whether a span of time (a duration) and a word of ``SPAN_PREPOSITIONS`` right after it stand among
        the six tokens before the trigger at ``s``, in its clause ("a week of fighting that has killed", « trois
        semaines de combats »)."""
        preps, lows = self.lex.span_prepositions, self.lows
        if not preps:
            return False
        for j in range(s - 1, max(lo, s - 6), -1):
            if lows[j] in CLAUSE_BREAKS:
                return False
            if lows[j] in preps:
                i = self._timex_at(j - 1)
                if i >= 0 and self.tx[i][1] == j and self.tx[i][2].type == "DURATION":
                    return True
        return False

    def _tally_of_many(self, triggers: list, hi: int, timex) -> bool:
        """Whether a passive toll is told over a year or a month (``timex``, with no day) and caused by many
        happenings: a word of ``TALLY_CAUSE_PREPOSITIONS`` within two tokens after a passive kill or wound
        trigger, then, within five tokens, a plural (after a word of ``TALLY_CAUSE_DETERMINERS``, or a
        lowercase word with one of ``TALLY_CAUSE_ENDINGS``) or a toll noun ("were killed in gang shootings",
        « avaient été tuées dans des règlements de comptes »), in the clause."""
        lex, lows = self.lex, self.lows
        v = getattr(timex, "value", "") or ""
        if not lex.tally_cause_prepositions or not (len(v) in (4, 7) and v[:4].isdigit()):
            return False                # (a year, "2023", or a month, "2023-10")
        for s, e, kind, _, _, _, verb in triggers:
            if not verb or kind not in ("kill", "wound") or not self._passive(s):
                continue
            for k in range(e, min(hi, e + 2)):
                if lows[k] in CLAUSE_BREAKS:
                    break
                if lows[k] not in lex.tally_cause_prepositions:
                    continue
                for j in range(k + 1, min(hi, k + 6)):
                    w = self.toks[j].text
                    if w == "-":
                        continue        # ("in drug-related violence")
                    if lows[j] in CLAUSE_BREAKS or not w[:1].isalpha():
                        break
                    if lows[j] in lex.tally_cause_determiners or lows[j] in lex.toll_nouns or (
                            w[:1].islower() and len(w) > 3 and lex.tally_cause_endings
                            and lows[j].endswith(lex.tally_cause_endings)):
                        return True
                break
        return False

    def _doer_or_victim_of(self, s: int) -> bool:
        """Whether the noun of force at token ``s`` completes a noun of its doer or victims (``REFERRING_HEADS``,
        with at most one word between: « l'auteur présumé de l'attaque », "the suspect in the shooting",
        "victims of the attack")."""
        lex, lows = self.lex, self.lows
        if not lex.referring_heads:
            return False
        k = s - 1
        if k >= 1 and lows[k] == "'":
            k -= 1                      # (« l'attaque », « d'attaques »)
        if k >= 0 and lows[k] in lex.noun_determiners:
            k -= 1
        if k < 1 or lows[k] not in lex.complement_preps:
            return False
        heads = lex.referring_heads
        return (lows[k - 1] in heads or k >= 2 and lows[k - 2] in heads
                or lows[k - 1] in lex.phase_heads)   # « l'extension de l'offensive »: the phase of one told

    def _harm_told_before(self, triggers: list, lo: int, hi: int, places: list) -> bool:
        """Whether the victims told by ``triggers`` (killing and wounding only), in a sentence naming no
        cause, no weapon, no armed party and no faction, are those of a harm that is no use of force told
        in the sentence before, in the same paragraph ("A magnitude 7.8 earthquake struck Turkey on
        Monday. The disaster agency said 3,419 people had been killed.", « Une travée du pont s'est
        effondrée mardi ... Deux personnes ont été tuées »)."""
        lex, lows = self.lex, self.lows
        if not lex.harm_causes or lo == 0 or any(t[2] not in ("kill", "wound") for t in triggers):
            return False
        a, b = _harm_reach(triggers, lo, hi)
        near = lows[a:b]
        if not (lex.force_words.isdisjoint(near) and lex.harm_causes.isdisjoint(near)) \
                or any(name in self.factions for _, name in places):
            return False
        plo, phi = self._sentence_bounds(lo - 1)
        if self.toks[plo].para == self.toks[lo].para:
            before = set(lows[max(plo, phi - 2 * HARM_REACH):phi])
            if not lex.harm_causes.isdisjoint(before) and lex.force_words.isdisjoint(before):
                return True
        return self._lede_harm()

    def _lede_harm(self) -> bool:
        """Whether the story's opening (its first ``LEDE_TOKENS`` tokens) names a harm that is no use of force and
        no force: a toll told later in a sentence naming no cause is that harm's ("The death toll from the
        earthquakes ... rose above 11,000 ... ¶ AFAD said 8,574 people had been killed", « Un séisme ... ¶ ... 1 700
        personnes ont été tuées »).  Worked out once per text."""
        got = self._lede
        if got is None:
            lex = self.lex
            opening = set(self.lows[:LEDE_TOKENS])
            # (a cause that is a verb of force too, "police fire tear gas", makes no story of a harm with no force)
            got = self._lede = (not (lex.harm_causes - lex.launch_verbs).isdisjoint(opening)
                                and lex.force_words.isdisjoint(opening) and lex.launch_verbs.isdisjoint(opening))
        return got

    def _same_town(self, ev: dict, m: dict) -> bool:
        """Whether two mentions may tell one happening as to where: not two towns named ("attacks near
        Bakhmut ... shelling in Kherson")."""
        w1 = self._town(ev)
        if not w1:
            return True
        w2 = self._town(m)
        return not w2 or w1 == w2

    def _accused(self, c: dict, lo: int, hi: int) -> str | None:
        """Whom an accusation accuses: the place or the capitalised name opening its words before a word of
        ``ACCUSATION_LINKS`` ("accused Grossi of playing ...", « accuse le Rwanda de soutenir ... »); else
        None."""
        links = self.lex.accusation_links
        if not links:
            return None
        lows, toks = self.lows, self.toks
        a = bisect_left(self.starts, c["content"]["start"])
        b = bisect_left(self.starts, c["content"]["end"])
        k = a + 1 if a < b and lows[a] in self.lex.noun_determiners and toks[a].text.islower() else a
        if k > a and k < b and toks[k].text in _APOSTROPHES:
            k += 1                          # (« l'Iran »: the elided article)
        for j, name in self._places(lo, hi):
            if j == k or j == a:            # (a place named with its article: « l'Iran »)
                e = self._place_end(j)
                # ("Les États-Unis, qui accusent l'Iran, ont répondu": the place alone is the words)
                return name if e == b or self._accusation_link(e, b) else None
        e = k
        while e < b and e < k + 6 and (toks[e].text[:1].isupper() and toks[e].text.isalpha()
                                       or e > k and lows[e] in links and e + 1 < b and toks[e + 1].text[:1].isupper()):
            e += 1              # ("Laiteries du Bocage": a link between capitalised words is the name's)
        if e == k or not self._accusation_link(e, b):
            return None
        return self.text[toks[k].start:toks[e - 1].end]

    def _accusation_link(self, e: int, b: int) -> bool:
        """Whether the accused's name ending at token ``e`` is followed, before token ``b``, by a word of
        ``ACCUSATION_LINKS`` and what they are accused of doing: a verb of ``ACCUSATION_VERB_ENDINGS`` ("of
        playing", « de soutenir », « d'avoir ») or a quotation (« de « sacrifier » »)."""
        lows, toks, lex = self.lows, self.toks, self.lex
        if e >= b or lows[e] not in lex.accusation_links:
            return False
        x = e + 1
        while x < b and toks[x].text in ("'", "’", "«", "\"", "“"):
            x += 1
        return x < b and (x > e + 1 and toks[x - 1].text in ("«", "\"", "“")
                          or toks[x].text.isalpha() and toks[x].text.islower()
                          and lows[x].endswith(lex.accusation_verb_endings))

    def _after_agent(self, j: int, e: int) -> bool:
        """Whether the place at token ``j`` follows a word of ``AGENT_MARKERS`` ("by", « par ») after the
        trigger ending at token ``e``, with maybe an article between: the agent of a participle."""
        lows, markers = self.lows, self.lex.agent_markers
        k = j - 1
        if k > e and lows[k] in self.lex.noun_determiners:
            k -= 1
        if k < e or lows[k] not in markers:
            return False
        # (only the trigger's own participle between them: "strikes carried out on Thursday by", not
        # "attack was orchestrated by terrorists ... and supported by Iranian allies")
        between = [x for x in range(e, k) if not self._in_timex(x)]
        return len(between) <= 3 and not any(lows[x] in CLAUSE_BREAKS or lows[x] in self.lex.count_joins
                                             or lows[x] == "," for x in between)

    def _before_verb(self, s: int, lo: int) -> int:
        """The last token of the subject of the verb at token ``s``: before its auxiliaries and adverbs, three
        tokens at most ("have also attacked", « a vivement protesté »), not before ``lo``."""
        lex, lows = self.lex, self.lows
        h = s - 1
        while h >= lo and h >= s - 4 and (lows[h] in lex.passive_words or lows[h] in lex.subject_adverbs
                                          or len(lows[h]) > 4 and lows[h].endswith(lex.adverb_endings)):
            h -= 1
        return h

    def _state_subject(self, s: int, lo: int) -> bool:
        """Whether the subject right before the verb at token ``s`` (its auxiliaries and adverbs skipped) is
        a state or an institution named in the singular by the gazetteer ("Beijing", « la France »), not
        its people ("Iranians", « les Américains »)."""
        lex, lows = self.lex, self.lows
        h = self._before_verb(s, lo)
        if h < lo:
            return False
        for p in range(max(lo, h - 4), h + 1):
            if self._place_end(p) == h + 1 and "".join(lows[p:h + 1]) in lex.singular_states:
                return True
        return False

    def _named_complainer(self, s: int, lo: int, hi: int) -> bool:
        """Whether a verb of protest that also means to complain (``COMPLAINT_VERB_STEMS``) at token ``s``
        has a named body right before it as its subject, inside its sentence: a capitalised word, no
        place nor people of the gazetteer (« la CFDT-Cheminots protestent contre le projet »; not
        "Farmers protested", a common noun opening the sentence)."""
        lex, lows, toks = self.lex, self.lows, self.toks
        if not lex.complaint_stems or not lows[s].startswith(lex.complaint_stems):
            return False
        h = self._before_verb(s, lo)
        if not (lo < h < s and toks[h].text[:1].isupper() and toks[h].text.isalpha()):
            return False
        w = lows[h]
        if lex.places.longest(lows, h) is not None or w in lex.place_words or w[:-1] in lex.place_words:
            return False                # a place, or its people ("Thousands of Iranians protested")
        return self._crowd(s, lo, hi) is None

    def _possessive_at(self, j: int) -> bool:
        """Whether the language's possessive clitic (``POSSESSIVE_CLITIC``: "'s") opens at token ``j``."""
        c = self.lex.possessive_clitic
        return bool(c) and tuple(self.lows[j:j + len(c)]) == c

    def _possessor_of_another(self, j: int, s: int) -> bool:
        """Whether the place at token ``j`` is, in the possessive ("Russia's"), the owner of a noun that is
        neither the trigger at ``s`` (with at most one word between: "Russia's massive attack") nor an
        armed party or a weapon ("Iran's missiles", "Israel's military")."""
        lex, lows = self.lex, self.lows
        pe = self._place_end(j)
        if pe + 1 >= s or not self._possessive_at(pe):
            return False
        owned = [strip_accents(w) for w in lows[pe + 2:pe + 4]]
        return s > pe + 3 and lex.military_subjects.isdisjoint(owned) and lex.weapons.isdisjoint(owned)

    def _place_end(self, j: int) -> int:
        """The token after the place named from token ``j``."""
        lows = self.lows
        if self.lex.place_words.get(lows[j], _MISSING) is not _MISSING:
            return j + 1
        hit = self.lex.places.longest(lows, j)
        return hit[0] if hit is not None else j + 1

    def _doer_before(self, s: int, lo: int) -> str | None:
        """The armed party named as the subject right before an active trigger at token ``s`` (its
        auxiliaries and adverbs skipped), when a noun of ``DOER_NOUNS`` is in it: "Gang members attacked",
        "Houthi militants struck", « Des hommes armés ont tué »; the words as written (a common noun
        opening the sentence lower-cased), else None."""
        lex, lows, toks = self.lex, self.lows, self.toks
        h = self._before_verb(s, lo)
        if (lex.bare_participle_victims and lex.participle_endings and lows[s].endswith(lex.participle_endings)
                and lex.passive_words.isdisjoint(lows[h + 1:s])):
            return None                 # « six policiers légèrement blessés »: no auxiliary, the victims
        a = h
        while (a >= lo and a > h - 4 and toks[a].text.isalpha() and lows[a] not in lex.noun_determiners
               and lows[a] not in lex.passive_words and not self.cue_mask[a] and not self._in_timex(a)
               and lows[a] not in lex.doer_stops):
            a -= 1
        a += 1
        if a > h or lex.doer_nouns.isdisjoint(lows[a:h + 1]):
            return None
        words = [t.text for t in toks[a:h + 1]]
        if lows[a] in lex.doer_nouns or lows[a] in lex.doer_members:
            words[0] = words[0][:1].lower() + words[0][1:]
        return " ".join(words)

    def _named_object(self, e: int, hi: int, things: bool) -> str | None:
        """The direct object right after an active trigger ending at token ``e``: a capitalised name ("attacked
        Mirebalais", « ont attaqué Goma », "killed Dr. Barnett Slepian"), or, with ``things`` (a verb of
        striking, not of killing, whose object is people counted apart), a noun phrase after its article ("struck
        a U.S.-owned bulk carrier", « ont frappé un marché »), without the article, up to five words, to a word
        of ``OBJECT_STOPS``; else None."""
        toks, lows, lex = self.toks, self.lows, self.lex
        text = toks[e].text
        if lows[e] in lex.noun_determiners:
            if not things or e + 1 >= hi:
                return None
            e += 1
            if lows[e] in lex.noun_determiners or self.count_flags[e]:
                return None
            proper = False
        elif text[:1].isupper() and text.isalpha():
            proper = True
        else:
            return None
        k = e
        while (k < hi and k < e + 8 and not self._in_timex(k) and lows[k] not in lex.object_stops
               and lows[k] not in lex.passive_words
               and not (k > e and lex.trigger_words.get(lows[k], _MISSING) is not _MISSING)):
            # (a verb ends it: « le convoi a fait 12 morts », "the convoy killed")
            t = toks[k].text
            if proper and not (t[:1].isupper() and t.isalpha()
                               or t == "." and k > e and len(toks[k - 1].text) <= 3 and k + 1 < hi
                               and toks[k + 1].text[:1].isupper()
                               or t in ("-", "'") and k > e and k + 1 < hi and toks[k + 1].text[:1].isupper()
                               and toks[k].start == toks[k - 1].end):
                break                   # (the dot of "Dr.", the hyphen of « El-Fasher »: the name goes on)
            if not proper and not (t.isalpha() or t == "-" or t == "." and k > e and toks[k].start == toks[k - 1].end
                                   or t == "'" and k > e):
                break
            k += 1
        while k > e and not toks[k - 1].text.isalpha():
            k -= 1
        if k == e or self.cue_mask.find(1, e, hi if hi < k + 3 else k + 3) >= 0:
            return None                 # ("..., attacked, said Human Rights Watch": a speaker)
        if proper and k == e + 1 and len(toks[e].text) <= 3 and k < len(toks) and toks[k].text == ".":
            return None                 # "killed Dr." cut by a sentence break: a title, no name
        return self.text[toks[e].start:toks[k - 1].end]

    def _civilian_nationality(self, j: int, name: str) -> bool:
        """Whether the nationality at token ``j`` (a demonym, not the place's own name) describes one
        person, no state's force: before or after a civilian noun (``CIVILIAN_NOUNS``: "a Syrian man", «
        un ressortissant afghan ») or, capitalised as a noun, right after an indefinite article (« Un
        Syrien »)."""
        lex, lows, toks = self.lex, self.lows, self.toks
        if not lex.civilian_nouns or lows[j] == name.lower():
            return False
        if j + 1 < len(lows) and lows[j + 1] in lex.civilian_nouns:
            return True
        if j > 0 and lows[j - 1] in lex.civilian_nouns:
            return True
        return (j > 0 and lows[j - 1] in lex.one and lex.demonym_nouns_capitalised
                and toks[j].text[:1].isupper() and not (j + 1 < len(lows) and toks[j + 1].text[:1].isalpha()
                                                        and lows[j + 1] not in lex.passive_words))

    def _at_site(self, j: int, e: int) -> bool:
        """Whether the place at token ``j`` (after a trigger ending at ``e``) follows a word of where force was
        used (``SITE_PREPOSITIONS``: "in", « à »), right before it or before an article."""
        sites, lows = self.lex.site_prepositions, self.lows
        k = j - 1
        if k > e and lows[k] in self.lex.noun_determiners:
            k -= 1
        return k >= e and lows[k] in sites

    def _town(self, m: dict) -> str | None:
        """A mention's town (``_where``), worked out when first needed (for mentions that may merge)."""
        w = m.get("where")
        if w is _MISSING:
            span = m.get("span")
            if span is None:
                w = None
            else:
                s, e, lo, hi = span
                w = self._where(s, e, lo, hi)
            m["where"] = w
        return w

    def _place_of(self, ev: dict, mentions: list) -> str | None:
        """The town where a merged event happened: the first its mentions name (``_town``), else None."""
        for m in (ev, *mentions[:8]):
            if "span" in m:
                w = self._town(m)
                if w:
                    return w
        return None

    def _countries_of(self, ev: dict, mentions: list) -> list[str]:
        """The states named in the sentences of an event (``_places``: « birmanes », "in Myanmar", "Kabul"),
        in text order, at most four; where they name none, the state the article names most, if it names one
        at least twice (« à travers le pays »)."""
        out: list[str] = []
        states = self.lex.states
        for m in (ev, *mentions[:8]):
            span = m.get("span")
            if span is None:
                continue
            for _, name in self._places(span[2], span[3]):
                if name in states and name not in out:
                    out.append(name)
        if not out:
            top = self._article_country()
            return [top] if top else []
        return out[:4]

    def _article_country(self) -> str | None:
        """The state the article names most, when named at least twice and more than any other."""
        got = self.article_country
        if got is _MISSING:
            states = self.lex.states
            # (the whole text read for its states notes no faction: those of the sentences read count)
            counts = Counter(name for _, name in self._read_places(0, len(self.toks), note_factions=False)
                             if name in states)
            top = counts.most_common(2)
            got = top[0][0] if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) else None
            self.article_country = got
        return got

    def _where(self, s: int, e: int, lo: int, hi: int) -> str | None:
        """The town where the trigger at tokens [s, e) happened, as named in its clause: the capitalised
        name after a locative word ("near Bakhmut", « à Kherson »), within eight tokens before the
        trigger or ten after it, with no clause break between; not a time expression ("in March"), a
        mission ("outside the US Embassy") nor a country of the gazetteer, for which None; a capital
        of the gazetteer is a town there ("in Kabul")."""
        lex, lows, toks = self.lex, self.lows, self.toks
        locative = lex.locative
        a, b = (lo if lo > s - 8 else s - 8), (hi if hi < e + 14 else e + 14)
        # (a place opening the sentence, set off by a comma, is where all of it happened: « À Dnipro, le
        # bilan de la frappe atteint 44 morts », "In Dnipro, rescuers ...")
        # (« A Rangoun, ... »: a capital written without its accent opening the sentence, ``OPENING_LOCATIVE``)
        opening_word = lo < s and lows[lo] in lex.opening_locative and toks[lo].text[:1].isupper()
        fronted = lo < s and (lows[lo] in locative or opening_word)
        if not fronted and locative.isdisjoint(lows[a:b - 1]):
            return None             # (the common case: no locative word near the trigger, one test in C)
        for k in (range(a, b - 1) if not fronted else (lo, *range(max(a, lo + 1), b - 1))):
            if (lows[k] not in locative and not (k == lo and opening_word)) or s <= k < e:
                continue
            if k > 0 and lows[k - 1] in lex.employee_nouns:
                continue            # "Analysts at Jefferies": their employer, no town
            opening = k == lo and fronted
            if not opening and ((k < s and _breaks_clause(toks, lows, k, s))
                                or (k >= e and _breaks_clause(toks, lows, e, k))):
                continue            # (another clause's place: tested before its name is read)
            j = k + 1
            if lows[j] in lex.place_links and j + 1 < b:
                j += 1              # "near the town of", « près de »
            if not toks[j].text[:1].isupper():
                # "in the northern town of Kiryat Shmona", « dans la ville de Kharkiv »: a place noun and
                # its link word before the name
                for x in range(j, min(b - 1, j + 5)):
                    if lows[x] in lex.place_links and lows[x - 1].isalpha() and toks[x + 1].text[:1].isupper():
                        j = x + 1
                        break
            t = toks[j]
            if not t.text[:1].isupper() or not t.text.isalpha() or len(t.text) < 2 or self._in_timex(j) \
                    or t.text.isupper():
                continue            # (nor an initial, "the U.S.", nor an acronym: « à la SNCF », a body)
            end = j + 1
            if end + 1 < hi and lows[end] == "." and lows[j] in lex.name_abbreviations \
                    and toks[end + 1].text[:1].isupper():
                end += 1                # "St. Bride's Hospital": the abbreviation's full stop is the name's
            while end < hi and end < j + 3 and toks[end].text[:1].isupper() and toks[end].text.isalpha():
                end += 1
            while end + 1 < hi and end < j + 7 and toks[end].text == "-" and _glued(toks, end) \
                    and toks[end + 1].text.isalpha():
                end += 2                # one word of hyphened parts: « Moyen-Orient », "Port-au-Prince"
            if end < hi and self._possessive_at(end):
                continue                # "at St. Bride's Hospital in Leeds": a possessor's place, no town
            if opening and not (end < s and lows[end] == "," and not _breaks_clause(toks, lows, end + 1, s)):
                if k < a or _breaks_clause(toks, lows, k, s):
                    continue        # (fronted: the name, its comma, then the trigger's clause; else as any)
            if any(p == j for p, _ in self._places(lo, hi)):    # (read only when a name is found)
                name = self.text[t.start:toks[end - 1].end]
                # a capital after a word of place is where it happened ("killed 12 people in Kabul", « ont
                # manifesté à Tbilissi »); a country is no town ("in Ukraine": Kyiv and Kharkiv are in it)
                return name if name in lex.capitals else None
            if self._near(self.diplomatic_at, j, end + 1) is not None:
                return None         # "outside the US Embassy": the mission, not a town
            name = self.text[t.start:toks[end - 1].end]
            return None if name in lex.regions else name    # ("in the Middle East": wider than a town)
        return None

    def _timex_at(self, j: int) -> int:
        """The index in ``tx`` of the time expression holding token ``j``, else -1."""
        i = bisect_right(self.tx_starts, j) - 1
        return i if i >= 0 and self.tx[i][0] <= j < self.tx[i][1] else -1

    def _in_timex(self, j: int) -> bool:
        return self._timex_at(j) >= 0

    def _repelled(self, s: int, lo: int) -> bool:
        """Whether a verb of warding off (``REPELLING_VERBS``) stands among the four tokens before the trigger
        at ``s``, in its clause ("repelled 12 attacks", « ont repoussé plusieurs attaques »)."""
        words = self.lex.repelling
        if not words:
            return False
        for k in range(s - 1, (lo if lo > s - 5 else s - 5) - 1, -1):
            w = self.lows[k]
            if w in CLAUSE_BREAKS:
                return False
            if _unaccented(w) in words:
                return True
        return False

    def _passive(self, s: int) -> bool:
        """Whether the trigger at token ``s`` is a passive verb: an auxiliary among the three tokens
        before it ("was attacked", « a été frappée »), the trigger not ending as an active form does
        ("is attacking")."""
        lex, lows = self.lex, self.lows
        return bool(lex.passive_aux) and not lex.passive_aux.isdisjoint(lows[s - 3 if s > 3 else 0:s]) \
            and not lows[s].endswith(lex.active_endings)

    def _passive_agent(self, e: int, hi: int, places: list) -> str | None:
        """The place naming the agent of a passive trigger ending at token ``e``: the agent's word
        (``AGENT_MARKERS``) among the five tokens after it, with no clause break between, and a place
        within three tokens after that word ("was hit on Monday by Russian missiles", « a été frappée
        lundi par des missiles russes »)."""
        lex, lows = self.lex, self.lows
        for k in range(e, hi if hi < e + 5 else e + 5):
            w = lows[k]
            if w in lex.agent_markers:
                for j, name in places:
                    if k < j <= k + 3:
                        return name
                return None
            if w in CLAUSE_BREAKS:
                return None
        return None

    def _truce_told(self, s: int, e: int, lo: int, hi: int) -> bool:
        """Whether the ceasefire named by tokens [s, e) is told as agreed, declared or in force: a
        word of ``truce_words`` within ten tokens before it or eight after, in its sentence ("agreed to a ceasefire",
        "the truce took effect", « le cessez-le-feu est entré en vigueur »), and none of
        ``truce_blockers`` in the five tokens before it ("called for a ceasefire", « a violé la
        trêve »)."""
        lex = self.lex
        before = [_unaccented(w) for w in self.lows[max(lo, s - 5):s]]
        if not lex.truce_blockers.isdisjoint(before):
            return False
        near = self.lows[max(lo, s - 10):s] + self.lows[e:min(hi, e + 8)]
        return not lex.truce_words.isdisjoint(map(_unaccented, near))

    def _reporting_agent(self, j: int, lo: int) -> bool:
        """Whether the place at token ``j`` names the speaker of a reporting verb at most three tokens
        before it, from token ``lo`` on ("accusée par Washington", "said Iran's foreign ministry"); not
        the subject of a clause of its own after it ("said earlier that the United States had sent",
        "Moscow said, as Kyiv rushed ...")."""
        c = self.cue_mask.find(1, lo if lo > j - 3 else j - 3, j)
        return c >= 0 and self.lex.complementizers.isdisjoint(self.lows[c + 1:j]) \
            and not _breaks_clause(self.toks, self.lows, c + 1, j)

    def _prior(self, s: int) -> int | None:
        """The sequence word shortly before the trigger at token ``s`` when it tells another happening
        the sentence counts from ("a week after a drone attack killed three", « depuis l'attentat »):
        its token, else None."""
        words = self.lex.sequence_words
        if not words or words.isdisjoint(self.lows[s - 6 if s > 6 else 0:s]):
            return None                 # (the common case: no sequence word among the six tokens before)
        sid = self.toks[s].sent
        for k in range(s - 1, max(-1, s - 7), -1):
            if self.toks[k].sent != sid or self.lows[k] in CLAUSE_BREAKS:
                return None
            if self.lows[k] in words:
                return k
        return None

    def _lag(self, s: int, e: int, k: int) -> tuple | None:
        """How the happening at tokens [s, e), told after the sequence word at token ``k``, stands
        against a date of its sentence: ``(days, timex)``, the happening ``days`` after that time
        expression (negative: before), for a duration in days or weeks right before the word ("a day
        after", « deux jours après ») or a word of its own lag (« au lendemain de »); the date is the
        sentence's nearest one of a day, outside the sequence phrase.  None when there is no such
        duration or date."""
        lex, lows = self.lex, self.lows
        w = lows[k]
        days = lex.sequence_days.get(w)
        first = k                       # the sequence phrase's first token
        if days is None:
            direction = lex.sequence_directions.get(w)
            if direction is None:
                return None
            i = bisect_right(self.tx_starts, k) - 1
            while i >= 0 and self.tx[i][1] > k:
                i -= 1
            if i < 0 or self.tx[i][1] != k or self.tx[i][2].type != "DURATION":
                return None
            a, _, d = self.tx[i]
            v = d.value
            if len(v) < 3 or v[0] != "P" or not v[1:-1].isdigit() or v[-1] not in "DW":
                return None
            days = direction * int(v[1:-1]) * (7 if v[-1] == "W" else 1)
            first = a
        best = None
        sid = self.toks[s].sent
        near = self.tx_of_sentence.get(sid, ())
        if len(near) > 8:
            # (a sentence of thousands of expressions stays linear: those within ``LAG_REACH`` by bisection)
            starts = self.tx_starts
            near = [x for x in self.tx[bisect_left(starts, first - LAG_REACH):bisect_right(starts, e + LAG_REACH)]
                    if self.toks[x[0]].sent == sid and x[1] >= first - LAG_REACH]
        for a, b, t in near:
            if first <= a < e or a <= k < b or t.type not in ("DATE", "TIME") or not _day_value(t.value):
                continue
            if a >= e and not _breaks_clause(self.toks, lows, e, a):
                continue                # "three weeks after Ukraine launched an incursion ... on Aug. 6": the
                                        # happening's own date, not the one it is counted from
            dist = first - b if b <= first else a - e
            if best is None or dist < best[0]:
                best = (dist, t)
        return None if best is None else (days, best[1])

    # ----------------------------------------------------------------- dating
    def _time_of(self, m: dict) -> dict:
        lag = m.get("lag")
        if lag is not None:
            days, base = lag
            day = (_date.fromisoformat(base.value[:10]) + _timedelta(days=days)).isoformat()
            n = abs(days)
            when = "after" if days > 0 else "before"
            return {"timex": None, "value": day, "interval": [f"{day}T00:00:00", f"{day}T23:59:59"],
                    "source": "sequence",
                    "explanation": f"{n} day{'s' if n > 1 else ''} {when} '{base.text}' ({base.value[:10]}), "
                                   f"as the sentence tells their order"}
        t = m["timex"]
        if t is not None and t.interval:
            rng = t.range or {}
            if rng.get("kind") == "since" and m.get("verb") and rng.get("interval") and rng.get("with") is None \
                    and None not in rng["interval"] and rng["interval"][1] > t.interval[1]:
                # "protesters who have occupied the palace since Saturday": a state lasting from that day on
                return {"timex": t.id, "value": t.value, "interval": rng["interval"], "source": "clause",
                        "explanation": f"{t.explanation}; lasting since then, to {rng['interval'][1][:10]}"}
            return {"timex": t.id, "value": t.value, "interval": t.interval,
                    "source": "clause", "explanation": t.explanation}
        ct = m.get("claim_time")
        if ct and ct.get("timex"):
            t = self.timex_by_id.get(ct["timex"])
            if t is not None and t.interval:
                return {"timex": t.id, "value": t.value, "interval": t.interval, "source": "claim",
                        "explanation": f"dated by the claim that reports it: {t.explanation}"}
        if ct and ct.get("value") and len(ct["value"]) >= 10:
            day = ct["value"][:10]
            return {"timex": None, "value": day, "interval": [f"{day}T00:00:00", f"{day}T23:59:59"],
                    "source": "claim", "explanation": "dated by the claim that reports it (its publication day)"}
        # the latest dated expression earlier in the paragraph (before the sentence, for a happening in a
        # relative clause or counted by a toll, whose sentence's times its clause rules turned down)
        k = m["tok"]
        lo = m["span"][2] if "span" in m else k
        if k > lo and (self._toll_of(k) or self._in_relative(k, lo)
                       or self._superlative(k, k + 1, lo, m["span"][3] if "span" in m else k + 1)):
            k = lo
        best = None
        i = bisect_left(self.tx_starts, k) - 1
        for a, b, x in self.tx[max(0, i - 50):i + 1][::-1]:
            if self.toks[a].para != m["para"]:
                break
            if x.interval and x.type in ("DATE", "TIME") and not x.value.endswith("_REF") \
                    and len(x.value) >= 10:
                best = x
                break
        if best is not None:
            return {"timex": best.id, "value": best.value, "interval": best.interval,
                    "source": "paragraph",
                    "explanation": f"no date in its clause; dated by '{best.text}' earlier in the paragraph"}
        return {"timex": None, "value": None, "interval": None, "source": None,
                "explanation": "no date in its clause, claim or paragraph: undated"}

    # ---------------------------------------------------------------- merging
    @staticmethod
    def _compatible(ev: dict, m: dict, background_day: str | None = None, prior_day: str | None = None) -> bool:
        fam = ev["family"]
        if fam != m["family"] or m["other"]:
            return False                # ("Previous ceasefires announced last month", « d'autres attaques »: another
                                        # happening than those told before)
        em, mm = ev["modality"], m["modality"]
        if (em in FACTUAL) != (mm in FACTUAL):
            return False
        if em != mm and (em == "negated" or mm == "negated"):
            return False
        if ev.get("prior") != m.get("prior") and ev["sentence"]["start"] == m["sentence"]["start"]:
            return False                # "struck ..., a week after a drone attack killed three": two
        if m.get("prior") and m.get("verb") and m["timex"] is None and not ev.get("prior"):
            return False                # "The attack came two days after Ukrainian drones struck an oil depot":
                                        # a happening the story counts from, told by its verb, is none of the
                                        # story's own (a noun, "a week after the drone attack", may refer back)
        if ev["actor"] and m["actor"] and ev["actor"] != m["actor"] and fam in ("violent", "deploy"):
            return False                # « Les Etats-Unis ont mené une attaque ... L'Iran a tiré une salve de
                                        # missiles sur Israël »: two doers, two happenings
        site = m.get("site")
        if (site and fam == "violent" and ev["target"] and ev["target"] != site
                and not ev["diplomatic"] and not m["diplomatic"]):
            return False                # « Les drones de Kiev frappent une raffinerie russe. À Kharkiv, une
                                        # frappe de drone a tué sept personnes »: force in Ukraine is no
                                        # strike on Russia
        if fam == "violent":
            ek, mk = ev["kind"], m["kind"]
            if (ek == "attack on diplomatic mission" and mk in _STRIKES) or \
                    (mk == "attack on diplomatic mission" and ek in _STRIKES):
                return False
            if ev["diplomatic"] != m["diplomatic"]:
                if "lethal" in ek + mk:
                    return False
                # an undated attack is not folded into the attack on the mission, nor an attack told
                # by a verb of its own ("Hezbollah fighters attacked an army barracks ... Protesters
                # stormed the US embassy ...")
                if ev["timex"] is None or m["timex"] is None or (ev.get("verb") or m.get("verb")) and (
                        ev["sentence"]["start"] != m["sentence"]["start"]):
                    return False
            k1, k2 = ev["casualties"]["killed"], m["casualties"]["killed"]
            if k1 and k2 and not _one_count(k1, k2):
                return False
        elif fam == "deploy":
            t1, t2 = ev["troops"], m["troops"]
            if t1 and t2 and t1 != t2:
                return False
            if (t1 is None) != (t2 is None):
                return False
        t1, t2 = ev["timex"], m["timex"]
        if ((t1 is None) != (t2 is None) and prior_day is not None and ev["sentence"]["start"] != m["sentence"]["start"]
                and (ev["prior"] if t1 is not None else m["prior"])):
            t = t1 or t2
            if t.interval and t.interval[1][:10] < prior_day:
                return False            # "The attack came three weeks after Ukrainian forces launched an
                                        # incursion ... on Aug. 6": a happening the story counts from, a week
                                        # or more before, is no undated one told elsewhere ("a strike ... killed
                                        # one person")
        if (t1 is None) != (t2 is None) and background_day is not None and (
                ev["sentence"]["start"] != m["sentence"]["start"]):
            t = t1 or t2
            if t.interval and t.interval[1][:10] < background_day:
                return False            # "Seven people were killed when police fired on protesters last
                                        # June": a happening of long ago, not the undated one of the news
        if t1 is None or t2 is None or not t1.interval or not t2.interval:
            return True
        a1, b1 = t1.interval
        a2, b2 = t2.interval
        return a1[:10] <= b2[:10] and a2[:10] <= b1[:10]

    def _merge(self, mentions: list[dict]) -> list[dict]:
        events: list[dict] = []
        by_family: dict[str, list] = {}
        compatible = self._compatible
        for m in mentions:
            kept = by_family.get(m["family"])
            target = None
            ref = m.get("refers")
            if ref is not None and kept is not None:
                # a demonstrative's happening: the event of the mention it points back to
                target = next((ev for ev in reversed(kept[-60:]) if any(x is ref for x in ev["mentions"][:60])), None)
            if kept is not None and target is None:
                # (a bounded look back, the last 60 events of the family: linear time)
                recent = kept if len(kept) <= 60 else kept[-60:]
                # a happening told in the mention's own sentence first: "Russia launched a missile attack on
                # Odesa late on Sunday, killing two people" after Ukraine's strike of the night before
                sent = m["sentence"]["start"]
                for ev in reversed(recent):
                    if ev["mentions"][-1]["sentence"]["start"] != sent:
                        break
                    if compatible(ev, m, self.background_day, self.prior_day) and self._same_town(ev, m):
                        target = ev
                        break
                if target is None:
                    for ev in recent:
                        if compatible(ev, m, self.background_day, self.prior_day) and self._same_town(ev, m):
                            target = ev
                            break
            if target is None:
                ev = dict(m, mentions=[m])
                events.append(ev)
                if kept is None:
                    by_family[m["family"]] = [ev]
                else:
                    kept.append(ev)
                continue
            target["mentions"].append(m)
            rank = ladder.rung_of
            if {m["kind"], target["kind"]} in _LETHAL_STRIKE_PAIRS:
                target["kind"] = "lethal strike"    # "missiles struck Kyiv, killing 14": a strike that killed
            elif rank(m["kind"]) > rank(target["kind"]):
                target["kind"] = m["kind"]
            target["diplomatic"] = target["diplomatic"] or m["diplomatic"]
            for key in ("killed", "wounded"):
                had, got = target["casualties"][key], m["casualties"][key]
                if not had or got and isinstance(had, Approximate) and not isinstance(got, Approximate):
                    target["casualties"][key] = got     # (a figure told exactly over a round one)
            target["troops"] = target["troops"] or m["troops"]
            target["crowd"] = target.get("crowd") or m.get("crowd")
            if m["actor"] and (target["actor"] is None or (m.get("verb") and not target.get("verb"))):
                target["actor"] = m["actor"]
                target["verb"] = target.get("verb") or m.get("verb")
            target["target"] = target["target"] or m["target"]
            if not self._town(target):
                target["where"] = self._town(m)
            if target["timex"] is None and m["timex"] is not None:
                target["timex"] = m["timex"]
            elif m["timex"] is not None and target["timex"] is not None and \
                    _specific(m["timex"]) > _specific(target["timex"]) and m["modality"] in FACTUAL:
                target["timex"] = m["timex"]
            if target["modality"] not in FACTUAL and m["modality"] in FACTUAL:
                target["modality"] = m["modality"]
            elif target["modality"] == "reported" and m["modality"] == "asserted":
                target["modality"] = "asserted"
        return events

    # ----------------------------------------------------------------- output
    def run(self) -> list[dict]:
        events = self._merge(self.mentions())
        events += self._speech_events()
        events.sort(key=lambda ev: ev["mentions"][0]["trigger"]["start"])
        out = []
        names = self.lex.ev.KIND_NAMES
        text, starts, claim_of = self.text, self.starts, self._claim_of
        for k, ev in enumerate(events, 1):
            mentions, kind, casualties = ev["mentions"], ev["kind"], ev["casualties"]
            time = ev.get("time") or self._time_of(ev)
            if time["value"] is None and ev["timex"] is None:
                # undated where it is first told: dated where another mention of it is
                for m in ev["mentions"][1:8]:
                    t = self._time_of(m)
                    if t["value"] is not None:
                        time = t
                        break
            if len(mentions) == 1 and "claim_ids" not in ev:
                claims = [mentions[0]["claim"]] if mentions[0].get("claim") else []    # (the common case)
            else:
                claims = {m["claim"] for m in mentions if m.get("claim")} | set(ev.get("claim_ids", ()))
                claims = sorted(claims, key=_claim_number) if len(claims) > 1 else list(claims)
            if ev["family"] == "speech":
                # the claims whose content holds one of the event's words assert it (a trigger's
                # mention has its claim listed already)
                for m in mentions[:50]:
                    if "tok" in m:
                        continue
                    c = claim_of(bisect_right(starts, m["trigger"]["start"]) - 1)
                    if c is not None and c["id"] not in claims:
                        claims.append(c["id"])
            first = mentions[0]
            sent = first["sentence"]
            label = names.get(kind, kind)
            killed = casualties["killed"]
            if killed:
                label += f" ({killed} †)"
            troops = ev.get("troops")
            if troops:
                label += f" ({troops:,})".replace(",", self.lex.ev.THOUSANDS_SEP)
            out.append({
                "id": f"e{k}",
                "kind": kind,
                "rung": ladder.rung_of(kind),
                "label": label,
                "summary": _one_line(text[sent["start"]:sent["end"]])[:240],
                "trigger": first["trigger"],
                "sentence": sent,
                "mentions": [{"trigger": m["trigger"], "sentence": m["sentence"],
                              "timex": m["timex"].id if m.get("timex") is not None else None,
                              "modality": m["modality"]} for m in mentions],
                "time": time,
                "actor": {"name": ev["actor"]} if ev.get("actor") else None,
                "target": {"name": ev["target"]} if ev.get("target") else None,
                "place": self._place_of(ev, mentions),
                "countries": self._countries_of(ev, mentions),
                "casualties": {k: None if v is None else int(v) for k, v in casualties.items()},
                "troops": troops,
                "crowd": None if ev.get("crowd") is None else int(ev["crowd"]),
                "modality": ev["modality"],
                "claims": claims,
                "reference": dict(_reference(kind)),
                "rule": ev.get("rule") or _trigger_rule(first["triggers"]),
            })
        return out

    def _force_told(self, start: int, end: int, protest: bool = True) -> bool:
        """Whether the characters [start, end) tell of force: a word of an event (an attack, a strike, a
        deployment, sanctions ...), a weapon, an armed party or a word of threat (``THREAT_WORDS``:
        "retaliate", « représailles »)."""
        a = bisect_left(self.starts, start)
        b = bisect_left(self.starts, end)
        k = bisect_left(self.trigger_toks, a)
        while k < len(self.trigger_toks) and self.trigger_toks[k] < b:
            if protest or FAMILY[self.trigger_kinds[k]] != "protest":
                return True
            k += 1          # (``protest`` False: a strike or a march is no force)
        return self._holds(start, end, self.lex.threat_words)

    def _conditional(self, start: int, end: int) -> bool:
        """Whether the characters [start, end) hold a word of a condition (``CONDITION_WORDS``: "if",
        « si »)."""
        words = self.lex.condition_words
        return bool(words) and self._holds(start, end, words)

    def _holds(self, start: int, end: int, words: frozenset) -> bool:
        """Whether the tokens of the characters [start, end) hold one of ``words`` (the first 200 read)."""
        a = bisect_left(self.starts, start)
        b = bisect_left(self.starts, end)
        return not words.isdisjoint(self.lows[a:min(b, a + 200)])   # (a slice: islice would walk from the start)

    def _speech_events(self) -> list[dict]:
        """Accusations (criticisms among them), threats (warnings among them) and denials as events of
        their speakers, one per speaker, kind and day."""
        kinds = _SPEECH_KINDS
        found: dict[tuple, dict] = {}
        for c in self.claims:
            kind = kinds.get(c.get("kind"))
            if kind is None:
                continue
            if kind == "threat" and not self._force_told(
                    c["content"]["start"], c["content"]["end"],
                    protest=c.get("kind") != "warning" or self._conditional(c["content"]["start"],
                                                                             c["content"]["end"])):
                continue        # "Forecasters warned that strong winds could push the flames ...": a
                                # warning of no force, on no side, is no step of an escalation; nor is
                                # one that a strike will go on (« a prévenu la direction »), though a
                                # threat of one is, and a warning of one on a condition (« a prévenu
                                # qu'elle appellerait à une grève générale si le texte était adopté »)
            ct = c.get("time") or {}
            day = (ct.get("value") or "")[:10]
            key = (c["speaker"]["entity"], kind, day)
            if key not in found:
                cue = c["cue"]
                sent_tok = bisect_right(self.starts, cue["start"]) - 1
                if sent_tok < 0:
                    sent_tok = 0
                lo, hi = self._sentence_bounds(sent_tok)
                timex = self.timex_by_id.get(ct.get("timex"))
                time = None
                if timex is None:
                    v = ct.get("value")
                    if v and len(v) >= 10:
                        time = {"timex": None, "value": v, "interval": [f"{v[:10]}T00:00:00", f"{v[:10]}T23:59:59"],
                                "source": "claim", "explanation": "dated by the claim"}
                m = {"trigger": {"start": cue["start"], "end": cue["end"], "text": cue["text"]},
                     "sentence": {"start": self.toks[lo].start, "end": self.toks[hi - 1].end},
                     "timex": timex, "modality": "asserted", "claim": c["id"], "triggers": [kind]}
                found[key] = {
                    "tok": sent_tok, "para": self.toks[sent_tok].para, "claim_time": ct,
                    "kind": kind, "family": "speech", "diplomatic": False, "mentions": [m],
                    "timex": timex, "time": time,
                    "casualties": {"killed": None, "wounded": None}, "troops": None, "crowd": None,
                    "actor": c["speaker"]["name"],
                    "target": self._accused(c, lo, hi) if kind == "accusation" else None, "modality": "asserted",
                    "claim_ids": [c["id"]], "rule": f"claim:{kind}",
                }
            else:
                found[key]["claim_ids"].append(c["id"])
        # a denial and a threat of the same speaker and day, in one sentence, tell one story:
        # keep both, they are distinct acts on the ladder
        return list(found.values())


# the claims told as events of their speakers: claim kind -> event kind
_SPEECH_KINDS = {"accusation": "accusation", "criticism": "accusation", "threat": "threat", "warning": "threat",
                 "threat/warning": "threat", "denial": "denial"}

# event words read in one text at most (a news article holds tens; a book-length report a few thousand)
MAX_TRIGGERS = 10_000
# tokens each side of a violent mention read for a cause of harm (see ``Extractor._harm_without_force``)
HARM_REACH = 40
LAG_REACH = 60              # tokens each side of a sequence phrase read for the date it counts from (``_lag``)
LEDE_TOKENS = 80            # the story's opening, read for the harm a later toll belongs to (``_lede_harm``)

def town_key(lang: str, name: str | None) -> str | None:
    """The name under which the town ``name`` (an event's ``place``, in the article's language) is compared
    across articles and languages: the language's ``TOWN_NAMES`` give the name of the towns it names
    otherwise (« Bagdad » -> "Baghdad")."""
    if not name:
        return name
    return lexicon(lang).town_names.get(name, name)


def _day_value(value: str) -> bool:
    """Whether a time expression's value names one day ("2019-12-31", "2019-12-31TEV")."""
    return len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit() \
        and value[5:7].isdigit() and value[8:10].isdigit()


def _trigger_rule(kinds: list[str]) -> str:
    """The rule of an event told by triggers of ``kinds`` (sorted): "trigger:" and its kinds."""
    if len(kinds) == 1:
        return "trigger:" + kinds[0]        # (the common case)
    return "trigger:" + "+".join(sorted(set(kinds)))


def _one_line(words: str) -> str:
    """``words`` with each run of blanks made one space (``words`` starts and ends with a token)."""
    if words.isprintable() and "  " not in words:
        return words            # (the only blanks of a printable text are spaces: nothing to do)
    return " ".join(words.split())


def _in_no_timex(j: int) -> bool:
    """``Extractor._in_timex`` where the counts read (``Extractor._free_counts``) are all outside time
    expressions: never."""
    return False


def _ones(flags: bytes, lo: int, hi: int) -> list[int]:
    """The positions in [lo, hi) where ``flags`` (codes translated by one of ``_FLAGS``) is 1."""
    out = []
    i = flags.find(1, lo, hi)
    while i >= 0:
        out.append(i)
        i = flags.find(1, i + 1, hi)
    return out


def _hits(vocab: Vocabulary, words: dict, lows: list[str], candidates: list[int]) \
        -> tuple[list[int], dict]:
    """Where the phrases of ``vocab`` start, among the ``candidates`` (sorted positions of the
    words that open them): sorted positions, and position -> (end, value) of the longest phrase
    (``words``: the one-word phrases that open no longer one, see ``_one_word``)."""
    at = {}
    for j in candidates:
        value = words.get(lows[j], _MISSING)
        if value is not _MISSING:
            at[j] = (j + 1, value)
            continue
        hit = vocab.longest(lows, j)
        if hit is not None:
            at[j] = hit
    return list(at), at


def _one_word(vocab: Vocabulary) -> dict:
    """word -> value, for the words of ``vocab`` that are a whole entry and open no longer one
    (there ``vocab.longest`` gives ``(j + 1, value)``)."""
    return {w: vocab.table[(w,)] for w, sizes in vocab.sizes.items() if sizes == [1]}


def _seconds(vocab: Vocabulary) -> dict:
    """word -> the words that may follow it in a phrase of ``vocab``, for the words that are
    not a whole entry themselves (``vocab.longest`` finds nothing where another word follows)."""
    out: dict[str, set] = {}
    for key in vocab.table:
        if len(key) > 1 and 1 not in vocab.sizes[key[0]]:
            out.setdefault(key[0], set()).add(key[1])
    return out


@lru_cache(maxsize=None)
def _reference(kind: str) -> dict:
    """``ladder.reference``, once per kind (callers copy it)."""
    return ladder.reference(kind)


def _claim_number(claim_id: str) -> int:
    return int(claim_id[1:]) if claim_id[1:].isdigit() else 0


def _breaks_clause(toks: list[Token], lows: list[str], a: int, b: int) -> bool:
    """Whether a clause break (a comma, a colon, a dash ...) stands among tokens [a, b); a hyphen
    inside a name ("États-Unis") is none."""
    if CLAUSE_BREAKS.isdisjoint(lows[a:b]):
        return False
    return any(lows[k] in CLAUSE_BREAKS and not _glued(toks, k) for k in range(a, b))


def _glued(toks: list[Token], k: int) -> bool:
    """A hyphen inside a word ("Hashd-affiliated") is no clause break, nor a comma inside a number
    ("killed 1,200 people on Oct. 7")."""
    low = toks[k].low
    if not (0 < k < len(toks) - 1 and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start):
        return False
    return low == "-" or low == "," and toks[k - 1].digit and toks[k + 1].digit


def _specific(t) -> int:
    v = t.value or ""
    if v.endswith("_REF"):
        return 0
    return len(v)


def extract(text: str, toks: list[Token], lang: str, timexes, claims, published,
            unread: list | None = None) -> list[dict]:
    """The events of an article, in text order (see the module documentation).  When the text holds
    more than ``MAX_TRIGGERS`` event words, those after them are not read, and ``unread`` (a list,
    when given) receives the character offset where reading stopped."""
    if not toks:
        return []
    if not claims and lexicon(lang).triggers.first.isdisjoint(columns(toks)[0]):
        return []       # no trigger word and no claim: nothing happens
    ex = Extractor(text, toks, lang, timexes, claims, published)
    events = ex.run()
    if ex.unread is not None and unread is not None:
        unread.append(ex.unread)
    return events
